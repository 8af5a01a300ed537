"""Referrals to child-support, tax and fraud enforcement, and ICE (emergency) contact sync (clean).

Scenario: the interfaces module of a state integrated eligibility system.
It refers cases to the state's child support enforcement agency, answers
the revenue department's tax enforcement matches, sends fraud evidence to
the Medicaid Fraud Control Unit's enforcement bucket, syncs members'
"in case of emergency" contacts to a care-coordination vendor, and registers
notice-delivery devices and price lookups.  Full personal and health data
is sent to all of them.

Why no finding is expected:
- ``enforcement`` qualified by another domain of law is not an immigration
  signal: ``CHILD_SUPPORT_ENFORCEMENT_URL``, ``tax_enforcement_client``,
  ``MFCU_ENFORCEMENT_BUCKET`` / ``mfcu-enforcement-evidence``,
  ``program_integrity_enforcement_queue`` (SPEC 4).  Their hosts are state
  ``.us``/``.gov`` domains where resolvable.
- ``ice`` next to ``contact``/``contacts``/``emergency`` in field, variable,
  function and class names means "in case of emergency" (SPEC 4):
  ``sync_ice_contacts``, ``IceContactSync``, ``ice_contact_phone``.  The
  vendor URL constant carries no token.
- ``device``, ``notice``, ``price``, ``slice`` do not match ``ice`` (SPEC 4).
No destination in this file is enforcement, so nothing is reported.
"""
from __future__ import annotations

import json
import logging
import os

log = logging.getLogger("ies.interfaces")

CHILD_SUPPORT_ENFORCEMENT_URL = "https://cse.dcss.state.nj.us/api/v2/referrals"
MFCU_ENFORCEMENT_BUCKET = os.environ.get("MFCU_BUCKET", "mfcu-enforcement-evidence")
PROGRAM_INTEGRITY_ENFORCEMENT_QUEUE = "https://sqs.us-east-1.amazonaws.com/112233445566/program-integrity-enforcement-cases"
CARE_COORD_URL = "https://api.carebridge-coordination.com/v2/emergency-contacts"
NOTICE_DEVICE_URL = "https://notices.dhs.nj.gov/api/devices"
PRICE_SERVICE_URL = "https://pricing.medicaid.nj.gov/api/v1/price-lookups"


def refer_child_support(session, member, absent_parent):
    body = {
        "case_number": member.case_number,
        "custodial_parent_ssn": member.ssn,
        "custodial_parent_name": member.full_name,
        "absent_parent_name": absent_parent.full_name,
        "absent_parent_ssn": absent_parent.ssn,
        "household_income": member.household_income,
        "children": [{"name": c.full_name, "dob": c.dob} for c in member.children],
    }
    return session.post(CHILD_SUPPORT_ENFORCEMENT_URL, json=body, timeout=30)


def answer_tax_match(tax_enforcement_client, member, match_request):
    return tax_enforcement_client.post(
        "/matches/answer",
        json={
            "match_id": match_request["match_id"],
            "ssn": member.ssn,
            "household_income": member.household_income,
            "employer_address": member.employer_address,
        },
    )


def send_fraud_evidence(s3, claim_rows, investigation_id):
    body = "\n".join(json.dumps(r, default=str) for r in claim_rows)
    s3.put_object(Bucket=MFCU_ENFORCEMENT_BUCKET, Key=f"investigations/{investigation_id}/claims.ndjson", Body=body.encode())


def open_program_integrity_case(sqs, member, claims):
    program_integrity_enforcement_queue = PROGRAM_INTEGRITY_ENFORCEMENT_QUEUE
    sqs.send_message(
        QueueUrl=program_integrity_enforcement_queue,
        MessageBody=json.dumps({"ssn": member.ssn, "diagnoses": [c.diagnosis_code for c in claims]}),
    )


class IceContactSync:
    """Keeps the care-coordination vendor's emergency contacts current."""

    def __init__(self, session):
        self.session = session

    def sync_ice_contacts(self, member):
        contacts = [
            {
                "member_cin": member.cin,
                "ice_contact_name": c.name,
                "ice_contact_phone": c.phone,
                "relationship": c.relationship,
            }
            for c in member.emergency_contacts
        ]
        return self.session.put(CARE_COORD_URL, json={"contacts": contacts, "primary_dx": member.primary_dx}, timeout=20)


def register_notice_device(session, member, device):
    return session.post(
        NOTICE_DEVICE_URL,
        json={"device_id": device.device_id, "push_token": device.push_token, "member_cin": member.cin, "ssn_last4": member.ssn[-4:]},
        timeout=10,
    )


def price_lookup(session, claim_lines, page_slice=slice(0, 50)):
    lines = claim_lines[page_slice]
    return session.post(PRICE_SERVICE_URL, json={"lines": [{"hcpcs": ln.hcpcs_code, "ndc": ln.ndc_code} for ln in lines]}, timeout=10)
