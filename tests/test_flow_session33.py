"""The data flow shapes of the thirty-third session: what its SPEC-only probers found (rounds 216
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
    # SPEC section 6 (a method of an object the project makes is followed): a method called on what a
    # factory of the project or a class attribute naming a class returns at once
    # (make_client().submit(self.payload)) is that object's method, not a runner given a function
    # to run; an executor a factory returns still runs the function it is handed
    "method-of-an-object-a-factory-returns": '''
from concurrent.futures import ThreadPoolExecutor
class IceClient:
    def submit(self, payload):
        return requests.post(ICE_URL, json=payload, timeout=30)
def make_client():
    return IceClient()
def get_pool():
    return ThreadPoolExecutor(max_workers=4)
class InquiryJob:
    client_cls = IceClient
    def __init__(self, rec):
        self.rec = rec
        self.body = {"cin": rec["cin"], "race": rec["race_cd"]}  # MCD101
    @property
    def payload(self):
        return {"cin": self.rec["cin"], "sex": self.rec["sex_cd"]}  # MCD101
    def run(self):
        return self.client_cls().submit(self.payload)
    def run_factory(self):
        return make_client().submit(self.body)
def send_one(m):
    requests.post(ICE_URL, json={"cin": m.cin, "ssn": m.ssn}, timeout=30)  # MCD101
def run(members):
    for m in members:
        if m.imgrtn_stus_cd == "5":
            get_pool().submit(send_one, m)
''',
    # SPEC section 6 (data is followed per object): a subclass that overrides the class constants its
    # base's __init__ builds attributes from (a file name) holds its own attributes, also when they
    # were first asked for while an inherited method ran; the state job's file never meets the ICE
    # subclass's bucket, whatever the order of the functions
    "subclass-attributes-learned-while-the-base-runs": '''
import json
class Job:
    bucket = "mn-dhs-exports"
    fname = "state_extract.json"
    def __init__(self):
        self.s3 = boto3.client("s3")
        self.path = "/data/out/" + self.fname
    def shape(self, m):
        return {"cin": m.cin, "ssn": m.ssn}
    def build(self, m):
        with open(self.path, "w") as fh:
            json.dump(self.shape(m), fh)
    def upload(self):
        self.s3.upload_file(self.path, self.bucket, "x.json")
class IceJob(Job):
    bucket = ICE_BUCKET
    fname = "federal_extract.json"
    def shape(self, m):
        return {"cin": m.cin, "sex": m.sex_cd}  # MCD101
def run_state(m):
    job = Job()
    job.build(m)
    job.upload()
def run_ice(m):
    job = IceJob()
    job.build(m)
    job.upload()
''',
    # SPEC section 10 (a SQL WHERE on a status column chooses) and section 6 (branches join): a list
    # of WHERE clauses or a WHERE fragment that always holds the status clause, with an optional
    # clause added in a branch, chooses on every path; one whose status clause is added only in a
    # branch does not
    "sql-where-clauses-added-in-a-branch": '''
import psycopg2
BASE = "SELECT msis_ident_num, birth_dt FROM enrollees"
def clause_list(dsn, county=None):
    clauses = ["imgrtn_stus_cd IN ('EWI', 'OVERSTAY')"]
    if county:
        clauses.append("county_cd = %s")
    sql = BASE + " WHERE " + " AND ".join(clauses)
    cur = psycopg2.connect(dsn).cursor()
    cur.execute(sql, [county] if county else [])
    for cin, dob in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob})
def fragment(dsn, county=None):
    where = "imgrtn_stus_cd IN ('EWI', 'OVERSTAY')"
    if county:
        where += " AND county_cd = %s"
    cur = psycopg2.connect(dsn).cursor()
    cur.execute(f"{BASE} WHERE {where}", (county,) if county else ())
    for cin, dob in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob})
def status_only_sometimes(dsn, strict=False):
    clauses = ["county_cd = '06'"]
    if strict:
        clauses.append("imgrtn_stus_cd IN ('EWI', 'OVERSTAY')")
    cur = psycopg2.connect(dsn).cursor()
    cur.execute(BASE + " WHERE " + " AND ".join(clauses))
    for cin, dob in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob})  # MCD201
def fragment_sometimes(dsn, strict=False):
    where = "county_cd = '06'"
    if strict:
        where += " AND imgrtn_stus_cd = 'EWI'"
    cur = psycopg2.connect(dsn).cursor()
    cur.execute(BASE + " WHERE " + where)
    for cin, dob in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob})  # MCD201
''',
    # SPEC section 10 (a filter on a status field chooses): id.in_(select(sub.c.id)) of a subquery
    # chosen by status selects those it chose; of a subquery chosen by county it selects everyone
    # there
    "sqlalchemy-in-a-chosen-subquerys-column": '''
import httpx
from sqlalchemy import Column, Integer, String, select
from sqlalchemy.orm import DeclarativeBase, Session
class Base(DeclarativeBase):
    pass
class Enrollee(Base):
    __tablename__ = "enrollees"
    id = Column(Integer, primary_key=True)
    medicaid_id = Column(String)
    county_cd = Column(String)
    immigration_status = Column(String)
def export(engine):
    in_scope = select(Enrollee.id).where(Enrollee.immigration_status == "EWI").subquery()
    with Session(engine) as session:
        q = select(Enrollee).where(Enrollee.id.in_(select(in_scope.c.id)))
        for e in session.scalars(q):
            httpx.post(ICE_URL, json={"medicaid_id": e.medicaid_id})
def export_county(engine):
    in_county = select(Enrollee.id).where(Enrollee.county_cd == "06").subquery()
    with Session(engine) as session:
        q = select(Enrollee).where(Enrollee.id.in_(select(in_county.c.id)))
        for e in session.scalars(q):
            httpx.post(ICE_URL, json={"medicaid_id": e.medicaid_id})  # MCD201
''',
    # SPEC section 5 (a count of records is no one's field) and section 6 (names do not survive
    # len()): len() of records a status filter chose (a queryset filtered again, a comprehension over
    # one) is a count, whatever its key says; len() of one person's relation stays about that person
    "len-of-chosen-records-is-a-count": '''
from myapp.models import Claim, Member
ICE_STATS_URL = "https://eid.ice.gov/api/v1/stats"
def quarterly(county):
    qs = Member.objects.filter(county_cd=county, imgrtn_stus_cd="EWI")
    bad_ssn = [m for m in qs if not m.ssn]
    pregnant = qs.filter(pregnancy_ind=True)
    requests.post(ICE_STATS_URL, json={
        "invalid_ssn_count": len(bad_ssn),
        "pregnancy_count": len(pregnant),
        "pregnancy_count_2": pregnant.count(),
        "total": len(qs.filter(hiv_status="POS")),
    })
def each_person(county):
    for m in Member.objects.filter(county_cd=county, imgrtn_stus_cd="EWI"):
        requests.post(ICE_URL, json={
            "medicaid_id": m.cin,
            "diagnosis_count": len(m.diagnoses),  # MCD102
        })
def chosen_list(county):
    chosen = [m for m in Member.objects.filter(county_cd=county) if m.imgrtn_stus_cd == "EWI"]
    for m in chosen:
        requests.post(ICE_URL, json={"medicaid_id": m.cin, "claims": len(m.claims)})  # MCD102
def relations_kept_in_variables(county):
    for m in Member.objects.filter(county_cd=county, imgrtn_stus_cd="EWI"):
        diagnoses = m.diagnoses.all()
        claims = m.claims.filter(paid=True)
        codes = [d.icd10 for d in m.diagnoses.all()]
        requests.post(ICE_URL, json={
            "medicaid_id": m.cin,
            "diagnosis_count": len(diagnoses),  # MCD102
            "claim_count": len(claims),  # MCD102
            "diagnosis_codes": len(codes),  # MCD102
            "dx_total": len(m.diagnoses.all()),  # MCD102
        })
def one_persons_claims(member_id):
    m = Member.objects.get(pk=member_id, imgrtn_stus_cd="EWI")
    claims = Claim.objects.filter(member=m)
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "claim_count": len(claims)})  # MCD102
''',
    # SPEC section 10 (a filter on status anywhere on the path chooses) and section 6 (dict merges are
    # followed): a state API's parameters merged with | keep each entry, the right one's value
    # winning; codes joined into one text and urlencoded into the query string filter as they do under
    # params=
    "state-api-status-merged-or-joined": '''
from urllib.parse import urlencode
MMIS_API = "https://mmis.hhs.texas.gov/api/v2/members"
BASE_PARAMS = {"county": "201", "page_size": 500}
CODES = ("EWI", "OS")
def merged():
    params = BASE_PARAMS | {"immigration_status": "EWI"}
    for m in requests.get(MMIS_API, params=params).json()["members"]:
        requests.post(ICE_URL, json={"medicaid_id": m["cin"]})
def merged_reversed():
    params = {"immigration_status": "EWI"} | BASE_PARAMS
    for m in requests.get(MMIS_API, params=params).json()["members"]:
        requests.post(ICE_URL, json={"medicaid_id": m["cin"]})
def merged_all():
    params = BASE_PARAMS | {"immigration_status": "ALL"}
    for m in requests.get(MMIS_API, params=params).json()["members"]:
        requests.post(ICE_URL, json={"medicaid_id": m["cin"]})  # MCD201
def overridden():
    params = {"immigration_status": "EWI"} | {"immigration_status": "ALL", "county": "201"}
    for m in requests.get(MMIS_API, params=params).json()["members"]:
        requests.post(ICE_URL, json={"medicaid_id": m["cin"]})  # MCD201
def joined_codes():
    qs = urlencode({"imgrtn_stus_cd": ",".join(CODES), "county": "201"})
    for m in requests.get(MMIS_API + "?" + qs).json()["members"]:
        requests.post(ICE_URL, json={"medicaid_id": m["cin"]})
def override_with_none():
    params = {"immigration_status": "EWI", "county": "201"} | {"immigration_status": None}
    for m in requests.get(MMIS_API, params=params).json()["members"]:
        requests.post(ICE_URL, json={"medicaid_id": m["cin"]})  # MCD201
''',
    # SPEC section 6 (a comprehension over a constant collection of names is an allow-list; names read
    # with getattr from a constant collection are those fields): a partner table's field list written
    # as a call of a constant (list(PERMITTED), sorted(WIDE)) is that constant list, and a rename map
    # nested in a table, an object's dict field or an alias of either is iterated entry by entry
    "partner-config-field-lists-and-rename-maps": '''
import copy
from dataclasses import dataclass
PERMITTED = ("medicaid_id", "date_of_birth", "immigration_status")
WIDE = ("medicaid_id", "date_of_birth", "ssn")
PARTNERS = {
    "ice": {"url": ICE_URL, "fields": list(PERMITTED), "mapping": {"subject_ref": "ssn", "birth": "dob"}},
    "ero": {"url": ICE_URL, "fields": sorted(WIDE), "mapping": {"birth": "dob"}},
}
@dataclass(frozen=True)
class PartnerCfg:
    url: str
    mapping: dict
CFG = PartnerCfg(url=ICE_URL, mapping={"ref": "ssn"})
M = PARTNERS["ice"]["mapping"]
def send_permitted(rec: dict):
    cfg = PARTNERS["ice"]
    requests.post(cfg["url"], json={f: rec[f] for f in cfg["fields"]}, timeout=30)
def send_wide(rec: dict):
    cfg = PARTNERS["ero"]
    requests.post(cfg["url"], json={f: rec[f] for f in cfg["fields"]}, timeout=30)  # MCD101
def renamed(m):
    cfg = PARTNERS["ice"]
    body = {out: getattr(m, src) for out, src in cfg["mapping"].items()}  # MCD101
    requests.post(cfg["url"], json=body, timeout=30)
def renamed_alias(m):
    mp = PARTNERS["ice"]["mapping"]
    body = {out: getattr(m, src) for out, src in mp.items()}  # MCD101
    requests.post(ICE_URL, json=body, timeout=30)
def renamed_module_alias(m):
    body = {out: getattr(m, src) for out, src in M.items()}  # MCD101
    requests.post(ICE_URL, json=body, timeout=30)
def renamed_object(m):
    requests.post(CFG.url, json={out: getattr(m, src) for out, src in CFG.mapping.items()})  # MCD101
def renamed_permitted(m):
    cfg = PARTNERS["ero"]
    requests.post(cfg["url"], json={out: getattr(m, src) for out, src in cfg["mapping"].items()})
def renamed_after_a_pop(m):
    cfg = copy.deepcopy(PARTNERS["ice"])
    cfg["mapping"].pop("subject_ref")
    requests.post(cfg["url"], json={out: getattr(m, src) for out, src in cfg["mapping"].items()})
def renamed_after_a_del(m):
    cfg = copy.deepcopy(PARTNERS["ice"])
    del cfg["mapping"]["subject_ref"]
    requests.post(cfg["url"], json={out: getattr(m, src) for out, src in cfg["mapping"].items()})
''',
    # SPEC section 10 (a SQL WHERE on a status column chooses) and section 6 (containers are
    # followed): a clause list made with the status clause and then only grown (a loop over a
    # parameter, extend of one) keeps it on every path; a list or fragment that may be either of two
    # texts keeps both through .format and %; pop, del, remove and slices of a constant clause list
    # take out what they name (the status clause too)
    "sql-where-clause-lists-changed-in-steps": '''
STATUS = "imgrtn_stus_cd IN ('EWI', 'OVERSTAY')"
BASE_SQL = "SELECT msis_ident_num, birth_dt FROM enrollee WHERE {where}"
def filters_from_a_dict(cur, filters):
    clauses = ["ctznshp_ind = 'N'"]
    params = []
    for col, val in filters.items():
        clauses.append(f"{col} = %s")
        params.append(val)
    where = " AND ".join(clauses)
    cur.execute(f"SELECT msis_ident_num, birth_dt FROM enrollee WHERE {where}", params)
    for cin, dob in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob})
def extended(cur, extra_clauses):
    clauses = [STATUS]
    clauses.extend(extra_clauses)
    cur.execute("SELECT msis_ident_num, birth_dt FROM enrollee WHERE " + " AND ".join(clauses))
    for cin, dob in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob})
def county_then_anything(cur, extra_clauses):
    clauses = ["cnty_cd = '037'"]
    clauses.extend(extra_clauses)
    cur.execute("SELECT msis_ident_num, birth_dt FROM enrollee WHERE " + " AND ".join(clauses))
    for cin, dob in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob})  # MCD201
def template(cur, county=None):
    clauses = [STATUS]
    if county:
        clauses.append("cnty_cd = %(county)s")
    cur.execute(BASE_SQL.format(where=" AND ".join(clauses)), {"county": county})
    for cin, dob in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob})
def percent(cur, county=None):
    clauses = [STATUS]
    if county:
        clauses.append("cnty_cd = '037'")
    cur.execute("SELECT msis_ident_num, birth_dt FROM enrollee WHERE %s" % " AND ".join(clauses))
    for cin, dob in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob})
def popped(cur, county, everyone=False):
    clauses = [STATUS, "cnty_cd = %s"]
    if everyone:
        clauses.pop(0)
    cur.execute("SELECT msis_ident_num, birth_dt FROM enrollee WHERE " + " AND ".join(clauses), [county])
    for cin, dob in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob})  # MCD201
def deleted(cur, county, everyone=False):
    clauses = [STATUS, "cnty_cd = %s"]
    if everyone:
        del clauses[0]
    cur.execute("SELECT msis_ident_num, birth_dt FROM enrollee WHERE " + " AND ".join(clauses), [county])
    for cin, dob in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob})  # MCD201
def removed(cur, county, everyone=False):
    clauses = [STATUS, "cnty_cd = %s"]
    if everyone:
        clauses.remove(STATUS)
    cur.execute("SELECT msis_ident_num, birth_dt FROM enrollee WHERE " + " AND ".join(clauses), [county])
    for cin, dob in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob})  # MCD201
def popped_last(cur, county, lean=False):
    clauses = [STATUS, "cnty_cd = %s"]
    if lean:
        clauses.pop()
    cur.execute("SELECT msis_ident_num, birth_dt FROM enrollee WHERE " + " AND ".join(clauses), [county])
    for cin, dob in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob})
def sliced(cur, county, lean=False):
    clauses = [STATUS, "cnty_cd = %s", "plan_id IS NOT NULL"]
    if lean:
        clauses = clauses[:2]
    cur.execute("SELECT msis_ident_num, birth_dt FROM enrollee WHERE " + " AND ".join(clauses), [county])
    for cin, dob in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob})
def sliced_away(cur, county, lean=False):
    clauses = [STATUS, "cnty_cd = %s"]
    if lean:
        clauses = clauses[1:]
    cur.execute("SELECT msis_ident_num, birth_dt FROM enrollee WHERE " + " AND ".join(clauses), [county])
    for cin, dob in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob})  # MCD201
''',
    # SPEC section 6 (calls are followed, a class chosen from a table of classes makes its objects): a
    # class a function of the module returns, called at once (client_class()(), table_class('ice')())
    # or bound to a class attribute (client_cls = client_class()), makes an object of that class; the
    # state's entry stays clean
    "class-returned-by-a-factory-called-at-once": '''
class EidReferralClient:
    def submit(self, payload):
        return requests.post(ICE_URL, json=payload, timeout=10)
class StateClient:
    def submit(self, payload):
        return requests.post(STATE_URL, json=payload, timeout=10)
CLIENTS = {"ice": EidReferralClient, "ca": StateClient}
def client_class():
    return EidReferralClient
def table_class(partner):
    return CLIENTS[partner]
def via_call_of_the_call(m):
    return client_class()().submit({"medicaid_id": m.cin, "marital_status": m.marital_sts_cd})  # MCD101
def via_table_helper(m):
    client = table_class("ice")()
    client.submit({"medicaid_id": m.cin, "sex": m.sex_cd})  # MCD101
def state_via_table_helper(m):
    table_class("ca")().submit({"medicaid_id": m.cin, "sex": m.sex_cd})
class Sender:
    client_cls = client_class()
    def send(self, m):
        return self.client_cls().submit({"medicaid_id": m.cin, "language": m.lang_cd})  # MCD101
''',
    # SPEC section 10 (any condition on a status field chooses): id.not_in(select(sub.c.id)) of a
    # subquery chosen by citizenship excludes the citizens, a condition on citizenship; of a subquery
    # chosen by county it is none
    "sqlalchemy-not-in-a-chosen-subquery": '''
import httpx
from sqlalchemy import Column, Integer, String, select
from sqlalchemy.orm import DeclarativeBase, Session
class Base(DeclarativeBase):
    pass
class Enrollee(Base):
    __tablename__ = "enrollees"
    id = Column(Integer, primary_key=True)
    medicaid_id = Column(String)
    county_cd = Column(String)
    ctznshp_ind = Column(String)
def not_citizens(engine):
    citizens = select(Enrollee.id).where(Enrollee.ctznshp_ind == "Y").subquery()
    with Session(engine) as session:
        for e in session.scalars(select(Enrollee).where(Enrollee.id.not_in(select(citizens.c.id)))):
            httpx.post(ICE_URL, json={"medicaid_id": e.medicaid_id})
def not_in_county(engine):
    here = select(Enrollee.id).where(Enrollee.county_cd == "06").subquery()
    with Session(engine) as session:
        for e in session.scalars(select(Enrollee).where(Enrollee.id.not_in(select(here.c.id)))):
            httpx.post(ICE_URL, json={"medicaid_id": e.medicaid_id})  # MCD201
''',
    # SPEC section 10 (a filter on a status field chooses): a queryset annotated with the person's
    # latest status (Subquery of a query whose values() selects the status column) and filtered on
    # that annotation is chosen by status; an annotation of another column is not, and an annotation
    # alone chooses no one (the records are the annotated model's, not the inner query's)
    "django-annotation-of-the-latest-status": '''
from django.db.models import OuterRef, Subquery
from mmis.models import Enrollee, StatusEvent
UNLAWFUL = ["EWI", "OVERSTAY"]
def latest_status_filtered():
    latest = StatusEvent.objects.filter(enrollee=OuterRef("pk")).order_by("-event_dt").values("imgrtn_stus_cd")[:1]
    qs = Enrollee.objects.annotate(latest_status=Subquery(latest)).filter(latest_status__in=UNLAWFUL)
    for e in qs.values("cin"):
        requests.post(ICE_URL, json={"medicaid_id": e["cin"]})
def latest_county_filtered(county):
    latest = StatusEvent.objects.filter(enrollee=OuterRef("pk")).order_by("-event_dt").values("cnty_cd")[:1]
    qs = Enrollee.objects.annotate(latest_county=Subquery(latest)).filter(latest_county=county)
    for e in qs.values("cin"):
        requests.post(ICE_URL, json={"medicaid_id": e["cin"]})  # MCD201
def latest_status_not_filtered(county):
    latest = StatusEvent.objects.filter(enrollee=OuterRef("pk")).values("imgrtn_stus_cd")[:1]
    qs = Enrollee.objects.annotate(latest_status=Subquery(latest)).filter(cnty_cd=county)
    for e in qs.values("cin"):
        requests.post(ICE_URL, json={"medicaid_id": e["cin"]})  # MCD201
def ids_of_a_county(county):
    ids = StatusEvent.objects.filter(cnty_cd=county).values("enrollee_id")
    for e in Enrollee.objects.filter(pk__in=Subquery(ids)).values("cin"):
        requests.post(ICE_URL, json={"medicaid_id": e["cin"]})  # MCD201
def ids_of_a_status():
    ids = StatusEvent.objects.filter(imgrtn_stus_cd__in=UNLAWFUL).values("enrollee_id")
    for e in Enrollee.objects.filter(pk__in=Subquery(ids)).values("cin"):
        requests.post(ICE_URL, json={"medicaid_id": e["cin"]})
''',
    # SPEC section 3 (column selections are placements; one finding per placement) and section 6
    # (names survive): a per-person total of a payment column merged into another frame is put into it
    # at the merge; a column a SQL select list placed stays placed there when .loc[mask, [...]] keeps
    # it, as df[mask][[...]] does
    "pandas-columns-through-merge-and-loc": '''
import pandas as pd
ICE_DIR = "/mnt/sftp/ice_outbound/"
U = ("EWI",)
def per_person_totals():
    claims = pd.read_parquet("/data/clm.parquet", columns=["msis_ident_num", "imgrtn_stus_cd", "mdcd_pd_amt"])
    claims = claims[claims.imgrtn_stus_cd.isin(U)]
    addr = pd.read_parquet("/data/adr.parquet", columns=["msis_ident_num", "elgbl_zip_cd"])
    per_person = claims.groupby("msis_ident_num", as_index=False)["mdcd_pd_amt"].sum()
    out = per_person.merge(addr, on="msis_ident_num")  # MCD102
    out.to_csv(ICE_DIR + "paid.csv", index=False)
def read_by_sql(engine):
    enr = pd.read_sql(
        """
        SELECT msis_ident_num,
               imgrtn_stus_cd,
               elgbl_last_name  -- # MCD101
          FROM elig.enrollment
        """,
        engine,
    )
    a = enr.loc[enr.imgrtn_stus_cd.isin(U), ["msis_ident_num", "elgbl_last_name"]]
    a.to_csv(ICE_DIR + "a.csv")
''',
    # SPEC section 10 (a test of a status field chooses): the latest record of the person's own status
    # history, kept in a variable (or its code), is the person's status, as written inline; a relation
    # of someone else (a guardian's history) is not, and a test of another relation (the latest claim)
    # chooses no one
    "status-of-the-persons-latest-record-in-a-variable": '''
from members.models import Member
UNLAWFUL = ("EWI", "OVERSTAY")
def bound():
    for m in Member.objects.all():
        latest = m.immigration_status_history.latest("effective_date")
        if latest.imgrtn_stus_cd not in UNLAWFUL:
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
def bound_code():
    for m in Member.objects.all():
        code = m.immigration_status_history.latest("effective_date").imgrtn_stus_cd
        if code not in UNLAWFUL:
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
def ordered_first():
    for m in Member.objects.all():
        latest = m.immigration_statuses.order_by("-effective_date").first()
        if latest is None or latest.code not in UNLAWFUL:
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
def latest_claim_only():
    for m in Member.objects.all():
        latest = m.claims.latest("service_date")
        if latest.paid_amt > 100:
            requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
def guardians_status():
    for m in Member.objects.all():
        latest = m.guardian.immigration_status_history.latest("effective_date")
        if latest.imgrtn_stus_cd not in UNLAWFUL:
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
''',
    # SPEC section 10 (many people's records with no status condition): the members of the household a
    # post_save receiver is given (instance.members.all()) are many people's records, as
    # household.members.all() is
    "people-of-a-saved-instance": '''
from django.db.models.signals import post_save
from django.dispatch import receiver
from members.models import Household
UNLAWFUL = ("EWI", "OVERSTAY")
@receiver(post_save, sender=Household)
def notify(sender, instance, **kwargs):
    for person in instance.members.all():
        requests.post(ICE_URL, json={"medicaid_id": person.cin})  # MCD201
@receiver(post_save, sender=Household)
def notify_chosen(sender, instance, **kwargs):
    for person in instance.members.filter(imgrtn_stus_cd__in=UNLAWFUL):
        requests.post(ICE_URL, json={"medicaid_id": person.cin})
''',
    # SPEC sections 6 and 10, the second adversarial round on the session's changes: an element of a
    # constant clause list replaced by index; state API parameters merged with a dict holding data
    # (the status entry kept unless given again); a rename map copied with dict(); a field list
    # widened with + in a partner table; a rename map in a config object a helper is given
    "clause-lists-params-and-maps-one-step-further": '''
from dataclasses import dataclass, field
MMIS_API = "https://mmis-api.dhs.state.mn.us/v2/members"
STATUS_CLAUSE = "imgrtn_stus_cd IN ('EWI', 'OVERSTAY')"
BASE_PARAMS = {"program": "MA", "immigration_status": "EWI", "page_size": 500}
PERMITTED = ("msis_ident_num", "birth_dt", "imgrtn_stus_cd")
ICE_CFG = {"url": ICE_URL, "mapping": {"msis_ident_num": "medicaid_id", "ssn": "ssn_ref"}}
PARTNERS = {"ice": {"url": ICE_URL, "fields": list(PERMITTED) + ["ssn"]}}
@dataclass
class PartnerCfg:
    url: str
    mapping: dict = field(default_factory=dict)
ICE = PartnerCfg(url=ICE_URL, mapping={"msis_ident_num": "medicaid_id", "hiv_test_rslt": "flag"})
def clause_replaced(cur):
    clauses = [STATUS_CLAUSE, "1=1"]
    clauses[1] = "cnty_cd = '037'"
    cur.execute("SELECT cin, dob FROM enrollee WHERE " + " AND ".join(clauses))
    for cin, dob in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob})
def status_replaced(cur):
    clauses = [STATUS_CLAUSE, "cnty_cd = '037'"]
    clauses[0] = "1=1"
    cur.execute("SELECT cin, dob FROM enrollee WHERE " + " AND ".join(clauses))
    for cin, dob in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob})  # MCD201
def paged(page):
    params = BASE_PARAMS | {"page": page}
    members = requests.get(MMIS_API, params=params).json()["members"]
    for m in members:
        requests.post(ICE_URL, json={"medicaid_id": m["cin"]})
def paged_status_dropped(page):
    params = BASE_PARAMS | {"page": page, "immigration_status": None}
    members = requests.get(MMIS_API, params=params).json()["members"]
    for m in members:
        requests.post(ICE_URL, json={"medicaid_id": m["cin"]})  # MCD201
def copied_map(rec):
    mapping = dict(ICE_CFG["mapping"])
    requests.post(ICE_CFG["url"], json={out: rec[src] for src, out in mapping.items()})  # MCD101
def widened_fields(rec):
    cfg = PARTNERS["ice"]
    requests.post(cfg["url"], json={f: rec[f] for f in cfg["fields"]})  # MCD101
def send_mapped(cfg, rec):
    requests.post(cfg.url, json={out: rec[src] for src, out in cfg.mapping.items()})  # MCD102
def run(rec):
    send_mapped(ICE, rec)
''',
    # SPEC section 6 (data is followed per path) and section 3 (usecols= is a column list): a method
    # or function that reads two module tables with the same keys by one key no call here gives
    # (self.partner kept by the constructor a subclass calls, a parameter) runs once per key, so one
    # partner's columns never meet another partner's bucket; usecols=COLUMNS[key] names each column at
    # its own element, and ICE's own entry leaking a field is reported there
    "tables-read-by-one-key-not-known": '''
import pandas as pd
BUCKETS = {"ice": "ice-eid-handoff-prod", "mn": "mn-dhs-mmis-extracts"}
COLUMNS = {
    "ice": ["msis_ident_num", "birth_dt", "imgrtn_stus_cd"],
    "mn": ["msis_ident_num", "ssn_num", "imgrtn_stus_cd"],
}
LEAKY = {
    "ice": ["msis_ident_num", "race_cd", "imgrtn_stus_cd"],  # MCD101
    "mn": ["msis_ident_num", "ssn_num", "imgrtn_stus_cd"],
}
s3 = boto3.client("s3")
class Exporter:
    def __init__(self, partner):
        self.partner = partner
    def export(self, path):
        df = pd.read_csv(path, usecols=COLUMNS[self.partner])
        scoped = df[df["imgrtn_stus_cd"].isin(["EWI", "OS"])]
        s3.put_object(Bucket=BUCKETS[self.partner], Key="out.csv", Body=scoped.to_csv(index=False))
class IceExporter(Exporter):
    def __init__(self):
        super().__init__("ice")
class StateExporter(Exporter):
    def __init__(self):
        super().__init__("mn")
def run_nightly(path):
    IceExporter().export(path)
    StateExporter().export(path)
def export(partner, path):
    df = pd.read_csv(path, usecols=COLUMNS[partner])
    scoped = df[df["imgrtn_stus_cd"].isin(["EWI", "OS"])]
    s3.put_object(Bucket=BUCKETS[partner], Key="out.csv", Body=scoped.to_csv(index=False))
def export_leaky(partner, path):
    df = pd.read_csv(path, usecols=LEAKY[partner])
    scoped = df[df["imgrtn_stus_cd"].isin(["EWI", "OS"])]
    s3.put_object(Bucket=BUCKETS[partner], Key="out.csv", Body=scoped.to_csv(index=False))
''',
    # Regressions a review of the session's diff found, each fixed: first() of a queryset is one
    # record (not the queryset's records); a frame joined before .loc[mask, cols] has its other
    # columns placed at the selection; a status key given again through a constant key name or an
    # unknown ** mapping is not kept; an annotation holding a guardian's status chooses no one; a
    # clause list another name also holds is not replaced by index; a writer's
    # fieldnames=reader.fieldnames is the source's header, no one's data
    "review-of-the-session": '''
import csv
import pandas as pd
from django.db.models import OuterRef, Subquery
from members.models import Member, StatusEvent
ICE_DIR = "/mnt/sftp/ice_outbound/"
MMIS_API = "https://mmis-api.dhs.state.mn.us/v2/members"
BASE_PARAMS = {"program": "MA", "immigration_status": "EWI"}
STATUS_KEY = "immigration_status"
U = ("EWI",)
def newest_of_a_county(c):
    qs = Member.objects.filter(cnty_cd=c)
    newest = qs.order_by("-enrolled_at").first()
    requests.post(ICE_URL, json={"medicaid_id": newest.cin})
def newest_of(members):
    newest = members.order_by("-enrolled_at").first()
    requests.post(ICE_URL, json={"medicaid_id": newest.cin})
def joined_then_chosen(engine, other):
    enr = pd.read_sql("SELECT msis_ident_num, imgrtn_stus_cd FROM elig.enrollment", engine)
    enr = enr.join(other)
    out = enr.loc[enr.imgrtn_stus_cd.isin(U), ["msis_ident_num", "ssn"]]  # MCD101
    out.to_csv(ICE_DIR + "a.csv")
def status_dropped_by_a_constant_key(page):
    params = BASE_PARAMS | {STATUS_KEY: None, "page": page}
    for m in requests.get(MMIS_API, params=params).json()["members"]:
        requests.post(ICE_URL, json={"medicaid_id": m["cin"]})  # MCD201
def overrides_not_known(overrides, page):
    params = BASE_PARAMS | {**overrides, "page": page}
    for m in requests.get(MMIS_API, params=params).json()["members"]:
        requests.post(ICE_URL, json={"medicaid_id": m["cin"]})  # MCD201
def guardian_status():
    latest = StatusEvent.objects.filter(enrollee=OuterRef("guardian")).values("imgrtn_stus_cd")[:1]
    qs = Member.objects.annotate(g_status=Subquery(latest)).filter(g_status__in=U)
    for e in qs.values("cin"):
        requests.post(ICE_URL, json={"medicaid_id": e["cin"]})  # MCD201
def aliased_clauses(cur):
    clauses = ["imgrtn_stus_cd IN ('EWI')", "cnty_cd = '037'"]
    where = clauses
    clauses[0] = "1=1"
    cur.execute("SELECT cin FROM enrollee WHERE " + " AND ".join(where))
    for (cin,) in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin})  # MCD201
def copy_allowed(path, out):
    with open(path) as fh, open(ICE_DIR + "x.csv", "w") as dst:
        reader = csv.DictReader(fh)
        writer = csv.DictWriter(dst, fieldnames=reader.fieldnames, extrasaction="ignore")
        for r in reader:
            if r["imgrtn_stus_cd"] in U:
                writer.writerow({k: r[k] for k in ("msis_ident_num", "birth_dt")})
''',
    # SPEC section 4 (a function named for enforcement that builds the data returns an enforcement
    # payload, reported with no sink in sight): builders named by the shape they return (an envelope,
    # a submission, a body for ICE) are builders; a size or a parser is not
    "builders-named-by-their-shape": '''
def ice_sqs_envelope(member, batch_id):
    return {
        "batch_id": batch_id,
        "cin": member.cin,
        "diagnosis_code": member.primary_dx,  # MCD102
    }
def ice_submission(member):
    return {"cin": member.cin, "last_name": member.last_name}  # MCD101
def sqs_body_for_ice(member):
    return {"cin": member.cin, "ssn": member.ssn}  # MCD101
def ice_batch(members):
    return [{"cin": m.cin, "dob": m.dob} for m in members]
def ice_batch_size(config):
    return {"size": config.batch_size, "ssn_check": config.ssn_check}
def parse_ice_envelope(raw):
    return {"cin": raw["cin"], "ssn": raw["ssn"]}
''',
    # Regressions the third review and the last probers found, each fixed: a person's own code decoded
    # through two tables is data, not a partner key; ** of a known mapping gives only its keys;
    # converters from ICE, names for the state, pickers and versioned builders are judged by their
    # words; an annotation of the person's status made by a helper chooses when filtered; a guardian's
    # annotated status chained chooses no one; a mask written before a merge chooses; a builder named
    # for a state's DHS sent only to state hosts or a state DHS bucket is clean
    "third-review-of-the-session": '''
import json
import pandas as pd
from django.db.models import OuterRef, Subquery
from enrollment.models import Member, StatusEvent
UNLAWFUL = ("EWI", "OVERSTAY")
SEX_LABEL = {"M": "Male", "F": "Female", "U": "Unknown"}
SEX_X12 = {"M": "1", "F": "2", "U": "9"}
BASE_PARAMS = {"program": "MA", "immigration_status": "EWI"}
PAGING = {"limit": 500, "order": "asc"}
MMIS_API = "https://mmis-api.dhs.state.mn.us/v2/members"
PARTNER_HOSTS = {"ecis": "https://ecis.dhs.pa.gov/api/v2/intake", "cms": "https://tmsis.cms.gov/api/intake"}
def decoded(m, sex_cd):
    requests.post(ICE_URL, json={"cin": m.cin, "gender": SEX_LABEL[sex_cd], "gender_code": SEX_X12[sex_cd]})  # MCD101 MCD101
def paged(page):
    params = BASE_PARAMS | {**PAGING, "page": page}
    for m in requests.get(MMIS_API, params=params).json()["members"]:
        requests.post(ICE_URL, json={"medicaid_id": m["cin"]})
def ice_record_to_member(rec):
    return {"cin": rec["cin"], "ssn": rec["ssn"]}
def row_for_state_from_ice(r):
    return {"cin": r["cin"], "ssn": r["ssn"]}
def last_ice_batch(conn):
    return {"cin": conn.cin, "ssn": conn.ssn}
def ice_referral_v2(m):
    return {"cin": m.cin, "dx": m.primary_dx}  # MCD102
def with_latest_status():
    events = StatusEvent.objects.filter(member=OuterRef("pk")).order_by("-effective_dt")
    return Member.objects.annotate(latest_status=Subquery(events.values("imgrtn_stus_cd")[:1]))
def chosen_through_the_helper():
    for m in with_latest_status().filter(latest_status__in=UNLAWFUL):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
def guardians_chained():
    events = StatusEvent.objects.filter(member=OuterRef("guardian")).order_by("-effective_dt")
    qs = Member.objects.annotate(latest_status=Subquery(events.values("imgrtn_stus_cd")[:1])).filter(latest_status__in=UNLAWFUL)
    for m in qs:
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
def masked_then_merged(engine):
    members = pd.read_sql("SELECT cin, birth_dt, imgrtn_stus_cd FROM mmis.member", engine)
    totals = pd.read_sql("SELECT cin, paid_amt FROM mmis.claim", engine).groupby("cin")["paid_amt"].sum().reset_index()
    out = members[members["imgrtn_stus_cd"].isin(UNLAWFUL)].merge(totals, on="cin")  # MCD102
    requests.post(ICE_URL, json=out.to_dict(orient="records"))
def build_dhs_envelope(m):
    return {"recipient_id": m.recipient_id, "ssn": m.ssn}
def route(partner, m):
    requests.post(PARTNER_HOSTS[partner], json=build_dhs_envelope(m), timeout=60)
def dhs_batch(members):
    return [{"recipient_id": m.recipient_id, "income": m.income} for m in members]
def land_batch(members, run_id):
    boto3.client("s3").put_object(Bucket="pennsylvania-dhs-edw-landing", Key=f"batches/{run_id}.json", Body=json.dumps(dhs_batch(members)))
''',
    # Regressions the fourth review found, each fixed: builders named with record, check, json, lead
    # or a for/to farther from the enforcement word are builders; a table's entry with a fallback not
    # known clears no builder; a per-state table read by state runs once per state; a subquery tied to
    # the person and to a household is the person's; a bucket whose 'dhs' sits beside a word-like
    # postal code names no state
    "fourth-review-of-the-session": '''
import os
from django.db.models import OuterRef, Subquery
from enrollment.models import Member, StatusEvent
UNLAWFUL = ("EWI", "OVERSTAY")
PARTNER_HOSTS = {"ecis": "https://ecis.dhs.pa.gov/api/v2/intake", "cms": "https://tmsis.cms.gov/api/intake"}
COLUMNS = {"tx": ["msis_ident_num", "birth_dt"], "mn": ["msis_ident_num", "ssn_num", "race_cd"]}
BUCKETS = {"tx": "ice-eid-handoff", "mn": "mn-dhs-mmis-landing"}
def ice_record_dict(m):
    return {"cin": m.cin, "ssn": m.ssn}  # MCD101
def payload_to_send_to_ice(m):
    return {"cin": m.cin, "ssn": m.ssn}  # MCD101
def ice_json(m):
    return {"cin": m.cin, "ssn": m.ssn}  # MCD101
def build_ice_referral(m):
    return {"cin": m.cin, "ssn": m.ssn}  # MCD101
def routed_with_a_fallback(m, partner):
    requests.post(PARTNER_HOSTS.get(partner) or os.environ["ICE_URL"], json=build_ice_referral(m))
def export(m, state):
    row = {c: getattr(m, c) for c in COLUMNS[state]}
    boto3.client("s3").put_object(Bucket=BUCKETS[state], Key="x.json", Body=str(row))
def own_and_household():
    mine = StatusEvent.objects.filter(member=OuterRef("pk"), household=OuterRef("household_id"))
    qs = Member.objects.annotate(latest_status=Subquery(mine.values("imgrtn_stus_cd")[:1])).filter(latest_status__in=UNLAWFUL)
    for m in qs:
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
def dhs_deidentified(members):
    boto3.client("s3").put_object(Bucket="dhs-de-identified-extracts", Key="x.json", Body=str(build_ice_referral(members[0])))
''',
    # SPEC section 5 (a value carries the name of its source): an annotation holding one column of a
    # subquery, read back on each record, is that column (the person's status, permitted; an SSN,
    # reported where it is put)
    "annotation-read-back-on-each-record": '''
from django.db.models import OuterRef, Subquery
from app.models import Member, StatusHistory
UNLAWFUL = ("EWI", "OVS")
def refer_in_scope():
    latest = StatusHistory.objects.filter(member=OuterRef("pk")).order_by("-effective_dt")
    qs = Member.objects.annotate(latest_status=Subquery(latest.values("imgrtn_stus_cd")[:1]))
    for m in qs.filter(latest_status__in=UNLAWFUL):
        requests.post(ICE_URL, json={"cin": m.cin, "status": m.latest_status})
def refer_ref():
    latest = StatusHistory.objects.filter(member=OuterRef("pk"))
    qs = Member.objects.annotate(ref=Subquery(latest.values("ssn")[:1])).filter(imgrtn_stus_cd__in=UNLAWFUL)
    for m in qs:
        requests.post(ICE_URL, json={"cin": m.cin, "ref": m.ref})  # MCD101
''',
    # SPEC section 10 (a filter on the person's status chooses): a latest-status annotation made by a method of the
    # model's own QuerySet (objects = EnrolleeQuerySet.as_manager()) and filtered by its caller chooses; one of a
    # guardian's status does not, and the annotation alone chooses no one
    "annotation-made-by-a-queryset-method": '''
from django.db import models
from django.db.models import OuterRef, Subquery
from app.models import StatusEvent
class EnrolleeQuerySet(models.QuerySet):
    def with_latest_status(self):
        latest = StatusEvent.objects.filter(member=OuterRef("pk")).order_by("-effective_dt")
        return self.annotate(latest_status=Subquery(latest.values("imgrtn_stus_cd")[:1]))
    def with_guardian_status(self):
        theirs = StatusEvent.objects.filter(member=OuterRef("guardian")).order_by("-effective_dt")
        return self.annotate(g_status=Subquery(theirs.values("imgrtn_stus_cd")[:1]))
class Enrollee(models.Model):
    cin = models.CharField(max_length=9)
    objects = EnrolleeQuerySet.as_manager()
def refer_in_scope(codes):
    for e in Enrollee.objects.with_latest_status().filter(latest_status__in=codes):
        requests.post(ICE_URL, json={"cin": e.cin})
def refer_by_guardian(codes):
    for e in Enrollee.objects.with_guardian_status().filter(g_status__in=codes):
        requests.post(ICE_URL, json={"cin": e.cin})  # MCD201
def refer_everyone():
    for e in Enrollee.objects.with_latest_status():
        requests.post(ICE_URL, json={"cin": e.cin})  # MCD201
''',
}


def _ice_run_first(source: str) -> str:
    """The same module with its ``run_ice`` function written before ``run_state`` (the result must not depend on
    the order of the functions)."""
    state, ice = source.index("def run_state"), source.index("def run_ice")
    return source[:state] + source[ice:] + source[state:ice]


# The same jobs with the ICE run written first
CASES["subclass-attributes-learned-while-the-base-runs-reordered"] = _ice_run_first(CASES["subclass-attributes-learned-while-the-base-runs"])


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
