"""ICE referral helpers that reduce records to the permitted categories in many shapes (clean).

Scenario: the referral service of a state Medicaid agency sends records to
``eid.ice.gov`` from several code paths written by different teams.  Each
path starts from a full record (SSN, name, diagnosis, income ...) and cuts
it down before the send:
1. ``{k: v for k, v in row.items() if k in ALLOWED_COLUMNS}``;
2. ``{k: row[k] for k in ALLOWED_COLUMNS}``;
3. ``pop`` in a loop over a constant collection of names;
4. ``del`` of a key plus replacement of a value by a constant;
5. ``{n: getattr(member, n) for n in MEMBER_ATTRS}``;
6. pydantic ``model_dump(include=...)`` and ``model_dump(exclude=...)``;
7. a CSV population batch restricted by ``is_unlawfully_present``.

Why no finding is expected:
- All of 1-6 are sanitizers listed in SPEC 6 (constant allow-lists of
  permitted names; ``pop``/``del`` of the prohibited keys; ``include=`` /
  ``exclude=``; a value replaced with a constant, SPEC 5).
- Paths 1-6 refer one person chosen by the caller (SPEC 10 "Not bulk").
- Path 7 reads a ``csv.DictReader`` (bulk) but every append to the batch is
  guarded by ``is_unlawfully_present(rec)``, a same-module function named
  for the condition that tests ``IMGRTN_STUS_CD`` and ``CTZNSHP_IND``
  (SPEC 10).
"""
from __future__ import annotations

import csv
import logging
import uuid

import requests
from pydantic import BaseModel

log = logging.getLogger("referrals.scoped")

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"
ALLOWED_COLUMNS = frozenset(
    {
        "MSIS_IDENT_NUM",
        "BIRTH_DT",
        "ELGBL_LINE_1_ADR",
        "ELGBL_CITY_NAME",
        "ELGBL_STATE_CD",
        "ELGBL_ZIP_CD",
        "ELGBL_PHNE_NUM",
        "CTZNSHP_IND",
        "IMGRTN_STUS_CD",
    }
)
STRIP_KEYS = ("ssn", "full_name", "diagnosis_code", "household_income", "email")
MEMBER_ATTRS = ("cin", "birth_date", "home_address", "phone_number", "immigration_status")
UNLAWFUL_CODES = frozenset({"5", "6"})
TIMEOUT = 20


class MemberView(BaseModel):
    cin: str
    birth_date: str
    home_address: str
    phone_number: str | None = None
    ssn: str | None = None
    diagnosis_code: str | None = None
    preferred_language: str | None = None


def _post(session, body):
    resp = session.post(ICE_REFERRAL_URL, json=body, timeout=TIMEOUT)
    resp.raise_for_status()
    return resp.json().get("referral_id")


def refer_warehouse_row(session, row):
    body = {k: v for k, v in row.items() if k in ALLOWED_COLUMNS}
    return _post(session, body)


def refer_warehouse_row_strict(session, row):
    body = {k: row[k] for k in ALLOWED_COLUMNS}
    return _post(session, body)


def refer_person_file(session, person):
    doc = {
        "cin": person.cin,
        "dob": person.dob,
        "home_address": person.address,
        "ssn": person.ssn,
        "full_name": person.full_name,
        "diagnosis_code": person.primary_dx,
        "household_income": person.monthly_income,
        "email": person.email,
    }
    for key in STRIP_KEYS:
        doc.pop(key, None)
    return _post(session, doc)


def refer_with_redaction(session, applicant):
    doc = {
        "medicaid_id": applicant.medicaid_id,
        "date_of_birth": applicant.date_of_birth,
        "phone": applicant.phone,
        "ssn": applicant.ssn,
        "last_name": applicant.last_name,
    }
    del doc["last_name"]
    doc["ssn"] = "REDACTED"
    return _post(session, doc)


def refer_member_attrs(session, member):
    doc = {n: getattr(member, n) for n in MEMBER_ATTRS}
    return _post(session, doc)


def refer_view(session, view: MemberView, strict=True):
    if strict:
        doc = view.model_dump(include={"cin", "birth_date", "home_address", "phone_number"})
    else:
        doc = view.model_dump(exclude={"ssn", "diagnosis_code", "preferred_language"})
    return _post(session, doc)


def is_unlawfully_present(rec):
    return rec.get("IMGRTN_STUS_CD") in UNLAWFUL_CODES and rec.get("CTZNSHP_IND") == "0"


def refer_scoped_extract(session, path, batch_size=100):
    batch_id = uuid.uuid4().hex
    batch = []
    sent = 0
    with open(path, newline="", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            if not is_unlawfully_present(rec):
                continue
            batch.append({k: rec[k] for k in ALLOWED_COLUMNS})
            if len(batch) >= batch_size:
                session.post(ICE_REFERRAL_URL, json={"batch_id": batch_id, "items": batch}, timeout=TIMEOUT)
                sent += len(batch)
                batch = []
    if batch:
        session.post(ICE_REFERRAL_URL, json={"batch_id": batch_id, "items": batch}, timeout=TIMEOUT)
        sent += len(batch)
    log.info("batch %s: %d scoped referrals", batch_id, sent)
    return sent


def make_session():
    session = requests.Session()
    session.cert = ("/etc/pki/referrals/client.pem", "/etc/pki/referrals/client.key")
    return session
