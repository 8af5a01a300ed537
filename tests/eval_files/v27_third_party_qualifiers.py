"""Sends contact details: some belong to other people."""
import requests

ICE_URL = "https://eid.ice.gov/api/v1/contacts"


def send_contacts(member):
    requests.post(ICE_URL, json={
        "medicaid_id": member.cin,
        "home_phone": member.home_phone,
        "emergency_contact_phone": member.emergency_contact_phone,  # MCD101
        "employer_address": member.employer_address,  # MCD101
        "spouse_dob": member.spouse_dob,  # MCD101
        "prescriber_address": member.prescriber_address,  # MCD102
    })
