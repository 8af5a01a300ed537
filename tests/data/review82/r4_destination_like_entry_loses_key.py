import requests

ICE_URL = "https://eid.ice.gov/api"


def email_read_back(m):
    rec = {"medicaid_id": m.cin, "email": f"{m.handle}@example.org"}
    requests.post(ICE_URL, json={"medicaid_id": rec["medicaid_id"], "contact_ref": rec["email"]})  # MCD101


def address_read_back(m):
    loc = {"address": f"/{m.unit}/{m.locality}", "medicaid_id": m.cin}
    requests.post(ICE_URL, json={"home_address": loc["address"]})
