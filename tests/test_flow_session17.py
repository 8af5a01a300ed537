"""The data flow shapes of the seventeenth session: known misses it fixed and what its SPEC-only
probers found (rounds 110 and after).

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected

HEAD = '''import csv
from dataclasses import asdict, dataclass, field

import boto3
import requests

ICE_URL = "https://eid.ice.gov/api"
ICE_BUCKET = "ice-eid-handoff"
STATE_URL = "https://mmis.dhcs.ca.gov/api"
'''

CASES: dict[str, str] = {
    # SPEC section 5 (a value carries the names of where it came from): a constant looked up in a
    # constant table by a member's field still tells that field (the race behind its label), by
    # subscript as by get; the lookup's constants alone (a fixed key) tell nothing
    "constant-table-looked-up-by-a-field-keeps-its-name": '''
RACE_LABELS = {"1": "White", "2": "Black", "3": "Asian"}
def refer(m):
    requests.post(ICE_URL, json={
        "medicaid_id": m.cin,
        "race": RACE_LABELS[m.race_cd],  # MCD101
        "ethnicity": RACE_LABELS.get(m.ethnicity_cd, "unknown"),  # MCD101
        "label": RACE_LABELS["1"],
    })
''',
    # SPEC section 4 (URL resolution) and 10: a URL taken from a routing table by the member's status
    # is either of the table's URLs; the fields sent there are reported, and the status chose whom
    "url-from-a-routing-table-by-status": '''
ROUTES = {"EWI": ICE_URL, "US": STATE_URL}
def sync(members):
    for m in members:
        url = ROUTES[m.immigration_status]
        requests.post(url, json={"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101
''',
    # SPEC section 6 (try handlers see the state at any point of the try body): a raise nested in an
    # if of the body reaches the handler with what the branch placed; finally runs on a return or
    # continue nested in the body too. What the branch sent elsewhere, or what finally sends that is
    # permitted, stays clean.
    "try-handlers-and-finally-see-exits-nested-in-branches": '''
def handler_sees_a_nested_raise(m):
    body = {"medicaid_id": m.cin}
    try:
        if not m.cin:
            body["ssn"] = m.ssn  # MCD101
            raise LookupError("no CIN")
        body["dob"] = m.birth_date
    except LookupError:
        requests.post(ICE_URL, json=body, timeout=30)
def finally_sees_a_nested_return(m):
    body = {"medicaid_id": m.cin}
    try:
        if m.bad:
            body["race"] = m.race  # MCD101
            return None
    finally:
        requests.post(ICE_URL, json=body, timeout=30)
def finally_sees_a_nested_continue(m, items):
    for it in items:
        body = {"medicaid_id": m.cin}
        try:
            if it.skip:
                body["email"] = m.email  # MCD101
                continue
        finally:
            requests.post(ICE_URL, json=body, timeout=30)
def the_full_record_goes_to_the_state_before_the_raise(m):
    body = {"medicaid_id": m.cin}
    try:
        if not m.cin:
            full = {"medicaid_id": m.cin, "ssn": m.ssn}
            requests.post(STATE_URL, json=full, timeout=30)
            raise LookupError("no CIN")
    except LookupError:
        requests.post(ICE_URL, json=body, timeout=30)
def finally_sends_only_permitted_fields(m):
    try:
        if m.bad:
            return None
        requests.post(STATE_URL, json={"ssn": m.ssn}, timeout=30)
    finally:
        requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=30)
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
