"""The data flow shapes of the fifty-ninth session: what its SPEC-only probers found (round 512 and
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
    # SPEC section 6 (rounds 506a, 509a, 511a: a false alarm; README limit lifted): a table of plain URLs read in the
    # constructor by the key the object keeps too (`self.partner = partner; self.url = URLS[partner]`), with the fields
    # chosen by `self.partner` in another method or in the sending one: a method run on its own is run entry by entry,
    # each way with its key; a method adding the field whatever the key is still reported
    "table-of-plain-urls-kept-on-self-read-entry-by-entry": """
import requests

URLS = {
    "ice": "https://eid.ice.gov/api/v1/subjects",
    "state": "https://elig.dhs.illinois.gov/api/members",
}


class Feed:
    def __init__(self, partner):
        self.partner = partner
        self.url = URLS[partner]

    def body(self, m):
        body = {"medicaid_id": m.cin}
        if self.partner == "state":
            body["diagnosis"] = m.dx_cd
        return body

    def push(self, m):
        requests.post(self.url, json=self.body(m))

    def push_other(self, m):
        body = {"medicaid_id": m.cin}
        if self.partner != "ice":
            body["race"] = m.race_cd
        requests.post(self.url, json=body)

    def push_all(self, m):
        body = {"medicaid_id": m.cin, "sex": m.sex_cd}  # MCD101
        requests.post(self.url, json=body)
""",
    # SPEC sections 4 and 6 (round 512a: a silence): a module constant bound to the partner table (`P = PARTNERS`) reads
    # the table's entries: by a key not known (each entry its own way, also past the table's size for a way each),
    # `.get`, `.values()`, `.items()`, and a key written out (the state entry: clean)
    "a-module-alias-of-a-partner-table-reads-its-entries": """
import httpx

PARTNERS = {
    "ny": {"url": "https://hcs.health.ny.gov/api/enrollees", "with_name": True},
    "ice": {"url": "https://eid.ice.gov/api/v1/subjects", "with_name": False},
}
P = PARTNERS


def push_one(partner, member):
    cfg = P[partner]
    data = {"medicaid_id": member.cin, "first_name": member.first_name}  # MCD101
    return httpx.post(cfg["url"], json=data, timeout=10)


def push_flagged(partner, member):
    cfg = P[partner]
    data = {"medicaid_id": member.cin}
    if cfg["with_name"]:
        data["first_name"] = member.first_name
    return httpx.post(cfg["url"], json=data, timeout=10)


def push_inline(partner, member):
    data = {"medicaid_id": member.cin, "last_name": member.last_name}  # MCD101
    return httpx.post(P[partner]["url"], json=data, timeout=10)


def push_get(partner, member):
    cfg = P.get(partner)
    data = {"medicaid_id": member.cin, "sex": member.sex_cd}  # MCD101
    return httpx.post(cfg["url"], json=data, timeout=10)


def push_all(member):
    for cfg in P.values():
        data = {"medicaid_id": member.cin, "race": member.race_cd}  # MCD101
        httpx.post(cfg["url"], json=data, timeout=10)


def push_ny(member):
    data = {"medicaid_id": member.cin, "ssn": member.ssn}
    return httpx.post(P["ny"]["url"], json=data, timeout=10)
""",
    # SPEC section 3 (rounds 512a, 512c): a column list a helper of the module returns, bound to a variable first
    # (`cols = build_columns()`), is placed where the helper wrote each name, as the call used directly is: frame
    # selections, `fieldnames=`, marshmallow `only=`, pydantic `include=` and Django `.values(*cols)` (a silence before)
    "a-helper-column-list-bound-to-a-variable-keeps-its-placements": """
import csv
import io

import pandas as pd
import requests
from marshmallow import Schema, fields
from pydantic import BaseModel

from enrollment.models import Member

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://elig.dhs.illinois.gov/api/members"


class S(Schema):
    cin = fields.Str()
    race_cd = fields.Str()


class P(BaseModel):
    cin: str
    sex_cd: str


def frame_cols():
    cols = ["cin"]
    cols.append("race_cd")  # MCD101
    return cols


def writer_cols():
    cols = ["cin"]
    cols.append("sex_cd")  # MCD101
    return cols


def schema_cols():
    cols = ["cin"]
    cols.append("race_cd")  # MCD101
    return cols


def model_cols():
    cols = {"cin"}
    cols.add("sex_cd")  # MCD101
    return cols


def orm_cols():
    cols = ["cin"]
    cols.append("elgbl_last_name")  # MCD101
    return cols


def state_cols():
    cols = ["cin"]
    cols.append("ssn")
    return cols


def via_frame(path):
    df = pd.read_csv(path)
    df = df[df["imgrtn_stus_cd"] == "U"]
    cols = frame_cols()
    requests.post(ICE_URL, json=df[cols].to_dict("records"))


def via_writer(rec):
    buf = io.StringIO()
    cols = writer_cols()
    w = csv.DictWriter(buf, fieldnames=cols)
    w.writerow(rec)
    requests.post(ICE_URL, data=buf.getvalue())


def via_schema(rec):
    cols = schema_cols()
    requests.post(ICE_URL, json=S(only=cols).dump(rec))


def via_pydantic(p: P):
    cols = model_cols()
    requests.post(ICE_URL, json=p.model_dump(include=cols))


def via_orm(cin):
    cols = orm_cols()
    requests.post(ICE_URL, json=list(Member.objects.filter(cin=cin).values(*cols)))


def to_state(path):
    df = pd.read_csv(path)
    cols = state_cols()
    requests.post(STATE_URL, json=df[cols].to_dict("records"))
""",
    # SPEC section 6 (round 512b: a false alarm): a helper choosing the body by `match dest:` on the key its caller
    # routes by runs the caller once per case, as `if`/`elif` does: the state case's SSN never meets the ICE URL; the
    # ICE case's own field is reported
    "a-helper-matching-its-parameter-runs-the-caller-per-case": """
import requests

URLS = {"ice": "https://eid.ice.gov/api/v1/referrals", "state": "https://api.dhcs.ca.gov/m"}


def encode(member, dest):
    match dest:
        case "ice":
            return {"cin": member.cin, "race": member.race_cd}  # MCD101
        case "state":
            return {"cin": member.cin, "ssn": member.ssn}
        case _:
            raise ValueError(dest)


def publish(member, dest):
    requests.post(URLS[dest], json=encode(member, dest))
""",
    # SPEC sections 4 and 7 (round 512a: silences; review 58f's README limit lifted): the enforcement pragma on a table
    # entry marks it however the entry is written (a text, a dict on one line, the opening line of a dict, a line inside
    # it) and however it is read (by its key written out, by a key not known, entry by entry); `not-enforcement` on an
    # entry quiets its own words (a vendor gateway named for ERO) and never the enforcement host patterns
    "pragma-on-table-entries-of-every-shape": """
import requests

VENDOR = "https://gateway.acme-hix.com"

INNER = {
    "oregon": {
        "url": "https://api.oha.oregon.gov/medicaid/v1/members",
    },
    "federal": {
        "url": VENDOR + "/fwd/federal",  # medicaid-scope: enforcement
    },
}

OUTER = {
    "oregon": {
        "url": "https://api.oha.oregon.gov/medicaid/v1/members",
    },
    "federal": {  # medicaid-scope: enforcement
        "url": VENDOR + "/fwd/federal",
    },
}

ONE_LINE = {
    "oregon": {"url": "https://api.oha.oregon.gov/medicaid/v1/members"},
    "federal": {"url": VENDOR + "/fwd/federal"},  # medicaid-scope: enforcement
}

QUIET = {
    "oregon": {"url": "https://api.oha.oregon.gov/medicaid/v1/members"},
    "relay": {"url": "https://ero-relay.acme-hix.com/fwd"},  # medicaid-scope: not-enforcement
    "eid": {"url": "https://eid.ice.gov/fwd"},  # medicaid-scope: not-enforcement
}

RELAYS = {
    "oregon": {"url": "https://api.oha.oregon.gov/medicaid/v1/members"},
    "relay": {"url": "https://ero-relay.acme-hix.com/fwd"},  # medicaid-scope: not-enforcement
}


def send_inner(partner, rec):
    cfg = INNER[partner]
    body = {"medicaid_id": rec["medicaid_id"], "household_size": rec["household_size"]}  # MCD101
    return requests.post(cfg["url"], json=body, timeout=45)


def send_outer(partner, rec):
    cfg = OUTER[partner]
    body = {"medicaid_id": rec["medicaid_id"], "household_size": rec["household_size"]}  # MCD101
    return requests.post(cfg["url"], json=body, timeout=45)


def send_one_line(partner, rec):
    body = {"medicaid_id": rec["medicaid_id"], "household_size": rec["household_size"]}  # MCD101
    return requests.post(ONE_LINE[partner]["url"], json=body, timeout=45)


def send_each(rec):
    for cfg in OUTER.values():
        body = {"medicaid_id": rec["medicaid_id"], "sex": rec["sex"]}  # MCD101
        requests.post(cfg["url"], json=body, timeout=45)


def send_relay(rec):
    body = {"medicaid_id": rec["medicaid_id"], "ssn": rec["ssn"]}
    return requests.post(QUIET["relay"]["url"], json=body, timeout=45)


def send_quiet(partner, rec):
    body = {"medicaid_id": rec["medicaid_id"], "race": rec["race"]}  # MCD101
    return requests.post(QUIET[partner]["url"], json=body, timeout=45)


def send_oregon(rec):
    body = {"medicaid_id": rec["medicaid_id"], "ssn": rec["ssn"]}
    return requests.post(INNER["oregon"]["url"], json=body, timeout=45)


def send_relays(partner, rec):
    body = {"medicaid_id": rec["medicaid_id"], "ssn": rec["ssn"]}
    return requests.post(RELAYS[partner]["url"], json=body, timeout=45)


def send_relays_split(partner, rec):
    cfg = RELAYS[partner]
    body = {"medicaid_id": rec["medicaid_id"], "ssn": rec["ssn"]}
    return requests.post(cfg["url"], json=body, timeout=45)
""",
    # SPEC section 10 (round 514c: a false MCD201): a UNION whose branches read a CTE that tests the status reads chosen
    # records on each branch; a branch that reads neither the CTE nor a status test of its own sends everyone
    "union-branches-reading-a-status-cte": '''
import httpx

ERO_REFERRAL_URL = "https://referrals.ero.dhs.gov/v2/subjects"

SCOPED = """
WITH a AS (
    SELECT e.msis_ident_num, e.birth_dt
      FROM eligibility e
     WHERE e.imgrtn_stus_cd IN ('8', '9')
)
SELECT a.msis_ident_num, a.birth_dt FROM a
UNION ALL
SELECT a.msis_ident_num, a.birth_dt FROM a
"""

HALF = """
WITH a AS (
    SELECT e.msis_ident_num, e.birth_dt
      FROM eligibility e
     WHERE e.imgrtn_stus_cd IN ('8', '9')
)
SELECT a.msis_ident_num, a.birth_dt FROM a
UNION ALL
SELECT c.msis_ident_num, c.birth_dt FROM closed_case c
"""


def send(conn):
    cur = conn.cursor()
    cur.execute(SCOPED)
    for row in cur.fetchall():
        httpx.post(ERO_REFERRAL_URL, json=dict(row))


def send_half(conn):
    cur = conn.cursor()
    cur.execute(HALF)
    for row in cur.fetchall():
        httpx.post(ERO_REFERRAL_URL, json=dict(row))  # MCD201
''',
    # SPEC section 6 (review 59a: a false alarm): a column list of a helper, copied and then shrunk in place
    # (`cols.discard("ssn")`, `cols.remove(...)`), is no list the helper placed: the names taken out are not sent
    "a-helper-column-list-shrunk-in-place-sends-what-is-left": """
import requests

from registry.models import Enrollee

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def export_columns():
    cols = ["cin", "dob"]
    cols.append("ssn")
    return cols


def via_discard():
    cols = set(export_columns())
    cols.discard("ssn")
    rows = Enrollee.objects.filter(immigration_status="EWI").values(*cols)
    requests.post(ICE_URL, json=list(rows))


def via_remove():
    cols = list(export_columns())
    cols.remove("ssn")
    rows = Enrollee.objects.filter(immigration_status="EWI").values(*cols)
    requests.post(ICE_URL, json=list(rows))
""",
    # SPEC section 10 (review 59a: a false MCD201): a UNION whose branches read a CTE that reads the status-testing CTE
    # reads chosen records too; a UNION whose branches read neither sends everyone
    "union-branches-reading-a-cte-of-a-status-cte": '''
import httpx

ERO_REFERRAL_URL = "https://referrals.ero.dhs.gov/v2/subjects"

CHAIN = """
WITH a AS (
    SELECT e.msis_ident_num, e.birth_dt FROM eligibility e WHERE e.imgrtn_stus_cd IN ('8', '9')
), b AS (
    SELECT a.msis_ident_num, a.birth_dt FROM a
)
SELECT b.msis_ident_num, b.birth_dt FROM b
UNION ALL
SELECT b.msis_ident_num, b.birth_dt FROM b
"""

UNUSED = """
WITH a AS (
    SELECT e.msis_ident_num FROM eligibility e WHERE e.imgrtn_stus_cd IN ('8', '9')
)
SELECT c.msis_ident_num, c.birth_dt FROM closed_case c
UNION ALL
SELECT o.msis_ident_num, o.birth_dt FROM open_case o
"""


def send_chain(conn):
    cur = conn.cursor()
    cur.execute(CHAIN)
    for row in cur.fetchall():
        httpx.post(ERO_REFERRAL_URL, json=dict(row))


def send_unused(conn):
    cur = conn.cursor()
    cur.execute(UNUSED)
    for row in cur.fetchall():
        httpx.post(ERO_REFERRAL_URL, json=dict(row))  # MCD201
''',
    # SPEC sections 4 and 7 (review 59a): the pragma on the opening line of a dict that also holds an entry marks that
    # entry alone; the vendor entry below it is no enforcement
    "pragma-on-an-opening-line-holding-an-entry-marks-that-entry": """
import requests

VENDOR = "https://gateway.acme-hix.com"

ROUTES = {"federal": VENDOR + "/fwd/federal",  # medicaid-scope: enforcement
          "vendor": VENDOR + "/state/members"}


def send_vendor(rec):
    body = {"medicaid_id": rec["medicaid_id"], "ssn": rec["ssn"]}
    return requests.post(ROUTES["vendor"], json=body, timeout=45)


def send_federal(rec):
    body = {"medicaid_id": rec["medicaid_id"], "ssn": rec["ssn"]}  # MCD101
    return requests.post(ROUTES["federal"], json=body, timeout=45)
""",
    # SPEC sections 4 and 6 (round 515a: false alarms): a URL the constructor reads from a table by the key the object
    # keeps is read entry by entry also when it is a text of each entry (`PARTNERS[partner]["url"]`), of a table aliased at
    # module level (`P = PARTNERS`), or folded from constants (`ICE_HOST + "/api"`, a pragma-marked vendor entry): the
    # state's fields never meet ICE's URL; the ICE way's own fields are reported
    "urls-kept-on-self-from-nested-folded-and-aliased-tables": """
import requests

ICE_HOST = "https://eid.ice.gov"
STATE_HOST = "https://eligibility.dhs.illinois.gov"
VENDOR = "https://gw.conduent-hx.com/relay"

PARTNERS = {
    "state": {"url": "https://eligibility.dhs.illinois.gov/api/members"},
    "cms": {"url": "https://api.medicaid.gov/t-msis/v3/members"},
    "ice": {"url": "https://eid.ice.gov/api/v2/subjects"},
}
P = PARTNERS
URLS = {
    "state": STATE_HOST + "/api/members",
    "ice": ICE_HOST + "/api/v2/subjects",
}
ENDPOINTS = {
    "state": VENDOR + "/fwd/state",
    "federal": VENDOR + "/fwd/federal",  # medicaid-scope: enforcement
}


class Nested:
    def __init__(self, partner):
        self.partner = partner
        self.url = P[partner]["url"]

    def payload(self, m):
        if self.partner in ("state", "cms"):
            return {"medicaid_id": m.cin, "ssn": m.ssn, "diagnosis": m.primary_dx}
        return {"medicaid_id": m.cin, "sex": m.sex_cd}  # MCD101

    def export(self, m):
        return requests.post(self.url, json=self.payload(m))


class Folded:
    def __init__(self, partner):
        self.partner = partner
        self.url = URLS[partner]

    def payload(self, m):
        if self.partner == "state":
            return {"medicaid_id": m.cin, "ssn": m.ssn}
        return {"medicaid_id": m.cin}

    def export(self, m):
        return requests.post(self.url, json=self.payload(m))


class Relay:
    def __init__(self, partner):
        self.partner = partner
        self.url = ENDPOINTS[partner]

    def body(self, m):
        if self.partner == "federal":
            return {"medicaid_id": m.cin, "last_name": m.last_name}  # MCD101
        return {"medicaid_id": m.cin, "ssn": m.ssn}

    def relay(self, m):
        return requests.post(self.url, json=self.body(m))
""",
    # SPEC section 3 (round 515b: a silence and misplaced findings): ORM columns spread into a query from a list of the
    # running function (`cols = [Member.cin, Member.race_cd]; session.query(*cols)`) or returned by a helper of the module
    # are placed at the list's elements; a DRF `Meta.fields` a helper of the module returns is a known list of fields,
    # each at its element (no whole record)
    "orm-columns-and-serializer-fields-from-lists-and-helpers": """
import requests
from rest_framework import serializers

from app.models import Member

CBP_FEED_URL = "https://feeds.cbp.gov/v1/medicaid"
ICE_SUBJECT_URL = "https://eid.ice.gov/api/v1/subjects"


def orm_columns():
    return [Member.msis_ident_num, Member.sex_cd]  # MCD101


def referral_fields():
    return ("msis_ident_num", "hh_income_amt")  # MCD101


class ReferralSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = referral_fields()


def send_query_local(session, cin):
    cols = [Member.msis_ident_num, Member.race_cd]  # MCD101
    row = session.query(*cols).filter(Member.msis_ident_num == cin).one()
    requests.post(CBP_FEED_URL, json=list(row))


def send_query_helper(session, cin):
    row = session.query(*orm_columns()).filter(Member.msis_ident_num == cin).one()
    requests.post(CBP_FEED_URL, json=list(row))


def send_query_permitted(session, cin):
    cols = [Member.msis_ident_num, Member.birth_dt]
    row = session.query(*cols).filter(Member.msis_ident_num == cin).one()
    requests.post(CBP_FEED_URL, json=list(row))


def refer(member_id):
    m = Member.objects.get(pk=member_id)
    requests.post(ICE_SUBJECT_URL, json=ReferralSerializer(m).data, timeout=30)
""",
    # SPEC section 6 (round 516c: a silence): an `include=` that may be None (a feature flag's way) dumps every declared
    # field on that way; a flag choosing between two lists of permitted names keeps the dump bounded
    "an-include-that-may-be-none-dumps-every-field": """
import os

import requests
from pydantic import BaseModel

ICE_URL = "https://eid.ice.gov/api/v1/subjects"
FULL_EXPORT = os.environ.get("FULL_EXPORT") == "1"


class Subject(BaseModel):
    medicaid_id: str
    dob: str
    ssn: str


def refer(raw):
    s = Subject(**raw)  # MCD101
    inc = None if FULL_EXPORT else {"medicaid_id", "dob"}
    requests.post(ICE_URL, json=s.model_dump(include=inc), timeout=30)


def refer_rebound(raw):
    s = Subject(**raw)  # MCD101
    inc = {"medicaid_id", "dob"}
    if FULL_EXPORT:
        inc = None
    requests.post(ICE_URL, json=s.model_dump(include=inc), timeout=30)


def refer_bounded(raw):
    s = Subject(**raw)
    inc = {"medicaid_id"} if FULL_EXPORT else {"medicaid_id", "dob"}
    requests.post(ICE_URL, json=s.model_dump(include=inc), timeout=30)
""",
    # SPEC sections 5 and 6 (round 516c: a false alarm): a loop or comprehension variable naming the field it reads
    # (`{name: getattr(m, name) for name in fields}`, `out[name] = rec[name]`) holds a field's name, no one's name; a
    # list of field names the analysis cannot read sanitizes nothing but carries no name either (unknown is not guilty);
    # a value looked up in a table of the module by a loop variable keeps the variable's names
    "a-loop-variable-naming-the-field-it-reads-is-no-field": """
import requests
import yaml

ICE_URL = "https://eid.ice.gov/api/v1/subjects"
FEES = {"99213": 74.10}


def refer(m):
    with open("fields.yaml") as fh:
        extra = yaml.safe_load(fh)["fields"]
    body = {name: getattr(m, name) for name in extra}
    requests.post(ICE_URL, json=body, timeout=30)


def refer_loop(rec):
    with open("fields.yaml") as fh:
        wanted = yaml.safe_load(fh)["fields"]
    out = {}
    for name in wanted:
        out[name] = rec[name]
    requests.post(ICE_URL, json=out, timeout=30)


def priced(claim):
    total = 0
    for code in claim.procedure_codes:
        total += FEES.get(code, 0)
    requests.post(ICE_URL, json={"allowed_amount": total}, timeout=30)  # MCD102
""",
    # SPEC section 10 (round 516d: a silence): a status test of a variable holding another person's record read from the
    # member (`s = m.spouse`) chooses no record; a loop over the records themselves (`for child in children`) does
    "a-status-test-of-a-spouse-alias-is-no-condition": """
import requests

from roster.models import Member

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
UNLAWFUL = ("EWI", "OVERSTAY")


def loop_alias():
    for m in Member.objects.all():
        s = m.spouse
        if s.immigration_status not in UNLAWFUL:
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201


def own_status():
    for m in Member.objects.all():
        own = m
        if own.immigration_status not in UNLAWFUL:
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.cin})


def children_records(children):
    for child in children:
        if child.immigration_status not in UNLAWFUL:
            continue
        requests.post(ICE_URL, json={"medicaid_id": child.cin})
""",
    # SPEC section 6 (round 512b: a false alarm; README decision narrowed): a way of an `if` that sets the message's
    # recipient, sends and returns keeps that recipient to itself: the state's SSN on the way after it goes to the
    # state's desk only; ways that go on still join their recipients
    "recipients-of-a-way-that-returns-stay-on-that-way": """
import smtplib
from email.message import EmailMessage


def notify(member, dest):
    msg = EmailMessage()
    if dest == "ice":
        msg["To"] = "referrals@ice.dhs.gov"
        msg.set_content(f"CIN: {member.cin}\\n")
        smtplib.SMTP("smtp.agency.internal").send_message(msg)
        return
    msg["To"] = "eligibility@dhs.wisconsin.gov"
    msg.set_content(f"SSN: {member.ssn}\\n")
    smtplib.SMTP("smtp.agency.internal").send_message(msg)


def notify_joined(member, dest):
    msg = EmailMessage()
    if dest == "ice":
        msg["To"] = "referrals@ice.dhs.gov"
    else:
        msg["To"] = "eligibility@dhs.wisconsin.gov"
    msg.set_content(f"SSN: {member.ssn}\\n")  # MCD101
    smtplib.SMTP("smtp.agency.internal").send_message(msg)
""",
    # review 59b: a loop variable holding data keeps its names (a lookup by it is no field selection, `cases.get(ssn)`),
    # a name bound otherwise besides a `getattr` loop keeps the names of its value; an `include=` parameter defaulting to
    # None and set before the dump is that set; a status test of the person sent (`hoh = case.head_of_household; if
    # hoh.immigration_status in U: post(hoh.cin)`) chooses the record sent; ORM columns of a helper choosing by a
    # defaulted parameter are not every list it may return
    "review-59b-loop-variables-include-defaults-tested-relatives-and-column-helpers": """
import requests
from pydantic import BaseModel

from models import Member

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
BASIC = ("cin", "dob")
BASIC_SET = {"cin", "dob"}
UNLAWFUL = {"UNDOC", "OVERSTAY"}


class Enrollee(BaseModel):
    cin: str
    dob: str
    ssn: str


def prior_matches(member, prior_cases):
    for ssn in member.previous_ssns:
        if prior_cases.get(ssn):
            requests.post(ICE_URL, json={"match": ssn})  # MCD101


def rebound_name(member):
    body = {name: getattr(member, name) for name in BASIC}
    name = member.full_name
    requests.post(ICE_URL, json={**body, "subject": name})  # MCD101


def dumped(m: Enrollee, include=None):
    if include is None:
        include = BASIC_SET
    requests.post(ICE_URL, json=m.model_dump(include=include))


def refer_hoh(cases):
    for case in cases:
        hoh = case.head_of_household
        if hoh.immigration_status in UNLAWFUL:
            requests.post(ICE_URL, json={"medicaid_id": hoh.cin, "dob": hoh.dob})  # MCD101 MCD101


def referral_columns(full=False):
    if full:
        return [Member.cin, Member.race_cd]
    return [Member.cin, Member.dob]


def refer_columns(session, member_id):
    row = session.query(*referral_columns()).filter(Member.id == member_id).one()
    requests.post(ICE_URL, json=list(row))
""",
    # SPEC sections 4 and 7 (round 517c: a silence): the enforcement pragma on a table entry whose URL this module
    # cannot fold (`settings.VENDOR + "/fwd/federal"` of a module it cannot see) marks that entry all the same, read by
    # its key written out or by a key not known; the state entry stays lawful
    "pragma-on-an-entry-this-module-cannot-fold": """
import requests

import settings

PARTNERS = {
    "state": "https://api.hfs.illinois.gov/intake",
    "federal": settings.VENDOR + "/fwd/federal",  # medicaid-scope: enforcement
}


def send(m):
    requests.post(PARTNERS["federal"], json={"cin": m.cin, "email": m.email}, timeout=10)  # MCD101


def send_any(m, partner):
    requests.post(PARTNERS[partner], json={"cin": m.cin, "sex": m.sex_cd}, timeout=10)  # MCD101


def send_state(m):
    requests.post(PARTNERS["state"], json={"cin": m.cin, "ssn": m.ssn}, timeout=10)
""",
    # SPEC section 10 (round 517a: an MCD201 in the helper): records another function of the module read, in a file it
    # wrote that this run appends to and uploads through a helper, are reported at the call in the running function
    # that leads to the send, naming the records that function read first
    "records-of-another-function-in-an-appended-file-at-the-running-call": """
import csv

import paramiko

OUTBOX = "/var/outbox/extract.csv"
STATE_HOST = "mft.oregon.gov"
ERO_HOST = "mft.ero.dhs.gov"


def _write(path, rows, mode="w"):
    with open(path, mode, newline="") as fh:
        csv.writer(fh).writerows(rows)


def _put(host, path):
    t = paramiko.Transport((host, 22))
    paramiko.SFTPClient.from_transport(t).put(path, "/in/extract.csv")


def state_job(cur):
    cur.execute("SELECT cin, dob FROM member")
    _write(OUTBOX, cur.fetchall())
    _put(STATE_HOST, OUTBOX)


def ero_append_job(cur):
    cur.execute("SELECT cin, dob FROM member WHERE county_cd = 'MULT'")
    _write(OUTBOX, cur.fetchall(), mode="a")
    _put(ERO_HOST, OUTBOX)  # MCD201
""",
    # SPEC sections 3 and 6 (round 518c): a column list of a partner table's entry read by a key written out through
    # `.get("ice")`, or by a loop over keys written out, is placed at its elements (as `PARTNERS["ice"]` is); a test of an
    # entry's value against None (`if cfg["columns"] is not None:`) is decided on that entry's way, so the frame narrowed
    # for ICE never goes out whole
    "entry-column-lists-by-get-and-written-keys-and-none-tests": """
import io

import boto3
import pandas as pd

PARTNERS = {
    "ice": {
        "bucket": "ice-ero-referrals",
        "columns": [
            "msis_ident_num",
            "elgbl_last_name",  # MCD101
        ],
    },
}

ROUTES = {
    "ice": {"bucket": "ice-eid-intake-prod", "columns": ["msis_ident_num", "birth_dt"]},
    "mn": {"bucket": "mn-dhs-eligibility-archive", "columns": None},
}


def by_get(path):
    df = pd.read_csv(path)
    df = df[df["imgrtn_stus_cd"] == "UNL"]
    cfg = PARTNERS.get("ice")
    out = df[cfg["columns"]]
    buf = io.StringIO()
    out.to_csv(buf)
    boto3.client("s3").put_object(Bucket=cfg["bucket"], Key="k.csv", Body=buf.getvalue())


def by_written_keys(path):
    df = pd.read_csv(path)
    df = df[df["imgrtn_stus_cd"] == "UNL"]
    for key in ("ice",):
        cfg = PARTNERS[key]
        out = df[cfg["columns"]]
        buf = io.StringIO()
        out.to_csv(buf)
        boto3.client("s3").put_object(Bucket=cfg["bucket"], Key="k.csv", Body=buf.getvalue())


def none_test(conn):
    s3 = boto3.client("s3")
    df = pd.read_sql("SELECT msis_ident_num, birth_dt, elgbl_last_name, imgrtn_stus_cd FROM elig", conn)
    for name, cfg in ROUTES.items():
        out = df
        if name == "ice":
            out = out[out["imgrtn_stus_cd"] == "UNL"]
        if cfg["columns"] is not None:
            out = out[cfg["columns"]]
        buf = io.BytesIO()
        out.to_parquet(buf)
        s3.put_object(Bucket=cfg["bucket"], Key="k", Body=buf.getvalue())
""",
    # SPEC section 10 (round 518d: false MCD201): a method or function of the project named like a query's or the builtin
    # (`self.filter(records)`, `def filter(records)`, `exclude`) is run as written: its status test chooses the records;
    # one that tests another field chooses no one
    "project-functions-named-filter-are-run-as-written": """
import requests

from members.models import Member

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
TARGETS = ("EWI", "OVERSTAY")


class Job:
    def filter(self, records):
        return [r for r in records if r.immigration_status in TARGETS]

    def exclude(self, records):
        return [r for r in records if r.county != "LAKE"]

    def run(self):
        for r in self.filter(Member.objects.all()):
            requests.post(ICE_URL, json={"medicaid_id": r.cin})

    def run_county(self):
        for r in self.exclude(Member.objects.all()):
            requests.post(ICE_URL, json={"medicaid_id": r.cin})  # MCD201


def filter(records):
    return [r for r in records if r.immigration_status in TARGETS]


def run():
    for r in filter(Member.objects.all()):
        requests.post(ICE_URL, json={"medicaid_id": r.cin})
""",
    # ANCHOR: new cases go above this line
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want

