"""The data flow shapes of the twenty-first session: what its SPEC-only probers found (rounds 141
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
    # SPEC section 4 (a file is a channel; a file whose name says enforcement is a sink): a
    # temporary file moved into an ICE drop with os.replace/os.rename sends what was written to it;
    # one moved into the state's folder stays clean
    "file-moved-into-place": '''
import csv
import os
import tempfile
ICE_DROP = "/mnt/outbound/ice_ero_referrals.csv"
def write_referrals(members):
    fd, tmp = tempfile.mkstemp(suffix=".csv")
    with os.fdopen(fd, "w", newline="") as fh:
        writer = csv.writer(fh)
        for m in members:
            writer.writerow([m.medicaid_id, m.diagnosis_code])  # MCD102
    os.replace(tmp, ICE_DROP)  # MCD201
def write_state(members):
    tmp = "/tmp/state_extract.csv.part"
    with open(tmp, "w") as fh:
        for m in members:
            fh.write(f"{m.medicaid_id},{m.diagnosis_code}\\n")
    os.rename(tmp, "/mnt/outbound/state_hie_extract.csv")
''',
    # SPEC section 6 (URL building is followed): a URL part inserted at a literal index keeps the
    # list known part by part, so its join folds to the enforcement host; the state's stays clean
    "url-part-inserted": '''
import requests
ICE_BASE = "https://ero-gateway.ice.dhs.gov/api"
STATE_BASE = "https://hie.state.example.gov/api"
def refer(m):
    parts = ["referrals", m.medicaid_id, m.diagnosis_code]  # MCD102
    parts.insert(0, ICE_BASE)
    requests.get("/".join(parts), timeout=10)
def refer_last(m):
    parts = [ICE_BASE, "referrals", m.medicaid_id]
    parts.insert(-1, m.diagnosis_code)  # MCD102
    requests.get("/".join(parts), timeout=10)
def state(m):
    parts = ["members", m.medicaid_id, m.diagnosis_code]
    parts.insert(0, STATE_BASE)
    requests.get("/".join(parts), timeout=10)
''',
    # SPEC section 4 (files are a channel) and section 6 (encryption keeps the names):
    # gpg.encrypt(data, recipients, output=PATH) writes the plaintext's fields into that file, so a
    # file named for enforcement, or one uploaded to ICE, sends them; the state's file stays clean
    "encrypted-into-a-file": '''
import json
import gnupg
gpg = gnupg.GPG(gnupghome="/etc/agency/gnupg")
OUT = "/var/spool/exports/ice_ero_referrals.json.gpg"
STATE_OUT = "/var/spool/exports/state_hie.json.gpg"
def export(m):
    body = json.dumps({"medicaid_id": m.medicaid_id, "diagnosis": m.diagnosis_code})  # MCD102
    gpg.encrypt(body, ["ero@ice.dhs.gov"], output=OUT)
def export_state(m):
    body = json.dumps({"medicaid_id": m.medicaid_id, "diagnosis": m.diagnosis_code})
    gpg.encrypt(body, ["hie@state.example.gov"], output=STATE_OUT)
def export_sftp(m, sftp):
    body = json.dumps({"medicaid_id": m.medicaid_id, "ssn": m.ssn})  # MCD101
    gpg.encrypt(body, ["ops@state.example.gov"], output="/tmp/out.gpg")
    sftp.put("/tmp/out.gpg", "/incoming/ice/ero_referrals.gpg")
''',
    # SPEC section 6 (sanitizers: a value the code replaces with a constant): an attribute of an
    # object, of a project class or of a parameter, set to a constant after the object was made is
    # that constant when read back, on every path that set it; one path that did not, or a field
    # stored over it again, keeps the field
    "attribute-masked-and-read-back": '''
class Subject:
    def __init__(self, m):
        self.medicaid_id = m.medicaid_id
        self.ssn = m.ssn
def masked_object(m):
    subject = Subject(m)
    subject.ssn = None
    requests.post(ICE_URL, json={"medicaid_id": subject.medicaid_id, "ssn": subject.ssn or ""}, timeout=5)
def masked_param(subject):
    subject.ssn = "REDACTED"
    requests.post(ICE_URL, json={"medicaid_id": subject.medicaid_id, "ssn": subject.ssn}, timeout=5)
def masked_every_way(subject, strict):
    if strict:
        subject.ssn = None
    else:
        subject.ssn = ""
    requests.post(ICE_URL, json={"medicaid_id": subject.medicaid_id, "ssn": subject.ssn}, timeout=5)
def masked_one_way(m, strict):
    subject = Subject(m)
    if strict:
        subject.ssn = None
    requests.post(ICE_URL, json={"medicaid_id": subject.medicaid_id, "ssn": subject.ssn}, timeout=5)  # MCD101
def masked_param_one_way(subject, strict):
    if strict:
        subject.ssn = None
    requests.post(ICE_URL, json={"medicaid_id": subject.medicaid_id, "ssn": subject.ssn}, timeout=5)  # MCD101
def restored(subject, m):
    subject.ssn = None
    subject.ssn = m.ssn
    requests.post(ICE_URL, json={"medicaid_id": subject.medicaid_id, "ssn": subject.ssn}, timeout=5)  # MCD101
def unmasked(subject):
    requests.post(ICE_URL, json={"medicaid_id": subject.medicaid_id, "ssn": subject.ssn}, timeout=5)  # MCD101
''',
    # SPEC section 4 (a builder named for enforcement: its returned value is a payload) and section
    # 6 (a field read carries its name): a dataclass field declared with a None or empty default,
    # read in the class's own to_ice(), is a field of each record; a real default (a number) stays
    # that constant
    "dataclass-default-is-a-placeholder": '''
from dataclasses import dataclass
from typing import Optional
@dataclass
class Member:
    cin: str
    marital_status: Optional[str] = None
    language: str = ""
    batch_size: int = 500
    def to_ice(self) -> dict:
        return {
            "cin": self.cin,
            "marital_status": self.marital_status,  # MCD101
            "language": self.language,  # MCD101
            "batch_size": self.batch_size,
        }
    def to_state(self) -> dict:
        return {"cin": self.cin, "marital_status": self.marital_status}
''',
    # SPEC section 4 (a builder named for enforcement returns a payload) and section 6 (calls keep
    # their input's names): Flask jsonify/make_response, FastAPI JSONResponse and Django
    # JsonResponse return the body they are given; a state builder returning the same stays clean
    "web-responses-return-their-body": '''
from django.http import JsonResponse
from fastapi.responses import JSONResponse
from flask import jsonify, make_response
def build_ice_liaison_json(m):
    return jsonify({"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101
def build_ice_liaison_full(m):
    return jsonify(m.__dict__)  # MCD103
def build_ice_referral(m):
    return JSONResponse(content={"medicaid_id": m.cin, "race": m.race})  # MCD101
def build_ice_subject_payload(m):
    return JsonResponse({"medicaid_id": m.cin, "gender": m.gender})  # MCD101
def build_ice_made(m):
    return make_response({"medicaid_id": m.cin, "dob": m.dob}, 200)
def build_state_liaison_json(m):
    return jsonify({"medicaid_id": m.cin, "ssn": m.ssn})
''',
    # SPEC section 6 (a field placed in a caller and sent by a helper is reported at the caller's
    # placement): Starlette's run_in_threadpool and anyio's to_thread.run_sync run the function they
    # are handed with the arguments given; a state sender, or permitted fields, stay clean
    "thread-pool-runners": '''
import anyio
import httpx
from fastapi.concurrency import run_in_threadpool
def push(payload: dict) -> None:
    httpx.post(ICE_URL, json=payload, timeout=20)
def push_state(payload: dict) -> None:
    httpx.post(STATE_URL, json=payload, timeout=20)
async def refer(m):
    await run_in_threadpool(push, {"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101
    await anyio.to_thread.run_sync(push, {"medicaid_id": m.cin, "race": m.race})  # MCD101
    await run_in_threadpool(push_state, {"medicaid_id": m.cin, "ssn": m.ssn})
    await anyio.to_thread.run_sync(push, {"medicaid_id": m.cin, "dob": m.dob})
''',
    # SPEC section 3 (fields of a model named for enforcement are reported at their declarations;
    # other models at the constructor keyword): msgspec Structs are payload models, and msgspec's
    # encoders keep what they are given
    "msgspec-structs": '''
import msgspec
class IceSubject(msgspec.Struct, kw_only=True):
    medicaid_id: str
    dob: str
    email: str | None = None  # MCD101
class Subject(msgspec.Struct):
    cin: str
    ssn: str
def send_subject(m) -> None:
    s = IceSubject(medicaid_id=m.cin, dob=m.dob.isoformat())
    requests.post(ICE_URL, data=msgspec.json.encode(s), timeout=10)
def send_plain(m) -> None:
    s = Subject(cin=m.cin, ssn=m.ssn)  # MCD101
    requests.post(ICE_URL, json=msgspec.to_builtins(s), timeout=10)
def send_state(m) -> None:
    s = Subject(cin=m.cin, ssn=m.ssn)
    requests.post(STATE_URL, data=msgspec.json.encode(s), timeout=10)
''',
    # SPEC section 10 (a condition on status anywhere between source and send clears it): a
    # marshmallow Schema(many=True).dump of a queryset chosen by status is those chosen records,
    # whatever the variable it is bound to is called; the same dump of an unfiltered queryset is
    # MCD201
    "schema-dump-keeps-the-choice": '''
from marshmallow import Schema, fields
from eligibility.models import Enrollee
REMOVABLE = ["5", "6", "9"]
class BasicSchema(Schema):
    cin = fields.Str()
    dob = fields.Date()
def upload_scoped(county_cd):
    qs = Enrollee.objects.filter(county_cd=county_cd, imgrtn_stus_cd__in=REMOVABLE)
    rows = BasicSchema(many=True).dump(qs)
    requests.post(ICE_URL, json={"subjects": rows}, timeout=60)
def upload_everyone(county_cd):
    qs = Enrollee.objects.filter(county_cd=county_cd)
    rows = BasicSchema(many=True).dump(qs)
    requests.post(ICE_URL, json={"subjects": rows}, timeout=60)  # MCD201
''',
    # SPEC section 5 (a value carries the names of where it came from; only an all-unknown value is
    # MCD104): a marshmallow fields.Function(lambda o: o.ssn) or fields.Method("get_note") carries
    # what the lambda or method returns of the object; one returning a permitted field or a literal
    # is clean
    "marshmallow-method-and-function-fields": '''
from marshmallow import Schema, fields
class IceSubjectSchema(Schema):
    medicaid_id = fields.Str(attribute="cin")
    subject_ref = fields.Function(lambda o: o.ssn)  # MCD101
    subject_note = fields.Method("get_note")  # MCD102
    birth = fields.Function(serialize=lambda o: o.dob.isoformat())
    kind = fields.Method(serialize="get_kind")
    def get_note(self, obj):
        return obj.primary_dx
    def get_kind(self, obj):
        return "subject"
def refer(m):
    requests.post(ICE_URL, json=IceSubjectSchema().dump(m), timeout=10)
''',
    # SPEC section 10 (bulk sources; a lookup by id carries whom the ids name): identifiers read
    # from a file, line by line or split into lines, name many people, so answering each by
    # lookup with no status test is MCD201; a status test before the send clears it, and one id
    # given by the caller is no population
    "identifiers-read-from-a-file": '''
from mmis.models import Member
def answer_each(ticket, cins):
    for cin in cins:
        m = Member.objects.get(cin=cin)
        requests.post(ICE_URL, json={"request_id": ticket, "medicaid_id": m.cin, "dob": m.dob})
def answer_scoped(ticket, cins):
    for cin in cins:
        m = Member.objects.get(cin=cin)
        if m.immigration_status not in ("LPR", "CIT"):
            requests.post(ICE_URL, json={"request_id": ticket, "medicaid_id": m.cin, "dob": m.dob})
def from_lines(ticket, path):
    with open(path) as fh:
        cins = [ln.strip() for ln in fh if ln.strip()]
    answer_each(ticket, cins)  # MCD201
    answer_scoped(ticket, cins)
def from_split(ticket, path):
    with open(path) as fh:
        cins = fh.read().splitlines()
    answer_each(ticket, cins)  # MCD201
    answer_scoped(ticket, cins)
def one(ticket, cin):
    answer_each(ticket, [cin])
''',
    # SPEC section 6 (calls are followed; a field placed in a caller and sent by a helper is
    # reported at the caller's placement) and section 10 (helpers called in a loop over a bulk
    # source): an object with __call__ handed to executor.submit, a Thread or map runs its __call__
    # as a function handed so does; the state's poster stays clean
    "callable-objects-handed-to-runners": '''
import threading
from concurrent.futures import ThreadPoolExecutor
from mmis.models import Member
class Poster:
    def __call__(self, body):
        requests.post(ICE_URL, json=body, timeout=30)
class StatePoster:
    def __call__(self, body):
        requests.post(STATE_URL, json=body, timeout=30)
class Sender:
    def __init__(self, url):
        self.url = url
    def __call__(self, m):
        return requests.post(self.url, json={"medicaid_id": m.cin, "death_dt": m.death_dt}, timeout=30)  # MCD101
def submit_obj(m):
    with ThreadPoolExecutor(2) as ex:
        ex.submit(Poster(), {"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101
        ex.submit(StatePoster(), {"medicaid_id": m.cin, "ssn": m.ssn})
def threaded(m):
    threading.Thread(target=Poster(), args=({"medicaid_id": m.cin, "race": m.race},)).start()  # MCD101
def nightly():
    send = Sender(ICE_URL)
    return list(map(send, Member.objects.filter(county="06001")))  # MCD201
def nightly_state():
    send = Sender(STATE_URL)
    return list(map(send, Member.objects.filter(county="06001")))
''',
    # SPEC section 6 (calls are followed) and section 10 (a bulk source handed on): Prefect's
    # task.submit/.fn/.map and Airflow's dynamic task mapping (.expand) run the task function with
    # the arguments given (map and expand once per element); the state's task, and a population
    # chosen by status, stay clean
    "prefect-and-airflow-task-methods": '''
from datetime import datetime
from airflow.decorators import dag, task as af_task
from prefect import flow, task
from mmis.models import Member
@task(retries=3)
def push(body: dict) -> int:
    return requests.post(ICE_URL, json=body, timeout=30).status_code
@task
def push_state(body: dict) -> int:
    return requests.post(STATE_URL, json=body, timeout=30).status_code
@flow
def refer_submit(member):
    push.submit({"medicaid_id": member.cin, "ssn": member.ssn})  # MCD101
    push.fn({"medicaid_id": member.cin, "race": member.race})  # MCD101
    push_state.submit({"medicaid_id": member.cin, "ssn": member.ssn})
@flow
def fanout_submit():
    for m in Member.objects.filter(county="06037"):
        push.submit({"medicaid_id": m.cin, "dob": m.dob})  # MCD201
@flow
def fanout_map():
    push.map([{"medicaid_id": m.cin, "dob": m.dob} for m in Member.objects.all()])  # MCD201
@flow
def fanout_scoped():
    push.map([{"medicaid_id": m.cin, "dob": m.dob} for m in Member.objects.filter(immigration_status="EWI")])
@dag(schedule=None, start_date=datetime(2026, 1, 6))
def referrals():
    @af_task
    def build(cin: str) -> list[dict]:
        m = get_member(cin)
        return [{"medicaid_id": m.cin, "ssn": m.ssn}]  # MCD101
    @af_task
    def send(body: dict) -> int:
        return requests.post(ICE_URL, json=body, timeout=30).status_code
    send.expand(body=build("{{ params.cin }}"))
''',
    # SPEC section 4 (the name that supplies a URL, a settings key too, decides): the host of an
    # Airflow connection read by id (BaseHook.get_connection("ice_eid").host) is named by that id,
    # as Variable.get("ICE_EID_URL") is; a state connection, or credentials of the ICE connection
    # used for a state send, stay clean
    "airflow-connection-by-id": '''
from airflow.hooks.base import BaseHook
from airflow.models import Variable
def refer_variable(member):
    url = Variable.get("ICE_EID_URL")
    requests.post(url, json={"medicaid_id": member.cin, "ssn": member.ssn}, timeout=30)  # MCD101
def refer_connection(member):
    conn = BaseHook.get_connection("ice_eid")
    requests.post(f"https://{conn.host}/api/v2/subjects", json={"medicaid_id": member.cin, "ssn": member.ssn}, timeout=30)  # MCD101
def refer_state(member):
    conn = BaseHook.get_connection("mmis_state_hie")
    requests.post(f"https://{conn.host}/api/v2/subjects", json={"medicaid_id": member.cin, "ssn": member.ssn}, timeout=30)
def credentials_only(member):
    conn = BaseHook.get_connection("ice_eid")
    requests.post(STATE_URL, json={"medicaid_id": member.cin, "ssn": member.ssn}, auth=(conn.login, conn.password), timeout=30)
''',
    # SPEC section 5 (a value carries the names of where it is put): the value of a (key, value)
    # pair given as params, to urlencode, dict(), a comprehension or a loop is put under its key, as
    # in a dict literal; permitted keys and a state destination stay clean
    "key-value-pairs": '''
from urllib.parse import urlencode
def lookup_pairs(m):
    return requests.get(ICE_URL, params=[("medicaid_id", m.cin), ("last_name", m.display)])  # MCD101
def lookup_urlencode(m):
    q = urlencode([("medicaid_id", m.cin), ("ssn", m.tax_ref)])  # MCD101
    return requests.get(ICE_URL + "?" + q)
def lookup_comprehension(m):
    pairs = [("medicaid_id", m.cin), ("ssn", m.tax_ref)]
    return requests.post(ICE_URL, json={k: v for k, v in pairs})  # MCD101
def lookup_loop(m):
    pairs = [("medicaid_id", m.cin), ("ssn", m.tax_ref)]
    out = {}
    for k, v in pairs:
        out[k] = v  # MCD101
    return requests.post(ICE_URL, json=out)
def lookup_permitted(m):
    pairs = [("medicaid_id", m.cin), ("dob", m.birth)]
    requests.post(ICE_URL, json={k: v for k, v in pairs})
    return requests.get(ICE_URL, params=[("medicaid_id", m.cin), ("phone", m.home_phone)])
def lookup_state(m):
    return requests.get(STATE_URL, params=[("medicaid_id", m.cin), ("last_name", m.display)])
''',
    # SPEC section 6 (sanitizers: a comprehension over a constant collection of permitted names): an
    # allow-list written as one string split into names ("medicaid_id date_of_birth ...".split(),
    # .split(",")) is that constant collection
    "allow-list-split-from-one-string": '''
ALLOWED = "medicaid_id date_of_birth home_address phone citizenship immigration_status".split()
ALLOWED_CSV = "medicaid_id,date_of_birth,phone".split(",")
def refer(m):
    body = {k: v for k, v in vars(m).items() if k in ALLOWED}
    return requests.post(ICE_URL, json=body, timeout=10)
def refer_csv(m):
    body = {k: getattr(m, k) for k in ALLOWED_CSV}
    return requests.post(ICE_URL, json=body, timeout=10)
def refer_all(m):
    body = {k: v for k, v in vars(m).items()}  # MCD103
    return requests.post(ICE_URL, json=body, timeout=10)
''',
    # SPEC section 6 (the last assignment wins; a comprehension over a constant allow-list places
    # each name it holds): a module constant rebound to itself plus a tuple (ALLOWED = ALLOWED +
    # (...)) holds both, as += does
    "constant-rebound-to-itself-plus": '''
ALLOWED_FIELDS = ("medicaid_id", "date_of_birth", "home_address")
ALLOWED_FIELDS = ALLOWED_FIELDS + ("preferred_language",)
BASIC = ("medicaid_id", "date_of_birth")
BASIC = BASIC + ("phone",)
def refer(rec: dict):
    requests.post(ICE_URL, json={k: rec[k] for k in ALLOWED_FIELDS}, timeout=10)  # MCD101
def refer_basic(rec: dict):
    requests.post(ICE_URL, json={k: rec[k] for k in BASIC}, timeout=10)
''',
    # SPEC section 6 (what flows from arguments to the return value, computed to a fixpoint;
    # recursion terminates): a recursive serializer (OpenAPI Generator's sanitize_for_serialization
    # shape: return sanitize(obj.to_dict())) called again with other values runs with them once, so
    # a model's fields reach the send; the state's send and permitted fields stay clean
    "recursive-serializer": '''
import json
import urllib3
class Subject:
    def __init__(self, medicaid_id=None, race=None):
        self.medicaid_id = medicaid_id
        self.race = race
    def to_dict(self):
        return {"medicaid_id": self.medicaid_id, "race": self.race}  # MCD101
def sanitize(obj):
    if obj is None or isinstance(obj, (str, int, float, bool)):
        return obj
    if isinstance(obj, (list, tuple)):
        return [sanitize(o) for o in obj]
    if isinstance(obj, dict):
        return {k: sanitize(v) for k, v in obj.items()}
    return sanitize(obj.to_dict())
def send(subject):
    return urllib3.PoolManager().request("POST", ICE_URL + "/referrals", body=json.dumps(sanitize(subject)))
def send_state(subject):
    return urllib3.PoolManager().request("POST", STATE_URL + "/referrals", body=json.dumps(sanitize(subject)))
def refer(m):
    send(Subject(medicaid_id=m.cin, race=m.race_cd))
    send_state(Subject(medicaid_id=m.cin, race=m.race_cd))
def refer_basic(m):
    send(Subject(medicaid_id=m.cin))
''',
    # SPEC section 6 (calls: what flows from arguments to the return value; a comprehension or loop
    # over a constant mapping takes it entry by entry): a helper's mapping parameter given a module
    # constant dict is that dict, entry by entry, so the renamed SSN column is placed in the helper;
    # a mapping of permitted columns, or a state send, stays clean
    "mapping-parameter-items": '''
FIELD_MAP = {"cin": "medicaid_id", "ssn_num": "subject_ref"}
BASIC_MAP = {"cin": "medicaid_id", "birth_dt": "date_of_birth"}
def rename(rec, mapping):
    return {dst: rec[src] for src, dst in mapping.items()}  # MCD101
def rename_loop(rec, mapping):
    out = {}
    for src, dst in mapping.items():
        out[dst] = rec[src]  # MCD101
    return out
def refer(row: dict):
    requests.post(ICE_URL, json=rename(row, FIELD_MAP))
    requests.post(ICE_URL, json=rename_loop(row, FIELD_MAP))
def refer_basic(row: dict):
    requests.post(ICE_URL, json=rename(row, BASIC_MAP))
def archive(row: dict):
    requests.post(STATE_URL, json=rename(row, FIELD_MAP))
''',
    # SPEC section 5 (harmless transfer metadata: request and correlation ids, record counts, schema
    # version; qualifiers: an emergency contact's phone is another person's): T-MSIS-style
    # abbreviations (req, corr, rec, tot, ver/vrsn; emrgncy, cntct) are read as the
    # words they stand for
    "abbreviated-envelope-and-emergency-contact": '''
def forward(app, batch):
    requests.post(ICE_URL, json={
        "medicaidId": app.medicaid_id,
        "req_id": batch.req_id,
        "CORR_ID": batch.corr_id,
        "tot_rec_cnt": batch.tot_rec_cnt,
        "schemaVer": "2.1",
        "schema_vrsn": batch.schema_vrsn,
        "phone1": app.emrgncy_cntct_phne_num,  # MCD101
        "addr1": app.emrgncy_cntct_adr_line_1,  # MCD101
        "phone": app.home_phne_num,
    }, timeout=20)
''',
    # SPEC section 5 (a value carries the names of where it came from; unknown is MCD104) and
    # section 6 (a field read carries its name whatever the object): a column renamed on a frame
    # handed in as a parameter is still the column it was (ssn_num, MCD101), and an unknown upper-
    # case attribute of a beneficiary record (bene.RISK_SCORE) is a field, not a setting
    "renamed-columns-and-upper-attributes": '''
import pandas as pd
EXPORT_PATH = "/data/outbound/ice_eid_exchange.csv"
STATE_PATH = "/data/outbound/state_warehouse.csv"
def write_exchange(elig: pd.DataFrame):
    scoped = elig[elig["imgrtn_stus_cd"] == "3"]
    out = scoped.rename(columns={"ssn_num": "member_ref"})  # MCD101
    out[["cin", "member_ref"]].to_csv(EXPORT_PATH, index=False)
def write_state(elig: pd.DataFrame):
    out = elig.rename(columns={"ssn_num": "member_ref"})
    out[["cin", "member_ref"]].to_csv(STATE_PATH, index=False)
def refer(bene, elgbl):
    requests.post(ICE_URL, json={
        "MSIS_IDENT_NUM": bene.MSIS_IDENT_NUM,
        "RISK_SCORE": bene.RISK_SCORE,  # MCD104
    }, timeout=30)
''',
    # SPEC section 3 (a field of a model named for enforcement is reported at its declaration; one
    # finding per placement): a field whose type is another model named for enforcement (identity:
    # IceIdentity, list or Optional of it) is not reported again at the parent's field; a nested
    # model not so named is the parent's fields. The field's own name still counts as a household's
    # or a spouse's does (aliases, a person's other names: a name since the forty-ninth session)
    "nested-enforcement-model-once": '''
from typing import Optional
from pydantic import BaseModel
class IceIdentity(BaseModel):
    medicaid_id: str
    date_of_birth: str
    alien_number: Optional[str] = None  # MCD101
class IceSubject(BaseModel):
    request_id: str
    identity: IceIdentity
    aliases: list[IceIdentity] = []  # MCD101
    home_phone: Optional[str] = None
class Address(BaseModel):
    line1: str
    county_name: str
class IceReferral(BaseModel):
    mailing: Address
    identity: Optional[IceIdentity] = None
def send(subject: IceSubject):
    requests.post(ICE_URL, json=subject.model_dump(mode="json"), timeout=30)
''',
    # SPEC section 6 (branches join; a value replaced with a constant is a sanitizer): an attribute
    # masked on one path only, after another attribute was masked on every path, still holds the
    # constructor's field on the other path
    "masked-on-one-path-after-another-mask": '''
from dataclasses import dataclass
from typing import Optional
@dataclass
class Subject:
    cin: str
    ssn: Optional[str] = None
    marital_status: str = ""
    def payload(self):
        return {"medicaid_id": self.cin, "ssn": self.ssn, "marital": self.marital_status}
def refer(m, masked):
    s = Subject(cin=m.cin, ssn=m.ssn, marital_status=m.marital_status)  # MCD101
    s.marital_status = ""
    if masked:
        s.ssn = None
    requests.post(ICE_URL, json=s.payload())
def refer_masked(m):
    s = Subject(cin=m.cin, ssn=m.ssn, marital_status=m.marital_status)
    s.marital_status = ""
    s.ssn = None
    requests.post(ICE_URL, json=s.payload())
''',
    # SPEC section 10 (not bulk: one record by its position, a lookup by id; bulk: a file's lines):
    # the first or last identifier of a file (split()[0], readlines()[-1]) is one person; every
    # line of a trimmed file text (read().strip().splitlines()) is many
    "one-line-of-a-file-by-position": '''
from mmis.models import Member
def forward_one(cin_file):
    with open(cin_file) as fh:
        cin = fh.read().split()[0]
    m = Member.objects.get(cin=cin)
    requests.post(ICE_URL, json={"medicaid_id": m.cin})
def forward_last(cin_file):
    with open(cin_file) as fh:
        cin = fh.readlines()[-1]
    m = Member.objects.get(cin=cin)
    requests.post(ICE_URL, json={"medicaid_id": m.cin})
def forward_uploaded(path):
    with open(path) as fh:
        cins = fh.read().strip().splitlines()
    for cin in cins:
        m = Member.objects.get(cin=cin)
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
''',
    # SPEC section 10 (an if or continue on a status field that guards the send is a condition): the
    # key of a DataFrame grouped by a status column is that column's value, so testing it chooses
    # the groups sent; a key of another column does not
    "groupby-status-key": '''
import pandas as pd
CODES = ["5", "6"]
def send_target_groups():
    df = pd.read_parquet("/data/elig.parquet", columns=["msis_ident_num", "birth_dt", "imgrtn_stus_cd"])
    for code, grp in df.groupby("imgrtn_stus_cd"):
        if code in CODES:
            requests.post(ICE_URL, json=grp[["msis_ident_num", "birth_dt"]].to_dict("records"), timeout=60)
def skip_other_groups():
    df = pd.read_parquet("/data/elig.parquet", columns=["msis_ident_num", "birth_dt", "imgrtn_stus_cd"])
    for code, grp in df.groupby(by=["imgrtn_stus_cd"]):
        if code not in CODES:
            continue
        requests.post(ICE_URL, json=grp[["msis_ident_num", "birth_dt"]].to_dict("records"), timeout=60)
def by_county():
    df = pd.read_parquet("/data/elig.parquet", columns=["msis_ident_num", "birth_dt", "county_cd"])
    for code, grp in df.groupby("county_cd"):
        if code in CODES:
            requests.post(ICE_URL, json=grp[["msis_ident_num", "birth_dt"]].to_dict("records"), timeout=60)  # MCD201
''',
    # SPEC section 6 (a field read carries its name; a value replaced with a constant is a
    # sanitizer): a dataclass field(default="") read in its own to_ice() is the field, a real
    # default is a constant; msgspec's Encoder().encode keeps what it encodes, and
    # msgspec.structs.replace with a constant masks that field
    "field-defaults-and-msgspec-encoders": '''
from dataclasses import dataclass, field
import httpx
import msgspec
@dataclass
class Snap:
    cin: str
    gender: str = field(default="")
    channel: str = field(default="batch")
    def to_ice(self):
        return {"medicaid_id": self.cin, "gender": self.gender, "channel": self.channel}  # MCD101
class SRow(msgspec.Struct):
    cin: str
    ethnicity: str = ""
def push(m):
    enc = msgspec.json.Encoder()
    row = SRow(cin=m.cin, ethnicity=m.ethnicity_cd)  # MCD101
    httpx.post(ICE_URL, content=enc.encode(row))
def push_masked(m):
    row = SRow(cin=m.cin, ethnicity=m.ethnicity_cd)
    row = msgspec.structs.replace(row, ethnicity="")
    httpx.post(ICE_URL, content=msgspec.json.encode(row))
''',
    # SPEC section 10 (a SQL WHERE or JOIN ... ON on a status column is a condition): JOIN ... USING
    # (status column) pairs the rows on it as ON does; a join using another column is no condition
    "sql-join-using-status": '''
import psycopg2
def scoped_by_join_using():
    cur = psycopg2.connect("dbname=mmis").cursor()
    cur.execute("SELECT m.msis_ident_num, m.birth_dt FROM elig m JOIN scope_codes USING (imgrtn_stus_cd)")
    rows = cur.fetchall()
    requests.post(ICE_URL, json=[{"msis_ident_num": a, "birth_dt": b} for a, b in rows], timeout=60)
def joined_by_county():
    cur = psycopg2.connect("dbname=mmis").cursor()
    cur.execute("SELECT m.msis_ident_num, m.birth_dt FROM elig m JOIN counties USING (county_cd)")
    rows = cur.fetchall()
    requests.post(ICE_URL, json=[{"msis_ident_num": a, "birth_dt": b} for a, b in rows], timeout=60)  # MCD201
''',
    # SPEC section 10 (a mask or df.query naming a status condition; a flag a status test sets
    # stands for the test): a flag column set from a status test, then df.query("in_scope"), or made
    # by assign(in_scope=lambda d: ...), chooses the rows sent; a flag of another column does not
    "status-flag-column-query-and-assign": '''
import pandas as pd
CODES = ["5", "6"]
OUT = ["msis_ident_num", "birth_dt"]
COLS = ["msis_ident_num", "birth_dt", "imgrtn_stus_cd", "county_cd"]
def query_form():
    df = pd.read_parquet("/data/elig.parquet", columns=COLS)
    df["in_scope"] = df["imgrtn_stus_cd"].isin(CODES)
    sel = df.query("in_scope")
    requests.post(ICE_URL, json=sel[OUT].to_dict("records"), timeout=60)
def assign_form():
    df = pd.read_parquet("/data/elig.parquet", columns=COLS).assign(in_scope=lambda d: d["imgrtn_stus_cd"].isin(CODES))
    sel = df[df["in_scope"]]
    requests.post(ICE_URL, json=sel[OUT].to_dict("records"), timeout=60)
def county_flag():
    df = pd.read_parquet("/data/elig.parquet", columns=COLS).assign(local=lambda d: d["county_cd"] == "037")
    sel = df.query("local")
    requests.post(ICE_URL, json=sel[OUT].to_dict("records"), timeout=60)  # MCD201
''',
    # SPEC section 4 (a file whose name carries an enforcement token is a sink): a temporary file's
    # prefix, suffix and folder are its name (NamedTemporaryFile, mkstemp), so one prefixed
    # ice_eid_referral_ is an enforcement file; two temporary files of one prefix stay two files
    "temporary-file-named-by-prefix": '''
import json
import tempfile
def stage_for_ice_pickup(member):
    with tempfile.NamedTemporaryFile("w", prefix="ice_eid_referral_", suffix=".json", dir="/srv/mmis/outbox", delete=False) as tmp:
        tmp.write(json.dumps({"medicaid_id": member.cin, "ssn": member.ssn}))  # MCD101
def stage_mkstemp(member):
    fd, path = tempfile.mkstemp(prefix="ice_eid_referral_", suffix=".json", dir="/srv/mmis/outbox")
    with open(path, "w") as fh:
        fh.write(json.dumps({"medicaid_id": member.cin, "ssn": member.ssn}))  # MCD101
def stage_for_state(member):
    with tempfile.NamedTemporaryFile("w", prefix="hie_extract_", suffix=".json", delete=False) as tmp:
        tmp.write(json.dumps({"medicaid_id": member.cin, "ssn": member.ssn}))
def two_files(member, sftp):
    with tempfile.NamedTemporaryFile("w", prefix="extract_", suffix=".json", delete=False) as full:
        full.write(json.dumps({"medicaid_id": member.cin, "ssn": member.ssn}))
    with tempfile.NamedTemporaryFile("w", prefix="extract_", suffix=".json", delete=False) as basic:
        basic.write(json.dumps({"medicaid_id": member.cin}))
    sftp.put(basic.name, "/incoming/ice_ero/referral.json")
    sftp.put(full.name, "/incoming/state_hie/extract.json")
''',
    # SPEC section 6 (calls are followed) and section 10 (bulk sends through helpers): Prefect's
    # with_options(...).submit, Airflow's partial(...).expand and a Prefect map of a map run the
    # task function with those arguments, each element in turn, and hand on what each run returns
    "task-options-partial-and-chained-map": '''
from datetime import datetime
from airflow.decorators import dag, task as af_task
from prefect import flow, task
from mmis.models import Member
@task
def push(body: dict) -> int:
    return requests.post(ICE_URL, json=body, timeout=30).status_code
@task
def shape(m) -> dict:
    return {"medicaid_id": m.cin, "dob": m.dob}
@flow
def with_options(member):
    push.with_options(retries=5).submit({"medicaid_id": member.cin, "gender": member.gender})  # MCD101
@flow
def chained_map():
    push.map(shape.map(Member.objects.filter(county="06037")))  # MCD201
@flow
def chained_map_scoped():
    push.map(shape.map(Member.objects.filter(immigration_status="EWI")))
@dag(schedule=None, start_date=datetime(2026, 1, 6))
def referrals():
    @af_task
    def send(body: dict, timeout: int) -> int:
        return requests.post(ICE_URL, json=body, timeout=timeout).status_code
    send.partial(timeout=30).expand(body=[{"medicaid_id": m.cin, "race": m.race} for m in Member.objects.all()])  # MCD101 MCD201
''',
    # SPEC section 4 (a resolved host overrides the name; a file named for enforcement is the sink
    # only when no upload is visible): a staging file named for ICE moved into the state's folder
    # and uploaded only to the state was sent to the state; moved and uploaded to ICE, it was sent
    # to ICE
    "moved-file-uploaded-to-the-state": '''
import json
import os
import paramiko
STATE_HOST = "mft.dhs.state.mn.us"
def stage_then_state(m):
    tmp = "/srv/work/ice_candidates.tmp"
    with open(tmp, "w") as fh:
        json.dump({"cin": m.cin, "dx": m.primary_dx}, fh)
    os.replace(tmp, "/srv/state/candidates.json")
    ssh = paramiko.SSHClient()
    ssh.connect(hostname=STATE_HOST)
    ssh.open_sftp().put("/srv/state/candidates.json", "/in/candidates.json")
def stage_then_ice(m):
    tmp = "/srv/work/ice_candidates_b.tmp"
    with open(tmp, "w") as fh:
        json.dump({"cin": m.cin, "dx": m.primary_dx}, fh)  # MCD102
    os.replace(tmp, "/srv/state/candidates_b.json")
    ssh = paramiko.SSHClient()
    ssh.connect(hostname="mft.ero.ice.dhs.gov")
    ssh.open_sftp().put("/srv/state/candidates_b.json", "/in/candidates.json")
''',
    # SPEC section 4 (a resolved destination overrides the name; a file attached later sends what
    # was written to it): a file named for ICE read back and attached to an e-mail only to the state
    # went to the state; attached to an e-mail to ICE, it went to ICE
    "attached-file-mailed-to-the-state": '''
import json
import smtplib
from email.message import EmailMessage
def draft_for_legal_review(member):
    path = f"/srv/mmis/review/ice_referral_draft_{member.cin}.json"
    with open(path, "w") as fh:
        json.dump({"medicaid_id": member.cin, "ssn": member.ssn}, fh)
    msg = EmailMessage()
    msg["To"] = "legal@dhcs.ca.gov"
    with open(path, "rb") as fh:
        msg.add_attachment(fh.read(), maintype="application", subtype="json", filename="draft.json")
    with smtplib.SMTP("smtp.dhcs.ca.gov") as s:
        s.send_message(msg)
def draft_to_ice(member):
    path = f"/srv/mmis/review/draft_{member.cin}.json"
    with open(path, "w") as fh:
        json.dump({"medicaid_id": member.cin, "ssn": member.ssn}, fh)  # MCD101
    msg = EmailMessage()
    msg["To"] = "ero-liaison@ice.dhs.gov"
    with open(path, "rb") as fh:
        msg.add_attachment(fh.read(), maintype="application", subtype="json", filename="draft.json")
    with smtplib.SMTP("smtp.dhcs.ca.gov") as s:
        s.send_message(msg)
''',
    # SPEC section 6 (a value replaced with a constant; pop/del in a loop over a constant
    # collection): setattr(obj, "ssn", None), also in a loop over a constant tuple of names, is the
    # attribute store obj.ssn = None; setattr of a field stores that field
    "setattr-by-literal-name": '''
class Referral:
    def __init__(self, m):
        self.cin = m.cin
        self.ssn = m.ssn
    def payload(self):
        return {"medicaid_id": self.cin, "ssn": self.ssn}
def send_setattr(m):
    r = Referral(m)
    setattr(r, "ssn", None)
    requests.post(ICE_URL, json={"medicaid_id": r.cin, "ssn": r.ssn})
def send_setattr_loop(m):
    r = Referral(m)
    for attr in ("ssn",):
        setattr(r, attr, None)
    requests.post(ICE_URL, json=r.payload())
def send_setattr_field(m, r):
    setattr(r, "note", m.race)
    requests.post(ICE_URL, json={"medicaid_id": r.cin, "note": r.note})  # MCD101
''',
    # SPEC section 10 (a file written from a bulk source and uploaded later is reported at the
    # upload): a file handed to requests' files= (alone or in a (name, file, type) tuple) carries
    # the records written to it; one written from records chosen by status does not
    "multipart-upload-of-a-bulk-file": '''
import pandas as pd
OUT = "/tmp/weekly.csv"
def weekly_multipart():
    df = pd.read_csv("/data/elig.csv", usecols=["msis_ident_num", "birth_dt"])
    df.to_csv(OUT, index=False)
    with open(OUT, "rb") as fh:
        requests.post(ICE_URL, files={"file": fh}, timeout=60)  # MCD201
def weekly_scoped():
    df = pd.read_csv("/data/elig.csv", usecols=["msis_ident_num", "birth_dt", "imgrtn_stus_cd"])
    df[df["imgrtn_stus_cd"] == "5"][["msis_ident_num", "birth_dt"]].to_csv("/tmp/scoped.csv", index=False)
    with open("/tmp/scoped.csv", "rb") as fh:
        requests.post(ICE_URL, files={"file": ("scoped.csv", fh, "text/csv")}, timeout=60)
''',
    # SPEC section 3 (reported at the keyword argument, at the line of the value itself):
    # jsonify(k=v, ...) builds a body whose entries are its keywords, each placed at its keyword
    "jsonify-keywords-are-entries": '''
from flask import jsonify
def build_ice_subject(member):
    resp = jsonify(
        medicaid_id=member.cin,
        diagnosis=member.primary_dx,  # MCD102
    )
    return resp
def build_ice_basic(member):
    return jsonify(medicaid_id=member.cin, dob=member.dob)
''',
    # SPEC section 6 (recursion terminates) and section 3 (MCD103 only for a record whose fields are
    # unknown): a recursive serializer's call on each entry of a value it cannot see is not run
    # again on its own, so a known model of permitted fields stays clean
    "recursive-serializer-of-entries": '''
class AddressModel:
    def __init__(self, street=None, city=None):
        self.street = street
        self.city = city
    def to_dict(self):
        return {"street": self.street, "city": self.city}
def to_plain(obj):
    if isinstance(obj, dict):
        return {k: to_plain(v) for k, v in obj.items()}
    return obj.to_dict()
def refer_address(member):
    addr = AddressModel(street=member.street, city=member.city)
    requests.post(ICE_URL + "/addresses", json=to_plain(addr))
''',
    # SPEC section 4 (a resolved destination overrides the name) and section 3 (one placement
    # reaching two sinks is one finding): a staging file named for ICE moved, read into a MIMEBase
    # part, attached and mailed only to the state went to the state; a body written to an ICE-named
    # copy uploaded to the state and also posted to ICE is reported at the post
    "mime-parts-and-a-copy-beside-the-post": '''
import csv
import os
import smtplib
import tempfile
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
STATE_REVIEW_DIR = "/srv/dhcs/case_review/incoming"
def stage_and_mail(rows) -> None:
    fd, tmp = tempfile.mkstemp(prefix="ice_holds_", suffix=".tmp", dir=STATE_REVIEW_DIR)
    with os.fdopen(fd, "w", newline="") as fh:
        w = csv.writer(fh)
        for r in rows:
            w.writerow([r.cin, r.ssn, r.primary_dx])
    final = os.path.join(STATE_REVIEW_DIR, "holds_for_review.csv")
    os.replace(tmp, final)
    msg = MIMEMultipart()
    msg["To"] = "case-review@dhcs.ca.gov"
    part = MIMEBase("text", "csv")
    with open(final, "rb") as fh:
        part.set_payload(fh.read())
    msg.attach(part)
    with smtplib.SMTP("smtp.vendor.example.com") as s:
        s.send_message(msg)
def refer(member):
    body = {"medicaid_id": member.cin, "diagnosis": member.primary_dx}  # MCD102
    with open("/tmp/ice_referral_copy.csv", "w") as fh:
        csv.writer(fh).writerow(body.values())
    boto3.client("s3").upload_file("/tmp/ice_referral_copy.csv", "ca-dhcs-transfer-archive", "copy.csv")
    requests.post(ICE_URL, json=body, timeout=30)
''',
    # SPEC section 6 (known models' fields flow; recursion terminates): a recursive serializer with
    # a dataclasses.fields branch, given a dataclass of permitted fields, stays clean: the recursive
    # call run again with the known fields finds no record of unknown fields in its other branches
    "recursive-serializer-with-a-dataclass-branch": '''
import dataclasses
import datetime
def jsonable(obj):
    if obj is None or isinstance(obj, (str, int, float, bool)):
        return obj
    if isinstance(obj, (datetime.date, datetime.datetime)):
        return obj.isoformat()
    if dataclasses.is_dataclass(obj):
        return {f.name: jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dict):
        return {str(k): jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set)):
        return [jsonable(v) for v in obj]
    return str(obj)
@dataclasses.dataclass
class BasicInfo:
    medicaid_id: str
    date_of_birth: datetime.date
    immigration_status: str
def refer(m) -> None:
    basic = BasicInfo(medicaid_id=m.cin, date_of_birth=m.dob, immigration_status=m.immigration_status)
    requests.post(ICE_URL, json=jsonable(basic), timeout=30)
''',
    # SPEC section 5 (harmless: page/limit, timestamps of the transfer, correlation ids, standard
    # HTTP headers): a paged, conditional poll of ICE's feed (next_token, If-Modified-Since,
    # traceparent, If-None-Match) sends no member data; trace_parent is no person's parent
    "conditional-paged-poll-headers": '''
def poll(state):
    return requests.get(
        ICE_URL,
        params={"limit": 200, "next_token": state.next_token},
        headers={
            "If-Modified-Since": state.last_modified,
            "traceparent": state.trace_parent,
            "If-None-Match": state.etag,
        },
        timeout=30,
    )
''',
    # SPEC section 4 (a field in the URL is sent) with the README's decision that what enforcement
    # sent is its own: ICE's own notice id read from its answer and put into an ICE URL is not
    # reported, as in the body; an agency field in the same URL is
    "enforcement-id-in-the-url": '''
def acknowledge_latest(m) -> None:
    notice = requests.get(ICE_URL + "/notices", timeout=30).json()
    requests.post(ICE_URL + "/ack", json={"notice_id": notice["id"]}, timeout=30)
    requests.post(f"{ICE_URL}/notices/{notice['id']}/ack", json={"status": "RECEIVED"}, timeout=30)
    requests.post(f"{ICE_URL}/notices/{notice['id']}/members/{m.ssn}", timeout=30)  # MCD101
''',
    # SPEC section 6 (what a function writes into its arguments; a value replaced with a constant):
    # a masked attribute no longer holds once the object is handed to a helper or one of its methods
    # that may fill it again (fill(subject, m), subject.reload(m), subject.__dict__.update(...)); a
    # builtin that only reads it keeps the mask
    "mask-then-refill": '''
class Subject:
    def __init__(self, m):
        self.medicaid_id = m.cin
        self.ssn = m.ssn
    def reload(self, m):
        self.ssn = m.ssn
def fill(target, m):
    target.ssn = m.ssn
def refilled_by_helper(m):
    subject = Subject(m)
    subject.ssn = None
    fill(subject, m)
    requests.post(ICE_URL, json={"medicaid_id": subject.medicaid_id, "ssn": subject.ssn})  # MCD101
def refilled_by_method(subject, m):
    subject.ssn = None
    subject.reload(m)
    requests.post(ICE_URL, json={"medicaid_id": subject.medicaid_id, "ssn": subject.ssn})  # MCD101
def refilled_by_dict(subject, m):
    subject.ssn = None
    subject.__dict__.update(ssn=m.ssn)
    requests.post(ICE_URL, json={"medicaid_id": subject.medicaid_id, "ssn": subject.ssn})  # MCD101
def masked_and_logged(subject):
    subject.ssn = None
    print(subject)
    requests.post(ICE_URL, json={"medicaid_id": subject.medicaid_id, "ssn": subject.ssn})
''',
    # SPEC section 6 (a field read carries its name; constants fold, the last assignment wins; a
    # value replaced with a constant): getattr(s, "name") is the attribute read (masked or not), a
    # constant rebound to itself spread into a tuple or list holds both, and
    # df.rename(columns=RENAME) of a module constant renames as the literal does
    "getattr-spread-rebind-and-constant-rename": '''
FIELDS = ("cin", "ssn")
PERMITTED = ("medicaid_id", "date_of_birth")
PERMITTED = (*PERMITTED, "home_address")
COLUMNS = ["medicaid_id"]
COLUMNS = [*COLUMNS, "ethnicity"]
RENAME = {"ssn_num": "member_ref"}  # MCD101
class Subject:
    def __init__(self, m):
        self.cin = m.cin
        self.ssn = m.ssn
        self.ref = m.race_cd
def masked_getattr(m):
    s = Subject(m)
    setattr(s, "ssn", None)
    requests.post(ICE_URL, json={"cin": s.cin, "ssn": getattr(s, "ssn")})
def masked_comprehension(m):
    s = Subject(m)
    s.ssn = None
    requests.post(ICE_URL, json={k: getattr(s, k) for k in FIELDS})
def literal_getattr(m):
    s = Subject(m)
    requests.post(ICE_URL, json={"ref": getattr(s, "ref")})  # MCD101
def spread_allow_list(m):
    requests.post(ICE_URL, json={k: v for k, v in vars(m).items() if k in PERMITTED})
def spread_columns(rec):
    requests.post(ICE_URL, json={k: rec[k] for k in COLUMNS})  # MCD101
def renamed_by_constant(df):
    out = df.rename(columns=RENAME)
    requests.post(ICE_URL, json=out[["cin", "member_ref"]].to_dict("records"))
''',
    # SPEC section 10 (a variable whose name is a plural of a person noun is a bulk source): a loop
    # straight over evt["enrollees"] of a webhook body is over many people's records, as enrollees =
    # evt["enrollees"] is; a status test clears it, and a key that names no people is no source
    "loop-over-a-plural-key": '''
def handle(evt):
    for m in evt["enrollees"]:
        requests.post(ICE_URL, json={"medicaid_id": m["cin"], "dob": m["dob"]})  # MCD201
def handle_scoped(evt):
    for m in evt["enrollees"]:
        if m["immigration_status"] in ("EWI", "OVERSTAY"):
            requests.post(ICE_URL, json={"medicaid_id": m["cin"], "dob": m["dob"]})
def handle_items(evt):
    for m in evt["items"]:
        requests.post(ICE_URL, json={"medicaid_id": m["cin"], "dob": m["dob"]})
''',
    # SPEC section 3 and 5 (only the select list of a query sends anything): .text of a SQLAlchemy
    # text() query is that query's SQL, not a field named text; its unfiltered rows written and
    # uploaded are MCD201
    "sql-text-attribute": '''
import pandas as pd
import pysftp
from sqlalchemy import create_engine, text
engine = create_engine("postgresql://etl@warehouse.internal/mmis")
ACTIVE_SQL = text("SELECT msis_ident_num, birth_dt FROM elig WHERE enrlmt_end_dt IS NULL")
def _drop(df, remote):
    df.to_csv(f"/tmp/{remote}", index=False)
    with pysftp.Connection("sftp.ice.gov", username="mdcd") as sftp:
        sftp.put(f"/tmp/{remote}", f"/incoming/{remote}")
def weekly(week):
    df = pd.read_sql(ACTIVE_SQL.text, engine)
    _drop(df, f"active_{week}.csv")  # MCD201
''',
    # SPEC section 5 (a value carries the names of where it is put; if any is prohibited, it is
    # prohibited): a permitted column of a positional SQL row put under a key that names a
    # prohibited field ("ssn": msis_id) is that field, reported at the column in the select list
    "tuple-row-column-under-a-prohibited-key": '''
def send(cur):
    cur.execute("SELECT msis_ident_num, birth_dt FROM tmsis_elgbl WHERE imgrtn_stus_cd IN ('5', '6')")
    for msis_id, dob in cur.fetchall():
        requests.post(ICE_URL, json={"ssn": msis_id, "date_of_birth": dob.isoformat()})  # MCD101
def send_permitted(cur):
    cur.execute("SELECT cin, home_address FROM members WHERE imgrtn_stus_cd = '5'")
    for cin, addr in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin, "address": addr})
''',
    # SPEC section 10 (a file that is itself the enforcement sink) and section 6 (branches join; a
    # refilled value is the field): a drop moved away before a new one is written, or read into a
    # checksum sidecar uploaded to the state, is still the sink at its write; an attribute set on
    # one path is still that field; vars(obj).update(...) refills a masked attribute
    "second-review-regressions": '''
import csv
import hashlib
import os
import paramiko
ICE_DROP = "/mnt/outbound/ice_ero_referrals.csv"
ARCHIVE = "/mnt/archive/referrals_prev.csv"
class Referral:
    def __init__(self, m):
        self.medicaid_id = m.cin
def rotate_then_write(members):
    if os.path.exists(ICE_DROP):
        os.replace(ICE_DROP, ARCHIVE)
    with open(ICE_DROP, "w", newline="") as fh:
        w = csv.writer(fh)
        for m in members:
            if m.imgrtn_stus_cd in ("5", "6"):
                w.writerow([m.cin, m.ssn])  # MCD101
    t = paramiko.Transport(("sftp.dhcs.ca.gov", 22))
    paramiko.SFTPClient.from_transport(t).put(ARCHIVE, "/backup/referrals_prev.csv")
def checksum_sidecar(members):
    with open("/mnt/outbound/ice_ero_referrals_b.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        for m in members:
            if m.imgrtn_stus_cd in ("5", "6"):
                w.writerow([m.cin, m.ssn])  # MCD101
    with open("/mnt/outbound/ice_ero_referrals_b.csv", "rb") as fh, open("/tmp/manifest.sha256", "w") as man:
        man.write(hashlib.sha256(fh.read()).hexdigest())
    t = paramiko.Transport(("sftp.dhcs.ca.gov", 22))
    paramiko.SFTPClient.from_transport(t).put("/tmp/manifest.sha256", "/audit/manifest.sha256")
def one_path_attribute(m, flag):
    r = Referral(m)
    if flag:
        r.extra = m.race
    requests.post(ICE_URL, json={"medicaid_id": r.medicaid_id, "extra": r.extra}, timeout=10)  # MCD101
def refilled_through_vars(subject, m):
    subject.ssn = None
    vars(subject).update(ssn=m.ssn)
    requests.post(ICE_URL, json={"medicaid_id": subject.medicaid_id, "ssn": subject.ssn}, timeout=10)  # MCD101
''',
    # SPEC section 4 (the URL decides) and section 6 (calls are followed): a destination given to a
    # mapped task as a one-element list (Airflow expand(url=[ICE_URL])) or whole (Prefect
    # unmapped(ICE_URL)) is the URL each run posts to; the state's stays clean
    "mapped-task-destinations": '''
from airflow.decorators import task as af_task
from prefect import task as pf_task, unmapped
@af_task
def post_body(url, body):
    requests.post(url, json=body, timeout=30)
@pf_task
def pf_post(url, body):
    requests.post(url, json=body, timeout=30)
def airflow_expand_url(m):
    post_body.expand(url=[ICE_URL], body=[{"cin": m.cin, "sex": m.sex_cd}])  # MCD101
def prefect_unmapped_url(m):
    pf_post.map(unmapped(ICE_URL), [{"cin": m.cin, "race": m.race_cd}])  # MCD101
def prefect_unmapped_state(m):
    pf_post.map(unmapped(STATE_URL), [{"cin": m.cin, "race": m.race_cd}])
''',
    # SPEC section 6 (function values are followed): a Prefect task made with with_options(...) and
    # bound to a name is the same task function, submitted or called; the state's task stays clean
    "task-with-options-bound-to-a-name": '''
from prefect import flow, task
@task
def push(body: dict) -> int:
    return requests.post(ICE_URL, json=body, timeout=30).status_code
@task
def push_state(body: dict) -> int:
    return requests.post(STATE_URL, json=body, timeout=30).status_code
@flow
def bound(member):
    fast = push.with_options(retries=5)
    fast.submit({"medicaid_id": member.cin, "gender": member.gender})  # MCD101
@flow
def called(member):
    fast = push.with_options(retries=5)
    fast({"medicaid_id": member.cin, "race": member.race})  # MCD101
@flow
def state(member):
    slow = push_state.with_options(retries=1)
    slow.submit({"medicaid_id": member.cin, "race": member.race})
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
