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
    # SPEC section 3 (a header row of literals is constants; column lists are placements): a frame's
    # own columns given as DictWriter fieldnames or written as a header row are the names of its
    # columns, not a field named 'columns' (MCD104); the frame's columns are judged where they were
    # chosen, a whole frame where it was read
    "frame-columns-as-a-header": '''
import csv
import pandas as pd
SCOPE = ("5", "6")
def header_of_known_columns(path_in):
    df = pd.read_csv(path_in, usecols=["msis_ident_num", "birth_dt", "imgrtn_stus_cd"])
    df = df[df["imgrtn_stus_cd"].isin(SCOPE)]
    with open("/data/outbound/ero_weekly.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(df.columns))
        w.writeheader()
        w.writerows(df.to_dict("records"))
def header_row(path_in):
    df = pd.read_csv(path_in, usecols=["msis_ident_num", "birth_dt", "imgrtn_stus_cd"])
    df = df[df["imgrtn_stus_cd"].isin(SCOPE)]
    with open("/data/outbound/ice_list.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(df.columns.tolist())
        w.writerows(df.itertuples(index=False))
def a_prohibited_column_still_counts(path_in):
    df = pd.read_csv(path_in, usecols=["msis_ident_num", "ssn", "imgrtn_stus_cd"])  # MCD101
    df = df[df["imgrtn_stus_cd"].isin(SCOPE)]
    with open("/data/outbound/ero_weekly.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=df.columns)
        w.writeheader()
        w.writerows(df.to_dict("records"))
def a_whole_frame(path_in):
    df = pd.read_csv(path_in)  # MCD103
    df = df[df["imgrtn_stus_cd"].isin(SCOPE)]
    with open("/data/outbound/ero_weekly.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(df.columns))
        w.writeheader()
        w.writerows(df.to_dict("records"))
''',
    # SPEC section 6 (calls to functions of the same module, aliases followed): a static or class
    # method called through a variable bound to the class (builder = Shapes; builder.full(m)) runs
    # that method
    "static-method-through-a-class-in-a-variable": '''
class Shapes:
    @staticmethod
    def full(m):
        return {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
    @classmethod
    def basic(cls, m):
        return {"medicaid_id": m.cin, "dob": m.dob}
def via_alias(m):
    builder = Shapes
    requests.post(ICE_URL, json=builder.full(m))
def via_alias_basic(m):
    builder = Shapes
    requests.post(ICE_URL, json=builder.basic(m))
def via_alias_to_the_state(m):
    builder = Shapes
    requests.post(STATE_URL, json=builder.full(m))
''',
    # SPEC section 6 (sanitizers: the allow-list comprehension over rec.items()): the pair kept whole
    # and tested by its key (kv[0] in ALLOWED), in a generator or through filter(lambda kv: ...),
    # keeps only the allow-listed keys; a deny-list, a loose allow-list or a test of the value keeps
    # what it lets pass
    "allow-list-over-whole-pairs": '''
ALLOWED = ("cin", "dob", "phone")
LOOSE = ("cin", "ssn")
BLOCKED = ("ssn",)
def filtered_by_lambda(m):
    rec = {"cin": m.cin, "dob": m.dob, "ssn": m.ssn}
    body = dict(filter(lambda kv: kv[0] in ALLOWED, rec.items()))
    requests.post(ICE_URL, json=body)
def filtered_pairs(m):
    rec = {"cin": m.cin, "dob": m.dob, "ssn": m.ssn}
    body = dict(kv for kv in rec.items() if kv[0] in ALLOWED)
    requests.post(ICE_URL, json=body)
def denied_pairs(m):
    rec = {"cin": m.cin, "race": m.race, "ssn": m.ssn}  # MCD101
    body = dict(kv for kv in rec.items() if kv[0] not in BLOCKED)
    requests.post(ICE_URL, json=body)
def a_loose_allow_list(m):
    rec = {"cin": m.cin, "dob": m.dob, "ssn": m.ssn}  # MCD101
    body = dict(filter(lambda kv: kv[0] in LOOSE, rec.items()))
    requests.post(ICE_URL, json=body)
def a_test_of_the_value(m):
    rec = {"cin": m.cin, "ssn": m.ssn}  # MCD101
    body = dict(filter(lambda kv: kv[1] is not None, rec.items()))
    requests.post(ICE_URL, json=body)
''',
    # SPEC section 3 (one finding per placement): records read by one function and sent by another
    # that the module calls with them are reported where the caller's data placed each field (the SQL
    # column, the usecols entry), not again where the helper, run on its own with its parameter
    # unknown, puts it; a helper whose callers give it unknown records still places the field itself
    "read-by-one-function-sent-by-another": '''
import pandas as pd
SQL = (
    "SELECT msis_ident_num, "
    "sex_cd "  # MCD101
    "FROM tmsis_elgblty WHERE imgrtn_stus_cd = '5'"
)
def extract(cur):
    cur.execute(SQL)
    return cur.fetchall()
def push(rows):
    for cin, sex in rows:
        requests.post(ICE_URL, json={"medicaid_id": cin, "sex": sex})
def main(cur):
    push(extract(cur))
def load(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "imgrtn_stus_cd",
                                    "race_cd"])  # MCD101
    return df[df["imgrtn_stus_cd"] == "5"]
def push_frame(df):
    requests.post(ICE_URL, json=df[["msis_ident_num", "race_cd"]].to_dict("records"))
def flow(path):
    push_frame(load(path))
def post_one(row):
    requests.post(ICE_URL, json={"cin": row["cin"], "language": row["language"]})  # MCD101
def from_unknown_rows(rows):
    for row in rows:  # (rows: a caller's unknown records)
        if row["imgrtn_stus_cd"] == "5":
            post_one(row)
''',
    # SPEC section 4 (sinks) and docs/library.md test_doubles: a mocker a mocking decorator hands a
    # test (@requests_mock.Mocker() on the function or its class, @mock.patch) and a same-module
    # fixture that hands on the requests_mock fixture register fake answers and send nothing; a real
    # requests.post in such a test, and an undecorated parameter, still send
    "test-doubles-from-decorators-and-fixtures": '''
import unittest
from unittest import mock
import pytest
import requests_mock
@requests_mock.Mocker()
def test_refer(m):
    member = make_member()
    m.post(ICE_URL, json={"ssn": member.ssn, "dx": member.primary_dx})
@requests_mock.mock()
def test_refer_alias(m):
    m.post(ICE_URL, json={"name": make_member().full_name})
@requests_mock.Mocker()
class ReferralTests(unittest.TestCase):
    def test_refer(self, m):
        m.post(ICE_URL, json={"race": make_member().race})
@mock.patch("app.client.notify")
def test_patched(notify):
    notify.post(ICE_URL, json={"ssn": make_member().ssn})
@pytest.fixture
def ice_api(requests_mock):
    return requests_mock
@pytest.fixture
def mocked(requests_mock):
    requests_mock.real_http = False
    yield requests_mock
def test_fixture_renamed(ice_api, member):
    ice_api.post(ICE_URL, json={"ssn": member.ssn})
def test_fixture_yielded(mocked, member):
    mocked.post(ICE_URL, json={"dx": member.primary_dx})
@requests_mock.Mocker()
def test_the_real_send_is_still_one(m):
    member = make_member()
    requests.post(ICE_URL, json={"ssn": member.ssn})  # MCD101
def test_a_parameter_no_decorator_made(session, member):
    session.post(ICE_URL, json={"ssn": member.ssn})  # MCD101
''',
    # SPEC section 4 (URL resolution folds module and class constants; a resolved non-enforcement host
    # overrides every name signal): pydantic's HttpUrl/AnyHttpUrl made of a literal are that URL, an
    # ICE one a destination, an Illinois or Minnesota DHS one a state agency
    "pydantic-url-constructors": '''
import httpx
from pydantic import AnyHttpUrl, HttpUrl
from pydantic_settings import BaseSettings
GATEWAY_URL = HttpUrl("https://eid.ice.gov/api/v3/subjects")
DHS_ELIGIBILITY_URL = HttpUrl("https://eligibility.dhs.illinois.gov/api/v1/members")
class Settings(BaseSettings):
    gateway_url: HttpUrl = HttpUrl("https://eid.ice.gov/api/v3/subjects")
    dhs_url: AnyHttpUrl = AnyHttpUrl("https://mn-its.dhs.state.mn.us/api")
settings = Settings()
def refer(m):
    httpx.post(str(GATEWAY_URL), json={"ssn": m.ssn})  # MCD101
    httpx.post(str(settings.gateway_url), json={"race": m.race_cd})  # MCD101
def forward_to_state(m):
    httpx.post(str(DHS_ELIGIBILITY_URL), json={"ssn": m.ssn, "dx": m.primary_dx})
    httpx.post(str(settings.dhs_url), json={"ssn": m.ssn})
''',
    # SPEC section 4 (a client's base_url decides its sends): AsyncExitStack.enter_async_context gives
    # back the client it is handed, as ExitStack.enter_context does
    "async-exit-stack": '''
import contextlib
import httpx
async def refer_async_stack(m):
    async with contextlib.AsyncExitStack() as stack:
        c = await stack.enter_async_context(httpx.AsyncClient(base_url=ICE_URL))
        await c.post("/subjects", json={"cin": m.cin, "ssn": m.ssn})  # MCD101
async def sync_async_stack(m):
    async with contextlib.AsyncExitStack() as stack:
        c = await stack.enter_async_context(httpx.AsyncClient(base_url=STATE_URL))
        await c.post("/members", json={"cin": m.cin, "ssn": m.ssn})
''',
    # SPEC section 4 (SFTP: the file put or what is written to a remote file is the data, the host
    # decides): asyncssh.connect(host), start_sftp_client(), put and open(...).write, as paramiko's
    "asyncssh-sftp": '''
import csv
import asyncssh
ERO_MFT_HOST = "mft.ero.dhs.gov"
STATE_MFT_HOST = "mft.dhcs.ca.gov"
async def asyncssh_put(m):
    with open("/tmp/referrals.csv", "w") as fh:
        csv.writer(fh).writerow([m.cin, m.prmry_dgns_cd])  # MCD102
    async with asyncssh.connect(ERO_MFT_HOST, username="mmis") as conn:
        async with conn.start_sftp_client() as sftp:
            await sftp.put("/tmp/referrals.csv", "/in/referrals.csv")
async def asyncssh_write(m):
    conn = await asyncssh.connect(ERO_MFT_HOST)
    sftp = await conn.start_sftp_client()
    async with sftp.open("/in/r.txt", "w") as fh:
        await fh.write(f"{m.cin}|{m.ssn}")  # MCD101
async def to_the_state(m):
    with open("/tmp/state.csv", "w") as fh:
        csv.writer(fh).writerow([m.cin, m.prmry_dgns_cd])
    async with asyncssh.connect(STATE_MFT_HOST) as conn:
        async with conn.start_sftp_client() as sftp:
            await sftp.put("/tmp/state.csv", "/in/state.csv")
''',
    # SPEC section 6 (comprehensions; a field read always carries its field name): a comprehension
    # over an Enum of names (or a tuple of its members) reads each member's field in turn, as a for
    # loop over it does; an Enum of permitted names is an allow-list
    "comprehension-over-an-enum-of-names": '''
import enum
class Fields(enum.Enum):
    CIN = "cin"
    SSN = "ssn"
class Allowed(enum.Enum):
    CIN = "cin"
    DOB = "dob"
def over_the_class(rec: dict):
    body = {f.value: rec[f.value] for f in Fields}  # MCD101
    requests.post(ICE_URL, json=body)
def with_get(rec: dict):
    body = {f.value: rec.get(f.value) for f in Fields}  # MCD101
    requests.post(ICE_URL, json=body)
def over_a_tuple_of_members(m):
    body = {f.value: getattr(m, f.value) for f in (Fields.CIN, Fields.SSN)}  # MCD101
    requests.post(ICE_URL, json=body)
def an_allow_list(rec: dict):
    body = {f.value: rec[f.value] for f in Allowed}
    requests.post(ICE_URL, json=body)
def to_the_state(rec: dict):
    body = {f.value: rec[f.value] for f in Fields}
    requests.post(STATE_URL, json=body)
''',
    # SPEC section 7 (the not-enforcement pragma on a class overrides name signals, never the
    # enforcement host patterns): the methods of a marked class are not builders named for
    # enforcement; a send of one to an ICE URL is still reported, and an unmarked class's builder
    # still is one
    "not-enforcement-class-covers-its-methods": '''
class StateReferralBuilder:  # medicaid-scope: not-enforcement
    def build_ice_packet(self, m):
        return {"ssn": m.ssn, "diagnosis": m.primary_dx}
    def push(self, m):
        requests.post(ICE_URL, json={"ssn": m.ssn})  # MCD101
class OtherBuilder:
    def build_ice_packet(self, m):
        return {"ssn": m.ssn}  # MCD101
''',
    # SPEC section 4 (object keys, subjects and partition keys are data) and section 3 (a URL
    # assembled in one statement and sent in another reports the field where it entered): a protocol
    # field built in an earlier statement is reported where the string was built, as a Body is; an
    # unknown name there stays transfer metadata
    "protocol-field-built-earlier": '''
s3 = boto3.client("s3")
sns = boto3.client("sns")
kin = boto3.client("kinesis")
TOPIC = "arn:aws:sns:us-gov-west-1:1:ice-referrals"
def key_built_earlier(member):
    key = f"in/{member.ssn}.json"  # MCD101
    s3.put_object(Bucket=ICE_BUCKET, Key=key, Body=b"{}")
def key_built_in_the_call(member):
    s3.put_object(Bucket=ICE_BUCKET, Key=f"in/{member.ssn}.json", Body=b"{}")  # MCD101
def subject_earlier(member):
    subj = f"Referral {member.last_name}"  # MCD101
    sns.publish(TopicArn=TOPIC, Message="{}", Subject=subj)
def partition_key_earlier(member):
    pk = f"{member.ssn}-pk"  # MCD101
    kin.put_record(StreamName="ice-intake", Data=b"{}", PartitionKey=pk)
def unknown_key_earlier(batch):
    key = f"in/{batch.batch_ref}.json"
    s3.put_object(Bucket=ICE_BUCKET, Key=key, Body=b"{}")
''',
    # SPEC section 4 (the name that supplies a destination, an environment variable included, signals
    # enforcement; a resolved host decides): a pydantic-settings field read from ICE_GATEWAY_URL
    # (validation_alias=) or through env_prefix ICE_EID_ is named so; a state host default still
    # decides, and other environment names say nothing
    "settings-environment-names": '''
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict
VENDOR_DEFAULT = "https://gw.mmis-vendor.example.com/fwd"
class Settings(BaseSettings):
    gateway_url: str = Field(default=VENDOR_DEFAULT, validation_alias="ICE_GATEWAY_URL")
    portal_url: str = Field(default=VENDOR_DEFAULT, validation_alias="PORTAL_URL")
    state_url: str = Field(default=STATE_URL, validation_alias="ICE_GATEWAY_URL")
class PartnerSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ICE_EID_")
    url: str = VENDOR_DEFAULT
class PortalSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PORTAL_")
    url: str = VENDOR_DEFAULT
settings = Settings()
partner = PartnerSettings()
portal = PortalSettings()
def via_settings_alias(rec):
    requests.post(settings.gateway_url, json={"ssn": rec.ssn})  # MCD101
def via_env_prefix(rec):
    requests.post(partner.url, json={"ssn": rec.ssn})  # MCD101
def to_the_portal(rec):
    requests.post(settings.portal_url, json={"ssn": rec.ssn})
    requests.post(portal.url, json={"ssn": rec.ssn})
def a_state_host_decides(rec):
    requests.post(settings.state_url, json={"ssn": rec.ssn})
''',
    # SPEC section 4 (a client's base_url decides its sends) and section 6 (module state a function
    # fills): a client kept on a Starlette/FastAPI app.state, at module level or in the lifespan
    # function, is the client a handler reads back as app.state.x or request.app.state.x
    "fastapi-app-state-clients": '''
from contextlib import asynccontextmanager
import httpx
from fastapi import FastAPI, Request
@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.gateway = httpx.AsyncClient(base_url=ICE_URL)
    app.state.mmis = httpx.AsyncClient(base_url=STATE_URL)
    yield
app = FastAPI(lifespan=lifespan)
app.state.partner = httpx.AsyncClient(base_url=ICE_URL)
@app.post("/a")
async def a(request: Request):
    rec = await request.json()
    await app.state.partner.post("/referrals", json={"ssn": rec["ssn"]})  # MCD101
@app.post("/b")
async def b(request: Request):
    rec = await request.json()
    await request.app.state.gateway.post("/referrals", json={"race": rec["race_cd"]})  # MCD101
@app.post("/c")
async def c(request: Request):
    rec = await request.json()
    await request.app.state.mmis.post("/members", json={"ssn": rec["ssn"]})
''',
    # SPEC section 3 (each column of a select list is a placement at its own line) and section 5 (a
    # constant is never a finding, and hides only itself): a literal or null column in SQLAlchemy's
    # select(...) keeps the other columns placed; case(...) is the fields it reads, under its label
    "select-with-constant-and-case-columns": '''
import json
from sqlalchemy import Column, Integer, MetaData, String, Table, case, literal, null, select
from sqlalchemy.orm import declarative_base
metadata = MetaData()
elgbl = Table("elgbl", metadata, Column("msis_ident_num", String),
              Column("ssn_num", String), Column("imgrtn_stus_cd", String))
Base = declarative_base()
class Member(Base):
    __tablename__ = "mbr"
    id = Column(Integer, primary_key=True)
    msis_ident_num = Column(String)
    ssn_num = Column(String)
    sex_cd = Column(String)
    imgrtn_stus_cd = Column(String)
s3 = boto3.client("s3")
def handoff(conn):
    stmt = select(
        elgbl.c.msis_ident_num,
        literal("TX").label("agency_code"),
        null().label("filler"),
        elgbl.c.ssn_num,  # MCD101
    ).where(elgbl.c.imgrtn_stus_cd == "U")
    rows = [dict(r) for r in conn.execute(stmt).mappings()]
    s3.put_object(Bucket=ICE_BUCKET, Key="a.json", Body=json.dumps(rows))
def permitted_with_a_constant(conn):
    stmt = select(elgbl.c.msis_ident_num, literal("TX").label("agency_code")).where(elgbl.c.imgrtn_stus_cd == "U")
    rows = [dict(r) for r in conn.execute(stmt).mappings()]
    s3.put_object(Bucket=ICE_BUCKET, Key="b.json", Body=json.dumps(rows))
def decoded(session):
    stmt = select(
        Member.msis_ident_num,
        case((Member.sex_cd == "F", "Female"), else_=Member.sex_cd).label("gender"),  # MCD101
        Member.ssn_num,  # MCD101
    ).where(Member.imgrtn_stus_cd == "U")
    rows = session.execute(stmt).mappings().all()
    requests.post(ICE_URL, json=[dict(r) for r in rows])
''',
    # SPEC section 10 (sending a status column is not a condition): a repository that copies each
    # row's status into a record of the project (Candidate(...,
    # immigration_status=r.immigration_status)) chooses no one; a where() on the status does
    "status-copied-into-a-record-chooses-no-one": '''
from dataclasses import dataclass
from sqlalchemy import select
from app.orm import MemberRecord
@dataclass
class Candidate:
    medicaid_id: str
    immigration_status: str
class Repo:
    def __init__(self, session):
        self._session = session
    def _load(self, stmt):
        return [Candidate(medicaid_id=r.medicaid_id, immigration_status=r.immigration_status)
                for r in self._session.scalars(stmt)]
    def all_candidates(self):
        return self._load(select(MemberRecord))
    def in_scope(self):
        return self._load(select(MemberRecord).where(MemberRecord.immigration_status.in_(["U", "O"])))
def run_all(session):
    for cand in Repo(session).all_candidates():
        requests.post(ICE_URL, json={"medicaid_id": cand.medicaid_id})  # MCD201
def run_in_scope(session):
    for cand in Repo(session).in_scope():
        requests.post(ICE_URL, json={"medicaid_id": cand.medicaid_id})
''',
    # SPEC section 3 (a clinical FHIR resource is one finding at its resourceType entry or its
    # constructor call; a placement spanning lines at the line of the value): dict(resourceType=...)
    # is reported at the keyword, as a dict literal's entry is
    "dict-call-resource-type": '''
def send_rx(m):
    rx = dict(
        resourceType="MedicationRequest",  # MCD102
        status="active",
    )
    requests.post(ICE_URL, json=rx)
def one_line(m):
    requests.post(ICE_URL, json=dict(resourceType="Condition", subject={"reference": m.cin}))  # MCD102
def to_the_state(m):
    requests.post(STATE_URL, json=dict(resourceType="Condition", subject={"reference": m.cin}))
''',
    # SPEC section 6 (module constants; what a function writes into module state): an entry of a
    # module-level dict a function repoints (CONFIG['url'] = ICE_URL in use_federal()) may be that
    # destination where the module's functions send to it; one repointed to a state host stays clean
    "module-dict-entry-repointed-by-a-function": '''
CONFIG = {"url": STATE_URL, "timeout": 30}
OTHER = {"url": STATE_URL}
def use_federal():
    CONFIG["url"] = ICE_URL
def use_state_again():
    OTHER["url"] = "https://portal.dhs.state.mn.us/api"
def send(m):
    requests.post(CONFIG["url"], json={"cin": m.cin, "ssn": m.ssn})  # MCD101
def send_other(m):
    requests.post(OTHER["url"], json={"cin": m.cin, "ssn": m.ssn})
''',
    # SPEC section 3 (column lists) and section 5 (what a value carries): the column names a cursor
    # describes, in a list called names or column_names and given as fieldnames or a header row, are
    # no one's name; a list of members' last names still is
    "column-names-from-cursor-metadata": '''
import csv
import pysftp
def ero_drop(conn):
    cur = conn.cursor()
    cur.execute("SELECT cin, dob FROM elig WHERE imgrtn_stus_cd IN ('EWI', 'OVERSTAY')")
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, r)) for r in cur.fetchall()]
    with open("/tmp/subjects.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=names)
        w.writeheader()
        w.writerows(rows)
    with pysftp.Connection("mft.ero.dhs.gov", username="mmis") as sftp:
        sftp.put("/tmp/subjects.csv", "/drop/subjects.csv")
def header_from_metadata(conn):
    cur = conn.cursor()
    cur.execute("SELECT cin, dob FROM elig WHERE imgrtn_stus_cd = 'U'")
    column_names = [d[0] for d in cur.description]
    with open("/tmp/out/ice_subjects.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(column_names)
        w.writerows(cur.fetchall())
def people_names(members):
    names = [m.last_name for m in members]  # MCD101
    requests.post(ICE_URL, json={"names": names})  # MCD201
''',
    # SPEC section 6 (sanitizers over a constant collection of names): an allow-list widened with
    # .union() holds every name of both (ssn passes), one narrowed with .difference() only those left
    "allow-list-union-and-difference": '''
BASE = frozenset({"medicaid_id", "dob"})
WIDE = BASE.union({"ssn"})
NARROW = WIDE.difference({"ssn"})
def refer(record: dict):
    body = {k: v for k, v in record.items() if k in WIDE}  # MCD101
    requests.post(ICE_URL, json=body)
def refer_getattr(m):
    body = {n: getattr(m, n) for n in WIDE}  # MCD101
    requests.post(ICE_URL, json=body)
def refer_narrow(record: dict):
    body = {k: v for k, v in record.items() if k in NARROW}
    requests.post(ICE_URL, json=body)
''',
    # SPEC sections 3 and 5: constant columns of a select list (literal, null) read back by position
    # are no one's field; case(...) is every column it reads, labelled or not, and the columns after
    # it keep their positions; a string sent as both an SNS Subject and its Message is data (MCD104
    # for an unknown field), not only transfer metadata
    "select-constants-and-cases-by-position": '''
from sqlalchemy import case, literal, null, select
from sqlalchemy.orm import Session
from mmis.models import Member
def constants_read_by_position(session: Session):
    stmt = select(
        Member.msis_ident_num,
        literal("TX").label("st"),
        null().label("reserved"),
        literal(1).label("version"),
    ).where(Member.imgrtn_stus_cd == "U")
    for row in session.execute(stmt):
        requests.post(ICE_URL, json={"id": row[0], "st": row[1], "r": row[2], "v": row[3]})
def cases_read_by_position(session: Session):
    stmt = select(
        Member.msis_ident_num,
        case((Member.cin.is_(None), Member.ssn), else_=Member.cin).label("ref"),  # MCD101
        case((Member.sex_cd == "F", "F"), else_="M").label("g"),  # MCD101
        case((Member.imgrtn_stus_cd == "U", "Y"), else_="N"),
        Member.ssn_num,  # MCD101
    ).where(Member.imgrtn_stus_cd == "U")
    for row in session.execute(stmt):
        requests.post(ICE_URL, json={"id": row[0], "ref": row[1], "g": row[2], "flag": row[3], "x": row[4]})
def the_same_string_as_subject_and_message(m):
    text = f"Referral {m.internal_ref}"  # MCD104
    boto3.client("sns").publish(TopicArn="arn:aws:sns:us-gov-west-1:1:ero-referrals", Subject=text, Message=text)
''',
    # SPEC section 4 (an environment variable that supplies the destination is a name signal): a
    # pydantic-settings field with no default is read from the environment variable it names
    # (validation_alias=, env_prefix + its name, else its own name upper-cased), a setting and no
    # member's field
    "settings-fields-without-defaults": '''
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict
class PartnerSettings(BaseSettings):
    referral_url: str = Field(validation_alias="ICE_REFERRAL_URL")
    portal_url: str
    ssn_salt: str
class FederalSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ICE_")
    url: str
settings = PartnerSettings()
fed = FederalSettings()
def push(m):
    requests.post(settings.referral_url, json={"full_name": m.full_name})  # MCD101
def push_federal(m):
    requests.post(fed.url, json={"full_name": m.full_name})  # MCD101
def to_the_portal(m):
    requests.post(settings.portal_url, json={"full_name": m.full_name})
def salted(m):
    requests.post(STATE_URL, json={"salt": settings.ssn_salt, "cin": m.cin})
''',
    # SPEC section 6 (branches join): a client set on app.state to the state's host and, under an if,
    # to ICE's may be either where a handler reads it
    "fastapi-app-state-set-twice": '''
import os
from contextlib import asynccontextmanager
import httpx
from fastapi import FastAPI, Request
@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.referrals = httpx.AsyncClient(base_url="https://portal.dhs.pa.gov/api")
    if os.environ.get("FEDERAL_MODE"):
        app.state.referrals = httpx.AsyncClient(base_url=ICE_URL)
    yield
app = FastAPI(lifespan=lifespan)
@app.post("/r")
async def refer(request: Request):
    rec = await request.json()
    await request.app.state.referrals.post("/x", json={"ssn": rec["ssn"]})  # MCD101
''',
    # SPEC section 5 (a value carries the names of where it is put) and section 4 (dict keys are
    # data): an entry of a counter read by a member's key (sizes[m.case_id] of sizes[r.case_id] += 1)
    # is a count named by the key it is put under, not the keys it was stored by; a dict keyed by SSNs
    # sent whole still sends them
    "counter-read-by-a-computed-key": '''
from collections import defaultdict
def refer(member, people):
    sizes = defaultdict(int)
    for r in people:
        sizes[r.case_id] += 1
    body = {
        "medicaid_id": member.cin,
        "household_size": sizes[member.case_id],  # MCD101
    }
    requests.post(ICE_URL, json=body)
def keys_sent_with_the_dict(members):
    seen = {}
    for m in members:
        if m.imgrtn_stus_cd == "U":
            seen[m.ssn] = m.cin  # MCD101
    requests.post(ICE_URL, json=seen)
def a_count_by_permitted_id(member, people):
    visits = defaultdict(int)
    for r in people:
        visits[r.cin] += 1
    requests.post(ICE_URL, json={"medicaid_id": member.cin, "n": visits[member.cin]})
''',
    # SPEC section 4 (sinks; a test double registers fake answers) and section 5 (a name bound only to
    # literals is never a finding): Mocker(kw=...) handed through **kwargs, pytest-mock's
    # mocker.MagicMock/patch, and pytest parameters given only literals send nothing; mock.patch hands
    # the first parameters (pytest gives fixtures by keyword), patch.dict and a patch with new= hand
    # none, so a real session fixture still sends
    "test-doubles-and-parameters-of-tests": '''
import pytest
import requests_mock
from unittest import mock
@requests_mock.Mocker(kw="rm")
def test_rm_decorator_kw(member, **kwargs):
    kwargs["rm"].post(ICE_URL, json={"first_name": member.first_name})
def test_mocker_doubles(mocker, member):
    fake_session = mocker.MagicMock(spec=requests.Session)
    fake_session.post(ICE_URL, json={"race": member.race_cd})
    patched = mocker.patch("requests.Session")
    patched.return_value.post(ICE_URL, json={"ssn": member.ssn})
@pytest.mark.parametrize("ssn", ["000-11-1111", "000-22-2222"])
def test_param_ssn(ssn):
    requests.post(ICE_URL, json={"medicaid_id": "99999991A", "ssn": ssn})
@pytest.mark.parametrize("cin,dx", [("99999991A", "F32.9"), ("99999992A", None)])
def test_param_pairs(cin, dx):
    requests.post(ICE_URL, json={"medicaid_id": cin, "dx": dx})
@pytest.mark.parametrize("member", [make_member()])
def test_param_objects(member):
    requests.post(ICE_URL, json={"ssn": member.ssn})  # MCD101
@mock.patch("app.audit.log")
def test_patch_first(log, ice_session, member):
    ice_session.post(ICE_URL, json={"ssn": member.ssn})  # MCD101
@mock.patch.dict("os.environ", {"MODE": "prod"})
def test_patch_dict(ice_session, member):
    ice_session.post(ICE_URL, json={"ssn": member.ssn})  # MCD101
@mock.patch("app.audit.log", new=mock.MagicMock())
def test_patch_new(member, ice_session):
    ice_session.post(ICE_URL, json={"ssn": member.ssn})  # MCD101
''',
    # SPEC section 5 (a constant under any key is no finding; one finding per placement): a null()
    # column labelled ssn read back by name or position is that constant; a string sent as Subject and
    # Message is one finding per field; EXPORT_COLUMNS.intersection(PERMITTED) holds only the names in
    # both
    "masked-columns-and-intersections": '''
import sqlalchemy as sa
from sqlalchemy import null, select
def masked_in_the_query(session, Member):
    stmt = select(Member.msis_ident_num, null().label("ssn")).where(Member.imgrtn_stus_cd.in_(("U1", "U2")))
    for row in session.execute(stmt):
        requests.post(ICE_URL, json={"id": row.msis_ident_num, "ssn": row.ssn})
def masked_by_position(session, Member):
    stmt = select(Member.msis_ident_num, sa.null().label("ssn")).where(Member.imgrtn_stus_cd.in_(("U1", "U2")))
    for row in session.execute(stmt):
        requests.post(ICE_URL, json={"id": row[0], "ssn": row[1]})
def subject_and_message(member):
    text = f"{member.cin}: {member.last_name}"  # MCD101
    boto3.client("sns").publish(TopicArn="arn:aws:sns:us-gov-west-1:1:ero-referrals", Subject=text, Message=text)
PERMITTED = frozenset({"medicaid_id", "date_of_birth"})
EXPORT_COLUMNS = {"medicaid_id", "date_of_birth", "ssn"}
ALLOWED = EXPORT_COLUMNS.intersection(PERMITTED)
def intersected(record: dict):
    requests.post(ICE_URL, json={k: v for k, v in record.items() if k in ALLOWED})
''',
    # SPEC section 3 (column lists are placements): DictWriter fieldnames listed from a dataclass's
    # declared fields are the file's columns, reported there whatever the rows are (a decision: rows made
    # of the dataclass by keyword are reported at fieldnames, not again at the keywords; rows of unknown
    # records would otherwise go unreported)
    "fieldnames-from-declared-fields": '''
import csv
import dataclasses
from dataclasses import dataclass
@dataclass
class FeedRow:
    cin: str
    sex_cd: str
def write(member) -> None:
    row = FeedRow(cin=member.cin,
                  sex_cd=member.sex_cd)
    with open("/out/ero_referrals.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=[f.name for f in dataclasses.fields(FeedRow)])  # MCD101
        w.writeheader()
        w.writerow(dataclasses.asdict(row))
def unknown_rows(rows):
    with open("/tmp/b.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=[f.name for f in dataclasses.fields(FeedRow)])  # MCD101
        for r in rows:
            if r["imgrtn_stus_cd"] == "UNL":
                w.writerow(r)
    boto3.client("s3").upload_file("/tmp/b.csv", ICE_BUCKET, "b.csv")
''',
    # SPEC section 10 (a project function that tests a status field is a condition where it is used as
    # one): records appended to a list one by one as objects of a class (out.append(Enrollee(*r)))
    # keep the class, so its status property guards the send
    "objects-appended-in-a-loop-keep-their-class": '''
from dataclasses import dataclass
UNLAWFUL = {"U1", "U2"}
@dataclass
class Enrollee:
    cin: str
    imgrtn_stus_cd: str
    @property
    def in_scope(self) -> bool:
        return self.imgrtn_stus_cd in UNLAWFUL
def load(conn):
    cur = conn.cursor()
    cur.execute("SELECT cin, imgrtn_stus_cd FROM enrollees")
    out = []
    for r in cur.fetchall():
        out.append(Enrollee(*r))
    return out
def refer(conn):
    for e in load(conn):
        if e.in_scope:
            requests.post(ICE_URL, json={"cin": e.cin})
def refer_everyone(conn):
    for e in load(conn):
        requests.post(ICE_URL, json={"cin": e.cin})  # MCD201
''',
    # SPEC section 4 (test doubles send nothing; a destination named by an environment variable),
    # section 5 (constants): the mock a patch hands (called, or its return_value, or with
    # mock.patch(...) as S) is a double; parametrize values that are module constants or
    # pytest.param(...) are constants, and a parametrized URL is each destination it may be; pydantic
    # 1's class Config env_prefix names the environment variable
    "doubles-made-by-patches-and-parametrized-values": '''
import pytest
from unittest import mock
from pydantic_settings import BaseSettings
TEST_SSN = "000-00-0000"
@mock.patch("app.transport.requests.Session")
def test_session_called(mock_session_cls):
    s = mock_session_cls()
    s.post(ICE_URL, json={"ssn": load_member().ssn})
@mock.patch("app.transport.requests.Session")
def test_return_value(mock_session_cls):
    s = mock_session_cls.return_value
    s.post(ICE_URL, json={"ssn": load_member().ssn})
def test_ctx():
    with mock.patch("app.transport.requests.Session") as S:
        S().post(ICE_URL, json={"ssn": load_member().ssn})
def test_real_session_beside_a_patch():
    with mock.patch("app.audit.log"):
        requests.Session().post(ICE_URL, json={"ssn": load_member().ssn})  # MCD101
@pytest.mark.parametrize("ssn", [TEST_SSN, pytest.param("000-11-1111", id="ones")])
def test_constants(ssn):
    requests.post(ICE_URL, json={"ssn": ssn})
@pytest.mark.parametrize("url", [ICE_URL, STATE_URL])
def test_either_destination(url):
    requests.post(url, json={"ssn": load_member().ssn})  # MCD101
class LegacySettings(BaseSettings):
    target_url: str
    class Config:
        env_prefix = "DEPORTATION_"
legacy = LegacySettings()
def legacy_send(m):
    requests.post(legacy.target_url, json={"email": m.email})  # MCD101
''',
    # SPEC section 10 (helpers: records handed to a function whose parameter reaches an enforcement
    # sink): Celery's task.starmap(pairs) and task.chunks(pairs, n) run the task on each element, as
    # task.map does
    "celery-starmap-and-chunks": '''
from celery import shared_task
from mmis.models import Member
@shared_task
def refer(medicaid_id, dob):
    requests.post(ICE_URL, json={"medicaid_id": medicaid_id, "dob": dob})
def fan_out_chunks():
    pairs = Member.objects.values_list("cin", "birth_date")
    refer.chunks(pairs, 100).apply_async()  # MCD201
def fan_out_starmap():
    pairs = list(Member.objects.values_list("cin", "birth_date"))
    refer.starmap(pairs).delay()  # MCD201
def scoped_starmap():
    pairs = list(Member.objects.filter(immigration_status__in=["U"]).values_list("cin", "birth_date"))
    refer.starmap(pairs).delay()
''',
    # SPEC section 3 (a whole, unbounded record is MCD103 at the expression that supplies it):
    # SQLAlchemy's inspect(obj).attrs and inspect(obj).mapper.column_attrs are every field of the
    # record, as m.__table__.columns is
    "sqlalchemy-inspect-attributes": '''
from sqlalchemy import inspect
def refer_attrs(member):
    body = {a.key: a.value for a in inspect(member).attrs}  # MCD103
    requests.post(ICE_URL, json=body)
def refer_mapper(member):
    body = {c.key: getattr(member, c.key) for c in inspect(member).mapper.column_attrs}  # MCD103
    requests.post(ICE_URL, json=body)
def to_the_state(member):
    requests.post(STATE_URL, json={a.key: a.value for a in inspect(member).attrs})
''',
    # SPEC section 6 (sanitizers: explicit selection of permitted keys): keys chosen with
    # filter(lambda k: k in PERMITTED, rec) are the allow-list's; a deny-list keeps what it lets pass;
    # a loop variable over a list named allowed is no payment field ('allowed' alone is no allowed
    # amount)
    "keys-filtered-by-a-lambda": '''
PERMITTED = frozenset({"medicaid_id", "date_of_birth"})
def refer(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "diagnosis": m.primary_dx}
    keys = filter(lambda k: k in PERMITTED, rec)
    requests.post(ICE_URL, json={k: rec[k] for k in keys})
def refer_denied(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
    keys = filter(lambda k: k not in ("diagnosis",), rec)
    requests.post(ICE_URL, json={k: rec[k] for k in keys})
def refer_with_an_allowed_list(m, allowed):
    rec = {"medicaid_id": m.cin, "date_of_birth": m.dob}
    requests.post(ICE_URL, json={k: rec[k] for k in allowed})
''',
    # SPEC section 6 (a field read always carries its field name, whatever the origin of the object;
    # unknown is not guilty) and section 10 (a plural person-named variable of unknown records is a
    # bulk source): what a stub returns (raise NotImplementedError, an abstract method's ...) is
    # unknown, not None
    "stubs-give-what-is-unknown": '''
import abc
def load_member(cin):
    raise NotImplementedError
def refer(cin):
    m = load_member(cin)
    requests.post(ICE_URL, json={"cin": m.cin, "ssn": m.ssn})  # MCD101
def refer_whole(cin):
    m = load_member(cin)
    requests.post(ICE_URL, json=vars(m))  # MCD103
def to_the_state(cin):
    m = load_member(cin)
    requests.post(STATE_URL, json={"cin": m.cin, "ssn": m.ssn})
class BaseExporter(abc.ABC):
    @abc.abstractmethod
    def load_members(self):
        ...
    def export(self):
        members = self.load_members()
        for m in members:
            requests.post(ICE_URL, json={"cin": m.cin})  # MCD201
    def export_scoped(self):
        for m in self.load_members():
            if m.immigration_status in ("U",):
                requests.post(ICE_URL, json={"cin": m.cin, "last_name": m.last_name})  # MCD101
''',
    # SPEC section 4 (httpx Client methods are sinks; the client's base_url decides): a test's
    # parameter named for a pytest fixture of the module that returns or yields a library client is
    # that client, as one made by a fixture of test doubles is a double
    "clients-a-fixture-makes": '''
import httpx
import pytest
ICE_SANDBOX = "https://sandbox.eid.ice.gov/v1"
@pytest.fixture
def api():
    return httpx.Client(base_url=ICE_SANDBOX)
@pytest.fixture
def ice_http():
    with httpx.Client(base_url=ICE_SANDBOX) as c:
        yield c
@pytest.fixture
def state_api():
    return httpx.Client(base_url=STATE_URL)
def test_submit(api, member):
    api.post("/ref", json={"cin": member.cin, "ssn": member.ssn})  # MCD101
def test_submit_yield(ice_http, member):
    ice_http.post("/ref", json={"cin": member.cin, "race": member.race_cd})  # MCD101
def test_state(state_api, member):
    state_api.post("/members", json={"cin": member.cin, "ssn": member.ssn})
''',
    # SPEC section 10 (a status test chooses the records it is about), section 6 (a send's answer is
    # no record) and test doubles: a status looked up by a stub for each member (fetch_status(m.cin))
    # and tested chooses those members; exc.response of a caught HTTPError is the failed call's
    # answer; fixtures yielding a patch's return_value or pytest-mock's patch().return_value hand
    # doubles
    "stubs-errors-and-mock-fixtures": '''
from unittest import mock
import pytest
UNLAWFUL = ("U1", "U2")
def fetch_status(cin):
    raise NotImplementedError
def refer_checked(members):
    for m in members:
        st = fetch_status(m.cin)
        if st.imgrtn_stus_cd not in UNLAWFUL:
            continue
        requests.post(ICE_URL, json={"cin": m.cin})
def refer_unchecked(members):
    for m in members:
        requests.post(ICE_URL, json={"cin": m.cin})  # MCD201
def report_failure(m):
    try:
        requests.post(ICE_URL, json={"cin": m.cin}).raise_for_status()
    except requests.HTTPError as exc:
        requests.post(ICE_URL + "/errors", json={"status": exc.response.status_code})
@pytest.fixture
def session():
    with mock.patch("requests.Session") as cls:
        yield cls.return_value
@pytest.fixture
def session3(mocker):
    return mocker.patch("requests.Session").return_value
def test_a(session, m):
    session.post(ICE_URL, json={"dx": m.dx})
def test_c(session3, m):
    session3.post(ICE_URL, json={"dx": m.dx})
''',
    # Never crash (SPEC section 8): a comprehension of constants inside the branches of a conditional
    # value (names = [d[0] for d in cur.description] if flag else [...]) binds its own target, not the
    # statement's flag (it recursed without end, MCD900)
    "comprehension-inside-a-conditional-value": '''
def export(cur, flag):
    cur.execute("SELECT cin FROM m WHERE imgrtn_stus_cd = 'U'")
    names = [d[0] for d in cur.description] if flag else ["cin"]
    requests.post(ICE_URL, json=names)
def export_status_flag(rows):
    for r in rows:
        flags = [c for c in ("Y", "N")] if r.imgrtn_stus_cd in ("U",) else ["N"]
        requests.post(ICE_URL, json={"cin": r.cin, "flags": flags})  # MCD201
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want


def test_a_column_read_by_position_is_named_by_the_column() -> None:
    # SPEC section 3 (one finding per placement, the most specific name in the message): a column of a
    # select list read by position and put under a generic key is named by the column itself
    from flake8_medicaid_scope.analysis import analyze

    source = _source('''
def read_subjects(conn):
    cur = conn.cursor()
    cur.execute("""
        SELECT msis_ident_num,
               elgbl_last_name,
               birth_dt
        FROM members WHERE imgrtn_stus_cd = 'U'
    """)
    return cur.fetchall()
def send_subjects(conn):
    for r in read_subjects(conn):
        requests.post(ICE_URL, json={"id": r[0], "name": r[1], "dob": r[2]})
''')
    found = analyze(source)
    assert [(f.code, f.message.split(" (")[0]) for f in found] == [("MCD101", "MCD101 'elgbl_last_name'")]
