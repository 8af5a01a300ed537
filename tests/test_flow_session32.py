"""The data flow shapes of the thirty-second session: what its SPEC-only probers found (rounds 210
and after) and what the session took from the README's limits.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). A case whose first line is an
``# OPTIONS:`` header runs with those options (``annotations.options_of``).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session20 import _source

CASES: dict[str, str] = {
    # SPEC section 3 (a serializer or model's declared fields are what is sent): a marshmallow schema
    # or a pydantic model declared inside the function that dumps it is read as a module-level one is;
    # a name two functions declare differently stays an unknown class (its dump a whole record)
    "schema-declared-inside-the-function": '''
from marshmallow import Schema, fields
from pydantic import BaseModel
def export(member):
    class MemberSchema(Schema):
        medicaid_id = fields.Str()
        diagnosis_code = fields.Str()  # MCD102
    body = MemberSchema().dump(member)
    requests.post(ICE_URL, json=body)
def export_permitted(member):
    class PermittedSchema(Schema):
        medicaid_id = fields.Str()
        date_of_birth = fields.Date()
    requests.post(ICE_URL, json=PermittedSchema().dump(member))
def export_model(m):
    class Referral(BaseModel):
        medicaid_id: str
        ssn: str
    requests.post(ICE_URL, json=Referral(medicaid_id=m.cin, ssn=m.ssn).model_dump())  # MCD101
def state_copy(m):
    class Full(BaseModel):
        medicaid_id: str
        diagnosis_code: str
    requests.post(STATE_URL, json=Full(medicaid_id=m.cin, diagnosis_code=m.dx).model_dump())
def twice_a(m):
    class Row(BaseModel):
        medicaid_id: str
    requests.post(ICE_URL, json=Row(medicaid_id=m.cin).model_dump())  # MCD103
def twice_b(m):
    class Row(BaseModel):
        medicaid_id: str
        notes: str
    requests.post(STATE_URL, json=Row(medicaid_id=m.cin, notes=m.notes).model_dump())
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
