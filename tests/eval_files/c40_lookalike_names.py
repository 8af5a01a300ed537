"""Device notices and price slices: names that only look like 'ice'. (Comment: no ICE traffic here.)"""
import requests

NOTICE_URL = "https://notices.example.org/api"
DEVICE_API = "https://devices.example.org/v1"
JUSTICE_PORTAL = "https://justice.example.org/cases"


def send_notice(member):
    requests.post(NOTICE_URL, json={"ssn": member.ssn, "name": member.name})
    requests.post(DEVICE_API, json={"device_id": member.device_id, "price": member.price_slice})
    requests.post(JUSTICE_PORTAL, json={"dob": member.dob, "diagnosis": member.dx})
