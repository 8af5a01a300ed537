"""Eligibility event router with structural ``match``: ICE, CMS T-MSIS and NY vital records (clean).

Scenario: the agency's event bus delivers one eligibility event at a time to
``route``.  An address change of an enrollee is forwarded to ICE's
address-update endpoint (permitted categories only, phone added with
``setdefault`` when present); an adjudicated claim goes to CMS T-MSIS with
diagnosis and paid amount; a death report goes to the state vital-records
death-match service with the SSN.  Captures from mapping patterns carry the
key they were matched under.

Why no finding is expected:
- SPEC 6: ``match`` captures are followed.  In the ``address_change`` case
  the captures come from the keys ``cin``, ``home_address``, ``zip_code``
  and ``phone_number`` and are placed under the same permitted keys
  (SPEC 1); ``rest`` is read only for ``phone_number``.
- The claim event goes to ``tmsis.cms.gov`` (``*.cms.gov``, federal health,
  non-enforcement list, SPEC 4) and the death event to
  ``vitals.health.ny.gov`` (``ny.gov``, a state's own domain, SPEC 4): the
  diagnosis, paid amount, claim id, SSN and date of death never reach an
  enforcement endpoint.
- Each event is one enrollee's record: not MCD201 (SPEC 10 "Not bulk").
"""
from __future__ import annotations

import logging
import os

import requests

log = logging.getLogger("events.router")

ICE_ADDRESS_UPDATES_URL = os.getenv(
    "ICE_ADDRESS_UPDATES_URL", "https://eid.ice.gov/api/v1/address-updates"
)
TMSIS_EVENTS_URL = os.getenv("TMSIS_EVENTS_URL", "https://tmsis.cms.gov/api/v2/claim-events")
VITALS_MATCH_URL = os.getenv("VITALS_MATCH_URL", "https://vitals.health.ny.gov/api/v2/death-matches")
TIMEOUT = 15


class MalformedEvent(ValueError):
    pass


def route(session: requests.Session, event: dict):
    match event:
        case {
            "type": "address_change",
            "member": {"cin": cin, "home_address": home_address, "zip_code": zip_code, **rest},
        }:
            body = {"cin": cin, "home_address": home_address, "zip_code": zip_code}
            if rest.get("phone_number"):
                body.setdefault("phone_number", rest["phone_number"])
            resp = session.post(ICE_ADDRESS_UPDATES_URL, json=body, timeout=TIMEOUT)

        case {"type": "claim_adjudicated", "member": {"cin": cin}, "claim": claim}:
            body = {
                "cin": cin,
                "claim_id": claim["icn"],
                "dgns_cd": claim["primary_dx"],
                "paid_amount": str(claim["paid_amount"]),
                "adjudicated_on": claim["adjudicated_on"],
            }
            resp = session.post(TMSIS_EVENTS_URL, json=body, timeout=TIMEOUT)

        case {"type": "death_reported", "member": {"cin": cin, "ssn": ssn}, "date_of_death": dod}:
            resp = session.post(
                VITALS_MATCH_URL,
                json={"cin": cin, "ssn": ssn, "date_of_death": dod},
                timeout=TIMEOUT,
            )

        case {"type": str(kind)}:
            log.debug("ignoring event type %s", kind)
            return None

        case _:
            raise MalformedEvent(repr(event)[:200])

    resp.raise_for_status()
    return resp.status_code
