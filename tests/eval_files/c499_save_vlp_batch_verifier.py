"""Batch SAVE (VLP) immigration-status verification for pending applications (expected clean).

Scenario: a state integrated-eligibility vendor verifies the lawful presence
of every pending non-citizen applicant through USCIS SAVE, as Medicaid
eligibility rules require.  The request carries A-numbers, I-94 numbers,
names and dates of birth, and the class and client are named for DHS
(``DhsSaveClient``, ``dhs_save_client``).  Applicants come from a SQLAlchemy
query with no condition on status, because every pending applicant must be
verified.

Why no finding is expected:
- The only destination is ``save.uscis.dhs.gov``: ``SAVE_BASE_URL`` folded
  through ``self.base_url`` (set in ``__init__`` from a module constant) and
  an f-string (SPEC section 4 folding).  ``*.uscis.dhs.gov`` is on the default
  non-enforcement list and, having more labels, beats ``*.dhs.gov`` (SPEC
  section 4, "more specific pattern wins"); SAVE is the host Medicaid
  eligibility checks must use.
- A resolved non-enforcement host overrides every name signal, so the
  ``dhs`` tokens in class, variable and constant names do not matter.
- No enforcement destination means no MCD101/MCD104 on the document ids
  and names, and no MCD201 on the unscoped applicant query (SPEC section 10
  concerns enforcement sinks only).
- Results are written back with SQLAlchemy, which is not a sink.
"""
import logging
import time
from dataclasses import dataclass
from datetime import datetime, timezone

import httpx
from sqlalchemy import create_engine, select, update
from sqlalchemy.orm import Session

from ie.schema import Applicant, VlpCase

SAVE_BASE_URL = "https://save.uscis.dhs.gov/api/v4"
CLIENT_CERT = ("/etc/pki/save/client.crt", "/etc/pki/save/client.key")
DB_URL = "postgresql+psycopg://ie_batch@ie-db.internal/ie"
MAX_RETRIES = 3
STEP_TWO_WAIT_SECONDS = 2

log = logging.getLogger("ie.save")


@dataclass
class SaveOutcome:
    case_number: str
    step: int
    eligibility_statement: str


class DhsSaveClient:
    def __init__(self):
        self.base_url = SAVE_BASE_URL
        self.http = httpx.Client(cert=CLIENT_CERT, timeout=httpx.Timeout(30.0, connect=5.0))

    def close(self) -> None:
        self.http.close()

    def initiate(self, applicant) -> dict:
        body = {
            "alienNumber": applicant.alien_number,
            "i94Number": applicant.i94_number,
            "documentType": applicant.vlp_document_type,
            "cardNumber": applicant.card_number,
            "firstName": applicant.first_name,
            "lastName": applicant.last_name,
            "dateOfBirth": applicant.dob.isoformat(),
            "benefit": "MEDICAID",
        }
        for attempt in range(MAX_RETRIES):
            resp = self.http.post(f"{self.base_url}/cases", json=body)
            if resp.status_code == 503:
                log.warning("SAVE unavailable, attempt %d", attempt + 1)
                time.sleep(2 ** attempt)
                continue
            resp.raise_for_status()
            return resp.json()
        raise RuntimeError("SAVE initiate failed")

    def additional_verification(self, case_number: str, applicant) -> dict:
        body = {"caseNumber": case_number, "comments": "Step 2 requested by eligibility worker"}
        body["passportNumber"] = applicant.passport_number
        resp = self.http.post(f"{self.base_url}/cases/{case_number}/additional", json=body)
        resp.raise_for_status()
        return resp.json()


def _outcome(payload: dict, step: int) -> SaveOutcome:
    return SaveOutcome(
        case_number=payload.get("caseNumber", ""),
        step=step,
        eligibility_statement=payload.get("eligibilityStatement", "INSTITUTE_ADDITIONAL"),
    )


def verify_pending(limit: int = 1000) -> dict:
    engine = create_engine(DB_URL, pool_pre_ping=True)
    dhs_save_client = DhsSaveClient()
    counts = {"verified": 0, "step2": 0, "errors": 0}
    try:
        with Session(engine) as db:
            stmt = select(Applicant).where(Applicant.vlp_status == "PENDING").limit(limit)
            for applicant in db.scalars(stmt):
                try:
                    result = _outcome(dhs_save_client.initiate(applicant), 1)
                    if result.eligibility_statement == "INSTITUTE_ADDITIONAL":
                        time.sleep(STEP_TWO_WAIT_SECONDS)
                        raw = dhs_save_client.additional_verification(result.case_number, applicant)
                        result = _outcome(raw, 2)
                        counts["step2"] += 1
                except (httpx.HTTPError, RuntimeError) as exc:
                    log.error("applicant %s: %s", applicant.id, exc)
                    counts["errors"] += 1
                    continue
                db.add(VlpCase(applicant_id=applicant.id, save_case_number=result.case_number,
                               step=result.step, statement=result.eligibility_statement,
                               verified_at=datetime.now(timezone.utc)))
                db.execute(update(Applicant).where(Applicant.id == applicant.id)
                           .values(vlp_status="VERIFIED"))
                counts["verified"] += 1
            db.commit()
    finally:
        dhs_save_client.close()
    log.info("SAVE batch done: %s", counts)
    return counts


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    verify_pending()
