"""The data flow shapes of the fifty-second session: what its SPEC-only probers found (round 356 and
after) and README limits lifted.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). A case whose first line is an
``# OPTIONS:`` header runs with those options (``annotations.options_of``).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session20 import _source

from flake8_medicaid_scope.analysis import analyze

CASES: dict[str, str] = {
    # SPEC sections 3, 4 and 10 (a README limit): a statement by which the database server writes a query's rows out
    # of the database is the send; the place it names decides, the query's columns are placed in it, and its WHERE
    # chooses the records
    "warehouse-unloads": """
import psycopg2
from google.cloud import bigquery

conn = psycopg2.connect("dbname=mmis")
bq = bigquery.Client(project="state-mmis")


def redshift_unload():
    conn.cursor().execute(  # MCD201
        "UNLOAD ('SELECT cin, ssn, diagnosis_code "  # MCD101,MCD102
        "FROM members') TO 's3://ice-ero-referrals/members_' IAM_ROLE 'arn:aws:iam::1:role/u' CSV")


def redshift_chosen():
    conn.cursor().execute(
        "UNLOAD ('SELECT cin, dob FROM members WHERE imgrtn_stus_cd = ''5''') TO 's3://ice-ero-referrals/m_'")


def snowflake_copy_into():
    conn.cursor().execute(  # MCD201
        "COPY INTO @ice_handoff_stage/members/ FROM (SELECT cin, "
        "hiv_status FROM members) FILE_FORMAT = (TYPE = CSV)")  # MCD102


def bigquery_export():
    bq.query(  # MCD201
        "EXPORT DATA OPTIONS(uri='gs://ice-share/members-*.csv', format='CSV') AS "
        "SELECT cin, ssn FROM mmis.members")  # MCD101


def state_archive():
    conn.cursor().execute("UNLOAD ('SELECT * FROM members') TO 's3://tx-hhsc-dw-archive/members_' CSV")
    bq.query("EXPORT DATA OPTIONS(uri='gs://state-dw-archive/m-*.csv') AS SELECT cin, ssn, diagnosis_code FROM mmis.members")


def snowflake_load():
    conn.cursor().execute("COPY INTO members FROM @ice_handoff_stage/returns/ FILE_FORMAT = (TYPE = CSV)")


def dated_prefix(run_date):
    conn.cursor().execute(  # MCD201
        "UNLOAD ('SELECT cin, bhvrl_hlth_ind "  # MCD102
        f"FROM members') TO 's3://ice-eid-handoff-prod/{run_date}/' CSV")
""",
    # SPEC sections 6 and 10: BigQuery's client runs a query and its rows come back (result(), to_dataframe())
    "bigquery-query-rows": '''
import requests
from google.cloud import bigquery

ICE_URL = "https://ero.ice.dhs.gov/api/referrals"
bq = bigquery.Client(project="state-mmis")


def each_row():
    rows = bq.query("SELECT cin, ssn FROM mmis.members WHERE immigration_status = 'UNLAWFUL'").result()
    for r in rows:
        requests.post(ICE_URL, json={"cin": r["cin"], "ssn": r["ssn"]}, timeout=10)  # MCD101


def permitted_rows():
    rows = bq.query("SELECT cin, dob FROM mmis.members WHERE immigration_status = 'UNLAWFUL'").result()
    for r in rows:
        requests.post(ICE_URL, json={"medicaid_id": r["cin"], "dob": r["dob"]}, timeout=10)


def frame_sent_whole():
    frame = bq.query("SELECT cin, sex_cd FROM mmis.members WHERE immigration_status = 'UNLAWFUL'").to_dataframe()  # MCD101
    requests.post(ICE_URL, data=frame.to_json(orient="records"), timeout=10)


def everyone_renamed():
    frame = bq.query("SELECT cin, ssn AS member_ref FROM mmis.members").to_dataframe()
    for r in frame.to_dict("records"):
        requests.post(ICE_URL, json={"medicaid_id": r["cin"], "ref": r["member_ref"]}, timeout=10)  # MCD201,MCD101
''',
    # SPEC sections 4 and 6 (round 356: a false alarm on a state send): a branch taken when a plain parameter equals a
    # literal (if/elif, `in`, a `!=` guard that leaves, a match case of literals) holds that text there, so a table read
    # by it is that entry only
    "destination-narrowed-by-equality": '''
import requests

DESTINATIONS = {
    "state": "https://mmis.hhs.texas.gov/api/extract",
    "cms": "https://api.cms.gov/t-msis/extract",
    "ice": "https://eid.ice.gov/api/v1/referrals",
}
LAWFUL = frozenset({"state", "cms"})


def by_match(member, dest):
    match dest:
        case "state" | "cms":
            requests.post(DESTINATIONS[dest], json={"cin": member.cin, "ssn": member.ssn}, timeout=20)
        case "ice":
            requests.post(DESTINATIONS[dest], json={"medicaid_id": member.cin, "ssn": member.ssn}, timeout=20)  # MCD101


def by_guard(member, dest):
    if dest != "state":
        return
    requests.post(DESTINATIONS[dest], json={"cin": member.cin, "ssn": member.ssn}, timeout=20)


def by_membership(member, dest):
    if dest in ("state", "cms"):
        requests.post(DESTINATIONS[dest], json={"cin": member.cin, "dx": member.diagnosis_code}, timeout=20)


def either(member, dest):
    if dest == "state" or dest == "ice":
        requests.post(DESTINATIONS[dest], json={"ssn": member.ssn}, timeout=20)  # MCD101


def not_ice_past_return(member, dest):
    if dest == "ice":
        return None
    requests.post(DESTINATIONS[dest], json={"ssn": member.ssn}, timeout=20)
    return True


def otherwise_not_ice(member, dest):
    if dest == "ice":
        requests.post(DESTINATIONS[dest], json={"medicaid_id": member.cin}, timeout=20)
    else:
        requests.post(DESTINATIONS[dest], json={"ssn": member.ssn}, timeout=20)
    requests.post(DESTINATIONS[dest], json={"race": member.race_cd}, timeout=20)  # MCD101


def or_of_equals(member, dest):
    if dest == "state" or dest == "cms":
        requests.post(DESTINATIONS[dest], json=vars(member), timeout=20)


def in_a_constant_set(member, dest):
    if dest in LAWFUL:
        requests.post(DESTINATIONS[dest], json={"dx": member.diagnosis_code}, timeout=20)


def chain(member, dest):
    if dest == "state":
        requests.post(DESTINATIONS[dest], json={"ssn": member.ssn}, timeout=20)
    elif dest == "ice":
        requests.post(DESTINATIONS[dest], json={"dx": member.diagnosis_code}, timeout=20)  # MCD102
    requests.post(DESTINATIONS[dest], json={"ssn": member.ssn}, timeout=20)  # MCD101
''',
    # SPEC sections 4 and 6 (round 357: false alarms): a table keyed by the members of an Enum of the module, read by a
    # parameter annotated with it, is the entry of the member a test or a case chose
    "destination-narrowed-to-an-enum-member": '''
from enum import Enum

import requests


class Partner(Enum):
    STATE = "state"
    ICE = "ice"


URLS = {
    Partner.STATE: "https://eligibility.dhcs.ca.gov/api/members",
    Partner.ICE: "https://eid.ice.gov/api/v1/referrals",
}


def push(member, partner: Partner):
    if partner is Partner.STATE:
        requests.post(URLS[partner], json={"ssn": member.ssn}, timeout=10)


def push_match(member, partner: Partner):
    match partner:
        case Partner.STATE:
            requests.post(URLS[partner], json={"ssn": member.ssn}, timeout=10)
        case Partner.ICE:
            requests.post(URLS[partner], json={"ssn": member.ssn}, timeout=10)  # MCD101


def push_any(member, partner: Partner):
    requests.post(URLS[partner], json={"dx": member.diagnosis_code}, timeout=10)  # MCD102
''',
    # SPEC sections 4 and 6 (round 357: silent): a file written through a path the analysis cannot fold (a parameter)
    # and uploaded by a helper of the module, a pathlib parameter written with write_text, a descriptor of mkstemp
    # written with os.write: what was written is what the upload sends
    "files-written-through-parameters-and-descriptors": '''
import json
import os
import tempfile
from pathlib import Path

import pysftp

ERO_HOST = "mft.ero.dhs.gov"
STATE_HOST = "mft.dhs.state.mn.us"


def _put(path, host=ERO_HOST):
    with pysftp.Connection(host, username="state") as s:
        s.put(path)


def drop(member, path):
    with open(path, "w") as fh:
        json.dump({"cin": member.cin, "income": member.hh_income_amt}, fh)  # MCD101
    _put(path)


def drop_to_state(member, path):
    with open(path, "w") as fh:
        json.dump({"cin": member.cin, "income": member.hh_income_amt}, fh)
    _put(path, STATE_HOST)


def drop_path(member, out: Path):
    out.write_text(json.dumps({"cin": member.cin, "income": member.monthly_income}))  # MCD101
    with pysftp.Connection(ERO_HOST, username="state") as s:
        s.put(str(out))


def drop_descriptor(member):
    fd, path = tempfile.mkstemp(suffix=".json")
    os.write(fd, json.dumps({"cin": member.cin, "hcpcs": member.hcpcs_cd}).encode())  # MCD102
    os.close(fd)
    with pysftp.Connection(ERO_HOST, username="state") as s:
        s.put(path)
''',
    # SPEC sections 4 and 6 (round 358: false alarms on state sends): narrowing reaches a URL read from the table by
    # the key before the test, an attribute of the object (`self.partner`), a `case _:` after literal cases, and an
    # `elif` on a module constant set; a key rebound in the branch is not narrowed
    "destination-narrowed-further": '''
import requests

URLS = {
    "state": "https://referrals.dhcs.ca.gov/api/v2/inbound",
    "cms": "https://tmsis.cms.gov/api/submit",
    "ice": "https://eid.ice.gov/api/v1/subjects",
}
LAWFUL = {"state", "cms"}


def read_before(partner, member):
    url = URLS[partner]
    if partner == "state":
        payload = {"ssn": member.ssn}
    else:
        payload = {"medicaid_id": member.medicaid_id}
    requests.post(url, json=payload, timeout=10)


class PartnerExporter:
    def __init__(self, partner):
        self.partner = partner

    def export(self, member):
        if self.partner == "state":
            requests.post(URLS[self.partner], json={"ssn": member.ssn}, timeout=10)

    def export_any(self, member):
        requests.post(URLS[self.partner], json={"ssn": member.ssn}, timeout=10)  # MCD101


def wildcard(partner, member):
    url = URLS[partner]
    match partner:
        case "ice":
            requests.post(url, json={"medicaid_id": member.medicaid_id}, timeout=10)
        case _:
            requests.post(url, json={"ssn": member.ssn}, timeout=10)


def wildcard_after_state(partner, member):
    match partner:
        case "state":
            requests.post(URLS[partner], json={"medicaid_id": member.medicaid_id}, timeout=10)
        case _:
            requests.post(URLS[partner], json={"ssn": member.ssn}, timeout=10)  # MCD101


def elif_in_set(dest, member):
    if dest == "state":
        requests.post(URLS[dest], json={"ssn": member.ssn}, timeout=10)
    elif dest in LAWFUL:
        requests.post(URLS[dest], json={"first_name": member.first_name}, timeout=10)


def chosen_then_sent(dest, member):
    if dest == "ice":
        body = {"medicaid_id": member.cin}
    else:
        body = {"ssn": member.ssn}
    requests.post(URLS[dest], json=body, timeout=10)


def chosen_then_sent_wrongly(dest, member):
    if dest == "state":
        body = {"medicaid_id": member.cin}
    else:
        body = {"ssn": member.ssn}  # MCD101
    requests.post(URLS[dest], json=body, timeout=10)


def rebound(partner, member):
    if partner == "state":
        partner = member.escalation_partner
        requests.post(URLS[partner], json={"ssn": member.ssn}, timeout=10)  # MCD101
''',
    # SPEC sections 4 and 10 (round 358: silent): Airflow's SQL operators run the statement given at `sql=`; an unload or
    # a COPY INTO a stage there is a send
    "airflow-sql-operators": '''
from airflow.providers.common.sql.operators.sql import SQLExecuteQueryOperator
from airflow.providers.snowflake.operators.snowflake import SnowflakeOperator

unload = SQLExecuteQueryOperator(  # MCD201
    task_id="unload_to_ero",
    conn_id="redshift_mmis",
    sql="UNLOAD ('SELECT cin, elgbl_1st_name FROM mmis.enrollees ORDER BY imgrtn_stus_cd') TO 's3://ero-referrals-inbound/pilot/'",  # MCD101
)

stage = SnowflakeOperator(
    task_id="copy_to_ice_stage",
    sql="COPY INTO @mdw.transfer.ice_eid_stage FROM (SELECT cin, dob FROM mdw.enrollees WHERE imgrtn_stus_cd = 'U')",
)

archive = SnowflakeOperator(
    task_id="archive",
    sql="COPY INTO 's3://tx-hhsc-dw-archive/enrollees/' FROM (SELECT * FROM mdw.enrollees)",
)
''',
    # review 52a: what a key is known not to be holds for that name alone (`dest.lower()`, `str(dest)`, a name bound to
    # either, may be "ice"); a set filled from the environment narrows nothing
    "narrowing-stops-at-transformed-keys": '''
import os

import requests

DESTINATIONS = {
    "state": "https://mmis.hhs.texas.gov/api/extract",
    "ice": "https://eid.ice.gov/api/v1/referrals",
}
FROM_ENV = frozenset(os.environ.get("LAWFUL_PARTNERS", "state").split(","))


def lowered(member, dest):
    if dest == "ice":
        return None
    requests.post(DESTINATIONS[dest.lower()], json={"ssn": member.ssn}, timeout=20)  # MCD101
    return True


def folded(member, dest):
    if dest == "ice":
        return None
    key = dest.casefold()
    requests.post(DESTINATIONS[key], json={"ssn": member.ssn}, timeout=20)  # MCD101
    return True


def configured(member, dest):
    if dest in FROM_ENV:
        requests.post(DESTINATIONS[dest], json={"ssn": member.ssn}, timeout=20)  # MCD101


def key_rebound_by_a_loop(member, dest, copies):
    url = DESTINATIONS[dest]
    for dest in copies:
        if dest == "state":
            requests.post(url, json={"ssn": member.ssn}, timeout=20)  # MCD101


def url_rebound_by_unpacking(member, dest, escalate):
    url = DESTINATIONS[dest]
    if escalate:
        url, token = "https://eid.ice.gov/api/v1/escalations", "t"
    if dest == "state":
        requests.post(url, json={"ssn": member.ssn}, timeout=20)  # MCD101


class Exporter:
    def __init__(self, dest):
        self.dest = dest

    def export(self, member):
        if self.dest != "ice":
            target = self.dest
            print("full export to", target)
        target = self.dest
        requests.post(DESTINATIONS[target], json={"ssn": member.ssn}, timeout=20)  # MCD101
''',
    # review 52a (a false alarm the session's first change made): a file a parameter names, handed to an uploader whose
    # default host is ICE's but given the state's host, is the state's; the uploader run on its own holds nothing of it
    "file-handed-to-an-uploader-given-the-states-host": '''
import json

import pysftp

ERO_HOST = "mft.ero.dhs.gov"
STATE_HOST = "mft.dhs.state.mn.us"


def _put(path, host=ERO_HOST):
    with pysftp.Connection(host, username="state") as s:
        s.put(path)


def drop_to_state(member, path):
    with open(path, "w") as fh:
        json.dump({"cin": member.cin, "income": member.hh_income_amt}, fh)
    _put(path, STATE_HOST)
''',
    # review 52a and round 359: a block comment between the parts of an UNLOAD, Snowflake's execute_async, and a table
    # unloaded whole (reported where the table is named, by its name)
    "unload-forms": """
import snowflake.connector

conn = snowflake.connector.connect(user="etl")


def commented():
    conn.cursor().execute("UNLOAD ('SELECT cin, ssn FROM members') /* nightly */ TO 's3://ice-ero-referrals/m_' CSV")  # MCD201,MCD101


def asynchronous():
    conn.cursor().execute_async("COPY INTO 's3://ice-eid-handoff-prod/x/' FROM (SELECT cin, race_cd FROM members)")  # MCD201,MCD101
""",
    # SPEC section 4 (channels agencies use; where the SPEC is silent, what a careful user would expect): a program
    # run with a command line (curl, scp, aws s3 cp) sends to the URL or remote path among its words: the other words
    # are data, and a file the module wrote, named by a word, is sent whole
    "command-lines": '''
import csv
import json
import os
import subprocess

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://api.dhs.state.mn.us/referrals"


def curl_body(member):
    body = {"cin": member.cin, "ssn": member.ssn}  # MCD101
    subprocess.run(["curl", "-X", "POST", "-H", "Content-Type: application/json", "-d", json.dumps(body), ICE_URL], check=True)


def curl_state(member):
    body = {"cin": member.cin, "ssn": member.ssn}
    subprocess.run(["curl", "-d", json.dumps(body), STATE_URL], check=True)


def scp_file(members):
    with open("/tmp/referrals.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        for m in members:
            w.writerow([m.cin, m.diagnosis_code])  # MCD102
    subprocess.check_call(["scp", "/tmp/referrals.csv", "svc@ero-mft.ice.dhs.gov:/inbound/"])  # MCD201


def scp_to_state(members):
    with open("/tmp/state.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        for m in members:
            w.writerow([m.cin, m.diagnosis_code])
    subprocess.check_call(["scp", "/tmp/state.csv", "svc@mft.dhs.state.mn.us:/inbound/"])


def shell(member):
    os.system(f"curl -d 'ssn={member.ssn}' https://eid.ice.gov/api/v1/x")  # MCD101


def aws_cp(members):
    with open("/tmp/out.json", "w") as fh:
        json.dump([{"cin": m.cin, "race": m.race_cd} for m in members], fh)  # MCD101
    subprocess.run(["aws", "s3", "cp", "/tmp/out.json", "s3://ice-eid-handoff/in/"], check=True)  # MCD201


def unrelated():
    subprocess.run(["git", "push", "origin", "main"], check=True)
    subprocess.run(["git", "clone", "git@github.com:agency/etl.git"], check=True)
''',
    # rounds 359-360 (false alarms): `self.partner == "state"` narrows within the method and per way past the test
    # (a body chosen by it and sent after it), unless the branch changes the attribute; `and` narrows where it holds; a
    # key tested against a table's own keys (`dest in URLS`) reads that table's entries, not `.get`'s fallback
    "attribute-and-conjunction-narrowing": '''
import requests

URLS = {
    "state": "https://api.medi-cal.ca.gov/v2/members/sync",
    "ice": "https://eid.ice.gov/api/v1/referrals",
}
LAWFUL_URLS = {
    "state": "https://api.medi-cal.ca.gov/v2/members/sync",
    "cms": "https://tmsis.cms.gov/api/v1/submissions",
}


class PartnerClient:
    def __init__(self, partner):
        self.partner = partner

    def send(self, member):
        body = {"medicaid_id": member.cin}
        if self.partner == "state":
            body["ssn"] = member.ssn
        requests.post(URLS[self.partner], json=body, timeout=30)

    def send_read_before(self, member):
        url = URLS[self.partner]
        if self.partner == "state":
            body = {"medicaid_id": member.cin, "ssn": member.ssn}
        else:
            body = {"medicaid_id": member.cin}
        requests.post(url, json=body, timeout=30)

    def escalate(self):
        self.partner = "ice"

    def send_escalated(self, member, urgent):
        body = {"medicaid_id": member.cin}
        if self.partner == "state":
            body["dx"] = member.primary_dx  # MCD102
            if urgent:
                self.escalate()
        requests.post(URLS[self.partner], json=body, timeout=30)


class Exporter:
    partner = "state"

    def send(self, member):
        if self.partner == "ice":
            body = {"medicaid_id": member.cin}
        else:
            body = {"medicaid_id": member.cin, "ssn": member.ssn}
        requests.post(URLS[self.partner], json=body, timeout=30)

    def send_inverted(self, member):
        if self.partner == "state":
            body = {"medicaid_id": member.cin}
        else:
            body = {"medicaid_id": member.cin, "ssn": member.ssn}  # MCD101
        requests.post(URLS[self.partner], json=body, timeout=30)


class IceExporter(Exporter):
    partner = "ice"


def run_exporters(member):
    Exporter().send(member)
    IceExporter().send(member)
    IceExporter().send_inverted(member)


def with_consent(member, dest, consented=False):
    body = {"medicaid_id": member.cin}
    if dest == "state" and consented:
        body["ssn"] = member.ssn
    requests.post(URLS[dest], json=body, timeout=30)


def in_the_table(dest, member):
    body = {"medicaid_id": member.cin}
    if dest in LAWFUL_URLS:
        body["ssn"] = member.ssn
    requests.post(LAWFUL_URLS.get(dest, "https://eid.ice.gov/api/v1/referrals"), json=body, timeout=30)


def outside_the_table(dest, member):
    body = {"medicaid_id": member.cin}
    if dest not in LAWFUL_URLS:
        body["ssn"] = member.ssn  # MCD101
    requests.post(LAWFUL_URLS.get(dest, "https://eid.ice.gov/api/v1/referrals"), json=body, timeout=30)
''',
    # round 360: what an upload carries besides its body (a GCS blob's metadata, Azure blob index tags), and command
    # lines whose destination or data is less plain (`curl -F file=@path`, `az storage blob upload --container-name`,
    # an scp host supplied by a name, a command joined from words)
    "upload-attributes-and-command-forms": '''
import csv
import json
import os
import shlex
import subprocess
import tempfile

from azure.storage.blob import ContainerClient
from google.cloud import storage

ERO_GCS = "ero-eid-gcs-intake"
ICE_SFTP_HOST = os.environ.get("ICE_SFTP_HOST", "")
ICE_API = "https://api.ice.gov/v1/subjects"
MN_DHS_MFT = "svc_elig@mft.dhs.state.mn.us"
DHS_INBOUND = "/inbound/eligibility/"


def gcs_metadata(m):
    blob = storage.Client().bucket(ERO_GCS).blob(f"subjects/{m.cin}.json")
    blob.metadata = {"ssn": m.ssn}  # MCD101
    blob.upload_from_string(json.dumps({"cin": m.cin}))


def azure_tags(m):
    container = ContainerClient.from_connection_string("conn", "ice-eid-intake")
    container.upload_blob(f"{m.cin}.json", json.dumps({"cin": m.cin}), tags={"ssn": m.ssn})  # MCD101


def curl_form(m):
    with open("/tmp/form.csv", "w", newline="") as fh:
        csv.writer(fh).writerow([m.cin, m.ethnicity])  # MCD101
    subprocess.run(["curl", "-F", "file=@/tmp/form.csv", "https://upload.cbp.gov/intake"], check=True)


def az_container(m):
    with open("/tmp/az.json", "w") as fh:
        json.dump({"cin": m.cin, "hiv": m.hiv_status}, fh)  # MCD102
    subprocess.run(["az", "storage", "blob", "upload", "--container-name", "ice-referrals", "--file", "/tmp/az.json"], check=True)


def scp_named_host(m):
    with open("/tmp/subject.json", "w") as fh:
        json.dump({"eligibility_group": m.elig_group_cd}, fh)  # MCD101
    subprocess.run(["scp", "/tmp/subject.json", f"svc@{ICE_SFTP_HOST}:/drop/"], check=True)


def joined(m):
    url = f"{ICE_API}?lang={m.primary_language}"  # MCD101
    subprocess.run(" ".join(["curl", "-s", url]), shell=True, check=True)


def shlex_joined(m):
    subprocess.run(shlex.join(["curl", "-d", f"last_name={m.last_name}", ICE_API]), shell=True, check=True)  # MCD101


def header_mentions_ice(m):
    subprocess.run(["curl", "-H", f"X-Origin-Ref: {ICE_API}", "-d", f"ssn={m.ssn}", "https://elig.dhcs.ca.gov/api/members"], check=True)


def state_remote_path(m):
    with open("/srv/out/elig.csv", "w") as fh:
        fh.write(f"{m.medicaid_id},{m.ssn}\\n")
    subprocess.run(["scp", "-q", "/srv/out/elig.csv", f"{MN_DHS_MFT}:{DHS_INBOUND}"], check=True)


def settings_url(m, settings):
    subprocess.run(["curl", "-d", f"ssn={m.ssn}", settings.ICE_CLAIMS_URL], check=True)  # MCD101


def temp_path_in_a_shell_string(m):
    path = os.path.join(tempfile.gettempdir(), "enrollee.csv")
    with open(path, "w") as fh:
        fh.write(f"{m.medicaid_id},{m.ssn}\\n")  # MCD101
    os.system(f"scp {path} svc_xfer@{ICE_SFTP_HOST}:/inbound/")
''',
    # review 52c: commands that only mention an ICE URL or name a command with -c stay clean; a file named for
    # enforcement scp'd to a vendor host is judged at its write (MCD201 there); a test of self.partner in a method that
    # hands self to a helper, or of a key against a table another function adds to, narrows nothing
    "command-and-narrowing-counter-examples": '''
import csv
import subprocess

import requests

STATE_URL = "https://elig.dhcs.ca.gov/api/members"
ICE_URL = "https://eid.ice.gov/api/referrals"
URLS = {"state": STATE_URL, "ice": ICE_URL}
ALLOWED = {"state": "state agency"}


def register(name, desc):
    ALLOWED[name] = desc


def local_commands(m):
    subprocess.run(["psql", "-h", "db.hhs.state.ca.us", "-c", f"INSERT INTO ice_request_denials (ssn) VALUES ('{m.ssn}')"], check=True)
    subprocess.run(["curl", "--data-urlencode", "ref=https://www.ice.gov/policy", "-d", f"ssn={m.ssn}", "https://api.medicaid.gov/x"], check=True)
    subprocess.run(["curl", "-d", "comment=request denied, see https://www.ice.gov/foia", "https://save.uscis.gov/api"], check=True)


def vendor_drop(members):
    with open("ice_referrals.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        for m in members:
            w.writerow([m.cin, m.ssn])  # MCD101,MCD201
    subprocess.run(["scp", "ice_referrals.csv", "xfer@sftp.acme-vendor.com:/drop/"], check=True)


def escalate(exporter, m):
    if m.flagged_for_removal:
        exporter.partner = "ice"


class Exporter:
    def __init__(self, partner):
        self.partner = partner

    def run(self, m):
        if self.partner == "state":
            body = {"ssn": m.ssn}  # MCD101
            escalate(self, m)
        else:
            body = {"medicaid_id": m.medicaid_id}
        requests.post(URLS[self.partner], json=body, timeout=10)


def send(m, dest):
    if dest in ALLOWED:
        requests.post(URLS[dest], json={"ssn": m.ssn}, timeout=10)  # MCD101
''',
    # SPEC section 10 (rounds 361-362: silent): a status test inside a scalar subquery of the select list computes a
    # value of each row and chooses no row; one in the WHERE (also through EXISTS) chooses the rows
    "status-in-a-scalar-subquery": """
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def counted(conn):
    rows = conn.execute("SELECT m.cin, (SELECT count(*) FROM status_hist s WHERE s.cin = m.cin AND s.immigration_status = 'EWI') AS n FROM members m")
    for r in rows:
        requests.post(ICE_URL, json={"medicaid_id": r[0]}, timeout=10)  # MCD201


def chosen(conn):
    rows = conn.execute("SELECT m.cin FROM members m WHERE EXISTS (SELECT 1 FROM status_hist s WHERE s.cin = m.cin AND s.immigration_status = 'EWI')")
    for r in rows:
        requests.post(ICE_URL, json={"medicaid_id": r[0]}, timeout=10)
""",
    # round 363 and review 52d: a routing value read from an event narrows as a parameter does; tests of flags that
    # the rest of the block never reads (mode, fmt, level) run nothing once per way, so a key's test after them still
    # splits the block (the pop for ICE keeps the diagnosis away from ICE's URL)
    "routing-values-and-flag-tests": '''
import requests

URLS = {"ice": "https://eid.ice.gov/api/referrals", "state": "https://eligibility.dhcs.ca.gov/api", "cms": "https://api.cms.gov/x"}


def route_event(event, context):
    partner = event["detail"]["partner"]
    m = event["detail"]["member"]
    if partner == "ice":
        body = {"medicaid_id": m["cin"]}
    else:
        body = {"medicaid_id": m["cin"], "ssn": m["ssn"]}
    requests.post(URLS[partner], json=body, timeout=10)


def job(members, dest, mode, fmt, level, verbose=False):
    url = URLS[dest]
    for m in members:
        out = {"medicaid_id": m.medicaid_id}
        if mode == "a":
            out["dob"] = m.dob
        if fmt == "json":
            out["phone"] = m.phone
        else:
            out["email"] = m.email  # MCD101
        if level == "1":
            out["dx"] = m.diagnosis_code
        if dest == "ice":
            out.pop("dx", None)
        if verbose:
            print(out)
        requests.post(url, json=out, timeout=10)  # MCD201
''',
    # SPEC sections 3 and 6 (round 356: reported at the % line): a tuple bound in one statement and formatted into a
    # URL with % in another places each field where it entered the tuple, as "/".join(parts) does
    "percent-of-a-tuple-bound-earlier": '''
import requests

ICE_HOST = "https://eid.ice.gov"


def tuple_percent(member):
    args = (ICE_HOST, member.cin, member.medicare_id)  # MCD101
    url = "%s/api/v1/subjects/%s/%s" % args
    requests.get(url, timeout=10)
''',
    # SPEC section 4 (round 356: a false alarm): on a broker whose host is known, a routing key, channel or stream is a
    # name on that host; a builder named for enforcement whose output goes only to the state's broker is clean
    "enforcement-builder-on-a-state-broker": '''
import json

import pika
import redis


def build_ice_referral(m):
    return {"cin": m.cin, "ssn": m.ssn}


def send_mq(m):
    conn = pika.BlockingConnection(pika.ConnectionParameters(host="mq.dhs.state.or.us"))
    conn.channel().basic_publish(exchange="", routing_key="referrals", body=json.dumps(build_ice_referral(m)))


def send_redis(m):
    redis.Redis(host="cache.mmis.state.or.us").xadd("referrals", {"body": json.dumps(build_ice_referral(m))})


def build_ice_note(m):
    return {"cin": m.cin, "dx": m.diagnosis_code}  # MCD102


def send_note(m):
    conn = pika.BlockingConnection(pika.ConnectionParameters(host="rabbit.vendor.example.com"))
    conn.channel().basic_publish(exchange="", routing_key="ice.referrals", body=json.dumps(build_ice_note(m)))
''',
    # SPEC sections 4 and 6 (round 356: a miss): a loop over a constant table's items() or values() reads each value
    # named by its key, as TOPICS[name] does; a key skipped by a test is not sent to
    "topic-table-fan-out": '''
import json

from kafka import KafkaProducer

TOPICS = {"state": "mmis.member.changes", "ice": "federal.referrals.v1"}
RENAMES = {"ssn": "member_ref", "cin": "medicaid_id"}
producer = KafkaProducer(bootstrap_servers="b.example.net:9092")


def fan_out(m):
    payload = {"cin": m.cin, "ssn": m.ssn}  # MCD101
    for name, topic in TOPICS.items():
        producer.send(topic, value=json.dumps(payload).encode())


def fan_out_values(m):
    for topic in TOPICS.values():
        producer.send(topic, value=json.dumps({"cin": m.cin, "sex": m.sex}).encode())  # MCD101


def skip_ice(m):
    payload = {"cin": m.cin, "ssn": m.ssn}
    for name, topic in TOPICS.items():
        if name == "ice":
            continue
        producer.send(topic, value=json.dumps(payload).encode())


def renamed(m):
    out = {}
    for src, dst in RENAMES.items():
        out[dst] = getattr(m, src)
    producer.send(TOPICS["state"], value=json.dumps(out).encode())
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want


WHOLE_TABLE = """
import snowflake.connector

conn = snowflake.connector.connect(user="etl")


def whole_table():
    conn.cursor().execute(
        '''
        COPY INTO @MDW.TRANSFER.ICE_HANDOFF_STAGE/full/
        FROM MEDICAID.CORE.MEMBERS
        FILE_FORMAT = (TYPE = CSV)
        ''')
"""


def test_a_table_unloaded_whole_is_reported_where_it_is_named() -> None:
    # rounds 359 and 364: COPY INTO a stage FROM a table is every column of the table (MCD103), reported at the table's name and
    # named by the table, not as a star the SQL does not have; no status condition (MCD201 at the call)
    source = _source(WHOLE_TABLE)
    lines = source.splitlines()
    call, table = (next(i for i, text in enumerate(lines, 1) if marker in text) for marker in ("execute(", "FROM MEDICAID"))
    findings = analyze(source)
    assert [(f.line, f.col, f.code) for f in findings] == [(call, 4, "MCD201"), (table, 13, "MCD103")]
    assert "whole record COPY MEDICAID.CORE.MEMBERS" in findings[1].message
