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
}


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
