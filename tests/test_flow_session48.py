"""The data flow shapes of the forty-eighth session: what its SPEC-only probers found (round 317 and
after) and README limits lifted.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). A case whose first line is an
``# OPTIONS:`` header runs with those options (``annotations.options_of``).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session20 import _source

CASES: dict[str, str] = {
    # SPEC section 4 (a web handler serving an enforcement caller sends what it returns): a header set on the
    # response after it was made (a README limit of session 47) is sent with it; the state's own portal is not
    "response-headers-set-after-the-response-is-made": '''
import uuid

from flask import Blueprint, jsonify, make_response

ice_bp = Blueprint("ice", __name__)
portal_bp = Blueprint("portal", __name__)


@ice_bp.route("/subjects/<cin>")
def subject(cin):
    m = load(cin)
    resp = make_response(jsonify({"medicaid_id": m.cin, "dob": m.dob}))
    resp.headers["X-Member-SSN"] = m.ssn  # MCD101
    resp.headers["Cache-Control"] = "no-store"
    return resp


@ice_bp.route("/subjects/<cin>/case")
def case(cin):
    m = load(cin)
    resp = jsonify({"medicaid_id": m.cin})
    resp.status_code = 200
    resp.headers["X-Diagnosis"] = m.diagnosis_code  # MCD102
    return resp


@ice_bp.route("/subjects/<cin>/lawful")
def lawful(cin):
    m = load(cin)
    resp = make_response(jsonify({"medicaid_id": m.cin, "dob": m.dob}))
    resp.headers["Cache-Control"] = "no-store"
    resp.headers["X-Request-Id"] = str(uuid.uuid4())
    resp.headers["X-Medicaid-Id"] = m.cin
    return resp


@ice_bp.route("/subjects/<cin>/lang")
def added(cin):
    m = load(cin)
    out = jsonify(medicaid_id=m.cin)
    out.headers.add("X-Member-Lang", m.primary_language)  # MCD101
    out.headers.set("X-Medicaid-Id", m.cin)
    return out


@portal_bp.route("/me/<cin>")
def portal(cin):
    m = load(cin)
    resp = make_response(jsonify({"medicaid_id": m.cin}))
    resp.headers["X-Member-SSN"] = m.ssn
    return resp


def load(cin):
    return None
''',
    # SPEC section 4: the response FastAPI injects into a handler (response: Response) goes out with its answer, with the
    # headers set on it (round 320: silent)
    "headers-on-an-injected-response": '''
from fastapi import APIRouter, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from app.db import get_member

ice_router = APIRouter(prefix="/ice/v1")
portal_router = APIRouter(prefix="/portal")


@ice_router.get("/subjects/{cin}")
def subject(cin: str, response: Response):
    m = get_member(cin)
    response.headers["X-Subject-Income"] = str(m.monthly_income)  # MCD101
    response.headers["Cache-Control"] = "no-store"
    return {"medicaid_id": m.cin}


@ice_router.get("/subjects/{cin}/direct")
def direct(cin: str, response: Response):
    # (FastAPI sends a Response the handler returns as it is: the injected one's headers are dropped)
    m = get_member(cin)
    response.headers["X-Subject-Income"] = str(m.monthly_income)
    return JSONResponse({"medicaid_id": m.cin})


class LookupResponse(BaseModel):
    found: bool


@ice_router.get("/subjects/{cin}/answer")
def answer(cin: str, response: Response):
    # (a model of the project named ...Response is serialized into FastAPI's own response, with the injected headers)
    m = get_member(cin)
    response.headers["X-Member-SSN"] = m.ssn  # MCD101
    return LookupResponse(found=True)


@ice_router.get("/subjects/{cin}/same")
def same(cin: str, response: Response):
    m = get_member(cin)
    response.status_code = 200
    response.headers["X-Subject-Income"] = str(m.monthly_income)  # MCD101
    return response


@portal_router.get("/me/{cin}")
def me(cin: str, response: Response):
    m = get_member(cin)
    response.headers["X-Subject-Income"] = str(m.monthly_income)
    return {"medicaid_id": m.cin}
''',
    # SPEC section 10 (a lookup of one person the caller chose is no population): a project class injected through
    # Depends(...) with a provider that says nothing is the class its annotation names (round 320: its find() read as
    # a bulk query, MCD201)
    "an-injected-matcher-of-the-project": '''
from fastapi import APIRouter, Depends

ice_router = APIRouter(prefix="/ice")


class MemberMatcher:
    def find(self, a_number: str, dob: str) -> dict:
        return {"cin": "X", "birth_dt": dob}


def get_matcher() -> MemberMatcher:
    raise NotImplementedError


@ice_router.get("/lookup")
async def lookup(a_number: str, dob: str, matcher: MemberMatcher = Depends(get_matcher)) -> dict:
    row = matcher.find(a_number, dob)
    return {"medicaid_id": row["cin"], "date_of_birth": row["birth_dt"]}
''',
    # SPEC section 4 (what a send carries besides its body is data): cookies set on a response or a session, headers
    # given to a response's constructor, headers.update on a response (round 322: silent); the state's portal is not
    "cookies-and-constructor-headers": '''
import csv
import io

import requests
from django.http import HttpResponse
from fastapi import APIRouter, Response
from fastapi.responses import JSONResponse
from flask import Blueprint, jsonify

from app.models import Member

ICE_URL = "https://eid.ice.gov/api/v1/subjects"
ice_bp = Blueprint("ice", __name__)
portal_bp = Blueprint("portal", __name__)
ice_router = APIRouter(prefix="/ice")


@ice_bp.route("/subjects/<cin>")
def subject(cin):
    m = Member.query.get(cin)
    resp = jsonify(medicaid_id=m.cin)
    resp.set_cookie("member_ssn", m.ssn)  # MCD101
    resp.headers.update({"X-Member-Race": m.race, "Cache-Control": "no-store"})  # MCD101
    return resp


@ice_router.get("/subjects/{cin}")
def fastapi_subject(cin: str, response: Response):
    m = Member.objects.get(cin=cin)
    response.set_cookie(key="member_dx", value=m.primary_dx)  # MCD102
    return {"medicaid_id": m.cin}


@ice_router.get("/subjects/{cin}/direct")
def direct(cin: str):
    m = Member.objects.get(cin=cin)
    return JSONResponse(content={"medicaid_id": m.cin}, status_code=200,
                        headers={"X-Member-Dx": m.primary_dx})  # MCD102


def ice_django_answer(request, cin):
    m = Member.objects.get(cin=cin)
    return HttpResponse("ok", status=200, headers={"X-Member-Name": m.full_name})  # MCD101


def ice_django_csv(request, cin):
    # (a file object given with other arguments stands for what was written to it)
    m = Member.objects.get(cin=cin)
    buf = io.StringIO()
    csv.writer(buf).writerow([m.cin, m.ssn])  # MCD101
    return HttpResponse(buf, content_type="text/csv")


def session_cookie(m):
    s = requests.Session()
    s.cookies.set("member_ssn", m.ssn)  # MCD101
    s.post(ICE_URL, json={"medicaid_id": m.cin})


@portal_bp.route("/me/<cin>")
def portal(cin):
    m = Member.query.get(cin)
    resp = jsonify(medicaid_id=m.cin)
    resp.set_cookie("member_ssn", m.ssn)
    return resp
''',
    # SPEC section 6 (an explicit selection of permitted keys sanitizes): attrs' include(*NAMES) of a constant tuple
    # or a literal (round 322: the SSN of the record was reported)
    "attrs-filters-of-unpacked-names": '''
import attrs
import requests

ICE_URL = "https://eid.ice.gov/api/v1/subjects"
BASIC = ("cin", "dob")


@attrs.define
class Snap:
    cin: str
    dob: str
    ssn: str


def send(m):
    snap = Snap(m.cin, m.dob, m.ssn)
    body = attrs.asdict(snap, filter=attrs.filters.include(*BASIC))
    requests.post(ICE_URL, json=body, timeout=10)


def send_excluded(m):
    snap = Snap(cin=m.cin, dob=m.dob, ssn=m.ssn)
    requests.post(ICE_URL, json=attrs.asdict(snap, filter=attrs.filters.exclude(*["ssn"])), timeout=10)


def send_unfiltered(m):
    snap = Snap(cin=m.cin, dob=m.dob, ssn=m.ssn)  # MCD101
    requests.post(ICE_URL, json=attrs.asdict(snap), timeout=10)
''',
    # SPEC section 3 (a model named for enforcement carries its declared fields) and section 6: a model that keeps the
    # keys it does not declare (extra="allow") dumps them too, placed where they were (round 321: silent); an event's
    # emission time is transfer metadata (round 321: MCD104 at its declaration)
    "an-enforcement-model-that-keeps-extra-keys": '''
from typing import Literal

import requests
from pydantic import BaseModel, ConfigDict

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


class IceReferral(BaseModel):
    model_config = ConfigDict(extra="allow")
    member_id: str
    dob: str


class IceStrictReferral(BaseModel):
    member_id: str
    dob: str
    emitted_at: str = ""
    consent: Literal["allow", "deny"] = "deny"  # MCD102


def refer(m):
    full = {
        "member_id": m.member_id,
        "dob": m.dob,
        "ssn": m.ssn,  # MCD101
        "primary_dx": m.primary_dx,  # MCD102
    }
    ref = IceReferral(**full)
    requests.post(ICE_URL, json=ref.model_dump(), timeout=30)


def refer_keyword(m):
    ref = IceReferral(member_id=m.member_id, dob=m.dob, race=m.race)  # MCD101
    requests.post(ICE_URL, json=ref.model_dump(), timeout=30)


def refer_strict(m):
    full = {"member_id": m.member_id, "dob": m.dob, "ssn": m.ssn}
    ref = IceStrictReferral(**full)
    requests.post(ICE_URL, json=ref.model_dump(), timeout=30)
''',
    # SPEC section 10 (a variable named for many people holds their records): the value of each pair of an unseen
    # mapping's items() so named (round 321: silent, records = get_batch() was reported)
    "records-unpacked-from-items": '''
from datetime import datetime, timezone

import requests

ICE_URL = "https://eid.ice.gov/api/v1/subjects"
U = ("EWI", "OVERSTAY")


def relay(batches):
    for county, records in batches.items():
        for rec in records:
            requests.post(ICE_URL, json={"medicaid_id": rec["cin"]})  # MCD201


def relay_scoped(batches):
    for county, records in batches.items():
        for rec in records:
            if rec["imgrtn_stus_cd"] in U:
                requests.post(ICE_URL, json={"medicaid_id": rec["cin"], "emitted_at": datetime.now(timezone.utc).isoformat()})


def one_persons(m):
    by_kind = {"phones": m.phone_numbers}
    for kind, records in by_kind.items():
        requests.post(ICE_URL, json={"medicaid_id": m.cin, "kind": kind})
''',
    # SPEC section 10 (a function is a condition when its result depends on a status field): a docstring that
    # mentions immigration status decides nothing (round 318: it cleared a county's whole roster)
    "a-predicates-docstring-is-no-status-test": '''
import requests

from members.models import Member

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def _active(member):
    """Enrollment status only: not an immigration status check."""
    return member.enrollment_status == "A"


def _in_scope(member):
    """True for the people the order covers."""
    return member.immigration_status in ("EWI", "OVERSTAY")


def push_active():
    for m in Member.objects.filter(county_code="037"):
        if _active(m):
            requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201


def push_in_scope():
    for m in Member.objects.filter(county_code="037"):
        if _in_scope(m):
            requests.post(ICE_URL, json={"medicaid_id": m.cin})
''',
    # SPEC section 10 (one finding per send, at the call in the function that read the records): a helper that
    # writes what it is given into a new temporary file and uploads it is not a second finding of its own (round 318)
    "a-helpers-temporary-file-is-new-at-each-open": '''
import tempfile

import boto3
import pandas as pd

HANDOFF_BUCKET = "ice-eid-handoff-prod"


def _upload(frames, key):
    s3 = boto3.client("s3")
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as tmp:
        frames.to_csv(tmp, index=False)
        path = tmp.name
    s3.upload_file(path, HANDOFF_BUCKET, key)


def export_everyone(engine):
    frames = pd.read_sql("SELECT msis_ident_num, birth_dt FROM members", engine, chunksize=5000)
    _upload(frames, "referrals/all.csv")  # MCD201


def export_one(engine, cin):
    frame = pd.read_sql("SELECT msis_ident_num, race_cd FROM members WHERE msis_ident_num = %(c)s", engine, params={"c": cin})  # MCD101
    _upload(frame, f"referrals/{cin}.csv")
''',
    # SPEC section 4 (urllib.request's Request headers, requests' Request, are data): a header added to a request
    # object after it is made is sent to its URL (round 319: add_header was silent); the state's request is not
    "headers-added-to-a-request-object": '''
import urllib.request

import httpx
import requests

ICE_URL = "https://eid.ice.gov/api/v1/ping"
STATE_URL = "https://mmis.dhcs.ca.gov/api/v1/ping"


def ping(m):
    req = urllib.request.Request(ICE_URL, method="GET")
    req.add_header("X-Member-Lang", m.preferred_language)  # MCD101
    req.add_header("X-Medicaid-Id", m.cin)
    return urllib.request.urlopen(req).read()


def ping_keyed(m):
    req = urllib.request.Request(ICE_URL, method="GET")
    req.headers["X-Member-Lang"] = m.preferred_language  # MCD101
    return urllib.request.urlopen(req).read()


def httpx_request(client: httpx.Client, m):
    request = httpx.Request("POST", ICE_URL, json={"medicaid_id": m.cin})
    request.headers["X-Subject-Dx"] = m.dx_cd  # MCD102
    return client.send(request)


def httpx_built(m):
    with httpx.Client(base_url="https://ero-exchange.dhs.gov/v3") as client:
        request = client.build_request("POST", "/subjects", json={"cin": m.cin})
        request.headers["X-Subject-Lang"] = m.prmry_lang_cd  # MCD101
        return client.send(request)


def prepared(m):
    req = requests.Request("POST", ICE_URL, json={"medicaid_id": m.cin})
    req.headers["X-SSN"] = m.ssn  # MCD101
    with requests.Session() as s:
        s.send(req.prepare())


def to_state(m):
    req = urllib.request.Request(STATE_URL, method="GET")
    req.add_header("X-Member-SSN", m.ssn)
    return urllib.request.urlopen(req).read()


class Envelope:
    def __init__(self, url):
        self.url = url
        self.headers = {}


class Referrer:
    def __init__(self):
        self.headers = {"Accept": "application/json"}

    def refer(self, m):
        self.headers["X-Member-Ssn"] = m.ssn  # MCD101
        requests.post(ICE_URL, json={"medicaid_id": m.cin}, headers=self.headers)


def enveloped(m):
    env = Envelope(ICE_URL)
    env.headers["X-Member-Ssn"] = m.ssn  # MCD101
    requests.post(env.url, json={"medicaid_id": m.cin}, headers=env.headers)
''',
    # SPEC section 4 (the pragma says so): the enforcement pragma on a class line makes its methods sinks, as on each
    # method's def (a README limit of round 25; round 319: silent); an unmarked class stays unknown
    "enforcement-pragma-on-a-class": '''
import requests

GATEWAY = "https://mft.vendor-gw.example/drop"


class FederalRelay:  # medicaid-scope: enforcement
    def send(self, body):
        requests.post(GATEWAY, json=body)

    def __repr__(self):
        return "FederalRelay()"

    def _mask(self, value):
        return "***" + value[-4:]


class VendorRelay:
    def send(self, body):
        requests.post(GATEWAY, json=body)


def via_marked(member):
    FederalRelay().send({"cin": member.cin, "primary_dx": member.primary_dx})  # MCD102


def masked_locally(member):
    relay = FederalRelay()
    return relay._mask(member.ssn)


def via_unmarked(member):
    VendorRelay().send({"cin": member.cin, "primary_dx": member.primary_dx})
''',
    # SPEC section 6 (conversions keep their input's names): a pyarrow table made from rows or columns holds their
    # fields, and a Parquet file written from it is the file (round 319: all silent)
    "pyarrow-tables-and-parquet-files": '''
import io

import pyarrow as pa
import pyarrow.parquet as pq
import requests

DHS_URL = "https://intake.dhs.gov/parquet"
STATE_URL = "https://mmis.dhcs.ca.gov/parquet"


def push(members):
    tbl = pa.Table.from_pylist([{"cin": m.cin, "ssn": m.ssn} for m in members])  # MCD101
    buf = io.BytesIO()
    pq.write_table(tbl, buf)
    requests.post(DHS_URL, data=buf.getvalue())  # MCD201


def push_one(m):
    tbl = pa.table({"cin": [m.cin], "dx": [m.dx_code]})  # MCD102
    pq.write_table(tbl, "ice_subject.parquet")


def to_state(members):
    tbl = pa.Table.from_pylist([{"cin": m.cin, "ssn": m.ssn} for m in members])
    buf = io.BytesIO()
    pq.write_table(tbl, buf)
    requests.post(STATE_URL, data=buf.getvalue())
''',
    # SPEC section 6 (a serializer of a whole object is a whole record, as vars() or asdict()): pickle.dumps of a
    # record and msgspec.to_builtins of one are MCD103 (round 319: silent); a pickled dict is what it holds
    "pickled-and-converted-records": '''
import pickle

import msgspec
import requests
from fastapi.encoders import jsonable_encoder

ICE = "https://eid.ice.gov/api/referrals"


def pickled(member):
    requests.post(ICE, data=pickle.dumps(member))  # MCD103


def converted(member):
    requests.post(ICE, json=msgspec.to_builtins(member))  # MCD103


def pickled_dict(m):
    requests.post(ICE, data=pickle.dumps({"cin": m.cin, "dob": m.dob}))


def encoded_fields(m):
    dob = m.dob
    requests.post(ICE, json={"dob": jsonable_encoder(dob), "medicaid_id": jsonable_encoder(m.cin)})


def pickled_values(m, batch_count, body):
    requests.post(ICE, data=pickle.dumps(m.cin))
    requests.post(ICE, data=pickle.dumps(batch_count))
    requests.post(ICE, data=pickle.dumps(body))
    requests.post(ICE, data=pickle.dumps(m.ssn))  # MCD101
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
