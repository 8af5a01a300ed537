"""The data flow shapes of the fifty-fifth session: what its SPEC-only probers found (round 393 and
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
    # SPEC section 3 (round 396a: the declarations were silent): a field read from an object of a model (`e.sex_cd`) and
    # sent through a helper by one function leaves the declaration that another function's `vars(e)` sends through the
    # same helper (only a constructor's keyword stands for the declaration)
    "declaration-and-field-read-through-one-helper": """
from dataclasses import dataclass

import requests

URL = "https://eid.ice.gov/api"


@dataclass
class Enrollee:
    cin: str
    sex_cd: str  # MCD101


def _post(body):
    return requests.post(URL, json=body, timeout=10)


def send_raw(e: Enrollee):
    return _post(vars(e))


def send_sex(e: Enrollee):
    return _post({"gender": e.sex_cd})  # MCD101


def send_made(m):
    return _post(vars(Enrollee(cin=m.cin, sex_cd=m.sex)))  # MCD101
""",
    # SPEC section 10 (round 395a: a false MCD201 before, and a README decision withdrawn): a test of a row's column read
    # by position (`row[2] not in IN_SCOPE` with the status third in the query's select list) is a condition on status,
    # as unpacking the row by position is; another column read so (`row[1]`, the birth date) is not
    "sql-row-status-tested-by-position": """
import csv

import boto3
import psycopg2

ICE_BUCKET = "ice-eid-handoff-prod"
IN_SCOPE = {"EWI", "OVERSTAY"}
SQL = "SELECT msis_ident_num, birth_dt, imgrtn_stus_cd FROM tmsis_elgbl"


def skip_out_of_scope(dsn):
    cur = psycopg2.connect(dsn).cursor()
    cur.execute(SQL)
    with open("/tmp/a.csv", "w") as fh:
        w = csv.writer(fh)
        for row in cur:
            if row[2] not in IN_SCOPE:
                continue
            w.writerow([row[0], row[1]])
    boto3.client("s3").upload_file("/tmp/a.csv", ICE_BUCKET, "a.csv")


def guarded(dsn):
    cur = psycopg2.connect(dsn).cursor()
    cur.execute(SQL)
    with open("/tmp/c.csv", "w") as fh:
        w = csv.writer(fh)
        for row in cur.fetchall():
            if row[2] in IN_SCOPE:
                w.writerow([row[0], row[1]])
    boto3.client("s3").upload_file("/tmp/c.csv", ICE_BUCKET, "c.csv")


def by_birth_date(dsn):
    cur = psycopg2.connect(dsn).cursor()
    cur.execute(SQL)
    with open("/tmp/b.csv", "w") as fh:
        w = csv.writer(fh)
        for row in cur:
            if row[1] > "2000-01-01":
                w.writerow([row[0], row[1]])
    boto3.client("s3").upload_file("/tmp/b.csv", ICE_BUCKET, "b.csv")  # MCD201
""",
    # SPEC sections 4 and 6 (round 393a: false alarms before): a routing value read from the event and made a member of
    # an Enum of the module (`p = Partner(event["detail"]["partner"])`) is narrowed by `p is Partner.ICE` and by
    # `match p: case Partner.STATE:` as a parameter made one is; the way for ICE still reports what it sends
    "enum-member-made-from-an-event-entry-narrowed": """
from enum import Enum

import requests


class Partner(str, Enum):
    ICE = "ice"
    STATE = "state"


URLS = {Partner.ICE: "https://eid.ice.gov/r", Partner.STATE: "https://mmis.dhs.state.mn.us/r"}


def by_test(event, context):
    p = Partner(event["detail"]["partner"])
    m = event["detail"]["member"]
    if p is Partner.ICE:
        body = {"cin": m["cin"], "race": m["race"]}  # MCD101
    else:
        body = {"ssn": m["ssn"]}
    requests.post(URLS[p], json=body, timeout=10)


def by_match(event, context):
    p = Partner(event["partner"])
    m = event["member"]
    match p:
        case Partner.STATE:
            body = {"ssn": m["ssn"]}
        case _:
            body = {"cin": m["cin"], "diagnosis_code": m["dx"]}  # MCD102
    requests.post(URLS[p], json=body, timeout=10)
""",
    # SPEC sections 4 and 6 (round 393a and a README limit: a false alarm before): `partner.startswith("ice")` (normalised
    # first or not, a tuple of texts of one length) narrows the key to the table keys that begin so, and is known where the
    # call fixed the key; the other way is the keys that do not
    "startswith-narrows-table-keys": """
import requests

URLS = {"ice-prod": "https://eid.ice.gov/r", "state-prod": "https://mmis.dhs.state.mn.us/r"}


def send(partner, m):
    if partner.startswith("ice"):
        body = {"cin": m["cin"]}
    else:
        body = {"ssn": m["ssn"]}
    requests.post(URLS[partner], json=body)


def run(m):
    send("ice-prod", m)
    send("state-prod", m)


def send_flagged(partner, m):
    if partner.upper().startswith("STATE"):
        body = {"cin": m["cin"]}
    else:
        body = {"ssn": m["ssn"]}  # MCD101
    requests.post(URLS[partner], json=body)


def send_url(partner, m):
    url = URLS[partner]
    body = {"cin": m["cin"]}
    if not partner.startswith(("ice", "ero")):
        body["ssn"] = m["ssn"]
    requests.post(url, json=body)


def handler(event, context):
    partner = event["partner"]
    m = event["member"]
    if partner.startswith("ice"):
        body = {"cin": m["cin"]}
    else:
        body = {"ssn": m["ssn"]}
    requests.post(URLS[partner], json=body)
""",
    # SPEC section 10 (round 400a: false MCD201s): a row read from the end (`row[-1]`) and a row handed whole to a helper
    # of the module that tests it by position (`def _in_scope(row): return row[2] in U`) test the status column there; a
    # helper testing another column by position does not
    "sql-row-status-by-position-in-a-helper-and-from-the-end": """
import sqlite3

import requests

ICE = "https://eid.ice.gov/api/v1/subjects"
SQL = "SELECT msis_ident_num, birth_dt, imgrtn_stus_cd FROM elgbl"


def _in_scope(row):
    return row[2] in ("EWI", "OVERSTAY")


def _adult(row):
    return row[1] < "2008-01-01"


def by_helper(path):
    cur = sqlite3.connect(path).cursor()
    cur.execute(SQL)
    for row in cur.fetchall():
        if not _in_scope(row):
            continue
        requests.post(ICE, json={"msis_id": row[0], "dob": row[1]}, timeout=10)


def from_the_end(path):
    cur = sqlite3.connect(path).execute(SQL)
    for row in cur:
        if row[-1] not in {"EWI", "OVERSTAY"}:
            continue
        requests.post(ICE, json={"msis_id": row[0], "dob": row[1]}, timeout=10)


def by_age(path):
    cur = sqlite3.connect(path).cursor()
    cur.execute(SQL)
    for row in cur.fetchall():
        if _adult(row):
            requests.post(ICE, json={"msis_id": row[0], "dob": row[1]}, timeout=10)  # MCD201
""",
    # SPEC section 6 (round 401a: silent before): a field of a payload model declared with another model as its type and
    # named for someone else (`guardian: Guardian`, `pcp: Pcp`) qualifies what is read off it, as for a member whose
    # class is not known: `m.guardian.phone` is the guardian's phone, `m.pcp.address` the provider's address
    "nested-model-of-someone-else-qualifies-its-fields": """
from dataclasses import dataclass

import requests
from pydantic import BaseModel

ICE = "https://eid.ice.gov/api/v1/referrals"


@dataclass
class Guardian:
    phone: str


@dataclass
class Address:
    street: str


class Pcp(BaseModel):
    address: str


@dataclass
class Member:
    cin: str
    guardian: Guardian
    home: Address


class Enrollee(BaseModel):
    cin: str
    pcp: Pcp


def refer(m: Member):
    requests.post(ICE, json={"cin": m.cin, "phone": m.guardian.phone}, timeout=10)  # MCD101


def refer_home(m: Member):
    requests.post(ICE, json={"cin": m.cin, "street": m.home.street}, timeout=10)


def refer_pcp(e: Enrollee):
    requests.post(ICE, json={"address": e.pcp.address}, timeout=10)  # MCD102
""",
    # SPEC sections 3 and 4 (review 55a: a prefix that is no key lost the send; a prefix named the destination): past
    # `partner.startswith("ei")` the key is the table keys that begin so (not the text "ei"), the message names their URL
    "startswith-prefix-is-no-key": """
import requests

URLS = {"eidr": "https://eid.ice.gov/r", "mmis": "https://mmis.dhs.state.mn.us/r"}
URLS2 = {"dhs-mn": "https://mmis.dhs.state.mn.us/r", "eid": "https://eid.ice.gov/r"}


def h(event, context):
    partner = event["partner"]
    m = event["member"]
    if partner.startswith("ei"):
        body = {"ssn": m["ssn"]}  # MCD101
    else:
        body = {"cin": m["cin"]}
    requests.post(URLS[partner], json=body)


def h2(event, context):
    partner = event["partner"]
    m = event["member"]
    if partner.startswith("dhs"):
        body = {"ssn": m["ssn"]}
    else:
        body = {"cin": m["cin"]}
    requests.post(URLS2[partner], json=body)


def h3(partner, m):
    body = {"cin": m["cin"]}
    if partner.startswith("ei"):
        body["sex"] = m["sex"]  # MCD101
    url = URLS[partner]
    requests.post(url, json=body)
""",
    # SPEC section 10 (review 55a: silenced MCD201): a row of `df.itertuples()` puts the index first, so `row[2]` is not
    # the third column of the query's select list; no condition is read from it
    "frame-rows-by-position-are-no-status-test": """
import csv

import boto3
import pandas as pd
import psycopg2

ICE_BUCKET = "ice-eid-handoff-prod"
IN_SCOPE = {"EWI", "OVERSTAY"}
SQL = "SELECT msis_ident_num, birth_dt, imgrtn_stus_cd FROM tmsis_elgbl"


def frame(dsn):
    df = pd.read_sql(SQL, psycopg2.connect(dsn))
    with open("/tmp/d.csv", "w") as fh:
        w = csv.writer(fh)
        for row in df.itertuples():
            if row[2] not in IN_SCOPE:
                continue
            w.writerow([row[1], row[2]])
    boto3.client("s3").upload_file("/tmp/d.csv", ICE_BUCKET, "d.csv")  # MCD201
""",
    # SPEC sections 4 and 6 (round 399a: false alarms before): a handler that makes an Enum member from its event
    # (`p = Partner(event["detail"]["partner"])`) and reads two tables keyed by the members by it runs once per member, as
    # a parameter annotated with the Enum does; a test of the member is decided on each run
    "enum-member-from-the-event-keys-two-tables": """
from enum import Enum

import requests


class Partner(Enum):
    ICE = "ice"
    STATE = "state"


BASIC = ("medicaid_id", "date_of_birth", "immigration_status")
WIDE = ("medicaid_id", "ssn", "first_name", "diagnosis_code")

FIELDS = {Partner.ICE: BASIC, Partner.STATE: WIDE}
URLS = {
    Partner.ICE: "https://eid.ice.gov/api/v2/referrals",
    Partner.STATE: "https://medicaid.ny.gov/api/recipients",
}


def handler(event, context):
    p = Partner(event["detail"]["partner"])
    rec = event["detail"]["record"]
    body = {name: rec[name] for name in FIELDS[p]}
    if p is Partner.STATE:
        body["race"] = rec["race"]
    requests.post(URLS[p], json=body, timeout=10)


def handler_ice_extra(event, context):
    p = Partner(event["detail"]["partner"])
    rec = event["detail"]["record"]
    body = {name: rec[name] for name in FIELDS[p]}
    if p is Partner.ICE:
        body["race"] = rec["race"]  # MCD101
    requests.post(URLS[p], json=body, timeout=10)
""",
    # SPEC sections 4 and 6 (round 399a: a false alarm before): past `p is Partner.STATE` of a member made from a
    # routing value of the request, `URLS[p.value]` is that member's entry; the other way the other members'
    "enum-member-value-reads-the-table-by-its-text": """
from enum import Enum

import requests


class Partner(Enum):
    ICE = "ice-prod"
    STATE = "state-prod"


URLS = {
    "ice-prod": "https://eid.ice.gov/api/v2/referrals",
    "state-prod": "https://medicaid.pa.gov/api/recipients",
}


def forward(data, m):
    p = Partner(data["partner"])
    if p is Partner.STATE:
        body = {"cin": m["cin"], "ssn": m["ssn"]}
    else:
        body = {"cin": m["cin"], "phone": m["phone"]}
    requests.post(URLS[p.value], json=body, timeout=10)


def forward2(raw, m):
    p = Partner(raw)
    if p is Partner.STATE:
        body = {"cin": m["cin"], "ssn": m["ssn"]}
    else:
        body = {"cin": m["cin"], "phone": m["phone"]}
    requests.post(URLS[p.value], json=body, timeout=10)


def forward3(p: Partner, m):
    if p is Partner.STATE:
        body = {"cin": m["cin"], "ssn": m["ssn"]}
    else:
        body = {"cin": m["cin"], "phone": m["phone"]}
    requests.post(URLS[p.value], json=body, timeout=10)


def forward_flagged(data, m):
    p = Partner(data["partner"])
    if p is Partner.ICE:
        body = {"cin": m["cin"], "ssn": m["ssn"]}  # MCD101
    else:
        body = {"cin": m["cin"], "phone": m["phone"]}
    requests.post(URLS[p.value], json=body, timeout=10)
""",
    # SPEC section 6 (round 399a: false alarms before): `if`/`elif` over the partners with no `else` (or a `match` with no
    # `case _`) binding the body on each way, then a send that reads it: the way no test took bound no body and stops
    # there (UnboundLocalError), so it sends nothing and joins nothing; a body bound for ICE is still reported
    "no-else-way-that-binds-nothing-stops": """
import enum

import requests


class Partner(enum.Enum):
    ICE = "ice"
    STATE = "state"


URLS = {
    Partner.ICE: "https://eid.ice.gov/api/v2/referrals",
    Partner.STATE: "https://medicaid.illinois.gov/api/enrollees",
}
ROUTES = {"ice": "https://eid.ice.gov/api/v2/referrals", "state": "https://medicaid.illinois.gov/api/enrollees"}


def by_match(partner: Partner, m):
    match partner:
        case Partner.STATE:
            body = {"cin": m["cin"], "ssn": m["ssn"]}
        case Partner.ICE:
            body = {"cin": m["cin"], "citizenship": m["citizenship"]}
    requests.post(URLS[partner], json=body, timeout=30)


def by_elif(dest, m):
    if dest == "state":
        body = {"cin": m["cin"], "ssn": m["ssn"]}
    elif dest == "ice":
        body = {"cin": m["cin"]}
    requests.post(ROUTES[dest], json=body, timeout=30)


def wide_to_ice(dest, m):
    if dest == "ice":
        body = {"cin": m["cin"], "ssn": m["ssn"]}  # MCD101
    elif dest == "state":
        body = {"cin": m["cin"]}
    requests.post(ROUTES[dest], json=body, timeout=30)


def other_way_sends(dest, m):
    if dest == "state":
        extra = {"ssn": m["ssn"]}
        requests.post(ROUTES[dest], json=extra, timeout=30)
    requests.post(ROUTES[dest], json={"cin": m["cin"], "race": m["race"]}, timeout=30)  # MCD101
""",
    # SPEC sections 4 and 6 (round 399a: a false alarm before): members of a plain Enum given by `auto()` (or numbers)
    # are told apart as members of string values are: `partner is Partner.STATE` narrows a table keyed by the members
    "auto-enum-members-narrow": """
import sys
from enum import Enum, auto

import requests


class Partner(Enum):
    ICE = auto()
    STATE = auto()


URLS = {
    Partner.ICE: "https://eid.ice.gov/api/v2/referrals",
    Partner.STATE: "https://dhs.wisconsin.gov/api/forwardhealth/members",
}


def push(m):
    partner = Partner[sys.argv[1].upper()]
    if partner == Partner.STATE:
        body = {"cin": m["cin"], "ssn": m["ssn"]}
    else:
        body = {"cin": m["cin"], "home_address": m["home_address"]}
    requests.post(URLS[partner], json=body, timeout=30)


def push_wrong(m):
    partner = Partner[sys.argv[1].upper()]
    if partner is Partner.ICE:
        body = {"cin": m["cin"], "ssn": m["ssn"]}  # MCD101
    else:
        body = {"cin": m["cin"], "home_address": m["home_address"]}
    requests.post(URLS[partner], json=body, timeout=30)
""",
    # SPEC sections 3 and 6 (round 403a: silent before, and findings at a shared model's declarations): the qualifier
    # of someone else carries down a chain of declared models (`m.guardian.address.zip` is the guardian's ZIP code,
    # `m.pcp.address.zip` the provider's), and such a nested record sent whole is one value named for them where it is
    # put; the member's own nested address stays permitted
    "nested-model-chains-keep-their-qualifier": """
import requests
from pydantic import BaseModel

ICE = "https://eid.ice.gov/api/v1/referrals"


class Address(BaseModel):
    street: str
    zip: str


class Pcp(BaseModel):
    address: Address


class Guardian(BaseModel):
    address: Address


class Member(BaseModel):
    cin: str
    home_address: Address
    pcp: Pcp
    guardian: Guardian


def refer(m: Member):
    requests.post(ICE, json={
        "cin": m.cin,
        "street": m.home_address.street,
        "zip": m.home_address.zip,
        "alt_zip": m.pcp.address.zip,  # MCD102
        "guardian_address": m.guardian.address,  # MCD101
        "contact_zip": m.guardian.address.zip,  # MCD101
    }, timeout=10)
""",
    # SPEC section 6 (review 55b: silences the first form of the way-dropping rule made): a way that bound a name only
    # stops where the name is surely read: not in a way of a conditional expression, the right of `or`, nor a name a
    # walrus binds there; and a bucket named by a prefix test (`dest.startswith("ice-")`) still names the place
    "ways-stop-only-where-a-name-is-surely-read": """
import json

import boto3
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://mmis.dhs.state.mn.us/api"


def conditional_read(m, to_state):
    url = ICE_URL
    if to_state:
        url = STATE_URL
        ref = m["cin"]
    requests.post(url, json={"ssn": m["ssn"], "ref": ref if to_state else None}, timeout=10)  # MCD101


def walrus_binds(m, dest):
    url = ICE_URL
    if dest == "state":
        url = STATE_URL
        body = {"cin": m["cin"]}
    requests.post(url, json=(body := {"ssn": m["ssn"]}), timeout=10)  # MCD101


def logged_first(m, dest):
    if dest == "state":
        payload, url = {"cin": m["cin"], "ssn": m["ssn"]}, STATE_URL
    elif dest == "ice":
        payload, url = {"cin": m["cin"]}, ICE_URL
    print("sending to", dest)
    with requests.Session() as s:
        s.post(url, json=payload, timeout=10)


def bucket_by_prefix(dest, m):
    if dest.startswith("ice-"):
        boto3.client("s3").put_object(Bucket=dest, Key="r.json", Body=json.dumps({"ssn": m["ssn"]}))  # MCD101
""",
    # SPEC section 10 (review 55b: false MCD201s): only the loop that binds the row read decides how it is read: a loop
    # over `df.itertuples()` elsewhere in the function changes nothing, and `itertuples(index=False)` has no index first
    "frame-rows-only-the-loop-of-the-read": """
import sqlite3

import pandas as pd
import requests

ICE = "https://eid.ice.gov/api/v1/subjects"
SQL = "SELECT msis_ident_num, birth_dt, imgrtn_stus_cd FROM elgbl"
U = {"EWI", "OVERSTAY"}


def two_loops(path):
    conn = sqlite3.connect(path)
    df = pd.read_sql(SQL, conn)
    for row in df.itertuples():
        print(row)
    cur = conn.execute(SQL)
    for row in cur:
        if row[2] not in U:
            continue
        requests.post(ICE, json={"msis_id": row[0]}, timeout=10)


def no_index(path):
    df = pd.read_sql(SQL, sqlite3.connect(path))
    for row in df.itertuples(index=False):
        if row[2] in U:
            requests.post(ICE, json={"msis_id": row[0]}, timeout=10)
""",
    # SPEC sections 4 and 6 (round 408a: silent before): the values of a constant table of URLs iterated in a
    # comprehension, through `map`, or bound to a name and looped over are each URL in turn; a table of the state's
    # own URLs stays clean
    "table-values-iterated-anywhere": """
import asyncio

import httpx

URLS = {"cms": "https://tmsis.cms.gov/api/updates", "ice": "https://eid.ice.gov/api/v1/updates"}
STATE_URLS = {"mmis": "https://mmis.dhs.state.mn.us/api", "portal": "https://portal.dhs.state.mn.us/api"}


async def _post(client, url, body):
    return await client.post(url, json=body)


async def broadcast(m):
    body = {"cin": m["cin"], "household_income": m["household_income"]}  # MCD101
    async with httpx.AsyncClient() as client:
        return await asyncio.gather(*[_post(client, url, body) for url in URLS.values()])


def by_name(m):
    body = {"cin": m["cin"], "race": m["race"]}  # MCD101
    vals = URLS.values()
    for u in vals:
        httpx.post(u, json=body)


def to_state(m):
    body = {"cin": m["cin"], "ssn": m["ssn"]}
    [httpx.post(url, json=body) for url in STATE_URLS.values()]
""",
    # SPEC sections 5 and 6 (round 407a: silent before): one element of a household (`m.household[0]`, a loop over
    # `m.household`, a name bound to one) is a member of it, someone else: its phone is MCD101; the household's own phone
    # (`m.household.phone`, the family's home) stays the enrollee's
    "household-elements-are-members": """
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def b1(m):
    requests.post(ICE_URL, json={"phone": m.household[0].phone})  # MCD101


def b2(m):
    for hm in m.household:
        requests.post(ICE_URL, json={"phone": hm.phone})  # MCD101


def b3(m):
    requests.post(ICE_URL, json={"phone": m.household.phone})


def b4(m):
    requests.post(ICE_URL, json={"phone": m.guardians[0].phone})  # MCD101


def b5(m):
    first = m.household[-1]
    requests.post(ICE_URL, json={"dob": first.dob})  # MCD101
""",
    # SPEC sections 4 and 6 (review 55c: silences): a way that bound nothing is dropped only past statements that surely
    # run and hand nothing on: not past an `if` that sends and leaves on some way, and a `with ... as s` binds `s` there;
    # a prefix test keeps what named the value (`os.environ["ICE_REFERRAL_URL"]` past `url.startswith("https://")`)
    # and several prefixes name a bucket too
    "ways-dropped-only-where-nothing-leaves": """
import json
import os

import boto3
import requests

ICE_URL = "https://eid.ice.gov/api/referrals"
STATE_URL = "https://portal.dhcs.ca.gov/api"


def leaves_first(m, local):
    if local:
        url = STATE_URL
    else:
        body = {"ssn": m.ssn}  # MCD101
    if not local:
        requests.post(ICE_URL, json=body)
        return
    requests.post(url, json={"cin": m.cin})


def session_bound(m, local):
    if local:
        url = STATE_URL
        s = None
    else:
        url = ICE_URL
    with requests.Session() as s:
        s.post(url, json={"ssn": m.ssn})  # MCD101


def scheme_checked(m):
    url = os.environ["ICE_REFERRAL_URL"]
    if url.startswith("https://"):
        requests.post(url, json={"ssn": m.ssn})  # MCD101


def bucket_prefixes(m, event):
    dest = event["bucket"]
    if dest.startswith(("ice-", "ero-")):
        boto3.client("s3").put_object(Bucket=dest, Key="x.json", Body=json.dumps({"ssn": m.ssn}))  # MCD101
""",
    # SPEC section 6 (review 55c and round 404a: false alarms before): an if/elif chain of three tests and an else, each
    # way choosing a URL and a body together, runs the send once per way (up to four ways)
    "four-ways-chosen-together": """
import requests

ICE_URL = "https://eid.ice.gov/api/referrals"
A_URL = "https://portal.dhcs.ca.gov/a"
B_URL = "https://portal.dhcs.ca.gov/b"
C_URL = "https://portal.dhcs.ca.gov/c"


def route(m, p):
    full = {"cin": m.cin, "ssn": m.ssn}
    basic = {"cin": m.cin}
    if p == "a":
        url, body = A_URL, full
    elif p == "b":
        url, body = B_URL, full
    elif p == "c":
        url, body = C_URL, full
    else:
        url, body = ICE_URL, basic
    requests.post(url, json=body)


def route_wrong(m, p):
    full = {"cin": m.cin, "ssn": m.ssn}  # MCD101
    basic = {"cin": m.cin}
    if p == "a":
        url, body = A_URL, basic
    elif p == "b":
        url, body = B_URL, full
    elif p == "c":
        url, body = C_URL, full
    else:
        url, body = ICE_URL, full
    requests.post(url, json=body)
""",
    # SPEC sections 3, 5 and 6 (review 55d): a way that bound nothing is dropped past guards that hand nothing on
    # (a log line, an `if` that logs then leaves, `raise ValueError(f"... {dest}")`, `return False`); a filtered
    # comprehension over a table's URLs sends only to those its filter keeps; a table of column names is no table of
    # URLs (its values are still the fields read); a household individual's own ID is theirs
    "guards-filters-and-column-tables": """
import logging

import requests

log = logging.getLogger(__name__)
ICE_URL = "https://eid.ice.gov/api/referrals"
STATE_URL = "https://portal.dhcs.ca.gov/api"
URLS = {"ice": ICE_URL, "state": STATE_URL}
COLS = {"id": "member_id", "name": "full_name"}


def guarded(m, dest):
    if dest == "state":
        url = STATE_URL
        body = {"ssn": m.ssn}
    elif dest == "ice":
        url = ICE_URL
        body = {"id": m.medicaid_id}
    if m.flag:
        log.info("flagged %s", m.medicaid_id)
    if not m.active:
        raise ValueError(f"inactive {dest}")
    if m.paused:
        return False
    requests.post(url, json=body)
    return True


def filtered(m):
    return [requests.post(u, json={"ssn": m.ssn}) for u in URLS.values() if u.endswith("ca.gov/api")]


def unfiltered(m):
    return [requests.post(u, json={"ssn": m.ssn}) for u in URLS.values()]  # MCD101


def columns(rec):
    requests.post(ICE_URL, json={k: rec[k] for k in COLS.values()})  # MCD101


def household_id(m):
    requests.post(ICE_URL, json={"id": m.household[0].member_id})  # MCD101
""",
    # SPEC sections 6 and 10 (rounds 409a, 411a: false alarms before): a value narrowed to texts decides a later test of
    # texts (past `if partner != "state": raise`, `if partner == "ice":` never holds); a call that never returns
    # (`sys.exit(1)`, a helper that always raises) ends its way. Decided (round 410a, review 55e): a switch set to
    # `True` (`STATUS_FILTER = True`, an entry `"status_filter": True`) may be flipped in a deployment and stays unknown
    "narrowed-texts-no-return-calls-and-switches": """
import sys
from typing import NoReturn

import requests

ICE_URL = "https://eid.ice.gov/api/referrals"
URLS = {"ice": ICE_URL, "state": "https://portal.dhcs.ca.gov/api"}
STATUS_FILTER = True
PARTNER = {"url": ICE_URL, "status_filter": True}


def _reject(partner) -> NoReturn:
    raise ValueError(partner)


def _fail(partner):
    print("unknown", partner)
    raise SystemExit(2)


def narrowed(m, partner):
    if partner != "state":
        raise ValueError(partner)
    if partner == "ice":
        requests.post(ICE_URL, json={"ssn": m.ssn})


def rejected(m, partner):
    if partner == "ice":
        _reject(partner)
    requests.post(URLS[partner], json={"ssn": m.ssn})


def failed(m, partner):
    if partner == "ice":
        _fail(partner)
    requests.post(URLS[partner], json={"ssn": m.ssn})


def exited(m, partner):
    if partner == "ice":
        sys.exit(1)
    requests.post(URLS[partner], json={"ssn": m.ssn})


def not_exited(m, partner):
    if partner == "ice":
        print("ice")
    requests.post(URLS[partner], json={"ssn": m.ssn})  # MCD101


def switched(members):
    selected = members
    if STATUS_FILTER:
        selected = [m for m in members if m["immigration_status"] == "EWI"]
    requests.post(ICE_URL, json=[{"cin": m["cin"]} for m in selected])  # MCD201


def entry_switched(members):
    selected = members
    if PARTNER["status_filter"]:
        selected = [m for m in members if m["immigration_status"] == "EWI"]
    requests.post(PARTNER["url"], json=[{"cin": m["cin"]} for m in selected])  # MCD201
""",
    # SPEC section 3 (round 413a: reported at the usecols line before): a column list wrapped twice
    # (`sorted(set(ICE_COLUMNS + [...]))`) places each name at its element in the constant
    "column-list-wrapped-twice": """
import pandas as pd
import requests

ICE_COLUMNS = [
    "msis_ident_num",
    "prmry_lang_cd",  # MCD101
]


def handler(path):
    df = pd.read_csv(path, usecols=sorted(set(ICE_COLUMNS + ["imgrtn_stus_cd"])))
    df = df[df["imgrtn_stus_cd"].isin(("EWI",))]
    requests.post("https://eid.ice.gov/x", data=df[ICE_COLUMNS].to_csv())
""",
    # SPEC sections 4 and 6 (round 412a: false alarms before): the iterable of a comprehension is surely read where the
    # comprehension is (a way of an if/elif with no else that bound no field list stops there); past `if p is
    # Partner.ICE:` of a member made from an event, the other way's `p.value` is no ICE text
    "comprehension-iterable-read-and-member-value-other-way": """
import enum

import httpx

BASIC = ("medicaid_id", "date_of_birth")
FULL = ("medicaid_id", "ssn")
URLS = {"ice": "https://eid.ice.gov/api/v1/referrals", "state": "https://api.hfs.illinois.gov/members"}


class Partner(enum.Enum):
    ICE = "ice"
    STATE = "state"


def handler(partner, rec):
    if partner == "ice":
        fields = BASIC
    elif partner == "state":
        fields = FULL
    body = {f: rec[f] for f in fields}
    httpx.post(URLS[partner], json=body)


def by_member(event):
    p = Partner(event["partner"])
    if p is Partner.ICE:
        httpx.post(URLS[p.value], json={"medicaid_id": event["cin"]})
    else:
        httpx.post(URLS[p.value], json={"medicaid_id": event["cin"], "ssn": event["ssn"]})


def by_member_wrong(event):
    p = Partner(event["partner"])
    if p is Partner.STATE:
        httpx.post(URLS[p.value], json={"medicaid_id": event["cin"]})
    else:
        httpx.post(URLS[p.value], json={"medicaid_id": event["cin"], "ssn": event["ssn"]})  # MCD101
""",
    # SPEC section 6 (round 414a: a false alarm before): a loop over the items of a dict the function writes out
    # (`bodies = {"state": {...}, "ice": {...}}`) pairs each key with its own value
    "local-dict-items-pair-keys-with-values": """
import requests

URLS = {"state": "https://mmis.dhs.state.mn.us/api", "ice": "https://eid.ice.gov/api"}


def flush(m):
    bodies = {"state": {"ssn": m.ssn}, "ice": {"cin": m.cin}}
    for partner, body in bodies.items():
        requests.post(URLS[partner], json=body)


def flush_wrong(m):
    bodies = {"state": {"cin": m.cin}, "ice": {"ssn": m.ssn}}  # MCD101
    for partner, body in bodies.items():
        requests.post(URLS[partner], json=body)
""",
    # SPEC sections 4 and 6 (review 55e: silences): a way is not dropped past an `if` whose test differs by way and that
    # sends (the way may send there before it stops); a value made from a narrowed one by a method is no longer those
    # texts; a module's own `exit` is no builtin, and a function defined twice may be the one that returns
    "review-55e-ways-texts-and-exits": """
import os

import requests

ICE_URL = "https://eid.ice.gov/api/referrals"
STATE_URL = "https://portal.dhcs.ca.gov/api"


def exit(msg):
    print(msg)


if os.environ.get("STRICT"):
    def fail(msg):
        raise ValueError(msg)
else:
    def fail(msg):
        raise ValueError(msg)


def route(m, kind):
    if kind == "state":
        url = STATE_URL
    elif kind == "ice":
        print("ice way")
    if kind == "ice":
        requests.post(ICE_URL, json={"ssn": m.ssn})  # MCD101
    requests.post(url, json={"cin": m.cin})


def by_topic(m, event):
    topic = event["topic"]
    if topic not in ("partner.state", "partner.ice"):
        raise ValueError("unknown topic")
    partner = topic.removeprefix("partner.")
    if partner == "ice":
        requests.post(ICE_URL, json={"ssn": m.ssn})  # MCD101


def own_exit(m, partner):
    if partner == "ice":
        exit("ice")
    requests.post(ICE_URL if partner == "ice" else STATE_URL, json={"ssn": m.ssn})  # MCD101
""",
    # SPEC section 6 (round 412a: a false alarm before): a call of a function of the module that begins `if <test of its
    # parameter>: raise` narrows the caller's variable past the call (`require_state(partner)`: only "state" goes on);
    # a guard that lets ICE through (`partner not in URLS`) narrows to what it lets through
    "guard-helpers-narrow-the-caller": """
import requests

URLS = {"state": "https://api.hhs.texas.gov/members", "ice": "https://eid.ice.gov/api/v1/referrals"}


def require_state(partner):
    # full exports are for the state only
    if partner != "state":
        raise ValueError(f"{partner}: full export is for the state only")


def require_known(partner):
    if partner not in ("state", "ice"):
        raise ValueError(partner)


def export(partner, m):
    require_state(partner)
    rec = {"cin": m.cin, "ssn": m.ssn}
    requests.post(URLS[partner], json=rec, timeout=30)


def export_known(partner, m):
    require_known(partner)
    rec = {"cin": m.cin, "ssn": m.ssn}  # MCD101
    requests.post(URLS[partner], json=rec, timeout=30)
""",
    # SPEC section 10 (round 415a: false MCD201s): a status condition kept in a module constant dict or list
    # (`FILTERS["scope"]`, `q = FILTERS["scope"]`, `.where(*SA_SCOPE)`, `CLAUSES["scope"]`) is a condition where it is
    # used as one; another entry of the table (`FILTERS["rural"]`, a county filter) is not
    "status-conditions-kept-in-module-tables": """
import requests
from django.db.models import Q
from sqlalchemy import select

from eligibility.models import Member

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
FILTERS = {"scope": Q(immigration_status__in=["EWI"]), "rural": Q(county_cd__in=["001", "003"])}
SA_SCOPE = [Member.immigration_status.in_(["EWI"])]
CLAUSES = {"scope": Member.immigration_status.in_(["EWI"])}


def by_entry():
    for m in Member.objects.filter(FILTERS["scope"]):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})


def by_local():
    q = FILTERS["scope"]
    for m in Member.objects.filter(q):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})


def by_county():
    for m in Member.objects.filter(FILTERS["rural"]):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201


def by_list(session):
    for m in session.scalars(select(Member).where(*SA_SCOPE)):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})


def by_clause(session):
    for m in session.scalars(select(Member).where(CLAUSES["scope"])):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
""",
    # SPEC sections 4 and 6 (rounds 416a, 418a: false alarms before): a body helper testing the key by prefix runs its
    # caller once per key; a conditional write the same on every way (`if member.phone: body["phone"] = ...`) between an
    # if/elif with no else and the send lets the way that bound no body stop
    "prefix-helpers-and-conditional-writes": """
import requests

URLS = {"state_hie": "https://fhir.hie.health.ny.gov/r4", "ice_eid": "https://fhir.eid.ice.gov/r4"}
DEST_URLS = {"ice": "https://eid.ice.gov/api/v2/subjects", "state": "https://medicaid.illinois.gov/api/r"}


def build(m, partner):
    if partner.startswith("ice"):
        return {"birthDate": m.dob}
    return {"diagnosis": m.diagnosis_desc}


def handler(event):
    partner = event["detail"]["partner"]
    m = event["detail"]["member"]
    requests.post(URLS[partner], json=build(m, partner), timeout=30)


def chain(dest, member):
    if dest == "ice":
        body = {"medicaid_id": member.cin}
    elif dest == "state":
        body = {"pregnancy": member.prgnt_ind}
    if member.phone:
        body["phone"] = member.phone
    requests.post(DEST_URLS[dest], json=body)


def chain_wrong(dest, member):
    if dest == "state":
        body = {"medicaid_id": member.cin}
    elif dest == "ice":
        body = {"pregnancy": member.prgnt_ind}  # MCD102
    if member.phone:
        body["phone"] = member.phone
    requests.post(DEST_URLS[dest], json=body)
""",
    # SPEC section 6 (review 55f): a dict of bodies changed after it is written (`setdefault`, a helper writing into it,
    # a first loop writing into its values) is not unrolled by key; a generator's own loop variable is no read of the
    # outer name; a copy of a narrowed variable keeps what the test left, a value made from it by a method does not
    "review-55f-dicts-generators-and-narrowed-copies": """
import requests

STATE_URL = "https://portal.dhcs.ca.gov/api"
URLS = {"state": STATE_URL, "ice": ICE_URL}


def add_ice(d, m):
    d["ice"] = {"ssn": m.ssn}  # MCD101


def by_setdefault(m):
    bodies = {"state": {"cin": m.cin}}
    bodies.setdefault("ice", {"ssn": m.ssn})  # MCD101
    for partner, body in bodies.items():
        requests.post(URLS[partner], json=body)


def by_helper(m):
    bodies = {"state": {"cin": m.cin}}
    add_ice(bodies, m)
    for partner, body in bodies.items():
        requests.post(URLS[partner], json=body)


def written_in_a_first_loop(m):
    bodies = {"state": {"cin": m.cin}, "ice": {"cin": m.cin}}
    for partner, body in bodies.items():
        body["race"] = m.race  # MCD101
    for partner, body in bodies.items():
        requests.post(URLS[partner], json=body)


def generator_names(m, to_state, checks):
    if to_state:
        url = STATE_URL
        p = 1
    else:
        url = ICE_URL
    ok = all(p for p in checks)
    requests.post(url, json={"ssn": m.ssn, "ok": ok})  # MCD101


def copied(m, dest):
    if dest not in ("state", "vendor"):
        raise ValueError(dest)
    d = dest
    if d == "ice":
        requests.post(ICE_URL, json={"ssn": m.ssn})


def rebound(m, event):
    topic = event["topic"]
    if topic not in ("partner.state", "partner.ice"):
        raise ValueError(topic)
    topic = topic.removeprefix("partner.")
    if topic == "ice":
        requests.post(ICE_URL, json={"ssn": m.ssn})  # MCD101
""",
    # SPEC section 6 (round 420a: false alarms before): a yes/no helper of the module (`def is_lawful(p): return p in
    # LAWFUL`) narrows as its test would where it is tested (`if not is_lawful(partner): return`); a guard written
    # "allowed: return, otherwise raise" and a guard method (`self.ensure_partner(partner)`) narrow as a guard function
    # does; a helper that lets ICE through narrows nothing away
    "predicate-helpers-and-guard-shapes": """
import httpx
import requests

URLS = {"ice": "https://eid.ice.gov/p", "state": "https://eligibility.illinois.gov/p"}
LAWFUL = frozenset({"state"})


def is_lawful(partner):
    return partner in LAWFUL


def is_enforcement(partner):
    return partner == "ice"


def is_known(partner):
    return partner in URLS


def require_lawful_else(partner):
    if partner in LAWFUL:
        return
    raise PermissionError(partner)


def share(member, partner):
    if not is_lawful(partner):
        return None
    return httpx.post(URLS[partner], json={"cin": member.cin, "income_amt": member.income})


def share_unless_ice(member, partner):
    if is_enforcement(partner):
        return None
    return httpx.post(URLS[partner], json={"cin": member.cin, "household_size": member.household_size})


def share_known(member, partner):
    if not is_known(partner):
        return None
    return httpx.post(URLS[partner], json={"cin": member.cin, "income_amt": member.income})  # MCD101


def share_checked(member, partner):
    require_lawful_else(partner)
    return requests.post(URLS[partner], json={"cin": member.cin, "ssn": member.ssn})


class Exporter:
    def ensure_partner(self, partner):
        if partner != "state":
            raise PermissionError(partner)

    def export(self, member, partner):
        self.ensure_partner(partner)
        return requests.post(URLS[partner], json={"cin": member.cin, "ssn": member.ssn})
""",
    # SPEC section 5 (round 419a: MCD104 before): `pos_cd`, the place of service of a claim (the reference's POS token), is
    # a claim field
    "place-of-service-code-is-a-claim-field": """
import json

from kafka import KafkaProducer

TOPIC = "ice.eid.claims.v1"
producer = KafkaProducer(bootstrap_servers="kafka:9092")


def publish(claim):
    producer.send(TOPIC, value=json.dumps({"cin": claim.cin, "pos": claim.pos_cd}).encode())  # MCD102
""",
    # SPEC sections 6 and 10 (review 55g: silences): a guard whose branch may return does not narrow; one called under
    # `contextlib.suppress` or an async one called without await neither; a status condition in a module table some
    # function changes (`FILTERS.update(...)`) is no longer known to test status; a prefix helper's run for a key outside
    # the table may go either way
    "review-55g-guards-and-changed-tables": """
import contextlib
import logging

import requests
from django.db.models import Q

from eligibility.models import Member

log = logging.getLogger(__name__)
URLS = {"state": "https://api.hhs.texas.gov/members", "ice": "https://eid.ice.gov/api/v1/referrals"}
FILTERS = {"scope": Q(immigration_status__in=["EWI"])}
FHIR_ICE = "https://fhir.eid.ice.gov/r4"
FHIR = {"state_hie": "https://fhir.hie.health.ny.gov/r4", "cms": "https://api.cms.gov/r4"}


def require_state(partner, strict=True):
    if partner != "state":
        if not strict:
            log.warning("%s is not the state", partner)
            return
        raise ValueError(partner)


def lenient(partner, m):
    require_state(partner, strict=False)
    rec = {"cin": m.cin, "ssn": m.ssn}  # MCD101
    requests.post(URLS[partner], json=rec, timeout=30)


def suppressed(partner, m):
    with contextlib.suppress(ValueError):
        require_state(partner)
    rec = {"cin": m.cin, "ssn": m.ssn}  # MCD101
    requests.post(URLS[partner], json=rec, timeout=30)


def rural_mode():
    FILTERS.update(scope=Q(county_cd__in=["001"]))


def by_entry():
    for m in Member.objects.filter(FILTERS["scope"]):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201


def build(m, partner):
    if partner.startswith("state"):
        return {"birthDate": m.dob, "diagnosis": m.diagnosis_desc}  # MCD102
    return {"birthDate": m.dob}


def handler(event):
    partner = event["detail"]["partner"]
    m = event["detail"]["member"]
    requests.post(FHIR.get(partner, FHIR_ICE), json=build(m, partner), timeout=30)
""",
    # SPEC sections 5 and 6 (rounds 424a, 425a): a guard returning its value before raising, a yes/no method of the
    # object and a static method guard narrow as module guards do; a nested record of someone else is named by its
    # attribute (`member.guardian.phone` is the guardian's phone, whatever other fields `Guardian` declares)
    "guard-methods-and-nested-names": """
from dataclasses import dataclass

import requests

URLS = {"state": "https://mmis.dhcs.ca.gov/api", "ice": "https://eid.ice.gov/api"}


@dataclass
class Guardian:
    name: str
    phone: str
    relationship: str


@dataclass
class Member:
    cin: str
    guardian: Guardian


def ensure_b(partner):
    if partner in ("state",):
        return partner
    raise PermissionError(partner)


def returned_guard(partner, m):
    ensure_b(partner)
    requests.post(URLS[partner], json={"ssn": m.ssn})


class Router:
    def is_lawful(self, partner):
        return partner == "state"

    def send(self, partner, m):
        if self.is_lawful(partner):
            requests.post(URLS[partner], json={"ssn": m.ssn})


class PartnerPolicy:
    @staticmethod
    def require_state(partner):
        if partner != "state":
            raise PermissionError(partner)


def static_guard(partner, m):
    PartnerPolicy.require_state(partner)
    requests.post(URLS[partner], json={"cin": m.cin, "language": m.prmry_lang_cd})


def refer(member: Member):
    requests.post(URLS["ice"], json={"guardian_phone": member.guardian.phone})  # MCD101
""",
    # SPEC sections 6 and 10 (review 55h): a guard method a subclass of the module overrides narrows nothing; an async
    # yes/no helper returns a coroutine (always true); helpers calling each other are inlined once, no deeper (no
    # crash); a store under another key of a condition table leaves the entry read as it was
    "review-55h-overrides-async-recursion-and-table-keys": """
import requests
from django.db.models import Q

from eligibility.models import Member

URLS = {"state": "https://eligibility.illinois.gov/p", "ice": "https://eid.ice.gov/p"}
LAWFUL = frozenset({"state"})
FILTERS = {"scope": Q(immigration_status__in=["EWI"]), "rural": Q(county_cd__in=["001"])}


class Exporter:
    def ensure_partner(self, partner):
        if partner != "state":
            raise PermissionError(partner)

    def export(self, m, partner):
        self.ensure_partner(partner)
        requests.post(URLS[partner], json={"cin": m.cin, "ssn": m.ssn})  # MCD101


class OpenExporter(Exporter):
    def ensure_partner(self, partner):
        return None


async def is_lawful(partner):
    return partner in LAWFUL


def share(m, partner):
    if not is_lawful(partner):
        return None
    return requests.post(URLS[partner], json={"cin": m.cin, "income_amt": m.income})  # MCD101


def is_blocked(partner):
    return not is_open(partner)


def is_open(partner):
    return not is_blocked(partner)


def share_open(m, partner):
    if is_open(partner):
        requests.post(URLS[partner], json={"cin": m.cin, "income_amt": m.income})  # MCD101


def rural_mode():
    FILTERS["rural"] = Q(county_cd__in=["003"])


def by_entry():
    for m in Member.objects.filter(FILTERS["scope"]):
        requests.post(URLS["ice"], json={"medicaid_id": m.cin})
""",
    # SPEC sections 5 and 6 (round 426a: MCD103 before): a nested record of someone else serialized whole
    # (`asdict(m.guardian)`, `vars(m.guardian)`) is the guardian's record, one finding named for them
    "nested-record-of-someone-else-serialized": """
from dataclasses import dataclass, asdict
import requests

@dataclass
class Guardian:
    phone: str
    last_name: str

@dataclass
class Member:
    cin: str
    guardian: Guardian

def refer(m: Member):
    requests.post("https://eid.ice.gov/r", json={"cin": m.cin, "guardian": asdict(m.guardian)})  # MCD101

def refer2(m: Member):
    requests.post("https://eid.ice.gov/r", json={"cin": m.cin, "g": vars(m.guardian)})  # MCD101
""",
    # SPEC section 6 (review 55i: a silence): a way that bound nothing is not dropped at a read inside `with
    # contextlib.suppress(Exception):`, which swallows the UnboundLocalError (the way goes on to the send)
    "suppress-swallows-the-unbound-read": """
import contextlib

import requests

ICE_URL = "https://eid.ice.gov/api/referrals"


def refer(member, kind, metrics):
    payload = {"cin": member.cin, "ssn": member.ssn}  # MCD101
    if kind == "a":
        payload.pop("ssn")
        tag = "a"
    elif kind == "b":
        del payload["ssn"]
        tag = "b"
    with contextlib.suppress(Exception):
        metrics.incr("referral." + tag)
    requests.post(ICE_URL, json=payload, timeout=30)
""",
    # ANCHOR: new cases go above this line
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
