# OPTIONS: as_of=2025-12-15
"""Policy period before 6 January 2026: no Medicaid data may be shared for immigration enforcement.

Scenario: the same single-member referral code is evaluated as of
2025-12-15, while the preliminary injunction of 12 August 2025 (extended
through 5 January 2026) was in force. In that period none of the six
categories is permitted (SPEC sections 1 and 7), so even the Medicaid ID,
date of birth, home address, phone, citizenship and immigration status are
personal data outside what may be shared: MCD101 at each placement,
including the CIN interpolated into the lookup URL. The diagnosis stays
MCD102. Constants and harmless transfer metadata (request id, timestamp,
agency code) stay clean.
"""
import uuid
from datetime import datetime, timezone

import requests

ICE_SUBJECTS_URL = "https://eid.ice.gov/api/v1/subjects"


def refer(member):
    payload = {
        "request_id": str(uuid.uuid4()),
        "sent_at": datetime.now(timezone.utc).isoformat(),
        "agency_code": "CA-DHCS",
        "medicaid_id": member.medicaid_id,  # MCD101
        "date_of_birth": member.date_of_birth.isoformat(),  # MCD101
        "home_address": member.home_address,  # MCD101
        "phone": member.phone,  # MCD101
        "citizenship": member.citizenship,  # MCD101
        "immigration_status": member.immigration_status,  # MCD101
        "diagnosis_code": member.diagnosis_code,  # MCD102
    }
    requests.post(ICE_SUBJECTS_URL, json=payload, timeout=30)


def lookup_subject(member):
    resp = requests.get(f"{ICE_SUBJECTS_URL}/{member.cin}", timeout=30)  # MCD101
    resp.raise_for_status()
    return resp.json()
