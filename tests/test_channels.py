"""Every channel agencies use (issue 7, SPEC section 4): storage, queues, streams, SFTP/FTP,
e-mail, brokers, files, SQL and prepared HTTP requests. Each case is a small module with its
expected findings annotated inline; the clean ones look dangerous but are lawful (a state
bucket or host, only permitted fields, transfer metadata, a header row of literals).
"""

from __future__ import annotations

import textwrap

import pytest
from annotations import actual, expected

from flake8_medicaid_scope import Config, analyze

CASES = {
    # -- S3 ------------------------------------------------------------------------
    # -- a CSV row read with csv.DictReader: every column of the file, unless named -------------
    "csv-dictreader-rows-are-whole-records": '''
import csv, json, requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
def refer_all(path):
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):  # MCD103
            if row["imgrtn_stus_cd"] == "EWI":
                requests.post(ICE_URL, json=row, timeout=10)
def refer_named(path):
    with open(path, newline="") as fh:
        rows = list(csv.DictReader(fh, fieldnames=["cin", "ssn"]))  # MCD101
    requests.post(ICE_URL, data=json.dumps([r for r in rows if r["cin"]]), timeout=10)
def roundtrip(members):
    with open("/srv/out/eid.csv", "w", newline="") as out:
        w = csv.DictWriter(out, fieldnames=["cin", "race"])  # MCD101
        w.writeheader()
        for m in members:
            if m.imgrtn_stus_cd == "EWI":
                w.writerow({"cin": m.cin, "race": m.race})
    with open("/srv/out/eid.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            requests.post(ICE_URL, json=row, timeout=10)
''',
    "csv-dictreader-lawful": '''
import csv, json, requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://mmis.dhcs.ca.gov/api/members"
def refer_fields(path):
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            if row["imgrtn_stus_cd"] == "EWI":
                requests.post(ICE_URL, json={"medicaid_id": row["cin"], "dob": row["dob"]}, timeout=10)
def to_state(path):
    with open(path, newline="") as fh:
        requests.post(STATE_URL, json=list(csv.DictReader(fh)), timeout=10)
def roundtrip(members):
    with open("/srv/out/eid.csv", "w", newline="") as out:
        w = csv.DictWriter(out, fieldnames=["cin", "dob"])
        w.writeheader()
        for m in members:
            if m.imgrtn_stus_cd == "EWI":
                w.writerow({"cin": m.cin, "dob": m.dob})
    with open("/srv/out/eid.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            requests.post(ICE_URL, json=row, timeout=10)
''',
    # -- a frame selection by a list built with + or returned by a function (round 62) -------------
    "pandas-selection-by-a-built-list": '''
import pandas as pd, requests
EID_FILE_URL = "https://eid.ice.gov/api/v2/files"
ELG_COLUMNS = ["msis_ident_num", "ssn_num", "birth_dt", "imgrtn_stus_cd", "zip_cd", "race_cd"]  # MCD101
EID_COLUMNS = ["msis_ident_num", "birth_dt", "imgrtn_stus_cd"]
def cols():
    return EID_COLUMNS
def post_to_eid(path):
    elg = pd.read_parquet(path, columns=ELG_COLUMNS)
    elg = elg[elg["imgrtn_stus_cd"].isin(["U"])]
    requests.post(EID_FILE_URL, data=elg[EID_COLUMNS + ["zip_cd"]].to_csv(index=False))
    requests.post(EID_FILE_URL, data=elg[cols()].to_csv(index=False))
    requests.post(EID_FILE_URL, data=elg[EID_COLUMNS + ["race_cd"]].to_csv(index=False))
''',
    "s3-put-object-to-an-enforcement-bucket": '''
import json, boto3
s3 = boto3.client("s3")
def send(m):
    body = {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
    s3.put_object(Bucket="ice-eid-handoff-prod", Key=f"{m.cin}.json", Body=json.dumps(body))
''',
    "s3-resource-object-key-is-data": '''
import boto3
s3 = boto3.resource("s3")
def drop(member, run_id):
    s3.Object("ice-eid-drops", f"{member.last_name}.json").put(Body="x")  # MCD101
    s3.Object("ice-eid-drops", key=f"{member.ssn}.json").put(Body="x")  # MCD101
    s3.Bucket("ice-eid-drops").Object(f"{member.race}.json").put(Body="x")  # MCD101
    obj = s3.Object("ice-eid-drops", f"batches/{member.primary_dx}.json")  # MCD102
    obj.put(Body="x")
''',
    "s3-resource-object-key-lawful": '''
import boto3
s3 = boto3.resource("s3")
def drop(member, run_id):
    s3.Object("ice-eid-drops", f"{run_id}.json").put(Body="x")
    s3.Object("ice-eid-drops", f"{member.medicaid_id}.json").put(Body="x")
    s3.Object("dhcs-archive", f"{member.ssn}.json").put(Body="x")
    s3.Bucket("dhcs-archive").Object(f"{member.race}.json").put(Body="x")
''',
    "s3-presigned-put-to-an-enforcement-bucket": '''
import json, boto3, requests
def handoff(m):
    s3 = boto3.client("s3")
    url = s3.generate_presigned_url(
        "put_object",
        Params={"Bucket": "ice-eid-handoff-prod", "Key": f"refs/{m.cin}.json"},
        ExpiresIn=300,
    )
    requests.put(url, data=json.dumps({"medicaid_id": m.cin, "ssn": m.ssn}), timeout=30)  # MCD101
    requests.put("https://ice-eid-handoff-prod.s3.us-gov-west-1.amazonaws.com/refs/x.json", data=m.primary_dx, timeout=30)  # MCD102
    requests.put("https://s3.us-gov-west-1.amazonaws.com/ice-eid-handoff-prod/refs/x.json", data=m.race, timeout=30)  # MCD101
''',
    "s3-presigned-put-to-a-state-bucket": '''
import json, boto3, requests
def handoff(m):
    s3 = boto3.client("s3")
    url = s3.generate_presigned_url("put_object", Params={"Bucket": "mn-dhs-mmis-exports", "Key": "members.json"}, ExpiresIn=300)
    requests.put(url, data=json.dumps({"ssn": m.ssn, "dx": m.primary_dx}), timeout=30)
    requests.put("https://s3.us-gov-west-1.amazonaws.com/mn-dhs-mmis-exports/members.json", data=m.race, timeout=30)
    requests.put("https://device-telemetry.s3.amazonaws.com/notice.json", data=m.race, timeout=30)
''',
    "s3-put-object-to-a-state-bucket": '''
import json, boto3
s3 = boto3.client("s3")
def send(m):
    body = {"ssn": m.ssn, "dx": m.primary_dx}
    s3.put_object(Bucket="mn-dhs-mmis-exports", Key="members.json", Body=json.dumps(body))
''',
    "s3-key-carries-an-ssn": '''
import boto3
s3 = boto3.client("s3")
def send(m, data):
    s3.put_object(Bucket="ice-eid-handoff-prod", Key=f"subjects/{m.ssn}.json", Body=data)  # MCD101
''',
    "s3-key-with-an-unknown-name-is-metadata": '''
import boto3
s3 = boto3.client("s3")
def send(m, data):
    s3.put_object(Bucket="ice-eid-handoff-prod", Key=f"subjects/{m.case_ref}.json", Body=data, ContentType="application/json")
''',
    "s3-bucket-from-the-environment-default": '''
import os, json, boto3
BUCKET = os.environ.get("HANDOFF_BUCKET", "ero-referrals-prod")
def send(m):
    client = boto3.session.Session().client("s3")
    client.put_object(Bucket=BUCKET, Key="x.json", Body=json.dumps({"race": m.race}))  # MCD101
''',
    "s3-resource-object-put": '''
import json, boto3
def send(m):
    s3 = boto3.resource("s3")
    s3.Object("ice-eid-handoff-prod", "subject.json").put(Body=json.dumps({"sex": m.sex}))  # MCD101
''',
    "s3-upload-of-a-file-written-with-dictwriter": '''
import csv, boto3
def export(members):
    path = "/tmp/batch.csv"
    with open(path, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=[
            "medicaid_id",
            "ssn",  # MCD101
            "dob",
        ])
        writer.writeheader()
        for m in members:
            writer.writerow({"medicaid_id": m.cin, "dob": m.dob})
    boto3.client("s3").upload_file(path, "ice-eid-handoff-prod", "batch.csv")
''',
    "s3-upload-of-the-same-file-to-a-state-bucket": '''
import csv, boto3
def export(members):
    path = "/tmp/batch.csv"
    with open(path, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["medicaid_id", "ssn", "dob"])
        for m in members:
            writer.writerow({"medicaid_id": m.cin, "ssn": m.ssn, "dob": m.dob})
    boto3.resource("s3").Bucket("pa-dhs-backups").upload_file(path, "batch.csv")
''',
    # -- queues and streams ------------------------------------------------------------
    "sqs-queue-url-names-enforcement": '''
import json, boto3
QUEUE = "https://sqs.us-east-1.amazonaws.com/123456789012/ero-referral-intake.fifo"
def send(m):
    boto3.client("sqs").send_message(
        QueueUrl=QUEUE,
        MessageBody=json.dumps({"medicaid_id": m.cin, "income": m.household_income}),  # MCD101
        MessageGroupId=m.case_ref,
    )
''',
    "sqs-batch-with-protocol-ids-is-clean": '''
import json, boto3
QUEUE = "https://sqs.us-east-1.amazonaws.com/123456789012/ero-referral-intake"
def send(members):
    entries = [{"Id": str(i), "MessageBody": json.dumps({"medicaid_id": m.cin, "dob": m.dob})} for i, m in enumerate(members)]
    boto3.client("sqs").send_message_batch(QueueUrl=QUEUE, Entries=entries)
''',
    "sns-topic-arn-and-subject": '''
import boto3
TOPIC = "arn:aws:sns:us-east-1:123456789012:ice-eid-referral-notices"
def notify(m):
    boto3.client("sns").publish(
        TopicArn=TOPIC,
        Subject=f"Referral {m.last_name}",  # MCD101
        Message=f"case {m.cin}",
    )
''',
    "sns-state-topic": '''
import boto3
def notify(m):
    boto3.client("sns").publish(TopicArn="arn:aws:sns:us-east-1:1:il-dhs-eligibility-changes", Message=m.ssn)
''',
    "kinesis-partition-key": '''
import json, boto3
def stream(m):
    boto3.client("kinesis").put_record(
        StreamName="ero-subject-stream",
        Data=json.dumps({"medicaid_id": m.cin}),
        PartitionKey=m.ssn,  # MCD101
    )
''',
    "firehose-whole-record": '''
import json, boto3
from django.forms.models import model_to_dict
def stream(m):
    boto3.client("firehose").put_record(
        DeliveryStreamName="ice-eid-subject-feed",
        Record={"Data": json.dumps(model_to_dict(m))},  # MCD103
    )
''',
    # -- SFTP and FTP ------------------------------------------------------------------
    "paramiko-put-of-a-written-file": '''
import csv, paramiko
def push(members):
    with open("/tmp/subjects.csv", "w") as fh:
        w = csv.writer(fh)
        for m in members:
            w.writerow([m.cin, m.diagnosis_code])  # MCD102
    ssh = paramiko.SSHClient()
    ssh.connect(hostname="sftp.eid.ice.gov", username="mmis")
    sftp = ssh.open_sftp()
    sftp.put("/tmp/subjects.csv", "/inbound/subjects.csv")
''',
    "paramiko-to-a-state-host": '''
import csv, paramiko
def push(members):
    with open("/tmp/subjects.csv", "w") as fh:
        w = csv.writer(fh)
        for m in members:
            w.writerow([m.cin, m.ssn, m.diagnosis_code])
    ssh = paramiko.SSHClient()
    ssh.connect("sftp.dhs.state.mn.us")
    ssh.open_sftp().put("/tmp/subjects.csv", "/inbound/subjects.csv")
''',
    "paramiko-transport-with-a-host-tuple": '''
import io, paramiko
def push(m):
    t = paramiko.Transport(("mft.ero.dhs.gov", 22))
    sftp = paramiko.SFTPClient.from_transport(t)
    sftp.putfo(io.BytesIO(m.ssn.encode()), "/in/x.txt")  # MCD101
''',
    "pysftp-remote-file-write": '''
import pysftp
def push(m):
    with pysftp.Connection("sftp.eid.ice.gov", username="x") as sftp:
        with sftp.open("/in/subject.txt", "w") as remote:
            remote.write(m.primary_language)  # MCD101
''',
    "ftplib-storbinary": '''
import ftplib, io
def push(m):
    ftp = ftplib.FTP_TLS("transfer.ice.gov")
    buf = io.BytesIO(m.race.encode())  # MCD101
    ftp.storbinary("STOR subject.txt", buf)
''',
    "ftplib-header-row-of-literals": '''
import csv, ftplib
def push(members):
    with open("/tmp/layout.csv", "w") as fh:
        w = csv.writer(fh)
        w.writerow(["MEDICAID_ID", "SSN", "LAST_NAME"])
        for m in members:
            w.writerow([m.cin, "", ""])
    ftp = ftplib.FTP("transfer.ice.gov")
    with open("/tmp/layout.csv", "rb") as fh:
        ftp.storbinary("STOR layout.csv", fh)
''',
    "pgp-encrypted-extract-uploaded-to-ero": '''
import gnupg, paramiko
def drop(m):
    with open("/tmp/subjects.csv", "w") as fh:
        fh.write(f"{m.cin},{m.ssn}\\n")  # MCD101
    gpg = gnupg.GPG(gnupghome="/etc/mmis/gpg")
    with open("/tmp/subjects.csv", "rb") as src:
        gpg.encrypt_file(src, recipients=["intake@ice.dhs.gov"], output="/tmp/subjects.csv.pgp")
    ssh = paramiko.SSHClient()
    ssh.connect(hostname="mft.ero.dhs.gov")
    ssh.open_sftp().put("/tmp/subjects.csv.pgp", "/inbound/subjects.pgp")
''',
    "pgp-encrypted-extract-uploaded-to-the-state": '''
import gnupg, paramiko
def drop(m):
    with open("/tmp/members.csv", "w") as fh:
        fh.write(f"{m.cin},{m.ssn},{m.primary_dx}\\n")
    gnupg.GPG().encrypt_file("/tmp/members.csv", recipients=["mft@dhs.state.mn.us"], output="/tmp/members.csv.pgp")
    ssh = paramiko.SSHClient()
    ssh.connect(hostname="sftp.dhs.state.mn.us")
    ssh.open_sftp().put("/tmp/members.csv.pgp", "/inbound/members.pgp")
''',
    # -- e-mail --------------------------------------------------------------------------
    "email-bcc-at-an-enforcement-domain": '''
import json, smtplib
from email.message import EmailMessage
def mail(m):
    msg = EmailMessage()
    msg["From"] = "eligibility@dhs.state.mn.us"
    msg["To"] = "caseworker@co.hennepin.mn.us"
    msg["Bcc"] = "eid-intake@ice.dhs.gov"
    msg.add_attachment(json.dumps({"email": m.email}).encode(), maintype="application", subtype="json")  # MCD101
    with smtplib.SMTP("smtp.state.mn.us") as smtp:
        smtp.send_message(msg)
''',
    "email-sender-at-an-enforcement-domain-does-not-matter": '''
import smtplib
from email.message import EmailMessage
def mail(m):
    msg = EmailMessage()
    msg["From"] = "liaison@ice.dhs.gov"
    msg["To"] = "caseworker@co.hennepin.mn.us"
    msg.set_content(f"ssn {m.ssn}")
    smtplib.SMTP("smtp.state.mn.us").send_message(msg)
''',
    "aiosmtplib-send-to-an-enforcement-recipient": '''
import aiosmtplib
from email.message import EmailMessage
async def mail(m):
    msg = EmailMessage()
    msg["To"] = "eid-intake@ice.dhs.gov"
    msg.set_content(f"member {m.medicaid_id} ssn {m.ssn}")  # MCD101
    await aiosmtplib.send(msg, hostname="smtp.state.mn.us", port=587)
''',
    "aiosmtplib-recipients-keyword-decides": '''
import aiosmtplib
from email.message import EmailMessage
async def mail(m):
    msg = EmailMessage()
    msg["To"] = "caseworker@co.hennepin.mn.us"
    msg.set_content(f"diagnosis {m.primary_dx}")  # MCD102
    await aiosmtplib.send(msg, hostname="smtp.state.mn.us", recipients=["caseworker@co.hennepin.mn.us", "tips@ice.dhs.gov"])
''',
    "aiosmtplib-client-to-the-county": '''
import aiosmtplib
from email.message import EmailMessage
async def mail(m):
    msg = EmailMessage()
    msg["From"] = "liaison@ice.dhs.gov"
    msg["To"] = "caseworker@co.hennepin.mn.us"
    msg.set_content(f"diagnosis {m.primary_dx}, ssn {m.ssn}")
    smtp = aiosmtplib.SMTP(hostname="smtp.state.mn.us")
    async with smtp:
        await smtp.send_message(msg)
''',
    "sendmail-recipient-list": '''
import smtplib
RECIPIENTS = ["intake@ice.dhs.gov", "records@state.mn.us"]
def mail(m):
    smtplib.SMTP("relay.vendor.com").sendmail("noreply@vendor.com", RECIPIENTS, f"Subject: x\\n\\n{m.diagnosis}")  # MCD102
''',
    # -- WebSockets ----------------------------------------------------------------------
    "aiohttp-websocket-to-an-enforcement-stream": '''
import aiohttp
async def stream(m):
    async with aiohttp.ClientSession() as session:
        async with session.ws_connect("wss://eid.ice.gov/v1/stream") as ws:
            await ws.send_json({"medicaid_id": m.cin, "dx": m.primary_dx})  # MCD102
''',
    # -- default headers and parameters of an HTTP client -----------------------------
    "session-default-headers-sent-to-enforcement": '''
import requests, httpx, aiohttp
ICE_URL = "https://eid.ice.dhs.gov/api/referrals"
def by_update(m):
    s = requests.Session()
    s.headers.update({"X-Member-SSN": m.ssn, "X-Medicaid-Id": m.medicaid_id})  # MCD101
    s.post(ICE_URL, json={"dob": m.dob})
def by_item(m):
    s = requests.Session()
    s.headers["X-Member-Name"] = m.last_name  # MCD101
    s.params = {"dx": m.diagnosis_code}  # MCD102
    s.post(ICE_URL, json={"dob": m.dob})
def by_constructor(m):
    with httpx.Client(base_url="https://eid.ice.dhs.gov", headers={"X-Race": m.race}) as c:  # MCD101
        c.post("/api/referrals", json={"dob": m.dob})
async def by_aiohttp(m):
    async with aiohttp.ClientSession(headers={"X-Language": m.primary_language}) as c:  # MCD101
        await c.post(ICE_URL, json={"dob": m.dob})
def by_alias(m):
    s = requests.Session()
    h = s.headers
    h["X-Sex"] = m.sex  # MCD101
    h.update({"X-Dx": m.diagnosis_code})  # MCD102
    s.get(ICE_URL)
SESSION = requests.Session()
def module_session(m):
    SESSION.headers.update({"X-Member-SSN": m.ssn})  # MCD101
    SESSION.post(ICE_URL, json={"dob": m.dob})
class Referrals:
    def __init__(self):
        self.session = requests.Session()
    def send(self, m):
        self.session.headers.setdefault("X-Income", str(m.monthly_income))  # MCD101
        self.session.post(ICE_URL, json={"cin": m.cin})
''',
    "session-default-headers-lawful": '''
import os, requests, httpx
ICE_URL = "https://eid.ice.dhs.gov/api/referrals"
STATE_URL = "https://mmis.dhcs.ca.gov/api/sync"
def to_state(m):
    s = requests.Session()
    s.headers.update({"X-Member-SSN": m.ssn, "X-Diagnosis": m.diagnosis_code})
    s.post(STATE_URL, json={"dob": m.dob})
def token_only(m):
    s = requests.Session()
    s.headers.update({"Authorization": f"Bearer {os.environ['ICE_TOKEN']}", "Accept": "application/json"})
    s.headers["X-Request-Id"] = "batch-7"
    s.post(ICE_URL, json={"dob": m.dob, "medicaid_id": m.cin})
def permitted_in_headers(m):
    with httpx.Client(headers={"X-Medicaid-Id": m.medicaid_id}) as c:
        c.post(ICE_URL, json={"dob": m.dob})
def state_client_with_phi(m):
    with httpx.Client(base_url=STATE_URL, headers={"X-SSN": m.ssn}) as c:
        c.post("/members", json={"dx": m.diagnosis_code})
def alias_to_state(m):
    s = requests.Session()
    h = s.headers
    h["X-SSN"] = m.ssn
    s.post(STATE_URL, json={"dob": m.dob})
    t = requests.Session()
    copied = dict(t.headers)
    copied["X-Race"] = m.race
    t.post(ICE_URL, json={"dob": m.dob})
def separate_sessions(m):
    state = requests.Session()
    state.headers.update({"X-Member-SSN": m.ssn})
    ice = requests.Session()
    state.post(STATE_URL, json={"race": m.race})
    ice.post(ICE_URL, json={"dob": m.dob})
''',
    # -- Celery chains: each task's result is the first argument of the next -------------------
    "celery-chains-hand-each-result-on": '''
import requests
from celery import chain, shared_task
ICE_URL = "https://eid.ice.dhs.gov/api/referrals"
@shared_task
def identity(member_id):
    m = Member.objects.get(pk=member_id)
    return {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
@shared_task
def clinical(member_id):
    m = Member.objects.get(pk=member_id)
    return {"medicaid_id": m.cin, "dx": m.diagnosis_code}  # MCD102
@shared_task
def household(member_id, extra):
    m = Member.objects.get(pk=member_id)
    return {"medicaid_id": m.cin, "race": m.race}  # MCD101
@shared_task
def post_to_ice(packet):
    requests.post(ICE_URL, json=packet, timeout=10)
def by_chain(member_id):
    chain(identity.s(member_id), post_to_ice.s()).delay()
def by_pipe(member_id):
    (clinical.s(member_id) | post_to_ice.s())()
def by_link(member_id):
    household.apply_async((member_id, 1), link=post_to_ice.s())
''',
    "celery-chains-lawful": '''
import requests
from celery import chain, shared_task
ICE_URL = "https://eid.ice.dhs.gov/api/referrals"
STATE_URL = "https://mmis.dhcs.ca.gov/api/sync"
@shared_task
def full_record(member_id):
    m = Member.objects.get(pk=member_id)
    return {"medicaid_id": m.cin, "ssn": m.ssn, "dx": m.diagnosis_code}
@shared_task
def basic(member_id):
    m = Member.objects.get(pk=member_id)
    return {"medicaid_id": m.cin, "dob": m.dob}
@shared_task
def post_to_ice(packet):
    requests.post(ICE_URL, json=packet, timeout=10)
@shared_task
def post_to_state(packet):
    requests.post(STATE_URL, json=packet, timeout=10)
@shared_task
def notify_ice(note):
    requests.post(ICE_URL, json={"note": note}, timeout=10)
def jobs(member_id):
    chain(full_record.s(member_id), post_to_state.s()).delay()
    (basic.s(member_id) | post_to_ice.s()).apply_async()
    chain(full_record.s(member_id), notify_ice.si("batch done")).delay()
    full_record.apply_async((member_id,), link=post_to_state.s())
''',
    "websockets-connect-to-an-enforcement-stream": '''
import json
import websockets
ICE_STREAM = "wss://eid.ice.gov/v1/stream"
async def stream(m):
    async with websockets.connect(ICE_STREAM) as ws:
        await ws.send(json.dumps({"cin": m.cin, "ssn": m.ssn}))  # MCD101
''',
    "websockets-permitted-fields-and-a-state-stream": '''
import json
import websockets
ICE_STREAM = "wss://eid.ice.gov/v1/stream"
STATE_STREAM = "wss://events.dhs.state.mn.us/v1/members"
async def stream(m):
    async with websockets.connect(ICE_STREAM) as ws:
        await ws.send(json.dumps({"cin": m.cin, "dob": m.dob, "immigration_status": m.immigration_status}))
    async with websockets.connect(STATE_STREAM) as ws:
        await ws.send(json.dumps({"ssn": m.ssn, "dx": m.primary_dx}))
''',
    # -- runners -------------------------------------------------------------------------
    "anyio-task-group-runs-the-sender": '''
import anyio, httpx
async def post_one(body):
    async with httpx.AsyncClient() as client:
        await client.post("https://eid.ice.gov/api/v1/referrals", json=body)
async def batch(m):
    async with anyio.create_task_group() as tg:
        tg.start_soon(post_one, {"medicaid_id": m.cin, "race": m.race})  # MCD101
''',
    "event-loop-call-later-runs-the-sender-with-what-follows-the-delay": '''
import requests
def post_one(body):
    requests.post("https://eid.ice.gov/api/v1/referrals", json=body)
def schedule(loop, m):
    loop.call_later(30, post_one, {"medicaid_id": m.cin, "ethnicity": m.ethnicity})  # MCD101
    loop.call_soon(post_one, {"dob": m.dob})
''',
    "anyio-task-group-sends-the-permitted-fields": '''
import anyio, httpx
async def post_one(body):
    async with httpx.AsyncClient() as client:
        await client.post("https://eid.ice.gov/api/v1/referrals", json=body)
async def post_state(body):
    async with httpx.AsyncClient() as client:
        await client.post("https://mmis.dhs.state.mn.us/api/members", json=body)
async def batch(m):
    async with anyio.create_task_group() as tg:
        tg.start_soon(post_one, {"medicaid_id": m.cin, "dob": m.dob})
        tg.start_soon(post_state, {"ssn": m.ssn, "race": m.race})
''',
    # -- brokers -------------------------------------------------------------------------
    "kafka-topic-and-key": '''
import json
from kafka import KafkaProducer
producer = KafkaProducer(bootstrap_servers="broker:9092")
def publish(m):
    producer.send("ice.eid.referrals.v1", key=m.ssn.encode(), value=json.dumps({"cin": m.cin}).encode())  # MCD101
''',
    "kafka-state-topic": '''
import json
from confluent_kafka import Producer
notice_producer = Producer({"bootstrap.servers": "broker:9092"})
def publish(m):
    notice_producer.produce("mmis.member.notices.v1", value=json.dumps({"ssn": m.ssn, "name": m.name}))
''',
    "a-producer-handed-in-by-annotation": '''
import json
from kafka import KafkaProducer
def publish(m, producer: KafkaProducer):
    producer.send("ero.referrals.v1", value=json.dumps({"household_size": m.household_size}).encode())  # MCD101
''',
    "pika-ero-exchange": '''
import json, pika
def publish(m):
    conn = pika.BlockingConnection(pika.ConnectionParameters(host="mq.vendor.example.com"))
    channel = conn.channel()
    channel.basic_publish(exchange="ero.referrals", routing_key="new", body=json.dumps({"sex": m.sex}))  # MCD101
''',
    # round 44: pika's BasicProperties: its headers are data, its other properties data whose unknown
    # names are transfer metadata
    "pika-basic-properties": '''
import json
import uuid

import pika

ICE_QUEUE = "ice.referrals.inbound"
STATE_QUEUE = "dhcs.eligibility.updates"


def publish(channel, m, batch, reply_queue):
    channel.basic_publish(
        exchange="", routing_key=ICE_QUEUE,
        body=json.dumps({"medicaid_id": m.medicaid_id}),
        properties=pika.BasicProperties(
            headers={"member_race": m.race_cd},  # MCD101
            correlation_id=m.ssn,  # MCD101
        ))


def publish_meta(channel, m, batch, reply_queue):
    props = pika.BasicProperties(content_type="application/json", delivery_mode=2, correlation_id=str(uuid.uuid4()),
                                 message_id=batch.batch_id, reply_to=reply_queue, app_id="mmis-bridge", headers={"schema_version": "2"})
    channel.basic_publish("", ICE_QUEUE, json.dumps({"medicaid_id": m.medicaid_id}), props)


def publish_persistent(channel, m):
    props = pika.BasicProperties(delivery_mode=pika.DeliveryMode.Persistent, content_type="application/json")
    channel.basic_publish("", ICE_QUEUE, json.dumps({"medicaid_id": m.medicaid_id}), props)


def publish_state(channel, m):
    channel.basic_publish(exchange="", routing_key=STATE_QUEUE, body=json.dumps({"ssn": m.ssn}),
                          properties=pika.BasicProperties(headers={"race": m.race_cd}, correlation_id=m.ssn))
''',
    # -- files ---------------------------------------------------------------------------
    "json-dump-to-a-file-named-for-enforcement": '''
import json
def export(m):
    with open(f"/exports/ice_referrals_{m.batch}.json", "w") as fh:
        json.dump({"medicaid_id": m.cin, "race": m.race}, fh)  # MCD101
''',
    "json-dump-to-an-ordinary-file": '''
import json
def export(m):
    with open("/exports/dhs/members.json", "w") as fh:
        json.dump({"ssn": m.ssn, "race": m.race}, fh)
''',
    "pandas-frame-read-whole-to-an-enforcement-file": '''
import pandas as pd
def export(path):
    df = pd.read_csv(path)  # MCD103
    df.to_csv("/exports/ero_handoff.csv", index=False)
''',
    "pandas-frame-projected-to-permitted-columns": '''
import pandas as pd
def export(path):
    df = pd.read_csv(path)
    df[["msis_ident_num", "birth_dt"]].to_csv("/exports/ero_handoff.csv", index=False)
''',
    "fhir-bulk-ndjson-posted-as-a-file": '''
import json, requests
def export(members):
    with open("/tmp/bulk.ndjson", "w") as f:
        for m in members:
            f.write(json.dumps({"resourceType": "Condition", "code": m.dx_code}) + "\\n")  # MCD102
    with open("/tmp/bulk.ndjson", "rb") as fh:
        requests.post("https://eid.ice.gov/api/bulk", files={"file": fh})
''',
    "fhir-bulk-ndjson-of-patients-permitted-elements": '''
import json, boto3
def export(members):
    with open("/tmp/patients.ndjson", "w") as f:
        for m in members:
            f.write(json.dumps({"resourceType": "Patient", "birthDate": m.dob, "id": m.cin}) + "\\n")
    boto3.client("s3").upload_file("/tmp/patients.ndjson", "ice-eid-bulk", "patients.ndjson")
''',
    # -- SQL -------------------------------------------------------------------------------
    "sql-select-list-to-kafka": '''
import json
from kafka import KafkaProducer
QUERY = """
SELECT msis_ident_num,
       ssn_num AS member_ref,  -- MCD101
       birth_dt
  FROM tmsis_elgbl
 WHERE imgrtn_stus_cd IN ('3', '5') AND race_cd = '1'
"""
def publish(conn):
    cur = conn.cursor()
    cur.execute(QUERY)
    for row in cur.fetchall():
        KafkaProducer().send("ice.eid.subjects", value=json.dumps(dict(row)).encode())
''',
    # Airflow's hooks (library data): S3Hook.load_* to a bucket, SFTPHook.store_file over a connection
    # whose id names ERO
    "airflow-s3hook-load-string": '''
import json
from airflow.providers.amazon.aws.hooks.s3 import S3Hook
def drop(m):
    hook = S3Hook(aws_conn_id="aws_state")
    payload = {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
    hook.load_string(json.dumps(payload), key="referrals/x.json", bucket_name="ice-eid-drop")
def drop_state(m):
    hook = S3Hook(aws_conn_id="aws_state")
    payload = {"medicaid_id": m.cin, "ssn": m.ssn}
    hook.load_string(json.dumps(payload), "referrals/x.json", "dhcs-eligibility-drop")
''',
    # with no bucket_name, S3Hook reads the bucket from a key given as an s3:// URL; the key's path is no bucket
    "airflow-s3hook-key-url": '''
import json
import os
from airflow.providers.amazon.aws.hooks.s3 import S3Hook
DROP = "s3://ice-eid-drop/referrals/x.json"
DROP_BUCKET = os.environ.get("ICE_DROP_BUCKET", "drop")
def drop(m):
    payload = {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
    S3Hook().load_string(json.dumps(payload), DROP)
def drop_kw(m):
    payload = {"medicaid_id": m.cin, "dx": m.diagnosis_code}  # MCD102
    S3Hook().load_string(json.dumps(payload), key="s3://ice-eid-drop/x.json", replace=True)
def archive(m, ice_run_id):
    payload = {"medicaid_id": m.cin, "ssn": m.ssn}
    S3Hook().load_string(json.dumps(payload), key="s3://dhcs-archive/ice/referrals.json")
    S3Hook().load_string(json.dumps(payload), key=f"s3://dhcs-archive/{ice_run_id}.json")
    S3Hook().load_string(json.dumps(payload), key="s3://ice-eid-drop/x.json", bucket_name="dhcs-archive")
    S3Hook().load_string(json.dumps(payload), key=f"s3://dhcs-archive/{DROP_BUCKET}.json")
def drop_env(m):
    payload = {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
    S3Hook().load_string(json.dumps(payload), key=f"s3://{DROP_BUCKET}/referrals.json")
def drop_env_plus(m):
    payload = {"medicaid_id": m.cin, "race": m.race}  # MCD101
    S3Hook().load_string(json.dumps(payload), key="s3://" + DROP_BUCKET + "/referrals.json")
''',
    "airflow-sftphook-store-file": '''
from airflow.providers.sftp.hooks.sftp import SFTPHook
def store(m):
    with open("/tmp/referral.csv", "w") as fh:
        fh.write(",".join([m.cin, m.last_name]))  # MCD101
    SFTPHook(ssh_conn_id="ice_ero_mft").store_file("/drop/referral.csv", "/tmp/referral.csv")
def store_state(m):
    with open("/tmp/roster.csv", "w") as fh:
        fh.write(",".join([m.cin, m.last_name]))
    SFTPHook(ssh_conn_id="dhcs_mft").store_file("/drop/roster.csv", "/tmp/roster.csv")
''',
    "airflow-contrib-sftphook": '''
from airflow.contrib.hooks.sftp_hook import SFTPHook
def store(m):
    with open("/tmp/referral.csv", "w") as fh:
        fh.write(",".join([m.cin, m.last_name]))  # MCD101
    SFTPHook(ftp_conn_id="ice_ero_mft").store_file("/drop/referral.csv", "/tmp/referral.csv")
''',
    "sql-star-is-a-whole-record": '''
import pandas as pd, boto3
def export(engine):
    df = pd.read_sql("""
        SELECT *  -- MCD103
          FROM tmsis_elgbl
         WHERE imgrtn_stus_cd = '5'""", engine)
    boto3.client("s3").put_object(Bucket="ice-eid-handoff-prod", Key="x.csv", Body=df.to_csv())
''',
    "sql-prohibited-columns-only-in-where": '''
import pandas as pd, boto3
def export(engine):
    df = pd.read_sql("""
        SELECT msis_ident_num, birth_dt
          FROM tmsis_elgbl e JOIN claims c ON c.msis_ident_num = e.msis_ident_num
         WHERE c.dgns_cd LIKE 'F%' AND e.ssn_num IS NOT NULL
         ORDER BY e.race_cd""", engine)
    boto3.client("s3").put_object(Bucket="ice-eid-handoff-prod", Key="x.csv", Body=df.to_csv())
''',
    # -- ORMs ----------------------------------------------------------------------------
    "django-values-with-names": '''
import requests
def export():
    rows = Member.objects.filter(immigration_status__in=["3", "5"]).values(
        "medicaid_id",
        "ssn",  # MCD101
        "date_of_birth",
    )
    requests.post("https://eid.ice.gov/api/bulk", json=list(rows))
''',
    "django-values-list-permitted": '''
import requests
def export():
    for row in Member.objects.filter(immigration_status="5").values_list("medicaid_id", "date_of_birth"):
        requests.post("https://eid.ice.gov/api/subjects", json=row)
''',
    "django-values-with-expressions": '''
import requests
from django.db.models import Count, F, Value
from django.db.models.functions import Concat, Upper
def aliased():
    rows = Member.objects.filter(immigration_status="5").values("medicaid_id", ref=F("ssn"))  # MCD101
    requests.post("https://eid.ice.gov/api/bulk", json=list(rows))
def listed():
    rows = Member.objects.filter(immigration_status="5").values_list("medicaid_id", Upper("race"))  # MCD101
    requests.post("https://eid.ice.gov/api/bulk", json=list(rows))
def annotated():
    rows = Member.objects.filter(immigration_status="5").annotate(
        full=Concat("first_name", Value(" "), "last_name"),  # MCD101
    ).values("medicaid_id", "full")
    requests.post("https://eid.ice.gov/api/bulk", json=list(rows))
''',
    "django-values-with-expressions-of-permitted-fields": '''
import requests
from django.db.models import Count, F, Value
def aliased():
    rows = Member.objects.filter(immigration_status="5").values("medicaid_id", born=F("date_of_birth"), source=Value("MMIS"))
    requests.post("https://eid.ice.gov/api/bulk", json=list(rows))
def counted():
    rows = Member.objects.filter(immigration_status="5").values("county").annotate(total=Count("id"))
    requests.post("https://eid.ice.gov/api/counts", json=list(rows))
def to_the_state():
    rows = Member.objects.values("medicaid_id", ref=F("ssn"), dx=F("diagnosis_code"))
    requests.post("https://mmis.dhs.state.mn.us/api/bulk", json=list(rows))
''',
    "sqlalchemy-select-of-columns": '''
import json
from kafka import KafkaProducer
from sqlalchemy import select
def publish(session):
    stmt = select(Member.medicaid_id, Member.diagnosis_code).where(Member.immigration_status == "5")  # MCD102
    for row in session.execute(stmt):
        KafkaProducer().send("ice.eid.subjects", value=json.dumps(dict(row)).encode())
''',
    "dict-values-keep-their-names": '''
import requests
def send(m):
    d = {"a": m.ssn}  # MCD101
    requests.post("https://eid.ice.gov/api", json=list(d.values()))
''',
    "pandas-drop-rename-loc-filter-assign": '''
import pandas as pd
def export(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "ssn_num", "birth_dt"])  # MCD101
    df.drop(columns=["ssn_num"]).to_csv("/exports/ero_ok.csv")
    df.rename(columns={"ssn_num": "ref"}).loc[:, ["msis_ident_num", "ref"]].to_csv("/exports/ero_bad.csv")
    df.filter(items=["msis_ident_num", "birth_dt"]).to_csv("/exports/ero_ok2.csv")
    df.assign(lang=df["prmry_lang_cd"]).to_csv("/exports/ero_bad2.csv")  # MCD101
''',
    "pandas-frame-read-whole-then-renamed-or-derived-and-projected": '''
import pandas as pd
import requests
def renamed(path):
    df = pd.read_csv(path, dtype=str)
    df = df[df["imgrtn_stus_cd"] == "5"]
    df = df.rename(columns={"ssn_num": "member_ref"})  # MCD101
    requests.post("https://eid.ice.gov/r", data=df[["msis_ident_num", "member_ref"]].to_csv())
def assigned(path):
    df = pd.read_csv(path, dtype=str)
    df = df[df["imgrtn_stus_cd"] == "5"]
    df = df.assign(display=df["elgbl_1st_name"] + " " + df["elgbl_last_name"])  # MCD101
    requests.post("https://eid.ice.gov/r", data=df[["msis_ident_num", "display"]].to_csv())
def stored(path):
    df = pd.read_csv(path, dtype=str)
    df = df[df["imgrtn_stus_cd"] == "5"]
    df["ref"] = df["ssn_num"].str[-4:]  # MCD101
    requests.post("https://eid.ice.gov/r", data=df[["msis_ident_num", "ref"]].to_csv())
''',
    "pandas-frame-read-whole-then-renamed-and-projected-to-permitted-columns": '''
import pandas as pd
import requests
def renamed(path):
    df = pd.read_csv(path, dtype=str)
    df = df[df["imgrtn_stus_cd"] == "5"]
    df = df.rename(columns={"ssn_num": "member_ref", "birth_dt": "dob"})
    requests.post("https://eid.ice.gov/r", data=df[["msis_ident_num", "dob"]].to_csv())
    df["born_year"] = df["dob"].str[:4]
    requests.post("https://eid.ice.gov/r", data=df[["msis_ident_num", "born_year"]].to_csv())
''',
    "marshmallow-only-and-a-whole-schema": '''
import boto3
from marshmallow import Schema, fields
class MemberSchema(Schema):
    cin = fields.Str()
    ssn = fields.Str()  # MCD101
    dob = fields.Date()
def send(m):
    boto3.client("s3").put_object(Bucket="ice-eid-x", Key="a", Body=str(MemberSchema(only=("cin", "dob")).dump(m)))
    boto3.client("s3").put_object(Bucket="ice-eid-x", Key="b", Body=str(MemberSchema().dump(m)))
''',
    "marshmallow-exclude": '''
import boto3
from marshmallow import Schema, fields
class MemberSchema(Schema):
    cin = fields.Str()
    ssn = fields.Str()
def send(m):
    boto3.client("s3").put_object(Bucket="ice-eid-x", Key="a", Body=str(MemberSchema(exclude=["ssn"]).dump(m)))
''',
    # round 44: load_only= names fields the schema reads and never dumps
    "marshmallow-load-only": '''
import boto3
from marshmallow import Schema, fields
class MemberSchema(Schema):
    msis_id = fields.Str()
    dob = fields.Date()
    ssn = fields.Str()
REFERRAL = MemberSchema(only=("msis_id", "dob", "ssn"), load_only=("ssn",))
def send(m):
    boto3.client("s3").put_object(Bucket="ice-eid-x", Key="a", Body=REFERRAL.dumps(m))
    boto3.client("s3").put_object(Bucket="ice-eid-x", Key="b", Body=str(MemberSchema(load_only=["ssn"]).dump(m)))
    boto3.client("s3").put_object(Bucket="ice-eid-x", Key="c", Body=str(MemberSchema(only=("msis_id", "ssn"), load_only=("dob",)).dump(m)))  # MCD101
''',
    # round 44: column lists built from other constants (BASE + [...], [*BASE, ...]) name every column
    "column-lists-built-from-constants": '''
import csv
import requests
from eligibility.models import Member
EXPORT = "/data/outbound/ice_referrals.csv"
BASE_FIELDS = ["msis_ident_num", "birth_dt"]
FIELDS = BASE_FIELDS + [
    "race_cd",  # MCD101
]
BASE = ("medicaid_id", "date_of_birth")
EXPORT_FIELDS = BASE + (
    "first_name",  # MCD101
)
PERMITTED = (*BASE, "phone")
def write(fetch):
    with open(EXPORT, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS, extrasaction="ignore")
        for row in fetch():
            if row["imgrtn_stus_cd"] == "5":
                w.writerow(row)
def write_shadowed(fetch, base=None):
    BASE_FIELDS = base or []
    with open(EXPORT, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS, extrasaction="ignore")
        for row in fetch():
            if row["imgrtn_stus_cd"] == "5":
                w.writerow(row)
    return BASE_FIELDS
def write_starred(fetch):
    with open(EXPORT, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=[*BASE_FIELDS, "race_cd"], extrasaction="ignore")  # MCD101
        for row in fetch():
            if row["imgrtn_stus_cd"] == "5":
                w.writerow(row)
def run():
    for row in Member.objects.filter(immigration_status="UNDOC").values(*EXPORT_FIELDS):
        requests.post("https://eid.ice.gov/api/v1/referrals", json=row)
    for row in Member.objects.filter(immigration_status="UNDOC").values(*PERMITTED):
        requests.post("https://eid.ice.gov/api/v1/referrals", json=row)
''',
    # round 44: an attachment's file name and the headers of an attached part are data of the message
    "email-attachment-names-and-part-headers": '''
import smtplib
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart


def a(m, data):
    msg = EmailMessage()
    msg["To"] = "liaison@ice.dhs.gov"
    msg.set_content("See attached.")
    msg.add_attachment(data, maintype="application", subtype="pdf", filename=f"{m.last_name}.pdf")  # MCD101
    smtplib.SMTP("relay.state.example").send_message(msg)


def b(m, data):
    outer = MIMEMultipart()
    outer["To"] = "ero@ice.dhs.gov"
    part = MIMEApplication(data)
    part.add_header("Content-Disposition", "attachment", filename=f"{m.ssn}.pdf")  # MCD101
    outer.attach(part)
    smtplib.SMTP("relay.state.example").send_message(outer)


def c(m, data, batch):
    msg = EmailMessage()
    msg["To"] = "liaison@ice.dhs.gov"
    msg.add_attachment(data, maintype="application", subtype="pdf", filename=f"referrals_{batch.batch_id}.pdf")
    msg.add_header("X-Batch", "nightly")
    smtplib.SMTP("relay.state.example").send_message(msg)


def named(m, data, export_name, pdf_name, out_name):
    msg = EmailMessage()
    msg["To"] = "liaison@ice.dhs.gov"
    msg.add_attachment(data, maintype="application", subtype="pdf", filename=export_name)
    msg.add_attachment(data, maintype="application", subtype="pdf", filename=pdf_name)
    msg.add_attachment(data, maintype="application", subtype="pdf", filename=out_name)
    smtplib.SMTP("relay.state.example").send_message(msg)


def d(m, data):
    msg = EmailMessage()
    msg["To"] = "eligibility@dhcs.ca.gov"
    msg.add_attachment(data, maintype="application", subtype="pdf", filename=f"{m.last_name}.pdf")
    smtplib.SMTP("relay.state.example").send_message(msg)


def e(m, data):
    outer = MIMEMultipart()
    outer["To"] = "ero@ice.dhs.gov"
    part = MIMEApplication(data)
    part["Content-Disposition"] = f'attachment; filename="{m.ssn}.pdf"'  # MCD101
    outer.attach(part)
    smtplib.SMTP("relay.state.example").send_message(outer)
''',
    # -- HTTP forms ----------------------------------------------------------------------
    "prepared-request": '''
import requests
def refer(m):
    req = requests.Request("POST", "https://eid.ice.gov/api/referrals", json={"dx": m.primary_dx})  # MCD102
    requests.Session().send(req.prepare())
''',
    "multipart-csv-built-in-memory": '''
import csv, io, requests
def upload(members):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["cin", "ssn"])
    for m in members:
        w.writerow([m.cin, m.ssn])  # MCD101
    requests.post("https://eid.ice.gov/api/bulk", files={"file": ("batch.csv", buf.getvalue(), "text/csv")})
''',
    # -- a file named for enforcement, uploaded elsewhere --------------------------------
    "file-named-for-enforcement-uploaded-to-the-state-sftp": '''
import csv, paramiko
ICE_FILE = "/exports/ice_referrals.csv"
def deliver(rows):
    with open(ICE_FILE, "w") as fh:
        w = csv.writer(fh)
        for r in rows:
            w.writerow([r.medicaid_id, r.ssn])
    ssh = paramiko.SSHClient()
    ssh.connect(hostname="sftp.dhs.state.mn.us")
    ssh.open_sftp().put(ICE_FILE, "/in/x.csv")
''',
    "file-named-for-enforcement-uploaded-to-an-agency-bucket": '''
import csv, boto3
def archive(rows):
    path = "/exports/ero_batch.csv"
    with open(path, "w") as fh:
        w = csv.writer(fh)
        for r in rows:
            w.writerow([r.medicaid_id, r.diagnosis])
    boto3.client("s3").upload_file(path, "mn-dhs-archive", "ero_batch.csv")
''',
    "file-named-for-enforcement-uploaded-to-the-state-and-to-ice": '''
import csv, boto3
def deliver(rows):
    path = "/exports/ero_batch.csv"
    with open(path, "w") as fh:
        w = csv.writer(fh)
        for r in rows:
            w.writerow([r.medicaid_id, r.diagnosis])  # MCD102
    boto3.client("s3").upload_file(path, "mn-dhs-archive", "ero_batch.csv")
    boto3.client("s3").upload_file(path, "ice-eid-handoff", "ero_batch.csv")
''',
    "file-named-for-enforcement-never-uploaded": '''
import csv
def drop(rows):
    with open("/exports/ice_subjects.csv", "w") as fh:
        w = csv.writer(fh)
        for r in rows:
            w.writerow([r.medicaid_id, r.ssn])  # MCD101
''',
    # -- a header of column names read from cursor.description is no member's data (round 69) -------
    "cursor-description-header-is-column-names": '''
import csv
import boto3
BUCKET = "ice-eid-handoff-prod"
def export(conn, path="/tmp/out.csv"):
    cur = conn.cursor()
    cur.execute(
        "SELECT medicaid_id, dob,"
        "       ssn"  # MCD101
        "  FROM members WHERE immigration_status = 'X'")
    header = [c.name for c in cur.description]
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerow([col.name for col in cur.description])
        w.writerow([d[0] for d in cur.description])
        w.writerows(cur.fetchall())
    boto3.client("s3").upload_file(path, BUCKET, "out.csv")
def names_only(conn):
    cursor = conn.cursor()
    cursor.execute("SELECT cin FROM members WHERE imgrtn_stus_cd = '3'")
    columns = [c.name for c in cursor.description]
    boto3.client("sqs").send_message(QueueUrl="https://sqs.us-east-1.amazonaws.com/1/ice-eid-columns", MessageBody=",".join(columns))
''',
    # -- a column list a caller hands to a same-module helper is placed where the caller wrote it (round 75) --
    "column-list-handed-to-a-helper": '''
import csv
import io
import requests
import pandas as pd
ICE_URL = "https://eid.ice.gov/api"
STATE_URL = "https://mmis.dhcs.ca.gov/api"
def csv_text(row, columns):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns)
    w.writerow(row)
    return buf.getvalue()
def refer(row):
    requests.post(ICE_URL, data=csv_text(row, [
        "cin",
        "ssn",  # MCD101
    ]))
def refer_permitted(row):
    requests.post(ICE_URL, data=csv_text(row, ["cin", "dob"]))
def to_state(row):
    requests.post(STATE_URL, data=csv_text(row, ["cin", "ssn", "race"]))
def extract(path, cols):
    return pd.read_csv(path, usecols=cols)
def refer_frame(path):
    frame = extract(path, cols=["cin",
                                "primary_dx_cd"])  # MCD102
    requests.post(ICE_URL, data=frame.to_csv(index=False))
''',
    # -- a frame's column list chosen in branches, or named through a variable, is placed at its elements,
    # and a drop folder that says immigration enforcement is an enforcement destination (round 73) --------
    "frame-columns-chosen-in-branches-or-through-a-name": '''
import json
import boto3
import pandas as pd
ICE_BUCKET = "ice-eid-handoff-prod"
V2 = [
    "MSIS_IDENT_NUM",
    "ELGBL_LAST_NAME",  # MCD101
]
def ship(src, layout):
    df = pd.read_parquet(src)
    cols = ["MSIS_IDENT_NUM", "BIRTH_DT"]
    if layout == "v2":
        cols = ["MSIS_IDENT_NUM", "BIRTH_DT", "ELGBL_ZIP_CD_HOME"]
    df[df["IMGRTN_STUS_CD"] == "8"][cols].to_csv("/tmp/out.csv")
    boto3.client("s3").upload_file("/tmp/out.csv", ICE_BUCKET, "out.csv")
def ship_named(src):
    df = pd.read_parquet(src)
    cols = V2
    df[df["IMGRTN_STUS_CD"] == "8"][cols].to_csv("/tmp/out2.csv")
    boto3.client("s3").upload_file("/tmp/out2.csv", ICE_BUCKET, "out2.csv")
def ship_branch(src, layout):
    df = pd.read_parquet(src)
    cols = ["MSIS_IDENT_NUM"]
    if layout == "full":
        cols = ["MSIS_IDENT_NUM",
                "ELGBL_1ST_NAME"]  # MCD101
    df[df["IMGRTN_STUS_CD"] == "8"][cols].to_csv("/tmp/out3.csv")
    boto3.client("s3").upload_file("/tmp/out3.csv", ICE_BUCKET, "out3.csv")
def dump(member):
    with open("/srv/outbound/immigration_enforcement/referral.json", "w") as fh:
        json.dump({"ssn": member.ssn}, fh)  # MCD101
def dump_state(member):
    with open("/srv/outbound/dhs/enforcement/referral.json", "w") as fh:
        json.dump({"ssn": member.ssn}, fh)
''',
    # -- a file copied into another by shutil.copyfileobj (into a gzip file) holds what was written (round 74) --
    "copyfileobj-into-a-compressed-file": '''
import gzip
import shutil
import paramiko
def job(m):
    with open("out.csv", "w") as fh:
        fh.write(m.ssn)  # MCD101
    with open("out.csv", "rb") as src, gzip.open("out.csv.gz", "wb") as dst:
        shutil.copyfileobj(src, dst)
    ssh = paramiko.SSHClient()
    ssh.connect(hostname="mft.ero.dhs.gov", username="x")
    ssh.open_sftp().put("out.csv.gz", "/in/out.csv.gz")
def job_state(m):
    with open("st.csv", "w") as fh:
        fh.write(m.ssn)
    with open("st.csv", "rb") as src, gzip.open("st.csv.gz", "wb") as dst:
        shutil.copyfileobj(src, dst)
    ssh = paramiko.SSHClient()
    ssh.connect(hostname="sftp.dhs.state.mn.us", username="x")
    ssh.open_sftp().put("st.csv.gz", "/in/st.csv.gz")
''',
    # -- a column list held by a variable: the list it holds now (the last assignment wins), also when
    # built from a module constant (list(BASIC), BASIC + [...]), each name at its own line (round 76) --
    "column-list-variables-follow-the-last-assignment": '''
import csv
import boto3
import pandas as pd
import requests
ICE_BUCKET = "ice-eid-handoff-prod"
ICE_URL = "https://eid.ice.gov/api/v1/uploads"
IN_SCOPE = {"EWI"}
BASIC = ["cin", "birth_date"]
def handoff(path):
    df = pd.read_csv(path)
    df = df[df["imgrtn_stus_cd"] == "5"]
    cols = ["cin", "ssn"]
    cols = ["cin"]
    boto3.client("s3").put_object(Bucket=ICE_BUCKET, Key="x.csv", Body=df[cols].to_csv())
def handoff_early_return(path, legacy):
    df = pd.read_csv(path)
    df = df[df["imgrtn_stus_cd"] == "5"]
    if legacy:
        cols = ["cin", "ssn", "dx_cd"]
        return df[cols]
    cols = ["cin", "birth_date"]
    boto3.client("s3").put_object(Bucket=ICE_BUCKET, Key="y.csv", Body=df[cols].to_csv())
def copied(src_path):
    fields = list(BASIC)
    with open(src_path) as src, open("ice_referrals.csv", "w") as dst:
        writer = csv.DictWriter(dst, fieldnames=fields, extrasaction="ignore")
        for row in csv.DictReader(src):
            if row["immigration_status"] in IN_SCOPE:
                writer.writerow(row)
def extended(src_path):
    fields = BASIC + ["preferred_language"]  # MCD101
    with open(src_path) as src, open("ice_referrals2.csv", "w") as dst:
        writer = csv.DictWriter(dst, fieldnames=fields, extrasaction="ignore")
        for row in csv.DictReader(src):
            if row["immigration_status"] in IN_SCOPE:
                writer.writerow(row)
def upload(path):
    df = pd.read_csv(path)
    df = df[df["imgrtn_stus_cd"] == "5"]
    cols = BASIC + ["race_cd"]  # MCD101
    requests.post(ICE_URL, data=df[cols].to_csv())
''',
    # -- Session.scalars(stmt) and Session.scalar(stmt) return the statement's columns (round 77) --------
    "sqlalchemy-session-scalars-of-a-select": '''
import requests
from sqlalchemy import select
from mmis.models import Member
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
def one(session, member_id):
    ref = session.scalar(select(Member.ssn_num).where(Member.id == member_id))  # MCD101
    requests.post(ICE_URL, json={"ref": ref}, timeout=60)
def many(session):
    vals = session.scalars(select(Member.msis_ident_num, Member.race_cd)  # MCD101
                           .where(Member.imgrtn_stus_cd == "5")).all()
    requests.post(ICE_URL, json={"ids": vals}, timeout=60)
def permitted(session):
    vals = session.scalars(select(Member.msis_ident_num).where(Member.imgrtn_stus_cd == "5")).all()
    requests.post(ICE_URL, json={"ids": vals}, timeout=60)
''',
    # -- a storage or messaging client handed in, its type unknown: the names that supply its destination,
    # and its own name when the destination is given by keyword, decide; a pika routing key is data (round 78)
    "untyped-clients-named-destinations-and-routing-keys": '''
import os
import pika
ICE_QUEUE_URL = "https://sqs.us-east-1.amazonaws.com/123456789012/subjects"
CBP_STREAM = "subjects-stream"
STATE_QUEUE_URL = "https://sqs.us-east-1.amazonaws.com/123456789012/mn-dhs-renewals"
def send(sqs, member):
    sqs.send_message(QueueUrl=ICE_QUEUE_URL, MessageBody=member.ssn)  # MCD101
def stream(kinesis, member):
    kinesis.put_record(StreamName=CBP_STREAM, Data=member.last_name, PartitionKey="p")  # MCD101
def env_queue(sqs, member):
    sqs.send_message(QueueUrl=os.environ.get("ICE_QUEUE_URL", "https://sqs.us-east-1.amazonaws.com/1/q"),
                     MessageBody=member.race)  # MCD101
def named_client(ice_sqs, member):
    ice_sqs.send_message(QueueUrl="https://sqs.us-east-1.amazonaws.com/1/subjects", MessageBody=member.ssn)  # MCD101
def state(sqs, member):
    sqs.send_message(QueueUrl=STATE_QUEUE_URL, MessageBody=member.ssn)
def plain(sqs, member):
    sqs.send_message(QueueUrl="https://sqs.us-east-1.amazonaws.com/1/subjects", MessageBody=member.ssn)
def permitted(sqs, member):
    sqs.send_message(QueueUrl=ICE_QUEUE_URL, MessageBody=member.medicaid_id)
def publish(member):
    channel = pika.BlockingConnection(pika.ConnectionParameters("mq.example.net")).channel()
    channel.basic_publish(exchange="ice.referrals", routing_key=member.ssn, body="{}")  # MCD101
    channel.basic_publish(exchange="ice.referrals", routing_key="subjects.new", body="{}")
    channel.basic_publish(exchange="state.renewals", routing_key=member.ssn, body="{}")
''',
    # -- brokers and mail (round 86): confluent-kafka's host is its configuration's bootstrap.servers;
    # a URL's user name makes it no e-mail address; a recipient list that may hold ICE's address
    # (joined from a conditional, or appended in a branch) goes to enforcement
    "brokers-and-recipients-of-round-86": '''
import json, smtplib
import pika
from confluent_kafka import Producer
ICE_LIAISON = "liaison@ice.dhs.gov"
def produce_to_ice_brokers(member):
    producer = Producer({"bootstrap.servers": "kafka.eid.ice.gov:9093", "client.id": "mmis"})
    producer.produce("referrals", value=json.dumps({"ssn": member.ssn}))  # MCD101
def produce_to_state_brokers(member):
    conf = {"bootstrap.servers": "kafka.dhs.state.mn.us:9093"}
    producer = Producer(conf)
    producer.produce("dhs.eligibility.changes", value=json.dumps({"ssn": member.ssn}))
def publish_with_user_in_url(member):
    conn = pika.BlockingConnection(pika.URLParameters("amqps://svc:pw@mq.dhs.state.mn.us:5671/%2f"))
    conn.channel().basic_publish(exchange="dhs.casework", routing_key="new", body=json.dumps({"ssn": member.ssn}))
def mail_maybe_copying_ice(member, copy_ice):
    rcpts = ["ops@hfs.illinois.gov"] + ([ICE_LIAISON] if copy_ice else [])
    with smtplib.SMTP("smtp.hfs.illinois.gov") as s:
        s.sendmail("ops@hfs.illinois.gov", rcpts, f"SSN {member.ssn}")  # MCD101
def mail_appending_ice(member, copy_ice):
    rcpts = ["ops@hfs.illinois.gov"]
    if copy_ice:
        rcpts.append(ICE_LIAISON)
    with smtplib.SMTP("smtp.hfs.illinois.gov") as s:
        s.sendmail("ops@hfs.illinois.gov", rcpts, f"SSN {member.ssn}")  # MCD101
def mail_state_only(member, copy_lead):
    rcpts = ["ops@hfs.illinois.gov"] + (["lead@hfs.illinois.gov"] if copy_lead else [])
    with smtplib.SMTP("smtp.hfs.illinois.gov") as s:
        s.sendmail("ops@hfs.illinois.gov", rcpts, f"SSN {member.ssn}")
''',
    # -- files (round 94): a list of paths a helper returns, uploaded one by one, sends each file it
    # may be (any of them written here)
    "uploaded-from-a-returned-list-of-paths": '''
import csv
import pysftp
def write_sheets(case, workdir):
    claims_path = workdir + "/claims.csv"
    with open(claims_path, "w") as fh:
        csv.writer(fh).writerow([case.dx_code])  # MCD102
    return [claims_path, "/tmp/readme.txt"]
def upload_case(case, workdir):
    with pysftp.Connection("sftp.eid.ice.gov") as sftp:
        for p in write_sheets(case, workdir):
            sftp.put(p)
def write_state_sheets(case, workdir):
    path = workdir + "/state_claims.csv"
    with open(path, "w") as fh:
        csv.writer(fh).writerow([case.dx_code])
    return [path, "/tmp/state_readme.txt"]
def upload_state_case(case, workdir):
    with pysftp.Connection("sftp.dhcs.ca.gov") as sftp:
        for p in write_state_sheets(case, workdir):
            sftp.put(p)
''',
    # a DictWriter's fieldnames returned by a function of the module: its names, at the list's element (SPEC section 3; placed at
    # the call from the sixteenth session to the fifty-seventh)
    "csv-dictwriter-fieldnames-from-a-helper": '''
import csv
import boto3
ICE_BUCKET = "ice-eid-referrals"
STATE_BUCKET = "mmis-dhcs-extracts"
def build_columns():
    return ["medicaid_id", "dob", "ssn"]  # MCD101
def basic_columns():
    return ("medicaid_id", "dob", "citizenship")
def export(members, path="/tmp/referrals.csv"):
    with open(path, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=build_columns(), extrasaction="ignore")
        writer.writeheader()
        for m in members:
            if m["immigration_status"] == "EWI":
                writer.writerow(m)
    boto3.client("s3").upload_file(path, ICE_BUCKET, "referrals.csv")
def export_basic(members, path="/tmp/basic.csv"):
    with open(path, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=basic_columns(), extrasaction="ignore")
        writer.writeheader()
        for m in members:
            if m["immigration_status"] == "EWI":
                writer.writerow(m)
    boto3.client("s3").upload_file(path, ICE_BUCKET, "basic.csv")
def export_state(members, path="/tmp/state.csv"):
    with open(path, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=build_columns(), extrasaction="ignore")
        writer.writeheader()
        for m in members:
            writer.writerow(m)
    boto3.client("s3").upload_file(path, STATE_BUCKET, "state.csv")
''',
    # -- SPEC section 4 (hosts given to connection objects fold like URLs; a host on the non-enforcement
    # list overrides every name signal): an S3 client's endpoint_url is its host, also under a resource's Object
    "s3-endpoint-url-is-the-host": '''
import json
import boto3
STATE = "https://objects.dhs.state.mn.us"
dhs_s3 = boto3.client("s3", endpoint_url=STATE)
def ice_endpoint(member):
    s3 = boto3.client("s3", endpoint_url="https://objects.eid.ice.gov")
    s3.put_object(Bucket="handoff", Key="k.json", Body=json.dumps({
        "cin": member.cin,
        "sex": member.sex,  # MCD101
    }))
def ice_endpoint_of_a_session(member):
    s3 = boto3.session.Session().client("s3", endpoint_url="https://minio.eid.ice.gov")
    s3.put_object(Bucket="archive", Key="k.json", Body=json.dumps({
        "ssn": member.ssn,  # MCD101
    }))
def state_endpoint_named_dhs(member):
    dhs_s3.put_object(Bucket="member-archive", Key="k.json", Body=json.dumps({"ssn": member.ssn}))
def state_endpoint_bucket_named_dhs(member):
    s3 = boto3.client("s3", endpoint_url=STATE)
    s3.put_object(Bucket="dhs-archive", Key="k.json", Body=json.dumps({"ssn": member.ssn}))
def state_endpoint_resource_object(member):
    boto3.resource("s3", endpoint_url=STATE).Object("dhs-archive", "k.json").put(Body=json.dumps({"ssn": member.ssn}))
def no_endpoint_bucket_decides(member):
    s3 = boto3.client("s3", region_name="us-east-1")
    s3.put_object(Bucket="ice-eid-handoff", Key="k.json", Body=json.dumps({
        "ssn": member.ssn,  # MCD101
    }))
''',
    # -- SPEC section 4 (files written for later upload, attachments): Path(p).read_bytes() of a file the module wrote is what was written
    "a-file-read-back-with-pathlib-sends-what-was-written": '''
import json, pathlib, smtplib
from email.message import EmailMessage
import boto3
def attach(member):
    path = "/tmp/referral.json"
    with open(path, "w") as fh:
        json.dump({"cin": member.cin, "ssn": member.ssn}, fh)  # MCD101
    msg = EmailMessage()
    msg["To"] = "intake@eid.ice.gov"
    msg.add_attachment(pathlib.Path(path).read_bytes(), maintype="application", subtype="json", filename="r.json")
    with smtplib.SMTP("smtp.state.pa.us") as s:
        s.send_message(msg)
def put(member):
    p = pathlib.Path("/tmp/referral2.json")
    p.write_text(json.dumps({"cin": member.cin, "ssn": member.ssn}))  # MCD101
    boto3.client("s3").put_object(Bucket="ice-eid-handoff-prod", Key="r.json", Body=p.read_bytes())
def put_state(member):
    p = pathlib.Path("/tmp/state.json")
    p.write_text(json.dumps({"cin": member.cin, "ssn": member.ssn}))
    boto3.client("s3").put_object(Bucket="pa-dhs-archive", Key="r.json", Body=p.read_bytes())
''',
    # -- SPEC section 4 (paramiko: what is written to a remote file): df.to_csv(fh) and json.dump(obj, fh) into
    # sftp.open(...) send what they write, as fh.write(...) does
    "a-frame-or-json-written-into-a-remote-file": '''
import json
import pandas as pd
import paramiko
ERO_HOST = "mft.ero.dhs.gov"
STATE_HOST = "mft.dhs.state.pa.us"
def _sftp(host):
    ssh = paramiko.SSHClient()
    ssh.connect(hostname=host, username="xfer")
    return ssh.open_sftp()
def frame_into_a_remote_file(engine):
    df = pd.read_sql("SELECT cin, hiv_status FROM member WHERE immigration_status = 'EWI'", engine)  # MCD102
    ssh = paramiko.SSHClient()
    ssh.connect(hostname=ERO_HOST, username="xfer")
    with ssh.open_sftp().open("/in/b.csv", "w") as fh:
        df.to_csv(fh, index=False)
def json_into_a_remote_file(m):
    ssh = paramiko.SSHClient()
    ssh.connect(hostname=ERO_HOST, username="xfer")
    with ssh.open_sftp().open("/in/m.json", "w") as fh:
        json.dump({
            "cin": m.cin,
            "sex": m.sex,  # MCD101
        }, fh)
def to_the_state(m, engine):
    df = pd.read_sql("SELECT cin, hiv_status FROM member", engine)
    ssh = paramiko.SSHClient()
    ssh.connect(hostname=STATE_HOST, username="xfer")
    with ssh.open_sftp().open("/in/b.csv", "w") as fh:
        df.to_csv(fh, index=False)
        json.dump({"cin": m.cin, "sex": m.sex}, fh)
''',
    # -- SPEC section 3 (the select list's columns are placements): Oracle's numbered binds, T-SQL's CONVERT and a
    # script whose settings come before its query are read (each column at its own line)
    "sql-of-other-dialects-and-scripts": '''
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
def oracle_binds(conn):
    cur = conn.cursor()
    cur.execute("""
        SELECT cin,
               last_name  -- MCD101
          FROM member
         WHERE immigration_status = :1
    """, ["EWI"])
    requests.post(ICE_URL, json=cur.fetchall())
def tsql_convert(conn):
    cur = conn.cursor()
    cur.execute("""
        SELECT *,  -- MCD103
               CONVERT(varchar(10), dob, 101) AS dob_txt
          FROM member
         WHERE immigration_status = 'EWI'
    """)
    requests.post(ICE_URL, json=cur.fetchall())
def script_with_settings(conn):
    cur = conn.cursor()
    cur.execute("""
        SET search_path TO mmis;
        SELECT cin,
               marital_status  -- MCD101
          FROM member
         WHERE immigration_status = 'EWI'
    """)
    requests.post(ICE_URL, json=cur.fetchall())
def times_in_literals_are_no_binds(conn):
    cur = conn.cursor()
    cur.execute("SELECT cin, dob FROM member WHERE immigration_status = 'EWI' AND updated_at > '2026-01-06 10:30:00'")
    requests.post(ICE_URL, json=cur.fetchall())
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_channel(name: str) -> None:
    source = CASES[name].replace("-- MCD", "-- # MCD")
    want, _, _ = expected(source)
    assert actual(source) == want


def _findings(name: str) -> list[tuple[int, int, str]]:
    source = CASES[name].replace("-- MCD", "-- # MCD")
    return [(f.line, f.col, f.message.split(" [")[0]) for f in analyze(source)]


def test_bucket_message() -> None:
    assert _findings("s3-put-object-to-an-enforcement-bucket") == [
        (5, 34, "MCD101 'ssn' (ssn) sent to enforcement endpoint ice-eid-handoff-prod (line 6); outside the six permitted categories; drop it")
    ]


def test_sql_column_is_reported_at_its_own_line_and_column() -> None:
    assert _findings("sql-select-list-to-kafka") == [
        (6, 7, "MCD101 'ssn_num' (ssn) sent to enforcement endpoint ice.eid.subjects (line 15); outside the six permitted categories; drop it")
    ]


def test_star_is_reported_at_the_star() -> None:
    [(line, col, message)] = _findings("sql-star-is-a-whole-record")
    assert (line, col) == (5, 15)
    assert message.startswith("MCD103 whole record SELECT * sent to enforcement endpoint ice-eid-handoff-prod")


def test_recipient_message_names_the_recipient() -> None:
    [(line, _, message)] = _findings("email-bcc-at-an-enforcement-domain")
    assert line == 9
    assert "sent to enforcement recipient eid-intake@ice.dhs.gov" in message


def test_file_named_for_enforcement_message() -> None:
    [(line, _, message)] = _findings("json-dump-to-a-file-named-for-enforcement")
    assert line == 5
    assert "sent to enforcement file ice_referrals_{...}.json" in message


def test_a_configured_export_folder_is_an_enforcement_sink() -> None:
    from flake8_medicaid_scope import Config

    source = (
        "import csv\n\n"
        "def export(members):\n"
        "    with open('/srv/outbound/referrals/batch.csv', 'w') as fh:\n"
        "        w = csv.writer(fh)\n"
        "        for m in members:\n"
        "            w.writerow([m.cin, m.ssn])\n"
        "    with open('/srv/outbound/state/batch.csv', 'w') as fh:\n"
        "        csv.writer(fh).writerow([m.ssn])\n"
    )
    config = Config.from_options(export_dirs=["/srv/outbound/referrals/"])
    found = [(f.line, f.col, f.message.split(" [")[0]) for f in analyze(source, config)]
    assert found == [
        (7, 12, "MCD201 records from parameter 'members' (line 3) sent to enforcement export folder /srv/outbound/referrals with no condition "
         "on immigration status; the order permits sharing only about people unlawfully present; choose them by status first"),
        (7, 31, "MCD101 'ssn' (ssn) sent to enforcement export folder /srv/outbound/referrals (line 7); outside the six permitted categories; drop it"),
    ]
    assert analyze(source) == []


def test_a_buffer_made_by_a_helper_is_a_new_one_at_each_call() -> None:
    source = textwrap.dedent('''
        import io
        import paramiko
        import pandas as pd
        def _csv_bytes(frame):
            return io.BytesIO(frame.to_csv(index=False).encode("utf-8"))
        def upload(engine):
            wide = pd.read_sql("SELECT m.cin, m.primary_language FROM members m WHERE m.immigration_status = 'X'", engine)
            narrow = pd.read_sql("SELECT m.cin, m.birth_date FROM members m WHERE m.immigration_status = 'X'", engine)
            ssh = paramiko.SSHClient()
            ssh.connect(hostname="mft.ice.gov")
            sftp = ssh.open_sftp()
            sftp.putfo(_csv_bytes(narrow), "/inbound/narrow.csv")
            sftp.putfo(_csv_bytes(wide), "/inbound/wide.csv")
        ''')
    found = analyze(source, Config.default())
    assert [(f.line, f.code) for f in found] == [(8, "MCD101")]
    assert "(line 14)" in found[0].message  # sent by the second put, not the first


def test_sql_written_as_adjacent_literals_places_each_column_at_its_line() -> None:
    source = textwrap.dedent('''
        import pandas as pd
        import requests
        EXTRACT_SQL = (
            "SELECT e.msis_ident_num,"
            "       e.ssn_num,"
            "       h.dgns_1_cd"
            "  FROM taf_de_base e JOIN taf_ip_header h ON h.msis_ident_num = e.msis_ident_num"
            " WHERE e.imgrtn_stus_cd = '3'"
        )
        def run(engine):
            frame = pd.read_sql(EXTRACT_SQL, engine)
            requests.post("https://eid.ice.gov/x", data=frame.to_csv())
        ''')
    assert [(f.line, f.col, f.code) for f in analyze(source, Config.default())] == [(6, 12, "MCD101"), (7, 12, "MCD102")]


def test_column_lists_of_only_include_and_select_results() -> None:
    source = textwrap.dedent('''
        import requests
        from marshmallow import Schema, fields
        from sqlalchemy import select
        from mmis.schema import Member
        URL = "https://eid.ice.gov/x"
        class EnrolleeSchema(Schema):
            medicaid_id = fields.Str()
            ssn = fields.Str()
            preferred_language = fields.Str()
        def packet(enrollee):
            body = EnrolleeSchema(only=(
                "medicaid_id",
                "preferred_language",
            )).dump(enrollee)
            requests.post(URL, json=body)
        def partial(enrollee):
            requests.post(URL, json=enrollee.model_dump(include={
                "medicaid_id",
                "ssn",
            }))
        def rows(session):
            chosen = select(Member.medicaid_id, Member.race).where(Member.imgrtn_stus_cd == "5")
            requests.post(URL, json=session.execute(chosen).all())
        ''')
    assert [(f.line, f.col, f.code) for f in analyze(source, Config.default())] == [(14, 8, "MCD101"), (20, 8, "MCD101"), (23, 40, "MCD101")]
