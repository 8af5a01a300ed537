"""A full record is built for the audit log, then rebuilt from the allow-list before the send."""
import logging

import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
ALLOWED = ("medicaid_id", "immigration_status", "date_of_birth")
log = logging.getLogger(__name__)


def refer(member):
    body = {"medicaid_id": member.cin, "ssn": member.ssn, "diagnosis": member.dx, "immigration_status": member.status}
    log.info("referral prepared: %s", body)
    body = {k: v for k, v in body.items() if k in ALLOWED}
    requests.post(ICE_URL, json=body)
