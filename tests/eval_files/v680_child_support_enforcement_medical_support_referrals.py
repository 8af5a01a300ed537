"""Medical-support referrals from Medicaid to the IV-D child support enforcement program.

Scenario: federal law makes a Medicaid applicant who is a custodial parent
assign medical-support rights to the state and cooperate with child support
enforcement. This state agency module sends, for every new assignment, the
custodial parent's and the absent parent's identifying data, income and
employer to the state's child support enforcement system (a vendor-hosted
API) and announces each referral on the OCSE enforcement Kafka topic for
the caseworker dashboards.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- ``enforcement`` appears only qualified by child support in the same name:
  ``CHILD_SUPPORT_ENFORCEMENT_URL``, ``CSE_ENFORCEMENT_TOPIC`` (default
  ``ocse.enforcement.medical-support``), ``cse_enforcement_session``,
  ``refer_to_support_enforcement``. Child support (``child_support``,
  ``cse``, ``ocse``, ``support``) is another domain of law, not an
  immigration signal (SPEC section 4). The vendor host is on neither
  host list, so the names decide, and none of them signals immigration
  enforcement.
- The referrals carry SSNs, names, income and employers of many people,
  with no status condition; none of it goes to an enforcement endpoint, so
  there is nothing to report (SPEC sections 3 and 10).
"""
from __future__ import annotations

import json
import logging
import os

import requests
from kafka import KafkaProducer

log = logging.getLogger("medicaid.ivd_referrals")

CHILD_SUPPORT_ENFORCEMENT_URL = os.getenv(
    "CHILD_SUPPORT_ENFORCEMENT_URL",
    "https://api.kidsfirst-cse.tylerhost.net/v3/medical-support/referrals",
)
CSE_ENFORCEMENT_TOPIC = os.getenv("CSE_ENFORCEMENT_TOPIC", "ocse.enforcement.medical-support")

cse_enforcement_session = requests.Session()
cse_enforcement_session.cert = ("/etc/pki/ivd/client.crt", "/etc/pki/ivd/client.key")


def _parent(person) -> dict:
    return {
        "ssn": person.ssn,
        "first_name": person.first_name,
        "last_name": person.last_name,
        "date_of_birth": person.date_of_birth.isoformat() if person.date_of_birth else None,
        "last_known_address": person.address,
        "employer_name": person.employer_name,
        "monthly_income": str(person.monthly_income or 0),
    }


def build_ivd_referral(assignment) -> dict:
    return {
        "medicaid_case_number": assignment.case_number,
        "custodial_parent": _parent(assignment.custodial_parent),
        "absent_parent": _parent(assignment.absent_parent),
        "children": [
            {"medicaid_id": c.medicaid_id, "first_name": c.first_name, "date_of_birth": c.date_of_birth.isoformat()}
            for c in assignment.children
        ],
        "good_cause_claimed": assignment.good_cause_claimed,
    }


def refer_to_support_enforcement(assignments, producer: KafkaProducer) -> int:
    referred = 0
    for assignment in assignments:
        referral = build_ivd_referral(assignment)
        resp = cse_enforcement_session.post(CHILD_SUPPORT_ENFORCEMENT_URL, json=referral, timeout=30)
        if resp.status_code == 409:
            log.info("case %s already referred to IV-D", assignment.case_number)
            continue
        resp.raise_for_status()
        producer.send(
            CSE_ENFORCEMENT_TOPIC,
            key=assignment.case_number.encode("utf-8"),
            value=json.dumps({"case_number": assignment.case_number, "ivd_case": resp.json()["ivdCaseId"]}).encode(),
        )
        referred += 1
    producer.flush()
    return referred
