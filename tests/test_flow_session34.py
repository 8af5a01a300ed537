"""The data flow shapes of the thirty-fourth session: what its SPEC-only probers found (rounds 223
and after).

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). A case whose first line is an
``# OPTIONS:`` header runs with those options (``annotations.options_of``).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session20 import _source

CASES: dict[str, str] = {
    # SPEC section 3 (column selections are placements) and section 6 (names survive): pd.merge(a, b)
    # puts a bare per-person column into the joined frame at its argument, as a.merge(b) does; a
    # merge of permitted columns only, or one sent to the state's host, stays clean
    "pandas-merge-function-places-a-bare-column": '''
import pandas as pd
ICE_DIR = "/mnt/sftp/ice_outbound/"
STATE_DIR = "/mnt/sftp/mmis_outbound/"
U = ("EWI",)
def frames():
    claims = pd.read_parquet("/data/clm.parquet", columns=["msis_ident_num", "imgrtn_stus_cd", "mdcd_pd_amt"])
    claims = claims[claims.imgrtn_stus_cd.isin(U)]
    addr = pd.read_parquet("/data/adr.parquet", columns=["msis_ident_num", "elgbl_zip_cd"])
    per_person = claims.groupby("msis_ident_num", as_index=False)["mdcd_pd_amt"].sum()
    return claims, addr, per_person
def function_form():
    claims, addr, per_person = frames()
    out = pd.merge(per_person, addr, on="msis_ident_num")  # MCD102
    out.to_csv(ICE_DIR + "paid.csv", index=False)
def keyword_form():
    claims, addr, per_person = frames()
    out = pd.merge(left=addr, right=per_person, how="inner")  # MCD102
    out.to_csv(ICE_DIR + "paid2.csv", index=False)
def permitted_only():
    claims, addr, per_person = frames()
    ids = claims[["msis_ident_num"]]
    out = pd.merge(ids, addr, on="msis_ident_num")
    out.to_csv(ICE_DIR + "addr.csv", index=False)
def to_the_state():
    claims, addr, per_person = frames()
    out = pd.merge(per_person, addr, on="msis_ident_num")
    out.to_csv(STATE_DIR + "paid.csv", index=False)
''',
    # SPEC section 10 (a condition on the person's own status chooses; someone else's does not):
    # Exists() of a subquery tied to the member only through the household or the guardian tests
    # whether someone else has that status (also negated, also as an annotation filtered on); one of
    # the person's own status history, or beside a test of the person's own status, chooses
    "household-or-guardian-status-inside-exists": '''
from django.db.models import Exists, OuterRef
from members.models import HouseholdMember, Member
U = ("EWI", "OVERSTAY")
def household_flagged():
    flagged = Member.objects.filter(household=OuterRef("household"), imgrtn_stus_cd__in=U)
    for m in Member.objects.filter(Exists(flagged)):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
def guardian_flagged():
    for m in Member.objects.filter(Exists(Member.objects.filter(pk=OuterRef("guardian"), imgrtn_stus_cd__in=U))):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
def own_history():
    events = StatusEvent.objects.filter(member=OuterRef("pk"), imgrtn_stus_cd__in=U)
    for m in Member.objects.filter(Exists(events)):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
def household_annotated():
    flagged = Member.objects.filter(household=OuterRef("household"), imgrtn_stus_cd__in=U)
    for m in Member.objects.annotate(hh_flag=Exists(flagged)).filter(hh_flag=True):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
def own_and_household():
    flagged = Member.objects.filter(household=OuterRef("household"), imgrtn_stus_cd__in=U)
    for m in Member.objects.filter(Exists(flagged), imgrtn_stus_cd__in=U):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
def household_members_model():
    hh = HouseholdMember.objects.filter(member=OuterRef("pk"), immigration_status__in=U)
    for m in Member.objects.filter(Exists(hh)):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
def household_members_model_annotated():
    hh = HouseholdMember.objects.filter(member=OuterRef("pk"), immigration_status__in=U)
    for m in Member.objects.annotate(flag=Exists(hh)).filter(flag=True):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
def not_in_a_flagged_household():
    for m in Member.objects.filter(~Exists(Member.objects.filter(household=OuterRef("household"), imgrtn_stus_cd__in=U))):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
''',
    # SPEC section 10 (a lookup by id is not bulk) and section 6 (the project's functions are
    # followed): a repository method of the project named find (or query) is its own code, judged by
    # what it returns (one member by id: no MCD201; a county's members: MCD201), not a library's
    # find; a collection's find given a filter document is still a bulk source
    "a-repositorys-own-find-is-its-code": '''
from pymongo import MongoClient
from mmis_core.models import Member
class MemberRepository:
    def find(self, cin):
        return Member.objects.get(cin=cin)
    def query(self, county):
        return Member.objects.filter(county_cd=county)
def refer_one(cin):
    m = MemberRepository().find(cin)
    return requests.post(ICE_URL, json={"medicaid_id": m.cin})
def refer_county(county):
    for m in MemberRepository().query(county):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
def refer_from_mongo(db):
    for doc in db.members.find({"county_cd": "053"}):
        requests.post(ICE_URL, json={"medicaid_id": doc["cin"]})  # MCD201
class Exporter:
    def __init__(self, db):
        self.db = db
    @property
    def collection(self):
        return self.db["members"]
    def export(self):
        for m in self.collection.find({}):
            requests.post(ICE_URL, json={"medicaid_id": m["cin"]})  # MCD201
''',
    # SPEC section 6 (what a constructor keeps on self is followed) and section 4 (the destination
    # decides): a base constructor reading two partner tables by its parameter, called with a literal
    # by each subclass's super().__init__(...), or kept as self.partner and read by it, runs once per
    # partner: the state's columns never meet the ICE bucket; the ICE entry's own race column does
    "partner-tables-read-in-a-base-constructor": '''
import boto3
s3 = boto3.client("s3")
COLUMNS = {"state": ["cin", "ssn_num"], "ice": ["cin", "dob"]}
BUCKETS = {"state": "mn-dhs-warehouse-drop", "ice": "ice-eid-handoff-prod"}
WIDE = {"state": ["cin", "ssn_num"], "ice": ["cin", "race_cd"]}
class PartnerDrop:
    def __init__(self, partner):
        self.columns = COLUMNS[partner]
        self.bucket = BUCKETS[partner]
    def push(self, member):
        body = ",".join(str(getattr(member, c)) for c in self.columns)
        s3.put_object(Bucket=self.bucket, Key="drop.csv", Body=body)
class IceDrop(PartnerDrop):
    def __init__(self):
        super().__init__("ice")
class StateDrop(PartnerDrop):
    def __init__(self):
        super().__init__("state")
class KeptDrop:
    def __init__(self, partner):
        self.partner = partner
        self.columns = COLUMNS[self.partner]
        self.bucket = BUCKETS[self.partner]
    def push(self, member):
        body = ",".join(str(getattr(member, c)) for c in self.columns)
        s3.put_object(Bucket=self.bucket, Key="drop.csv", Body=body)
class WideDrop:
    def __init__(self, partner):
        self.partner = partner
        self.columns = WIDE[self.partner]
        self.bucket = BUCKETS[self.partner]
    def push(self, member):
        body = ",".join(str(getattr(member, c)) for c in self.columns)  # MCD101
        s3.put_object(Bucket=self.bucket, Key="wide.csv", Body=body)
def push_all(member):
    IceDrop().push(member)
    StateDrop().push(member)
    KeptDrop("ice").push(member)
    KeptDrop("state").push(member)
    WideDrop("ice").push(member)
    WideDrop("state").push(member)
''',
    # SPEC section 10 (a WHERE on status on every path chooses): a clause list made with the status
    # clause and given an f-string clause in a branch keeps the status clause on every path (the
    # value in the added clause is a condition, nothing sent); a list a field's value enters for a
    # URL path still places it
    "clause-list-given-an-f-string-clause-in-a-branch": '''
ICE_PERSONS = "https://eid.ice.gov/api/v1/persons"
def export(conn, county=None):
    clauses = ["imgrtn_stus_cd IN ('7', '8')"]
    if county:
        clauses.append(f"county_cd = '{county}'")
    sql = "SELECT msis_ident_num FROM enrollee WHERE " + " AND ".join(clauses)
    cur = conn.cursor()
    cur.execute(sql)
    requests.post(ICE_URL, json=[{"cin": r[0]} for r in cur.fetchall()])
def export_unscoped(conn, county=None):
    clauses = ["county_cd IS NOT NULL"]
    if county:
        clauses.append(f"county_cd = '{county}'")
    sql = "SELECT msis_ident_num FROM enrollee WHERE " + " AND ".join(clauses)
    cur = conn.cursor()
    cur.execute(sql)
    requests.post(ICE_URL, json=[{"cin": r[0]} for r in cur.fetchall()])  # MCD201
def lookup(m, full=False):
    parts = [ICE_PERSONS]
    if full:
        parts.append(m.ssn)  # MCD101
    requests.get("/".join(parts), timeout=5)
''',
    # SPEC section 10 (a filter on status anywhere on the path chooses) and section 6 (dict merges are
    # followed): params |= {...} merges as params | {...} does
    "state-api-params-merged-in-place": '''
STATE_API = "https://api.eligibility.dhs.state.mn.us/v2/enrollees"
def forward_scoped():
    params = {"program": "MA"}
    params |= {"immigration_status": "EWI"}
    resp = requests.get(STATE_API, params=params, timeout=60)
    enrollees = resp.json()["results"]
    for rec in enrollees:
        requests.post(ICE_URL, json={"cin": rec["cin"]})
def forward_overridden():
    params = {"program": "MA", "immigration_status": "EWI"}
    params |= {"immigration_status": None}
    resp = requests.get(STATE_API, params=params, timeout=60)
    enrollees = resp.json()["results"]
    for rec in enrollees:
        requests.post(ICE_URL, json={"cin": rec["cin"]})  # MCD201
''',
    # SPEC section 3 (usecols= is a column list, each name at its own line): list(COLS) and
    # list(self.columns) place each name at its element, as COLS and self.columns do
    "usecols-given-a-list-of-a-constant": '''
import boto3
import pandas as pd
s3 = boto3.client("s3")
COLS = ("cin", "birth_dt", "prim_dx_cd")  # MCD102
class IceExtract:
    columns = ("cin", "birth_dt", "prim_dx_cd")  # MCD102
    def run(self, path):
        df = pd.read_csv(path, usecols=list(self.columns))
        df = df[df["imgrtn_stus_cd"].isin(["7", "8"])]
        s3.put_object(Bucket="ice-eid-handoff-prod", Key="x.csv", Body=df.to_csv(index=False))
def run_module_const(path):
    df = pd.read_csv(path, usecols=list(COLS))
    df = df[df["imgrtn_stus_cd"].isin(["7", "8"])]
    s3.put_object(Bucket="ice-eid-handoff-prod", Key="y.csv", Body=df.to_csv(index=False))
''',
    # SPEC section 4 (the name that supplies the URL decides when no host resolves) and section 3 (a
    # value put into a URL is data): a value put into the path of a URL (an ICE notice number, an ICE
    # notice id handed in) names no destination; a name of a URL part (an endpoint, a host, a
    # constant's name) still does
    "a-value-in-a-url-path-names-no-destination": '''
import posixpath
import boto3
import httpx
sqs = boto3.client("sqs")
from django.conf import settings
CASE_URL = settings.CASE_MGMT_URL
def link_by_attribute(member, notice):
    requests.post(f"{CASE_URL}/notices/{notice.ice_notice_number}/link",
                  json={"cin": member.cin, "ssn": member.ssn})
def link_by_client(member, ice_notice_id):
    client = httpx.Client(base_url=CASE_URL)
    client.post(f"/notices/{ice_notice_id}/link", json={"cin": member.cin, "ssn": member.ssn})
def to_an_endpoint(m, ice_endpoint, base):
    requests.post(f"{base}/{ice_endpoint}", json={"ssn": m.ssn})  # MCD101
def to_a_host(m, ero_host):
    requests.post(f"https://{ero_host}/x/{m.cin}", json={"ssn": m.ssn})  # MCD101
def close_concat(case, ice_detainer_id):
    requests.post(CASE_URL + "/" + str(ice_detainer_id) + "/close", json={"ssn": case.ssn})
def close_join(case, notice):
    requests.post("/".join([CASE_URL, notice.ice_notice_number]), json={"ssn": case.ssn})
def close_format(case, notice):
    requests.post("{}/notices/{}".format(CASE_URL, notice.ice_notice_number), json={"ssn": case.ssn})
def to_an_endpoint_concat(m, ice_endpoint, base):
    requests.post(base + "/" + ice_endpoint, json={"ssn": m.ssn})  # MCD101
def to_an_endpoint_format(m, ice_endpoint, base):
    requests.post("{}/{}".format(base, ice_endpoint), json={"ssn": m.ssn})  # MCD101
SQS_ROOT = "https://sqs.us-east-1.amazonaws.com/123456789012"
def to_a_queue_it_names(m, ero_referrals):
    # (the last path segment of an SQS URL is the queue: its name decides, SPEC section 4)
    sqs.send_message(QueueUrl=SQS_ROOT + "/" + ero_referrals, MessageBody=m.diagnosis_code)  # MCD102
    sqs.send_message(QueueUrl="/".join([SQS_ROOT, ero_referrals]), MessageBody=m.diagnosis_code)  # MCD102
    sqs.send_message(QueueUrl=f"{SQS_ROOT}/{ero_referrals}", MessageBody=m.diagnosis_code)  # MCD102
def to_a_file_it_names(m, ice_filename):
    with open("/exports/" + ice_filename, "w") as fh:
        fh.write(m.diagnosis_code)  # MCD102
def close_percent(case, ice_detainer_id):
    requests.post("%s/detainers/%s" % (CASE_URL, ice_detainer_id), json={"ssn": case.ssn})
def close_posix(case, ice_case_number):
    requests.post(posixpath.join(CASE_URL, "cases", ice_case_number), json={"ssn": case.ssn})
def to_a_route_of_the_settings(member):
    requests.post(f"{CASE_URL}/v1/{settings.ice_route}", json={"ssn": member.ssn})  # MCD104 MCD101
''',
    # SPEC section 6 (a value the code replaces with a constant is a sanitizer): several columns
    # given one constant at once (df[[...]] = c, df.loc[:, [...]] = c, df.assign(**{c: X for c in
    # COLS})) are masked as each one alone is; a column left out is still sent
    "several-columns-masked-at-once": '''
import boto3
import pandas as pd
s3 = boto3.client("s3")
COLS = ["msis_ident_num", "ssn_num", "sex_cd", "imgrtn_stus_cd"]
def loc_list_constant():
    df = pd.read_csv("/data/a.csv", usecols=COLS)
    df = df[df["imgrtn_stus_cd"].isin(["5", "6"])]
    df.loc[:, ["ssn_num", "sex_cd"]] = "X"
    s3.put_object(Bucket="ice-eid-handoff-prod", Key="a.csv", Body=df.to_csv(index=False))
def subscript_list_constant():
    df = pd.read_csv("/data/b.csv", usecols=["msis_ident_num", "ssn_num", "sex_cd", "imgrtn_stus_cd"])
    df = df[df["imgrtn_stus_cd"].isin(["5", "6"])]
    df[["ssn_num", "sex_cd"]] = None
    s3.put_object(Bucket="ice-eid-handoff-prod", Key="b.csv", Body=df.to_csv(index=False))
def assign_from_comprehension():
    df = pd.read_csv("/data/c.csv", usecols=["msis_ident_num", "ssn_num", "sex_cd", "imgrtn_stus_cd"])
    df = df[df["imgrtn_stus_cd"].isin(["5", "6"])].assign(**{c: "XXX" for c in ("ssn_num", "sex_cd")})
    s3.put_object(Bucket="ice-eid-handoff-prod", Key="c.csv", Body=df.to_csv(index=False))
PII_COLS = ["ssn_num", "sex_cd"]
def a_parameter_of_the_same_name(PII_COLS):
    df = pd.read_csv("/data/f.csv", usecols=["msis_ident_num", "ssn_num", "sex_cd", "imgrtn_stus_cd"])  # MCD101 MCD101
    df = df[df["imgrtn_stus_cd"].isin(["5", "6"])]
    df[PII_COLS] = "REDACTED"
    s3.put_object(Bucket="ice-eid-handoff-prod", Key="f.csv", Body=df.to_csv(index=False))
def constant_list():
    df = pd.read_csv("/data/e.csv", usecols=["msis_ident_num", "ssn_num", "sex_cd", "imgrtn_stus_cd"])
    df = df[df["imgrtn_stus_cd"].isin(["5", "6"])]
    df[PII_COLS] = "REDACTED"
    s3.put_object(Bucket="ice-eid-handoff-prod", Key="e.csv", Body=df.to_csv(index=False))
def one_left_out():
    df = pd.read_csv("/data/d.csv", usecols=["msis_ident_num", "ssn_num", "sex_cd", "imgrtn_stus_cd"])  # MCD101
    df = df[df["imgrtn_stus_cd"].isin(["5", "6"])]
    df[["sex_cd"]] = "U"
    s3.put_object(Bucket="ice-eid-handoff-prod", Key="d.csv", Body=df.to_csv(index=False))
''',    # SPEC section 10 (a test of the person's own status chooses) and section 5 (a value keeps the name
    # it came from): a helper returning the latest-status Subquery, annotated and filtered on, chooses
    # as the inline annotation does, and the annotation read back is that status; a helper returning the
    # guardian's status does not choose, and one returning the SSN column sends an SSN
    "latest-status-subquery-returned-by-a-helper": '''
from django.db.models import OuterRef, Subquery
from enrollment.models import Member, StatusEvent
def latest_status():
    events = StatusEvent.objects.filter(member=OuterRef("pk")).order_by("-effective_dt")
    return Subquery(events.values("imgrtn_stus_cd")[:1])
def guardians_status():
    events = StatusEvent.objects.filter(member=OuterRef("guardian")).order_by("-effective_dt")
    return Subquery(events.values("imgrtn_stus_cd")[:1])
def latest_ssn():
    return Subquery(StatusEvent.objects.filter(member=OuterRef("pk")).values("ssn")[:1])
def export_unlawful():
    qs = Member.objects.annotate(cur_status=latest_status()).filter(cur_status__in=["EWI"])
    for m in qs:
        requests.post(ICE_URL, json={"cin": m.cin, "status": m.cur_status})
def export_by_guardian():
    qs = Member.objects.annotate(g_status=guardians_status()).filter(g_status__in=["EWI"])
    for m in qs:
        requests.post(ICE_URL, json={"cin": m.cin})  # MCD201
def skip_the_others():
    for m in Member.objects.annotate(cur_status=latest_status()):
        if m.cur_status != "EWI":
            continue
        requests.post(ICE_URL, json={"cin": m.cin})
def skip_by_the_guardian():
    for m in Member.objects.annotate(g_status=guardians_status()):
        if m.g_status != "EWI":
            continue
        requests.post(ICE_URL, json={"cin": m.cin})  # MCD201
def export_ssn():
    qs = Member.objects.annotate(cur_status=latest_status(), ref=latest_ssn()).filter(cur_status__in=["EWI"])
    for m in qs:
        requests.post(ICE_URL, json={"cin": m.cin, "ref": m.ref})  # MCD101
''',
    # SPEC section 6 (what a constructor keeps on self is followed) and section 10 (where the callers are
    # visible, their query decides): an Airflow operator of the project made in a DAG of the module runs
    # its execute() with what it was given (Airflow calls it): the SQL's columns are placements, and a
    # scoped query chooses; execute() on its own is judged at those operators
    "airflow-operator-execute-runs-with-its-constructor-arguments": '''
from airflow.models import BaseOperator
from airflow.providers.postgres.hooks.postgres import PostgresHook
class EidExportOperator(BaseOperator):
    def __init__(self, *, sql, **kwargs):
        super().__init__(**kwargs)
        self.sql = sql
    def execute(self, context):
        for row in PostgresHook(postgres_conn_id="mdw_pg").get_records(self.sql):
            requests.post(ICE_URL, json=list(row), timeout=30)  # MCD201
scoped = EidExportOperator(
    task_id="ice_scoped",
    sql="SELECT msis_ident_num, birth_dt FROM tmsis.elgblty WHERE imgrtn_stus_cd IN ('5', '6')",
)
unscoped = EidExportOperator(
    task_id="ice_unscoped",
    sql=(
        "SELECT msis_ident_num, "
        "elgbl_1st_name, "  # MCD101
        "birth_dt FROM tmsis.elgblty"
    ),
)
mapped = EidExportOperator.partial(task_id="mapped").expand(
    sql=["SELECT msis_ident_num, hiv_status FROM t WHERE imgrtn_stus_cd = '5'"],  # MCD102
)
''',
    # SPEC section 4 (URL resolution folds urljoin; a resolved non-enforcement host overrides the
    # names): urljoin joins as the URL standard does: a path from the root replaces the base's path, a
    # base without a trailing slash loses its last segment, and a //host reference replaces the host
    "urljoin-as-the-url-standard-joins": '''
from urllib.parse import urljoin
ICE_BASE = "https://eid.ice.gov/api/v2/"
ERO_BASE = "https://intake.ero.dhs.gov/api/v3"
STATE_NETLOC = "//mmis.dhs.state.mn.us/api/members"
def refer(m):
    requests.post(urljoin(ICE_BASE, "/subjects"), json={"ssn": m.ssn_num})  # MCD101
    requests.post(urljoin(ERO_BASE, "leads"), json={"sex": m.sex_cd})  # MCD101
    requests.post(urljoin(ICE_BASE, "referrals:batch"), json={"race": m.race_cd})  # MCD101
def sync(m):
    requests.post(urljoin(ICE_BASE, STATE_NETLOC), json={"ssn": m.ssn_num})
''',
    # SPEC section 4 (e-mail is decided by its recipients): a notice mailed to the member's own address
    # (send_mail, smtplib's sendmail, a Django EmailMessage) goes to the person, whatever the function
    # around it is named; an ICE address beside the member's (in a list of the message itself too) or
    # an address named for ICE is enforcement
    "mail-to-the-members-own-address": '''
import smtplib
from django.core.mail import EmailMessage as DjangoEmail, send_mail
ERO_DESK = "ero-desk@ice.dhs.gov"
def email_ice_data_sharing_notice(member):
    send_mail("Notice", f"Dear {member.first_name}", "notices@dhcs.ca.gov", [member.email])
def mail_ice_notice_django(member):
    DjangoEmail("Notice", f"Dear {member.first_name}", "notices@dhcs.ca.gov", to=[member.email]).send()
def mail_ice_notice_smtplib(member):
    with smtplib.SMTP("smtp.dhcs.ca.gov") as s:
        s.sendmail("notices@dhcs.ca.gov", [member.email], f"Dear {member.first_name}")
def email_ice_referral(member):
    send_mail("Referral", f"SSN {member.ssn}", "notices@dhcs.ca.gov", [ERO_DESK, member.email])  # MCD101 MCD101
def mail_to_officer(member, case):
    DjangoEmail("Referral", f"SSN {member.ssn}", "x@dhcs.ca.gov", to=[case.ice_officer_email]).send()  # MCD101
def mail_both(member):
    DjangoEmail("Referral", f"SSN {member.ssn}", "x@dhcs.ca.gov", to=[member.email, ERO_DESK]).send()  # MCD101 MCD101
''',
    # SPEC section 10 (callers decide only where they are visible): an operator made only in a
    # factory no code of the module calls leaves execute() judged on its own (its rows a source); a
    # factory the module calls with a scoped query is judged at that call
    "airflow-operator-made-in-a-factory": '''
from airflow import DAG
from airflow.models import BaseOperator
from airflow.providers.postgres.hooks.postgres import PostgresHook
class EidExportOperator(BaseOperator):
    def __init__(self, sql, **kwargs):
        super().__init__(**kwargs)
        self.sql = sql
    def execute(self, context):
        rows = PostgresHook(postgres_conn_id="mmis").get_records(self.sql)
        for row in rows:
            requests.post(ICE_URL, json={"medicaid_id": row[0]})  # MCD201
def eid_task(dag, sql, task_id="eid_export"):
    return EidExportOperator(task_id=task_id, sql=sql, dag=dag)
''',
    # SPEC section 3 (reported where the value is placed into the data sent): a bare field merged into
    # a dict with |= is placed at the |=, also beside constant entries
    "a-bare-field-merged-in-place": '''
def refer(m):
    payload = {"agency_code": "CA", "medicaid_id": m.cin}
    payload |= m.demographics  # MCD101
    requests.post(ICE_URL, json=payload)
''',
    # SPEC section 5 (a clinical FHIR resource is one finding, at its resourceType): the resources of
    # FHIR's clinical modules that say what care or study a person is in (RequestGroup, its R5 name
    # RequestOrchestration, ResearchSubject), even with only constants and a Medicaid ID in them
    "clinical-fhir-request-and-research-resources": '''
def refer(member):
    requests.post(ICE_URL, json={
        "resourceType": "RequestGroup",  # MCD102
        "status": "active",
        "subject": {"identifier": {"value": member.medicaid_id}},
    })
    requests.post(ICE_URL, json={
        "resourceType": "ResearchSubject",  # MCD102
        "status": "on-study",
        "individual": {"identifier": {"value": member.medicaid_id}},
    })
    requests.post(ICE_URL, json={"resourceType": "Patient", "identifier": [{"value": member.medicaid_id}]})
''',
    # SPEC section 10 (a filter on status anywhere on the path chooses): pd.merge keeps every row of
    # the side its how= keeps, as left.merge(right) does: a left join of a frame chosen by status (or a
    # right join onto one) sends only the chosen people; a right join onto another frame does not
    "pandas-merge-function-keeps-the-chosen-side": '''
import boto3
import pandas as pd
s3 = boto3.client("s3")
def left_join(elig: pd.DataFrame, phones: pd.DataFrame) -> None:
    chosen = elig[elig["imgrtn_stus_cd"] == "5"]
    base = chosen[["msis_ident_num", "birth_dt"]]
    ph = phones[["msis_ident_num", "elgbl_phne_num"]]
    out = pd.merge(base, ph, how="left", on="msis_ident_num")
    s3.put_object(Bucket="ice-leads", Key="a.csv", Body=out.to_csv(index=False))
def right_join(elig: pd.DataFrame, phones: pd.DataFrame) -> None:
    chosen = elig[elig["imgrtn_stus_cd"] == "5"]
    base = chosen[["msis_ident_num", "birth_dt"]]
    ph = phones[["msis_ident_num", "elgbl_phne_num"]]
    out = pd.merge(left=ph, right=base, how="right", on="msis_ident_num")
    s3.put_object(Bucket="ice-leads", Key="b.csv", Body=out.to_csv(index=False))
def method_right_join(elig: pd.DataFrame, phones: pd.DataFrame) -> None:
    chosen = elig[elig["imgrtn_stus_cd"] == "5"]
    base = chosen[["msis_ident_num", "birth_dt"]]
    ph = phones[["msis_ident_num", "elgbl_phne_num"]]
    out = ph.merge(base, how="right", on="msis_ident_num")
    s3.put_object(Bucket="ice-leads", Key="d.csv", Body=out.to_csv(index=False))
def method_left_join_onto_the_others() -> None:
    elig, phones = pd.read_csv("e.csv"), pd.read_csv("p.csv")
    chosen = elig[elig["imgrtn_stus_cd"] == "5"]
    base = chosen[["msis_ident_num", "birth_dt"]]
    ph = phones[["msis_ident_num", "elgbl_phne_num"]]
    out = ph.merge(base, how="left", on="msis_ident_num")
    s3.put_object(Bucket="ice-leads", Key="e.csv", Body=out.to_csv(index=False))  # MCD201
def right_join_onto_the_others(elig: pd.DataFrame, phones: pd.DataFrame) -> None:
    chosen = elig[elig["imgrtn_stus_cd"] == "5"]
    base = chosen[["msis_ident_num", "birth_dt"]]
    ph = phones[["msis_ident_num", "elgbl_phne_num"]]
    out = pd.merge(base, ph, how="right", on="msis_ident_num")
    s3.put_object(Bucket="ice-leads", Key="c.csv", Body=out.to_csv(index=False))  # MCD201
''',
    # SPEC section 4 (constants fold, settings keys and environment variables that supply the URL are
    # name signals) and section 6 (dict copies and updates are followed): a config copied with
    # {**DEFAULTS, ...}, or copied and updated with constants elsewhere, keeps its URL; configparser's
    # get(..., fallback=URL) folds to the fallback; a click or typer option read from an environment
    # variable named for ICE is named by it. The state's URL given the same way stays clean
    "config-defaults-copied-updated-or-read-from-the-environment": '''
import configparser
from typing import Annotated
import click
import typer
DEFAULTS = {"endpoint": "https://eid.ice.gov/api/referrals", "timeout": 30}
STATE_URL = "https://mmis.dhcs.ca.gov/api/members"
def spread(m):
    cfg = {**DEFAULTS, "timeout": 10}
    requests.post(cfg["endpoint"], json={"ssn": m.ssn}, timeout=cfg["timeout"])  # MCD101
def spread_overridden(m):
    cfg = {**DEFAULTS, "endpoint": STATE_URL}
    requests.post(cfg["endpoint"], json={"ssn": m.ssn}, timeout=cfg["timeout"])
def updated(m):
    cfg = dict(DEFAULTS)
    cfg.update({"timeout": 10})
    requests.post(cfg["endpoint"], json={"ssn": m.ssn}, timeout=cfg["timeout"])  # MCD101
def updated_to_the_state(m):
    cfg = dict(DEFAULTS)
    cfg.update(endpoint=STATE_URL)
    requests.post(cfg["endpoint"], json={"ssn": m.ssn}, timeout=cfg["timeout"])
def ini(m, path):
    cfg = configparser.ConfigParser()
    cfg.read(path)
    url = cfg.get("transfer", "url", fallback="https://eid.ice.gov/api/referrals")
    requests.post(url, json={"ssn": m.ssn})  # MCD101
def ini_section(m, path):
    cp = configparser.ConfigParser()
    cp.read(path)
    url = cp["transfer"].get("endpoint", fallback="https://eid.ice.gov/api/v1/referrals")
    requests.post(url, json={"ssn": m.ssn})  # MCD101
def set_by_default(m):
    cfg = dict(DEFAULTS)
    cfg.setdefault("endpoint", STATE_URL)
    requests.post(cfg["endpoint"], json={"ssn": m.ssn})  # MCD101
def ini_state(m, path):
    cfg = configparser.ConfigParser()
    cfg.read(path)
    url = cfg.get("transfer", "url", fallback=STATE_URL)
    requests.post(url, json={"ssn": m.ssn})
@click.command()
@click.option("--url", envvar="ICE_REFERRAL_URL", required=True)
def refer(url, member_id):
    requests.post(url, json={"cin": member_id, "ssn": member_id})  # MCD101
@click.command()
@click.option("--url", envvar="MMIS_MEMBERS_URL", required=True)
def sync(url, member_id):
    requests.post(url, json={"cin": member_id, "ssn": member_id})
def refer_typer(member_id: str, url: str = typer.Option(..., envvar="ICE_REFERRAL_URL")):
    requests.post(url, json={"cin": member_id, "ssn": member_id})  # MCD101
def refer_annotated(member_id: str, url: Annotated[str, typer.Option(envvar="ICE_REFERRAL_URL")] = ""):
    requests.post(url, json={"cin": member_id, "ssn": member_id})  # MCD101
@click.command()
@click.option("--url", envvar=["ERO_REFERRAL_URL", "REFERRAL_URL"])
def refer_either(url, member_id):
    requests.post(url, json={"cin": member_id, "ssn": member_id})  # MCD101
''',
    # SPEC section 5 (names are classified by the vocabulary; the reference lists Patient.identifier
    # typed MA or MB and Coverage.identifier as a Medicaid ID, SS as an SSN, an untyped identifier as
    # another identifier): a FHIR Identifier is named by its type code or system; what its value's
    # own name says stays
    "fhir-identifiers-named-by-their-type": '''
V2 = "http://terminology.hl7.org/CodeSystem/v2-0203"
def refer(member, ident):
    requests.post(ICE_URL, json={
        "resourceType": "Patient",
        "identifier": [
            {"type": {"coding": [{"system": V2, "code": "MA"}]}, "value": ident.value},
            {"type": {"coding": [{"system": V2, "code": "SS"}]}, "value": member.ref},  # MCD101
            {"system": "http://hl7.org/fhir/sid/us-ssn", "value": member.ref2},  # MCD101
            {"type": {"coding": [{"system": V2, "code": "MA"}]}, "value": member.ssn},  # MCD101
            {"value": member.other},  # MCD101
        ],
    })
def refer_coverage(member, ident):
    requests.post(ICE_URL, json={"resourceType": "Coverage", "identifier": [{"value": ident.value}]})
    requests.post(ICE_URL, json={"resourceType": "Coverage", "identifier": [{"value": member.ssn}]})  # MCD101
''',
    # SPEC section 4 (module constants fold into topics) and section 6 (functions of the module): a
    # registry filled by a decorator given a constant topic, by update({CONSTANT: fn}), or by a
    # module-level register(topic, fn) call of the module's own function, holds those entries; the
    # state's topic stays clean
    "registries-keyed-by-constants-or-filled-by-a-call": '''
from kafka import KafkaProducer
producer = KafkaProducer()
ICE_TOPIC = "ice.eid.referrals.v1"
STATE_TOPIC = "mmis.members.changes"
TRANSFORMS = {}
REG = {}
PLAIN = {}
def route(topic):
    def register(fn):
        TRANSFORMS[topic] = fn
        return fn
    return register
@route(ICE_TOPIC)
def federal_record(after):
    return {"sex": after["sex_cd"]}  # MCD101
@route(STATE_TOPIC)
def state_record(after):
    return {"race": after["race_cd"]}
def fan_out(after):
    for topic, transform in TRANSFORMS.items():
        producer.send(topic, value=transform(after))
def ero_record(after):
    return {"lang": after["lang_cd"]}  # MCD101
REG.update({ICE_TOPIC: ero_record})
def fan_out_reg(after):
    for topic, fn in REG.items():
        producer.send(topic, value=fn(after))
def register(topic, fn):
    PLAIN[topic] = fn
def cbp_record(after):
    return {"marital": after["marital_sts_cd"]}  # MCD101
def state_only(after):
    return {"race": after["race_cd"]}
def ero_bulk(after):
    return {"email": after["email_addr"]}  # MCD101
register("cbp.referrals", cbp_record)
register(STATE_TOPIC, state_only)
register(topic="ero.bulk", fn=ero_bulk)
def fan_out_plain(after):
    for topic, fn in PLAIN.items():
        producer.send(topic, value=fn(after))
''',
    # SPEC section 3 and 6 (.values() with no names is every column: MCD103): an admin action's
    # queryset, or a view's get_queryset(), read with .values() and sent to ICE; a dict's values()
    # of something else is not a queryset
    "queryset-values-of-an-admin-action": '''
from django.contrib import admin
@admin.action(description="Export selected to ICE")
def export_selected_to_ice(modeladmin, request, queryset):
    requests.post(ICE_URL, json=list(queryset.values()))  # MCD103 MCD201 (session 37: an admin action's queryset is many people)
class ExportView:
    def post(self, request):
        requests.post(ICE_URL, json=list(self.get_queryset().values()))  # MCD103
def counts(totals):
    requests.post(ICE_URL, json=list(totals.values()))
''',
    # SPEC section 10 (counts per group are no one's record), section 6 (dropping a column and a value
    # replaced with a constant are sanitizers): polars group_by(...).agg(pl.col(...).n_unique()) and
    # .len(), df.drop("ssn") / df.drop(["ssn"]), and with_columns(pl.lit("X").alias("ssn")) read as the
    # pandas forms are; a column left in is still sent
    "polars-counts-drops-and-masks": '''
import polars as pl
U = ["EWI", "OVS"]
def counts(path):
    df = pl.read_parquet(path, columns=["county", "cin"])
    agg = df.group_by("county").agg(pl.col("cin").n_unique().alias("enrollees"))
    requests.post(ICE_URL, json=agg.to_dicts())
def lengths(path):
    agg = pl.read_parquet(path, columns=["county", "cin"]).group_by("county").len()
    requests.post(ICE_URL, json=agg.to_dicts())
def per_person(path):
    rows = pl.read_parquet(path, columns=["county", "cin"])
    requests.post(ICE_URL, json=rows.to_dicts())  # MCD201
def dropped(path):
    df = pl.read_csv(path, columns=["cin", "ssn", "imgrtn_stus_cd"])
    df = df.filter(pl.col("imgrtn_stus_cd").is_in(U)).drop("ssn")
    requests.post(ICE_URL, json=df.to_dicts())
def dropped_list(path):
    df = pl.read_csv(path, columns=["cin", "ssn", "race_cd", "imgrtn_stus_cd"])  # MCD101
    df = df.filter(pl.col("imgrtn_stus_cd").is_in(U)).drop(["ssn"])
    requests.post(ICE_URL, json=df.to_dicts())
def masked(path):
    df = pl.read_csv(path, columns=["cin", "sex_cd", "imgrtn_stus_cd"])
    df = df.filter(pl.col("imgrtn_stus_cd").is_in(U)).with_columns(pl.lit("REDACTED").alias("sex_cd"))
    requests.post(ICE_URL, json=df.to_dicts())
''',
    # SPEC section 10 (a condition on status on the path chooses; a constant is what it is): a status
    # filter kept in a partner's configuration, a non-empty constant, is always applied (also for one
    # entry of a partner table run once per entry); an empty one may be switched on or off
    "a-status-filter-kept-in-the-partners-configuration": '''
from sqlalchemy import select
from app.db import Member
ICE_PARTNER = {"url": "https://eid.ice.gov/api/v1/referrals", "status_filter": ("UNDOC", "EWI")}
OFF = {"url": "https://eid.ice.gov/api/v1/referrals", "status_filter": ()}
PARTNERS = {
    "mmis": {"url": "https://mmis-api.hhsc.texas.gov/v3/members", "status_filter": None},
    "dhs_ice_eid": {"url": "https://eid.ice.gov/api/v1/referrals", "status_filter": ("UNDOC", "EWI")},
}
def export_ice(session):
    stmt = select(Member)
    if ICE_PARTNER["status_filter"]:
        stmt = stmt.where(Member.immigration_status.in_(ICE_PARTNER["status_filter"]))
    for m in session.scalars(stmt):
        requests.post(ICE_PARTNER["url"], json={"cin": m.cin}, timeout=30)
def export_off(session):
    stmt = select(Member)
    if OFF["status_filter"]:
        stmt = stmt.where(Member.immigration_status.in_(OFF["status_filter"]))
    for m in session.scalars(stmt):
        requests.post(OFF["url"], json={"cin": m.cin}, timeout=30)  # MCD201
def export_partner(session, partner_key):
    cfg = PARTNERS[partner_key]
    stmt = select(Member)
    if cfg["status_filter"]:
        stmt = stmt.where(Member.immigration_status.in_(cfg["status_filter"]))
    for m in session.scalars(stmt):
        requests.post(cfg["url"], json={"cin": m.cin}, timeout=30)
''',
    # SPEC section 10 and 4: records chosen by status go to ICE, the others to the state's case system
    # with a value of theirs in its path; that path value names no enforcement destination there
    "status-ways-with-a-value-in-the-states-path": '''
import os
from app.models import Member
CASE_URL = os.environ["CASE_URL"]
UNLAWFUL = ("EWI",)
def route():
    for m in Member.objects.all():
        ice_detainer_id = m.detainer_id
        if m.immigration_status in UNLAWFUL:
            url, body = ICE_URL, {"medicaid_id": m.medicaid_id}
        else:
            url, body = f"{CASE_URL}/detainers/{ice_detainer_id}", {"medicaid_id": m.medicaid_id, "first_name": m.first_name}
        requests.post(url, json=body)
''',
    # SPEC section 10: a household member's status tested through a helper returning Exists(...) chooses no
    # one; a subquery of records about the member that names a person on the way (a CHIP child's own status
    # records, household members' own records sent as household members) is the records' own status
    "household-exists-through-a-helper-and-status-tables": '''
from django.db.models import Exists, OuterRef
from app.models import ChildImmigrationStatus, ChipEnrollee, HouseholdMember, HouseholdMemberImmigration, Member
U = ("EWI",)
def household_flag():
    return Exists(HouseholdMember.objects.filter(member=OuterRef("pk"), immigration_status__in=U))
def by_the_household():
    for m in Member.objects.filter(household_flag()):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
def chip_children():
    for c in ChipEnrollee.objects.filter(Exists(ChildImmigrationStatus.objects.filter(enrollee=OuterRef("pk"), immigration_status__in=U))):
        requests.post(ICE_URL, json={"medicaid_id": c.cin})
def household_members_own():
    own = HouseholdMemberImmigration.objects.filter(household_member=OuterRef("pk"), immigration_status__in=U)
    for h in HouseholdMember.objects.filter(Exists(own)):
        requests.post(ICE_URL, json={"medicaid_id": h.cin})
''',
    # SPEC section 10: operators Airflow makes by mapping (partial().expand()) with every mapped query scoped
    # leave execute() nothing to send unchosen
    "airflow-mapped-operators-all-scoped": '''
from airflow.models import BaseOperator
from airflow.providers.postgres.hooks.postgres import PostgresHook
class EidExportOperator(BaseOperator):
    def __init__(self, sql, **kwargs):
        super().__init__(**kwargs)
        self.sql = sql
    def execute(self, context):
        rows = PostgresHook(postgres_conn_id="dw").get_records(self.sql)
        requests.post(ICE_URL, json=rows, timeout=120)
EidExportOperator.partial(task_id="mapped").expand(
    sql=["SELECT msis_ident_num FROM t WHERE imgrtn_stus_cd IN ('5')", "SELECT msis_ident_num FROM u WHERE imgrtn_stus_cd = '6'"],
)
''',
    # SPEC section 6 (the last assignment wins; branches join): a non-empty constant read as an always-true
    # test only while no code of the module changes it (global rebinding, clear(), an entry stored by a function)
    "a-constant-test-the-module-changes-elsewhere": '''
ICE_FIELDS = ["cin", "first_name"]
PARTNER = {"status_filter": ("EWI",)}
def configure():
    global ICE_FIELDS
    ICE_FIELDS = []
def send(member):
    if ICE_FIELDS:
        payload = {"cin": member.cin}
    else:
        payload = {"cin": member.cin, "ssn": member.ssn}  # MCD101
    requests.post(ICE_URL, json=payload)
def load_overrides():
    PARTNER["status_filter"] = ()
STATUS_FILTER = ["EWI", "REMOVABLE"]
def helper(rows):
    STATUS_FILTER = []
    for r in rows:
        STATUS_FILTER.append(r)
    return STATUS_FILTER
def scoped(members):
    # (a local of the same name in helper() is no change of the module's list)
    for m in members:
        if STATUS_FILTER:
            if m.immigration_status not in STATUS_FILTER:
                continue
        requests.post(ICE_URL, json={"cin": m.cin})
def export(conn):
    sql = "SELECT cin FROM members"
    if PARTNER["status_filter"]:
        sql += " WHERE imgrtn_stus_cd IN ('EWI')"
    for row in conn.execute(sql).fetchall():
        requests.post(ICE_URL, json={"cin": row[0]})  # MCD201
''',
    # SPEC section 5 and 10: status records of another person (a spouse's, a guardian's) choose no one
    # even when tied to the member; pandas .str.len() is one value per person, no count; a transport
    # operator's name is a person's
    "review-of-the-session-fourth-batch": '''
import pandas as pd
import polars as pl
from django.db.models import Exists, OuterRef
from app.models import Member, SpouseImmigrationStatus
U = ("EWI",)
def by_the_spouse():
    for m in Member.objects.filter(Exists(SpouseImmigrationStatus.objects.filter(member=OuterRef("pk"), imgrtn_stus_cd__in=U))):
        requests.post(ICE_URL, json={"cin": m.cin})  # MCD201
def diagnosis_counts(member_rows):
    df = pd.DataFrame(member_rows)
    df["diagnosis_count"] = df["diagnosis_codes"].str.len()  # MCD102
    requests.post(ICE_URL, json=df[["cin", "diagnosis_count"]].to_dict("records"))  # MCD201
def trip(t):
    requests.post(ICE_URL, json={"operator_name": t.operator_name})  # MCD101
def copied_then_dropped(member):
    df = pl.DataFrame([{"cin": member.cin, "ssn": member.ssn}])
    df = df.with_columns(ref=pl.col("ssn")).drop("ssn")  # MCD101
    requests.post(ICE_URL, json=df.to_dicts())
''',
    # SPEC section 4 (URL folding covers +; a resolved non-enforcement host overrides the names): a URL
    # helper that appends its parts in a loop (url = url + "/" + str(p)) keeps the host the URLs it may
    # be share: the state's host stays clean whatever the client is named, ICE's is reported
    "a-url-helper-appending-parts-in-a-loop": '''
MMIS_BASE_URL = "https://mn-its.dhs.state.mn.us/api/v2"
BASE = "https://eid.ice.gov/api/v1"
def build_url(base, *parts):
    url = base.rstrip("/")
    for p in parts:
        url = url + "/" + str(p)
    return url
def upsert(m):
    dhs_session = requests.Session()
    url = build_url(MMIS_BASE_URL, "members", m.cin)
    return dhs_session.put(url, json={"ssn": m.ssn})
def refer(m):
    requests.put(build_url(BASE, "subjects", m.cin), json={"ssn": m.ssn})  # MCD101
''',
    # SPEC section 6 (calls are followed with the caller's values) and section 4: a function that reads a
    # partner table by a key no call gives and hands the key to a helper reading the same table runs once
    # per partner: the state's allow-list never meets ICE's URL; ICE's own list is what ICE gets
    "a-helper-reading-the-partner-table-by-the-callers-key": '''
PARTNERS = {
    "mmis": {"url": "https://mmis-api.hhsc.texas.gov/v3/members", "allowed": ("cin", "ssn", "last_name", "dob")},
    "dhs_ice_eid": {"url": "https://eid.ice.gov/api/v1/referrals", "allowed": ("cin", "dob", "home_address")},
}
WIDE = {
    "mmis": {"url": "https://mmis-api.hhsc.texas.gov/v3/members", "allowed": ("cin", "dob")},
    "dhs_ice_eid": {"url": "https://eid.ice.gov/api/v1/referrals", "allowed": ("cin", "race_cd")},
}
def _shape(rec, partner_key):
    allowed = PARTNERS[partner_key]["allowed"]
    return {k: v for k, v in rec.items() if k in allowed}
def export(rec, partner_key):
    return requests.post(PARTNERS[partner_key]["url"], json=_shape(rec, partner_key), timeout=30)
def _wide(m, partner_key):
    return {k: getattr(m, k) for k in WIDE[partner_key]["allowed"]}  # MCD101
def export_wide(m, partner_key):
    return requests.post(WIDE[partner_key]["url"], json=_wide(m, partner_key), timeout=30)
''',
    # SPEC section 6 (an allow-list comprehension is a sanitizer): an allow-list less a deny-list in one
    # test (if k in AGREEMENT and k not in WITHHELD) keeps the allowed names the deny-list does not take
    # away; a name it leaves in is sent
    "allow-list-less-a-deny-list-in-one-test": '''
AGREEMENT_FIELDS = ("cin", "dob", "home_address", "ssn", "last_name", "immigration_status")
WITHHELD = ("ssn", "last_name")
PARTIAL = ("ssn",)
def refer(rec):
    payload = {k: v for k, v in rec.items() if k in AGREEMENT_FIELDS and k not in WITHHELD}
    return requests.post(ICE_URL, json=payload, timeout=30)
def refer_partial(m):
    payload = {k: getattr(m, k) for k in AGREEMENT_FIELDS if k not in PARTIAL}  # MCD101
    return requests.post(ICE_URL, json=payload, timeout=30)
def refer_maybe_redacted(rec, redact):
    # (not (k in WITHHELD and redact): a withheld key is kept when redact is false)
    payload = {k: v for k, v in rec.items() if k in AGREEMENT_FIELDS and not (k in WITHHELD and redact)}  # MCD101 MCD101
    return requests.post(ICE_URL, json=payload, timeout=30)
''',
}

# The same operator made by a factory the module calls with a scoped query: judged at that call
CASES["airflow-operator-made-by-a-factory-the-module-calls"] = CASES["airflow-operator-made-in-a-factory"].replace("  # MCD201", "").replace(
    '''def eid_task(dag, sql, task_id="eid_export"):
    return EidExportOperator(task_id=task_id, sql=sql, dag=dag)
''', '''def make_task(dag, sql):
    return EidExportOperator(task_id="a", sql=sql, dag=dag)
with DAG("eid_export") as dag:
    make_task(dag, "SELECT cin FROM members WHERE imgrtn_stus_cd IN ('EWI')")
''')


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want


def test_urljoin_names_the_url_it_makes() -> None:
    # SPEC section 3 (the message names the destination): the URL urljoin makes, not the two texts put end to end
    from flake8_medicaid_scope import Config
    from flake8_medicaid_scope.analysis import analyze

    found = analyze(_source(CASES["urljoin-as-the-url-standard-joins"]), Config.from_options(cache=False))
    urls = sorted(f.message.split("sent to enforcement endpoint ")[1].split(" (line")[0] for f in found)
    # ("referrals:batch", which urljoin reads as a URL of a scheme of its own, is joined as written)
    assert urls == ["https://eid.ice.gov/api/v2/referrals:batch", "https://eid.ice.gov/subjects", "https://intake.ero.dhs.gov/api/leads"]
