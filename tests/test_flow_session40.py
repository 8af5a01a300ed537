"""The data flow shapes of the fortieth session: what its SPEC-only probers found (round 261
and after) and the README limits it lifted.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). A case whose first line is an
``# OPTIONS:`` header runs with those options (``annotations.options_of``).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session20 import _source

CASES: dict[str, str] = {
    # SPEC section 6 (control flow: only the ways Python takes): a block switched off by hand (if False:, if 0:,
    # while False:) never runs; a setting that is false today (if DEBUG:) may be switched on, so it is followed
    "blocks-switched-off-by-hand-never-run": '''
import requests
ICE = "https://eid.ice.gov/api/v1/referrals"
DEBUG = False
def send(m):
    body = {"medicaid_id": m.cin}
    if False:
        body["diagnosis"] = m.dx
    if 0:
        body["ssn"] = m.ssn
    while False:
        body["sex"] = m.sex
    if DEBUG:
        body["race"] = m.race  # MCD101
    requests.post(ICE, json=body, timeout=5)
def always(m):
    body = {"medicaid_id": m.cin}
    if True:
        body["gender"] = m.gender  # MCD101
    else:
        body["dx"] = m.dx
    if DEBUG and False:
        body["ssn"] = m.ssn
    requests.post(ICE, json=body, timeout=5)
''',
    # SPEC section 3 (data returned by an enforcement endpoint is its own, not Medicaid data we send): rows a CSV
    # reader or pandas reads out of what enforcement answered stay its answer; a reader over our own extract is ours
    "readers-over-what-enforcement-answered-are-its-answer": '''
import csv
import io
import pandas as pd
import requests
ICE = "https://eid.ice.gov/api/v1/detainers.csv"
def ack_rows():
    resp = requests.get(ICE, timeout=5)
    for row in csv.DictReader(io.StringIO(resp.text)):
        requests.post(ICE + "/ack", json={"alien_number": row["a_number"], "facility": row["facility"], "notes": row["notes"]}, timeout=5)
def ack_frame():
    r = requests.get(ICE, timeout=5)
    df = pd.read_csv(io.StringIO(r.text))
    requests.post(ICE + "/ack", json=df[["detainer_id", "a_number", "facility"]].to_dict("records"), timeout=5)
def ack_buffer():
    r = requests.get(ICE, timeout=5)
    buf = io.StringIO(r.content.decode("utf-8"))
    acks = [{"a_number": row["a_number"], "facility": row["facility"]} for row in csv.DictReader(buf)]
    requests.post(ICE + "/ack", json=acks, timeout=5)
def push_ours(extract_text):
    for row in csv.DictReader(io.StringIO(extract_text)):
        requests.post(ICE, json={"medicaid_id": row["cin"], "diagnosis": row["dx"]}, timeout=5)  # MCD102 MCD201
def lines_of_the_answer():
    r = requests.get(ICE, timeout=5)
    for row in csv.DictReader(r.text.splitlines()):
        requests.post(ICE + "/ack", json={"a_number": row["a_number"]}, timeout=5)
def merged_with_ours(conn):
    theirs = pd.read_csv(io.StringIO(requests.get(ICE, timeout=5).text))
    ours = pd.read_sql("SELECT cin, race_cd FROM members", conn)  # MCD101
    merged = theirs.merge(ours, on="cin")
    requests.post(ICE + "/enriched", json=merged[["a_number", "race_cd"]].to_dict("records"), timeout=5)  # MCD201
def file_at_a_path_it_named():
    resp = requests.get(ICE, timeout=5)
    df = pd.read_csv(resp.json()["export_path"])  # MCD103
    requests.post(ICE + "/ack", json=df.to_dict("records"), timeout=5)  # MCD201
def file_opened_at_a_path_it_named():
    resp = requests.get(ICE, timeout=5)
    with open(resp.json()["path"]) as fh:
        for row in csv.DictReader(fh):  # MCD103
            requests.post(ICE + "/ack", json=row, timeout=5)  # MCD201
''',
    # SPEC section 6 (what flows from arguments to the return value of the project's own functions): a custom
    # manager method returning self.get(...) gives one record of the model that declares the manager, whose methods
    # then run on it
    "custom-manager-getters-return-the-model": '''
import requests
from django.db import models
ICE = "https://eid.ice.gov/api/v2/referrals"
class MemberManager(models.Manager):
    def get_by_cin(self, cin):
        return self.get(medicaid_id=cin)
    def first_in_county(self, county):
        return self.filter(county=county).first()
    def latest_claim(self, cin):
        return self.get(medicaid_id=cin).claims.order_by("-id").first()
    def count_in(self, county):
        return self.filter(county=county).count()
class Member(models.Model):
    medicaid_id = models.CharField(max_length=12)
    ssn = models.CharField(max_length=11)
    objects = MemberManager()
    def partner_summary(self):
        return {"cin": self.medicaid_id, "ssn": self.ssn}  # MCD101
    def permitted(self):
        return {"cin": self.medicaid_id}
def refer(cin):
    member = Member.objects.get_by_cin(cin)
    requests.post(ICE, json=member.partner_summary(), timeout=5)
def refer_first(county):
    requests.post(ICE, json=Member.objects.first_in_county(county).partner_summary(), timeout=5)
def refer_permitted(cin):
    requests.post(ICE, json=Member.objects.get_by_cin(cin).permitted(), timeout=5)
def counted(county):
    requests.post(ICE, json={"count": Member.objects.count_in(county)}, timeout=5)
def a_claim_is_no_member(cin):
    requests.post(ICE, json=Member.objects.latest_claim(cin).partner_summary(), timeout=5)
''',
    # SPEC section 6 (asyncio's fan-in): what a coroutine handed to asyncio.as_completed returns is what awaiting
    # each of its futures gives
    "asyncio-as-completed-results": '''
import asyncio
import httpx
ICE = "https://eid.ice.gov/api/v1/referrals"
STATE = "https://mmis.dhs.state.mn.us/api/v1/members"
async def build(m):
    return {"medicaid_id": m.cin, "sex": m.sex}  # MCD101
async def permitted(m):
    return {"medicaid_id": m.cin}
async def first_done(m, client: httpx.AsyncClient):
    for fut in asyncio.as_completed([build(m)]):
        body = await fut
        await client.post(ICE, json=body)
async def to_the_state(m, client: httpx.AsyncClient):
    for fut in asyncio.as_completed([build(m)]):
        await client.post(STATE, json=await fut)
async def only_permitted(m, client: httpx.AsyncClient):
    for fut in asyncio.as_completed([permitted(m)]):
        await client.post(ICE, json=await fut)
''',
    # SPEC section 10 (a population filter is a test of status, or a call of a function whose name says it
    # decides who is unlawfully present): a field about dental work (has_removable_denture) chooses no one by status
    "removable-dental-work-is-no-population-filter": '''
import requests
ICE = "https://eid.ice.gov/api/v1/referrals"
def denture_sweep(members):
    for m in members:
        if m.has_removable_denture:
            requests.post(ICE, json={"medicaid_id": m.cin}, timeout=5)  # MCD201
def appliance_sweep(members):
    for m in members:
        if is_removable_appliance(m):
            requests.post(ICE, json={"medicaid_id": m.cin}, timeout=5)  # MCD201
def removable_sweep(members):
    for m in members:
        if m.is_removable:
            requests.post(ICE, json={"medicaid_id": m.cin}, timeout=5)
def device_sweep(members):
    for m in members:
        if needs_removable_device(m) or m.ortho_appliance_removable:
            requests.post(ICE, json={"medicaid_id": m.cin}, timeout=5)  # MCD201
def deportable_match(members):
    for m in members:
        if m.is_deportable_partial_match:
            requests.post(ICE, json={"medicaid_id": m.cin}, timeout=5)
def unlawful_sweep(members):
    for m in members:
        if is_unlawfully_present(m):
            requests.post(ICE, json={"medicaid_id": m.cin}, timeout=5)
''',
    # SPEC section 3 (constants are never a finding; for a model not named for enforcement the constructor keyword is
    # the placement): a route named for enforcement answering with a status model built of constants sends no one's
    # data, whatever its response_model declares; an answer of unknown shape is the model's declared fields
    "route-answer-built-of-constants-sends-nothing": '''
from fastapi import APIRouter
from pydantic import BaseModel
router = APIRouter()
class Receipt(BaseModel):
    request_id: str
    accepted: int
class Subject(BaseModel):
    medicaid_id: str
    diagnosis: str  # MCD102
async def push_all() -> int:
    sent = 0
    for _ in range(3):
        sent += 1
    return sent
@router.post("/ice/nightly", response_model=Receipt)
async def run_ice_nightly():
    n = await push_all()
    return Receipt(request_id="nightly", accepted=n)
@router.get("/ice/subjects/{cin}", response_model=Subject)
async def ice_subject(cin: str):
    return await load_subject(cin)
@router.get("/ice/subjects2/{cin}", response_model=Subject)
async def ice_subject_or_placeholder(cin: str):
    r = await load_subject(cin)
    if r is None:
        r = Subject(medicaid_id="none", diagnosis="unknown")
    return r
@router.get("/ice/roster", response_model=list[Subject])
async def ice_roster():
    members = Member.objects.all()
    return members  # MCD201
@router.post("/ice/nightly2", response_model=Receipt)
async def run_ice_nightly_bound():
    receipt = Receipt(request_id="nightly", accepted=1)
    return receipt
''',
    # SPEC section 6 (a variable holding a model instance carries the model's fields): SQLAlchemy 2.0's one-row
    # lookup, session.execute(select(Model)...).scalar_one_or_none() (also awaited, through a statement bound first),
    # is one record of the project's model, whose methods run on it
    "sqlalchemy-executed-select-scalar-one-is-the-model": '''
import requests
from sqlalchemy import String, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
ICE = "https://eid.ice.gov/api/v2/subjects"
class Base(DeclarativeBase):
    pass
class Recipient(Base):
    __tablename__ = "recipient"
    cin: Mapped[str] = mapped_column(String(10), primary_key=True)
    last_name: Mapped[str] = mapped_column(String(60))
    pregnancy_ind: Mapped[str | None] = mapped_column(String(1))
    def permitted(self):
        return {"cin": self.cin}
    def summary(self):
        return {"cin": self.cin, "preg": self.pregnancy_ind}  # MCD102
def relay(session: Session, cin: str):
    row = session.execute(select(Recipient).where(Recipient.cin == cin)).scalar_one_or_none()
    requests.post(ICE, json=row.permitted())
async def relay_async(session: AsyncSession, cin: str):
    stmt = select(Recipient).where(Recipient.cin == cin)
    row = (await session.execute(stmt)).scalar_one()
    requests.post(ICE, json=row.summary())
def relay_count(session: Session):
    n = session.execute(select(Recipient.cin)).scalar()
    requests.post(ICE, json={"n": n})
''',
    # SPEC section 3 (a clinical FHIR resource is one finding, at resourceType or the constructor): a clinical
    # resource read from a FHIR server with fhirclient is one MCD102 at the read; a Patient read is a record
    "fhirclient-clinical-read-is-one-finding": '''
import requests
from fhirclient import client
from fhirclient.models.condition import Condition
from fhirclient.models.patient import Patient
ICE = "https://eid.ice.gov/api/v2/inquiries"
STATE = "https://fhir.dhcs.ca.gov/r4/Bundle"
smart = client.FHIRClient(settings={"app_id": "x", "api_base": "https://fhir.dhcs.ca.gov/r4"})
def condition_to_ice(cond_id):
    requests.post(ICE, json=Condition.read(cond_id, smart.server).as_json(), timeout=5)  # MCD102
def condition_to_state(cond_id):
    requests.post(STATE, json=Condition.read(cond_id, smart.server).as_json(), timeout=5)
def birth_date_to_ice(pid):
    p = Patient.read(pid, smart.server)
    requests.post(ICE, json={"birthDate": p.birthDate}, timeout=5)
''',
    # SPEC section 6 (task queues run the project's function with the arguments given now): a task sent by the
    # name its decorator registers runs it; a name no task of the project has is run elsewhere
    "celery-task-sent-by-its-registered-name": '''
import requests
from celery import Celery
app = Celery("t")
ICE = "https://eid.ice.gov/api/v1/referrals"
@app.task(name="transfers.post_to_ice")
def post_to_ice(payload):
    requests.post(ICE, json=payload, timeout=30)
def by_name(m):
    app.send_task("transfers.post_to_ice", kwargs={"payload": {"medicaid_id": m.cin, "sex": m.sex}})  # MCD101
def by_position(m):
    app.send_task("transfers.post_to_ice", [{"medicaid_id": m.cin, "race": m.race}])  # MCD101
def permitted(m):
    app.send_task("transfers.post_to_ice", args=[{"medicaid_id": m.cin}])
def unknown_task(m):
    app.send_task("other.service.refer", args=[{"medicaid_id": m.cin, "race": m.race}])
''',
    # SPEC section 6 (task queues run the project's function with the arguments given now): Airflow's dynamic task
    # mapping over keyword sets (expand_kwargs) runs the task once per dict, its entries the task's keywords
    "airflow-expand-kwargs-runs-the-task-with-each-dict": '''
import json
from airflow.decorators import task
from airflow.providers.http.hooks.http import HttpHook
@task
def post_kw(ref, cin):
    HttpHook(method="POST", http_conn_id="ice_eid_api").run("/api/v1/referrals", data=json.dumps({"medicaid_id": cin, "ref": ref}))  # MCD101
@task
def post_state(ref, cin):
    HttpHook(method="POST", http_conn_id="mn_dhs_mmis").run("/api/v1/members", data=json.dumps({"medicaid_id": cin, "ref": ref}))
def caller_kwargs(m):
    post_kw.expand_kwargs([{"ref": m.ssn, "cin": m.cin}])
def permitted(m):
    post_kw.expand_kwargs([{"ref": m.dob, "cin": m.cin}])
def to_the_state(m):
    post_state.expand_kwargs([{"ref": m.ssn, "cin": m.cin}])
''',
    # SPEC section 6 (what a call runs): a tenacity Retrying object kept at module level runs the function it is
    # given with the arguments after it, as one made in the function does
    "module-level-retrying-object-runs-the-function": '''
import requests
from tenacity import Retrying, stop_after_attempt
ERO_RELAY_URL = "https://gw.vendor.example.com/ero/relay"
_retryer = Retrying(stop=stop_after_attempt(3))
def _post(url, body):
    return requests.post(url, json=body, timeout=30)
def module_retryer(m):
    _retryer(_post, ERO_RELAY_URL, {"medicaid_id": m.cin, "race": m.race})  # MCD101
def permitted(m):
    _retryer(_post, ERO_RELAY_URL, {"medicaid_id": m.cin})
''',
    # SPEC section 6 (comparisons drop names, but a result put under a key is named by that key): a comparison
    # bound once to a name and put under a key later is named by the key, as the comparison written there is
    "comparison-bound-once-named-by-its-key": '''
import requests
ICE = "https://eid.ice.gov/api/v1/referrals"
def inline(m, limit):
    requests.post(ICE, json={"medicaid_id": m.cin, "income_ok": m.attested_income <= limit})  # MCD101
def bound(m, limit):
    ok = m.attested_income <= limit
    requests.post(ICE, json={"medicaid_id": m.cin, "income_ok": ok})  # MCD101
def constant(m):
    ok = True
    requests.post(ICE, json={"medicaid_id": m.cin, "income_ok": ok})
def unknown_key(m, limit):
    ok = m.attested_income <= limit
    requests.post(ICE, json={"medicaid_id": m.cin, "present": ok})
def rebound_in_a_loop(members, limit):
    for m in members:
        ok = m.attested_income <= limit
    for ok in (True, False):
        pass
    requests.post(ICE, json={"income_ok": ok})
def rebound_annotated(m, limit):
    ok = m.attested_income <= limit
    ok: bool = True
    requests.post(ICE, json={"medicaid_id": m.cin, "income_ok": ok})
''',
    # SPEC section 10 (records from a bulk source, handed on): f(**d) with d one of many people's records hands
    # each keyword on with those records
    "keywords-spread-from-many-records-keep-the-source": '''
import requests
ICE = "https://eid.ice.gov/api/v1/referrals"
def post(body, batch_id=None):
    requests.post(ICE, json=body, timeout=30)
def from_comprehension(cur):
    rows = cur.execute("SELECT cin FROM members").fetchall()
    for d in [{"body": {"medicaid_id": r[0]}, "batch_id": "x"} for r in rows]:
        post(**d)  # MCD201
def chosen(cur):
    rows = cur.execute("SELECT cin FROM members WHERE imgrtn_stus_cd = 'EWI'").fetchall()
    for d in [{"body": {"medicaid_id": r[0]}} for r in rows]:
        post(**d)
''',
    # SPEC section 5 (a harmless name makes the value harmless unless one of its names is prohibited): a request id
    # joined of a permitted field and an unknown one is harmless; one with a prohibited part is not
    "harmless-key-over-a-joined-text": '''
import requests
ICE = "https://eid.ice.gov/api/v1/referrals"
def ids(m):
    requests.post(ICE, json={"medicaid_id": m.cin, "request_id": f"{m.region}-{m.cin}"})
def ids_added(m):
    requests.post(ICE, json={"medicaid_id": m.cin, "request_id": m.region + m.cin})
def with_an_ssn(m):
    requests.post(ICE, json={"medicaid_id": m.cin, "request_id": f"{m.region}-{m.ssn}"})  # MCD101
def harmless_part_under_another_key(m):
    requests.post(ICE, json={"medicaid_id": m.cin, "summary": f"{m.request_id}|{m.cin}|{m.risk_score}"})  # MCD104
''',
    # SPEC sections 3 and 4 (payload models named for enforcement are reported at their declarations): strawberry
    # types and graphene object types are models
    "graphql-types-named-for-enforcement": '''
import graphene
import strawberry
@strawberry.type
class IceSubjectDetail:
    medicaid_id: str
    ssn: str  # MCD101
    primary_diagnosis: str  # MCD102
class IceSubjectType(graphene.ObjectType):
    medicaid_id = graphene.String()
    race = graphene.String()  # MCD101
@strawberry.type
class CaseworkerView:
    ssn: str
class StateSubjectType(graphene.ObjectType):
    race = graphene.String()
''',
    # SPEC section 10 (records sent to enforcement need a condition on status): a view or viewset named for
    # enforcement answers with what it returns; records read in its body and returned unchosen are MCD201 there
    "viewset-answers-of-many-records": '''
from rest_framework import viewsets
from rest_framework.response import Response
from eligibility.models import Member
class IceRosterViewSet(viewsets.ViewSet):
    def list(self, request):
        qs = Member.objects.filter(county_cd="037")
        return Response([{"medicaid_id": m.cin} for m in qs])  # MCD201
    def retrieve(self, request, pk=None):
        m = Member.objects.get(pk=pk)
        return Response({"medicaid_id": m.cin})
class IceScopedViewSet(viewsets.ViewSet):
    def list(self, request):
        qs = Member.objects.filter(immigration_status__in=["EWI"])
        return Response([{"medicaid_id": m.cin} for m in qs])
class IceHelperViewSet(viewsets.ViewSet):
    def list(self, request):
        members = load_all_members()
        return Response([{"medicaid_id": m.cin} for m in members])  # MCD201
class IceRequestHelperViewSet(viewsets.ViewSet):
    def create(self, request):
        payload = request.data
        records = payload["records"]
        return Response([{"medicaid_id": r["medicaid_id"]} for r in records])
def county_members(county):
    return Member.objects.filter(county_cd=county)
def body_of(request):
    return request.data["records"]
class IceCountyViewSet(viewsets.ViewSet):
    def retrieve(self, request, pk=None):
        members = county_members(pk)
        return Response([{"medicaid_id": m.cin} for m in members])  # MCD201
class IceEchoViewSet(viewsets.ViewSet):
    def create(self, request):
        records = body_of(request)
        return Response([{"request_id": r["request_id"]} for r in records])
class IceAckViewSet(viewsets.ViewSet):
    def create(self, request):
        records = request.data["records"]
        return Response([{"request_id": r["request_id"], "status": "RECEIVED"} for r in records])
''',
    # SPEC sections 4 and 6 (a destination folded from constants; every statement that runs): analyst scripts at
    # module level pick the destination from a table by a key the command line gives; an argparse option with
    # choices may be any of them, whatever its default
    "module-level-table-chosen-at-run-time": '''
import argparse
import csv
import sys
import requests
DESTS = {"ice": "https://eid.ice.gov/api/v1/subjects", "state": "https://elig.hhs.texas.gov/api/members"}
STATE_ONLY = {"state": "https://elig.hhs.texas.gov/api/members", "county": "https://dhs.cookcountyil.gov/api"}
rec = {"gndr_cd": sys.argv[2]}
requests.post(DESTS[sys.argv[1]], json={"gender": rec["gndr_cd"]})  # MCD101
requests.post(STATE_ONLY[sys.argv[1]], json={"gender": rec["gndr_cd"]})
if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--dest", choices=sorted(DESTS), default="state")
    ap.add_argument("--to", choices=["state", "county"], default="state")
    ap.add_argument("--ssn-mode", choices=["masked", "none"], default="none")
    args = ap.parse_args()
    for row in csv.DictReader(open("x.csv")):
        if row["imgrtn_stus_cd"] == "5":
            requests.post(DESTS[args.dest], json={"gender": row["gndr_cd"]})  # MCD101
            requests.post(STATE_ONLY[args.to], json={"gender": row["gndr_cd"]})
            requests.post(DESTS["ice"], json={"medicaid_id": row["cin"], "ssn_mode": args.ssn_mode})
DESTS.pop("ice")
requests.post(DESTS[sys.argv[1]], json={"gender": rec["gndr_cd"]})
''',
    # SPEC section 3 (one finding per placement): a property read (case.full_name) is one placement, whether the
    # analysis knows the object's class (the property's own fields) or not (the name read) in the runs that reach it
    "property-read-is-one-placement": '''
import dataclasses
import requests
ICE = "https://eid.ice.gov/api/v1/subjects"
@dataclasses.dataclass
class Case:
    cin: str
    first_name: str
    last_name: str
    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"
def send(case: Case) -> None:
    body = {"medicaid_id": case.cin, "subject_name": case.full_name}  # MCD101
    requests.post(ICE, json=body)
def backfill(repo) -> None:
    cases = repo.open_cases()
    for c in cases:
        send(c)  # MCD201
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
