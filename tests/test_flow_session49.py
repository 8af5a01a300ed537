"""The data flow shapes of the forty-ninth session: what its SPEC-only probers found (round 323 and
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
    # SPEC section 6 (sanitizers: del of the keys outside an allow-list): the delete loop with a second test that
    # keeps more named keys, with an "or" that deletes more, or written as "if k in ALLOWED: continue" before the
    # del, keeps only the allowed keys (round 323: false MCD101); a test the analysis cannot read keeps everything
    "delete-loops-with-compound-tests": '''
import requests

ICE_URL = "https://eid.ice.gov/api/v2/referrals"
ALLOWED = ("medicaid_id", "citizenship", "immigration_status", "address", "phone", "date_of_birth")
BLOCKED = ("ssn",)


def extra_kept(m):
    body = {"phone": m.phone, "race": m.race_cd}
    for k in list(body):
        if k not in ALLOWED and k != "cin":
            del body[k]
    requests.post(ICE_URL, json=body)


def more_deleted(m):
    body = {"phone": m.phone, "race": m.race_cd, "ssn": m.ssn}
    for k in list(body):
        if k not in ALLOWED or k == "ssn":
            del body[k]
    requests.post(ICE_URL, json=body)


def continue_form(m):
    body = {"phone": m.phone, "race": m.race_cd}
    for k in list(body):
        if k in ALLOWED:
            continue
        body.pop(k)
    requests.post(ICE_URL, json=body)


def deny_list_continue_form(m):
    body = {"phone": m.phone, "race": m.race_cd, "ssn": m.ssn}  # MCD101
    for k in list(body):
        if k not in BLOCKED:
            continue
        del body[k]
    requests.post(ICE_URL, json=body)


def unknown_second_test(m):
    body = {"phone": m.phone, "race": m.race_cd}  # MCD101
    for k in list(body):
        if k not in ALLOWED and not k.startswith("x_"):
            del body[k]
    requests.post(ICE_URL, json=body)


def named_key_kept(m):
    body = {"phone": m.phone, "race": m.race_cd}  # MCD101
    for k in list(body):
        if k not in ALLOWED and k != "race":
            del body[k]
    requests.post(ICE_URL, json=body)


def copied_keys(m):
    body = {"phone": m.phone, "race": m.race_cd}
    for k in body.copy():
        if k not in ALLOWED:
            del body[k]
    requests.post(ICE_URL, json=body)


def starred_keys(m):
    body = {"phone": m.phone, "race": m.race_cd}
    for k in [*body]:
        if k in ALLOWED:
            continue
        body.pop(k)
    requests.post(ICE_URL, json=body)


def item_pairs(m):
    body = {"phone": m.phone, "race": m.race_cd}
    for k, _value in list(body.items()):
        if k not in ALLOWED:
            del body[k]
    requests.post(ICE_URL, json=body)


def pass_else(m):
    body = {"phone": m.phone, "race": m.race_cd}
    for k in list(body):
        if k in ALLOWED:
            pass
        else:
            del body[k]
    requests.post(ICE_URL, json=body)
''',
    # SPEC section 6 (a sanitizer removes only the keys surely deleted): an allow-list chosen by a flag keeps the keys
    # of either list, in the delete loop's plain and continue forms (review 49a: the continue form dropped the SSN of
    # the wider list; the plain form was silent before the session too)
    "delete-loops-with-a-conditional-allow-list": '''
import requests

from django.conf import settings

ICE_URL = "https://eid.ice.gov/api/v2/referrals"
BASIC = ("medicaid_id", "date_of_birth")
EXTENDED = ("medicaid_id", "date_of_birth", "ssn")


def plain(m):
    fields = EXTENDED if settings.INCLUDE_SSN else BASIC
    body = {"medicaid_id": m.cin, "ssn": m.ssn, "race": m.race}  # MCD101
    for k in list(body):
        if k not in fields:
            del body[k]
    requests.post(ICE_URL, json=body)


def continued(m):
    fields = EXTENDED if settings.INCLUDE_SSN else BASIC
    body = {"medicaid_id": m.cin, "ssn": m.ssn, "race": m.race}  # MCD101
    for k in list(body):
        if k in fields:
            continue
        del body[k]
    requests.post(ICE_URL, json=body)
''',
    # SPEC section 6 (nested functions and closures, decorators that return the function): a decorator defined
    # inside the sending function and applied with @ to another nested def runs its wrapper (round 323: silent)
    "decorator-defined-in-the-function": '''
import functools

import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def send_nested(member):
    def add_race(fn):
        @functools.wraps(fn)
        def inner():
            d = fn()
            d["race"] = member.race  # MCD101
            return d
        return inner

    @add_race
    def local_base():
        return {"medicaid_id": member.cin}

    requests.post(ICE_URL, json=local_base())


def send_plain(member):
    def add_dob(fn):
        def inner():
            d = fn()
            d["dob"] = member.dob
            return d
        return inner

    @add_dob
    def local_base():
        return {"medicaid_id": member.cin}

    requests.post(ICE_URL, json=local_base())
''',
    # SPEC section 10 ("iterating a cursor" is a bulk source): a parameter named for a database cursor that the
    # function iterates (round 323: silent); a pagination cursor passed on is no population
    "iterated-cursor-parameter": '''
import requests

ICE_BULK = "https://eid.ice.gov/api/v1/bulk"


def stream(cursor):
    for row in cursor:
        requests.post(ICE_BULK, json={"cin": row["cin"]})  # MCD201


def stream_checked(db_cursor):
    for row in db_cursor:
        if row["immigration_status"] != "UNLAWFUL":
            continue
        requests.post(ICE_BULK, json={"cin": row["cin"]})


def page(cursor):
    return requests.get(ICE_BULK, params={"cin": "A1", "page_token": cursor})


def fetched(cursor):
    for row in cursor.fetchall():
        requests.post(ICE_BULK, json={"cin": row[0]})  # MCD201


def fetched_in_batches(cur):
    for row in cur.fetchmany(500):
        requests.post(ICE_BULK, json={"cin": row[0]})  # MCD201


def one_person(cursor, cin):
    cursor.execute("SELECT cin FROM member WHERE cin = %s", (cin,))
    for row in cursor.fetchall():
        requests.post(ICE_BULK, json={"cin": row[0]})
''',
    # SPEC section 10 (other library calls that return many records count once the analysis knows them, as data):
    # a Kafka consumer iterated forwards every message (a README limit of session 48)
    "kafka-consumers-are-populations": '''
import json

import requests
from aiokafka import AIOKafkaConsumer
from kafka import KafkaConsumer

ICE = "https://ero.ice.gov/api/v1/subjects"


def forward():
    consumer = KafkaConsumer("enrollment-changes", bootstrap_servers="kafka:9092")
    for msg in consumer:
        m = json.loads(msg.value)
        requests.post(ICE, json={"dob": m["dob"]})  # MCD201


def forward_checked():
    for msg in KafkaConsumer("enrollment-changes"):
        m = json.loads(msg.value)
        if m["immigration_status"] != "UNLAWFUL":
            continue
        requests.post(ICE, json={"dob": m["dob"]})


async def aforward():
    consumer = AIOKafkaConsumer("enrollment-changes")
    await consumer.start()
    async for msg in consumer:
        m = json.loads(msg.value)
        requests.post(ICE, json={"dob": m["dob"]})  # MCD201


def acknowledge():
    # (review 49a: a request id read through the message's value says nothing of anyone)
    for msg in KafkaConsumer("eid-responses", value_deserializer=json.loads):
        requests.post(ICE + "/ack", json={"request_id": msg.value["request_id"]})


def push(members):
    # (review 49b: a name that only begins with a part word is no transfer metadata: the records are still sent)
    batch = [{"value_timestamp": m["value_timestamp"]} for m in members]  # MCD104
    requests.post(ICE, json=batch)  # MCD201
''',
    # SPEC section 7 (a pragma on a def marks it as a sink, never silently ignored): the pragma after one of the
    # def's decorators, on the decorator's line (round 325: silent, and no MCD902 either)
    "pragma-on-a-decorator-line": '''
import functools

from hubs import hub_send


def retry(fn):
    @functools.wraps(fn)
    def wrapper(*a, **kw):
        return fn(*a, **kw)
    return wrapper


@retry  # medicaid-scope: enforcement
def forward_b(payload):
    hub_send("b", payload)


@functools.lru_cache(maxsize=8,  # medicaid-scope: enforcement
                     typed=False)
def forward_d(payload):
    hub_send("d", payload)


@retry
def forward_c(payload):
    hub_send("c", payload)


def use(m):
    forward_b({"cin": m.cin, "race": m.race})  # MCD101
    forward_c({"cin": m.cin, "race": m.race})
    forward_d({"cin": m.cin, "ssn": m.ssn})  # MCD101
''',
    # SPEC section 4 (SFTP: the file or file object put) and 6 (an in-memory buffer keeps the names of what it holds):
    # shutil.copyfileobj from a buffer into a file open on the ICE SFTP host writes it there (round 325: silent); the
    # same copy into the state's host is lawful
    "buffer-copied-into-a-remote-file": '''
import io
import shutil

import paramiko


def stream(m):
    ssh = paramiko.SSHClient()
    ssh.connect(hostname="sftp.eid.ice.gov", username="x")
    sftp = ssh.open_sftp()
    buf = io.StringIO("%s|%s\\n" % (m.cin, m.a_number))  # MCD101
    with sftp.open("/in/subject.txt", "w") as rf:
        shutil.copyfileobj(buf, rf)


def archive(m):
    ssh = paramiko.SSHClient()
    ssh.connect(hostname="sftp.dhcs.ca.gov", username="x")
    sftp = ssh.open_sftp()
    buf = io.StringIO("%s|%s\\n" % (m.cin, m.a_number))
    with sftp.open("/in/subject.txt", "w") as rf:
        shutil.copyfileobj(buf, rf)
''',
    # SPEC sections 3, 4 and 10 (a select list's columns are placements, SELECT * a whole record, an unfiltered table
    # many people's records; a bucket named for enforcement is the destination): Airflow's SqlToS3Operator unloads its
    # query into the bucket (round 326: silent; a README limit of round 134); the state's bucket is lawful
    "sql-unloaded-to-a-bucket": '''
from airflow.providers.amazon.aws.transfers.sql_to_s3 import SqlToS3Operator

SqlToS3Operator(  # MCD201
    task_id="unload",
    sql_conn_id="mmis",
    query="SELECT cin, ssn_num FROM elig.members",  # MCD101
    s3_bucket="ice-eid-handoff-prod",
    s3_key="members.csv",
)

SqlToS3Operator(  # MCD201
    task_id="unload_all",
    sql_conn_id="mmis",
    query="SELECT * FROM elig.members",  # MCD103
    s3_bucket="ice-eid-handoff-prod",
    s3_key="all.csv",
)

SqlToS3Operator(
    task_id="unload_scoped",
    sql_conn_id="mmis",
    query="SELECT cin, dob FROM elig.members WHERE imgrtn_stus_cd IN ('U1', 'U2')",
    s3_bucket="ice-eid-handoff-prod",
    s3_key="scoped.csv",
)

SqlToS3Operator(
    task_id="warehouse",
    sql_conn_id="mmis",
    query="SELECT * FROM elig.members",
    s3_bucket="ca-dhcs-warehouse-prod",
    s3_key="members.csv",
)
''',
    # SPEC sections 5 and 6 (a value carries the names of where it is put; a variable named for a field names what
    # it holds): another system's answer (the state's FHIR server, CMS Blue Button) forwarded to ICE under a health
    # name is health data (round 327: silent, a README limit of round 153); what enforcement itself answered is not
    # data read here, and an answer under a name that says nothing is unknown, not guilty
    "answers-of-other-systems-named-by-key": '''
import http.client
import json

import requests

ICE = "https://liaison.ice.gov/api"
BB = "https://api.bluebutton.cms.gov/v2/fhir/ExplanationOfBenefit"
STATE = "https://fhir.dhs.state.mn.us/r4"


def state_conditions(cin):
    diagnosis = requests.get(f"{STATE}/Condition", params={"patient": cin}).json()
    requests.post(ICE, json={"conditions": diagnosis})  # MCD102


def by_key(mbi):
    requests.post(ICE, json={"eob": requests.get(BB, params={"patient": mbi}).json()})  # MCD102


def by_variable(mbi):
    eob = requests.get(BB, params={"patient": mbi}).json()
    requests.post(ICE, json=eob)  # MCD102


def nameless(cin):
    result = requests.get(f"{STATE}/Patient/{cin}/$match").json()
    requests.post(ICE, json={"medicaid_id": cin, "result": result})


def acknowledged(cin):
    answer = requests.get(f"{ICE}/requests/{cin}").json()
    requests.post(ICE + "/ack", json={"medicaid_id": cin, "diagnosis_request": answer})


def status_only(cin):
    # (review 49c: how the call went, and a storage receipt, say nothing of anyone)
    diagnosis = requests.get(f"{STATE}/Condition", params={"patient": cin})
    requests.post(ICE, json={"medicaid_id": cin, "state_status": diagnosis.status_code, "ok": diagnosis.ok})


def failed(cin):
    try:
        requests.post(ICE, json={"medicaid_id": cin}).raise_for_status()
    except requests.HTTPError as exc:
        requests.post(ICE + "/error", json={"medicaid_id": cin, "eligibility_error": exc.response.text})


def in_pairs(cin):
    requests.get(ICE, params=[("medicaid_id", cin), ("conditions", requests.get(f"{STATE}/Condition").json())])  # MCD102


def comprehension(cin):
    bundle = requests.get(f"{BB}?patient={cin}").json()
    eobs = [e["resource"] for e in bundle["entry"]]  # MCD102
    requests.post(ICE, json={"medicaid_id": cin, "history": eobs})


def connection_answer(cin):
    # (review 49d: the answer of an http.client connection to ICE is ICE's own)
    conn = http.client.HTTPSConnection("liaison.ice.gov")
    conn.request("POST", "/api", body=json.dumps({"medicaid_id": cin}))
    ack = conn.getresponse().read()
    requests.post(ICE + "/confirm", json={"medicaid_id": cin, "a_number": ack})


def state_connection_answer(cin):
    # (round 330: the answer of a connection to the state's FHIR server is that system's data)
    st = http.client.HTTPSConnection("fhir.health.ny.gov")
    st.request("GET", f"/MedicationRequest?patient={cin}")
    meds = st.getresponse().read()
    requests.post(ICE, data=json.dumps({"medicaid_id": cin, "medications": meds.decode()}))  # MCD102


def paging(cin, job):
    # (review 49d: a dict's entries keep their keys' names; the variable's name adds nothing to them)
    plan = {"page": 1, "batch_id": job["batch_id"]}
    requests.post(ICE, json={"medicaid_id": cin, "paging": plan})
''',
    # SPEC sections 3 and 6 (a select list's columns are placements; MCD103 is for a record of unknown columns): a frame
    # reshaped with melt holds the columns it was read with (round 329: MCD103 at the send, on a frame of permitted
    # columns too); a membership flag of the frame's own rows against another frame sends none of the other's
    # records (round 329: a false MCD201 naming the registry read)
    "frames-reshaped-and-flagged": '''
import pandas as pd
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals/attributes"


def permitted(conn):
    df = pd.read_sql(
        "SELECT msis_ident_num, elgbl_zip_cd, elgbl_phne_num FROM elig.member "
        "WHERE imgrtn_stus_cd IN ('EWI', 'OVS')",
        conn,
    )
    long = df.melt(id_vars=["msis_ident_num"], var_name="attribute", value_name="value")
    requests.post(ICE_URL, json=long.to_dict("records"))


def with_sex(conn):
    df = pd.read_sql(
        "SELECT msis_ident_num, "
        "sex_cd "  # MCD101
        "FROM elig.member WHERE imgrtn_stus_cd IN ('EWI', 'OVS')",
        conn,
    )
    long = df.melt(id_vars=["msis_ident_num"])
    requests.post(ICE_URL, json=long.to_dict("records"))


def flagged(conn):
    df = pd.read_sql("SELECT msis_ident_num, birth_dt, imgrtn_stus_cd FROM elig.member", conn)
    df = df.loc[df["imgrtn_stus_cd"].isin(["EWI", "OVS"])]
    reg = pd.read_sql("SELECT msis_ident_num FROM clinical.pregnancy_registry", conn)
    df = df.assign(preg_flag=df["msis_ident_num"].isin(reg["msis_ident_num"]))  # MCD102
    requests.post(ICE_URL, json=df.to_dict("records"))


def unfiltered_flagged(conn):
    df = pd.read_sql("SELECT msis_ident_num, birth_dt FROM elig.member", conn)
    sent = pd.read_sql("SELECT msis_ident_num FROM audit.sent_log", conn)
    df = df.assign(resent=df["msis_ident_num"].isin(sent["msis_ident_num"]))
    requests.post(ICE_URL, json=df.to_dict("records"))  # MCD201
''',
    # SPEC section 4 (files written for a later upload or attachment carry what was written): a PDF drawn with
    # reportlab or a Word document built with python-docx holds the text put into it (round 331: a diagnosis printed
    # into a letter mailed to ICE was silent); the state's own bucket is lawful
    "documents-written-and-sent": '''
import smtplib
from email.message import EmailMessage

import boto3
from docx import Document
from jinja2 import Template
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table


def pdf_letter(member):
    path = "/tmp/letter.pdf"
    c = canvas.Canvas(path)
    c.drawString(72, 700, f"Diagnosis: {member.diagnosis_code}")  # MCD102
    c.save()
    msg = EmailMessage()
    msg["To"] = "field-office-07@ice.gov"
    with open(path, "rb") as fh:
        msg.add_attachment(fh.read(), maintype="application", subtype="pdf")
    with smtplib.SMTP("localhost") as s:
        s.send_message(msg)


def word_letter(member):
    doc = Document()
    doc.add_heading("Referral", 0)
    doc.add_paragraph(f"SSN: {member.ssn}")  # MCD101
    doc.add_paragraph(f"Medicaid ID: {member.cin}")
    doc.save("/tmp/referral.docx")
    boto3.client("s3").upload_file("/tmp/referral.docx", "ice-eid-handoff-prod", "referral.docx")


def state_notice(member):
    doc = Document()
    doc.add_paragraph(f"SSN: {member.ssn}")
    doc.save("/tmp/notice.docx")
    boto3.client("s3").upload_file("/tmp/notice.docx", "ca-dhcs-notices", "notice.docx")


def text_object(member, path):
    # (round 332: text objects and platypus flowables of reportlab, a Jinja2 template rendered)
    c = canvas.Canvas(path)
    t = c.beginText(72, 700)
    t.textLine(f"Dx {member.dx_cd}")  # MCD102
    c.drawText(t)
    c.save()
    boto3.client("s3").upload_file(path, "ice-eid-handoff-prod", "letter.pdf")


def platypus_roster(member, path):
    data = [["Medicaid ID", "Pregnancy"], [member.cin, member.pregnancy_ind]]  # MCD102
    doc = SimpleDocTemplate(path)
    doc.build([Paragraph(member.full_name), Table(data)])  # MCD101
    boto3.client("s3").upload_file(path, "ice-eid-handoff-prod", "roster.pdf")


def rendered(member):
    html = Template("<p>{{ cin }}</p><p>{{ dx }}</p>").render(cin=member.cin, dx=member.primary_dx)
    boto3.client("s3").put_object(Bucket="ice-eid-handoff-prod", Key="letter.html", Body=html)  # MCD102
''',
    # SPEC section 4 (a web handler serving an enforcement caller sends what it returns): headers added with
    # werkzeug's headers.extend (pairs or a dict) are sent with the response (a README limit of session 48)
    "response-headers-extended": '''
from flask import Blueprint, make_response

ice_bp = Blueprint("ice", __name__)
portal_bp = Blueprint("portal", __name__)


@ice_bp.get("/subject/<mid>")
def subject(mid):
    m = load(mid)
    resp = make_response({"dob": m.dob})
    resp.headers.extend([("X-Member-SSN", m.ssn), ("X-Trace", "abc")])  # MCD101
    resp.headers.extend({"X-Dx": m.diagnosis_code})  # MCD102
    return resp


@ice_bp.get("/subject/<mid>/more")
def more(mid):
    m = load(mid)
    resp = make_response({"dob": m.dob})
    extra = [("X-Member-SSN", m.ssn)]
    resp.headers.extend(extra)  # MCD101
    resp.headers.extend({"X-Member-Race": m.race}.items())  # MCD101
    resp.headers.extend(X_Member_Dx=m.diagnosis)  # MCD102
    resp.headers.extend(X_Medicaid_Id=m.cin)
    return resp


@ice_bp.get("/subject/<mid>/named")
def named(mid, hdr):
    # (review 49b: a pair named by a variable is a header too, its value data by its own names)
    m = load(mid)
    resp = make_response({"dob": m.dob})
    extra = [("X-Cin", m.cin), (hdr, m.ssn)]
    resp.headers.extend(extra)  # MCD101
    return resp


@portal_bp.get("/me/<mid>")
def me(mid):
    m = load(mid)
    resp = make_response({"dob": m.dob})
    resp.headers.extend([("X-Member-SSN", m.ssn)])
    return resp


def load(mid):
    return None
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
