"""The data flow shapes of the forty-seventh session: what its SPEC-only probers found (round 310 and
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
    # SPEC section 6 (a field read by a name held in a constant collection is that field): a constant tuple of names
    # walked with enumerate or zip (a README limit of rounds 296-301) names each field in its turn, as the plain loop does
    "constant-names-walked-with-enumerate-and-zip": '''
import itertools

import requests
from openpyxl import Workbook

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
EXPORT_FIELDS = ("medicaid_id", "ssn", "dob")
ALLOWED = ("medicaid_id", "dob", "home_address")
HEADERS = ("Medicaid ID", "SSN", "Diagnosis")
BLOCKED = {"ssn"}


def numbered(m):
    body = {}
    for i, f in enumerate(EXPORT_FIELDS):
        body[f] = getattr(m, f)  # MCD101
    requests.post(ICE_URL, json=body)


def zipped(m):
    body = {}
    for f, col in zip(EXPORT_FIELDS, ("a", "b", "c")):
        body[col] = getattr(m, f)  # MCD101
    requests.post(ICE_URL, json=body)


def comprehension(m):
    row = {f: getattr(m, f) for _, f in enumerate(EXPORT_FIELDS)}  # MCD101
    requests.post(ICE_URL, json=row)


def permitted_only(m):
    body = {}
    for i, f in enumerate(ALLOWED, start=1):
        body[f] = getattr(m, f)
    requests.post(ICE_URL, json=body)


def header_row():
    wb = Workbook()
    ws = wb.active
    for i, name in enumerate(HEADERS):
        ws.cell(row=1, column=i + 1, value=name)
    wb.save("ice_referrals.xlsx")


def skipped(m):
    body = {}
    for i, f in enumerate(EXPORT_FIELDS):
        if f in BLOCKED:
            continue
        body[f] = getattr(m, f)
    requests.post(ICE_URL, json=body)


def relabelled(m):
    body = {label: getattr(m, f) for f, label in zip(ALLOWED, ("id", "birth", "addr"))}
    requests.post(ICE_URL, json=body)


def counted_from_one(m):
    row = [getattr(m, f) for i, f in enumerate(EXPORT_FIELDS, 1)]  # MCD101
    requests.post(ICE_URL, json=row)


def chained(m):
    body = {}
    for f in itertools.chain(ALLOWED, ("race",)):
        body[f] = getattr(m, f)  # MCD101
    requests.post(ICE_URL, json=body)


def chained_permitted(m):
    body = {}
    for f in itertools.chain(ALLOWED, ("citizenship",)):
        body[f] = getattr(m, f)
    requests.post(ICE_URL, json=body)
''',
    # SPEC section 4 (files written for later upload): a path the analysis cannot fold (a parameter) names one file
    # within its function also through what gives it in another form: str(out), Path(out), os.fspath(out),
    # out.resolve() (round 310: Path(out).write_text(...) then upload_file(out, ...) was silent)
    "unfoldable-path-through-str-and-path": '''
import json
import os
from pathlib import Path

import boto3
import paramiko

BUCKET = "ice-eid-writers"
STATE_BUCKET = "mn-dhs-medicaid-exports"


def open_path_then_upload(m, out):
    with open(Path(out), "w") as fh:
        fh.write(json.dumps({"cin": m.cin, "ssn": m.ssn}))  # MCD101
    boto3.client("s3").upload_file(out, BUCKET, "a.json")


def sftp_put_str(m, out, sftp: paramiko.SFTPClient):
    with open(out, "w") as fh:
        json.dump({"cin": m.cin, "dx": m.diagnosis_code}, fh)  # MCD102
    t = paramiko.Transport(("sftp.ice.dhs.gov", 22))
    s = paramiko.SFTPClient.from_transport(t)
    s.put(os.fspath(out), "/in/x.json")


def out_path_write(m, out_path):
    out_path.write_text(json.dumps({"cin": m.cin, "race": m.race}))  # MCD101
    boto3.client("s3").upload_file(str(out_path.resolve()), BUCKET, "c.json")


def to_state(m, out):
    Path(out).write_text(json.dumps({"cin": m.cin, "ssn": m.ssn}))
    boto3.client("s3").upload_file(str(out), STATE_BUCKET, "a.json")


def other_file(m, out, readme):
    Path(out).write_text(json.dumps({"cin": m.cin, "ssn": m.ssn}))
    boto3.client("s3").upload_file(str(readme), BUCKET, "readme.txt")


def permitted(m, out):
    Path(out).write_text(json.dumps({"cin": m.cin, "dob": m.dob}))
    boto3.client("s3").upload_file(Path(out).resolve(), BUCKET, "a.json")


def read_back(m, out):
    Path(out).write_text(json.dumps({"cin": m.cin, "sex": m.sex}))  # MCD101
    boto3.client("s3").put_object(Bucket=BUCKET, Key="k", Body=Path(out).read_bytes())
''',
    # SPEC section 6 (round 311): zip of a constant list of names with another constant list (display headers, widths)
    # in a dict comprehension or a loop names each field; a list of values a comprehension placed, zipped with its names
    # into a dict, stays placed at the comprehension (not at the names of the constant far from it); a list built over
    # constant names is one record's fields, no population by its plural name
    "zip-of-constants-in-comprehensions-and-layouts": '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
FIELDS = ["cin", "last_name", "sex"]
HEADERS = ["MEDICAID ID", "SURNAME", "GENDER"]
WIDTHS = [12, 9, 1]
PERMITTED = ("medicaid_id", "dob", "phone_number")
SUMMARY_FIELDS = ["medicaid_id", "first_name", "pregnancy_status"]


def headed(m):
    body = {hdr: getattr(m, f) for f, hdr in zip(FIELDS, HEADERS)}  # MCD101 MCD101
    requests.post(ICE_URL, json=body)


def fixed_width(m):
    parts = []
    for f, w in zip(FIELDS, WIDTHS):
        parts.append(str(getattr(m, f)).ljust(w))  # MCD101 MCD101
    requests.post(ICE_URL, data="".join(parts))


def summary(m):
    values = [getattr(m, f) for f in SUMMARY_FIELDS]  # MCD101 MCD102
    requests.post(ICE_URL, json=dict(zip(SUMMARY_FIELDS, values)))


def one_member(m):
    rows = [getattr(m, f) for f in reversed(PERMITTED)]
    requests.post(ICE_URL, json={"row": rows})


def headed_permitted(m):
    body = {hdr: getattr(m, f) for f, hdr in zip(PERMITTED, ("MEDICAID ID", "DOB", "PHONE"))}
    requests.post(ICE_URL, json=body)
''',
    # SPEC section 4 (round 311): a file written through a path given in another form is the file uploaded: a Path
    # parameter opened by its own open(), a variable bound once to Path(out), a folded path resolved or given to
    # os.fspath, and a helper of the module writing the file its parameter names (write_extract(m, out), then
    # upload_file(out)); a helper called for the state's file and for enforcement's keeps the two files apart
    "files-through-path-forms-and-helpers": '''
import json
import os
from pathlib import Path

import boto3

ICE_BUCKET = "ice-eid-handoff-prod"
STATE_BUCKET = "ca-dhcs-medicaid-exports"


def opened_by_method(m, out_path: Path):
    with out_path.open("w") as fh:
        fh.write(f"{m.cin},{m.primary_dx}")  # MCD102
    boto3.client("s3").upload_file(str(out_path), ICE_BUCKET, "dx.csv")


def bound_once(m, out):
    base = Path(out)
    base.write_text(f"{m.cin},{m.ethnicity}")  # MCD101
    boto3.client("s3").upload_file(str(base), ICE_BUCKET, "ref.csv")


def joined(m, workdir):
    outbound = os.path.join(workdir, "outbound_subject.csv")
    with open(outbound, "w") as fh:
        fh.write(f"{m.cin},{m.ssn}")  # MCD101
    boto3.client("s3").upload_file(str(Path(outbound).resolve()), ICE_BUCKET, "s.csv")


def write_json(obj, out):
    with open(out, "w") as fh:
        json.dump(obj, fh)


def both(m, state_out, ice_out):
    write_json({"cin": m.cin, "ssn": m.ssn, "dx": m.diagnosis_code}, state_out)
    boto3.client("s3").upload_file(state_out, STATE_BUCKET, "full.json")
    write_json({"cin": m.cin, "dob": m.dob}, ice_out)
    boto3.client("s3").upload_file(ice_out, ICE_BUCKET, "basic.json")


def helper_written(m, ice_out):
    write_json({"cin": m.cin, "race": m.race}, ice_out)  # MCD101
    boto3.client("s3").upload_file(str(ice_out), ICE_BUCKET, "basic.json")


def another_file(m, a, b):
    write_json({"cin": m.cin, "race": m.race}, a)
    boto3.client("s3").upload_file(b, ICE_BUCKET, "basic.json")
''',
    # SPEC section 3 (round 311): a column renamed and then chosen with .loc (rows and columns) stays the column it was,
    # placed at the rename, as with df[[...]]
    "renamed-column-chosen-with-loc": '''
import boto3
import pandas as pd

s3 = boto3.client("s3")
ENFORCEMENT_BUCKET = "dhs-ero-medicaid-drop"


def ship_loc(path):
    df = pd.read_csv(path)
    df = df.rename(columns={"ssn_num": "member_ref"})  # MCD101
    out = df.loc[df["ctznshp_ind"] == "0", ["msis_ident_num", "member_ref"]]
    s3.put_object(Bucket=ENFORCEMENT_BUCKET, Key="a.csv", Body=out.to_csv(index=False))


def ship_rows(path, wanted):
    df = pd.read_csv(path, usecols=["msis_ident_num", "ssn_num", "imgrtn_stus_cd"])  # MCD101
    df = df[df["imgrtn_stus_cd"] == "5"]
    df = df.rename(columns={"ssn_num": "member_ref"})
    out = df.loc[wanted, ["msis_ident_num", "member_ref"]]
    s3.put_object(Bucket=ENFORCEMENT_BUCKET, Key="b.csv", Body=out.to_csv(index=False))
''',
    # SPEC section 3 (round 311): an element made under one no variable holds (ET.SubElement(ET.SubElement(root, ...),
    # ...)) is still in the document: what is set on it is sent with the document
    "xml-element-under-an-unnamed-parent": '''
import requests
import xml.etree.ElementTree as ET

ICE_URL = "https://eid.ice.gov/api/ccd"
STATE_URL = "https://hie.dhcs.ca.gov/api/ccd"


def send(m):
    root = ET.Element("ClinicalDocument")
    section = ET.SubElement(ET.SubElement(root, "component"), "section")
    ET.SubElement(section, "value", code=m.icd10_code)  # MCD102
    section.set("ssn", m.ssn)  # MCD101
    requests.post(ICE_URL, data=ET.tostring(root))


def to_state(m):
    root = ET.Element("ClinicalDocument")
    section = ET.SubElement(ET.SubElement(root, "component"), "section")
    ET.SubElement(section, "value", code=m.icd10_code)
    requests.post(STATE_URL, data=ET.tostring(root))
''',
    # SPEC section 5 (review 47a): values a comprehension placed and zipped into a dict with other names keep their
    # keys' names (a permitted value under "ssn" sends an SSN; an unknown one under "medicaid_id" is permitted); a
    # constant list zipped with a row walked in a loop names each value by its column (zip(COLUMNS, row)), also with
    # zip(..., strict=True)
    "zipped-names-and-values-keep-both-names": '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
PERMITTED = ("medicaid_id", "dob", "home_address")
LEGACY = ("c1", "c2", "c3")
KEYS = ("medicaid_id", "dob", "ssn")
HEADERS = ("A", "B", "C")


def permitted_values_under_ssn(m):
    values = [getattr(m, f) for f in PERMITTED]  # MCD101
    requests.post(ICE_URL, json=dict(zip(KEYS, values)))


def legacy_values(row):
    values = [row[c] for c in LEGACY]  # MCD101
    requests.post(ICE_URL, json=dict(zip(KEYS, values)))


def permitted_keys(row):
    values = [row[c] for c in LEGACY]
    requests.post(ICE_URL, json=dict(zip(PERMITTED, values)))


def by_column(values):
    rec = {}
    for col, val in zip(KEYS, values):
        rec[col] = val  # MCD101
    requests.post(ICE_URL, json=rec)


def strict(m):
    body = {}
    for f, col in zip(KEYS, HEADERS, strict=True):
        body[col] = getattr(m, f)  # MCD101
    requests.post(ICE_URL, json=body)
''',
    # SPEC section 4 (review 47a): a helper that writes the file its parameter names, called with the same arguments by
    # two exporters (the second call answered from the memo), writes it for each; positional-only parameters too
    "helper-file-written-for-two-callers": '''
import json

import boto3

s3 = boto3.client("s3")
ICE_BUCKET = "ice-eid-handoff-prod"
STATE_BUCKET = "ca-dhcs-eligibility-exports"


def write_extract(m, out, /):
    with open(out, "w") as f:
        json.dump({"medicaid_id": m.cin, "ssn": m.ssn}, f)  # MCD101


def export_for_state(m, out):
    write_extract(m, out)
    s3.upload_file(out, STATE_BUCKET, "x.json")


def export_for_ice(m, out):
    write_extract(m, out)
    s3.upload_file(out, ICE_BUCKET, "x.json")
''',
    # SPEC section 10 (round 312): pages of records a loop walks under a plural person name (for enrollees in
    # fetch_page()), and the page a generator yields from a response (yield data["enrollees"]), are many people's
    # records; a page chosen by status in the generator, or sent to the state, is no finding
    "pages-of-people-walked-in-a-loop": '''
import requests

VENDOR_API = "https://api.eligibility-vendor.example.com/v3/enrollees"
STATE_URL = "https://mmis.dhcs.ca.gov/api/subjects"
ICE_URL = "https://eid.ice.gov/api/v2/subjects"
UNLAWFUL = ("EWI", "OVERSTAY")


def _pages():
    url = VENDOR_API
    while url:
        data = requests.get(url).json()
        yield data["enrollees"]
        url = data.get("next")


def _chosen_pages():
    url = VENDOR_API
    while url:
        data = requests.get(url).json()
        yield [e for e in data["enrollees"] if e["immigration_status"] in UNLAWFUL]
        url = data.get("next")


def by_name():
    for enrollees in _pages():
        for e in enrollees:
            requests.post(ICE_URL, json={"medicaid_id": e["member_id"]})  # MCD201


def unseen(fetch_page):
    for enrollees in fetch_page():
        for e in enrollees:
            requests.post(ICE_URL, json={"medicaid_id": e["member_id"]})  # MCD201


def by_page():
    for page in _pages():
        for e in page:
            requests.post(ICE_URL, json={"medicaid_id": e["member_id"]})  # MCD201


def chosen():
    for page in _chosen_pages():
        for e in page:
            requests.post(ICE_URL, json={"medicaid_id": e["member_id"]})


def to_state():
    for enrollees in _pages():
        for e in enrollees:
            requests.post(STATE_URL, json={"medicaid_id": e["member_id"], "ssn": e["ssn"]})


def _history(member):
    data = requests.get(f"{VENDOR_API}/{member.cin}/history").json()
    yield data["records"]


def one_person(member):
    for page in _history(member):
        for r in page:
            requests.post(ICE_URL, json={"medicaid_id": member.cin, "case": r["case_number"]})  # MCD101


def counts(member):
    for members in range(1, 4):
        requests.post(ICE_URL, json={"medicaid_id": member.cin, "n": members})


def chosen_by_the_call(fetch_pages):
    for enrollees in fetch_pages(immigration_status="EWI"):
        for e in enrollees:
            requests.post(ICE_URL, json={"medicaid_id": e["member_id"]})


def _filtered_pages(**filters):
    url = VENDOR_API
    while url:
        data = requests.get(url, params=filters).json()
        yield data["enrollees"]
        url = data.get("next")


def chosen_through_keywords():
    for page in _filtered_pages(immigration_status="EWI"):
        for e in page:
            requests.post(ICE_URL, json={"medicaid_id": e["member_id"]})


def not_chosen_through_keywords():
    for page in _filtered_pages(county="031"):
        for e in page:
            requests.post(ICE_URL, json={"medicaid_id": e["member_id"]})  # MCD201
''',
    # SPEC section 10 (round 312): a second query of the same hook whose WHERE tests status returns the chosen records,
    # not those an earlier query of the hook read (a false MCD201 named the first query)
    "a-hook-queried-twice": '''
import csv

import boto3
import requests
from airflow.providers.postgres.hooks.postgres import PostgresHook

STATE_BUCKET = "ca-dhcs-dw-landing"
ICE_BUCKET = "ice-ero-roster-drop"
ICE_URL = "https://eid.ice.gov/api/v2/subjects"


def write_roster(rows, out_file):
    with open(out_file, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)


def roster():
    hook = PostgresHook(postgres_conn_id="mmis_dw")
    everyone = hook.get_records("SELECT msis_ident_num, birth_dt FROM elig")
    write_roster(everyone, out_file="/tmp/roster_all.csv")
    boto3.client("s3").upload_file(Filename="/tmp/roster_all.csv", Bucket=STATE_BUCKET, Key="a")
    chosen = hook.get_records("SELECT msis_ident_num, birth_dt FROM elig WHERE imgrtn_stus_cd = 'UNL'")
    write_roster(chosen, out_file="/tmp/roster_unl.csv")
    boto3.client("s3").upload_file(Filename="/tmp/roster_unl.csv", Bucket=ICE_BUCKET, Key="b")


def direct():
    hook = PostgresHook(postgres_conn_id="mmis_dw")
    everyone = hook.get_records("SELECT msis_ident_num, birth_dt FROM elig")
    print(len(everyone))
    chosen = hook.get_records("SELECT msis_ident_num, birth_dt FROM elig WHERE imgrtn_stus_cd = 'UNL'")
    for r in chosen:
        requests.post(ICE_URL, json={"medicaid_id": r[0]})


def unchosen():
    hook = PostgresHook(postgres_conn_id="mmis_dw")
    everyone = hook.get_records("SELECT msis_ident_num, birth_dt FROM elig")
    for r in everyone:
        requests.post(ICE_URL, json={"medicaid_id": r[0]})  # MCD201
''',
    # SPEC sections 4 and 6 (round 312): a helper that opens the file its Path parameter names with the path's own
    # open("w") writes the caller's file (target.open() with no mode names no file by itself: door.open())
    "helper-opens-its-path-parameter": '''
import json
from pathlib import Path

import paramiko

HOST = "sftp.eid.ice.gov"


def write_b(m, target: Path):
    with target.open("w") as fh:
        fh.write(json.dumps({"medicaid_id": m.cin, "sex": m.sex}))  # MCD101


def export_b(m, path: Path):
    write_b(m, path)
    c = paramiko.SSHClient()
    c.connect(hostname=HOST)
    c.open_sftp().put(str(path), "/drop/s.json")


def other(m, path: Path, readme: Path):
    write_b(m, path)
    c = paramiko.SSHClient()
    c.connect(hostname=HOST)
    c.open_sftp().put(str(readme), "/drop/readme.txt")
''',
    # SPEC section 6 (round 312): a helper setting an element's text under the tag its caller gives
    # (_text(root, "PersonSSN", m.ssn)) reports each field at the caller's call, as d[key] = value does
    "xml-text-helper-reports-at-the-caller": '''
import xml.etree.ElementTree as ET

import requests

ERO_URL = "https://intake.ero.dhs.gov/niem/v3/person"


def _text(parent, tag, value):
    el = ET.SubElement(parent, tag)
    el.text = value
    return el


def _ssn(parent, value):
    el = ET.SubElement(parent, "PersonSSN")
    el.text = value  # MCD101
    return el


def refer(m):
    root = ET.Element("Referral")
    _text(root, "PersonSSN", m.ssn)  # MCD101
    _text(root, "Diagnosis", m.dx_code)  # MCD102
    _text(root, "MedicaidId", m.cin)
    _ssn(root, m.ssn)
    requests.post(ERO_URL, data=ET.tostring(root))
''',
    # SPEC section 5 (record counts are harmless; round 313): SELECT count(*) read by position is a number over every
    # record, no one's claim; a count of one member's claims is still read by its column
    "a-count-read-by-position": '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/stats"


def totals(conn):
    cur = conn.cursor()
    cur.execute("SELECT count(*) FROM tmsis_clm_ot")
    (n,) = cur.fetchone()
    requests.post(ICE_URL, json={"claim_count": n}, timeout=30)


def totals_indexed(conn):
    cur = conn.cursor()
    cur.execute("SELECT count(*) FROM tmsis_clm_ot")
    n = cur.fetchone()[0]
    requests.post(ICE_URL, json={"claims": n}, timeout=30)


def member_claims(conn, cin):
    cur = conn.cursor()
    cur.execute("SELECT clm_id FROM tmsis_clm_ot WHERE msis_ident_num = %s", (cin,))  # MCD102
    row = cur.fetchone()
    requests.post(ICE_URL, json={"claim": row[0]}, timeout=30)
''',
    # SPEC section 4 (a function named for enforcement returns an enforcement payload; the README: a view answering
    # enforcement sends its answer; round 313): Django's StreamingHttpResponse and FileResponse, and Flask's
    # Response(headers=...), carry what they are given
    "answers-streamed-and-with-headers": '''
import io

from django.http import FileResponse, StreamingHttpResponse
from flask import Flask, Response
from members.models import Member

app = Flask(__name__)


def ice_lookup_stream(request, cin):
    m = Member.objects.get(cin=cin)
    return StreamingHttpResponse([f"{m.cin},{m.ssn}"])  # MCD101


def ice_lookup_file(request, cin):
    m = Member.objects.get(cin=cin)
    return FileResponse(io.BytesIO(f"{m.cin},{m.ssn}".encode()))  # MCD101


def portal_lookup_stream(request, cin):
    m = Member.objects.get(cin=cin)
    return StreamingHttpResponse([f"{m.cin},{m.ssn}"])


@app.get("/ice/h2/<cin>")
def ice_header_ctor(cin):
    m = Member.query.get_or_404(cin)
    return Response("{}", status=200, headers={"X-Member-SSN": m.ssn}, mimetype="application/json")  # MCD101
''',
    # SPEC section 10 (review 47c): a generator pages through one person's records only when it looks that person up
    # by the id it is given (written into its request); a credential, a client, a parameter that only filters everyone,
    # or one it never reads leaves its pages many people's
    "generators-given-a-person-and-given-other-things": '''
import requests

ICE_URL = "https://eid.ice.gov/referrals"
API = "https://mmis.example-vendor.com/api"


def claim_pages(cin):
    page = 1
    while True:
        data = requests.get(f"{API}/members/{cin}/claims", params={"page": page}).json()
        yield data["records"]
        if not data.get("next"):
            break
        page += 1


def history_pages(member):
    url = f"{API}/members/{member.cin}/history"
    while url:
        data = requests.get(url).json()
        yield data["records"]
        url = data.get("next")


def oauth_pages(client_id, client_secret):
    url = f"{API}/enrollees?client={client_id}"
    while url:
        data = requests.get(url, auth=(client_id, client_secret)).json()
        yield data["enrollees"]
        url = data.get("next")


def plan_pages(member):
    url = f"{API}/enrollees?plan={member.plan_id}"
    while url:
        data = requests.get(url).json()
        yield data["enrollees"]
        url = data.get("next")


def region_pages(member_id, region):
    url = f"{API}/regions/{region}/enrollees"
    while url:
        data = requests.get(url).json()
        yield data["enrollees"]
        url = data.get("next")


def one_members_claims(cin):
    for page in claim_pages(cin):
        for r in page:
            requests.post(ICE_URL, json={"medicaid_id": r["cin"]})


def one_members_history(member):
    for page in history_pages(member):
        for r in page:
            requests.post(ICE_URL, json={"medicaid_id": r["cin"]})


def everyone_by_credentials(client_id, client_secret):
    for page in oauth_pages(client_id, client_secret):
        for e in page:
            requests.post(ICE_URL, json={"medicaid_id": e["member_id"]})  # MCD201


def everyone_in_the_plan(member):
    for page in plan_pages(member):
        for e in page:
            requests.post(ICE_URL, json={"medicaid_id": e["member_id"]})  # MCD201


def everyone_in_the_region(member_id, region):
    for page in region_pages(member_id, region):
        for e in page:
            requests.post(ICE_URL, json={"medicaid_id": e["member_id"]})  # MCD201
''',
    # SPEC section 4 (review 47c): a Flask response's content type, status and mimetype are protocol fields: an unknown
    # name there is transfer metadata, a prohibited one is still sent
    "flask-response-protocol-fields": '''
from flask import Flask, Response
from members.models import Member

app = Flask(__name__)


@app.get("/ice/c/<cin>")
def ice_content_type(cin):
    m = Member.query.get_or_404(cin)
    return Response(m.cin, status=m.http_code, content_type=f"text/plain; charset={m.charset}")


@app.get("/ice/d/<cin>")
def ice_content_type_ssn(cin):
    m = Member.query.get_or_404(cin)
    return Response(m.cin, content_type=f"text/plain; ssn={m.ssn}")  # MCD101
''',
    # SPEC section 6 (round 315): a layout's names taken by a comprehension (NAMES = [n for n, _ in LAYOUT]) or by a
    # slice of it (LAYOUT[1:]) are the layout's names; a slice holding permitted names only is clean
    "layout-names-by-comprehension-and-slice": '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
LAYOUT = (("msis_ident_num", 20), ("birth_dt", 8), ("ssn_num", 9))
NAMES = [n for n, _ in LAYOUT]
WIDTHS = [w for _, w in LAYOUT]
MOU_LAYOUT = LAYOUT[1:]
BASIC_LAYOUT = LAYOUT[:2]


def by_names(m):
    out = ""
    for name, width in zip(NAMES, WIDTHS):
        out += str(getattr(m, name)).ljust(width)  # MCD101
    requests.post(ICE_URL, data=out, timeout=30)


def by_slice(m):
    line = "".join(str(getattr(m, f)).ljust(w) for f, w in MOU_LAYOUT)  # MCD101
    requests.post(ICE_URL, data=line, timeout=30)


def permitted_slice(m):
    line = "".join(str(getattr(m, f)).ljust(w) for f, w in BASIC_LAYOUT)
    requests.post(ICE_URL, data=line, timeout=30)


def stepped(m):
    line = "".join(str(getattr(m, f)).ljust(w) for f, w in LAYOUT[1::2])
    requests.post(ICE_URL, data=line, timeout=30)


def stepped_from_the_start(m):
    line = "".join(str(getattr(m, f)).ljust(w) for f, w in LAYOUT[::2])  # MCD101
    requests.post(ICE_URL, data=line, timeout=30)
''',
    # SPEC section 6 (round 315): a helper setting text on an element made in the call's own arguments
    # (add(ET.SubElement(root, "Medical"), ...)) fills the document that element is part of
    "xml-helper-given-an-element-made-in-the-call": '''
import xml.etree.ElementTree as ET

import requests

ICE_EID = "https://eid.ice.gov/niem/v3/subjects"


def add(parent, tag, value):
    ET.SubElement(parent, tag).text = value


def refer(m):
    root = ET.Element("Subject")
    add(root, "PersonMedicaidID", m.cin)
    add(ET.SubElement(root, "Medical"), "ConditionCode", m.dx_code)  # MCD102
    requests.post(ICE_EID, data=ET.tostring(root))


def refer_permitted(m):
    root = ET.Element("Subject")
    add(ET.SubElement(root, "Identity"), "PersonMedicaidID", m.cin)
    requests.post(ICE_EID, data=ET.tostring(root))


def reparsed_copy(m):
    root = ET.Element("Subject")
    add(root, "PersonMedicaidID", m.cin)
    add(ET.fromstring(ET.tostring(root)), "PersonSSN", m.ssn)
    requests.post(ICE_EID, data=ET.tostring(root))


def loose_element(m):
    root = ET.Element("Subject")
    add(root.makeelement("Medical", {}), "ConditionCode", m.dx_code)
    requests.post(ICE_EID, data=ET.tostring(root))
''',
    # SPEC section 6 (a field read is of a record; round 316): the name, stem or suffix of a pathlib path is a part of a
    # file's name, no person's name
    "parts-of-a-path-are-no-fields": '''
from pathlib import Path

import paramiko

HOST = "mft.ice.dhs.gov"


def push(member, out):
    Path(out).write_text(f"{member.cin}")
    ssh = paramiko.SSHClient()
    ssh.connect(hostname=HOST, username="ca")
    sftp = ssh.open_sftp()
    sftp.put(str(out), "/in/" + Path(out).name)
    sftp.put(str(out), f"/in/{Path(out).stem}.bak")


def push_named(member, out):
    Path(out).write_text(f"{member.cin},{member.last_name}")  # MCD101
    ssh = paramiko.SSHClient()
    ssh.connect(hostname=HOST, username="ca")
    ssh.open_sftp().put(str(out), "/in/" + Path(out).name)
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
