"""Nightly redetermination sync from the IES hub to Illinois DHS and the CMS hub.

Illinois runs Medicaid inside its Department of Human Services, so every
"DHS" below is the state agency.  The full eligibility record (SSN, income,
household) is exactly what the state's own redetermination API needs.
"""
from __future__ import annotations

import logging

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("ies.redetermination")

DHS_ELIGIBILITY_URL = "https://eligibility.dhs.illinois.gov/api/v2"
CMS_HUB_URL = "https://hub.cms.gov/fdsh/v1"


class RetryMixin:
    retries = 3
    backoff = 1.5

    def mount_retries(self, session: requests.Session) -> None:
        retry = Retry(total=self.retries, backoff_factor=self.backoff,
                      status_forcelist=(502, 503, 504), allowed_methods=None)
        session.mount("https://", HTTPAdapter(max_retries=retry))


class PartnerClient(RetryMixin):
    """Template method: subclasses give the base URL, resource and payload."""

    base_url = ""
    resource = ""

    def __init__(self) -> None:
        self.session = requests.Session()
        self.mount_retries(self.session)

    def build_payload(self, member) -> dict:
        raise NotImplementedError

    def submit(self, member) -> int:
        payload = self.build_payload(member)
        resp = self.session.post(f"{self.base_url}/{self.resource}", json=payload, timeout=30)
        resp.raise_for_status()
        return resp.status_code


class DhsEligibilityClient(PartnerClient):
    base_url = DHS_ELIGIBILITY_URL
    resource = "redeterminations"

    def build_payload(self, member) -> dict:
        return build_dhs_payload(member)


class CmsHubClient(PartnerClient):
    base_url = CMS_HUB_URL
    resource = "income-verifications"
    retries = 5

    def build_payload(self, member) -> dict:
        return {
            "ssn": member.ssn,
            "firstName": member.first_name,
            "lastName": member.last_name,
            "dateOfBirth": member.dob.isoformat(),
            "householdIncome": member.household_income,
        }


def build_dhs_payload(member) -> dict:
    return {
        "recipientId": member.cin,
        "ssn": member.ssn,
        "caseNumber": member.case_number,
        "householdSize": member.household_size,
        "monthlyIncome": member.monthly_income,
        "aidCategory": member.aid_code,
        "pregnant": member.is_pregnant,
        "renewalDue": member.redetermination_date.isoformat(),
    }


def run(members) -> dict:
    dhs = DhsEligibilityClient()
    cms = CmsHubClient()
    counts = {"dhs": 0, "cms": 0}
    for member in members:
        if member.needs_income_check:
            cms.submit(member)
            counts["cms"] += 1
        dhs.submit(member)
        counts["dhs"] += 1
    log.info("redetermination sync done: %s", counts)
    return counts
