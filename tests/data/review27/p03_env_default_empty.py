# review 27: expected MCD101 at lines 26, 30 and 34 (the key comes from the environment at run time; "" is only the fallback)
import logging
import os

import requests

ICE_URL = "https://eid.ice.gov/api"
ICE_API_KEY = os.environ.get("ICE_API_KEY", "")
log = logging.getLogger(__name__)


def deliver(payload, api_key):
    if not api_key:
        log.warning("ICE_API_KEY not set; referral not sent")
        return
    requests.post(ICE_URL, json=payload, headers={"x-api-key": api_key})


def deliver_default(payload, api_key=os.getenv("ICE_API_KEY", "")):
    if not api_key:
        return
    requests.post(ICE_URL, json=payload, headers={"x-api-key": api_key})


def run(m):
    deliver({"medicaid_id": m.medicaid_id, "ssn": m.ssn}, os.environ.get("ICE_API_KEY", ""))  # MCD101


def run_constant(m):
    deliver({"medicaid_id": m.medicaid_id, "race": m.race}, ICE_API_KEY)  # MCD101


def run_default(m):
    deliver_default({"medicaid_id": m.medicaid_id, "gender": m.gender})  # MCD101
