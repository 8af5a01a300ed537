"""Eligibility intake worker: opens SAVE verification cases at USCIS for pending non-citizen applicants (not enforcement)."""
import logging
import os

import requests
from sqlalchemy import create_engine, text

log = logging.getLogger(__name__)

SAVE_API_BASE = "https://save.uscis.dhs.gov/api/v2"
SAVE_CERT = ("/etc/intake/save_client.pem", "/etc/intake/save_client.key")
engine = create_engine(
    os.environ.get("INTAKE_DB_URL", "postgresql+psycopg2://intake@intake-db.internal/eligibility")
)

PENDING_SQL = """
SELECT a.application_id,
       a.alien_number AS a_number,
       a.i94_number,
       a.first_name AS given_name,
       a.last_name AS family_name,
       a.birth_date,
       a.vlp_document_type
FROM applicant a
WHERE a.vlp_status = 'PENDING'
  AND a.citizen_status = 'NON_CITIZEN'
"""


def open_pending_cases():
    http = requests.Session()
    http.cert = SAVE_CERT
    opened = 0
    with engine.connect() as conn:
        for row in conn.execute(text(PENDING_SQL)).mappings():
            payload = {
                "caseReference": row["application_id"],
                "aNumber": row["a_number"],
                "i94Number": row["i94_number"],
                "firstName": row["given_name"],
                "lastName": row["family_name"],
                "dateOfBirth": row["birth_date"].isoformat(),
                "documentType": row["vlp_document_type"],
            }
            resp = http.post(f"{SAVE_API_BASE}/cases", json=payload, timeout=30)
            resp.raise_for_status()
            log.info("SAVE case %s opened", resp.json().get("caseNumber"))
            opened += 1
    return opened
