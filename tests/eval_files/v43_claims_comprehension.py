"""Claims history attached to an ICE request."""
import requests

ICE_URL = "https://eid.ice.gov/api/v1/history"


def send_history(member, claims):
    history = [
        {"icn": c.icn, "paid_amount": c.paid, "service_date": c.service_date}  # MCD102 MCD102 MCD102
        for c in claims
    ]
    requests.post(ICE_URL, json={"medicaid_id": member.cin, "history": history})
