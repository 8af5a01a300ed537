"""Round 16 of the data flow: shapes found by probing the engine from the SPEC alone.

Each case is a small module with its expected findings annotated inline (``# MCD101``
on the line reported); a case without annotations must stay clean.
"""

from __future__ import annotations

import pytest
from annotations import actual, expected

HEAD = '''import csv
import json
import paramiko
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
ICE_HOST = "sftp.ice.gov"
'''

CASES = {
    # SPEC section 3: a DictWriter's fieldnames are the column list; the rows put only those columns
    # into the file, so each field is one finding, at its name in the list (never again at writerow)
    "dictwriter-fieldnames-reported-once": '''
def export(members):
    with open("/tmp/out.csv", "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["cin", "dob", "ssn"])  # MCD101
        writer.writeheader()
        for m in members:
            if m.immigration_status != "UNL":
                continue
            writer.writerow({"cin": m.cin, "dob": m.dob, "ssn": m.ssn, "race": m.race})
    t = paramiko.Transport((ICE_HOST, 22))
    sftp = paramiko.SFTPClient.from_transport(t)
    sftp.put("/tmp/out.csv", "/in/out.csv")
''',
    # fieldnames not named here (taken from the row): the row's entries are the placements
    "dictwriter-fieldnames-from-the-row": '''
def export(members):
    with open("/tmp/out.csv", "w", newline="") as fh:
        writer = None
        for m in members:
            if m.immigration_status != "UNL":
                continue
            row = {"cin": m.cin, "dob": m.dob, "ssn": m.ssn}  # MCD101
            if writer is None:
                writer = csv.DictWriter(fh, fieldnames=list(row))
                writer.writeheader()
            writer.writerow(row)
    t = paramiko.Transport((ICE_HOST, 22))
    sftp = paramiko.SFTPClient.from_transport(t)
    sftp.put("/tmp/out.csv", "/in/out.csv")
''',
    # a whole record written through a DictWriter with permitted fieldnames: only those columns
    "dictwriter-permitted-fieldnames-over-whole-records": '''
def export(members):
    with open("/tmp/out.csv", "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["cin", "dob", "immigration_status"], extrasaction="ignore")
        writer.writeheader()
        for m in members:
            if m.immigration_status == "UNL":
                writer.writerow(vars(m))
    t = paramiko.Transport((ICE_HOST, 22))
    sftp = paramiko.SFTPClient.from_transport(t)
    sftp.put("/tmp/out.csv", "/in/out.csv")
''',
    # SPEC section 3: the select list of a query run by an asyncpg cursor (async for)
    "asyncpg-cursor-select-list": '''
import httpx
async def export(conn):
    async with httpx.AsyncClient() as client:
        async with conn.transaction():
            async for row in conn.cursor("SELECT cin, dob, race FROM members WHERE immigration_status = 'UNL'"):  # MCD101
                await client.post(ICE_URL, json=dict(row))
async def export_permitted(conn):
    async with httpx.AsyncClient() as client:
        async with conn.transaction():
            async for row in conn.cursor("SELECT cin, dob FROM members WHERE immigration_status = 'UNL'"):
                await client.post(ICE_URL, json=dict(row))
''',
    # SPEC section 5: spellings of transfer metadata made only of harmless words; any other word counts
    "harmless-metadata-by-words": '''
def refer(m, rows, page_number):
    requests.post(ICE_URL, json={
        "medicaid_id": m.cin,
        "transfer_timestamp": "2026-01-01T00:00:00Z",
        "row_count": len(rows),
        "total_records": len(rows),
        "page_number": page_number,
        "source_agency_code": "MN",
        "visit_count": m.visit_count,  # MCD102 (a member's visits are health data: session 37, round 246)
        "claim_total": m.claim_total,  # MCD102
    })
''',
    # SPEC section 6: a count is not the column (len() drops names); other aggregates keep them
    "sql-count-of-a-column-is-a-number": '''
import sqlite3
def stats(db):
    rows = sqlite3.connect(db).execute(
        "SELECT county, COUNT(DISTINCT ssn) AS people, COUNT(ssn) FROM members GROUP BY county"
    ).fetchall()
    requests.post(ICE_URL, json=[list(r) for r in rows])
def latest(db, cin):
    row = sqlite3.connect(db).execute(
        "SELECT cin, MAX(service_date) AS last_visit FROM claims WHERE cin = ? GROUP BY cin", (cin,)  # MCD102
    ).fetchone()
    requests.post(ICE_URL, json=list(row))
''',
    # SPEC section 4: connection settings are not data, also as a model named for enforcement
    "connection-model-named-for-enforcement": '''
from pydantic import BaseModel
class IceSftpConnection(BaseModel):
    hostname: str = ICE_HOST
    port: int = 22
    username: str
    private_key_path: str
class IceSubjectRecord(BaseModel):
    medicaid_id: str
    race: str  # MCD101
''',
    # an entry of a bundle is what its own name says: the permitted parts of contact_info are permitted
    "bundle-entries-are-their-own-names": '''
def refer(m):
    requests.post(ICE_URL, json={
        "medicaid_id": m.cin,
        "contact_info": {"phone": m.phone, "address": m.home_address},
        "demographics": {"dob": m.dob, "race": m.race},  # MCD101
    })
''',
    # SQL Server [brackets] and MySQL `backticks` quote column names
    "sql-quoted-identifiers": '''
def sql_server(cur, cin):
    cur.execute(
        "SELECT [MSIS_ID], [SSN_NUM] "  # MCD101
        "FROM [MMIS].[dbo].[ENROLLEES] WHERE [MSIS_ID] = ?", cin)
    requests.post(ICE_URL, json=list(cur.fetchone()))
def mysql(cur, cin):
    cur.execute("SELECT `medicaid_id`, `diagnosis_code` FROM members WHERE medicaid_id = %s", (cin,))  # MCD102
    requests.post(ICE_URL, json=cur.fetchone())
''',
    # SPEC section 6: tuple unpacking element by element, also of constants that make a destination
    "destination-from-tuple-unpacking": '''
EID_HOST, EID_PORT = "eid.ice.gov", 8443
def route(env):
    if env == "uat":
        return "https://eid-uat.ice.gov/api/referrals", 60
    return "https://eid.ice.gov/api/referrals", 30
def by_constants(m):
    requests.post(f"https://{EID_HOST}:{EID_PORT}/api/referrals", json={"cin": m.cin, "ssn": m.ssn})  # MCD101
def by_helper(m, env="prod"):
    url, timeout = route(env)
    requests.post(url, json={"cin": m.cin, "gender": m.gender}, timeout=timeout)  # MCD101
def lawful(m):
    url, timeout = "https://portal.dhcs.ca.gov/api/members", 30
    requests.post(url, json={"cin": m.cin, "ssn": m.ssn}, timeout=timeout)
''',
    # SPEC section 6: a chained assignment is one container under two names
    "chained-assignment-alias": '''
def refer(m):
    payload = body = {}
    body["cin"] = m.cin
    body["last_name"] = m.last_name  # MCD101
    requests.post(ICE_URL, json=payload)
''',
    # SPEC section 4: the destination inside a dict spread with ** (the data too)
    "destination-inside-a-spread-dict": '''
import boto3
s3 = boto3.client("s3")
def to_bucket(m):
    body = {"cin": m.cin, "ssn": m.ssn}  # MCD101
    put = {"Bucket": "ice-eid-handoff", "Key": "referrals/x.json", "Body": json.dumps(body)}
    s3.put_object(**put)
def by_request(session: requests.Session, m):
    req = {"method": "POST", "url": ICE_URL, "json": {"cin": m.cin, "first_name": m.first_name}}  # MCD101
    return session.request(**req)
def to_state(session: requests.Session, m):
    req = {"method": "POST", "url": "https://portal.dhcs.ca.gov/api", "json": {"cin": m.cin, "ssn": m.ssn}}
    return session.request(**req)
''',
    # SPEC section 3: the functional TypedDict named for enforcement declares its fields at its keys
    "functional-typeddict-payload-model": '''
from typing import TypedDict
IceSubjectRecord = TypedDict(
    "IceSubjectRecord",
    {
        "MSIS-IDENTIFICATION-NUM": str,
        "SSN": str,  # MCD101
    },
)
''',
    # SPEC section 3: include= is a column list; model_validate(raw) carries the declared fields (unknown: MCD104)
    "pydantic-include-and-validate": '''
from pydantic import BaseModel
class Enrollee(BaseModel):
    medicaid_id: str
    first_name: str
    ndc_code: str
class Subject(BaseModel):
    medicaid_id: str
    risk_score: float
def refer(e: Enrollee):
    requests.post(ICE_URL, json=e.model_dump(include={"medicaid_id", "first_name"}))  # MCD101
def validate(raw: dict):
    subject = Subject.model_validate(raw)  # MCD104
    requests.post(ICE_URL, json=subject.model_dump())
''',
    # SPEC sections 3 and 10: one person's rows (chosen by id), columns chosen by name or list sum
    "pandas-one-person-and-column-choices": '''
import pandas as pd
ID_COLS = ["medicaid_id", "birth_dt"]
CLINICAL_COLS = [
    "dgns_1_cd",  # MCD102
]
def concatenated(members: pd.DataFrame, cin):
    out = members.loc[members["medicaid_id"] == cin, ID_COLS + CLINICAL_COLS]
    requests.post(ICE_URL, data=out.to_json(orient="records"))
def single(members: pd.DataFrame, cin):
    values = members.loc[members["medicaid_id"] == cin, "ssn"].tolist()  # MCD101
    requests.post(ICE_URL, json=values)
def assigned(members: pd.DataFrame, cin):
    one = members[members["medicaid_id"] == cin]
    out = one.assign(
        display=one["first_name"] + " " + one["last_name"],  # MCD101
    )[["medicaid_id", "display"]]
    requests.post(ICE_URL, data=out.to_json(orient="records"))
def everyone(members: pd.DataFrame):
    requests.post(ICE_URL, data=members[["medicaid_id", "birth_dt"]].to_json(orient="records"))  # MCD201
''',
    # SPEC sections 3 and 6: a tuple row reads its columns by position (row[0] is the select list's first)
    "sql-tuple-row-by-position": '''
import sqlite3
def one(db, cin):
    row = sqlite3.connect(db).execute("SELECT cin, dob, first_name FROM members WHERE cin = ?", (cin,)).fetchone()
    requests.post(ICE_URL, json={"medicaid_id": row[0], "dob": row[1]})
def unpacked(db, cin):
    row = sqlite3.connect(db).execute("SELECT cin, dob, race FROM members WHERE cin = ?", (cin,)).fetchone()  # MCD101
    cid, dob, race = row
    requests.post(ICE_URL, json={"medicaid_id": cid, "dob": dob, "race": race})
def last(db, cin):
    row = sqlite3.connect(db).execute("SELECT cin, dob, ssn FROM members WHERE cin = ?", (cin,)).fetchone()  # MCD101
    requests.post(ICE_URL, json={"medicaid_id": row[0], "ref": row[-1]})
def each(db):
    cur = sqlite3.connect(db).cursor()
    cur.execute("SELECT cin, dob, first_name FROM members")
    for row in cur:
        requests.post(ICE_URL, json={"medicaid_id": row[0], "dob": row[1]})  # MCD201
def first_row_whole(db):
    rows = sqlite3.connect(db).execute("SELECT cin, dob, ssn FROM members WHERE immigration_status = 'UNL'").fetchall()  # MCD101
    requests.post(ICE_URL, json=[{"medicaid_id": r[0], "dob": r[1]} for r in rows])
    requests.post(ICE_URL, json=rows[0])
''',
    # a review of round 16: each shape below was silenced (or misreported) by a change of the round
    "review-sends-that-must-stay-found": '''
import sqlite3
def _fill_subject(payload, m):
    subject = payload["subject"]
    subject["ssn"] = m.ssn  # MCD101
class ByOwnMethod:
    def __init__(self):
        self.payload = {}
    def add_member(self, m):
        self._fill(self.payload, m)
    def _fill(self, target, m):
        target["race"] = m.race  # MCD101
    def submit(self):
        requests.post(ICE_URL, json=self.payload)
class ByAlias:
    def __init__(self):
        self.payload = {"subject": {}}
    def add_member(self, m):
        _fill_subject(self.payload, m)
    def submit(self):
        requests.post(ICE_URL, json=self.payload)
def dictwriter_value_says_more(members):
    with open("ice_referrals.csv", "w") as f:
        writer = csv.DictWriter(f, fieldnames=["medicaid_id", "dob"])
        for m in members:
            if m.immigration_status == "UNL":
                writer.writerow({"medicaid_id": m.ssn, "dob": m.dob})  # MCD101
def count_keeps_its_place(db, cin):
    row = sqlite3.connect(db).execute("SELECT COUNT(claim_id), ssn, cin FROM claims WHERE cin = ? GROUP BY ssn, cin", (cin,)).fetchone()  # MCD101
    requests.post(ICE_URL, json={"n": row[1]})
def count_sent_alone(db, cin):
    row = sqlite3.connect(db).execute("SELECT cin, COUNT(claim_id), ssn FROM claims WHERE cin = ? GROUP BY cin, ssn", (cin,)).fetchone()
    requests.post(ICE_URL, json={"medicaid_id": row[0], "n": row[1]})
def postgres_array(cur, cin):
    cur.execute("SELECT cin, ARRAY[dx_cd] AS codes FROM claims WHERE cin = %s", (cin,))  # MCD102
    requests.post(ICE_URL, json=cur.fetchall())
def grown_after_the_literal(m):
    kwargs = {"timeout": 30}
    kwargs["json"] = {"cin": m.cin, "race": m.race}  # MCD101
    requests.post(ICE_URL, **kwargs)
def replaced_after_the_literal(m):
    kwargs = {"json": {"ssn": m.ssn, "cin": m.cin}}
    kwargs["json"] = {"cin": m.cin}
    requests.post(ICE_URL, **kwargs)
def child_health(m):
    requests.post(ICE_URL, json={"cin": m.cin, "child_diagnosis": m.child_diagnosis})  # MCD102
''',
    "review-defaults-of-a-known-row-are-not-fields": '''
from pydantic import BaseModel
class Referral(BaseModel):
    cin: str
    dob: str
    notes: str = ""
def send(m):
    data = dict(cin=m.cin, dob=m.dob)
    requests.post(ICE_URL, json=Referral(**data).model_dump())
def docstring_not_a_query(cur, cin):
    """Looks up cin, ssn of one member."""
    cols = "cin, " + "ssn"  # MCD101
    cur.execute("SELECT " + cols + " FROM members WHERE cin = %s", (cin,))
    requests.post(ICE_URL, json=cur.fetchone())
''',
    # SPEC section 4: any recipient decides, also in a list that is partly a variable
    "recipients-partly-known": '''
import smtplib
LIAISON = "liaison@ero.ice.gov"
CC = ["liaison@ero.ice.gov"]
def listed(m, caseworker_email):
    body = f"Subject: Referral\\n\\nSSN {m.ssn}"  # MCD101
    with smtplib.SMTP("smtp.dhcs.ca.gov") as s:
        s.sendmail("noreply@dhcs.ca.gov", [caseworker_email, LIAISON], body)
def added(m, to_addr):
    body = f"Subject: Referral\\n\\nName {m.full_name}"  # MCD101
    rcpts = [to_addr] + CC
    with smtplib.SMTP("smtp.dhcs.ca.gov") as s:
        s.sendmail("noreply@dhcs.ca.gov", rcpts, body)
def to_the_state(m, caseworker_email):
    body = f"Subject: Referral\\n\\nSSN {m.ssn}"
    with smtplib.SMTP("smtp.dhcs.ca.gov") as s:
        s.sendmail("noreply@dhcs.ca.gov", [caseworker_email, "eligibility@dhcs.ca.gov"], body)
''',
    # SPEC section 4: a host whose first labels are not known still ends in an enforcement domain
    "host-with-unknown-labels": '''
def leading(m, region):
    return requests.post(f"https://{region}.eid.ice.gov/api/referrals", json={"cin": m.cin, "race": m.race})  # MCD101
def middle(m, env):
    return requests.post(f"https://eid.{env}.ice.gov/api", json={"cin": m.cin, "gender": m.gender})  # MCD101
def partial_label(m, env):
    return requests.post(f"https://{env}ice.gov/api", json={"cin": m.cin, "gender": m.gender})
def state(m, region):
    return requests.post(f"https://{region}.dhcs.ca.gov/api", json={"cin": m.cin, "ssn": m.ssn})
''',
    # SPEC section 4: settings defaults (getenv's default keyword, `or`, an ImportError fallback)
    "settings-defaults": '''
import os
KEYWORD = os.getenv("REFERRAL_URL", default="https://eid.ice.gov/api/v1/referrals")
OR_DEFAULT = os.getenv("REFERRAL_URL") or "https://eid.ice.gov/api/v1/referrals"
try:
    from local_settings import FALLBACK_URL
except ImportError:
    FALLBACK_URL = "https://eid.ice.gov/api/v1/referrals"
def by_keyword(m):
    requests.post(KEYWORD, json={"cin": m.cin, "race": m.race})  # MCD101
def by_or(m):
    requests.post(OR_DEFAULT, json={"cin": m.cin, "gender": m.gender})  # MCD101
def by_fallback(m):
    requests.post(FALLBACK_URL, json={"cin": m.cin, "email": m.email})  # MCD101
''',
    # SPEC section 10: someone else's status (a related person's) chooses no record by the member's own
    "related-persons-status-is-no-condition": '''
from members.models import Member
def spouse():
    rows = list(Member.objects.filter(spouse__immigration_status="LPR").values("medicaid_id", "dob"))
    requests.post(ICE_URL, json=rows)  # MCD201
def own_through_a_relation():
    rows = list(Member.objects.filter(eligibility__imgrtn_stus_cd="5").values("medicaid_id", "dob"))
    requests.post(ICE_URL, json=rows)
''',
    # SPEC section 4: a class constant read through the object's class
    "class-constant-through-type-of-self": '''
class Sender:
    URL = "https://eid.ice.gov/api/referrals"
    def send(self, body):
        return requests.post(type(self).URL, json=body)
    def send_again(self, body):
        return requests.post(self.__class__.URL, json=body)
def refer(m):
    Sender().send({"cin": m.cin, "hiv_status": m.hiv_status})  # MCD102
    Sender().send_again({"cin": m.cin, "race": m.race})  # MCD101
''',
    # SPEC section 3: polars readers are whole records until their columns are named
    "polars-readers": '''
import polars as pl
def whole(path):
    df = pl.read_csv(path)  # MCD103
    requests.post(ICE_URL, data=df.write_csv())  # MCD201
def named(path):
    df = pl.read_csv(path, columns=[
        "medicaid_id",
        "race_cd",  # MCD101
    ])
    requests.post(ICE_URL, data=df.write_csv())  # MCD201
''',
    # SPEC section 3: a store whose value is on the next line is reported at the value's line
    "store-with-its-value-on-the-next-line": '''
def refer(member):
    payload = {"subject": {"medicaid_id": member.medicaid_id}}
    payload["subject"]["race_code"] = (
        member.demographics.race_code  # MCD101
    )
    payload["lang"] = \\
        member.primary_language  # MCD101
    requests.post(ICE_URL, json=payload)
''',
    # SPEC sections 3 and 6: a frame projected onto a named column list (of this module) is those columns
    "frame-projected-onto-a-named-list": '''
import pandas as pd
ICE_COLS = ["mbr_id", "birth_dt", "imgrtn_stus_cd"]
def by_loc(path):
    df = pd.read_parquet(path)
    mask = df["imgrtn_stus_cd"].isin(["5", "6"])
    requests.post(ICE_URL, data=df.loc[mask, ICE_COLS].to_json(orient="records"))
def by_subscript(path):
    df = pd.read_csv(path, usecols=["mbr_id", "ssn", "birth_dt", "imgrtn_stus_cd"])
    df = df[df["imgrtn_stus_cd"] == "5"]
    requests.post(ICE_URL, data=df[ICE_COLS].to_csv(index=False))
''',
    # SPEC sections 5, 6 and 10: counts per group carry no one's record (the values counted stay what they are)
    "counts-are-no-records": '''
import collections
import pandas as pd
def counter(rows):
    per_county = collections.Counter(r["county_code"] for r in rows)
    requests.post(ICE_URL, json={"by_county": dict(per_county)})
def counting_loop(rows):
    per_county = {}
    for r in rows:
        per_county[r["county_code"]] = per_county.get(r["county_code"], 0) + 1
    requests.post(ICE_URL, json={"by_county": per_county})
def value_counts(path):
    df = pd.read_csv(path, usecols=["medicaid_id", "county_code"])
    requests.post(ICE_URL, json={"by_county": df["county_code"].value_counts().to_dict()})
def grouped_count(path):
    df = pd.read_csv(path, usecols=["medicaid_id", "county_code"])
    s = df.groupby("county_code")["medicaid_id"].count()
    requests.post(ICE_URL, json={"by_county": s.to_dict()})
def hook_counts(hook):
    rows = hook.get_records("SELECT county_code, COUNT(*) AS n FROM referrals GROUP BY county_code")
    requests.post(ICE_URL, json=[{"county": c, "count": n} for c, n in rows])
def counted_ssns(rows):
    seen = collections.Counter(r["ssn"] for r in rows)  # MCD101
    requests.post(ICE_URL, json=dict(seen))
''',
    # SPEC section 6: functools.partial of one sender, bound to either URL along the branches
    "partial-chosen-in-branches": '''
import functools
import httpx
http = httpx.AsyncClient()
PLAN = "https://api.plan.org/sync"
async def by_client(m, kind):
    if kind == "ice":
        send = functools.partial(http.post, ICE_URL)
    else:
        send = functools.partial(http.post, PLAN)
    await send(json={"cin": m.cin, "ssn": m.ssn})  # MCD101
def by_function(m, kind):
    if kind == "ice":
        send = functools.partial(requests.post, ICE_URL)
    else:
        send = functools.partial(requests.post, PLAN)
    send(json={"cin": m.cin, "gender": m.gender})  # MCD101
''',
    # SPEC section 3: a list literal placed its elements; a helper joining them places nothing again
    "list-elements-joined-by-a-helper": '''
def _segment(elements):
    return "*".join("" if e is None else str(e) for e in elements) + "~"
def member_loop(row):
    return [
        _segment(["NM1", "IL", "1",
                  row["ELGBL_LAST_NAME"],  # MCD101
                  row["MSIS_IDENT_NUM"]]),
    ]
def upload(row):
    requests.post(ICE_URL, data="".join(member_loop(row)))
''',
    # SPEC section 10: a lookup by id is one record; many only through a caller's loop, reported at its call
    "lookup-by-id-in-a-helper-called-from-a-loop": '''
from members.models import Enrollee, ReferralLog
def send_one(enrollee_pk):
    enrollee = Enrollee.objects.get(pk=enrollee_pk)
    requests.post(ICE_URL, json={"cin": enrollee.cin})
def redispatch():
    for entry in ReferralLog.objects.filter(http_status__gte=500):
        send_one(entry.enrollee_id)  # MCD201
def dispatch():
    for pk in Enrollee.objects.filter(imgrtn_stus_cd__in=("3",)).values_list("pk", flat=True):
        send_one(pk)
''',
    # SPEC section 10: a method of the model's own QuerySet that filters on status is a condition
    "custom-queryset-method": '''
from django.db import models
class MemberQuerySet(models.QuerySet):
    def referrable(self):
        return self.filter(immigration_status__in=("UP", "RO"))
    def active(self):
        return self.filter(eligibility_end__isnull=True)
class Member(models.Model):
    medicaid_id = models.CharField(max_length=10)
    objects = MemberQuerySet.as_manager()
def chosen():
    for row in Member.objects.referrable().values("medicaid_id"):
        requests.post(ICE_URL, json=row)
def everyone_active():
    for row in Member.objects.active().values("medicaid_id"):
        requests.post(ICE_URL, json=row)  # MCD201
''',
    # SPEC sections 1 and 4: what enforcement returned, kept by the agency, discloses nothing
    "inbound-data-stored-locally": '''
def pull(since):
    resp = requests.get("https://eid.ice.gov/api/v1/detainers/feed", params={"since": since})
    for d in resp.json()["items"]:
        with open(f"/var/lib/ma/inbox/{d['detainer_id']}.json", "w") as fh:
            json.dump({"detainer_id": d["detainer_id"], "subject_name": d["subject_name"]}, fh)
''',
    # SPEC section 4: a message to the member (an address read from the record) goes to no enforcement
    # endpoint, whatever the function is called; an address named for enforcement still decides
    "email-to-the-member": '''
from email.message import EmailMessage
def notice_of_ice_data_sharing(member):
    msg = EmailMessage()
    msg["To"] = member["email"]
    msg.set_content(f"Dear {member['first_name']}, your data was shared.")
    with smtplib.SMTP("smtp.medicaid.alabama.gov") as s:
        s.send_message(msg)
def escalate(case, m):
    msg = EmailMessage()
    msg["To"] = case.ero_officer_email
    msg.set_content(f"SSN {m.ssn}")  # MCD101
    with smtplib.SMTP("smtp.example.org") as s:
        s.send_message(msg)
def email_ero_referral(m, config):
    msg = EmailMessage()
    msg["To"] = config.liaison_email
    msg.set_content(f"SSN {m.ssn}")  # MCD101
    with smtplib.SMTP("smtp.example.org") as s:
        s.send_message(msg)
''',
    # SPEC sections 4 and 6: archives and wrappers written into an in-memory buffer that is sent
    "archives-in-memory": '''
import gzip
import io
import tarfile
import zipfile
def zipped(m):
    rec = {"medicaid_id": m.medicaid_id, "ndc": m.ndc_code}  # MCD102
    mem = io.BytesIO()
    with zipfile.ZipFile(mem, "w") as zf:
        zf.writestr("subject.json", json.dumps(rec))
    requests.post(ICE_URL, files={"archive": ("subject.zip", mem.getvalue())})
def gzipped(m):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb") as gz:
        gz.write(json.dumps({"medicaid_id": m.medicaid_id, "race": m.race}).encode())  # MCD101
    requests.post(ICE_URL, data=buf.getvalue())
def tarred(m):
    data = json.dumps({"medicaid_id": m.medicaid_id, "dx": m.primary_dx}).encode()  # MCD102
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        info = tarfile.TarInfo("subject.json")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    requests.post(ICE_URL, data=buf.getvalue())
def wrapped(m):
    raw = io.BytesIO()
    text = io.TextIOWrapper(raw, encoding="utf-8")
    text.write(f"{m.medicaid_id},{m.primary_language}\\n")  # MCD101
    text.flush()
    requests.post(ICE_URL, data=raw.getvalue())
def zipped_permitted(m):
    mem = io.BytesIO()
    with zipfile.ZipFile(mem, "w") as zf:
        zf.writestr("subject.json", json.dumps({"medicaid_id": m.medicaid_id, "dob": m.dob}))
    requests.post(ICE_URL, files={"archive": ("subject.zip", mem.getvalue())})
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source) == want


ASSEMBLED_SQL = HEAD + '''SCHEMA = "mmis"
TEMPLATE = """
SELECT medicaid_id,
       preferred_language
  FROM {table}
 WHERE medicaid_id = %s
"""
def by_format(cur, cin, table="enrollees"):
    cur.execute(TEMPLATE.format(table=table), (cin,))
    requests.post(ICE_URL, json=cur.fetchone())
def by_plus(cur, cin):
    sql = ("SELECT medicaid_id, "
           + "gender_code "
           + "FROM members WHERE medicaid_id = %s")
    cur.execute(sql, (cin,))
    requests.post(ICE_URL, json=cur.fetchone())
def by_fstring(cur, cin):
    cur.execute(f"""
        SELECT medicaid_id,
               race_code
          FROM {SCHEMA}.enrollees
         WHERE medicaid_id = %s
    """, (cin,))
    requests.post(ICE_URL, json=cur.fetchone())
def by_percent(cur, cin, table="enrollees"):
    sql = """
        SELECT medicaid_id,
               first_name
          FROM %s
    """ % table
    cur.execute(sql + " WHERE medicaid_id = %s", (cin,))
    requests.post(ICE_URL, json=cur.fetchone())
'''


def test_assembled_sql_columns_are_reported_where_their_names_were_written() -> None:
    """SPEC section 3: a column of SQL built with ``.format``, ``+``, an f-string or ``%`` is reported at
    its own line and column in the literal that holds it (not at the call that runs the query)."""
    from flake8_medicaid_scope import analyze

    lines = ASSEMBLED_SQL.splitlines()
    found = [(f.line, f.col, f.code, f.message.split("'")[1]) for f in analyze(ASSEMBLED_SQL)]
    expected_at = []
    for name in ("preferred_language", "gender_code", "race_code", "first_name"):
        line = next(i for i, text in enumerate(lines, 1) if name in text and "cur." not in text)
        expected_at.append((line, lines[line - 1].index(name), "MCD101", name))
    assert found == expected_at
