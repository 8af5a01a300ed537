"""The data flow shapes of the thirty-seventh session: what its SPEC-only probers found (round 243
and after) and the README limits it lifted.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). A case whose first line is an
``# OPTIONS:`` header runs with those options (``annotations.options_of``).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session20 import _source
from test_flow_session36 import ROUTED_CLIENT

CASES: dict[str, str] = {
    # SPEC section 4 (a client object's destination): setattr(m, k, v) on an object a function made of another class
    # (a test double) leaves Client("state") fixed; setattr on an object of the client's own class unfixes it
    "setattr-on-an-unrelated-object-keeps-the-constructor-fixed": ROUTED_CLIENT + '''
def fake_member(**kw):
    class M:
        pass
    m = M()
    for k, v in kw.items():
        setattr(m, k, v)
    return m
def to_state(member):
    return Client("state").send({"ssn": member.ssn, "dx": member.prmry_dgns_cd})
''',
    "setattr-on-an-object-of-the-client-class-unfixes-it": ROUTED_CLIENT + '''
def configured(**overrides):
    c = Client("state")
    for k, v in overrides.items():
        setattr(c, k, v)
    return c
def to_state(member):
    return Client("state").send({"ssn": member.ssn})  # MCD101
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
