"""Shapes of real code the data flow follows: aliases of containers, tuples element by element,
string building with ``%`` and ``join``, imported containers, nested functions that use their
enclosing function's imports, helpers filled with different data by two calls, and star imports.

Each case is a small module with its expected findings annotated inline; clean cases look
dangerous but send nothing prohibited to enforcement.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from annotations import actual, expected

from flake8_medicaid_scope import Config, analyze

HEAD = '''import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
ICE_BASE = "https://eid.ice.gov/api"
STATE_URL = "https://portal.dhs.state.mn.us/api/members"
'''

CASES = {
    "alias-written-original-sent": '''
def refer(m):
    payload = {"medicaid_id": m.cin}
    p2 = payload
    p2["ssn"] = m.ssn  # MCD101
    requests.post(ICE_URL, json=payload)
''',
    "original-written-alias-sent": '''
def refer(m):
    payload = {}
    p2 = payload
    payload["diagnosis"] = m.dx  # MCD102
    requests.post(ICE_URL, json=p2)
''',
    "alias-of-alias-updated": '''
def refer(m):
    payload = {"dob": m.dob}
    p2 = payload
    p3 = p2
    p3.update({"race": m.race})  # MCD101
    requests.post(ICE_URL, json=payload)
''',
    "list-alias-appended": '''
def refer(m):
    items = []
    view = items
    view.append(m.diagnosis)  # MCD102
    requests.post(ICE_URL, json=items)
''',
    "alias-rebound-is-another-container": '''
def refer(m):
    payload = {"medicaid_id": m.cin}
    p2 = payload
    p2 = {}
    p2["ssn"] = m.ssn
    requests.post(ICE_URL, json=payload)
    requests.post(STATE_URL, json=p2)
''',
    "sub-container-from-get": '''
def refer(m):
    payload = {"subject": {}}
    d = payload.get("subject", {})
    d["ssn"] = m.ssn  # MCD101
    requests.post(ICE_URL, json=payload)
''',
    "store-through-get": '''
def refer(m):
    payload = {"subject": {}}
    payload.get("subject")["ssn"] = m.ssn  # MCD101
    requests.post(ICE_URL, json=payload)
''',
    "element-of-a-list-in-the-payload": '''
def refer(m):
    payload = {"subjects": [{}]}
    s = payload["subjects"][0]
    s["ssn"] = m.ssn  # MCD101
    requests.post(ICE_URL, json=payload)
''',
    "append-on-a-part": '''
def refer(m):
    payload = {"subjects": []}
    payload["subjects"].append({"ssn": m.ssn})  # MCD101
    requests.post(ICE_URL, json=payload)
''',
    "update-on-a-part": '''
def refer(m):
    payload = {"subject": {"medicaid_id": m.cin}}
    payload["subject"].update({"sex": m.sex})  # MCD101
    requests.post(ICE_URL, json=payload)
''',
    "update-on-a-part-permitted": '''
def refer(m):
    payload = {"subject": {"medicaid_id": m.cin}}
    payload["subject"].update({"dob": m.dob, "phone": m.phone})
    requests.post(ICE_URL, json=payload)
''',
    "helper-writes-through-an-alias-of-its-parameter": '''
def add_race(target, m):
    alias = target
    alias["race"] = m.race  # MCD101
def refer(m):
    body = {"medicaid_id": m.cin}
    add_race(body, m)
    requests.post(ICE_URL, json=body)
''',
    "starred-unpacking-keeps-elements-apart": '''
def refer(m):
    first, *rest = (m.dob, m.ssn, m.race)
    requests.post(ICE_URL, json={"dob": first})
    requests.post(STATE_URL, json={"rest": rest})
''',
    "starred-middle-is-sent": '''
def refer(m):
    first, *rest = (m.dob, m.ssn, m.race)
    requests.post(ICE_URL, json={"dob": first, "other": rest})  # MCD101
''',
    "starred-last": '''
def refer(m):
    *init, last = (m.ssn, m.race, m.phone)
    requests.post(ICE_URL, json={"phone": last})
''',
    "index-of-a-tuple": '''
def refer(m):
    pair = (m.phone, m.ssn)
    requests.post(ICE_URL, json={"phone": pair[0]})
    requests.post(ICE_URL, json={"x": pair[-1]})  # MCD101
''',
    "index-of-a-literal": '''
def refer(m):
    requests.post(ICE_URL, json={"phone": (m.phone, m.ssn)[0]})
''',
    "percent-with-a-tuple-folds-the-host": '''
def refer(m):
    url = "%s/persons/%s" % (ICE_BASE, m.ssn)  # MCD101
    requests.get(url)
''',
    "percent-with-a-dict-folds-the-host": '''
def refer(m):
    url = "%(base)s/persons/%(id)s" % {"base": ICE_BASE, "id": m.ssn}  # MCD101
    requests.get(url)
''',
    "percent-to-a-state-host": '''
def refer(m):
    url = "%s/persons/%s" % (STATE_URL, m.ssn)
    requests.get(url)
''',
    "percent-keeps-literal-percent": '''
def refer(m):
    url = "%s/persons?pct=100%%&id=%s" % (ICE_BASE, m.cin)
    requests.get(url)
''',
    "slash-join-folds-the-host": '''
def refer(m):
    url = "/".join([ICE_BASE, "persons", m.ssn])  # MCD101
    requests.get(url)
''',
    "slash-join-to-a-state-host": '''
def refer(m):
    url = "/".join([STATE_URL, "persons", m.ssn])
    requests.get(url)
''',
    "urljoin-with-a-bare-field": '''
from urllib.parse import urljoin
def refer(m):
    url = urljoin(ICE_BASE + "/", m.ssn)  # MCD101
    requests.get(url)
''',
    "helper-filled-by-two-calls-is-two-findings": '''
def wrap(v):
    return {"value": v}  # MCD101 MCD101
def refer(m):
    requests.post(ICE_URL, json=wrap(m.ssn))
    requests.post(ICE_URL, json=wrap(m.race))
''',
    "recursion-sends-what-the-inner-call-returned": '''
def send_tree(m, n):
    if n == 0:
        return {"dx": m.dx}  # MCD102
    sub = send_tree(m, n - 1)
    requests.post(ICE_URL, json=sub)
    return sub
''',
    "mutual-recursion-to-a-fixpoint": '''
def a(m, n):
    if n == 0:
        return {"race": m.race}  # MCD101
    return b(m, n - 1)
def b(m, n):
    got = a(m, n)
    requests.post(ICE_URL, json=got)
    return got
''',
    "mutual-recursion-permitted-only": '''
def a(m, n):
    if n == 0:
        return {"dob": m.dob}
    return b(m, n - 1)
def b(m, n):
    got = a(m, n)
    requests.post(ICE_URL, json=got)
    return got
''',
    "one-placement-two-sinks-is-one-finding": '''
def refer(m):
    body = {"ssn": m.ssn}  # MCD101
    requests.post(ICE_URL, json=body)
    requests.put(ICE_URL, json=body)
''',
    "imported-container-written-and-sent": '''
from thirdparty import TEMPLATE
def refer(m):
    TEMPLATE["race"] = m.race  # MCD101
    requests.post(ICE_URL, json=TEMPLATE)
''',
    "module-attribute-container-written-and-sent": '''
import state
def refer(m):
    state.PAYLOAD["ssn"] = m.ssn  # MCD101
    requests.post(ICE_URL, json=state.PAYLOAD)
''',
    "imported-container-to-a-state-host": '''
from thirdparty import TEMPLATE
def refer(m):
    TEMPLATE["ssn"] = m.ssn
    requests.post(STATE_URL, json=TEMPLATE)
''',
    "nested-def-sees-the-enclosing-import": '''
def refer(m):
    from httpx import post as send
    def inner(body):
        send(ICE_URL, json=body)
    inner({"race": m.race})  # MCD101
''',
    "lambda-sees-the-enclosing-import": '''
def refer(m):
    import httpx as hx
    go = lambda b: hx.post(ICE_URL, json=b)
    go({"dx": m.dx})  # MCD102
''',
    "nested-def-enclosing-import-to-a-state-host": '''
def refer(m):
    from httpx import post
    def inner(body):
        post(STATE_URL, json=body)
    inner({"race": m.race})
''',
    # enumerate: the counter carries nothing, the element what the records carry (round 5)
    "enumerate-counter-is-no-field": '''
def refer(members):
    for i, m in enumerate(members):
        requests.post(ICE_URL, json={"seq": str(i), "ssn": m.ssn})  # MCD101
''',
    "enumerate-in-a-comprehension-one-finding-per-column": '''
import json
import boto3
SQL = (
    "SELECT msis_ident_num,"
    "       race_cd"  # MCD101
    "  FROM members"
)
def queue(cur):
    cur.execute(SQL)
    rows = cur.fetchall()
    entries = [{"Id": str(i), "MessageBody": json.dumps(r)} for i, r in enumerate(rows)]
    boto3.client("sqs").send_message_batch(QueueUrl="https://sqs.us-east-1.amazonaws.com/1/ero-intake", Entries=entries)
''',
    "enumerate-pair-kept-whole": '''
def refer(members):
    for pair in enumerate(members):
        requests.post(ICE_URL, json={"ssn": pair[1].ssn})  # MCD101
''',
    # a module constant list used as a column list: each name at its own element (round 5)
    "constant-fieldnames-each-name-at-its-line": '''
import csv
import io
EXPORT_FIELDS = [
    "medicaid_id",
    "primary_language",  # MCD101
]
def export(rows):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=EXPORT_FIELDS)
    writer.writeheader()
    writer.writerows(rows)
    requests.post(ICE_URL, data=buf.getvalue())
''',
    "constant-columns-spread-into-values": '''
from app.models import Enrollee
FIELDS = ("medicaid_id", "dob", "household_size")  # MCD101
def export():
    rows = list(Enrollee.objects.filter(status="U").values(*FIELDS))
    requests.post(ICE_URL, json=rows)
''',
    "constant-fieldnames-permitted-only": '''
import csv
import io
EXPORT_FIELDS = ["medicaid_id", "date_of_birth", "phone_number"]
def export(rows):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=EXPORT_FIELDS, extrasaction="ignore")
    writer.writeheader()
    requests.post(ICE_URL, data=buf.getvalue())
''',
    "local-list-shadowing-a-constant-is-not-the-constant": '''
import csv
import io
EXPORT_FIELDS = ["medicaid_id", "ssn"]
def export(rows):
    EXPORT_FIELDS = ["medicaid_id"]
    buf = io.StringIO()
    csv.DictWriter(buf, fieldnames=EXPORT_FIELDS).writeheader()
    requests.post(ICE_URL, data=buf.getvalue())
''',
    # mkstemp: the descriptor and the name are one file (round 5)
    "mkstemp-written-through-fdopen-uploaded-by-name": '''
import csv
import os
import tempfile
import paramiko
def deliver(rows):
    fd, path = tempfile.mkstemp(suffix=".csv")
    with os.fdopen(fd, "w") as fh:
        writer = csv.writer(fh)
        for r in rows:
            writer.writerow([r.medicaid_id, r.ssn])  # MCD101
    ssh = paramiko.SSHClient()
    ssh.connect(hostname="mft.eid.ice.gov")
    ssh.open_sftp().put(path, "/inbound/x.csv")
''',
    "mkstemp-uploaded-to-the-state": '''
import csv
import os
import tempfile
import paramiko
def deliver(rows):
    fd, path = tempfile.mkstemp(suffix=".csv")
    with os.fdopen(fd, "w") as fh:
        writer = csv.writer(fh)
        for r in rows:
            writer.writerow([r.medicaid_id, r.ssn])
    ssh = paramiko.SSHClient()
    ssh.connect(hostname="sftp.dhs.state.mn.us")
    ssh.open_sftp().put(path, "/inbound/x.csv")
''',
    # a client's send method kept in a variable, a partial or an attribute, called later (round 5)
    "bound-send-method-in-a-variable": '''
def refer(m):
    s = requests.Session()
    send = s.post
    send(ICE_URL, json={"ssn": m.ssn})  # MCD101
''',
    "bound-send-method-to-a-state-host": '''
def refer(m):
    s = requests.Session()
    send = s.post
    send(STATE_URL, json={"ssn": m.ssn})
''',
    "partial-of-a-producer-send": '''
import json
from functools import partial
from kafka import KafkaProducer
def publish(m):
    producer = KafkaProducer(bootstrap_servers="kafka:9092")
    send_update = partial(producer.send, "ice.ero.subject-updates")
    send_update(value=json.dumps({"email": m.email}).encode())  # MCD101
''',
    "partial-of-a-producer-send-to-a-state-topic": '''
import json
from functools import partial
from kafka import KafkaProducer
def publish(m):
    producer = KafkaProducer(bootstrap_servers="kafka:9092")
    send_update = partial(producer.send, "mn.dhs.member-updates")
    send_update(value=json.dumps({"email": m.email}).encode())
''',
    "bound-send-method-kept-on-self": '''
class EidClient:
    def __init__(self):
        self.session = requests.Session()
        self._send = self.session.post

    def refer(self, m):
        return self._send(ICE_URL, json={"dx": m.diagnosis})  # MCD102
''',
    # a dict put into a list by name, then changed through its own name (the list holds the same dict)
    "list-embedded-dict-written-later": '''
def refer(m):
    person = {"medicaid_id": m.medicaid_id}
    batch = [person]
    person["ssn"] = m.ssn  # MCD101
    requests.post(ICE_URL, json=batch)
''',
    "list-embedded-dict-deleted-later": '''
def refer(m):
    person = {"medicaid_id": m.medicaid_id, "ssn": m.ssn}
    batch = [person]
    del person["ssn"]
    requests.post(ICE_URL, json=batch)
''',
    "list-appended-dict-popped-in-the-loop": '''
def refer(members):
    batch = []
    for m in members:
        person = {"medicaid_id": m.medicaid_id, "ssn": m.ssn}
        batch.append(person)
        person.pop("ssn")
    requests.post(ICE_URL, json={"people": batch})
''',
    "list-appended-dict-written-in-the-loop": '''
def refer(members):
    batch = []
    for m in members:
        person = {"medicaid_id": m.medicaid_id}
        batch.append(person)
        person["dx"] = m.diagnosis  # MCD102
    requests.post(ICE_URL, json=batch)
''',
    "list-of-two-dicts-one-cleaned-the-other-keeps-its-own": '''
def refer(m, n):
    first = {"medicaid_id": m.medicaid_id, "ssn": m.ssn}
    second = {"medicaid_id": n.medicaid_id, "race": n.race}  # MCD101
    batch = [first, second]
    del first["ssn"]
    requests.post(ICE_URL, json=batch)
''',
    "list-element-name-rebound-is-another-dict": '''
def refer(m):
    person = {"medicaid_id": m.medicaid_id}
    batch = [person]
    person = {"ssn": m.ssn}
    requests.post(ICE_URL, json=batch)
''',
    # a module constant dict of functions called by key (a dispatch table)
    "dispatch-table-unknown-key-may-be-the-enforcement-route": '''
def to_ice(body):
    requests.post(ICE_URL, json=body)
def to_state(body):
    requests.post(STATE_URL, json=body)
ROUTES = {"ice": to_ice, "state": to_state}
def route(kind, m):
    ROUTES[kind]({"ssn": m.ssn})  # MCD101
''',
    "dispatch-table-known-key-to-the-state": '''
def to_ice(body):
    requests.post(ICE_URL, json=body)
def to_state(body):
    requests.post(STATE_URL, json=body)
ROUTES = {"ice": to_ice, "state": to_state}
def route(m):
    ROUTES["state"]({"ssn": m.ssn})
''',
    "dispatch-table-of-library-sinks": '''
import httpx
VERBS = {"post": requests.post, "put": httpx.put}
def send(verb, m):
    VERBS[verb](ICE_URL, json={"dx": m.diagnosis})  # MCD102
''',
    "dispatch-table-of-state-routes-only": '''
def to_state(body):
    requests.post(STATE_URL, json=body)
ROUTES = {"renewal": to_state, "appeal": to_state}
def route(kind, m):
    ROUTES[kind]({"ssn": m.ssn})
''',
    # a string built from fields is one value placed at its dict entry (one finding per placement)
    "string-of-two-names-in-an-entry-is-one-finding": '''
def refer(m):
    payload = {
        "medicaid_id": m.medicaid_id,
        "full_name": f"{m.last_name}, {m.first_name}",  # MCD101
        "display": "%s %s" % (m.first_name, m.last_name),  # MCD101
    }
    requests.post(ICE_URL, json=payload)
''',
    "string-of-a-name-and-a-diagnosis-in-an-entry-is-mcd102": '''
def refer(m):
    body = {}
    body["note"] = f"{m.last_name}: {m.diagnosis}"  # MCD102
    requests.post(ICE_URL, json=body)
''',
    "string-built-earlier-is-placed-at-the-entry": '''
def refer(m):
    label = f"{m.last_name}, {m.first_name}"
    requests.post(ICE_URL, json={"full_name": label})  # MCD101
''',
    "string-of-two-names-in-a-url-is-two-findings": '''
def refer(m):
    requests.get(f"{ICE_BASE}/lookup?last={m.last_name}&ssn={m.ssn}")  # MCD101 MCD101
''',
    "serialized-record-in-a-string-keeps-its-entries": '''
import json
def refer(m):
    rec = {
        "ssn": m.ssn,  # MCD101
        "race": m.race,  # MCD101
    }
    requests.post(ICE_URL, json={"Data": json.dumps(rec) + "\\n"})
''',
    # recall prober, round 7
    "sink-run-in-a-thread": '''
import asyncio
async def refer(m):
    body = {"cin": m.cin, "race": m.race}  # MCD101
    await asyncio.to_thread(requests.post, ICE_URL, json=body)
''',
    "sink-run-in-an-executor": '''
import asyncio
from functools import partial
async def refer(m):
    body = {"cin": m.cin, "gender": m.gender}  # MCD101
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, partial(requests.post, ICE_URL, json=body))
''',
    "sink-run-in-a-thread-to-the-state": '''
import asyncio
async def refer(m):
    await asyncio.to_thread(requests.post, STATE_URL, json={"ssn": m.ssn})
''',
    "loop-over-a-tuple-of-fields-placed-where-sent": '''
def refer(m):
    ident = None
    for candidate in (m.medicaid_id, m.ssn):
        if candidate:
            ident = candidate
            break
    requests.post(ICE_URL, json={"identifier": ident})  # MCD101
''',
    "ordered-dict-of-pairs": '''
from collections import OrderedDict
def refer(m):
    body = OrderedDict([
        ("cin", m.cin),
        ("ssn", m.ssn),  # MCD101
    ])
    requests.post(ICE_URL, json=body)
''',
    "object-handed-in-by-annotation": '''
class IceClient:
    def submit(self, body):
        return requests.post(ICE_URL, json=body)
def refer(client: IceClient, m):
    client.submit({"cin": m.cin, "race": m.race})  # MCD101
''',
    "object-in-a-dataclass-field": '''
from dataclasses import dataclass
class IceClient:
    def submit(self, body):
        return requests.post(ICE_URL, json=body)
@dataclass
class ReferralJob:
    client: IceClient
    def run(self, m):
        self.client.submit({"cin": m.cin, "ssn": m.ssn})  # MCD101
''',
    "object-handed-in-by-annotation-sends-to-the-state": '''
class PortalClient:
    def submit(self, body):
        return requests.post(STATE_URL, json=body)
def refer(client: PortalClient, m):
    client.submit({"cin": m.cin, "race": m.race})
''',
    "star-args-forwarded-to-the-sink": '''
def with_retry(*args, **kwargs):
    for _ in range(3):
        resp = requests.post(*args, **kwargs)
        if resp.ok:
            return resp
def refer(m):
    with_retry(ICE_URL, json={"ssn": m.ssn})  # MCD101
def notify(m):
    with_retry(STATE_URL, json={"ssn": m.ssn})
''',
    "star-args-unpacked": '''
def _send(*args):
    url, body = args
    return requests.post(url, json=body)
def refer(m):
    _send(ICE_URL, {"cin": m.cin, "dx": m.diagnosis})  # MCD102
''',
    "session-subclass-sends-with-its-own-post": '''
class IceSession(requests.Session):
    BASE = "https://eid.ice.gov/api"
    def submit(self, body):
        return self.post(self.BASE + "/referrals", json=body)
def refer(m):
    IceSession().submit({"cin": m.cin, "first_name": m.first_name})  # MCD101
''',
    "httpx-client-subclass-with-a-base-url": '''
import httpx
class EidHttp(httpx.Client):
    def __init__(self):
        super().__init__(base_url="https://eid.ice.gov/api")
    def refer(self, body):
        return self.post("/referrals", json=body)
def refer(m):
    EidHttp().refer({"cin": m.cin, "email": m.email})  # MCD101
''',
    "httpx-client-subclass-of-the-state": '''
import httpx
class PortalHttp(httpx.Client):
    def __init__(self):
        super().__init__(base_url="https://portal.dhs.state.mn.us/api")
    def refer(self, body):
        return self.post("/members", json=body)
def refer(m):
    PortalHttp().refer({"cin": m.cin, "ssn": m.ssn})
''',
    "enum-member-value-is-its-constant": '''
from enum import Enum
class Endpoint(str, Enum):
    REFERRAL = "https://eid.ice.gov/api/v1/referrals"
def refer(m):
    requests.post(Endpoint.REFERRAL.value, json={"cin": m.cin, "race": m.race})  # MCD101
''',
    "nested-settings-dict-folds": '''
CONFIG = {"endpoints": {"referral": "https://eid.ice.gov/api/v1/referrals", "portal": STATE_URL}}
def refer(m):
    requests.post(CONFIG["endpoints"]["referral"], json={"cin": m.cin, "email": m.email})  # MCD101
def notify(m):
    requests.post(CONFIG["endpoints"]["portal"], json={"ssn": m.ssn})
''',
    "dataframe-to-dict-with-an-orient": '''
import pandas as pd
SQL = "SELECT cin, race_cd FROM members WHERE imgrtn_stus_cd = %(st)s"  # MCD101
def export(engine):
    df = pd.read_sql_query(SQL, engine, params={"st": "U"})
    requests.post(ICE_URL, json=df.to_dict("records"))
''',
    "dataframe-values-to-a-list": '''
def export(df):
    df = df[df["imgrtn_stus_cd"] == "U"]
    out = df[["msis_ident_num", "race_cd"]]  # MCD101
    requests.post(ICE_URL, json=out.values.tolist())
''',
    "dataframe-written-to-an-enforcement-bucket-path": '''
def export(df):
    out = df[df["imgrtn_stus_cd"] == "U"][[
        "msis_ident_num",
        "prmry_lang_cd",  # MCD101
    ]]
    out.to_parquet("s3://ice-eid-handoff/weekly.parquet")
''',
    "dataframe-written-to-the-agency-bucket-path": '''
def export(df):
    df[["msis_ident_num", "ssn_num"]].to_parquet("s3://mn-dhs-archive/weekly.parquet")
''',
    "path-write-text-to-an-enforcement-file": '''
import json
from pathlib import Path
def dump(m):
    out = Path("/exports") / "ice_referral.json"
    out.write_text(json.dumps({
        "cin": m.cin,
        "sex": m.sex,  # MCD101
    }))
''',
    "project-object-method-named-like-set-add": '''
class Outbox:
    def __init__(self):
        self.queue = []
    def add(self, body):
        self.queue.append(body)
    def flush(self):
        for body in self.queue:
            requests.post(ICE_URL, json=body)
def refer(m):
    outbox = Outbox()
    outbox.add({"cin": m.cin, "ssn": m.ssn})  # MCD101
    outbox.flush()
''',
    "format-template-reads-attributes-and-keys": '''
def refer(m, rec):
    requests.post(ICE_URL, data="{0.cin}|{0.ssn}".format(m))  # MCD101
    requests.post(ICE_URL, data="{m.cin}|{m.race}".format(m=m))  # MCD101
    requests.post(ICE_URL, data="{0[cin]}|{0[dob]}".format(rec))
''',
    "query-columns-kept-through-a-filter": '''
from app.models import Member
def export(session):
    q = session.query(
        Member.cin,
        Member.ssn,  # MCD101
    ).filter(Member.immigration_status == "U")
    requests.post(ICE_URL, json=[r._asdict() for r in q])
''',
    "callable-object-sends": '''
class IceSender:
    def __call__(self, body):
        return requests.post(ICE_URL, json=body)
def refer(m):
    send = IceSender()
    send({"cin": m.cin, "ssn": m.ssn})  # MCD101
''',
    "pydantic-copy-with-an-update": '''
from pydantic import BaseModel
class Packet(BaseModel):
    cin: str
    dob: str
def refer(m):
    p = Packet(cin=m.cin, dob=m.dob)
    p2 = p.model_copy(update={"ssn": m.ssn})  # MCD101
    requests.post(ICE_URL, json=p2.model_dump())
def refer_masked(m):
    p = Packet(cin=m.cin, dob=m.dob)
    requests.post(ICE_URL, json=p.model_copy(update={"dob": "1900-01-01"}).model_dump())
''',
    "part-of-a-settings-dict-bound-to-a-name": '''
ENDPOINTS = {"partner": {"url": "https://eid.ice.gov/api/v1/referrals"}, "state": {"url": STATE_URL}}
def refer(m):
    cfg = ENDPOINTS["partner"]
    requests.post(cfg["url"], json={"dx": m.diagnosis})  # MCD102
def notify(m):
    cfg = ENDPOINTS["state"]
    requests.post(cfg["url"], json={"dx": m.diagnosis})
''',
    # round 8
    "variable-named-like-a-benefit-holding-a-snapshot": '''
def forward(gateway, case_id):
    snap = gateway.get_case(case_id)
    requests.post(ICE_URL, json={"cin": snap.cin, "reason": snap.hold_reason_txt})  # MCD104
''',
    "part-of-a-field-is-that-field": '''
def refer(m):
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "y": m.date_of_birth.year, "g": m.guardian.phone})  # MCD101
''',
    "fhir-identifier-holding-the-medicaid-id": '''
def refer(m):
    patient = {
        "resourceType": "Patient",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.4.3.6", "value": m.medicaid_id}],
        "birthDate": m.birth_date,
    }
    requests.post(ICE_URL, json=patient)
''',
    "fhir-identifier-of-an-unknown-kind": '''
def refer(m):
    patient = {"resourceType": "Patient", "identifier": [{"value": m.case_ref}]}  # MCD101
    requests.post(ICE_URL, json=patient)
''',
    "queryset-iterator-keeps-the-columns": '''
from app.models import Enrollee
def pending():
    return Enrollee.objects.filter(imgrtn_stus_cd__in=("4", "5")).order_by("cin").values(
        "cin",
        "ssn_num",  # MCD101
    ).iterator(chunk_size=500)
def push():
    for row in pending():
        requests.post(ICE_URL, json=row)
''',
    "optional-annotated-transport-or-a-new-one": '''
class IceTransport:
    def send(self, body):
        return requests.post(ICE_URL, json=body)
def run(m, transport: IceTransport | None = None):
    transport = transport or IceTransport()
    transport.send({"cin": m.cin, "race": m.race})  # MCD101
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_shape(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source) == want


def test_the_two_findings_of_a_helper_name_their_own_fields_and_sends() -> None:
    source = HEAD + CASES["helper-filled-by-two-calls-is-two-findings"]
    found = sorted((f.line, f.col, f.message.split(" sent")[0], f.message.split("(line ")[1][:2]) for f in analyze(source))
    assert found == [(7, 12, "MCD101 'race' (race_ethnicity)", "10"), (7, 12, "MCD101 'ssn' (ssn)", "9)")]


def test_a_field_in_a_percent_url_is_reported_where_it_entered() -> None:
    source = HEAD + CASES["percent-with-a-tuple-folds-the-host"]
    [finding] = analyze(source)
    assert (finding.line, finding.col) == (7, 39)
    assert "sent to enforcement endpoint https://eid.ice.gov/api/persons/" in finding.message


def _project(tmp_path: Path, files: dict[str, str]) -> Path:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'agency'\n")
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return tmp_path


def _lint(root: Path, name: str) -> list[tuple[int, str]]:
    path = root / name
    return [(f.line, f.code) for f in analyze(path.read_text(), Config.default(), filename=str(path))]


def test_star_import_of_a_project_module_brings_its_url(tmp_path: Path) -> None:
    root = _project(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/endpoints.py": 'REFERRAL_URL = "https://eid.ice.gov/api/referrals"\n',
            "app/job.py": "import requests\nfrom app.endpoints import *\n\ndef refer(m):\n    requests.post(REFERRAL_URL, json={'ssn': m.ssn})\n",
        },
    )
    assert _lint(root, "app/job.py") == [(5, "MCD101")]


def test_star_import_of_a_state_url_keeps_code_clean(tmp_path: Path) -> None:
    root = _project(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/endpoints.py": 'DHS_URL = "https://eligibility.dhs.illinois.gov/api"\n',
            "app/job.py": "import requests\nfrom .endpoints import *\n\ndef sync(m):\n    requests.post(DHS_URL, json={'ssn': m.ssn, 'dx': m.dx})\n",
        },
    )
    assert _lint(root, "app/job.py") == []


def test_star_import_honours_all_and_brings_builders(tmp_path: Path) -> None:
    root = _project(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/builders.py": (
                "__all__ = ['build']\n_HIDDEN = 'https://eid.ice.gov/x'\n\n"
                "def build(m):\n    return {'ssn': m.ssn}\n"
            ),
            "app/job.py": (
                "import requests\nfrom app.builders import *\nICE = 'https://eid.ice.gov/api'\n\n"
                "def refer(m):\n    packet = build(m)\n    requests.post(ICE, json=packet)\n"
            ),
        },
    )
    assert _lint(root, "app/job.py") == [(7, "MCD101")]


def test_star_import_of_a_library_binds_its_sinks() -> None:
    source = "from requests import *\n\ndef refer(m):\n    post('https://eid.ice.gov/api', json={'ssn': m.ssn})\n"
    assert [(f.line, f.code) for f in analyze(source)] == [(4, "MCD101")]


def test_a_container_of_another_module_written_here_and_sent_there(tmp_path: Path) -> None:
    root = _project(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/state.py": 'import requests\nPAYLOAD = {}\n\ndef flush():\n    requests.post("https://eid.ice.gov/api", json=PAYLOAD)\n',
            "app/send.py": "from app import state\n\ndef refer(m):\n    state.PAYLOAD['ssn'] = m.ssn\n    state.flush()\n",
        },
    )
    assert _lint(root, "app/send.py") == [(4, "MCD101")]
    assert _lint(root, "app/state.py") == []  # a module's findings never depend on who imports it


def test_a_container_of_another_module_filled_there_and_sent_here(tmp_path: Path) -> None:
    root = _project(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/state.py": "PAYLOAD = {}\n\ndef fill(m):\n    PAYLOAD['ssn'] = m.ssn\n",
            "app/send.py": (
                "import requests\nfrom app import state\n\ndef refer(m):\n    state.fill(m)\n"
                "    requests.post('https://eid.ice.gov/api', json=state.PAYLOAD)\n"
            ),
        },
    )
    path = root / "app/send.py"
    [finding] = analyze(path.read_text(), Config.default(), filename=str(path))
    assert (finding.line, finding.code) == (6, "MCD101") and "app/state.py:4 sent to" in finding.message


def test_a_container_of_another_module_sent_to_a_state_host(tmp_path: Path) -> None:
    root = _project(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/state.py": "PAYLOAD = {}\n\ndef fill(m):\n    PAYLOAD['ssn'] = m.ssn\n",
            "app/send.py": (
                "import requests\nfrom app import state\n\ndef sync(m):\n    state.fill(m)\n"
                "    requests.post('https://portal.dhs.state.mn.us/api', json=state.PAYLOAD)\n"
            ),
        },
    )
    assert _lint(root, "app/send.py") == []


def test_a_bound_send_method_is_reported_at_the_entry_naming_the_later_call() -> None:
    source = HEAD + CASES["bound-send-method-in-a-variable"]
    (found,) = analyze(source, Config.default())
    assert (found.line, found.col, found.code) == (9, 24, "MCD101")
    assert found.message == (
        "MCD101 'ssn' (ssn) sent to enforcement endpoint https://eid.ice.gov/api/v1/referrals (line 9); outside the six permitted "
        "categories; drop it [California v. HHS, No. 3:25-cv-05536 (N.D. Cal. Dec. 29, 2025)]"
    )


def test_a_string_of_fields_in_an_entry_is_reported_at_the_entry() -> None:
    source = HEAD + CASES["string-of-a-name-and-a-diagnosis-in-an-entry-is-mcd102"]
    (found,) = analyze(source, Config.default())
    assert (found.line, found.col, found.code) == (8, 4, "MCD102")
    assert found.message.startswith("MCD102 'diagnosis' (diagnosis) sent to enforcement endpoint https://eid.ice.gov/api/v1/referrals (line 9)")


def test_a_dispatch_table_imported_from_another_module(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    package = tmp_path / "app"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "senders.py").write_text(HEAD + '''
def to_ice(body):
    requests.post(ICE_URL, json=body)
def to_state(body):
    requests.post(STATE_URL, json=body)
SENDERS = {"ice": to_ice, "state": to_state}
''', encoding="utf-8")
    job = package / "job.py"
    job.write_text('''from app.senders import SENDERS


def run(m, target):
    SENDERS[target]({"cin": m.cin, "race": m.race})


def run_state(m):
    SENDERS["state"]({"cin": m.cin, "race": m.race})
''', encoding="utf-8")
    found = analyze(job.read_text(encoding="utf-8"), Config.from_options(cache=False), filename=str(job))
    assert [(f.line, f.code) for f in found] == [(5, "MCD101")]
