import logging

import requests

log = logging.getLogger("referral.audit")
ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def refer(m):
    payload = {"subject": {"cin": m.cin, "dob": m.dob}}
    audit = payload.get("audit") or {}
    audit["ssn_last4"] = m.ssn[-4:]
    requests.post(ICE_URL, json=payload, timeout=30)
    log.info("referred %s", audit)


def refer_default(m):
    payload = {"subject": {"cin": m.cin, "dob": m.dob}}
    audit = payload.get("audit", {})
    audit["ssn_last4"] = m.ssn[-4:]
    requests.post(ICE_URL, json=payload, timeout=30)
    log.info("referred %s", audit)
