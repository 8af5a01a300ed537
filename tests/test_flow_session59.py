"""The data flow shapes of the fifty-ninth session: what its SPEC-only probers found (round 512 and
after) and README limits lifted.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). A case whose first line is an
``# OPTIONS:`` header runs with those options (``annotations.options_of``).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session20 import _source

CASES: dict[str, str] = {
    # SPEC section 6 (rounds 506a, 509a, 511a: a false alarm; README limit lifted): a table of plain URLs read in the
    # constructor by the key the object keeps too (`self.partner = partner; self.url = URLS[partner]`), with the fields
    # chosen by `self.partner` in another method or in the sending one: a method run on its own is run entry by entry,
    # each way with its key; a method adding the field whatever the key is still reported
    "table-of-plain-urls-kept-on-self-read-entry-by-entry": """
import requests

URLS = {
    "ice": "https://eid.ice.gov/api/v1/subjects",
    "state": "https://elig.dhs.illinois.gov/api/members",
}


class Feed:
    def __init__(self, partner):
        self.partner = partner
        self.url = URLS[partner]

    def body(self, m):
        body = {"medicaid_id": m.cin}
        if self.partner == "state":
            body["diagnosis"] = m.dx_cd
        return body

    def push(self, m):
        requests.post(self.url, json=self.body(m))

    def push_other(self, m):
        body = {"medicaid_id": m.cin}
        if self.partner != "ice":
            body["race"] = m.race_cd
        requests.post(self.url, json=body)

    def push_all(self, m):
        body = {"medicaid_id": m.cin, "sex": m.sex_cd}  # MCD101
        requests.post(self.url, json=body)
""",
    # ANCHOR: new cases go above this line
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want

