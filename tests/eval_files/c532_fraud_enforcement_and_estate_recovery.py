"""Program-integrity referrals: suspect provider claims (diagnoses, procedures, NPIs, paid amounts, member SSNs) go to the state Medicaid Fraud Control Unit and the HHS-OIG exclusions API, and deceased members' estate claims go to the Estate Recovery Office vendor.

Expected clean: ``enforcement`` qualified by ``fraud``/``oig``/``program_integrity`` is no immigration signal and the hosts are a state domain (``texas.gov``) and ``*.hhs.gov`` (SPEC §4); the Estate Recovery Office names (``ERO_API_BASE``, ``EroClaimClient``) are marked ``# medicaid-scope: not-enforcement`` and their vendor host is on neither list (SPEC §7 pragma).
"""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("pi.referrals")

FRAUD_ENFORCEMENT_URL = os.environ.get("FRAUD_ENFORCEMENT_URL", "https://mfcu.oag.texas.gov/api/v1/referrals")
OIG_ENFORCEMENT_URL = os.environ.get("OIG_ENFORCEMENT_URL", "https://exclusions.oig.hhs.gov/api/v2/reports")
ERO_API_BASE = "https://api.estate-recovery-services.com/tx/v1"  # medicaid-scope: not-enforcement


@dataclass
class PiSettings:
    timeout_s: float = 45.0
    max_retries: int = 3


def _session(settings: PiSettings) -> requests.Session:
    session = requests.Session()
    session.mount("https://", HTTPAdapter(max_retries=Retry(total=settings.max_retries, backoff_factor=2,
                                                          allowed_methods=frozenset({"POST"}))))
    return session


def claim_lines(case) -> list:
    return [
        {
            "claim_id": c.claim_id,
            "member_ssn": c.member_ssn,
            "diagnosis_code": c.diagnosis_code,
            "procedure_code": c.procedure_code,
            "rendering_npi": c.rendering_npi,
            "paid_amount": str(c.paid_amount),
            "service_date": c.service_date.isoformat(),
        }
        for c in case.claims
    ]


def refer_to_mfcu(program_integrity_enforcement: requests.Session, case, settings: PiSettings) -> str:
    resp = program_integrity_enforcement.post(
        FRAUD_ENFORCEMENT_URL,
        json={"provider_npi": case.provider_npi, "allegation": case.allegation_code, "claims": claim_lines(case)},
        timeout=settings.timeout_s,
    )
    resp.raise_for_status()
    return resp.json()["mfcu_case_number"]


def report_exclusion(session: requests.Session, case, settings: PiSettings) -> None:
    resp = session.post(
        OIG_ENFORCEMENT_URL,
        json={"provider_npi": case.provider_npi, "provider_name": case.provider_name,
              "overpayment": str(case.overpayment_amount)},
        timeout=settings.timeout_s,
    )
    resp.raise_for_status()


class EroClaimClient:  # medicaid-scope: not-enforcement
    """Estate Recovery Office vendor: files claims against estates of deceased members."""

    def __init__(self, session: requests.Session, settings: PiSettings):
        self._session = session
        self._settings = settings

    def file_claim(self, decedent, amount: Decimal) -> None:
        resp = self._session.post(
            f"{ERO_API_BASE}/estate-claims",
            json={
                "medicaid_id": decedent.medicaid_id,
                "full_name": decedent.full_name,
                "ssn": decedent.ssn,
                "date_of_death": decedent.date_of_death.isoformat(),
                "amount": str(amount),
            },
            timeout=self._settings.timeout_s,
        )
        resp.raise_for_status()


def run(cases: Iterable, decedents: Iterable, settings: PiSettings = PiSettings()) -> dict:
    counts = {"mfcu": 0, "oig": 0, "estate": 0}
    session = _session(settings)
    for case in cases:
        try:
            refer_to_mfcu(session, case, settings)
            counts["mfcu"] += 1
            if case.exclusion_recommended:
                report_exclusion(session, case, settings)
                counts["oig"] += 1
        except requests.RequestException:
            log.exception("program integrity referral failed for case %s", case.case_id)
    ero = EroClaimClient(session, settings)  # medicaid-scope: not-enforcement
    for decedent in decedents:
        if decedent.recoverable_amount > 0:
            ero.file_claim(decedent, decedent.recoverable_amount)
            counts["estate"] += 1
    log.info("program integrity run: %s", counts)
    return counts
