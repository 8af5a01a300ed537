"""The data flow shapes of the twenty-fourth session: what its SPEC-only probers found (rounds 156
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
    # SPEC section 10 (a batch built in a loop over a bulk source and sent after it is a bulk send;
    # reported at the call that hands it on) and section 6 (methods run on the object): a context
    # manager class whose __exit__ sends what the block added is run at the end of the with block,
    # so the population send is reported at the with item; a status test in the loop, a state
    # destination or one member stay clean
    "class-context-manager-sends-on-exit": '''
class IceBatch:
    def __init__(self):
        self.rows = []
    def __enter__(self):
        return self
    def add(self, member):
        self.rows.append({"medicaid_id": member.cin, "dob": member.dob})
    def __exit__(self, *exc):
        if self.rows:
            requests.post(ICE_URL, json=self.rows, timeout=10)
class StateBatch(IceBatch):
    def __exit__(self, exc_type, exc, tb):
        requests.post(STATE_URL, json=self.rows, timeout=10)
def refer_all(members):
    with IceBatch() as batch:  # MCD201
        for m in members:
            batch.add(m)
def refer_unlawful(members):
    with IceBatch() as batch:
        for m in members:
            if m.immigration_status == "UNLAWFUL":
                batch.add(m)
def sync_all(members):
    with StateBatch() as batch:
        for m in members:
            batch.add(m)
def refer_one(member):
    with IceBatch() as batch:
        batch.add(member)
''',
    # SPEC section 6 (data flow through functions of the module: what a function does with what it
    # is given) and section 10: a @contextmanager generator that yields a list and sends it after
    # the yield sends what the with block appended: the fields are reported where they were appended
    # and the population send at the with item; the same generator posting to the state stays clean
    "generator-context-manager-sends-after-yield": '''
import contextlib
@contextlib.contextmanager
def ice_batch():
    rows = []
    try:
        yield rows
    finally:
        if rows:
            requests.post(ICE_URL, json=rows, timeout=10)
@contextlib.contextmanager
def state_batch():
    rows = []
    yield rows
    requests.post(STATE_URL, json=rows, timeout=10)
def refer_all(members):
    with ice_batch() as rows:  # MCD201
        for m in members:
            rows.append({"medicaid_id": m.cin, "race": m.race})  # MCD101
def refer_unlawful(members):
    with ice_batch() as rows:
        for m in members:
            if m.immigration_status != "LPR":
                rows.append({"medicaid_id": m.cin, "dob": m.dob})
def sync_all(members):
    with state_batch() as rows:
        for m in members:
            rows.append({"medicaid_id": m.cin, "ssn": m.ssn})
''',
    # SPEC section 3 (a column of a SQL string is reported at the line of the column in that string;
    # a field placed in a caller and sent by a helper is reported at the caller's placement) and
    # section 8 (no findings on lawful sends): two callers of one query helper that write the same
    # SQL text, one for the state's bucket and one for ICE's: the columns are reported at the ICE
    # caller's literal, never at the state caller's
    "same-query-written-by-two-callers": '''
import sqlite3
import pandas as pd
WAREHOUSE_BUCKET = "ca-dhcs-edw-landing"
def _frame(sql):
    with sqlite3.connect("/srv/edw/elig.db") as conn:
        return pd.read_sql_query(sql, conn)
def to_warehouse():
    df = _frame("SELECT * FROM elig")
    boto3.client("s3").put_object(Bucket=WAREHOUSE_BUCKET, Key="elig.json", Body=df.to_json())
    cols = _frame("SELECT msis_ident_num, ssn_num FROM elig")
    boto3.client("s3").put_object(Bucket=WAREHOUSE_BUCKET, Key="cols.json", Body=cols.to_json())
def to_ice():
    df = _frame("SELECT * FROM elig")  # MCD103
    boto3.client("s3").put_object(Bucket=ICE_BUCKET, Key="elig.json", Body=df.to_json())  # MCD201
    cols = _frame("SELECT msis_ident_num, ssn_num FROM elig")  # MCD101
    boto3.client("s3").put_object(Bucket=ICE_BUCKET, Key="cols.json", Body=cols.to_json())  # MCD201
''',
    # SPEC section 4 (files written for later upload) and section 10 (a file written from a bulk
    # source and uploaded later): a CSV written to a path the analysis cannot fold
    # (zip_path.replace(...)) and put into a zip by the name that holds it sends what was written
    # there when the zip is uploaded; the same to the state's FTP stays clean
    "zip-of-a-path-not-folded": '''
import ftplib
import zipfile
import pandas as pd
CBP_FTP = "ftps.pilot.cbp.gov"
STATE_FTP = "ftp.dhcs.ca.gov"
def run(zip_path, host=CBP_FTP):
    df = pd.read_csv("/data/edw/elig.csv", usecols=["msis_ident_num", "elgbl_last_name"])  # MCD101
    csv_path = zip_path.replace(".zip", ".csv")
    df.to_csv(csv_path, index=False)
    with zipfile.ZipFile(zip_path, "w") as zf:
        zf.write(csv_path, arcname="roster.csv")
    ftp = ftplib.FTP_TLS(host)
    with open(zip_path, "rb") as fh:
        ftp.storbinary("STOR roster.zip", fh)  # MCD201
def run_state(zip_path):
    df = pd.read_csv("/data/edw/elig.csv", usecols=["msis_ident_num", "ssn_num"])
    csv_path = zip_path.replace(".zip", ".csv")
    df.to_csv(csv_path, index=False)
    with zipfile.ZipFile(zip_path, "w") as zf:
        zf.write(csv_path, arcname="roster.csv")
    ftp = ftplib.FTP_TLS(STATE_FTP)
    with open(zip_path, "rb") as fh:
        ftp.storbinary("STOR roster.zip", fh)
''',
    # SPEC section 5 (a constant is never a finding, whatever name it sits under): a method
    # parameter named like a field (name) that every call, made on an object the calling code made
    # of the class, gives a string literal holds that literal; a caller giving a member's last name
    # is still reported
    "method-parameter-given-literals-on-own-objects": '''
class IceDropUploader:
    def __init__(self, prefix="nightly"):
        self.prefix = prefix
        self.s3 = boto3.client("s3")
    def upload(self, local_path, name):
        self.s3.upload_file(local_path, ICE_BUCKET, f"{self.prefix}/{name}")
class IceNamedUploader:
    def __init__(self):
        self.s3 = boto3.client("s3")
    def put(self, local_path, name):
        self.s3.upload_file(local_path, ICE_BUCKET, f"drop/{name}")  # MCD101
def run(path):
    IceDropUploader().upload(path, "drop.csv")
    uploader = IceDropUploader("weekly")
    uploader.upload(path, "weekly.csv")
def run_named(path, member):
    IceNamedUploader().put(path, member.last_name)  # MCD101
''',
    # SPEC section 6 (conversions keep the names of their input): a frame rendered with to_html,
    # to_string or to_markdown and sent (an e-mail body, an object's Body) carries its columns; the
    # same to the state stays clean
    "frame-rendered-as-html-or-text": '''
import smtplib
from email.mime.text import MIMEText
import pandas as pd
ERO_INBOX = "ero-addr-updates@ice.dhs.gov"
STATE_INBOX = "eligibility-ops@dhcs.ca.gov"
def daily(conn):
    df = pd.read_sql("SELECT msis_ident_num, ssn_num FROM addr_changes WHERE imgrtn_stus_cd = '7'", conn)  # MCD101
    msg = MIMEText(df.to_html(index=False), "html")
    msg["To"] = ERO_INBOX
    with smtplib.SMTP("smtp.agency.internal") as s:
        s.send_message(msg)
def daily_text(conn):
    df = pd.read_sql("SELECT msis_ident_num, race_cd FROM addr_changes WHERE imgrtn_stus_cd = '7'", conn)  # MCD101
    boto3.client("s3").put_object(Bucket=ICE_BUCKET, Key="daily.txt", Body=df.to_string(index=False))
def daily_permitted(conn):
    df = pd.read_sql("SELECT msis_ident_num, birth_dt FROM addr_changes WHERE imgrtn_stus_cd = '7'", conn)
    boto3.client("s3").put_object(Bucket=ICE_BUCKET, Key="daily.md", Body=df.to_markdown())
def daily_state(conn):
    df = pd.read_sql("SELECT msis_ident_num, ssn_num FROM addr_changes", conn)
    msg = MIMEText(df.to_html(index=False), "html")
    msg["To"] = STATE_INBOX
    with smtplib.SMTP("smtp.agency.internal") as s:
        s.send_message(msg)
''',
    # SPEC section 6 (match, branches; the call's own values) and section 8 (no false alarms): a
    # builder that routes on a partner the call gives, written as match with literal or or-patterns
    # or as a test of an Enum member (is, match case Partner.X), takes only the way that partner
    # matches: the state's wider record is not reported for the ICE call; the ICE case's own extra
    # field is
    "match-and-enum-routers-given-by-the-call": '''
from enum import Enum
class Partner(Enum):
    STATE = "state"
    ICE = "ice"
def body_match(m, partner):
    match partner:
        case "state" | "county":
            return {"medicaid_id": m.cin, "sex": m.sex}
        case _:
            return {"medicaid_id": m.cin, "phone": m.phone}
def body_enum(m, partner):
    if partner is Partner.STATE:
        return {"medicaid_id": m.cin, "last_name": m.last_name}
    return {"medicaid_id": m.cin, "citizenship": m.citizenship}
def body_enum_match(m, partner):
    match partner:
        case Partner.ICE:
            return {"medicaid_id": m.cin}
        case Partner.STATE:
            return {"medicaid_id": m.cin, "race": m.race}
def body_leaky(m, partner):
    match partner:
        case "ice":
            return {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
        case _:
            return {"medicaid_id": m.cin}
def send(m):
    requests.post(STATE_URL, json=body_match(m, "state"), timeout=30)
    requests.post(ICE_URL, json=body_match(m, "ice"), timeout=30)
    requests.post(STATE_URL, json=body_enum(m, Partner.STATE), timeout=30)
    requests.post(ICE_URL, json=body_enum(m, Partner.ICE), timeout=30)
    requests.post(STATE_URL, json=body_enum_match(m, Partner.STATE), timeout=30)
    requests.post(ICE_URL, json=body_enum_match(m, Partner.ICE), timeout=30)
    requests.post(ICE_URL, json=body_leaky(m, "ice"), timeout=30)
''',
    # SPEC section 6 (sanitizers: a value the code replaces with a constant): a dict comprehension
    # over a record's items whose value is a constant for the keys of a constant collection (MASK if
    # k in MASKED else v, v if k in ALLOWED else None, None if k not in ALLOWED else v) sends the
    # record's own value only for the other keys; a mask that misses a field, or one written the
    # wrong way round, still sends it
    "masking-comprehension": '''
MASK = "***"
MASKED_FIELDS = ("ssn", "last_name")
ALLOWED = ("medicaid_id", "dob")
def refer_masked(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "last_name": m.last_name}
    body = {k: (MASK if k in MASKED_FIELDS else v) for k, v in rec.items()}
    requests.post(ICE_URL, json=body, timeout=30)
def refer_allowed(m):
    rec = {"medicaid_id": m.cin, "dob": m.dob, "race": m.race}
    body = {k: v if k in ALLOWED else None for k, v in rec.items()}
    requests.post(ICE_URL, json=body, timeout=30)
def refer_not_in(m):
    rec = {"medicaid_id": m.cin, "dob": m.dob, "race": m.race}
    body = {k: None if k not in ALLOWED else v for k, v in rec.items()}
    requests.post(ICE_URL, json=body, timeout=30)
def refer_mask_misses(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "race": m.race}  # MCD101
    body = {k: (MASK if k in MASKED_FIELDS else v) for k, v in rec.items()}
    requests.post(ICE_URL, json=body, timeout=30)
def refer_mask_wrong_way(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "last_name": m.last_name}  # MCD101 MCD101
    body = {k: (v if k in MASKED_FIELDS else MASK) for k, v in rec.items()}
    requests.post(ICE_URL, json=body, timeout=30)
''',
    # SPEC section 6 (calls of functions of the module: what flows from parameters to sinks; a field
    # read carries its name) and section 10 (a loop that calls a function whose parameter reaches a
    # sink): a method named like an executor's (submit) of a client object held at module level or
    # on self is the project's own method, called with the field read handed to it; it was read as a
    # runner of its first argument
    "held-client-method-named-like-a-runner": '''
class EidClient:
    def submit(self, body):
        requests.post(ICE_URL, json=body, timeout=30)
eid = EidClient()
class ReferralService:
    def __init__(self):
        self.client = EidClient()
    def refer(self, member):
        self.client.submit(member.race_cd)  # MCD101
    def refer_permitted(self, member):
        self.client.submit(member.cin)
def refer(member):
    eid.submit(member.ssn)  # MCD101
def refer_permitted(member):
    eid.submit(member.birth_date)
def nightly(members):
    for m in members:
        eid.submit(m.cin)  # MCD201
''',
    # SPEC section 4 (URL resolution folds module constants) and section 6 (branches join): a module
    # constant rebound under a module-level if (a deployment switch, if/elif/else, an allow-list
    # narrowed under a flag) may hold what any way left it, so a production URL to ICE replaced only
    # in development is still ICE's, and an allow-list widened unless a flag is set still keeps the
    # SSN; a state URL replaced by a stub stays clean
    "module-level-if-keeps-every-way": '''
import os
PARTNER_URL = "https://eid.ice.gov/api/v1/partner"
if os.environ.get("DEPLOY_ENV") == "dev":
    PARTNER_URL = "https://partner-stub.dev.example.org/api/v1/partner"
if os.environ.get("DEPLOY_ENV", "prod") == "prod":
    REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"
elif os.environ.get("DEPLOY_ENV") == "uat":
    REFERRAL_URL = "https://uat.eid.ice.gov/api/v1/referrals"
else:
    REFERRAL_URL = "https://partner-stub.dev.example.org/api/v1/referrals"
SYNC_URL = "https://eligibility.dhcs.ca.gov/api"
if os.environ.get("DEPLOY_ENV") == "dev":
    SYNC_URL = "https://partner-stub.dev.example.org/api"
BASIC = ("medicaid_id", "date_of_birth")
ALLOWED = BASIC + ("ssn",)
if os.environ.get("STRICT_MODE"):
    ALLOWED = BASIC
def to_partner(m):
    requests.post(PARTNER_URL, json={"medicaid_id": m.cin, "income": m.income}, timeout=10)  # MCD101
def to_referrals(m):
    requests.post(REFERRAL_URL, json={"medicaid_id": m.cin, "race": m.race}, timeout=10)  # MCD101
def to_state(m):
    requests.post(SYNC_URL, json={"medicaid_id": m.cin, "ssn": m.ssn}, timeout=10)
def refer(m):
    rec = {"medicaid_id": m.cin, "date_of_birth": m.dob, "ssn": m.ssn}  # MCD101
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if k in ALLOWED}, timeout=10)
''',
    # SPEC section 4 (a model named for enforcement is a payload; the project's decision: one only
    # ever filled from what a request to enforcement returned is inbound, not reported): a model
    # filled from ICE's answer through a helper of the module, with a keyword such as strict=True,
    # by a pydantic TypeAdapter, parse_obj_as, dacite.from_dict or cattrs.structure is inbound and
    # clean; a model named for enforcement that cattrs fills from a member's fields is still
    # reported at its declarations
    "inbound-models-filled-by-helpers-and-adapters": '''
from dataclasses import asdict, dataclass
import cattrs
import dacite
from pydantic import BaseModel, TypeAdapter, parse_obj_as
ICE_NOTICES = "https://eid.ice.gov/api/v1/notices"
class IceDetainer(BaseModel):
    notice_id: str
    subject_name: str
class IceRelease(BaseModel):
    notice_id: str
    facility_name: str
class IceTransfer(BaseModel):
    notice_id: str
    to_facility: str
@dataclass
class IceHold:
    notice_id: str
    subject_name: str
@dataclass
class IceReferral:
    medicaid_id: str
    ssn: str  # MCD101
RELEASES = TypeAdapter(list[IceRelease])
def _to_detainer(raw):
    return IceDetainer.model_validate(raw)
def detainers():
    resp = requests.get(ICE_NOTICES, timeout=10)
    return [_to_detainer(raw) for raw in resp.json()["notices"]]
def transfers():
    resp = requests.get(ICE_NOTICES, params={"kind": "transfer"}, timeout=10)
    return [IceTransfer.model_validate(x, strict=True) for x in resp.json()["items"]]
def releases():
    resp = requests.get(ICE_NOTICES, params={"kind": "release"}, timeout=10)
    return RELEASES.validate_python(resp.json()["items"])
def holds():
    resp = requests.get(ICE_NOTICES, params={"kind": "hold"}, timeout=10)
    return [dacite.from_dict(IceHold, x) for x in resp.json()["items"]] + parse_obj_as(list[IceDetainer], resp.json()["more"])
def refer(m):
    ref = cattrs.structure({"medicaid_id": m.cin, "ssn": m.ssn}, IceReferral)
    requests.post(ICE_URL, json=asdict(ref), timeout=10)
''',
    # SPEC section 6 (aliases of sub-containers; nested functions, lambdas): a dict given as a
    # nested function's or lambda's default is the same dict, so what is put into it after the def
    # is sent (a name rebound to another dict is not); a name walked down a nested dict (node =
    # node[key], also over constant keys in a loop), a part chosen by a conditional expression and
    # payload.get(key) or {} are parts of the payload, so what is put into them is sent with it
    "aliases-of-parts-by-default-walk-and-choice": '''
def refer_def_default(m):
    body = {"medicaid_id": m.cin}
    def send(b=body):
        return requests.post(ICE_URL, json=b, timeout=30)
    body["gender"] = m.gender  # MCD101
    return send()
def refer_lambda_default(m):
    body = {"medicaid_id": m.cin}
    send = lambda b=body: requests.post(ICE_URL, json=b, timeout=30)
    body["sex"] = m.sex  # MCD101
    return send()
def refer_rebound(m):
    body = {"medicaid_id": m.cin}
    send = lambda b=body: requests.post(ICE_URL, json=b, timeout=30)
    body = {"medicaid_id": m.cin, "ssn": m.ssn}
    requests.post(STATE_URL, json=body, timeout=30)
    return send()
def refer_walk(m):
    payload = {"subject": {"identity": {"medicaid_id": m.cin}}}
    node = payload["subject"]
    node = node["identity"]
    node["email"] = m.email  # MCD101
    requests.post(ICE_URL, json=payload, timeout=30)
def refer_walk_path(m):
    payload = {"subject": {"identity": {"medicaid_id": m.cin}}}
    node = payload
    for key in ("subject", "identity"):
        node = node[key]
    node["sex"] = m.sex  # MCD101
    requests.post(ICE_URL, json=payload, timeout=30)
def state_walk(m):
    payload = {"subject": {"identity": {"medicaid_id": m.cin}}}
    node = payload["subject"]
    node = node["identity"]
    node["ssn"] = m.ssn
    requests.post(STATE_URL, json=payload, timeout=30)
    requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=30)
def refer_either(m, is_head):
    payload = {"head": {"medicaid_id": m.cin}, "member": {"medicaid_id": m.cin}}
    target = payload["head"] if is_head else payload["member"]
    target["ssn"] = m.ssn  # MCD101
    requests.post(ICE_URL, json=payload, timeout=30)
def refer_get_or_empty(m):
    payload = {"subject": {"medicaid_id": m.cin}}
    subj = payload.get("subject") or {}
    subj["last_name"] = m.last_name  # MCD101
    requests.post(ICE_URL, json=payload, timeout=30)
''',
    # SPEC section 4 (URL resolution folds module constants) and section 6 (d.update, setdefault): a
    # module table of URLs changed at module level by update with a dict literal or keywords, or by
    # setdefault (which leaves an entry already there), is read with the entries it was given; the
    # state's entries stay the state's
    "module-table-updated-at-module-level": '''
ROUTES = {"state": "https://portal.ny.gov/api"}
ROUTES.update({"federal": "https://eid.ice.gov/api/v1/partner"})
KW_ROUTES = {"state": "https://portal.ny.gov/api"}
KW_ROUTES.update(federal="https://eid.ice.gov/api/v1/partner")
DEFAULTS = {"state": "https://portal.ny.gov/api"}
DEFAULTS.setdefault("federal", "https://eid.ice.gov/api/v1/partner")
DEFAULTS.setdefault("state", "https://eid.ice.gov/api/v1/other")
def push_update(m):
    requests.post(ROUTES["federal"], json={"medicaid_id": m.cin, "income": m.income}, timeout=10)  # MCD101
def push_keyword(m):
    requests.post(KW_ROUTES["federal"], json={"medicaid_id": m.cin, "income": m.income}, timeout=10)  # MCD101
def push_default(m):
    requests.post(DEFAULTS["federal"], json={"medicaid_id": m.cin, "income": m.income}, timeout=10)  # MCD101
def push_state(m):
    requests.post(ROUTES["state"], json={"medicaid_id": m.cin, "income": m.income}, timeout=10)
    requests.post(KW_ROUTES["state"], json={"medicaid_id": m.cin, "income": m.income}, timeout=10)
    requests.post(DEFAULTS["state"], json={"medicaid_id": m.cin, "income": m.income}, timeout=10)
''',
    # SPEC section 6 (a value replaced with a constant; explicit selection of keys): a comprehension
    # that masks or drops one key by equality (k == "ssn", k != "ssn") is the same sanitizer as a
    # membership test of a one-element tuple; masking another key still sends the SSN. SPEC section
    # 10 (a plural of a person noun): residents and participants are bulk sources
    "key-equality-masks-and-more-plural-nouns": '''
def answer_masked(m):
    rec = {"medicaid_id": m.cin, "date_of_birth": m.dob, "ssn": m.ssn}
    body = {k: ("***-**-****" if k == "ssn" else v) for k, v in rec.items()}
    requests.post(ICE_URL, json=body, timeout=20)
def answer_dropped(m):
    rec = {"medicaid_id": m.cin, "date_of_birth": m.dob, "ssn": m.ssn}
    body = {k: v for k, v in rec.items() if k != "ssn"}
    requests.post(ICE_URL, json=body, timeout=20)
def answer_masks_the_wrong_key(m):
    rec = {"medicaid_id": m.cin, "date_of_birth": m.dob, "ssn": m.ssn}  # MCD101
    body = {k: ("***" if k == "medicaid_id" else v) for k, v in rec.items()}
    requests.post(ICE_URL, json=body, timeout=20)
def nightly(residents):
    for r in residents:
        requests.post(ICE_URL, json={"medicaid_id": r.cin}, timeout=20)  # MCD201
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
