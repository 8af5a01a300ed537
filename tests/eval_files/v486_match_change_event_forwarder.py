"""Member-change events forwarded to ICE, chosen with ``match`` (violating).

Scenario: a state integration hub receives one member-change event at a
time from the eligibility system and forwards "relevant" changes to an
ICE EID events endpoint with urllib3.  A structural ``match`` picks the
payload pieces.  Address, phone and status changes are fine; someone
added death, diagnosis and renewal changes "for completeness".

Destination: ``ICE_EVENTS_URL`` resolves to ``events.eid.ice.gov``
(``*.ice.gov``, SPEC §4); ``urllib3.PoolManager.request``'s ``body`` is
data (SPEC §4).  Each event is one member's change handed in by the
caller: no MCD201 (SPEC §10 "Not bulk").  The registering decorator
returns the function unchanged.

Expected findings (SPEC §3: at the dict entry that places the value):
- ``death`` case: ``"death_date": death_date``; date of death is outside
  the six categories (reference: death) -> MCD101.
- ``diagnosis`` case: ``"icd10_code": code``; a diagnosis -> MCD102.
- ``renewal`` case: ``"program": aid``; the key is unknown, but ``aid`` is
  the ``match`` capture of the event's ``aid_code`` entry (SPEC §6 follows
  ``match`` captures; a capture of a mapping entry is a subscript read,
  which always carries its field name).  A value with any prohibited
  name is prohibited (SPEC §5): aid code is eligibility -> MCD101.
Not findings: Medicaid ID, home address, ZIP, phone and immigration
status are permitted; ``correlation_id`` and ``schema_version`` are
harmless (SPEC §5); the header dict is constant.
"""
import json
import logging

import urllib3

ICE_EVENTS_URL = "https://events.eid.ice.gov/v1/member-changes"
SCHEMA_VERSION = "2"
JSON_HEADERS = {"Content-Type": "application/json"}

HANDLERS = {}
log = logging.getLogger("hub.forwarder")
http = urllib3.PoolManager(num_pools=4, retries=urllib3.Retry(total=3, backoff_factor=0.5))


def on(kind: str):
    def register(fn):
        HANDLERS[kind] = fn
        return fn
    return register


def _address_body(cin, home_address, rest: dict) -> dict:
    body = {"medicaid_id": cin, "home_address": home_address}
    if rest.get("zip_code"):
        body["zip_code"] = rest.get("zip_code")
    return body


def _envelope(event: dict, body: dict) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "correlation_id": event.get("correlation_id"),
        "data": body,
    }


@on("member.changed")
def forward_change(event: dict) -> bool:
    match event:
        case {"kind": "address", "cin": cin, "home_address": home_address, **rest} if home_address:
            body = _address_body(cin, home_address, rest)
        case {"kind": "phone", "cin": cin, "phone": phone}:
            body = {"medicaid_id": cin, "phone": phone}
        case {"kind": "status", "cin": cin, "immigration_status": immigration_status}:
            body = {"medicaid_id": cin, "immigration_status": immigration_status}
        case {"kind": "death", "cin": cin, "death_date": death_date}:
            body = {"medicaid_id": cin, "death_date": death_date}  # MCD101
        case {"kind": "diagnosis", "cin": cin, "icd10": code}:
            body = {"medicaid_id": cin, "icd10_code": code}  # MCD102
        case {"kind": "renewal", "cin": cin, "aid_code": aid}:
            body = {"medicaid_id": cin, "program": aid}  # MCD101
        case _:
            log.debug("ignoring change of kind %r", event.get("kind"))
            return False

    resp = http.request(
        "POST",
        ICE_EVENTS_URL,
        body=json.dumps(_envelope(event, body), default=str).encode("utf-8"),
        headers=JSON_HEADERS,
        timeout=urllib3.Timeout(connect=5.0, read=30.0),
    )
    if resp.status >= 300:
        log.error("ICE events endpoint answered %s", resp.status)
        return False
    return True
