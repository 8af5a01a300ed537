"""HTTP clients for the state eligibility system and the child-support vendor."""

from dataclasses import asdict

import requests

import mn_case_sync.settings as cfg

from .models import EligibilityCase


class DhsEligibilityClient:
    def __init__(self):
        self.base_url = cfg.DHS_ELIGIBILITY_URL

    def submit_case(self, case: EligibilityCase) -> None:
        resp = requests.post(f"{self.base_url}/cases", json=asdict(case), timeout=30)
        resp.raise_for_status()


class ChildSupportEnforcementClient:
    def refer_noncustodial_parent(self, case: EligibilityCase, absent_parent_name: str) -> None:
        resp = requests.post(
            cfg.CHILD_SUPPORT_ENFORCEMENT_URL,
            json={
                "case_number": case.case_number,
                "custodial_parent_ssn": case.ssn,
                "custodial_parent_name": f"{case.first_name} {case.last_name}",
                "absent_parent_name": absent_parent_name,
            },
            timeout=30,
        )
        resp.raise_for_status()
