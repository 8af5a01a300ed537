"""The data flow shapes of the eighteenth session: what its SPEC-only probers found (rounds 122
and after).

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected

HEAD = '''import boto3
import requests

ICE_URL = "https://eid.ice.gov/api"
ICE_BUCKET = "ice-eid-handoff"
STATE_URL = "https://mmis.dhcs.ca.gov/api"
'''

CASES: dict[str, str] = {
    # SPEC section 5 (a constant is never a finding, whatever key or name it sits under): a helper's
    # parameter named for a field that every call of the module gives a literal (or leaves to a literal
    # default) is that literal
    "helper-parameter-given-only-literals": '''
def _ship(path, name):
    boto3.client("s3").upload_file(path, ICE_BUCKET, f"{name}/latest.parquet")
COVERED = "covered"
def nightly():
    _ship("/tmp/covered.parquet", COVERED)
    _ship("/tmp/masked.parquet", "masked")
def _post(path, ssn="none"):
    requests.post(f"{ICE_URL}/{path}", json={"ref": ssn})
def ping():
    _post("ping")
    _post("lookup", ssn="000-00-0000")
''',
    # SPEC section 5 (a value is prohibited only if one of its names is): the key of a container is
    # no name of a permitted entry inside it unless it names another party (a guardian's phone is
    # the guardian's)
    "container-key-does-not-change-a-permitted-entry": '''
def refer(m):
    requests.post(ICE_URL, json={
        "case": {
            "msis_ident_num": m.msis_ident_num,
            "elgbl_phne_num": m.elgbl_phne_num,
            "imgrtn_stus_cd": m.imgrtn_stus_cd,
        },
        "eligibility": {"medicaid_id": m.cin},
        "guardian": {"phone": m.guardian_phone},  # MCD101
        "household": {"case_number": m.case_no},  # MCD101
    })
''',
    # SPEC section 7 (not-enforcement overrides name signals, never the enforcement host patterns):
    # the pragma on a topic or exchange constant clears its words also when the producer has a
    # broker host of its own
    "pragma-on-a-topic-constant-beside-a-broker-host": '''
import json
from kafka import KafkaProducer
import pika
kp = KafkaProducer(bootstrap_servers="kafka.example.com:9093")
ch = pika.BlockingConnection(pika.ConnectionParameters("mq.example.com")).channel()
TOPIC = "dhs.eligibility.changes"  # medicaid-scope: not-enforcement
EXCHANGE = "dhs.eligibility"  # medicaid-scope: not-enforcement
ERO_TOPIC = "ero.referrals"
def sync_topic(member):
    kp.send(TOPIC, json.dumps(vars(member)).encode())
def sync_exchange(member):
    ch.basic_publish(exchange=EXCHANGE, routing_key="x", body=json.dumps(vars(member)))
def refer(member):
    kp.send(ERO_TOPIC, json.dumps(vars(member)).encode())  # MCD103
''',
    # SPEC section 6 (match; branches): a match, or conditional expressions on one comparison, that
    # choose the URL and the body together keep them together as an if/else does (the full record to
    # the state, the permitted fields to ICE); the other way round is reported, and a status test
    # that chooses both is still a condition (SPEC section 10)
    "match-and-conditional-expressions-choose-url-and-body-together": '''
TARGETS = ("EWI", "OVERSTAY")
def route_match(partner, m):
    match partner:
        case "state":
            url = STATE_URL
            body = {"ssn": m.ssn, "medicaid_id": m.cin}
        case _:
            url = ICE_URL
            body = {"medicaid_id": m.cin}
    return requests.post(url, json=body)
def route_match_wrong_way(partner, m):
    match partner:
        case "ice":
            url = ICE_URL
            body = {"ssn": m.ssn, "medicaid_id": m.cin}  # MCD101
        case _:
            url = STATE_URL
            body = {"medicaid_id": m.cin}
    return requests.post(url, json=body)
def route_ifexp(partner, m):
    url = STATE_URL if partner == "state" else ICE_URL
    body = {"ssn": m.ssn} if partner == "state" else {"medicaid_id": m.cin}
    return requests.post(url, json=body)
def route_ifexp_wrong_way(partner, m):
    url = STATE_URL if partner != "ice" else ICE_URL
    # (the ssn goes only where partner == "state", never "ice": its URL is the state's; session 57 keeps the way of the
    # first test for the second, round 449a)
    body = {"ssn": m.ssn} if partner == "state" else {"medicaid_id": m.cin, "dx": m.diagnosis_code}  # MCD102
    return requests.post(url, json=body)
def by_status(members):
    for m in members:
        url = ICE_URL if m.immigration_status in TARGETS else STATE_URL
        body = {"medicaid_id": m.cin} if m.immigration_status in TARGETS else {"medicaid_id": m.cin, "ssn": m.ssn}
        requests.post(url, json=body)
''',
    # SPEC sections 6 and 10: branches on immigration status that choose the URL and the body
    # together keep them together (the permitted fields of the people chosen to ICE, the full record
    # of the others to the state); the ssn of the others sent to ICE is reported; a status test that
    # only logs decides nothing
    "status-branches-choose-url-and-body-together": '''
TARGETS = ("EWI", "OVERSTAY")
def by_status_if(members):
    for m in members:
        if m.immigration_status in TARGETS:
            url = ICE_URL
            body = {"medicaid_id": m.cin}
        else:
            url = STATE_URL
            body = {"medicaid_id": m.cin, "ssn": m.ssn}
        requests.post(url, json=body)
def by_status_wrong_way(members):
    for m in members:
        if m.immigration_status in TARGETS:
            url = STATE_URL
            body = {"medicaid_id": m.cin}
        else:
            url = ICE_URL
            body = {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
        requests.post(url, json=body)
def status_only_logged(members):
    for m in members:
        if m.immigration_status in TARGETS:
            print("target", m.cin)
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
''',
    # SPEC section 3 (one finding per placement; one placement that reaches two sinks is reported
    # once): a column of one query that two functions send under different keys is one finding at
    # the column
    "one-sql-column-sent-under-two-keys-is-one-finding": '''
import sqlite3
def load(db):
    cur = sqlite3.connect(db).cursor()
    cur.execute("SELECT cin, ssn FROM members WHERE imgrtn_stus_cd = '3'")  # MCD101
    return cur.fetchall()
def send_a(db):
    for cin, ssn in load(db):
        requests.post(ICE_URL, json={"medicaid_id": cin, "ref": ssn})
def send_b(db):
    for cin, ssn in load(db):
        requests.post(ICE_URL, json={"medicaid_id": cin, "tax_id": ssn})
''',
    # SPEC section 10 (helpers: the finding is at the call that hands on unfiltered bulk data): a
    # text() query constant read by two functions is a source in each; the one that hands its rows
    # unfiltered to an upload helper is reported at that call
    "a-query-constant-read-by-two-functions-is-each-ones-source": '''
import pandas as pd
from sqlalchemy import text
BASIC_SQL = text("SELECT msis_ident_num, birth_dt, imgrtn_stus_cd FROM edw.v_tmsis_basic")
def _ship(df, label):
    df.to_parquet("/tmp/x.parquet", index=False)
    boto3.client("s3").upload_file("/tmp/x.parquet", ICE_BUCKET, f"{label}.parquet")
def export_covered_status():
    df = pd.read_sql(BASIC_SQL, "postgresql://edw")
    df = df[df["imgrtn_stus_cd"].isin(("5", "6"))]
    df.to_parquet("/tmp/covered.parquet", index=False)
    boto3.client("s3").upload_file("/tmp/covered.parquet", ICE_BUCKET, "covered.parquet")
def export_all():
    df = pd.read_sql(BASIC_SQL, "postgresql://edw")
    _ship(df, "all")  # MCD201
''',
    # issue 6 (aliases of sub-containers) on an object: self.subject = self.body['subject'] is that
    # part of self.body, so what is stored through it is sent with self.body; once self.subject is
    # given another dict it is no part of the body
    "a-part-of-self-kept-in-another-attribute": '''
class LegacyIceClient:
    def build(self, member):
        self.body = {"subject": {}}
        self.subject = self.body["subject"]
        self.subject["medicaid_id"] = member.cin
        self.subject["marital_status"] = member.marital_status  # MCD101
        return self
    def post(self):
        return requests.post(ICE_URL, json=self.body)
    def refer(self, member):
        return self.build(member).post()
class PermittedIceClient:
    def build(self, member):
        self.body = {"subject": {}}
        self.subject = self.body["subject"]
        self.subject["medicaid_id"] = member.cin
        self.notes = {}
        self.subject = self.notes
        self.subject["marital_status"] = member.marital_status
        return self
    def post(self):
        return requests.post(ICE_URL, json=self.body)
    def refer(self, member):
        return self.build(member).post()
''',
    # SPEC sections 3 and 5: a column of a frame grouped by member and aggregated (a total of
    # payments per member) is that column's data, and a Series' to_dict() is its column's data, not
    # a whole record: payments are reported, a date of birth per member is permitted
    "groupby-columns-and-series-to-dict": '''
import pandas as pd
def totals(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "mdcd_pd_amt", "birth_dt"])
    paid = df.groupby("msis_ident_num")["mdcd_pd_amt"].sum()
    requests.post(ICE_URL, json=paid.to_dict())  # MCD102 MCD201
def per_member_frame(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "mdcd_pd_amt"])  # MCD102
    requests.post(ICE_URL, json={"totals": df.groupby("msis_ident_num").sum().to_dict()})  # MCD201
def dobs(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "mdcd_pd_amt", "birth_dt"])
    first = df.groupby("msis_ident_num")["birth_dt"].first()
    requests.post(ICE_URL, json=first.to_dict())  # MCD201
def series(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "mdcd_pd_amt", "birth_dt"])
    requests.post(ICE_URL, json=df.set_index("msis_ident_num")["birth_dt"].to_dict())  # MCD201
    requests.post(ICE_URL, json=df["mdcd_pd_amt"].to_dict())  # MCD102 MCD201
def county_totals(path):
    df = pd.read_csv(path, usecols=["cnty_cd", "mdcd_pd_amt"])
    requests.post(STATE_URL, json=df.groupby("cnty_cd")["mdcd_pd_amt"].sum().to_dict())
def claim_counts(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "clm_id", "diag_cd_1"])
    requests.post(ICE_URL, json={"counts": df.groupby("msis_ident_num")["clm_id"].count().to_dict()})  # MCD201
    requests.post(ICE_URL, json={"n": df.groupby("msis_ident_num")["diag_cd_1"].nunique().to_dict()})  # MCD201
''',
    # SPEC section 3 (DRF Meta.fields entries and fields = '__all__' are placements): a serializer
    # nested in another of the module reports at its own entries, its __all__ as a whole record; one
    # nested under another party's field (spouse) is that party's data, put in at the parent's entry
    # (one finding, MCD102 first), so the shared serializer's own entries stay clean
    "nested-serializers-report-at-their-own-entries": '''
from rest_framework import serializers
from .models import Address, Member
class AddressSerializer(serializers.ModelSerializer):
    class Meta:
        model = Address
        fields = ["street", "city", "zip_code"]
class AllAddressSerializer(serializers.ModelSerializer):
    class Meta:
        model = Address
        fields = "__all__"  # MCD103
class ContactSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = ["medicaid_id", "phone", "diagnosis_code", "ssn"]
class IceMemberSerializer(serializers.ModelSerializer):
    home_address = AddressSerializer()
    mailing = AllAddressSerializer()
    spouse = ContactSerializer()
    class Meta:
        model = Member
        fields = ["medicaid_id", "home_address", "mailing", "spouse"]  # MCD102
def send(m):
    requests.post(ICE_URL, json=IceMemberSerializer(m).data)
''',
    # SPEC section 6 (variables and parameters named like fields; an attribute chain carries all its
    # names): diagnosis.code of a parameter named diagnosis is a diagnosis code, lab.value a lab
    # result; a known part stays what it is (snap.cin is a Medicaid ID); an unknown part of a
    # variable named for nothing stays unknown (MCD104)
    "a-part-of-a-variable-named-for-a-field": '''
def send_dx(diagnosis):
    requests.post(ICE_URL, json={"code": diagnosis.code})  # MCD102
def send_lab(lab):
    requests.post(ICE_URL, json={"value": lab.value})  # MCD102
def snapshot(snap):
    requests.post(ICE_URL, json={"medicaid_id": snap.cin, "status": snap.immigration_status})
def lookup(result, m):
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "code": result.code})  # MCD104
''',
    # SPEC section 10 (a test that only picks a value inside the payload does not count): an if on
    # status whose every way writes the record into the file uploaded to ICE chose no one; writing
    # only the chosen, or the others into another file, is a condition
    "status-branches-that-all-write-one-file": '''
import csv
CODES = ("EWI", "OVS")
def both_branches_write(members):
    path = "/var/spool/mmis/pop/both.csv"
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        for m in members:
            if m.immigration_status in CODES:
                w.writerow([m.cin, "IN"])
            else:
                w.writerow([m.cin, "OUT"])
    boto3.client("s3").upload_file(path, ICE_BUCKET, "both.csv")  # MCD201
def only_the_chosen(members):
    path = "/var/spool/mmis/pop/chosen.csv"
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        for m in members:
            if m.immigration_status in CODES:
                w.writerow([m.cin, "IN"])
    boto3.client("s3").upload_file(path, ICE_BUCKET, "chosen.csv")
def split_by_status(members):
    with open("/var/spool/mmis/pop/ice.csv", "w", newline="") as ice, open("/var/spool/mmis/pop/state.csv", "w", newline="") as state:
        ice_w, state_w = csv.writer(ice), csv.writer(state)
        for m in members:
            if m.immigration_status in CODES:
                ice_w.writerow([m.cin])
            else:
                state_w.writerow([m.cin])
    boto3.client("s3").upload_file("/var/spool/mmis/pop/ice.csv", ICE_BUCKET, "ice.csv")
''',
    # SPEC section 4 (files written for later upload are sinks) and 3 (vars(m) is a whole record): a
    # path made with with_suffix is the file written and uploaded under it; json.dump to a file with
    # default=vars writes every field; with default=str only what it is given
    "path-with-suffix-and-json-dump-with-a-hook": '''
import csv
import json
from pathlib import Path
import paramiko
WORK = Path("/var/spool/mmis/weekly")
def send(m):
    csv_path = (WORK / "b.tmp").with_suffix(".csv")
    with open(csv_path, "w", newline="") as fh:
        csv.writer(fh).writerow([m.cin, m.email])  # MCD101
    ssh = paramiko.SSHClient()
    ssh.connect(hostname="sftp.eid.ice.gov")
    ssh.open_sftp().put(str(csv_path), "/in/b.csv")
def dump_to_file(member):
    path = "/var/spool/out/default.json"
    with open(path, "w") as fh:
        json.dump(member, fh, default=vars)  # MCD103
    boto3.client("s3").upload_file(path, ICE_BUCKET, "default.json")
def dump_plain(member):
    path = "/var/spool/out/plain.json"
    with open(path, "w") as fh:
        json.dump({"medicaid_id": member.cin}, fh, default=str)
    boto3.client("s3").upload_file(path, ICE_BUCKET, "plain.json")
''',
    # SPEC section 6 (calls to functions of the project): a tenacity Retrying object called with a
    # function runs it with the arguments that follow (library data, runner_objects), at once or
    # kept in a variable first
    "a-retrying-object-runs-the-function-it-is-called-with": '''
from tenacity import Retrying, stop_after_attempt
def post(body):
    return requests.post(ICE_URL, json=body, timeout=10)
def post_state(body):
    return requests.post(STATE_URL, json=body, timeout=10)
def refer(m):
    retryer = Retrying(stop=stop_after_attempt(3))
    return retryer(post, {"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101
def refer_now(m):
    return Retrying(stop=stop_after_attempt(3))(post, {"medicaid_id": m.cin, "race": m.race})  # MCD101
def to_state(m):
    return Retrying(stop=stop_after_attempt(3))(post_state, {"medicaid_id": m.cin, "ssn": m.ssn})
''',
    # SPEC section 10: after branches on status that choose URL and body together, a send the test
    # does not choose (an audit post to ICE of every member) is still reported, as is a choice
    # between enforcement destinations only; a status match does the same; an audit file every way
    # writes holds every record, but the ICE file only the chosen ones
    "status-ways-keep-other-sends-and-files-unchosen": '''
ICE_AUDIT_URL = "https://eid.ice.gov/audit"
import csv
CODES = ("EWI", "OVS")
TARGETS = CODES


def audit_log(members):
    ice_path = "/var/spool/out/ice.csv"
    with open(ice_path, "w") as ice, open("/var/spool/out/audit.csv", "w") as audit:
        ice_w, audit_w = csv.writer(ice), csv.writer(audit)
        for m in members:
            if m.immigration_status in CODES:
                ice_w.writerow([m.cin, m.immigration_status])
                audit_w.writerow([m.cin, "referred"])
            else:
                audit_w.writerow([m.cin, "not referred"])
    boto3.client("s3").upload_file(ice_path, ICE_BUCKET, "ice.csv")


def audit_after_split(members):
    for m in members:
        if m.immigration_status in TARGETS:
            url = ICE_URL
            body = {"medicaid_id": m.cin}
        else:
            url = STATE_URL
            body = {"medicaid_id": m.cin, "ssn": m.ssn}
        requests.post(url, json=body)
        requests.post(ICE_AUDIT_URL, json={"medicaid_id": m.cin})  # MCD201


def match_status(members):
    for m in members:
        match m.immigration_status:
            case "EWI" | "OVS":
                url = ICE_URL
                body = {"medicaid_id": m.cin}
            case _:
                url = STATE_URL
                body = {"medicaid_id": m.cin, "ssn": m.ssn}
        requests.post(url, json=body)


def both_enforcement(members):
    for m in members:
        if m.immigration_status in TARGETS:
            url = ICE_URL
            body = {"medicaid_id": m.cin}
        else:
            url = ICE_AUDIT_URL
            body = {"medicaid_id": m.cin, "dob": m.birth_date}
        requests.post(url, json=body)  # MCD201
''',
    # SPEC section 6 (exclude= is a sanitizer) and 3: exclude= of the parent field drops a nested
    # schema's fields; a nested schema under another party's field (guardian_phone) is reported at
    # that field, its shared schema's own entry stays clean
    "nested-schemas-excluded-or-under-another-party": '''
from marshmallow import Schema, fields
class PlanSchema(Schema):
    plan_name = fields.Str()
class PhoneSchema(Schema):
    phone = fields.Str()
class MemberSchema(Schema):
    medicaid_id = fields.Str(attribute="cin")
    plan = fields.Pluck(PlanSchema, "plan_name")
    coverage = fields.Nested(PlanSchema)
class IceSubjectSchema(Schema):
    medicaid_id = fields.Str(attribute="cin")
    phone = fields.Pluck(PhoneSchema, "phone")
    guardian_phone = fields.Pluck(PhoneSchema, "phone")  # MCD101
def refer(m):
    requests.post(ICE_URL, json=MemberSchema(exclude=("plan", "coverage")).dump(m), timeout=30)
    requests.post(ICE_URL, json=IceSubjectSchema().dump(m), timeout=30)
''',
    # SPEC section 10 (a project function that tests such a field counts as a condition where it is
    # used as one): a helper that returns the URL from branches or cases on status chose whom;
    # between two enforcement URLs it chose only where
    "a-helper-returning-the-url-by-status": '''
REMOVABLE = ("EWI", "OVERSTAY")
AUDIT_URL = "https://eid.ice.gov/audit"
def destination_for(m):
    if m.imgrtn_stus_cd in REMOVABLE:
        return ICE_URL
    return STATE_URL
def destination_match(m):
    match m.imgrtn_stus_cd:
        case "EWI" | "OVERSTAY":
            return ICE_URL
        case _:
            return STATE_URL
def ice_or_none(m):
    if m.imgrtn_stus_cd in REMOVABLE:
        return ICE_URL
    return None
def ice_either_way(m):
    if m.imgrtn_stus_cd in REMOVABLE:
        return ICE_URL
    return AUDIT_URL
def nightly(members):
    for m in members:
        requests.post(destination_for(m), json={"medicaid_id": m.cin})
        requests.post(destination_match(m), json={"medicaid_id": m.cin})
        url = ice_or_none(m)
        if url is None:
            continue
        requests.post(url, json={"medicaid_id": m.cin})
def audit(members):
    for m in members:
        requests.post(ice_either_way(m), json={"medicaid_id": m.cin})  # MCD201
''',
    # SPEC section 10: a routing table looked up by the status column of a query row unpacked into
    # names chose whom; looked up by the county, it did not
    "routing-table-looked-up-by-an-unpacked-status-column": '''
ROUTES = {"EWI": ICE_URL, "OVERSTAY": ICE_URL}
def nightly(conn):
    cur = conn.cursor()
    cur.execute("SELECT cin, imgrtn_stus_cd FROM mmis.members")
    for cin, status in cur.fetchall():
        url = ROUTES.get(status, STATE_URL)
        requests.post(url, json={"medicaid_id": cin})
def by_county(conn):
    cur = conn.cursor()
    cur.execute("SELECT cin, cnty_cd FROM mmis.members")
    for cin, county in cur.fetchall():
        url = ROUTES.get(county, STATE_URL)
        requests.post(url, json={"medicaid_id": cin})  # MCD201
''',
    # SPEC section 6 (an allow-list comprehension over a constant collection of permitted names
    # sanitizes) and 5: a list of names read from a constant table of tables by a key not known is
    # any entry's list, joined: permitted only, clean; one entry listing ssn, reported
    "allow-list-in-a-table-of-tables-by-an-unknown-key": '''
REFERRAL_FIELDS = ("medicaid_id", "date_of_birth")
UPDATE_FIELDS = ("medicaid_id", "phone")
SSN_FIELDS = ("medicaid_id", "ssn")
SPECS = {
    "referral": {"fields": REFERRAL_FIELDS, "timeout": 20},
    "update": {"fields": UPDATE_FIELDS, "timeout": 30},
}
LOOSE = {"referral": {"fields": REFERRAL_FIELDS}, "ssn": {"fields": SSN_FIELDS}}
def send(kind, record):
    spec = SPECS[kind]
    body = {k: record[k] for k in spec["fields"]}
    requests.post(ICE_URL, json=body, timeout=20)
def send_inline(kind, record):
    requests.post(ICE_URL, json={k: record[k] for k in SPECS[kind]["fields"]}, timeout=20)
def send_loose(kind, record):
    requests.post(ICE_URL, json={k: record[k] for k in LOOSE[kind]["fields"]}, timeout=20)  # MCD101
''',
    # SPEC section 6: url, body = (STATE_URL, full) if partner == 'state' else (ICE_URL, basic)
    # keeps each URL with its body, as if/else does
    "a-pair-chosen-by-one-conditional-expression": '''
def route(partner, m):
    url, body = (STATE_URL, {"ssn": m.ssn, "medicaid_id": m.cin}) if partner == "state" else (ICE_URL, {"medicaid_id": m.cin})
    return requests.post(url, json=body)
def wrong(partner, m):
    url, body = (ICE_URL, {"ssn": m.ssn, "medicaid_id": m.cin}) if partner == "ice" else (STATE_URL, {"medicaid_id": m.cin})  # MCD101
    return requests.post(url, json=body)
''',
    # SPEC section 10: after branches on status that chose URL and body, the way to ICE carries only
    # the chosen records (an audit post guarded by the partner the way fixed, a file written only on
    # that way); the way to the state carries the others
    "the-chosen-way-keeps-only-the-chosen-records": '''
import csv
TARGETS = ("EWI", "OVERSTAY")
ICE_AUDIT = "https://eid.ice.gov/api/audit"
ICE_FILE = "/var/spool/out/ice.csv"
STATE_FILE = "/var/spool/out/state.csv"
def guarded_audit(members):
    for m in members:
        if m.immigration_status in TARGETS:
            url = ICE_URL
            body = {"medicaid_id": m.cin}
            partner = "ice"
        else:
            url = STATE_URL
            body = {"medicaid_id": m.cin, "ssn": m.ssn}
            partner = "state"
        resp = requests.post(url, json=body, timeout=30)
        if partner == "ice":
            requests.post(ICE_AUDIT, json={"medicaid_id": m.cin, "status": resp.status_code})
def file_of_the_chosen(members):
    for m in members:
        if m.immigration_status in TARGETS:
            path, row = ICE_FILE, [m.cin, m.immigration_status]
        else:
            path, row = STATE_FILE, [m.cin, m.ssn]
        with open(path, "a", newline="") as f:
            csv.writer(f).writerow(row)
    boto3.client("s3").upload_file(ICE_FILE, ICE_BUCKET, "referrals.csv")
''',
    # reviews of the session's diff: a nested serializer under the enrollee's own contact_info
    # reports at its own (permitted) entries; a table of allow-lists read by a constant key is that
    # entry's list; counts per member keyed by a last name send the last names
    "review-two-precision-and-recall": '''
import pandas as pd
from rest_framework.serializers import ModelSerializer
from .models import Member, MemberContact
ICE = "ice"
PARTNERS = {
    "ice": {"fields": ("medicaid_id", "date_of_birth", "home_address")},
    "state": {"fields": ("medicaid_id", "ssn", "full_name", "primary_dx")},
}
class ContactInfoSerializer(ModelSerializer):
    class Meta:
        model = MemberContact
        fields = ["phone", "mailing_address", "zip_code"]
class IceReferralSerializer(ModelSerializer):
    contact_info = ContactInfoSerializer()
    class Meta:
        model = Member
        fields = ["medicaid_id", "immigration_status", "contact_info"]
def refer(m, record):
    requests.post(ICE_URL, json=IceReferralSerializer(m).data)
    requests.post(ICE_URL, json={k: record[k] for k in PARTNERS[ICE]["fields"]})
def counts(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "last_name", "clm_id"])
    requests.post(ICE_URL, data=df.groupby(["msis_ident_num", "last_name"]).size().to_json())  # MCD101 MCD201
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
