"""Renewal desk: one retrying JSON poster shared by three partner calls.

Scenario: the renewal desk of a state Medicaid agency posts to its partners
through ``_post_json``, a tenacity-decorated helper over one pooled httpx
client. Three callers hand it a destination and a body:
``send_renewal_to_state`` (through a ``functools.partial`` bound to the
state renewals portal), ``notify_mco`` (the managed-care vendor gateway)
and ``refer_to_ice`` (the ICE referral desk, added last year).

Expected findings (both in the body built by ``refer_to_ice``; a field
placed in a caller and sent by a helper is reported at the caller's
placement, naming that call's destination, SPEC section 6):
- line 93: MCD101 'last_name' (name, outside the six categories);
- line 94: MCD101 'ssn': hashing keeps the name, ``hashlib.sha256(ssn)`` is
  an identifier derived from an SSN (SPEC section 6).
Destination: ``ICE_REFERRAL_URL`` (host ``eid.ice.gov``, ``*.ice.gov``;
``ice`` in the constant and the function name, SPEC section 4).

Not findings: the same helper carries SSN, income and household size to
``renewals.medicaid.ohio.gov`` (a state ``.gov`` host, on the
non-enforcement list, SPEC section 4) and names and diagnosis codes to the
managed-care gateway (a vendor host on neither list, and no enforcement
token in any name that supplies it: decided by the name signals, SPEC
section 4). The other ICE entries are permitted, and the ``X-Request-Id``
header is a request id (harmless, SPEC section 5). One member per call
(SPEC section 10, "Not bulk").
"""
from __future__ import annotations

import functools
import hashlib
import logging
import uuid

import httpx
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential

log = logging.getLogger("renewals.partners")

STATE_RENEWALS_URL = "https://renewals.medicaid.ohio.gov/api/v1/renewals"
MCO_GATEWAY_URL = "https://gateway.buckeye-care-partners.com/v2/member-updates"
ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"
CA_BUNDLE = "/etc/pki/tls/certs/ca-bundle.crt"

_client = httpx.Client(timeout=30.0, verify=CA_BUNDLE)


@retry(
    stop=stop_after_attempt(4),
    wait=wait_exponential(multiplier=1, max=20),
    retry=retry_if_exception_type(httpx.TransportError),
    reraise=True,
)
def _post_json(url: str, body: dict) -> dict:
    resp = _client.post(url, json=body, headers={"X-Request-Id": str(uuid.uuid4())})
    resp.raise_for_status()
    return resp.json()


post_to_state = functools.partial(_post_json, STATE_RENEWALS_URL)


def send_renewal_to_state(member, renewal) -> dict:
    body = {
        "medicaid_id": member.medicaid_id,
        "ssn": member.ssn,
        "first_name": member.first_name,
        "last_name": member.last_name,
        "monthly_income": str(renewal.monthly_income),
        "household_size": renewal.household_size,
        "renewal_due_date": renewal.due_date.isoformat(),
    }
    return post_to_state(body)


def notify_mco(member, plan_code: str) -> dict:
    body = {
        "member_id": member.medicaid_id,
        "plan_code": plan_code,
        "first_name": member.first_name,
        "last_name": member.last_name,
        "diagnosis_codes": list(member.active_dx_codes),
    }
    return _post_json(MCO_GATEWAY_URL, body)


def refer_to_ice(member) -> dict:
    body = {
        "medicaid_id": member.medicaid_id,
        "date_of_birth": member.date_of_birth.isoformat(),
        "home_address": member.home_address,
        "immigration_status": member.immigration_status,
        "last_name": member.last_name,  # MCD101
        "subject_key": hashlib.sha256(member.ssn.encode("utf-8")).hexdigest(),  # MCD101
    }
    answer = _post_json(ICE_REFERRAL_URL, body)
    log.info("referral for %s filed as %s", member.medicaid_id, answer.get("referral_id"))
    return answer
