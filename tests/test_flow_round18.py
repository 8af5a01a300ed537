"""Round 18 of the data flow: shapes found by probing the engine from the SPEC alone.

Each case is a small module with its expected findings annotated inline (``# MCD101``
on the line reported); a case without annotations must stay clean.
"""

from __future__ import annotations

import pytest
from annotations import actual, expected

HEAD = '''import os
import requests
from members.models import Member
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://eligibility.dhs.state.mn.us/api/v2/cases"
'''

CASES = {
    # SPEC section 3: ORM .values(...) is a column list; one row of it (.last(), .get(), .latest())
    # carries those columns, as .first() does
    "orm-values-one-row-by-last": '''
def refer(pk):
    row = Member.objects.filter(pk=pk).values("cin", "race").last()  # MCD101
    requests.post(ICE_URL, json=row)
''',
    "orm-values-one-row-by-get": '''
def refer(pk):
    row = Member.objects.values("cin", "sex").get(pk=pk)  # MCD101
    requests.post(ICE_URL, json=row)
''',
    "orm-values-one-row-by-latest": '''
def refer():
    row = Member.objects.values("cin", "primary_dx").latest("updated_at")  # MCD102
    requests.post(ICE_URL, json=row)
''',
    # .values() with no names is every column (MCD103), whatever fetches the row
    "orm-nameless-values-get-is-a-whole-record": '''
def refer(pk):
    requests.post(ICE_URL, json=Member.objects.values().get(pk=pk))  # MCD103
''',
    "orm-nameless-values-first-is-a-whole-record": '''
def refer():
    requests.post(ICE_URL, json=Member.objects.values().first())  # MCD103
''',
    # a dict's get takes a key: the value under it, never the whole dict
    "dict-get-is-one-entry": '''
def refer(m):
    body = {"medicaid_id": m.cin, "diagnosis": m.primary_dx}
    requests.post(ICE_URL, json={"medicaid_id": body.get("medicaid_id")})
''',
    # permitted columns only, one row: clean
    "orm-values-permitted-columns-one-row": '''
def refer(pk):
    row = Member.objects.filter(pk=pk, immigration_status="UNLAWFUL").values("cin", "dob").last()
    requests.post(ICE_URL, json=row)
''',
    # SPEC section 4: everything a sink call carries is data, cookies too
    "cookies-are-data": '''
def refer(member):
    requests.post(ICE_URL, json={"medicaid_id": member.cin}, cookies={"subject": member.ssn})  # MCD101
''',
    "cookies-to-a-state-partner-are-lawful": '''
def sync(member):
    requests.post(STATE_URL, json={"medicaid_id": member.cin}, cookies={"subject": member.ssn})
''',
    # SPEC section 4: a file's path the analysis cannot fold is decided by the names that supply it
    # (an environment variable, a settings key, a variable named for enforcement)
    "file-path-from-an-environment-variable": '''
import json
def write_referral(member):
    with open(os.environ["ICE_EXPORT_FILE"], "w") as fh:
        json.dump({"medicaid_id": member.cin, "race": member.race}, fh)  # MCD101
''',
    "file-path-from-getenv-without-default": '''
import json
def write_referral(member):
    with open(os.getenv("ICE_EXPORT_FILE"), "w") as fh:
        json.dump({"medicaid_id": member.cin, "race": member.race}, fh)  # MCD101
''',
    "file-path-from-a-settings-key": '''
import json
from django.conf import settings
def write_referral(member):
    with open(settings.ICE_EXPORT_PATH, "w") as fh:
        json.dump({"medicaid_id": member.cin, "race": member.race}, fh)  # MCD101
''',
    "file-path-in-a-variable-named-for-enforcement": '''
import json
def write_referral(member, day):
    ice_drop_path = f"/srv/out/{day}.json"
    with open(ice_drop_path, "w") as fh:
        json.dump({"medicaid_id": member.cin, "race": member.race}, fh)  # MCD101
''',
    "file-path-from-a-state-setting-is-no-sink": '''
import json
def write_extract(member, path):
    with open(os.environ["STATE_EXPORT_FILE"], "w") as fh:
        json.dump({"medicaid_id": member.cin, "race": member.race}, fh)
    with open(path, "w") as fh:
        json.dump({"medicaid_id": member.cin, "race": member.race}, fh)
''',
    # precision (prober round 18). SPEC section 4: a URL default of a dataclass of endpoints read
    # through its instance resolves to its host; a state agency's host overrides the dhs name
    "dataclass-endpoint-default-resolves-to-its-host": '''
from dataclasses import dataclass, field
@dataclass(frozen=True)
class Endpoints:
    dhs_url: str = "https://api.dhs.state.mn.us/mmis/members"
ENDPOINTS = Endpoints()
def push(m):
    requests.post(ENDPOINTS.dhs_url, json={"ssn": m.ssn, "dx": m.primary_dx})
@dataclass
class DhsSettings:
    base_url: str = "https://api.dhs.illinois.gov/ies/v2"
    timeout: int = 30
@dataclass
class DhsClient:
    settings: DhsSettings = field(default_factory=DhsSettings)
    def submit(self, case):
        return requests.post(self.settings.base_url + "/cases", json={"ssn": case.head_ssn})
''',
    "dataclass-default-factory-to-enforcement-is-found": '''
from dataclasses import dataclass, field
@dataclass
class IceSettings:
    base_url: str = "https://eid.ice.gov/api/v2"
@dataclass
class Client:
    settings: IceSettings = field(default_factory=IceSettings)
    def submit(self, m):
        return requests.post(self.settings.base_url + "/cases", json={"ssn": m.ssn})  # MCD101
''',
    # connection settings are not data: a model of only host, port, user and key is configuration,
    # and so is one whose name ends in Endpoints, Sftp, Tls, Server
    "connection-settings-models-are-configuration": '''
from dataclasses import dataclass
@dataclass(frozen=True)
class IceSftp:
    host: str = "mft.eid.ice.gov"
    port: int = 22
    username: str = "mn-dhs-medicaid"
    key_path: str = "/etc/keys/ice_ed25519"
@dataclass(frozen=True)
class IceEndpoints:
    subjects_url: str = "https://eid.ice.gov/api/v1/subjects"
    dhs_claims_url: str = "https://eid.ice.gov/api/v1/claims"
''',
    "a-payload-model-named-for-enforcement-stays-one": '''
from dataclasses import dataclass
@dataclass
class IceReferral:
    medicaid_id: str
    country_of_birth: str  # MCD101
    ssn: str  # MCD101
''',
    # the URL's own base or host read from a configuration object is where to send, not data
    "url-base-from-a-config-object-is-no-data": '''
class IceClient:
    def __init__(self, cfg):
        self.cfg = cfg
    def submit(self, m):
        requests.post(self.cfg.base_url + "/subjects", json={"medicaid_id": m.medicaid_id})
        requests.get(f"https://{self.cfg.host}/health")
        requests.post(f"{self.cfg.subjects_url}", json={"medicaid_id": m.medicaid_id})
    def lookup(self, m):
        requests.get(f"{self.cfg.base_url}/subjects/{m.ssn}")  # MCD101
''',
    # SPEC sections 5 and 10: records reduced to transfer metadata, and counts, say nothing about anyone
    "acks-of-request-ids-and-counts-are-no-records": '''
import pandas as pd
ICE_ACK_URL = "https://eid.ice.gov/api/v1/acks"
def ack_rows(rows):
    requests.post(ICE_ACK_URL, json=[{"request_id": r["request_id"], "status": "RECEIVED"} for r in rows])
def stats(path):
    df = pd.read_csv(path, usecols=["request_id", "decision"])
    requests.post(ICE_ACK_URL, json={"record_count": int(df.shape[0]), "cells": int(df.size), "n": df.index.size})
def rows_sent(rows):
    requests.post(ICE_ACK_URL, json=[{"request_id": r["request_id"], "race": r["race"]} for r in rows])  # MCD101 MCD201
''',
    "a-household-size-is-still-a-field": '''
def refer(m):
    requests.post(ICE_URL, json={"household_size": m.household.size})  # MCD101
''',
    # a file's name in a header or a message attribute names a thing, not a person
    "file-names-in-headers-and-message-attributes": '''
import boto3
ICE_CALLBACK = "https://eid.ice.gov/api/v1/files/ready"
def ready(object_key):
    file_name = os.path.basename(object_key)
    requests.post(ICE_CALLBACK, json={"key": object_key}, headers={"X-File-Name": file_name})
    boto3.client("sqs").send_message(
        QueueUrl="https://sqs.us-gov-west-1.amazonaws.com/1111/ice-eid-files",
        MessageBody="ready",
        MessageAttributes={"file_name": {"DataType": "String", "StringValue": file_name}},
    )
''',
    # SPEC section 6 (string building): a path built by .format from a path built by .format keeps
    # what is known of it, so the connection's host still decides the destination
    "format-over-a-formatted-path-on-a-connection": '''
import http.client
API_PREFIX = "/v3"
def admissions(m):
    base = "{}/subjects/{}".format(API_PREFIX, m.cin)
    path = "{}/custody-intake?since={}".format(base, m.admission_date.isoformat())  # MCD102
    conn = http.client.HTTPSConnection("api.eid.ice.gov", timeout=30)
    conn.request("GET", path)
''',
    # closures: a sender made by a factory and called from a nested function that merges extra fields
    "a-factory-sender-called-from-a-nested-function": '''
from kafka import KafkaProducer
TOPIC = "ice.ero.referrals.v2"
def make_sender(producer, topic):
    def send(event, key):
        return producer.send(topic, key=key, value=event)
    return send
def publish(producer: KafkaProducer, m):
    send = make_sender(producer, TOPIC)
    extra = {"marital_status": m.marital_status}  # MCD101
    def _emit(event):
        event.update(extra)
        return send(event, key=b"k")
    _emit({"msis_id": m.msis_id})
''',
    # SPEC section 10: a plural person-named variable holding what a partner's API answered is a bulk
    # source; a DictWriter writes only its listed columns (the response's own key is no column)
    "rows-from-a-partner-api-emailed-to-enforcement": '''
import csv
import io
import smtplib
from email.message import EmailMessage
def fetch_roster(county):
    resp = requests.get(STATE_URL, params={"county_code": county}, timeout=60)
    return resp.json()["items"]
def send_roster(county):
    rows = fetch_roster(county)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["cin", "ethnicity"], extrasaction="ignore")  # MCD101
    for row in rows:
        writer.writerow(row)
    msg = EmailMessage()
    msg["To"] = "eid-leads@ice.dhs.gov"
    msg.add_attachment(buf.getvalue().encode(), maintype="text", subtype="csv", filename="roster.csv")
    with smtplib.SMTP("smtp.county.gov") as smtp:
        smtp.send_message(msg)  # MCD201
''',
    "subjects-enforcement-asked-about-are-no-population": '''
def answer(session):
    subjects = session.get(ICE_URL + "/requests").json()
    for s in subjects:
        requests.post(ICE_URL + "/answers", json={"medicaid_id": s["medicaid_id"], "request_id": s["request_id"]})
''',
    # SPEC section 6: a function run by a thread, a timer or a process runs with its args
    "thread-target-runs-with-its-args": '''
import threading
def _send(body):
    requests.post(ICE_URL, json=body)
def refer(member):
    body = {"medicaid_id": member.cin, "race": member.race}  # MCD101
    threading.Thread(target=_send, args=(body,)).start()
def later(member):
    threading.Timer(5.0, _send, kwargs={"body": {"sex": member.sex}}).start()  # MCD101
''',
    # string building: named placeholders read from a mapping the analysis cannot see
    "named-placeholders-read-from-a-row": '''
ICE_BASE = "https://eid.ice.gov/api/v1"
def by_percent(row):
    return requests.get(ICE_BASE + "/subjects/%(ssn)s" % row)  # MCD101
def by_format(row):
    return requests.get((ICE_BASE + "/subjects/{ssn}").format(**row))  # MCD101
def by_format_map(row):
    return requests.get("https://eid.ice.gov/api/v1/subjects/{cin}/{ssn}".format_map(row))  # MCD101
def permitted(row):
    return requests.get(ICE_BASE + "/subjects/%(cin)s" % row)
''',
    # dict(zip(KEYS, values)): each value under its key; the value's own name decides
    "zip-of-constant-keys-and-a-list-of-values": '''
KEYS = ("medicaid_id", "date_of_birth")
def refer(member):
    vals = [member.cin, member.ssn]  # MCD101
    requests.post(ICE_URL, json=dict(zip(KEYS, vals)))
''',
    # SPEC section 4: a remote file name holding an enforcement word decides on a vendor host; a
    # host on the non-enforcement list overrides it
    "sftp-remote-file-names": '''
import paramiko
def vendor(members):
    with open("/tmp/vendor.csv", "w") as fh:
        for m in members:
            if m.immigration_status == "UNL":
                fh.write(f"{m.cin},{m.race}\\n")  # MCD101
    t = paramiko.Transport(("mft.vendor-hub.example.com", 22))
    sftp = paramiko.SFTPClient.from_transport(t)
    sftp.put("/tmp/vendor.csv", "/inbound/ice_referrals.csv")
def state(members):
    with open("/tmp/state.csv", "w") as fh:
        for m in members:
            fh.write(f"{m.cin},{m.race}\\n")
    t = paramiko.Transport(("mft.dhs.state.mn.us", 22))
    sftp = paramiko.SFTPClient.from_transport(t)
    sftp.put("/tmp/state.csv", "/inbound/ice_referrals.csv")
''',
    # a client handed in, known by its annotation
    "pika-channel-annotated-parameter": '''
import json
from pika.adapters.blocking_connection import BlockingChannel
def publish(member, channel: BlockingChannel):
    channel.basic_publish(exchange="", routing_key="ero-referrals", body=json.dumps({"medicaid_id": member.cin, "sex": member.sex}))  # MCD101
''',
    # SPEC section 10: an async lookup by id is one person; a plural variable filled by a parser of
    # this module is many people's records
    "async-get-is-one-person-and-parsed-members-are-many": '''
from django.forms.models import model_to_dict
async def refer_one(session, member_pk):
    member = await Member.objects.aget(pk=member_pk)
    await session.post(ICE_URL, json={"medicaid_id": member.cin, "dob": str(member.dob)})
def parse(text):
    out = []
    for line in text.splitlines():
        cin, dob = line.split(",")
        out.append({"cin": cin, "dob": dob})
    return out
def publish(text):
    members = parse(text)
    for m in members:
        requests.post(ICE_URL, json={"medicaid_id": m["cin"], "dob": m["dob"]})  # MCD201
''',
    # SPEC section 4: a session handed in (its type unknown) sends to the URL given to its HTTP verb
    "an-untyped-session-posting-to-enforcement": '''
async def send(session, m):
    async with session.post(ICE_URL, json={"ssn": m.ssn}) as resp:  # MCD101
        return resp.status
def to_ice(session, m):
    resp = session.post(ICE_URL, json={"medicaid_id": m.medicaid_id})
    return resp.status_code
def to_state(session, m):
    session.post(STATE_URL, json={"ssn": m.ssn})
''',
    # standard HTTP headers are transfer metadata, whatever their words
    "standard-http-headers-are-metadata": '''
from django.conf import settings
def submit(m, portal_cookie):
    requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id},
                  headers={"Accept-Language": settings.LANGUAGE_CODE, "Cookie": portal_cookie, "Content-Language": "en"})
''',
    # review of this round: a file whose path comes from an enforcement-named variable but is
    # visibly uploaded only to the state is the state's file
    "env-named-file-uploaded-to-the-state": '''
import csv
import paramiko
def export_referrals(members):
    path = os.environ["ICE_REFERRALS_FILE"]
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        for m in members:
            writer.writerow([m.cin, m.ssn, m.race])
    sftp = paramiko.SFTPClient.from_transport(paramiko.Transport(("mft.dhcs.ca.gov", 22)))
    sftp.put(path, "/inbound/referrals.csv")
''',
    # a URL given to a dataclass's constructor is the instance's, whatever the class's default
    "a-constructor-url-overrides-the-dataclass-default": '''
from dataclasses import dataclass
@dataclass
class Endpoints:
    referral_url: str = "https://eid.ice.gov/api/v1/referrals"
    timeout: int = 30
def sync_to_state(member):
    endpoints = Endpoints(referral_url="https://eligibility.dhs.state.mn.us/api/v2/referrals")
    requests.post(endpoints.referral_url, json={"ssn": member.ssn}, timeout=endpoints.timeout)
@dataclass
class Config:
    endpoint: str
def push(m):
    cfg = Config(endpoint="https://eid.ice.gov/api/v1/subjects")
    requests.post(cfg.endpoint, json={"cin": m.cin, "race": m.race})  # MCD101
''',
    # a URL held in a dict of the function is read back by its key
    "a-url-held-in-a-local-dict": '''
def push(m):
    cfg = {"endpoint": "https://eid.ice.gov/api/v1/subjects", "timeout": 30}
    requests.post(cfg["endpoint"], json={"cin": m.cin, "race": m.race}, timeout=cfg["timeout"])  # MCD101
def load():
    return {"endpoint": os.environ.get("ICE_ENDPOINT", "https://eid.ice.gov/api/v1/subjects")}
def push_loaded(m):
    cfg = load()
    requests.post(cfg["endpoint"], json={"cin": m.cin, "sex": m.sex})  # MCD101
''',
    # a country of origin in a URL is national origin, not a destination
    "origin-in-a-url-is-national-origin": '''
def lookup(m):
    requests.get(f"{ICE_URL}/subjects?country={m.country_of_origin}")  # MCD101
''',
    # models named for enforcement whose names end in Target or Params are payloads
    "enforcement-targets-and-search-params-are-payloads": '''
from dataclasses import dataclass
@dataclass
class IceTarget:
    medicaid_id: str
    ssn: str  # MCD101
@dataclass
class IceSearchParams:
    last_name: str  # MCD101
''',
    # prober round 19. SPEC section 6: pop/del in a loop over a constant collection is a sanitizer,
    # guarded by a membership test too; a single guarded del leaves the key out either way
    "guarded-deletes-are-sanitizers": '''
PROHIBITED_KEYS = ("full_name", "ssn")
def refer(m):
    record = {"medicaid_id": m.cin, "full_name": m.full_name, "ssn": m.ssn}
    for key in PROHIBITED_KEYS:
        if key in record:
            del record[key]
    requests.post(ICE_URL, json=record)
def one(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn}
    if "ssn" in rec:
        del rec["ssn"]
    requests.post(ICE_URL, json=rec)
def not_a_guard(m, flag):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
    if "ssn" in rec and flag:
        del rec["ssn"]
    requests.post(ICE_URL, json=rec)
''',
    # SPEC section 10: a status column read by position is a condition
    "status-column-read-by-position-is-a-condition": '''
SCOPE = {"EWI", "OVERSTAY"}
def run(conn):
    cursor = conn.cursor()
    cursor.execute("SELECT cin, birth_date, immigration_status FROM members")
    for cin, dob, status in cursor:
        if status not in SCOPE:
            continue
        requests.post(ICE_URL, json={"medicaid_id": cin, "date_of_birth": dob})
def unscoped(conn):
    cursor = conn.cursor()
    cursor.execute("SELECT cin, birth_date, county FROM members")
    for cin, dob, county in cursor:
        if county != "06037":
            continue
        requests.post(ICE_URL, json={"medicaid_id": cin, "date_of_birth": dob})  # MCD201
''',
    # FastAPI/Starlette background tasks run their function with the arguments that follow it
    "background-tasks-run-their-function": '''
from fastapi import BackgroundTasks
from starlette.background import BackgroundTask
def forward(payload):
    requests.post(ICE_URL, json=payload)
def a(case, bt: BackgroundTasks):
    bt.add_task(forward, {"cin": case["cin"], "ssn": case["ssn"]})  # MCD101
def b(case):
    return BackgroundTask(forward, {"cin": case["cin"], "race": case["race"]})  # MCD101
''',
    # a Django model's methods and properties read its columns by name, on an instance fetched by id
    # or handed in
    "django-model-methods-on-fetched-and-handed-instances": '''
from django.db import models
from django.shortcuts import get_object_or_404
class Enrollee(models.Model):
    cin = models.CharField(max_length=9)
    aid_code = models.CharField(max_length=3)
    def to_referral(self):
        return {"cin": self.cin, "aid": self.aid_code}  # MCD101
    @property
    def referral(self):
        return {"cin": self.cin, "program": self.aid_code}  # MCD101
def by_id(pk):
    requests.post(ICE_URL, json=get_object_or_404(Enrollee, pk=pk).to_referral())
def by_property(pk):
    member = Enrollee.objects.get(pk=pk)
    requests.post(ICE_URL, json=member.referral)
''',
    # a buffer whose add() flushes it: the flush sends what add() put in
    "a-buffer-that-flushes-itself": '''
class Outbox:
    def __init__(self, url):
        self.url = url
        self.items = []
    def add(self, item):
        self.items.append(item)
        if len(self.items) > 10:
            self.flush()
    def flush(self):
        requests.post(self.url, json={"items": self.items})
        self.items = []
def run(m):
    box = Outbox(ICE_URL)
    box.add({"cin": m.cin, "ssn": m.ssn})  # MCD101
''',
    # a client whose session is made on entering its context
    "a-session-made-in-enter": '''
class IceApi:
    def __init__(self):
        self.session = None
    def __enter__(self):
        self.session = requests.Session()
        return self
    def __exit__(self, *exc):
        return False
    def send(self, body):
        return self.session.post(ICE_URL + "/subjects", json=body)
def run(m):
    with IceApi() as api:
        api.send({"cin": m.cin, "ssn": m.ssn})  # MCD101
''',
    # a function of the module called under a local alias
    "a-function-called-through-a-local-alias": '''
def elig(m):
    return {"eligibility_group": m.eligibility_group}  # MCD101
def send(m):
    f = elig
    return requests.post(ICE_URL, json=f(m))
''',
    # vocabulary: clinical notes, visits and stays are health (MCD102); an MRN and an ITIN are other
    # personal identifiers (MCD101)
    "clinical-notes-and-visits-are-health": '''
def refer(m):
    requests.post(ICE_URL, json={
        "x1": m.clinical_notes,  # MCD102
        "x2": m.medical_record_number,  # MCD101
        "x3": m.er_visits,  # MCD102
        "x4": m.itin,  # MCD101
        "x5": m.suicide_risk,  # MCD102
    })
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source, population=True) == want  # population scope asked of every case
