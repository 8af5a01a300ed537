"""Batch SAVE verification of non-citizen applicants' immigration documents.

Medicaid eligibility must verify lawful status through USCIS SAVE
(42 U.S.C. 1320b-7(d)).  SAVE lives under DHS, so the settings call it
DHS_SAVE_HOST, but USCIS verification is not enforcement: A-numbers and
names go there by law.
"""
import http.client
import json
import logging
import os
import ssl

import attrs
import psycopg2

log = logging.getLogger("save_batch")

DHS_SAVE_HOST = "save.uscis.gov"
SAVE_CASES_PATH = "/api/v2/cases"
HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}

PENDING_SQL = """
    SELECT a.application_id, a.alien_number, a.i94_number, a.first_name,
           a.last_name, a.date_of_birth
      FROM eligibility.applicant_documents a
     WHERE a.save_case_number IS NULL AND a.document_type IN ('I-551', 'I-94', 'I-766')
"""


@attrs.define
class SaveCaseRequest:
    alien_number: str
    first_name: str
    last_name: str
    date_of_birth: str
    i94_number: str | None = None
    benefit: str = "MEDICAID"


def open_case(dhs_conn: http.client.HTTPSConnection, req: SaveCaseRequest) -> str:
    dhs_conn.request("POST", SAVE_CASES_PATH, body=json.dumps(attrs.asdict(req)), headers=HEADERS)
    resp = dhs_conn.getresponse()
    payload = json.loads(resp.read())
    if resp.status != 201:
        raise RuntimeError(f"SAVE returned {resp.status}: {payload.get('message')}")
    return payload["caseNumber"]


def run_batch() -> int:
    ctx = ssl.create_default_context(cafile=os.environ.get("SAVE_CA_BUNDLE"))
    dhs_conn = http.client.HTTPSConnection(DHS_SAVE_HOST, 443, context=ctx, timeout=30)
    opened = 0
    with psycopg2.connect(os.environ["ELIG_DSN"]) as db, db.cursor() as cur:
        cur.execute(PENDING_SQL)
        for app_id, a_number, i94, first, last, dob in cur.fetchall():
            req = SaveCaseRequest(alien_number=a_number, first_name=first, last_name=last,
                                  date_of_birth=dob.isoformat(), i94_number=i94)
            try:
                case_number = open_case(dhs_conn, req)
            except (RuntimeError, http.client.HTTPException) as exc:
                log.warning("SAVE case for application %s failed: %s", app_id, exc)
                continue
            cur.execute("UPDATE eligibility.applicant_documents SET save_case_number = %s "
                        "WHERE application_id = %s", (case_number, app_id))
            opened += 1
    dhs_conn.close()
    return opened
