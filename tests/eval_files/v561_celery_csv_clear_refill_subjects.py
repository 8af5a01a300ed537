"""Celery task: push every row of a T-MSIS CSV extract to a DHS subject API.

Scenario: a vendor's integration service receives a CSV extract of the
eligible-contact segment (upper-case T-MSIS columns) and a Celery task posts
one JSON document per row to the subject-intake API named in
``settings.ICE_SUBJECT_API_URL``.  A single ``payload`` dict is reused: it
is cleared at the top of each iteration and refilled by two helpers that
write into it (``_fill_identity``, ``_fill_contact``).

Expected findings (destination: the settings key ``ICE_SUBJECT_API_URL``
carries the ``ice`` token; the URL is not resolvable, so the name decides,
SPEC 4):
- ``_fill_identity``: ``payload["first_name"] = rec["ELGBL_1ST_NAME"]`` ->
  name, MCD101 (SPEC 6: helpers that write into their arguments; field
  reads carry their field name).
- ``_fill_contact``: ``payload["email"] = rec["EMAIL_ADR"]`` -> e-mail,
  MCD101; ``payload["emergency_contact_phone"] = ...`` -> a contact person's
  phone, not the enrollee's (SPEC 5 qualifiers), MCD101.
  ``payload.clear()`` does not matter: the fields are placed again after it,
  before each send.
- MCD201 at ``session.post``: the rows come from ``csv.DictReader`` (bulk
  source, SPEC 10) and the post is in the loop; the only filter is on the
  state code, and ``IMGRTN_STUS_CD`` is only copied into the payload, which
  is not a condition (SPEC 10 "picks a value inside the payload").
"""
from __future__ import annotations

import csv
import logging
import os

import requests
from celery import Celery
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from intake.conf import settings

log = logging.getLogger("intake.subjects")

app = Celery("intake", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/3"))

BATCH_LOG_EVERY = 250


def _session():
    retry = Retry(total=5, backoff_factor=0.8, status_forcelist=(429, 502, 503, 504))
    sess = requests.Session()
    sess.mount("https://", HTTPAdapter(max_retries=retry))
    sess.headers.update({"Content-Type": "application/json"})
    return sess


def _fill_identity(payload, rec):
    payload["msis_ident_num"] = rec["MSIS_IDENT_NUM"]
    payload["birth_dt"] = rec["BIRTH_DT"]
    payload["first_name"] = rec["ELGBL_1ST_NAME"]  # MCD101
    payload["imgrtn_stus_cd"] = rec.get("IMGRTN_STUS_CD") or "UNK"


def _fill_contact(payload, rec):
    payload["address_line_1"] = rec["ELGBL_LINE_1_ADR_HOME"]
    payload["city"] = rec["ELGBL_CITY_NAME_HOME"]
    payload["zip"] = rec["ELGBL_ZIP_CD_HOME"]
    payload["phone"] = rec["ELGBL_PHNE_NUM_HOME"]
    payload["email"] = rec["EMAIL_ADR"]  # MCD101
    payload["emergency_contact_phone"] = rec["EMRGNCY_CNTCT_PHNE_NUM"]  # MCD101


class ExtractNotFound(Exception):
    pass


@app.task(bind=True, max_retries=5, default_retry_delay=120, acks_late=True)
def push_subject_extract(self, extract_path, state_cd="06"):
    if not os.path.exists(extract_path):
        raise ExtractNotFound(extract_path)
    session = _session()
    url = settings.ICE_SUBJECT_API_URL
    pushed = skipped = 0
    payload = {}
    try:
        with open(extract_path, newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh, delimiter="|")
            for rec in reader:
                if rec["ELGBL_STATE_CD"] != state_cd:
                    skipped += 1
                    continue
                payload.clear()
                _fill_identity(payload, rec)
                _fill_contact(payload, rec)
                session.post(url, json=payload, timeout=30)  # MCD201
                pushed += 1
                if pushed % BATCH_LOG_EVERY == 0:
                    log.info("pushed %d rows so far", pushed)
    except requests.ConnectionError as exc:
        log.warning("connection lost after %d rows: %s", pushed, exc)
        raise self.retry(exc=exc)
    finally:
        session.close()
    log.info("extract %s: pushed=%d skipped=%d", extract_path, pushed, skipped)
    return {"pushed": pushed, "skipped": skipped}
