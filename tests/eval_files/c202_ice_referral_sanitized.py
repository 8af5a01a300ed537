"""Single-member ICE referrals limited to the six basic categories.

Implements the data-sharing limits of the Dec. 29, 2025 order: every function
starts from a full member record and reduces it to citizenship, immigration
status, address, phone, date of birth and Medicaid ID before anything leaves
the agency.  Callers choose the member; nothing here loops over a caseload.
"""
import copy
import logging
import uuid

import requests

log = logging.getLogger(__name__)

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"

ALLOWED = ("medicaid_id", "citizenship", "immigration_status", "address", "phone", "date_of_birth")
PERMITTED_ATTRS = ("medicaid_id", "date_of_birth", "home_address", "phone_number", "immigration_status")
SCRUB_KEYS = ("ssn", "full_name", "gender", "primary_language", "diagnosis_codes")
REMOVABLE_STATUSES = frozenset({"EWI", "OVERSTAY", "FINAL_ORDER"})


def _post(body):
    body = {"request_id": str(uuid.uuid4()), **body}
    resp = requests.post(ICE_REFERRAL_URL, json=body, timeout=30)
    resp.raise_for_status()
    return resp.json()


def refer_from_record(record: dict):
    body = {k: v for k, v in record.items() if k in ALLOWED}
    return _post(body)


def refer_from_row(row):
    return _post({k: row[k] for k in ALLOWED})


def refer_member(member):
    if member.immigration_status not in REMOVABLE_STATUSES:
        log.info("member %s is not referable", member.medicaid_id)
        return None
    body = {name: getattr(member, name) for name in PERMITTED_ATTRS}
    # SSA match verifies citizenship; only the yes/no outcome is shared.
    body["citizenship_verified"] = bool(member.ssn_vrfctn_ind)
    return _post(body)


def refer_case_file(member):
    case_file = {
        "medicaid_id": member.medicaid_id,
        "date_of_birth": member.date_of_birth.isoformat(),
        "home_address": member.home_address,
        "ssn": member.ssn,
        "full_name": member.full_name,
        "gender": member.gender,
        "primary_language": member.primary_language,
        "diagnosis_codes": list(member.diagnosis_codes),
    }
    outbound = copy.deepcopy(case_file)
    for key in SCRUB_KEYS:
        outbound.pop(key, None)
    log.debug("case file scrubbed for %s", member.medicaid_id)
    return _post(outbound)


def refer_with_redaction(member):
    body = {
        "medicaid_id": member.medicaid_id,
        "phone": member.phone_number,
        "mailing_address": member.mailing_address,
        "ssn": member.ssn,
        "emergency_contact_phone": member.emergency_contact_phone,
    }
    body["ssn"] = "REDACTED"
    del body["emergency_contact_phone"]
    return _post(body)
