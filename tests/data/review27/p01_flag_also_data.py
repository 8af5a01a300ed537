# review 27: expected MCD102 at line 11 (the caller's pregnancy flag is sent to ICE)
import logging

import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
log = logging.getLogger(__name__)


def refer(m, is_pregnant: bool):
    payload = {"medicaid_id": m.medicaid_id, "pregnancy_flag": is_pregnant}  # MCD102
    if is_pregnant:
        log.info("referral for a pregnant enrollee")
    requests.post(ICE_URL, json=payload)
