"""The data flow shapes of the twenty-sixth session: what its SPEC-only probers found (rounds 163
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
    # SPEC section 4 (URL resolution folds literals, constants, + and urljoin; the same folding
    # serves every URL given to a sink): a URL object made from a string (yarl.URL, httpx.URL,
    # furl), joined with / or with_path, or given a query with with_query/update_query, keeps the
    # string's host, and a field put into its query enters the URL there; the same code to a state
    # host stays clean
    "url-objects-fold-like-strings": '''
import aiohttp
import httpx
from yarl import URL

PARTNER = URL("https://eid.ice.gov/api")
GATEWAY = "https://eid.ice.gov/api"
PORTAL = URL("https://portal.dhs.state.mn.us/api")
async def divided(m):
    async with aiohttp.ClientSession() as s:
        await s.post(PARTNER / "referrals", json={"medicaid_id": m.cin,
                                                  "ssn": m.ssn})  # MCD101
async def query(m):
    async with aiohttp.ClientSession() as s:
        await s.get(PARTNER.with_path("/api/persons").with_query({"ssn": m.ssn}))  # MCD101
        await s.get((PARTNER / "persons").update_query(dob=m.dob, cin=m.cin))
async def wrapped_base(m):
    async with httpx.AsyncClient(base_url=httpx.URL(GATEWAY)) as c:
        await c.post("/referrals", json={"medicaid_id": m.cin,
                                         "race": m.race_cd})  # MCD101
async def state(m):
    async with aiohttp.ClientSession() as s:
        await s.post(PORTAL / "members", json={"ssn": m.ssn, "dx": m.diagnosis_code})
''',
    # SPEC section 10 (a condition is a test of a field of the status category; section 5:
    # qualifiers that make a field someone else's take precedence): a spouse's status read under an
    # alias or a variable named for the spouse (s.imgrtn_stus_cd AS spouse_status) chooses no
    # enrollee, so the loop's send is MCD201; the member's own status under any name, or through a
    # relation of their own, still chooses
    "someone-elses-status-by-alias": '''
def run():
    cur = psycopg2.connect("dbname=mmis").cursor()
    cur.execute("SELECT m.cin, m.dob, s.imgrtn_stus_cd AS spouse_status FROM members m LEFT JOIN members s ON s.cin = m.spouse_cin")
    for cin, dob, spouse_status in cur:
        if spouse_status in ("8", "9"):
            requests.post(ICE_URL, json={"cin": cin, "dob": str(dob)})  # MCD201
def own():
    cur = psycopg2.connect("dbname=mmis").cursor()
    cur.execute("SELECT m.cin, m.dob, m.imgrtn_stus_cd AS status FROM members m")
    for cin, dob, status in cur:
        if status in ("8", "9"):
            requests.post(ICE_URL, json={"cin": cin, "dob": str(dob)})
def own_relation(members):
    for m in members:
        st = m.eligibility.immigration_status
        if st in ("8", "9"):
            requests.post(ICE_URL, json={"cin": m.cin})
''',
    # SPEC section 6 (explicit selection of permitted keys is a sanitizer; section 5: a value
    # carries the names of where it came from): a marshmallow Schema dumps only the fields its
    # Meta.fields lists, and none that Meta.exclude names (its fields are the declared ones, so
    # exclude bounds them); a field declared with attribute="ssn" and listed in only= reads the SSN
    "marshmallow-meta-selects-declared-fields": '''
from marshmallow import Schema, fields
class LocatorSchema(Schema):
    cin = fields.Str()
    home_address = fields.Str()
    primary_language = fields.Str()
    class Meta:
        fields = ("cin", "home_address")
class ExcludingSchema(Schema):
    cin = fields.Str()
    ssn = fields.Str()
    race = fields.Str()  # MCD101
    class Meta:
        exclude = ("ssn",)
class PartnerMemberSchema(Schema):
    member_ref = fields.Str(attribute="ssn", data_key="memberRef")
    cin = fields.Str()
def send_locator(m):
    requests.post(ICE_URL, json=LocatorSchema().dump(m))
    requests.post(ICE_URL, json=ExcludingSchema().dump(m))
def send_ref(m):
    body = PartnerMemberSchema(only=("cin", "member_ref")).dump(m)  # MCD101
    requests.post(ICE_URL, json=body)
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
