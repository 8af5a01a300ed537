"""One-enrollee ICE referral with a dataclass payload, sent with urllib.

Scenario: a small stdlib-only service at a state Medicaid agency builds
a referral for one enrollee chosen by a caseworker, posts it with
``urllib.request`` to ICE, and appends an audit line to a local NDJSON
file; caseworker notes (SSN, diagnosis) are kept in a local SQLite
database and never leave the agency.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- IceReferralPayload is a dataclass named for enforcement, so its
  declared fields are enforcement payloads (SPEC sections 3 and 4); every
  field is a permitted category (Medicaid ID, date of birth, home
  address, city, ZIP code, phone number, immigration status), and
  ``asdict`` of a model declared in the module passes exactly those
  fields on (SPEC section 6).
- ``build_ice_referral`` is named for enforcement and returns that
  model, built from permitted attributes only.
- The audit file ``ice_referral_audit.ndjson`` carries the token ``ice``
  and is therefore an enforcement sink itself (SPEC section 4, file
  name); it receives only ``request_id`` (harmless list, SPEC section 5),
  the Medicaid ID and a string literal.
- CaseNote (SSN, diagnosis code, note text) is an attrs class with no
  enforcement name, written only to ``case_notes.sqlite3``, a file with
  no enforcement token that is not uploaded.
- One enrollee per call, chosen by the caller (SPEC section 10).
"""
from __future__ import annotations

import json
import logging
import sqlite3
import ssl
import urllib.error
import urllib.request
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

import attrs

log = logging.getLogger("referrals.stdlib")

ICE_REFERRAL_ENDPOINT = "https://eid.ice.gov/api/v1/referrals"
AUDIT_LOG_PATH = Path("/var/log/medicaid/ice_referral_audit.ndjson")
CASE_DB = "/var/lib/medicaid/case_notes.sqlite3"
SSL_CONTEXT = ssl.create_default_context(cafile="/etc/pki/tls/certs/federal-bridge.pem")


@dataclass(frozen=True)
class IceReferralPayload:
    medicaid_id: str
    date_of_birth: str
    home_address: str
    city: str
    zip_code: str
    immigration_status: str
    phone_number: str | None = None


@attrs.define
class CaseNote:
    medicaid_id: str
    ssn: str
    diagnosis_code: str
    note_text: str
    author: str


def save_case_note(note: CaseNote, db_path: str = CASE_DB) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO case_notes (medicaid_id, ssn, diagnosis_code, note_text, author) "
            "VALUES (?, ?, ?, ?, ?)",
            attrs.astuple(note),
        )


def build_ice_referral(member) -> IceReferralPayload:
    return IceReferralPayload(
        medicaid_id=member.medicaid_id,
        date_of_birth=member.dob.isoformat(),
        home_address=member.home_address.street,
        city=member.home_address.city,
        zip_code=member.home_address.zip_code,
        immigration_status=member.immigration_status,
        phone_number=member.home_phone,
    )


def _audit(payload: IceReferralPayload, request_id: str) -> None:
    entry = {
        "request_id": request_id,
        "medicaid_id": payload.medicaid_id,
        "event": "REFERRAL_ACCEPTED",
    }
    with AUDIT_LOG_PATH.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\n")


def submit_referral(payload: IceReferralPayload) -> bool:
    request_id = str(uuid.uuid4())
    body = json.dumps(asdict(payload)).encode("utf-8")
    req = urllib.request.Request(
        ICE_REFERRAL_ENDPOINT,
        data=body,
        method="POST",
        headers={"Content-Type": "application/json", "X-Request-Id": request_id},
    )
    try:
        with urllib.request.urlopen(req, timeout=30, context=SSL_CONTEXT) as resp:
            accepted = resp.status in (200, 201, 202)
    except urllib.error.HTTPError as exc:
        log.error("referral %s rejected: HTTP %s", request_id, exc.code)
        return False
    except urllib.error.URLError as exc:
        log.error("referral %s not delivered: %s", request_id, exc.reason)
        raise
    if accepted:
        _audit(payload, request_id)
    return accepted


def refer(member) -> bool:
    payload = build_ice_referral(member)
    return submit_referral(payload)
