"""The data flow shapes of the twenty-eighth session: what its SPEC-only probers found (rounds 178
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
    # SPEC section 6 (calls to functions of the project): RQ's enqueue given args=/kwargs= runs the
    # function with them; the runner's own keywords (job_timeout, job_id) are not the function's
    # arguments
    "rq-explicit-arguments": '''
from rq import Queue
q = Queue()
def push(body, url=ICE_URL):
    requests.post(url, json=body)
def refer(m):
    q.enqueue(push, args=({"cin": m.cin, "ssn": m.ssn},), job_timeout=60)  # MCD101
    q.enqueue(push, kwargs={"body": {"dx": m.diagnosis_code}}, result_ttl=5)  # MCD102
    q.enqueue_in(60, push, args=({"name": m.full_name},))  # MCD101
def to_the_state(m):
    q.enqueue(push, args=({"ssn": m.ssn},), kwargs={"url": STATE_URL})
    q.enqueue(push, args=({"cin": m.cin, "dob": m.dob},), job_id=m.ssn)
''',
    # SPEC section 6 (across the functions of one module): a module-level name a function rebinds with
    # global (TARGET = None, then TARGET = ICE_URL in configure()) may be that destination where the
    # module's functions send to it; a local of the same name changes nothing, and a state URL stays
    # clean
    "module-destination-set-by-a-function": '''
import os
TARGET = None
BASE = STATE_URL
OTHER = None
def configure():
    global TARGET, BASE
    TARGET = os.environ.get("REFERRAL_URL", STATE_URL)
    BASE = ICE_URL
def unrelated():
    OTHER = ICE_URL
    return OTHER
def refer(m):
    requests.post(TARGET, json={"cin": m.cin, "ssn": m.ssn})
def refer_base(m):
    requests.post(BASE, json={"cin": m.cin, "ssn": m.ssn})  # MCD101
def refer_other(m):
    requests.post(OTHER, json={"cin": m.cin, "ssn": m.ssn})
''',
    # SPEC section 6: a global set to the ICE URL or None by an init function is the ICE URL where it
    # is sent
    "module-destination-chosen-by-a-flag": '''
_endpoint = None
def init_app(prod):
    global _endpoint
    _endpoint = ICE_URL if prod else None
def refer(m):
    requests.post(_endpoint, json={"cin": m.cin, "name": m.full_name})  # MCD101
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
