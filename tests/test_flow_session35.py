"""The data flow shapes of the thirty-fifth session: what its SPEC-only probers found (rounds 229
and after) and the README limits it lifted.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). A case whose first line is an
``# OPTIONS:`` header runs with those options (``annotations.options_of``).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session20 import _source

CASES: dict[str, str] = {
    # SPEC section 4 (a topic names the destination) and section 6 (calls are followed): a loop over
    # the keys of a module dict of transforms (for topic in TRANSFORMS, .keys(), sorted(...)) reads
    # each entry by its own key, so the ICE topic's transform meets the ICE topic only; the state's
    # transform sends any field to the state's topic
    "loop-over-the-keys-of-a-dict-of-functions": '''
from kafka import KafkaProducer
producer = KafkaProducer()
def federal_record(after):
    return {"sex": after["sex_cd"]}  # MCD101
def state_record(after):
    return {"race": after["race_cd"], "dx": after["dx_cd"]}
TRANSFORMS = {"ice.eid.referrals.v1": federal_record, "mmis.members.changes": state_record}
def fan_out(after):
    for topic in TRANSFORMS:
        body = TRANSFORMS[topic](after)
        producer.send(topic, value=body)
def fan_out_keys(after):
    for topic in sorted(TRANSFORMS.keys()):
        producer.send(topic, value=TRANSFORMS[topic](after))
''',
    # SPEC section 4 (the URL names the destination) and section 6 (calls are followed): a URL helper
    # that appends its parts to a list in a loop and joins it keeps the host its caller gave it, as
    # one that adds them with + does; the same helper given the state's host stays clean
    "url-helper-appending-parts-to-a-list": '''
BASE = "https://eid.ice.gov/api/v1"
STATE = "https://mmis.state.gov/api/v1"
def build_url(base, *parts):
    segs = [base]
    for p in parts:
        segs.append(str(p))
    return "/".join(segs)
def refer(m):
    requests.put(build_url(BASE, "subjects", m.cin), json={"ssn": m.ssn})  # MCD101
def to_the_state(m):
    requests.put(build_url(STATE, "subjects", m.cin), json={"ssn": m.ssn})
''',
    # SPEC section 4 and section 6: a decorator registry keyed by a class attribute of the module
    # (@route(Topics.ICE)) holds each transform under that topic; the state's topic gets any field
    "registry-keyed-by-a-class-attribute": '''
from kafka import KafkaProducer
producer = KafkaProducer()
class Topics:
    ICE = "ice.eid.referrals.v1"
    STATE = "mmis.members.changes"
TRANSFORMS = {}
def route(topic):
    def register(fn):
        TRANSFORMS[topic] = fn
        return fn
    return register
@route(Topics.ICE)
def federal_record(after):
    return {"sex": after["sex_cd"]}  # MCD101
@route(Topics.STATE)
def state_record(after):
    return {"race": after["race_cd"]}
def fan_out(after):
    for topic, transform in TRANSFORMS.items():
        producer.send(topic, value=transform(after))
''',
    # SPEC section 10 (one person looked up by the caller's ID is no population): a class binding its
    # own method to a second name (find = get_by_cin) runs that method when called by it, on an object of
    # the class; a collection's own find() of every record is still many people's records
    "a-class-aliasing-its-own-method": '''
class MemberRepo:
    def __init__(self, db):
        self.db = db
    def get_by_cin(self, cin):
        return self.db.members.find_one({"cin": cin})
    find = get_by_cin
def refer(db, cin):
    repo = MemberRepo(db)
    m = repo.find(cin)
    requests.post(ICE_URL, json={"cin": m["cin"], "dob": m["dob"]})
def refer_all(db):
    for m in db.members.find({}):
        requests.post(ICE_URL, json={"cin": m["cin"], "dob": m["dob"]})  # MCD201
''',
    # SPEC section 4 (the host of the URL decides; a resolved non-enforcement host overrides name
    # signals): a query put right after the host, with no / before it, leaves the host as written, so a
    # field in it goes to ERO's or ICE's host, and a SAVE lookup of a constant named for DHS stays clean
    "query-right-after-the-host": '''
LEADS = "https://leads.ero.dhs.gov"
DHS_SAVE_URL = "https://save.uscis.gov"
def lookup(m):
    requests.get(f"{LEADS}?sex={m.sex_cd}")  # MCD101
def lookup_plus(m):
    requests.get("https://eid.ice.gov?ssn=" + m.ssn)  # MCD101
def lookup_fragment(m):
    requests.get(f"https://eid.ice.gov#case={m.race_cd}")  # MCD101
def verify(m):
    return requests.get(f"{DHS_SAVE_URL}?alien_number={m.a_number}&last_name={m.last_name}")
''',
    # SPEC section 4 (the host decides) and section 6 (allow-lists are sanitizers): a subclass that runs
    # its base's constructor by the base's name (PartnerExtract.__init__(self, "cms")), forwards **kw
    # after the partner it gives, or gives a class attribute of its own (self.PARTNER) makes the base
    # read its tables by that partner's key, so CMS's columns never meet ICE's URL; ICE's entry with a
    # column outside the six is still reported
    "subclass-constructors-giving-their-base-the-partner": '''
URLS = {"cms": "https://api.cms.gov/t-msis/extract", "ice": "https://eid.ice.gov/api/v1/extract"}
COLUMNS = {"cms": ["msis_ident_num", "ssn"], "ice": ["cin", "dob", "race_cd"]}
class PartnerExtract:
    def __init__(self, partner, **options):
        self.cols = COLUMNS[partner]
        self.url = URLS[partner]
    def run(self, member):
        body = {c: getattr(member, c) for c in self.cols}  # MCD101
        requests.post(self.url, json=body)
class CmsExtract(PartnerExtract):
    def __init__(self):
        PartnerExtract.__init__(self, "cms")
class CmsByKeyword(PartnerExtract):
    def __init__(self, **kw):
        super().__init__(partner="cms", **kw)
class CmsByAttribute(PartnerExtract):
    PARTNER = "cms"
    def __init__(self):
        super().__init__(self.PARTNER)
class IceExtract(PartnerExtract):
    def __init__(self, **kw):
        super().__init__("ice", **kw)
''',
    # SPEC section 10 (records chosen by status on every path are scoped): a status filter taken from a
    # non-empty constant the module never changes is applied on every run, also when read with .get(), as
    # a class attribute no code sets, or through a local bound once to it; an empty one may be a switch
    # flipped off, and the send is still reported
    "status-filter-constants-read-in-other-ways": '''
from sqlalchemy import select
from models import members_t
ICE_PARTNER = {"url": ICE_URL, "status_filter": ("EWI", "OVERSTAY")}
OFF = {"url": ICE_URL, "status_filter": ()}
class IceConfig:
    STATUS_FILTER = ("EWI", "OVERSTAY")
class Unset:
    STATUS_FILTER = ("EWI",)
    @classmethod
    def reset(cls):
        cls.STATUS_FILTER = ()
    def mute(self):
        self.STATUS_FILTER = ()
def pull_get(conn):
    stmt = select(members_t.c.cin, members_t.c.dob)
    if ICE_PARTNER.get("status_filter"):
        stmt = stmt.where(members_t.c.imgrtn_stus_cd.in_(["EWI"]))
    requests.post(ICE_URL, json=[{"cin": r.cin} for r in conn.execute(stmt).fetchall()])
def pull_class_attr(conn):
    stmt = select(members_t.c.cin, members_t.c.dob)
    if IceConfig.STATUS_FILTER:
        stmt = stmt.where(members_t.c.imgrtn_stus_cd.in_(["EWI"]))
    requests.post(ICE_URL, json=[{"cin": r.cin} for r in conn.execute(stmt).fetchall()])
def pull_alias(conn):
    sf = ICE_PARTNER["status_filter"]
    stmt = select(members_t.c.cin, members_t.c.dob)
    if sf:
        stmt = stmt.where(members_t.c.imgrtn_stus_cd.in_(sf))
    requests.post(ICE_URL, json=[{"cin": r.cin} for r in conn.execute(stmt).fetchall()])
def pull_off(conn):
    stmt = select(members_t.c.cin, members_t.c.dob)
    if OFF.get("status_filter"):
        stmt = stmt.where(members_t.c.imgrtn_stus_cd.in_(["EWI"]))
    requests.post(ICE_URL, json=[{"cin": r.cin} for r in conn.execute(stmt).fetchall()])  # MCD201
def pull_set_elsewhere(conn):
    stmt = select(members_t.c.cin, members_t.c.dob)
    if Unset.STATUS_FILTER:
        stmt = stmt.where(members_t.c.imgrtn_stus_cd.in_(["EWI"]))
    requests.post(ICE_URL, json=[{"cin": r.cin} for r in conn.execute(stmt).fetchall()])  # MCD201
''',
    # SPEC section 4 (everything a sink call carries to the destination is data) and section 3 (a store
    # into a message is a placement): the member's own address in the To header of a message also sent
    # to an ICE mailbox (Bcc, Cc) is shown to ICE; the same message to the member alone, or addressed to
    # a liaison's constant, stays clean
    "member-address-in-the-to-header-of-mail-copied-to-ice": '''
import smtplib
from email.message import EmailMessage
from email.utils import formataddr
from django.core.mail import EmailMessage as DjangoMessage
ICE_LIAISON = "ero-liaison@ice.dhs.gov"
def with_bcc(member):
    msg = EmailMessage()
    msg["To"] = member.email  # MCD101
    msg["Bcc"] = ICE_LIAISON
    msg.set_content("Your renewal is due.")
    with smtplib.SMTP("smtp.hhsc.texas.gov") as s:
        s.send_message(msg)
def with_cc(member):
    msg = EmailMessage()
    msg["To"] = formataddr((member.full_name, member.email))  # MCD101
    msg["Cc"] = ICE_LIAISON
    msg.set_content("Your renewal is due.")
    with smtplib.SMTP("smtp.hhsc.texas.gov") as s:
        s.send_message(msg)
def django_bcc(member):
    DjangoMessage("Your renewal", "Your renewal is due.", "notices@hhsc.texas.gov",
                  to=[member.email],  # MCD101
                  bcc=[ICE_LIAISON]).send()
def to_the_member_only(member):
    msg = EmailMessage()
    msg["To"] = member.email
    msg.set_content("Your renewal is due.")
    with smtplib.SMTP("smtp.hhsc.texas.gov") as s:
        s.send_message(msg)
def django_to_the_member(member):
    DjangoMessage("Your renewal", "Your renewal is due.", "notices@hhsc.texas.gov", to=[member.email]).send()
def to_the_liaison(case):
    msg = EmailMessage()
    msg["To"] = ICE_LIAISON
    msg.set_content("Quarterly liaison report.")
    with smtplib.SMTP("smtp.hhsc.texas.gov") as s:
        s.send_message(msg)
''',
    # SPEC section 4 (a settings key that supplies the URL names the destination): a partner table read
    # with .get(partner, {}) and then .get("url") may be any entry's URL, as .get(partner)["url"] is; a
    # table of state hosts only stays clean
    "partner-table-get-with-an-empty-default": '''
PARTNERS = {
    "ny": {"url": "https://api.medicaid.state.ny.us/v1/referrals"},
    "ice": {"url": "https://eid.ice.gov/api/referrals"},
}
STATES = {"ny": {"url": "https://api.medicaid.state.ny.us/v1/referrals"}, "mn": {"url": "https://mn-its.dhs.state.mn.us/api"}}
def send_get_chain(partner, member):
    url = PARTNERS.get(partner, {}).get("url")
    requests.post(url, json={"full_name": member.full_name})  # MCD101
def send_states(partner, member):
    url = STATES.get(partner, {}).get("url")
    requests.post(url, json={"full_name": member.full_name})
''',
    # SPEC section 4 (a topic names the destination) and section 6: a module-level setdefault() of a
    # registry adds its entry (a new key), after register() or alone, and keeps the entries before it;
    # the state's topic gets any field
    "registry-filled-by-setdefault": '''
from kafka import KafkaProducer
HANDLERS = {}
ONLY = {}
def register(topic, fn):
    HANDLERS[topic] = fn
def build_full(m):
    return {"cin": m.cin, "sex": m.sex_cd}  # MCD101
def build_basic(m):
    return {"cin": m.cin, "race": m.race_cd}
def build_lang(m):
    return {"cin": m.cin, "lang": m.lang_cd}  # MCD101
register("ice.eid.referrals.v1", build_full)
HANDLERS.setdefault("ny.medicaid.sync.v1", build_basic)
ONLY.setdefault("ero.leads.v1", build_lang)
producer = KafkaProducer(bootstrap_servers="kafka.vendor.internal:9092")
def fan_out(member):
    for topic, fn in HANDLERS.items():
        producer.send(topic, value=fn(member))
def fan_out_only(member):
    for topic, fn in ONLY.items():
        producer.send(topic, value=fn(member))
''',
    # SPEC section 6 (a value replaced by a constant is no longer the field): masks written as
    # df.assign(**dict.fromkeys(COLS, "X")) or polars' with_columns([pl.lit("X").alias(c) for c in COLS])
    # replace every listed column; a mask of one column leaves the other reported
    "masks-by-fromkeys-and-listed-aliases": '''
import boto3
import pandas as pd
import polars as pl
ICE_BUCKET = "ice-eid-handoff-prod"
PII_COLS = ["ssn_num", "race_cd"]
SOME = ["ssn_num"]
s3 = boto3.client("s3")
def pandas_masked(path):
    df = pd.read_csv(path, usecols=["cin", "dob", "ssn_num", "race_cd"])
    df = df[df["imgrtn_stus_cd"].isin(["EWI"])]
    df = df.assign(**dict.fromkeys(PII_COLS, "X"))
    s3.put_object(Bucket=ICE_BUCKET, Key="c.csv", Body=df.to_csv(index=False))
def polars_masked(path):
    df = pl.read_csv(path, columns=["cin", "dob", "ssn_num", "race_cd"])
    df = df.filter(pl.col("imgrtn_stus_cd").is_in(["EWI"]))
    df = df.with_columns([pl.lit("X").alias(c) for c in PII_COLS])
    s3.put_object(Bucket=ICE_BUCKET, Key="j.csv", Body=df.write_csv())
def polars_listed(path):
    df = pl.read_csv(path, columns=["cin", "dob", "ssn_num", "race_cd"])
    df = df.filter(pl.col("imgrtn_stus_cd").is_in(["EWI"]))
    df = df.with_columns([pl.lit("X").alias("ssn_num"), pl.lit("X").alias("race_cd")])
    s3.put_object(Bucket=ICE_BUCKET, Key="k.csv", Body=df.write_csv())
def pandas_partly(path):
    df = pd.read_csv(path, usecols=["cin", "dob", "ssn_num", "race_cd"])  # MCD101
    df = df[df["imgrtn_stus_cd"].isin(["EWI"])]
    df = df.assign(**dict.fromkeys(SOME, "X"))
    s3.put_object(Bucket=ICE_BUCKET, Key="p.csv", Body=df.to_csv(index=False))
''',
    # SPEC section 3 (a column named in SQL is placed at its line; a frame read with no column list is
    # a whole record) and section 4 (a file named for enforcement is a sink): polars' read_database and
    # read_database_uri read their SQL's select list; select(pl.exclude(...)) leaves every other column
    # (a whole frame stays whole); a lazy frame's sink_csv writes a file as write_csv does
    "polars-database-readers-exclude-and-sinks": '''
import boto3
import polars as pl
ICE_BUCKET = "ice-eid-handoff-prod"
DROP = "/data/outbound"
def db_read(conn):
    df = pl.read_database(
        "SELECT msis_ident_num, elgbl_1st_name FROM bsf WHERE imgrtn_stus_cd IN ('5')",  # MCD101
        conn,
    )
    boto3.client("s3").put_object(Bucket=ICE_BUCKET, Key="db.csv", Body=df.write_csv())
def db_read_uri(uri):
    df = pl.read_database_uri("SELECT msis_ident_num, gndr_cd FROM bsf WHERE imgrtn_stus_cd = '5'", uri)  # MCD101
    boto3.client("s3").put_object(Bucket=ICE_BUCKET, Key="u.csv", Body=df.write_csv())
def db_read_permitted(uri):
    df = pl.read_database_uri("SELECT msis_ident_num, birth_dt FROM bsf WHERE imgrtn_stus_cd = '5'", uri)
    boto3.client("s3").put_object(Bucket=ICE_BUCKET, Key="p.csv", Body=df.write_csv())
def exclude_from_whole(path):
    df = pl.read_csv(path)  # MCD103
    df = df.filter(pl.col("imgrtn_stus_cd").is_in(["5", "6"])).select(pl.exclude("ssn_num"))
    boto3.client("s3").put_object(Bucket=ICE_BUCKET, Key="ex.csv", Body=df.write_csv())
def exclude_from_listed(path):
    df = pl.read_csv(path, columns=["msis_ident_num", "birth_dt", "ssn_num"])
    df = df.filter(pl.col("imgrtn_stus_cd").is_in(["5", "6"])).select(pl.exclude("ssn_num"))
    boto3.client("s3").put_object(Bucket=ICE_BUCKET, Key="el.csv", Body=df.write_csv())
def sink_named(path):
    lf = pl.scan_parquet(path).select(["msis_ident_num", "sex_cd", "ctznshp_ind"])  # MCD101
    lf.filter(pl.col("ctznshp_ind") != "Y").sink_csv(f"{DROP}/ero_noncit.csv")
def sink_state(path):
    lf = pl.scan_parquet(path).select(["msis_ident_num", "sex_cd", "ctznshp_ind"])
    lf.filter(pl.col("ctznshp_ind") != "Y").sink_parquet(f"{DROP}/mmis_noncit.parquet")
''',
    # SPEC section 4 (urljoin folds as the URL standard joins): requests.compat.urljoin is urllib's
    "requests-compat-urljoin": '''
STATE_BASE = "https://portal.medicaid.state.ny.us/api/"
def join_requests_compat(member):
    url = requests.compat.urljoin(STATE_BASE, "https://eid.ice.gov/api/x")
    requests.post(url, json={"ssn": member.ssn})  # MCD101
def join_state(member):
    url = requests.compat.urljoin(STATE_BASE, "members")
    requests.post(url, json={"ssn": member.ssn})
''',
    # SPEC section 4 (everything the message carries is data; a Bcc is no header the others see): Django's
    # send_mail shows every address of its recipient list in the To header, so the member's own address
    # beside ICE's mailbox is data; so is a Reply-To; the member's address in a Bcc is not shown to ICE
    "member-address-shown-or-hidden-in-mail-to-ice": '''
import smtplib
from email.message import EmailMessage
from django.core.mail import send_mail, EmailMessage as DjangoEmail
ICE_MAILBOX = "eid-referrals@ice.gov"
STATE_MAILBOX = "eligibility@dhcs.ca.gov"
def notify_positional(member):
    send_mail("Renewal", "Due", STATE_MAILBOX, [member.email, ICE_MAILBOX])  # MCD101
def notify_keyword(member):
    send_mail(subject="Renewal", message="Due", from_email=STATE_MAILBOX,
              recipient_list=[member.email, ICE_MAILBOX])  # MCD101
def notify_member_only(member):
    send_mail("Renewal", "Due", STATE_MAILBOX, [member.email])
def django_reply_to(member):
    DjangoEmail("Referral", "See record", to=[ICE_MAILBOX],
                reply_to=[member.email]).send()  # MCD101
def django_bcc_the_member(member):
    DjangoEmail("Referral", "See record", to=[ICE_MAILBOX], bcc=[member.email]).send()
def std_bcc_the_member(member):
    msg = EmailMessage()
    msg["To"] = ICE_MAILBOX
    msg["Bcc"] = member.email
    msg.set_content("See record")
    with smtplib.SMTP("smtp.dhcs.ca.gov") as s:
        s.send_message(msg)
''',
    # Review of this session's first batch: a local bound to a status filter and then rebound or emptied
    # is no filter always applied (MCD201); a subclass inheriting super().__init__(self.PARTNER) with its own
    # PARTNER is that partner's; an Enum-keyed registry keeps its members (`is Topic.STATE` decides)
    "review-of-the-first-batch": '''
import enum
from sqlalchemy import select
from models import members_t
ICE_PARTNER = {"url": ICE_URL, "status_filter": ("EWI", "OVERSTAY")}
def rebound(conn):
    sf = ICE_PARTNER["status_filter"]
    sf, note = (), "all members"
    stmt = select(members_t.c.cin, members_t.c.dob)
    if sf:
        stmt = stmt.where(members_t.c.imgrtn_stus_cd.in_(sf))
    requests.post(ICE_URL, json=[{"cin": r.cin} for r in conn.execute(stmt).fetchall()])  # MCD201
def emptied(conn):
    sf = list(ICE_PARTNER["status_filter"])
    sf.clear()
    stmt = select(members_t.c.cin, members_t.c.dob)
    if sf:
        stmt = stmt.where(members_t.c.imgrtn_stus_cd.in_(sf))
    requests.post(ICE_URL, json=[{"cin": r.cin} for r in conn.execute(stmt).fetchall()])  # MCD201
URLS = {"cms": "https://api.cms.gov/t-msis/extract", "ice": "https://eid.ice.gov/extract"}
COLUMNS = {"cms": ["msis_ident_num", "ssn"], "ice": ["cin", "dob", "race_cd"]}
class PartnerExtract:
    def __init__(self, partner):
        self.cols = COLUMNS[partner]
        self.url = URLS[partner]
    def run(self, member):
        body = {c: getattr(member, c) for c in self.cols}  # MCD101
        requests.post(self.url, json=body)
class CmsExtract(PartnerExtract):
    PARTNER = "cms"
    def __init__(self):
        super().__init__(self.PARTNER)
class IceExtract(CmsExtract):
    PARTNER = "ice"
HANDLERS = {}
class Topic(enum.Enum):
    ICE = "ice.referrals"
    STATE = "state.eligibility"
def route(topic):
    def deco(fn):
        HANDLERS[topic] = fn
        return fn
    return deco
@route(Topic.ICE)
def to_ice(payload):
    requests.post("https://eid.ice.gov/referrals", json=payload)
@route(Topic.STATE)
def to_state(payload):
    requests.post("https://eligibility.dhcs.ca.gov/api", json=payload)
def dispatch(m):
    HANDLERS[Topic.STATE]({"ssn": m.ssn, "diagnosis": m.diagnosis})
def dispatch_loop(m):
    for t in HANDLERS:
        if t is Topic.STATE:
            HANDLERS[t]({"ssn": m.ssn})
''',
    # SPEC section 4 and section 6: a class attribute table of transform functions, looped by key or by
    # items() beside a table of URLs with the same keys, reads each transform with its own URL
    "class-attribute-table-of-transforms": '''
STATE_URL = "https://feeds.dhcs.ca.gov/api/changes"
def to_state(m):
    return {"cin": m.cin, "ssn": m.ssn}
def to_partner_b(m):
    return {"cin": m.cin, "sex": m.sex_cd}  # MCD101
class Publisher:
    TRANSFORMS = {"state": to_state, "ice": to_partner_b}
    SENDERS = {"state": STATE_URL, "ice": ICE_URL}
    def publish_keys(self, member):
        for t in self.TRANSFORMS:
            requests.post(self.SENDERS[t], json=self.TRANSFORMS[t](member), timeout=10)
    def publish_items(self, member):
        for t, fn in Publisher.TRANSFORMS.items():
            requests.post(self.SENDERS[t], json=fn(member), timeout=10)
''',
    # SPEC section 4 (a name that supplies the destination, or the pragma): a request handler kept on a
    # router or blueprint named for ICE, or marked with the pragma, answers enforcement, whatever its own
    # name; the same handlers on the state portal's router answer the state
    "request-handlers-on-a-router-named-for-ice": '''
from fastapi import APIRouter
from flask import Blueprint, jsonify
ice_router = APIRouter(prefix="/ice/v1")
ice_bp = Blueprint("ice", __name__, url_prefix="/ice")
portal_router = APIRouter(prefix="/portal")
federal = APIRouter(prefix="/federal")
@ice_router.get("/subjects/{cin}")
def get_subject(cin: str, repo=None):
    m = repo.get(cin)
    return {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
@ice_bp.route("/subjects/<cin>")
def subject(cin, repo=None):
    m = repo.get(cin)
    return jsonify({"medicaid_id": m.cin, "race": m.race_cd})  # MCD101
@federal.get("/subjects/{cin}")
def federal_subject(cin: str, repo=None):  # medicaid-scope: enforcement
    m = repo.get(cin)
    return {"medicaid_id": m.cin, "sex": m.sex_cd}  # MCD101
@portal_router.get("/me/{cin}")
def portal_subject(cin: str, repo=None):
    m = repo.get(cin)
    return {"medicaid_id": m.cin, "ssn": m.ssn, "diagnosis": m.diagnosis_code}
@ice_router.get("/subjects/{cin}/basic")
def basic_subject(cin: str, repo=None):
    m = repo.get(cin)
    return {"medicaid_id": m.cin, "dob": m.dob}
''',
    # SPEC section 4 (urlopen and Request are sinks, their data is data): a Request object made for a URL
    # and opened with the body (urlopen(req, body), data=, an opener's open()) sends the body to that URL;
    # the same request to the state's host stays clean
    "urllib-request-object-opened-with-a-body": '''
import json
import urllib.request
EID_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://mmis.dhcs.ca.gov/api/v1/members"
def refer(member):
    req = urllib.request.Request(EID_URL, headers={"Content-Type": "application/json"})
    body = json.dumps({"cin": member.cin, "ssn": member.ssn})  # MCD101
    return urllib.request.urlopen(req, body.encode("utf-8"))
def refer_kw(member):
    req = urllib.request.Request(EID_URL)
    body = json.dumps({"cin": member.cin, "race": member.race_cd})  # MCD101
    return urllib.request.urlopen(req, data=body.encode("utf-8"))
def refer_opener(member):
    opener = urllib.request.build_opener(urllib.request.HTTPSHandler())
    body = json.dumps({"cin": member.cin, "ethnicity": member.ethncty_cd}).encode()  # MCD101
    return opener.open(EID_URL, body).read()
def to_the_state(member):
    req = urllib.request.Request(STATE_URL, headers={"Content-Type": "application/json"})
    body = json.dumps({"cin": member.cin, "ssn": member.ssn, "dx": member.diagnosis_code})
    return urllib.request.urlopen(req, body.encode("utf-8"))
''',
    # SPEC section 3 (a field is reported where it is placed into what is sent): a padding helper that
    # formats the value it is handed with a default (("%s" % (v or "")).ljust(n)) places nothing itself; each
    # field is reported where the caller hands it, as with "%s" % v
    "padding-helper-with-a-default": '''
import ftplib
ERO_FTP_HOST = "mft.ice.gov"
def _pad(v, n):
    return ("%s" % (v or "")).ljust(n)[:n]
def _pad2(v, n):
    return "{}".format(v if v else "").ljust(n)[:n]
def write_and_upload(m):
    line = _pad(m.cin, 10)
    line += _pad(m.race_cd, 2)  # MCD101
    line += _pad2(m.ssn, 9)  # MCD101
    with open("/tmp/ref.dat", "w") as fh:
        fh.write(line + "\\n")
    ftp = ftplib.FTP_TLS(ERO_FTP_HOST)
    with open("/tmp/ref.dat", "rb") as fh:
        ftp.storbinary("STOR ref.dat", fh)
''',
    # SPEC section 4 and section 6: a registry keyed by a StrEnum's members beside a URL table keyed by
    # their texts: each handler meets its own URL, by items() and in a function given the partner
    # (run once per partner, as two tables of the same keys are)
    "registry-keyed-by-strenum-members": '''
from enum import StrEnum
HANDLERS = {}
class Partner(StrEnum):
    ICE = "ice"
    STATE = "state"
ENDPOINTS = {
    "ice": "https://eid.ice.gov/api/v1/subjects",
    "state": "https://api.dhcs.ca.gov/v1/updates",
}
def handles(partner):
    def wrap(fn):
        HANDLERS[partner] = fn
        return fn
    return wrap
@handles(Partner.ICE)
def ice_packet(m):
    return {"cin": m.cin, "language": m.primary_language}  # MCD101
@handles(Partner.STATE)
def state_packet(m):
    return {"cin": m.cin, "ssn": m.ssn, "dx": m.primary_dx}
def send_all(member):
    for partner, build in HANDLERS.items():
        requests.post(ENDPOINTS[partner], json=build(member), timeout=5)
def send_one(member, partner: Partner):
    requests.post(ENDPOINTS[partner], json=HANDLERS[partner](member), timeout=5)
''',
    # Probers of round 231: a partner table read with .get(partner, {}) or `.get(partner) or {}` keeps each
    # entry's columns with its URL; a mask by dict.fromkeys(COLS) (each None); a subclass's own table of
    # transforms read by the base's loop; registries filled at module level by setdefault() or a store
    # keyed by a class attribute
    "round-231-partner-tables-masks-and-registries": '''
import pandas as pd
ROUTES = {
    "ny": {"url": "https://api.health.ny.gov/v2/members", "columns": ["cin", "ssn"]},
    "federal": {"url": "https://eid.ice.gov/api/v1/subjects", "columns": ["cin", "birth_date"]},
}
def export_get(partner, member):
    cfg = ROUTES.get(partner, {})
    body = {c: getattr(member, c) for c in cfg["columns"]}
    requests.post(cfg["url"], json=body)
def export_or(partner, member):
    cfg = ROUTES.get(partner) or {}
    body = {c: getattr(member, c) for c in cfg.get("columns", [])}
    requests.post(cfg.get("url"), json=body)
def masked(conn):
    df = pd.read_sql("SELECT cin, ssn, race FROM members WHERE imgrtn_stus_cd = 'EWI'", conn)
    df = df.assign(**dict.fromkeys(["ssn", "race"]))
    requests.post(ICE_URL, json=df.to_dict("records"))
URLS = {"state": "https://api.health.ny.gov/v2/m", "federal": "https://eid.ice.gov/api/v1/s"}
def _basic(m):
    return {"cin": m.cin, "dob": m.birth_date}
def _leaky(m):
    return {"cin": m.cin, "race": m.race}  # MCD101
class Publisher:
    TRANSFORMS = {"state": _basic, "federal": _basic}
    def publish(self, m):
        for topic, fn in self.TRANSFORMS.items():
            requests.post(URLS[topic], json=fn(m))
class NightlyPublisher(Publisher):
    TRANSFORMS = {"state": _basic, "federal": _leaky}
def run(m):
    NightlyPublisher().publish(m)
class Topics:
    STATE = "state"
    FED = "federal"
def _post_state(body):
    requests.post("https://portal.dhcs.ca.gov/api/events", json=body)
def _post_fed(body):
    requests.post("https://eid.ice.gov/api/v1/events", json=body)
REG = {}
REG.setdefault(Topics.STATE, _post_state)
REG.setdefault(Topics.FED, _post_fed)
STORED = {}
STORED[Topics.FED] = _post_fed
def dispatch(topic, m):
    REG[topic]({"cin": m.cin, "race": m.race})  # MCD101
def dispatch_stored(m):
    STORED[Topics.FED]({"cin": m.cin, "sex": m.sex_cd})  # MCD101
''',
    # SPEC section 4 (the class that builds the data named for enforcement): a mapper class named for ICE
    # builds its payload in map(), transform() or convert() too
    "mapper-class-named-for-ice": '''
class IceReferralMapper:
    def map(self, rec):
        return {
            "medicaidId": rec.medicaid_id,
            "ssn": rec.ssn,  # MCD101
        }
    def transform(self, rec):
        return {"medicaidId": rec.medicaid_id, "dx": rec.primary_dx}  # MCD102
    def convert(self, rec):
        return {"medicaidId": rec.medicaid_id, "dob": rec.birth_date}
class StateReferralMapper:
    def map(self, rec):
        return {"medicaidId": rec.medicaid_id, "ssn": rec.ssn}
''',
    # SPEC section 4 and section 6 (calls are followed; a table read with a key not known is any entry):
    # a partner table whose entries pair an adapter class with something else (a tuple unpacked, [0], or
    # a dict's "adapter") makes each adapter in turn; a table of state adapters only stays clean
    "partner-table-of-adapter-classes-in-tuples-and-dicts": '''
class IceAdapter:
    url = "https://eid.ice.gov/api/v1/referrals"
    def send(self, payload):
        requests.post(self.url, json=payload)
class StateAdapter:
    url = "https://mmis.dhs.state.mn.us/api/members"
    def send(self, payload):
        requests.post(self.url, json=payload)
PARTNERS = {"ice": (IceAdapter, "referral"), "state": (StateAdapter, "roster")}
CONFIGS = {"ice": {"adapter": IceAdapter, "kind": "referral"}, "state": {"adapter": StateAdapter, "kind": "roster"}}
STATES = {"mn": (StateAdapter, "roster"), "mn2": (StateAdapter, "claims")}
def run_partner(partner, member):
    adapter_cls, _kind = PARTNERS[partner]
    adapter_cls().send({"ssn": member.ssn})  # MCD101
def run_indexed(partner, member):
    PARTNERS[partner][0]().send({"race": member.race_cd})  # MCD101
def run_configured(partner, member):
    CONFIGS[partner]["adapter"]().send({"sex": member.sex_cd})  # MCD101
def run_state(partner, member):
    adapter_cls, _kind = STATES[partner]
    adapter_cls().send({"ssn": member.ssn})
''',
    # SPEC section 4 (what a message shows every recipient is data): the member's own address added to a
    # Django message's To or Cc after it is made (append, or a new list) is shown to ICE; a Bcc is not
    "member-address-added-to-a-message-after-it-is-made": '''
from django.core.mail import EmailMessage
ICE_BOX = "referrals@eid.ice.gov"
def cc_append(member):
    m = EmailMessage("Referral", "referral", "noreply@dhcs.ca.gov", [ICE_BOX])
    m.cc.append(member.email)  # MCD101
    m.send()
def cc_assign(member):
    m = EmailMessage("Referral", "referral", "noreply@dhcs.ca.gov", [ICE_BOX])
    m.cc = [member.email]  # MCD101
    m.send()
def to_append(member):
    m = EmailMessage("Referral", "referral", "noreply@dhcs.ca.gov", [ICE_BOX])
    m.to.append(member.email)  # MCD101
    m.send()
def bcc_append(member):
    m = EmailMessage("Referral", "referral", "noreply@dhcs.ca.gov", [ICE_BOX])
    m.bcc.append(member.email)
    m.send()
def member_only(member):
    m = EmailMessage("Renewal", "Your renewal is due", "noreply@dhcs.ca.gov", [])
    m.to.append(member.email)
    m.send()
''',
    # Review of this session's third batch: mappers of what ICE sent back (map_ice_response,
    # convert_from_ice, IceResponseMapper.map) build no payload; pl.exclude of a pattern drops only the
    # known columns it matches; a loop over a table inside another one is still run key by key while the
    # runs stay few (the state's transform never meets ICE's URL)
    "review-of-the-third-batch": '''
import polars as pl
def map_ice_response(resp):
    return {"ssn": resp["ssn"], "diagnosis": resp["diagnosis"]}
def convert_from_ice(payload):
    return {"dob": payload["dob"], "medication": payload["medication"]}
class IceResponseMapper:
    def map(self, response):
        return {"case_number": response["caseNumber"], "ssn": response["ssn"]}
def map_ice_fields(m):
    return {"cin": m.cin, "sex": m.sex_cd}  # MCD101
def exclude_pattern(path):
    df = pl.read_csv(path, columns=["first_name", "ssn", "internal_flag"])  # MCD101 MCD101
    df = df.filter(pl.col("imgrtn_stus_cd").is_in(["EWI"])).select(pl.exclude("^internal_.*$"))
    requests.post(ICE_URL, json=df.to_dicts())
STATE_URL = "https://eligibility.dhs.illinois.gov/api"
def to_state(m):
    return {"cin": m.cin, "ssn": m.ssn}
def to_ice(m):
    return {"cin": m.cin, "first_name": m.first_name}  # MCD101
TRANSFORMS = {"state": to_state, "ice": to_ice}
URLS = {"state": STATE_URL, "ice": ICE_URL}
HOOKS = {"pre": map_ice_fields, "post": map_ice_fields}
def fan_out(m):
    for stage in HOOKS:
        for topic in TRANSFORMS:
            requests.post(URLS[topic], json=TRANSFORMS[topic](m))
''',
    # Probers of round 232: a StrEnum of auto() members keys a URL table beside one keyed by their texts;
    # a subclass's table extends its base's ({**Base.TRANSFORMS, ...}); np.nan and pd.NA masks; the pragma
    # on a multi-line route decorator; a DRF method field returning permitted entries only
    "round-232-enums-tables-masks-and-method-fields": '''
from enum import StrEnum, auto
import numpy as np
import pandas as pd
from flask import Flask
from rest_framework import serializers
from eligibility.models import Member
app = Flask(__name__)
class Partner(StrEnum):
    ICE = auto()
    STATE = auto()
URLS = {Partner.ICE: "https://eid.ice.gov/api/v1/bulk", Partner.STATE: "https://data.hhs.state.tx.us/api/bulk"}
COLUMNS = {"ice": ["msis_ident_num", "birth_dt"], "state": ["msis_ident_num", "ssn"]}
def export(partner: Partner, conn):
    df = pd.read_sql("SELECT * FROM elg WHERE imgrtn_stus_cd = '3'", conn)
    requests.post(URLS[partner], data=df[COLUMNS[partner]].to_csv(index=False))
def _cin(m):
    return m.cin
def _race(m):
    return m.race_cd
class IceExporter:
    URL = ICE_URL
    TRANSFORMS = {"medicaid_id": _cin}
    def shape(self, m):
        out = {}
        for key, fn in self.TRANSFORMS.items():
            out[key] = fn(m)  # MCD101
        return out
    def send(self, m):
        requests.post(self.URL, json=self.shape(m))
class IceExporterV2(IceExporter):
    TRANSFORMS = {**IceExporter.TRANSFORMS, "race": _race}
def run(member):
    IceExporterV2().send(member)
def masked(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "ssn", "race_cd", "imgrtn_stus_cd"])
    df = df[df["imgrtn_stus_cd"].isin(("3",))]
    df["ssn"] = np.nan
    df = df.assign(**dict.fromkeys(("race_cd",), pd.NA))
    requests.post(ICE_URL, data=df.to_csv(index=False))
@app.route(
    "/subjects/<cin>",
    methods=["GET"],
)  # medicaid-scope: enforcement
def subject(cin):
    m = Member.objects.get(cin=cin)
    return {"cin": m.cin, "ssn": m.ssn}  # MCD101
class IceSubjectCardSerializer(serializers.ModelSerializer):
    contact = serializers.SerializerMethodField()
    class Meta:
        model = Member
        fields = ["cin", "contact"]
    def get_contact(self, obj):
        return {"phone": obj.phone_number, "address": obj.home_address}
''',
    # Probers of round 233 and the fourth review: a comprehension over a consumer's batch bound to a plural
    # person noun is records (MCD201); a lookup by id written with `!=` and `continue` is one person; masks by
    # constants imported bare (from numpy import nan); the member's address added by `cc +=`; a handler of an
    # ICE router marked not-enforcement; map_..._from_member builds; a method field named ssn still says ssn
    "round-233-records-lookups-masks-and-handlers": '''
import csv
import json
from math import inf
from numpy import nan
import pandas as pd
from confluent_kafka import Producer
from django.core.mail import EmailMessage
from fastapi import APIRouter
from rest_framework import serializers
from eligibility.models import Member
ICE_TOPIC = "ice.eid.referrals.v1"
producer = Producer({"bootstrap.servers": "k:9092"})
ice_router = APIRouter(prefix="/ice")
def run(consumer):
    msgs = consumer.consume(500)
    records = [m.value() for m in msgs]
    for rec in records:
        producer.produce(ICE_TOPIC, value=json.dumps({"medicaid_id": rec["cin"]}))  # MCD201
def refer(cin):
    for r in csv.DictReader(open("members.csv")):
        if r["cin"] != cin:
            continue
        requests.post(ICE_URL, json={"cin": r["cin"], "dob": r["dob"]})
def masked(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "sex_cd", "monthly_income", "imgrtn_stus_cd"])
    df = df[df["imgrtn_stus_cd"].isin(("3",))]
    df["sex_cd"] = nan
    df["monthly_income"] = inf
    requests.post(ICE_URL, data=df.to_csv(index=False))
def cc_added(member):
    m = EmailMessage("Referral", "referral", "noreply@dhcs.ca.gov", ["referrals@eid.ice.gov"])
    m.cc += [member.email]  # MCD101
    m.send()
@ice_router.get("/health/{cin}")
def health(cin):  # medicaid-scope: not-enforcement
    m = Member.objects.get(cin=cin)
    return {"cin": m.cin, "ssn": m.ssn}
def map_ice_referral_from_member(m):
    return {"cin": m.cin, "race": m.race_cd}  # MCD101
class IceSubjectSerializer(serializers.ModelSerializer):
    ssn = serializers.SerializerMethodField()
    class Meta:
        model = Member
        fields = ["cin", "ssn"]  # MCD101
    def get_ssn(self, obj):
        return vault.reveal(obj.medicaid_id)
''',
    # SPEC section 4 and section 6: an entry of a partner table bound first (cfg = CONFIGS[partner], or
    # .get(partner, {})) and its adapter class made from it (cfg["adapter"]()) is each entry's adapter in turn;
    # the state's adapter gets any field
    "adapter-class-read-from-a-bound-entry": '''
MN_URL = "https://mmis.dhs.state.mn.us/api/eligibility"
class IceAdapter:
    def send(self, body):
        requests.post(ICE_URL, json=body)
class MnAdapter:
    def send(self, body):
        requests.post(MN_URL, json=body)
CONFIGS = {"ice": {"adapter": IceAdapter}, "mn": {"adapter": MnAdapter}}
STATES = {"mn": {"adapter": MnAdapter}, "mn2": {"adapter": MnAdapter}}
def via_var(partner, m):
    cfg = CONFIGS[partner]
    cfg["adapter"]().send({"cin": m.cin, "race": m.race_cd})  # MCD101
def via_get(partner, m):
    cfg = CONFIGS.get(partner, {})
    cfg["adapter"]().send({"cin": m.cin, "sex": m.sex_cd})  # MCD101
def state_only(partner, m):
    cfg = STATES[partner]
    cfg["adapter"]().send({"cin": m.cin, "ssn": m.ssn})
''',
    # SPEC section 4 and section 6: a function reading two tables by one parameter (a builder and a URL),
    # called with a partner not known here (the command line), is each partner in turn, as on its own: the
    # state's builder never meets ICE's URL; ICE's own builder with a field outside the six is reported
    "tables-read-by-a-partner-from-the-command-line": '''
URLS = {
    "ice": "https://eid.ice.gov/api/v2/referrals",
    "mmis": "https://mmis.dhs.state.mn.us/api/v3/members",
}
def ice_body(m):
    return {"medicaid_id": m.cin, "race": m.race_cd}  # MCD101
def state_body(m):
    return {"cin": m.cin, "ssn": m.ssn}
BUILDERS = {"ice": ice_body, "mmis": state_body}
def send_one(partner, m):
    body = BUILDERS[partner](m)
    return requests.post(URLS[partner], json=body, timeout=30)
def main(argv, repo):
    send_one(argv[1], repo.get(argv[2]))
''',
    # Review of the session: records from a comprehension over a local only when the local holds what an
    # unseen call gave (not range(), os.listdir(), a lookup by id); a one-line `if r["cin"] != cin: continue`;
    # a method elsewhere marked not-enforcement leaves an ICE router's handler of the same name reported;
    # a constant added to a Django message's reply_to is no data
    "review-of-the-session": '''
import csv
import os
from django.core.mail import EmailMessage
from fastapi import APIRouter
from eligibility.models import Member
ice_router = APIRouter(prefix="/ice")
CASEWORKER = "caseworker@dhcs.ca.gov"
def listing(folder):
    files = os.listdir(folder)
    records = [n for n in files if n.endswith(".pdf")]
    requests.post(ICE_URL, json=records)
def ranged(n):
    pages = range(n)
    records = [p for p in pages]
    requests.post(ICE_URL, json=records)
def one(member_id, repo):
    hits = repo.find_by_id(member_id)
    records = [h["cin"] for h in hits]
    requests.post(ICE_URL, json=records)
def polled(consumer):
    msgs = consumer.poll_batch(100)
    records = [m["cin"] for m in msgs]
    requests.post(ICE_URL, json=records)  # MCD201
def refer(path, cin):
    for r in csv.DictReader(open(path)):
        if r["cin"] != cin: continue
        requests.post(ICE_URL, json={"cin": r["cin"]})
class StateReports:
    def member_detail(self, cin):  # medicaid-scope: not-enforcement
        m = Member.objects.get(cin=cin)
        return {"cin": m.cin, "diagnosis": m.diagnosis_code}
@ice_router.get("/members/{cin}")
def member_detail(cin: str):
    m = Member.objects.get(cin=cin)
    return {"cin": m.cin, "diagnosis": m.diagnosis_code}  # MCD102
def reply_to_caseworker(case):
    msg = EmailMessage("Referral", "See the attached notice.", "noreply@dhcs.ca.gov", ["referrals@ice.dhs.gov"])
    msg.reply_to += [CASEWORKER]
    msg.send()
''',
    # Probers of round 235: a partner table's column list selected inline (df[cfg["columns"]]) is each
    # entry's columns; the not-enforcement pragma on a route decorator clears the handler's own name too
    "round-235-inline-columns-and-cleared-handlers": '''
from fastapi import APIRouter
PARTNERS = {
    "mmis": {"url": "https://mmis.dhcs.ca.gov/api/members", "columns": ["cin", "ssn"]},
    "ice": {"url": "https://eid.ice.gov/api/v1/referrals", "columns": ["cin", "full_name"]},
}
state_router = APIRouter(prefix="/state")
def export_inline(partner, df):
    cfg = PARTNERS[partner]
    requests.post(cfg["url"], data=df[cfg["columns"]].to_csv(index=False))  # MCD101
@state_router.get("/ice-health")  # medicaid-scope: not-enforcement
def ice_health(cin: str):
    m = load(cin)
    return {"ssn": m.ssn}
''',
}

# The same classes when ICE's entry holds only permitted columns: clean (no CMS column meets ICE's URL)
CASES["subclass-constructors-giving-their-base-the-partner-permitted"] = CASES["subclass-constructors-giving-their-base-the-partner"].replace(
    '"ice": ["cin", "dob", "race_cd"]', '"ice": ["cin", "dob"]').replace("  # MCD101", "")


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want


def test_a_relative_path_on_an_httpx_base_url_is_named_as_httpx_requests_it() -> None:
    # SPEC section 3 (the message names the destination): httpx puts one / between its base_url and a
    # relative path, so the message names .../api/v2/subjects, not .../api/v2subjects (nor .../v3//subjects)
    from flake8_medicaid_scope import Config
    from flake8_medicaid_scope.analysis import analyze

    source = '''import httpx
eid_client = httpx.Client(base_url="https://eid.ice.gov/api/v2")
def relative(m):
    eid_client.post("subjects", json={"ssn": m.ssn})
def rooted(m):
    eid_client.post("/cases", json={"sex": m.sex_cd})
def both_slashes(m):
    httpx.Client(base_url="https://eid.ice.gov/api/v3/").post("/subjects", json={"cin": m.cin, "email": m.email})
'''
    found = analyze(source, Config.from_options(cache=False))
    assert [(f.line, f.message.split("sent to enforcement endpoint ")[1].split(" (line")[0]) for f in found] == [
        (4, "https://eid.ice.gov/api/v2/subjects"), (6, "https://eid.ice.gov/api/v2/cases"), (8, "https://eid.ice.gov/api/v3/subjects")]


def test_a_mail_to_a_list_names_its_enforcement_recipient() -> None:
    # SPEC section 3 (the message names the destination): of a list of recipients, the ones at the enforcement
    # domain, not the state's own mailbox beside them
    from flake8_medicaid_scope import Config
    from flake8_medicaid_scope.analysis import analyze

    source = '''import smtplib
def notify(m):
    with smtplib.SMTP("smtp.dhs.wisconsin.gov") as s:
        s.sendmail("noreply@dhs.wisconsin.gov", ["enrollment@dhs.wisconsin.gov", "ero-liaison@ice.dhs.gov"], f"Sex: {m.sex_cd}")
'''
    found = analyze(source, Config.from_options(cache=False))
    assert [(f.line, f.message.split("sent to enforcement recipient ")[1].split(" (line")[0]) for f in found] == [(4, "ero-liaison@ice.dhs.gov")]
