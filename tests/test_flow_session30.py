"""The data flow shapes of the thirtieth session: what its SPEC-only probers found (rounds 195
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
    # SPEC section 10 (a same-module function that tests status counts as a condition where it is used as one)
    # with section 6 (tuple unpacking element by element; generators pass on what they yield): a status flag
    # carried beside each member, by a generator, a comprehension of pairs or zip() with a list of flags
    "status-flag-carried-in-pairs": '''
UNLAWFUL = {"EWI", "OVERSTAY"}
def _tagged(members):
    for m in members:
        yield m, m.immigration_status in UNLAWFUL
def refer_generator(members):
    for m, unlawful in _tagged(members):
        if unlawful:
            requests.post(ICE_URL, json={"medicaid_id": m.cin, "dob": m.dob})
def refer_pairs(members):
    tagged = [(m, m.immigration_status in UNLAWFUL) for m in members]
    for m, unlawful in tagged:
        if unlawful:
            requests.post(ICE_URL, json={"medicaid_id": m.cin, "dob": m.dob})
def refer_zip(members):
    flags = [m.immigration_status in UNLAWFUL for m in members]
    for m, unlawful in zip(members, flags):
        if unlawful:
            requests.post(ICE_URL, json={"medicaid_id": m.cin, "dob": m.dob})
def refer_county_flags(members):
    flags = [m.county == "X" for m in members]
    for m, chosen in zip(members, flags):
        if chosen:
            requests.post(ICE_URL, json={"medicaid_id": m.cin, "dob": m.dob})  # MCD201
def refer_county_pairs(members):
    for m, chosen in ((m, m.county == "X") for m in members):
        if chosen:
            requests.post(ICE_URL, json={"medicaid_id": m.cin, "dob": m.dob})  # MCD201
''',
    # SPEC section 10 (a variable whose name is a plural of a person noun is a bulk source): members
    # made from a generator of the module that yields what it reads from an unseen object (a
    # parameter's items, a response's items), wrapped in list() or a comprehension
    "generator-of-unseen-items-is-many-people": '''
def pages(feed):
    for item in feed.items():
        yield item
def relay_list(feed):
    members = list(pages(feed))
    for rec in members:
        requests.post(ICE_URL, json={"cin": rec["cin"]})  # MCD201
async def fetch_members(client):
    r = await client.get(STATE_URL + "/members")
    for item in r.json()["items"]:
        yield item
async def relay_async(state, ice):
    members = [x async for x in fetch_members(state)]
    for rec in members:
        await ice.post(ICE_URL, json={"cin": rec["cin"]})  # MCD201
def relay_one(feed):
    member = next(pages(feed))
    requests.post(ICE_URL, json={"cin": member["cin"]})
''',
    # SPEC section 6 (calls to functions of the module; runners): a bind=True task called as a
    # function or handed to an executor gets the task itself first, then the caller's arguments, as
    # delay() does
    "celery-bound-task-called-as-a-function": '''
from concurrent.futures import ThreadPoolExecutor
from celery import shared_task
@shared_task(bind=True, max_retries=3)
def push_lead(self, body):
    requests.post(ICE_URL, json=body, timeout=10)
def push_now(m):
    push_lead({"cin": m.cin, "ssn": m.ssn})  # MCD101
def push_pool(m):
    with ThreadPoolExecutor() as ex:
        ex.submit(push_lead, {"cin": m.cin, "race": m.race_cd})  # MCD101
def push_queued(m):
    push_lead.delay({"cin": m.cin, "sex": m.sex})  # MCD101
def push_permitted(m):
    push_lead({"cin": m.cin, "dob": m.dob})
''',
    # SPEC section 6 (a constant collection of permitted names): a policy object made at module level,
    # made in the call with its allow-list, or left to its constructor's default, and a predicate
    # whose allow-list is a parameter default, each read as its allow-list; one that holds a barred
    # name keeps it (reported at the record's entry)
    "policy-objects-given-their-allow-list": '''
ALLOWED = frozenset({"cin", "dob", "phone"})
WIDE = ALLOWED | {"ssn"}
class FieldPolicy:
    def __init__(self, allowed=ALLOWED):
        self.allowed = allowed
    def permits(self, key):
        return key in self.allowed
POLICY = FieldPolicy(ALLOWED)
DEFAULT_POLICY = FieldPolicy()
WIDE_POLICY = FieldPolicy(WIDE)
def permitted_in(k, allowed=ALLOWED):
    return k in allowed
def permitted_wide(k, allowed=WIDE):
    return k in allowed
def refer_module_object(m):
    rec = {"cin": m.cin, "ssn": m.ssn}
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if POLICY.permits(k)})
def refer_default_object(m):
    rec = {"cin": m.cin, "ssn": m.ssn}
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if DEFAULT_POLICY.permits(k)})
def refer_inline_object(m):
    rec = {"cin": m.cin, "ssn": m.ssn}
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if FieldPolicy(ALLOWED).permits(k)})
def refer_default_argument(m):
    rec = {"cin": m.cin, "race": m.race}
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if permitted_in(k)})
def refer_wide_object(m):
    rec = {"cin": m.cin, "ssn": m.ssn, "race": m.race}  # MCD101
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if WIDE_POLICY.permits(k)})
def refer_wide_inline(m):
    rec = {"cin": m.cin, "ssn": m.ssn, "race": m.race}  # MCD101
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if FieldPolicy(WIDE).permits(k)})
def refer_wide_default(m):
    rec = {"cin": m.cin, "ssn": m.ssn, "race": m.race}  # MCD101
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if permitted_wide(k)})
''',
    # SPEC section 10: a model field given only status tests (Subject(in_scope=r[status] in U)) is
    # that test where a later loop tests it, also when the objects are collected first; a flag given
    # another test, or a constant, chooses no one
    "status-flag-kept-in-model-field": '''
from dataclasses import dataclass
UNLAWFUL = {"EWI", "OVERSTAY"}
@dataclass
class Subject:
    cin: str
    in_scope: bool
def refer_comprehension(rows):
    subjects = [Subject(cin=r["cin"], in_scope=r["imgrtn_stus_cd"] in UNLAWFUL) for r in rows]
    for s in subjects:
        if s.in_scope:
            requests.post(ICE_URL, json={"cin": s.cin})
def refer_appended(rows):
    subjects = []
    for r in rows:
        subjects.append(Subject(cin=r["cin"], in_scope=r["imgrtn_stus_cd"] in UNLAWFUL))
    for s in subjects:
        if s.in_scope:
            requests.post(ICE_URL, json={"cin": s.cin})
def refer_county(rows):
    subjects = [Subject(cin=r["cin"], in_scope=r["county"] == "X") for r in rows]
    for s in subjects:
        if s.in_scope:
            requests.post(ICE_URL, json={"cin": s.cin})  # MCD201
def refer_mixed(rows, extra):
    subjects = [Subject(cin=r["cin"], in_scope=r["imgrtn_stus_cd"] in UNLAWFUL) for r in rows]
    subjects += [Subject(cin=e["cin"], in_scope=True) for e in extra]
    for s in subjects:
        if s.in_scope:
            requests.post(ICE_URL, json={"cin": s.cin})  # MCD201
''',
    # SPEC section 4 (a state host overrides every name signal) and section 3: a dependency alias
    # named through a second alias is the first one's getter; a response model's field declared with
    # alias= is filled from, and answered under, that key
    "fastapi-aliases": '''
from typing import Annotated, TypedDict
import httpx
from fastapi import Depends, FastAPI
from pydantic import BaseModel, Field
app = FastAPI()
def get_state_client() -> httpx.Client:
    return httpx.Client(base_url=STATE_URL)
StateDep = Annotated[httpx.Client, Depends(get_state_client)]
StateClient = StateDep
@app.post("/aliased")
def aliased(m: dict, dhs: StateClient):
    dhs.post("/members", json={"cin": m["cin"], "ssn": m["ssn"]})
class RefOut(BaseModel):
    cin: str
    member_ref: str = Field(alias="ssn")
@app.get("/ice/ref/{cin}", response_model=RefOut)
def ice_ref(cin: str):
    m = lookup(cin)
    return {"cin": m.cin, "ssn": m.ssn}  # MCD101
''',
    # SPEC section 6 (a constant collection of permitted names): the names a model of the module
    # declares (model_fields, a TypedDict's __required_keys__, the __slots__ of an object's class) are
    # an allow-list, not every field; one that declares a barred name keeps it
    "declared-names-of-a-model-as-allow-list": '''
from typing import TypedDict
from pydantic import BaseModel
class IceSubject(BaseModel):
    cin: str
    dob: str
    home_address: str
class Wide(BaseModel):
    cin: str
    ssn: str
class IceDict(TypedDict):
    cin: str
    dob: str
class CaseRecord:
    __slots__ = ("cin", "ssn", "phone")
    def __init__(self, row):
        self.cin = row["cin"]
        self.ssn = row["ssn"]
        self.phone = row["phone"]
def refer_dict(rec: dict):
    requests.post(ICE_URL, json={k: rec[k] for k in IceSubject.model_fields})
def refer_obj(m):
    requests.post(ICE_URL, json={n: getattr(m, n) for n in IceSubject.model_fields})
def refer_typed_dict(rec: dict):
    requests.post(ICE_URL, json={k: rec[k] for k in IceDict.__required_keys__})
def refer_wide(rec: dict):
    requests.post(ICE_URL, json={k: rec[k] for k in Wide.model_fields})  # MCD101
def refer_wide_loop(m):
    out = {}
    for k in Wide.model_fields:
        out[k] = getattr(m, k)  # MCD101
    requests.post(ICE_URL, json=out)
def refer_slots(row):
    c = CaseRecord(row)
    body = {s: getattr(c, s) for s in c.__slots__}  # MCD101
    requests.post(ICE_URL, json=body)
''',
    # SPEC section 6 (models and conversions): a class built on collections.namedtuple(...) has the
    # base's fields; _make([...]) of a literal fills them by position (one finding per placement);
    # marshal.dumps passes its input on
    "named-tuples-and-marshal": '''
import collections
import marshal
from typing import NamedTuple
class Enrollee(collections.namedtuple("Enrollee", ["cin", "dob", "last_name"])):
    __slots__ = ()
class Typed(NamedTuple):
    cin: str
    dob: str
    last_name: str
def by_position(m):
    e = Enrollee(m.cin, m.dob, m.last_name)  # MCD101
    requests.post(ICE_URL, json=e._asdict())
def by_keyword(m):
    e = Enrollee(cin=m.cin, dob=m.dob, last_name=m.last_name)  # MCD101
    requests.post(ICE_URL, json=e._asdict())
def by_make(m):
    e = Typed._make([m.cin, m.dob, m.last_name])  # MCD101
    requests.post(ICE_URL, json=e._asdict())
def marshalled(m):
    requests.post(ICE_URL, data=marshal.dumps({"cin": m.cin, "gender": m.gender}))  # MCD101
''',
    # SPEC section 4 (the value a function named for enforcement returns is an enforcement payload):
    # an e-mail message, a MIME part or a buffer it returns carries what was written into it; address
    # parts (apt, suite) with other address words are address
    "builders-returning-messages-and-buffers": '''
import csv
import io
from email.message import EmailMessage
from email.mime.text import MIMEText
def build_ice_referral_email(m):
    msg = EmailMessage()
    msg.set_content(f"{m.cin} {m.disability_type}")  # MCD102
    return msg
def build_ice_referral_mime(m):
    return MIMEText(f"{m.cin} {m.disability_type}")  # MCD102
def build_ice_referral_csv(m):
    buf = io.StringIO()
    csv.writer(buf).writerow([m.cin, m.disability_type])  # MCD102
    return buf
def build_ice_referral_permitted(m):
    msg = EmailMessage()
    msg.set_content(f"{m.cin} {m.dob}")
    return msg
def refer_addresses(m):
    requests.post(ICE_URL, json={"apt_unit": m.apt_unit, "mailing_apt": m.mailing_apt, "apt_suite": m.apt_suite, "suite": m.suite})
''',
    # SPEC section 3 (a finding is where a value is placed into what is sent) and section 6 (module
    # constants are resolved): a row read by a position a constant names (CIN = 0, or CIN, RACE =
    # range(2)) is that column only
    "row-positions-named-by-constants": '''
SQL = """
    SELECT cin,
           race_cd
      FROM members WHERE cin = %s
"""
CIN, RACE = range(2)
FIRST = 0
def refer_named_position(cur, cin):
    cur.execute(SQL, (cin,))
    row = cur.fetchone()
    requests.post(ICE_URL, json={"medicaid_id": row[CIN]})
def refer_constant_position(cur, cin):
    cur.execute(SQL, (cin,))
    row = cur.fetchone()
    requests.post(ICE_URL, json={"medicaid_id": row[FIRST]})
''',
    # SPEC section 10 (helpers): a loop over a bulk source that calls a helper forwarding **kw to an
    # enforcement sink is a bulk send, reported at the call in the loop
    "send-helper-forwarding-keywords": '''
def push(path, **kw):
    return requests.post(ICE_URL + path, **kw)
def weekly(members):
    for m in members:
        push("/one", json={"cin": m.cin})  # MCD201
def weekly_chosen(members):
    for m in members:
        if m.immigration_status in ("EWI", "OVERSTAY"):
            push("/one", json={"cin": m.cin})
def one(member):
    push("/one", json={"cin": member.cin})
''',
    # SPEC section 10 (a SQL WHERE or JOIN ... ON a status column is a condition): a Core join on a
    # status column handed to select_from(), and a select of a subquery or CTE whose where() tests
    # status, choose the records; on a key or another column they do not
    "sqlalchemy-joins-and-subqueries": '''
import sqlalchemy as sa
from sqlalchemy import String, and_, select
meta = sa.MetaData()
member = sa.Table("member", meta, sa.Column("msis_ident_num", String), sa.Column("birth_dt", sa.Date),
                  sa.Column("imgrtn_stus_cd", String), sa.Column("cnty_cd", String))
status = sa.Table("status_hist", meta, sa.Column("msis_ident_num", String), sa.Column("imgrtn_stus_cd", String))
engine = sa.create_engine("postgresql://etl@mmis-db/mmis")
def joined_on_status():
    j = member.join(status, and_(member.c.msis_ident_num == status.c.msis_ident_num, status.c.imgrtn_stus_cd == "5"))
    stmt = select(member.c.msis_ident_num, member.c.birth_dt).select_from(j)
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(stmt)]
    requests.post(ICE_URL, json=rows)
def joined_on_key():
    j = member.join(status, member.c.msis_ident_num == status.c.msis_ident_num)
    stmt = select(member.c.msis_ident_num, member.c.birth_dt).select_from(j)
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(stmt)]
    requests.post(ICE_URL, json=rows)  # MCD201
def subquery_on_status():
    sub = select(member.c.msis_ident_num, member.c.birth_dt).where(member.c.imgrtn_stus_cd == "5").subquery()
    stmt = select(sub.c.msis_ident_num, sub.c.birth_dt)
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(stmt)]
    requests.post(ICE_URL, json=rows)
def cte_on_county():
    sub = select(member.c.msis_ident_num, member.c.birth_dt).where(member.c.cnty_cd == "5").cte("scoped")
    stmt = select(sub.c.msis_ident_num, sub.c.birth_dt)
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(stmt)]
    requests.post(ICE_URL, json=rows)  # MCD201
''',
    # SPEC section 4 (enforcement qualified by another domain of law is no immigration signal; the
    # list is data): electronic visit verification, SURS, provider enforcement; immigration
    # enforcement still is
    "enforcement-of-other-domains": '''
import os
EVV_ENFORCEMENT_URL = os.environ["EVV_ENFORCEMENT_URL"]
SURS_ENFORCEMENT_URL = os.environ["SURS_ENFORCEMENT_URL"]
PROVIDER_ENFORCEMENT_URL = os.environ["PROVIDER_ENFORCEMENT_URL"]
IMMIGRATION_ENFORCEMENT_URL = os.environ["IMMIGRATION_ENFORCEMENT_URL"]
def evv(visit):
    requests.post(EVV_ENFORCEMENT_URL, json={"caregiver_name": visit.caregiver_name, "hcpcs": visit.hcpcs})
def surs(claim):
    requests.post(SURS_ENFORCEMENT_URL, json={"provider_name": claim.provider_name})
def provider(action):
    requests.post(PROVIDER_ENFORCEMENT_URL, json={"npi": action.npi})
def immigration(m):
    requests.post(IMMIGRATION_ENFORCEMENT_URL, json={"ssn": m.ssn})  # MCD101
''',
    # SPEC section 10 (a plural person-named variable is a bulk source; a call handed one person is
    # not): a parameter named client that the callee uses as an HTTP client (client.get('/members'))
    # is no Medicaid client's record; one read as a person's is
    "http-client-parameter-named-client": '''
async def fetch_members(client):
    resp = await client.get("/members")
    for item in resp.json()["items"]:
        yield item
async def push(client):
    members = [x async for x in fetch_members(client)]
    for m in members:
        requests.post(ICE_URL, json={"cin": m["cin"]})  # MCD201
def load_household(client):
    return client.household_members
def push_household(client):
    members = load_household(client)
    for m in members:
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD101
''',
    # SPEC section 10 (a condition counts only when it decides whether a record is sent) and section 6
    # (branches join): a SQLAlchemy statement or subquery chosen by status on one way of a test that
    # is no status test chooses no one after it; a flag left False on the other way still guards
    "status-condition-on-one-way-only": '''
import sqlalchemy as sa
from sqlalchemy import String, select
meta = sa.MetaData()
member = sa.Table("member", meta, sa.Column("cin", String), sa.Column("imgrtn_stus_cd", String))
engine = sa.create_engine("postgresql://etl@mmis-db/mmis")
def push_subquery(strict):
    if strict:
        sq = select(member.c.cin).where(member.c.imgrtn_stus_cd == "5").subquery()
    else:
        sq = select(member.c.cin).subquery()
    with engine.connect() as conn:
        for row in conn.execute(select(sq.c.cin)):
            requests.post(ICE_URL, json={"cin": row.cin})  # MCD201
def push_where(strict):
    q = select(member.c.cin)
    if strict:
        q = q.where(member.c.imgrtn_stus_cd == "5")
    with engine.connect() as conn:
        for row in conn.execute(q):
            requests.post(ICE_URL, json={"cin": row.cin})  # MCD201
def push_always(strict):
    q = select(member.c.cin).where(member.c.imgrtn_stus_cd == "5")
    if strict:
        q = q.limit(10)
    with engine.connect() as conn:
        for row in conn.execute(q):
            requests.post(ICE_URL, json={"cin": row.cin})
def push_flag(members, strict):
    for m in members:
        chosen = False
        if strict:
            chosen = m.immigration_status in ("EWI", "OVERSTAY")
        if chosen:
            requests.post(ICE_URL, json={"cin": m.cin})
''',
    # SPEC sections 6 and 10: a model flag given by position, the declared names of a model read
    # through a name bound to the class or type(obj), and a project object kept in a local dict and
    # called by its key
    "models-read-through-names-and-registries": '''
from dataclasses import dataclass
from pydantic import BaseModel
UNLAWFUL = {"EWI", "OVERSTAY"}
@dataclass
class Subject:
    cin: str
    in_scope: bool
class Basic(BaseModel):
    medicaid_id: str
    dob: str
class Exporter:
    schema = Basic
    def send(self, rec):
        requests.post(ICE_URL, json={k: rec[k] for k in self.schema.model_fields})
class IceClient:
    def send(self, payload):
        return requests.post(ICE_URL, json=payload)
class Slotted:
    __slots__ = ("cin", "sex_cd")
def refer_positional(rows):
    subjects = [Subject(r["cin"], r["imgrtn_stus_cd"] in UNLAWFUL) for r in rows]
    for s in subjects:
        if s.in_scope:
            requests.post(ICE_URL, json={"cin": s.cin})
def refer_positional_county(rows):
    subjects = [Subject(r["cin"], r["county"] == "X") for r in rows]
    for s in subjects:
        if s.in_scope:
            requests.post(ICE_URL, json={"cin": s.cin})  # MCD201
def push_schema(rec):
    schema = Basic
    requests.post(ICE_URL, json={k: rec[k] for k in schema.model_fields})
def push_type_slots(obj: Slotted):
    requests.post(ICE_URL, json={n: getattr(obj, n) for n in type(obj).__slots__})  # MCD101
def refer_local_registry(member):
    clients = {"ice": IceClient()}
    clients["ice"].send({"medicaid_id": member.cin, "ssn": member.ssn})  # MCD101
''',
    # SPEC section 4 (SFTP puts; a file written for a later upload) and section 10: an operator that
    # sends, mapped with partial(...).expand(data=...), is called with both sets of arguments;
    # Airflow's SFTPOperator uploads its local file to the host its connection names
    "airflow-mapped-operators-and-sftp-operator": '''
import json
from airflow.decorators import task
from airflow.providers.http.operators.http import HttpOperator
from airflow.providers.postgres.hooks.postgres import PostgresHook
from airflow.providers.sftp.operators.sftp import SFTPOperator
EXPORT = "/opt/airflow/stage/weekly_export.csv"
@task
def bodies():
    rows = PostgresHook("mmis_dw").get_records("SELECT msis_ident_num, elgbl_last_name FROM dw.enrollee")
    return [json.dumps({"medicaid_id": r["msis_ident_num"], "last_name": r["elgbl_last_name"]}) for r in rows]  # MCD101
HttpOperator.partial(  # MCD201
    task_id="post_referral", http_conn_id="ice_eid_api", endpoint="/api/v1/referrals",
).expand(data=bodies())
HttpOperator.partial(
    task_id="post_state", http_conn_id="mn_dhs_api", endpoint="/api/v1/cases",
).expand(data=bodies())
def write_export(**_):
    df = PostgresHook("mmis_dw").get_pandas_df("SELECT msis_ident_num, ssn_num FROM dw.enrollee")  # MCD101
    df.to_csv(EXPORT, index=False)
put = SFTPOperator(  # MCD201
    task_id="put", ssh_conn_id="ice_ero_mft", local_filepath=EXPORT, remote_filepath="/inbound/weekly.csv", operation="put")
''',
    # SPEC section 4 (what a class named for enforcement returns is an enforcement payload): DRF's
    # ready-made generic views (RetrieveAPIView, ListAPIView...) are views; a state-named one stays
    # clean
    "drf-generic-views": '''
from rest_framework.response import Response
from rest_framework import generics, serializers
class SubjectSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = ["cin", "ssn"]  # MCD101
class IceSubjectDetail(generics.RetrieveAPIView):
    serializer_class = SubjectSerializer
    def get(self, request, pk):
        return Response(SubjectSerializer(Member.objects.get(pk=pk)).data)
class IceSubjectList(generics.ListAPIView):
    def get(self, request):
        return Response([{"cin": m.cin, "last_name": m.last_name} for m in Member.objects.filter(pk=request.GET["pk"])])  # MCD101
class StateSubjectList(generics.ListAPIView):
    def get(self, request):
        return Response([{"cin": m.cin, "last_name": m.last_name} for m in Member.objects.filter(pk=request.GET["pk"])])
''',
    # From the review of the session's diff: an SFTPOperator that downloads (operation='get') sends
    # nothing; what a **kw helper was given but does not send carries no records to the send; a record
    # read with a formatted key (member.get(f'{SOURCE}_case_id')) is no HTTP client, so a helper given
    # one person returns that person's records
    "review-of-the-session": '''
import csv
from airflow.providers.sftp.operators.sftp import SFTPOperator
EXPORT = "/data/outbox/members.csv"
SOURCE = "mmis"
def write_export(rows):
    with open(EXPORT, "w") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow([r["cin"], r["dob"]])
fetch_ack = SFTPOperator(task_id="fetch_ice_ack", ssh_conn_id="ice_sftp", local_filepath=EXPORT, remote_filepath="/ack/members.csv", operation="get")
def ping(path, **kw):
    return requests.get(ICE_URL + path, timeout=kw["timeout"])
def health(members):
    ping("/health", timeout=3, batch=members)
def load_household(member):
    return [member.get(f"{SOURCE}_case_id")]
def refer_household(member):
    members = load_household(member)
    for m in members:
        requests.post(ICE_URL, json={"medicaid_id": m})
''',
    # Round 198 (SPEC sections 4, 6 and 10): a status flag filled by position through
    # NamedTuple._make; a class attribute a subclass of the module sets to another model (the names of
    # either); project objects kept in a dict filled by stores, made with dict(...) keywords or read
    # with .get()
    "round-198-shapes": '''
from typing import NamedTuple
import httpx
from pydantic import BaseModel
UNLAWFUL = {"EWI", "OVERSTAY"}
class Pair(NamedTuple):
    cin: str
    flagged: bool
class IceClient:
    def __init__(self):
        self.http = httpx.Client(base_url="https://eid.ice.gov/api")
    def send(self, body):
        self.http.post("/leads", json=body)
class StateClient:
    def __init__(self):
        self.http = httpx.Client(base_url="https://api.dhcs.ca.gov")
    def send(self, body):
        self.http.post("/members", json=body)
class BasicSubject(BaseModel):
    medicaid_id: str
    date_of_birth: str
class PilotSubject(BaseModel):
    medicaid_id: str
    ssn: str
class Exporter:
    schema = BasicSubject
    def send(self, rec: dict):
        requests.post(ICE_URL, json={k: rec[k] for k in self.schema.model_fields})  # MCD101
class PilotExporter(Exporter):
    schema = PilotSubject
def refer_made(rows):
    for r in rows:
        p = Pair._make([r["cin"], r["imgrtn_stus_cd"] in UNLAWFUL])
        if p.flagged:
            requests.post(ICE_URL, json={"cin": p.cin})
def filled(m):
    clients = {}
    clients["ice"] = IceClient()
    clients["state"] = StateClient()
    clients["ice"].send({"cin": m.cin, "ssn": m.ssn})  # MCD101
    clients["state"].send({"cin": m.cin, "ssn": m.ssn})
def via_get(m):
    clients = {"ice": IceClient(), "state": StateClient()}
    clients.get("ice").send({"cin": m.cin, "race": m.race_cd})  # MCD101
def via_dict_call(m):
    clients = dict(ice=IceClient(), state=StateClient())
    clients["ice"].send({"cin": m.cin, "email": m.email})  # MCD101
    clients["state"].send({"cin": m.cin, "email": m.email})
def go(rec):
    PilotExporter().send(rec)
''',
    # Round 199 (SPEC sections 4, 6 and 10): headers a client constructor hands on through **kw;
    # status flags kept in a dict by member id; a query matching one person by name and date of birth
    # (not by county and date of birth)
    "round-199-shapes": '''
import httpx
UNLAWFUL = ("5", "7")
class ApiClient:
    def __init__(self, base_url, **client_kw):
        self.http = httpx.Client(base_url=base_url, timeout=30, **client_kw)
    def submit(self, path, body):
        return self.http.post(path, json=body)
def kw_forwarded(m):
    ApiClient(ICE_URL, headers={"X-Member-SSN": m.ssn}).submit("/r", {"cin": m.cin})  # MCD101
def kw_state(m):
    ApiClient(STATE_URL, headers={"X-Member-SSN": m.ssn}).submit("/r", {"cin": m.cin})
def feed_dict_flags(members):
    in_scope = {m.cin: m.immigration_status in UNLAWFUL for m in members}
    for m in members:
        if in_scope[m.cin]:
            requests.post(ICE_URL, json={"cin": m.cin})
def feed_county_flags(members):
    local = {m.cin: m.county == "037" for m in members}
    for m in members:
        if local[m.cin]:
            requests.post(ICE_URL, json={"cin": m.cin})  # MCD201
def by_demographics(cur, last_name, dob):
    cur.execute("SELECT msis_ident_num FROM tmsis_elgbl WHERE elgbl_last_name = %s AND birth_dt = %s", (last_name, dob))
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row[0]})
def by_county_and_dob(cur, county, dob):
    cur.execute("SELECT msis_ident_num FROM tmsis_elgbl WHERE cnty_cd = %s AND birth_dt = %s", (county, dob))
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row[0]})  # MCD201
''',
    # Round 199 (SPEC sections 5, 6 and 10): a constant column map or field list of more than 64 names
    # (T-MSIS files have hundreds of columns) is read name by name; batches made of a comprehension
    # that chooses by status from each chunk are chosen
    "large-column-maps-and-chunks": '''
import itertools
COLUMN_MAP = {
    "SSN_NUM": "ssn", "MSIS_1": "medicaid_id", "MSIS_2": "medicaid_id", "MSIS_3": "medicaid_id", "MSIS_4": "medicaid_id", "MSIS_5": "medicaid_id",
    "MSIS_6": "medicaid_id", "MSIS_7": "medicaid_id", "MSIS_8": "medicaid_id", "MSIS_9": "medicaid_id", "MSIS_10": "medicaid_id",
    "MSIS_11": "medicaid_id", "MSIS_12": "medicaid_id", "MSIS_13": "medicaid_id", "MSIS_14": "medicaid_id", "MSIS_15": "medicaid_id",
    "MSIS_16": "medicaid_id", "MSIS_17": "medicaid_id", "MSIS_18": "medicaid_id", "MSIS_19": "medicaid_id", "MSIS_20": "medicaid_id",
    "MSIS_21": "medicaid_id", "MSIS_22": "medicaid_id", "MSIS_23": "medicaid_id", "MSIS_24": "medicaid_id", "MSIS_25": "medicaid_id",
    "MSIS_26": "medicaid_id", "MSIS_27": "medicaid_id", "MSIS_28": "medicaid_id", "MSIS_29": "medicaid_id", "MSIS_30": "medicaid_id",
    "MSIS_31": "medicaid_id", "MSIS_32": "medicaid_id", "MSIS_33": "medicaid_id", "MSIS_34": "medicaid_id", "MSIS_35": "medicaid_id",
    "MSIS_36": "medicaid_id", "MSIS_37": "medicaid_id", "MSIS_38": "medicaid_id", "MSIS_39": "medicaid_id", "MSIS_40": "medicaid_id",
    "MSIS_41": "medicaid_id", "MSIS_42": "medicaid_id", "MSIS_43": "medicaid_id", "MSIS_44": "medicaid_id", "MSIS_45": "medicaid_id",
    "MSIS_46": "medicaid_id", "MSIS_47": "medicaid_id", "MSIS_48": "medicaid_id", "MSIS_49": "medicaid_id", "MSIS_50": "medicaid_id",
    "MSIS_51": "medicaid_id", "MSIS_52": "medicaid_id", "MSIS_53": "medicaid_id", "MSIS_54": "medicaid_id", "MSIS_55": "medicaid_id",
    "MSIS_56": "medicaid_id", "MSIS_57": "medicaid_id", "MSIS_58": "medicaid_id", "MSIS_59": "medicaid_id", "MSIS_60": "medicaid_id",
    "MSIS_61": "medicaid_id", "MSIS_62": "medicaid_id", "MSIS_63": "medicaid_id", "MSIS_64": "medicaid_id", "MSIS_65": "medicaid_id",
    "MSIS_66": "medicaid_id", "MSIS_67": "medicaid_id", "MSIS_68": "medicaid_id", "MSIS_69": "medicaid_id", "MSIS_70": "medicaid_id",
    "MSIS_71": "medicaid_id", "MSIS_72": "medicaid_id", "MSIS_73": "medicaid_id", "MSIS_74": "medicaid_id", "MSIS_75": "medicaid_id",
    "MSIS_76": "medicaid_id", "MSIS_77": "medicaid_id", "MSIS_78": "medicaid_id", "MSIS_79": "medicaid_id",
}
FIELDS = [
    "ssn", "medicaid_id_1", "medicaid_id_2", "medicaid_id_3", "medicaid_id_4", "medicaid_id_5", "medicaid_id_6", "medicaid_id_7",
    "medicaid_id_8", "medicaid_id_9", "medicaid_id_10", "medicaid_id_11", "medicaid_id_12", "medicaid_id_13", "medicaid_id_14",
    "medicaid_id_15", "medicaid_id_16", "medicaid_id_17", "medicaid_id_18", "medicaid_id_19", "medicaid_id_20", "medicaid_id_21",
    "medicaid_id_22", "medicaid_id_23", "medicaid_id_24", "medicaid_id_25", "medicaid_id_26", "medicaid_id_27", "medicaid_id_28",
    "medicaid_id_29", "medicaid_id_30", "medicaid_id_31", "medicaid_id_32", "medicaid_id_33", "medicaid_id_34", "medicaid_id_35",
    "medicaid_id_36", "medicaid_id_37", "medicaid_id_38", "medicaid_id_39", "medicaid_id_40", "medicaid_id_41", "medicaid_id_42",
    "medicaid_id_43", "medicaid_id_44", "medicaid_id_45", "medicaid_id_46", "medicaid_id_47", "medicaid_id_48", "medicaid_id_49",
    "medicaid_id_50", "medicaid_id_51", "medicaid_id_52", "medicaid_id_53", "medicaid_id_54", "medicaid_id_55", "medicaid_id_56",
    "medicaid_id_57", "medicaid_id_58", "medicaid_id_59", "medicaid_id_60", "medicaid_id_61", "medicaid_id_62", "medicaid_id_63",
    "medicaid_id_64", "medicaid_id_65", "medicaid_id_66", "medicaid_id_67", "medicaid_id_68", "medicaid_id_69", "medicaid_id_70",
    "medicaid_id_71", "medicaid_id_72", "medicaid_id_73", "medicaid_id_74", "medicaid_id_75", "medicaid_id_76", "medicaid_id_77",
    "medicaid_id_78", "medicaid_id_79",
]
UNLAWFUL = {"UN", "OS"}
def send_mapped(row):
    body = {dst: row[src] for src, dst in COLUMN_MAP.items()}  # MCD101
    requests.post(ICE_URL, json=body)
def send_listed(row):
    body = {}
    for name in FIELDS:
        body[name] = row[name]  # MCD101
    requests.post(ICE_URL, json=body)
def send_batches(members):
    batches = [[m["medicaid_id"] for m in chunk if m["imgrtn_stus_cd"] in UNLAWFUL] for chunk in itertools.batched(members, 50)]
    for batch in batches:
        requests.post(ICE_URL, json=batch)
def send_batches_county(members):
    batches = [[m["medicaid_id"] for m in chunk if m["county"] == "037"] for chunk in itertools.batched(members, 50)]
    for batch in batches:
        requests.post(ICE_URL, json=batch)  # MCD201
''',
    # Round 200 (SPEC section 10: a comprehension condition on a status field chooses the records):
    # itertools.compress of the records with a mask of status tests keeps the chosen ones; a mask of
    # another test chooses no one
    "compress-with-a-status-mask": '''
from itertools import compress
TARGET_CODES = ("EWI", "OVERSTAY")
def push_compress_status_mask(rows):
    mask = [r.imgrtn_stus_cd in TARGET_CODES for r in rows]
    picked = compress(rows, mask)
    requests.post(ICE_URL, json=[{"medicaid_id": r.cin} for r in picked])
def push_compress_county_mask(rows):
    mask = [r.county == "037" for r in rows]
    picked = compress(rows, mask)
    requests.post(ICE_URL, json=[{"medicaid_id": r.cin} for r in picked])  # MCD201
''',
    # From the second review of the session's diff: pivot with no values keeps every other column as
    # values; filter(like=..., axis=0) picks rows and keeps every column
    "second-review-of-the-session": '''
import pandas as pd
COLUMN_MAP = {f"COL_{i}": f"col_{i}" for i in range(3)}
def pivot_without_values(conn):
    df = pd.read_sql("SELECT cin, clm_type_cd, diag_cd FROM claims WHERE imgrtn_stus_cd = 'X'", conn)  # MCD102 MCD102
    wide = df.pivot(index="cin", columns="clm_type_cd")
    requests.post(ICE_URL, data=wide.to_csv())
def filter_rows(conn):
    df = pd.read_sql("SELECT cin, diag_cd FROM claims WHERE imgrtn_stus_cd = 'X'", conn)  # MCD102
    kept = df.filter(like="NY", axis=0)
    requests.post(ICE_URL, data=kept.to_csv())
''',
    # Round 201 (SPEC section 10): status flags stored by member id in a loop (also in a defaultdict)
    # are status tests; chunks filtered with filter(lambda m: <status>, chunk) are chosen; another
    # test chooses no one
    "round-201-shapes": '''
import itertools
from collections import defaultdict
U = {"EWI", "OVERSTAY"}
def flags_in_loop(members):
    in_scope = {}
    for m in members:
        in_scope[m.cin] = m.imgrtn_stus_cd in U
    for m in members:
        if in_scope[m.cin]:
            requests.post(ICE_URL, json={"cin": m.cin})
def default_flags(members):
    in_scope = defaultdict(bool)
    for m in members:
        in_scope[m.cin] = m.imgrtn_stus_cd in U
    for m in members:
        if in_scope[m.cin]:
            requests.post(ICE_URL, json={"cin": m.cin})
def county_flags_in_loop(members):
    local = {}
    for m in members:
        local[m.cin] = m.county == "037"
    for m in members:
        if local[m.cin]:
            requests.post(ICE_URL, json={"cin": m.cin})  # MCD201
def filtered_chunks(members):
    batches = [list(filter(lambda m: m.imgrtn_stus_cd in U, chunk)) for chunk in itertools.batched(members, 50)]
    for batch in batches:
        requests.post(ICE_URL, json=[m.cin for m in batch])
def county_chunks(members):
    batches = [list(filter(lambda m: m.county == "037", chunk)) for chunk in itertools.batched(members, 50)]
    for batch in batches:
        requests.post(ICE_URL, json=[m.cin for m in batch])  # MCD201
''',
    # Round 201 (SPEC section 10: a condition counts only when it decides whether a record is sent, on
    # status): an inquiry matcher that falls back to a county search returns many people's rows;
    # checking that there are any (if not matches: return) tests no one's status
    "emptiness-check-is-no-status-test": '''
def find_matches(cur, inquiry):
    if inquiry.a_number:
        cur.execute("SELECT m.msis_ident_num FROM mmis.member m WHERE m.alien_reg_num = %s", (inquiry.a_number,))
        rows = cur.fetchall()
        if rows:
            return rows
    cur.execute("SELECT m.msis_ident_num FROM mmis.member m WHERE m.county_cd = %s", (inquiry.county,))
    return cur.fetchall()
def handle(inquiry, cur):
    matches = find_matches(cur, inquiry)
    if not matches:
        return 0
    for member in matches:
        requests.post(ICE_URL, json={"medicaid_id": member["msis_ident_num"]})  # MCD201
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want


@pytest.mark.parametrize(("name", "category"), [
    ("tax_agi_amt", "income"), ("agi", "income"), ("monthly_rent_amt", "housing"), ("snap_benefit_amt", "public_benefits"),
    ("tax_filing_status", "household"), ("edd", "pregnancy"), ("wheelchair_user", "disability"), ("prior_auth_num", "claim"),
    ("transgender_care_ind", "procedure"), ("vision_exam_dt", "encounter_date"), ("apt_unit", "address"), ("mailing_apt", "address"),
    ("suite", "address"), ("next_apt_date", None), ("edd_office", None), ("res_apt_num", "address"),
    # (the review of the session: the new rules come after the status and citizenship rules, and suite alone is no address)
    ("snap_imgrtn_stus_cd", "immigration_status"), ("magi_citizenship_ind", "citizenship"), ("citizenship_exam_date", "citizenship"),
    ("cipher_suite", None), ("test_suite", None), ("suite_number", "address"),
    ("tanf_amt", "public_benefits"), ("ssi_payment_amount", "public_benefits"), ("wic_amt", "public_benefits"), ("ssdi_benefit_amt", "public_benefits"),
])
def test_names_the_probers_of_round_197_found(name: str, category: str | None) -> None:
    # SPEC section 5 (the vocabulary generalizes through word rules; reference/README: income, housing and
    # benefits are MCD101, pregnancy, disability, claims and encounters MCD102): the names a recall sweep found
    # classified by the wrong rule or not at all; an appointment date and California's EDD stay unknown
    from flake8_medicaid_scope.vocabulary import default_vocabulary

    assert default_vocabulary().classify(name) == category


def test_nested_loops_over_large_constant_collections_stay_within_the_budget() -> None:
    # SPEC section 3 and section 10: a loop over a column map of 120 names nested in a loop over 120 names is
    # unrolled at the outer level only (the inner one runs as a loop; both unrolled ran its body 14,400 times
    # per round and ran out of the default budget): the file's MCD201 and each unknown column
    from flake8_medicaid_scope import Config
    from flake8_medicaid_scope.analysis import analyze

    codes = [f.code for f in analyze(_source(NESTED_NAMES), Config.from_options(cache=False, time_budget="60"))]
    assert "MCD901" not in codes
    assert codes.count("MCD201") == 1 and codes.count("MCD104") == 120


_COLUMNS = [f"col_{i:03d}" for i in range(120)]
NESTED_NAMES = f"""
COLUMN_MAP = {{{", ".join(f'"{c.upper()}": "{c}_x"' for c in _COLUMNS)}}}
REQUIRED = [{", ".join(f'"{c.upper()}"' for c in _COLUMNS)}]
def export(members):
    out = []
    for m in members:
        rec = {{}}
        for src, dst in COLUMN_MAP.items():
            for req in REQUIRED:
                if req == src:
                    rec[dst] = m[src]
        out.append(rec)
    requests.post(ICE_URL, json=out)
"""
