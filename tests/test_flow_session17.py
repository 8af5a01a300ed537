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
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
