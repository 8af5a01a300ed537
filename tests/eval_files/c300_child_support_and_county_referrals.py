"""Cross-program referrals required by state law.

* Child support: when a Medicaid case names an absent parent, the case is
  referred to the child support enforcement agency for medical support
  (42 U.S.C. 1396k).  The state contracts the locate service to a vendor.
* County human services: members flagged for long-term services are referred
  to the Cook County Department of Human Services for home-care intake.
"""
from __future__ import annotations

import logging
import os

import requests

log = logging.getLogger("referrals.cross_program")

CHILD_SUPPORT_ENFORCEMENT_URL = os.environ.get(
    "CHILD_SUPPORT_ENFORCEMENT_URL", "https://api.csenet-exchange.com/v1/medical-support"
)
COUNTY_DHS_INTAKE_URL = "https://dhs.cookcountyil.gov/api/v1/home-care/intake"
TIMEOUT = 30


class ChildSupportEnforcementClient:
    def __init__(self):
        self.base_url = CHILD_SUPPORT_ENFORCEMENT_URL
        self.session = requests.Session()

    def refer_absent_parent(self, case) -> str:
        payload = {
            "case_number": case.case_number,
            "custodial_parent_ssn": case.custodial_parent.ssn,
            "absent_parent_name": case.absent_parent.full_name,
            "absent_parent_ssn": case.absent_parent.ssn,
            "absent_parent_employer": case.absent_parent.employer_name,
            "child_medicaid_ids": [child.medicaid_id for child in case.children],
            "household_income": case.household_income,
        }
        resp = self.session.post(self.base_url, json=payload, timeout=TIMEOUT)
        resp.raise_for_status()
        return resp.json()["referralId"]


class CountyDhsReferralClient:
    def __init__(self):
        self.intake_url = COUNTY_DHS_INTAKE_URL

    def refer_for_home_care(self, member, assessment) -> None:
        body = {
            "medicaid_id": member.medicaid_id,
            "name": member.full_name,
            "dob": member.dob.isoformat(),
            "diagnoses": [dx.icd10_code for dx in assessment.diagnoses],
            "adl_score": assessment.adl_score,
            "disability_status": member.disability_status,
        }
        resp = requests.post(self.intake_url, json=body, timeout=TIMEOUT)
        if resp.status_code >= 400:
            log.error("county intake rejected member %s: %s", member.medicaid_id, resp.status_code)
            resp.raise_for_status()


def refer_new_cases(cases, cse_client: ChildSupportEnforcementClient) -> int:
    referred = 0
    for case in cases:
        if not case.absent_parent:
            continue
        cse_client.refer_absent_parent(case)
        referred += 1
    return referred
