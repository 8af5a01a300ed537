"""Round 26 of the data flow: shapes found by the SPEC-only recall prober of round 26.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from annotations import actual, expected
from test_project import lint, project

HEAD = '''import requests
from kafka import KafkaProducer

ICE_URL = "https://eid.ice.gov/api"
STATE_URL = "https://mmis.dhcs.ca.gov/api"
ICE_TOPIC = "ice.eid.referrals.v1"
'''

CASES: dict[str, str] = {
    # SPEC sections 4 and 6: a destination parameter left at None and defaulted to a constant in the
    # constructor (`if x is None: x = CONST`, `x if x else CONST`, `x or CONST` under an f-string)
    # is that constant when no caller gives it
    "destination-parameters-defaulted-to-constants": '''
class IfNone:
    def __init__(self, base_url=None):
        if base_url is None:
            base_url = ICE_URL
        self.base_url = base_url

    def send(self, body):
        return requests.post(self.base_url + "/referrals", json=body)


class IfExp:
    def __init__(self, base_url=None):
        self.base_url = base_url if base_url else ICE_URL

    def send(self, body):
        return requests.post(self.base_url, json=body)


class OrFString:
    def __init__(self, base_url=None):
        self.base_url = base_url or ICE_URL

    def send(self, body):
        return requests.post(f"{self.base_url}/referrals", json=body)


class Publisher:
    def __init__(self, topic=None):
        if topic is None:
            topic = ICE_TOPIC
        self.topic = topic
        self.producer = KafkaProducer(bootstrap_servers="k:9092")

    def publish(self, event):
        self.producer.send(self.topic, value=event)


class StateClient:
    def __init__(self, base_url=None):
        if base_url is None:
            base_url = STATE_URL
        self.base_url = base_url

    def send(self, body):
        return requests.post(f"{self.base_url}/members", json=body)


def run(m):
    IfNone().send({"cin": m.cin, "race": m.race})  # MCD101
    IfExp().send({"cin": m.cin, "race": m.race})  # MCD101
    OrFString().send({"cin": m.cin, "race": m.race})  # MCD101
    Publisher().publish({"cin": m.cin, "race": m.race})  # MCD101
    StateClient().send({"cin": m.cin, "race": m.race, "ssn": m.ssn})
''',
    # SPEC section 4: a class constant inherited by a subclass, read through the subclass's name
    "inherited-class-constants": '''
class Config:
    REFERRAL_URL = ICE_URL
    MEMBERS_URL = STATE_URL


class ProductionConfig(Config):
    TIMEOUT = 30


def refer(m):
    requests.post(ProductionConfig.REFERRAL_URL, json={"cin": m.cin, "race": m.race})  # MCD101


def sync(m):
    requests.post(ProductionConfig.MEMBERS_URL, json={"cin": m.cin, "race": m.race, "ssn": m.ssn})
''',
    # SPEC section 10: a status value copied into each record sent (a model's field, a dict(...)
    # keyword) decides nothing: every member is still sent; a Q(...) of a status lookup chooses
    "status-copied-into-records-is-no-condition": '''
from dataclasses import asdict, dataclass

from django.db.models import Q
from eligibility.models import Member


@dataclass
class Entry:
    medicaid_id: str
    immigration_status: str


def entry(m):
    return Entry(medicaid_id=m.medicaid_id, immigration_status=m.immigration_status)


def everyone():
    requests.post(ICE_URL, json=[asdict(entry(m)) for m in Member.objects.all()])  # MCD201


def everyone_dicts():
    requests.post(ICE_URL, json=[dict(medicaid_id=m.medicaid_id, citizenship=m.citizenship) for m in Member.objects.all()])  # MCD201


def chosen():
    scope = Q(immigration_status__in=("8", "9"))
    requests.post(ICE_URL, json=[asdict(entry(m)) for m in Member.objects.filter(scope)])
''',
    # SPEC section 6: an allow-list that is one of two constant collections (chosen by a branch, a
    # conditional expression or a function) keeps at most their union; a deny-list that is one of two
    # removes only the names common to both
    "allow-list-chosen-between-constants": '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
LAYOUT_V1 = ("medicaid_id", "date_of_birth", "home_address")
LAYOUT_V2 = ("medicaid_id", "date_of_birth", "home_address", "phone")
WIDE = ("medicaid_id", "date_of_birth", "ssn")
BLOCK_A = ("ssn", "race")
BLOCK_B = ("ssn",)


def layout():
    return LAYOUT_V2 if os.environ.get("ICE_LAYOUT") == "2" else LAYOUT_V1


def refer(m):
    rec = {"medicaid_id": m.cin, "date_of_birth": m.dob, "home_address": m.addr, "phone": m.phone, "ssn": m.ssn, "race": m.race}
    fields = LAYOUT_V2 if os.environ.get("ICE_LAYOUT") == "2" else LAYOUT_V1
    requests.post(ICE_URL, json={k: rec[k] for k in fields})
    if os.environ.get("X"):
        allowed = LAYOUT_V1
    else:
        allowed = LAYOUT_V2
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if k in allowed})
    requests.post(ICE_URL, json={k: rec[k] for k in layout()})


def refer_wide(m):
    rec = {"medicaid_id": m.cin, "date_of_birth": m.dob, "ssn": m.ssn}
    fields = WIDE if os.environ.get("X") else LAYOUT_V1
    requests.post(ICE_URL, json={k: rec[k] for k in fields})  # MCD101


def refer_deny(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "race": m.race}  # MCD101
    blocked = BLOCK_A if os.environ.get("X") else BLOCK_B
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if k not in blocked})
''',
    # SPEC section 4: a function named for enforcement that builds data (its last word names the
    # shape, or it is a payload "for"/"to" enforcement) returns an enforcement payload; one that
    # reads, parses or logs what came back does not
    "builders-named-for-enforcement": '''
def ice_referral_dict(m):
    return {"cin": m.cin, "name": m.first_name}  # MCD101


def payload_for_ice(m):
    return {"cin": m.cin, "ssn": m.ssn}  # MCD101


def dhs_line(m):
    return "|".join([m.cin, m.ethnicity])  # MCD101


def ice_event(m):
    return {"cin": m.cin, "diagnosis": m.primary_diagnosis}  # MCD102


def parse_ice_event(evt):
    return {"subject_ssn": evt["ssn"], "status": evt["status"]}


def log_ice_line(m):
    return f"{m.cin} {m.ssn}"
''',
    # SPEC section 10: a SQL WHERE on status clears the send on every path, also when a branch appends
    # another condition to the query; a query that may be one without it does not
    "sql-where-on-status-extended-in-a-branch": '''

SQL = "SELECT medicaid_id, zip_code FROM member WHERE immigration_status = 'NOT_LAWFULLY_PRESENT'"
ALL = "SELECT medicaid_id, race FROM member WHERE active = 1"  # MCD101


def run(cur, county=None):
    sql = SQL
    if county:
        sql += " AND county = %s"
    cur.execute(sql, [county] if county else [])
    rows = cur.fetchall()
    requests.post(ICE_URL, json=[{"medicaid_id": r[0], "zip_code": r[1]} for r in rows])


def run_all(cur, county=None):
    sql = ALL
    if county:
        sql += " AND county = %s"
    cur.execute(sql, [county] if county else [])
    rows = cur.fetchall()
    requests.post(ICE_URL, json=[{"medicaid_id": r[0], "race": r[1]} for r in rows])  # MCD201


def run_either(cur, scoped):
    sql = SQL if scoped else ALL
    cur.execute(sql)
    rows = cur.fetchall()
    requests.post(ICE_URL, json=[{"medicaid_id": r[0]} for r in rows])  # MCD201
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source, population=True) == want


REVIEWED = sorted((Path(__file__).parent / "data" / "review26").glob("*.py"))


@pytest.mark.parametrize("path", REVIEWED, ids=[p.stem for p in REVIEWED])
def test_review_of_round_26(path: Path) -> None:
    """What a review of this round's changes found, kept: a helper called only by itself, from a lambda
    or a class body keeps its own MCD103; a client named for DHS given only state hosts is still
    decided by an explicit URL of its own; a parameter named like a field with a None default keeps
    its name; a decorated method (not a property) used as a value is followed; status lookups kept in
    dict(...), extended lists, index labels and where(inplace=True) choose; a resourceType replaced
    by a non-clinical one is no clinical resource."""
    source = path.read_text(encoding="utf-8")
    want, _, _ = expected(source)
    assert actual(source, population=True) == want


def test_a_public_helper_is_judged_at_each_visible_call(tmp_path: Path) -> None:
    # SPEC section 10: where the callers are visible, the path starts at their sources; section 3: a
    # caller in another module that hands on a whole record of its own is reported at its call, one that
    # hands on a nameless object has placed nothing
    root = project(tmp_path, {
        "app/transport.py": '''
            import dataclasses
            import requests

            ICE_URL = "https://eid.ice.gov/api"

            @dataclasses.dataclass
            class Ref:
                medicaid_id: str

            def post_record(obj):
                requests.post(ICE_URL, json=dataclasses.asdict(obj))

            def run(m):
                post_record(Ref(m.medicaid_id))

            def run_unknown(thing):
                post_record(thing)
            ''',
        "app/job.py": '''
            from app.transport import post_record

            def forward(thing):
                post_record(thing)

            def forward_all(m):
                post_record(vars(m))
            ''',
    })
    assert lint(root / "app/transport.py") == [(11, "MCD103")]  # the unknown object run_unknown hands in
    assert lint(root / "app/job.py") == [(7, "MCD103")]
