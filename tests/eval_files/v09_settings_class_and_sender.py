"""Settings held in a class, and a sender that reads them."""
import requests


class Config:
    ICE_ENDPOINT = "https://eid.ice.gov/api/v1"
    TIMEOUT = 20


def send_case(case):
    url = Config.ICE_ENDPOINT + "/cases"
    body = {"medicaid_id": case.medicaid_id, "household_members": case.household}  # MCD101
    body["phone"] = case.phone
    body["hiv_status"] = case.hiv_status  # MCD102
    requests.post(url, json=body, timeout=Config.TIMEOUT)
