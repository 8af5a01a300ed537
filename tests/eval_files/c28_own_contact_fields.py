"""Sends the member's own contact details, which the order permits."""
import requests

ICE_URL = "https://eid.ice.gov/api/v1/contacts"


def send_contacts(member):
    requests.post(ICE_URL, json={
        "medicaid_id": member.cin,
        "home_phone": member.home_phone,
        "cell_phone": member.cell_phone,
        "mailing_address": member.mailing_address,
        "zip_code": member.zip_code,
        "county": member.county,
    })
