"""Round 21 of the data flow: shapes found by probing the engine from the SPEC alone.

Each case is a small module with its expected findings annotated inline (``# MCD101``
on the line reported); a case without annotations must stay clean.
"""

from __future__ import annotations

import pytest
from annotations import actual, expected

HEAD = '''import dataclasses
from collections import defaultdict
from dataclasses import dataclass
import requests
from django.conf import settings
from pydantic import BaseModel
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://mmis.dhcs.ca.gov/api/members"
BLOCKED = ("ssn", "race")
'''

CASES = {
    # SPEC section 5: T-MSIS and warehouse columns are upper case; read from a record they are fields
    "upper-case-columns-are-fields": '''
def refer(row):
    requests.post(ICE_URL, json={
        "a": row.RACE_ETHNCTY_CD,  # MCD101
        "b": row.MSIS_IDENT_NUM,
        "c": row.BATCH_SIZE,
    })
''',
    # ... but an upper-case attribute of settings or a configuration object is a setting
    "upper-case-settings-are-constants": '''
def refer(m, config):
    requests.post(ICE_URL, json={
        "medicaid_id": m.cin,
        "submitting_agency_code": settings.AGENCY_CODE,
        "submitting_agency": {"agency_code": settings.AGENCY_CODE},
        "salt": config.SSN_SALT,
    })
''',
    "settings-urls-still-name-the-destination": '''
def refer(m, config):
    requests.post(settings.ICE_REFERRAL_URL, json={"ssn": m.ssn})  # MCD101
    requests.post(config.ICE_URL, json={"ssn": m.ssn})  # MCD101
''',
    # SPEC section 4: a class constant read through self in __init__ folds; a state host overrides the name
    "self-class-constant-in-init": '''
class DhsPortal:
    BASE = "https://portal.dhs.pa.gov/api"

    def __init__(self):
        self.url = self.BASE

    def push(self, member):
        return requests.post(self.url, json={"ssn": member.ssn})
''',
    "optional-override-or-class-constant": '''
class DhsPortal:
    BASE_URL = "https://portal.dhs.pa.gov/api"

    def __init__(self, base_url=None):
        self.base_url = base_url or self.BASE_URL

    def push(self, member):
        return requests.post(self.base_url, json={"ssn": member.ssn})
''',
    "optional-override-or-enforcement-default": '''
def send(m, url=None):
    requests.post(url or "https://eid.ice.gov/x", json={"ssn": m.ssn})  # MCD101
''',
    # SPEC section 6: the last assignment wins; a cleared container holds nothing of before
    "cleared-payload-refilled": '''
def run(m):
    payload = {"ssn": m.ssn}
    requests.post(STATE_URL, json=payload)
    payload.clear()
    payload["medicaid_id"] = m.cin
    requests.post(ICE_URL, json=payload)
''',
    "cleared-batch-reused-for-chosen-records": '''
def run(members):
    batch = []
    for m in members:
        batch.append({"cin": m.cin, "ssn": m.ssn})
    requests.post(STATE_URL, json=batch)
    batch.clear()
    for m in members:
        if m.immigration_status == "EWI":
            batch.append({"cin": m.cin, "dob": m.dob.isoformat()})
    requests.post(ICE_URL, json=batch)
''',
    "batch-flushed-and-cleared-in-the-loop": '''
def run(m_list):
    batch = []
    for m in m_list:
        batch.append({"cin": m.cin, "ssn": m.ssn})  # MCD101
        if len(batch) >= 100:
            requests.post(ICE_URL, json=batch)
            batch.clear()
''',
    # SPEC section 6: a value replaced with a constant, in the shapes agencies write
    "update-with-constants-for-blocked-keys": '''
def a(m):
    payload = {"medicaid_id": m.cin, "ssn": m.ssn}
    payload.update(dict.fromkeys(BLOCKED))
    requests.post(ICE_URL, json=payload)

def b(m):
    payload = {"medicaid_id": m.cin, "ssn": m.ssn}
    payload.update({k: "REDACTED" for k in BLOCKED})
    requests.post(ICE_URL, json=payload)
''',
    "update-with-constants-for-other-keys": '''
def a(m):
    payload = {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
    payload.update(dict.fromkeys(("race",)))
    requests.post(ICE_URL, json=payload)
''',
    "record-keys-but-blocked": '''
def refer(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn}
    requests.post(ICE_URL, json={k: rec[k] for k in rec.keys() - BLOCKED})
''',
    "record-keys-but-others": '''
def refer(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn}
    requests.post(ICE_URL, json={k: rec[k] for k in rec.keys() - {"race"}})  # MCD101
''',
    "pop-in-a-comprehension": '''
def a(m):
    payload = {"medicaid_id": m.cin, "ssn": m.ssn}
    [payload.pop(k, None) for k in BLOCKED]
    requests.post(ICE_URL, json=payload)
''',
    # SPEC section 6: a module-level container filled in one function and sent in another
    "module-outbox-by-key-permitted": '''
OUTBOX = defaultdict(list)

def collect(m):
    OUTBOX["ice"].append({"cin": m.cin})

def flush():
    requests.post(ICE_URL, json=OUTBOX["ice"])
''',
    "module-outbox-by-key-prohibited": '''
QUEUES = {}

def collect(m):
    QUEUES.setdefault("ice", []).append({"ssn": m.ssn})  # MCD101

def flush():
    requests.post(ICE_URL, json=QUEUES["ice"])
''',
    # SPEC section 3: what was put under a key is reported where it was put, when the part is sent whole
    "part-sent-whole-reports-its-placements": '''
def flush(m):
    outbox = {"ice": []}
    outbox["ice"].append({"ssn": m.ssn})  # MCD101
    requests.post(ICE_URL, json=outbox["ice"])
''',
    "a field read by its key is placed where it is put": '''
def flush(m):
    body = {"ssn": m.ssn}
    requests.post(ICE_URL, json={"id": body["ssn"]})  # MCD101
''',
    # review: an owner whose words make it another person stays so whatever noun ends it
    "household-and-contact-owners-stay-someone-else": '''
def refer(case, hh_member, sibling_applicant, tax_filer_person):
    requests.post(ICE_URL, json={
        "a": hh_member.phone,  # MCD101
        "b": sibling_applicant.dob,  # MCD101
        "c": tax_filer_person.dob,  # MCD101
        "d": case.hh_member.phone,  # MCD101
    })
''',
    # review: an application (app) or request parameters are records; a class's own constant is not
    "upper-case-on-records-and-class-constants": '''
class ReferralBuilder:
    SENDER_NAME = "Illinois HFS MMIS"

    def build(self, member):
        return {"medicaid_id": member.cin}

def refer(applications, params, member):
    for app in applications:
        if app.IMGRTN_STUS_CD in ("5", "6"):
            requests.post(ICE_URL, json={"medicaid_id": app.MSIS_IDENT_NUM, "ssn": app.SSN})  # MCD101
    requests.post(ICE_URL, json={"ssn": params.SSN})  # MCD101
    builder = ReferralBuilder()
    payload = builder.build(member)
    payload["sender"] = builder.SENDER_NAME
    requests.post(ICE_URL, json=payload)
''',
    # review: a pop that runs only when a test on the data passes may not have run
    "pop-in-a-filtered-comprehension-may-not-run": '''
OPTIONAL = ("ssn", "race")

def refer(m):
    payload = {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
    [payload.pop(k, None) for k in OPTIONAL if not payload.get(k)]
    requests.post(ICE_URL, json=payload)
''',
    # SPEC section 5: an owner named for the enrollee (plan_member, hospital_patient) does not make the
    # field someone else's; a household member's ID is not the enrollee's
    "enrollee-named-owners": '''
def a(plan_member, mco_enrollee, hospital_patient, nursing_facility_resident):
    requests.post(ICE_URL, json={"medicaid_id": plan_member.medicaid_id})
    requests.post(ICE_URL, json={"medicaid_id": mco_enrollee.cin})
    requests.post(ICE_URL, json={"medicaid_id": hospital_patient.cin})
    requests.post(ICE_URL, json={"medicaid_id": nursing_facility_resident.cin})
''',
    "household-member-is-someone-else": '''
def a(household_member, guardian):
    requests.post(ICE_URL, json={"medicaid_id": household_member.medicaid_id})  # MCD101
    requests.post(ICE_URL, json={"phone": guardian.phone})  # MCD101
''',
    # vocabulary: MCAID is Medicaid, PRUCOL an immigration status
    "mcaid-and-prucol": '''
def refer(m):
    requests.post(ICE_URL, json={"mcaid_id": m.mcaid_id, "prucol_status": m.prucol_status})
''',
    # SPEC section 6: an allow-list made of a payload model's declared fields
    "allow-list-from-model-fields": '''
class IceReferral(BaseModel):
    medicaid_id: str
    date_of_birth: str

ALLOWED = tuple(IceReferral.model_fields)

def refer(rec: dict):
    requests.post(ICE_URL, json={k: rec[k] for k in ALLOWED})
''',
    # SPEC section 4: a storage or messaging client handed in, its type unknown, whose method and
    # destination argument name an enforcement destination
    "untyped-storage-and-messaging-clients": '''
import json
from email.message import EmailMessage

def s3_put(s3, m):
    s3.put_object(Bucket="ice-eid-drop", Key="a.json", Body=json.dumps({"race": m.race}))  # MCD101

def sns_pub(sns, m):
    sns.publish(TopicArn="arn:aws:sns:us-east-1:1:ice-notify", Message=json.dumps({"ssn": m.ssn}))  # MCD101

def kafka_send(producer, m):
    producer.send("ice.eid.referrals.v1", value={"sex": m.sex})  # MCD101

def mail(smtp, m):
    msg = EmailMessage()
    msg["To"] = "tips@ice.gov"
    msg.set_content(f"lang={m.language}")  # MCD101
    smtp.send_message(msg)

class Exporter:
    def __init__(self, session):
        self.s3 = session.client("s3")

    def put(self, m):
        self.s3.put_object(Bucket="ice-eid-drop", Key="b.json", Body=json.dumps({"income": m.income}))  # MCD101
''',
    "untyped-clients-to-lawful-destinations": '''
import json
from email.message import EmailMessage

def s3_put(s3, m):
    s3.put_object(Bucket="mn-dhs-eligibility-archive", Key="a.json", Body=json.dumps({"race": m.race}))

def kafka_send(producer, m):
    producer.send("eligibility.renewals.v1", value={"sex": m.sex})

def cache_put(cache, m):
    cache.put(m.cin, {"ssn": m.ssn})

def mail(smtp, m):
    msg = EmailMessage()
    msg["To"] = "renewals@dhs.state.mn.us"
    msg.set_content(f"lang={m.language}")
    smtp.send_message(msg)
''',
    # SPEC section 6: a value taken back out of a list, a deque, a dict or a queue keeps its fields
    "taken-out-of-containers": '''
import asyncio
from collections import deque

def a(m):
    queue = [{"race": m.race}]  # MCD101
    requests.post(ICE_URL, json=queue.pop())

def b(m):
    work = deque()
    work.append({"sex": m.sex})  # MCD101
    requests.post(ICE_URL, json=work.popleft())

def c(m):
    attrs = {"language": m.language}  # MCD101
    key, value = attrs.popitem()
    requests.post(ICE_URL, json={"v": value})

async def d(m):
    q = asyncio.Queue()
    await q.put({"income": m.income})  # MCD101
    body = await q.get()
    requests.post(ICE_URL, json=body)
''',
    "taken-out-of-containers-permitted": '''
def a(m):
    queue = [{"medicaid_id": m.cin}]
    requests.post(ICE_URL, json=queue.pop(0))
''',
    # SPEC section 3: a helper that keeps a value's digits hands back that value; it is placed where
    # the caller puts it
    "characters-of-a-value-are-the-value": '''
def digits(value):
    return "".join(ch for ch in str(value) if ch.isdigit())

def refer(m):
    requests.post(ICE_URL, json={"ref": digits(m.ssn)})  # MCD101
    requests.post(ICE_URL, json={"list": [{"r": a.race} for a in m.addresses]})  # MCD101
''',
    # the name of a class or a function is code, not a person's name
    "code-names-are-not-names": '''
class Referral:
    def send(self, m):
        requests.post(ICE_URL, json={"kind": type(self).__name__, "cls": self.__class__.__name__, "fn": refer.__qualname__,
                                     "medicaid_id": m.cin})

def refer(m):
    pass
''',
    # SPEC section 10: rows put under one key of an outbox are not another key's
    "outbox-keys-keep-their-own-rows": '''
import csv

def fan_out(path):
    outbox = {"mco": [], "ice": []}
    with open(path) as fh:
        for rec in csv.DictReader(fh):
            outbox["mco"].append({"member_id": rec["MSIS_IDENT_NUM"]})
            if rec["IMGRTN_STUS_CD"] not in ("X", "Y"):
                continue
            outbox["ice"].append({"msis_ident_num": rec["MSIS_IDENT_NUM"]})
    requests.post(STATE_URL, json=outbox["mco"])
    requests.post(ICE_URL, json=outbox["ice"])
''',
    "outbox-key-filled-from-every-row": '''
import csv

def fan_out(path):
    outbox = {"mco": [], "ice": []}
    with open(path) as fh:
        for rec in csv.DictReader(fh):
            outbox["ice"].append({"msis_ident_num": rec["MSIS_IDENT_NUM"]})
    requests.post(ICE_URL, json=outbox["ice"])  # MCD201
''',
    "outbox-handed-in-is-read-by-destination": '''
def flush(session, outbox):
    if outbox.get("ice"):
        session.post(ICE_URL, json={"changes": outbox["ice"]})
''',
    # SPEC section 4: a send bound with partial to a producer of unknown type
    "partial-of-an-untyped-producer": '''
import functools

def forward(producer, m):
    send_alert = functools.partial(producer.send, "ice.eid.location-alerts")
    send_alert(value={"dx": m.admit_dx})  # MCD102
''',
    # SPEC section 3: SELECT t.* in a template formatted before it runs: at the star
    "select-star-of-a-formatted-template": '''
LEAD_SQL = (
    "SELECT t.* "  # MCD103
    "FROM {view} t "
    "WHERE t.MSIS_IDENT_NUM = %s"
)

def lead(cur, cin):
    cur.execute(LEAD_SQL.format(view="dw.v"), (cin,))
    requests.post(ICE_URL, json=cur.fetchone())
''',
    # SPEC section 6: methods Python calls on its own: __setitem__, __str__, a JSON encoder's default
    "dunder-methods-run": '''
import json

class Payload:
    def __init__(self):
        self._fields = {}

    def __setitem__(self, key, value):
        self._fields[key] = value

    def send(self):
        requests.post(ICE_URL, json=self._fields)

class Label:
    def __init__(self, m):
        self.m = m

    def __str__(self):
        return f"{self.m.last_name}"

class Enc(json.JSONEncoder):
    def default(self, o):
        return vars(o)

def refer(m):
    p = Payload()
    p["race"] = m.race  # MCD101
    p["medicaid_id"] = m.cin
    p.send()
    requests.post(ICE_URL, json={"label": str(Label(m))})  # MCD101
    requests.post(ICE_URL, json={"label": f"{Label(m)}"})  # MCD101
    requests.post(ICE_URL, data=json.dumps(m, cls=Enc))  # MCD103
''',
    "dunder-methods-lawful": '''
import json

class Enc(json.JSONEncoder):
    def default(self, o):
        return str(o)

class Label:
    def __init__(self, m):
        self.m = m

    def __str__(self):
        return f"member {self.m.cin}"

def refer(m):
    requests.post(ICE_URL, json={"label": str(Label(m))})
    requests.post(ICE_URL, data=json.dumps({"medicaid_id": m.cin}, cls=Enc))
''',
    # SPEC section 6: a loop over objects of different classes runs each one's override
    "loop-over-instances-of-subclasses": '''
class Section:
    def render(self, m):
        return {}

    def send(self, m):
        requests.post(ICE_URL, json=self.render(m))

class Identity(Section):
    def render(self, m):
        return {"cin": m.cin}

class Household(Section):
    def render(self, m):
        return {"household_size": m.household_size}  # MCD101

SECTIONS = [Identity(), Household()]

def refer(m):
    for s in SECTIONS:
        s.send(m)
''',
    # SPEC section 6: a base's template method runs with the subclass's overrides (topic and hooks)
    "template-method-with-overridden-topic-and-hook": '''
class TopicPublisher:
    topic = None

    def __init__(self, producer=None):
        self.producer = producer

    def build_message(self, enrollee):
        raise NotImplementedError

    def enrich(self, message, enrollee):
        """Hook."""

    def publish(self, enrollee):
        message = self.build_message(enrollee)
        self.enrich(message, enrollee)
        return self.producer.send(self.topic, value=message)

class EroPublisher(TopicPublisher):
    topic = "ice.eid.referrals.v1"

    def build_message(self, enrollee):
        return {"ELGBL_1ST_NAME": enrollee["ELGBL_1ST_NAME"], "MSIS_IDENT_NUM": enrollee["MSIS_IDENT_NUM"]}  # MCD101

    def enrich(self, message, enrollee):
        message["RACE_ETHNCTY_CD"] = enrollee["RACE_ETHNCTY_CD"]  # MCD101

class StatePublisher(TopicPublisher):
    topic = "mmis.renewals.v1"

    def build_message(self, enrollee):
        return {"ELGBL_1ST_NAME": enrollee["ELGBL_1ST_NAME"], "SSN_NUM": enrollee["SSN_NUM"]}
''',
    # vocabulary: eligibility, incarceration, other benefits, employment, equipment
    "vocabulary-round-21": '''
def refer(m):
    requests.post(ICE_URL, json={
        "a": m.aid_category,  # MCD101
        "b": m.mid_init,  # MCD101
        "c": m.jail_release_date,  # MCD101
        "d": m.parole_status,  # MCD101
        "e": m.wic_participant,  # MCD101
        "f": m.employment_status,  # MCD101
        "g": m.dme_item,  # MCD102
        "h": m.home_line1,
    })
''',
    # SPEC section 6: what a method writes into self; a dataclass's __post_init__ runs on construction
    "post-init-fills-the-body": '''
@dataclass
class Packet:
    member: object
    body: dict = dataclasses.field(default_factory=dict)

    def __post_init__(self):
        self.body["race"] = self.member.race  # MCD101
        self.body["medicaid_id"] = self.member.cin

def refer(m):
    requests.post(ICE_URL, json=Packet(m).body)
''',
    "post-init-permitted-fields": '''
@dataclass
class Packet:
    member: object
    body: dict = dataclasses.field(default_factory=dict)

    def __post_init__(self):
        self.body["medicaid_id"] = self.member.cin

def refer(m):
    requests.post(ICE_URL, json=Packet(m).body)
''',
    # SPEC section 3: a model not named for enforcement is placed at its constructor keywords; a method
    # that takes it (annotated) does not report its declarations again
    "model-built-here-and-submitted-by-a-method": '''
@dataclass
class CaseSummary:
    medicaid_id: str
    household_size: int

def build(m):
    return CaseSummary(medicaid_id=m.cin, household_size=m.household_size)  # MCD101

class Sender:
    def submit(self, summary: CaseSummary):
        return requests.post(ICE_URL, json=dataclasses.asdict(summary))

def main(m):
    Sender().submit(build(m))
''',
    "model-never-built-here-is-placed-at-its-declarations": '''
@dataclass
class CaseSummary:
    medicaid_id: str
    household_size: int  # MCD101

class Sender:
    def submit(self, summary: CaseSummary):
        return requests.post(ICE_URL, json=dataclasses.asdict(summary))
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source, population=True) == want  # population scope asked of every case
