"""Case referral to ERO where a flag picks the basic or the "extended" packet.

Scenario: a state agency's case-management system refers one case to
ERO through ``EroReferralClient`` (httpx, URL set in ``__init__``). A
supervisor may tick "include financials", which swaps the basic packet
for ``_extended_packet``: the basic one plus household size, monthly
income and employer. The packet is built in one function and sent by a
method of the client class.

Expected findings (each a subscript assignment, SPEC section 3; the
packet flows from the builder through ``refer_case`` into
``EroReferralClient.send``, and a field placed in one function and sent
by another is reported at its placement, SPEC section 6; the two
branches of the conditional expression join, so the extended packet can
reach the sink):
- line 68: MCD101 'household_size' (household);
- line 69: MCD101 'monthly_income' (income);
- line 70: MCD101 'employer_name' (name of the employer, contact person).
Destination: ``self.url`` is set in ``__init__`` from
``ERO_REFERRALS_URL`` (host ``referrals.ero.ice.gov``, ``*.ice.gov``);
the class and constant names carry ``ero`` (SPEC section 4).

Not findings: the basic packet holds only permitted fields; the Celery
task looks one case up by primary key (SPEC section 10, "Not bulk").
"""
from __future__ import annotations

import logging

import httpx
from celery import shared_task

from casework.models import CaseFile

log = logging.getLogger("casework.ero_referral")

ERO_REFERRALS_URL = "https://referrals.ero.ice.gov/api/v2/cases"
CA_BUNDLE = "/etc/pki/tls/certs/ca-bundle.crt"


class EroReferralClient:
    def __init__(self, timeout: float = 30.0) -> None:
        self.url = ERO_REFERRALS_URL
        self._http = httpx.Client(timeout=timeout, verify=CA_BUNDLE)

    def send(self, packet: dict) -> str:
        resp = self._http.post(self.url, json=packet)
        resp.raise_for_status()
        return resp.json()["referral_id"]

    def close(self) -> None:
        self._http.close()


def _basic_packet(case) -> dict:
    return {
        "medicaid_id": case.medicaid_id,
        "date_of_birth": case.date_of_birth.isoformat(),
        "home_address": case.home_address,
        "phone_number": case.phone_number,
        "immigration_status": case.immigration_status,
        "citizenship_status": case.citizenship_status,
    }


def _extended_packet(case) -> dict:
    packet = _basic_packet(case)
    packet["household_size"] = case.household_size  # MCD101
    packet["monthly_income"] = str(case.monthly_income)  # MCD101
    packet["employer_name"] = case.employer_name  # MCD101
    return packet


def refer_case(case, include_financials: bool = False) -> str:
    packet = _extended_packet(case) if include_financials else _basic_packet(case)
    client = EroReferralClient()
    try:
        referral_id = client.send(packet)
    finally:
        client.close()
    log.info("case %s referred as %s (financials=%s)", case.pk, referral_id, include_financials)
    return referral_id


@shared_task(bind=True, max_retries=3, default_retry_delay=120)
def refer_case_task(self, case_id: int, include_financials: bool = False) -> str:
    case = CaseFile.objects.get(pk=case_id)
    try:
        return refer_case(case, include_financials=include_financials)
    except httpx.TransportError as exc:
        raise self.retry(exc=exc)
