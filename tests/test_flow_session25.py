"""The data flow shapes of the twenty-fifth session: what its SPEC-only probers found (rounds 158
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
    # SPEC section 10 (a bulk source is many people's records; a query of aggregates is not): an
    # aggregate that lists what it gathers (array_agg, string_agg, json_agg of the members of a
    # group) still returns people's values, so a grouped query selecting one is a bulk source;
    # counts per group stay clean
    "sql-listing-aggregates-are-records": '''
def send_by_county(conn):
    cur = conn.cursor()
    cur.execute("SELECT county, array_agg(msis_ident_num) AS cins FROM enrollees GROUP BY county")
    for county, cins in cur.fetchall():
        requests.post(ICE_URL, json={"county": county, "cins": cins})  # MCD201
def send_ids(conn):
    cur = conn.cursor()
    cur.execute("SELECT county, string_agg(msis_ident_num, ',') AS cins FROM enrollees GROUP BY county")
    requests.post(ICE_URL, json={"groups": cur.fetchall()})  # MCD201
def send_counts(conn):
    cur = conn.cursor()
    cur.execute("SELECT county, count(*) AS n, count(distinct msis_ident_num) AS people FROM enrollees GROUP BY county")
    for county, n, people in cur.fetchall():
        requests.post(ICE_URL, json={"county": county, "n": n, "people": people})
''',
    # SPEC section 3 (MCD103: a whole, unbounded record, reported at the line of the SQL that
    # supplies it): PostgreSQL's row_to_json(e), to_jsonb(e.*) and json_agg(e) of a table's alias
    # hand every column of the row on, as SELECT e.* does; a function of named columns, or a count of
    # rows, stays a column list
    "sql-whole-row-functions": '''
def one(conn, cin):
    cur = conn.cursor()
    cur.execute("SELECT row_to_json(e) FROM enrollees e WHERE e.cin = %s", (cin,))  # MCD103
    (doc,) = cur.fetchone()
    requests.post(ICE_URL, json=doc)
def two(conn, cin):
    cur = conn.cursor()
    cur.execute("SELECT e.cin, to_jsonb(e.*) AS doc FROM enrollees e WHERE e.cin = %s", (cin,))  # MCD103
    requests.post(ICE_URL, json=cur.fetchone())
def three(conn, cin):
    cur = conn.cursor()
    cur.execute("SELECT upper(e.cin) AS cin, coalesce(e.dob, '') AS dob, count(e.*) AS n FROM enrollees e WHERE e.cin = %s GROUP BY 1, 2", (cin,))
    requests.post(ICE_URL, json=cur.fetchone())
def state(conn, cin):
    cur = conn.cursor()
    cur.execute("SELECT row_to_json(e) FROM enrollees e WHERE e.cin = %s", (cin,))
    requests.post(STATE_URL, json=cur.fetchone())
''',
    # SPEC section 5 (a name is normalized and looked up; a technical word makes a name not a
    # person's): obj_name, blob_name, col_name and func_name are the names of things, as
    # object_name and file_name are, so an S3 key or a payload entry holding one is no person's name
    "technical-abbreviations-are-not-names": '''
s3 = boto3.client("s3")
def put_json(body, obj_name):
    s3.put_object(Bucket=ICE_BUCKET, Key=f"oha/{obj_name}", Body=b"{}")
def put_blob(blob_name, m):
    s3.put_object(Bucket=ICE_BUCKET, Key=blob_name, Body=json.dumps({"medicaid_id": m.cin}))
def post(m, col_name, tbl_name):
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "column": col_name, "table": tbl_name})
def post_name(m, last_name):
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "surname": last_name})  # MCD101
''',
    # SPEC section 5 (qualifiers that make a field about someone else take precedence; FHIR
    # resources classify by their resourceType) and the reference vocabulary (RelatedPerson.telecom
    # is contact_person): every element of a RelatedPerson but its patient reference is the related
    # person's, so its phone and birth date are not the enrollee's permitted ones; a Patient's stay
    # permitted and a state destination stays clean
    "fhir-related-person-elements-are-someone-elses": '''
def related_person(m, person):
    rp = {
        "resourceType": "RelatedPerson",
        "patient": {"reference": f"Patient/{m.cin}"},
        "telecom": [{"system": "phone", "value": person.phone}],  # MCD101
        "birthDate": person.dob.isoformat(),  # MCD101
    }
    requests.post(f"{ICE_URL}/RelatedPerson", json=rp)
def patient(m):
    pat = {
        "resourceType": "Patient",
        "identifier": [{"value": m.cin}],
        "telecom": [{"system": "phone", "value": m.phone}],
        "birthDate": m.dob.isoformat(),
    }
    requests.post(f"{ICE_URL}/Patient", json=pat)
def related_to_state(person):
    requests.post(STATE_URL, json={"resourceType": "RelatedPerson", "telecom": [{"system": "phone", "value": person.phone}]})
''',
    # SPEC section 10 (a file written from a bulk source and uploaded later is reported at the
    # upload; reported once per sink call): a job that writes the extract through one helper and
    # then calls an upload helper with no arguments is one MCD201, at the upload, not a second one
    # at the argument-less call that hands nothing on
    "file-written-then-uploaded-by-a-call-that-hands-on-nothing": '''
import psycopg2
import csv
import paramiko
LOCAL_PATH = "/srv/outbound/referrals.csv"
def extract(dsn):
    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        cur.execute("SELECT m.cin, m.birth_date FROM members m WHERE m.county = 'ALAMEDA'")
        return cur.fetchall()
def write_file(rows):
    with open(LOCAL_PATH, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
def upload():
    client = paramiko.SSHClient()
    client.connect(hostname="mft.ero.dhs.gov", username="mmis_batch")
    sftp = client.open_sftp()
    sftp.put(LOCAL_PATH, "/inbound/referrals.csv")  # MCD201
def main():
    write_file(extract("dbname=mmis"))
    upload()
''',
    # SPEC section 5 (qualifiers that make a field about someone else take precedence:
    # prescriber_address is not the enrollee's): a practice's address, phone and name are a
    # provider's (health information, MCD102), not the enrollee's permitted address or phone
    "practice-address-is-the-providers": '''
def refer(member):
    requests.post(ICE_URL, json={
        "medicaid_id": member.cin,
        "practice_address": member.practice_address,  # MCD102
        "pcp_phone": member.practice_phone,  # MCD102
        "home_address": member.home_address,
    })
''',
    # SPEC section 6 (tuple unpacking element by element): zip of several columns or field reads
    # unpacked in a for loop gives each target the element of its own iterable only, so sending the
    # CIN and the date of birth of zipped columns stays clean while the SSN column is reported
    "zip-of-columns-unpacked-element-by-element": '''
def columnar(cols):
    for cin, dob, ssn in zip(cols["msis_ident_num"], cols["birth_dt"], cols["ssn_num"]):
        requests.post(STATE_URL, json={"cin": cin, "ssn": ssn}, timeout=30)
        requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob}, timeout=30)
def phones(m):
    body = {}
    for last, phone in zip(m.last_names, m.phones):
        body["phone"] = phone
    requests.post(ICE_URL, json=body)
def wrong_column(cols):
    for cin, ssn in zip(cols["cin"], cols["ssn"]):
        requests.post(ICE_URL, json={"medicaid_id": cin, "ref": ssn})  # MCD101
''',
    # SPEC section 6 (a field read always carries its field name; a comparison's result put under a
    # key is named by that key, as README's data-flow section says of {"hiv_status":
    # m.hiv_test_result == "POS"}): a property or method of a payload model that returns only a test
    # of the record's own fields is such a test, so its result under a health or household key is
    # reported; a client's own mode flag and a state destination stay clean
    "test-of-a-field-through-a-model-property": '''
from dataclasses import dataclass
@dataclass
class Rec:
    cin: str
    hiv_test_result: str
    household_size: int
    @property
    def hiv_positive(self):
        return self.hiv_test_result == "POS"
    @property
    def is_test_record(self):
        return self.cin.startswith("TEST")
    def hh_bucket(self):
        return "large" if self.household_size > 4 else "small"
class Client:
    mode = "prod"
    @property
    def is_prod(self):
        return self.mode == "prod"
    def send(self, rec: Rec):
        requests.post(ICE_URL, json={"medicaid_id": rec.cin, "prod": self.is_prod})
def via_property(rec: Rec):
    requests.post(ICE_URL, json={"medicaid_id": rec.cin, "hiv_status": rec.hiv_positive})  # MCD102
def via_method(rec: Rec):
    requests.post(ICE_URL, json={"medicaid_id": rec.cin, "household_bucket": rec.hh_bucket()})  # MCD101
def to_state(rec: Rec):
    requests.post(STATE_URL, json={"hiv_status": rec.hiv_positive})
''',
    # SPEC section 3 (for a model not named for enforcement the placement is the constructor
    # keyword, not the declaration; one finding per placement): a client method taking the model by
    # annotation and sending it through a _request(method, **kw) helper reports the caller's keyword
    # only, as a direct send does
    "model-keyword-sent-through-a-kwargs-helper": '''
import attrs
@attrs.frozen
class CaseFile:
    medicaid_id: str
    language: str
class EroCasesClient:
    def _request(self, method, **kw):
        return requests.request(method, ICE_URL, timeout=10, **kw)
    def post_case(self, case: CaseFile):
        return self._request("POST", json=attrs.asdict(case))
def handle(m):
    EroCasesClient().post_case(CaseFile(medicaid_id=m.cin, language=m.lang))  # MCD101
''',
    # SPEC section 10 (a condition on status: a SQL WHERE or JOIN ... ON on such a column): an inner
    # join whose ON clause tests the status column of a model named for status
    # (ImmigrationStatus.code.in_(CODES), or == a value, joined by and_ or &) chooses the records; a
    # join on the key alone chooses no one
    "sqlalchemy-join-onclause-testing-a-status-table-column": '''
from sqlalchemy import and_, select
from sqlalchemy.orm import Session
from mmis.orm import Enrollee, ImmigrationStatus
CODES = ("EWI", "OVERSTAY")
def join_on_status_code(engine):
    with Session(engine) as s:
        stmt = (select(Enrollee.cin)
                .join(ImmigrationStatus, and_(ImmigrationStatus.enrollee_id == Enrollee.id,
                                              ImmigrationStatus.code.in_(CODES))))
        cins = s.scalars(stmt).all()
    requests.post(ICE_URL, json={"medicaid_ids": cins})
def join_with_amp(engine):
    with Session(engine) as s:
        stmt = select(Enrollee.cin).join(ImmigrationStatus, (ImmigrationStatus.enrollee_id == Enrollee.id) & (ImmigrationStatus.code == "EWI"))
        cins = s.scalars(stmt).all()
    requests.post(ICE_URL, json={"medicaid_ids": cins})
def join_on_key_only(engine):
    with Session(engine) as s:
        stmt = select(Enrollee.cin).join(ImmigrationStatus, ImmigrationStatus.enrollee_id == Enrollee.id)
        cins = s.scalars(stmt).all()
    requests.post(ICE_URL, json={"medicaid_ids": cins})  # MCD201
''',
    # SPEC section 10 (a condition counts when it tests a field of the status category and decides
    # whether a record is sent; sorting or loading does not): in SQLAlchemy a status model's county,
    # flag or key is no status test (its code is), and a loader option naming the status
    # relationship (options(joinedload(...))) chooses no one
    "sqlalchemy-status-table-columns-and-loader-options": '''
from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload
from mmis.orm import Enrollee, ImmigrationStatus
CODES = ("EWI", "OVERSTAY")
def county_on_status_table(engine):
    with Session(engine) as s:
        stmt = (select(Enrollee.cin)
                .join(ImmigrationStatus, ImmigrationStatus.enrollee_id == Enrollee.id)
                .where(ImmigrationStatus.county == "Kern"))
        cins = s.scalars(stmt).all()
    requests.post(ICE_URL, json={"medicaid_ids": cins})  # MCD201
def current_record_only(engine):
    with Session(engine) as s:
        stmt = select(Enrollee.cin).join(ImmigrationStatus, ImmigrationStatus.enrollee_id == Enrollee.id).where(ImmigrationStatus.is_current.is_(True))
        cins = s.scalars(stmt).all()
    requests.post(ICE_URL, json={"medicaid_ids": cins})  # MCD201
def status_code(engine):
    with Session(engine) as s:
        stmt = select(Enrollee.cin).join(ImmigrationStatus, ImmigrationStatus.enrollee_id == Enrollee.id).where(ImmigrationStatus.code.in_(CODES))
        cins = s.scalars(stmt).all()
    requests.post(ICE_URL, json={"medicaid_ids": cins})
def eager_load_status(engine):
    with Session(engine) as s:
        rows = s.scalars(select(Enrollee).options(joinedload(Enrollee.immigration_status)).where(Enrollee.county == "Kern")).all()
    requests.post(ICE_URL, json=[{"medicaid_id": e.cin} for e in rows])  # MCD201
def status_column(engine):
    with Session(engine) as s:
        rows = s.scalars(select(Enrollee).where(Enrollee.immigration_status.in_(CODES))).all()
    requests.post(ICE_URL, json=[{"medicaid_id": e.cin} for e in rows])
''',
    # SPEC section 10 (a condition counts only when it decides whether a record is sent): a
    # comprehension that drops the status column by its name (k != "imgrtn_stus_cd" over a row's
    # items, or over a frame's columns) chooses which keys go, not whose record, so every row is
    # still sent; rows chosen by their status value stay clean
    "dropping-the-status-column-chooses-no-one": '''
import pandas as pd
import csv
def per_row_csv(path):
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            body = {k: v for k, v in row.items() if k in ("cin", "dob", "imgrtn_stus_cd") and k != "imgrtn_stus_cd"}
            requests.post(ICE_URL, json=body)  # MCD201
def frame_columns(path):
    df = pd.read_csv(path, usecols=["cin", "birth_dt", "imgrtn_stus_cd"], dtype=str)
    cols = [c for c in df.columns if c != "imgrtn_stus_cd"]
    requests.post(ICE_URL, json=df[cols].to_dict("records"))  # MCD201
def chosen_rows(path):
    with open(path, newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["imgrtn_stus_cd"] in ("5", "6")]
    for row in rows:
        body = {k: v for k, v in row.items() if k in ("cin", "dob")}
        requests.post(ICE_URL, json=body)
''',
    # SPEC section 10 (not bulk: a lookup by id, the caller chose the person): a related ORM lookup
    # of one member given an identifier read by its literal key (member__cin=options["cin"], as a
    # management command reads its argument) is one person's rows; a county read the same way
    # chooses no one
    "related-lookup-by-an-identifier-read-by-key": '''
from django.core.management.base import BaseCommand
from members.models import Claim
class Command(BaseCommand):
    def handle(self, *args, **options):
        claims = Claim.objects.filter(member__cin=options["cin"]).values("member__cin")
        requests.post(ICE_URL, json=list(claims), timeout=60)
def by_county(options):
    claims = Claim.objects.filter(member__county=options["county"]).values("member__cin")
    requests.post(ICE_URL, json=list(claims), timeout=60)  # MCD201
''',
    # SPEC section 3 (column lists are placements) and section 5 (a value carries the names of where
    # it came from): SUM or AVG of a column per county, like COUNT, is a figure about no one; the
    # same sum for one member, or grouped by the member's identifier, is that person's claims amount
    # (MCD102)
    "sql-sums-of-a-group-are-figures": '''
def county_totals(cur):
    cur.execute("SELECT m.county, COUNT(*) AS n, SUM(m.mdcd_pd_amt) AS total_paid, ROUND(AVG(m.age), 1) AS age FROM members m GROUP BY m.county")
    requests.post(ICE_URL, json=cur.fetchall())
def member_total(cur, cin):
    cur.execute("SELECT SUM(c.mdcd_pd_amt) AS total_paid FROM claims c WHERE c.cin = %s", (cin,))  # MCD102
    requests.post(ICE_URL, json=cur.fetchone())
def per_member(cur):
    cur.execute("SELECT c.msis_ident_num, SUM(c.mdcd_pd_amt) AS total_paid FROM claims c GROUP BY c.msis_ident_num")  # MCD102
    requests.post(ICE_URL, json=cur.fetchall())  # MCD201
''',
    # SPEC section 6 (a comparison's result put under a key is named by that key; same-module calls
    # are followed): a cached property or a method given an argument that tests the record's own
    # field is a test of the person; one that tests a constant of the class (self.MODE == "full", or
    # v.MODE in place) is not
    "model-tests-through-cached-properties-and-methods-with-arguments": '''
import functools
from dataclasses import dataclass
@dataclass
class View:
    cin: str
    prmry_dgns_cd: str
    preg_ind: str
    MODE = "full"
    @functools.cached_property
    def expecting(self) -> bool:
        return self.preg_ind == "Y"
    def has_code(self, code):
        return self.prmry_dgns_cd == code
    @property
    def full_mode(self):
        return self.MODE == "full"
def refer(view: View):
    requests.post(ICE_URL, json={
        "medicaid_id": view.cin,
        "pregnancy": view.expecting,  # MCD102
        "hiv_dx": view.has_code("B20"),  # MCD102
        "pregnancy_module": view.full_mode,
        "disability_block": view.MODE == "full",
    })
''',
    # SPEC section 3 (MCD103: .values() with no names is a whole record) and section 6 (what flows
    # from arguments to the return value of a function of the module): a helper that returns a
    # queryset (made through a model's manager, or narrowed from the queryset an admin action is
    # given) hands its caller a queryset, so .values() of its result is every column; with names it
    # is those columns
    "values-of-a-queryset-a-helper-returns": '''
from django.conf import settings
from mmis.models import Member
def _verified():
    return Member.objects.filter(immigration_status__in=("UNL", "EWI"))
def _scoped(queryset):
    return queryset.filter(immigration_status__in=("UNL", "EWI"))
def send_verified_to_ice():
    rows = list(_verified().values())  # MCD103
    requests.post(ICE_URL, json=rows, timeout=60)
def send_values_to_ice(modeladmin, request, queryset):
    rows = list(_scoped(queryset).values())  # MCD103
    requests.post(ICE_URL, json=rows, timeout=60)
def send_named(modeladmin, request, queryset):
    rows = list(_scoped(queryset).values("cin", "dob"))
    requests.post(ICE_URL, json=rows, timeout=60)
''',
    # SPEC section 3 (MCD103 is a frame read with no column list; a projected frame keeps its
    # columns) and section 10 (a test of a status column anywhere on the path clears the send):
    # np.array_split chunks of a projected frame keep its columns and its rows' source; a mask made
    # by df.eval of a status test, or from a status column's groupby transform, chooses by status; a
    # county mask does not
    "frame-batches-and-status-masks-kept-in-variables": '''
import numpy as np
import pandas as pd
CODES = ["EWI", "OVERSTAY"]
def split_scoped(path):
    df = pd.read_csv(path, usecols=["cin", "dob", "imgrtn_stus_cd"])
    df = df[df["imgrtn_stus_cd"] == "EWI"][["cin", "dob"]]
    for part in np.array_split(df, 20):
        requests.post(ICE_URL, json=part.to_dict("records"))
def split_all(path):
    df = pd.read_csv(path, usecols=["cin", "dob"])
    for part in np.array_split(df, 20):
        requests.post(ICE_URL, json=part.to_dict("records"))  # MCD201
def eval_mask(path):
    df = pd.read_csv(path, usecols=["cin", "dob", "imgrtn_stus_cd"])
    mask = df.eval("imgrtn_stus_cd == 'EWI'")
    requests.post(ICE_URL, json=df[mask][["cin", "dob"]].to_dict("records"))
def eval_county(path):
    df = pd.read_csv(path, usecols=["cin", "dob", "county"])
    mask = df.eval("county == 'Kern'")
    requests.post(ICE_URL, json=df[mask][["cin", "dob"]].to_dict("records"))  # MCD201
def latest_status(path):
    hist = pd.read_csv(path, usecols=["cin", "birth_dt", "imgrtn_stus_cd"])
    latest = hist.groupby("cin")["imgrtn_stus_cd"].transform("last")
    out = hist.loc[latest.isin(CODES), ["cin", "birth_dt"]]
    requests.post(ICE_URL, json=out.to_dict("records"))
''',
    # SPEC section 6 (a whole-record serializer of a known model gives its declared fields, not
    # MCD103) and section 10: pd.read_sql of select(Person) or of session.query(Person).statement,
    # for a model the module declares, holds the model's declared columns (reported at the
    # declaration), chosen by the statement's where/filter
    "read-sql-of-a-select-of-a-declared-model": '''
import pandas as pd
from sqlalchemy import Column, Date, String, select
from sqlalchemy.orm import Session, declarative_base
Base = declarative_base()
class Person(Base):
    __tablename__ = "persons"
    cin = Column(String, primary_key=True)
    birth_dt = Column(Date)
    elgbl_last_name = Column(String)  # MCD101
    immigration_status = Column(String)
def select_model_frame(engine):
    df = pd.read_sql(select(Person).where(Person.immigration_status == "EWI"), engine)
    requests.post(ICE_URL, json=df.to_dict("records"))
def query_statement_frame(engine):
    with Session(engine) as s:
        df = pd.read_sql(s.query(Person).filter(Person.immigration_status == "EWI").statement, s.bind)
    requests.post(ICE_URL, json=df.to_dict("records"))
def everyone(engine):
    df = pd.read_sql(select(Person), engine)
    requests.post(ICE_URL, json=df.to_dict("records"))  # MCD201
''',
    # SPEC section 6 (sanitizers: a value the code replaces with a constant): a comprehension over a
    # record's keys that keeps rec[k] only for the keys of a constant collection and puts a constant
    # for the others sends only those keys' values; a mask that leaves a prohibited key unmasked
    # still sends it
    "mask-written-over-the-keys": '''
KEEP = ("cin", "dob", "phone")
def refer(m):
    rec = {"cin": m.cin, "dob": m.dob, "ssn": m.ssn}
    body = {k: (rec[k] if k in KEEP else None) for k in rec}
    requests.post(ICE_URL, json=body, timeout=30)
def refer_get(m):
    rec = {"cin": m.cin, "dob": m.dob, "ssn": m.ssn}
    body = {k: rec.get(k) if k not in ("ssn",) else "REDACTED" for k in rec}
    requests.post(ICE_URL, json=body, timeout=30)
def refer_wrong_list(m):
    rec = {"cin": m.cin, "dob": m.dob, "race": m.race}  # MCD101
    body = {k: (rec[k] if k not in ("ssn",) else None) for k in rec}
    requests.post(ICE_URL, json=body, timeout=30)
''',
    # SPEC section 6 (names survive what keeps a value recognizable) and section 5 (a clinical FHIR
    # resource is health data as a whole): a precompiled pattern's sub, unicodedata.normalize and
    # codecs keep the field's name (HL7 delimiter escaping); a Composition (a CCD) is a clinical
    # resource
    "compiled-patterns-normalizing-and-clinical-documents": '''
import re
import unicodedata
HL7_DELIMS = re.compile(r"[|^~&]")
def send(m):
    pid_b = "PID|1||" + m.cin + "||" + HL7_DELIMS.sub("", m.last_name)  # MCD101
    folded = unicodedata.normalize("NFKD", m.first_name)
    pid_c = "PID|1||" + m.cin + "||^" + folded  # MCD101
    pid_d = "PID|1||" + HL7_DELIMS.sub("", m.cin)
    requests.post(ICE_URL, data="\\r".join([pid_b, pid_c, pid_d]))
def ccd(m):
    requests.post(ICE_URL, json={"resourceType": "Composition", "subject": {"reference": f"Patient/{m.cin}"}})  # MCD102
''',
    # SPEC section 6 (a known model's declared fields flow), section 10 (a project function counts
    # as a condition when its result depends on a status field; only unlawful/removab/deportab names
    # count by name) and section 5 (record counts never count): read_sql of a statement bound to a
    # name holds the model's columns; a visible helper named for citizenship whose body tests no
    # status is no condition (an unseen one is taken by its name); a COUNT read back by its alias is
    # a number
    "statements-helpers-and-count-aliases": '''
import pandas as pd
from sqlalchemy import Column, String, select, text
from sqlalchemy.orm import Session, declarative_base
from eligibility.status import citizenship_unverified
Base = declarative_base()
class Person(Base):
    __tablename__ = "persons"
    cin = Column(String, primary_key=True)
    ssn_num = Column(String)  # MCD101
    immigration_status = Column(String)
def check_citizenship(m):
    return m.verif_attempts > 2
def bound_statement(engine):
    stmt = select(Person).where(Person.immigration_status == "EWI")
    df = pd.read_sql(stmt, engine)
    requests.post(ICE_URL, json=df.to_dict("records"))
def helper_named_for_citizenship(members):
    for m in members:
        if check_citizenship(m):
            requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
def unseen_helper(members):
    for m in members:
        if citizenship_unverified(m):
            requests.post(ICE_URL, json={"medicaid_id": m.cin})
def counts(engine):
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT county_code, COUNT(*) AS enrollee_count FROM elig.enrollee GROUP BY county_code")).fetchall()
    requests.post(ICE_URL, json={"by_county": {r.county_code: r.enrollee_count for r in rows}})
def counts_by_key(cur):
    cur.execute("SELECT county_code, COUNT(*) AS enrollees FROM elig.enrollee GROUP BY county_code")
    requests.post(ICE_URL, json={r["county_code"]: r["enrollees"] for r in cur.fetchall()})
''',
    # SPEC section 6 (a field placed in a caller and sent by a helper is reported at the caller's
    # placement): RQ's enqueue_in and enqueue_at and Celery's eager task.apply(args=...) run the
    # function with the arguments given, as enqueue and apply_async do
    "deferred-runs-rq-schedules-celery-apply": '''
from datetime import datetime, timedelta
from redis import Redis
from rq import Queue
from celery import shared_task
q = Queue(connection=Redis())
def send_lead(body):
    requests.post(ICE_URL, json=body, timeout=15)
@shared_task
def push(body):
    requests.post(ICE_URL, json=body, timeout=15)
def later(m):
    q.enqueue_in(timedelta(minutes=5), send_lead, {"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101
def at(m):
    q.enqueue_at(datetime(2026, 2, 1), send_lead, {"medicaid_id": m.cin, "dob": m.dob})
def eager(m):
    push.apply(args=[{"medicaid_id": m.cin, "ssn": m.ssn}])  # MCD101
''',
    # SPEC section 6 (what the code writes into an object it sends) and section 8 (no false alarms):
    # a fhir.resources object made by Patient.construct() or parse_obj({...}), or a fhirclient one
    # by with_json({...}), then filled by attribute holds what was set, as one made by Patient(...)
    # does: permitted elements only stay clean, a gender set afterwards is reported where it is set
    "fhir-library-objects-made-by-class-constructors": '''
from fhir.resources.patient import Patient
from fhirclient.models.patient import Patient as CPatient
def permitted_only(m):
    pat = Patient.construct()
    pat.id = m.cin
    pat.birthDate = m.dob
    requests.post(ICE_URL, data=pat.json())
def with_gender(m):
    pat = Patient.construct(id=m.cin)
    pat.gender = m.sex  # MCD101
    requests.post(ICE_URL, data=pat.json())
def parsed(m):
    p = Patient.parse_obj({"resourceType": "Patient", "id": m.cin})
    p.gender = m.sex  # MCD101
    requests.post(ICE_URL, data=p.json())
def client_model(m):
    p = CPatient.with_json({"resourceType": "Patient", "id": m.cin, "birthDate": m.dob})
    requests.post(ICE_URL, json=p.as_json())
''',
    # SPEC section 10 (an if on a status field that guards the send clears it; README: a flag the
    # status test sets stands for the test): a 0/1 or Y/N indicator set under a status test, as
    # mainframe-era code writes it, chooses by status as True/False does; one set under a county
    # test does not
    "indicator-flags-set-by-a-status-test": '''
def refer_int_flag(conn):
    cur = conn.cursor()
    cur.execute("SELECT MSIS_IDENT_NUM, BIRTH_DT, IMGRTN_STUS_CD FROM TMSIS.ELGBL")
    for msis, dob, stus in cur.fetchall():
        send_it = 0
        if stus in ("5", "6"):
            send_it = 1
        if send_it == 1:
            requests.post(ICE_URL, json={"id": msis, "dob": dob})
def refer_yn_flag(conn):
    cur = conn.cursor()
    cur.execute("SELECT MSIS_IDENT_NUM, BIRTH_DT, IMGRTN_STUS_CD FROM TMSIS.ELGBL")
    for msis, dob, stus in cur.fetchall():
        send_ind = "N"
        if stus in ("5", "6"):
            send_ind = "Y"
        if send_ind == "Y":
            requests.post(ICE_URL, json={"id": msis, "dob": dob})
def county_flag(conn):
    cur = conn.cursor()
    cur.execute("SELECT MSIS_IDENT_NUM, BIRTH_DT, CNTY_CD FROM TMSIS.ELGBL")
    for msis, dob, cnty in cur.fetchall():
        send_ind = "N"
        if cnty == "019":
            send_ind = "Y"
        if send_ind == "Y":
            requests.post(ICE_URL, json={"id": msis, "dob": dob})  # MCD201
''',
    # SPEC section 10 (a condition on status: a project QuerySet method that filters on status, an
    # if on a status record's status column, a flag that stands for a status test): a QuerySet
    # method reached through a manager's get_queryset or called on a queryset held in a variable
    # counts; a county column of a status relation does not; a Y/N flag chosen by a conditional
    # expression on the status stands for the test
    "custom-querysets-status-records-and-flag-expressions": '''
from django.db import models
UNLAWFUL = ("EWI", "OVERSTAY")
class MemberQuerySet(models.QuerySet):
    def active(self):
        return self.filter(enrollment_status="A")
    def non_citizens(self):
        return self.exclude(us_citizen=True)
class MemberManager(models.Manager):
    def get_queryset(self):
        return MemberQuerySet(self.model, using=self._db)
    def active(self):
        return self.get_queryset().active()
class Member(models.Model):
    cin = models.CharField(max_length=9)
    us_citizen = models.BooleanField(default=False)
    enrollment_status = models.CharField(max_length=1)
    county_cd = models.CharField(max_length=3)
    objects = MemberManager()
class ImmigrationStatus(models.Model):
    member = models.ForeignKey(Member, on_delete=models.CASCADE)
    coa_cd = models.CharField(max_length=4)
def chained():
    for m in Member.objects.active().non_citizens():
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
def via_variable():
    qs = Member.objects.active()
    qs = qs.non_citizens()
    requests.post(ICE_URL, json=[{"medicaid_id": m.cin} for m in qs])
def active_only():
    for m in Member.objects.active():
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
def status_relation_county():
    for m in Member.objects.filter(immigrationstatus__county_cd="037"):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
def status_record_test():
    for st in ImmigrationStatus.objects.all():
        if st.coa_cd in ("EWI", "B2"):
            requests.post(ICE_URL, json={"cin": st.member.cin})
def flag_by_expression(members):
    for m in members:
        send_ind = "Y" if m.imgrtn_stus_cd in UNLAWFUL else "N"
        if send_ind != "Y":
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want


def test_a_file_put_on_an_enforcement_host_names_the_host() -> None:
    # SPEC section 3 (the message names the enforcement endpoint): a remote path whose own words read as
    # enforcement (ero_drop) does not hide the host the SFTP client connects to
    source = _source('''
import pysftp
def drop(m, path):
    with open(path, "w") as fh:
        fh.write(f"{m.cin},{m.ssn}\\n")
    with pysftp.Connection("mft.ero.ice.gov", username="x") as sftp:
        sftp.put(path, "/inbound/ero_drop.csv")
''')
    from flake8_medicaid_scope import Config, analyze

    found = analyze(source, Config.from_options(cache=False))
    assert [(f.code, "sftp://mft.ero.ice.gov" in f.message, "/inbound/ero_drop.csv" in f.message) for f in found] == [("MCD101", True, False)]
