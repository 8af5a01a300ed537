"""The data flow shapes of the twenty-second session: what its SPEC-only probers found (rounds 145
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
    # SPEC section 4 (any call configured as a sink; the name that supplies the destination
    # speaks): Airflow's HttpHook sends to its connection, named by its id; its endpoint and data
    # are what it carries; the state's connection stays clean
    "airflow-http-hook": '''
from airflow.providers.http.hooks.http import HttpHook
from airflow.providers.http.operators.http import HttpOperator
def push(member):
    hook = HttpHook(method="POST", http_conn_id="ice_eid_api")
    body = {"medicaid_id": member.cin, "ssn": member.ssn}  # MCD101
    hook.run(endpoint="/v1/referrals", data=json.dumps(body), headers={"Content-Type": "application/json"})
def push_path(member):
    HttpHook("GET", "ice_eid_api").run(f"/v1/persons/{member.cin}/{member.last_name}")  # MCD101
def operator(member):
    return HttpOperator(task_id="refer", http_conn_id="ice_eid_api", endpoint="referrals", method="POST",
                        data=json.dumps({"cin": member.cin, "race": member.race}))  # MCD101
def state(member):
    hook = HttpHook(method="POST", http_conn_id="mmis_portal")
    hook.run(endpoint="/members", data=json.dumps({"ssn": member.ssn, "dx": member.diagnosis_code}))
def state_operator(member):
    return HttpOperator(task_id="sync", http_conn_id="state_mmis", endpoint="members",
                        data=json.dumps({"cin": member.cin, "race": member.race}))
''',
    # SPEC section 4 (http.client request; hosts given to connection objects fold like URLs):
    # the body and header values of putrequest/putheader/endheaders/send go to the connection's host
    "http-client-put-request": '''
import http.client
ICE_HOST = "eid.ice.gov"
STATE_HOST = "api.dhs.state.mn.us"
def push(member):
    conn = http.client.HTTPSConnection(ICE_HOST)
    body = json.dumps({"medicaid_id": member.cin, "race": member.race})  # MCD101
    conn.putrequest("POST", "/v1/referrals")
    conn.putheader("Content-Type", "application/json")
    conn.putheader("X-Member", member.ssn)  # MCD101
    conn.endheaders()
    conn.send(body.encode())
    return conn.getresponse()
def push_state(member):
    conn = http.client.HTTPSConnection(STATE_HOST)
    conn.putrequest("POST", "/members")
    conn.putheader("X-Member", member.ssn)
    conn.endheaders(json.dumps({"ssn": member.ssn}).encode())
''',
    # SPEC section 4 (e-mail goes to enforcement when any recipient is at an enforcement domain;
    # its attachments are data) and section 10: Airflow's send_email with a list of files attached
    # sends what was written to them; to the state's address it stays clean
    "airflow-send-email-files": '''
import csv
from airflow.utils.email import send_email
def mail(members):
    with open("/tmp/out.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        for m in members:
            w.writerow([m.cin, m.ssn])  # MCD101
    send_email(to=["eid-desk@ice.dhs.gov"], subject="Referrals", html_content="attached", files=["/tmp/out.csv"])  # MCD201
def note(member):
    send_email(to="eid-desk@ice.dhs.gov", subject="Referral",
               html_content=f"<p>{member.first_name} {member.cin}</p>")  # MCD101
def mail_state(members):
    with open("/tmp/state.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        for m in members:
            w.writerow([m.cin, m.ssn])
    send_email("ops@dhs.state.mn.us", "Referrals", "attached", files=["/tmp/state.csv"])
''',
    # SPEC section 3 (eligibility details are outside the six categories): the abbreviations elig
    # and enrl of T-MSIS-style extracts name eligibility and enrollment
    "elig-abbreviations": '''
def refer(member):
    body = {
        "medicaid_id": member.cin,
        "elig_dt": member.elig_dt,  # MCD101
        "enrl_end_dt": member.enrl_end_dt,  # MCD101
    }
    requests.post(ICE_URL, json=body, timeout=10)
def state(member):
    requests.post(STATE_URL, json={"elig_dt": member.elig_dt}, timeout=10)
''',
    # SPEC section 4 (the bucket decides an S3 destination): a presigned POST's url and fields name
    # the bucket it was made for, so what is posted to them goes to that bucket
    "presigned-post": '''
import boto3
ICE_BUCKET = "ice-eid-referrals"
STATE_BUCKET = "mn-dhs-mmis-exports"
def upload(member):
    s3 = boto3.client("s3")
    post = s3.generate_presigned_post(Bucket=ICE_BUCKET, Key=f"referrals/{member.cin}.json")
    body = json.dumps({"medicaid_id": member.cin, "race": member.race})  # MCD101
    requests.post(post["url"], data=post["fields"], files={"file": ("r.json", body)}, timeout=30)

def upload_state(member):
    s3 = boto3.client("s3")
    post = s3.generate_presigned_post(STATE_BUCKET, f"x/{member.cin}.json")
    body = json.dumps({"medicaid_id": member.cin, "race": member.race})
    requests.post(post["url"], data=post["fields"], files={"file": ("r.json", body)}, timeout=30)
''',
    # SPEC section 4 (files written for later upload): a file whose name is made at run time,
    # appended to a list and uploaded in a later loop over the list, sends what was written to it;
    # uploaded to the state's bucket it stays clean
    "runtime-paths-uploaded-from-a-list": '''
import pandas as pd
def export(conn):
    df = pd.read_sql("SELECT cin, ssn, county FROM members WHERE imgrtn_stus_cd = 'U'", conn)  # MCD101
    s3 = boto3.client("s3")
    paths = []
    for county, grp in df.groupby("county"):
        p = f"/tmp/extract_{county}.csv"
        grp.to_csv(p, index=False)
        paths.append(p)
    for p in paths:
        s3.upload_file(p, ICE_BUCKET, p.rsplit("/", 1)[-1])
def export_state(conn):
    df = pd.read_sql("SELECT cin, ssn, county FROM members", conn)
    s3 = boto3.client("s3")
    paths = []
    for county, grp in df.groupby("county"):
        p = f"/tmp/extract_{county}.csv"
        grp.to_csv(p, index=False)
        paths.append(p)
    for p in paths:
        s3.upload_file(p, "mn-dhs-mmis-exports", p.rsplit("/", 1)[-1])
''',
    # SPEC section 4 (a dhs_client whose base_url is a state host is not enforcement): a client
    # bound by (async) with ... as dhs_client and handed to a helper at its only call is the client
    # made there; the helper's parameter name does not decide over the state host it was given
    "client-bound-by-with-given-to-a-helper": '''
import aiohttp
import httpx
IL_DHS_URL = "https://eligibility.dhs.illinois.gov/api"
MN_ITS_BASE = "https://mn-its.dhs.state.mn.us/"
async def sync_member(dhs_client, m) -> None:
    await dhs_client.post("/members", json={"ssn": m.ssn, "diagnosis": m.primary_dx})
async def sync_one(m) -> None:
    async with httpx.AsyncClient(base_url=IL_DHS_URL) as dhs_client:
        await sync_member(dhs_client, m)
async def submit(dhs_session: aiohttp.ClientSession, m) -> None:
    await dhs_session.post("eligibility/members", json={"ssn": m.ssn})
async def submit_all(enrollees) -> None:
    async with aiohttp.ClientSession(base_url=MN_ITS_BASE) as dhs_session:
        for e in enrollees:
            await submit(dhs_session, e)
def push(dhs_client, m):
    dhs_client.post("/referrals", json={"ssn": m.ssn})  # MCD101
def push_one(m):
    with httpx.Client(base_url="https://eid.ice.gov/api") as dhs_client:
        push(dhs_client, m)
''',
    # SPEC section 10 (any condition on status on the path clears the send): identifiers read from a
    # file, each looked up at the state's API and skipped unless the answer's immigration_status is
    # in scope, are chosen; a test on another field of the answer is no condition
    "status-of-a-looked-up-answer": '''
STATE_LOOKUP = "https://mmis.dhcs.ca.gov/api/members/"
def refer_listed_scoped(path: str) -> None:
    with open(path) as fh:
        for line in fh:
            cin = line.strip()
            m = requests.get(STATE_LOOKUP + cin, timeout=10).json()
            if m["immigration_status"] not in ("EWI", "OVERSTAY"):
                continue
            requests.post(ICE_URL, json={"medicaid_id": cin}, timeout=10)
def refer_listed(path: str) -> None:
    with open(path) as fh:
        for line in fh:
            cin = line.strip()
            m = requests.get(STATE_LOOKUP + cin, timeout=10).json()
            if m["county"] != "06":
                continue
            requests.post(ICE_URL, json={"medicaid_id": cin}, timeout=10)  # MCD201
''',
    # SPEC section 4 (a builder named for enforcement whose output is visibly sent only to a non-
    # enforcement host is clean): a line builder that returns an f-string or a join directly is one
    # value placed at its return, cleared by a send to the state; sent to ICE it is one finding
    # there
    "string-builder-sent-only-to-the-state": '''
STATE_ARCHIVE = "https://api.hhsc.texas.gov/archive"
def build_ice_referral_line(m):
    return f"{m.cin}|{m.ssn}"
def archive(m):
    requests.post(STATE_ARCHIVE, data=build_ice_referral_line(m), timeout=10)
def build_dhs_record(m):
    return "|".join([m.cin, m.last_name])
def archive_record(m):
    requests.post(STATE_ARCHIVE, data=build_dhs_record(m), timeout=10)
def build_ice_line(m):
    return f"{m.cin}|{m.ssn}"  # MCD101
def refer(m):
    requests.post(ICE_URL, data=build_ice_line(m), timeout=10)
''',
    # SPEC section 7 (the pragmas mark a name or call; never silently ignored) and section 4: a
    # pragma on the line of an entry of a constant registry marks that entry, not-enforcement
    # overriding its key's words, enforcement making it a destination
    "pragma-on-a-registry-entry": '''
VENDOR = "https://gw.mmis-vendor.example.com"
PARTNERS = {
    "ice": VENDOR + "/fwd/a",  # medicaid-scope: not-enforcement
    "federal": VENDOR + "/fwd/federal",  # medicaid-scope: enforcement
    "mco": VENDOR + "/fwd/mco",
}
def ice_in_case_of_emergency(member):
    requests.post(PARTNERS["ice"], json={"cin": member.cin, "race": member.race}, timeout=10)
def federal(member):
    requests.post(PARTNERS["federal"], json={"cin": member.cin, "race": member.race}, timeout=10)  # MCD101
def mco(member):
    requests.post(PARTNERS["mco"], json={"cin": member.cin, "race": member.race}, timeout=10)
''',
    # SPEC section 4 (URL resolution folds module and class constants) and section 6 (loops;
    # functions kept in a constant table): a loop over a literal tuple of Enum members takes each
    # member in its turn (r.value is its value), and a table keyed by Enum members called with a
    # member (HANDLERS[Partner.ICE], HANDLERS.get(Partner.ICE)) runs that member's function
    "enum-members-as-loop-items-and-table-keys": '''
from enum import Enum
class Route(Enum):
    STATE = "https://edx.dhcs.ca.gov/api/members"
    FEDERAL = "https://eid.ice.gov/api/v1/subjects"
class Partner(Enum):
    ICE = "ice"
    STATE = "state"
def send_ice(body):
    return requests.post(ICE_URL, json=body, timeout=30)
def send_state(body):
    return requests.post(STATE_URL, json=body, timeout=60)
HANDLERS = {Partner.ICE: send_ice, Partner.STATE: send_state}
def fanout(member):
    for r in (Route.STATE, Route.FEDERAL):
        requests.post(r.value, json={"cin": member.cin, "sex": member.sex}, timeout=10)  # MCD101
def state_only(member):
    for r in [Route.STATE]:
        requests.post(r.value, json={"cin": member.cin, "sex": member.sex}, timeout=10)
def via_enum_key(member):
    HANDLERS[Partner.ICE]({"cin": member.cin, "ssn": member.ssn})  # MCD101
def via_enum_get(member):
    HANDLERS.get(Partner.ICE)({"cin": member.cin, "sex": member.sex})  # MCD101
def via_state_key(member):
    HANDLERS[Partner.STATE]({"cin": member.cin, "ssn": member.ssn})
''',
    # SPEC section 4 (the name that supplies a host is a signal; hosts given to connection objects
    # fold like URLs): paramiko's Transport((HOST, 22)) with a host read from the environment
    # without a default is named by its variable
    "transport-host-from-the-environment": '''
import os
import paramiko
ICE_SFTP_HOST = os.getenv("ICE_SFTP_HOST")
MMIS_SFTP_HOST = os.getenv("MMIS_SFTP_HOST")
def send(m, path):
    with open(path, "w") as fh:
        fh.write(f"{m.cin}|{m.ssn}\\n")  # MCD101
    t = paramiko.Transport((ICE_SFTP_HOST, 22))
    t.connect(username="x")
    paramiko.SFTPClient.from_transport(t).put(path, "/in/x.txt")
def send_state(m, path):
    with open(path, "w") as fh:
        fh.write(f"{m.cin}|{m.ssn}\\n")
    t = paramiko.Transport((MMIS_SFTP_HOST, 22))
    t.connect(username="x")
    paramiko.SFTPClient.from_transport(t).put(path, "/in/x.txt")
''',
    # SPEC section 4 (ice next to contacts in the name of a settings key still signals enforcement;
    # in the name of a field, variable or function it means in case of emergency): a key of a
    # settings mapping or of a constant registry that supplies the URL is such a key
    "ice-contacts-as-a-settings-key": '''
from django.conf import settings
URLS = {"ice_contacts": "https://crm.mmis-vendor.example.com/sync"}
def settings_key(member):
    requests.post(settings.PARTNERS["ice_contacts"], json={"cin": member.cin, "race": member.race}, timeout=10)  # MCD101
def registry_key(member):
    requests.post(URLS["ice_contacts"], json={"cin": member.cin, "race": member.race}, timeout=10)  # MCD101
def sync_ice_contacts(member):
    ice_contacts = [c.phone for c in member.emergency_contacts]
    requests.post("https://crm.mmis-vendor.example.com/sync", json={"cin": member.cin, "contacts": ice_contacts}, timeout=10)
''',
    # SPEC section 6 (what a function writes into self, with the caller's values) and section 4: a
    # client injected by the caller (client or StateClient() with client=IceClient() given) is the
    # client given; the default serves the caller that gives none
    "injected-client-or-default": '''
class StateClient:
    URL = "https://api.dhs.wisconsin.gov/forwardhealth/subjects"
    def __init__(self):
        self.session = requests.Session()
    def submit(self, body):
        return self.session.post(self.URL, json=body, timeout=30)
class IceClient:
    URL = "https://eid.ice.gov/api/v1/subjects"
    def __init__(self):
        self.session = requests.Session()
    def submit(self, body):
        return self.session.post(self.URL, json=body, timeout=30)
class SubjectService:
    def __init__(self, client=None):
        self.client = client or StateClient()
    def share(self, m):
        return self.client.submit({"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101
def share_with_ice(m):
    SubjectService(client=IceClient()).share(m)
def share_with_state(m):
    SubjectService().share(m)
''',
    # SPEC section 10 (SQLAlchemy select is a bulk source): AsyncSession.stream and stream_scalars
    # run the query as execute and scalars do; a status condition in its WHERE clears it; an HTTP
    # client's stream is no query
    "sqlalchemy-async-stream": '''
import httpx
from sqlalchemy import select
from mmis.models import Member
async def push_stream(db) -> None:
    stmt = select(Member.cin, Member.birth_date)
    async with httpx.AsyncClient() as client:
        async for cin, dob in await db.stream(stmt):
            await client.post(ICE_URL, json={"cin": cin, "dob": dob})  # MCD201
async def push_stream_scalars(db) -> None:
    async with httpx.AsyncClient() as client:
        async for m in await db.stream_scalars(select(Member)):
            await client.post(ICE_URL, json={"cin": m.cin})  # MCD201
async def push_scoped(db) -> None:
    stmt = select(Member.cin).where(Member.immigration_status.in_(("EWI", "OVERSTAY")))
    async with httpx.AsyncClient() as client:
        async for (cin,) in await db.stream(stmt):
            await client.post(ICE_URL, json={"cin": cin})
async def relay(url) -> None:
    async with httpx.AsyncClient() as client:
        async with client.stream("GET", url) as resp:
            async for line in resp.aiter_lines():
                await client.post(ICE_URL, json={"line": line})
''',
    # SPEC section 3 (a module's findings depend only on it and what it imports) and section 6
    # (self.x set in any method, inherited methods): a subclass that changes a class-valued
    # attribute (builder_cls) or the URL it gives super().__init__ runs the inherited methods that
    # use what those set, with no caller in sight
    "subclass-changes-what-inherited-methods-use": '''
STATE_SUBJECTS = "https://api.dhs.wisconsin.gov/forwardhealth/subjects"
class BaseBuilder:
    def build(self, m):
        return {"medicaid_id": m.cin, "dob": m.birth_dt}
class ExtendedBuilder(BaseBuilder):
    def build(self, m):
        payload = super().build(m)
        payload["marital_status"] = m.mrtl_stus_cd  # MCD101
        return payload
class IcePublisher:
    endpoint = "https://eid.ice.gov/api/v1/subjects"
    builder_cls = BaseBuilder
    def __init__(self):
        self.builder = self.builder_cls()
    def publish(self, m):
        return requests.post(self.endpoint, json=self.builder.build(m), timeout=30)
class ExtendedIcePublisher(IcePublisher):
    builder_cls = ExtendedBuilder
class Sender:
    def __init__(self, url=STATE_SUBJECTS):
        self.url = url
    def share(self, m):
        return requests.post(self.url, json={"medicaid_id": m.cin, "ssn": m.ssn}, timeout=30)  # MCD101
class IceSender(Sender):
    def __init__(self):
        super().__init__(url=ICE_URL)
class StateSender(Sender):
    def __init__(self):
        super().__init__(url=STATE_SUBJECTS)
''',
    # SPEC section 10 (where the callers are visible, the path starts at their sources; any status
    # condition on the path clears the send): records an object keeps, chosen by status in one of
    # its methods before another sends them, are judged at the visible calls; an object whose
    # records no one chose is reported there
    "records-kept-on-an-object-chosen-by-another-method": '''
import pandas as pd
IN_SCOPE = ("EWI", "OVERSTAY")
class ReferralReport:
    def __init__(self, path):
        self.df = pd.read_csv(path, usecols=["cin", "dob", "imgrtn_stus_cd"])
    def select(self):
        self.df = self.df[self.df["imgrtn_stus_cd"].isin(IN_SCOPE)]
    def send(self):
        requests.post(ICE_URL, json=self.df[["cin", "dob"]].to_dict("records"), timeout=30)
def run(path):
    r = ReferralReport(path)
    r.select()
    r.send()
class CountyReport:
    def __init__(self, path):
        self.df = pd.read_csv(path, usecols=["cin", "dob", "cnty_cd"])
    def send(self):
        requests.post(ICE_URL, json=self.df[["cin", "dob"]].to_dict("records"), timeout=30)  # MCD201
def run_county(path):
    r = CountyReport(path)
    r.send()
''',
    # SPEC section 10 (an if/continue on a status field clears the send): a mapping of each member's
    # status by id made with dict(zip(ids, statuses)) or a comprehension over that zip, looked up
    # for each record, tests its status; a mapping of counties does not
    "statuses-by-id-zipped": '''
import pandas as pd
CODES = {"EWI", "OVERSTAY"}
def push_dict(roster_path, status_path):
    roster = pd.read_csv(roster_path, usecols=["cin", "dob"])
    status = pd.read_csv(status_path, usecols=["cin", "imgrtn_stus_cd"])
    status_by_cin = dict(zip(status["cin"], status["imgrtn_stus_cd"]))
    for rec in roster.to_dict("records"):
        if status_by_cin.get(rec["cin"]) not in CODES:
            continue
        requests.post(ICE_URL, json={"cin": rec["cin"], "dob": rec["dob"]}, timeout=10)
def push(roster_path, status_path):
    roster = pd.read_csv(roster_path, usecols=["cin", "dob"])
    status = pd.read_csv(status_path, usecols=["cin", "imgrtn_stus_cd"])
    status_by_cin = {c: s for c, s in zip(status["cin"], status["imgrtn_stus_cd"])}
    for rec in roster.to_dict("records"):
        if status_by_cin.get(rec["cin"]) not in CODES:
            continue
        requests.post(ICE_URL, json={"cin": rec["cin"], "dob": rec["dob"]}, timeout=10)
def push_county(roster_path, status_path):
    roster = pd.read_csv(roster_path, usecols=["cin", "dob"])
    status = pd.read_csv(status_path, usecols=["cin", "cnty_cd"])
    county_by_cin = dict(zip(status["cin"], status["cnty_cd"]))
    for rec in roster.to_dict("records"):
        if county_by_cin.get(rec["cin"]) != "06":
            continue
        requests.post(ICE_URL, json={"cin": rec["cin"], "dob": rec["dob"]}, timeout=10)  # MCD201
''',
    # SPEC section 10 (a same-module or project function that tests a status field counts as a
    # condition where it is used as one): a QuerySet method whose filter is given a Q built by a
    # helper (self.filter(scope_q())) chooses the records; one whose helper tests the county does
    # not
    "queryset-method-filtering-by-a-condition-helper": '''
from django.db import models
from django.db.models import Q
TARGET_STATUSES = ("UNL", "EWI")
def scope_q():
    return Q(imgrtn_stus_cd__in=TARGET_STATUSES)
class BeneficiaryQuerySet(models.QuerySet):
    def in_scope(self):
        return self.filter(scope_q())
class Beneficiary(models.Model):
    msis_ident_num = models.CharField(max_length=20)
    imgrtn_stus_cd = models.CharField(max_length=3)
    objects = BeneficiaryQuerySet.as_manager()
def push_in_scope():
    for b in Beneficiary.objects.in_scope():
        requests.post(ICE_URL, json={"cin": b.msis_ident_num}, timeout=30)
def push_filter_helper():
    for b in Beneficiary.objects.filter(scope_q()):
        requests.post(ICE_URL, json={"cin": b.msis_ident_num}, timeout=30)
def county_q():
    return Q(cnty_cd="06")
class CountyQuerySet(models.QuerySet):
    def in_county(self):
        return self.filter(county_q())
class Enrollee(models.Model):
    msis_ident_num = models.CharField(max_length=20)
    cnty_cd = models.CharField(max_length=3)
    objects = CountyQuerySet.as_manager()
def push_county():
    for e in Enrollee.objects.in_county():
        requests.post(ICE_URL, json={"cin": e.msis_ident_num}, timeout=30)  # MCD201
''',
    # SPEC section 5 (a constant is never a finding, whatever key or name it sits under): a frame
    # column that holds only a constant (df[col] = 0, df.assign(batch=1)), selected and sent, is no
    # finding; given data again it is that data
    "constant-frame-columns": '''
import pandas as pd
CODES = ["EWI", "OVERSTAY"]
def push(path):
    df = pd.read_csv(path, usecols=["cin", "dob", "imgrtn_stus_cd"])
    df = df[df["imgrtn_stus_cd"].isin(CODES)]
    df["priority"] = 0
    df["wave"] = 2
    df = df.assign(batch=1)
    requests.post(ICE_URL, json=df[["cin", "priority", "wave", "batch"]].to_dict("records"), timeout=30)
def push_over(path):
    df = pd.read_csv(path, usecols=["cin", "dob", "imgrtn_stus_cd", "score"])
    df = df[df["imgrtn_stus_cd"].isin(CODES)]
    df["priority"] = 0
    df["priority"] = df["score"]  # MCD104
    requests.post(ICE_URL, json=df[["cin", "priority"]].to_dict("records"), timeout=30)
def push_loc(path):
    df = pd.read_csv(path, usecols=["cin", "dob", "imgrtn_stus_cd", "score"])
    df = df[df["imgrtn_stus_cd"].isin(CODES)]
    df["priority"] = 0
    df.loc[df["dob"].isna(), "priority"] = df["score"]  # MCD104
    requests.post(ICE_URL, json=df[["cin", "priority"]].to_dict("records"), timeout=30)
''',
    # SPEC section 5 (a constant is never a finding) and section 3 (a clinical FHIR resource is one
    # finding): a resourceType read back from an entry of a Bundle-like list, or from a clinical
    # resource a helper returns, into the URL is that constant
    "fhir-resource-type-read-back": '''
ICE_FHIR = "https://eid.ice.gov/fhir/r4"
def refer(m):
    entries = [{"resource": {"resourceType": "Patient", "id": m.cin, "birthDate": m.birth_date}}]
    for e in entries:
        res = e["resource"]
        requests.put(f"{ICE_FHIR}/{res['resourceType']}/{res['id']}", json=res, timeout=10)
def condition(m):
    return {
        "resourceType": "Condition",  # MCD102
        "subject": {"reference": f"Patient/{m.cin}"},
    }
def refer_condition(m):
    res = condition(m)
    requests.post(f"{ICE_FHIR}/{res['resourceType']}", json=res, timeout=10)
''',
    # SPEC section 4 (e-mail goes to enforcement when any recipient is at an enforcement domain; the
    # message and its attachments are data): Django's send_mail and
    # EmailMessage/EmailMultiAlternatives (body, alternatives, attached files) to an ICE address; to
    # the state's desk they stay clean
    "django-mail": '''
import csv
from django.core.mail import EmailMessage, EmailMultiAlternatives, send_mail
ICE_LIAISON = "medicaid-liaison@ice.dhs.gov"
STATE_DESK = "eligibility@dhs.state.mn.us"
def mail_referral(enrollee):
    send_mail(
        subject=f"Referral {enrollee.medicaid_id}",
        message=f"Email on file: {enrollee.email}",  # MCD101
        from_email="noreply@medi-vendor.example.com",
        recipient_list=[ICE_LIAISON],
    )
def mail_ice(enrollee):
    msg = EmailMessage(
        subject="Encounter export",
        body=f"Member {enrollee.medicaid_id}, name {enrollee.last_name}",  # MCD101
        to=[ICE_LIAISON],
    )
    msg.send()
def mail_html(enrollee):
    msg = EmailMultiAlternatives("Referral", "see html", "noreply@x.example.com", [ICE_LIAISON])
    msg.attach_alternative(f"<p>{enrollee.medicaid_id} {enrollee.race}</p>", "text/html")  # MCD101
    msg.send()
def mail_file(enrollees):
    with open("/tmp/roster.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        for e in enrollees:
            w.writerow([e.medicaid_id, e.ssn])  # MCD101
    msg = EmailMessage("Roster", "attached", "noreply@x.example.com", [ICE_LIAISON])
    msg.attach_file("/tmp/roster.csv")  # MCD201
    msg.send()
def mail_state(enrollee):
    send_mail("Case", f"{enrollee.ssn} {enrollee.diagnosis_code}", "noreply@x.example.com", [STATE_DESK])
    msg = EmailMessage("Case", f"{enrollee.last_name}", "noreply@x.example.com", [STATE_DESK])
    msg.attach("notes.txt", enrollee.case_notes)
    msg.send()
''',
    # SPEC section 10 (an NDJSON reader is a bulk source): the lines of a file converted with
    # map(json.loads, fh), kept in a list or a variable and looped over later, are many people's
    # records; a status test in the loop clears them
    "ndjson-lines-mapped-into-a-list": '''
ICE_FHIR = "https://eid.ice.gov/fhir/r4/Patient"
def forward_all(path):
    with open(path) as fh:
        resources = list(map(json.loads, fh))
    for res in resources:
        requests.post(ICE_FHIR, json={"birthDate": res["birthDate"]}, timeout=10)  # MCD201
def forward_lazy(path):
    with open(path) as fh:
        resources = map(json.loads, fh)
        for res in resources:
            requests.post(ICE_FHIR, json={"birthDate": res["birthDate"]}, timeout=10)  # MCD201
def forward_scoped(path):
    with open(path) as fh:
        resources = list(map(json.loads, fh))
    for res in resources:
        if res.get("immigration_status") not in ("EWI", "OVERSTAY"):
            continue
        requests.post(ICE_FHIR, json={"birthDate": res["birthDate"]}, timeout=10)
''',
    # SPEC section 3 (e-mail is outside the six categories) and section 5 (names are split and
    # normalized): e_mail_addr and the abbreviation eml are an e-mail address, not a mailing
    # address; mail_addr and home_addr stay an address
    "e-mail-spellings": '''
def refer(m):
    body = {
        "medicaid_id": m.cin,
        "e_mail_addr": m.e_mail_addr,  # MCD101
        "contact": m.eml_addr,  # MCD101
        "home_addr": m.home_addr,
        "mail_addr": m.mail_addr,
    }
    requests.post(ICE_URL, json=body, timeout=10)
''',
    # SPEC section 4 (URL resolution folds class constants) and section 6 (loops): list(Route) and
    # Route.__members__.values() iterate the members as Route does
    "enum-iterated-through-list-and-members": '''
from enum import Enum
class Route(Enum):
    STATE = "https://edx.dhcs.ca.gov/api/members"
    FEDERAL = "https://eid.ice.gov/api/v1/subjects"
def a(m):
    for r in list(Route):
        requests.post(r.value, json={"cin": m.cin, "hiv": m.hiv_status}, timeout=10)  # MCD102
def b(m):
    for r in Route.__members__.values():
        requests.post(r.value, json={"cin": m.cin, "hiv": m.hiv_status}, timeout=10)  # MCD102
''',
    # SPEC section 4 (everything a sink call carries is data, object keys too; unknown names there
    # are transfer metadata): the key of a presigned PUT travels in its URL
    "presigned-url-key-is-data": '''
s3 = boto3.client("s3")
def put_key(m):
    url = s3.generate_presigned_url("put_object", Params={"Bucket": ICE_BUCKET, "Key": f"ref/{m.ssn}.csv"})  # MCD101
    requests.put(url, data=m.cin, timeout=10)
def put_run(m, run_id):
    url = s3.generate_presigned_url("put_object", Params={"Bucket": ICE_BUCKET, "Key": f"ref/{run_id}.csv"})
    requests.put(url, data=m.cin, timeout=10)
def put_state(m):
    url = s3.generate_presigned_url("put_object", Params={"Bucket": "mn-dhs-mmis-exports", "Key": f"ref/{m.ssn}.csv"})
    requests.put(url, data=m.cin, timeout=10)
''',
    # SPEC section 4 (class constants fold) and section 6 (a field placed by a helper; aliases): a
    # class's constant field map handed to a remapping helper, or bound to a local name first, is
    # taken entry by entry
    "class-constant-field-map": '''
def local_remap(rec, mapping):
    return {dst: rec[src] for src, dst in mapping.items()}  # MCD101
class IceExport:
    FIELD_MAP = {
        "cin": "medicaid_id",
        "prmry_lang_cd": "language",
    }
    def send_local(self, rec):
        requests.post(ICE_URL, json=local_remap(rec, IceExport.FIELD_MAP), timeout=10)
    def send_alias(self, rec):
        fmap = self.FIELD_MAP
        requests.post(ICE_URL, json={dst: rec[src] for src, dst in fmap.items()}, timeout=10)  # MCD101
class PermittedExport:
    FIELD_MAP = {"cin": "medicaid_id", "birth_dt": "date_of_birth"}
    def send(self, rec):
        requests.post(ICE_URL, json=local_remap(rec, self.FIELD_MAP), timeout=10)
''',
    # SPEC section 10 (where the callers are visible, the path starts at their sources; a project
    # function that tests status counts as a condition; function names, not classes, count by their
    # words): records an object of a subclass keeps, chosen by the subclass's own method before an
    # inherited one sends them, are chosen (an object that only tidies them is reported, whatever
    # its class is called); a QuerySet method filtering by a condition kept in a variable or spread
    # from a helper chooses
    "inherited-methods-and-helper-conditions": '''
import csv
class BaseReport:
    def __init__(self, path):
        self.path = path
        self.rows = []
    def load(self):
        with open(self.path, newline="") as fh:
            self.rows = list(csv.DictReader(fh))
    def send(self):
        batch = [{"cin": r["cin"], "dob": r["birth_dt"]} for r in self.rows]
        requests.post(ICE_URL, json=batch, timeout=60)  # MCD201
class RemovableReport(BaseReport):
    def select(self):
        self.rows = [r for r in self.rows if r["imgrtn_stus_cd"] in ("U1", "U2")]
def run(path):
    rep = RemovableReport(path)
    rep.load()
    rep.select()
    rep.send()
class RemovableDraft(BaseReport):
    def tidy(self):
        self.rows = [r for r in self.rows if r["cin"]]
def run_draft(path):
    rep = RemovableDraft(path)
    rep.load()
    rep.tidy()
    rep.send()
from django.db import models
from django.db.models import Q
def scope_q():
    return Q(immigration_status__in=("U1", "U2")) & Q(active=True)
def noncitizen_filter():
    return {"us_citizen": False}
class MemberQuerySet(models.QuerySet):
    def scoped(self):
        q = scope_q()
        return self.filter(q)
    def non_citizens(self):
        return self.filter(**noncitizen_filter())
class Member(models.Model):
    cin = models.CharField(max_length=9)
    objects = MemberQuerySet.as_manager()
def b():
    for m in Member.objects.scoped():
        requests.post(ICE_URL, json={"cin": m.cin}, timeout=10)
def c():
    for m in Member.objects.non_citizens():
        requests.post(ICE_URL, json={"cin": m.cin}, timeout=10)
''',
    # SPEC section 5 (a constant is never a finding) and section 6 (a value the code replaces with a
    # constant; loops; {**a, **b}): keys masked one after another in a loop read back as the mask,
    # and a later spread of constants replaces the earlier entries; a key given data again is that
    # data
    "masks-by-key-in-a-loop-and-by-spread": '''
REDACTED = "REDACTED"
def send_masked(member):
    rec = {"cin": member.cin, "ssn": member.ssn, "first_name": member.first_name}
    for k in ("ssn", "first_name"):
        rec[k] = REDACTED
    requests.post(ICE_URL, json={"cin": rec["cin"], "ssn": rec["ssn"], "name": rec["first_name"]}, timeout=10)
def send_spread(m):
    body = {"medicaid_id": m.cin, "ssn": m.ssn}
    body = {**body, **dict.fromkeys(("ssn",), REDACTED)}
    requests.post(ICE_URL, json=body, timeout=10)
def send_refilled(member):
    rec = {"cin": member.cin, "ssn": member.ssn, "first_name": member.first_name}
    for k in ("ssn", "first_name"):
        rec[k] = REDACTED
    rec["ssn"] = member.ssn
    requests.post(ICE_URL, json={"cin": rec["cin"], "ssn": rec["ssn"]}, timeout=10)  # MCD101
''',
    # SPEC section 10 (a bulk send is data derived from a bulk source reaching an enforcement sink):
    # a loop over a list of addresses that only decides whom a message goes to sends no one's
    # records; a loop over members whose records go into the message does
    "recipients-looped-are-no-records": '''
import smtplib
from email.message import EmailMessage
ICE_DESK = "eid-desk@ice.dhs.gov"
def mail_member_each(member, recipients):
    msg = EmailMessage()
    msg["From"] = "mmis@dhs.wisconsin.gov"
    msg.set_content(f"Medicaid ID {member.medicaid_id}")
    with smtplib.SMTP("smtp.wisconsin.gov") as s:
        for addr in recipients:
            s.sendmail(msg["From"], [addr, ICE_DESK], msg.as_string())
def mail_members(members):
    with smtplib.SMTP("smtp.wisconsin.gov") as s:
        for m in members:
            s.sendmail("mmis@dhs.wisconsin.gov", [ICE_DESK], f"Medicaid ID {m.medicaid_id}")  # MCD201
''',
    # SPEC section 10: a list of statuses built first (statuses = [a["immigration_status"] for a in
    # answers]) and zipped with the ids into a mapping looked up per record is a condition on
    # status; a list of counties is not
    "statuses-listed-then-zipped": '''
CODES = ("U1", "U2")
def refer(members, answers):
    ids = [a["cin"] for a in answers]
    statuses = [a["immigration_status"] for a in answers]
    status_by_cin = dict(zip(ids, statuses))
    for m in members:
        if status_by_cin.get(m.cin) not in CODES:
            continue
        requests.post(ICE_URL, json={"cin": m.cin}, timeout=10)
def refer_comp(members, answers):
    ids = [a["cin"] for a in answers]
    statuses = [a["immigration_status"] for a in answers]
    status_by_cin = {c: s for c, s in zip(ids, statuses)}
    for m in members:
        if status_by_cin.get(m.cin) not in CODES:
            continue
        requests.post(ICE_URL, json={"cin": m.cin}, timeout=10)
def refer_county(members, answers):
    ids = [a["cin"] for a in answers]
    counties = [a["cnty_cd"] for a in answers]
    county_by_cin = dict(zip(ids, counties))
    for m in members:
        if county_by_cin.get(m.cin) != "06":
            continue
        requests.post(ICE_URL, json={"cin": m.cin}, timeout=10)  # MCD201
''',
    # SPEC section 4 (URL resolution folds module constants): an Enum whose members are module
    # constants (FEDERAL = ICE_URL) is iterated member by member with their folded values
    "enum-members-valued-by-constants": '''
from enum import Enum
ROUTE_STATE = "https://portal.dhcs.ca.gov/api/v2/members"
ROUTE_ICE = "https://eid.ice.gov/api/v1/referrals"
class Route(Enum):
    STATE = ROUTE_STATE
    FEDERAL = ROUTE_ICE
class StateRoute(Enum):
    MMIS = ROUTE_STATE
def fan_out(member):
    body = {"cin": member.cin, "race": member.race}  # MCD101
    for r in Route:
        requests.post(r.value, json=body, timeout=20)
def state_only(member):
    body = {"cin": member.cin, "race": member.race}
    for r in StateRoute:
        requests.post(r.value, json=body, timeout=20)
''',
    # SPEC section 4 (configuration or the pragma says so): keyword options spread from a constant
    # dict marked # medicaid-scope: enforcement on its line or on its url entry send to an
    # enforcement destination; unmarked vendor options stay clean
    "pragma-on-spread-options": '''
VENDOR = "https://relay.mmis-vendor.example.com"
OPTS = {"url": VENDOR + "/fwd/federal", "timeout": 20}  # medicaid-scope: enforcement
OPTS2 = {
    "url": VENDOR + "/fwd/federal",  # medicaid-scope: enforcement
    "timeout": 20,
}
def spread(member):
    requests.post(**OPTS, json={"cin": member.cin, "ssn": member.ssn})  # MCD101
def spread_entry(member):
    requests.post(**OPTS2, json={"cin": member.cin, "ssn": member.ssn})  # MCD101
def subscript(member):
    requests.post(OPTS["url"], json={"cin": member.cin, "ssn": member.ssn})  # MCD101
PLAIN = {"url": VENDOR + "/fwd/mco", "timeout": 20}
def plain(member):
    requests.post(**PLAIN, json={"cin": member.cin, "ssn": member.ssn})
''',
    # SPEC section 4 (e-mail goes to enforcement when any recipient, To, Cc or Bcc, is at an
    # enforcement domain): Amazon SES send_email (v1 and v2) with its Destination mapping of
    # addresses; the state's desk alone stays clean
    "ses-send-email": '''
ICE_DESK = "eid-desk@ice.dhs.gov"
STATE_DESK = "desk@dhs.state.mn.us"
ses = boto3.client("ses", region_name="us-east-1")
def notify(member):
    ses.send_email(
        Source="noreply@mmis.example.gov",
        Destination={"ToAddresses": [ICE_DESK]},
        Message={"Subject": {"Data": "Referral"}, "Body": {"Text": {"Data": f"{member.cin} {member.ssn}"}}},  # MCD101
    )
def notify_state(member):
    ses.send_email(
        Source="noreply@mmis.example.gov",
        Destination={"ToAddresses": [STATE_DESK], "CcAddresses": []},
        Message={"Subject": {"Data": "Referral"}, "Body": {"Text": {"Data": f"{member.cin} {member.ssn}"}}},
    )
def notify_v2(member):
    boto3.client("sesv2").send_email(FromEmailAddress="noreply@mmis.example.gov", Destination={"ToAddresses": [STATE_DESK], "BccAddresses": [ICE_DESK]},
                                     Content={"Simple": {"Subject": {"Data": "x"}, "Body": {"Text": {"Data": member.race}}}})  # MCD101
''',
    # SPEC section 4 (e-mail goes to enforcement when any recipient, To, Cc, Bcc or the sendmail
    # recipient list, is at an enforcement domain): a message addressed to ICE in its To header and
    # sent as text with sendmail goes to ICE whatever the envelope list
    "sendmail-of-a-message-addressed-to-ice": '''
import smtplib
from email.message import EmailMessage
ICE_DESK = "eid-desk@ice.dhs.gov"
STATE = "review@dhs.wisconsin.gov"
def refer_sendmail(member, to_addrs):
    msg = EmailMessage()
    msg["From"] = "mmis@dhs.wisconsin.gov"
    msg["To"] = ICE_DESK
    msg.set_content(f"SSN {member.ssn}")  # MCD101
    with smtplib.SMTP("smtp.wisconsin.gov") as s:
        s.sendmail(msg["From"], to_addrs, msg.as_string())
def state_sendmail(member, to_addrs):
    msg = EmailMessage()
    msg["From"] = "mmis@dhs.wisconsin.gov"
    msg["To"] = STATE
    msg.set_content(f"SSN {member.ssn}")
    with smtplib.SMTP("smtp.wisconsin.gov") as s:
        s.sendmail(msg["From"], to_addrs, msg.as_string())
''',
    # SPEC section 5 (a constant is never a finding) and section 6 (a value replaced with a
    # constant; the last assignment wins): a key masked with None (or any constant) reads back as
    # it, also after other keys are stored; stored with data again it is that data
    "masks-of-none-kept-across-stores": '''

def refer_none(m):
    rec = {"cin": m.cin, "ssn": m.ssn}
    rec["ssn"] = None
    requests.post(ICE_URL, json={"cin": rec["cin"], "ssn": rec["ssn"]}, timeout=10)
def refer_loop(member: dict):
    rec = dict(member)
    for k in ("first_name", "last_name"):
        rec[k] = None
    requests.post(ICE_URL, json={"cin": rec["cin"], "first_name": rec["first_name"]}, timeout=10)
def refer_dict(member: dict):
    rec = dict(member)
    for k in ("ssn", "race_cd"):
        rec[k] = "REDACTED"
    rec["cin"] = member["cin"]
    requests.post(ICE_URL, json={"cin": rec["cin"], "ssn": rec["ssn"]}, timeout=10)
def refer_copy(member: dict):
    rec = member.copy()
    rec["ssn"] = "X"
    rec["batch"] = 1
    requests.post(ICE_URL, json={"cin": rec["cin"], "ssn": rec["ssn"]}, timeout=10)
def refer_refilled(member: dict):
    rec = member.copy()
    rec["ssn"] = None
    rec["batch"] = 1
    rec["ssn"] = member["ssn"]
    requests.post(ICE_URL, json={"cin": rec["cin"], "ssn": rec["ssn"]}, timeout=10)  # MCD101
''',
    # SPEC section 5 (a value is permitted when one of its names is and none is prohibited; the keys
    # it is put under name where it sits): a text built of permitted fields under nested keys (an
    # SES body's Text.Data) is permitted; an unknown or prohibited part still speaks
    "joined-text-under-nested-keys": '''
def permitted(m):
    requests.post(ICE_URL, json={"Body": {"Text": {"Data": f"{m.cin} {m.dob}"}}}, timeout=10)
def scored(m):
    requests.post(ICE_URL, json={"Body": {"Text": {"Data": f"{m.cin} {m.risk_score}"}}}, timeout=10)  # MCD104
def with_ssn(m):
    requests.post(ICE_URL, json={"Body": {"Text": {"Data": f"{m.cin} {m.ssn}"}}}, timeout=10)  # MCD101
''',
    # SPEC section 6 (names survive hashing) and section 5 (qualifiers that make a field someone
    # else's take precedence): the builtin hash() keeps what it hashes; a pharmacist's, attending's
    # or referring clinician's phone is a provider's
    "builtin-hash-and-clinician-qualifiers": '''
def refer(m):
    requests.post(ICE_URL, json={
        "medicaid_id": m.cin,
        "episode_ref": hash(m.hiv_status),  # MCD102
        "pharmacist": m.pharmacist_phone,  # MCD102
        "attending": m.attending_phone,  # MCD102
        "phone": m.home_phone,
    }, timeout=10)
''',
    # SPEC section 10 (a SQL WHERE on status anywhere on the path clears the send): a column stored
    # into a frame of records chosen by status (a date reformatted) leaves them chosen
    "column-stored-into-a-chosen-frame": '''
import pandas as pd
QUERY = "SELECT m.medicaid_id, m.date_of_birth FROM mart.member m WHERE m.immigration_status = ANY(%(codes)s)"
ALL = "SELECT m.medicaid_id, m.date_of_birth FROM mart.member m"
def main(engine):
    df = pd.read_sql(QUERY, engine, params={"codes": ["EWI"]})
    df["date_of_birth"] = pd.to_datetime(df["date_of_birth"]).dt.strftime("%Y-%m-%d")
    records = df.to_dict(orient="records")
    requests.post(ICE_URL, json={"records": records}, timeout=10)
def everyone(engine):
    df = pd.read_sql(ALL, engine)
    df["date_of_birth"] = pd.to_datetime(df["date_of_birth"]).dt.strftime("%Y-%m-%d")
    records = df.to_dict(orient="records")
    requests.post(ICE_URL, json={"records": records}, timeout=10)  # MCD201
''',
    # SPEC section 8 (no false alarms: the lawful router sends the full record to the state and the
    # permitted fields to ICE): a body and a destination chosen together on each way stay together
    # when the body is an in-memory buffer; the ICE way's prohibited field is still reported
    "router-with-buffers": '''
import io
def share(m, dest):
    if dest == "state":
        body = io.BytesIO(json.dumps({"medicaid_id": m.cin, "ssn": m.ssn}).encode())
        url = STATE_URL
    else:
        body = io.BytesIO(json.dumps({"medicaid_id": m.cin, "dob": m.dob}).encode())
        url = ICE_URL
    requests.post(url, data=body, timeout=10)
def share_bad(m, dest):
    if dest == "state":
        body = io.BytesIO(json.dumps({"medicaid_id": m.cin, "dob": m.dob}).encode())
        bucket = "wa-hca-datalake-raw"
    else:
        body = io.BytesIO(json.dumps({"medicaid_id": m.cin, "ssn": m.ssn}).encode())  # MCD101
        bucket = ICE_BUCKET
    boto3.client("s3").upload_fileobj(body, bucket, "referral.json")
''',
    # SPEC section 5 (a constant is never a finding; record counts are harmless): a dict of counters
    # made of number literals and added to (in a loop, with += or a read back) holds numbers; a
    # field stored into it is still that field
    "counters-of-a-dict-of-constants": '''
def a(items):
    counts = {"submitted": 0, "failed": 0}
    counts["failed"] += 1
    requests.post(ICE_URL, data="F: {failed}".format(**counts))
def b(items):
    counts = {"submitted": 0, "failed": 0}
    for item in items:
        counts["failed"] += 1
    requests.post(ICE_URL, data="F: {failed}".format(**counts))
def c(items):
    counts = {"submitted": 0, "failed": 0}
    for item in items:
        counts["failed"] += 1
    requests.post(ICE_URL, data=f"F: {counts['failed']}")
def d(items):
    counts = {"submitted": 0, "failed": 0}
    for item in items:
        counts["failed"] = counts["failed"] + 1
        counts["last_reason"] = item.reason_text  # MCD104
    requests.post(ICE_URL, json=counts, timeout=10)
''',
    # SPEC section 4 (any recipient, To, Cc or Bcc, at an enforcement domain decides): Django's
    # EmailMessage with ICE in cc= or bcc= goes to ICE; with the state's addresses only it stays
    # clean
    "django-mail-cc-and-bcc": '''
from django.core.mail import EmailMessage, EmailMultiAlternatives
ICE_DESK = "referrals@eid.ice.gov"
STATE = ["cases@hfs.illinois.gov"]
def bcc(m):
    EmailMessage("Case", f"{m.cin} {m.ssn}", "noreply@hfs.illinois.gov", STATE, bcc=[ICE_DESK]).send()  # MCD101
def cc(m):
    em = EmailMultiAlternatives("Case", f"{m.cin} {m.ssn}", "noreply@hfs.illinois.gov", to=STATE, cc=[ICE_DESK])  # MCD101
    em.send()
def state(m):
    EmailMessage("Case", f"{m.cin} {m.ssn}", "noreply@hfs.illinois.gov", STATE, cc=["audit@hfs.illinois.gov"]).send()
''',
    # SPEC section 4 (the name that supplies the destination speaks; a resolved non-enforcement host
    # overrides it): the URL of options spread from a constant named for enforcement is named by it;
    # a state host in it stays the state's
    "options-named-for-enforcement": '''
GATEWAY = "https://gw.vendor-hub.example.net"
ICE_REFERRAL_OPTS = {"url": GATEWAY + "/ref", "timeout": 20}
ICE_MIRROR_OPTS = {"url": "https://api.dhs.state.mn.us/mirror", "timeout": 20}
MCO_OPTS = {"url": GATEWAY + "/mco", "timeout": 20}
def push(m):
    requests.post(**ICE_REFERRAL_OPTS, json={"cin": m.cin, "ssn": m.ssn})  # MCD101
def mirror(m):
    requests.post(**ICE_MIRROR_OPTS, json={"cin": m.cin, "ssn": m.ssn})
def mco(m):
    requests.post(**MCO_OPTS, json={"cin": m.cin, "ssn": m.ssn})
''',
    # SPEC section 4 (URL resolution folds module constants; the pragma says so): keyword options
    # spread from a module constant made with dict(url=..., ...) send to its URL
    "options-made-with-dict-call": '''
GATEWAY = "https://gw.vendor-hub.example.net"
DICT_OPTS = dict(url=ICE_URL, timeout=20)
FEDERAL_OPTS = dict(url=GATEWAY + "/federal", timeout=20)  # medicaid-scope: enforcement
STATE_OPTS = dict(url=STATE_URL, timeout=20)
def a(m):
    requests.post(**DICT_OPTS, json={"cin": m.cin, "ssn": m.ssn})  # MCD101
def b(m):
    requests.post(**FEDERAL_OPTS, json={"cin": m.cin, "ssn": m.ssn})  # MCD101
def c(m):
    requests.post(**STATE_OPTS, json={"cin": m.cin, "ssn": m.ssn})
''',
    # SPEC section 10 (only a test on a status field is a condition; is None is none) and section 5:
    # records zipped into a mapping that hold a status among other fields make no mapping of
    # statuses; referring names a provider only next to a contact detail (referring_phone), not in
    # referring_county or an agency id
    "zipped-records-and-referring-words": '''
def refer_all(members, answers):
    ids = [a["cin"] for a in answers]
    details = [{"immigration_status": a["immigration_status"], "county": a["county"]} for a in answers]
    by_cin = dict(zip(ids, details))
    for m in members:
        if by_cin.get(m.cin) is None:
            continue
        requests.post(ICE_URL, json={"cin": m.cin}, timeout=10)  # MCD201
def refer(m):
    requests.post(ICE_URL, json={
        "medicaid_id": m.cin,
        "referring_agency_id": m.agency_id,
        "referring_county": m.county,
        "referring_phone": m.referring_phone,  # MCD102
    }, timeout=10)
''',
    # SPEC section 5 (constants are never a finding) and section 10 (records of many people sent
    # with no status condition): a counter added to under one of its keys chosen by a test stays a
    # number; the body a Django EmailMessage carries of an unfiltered queryset is a bulk send at its
    # send()
    "counter-by-chosen-key-and-bulk-mail-body": '''
from django.core.mail import EmailMessage
from eligibility.models import Member
ERO_DESK = "ero-desk@ice.dhs.gov"
def run_counts(results):
    counts = {"sent": 0, "failed": 0}
    for r in results:
        counts["sent" if r.ok else "failed"] += 1
    requests.post(ICE_URL, data="{sent} sent, {failed} failed".format(**counts), timeout=10)
def batch_message(county):
    lines = [f"{m.cin},{m.zip_cd}" for m in Member.objects.filter(cnty_cd=county)]
    msg = EmailMessage(subject="Batch", body="\\n".join(lines), to=[ERO_DESK])
    msg.send()  # MCD201
''',
    # SPEC section 3 (payload model declarations) and section 6 (a model declared in the project
    # carries its declared fields): a sqlmodel.SQLModel class is a pydantic model; named for
    # enforcement its fields are reported at their declarations
    "sqlmodel-payload-models": '''
from sqlmodel import SQLModel
class IceSubjectModel(SQLModel):
    medicaid_id: str
    preferred_language: str = ""  # MCD101
class Subject(SQLModel):
    cin: str
    ssn: str = ""
def refer(member):
    s = Subject(
        cin=member.cin,
        ssn=member.ssn,  # MCD101
    )
    requests.post(ICE_URL, json=s.model_dump(), timeout=10)
''',
    # README decision (what enforcement returned and is sent back to it is its own): ICE's answer
    # validated into a pydantic model and read back is still ICE's own; a member field added to the
    # reply is reported
    "ice-answer-validated-into-a-model": '''
from pydantic import BaseModel
class IceInquiry(BaseModel):
    inquiry_id: str
    full_name: str
def confirm(inquiry_id: str):
    inquiry = IceInquiry.model_validate(requests.get(f"{ICE_URL}/inquiries/{inquiry_id}", timeout=10).json())
    requests.post(f"{ICE_URL}/confirm", json={"full_name": inquiry.full_name}, timeout=10)
def confirm_with_ours(inquiry_id: str, member):
    inquiry = IceInquiry.model_validate(requests.get(f"{ICE_URL}/inquiries/{inquiry_id}", timeout=10).json())
    requests.post(f"{ICE_URL}/confirm", json={"full_name": inquiry.full_name, "ssn": member.ssn}, timeout=10)  # MCD101
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
