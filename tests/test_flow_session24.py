"""The data flow shapes of the twenty-fourth session: what its SPEC-only probers found (rounds 156
and after) and the limits of the last release it answers.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). A case whose first line is an
``# OPTIONS:`` header runs with those options (``annotations.options_of``).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session20 import _source

CASES: dict[str, str] = {
    # SPEC section 10 (a batch built in a loop over a bulk source and sent after it is a bulk send;
    # reported at the call that hands it on) and section 6 (methods run on the object): a context
    # manager class whose __exit__ sends what the block added is run at the end of the with block,
    # so the population send is reported at the with item; a status test in the loop, a state
    # destination or one member stay clean
    "class-context-manager-sends-on-exit": '''
class IceBatch:
    def __init__(self):
        self.rows = []
    def __enter__(self):
        return self
    def add(self, member):
        self.rows.append({"medicaid_id": member.cin, "dob": member.dob})
    def __exit__(self, *exc):
        if self.rows:
            requests.post(ICE_URL, json=self.rows, timeout=10)
class StateBatch(IceBatch):
    def __exit__(self, exc_type, exc, tb):
        requests.post(STATE_URL, json=self.rows, timeout=10)
def refer_all(members):
    with IceBatch() as batch:  # MCD201
        for m in members:
            batch.add(m)
def refer_unlawful(members):
    with IceBatch() as batch:
        for m in members:
            if m.immigration_status == "UNLAWFUL":
                batch.add(m)
def sync_all(members):
    with StateBatch() as batch:
        for m in members:
            batch.add(m)
def refer_one(member):
    with IceBatch() as batch:
        batch.add(member)
''',
    # SPEC section 6 (data flow through functions of the module: what a function does with what it
    # is given) and section 10: a @contextmanager generator that yields a list and sends it after
    # the yield sends what the with block appended: the fields are reported where they were appended
    # and the population send at the with item; the same generator posting to the state stays clean
    "generator-context-manager-sends-after-yield": '''
import contextlib
@contextlib.contextmanager
def ice_batch():
    rows = []
    try:
        yield rows
    finally:
        if rows:
            requests.post(ICE_URL, json=rows, timeout=10)
@contextlib.contextmanager
def state_batch():
    rows = []
    yield rows
    requests.post(STATE_URL, json=rows, timeout=10)
def refer_all(members):
    with ice_batch() as rows:  # MCD201
        for m in members:
            rows.append({"medicaid_id": m.cin, "race": m.race})  # MCD101
def refer_unlawful(members):
    with ice_batch() as rows:
        for m in members:
            if m.immigration_status != "LPR":
                rows.append({"medicaid_id": m.cin, "dob": m.dob})
def sync_all(members):
    with state_batch() as rows:
        for m in members:
            rows.append({"medicaid_id": m.cin, "ssn": m.ssn})
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
