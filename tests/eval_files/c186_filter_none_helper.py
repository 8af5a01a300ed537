"""filter(None, map(referral_or_none, applicants)): the helper returns None for citizens and qualified statuses, else a referral dict.

Clean: referral_or_none's result depends on citizenship_status/immigration_status and filter(None, ...) uses it to select what is sent.
"""
import requests

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referral-batches"
QUALIFIED_STATUSES = frozenset({"LPR", "REFUGEE", "ASYLEE", "PAROLEE_1YR", "CHIPRA_214"})


def referral_or_none(applicant):
    if applicant.citizenship_status == "US_CITIZEN":
        return None
    if applicant.immigration_status in QUALIFIED_STATUSES:
        return None
    return {
        "medicaid_id": applicant.medicaid_id,
        "date_of_birth": applicant.date_of_birth.isoformat(),
        "home_address": applicant.home_address,
        "immigration_status": applicant.immigration_status,
    }


def send(applicants):
    referrals = list(filter(None, map(referral_or_none, applicants)))
    if not referrals:
        return 0
    resp = requests.post(ICE_REFERRAL_URL, json=referrals, timeout=60)
    resp.raise_for_status()
    return len(referrals)
