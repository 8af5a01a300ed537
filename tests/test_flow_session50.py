"""The data flow shapes of the fiftieth session: what its SPEC-only probers found (round 333 and
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
    # SPEC section 4 (a class named for enforcement builds the data: its returned value is a payload): a subclass
    # named for enforcement that inherits build() from a neutral base and fills the base's hook (round 333: false
    # silence); a state-named subclass stays clean, and the enforcement builder's output visibly sent only to the
    # state's host is clean (the resolved host overrides the name)
    "inherited-builder-method-with-own-hook": '''
class BaseBuilder:
    def __init__(self, m):
        self.m = m

    def build(self):
        out = {"medicaid_id": self.m.cin}
        self.extend(out)
        return out

    def extend(self, out):
        pass


class EroPacketBuilder(BaseBuilder):
    def extend(self, out):
        out["caseworker_name"] = self.m.caseworker_name  # MCD101


class StatePacketBuilder(BaseBuilder):
    def extend(self, out):
        out["diagnosis_code"] = self.m.diagnosis_code


class EroStatusBuilder(BaseBuilder):
    def extend(self, out):
        out["phone"] = self.m.phone
''',
    # (review 50a: a subclass's own build() narrowing what super().build() of a neutral base returns is the builder,
    # not the base's method it calls)
    "inherited-builder-method-narrowed-by-the-override": '''
class BaseBuilder:
    def __init__(self, m):
        self.m = m

    def build(self):
        return {"medicaid_id": self.m.cin, "ssn": self.m.ssn, "dx": self.m.diagnosis_code}


class IceReferralBuilder(BaseBuilder):
    ALLOWED = ("medicaid_id",)

    def build(self):
        out = super().build()
        return {k: v for k, v in out.items() if k in self.ALLOWED}
''',
    "inherited-builder-method-sent-only-to-the-state": '''
import requests

STATE_URL = "https://eligibility.state.mn.us/api/packets"


class BaseBuilder:
    def __init__(self, m):
        self.m = m

    def build(self):
        out = {"medicaid_id": self.m.cin}
        self.extend(out)
        return out

    def extend(self, out):
        pass


class EroPacketBuilder(BaseBuilder):
    def extend(self, out):
        out["caseworker_name"] = self.m.caseworker_name


def send_copy_to_state(m):
    requests.post(STATE_URL, json=EroPacketBuilder(m).build())
''',
    # SPEC section 4 (zip archives are files; what is written into them goes where the archive goes): a member
    # opened with ZipFile.open(name, "w") and written through (also as text, with a csv writer), then the archive
    # posted (round 333: false silence, a README limit); the same archive posted to the state is clean
    "zip-member-opened-for-writing": '''
import csv
import io
import zipfile

import requests

ICE_DOCS_URL = "https://eid.ice.gov/api/v1/documents"
STATE_URL = "https://mmis.state.mn.us/api/docs"


def send_one(member):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        with zf.open("subject.txt", "w") as entry:
            entry.write(member.ssn[-4:].encode())  # MCD101
    requests.post(ICE_DOCS_URL, data=buf.getvalue())


def send_table(member):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        with zf.open("subjects.csv", "w") as raw, io.TextIOWrapper(raw, encoding="utf-8") as text:
            csv.writer(text).writerow([member.cin, member.diagnosis_code])  # MCD102
    requests.post(ICE_DOCS_URL, data=buf.getvalue())


def send_state(member):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        with zf.open("case.txt", "w") as entry:
            entry.write(member.diagnosis_code.encode())
    requests.post(STATE_URL, data=buf.getvalue())
''',
    # SPEC section 4 (unknown names in protocol fields such as an S3 Key are transfer metadata, not MCD104): the
    # file name of a multipart upload (requests' files={"f": (name, data)}) is one (round 333: false MCD104); an
    # SSN in it is still sent, and so is what the file holds
    "multipart-file-name-is-metadata": '''
import requests

CBP_INTAKE = "https://intake.cbp.gov/v2/packages"


def send_package(member, data: bytes):
    requests.post(CBP_INTAKE, files={"package": (f"pkg_{member.id}.zip", data)})


def send_list(member, data: bytes):
    requests.post(CBP_INTAKE, files=[("package", (f"pkg_{member.ssn}.zip", data, "application/zip"))])  # MCD101


def send_body(member):
    requests.post(CBP_INTAKE, files={"package": (f"pkg_{member.id}.txt", member.diagnosis_code)})  # MCD102


def send_path(member, workdir):
    # (the name of a path built earlier: the file name it gives is metadata there too)
    zpath = workdir / f"pkg_{member.id}.zip"
    with zpath.open("rb") as fh:
        requests.post(CBP_INTAKE, files={"package": (zpath.name, fh, "application/zip")})
''',
    # SPEC section 3 (a field of a model named for enforcement is reported at its declaration; not again): a
    # DictWriter's fieldnames taken from that model's field table (_fields, dataclasses.fields) names the same
    # fields (round 334: reported twice); a model not named for enforcement is still reported at fieldnames
    "enforcement-model-field-table-as-fieldnames": '''
import csv
import dataclasses
import io
from dataclasses import dataclass
from typing import NamedTuple

import paramiko


class IceExtractRow(NamedTuple):
    cin: str
    preferred_language: str  # MCD101


@dataclass
class IceReferralRow:
    cin: str
    sex: str  # MCD101


class ExtractRow(NamedTuple):
    cin: str
    preferred_language: str


class IceCopyRow(NamedTuple):
    cin: str
    preferred_language: str


def _put(buf):
    ssh = paramiko.SSHClient()
    ssh.connect(hostname="mft.ero.dhs.gov")
    ssh.open_sftp().putfo(io.BytesIO(buf.getvalue().encode()), "/in/x.csv")


def push(m):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=IceExtractRow._fields)
    w.writerow(IceExtractRow(cin=m.cin, preferred_language=m.lang)._asdict())
    _put(buf)


def push_dataclass(m):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=[f.name for f in dataclasses.fields(IceReferralRow)])
    w.writerow(dataclasses.asdict(IceReferralRow(cin=m.cin, sex=m.sex)))
    _put(buf)


def push_bound(m):
    # (round 337: the field table bound to a name first)
    fields = [f.name for f in dataclasses.fields(IceReferralRow)]
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fields)
    w.writerow(dataclasses.asdict(IceReferralRow(cin=m.cin, sex=m.sex)))
    _put(buf)


def push_plain(m):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(ExtractRow._fields))  # MCD101
    w.writerow(ExtractRow(cin=m.cin, preferred_language=m.lang)._asdict())
    _put(buf)


def push_state_copy(m):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=IceCopyRow._fields)
    w.writerow(IceCopyRow(cin=m.cin, preferred_language=m.lang)._asdict())
    ssh = paramiko.SSHClient()
    ssh.connect(hostname="mft.dhs.state.mn.us")
    ssh.open_sftp().putfo(io.BytesIO(buf.getvalue().encode()), "/in/x.csv")
''',
    # SPEC section 6 (dict merges: the later key wins): a later entry of the same key replaces what a spread or the
    # left side of | gave it, whatever it holds (round 335: the replaced SSN was still reported)
    "merge-later-key-replaces-the-earlier": '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def override_spread(m):
    legacy = {"member_ref": m.ssn, "dob": m.dob}
    body = {**legacy, "member_ref": m.cin}
    requests.post(ICE_URL, json=body)


def override_pipe(m):
    legacy = {"member_ref": m.ssn, "dob": m.dob}
    body = legacy | {"member_ref": m.cin}
    requests.post(ICE_URL, json=body)


def override_literal(m):
    body = {**{"id": m.ssn}, "id": m.cin}
    requests.post(ICE_URL, json=body)


def spread_after(m):
    legacy = {"member_ref": m.ssn, "dob": m.dob}  # MCD101
    body = {"member_ref": m.cin, **legacy}
    requests.post(ICE_URL, json=body)


def pipe_other_key(m):
    legacy = {"member_ref": m.ssn, "dob": m.dob}  # MCD101
    body = legacy | {"medicaid_id": m.cin}
    requests.post(ICE_URL, json=body)
''',
    # SPEC section 6 (MCD103 only where an object's fields are unknown): vars() of a SimpleNamespace whose attributes
    # are all given or set where the analysis sees them is those attributes (round 335: MCD103 on permitted fields,
    # and MCD103 instead of the diagnosis); a setattr of a name not known, another name bound to it, a ** spread in
    # its constructor, or handing it to any function keeps MCD103 (review 50a)
    "simple-namespace-vars-is-its-attributes": '''
from types import SimpleNamespace

import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def ns_ok(m):
    ns = SimpleNamespace(medicaid_id=m.cin, phone=m.phone)
    requests.post(ICE_URL, json=vars(ns))


def ns_bad(m):
    ns = SimpleNamespace(medicaid_id=m.cin, dx=m.primary_dx)  # MCD102
    requests.post(ICE_URL, json=vars(ns))


def ns_later(m):
    ns = SimpleNamespace(medicaid_id=m.cin)
    ns.ssn = m.ssn  # MCD101
    requests.post(ICE_URL, json=vars(ns))


def ns_loop(m, row):
    ns = SimpleNamespace(medicaid_id=m.cin)
    for k, v in row.items():
        setattr(ns, k, v)
    requests.post(ICE_URL, json=vars(ns))  # MCD103


def ns_alias(m):
    ns = SimpleNamespace(medicaid_id=m.cin)
    other = ns
    other.ssn = m.ssn
    requests.post(ICE_URL, json=vars(ns))  # MCD103


def ns_helper(m, row):
    ns = SimpleNamespace(medicaid_id=m.cin)
    fill(ns, row)
    requests.post(ICE_URL, json=vars(ns))  # MCD103


def fill(ns, row):
    for k, v in row.items():
        setattr(ns, k, v)


def ns_spread(m, row):
    ns = SimpleNamespace(medicaid_id=m.cin, **row)
    requests.post(ICE_URL, json=vars(ns))  # MCD103


def ns_walrus(m):
    ns = SimpleNamespace(medicaid_id=m.cin)
    if (other := ns) is not None:
        other.ssn = m.ssn
    requests.post(ICE_URL, json=vars(ns))  # MCD103


def ns_vars_update(m, row):
    ns = SimpleNamespace(medicaid_id=m.cin)
    vars(ns).update(row)
    requests.post(ICE_URL, json=vars(ns))  # MCD103


def ns_deleted(m):
    # (round 337: del of an attribute removes it, as del of a dict's key does)
    ns = SimpleNamespace(medicaid_id=m.cin, ssn=m.ssn)
    del ns.ssn
    requests.post(ICE_URL, json=vars(ns))


def ns_dunder_dict(m):
    # (round 337: ns.__dict__ is vars(ns))
    ns = SimpleNamespace(medicaid_id=m.cin, race=m.race)  # MCD101
    requests.post(ICE_URL, json=ns.__dict__)


def ns_setattr_literal(m):
    # (round 337: setattr with a literal name is an attribute the analysis follows)
    ns = SimpleNamespace(medicaid_id=m.cin)
    setattr(ns, "gender", m.gender)  # MCD101
    requests.post(ICE_URL, json=vars(ns))
''',
    # SPEC section 10 (not bulk: one person's record the caller chose): list(...) or itertools.chain(...) of literal
    # lists about one member is what the literal is (round 335: MCD201 under a plural name)
    "copy-of-literal-lists-is-no-population": '''
import copy
import itertools
import json

import boto3

s3 = boto3.client("s3")


def handoff_lines(m):
    rows = list([{"cin": m.cin}, {"dob": m.dob}])
    s3.put_object(Bucket="ice-eid-handoff-prod", Key="one.json", Body="\\n".join(json.dumps(r) for r in rows))


def handoff_chain(m):
    records = list(itertools.chain([{"cin": m.cin}], [{"phone": m.phone}]))
    s3.put_object(Bucket="ice-eid-handoff-prod", Key="two.json", Body=json.dumps(records))


def handoff_copy(m):
    # (round 337: a copy of a literal bound in the function)
    base = [{"medicaid_id": m.cin}]
    persons = base.copy()
    s3.put_object(Bucket="ice-eid-handoff-prod", Key="c.json", Body=json.dumps(persons))


def handoff_deepcopy(m):
    records = copy.deepcopy([{"medicaid_id": m.cin}])
    s3.put_object(Bucket="ice-eid-handoff-prod", Key="d.json", Body=json.dumps(records))


def handoff_star(fetch_enrollees):
    # (round 337: [*fetch()] is the call's records, as list(fetch()) is)
    records = [*fetch_enrollees()]
    s3.put_object(Bucket="ice-eid-handoff-prod", Key="s.json", Body=json.dumps([{"cin": r.cin} for r in records]))  # MCD201


def handoff_pages(api):
    people = list(itertools.chain([*api.page(1)], [*api.page(2)]))
    for p in people:
        s3.put_object(Bucket="ice-eid-handoff-prod", Key="p.json", Body=json.dumps({"cin": p.cin}))  # MCD201


def handoff_all(fetch):
    members = list(fetch())
    s3.put_object(Bucket="ice-eid-handoff-prod", Key="all.json", Body=json.dumps([{"cin": m.cin} for m in members]))  # MCD201
''',
    # SPEC section 5 (names are normalized; a plural of a known name is that name): medicaid_ids, member_ids,
    # recipient_ids (round 335: unknown, MCD104 on a lawful list of Medicaid IDs)
    "plural-ids-are-the-id": '''
from typing import List

import requests
from pydantic import BaseModel

ICE_URL = "https://eid.ice.gov/api/v1/lookup"


class IceBatchLookup(BaseModel):
    medicaid_ids: List[str]
    member_ids: List[str]
    recipient_ids: List[str]
    ssns: List[str]  # MCD101


def send(medicaid_ids, member_ids):
    requests.post(ICE_URL, json={"medicaid_ids": medicaid_ids, "member_ids": member_ids})
''',
    # SPEC section 5 (values in the harmless list never count): a harmless key read from a container named for
    # something (claim["batch_id"]) is transfer metadata, not the container's data (round 337: MCD102 'claim_batch_id')
    "harmless-key-of-a-named-container": '''
import json

import boto3

sqs = boto3.client("sqs")
ICE_QUEUE = "https://sqs.us-east-1.amazonaws.com/111122223333/ice-handoff"


def hand_off(claim):
    sqs.send_message(
        QueueUrl=ICE_QUEUE,
        MessageBody=json.dumps({"member_id": claim["member_id"], "batch_id": claim["batch_id"]}),
        MessageGroupId=claim["batch_id"],
    )


def hand_off_amount(claim):
    sqs.send_message(QueueUrl=ICE_QUEUE, MessageBody=json.dumps({"amount": claim["amount"]}))  # MCD102
''',
    # SPEC section 6 (an allow-list keeps what passes its test): a test of the renamed key (RENAME.get(k) in
    # ALLOWED) passes the source keys the mapping renames into the list, the SSN renamed to medicaid_id among them
    # (round 338: silent); tests joined by "and" keep what is in every list (k in RENAME and RENAME[k] in ALLOWED
    # was the whole mapping: a false MCD101 older than this session)
    "allow-list-tested-on-the-renamed-key": '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/subjects"
RENAME = {"SSN": "medicaid_id", "ELGBL-LINE-1-ADR": "address"}
HONEST = {"MSIS_ID": "medicaid_id", "SSN": "ssn", "ELGBL-LINE-1-ADR": "address"}
API_ALLOWED = {"medicaid_id", "address"}


def send_renamed_into_the_list(row: dict):
    body = {RENAME[k]: v for k, v in row.items() if RENAME.get(k) in API_ALLOWED}  # MCD101
    requests.post(ICE_URL, json=body)


def send_honest(row: dict):
    body = {HONEST[k]: v for k, v in row.items() if HONEST.get(k) in API_ALLOWED}
    requests.post(ICE_URL, json=body)


def send_honest_both_tests(row: dict):
    body = {HONEST[k]: v for k, v in row.items() if k in HONEST and HONEST[k] in API_ALLOWED}
    requests.post(ICE_URL, json=body)
''',
    # SPEC section 4 (queues, streams and storage: the topic, stream, bucket or function name decides): Google Cloud
    # Pub/Sub, Redis, Google Cloud Storage, Azure Blob Storage and AWS Lambda (round 339: silent, a README limit); the
    # same sends to the state's own topics, streams, containers and functions stay clean
    "pubsub-redis-gcs-azure-lambda": '''
import json

import boto3
import redis
from azure.storage.blob import BlobServiceClient
from google.cloud import pubsub_v1, storage

publisher = pubsub_v1.PublisherClient()
TOPIC = publisher.topic_path("agency-prod", "ice-referrals")
STATE_TOPIC = publisher.topic_path("agency-prod", "mmis-eligibility-updates")
r = redis.Redis(host="cache.agency.internal")
ero = redis.from_url("rediss://queue.ero.dhs.gov:6380/0")


def pubsub_ice(m):
    publisher.publish(TOPIC, json.dumps({"medicaid_id": m.cin, "ssn": m.ssn}).encode())  # MCD101


def pubsub_state(m):
    publisher.publish(STATE_TOPIC, json.dumps({"medicaid_id": m.cin, "ssn": m.ssn}).encode())


def redis_ice(m):
    r.publish("ice:referrals", json.dumps({"dx": m.diagnosis_code}))  # MCD102
    r.xadd("ero-subjects", {"medicaid_id": m.cin, "race": m.race})  # MCD101
    ero.rpush("subjects", json.dumps({"sex": m.sex}))  # MCD101


def redis_state(m):
    r.xadd("eligibility-updates", {"medicaid_id": m.cin, "race": m.race})
    r.lpush("renewals", json.dumps({"dx": m.diagnosis_code}))


def gcs(m):
    storage.Client().bucket("ice-eid-handoff").blob(f"{m.cin}.json").upload_from_string(json.dumps({"ssn": m.ssn}))  # MCD101
    storage.Client().bucket("mn-medicaid-lake").blob(f"{m.cin}.json").upload_from_string(json.dumps({"ssn": m.ssn}))


def azure(m):
    svc = BlobServiceClient.from_connection_string("DefaultEndpointsProtocol=https;AccountName=agency")
    svc.get_blob_client("ero-drop", "x.json").upload_blob(json.dumps({"ssn": m.ssn}))  # MCD101
    svc.get_container_client("state-lake").upload_blob("y.json", json.dumps({"ssn": m.ssn}))


def lambdas(m):
    boto3.client("lambda").invoke(FunctionName="ice-referral-intake", Payload=json.dumps({"hiv_status": m.hiv_status}))  # MCD102
    boto3.client("lambda").invoke(FunctionName="eligibility-recalc", Payload=json.dumps({"hiv_status": m.hiv_status}))
''',
    # (round 340: Azure clients made from a URL, the GCS Blob constructor, Pub/Sub message attributes given as keywords;
    # a blob's name is transfer metadata, as an S3 Key is, and names no person)
    "pubsub-gcs-azure-more-shapes": '''
import json

from azure.storage.blob import BlobClient, BlobServiceClient, ContainerClient
from google.cloud import pubsub_v1, storage

pub = pubsub_v1.PublisherClient()
TOPIC = pub.topic_path("agency", "ice-liaison")


def attributes(m):
    pub.publish(TOPIC, b"{}", member_ssn=m.ssn, timeout=30)  # MCD101
    pub.publish(TOPIC, b"{}", request_id="nightly", retry=None)


def container_url(m):
    cc = ContainerClient.from_container_url("https://acct.blob.core.windows.net/ice-referrals")
    cc.upload_blob("x.json", json.dumps({"dx": m.primary_dx}))  # MCD102
    state = ContainerClient.from_container_url("https://acct.blob.core.windows.net/eligibility-lake")
    state.upload_blob("x.json", json.dumps({"dx": m.primary_dx}))


def blob_url(m):
    bc = BlobClient.from_blob_url("https://acct.blob.core.windows.net/ice-referrals/x.json")
    bc.upload_blob(json.dumps({"dx": m.primary_dx}))  # MCD102


def blob_name(m):
    svc = BlobServiceClient.from_connection_string("DefaultEndpointsProtocol=https;AccountName=agency")
    container = svc.get_container_client("ero-drop")
    name = f"referrals/{m.member_id}.json"
    container.upload_blob(name, json.dumps({"medicaid_id": m.cin}))
    container.upload_blob(name=f"r/{m.member_id}.json", data=json.dumps({"medicaid_id": m.cin}))


def gcs_blob_constructor(m):
    bucket = storage.Client().bucket("ero-drop")
    storage.Blob("x.json", bucket).upload_from_string(json.dumps({"dx": m.primary_dx}))  # MCD102
''',
    # (review 50c: a topic path's project; a Redis cache on an ICE host (its key names no destination: a state cache's
    # "ice:" key is the state's); a blob name given to the BlobClient constructor is data; RENAME.get(k, k))
    "pubsub-redis-azure-review-50c": '''
import json

import redis
import requests
from azure.storage.blob import BlobClient
from google.cloud import pubsub_v1

publisher = pubsub_v1.PublisherClient()
ICE_URL = "https://eid.ice.gov/referrals"
RENAME = {"SSN": "medicaid_id"}
ALLOWED = {"medicaid_id", "address"}


def project_named(m):
    publisher.publish(publisher.topic_path("ice-eid-prod", "referrals"), json.dumps({"ssn": m.ssn}).encode())  # MCD101


def cache_on_ice_host(m):
    r = redis.Redis(host="cache.eid.ice.gov")
    r.set(f"subject:{m.cin}", json.dumps({"ssn": m.ssn}))  # MCD101
    r.hset("subject", mapping={"dx": m.diagnosis_code})  # MCD102


def state_cache(m):
    r = redis.Redis(host="cache.agency.internal")
    r.set(f"ice:{m.cin}", json.dumps({"ssn": m.ssn}))


def blob_named_by_ssn(m):
    BlobClient("https://agency.blob.core.windows.net", "ice-drop", f"{m.ssn}.json").upload_blob(b"x")  # MCD101


def renamed_with_default(row: dict):
    body = {RENAME.get(k, k): v for k, v in row.items() if RENAME.get(k, k) in ALLOWED}  # MCD101
    requests.post(ICE_URL, json=body)
''',
    # SPEC section 10 (sources of many people's records, as data): DynamoDB's table.scan() and table.query(
    # KeyConditionExpression=...) (round 341: silent); a FilterExpression testing the status field is a condition
    # (round 341: false MCD201 under a plural name); a key condition on a person's id is a lookup of one person
    "dynamodb-scan-and-query": '''
import json

import boto3
from boto3.dynamodb.conditions import Attr, Key

table = boto3.resource("dynamodb").Table("medicaid-members")
sqs = boto3.client("sqs")
ICE_QUEUE = "https://sqs.us-east-1.amazonaws.com/111122223333/ice-eid-handoff"


def everyone(event, context):
    for item in table.scan()["Items"]:
        sqs.send_message(QueueUrl=ICE_QUEUE, MessageBody=json.dumps({"medicaid_id": item["medicaid_id"]}))  # MCD201


def by_county(event, context):
    resp = table.query(KeyConditionExpression="county_fips = :c", ExpressionAttributeValues={":c": event["county"]})
    for item in resp["Items"]:
        sqs.send_message(QueueUrl=ICE_QUEUE, MessageBody=json.dumps({"medicaid_id": item["medicaid_id"]}))  # MCD201


def one_person(event, context):
    resp = table.query(KeyConditionExpression=Key("cin").eq(event["cin"]))
    for item in resp["Items"]:
        sqs.send_message(QueueUrl=ICE_QUEUE, MessageBody=json.dumps({"medicaid_id": item["medicaid_id"]}))


def chosen(event, context):
    members = table.scan(FilterExpression=Attr("immigration_status").eq("UNLAWFUL"))["Items"]
    for m in members:
        sqs.send_message(QueueUrl=ICE_QUEUE, MessageBody=json.dumps({"medicaid_id": m["medicaid_id"]}))


def chosen_text(event, context):
    members = table.scan(FilterExpression="immigration_status = :s", ExpressionAttributeValues={":s": "UNLAWFUL"})["Items"]
    for m in members:
        sqs.send_message(QueueUrl=ICE_QUEUE, MessageBody=json.dumps({"medicaid_id": m["medicaid_id"]}))


def chosen_placeholder(event, context):
    # (review 50d: a placeholder that ExpressionAttributeNames names)
    members = table.scan(FilterExpression="#s = :s", ExpressionAttributeNames={"#s": "immigration_status"},
                         ExpressionAttributeValues={":s": "UNLAWFUL"})["Items"]
    for m in members:
        sqs.send_message(QueueUrl=ICE_QUEUE, MessageBody=json.dumps({"medicaid_id": m["medicaid_id"]}))


def handed_table(table, county_id):
    # (review 50d: a table handed in, named so or given DynamoDB's keywords; a county's or a range of ids is many people)
    for item in table.scan()["Items"]:
        sqs.send_message(QueueUrl=ICE_QUEUE, MessageBody=json.dumps({"medicaid_id": item["cin"]}))  # MCD201
    resp = table.query(KeyConditionExpression=Key("county_id").eq(county_id))
    for item in resp["Items"]:
        sqs.send_message(QueueUrl=ICE_QUEUE, MessageBody=json.dumps({"medicaid_id": item["cin"]}))  # MCD201
    resp = table.query(KeyConditionExpression=Key("cin").begins_with("9"))
    for item in resp["Items"]:
        sqs.send_message(QueueUrl=ICE_QUEUE, MessageBody=json.dumps({"medicaid_id": item["cin"]}))  # MCD201


def not_a_table(scanner, member):
    # (review 50d: a barcode scanner's scan() reads no one's records)
    pages = scanner.scan()
    sqs.send_message(QueueUrl=ICE_QUEUE, MessageBody=json.dumps({"medicaid_id": member.cin, "pages": len(pages)}))
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
