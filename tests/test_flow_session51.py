"""The data flow shapes of the fifty-first session: what its SPEC-only probers found (round 343 and
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
    # SPEC section 10 (a population source is a query or read of many records): DynamoDB's client paginator
    # (`get_paginator("scan").paginate(...)`, a README limit of rounds 333-340) reads the table's records page by
    # page; a status test in its FilterExpression chooses them, and a key condition on one person's id is a lookup
    "dynamodb-client-paginator": '''
import json

import boto3

ICE_QUEUE = "https://sqs.us-east-1.amazonaws.com/123456789012/ice-eid-referrals"
sqs = boto3.client("sqs")
ddb = boto3.client("dynamodb")


def every_page():
    paginator = ddb.get_paginator("scan")
    for page in paginator.paginate(TableName="medicaid_members"):
        for item in page["Items"]:
            sqs.send_message(QueueUrl=ICE_QUEUE, MessageBody=json.dumps({"medicaid_id": item["cin"]["S"]}))  # MCD201


def chosen_pages():
    pages = ddb.get_paginator("scan").paginate(TableName="medicaid_members", FilterExpression="immigration_status = :u",
                                               ExpressionAttributeValues={":u": {"S": "UNLAWFUL"}})
    for page in pages:
        for item in page["Items"]:
            sqs.send_message(QueueUrl=ICE_QUEUE, MessageBody=json.dumps({"medicaid_id": item["cin"]["S"]}))


def one_person(cin):
    pages = ddb.get_paginator("query").paginate(TableName="medicaid_members", KeyConditionExpression="cin = :c",
                                                ExpressionAttributeValues={":c": {"S": cin}})
    for page in pages:
        for item in page["Items"]:
            sqs.send_message(QueueUrl=ICE_QUEUE, MessageBody=json.dumps({"medicaid_id": item["cin"]["S"]}))

''',
    # SPEC section 6 (sanitizers: what is taken out is not sent): `delattr(ns, "ssn")` is `del ns.ssn` written by
    # name (a README limit of rounds 333-340: the namespace was a whole record, MCD103); a name not known may
    # take an attribute away, never add one: the attributes given are still sent
    "simplenamespace-delattr": '''
import types

import requests

ICE_URL = "https://eid.ice.gov/api/members"


def by_literal(m):
    ns = types.SimpleNamespace(medicaid_id=m.cin, ssn=m.ssn, dob=m.dob)
    delattr(ns, "ssn")
    requests.post(ICE_URL, json=vars(ns))


def by_name(m, extra):
    ns = types.SimpleNamespace(medicaid_id=m.cin, ssn=m.ssn, dob=m.dob)  # MCD101
    delattr(ns, extra)
    requests.post(ICE_URL, json=vars(ns))


def other_one(m):
    ns = types.SimpleNamespace(medicaid_id=m.cin, ssn=m.ssn, dob=m.dob)  # MCD101
    delattr(ns, "dob")
    requests.post(ICE_URL, json=vars(ns))
''',
    # SPEC section 6 (module state: what one function leaves in a module container, another sends): a container
    # declared `global` and rebound empty before it is filled (round 344: both silent, an SSN and a batch of every
    # member's race with no status test)
    "global-rebound-then-filled": '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
_PAYLOAD = {}
BATCH = []


def stage(member):
    global _PAYLOAD
    _PAYLOAD = {}
    _PAYLOAD["ssn"] = member.ssn  # MCD101
    _PAYLOAD["medicaid_id"] = member.cin


def flush():
    requests.post(ICE_URL, json=_PAYLOAD, timeout=30)


def load(members):
    global BATCH
    BATCH = []
    for m in members:
        BATCH.append({"cin": m.cin, "race": m.race_cd})  # MCD101


def send():
    requests.post(ICE_URL, json={"subjects": BATCH}, timeout=120)  # MCD201
''',
    # the same shapes that stay clean: a rebound container filled only with the permitted fields, and one the module
    # sends only to the state
    "global-rebound-then-filled-clean": '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://medicaid.oregon.gov/api/v1/members"
_PAYLOAD = {}
_FULL = {}


def stage(member):
    global _PAYLOAD, _FULL
    _PAYLOAD = {}
    _PAYLOAD["medicaid_id"] = member.cin
    _PAYLOAD["date_of_birth"] = member.dob
    _FULL = {}
    _FULL["ssn"] = member.ssn
    _FULL["diagnosis_code"] = member.dx_code


def flush():
    requests.post(ICE_URL, json=_PAYLOAD, timeout=30)
    requests.post(STATE_URL, json=_FULL, timeout=30)
''',
    # SPEC section 4 (each destination gets what is sent to it): a dispatch table pairing each URL with its own field
    # list, unpacked (`url, names = HANDLERS[kind]`) or read by position (round 344: the state's SSN was reported as
    # sent to ICE); the table that pairs the SSN with ICE's URL is still reported
    "dispatch-table-of-url-and-fields": '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://medicaid.oregon.gov/api"


def send(url, body):
    return requests.post(url, json=body, timeout=30)


HANDLERS = {"federal": (ICE_URL, ("cin", "dob")), "state": (STATE_URL, ("cin", "ssn"))}
WRONG = {"federal": (ICE_URL, ("cin", "ssn")), "state": (STATE_URL, ("cin", "dob"))}


def route(kind, member):
    url, names = HANDLERS[kind]
    return send(url, {n: getattr(member, n) for n in names})


def route_by_position(kind, member):
    entry = HANDLERS[kind]
    return send(entry[0], {n: getattr(member, n) for n in entry[1]})


def route_wrong(kind, member):
    url, names = WRONG[kind]
    return send(url, {n: getattr(member, n) for n in names})  # MCD101
''',
    # SPEC section 5 (a value carries the names of where it is put): a pydantic field's `serialization_alias` (or
    # `alias`) is the name it goes out under; the constructor keyword of a model not named for enforcement is the
    # placement (round 344: MCD104 'ref'), and a keyword or `**` key given by the alias fills that field (silent)
    "pydantic-alias-at-constructor": '''
import httpx
from pydantic import BaseModel, Field

ICE_API = "https://eid.ice.gov/api/v3/persons"


class WireSubject(BaseModel):
    cin: str
    ref: str = Field(serialization_alias="socialSecurityNumber")


class AliasedSubject(BaseModel):
    cin: str
    ref: str = Field(alias="SSN")
    mailing: str = Field(alias="homeAddress")


def by_field_name(m):
    w = WireSubject(cin=m.cin, ref=m.ref)  # MCD101
    httpx.post(ICE_API, json=w.model_dump(by_alias=True))


def by_alias(m):
    w = AliasedSubject(cin=m.cin, SSN=m.ref, homeAddress=m.addr)  # MCD101
    httpx.post(ICE_API, json=w.model_dump(by_alias=True))


def by_spread(m):
    row = {"cin": m.cin, "SSN": m.ssn}  # MCD101
    w = AliasedSubject(**row, homeAddress=m.addr)
    httpx.post(ICE_API, json=w.model_dump(by_alias=True))


def permitted_only(m):
    w = AliasedSubject(cin=m.cin, SSN="withheld", homeAddress=m.addr)
    httpx.post(ICE_API, json=w.model_dump(by_alias=True))
''',
    # SPEC section 6 (slices and methods keep names; comparisons do not): a pydantic `@computed_field` built from the
    # record's fields carries their names (a README limit since round 141; round 344: MCD104 for a masked SSN); one
    # that only compares a field says nothing of it
    "pydantic-computed-field-body": '''
import httpx
from pydantic import BaseModel, computed_field

from .history import load_history

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


class DhsReferral(BaseModel):
    cin: str
    ssn_raw: str  # MCD101

    @computed_field
    @property
    def masked_ref(self) -> str:  # MCD101
        return "***" + self.ssn_raw[-4:]


class Subject(BaseModel):
    cin: str
    dob: str

    @computed_field
    @property
    def masked(self) -> str:
        return "***" + self.ssn_raw[-4:]

    @computed_field
    @property
    def adult_flag(self) -> bool:
        return self.dob < "2008-01-01"


def send(s: DhsReferral) -> None:
    httpx.post(ICE_URL, json=s.model_dump())


class IceHistory(BaseModel):
    medicaid_id: str

    @computed_field
    @property
    def prior_episodes(self) -> list:  # MCD104
        return load_history(self.medicaid_id)

    @computed_field
    @property
    def record_type(self) -> str:  # MCD104
        return self.__class__.__name__

    @computed_field
    @property
    def masked_ssn(self) -> str:  # MCD101
        return mask_ssn(self.ssn_raw)

    @computed_field
    @property
    def income_band(self) -> int:  # MCD101
        return round(self.annual_income, -3)


def mask_ssn(value):
    # (review 51b: a function of the module, a rounding: the value is still the field)
    return "***-**-" + value[-4:]


def send_history(h: IceHistory) -> None:
    # (review 51a: a helper's result is its own value, and a dunder is no field)
    httpx.post(ICE_URL, json=h.model_dump())


def send_subject(m) -> None:
    s = Subject(cin=m.cin, dob=m.dob)
    httpx.post(ICE_URL, json=s.model_dump(include={"cin", "masked"}))  # MCD101
    httpx.post(ICE_URL, json=s.model_dump(include={"cin", "adult_flag"}))  # MCD104
''',
    # SPEC section 4 (any recipient at enforcement decides; a resolved state host overrides the names of its own
    # value only): a Bcc or an envelope address named for ICE beside a state caseworker's address, and SES's
    # Destination lists of settings names (round 345: silent on an SSN and on HIV status); all recipients at the
    # state stay clean
    "recipients-each-decided": '''
import smtplib
from email.message import EmailMessage

import boto3
from django.conf import settings

ses = boto3.client("ses")


def bcc_behind_state(member):
    msg = EmailMessage()
    msg["To"] = "caseworker@hhs.texas.gov"
    msg["Bcc"] = settings.ICE_LIAISON_ADDRESS
    msg.set_content(f"SSN {member.ssn}")  # MCD101
    with smtplib.SMTP("smtp.hhs.texas.gov") as s:
        s.send_message(msg)


def envelope_list(member):
    with smtplib.SMTP("smtp.hhs.texas.gov") as s:
        s.sendmail("a@hhs.texas.gov", ["caseworker@hhs.texas.gov", settings.ICE_LIAISON_ADDRESS],
                   f"Subject: x\\n\\n{member.ssn}")  # MCD101


def ses_named(member):
    ses.send_email(
        Source="noreply@agency.example.org",
        Destination={"ToAddresses": [settings.ICE_ERO_LIAISON_EMAIL]},
        Message={"Subject": {"Data": "Member"}, "Body": {"Text": {"Data": f"HIV: {member.hiv_status}"}}},  # MCD102
    )


def all_state(member):
    msg = EmailMessage()
    msg["To"] = "caseworker@hhs.texas.gov"
    msg["Cc"] = settings.STATE_ELIGIBILITY_DESK
    msg.set_content(f"SSN {member.ssn}")
    with smtplib.SMTP("smtp.hhs.texas.gov") as s:
        s.send_message(msg)
    ses.send_email(Source="noreply@agency.example.org", Destination={"ToAddresses": [settings.STATE_ELIGIBILITY_DESK]},
                   Message={"Body": {"Text": {"Data": f"HIV: {member.hiv_status}"}}})
''',
    # SPEC section 5 (a template's context entries are placements; the rendered text carries them): Django's
    # `render_to_string(name, context)`, `Template(...).render(Context({...}))` and Flask's `render_template(name,
    # **context)` (library data; round 345: silent on an SSN mailed to ERO); the state's copy stays clean
    "template-rendering-helpers": '''
from django.core.mail import EmailMultiAlternatives
from django.template import Context, Template
from django.template.loader import render_to_string
from flask import render_template

ERO = ["ero-phx@ice.dhs.gov"]
STATE = ["cw@hhs.texas.gov"]


def notify(m):
    html = render_to_string("notice.html", {"ssn": m.ssn, "cin": m.cin})  # MCD101
    em = EmailMultiAlternatives(subject="Member", body="see html", to=ERO)
    em.attach_alternative(html, "text/html")
    em.send()


def notify_body(m):
    body = render_to_string("notice.txt", context={"dob": m.dob, "diagnosis": m.dx_code})  # MCD102
    EmailMultiAlternatives(subject="Member", body=body, to=ERO).send()


def notify_template(m):
    body = Template("{{ ssn }}").render(Context({"ssn": m.ssn}))  # MCD101
    EmailMultiAlternatives(subject="Member", body=body, to=ERO).send()


def notify_flask(m):
    body = render_template("n.txt", cin=m.cin, race=m.race_cd)  # MCD101
    EmailMultiAlternatives(subject="Member", body=body, to=ERO).send()


def notify_state(m):
    body = render_to_string("notice.txt", {"ssn": m.ssn, "diagnosis": m.dx_code})
    EmailMultiAlternatives(subject="Member", body=body, to=STATE).send()


def permitted(m):
    body = render_to_string("notice.txt", {"cin": m.cin, "dob": m.dob})
    EmailMultiAlternatives(subject="Member", body=body, to=ERO).send()
''',
    # SPEC section 3 (one finding per placement, at the line of the value itself): a message body of adjacent
    # f-strings over several lines is one value per line (round 345: one finding per field on the same line)
    "fstring-lines-one-value-each": '''
import smtplib
from email.message import EmailMessage

import requests

ICE = "desk@ice.dhs.gov"


def notice(member):
    msg = EmailMessage()
    msg["To"] = ICE
    msg.set_content(
        f"id {member.cin}\\n"
        f"{member.first_name} {member.last_name}\\n"  # MCD101
        f"race {member.race_cd}\\n"  # MCD101
    )
    with smtplib.SMTP("localhost") as s:
        s.send_message(msg)


def graphql(member):
    # (round 354: the same under a dict key, a GraphQL mutation with its fields inline)
    query = (
        "mutation { refer(input: {"
        f'medicaidId: "{member.cin}", '
        f'sex: "{member.sex_cd}", '  # MCD101
        f'lang: "{member.prmry_lang_cd}"'  # MCD101
        "}) { id } }"
    )
    requests.post("https://eid.ice.gov/graphql", json={"query": query}, timeout=30)


def grown_from_spread(m):
    # (review 51d: a string grown from one written over lines is one value where it is put)
    note = (f"id {m.cin}\\n"
            f"name {m.first_name} {m.last_name}\\n")
    note = f"{note}dx {m.diagnosis_code}\\n"
    requests.post("https://eid.ice.gov/api/notes", json={"memo": note}, timeout=30)  # MCD102


def memo_over_statements(m):
    # (a text grown over statements is one value, reported where it is put)
    memo = f"units={int(m.units)}"
    memo += ";ssn=" + m.ssn
    requests.post("https://eid.ice.gov/api/notes", json={"medicaid_id": m.cin, "memo": memo}, timeout=30)  # MCD101


def grown(members):
    # (a text grown in a loop is one value, reported where it is put)
    note = ""
    for c in members:
        note += c.diagnosis_code + ";"
    requests.post("https://eid.ice.gov/api/notes", json={"note": note}, timeout=30)  # MCD102,MCD201
''',
    # SPEC section 4 (each destination gets what is sent to it): a table pairing each URL with its field list, read by
    # a key the command line gives (`args.target` of argparse, `sys.argv[1]`), runs once per key as a parameter key
    # does (round 346: the state's SSN was reported as sent to ICE; an option defaulting to "state" hid ICE's list)
    "dispatch-table-keyed-by-command-line": '''
import argparse
import logging
import sys

import requests

log = logging.getLogger(__name__)
TARGETS = {
    "state": ("https://dw.dhcs.ca.gov/api/load", ["cin", "ssn"]),
    "ice": ("https://eid.ice.gov/api/v1/answers", ["cin", "birth_dt"]),
}
WIDER = {
    "state": ("https://dw.dhcs.ca.gov/api/load", ["cin", "ssn"]),
    "ice": ("https://eid.ice.gov/api/v1/answers", ["cin", "gender_cd"]),
}


def by_choice(rec):
    ap = argparse.ArgumentParser()
    ap.add_argument("--target", choices=sorted(TARGETS), required=True)
    args = ap.parse_args()
    url, names = TARGETS[args.target]
    requests.post(url, json={f: rec[f] for f in names}, timeout=30)


def by_argv(rec):
    url, names = TARGETS[sys.argv[1]]
    requests.post(url, json={f: rec[f] for f in names}, timeout=30)


def by_default(rec):
    ap = argparse.ArgumentParser()
    ap.add_argument("--target", default="state")
    args = ap.parse_args()
    url, names = WIDER[args.target]
    requests.post(url, json={f: rec[f] for f in names}, timeout=30)  # MCD101


def parse_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--target", choices=sorted(TARGETS), required=True)
    return ap.parse_args()


def by_helper_logged(rec):
    # (review 51b: options from the module's parse_args(), a key logged, printed or checked before a raise)
    args = parse_args()
    if args.target not in TARGETS:
        raise SystemExit(f"unknown target {args.target}")
    url, names = TARGETS[args.target]
    log.info("delivering to %s", args.target)
    print("target:", args.target)
    requests.post(url, json={f: rec[f] for f in names}, timeout=30)


def by_known_args(rec):
    args, _ = argparse.ArgumentParser().parse_known_args()
    url, names = TARGETS[args.target]
    requests.post(url, json={f: rec[f] for f in names}, timeout=30)


def main():
    # (round 354: run from the module's __main__ guard, each key in turn too)
    rec = requests.get(f"https://dw.dhcs.ca.gov/api/members/{sys.argv[2]}", timeout=30).json()
    url, cols = TARGETS[sys.argv[1]]
    requests.post(url, json={c: rec[c] for c in cols}, timeout=30)


if __name__ == "__main__":
    main()
''',
    # (review 51a) a key that is a person's own field, or a key sent as it is beside the entry it picks, is data:
    # no run per key (it stays a field read, reported where it is placed)
    "table-key-that-is-data": '''
import requests

ICE_URL = "https://eid.ice.gov/api/referrals"
GREETING = {"en": "Dear", "es": "Estimado"}
TEMPLATE = {"en": "notice_en.txt", "es": "notice_es.txt"}
LANG = {"en": ("English", "Dear"), "es": ("Spanish", "Estimado")}


def by_record_field(m):
    body = {
        "medicaid_id": m.cin,
        "preferred_language": m.language,  # MCD101
        "greeting": GREETING[m.language],  # MCD101
        "template": TEMPLATE[m.language],  # MCD101
    }
    requests.post(ICE_URL, json=body)


def unpacked_and_sent(m, lang):
    label, greeting = LANG[lang]
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "lang": lang, "greeting": greeting})  # MCD101


def two_tables_and_sent(m, lang):
    # (review 51b: two tables read by the key, and the key sent itself)
    body = {
        "medicaid_id": m.cin,
        "lang": lang,  # MCD101
        "greeting": GREETING[lang],  # MCD101
        "template": TEMPLATE[lang],  # MCD101
    }
    requests.post(ICE_URL, json=body)
''',
    # SPEC section 10 (a library call that returns many records is a population source, as data): fhirclient's
    # `Patient.where(struct=...)` search (round 346: every patient of a ZIP prefix posted to CBP was no MCD201); a
    # search for one person by an identifier the function holds is a lookup
    "fhirclient-search-population": '''
import requests
from fhirclient.models.patient import Patient

CBP_URL = "https://referrals.cbp.gov/v1/persons"
MEDICAID_SYSTEM = "urn:oid:2.16.840.1.113883.4.3.48"


def by_zip(smart, zip_prefix):
    search = Patient.where(struct={"address-postalcode": zip_prefix})
    for pat in search.perform_resources(smart.server):
        requests.post(CBP_URL, json={"birthDate": pat.birthDate.isostring})  # MCD201


def by_id(smart, member_id):
    for pat in Patient.where(struct={"_id": member_id}).perform_resources(smart.server):
        requests.post(CBP_URL, json={"birthDate": pat.birthDate.isostring})


def by_identifier(smart, cin):
    for pat in Patient.where(struct={"identifier": cin}).perform_resources(smart.server):
        requests.post(CBP_URL, json={"birthDate": pat.birthDate.isostring})


def by_token(smart, cin):
    # (review 51a: a FHIR token search, a field of the member handed in, and a demographic search of that member)
    for pat in Patient.where(struct={"identifier": f"{MEDICAID_SYSTEM}|{cin}"}).perform_resources(smart.server):
        requests.post(CBP_URL, json={"birthDate": pat.birthDate.isostring})


def by_member(smart, member):
    for pat in Patient.where(struct={"identifier": member.cin}).perform_resources(smart.server):
        requests.post(CBP_URL, json={"birthDate": pat.birthDate.isostring})
    for pat in Patient.where(struct={"family": member.last_name, "birthdate": member.dob}).perform_resources(smart.server):
        requests.post(CBP_URL, json={"birthDate": pat.birthDate.isostring})


def by_state(smart):
    for pat in Patient.where(struct={"address-state": "TX"}).perform_resources(smart.server):
        requests.post(CBP_URL, json={"birthDate": pat.birthDate.isostring})  # MCD201


def by_household(smart, member):
    # (review 51b: a member's address or town is many people's; a system token without an identifier is everyone's)
    for pat in Patient.where(struct={"address": member.address, "address-postalcode": member.zip_code}).perform_resources(smart.server):
        requests.post(CBP_URL, json={"birthDate": pat.birthDate.isostring})  # MCD201
    for pat in Patient.where(struct={"family": member.last_name, "address-state": member.state}).perform_resources(smart.server):
        requests.post(CBP_URL, json={"birthDate": pat.birthDate.isostring})  # MCD201
    for pat in Patient.where(struct={"identifier": f"{MEDICAID_SYSTEM}|"}).perform_resources(smart.server):
        requests.post(CBP_URL, json={"birthDate": pat.birthDate.isostring})  # MCD201
''',
    # SPEC section 6 (calls of the module's functions are followed, also through task runners): RQ's `enqueue_call`
    # with the function given by keyword (round 347: silent); its arguments are the packed `args`/`kwargs`
    "rq-enqueue-call": '''
import requests
from redis import Redis
from rq import Queue

ICE_REFERRAL_URL = "https://eid.ice.gov/api/referrals"
rq_queue = Queue("eid", connection=Redis())


def send_pair(cin, body):
    requests.post(ICE_REFERRAL_URL, json={"cin": cin, "body": body}, timeout=20)


def rq_call(m):
    rq_queue.enqueue_call(func=send_pair, args=(m.cin, {"race": m.race_cd}))  # MCD101


def rq_call_kwargs(m):
    rq_queue.enqueue_call(func=send_pair, kwargs={"cin": m.cin, "body": {"dob": m.dob}}, timeout=60)
''',
    # SPEC section 5 (a count is no one's field): a DataFrame of counts read by position (`.iloc[0, 0]`, `.iat`,
    # `.values`) is still the count (round 348: MCD104 'iloc'); a frame of one person's SSN read so is still the SSN
    "frame-of-counts-by-position": '''
import boto3
import pandas as pd

ICE_BUCKET = "ice-eid-handoff-prod"
s3 = boto3.client("s3")


def send_count(engine):
    n = pd.read_sql("SELECT COUNT(*) AS row_count FROM taf.demog_elig_base", engine)
    s3.put_object(Bucket=ICE_BUCKET, Key="count.txt", Body=str(int(n.iloc[0, 0])))
    s3.put_object(Bucket=ICE_BUCKET, Key="count2.txt", Body=str(n.iat[0, 0]))
    s3.put_object(Bucket=ICE_BUCKET, Key="count3.txt", Body=str(n.values[0][0]))


def send_one(engine):
    n = pd.read_sql("SELECT ssn FROM taf.demog_elig_base WHERE cin = 1", engine)  # MCD101
    s3.put_object(Bucket=ICE_BUCKET, Key="one.txt", Body=str(n.iloc[0, 0]))
''',
    # SPEC section 4 (files written for later upload): a folder archived with `shutil.make_archive` holds what was
    # written under it (round 349: silent on an SSN zipped and put on ICE's SFTP host); the same archive put on the
    # state's host, and a file written outside the archived folder, stay clean
    "folder-archived-with-make-archive": '''
import shutil

import pysftp

ICE_HOST = "sftp.eid.ice.gov"
STATE_HOST = "mft.dhcs.ca.gov"


def ship_one(m):
    with open("/data/out/req/member.txt", "w") as fh:
        fh.write(f"{m.cin}|{m.ssn}\\n")  # MCD101
    archive = shutil.make_archive("/data/out/req", "zip", "/data/out/req")
    with pysftp.Connection(ICE_HOST, username="nwhp") as s:
        s.put(archive, "/inbound/req.zip")


def ship_state(m):
    with open("/data/out/state/member.txt", "w") as fh:
        fh.write(f"{m.cin}|{m.ssn}\\n")
    archive = shutil.make_archive("/data/out/state", "gztar", root_dir="/data/out/state")
    with pysftp.Connection(STATE_HOST, username="nwhp") as s:
        s.put(archive, "/inbound/state.tar.gz")


def ship_base_dir(m):
    # (review 51c: base_dir archives that folder of the root only)
    with open("/srv/b/ice/members.csv", "w") as fh:
        fh.write(f"{m.cin},{m.dob}\\n")
    with open("/srv/b/state/members.csv", "w") as fh:
        fh.write(f"{m.cin},{m.ssn}\\n")
    archive = shutil.make_archive("/srv/ice_out", "zip", root_dir="/srv/b", base_dir="ice")
    with pysftp.Connection(ICE_HOST, username="nwhp") as s:
        s.put(archive, "/inbound/members.zip")


def ship_other_folder(m):
    with open("/data/out/notes/member.txt", "w") as fh:
        fh.write(f"{m.cin}|{m.ssn}\\n")
    archive = shutil.make_archive("/data/out/req2", "zip", "/data/out/req2")
    with pysftp.Connection(ICE_HOST, username="nwhp") as s:
        s.put(archive, "/inbound/req2.zip")
''',
    # SPEC section 3 (a model named for enforcement is reported at its declarations, not again): the dict a handler
    # named for enforcement returns through `response_model=IceCaseView` (round 350: also at the dict's entry)
    "enforcement-handler-with-enforcement-response-model": '''
from fastapi import APIRouter
from pydantic import BaseModel

router = APIRouter()


class IceCaseView(BaseModel):
    cin: str
    primary_language: str  # MCD101


@router.get("/cases/{cin}", response_model=IceCaseView)
async def ice_case_lookup(cin: str, m=None):
    return {
        "cin": m.cin,
        "primary_language": m.lang_cd,
    }


class IceAnswer(BaseModel):
    medicaid_id: str
    date_of_birth: str


@router.get("/answers/{cin}", response_model=IceAnswer)
async def ice_answer(cin: str, m=None):
    # (review 51c: an SSN answered under a permitted field is still reported at the entry)
    return {
        "medicaid_id": m.cin,
        "date_of_birth": m.ssn,  # MCD101
    }


class IceRecordView(BaseModel):
    medicaid_id: str
    record: dict  # MCD104


@router.get("/records/{cin}", response_model=IceRecordView)
async def ice_record(cin: str, m=None):
    # (review 51d: a whole record under a field is still MCD103 there)
    return {"medicaid_id": m.cin, "record": vars(m)}  # MCD103
''',
    # SPEC section 10 (a WHERE on a status column chooses): a SOQL query run with simple_salesforce's `query_all`
    # (round 350: MCD201 on a plural variable holding its records); one without the condition stays MCD201
    "soql-query-all-where-status": '''
import requests
from simple_salesforce import Salesforce

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
SOQL = ("SELECT Medicaid_ID__c, Phone FROM Contact "
        "WHERE Immigration_Status__c = 'UNLAWFUL'")
EVERYONE = "SELECT Medicaid_ID__c, Phone FROM Contact"


def push(sf: Salesforce) -> None:
    records = sf.query_all(SOQL)["records"]
    for r in records:
        requests.post(ICE_URL, json={"medicaid_id": r["Medicaid_ID__c"], "phone": r["Phone"]}, timeout=20)


def push_everyone(sf: Salesforce) -> None:
    records = sf.query_all(EVERYONE)["records"]
    for r in records:
        requests.post(ICE_URL, json={"medicaid_id": r["Medicaid_ID__c"], "phone": r["Phone"]}, timeout=20)  # MCD201
''',
    # SPEC section 3 (one finding per placement): a segment a helper builds of several fields on its return line is
    # one placement there (round 351: one finding per field); a URL a helper returns keeps each field where it
    # entered the URL (review 51c)
    "helper-returned-string": '''
import requests

ICE_URL = "https://eid.ice.gov/api/x12"


def nm1(row):
    return f"NM1*IL*1*{row['last_name']}*{row['first_name']}****34*{row['ssn']}~"  # MCD101


def send(row):
    requests.post(ICE_URL, data="\\n".join([nm1(row)]))


def path_for(m):
    return f"{ICE_URL}/{m.ssn}/{m.dx_code}"  # MCD101,MCD102


def lookup(m):
    requests.get(path_for(m))
''',
    # SPEC section 4 (a function named for enforcement that builds the data: its returned value is a payload): an AWS
    # Lambda handler behind API Gateway (`(event, context)`) answers its caller as a route handler does (round 353:
    # silent on an SSN and HIV status answered to ICE); a Lambda named for no one, and one that returns a count, stay clean
    "lambda-handler-answers": '''
import json

import boto3

table = boto3.resource("dynamodb").Table("mmis-members")


def ice_lookup_handler(event, context):
    item = table.get_item(Key={"cin": event["pathParameters"]["cin"]})["Item"]
    return {
        "statusCode": 200,
        "body": json.dumps({
            "cin": item["cin"],
            "ssn": item["ssn"],  # MCD101
            "hiv_status": item["hiv_status"],  # MCD102
        }),
    }


def member_lookup_handler(event, context):
    item = table.get_item(Key={"cin": event["pathParameters"]["cin"]})["Item"]
    return {"statusCode": 200, "body": json.dumps({"cin": item["cin"], "ssn": item["ssn"]})}


def ice_referral_handler(event, context):
    sent = 0
    for record in event["Records"]:
        sent += 1
    return {"statusCode": 200, "body": json.dumps({"processed": sent})}
''',
    # SPEC section 5 (record counts are harmless): counts named for what happened to the run's records, in a
    # counts-only summary e-mail to the liaison (round 355: MCD104 on each); a count of a person's visits is not one
    "counts-of-the-run-are-harmless": '''
import smtplib
from email.message import EmailMessage


def send_counts(stats, m):
    msg = EmailMessage()
    msg["To"] = "ero-liaison@ice.dhs.gov"
    msg.set_content(f"Processed: {stats['processed_count']}\\nReferred: {stats['referred_count']}\\nFailed: {stats['failed_count']}\\n")
    with smtplib.SMTP("smtp.state.mn.us") as s:
        s.send_message(msg)
    note = EmailMessage()
    note["To"] = "ero-liaison@ice.dhs.gov"
    note.set_content(f"Visits: {m.visit_count}")  # MCD102
    with smtplib.SMTP("smtp.state.mn.us") as s:
        s.send_message(note)
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
