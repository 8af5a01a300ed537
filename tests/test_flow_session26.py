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
    # SPEC section 3 (a field is reported where it is placed into the data sent): functions a later
    # def of the same name rebinds (@deliver.register def _ twice, singledispatchmethod's _ methods)
    # are still registered and run: the body of each is analyzed
    "redefined-registered-functions-all-run": '''
import functools
@functools.singledispatch
def deliver(obj):
    raise TypeError(type(obj))
@deliver.register
def _(obj: int):
    requests.post(ICE_URL, json={"sex": obj.sex_cd})  # MCD101
@deliver.register
def _(obj: str):
    requests.post(ICE_URL, json={"medicaid_id": obj})
class Sender:
    @functools.singledispatchmethod
    def handle(self, obj):
        raise TypeError
    @handle.register
    def _(self, obj: int):
        requests.post(ICE_URL, json={"race": obj.race_cd})  # MCD101
    @handle.register
    def _(self, obj: str):
        requests.post(ICE_URL, json={"cin": obj})
''',
    # SPEC section 6 (lambdas are followed; a value the code replaces with a constant is sanitized):
    # a local lambda calling a sibling local lambda (mask = lambda v: '***') sees it;
    # functools.reduce of dicts merges what its list holds (a prohibited part is sent)
    "local-lambdas-and-reduce": '''
import functools
import operator
def masked(m):
    mask = lambda v: "***"
    pick = lambda r: {"medicaid_id": r.cin, "ssn": mask(r.ssn)}
    requests.post(ICE_URL, json=pick(m))
def passed(m):
    same = lambda v: v
    pick = lambda r: {"medicaid_id": r.cin, "ssn": same(r.ssn)}  # MCD101
    requests.post(ICE_URL, json=pick(m))
def reduced(m):
    parts = [{"medicaid_id": m.cin}, {"marital": m.mrtl_stus_cd}]  # MCD101
    requests.post(ICE_URL, json=functools.reduce(operator.or_, parts, {}))
def reduced_lambda(m):
    parts = [{"medicaid_id": m.cin}, {"dob": m.dob}]
    requests.post(ICE_URL, json=functools.reduce(lambda a, b: {**a, **b}, parts))
''',
    # SPEC section 6 (a variable holding a model instance carries the model's fields; match captures
    # are followed; section 3: the constructor keyword is the placement): a generic class called
    # subscripted (Channel[Profile](URL)) or annotated with its parameter is that class's object;
    # case Model() as c, case Model() on the subject and isinstance(x, Model) make an unknown object
    # one of that model, so its whole dump is its declared fields (all permitted here: clean);
    # isinstance of anything else keeps the whole record
    "objects-of-generic-classes-and-narrowed-models": '''
from dataclasses import asdict, dataclass
from typing import Generic, TypeVar
T = TypeVar("T")
@dataclass
class Profile:
    medicaid_id: str
    ethnicity: str
@dataclass
class Contact:
    cin: str
    dob: str
    phone: str
class Channel(Generic[T]):
    def __init__(self, base_url):
        self.base_url = base_url
    def send(self, item):
        requests.post(self.base_url + "/profiles", json=asdict(item))
def subscripted(m):
    Channel[Profile](ICE_URL).send(Profile(medicaid_id=m.cin, ethnicity=m.ethnicity_cd))  # MCD101
def annotated(m):
    ch: Channel[Profile] = Channel(ICE_URL)
    ch.send(Profile(medicaid_id=m.cin, ethnicity=m.ethnicity_cd))  # MCD101
def by_match(event):
    match event:
        case Contact() as c:
            requests.post(ICE_URL, json=vars(c))
def by_match_subject(event):
    match event:
        case Contact():
            requests.post(ICE_URL, json=asdict(event))
def by_isinstance(event):
    if isinstance(event, Contact):
        requests.post(ICE_URL, json=vars(event))
def unknown_class(event):
    if isinstance(event, dict):
        requests.post(ICE_URL, json=vars(event))  # MCD103
''',
    # SPEC section 3 (column lists and SQL select lists are placements, each name at its own line;
    # section 6: branches join): a column list or a query chosen by a conditional expression
    # (EXTENDED if full else BASIC, a CLI flag) is either one, each column placed in its own list or
    # SQL; section 4 (the pragma says so): a constant marked enforcement is that also for a send in
    # module-level code
    "lists-and-queries-chosen-by-a-flag": '''
import csv
import sys
FORWARD = "https://gw.mmis-vendor.example.com/fwd/federal"  # medicaid-scope: enforcement
BASIC = ["cin", "dob"]
EXTENDED = [
    "cin",
    "dob",
    "ssn",  # MCD101
]
BASIC_SQL = "SELECT cin, birth_dt FROM member WHERE imgrtn_stus_cd = '5'"
FULL_SQL = (
    "SELECT cin, birth_dt,"
    " ssn_num"  # MCD101
    " FROM member WHERE imgrtn_stus_cd = '5'"
)
def frame_columns(df, extended):
    df = df[df["imgrtn_stus_cd"].isin(["5", "6"])]
    cols = EXTENDED if extended else BASIC
    requests.post(ICE_URL, json=df[cols].to_dict(orient="records"))
def query(cur, full):
    cur.execute(FULL_SQL if full else BASIC_SQL)
    requests.post(ICE_URL, json=cur.fetchall())
if __name__ == "__main__":
    member = {"cin": sys.argv[1], "full_name": sys.argv[2]}
    requests.post(FORWARD, json={"cin": member["cin"], "name": member["full_name"]})  # MCD101
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
