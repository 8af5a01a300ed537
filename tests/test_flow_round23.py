"""Round 23 of the data flow: shapes found by the SPEC-only corpus writers and probers.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). Cross-module cases are small
projects linted module by module, as flake8 would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from annotations import actual, expected
from test_project import lint, project

HEAD = '''import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://mmis.dhcs.ca.gov/api/members"
'''

CASES: dict[str, str] = {
    # SPEC section 4: a builder named for enforcement whose output a base class's template
    # method sends only to the subclass's state host is clean (here in one module)
    "builder-named-dhs-sent-by-template-to-state-host": '''
class PartnerExchange:
    endpoint = ""

    def build_body(self, member):
        raise NotImplementedError

    def transmit(self, member):
        requests.post(self.endpoint, json=self.build_body(member))


class DhsEligibilityExchange(PartnerExchange):
    endpoint = "https://eligibility.dhs.illinois.gov/api/v3"

    def build_body(self, member):
        return {"ssn": member.ssn}


class DhsReferral(PartnerExchange):
    endpoint = ICE_URL

    def build_body(self, member):
        return {"ssn": member.ssn}  # MCD101
''',
    # SPEC section 6: an allow-list (or deny-list) filter over the record's own keys is a sanitizer
    "allow-list-over-the-record-keys": '''
ALLOWED = ("medicaid_id", "date_of_birth")
BLOCKED = ("ssn", "race")


def refer(m):
    rec = {"medicaid_id": m.cin, "date_of_birth": m.dob, "ssn": m.ssn}
    requests.post(ICE_URL, json={k: rec[k] for k in rec if k in ALLOWED})
    requests.post(ICE_URL, json={k: rec.get(k) for k in rec.keys() if k in ALLOWED})
    requests.post(ICE_URL, json={k: rec[k] for k in sorted(rec) if k.lower() in ALLOWED})
    requests.post(ICE_URL, json={k: rec[k] for k in list(rec) if k in ALLOWED or k in ("home_address",)})
    requests.post(ICE_URL, json={k: rec[k] for k in rec if k not in BLOCKED})
''',
    "deny-list-over-the-record-keys-keeps-what-it-does-not-deny": '''
BLOCKED = ("race",)


def refer(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
    requests.post(ICE_URL, json={k: rec[k] for k in rec if k not in BLOCKED})
    requests.post(ICE_URL, json={k: rec[k] for k in rec if k in ALLOWED_LATER})
''',
    "allow-list-loops-over-the-record-keys": '''
ALLOWED = ("medicaid_id", "date_of_birth")


def refer(m):
    rec = {"medicaid_id": m.cin, "date_of_birth": m.dob, "ssn": m.ssn}
    body = {}
    for k in rec:
        if k in ALLOWED:
            body[k] = rec[k]
    requests.post(ICE_URL, json=body)
    other = {}
    for k in rec.keys():
        if k not in ALLOWED:
            continue
        other[k] = rec[k]
    requests.post(ICE_URL, json=other)
    requests.post(STATE_URL, json=rec)
''',
    "a-loop-over-the-keys-without-the-guard-sends-everything": '''
ALLOWED = ("medicaid_id", "date_of_birth")


def refer(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
    body = {}
    for k in rec:
        if k in ALLOWED:
            log(k)
        body[k] = rec[k]
    requests.post(ICE_URL, json=body)
''',
    # SPEC section 10: one person's own rows, looked up through a relation to that person, are not bulk
    "one-persons-child-rows-are-not-bulk": '''
from app.models import Address, Phone, Member
from sqlalchemy import select


def refer(member, session, cin):
    history = Address.objects.filter(member=member)
    requests.post(ICE_URL, json={"medicaid_id": member.cin, "home_address": [a.street for a in history]})
    more = Address.objects.filter(member__cin=cin)
    requests.post(ICE_URL, json={"medicaid_id": cin, "home_address": [a.street for a in more]})
    phones = Phone.objects.filter(owner_id=member.id)
    requests.post(ICE_URL, json={"medicaid_id": member.cin, "phone": [p.phone_number for p in phones]})
    rows = session.scalars(select(Address).where(Address.member_id == member.id)).all()
    requests.post(ICE_URL, json={"medicaid_id": member.cin, "home_address": [r.street for r in rows]})
''',
    "many-peoples-rows-are-still-bulk": '''
from app.models import Member


def refer(county, session):
    people = Member.objects.filter(county=county)
    for p in people:
        requests.post(ICE_URL, json={"medicaid_id": p.cin})  # MCD201
''',
    # SPEC section 5: an element of a list put under a permitted key is put there
    "list-elements-under-a-permitted-key": '''
def refer(m, loc):
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "home_address": [loc.line1, loc.line2], "dob": (m.yyyy, m.mm)})
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "extras": [m.ssn, loc.line1]})  # MCD101 MCD104
''',
    # SPEC section 4: a mocking library's objects register fake answers; nothing is sent
    "mock-registrations-in-tests-send-nothing": '''
import responses
import requests_mock
from unittest.mock import MagicMock


def test_a(member):
    with requests_mock.Mocker() as mocker:
        mocker.get(ICE_URL, json={"full_name": member.full_name})


def test_b(member):
    responses.post(ICE_URL, json={"full_name": member.full_name})


def test_c(requests_mock, member):
    requests_mock.post(ICE_URL, json={"full_name": member.full_name})


def test_d(member):
    session = MagicMock()
    session.post(ICE_URL, json={"full_name": member.full_name})


def test_e(session, member):
    session.post(ICE_URL, json={"full_name": member.full_name})  # MCD101
''',
    # SPEC sections 3 and 6: json's default= turns every object it meets into all its fields (MCD103)
    "json-default-every-field-forms": '''
import dataclasses
import json


def _enc(o):
    return vars(o)


def nested(member):
    requests.post(ICE_URL, data=json.dumps({"subject": member}, default=vars))  # MCD103


def nested_asdict(member):
    requests.post(ICE_URL, data=json.dumps({"subject": member, "medicaid_id": member.cin}, default=dataclasses.asdict))  # MCD103


def named_function(member):
    requests.post(ICE_URL, data=json.dumps(member, default=_enc))  # MCD103


def to_dict_lambda(member):
    requests.post(ICE_URL, data=json.dumps(member, default=lambda o: o.to_dict()))  # MCD103


def only_dates(member):
    requests.post(ICE_URL, data=json.dumps({"medicaid_id": member.cin, "dob": member.dob}, default=str))
    requests.post(ICE_URL, data=json.dumps({"subject": member}, default=str))
''',
    # SPEC section 6: a sender wrapped by a decorator called as a function is still the sender
    "decorator-applied-as-a-call": '''
import functools
from tenacity import retry, stop_after_attempt


def _post(body):
    return requests.post(ICE_URL, json=body)


def logged(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner


def same_module_decorator(m):
    send = logged(_post)
    send({"cin": m.cin, "race": m.race})  # MCD101


def runtime_retry(m):
    send = retry(stop=stop_after_attempt(5))(_post)
    send({"cin": m.cin, "race": m.race})  # MCD101


POST_WITH_RETRY = retry(stop=stop_after_attempt(5))(_post)


def module_level(m):
    POST_WITH_RETRY({"cin": m.cin, "race": m.race})  # MCD101
    POST_WITH_RETRY({"cin": m.cin, "dob": m.dob})
''',
    # SPEC section 3: a SQLAlchemy select list names its columns however each is written; a whole table of
    # the module (select(members), members.select()) sends the columns it declares (section 6: a known
    # model's declared fields flow), each at its Column(...)
    "sqlalchemy-select-list-shapes": '''
from sqlalchemy import MetaData, Table, Column, String, select, create_engine, func, literal_column

engine = create_engine("postgresql://mmis/prod")
metadata = MetaData()
members = Table("members", metadata, Column("cin", String), Column("race_cd", String), Column("immigration_status", String))  # MCD101


def send(stmt):
    with engine.connect() as conn:
        requests.post(ICE_URL, json=dict(conn.execute(stmt).mappings().one()))


def shapes(cin):
    send(select(members.c.cin, members.c.race_cd.label("ref_code")).where(members.c.cin == cin))  # MCD101
    send(select(members.c.cin, members.c["race_cd"]).where(members.c.cin == cin))  # MCD101
    send(select(members.c.cin, func.upper(members.c.race_cd)).where(members.c.cin == cin))  # MCD101
    send(select(members.c.cin, literal_column("race_cd")).where(members.c.cin == cin))  # MCD101
    send(select(members.c.cin, members.c.race_cd).select_from(members).where(members.c.cin == cin))  # MCD101
    send(select(members.c.cin).where(members.c.cin == cin).with_only_columns(members.c.cin, members.c.race_cd))  # MCD101
    send(select(members).where(members.c.cin == cin))  # (its declared columns: race_cd at the Table, once)
    send(members.select().where(members.c.cin == cin))
    send(select(members.c.cin.label("medicaid_id")).where(members.c.cin == cin))
''',
    # SPEC section 10: a table that declares a status column is no condition on it
    "a-table-declaring-a-status-column-is-no-status-condition": '''
from sqlalchemy import MetaData, Table, Column, String, select, create_engine

engine = create_engine("postgresql://mmis/prod")
metadata = MetaData()
members = Table("members", metadata, Column("cin", String), Column("county", String), Column("immigration_status", String))


def by_county(county):
    with engine.connect() as conn:
        for r in conn.execute(select(members.c.cin).where(members.c.county == county)):
            requests.post(ICE_URL, json={"cin": r.cin})  # MCD201


def in_scope():
    with engine.connect() as conn:
        for r in conn.execute(select(members.c.cin).where(members.c.immigration_status == "EWI")):
            requests.post(ICE_URL, json={"cin": r.cin})
''',
    # SPEC sections 3 and 6: pandas frames combined or built with named columns keep those columns
    "pandas-combined-and-named-frames": '''
import pandas as pd


def combined(path):
    a = pd.read_csv(path, usecols=["cin", "citizenship"])
    b = pd.read_csv(path, usecols=["cin", "annual_income"])  # MCD101
    c = pd.read_csv(path, usecols=["cin", "race"])  # MCD101
    d = pd.read_csv(path, usecols=["cin", "sex"])  # MCD101
    for df in (pd.concat([a, b], axis=1), pd.merge(a, c, on="cin"), a.join(d)):
        df = df[df.citizenship == "N"]
        requests.post(ICE_URL, json=df.to_dict("records"))


def named(rows, path):
    df = pd.DataFrame(rows, columns=["cin", "dob", "ethnicity"])  # MCD101
    df = df[df.citizenship == "N"]
    requests.post(ICE_URL, json=df.to_dict("records"))
    ok = pd.DataFrame.from_records(rows, columns=["cin", "dob"])
    ok = ok[ok.citizenship == "N"]
    requests.post(ICE_URL, json=ok.to_dict("records"))
''',
    # SPEC section 10: a status test on a key of a JSON column in a SQL WHERE is a condition on status
    "sql-json-key-status-conditions": '''
def run(conn):
    cur = conn.cursor()
    cur.execute("SELECT cin, dob FROM intake WHERE payload->>'immigration_status' IN ('EWI', 'OVERSTAY')")
    for cin, dob in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin, "date_of_birth": str(dob)})
    cur.execute("SELECT cin FROM intake WHERE JSON_VALUE(payload, '$.citizenship') = 'N'")
    for (cin,) in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin})
    cur.execute("SELECT cin FROM intake WHERE payload #>> '{case,immigration_status}' = 'EWI'")
    for (cin,) in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin})
    cur.execute("SELECT cin FROM intake WHERE payload->>'county' = 'Cook'")
    for (cin,) in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin})  # MCD201
''',
    # SPEC sections 3 and 10: each group of a frame holds the frame's columns and records
    "pandas-groups-keep-the-frame-columns": '''
import pandas as pd


def publish(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "household_income"])  # MCD101
    for county, group in df.groupby("elgbl_cnty_cd"):
        requests.post(ICE_URL, json=group.to_dict("records"))  # MCD201
    sizes = df.groupby("elgbl_cnty_cd").size()
    requests.post(ICE_URL, json=sizes.to_dict())
''',
    # SPEC section 4: an Enum member looked up by name folds like the attribute
    "enum-member-looked-up-by-name": '''
from enum import Enum


class Endpoint(str, Enum):
    DHS = "https://mn-its.dhs.state.mn.us/api/members"
    ICE = "https://eid.ice.gov/api/v1"


def push(m):
    requests.post(Endpoint["DHS"].value, json={"ssn": m.ssn})
    requests.post(Endpoint["ICE"].value, json={"ssn": m.ssn})  # MCD101
''',
    # SPEC section 5: timestamps of the transfer are harmless, also read part by part
    "parts-of-a-clock-reading-are-no-fields": '''
import uuid
from datetime import datetime, timezone


def submit(batch_id, m):
    now = datetime.now(timezone.utc)
    hh, mm = now.hour, now.minute
    run = uuid.uuid4()
    requests.post(ICE_URL, json={"batch_id": batch_id, "window_hour": hh, "window_minute": mm, "run": run.hex})
    requests.post(ICE_URL, json={"batch_id": batch_id, "hh": m.hh})  # MCD101
''',
    # SPEC section 10: a status test through a relation of the enrollee's own record counts; through
    # someone else's (a spouse, the household) it chooses no record by the enrollee's status
    "orm-status-through-the-enrollees-own-relations": '''
from members.models import Member


def nightly():
    for m in Member.objects.filter(save_case__immigration_status="EWI"):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
    for m in Member.objects.filter(demographics__immigration_status__in=["EWI"]):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
    for m in Member.objects.filter(spouse__immigration_status="EWI"):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
    for m in Member.objects.filter(household__members__citizenship="N"):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
''',
    # review of round 23: what is not a dict's keys, or not a plain allow-list, is no sanitizer
    "iterating-a-value-or-rows-is-no-key-selection": '''
TEST_CINS = ("99999999A",)
SHARED = ("medicaid_id", "dob")


def digits(m):
    ssn = m.ssn
    clean = "".join(c for c in ssn if c not in ("-", " "))
    requests.post(ICE_URL, json={"medicaid_id": clean})  # MCD101


def push(members):
    cins = [x.cin for x in members]
    for cin in cins:
        if cin in TEST_CINS:
            continue
        requests.post(ICE_URL, json={"medicaid_id": cin})  # MCD201


def lowered(m):
    rec = {"SSN": m.ssn, "MEDICAID_ID": m.cin}  # MCD101
    requests.post(ICE_URL, json={k: rec[k] for k in rec if k.lower() in SHARED})
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if k.lower() not in ("ssn",)})
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if k.lower() not in ("SSN",)})  # never matches: the SSN goes
''',
    "a-keys-loop-that-leaves-early-is-not-unrolled": '''
BLOCKED = ("race",)


def refer(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
    out = {}
    for k in rec:
        if k not in BLOCKED:
            out[k] = rec[k]
            continue
    requests.post(ICE_URL, json=out)
''',
    "flags-and-joins-choose-no-one": '''
from app.models import Member, Address


def flags(session):
    for m in Member.objects.filter(is_applicant=True):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
    for row in session.query(Member, Address).filter(Address.member_id == Member.id):
        requests.post(ICE_URL, json={"medicaid_id": row.cin})  # MCD201
''',
    "variables-named-like-mocks-are-real-clients": '''
from app.http import make_session


def refer(m):
    responses = make_session()
    responses.post(ICE_URL, json={"full_name": m.full_name})  # MCD101


def refer2(mock, m):
    mock.post(ICE_URL, json={"full_name": m.full_name})  # MCD101
''',
    # round 24 probers: values through asyncio and futures keep their fields
    "async-and-future-results-keep-their-fields": '''
import asyncio
from concurrent.futures import ThreadPoolExecutor, as_completed


async def abuild(m):
    return {"medicaid_id": m.cin, "sex": m.sex}  # MCD101


def build(m):
    return {"medicaid_id": m.cin, "race": m.race}  # MCD101


async def via_gather(m):
    (body,) = await asyncio.gather(abuild(m))
    requests.post(ICE_URL, json=body)


def via_submit(m, pool: ThreadPoolExecutor):
    for f in as_completed([pool.submit(build, m)]):
        requests.post(ICE_URL, json=f.result())
''',
    "escaped-text-keeps-its-names": '''
import html
from xml.sax.saxutils import escape


def soap(m):
    requests.post(ICE_URL, data=f"<S>{escape(m.last_name)}</S><R>{html.escape(m.cin)}</R>")  # MCD101
''',
    "a-client-read-from-another-object": '''
def via_ctx(ctx, m):
    ctx.session.post(ICE_URL, json={"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101
    ctx.obj["http"].post(ICE_URL, json={"medicaid_id": m.cin, "sex": m.sex})  # MCD101
    m.address.post(STATE_URL, json={"medicaid_id": m.cin})
''',
    "a-files-own-name-is-no-persons-name": '''
def upload(m, scan_path):
    requests.post(ICE_URL, files={"scan": (scan_path.name, scan_path.open("rb"))}, data={"medicaid_id": m.cin})
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "n": m.name})  # MCD101
''',
    "transfer-metadata-spellings-are-harmless": '''
def send(batch, ctx):
    requests.post(ICE_URL, json={
        "transmitted_at": batch.transmitted_at,
        "num_records": batch.num_records,
        "batch_number": batch.batch_number,
        "run_id": ctx.run_id,
        "interchange_control_number": batch.interchange_control_number,
    })
''',
    "a-file-rewritten-from-scratch-holds-only-its-new-content": '''
import csv
import boto3

WORK = "/var/mmis/tmp/extract.csv"


def nightly(members):
    s3 = boto3.client("s3")
    with open(WORK, "w", newline="") as fh:
        csv.writer(fh).writerows([m.cin, m.ssn] for m in members)
    s3.upload_file(WORK, "mn-dhs-mmis-exports", "members.csv")
    with open(WORK, "w", newline="") as fh:
        csv.writer(fh).writerows([m.cin, m.birth_date] for m in members if m.immigration_status == "EWI")
    s3.upload_file(WORK, "ice-eid-handoff-prod", "referrals.csv")
''',
    "a-rewrite-by-another-function-may-come-first": '''
import csv
import boto3

WORK = "/var/mmis/tmp/extract.csv"


def export_full(members):
    with open(WORK, "w", newline="") as fh:
        csv.writer(fh).writerows([m.cin, m.ssn] for m in members)  # MCD101


def export_ice(members):
    with open(WORK, "w", newline="") as fh:
        csv.writer(fh).writerows([m.cin, m.birth_date] for m in members if m.immigration_status == "EWI")


def upload():
    boto3.client("s3").upload_file(WORK, "ice-eid-handoff-prod", "referrals.csv")  # MCD201
''',
    # a buffer made in a base class's method is a new one for each subclass it runs as
    "a-template-methods-buffer-is-each-subclasss-own": '''
import io
import json


class Sync:
    url = None
    fields = ()

    def run(self, m):
        buf = io.StringIO()
        json.dump({f: getattr(m, f) for f in self.fields}, buf)  # MCD101
        requests.post(self.url, data=buf.getvalue(), timeout=30)


class StateSync(Sync):
    url = "https://mn-its.dhs.state.mn.us/api/members"
    fields = ("cin", "race")


class IceSync(Sync):
    url = ICE_URL
    fields = ("cin", "ssn")
''',
    # SPEC section 10: a status-filtered frame merged with a lookup keeps only the chosen rows
    "a-scoped-frame-merged-with-a-lookup-is-still-scoped": '''
import pandas as pd


def send(members_path, addr_path):
    members = pd.read_parquet(members_path, columns=["msis_ident_num", "imgrtn_stus_cd"])
    addrs = pd.read_parquet(addr_path, columns=["msis_ident_num", "elgbl_zip_cd_home"])
    scoped = members[members["imgrtn_stus_cd"].isin(["5", "6"])]
    out = scoped.merge(addrs, on="msis_ident_num", how="inner")
    requests.post(ICE_URL, json=out[["msis_ident_num", "elgbl_zip_cd_home"]].to_dict("records"))
    left = scoped.merge(addrs, on="msis_ident_num", how="left")
    requests.post(ICE_URL, json=left[["msis_ident_num", "elgbl_zip_cd_home"]].to_dict("records"))
    outer = addrs.merge(scoped, on="msis_ident_num", how="left")
    requests.post(ICE_URL, json=outer[["msis_ident_num", "elgbl_zip_cd_home"]].to_dict("records"))  # MCD201
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source, population=True) == want  # population scope asked of every case


BASE = '''
    import requests

    class PartnerExchange:
        endpoint = ""

        def build_body(self, member):
            raise NotImplementedError

        def transmit(self, member):
            body = self.build_body(member)
            requests.post(self.endpoint, json=body)
    '''


def test_builder_named_for_enforcement_sent_by_a_base_class_of_another_module_to_a_state_host(tmp_path: Path) -> None:
    # SPEC section 4: the resolved host overrides the builder's name also when the send that
    # visibly carries its output is a template method inherited from another module
    root = project(tmp_path, {
        "app/base.py": BASE,
        "app/partners.py": '''
            from .base import PartnerExchange

            class DhsEligibilityExchange(PartnerExchange):
                endpoint = "https://eligibility.dhs.illinois.gov/api/v3"

                def build_body(self, member):
                    return {"ssn": member.ssn, "race": member.race}
            ''',
        "app/ice.py": '''
            from .base import PartnerExchange

            class DhsReferral(PartnerExchange):
                endpoint = "https://eid.ice.gov/api/v1"

                def build_body(self, member):
                    return {"ssn": member.ssn}
            ''',
    })
    assert lint(root / "app/partners.py") == []
    assert lint(root / "app/ice.py") == [(7, "MCD101")]
    assert lint(root / "app/base.py") == []


def test_column_lists_imported_from_another_module(tmp_path: Path) -> None:
    # SPEC section 3: a column list is where its names are placed; imported, they are reported at its use here
    root = project(tmp_path, {
        "app/layout.py": '''
            COLUMNS = ["cin", "dob", "primary_language"]
            SAFE = ("cin", "dob")
            ''',
        "app/send.py": '''
            import csv
            import io
            import requests
            from members.models import Member
            from app.layout import COLUMNS, SAFE

            ICE_URL = "https://eid.ice.gov/api/v1/referrals"

            def writer(r):
                buf = io.StringIO()
                w = csv.DictWriter(buf, fieldnames=COLUMNS)
                w.writerow(r)
                requests.post(ICE_URL, data=buf.getvalue())

            def values(pk):
                row = Member.objects.filter(pk=pk).values(*COLUMNS).first()
                requests.post(ICE_URL, json=row)

            def safe(pk):
                row = Member.objects.filter(pk=pk).values(*SAFE).first()
                requests.post(ICE_URL, json=row)
            ''',
    })
    assert lint(root / "app/send.py") == [(11, "MCD101"), (16, "MCD101")]


def test_a_builder_named_for_enforcement_sent_to_a_state_host_and_elsewhere_is_reported(tmp_path: Path) -> None:
    # SPEC section 4: only a builder whose output is visibly sent ONLY to non-enforcement hosts is clean
    root = project(tmp_path, {
        "app/base.py": BASE,
        "app/partners.py": '''
            import os
            from .base import PartnerExchange

            def build_dhs_referral(member):
                return {"ssn": member.ssn}

            class State(PartnerExchange):
                endpoint = "https://eligibility.dhs.illinois.gov/api/v3"

                def build_body(self, member):
                    return build_dhs_referral(member)

            class Vendor(PartnerExchange):
                endpoint = os.environ["VENDOR_URL"]

                def build_body(self, member):
                    return build_dhs_referral(member)
            ''',
    })
    assert lint(root / "app/partners.py") == [(5, "MCD101")]
