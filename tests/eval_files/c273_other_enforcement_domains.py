"""Referrals to child-support, tax and Medicaid-fraud (MFCU) enforcement partners. Clean:
``enforcement`` is qualified by another domain of law everywhere
(``child_support``, ``tax``, ``mfcu``, ``fraud``, ``program_integrity``), not an
immigration signal (SPEC §4). URLs come from env vars with no default (no host
resolves), so names decide. Bulk loops without a status condition are not
MCD201: no enforcement sink (§10).
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable

import requests
from pydantic import BaseModel

log = logging.getLogger("referrals.enforcement_partners")

CHILD_SUPPORT_ENFORCEMENT_URL = os.environ["CHILD_SUPPORT_ENFORCEMENT_URL"]
TAX_ENFORCEMENT_URL = os.environ["TAX_ENFORCEMENT_URL"]
MFCU_ENFORCEMENT_URL = os.environ["MFCU_ENFORCEMENT_URL"]


@dataclass
class PartnerSettings:
    timeout: float = 30.0
    verify: str = "/etc/pki/tls/certs/partner-ca.pem"


class ProgramIntegrityEnforcementReferral(BaseModel):
    referral_type: str
    provider_npi: str
    claim_number: str
    diagnosis_code: str
    paid_amount: Decimal
    member_id: str
    member_name: str


class ChildSupportEnforcementClient:
    def __init__(self, settings: PartnerSettings | None = None) -> None:
        self._settings = settings or PartnerSettings()
        self._session = requests.Session()
        self._session.verify = self._settings.verify

    def refer_noncustodial_parent(self, case: dict) -> None:
        self._session.post(
            CHILD_SUPPORT_ENFORCEMENT_URL,
            json={
                "iv_d_case_number": case["case_number"],
                "custodial_parent_ssn": case["ssn"],
                "child_medicaid_id": case["medicaid_id"],
                "ncp_name": case["absent_parent_name"],
                "ncp_employer_address": case["absent_parent_employer_address"],
            },
            timeout=self._settings.timeout,
        )


def send_tax_offsets(recipients: Iterable[dict], tax_enforcement_client: requests.Session) -> int:
    sent = 0
    for r in recipients:
        tax_enforcement_client.post(
            TAX_ENFORCEMENT_URL,
            data={"ssn": r["ssn"], "overpayment": str(r["overpayment_amt"]), "income": r["monthly_income"]},
            timeout=20,
        )
        sent += 1
    return sent


def refer_to_mfcu(referrals: list[ProgramIntegrityEnforcementReferral]) -> None:
    fraud_enforcement_session = requests.Session()
    for referral in referrals:
        resp = fraud_enforcement_session.post(
            MFCU_ENFORCEMENT_URL,
            json=referral.model_dump(mode="json"),
            timeout=30,
        )
        if resp.status_code >= 400:
            log.error("MFCU rejected claim %s: %s", referral.claim_number, resp.text[:200])
