"""Interfaces to child support enforcement and tax enforcement (expected clean).

Scenario: Title IV-D requires the Medicaid agency to exchange case data
with the child support enforcement program (medical support orders), and
the state revenue department's tax enforcement unit receives income and
employer data for Medicaid estate and lien work.  Both are reached through
a hosted integration vendor whose gateway host is on neither host list.

Why no finding is expected:
- Neither destination resolves to an enforcement host: the gateways are on
  a vendor domain on neither list, so the name signals decide (SPEC §4).
- ``enforcement`` appears only in names qualified by another domain of
  law: ``CHILD_SUPPORT_ENFORCEMENT_URL`` (child support; also the
  environment variable of the same name), ``CseEnforcementClient`` (``cse``)
  and ``tax_enforcement_client`` / ``TAX_ENFORCEMENT_TOPIC_URL`` (tax).
  SPEC §4 says such ``enforcement`` is not an immigration signal.
- ``notice_id`` and ``send_notice`` contain ``notice``, which does not
  match the ``ice`` token (SPEC §4, whole words only).
- So the SSNs, names, income and employer data sent here are not findings,
  and the unscoped loop over ``cases`` is not MCD201 (SPEC §10).
"""
import json
import os

import requests

CHILD_SUPPORT_ENFORCEMENT_URL = os.environ.get(
    "CHILD_SUPPORT_ENFORCEMENT_URL", "https://cse-exchange.kyra-integrations.com/api/v2"
)
TAX_ENFORCEMENT_TOPIC_URL = "https://hub.kyra-integrations.com/topics/revenue-liens/messages"


class CseEnforcementClient:
    """Medical support referrals to the IV-D child support system."""

    def __init__(self):
        self.base_url = CHILD_SUPPORT_ENFORCEMENT_URL
        self.session = requests.Session()

    def refer_medical_support(self, case) -> str:
        nca = case.noncustodial_parent
        body = {
            "ivdCaseNumber": case.ivd_case_number,
            "medicaidCaseNumber": case.case_number,
            "custodialParent": {"name": case.head.full_name, "ssn": case.head.ssn},
            "noncustodialParent": {
                "name": nca.full_name,
                "ssn": nca.ssn,
                "employerName": nca.employer_name,
                "employerAddress": nca.employer_address,
            },
            "children": [
                {"name": c.full_name, "dob": c.date_of_birth.isoformat(), "medicaidId": c.cin}
                for c in case.children
            ],
        }
        resp = self.session.post(f"{self.base_url}/medical-support", json=body, timeout=30)
        resp.raise_for_status()
        return resp.json()["referralId"]

    def send_notice(self, notice_id: str, case) -> None:
        self.session.post(
            f"{self.base_url}/notices/{notice_id}",
            json={"caseNumber": case.case_number, "householdSize": case.household_size},
            timeout=30,
        )


def publish_lien_candidates(cases, tax_enforcement_client=None) -> int:
    tax_enforcement_client = tax_enforcement_client or requests.Session()
    count = 0
    for case in cases:
        if not case.has_estate_claim:
            continue
        message = {
            "ssn": case.head.ssn,
            "fullName": case.head.full_name,
            "monthlyIncome": case.monthly_income,
            "employer": case.head.employer_name,
            "paidAmount": str(case.total_paid_amount),
        }
        tax_enforcement_client.post(TAX_ENFORCEMENT_TOPIC_URL, data=json.dumps(message), timeout=30)
        count += 1
    return count
