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
    # ANCHOR: new cases go above this line
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
