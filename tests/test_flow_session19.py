"""The data flow shapes of the nineteenth session: what its SPEC-only probers found (rounds 133
and after) and what the README's limits listed from the eighteenth.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session18 import HEAD

CASES: dict[str, str] = {
    # SPEC section 5 (a constant is never a finding, whatever name it sits under): a method's
    # parameter named for a field that every `self.method(...)` call of its class gives a literal is
    # that literal; one a call gives a member's field is still the field
    "method-parameter-given-only-literals": '''
COVERED = "covered"
class Shipper:
    def nightly(self):
        self._ship("/tmp/covered.parquet", COVERED)
        self._ship("/tmp/masked.parquet", "masked")
    def _ship(self, path, name):
        boto3.client("s3").upload_file(path, ICE_BUCKET, f"{name}/latest.parquet")
class Poster:
    def run(self, m):
        self._post("a", m.first_name)
        self._post("b", "x")
    def _post(self, path, name):
        requests.post(f"{ICE_URL}/{path}", json={"n": name})  # MCD101
''',
    # the same method called from outside its class (another object's method of that name may be
    # given anything): its parameter is still read by its name
    "method-parameter-called-from-outside-is-read-by-name": '''
class Shipper:
    def nightly(self):
        self._ship("/tmp/covered.parquet", "covered")
    def _ship(self, path, name):
        boto3.client("s3").upload_file(path, ICE_BUCKET, f"{name}/latest.parquet")  # MCD101
def run(shipper, m):
    shipper._ship("/tmp/x", m.name)
''',
    # SPEC section 10 (records about many people) and section 6 (names do not survive what reduces
    # them to a number): a frame grouped by a county and reduced only by numeric reductions (agg
    # with sum, count, mean, NamedAgg) holds no one's record; reduced to lists of values, or grouped
    # by member (a frame read whole: MCD103), it still does
    "group-reducers-per-county-are-numbers": '''
import pandas as pd
import numpy as np
def county_totals(path):
    df = pd.read_csv(path)
    totals = df.groupby("cnty_cd").agg({"mdcd_pd_amt": "sum", "msis_ident_num": "count"})
    requests.post(ICE_URL, json=totals.to_dict())
    named = df.groupby(["cnty_cd", "year"]).agg(paid=("mdcd_pd_amt", np.sum), members=pd.NamedAgg(column="msis_ident_num", aggfunc="nunique"))
    requests.post(ICE_URL, data=named.to_json())
    means = df.groupby("cnty_cd")["mdcd_pd_amt"].agg(["mean", "median"])
    requests.post(ICE_URL, data=means.to_csv())
def county_lists(path):
    df = pd.read_csv(path)
    ssns = df.groupby("cnty_cd").agg(ssns=("ssn", list))  # MCD101
    requests.post(ICE_URL, data=ssns.to_json())  # MCD201
def member_totals(path):
    df = pd.read_csv(path)
    totals = df.groupby("msis_ident_num").agg({"mdcd_pd_amt": "sum"})
    requests.post(ICE_URL, data=totals.to_json())  # MCD103 MCD201
''',
    # SPEC section 4 (URL resolution folds constants) and section 6 (arguments flow to parameters):
    # a URL given as a keyword that the callee collects in **kwargs is still that URL, read back by
    # its key or handed on with super().__init__(**kwargs); the state's URL so collected stays clean
    "kwargs-keep-the-destination-they-were-given": '''
import os
def send(m, **kw):
    return requests.post(kw["url"], json={"medicaid_id": m.cin, "race": m.race})  # MCD101
def send_state(m, **kw):
    return requests.post(kw["url"], json={"medicaid_id": m.cin, "race": m.race})
def a(m):
    send(m, url="https://eid.ice.gov/api/v1/referrals")
    send_state(m, url=STATE_URL)
class PartnerClient:
    def __init__(self, base_url, timeout=10):
        self.base_url = base_url
        self.timeout = timeout
    def refer(self, m):
        return requests.post(f"{self.base_url}/referrals", json={
            "medicaid_id": m.cin,
            "race": m.race,  # MCD101
        }, timeout=self.timeout)
class RetryingClient(PartnerClient):
    def __init__(self, retries=3, **kwargs):
        super().__init__(**kwargs)
        self.retries = retries
def refer(m):
    RetryingClient(base_url=ICE_URL).refer(m)
''',
    # SPEC section 4 (a settings key named for enforcement is a signal):
    # Client(**settings.ICE_CLIENT_OPTIONS) gives its base_url parameter that setting's name, as
    # Client(settings.ICE_CLIENT_OPTIONS['base_url']) does; another setting's spread stays clean
    "settings-spread-into-a-constructor-name-its-destination": '''
from django.conf import settings
class Partner:
    def __init__(self, base_url, timeout=20):
        self.base_url = base_url
        self.timeout = timeout
    def submit(self, m):
        return requests.post(f"{self.base_url}/referrals", json={"medicaid_id": m.cin, "email": m.email}, timeout=self.timeout)  # MCD101
class StatePartner:
    def __init__(self, base_url, timeout=20):
        self.base_url = base_url
    def submit(self, m):
        return requests.post(f"{self.base_url}/members", json={"medicaid_id": m.cin, "email": m.email})
def refer(m):
    Partner(**settings.ICE_CLIENT_OPTIONS).submit(m)
    StatePartner(**settings.MMIS_CLIENT_OPTIONS).submit(m)
''',
    # SPEC section 4 (a resolved host decides; the non-enforcement list overrides name signals):
    # credentials interpolated before the host (https://{user}:{pw}@host/...) leave the host known
    "credentials-in-a-url-are-no-part-of-its-host": '''
import os
class CbpShare:
    def __init__(self, user, password):
        self.base_url = f"https://{user}:{password}@share.cbp.gov/v2"
    def send(self, m):
        return requests.post(self.base_url + "/subjects", json={
            "cin": m.cin,
            "fax": m.fax_number,  # MCD101
        })
class DhsPortalClient:
    def __init__(self):
        self.base_url = f"https://{os.environ['PORTAL_USER']}:{os.environ['PORTAL_TOKEN']}@portal.dhs.state.pa.us/api"
    def upsert(self, m):
        return requests.post(self.base_url + "/members", json={"ssn": m.ssn, "full_name": m.full_name})
''',
    # SPEC section 4 (every word of an ARN's resource part counts) and section 10 (a plural person
    # noun is a bulk source): an SNS endpoint ARN whose resource path names ERO is enforcement; a
    # recipients parameter that defaults to a list of addresses is a recipient list, not people's
    # records
    "arn-resource-paths-and-recipient-lists": '''
import json
import smtplib
sns = boto3.client("sns")
def push(member):
    sns.publish(
        TargetArn="arn:aws:sns:us-east-1:123456789012:endpoint/APNS/ero-field-app/5f2c9e1a",
        Message=json.dumps({"cin": member.cin, "sex": member.sex}),  # MCD101
    )
    sns.publish(
        TargetArn="arn:aws:sns:us-east-1:123456789012:endpoint/APNS/mmis-field-app/5f2c9e1a",
        Message=json.dumps({"cin": member.cin, "sex": member.sex}),
    )
LIAISONS = ["a@ice.dhs.gov", "b@ice.dhs.gov"]
def notify(member, recipients=LIAISONS):
    body = f"Subject: Referral. Medicaid ID {member.cin}, DOB {member.dob}"
    with smtplib.SMTP("smtp.pa.gov") as s:
        s.sendmail("mmis@pa.gov", recipients, body)
def notify_all(recipients):
    with smtplib.SMTP("smtp.pa.gov") as s:
        for r in recipients:
            s.sendmail("mmis@pa.gov", ["a@ice.dhs.gov"], f"Medicaid ID {r.cin}")  # MCD201
''',
    # SPEC section 10 (a condition counts only when it decides whether a record is sent; branches
    # join; a lookup by identifiers is not bulk): a query a flag may leave without its status clause
    # still reads everyone; WHERE cin = ANY(%s) looks up the people whose ids the caller gives, unless
    # those ids came from everyone's records
    "sql-that-may-be-either-query-and-id-lists": '''
BASE = "SELECT cin, birth_date FROM members WHERE active"
def extract(cur, scoped):
    sql = BASE
    if scoped:
        sql += " AND imgrtn_stus_cd IN ('5', '6')"
    cur.execute(sql)
    for cin, dob in cur.fetchall():
        requests.post(ICE_URL, json={"cin": cin, "dob": dob})  # MCD201
def extract_scoped_by_county(cur, county):
    sql = BASE + " AND imgrtn_stus_cd IN ('5', '6')"
    if county:
        sql += " AND county = %s"
    cur.execute(sql)
    for cin, dob in cur.fetchall():
        requests.post(ICE_URL, json={"cin": cin, "dob": dob})
def ids_any(cur, ids):
    cur.execute("SELECT cin, birth_date FROM members WHERE cin = ANY(%s)", (ids,))
    for cin, dob in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob})
def ids_of_everyone(cur):
    cur.execute("SELECT cin FROM members WHERE active")
    ids = [r[0] for r in cur.fetchall()]
    cur.execute("SELECT cin, birth_date FROM members WHERE cin = ANY(%s)", (ids,))
    for cin, dob in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob})  # MCD201
def one(cur, cin):
    cur.execute("SELECT cin, birth_date FROM members WHERE cin = %s", (cin,))
    for cin, dob in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob})
''',
    # SPEC section 10 (a condition on status anywhere on the path; a function that tests such a
    # field counts where it is used as one): ids added to a set under a status test and then asked
    # for, itertools.takewhile with a status predicate, and an abstract hook that the module's
    # subclass fills in with a status test
    "status-choices-kept-in-sets-predicates-and-hooks": '''
import itertools
from abc import ABC, abstractmethod
REMOVABLE = ("EWI", "OVERSTAY")
def loop_form(cur):
    cur.execute("SELECT cin, birth_date, immigration_status FROM members")
    rows = cur.fetchall()
    keep = set()
    for cin, dob, status in rows:
        if status in REMOVABLE:
            keep.add(cin)
    for cin, dob, status in rows:
        if cin not in keep:
            continue
        requests.post(ICE_URL, json={"cin": cin, "dob": dob})
def kept_but_not_asked(cur):
    cur.execute("SELECT cin, birth_date, immigration_status FROM members")
    rows = cur.fetchall()
    keep = set()
    for cin, dob, status in rows:
        if status in REMOVABLE:
            keep.add(cin)
    for cin, dob, status in rows:
        requests.post(ICE_URL, json={"cin": cin, "dob": dob})  # MCD201
def until_citizens(cur):
    cur.execute("SELECT cin, immigration_status FROM members ORDER BY ctznshp_ind, cin")
    rows = [{"cin": c, "immigration_status": s} for c, s in cur.fetchall()]
    for r in itertools.takewhile(lambda r: r["immigration_status"] != "CITIZEN", rows):
        requests.post(ICE_URL, json={"medicaid_id": r["cin"]})
class BaseSync(ABC):
    @abstractmethod
    def _should_send(self, m):
        raise NotImplementedError
    def run(self, members):
        for m in members:
            if not self._should_send(m):
                continue
            requests.post(ICE_URL, json={"medicaid_id": m.cin})
class StatusScopedSync(BaseSync):
    def _should_send(self, m):
        return m.imgrtn_stus_cd in REMOVABLE
''',
    # SPEC section 6 (calls to functions of the same module): a function or method of the module
    # named like a runner's method (submit) is called as itself, its first argument a URL, not a
    # function to run; an executor's submit still runs the function it is given
    "project-functions-named-like-runners": '''
from concurrent.futures import ThreadPoolExecutor
class Settings:
    ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"
    STATE_URL = "https://mmis.dhcs.ca.gov/api"
def submit(url, body):
    return requests.post(url, json=body, timeout=30)
def refer(member):
    submit(Settings.ICE_REFERRAL_URL, {"medicaid_id": member.cin, "race": member.race})  # MCD101
    submit(Settings.STATE_URL, {"medicaid_id": member.cin, "race": member.race})
class IceSender:
    base = "https://eid.ice.gov/api/v1"
    def submit(self, path, body):
        return requests.post(self.base + path, json=body, timeout=30)
    def enqueue(self, m):
        self.submit(Settings.ICE_REFERRAL_URL, {"sex": m.sex})  # MCD101
def refer_method(member):
    IceSender().submit(Settings.STATE_URL, {"medicaid_id": member.cin, "race": member.race})  # MCD101
def send_one(m):
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101
def pooled(m):
    with ThreadPoolExecutor() as ex:
        ex.submit(send_one, m)
''',
    # SPEC section 3 (columns= is a column list; each name at its own line): a helper's
    # df.to_csv(path, columns=columns) writes the columns its caller lists literally, each reported
    # at the caller's element, and no whole record
    "to-csv-columns-given-by-the-caller": '''
import pandas as pd
PATH = "/tmp/extract.csv"
def write_frame(df, path, columns):
    df.to_csv(path, columns=columns, index=False)
def export():
    df = pd.read_csv("/data/members.csv")
    df = df[df["imgrtn_stus_cd"].isin(["5", "6"])]
    write_frame(df, PATH, [
        "msis_ident_num",
        "birth_dt",
        "race_ethncty_cd",  # MCD101
    ])
    boto3.client("s3").upload_file(PATH, ICE_BUCKET, "extract.csv")
''',
    # SPEC section 10 (a CSV reader is a bulk source): csv.DictReader over io.StringIO of a text
    # downloaded whole (an answer's text, an S3 object's body) reads many people's rows; chosen by
    # status in the loop, it is clean
    "a-reader-over-a-downloaded-text": '''
import csv
import io
s3 = boto3.client("s3")
def forward_downloaded(resp):
    for r in csv.DictReader(io.StringIO(resp.text)):
        requests.post(ICE_URL, json={"medicaid_id": r["cin"]})  # MCD201
def forward_s3_roster():
    obj = s3.get_object(Bucket="ca-dhcs-extracts", Key="members.csv")
    text = obj["Body"].read().decode("utf-8")
    for r in csv.DictReader(io.StringIO(text)):
        requests.post(ICE_URL, json={"medicaid_id": r["cin"]})  # MCD201
def forward_chosen(resp):
    for r in csv.DictReader(io.StringIO(resp.text)):
        if r["imgrtn_stus_cd"] in ("5", "6"):
            requests.post(ICE_URL, json={"medicaid_id": r["cin"]})
''',
    # SPEC section 4 (hosts given to connection objects fold like URLs): an http.client connection
    # through a proxy sends to the host given to set_tunnel
    "http-client-tunnel-host-decides": '''
import http.client
import json
def refer(member):
    conn = http.client.HTTPSConnection("proxy.hhs.texas.gov", 3128)
    conn.set_tunnel("eid.ice.gov", 443)
    conn.request("POST", "/api/v1/referrals", body=json.dumps({"cin": member.cin, "ssn": member.ssn}))  # MCD101
def sync(member):
    conn = http.client.HTTPSConnection("proxy.hhs.texas.gov", 3128)
    conn.set_tunnel("mmis.hhs.texas.gov", 443)
    conn.request("POST", "/api/v1/members", body=json.dumps({"cin": member.cin, "ssn": member.ssn}))
''',
    # SPEC section 10 (a function that tests a status field counts as a condition where it is used
    # as one): a comprehension of a helper's results, the helper returning None by status, holds
    # only records it chose; a helper that chooses no one leaves them all
    "comprehension-over-a-helper-that-chooses": '''
LAWFUL = ("CITIZEN", "LPR")
def build(row):
    if row["immigration_status"] in LAWFUL:
        return None
    return {"medicaid_id": row["cin"], "dob": row["dob"]}
def shape(row):
    return {"medicaid_id": row["cin"], "dob": row["dob"]}
def two_step(cur):
    cur.execute("SELECT cin, dob, immigration_status FROM members")
    bodies = [build(r) for r in cur.fetchall()]
    batch = [b for b in bodies if b is not None]
    requests.post(ICE_URL, json=batch)
def unchosen(cur):
    cur.execute("SELECT cin, dob, immigration_status FROM members")
    bodies = [shape(r) for r in cur.fetchall()]
    requests.post(ICE_URL, json=bodies)  # MCD201
''',
    # SPEC section 10 (records about many people): counts per county kept as a frame
    # (size().to_frame, unstack), a crosstab or a pivot table of counts are no one's record; a pivot
    # table per member, or one that keeps values (first), still is
    "counts-per-group-in-tables": '''
import pandas as pd
def counts_to_frame(path):
    df = pd.read_csv(path, usecols=["elgbl_cnty_cd", "msis_ident_num"])
    t = df.groupby("elgbl_cnty_cd").size().to_frame("n")
    requests.post(ICE_URL, data=t.to_csv(), timeout=30)
    u = df.groupby(["elgbl_cnty_cd", "imgrtn_stus_cd"]).size().unstack(fill_value=0)
    requests.post(ICE_URL, data=u.to_csv(), timeout=30)
def counts_tables(path):
    df = pd.read_csv(path, usecols=["elgbl_cnty_cd", "imgrtn_stus_cd", "msis_ident_num"])
    t = pd.crosstab(df["elgbl_cnty_cd"], df["imgrtn_stus_cd"])
    requests.post(ICE_URL, data=t.to_csv(), timeout=30)
    p = df.pivot_table(index="elgbl_cnty_cd", columns="imgrtn_stus_cd", values="msis_ident_num", aggfunc="count")
    requests.post(ICE_URL, data=p.to_csv(), timeout=30)
def per_member_tables(path):
    df = pd.read_csv(path, usecols=["elgbl_cnty_cd", "imgrtn_stus_cd", "msis_ident_num", "race_cd"])  # MCD101
    p = df.pivot_table(index="msis_ident_num", columns="imgrtn_stus_cd", values="race_cd", aggfunc="first")
    requests.post(ICE_URL, data=p.to_csv(), timeout=30)  # MCD201
    q = df.pivot_table(index="elgbl_cnty_cd", values="race_cd", aggfunc="first")
    requests.post(ICE_URL, data=q.to_csv(), timeout=30)  # MCD201
''',
    # SPEC section 10 (a condition counts when it decides the record's selection): DataFrame.join
    # keeps the rows of the frame joined onto (how='left' by default): joined onto frame chosen by
    # status, or an inner join with one, the rows are chosen; a chosen frame joined onto everyone's
    # rows chooses no one
    "dataframe-join-of-a-chosen-frame": '''
import pandas as pd
SCOPE = ["5", "6"]
def with_join(elig_path, phone_path):
    elig = pd.read_csv(elig_path, usecols=["msis_ident_num", "imgrtn_stus_cd"])
    elig = elig[elig["imgrtn_stus_cd"].isin(SCOPE)].set_index("msis_ident_num")
    phones = pd.read_csv(phone_path, usecols=["msis_ident_num", "elgbl_phne_num"]).set_index("msis_ident_num")
    out = elig.join(phones, how="inner")
    requests.post(ICE_URL, data=out.to_csv(), timeout=60)
def join_onto_everyone(elig_path, phone_path):
    elig = pd.read_csv(elig_path, usecols=["msis_ident_num", "imgrtn_stus_cd"])
    elig = elig[elig["imgrtn_stus_cd"].isin(SCOPE)].set_index("msis_ident_num")
    phones = pd.read_csv(phone_path, usecols=["msis_ident_num", "elgbl_phne_num"]).set_index("msis_ident_num")
    out = phones.join(elig)
    requests.post(ICE_URL, data=out.to_csv(), timeout=60)  # MCD201
    inner = phones.join(elig, how="inner")
    requests.post(ICE_URL, data=inner.to_csv(), timeout=60)
''',
    # SPEC section 10 (library calls that return many records count once the analysis knows them): an
    # Airflow hook's get_pandas_df_by_chunks(sql) reads its SQL like get_records
    "airflow-hook-chunks": '''
from airflow.providers.postgres.hooks.postgres import PostgresHook
def post_chunks(**_):
    hook = PostgresHook(postgres_conn_id="mmis")
    for chunk in hook.get_pandas_df_by_chunks("SELECT msis_ident_num, birth_dt FROM tmsis.elg00002", chunksize=1000):
        requests.post(ICE_URL, data=chunk.to_json(), timeout=30)  # MCD201
''',
    # SPEC section 3 (for models not named for enforcement the constructor keyword is the placement)
    # and section 6 (exclude= honoured; a value replaced with a constant): a DRF serializer's
    # validated_data is what its data= gave of its declared fields; a nested exclude and Annotated
    # Field(exclude=True) drop the field; a __post_init__ or an after-validator that stores a
    # constant over a field clears it
    "models-that-drop-what-they-were-given": '''
from dataclasses import asdict, dataclass
from typing import Annotated
from pydantic import BaseModel, Field, model_validator
from rest_framework import serializers
class LeadInputSerializer(serializers.Serializer):
    cin = serializers.CharField()
    dob = serializers.DateField()
    ssn = serializers.CharField(required=False)
def forward_lead(member):
    s = LeadInputSerializer(data={"cin": member.cin, "dob": member.dob.isoformat()})
    s.is_valid(raise_exception=True)
    requests.post(ICE_URL, json=s.validated_data, timeout=20)
def forward_lead_ssn(member):
    s = LeadInputSerializer(data={"cin": member.cin, "ssn": member.ssn})  # MCD101
    s.is_valid(raise_exception=True)
    requests.post(ICE_URL, json=s.validated_data, timeout=20)
class Identity(BaseModel):
    cin: str
    ssn: str | None = None
class Envelope(BaseModel):
    request_id: str
    subject: Identity
def send_exclude(member, request_id):
    env = Envelope(request_id=request_id, subject=Identity(cin=member.cin, ssn=member.ssn))
    requests.post(ICE_URL, json=env.model_dump(exclude={"subject": {"ssn"}}), timeout=30)
class SubjectA(BaseModel):
    cin: str
    ssn: Annotated[str | None, Field(exclude=True)] = None
def send_a(member):
    s = SubjectA(cin=member.cin, ssn=member.ssn)
    requests.post(ICE_URL, json=s.model_dump(), timeout=30)
@dataclass
class Row:
    cin: str
    ssn: str | None = None
    def __post_init__(self):
        self.ssn = None
class Scrubbed(BaseModel):
    cin: str
    ssn: str | None = None
    @model_validator(mode="after")
    def _scrub(self):
        self.ssn = None
        return self
class Kept(BaseModel):
    cin: str
    ssn: str | None = None
    @model_validator(mode="after")
    def _strip(self):
        self.cin = self.cin.strip()
        return self
def send_row(member):
    requests.post(ICE_URL, json=asdict(Row(cin=member.cin, ssn=member.ssn)), timeout=30)
    requests.post(ICE_URL, json=Scrubbed(cin=member.cin, ssn=member.ssn).model_dump(), timeout=30)
    requests.post(ICE_URL, json=Kept(cin=member.cin, ssn=member.ssn).model_dump(), timeout=30)  # MCD101
''',
    # SPEC section 4 and section 7 (the pragma says so): a send in the body of a def marked with the
    # enforcement pragma, to a URL the analysis cannot resolve, goes to enforcement, as the function's
    # name would decide it; a resolved host (a vendor's, a state's, a chat webhook's) decides itself
    "sends-inside-a-def-marked-enforcement": '''
import httpx
from django.conf import settings
PARTNER_RELAY = "https://relay.partner-gw.example.com/v1/forward"
def relay(m):  # medicaid-scope: enforcement
    httpx.post(settings.RELAY_URL, json={"medicaid_id": m.cin, "income": m.income})  # MCD101
def relay_vendor(m):  # medicaid-scope: enforcement
    httpx.post(PARTNER_RELAY, json={"medicaid_id": m.cin, "income": m.income})
    httpx.post("https://hooks.slack.com/services/T0/B0/x", json={"text": m.case_number})
def relay_state(m):  # medicaid-scope: enforcement
    httpx.post(STATE_URL, json={"medicaid_id": m.cin, "income": m.income})
def relay_unmarked(m):
    httpx.post(PARTNER_RELAY, json={"medicaid_id": m.cin, "income": m.income})
''',
    # SPEC section 4 (the name of the attribute, settings key or client object that supplies the
    # destination): a client kept on a framework's app.state (state is no address there), read back
    # into a variable, or kept under a key (app['ice_session'], ctx.obj['ice_client']) is named for
    # enforcement
    "clients-kept-on-app-state-or-under-a-key": '''
async def refer(request, m):
    await request.app.state.ice_client.post("/referrals", json={"medicaid_id": m["cin"], "first_name": m["first_name"]})  # MCD101
    await request.app.state.mmis_client.post("/members", json={"medicaid_id": m["cin"], "first_name": m["first_name"]})
async def refer_alias(app, m):
    c = app.state.ice_client
    await c.post("/referrals", json={"medicaid_id": m["cin"], "first_name": m["first_name"]})  # MCD101
async def by_key(request, m):
    await request.app["ice_session"].post("/referrals", json={"medicaid_id": m["cin"], "first_name": m["first_name"]})  # MCD101
def cli(ctx, m):
    ctx.obj["mmis_client"].post("/members", json={"medicaid_id": m["cin"], "first_name": m["first_name"]})
''',
    # SPEC section 5 (a value is unknown only when all its names are unknown): a string joined from
    # permitted fields and placed a level down (address[0].text, telecom[0].value, text.div) is
    # permitted; the keys it sits under are where it is put, not parts of it; an unknown part joined
    # with a permitted one still counts
    "joined-values-nested-under-keys": '''
def refer(m):
    requests.post(ICE_URL, json={
        "resourceType": "Patient",
        "address": [{"text": f"{m.street}, {m.city} {m.zip}"}],
        "telecom": [{"system": "phone", "value": f"({m.area_code}) {m.phone_number}"}],
        "text": {"div": f"<div>{m.medicaid_id} {m.dob}</div>"},
        "note": [{"text": f"{m.medicaid_id}|{m.risk_score}"}],  # MCD104
    })
''',
    # SPEC section 3 (the placement is where the value is put) and section 6: an object of a library
    # class made empty or from keywords (fhirclient's patient.Patient(), fhir.resources'
    # Patient(id=...)) holds what was stored into its attributes afterwards; its as_json()/json()
    # sends those, not a whole record
    "library-objects-filled-attribute-by-attribute": '''
from fhirclient.models import fhirdate, patient
from fhir.resources.patient import Patient
def refer_clean(m):
    p = patient.Patient()
    p.id = m.medicaid_id
    p.birthDate = fhirdate.FHIRDate(m.birth_date)
    requests.post(ICE_URL, json=p.as_json(), timeout=15)
def refer_gender(m):
    p = patient.Patient()
    p.id = m.medicaid_id
    p.gender = m.sex  # MCD101
    requests.post(ICE_URL, json=p.as_json(), timeout=15)
def refer_resources(m):
    p = Patient(id=m.medicaid_id)
    p.gender = m.sex  # MCD101
    requests.post(ICE_URL, data=p.json(), timeout=15)
def sync_state(m):
    p = Patient(id=m.medicaid_id)
    p.gender = m.sex
    requests.post(STATE_URL, data=p.json(), timeout=15)
''',
    # SPEC section 5 (qualifiers that make a field someone else's): a FHIR Patient.contact's telecom
    # written by subscript (patient['contact'][0]['telecom'] = ...) or through an alias of the
    # contact is the contact's phone, as the literal is; the patient's own telecom is permitted
    "contact-telecom-written-by-subscript": '''
def refer_subscript(m, c):
    patient = {"resourceType": "Patient", "id": m.medicaid_id, "contact": [{}]}
    patient["contact"][0]["telecom"] = [{"system": "phone", "value": c.phone}]  # MCD101
    requests.post(ICE_URL, json=patient)
def refer_alias(m, c):
    patient = {"resourceType": "Patient", "medicaid_id": m.medicaid_id, "contact": [{}]}
    first = patient["contact"][0]
    first["telecom"] = [{"system": "phone", "value": c.phone}]  # MCD101
    requests.post(ICE_URL, json=patient)
def own_phone(m):
    patient = {"resourceType": "Patient", "medicaid_id": m.medicaid_id}
    patient["telecom"] = [{"system": "phone", "value": m.phone}]
    requests.post(ICE_URL, json=patient)
''',
    # SPEC section 4 (an export file whose name carries a token is the enforcement sink):
    # aiofiles.open is a file like open
    "aiofiles-export-file": '''
import json
import aiofiles
async def spool(m) -> None:
    async with aiofiles.open("/srv/outbox/ice_referrals.ndjson", "a") as fh:
        await fh.write(json.dumps({
            "medicaid_id": m.cin,
            "ethnicity": m.ethnicity,  # MCD101
        }) + "\\n")
async def spool_state(m) -> None:
    async with aiofiles.open("/srv/outbox/mmis_members.ndjson", "a") as fh:
        await fh.write(json.dumps({"medicaid_id": m.cin, "ethnicity": m.ethnicity}) + "\\n")
''',
    # SPEC section 5 (a clinical FHIR resource about a person is health data as a whole): an
    # Appointment discloses that the person has a medical appointment
    "appointment-is-clinical": '''
def refer(m):
    requests.post(ICE_URL, json={"resourceType": "Bundle", "entry": [
        {"resource": {"resourceType": "Appointment", "status": "booked"}},  # MCD102
        {"resource": {"resourceType": "Patient", "id": m.medicaid_id}},
    ]})
''',
    # SPEC section 5 (a value replaced with a constant sends nothing) and section 6 (known models'
    # fields flow): a @field_serializer that returns a constant masks the field in the dump (one
    # that returns a slice does not); a RootModel holds and dumps its root
    "pydantic-field-serializers-and-root-models": '''
from pydantic import BaseModel, RootModel, field_serializer
class MaskedSubject(BaseModel):
    cin: str
    ssn: str | None = None
    @field_serializer("ssn")
    def _mask_ssn(self, value, _info):
        return "REDACTED"
class LastFour(BaseModel):
    cin: str
    ssn: str | None = None
    @field_serializer("ssn")
    def _last4(self, value, _info):
        return value[-4:] if value else None
def send_masked(member):
    requests.post(ICE_URL, json=MaskedSubject(cin=member.cin, ssn=member.ssn).model_dump(), timeout=30)
    requests.post(ICE_URL, json=LastFour(cin=member.cin, ssn=member.ssn).model_dump(), timeout=30)  # MCD101
class Identity(BaseModel):
    cin: str
    ssn: str | None = None
class Batch(RootModel[list[Identity]]):
    pass
def send_root(member):
    batch = Batch([Identity(cin=member.cin, ssn=member.ssn)])  # MCD101
    requests.post(ICE_URL, json=batch.model_dump(), timeout=30)
''',
    # SPEC section 6 (a known model's declared fields flow): a dump of a model given its fields by
    # keyword carries its @computed_field values too, reported at their def (age of dob: MCD101; a
    # mailing address built from address fields is permitted)
    "computed-fields-of-a-model-filled-by-keyword": '''
from datetime import date
from pydantic import BaseModel, computed_field
class Subject(BaseModel):
    cin: str
    dob: date
    street: str
    city: str
    @computed_field
    @property
    def age(self) -> int:  # MCD101
        return date.today().year - self.dob.year
    @computed_field
    @property
    def mailing_address(self) -> str:
        return f"{self.street}, {self.city}"
def send(member):
    s = Subject(cin=member.cin, dob=member.dob, street=member.street, city=member.city)
    requests.post(ICE_URL, json=s.model_dump(mode="json"), timeout=30)
    requests.post(ICE_URL, json=s.model_dump(include={"cin", "mailing_address"}), timeout=30)
''',
    # SPEC section 4 (a settings key, a recipient of the sendmail list) and section 3 (DictWriter
    # fieldnames are a column list): ConfigParser.get(section, option) names the option; an address
    # appended to a recipient list read from configuration reaches it; a module constant fieldnames
    # list in module-level code limits the columns
    "legacy-scripts-options-recipients-and-module-level-fieldnames": '''
import configparser
import csv
import smtplib
cfg = configparser.ConfigParser()
cfg.read("/etc/mmis/transfer.ini")
def refer(m):
    requests.post(cfg.get("transfer", "ice_url"), json={"cin": m["cin"], "ssn": m["ssn"]})  # MCD101
    requests.post(cfg.get("transfer", "mmis_url"), json={"cin": m["cin"], "ssn": m["ssn"]})
def mail_one(r):
    to = cfg.get("mail", "to").split(",")
    to.append("ero-liaison@ice.dhs.gov")
    with smtplib.SMTP("relay.local") as s:
        s.sendmail("a@b.org", to, "lang %s" % r["prmry_lang_cd"])  # MCD101
FIELDNAMES = ["cin", "birth_dt", "elgbl_zip_cd"]
out = open("/mnt/outbound/ice_referrals.csv", "w", newline="")
w = csv.DictWriter(out, fieldnames=FIELDNAMES, extrasaction="ignore")
w.writeheader()
for r in csv.DictReader(open("/data/extracts/elig_full.csv", newline="")):
    if r["imgrtn_stus_cd"] != "5":
        continue
    w.writerow(r)
out.close()
''',
    # SPEC section 5 (qualifiers that make a field someone else's) and section 6 (m.pcp.address is
    # the provider's): a select-list column read from a table of someone else (pcp.address of JOIN
    # provider pcp, g.phone of JOIN guardian g) is theirs; the enrollee's own table, or a claims
    # table's member id, qualifies nothing
    "sql-columns-of-someone-elses-table": '''
import psycopg2
SQL = """
SELECT m.msis_ident_num,
       m.address,
       pcp.address,  -- # MCD102
       pcp.phone_number,  -- # MCD102
       g.phone,  -- # MCD101
       c.member_id
  FROM mmis.members m
  JOIN mmis.provider pcp ON pcp.npi = m.pcp_npi
  JOIN mmis.guardian g ON g.member_id = m.id
  JOIN mmis.claims c ON c.member_id = m.id
 WHERE m.imgrtn_stus_cd = '5'
"""
def run(dsn):
    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        cur.execute(SQL)
        requests.post(ICE_URL, json=[list(r) for r in cur.fetchall()], timeout=30)
''',
    # SPEC section 10 (a function that tests a status field counts as a condition where it is used
    # as one) and section 6 (raise does not flow past): a call of a helper that raises when the
    # record is out of scope chooses the records sent after it, caught or not; a helper that raises
    # on something else chooses no one
    "a-raising-status-check-guards-the-send": '''
class OutOfScope(Exception):
    pass
UNLAWFUL = ("5", "6")
def require_scope(m):
    if m.imgrtn_stus_cd not in UNLAWFUL:
        raise OutOfScope(m.cin)
def require_cin(m):
    if not m.cin:
        raise ValueError("no cin")
def guarded(members):
    for m in members:
        require_scope(m)
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
def unguarded(members):
    for m in members:
        require_cin(m)
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
''',
    # SPEC section 10 (sending a status column is not a condition): a text() query that selects a
    # status column but tests another chooses no one; one whose WHERE tests status does
    "a-status-column-selected-is-no-condition": '''
from sqlalchemy import text
def by_county(session):
    for r in session.execute(text("SELECT cin, county_cd, imgrtn_stus_cd FROM elig_case")):
        if r.county_cd == "031":
            requests.post(ICE_URL, json={"cin": r.cin}, timeout=60)  # MCD201
def by_status(session):
    for r in session.execute(text("SELECT cin, county_cd FROM elig_case WHERE imgrtn_stus_cd = '5'")):
        if r.county_cd == "031":
            requests.post(ICE_URL, json={"cin": r.cin}, timeout=60)
''',
    # SPEC section 10 (a lookup by id is not bulk; the project's reading of .filter(pk__in=ids)):
    # SQL IN %s, SQLAlchemy .in_(cins) and pandas .isin(cins) on an identifier column look up the
    # people whose ids the caller gives; isin on another column chooses no one
    "lookups-by-a-list-of-identifiers": '''
import pandas as pd
from sqlalchemy import select
from app.models import MemberRow
def answer_sql_in(conn, msis_ids):
    cur = conn.cursor()
    cur.execute("SELECT msis_ident_num, birth_dt FROM eligible WHERE msis_ident_num IN %s", (tuple(msis_ids),))
    return requests.post(ICE_URL, json=[{"msis_ident_num": a, "birth_dt": str(b)} for a, b in cur.fetchall()])
def answer_sa(session, cins):
    stmt = select(MemberRow.cin, MemberRow.dob).where(MemberRow.cin.in_(cins))
    return requests.post(ICE_URL, json=[{"cin": c, "dob": str(d)} for c, d in session.execute(stmt)])
def answer_df(path, cins):
    df = pd.read_csv(path, usecols=["cin", "dob"])
    return requests.post(ICE_URL, json=df[df["cin"].isin(cins)].to_dict(orient="records"))
def by_county(path, counties):
    df = pd.read_csv(path, usecols=["cin", "dob", "county"])
    return requests.post(ICE_URL, json=df[df["county"].isin(counties)].to_dict(orient="records"))  # MCD201
''',
    # SPEC sections 3, 5 and 6 (the review of the session's diff): a constant stored only on some
    # path of a post-init hook or after-validator, or a field serializer used only for JSON, does
    # not clear the field; a DRF serializer given unknown data reports its declared fields, one with
    # fields '__all__' what it was given; an unknown object's run(...) is no SQL query
    "review-models-that-keep-what-they-were-given": '''
from dataclasses import asdict, dataclass
from pydantic import BaseModel, field_serializer, model_validator
from rest_framework import serializers
from agency.models import Lead
from agency.rules import EligibilityRules
class Subject(BaseModel):
    cin: str
    ssn: str
    @field_serializer("ssn", when_used="json")
    def _mask(self, v):
        return "***-**-****"
class Subject2(BaseModel):
    cin: str
    ssn: str | None = None
    @model_validator(mode="after")
    def _blank(self):
        if self.ssn == "":
            self.ssn = None
        return self
@dataclass
class Packet:
    cin: str
    ssn: str | None = None
    def __post_init__(self):
        if not self.ssn:
            self.ssn = None
class LeadPlainSerializer(serializers.Serializer):
    cin = serializers.CharField()
    ssn = serializers.CharField()  # MCD101
class LeadAllSerializer(serializers.ModelSerializer):
    class Meta:
        model = Lead
        fields = "__all__"
def refer(m, request):
    requests.post(ICE_URL, json=Subject(cin=m.cin, ssn=m.ssn).model_dump())  # MCD101
    requests.post(ICE_URL, json=Subject2(cin=m.cin, ssn=m.ssn).model_dump())  # MCD101
    requests.post(ICE_URL, json=asdict(Packet(cin=m.cin, ssn=m.ssn)))  # MCD101
    s = LeadPlainSerializer(data=request.data)
    s.is_valid(raise_exception=True)
    requests.post(ICE_URL, json=s.validated_data)
    a = LeadAllSerializer(data={"cin": m.cin, "ssn": m.ssn})  # MCD101
    a.is_valid(raise_exception=True)
    requests.post(ICE_URL, json=a.validated_data)
    verdict = EligibilityRules().run({"cin": m.cin, "dx": m.diagnosis_code})
    requests.post(ICE_URL, json={"cin": m.cin, "verdict": verdict})
''',
    # SPEC sections 4, 6 and 10 (the review of the session's diff): a pivot table with a column per
    # member, or a frame grouped by name and date of birth, is each person's record; an imported
    # non-FHIR class filled by attribute is still dumped whole by asdict; a reader over one member's
    # own line is no bulk source; a DHS client the module makes for a state host is not enforcement
    # by its name
    "review-tables-objects-and-clients": '''
from dataclasses import asdict
import csv
import io
import pandas as pd
import httpx
from fastapi import FastAPI, Request
from agency.payloads import Referral
app = FastAPI()
PA_DHS_API = "https://api.dhs.pa.gov"
FIELDS = ["cin", "dob", "county"]
def monthly_by_member(path):
    claims = pd.read_csv(path, usecols=["svc_month", "msis_ident_num", "mdcd_pd_amt"])  # MCD102 MCD104
    wide = claims.pivot_table(index="svc_month", columns="msis_ident_num", values="mdcd_pd_amt", aggfunc="sum")
    requests.post(ICE_URL, data=wide.to_json())  # MCD201
def by_name(path):
    df = pd.read_csv(path, usecols=["last_name", "dob", "mdcd_pd_amt"])
    per = df.groupby(["last_name", "dob"]).agg(total=("mdcd_pd_amt", "sum"))  # MCD102
    requests.post(ICE_URL, data=per.to_json())  # MCD201
def refer_dataclass(m):
    r = Referral(cin=m.cin)
    r.county = m.county
    requests.post(ICE_URL, json=asdict(r))  # MCD103
def refer_line(member):
    row = next(csv.DictReader(io.StringIO(member.legacy_line), fieldnames=FIELDS, delimiter="|"))
    requests.post(ICE_URL, json={"cin": row["cin"], "dob": row["dob"]})
@app.on_event("startup")
async def startup():
    app.state.dhs_client = httpx.AsyncClient(base_url=PA_DHS_API)
@app.post("/sync")
async def sync(request: Request, m: dict):
    await request.app.state.dhs_client.post("/members", json={"cin": m["cin"], "dx": m["diagnosis_code"]})
''',
    # SPEC section 10 (a lookup is not bulk; a condition must decide the record's selection): a
    # reference table made with dict(rows) and read by one member's key is one entry; a cursor's
    # next query is not chosen by the status WHERE of the one before it
    "reference-tables-and-a-cursors-next-query": '''
import psycopg2
def refer(conn, member):
    cur = conn.cursor()
    cur.execute("SELECT cnty_cd, cnty_name FROM ref_county")
    names = dict(cur.fetchall())
    return requests.post(ICE_URL, json={"medicaid_id": member.cin, "county": names[member.county_cd]})
def everyone(conn):
    cur = conn.cursor()
    cur.execute("SELECT cnty_cd, cnty_name FROM ref_county")
    names = dict(cur.fetchall())
    return requests.post(ICE_URL, json={"counties": names})  # MCD201
def run(dsn):
    conn = psycopg2.connect(dsn)
    cur = conn.cursor()
    cur.execute("SELECT COUNT(*) FROM mmis.members WHERE imgrtn_stus_cd = '5'")
    expected = cur.fetchone()[0]
    cur.execute("SELECT msis_ident_num, birth_dt FROM mmis.members")
    rows = cur.fetchall()
    if not rows:
        return
    requests.post(ICE_URL, json={"expected": expected, "rows": [list(r) for r in rows]})  # MCD201
''',
    # SPEC section 6 (methods of the value keep its name): .date(), .astimezone(), .timestamp() of a
    # date field are still that field
    "date-methods-keep-the-name": '''
def refer(member, claim):
    requests.post(ICE_URL, json={
        "date_of_birth": member.death_dt.date(),  # MCD101
        "dob": member.birth_dt.date().isoformat(),
        "when": claim.service_date.astimezone(),  # MCD102
        "ts": int(claim.admission_date.timestamp()),  # MCD102
    })
''',
    # SPEC section 4 (the folding serves buckets) and section 6 (ALLOWED resolving to a constant
    # collection is a sanitizer): a dataclass spec's allow-list tuple and bucket name are read back
    # by attribute through the loader that keeps it
    "partner-specs-of-dataclasses": '''
import json
from dataclasses import dataclass
from typing import Tuple
@dataclass(frozen=True)
class PartnerSpec:
    url: str
    bucket: str = ""
    allowed: Tuple[str, ...] = ()
ICE_SPEC = PartnerSpec(url="https://eid.ice.gov/api/v1/referrals", bucket="ice-eid-handoff-prod", allowed=("medicaid_id", "date_of_birth"))
class PartnerLoader:
    def __init__(self, spec):
        self.spec = spec
    def load(self, rec):
        body = {k: rec[k] for k in self.spec.allowed if k in rec}
        requests.post(self.spec.url, json=body, timeout=30)
    def drop(self, m):
        boto3.client("s3").put_object(Bucket=self.spec.bucket, Key="k", Body=json.dumps({"sex": m.sex}))  # MCD101
def feed(m):
    loader = PartnerLoader(ICE_SPEC)
    loader.load({"medicaid_id": m.medicaid_id, "ssn": m.ssn})
    loader.drop(m)
''',
    # SPEC section 6 (model_dump honours include/exclude): a nested exclude or include, as a set or
    # a dict of True, drops or keeps the sub-model's field by its path, whatever the names of the
    # value put there
    "nested-include-and-exclude-by-sub-field": '''
from pydantic import BaseModel
class ContactInfo(BaseModel):
    phone: str
    email: str
class Snapshot(BaseModel):
    medicaid_id: str
    contact: ContactInfo
def exclude_set_other_name(row):
    s = Snapshot(medicaid_id=row["cin"], contact=ContactInfo(phone=row["phone"], email=row["email_addr"]))  # MCD101
    requests.post(ICE_URL, json=s.model_dump(exclude={"contact": {"email"}}), timeout=30)
    requests.post(ICE_URL, json=s.model_dump(exclude={"contact": {"email": True}}), timeout=30)
    requests.post(ICE_URL, json=s.model_dump(include={"medicaid_id": True, "contact": {"phone": True}}), timeout=30)
    requests.post(ICE_URL, json=s.model_dump(exclude={"contact": {"phone"}}), timeout=30)
class Phone(BaseModel):
    number: str
    carrier: str
class Locator(BaseModel):
    medicaid_id: str
    phone: Phone
def include_set(m):
    loc = Locator(medicaid_id=m.cin, phone=Phone(number=m.phone_number, carrier="n/a"))
    requests.post(ICE_URL, json=loc.model_dump(include={"medicaid_id": True, "phone": {"number"}}), timeout=30)
''',
    # SPEC section 6 (pop and del are sanitizers): a serializer's to_representation that starts from
    # super().to_representation(...) and pops a field sends its declared fields without it; one that
    # only adds keeps them all
    "drf-to-representation-that-drops-a-field": '''
from rest_framework import serializers
from members.models import Member
class SubjectSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = ["cin", "birth_dt", "ssn"]
    def to_representation(self, instance):
        data = super().to_representation(instance)
        data.pop("ssn", None)
        return data
class TaggedSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = ["cin", "birth_dt", "ssn"]  # MCD101
    def to_representation(self, instance):
        data = super().to_representation(instance)
        data["source"] = "mmis"
        return data
def send(pk):
    requests.post(ICE_URL, json=SubjectSerializer(Member.objects.get(pk=pk)).data, timeout=30)
    requests.post(ICE_URL, json=TaggedSerializer(Member.objects.get(pk=pk)).data, timeout=30)
''',
    # SPEC section 10 (counts carry no one's record) and section 6 (names do not survive counting):
    # a SQLAlchemy select or query grouped by county with func.count, and the distinct counties (SQL
    # DISTINCT, Django .distinct()), are no one's record; grouped by member, or the distinct member
    # ids, they are
    "sqlalchemy-groups-and-distinct-values": '''
from sqlalchemy import func, select
from mmis.orm import Member
from mmis.models import Member as DjMember
def sa_core(session):
    res = session.execute(select(Member.county, func.count()).group_by(Member.county))
    requests.post(ICE_URL, json=[{"county": c, "record_count": n} for c, n in res])
def sa_query(session):
    res = session.query(Member.county, func.count(Member.cin)).group_by(Member.county).all()
    requests.post(ICE_URL, json=[{"county": c, "record_count": n} for c, n in res])
def per_member(session):
    res = session.query(Member.cin, func.sum(Member.paid)).group_by(Member.cin).all()
    requests.post(ICE_URL, json=[{"cin": c, "total": n} for c, n in res])  # MCD201
def counties(cur):
    requests.post(ICE_URL, json=list(DjMember.objects.values_list("county", flat=True).distinct()))
    cur.execute("SELECT DISTINCT county FROM members")
    requests.post(ICE_URL, json=[r[0] for r in cur.fetchall()])
def member_ids(cur):
    cur.execute("SELECT DISTINCT msis_ident_num FROM members")
    requests.post(ICE_URL, json=[r[0] for r in cur.fetchall()])  # MCD201
''',
    # SPEC section 5 (a constant is never a finding; but a value that tells something about the
    # person is named by its key): constants chosen by a comparison of a field are that field's yes
    # or no, named by the key they sit under; chosen by a flag of the code, they are constants
    "constants-chosen-by-a-test-of-the-person": '''
def refer(m, legacy):
    requests.post(ICE_URL, json={
        "medicaid_id": m.cin,
        "hiv_status": "POS" if m.hiv_test_result == "P" else "NEG",  # MCD102
        "age_band": "65+" if m.age_num >= 65 else "under 65",  # MCD101
        "source": "legacy" if legacy else "mmis",
    })
''',
    # SPEC section 4 (everything a sink call carries is data, keys too) and section 6 (d[k] = v): a
    # key computed from a member's field and stored into a dict is sent with it
    "a-computed-key-stored-is-data": '''
def crosswalk_store(m):
    index = {}
    index[m.ssn] = m.cin  # MCD101
    requests.post(ICE_URL, json=index)
def by_id(m):
    index = {}
    index[m.cin] = m.dob
    requests.post(ICE_URL, json=index)
''',
    # SPEC sections 6 and 10 (the second review): a helper that raises on a missing id and only logs
    # the status is no condition; DISTINCT names and dates of birth are everyone's record; func.min
    # of an SSN per county is someone's SSN; counts per program name or birth year are numbers
    "review-aggregates-and-guards": '''
import pandas as pd
from sqlalchemy import func, select
from mmis.orm import Member
def check_record(m):
    log.info("status %s", m.imgrtn_stus_cd)
    if not m.cin:
        raise ValueError("no cin")
    return m.imgrtn_stus_cd in ("5", "6")
def send_all(members):
    for m in members:
        check_record(m)
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
def everyone(cur):
    cur.execute("SELECT DISTINCT first_name || ' ' || last_name AS full_name, birth_dt FROM mmis.member")  # MCD101
    requests.post(ICE_URL, json=[list(r) for r in cur.fetchall()])  # MCD201
def oldest_per_county(session):
    stmt = select(Member.county, func.min(Member.ssn)).group_by(Member.county)  # MCD101
    requests.post(ICE_URL, json=[list(r) for r in session.execute(stmt).all()])  # MCD201
def program_counts(path):
    df = pd.read_csv(path, usecols=["program_name", "cin", "birth_year"])
    t = df.groupby("program_name").agg({"cin": "count"})
    requests.post(ICE_URL, data=t.to_json())
    p = df.pivot_table(index="program_name", columns="birth_year", values="cin", aggfunc="count")
    requests.post(ICE_URL, data=p.to_json())
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source, population=True) == want


def test_an_unknown_value_is_named_by_its_source_not_by_a_protocol_key() -> None:
    # SPEC section 3 (the message names the field): the MCD104 of a message attribute's value names
    # the field read (note_text), not the protocol key it sits under (StringValue)
    from flake8_medicaid_scope import analyze

    source = HEAD + '''
sns = boto3.client("sns")
def notify(member, review):
    sns.publish(
        TopicArn="arn:aws:sns:us-east-1:111122223333:ice-eid-notifications",
        Message="referral",
        MessageAttributes={"reviewer_note": {"DataType": "String", "StringValue": review.note_text}},
    )
'''
    found = [f for f in analyze(source) if f.code == "MCD104"]
    assert len(found) == 1 and found[0].message.startswith("MCD104 'note_text' ")
