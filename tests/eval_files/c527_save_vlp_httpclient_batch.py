"""Eligibility worker that submits pending applicants' immigration documents (A-number, I-94, name, date of birth) to SAVE for verification over ``http.client``, with the host taken from ``DHS_SAVE_HOST``.

Expected clean: the env default ``verify.uscis.dhs.gov`` matches ``*.uscis.dhs.gov`` on the non-enforcement list, which is more specific than ``*.dhs.gov`` and overrides the ``dhs`` name signals (SPEC §4 SAVE), so looping over many applicants is no MCD201 and the document numbers are no MCD101.
"""
import http.client
import json
import logging
import os
import ssl
import time
from dataclasses import dataclass
from typing import Iterable, Optional

log = logging.getLogger("eligibility.save")

DHS_SAVE_HOST = os.environ.get("DHS_SAVE_HOST", "verify.uscis.dhs.gov")
SAVE_INITIAL_PATH = "/save/api/v4/cases"
SAVE_USER = os.environ.get("SAVE_USER", "ca-dhcs-save")
SAVE_CERT = os.environ.get("SAVE_CERT", "/etc/pki/save/client.pem")
SAVE_KEY = os.environ.get("SAVE_KEY", "/etc/pki/save/client.key")
JSON_HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}
PAUSE_S = 0.25


@dataclass
class SaveOutcome:
    application_id: str
    case_number: Optional[str]
    status: str


class SaveConnection:
    def __init__(self):
        ctx = ssl.create_default_context()
        ctx.load_cert_chain(SAVE_CERT, SAVE_KEY)
        self._conn = http.client.HTTPSConnection(DHS_SAVE_HOST, timeout=45, context=ctx)

    def initiate(self, applicant) -> dict:
        body = json.dumps({
            "alien_number": applicant.alien_number,
            "i94_number": applicant.i94_number,
            "first_name": applicant.first_name,
            "last_name": applicant.last_name,
            "date_of_birth": applicant.date_of_birth.isoformat(),
            "document_type": applicant.document_type,
            "benefit": "MEDICAID",
        })
        self._conn.request("POST", SAVE_INITIAL_PATH, body=body, headers=JSON_HEADERS)
        resp = self._conn.getresponse()
        data = resp.read()
        if resp.status >= 500:
            raise ConnectionError(f"SAVE returned {resp.status}")
        if resp.status >= 400:
            return {"status": "REJECTED", "detail": data[:200].decode("utf-8", "replace")}
        return json.loads(data)

    def close(self) -> None:
        self._conn.close()


def verify_pending(applicants: Iterable) -> list:
    outcomes = []
    dhs_save = SaveConnection()
    try:
        for applicant in applicants:
            if not (applicant.alien_number or applicant.i94_number):
                outcomes.append(SaveOutcome(applicant.application_id, None, "NO_DOCUMENT"))
                continue
            for attempt in range(3):
                try:
                    result = dhs_save.initiate(applicant)
                    break
                except (ConnectionError, http.client.HTTPException, OSError) as exc:
                    log.warning("SAVE attempt %d for %s: %s", attempt + 1, applicant.application_id, exc)
                    dhs_save.close()
                    dhs_save = SaveConnection()
                    time.sleep(2 ** attempt)
            else:
                outcomes.append(SaveOutcome(applicant.application_id, None, "UNAVAILABLE"))
                continue
            outcomes.append(SaveOutcome(
                applicant.application_id,
                result.get("case_number"),
                result.get("status", "PENDING"),
            ))
            time.sleep(PAUSE_S)
    finally:
        dhs_save.close()
    log.info("SAVE: %d applicants processed", len(outcomes))
    return outcomes
