"""The data flow shapes of the twenty-ninth session: what its SPEC-only probers found (rounds 187
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
    # SPEC section 6 (sanitizers: explicit selection of permitted keys): an allow-list test kept in a
    # one-expression function, a lambda bound to a name or a method is that allow-list test, in a
    # comprehension, a loop and a filter()
    "allow-list-predicate-named": '''
ALLOWED = {"medicaid_id", "dob"}
def is_permitted(key):
    """The six categories only."""
    return key in ALLOWED
def refer_comprehension(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "dob": m.dob}
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if is_permitted(k)})
def refer_lambda(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "dob": m.dob}
    keep = lambda k: k in ALLOWED
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if keep(k)})
def refer_filter(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "dob": m.dob}
    requests.post(ICE_URL, json={k: rec[k] for k in filter(is_permitted, rec)})
def refer_pairs(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "dob": m.dob}
    requests.post(ICE_URL, json=dict(filter(lambda kv: is_permitted(kv[0]), rec.items())))
def refer_whole(m):
    rec = vars(m)
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if is_permitted(k)})
def refer_loop(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "dob": m.dob}
    out = {}
    for k, v in rec.items():
        if not is_permitted(k):
            continue
        out[k] = v
    requests.post(ICE_URL, json=out)
def refer_delete(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "dob": m.dob}
    for k in list(rec):
        if not is_permitted(k):
            del rec[k]
    requests.post(ICE_URL, json=rec)
class Referrer:
    def _allowed(self, key):
        return key in ALLOWED
    def refer(self, m):
        rec = {"medicaid_id": m.cin, "ssn": m.ssn, "dob": m.dob}
        requests.post(ICE_URL, json={k: v for k, v in rec.items() if self._allowed(k)})
''',
    # SPEC section 6: a predicate that is no allow-list (a deny-list, a test that passes every key,
    # one side of an `or` that is not a membership) removes only what it surely removes
    "allow-list-predicate-that-lets-more-through": '''
ALLOWED = {"medicaid_id", "dob"}
BLOCKED = {"ssn"}
def is_exportable(key):
    return key not in BLOCKED
def anything(key):
    return True
def loose(key):
    return key in ALLOWED or key.startswith("x")
def refer_deny(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "diagnosis": m.dx}  # MCD102
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if is_exportable(k)})
def refer_any(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "dob": m.dob}  # MCD101
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if anything(k)})
def refer_loose(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "dob": m.dob}  # MCD101
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if loose(k)})
def refer_deny_filter(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "diagnosis": m.dx}  # MCD102
    requests.post(ICE_URL, json={k: rec[k] for k in filter(is_exportable, rec)})
def refer_deny_lambda(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "dob": m.dob}
    requests.post(ICE_URL, json={k: rec[k] for k in filter(lambda k: k not in BLOCKED, rec)})
''',
    # # SPEC sections 3, 5 and 10: a dict literal annotated with a TypedDict named for enforcement is
    # # that model (its fields reported at their declarations), yet a value naming another category
    # than     # its key is still placed at its entry, and records built from bulk rows are still a
    # bulk send
    "typed-dict-annotation": '''
from typing import TypedDict
class IceReferral(TypedDict):
    medicaid_id: str
    dob: str
    ssn: str  # MCD101
def refer_each(cur):
    cur.execute("SELECT cin, dob FROM members")
    for rec in cur.fetchall():
        ref: IceReferral = {"medicaid_id": rec["cin"], "dob": rec["dob"], "ssn": rec["ssn"]}
        requests.post(ICE_URL, json=ref)  # MCD201
def refer_one(m):
    ref: IceReferral = {"medicaid_id": m.ssn, "dob": m.birth_date, "ssn": m.ssn}  # MCD101
    requests.post(ICE_URL, json=ref)
def refer_chosen(cur):
    cur.execute("SELECT cin, dob FROM members WHERE imgrtn_stus_cd = 'U'")
    for rec in cur.fetchall():
        ref: IceReferral = {"medicaid_id": rec["cin"], "dob": rec["dob"], "ssn": "REDACTED"}
        requests.post(ICE_URL, json=ref)
''',
    # # SPEC section 6 (tuple unpacking element by element): a loop over zip(a, b), over a     #
    # comprehension of tuples or over enumerate() of one binds each name to what its position holds,
    # # not the whole tuple
    "tuples-unpacked-by-position": '''
CODES = ("U", "N")
def refer_zipped(members):
    chosen = [m for m in members if m.imgrtn_stus_cd in CODES]
    cins = [m.cin for m in chosen]
    ssns = [m.ssn for m in chosen]
    for cin, ssn in zip(cins, ssns):
        requests.post(ICE_URL, json={"cin": cin})
        requests.post(STATE_URL, json={"cin": cin, "ssn": ssn})
def refer_pairs(members):
    for cin, ssn in [(m.cin, m.ssn) for m in members if m.imgrtn_stus_cd in CODES]:
        requests.post(ICE_URL, json={"cin": cin})
def refer_counted(members):
    for i, (cin, dob, ssn) in enumerate((m.cin, m.birth_date, m.ssn) for m in members if m.imgrtn_stus_cd in CODES):
        requests.post(ICE_URL, json={"seq": i, "cin": cin, "dob": dob})
def refer_sent(members):
    for cin, dx in [(m.cin, m.diagnosis_code) for m in members if m.imgrtn_stus_cd in CODES]:  # MCD102
        requests.post(ICE_URL, json={"cin": cin, "code": dx})
def refer_unchosen(members):
    for cin, name in ((m.cin, m.full_name) for m in members):  # MCD101
        requests.post(ICE_URL, json={"cin": cin, "n": name})  # MCD201
''',
    # # SPEC sections 6 and 10: itertools.chain and islice pass their input on, so records a     #
    # helper chose by status stay chosen (every input of chain must be)
    "itertools-of-chosen-rows": '''
import itertools
import json
CODES = frozenset({"U", "N"})
def referral_rows(members):
    for m in members:
        if m.imgrtn_stus_cd not in CODES:
            continue
        yield {"cin": m.cin, "dob": m.birth_date}
def every_row(members):
    for m in members:
        yield {"cin": m.cin, "dob": m.birth_date}
s3 = boto3.client("s3")
def export_chained(members, late_members):
    rows = itertools.chain(referral_rows(members), referral_rows(late_members))
    s3.put_object(Bucket=ICE_BUCKET, Key="b.json", Body=json.dumps(list(rows)))
def export_sample(members):
    rows = itertools.islice(referral_rows(members), 100)
    s3.put_object(Bucket=ICE_BUCKET, Key="c.json", Body=json.dumps(list(rows)))
def export_mixed(members, late_members):
    rows = itertools.chain(referral_rows(members), every_row(late_members))
    s3.put_object(Bucket=ICE_BUCKET, Key="d.json", Body=json.dumps(list(rows)))  # MCD201
def export_unchosen_sample(members):
    rows = itertools.islice(every_row(members), 100)
    s3.put_object(Bucket=ICE_BUCKET, Key="e.json", Body=json.dumps(list(rows)))  # MCD201
''',
    # # SPEC section 10 (a condition guards the send): a dict made before the loop whose every key
    # # is set again in each iteration holds the tested member's fields only; one that keeps a key
    # from     # an earlier, unchosen member's iteration does not
    "record-renewed-in-each-iteration": '''
UNLAWFUL = frozenset({"U", "N"})
def refer(members):
    rec = {}
    for m in members:
        rec["cin"] = m.cin
        rec["dob"] = m.birth_date
        if m.imgrtn_stus_cd in UNLAWFUL:
            requests.post(ICE_URL, json=rec)
def refer_leftover(members):
    rec = {}
    for m in members:
        rec["cin"] = m.cin
        if m.imgrtn_stus_cd in UNLAWFUL:
            requests.post(ICE_URL, json=rec)  # MCD201
            continue
        rec["dob"] = m.birth_date
        requests.post(STATE_URL, json=rec)
''',
    # # SPEC section 4 (e-mail goes to enforcement when a recipient is at an enforcement domain): the
    # # display name of formataddr((name, address)) is no recipient
    "formataddr-display-name": '''
import smtplib
from email.message import EmailMessage
from email.utils import formataddr
def to_the_state(member):
    msg = EmailMessage()
    msg["To"] = formataddr(("DHS Eligibility Unit", "eligibility@dhs.state.mn.us"))
    msg.set_content(f"{member.ssn} {member.dx_cd}")
    with smtplib.SMTP("smtp.dhs.state.mn.us") as s:
        s.send_message(msg)
def to_ice(member):
    msg = EmailMessage()
    msg["To"] = formataddr(("Intake", "intake@ice.gov"))
    msg.set_content(f"{member.cin} {member.dx_cd}")  # MCD102
    with smtplib.SMTP("smtp.dhcs.ca.gov") as s:
        s.send_message(msg)
''',
    # # SPEC section 4 (a resolved host on the non-enforcement list overrides every name signal):
    # # a client of unknown type named dhs made in the function for a state host is the state's
    "client-variable-with-a-state-host": '''
from mmis_sdk import ApiClient
from requests_toolbelt.sessions import BaseUrlSession
IL_DHS = "https://eligibility.dhs.illinois.gov/api/"
def push_toolbelt(member):
    dhs_client = BaseUrlSession(base_url=IL_DHS)
    return dhs_client.post("cases", json={"ssn": member.ssn})
def push_positional(member):
    dhs = ApiClient("https://mn-its.dhs.state.mn.us/api")
    return dhs.post("/members", json={"ssn": member.ssn})
def push_ice(member):
    ice_client = ApiClient(base_url=ICE_URL)
    return ice_client.post("/subjects", json={"ssn": member.ssn})  # MCD101
def push_unknown(member, cfg):
    dhs_api = ApiClient(base_url=cfg.url)
    return dhs_api.post("/subjects", json={"ssn": member.ssn})  # MCD101
''',
    # # SPEC section 10 (a condition on status decides whether a record is sent): a status read into
    # # an attribute or model field of another name (self.status = row["imgrtn_stus_cd"],
    # Subject(status=...,     # in_scope=<status test>)) is still the status where it is tested;
    # another field is not
    "status-kept-under-another-name": '''
from dataclasses import dataclass
UNLAWFUL = {"U", "X"}
class Case:
    def __init__(self, row):
        self.cin = row["cin"]
        self.status = row["imgrtn_stus_cd"]
        self.county = row["county_cd"]
@dataclass
class Subject:
    cin: str
    status: str
    in_scope: bool
    urgent: bool
def refer_objects(cur):
    cur.execute("SELECT cin, county_cd, imgrtn_stus_cd FROM members")
    cases = [Case(r) for r in cur.fetchall()]
    for c in cases:
        if c.status not in UNLAWFUL:
            continue
        requests.post(ICE_URL, json={"cin": c.cin})
def refer_by_county(cur):
    cur.execute("SELECT cin, county_cd, imgrtn_stus_cd FROM members")
    for r in cur.fetchall():
        c = Case(r)
        if c.county == "037":
            requests.post(ICE_URL, json={"cin": c.cin})  # MCD201
def refer_dataclass(cur):
    cur.execute("SELECT cin, imgrtn_stus_cd, priority FROM members")
    for r in cur.fetchall():
        s = Subject(cin=r["cin"], status=r["imgrtn_stus_cd"], in_scope=False, urgent=r["priority"] > 1)
        if s.status in UNLAWFUL:
            requests.post(ICE_URL, json={"cin": s.cin})
def refer_flag(cur):
    cur.execute("SELECT cin, imgrtn_stus_cd, priority FROM members")
    for r in cur.fetchall():
        s = Subject(cin=r["cin"], status="", in_scope=r["imgrtn_stus_cd"] in UNLAWFUL, urgent=False)
        if s.in_scope:
            requests.post(ICE_URL, json={"cin": s.cin})
def refer_urgent(cur):
    cur.execute("SELECT cin, imgrtn_stus_cd, priority FROM members")
    for r in cur.fetchall():
        s = Subject(cin=r["cin"], status=r["imgrtn_stus_cd"], in_scope=False, urgent=r["priority"] > 1)
        if s.urgent:
            requests.post(ICE_URL, json={"cin": s.cin})  # MCD201
''',
    # # SPEC section 3 (the select list of a SQL query, each column at its own line; ORDER BY columns
    # # send nothing): text(...).bindparams(...) keeps the query's select list; a window's PARTITION
    # BY and     # ORDER BY columns choose and order rows, the window function's own argument is sent
    "sql-bindparams-and-windows": '''
from sqlalchemy import bindparam, create_engine, text
engine = create_engine("postgresql://ro@dw/mmis")
SQL = text(
    "SELECT msis_ident_num, sex_cd FROM elig.enrollee WHERE imgrtn_stus_cd IN :codes"  # MCD101
).bindparams(bindparam("codes", expanding=True))
def push(codes):
    with engine.connect() as conn:
        rows = conn.execute(SQL, {"codes": codes}).fetchall()
    requests.post(ICE_URL, json=[{"medicaid_id": a, "ref": b} for a, b in rows])
def latest(conn):
    cur = conn.cursor()
    cur.execute("""
        SELECT msis_ident_num,
               birth_dt,
               ROW_NUMBER() OVER (PARTITION BY msis_ident_num
                                  ORDER BY elgblty_efctv_dt DESC) AS rn,
               LAG(prmry_dgns_cd) OVER (PARTITION BY msis_ident_num  # MCD102
                                        ORDER BY srvc_dt) AS prior_dx
          FROM elig.enrollee
         WHERE imgrtn_stus_cd IN ('5', '6')
    """)
    requests.post(ICE_URL, json=cur.fetchall())
''',
    # # SPEC section 3 (MCD103: every field of a record): a comprehension over a model's fields     #
    # that leaves out some names by a deny-list test is still unbounded; an allow-list bounds it
    "every-field-but-a-deny-list": '''
EXCLUDED = {"ssn", "primary_dx"}
ALLOWED = {"medicaid_id", "dob"}
def drop_pk(m):
    rec = {f.name: getattr(m, f.name) for f in m._meta.fields if f.name != "id"}  # MCD103
    requests.post(ICE_URL, json=rec)
def denylist(m):
    rec = {f.name: getattr(m, f.name) for f in m._meta.fields if f.name not in EXCLUDED}  # MCD103
    requests.post(ICE_URL, json=rec)
def allowlist(m):
    rec = {f.name: getattr(m, f.name) for f in m._meta.fields if f.name in ALLOWED}
    requests.post(ICE_URL, json=rec)
''',
    # # SPEC section 6 (sanitizers): itertools.filterfalse keeps what fails its test, and a lambda
    # # that negates a predicate holds the predicate's test; the fields a deny-list keeps are reported
    # where     # they were placed
    "filterfalse-and-negated-predicates": '''
import itertools
BLOCKED = {"ssn", "diagnosis_code"}
ALLOWED = {"medicaid_id"}
is_blocked = lambda key: key in BLOCKED  # noqa: E731
def refer_filterfalse(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "race": m.race}  # MCD101
    requests.post(ICE_URL, json={k: rec[k] for k in itertools.filterfalse(is_blocked, rec)})
def refer_not(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "race": m.race}  # MCD101
    requests.post(ICE_URL, json={k: rec[k] for k in filter(lambda k: not is_blocked(k), rec)})
def refer_allowed(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "race": m.race}
    requests.post(ICE_URL, json={k: rec[k] for k in itertools.filterfalse(lambda k: k not in ALLOWED, rec)})
def refer_pairs(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "race": m.race}
    requests.post(ICE_URL, json=dict(itertools.filterfalse(lambda kv: kv[0] not in ALLOWED, rec.items())))
''',
    # # SPEC sections 6 and 10: a key set under an if is not set again in every iteration (an earlier,
    # # unchosen member's phone may go out); a list of tuples bound to a name, and positions unpacked
    # inside     # zip inside enumerate, bind each name to its own position
    "renewed-only-when-set-every-time": '''
UNLAWFUL = ("EWI", "OVS")
def export(conn):
    rows = conn.execute("SELECT msis_ident_num, elgbl_phne_num, imgrtn_stus_cd FROM enrollee_contact").fetchall()
    rec = {"medicaid_id": None, "phone": None}
    for r in rows:
        rec["medicaid_id"] = r.msis_ident_num
        if r.elgbl_phne_num:
            rec["phone"] = r.elgbl_phne_num
        if r.imgrtn_stus_cd not in UNLAWFUL:
            continue
        requests.post(ICE_URL, json=rec)  # MCD201
def export_each(conn):
    rows = conn.execute("SELECT msis_ident_num, elgbl_phne_num, imgrtn_stus_cd FROM enrollee_contact").fetchall()
    rec = {"medicaid_id": None, "phone": None}
    for r in rows:
        rec["medicaid_id"] = r.msis_ident_num
        rec["phone"] = r.elgbl_phne_num if r.elgbl_phne_num else None
        if r.imgrtn_stus_cd not in UNLAWFUL:
            continue
        requests.post(ICE_URL, json=rec)
def pairs_bound_first(chosen):
    pairs = [(c.cin, c.ssn) for c in chosen if c.imgrtn_stus_cd in UNLAWFUL]
    for cin, ssn in pairs:
        requests.post(ICE_URL, json={"medicaid_id": cin})
    cins = [c.cin for c in chosen if c.imgrtn_stus_cd in UNLAWFUL]
    for i, (cin, (addr, race)) in enumerate(zip(cins, [(c.home_address, c.race) for c in chosen if c.imgrtn_stus_cd in UNLAWFUL])):
        requests.post(ICE_URL, json={"medicaid_id": cin, "home_address": addr})
''',
    # # SPEC section 4 (an enforcement host decides; a non-enforcement host overrides every name     #
    # signal): an object of a class the analysis does not know keeps the base URL it was made for, per
    # # variable and per object, flow-sensitively; one made for an unknown base is decided by its name
    "client-objects-made-for-a-base": '''
import os
from requests_toolbelt.sessions import BaseUrlSession
from vendor_sdk import ApiClient
IL_DHS = "https://eligibility.dhs.illinois.gov/api"
ERO_EID = "https://eid.ice.gov/api/v1"
def sync_illinois(m):
    dhs = ApiClient(base_url=IL_DHS)
    dhs.post("/members", json={"ssn": m.ssn})
def refer_eid(m):
    dhs = ApiClient(base_url=ERO_EID)
    dhs.post("/referrals", json={"medicaid_id": m.cin, "race": m.race})  # MCD101
def refer_session(m):
    partner = BaseUrlSession(base_url=ERO_EID)
    partner.post("referrals", json={"race": m.race})  # MCD101
def refer_rebased(m):
    dhs = ApiClient(base_url=IL_DHS)
    dhs.post("/members", json={"medicaid_id": m.cin, "sex": m.sex})
    dhs = ApiClient(base_url=ERO_EID)
    dhs.post("/referrals", json={"medicaid_id": m.cin, "gender": m.gender})  # MCD101
def refer_branch(m, federal):
    dhs = ApiClient(base_url=ERO_EID if federal else IL_DHS)
    dhs.post("/referrals", json={"medicaid_id": m.cin, "email": m.email})  # MCD101
def refer_env(m):
    dhs = ApiClient(base_url=os.environ["PARTNER_BASE_URL"])
    dhs.post("/cases", json={"medicaid_id": m.cin, "sex": m.sex})  # MCD101
class Sync:
    def __init__(self):
        self.dhs = ApiClient(base_url=IL_DHS)
    def push(self, m):
        self.dhs.post("/members", json={"medicaid_id": m.cin, "income": m.income})
class Referrer:
    def __init__(self):
        self.dhs = ApiClient(base_url=ERO_EID)
    def push(self, m):
        self.dhs.post("/referrals", json={"medicaid_id": m.cin, "income": m.income})  # MCD101
''',
    # # SPEC sections 6 and 10 (tuple unpacking element by element; a status condition): values_list
    # # rows hold their columns by position; SPEC section 3 (MCD103): serialize("python",
    # [m])[0]["fields"]     # is the whole record
    "django-values-list-and-python-serializer": '''
from django.core import serializers
from django.db import models
class Member(models.Model):
    cin = models.CharField(max_length=9)
    immigration_status = models.CharField(max_length=4)
    ssn = models.CharField(max_length=11)
UNLAWFUL = ("EWI", "OVS")
def refer_values_list():
    for cin, status in Member.objects.values_list("cin", "immigration_status"):
        if status in UNLAWFUL:
            requests.post(ICE_URL, json={"medicaid_id": cin})
def refer_unchosen():
    for cin, ssn in Member.objects.values_list("cin", "ssn"):  # MCD101
        requests.post(ICE_URL, json={"medicaid_id": cin, "ref": ssn})  # MCD201
def python_format(m):
    fields = serializers.serialize("python", [m])[0]["fields"]  # MCD103
    requests.post(ICE_URL, json=fields)
''',
    # # SPEC section 4 (a function or class named for enforcement that builds the data: its returned
    # # value is an enforcement payload): a web handler (route decorator, a class-based view's verb
    # method)     # named for enforcement answers it; so does a function named answer/respond/reply
    # for it
    "handlers-that-answer-enforcement": '''
from flask import Flask, jsonify, request
from flask.views import MethodView
app = Flask(__name__)
def lookup_member(cin):
    raise NotImplementedError
@app.post("/eid/inquiries")
def ice_inquiry():
    member = lookup_member(request.get_json()["medicaid_id"])
    return jsonify(
        medicaid_id=member.cin,
        race=member.race_cd,  # MCD101
    )
@app.post("/eid/inquiries/basic")
def ice_inquiry_basic():
    member = lookup_member(request.get_json()["medicaid_id"])
    return jsonify(medicaid_id=member.cin, dob=member.birth_date)
@app.post("/eid/acks")
def ice_ack():
    received = request.get_json()
    return jsonify(status="received", count=len(received["subjects"]))
@app.get("/members/<cin>")
def member_detail(cin):
    member = lookup_member(cin)
    return jsonify(medicaid_id=member.cin, ssn=member.ssn)
@app.get("/contacts")
def sync_ice_contacts():
    member = lookup_member(request.args["cin"])
    return jsonify(ice_contact_name=member.ice_contact_name, ice_contact_phone=member.ice_contact_phone)
def answer_ice_inquiry(member):
    return {"medicaid_id": member.cin, "ssn": member.ssn}  # MCD101
class IceInquiryView(MethodView):
    def post(self):
        member = lookup_member(request.get_json()["medicaid_id"])
        return jsonify({"medicaid_id": member.cin, "ssn": member.ssn})  # MCD101
    def _audit(self, member):
        return {"ssn": member.ssn}
''',
    # # SPEC section 3 (at the line where the value is placed): what an allow-list that holds a     #
    # prohibited name keeps of a record whose keys are known is reported at the record's entry; a name
    # # the record is not seen to hold ({**row, ...}) is read from it where the comprehension puts it
    "allow-lists-that-keep-too-much": '''
ALLOWED = frozenset({"medicaid_id", "dob"})
AUDIT_KEYS = ("ssn_last4",)
PILOT_ALLOWED = {"medicaid_id", "dob", "full_name"}
def is_permitted_or_audit(key):
    return key in ALLOWED or key in AUDIT_KEYS
def is_pilot_field(key):
    return key in PILOT_ALLOWED
def refer_audit(m):
    rec = {
        "medicaid_id": m.cin,
        "ssn_last4": m.ssn[-4:],  # MCD101
        "race": m.race,
    }
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if is_permitted_or_audit(k)})
def refer_pilot(m):
    rec = {
        "medicaid_id": m.cin,
        "full_name": m.full_name,  # MCD101
        "race": m.race,
    }
    requests.post(ICE_URL, json={k: rec[k] for k in filter(is_pilot_field, rec)})
def refer_open(row, m):
    rec = {**row, "medicaid_id": m.cin}
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if k in PILOT_ALLOWED})  # MCD101
''',
    # # SPEC section 4 (named for enforcement: its returned value is an enforcement payload; a builder
    # # visibly sent only to a non-enforcement host is clean): Django function views (given the
    # request     # first), views whose base is a project view, ViewSet actions; MFA enforcement is no
    # immigration     # signal; a helper whose output a state send also carries is still returned by
    # an ICE builder
    "django-views-answering-enforcement": '''
from django.http import JsonResponse
from django.views import View
from django.views.decorators.http import require_GET
from rest_framework import viewsets
from rest_framework.response import Response
STATE_URL = "https://eligibility.dhs.illinois.gov/api/determinations"
def lookup(cin):
    raise NotImplementedError
@require_GET
def ice_inquiry_status(request, cin):
    m = lookup(cin)
    return JsonResponse({"medicaid_id": m.cin, "first_name": m.first_name})  # MCD101
def dhs_inquiry(request, cin):
    m = lookup(cin)
    return JsonResponse({"medicaid_id": m.cin, "dob": m.birth_date})
class BaseInquiryView(View):
    pass
class IceInquiryDetailView(BaseInquiryView):
    def get(self, request, cin):
        m = lookup(cin)
        return JsonResponse({"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101
class IceSubjectViewSet(viewsets.ViewSet):
    def retrieve(self, request, pk=None):
        m = lookup(pk)
        return Response({"medicaid_id": m.cin, "ethnicity": m.ethncty_cd})  # MCD101
def update_mfa_enforcement(request):
    return JsonResponse({"email": request.user.email, "enabled": True})
def shape(m):
    return {"medicaid_id": m.cin, "first_name": m.first_name}  # MCD101
def sync_state(m):
    requests.post(STATE_URL, json=shape(m), timeout=30)
def build_ice_referral(m):
    return shape(m)
''',
    # # SPEC section 10: a dict emptied at the top of each iteration (rec.clear()) holds only the
    # # tested member's fields, whichever keys are set under an if
    "record-cleared-each-iteration": '''
UNLAWFUL = ("U", "EWI", "OVS")
def renewed_with_clear(cur):
    cur.execute("SELECT cin, elgbl_phne_num, imgrtn_stus_cd FROM members")
    rec = {}
    for r in cur.fetchall():
        rec.clear()
        rec["cin"] = r["cin"]
        if r["elgbl_phne_num"]:
            rec["phone"] = r["elgbl_phne_num"]
        if r["imgrtn_stus_cd"] in UNLAWFUL:
            requests.post(ICE_URL, json=rec)
''',
    # # SPEC sections 3 and 6 (lambdas are followed; names survive methods and slices): df.assign(col=
    # # lambda d: ...) places what the lambda reads at the keyword; Series.map(function) keeps the
    # column's     # names, map(str) too
    "pandas-assign-lambda-and-series-map": '''
import pandas as pd
def refer_assign(conn):
    df = pd.read_sql("SELECT msis_ident_num, ssn_num FROM elig WHERE imgrtn_stus_cd = 'EWI'", conn)
    df = df.assign(ref=lambda d: d["ssn_num"])  # MCD101
    requests.post(ICE_URL, json=df[["msis_ident_num", "ref"]].to_dict("records"))
def refer_map(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "imgrtn_stus_cd", "ssn_num"])
    df = df[df.imgrtn_stus_cd == "EWI"]
    df["subject_ref"] = df["ssn_num"].map(lambda s: s[-4:])  # MCD101
    df["subject_txt"] = df["ssn_num"].map(str)  # MCD101
    df["county"] = df["msis_ident_num"].map({"1": "037"})
    requests.post(ICE_URL, json=df[["msis_ident_num", "subject_ref", "subject_txt"]].to_dict("records"))
def refer_permitted(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "imgrtn_stus_cd", "birth_dt"])
    df = df[df.imgrtn_stus_cd == "EWI"]
    df = df.assign(dob=lambda d: d["birth_dt"].astype(str))
    requests.post(ICE_URL, json=df[["msis_ident_num", "dob"]].to_dict("records"))
''',
    # # SPEC section 6 (a parameter annotated with a payload model of the module carries its fields):
    # # also when its caller hands an object of unknown type; SPEC section 4: a settings name that
    # supplies a     # recipient in a list (to=[settings.ICE_LIAISON_EMAIL]) decides as it does alone
    "annotated-helper-and-settings-recipients": '''
import dataclasses
from dataclasses import dataclass
from django.conf import settings
from django.core.mail import EmailMessage
@dataclass
class Member:
    medicaid_id: str
    ssn: str  # MCD101
    diagnosis_code: str  # MCD102
def full_record(m: Member) -> dict:
    return dataclasses.asdict(m)
def send_everything(m):
    requests.post(ICE_URL, json=full_record(m))
def via_message(m):
    msg = EmailMessage(subject="Referral", body=f"dx {m.primary_dx}",  # MCD102
                       to=[settings.ICE_LIAISON_EMAIL])
    msg.send()
def to_the_state(m):
    msg = EmailMessage(subject="Referral", body=f"dx {m.primary_dx}", to=[settings.STATE_ELIGIBILITY_EMAIL])
    msg.send()
''',
    # # SPEC section 4: objects of an unknown client class kept in a dict (module constant or local)
    # # keep the base they were made for, read back by key
    "client-objects-kept-in-a-dict": '''
from vendor_sdk import ApiClient
EID_BASE = "https://eid.ice.gov/api/v2/"
MN_DHS_BASE = "https://mn-its.dhs.state.mn.us/api/"
PARTNERS = {"federal": ApiClient(base_url=EID_BASE), "dhs": ApiClient(base_url=MN_DHS_BASE)}
def send_federal(m):
    PARTNERS["federal"].post("subjects", json={"cin": m.cin, "sex": m.sex_cd})  # MCD101
def send_state(m):
    PARTNERS["dhs"].post("members", json={"cin": m.cin, "sex": m.sex_cd})
def send_federal_local(m):
    clients = {"fed": ApiClient(base_url=EID_BASE)}
    clients["fed"].post("subjects", json={"cin": m.cin, "sex": m.sex_cd})  # MCD101
''',
    # # SPEC section 10: a flag a first loop sets on each record from a status test, tested by a later
    # # comprehension, is that test; one set from another field is not
    "flags-set-in-an-earlier-pass": '''
UNLAWFUL = {"EWI", "OVERSTAY"}
sqs = boto3.client("sqs")
ICE_QUEUE = "https://sqs.us-gov-west-1.amazonaws.com/111122223333/ice-eid-handoff"
def tagged_first(members):
    for m in members:
        m.in_scope = m.immigration_status in UNLAWFUL
    batch = [{"Id": m.cin, "MessageBody": m.cin} for m in members if m.in_scope]
    sqs.send_message_batch(QueueUrl=ICE_QUEUE, Entries=batch[:10])
def keyed_first(cur):
    cur.execute("SELECT cin, imgrtn_stus_cd FROM enrollee")
    rows = cur.fetchall()
    for r in rows:
        r["target"] = r["imgrtn_stus_cd"] in UNLAWFUL
    batch = [{"Id": r["cin"], "MessageBody": r["cin"]} for r in rows if r["target"]]
    sqs.send_message_batch(QueueUrl=ICE_QUEUE, Entries=batch[:10])
def tagged_by_county(members):
    for m in members:
        m.in_scope = m.county_cd == "037"
    batch = [{"Id": m.cin, "MessageBody": m.cin} for m in members if m.in_scope]
    sqs.send_message_batch(QueueUrl=ICE_QUEUE, Entries=batch[:10])  # MCD201
''',
    # # From the review of the session's diff: a predicate's free names are its module's (a local of
    # # the caller does not change them); a class constant an __init__ sets again from a parameter is
    # not that     # constant; a list of tuples grown after the comprehension; keys set from an
    # earlier member or from     # data kept across iterations renew nothing; a pytest fixture given
    # request is no view; an enforcement     # session is still named for enforcement
    "review-of-the-session": '''
import os
import pytest
FIELDS = ("cin", "dob", "ssn")
UNLAWFUL = {"EWI"}
def in_export(key):
    return key in FIELDS
def refer_shadow(m):
    rec = {"cin": m.cin, "dob": m.dob, "ssn": m.ssn}  # MCD101
    FIELDS = ("cin", "dob")
    print(FIELDS)
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if in_export(k)})
class Policy:
    ALLOWED = ("cin", "dob")
    def __init__(self, allowed=None):
        if allowed is not None:
            self.ALLOWED = allowed
    def permits(self, key):
        return key in self.ALLOWED
def refer_override(m):
    rec = {"cin": m.cin, "dob": m.dob, "ssn": m.ssn}  # MCD101
    policy = Policy(allowed=("cin", "ssn"))
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if policy.permits(k)})
def pairs_grown(chosen, extra):
    pairs = [(c.cin, c.dob) for c in chosen]
    pairs.append((extra.cin, extra.ssn))  # MCD101
    for cin, dob in pairs:
        requests.post(ICE_URL, json={"cin": cin, "dob": dob})
def previous_member(members):
    rec = {}
    prev = None
    for m in members:
        if prev is not None:
            rec["cin"] = prev.cin
        prev = m
        if m.immigration_status in UNLAWFUL:
            requests.post(ICE_URL, json=rec)  # MCD201
def cleared_then_everyone_seen(members):
    seen = {}
    rec = {}
    for m in members:
        seen[m.cin] = m.birth_date
        rec.clear()
        rec.update(seen)
        if m.immigration_status in UNLAWFUL:
            requests.post(ICE_URL, json=rec)  # MCD201
@pytest.fixture(params=["000-11-2222"])
def ice_member(request):
    return {"name": "Test", "ssn": request.param}
def send_with_enforcement_session(m):
    enforcement_session.post(os.environ["REFERRAL_URL"], json={"cin": m.cin, "ssn": m.ssn})  # MCD101
''',
    # # SPEC sections 4 and 6: a dependency given through an Annotated alias; a project object kept on
    # # app.state; what a getter or generator dependency reads from app.state where no lifespan is
    # seen is     # named by its chain; a DRF @action of a ViewSet named for enforcement answers it; a
    # builder's own post     # to the state's ledger is not where its output goes
    "fastapi-and-drf-shapes": '''
from typing import Annotated
from fastapi import Depends, FastAPI, Request
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
app = FastAPI()
class IceClient:
    def refer(self, body: dict):
        return requests.post(ICE_URL, json=body)
def get_client() -> IceClient:
    return IceClient()
IceDep = Annotated[IceClient, Depends(get_client)]
app.state.ice = IceClient()
def get_partner(request: Request):
    return request.app.state.dhs
async def federal_session(request: Request):
    client = request.app.state.ice_http
    yield client
@app.post("/a/{cin}")
def refer_alias(cin: str, e, ice: IceDep):
    return ice.refer({"gender": e.gndr_cd})  # MCD101
@app.post("/b")
def refer_state_object(request: Request, e=None):
    return request.app.state.ice.refer({"gender": e.gndr_cd})  # MCD101
@app.post("/c/{cin}")
async def refer_partner(cin: str, m=None, client=Depends(get_partner)):
    await client.post("members", json={"cin": m.cin, "ssn": m.ssn_num})  # MCD101
@app.post("/d/{cin}")
async def refer_gen(cin: str, m=None, fed=Depends(federal_session)):
    await fed.post("referrals", json={"cin": m.cin, "ssn": m.ssn_num})  # MCD101
class IceInquiryViewSet(viewsets.ViewSet):
    @action(detail=True)
    def history(self, request, pk=None):
        m = lookup(pk)
        return Response({"medicaid_id": m.cin, "last_name": m.last_name})  # MCD101
def lookup(pk):
    raise NotImplementedError
DISCLOSURE_LEDGER_URL = "https://mmis.state.mn.us/api/disclosures"
def build_ice_answer(m):
    rec = {"cin": m.cin, "name": m.full_name}  # MCD101
    requests.post(DISCLOSURE_LEDGER_URL, json=rec, timeout=10)
    return {"answer": rec, "status": "ok"}
''',
    # # SPEC section 6 (sanitizers): a policy object's allow-list given by a class constant that names
    # # or combines module constants; a subclass's own constant wins
    "policy-classes-with-constant-allow-lists": '''
PERMITTED = frozenset({"cin", "dob"})
class FieldPolicy:
    ALLOWED = PERMITTED
    def permits(self, key):
        return key in self.ALLOWED
class PilotPolicy(FieldPolicy):
    ALLOWED = PERMITTED | {"ssn_num"}
def refer(m):
    policy = FieldPolicy()
    rec = {"cin": m.cin, "ssn_num": m.ssn_num}
    requests.post(ICE_URL, json={k: rec[k] for k in rec if policy.permits(k)}, timeout=30)
def refer_pilot(m):
    policy = PilotPolicy()
    rec = {"cin": m.cin, "ssn_num": m.ssn_num, "dx": m.primary_dx}  # MCD101
    requests.post(ICE_URL, json={k: rec[k] for k in rec if policy.permits(k)}, timeout=30)
''',
    # # SPEC sections 4 and 6: a route handler's answer goes through its response model
    # (response_model=     # or the return annotation: only the model's fields are sent); policy
    # predicates called on the class or on     # an object made in the call; an @action named for
    # enforcement; a dict of clients kept on app.state
    "answers-filtered-and-policies-called-on-classes": '''
import httpx
from fastapi import APIRouter, FastAPI, Request
from pydantic import BaseModel
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
router = APIRouter()
class TooMuch(BaseModel):
    cin: str
    full_name: str  # MCD101
class PermittedAnswer(BaseModel):
    cin: str
    dob: str
def load_member(cin):
    raise NotImplementedError
@router.get("/ice/a/{cin}", response_model=TooMuch)
def ice_answer(cin: str):
    return load_member(cin).to_dict()
@router.get("/ice/b/{cin}", response_model=PermittedAnswer)
def ice_answer_permitted(cin: str):
    return load_member(cin).to_dict()
@router.get("/ice/c/{cin}")
def ice_answer_annotated(cin: str) -> PermittedAnswer:
    m = load_member(cin)
    return {"cin": m.cin, "dob": m.dob, "full_name": m.full_name}
class DisclosurePolicy:
    ALLOWED = frozenset({"cin", "dob"})
    def permits(self, key):
        return key in self.ALLOWED
    @classmethod
    def allows(cls, key):
        return key in cls.ALLOWED
def send_classmethod(m):
    rec = vars(m)
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if DisclosurePolicy.allows(k)})
def send_inline_object(m):
    rec = vars(m)
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if DisclosurePolicy().permits(k)})
class MemberViewSet(viewsets.ViewSet):
    @action(detail=True)
    def ice_inquiry(self, request, pk=None):
        m = load_member(pk)
        return Response({"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101
app = FastAPI()
app.state.partners = {"dhs": httpx.Client(base_url="https://mn-its.dhs.state.mn.us/ws"),
                      "federal": httpx.Client(base_url="https://eid.ice.gov/api/v2")}
@app.post("/push/{cin}")
def push(cin: str, request: Request):
    m = load_member(cin)
    request.app.state.partners["dhs"].post("/members", json={"cin": m.cin, "ssn": m.ssn})
    request.app.state.partners["federal"].post("/referrals", json={"sex": m.sex})  # MCD101
''',
    # # SPEC sections 4 and 6: a Response returned as it is skips the response model; response_model_
    # # exclude/include narrow it; a dataclass returned is trimmed to the model too; a policy object
    # keeps the     # allow-list its constructor was given
    "responses-and-policies-given-their-list": '''
from dataclasses import asdict, dataclass
from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel
router = APIRouter()
BASIC = frozenset({"cin", "date_of_birth", "phone"})
class BasicInfo(BaseModel):
    cin: str
    dob: str
@dataclass
class Row:
    cin: str
    dob: str
    ssn: str
def load(cin):
    raise NotImplementedError
@router.get("/ice/a/{cin}", response_model=BasicInfo)
def ice_raw(cin: str):
    row = load(cin)
    return JSONResponse(content={"cin": row["cin"], "ssn": row["ssn"]})  # MCD101
@router.get("/ice/b/{cin}", response_model=BasicInfo, response_model_exclude={"dob"})
def ice_excluded(cin: str):
    return load(cin).to_dict()
@router.get("/ice/c/{cin}", response_model=BasicInfo)
def ice_dataclass(cin: str):
    row = Row(cin="1", dob="2", ssn=load(cin).ssn)
    return asdict(row)
class ParamPolicy:
    def __init__(self, allowed):
        self.allowed = allowed
    def permits(self, key):
        return key in self.allowed
def refer(member):
    rec = {"cin": member.cin, "race": member.race}
    pol = ParamPolicy(BASIC)
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if pol.permits(k)})
def refer_wide(member):
    rec = {"cin": member.cin, "race": member.race}  # MCD101
    pol = ParamPolicy(BASIC | {"race"})
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if pol.permits(k)})
''',
    # # SPEC section 6 (sanitizers): the key tested through a walrus or lowercased keeps only the
    # # allow-list's names, of a whole record too; a deny-list of it does not bound it
    "allow-list-keys-lowered-or-walrus": '''
ALLOWED = frozenset({"medicaid_id", "address", "phone", "date_of_birth"})
def walrus_same(member):
    requests.post(ICE_URL, json={k: v for k, v in vars(member).items() if (key := k) in ALLOWED})
def walrus_lower(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn}
    requests.post(ICE_URL, json={key: v for k, v in rec.items() if (key := k.lower()) in ALLOWED})
def lower_no_walrus(member):
    requests.post(ICE_URL, json={k: v for k, v in vars(member).items() if k.lower() in ALLOWED})
def lower_deny(member):
    requests.post(ICE_URL, json={k: v for k, v in vars(member).items() if k.lower() not in {"ssn"}})  # MCD103
''',
    # # SPEC section 6 (lambdas are followed): a lambda that sends, bound to a module-level name or
    # kept     # in a module-level dict of handlers, is analyzed on its own as a def is
    "module-level-lambdas-that-send": '''
refer_lambda = lambda m: requests.post(ICE_URL, json={"medicaid_id": m.cin, "lang": m.primary_language})  # MCD101
HANDLERS = {
    "ice": lambda m, url=ICE_URL: requests.post(url, json={"medicaid_id": m.cin, "sex": m.sex_cd}),  # MCD101
    "state": lambda m: requests.post(STATE_URL, json={"medicaid_id": m.cin, "sex": m.sex_cd}),
}
by_cin = lambda m: str(m.cin)
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want


def test_the_most_specific_name_is_given_also_when_every_field_is_barred() -> None:
    # SPEC section 3 (one finding per placement, the most specific name in the message) and section 6 (an
    # attribute chain carries its qualifiers): before 6 January 2026 every field is barred, and the
    # guardian's phone is still named as the guardian's, whichever key it sits under
    from flake8_medicaid_scope import Config
    from flake8_medicaid_scope.analysis import analyze

    source = _source('''
def refer(member):
    requests.post(ICE_URL, json={
        "guardian_phone": member.guardian.phone,
        "phone": member.guardian.phone,
    })
''')
    found = analyze(source, Config.from_options(as_of="2025-12-01"))
    assert [(f.code, f.message.split(" sent")[0]) for f in found] == [
        ("MCD101", "MCD101 'guardian_phone' (contact_person)"), ("MCD101", "MCD101 'guardian_phone' (contact_person)")]
