"""Single-enrollee ICE referral built as a dataclass of the permitted categories (clean).

Scenario: after the December 29, 2025 order, the agency's referral service
answers an ICE request about one enrollee chosen by the caller.  The
enrollee object loaded from MMIS holds everything (SSN, names, aid code,
diagnoses).  The code logs the enrollee's name, refuses citizens, and builds
an ``IceReferral`` dataclass whose ``__post_init__`` normalizes the ZIP code
and phone; ``dataclasses.asdict`` turns it into the body, merged with a
request id and a constant schema version, and a ``functools.partial`` of the
session's ``post`` sends it to ``eid.ice.gov`` with urllib3 retries.

Why no finding is expected:
- ``IceReferral`` is a model named for enforcement: its declarations are the
  placements (SPEC 3 "Payload model declarations"), and every declared field
  is in a permitted category (SPEC 1 table: medicaid ID, date of birth,
  address, phone, immigration status, citizenship).
- ``build_ice_referral`` is a builder named for enforcement (SPEC 4); it
  returns that model, and the constructor keywords are not reported again
  (SPEC 3) - they read only permitted fields anyway.
- ``dataclasses.asdict`` of a model declared in the module carries its
  declared fields, not MCD103 (SPEC 6 "When the model is known").
- The merge adds ``request_id`` (harmless, SPEC 5) and a constant (SPEC 5);
  ``functools.partial`` and ``urljoin`` are followed (SPEC 6, SPEC 4 folding).
- Logging is not a sink, and ``member.citizenship_status == ...`` is a
  comparison, not a placement (SPEC 6).
- One enrollee chosen by the caller: not MCD201 (SPEC 10 "Not bulk").
"""
from __future__ import annotations

import functools
import logging
import os
import uuid
from dataclasses import asdict, dataclass
from typing import Optional
from urllib.parse import urljoin

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("referrals.ice")

ICE_EID_BASE = os.environ.get("ICE_EID_BASE", "https://eid.ice.gov")
REFERRAL_PATH = "/api/v2/referrals"
SCHEMA_VERSION = "2026-01"
CLIENT_CERT = ("/etc/pki/referrals/client.pem", "/etc/pki/referrals/client.key")


class CitizenNotReferable(ValueError):
    """Citizens and lawful permanent residents are outside the order."""


@dataclass
class IceReferral:
    msis_ident_num: str
    date_of_birth: str
    home_address: str
    zip_code: str
    immigration_status: str
    citizenship_status: str
    phone_number: Optional[str] = None

    def __post_init__(self):
        self.zip_code = (self.zip_code or "")[:5]
        if self.phone_number:
            self.phone_number = "".join(ch for ch in self.phone_number if ch.isdigit())


def _join_address(member):
    parts = [member.address_line1, member.address_line2]
    return ", ".join(p.strip() for p in parts if p)


def build_ice_referral(member) -> IceReferral:
    if member.citizenship_status in ("US_CITIZEN", "NATIONAL"):
        raise CitizenNotReferable(member.msis_ident_num)
    log.info("building referral for %s %s", member.first_name, member.last_name)
    return IceReferral(
        msis_ident_num=member.msis_ident_num,
        date_of_birth=member.birth_date.isoformat(),
        home_address=_join_address(member),
        zip_code=member.zip_code,
        immigration_status=member.immigration_status,
        citizenship_status=member.citizenship_status,
        phone_number=member.phone_number,
    )


def make_session():
    session = requests.Session()
    retry = Retry(
        total=3,
        backoff_factor=1.5,
        status_forcelist=(502, 503, 504),
        allowed_methods=frozenset({"POST"}),
    )
    session.mount("https://", HTTPAdapter(max_retries=retry))
    session.cert = CLIENT_CERT
    return session


def submit(session, member):
    try:
        ref = build_ice_referral(member)
    except CitizenNotReferable:
        log.warning("refusing to refer %s: citizen or national", member.msis_ident_num)
        return None
    request_id = str(uuid.uuid4())
    body = {**asdict(ref), "schema_version": SCHEMA_VERSION, "request_id": request_id}
    post = functools.partial(session.post, urljoin(ICE_EID_BASE, REFERRAL_PATH), timeout=30)
    resp = post(json=body)
    resp.raise_for_status()
    log.info("referral accepted for %s (request %s)", ref.msis_ident_num, request_id)
    return resp.json()
