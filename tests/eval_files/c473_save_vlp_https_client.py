"""SAVE (VLP) verification client built on http.client (expected clean).

Scenario: a state eligibility system verifies the immigration status of
non-citizen applicants through USCIS SAVE before it grants full-scope
Medicaid.  SAVE needs the A-Number / I-94 number, the applicant's name and
date of birth, so the payload looks like exactly what the order forbids
sending to DHS.  The client is called ``DhsSaveClient`` because SAVE is a
DHS program, and the documented fallback host sits under ``uscis.dhs.gov``.

Why no finding is expected:
- Destination: ``DhsSaveClient.__init__`` sets ``self.host`` from the
  module constant ``DHS_SAVE_HOST`` (``os.environ.get`` with a default
  folds to the default, SPEC §4); the host is given to
  ``http.client.HTTPSConnection`` (SPEC §4 "hosts given to connection
  objects") and resolves to ``verify.uscis.gov``, on the default
  non-enforcement list (``*.uscis.gov``, SAVE).  A resolved host on that
  list overrides every name signal, so the ``dhs`` token in the class,
  constant and environment-variable names does not make it enforcement.
- The fallback host ``save.uscis.dhs.gov`` matches both ``*.dhs.gov``
  (enforcement) and ``*.uscis.dhs.gov`` (non-enforcement); the more
  specific pattern (more labels) wins (SPEC §4), so it is not enforcement.
- The payload is built by a method inherited from a base class in this
  module (SPEC §6 follows methods and classes); it is sent only to SAVE.
- The SAVE response (inbound data) is taken apart with ``match`` captures
  and written to the state database, which is no sink.
- ``verify_pending`` loops over ``applicants`` (a bulk source, SPEC §10),
  but MCD201 concerns enforcement endpoints only.
"""
import http.client
import json
import logging
import os
import ssl

DHS_SAVE_HOST = os.environ.get("DHS_SAVE_HOST", "verify.uscis.gov")
DHS_SAVE_FALLBACK_HOST = "save.uscis.dhs.gov"
SAVE_CASES_PATH = "/vis/api/v3/cases"
JSON_HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}
AGENCY_CODE = "CA-DHCS"

log = logging.getLogger("eligibility.save")


class SaveUnavailable(Exception):
    """SAVE answered 5xx or the connection failed."""


class _VlpCaseBuilder:
    """Maps an applicant to a SAVE initial-verification case."""

    benefit_code = "MEDICAID"

    def _case_payload(self, applicant) -> dict:
        doc = applicant.vlp_document
        payload = {
            "agencyCode": AGENCY_CODE,
            "benefitCode": self.benefit_code,
            "firstName": applicant.first_name,
            "lastName": applicant.last_name,
            "dateOfBirth": applicant.date_of_birth.isoformat(),
            "alienNumber": doc.alien_number,
            "i94Number": doc.i94_number,
            "documentTypeId": doc.vlp_document_type,
        }
        if doc.passport_number:
            payload["passportNumber"] = doc.passport_number
            payload["countryOfIssuance"] = doc.passport_country
        return payload


class DhsSaveClient(_VlpCaseBuilder):
    def __init__(self, user_id: str):
        self.host = DHS_SAVE_HOST
        self.user_id = user_id
        self.context = ssl.create_default_context()

    def _post_case(self, payload: dict) -> dict:
        conn = http.client.HTTPSConnection(self.host, timeout=30, context=self.context)
        try:
            conn.request("POST", SAVE_CASES_PATH, body=json.dumps(payload), headers=JSON_HEADERS)
            resp = conn.getresponse()
            raw = resp.read()
        except OSError as exc:
            raise SaveUnavailable(str(exc)) from exc
        finally:
            conn.close()
        if resp.status >= 500:
            raise SaveUnavailable(f"HTTP {resp.status}")
        return json.loads(raw)

    def _post_case_fallback(self, payload: dict) -> dict:
        conn = http.client.HTTPSConnection(DHS_SAVE_FALLBACK_HOST, timeout=60, context=self.context)
        try:
            conn.request("POST", SAVE_CASES_PATH, body=json.dumps(payload), headers=JSON_HEADERS)
            return json.loads(conn.getresponse().read())
        finally:
            conn.close()

    def verify(self, applicant) -> dict:
        payload = self._case_payload(applicant)
        try:
            result = self._post_case(payload)
        except SaveUnavailable:
            log.warning("primary SAVE host unavailable, using fallback")
            result = self._post_case_fallback(payload)
        return result


def record_result(cur, applicant, result: dict) -> str:
    """Store SAVE's answer on the applicant row (inbound from DHS)."""
    match result:
        case {"caseNumber": case_no, "eligStatementCd": code, "lawfulPresence": "Y"}:
            cur.execute(
                "UPDATE elig.applicant SET imgrtn_stus_cd = %s, save_case_number = %s,"
                " imgrtn_vrfctn_ind = 'Y' WHERE cin = %s",
                (code, case_no, applicant.cin),
            )
            return "verified"
        case {"caseNumber": case_no, "additionalVerification": True}:
            cur.execute(
                "UPDATE elig.applicant SET save_case_number = %s, save_step = 2 WHERE cin = %s",
                (case_no, applicant.cin),
            )
            return "second_step"
        case _:
            log.error("unexpected SAVE response for applicant %s", applicant.cin)
            return "error"


def verify_pending(conn, applicants, user_id: str) -> dict:
    client = DhsSaveClient(user_id)
    outcomes = {"verified": 0, "second_step": 0, "error": 0}
    with conn.cursor() as cur:
        for applicant in applicants:
            if applicant.vlp_document is None:
                continue
            outcome = record_result(cur, applicant, client.verify(applicant))
            outcomes[outcome] += 1
    conn.commit()
    return outcomes
