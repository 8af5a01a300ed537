"""The data flow shapes of the forty-sixth session: spreadsheets as files (a README limit of round 26
the probers asked to lift), and what its SPEC-only probers found (round 303 and after).

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). A case whose first line is an
``# OPTIONS:`` header runs with those options (``annotations.options_of``).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session20 import _source

CASES: dict[str, str] = {
    # SPEC section 4 (files are a channel: what is written into a file goes where the file goes): an openpyxl
    # workbook is a file kept in memory until saved; its sheets (wb.active, wb["Sheet1"], create_sheet) are the
    # workbook, and rows appended, cells given a value and cells stored by address are written into it
    "openpyxl-workbook-saved-and-uploaded": '''
import openpyxl
import paramiko

ICE_HOST = "sftp.ice.dhs.gov"


def export(members):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Referrals"
    ws.append(["Medicaid ID", "SSN", "Diagnosis"])
    for m in members:
        ws.append([m.medicaid_id, m.ssn, m.primary_dx])  # MCD101 MCD102
    wb.save("/tmp/referrals.xlsx")
    t = paramiko.Transport((ICE_HOST, 22))
    sftp = paramiko.SFTPClient.from_transport(t)
    sftp.put("/tmp/referrals.xlsx", "/in/referrals.xlsx")  # MCD201


def cells(members):
    wb = openpyxl.Workbook()
    ws = wb.create_sheet("Referrals")
    for i, m in enumerate(members, start=2):
        ws.cell(row=i, column=1, value=m.medicaid_id)
        ws.cell(row=i, column=2, value=m.race_cd)  # MCD101
        ws[f"C{i}"] = m.hiv_status  # MCD102
        ws.cell(row=i, column=4).value = m.first_name  # MCD101
        c = ws.cell(row=i, column=5)
        c.value = m.ndc_code  # MCD102
    wb.save("/exports/ice_eid_cells.xlsx")  # MCD201


def lawful(members):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Medicaid ID", "DOB", "Phone"])
    for m in members:
        if m.immigration_status == "unlawfully_present":
            ws.append([m.medicaid_id, m.dob, m.phone])
    wb.save("/tmp/ok.xlsx")
    t = paramiko.Transport((ICE_HOST, 22))
    sftp = paramiko.SFTPClient.from_transport(t)
    sftp.put("/tmp/ok.xlsx", "/in/ok.xlsx")


def state_copy(members):
    wb = openpyxl.Workbook()
    ws = wb.active
    for m in members:
        ws.append([m.medicaid_id, m.ssn, m.diagnosis_code])
    wb.save("/srv/mn_dhs/outbound/weekly.xlsx")
''',
    # a workbook saved into a buffer and attached to a message to ICE; a template loaded and filled; a sheet
    # handed to a helper that appends rows; xlsxwriter (which writes to the file it was given at close)
    "workbook-buffer-template-helper-xlsxwriter": '''
import io
import smtplib
from email.message import EmailMessage

import xlsxwriter
from openpyxl import Workbook, load_workbook

ICE_DESK = "eid-intake@ice.dhs.gov"
STATE_DESK = "medicaid-reports@dhs.state.mn.us"


def mailed(m):
    wb = Workbook()
    wb.active.append([m.medicaid_id, m.household_income])  # MCD101
    buf = io.BytesIO()
    wb.save(buf)
    msg = EmailMessage()
    msg["To"] = ICE_DESK
    msg.add_attachment(buf.getvalue(), maintype="application", subtype="xlsx", filename="r.xlsx")
    with smtplib.SMTP("localhost") as s:
        s.send_message(msg)


def mailed_to_state(m):
    wb = Workbook()
    wb.active.append([m.medicaid_id, m.household_income, m.primary_dx])
    buf = io.BytesIO()
    wb.save(buf)
    msg = EmailMessage()
    msg["To"] = STATE_DESK
    msg.add_attachment(buf.getvalue(), maintype="application", subtype="xlsx", filename="r.xlsx")
    with smtplib.SMTP("localhost") as s:
        s.send_message(msg)


def template(m):
    wb = load_workbook("/templates/referral.xlsx")
    ws = wb["Sheet1"]
    ws.append([m.medicaid_id, m.ssn])  # MCD101
    wb.save("/exports/ero_referral.xlsx")


def _fill(ws, m):
    ws.append([m.medicaid_id, m.diagnosis_code])  # MCD102


def helper(m):
    wb = Workbook()
    _fill(wb.worksheets[0], m)
    wb.save("/exports/ice_weekly.xlsx")


def xw(m):
    wb = xlsxwriter.Workbook("/exports/ice_eid_referral.xlsx")
    ws = wb.add_worksheet()
    ws.write(0, 0, "cin")
    ws.write(1, 0, m.medicaid_id)
    ws.write_row(1, 1, [m.first_name, m.dob])  # MCD101
    ws.write("D2", m.sex_cd)  # MCD101
    wb.close()


def xw_state(m):
    wb = xlsxwriter.Workbook("/exports/state_weekly.xlsx")
    ws = wb.add_worksheet("Members")
    ws.write_row(1, 0, [m.medicaid_id, m.first_name, m.primary_dx])
    wb.close()
''',
    # a workbook read (an answer or a state roster) is no data written: cells read from it and sent are judged as the
    # fields they are; a header written by address is constants, and a sheet's title is no data
    "workbook-read-and-header-only": '''
import openpyxl
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def send_rows(path):
    wb = openpyxl.load_workbook(path, read_only=True)
    ws = wb.active
    for row in ws.iter_rows(min_row=2, values_only=True):
        cin, dob, status = row
        if status == "unlawfully_present":
            requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob}, timeout=10)


def header_only():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "Medicaid ID"
    ws["B1"] = "Date of birth"
    ws.title = "Referrals"
    wb.save("/exports/ice_template.xlsx")
''',
    # SPEC section 4 (SQL, files): PostgreSQL's COPY of a table (a README limit of round 296) exports the columns it
    # lists, each at its own line, or every column (a whole record, MCD103, named by the table); COPY ... FROM loads
    "copy-table-to-stdout": '''
import io

import boto3

BUCKET = "ice-eid-handoff-prod"


def whole_table(conn):
    buf = io.StringIO()
    with conn.cursor() as cur:
        cur.copy_expert("COPY mmis.members TO STDOUT WITH CSV HEADER", buf)  # MCD103
    boto3.client("s3").put_object(Bucket=BUCKET, Key="members.csv", Body=buf.getvalue())  # MCD201


def listed(conn):
    buf = io.StringIO()
    with conn.cursor() as cur:
        cur.copy_expert("""
            COPY members (
                msis_ident_num,
                ssn_num,  -- # MCD101
                prmry_dgns_cd  -- # MCD102
            ) TO STDOUT WITH CSV""", buf)
    boto3.client("s3").put_object(Bucket=BUCKET, Key="members.csv", Body=buf.getvalue())  # MCD201


def to_state(conn):
    buf = io.StringIO()
    with conn.cursor() as cur:
        cur.copy_expert("COPY members (msis_ident_num, ssn_num) TO STDOUT WITH CSV", buf)
    boto3.client("s3").put_object(Bucket="mn-dhs-warehouse", Key="members.csv", Body=buf.getvalue())


def load(conn, f):
    with conn.cursor() as cur:
        cur.copy_expert("COPY members FROM STDIN WITH CSV", f)
    boto3.client("s3").put_object(Bucket=BUCKET, Key="load.log", Body="loaded")
''',
    # SPEC section 4 (the resolved destination decides; a name signal never overrides a host): the variable that
    # holds an in-memory buffer or a sheet is no file name (round 304): a buffer named dhs_buf posted to a state DHS
    # host, a sheet named enforcement_ws saved to a local report, are clean; a file whose path the names that supply
    # it make enforcement's still is one
    "buffer-and-sheet-variable-names-are-no-file-names": '''
import csv
import io
import os

import httpx
from openpyxl import Workbook

IL_URL = "https://eligibility.dhs.illinois.gov/api/bulk-upload"


def upload(e):
    dhs_buf = io.StringIO()
    csv.writer(dhs_buf).writerow([e.cin, e.ssn])
    httpx.post(IL_URL, content=dhs_buf.getvalue())


def sheet_to_state(e):
    wb = Workbook()
    dhs_sheet = wb.active
    dhs_sheet.append([e.cin, e.ssn])
    out = io.BytesIO()
    wb.save(out)
    httpx.post(IL_URL, content=out.getvalue())


def local_summary(c):
    wb = Workbook()
    enforcement_ws = wb.create_sheet("Enforcement")
    enforcement_ws.append([c.cin, c.diagnosis_code])
    wb.save("/reports/pi/county_summary.xlsx")


def env_named(c):
    with open(os.environ["ICE_EXPORT_FILE"], "w") as fh:
        csv.writer(fh).writerow([c.cin, c.diagnosis_code])  # MCD102
''',
    # SPEC section 4 (SQL, files): psycopg 3's cur.copy("COPY ... TO STDOUT") streams the rows (its options after the
    # target say how, not what); psycopg2's copy_to(file, table, columns=...) writes those columns, or the whole
    # table; a COPY the database server writes to a file named for enforcement sends the rows there; xlsxwriter's
    # merge_range and write_comment write cells too (round 304)
    "psycopg3-copy-copy-to-server-file-and-xlsxwriter-cells": '''
import io

import httpx
import paramiko
import psycopg
import xlsxwriter

ICE_URL = "https://eid.ice.gov/api/v1/bulk"


def stream_names(dsn):
    buf = io.BytesIO()
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        with cur.copy(
            "COPY members (cin,"
            " first_name,"  # MCD101
            " last_name)"  # MCD101
            " TO STDOUT (FORMAT csv)"
        ) as copy:
            for block in copy:
                buf.write(block)
    httpx.post(ICE_URL, content=buf.getvalue())  # MCD201


def copied_to(conn):
    buf = io.StringIO()
    cur = conn.cursor()
    cur.copy_to(buf, "mmis.members", sep=",", columns=("msis_ident_num", "ssn_num", "birth_dt"))  # MCD101
    ssh = paramiko.SSHClient()
    ssh.connect("mft.ice.dhs.gov")
    ssh.open_sftp().putfo(io.BytesIO(buf.getvalue().encode()), "/in/members.csv")  # MCD201


def whole_table(conn):
    with open("/exports/ice_members.csv", "w") as fh:
        conn.cursor().copy_to(fh, "members")  # MCD103 MCD201


def state_table(conn):
    with open("/exports/state_members.csv", "w") as fh:
        conn.cursor().copy_to(fh, "members")


def server_file(conn):
    with conn.cursor() as cur:
        cur.execute("COPY members (cin, ethnicity_cd) TO '/srv/outbound/ice_referrals.csv' CSV")  # MCD101 MCD201


def state_server_file(conn):
    with conn.cursor() as cur:
        cur.execute("COPY members (cin, ethnicity_cd) TO '/srv/outbound/state_extract.csv' CSV")


def merged(m):
    with xlsxwriter.Workbook("/srv/drop/ero_cases.xlsx") as wb:
        ws = wb.add_worksheet()
        ws.write(0, 3, m.cin)
        ws.merge_range("A1:C1", m.full_name)  # MCD101
        ws.write_comment("A2", m.dx_note)  # MCD102
''',
    # SPEC section 4 (an object key is data too): the remote path a file is opened under on an SFTP server carries
    # what it is built from, as put()'s remote path does; a batch id or a date in it is transfer metadata
    "sftp-open-remote-path-carries-its-fields": '''
import datetime

import paramiko

ICE_HOST = "mft.ice.dhs.gov"
STATE_HOST = "sftp.dhs.state.mn.us"


def direct(m, data):
    t = paramiko.Transport((ICE_HOST, 22))
    sftp = paramiko.SFTPClient.from_transport(t)
    with sftp.open(f"/inbound/{m.last_name}.csv", "w") as fh:  # MCD101
        fh.write(data)


def upload(data, remote_name):
    t = paramiko.Transport((ICE_HOST, 22))
    sftp = paramiko.SFTPClient.from_transport(t)
    with sftp.open(f"/inbound/{remote_name}", "w") as fh:
        fh.write(data)


def batch(batch_id):
    upload("header", f"referrals_{batch_id}_{datetime.date.today():%Y%m%d}.csv")


def named(m):
    upload("header", m.ssn)  # MCD101


def to_state(m, data):
    t = paramiko.Transport((STATE_HOST, 22))
    sftp = paramiko.SFTPClient.from_transport(t)
    with sftp.open(f"/inbound/{m.ssn}.csv", "w") as fh:
        fh.write(data)
''',
    # SPEC section 4 (a destination is decided by its value where the value is known): django-environ's
    # env("X", default=...), env.str("X", "..."), env.url("X"): the variable's default is its value here, its name
    # decides only when no value is known (a README limit of round 297)
    "django-environ-defaults": '''
import environ
import requests

env = environ.Env()
PARTNER_URL = env("PARTNER_URL", default="https://eid.ice.gov/api/v1/referrals")
STATE_URL = env.str("STATE_URL", "https://api.dhs.state.mn.us/x")
LIAISON_URL = env.str("ICE_LIAISON_URL", default="https://api.dhs.state.mn.us/liaison")
ICE_URL = env.url("ICE_URL")


def partner(m):
    requests.post(PARTNER_URL, json={"ssn": m.ssn})  # MCD101


def state(m):
    requests.post(STATE_URL, json={"ssn": m.ssn})


def liaison(m):
    requests.post(LIAISON_URL, json={"ssn": m.ssn})


def named(m):
    requests.post(ICE_URL, json={"ssn": m.ssn})  # MCD101
''',
    # review 46a: a COPY's own target is found outside its query's parentheses and quoted text (SIMILAR TO 'U%' is no
    # target); a table whose name ends in "to" loaded FROM STDIN is no export; copy_to is a cursor's; ws["C2"].value
    # is a cell; psycopg 3's cp.rows() gives the streamed rows; a handle named for enforcement on a path the analysis
    # cannot fold still names the file
    "review-46a-copy-targets-cells-and-handles": '''
import json

import psycopg2
import requests
from openpyxl import Workbook

ICE_URL = "https://eid.ice.gov/api/referrals"


def similar(conn):
    with open("/srv/outbound/ice_referrals.csv", "w") as fh:
        conn.cursor().copy_expert(
            "COPY (SELECT cin, first_name, ssn FROM members WHERE imgrtn_stus_cd SIMILAR TO 'U%') TO STDOUT WITH CSV HEADER",  # MCD101 MCD101
            fh)


def server(conn):
    with conn.cursor() as cur:
        cur.execute("COPY (SELECT cin, ssn FROM members WHERE last_name LIKE 'Ram%' AND imgrtn_stus_cd = 'U') TO '/srv/outbound/ice_list.csv'")  # MCD101


def loaded(conn, path):
    with open(path) as src, open("/srv/outbound/ice_holds.csv", "w") as log:
        conn.cursor().copy_expert("COPY member_photo FROM STDIN WITH CSV", src)
        log.write("loaded")


def other_copy_to(store):
    with open("/srv/outbound/ice_handoff.log", "a") as log:
        store.copy_to(log, "counts")


def cells(m):
    wb = Workbook()
    ws = wb.active
    ws["C2"].value = m.ssn  # MCD101
    wb.save("/srv/outbound/ice_cells.xlsx")


def streamed_rows(conn):
    with conn.cursor() as cur:
        with cur.copy("COPY (SELECT cin, first_name FROM members WHERE imgrtn_stus_cd = 'U') TO STDOUT") as cp:  # MCD101
            for row in cp.rows():
                requests.post(ICE_URL, json=row, timeout=10)


def handle_named(m, cfg):
    with open(cfg.output_path, "w") as ice_file:
        json.dump({"cin": m.cin, "ssn": m.ssn}, ice_file)  # MCD101
''',
    # environs' Env(): env.str("X", default) as django-environ's (review 46a)
    "environs-defaults": '''
import requests
from environs import Env

env = Env()
env.read_env()


def send(m):
    requests.post(env.str("PARTNER_URL", "https://eid.ice.gov/api"), json={"cin": m.cin, "ssn": m.ssn})  # MCD101


def state(m):
    requests.post(env.str("PARTNER_URL", "https://api.dhs.state.mn.us/x"), json={"cin": m.cin, "ssn": m.ssn})
''',
    # SPEC section 5 (the order is an allow-list): a container named like a permitted category does not make a field
    # of several words read out of it permitted (round 306); a part of it (address["line1"]) stays its category
    "permitted-container-names-no-field-it-holds": '''
import requests

ICE = "https://eid.ice.gov/api/v1/batches"


def send(m, state, phone, address):
    requests.post(ICE, json={
        "cin": m.cin,
        "submitter_id": state["submitter_id"],  # MCD104
        "risk_score": phone["risk_score"],  # MCD104
        "line1": address["line1"],
        "ext": phone["ext"],
        "city": address["city"],
    })
''',
    # SPEC section 5 (transfer metadata is harmless): a batch's, row's or message's sequence number (round 306, review
    # 46c: run_seq, seq_num, message_sequence_number); a bare "seq"
    # or "sequence" key does not make what is put under it harmless (review 46b: a gene sequence, a member's number)
    "sequence-numbers-are-transfer-metadata": '''
import requests

ICE = "https://eid.ice.gov/api/v1/batches"


def send(m, batch_seq, record_seq):
    requests.post(ICE, json={"cin": m.cin, "batchSeq": batch_seq, "record_seq": record_seq, "transfer_seq": 1, "run_seq": 2, "seq_num": 3,
                             "message_sequence_number": 4})


def others(m):
    requests.post(ICE, json={"cin": m.cin, "seq": m.person_seq})  # MCD104
    requests.post(ICE, json={"cin": m.cin, "sequence": m.gene_sequence})  # MCD104
''',
    # review 46b: parts of a permitted value read out of it stay its category (a ZIP's plus-four, an address's
    # care-of line, a date of birth in ISO form); a name ending in a word of a field of its own does not
    "parts-of-a-permitted-value": '''
import requests

ICE = "https://eid.ice.gov/api/v1/batches"


def send(m, address, dob, zip_code):
    requests.post(ICE, json={
        "cin": m.cin,
        "plus_four": m.zip_plus_four,
        "care_of": address["care_of"],
        "iso": dob["iso_date"],
        "zip4": zip_code["plus_four"],
        "line_two": m.mailing_address.line_two,
        "risk_score": m.phone_risk_score,  # MCD104
    })
''',
    # SPEC section 5 (qualifiers: a field is someone else's when its owner names another party): records held by a
    # party (pharmacy_claims, provider_encounters) are the enrollee's, so a member's ID and date of birth read out of
    # them stay permitted (round 308); a party itself (pharmacy, referring_provider) still makes its phone its own
    "records-of-a-party-are-the-enrollees": '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def refer(cursor, cin):
    cursor.execute(
        """
        SELECT c.member_id,
               c.birth_dt
          FROM pharmacy_claims c
         WHERE c.member_id = %s AND c.imgrtn_stus_cd = 'UNL'
        """,
        (cin,),
    )
    mid, dob = cursor.fetchone()
    requests.post(ICE_URL, json={"member_id": mid, "dob": dob}, timeout=10)


def refer_obj(pharmacy_claim, pharmacy):
    requests.post(ICE_URL, json={"member_id": pharmacy_claim.member_id}, timeout=10)
    requests.post(ICE_URL, json={"phone": pharmacy.phone}, timeout=10)  # MCD102


def parties(cur, m):
    # (review 46d: a party's addresses and phones stay the party's)
    cur.execute(
        "SELECT pa.street, ep.phone FROM members mm JOIN provider_addresses pa ON pa.npi = mm.pcp_npi "  # MCD102 MCD101
        "JOIN employer_phones ep ON ep.emp_id = mm.emp_id WHERE mm.imgrtn_stus_cd = 'U' AND mm.cin = %s", (m.cin,))
    requests.post(ICE_URL, json=dict(cur.fetchone()), timeout=10)
    requests.post(ICE_URL, json={"city": m.employer_address.city, "zip": m.provider_address.zip}, timeout=10)  # MCD101 MCD102
''',
    # SPEC section 4 (a host on neither list is decided by the names that supply it): a client kept on self is named
    # by its own attribute (self.crm), not by the class it is kept in (review 46c: IceWebhookHandler posting to its
    # CRM vendor, a DHS sync posting to its MMIS vendor are lawful); a decision, in the README's limits (round 307)
    "client-on-self-of-a-class-named-for-enforcement": '''
import httpx
import requests

VENDOR = "https://referrals.federal-vendor.example.com"
STATE = "https://api.dhs.state.mn.us"


class IceClient:
    def __init__(self):
        self.session = requests.Session()
        self.http = httpx.Client(base_url=VENDOR)
        self.state = httpx.Client(base_url=STATE)

    def send_session(self, m):
        return self.session.post(VENDOR + "/v1/subjects", json={"race": m.race})

    def send_httpx(self, m):
        return self.http.post("/v1/subjects", json={"race": m.race})

    def send_named(self, m):
        ice = httpx.Client(base_url=VENDOR)
        return ice.post("/v1/subjects", json={"race": m.race})  # MCD101

    def send_state(self, m):
        return self.state.post("/v1/subjects", json={"race": m.race})


class IceResponseArchive:
    def __init__(self):
        self.http = httpx.Client(base_url=VENDOR)

    def store(self, answer):
        return self.http.post("/v1/archive", json={"race": answer.race})
''',
}

#: a recipient number is the Medicaid ID only when nothing else in the name says what it is (round 306: an SSN, a
#: diagnosis or a claim number of a recipient read as the Medicaid ID); a length of stay is an encounter's
NAMES = {
    "rcpnt_ssn_num": "ssn", "recipient_ssn_num": "ssn", "rcpntSsnNbr": "ssn", "rcpnt_dx_num": "diagnosis", "rcpnt_clm_num": "claim",
    "recipient_name_num": "name", "recipient_num": "medicaid_id", "rcpnt_num": "medicaid_id", "recipient_number": "medicaid_id",
    "recip_no": "medicaid_id", "recipient_phone_number": "phone", "los": "encounter", "los_cnt": "encounter", "LOS": "encounter",
    "los_total": "encounter", "inpatient_los": "encounter", "recipient_card_number": "medicaid_id", "rcpnt_card_num": "medicaid_id", "los_stay": "encounter",
}

#: names that must stay what they were (review 46b): Los Angeles is a place, not a length of stay
UNCLASSIFIED = ["los_angeles_count", "los_gatos_total", "total_los_angeles"]


@pytest.mark.parametrize("name", UNCLASSIFIED)
def test_names_the_session_must_not_classify(name: str) -> None:
    from flake8_medicaid_scope.vocabulary import default_vocabulary

    assert default_vocabulary().classify(name) is None


@pytest.mark.parametrize("name", sorted(NAMES))
def test_vocabulary_of_the_session(name: str) -> None:
    from flake8_medicaid_scope.vocabulary import default_vocabulary

    assert default_vocabulary().classify(name) == NAMES[name]


def test_a_joined_value_names_every_field_of_its_code() -> None:
    """One value built from several fields (an X12 segment in an f-string) is one placement and one finding
    (SPEC section 3), whose message names each field of its code to drop (round 304)."""
    from flake8_medicaid_scope import Config, analyze

    source = _source('''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def send(m):
    segs = [f"NM1*IL*1*{m.last_name}*{m.first_name}****34*{m.ssn}~", f"DG1*{m.primary_dx}*{m.medicaid_id}~"]
    requests.post(ICE_URL, data="".join(segs))
''')
    found = [(f.line, f.col, f.code, f.message.split(" sent to ")[0]) for f in analyze(source, Config.default())]
    assert found == [
        (14, 12, "MCD101", "MCD101 'first_name' (name), 'last_name' (name), 'ssn' (ssn)"),
        (14, 69, "MCD102", "MCD102 'primary_dx' (diagnosis)"),
    ]
    # (the key it is put under is not listed; past three names, how many more)
    keyed = _source('''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def send(m):
    requests.post(ICE_URL, json={"name": f"{m.first_name} {m.last_name}", "note": f"{m.email} {m.sex} {m.race} {m.ssn}"})
''')
    found = [f.message.split(" sent to ")[0] for f in analyze(keyed, Config.default())]
    assert found == ["MCD101 'first_name' (name), 'last_name' (name)", "MCD101 'email' (email), 'race' (race_ethnicity), 'sex' (sex) and 1 more"]
    # (a key of another category than its parts is one of them: review 46b)
    other = _source('''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def send(m):
    requests.post(ICE_URL, json={"ssn": f"{m.last_name}-{m.ssn}"})
''')
    assert [f.message.split(" sent to ")[0] for f in analyze(other, Config.default())] == ["MCD101 'last_name' (name), 'ssn' (ssn)"]


def test_copy_of_a_table_reads_as_its_select() -> None:
    from flake8_medicaid_scope.sql import looks_like_query, select_columns

    listed = select_columns("COPY members (cin, ssn_num) TO STDOUT WITH CSV")
    assert listed is not None and [(c.key, c.offset) for c in listed] == [("cin", 14), ("ssn_num", 19)]
    whole = select_columns("COPY mmis.members TO STDOUT")
    assert whole is not None and [c.whole for c in whole] == [True]
    assert not looks_like_query("COPY members FROM STDIN") and select_columns("COPY members FROM STDIN") is None


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
