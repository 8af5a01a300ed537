"""ICE referral builder that keeps the legacy layout's barred keys as constants, sent with urllib3.

Scenario: ICE's referral intake still expects the 2024 layout, whose keys
include ``ssn``, ``name`` and ``health_information``. Since the December
2025 order, the state agency's builder ``build_ice_referral`` fills those
keys with fixed markers and sends only the six permitted categories about
the member, plus transfer metadata. ``submit`` PUTs the referral to a URL
that carries the member's Medicaid ID; keyword defaults choose a dry run
and whether the mailing address or the home address is used.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- ``"ssn": "WITHHELD"``, ``"name": None``, ``"health_information":
  HEALTH_MARKER`` and ``"legal_basis": LEGAL_BASIS`` are constants (a
  literal, or a name bound only to a literal): never a finding, whatever
  key they sit under (SPEC section 5). ``contact_preference`` takes one of
  two literals; the test on ``phone_number`` picks a constant and names do
  not survive a truth test (SPEC section 6).
- The builder is named for enforcement, so its return value is an
  enforcement payload (SPEC section 4), but every value in it is permitted
  (Medicaid ID, date of birth, mailing or home address, phone, immigration
  status, citizenship), harmless (``request_id``, ``schema_version``,
  ``agency_code``), or constant.
- The URL interpolates only the Medicaid ID; the ``X-Correlation-ID`` header
  is a correlation id (harmless, SPEC section 5).
- One member, chosen by the caller (SPEC section 10, "Not bulk").
"""
from __future__ import annotations

import json
import logging
import uuid

import urllib3

log = logging.getLogger("referrals.ice_builder")

ICE_INTAKE_BASE = "https://intake.eid.ice.gov/api/2024-06"
SCHEMA_VERSION = "2024.06"
AGENCY_CODE = "NM-HCA"
HEALTH_MARKER = "NOT_SHARED_PRELIMINARY_INJUNCTION"
LEGAL_BASIS = "California v. HHS, N.D. Cal. Dec. 29, 2025: basic information only"

_pool = urllib3.PoolManager(
    cert_reqs="CERT_REQUIRED",
    ca_certs="/etc/pki/tls/certs/ca-bundle.crt",
    retries=urllib3.Retry(total=3, backoff_factor=1.0, status_forcelist=(502, 503, 504)),
    timeout=urllib3.Timeout(connect=5.0, read=30.0),
)


def build_ice_referral(member, *, request_id: str, use_mailing_address: bool = True) -> dict:
    address = member.mailing_address if use_mailing_address else member.home_address
    return {
        "schema_version": SCHEMA_VERSION,
        "agency_code": AGENCY_CODE,
        "request_id": request_id,
        "subject": {
            "medicaid_id": member.medicaid_id,
            "date_of_birth": member.date_of_birth.isoformat(),
            "address": address,
            "phone": member.phone_number,
            "immigration_status": member.immigration_status,
            "citizenship": member.citizenship_status,
        },
        "contact_preference": "PHONE" if member.phone_number else "MAIL",
        "ssn": "WITHHELD",
        "name": None,
        "health_information": HEALTH_MARKER,
        "legal_basis": LEGAL_BASIS,
    }


def submit(member, *, dry_run: bool = False, use_mailing_address: bool = True) -> int | None:
    request_id = str(uuid.uuid4())
    referral = build_ice_referral(member, request_id=request_id, use_mailing_address=use_mailing_address)
    if dry_run:
        log.info("dry run: referral %s for %s not sent", request_id, member.medicaid_id)
        return None
    resp = _pool.request(
        "PUT",
        f"{ICE_INTAKE_BASE}/subjects/{member.medicaid_id}/referral",
        body=json.dumps(referral).encode("utf-8"),
        headers={"Content-Type": "application/json", "X-Correlation-ID": request_id},
    )
    if resp.status >= 400:
        log.error("referral %s rejected: HTTP %s %s", request_id, resp.status, resp.data[:200])
    return resp.status
