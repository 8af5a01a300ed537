"""Nightly renewal sync to the Illinois Department of Human Services (expected clean).

Scenario: a managed-care vendor pushes renewal packets for whole Medicaid
cases to the Illinois DHS eligibility (ABE/IES) API.  The packets carry
everything the caseworkers need: names, SSNs, income, household members,
disability and pregnancy indicators.  Nothing is filtered by immigration
status.

Why no finding is expected:
- The destination resolves to ``eligibility.dhs.illinois.gov``: the
  ``httpx.Client`` ``base_url`` is set in ``__init__`` from the module
  constant ``DHS_ELIGIBILITY_URL`` (SPEC §4 folding of ``self.x`` from a
  constant).  ``illinois.gov`` is a state's own .gov domain on the default
  non-enforcement list, and a resolved non-enforcement host overrides every
  name signal (SPEC §4) -- including the ``dhs`` token in
  ``DHS_ELIGIBILITY_URL`` and in ``DhsEligibilityClient``.  SPEC §4 gives
  this exact URL as its example of a state "Department of Human Services".
- With no enforcement destination, neither prohibited fields (MCD101/102)
  nor the unscoped loop over ``cases`` (MCD201) matter (SPEC §10 applies
  only to enforcement sinks; SPEC §8 "no false alarms").
"""
from __future__ import annotations

import logging
from datetime import date

import httpx

DHS_ELIGIBILITY_URL = "https://eligibility.dhs.illinois.gov/api"
RENEWAL_PATH = "/v3/renewals"

log = logging.getLogger("renewals.il")


def build_renewal_packet(case) -> dict:
    """Packet for one Medicaid case, in the ABE renewal layout."""
    head = case.head_of_household
    return {
        "caseNumber": case.case_number,
        "renewalDueDate": case.redetermination_date.isoformat(),
        "head": {
            "firstName": head.first_name,
            "lastName": head.last_name,
            "ssn": head.ssn,
            "dateOfBirth": head.date_of_birth.isoformat(),
            "preferredLanguage": head.preferred_language,
        },
        "householdSize": case.household_size,
        "monthlyIncome": str(case.monthly_income),
        "members": [
            {
                "recipientId": p.recipient_id,
                "firstName": p.first_name,
                "isPregnant": p.is_pregnant,
                "isDisabled": p.is_disabled,
                "relationship": p.relationship_to_applicant,
            }
            for p in case.household_members
        ],
    }


class DhsEligibilityClient:
    """Thin client for the IL DHS eligibility API."""

    def __init__(self, token_provider, timeout: float = 45.0):
        self.client = httpx.Client(base_url=DHS_ELIGIBILITY_URL, timeout=timeout)
        self.token_provider = token_provider

    def submit(self, packet: dict) -> str:
        resp = self.client.post(
            RENEWAL_PATH,
            json=packet,
            headers={"Authorization": f"Bearer {self.token_provider()}"},
        )
        resp.raise_for_status()
        return resp.json()["trackingNumber"]

    def close(self) -> None:
        self.client.close()


def sync_renewals(cases, run_date: date | None = None) -> int:
    """Send every case due for renewal; returns how many were accepted."""
    run_date = run_date or date.today()
    client = DhsEligibilityClient(token_provider=lambda: "service-token")
    accepted = 0
    try:
        for case in cases:
            if case.redetermination_date > run_date:
                continue
            try:
                client.submit(build_renewal_packet(case))
            except httpx.HTTPStatusError as exc:
                log.warning("renewal rejected: %s", exc.response.status_code)
                continue
            accepted += 1
    finally:
        client.close()
    return accepted
