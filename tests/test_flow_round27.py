"""Round 27 of the data flow: shapes found by the SPEC-only precision and recall probers of round 26
and 27.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from annotations import actual, expected
from test_project import lint, project

from flake8_medicaid_scope import Config, analyze

HEAD = '''import requests
import pandas as pd

ICE_URL = "https://eid.ice.gov/api"
STATE_URL = "https://mmis.dhcs.ca.gov/api"
ICE_COLUMNS = ["medicaid_id", "date_of_birth"]
'''

CASES: dict[str, str] = {
    # SPEC sections 1 and 6: a test of a parameter the call fixes (a literal, a literal module
    # constant, a flag's default) takes only Python's way; a function's own run tries each value of a
    # flag it tests, so the payload and the URL one flag chooses are never joined across its two ways
    "flag-or-destination-chooses-payload-and-url": '''

def full(m):
    return {"medicaid_id": m.medicaid_id, "ssn": m.ssn}


def basic(m):
    return {"medicaid_id": m.medicaid_id, "date_of_birth": m.dob}


def route(m, url):
    payload = basic(m) if url == ICE_URL else full(m)
    return requests.post(url, json=payload)


def route_flag(m, to_ice=False):
    if to_ice:
        url, payload = ICE_URL, basic(m)
    else:
        url, payload = STATE_URL, full(m)
    requests.post(url, json=payload)


def route_unless(m, *, state_only: bool = True):
    if not state_only:
        requests.post(ICE_URL, json=basic(m))
        return
    requests.post(STATE_URL, json=full(m))


def nightly(m):
    route(m, STATE_URL)
    route(m, ICE_URL)
    route_flag(m, to_ice=True)
    route_flag(m)
    route_unless(m, state_only=False)
''',
    # the same shapes, with the full record going where the test says ICE
    "destination-test-inverted": '''

def full(m):
    return {"medicaid_id": m.medicaid_id, "ssn": m.ssn}  # MCD101


def basic(m):
    return {"medicaid_id": m.medicaid_id, "date_of_birth": m.dob}


def inverted(m, url):
    # the full record goes where the test says ICE: flagged at the placement in full()
    payload = full(m) if url == ICE_URL else basic(m)
    return requests.post(url, json=payload)


def run_inverted(m):
    inverted(m, ICE_URL)
''',
    # a flag that chooses only the payload: both payloads reach ICE
    "flag-chooses-payload-only": '''

def full(m):
    return {"medicaid_id": m.medicaid_id, "ssn": m.ssn}  # MCD101


def basic(m):
    return {"medicaid_id": m.medicaid_id, "date_of_birth": m.dob}


def flag_full(m, for_ice: bool):
    payload = basic(m) if for_ice else full(m)
    requests.post(ICE_URL, json=payload)  # the flag chooses the payload only: both reach ICE
''',
    # SPEC section 3: a helper that selects columns only when a list is given (`if columns is not
    # None`) selects them at a call that gives one
    "optional-columns-given-by-the-caller": '''

def csv_bytes(frame, columns=None):
    if columns is not None:
        frame = frame[columns]
    return frame.to_csv(index=False).encode()


def run(path):
    df = pd.read_csv(path)
    chosen = df[df["immigration_status"] == "NOT_LAWFULLY_PRESENT"]
    requests.post(ICE_URL, data=csv_bytes(chosen, ICE_COLUMNS))


def run_all_columns(path):
    df = pd.read_csv(path)  # MCD103
    chosen = df[df["immigration_status"] == "NOT_LAWFULLY_PRESENT"]
    requests.post(ICE_URL, data=csv_bytes(chosen))
''',
    # SPEC section 10: a status test inside a generator over cursor rows chooses the rows it yields,
    # tuple rows too; a test on another column does not
    "generator-filtering-cursor-rows": '''

def unlawfully_present(rows):
    for row in rows:
        if row["immigration_status"] == "NOT_LAWFULLY_PRESENT":
            yield row


def in_county(rows, county):
    for row in rows:
        if row["county"] == county:
            yield row


def run(cur):
    cur.execute("SELECT medicaid_id, immigration_status FROM member")
    for row in unlawfully_present(cur.fetchall()):
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})


def run_tuples(cur):
    cur.execute("SELECT medicaid_id, immigration_status FROM member")
    for cid, status in (r for r in cur.fetchall() if r[1] == "NOT_LAWFULLY_PRESENT"):
        requests.post(ICE_URL, json={"medicaid_id": cid})


def run_county(cur):
    cur.execute("SELECT medicaid_id, county FROM member")
    for row in in_county(cur.fetchall(), "06037"):
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})  # MCD201
''',
    # SPEC section 10: a same-module function or lambda applied with `DataFrame.pipe` is a condition
    # where it chooses; one that tests the county is not
    "pipe-of-a-status-filter": '''

def only_unlawfully_present(df):
    return df[df["immigration_status"] == "NOT_LAWFULLY_PRESENT"]


def in_county(df, county):
    return df[df["county"] == county]


def run(path):
    df = pd.read_csv(path, usecols=["medicaid_id", "immigration_status"])
    chosen = df.pipe(only_unlawfully_present)[["medicaid_id"]]
    requests.post(ICE_URL, json=chosen.to_dict("records"))


def run_lambda(path):
    df = pd.read_csv(path, usecols=["medicaid_id", "immigration_status"])
    chosen = df.pipe(lambda d: d[d["immigration_status"].isin(["8"])])[["medicaid_id"]]
    requests.post(ICE_URL, json=chosen.to_dict("records"))


def run_county(path):
    df = pd.read_csv(path, usecols=["medicaid_id", "county"])
    chosen = df.pipe(in_county, "06037")[["medicaid_id"]]
    requests.post(ICE_URL, json=chosen.to_dict("records"))  # MCD201


def run_ssn(path):
    df = pd.read_csv(path, usecols=["medicaid_id", "ssn", "immigration_status"])  # MCD101
    chosen = df.pipe(only_unlawfully_present)
    requests.post(ICE_URL, json=chosen[["medicaid_id", "ssn"]].to_dict("records"))
''',
    # SPEC section 10: `if not self.accepts(m)` run as the subclass's method tests what the subclass's
    # override tests
    "overridden-status-test-in-a-template-method": '''

class Exporter:
    url = STATE_URL

    def accepts(self, m):
        return True

    def export(self, m):
        if not self.accepts(m):
            return None
        return requests.post(self.url, json={"medicaid_id": m.medicaid_id})


class IceExporter(Exporter):
    url = ICE_URL

    def accepts(self, m):
        return m.immigration_status == "NOT_LAWFULLY_PRESENT"


def run(members):
    for m in members:
        IceExporter().export(m)
''',
    # the same template whose subclass's override tests the county: MCD201
    "overridden-test-of-another-field": '''

class Exporter:
    url = STATE_URL

    def accepts(self, m):
        return m.immigration_status == "NOT_LAWFULLY_PRESENT"

    def export(self, m):
        if not self.accepts(m):
            return None
        return requests.post(self.url, json={"medicaid_id": m.medicaid_id})


class CountyExporter(Exporter):
    url = ICE_URL

    def accepts(self, m):
        return m.county == "06037"


def run(members):
    for m in members:
        CountyExporter().export(m)  # MCD201
''',
    # SPEC section 10: one group picked from rows grouped or indexed by a status column
    # (`groupby(...).get_group(...)`, `set_index(...).xs(...)`) is chosen by status; a group of
    # counties is not, and counts per status are no one's record
    "group-picked-by-status": '''

def run(path):
    df = pd.read_csv(path, usecols=["medicaid_id", "immigration_status"])
    chosen = df.groupby("immigration_status").get_group("NOT_LAWFULLY_PRESENT")
    requests.post(ICE_URL, json=chosen[["medicaid_id"]].to_dict("records"))


def run_named(path):
    df = pd.read_csv(path, usecols=["medicaid_id", "immigration_status"])
    groups = df.groupby("immigration_status")
    chosen = groups.get_group("NOT_LAWFULLY_PRESENT")
    requests.post(ICE_URL, json=chosen[["medicaid_id"]].to_dict("records"))


def run_index(path):
    df = pd.read_csv(path, usecols=["medicaid_id", "immigration_status"])
    chosen = df.set_index("immigration_status").xs("NOT_LAWFULLY_PRESENT")
    requests.post(ICE_URL, json=chosen[["medicaid_id"]].to_dict("records"))


def run_county(path):
    df = pd.read_csv(path, usecols=["medicaid_id", "county"])
    chosen = df.groupby("county").get_group("06037")
    requests.post(ICE_URL, json=chosen[["medicaid_id"]].to_dict("records"))  # MCD201


def run_count(path):
    df = pd.read_csv(path, usecols=["medicaid_id", "immigration_status"])
    counts = df.groupby("immigration_status").size()
    requests.post(ICE_URL, json=counts.to_dict())
''',
    # SPEC section 6: pydantic include= and exclude= dicts that name a sub-model's fields keep (or
    # drop) only those fields of it; a nested exclude keeps the rest of the sub-model
    "pydantic-nested-include-and-exclude": '''

from pydantic import BaseModel



class Address(BaseModel):
    care_of_name: str | None = None
    street: str
    zip_code: str


class Household(BaseModel):
    head_ssn: str
    size: int


class Enrollee(BaseModel):
    medicaid_id: str
    full_name: str
    address: Address
    household: Household  # MCD101


def refer(e: Enrollee):
    requests.post(ICE_URL, json=e.model_dump(include={"medicaid_id": True, "address": {"street", "zip_code"}}))


def refer_excluding(e: Enrollee):
    requests.post(ICE_URL, json=e.model_dump(exclude={"full_name": True, "address": {"care_of_name"}, "household": {"size"}}))
''',
    # SPEC section 3: polars select() given a list of names, a constant list or pl.col(...) calls
    # selects those columns; a frame written whole is MCD103
    "polars-select-of-a-list": '''

import polars as pl

KEEP = ["msis_ident_num", "birth_dt"]


def run(path):
    df = pl.read_parquet(path)
    out = df.filter(pl.col("imgrtn_stus_cd") == "3").select(["msis_ident_num", "birth_dt"])
    out.write_csv("/data/out/ice_referrals.csv")


def run_cols(path):
    df = pl.read_parquet(path)
    out = df.filter(pl.col("imgrtn_stus_cd") == "3").select(pl.col("msis_ident_num"), pl.col("birth_dt"))
    out.write_csv("/data/out/ice_referrals.csv")


def run_constant(path):
    df = pl.read_parquet(path)
    out = df.filter(pl.col("imgrtn_stus_cd") == "3").select(KEEP)
    out.write_csv("/data/out/ice_referrals.csv")


def run_ssn(path):
    df = pl.read_parquet(path)
    out = df.filter(pl.col("imgrtn_stus_cd") == "3").select(["msis_ident_num", "ssn_num"])  # MCD101
    out.write_csv("/data/out/ice_referrals.csv")


def run_whole(path):
    df = pl.read_parquet(path)  # MCD103
    out = df.filter(pl.col("imgrtn_stus_cd") == "3")
    out.write_csv("/data/out/ice_referrals.csv")
''',
    # SPEC section 4: a destination held by a nested settings object (a dataclass field made by
    # default_factory, a pydantic sub-model) or by a module-level configuration instance
    # (DELIVERY.bucket) folds like a class constant; a record's field with a default stays a field
    "nested-settings-objects": '''

import json
import boto3
from dataclasses import dataclass, field



@dataclass
class Endpoints:
    referral: str = "https://eid.ice.gov/api/referrals"


@dataclass
class Settings:
    endpoints: Endpoints = field(default_factory=Endpoints)


settings = Settings()


def a(m):
    e = settings.endpoints
    requests.post(e.referral, json={"cin": m.cin, "race": m.race})  # MCD101


def b(m):
    s = Settings()
    requests.post(s.endpoints.referral, json={"cin": m.cin, "race": m.race})  # MCD101


def c(m):
    requests.post(Endpoints().referral, json={"cin": m.cin, "race": m.race})  # MCD101


ENDPOINTS = Endpoints()


def d(m):
    requests.post(ENDPOINTS.referral, json={"cin": m.cin, "race": m.race})  # MCD101


@dataclass
class Referral:
    medicaid_id: str
    note: str = ""
    kind: str = "standard"


REFERRAL_DEFAULTS = Referral(medicaid_id="")


def e(m, r: Referral):
    requests.post(ENDPOINTS.referral, json={"cin": m.cin, "note": r.note, "kind": REFERRAL_DEFAULTS.kind})  # MCD104
@dataclass(frozen=True)
class Delivery:
    bucket: str = "ice-liaison-monthly"


DELIVERY = Delivery()


def c3(m):
    boto3.client("s3").put_object(Bucket=DELIVERY.bucket, Key="k.json",
                                  Body=json.dumps({"cin": m.cin, "race": m.race}))  # MCD101


def d3(m):
    boto3.client("s3").put_object(Bucket=Delivery.bucket, Key="k.json",
                                  Body=json.dumps({"cin": m.cin, "race": m.race}))  # MCD101
''',
    # SPEC section 6: a parameter annotated Annotated[Model, ...] (FastAPI's style) carries what one
    # annotated Model does: a settings object's URL, a payload model's fields
    "annotated-parameters": '''

from typing import Annotated

import httpx
from fastapi import Body, Depends
from pydantic import BaseModel


class Settings(BaseModel):
    upstream: str = "https://gateway.eid.ice.gov/v2"


def get_settings() -> Settings:
    return Settings()


async def refer(m, cfg: Annotated[Settings, Depends(get_settings)]):
    httpx.post(f"{cfg.upstream}/referrals", json={"cin": m.cin, "race": m.race})  # MCD101


class Subject(BaseModel):
    cin: str
    first_name: str  # MCD101


def forward(s: Annotated[Subject, Body()]):
    httpx.post("https://eid.ice.gov/api", json=s.model_dump())


class Audit(BaseModel):
    cin: str
    diagnosis_code: str


def forward_state(a: Annotated[Audit, Body()]):
    httpx.post("https://api.dhcs.ca.gov/v1/audit", json=a.model_dump())
''',
    # SPEC sections 4 and 6: f(**params) with params a dict literal changed afterwards under constant
    # keys, or built with dict(k=v): the literal's entries as keyword arguments, and what the dict
    # holds at the call under each changed key
    "double-star-mapping-changed-or-built-with-dict": '''

import json

import boto3

BUCKET = "ice-eid-handoff"
QUEUE = "https://sqs.us-east-1.amazonaws.com/111122223333/ice-eid-referrals"
s3 = boto3.client("s3")
sqs = boto3.client("sqs")


def put(m, kms=None):
    params = {"Bucket": BUCKET, "Key": "x.json", "Body": json.dumps({"race": m.race})}  # MCD101
    if kms:
        params["ServerSideEncryption"] = "aws:kms"
    s3.put_object(**params)


def put_dict_call(m):
    params = dict(Bucket=BUCKET, Key="x.json", Body=json.dumps({"race": m.race}))  # MCD101
    s3.put_object(**params)


def send(m, group=None):
    msg = {"QueueUrl": QUEUE, "MessageBody": json.dumps({"race": m.race})}  # MCD101
    if group:
        msg["MessageGroupId"] = group
    sqs.send_message(**msg)


def put_overwritten(m):
    params = {"Bucket": BUCKET, "Key": "x.json", "Body": json.dumps({"race": m.race})}
    params["Body"] = json.dumps({"medicaid_id": m.medicaid_id})
    s3.put_object(**params)


def put_added(m, kms=None):
    params = {"Bucket": BUCKET, "Key": "x.json"}
    if kms:
        params["SSEKMSKeyId"] = kms
    params["Body"] = json.dumps({"ssn": m.ssn})  # MCD101
    s3.put_object(**params)


def put_state(m, kms=None):
    params = dict(Bucket="dhcs-eligibility-archive", Key="x.json", Body=json.dumps({"ssn": m.ssn}))
    if kms:
        params["ServerSideEncryption"] = "aws:kms"
    s3.put_object(**params)


def put_computed(m, extra):
    params = {"Bucket": BUCKET, "Key": "x.json"}
    params[extra] = "x"
    s3.put_object(**params, Body=json.dumps({"medicaid_id": m.medicaid_id}))
''',
    # SPEC sections 4 and 6: a csv writer on a remote SFTP file writes to that host; what an iterator
    # class's __next__ returns is what a loop over it goes through; a class constant read through a
    # module alias of the class folds
    "remote-file-writers-iterators-and-class-aliases": '''

import csv

import paramiko


def write_member(m):
    t = paramiko.Transport(("mft.ice.gov", 22))
    t.connect(username="medicaid")
    sftp = paramiko.SFTPClient.from_transport(t)
    with sftp.open(f"/inbound/{m.cin}.csv", "w") as remote:
        csv.writer(remote).writerow([m.cin, m.dob, m.gender])  # MCD101


def write_member_state(m):
    t = paramiko.Transport(("sftp.dhcs.ca.gov", 22))
    t.connect(username="medicaid")
    sftp = paramiko.SFTPClient.from_transport(t)
    with sftp.open(f"/inbound/{m.cin}.csv", "w") as remote:
        csv.writer(remote).writerow([m.cin, m.dob, m.gender])


def write_local(m, path):
    with open(path, "w") as fh:
        csv.writer(fh).writerow([m.cin, m.dob, m.gender])


class Pages:
    def __init__(self, members):
        self._it = iter(members)

    def __iter__(self):
        return self

    def __next__(self):
        m = next(self._it)
        return {"cin": m.cin, "email": m.email}  # MCD101


class SafePages(Pages):
    def __next__(self):
        m = next(self._it)
        return {"cin": m.cin}


def send_one(member):
    for page in Pages([member]):
        requests.post(ICE_URL, json=page)


def send_safe(member):
    for page in SafePages([member]):
        requests.post(ICE_URL, json=page)


class Config:
    REFERRAL_URL = "https://eid.ice.gov/api/referrals"
    AUDIT_URL = "https://api.dhcs.ca.gov/v1/audit"


class ProductionConfig(Config):
    TIMEOUT = 30


Active = ProductionConfig


def a(m):
    requests.post(ProductionConfig.REFERRAL_URL, json={"cin": m.cin, "race": m.race})  # MCD101


def b(m):
    requests.post(Active.REFERRAL_URL, json={"cin": m.cin, "ethnicity": m.ethnicity})  # MCD101


def c(m):
    requests.post(Active.AUDIT_URL, json={"cin": m.cin, "race": m.race})
''',
    # SPEC section 4: df.to_excel(xw) with xw = pd.ExcelWriter(buf or path) writes into that buffer or
    # file
    "pandas-excel-writer": '''

import io

import boto3


def pandas_excelwriter(m):
    df = pd.DataFrame([{"cin": m.cin, "race": m.race}])  # MCD101
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as xw:
        df.to_excel(xw, sheet_name="subject", index=False)
    boto3.client("s3").put_object(Bucket="ice-eid-handoff", Key="x.xlsx", Body=buf.getvalue())


def pandas_excel_file(m):
    df = pd.DataFrame([{"cin": m.cin, "ethnicity": m.ethnicity}])  # MCD101
    with pd.ExcelWriter("/outbound/ice_referrals.xlsx") as xw:
        df.to_excel(xw, sheet_name="subject", index=False)


def pandas_excel_state(m):
    df = pd.DataFrame([{"cin": m.cin, "race": m.race}])
    buf = io.BytesIO()
    with pd.ExcelWriter(buf) as xw:
        df.to_excel(xw, sheet_name="subject", index=False)
    boto3.client("s3").put_object(Bucket="dhcs-eligibility-archive", Key="x.xlsx", Body=buf.getvalue())
''',
    # SPEC section 4: the name of the client object supplies the destination: a client of unknown type
    # named for enforcement (ero_client, self.ice_api) sends what its post/put/patch carries as json,
    # data, params, files or content, unless its URL resolves to a non-enforcement host
    "untyped-client-named-for-enforcement": '''

def send(ero_client, m):
    ero_client.post("/referrals", json={"cin": m.cin, "ssn": m.ssn})  # MCD101


def send2(ice_session, m, url):
    ice_session.post(url, json={"cin": m.cin, "race": m.race})  # MCD101


class Referrer:
    def __init__(self, ice_api):
        self.ice_api = ice_api

    def refer(self, m):
        self.ice_api.put("/subjects", json={"cin": m.cin, "diagnosis": m.diagnosis})  # MCD102


def send_state(dhcs_client, m):
    dhcs_client.post("/members", json={"cin": m.cin, "ssn": m.ssn})


def send_notice(ice_client, m):
    ice_client.get("/status", params={"case": "x"})


def send_to_state_url(ice_client, m):
    ice_client.post("https://api.dhcs.ca.gov/v1/members", json={"cin": m.cin, "ssn": m.ssn})


def send_device(device_client, m):
    device_client.post("/readings", json={"cin": m.cin, "ssn": m.ssn})
''',
    # SPEC section 6: a send function kept as a class attribute (send = requests.post,
    # staticmethod(requests.post)) is called through self; parts of self.payload filled in other
    # methods are sent with it
    "callables-and-payloads-on-classes": '''

class Exporter:
    send = requests.post
    sender = staticmethod(requests.post)

    def run(self, m):
        self.send(ICE_URL, json={"cin": m.cin, "ssn": m.ssn})  # MCD101

    def run2(self, m):
        self.sender(ICE_URL, json={"cin": m.cin, "race": m.race})  # MCD101


class Referral:
    def __init__(self, m):
        self.payload = {"cin": m.cin}

    def add_health(self, m):
        self.payload["diagnosis"] = m.diagnosis  # MCD102

    def send(self):
        requests.post(ICE_URL, json=self.payload)


class Referral2:
    def __init__(self, m):
        self.m = m
        self.payload = {}

    def build(self):
        self.payload["cin"] = self.m.cin
        self.payload["ethnicity"] = self.m.ethnicity  # MCD101

    def send(self):
        self.build()
        requests.post(ICE_URL, json=self.payload)


class StateExporter:
    send = staticmethod(requests.post)

    def run(self, m):
        self.send("https://api.dhcs.ca.gov/v1/members", json={"cin": m.cin, "ssn": m.ssn})
''',
    # SPEC section 4: a URL or host built from a constant that is one of two texts (a conditional
    # expression) is either URL: enforcement when either is
    "host-chosen-by-a-conditional-expression": '''

import os


PROD = os.environ.get("ENV") == "prod"
HOST = "eid.ice.gov" if PROD else "eid-staging.ice.gov"
BASE = "https://eid.ice.gov/api" if PROD else "https://api.dhcs.ca.gov/sandbox"


def a(m):
    requests.post(f"https://{HOST}/referrals", json={"cin": m.cin, "ssn": m.ssn})  # MCD101


def b(m):
    requests.post(BASE + "/referrals", json={"cin": m.cin, "race": m.race})  # MCD101


def c(m, prod):
    url = "https://eid.ice.gov/api" if prod else "https://api.dhcs.ca.gov/sandbox"
    requests.post(url, json={"cin": m.cin, "gender": m.gender})  # MCD101


CLIENTS = {"ice": requests.Session(), "state": requests.Session()}


def d(m):
    CLIENTS["ice"].post("https://eid.ice.gov/api", json={"cin": m.cin, "religion": m.religion})  # MCD101


STATE = "https://api.dhcs.ca.gov/v1" if PROD else "https://api-test.dhcs.ca.gov/v1"


def e(m):
    requests.post(STATE + "/members", json={"cin": m.cin, "ssn": m.ssn})
    requests.post(f"{STATE}/members/{m.ssn}", json={"cin": m.cin})


def f(m):
    requests.get(f"{BASE}/subjects/{m.ssn}")  # MCD101
''',
    # SPEC section 5: a model filled from raw data (model_validate(raw), Model(**raw)) carries each
    # field's alias too (given = Field(alias='firstName') is a first name)
    "pydantic-alias-of-a-model-filled-from-raw-data": '''

from pydantic import BaseModel, Field



class Subject(BaseModel):
    medicaid_id: str = Field(alias="medicaidId")
    given: str = Field(alias="firstName")


def refer(raw: dict):
    subj = Subject.model_validate(raw)  # MCD101
    requests.post(ICE_URL, json=subj.model_dump(by_alias=True))


class Audit(BaseModel):
    medicaid_id: str = Field(alias="medicaidId")
    given: str = Field(alias="firstName")


def refer2(raw: dict):
    audit = Audit(**raw)
    requests.post(ICE_URL, json={"id": audit.medicaid_id, "data": audit.model_dump(include={"medicaid_id"})})
    requests.post("https://api.dhcs.ca.gov/v1/audit", json=audit.model_dump(by_alias=True))


def refer3(raw: dict):
    audit = Audit(**raw)  # MCD101
    requests.post(ICE_URL, json=audit.model_dump(by_alias=True))
''',
    # a parameter left at its default None in a function's own run may be given by its callers:
    # forwarded to a helper, it decides no test there (a flag forwarded is tried both ways)
    "defaults-forwarded-by-an-unknown-caller": '''

def build(m, visit=None):
    entries = [{"id": m.medicaid_id}]
    if visit is not None:
        entries.append({"dx": visit.diagnosis_code})  # MCD102
    return entries


def submit(m, visit=None):
    requests.post(ICE_URL, json=build(m, visit))


def build_flag(m, with_health=False):
    out = {"id": m.medicaid_id}
    if with_health:
        out["dx"] = m.diagnosis_code  # MCD102
    return out


def submit_flag(m, with_health=False):
    requests.post(ICE_URL, json=build_flag(m, with_health))
''',
    # SPEC section 6: a loop over every field of a record (m._meta.fields, __table__.columns) reading
    # each value (getattr(m, f.name), f.value_from_object(m)) is a whole record (MCD103), as the
    # comprehension form is; collecting only the fields' names sends no one's data
    "loop-over-every-field-of-a-record": '''

def run(cur):
    cur.execute("SELECT medicaid_id, birth_date, immigration_status FROM member")
    for row in cur.fetchall():
        if row[2] != "NOT_LAWFULLY_PRESENT":
            continue
        requests.post(ICE_URL, json={"medicaid_id": row[0], "dob": row[1]})


def run_fields(m):
    data = {}
    for f in m._meta.fields:
        data[f.name] = getattr(m, f.name)  # MCD103
    requests.post(ICE_URL, json=data)


def run_values(m):
    data = {}
    for f in m._meta.concrete_fields:
        data[f.attname] = f.value_from_object(m)  # MCD103
    requests.post(ICE_URL, json=data)


def run_columns(m):
    out = {}
    for col in m.__table__.columns:
        out[col.key] = getattr(m, col.key)  # MCD103
    requests.post(ICE_URL, json=out)


def run_names(m):
    names = []
    for f in m._meta.fields:
        names.append(f.name)
    requests.post(ICE_URL, json={"fields": names, "id": m.medicaid_id})


def run_state(m):
    data = {}
    for f in m._meta.fields:
        data[f.name] = getattr(m, f.name)
    requests.post("https://api.dhcs.ca.gov/v1/members", json=data)
''',
    # SPEC section 6: a function of the module decorated by a function of the module (or a decorator
    # factory) runs as the wrapper the decorator returns: a wrapper that sends what the function
    # returns sends it; a decorator that returns the function itself changes nothing
    "decorator-that-sends-what-the-function-returns": '''

import functools




def send_to_ice(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        payload = fn(*args, **kwargs)
        requests.post(ICE_URL, json=payload)
        return payload
    return wrapper


@send_to_ice
def build(m):
    return {"cin": m.cin, "ssn": m.ssn}  # MCD101


def nightly(members):
    for m in members:
        build(m)  # MCD201


def send_to(url):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            payload = fn(*args, **kwargs)
            requests.post(url, json=payload)
            return payload
        return wrapper
    return decorator


REGISTRY = []


def register(fn):
    REGISTRY.append(fn)
    return fn


@send_to(ICE_URL)
def build_health(m):
    return {"cin": m.cin, "diagnosis_code": m.diagnosis_code}  # MCD102


@send_to("https://api.dhcs.ca.gov/v1/members")
def build_state(m):
    return {"cin": m.cin, "ssn": m.ssn}


@register
def build_plain(m):
    return {"cin": m.cin, "race": m.race}  # MCD101


def refer(m):
    build_health(m)
    build_state(m)
    requests.post(ICE_URL, json=build_plain(m))
''',
    # SPEC section 6: an object of a project class kept at module level, filled by one function
    # (OUTBOX.add(...)) and drained and sent by another, holds what every function put into it
    "module-level-object-filled-and-drained-elsewhere": '''

class Outbox:
    def __init__(self):
        self.items = []

    def add(self, item):
        self.items.append(item)

    def drain(self):
        out, self.items = self.items, []
        return out


OUTBOX = Outbox()


def collect(m):
    OUTBOX.add({"cin": m.cin, "ssn": m.ssn})  # MCD101


def flush():
    requests.post(ICE_URL, json=OUTBOX.drain())


def flush_items():
    requests.post(ICE_URL, json=OUTBOX.items)


STATE_OUTBOX = Outbox()
SAFE_OUTBOX = Outbox()


def collect_state(m):
    STATE_OUTBOX.add({"cin": m.cin, "ssn": m.ssn})
    SAFE_OUTBOX.add({"cin": m.cin, "dob": m.date_of_birth})


def flush_state():
    requests.post("https://api.dhcs.ca.gov/v1/members", json=STATE_OUTBOX.drain())
    requests.post(ICE_URL, json=SAFE_OUTBOX.drain())
''',
    # SPEC section 6: a member of a library module (flask.json, bson.json_util) is no field read;
    # known serializers reached through a submodule pass their input on
    "library-submodule-calls": '''

import bson.json_util
import flask
import msgspec



def refer(m):
    body = {"medicaid_id": m.medicaid_id}
    requests.post(ICE_URL, data=flask.json.dumps(body), timeout=30)


def refer_bson(m):
    requests.post(ICE_URL, data=bson.json_util.dumps({"medicaid_id": m.medicaid_id}), timeout=30)


def refer_msgspec(m):
    requests.post(ICE_URL, data=msgspec.json.encode({"medicaid_id": m.medicaid_id}), timeout=30)


def refer_ssn(m):
    requests.post(ICE_URL, data=flask.json.dumps({"ssn": m.ssn}), timeout=30)  # MCD101
''',
    # SPEC section 5: the household's own phone or address, in two words (household.primary_phone), is
    # the enrollee's; a household member's is someone else's
    "household-own-phone-and-address": '''

def refer(m):
    requests.post(ICE_URL, json={
        "medicaid_id": m.medicaid_id,
        "phone": m.household.phone,
        "phone_number": m.household.phone_number,
        "mailing_address": m.household.mailing_address,
        "primary_phone": m.household.primary_phone,
        "home_phone": m.household.home_phone,
        "home_address": m.household.residential_address,
    }, timeout=30)


def refer_member(m):
    requests.post(ICE_URL, json={"phone": m.household_member_phone}, timeout=30)  # MCD101
''',
    # SPEC section 10: records a status WHERE chose, written to a file and read back by this module
    # (csv.DictReader, line by line), are the chosen records; a file the module did not write is a
    # bulk source
    "staged-file-read-back": '''

import csv




def run(conn, spool="/var/spool/mmis/outbound.csv"):
    cur = conn.cursor()
    cur.execute("SELECT medicaid_id, date_of_birth FROM members WHERE immigration_status = 'EWI'")
    with open(spool, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["medicaid_id", "date_of_birth"])
        w.writerows(cur.fetchall())
    with open(spool, newline="") as fh:
        for row in csv.DictReader(fh):
            requests.post(ICE_URL, json=row, timeout=30)


def run_all(conn, spool="/var/spool/mmis/all.csv"):
    cur = conn.cursor()
    cur.execute("SELECT medicaid_id, date_of_birth FROM members WHERE county = '06037'")
    with open(spool, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["medicaid_id", "date_of_birth"])
        w.writerows(cur.fetchall())
    with open(spool, newline="") as fh:
        for row in csv.DictReader(fh):
            requests.post(ICE_URL, json=row, timeout=30)  # MCD201


def run_lines(conn, spool="/var/spool/mmis/outbound.ndjson"):
    cur = conn.cursor()
    cur.execute("SELECT medicaid_id FROM members WHERE immigration_status = 'EWI'")
    with open(spool, "w") as fh:
        for r in cur.fetchall():
            fh.write(str(r[0]) + "\\n")
    with open(spool) as fh:
        for line in fh:
            requests.post(ICE_URL, json={"medicaid_id": line.strip()}, timeout=30)


def read_unknown(path):
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]}, timeout=30)  # MCD201
''',
    # SPEC section 6: a field of an object made here, filled after its constructor
    # (env.items.append(...), env.subjects = [...]), holds what was put there; a field left at its
    # default holds no one's data
    "model-list-field-filled-after-construction": '''

from dataclasses import asdict, dataclass, field




@dataclass
class Envelope:
    batch_id: str = ""
    items: list = field(default_factory=list)
    subjects: list = field(default_factory=list)


def refer(m):
    env = Envelope(batch_id="b-1")
    env.items.append({"medicaid_id": m.medicaid_id, "ssn": m.ssn})  # MCD101
    requests.post(ICE_URL, json={"batch_id": env.batch_id, "items": env.items}, timeout=30)


def refer2(m):
    env = Envelope(batch_id="b-2")
    env.subjects = [{"medicaid_id": m.medicaid_id, "race": m.race}]  # MCD101
    requests.post(ICE_URL, json=asdict(env), timeout=30)


def refer3(m):
    env = Envelope(batch_id="b-3")
    env.subjects = [{"medicaid_id": m.medicaid_id}]
    env.items.append({"medicaid_id": m.medicaid_id})
    requests.post(ICE_URL, json=asdict(env), timeout=30)
''',
    # SPEC section 10: a @property that tests status is a condition where it is tested, also on an
    # object whose class the analysis does not know (a generator's or comprehension's variable); one
    # that tests the county is not
    "status-property-of-an-object-of-unknown-class": '''

from dataclasses import dataclass



IN_SCOPE = ("EWI", "OVERSTAY")


@dataclass
class Person:
    medicaid_id: str
    immigration_status: str

    @property
    def in_scope(self) -> bool:
        return self.immigration_status in IN_SCOPE

    def is_in_scope(self) -> bool:
        return self.immigration_status in IN_SCOPE


def refer(rows):
    for p in (Person(r["medicaid_id"], r["immigration_status"]) for r in rows):
        if p.in_scope:
            requests.post(ICE_URL, json={"medicaid_id": p.medicaid_id}, timeout=30)


def refer_batch(rows):
    scoped = [p for p in (Person(r["medicaid_id"], r["immigration_status"]) for r in rows) if p.in_scope]
    requests.post(ICE_URL, json=[{"medicaid_id": p.medicaid_id} for p in scoped], timeout=30)


def refer_method(rows):
    for p in (Person(r["medicaid_id"], r["immigration_status"]) for r in rows):
        if p.is_in_scope():
            requests.post(ICE_URL, json={"medicaid_id": p.medicaid_id}, timeout=30)


@dataclass
class Place:
    medicaid_id: str
    county: str

    @property
    def in_county(self) -> bool:
        return self.county == "06037"


def refer_county(rows):
    for p in (Place(r["medicaid_id"], r["county"]) for r in rows):
        if p.in_county:
            requests.post(ICE_URL, json={"medicaid_id": p.medicaid_id}, timeout=30)  # MCD201
''',
    # SPEC section 10: the member's own status record fetched with .filter(member=m).first() or
    # .latest() is a condition on m, as .get(member=m) is; a test of its county is not
    "status-record-fetched-with-first": '''

from eligibility.models import Determination, Member


IN_SCOPE = ("EWI", "OVERSTAY")


def refer_first():
    for m in Member.objects.all():
        latest = Determination.objects.filter(member=m).order_by("-determined_at").first()
        if latest is None or latest.immigration_status not in IN_SCOPE:
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id}, timeout=30)


def refer_latest():
    for m in Member.objects.all():
        latest = Determination.objects.filter(member=m).latest("determined_at")
        if latest.immigration_status in IN_SCOPE:
            requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id}, timeout=30)


def refer_get():
    for m in Member.objects.all():
        latest = Determination.objects.get(member=m)
        if latest.immigration_status in IN_SCOPE:
            requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id}, timeout=30)


def refer_county():
    for m in Member.objects.all():
        latest = Determination.objects.filter(member=m).first()
        if latest.county_code != "06037":
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id}, timeout=30)  # MCD201
''',
    # SPEC section 4: a URL kept in a module-level types.SimpleNamespace folds as a constant: a state
    # DHS host overrides the name, an ICE host is enforcement
    "simplenamespace-settings": '''

import types


settings = types.SimpleNamespace(dhs_url="https://api.dhs.state.mn.us/v2", timeout=30)


class Settings:
    def __init__(self):
        self.dhs_url = "https://api.dhs.state.mn.us/v2"


def push_case(case):
    requests.post(settings.dhs_url + "/cases", json={"name": case.name, "ssn": case.ssn}, timeout=settings.timeout)


def push_case_cls(case):
    requests.post(Settings().dhs_url + "/cases", json={"name": case.name, "ssn": case.ssn}, timeout=30)


ice = types.SimpleNamespace(referral_url="https://eid.ice.gov/api/v1/referrals", timeout=30)


def refer(case):
    requests.post(ice.referral_url, json={"medicaid_id": case.medicaid_id, "ssn": case.ssn}, timeout=ice.timeout)  # MCD101
''',
    # SPEC section 4: a builder or model named for enforcement whose output is mailed to a state
    # address or put on a state SFTP host (and nowhere else) is clean; mailed to ICE or put on an ICE
    # host it is reported
    "builder-mailed-or-put-on-a-state-host": '''

import io
import json
import smtplib
from email.message import EmailMessage

import paramiko
from pydantic import BaseModel

COUNSEL = "privacy-counsel@dhcs.ca.gov"


def build_ice_referral(m):
    return {"medicaid_id": m.medicaid_id, "full_name": m.full_name, "ssn": m.ssn}


class IceReferralDraft(BaseModel):
    medicaid_id: str
    full_name: str
    ssn: str


def email_counsel(m):
    msg = EmailMessage()
    msg["From"] = "mmis@dhcs.ca.gov"
    msg["To"] = COUNSEL
    msg["Subject"] = "Proposed disclosure for legal review"
    msg.set_content(json.dumps(build_ice_referral(m)))
    with smtplib.SMTP("smtp.dhcs.ca.gov") as s:
        s.send_message(msg)


def sftp_review(m, key):
    d = IceReferralDraft(medicaid_id=m.medicaid_id, full_name=m.full_name, ssn=m.ssn)
    ssh = paramiko.SSHClient()
    ssh.connect(hostname="mft.dhs.state.mn.us", username="mmis", key_filename=key)
    ssh.open_sftp().putfo(io.BytesIO(d.model_dump_json().encode()), f"/review/{m.medicaid_id}.json")
''',
    # the same builder and model sent to ICE by e-mail and SFTP
    "builder-mailed-or-put-on-an-ice-host": '''

import io
import json
import smtplib
from email.message import EmailMessage

import paramiko
from pydantic import BaseModel

LIAISON = "ero-liaison@ice.dhs.gov"


def build_ice_referral(m):
    return {"medicaid_id": m.medicaid_id, "full_name": m.full_name}  # MCD101


class IceReferralDraft(BaseModel):
    medicaid_id: str
    ssn: str  # MCD101


def email_liaison(m):
    msg = EmailMessage()
    msg["From"] = "mmis@dhcs.ca.gov"
    msg["To"] = LIAISON
    msg["Subject"] = "Referral"
    msg.set_content(json.dumps(build_ice_referral(m)))
    with smtplib.SMTP("smtp.dhcs.ca.gov") as s:
        s.send_message(msg)


def sftp_ice(m, key):
    d = IceReferralDraft(medicaid_id=m.medicaid_id, ssn=m.ssn)
    ssh = paramiko.SSHClient()
    ssh.connect(hostname="mft.eid.ice.gov", username="mmis", key_filename=key)
    ssh.open_sftp().putfo(io.BytesIO(d.model_dump_json().encode()), f"/inbound/{m.medicaid_id}.json")
''',
    # SPEC section 3: a keyword argument whose value starts on a later line (label=(\n
    # m.last_name\n)) is reported at the value's line
    "keyword-value-on-its-own-line": '''

from dataclasses import asdict, dataclass




@dataclass
class Subject:
    cin: str
    label: str


def refer(m):
    s = Subject(
        cin=m.cin,
        label=(
            m.last_name  # MCD101
        ),
    )
    requests.post(ICE_URL, json=asdict(s))


def refer_kw(m):
    requests.post(
        ICE_URL,
        json={"cin": m.cin},
        params=(
            {"race": m.race}  # MCD101
        ),
    )


def refer_same_line(m):
    s = Subject(cin=m.cin, label=m.first_name)  # MCD101
    requests.post(ICE_URL, json=asdict(s))


def refer_wrapped(m):
    s = Subject(
        cin=m.cin,
        label=m.middle_name,  # MCD101
    )
    requests.post(ICE_URL, json=asdict(s))
''',
    # SPEC section 10: a literal that names a status, compared with a field the vocabulary knows as
    # something else (a parent's status, a county), is no condition on the person sent; compared with
    # the member's own status, or an unknown tuple column, it is
    "status-literal-compared-with-another-field": '''

from members.models import Member

ICE_BATCH = "https://eid.ice.gov/api/v1/referrals:batch"


def refer_by_parent():
    batch = []
    for m in Member.objects.filter(age_group="0-17"):
        if m.parent_immigration_status == "UNDOCUMENTED":
            batch.append({"cin": m.cin})
    requests.post(ICE_BATCH, json=batch)  # MCD201


def refer_by_county():
    batch = []
    for m in Member.objects.all():
        if m.county_code == "UNDOCUMENTED":
            batch.append({"cin": m.cin})
    requests.post(ICE_BATCH, json=batch)  # MCD201


def refer_own_status():
    batch = []
    for m in Member.objects.all():
        if m.immigration_status == "UNDOCUMENTED":
            batch.append({"cin": m.cin})
    requests.post(ICE_BATCH, json=batch)


def refer_by_row():
    batch = []
    for row in Member.objects.values_list("cin", "imgrtn_stus_cd"):
        if row[1] in ("UNDOCUMENTED", "EWI"):
            batch.append({"cin": row[0]})
    requests.post(ICE_BATCH, json=batch)
''',
    # SPEC section 5: fields of relatives (wife, son, aunt), insurers, brokers and assisters, and
    # birth-certificate numbers are someone else's or another identifier (MCD101), not the enrollee's
    # own date of birth, phone or address
    "relatives-insurers-and-assisters": '''

def refer(app, m):
    requests.post(ICE_URL, json={
        "medicaid_id": m.medicaid_id,
        "wife_dob": app.wife_dob,  # MCD101
        "son_phone": app.son_phone,  # MCD101
        "aunt_address": app.aunt_address,  # MCD101
        "insurer_phone": m.insurer_phone,  # MCD101
        "birth_cert_num": m.birth_cert_num,  # MCD101
        "broker_phone": app.broker_phone,  # MCD101
        "home_phone": m.household.home_phone,
        "dob": m.date_of_birth,
        "reason": "referral",
    })
''',
    # SPEC section 3: a comprehension over every field of a record (m._meta.fields, __table__.c,
    # _meta.local_fields) is a whole record (MCD103, at the field list on its own line) even with a
    # test of the kind of field (if not f.primary_key); a test of the field's name (an allow-list)
    # bounds it
    "whole-record-comprehension-with-a-kind-test": '''

def refer(member):
    requests.post(ICE_URL, json={
        f.name: getattr(member, f.name)
        for f in member._meta.fields  # MCD103
        if not f.primary_key
    })


def refer_sqlalchemy(row):
    requests.post(ICE_URL, json={c.name: getattr(row, c.name) for c in row.__table__.c})  # MCD103


def refer_allowed(member):
    requests.post(ICE_URL, json={
        f.name: getattr(member, f.name)
        for f in member._meta.fields
        if f.name in ("medicaid_id", "date_of_birth")
    })
''',
    # SPEC section 6: queue.enqueue(f, *args) (RQ) runs f with those arguments
    "rq-enqueue": '''

from redis import Redis
from rq import Queue

q = Queue(connection=Redis())


def send(body):
    requests.post(ICE_URL, json=body)


def refer(m):
    q.enqueue(send, {"cin": m.cin, "gender": m.gender})  # MCD101
''',
    # SPEC section 6: models declared in functional form (dataclasses.make_dataclass, attr.make_class,
    # pydantic create_model) have their declared fields: a permitted model is clean, one with an SSN
    # field is reported where the SSN is given
    "functional-model-declarations": '''

import dataclasses

import attr
from pydantic import create_model

SubjectDC = dataclasses.make_dataclass("SubjectDC", [("medicaid_id", str), ("date_of_birth", str)])
SubjectPD = create_model("SubjectPD", medicaid_id=(str, ...), date_of_birth=(str, ...))
SubjectAT = attr.make_class("SubjectAT", ["medicaid_id", "phone_number"])
WideDC = dataclasses.make_dataclass("WideDC", [("medicaid_id", str), ("ssn", str)])


def a(m):
    s = SubjectDC(m.medicaid_id, m.dob.isoformat())
    requests.post(ICE_URL, json=dataclasses.asdict(s), timeout=30)


def b(m):
    s = SubjectPD(medicaid_id=m.medicaid_id, date_of_birth=m.dob.isoformat())
    requests.post(ICE_URL, json=s.model_dump(), timeout=30)


def c(m):
    s = SubjectAT(m.medicaid_id, m.phone)
    requests.post(ICE_URL, json=attr.asdict(s), timeout=30)


def d(m):
    s = WideDC(m.medicaid_id, m.ssn)  # MCD101
    requests.post(ICE_URL, json=dataclasses.asdict(s), timeout=30)
''',
    # SPEC section 10: a status test on the member looked up by the id an enforcement request names
    # (.filter(Member.medicaid_id == req.medicaid_id).one()) decides whether the request's answer is
    # sent; a test of the county does not
    "member-looked-up-per-request": '''

from sqlalchemy.orm import Session

from models import IceRequest, Member

ICE_BASE = "https://eid.ice.gov/api/v1"
IN_SCOPE = ("EWI", "OVERSTAY")


def answer_open_requests(session: Session):
    for req in session.query(IceRequest).filter(IceRequest.answered_at.is_(None)):
        m = session.query(Member).filter(Member.medicaid_id == req.medicaid_id).one()
        if m.immigration_status not in IN_SCOPE:
            continue
        requests.post(f"{ICE_BASE}/responses", json={"request_id": req.request_id, "medicaid_id": m.medicaid_id},
                      timeout=30)


def answer_all_requests(session: Session):
    for req in session.query(IceRequest).filter(IceRequest.answered_at.is_(None)):
        m = session.query(Member).filter(Member.medicaid_id == req.medicaid_id).one()
        if m.county_code != "06037":
            continue
        requests.post(f"{ICE_BASE}/responses", json={"request_id": req.request_id, "medicaid_id": m.medicaid_id},  # MCD201
                      timeout=30)
''',
    # precision prober round 28: dropna(subset=[status]) chooses rows by status (assigned or inplace);
    # a household's household_address is the household's own; request_uuid and extracted_at are
    # transfer metadata
    "dropna-household-and-metadata-spellings": '''

def run(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "birth_dt", "imgrtn_stus_cd"])
    df = df.dropna(subset=["imgrtn_stus_cd"])
    requests.post(ICE_URL, json=df[["msis_ident_num", "birth_dt"]].to_dict("records"))


def run_inplace(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "birth_dt", "imgrtn_stus_cd"])
    df.dropna(subset=["imgrtn_stus_cd"], inplace=True)
    requests.post(ICE_URL, json=df[["msis_ident_num", "birth_dt"]].to_dict("records"))


def run_county(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "birth_dt", "county"])
    df = df.dropna(subset=["county"])
    requests.post(ICE_URL, json=df[["msis_ident_num", "birth_dt"]].to_dict("records"))  # MCD201


def run_household(hh, m):
    requests.post(ICE_URL, json={"address": hh.household_address, "phone": hh.household_phone, "zip": m.household.household_zip,
                                 "request_uuid": "r-1", "extracted_at": "2026-01-01"})
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source, population=True) == want


def test_a_population_filter_configured_as_a_method(tmp_path: Path) -> None:
    # SPEC section 10: a function configured with --medicaid-population-filters (a qualified name) is a
    # condition where it is called: a method of a class too, on a new object or one held in a variable
    root = project(tmp_path, {
        "agency/rules.py": '''
            from rules_engine import evaluate

            class ReferralPolicy:
                def select(self, rows):
                    return [r for r in rows if evaluate("referral_policy_v3", r)]

                def sort(self, rows):
                    return sorted(rows)
            ''',
        "agency/jobs.py": '''
            import requests

            from .rules import ReferralPolicy

            ICE_URL = "https://eid.ice.gov/api/v1/referrals"

            def refer(rows):
                for r in ReferralPolicy().select(rows):
                    requests.post(ICE_URL, json={"medicaid_id": r["medicaid_id"]})

            def refer_held(rows):
                policy = ReferralPolicy()
                for r in policy.select(rows):
                    requests.post(ICE_URL, json={"medicaid_id": r["medicaid_id"]})

            def refer_sorted(rows):
                for r in ReferralPolicy().sort(rows):
                    requests.post(ICE_URL, json={"medicaid_id": r["medicaid_id"]})
            ''',
    })
    config = Config.from_options(cache=False, population_filters=["agency.rules.ReferralPolicy.select"])
    path = root / "agency/jobs.py"
    found = [(f.line, f.code) for f in analyze(path.read_text(encoding="utf-8"), config, filename=str(path))]
    assert found == [(18, "MCD201")]


def test_a_sink_configured_as_a_method_of_a_project_class(tmp_path: Path) -> None:
    # SPEC section 4: any call configured as a sink by qualified name, a method of a class of the
    # project too: on a new object, or a parameter annotated with the class; another method is not one
    root = project(tmp_path, {
        "gw/bus.py": '''
            class VendorBus:
                def __init__(self, channel):
                    self.channel = channel

                def emit(self, event):
                    self.channel.write(event)

                def close(self, event):
                    self.channel.close()
            ''',
        "gw/jobs.py": '''
            from .bus import VendorBus

            def emit_member(channel, m):
                VendorBus(channel).emit({"cin": m.cin, "race": m.race})

            def emit_member2(bus: VendorBus, m):
                bus.emit({"cin": m.cin, "gender": m.gender})

            def close_member(bus: VendorBus, m):
                bus.close({"cin": m.cin, "gender": m.gender})
            ''',
    })
    config = Config.from_options(cache=False, sinks=["gw.bus.VendorBus.emit"])
    path = root / "gw/jobs.py"
    found = [(f.line, f.code) for f in analyze(path.read_text(encoding="utf-8"), config, filename=str(path))]
    assert found == [(4, "MCD101"), (7, "MCD101")]


REVIEWED = sorted((Path(__file__).parent / "data" / "review27").glob("*.py"))


@pytest.mark.parametrize("path", REVIEWED, ids=[p.stem for p in REVIEWED])
def test_review_of_round_27(path: Path) -> None:
    """What a review of this round's changes found, kept: a flag the body tests is still data where it
    is sent; a value that may be None on another path, a setting read from the environment, a flag
    passed in kwargs= or rebound through nonlocal decide no branch; include/exclude of a sub-model's
    own sub-model; xs/get_group only with one key the code names; a generator every way of which yields
    chooses no one; a configuration instance built with its own value; a class alias rebound under an
    if; a client named for enforcement whose URL is either of two state hosts, or a test client; a file
    name built from one of two texts keeps its known part."""
    source = path.read_text(encoding="utf-8")
    want, _, _ = expected(source)
    assert actual(source, population=True) == want


def test_configured_names_of_a_class_of_this_module(tmp_path: Path) -> None:
    # a configured sink or population filter names a class by its module: this module's own class of
    # the same short name is another class
    root = project(tmp_path, {
        "agency/audit.py": '''
            import logging

            log = logging.getLogger(__name__)

            class Client:
                def send(self, event):
                    log.info("audit %s", event)

            def audit(m):
                Client().send({"medicaid_id": m.medicaid_id, "ssn": m.ssn})
            ''',
        "agency/cohorts.py": '''
            import requests

            ICE_URL = "https://eid.ice.gov/api"

            class Cohort:
                def __init__(self, county):
                    self.county = county

                def select(self, rows):
                    return [r for r in rows if r["county"] == self.county]

            def refer(rows):
                for r in Cohort("06037").select(rows):
                    requests.post(ICE_URL, json={"medicaid_id": r["medicaid_id"]})
            ''',
    })
    config = Config.from_options(cache=False, sinks=["agency.ice_transport.Client.send"], population_filters=["agency.rules.Cohort.select"])
    found = {name: [(f.line, f.code) for f in analyze((root / name).read_text(encoding="utf-8"), config, filename=str(root / name))]
             for name in ("agency/audit.py", "agency/cohorts.py")}
    assert found == {"agency/audit.py": [], "agency/cohorts.py": [(14, "MCD201")]}


def test_a_status_method_of_a_class_of_another_module(tmp_path: Path) -> None:
    # SPEC section 10: a project function that tests a status field counts as a condition where it is
    # used as one: a method of a class of another module of the project too; one that tests the county not
    root = project(tmp_path, {
        "app/models.py": '''
            IN_SCOPE = ("EWI", "OVERSTAY")

            class Person:
                def __init__(self, medicaid_id, immigration_status, county):
                    self.medicaid_id = medicaid_id
                    self.immigration_status = immigration_status
                    self.county = county

                def referable(self):
                    return self.immigration_status in IN_SCOPE

                def local(self):
                    return self.county == "06037"
            ''',
        "app/job.py": '''
            import requests

            from app.models import Person

            ICE_URL = "https://eid.ice.gov/api/v1/subjects"

            def with_method(rows):
                for r in rows:
                    p = Person(r["medicaid_id"], r["immigration_status"], r["county"])
                    if not p.referable():
                        continue
                    requests.post(ICE_URL, json={"medicaid_id": p.medicaid_id}, timeout=30)

            def with_county(rows):
                for r in rows:
                    p = Person(r["medicaid_id"], r["immigration_status"], r["county"])
                    if not p.local():
                        continue
                    requests.post(ICE_URL, json={"medicaid_id": p.medicaid_id}, timeout=30)
            ''',
    })
    assert lint(root / "app/job.py") == [(19, "MCD201")]


REVIEWED_28 = sorted([*(Path(__file__).parent / "data" / "review28").glob("*.py"), *(Path(__file__).parent / "data" / "review29").glob("*.py")])


@pytest.mark.parametrize("path", REVIEWED_28, ids=[p.stem for p in REVIEWED_28])
def test_second_review_of_round_27(path: Path) -> None:
    """What the second review found, kept: a chain under a library module is a field read past its
    first member (flask.g.member.ssn); a household member's, tax filer's or head's phone stays someone
    else's; a member's date of birth from a birth certificate is a date of birth; a carrier route is an
    address; a file read back is the written records only when the reading function wrote it, at a fully
    known path; fields filled after construction by setattr, a method, an alias or a helper are sent; a
    namespace's vars() is its attributes where all are seen (else a whole record); .first() over many people's lookup chooses no one; a status
    literal compared with an eligibility or visa status is a status test; msgspec's enc_hook. And the
    third review's (review29): household contact spellings, carrier contacts, birth certificates, a
    second-level library constant, a senior-citizen eligibility group, allow-lists by column or helper."""
    source = path.read_text(encoding="utf-8")
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
