"""Data flow: propagation, sanitizers, flow sensitivity, same-module calls, destinations.

Each case is a small module with its expected findings annotated inline.
"""

from __future__ import annotations

import pytest
from annotations import actual, expected

HEAD = '''import json, base64, gzip, copy, dataclasses, os
import requests, httpx
from urllib.parse import urljoin, urlencode
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
'''

CASES = {
    "imports-and-aliases": '''
from requests import post as p
import httpx as hx
import urllib.request as ur
from aiohttp import ClientSession as CS
async def f(m):
    p(ICE_URL, json={"ssn": m.ssn})  # MCD101
    async with hx.AsyncClient(base_url="https://eid.ice.gov") as c:
        await c.put("/x", json={"race": m.race})  # MCD101
    ur.urlopen(ur.Request(ICE_URL, data=json.dumps({"npi": m.npi}).encode()))  # MCD102
    async with CS() as s:
        await s.patch(ICE_URL, data={"email": m.email})  # MCD101
''',
    # a parameter named like the library is not the library (requests.api_post is no sink); an HTTP
    # verb called on it with a URL is a request all the same (a session handed in)
    "shadowed-name-is-not-the-library": '''
def f(m, requests):
    requests.api_post(ICE_URL, json={"ssn": m.ssn})
def g(m, requests):
    requests.post(ICE_URL, json={"ssn": m.ssn})  # MCD101
''',
    "destination-signals-settings-env-functions-classes-clients": '''
from django.conf import settings
from requests import Session
import posixpath
def get_ice_url():
    return settings.REFERRAL_URL
class IceConfig:
    URL = "https://vendor.example/api"
def f(m):
    requests.post(settings.CONFIG["ICE_URL"], json={"ssn": m.ssn})  # MCD101
    requests.post(os.environ["ICE_URL"], json={"ssn": m.ssn})  # MCD101
    requests.post(get_ice_url(), json={"ssn": m.ssn})  # MCD101
    requests.post(IceConfig.URL, json={"ssn": m.ssn})  # MCD101
    ice_session = Session()
    ice_session.post("/x", json={"ssn": m.ssn})  # MCD101
    requests.post("https://{}/api/{}".format("eid.ice.gov", "v1"), json={"ssn": m.ssn})  # MCD101
    requests.post("https://%s/api" % "eid.ice.gov", json={"ssn": m.ssn})  # MCD101
    requests.post(posixpath.join("https://eid.ice.gov", "api"), json={"ssn": m.ssn})  # MCD101
    requests.post(os.getenv("DHS_URL"), json={"ssn": m.ssn})  # MCD101
''',
    "local-variable-named-for-enforcement": '''
from .urls import build_url
def f(m):
    dhs_endpoint = build_url("referrals")
    requests.post(dhs_endpoint, json={"ssn": m.ssn})  # MCD101
''',
    "no-destination-signal-is-clean": '''
from django.conf import settings
def f(m):
    requests.post(settings.CONFIG["REFERRAL_URL"], json={"ssn": m.ssn})
    requests.post(os.environ["PARTNER_URL"], json={"ssn": m.ssn})
    requests.post("https://{}/api".format("partner.example.org"), json={"ssn": m.ssn})
''',
    "attrs-model-named-for-enforcement": '''
import attr
@attr.s
class DhsSubject:
    medicaid_id = attr.ib()
    ssn = attr.ib()  # MCD101
''',
    "self-attribute-from-init-constant": '''
class Referrer:
    def __init__(self):
        self.endpoint = ICE_URL
        self.session = requests.Session()
    def send(self, m):
        self.session.post(self.endpoint, json={"race": m.race})  # MCD101
''',
    "sink-response-attributes-are-not-data-its-json-fields-are": '''
def build_ice_status(m):
    resp = requests.get("https://status.example.org")
    return {
        "status_code": resp.status_code,
        "body": resp.text,
        "score": resp.json()["score"],  # MCD104
        "person": resp.json().get("ssn"),  # MCD101
    }
''',
    "last-assignment-wins": '''
def refer(m):
    body = {"ssn": m.ssn}
    body = {"medicaid_id": m.cin}
    requests.post(ICE_URL, json=body)
''',
    "branches-join": '''
def refer(m, full):
    if full:
        body = {"race": m.race}  # MCD101
    else:
        body = {"medicaid_id": m.cin}
    requests.post(ICE_URL, json=body)
''',
    "allow-list-comprehension": '''
ALLOWED = {"medicaid_id", "date_of_birth", "home_address", "phone"}
def refer(record):
    body = {k: v for k, v in record.items() if k in ALLOWED}
    requests.post(ICE_URL, json=body)
''',
    "allow-list-with-a-prohibited-name": '''
FIELDS = ["medicaid_id", "ssn"]
def refer(record):
    body = {k: record[k] for k in FIELDS}  # MCD101
    requests.post(ICE_URL, json=body)
''',
    "exclude-list-comprehension-keeps-the-rest": '''
def refer(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "dx": m.dx}  # MCD102
    body = {k: v for k, v in rec.items() if k not in ("ssn",)}
    requests.post(ICE_URL, json=body)
''',
    "pop-and-del": '''
def refer(m):
    body = {"medicaid_id": m.cin, "ssn": m.ssn, "race": m.race, "sex": m.sex}  # MCD101
    body.pop("ssn")
    del body["race"]
    requests.post(ICE_URL, json=body)
''',
    "replaced-by-constant": '''
def refer(m):
    body = {"medicaid_id": m.cin, "ssn": m.ssn}
    body["ssn"] = "REDACTED"
    requests.post(ICE_URL, json=body)
''',
    "subscript-update-setdefault": '''
def refer(m):
    body = {}
    body["medicaid_id"] = m.cin
    body["full_name"] = m.name  # MCD101
    body.update({"language": m.lang})  # MCD101
    body.setdefault("npi", m.npi)  # MCD102
    body.update(email=m.email)  # MCD101
    requests.post(ICE_URL, json=body)
''',
    "merge-and-nesting": '''
def refer(m):
    base = {"medicaid_id": m.cin}
    extra = {"address": {"line": m.street, "city": m.city}, "provider": {"phone": m.pcp_phone}}  # MCD102
    requests.post(ICE_URL, json={**base, **extra})
''',
    "serializers-keep-names": '''
def refer(m):
    body = {"medicaid_id": m.cin, "income": m.income}  # MCD101
    data = base64.b64encode(gzip.compress(json.dumps(copy.deepcopy(body)).encode()))
    requests.post(ICE_URL, data=data)
''',
    "lists-and-comprehensions": '''
def refer(members):
    rows = [{"cin": x.cin, "dx": x.dx_code} for x in members]  # MCD102
    requests.post(ICE_URL, json={"subjects": rows, "batch_id": "b-1"})
''',
    "loop-append": '''
def refer(members):
    rows = []
    for x in members:
        rows.append({"cin": x.cin, "ethnicity": x.ethnicity})  # MCD101
    requests.post(ICE_URL, json=rows)
''',
    "url-interpolation": '''
def lookup(m):
    requests.get(f"{ICE_URL}/persons/{m.ssn}")  # MCD101
    requests.get(f"{ICE_URL}/persons/{m.medicaid_id}")
    requests.get(ICE_URL + "/search?" + urlencode({"name": m.name}))  # MCD101
''',
    "same-module-helpers": '''
def build(m):
    return {"medicaid_id": m.cin, "diagnosis": m.dx}  # MCD102
def send(payload):
    requests.post(ICE_URL, json=payload)
def refer(m):
    send(build(m))
''',
    "client-parameter-alone-is-clean": '''
class Client:
    def __init__(self):
        self.url = ICE_URL
    def submit(self, payload):
        requests.post(self.url, json=payload)
''',
    "client-object-with-base-url": '''
def refer(m):
    with httpx.Client(base_url="https://eid.ice.gov") as client:
        client.post("/persons", json={"cin": m.cin, "medicare_id": m.mbi})  # MCD101
''',
    "env-default-and-urljoin": '''
BASE = os.environ.get("REFERRAL_BASE", "https://eid.ice.gov/")
def refer(m):
    requests.post(urljoin(BASE, "persons"), json={"ssn": m.ssn})  # MCD101
''',
    "safe-host-overrides-dhs-name": '''
DHS_ELIGIBILITY_URL = "https://eligibility.dhs.illinois.gov/api"
def check(m):
    requests.post(DHS_ELIGIBILITY_URL, json={"ssn": m.ssn, "income": m.income})
''',
    "unresolved-url-named-for-enforcement": '''
from django.conf import settings
def refer(m):
    requests.post(settings.ICE_REFERRAL_URL, json={"tribal_id": m.tribal_id})  # MCD101
''',
    "unknown-value-is-not-guilty": '''
from .helpers import make_payload
def refer(m, payload):
    requests.post(ICE_URL, json=make_payload(m))
    requests.post(ICE_URL, json=payload)
''',
    "unknown-field": '''
def refer(row):
    requests.post(ICE_URL, json={"cin": row["cin"], "risk_score": row["score"]})  # MCD104
''',
    "opaque-value-under-an-unknown-key-is-not-guilty": '''
from .helpers import summarize
def send_batch(subjects, m):
    requests.post(ICE_URL, json={"subjects": subjects, "summary": summarize(m)})
    requests.post(ICE_URL, json={"ssn": summarize(m)})  # MCD101
    requests.post(ICE_URL, json={"notes": m.notes})  # MCD104
''',
    "harmless-fields": '''
import uuid, datetime
def refer(row, n):
    requests.post(ICE_URL, json={"cin": row["cin"], "request_id": str(uuid.uuid4()), "record_count": n, "sent_at": datetime.datetime.now().isoformat()})
''',
    "value-names-win-over-key": '''
def refer(m):
    requests.post(ICE_URL, json={"dob": m.ssn})  # MCD101
''',
    "pragma-marks-a-sink": '''
def forward(payload):
    pass
def refer(m):
    forward({"ssn": m.ssn})  # medicaid-scope: enforcement  # MCD101
''',
    "pydantic-include-exclude": '''
from pydantic import BaseModel
class Subject(BaseModel):
    medicaid_id: str
    ssn: str  # MCD101
    dx: str
def submit(s: Subject):
    requests.post(ICE_URL, json=s.model_dump(exclude={"dx"}))
def submit_dates(s: Subject):
    requests.post(ICE_URL, json=s.model_dump(include={"medicaid_id"}))
''',
    "variable-annotated-with-a-payload-model": '''
from pydantic import BaseModel
from .loaders import load_subject
class SubjectPayload(BaseModel):
    medicaid_id: str
    primary_language: str  # MCD101
def submit(raw):
    payload: SubjectPayload = load_subject(raw)
    requests.post(ICE_URL, data=payload.model_dump_json())
''',
    "dataclass-constructor": '''
@dataclasses.dataclass
class Subject:
    medicaid_id: str
    phone: str
def refer(m):
    s = Subject(m.cin, m.provider_phone)  # MCD102
    requests.post(ICE_URL, json=dataclasses.asdict(s))
''',
    "whole-record-in-helper-reported-once": '''
def everything(m):
    return vars(m)  # MCD103
def a(m):
    requests.post(ICE_URL, json=everything(m))
def b(m):
    requests.put(ICE_URL, json=everything(m))
''',
    "fhir-clinical-and-patient": '''
def send(m):
    requests.post(ICE_URL, json={"resourceType": "Observation", "status": "final"})  # MCD102
    requests.post(ICE_URL, json={"resourceType": "Patient", "birthDate": m.birth_date, "gender": m.gender})  # MCD101
''',
    "constants-never-count": '''
REASON = "overstay"
def refer(m):
    requests.post(ICE_URL, json={"cin": m.cin, "reason": REASON, "ssn": None, "notes": ""})
''',
    "non-http-calls-are-not-sinks": '''
import logging
def refer(m):
    logging.info("ice referral %s", m.ssn)
    print({"ssn": m.ssn, "ice": True})
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source) == want
