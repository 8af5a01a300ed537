"""The data flow shapes of the fifty-seventh session: what its SPEC-only probers found (round 448 and
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
    # SPEC section 6 (round 449a): a variable named for a destination's name (`partner_name`, `dest_name`) is a routing
    # value a test of literals narrows (as a key of data, `{"partner_name": ...}`, it stays someone's name)
    "routing-value-named-for-a-destination-name": """
import requests

ROUTES = {"ice": "https://eid.ice.gov/api/v1/persons", "state": "https://api.dhcs.ca.gov/members"}


def run_job(partner_name, m):
    body = {"cin": m.cin}
    if partner_name == "state":
        body["ethnicity"] = m.ethnicity
    requests.post(ROUTES[partner_name], json=body)


def wrong_way(dest_name, m):
    body = {"cin": m.cin}
    if dest_name != "state":
        body["ethnicity"] = m.ethnicity  # MCD101
    requests.post(ROUTES[dest_name], json=body)


def a_person(first_name, m):
    body = {"cin": m.cin}
    if first_name == "state":
        body["ethnicity"] = m.ethnicity  # MCD101
    requests.post(ROUTES["ice"], json=body)
""",
    # SPEC section 6 (round 449a): a URL chosen by a test of a routing value (a conditional expression or an if/else,
    # the test written out or kept in a variable) stays with each way where the rest of the block tests it again
    "url-chosen-by-a-routing-test-tested-again": """
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://eligibility.dhs.pa.gov/api/v3/members"


def is_federal(target):
    return target == "ice"


def ifexp(target, member):
    url = ICE_URL if target == "ice" else STATE_URL
    payload = {"medicaid_id": member.medicaid_id}
    if target != "ice":
        payload["ssn"] = member.ssn
    requests.post(url, json=payload)


def ifexp_kept(target, member):
    fed = is_federal(target)
    url = ICE_URL if fed else STATE_URL
    payload = {"medicaid_id": member.medicaid_id}
    if not fed:
        payload["ssn"] = member.ssn
        payload["disability_code"] = member.disability_code
    requests.post(url, json=payload)


def if_else(target, member):
    fed = target == "ice"
    if fed:
        url = ICE_URL
    else:
        url = STATE_URL
    payload = {"medicaid_id": member.medicaid_id}
    if not fed:
        payload["ssn"] = member.ssn
    requests.post(url, json=payload)


def either(target, member):
    fed = target == "ice"
    url = ICE_URL if fed else STATE_URL
    payload = {"medicaid_id": member.medicaid_id}
    if fed or member.needs_review:
        payload["ndc_code"] = member.last_ndc  # MCD102
    requests.post(url, json=payload)


def wrong_way(target, member):
    if target == "ice":
        url = ICE_URL
    else:
        url = STATE_URL
    payload = {"medicaid_id": member.medicaid_id}
    if target != "state":
        payload["ssn"] = member.ssn  # MCD101
    requests.post(url, json=payload)
""",
    # SPEC section 6 (round 450a): an entry of a partner table taken by a loop over `.values()` / `.items()` (dicts or
    # configuration objects) and handed to a helper of the module keeps its flags there; a table some code changes does not
    "loop-entries-handed-to-a-helper-keep-their-flags": """
import smtplib
from dataclasses import dataclass
from email.message import EmailMessage

import requests

PARTNERS = {
    "ice": {"url": "https://eid.ice.gov/api", "send_ssn": False},
    "dhcs": {"url": "https://api.dhcs.ca.gov/x", "send_ssn": True},
}


@dataclass(frozen=True)
class Partner:
    to: str
    send_ssn: bool = False


NOTIFY = {
    "ice": Partner("eid-desk@ice.dhs.gov", send_ssn=False),
    "dhcs": Partner("recon@dhcs.ca.gov", send_ssn=True),
}
CHANGED = {
    "ice": {"url": "https://eid.ice.gov/api", "send_ssn": False},
    "dhcs": {"url": "https://api.dhcs.ca.gov/x", "send_ssn": True},
}


def send_one(member, partner):
    body = {"cin": member.cin}
    if partner["send_ssn"]:
        body["ssn"] = member.ssn
    requests.post(partner["url"], json=body)


def send_all(member):
    for partner in PARTNERS.values():
        send_one(member, partner)


def send_pairs(member):
    for _, partner in PARTNERS.items():
        send_one(member, partner)


def build_message(member, partner):
    msg = EmailMessage()
    msg["To"] = partner.to
    text = f"CIN {member.cin}"
    if partner.send_ssn:
        text += f" SSN {member.ssn}"
    msg.set_content(text)
    return msg


def notify_all(member):
    with smtplib.SMTP("relay") as smtp:
        for partner in NOTIFY.values():
            smtp.send_message(build_message(member, partner))


def enable(name):
    CHANGED[name]["send_ssn"] = True


def send_changed(member, partner):
    body = {"cin": member.cin}
    if partner["send_ssn"]:
        body["ssn"] = member.ssn  # MCD101
    requests.post(partner["url"], json=body)


def send_all_changed(member):
    for partner in CHANGED.values():
        send_changed(member, partner)
""",
    # SPEC section 6 (round 448a): a flag of an entry kept by `.get(...)` or `getattr(...)` decides as the entry holds it;
    # `.get` of a key an entry lacks in a helper given the entry is the default
    "entry-flags-kept-by-get-and-getattr": """
from typing import NamedTuple

import requests

T = {"state": {"url": "https://mmis.dhcs.ca.gov/api", "include_ssn": True},
     "ice": {"url": "https://eid.ice.gov/api/v1/persons"}}


class Cfg(NamedTuple):
    url: str
    include_ssn: bool


OBJS = {"state": Cfg("https://mmis.dhcs.ca.gov/api", True), "ice": Cfg("https://eid.ice.gov/api/v1/persons", False)}


def build(m, cfg):
    body = {"cin": m.cin}
    if cfg.get("include_ssn"):
        body["ssn"] = m.ssn
    return body


def send(m, partner):
    cfg = T[partner]
    requests.post(cfg["url"], json=build(m, cfg))


def kept_get(m, partner):
    cfg = T[partner]
    include_ssn = cfg.get("include_ssn", False)
    body = {"cin": m.cin}
    if include_ssn:
        body["ssn"] = m.ssn
    requests.post(cfg["url"], json=body)


def kept_getattr(m, partner):
    cfg = OBJS[partner]
    include_ssn = getattr(cfg, "include_ssn", False)
    body = {"cin": m.cin}
    if include_ssn:
        body["ssn"] = m.ssn
    requests.post(cfg.url, json=body)


def kept_default_true(m, partner):
    cfg = T[partner]
    include_ssn = cfg.get("include_ssn", True)
    body = {"cin": m.cin}
    if include_ssn:
        body["ssn"] = m.ssn  # MCD101
    requests.post(cfg["url"], json=body)
""",
    # SPEC section 6 (round 451a): `PARTNERS = CONFIG["partners"]`, then `PARTNERS["ice"]["send_dx"] = True` at import, is
    # a change of that one entry (folded), not of every flag of the table
    "entry-flag-set-at-import-through-a-nested-alias": """
import requests

CONFIG = {"partners": {
    "ice": {"url": "https://eid.ice.gov/api", "send_ssn": False, "send_dx": False},
    "state": {"url": "https://mmis.state.mn.us/api", "send_ssn": True, "send_dx": True},
}}
PARTNERS = CONFIG["partners"]
PARTNERS["ice"]["send_dx"] = True


def route(member, partner):
    cfg = PARTNERS[partner]
    body = {"medicaid_id": member.cin}
    if cfg["send_ssn"]:
        body["ssn"] = member.ssn
    if cfg["send_dx"]:
        body["dx_code"] = member.primary_dx  # MCD102
    return requests.post(cfg["url"], json=body)
""",
    # SPEC section 6 (round 453a): an object made from a key's entry (`Send(URLS[partner])`, `PartnerSend(partner)` whose
    # constructor reads the table, a context manager whose `__exit__` sends) is made per key where the function tests the
    # key again: the state's fields never meet ICE's URL
    "object-made-from-a-keyed-entry-then-the-key-tested": """
import requests

URLS = {
    "ice": "https://eid.ice.gov/api/v1/referrals",
    "state": "https://mmis.ny.gov/api/v1/members",
}


class Send:
    def __init__(self, url):
        self.url = url
        self.body = {}

    def __enter__(self):
        return self.body

    def __exit__(self, exc_type, exc, tb):
        requests.post(self.url, json=self.body, timeout=30)
        return False


class PartnerSend:
    def __init__(self, partner):
        self.url = URLS[partner]

    def post(self, body):
        requests.post(self.url, json=body, timeout=30)


def with_local(member, partner):
    url = URLS[partner]
    with Send(url) as body:
        body["cin"] = member.cin
        if partner != "ice":
            body["ssn"] = member.ssn


def with_read(member, partner):
    with Send(URLS[partner]) as body:
        body["cin"] = member.cin
        if partner == "state":
            body["ssn"] = member.ssn


def object_before(member, partner):
    client = PartnerSend(partner)
    body = {"cin": member.cin}
    if partner != "ice":
        body["ssn"] = member.ssn
    client.post(body)


def wrong_way(member, partner):
    client = PartnerSend(partner)
    body = {"cin": member.cin}
    if partner != "state":
        body["ssn"] = member.ssn  # MCD101
    client.post(body)


def with_wrong_way(member, partner):
    with Send(URLS[partner]) as body:
        body["cin"] = member.cin
        if partner == "ice":
            body["dx"] = member.diagnosis_code  # MCD102
""",
    # SPEC section 6 (round 448a): a table changed through a class attribute bound to it (`registry = PARTNERS`, then
    # `self.registry[p][flag] = True`), a parameter whose default is the table (also kept on `self`), or the target of a
    # walrus: its entries' flags are unknown (the SSN may go to ICE)
    "table-changed-through-class-attributes-defaults-and-walrus": """
from dataclasses import dataclass

import requests

PARTNERS = {
    "state": {"url": "https://mmis.dhcs.ca.gov/api/members", "send_diagnoses": True},
    "ice": {"url": "https://eid.ice.gov/api/v1/referrals", "send_diagnoses": False},
}


@dataclass
class P:
    url: str
    include_ssn: bool


BY_DEFAULT = {"state": P("https://mmis.dhcs.ca.gov/api", True), "ice": P("https://eid.ice.gov/api/v1/persons", False)}
ON_SELF = {"state": P("https://mmis.dhcs.ca.gov/api", True), "ice": P("https://eid.ice.gov/api/v1/persons", False)}
BY_WALRUS = {"state": P("https://mmis.dhcs.ca.gov/api", True), "ice": P("https://eid.ice.gov/api/v1/persons", False)}
UNTOUCHED = {"state": P("https://mmis.dhcs.ca.gov/api", True), "ice": P("https://eid.ice.gov/api/v1/persons", False)}


class PartnerAdmin:
    registry = PARTNERS

    def enable(self, partner, flag):
        self.registry[partner][flag] = True


class Admin:
    def __init__(self, table=ON_SELF):
        self.table = table

    def enable(self, name):
        self.table[name].include_ssn = True


def enable_default(name, reg=BY_DEFAULT):
    reg[name].include_ssn = True


def enable_walrus(name):
    (cfg := BY_WALRUS[name]).include_ssn = True


def refer(member, partner):
    cfg = PARTNERS[partner]
    body = {"medicaid_id": member.medicaid_id}
    if cfg["send_diagnoses"]:
        body["diagnosis_code"] = member.diagnosis_code  # MCD102
    requests.post(cfg["url"], json=body, timeout=10)


def by_default(m, partner):
    cfg = BY_DEFAULT[partner]
    body = {"cin": m.cin}
    if cfg.include_ssn:
        body["ssn"] = m.ssn  # MCD101
    requests.post(cfg.url, json=body)


def on_self(m, partner):
    cfg = ON_SELF[partner]
    body = {"cin": m.cin}
    if cfg.include_ssn:
        body["ssn"] = m.ssn  # MCD101
    requests.post(cfg.url, json=body)


def by_walrus(m, partner):
    cfg = BY_WALRUS[partner]
    body = {"cin": m.cin}
    if cfg.include_ssn:
        body["ssn"] = m.ssn  # MCD101
    requests.post(cfg.url, json=body)


def untouched(m, partner):
    cfg = UNTOUCHED[partner]
    body = {"cin": m.cin}
    if cfg.include_ssn:
        body["ssn"] = m.ssn
    requests.post(cfg.url, json=body)
""",
    # SPEC section 6 (rounds 438a, 448a): `self.cfg = PARTNERS[partner]` in the constructor, then `self.cfg.include_ssn`
    # and `self.cfg.url` in methods (one calling the other): each method runs once per entry, so a flag and the URL are
    # read from one entry; an object made with a key written out reads that entry only
    "entry-kept-on-self-read-per-entry": """
from typing import NamedTuple

import requests


class Partner(NamedTuple):
    url: str
    include_ssn: bool
    send_diagnoses: bool


PARTNERS = {
    "cms": Partner("https://api.cms.gov/tmsis/v1/eligibles", True, True),
    "ice": Partner("https://eid.ice.gov/api/v1/referrals", False, True),
}
DICTS = {
    "cms": {"url": "https://api.cms.gov/tmsis/v1/eligibles", "include_ssn": True},
    "ice": {"url": "https://eid.ice.gov/api/v1/referrals", "include_ssn": False},
}


class Exporter:
    def __init__(self, partner: str):
        self.partner = partner
        self.cfg = PARTNERS[partner]
        self.session = requests.Session()

    def body(self, m):
        data = {"medicaid_id": m.medicaid_id, "mailing_address": m.mailing_address}
        if self.cfg.include_ssn:
            data["ssn"] = m.ssn
        if self.cfg.send_diagnoses:
            data["icd10_codes"] = m.icd10_codes  # MCD102
        return data

    def send(self, m):
        return self.session.post(self.cfg.url, json=self.body(m), timeout=30)


class DictExporter:
    def __init__(self, partner):
        self.cfg = DICTS.get(partner)

    def send(self, m):
        data = {"medicaid_id": m.medicaid_id}
        if self.cfg["include_ssn"]:
            data["ssn"] = m.ssn
        requests.post(self.cfg["url"], json=data)
""",
    # SPEC section 6 (round 448a): the same class used by the module only with a key written out reads that entry only
    "entry-kept-on-self-of-an-object-made-with-a-literal-key": """
from typing import NamedTuple

import requests


class Partner(NamedTuple):
    url: str
    send_diagnoses: bool


PARTNERS = {
    "cms": Partner("https://api.cms.gov/tmsis/v1/eligibles", True),
    "ice": Partner("https://eid.ice.gov/api/v1/referrals", False),
}


class Exporter:
    def __init__(self, partner: str):
        self.cfg = PARTNERS[partner]

    def send(self, m):
        data = {"medicaid_id": m.medicaid_id}
        if self.cfg.send_diagnoses:
            data["icd10_codes"] = m.icd10_codes
        return requests.post(self.cfg.url, json=data, timeout=30)


def run_cms(m):
    Exporter("cms").send(m)


def run_ice(m):
    Exporter("ice").send(m)
""",
    # SPEC section 6 (round 454a): objects made from a keyed entry run per key with a routing variable named for a
    # destination's name (`partner_name`, `dest_name`) too
    "object-made-from-a-keyed-entry-with-a-destination-name": """
import requests

URLS = {"state": "https://hhsc.texas.gov/n", "ice": "https://eid.ice.gov/n"}


class Send:
    def __init__(self, url):
        self.url = url
        self.body = {}

    def __enter__(self):
        return self.body

    def __exit__(self, *exc):
        requests.post(self.url, json=self.body)

    def post(self, body):
        requests.post(self.url, json=body)


def notify(member, partner_name):
    sender = Send(URLS[partner_name])
    body = {"cin": member.cin}
    if partner_name == "state":
        body["ssn"] = member.ssn
    sender.post(body)


def refer(member, dest_name):
    with Send(URLS[dest_name]) as body:
        body["cin"] = member.cin
        if dest_name == "state":
            body["ssn"] = member.ssn
        else:
            body["dx"] = member.diagnosis_code  # MCD102
""",
    # SPEC section 6 (round 456a): a kept test in a conditional expression (`ICE_URL if fed else STATE_URL`) is decided
    # where an earlier test of it decided it (`if fed: return`)
    "kept-test-in-a-conditional-expression-decided-earlier": """
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://api.medicaid.ny.gov/elig/v1"


def returned_before(m, partner):
    fed = partner == "ice"
    if fed:
        return
    requests.post(ICE_URL if fed else STATE_URL, json={"ssn": m.ssn})


def inside(m, partner):
    fed = partner == "ice"
    if not fed:
        requests.post(ICE_URL if fed else STATE_URL, json={"ssn": m.ssn})
    else:
        requests.post(ICE_URL if fed else STATE_URL, json={"ssn": m.ssn})  # MCD101
""",
    # SPEC section 6 (round 455a): entries handed to a helper from `for name in PARTNERS: cfg = PARTNERS[name]`, from
    # `list(PARTNERS.values())` and from a nested table's `.items()` keep their flags; `PARTNERS.get("ice")["x"] = True` in
    # a function changes the table; a flag kept in a variable decides a conditional expression too
    "entries-of-key-loops-nested-tables-and-snapshots-keep-their-flags": """
import requests

PARTNERS = {
    "ice": {"url": "https://eid.ice.gov/api/v1/referrals", "send_dx": False},
    "state": {"url": "https://api.ca.gov/dhcs/members", "send_dx": True},
}
CONFIG = {"partners": {
    "ice": {"url": "https://eid.ice.gov/api/v1/referrals", "send_dx": False},
    "state": {"url": "https://api.ca.gov/dhcs/members", "send_dx": True},
}}
ESCALATED = {
    "ice": {"url": "https://eid.ice.gov/api/v1/referrals", "send_dx": False},
    "state": {"url": "https://api.ca.gov/dhcs/members", "send_dx": True},
}


def build(member, cfg):
    body = {"cin": member.cin}
    if cfg["send_dx"]:
        body["dx"] = member.dx
    return body


def by_key(member):
    for name in PARTNERS:
        cfg = PARTNERS[name]
        requests.post(cfg["url"], json=build(member, cfg), timeout=10)


def snapshot(member):
    for cfg in list(PARTNERS.values()):
        requests.post(cfg["url"], json=build(member, cfg), timeout=10)


def nested(member):
    for _, cfg in CONFIG["partners"].items():
        requests.post(cfg["url"], json=build(member, cfg), timeout=10)


def kept_in_expression(member):
    for cfg in PARTNERS.values():
        flag = cfg.get("send_dx")
        body = {"cin": member.cin, "dx": member.dx if flag else None}
        requests.post(cfg["url"], json=body, timeout=10)


def escalate():
    ESCALATED.get("ice")["send_dx"] = True


def build_escalated(member, cfg):
    body = {"cin": member.cin}
    if cfg["send_dx"]:
        body["dx"] = member.dx  # MCD102
    return body


def escalated(member):
    for cfg in ESCALATED.values():
        requests.post(cfg["url"], json=build_escalated(member, cfg), timeout=10)
""",
    # SPEC sections 3 and 5 (round 452a): a DictWriter column of a name the vocabulary does not know whose rows put a
    # prohibited value there (`ref` holding an SSN, from `.values(ref=F("ssn_num"))` or `{"ref": m.ssn}`) is one finding,
    # MCD101 at the column's name in `fieldnames` (not MCD104 there and MCD101 at the row); a column of an unknown name
    # holding unknown values stays MCD104 at the header
    "dictwriter-column-renamed-over-a-prohibited-value": """
import csv

import boto3
from django.db.models import F
from enrollment.models import Member

CBP_BUCKET = "cbp-roster-intake"


def alias(path):
    qs = Member.objects.exclude(us_citizen=True).values("cin", ref=F("ssn_num"))
    with open(path, "w") as fh:
        w = csv.DictWriter(fh, fieldnames=["cin", "ref"])  # MCD101
        w.writerows(qs)
    boto3.client("s3").upload_file(path, CBP_BUCKET, "b.csv")


def literal_rows(path, members):
    with open(path, "w") as fh:
        w = csv.DictWriter(fh, fieldnames=["cin", "ref"])  # MCD101
        for m in members:
            if m.immigration_status in ("EWI", "OVERSTAY"):
                w.writerow({"cin": m.cin, "ref": m.ssn})
    boto3.client("s3").upload_file(path, CBP_BUCKET, "c.csv")


def unknown(path, members):
    with open(path, "w") as fh:
        w = csv.DictWriter(fh, fieldnames=["cin", "batch_ref"])  # MCD104
        for m in members:
            if m.immigration_status in ("EWI", "OVERSTAY"):
                w.writerow({"cin": m.cin, "batch_ref": m.batch_code})
    boto3.client("s3").upload_file(path, CBP_BUCKET, "d.csv")
""",
    # SPEC section 8 (round 459a): an entry of a table rebound at import from the table itself (`P["ice"] =
    # dict(P["ice"], send_ssn=True)`, `P["ice"] = P["ice"]`) is a change not folded (no crash): its flags are unknown
    "entry-rebound-from-its-own-table-at-import": """
import requests

P = {"state": {"url": "https://eligibility.dhs.illinois.gov/api", "send_ssn": False},
     "ice": {"url": "https://eid.ice.gov/api/v1/referrals", "send_ssn": False}}
P["ice"] = dict(P["ice"], send_ssn=True)
URLS = {"state": "https://eligibility.dhs.illinois.gov/api", "ice": "https://eid.ice.gov/api/v1/referrals"}
URLS["cbp"] = URLS["ice"]


def refer(partner, m):
    cfg = P[partner]
    body = {"medicaid_id": m.cin}
    if cfg["send_ssn"]:
        body["ssn"] = m.ssn  # MCD101
    requests.post(cfg["url"], json=body)


def route(partner, m):
    requests.post(URLS[partner], json={"ssn": m.ssn})  # MCD101
""",
    # SPEC section 6 (round 458a): an object made with a key written out (`Referral("ice")`, a subclass's
    # `super().__init__("ice")`) reads that entry's flags; a flag copied onto self in the constructor (`self.minimal =
    # self.cfg["minimal"]`) decides as the entry holds it; a table read through a class attribute (`registry = PARTNERS`,
    # `self.registry[partner]`) is read as the table
    "entries-on-self-by-literal-keys-copied-flags-and-class-attributes": """
import requests

ICE = "https://eid.ice.gov/api/v1/referrals"
STATE = "https://mmis.health.ny.gov/api/v2/members"
PARTNERS = {"ice": {"url": ICE, "send_dx": False, "minimal": True}, "state": {"url": STATE, "send_dx": True, "minimal": False}}
REGISTRY = {"ice": {"url": ICE, "send_dx": False}, "state": {"url": STATE, "send_dx": True}}


class Referral:
    def __init__(self, partner):
        self.cfg = PARTNERS[partner]

    def send(self, m):
        out = {"medicaid_id": m.cin}
        if self.cfg["send_dx"]:
            out["diagnosis_code"] = m.diagnosis_code
        requests.post(self.cfg["url"], json=out)


class IceReferral(Referral):
    def __init__(self):
        super().__init__("ice")


def nightly(member):
    Referral("ice").send(member)
    IceReferral().send(member)


class Job:
    def __init__(self, partner):
        self.cfg = PARTNERS[partner]
        self.minimal = self.cfg["minimal"]

    def payload(self, m):
        data = {"medicaid_id": m.msis_ident_num}
        if not self.minimal:
            data["prmry_dgns_cd"] = m.prmry_dgns_cd
        return data

    def run(self, m):
        requests.post(self.cfg["url"], json=self.payload(m), timeout=60)


def dispatch(partner, member):
    Job(partner).run(member)


class Sender:
    registry = REGISTRY

    def __init__(self, partner):
        self.cfg = self.registry[partner]

    def send(self, m):
        body = {"cin": m.cin}
        if self.cfg["send_dx"]:
            body["dx"] = m.dx
        requests.post(self.cfg["url"], json=body)

    def leak(self, m):
        requests.post(self.cfg["url"], json={"ssn": m.ssn})  # MCD101


def send_one(partner, member):
    Sender(partner).send(member)
    Sender(partner).leak(member)
""",
    # SPEC section 6 (round 460a): a routing test written on a normalised value (`partner_name.lower() == "ice"`), kept in
    # a variable or written out twice, chooses the topic and decides the later removal on the same way
    "normalised-routing-test-chooses-the-topic-and-the-removal": """
import json

import boto3

ICE_TOPIC = "arn:aws:sns:us-east-1:1:ice-eid-notices"
STATE_TOPIC = "arn:aws:sns:us-west-2:1:ca-dhcs-notices"
sns = boto3.client("sns")


def kept(member, partner_name):
    is_ice = partner_name.strip().lower() == "ice"
    topic = ICE_TOPIC if is_ice else STATE_TOPIC
    msg = {"medicaid_id": member.cin, "ssn": member.ssn}
    if is_ice:
        del msg["ssn"]
    sns.publish(TopicArn=topic, Message=json.dumps(msg))


def written_twice(member, partner):
    topic = ICE_TOPIC if partner.lower() == "ice" else STATE_TOPIC
    msg = {"medicaid_id": member.cin, "ssn": member.ssn}
    if partner.lower() == "ice":
        del msg["ssn"]
    sns.publish(TopicArn=topic, Message=json.dumps(msg))


def wrong_way(member, partner):
    topic = ICE_TOPIC if partner.lower() == "ice" else STATE_TOPIC
    msg = {"medicaid_id": member.cin, "ssn": member.ssn}  # MCD101
    if partner.lower() == "state":
        del msg["ssn"]
    sns.publish(TopicArn=topic, Message=json.dumps(msg))
""",
    # SPEC section 10 (round 461a): records a helper of the module builds from a queryset chosen by status, bound to a
    # plural name (`rows = rows_for(...)`), are those records; from every record, they are reported
    "records-built-by-a-helper-from-chosen-records": """
import requests
from enrollment.models import Member

ERO_URL = "https://ero.dhs.gov/api/intake"


def rows_for(qs):
    out = []
    for m in qs:
        out.append({"medicaid_id": m.cin})
    return out


def export():
    rows = rows_for(Member.objects.filter(imgrtn_stus_cd__in=["EWI"]))
    requests.post(ERO_URL, json=rows)


def export_all():
    rows = rows_for(Member.objects.all())
    requests.post(ERO_URL, json=rows)  # MCD201
""",
    # SPEC section 6 (review 57a): a method reads `self.cfg` per entry of the table only when the object holds what the
    # class's own binding reads (any entry); a caller's `s.cfg = {...}`, `setattr(s, "cfg", ...)` or a subclass binding it
    # its own way is what it holds
    "entry-on-self-rebound-by-a-caller-or-a-subclass": """
import requests

ICE_URL = "https://eid.ice.gov/referrals"
STATE_URL = "https://portal.dhcs.ca.gov/api"
PARTNERS = {
    "ice": {"url": ICE_URL, "include_ssn": False},
    "state": {"url": STATE_URL, "include_ssn": True},
}


class Sender:
    def __init__(self, partner):
        self.cfg = PARTNERS[partner]

    def send(self, member):
        body = {"medicaid_id": member.cin}
        if self.cfg["include_ssn"]:
            body["ssn"] = member.ssn  # MCD101
        requests.post(self.cfg["url"], json=body)


class Wide(Sender):
    def __init__(self, partner):
        self.cfg = dict(PARTNERS[partner], include_ssn=True)


def run(member):
    s = Sender("state")
    s.cfg = {"url": ICE_URL, "include_ssn": True}
    s.send(member)


def run_wide(member):
    Wide("ice").send(member)
""",
    # SPEC section 6 (round 459a): a table changed at import through `globals()["P"]` or by a lambda mapped over its
    # entries has flags not known
    "table-changed-through-globals-and-mapped-lambdas": """
import requests

P = {"state": {"url": "https://eligibility.dhs.illinois.gov/api", "send_ssn": False},
     "ice": {"url": "https://eid.ice.gov/api/v1/referrals", "send_ssn": False}}
Q = {"state": {"url": "https://eligibility.dhs.illinois.gov/api", "send_ssn": False},
     "ice": {"url": "https://eid.ice.gov/api/v1/referrals", "send_ssn": False}}
R = {"state": {"url": "https://eligibility.dhs.illinois.gov/api", "send_ssn": False},
     "ice": {"url": "https://eid.ice.gov/api/v1/referrals", "send_ssn": False}}
globals()["P"]["ice"]["send_ssn"] = True
list(map(lambda e: e.__setitem__("send_ssn", True), Q.values()))


def refer_p(partner, m):
    cfg = P[partner]
    body = {"medicaid_id": m.cin}
    if cfg["send_ssn"]:
        body["ssn"] = m.ssn  # MCD101
    requests.post(cfg["url"], json=body)


def refer_q(partner, m):
    cfg = Q[partner]
    body = {"medicaid_id": m.cin}
    if cfg["send_ssn"]:
        body["ssn"] = m.ssn  # MCD101
    requests.post(cfg["url"], json=body)


def refer_r(partner, m):
    cfg = R[partner]
    body = {"medicaid_id": m.cin}
    if cfg["send_ssn"]:
        body["ssn"] = m.ssn
    requests.post(cfg["url"], json=body)
""",
    # SPEC section 6 (round 464a): a table changed through `operator.setitem`, names unpacked from `.values()`, a helper's
    # `entry |= {...}` or `setattr(obj, name, True)` on the entry given: its flags are unknown
    "table-changed-through-setitem-unpacking-and-helpers": """
import operator
from dataclasses import dataclass

import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://mmis.wisconsin.gov/api/referrals"
A = {"ice": {"url": ICE_URL, "include_ssn": False}, "state": {"url": STATE_URL, "include_ssn": True}}
B = {"ice": {"url": ICE_URL, "include_ssn": False}, "state": {"url": STATE_URL, "include_ssn": True}}
C = {"ice": {"url": ICE_URL, "include_ssn": False}, "state": {"url": STATE_URL, "include_ssn": True}}


@dataclass
class Cfg:
    url: str
    send_ssn: bool = False


D = {"ice": Cfg(ICE_URL), "state": Cfg(STATE_URL, True)}


def widen_a():
    operator.setitem(A["ice"], "include_ssn", True)


def widen_b():
    first, _ = B.values()
    first["include_ssn"] = True


def relax(e):
    e |= {"include_ssn": True}


def setup_c():
    relax(C["ice"])


def _toggle(obj, name):
    setattr(obj, name, True)


def configure_d():
    for cfg in D.values():
        _toggle(cfg, "send_ssn")


def send_a(partner, member):
    cfg = A[partner]
    body = {"medicaid_id": member.cin}
    if cfg["include_ssn"]:
        body["ssn"] = member.ssn  # MCD101
    requests.post(cfg["url"], json=body)


def send_b(partner, member):
    cfg = B[partner]
    body = {"medicaid_id": member.cin}
    if cfg["include_ssn"]:
        body["ssn"] = member.ssn  # MCD101
    requests.post(cfg["url"], json=body)


def send_c(partner, member):
    cfg = C[partner]
    body = {"medicaid_id": member.cin}
    if cfg["include_ssn"]:
        body["ssn"] = member.ssn  # MCD101
    requests.post(cfg["url"], json=body)


def send_d(partner, member):
    cfg = D[partner]
    body = {"medicaid_id": member.cin}
    if cfg.send_ssn:
        body["ssn"] = member.ssn  # MCD101
    requests.post(cfg.url, json=body)
""",
    # SPEC section 6 (round 462a): a table read through a class attribute in a method (`cfg = self.registry[self.partner]`
    # in two methods, one calling the other) runs per key; changed through `self.registry[p][flag] = True`, its flags are
    # unknown
    "class-attribute-table-read-by-self-partner-in-two-methods": """
import requests

PARTNERS = {
    "ice": {"url": "https://eid.ice.gov/api/v1/subjects", "send_dx": False},
    "dhcs": {"url": "https://care-coord.dhcs.ca.gov/api/cases", "send_dx": True},
}
CHANGED = {
    "ice": {"url": "https://eid.ice.gov/api/v1/subjects", "send_dx": False},
    "dhcs": {"url": "https://care-coord.dhcs.ca.gov/api/cases", "send_dx": True},
}


class CaseRouter:
    registry = PARTNERS

    def __init__(self, partner):
        self.partner = partner
        self.session = requests.Session()

    def payload(self, m):
        cfg = self.registry[self.partner]
        body = {"medicaid_id": m.cin}
        if cfg["send_dx"]:
            body["diagnosis"] = m.primary_dx
        return body

    def route(self, m):
        cfg = self.registry[self.partner]
        self.session.post(cfg["url"], json=self.payload(m), timeout=20)


class AdminRouter:
    table = CHANGED

    def __init__(self, partner):
        self.partner = partner

    def payload(self, m):
        cfg = self.table[self.partner]
        body = {"medicaid_id": m.cin}
        if cfg["send_dx"]:
            body["diagnosis"] = m.primary_dx  # MCD102
        return body

    def route(self, m):
        cfg = self.table[self.partner]
        requests.post(cfg["url"], json=self.payload(m), timeout=20)

    def enable(self, partner):
        self.table[partner]["send_dx"] = True


def route_case(partner, m):
    CaseRouter(partner).route(m)
    AdminRouter(partner).route(m)
""",
    # SPEC section 6 (review 57b): a flag copied onto self is the entry's only while no other code sets that attribute (a
    # caller's `s.minimal = False`, setattr); a caller's store into `s.cfg[...]` changes the table (every table a class of
    # the module keeps as `self.cfg`: the object's class is not asked); a lambda's own
    # parameter named like an entry's alias is no change of the table; `.get` copies are decided
    "flags-copied-onto-self-and-their-other-writers": """
import requests

PARTNERS = {"ice": {"url": "https://eid.ice.gov/referrals", "minimal": True, "include_ssn": False},
            "state": {"url": "https://eligibility.dhs.illinois.gov/api", "minimal": False, "include_ssn": True}}
SECOND = {"ice": {"url": "https://eid.ice.gov/referrals", "minimal": True},
          "state": {"url": "https://eligibility.dhs.illinois.gov/api", "minimal": False}}


class Sender:
    def __init__(self, partner):
        self.cfg = PARTNERS[partner]
        self.minimal = self.cfg["minimal"]

    def body(self, m):
        out = {"cin": m.cin}
        if not self.minimal:
            out["dx"] = m.diagnosis_code  # MCD102
        if self.cfg["include_ssn"]:
            out["ssn"] = m.ssn  # MCD101
        return out

    def send(self, m):
        requests.post(self.cfg["url"], json=self.body(m))


class Quiet:
    def __init__(self, partner):
        self.settings = SECOND[partner]
        self.brief = self.settings.get("minimal", True)

    def send(self, m):
        out = {"cin": m.cin}
        if not self.brief:
            out["dx"] = m.diagnosis_code
        requests.post(self.settings["url"], json=out)


def run(m, partner):
    s = Sender("ice")
    s.minimal = False
    s.cfg["include_ssn"] = True
    s.send(m)
    Quiet(partner).send(m)


def ordered(partner, m, jobs):
    cfg = SECOND[partner]
    body = {"cin": m.cin}
    if not cfg["minimal"]:
        body["dx"] = m.diagnosis_code
    requests.post(cfg["url"], json=body)
    jobs.sort(key=lambda cfg: cfg.setdefault("order", 0))
""",
    # SPEC section 6 (round 462a): flags read from a table's entry into self in the constructor (`self.full =
    # P[partner]["full"]`) of objects made with keys written out decide as that entry holds them
    "entry-flags-read-into-self-by-literal-keys": """
import requests

P = {"ice": {"url": "https://eid.ice.gov/x", "full": False}, "county": {"url": "https://n.countyofla.ca.gov/y", "full": True}}


class N:
    def __init__(self, partner):
        self.url = P[partner]["url"]
        self.full = P[partner]["full"]

    def notify(self, m):
        body = {"cin": m.cin}
        if self.full:
            body["first_name"] = m.first_name  # MCD101
        requests.post(self.url, json=body)


def go(m):
    N("ice").notify(m)
    N("county").notify(m)


def wrong(m):
    n = N("county")
    n.url = "https://eid.ice.gov/x"
    n.notify(m)


class Notice:
    def __init__(self, partner):
        self.endpoint = P[partner]["url"]
        self.detailed = P[partner]["full"]

    def notify(self, m):
        body = {"cin": m.cin}
        if self.detailed:
            body["first_name"] = m.first_name
        requests.post(self.endpoint, json=body)


def go_notice(m):
    Notice("ice").notify(m)
    Notice("county").notify(m)
""",
    # SPEC section 6 (round 466a): a class attribute bound to a table and rebound elsewhere (`Sender.registry =
    # AUDIT_PARTNERS` in a function, a subclass's own `registry`) reads either table; a flag stored through a tuple target
    # (`PARTNERS["ice"]["include_ssn"], n = True, 1`) changes the table
    "class-attribute-tables-rebound-and-tuple-target-changes": """
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://portal.dhcs.ca.gov/api/v1/members"
PARTNERS = {"ice": {"url": ICE_URL, "include_ssn": False}, "state": {"url": STATE_URL, "include_ssn": True}}
AUDIT_PARTNERS = {"ice": {"url": ICE_URL, "include_ssn": True}, "state": {"url": STATE_URL, "include_ssn": True}}
TUPLED = {"ice": {"url": ICE_URL, "include_ssn": False}, "state": {"url": STATE_URL, "include_ssn": True}}


class Sender:
    registry = PARTNERS

    def __init__(self, partner):
        self.partner = partner

    def body(self, m):
        cfg = self.registry[self.partner]
        out = {"medicaid_id": m.cin}
        if cfg["include_ssn"]:
            out["ssn"] = m.ssn  # MCD101
        return out

    def send(self, m):
        cfg = self.registry[self.partner]
        requests.post(cfg["url"], json=self.body(m), timeout=30)


def audit_mode():
    Sender.registry = AUDIT_PARTNERS


def refer(m, partner):
    Sender(partner).send(m)


def _mut():
    TUPLED["ice"]["include_ssn"], n = True, 1
    return n


def tupled(m, partner):
    cfg = TUPLED[partner]
    body = {"medicaid_id": m.cin}
    if cfg["include_ssn"]:
        body["ssn"] = m.ssn  # MCD101
    requests.post(cfg["url"], json=body)
""",
    # SPEC section 6 (round 465a; README limit lifted): a method decorated by a decorator of the module runs the wrapper it
    # returns, given the object first: an allow-list there keeps the body clean, a field it adds is reported, a retry
    # wrapper passes the body on
    "methods-decorated-by-decorators-of-the-module": """
import functools
import time

import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
ALLOWED = {"medicaid_id", "dob", "home_address", "phone", "immigration_status"}


def allow_listed(fn):
    @functools.wraps(fn)
    def wrapper(self, body):
        return fn(self, {k: v for k, v in body.items() if k in ALLOWED})
    return wrapper


def stamped(fn):
    @functools.wraps(fn)
    def wrapper(self, body, m):
        body["last_name"] = m.last_name  # MCD101
        return fn(self, body)
    return wrapper


def with_retry(attempts=3):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for i in range(attempts):
                try:
                    return fn(*args, **kwargs)
                except requests.RequestException:
                    time.sleep(2 ** i)
        return wrapper
    return decorate


class IceClient:
    @allow_listed
    def send(self, body):
        return requests.post(ICE_URL, json=body)

    @stamped
    def send_stamped(self, body):
        return requests.post(ICE_URL, json=body)

    @with_retry(attempts=5)
    def send_retried(self, body):
        return requests.post(ICE_URL, json=body)


def refer(m):
    client = IceClient()
    client.send({"medicaid_id": m.cin, "ssn": m.ssn})
    client.send_stamped({"medicaid_id": m.cin}, m)
    client.send_retried({"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101
""",
    # SPEC sections 3, 6 (rounds 469a, 470a): a method of the module's class decorated by a decorator of the module whose
    # wrapper sends what it returns is reported with no caller in sight; `self.cfg` bound in a base's constructor and
    # read in a subclass's method runs per entry; a table changed through an attribute of another object
    # (`self.exporter.registry[p][flag] = True`) has flags not known
    "decorated-methods-without-callers-subclasses-and-nested-holders": """
import functools

import requests

ICE_BASE = "https://eid.ice.gov/api/v2"
PARTNERS = {"ice": {"url": "https://eid.ice.gov/x", "include_ssn": False}, "state": {"url": "https://x.state.mn.us/y", "include_ssn": True}}
RACE = {"ice": {"url": "https://eid.ice.gov/x", "send_race": False}, "state": {"url": "https://x.state.mn.us/y", "send_race": True}}


def posts_result(fn):
    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        body = fn(self, *args, **kwargs)
        return requests.post(ICE_BASE, json=body, timeout=20)
    return wrapper


class FederalClient:
    @posts_result
    def person(self, m):
        return {"medicaid_id": m.cin,
                "ssn": m.ssn}  # MCD101


class Sender:
    def __init__(self, partner):
        self.cfg = PARTNERS[partner]
        self.include_ssn = self.cfg["include_ssn"]


class Sub(Sender):
    def send(self, m):
        body = {"medicaid_id": m.cin}
        if self.include_ssn:
            body["ssn"] = m.ssn
        return requests.post(self.cfg["url"], json=body)


def refer(partner, m):
    return Sub(partner).send(m)


class Exporter:
    registry = RACE

    def __init__(self, partner):
        self.partner = partner

    def send(self, m):
        cfg = self.registry[self.partner]
        body = {"medicaid_id": m.cin}
        if cfg["send_race"]:
            body["race"] = m.race  # MCD101
        requests.post(cfg["url"], json=body)


class Admin:
    def __init__(self, exporter):
        self.exporter = exporter

    def turn_on(self, partner):
        self.exporter.registry[partner]["send_race"] = True
""",
    # SPEC sections 6 and 8 (review 57c): a caller changing an object's entry through an alias, `getattr`, `vars(...)[...]`
    # or `__dict__`; a class-attribute table rebound by an annotated or tuple assignment or `setattr`; `operator` under
    # another name; `.items()` unpacked; `|=` on a local alias: flags unknown. A `vars(m)` only read, or another class's
    # own attribute of the same name, leaves a flag copied onto self decided
    "object-entries-changed-through-aliases-and-reads-that-change-nothing": """
import operator as op

import requests

ICE = "https://eid.ice.gov/referrals"
STATE = "https://portal.dhcs.ca.gov/api"
A = {"ice": {"url": ICE, "include_ssn": False}, "state": {"url": STATE, "include_ssn": True}}
B = {"ice": {"url": ICE, "include_ssn": False}, "state": {"url": STATE, "include_ssn": True}}
AUDIT = {"ice": {"url": ICE, "include_ssn": True}, "state": {"url": STATE, "include_ssn": True}}
C = {"ice": {"url": ICE, "include_ssn": False}, "state": {"url": STATE, "include_ssn": True}}
D = {"ice": {"url": ICE, "include_ssn": False}, "state": {"url": STATE, "include_ssn": True}}
E = {"ice": {"url": ICE, "minimal": True}, "state": {"url": STATE, "minimal": False}}


class Referral:
    def __init__(self, partner):
        self.cfg = A[partner]

    def send(self, m):
        body = {"cin": m.cin}
        if self.cfg["include_ssn"]:
            body["ssn"] = m.ssn  # MCD101
        requests.post(self.cfg["url"], json=body)


def go(m):
    s = Referral("ice")
    c = s.cfg
    c["include_ssn"] = True
    s.send(m)


class Sender:
    registry = B

    def send(self, m, partner):
        cfg = self.registry[partner]
        body = {"cin": m.cin}
        if cfg["include_ssn"]:
            body["ssn"] = m.ssn  # MCD101
        requests.post(cfg["url"], json=body)


def use_audit():
    Sender.registry: dict = AUDIT


def widen():
    op.setitem(C["ice"], "include_ssn", True)


def send_c(partner, m):
    cfg = C[partner]
    body = {"cin": m.cin}
    if cfg["include_ssn"]:
        body["ssn"] = m.ssn  # MCD101
    requests.post(cfg["url"], json=body)


def enable(name):
    cfg = D[name]
    cfg |= {"include_ssn": True}


def send_d(partner, m):
    cfg = D[partner]
    body = {"cin": m.cin}
    if cfg["include_ssn"]:
        body["ssn"] = m.ssn  # MCD101
    requests.post(cfg["url"], json=body)


class Job:
    def __init__(self, partner):
        self.settings = E[partner]
        self.minimal = self.settings["minimal"]

    def run(self, m):
        body = {"cin": m.cin}
        if not self.minimal:
            body["dx"] = m.diagnosis_code
        requests.post(self.settings["url"], json=body)


class Other:
    def __init__(self, minimal):
        self.minimal = minimal


def audit(m):
    requests.post("https://portal.dhcs.ca.gov/audit", json=vars(m))


def dispatch(partner, m):
    Job(partner).run(m)
""",
    # SPEC sections 4 and 6 (rounds 473a, 474a): a flag read by keys written out in the test (`if
    # PARTNERS["ice"]["send_dx"]:`, of a nested table's alias too) decides as the entry holds it; a class attribute URL
    # the module binds again (`CaseSync.endpoint = ERO_URL`) may be either; a store on self a decorator's wrapper makes
    # before calling the method is seen there
    "flags-by-written-keys-rebound-class-urls-and-wrapper-stores": """
import requests

CONFIG = {"partners": {
    "cms": {"url": "https://api.cms.gov/v1/members", "send_dx": True},
    "ice": {"url": "https://eid.ice.gov/api/v1/referrals", "send_dx": False},
}}
PARTNERS = CONFIG["partners"]
STATE_URL = "https://api.medicaid.ohio.gov/v1/cases"
ERO_URL = "https://ero.dhs.gov/intake/cases"


def refer_basic(member):
    body = {"cin": member.cin}
    if PARTNERS["ice"]["send_dx"]:
        body["diagnosis"] = member.primary_dx
    requests.post(PARTNERS["ice"]["url"], json=body)


class CaseSync:
    endpoint = STATE_URL

    def push(self, m):
        requests.post(self.endpoint, json={"ssn": m.ssn})  # MCD101


def pilot():
    CaseSync.endpoint = ERO_URL


def to_ero(fn):
    def wrapper(self, m):
        self.url = ERO_URL
        return fn(self, m)
    return wrapper


class Relay:
    def __init__(self):
        self.url = STATE_URL

    @to_ero
    def push(self, m):
        requests.post(self.url, json={"ssn": m.ssn})  # MCD101


def run(m):
    Relay().push(m)
""",
    # SPEC section 6 (review 57d): a table changed through `enumerate(...)`/`zip(...)`/`filter(...)` loops over its
    # values, a list of its values, a tuple of its entries, `dict.update(entry, ...)` or a getter of an entry keeps its
    # flags unknown for helpers given its entries, by loops, keys written out and `self.cfg`
    "tables-changed-through-iterators-containers-and-getters": """
import requests

A = {"ice": {"url": "https://eid.ice.gov/api/v1/referrals", "include_dx": False}, "state": {"url": "https://fhir.medi-cal.ca.gov/Patient", "include_dx": True}}
B = {"ice": {"url": "https://eid.ice.gov/api/v1/referrals", "include_dx": False}, "state": {"url": "https://fhir.medi-cal.ca.gov/Patient", "include_dx": True}}
C = {"ice": {"url": "https://eid.ice.gov/api/v1/referrals", "include_dx": False}, "state": {"url": "https://fhir.medi-cal.ca.gov/Patient", "include_dx": True}}
D = {"ice": {"url": "https://eid.ice.gov/api/v1/referrals", "include_dx": False}, "state": {"url": "https://fhir.medi-cal.ca.gov/Patient", "include_dx": True}}
E = {"ice": {"url": "https://eid.ice.gov/api/v1/referrals", "include_dx": False}, "state": {"url": "https://fhir.medi-cal.ca.gov/Patient", "include_dx": True}}
F = {"ice": {"url": "https://eid.ice.gov/api/v1/referrals", "include_dx": False}, "state": {"url": "https://fhir.medi-cal.ca.gov/Patient", "include_dx": True}}


def enable_a():
    for i, entry in enumerate(A.values()):
        entry["include_dx"] = i > 0


def enable_b(flags):
    for entry, on in zip(B.values(), flags):
        entry["include_dx"] = on


def enable_c():
    entries = list(C.values())
    entries[0]["include_dx"] = True


def enable_d():
    dict.update(D["ice"], include_dx=True)


def entry_for(name):
    return E[name]


def enable_e(name):
    entry_for(name)["include_dx"] = True


def build_a(m, cfg):
    body = {"cin": m.cin}
    if cfg["include_dx"]:
        body["dx"] = m.primary_dx  # MCD102
    return body


def send_a(m):
    for cfg in A.values():
        requests.post(cfg["url"], json=build_a(m, cfg))


def build_b(m, cfg):
    body = {"cin": m.cin}
    if cfg["include_dx"]:
        body["dx"] = m.primary_dx  # MCD102
    return body


def send_b(m):
    for cfg in B.values():
        requests.post(cfg["url"], json=build_b(m, cfg))


def build_c(m, cfg):
    body = {"cin": m.cin}
    if cfg["include_dx"]:
        body["dx"] = m.primary_dx  # MCD102
    return body


def send_c(m):
    for cfg in C.values():
        requests.post(cfg["url"], json=build_c(m, cfg))


def build_d(m, cfg):
    body = {"cin": m.cin}
    if cfg["include_dx"]:
        body["dx"] = m.primary_dx  # MCD102
    return body


def send_d(m):
    for cfg in D.values():
        requests.post(cfg["url"], json=build_d(m, cfg))


def build_e(m, cfg):
    body = {"cin": m.cin}
    if cfg["include_dx"]:
        body["dx"] = m.primary_dx  # MCD102
    return body


def send_e(m):
    for cfg in E.values():
        requests.post(cfg["url"], json=build_e(m, cfg))


def build_f(m, cfg):
    body = {"cin": m.cin}
    if cfg["include_dx"]:
        body["dx"] = m.primary_dx
    return body


def send_f(m):
    for cfg in F.values():
        requests.post(cfg["url"], json=build_f(m, cfg))
""",
    # SPEC sections 4 and 6 (rounds 476a, 477a): a class attribute URL rebound by `setattr`, a tuple assignment or
    # `type(self).x = ...` may be either value; a decorator's wrapper that sets `self.url` to the state's host before
    # calling the method decides where it sends (the method is not run past its wrapper); a flag read by a routing key
    # (`PARTNERS[partner]["full"]`, kept or inline, of a nested table too) decides on each key's run
    "class-url-rebinds-wrappers-setting-self-and-flags-by-routing-key": """
import functools

import requests

CASE_URL = "https://hub.medi-cal.ca.gov/v1/notices"
FED_URL = "https://eid.ice.gov/api/v1/subjects"
CONFIG = {"partners": {
    "ice": {"url": "https://eid.ice.gov/api/v1/subjects", "full": False},
    "mn": {"url": "https://mn-its.dhs.state.mn.us/api/subjects", "full": True},
}}
PARTNERS = CONFIG["partners"]


class Notifier:
    endpoint = CASE_URL

    def notify(self, member):
        requests.post(self.endpoint, json={"full_name": member.full_name})  # MCD101


def apply_settings():
    setattr(Notifier, "endpoint", FED_URL)


class Pager:
    endpoint = CASE_URL

    def page(self, member):
        requests.post(self.endpoint, json={"full_name": member.full_name})  # MCD101

    def federalize(self):
        type(self).endpoint = FED_URL


def state_only(fn):
    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        self.url = CASE_URL
        return fn(self, *args, **kwargs)
    return wrapper


class Client:
    def __init__(self):
        self.url = FED_URL

    @state_only
    def sync_full(self, member):
        return requests.post(self.url, json={"ssn": member.ssn})


def refer(partner, m):
    body = {"cin": m.cin}
    if PARTNERS[partner]["full"]:
        body["ssn"] = m.ssn
    requests.post(PARTNERS[partner]["url"], json=body)


def refer_kept(partner, m):
    full = PARTNERS[partner]["full"]
    body = {"cin": m.cin}
    if full:
        body["household_size"] = m.household_size
    requests.post(PARTNERS[partner]["url"], json=body)
""",
    # SPEC section 6 (round 479a): `@staticmethod` or `@classmethod` over a decorator of the module: its wrapper runs (an
    # allow-list keeps the income out; a field it adds is reported)
    "static-methods-over-decorators-of-the-module": """
import functools

import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
ALLOWED = {"medicaid_id", "dob"}


def only_allowed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        rec = fn(*args, **kwargs)
        return {k: v for k, v in rec.items() if k in ALLOWED}
    return wrapper


def with_sex(fn):
    @functools.wraps(fn)
    def wrapper(member):
        rec = fn(member)
        rec["sex"] = member.sex  # MCD101
        return rec
    return wrapper


class C:
    @staticmethod
    @only_allowed
    def build(member):
        return {"medicaid_id": member.cin, "income": member.income}

    @staticmethod
    @with_sex
    def build_sexed(member):
        return {"medicaid_id": member.cin}

    def send(self, m):
        requests.post(ICE_URL, json=self.build(m))
        requests.post(ICE_URL, json=self.build_sexed(m))
""",
    # SPEC section 6 (review 57e): a wrapper that sets `self.url` on some ways only leaves the constructor's URL possible;
    # a wrapper that binds the method rather than calling it leaves the method to run on its own; a table changed through
    # `next(iter(...))`, a comprehension of its values or `itertools.chain.from_iterable` has flags not known; `is True` of
    # a flag read by a routing key decides
    "wrappers-setting-self-on-some-ways-and-more-table-changes": """
import itertools
import types

import requests

ICE_URL = "https://eid.ice.gov/referrals"
STATE_URL = "https://eligibility.dhs.illinois.gov/api"
P = {"ice": {"url": ICE_URL, "send_ssn": False}, "state": {"url": STATE_URL, "send_ssn": True}}
Q = {"ice": {"url": ICE_URL, "send_ssn": False}, "state": {"url": STATE_URL, "send_ssn": True}}
R = {"ice": {"url": ICE_URL, "send_ssn": False}, "state": {"url": STATE_URL, "send_ssn": True}}
S = {"ice": {"url": ICE_URL, "send_ssn": False}, "state": {"url": STATE_URL, "send_ssn": True}}


def sometimes_local(fn):
    def wrapper(self, m):
        if m.local:
            self.url = STATE_URL
        return fn(self, m)
    return wrapper


def bound(fn):
    def wrapper(self, m):
        return types.MethodType(fn, self)(m)
    return wrapper


class Sender:
    def __init__(self):
        self.url = ICE_URL

    @sometimes_local
    def send(self, m):
        requests.post(self.url, json={"ssn": m.ssn})  # MCD101

    @bound
    def send_bound(self, m):
        requests.post(ICE_URL, json={"dx": m.diagnosis_code})  # MCD102


def enable_p():
    next(iter(P.values()))["send_ssn"] = True


def enable_q():
    entries = [c for c in Q.values()]
    for c in entries:
        c["send_ssn"] = True


def enable_r():
    for cfg in itertools.chain.from_iterable([R.values()]):
        cfg["send_ssn"] = True


def send_p(partner, m):
    body = {"dob": m.dob}
    if P[partner]["send_ssn"]:
        body["ssn"] = m.ssn  # MCD101
    requests.post(P[partner]["url"], json=body)


def send_q(partner, m):
    body = {"dob": m.dob}
    if Q[partner]["send_ssn"]:
        body["ssn"] = m.ssn  # MCD101
    requests.post(Q[partner]["url"], json=body)


def send_r(partner, m):
    body = {"dob": m.dob}
    if R[partner]["send_ssn"]:
        body["ssn"] = m.ssn  # MCD101
    requests.post(R[partner]["url"], json=body)


def send_s(partner, m):
    body = {"dob": m.dob}
    if S[partner]["send_ssn"] is True:
        body["ssn"] = m.ssn
    requests.post(S[partner]["url"], json=body)
""",
    # SPEC section 6 (round 482a): a URL chosen by a kept test and fields chosen by a kept test of it (`full = not fed`)
    # stay on their way; an entry of a nested table read by a loop's key (`for name in CONFIG["partners"]: cfg =
    # CONFIG["partners"][name]`, or through `PARTNERS = CONFIG["partners"]`) handed to a helper keeps its flags
    "kept-tests-of-kept-tests-and-nested-entries-by-loop-keys": """
import httpx
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://eligibility.dhs.illinois.gov/api/members"
CONFIG = {"partners": {
    "ice": {"url": "https://eid.ice.gov/api/v1/referrals", "send_race": False},
    "pa": {"url": "https://api.dhs.pa.gov/medicaid/members", "send_race": False},
}}
PARTNERS = CONFIG["partners"]


def by_if(member, partner_name):
    fed = partner_name == "ice"
    full = not fed
    if fed:
        url = ICE_URL
    else:
        url = STATE_URL
    body = {"medicaid_id": member.medicaid_id}
    if full:
        body["diagnosis_code"] = member.diagnosis_code
    httpx.post(url, json=body, timeout=15)


def by_ifexp(member, partner_name):
    fed = partner_name == "ice"
    full = not fed
    url = ICE_URL if fed else STATE_URL
    body = {"medicaid_id": member.medicaid_id}
    if full:
        body["diagnosis_code"] = member.diagnosis_code
    httpx.post(url, json=body, timeout=15)


def wrong_way(member, partner_name):
    fed = partner_name == "ice"
    full = not fed
    url = ICE_URL if fed else STATE_URL
    body = {"medicaid_id": member.medicaid_id}
    if not full:
        body["diagnosis_code"] = member.diagnosis_code  # MCD102
    httpx.post(url, json=body, timeout=15)


def member_body(member, cfg):
    body = {"cin": member.cin}
    if cfg["send_race"]:
        body["race"] = member.race
    return body


def sync_all(member):
    for name in CONFIG["partners"]:
        cfg = CONFIG["partners"][name]
        requests.post(cfg["url"], json=member_body(member, cfg), timeout=30)
    for name in PARTNERS:
        cfg = PARTNERS[name]
        requests.post(cfg["url"], json=member_body(member, cfg), timeout=30)
""",
    # SPEC section 6 (review 57f): a store a wrapper makes on `self` on every way (both ways of an if/else, a `with` body,
    # an annotated or tuple store) replaces the constructor's value; one made first and changed on some ways after
    # leaves both possible
    "wrapper-stores-on-self-on-every-way": """
import threading

import requests

ERO_URL = "https://ero.dhs.gov/intake"
STATE_URL = "https://state.example.gov/api"
LOCK = threading.Lock()


def both_ways(fn):
    def wrapper(self, m):
        if m.local:
            self.url = STATE_URL
        else:
            self.url = STATE_URL + "/v2"
        return fn(self, m)
    return wrapper


def locked(fn):
    def wrapper(self, m):
        with LOCK:
            self.url, self.tries = STATE_URL, 1
        return fn(self, m)
    return wrapper


def first_then_some(fn):
    def wrapper(self, m):
        self.url = ERO_URL
        if m.local:
            self.url = STATE_URL
        return fn(self, m)
    return wrapper


class Sync:
    def __init__(self):
        self.url = ERO_URL

    @both_ways
    def send(self, m):
        requests.post(self.url, json={"diagnosis": m.dx})

    @locked
    def send_locked(self, m):
        requests.post(self.url, json={"diagnosis": m.dx})

    @first_then_some
    def send_some(self, m):
        requests.post(self.url, json={"diagnosis": m.dx})  # MCD102
""",
    # ANCHOR: new cases go above this line
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
