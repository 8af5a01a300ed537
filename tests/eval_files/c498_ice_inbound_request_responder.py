"""Answering ICE information requests lawfully, one person at a time (expected clean).

Scenario: after 6 January 2026 a state Medicaid agency polls the ICE EID
request queue.  Each request names one person by Medi-Cal CIN.  The
responder looks that person up by id, answers only when the record shows an
immigration status that the agency's counsel treats as unlawful presence,
and answers with the six basic categories only.  Otherwise it declines with
a constant reason.  Everything is sent to ``eid.ice.gov`` through names like
``ICE_EID_BASE`` and ``ice_session``, so the destination IS enforcement.

Why no finding is expected:
- The answer dict holds only permitted categories (SPEC section 1 and 5):
  medicaid_id (``member.cin``), date_of_birth (``member.birth_date``),
  address (``member.home_address``, ``member.zip_code``), phone
  (``member.phone_number``), citizenship (``member.ctznshp_ind``) and
  immigration_status (``member.imgrtn_stus_cd``).
- ``request_id`` echoes ICE's own request id: request ids are on the
  default harmless list (SPEC section 5).  ``disposition``/``reason`` are
  constants, never findings (SPEC section 5).
- The poll's ``params`` are constants; nothing from the member record
  enters a URL.
- Not bulk: each answer is one person's record, looked up by id with
  ``Member.objects.get(cin=...)`` (SPEC section 10, "Not bulk"); the send
  is also guarded by a test of ``imgrtn_stus_cd`` (a condition on status).
- The audit rows go to the agency's own database through the ORM, which
  is not a sink.
"""
import logging
import time

import requests
from django.db import transaction

from eligibility.models import Member, RequestAudit

ICE_EID_BASE = "https://eid.ice.gov/api/v1"
AGENCY_CODE = "CA-DHCS"
PAGE_SIZE = 25
UNLAWFUL_PRESENCE_CODES = frozenset({"8", "9"})
DECLINE_REASON = "RECORD_NOT_WITHIN_ORDER_SCOPE"
NOT_FOUND_REASON = "NO_MATCHING_RECORD"
POLL_INTERVAL_SECONDS = 300

log = logging.getLogger("dhcs.ice_requests")
ice_session = requests.Session()
ice_session.headers.update({"Accept": "application/json", "User-Agent": "dhcs-responder/2.3"})


def fetch_pending() -> list:
    """Inbound: ICE's pending requests addressed to this agency."""
    resp = ice_session.get(
        f"{ICE_EID_BASE}/requests",
        params={"agency": AGENCY_CODE, "status": "PENDING", "limit": PAGE_SIZE},
        timeout=30,
    )
    resp.raise_for_status()
    items = resp.json().get("items", [])
    log.info("fetched %d pending requests", len(items))
    return items


def _valid_request(req: dict) -> bool:
    cin = (req.get("cin") or "").strip().upper()
    return len(cin) == 9 and cin[:8].isalnum()


def _answer(req: dict, member) -> dict:
    return {
        "request_id": req["request_id"],
        "disposition": "ANSWERED",
        "medicaid_id": member.cin,
        "date_of_birth": member.birth_date.isoformat(),
        "home_address": member.home_address,
        "zip_code": member.zip_code,
        "phone_number": member.phone_number,
        "citizenship": member.ctznshp_ind,
        "immigration_status": member.imgrtn_stus_cd,
    }


def _decline_not_found(req: dict) -> dict:
    return {"request_id": req["request_id"], "disposition": "DECLINED", "reason": NOT_FOUND_REASON}


def _decline_out_of_scope(req: dict) -> dict:
    return {"request_id": req["request_id"], "disposition": "DECLINED", "reason": DECLINE_REASON}


def _post_with_retry(body: dict) -> int:
    for attempt in range(3):
        resp = ice_session.post(f"{ICE_EID_BASE}/responses", json=body, timeout=30)
        if resp.status_code < 500:
            resp.raise_for_status()
            return resp.status_code
        log.warning("responses endpoint %s, retry %d", resp.status_code, attempt)
        time.sleep(5 * (attempt + 1))
    raise RuntimeError("ICE responses endpoint unavailable")


def handle_request(req: dict) -> str:
    if not _valid_request(req):
        _post_with_retry(_decline_not_found(req))
        return "invalid"
    try:
        member = Member.objects.get(cin=req["cin"].strip().upper())
    except Member.DoesNotExist:
        _post_with_retry(_decline_not_found(req))
        return "not_found"
    if member.imgrtn_stus_cd not in UNLAWFUL_PRESENCE_CODES:
        _post_with_retry(_decline_out_of_scope(req))
        outcome = "declined"
    else:
        _post_with_retry(_answer(req, member))
        outcome = "answered"
    with transaction.atomic():
        RequestAudit.objects.create(
            request_id=req["request_id"], member_id=member.pk, outcome=outcome
        )
    return outcome


def run_forever() -> None:
    while True:
        tally = {"answered": 0, "declined": 0, "not_found": 0, "invalid": 0}
        try:
            for req in fetch_pending():
                tally[handle_request(req)] += 1
        except requests.RequestException as exc:
            log.error("poll failed: %s", exc)
        log.info("cycle done: %s", tally)
        time.sleep(POLL_INTERVAL_SECONDS)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_forever()
