"""Round 9 of the data flow: shapes found by probing the engine from the SPEC alone.

Each case is a small module with its expected findings annotated inline (``# MCD101``
on the line reported); a case without annotations must stay clean.
"""

from __future__ import annotations

import pytest
from annotations import actual, expected

HEAD = '''import json
import boto3
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
ALLOWED = ("medicaid_id", "dob")
'''

CASES = {
    # SPEC section 6, sanitizers: the keys outside the allow-list computed first, then deleted
    "delete-loop-over-computed-keys-outside-the-allow-list": '''
def by_list(m):
    body = {"medicaid_id": m.medicaid_id, "dob": m.dob, "ssn": m.ssn}
    for k in [k for k in body if k not in ALLOWED]:
        body.pop(k)
    requests.post(ICE_URL, json=body)
def by_set_difference(m):
    body = {"medicaid_id": m.medicaid_id, "dob": m.dob, "ssn": m.ssn}
    for k in set(body) - set(ALLOWED):
        del body[k]
    requests.post(ICE_URL, json=body)
def by_keys_view(m):
    body = {"medicaid_id": m.medicaid_id, "diagnosis": m.diagnosis_code}
    for k in body.keys() - {"medicaid_id"}:
        body.pop(k, None)
    requests.post(ICE_URL, json=body)
def deletes_fewer(m, MATCH_KEYS):
    record = {"medicaid_id": m.medicaid_id, "ssn": m.ssn}  # MCD101
    for key in list(record):
        if key not in ALLOWED and key not in ("ssn",):
            del record[key]
    requests.post(ICE_URL, json=record)
def by_difference_method(m):
    body = {"medicaid_id": m.medicaid_id, "dob": m.dob, "ssn": m.ssn}
    for k in set(body).difference(ALLOWED):
        del body[k]
    requests.post(ICE_URL, json=body)
''',
    "computed-keys-not-deleted-or-deleted-elsewhere-still-flagged": '''
def not_deleted(m, log):
    body = {"medicaid_id": m.medicaid_id, "ssn": m.ssn}  # MCD101
    for k in set(body) - set(ALLOWED):
        log.info("extra key %s", k)
    requests.post(ICE_URL, json=body)
def deleted_from_another_dict(m):
    body = {"medicaid_id": m.medicaid_id, "ssn": m.ssn}  # MCD101
    copy = dict(body)
    for k in [k for k in body if k not in ALLOWED]:
        copy.pop(k)
    requests.post(ICE_URL, json=body)
def keeps_the_denied_ones(m):
    body = {"medicaid_id": m.medicaid_id, "ssn": m.ssn}  # MCD101
    for k in [k for k in body if k in ALLOWED]:
        body.pop(k)
    requests.post(ICE_URL, json=body)
''',
    # SPEC section 4: a queue or topic named for enforcement, reached through the URL or ARN boto3 looks up
    "queue-url-and-topic-arn-looked-up-by-name": '''
sqs = boto3.client("sqs")
def refer(m):
    url = sqs.get_queue_url(QueueName="ice-eid-referrals")["QueueUrl"]
    sqs.send_message(QueueUrl=url, MessageBody=json.dumps({"ssn": m.ssn}))  # MCD101
def notify(m):
    sns = boto3.client("sns")
    made = sns.create_topic(Name="ice-removal-notices")
    sns.publish(TopicArn=made["TopicArn"], Message=json.dumps({"dx": m.diagnosis_code}))  # MCD102
def created(m):
    url = sqs.create_queue(QueueName="ero-holds.fifo").get("QueueUrl")
    sqs.send_message(QueueUrl=url, MessageBody=json.dumps({"ssn": m.ssn}))  # MCD101
''',
    "queue-url-and-topic-arn-of-state-queues-stay-clean": '''
sqs = boto3.client("sqs")
def sync(m):
    url = sqs.get_queue_url(QueueName="mn-dhs-eligibility-events")["QueueUrl"]
    sqs.send_message(QueueUrl=url, MessageBody=json.dumps({"ssn": m.ssn}))
def notify(m):
    sns = boto3.client("sns")
    arn = sns.create_topic(Name="member-notices")["TopicArn"]
    sns.publish(TopicArn=arn, Message=json.dumps({"dx": m.diagnosis_code}))
    ice_arn = sns.create_topic(Name="ice-holds")["TopicArn"]
    sns.publish(TopicArn=ice_arn, Message=json.dumps({"medicaid_id": m.medicaid_id}))
''',
    # SPEC section 3 (MCD103): an object serialized field by field through json.dumps's default= hook
    "json-dumps-default-hook-serializes-every-field": '''
def by_lambda(member):
    requests.post(ICE_URL, data=json.dumps(member, default=lambda o: o.__dict__))  # MCD103
def by_vars(member):
    body = json.dumps(member, default=vars)  # MCD103
    requests.post(ICE_URL, data=body)
def by_lambda_vars(member):
    requests.post(ICE_URL, data=json.dumps(member, indent=2, default=lambda obj: vars(obj)))  # MCD103
''',
    "json-dumps-default-hook-on-permitted-dicts-or-to-the-state-stays-clean": '''
def dates_as_text(m):
    body = {"medicaid_id": m.medicaid_id, "dob": m.dob}
    requests.post(ICE_URL, data=json.dumps(body, default=str))
def hook_on_a_dict(m):
    requests.post(ICE_URL, data=json.dumps({"medicaid_id": m.medicaid_id}, default=vars))
def stringified(member):
    requests.post(ICE_URL, data=json.dumps(member, default=str))
def to_the_state(member):
    requests.post("https://portal.dhs.state.mn.us/api/members", data=json.dumps(member, default=lambda o: o.__dict__))
def other_lambda(member):
    requests.post(ICE_URL, data=json.dumps(member, default=lambda o: o.isoformat()))
''',
    # SPEC section 5: a *_name that names a thing (a file, a key, an agency) is not the enrollee's name
    "names-of-things-are-not-names-of-people": '''
ICE_BUCKET = "ice-eid-handoff-prod"
s3 = boto3.client("s3")
def refer(m, batch_id, settings, sftp):
    key_name = f"referrals/{batch_id}.json"
    s3.put_object(Bucket=ICE_BUCKET, Key=key_name, Body=json.dumps({"medicaid_id": m.medicaid_id}))
    file_name = f"referrals_{batch_id}.csv"
    requests.post(f"{ICE_URL}/batches/{file_name}", json={"agency_name": settings.AGENCY_NAME, "program_name": "MA"})
def still_a_person(m):
    requests.post(ICE_URL, json={"file_name": m.ssn})  # MCD101
    requests.post(ICE_URL, json={"display_name": m.display_name})  # MCD101
''',
    # SPEC section 6: a string of fields built by the caller and put in an S3 Key by a helper
    "object-key-built-by-the-caller-is-placed-there": '''
class Uploader:
    def __init__(self):
        self.s3 = boto3.client("s3")
    def upload(self, key, body):
        self.s3.put_object(Bucket="ice-eid-handoff-prod", Key=key, Body=body)
def hand_off(subject):
    Uploader().upload(f"referrals/{subject.ssn_num}.json", "{}")  # MCD101
def built_here(subject):
    key = f"referrals/{subject.ssn_num}.json"  # MCD101 (where the key was built, as a URL's field is)
    boto3.client("s3").put_object(Bucket="ice-eid-handoff-prod", Key=key, Body="{}")
''',
    # SPEC section 10: a condition on a status field of a related model (Django's __ lookups)
    "status-condition-through-a-related-lookup": '''
from django.db.models import Q
from members.models import Member
def related():
    for m in Member.objects.filter(eligibility__imgrtn_stus_cd="U"):
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})
def excluded():
    for m in Member.objects.exclude(eligibility__us_citizen=True):
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})
def by_q():
    for m in Member.objects.filter(Q(eligibility__immigration_status__in=["U"])):
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})
def by_county():
    for m in Member.objects.filter(address__county="Hennepin"):
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})  # MCD201
''',
    # SPEC section 10: a file named with a token is the sink only when no upload of it is visible
    "file-named-for-a-state-dhs-uploaded-to-the-state-is-not-a-send": '''
import csv
import pysftp
EXTRACT = "/tmp/dhs_extract.csv"
def export(members):
    with open(EXTRACT, "w", newline="") as fh:
        w = csv.writer(fh)
        for m in members:
            w.writerow([m.msis_id, m.ssn])
    with pysftp.Connection("mft.dhs.state.mn.us", username="svc") as sftp:
        sftp.put(EXTRACT, "/inbound/extract.csv")
def export_s3(members):
    with open(EXTRACT, "w", newline="") as fh:
        w = csv.writer(fh)
        for m in members:
            w.writerow([m.msis_id, m.ssn])
    boto3.client("s3").upload_file(EXTRACT, "mn-dhs-mmis-archive", "extract.csv")
def kept_here(members):
    with open("/tmp/dhs_holds.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        for m in members:
            w.writerow([m.msis_id, m.ssn])  # MCD101 MCD201
''',
    # SPEC section 6: an attribute chain carries all its names, through an element of a list too
    "element-of-a-plural-owner-keeps-the-owners-qualifier": '''
def refer(m, rec):
    requests.post(ICE_URL, json={
        "cin": m.cin,
        "a": m.guardians[0].phone,  # MCD101
        "b": rec["emergency_contacts"][0]["phone"],  # MCD101
        "c": m.providers[0].address,  # MCD102
        "e": m.household_members[0].dob,  # MCD101
        "f": m.diagnoses[0].code,  # MCD102
        "g": m.addresses[0].city,
        "h": m.phones[-1].number,
    })
def by_variable(m):
    first = m.household_members[0]
    requests.post(ICE_URL, json={"dob": first.dob})  # MCD101
def own_rows(rows):
    row = rows[0]
    requests.post(ICE_URL, json={"dob": row.dob, "cin": row.cin})
''',
    # SPEC section 5: a value under a known key takes that key's name, also when zip pairs them
    "names-zipped-with-values": '''
COLUMNS = ["cin", "dob", "primary_dx"]  # MCD102
def literal(row):
    requests.post(ICE_URL, json=dict(zip(["cin", "ssn"], row)))  # MCD101
def comprehension(row):
    requests.post(ICE_URL, json={k: v for k, v in zip(["cin", "ssn"], row)})  # MCD101
def constant(values):
    requests.post(ICE_URL, json=dict(zip(COLUMNS, values)))
def allowed(values):
    requests.post(ICE_URL, json={k: v for k, v in zip(COLUMNS, values) if k in ALLOWED})
    requests.post(ICE_URL, json=dict(zip(["cin", "dob"], values)))
def unknown_names(names, values):
    requests.post(ICE_URL, json=dict(zip(names, values)))
def paired(m):
    requests.post(ICE_URL, json=dict(zip(("medicaid_id", "note"), [m.cin, m.race])))  # MCD101
    requests.post(ICE_URL, json=dict(zip(("medicaid_id", "dob"), (m.cin,
                                                                  m.dob))))
''',
    # SPEC section 6: names survive methods of the value and hashing (a name-based UUID is a hash)
    "regex-cleaning-and-name-based-uuids-keep-the-name": '''
import re
import uuid
def refer(m):
    requests.post(ICE_URL, json={
        "cin": m.cin,
        "digits": re.sub(r"\\D", "", m.ssn),  # MCD101
        "key": str(uuid.uuid5(uuid.NAMESPACE_OID, m.ssn)),  # MCD101
        "request_id": str(uuid.uuid4()),
        "ref": re.sub(r"\\s", "", "A B"),
    })
''',
    # SPEC section 3: fields of a model named for enforcement are reported at their declarations,
    # and what fills it is not reported again (a dict literal annotated with a TypedDict too)
    "dict-literal-annotated-with-an-enforcement-typed-dict": '''
from typing import TypedDict
class IceReferral(TypedDict):
    medicaid_id: str
    diagnosis_code: str  # MCD102
class StateRecord(TypedDict):
    medicaid_id: str
    diagnosis_code: str
def refer(m):
    body: IceReferral = {"medicaid_id": m.cin, "diagnosis_code": m.dx}
    requests.post(ICE_URL, json=body)
def refer_state_shape(m):
    body: StateRecord = {"medicaid_id": m.cin, "diagnosis_code": m.dx}  # MCD102
    requests.post(ICE_URL, json=body)
def extra_key(m):
    body: IceReferral = {"medicaid_id": m.cin, "diagnosis_code": m.dx, "ssn": m.ssn}  # MCD101
    requests.post(ICE_URL, json=body)
def splat(m):
    body: IceReferral = {"medicaid_id": m.cin, **vars(m)}  # MCD103
    requests.post(ICE_URL, json=body)
''',
    # SPEC section 4: a client declared by annotation in the class body (a dataclass field)
    "client-declared-as-an-annotated-class-field": '''
from dataclasses import dataclass
from typing import Optional
import httpx
@dataclass
class ReferralService:
    http: httpx.Client
    url: str = "https://eid.ice.gov/api/subjects"
    def refer(self, m):
        self.http.post(self.url, json={"cin": m.cin, "ssn": m.ssn})  # MCD101
class Plain:
    session: Optional[requests.Session]
    url = "https://eid.ice.gov/api/subjects"
    def refer(self, m):
        self.session.post(self.url, json={"cin": m.cin, "diagnosis": m.dx})  # MCD102
@dataclass
class StateService:
    http: httpx.Client
    url: str = "https://mn-its.dhs.state.mn.us/api"
    def sync(self, m):
        self.http.post(self.url, json={"cin": m.cin, "ssn": m.ssn})
''',
    # SPEC section 4, URL resolution: an entry of a module constant dict read with .get
    "constant-route-table-read-with-get": '''
ROUTES = {"referral": "https://eid.ice.gov/api/v1/referrals", "state": "https://mn-its.dhs.state.mn.us/api"}
def refer(m):
    requests.post(ROUTES.get("referral"), json={"cin": m.cin, "ssn": m.ssn})  # MCD101
    requests.post(ROUTES.get("state"), json={"cin": m.cin, "ssn": m.ssn})
    url = ROUTES.get("referral", "https://x.example.com")
    requests.post(url, json={"dx": m.dx})  # MCD102
''',
    # SPEC section 6 (tuple unpacking element by element): a loop over a literal of (url, payload) pairs
    "loop-over-literal-pairs-runs-each-pair": '''
STATE_URL = "https://mn-its.dhs.state.mn.us/api"
def refer(m):
    full = {"medicaid_id": m.medicaid_id, "ssn": m.ssn, "diagnosis": m.diagnosis}
    basic = {"medicaid_id": m.medicaid_id, "date_of_birth": m.dob}
    for url, body in ((STATE_URL, full), (ICE_URL, basic)):
        requests.post(url, json=body)
def refer_bad(m):
    full = {"medicaid_id": m.medicaid_id, "ssn": m.ssn}  # MCD101
    for url, body in [(ICE_URL, full), (STATE_URL, full)]:
        requests.post(url, json=body)
def refer_each(m):
    for body in ({"ssn": m.ssn}, {"dx": m.dx}):  # MCD101 MCD102
        requests.post(ICE_URL, json=body)
''',
    # SPEC section 4: a resolved non-enforcement host overrides every name signal, also when it is
    # given to a parameter named for the state's own DHS by every visible call
    "dhs-named-parameter-given-only-the-states-host": '''
def push(member, *, dhs_endpoint):
    requests.post(dhs_endpoint, json={"ssn": member.ssn, "income": member.income})
def nightly(member):
    push(member, dhs_endpoint="https://mn-its.dhs.state.mn.us/api/members")
def push_positional(member, dhs_url):
    requests.post(dhs_url, json={"ssn": member.ssn})
def nightly_positional(member):
    push_positional(member, "https://eligibility.dhs.illinois.gov/api/members")
class Pusher:
    def __init__(self, dhs_url):
        self.dhs_url = dhs_url
    def push(self, m):
        requests.post(self.dhs_url, json={"ssn": m.ssn, "dx": m.diagnosis})
def run(m):
    Pusher("https://eligibility.dhs.illinois.gov/api/members").push(m)
''',
    "dhs-named-parameter-given-something-else-stays-a-signal": '''
def push(member, dhs_url):
    requests.post(dhs_url, json={"ssn": member.ssn})  # MCD101
def from_config(member, url):
    push(member, url)
def push_mixed(member, dhs_url):
    requests.post(dhs_url, json={"ssn": member.ssn})  # MCD101
def state(member):
    push_mixed(member, "https://eligibility.dhs.illinois.gov/api/members")
def federal(member):
    push_mixed(member, "https://eid.ice.gov/api/v1/referrals")
def never_called(member, dhs_url):
    requests.post(dhs_url, json={"dx": member.diagnosis})  # MCD102
def also_a_callback(member, dhs_url):
    requests.post(dhs_url, json={"race": member.race})  # MCD101
HANDLERS = {"state": also_a_callback}
def called_once(member):
    also_a_callback(member, "https://eligibility.dhs.illinois.gov/api/members")
class StatePartner:
    def push(self, dhs_url, m):
        requests.post(dhs_url, json={"income": m.income})  # MCD101
class FederalPartner:
    def push(self, dhs_url, m):
        requests.post(dhs_url, json={"sex": m.sex})  # MCD101
def state_run(m):
    StatePartner().push("https://eligibility.dhs.illinois.gov/api/members", m)
''',
    # SPEC section 5: a value carries the name of where it is put; the parts of a model named for an
    # address are address parts
    "parts-of-an-enforcement-address-model": '''
from pydantic import BaseModel
class IceSubjectAddress(BaseModel):
    line1: str
    line2: str | None = None
    city: str
class IceSubject(BaseModel):
    medicaid_id: str
    address: IceSubjectAddress
    score: float  # MCD104
class IceCaseworkerIntake(BaseModel):
    risk_score: float  # MCD104
class IceSubjectPhone(BaseModel):
    number: str
    carrier_account: str  # MCD104
class IceShelterAddress(BaseModel):
    line1: str
    occupants: int  # MCD104
''',
    # SPEC section 6: a value bound by an assignment expression in a comprehension's condition
    "walrus-in-a-comprehension-condition": '''
def to_payload(r):
    if r.get("citizen"):
        return None
    return {"medicaid_id": r["cin"], "sex": r["sex"]}  # MCD101
def refer_all(rows):
    payloads = [p for r in rows if (p := to_payload(r)) is not None]
    requests.post(ICE_URL, json=payloads)
''',
    # SPEC section 4: file names fold like URLs (Path(a, b), joinpath, os.path.join of three parts)
    "file-paths-joined-by-pathlib": '''
import csv
import os
import pathlib
EXPORT_DIR = "/var/exports"
def export(m):
    out = pathlib.Path(EXPORT_DIR, "ice_referrals.csv")
    with open(out, "w", newline="") as fh:
        csv.writer(fh).writerow([m.cin, m.ssn])  # MCD101
def export2(m):
    out = pathlib.Path(EXPORT_DIR).joinpath("ice_referrals.csv")
    with out.open("w") as fh:
        fh.write(f"{m.cin},{m.diagnosis}\\n")  # MCD102
def export3(m):
    out = os.path.join(EXPORT_DIR, "daily", "ice_referrals.csv")
    with open(out, "w") as fh:
        fh.write(f"{m.cin},{m.diagnosis}\\n")  # MCD102
def export_clean(m):
    out = pathlib.Path(EXPORT_DIR, "state_members.csv")
    with open(out, "w", newline="") as fh:
        csv.writer(fh).writerow([m.cin, m.ssn])
''',
    # SPEC section 4: e-mail to any recipient at an enforcement domain, written with formataddr
    "email-recipient-written-with-formataddr": '''
import smtplib
from email.message import EmailMessage
from email.utils import formataddr
def notify(m):
    msg = EmailMessage()
    msg["From"] = formataddr(("MN DHS", "noreply@dhs.state.mn.us"))
    msg["To"] = formataddr(("ERO", "intake@ice.gov"))
    msg.set_content(f"Member {m.cin} diagnosis {m.diagnosis}")  # MCD102
    with smtplib.SMTP("relay.state.mn.us") as s:
        s.send_message(msg)
def notify_state(m):
    msg = EmailMessage()
    msg["To"] = formataddr(("Eligibility", "elig@dhs.state.mn.us"))
    msg.set_content(f"Member {m.cin} diagnosis {m.diagnosis}")
    with smtplib.SMTP("relay.state.mn.us") as s:
        s.send_message(msg)
''',
    # SPEC section 4: any call or function marked with the pragma is a sink; a method is a function
    "pragma-on-a-method-def": '''
import queue
class Outbox:
    def __init__(self):
        self._q = queue.Queue()
    def publish(self, body):  # medicaid-scope: enforcement
        self._q.put(body)
    def flush(self, m):
        self.publish({"medicaid_id": m.cin, "dx": m.diagnosis})  # MCD102
def refer(m):
    Outbox().publish({"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101
def refer2(m, box: Outbox):
    box.publish({"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101
class Archive:
    def publish(self, body):
        self.rows = [body]
def keep(m):
    Archive().publish({"medicaid_id": m.cin, "ssn": m.ssn})
''',
    # SPEC section 6 sanitizers, round 10 shapes: an allow-list test with another condition, keys
    # intersected with the allow-list, a frame projected on a constant column list
    "allow-lists-with-conditions-intersections-and-column-constants": '''
import pandas as pd
PERMITTED = {"medicaid_id", "date_of_birth"}
COLUMNS = ["medicaid_id", "date_of_birth"]
WIDE = ["medicaid_id", "ssn"]  # MCD101
def with_condition(rec):
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if k in PERMITTED and v is not None})
def intersected(member):
    rec = vars(member)
    requests.post(ICE_URL, json={k: rec[k] for k in rec.keys() & PERMITTED})
    requests.post(ICE_URL, json={k: rec[k] for k in PERMITTED & rec.keys()})
    requests.post(ICE_URL, json={k: rec[k] for k in PERMITTED.intersection(rec)})
def projected(path):
    df = pd.read_parquet(path)
    df = df[df.immigration_status == "UNL"]
    requests.post(ICE_URL, data=df[COLUMNS].to_json(orient="records"))
    requests.post(ICE_URL, data=df[list(COLUMNS)].to_json(orient="records"))
    requests.post(ICE_URL, data=df[WIDE].to_json(orient="records"))
def either(member):
    rec = vars(member)  # MCD103
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if k in PERMITTED or v is None})
''',
    # SPEC section 6, tuple unpacking element by element: the columns of a query's rows, in order
    "row-unpacked-column-by-column": '''
def refer(cursor, log):
    cursor.execute("SELECT medicaid_id, date_of_birth, last_name FROM enrollee WHERE immigration_status = 'UNL'")
    for mid, dob, last_name in cursor.fetchall():
        log.info("referring %s (%s)", mid, last_name)
        requests.post(ICE_URL, json={"medicaid_id": mid, "date_of_birth": dob.isoformat()})
def refer_ssn(cursor):
    cursor.execute("SELECT medicaid_id, ssn FROM enrollee WHERE immigration_status = 'UNL'")  # MCD101
    for mid, ssn in cursor.fetchall():
        requests.post(ICE_URL, json={"subject": mid, "x": ssn})
def two_rows_not_two_columns(cur):
    cur.execute("SELECT medicaid_id, ssn FROM enrollee WHERE immigration_status = 'UNL' LIMIT 2")  # MCD101
    newest, previous = cur.fetchall()
    requests.post(ICE_URL, json={"member": newest})
def items_are_not_columns(m):
    rec = {"ssn": m.ssn, "medicaid_id": m.medicaid_id}  # MCD101
    for field, value in rec.items():
        requests.post(ICE_URL, json={"value": value})
''',
    # SPEC section 8: a router or redactor called with a constant takes the way Python takes
    "router-and-redactor-called-with-constants": '''
STATE_URL = "https://mn-its.dhs.state.mn.us/api"
def url_for(kind):
    if kind == "ice":
        return ICE_URL
    return STATE_URL
def sync(member):
    requests.post(url_for("state"), json={"ssn": member.ssn})
def refer(member):
    requests.post(url_for("ice"), json={"ssn": member.ssn})  # MCD101
def redact(rec, audience):
    if audience in ("ice", "ero"):
        return {k: rec[k] for k in ALLOWED}
    return rec
def send(member):
    requests.post(ICE_URL, json=redact(vars(member), "ice"))
def leak(member):
    requests.post(ICE_URL, json=redact(vars(member), "state"))  # MCD103
def unknown(member, kind):
    requests.post(url_for(kind), json={"dx": member.dx})  # MCD102
import os
TARGET = os.environ.get("EXPORT_TARGET", "state")
MODE = "dry-run"
def from_the_environment(member):
    if TARGET == "ice":
        requests.post(ICE_URL, json={"ssn": member.ssn})  # MCD101
def from_a_default(member, target="state"):
    if target == "ice":
        requests.post(ICE_URL, json={"race": member.race})  # MCD101
def from_a_constant(member):
    if MODE == "live":
        requests.post(ICE_URL, json={"sex": member.sex})  # MCD101
''',
    # SPEC section 5: a value carries the names of where it came from (a field's source or alias)
    "field-declarations-with-a-source-or-an-alias": '''
from pydantic import BaseModel, Field
from rest_framework import serializers
class IceBasic(BaseModel):
    id: str = Field(alias="medicaidId")
    status: str = Field(serialization_alias="immigration_status")
    note: str = Field(alias="diagnosisCode")  # MCD102
class IceSerializer(serializers.Serializer):
    id = serializers.CharField(source="medicaid_id")
    status = serializers.CharField(source="immigration_status")
    other = serializers.CharField(source="ssn")  # MCD101
''',
    # SPEC section 6: a field typed as another model of the project holds that model's fields
    "enforcement-model-field-typed-as-another-model": '''
from typing import Optional
from pydantic import BaseModel
class Address(BaseModel):
    street: str
    city: str
    zip_code: str
class Contact(BaseModel):
    ssn: str
class IceBasicInfo(BaseModel):
    medicaid_id: str
    mailing: Address
    previous: Optional[Address] = None
    history: list[Address] = []
    other: Contact  # MCD101
''',
    # SPEC section 6, aliases of sub-containers: an element of a list, by loop or by position
    "elements-of-a-list-changed-through-their-own-names": '''
def enrich(m):
    out = [{"medicaid_id": m.cin}]
    for entry in out:
        entry["ssn"] = m.ssn  # MCD101
    requests.post(ICE_URL, json=out)
def first(m):
    out = [{"medicaid_id": m.cin}]
    entry = out[0]
    entry["race"] = m.race  # MCD101
    requests.post(ICE_URL, json=out)
def numbered(m):
    out = [{"medicaid_id": m.cin}]
    for i, entry in enumerate(out):
        entry["dx"] = m.dx  # MCD102
    requests.post(ICE_URL, json=out)
def stripped(m):
    out = [{"medicaid_id": m.cin, "ssn": m.ssn}]
    for entry in out:
        entry.pop("ssn", None)
    requests.post(ICE_URL, json=out)
def sample_of_a_comprehension(members, log):
    batch = [{"medicaid_id": m.cin, "ssn": m.ssn} for m in members if m.immigration_status == "U"]  # MCD101
    sample = batch[0]
    sample.pop("ssn")
    log.info(sample)
    requests.post(ICE_URL, json=batch)
''',
    # SPEC section 4: SNS through boto3's resource API
    "sns-topic-resource": '''
def refer(m):
    topic = boto3.resource("sns").Topic("arn:aws:sns:us-gov-west-1:123456789012:ice-referrals")
    topic.publish(Message=json.dumps({"ssn": m.ssn}))  # MCD101
def notify(m):
    sns = boto3.resource("sns")
    sns.Topic("arn:aws:sns:us-gov-west-1:123456789012:member-notices").publish(Message=json.dumps({"ssn": m.ssn}))
    sns.create_topic(Name="ero-holds").publish(Message=json.dumps({"dx": m.dx}))  # MCD102
''',
    # SPEC sections 4 and 6: callable objects, and subclasses of library clients used from outside
    "callable-objects-and-library-client-subclasses": '''
import httpx
class Sender:
    def __call__(self, body):
        requests.post(ICE_URL, json=body)
send = Sender()
def refer(m):
    send({"medicaid_id": m.cin, "sex": m.sex})  # MCD101
def refer2(m):
    Sender()({"ssn": m.ssn})  # MCD101
class IceSession(requests.Session):
    pass
def refer3(m):
    IceSession().post("https://eid.ice.gov/api/referrals", json={"ssn": m.ssn})  # MCD101
class IceHttp(httpx.Client):
    pass
def refer4(m):
    IceHttp(base_url="https://eid.ice.gov").post("/api/referrals", json={"dx": m.dx})  # MCD102
class StateHttp(httpx.Client):
    def __init__(self):
        super().__init__(base_url="https://mn-its.dhs.state.mn.us")
def sync(m):
    StateHttp().post("/api/members", json={"ssn": m.ssn})
class Http(httpx.Client):
    def refer(self, body):
        return self.post("/api/referrals", json=body)
def through_own_method(m):
    Http(base_url="https://eid.ice.gov").refer({"dx": m.dx})  # MCD102
def through_own_method_to_the_state(m):
    Http(base_url="https://mn-its.dhs.state.mn.us").refer({"dx": m.dx})
''',
    # SPEC section 6: a payload model's field set after construction, and copies with changes
    "payload-fields-set-after-construction-or-replaced": '''
import dataclasses
from dataclasses import asdict, dataclass
@dataclass
class Payload:
    medicaid_id: str
    note: str = ""
def set_later(m):
    p = Payload(medicaid_id=m.cin)
    p.note = m.race  # MCD101
    requests.post(ICE_URL, json=asdict(p))
def replaced(m):
    p = Payload(medicaid_id=m.cin)
    p2 = dataclasses.replace(p, note=m.race)  # MCD101
    requests.post(ICE_URL, json=asdict(p2))
def copied(m):
    p = Payload(medicaid_id=m.cin)
    p2 = dataclasses.replace(p)
    requests.post(ICE_URL, json=asdict(p2))
def splatted(m):
    updates = {"note": m.ssn}  # MCD101
    p = dataclasses.replace(Payload(medicaid_id=m.cin), **updates)
    requests.post(ICE_URL, json=asdict(p))
''',
    # SPEC section 10: conditions on status read through an object, a property, itertools.filterfalse
    "status-conditions-through-objects-properties-and-filterfalse": '''
import itertools
from members.models import Member
class Enrollee:
    def __init__(self, row):
        self.cin = row["cin"]
        self.immigration_status = row["imgrtn_stus_cd"]
        self.county = row["county"]
    @property
    def in_scope(self):
        return self.immigration_status in ("5", "6")
    @property
    def local(self):
        return self.county == "27"
def by_attribute(rows):
    for r in rows:
        e = Enrollee(r)
        if e.immigration_status in ("5", "6"):
            requests.post(ICE_URL, json={"medicaid_id": e.cin})
def by_property(rows):
    for r in rows:
        e = Enrollee(r)
        if e.in_scope:
            requests.post(ICE_URL, json={"medicaid_id": e.cin})
def by_county_property(rows):
    for r in rows:
        e = Enrollee(r)
        if e.local:
            requests.post(ICE_URL, json={"medicaid_id": e.cin})  # MCD201
def by_filterfalse():
    for m in itertools.filterfalse(lambda x: x.us_citizen, Member.objects.all()):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
def same_name_on_another_object(rows):
    for r in rows:
        if r.in_scope:
            requests.post(ICE_URL, json={"medicaid_id": r.cin})  # MCD201
''',
    # SPEC sections 6 and 10: a bound method handed to an executor runs there, with these arguments
    "bound-method-handed-to-an-executor": '''
from concurrent.futures import ThreadPoolExecutor
from members.models import Member
class Client:
    def send(self, m):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
    def send_body(self, body):
        requests.post(ICE_URL, json=body)
def nightly():
    client = Client()
    with ThreadPoolExecutor(4) as ex:
        for m in Member.objects.all():
            ex.submit(client.send, m)  # MCD201
def fields(m):
    client = Client()
    with ThreadPoolExecutor(4) as ex:
        ex.submit(client.send_body, {"ssn": m.ssn})  # MCD101
''',
    # SPEC section 4, files: a file copied to a path named for enforcement carries what was written to it
    "file-copied-to-an-enforcement-path": '''
import shutil
def drop(m):
    with open("/tmp/r.json", "w") as fh:
        json.dump({"medicaid_id": m.cin, "ssn": m.ssn}, fh)  # MCD101
    shutil.copy("/tmp/r.json", "/mnt/drop/ice_referrals.json")
def keep(m):
    with open("/tmp/r2.json", "w") as fh:
        json.dump({"medicaid_id": m.cin, "ssn": m.ssn}, fh)
    shutil.copy("/tmp/r2.json", "/mnt/archive/members.json")
''',
    # SPEC sections 6 and 10: qualifiers apply along an attribute chain: a spouse's status is no
    # condition on the member sent
    "status-of-someone-else-through-an-attribute-chain": '''
from members.models import Member
def spouse():
    for m in Member.objects.all():
        if m.spouse.immigration_status == "EWI":
            requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
def own():
    for m in Member.objects.all():
        if m.immigration_status == "EWI":
            requests.post(ICE_URL, json={"medicaid_id": m.cin})
def own_nested():
    for m in Member.objects.all():
        if m.eligibility.immigration_status == "EWI":
            requests.post(ICE_URL, json={"medicaid_id": m.cin})
''',
    # SPEC section 4: e-mail to a recipient read back from the message (sendmail(frm, msg["To"], ...))
    "sendmail-to-the-messages-own-recipient": '''
import smtplib
from email.message import EmailMessage
def notify(m):
    msg = EmailMessage()
    msg["To"] = "desk@ero.ice.gov"
    msg.set_content(f"{m.cin} {m.ssn}")  # MCD101
    with smtplib.SMTP("relay.state.mn.us") as server:
        server.sendmail("noreply@state.mn.us", msg["To"], msg.as_string())
def notify_state(m):
    msg = EmailMessage()
    msg["To"] = "elig@dhs.state.mn.us"
    msg.set_content(f"{m.cin} {m.ssn}")
    with smtplib.SMTP("relay.state.mn.us") as server:
        server.sendmail("noreply@state.mn.us", msg["To"], msg.as_string())
''',
    # SPEC section 6: setdefault(...)[k] = v, chained and after a key read
    "chained-setdefault-stores": '''
def chained(m):
    body = {"medicaid_id": m.cin}
    body.setdefault("x", {}).setdefault("y", {})["dx"] = m.dx_code  # MCD102
    requests.post(ICE_URL, json=body)
def after_a_key(m):
    body = {"medicaid_id": m.cin, "x": {}}
    body["x"].setdefault("y", {})["dx"] = m.dx_code  # MCD102
    requests.post(ICE_URL, json=body)
def permitted(m):
    body = {"medicaid_id": m.cin}
    body.setdefault("person", {}).setdefault("home", {})["city"] = m.city
    requests.post(ICE_URL, json=body)
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source) == want


def test_json_dumps_default_hook_names_the_call() -> None:
    from flake8_medicaid_scope import analyze

    source = HEAD + "def refer(member):\n    requests.post(ICE_URL, data=json.dumps(member, default=vars))\n"
    found = analyze(source)
    assert [(f.line, f.col, f.code) for f in found] == [(7, 32, "MCD103")]
    assert found[0].message.startswith("MCD103 whole record json.dumps(member, default=...) sent to enforcement endpoint https://eid.ice.gov/api/v1/referrals (line 7)")
