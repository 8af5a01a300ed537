"""The data flow shapes of the forty-fifth session: what its SPEC-only probers found (round 296
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
    # SPEC section 10 (a DataFrame mask is a condition on status when it tests status): a mask of what a
    # function of the module that tests status answers for each row, written inline, chooses the rows as the
    # same mask bound to a name does; a function that tests something else, or someone else's status, does not
    "inline-apply-mask-of-a-status-test": '''
import pandas as pd
import requests

ICE_URL = "https://eid.ice.gov/api/v1/subjects"


def is_removable(row) -> bool:
    return row["imgrtn_stus_cd"] in ("5", "6")


def is_high_cost(row) -> bool:
    return row["total_paid_amt"] > 10000


def spouse_removable(row) -> bool:
    return row["spouse_imgrtn_stus_cd"] in ("5", "6")


def inline_mask():
    df = pd.read_csv("m.csv", usecols=["msis_ident_num", "imgrtn_stus_cd"])
    df = df[df.apply(is_removable, axis=1)]
    requests.post(ICE_URL, json=df[["msis_ident_num"]].to_dict("records"))


def mapped_mask():
    df = pd.read_csv("m.csv", usecols=["msis_ident_num", "imgrtn_stus_cd"])
    df = df[df["imgrtn_stus_cd"].map(lambda s: s in ("5", "6"))]
    requests.post(ICE_URL, json=df[["msis_ident_num"]].to_dict("records"))


def other_test():
    df = pd.read_csv("m.csv", usecols=["msis_ident_num", "total_paid_amt"])
    df = df[df.apply(is_high_cost, axis=1)]
    requests.post(ICE_URL, json=df[["msis_ident_num"]].to_dict("records"))  # MCD201


def spouse_test():
    df = pd.read_csv("m.csv", usecols=["msis_ident_num", "spouse_imgrtn_stus_cd"])
    df = df[df.apply(spouse_removable, axis=1)]
    requests.post(ICE_URL, json=df[["msis_ident_num"]].to_dict("records"))  # MCD201
''',
    # SPEC section 4 (every channel agencies use) and section 3 (a field placed in one function and sent by another
    # is reported where it was placed): Airflow's XCom hands a payload from one task to the next by key; a pull
    # under another key, a send to the state, and a payload of permitted fields only stay clean
    "airflow-xcom-push-and-pull-by-key": '''
from airflow.providers.http.hooks.http import HttpHook


def build_payload(**context):
    rec = context["params"]["member"]
    payload = {
        "cin": rec["cin"],
        "gender": rec["gender"],  # MCD101
        "preg_ind": rec["pregnancy_ind"],  # MCD102
    }
    context["ti"].xcom_push(key="ice_payload", value=payload)
    context["ti"].xcom_push("state_payload", {"dx": rec["primary_dx"], "cin": rec["cin"]})
    context["ti"].xcom_push(key="ids", value={"cin": rec["cin"], "dob": rec["birth_dt"]})


def send_payload(**context):
    body = context["ti"].xcom_pull(task_ids="build_payload", key="ice_payload")
    HttpHook(method="POST", http_conn_id="ice_eid_api").run(endpoint="/api/v1/one", json=body)


def send_ids(**context):
    ids = context["ti"].xcom_pull(task_ids="build_payload", key="ids")
    HttpHook(method="POST", http_conn_id="ice_eid_api").run(endpoint="/api/v1/ids", json=ids)


def send_state(ti, **context):
    body = ti.xcom_pull(task_ids="build_payload", key="state_payload")
    HttpHook(method="POST", http_conn_id="mn_dhs_referrals").run(endpoint="/refer", json=body)
    HttpHook(method="POST", http_conn_id="ice_eid_api").run(endpoint="/x", json=ti.xcom_pull(task_ids="t", key="other"))
''',
    # SPEC section 6 (branches join; sanitizers): a strip written as a conditional expression statement runs on one
    # way only, so the field still goes on the other; a strip on both ways of it, or unconditional, clears it
    "conditional-expression-strips-are-branches": '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def ternary(m, strip):
    body = {"medicaid_id": m.cin, "race": m.race}  # MCD101
    body.pop("race") if strip else None
    requests.post(ICE_URL, json=body)


def anded(m, strip):
    body = {"medicaid_id": m.cin, "sex": m.sex}  # MCD101
    strip and body.pop("sex")
    requests.post(ICE_URL, json=body)


def ored(m, keep):
    body = {"medicaid_id": m.cin, "sex": m.sex}  # MCD101
    keep or body.pop("sex")
    requests.post(ICE_URL, json=body)


def both_ways(m, strict):
    body = {"medicaid_id": m.cin, "sex": m.sex, "race": m.race}
    body.pop("sex") if strict else body.pop("sex", None)
    body.pop("race", None)
    requests.post(ICE_URL, json=body)


def sent_on_one_way(m, dry_run):
    body = {"medicaid_id": m.cin, "race": m.race}  # MCD101
    None if dry_run else requests.post(ICE_URL, json=body)
''',
    # setdefault keeps a key the dict already holds: a constant put there on every way stays (a constant put on
    # one way only does not, nor does a key the dict may lack)
    "setdefault-keeps-a-constant-already-there": '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def redacted(m):
    body = {"medicaid_id": m.cin, "ssn": "REDACTED"}
    body.setdefault("ssn", m.ssn)
    requests.post(ICE_URL, json=body)


def redacted_on_one_way(m, mask):
    body = {"medicaid_id": m.cin}
    if mask:
        body["ssn"] = "REDACTED"
    body.setdefault("ssn", m.ssn)  # MCD101
    requests.post(ICE_URL, json=body)


def absent(m):
    body = {"medicaid_id": m.cin}
    body.setdefault("ssn", m.ssn)  # MCD101
    requests.post(ICE_URL, json=body)


def by_keywords(m):
    body = dict(medicaid_id=m.cin, race="NOT-SENT")
    body.setdefault("race", m.race_cd)
    requests.post(ICE_URL, json=body)


def popped_first(m):
    body = {"medicaid_id": m.cin, "ssn": "REDACTED"}
    body.pop("ssn")
    body.setdefault("ssn", m.ssn)  # MCD101
    requests.post(ICE_URL, json=body)


def merged_with_unknown_keys(m, row, extra):
    body = dict(cin=m.cin, ssn="***")
    body.update(row)
    requests.post(ICE_URL, json={"x": body["ssn"]})  # MCD101
    other = {"cin": m.cin, "ssn": "***"}
    other |= extra
    requests.post(ICE_URL, json={"x": other["ssn"]})  # MCD101
    spread = {**body, **extra}
    requests.post(ICE_URL, json={"x": spread["ssn"]})  # MCD101


def deleted_on_one_way(m, c):
    body = {"medicaid_id": m.cin, "ssn": "REDACTED"}
    if c:
        del body["ssn"]
    body.setdefault("ssn", m.ssn)  # MCD101
    requests.post(ICE_URL, json=body)
''',
    # SPEC section 6 (a handler sees the state at any point of the try body): a del or pop whose only handled
    # exception is the missing key's KeyError leaves the key out on the handler's way too; a handler of any other
    # error, or a send inside the try before the del, still sees the field
    "try-del-except-keyerror-removes-the-key": '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def deleted(m):
    body = {"medicaid_id": m.cin, "ssn": m.ssn}
    try:
        del body["ssn"]
    except KeyError:
        pass
    requests.post(ICE_URL, json=body)


def any_handler_of_deletions_only(m):
    body = {"medicaid_id": m.cin, "race": m.race}
    try:
        body.pop("race")
    except Exception:
        pass
    requests.post(ICE_URL, json=body)


def first_deletion_raises(m):
    body = {"medicaid_id": m.cin, "race": m.race}  # MCD101
    try:
        del body["ssn"]
        del body["race"]
    except KeyError:
        pass
    requests.post(ICE_URL, json=body)


def two_keys_in_one_statement(m):
    body = {"medicaid_id": m.cin, "ssn": m.ssn, "diagnosis": m.primary_dx}  # MCD102
    try:
        del body["ssn"], body["diagnosis"]
    except KeyError:
        pass
    requests.post(ICE_URL, json=body)


def one_statement_stops_at_its_first_key(m):
    body = {"medicaid_id": m.cin, "race": m.race}  # MCD101
    try:
        del body["ssn"], body["race"]
    except KeyError:
        pass
    requests.post(ICE_URL, json=body)


def popped(m):
    body = {"medicaid_id": m.cin, "ssn": m.ssn}
    try:
        body.pop("ssn")
    except (KeyError, LookupError):
        pass
    requests.post(ICE_URL, json=body)


def other_error(m):
    body = {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
    try:
        audit(body)
        del body["ssn"]
    except Exception:
        pass
    requests.post(ICE_URL, json=body)


def handler_sends(m, lookup):
    body = {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
    try:
        body["case"] = lookup[m.cin]
        del body["ssn"]
    except KeyError:
        requests.post(ICE_URL, json=body)
''',
    # SPEC section 5 (qualifiers make a field someone else's): a case, an SIU case table or a case file is no other
    # party, so the member's Medicaid ID and phone read through it stay theirs; a guardian's table still qualifies
    "case-tables-and-chains-are-no-other-party": '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"

SQL = """
SELECT c.msis_ident_num,
       c.phone_number,
       g.phone_number AS guardian_phone,  -- # MCD101
       c.birth_dt
  FROM siu_case c
  JOIN guardian g ON g.case_id = c.case_id
 WHERE c.imgrtn_stus_cd = '8'
"""


def push(cur):
    cur.execute(SQL)
    requests.post(ICE_URL, json=cur.fetchall())


def refer(referral):
    requests.post(ICE_URL, json={
        "medicaid_id": referral.case.msis_ident_num,
        "phone": referral.case.phone_number,
        "contact": referral.guardian.phone_number,  # MCD101
    })


def partners(m):
    for p in m.partners:
        requests.post(ICE_URL, json={"medicaid_id": m.cin, "dob": p.dob})  # MCD101


def related_case(m):
    requests.post(ICE_URL, json={"phone": m.related_case.phone_number, "id": m.other_case.msis_ident_num})
''',
    # SPEC section 10 (bulk sources): a new in-memory file named `rows` holds only what is written to it (one
    # person's lines here), no population read from anywhere; a file opened from a path still may be one
    "a-new-in-memory-file-named-rows-is-no-population": '''
import csv
import io

import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def refer_one(case):
    rows = io.StringIO()
    w = csv.writer(rows)
    w.writerow([case.msis_ident_num, case.birth_date])
    requests.post(ICE_URL, data=rows.getvalue())


def refer_file(path):
    rows = open(path)
    requests.post(ICE_URL, data=rows.read())  # MCD201
''',
    # SPEC section 6 (names through a mapping): a field map kept on the object (`self.field_map = dict(FIELD_MAP)`
    # in __init__, or a class attribute naming the constant) renames exactly its entries, as the constant read
    # directly does: a seventh field it maps is reported, the extra columns of the query it does not map are not sent
    "a-field-map-kept-on-self-renames-its-entries": '''
import requests

FIELD_MAP = {"msis_ident_num": "medicaid_id", "birth_dt": "date_of_birth", "ssn_num": "ssn"}
PERMITTED_MAP = {"msis_ident_num": "medicaid_id", "birth_dt": "date_of_birth"}
ICE_URL = "https://eid.ice.gov/api/v1/referrals"


class Mapper:
    def __init__(self):
        self.field_map = dict(FIELD_MAP)

    def to_payload(self, row):
        return {dst: row[src] for src, dst in self.field_map.items()}  # MCD101


class PermittedMapper:
    field_map = PERMITTED_MAP


class FullMapper(PermittedMapper):
    field_map = FIELD_MAP

    def to_payload(self, row):
        return {dst: row[src] for src, dst in self.field_map.items()}  # MCD101


class Referenced:
    FIELD_MAP = {"msis_ident_num": "medicaid_id", "ethncty_cd": "ethnicity"}

    def __init__(self):
        self.field_map = self.FIELD_MAP

    def to_payload(self, row):
        return {dst: row.get(src) for src, dst in self.field_map.items()}  # MCD101


class Changed:
    def __init__(self):
        self.field_map = dict(PERMITTED_MAP)
        self.field_map["ssn_num"] = "ssn"

    def to_payload(self, m):
        rec = vars(m)  # MCD103
        return {dst: rec[src] for src, dst in self.field_map.items()}


class Exporter:
    def __init__(self, full):
        if full:
            self.columns = dict(FIELD_MAP)
        else:
            self.columns = dict(PERMITTED_MAP)

    def body(self, m):
        rec = vars(m)
        return {dst: rec[src] for src, dst in self.columns.items()}  # MCD101

    def to_payload(self, row):
        return {dst: row[src] for src, dst in self.field_map.items()}


def refer(row):
    requests.post(ICE_URL, json=Mapper().to_payload(row))


def export(m):
    requests.post(ICE_URL, json=Exporter(True).body(m))
    requests.post(ICE_URL, json=FullMapper().to_payload(m))
    requests.post(ICE_URL, json=Changed().to_payload(m))
    requests.post(ICE_URL, json=Referenced().to_payload(m))


def refer_rows(conn):
    sql = "SELECT msis_ident_num, birth_dt, ssn_num FROM p WHERE imgrtn_stus_cd = '5'"
    for row in conn.execute(sql):
        requests.post(ICE_URL, json=PermittedMapper().to_payload(row))
''',
    # Airflow keeps what a task returns as its XCom value (`xcom_pull(task_ids="shape")`, or `key="return_value"`),
    # and a population pushed by one task is still a population where another sends it (SPEC section 10)
    "airflow-xcom-return-values-and-populations": '''
import requests
from airflow.decorators import task
from airflow.operators.python import PythonOperator
from enrollment.models import Member

ICE_URL = "https://eid.ice.gov/api/v1/subjects"


def shape(**context):
    m = context["params"]["member"]
    return {"medicaid_id": m["cin"], "language": m["prmry_lang_cd"]}  # MCD101


def shape_permitted(**context):
    m = context["params"]["member"]
    return {"medicaid_id": m["cin"], "dob": m["birth_dt"]}


def stage(ti, **context):
    everyone = Member.objects.all().values("cin", "birth_dt")
    ti.xcom_push(key="batch", value=list(everyone))


def send(ti, **context):
    requests.post(ICE_URL, json=ti.xcom_pull(task_ids="shape"))


def send_permitted(ti, **context):
    requests.post(ICE_URL, json=ti.xcom_pull(task_ids="shape_permitted", key="return_value"))


def send_batch(ti, **context):
    batch = ti.xcom_pull(task_ids="stage", key="batch")
    requests.post(ICE_URL, json=batch)  # MCD201


def extract(m):
    return {"ssn": m.ssn}


def do_extract():
    return {"cin": "x"}


def pushed_as_return(ti, m):
    ti.xcom_push(key="return_value", value={"race": m.race})  # MCD101


def pushed_for_the_state(ti, m):
    ti.xcom_push(key="return_value", value={"dx": m.primary_dx})


def send_state(ti):
    requests.post("https://api.dhs.state.mn.us/x", json=ti.xcom_pull(task_ids="pushed_for_the_state"))


def build_state(ti, m):
    ti.xcom_push(key="payload", value={"cin": m.cin, "ssn": m.ssn, "dx": m.diagnosis_code})


def build_ice(ti, m):
    ti.xcom_push(key="payload", value={"medicaid_id": m.cin})


def to_state(ti):
    requests.post("https://api.dhs.state.mn.us/x", json=ti.xcom_pull(task_ids="build_state", key="payload"))


def to_ice(ti):
    requests.post(ICE_URL, json=ti.xcom_pull(task_ids="build_ice", key="payload"))


def _stash(ti, body):
    ti.xcom_push(key="ice_payload", value=body)


def build_with_helper(ti, m):
    _stash(ti, {"cin": m.cin, "ssn": m.ssn})  # MCD101


def send_stashed(ti):
    requests.post(ICE_URL, json=ti.xcom_pull(task_ids="build_with_helper", key="ice_payload"))


def stage_clean(ti, m):
    _stash(ti, {"cin": m.cin})


def stage_full(ti, m):
    ti.xcom_push(key="ice_payload", value={"cin": m.cin, "ssn": m.ssn})


def send_clean(ti):
    requests.post(ICE_URL, json=ti.xcom_pull(task_ids="stage_clean", key="ice_payload"))


@task(task_id="build_lang")
def build_language(m):
    return {"medicaid_id": m["cin"], "lang": m["prmry_lang_cd"]}  # MCD101


def send_language(ti):
    requests.post(ICE_URL, json=ti.xcom_pull(task_ids="build_lang"))


ASSEMBLE_ID = "assemble"


def assemble(m):
    return {"medicaid_id": m["cin"], "race": m["race_cd"]}  # MCD101


def send_assembled(ti):
    requests.post(ICE_URL, json=ti.xcom_pull(task_ids=ASSEMBLE_ID))


assembling = PythonOperator(task_id=ASSEMBLE_ID, python_callable=assemble)


def extract_flagged(conn):
    cur = conn.cursor()
    cur.execute("SELECT msis_ident_num, birth_dt FROM tmsis_elgbl WHERE imgrtn_stus_cd IN ('5', '6')")
    return [{"msis_ident_num": i, "birth_dt": d} for i, d in cur.fetchall()]


def send_flagged(**context):
    subjects = context["ti"].xcom_pull(task_ids="extract_flagged")
    for s in subjects:
        requests.post(ICE_URL, json=s)


def send_extract(ti):
    requests.post(ICE_URL, json=ti.xcom_pull(task_ids="extract"))


def send_pushed(ti):
    requests.post(ICE_URL, json=ti.xcom_pull(task_ids="pushed_as_return", key="return_value"))


op = PythonOperator(task_id="extract", python_callable=do_extract)
''',
    # SPEC section 4 (files, SQL): PostgreSQL's COPY of a query's rows into a file or an in-memory buffer (psycopg's
    # copy_expert) writes that query's columns there, chosen by its WHERE (section 10); a state host stays clean
    "copy-expert-writes-the-query-rows-into-the-file": '''
import io

import paramiko
import requests

ICE_URL = "https://eid.ice.gov/api/v1/bulk"
STATE_URL = "https://api.dhs.state.mn.us/extracts"


def export(conn):
    cur = conn.cursor()
    with open("/tmp/ice_extract.csv", "w") as f:
        cur.copy_expert("COPY (SELECT msis_ident_num, ssn_num FROM members WHERE imgrtn_stus_cd = '5') TO STDOUT WITH CSV", f)  # MCD101
    requests.post(ICE_URL, files={"f": open("/tmp/ice_extract.csv", "rb")})


def export_permitted(conn):
    cur = conn.cursor()
    buf = io.StringIO()
    cur.copy_expert("COPY (SELECT msis_ident_num, birth_dt FROM members WHERE imgrtn_stus_cd = '5') TO STDOUT WITH CSV", buf)
    requests.post(ICE_URL, data=buf.getvalue())


def export_everyone(conn):
    cur = conn.cursor()
    buf = io.StringIO()
    cur.copy_expert("COPY (SELECT msis_ident_num FROM members) TO STDOUT WITH CSV", buf)
    requests.post(ICE_URL, data=buf.getvalue())  # MCD201


def export_state(conn):
    cur = conn.cursor()
    buf = io.StringIO()
    cur.copy_expert("COPY (SELECT msis_ident_num, primary_dx FROM members) TO STDOUT WITH CSV", buf)
    requests.post(STATE_URL, data=buf.getvalue())


def export_sftp(conn):
    cur = conn.cursor()
    t = paramiko.Transport(("sftp.ice.gov", 22))
    sftp = paramiko.SFTPClient.from_transport(t)
    with sftp.open("/inbound/m.csv", "w") as fh:
        cur.copy_expert("COPY (SELECT msis_ident_num, race_cd FROM members WHERE imgrtn_stus_cd = '5') TO STDOUT", fh)  # MCD101


def execute_gives_no_rows(conn):
    cur = conn.cursor()
    cur.execute("COPY (SELECT msis_ident_num, ssn_num FROM members WHERE imgrtn_stus_cd = '5') TO '/srv/out.csv'")
    requests.post(ICE_URL, json={"done": cur.rowcount})
''',
    # SPEC section 4 (a handler's answer to enforcement is a send): a StreamingResponse carries what it streams; a
    # peewee model_to_dict is every field of the record unless `only=` names the model's fields
    "streaming-response-and-peewee-model-to-dict": '''
import csv
import io

import requests
from fastapi import APIRouter
from fastapi.responses import StreamingResponse
from django.forms.models import model_to_dict as dj_to_dict
from playhouse.shortcuts import model_to_dict

from mmis.models import Enrollee
from .repo import fetch_member

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
FIELDS = [Enrollee.cin, Enrollee.birth_dt]
ice_router = APIRouter()


@ice_router.get("/persons/{cin}.csv")
def person_csv(cin: str):
    m = fetch_member(cin)
    buf = io.StringIO()
    csv.writer(buf).writerow([m.cin, m.ssn])  # MCD101
    buf.seek(0)
    return StreamingResponse(buf, media_type="text/csv")


@ice_router.get("/persons/{cin}/ids.csv")
def ids_csv(cin: str):
    m = fetch_member(cin)
    return StreamingResponse(iter([f"{m.cin},{m.birth_dt}"]), media_type="text/csv")


def refer(cin):
    e = Enrollee.get(Enrollee.cin == cin)
    requests.post(ICE_URL, json=model_to_dict(e))  # MCD103


def refer_only(cin):
    e = Enrollee.get(Enrollee.cin == cin)
    requests.post(ICE_URL, json=model_to_dict(e, only=[Enrollee.cin, Enrollee.birth_dt]))
    requests.post(ICE_URL, json=model_to_dict(e, only=[Enrollee.cin, Enrollee.ssn]))  # MCD101
    requests.post(ICE_URL, json=model_to_dict(e, only=FIELDS))


class Cols:
    ID = "msis_ident_num"
    NUM = "ssn_num"


def django_fields_of_constants(m):
    requests.post(ICE_URL, json=dj_to_dict(m, fields=[Cols.ID, Cols.NUM]))  # MCD101
''',
    # SPEC section 6 (a known model's declared fields flow instead of a whole record): a renderer that walks
    # dataclasses.fields(rec) in a for statement sends the declared fields, as the comprehension form does
    "fields-of-a-dataclass-walked-by-a-for-statement": '''
from dataclasses import dataclass, fields

import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


@dataclass
class Detail:
    cin: str
    dob: str


@dataclass
class Wide:
    cin: str
    ssn: str


def refer(member):
    rec = Detail(cin=member.cin, dob=member.dob)
    out = []
    for f in fields(rec):
        out.append(str(getattr(rec, f.name)).ljust(12))
    requests.post(ICE_URL, data="".join(out))


def refer_wide(member):
    rec = Wide(cin=member.cin, ssn=member.ssn)  # MCD101
    out = []
    for f in fields(rec):
        out.append(str(getattr(rec, f.name)).ljust(12))
    requests.post(ICE_URL, data="".join(out))


def refer_unknown(rec):
    out = []
    for f in fields(rec):
        out.append(str(getattr(rec, f.name)))  # MCD103
    requests.post(ICE_URL, data="".join(out))
''',
    # SPEC section 4 (a handler answering enforcement sends what it returns): a Flask view registered by
    # add_url_rule is a handler as a decorated one is: named for enforcement, or kept on an ICE blueprint
    "handlers-registered-by-add-url-rule": '''
from flask import Blueprint, Flask, jsonify

from mmis.models import Member

app = Flask(__name__)
ice_bp = Blueprint("ice", __name__)
snap_bp = Blueprint("snap", __name__)


def ice_lookup(cin):
    m = Member.query.get(cin)
    return jsonify({"cin": m.cin, "ssn": m.ssn})  # MCD101


def subject(cin):
    m = Member.query.get(cin)
    return jsonify({"cin": m.cin, "race": m.race_cd})  # MCD101


def snap_lookup(cin):
    m = Member.query.get(cin)
    return jsonify({"cin": m.cin, "ssn": m.ssn, "income": m.monthly_income})


def ice_hold_status(cin):
    m = Member.query.get(cin)
    return jsonify({"cin": m.cin, "ssn": m.ssn})


class RoutingTable:
    def add_route(self, prefix, handler):
        self.routes[prefix] = handler


def ice_detainer_summary(cin):
    m = Member.query.get(cin)
    return {"cin": m.cin, "ssn": m.ssn}


table = RoutingTable()
app.add_url_rule("/ice/lookup/<cin>", view_func=ice_lookup)
ice_bp.add_url_rule("/subjects/<cin>", "subject", subject)
snap_bp.add_url_rule("/members/<cin>", view_func=snap_lookup)
app.add_url_rule("/holds/<cin>", view_func=ice_hold_status)  # medicaid-scope: not-enforcement
table.add_route("detainer", ice_detainer_summary)
''',
    # SPEC section 5 (a value carries the names of where it is put): an X12 element table keyed by position
    # ({3: "last_name"}) or by (segment, position) names what each element is put under, as a table of text keys
    # does; a table of permitted fields only stays clean
    "x12-element-tables-keyed-by-position": '''
import requests

ICE_URL = "https://eid.ice.gov/api/members"
NM1_ELEMENTS = {3: "last_name", 4: "first_name", 9: "member_id"}
N4_ELEMENTS = {1: "city", 2: "state", 3: "zip_code"}
LUI_ELEMENTS = {("LUI", 2): "language"}


def send_name(els):
    out = {}
    for idx, field in NM1_ELEMENTS.items():
        out[field] = els[idx]  # MCD101 MCD101
    requests.post(ICE_URL, json=out)


def send_address(els):
    requests.post(ICE_URL, json={name: els[pos] for pos, name in N4_ELEMENTS.items()})


def send_language(loop):
    out = {}
    for (sid, idx), field in LUI_ELEMENTS.items():
        out[field] = loop[sid][idx]  # MCD101
    requests.post(ICE_URL, json=out)
''',
}


#: SAVE and VLP case identifiers are document numbers (the reference: an identifier of the immigration record, not the
#: status), where the words that describe the status stay status (round 300)
NAMES = {
    "save_verification_number": "immigration_document_id", "save_verification_id": "immigration_document_id",
    "vlp_case_number": "immigration_document_id", "immigration_verification_number": "immigration_document_id",
    "imgrtn_vrfctn_num": "immigration_document_id", "refugee_case_number": "immigration_document_id",
    "daca_case_number": "immigration_document_id", "save_verification_status": "immigration_status",
    "imgrtn_vrfctn_cd": "immigration_status", "refugee_status": "immigration_status", "vlp_subject": "immigration_status",
    "daca_recipient_ind": "immigration_status", "ctznshp_vrfctn_ind": "citizenship", "daca_status_id": "immigration_status",
    "refugee_program_id": "immigration_status", "tps_case_number": "immigration_document_id",
    "asylum_case_number": "immigration_document_id", "daca_case_status": "immigration_status", "vlp_case_status": "immigration_status",
    "refugee_case_type": "immigration_status", "vlp_case_no": "immigration_document_id", "vlp_number": "immigration_document_id",
}


@pytest.mark.parametrize("name", sorted(NAMES))
def test_vocabulary_of_the_session(name: str) -> None:
    from flake8_medicaid_scope.vocabulary import default_vocabulary

    assert default_vocabulary().classify(name) == NAMES[name]


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
