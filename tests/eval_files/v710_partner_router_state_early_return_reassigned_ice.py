"""One delivery function for two partners: the Texas hub gets the full record and returns; ICE gets the same variable reassigned to an allow-listed copy.

Scenario: a vendor's partner router delivers one member record to either the
state eligibility hub (full record: SSN, names, income, diagnosis codes) or
the ICE EID service. The full payload is built first; the state branch
posts it and returns; unknown partners raise; citizens are skipped; then the
``payload`` variable is reassigned to a comprehension over ``ICE_FIELDS``
before the ICE post.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- Flow sensitivity: the state branch ends in ``return`` and the unknown-
  partner branch in ``raise``, so neither flows past its end; the last
  assignment wins, so the ICE post sends only the sanitized ``payload``
  (SPEC section 6).
- ``{k: payload[k] for k in ICE_FIELDS}`` over a constant collection of
  permitted names is a sanitizer (SPEC section 6).
- The full record goes to ``hub.hhsc.texas.gov`` (``texas.gov``, a state
  domain on the non-enforcement list) (SPEC section 4).
- ``correlation_id`` is harmless (SPEC section 5); one member per call (SPEC
  section 10).
"""
from __future__ import annotations

import logging
import uuid

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("router.partners")

STATE_HUB_URL = "https://hub.hhsc.texas.gov/api/v3/members"
ICE_EID_URL = "https://eid.ice.gov/api/v1/subjects"
ICE_FIELDS = ("medicaid_id", "date_of_birth", "home_address", "zip_code", "phone", "immigration_status")


def _full_record(row: dict) -> dict:
    return {
        "medicaid_id": row["medicaid_id"],
        "ssn": row["ssn"],
        "first_name": row["first_name"],
        "last_name": row["last_name"],
        "date_of_birth": row["date_of_birth"].isoformat(),
        "home_address": row["home_address"],
        "zip_code": row["zip_code"],
        "phone": row["phone"],
        "monthly_income": row["monthly_income"],
        "diagnosis_codes": list(row["diagnosis_codes"]),
        "immigration_status": row["immigration_status"],
    }


def deliver(row: dict, partner: str, session: requests.Session) -> str:
    payload = _full_record(row)
    correlation_id = str(uuid.uuid4())

    if partner == "state_hub":
        session.post(STATE_HUB_URL, json=payload, headers={"X-Correlation-ID": correlation_id}, timeout=30).raise_for_status()
        return "state_hub"

    if partner != "ice":
        raise ValueError(f"unknown partner {partner!r}")

    if row.get("citizenship_status") == "CITIZEN":
        log.info("skipping citizen %s", row["medicaid_id"])
        return "skipped"

    payload = {k: payload[k] for k in ICE_FIELDS}
    session.post(ICE_EID_URL, json=payload, headers={"X-Correlation-ID": correlation_id}, timeout=30).raise_for_status()
    return "ice"


def make_session(cert_path: str, key_path: str) -> requests.Session:
    session = requests.Session()
    retry = Retry(total=4, backoff_factor=1.5, status_forcelist=(502, 503, 504), allowed_methods=frozenset({"POST"}))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    session.cert = (cert_path, key_path)
    return session
