"""Address-change fan-out through an outbox keyed by destination.

Scenario: when an enrollee reports a new address, the eligibility event
handler fans the change out to the managed-care plan, the county office and,
since January 2026, to ICE's address-change intake.  Messages are collected
in ``outbox = defaultdict(list)`` keyed by destination ("mco", "county",
"ice") and flushed at the end by ``_flush(session, outbox)``, which posts
each list to its own URL.  A helper stamps extra keys into the ICE notice in
place.  The HTTP session is passed in (type unknown).

Expected findings (destination ``https://eid.ice.gov/...``, SPEC 4 host
pattern ``*.ice.gov``; only ``outbox["ice"]`` reaches it):
- ``_ice_notice``: ``"employer_address": member.employer_address`` -> an
  employer's address, not the enrollee's (qualifier, SPEC 5), MCD101.
- ``_ice_notice``: ``"pcp_phone": member.pcp.phone`` -> the primary care
  provider's phone; the attribute chain carries ``pcp`` (SPEC 6
  "m.pcp.address the provider's"), MCD102.
- ``_stamp_notice`` writes into its argument (SPEC 6 "what a function writes
  into its arguments"): ``notice["preferred_language"] = ...`` -> language,
  MCD101; ``notice["move_reason"] = change.reason_code`` -> a name in no
  category and not harmless, MCD104.
The MCO list carries a diagnosis and plan data and the county list an SSN,
but they are posted to a plan gateway and a county ``.us`` host, which are
not enforcement (SPEC 4): no findings there.  One member per event: no MCD201.
"""
from __future__ import annotations

import logging
import time
from collections import defaultdict

log = logging.getLogger("elig.events.address")

MCO_CHANGE_URL = "https://edi.bluehorizon-health.com/api/v1/member-changes"
COUNTY_CHANGE_URL = "https://hhsa.co.fresno.ca.us/eligibility/address-changes"
ICE_CHANGE_URL = "https://eid.ice.gov/api/v2/address-changes"
TIMEOUT = (5, 30)


class FlushError(RuntimeError):
    pass


def _post_with_retry(session, url, body, attempts=4):
    for attempt in range(attempts):
        resp = session.post(url, json=body, timeout=TIMEOUT)
        if resp.status_code < 500:
            resp.raise_for_status()
            return resp
        log.warning("%s returned %s (attempt %d)", url, resp.status_code, attempt + 1)
        time.sleep(1.5 * (attempt + 1))
    raise FlushError(url)


def _mco_notice(member, change):
    return {
        "member_id": member.member_id,
        "plan_id": member.mc_plan_id,
        "new_address": change.new_address,
        "primary_diagnosis": member.primary_diagnosis,
        "effective": change.effective_date.isoformat(),
    }


def _county_notice(member, change):
    return {
        "cin": member.cin,
        "ssn": member.ssn,
        "case_number": member.case_number,
        "old_address": change.old_address,
        "new_address": change.new_address,
    }


def _ice_notice(member, change):
    return {
        "medicaid_id": member.cin,
        "date_of_birth": member.birth_date,
        "previous_address": change.old_address,
        "home_address": change.new_address,
        "phone_number": member.phone_number,
        "employer_address": member.employer_address,  # MCD101
        "pcp_phone": member.pcp.phone,  # MCD102
    }


def _stamp_notice(notice, member, change):
    notice["preferred_language"] = member.preferred_language  # MCD101
    notice["move_reason"] = change.reason_code  # MCD104
    return notice


def _flush(session, outbox):
    sent = 0
    if outbox.get("mco"):
        _post_with_retry(session, MCO_CHANGE_URL, {"changes": outbox["mco"]})
        sent += len(outbox["mco"])
    if outbox.get("county"):
        _post_with_retry(session, COUNTY_CHANGE_URL, {"changes": outbox["county"]})
        sent += len(outbox["county"])
    if outbox.get("ice"):
        session.post(ICE_CHANGE_URL, json={"changes": outbox["ice"]}, timeout=TIMEOUT)
        sent += len(outbox["ice"])
    return sent


def on_address_change(event, repo, session):
    """Handler registered for ``member.address.changed`` events."""
    member = repo.member(event["member_id"])
    change = repo.address_change(event["change_id"])
    if member is None or change is None:
        log.error("dangling address-change event %s", event.get("event_id"))
        return 0
    outbox = defaultdict(list)
    if member.mc_plan_id:
        outbox["mco"].append(_mco_notice(member, change))
    if change.county_changed:
        outbox["county"].append(_county_notice(member, change))
    ice_notice = _ice_notice(member, change)
    _stamp_notice(ice_notice, member, change)
    outbox["ice"].append(ice_notice)
    sent = _flush(session, outbox)
    log.info("address change fanned out to %d destinations", sent)
    return sent
