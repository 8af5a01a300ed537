"""Round 12 of the data flow: shapes found by probing the engine from the SPEC alone.

Each case is a small module with its expected findings annotated inline (``# MCD101``
on the line reported); a case without annotations must stay clean. A few tests pin
the exact column and message.
"""

from __future__ import annotations

import pytest
from annotations import actual, expected

HEAD = '''import json
import smtplib
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
ERO_LIAISON = "liaison@ice.dhs.gov"
'''

CASES = {
    # SPEC section 4: an e-mail's subject is data; sendmail(..., msg.as_string()) carries the headers
    "email-headers-travel-with-as-string": '''
def escalate(member):
    msg = MIMEMultipart()
    msg["To"] = ERO_LIAISON
    msg["Subject"] = f"Case escalation - {member.last_name}"  # MCD101
    msg.attach(MIMEText("see the portal", "plain"))
    with smtplib.SMTP("relay.state.gov", 587) as smtp:
        smtp.sendmail("noreply@state.gov", [ERO_LIAISON], msg.as_string())
def escalate_to_the_state(member):
    msg = MIMEMultipart()
    msg["To"] = "eligibility@dhs.state.mn.us"
    msg["Subject"] = f"Case escalation - {member.last_name}"
    with smtplib.SMTP("relay.state.gov", 587) as smtp:
        smtp.sendmail("noreply@state.gov", ["eligibility@dhs.state.mn.us"], msg.as_string())
''',
    # a CLI argument in the subject is transfer metadata, not an unknown field (send_message and as_string alike)
    "email-subject-from-a-command-line-argument-is-metadata": '''
import sys
def disclose(quarter):
    msg = MIMEMultipart()
    msg["To"] = ERO_LIAISON
    msg["Subject"] = f"EID disclosure {quarter}"
    with smtplib.SMTP("relay.state.gov", 587) as smtp:
        smtp.send_message(msg)
        smtp.sendmail("noreply@state.gov", [ERO_LIAISON], msg.as_string())
disclose(sys.argv[1])
''',
    # SPEC section 6: a constant map of field names, iterated by its entries or its keys
    "constant-field-map-iterated": '''
FIELD_MAP = {"cin": "medicaidId", "birth_date": "dateOfBirth", "ssn": "subjectSsn"}
COLUMN_MAP = {"CIN": "medicaidId", "GENDER_CD": "sex"}
def by_comprehension(m):
    body = {dst: getattr(m, src) for src, dst in FIELD_MAP.items()}  # MCD101
    requests.post(ICE_URL, json=body)
def by_loop(m):
    payload = {}
    for src, dst in FIELD_MAP.items():
        payload[dst] = getattr(m, src)  # MCD101
    requests.post(ICE_URL, json=payload)
def by_keys(m):
    requests.post(ICE_URL, json={k: getattr(m, k) for k in FIELD_MAP})  # MCD101
def by_row(row):
    body = {}
    for src, dst in COLUMN_MAP.items():
        body[dst] = row[src]  # MCD101
    requests.post(ICE_URL, json=body)
''',
    "constant-field-map-lawful": '''
BASIC_MAP = {"cin": "medicaidId", "birth_date": "dateOfBirth"}
FULL_MAP = {"cin": "medicaidId", "ssn": "subjectSsn", "diagnosis_code": "dx"}
ALLOWED = ("cin", "birth_date")
HEADERS = {"Content-Type": "application/json", "X-Agency": "MN-DHS"}
def basic(m):
    return requests.post(ICE_URL, json={dst: getattr(m, src) for src, dst in BASIC_MAP.items()})
def filtered(m):
    return requests.post(ICE_URL, json={dst: getattr(m, src) for src, dst in FULL_MAP.items() if src in ALLOWED})
def to_the_state(m):
    body = {}
    for src, dst in FULL_MAP.items():
        body[dst] = getattr(m, src)
    headers = {}
    for k, v in HEADERS.items():
        headers[k] = v
    requests.post("https://mmis.dhs.state.mn.us/api/members", json=body, headers=headers)
''',
    # README: a DataFrame projected onto the keys of a constant rename map
    "projection-on-the-keys-of-a-constant-map": '''
import boto3
import pandas as pd
RENAME = {"cin": "MedicaidID", "birth_dt": "DOB", "ssn": "SSN"}  # MCD101
BASIC = {"cin": "MedicaidID", "birth_dt": "DOB"}
def export(path):
    df = pd.read_csv(path)
    df = df[df["imgrtn_stus_cd"] == "3"]
    df[list(RENAME)].rename(columns=RENAME).to_csv("/tmp/x.csv", index=False)
    boto3.client("s3").upload_file("/tmp/x.csv", "ice-eid", "x.csv")
def export_basic(path):
    df = pd.read_csv(path)
    df = df[df["imgrtn_stus_cd"] == "3"]
    df[list(BASIC.keys())].rename(columns=BASIC).to_csv("/tmp/y.csv", index=False)
    boto3.client("s3").upload_file("/tmp/y.csv", "ice-eid", "y.csv")
''',
    # SPEC section 4: a class named for enforcement that builds the data: its building methods' results are payloads
    "methods-of-an-enforcement-named-builder-class": '''
VENDOR_GATEWAY = "https://gateway.vendor.example.com/outbound"
class IceReferralBuilder:
    def __init__(self, agency):
        self.agency = agency
    def build(self, m):
        return {
            "cin": m.cin,
            "email": m.email,  # MCD101
        }
class EroPayloadFactory:
    @staticmethod
    def make(m):
        return {"cin": m.cin, "preferred_language": m.preferred_language}  # MCD101
class DhsReferral:
    def __init__(self, m):
        self.m = m
    def to_dict(self):
        return {"cin": self.m.cin, "ssn": self.m.ssn}  # MCD101
def send(m):
    requests.post(VENDOR_GATEWAY, json=IceReferralBuilder("CA").build(m))
''',
    "template-method-of-an-enforcement-named-subclass": '''
class Exporter:
    url = ""
    def record(self, m):
        raise NotImplementedError
    def export(self, m):
        requests.post(self.url, json=self.record(m))
class IceExporter(Exporter):
    url = "https://eid.ice.gov/api/v1/referrals"
    def record(self, m):
        return {"cin": m.cin, "last_name": m.last_name}  # MCD101
''',
    "enforcement-named-classes-that-do-not-build-payloads": '''
class IceClient:
    def build_headers(self, worker):
        return {"X-Worker": worker.name, "Authorization": worker.token}
class IceResponseParser:
    def to_record(self, data):
        return {"case_number": data["case"], "ssn": data["subject_ssn"]}
class IceReferralBuilder:
    def build(self, m):
        return {"cin": m.cin, "ssn": m.ssn, "diagnosis": m.primary_dx}
def sync_to_the_state(m):
    requests.post("https://mmis.dhs.state.mn.us/api/referrals", json=IceReferralBuilder().build(m))
''',
    # SPEC section 5: a household member's citizenship and status are not the enrollee's permitted categories
    "household-members-citizenship-and-status": '''
def refer(m):
    household = []
    for member in m.household_members:
        household.append({
            "citizenship": member.citizenship,  # MCD101
            "immigration_status": member.immigration_status,  # MCD101
        })
    requests.post(ICE_URL, json={
        "cin": m.cin,
        "immigration_status": m.immigration_status,
        "household": household,
        "hh_status": m.hh_immigration_status,  # MCD101
    })
''',
    # SPEC section 10: a comprehension over rows the analysis read (a SELECT with a status WHERE, one member's
    # related records) is not a new, unconditioned source because of its variable's name
    "comprehension-over-known-rows-named-rows": '''
def sql_filtered(conn):
    cur = conn.cursor()
    cur.execute("SELECT msis_ident_num, birth_dt FROM enrollees WHERE imgrtn_stus_cd = '8'")
    rows = [dict(zip(("medicaid_id", "dob"), r)) for r in cur.fetchall()]
    requests.post(ICE_URL, json=rows)
def one_members_addresses(member):
    records = [{"street": a.street, "zip_code": a.zip_code} for a in member.addresses.all()]
    requests.post(ICE_URL, json={"medicaid_id": member.medicaid_id, "addresses": records})
def unfiltered(conn):
    cur = conn.cursor()
    cur.execute("SELECT msis_ident_num, birth_dt FROM enrollees")
    rows = [dict(zip(("medicaid_id", "dob"), r)) for r in cur.fetchall()]
    requests.post(ICE_URL, json=rows)  # MCD201
def unseen(repo):
    records = [dict(r) for r in repo.load_all()]
    requests.post(ICE_URL, json=records)  # MCD201
''',
    # SPEC section 10: asyncpg and databases take the SQL as an argument; its WHERE decides
    "async-database-calls-read-their-sql": '''
SQL = "SELECT msis_ident_num, birth_dt FROM enrollees WHERE imgrtn_stus_cd = '8'"
ALL = "SELECT * FROM enrollees"  # MCD103
async def databases_lib(database):
    rows = await database.fetch_all(query=SQL)
    requests.post(ICE_URL, json=[{"msis_ident_num": r["msis_ident_num"]} for r in rows])
async def asyncpg_fetch(conn):
    rows = await conn.fetch(SQL)
    requests.post(ICE_URL, json=[{"msis_ident_num": r["msis_ident_num"]} for r in rows])
async def asyncpg_everything(conn):
    rows = await conn.fetch(ALL)
    for r in rows:
        requests.post(ICE_URL, json=dict(r))  # MCD201
''',
    # SPEC section 3: DataFrame column selections by .loc, reindex and dropping all but an allow-list
    "dataframe-column-selections": '''
import pandas as pd
KEEP = ["msis_ident_num", "birth_dt"]
COLS = ["msis_ident_num", "ssn", "imgrtn_stus_cd"]  # MCD101
def loc_all_rows(path):
    df = pd.read_csv(path)
    df = df[df["imgrtn_stus_cd"] == "8"]
    requests.post(ICE_URL, json=df.loc[:, ["msis_ident_num", "birth_dt"]].to_dict(orient="records"))
    requests.post(ICE_URL, json=df.loc[:, KEEP].to_dict(orient="records"))
    requests.post(ICE_URL, json=df.reindex(columns=KEEP).to_dict(orient="records"))
    requests.post(ICE_URL, json=df.loc[:, ["msis_ident_num", "ssn"]].to_dict(orient="records"))  # MCD101
def drop_all_but_allowed(path):
    df = pd.read_csv(path)
    df = df[df["imgrtn_stus_cd"] == "8"]
    df = df.drop(columns=[c for c in df.columns if c not in ("msis_ident_num", "birth_dt")])
    requests.post(ICE_URL, json=df.to_dict(orient="records"))
def rows_of_known_columns(path):
    df = pd.read_csv(path, usecols=COLS)
    df = df[df["imgrtn_stus_cd"] == "8"]
    for _, row in df.iterrows():
        requests.post(ICE_URL, json=row.to_dict())
def rows_of_a_whole_frame(path):
    df = pd.read_csv(path)  # MCD103
    df = df[df["imgrtn_stus_cd"] == "8"]
    for row in df.itertuples(index=False):
        requests.post(ICE_URL, json=row._asdict())
''',
    # SPEC section 10: a status condition kept in a module-level Q object
    "module-level-q-object-is-a-condition": '''
from django.db.models import Q
from app.models import Member
STATUS_FILTER = Q(immigration_status__in=("7", "8"))
COUNTY_FILTER = Q(county_code="27")
def send():
    for m in Member.objects.filter(STATUS_FILTER).values("medicaid_id", "dob"):
        requests.post(ICE_URL, json={"medicaid_id": m["medicaid_id"], "dob": m["dob"]})
def send_county():
    for m in Member.objects.filter(COUNTY_FILTER).values("medicaid_id", "dob"):
        requests.post(ICE_URL, json={"medicaid_id": m["medicaid_id"], "dob": m["dob"]})  # MCD201
''',
    # SPEC section 6 and 10: counts per group are no one's record
    "aggregates-are-not-records": '''
import pandas as pd
from django.db.models import Count
from app.models import Member
STATS_URL = "https://eid.ice.gov/api/v1/statistics"
def sql_group_by(conn):
    cur = conn.cursor()
    cur.execute("SELECT county_code, COUNT(*) AS total FROM enrollees GROUP BY county_code")
    counts = {county_code: total for county_code, total in cur.fetchall()}
    requests.post(STATS_URL, json={"by_county": counts})
def pandas_groupby(path):
    df = pd.read_csv(path, usecols=["county_code", "msis_ident_num"])
    counts = df.groupby("county_code").size().to_dict()
    requests.post(STATS_URL, json={"by_county": counts, "total": len(df)})
def orm_annotate():
    rows = Member.objects.values("county_code").annotate(total=Count("id"))
    requests.post(STATS_URL, json={"by_county": {r["county_code"]: r["total"] for r in rows}})
def sql_records(conn):
    cur = conn.cursor()
    cur.execute("SELECT msis_ident_num, county_code FROM enrollees")
    for row in cur.fetchall():
        requests.post(STATS_URL, json={"id": row[0]})  # MCD201
''',
    # SPEC section 3: pydantic private attributes and dataclass InitVar are not fields of the payload
    "model-declarations-that-are-not-fields": '''
from dataclasses import dataclass, InitVar
from typing import Optional
from pydantic import BaseModel, PrivateAttr
class IceReferral(BaseModel):
    medicaid_id: str
    date_of_birth: Optional[str] = None
    _source_row: dict = PrivateAttr(default_factory=dict)
    _member_ssn: str = ""
    race: str = ""  # MCD101
@dataclass
class DhsReferral:
    medicaid_id: str
    mailing_address: str
    member: InitVar[Optional[object]] = None
    _ssn: str = ""  # MCD101
''',
    # SPEC section 10: a same-module status test that raises, its exception skipping the record
    "status-check-that-raises": '''
class NotReferrable(Exception):
    pass
def check_referrable(m):
    if m.citizenship_status == "US":
        raise NotReferrable(m.medicaid_id)
def check_format(m):
    if not m.medicaid_id:
        raise NotReferrable("no id")
def send(members):
    for m in members:
        try:
            check_referrable(m)
        except NotReferrable:
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})
def send_logged(members):
    for m in members:
        try:
            check_referrable(m)
        except NotReferrable:
            print("citizen")
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})  # MCD201
def send_checked_for_format(members):
    for m in members:
        try:
            check_format(m)
        except NotReferrable:
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})  # MCD201
''',
    # SPEC section 3: to_csv(columns=[...]) writes only those columns, each placed at its element
    "to-csv-columns": '''
import pandas as pd
def export(path):
    df = pd.read_csv(path)
    df = df[df["imgrtn_stus_cd"] == "3"]
    df.to_csv("ice_referrals.csv", columns=[
        "cin",
        "race_cd",  # MCD101
    ], index=False)
def export_basic(path):
    df = pd.read_csv(path)
    df = df[df["imgrtn_stus_cd"] == "3"]
    df.to_csv("ice_referrals_basic.csv", columns=["cin", "birth_dt"], index=False)
''',
    # SPEC sections 3 and 6: a select list joined from a constant column list
    # the select list is assembled: each column is reported where its name was written (SPEC section 3)
    "sql-select-list-joined-from-a-constant": '''
COLUMNS = ["cin", "birth_dt", "ssn"]  # MCD101
BASIC = ["cin", "birth_dt"]
def nightly(conn):
    cur = conn.cursor()
    cols = ", ".join(COLUMNS)
    cur.execute(f"SELECT {cols} FROM enrollees WHERE imgrtn_stus_cd = '3'")
    requests.post(ICE_URL, json=cur.fetchall())
def nightly_basic(conn):
    cur = conn.cursor()
    cur.execute("SELECT %s FROM enrollees WHERE imgrtn_stus_cd = '3'" % ", ".join(BASIC))
    requests.post(ICE_URL, json=cur.fetchall())
def by_join(member):
    requests.post("/".join([ICE_URL, "persons"]), json={"cin": member.cin, "ssn": member.ssn})  # MCD101
''',
    # SPEC section 4: the last path segment of an SQS URL decides, whatever the region
    "sqs-queue-url-with-an-unresolved-region": '''
import os
import boto3
REGION = os.environ.get("AWS_REGION")
QUEUE_URL = f"https://sqs.{REGION}.amazonaws.com/123456789012/ice-referrals"
STATE_QUEUE = f"https://sqs.{REGION}.amazonaws.com/123456789012/mn-dhs-eligibility"
def enqueue(m):
    boto3.client("sqs").send_message(QueueUrl=QUEUE_URL, MessageBody=json.dumps({"cin": m.cin, "ssn": m.ssn}))  # MCD101
def enqueue_param(m, region, account):
    boto3.client("sqs").send_message(
        QueueUrl=f"https://sqs.{region}.amazonaws.com/{account}/ero-referrals",
        MessageBody=json.dumps({"cin": m.cin, "race": m.race}))  # MCD101
def enqueue_state(m):
    boto3.client("sqs").send_message(QueueUrl=STATE_QUEUE, MessageBody=json.dumps({"cin": m.cin, "ssn": m.ssn}))
''',
    # SPEC section 3: every field of a record, listed by the model's own field list
    "every-field-idioms": '''
import dataclasses
def refer_sqlalchemy(member):
    body = {c.name: getattr(member, c.name) for c in member.__table__.columns}  # MCD103
    requests.post(ICE_URL, json=body)
def refer_django(member):
    body = {f.name: getattr(member, f.name) for f in member._meta.fields}  # MCD103
    requests.post(ICE_URL, json=body)
def refer_dataclass(member):
    body = {f.name: getattr(member, f.name) for f in dataclasses.fields(member)}  # MCD103
    requests.post(ICE_URL, json=body)
def refer_allowed(member):
    body = {f.name: getattr(member, f.name) for f in member._meta.fields if f.name in ("cin", "dob")}
    requests.post(ICE_URL, json=body)
def fields(member):
    return [("cin", member.cin)]
def refer_own_function(member):
    requests.post(ICE_URL, json={k: v for k, v in fields(member)})
''',
    # SPEC section 4: print(..., file=fh) writes to the file
    "print-into-an-enforcement-file": '''
import sys
def export(m):
    print(m.cin, m.ssn, sep="|")
    print(m.ssn, file=sys.stderr)
    with open("ice_referrals.txt", "a") as fh:
        print(m.cin, m.ssn, sep="|", file=fh)  # MCD101
    with open("state_members.txt", "a") as fh:
        print(m.cin, m.ssn, sep="|", file=fh)
''',
    # a model named for enforcement that is only ever filled from what came back is inbound, not a payload
    "inbound-enforcement-model": '''
from pydantic import BaseModel
ICE_FEED = "https://eid.ice.gov/api/v1/detainers"
class IceDetainerNotice(BaseModel):
    detainer_id: str
    subject_name: str
    detention_facility: str
def fetch_ice_detainers(since):
    resp = requests.get(ICE_FEED, params={"since": since})
    return [IceDetainerNotice.model_validate(d) for d in resp.json()["items"]]
class IceReferral(BaseModel):
    medicaid_id: str
    subject_name: str  # MCD101
def fetch_referrals(since):
    resp = requests.get(ICE_FEED, params={"since": since})
    return [IceReferral.model_validate(d) for d in resp.json()["items"]]
def make_referral(m):
    return IceReferral.model_validate({"medicaid_id": m.medicaid_id, "subject_name": m.full_name})
''',
    # SPEC section 6: a namedtuple declared in the module is a model whose declared fields flow
    "collections-namedtuple-fields": '''
import collections
from collections import namedtuple
Row = namedtuple("Row", ["cin", "ssn"])
Basic = collections.namedtuple("Basic", "cin dob")
IceRow = namedtuple("IceRow", ["cin", "race"])  # MCD101
def refer(m):
    r = Row(m.cin, m.ssn)  # MCD101
    requests.post(ICE_URL, json=r._asdict())
def refer_basic(m):
    requests.post(ICE_URL, json=Basic(m.cin, m.dob)._asdict())
def refer_kw(m):
    requests.post(ICE_URL, json=Row(cin=m.cin, ssn=m.ssn)._asdict())  # MCD101
''',
    # SPEC section 10, "not bulk": one person's row fetched or looked up by the id the caller chose
    "one-persons-row-by-id": '''
import pandas as pd
async def refer_one(pool, cin):
    async with pool.acquire() as conn:
        r = await conn.fetchrow("SELECT cin, dob, address FROM members WHERE cin = $1", cin)
    requests.post(ICE_URL, json={"medicaid_id": r["cin"], "dob": str(r["dob"])})
def refer_indexed(path, cin):
    df = pd.read_csv(path, usecols=["cin", "dob", "address"], index_col="cin")
    row = df.loc[cin]
    requests.post(ICE_URL, json={"medicaid_id": cin, "dob": row["dob"], "address": row["address"]})
def refer_at(path, cin):
    df = pd.read_csv(path, usecols=["cin", "dob", "address"]).set_index("cin")
    requests.post(ICE_URL, json={"medicaid_id": cin, "dob": df.at[cin, "dob"]})
def refer_county(path, county):
    df = pd.read_csv(path, usecols=["cin", "dob", "county"], index_col="county")
    rows = df.loc[county]
    requests.post(ICE_URL, json=rows.to_dict("records"))  # MCD201
''',
    # SPEC section 10: lookups kept in a dict and passed with **
    "orm-filter-lookups-in-a-dict": '''
from members.models import Member
FIELDS = ("cin", "dob", "home_address", "phone_number")
SCOPE = {"immigration_status__in": ["UNL", "EWI"], "citizenship_status": "N"}
def by_kwargs_dict():
    flt = {"immigration_status__in": ["UNL", "EWI"]}
    for m in Member.objects.filter(**flt).values(*FIELDS):
        requests.post(ICE_URL, json=m)
def by_module_constant():
    for m in Member.objects.filter(**SCOPE).values(*FIELDS):
        requests.post(ICE_URL, json=m)
def by_county():
    flt = {"county_code": "27"}
    for m in Member.objects.filter(**flt).values(*FIELDS):
        requests.post(ICE_URL, json=m)  # MCD201
''',
    # SPEC section 10: an inner join with a frame chosen by status keeps only those rows
    "pandas-inner-merge-with-a-status-frame": '''
import pandas as pd
COLS = ["msis_ident_num", "birth_dt", "elgbl_zip_cd"]
def merge_inner(path, status_path):
    df = pd.read_csv(path, usecols=COLS)
    status = pd.read_csv(status_path, usecols=["msis_ident_num", "imgrtn_stus_cd"])
    unlawful = status[status["imgrtn_stus_cd"] == "9"]
    scope = df.merge(unlawful, on="msis_ident_num")
    requests.post(ICE_URL, json=scope[COLS].to_dict("records"))
def pd_merge(path, status_path):
    df = pd.read_csv(path, usecols=COLS)
    status = pd.read_csv(status_path, usecols=["msis_ident_num", "imgrtn_stus_cd"])
    scope = pd.merge(df, status[status["imgrtn_stus_cd"] == "9"], on="msis_ident_num")
    requests.post(ICE_URL, json=scope[COLS].to_dict("records"))
def merge_left(path, status_path):
    df = pd.read_csv(path, usecols=COLS)
    status = pd.read_csv(status_path, usecols=["msis_ident_num", "imgrtn_stus_cd"])
    unlawful = status[status["imgrtn_stus_cd"] == "9"]
    scope = df.merge(unlawful, on="msis_ident_num", how="left")
    requests.post(ICE_URL, json=scope[COLS].to_dict("records"))  # MCD201
''',
    "inbound-model-built-with-keywords-from-a-response": '''
from pydantic import BaseModel
ICE_API = "https://eid.ice.gov/api/v1"
class IceRequestForInfo(BaseModel):
    request_id: str
    subject_name: str
    subject_ssn: str
def fetch_rfis():
    r = requests.get(f"{ICE_API}/rfi/pending")
    return [IceRequestForInfo(**item) for item in r.json()["items"]]
class IceSubject(BaseModel):
    medicaid_id: str
    subject_ssn: str  # MCD101
def make_subject(row):
    return IceSubject(**row)
''',
    # SPEC section 4: a DHS-named connection parameter given only a connection to a non-enforcement host
    "dhs-named-connection-given-only-a-state-host": '''
import http.client
SAVE_HOST = "save.uscis.gov"
EID_HOST = "eid.ice.gov"
def open_case(dhs_conn: http.client.HTTPSConnection, m):
    dhs_conn.request("POST", "/cases", body=json.dumps({"a_number": m.alien_number, "name": m.full_name}))
    return dhs_conn.getresponse()
def run(m):
    dhs_conn = http.client.HTTPSConnection(SAVE_HOST, 443)
    return open_case(dhs_conn, m)
def refer(ice_conn: http.client.HTTPSConnection, m):
    ice_conn.request("POST", "/referrals", body=json.dumps({"name": m.full_name}))  # MCD101
def run_ice(m):
    ice_conn = http.client.HTTPSConnection(EID_HOST, 443)
    return refer(ice_conn, m)
''',
    # SPEC section 6: what a method writes into self adds to what earlier calls wrote; a generic setter's
    # (computed key) bare field is placed at the caller's argument, a named setter's at its own store
    "builder-objects-accumulate-across-calls": '''
class Referral:
    def __init__(self):
        self.fields = {}
    def set(self, key, value):
        if value is not None:
            self.fields[key] = value
        return self
    def send(self):
        return requests.post(ICE_URL, json=self.fields)
class Payload:
    def __init__(self):
        self.payload = {}
    def set_ssn(self, value):
        self.payload["ssn"] = value  # MCD101
    def set_cin(self, value):
        self.payload["cin"] = value
    def add(self, key, value):
        self.payload.update({key: value})
def refer(m):
    r = Referral()
    r.set("medicaidId", m.cin)
    r.set("ssn", m.ssn)  # MCD101
    r.set("gender", m.gender)  # MCD101
    r.set("dob", m.dob)
    r.send()
def refer_payload(m):
    p = Payload()
    p.set_ssn(m.ssn)
    p.set_cin(m.cin)
    p.add("race", m.race)  # MCD101
    p.add("dob", m.dob)
    requests.post(ICE_URL, json=p.payload)
def _add(payload, key, value):
    payload[key] = value
def refer_plain(m):
    payload = {}
    _add(payload, "medicaidId", m.cin)
    _add(payload, "ssn", m.ssn)  # MCD101
    requests.post(ICE_URL, json=payload)
''',
    # SPEC sections 6 and 10: records grouped under computed keys, then sent group by group
    "grouped-by-a-computed-key": '''
import collections
def send(members):
    groups = collections.defaultdict(list)
    for m in members:
        groups[m.county_cd].append({"cin": m.cin, "income": m.income})  # MCD101
    for county, recs in groups.items():
        requests.post(ICE_URL, json={"county": county, "records": recs})  # MCD201
def send_one(m):
    groups = {}
    groups.setdefault(m.county_cd, []).append({"cin": m.cin, "sex": m.sex})  # MCD101
    requests.post(ICE_URL, json=groups)
class Collector:
    def __init__(self):
        self.by_county = collections.defaultdict(list)
    def add(self, m):
        self.by_county[m.county_cd].append({"cin": m.cin, "primary_language": m.primary_language})  # MCD101
    def flush(self):
        for county, recs in self.by_county.items():
            requests.post(ICE_URL, json={"county": county, "records": recs})
''',
    # SPEC section 6: a field map kept as a class constant
    "class-constant-field-map": '''
class X:
    FIELD_MAP = {"medicaidId": "cin", "ssn": "ssn"}
    BASIC_MAP = {"medicaidId": "cin", "birthDate": "dob"}
    def a(self, row):
        requests.post(ICE_URL, json={out: row[src] for out, src in self.FIELD_MAP.items()})  # MCD101
    def b(self, m):
        requests.post(ICE_URL, json={out: getattr(m, src) for out, src in X.FIELD_MAP.items()})  # MCD101
    def c(self, m):
        requests.post(ICE_URL, json={out: getattr(m, src) for out, src in self.BASIC_MAP.items()})
''',
    # SPEC section 6: pydantic v1 dict()/json() on a model made inline are whole-record serializers
    "inline-model-dict-and-json": '''
from vendor.models import ReferralModel
def a(m):
    requests.post(ICE_URL, json=ReferralModel.from_orm(m).dict())  # MCD103
def b(row):
    requests.post(ICE_URL, json=ReferralModel(**row).dict())  # MCD103
def c(row):
    requests.post(ICE_URL, data=ReferralModel.parse_obj(row).json())  # MCD103
def d(since):
    return requests.get(ICE_URL, params={"since": since}).json()
''',
    # SPEC sections 3 and 5: a clinical FHIR resource built with dict(...) is one MCD102
    "fhir-resource-built-with-dict": '''
def send(patient_id, m):
    res = dict(resourceType="Encounter", subject={"reference": f"Patient/{patient_id}"}, status="finished")  # MCD102
    requests.post(ICE_URL, json=res)
    person = dict(resourceType="Patient", id=m.medicaid_id, birthDate=m.dob)
    requests.post(ICE_URL, json=person)
''',
    # SPEC section 5: a constant container an object holds is no member data
    "constant-header-held-by-an-object": '''
class Envelope:
    def __init__(self):
        self.header = {"schema_version": "2", "agency_code": "MN"}
        self.body = {}
def send(m):
    env = Envelope()
    env.body["cin"] = m.cin
    env.body["ssn"] = m.ssn  # MCD101
    requests.post(ICE_URL, json={"header": env.header, "body": env.body})
''',
    # SPEC sections 5, 6 and 10: groups read back by a constant key; buckets by status chosen by it
    "groups-read-back-by-a-constant-key": '''
import csv
from collections import defaultdict
def basic(m):
    return {"medicaid_id": m.cin, "dob": str(m.dob)}
def by_county(members):
    groups = {}
    for m in members:
        if m.immigration_status == "UNL":
            groups.setdefault(m.county_code, []).append(basic(m))
    requests.post(ICE_URL, json=groups["LA"])
    requests.post(ICE_URL, json=groups.get("SF", []))
def by_status(path):
    buckets = defaultdict(list)
    with open(path, newline="") as fh:
        for r in csv.DictReader(fh):
            buckets[r["immigration_status"]].append({"medicaid_id": r["cin"]})
    requests.post(ICE_URL, json=buckets["UNL"])
def by_county_unfiltered(members):
    groups = defaultdict(list)
    for m in members:
        groups[m.county_code].append({"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101
    requests.post(ICE_URL, json=groups["LA"])  # MCD201
''',
    # SPEC sections 5 and 6: entries overwritten with constants by the dict merge operator
    "dict-merge-operator-overwrites-with-constants": '''
def record(m):
    return {"medicaid_id": m.cin, "ssn": m.ssn, "diagnosis": m.primary_dx}  # MCD101
def merged(m):
    requests.post(ICE_URL, json=record(m) | {"ssn": "REDACTED", "diagnosis": "REDACTED"})
def in_place(m):
    body = record(m)
    body |= {"ssn": None, "diagnosis": None}
    requests.post(ICE_URL, json=body)
def partly(m):
    requests.post(ICE_URL, json=record(m) | {"diagnosis": "REDACTED"})
''',
    # SPEC section 6: a model serializes its declared fields only (extras ignored, excluded fields, write-only)
    "model-fields-that-are-never-serialized": '''
from pydantic import BaseModel, Field, ConfigDict
class ReferralSubject(BaseModel):
    model_config = ConfigDict(extra="ignore")
    medicaid_id: str
    dob: str
    ssn_for_matching: str = Field(exclude=True)
def record(m):
    return {"medicaid_id": m.cin, "dob": m.dob, "ssn": m.ssn, "diagnosis": m.primary_dx}
def refer(m):
    requests.post(ICE_URL, json=ReferralSubject(**record(m)).model_dump())
    requests.post(ICE_URL, json=ReferralSubject(medicaid_id=m.cin, dob=m.dob, ssn_for_matching=m.ssn).model_dump())
class IceRateLimit(BaseModel):
    requests_per_minute: int = 60
    burst: int = 10
''',
    # SPEC section 4: an enclosing function named for handling what ICE sent, or for the state's own
    # systems, does not make the unresolved URL it posts to an enforcement endpoint
    "enclosing-names-of-functions-that-are-not-sends": '''
from django.conf import settings
def record_ice_response(m, resp):
    requests.post(settings.CASE_API_URL, json={"cin": m.cin, "ssn": m.ssn, "ice": resp})
def handle_ice_rejection(m):
    requests.post(settings.CASE_API_URL, json={"cin": m.cin, "ssn": m.ssn})
class IceResponseStore:
    def save(self, m):
        requests.post(settings.WAREHOUSE_URL, json={"cin": m.cin, "ssn": m.ssn})
class CaseClient:
    def flag_ice_referral(self, m):
        return requests.post(settings.CASE_API_URL + "/flags", json={"cin": m.cin, "ssn": m.ssn})
def send_ice_referral(m):
    requests.post(settings.REFERRAL_ENDPOINT, json={"cin": m.cin, "ssn": m.ssn})  # MCD101
class IceGateway:
    def submit(self, m):
        requests.post(settings.GATEWAY_URL, json={"cin": m.cin, "race": m.race})  # MCD101
''',
    # SPEC section 6: an allow-list read from a constant configuration dict
    "allow-list-from-a-partner-config-dict": '''
PARTNERS = {
    "ice": {"url": ICE_URL, "fields": ["medicaid_id", "dob"]},
    "audit": {"url": ICE_URL, "fields": ["medicaid_id", "ssn"]},
}
def record(m):
    return {"medicaid_id": m.cin, "dob": m.dob, "ssn": m.ssn}
def send(m):
    cfg = PARTNERS["ice"]
    rec = record(m)
    requests.post(cfg["url"], json={k: rec[k] for k in cfg["fields"]})
def send_audit(m):
    cfg = PARTNERS["audit"]
    requests.post(cfg["url"], json={k: getattr(m, k) for k in cfg["fields"]})  # MCD101
''',
    # SPEC section 10: status conditions in other Django forms
    "django-status-conditions-in-other-forms": '''
import operator
from functools import reduce
from django.db.models import BooleanField, Case, Q, Value, When
from members.models import Member
FIELDS = ("cin", "dob")
UNLAWFUL = ("UNL", "EWI")
def q_reduce():
    q = reduce(operator.or_, (Q(immigration_status=c) for c in UNLAWFUL))
    requests.post(ICE_URL, json=list(Member.objects.filter(q).values(*FIELDS)))
def annotate_case():
    qs = (Member.objects
          .annotate(in_scope=Case(When(immigration_status__in=UNLAWFUL, then=Value(True)), default=Value(False), output_field=BooleanField()))
          .filter(in_scope=True)
          .values(*FIELDS))
    requests.post(ICE_URL, json=list(qs))
def extra_where():
    qs = Member.objects.extra(where=["immigration_status IN ('UNL', 'EWI')"]).values(*FIELDS)
    requests.post(ICE_URL, json=list(qs))
def county_reduce():
    q = reduce(operator.or_, (Q(county_code=c) for c in ("27", "53")))
    requests.post(ICE_URL, json=list(Member.objects.filter(q).values(*FIELDS)))  # MCD201
''',
    # SPEC section 3: a reader given its column names (names=) is no whole record
    "pandas-reader-names": '''
import pandas as pd
COLS = ["medicaid_id", "dob", "immigration_status"]
WIDE = ["medicaid_id", "ssn", "immigration_status"]  # MCD101
def csv_names(path):
    df = pd.read_csv(path, names=COLS, header=None)
    df = df[df.immigration_status == "UNL"]
    requests.post(ICE_URL, json=df.to_dict("records"))
def csv_wide(path):
    df = pd.read_csv(path, names=WIDE, header=None)
    df = df[df.immigration_status == "UNL"]
    requests.post(ICE_URL, json=df.to_dict("records"))
''',
    # SPEC section 4: library clients kept in a constant registry dict
    "client-registry-dict": '''
import httpx
CLIENTS = {
    "state": httpx.Client(base_url="https://portal.dhcs.ca.gov"),
    "federal": httpx.Client(base_url="https://eid.ice.gov"),
}
def push(m):
    CLIENTS["federal"].post("/api/referrals", json={"cin": m.cin, "ssn": m.ssn})  # MCD101
def sync(m):
    CLIENTS["state"].post("/api/members", json={"cin": m.cin, "ssn": m.ssn})
''',
    # SPEC section 6: a known model's fields flow through its field list and NamedTuple._replace
    "known-model-field-list-and-replace": '''
import dataclasses
from typing import NamedTuple
@dataclasses.dataclass
class Subject:
    cin: str
    income: float
def send(m):
    s = Subject(cin=m.cin, income=m.income)  # MCD101
    requests.post(ICE_URL, json={f.name: getattr(s, f.name) for f in dataclasses.fields(s)})
class Row(NamedTuple):
    cin: str
    dob: str
    note: str = ""
def send2(m):
    r = Row(cin=m.cin, dob=m.dob)
    r = r._replace(note=m.diagnosis_desc)  # MCD102
    requests.post(ICE_URL, json=r._asdict())
''',
    # SPEC section 3: an include= list chooses the fields of a model built from a row, each at its element
    "include-list-of-a-model-built-from-a-row": '''
from pydantic import BaseModel
class Member(BaseModel):
    cin: str
    dob: str
    ssn: str
def send(row):
    m = Member(**row)
    body = m.model_dump(include={
        "cin",
        "ssn",  # MCD101
    })
    requests.post(ICE_URL, json=body)
class IceSubject(BaseModel):
    cin: str
    ssn: str  # MCD101
def send_payload(row):
    requests.post(ICE_URL, json=IceSubject(**row).model_dump(include={"cin", "ssn"}))
''',
    # SPEC section 6: d[k] = v and d.update(...) into a dict field of a model instance
    "dict-field-of-a-model-instance": '''
from dataclasses import dataclass, field, asdict
@dataclass
class Packet:
    cin: str
    extras: dict = field(default_factory=dict)
def send(m):
    p = Packet(cin=m.cin)
    p.extras["ssn"] = m.ssn  # MCD101
    requests.post(ICE_URL, json=asdict(p))
def send2(m):
    p = Packet(cin=m.cin)
    p.extras.update({"race": m.race})  # MCD101
    requests.post(ICE_URL, json=asdict(p))
def send3(m):
    p = Packet(cin=m.cin)
    p.extras["dob"] = m.dob
    requests.post(ICE_URL, json=asdict(p))
''',
    # SPEC section 10: df.apply(fn, axis=1) runs fn on each row
    "dataframe-apply-runs-on-each-row": '''
import pandas as pd
def send(row):
    requests.post(ICE_URL, json={"cin": row["cin"], "dob": row["dob"]})
def run(path):
    df = pd.read_csv(path, usecols=["cin", "dob"])
    df.apply(send, axis=1)  # MCD201
def run_chosen(path):
    df = pd.read_csv(path, usecols=["cin", "dob", "imgrtn_stus_cd"])
    df[df["imgrtn_stus_cd"] == "5"].apply(send, axis=1)
''',
    # SPEC section 10: cur.fetchone() in a while loop reads every row of the query
    "fetchone-in-a-while-loop": '''
def run(conn):
    cur = conn.cursor()
    cur.execute("SELECT cin, dob FROM enrollees")
    row = cur.fetchone()
    while row is not None:
        requests.post(ICE_URL, json={"cin": row[0], "dob": row[1]})  # MCD201
        row = cur.fetchone()
def run_chosen(conn):
    cur = conn.cursor()
    cur.execute("SELECT cin, dob FROM enrollees WHERE imgrtn_stus_cd = '5'")
    while True:
        row = cur.fetchone()
        if row is None:
            break
        requests.post(ICE_URL, json={"cin": row[0], "dob": row[1]})
def one(conn, cin):
    cur = conn.cursor()
    cur.execute("SELECT cin, dob FROM enrollees")
    row = cur.fetchone()
    requests.post(ICE_URL, json={"cin": row[0], "dob": row[1]})
''',
    # review of round 12/13: each shape below was silenced by a change of this round and must stay found
    "review-sends-that-must-stay-found": '''
import pandas as pd
from typing import TypedDict
from pydantic import BaseModel, ConfigDict
STATE_API = "https://mmis.dhs.state.mn.us/api"
def push_local_cases_to_ice(case, url):
    requests.post(url, json={"ssn": case.ssn})  # MCD101
class IceAuditLog:
    def send(self, m, url):
        requests.post(url, json={"ssn": m.ssn})  # MCD101
class IceReferral(BaseModel):
    medicaid_id: str
    ssn: str  # MCD101
def forward(member_id):
    resp = requests.get(f"{STATE_API}/members/{member_id}")
    return IceReferral(**resp.json())
class Packet(BaseModel):
    model_config = ConfigDict(extra="allow")
    medicaid_id: str
def extra_allowed(m):
    requests.post(ICE_URL, json=Packet(medicaid_id=m.cin, ssn=m.ssn).model_dump())  # MCD101
class Row(TypedDict):
    medicaid_id: str
def typed_dict(m):
    requests.post(ICE_URL, json=Row(medicaid_id=m.cin, ssn=m.ssn))  # MCD101
ALLOWED = ["medicaid_id", "dob"]
def shadowed(conn):
    df = pd.read_sql("SELECT medicaid_id, dob, ssn FROM members WHERE imgrtn_stus_cd = '5'", conn)  # MCD101
    ALLOWED = ["medicaid_id", "dob", "ssn"]
    out = df.drop(columns=[c for c in df.columns if c not in ALLOWED])
    requests.post(ICE_URL, json=out.to_dict("records"))
def grouped_by_person(conn):
    cur = conn.cursor()
    cur.execute("SELECT medicaid_id, dob, MAX(updated_at) FROM members GROUP BY medicaid_id, dob")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row[0]})  # MCD201
def right_join(conn):
    members = pd.read_sql("SELECT cin, dob FROM members", conn)
    status = pd.read_sql("SELECT cin, imgrtn_stus_cd FROM status", conn)
    unlawful = status[status["imgrtn_stus_cd"] == "5"]
    out = pd.merge(unlawful, members, on="cin", how="right")
    requests.post(ICE_URL, json=out[["cin", "dob"]].to_dict("records"))  # MCD201
def is_unlawful(m):
    return m.immigration_status == "UNL"
def guard_that_does_not_raise(members):
    for m in members:
        try:
            is_unlawful(m)
        except Exception:
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})  # MCD201
def county_members(county):
    members = [m for m in county.members.all()]
    for m in members:
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})  # MCD201
def every_index(conn):
    df = pd.read_sql("SELECT cin, dob FROM members", conn).set_index("cin")
    for cin in df.index:
        requests.post(ICE_URL, json={"dob": df.at[cin, "dob"]})  # MCD201
''',
    # SPEC section 3: a local column list selects a frame's columns, each at its element
    "local-column-list-selects-a-frame": '''
import pandas as pd
ALLOWED = ("cin", "dob")
def clean(path):
    df = pd.read_csv(path)
    df = df[df["imgrtn_stus_cd"] == "5"]
    cols = ["cin", "dob", "home_address"]
    requests.post(ICE_URL, json=df[cols].to_dict("records"))
    requests.post(ICE_URL, json=df[df.columns.intersection(ALLOWED)].to_dict("records"))
    requests.post(ICE_URL, json=df[list(ALLOWED)].to_dict("records"))
    requests.post(ICE_URL, json=df[[c for c in df.columns if c in ALLOWED]].to_dict("records"))
def with_ssn(path):
    df = pd.read_csv(path)
    df = df[df["imgrtn_stus_cd"] == "5"]
    cols = ["cin", "dob", "ssn"]  # MCD101
    requests.post(ICE_URL, json=df[cols].to_dict("records"))
''',
    # SPEC section 4: an object key is data too
    "computed-dict-keys-are-data": '''
def keyed(m):
    requests.post(ICE_URL, json={m.ssn: m.cin})  # MCD101
def comprehension(unlawful):
    requests.post(ICE_URL, json={m.ssn: {"cin": m.cin} for m in unlawful})  # MCD101
def by_id(unlawful):
    requests.post(ICE_URL, json={m.cin: {"dob": m.dob} for m in unlawful})
def field_names(member, fields):
    requests.post(ICE_URL, json={f.name: getattr(member, f.name) for f in fields if f.name in ("cin", "dob")})
''',
    # SPEC sections 6 and 10: more shapes of field maps, per-person groups, frames handed in
    "field-maps-guards-rows-and-frames": '''
import pandas as pd
from django.db.models import Count, Max
from members.models import Member
ALLOWED = {"medicaid_id", "date_of_birth"}
FIELD_MAP = {"cin": "medicaid_id", "dob": "date_of_birth", "ssn": "ssn"}
MAPPING = (("cin", "medicaid_id"), ("income_amt", "income"))
class Exporter:
    FIELDS = [("cin", "medicaid_id"), ("race_cd", "race")]
    def row(self, m):
        return requests.post(ICE_URL, json={dst: getattr(m, src) for src, dst in self.FIELDS})  # MCD101
def guarded(m):
    payload = {}
    for src, dst in FIELD_MAP.items():
        if dst in ALLOWED:
            payload[dst] = getattr(m, src)
    requests.post(ICE_URL, json=payload)
def skipped(m):
    payload = {}
    for src, dst in FIELD_MAP.items():
        if dst not in ALLOWED:
            continue
        payload[dst] = getattr(m, src)
    requests.post(ICE_URL, json=payload)
def rows_of_pairs(m):
    requests.post(ICE_URL, json={dst: getattr(m, src) for src, dst in MAPPING})  # MCD101
def per_person_counts():
    rows = Member.objects.values("cin", "dob").annotate(visits=Count("claims"))
    for r in rows:
        requests.post(ICE_URL, json={"cin": r["cin"]})  # MCD201
def per_county_counts():
    rows = Member.objects.values("county").annotate(total=Count("id"))
    requests.post(ICE_URL, json=list(rows))
def send_frame(df: pd.DataFrame):
    for row in df.itertuples():
        requests.post(ICE_URL, json={"cin": row.cin})  # MCD201
''',
    # round 15: NDJSON read in a comprehension is a bulk source; a builder sent through a handed-in session to
    # the state's host is clean; bare values grouped under computed keys are placed where the group is put
    "round-15-shapes": '''
from collections import defaultdict
CASE_NOTES_URL = "https://cases.hhsc.texas.gov/api/notes"
def load(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
def replay(path):
    for rec in load(path):
        requests.post(ICE_URL, json={"medicaid_id": rec["msis_id"]})  # MCD201
def build_ice_inquiry_note(member):
    return {"case_number": member.case_number, "ssn_last4": member.ssn[-4:], "member_name": member.full_name}
def record_ice_inquiry(session, member):
    session.post(CASE_NOTES_URL, json=build_ice_inquiry_note(member), timeout=20)
def batch(eligible):
    households = defaultdict(list)
    for r in eligible:
        households[r["msis_case_num"]].append(r["msis_ident_num"])
    out = []
    for r in eligible:
        out.append({
            "medicaid_id": r["msis_ident_num"],
            "household_members": households[r["msis_case_num"]],  # MCD101
        })
    requests.post(ICE_URL, json=out)
''',
    # SPEC section 4: msg.add_header(...) sets a header like msg[...] = ... (a recipient, or data)
    "email-add-header": '''
from email.message import EmailMessage
def send(m):
    msg = EmailMessage()
    msg["To"] = ERO_LIAISON
    msg.add_header("X-Member-Name", m.full_name)  # MCD101
    msg.add_header("X-Agency", "MN-DHS")
    with smtplib.SMTP("relay.state.gov") as s:
        s.send_message(msg)
def send_state(m):
    msg = EmailMessage()
    msg.add_header("To", "eligibility@dhs.state.mn.us")
    msg.add_header("X-Member-Name", m.full_name)
    with smtplib.SMTP("relay.state.gov") as s:
        s.send_message(msg)
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source) == want
