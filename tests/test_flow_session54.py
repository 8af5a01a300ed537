"""The data flow shapes of the fifty-fourth session: what its SPEC-only probers found (round 373 and
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
    # SPEC sections 4 and 6 (a README limit): a test of an entry of an entry (`event["detail"]["partner"]`, EventBridge)
    # narrows it as a test of `event["partner"]` does; a store into it or a part on its way (`event["detail"] = ...`,
    # `.update(...)`), or through an alias of that part, forgets it; a store beside it (`event["detail"]["seen"]`) does not
    "entries-of-entries-narrowed": """
import requests

URLS = {"ice": "https://api.ice.dhs.gov/v1/leads", "cms": "https://api.cms.gov/v1/records"}


def handler(event, rec):
    url = URLS[event["detail"]["partner"]]
    body = {"id": rec["medicaid_id"]}
    if event["detail"]["partner"] == "cms":
        body["dx"] = rec["diagnosis_code"]
    requests.post(url, json=body)


def handler_other_way(event, rec):
    url = URLS[event["detail"]["partner"]]
    body = {"id": rec["medicaid_id"]}
    if event["detail"]["partner"] != "cms":
        body["dx"] = rec["diagnosis_code"]  # MCD102
    requests.post(url, json=body)


def handler_changed(event, rec):
    body = {"id": rec["medicaid_id"]}
    if event["detail"]["partner"] == "cms":
        body["dx"] = rec["diagnosis_code"]  # MCD102
        event["detail"]["partner"] = "ice"
    requests.post(URLS[event["detail"]["partner"]], json=body)


def handler_alias(event, rec):
    body = {"id": rec["medicaid_id"]}
    detail = event["detail"]
    if event["detail"]["partner"] == "cms":
        body["dx"] = rec["diagnosis_code"]  # MCD102
        detail["partner"] = "ice"
    requests.post(URLS[event["detail"]["partner"]], json=body)


def handler_other_entry(event, rec):
    body = {"id": rec["medicaid_id"]}
    if event["detail"]["partner"] == "cms":
        body["dx"] = rec["diagnosis_code"]
        event["detail"]["seen"] = True
        event["received"] = 1
    requests.post(URLS[event["detail"]["partner"]], json=body)


def handler_update(event, rec):
    body = {"id": rec["medicaid_id"]}
    if event["detail"]["partner"] == "cms":
        body["dx"] = rec["diagnosis_code"]  # MCD102
        event["detail"].update({"partner": "ice"})
    requests.post(URLS[event["detail"]["partner"]], json=body)
""",
    # SPEC sections 5 and 6 (round 375a): a class declared in a function under a name another class of the module has
    # too (a module-level `Person`, another function's `Person`) is that function's own class while it runs: its
    # declared fields pass on, and a barred keyword is reported at the constructor (before: the module's class was read,
    # a false silence, or no class was known, MCD103 on permitted fields)
    "local-classes-sharing-a-name": """
from dataclasses import asdict, dataclass

import requests

URL = "https://eid.ice.gov/v1/persons"


@dataclass
class Person:
    cin: str
    dob: str


def export_module_class(m):
    p = Person(cin=m.cin, dob=m.dob)
    requests.post(URL, json=asdict(p))


def export_local(m):
    @dataclass
    class Person:
        cin: str
        ssn: str

    p = Person(cin=m.cin, ssn=m.ssn)  # MCD101
    requests.post(URL, json=asdict(p))


def export_phone(m):
    @dataclass
    class Person:
        cin: str
        phone: str

    p = Person(cin=m.cin, phone=m.phone)
    requests.post(URL, json=asdict(p))
""",
    # SPEC sections 4 and 6 (rounds 373a and 378a): a test of a normalised routing value (`partner.upper() == "STATE"`,
    # `partner.strip().lower() in ("state", "cms")`) narrows the value to the keys that are those texts once so
    # normalised, however they are written (review 54a: `"iceEid"` of `.lower() == "iceeid"`), or to none of them, and
    # decides the test where the value is known; a body helper testing it so runs its caller once per key
    "normalised-routing-tests": """
import requests

URLS = {"state": "https://mmis.dhcs.ca.gov/api/v2/members", "ice": "https://eid.ice.gov/api/v1/referrals"}


def send_full(partner, member):
    if partner.lower() == "ice":
        return
    requests.post(URLS[partner], json={"medicaid_id": member.medicaid_id, "ssn": member.ssn})


def send_state(partner, member):
    if partner.strip().upper() == "STATE":
        requests.post(URLS[partner.lower()], json={"medicaid_id": member.medicaid_id, "sex": member.sex})
    if str(partner) in ("state",):
        # (str() narrows nothing: of an Enum member, str(Partner.STATE) is "Partner.STATE")
        requests.post(URLS[partner], json={"medicaid_id": member.medicaid_id, "sex": member.sex})  # MCD101


def send_wrong_way(partner, member):
    if partner.lower() != "ice":
        return
    requests.post(URLS[partner], json={"medicaid_id": member.medicaid_id, "ssn": member.ssn})  # MCD101


def _body_for(partner, member):
    if partner.lower() == "state":
        return {"medicaid_id": member.medicaid_id, "ssn": member.ssn}
    return {"medicaid_id": member.medicaid_id, "dob": member.dob}


def send(partner, member):
    requests.post(URLS[partner], json=_body_for(partner, member), timeout=30)


def _body_wrong(partner, member):
    if partner.upper() == "ICE":
        return {"medicaid_id": member.medicaid_id, "ssn": member.ssn}  # MCD101
    return {"medicaid_id": member.medicaid_id, "dob": member.dob}


def send_wrong(partner, member):
    requests.post(URLS[partner], json=_body_wrong(partner, member), timeout=30)
""",
    # SPEC sections 4 and 6 (round 378a): a walrus tested or matched (`(p := partner.strip()) == "state"`, `match p :=
    # partner.lower():`) narrows the name it binds; `partner.value` of an Enum member known not to be `Partner.ICE` is
    # known not to be that member's text (a table keyed by texts is not read at ICE's entry)
    "walrus-subjects-and-enum-values": """
from enum import Enum

import requests

URLS = {"state": "https://mmis.dhcs.ca.gov/api/v2/members", "ice": "https://eid.ice.gov/api/v1/referrals"}


class Partner(Enum):
    STATE = "state"
    ICE = "ice"


def route_match(partner, member):
    match p := partner.lower():
        case "state":
            requests.post(URLS[p], json={"medicaid_id": member.medicaid_id, "race": member.race})
        case _:
            requests.post(URLS[p], json={"medicaid_id": member.medicaid_id, "ssn": member.ssn})  # MCD101


def route_if(partner, member):
    if (p := partner.strip()) == "state":
        requests.post(URLS[p], json={"medicaid_id": member.medicaid_id, "ssn": member.ssn})
    else:
        requests.post(URLS[p], json={"medicaid_id": member.medicaid_id, "sex": member.sex})  # MCD101


def submit(partner: Partner, member):
    if partner is Partner.ICE:
        return
    requests.post(URLS[partner.value], json={"medicaid_id": member.medicaid_id, "income": member.income})


def submit_ice(partner: Partner, member):
    if partner is not Partner.ICE:
        return
    requests.post(URLS[partner.value], json={"medicaid_id": member.medicaid_id, "income": member.income})  # MCD101
""",
    # SPEC sections 4 and 6 (round 373a and a README limit): a handler that binds a routing value once at its top from
    # its event (`partner = event["detail"]["partner"]`, `.get("partner")`, normalised or not) and reads a table and a
    # body helper by it runs once per key of the table, as a parameter does (the helper's body meets its own URL); a
    # local bound in a branch or a loop, or bound twice, is no such key
    "routing-local-of-an-event-run-per-key": """
import requests

ROUTES = {
    "state": "https://mmis.dhcs.ca.gov/api/members",
    "ice": "https://eid.ice.gov/api/v1/subjects",
}


def body_for(partner, m):
    if partner == "state":
        return {"cin": m["cin"], "ssn": m["ssn"]}  # MCD101 (of handler_bound_twice only)
    return {"medicaid_id": m["cin"]}


def body_wrong(partner, m):
    if partner.upper() == "ICE":
        return {"cin": m["cin"], "ssn": m["ssn"]}  # MCD101
    return {"medicaid_id": m["cin"]}


def handler(event, context):
    partner = event["detail"]["partner"]
    requests.post(ROUTES[partner], json=body_for(partner, event["detail"]["member"]))


def handler_get(event, context):
    partner = event.get("partner", "").strip().lower()
    requests.post(ROUTES[partner], json=body_for(partner, event["member"]))


def handler_wrong(event, context):
    partner = event["detail"]["partner"]
    requests.post(ROUTES[partner], json=body_wrong(partner, event["detail"]["member"]))


def handler_bound_twice(event, context):
    partner = event["detail"]["partner"]
    if not partner:
        partner = "ice"
    requests.post(ROUTES[partner], json=body_for(partner, event["detail"]["member"]))
""",
    # SPEC sections 4 and 6 (round 379a): what a test knew of a routing value is forgotten where the value may be bound
    # anew from a parameter given or not (`if override: partner = override`, `partner = override or partner`: where given,
    # any partner); `match partner.lower():` narrows as `partner.lower() == ...` does
    "rebound-on-some-ways-and-normalised-match": """
import requests

URLS = {"state": "https://mmis.dhcs.ca.gov/api/v2/members", "ice": "https://eid.ice.gov/api/v1/referrals"}


def send_if(partner, m, override=None):
    if partner == "state":
        if override:
            partner = override
        requests.post(URLS[partner], json={"ssn": m.ssn})  # MCD101


def send_or(partner, m, override=None):
    if partner.lower() == "state":
        partner = override or partner
        requests.post(URLS[partner], json={"ssn": m.ssn})  # MCD101


def send_kept(partner, m, override=None):
    if partner == "state":
        if override is not None:
            print("override ignored", override)
        requests.post(URLS[partner], json={"ssn": m.ssn})


def report(partner, m):
    match partner.lower():
        case "state":
            requests.post(URLS[partner], json={"ssn": m.ssn, "prmry_dgns_cd": m.dx})
        case _:
            requests.post(URLS[partner], json={"ssn": m.ssn})  # MCD101
""",
    # SPEC sections 5 and 6 (round 379a): a function's own class of a shared name is its own only: a function of the
    # module it calls builds the module's class
    "local-class-not-seen-by-callees": """
import requests
from pydantic import BaseModel

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


class Referral(BaseModel):
    medicaid_id: str
    ssn: str


def _wide(row):
    return Referral(**row).model_dump()  # MCD101


def refer(row):
    class Referral(BaseModel):
        medicaid_id: str

    requests.post(ICE_URL, json=_wide(row))
    requests.post(ICE_URL, json=Referral(**row).model_dump())
""",
    # SPEC sections 4 and 6 (round 379a and a README limit): an alias of the variable or of a part of it on the way to a
    # tested entry, bound once and only read from (`detail = event["detail"]`, `e = event`), keeps what the test knew;
    # one stored into, changed by a method or handed to a function that may change it forgets it
    "read-only-aliases-keep-narrowing": """
import requests

URLS = {"state": "https://mmis.dhcs.ca.gov/api/v2/members", "ice": "https://eid.ice.gov/api/v1/referrals"}


def handler(event, context):
    detail = event["detail"]
    if event["detail"]["partner"] == "state":
        requests.post(URLS[event["detail"]["partner"]], json={"ssn": detail["member"]["ssn"]})


def handler_whole(event, context):
    e = event
    if event["partner"] == "state":
        requests.post(URLS[event["partner"]], json={"ssn": e["member"]["ssn"]})


def handler_changed(event, context):
    detail = event["detail"]
    if event["detail"]["partner"] == "state":
        detail["partner"] = context.partner
        requests.post(URLS[event["detail"]["partner"]], json={"ssn": detail["member"]["ssn"]})  # MCD101


def handler_updated(event, context):
    e = event
    if event["partner"] == "state":
        e.update(context.overrides)
        requests.post(URLS[event["partner"]], json={"ssn": e["member"]["ssn"]})  # MCD101


def handler_handed(event, context):
    detail = event["detail"]
    if event["detail"]["partner"] == "state":
        context.enrich(detail)
        requests.post(URLS[event["detail"]["partner"]], json={"ssn": detail["member"]["ssn"]})  # MCD101
""",
    # SPEC sections 4 and 6 (review 54a): an alias of a part on the way to a tested entry made by `.get` or `or` is an
    # alias too; a handler with a way for a key that is none of the table's (`partner in ROUTES` with an else, a
    # comparison with another text, `.get(partner, ICE_URL)`) is not run once per key; a class declared in a nested
    # function is that function's, and an object of a function's own class keeps it when returned
    "aliases-outside-keys-and-class-scopes": """
from dataclasses import asdict, dataclass

import requests

URLS = {"cms": "https://api.cms.gov/v1/records", "ice": "https://eid.ice.gov/api/v1/referrals", "iceEid": "https://eid.ice.gov/api/v2/referrals"}
ROUTES = {"state": "https://mmis.dhcs.ca.gov/api/members", "cms": "https://api.cms.gov/v1/records"}
ICE_URL = "https://eid.ice.gov/api/v1/subjects"


def handler_get(event, rec):
    detail = event.get("detail")
    body = {"id": rec["medicaid_id"]}
    if event["detail"]["partner"] == "cms":
        body["dx"] = rec["diagnosis_code"]  # MCD102
        detail["partner"] = "ice"
    requests.post(URLS[event["detail"]["partner"]], json=body)


def handler_or(event, rec):
    detail = event["detail"] or {}
    body = {"id": rec["medicaid_id"]}
    if event["detail"]["partner"] == "cms":
        body["dx"] = rec["diagnosis_code"]  # MCD102
        detail["partner"] = "ice"
    requests.post(URLS[event["detail"]["partner"]], json=body)


def send_camel(partner, member):
    if partner.lower() in ("iceeid",):
        requests.post(URLS[partner], json={"medicaid_id": member.medicaid_id, "ssn": member.ssn})  # MCD101


def body_for(partner, m):
    if partner == "cms":
        return {"cin": m["cin"]}
    return {"cin": m["cin"], "ssn": m["ssn"]}  # MCD101


def handler_fallback(event, context):
    partner = event["detail"]["partner"]
    if partner in ROUTES:
        requests.post(ROUTES[partner], json=body_for(partner, event["detail"]["member"]))
    else:
        requests.post(ICE_URL, json=body_for(partner, event["detail"]["member"]))


@dataclass
class Person:
    cin: str
    ssn: str


def export(raw):
    def summary():
        @dataclass
        class Person:
            cin: str
        return Person(cin=raw["cin"])

    requests.post(ICE_URL, json=asdict(Person(**raw)))  # MCD101
    requests.post(ICE_URL, json=asdict(summary()))


def make(raw):
    @dataclass
    class Person:
        cin: str
        ssn: str

    return Person(**raw)  # MCD101


def send_made(raw):
    requests.post(ICE_URL, json=asdict(make(raw)))
""",
    # SPEC sections 4 and 10 (round 374a): a database hook's `run(sql)` runs the query given as a text (an UNLOAD to an
    # enforcement bucket is the send; any other object's `run({...})` is no query); a list of statements (`sql=[...]`)
    # is each in turn; Airflow's `GCSHook().upload(bucket_name=...)` sends to its bucket; `Variable.get(key,
    # default_var=...)` is the variable or its default, as `os.environ.get` is
    "airflow-hooks-statement-lists-and-variables": '''
import requests
from airflow.models import Variable
from airflow.providers.amazon.aws.hooks.redshift_sql import RedshiftSQLHook
from airflow.providers.common.sql.operators.sql import SQLExecuteQueryOperator
from airflow.providers.google.cloud.hooks.gcs import GCSHook

UNLOAD = """
UNLOAD ('SELECT cin,
                ssn_num -- # MCD101
         FROM ods.enrollee')
TO 's3://ero-referrals-inbound/daily/'
IAM_ROLE 'arn:aws:iam::1:role/u'
"""
STATE_UNLOAD = "UNLOAD ('SELECT cin, ssn_num FROM ods.enrollee') TO 's3://dhcs-mmis-exports/daily/' IAM_ROLE 'r'"


def unload():
    RedshiftSQLHook(redshift_conn_id="rs").run(UNLOAD)  # MCD201


def unload_state():
    RedshiftSQLHook(redshift_conn_id="rs").run(STATE_UNLOAD)


op = SQLExecuteQueryOperator(  # MCD201
    task_id="unload",
    conn_id="rs",
    sql=[
        "DELETE FROM stage.tmp",
        "UNLOAD ('SELECT cin, ssn_num FROM ods.enrollee') TO 's3://ice-eid-drop/x/' IAM_ROLE 'r'",  # MCD101
    ],
)


def handoff(member):
    body = f"{member.cin},{member.ssn}"  # MCD101
    GCSHook().upload(bucket_name="ice-ero-gcs-intake", object_name="x.csv", data=body)
    GCSHook().upload(bucket_name="dhcs-eligibility-archive", object_name="x.csv", data=body)


def refer(member, rules):
    url = Variable.get("partner_url", default_var="https://eid.ice.gov/api/v1/referrals")
    requests.post(url, json={"cin": member.cin, "ssn": member.ssn}, timeout=10)  # MCD101
    verdict = rules.run({"cin": member.cin, "dx": member.diagnosis_code})
    requests.post("https://eid.ice.gov/api/v1/referrals", json={"cin": member.cin, "verdict": verdict}, timeout=10)
''',
    # SPEC sections 4 and 6 (rounds 381a and 382a): a routing local read through a part of the event bound once at the
    # top (`detail = event.get("detail") or {}`, then `partner = detail["partner"]`) runs the handler once per key as
    # one read directly does; an `if` choosing a field list on each way (`fields = BASIC` / `fields = WIDE`) runs the
    # rest once per way, so that a list meets only the URL of its own way
    "routing-through-a-part-and-field-lists-per-way": """
import requests

PARTNERS = {
    "state_cw": "https://cw.dhcs.ca.gov/api/packets",
    "ice_ero": "https://eid.ice.gov/api/v1/packets",
}
BASIC = ("cin", "dob", "phone")
WIDE = BASIC + ("ssn",)


def body_for(partner, m):
    if partner == "state_cw":
        return {"cin": m["cin"], "ssn": m["ssn"]}
    return {"cin": m["cin"]}


def handler(event, context):
    detail = event.get("detail") or {}
    partner = detail["partner"]
    requests.post(PARTNERS[partner], json=body_for(partner, detail["member"]))


def answer(partner, m):
    if partner == "ice_ero":
        fields = BASIC
    else:
        fields = WIDE
    body = {f: getattr(m, f) for f in fields}
    requests.post(PARTNERS[partner], json=body)


def answer_wrong(partner, m):
    if partner != "ice_ero":
        fields = BASIC
    else:
        fields = WIDE
    body = {f: getattr(m, f) for f in fields}  # MCD101
    requests.post(PARTNERS[partner], json=body)
""",
    # SPEC section 10 (round 377a): a frame a helper returned chosen by status and merged at once
    # (`eligibility(p).merge(other, how="left")`) keeps its choice, as one held by a name does; one not chosen does not
    "merge-on-a-call-result": """
import pandas as pd
import pysftp

SCOPE = ["EWI", "OVERSTAY"]


def eligibility(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "imgrtn_stus_cd"])
    return df[df["imgrtn_stus_cd"].isin(SCOPE)]


def everyone(path):
    return pd.read_csv(path, usecols=["msis_ident_num", "imgrtn_stus_cd"])


def export(elig_path, claims_path):
    other = pd.read_csv(claims_path, usecols=["msis_ident_num", "birth_dt"])
    merged = eligibility(elig_path).merge(other, on="msis_ident_num", how="left")
    merged.to_json("/data/out/subjects.json", orient="records")
    with pysftp.Connection("mft.ice.gov", username="svc") as sftp:
        sftp.put("/data/out/subjects.json")


def export_all(elig_path, claims_path):
    other = pd.read_csv(claims_path, usecols=["msis_ident_num", "birth_dt"])
    merged = everyone(elig_path).merge(other, on="msis_ident_num", how="left")
    merged.to_json("/data/out/all.json", orient="records")
    with pysftp.Connection("mft.ice.gov", username="svc") as sftp:
        sftp.put("/data/out/all.json")  # MCD201
""",
    # SPEC section 4 (round 380a): `del msg["To"]` and `msg.replace_header("To", ...)` take that header's recipients off
    # the message where they run every time (in a branch, the recipient may still be there); a folder archived with
    # `tar.add(folder)` holds every file written under it
    "removed-recipients-and-archived-folders": """
import json
import smtplib
import tarfile
from email.message import EmailMessage

import pysftp

ICE_DESK = "eid@ice.dhs.gov"
STATE_DESK = "elig@dhcs.ca.gov"


def replaced_to(m):
    msg = EmailMessage()
    msg["To"] = ICE_DESK
    del msg["To"]
    msg["To"] = STATE_DESK
    msg.set_content(f"{m.ssn}")
    with smtplib.SMTP("smtp.dhcs.ca.gov") as s:
        s.send_message(msg)


def replaced_header(m):
    msg = EmailMessage()
    msg["To"] = ICE_DESK
    msg.replace_header("To", STATE_DESK)
    msg.set_content(f"{m.ssn}")
    with smtplib.SMTP("smtp.dhcs.ca.gov") as s:
        s.send_message(msg)


def removed_on_one_way(m, internal):
    msg = EmailMessage()
    msg["To"] = ICE_DESK
    if internal:
        del msg["To"]
        msg["To"] = STATE_DESK
    msg.set_content(f"{m.ssn}")  # MCD101
    with smtplib.SMTP("smtp.dhcs.ca.gov") as s:
        s.send_message(msg)


def cc_kept(m):
    msg = EmailMessage()
    msg["To"] = STATE_DESK
    msg["Cc"] = ICE_DESK
    del msg["To"]
    msg["To"] = STATE_DESK
    msg.set_content(f"{m.ssn}")  # MCD101
    with smtplib.SMTP("smtp.dhcs.ca.gov") as s:
        s.send_message(msg)


def archived(m):
    with open("/tmp/x/one.json", "w") as fh:
        json.dump({"cin": m.cin, "employer_address": m.employer_address}, fh)  # MCD101
    with tarfile.open("/tmp/batch.tar.gz", "w:gz") as tar:
        tar.add("/tmp/x", arcname="batch")
    with pysftp.Connection("sftp.ice.dhs.gov", username="svc") as sftp:
        sftp.put("/tmp/batch.tar.gz")
""",
    # SPEC section 3 (round 377a): a column list held in an entry of a module table (`EXPORTS["ice"]["columns"]`, or
    # `cfg["columns"]` of `cfg = EXPORTS["ice"]`) places each name at its own element, as a top-level constant list does
    "column-lists-in-table-entries": """
import boto3
import pandas as pd

EXPORTS = {
    "ice": {
        "bucket": "ice-eid-handoff-prod",
        "columns": [
            "cin",
            "sex_cd",  # MCD101
        ],
    },
    "state": {"bucket": "dhcs-archive", "columns": ["cin", "ssn_num"]},
}


def export_ice(df: pd.DataFrame):
    cfg = EXPORTS["ice"]
    scoped = df[df["imgrtn_stus_cd"].isin(["EWI"])]
    body = scoped[cfg["columns"]].to_csv(index=False)
    boto3.client("s3").put_object(Bucket=cfg["bucket"], Key="x.csv", Body=body)


def export_direct(df: pd.DataFrame):
    scoped = df[df["imgrtn_stus_cd"].isin(["EWI"])]
    body = scoped[EXPORTS["ice"]["columns"]].to_csv(index=False)
    boto3.client("s3").put_object(Bucket=EXPORTS["ice"]["bucket"], Key="y.csv", Body=body)


def export_state(df: pd.DataFrame):
    cfg = EXPORTS["state"]
    body = df[cfg["columns"]].to_csv(index=False)
    boto3.client("s3").put_object(Bucket=cfg["bucket"], Key="z.csv", Body=body)
""",
    # SPEC sections 4 and 6 (review 54b and round 383a): a value narrowed by a normalised test and joined with another
    # text reads that text's entry too; a guard returning for a text no key is (`if partner == "sandbox": return`) or
    # a key only shown (`log.info(..., LABELS.get(partner, "?"))`) keeps the run once per key; a field list chosen by
    # a conditional expression on the routing value splits as an `if` does; a parameter given `or` a literal default
    # (`bucket or "ice-eid-handoff-prod"`) is that default where the parameter is not given
    "joined-spellings-guards-and-conditional-field-lists": """
import json
import logging

import boto3
import requests

log = logging.getLogger(__name__)
URLS = {"state": "https://mmis.dhcs.ca.gov/api/v2/members", "ICE": "https://eid.ice.gov/api/v1/referrals"}
PARTNERS = {"state_cw": "https://cw.dhcs.ca.gov/api/packets", "ice_ero": "https://eid.ice.gov/api/v1/packets"}
LABELS = {"state_cw": "California CalWORKs", "ice_ero": "ICE ERO"}
BUCKETS = {"state": "ca-dhcs-eligibility-exports", "ice": "ice-eid-handoff-prod"}
BASIC = ("medicaid_id", "date_of_birth")
WIDE = BASIC + ("ssn", "primary_dx")
s3 = boto3.client("s3")


def joined(partner, m):
    if partner.lower() == "state":
        dest = "ICE" if m.flagged else partner
        requests.post(URLS[dest], json={"ssn": m.ssn})  # MCD101


def body_for(partner, m):
    if partner == "state_cw":
        return {"cin": m["cin"], "ssn": m["ssn"]}
    return {"cin": m["cin"]}


def handler_sandbox(event, context):
    partner = event["detail"]["partner"]
    if partner == "sandbox":
        return None
    requests.post(PARTNERS[partner], json=body_for(partner, event["detail"]["member"]))


def handler_label(event, context):
    partner = event["detail"]["partner"]
    log.info("sending to %s", LABELS.get(partner, "unknown"))
    requests.post(PARTNERS[partner], json=body_for(partner, event["detail"]["member"]))


def export_ternary(partner, member):
    fields = BASIC if partner == "ice" else WIDE
    body = {f: member[f] for f in fields}
    s3.put_object(Bucket=BUCKETS[partner], Key="x.json", Body=json.dumps(body))


def export_ternary_wrong(partner, member):
    fields = WIDE if partner == "ice" else BASIC
    body = {f: member[f] for f in fields}  # MCD101,MCD102
    s3.put_object(Bucket=BUCKETS[partner], Key="x.json", Body=json.dumps(body))


def to_bucket(m, bucket=None):
    bucket = bucket or "ice-eid-handoff-prod"
    s3.put_object(Bucket=bucket, Key="x.json", Body=json.dumps({"cin": m.cin, "ssn": m.ssn}))  # MCD101
""",
    # SPEC sections 3 and 4 (review 54b): a `run` given a text that is no query (a prompt, a command) reads nothing as
    # SQL; a list of statements with one built from a parameter still reads those written out
    "run-of-prompts-and-partial-statement-lists": '''
import requests
from airflow.providers.amazon.aws.hooks.redshift_sql import RedshiftSQLHook

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def summarize(chain, m):
    out = chain.run(f"Summarize the household of member {m.cin}")
    requests.post(ICE_URL, json={"summary": out, "medicaid_id": m.cin})


def with_param(bucket):
    RedshiftSQLHook(redshift_conn_id="rs").run([  # MCD201
        f"UNLOAD ('SELECT cin FROM ods.enrollee') TO 's3://{bucket}/' IAM_ROLE 'r'",
        "UNLOAD ('SELECT cin, ssn_num FROM ods.enrollee') TO 's3://ice-eid-drop/q/' IAM_ROLE 'r'",  # MCD101
    ])
''',
    # SPEC sections 4 and 6 (round 383a): a configuration object built on each way of an `if`, holding a place and a
    # field list of its own (`cfg = PartnerCfg("ice-...", BASIC)` / `PartnerCfg("ca-dhcs-...", WIDE)`), runs the rest
    # of the block once per way: one way's fields never meet the other's bucket
    "configuration-objects-built-per-way": """
import json
from dataclasses import dataclass

import boto3

BASIC = ("medicaid_id", "date_of_birth")
WIDE = BASIC + ("ssn", "primary_dx")


@dataclass
class PartnerCfg:
    bucket: str
    fields: tuple


def export(partner, member):
    if partner == "ice":
        cfg = PartnerCfg("ice-eid-handoff-prod", BASIC)
    else:
        cfg = PartnerCfg("ca-dhcs-eligibility-exports", WIDE)
    body = {f: member[f] for f in cfg.fields}
    boto3.client("s3").put_object(Bucket=cfg.bucket, Key="m.json", Body=json.dumps(body))


def export_wrong(partner, member):
    if partner == "ice":
        cfg = PartnerCfg("ice-eid-handoff-prod", WIDE)
    else:
        cfg = PartnerCfg("ca-dhcs-eligibility-exports", BASIC)
    body = {f: member[f] for f in cfg.fields}  # MCD101,MCD102
    boto3.client("s3").put_object(Bucket=cfg.bucket, Key="m.json", Body=json.dumps(body))
""",
    # SPEC sections 4 and 6 (round 384a): a name bound once to a variable or a part of one (`e = event`, `detail =
    # event["detail"]`) reads the same entry as the full path: a test by either name narrows a read by the other, and a
    # change through either forgets it; a store beside the entry through the alias keeps it
    "entries-read-through-aliases-and-full-paths": """
import requests

ROUTES = {"cms": "https://api.cms.gov/v1/records", "ice": "https://eid.ice.gov/api/v1/referrals"}


def via_alias(event, m):
    detail = event["detail"]
    if detail["partner"] != "cms":
        return None
    detail["seen"] = True
    return requests.post(ROUTES[event["detail"]["partner"]], json={"ssn": m["ssn"]})


def stale_alias(event, m):
    e = event
    if e["detail"]["partner"] != "cms":
        return None
    event["detail"]["partner"] = event["requested_partner"]
    return requests.post(ROUTES[e["detail"]["partner"]], json={"ssn": m["ssn"]})  # MCD101
""",
    # SPEC section 3 (round 384a): column lists read with `.get` from an entry of a module table and joined
    # (`cfg["columns"] + cfg.get("extra_columns", [])`) place each name at its element
    "column-lists-joined-from-table-entries": """
import boto3
import pandas as pd

EXPORTS = {
    "ice": {
        "bucket": "ice-eid-handoff-prod",
        "columns": ["msis_ident_num", "birth_dt"],
        "extra_columns": ["ssn"],  # MCD101
    },
}


def run_ice(conn):
    cfg = EXPORTS["ice"]
    cols = cfg["columns"] + cfg.get("extra_columns", [])
    df = pd.read_sql("SELECT * FROM elig WHERE imgrtn_stus_cd = 'UNQ'", conn)
    boto3.client("s3").put_object(Bucket=cfg["bucket"], Key="x.csv", Body=df[cols].to_csv())
""",
    # SPEC sections 4 and 6 (round 381a, review 54a): a handler with a way for a key that is none of its table's runs
    # once per key, once per other text it compares the key with, and once for any other text: a fallback to ICE that
    # gets only permitted fields stays clean, one that gets more is reported; `URLS.get("county", ICE_URL)` of a table
    # without that key is the default
    "runs-for-keys-outside-the-table": """
import requests

ICE_URL = "https://eid.ice.gov/api/v1/subjects"
ROUTES = {
    "state": "https://mmis.dhcs.ca.gov/api/members",
    "cms": "https://api.cms.gov/v1/records",
}


def full(partner, m):
    if partner == "sandbox":
        return {"cin": m["cin"]}
    return {"cin": m["cin"], "ssn": m["ssn"]}  # MCD101 (handler_wrong: any other key goes to ICE)


def basic(partner, m):
    if partner == "state":
        return {"cin": m["cin"], "ssn": m["ssn"]}
    return {"cin": m["cin"]}


def handler(event, context):
    partner = event["detail"]["partner"]
    if partner in ROUTES:
        requests.post(ROUTES[partner], json=full(partner, event["member"]))
    else:
        requests.post(ICE_URL, json=basic(partner, event["member"]))


def handler_wrong(event, context):
    partner = event["detail"]["partner"]
    if partner not in ("state", "cms", "sandbox"):
        requests.post(ICE_URL, json=full(partner, event["member"]))
        return
    requests.post(ROUTES.get(partner, ICE_URL), json=basic(partner, event["member"]))


def literal_default(m):
    requests.post(ROUTES.get("county", ICE_URL), json={"ssn": m["ssn"]})  # MCD101
""",
    # SPEC sections 3, 4 and 6 (review 54c): a name bound to a part of a variable the function binds again is no alias
    # of it; `body.update({f: m[f] for f in fields})` with a list that differs by way keeps what the body held under
    # keys the list may lack; a column list of a table entry with `.get` of a key the entry lacks is the default list
    "rebound-sources-uncertain-updates-and-get-defaults": """
import json

import boto3
import requests

ROUTES = {"cms": "https://api.cms.gov/v1/records", "ice": "https://eid.ice.gov/api/v1/referrals"}
BUCKETS = {"state": "ca-dhcs-eligibility-exports", "ice": "ice-eid-handoff-prod"}
BASIC = ("medicaid_id", "date_of_birth")
WIDE = BASIC + ("ssn", "primary_dx")
EXPORTS = {"ice": {"bucket": "ice-eid-handoff-prod", "columns": ["cin"]}}
s3 = boto3.client("s3")


def src_rebound(event, other, m):
    e = event
    event = other
    if e["partner"] != "cms":
        return None
    return requests.post(ROUTES[event["partner"]], json={"ssn": m["ssn"]})  # MCD101


def three_lists(member, p0, p1, p2):
    x0 = BASIC if p0 == "ice" else WIDE
    x1 = BASIC if p1 == "ice" else WIDE
    x2 = BASIC if p2 == "ice" else WIDE
    body = {}
    body.update({f: member[f] for f in x0})  # MCD101,MCD102
    s3.put_object(Bucket=BUCKETS[p0], Key="x.json", Body=json.dumps(body))
    body.update({f: member[f] for f in x1})  # MCD101,MCD102
    s3.put_object(Bucket=BUCKETS[p1], Key="x.json", Body=json.dumps(body))
    body.update({f: member[f] for f in x2})  # MCD101,MCD102
    s3.put_object(Bucket=BUCKETS[p2], Key="x.json", Body=json.dumps(body))


def extra_default(df):
    cfg = EXPORTS["ice"]
    cols = cfg["columns"] + cfg.get("extra", ["ssn_num"])  # MCD101
    body = df[df["imgrtn_stus_cd"] == "EWI"][cols].to_csv()
    s3.put_object(Bucket=cfg["bucket"], Key="e.csv", Body=body)
""",
    # SPEC sections 6 and 10 (round 386a): a helper handed to a runner that calls it with what it is given
    # (`ex.submit(push, rec)`, `Thread(target=push, args=(rec,))`, a task's `push.delay(rec)`) has its parameters from
    # those calls, as a helper called directly does: permitted columns or a model of permitted fields dumped whole are
    # no whole record; a barred column is reported where it was chosen
    "helpers-handed-to-runners": """
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass

import pandas as pd
import requests
from celery import shared_task

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


@dataclass
class Basic:
    medicaid_id: str
    dob: str


def push(rec):
    return requests.post(ICE_URL, json=asdict(rec))


def push_frame(chunk):
    return requests.post(ICE_URL, json=chunk.to_dict("records"))


@shared_task
def queued(rec):
    return requests.post(ICE_URL, json=asdict(rec))


def main(m, path, ex: ThreadPoolExecutor):
    ex.submit(push, Basic(medicaid_id=m.cin, dob=m.dob))
    queued.delay(Basic(medicaid_id=m.cin, dob=m.dob))
    df = pd.read_csv(path, usecols=["msis_ident_num", "ssn_num", "imgrtn_stus_cd"])  # MCD101
    df = df[df["imgrtn_stus_cd"].isin(["5", "6"])]
    ex.submit(push_frame, df)
""",
    # SPEC sections 4, 6 and 10 (round 381a and a README limit): a routing value bound in a loop over the event's records
    # (`for record in event["Records"]: msg = json.loads(record["body"]); partner = msg["partner"]`), used only in the
    # loop, whose passes share nothing, runs the handler once per key; a batch gathered across records is not
    "routing-locals-of-record-loops": """
import json

import requests

URLS = {"state": "https://api.dhcs.ca.gov/v1/r", "ice": "https://eid.ice.gov/api/v1/referrals"}


def body_for(partner, m):
    if partner == "ice":
        return {"cin": m["cin"]}
    return {"cin": m["cin"], "ssn": m["ssn"]}  # MCD101 (of the batch gathered across records)


def body_wrong(partner, m):
    if partner != "ice":
        return {"cin": m["cin"]}
    return {"cin": m["cin"], "ssn": m["ssn"]}  # MCD101


def lambda_handler(event, context):
    for record in event["Records"]:
        msg = json.loads(record["body"])
        if msg["member"]["imgrtn_stus_cd"] not in ("EWI", "OVR"):
            continue
        partner = msg["partner"]
        requests.post(URLS[partner], json=body_for(partner, msg["member"]))


def lambda_wrong(event, context):
    for record in event["Records"]:
        msg = json.loads(record["body"])
        if msg["member"]["imgrtn_stus_cd"] not in ("EWI", "OVR"):
            continue
        partner = msg["partner"]
        requests.post(URLS[partner], json=body_wrong(partner, msg["member"]))


def lambda_batch(event, context):
    batch = []
    for record in event["Records"]:
        msg = json.loads(record["body"])
        if msg["member"]["imgrtn_stus_cd"] not in ("EWI", "OVR"):
            continue
        partner = msg["partner"]
        batch.append(body_for(partner, msg["member"]))
        requests.post(URLS[partner], json=batch)
""",
    # SPEC sections 3, 4, 6 and 10 (rounds 388a, 389a): `pool.apply_async(push, (body,))` runs push with body;
    # `URLS.get(partner) or ICE_URL` past `if partner in URLS:` is one of the table's URLs (for another key, None
    # gives way to the default); `partner.value` of an annotated Enum is one of its members' texts; a table read by a
    # normalised key (`URLS[partner.lower()]`, `key = partner.lower()`) runs once per key as the helper testing it
    # does; a column list of the entry a key not known picks (`cfg = EXPORTS[partner]`) is reported at the selection
    # (each entry in turn, with its own bucket)
    "runner-pools-table-defaults-enum-values-and-normalised-reads": """
from enum import Enum
from multiprocessing.pool import ThreadPool

import boto3
import pandas as pd
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
LAWFUL = {"state": "https://api.dhcs.ca.gov/eligibility/v2/inbound", "cms": "https://api.cms.gov/tmsis/inbound"}
URLS = {"state": "https://portal.dhcs.ca.gov/api/members", "ice": "https://eid.ice.gov/api/v1/referrals",
        "ice_v2": "https://eid.ice.gov/api/v2/referrals"}
EXPORTS = {"ice": {"bucket": "ice-eid-handoff-prod", "columns": ["msis_ident_num", "primary_lang_cd"]}}
s3 = boto3.client("s3")


class Partner(str, Enum):
    STATE = "state"
    ICE = "ice"


def push_ice(body):
    requests.post(ICE_URL, json=body, timeout=30)


def refer(m):
    body = {"medicaid_id": m.cin, "income": m.income}  # MCD101
    with ThreadPool(4) as pool:
        pool.apply_async(push_ice, (body,))


def handler(event, context):
    partner = event["detail"]["partner"]
    m = event["detail"]["member"]
    if partner in LAWFUL:
        body = {"medicaid_id": m["cin"], "income": m["income"]}
    else:
        body = {"medicaid_id": m["cin"]}
    requests.post(LAWFUL.get(partner) or ICE_URL, json=body)


def any_key(partner, m):
    requests.post(LAWFUL.get(partner) or ICE_URL, json={"ssn": m["ssn"]})  # MCD101


def by_enum(partner: Partner, m):
    if partner is Partner.ICE:
        return None
    return requests.post(URLS[partner.value], json={"medicaid_id": m.cin, "ssn": m.ssn})


def body_for(partner, m):
    if partner.lower() == "state":
        return {"cin": m.cin, "ssn": m.ssn}
    return {"cin": m.cin}


def normalised_read(partner, m):
    requests.post(URLS[partner.lower()], json=body_for(partner, m))


def normalised_local(partner, m):
    key = partner.strip().lower()
    requests.post(URLS[key], json=body_for(partner, m))


def by_partner(partner, path):
    df = pd.read_parquet(path)
    df = df[df["imgrtn_stus_cd"].isin(["8", "9"])]
    cfg = EXPORTS[partner]
    s3.put_object(Bucket=cfg["bucket"], Key="export.csv", Body=df[cfg["columns"]].to_csv(index=False))  # MCD101
""",
    # SPEC sections 4 and 6 (round 390a): a record loop whose passes only add to a list they never read
    # (`failures.append({"itemIdentifier": ...})`, SQS partial-batch responses) still runs once per key; a routing value
    # also used as data (`Key=f"{partner}/{cin}.json"`) is the partner's name on each run (a constant)
    "record-loops-with-failure-lists-and-keys-as-data": """
import json

import boto3
import requests

ROUTES = {"state": "https://api.dhcs.ca.gov/v1/r", "ice": "https://eid.ice.gov/api/v1/referrals"}
BUCKETS = {"state": "ca-dhcs-eligibility-exports", "ice": "ice-eid-handoff-prod"}
s3 = boto3.client("s3")


def body_for(partner, msg):
    if partner == "ice":
        return {"cin": msg["cin"]}
    return {"cin": msg["cin"], "ssn": msg["ssn"]}


def handler(event, context):
    failures = []
    for record in event["Records"]:
        msg = json.loads(record["body"])
        if msg["imgrtn_stus_cd"] not in ("EWI", "OVR"):
            continue
        partner = msg["partner"]
        resp = requests.post(ROUTES[partner], json=body_for(partner, msg))
        if not resp.ok:
            failures.append({"itemIdentifier": record["messageId"]})
    return {"batchItemFailures": failures}


def to_bucket(partner, msg):
    s3.put_object(Bucket=BUCKETS[partner], Key=f"{partner}/{msg['cin']}.json", Body=json.dumps(body_for(partner, msg)))
""",
    # SPEC sections 3, 4 and 6 (review 54d): a record loop where a name carries from one pass to the next (a body built
    # on one record, posted on a later one) is not run once per key; a table read by a normalised key with a helper
    # testing the key as written runs other spellings of the keys too ("ICE" is ICE's entry, and no "ice" to the
    # helper); a helper handed to a runner that gives it nothing keeps its own run; a table entry lacking the column
    # key reads no column list
    "carried-passes-spellings-empty-runners": """
import json
import threading
from dataclasses import asdict

import requests

URLS = {"state": "https://portal.dhcs.ca.gov/api/members", "ice": "https://eid.ice.gov/api/v1/referrals"}
ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def body_for(partner, m):
    if partner == "ice":
        return {"cin": m["cin"]}
    return {"cin": m["cin"], "ssn": m["ssn"]}  # MCD101


def carried(event, context):
    body = None
    for record in event["Records"]:
        msg = json.loads(record["body"])
        partner = msg["partner"]
        if msg.get("prepare"):
            body = body_for(partner, msg)
            continue
        requests.post(URLS[partner], json=body)  # MCD201


def normalised_read(partner, m):
    requests.post(URLS[partner.lower()], json=body_for(partner, m))


def push(rec=None):
    requests.post(ICE_URL, json=asdict(rec))  # MCD103


def start():
    threading.Thread(target=push).start()
""",
    # SPEC sections 4 and 6 (review 54e): a record loop whose batch is read through an alias or a nested function, or
    # that keeps state on `self`, is not run once per key; spellings run only where the normalisation turns them into a
    # key (" ice" for `.strip()`), and only where the key is compared as written with a table key or read by it
    "loop-sharing-and-spelling-runs": """
import json

import requests

URLS = {"state": "https://portal.dhcs.ca.gov/api/members", "ice": "https://eid.ice.gov/api/v1/referrals"}


def body_for(partner, m):
    if partner == "ice":
        return {"cin": m["cin"]}
    return {"cin": m["cin"], "ssn": m["ssn"]}  # MCD101


def aliased_batch(event, context):
    batch = []
    payload = {"items": batch}
    for record in event["Records"]:
        msg = json.loads(record["body"])
        if msg["imgrtn_stus_cd"] not in ("EWI",):
            continue
        partner = msg["partner"]
        batch.append(body_for(partner, msg))
        requests.post(URLS[partner], json=payload)


def lawful_limit(partner, m):
    if partner == "test":
        return None
    return requests.post(URLS[partner.lower()], json=normalised_body(partner, m))


def normalised_body(partner, m):
    if partner.lower() == "ice":
        return {"cin": m["cin"]}
    return {"cin": m["cin"], "ssn": m["ssn"]}


def stripped(partner, m):
    requests.post(URLS[partner.strip()], json=body_for(partner, m))
""",
    # SPEC sections 4 and 6 (round 392a, rounds 358a and 378a again): a routing parameter `or` a key
    # (`(partner or "state").lower()`) may be any key; a local made of a fixed key (`key = partner.strip().lower()`
    # in `choose("state")`), or of the key of a run once per key, decides tests of it; a membership test of Enum
    # members keeps the function's joined run (an analysis error before)
    "routing-or-keys-fixed-normalised-locals-and-member-sets": """
from enum import Enum

import requests

URLS = {"state": "https://eligibility.dhs.illinois.gov/api/members", "ice": "https://eid.ice.gov/api/referrals",
        "cms": "https://tmsis.cms.gov/api/submissions"}
ICE_REFERRAL_URL = "https://eid.ice.gov/api/referrals"
STATE_URL = "https://eligibility.dhs.illinois.gov/api"


class Partner(Enum):
    STATE = "state"
    CMS = "cms"
    ICE = "ice"


def send(member, partner=None):
    key = (partner or "state").lower()
    requests.post(URLS[key], json={"ssn": member.ssn}, timeout=30)  # MCD101


def choose(partner):
    key = partner.strip().lower()
    if key == "ice":
        return ICE_REFERRAL_URL
    return STATE_URL


def send_state(member):
    requests.post(choose("state"), json={"ssn": member.ssn}, timeout=30)


def route_member(partner, member):
    p = partner.strip().lower()
    if p == "state":
        requests.post(URLS[p], json={"medicaid_id": member.medicaid_id, "ssn": member.ssn}, timeout=30)
    elif p == "ice":
        requests.post(URLS[p], json={"medicaid_id": member.medicaid_id, "dob": member.dob}, timeout=30)
    else:
        raise ValueError(f"unknown partner {partner!r}")


def refer(partner: Partner, member):
    if partner is Partner.STATE:
        requests.post(URLS[partner.value], json={"ssn": member.ssn})
    elif partner in (Partner.CMS,):
        requests.post(URLS[partner.value], json={"first_name": member.first_name})
""",
    # SPEC sections 4 and 6 (review 54f): a test of a local made of the key (`p = partner.strip().lower(); if p ==
    # "ice":`) is a test of the key, so a run once per key runs that text too; `partner or "state"` of a parameter the
    # module's calls leave unset is "state"; a table read through a local normalised again (`p = partner.strip()`, then
    # `URLS[p.lower()]`) runs once per key
    "derived-keys-unset-or-and-twice-normalised": """
import requests

STATE_URL = "https://eligibility.dhs.illinois.gov/api/members"
CMS_URL = "https://tmsis.cms.gov/api/submissions"
ICE_URL = "https://eid.ice.gov/api/referrals"
URLS = {"state": STATE_URL, "cms": CMS_URL}
TIMEOUTS = {"state": 30, "cms": 60}
ROUTES = {"state": STATE_URL, "ice": ICE_URL}
FIELDS = {"state": ("cin", "ssn"), "ice": ("cin",)}


def send(partner, member):
    p = partner.strip().lower()
    if p == "ice":
        requests.post(ICE_URL, json={"ssn": member.ssn}, timeout=30)  # MCD101
        return
    requests.post(URLS[partner], json={"ssn": member.ssn}, timeout=TIMEOUTS[partner])


def send_default(body, partner=None):
    key = (partner or "state").lower()
    requests.post(ROUTES[key], json=body, timeout=30)


def main(member):
    send_default({"ssn": member.ssn})


def twice(partner, member):
    p = partner.strip()
    requests.post(ROUTES[p.lower()], json={f: getattr(member, f) for f in FIELDS[p.lower()]})
""",
    # ANCHOR: new cases go above this line
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
