"""Answer to one ICE information request, with sensitive data only on paths that never reach ICE (clean).

Scenario: the agency's disclosure service answers a single ICE request about
one enrollee.  The answer dict starts with permitted fields.  Two branches
add sensitive data (SSN, aid code, date of death) and hand the dict to the
state privacy office's escalation API on ``privacy.dhcs.ca.gov`` - and then
``return`` or ``raise``.  A temporary variable first holds the SSN for a
local data-quality check and is then re-bound to the MSIS identifier before
it is placed.  Only after those branches does the code send to ICE.

Why no finding is expected:
- SPEC 6 flow sensitivity: "a branch that ends in ``return``, ``raise``,
  ``continue`` or ``break`` does not flow past its end", so the ``ssn``,
  ``aid_code`` and ``date_of_death`` entries written inside those branches do
  not reach the ICE send that follows them.
- SPEC 6 "the last assignment wins": ``ident`` holds the SSN only until it
  is re-bound to ``member.msis_ident_num``; the value placed is the MSIS id.
- The escalation sink is ``privacy.dhcs.ca.gov`` (``ca.gov``, a state's own
  domain on the non-enforcement list, SPEC 4), so what it receives is not
  a finding.
- The ICE answer carries only permitted categories (SPEC 1) and the harmless
  ``request_id`` (SPEC 5); the URL interpolates only ``request_id``.
- One enrollee chosen by the caller: not MCD201 (SPEC 10 "Not bulk").
"""
from __future__ import annotations

import logging
import re

import requests

log = logging.getLogger("disclosure.answers")

ICE_ANSWER_URL = "https://eid.ice.gov/api/v1/requests/{request_id}/answer"
PRIVACY_ESCALATION_URL = "https://privacy.dhcs.ca.gov/api/v1/escalations"
SSN_RE = re.compile(r"^(?!000|666|9\d\d)\d{3}-?(?!00)\d{2}-?(?!0000)\d{4}$")

ice_session = requests.Session()
ice_session.cert = ("/etc/pki/disclosure/client.pem", "/etc/pki/disclosure/client.key")
state_session = requests.Session()


class RequestClosed(RuntimeError):
    pass


def _escalate(doc, reason):
    resp = state_session.post(
        PRIVACY_ESCALATION_URL, json={"reason": reason, "record": doc}, timeout=20
    )
    resp.raise_for_status()


def answer_request(member, request_id):
    doc = {
        "medicaid_id": member.medicaid_id,
        "date_of_birth": member.date_of_birth.isoformat(),
        "request_id": request_id,
    }

    if member.citizenship_status == "US_CITIZEN" or member.lawful_presence_status == "LPR":
        doc["ssn"] = member.ssn
        doc["aid_code"] = member.aid_code
        _escalate(doc, reason="citizen-or-lpr")
        return None

    if member.deceased:
        doc["date_of_death"] = member.date_of_death.isoformat()
        _escalate(doc, reason="deceased")
        raise RequestClosed(request_id)

    ident = member.ssn
    if ident and not SSN_RE.match(ident):
        log.warning("request %s: enrollee has a malformed SSN on file", request_id)
    ident = member.msis_ident_num
    doc["msis_ident_num"] = ident

    for addr in member.addresses:
        if addr.use == "old":
            continue
        doc["home_address"] = addr.line1
        doc["zip_code"] = addr.zip_code
        break

    if member.phone_number:
        doc["phone_number"] = member.phone_number
    doc["immigration_status"] = member.immigration_status

    try:
        resp = ice_session.post(
            ICE_ANSWER_URL.format(request_id=request_id), json=doc, timeout=30
        )
        resp.raise_for_status()
    except requests.RequestException:
        log.exception("request %s: answer not delivered", request_id)
        raise
    log.info("request %s answered", request_id)
    return resp.status_code
