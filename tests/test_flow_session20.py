"""The data flow shapes of the twentieth session: what its SPEC-only probers found (rounds 137
and after).

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). A case whose first line is an
``# OPTIONS:`` header runs with those options (``annotations.options_of``).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session18 import HEAD

CASES: dict[str, str] = {
    # SPEC section 4 (a call configured as a sink by qualified name) and section 6
    # (functools.partial and runners are followed): a configured method of a class reached through
    # its module (pubsub_v1.PublisherClient()), and a configured function handed to
    # asyncio.to_thread or bound by partial, still send; another class or function of the same
    # module does not
    "configured-sinks-handed-on": '''
# OPTIONS: sinks=google.cloud.pubsub_v1.PublisherClient.publish,agency_bus.publish
import asyncio
import functools
import json
from google.cloud import pubsub_v1
from agency_bus import publish, subscribe
publisher = pubsub_v1.PublisherClient()
schemas = pubsub_v1.SchemaServiceClient()
def relay(m):
    publisher.publish("projects/v/topics/liaison", json.dumps({
        "medicaid_id": m.cin,
        "ssn": m.ssn,  # MCD101
    }).encode())
    schemas.publish("projects/v/schemas/x", json.dumps({"ssn": m.ssn}).encode())
async def via_thread(m):
    await asyncio.to_thread(publish, "liaison", json.dumps({"medicaid_id": m.cin, "race": m.race}))  # MCD101
    await asyncio.to_thread(subscribe, "liaison", json.dumps({"medicaid_id": m.cin, "race": m.race}))
def via_partial(m):
    send = functools.partial(publish, "liaison")
    send(json.dumps({"medicaid_id": m.cin, "email": m.email}))  # MCD101
    listen = functools.partial(subscribe, "liaison")
    listen(json.dumps({"medicaid_id": m.cin, "email": m.email}))
''',
    # SPEC section 4 (a function marked with the enforcement pragma is a sink): the marked def
    # handed to a runner, bound by partial, or queued as a Celery task sends its arguments as a
    # direct call does; an unmarked function of the state stays clean
    "pragma-sender-handed-on": '''
import asyncio
import functools
import json
from celery import shared_task
from fastapi import BackgroundTasks
def relay(body):  # medicaid-scope: enforcement
    r.lpush("liaison:backlog", json.dumps(body))
@shared_task
def relay_task(body):  # medicaid-scope: enforcement
    r.lpush("liaison:backlog", json.dumps(body))
def archive(body):
    r.lpush("state:archive", json.dumps(body))
@shared_task
def archive_task(body):
    r.lpush("state:archive", json.dumps(body))
async def via_thread(m):
    await asyncio.to_thread(relay, {"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101
    await asyncio.to_thread(archive, {"medicaid_id": m.cin, "ssn": m.ssn})
def via_background(m, tasks: BackgroundTasks):
    tasks.add_task(relay, {"medicaid_id": m.cin, "income": m.income})  # MCD101
    tasks.add_task(archive, {"medicaid_id": m.cin, "income": m.income})
def via_partial(m):
    send = functools.partial(relay, {"medicaid_id": m.cin, "race": m.race})  # MCD101
    send()
    keep = functools.partial(archive, {"medicaid_id": m.cin, "race": m.race})
    keep()
def via_delay(m):
    relay_task.delay({"medicaid_id": m.cin, "sex": m.sex})  # MCD101
    relay_task.apply_async(args=[{"medicaid_id": m.cin, "dob": m.dob}])
    archive_task.delay({"medicaid_id": m.cin, "sex": m.sex})
''',
    # Python's lookup (SPEC section 4: the URL a send resolves to decides): a @property of the
    # object's class answers before a class attribute of its base, so a state mirror that overrides
    # the base's ICE url is clean and an HSI channel that overrides a None url is enforcement
    "property-overrides-class-attribute": '''
class Channel:
    url = ICE_URL
    def __init__(self):
        self.s = requests.Session()
    def payload(self, m):
        return {"cin": m.cin, "dob": m.dob}
    def submit(self, m):
        return self.s.post(self.url, json=self.payload(m))
class StateMirror(Channel):
    @property
    def url(self):
        return STATE_URL
    def payload(self, m):
        return {"cin": m.cin, "ssn": m.ssn}
def mirror(m):
    StateMirror().submit(m)
class Lead:
    url = None
    def __init__(self):
        self.s = requests.Session()
    def submit(self, m):
        self.s.post(self.url, json={"medicaid_id": m.medicaid_id, "gender": m.gender})  # MCD101
class HsiLead(Lead):
    @property
    def url(self):
        return "https://tips.hsi.ice.gov/v2/leads"
def lead(m):
    HsiLead().submit(m)
''',
    # SPEC section 6 (self.x from the object's class, inherited methods and attributes): a client
    # class named by a subclass's class attribute (client_cls = EroClient) and built by the base's
    # __init__, and an httpx.Client subclass whose base_url a subclass supplies (a BASE constant, or
    # super().__init__(URL)), send where the object's class says; the state's subclasses stay clean
    "subclass-supplies-client-or-base": '''
import httpx
ERO_URL = "https://ero-intake.ice.gov/api/referrals"
class EroClient:
    def __init__(self):
        self.session = requests.Session()
    def post_json(self, body):
        return self.session.post(ERO_URL, json=body)
class StateClient:
    def __init__(self):
        self.session = requests.Session()
    def post_json(self, body):
        return self.session.post(STATE_URL, json=body)
class Referrer:
    client_cls = None
    def __init__(self):
        self.client = self.client_cls()
    def refer(self, m):
        self.client.post_json({"cin": m.cin, "ssn": m.ssn})  # MCD101
class EroReferrer(Referrer):
    client_cls = EroClient
class StateReferrer(Referrer):
    client_cls = StateClient
def refer_one(m):
    EroReferrer().refer(m)
    StateReferrer().refer(m)
class PartnerHttp(httpx.Client):
    BASE = None
    def __init__(self):
        super().__init__(base_url=self.BASE)
    def push(self, m):
        return self.post("/members", json={"cin": m.cin, "race": m.race})  # MCD101
class EidPartnerHttp(PartnerHttp):
    BASE = "https://eid.ice.gov/api/v2"
class StatePartnerHttp(PartnerHttp):
    BASE = STATE_URL
def run(m):
    EidPartnerHttp().push(m)
    StatePartnerHttp().push(m)
class CaseHttp(httpx.Client):
    def __init__(self, base):
        super().__init__(base_url=base)
    def push(self, m):
        return self.post("/cases", json={"cin": m.cin, "sex": m.sex})  # MCD101
class EidCaseHttp(CaseHttp):
    def __init__(self):
        super().__init__("https://eid.ice.gov/api/v2")
class StateCaseHttp(CaseHttp):
    def __init__(self):
        super().__init__(STATE_URL)
def cases(m):
    EidCaseHttp().push(m)
    StateCaseHttp().push(m)
''',
    # SPEC section 4 (URL resolution folds class constants): a constant of a class written inside
    # the client class (self.Endpoints.SUBJECTS, PartnerGateway.Endpoints.SUBJECTS) is folded; the
    # state's is clean
    "nested-class-url-constants": '''
class PartnerGateway:
    class Endpoints:
        SUBJECTS = "https://eid.ice.gov/api/v1/subjects"
        ARCHIVE = "https://mmis.dhcs.ca.gov/api/v1/archive"
    def push(self, m):
        requests.post(self.Endpoints.SUBJECTS, json={"cin": m.cin, "race": m.race})  # MCD101
        requests.post(self.Endpoints.ARCHIVE, json={"cin": m.cin, "race": m.race})
def push(m):
    requests.post(PartnerGateway.Endpoints.SUBJECTS, json={"cin": m.cin, "sex": m.sex})  # MCD101
''',
    # SPEC section 10 (a plural person-named variable given what an unseen call returns is a bulk
    # source): a loader handed in as a parameter that no visible caller gives a function is unseen;
    # one whose default the analysis runs, and a loop that tests status, are not bulk sends
    "injected-loader-is-unseen": '''
ERO_URL = "https://ero-intake.ice.gov/api/referrals"
def nightly(load_members, county):
    members = load_members(county)
    for m in members:
        requests.post(ERO_URL, json={"cin": m.cin, "dob": m.dob})  # MCD201
def _scoped(county):
    return [m for m in db_rows(county) if m["immigration_status"] == "removable"]
def nightly_scoped(county, load_members=_scoped):
    members = load_members(county)
    for m in members:
        requests.post(ERO_URL, json={"cin": m["cin"], "dob": m["dob"]})
def main():
    nightly_scoped("x")
def nightly_filtered(load_members, county):
    for m in load_members(county):
        if m.immigration_status == "removable":
            requests.post(ERO_URL, json={"cin": m.cin, "dob": m.dob})
''',
    # SPEC section 4 (boto3 S3 Body; a file name is a name signal) and section 7 (the not-
    # enforcement pragma overrides name signals): upload_part sends its Body; a file path constant,
    # or an open() line, marked not-enforcement is no enforcement file (an unmarked ICE file still
    # is); yaml.safe_dump(d) returns a text with the names of d
    "channels-and-quiet-files": '''
import csv
import yaml
ICE_HIE_QUEUE_FILE = "/srv/hie/ice_outbound.csv"  # medicaid-scope: not-enforcement
ICE_REFERRAL_FILE = "/srv/out/ice_referrals.csv"
def multipart(m):
    s3 = boto3.client("s3")
    up = s3.create_multipart_upload(Bucket=ICE_BUCKET, Key="big/handoff.csv")
    s3.upload_part(
        Bucket=ICE_BUCKET,
        Key="big/handoff.csv",
        UploadId=up["UploadId"],
        PartNumber=1,
        Body=f"{m.cin},{m.ssn}".encode(),  # MCD101
    )
    s3.upload_part(Bucket="dhcs-archive", Key="k", UploadId="u", PartNumber=1, Body=f"{m.cin},{m.ssn}".encode())
def queue_file(m):
    with open(ICE_HIE_QUEUE_FILE, "a", newline="") as fh:
        csv.writer(fh).writerow([m.member_id, m.ssn])
    with open("/srv/hie/ice_outbound2.csv", "a", newline="") as fh:  # medicaid-scope: not-enforcement
        csv.writer(fh).writerow([m.member_id, m.ssn])
    with open(ICE_REFERRAL_FILE, "a", newline="") as fh:
        csv.writer(fh).writerow([m.member_id, m.ssn])  # MCD101
def yaml_text(m):
    body = yaml.safe_dump({"medicaid_id": m.medicaid_id, "tribe": m.tribe_cd})  # MCD101
    boto3.client("s3").put_object(Bucket=ICE_BUCKET, Key="doc.yaml", Body=body)
    kept = yaml.dump({"medicaid_id": m.medicaid_id})
    boto3.client("s3").put_object(Bucket=ICE_BUCKET, Key="doc2.yaml", Body=kept)
''',
    # SPEC section 4 (a class or client object named for enforcement supplies the destination) and
    # section 7: a client made and used at once (IceReferralClient().post(...)) is named by its
    # class; a class imported on a line marked not-enforcement is cleared, bound or inline
    "clients-named-inline-and-cleared-imports": '''
from state_hub.clients import IceReferralClient
from state_hub.hie import IceHieClient  # medicaid-scope: not-enforcement
def refer_inline(m):
    IceReferralClient().post("/subjects", json={"cin": m.cin, "ssn": m.ssn})  # MCD101
    IceReferralClient().post("/subjects", json={"cin": m.cin, "dob": m.dob})
def hie(m):
    IceHieClient().post("/subjects", json={"cin": m.cin, "ssn": m.ssn})
    client = IceHieClient()
    client.post("/subjects", json={"cin": m.cin, "ssn": m.ssn})
''',
    # SPEC section 5 (harmless names never count) and section 6 (whole-record serializers): a count
    # under an inner key (totals.record_count) is harmless as at the top; a prohibited field there
    # is still reported; SQLAlchemy row._mapping reads as row._asdict() (its query's columns, or a
    # whole record), not as a field
    "harmless-inner-keys-and-row-mappings": '''
from sqlalchemy import func, text
def nested(session, Elig):
    n = session.query(func.count(Elig.msis_ident_num)).scalar()
    requests.post(ICE_URL, json={"request_id": "2026-150", "totals": {"record_count": n}})
def per_county(session, Enrollee):
    rows = session.query(Enrollee.elgbl_cnty_cd, func.count(Enrollee.msis_ident_num)).group_by(Enrollee.elgbl_cnty_cd).all()
    requests.post(ICE_URL, json={"summary": [{"county": c, "record_count": n} for c, n in rows]})
def nested_field(m):
    requests.post(ICE_URL, json={"totals": {"record_count": m.ssn}})  # MCD101
def mapping_rows(conn, stmt):
    rows = [dict(r._mapping) for r in conn.execute(stmt)]  # MCD103
    requests.post(ICE_URL, json=rows)  # MCD201
def mapping_known(conn):
    rows = [dict(r._mapping) for r in conn.execute(text("SELECT msis_ident_num, ssn_num FROM elig WHERE imgrtn_stus_cd = '3'"))]  # MCD101
    requests.post(ICE_URL, json=rows)
''',
    # SPEC section 6 (whole-record serializers: when the model is known, its declared fields flow):
    # model_to_dict of a Django model of the project sends its declared columns, each reported at
    # its declaration (a model of permitted columns is clean); a model whose base is not known stays
    # a whole record
    "orm-model-to-dict-of-a-project-model": '''
from django.db import models
from django.forms.models import model_to_dict
from vendor.orm import AuditedModel
class ReferralSubject(models.Model):
    cin = models.CharField(max_length=9)
    date_of_birth = models.DateField()
class Member(models.Model):
    cin = models.CharField(max_length=9)
    ssn = models.CharField(max_length=11)  # MCD101
class Audited(AuditedModel):
    cin = models.CharField(max_length=9)
def refer_subject(subject_id):
    subject = ReferralSubject.objects.get(pk=subject_id)
    requests.post(ICE_URL, json=model_to_dict(subject))
def refer_member(member: Member):
    requests.post(ICE_URL, json=model_to_dict(member))
def refer_audited(a: Audited):
    requests.post(ICE_URL, json=model_to_dict(a))  # MCD103
''',
    # SPEC section 5 (a clinical FHIR resource is one finding at its resourceType or constructor)
    # and section 6: a resourceType chosen between two clinical types, set by setdefault or
    # update(resourceType=...), or parsed by parse_file/model_validate_json, is one finding (one per
    # placement, also in a loop over types); a fhir.resources Bundle filled by entry.append holds
    # what was appended (an empty one holds constants)
    "clinical-fhir-types-every-way": '''
from fhir.resources.bundle import Bundle, BundleEntry
from fhir.resources.patient import Patient
from fhir.resources.diagnosticreport import DiagnosticReport
from fhir.resources.observation import Observation
def send_finding(m, item):
    body = {
        "resourceType": "Condition" if item.kind == "dx" else "Observation",  # MCD102
        "subject": {"reference": f"Patient/{m.cin}"},
    }
    requests.post(ICE_URL, json=body)
def send_typed(m, item):
    if item.kind == "dx":
        rtype = "Condition"
    else:
        rtype = "Observation"
    requests.post(ICE_URL, json={"resourceType": rtype, "subject": {"reference": f"Patient/{m.cin}"}})  # MCD102
def send_loop(m):
    for rtype in ("Condition", "Observation"):
        body = {"resourceType": rtype, "subject": {"reference": f"Patient/{m.cin}"}}  # MCD102
        requests.post(ICE_URL, json=body)
def send_set(m):
    res = {"subject": {"reference": f"Patient/{m.cin}"}}
    res.setdefault("resourceType", "Procedure")  # MCD102
    requests.post(ICE_URL, json=res)
    med = {"subject": {"reference": f"Patient/{m.cin}"}}
    med.update(resourceType="MedicationStatement")  # MCD102
    requests.post(ICE_URL, json=med)
def parsed(report_path, obs_json):
    requests.post(ICE_URL, data=DiagnosticReport.parse_file(report_path).json())  # MCD102
    requests.post(ICE_URL, data=Observation.model_validate_json(obs_json).model_dump_json())  # MCD102
def bundles(m):
    empty = Bundle(type="collection", entry=[])
    requests.post(ICE_URL, data=empty.json())
    aliased = Bundle(type="collection", entry=[])
    entries = aliased.entry
    entries.append(BundleEntry(resource=Patient(id=m.cin, gender=m.gender)))
    requests.post(ICE_URL, data=aliased.json())  # MCD103
    kept = Bundle(type="collection", entry=[])
    kept.entry.append(BundleEntry(resource=Patient(id=m.cin, birthDate=m.dob)))
    requests.post(ICE_URL, data=kept.json())
    told = Bundle(type="collection", entry=[])
    told.entry.append(BundleEntry(resource=Patient(id=m.cin, gender=m.gender)))  # MCD101
    requests.post(ICE_URL, data=told.json())
''',
    # SPEC section 5 (the reference's FHIR rows) and section 10: a resourceType constant read back
    # from a helper's dict is that constant; Coverage.period and Coverage.class name their elements
    # where the value's names say nothing; resources of a search Bundle's entries are many people's
    # records
    "fhir-elements-by-resource": '''
STATE_FHIR = "https://fhir.medicaid.ohio.gov/r4/Patient"
def _patient(member):
    return {"resourceType": "Patient", "id": member.cin, "birthDate": member.dob.isoformat()}
def _entry(resource):
    return {"resource": resource, "request": {"method": "POST", "url": resource["resourceType"]}}
def transaction(member):
    bundle = {"resourceType": "Bundle", "type": "transaction", "entry": [_entry(_patient(member))]}
    requests.post(ICE_URL, json=bundle)
def coverage(m, span):
    return {
        "resourceType": "Coverage",
        "subscriberId": m.medicaid_id,
        "period": {"start": span.start},  # MCD101
        "class": [{"value": m.group_value}],  # MCD101
    }
def send_coverage(m, span):
    requests.post(ICE_URL, json=coverage(m, span))
def push_county(session, county):
    members = [e["resource"] for e in session.get(STATE_FHIR, params={"address-district": county}).json()["entry"]]
    for mem in members:
        requests.post(ICE_URL, json={"resourceType": "Patient", "birthDate": mem["birthDate"]})  # MCD201
''',
    # SPEC sections 6 and 10: records a status test chose and a helper reshapes are not a new bulk
    # source (unchosen ones are); itertools.tee gives each iterator every row; a list grown by
    # append then joined into a URL folds part by part; a star capture keeps the list's name; a
    # deny-list delete loop drops those keys (the others stay); format_map of a dict literal places
    # each entry where it is written
    "control-flow-shapes-of-round-138": '''
import itertools
TARGETS = frozenset({"EWI", "OVERSTAY"})
CBP_MATCH = "https://match.cbp.gov/persons"
BLOCKED = {"ssn", "primary_dx"}
def shape(members):
    return [{"cin": m.cin, "dob": m.dob} for m in members]
def in_scope(members):
    return [m for m in members if m.immigration_status in TARGETS]
def send_scoped(members):
    records = shape([m for m in members if m.immigration_status in TARGETS])
    requests.post(ICE_URL, json=records)
    rows = shape(in_scope(members))
    requests.post(ICE_URL, json=rows)
def send_everyone(members):
    records = shape([m for m in members])
    requests.post(ICE_URL, json=records)  # MCD201
def tee_rows(member):
    rows = [{"cin": member.cin}, {"cin": member.cin, "race": member.race}]  # MCD101
    counting, sending = itertools.tee(rows)
    print(sum(1 for _ in counting))
    requests.post(ICE_URL, json=list(sending))
def match_path(member):
    parts = [CBP_MATCH, member.cin]
    parts.append(member.last_name)  # MCD101
    return requests.get("/".join(parts))
def match_state(member):
    parts = [STATE_URL, member.cin]
    parts.append(member.last_name)
    return requests.get("/".join(parts))
def forward(change):
    match change:
        case {"op": "dx", "dx_codes": [*codes]}:
            requests.post(ICE_URL, json={"list": codes})  # MCD102
def deny_loop(member):
    body = {"cin": member.cin, "ssn": member.ssn, "primary_dx": member.primary_dx}
    for k in list(body):
        if k in BLOCKED:
            del body[k]
    requests.post(ICE_URL, json=body)
def deny_too_few(member):
    body = {"cin": member.cin, "race": member.race, "ssn": member.ssn}  # MCD101
    for k in list(body):
        if k in BLOCKED:
            del body[k]
    requests.post(ICE_URL, json=body)
def format_map(member):
    parts = {
        "base": CBP_MATCH,
        "cin": member.cin,
        "last": member.last_name,  # MCD101
    }
    url = "{base}/{cin}/{last}".format_map(parts)
    return requests.get(url)
''',
    # SPEC section 6 (names resolve by scope; calls to functions of the same module are followed): a
    # module constant bound once to a function of the module is that function when called
    "module-level-function-alias": '''
def _shape_v2(m):
    return {"cin": m.cin, "ssn": m.ssn}  # MCD101
def _shape_min(m):
    return {"cin": m.cin, "dob": m.dob}
build_subject = _shape_v2
build_state = _shape_min
def refer(m):
    requests.post(ICE_URL, json=build_subject(m))
    requests.post(ICE_URL, json=build_state(m))
''',
    # SPEC section 10 (a Django queryset is a bulk source): a DRF view's self.get_queryset() is the
    # queryset its class declares; one that chooses by status clears the send
    "drf-view-queryset-getter": '''
from rest_framework import viewsets
from rest_framework.decorators import action
from agency.models import Recipient
class RecipientViewSet(viewsets.ModelViewSet):
    queryset = Recipient.objects.all()
    @action(detail=False, methods=["post"])
    def push_all(self, request):
        for r in self.get_queryset():
            requests.post(ICE_URL, json={"cin": r.cin})  # MCD201
class ScopedViewSet(viewsets.ModelViewSet):
    queryset = Recipient.objects.filter(immigration_status="EWI")
    @action(detail=False, methods=["post"])
    def push_all(self, request):
        for r in self.get_queryset():
            requests.post(ICE_URL, json={"cin": r.cin})
''',
    # Answers to the session's review (SPEC sections 5-7, 10): a pragma on one name of a multi-line
    # import clears that name only; an inner key named for health data under a harmless leaf is
    # still health data; an ORM column of a field class the analysis does not know leaves a whole
    # record, and exclude= drops its names; a deny-list chosen between two lists drops only the
    # names in both; a loader every visible caller gives is theirs; a list popped or sliced after an
    # append is not folded; an element of a typed Patient is named by itself
    "review-of-session-20-names-and-sanitizers": '''
from django.db import models
from django.forms.models import model_to_dict
from encrypted_model_fields.fields import EncryptedCharField
from state_hub.clients import (
    IceHieClient,  # medicaid-scope: not-enforcement
    IceReferralClient,
)
STRICT = {"ssn", "race"}
LOOSE = {"ssn"}
CBP_MATCH = "https://match.cbp.gov/persons"
def refer_client(m):
    client = IceReferralClient()
    client.post("/subjects", json={"cin": m.cin, "ssn": m.ssn})  # MCD101
    hie = IceHieClient()
    hie.post("/subjects", json={"cin": m.cin, "race": m.race})
def inner_counts(r):
    requests.post(ICE_URL, json={"medications": {"count": r["n"]}, "totals": {"record_count": r["k"]}})  # MCD102
class Member(models.Model):
    cin = models.CharField(max_length=9)
    ssn = EncryptedCharField(max_length=11)
class Enrollee(models.Model):
    cin = models.CharField(max_length=9)
    ssn = models.CharField(max_length=11)
    race = models.CharField(max_length=2)
def refer_member(member: Member):
    requests.post(ICE_URL, json=model_to_dict(member))  # MCD103
def refer_enrollee(e: Enrollee):
    requests.post(ICE_URL, json=model_to_dict(e, exclude=["ssn", "race"]))
def deny(member, strict):
    blocked = STRICT if strict else LOOSE
    body = {"cin": member.cin, "ssn": member.ssn, "race": member.race}  # MCD101
    for k in list(body):
        if k in blocked:
            del body[k]
    requests.post(ICE_URL, json=body)
def load_removable(county):
    return [m for m in db_rows(county) if m.immigration_status == "removable"]
def nightly(load_members, county):
    members = load_members(county)
    for m in members:
        requests.post(ICE_URL, json={"cin": m.cin, "dob": m.dob})
def main():
    nightly(load_removable, "alameda")
def popped(m):
    parts = [CBP_MATCH, m.cin]
    parts.append(m.last_name)
    parts.pop()
    return requests.get("/".join(parts))
def sliced(m):
    parts = [CBP_MATCH, m.cin]
    parts.append(m.last_name)
    parts = parts[:2]
    return requests.get("/".join(parts))
def typed_patient(rec):
    requests.post(ICE_URL, json={"resourceType": "Patient", "id": rec["cin"], "status": rec["status"]})  # MCD104
''',
    # Answers to the session's review (SPEC sections 4, 6 and 10): a property built from super().url
    # keeps the base's URL; a property with a setter still answers before the base's attribute; an
    # instance attribute answers before a nested class of the same name; a helper that reads status
    # only to set a flag chooses no one
    "review-of-session-20-classes": '''
class Channel:
    url = ICE_URL
    def __init__(self):
        self.s = requests.Session()
    def payload(self, m):
        return {"cin": m.cin}
    def submit(self, m):
        return self.s.post(self.url, json=self.payload(m))
class V2(Channel):
    @property
    def url(self):
        return super().url + "/v2"
    def payload(self, m):
        return {"cin": m.cin, "ssn": m.ssn}  # MCD101
def v2(m):
    V2().submit(m)
class SetterMirror(Channel):
    @property
    def url(self):
        return STATE_URL
    @url.setter
    def url(self, v):
        self._u = v
    def payload(self, m):
        return {"cin": m.cin, "race": m.race}
def mirror(m):
    SetterMirror().submit(m)
class Gateway:
    class Endpoints:
        SUBJECTS = "https://mmis.dhcs.ca.gov/api/subjects"
    def __init__(self):
        self.Endpoints = IceEndpoints()
    def push(self, m):
        requests.post(self.Endpoints.SUBJECTS, json={"cin": m.cin, "sex": m.sex})  # MCD101
class IceEndpoints:
    SUBJECTS = "https://eid.ice.gov/api/subjects"
def shape(people):
    return [{"cin": p.cin, "dob": p.dob} for p in people]
def annotate(people):
    out = []
    for p in people:
        p.flag = "LPR" if p.immigration_status == "LPR" else ""
        out.append(p)
    return out
def send_annotated(people):
    records = shape(annotate(load_all()))
    requests.post(ICE_URL, json=records)  # MCD201
''',
    # SPEC sections 4 and 10: a TypedDict named for enforcement that only types what ICE returned
    # (an annotation, a cast) is inbound, one filled with our data is a payload; one person picked
    # by id from a comprehension ([...][0], (x,) = [...]) is a lookup; map(json.loads, fh) reads
    # every line of the file
    "lookups-inbound-and-files-of-round-139": '''
import json
from typing import TypedDict, cast
class EroCaseUpdate(TypedDict):
    case_id: str
    officer_name: str
class IceReferralBody(TypedDict):
    cin: str
    race: str  # MCD101
def fetch_case(case_id):
    update: EroCaseUpdate = requests.get(f"{ICE_URL}/cases/{case_id}").json()
    return update
def fetch_again(case_id):
    return cast(EroCaseUpdate, requests.get(f"{ICE_URL}/cases/{case_id}").json())
def refer(m):
    body: IceReferralBody = {"cin": m.cin, "race": m.race}
    requests.post(ICE_URL, json=body)
def by_index(members, chosen_cin):
    match = [m for m in members if m.cin == chosen_cin][0]
    requests.post(ICE_URL, json={"cin": match.cin, "dob": match.dob})
def by_unpack(members, chosen_cin):
    (match,) = [m for m in members if m.cin == chosen_cin]
    requests.post(ICE_URL, json={"cin": match.cin, "dob": match.dob})
def first_of_everyone(members):
    match = [m for m in members if m.active][0]
    requests.post(ICE_URL, json={"cin": match.cin, "dob": match.dob})  # MCD201
def replay_map(path):
    with open(path) as fh:
        for rec in map(json.loads, fh):
            requests.post(ICE_URL, json={"medicaid_id": rec["medicaid_id"]})  # MCD201
''',
    # SPEC section 10 (a condition involves a field of the status categories; counts carry no
    # records): a constant named for citizenship compared with the guardian's status, or given to a
    # lookup of the guardian's, chooses no one (the member's own still does); read_sql of counts per
    # county is no bulk source, per member it is
    "constants-and-aggregates-of-round-140": '''
import pandas as pd
NON_CITIZEN = ("N", "NQ")
HOLD_COUNTIES = ("Kern", "Tulare")
def refer_wards(region):
    for b in Beneficiary.objects.filter(region=region, guardian_citizenship_status__in=NON_CITIZEN):
        requests.post(ICE_URL, json={"beneficiary_id": b.beneficiary_id})  # MCD201
def refer_own(region):
    for b in Beneficiary.objects.filter(region=region, citizenship_status__in=NON_CITIZEN):
        requests.post(ICE_URL, json={"beneficiary_id": b.beneficiary_id})
def refer_guardian_test(members):
    for b in members:
        if b.guardian.citizenship_status in NON_CITIZEN:
            requests.post(ICE_URL, json={"cin": b.cin})  # MCD201
def refer_own_test(members):
    for b in members:
        if b.citizenship_status in NON_CITIZEN:
            requests.post(ICE_URL, json={"cin": b.cin})
def county_totals(conn):
    totals = pd.read_sql("SELECT cnty_cd, COUNT(*) AS record_count FROM beneficiary GROUP BY cnty_cd", conn).to_dict("records")
    requests.post(ICE_URL, json={"counties": totals})
def member_totals(conn):
    totals = pd.read_sql("SELECT msis_ident_num, SUM(mdcd_pd_amt) AS paid FROM claims GROUP BY msis_ident_num", conn).to_dict("records")  # MCD102
    requests.post(ICE_URL, json={"members": totals})  # MCD201
''',
    # SPEC sections 3, 5 and 6 (a known model carries its declared fields; a field absent from a row
    # of known keys holds its default; a value naming another category than its field is placed
    # where it is given): model_validate of a whole record, of a dict literal or of an allow-list
    # comprehension keeps the declared fields the data holds, as Model(**raw) does; a model
    # validated from an unknown row still names its fields; a positional argument of a model named
    # for enforcement fills the field of its position
    "payload-models-of-round-140": '''
from dataclasses import asdict, dataclass
from typing import Optional
from pydantic import BaseModel
ALLOWED = ("cin", "dob")
class Narrow(BaseModel):
    cin: str
    dob: str
    sex: Optional[str] = None
@dataclass
class EroRow:
    member_id: str
    phone: str
def validate_whole(m):
    person = Narrow.model_validate(vars(m))  # MCD101
    requests.post(ICE_URL, json=person.model_dump())
def validate_literal(m):
    raw = {"cin": m.cin, "dob": m.dob, "race": m.race}
    requests.post(ICE_URL, json=Narrow.model_validate(raw).model_dump())
def starstar_allowed(row: dict):
    clean = {k: v for k, v in row.items() if k in ALLOWED}
    requests.post(ICE_URL, json=Narrow(**clean).model_dump())
def validate_allowed(row: dict):
    clean = {k: row[k] for k in ALLOWED}
    requests.post(ICE_URL, json=Narrow.model_validate(clean).model_dump())
def validate_unknown(row: dict):
    requests.post(ICE_URL, json=Narrow.model_validate(row).model_dump())  # MCD101
def positional(m):
    requests.post(ICE_URL, json=asdict(EroRow(m.ssn, m.phone)))  # MCD101
''',
    # SPEC section 6: an alias of an alias of a module function is that function; URL parts added
    # with += fold part by part (to the state's host: clean)
    "aliases-and-grown-url-parts-of-round-140": '''
ERO_BASE = "https://ero.ice.gov/api/v3"
def v2(m):
    return {"medicaid_id": m.cin, "marital_status": m.marital_status}  # MCD101
build = v2
shape = build
def refer(m):
    requests.post(f"{ERO_BASE}/subjects", json=shape(m))
def by_name(m):
    parts = [ERO_BASE]
    parts += ["by-name", m.full_name]  # MCD101
    return requests.get("/".join(parts))
def by_state_name(m):
    parts = [STATE_URL]
    parts += ["by-name", m.full_name]
    return requests.get("/".join(parts))
''',
    # SPEC section 4 (a host on neither list is decided by the names that supply it, not by its own
    # words): an SSH, SFTP or FTP server's host name is read as a URL's host is (sftp.ero-
    # systems.example.com is a vendor), while a host matching the enforcement patterns is
    # enforcement
    "sftp-hosts-are-hosts": '''
import ftplib
import io
import paramiko
import pysftp
VENDOR_SFTP = "sftp.ero-systems.example.com"
ICE_MFT = "mft.ice.gov"
def sftp_connect(m, path):
    with open(path, "w") as fh:
        fh.write(m.last_name)
    ssh = paramiko.SSHClient()
    ssh.connect(hostname=VENDOR_SFTP, username="x")
    ssh.open_sftp().put(path, "/in/a")
def pysftp_conn(m, path):
    with open(path, "w") as fh:
        fh.write(m.sex)
    with pysftp.Connection(VENDOR_SFTP) as c:
        c.put(path)
def ftp(m):
    with ftplib.FTP(VENDOR_SFTP) as f:
        f.storbinary("STOR x", io.BytesIO(m.email.encode()))
def ice_mft(m, path):
    with open(path, "w") as fh:
        fh.write(m.race)  # MCD101
    ssh = paramiko.SSHClient()
    ssh.connect(hostname=ICE_MFT, username="x")
    ssh.open_sftp().put(path, "/in/a")
''',
    # SPEC section 6 (pydantic dumps honour include/exclude): {"members": {"__all__": {...}}} names
    # the sub-fields of every element of a list field, for include as for exclude
    "nested-include-all": '''
from typing import Optional
from pydantic import BaseModel
class MemberSnapshot(BaseModel):
    cin: str
    ssn: Optional[str] = None
class Envelope(BaseModel):
    batch_id: str
    members: list[MemberSnapshot]
def send_included(m, batch_id):
    env = Envelope(batch_id=batch_id, members=[MemberSnapshot(cin=m.cin, ssn=m.ssn)])
    requests.post(ICE_URL, json=env.model_dump(include={"batch_id": True, "members": {"__all__": {"cin"}}}))
def send_excluded(m, batch_id):
    env = Envelope(batch_id=batch_id, members=[MemberSnapshot(cin=m.cin, ssn=m.ssn)])
    requests.post(ICE_URL, json=env.model_dump(exclude={"members": {"__all__": {"ssn"}}}))
def send_all(m, batch_id):
    env = Envelope(batch_id=batch_id, members=[MemberSnapshot(cin=m.cin, ssn=m.ssn)])  # MCD101
    requests.post(ICE_URL, json=env.model_dump())
''',
    # SPEC section 6 (a known model's declared fields flow): session.scalars(select(Model)...).one()
    # is one instance of the model, vars() of it its declared columns
    "scalars-one-is-an-instance": '''
from sqlalchemy import String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
class Base(DeclarativeBase):
    pass
class Case(Base):
    __tablename__ = "cases"
    cin: Mapped[str] = mapped_column(String(9), primary_key=True)
    caseworker_notes: Mapped[str] = mapped_column(String(4000))  # MCD101
def hand_off_case(session: Session, cin: str):
    c = session.scalars(select(Case).where(Case.cin == cin)).one()
    requests.post(ICE_URL, json=vars(c))
''',
    # SPEC section 6 (a value the code replaces with a constant is a sanitizer) and section 5 (a
    # constant is never a finding): an entry set to a constant and read back is that constant; set
    # to data again, it is that data
    "masked-entry-read-back": '''
ERO_FILE = "/srv/mft/outbound/ero_referral_daily.dat"
def write_line(fh, rec):
    rec["ssn"] = "000000000"
    fh.write(f"{rec['cin']:<9}{rec['birth_dt']:<8}{rec['ssn']:<9}")
def write_subject(rec):
    with open(ERO_FILE, "a", encoding="ascii") as fh:
        write_line(fh, rec)
def masked_then_restored(rec, m):
    rec["ssn"] = "000000000"
    rec["ssn"] = m.ssn
    requests.post(ICE_URL, json={"ssn": rec["ssn"]})  # MCD101
''',
    # Answers to the second review (SPEC sections 5, 6 and 10): helpers that choose by status
    # through filter(lambda ...), an ORM lookup or a DataFrame mask are conditions; a loader a
    # caller hands on from its own parameter is unseen; an ORM manager declared on a model is no
    # column and exclude=None excludes nothing; request ids and pages under a category key are
    # harmless
    "review-of-session-20-late": '''
import pandas as pd
from django.db import models
from django.forms.models import model_to_dict
UNLAWFUL = ("5", "7")
def in_scope(people):
    return list(filter(lambda p: p.immigration_status in UNLAWFUL, people))
def in_scope_qs(qs):
    return qs.filter(immigration_status__in=UNLAWFUL)
def in_scope_df(df):
    return df[df["imgrtn_stus_cd"].isin(UNLAWFUL)]
def shape(people):
    return [{"cin": p.cin, "dob": p.dob} for p in people]
def send_a(members):
    records = shape(in_scope(members))
    requests.post(ICE_URL, json=records)
def send_b(members):
    records = shape(in_scope_qs(members))
    requests.post(ICE_URL, json=records)
def send_c(path):
    df = pd.read_csv(path)
    records = shape(in_scope_df(df).itertuples())
    requests.post(ICE_URL, json=records)
def nightly(load_members, county):
    members = load_members(county)
    for m in members:
        requests.post(ICE_URL, json={"cin": m.cin, "dob": m.dob})  # MCD201
def main(loader):
    nightly(loader, "alameda")
class Member(models.Model):
    cin = models.CharField(max_length=9)
    objects = models.Manager.from_queryset(models.QuerySet)()
def refer(member: Member):
    requests.post(ICE_URL, json=model_to_dict(member, exclude=None))
def counts(batch_id, page, r):
    requests.post(ICE_URL, json={"claims": {"request_id": batch_id}, "diagnoses": {"page": page}})
''',
}


def _source(body: str) -> str:
    """The case after the shared header; an ``# OPTIONS:`` first line goes before it."""
    first, _, rest = body.lstrip("\n").partition("\n")
    return f"{first}\n{HEAD}{rest}" if first.startswith("# OPTIONS:") else HEAD + body


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
