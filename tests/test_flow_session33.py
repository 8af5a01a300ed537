"""The data flow shapes of the thirty-third session: what its SPEC-only probers found (rounds 216
and after).

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). A case whose first line is an
``# OPTIONS:`` header runs with those options (``annotations.options_of``).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session20 import _source

CASES: dict[str, str] = {
    # SPEC section 6 (a method of an object the project makes is followed): a method called on what a
    # factory of the project or a class attribute naming a class returns at once
    # (make_client().submit(self.payload)) is that object's method, not a runner given a function
    # to run; an executor a factory returns still runs the function it is handed
    "method-of-an-object-a-factory-returns": '''
from concurrent.futures import ThreadPoolExecutor
class IceClient:
    def submit(self, payload):
        return requests.post(ICE_URL, json=payload, timeout=30)
def make_client():
    return IceClient()
def get_pool():
    return ThreadPoolExecutor(max_workers=4)
class InquiryJob:
    client_cls = IceClient
    def __init__(self, rec):
        self.rec = rec
        self.body = {"cin": rec["cin"], "race": rec["race_cd"]}  # MCD101
    @property
    def payload(self):
        return {"cin": self.rec["cin"], "sex": self.rec["sex_cd"]}  # MCD101
    def run(self):
        return self.client_cls().submit(self.payload)
    def run_factory(self):
        return make_client().submit(self.body)
def send_one(m):
    requests.post(ICE_URL, json={"cin": m.cin, "ssn": m.ssn}, timeout=30)  # MCD101
def run(members):
    for m in members:
        if m.imgrtn_stus_cd == "5":
            get_pool().submit(send_one, m)
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
