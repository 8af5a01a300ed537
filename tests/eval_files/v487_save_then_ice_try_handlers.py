"""Verify with SAVE, then refer to ICE: try/except/else/finally (violating).

Scenario: a county eligibility worker tool first verifies a member's
status with USCIS SAVE and then refers the member to ICE EID.  The SSN
is added for SAVE inside the ``try`` and deleted afterwards, but the
``except`` handler (SAVE down) refers the member with whatever the
payload held at that moment.  The ``else`` branch copies SAVE's case
number into the referral, and the ``finally`` clause files a disposition
that includes the household case number.

Destination: ``SAVE_URL`` is ``verify.uscis.gov`` (non-enforcement,
SPEC §4); ``ICE_REFERRAL_URL`` and ``ICE_DISPOSITION_URL`` resolve to
``eid.ice.gov`` (enforcement).  The handler sends through a retrying
closure that captures the URL (SPEC §6 follows closures).  One member
handed in by the caller: no MCD201 (SPEC §10).

Expected findings (SPEC §3):
- ``payload["ssn"] = m.ssn`` inside the ``try``: ``try`` handlers see the
  state at any point of the ``try`` body (SPEC §6), so the SSN reaches the
  ICE send in the ``except`` handler even though it is deleted later in
  the body -> MCD101 at the subscript assignment (reported once, even
  though the same placement also reaches SAVE).
- ``else``: ``payload["save_case_number"] = answer["caseNumber"]``: a SAVE
  case number is an immigration document id, not the status (reference
  tricky case 4) -> MCD101.
- ``_record_disposition`` (called from ``finally``): ``case_number`` is
  the household case number (reference: household) -> MCD101.
Not findings: Medicaid ID, date of birth, immigration status, county
code are permitted; ``disposition`` is a constant.
"""
import logging
import time

import requests

SAVE_URL = "https://verify.uscis.gov/vis/api/v3/cases"
ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"
ICE_DISPOSITION_URL = "https://eid.ice.gov/api/v1/dispositions"

log = logging.getLogger("county.referrals")


class ReferralFailed(Exception):
    pass


def _retrying(session: requests.Session, url: str):
    def send(body: dict):
        for attempt in range(3):
            try:
                resp = session.post(url, json=body, timeout=20)
                resp.raise_for_status()
                return resp
            except requests.ConnectionError:
                time.sleep(2 ** attempt)
        raise ReferralFailed(url)
    return send


def _record_disposition(session: requests.Session, m, outcome_code: str) -> None:
    if outcome_code == "failed":
        log.error("no disposition filed for %s", m.cin)
        return
    disposition = {
        "medicaid_id": m.cin,
        "case_number": m.case_number,  # MCD101
        "county_code": m.county_code,
        "disposition": "REFERRAL_FILED",
    }
    session.post(ICE_DISPOSITION_URL, json=disposition, timeout=20)


def verify_and_refer(m, session: requests.Session | None = None) -> str:
    session = session or requests.Session()
    payload = {"medicaid_id": m.cin, "date_of_birth": m.birth_date.isoformat()}
    outcome = "failed"
    try:
        payload["ssn"] = m.ssn  # MCD101
        resp = session.post(SAVE_URL, json=payload, timeout=20)
        resp.raise_for_status()
        del payload["ssn"]
        answer = resp.json()
    except requests.RequestException:
        log.warning("SAVE unavailable for %s; referring unverified", m.cin)
        send_to_ice = _retrying(session, ICE_REFERRAL_URL)
        send_to_ice(payload)
        outcome = "unverified"
    else:
        payload["immigration_status"] = answer["immigrationStatus"]
        payload["save_case_number"] = answer["caseNumber"]  # MCD101
        session.post(ICE_REFERRAL_URL, json=payload, timeout=20).raise_for_status()
        outcome = "referred"
    finally:
        _record_disposition(session, m, outcome)
    return outcome
