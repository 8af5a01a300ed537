"""The data flow shapes of the twenty-seventh session: what its SPEC-only probers found (rounds 171
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
    # SPEC section 3 (one finding per placement; a list element is a placement, reported at the line
    # of the value itself): an HL7 segment built of several fields by one f-string, in a list joined
    # inside the send call, is one finding at the element, as when the list is bound first; the same
    # segments to the state stay clean
    "joined-segments-one-per-element": '''
def joined_in_the_call(m):
    requests.post(ICE_URL, data="\\r".join([
        "MSH|^~&|MMIS|STATE|EID|ICE",
        f"PID|1||{m.cin}||{m.last_name}^{m.first_name}",  # MCD101
        f"PV1|1|O|{m.cin}",
    ]))
def joined_later(m):
    segments = [
        "MSH|^~&|MMIS|STATE|EID|ICE",
        f"PID|1||{m.cin}||{m.last_name}^{m.first_name}",  # MCD101
    ]
    requests.post(ICE_URL, data="\\r".join(segments))
def joined_into_a_url(m):
    requests.get("/".join([ICE_URL, f"{m.cin}/{m.ssn}"]))  # MCD101
def to_the_state(m):
    requests.post(STATE_URL, data="\\r".join([
        f"PID|1||{m.cin}||{m.last_name}^{m.first_name}",
    ]))
''',
    # SPEC section 6 (a model declared in the project carries its declared fields; whole-record
    # serializers of a known model send its fields) and section 10 (SQL rows and SQLAlchemy selects
    # are bulk sources; a WHERE on status chooses): SQLModel's session.exec(select(Model)) gives the
    # model's objects, as session.scalars does, and Flask-SQLAlchemy's
    # db.paginate(db.select(Model)).items the pages of its records
    "sqlmodel-exec-and-paginate": '''
from typing import Optional
import httpx
from flask_sqlalchemy import SQLAlchemy
from sqlmodel import Field, Session, SQLModel, select
db = SQLAlchemy()
class Enrollee(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)  # MCD104
    cin: str
    imgrtn_stus_cd: str
    last_name: str  # MCD101
class Member(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    cin = db.Column(db.String(9))
    imgrtn_stus_cd = db.Column(db.String(2))
def chosen(engine):
    with Session(engine) as session:
        for e in session.exec(select(Enrollee).where(Enrollee.imgrtn_stus_cd == "EWI")):
            httpx.post(ICE_URL, json=e.model_dump(mode="json"))
def everyone(engine):
    with Session(engine) as session:
        for e in session.exec(select(Enrollee)).all():
            httpx.post(ICE_URL, json={"cin": e.cin})  # MCD201
def one_page():
    for m in db.paginate(db.select(Member), per_page=100).items:
        httpx.post(ICE_URL, json={"cin": m.cin})  # MCD201
def one_page_chosen():
    for m in db.paginate(db.select(Member).where(Member.imgrtn_stus_cd == "EWI"), per_page=100).items:
        httpx.post(ICE_URL, json={"cin": m.cin})
''',
    # SPEC section 4 (URL resolution folds class constants and self.x set in __init__ from a constant)
    # and section 6 (inherited methods and attributes): a base __init__ that copies self.base_url
    # reads the value of the object's own class, also through a class between them that sets another
    # URL; a leaf whose own URL is a county host stays clean though its parent names ICE
    "class-attribute-read-by-a-grandparent-init": '''
class ApiClient:
    base_url = "https://api.vendor.example.com"
    def __init__(self):
        self.url = self.base_url
    def _post(self, path, body):
        return requests.post(self.url + path, json=body)
class StateMmisClient(ApiClient):
    base_url = "https://mmis.hhs.texas.gov/api"
class EidClient(StateMmisClient):
    base_url = "https://eid.ice.gov/detainers"
    def notify(self, m):
        return self._post("/notify", {
            "cin": m.cin,
            "ssn": m.ssn,  # MCD101
        })
class EidBase(ApiClient):
    base_url = "https://eid.ice.gov/detainers"
class CountyClient(EidBase):
    base_url = "https://hhs.cookcountyil.gov/api"
    def notify(self, m):
        return self._post("/notify", {"cin": m.cin, "ssn": m.ssn})
''',
    # SPEC section 4 (URL resolution folds module constants; the bucket name itself decides) and
    # section 5 (a constant is never a finding): a dataclass, NamedTuple or pydantic object built only
    # of literals is a configuration object: each attribute is the literal it was given (a path was
    # read as an unknown field, MCD104, and hid the host); an object built of a record's values still
    # reads fields
    "config-objects-built-of-literals": '''
import json
from dataclasses import dataclass
from typing import NamedTuple
from pydantic import BaseModel
@dataclass(frozen=True)
class Endpoint:
    host: str
    path: str
class Partner(NamedTuple):
    base_url: str
    subjects_path: str
class Buckets(BaseModel):
    referrals: str
    archive: str
FEDERAL = Endpoint(host="eid.ice.gov", path="api/v1/persons")
PARTNER = Partner(base_url="https://eid.ice.gov", subjects_path="/api/v1/subjects")
BUCKETS = Buckets(referrals="ice-eid-handoff-prod", archive="ca-dhcs-archive")
s3 = boto3.client("s3")
def refer_basic(m):
    requests.post(f"https://{FEDERAL.host}/{FEDERAL.path}", json={"cin": m.cin})
def refer_leaky(m):
    requests.post(f"https://{FEDERAL.host}/" + FEDERAL.path, json={"ssn": m.ssn})  # MCD101
def joined(m):
    requests.post(PARTNER.base_url + PARTNER.subjects_path, json={"cin": m.cin, "sex": m.sex})  # MCD101
def bucket(m):
    s3.put_object(Bucket=BUCKETS.referrals, Key="handoff.json", Body=json.dumps({"cin": m.cin, "ssn": m.ssn}))  # MCD101
def archive(m):
    s3.put_object(Bucket=BUCKETS.archive, Key="handoff.json", Body=json.dumps({"cin": m.cin, "ssn": m.ssn}))
def local(m):
    ep = Endpoint(host="eid.ice.gov", path="api/v1/persons")
    requests.post(f"https://{ep.host}/{ep.path}", json={"cin": m.cin, "race": m.race})  # MCD101
def record(m):
    row = Endpoint(host=m.home_host, path=m.case_path)
    requests.post(ICE_URL, json={"path": row.path})  # MCD104
''',
    # SPEC section 5 (a constant is never a finding, whatever key it sits under) and section 6
    # (update, | and dict(...) are followed; a value replaced with a constant is sanitized): an entry
    # masked by update(ssn=MASK), update({...}), | {...} or dict(rec, ssn=MASK) and read back by key
    # is that constant, as after rec['ssn'] = MASK; an entry given data again, or another key, is
    # still a field
    "masks-by-update-merge-and-dict-keywords": '''
MASK = "XXX-XX-XXXX"
def update_kw(m):
    body = {"medicaid_id": m.cin, "ssn": m.ssn}
    body.update(ssn=MASK)
    requests.post(ICE_URL, json={"id": body["medicaid_id"], "ssn": body["ssn"]})
def update_dict_then_layout(record: dict):
    body = dict(record)
    body.update({"ssn": MASK, "primary_dx": None})
    requests.post(ICE_URL, json={k: body[k] for k in ("medicaid_id", "ssn", "primary_dx")})
def merge_or(m):
    body = {"medicaid_id": m.cin, "ssn": m.ssn} | {"ssn": MASK}
    requests.post(ICE_URL, json={"id": body["medicaid_id"], "ssn": body["ssn"]})
def dict_kw(record: dict):
    body = dict(record, ssn=MASK)
    requests.post(ICE_URL, json={"id": body["medicaid_id"], "ssn": body["ssn"]})
def masked_then_updated_again(record: dict):
    body = dict(record)
    body["ssn"] = MASK
    body.update(ssn=record["ssn"])
    requests.post(ICE_URL, json={"ssn": body["ssn"]})  # MCD101
def masked_then_copied(record: dict):
    body = dict(record)
    body["ssn"] = MASK
    copy = dict(body, cin=record["cin"])
    requests.post(ICE_URL, json={"ssn": copy["ssn"], "cin": copy["cin"]})
def other_key_masked(m):
    body = {"medicaid_id": m.cin, "race": m.race}
    body.update(ssn=MASK)
    requests.post(ICE_URL, json={"race": body["race"]})  # MCD101
''',
    # SPEC section 3 (the select list of a query is a column list: each name at its own argument) and
    # section 6: SQLModel's own select and Flask-SQLAlchemy's db.select naming columns give rows of
    # those columns, as sqlalchemy.select does (the rows were a whole record, MCD103, at the dump);
    # counts per status are no one's record
    "select-columns-of-sqlmodel-and-flask-sqlalchemy": '''
from typing import Optional
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import func
from sqlmodel import Field, Session, SQLModel, select
db = SQLAlchemy()
class Claim(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    cin: str
    ndc_code: str
    imgrtn_stus_cd: str
class Person(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    beneficiary_id = db.Column(db.String(12))
    marital_status = db.Column(db.String(1))
def claims(session: Session, cin):
    stmt = select(Claim.cin, Claim.ndc_code).where(Claim.cin == cin)  # MCD102
    requests.post(ICE_URL, json=[dict(r._mapping) for r in session.exec(stmt)])
def people(pid):
    stmt = db.select(Person.beneficiary_id, Person.marital_status).where(Person.id == pid)  # MCD101
    requests.post(ICE_URL, json=[r._asdict() for r in db.session.execute(stmt)])
def counts(session: Session):
    stmt = select(Claim.imgrtn_stus_cd, func.count(Claim.id)).group_by(Claim.imgrtn_stus_cd)
    requests.post(ICE_URL, json={code: n for code, n in session.exec(stmt)})
''',
    # SPEC section 10 (a filter on a field of the immigration_status category is a condition): a
    # Django filter through the related_name the project's status model gives its relation
    # (statuses__code__in of ImmigrationStatus) tests that model's status column; another column of
    # it, or another model's code, chooses no one by status
    "status-model-reached-by-its-related-name": '''
from django.db import models
class Enrollee(models.Model):
    cin = models.CharField(max_length=9)
class ImmigrationStatus(models.Model):
    enrollee = models.ForeignKey(Enrollee, related_name="statuses", on_delete=models.CASCADE)
    code = models.CharField(max_length=3)
    county_cd = models.CharField(max_length=3)
class Address(models.Model):
    enrollee = models.ForeignKey(Enrollee, related_name="places", on_delete=models.CASCADE)
    code = models.CharField(max_length=3)
SCOPE = ["EWI", "OVS"]
def chosen():
    qs = Enrollee.objects.filter(statuses__code__in=SCOPE).values_list("cin", flat=True)
    requests.post(ICE_URL, json={"cins": list(qs)})
def by_county():
    qs = Enrollee.objects.filter(statuses__county_cd__in=["06"]).values_list("cin", flat=True)
    requests.post(ICE_URL, json={"cins": list(qs)})  # MCD201
def by_place():
    qs = Enrollee.objects.filter(places__code__in=SCOPE).values_list("cin", flat=True)
    requests.post(ICE_URL, json={"cins": list(qs)})  # MCD201
''',
    # SPEC section 3 (DRF Meta.fields and marshmallow only= are column lists) and section 6 (explicit
    # selection of permitted keys is a sanitizer): a field DRF's Meta.extra_kwargs makes write_only,
    # or marshmallow's Meta.load_only lists, is never in what the serializer dumps; write_only False
    # still is
    "write-only-fields-of-a-serializer-meta": '''
import httpx
from rest_framework import serializers
from members.models import Member
from marshmallow import Schema, fields
class LookupSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = ["cin", "birth_date", "last_name"]
        extra_kwargs = {"last_name": {"write_only": True}}
class LeakySerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = ["cin", "birth_date",
                  "last_name"]  # MCD101
        extra_kwargs = {"last_name": {"write_only": False}, "cin": {"required": True}}
class LocatorSchema(Schema):
    cin = fields.Str()
    ssn = fields.Str()
    class Meta:
        fields = ("cin", "ssn")
        load_only = ("ssn",)
def forward_lookup(member):
    httpx.post(ICE_URL, json=LookupSerializer(member).data)
def forward_leaky(member):
    httpx.post(ICE_URL, json=LeakySerializer(member).data)
def forward_locator(member):
    httpx.post(ICE_URL, json=LocatorSchema().dump(member))
''',
    # SPEC section 4 (a destination folds from constants; the name or value that supplies it decides):
    # the default of a command-line option is the destination of a command run without it: argparse
    # add_argument(default=...) read back from parse_args(), click.option(default=...),
    # typer.Option(default); a state default stays clean
    "command-line-option-defaults": '''
import argparse
import click
import typer
def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", default="https://eid.ice.gov/api/v1/referrals")
    ap.add_argument("member_id")
    ap.add_argument("--last-name", dest="surname")
    a = ap.parse_args(argv)
    requests.post(a.url, json={"medicaid_id": a.member_id,
                               "last_name": a.surname})  # MCD101
def state(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--portal", default=STATE_URL)
    a = ap.parse_args(argv)
    requests.post(a.portal, json={"ssn": a.ssn})
@click.command()
@click.option("--endpoint", "-e", default=ICE_URL, show_default=True)
@click.argument("cin")
@click.argument("surname")
def push(endpoint, cin, surname):
    requests.post(endpoint, json={"cin": cin, "surname": surname})  # MCD101
@click.command()
@click.option("--endpoint", default=STATE_URL)
def push_state(endpoint, cin, surname):
    requests.post(endpoint, json={"cin": cin, "surname": surname})
def typed(cin: str, surname: str, endpoint: str = typer.Option(ICE_URL, help="where")):
    requests.post(endpoint, json={"cin": cin, "surname": surname})  # MCD101
def typed_state(cin: str, surname: str, endpoint: str = typer.Option(STATE_URL)):
    requests.post(endpoint, json={"cin": cin, "surname": surname})
''',
    # SPEC section 4 (the destination a function is given) and section 6 (what flows from a caller's
    # arguments to a function's sinks): Airflow's PythonOperator runs its python_callable with
    # op_args/op_kwargs, and a TaskFlow task called through .override(task_id=...) runs with the
    # call's arguments; a callable given the state's URL stays clean
    "airflow-operator-arguments-and-task-overrides": '''
from datetime import datetime
from airflow import DAG
from airflow.decorators import task
from airflow.operators.python import PythonOperator
ICE_REFERRAL_URL = "https://eid.ice.gov/v3/referrals"
def push_to(url, ti, **context):
    m = ti.xcom_pull(task_ids="lookup")
    requests.post(url, json={"medicaid_id": m["cin"], "ssn": m["ssn"]})  # MCD101
def push_race(url, ti):
    m = ti.xcom_pull(task_ids="lookup")
    requests.post(url, json={"medicaid_id": m["cin"], "race": m["race"]})  # MCD101
def push_state(url, ti):
    m = ti.xcom_pull(task_ids="lookup")
    requests.post(url, json={"medicaid_id": m["cin"], "ssn": m["ssn"]})
@task
def push(body):
    requests.post(ICE_REFERRAL_URL, json=body)
@task
def push_member(member):
    push.override(task_id="push_subject", retries=2)({"medicaid_id": member["cin"],
                                                     "sex": member["sex"]})  # MCD101
with DAG("ice_v3", start_date=datetime(2026, 1, 6), schedule=None) as dag:
    PythonOperator(task_id="push", python_callable=push_to, op_kwargs={"url": ICE_REFERRAL_URL})
    PythonOperator(task_id="race", python_callable=push_race, op_args=[ICE_REFERRAL_URL])
    PythonOperator(task_id="state", python_callable=push_state, op_kwargs={"url": STATE_URL})
''',
    # SPEC section 5 (a constant is never a finding) and section 6 (a value replaced with a constant
    # is sanitized; ** and | are followed): an entry masked before a {**rec, ...} or rec | {...} copy
    # is still masked read back by key (given data again, it is not); a record's keyword given a
    # literal (Subject(cin=m.cin, ssn='REDACTED')) reads back as that literal; a conditional segment
    # in a joined list is one placement
    "masks-survive-copies-and-records-keep-their-literals": '''
from dataclasses import dataclass
MASK = "***"
@dataclass
class Subject:
    cin: str
    ssn: str
def literal_in_mixed_record(m):
    s = Subject(cin=m.cin, ssn="REDACTED")
    requests.post(ICE_URL, json={"cin": s.cin, "ssn": s.ssn})
def data_in_mixed_record(m):
    s = Subject(cin="000", ssn=m.ssn)
    requests.post(ICE_URL, json={"cin": s.cin, "ssn": s.ssn})  # MCD101
def masked_then_spread_copy(m):
    rec = {"cin": m.cin, "ssn": m.ssn}
    rec.update(ssn=MASK)
    out = {**rec, "dob": m.dob}
    requests.post(ICE_URL, json={"cin": out["cin"], "ssn": out["ssn"]})
def masked_then_spread_with_data_again(m):
    rec = {"cin": m.cin, "ssn": m.ssn}
    rec.update(ssn=MASK)
    out = {**rec, "ssn": m.ssn}
    requests.post(ICE_URL, json={"cin": out["cin"], "ssn": out["ssn"]})  # MCD101
def masked_then_or_copy(m):
    rec = {"cin": m.cin, "ssn": m.ssn}
    rec["ssn"] = MASK
    out = rec | {"dob": m.dob}
    requests.post(ICE_URL, json={"cin": out["cin"], "ssn": out["ssn"]})
def or_on_a_parameter(rec):
    rec = rec | {"ssn": MASK}
    requests.post(ICE_URL, json={"cin": rec["cin"], "ssn": rec["ssn"]})
def optional_segment(m, with_nk1):
    requests.post(ICE_URL, data="\\r".join([
        "MSH|MMIS",
        f"NK1|{m.last_name}^{m.first_name}" if with_nk1 else "NK1|",  # MCD101
    ]))
''',
    # SPEC section 6 (containers are followed across the functions of a module; the last assignment
    # wins): a module list filled by one function and drained with .pop() by another, and a dict
    # popped by a key the analysis cannot fold (pending.pop(m.cin)), give what was put there, as
    # .popleft() and .get(key) do; the same sent to a state topic stays clean
    "containers-drained-by-pop": '''
import json
from kafka import KafkaProducer
producer = KafkaProducer(bootstrap_servers="broker:9092")
ICE_TOPIC = "ice.eid.referrals.v1"
STATE_TOPIC = "mn.dhs.eligibility.v1"
_OUTBOX = []
_PENDING = {}
def stage(m):
    _OUTBOX.append({"cin": m.cin, "ssn": m.ssn})  # MCD101
def drain():
    while _OUTBOX:
        producer.send(ICE_TOPIC, value=json.dumps(_OUTBOX.pop()).encode())
def hold(m):
    _PENDING[m.cin] = {"cin": m.cin, "race": m.race_cd}  # MCD101
def release(cin):
    producer.send(ICE_TOPIC, value=json.dumps(_PENDING.pop(cin)).encode())
def publish_pending(m):
    pending = {}
    pending[m.cin] = {"cin": m.cin, "sex": m.sex}  # MCD101
    body = pending.pop(m.cin)
    producer.send(ICE_TOPIC, value=json.dumps(body).encode())
def to_the_state(m):
    pending = {}
    pending[m.cin] = {"cin": m.cin, "ssn": m.ssn}
    producer.send(STATE_TOPIC, value=json.dumps(pending.pop(m.cin)).encode())
''',
    # SPEC section 5 (a value carries the names of where it is put; any prohibited name makes it
    # prohibited): a list of bare values made by a comprehension and put under a key is named by that
    # key, as a list literal's elements are (an e-mail list built from FHIR telecom entries); under a
    # permitted key it stays clean
    "comprehension-values-named-by-their-key": '''
def fhir_emails(pt):
    emails = [t["value"] for t in pt["telecom"] if t["system"] == "email"]  # MCD101
    requests.post(ICE_URL, json={
        "email": emails,
    })
def inline(m):
    requests.post(ICE_URL, json={
        "email": [t.value for t in m.telecom],  # MCD101
    })
def permitted(m):
    requests.post(ICE_URL, json={"phone": [t.value for t in m.telecom if t.system == "phone"]})
''',
    # SPEC section 4 (a destination folds from constants): the default of an option of a subcommand's
    # parser, of parse_known_args, and of set_defaults is the destination of a run without it; SPEC
    # section 6: a mask survives a plain dict(rec) copy, and rec |= {...} masks a parameter
    "argparse-subcommands-and-more-mask-copies": '''
import argparse
MASK = "XXX-XX-XXXX"
def subcommand(lookup):
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd")
    push = sub.add_parser("push")
    push.add_argument("--url", default=ICE_URL)
    push.add_argument("cin")
    args = ap.parse_args()
    m = lookup(args.cin)
    requests.post(args.url, json={"ssn": m.ssn})  # MCD101
def known(lookup):
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", default=ICE_URL)
    args, _rest = ap.parse_known_args()
    requests.post(args.url, json={"ssn": lookup().ssn})  # MCD101
def defaults_set(lookup):
    ap = argparse.ArgumentParser()
    ap.set_defaults(url=ICE_URL)
    args = ap.parse_args()
    requests.post(args.url, json={"ssn": lookup().ssn})  # MCD101
def defaults_to_the_state(lookup):
    ap = argparse.ArgumentParser()
    ap.set_defaults(url=STATE_URL)
    args = ap.parse_args()
    requests.post(args.url, json={"ssn": lookup().ssn})
def dict_copy(rec):
    rec["ssn"] = MASK
    out = dict(rec)
    requests.post(ICE_URL, json={"ssn": out["ssn"]})
def mask_ior(rec):
    rec |= {"ssn": MASK}
    requests.post(ICE_URL, json={"ssn": rec["ssn"]})
''',
    # SPEC section 10 (a filter through a relation to the status model is a condition; a plural
    # person-named variable given what an unseen call returned is a bulk source) and section 6:
    # Django's default reverse query name of the status model is a status relation; a roster extended
    # page by page from an API is many people's records; ExternalPythonOperator and
    # op_kwargs=dict(...) hand their arguments to the callable
    "reverse-names-paged-rosters-and-operator-keywords": '''
from django.db import models
from airflow.operators.python import ExternalPythonOperator, PythonOperator
class Enrollee(models.Model):
    cin = models.CharField(max_length=9)
class ImmigrationStatusHistory(models.Model):
    enrollee = models.ForeignKey(Enrollee, on_delete=models.CASCADE)
    code = models.CharField(max_length=3)
def chosen_by_default_name():
    qs = Enrollee.objects.filter(immigrationstatushistory__code__in=["EWI"]).values_list("cin", flat=True)
    requests.post(ICE_URL, json={"cins": list(qs)})
def any_status_row():
    qs = Enrollee.objects.filter(immigrationstatushistory__id__gt=0).values_list("cin", flat=True)
    requests.post(ICE_URL, json={"cins": list(qs)})  # MCD201
def paged():
    members = []
    url = STATE_URL
    while url:
        data = requests.get(url, timeout=30).json()
        members.extend(data["results"])
        url = data.get("next")
    for m in members:
        requests.post(ICE_URL, json={"medicaid_id": m["cin"]})  # MCD201
def push_to(url, ti):
    m = ti.xcom_pull(task_ids="lookup")
    requests.post(url, json={"medicaid_id": m["cin"], "race": m["race_cd"]})  # MCD101
def push_lang(url, ti):
    m = ti.xcom_pull(task_ids="lookup")
    requests.post(url, json={"medicaid_id": m["cin"], "lang": m["primary_lang_cd"]})  # MCD101
ExternalPythonOperator(task_id="push", python="/venv/bin/python", python_callable=push_to, op_kwargs={"url": ICE_URL})
PythonOperator(task_id="lang", python_callable=push_lang, op_kwargs=dict(url=ICE_URL))
''',
    # SPEC section 3 (one finding per placement, at the placement; a list element is a placement) and
    # section 6 (generators pass their input's names on): each bare field a generator yields is an
    # element of what its caller collects, reported at its yield as a list literal's elements are; put
    # under a key, the key names it too
    "bare-fields-yielded-by-a-generator": '''
def parts(member):
    yield member.cin
    yield member.preferred_language  # MCD101
    yield member.marital_status  # MCD101
def send(member) -> None:
    requests.post(ICE_URL, json=list(parts(member)))
def permitted_parts(member):
    yield member.cin
    yield member.birth_date
def send_permitted(member) -> None:
    requests.post(ICE_URL, json=list(permitted_parts(member)))
def codes(member):
    yield member.cin  # MCD101
def keyed(member) -> None:
    requests.post(ICE_URL, json={"ssn": list(codes(member))})
def to_the_state(member) -> None:
    requests.post(STATE_URL, json=list(parts(member)))
''',
    # SPEC section 10 (helpers: where the callers are visible, the path starts at their sources, and
    # the finding is at the call that hands on unfiltered bulk data; a lookup by identifier is the
    # people the caller chose): a task that looks members up by the ids it is handed sends the records
    # of the caller's ids; every id of the table handed on is MCD201 at that call, ids chosen by
    # status are clean
    "lookup-by-ids-a-caller-hands-on": '''
from celery import shared_task
from mmis.models import Member
@shared_task
def post_for(member_ids):
    for m in Member.objects.filter(pk__in=member_ids):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
@shared_task
def beat_everyone():
    ids = list(Member.objects.values_list("pk", flat=True))
    post_for.delay(ids)  # MCD201
@shared_task
def beat_scoped():
    ids = list(Member.objects.filter(us_citizen=False).values_list("pk", flat=True))
    post_for.delay(ids)
''',
    # SPEC section 10 (any condition on status between the source and the send clears it): querysets
    # combined by & or intersection() with one chosen by status, or everyone minus those a citizenship
    # filter chose (difference()), are chosen; a union with an unchosen queryset, or an intersection
    # of two unchosen ones, is not
    "querysets-intersected-with-a-status-choice": '''
from mmis.models import Member
S = ("EWI", "OVERSTAY")
def and_querysets():
    scoped = Member.objects.filter(imgrtn_stus_cd__in=S)
    pilot = Member.objects.filter(county_cd="053")
    for m in scoped & pilot:  # every record passed the status filter
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
def intersection_querysets():
    scoped = Member.objects.filter(imgrtn_stus_cd__in=S)
    pilot = Member.objects.filter(county_cd="053")
    for m in pilot.intersection(scoped):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
def difference_citizens():
    for m in Member.objects.all().difference(Member.objects.filter(us_citizen=True)):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
def union_with_everyone():
    scoped = Member.objects.filter(imgrtn_stus_cd__in=S)
    pilot = Member.objects.filter(county_cd="053")
    for m in scoped | pilot:
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
def intersection_of_unchosen():
    north = Member.objects.filter(region="N")
    pilot = Member.objects.filter(county_cd="053")
    for m in north.intersection(pilot):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
''',
    # SPEC section 4 (the resolved host decides) and section 5/6 (a constant is never a finding; a
    # value replaced with a constant is sanitized; a lookup by id is one person):
    # dataclasses.replace/_replace copies read back the constants they were given (a mask, a
    # configuration object moved to the state or to ICE), data given again is a field; a comprehension
    # of constants is constant; parse_args with a literal argv uses its options; a roster extended
    # with the one person asked for is not bulk
    "copies-with-changes-constant-lists-explicit-argv": '''
import json
import boto3
import argparse
import dataclasses
from typing import NamedTuple
MASK = "REDACTED"
@dataclasses.dataclass(frozen=True)
class Subject:
    cin: str
    ssn: str
@dataclasses.dataclass(frozen=True)
class Endpoint:
    host: str
    path: str
class Buckets(NamedTuple):
    referrals: str
FEDERAL = Endpoint(host="eid.ice.gov", path="api/v1/persons")
STATE = Endpoint(host="mmis.dhs.state.mn.us", path="api/v1/persons")
BUCKETS = Buckets(referrals="ice-eid-referrals")
def masked_copy(m):
    s = dataclasses.replace(Subject(cin=m.cin, ssn=m.ssn), ssn=MASK)
    requests.post(ICE_URL, json={"cin": s.cin, "ssn": s.ssn})
def refilled_copy(m):
    s = Subject(cin=m.cin, ssn=MASK)
    s2 = dataclasses.replace(s, ssn=m.ssn)
    requests.post(ICE_URL, json={"cin": s2.cin, "ssn": s2.ssn})  # MCD101
def config_moved_to_the_state(m):
    ep = dataclasses.replace(FEDERAL, host="mmis.dhs.state.mn.us")
    requests.post(f"https://{ep.host}/{ep.path}", json={"ssn": m.ssn})
def config_moved_to_ice(m):
    ep = dataclasses.replace(STATE, host="eid.ice.gov")
    requests.post(f"https://{ep.host}/{ep.path}", json={"ssn": m.ssn})  # MCD101
def bucket_moved(m):
    b = BUCKETS._replace(referrals="mn-dhs-outbound")
    boto3.client("s3").put_object(Bucket=b.referrals, Key="x.json", Body=json.dumps({"ssn": m.ssn}))
def constant_lists(m):
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "race": [MASK for _ in m.race_codes], "languages": ["en" for _ in range(2)]})
def explicit_argv(m):
    p = argparse.ArgumentParser()
    p.add_argument("--url", default=ICE_URL)
    args = p.parse_args(["--url", STATE_URL])
    requests.post(args.url, json={"ssn": m.ssn})
def one_person_page(cin):
    members = []
    page = requests.get(STATE_URL, timeout=30).json()
    members.extend(r for r in page["records"] if r["cin"] == cin)
    requests.post(ICE_URL, json=[{"medicaid_id": r["cin"]} for r in members])
''',
    # SPEC section 4 (object keys are data) and section 6 (names survive what keeps a value
    # recognizable): os.path.basename of a path built from fields keeps their names, so an S3 key made
    # of it sends them; SPEC section 5: a county of birth is a place of birth (national origin), not
    # the enrollee's address
    "basenames-and-counties-of-birth": '''
import os
s3 = boto3.client("s3")
def key_basename(m):
    path = f"/tmp/out/{m.last_name}_{m.cin}.csv"  # MCD101 (the object key's name, where it was built)
    with open(path, "w") as fh:
        fh.write(m.cin)
    s3.upload_file(path, ICE_BUCKET, os.path.basename(path))
def key_of_an_id(m):
    path = f"/tmp/out/{m.cin}.csv"
    with open(path, "w") as fh:
        fh.write(m.cin)
    s3.upload_file(os.path.abspath(path), ICE_BUCKET, os.path.basename(path))
def birthplace(m):
    requests.post(ICE_URL, json={"cin": m.cin,
                                 "birth_county": m.birth_county,  # MCD101
                                 "county": m.county_cd})
''',
    # SPEC section 3 and 6 (a field placed in a caller and sent by a helper is reported at the
    # caller's placement, naming that call's destination): a helper given a client class and
    # instantiating it (client_cls().send(body)) sends with that class; the same helper given the
    # state's client class stays clean
    "client-class-handed-in": '''
class IceClient:
    URL = "https://eid.ice.gov/api/v1/referrals"
    def send(self, body):
        return requests.post(self.URL, json=body)
class StateClient:
    URL = "https://mmis.dhs.state.mn.us/api"
    def send(self, body):
        return requests.post(self.URL, json=body)
def run_with(client_cls, body):
    return client_cls().send(body)
def refer(m):
    run_with(IceClient, {"medicaid_id": m.cin, "sex": m.sex_cd})  # MCD101
def sync(m):
    run_with(StateClient, {"medicaid_id": m.cin, "sex": m.sex_cd})
''',
    # SPEC section 4 (a destination on neither host list is decided by the signals; an export file
    # name that carries an enforcement token is one): a file named for CBP uploaded to a vendor's host
    # (on neither list) is still a file for CBP, reported at its write; the same file on the state's
    # host is not
    "enforcement-named-file-on-a-vendor-host": '''
import paramiko
VENDOR_HOST = "mft.vendor.example.com"
STATE_HOST = "sftp.dhs.state.mn.us"
def to_the_vendor(members):
    path = "/tmp/cbp_denominator_2026.csv"
    with open(path, "w") as fh:
        for m in members:
            fh.write(f"{m.cin},{m.ssn}\\n")  # MCD101 MCD201
    t = paramiko.Transport((VENDOR_HOST, 22))
    sftp = paramiko.SFTPClient.from_transport(t)
    sftp.put(path, "/inbound/extract.csv")
def to_the_state(members):
    path = "/tmp/ice_referrals.csv"
    with open(path, "w") as fh:
        for m in members:
            fh.write(f"{m.cin},{m.ssn}\\n")
    t = paramiko.Transport((STATE_HOST, 22))
    sftp = paramiko.SFTPClient.from_transport(t)
    sftp.put(path, "/inbound/extract.csv")
''',
    # SPEC section 5 (harmless values never count; a value is named by where it is put): a request id
    # given on the command line (sys.argv) is no field of its own; SPEC section 10: a roster grown
    # with += from pages an unseen call returns is many people's records, and a queryset narrowed with
    # &= by a status filter is chosen
    "argv-ids-rosters-grown-and-querysets-narrowed": '''
import sys
from mmis.models import Member
ANSWER_URL = "https://eid.ice.gov/api/v1/info-requests/{request_id}/answer"
def replay(request_id, cin):
    return requests.post(ANSWER_URL.format(request_id=request_id), json={"medicaid_id": cin})
def main():
    replay(sys.argv[1], sys.argv[2])
def forward(session, url):
    enrollees = []
    while url:
        page = session.get(url).json()
        enrollees += page["results"]
        url = page.get("next")
    for e in enrollees:
        requests.post(ICE_URL, json={"medicaid_id": e["cin"]})  # MCD201
def narrowed(county):
    qs = Member.objects.filter(county_code=county)
    qs &= Member.objects.filter(immigration_status__in=["UNL"])
    for m in qs:
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''',
    # SPEC section 4 (object keys are data) and section 6 (names survive what keeps a value
    # recognizable): os.path.split and os.path.splitext of a path built from fields keep their names
    "keys-split-from-paths": '''
import os
s3 = boto3.client("s3")
def key_split(m):
    path = f"/spool/{m.ssn}.json"  # MCD101
    s3.put_object(Bucket=ICE_BUCKET, Key=os.path.split(path)[1], Body=b"{}")
def key_stem(m):
    path = f"/spool/{m.last_name}.json"  # MCD101
    stem, _ = os.path.splitext(os.path.basename(path))
    s3.put_object(Bucket=ICE_BUCKET, Key=stem, Body=b"{}")
''',
    # SPEC section 4 (a resolved non-enforcement host overrides name signals; URLs fold from
    # constants): a parser returned by a builder function and parsed in the same expression, and a
    # parser the module builds at its top level, hold the defaults declared on them: a state default
    # stays clean (dhs_url names no enforcement then), an ICE default is reported
    "parsers-built-elsewhere": '''
import argparse
PARSER = argparse.ArgumentParser()
PARSER.add_argument("--dhs-url", default="https://api.dhs.state.mn.us/v1")
PARSER.add_argument("--partner", default=ICE_URL)
def build_parser():
    p = argparse.ArgumentParser()
    p.add_argument("--dhs-url", default="https://api.dhs.state.mn.us/v1")
    p.add_argument("--url", default=ICE_URL)
    return p
def chained_state(member):
    args = build_parser().parse_args()
    requests.post(args.dhs_url, json={"ssn": member.ssn})
def chained_ice(member):
    args = build_parser().parse_args()
    requests.post(args.url, json={"ssn": member.ssn})  # MCD101
def module_parser_state(member):
    args = PARSER.parse_args()
    requests.post(args.dhs_url, json={"ssn": member.ssn})
def module_parser_ice(member):
    args = PARSER.parse_args()
    requests.post(args.partner, json={"ssn": member.ssn})  # MCD101
''',
    # SPEC section 4 (e-mail goes to enforcement when any recipient is at an enforcement domain;
    # everything a sink call carries is data): a To header built from the member's name and address is
    # carried to every recipient, so a Bcc at ICE receives it; the same notice sent only to the member
    # stays clean
    "to-header-built-from-fields-bcc-to-ice": '''
import smtplib
from email.message import EmailMessage
def termination_notice(member):
    msg = EmailMessage()
    msg["To"] = f"{member.first_name} {member.last_name} <{member.email}>"  # MCD101
    msg["Bcc"] = "ero-liaison@ice.dhs.gov"
    msg["Subject"] = "Your coverage ends"
    msg.set_content("Your Medicaid coverage ends on the date shown.")
    with smtplib.SMTP("smtp.dhs.state.mn.us") as s:
        s.send_message(msg)
def notice_only(member):
    msg = EmailMessage()
    msg["To"] = f"{member.first_name} {member.last_name} <{member.email}>"
    msg["Subject"] = "Your coverage ends"
    msg.set_content("Your Medicaid coverage ends on the date shown.")
    with smtplib.SMTP("smtp.dhs.state.mn.us") as s:
        s.send_message(msg)
''',
    # SPEC section 10 (not bulk: a lookup by id; the people the caller chose): Django's in_bulk(ids)
    # gives the records of the ids given, as filter(pk__in=ids) does; given every id of the table, it
    # is many people's records
    "in-bulk-by-ids": '''
from members.models import Member
def by_in_bulk(ids):
    found = Member.objects.in_bulk(ids)
    requests.post(ICE_URL, json=[{"cin": m.cin} for m in found.values()])
def everyone():
    found = Member.objects.in_bulk(list(Member.objects.values_list("pk", flat=True)))
    requests.post(ICE_URL, json=[{"cin": m.cin} for m in found.values()])  # MCD201
''',
    # The review of the session's changes: parse_args([]) (an empty literal argv) is no crash and
    # keeps the defaults, a store_true flag takes no value; a roster extended with the one person
    # asked for by id is not bulk; a mask written with | or |= works on the dict asdict() made; a
    # comprehension whose element is bound by := is not a constant
    "review-of-the-session": '''
import argparse
from dataclasses import asdict, dataclass
@dataclass
class Referral:
    cin: str
    ssn: str
def no_options(m):
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", default=STATE_URL)
    args = ap.parse_args([])
    requests.post(args.url, json={"ssn": m.ssn})
def flag_then_option(m):
    ap = argparse.ArgumentParser()
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--url", default=STATE_URL)
    args = ap.parse_args(["--dry-run", "--url", ICE_URL])
    requests.post(args.url, json={"ssn": m.ssn})  # MCD101
def one_lookup(client, cin):
    members = []
    members.extend(client.get(f"/members/{cin}").json()["results"])
    requests.post(ICE_URL, json=[{"cin": m["cin"]} for m in members])
def one_lookup_grown(client, cin):
    members = []
    members += client.get(f"/members/{cin}").json()["results"]
    requests.post(ICE_URL, json=[{"cin": m["cin"]} for m in members])
def masked_dataclass_dict(m):
    body = asdict(Referral(cin=m.cin, ssn=m.ssn)) | {"ssn": "REDACTED"}
    requests.post(ICE_URL, json=body)
def masked_dataclass_dict_in_place(m):
    body = asdict(Referral(cin=m.cin, ssn=m.ssn))
    body |= {"ssn": "REDACTED"}
    requests.post(ICE_URL, json=body)
def walrus(members):
    ssn = None
    ssns = [ssn for m in members if (ssn := m.ssn)]  # MCD101
    requests.post(ICE_URL, json={"ssns": ssns})  # MCD201
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
