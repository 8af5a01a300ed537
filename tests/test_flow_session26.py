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
    # SPEC section 6 (json.dumps is followed; a field read always carries its name): a default=
    # function or lambda, or a cls= encoder whose default builds a dict of the object's fields,
    # sends those fields (reported at the hook's entries); a hook that only converts the object
    # (isoformat, .value) sends no field
    "json-hooks-that-build-dicts": '''
import datetime
import json
def encode_member(o):
    return {"medicaid_id": o.cin, "gender": o.gndr_cd}  # MCD101
class MemberEncoder(json.JSONEncoder):
    def default(self, o):
        return {"medicaid_id": o.cin, "race": o.race_cd}  # MCD101
def _convert(o):
    if isinstance(o, datetime.date):
        return o.isoformat()
    raise TypeError(type(o))
def by_function(m):
    requests.post(ICE_URL, data=json.dumps({"subject": m}, default=encode_member))
def by_lambda(m):
    requests.post(ICE_URL, data=json.dumps({"subject": m}, default=lambda o: {"lang": o.lang_cd}))  # MCD101
def by_encoder(m):
    requests.post(ICE_URL, data=json.dumps({"subject": m}, cls=MemberEncoder))
def conversions(payload):
    requests.post(ICE_URL, data=json.dumps(payload, default=_convert))
    requests.post(ICE_URL, data=json.dumps(payload, default=lambda o: o.value))
''',
    # SPEC section 10 (a same-module function whose result depends on a status field counts as a
    # condition where it is used as one): itertools.groupby keyed by a module function or a module-
    # level attrgetter of the status column, then a test of the key, chooses the records (a county
    # key does not); section 6 (generators pass their names on): list() of an object whose __iter__
    # yields parts sends those parts
    "key-functions-and-iterated-objects": '''
from itertools import groupby
from operator import attrgetter
UNLAWFUL = {"U"}
BY_STATUS = attrgetter("imgrtn_stus_cd")
def by_status(x):
    return x.imgrtn_stus_cd
def by_county(x):
    return x.county_cd
def send_function_key(members):
    for status, grp in groupby(sorted(members, key=by_status), key=by_status):
        if status in UNLAWFUL:
            requests.post(ICE_URL, json=[{"medicaid_id": x.cin} for x in grp])
def send_module_getter(members):
    for status, grp in groupby(sorted(members, key=BY_STATUS), key=BY_STATUS):
        if status not in UNLAWFUL:
            continue
        requests.post(ICE_URL, json=[{"medicaid_id": x.cin} for x in grp])
def send_county(members):
    for county, grp in groupby(sorted(members, key=by_county), key=by_county):
        if county in UNLAWFUL:
            requests.post(ICE_URL, json=[{"medicaid_id": x.cin} for x in grp])  # MCD201
class Packet:
    def __init__(self, m):
        self.m = m
    def __iter__(self):
        yield {"medicaid_id": self.m.cin}
        yield {"tribe": self.m.tribal_affiliation_cd}  # MCD101
def refer(m):
    requests.post(ICE_URL, json=list(Packet(m)))
''',
    # SPEC sections 3 and 6: a marshmallow-sqlalchemy auto schema sends its Meta.fields or only=
    # columns (each permitted here: clean), and with neither every column of its model (MCD103 at
    # model =); a frame selection chosen by a conditional expression places each name in its list;
    # if not isinstance(x, M): return, isinstance(x, (M, A)) and case M() | A() make an unknown
    # object one of those models; furl(...).url is the URL
    "schemas-choices-guards-and-url-objects": '''
from dataclasses import asdict, dataclass
from furl import furl
from marshmallow_sqlalchemy import SQLAlchemyAutoSchema
from sqlalchemy import Column, Date, String
from sqlalchemy.orm import declarative_base
import pandas as pd
Base = declarative_base()
class Member(Base):
    __tablename__ = "members"
    cin = Column(String, primary_key=True)
    birth_dt = Column(Date)
    ssn_num = Column(String)
class MemberBasicSchema(SQLAlchemyAutoSchema):
    class Meta:
        model = Member
        fields = ("cin", "birth_dt")
class MemberSchema(SQLAlchemyAutoSchema):
    class Meta:
        model = Member  # MCD103
def schemas(member):
    requests.post(ICE_URL, json=MemberBasicSchema().dump(member))
    requests.post(ICE_URL, json=MemberSchema(only=("cin", "birth_dt")).dump(member))
    requests.post(ICE_URL, json=MemberSchema().dump(member))
BASE_COLS = ["cin", "dob", "imgrtn_stus_cd"]
WIDE_COLS = [
    "cin",
    "hh_income_amt",  # MCD101
]
def inline_choice(path, wide=False):
    df = pd.read_parquet(path)
    df = df[df["imgrtn_stus_cd"].isin(["5", "7"])]
    requests.post(ICE_URL, json=df[WIDE_COLS if wide else BASE_COLS].to_dict("records"))
def lawful_choice(path, wide=False):
    df = pd.read_parquet(path)
    df = df[df["imgrtn_stus_cd"].isin(["5", "7"])]
    requests.post(ICE_URL, json=df[BASE_COLS if wide else ["cin", "dob"]].to_dict("records"))
@dataclass
class Person:
    cin: str
    birth_date: str
@dataclass
class Address:
    street: str
    zip_code: str
def guard_return(event):
    if not isinstance(event, Person):
        return
    requests.post(ICE_URL, json=asdict(event))
def tuple_types(event):
    if isinstance(event, (Person, Address)):
        requests.post(ICE_URL, json=asdict(event))
def or_pattern(event):
    match event:
        case Person() | Address():
            requests.post(ICE_URL, json=asdict(event))
def furl_url(m):
    f = furl("https://eid.ice.gov/api/v1") / "search"
    requests.post(f.url, json={"surname": m.last_name})  # MCD101
''',
    # SPEC section 6 (json.dumps is followed; functools.partial too; sanitizers: exclude=): an
    # encoder's dict for an object first put into a variable's literal, a default= hook bound by
    # functools.partial, a Schema's Meta.exclude over its only=; a record a manager's get() returns
    # of a model the analysis cannot see carries no field named objects (unknown is not guilty), and
    # its to_dict() is a whole record
    "hooks-schemas-and-manager-records": '''
import functools
import json
from marshmallow import Schema, fields
from members.models import Member
class Person:
    def __init__(self, cin, first_name):
        self.cin = cin
        self.first_name = first_name
class PersonEncoder(json.JSONEncoder):
    def default(self, o):
        return {"medicaid_id": o.cin, "first_name": o.first_name}  # MCD101
def _hook(o):
    return {"cin": o.cin, "marital": o.marital_status_cd}  # MCD101
def envelope_in_variable(person):
    envelope = {"schema_version": "2.1", "subject": person}
    requests.post(ICE_URL, data=json.dumps(envelope, cls=PersonEncoder))
def hook_through_partial(subject):
    dumps = functools.partial(json.dumps, default=_hook)
    requests.post(ICE_URL, data=dumps(subject))
class SubjectSchema(Schema):
    medicaid_id = fields.Str(attribute="cin")
    tax_ref = fields.Str(attribute="ssn")
    class Meta:
        exclude = ("tax_ref",)
def excluded_wins_over_only(member):
    requests.post(ICE_URL, json=SubjectSchema(only=("medicaid_id", "tax_ref")).dump(member))
def record_of_a_model_out_of_sight(pk):
    m = Member.objects.get(pk=pk)
    requests.post(ICE_URL, json=m)
def its_to_dict(pk):
    m = Member.objects.get(pk=pk)
    requests.post(ICE_URL, json=m.to_dict())  # MCD103
''',
    # SPEC section 6 (a known model's declared fields flow): a Core Table of the module selected
    # whole sends the columns it declares, each at its Column(...); SQLAlchemy 2.0 columns declared
    # by a bare Mapped[...] annotation are columns; vars() of an object matched by case A() | B()
    # sends their declared fields; section 10: a Mongo find by a person's identifier is one person's
    # record, a find by county is many, and a table named for unlawful presence is no condition
    "declared-tables-and-lookups": '''
from dataclasses import dataclass
import pandas as pd
from sqlalchemy import Column, Date, MetaData, String, Table, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
metadata = MetaData()
status_view = Table(
    "status_view", metadata,
    Column("msis_ident_num", String, primary_key=True),
    Column("birth_dt", Date),
    Column("imgrtn_stus_cd", String),
)
wide_view = Table(
    "wide_view", metadata,
    Column("msis_ident_num", String, primary_key=True),
    Column("ssn_num", String),  # MCD101
)
class Base(DeclarativeBase):
    pass
class Enrollee(Base):
    __tablename__ = "enrollee"
    cin: Mapped[str] = mapped_column(primary_key=True)
    dob: Mapped[str]
    sex: Mapped[str]  # MCD101
    immigration_status: Mapped[str]
@dataclass
class Moved:
    cin: str
    zip_code: str
@dataclass
class Enrolled:
    cin: str
    birth_date: str
def core_tables(conn):
    rows = conn.execute(select(status_view).where(status_view.c.imgrtn_stus_cd == "5")).mappings().all()
    requests.post(ICE_URL, json=[dict(r) for r in rows])
    wide = conn.execute(select(wide_view).where(wide_view.c.msis_ident_num == "1")).mappings().one()
    requests.post(ICE_URL, json=dict(wide))
def mapped_annotations(session):
    for e in session.scalars(select(Enrollee).where(Enrollee.immigration_status == "UNLAWFUL")):
        requests.post(ICE_URL, json=vars(e))
def union_of_models(event):
    match event:
        case Moved() | Enrolled():
            requests.post(ICE_URL, json=vars(event))
def lookup_by_id(db, inquiry):
    for m in db.members.find({"cin": inquiry["cin"]}):
        requests.post(ICE_URL, json={"medicaid_id": m["cin"], "dob": m["dob"]})
def everyone_in_county(db):
    for m in db.members.find({"county": "037"}):
        requests.post(ICE_URL, json={"medicaid_id": m["cin"]})  # MCD201
def table_named_for_status(engine):
    df = pd.read_sql_table("unlawful_present_members", engine, columns=["cin", "dob"])
    boto3.client("s3").put_object(Bucket=ICE_BUCKET, Key="m.csv", Body=df.to_csv(index=False))  # MCD201
''',
    # SPEC section 5 (a value carries the names of where it came from; a constant is never a
    # finding): in an isinstance(obj, Enum) branch, obj.value and obj.name are what obj was: nothing
    # of a converter's parameter (no field named value, MCD104 before), the sex of sex = m.sex
    "enum-members-are-what-they-were": '''
import enum
def to_jsonable(obj):
    if isinstance(obj, enum.Enum):
        return obj.value
    if isinstance(obj, dict):
        return {k: to_jsonable(v) for k, v in obj.items()}
    return obj
def converted(m):
    requests.post(ICE_URL, json=to_jsonable({"medicaid_id": m.cin, "dob": m.dob}))
def field_enum(m):
    sex = m.sex
    if isinstance(sex, enum.Enum):
        requests.post(ICE_URL, json={"medicaid_id": m.cin, "gender": sex.value})  # MCD101
''',
    # SPEC section 5 (a constant is never a finding, whatever key it sits under; Patient elements
    # classify one by one): a FHIR element built only of literals (an Identifier's
    # type=CodeableConcept(coding=[Coding(code="MA")])) is a constant; the identifier's value is
    # what is sent
    "fhir-elements-of-constants": '''
from fhir.resources.codeableconcept import CodeableConcept
from fhir.resources.coding import Coding
from fhir.resources.identifier import Identifier
from fhir.resources.patient import Patient
def medicaid_identifier(m):
    ident = Identifier(type=CodeableConcept(coding=[Coding(code="MA")]), value=m.medicaid_id)
    requests.post(ICE_URL, data=Patient(identifier=[ident], birthDate=m.dob).json())
def ssn_identifier(m):
    ident = Identifier(type=CodeableConcept(coding=[Coding(code="SS")]), value=m.ssn)  # MCD101
    requests.post(ICE_URL, data=Patient(identifier=[ident]).json())
''',
    # SPEC sections 4 and 6 (URL folding; functools.partial and lambdas are followed): reduce over a
    # module constant tuple of step functions runs each, reduce(posixpath.join/operator.add, ...)
    # folds the URL; partial(json.dumps, cls=Encoder) runs the encoder; isinstance(obj, A | B) sends
    # both models' fields (asdict too); section 10: a Mongo filter bound to a variable first is read
    # (its status key chooses, a cin key names one person), find by _id or a list of ids given is a
    # lookup, and a repository finder's status keyword chooses
    "reduce-partials-unions-and-filter-documents": '''
import json
import operator
import posixpath
from dataclasses import asdict, dataclass
from functools import partial, reduce
from bson import ObjectId
UNLAWFUL_CODES = ["U1", "U2"]
def drop_health(d):
    d = dict(d)
    d.pop("primary_dx", None)
    return d
STEPS = (drop_health,)
class MemberEncoder(json.JSONEncoder):
    def default(self, o):
        return {"cin": o.cin, "preferred_language": o.preferred_language}  # MCD101
encode = partial(json.dumps, cls=MemberEncoder)
@dataclass
class Enrollee:
    cin: str
    dob: str
@dataclass
class Dependent:
    cin: str
    first_name: str  # MCD101
def steps_of_a_constant(m):
    raw = {"medicaid_id": m.cin, "ssn": m.ssn, "primary_dx": m.primary_dx}  # MCD101
    requests.post(ICE_URL, json=reduce(lambda acc, step: step(acc), STEPS, raw))
def url_by_reduce(m):
    requests.get(reduce(posixpath.join, [ICE_URL, "persons", m.ssn]))  # MCD101
    requests.get(reduce(operator.add, ["/persons/", m.last_name], ICE_URL))  # MCD101
def encoder_by_partial(member):
    requests.post(ICE_URL, data=encode({"subject": member}))
def either_model(obj):
    if isinstance(obj, Enrollee | Dependent):
        requests.post(ICE_URL, json=asdict(obj))
def filter_in_variable(coll, county, cin):
    query = {"county_cd": county, "imgrtn_stus_cd": {"$in": UNLAWFUL_CODES}}
    for doc in coll.find(query):
        requests.post(ICE_URL, json={"medicaid_id": doc["cin"]})
    q = {"cin": cin}
    for doc in coll.find(q):
        requests.post(ICE_URL, json={"medicaid_id": doc["cin"]})
def by_object_id(coll, oid, member_ids):
    for doc in coll.find({"_id": ObjectId(oid)}):
        requests.post(ICE_URL, json={"medicaid_id": doc["cin"]})
    for doc in coll.find({"_id": {"$in": member_ids}}):
        requests.post(ICE_URL, json={"medicaid_id": doc["cin"]})
def repository_keywords(repo, county):
    for rec in repo.find(county_cd=county, imgrtn_stus_cd__in=["U1", "U2"]):
        requests.post(ICE_URL, json={"medicaid_id": rec["cin"]})
    for rec in repo.find(county_cd=county):
        requests.post(ICE_URL, json={"medicaid_id": rec["cin"]})  # MCD201
''',
    # SPEC section 6 (nested functions, closures and lambdas are followed; names resolve by scope)
    # and section 5 (a value carries the names of where it came from): a lambda or nested def
    # calling a sibling the function binds after it sees it when called (Python looks it up then);
    # an Enum member looked up by a field (Status(m.imgrtn_stus_cd), Status[...]) is that field, so
    # its .name is a status (permitted) or a race (MCD101), never a person's name
    "late-bound-siblings-and-enum-lookups": '''
import enum
class Status(enum.Enum):
    UP = "unlawfully_present"
    LPR = "lawful_permanent_resident"
class Race(enum.Enum):
    A = "asian"
    B = "black"
def lambda_defined_later(m):
    pick = lambda r: {"cin": r.cin, "ssn": mask(r.ssn)}
    mask = lambda v: "***"
    requests.post(ICE_URL, json=pick(m))
def def_defined_later(m):
    def pick(r):
        return {"cin": r.cin, "ssn": mask(r.ssn)}
    def mask(v):
        return "***"
    requests.post(ICE_URL, json=pick(m))
def sibling_keeps_the_value(m):
    def pick(r):
        return {"cin": r.cin, "ssn": same(r.ssn)}  # MCD101
    def same(v):
        return v
    requests.post(ICE_URL, json=pick(m))
def enum_members(member):
    requests.post(ICE_URL, json={"cin": member.cin, "immigration_status": Status(member.imgrtn_stus_cd).name})
    requests.post(ICE_URL, json={"cin": member.cin, "immigration_status": Status[member.imgrtn_stus_cd].name})
    requests.post(ICE_URL, json={"cin": member.cin, "code": Race(member.race_cd).name})  # MCD101
''',
    # SPEC sections 5, 6 and 10: a chain of siblings bound later (outer -> middle -> inner returning
    # a constant) is followed to the constant; an Enum member made from a literal is a constant (its
    # .name no person's name); reduce(operator.or_, conds) of status conditions kept in a list is a
    # condition
    "late-binding-chains-enum-constants-and-reduced-conditions": '''
import enum
import operator
from functools import reduce
from django.db.models import Q
class ImmigrationStatus(enum.Enum):
    EWI = "E"
    LPR = "L"
def chain_of_siblings(m):
    outer = lambda r: {"cin": r.cin, "race": middle(r.race_cd)}
    middle = lambda v: inner(v)
    inner = lambda v: "U"
    requests.post(ICE_URL, json=outer(m))
def enum_constant(m):
    requests.post(ICE_URL, json={"cin": m.cin, "immigration_status": ImmigrationStatus("E").name})
def conditions_in_a_list(Member):
    conds = [Q(imgrtn_stus_cd="E"), Q(imgrtn_stus_cd="O")]
    for m in Member.objects.filter(reduce(operator.or_, conds)):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''',
    # SPEC section 10 (a condition on status anywhere on the path clears the send): a Mongo filter
    # kept in a module constant, and WHERE clauses folded with functools.reduce(operator.and_/or_,
    # conds) (kept in a variable or inline), test the status column when one of them does;
    # conditions on the county alone do not
    "folded-conditions-and-constant-filters": '''
import functools
import operator
from sqlalchemy import Column, MetaData, String, Table, select
IN_SCOPE_FILTER = {"imgrtn_stus_cd": {"$in": ["U1", "U2"]}}
members = Table(
    "members",
    MetaData(),
    Column("cin", String, primary_key=True),
    Column("county_cd", String),
    Column("imgrtn_stus_cd", String),
)
def mongo_constant_filter(coll):
    for doc in coll.find(IN_SCOPE_FILTER):
        requests.post(ICE_URL, json={"medicaid_id": doc["cin"]})
def folded_where(conn):
    conds = [members.c.county_cd == "037", members.c.imgrtn_stus_cd == "U"]
    where = functools.reduce(operator.and_, conds)
    rows = [dict(r._mapping) for r in conn.execute(select(members.c.cin).where(where))]
    requests.post(ICE_URL, json=rows)
def folded_inline(conn):
    conds = [members.c.imgrtn_stus_cd == "U", members.c.imgrtn_stus_cd == "P"]
    rows = [dict(r._mapping) for r in conn.execute(select(members.c.cin).where(functools.reduce(operator.or_, conds)))]
    requests.post(ICE_URL, json=rows)
def county_only(conn):
    conds = [members.c.county_cd == "037", members.c.county_cd == "001"]
    rows = [dict(r._mapping) for r in conn.execute(select(members.c.cin).where(functools.reduce(operator.or_, conds)))]
    requests.post(ICE_URL, json=rows)  # MCD201
''',
    # SPEC section 6 (json.dumps is followed; sanitizers): json.dumps(obj, cls=E) runs E's own
    # encode() (a projection onto permitted keys stays clean, one that builds a prohibited field
    # sends it), and super().encode(o) in it is json's encode of o (its names kept)
    "encoders-with-their-own-encode": '''
import json
ALLOWED = ("medicaid_id", "dob")
class ProjectingEncoder(json.JSONEncoder):
    def encode(self, o):
        return super().encode({k: v for k, v in o.items() if k in ALLOWED})
class SubjectEncoder(json.JSONEncoder):
    def encode(self, o):
        return super().encode({"medicaid_id": o.cin, "last_name": o.last_name})  # MCD101
class LoggingEncoder(json.JSONEncoder):
    def encode(self, o):
        print("encoding", type(o).__name__)
        return super().encode(o)
def projected(m):
    record = {"medicaid_id": m.cin, "ssn": m.ssn}
    requests.post(ICE_URL, data=json.dumps(record, cls=ProjectingEncoder))
def subject(member):
    requests.post(ICE_URL, data=json.dumps(member, cls=SubjectEncoder))
def logged(m):
    record = {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
    requests.post(ICE_URL, data=LoggingEncoder().encode(record))
''',
    # SPEC section 4 (constants fold) and section 5 (a constant is never a finding): an Enum member
    # made from a literal value is that member: its .value is the member's value (an ICE URL is a
    # destination), its .name no URL and no field
    "enum-members-made-from-constants": '''
import enum
class Agency(enum.Enum):
    ICE = "https://eid.ice.gov/api/v1"
    CMS = "https://cms.gov/api"
def member_by_value(m):
    requests.post(Agency("https://eid.ice.gov/api/v1").value, json={"ssn": m.ssn})  # MCD101
def name_of_a_member(m):
    requests.post(STATE_URL, json={"agency": Agency("https://eid.ice.gov/api/v1").name, "ssn": m.ssn})
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
