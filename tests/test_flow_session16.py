"""The data flow shapes of the sixteenth session: known misses it fixed and what its SPEC-only
probers found (rounds 98 and after).

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected

HEAD = '''import csv
from dataclasses import asdict, dataclass, field

import boto3
import requests

ICE_URL = "https://eid.ice.gov/api"
ICE_BUCKET = "ice-eid-handoff"
STATE_URL = "https://mmis.dhcs.ca.gov/api"
'''

CASES: dict[str, str] = {
    # SPEC section 3 (the placement is where the field enters the payload): a dataclass's
    # __post_init__ that stores new member data into a declared field puts it there, at the store;
    # one that only normalizes what it was given, or stores a constant or a private attribute that
    # asdict does not dump, adds nothing
    "post-init-stores-into-a-declared-field": '''
DIAGNOSES = {}
def lookup_diagnosis(cin):
    return DIAGNOSES[cin].primary_dx
@dataclass
class Packet:
    cin: str
    dob: str
    notes: str = ""
    source: str = ""
    def __post_init__(self):
        self.notes = lookup_diagnosis(self.cin)  # MCD102
        self.source = "MMIS"
        self.dob = self.dob.strip()
@dataclass
class Basic:
    cin: str
    dob: str
    source: str = ""
    def __post_init__(self):
        self.cin = self.cin.strip().upper()
        self.source = "MMIS"
        self._lookup = lookup_diagnosis(self.cin)
def refer(m):
    requests.post(ICE_URL, json=asdict(Packet(cin=m.cin, dob=m.birth_date)), timeout=10)
def refer_basic(m):
    requests.post(ICE_URL, json=asdict(Basic(cin=m.cin, dob=m.birth_date)), timeout=10)
def renew(m):
    requests.post(STATE_URL, json=asdict(Packet(cin=m.cin, dob=m.birth_date)), timeout=10)
''',
    # SPEC section 6 (calls to functions of the project): an object of a class-based Celery task (a
    # class deriving from a Task, made here or registered with app.register_task) runs its run
    # method with what delay or apply_async is given
    "class-based-celery-tasks": '''
from celery import Celery, Task
app = Celery("referrals")
class SendReferral(Task):
    name = "referrals.send"
    def run(self, payload):
        return requests.post(ICE_URL, json=payload, timeout=30)
class SyncMember(Task):
    def run(self, payload):
        return requests.post(STATE_URL, json=payload, timeout=30)
class PushTask(app.Task):
    def run(self, body, url):
        requests.post(url, json=body, timeout=30)
class Backoff:
    def delay(self, payload):
        return len(payload)
send_referral = app.register_task(SendReferral())
push = PushTask()
def enqueue(m):
    body = {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
    send_referral.delay(body)
def enqueue_object(m):
    body = {"medicaid_id": m.cin, "race": m.race}  # MCD101
    SendReferral().apply_async(args=[body])
def enqueue_with_url(m):
    push.delay({"ssn": m.ssn}, ICE_URL)  # MCD101
def enqueue_state(m):
    push.delay({"ssn": m.ssn}, STATE_URL)
    SyncMember().delay({"ssn": m.ssn})
def enqueue_basic(m):
    send_referral.delay({"medicaid_id": m.cin, "dob": m.birth_date})
def wait(m):
    Backoff().delay({"ssn": m.ssn})
''',
    # SPEC section 3 (column lists, each name at its own line): a select list joined from a
    # generator over a constant list or a constant dict's items is that list's names, each placed
    # where the name was written; a condition of the generator that the constant decides drops the
    # name
    "sql-select-list-joined-from-a-generator": '''
import sqlite3
EXPORT_COLUMNS = [
    "cin",
    "birth_date",
    "ssn",  # MCD101
]
RENAME = {
    "medicaid_id": "cin",
    "dob": "birth_date",
    "race": "race_cd",  # MCD101
}
BASIC_COLUMNS = ("cin", "birth_date", "ctznshp_ind")
def export_qualified(conn, path):
    cols = ", ".join(f"m.{c}" for c in EXPORT_COLUMNS)
    rows = conn.execute(f"SELECT {cols} FROM members m WHERE m.imgrtn_stus_cd = 'EWI'").fetchall()
    with open(path, "w") as fh:
        csv.writer(fh).writerows(rows)
    boto3.client("s3").upload_file(path, ICE_BUCKET, "a.csv")
def export_renamed(conn, path):
    cols = ", ".join(f"{src} AS {dst}" for dst, src in RENAME.items())
    rows = conn.execute(f"SELECT {cols} FROM members WHERE imgrtn_stus_cd = 'EWI'").fetchall()
    with open(path, "w") as fh:
        csv.writer(fh).writerows(rows)
    boto3.client("s3").upload_file(path, ICE_BUCKET, "b.csv")
def export_basic(conn, path):
    cols = ", ".join(f"m.{c}" for c in BASIC_COLUMNS)
    rows = conn.execute(f"SELECT {cols} FROM members m WHERE m.imgrtn_stus_cd = 'EWI'").fetchall()
    with open(path, "w") as fh:
        csv.writer(fh).writerows(rows)
    boto3.client("s3").upload_file(path, ICE_BUCKET, "c.csv")
def export_skipping(conn, path):
    cols = ", ".join(c for c in EXPORT_COLUMNS if c != "ssn")
    rows = conn.execute(f"SELECT {cols} FROM members WHERE imgrtn_stus_cd = 'EWI'").fetchall()
    with open(path, "w") as fh:
        csv.writer(fh).writerows(rows)
    boto3.client("s3").upload_file(path, ICE_BUCKET, "d.csv")
''',
    # the lawful twins: the generator's condition drops the prohibited names; the same list sent to
    # the state's bucket
    "sql-select-list-generator-lawful": '''
import sqlite3
EXPORT_COLUMNS = ["cin", "birth_date", "ssn", "race_cd"]
DROPPED = ("ssn", "race_cd")
def export_skipping(conn, path):
    cols = ", ".join(c for c in EXPORT_COLUMNS if c not in DROPPED)
    rows = conn.execute(f"SELECT {cols} FROM members WHERE imgrtn_stus_cd = 'EWI'").fetchall()
    with open(path, "w") as fh:
        csv.writer(fh).writerows(rows)
    boto3.client("s3").upload_file(path, ICE_BUCKET, "d.csv")
def export_to_state(conn, path):
    cols = ", ".join(f"m.{c}" for c in EXPORT_COLUMNS)
    rows = conn.execute(f"SELECT {cols} FROM members m").fetchall()
    with open(path, "w") as fh:
        csv.writer(fh).writerows(rows)
    boto3.client("s3").upload_file(path, "mmis-dhcs-extracts", "d.csv")
''',
    # SPEC section 6 (what flows between the functions and methods of a module): a queue of the
    # module or of the object (queue.Queue, asyncio.Queue, deque) holds what one function or method
    # puts there and another takes out (get, pop); an element popped from the object's list
    # likewise; an HTTP session's put is still a send
    "queues-between-functions-and-methods": '''
import asyncio
import queue
import threading
OUTBOX = queue.Queue()
STATE_OUTBOX = queue.Queue()
def produce(member):
    OUTBOX.put({"medicaid_id": member.cin, "ssn": member.ssn})  # MCD101
def produce_state(member):
    STATE_OUTBOX.put({"medicaid_id": member.cin, "ssn": member.ssn})
def consume():
    while True:
        item = OUTBOX.get()
        if item is None:
            break
        requests.post(ICE_URL, json=item, timeout=10)
        OUTBOX.task_done()
def consume_state():
    while True:
        item = STATE_OUTBOX.get(timeout=5)
        requests.post(STATE_URL, json=item, timeout=10)
class Relay:
    def __init__(self):
        self.pending = asyncio.Queue(maxsize=100)
        self.session = requests.Session()
    async def submit(self, member):
        await self.pending.put({"medicaid_id": member.cin, "race": member.race})  # MCD101
    async def drain(self):
        while True:
            body = await self.pending.get()
            requests.post(ICE_URL, json=body, timeout=10)
    def update_state(self, member):
        self.session.put(STATE_URL + "/members", json={"ssn": member.ssn}, timeout=10)
    def update_ice(self, member):
        self.session.put(ICE_URL + "/subjects", json={"dx": member.primary_dx}, timeout=10)  # MCD102
class Backlog:
    def __init__(self):
        self.items = []
    def add(self, member):
        self.items.append({"medicaid_id": member.cin, "sex": member.sex})  # MCD101
    def flush_one(self):
        body = self.items.pop()
        requests.post(ICE_URL, json=body, timeout=10)
def main(member):
    threading.Thread(target=consume, daemon=True).start()
    produce(member)
''',
    # SPEC section 10 (a condition counts when it guards the send or the append to the batch): a
    # send or an append guarded by a status test in a conditional expression or on the left of and
    # runs only for the chosen records; a test of anything else chooses no one
    "status-test-in-a-conditional-expression-or-and": '''
def push_all(members):
    for m in members:
        requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=10) if m.immigration_status == "EWI" else None
def push_all2(members):
    for m in members:
        m.immigration_status in ("EWI", "OVERSTAY") and requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=10)
def push_all3(members):
    results = [requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=10) if m.immigration_status == "EWI" else None for m in members]
    return results
def push_all4(members):
    for m in members:
        resp = requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=10) if m.immigration_status == "EWI" else None
        print(resp)
def push_batch(members):
    batch = []
    for m in members:
        batch.append({"medicaid_id": m.cin, "ssn": m.ssn}) if m.immigration_status == "EWI" else None  # MCD101
    requests.post(ICE_URL, json=batch, timeout=10)
def push_unfiltered(members):
    for m in members:
        requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=10) if m.cin else None  # MCD201
def push_and(members):
    for m in members:
        m.cin and requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=10)  # MCD201
''',
    # SPEC section 10 (reported once per sink call): a file named for enforcement written from
    # unfiltered records in several places gets MCD201 at each write; a screened write none
    "mcd201-once-per-write-of-an-enforcement-file": '''
import json
ERO_FILE = "/srv/outbound/ero_referrals.ndjson"
def both(members, applicants):
    with open(ERO_FILE, "w") as fh:
        for m in members:
            fh.write(json.dumps({"cin": m["cin"]}))  # MCD201
        for a in applicants:
            fh.write(json.dumps({"cin": a["cin"]}))  # MCD201
def first(records):
    with open(ERO_FILE, "w") as fh:
        for r in records:
            fh.write(json.dumps({"cin": r["cin"]}))  # MCD201
def second(records):
    with open(ERO_FILE, "a") as fh:
        for r in records:
            fh.write(json.dumps({"cin": r["cin"]}))  # MCD201
def screened(records):
    with open(ERO_FILE, "a") as fh:
        for r in records:
            if r["immigration_status"] != "EWI":
                continue
            fh.write(json.dumps({"cin": r["cin"]}))
''',
    # SPEC sections 3 and 5 (one finding per placement; any prohibited name makes the value
    # prohibited): a loop over a literal tuple of field reads binds one value that may be either,
    # not one finding per element
    "loop-over-a-tuple-of-fields-is-one-value": '''
def refer(member):
    payload = {"medicaid_id": member.cin}
    for candidate in (member.ssn, member.alt_id):
        if candidate:
            payload["lookup_key"] = candidate  # MCD101
            break
    requests.post(ICE_URL, json=payload)
def refer_setdefault(member):
    payload = {"medicaid_id": member.cin}
    for candidate in (member.ssn, member.alt_id):
        payload.setdefault("lookup_key", candidate)  # MCD101
    requests.post(ICE_URL, json=payload)
''',
    # SPEC section 10 (not bulk: a lookup by id): a record picked out of many by an identifier the
    # caller gives (in a loop test, or from a dict keyed by the identifier) is one person's; a join
    # of two sources is not a lookup
    "lookup-by-id-in-a-loop-or-a-dict": '''
def refer_by_cin(members, cin):
    for m in members:
        if m.cin == cin:
            requests.post(ICE_URL, json={"medicaid_id": m.cin})
            return
def refer_by_cin_break(members, cin):
    found = None
    for m in members:
        if m.cin == cin:
            found = m
            break
    if found is not None:
        requests.post(ICE_URL, json={"medicaid_id": found.cin})
def refer_by_cin_index(members, cin):
    by_cin = {m.cin: m for m in members}
    m = by_cin[cin]
    requests.post(ICE_URL, json={"medicaid_id": m.cin})
def refer_joined(members, statuses):
    for m in members:
        for s in statuses:
            if m.cin == s.cin:
                requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
''',
    # SPEC sections 6 and 10: mapping, class and sequence captures of a case pattern are parts of
    # the records matched
    "match-captures-keep-their-records": '''
class Member:
    cin: str
def refer_csv(path):
    with open(path) as fh:
        for row in csv.DictReader(fh):
            match row:
                case {"medicaid_id": cin, "dob": dob}:
                    requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob})  # MCD201
                case _:
                    continue
def refer_all(members):
    for m in members:
        match m:
            case Member(cin=cin):
                requests.post(ICE_URL, json={"medicaid_id": cin})  # MCD201
def refer_all_seq(members):
    for m in members:
        match m:
            case (cin, dob):
                requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob})  # MCD201
''',
    # SPEC section 10 (a condition on the path from the source to the send): records removed from
    # the collection one by one under a status test leave the rest chosen; removed under another
    # test, not
    "records-removed-under-a-status-test": '''
TARGET = {"EWI", "OVERSTAY"}
def push(members):
    for m in list(members):
        if m.immigration_status not in TARGET:
            members.remove(m)
    for m in members:
        requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=10)
def push2(members):
    members = list(members)
    for m in members[:]:
        if m.immigration_status not in TARGET:
            members.remove(m)
    for m in members:
        requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=10)
def push_bad(members):
    for m in list(members):
        if not m.cin:
            members.remove(m)
    for m in members:
        requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=10)  # MCD201
''',
    # SPEC section 6 (calls to functions of the project): executor.map over literal lists of URLs
    # and payloads runs the function element by element, zipped, so the state's payload never meets
    # ICE's URL
    "executor-map-zips-its-iterables": '''
from concurrent.futures import ThreadPoolExecutor
URLS = [ICE_URL, STATE_URL]
def fan_out(m):
    body = {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
    def send(url):
        return requests.post(url, json=body, timeout=10)
    with ThreadPoolExecutor(max_workers=2) as ex:
        list(ex.map(send, URLS))
def fan_out2(m):
    body = {"medicaid_id": m.cin, "race": m.race}  # MCD101
    with ThreadPoolExecutor(max_workers=2) as ex:
        list(ex.map(lambda u: requests.post(u, json=body, timeout=10), [ICE_URL, STATE_URL]))
def post_one(url, payload):
    return requests.post(url, json=payload, timeout=10)
def fan_out3(m):
    body = {"medicaid_id": m.cin, "sex": m.sex}  # MCD101
    with ThreadPoolExecutor(max_workers=2) as ex:
        list(ex.map(post_one, URLS, [body, body]))
def fan_out_lawful(m):
    full = {"medicaid_id": m.cin, "ssn": m.ssn}
    basic = {"medicaid_id": m.cin, "dob": m.birth_date}
    with ThreadPoolExecutor(max_workers=2) as ex:
        list(ex.map(post_one, [STATE_URL, ICE_URL], [full, basic]))
def fan_out_pairs(m):
    full = {"medicaid_id": m.cin, "diagnosis": m.primary_dx}  # MCD102
    with ThreadPoolExecutor(max_workers=2) as ex:
        list(ex.map(lambda pair: post_one(*pair), [(STATE_URL, full), (ICE_URL, full)]))
''',
    # review of the session: a lookup by id chooses only the branch that handles the matching
    # record; a test that skips one identifier (continue, else, a break before the send), or
    # compares with a value the loop rebinds, chooses no one
    "lookup-by-id-only-the-matching-branch": '''
def send_all(members):
    last = None
    for m in members:
        if m.cin == last:
            continue
        last = m.cin
        requests.post(ICE_URL, json={"cin": m.cin})  # MCD201
def send_all2(members, placeholder):
    for m in members:
        if m.medicaid_id == placeholder:
            continue
        requests.post(ICE_URL, json={"cin": m.cin})  # MCD201
def send_others(members, reporter_cin):
    for m in members:
        if m.cin == reporter_cin:
            print("skip the reporter")
        else:
            requests.post(ICE_URL, json={"cin": m.cin})  # MCD201
def send_after_break(members, cin):
    for m in members:
        if m.cin == cin:
            break
        requests.post(ICE_URL, json={"cin": m.cin})  # MCD201
def refer_by_cin(members, cin):
    for m in members:
        if m.cin == cin:
            requests.post(ICE_URL, json={"medicaid_id": m.cin})
            return
def refer_by_cin_break(members, cin):
    found = None
    for m in members:
        if m.cin == cin:
            found = m
            break
    if found is not None:
        requests.post(ICE_URL, json={"medicaid_id": found.cin})
def refer_each_match(members, cin):
    for m in members:
        if m.cin == cin:
            requests.post(ICE_URL, json={"medicaid_id": m.cin})
''',
    # probers of round 102 (SPEC section 5): a column renamed in the frame and written by
    # to_csv(columns=...) carries what it was
    "to-csv-columns-after-a-rename": '''
import boto3
import pandas as pd
def weekly():
    df = pd.read_parquet("/data/snap.parquet")
    df = df[df["imgrtn_stus_cd"] == "5"]
    df = df.rename(columns={"ssn_num": "ref_num"})
    df.to_csv("/tmp/a.csv", index=False, columns=["msis_ident_num", "ref_num"])  # MCD101
    boto3.client("s3").upload_file("/tmp/a.csv", "ice-eid-handoff-prod", "a.csv")
''',
    # SPEC section 4 (a bucket name with an enforcement word; constants fold): a dict of
    # destinations looped over with values() reads each bucket by its key
    "loop-over-a-dict-of-destinations": '''
import boto3
import pandas as pd

DESTINATIONS = {
    "state": {"bucket": "ca-dhcs-mmis-extracts"},
    "ice": {"bucket": "ice-eid-handoff-prod"},
}
def fan_out(engine):
    df = pd.read_sql("SELECT msis_ident_num, sex_cd FROM tmsis_elgbl", engine)  # MCD101
    df.to_csv("/tmp/a.csv", index=False)
    for dest in DESTINATIONS.values():
        boto3.client("s3").upload_file("/tmp/a.csv", dest["bucket"], "a.csv")  # MCD201
''',
    # SPEC section 10: a helper that runs the query its callers give is chosen when every caller's
    # query is (the WHERE on status is read with the columns)
    "query-given-by-the-callers": '''
import sqlite3

import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"

SCOPED_SQL = """
SELECT msis_ident_num,
       ssn_num  -- # MCD101
  FROM tmsis_elgbl
 WHERE imgrtn_stus_cd IN ('5', '6')
"""
def _post_all(db, sql):
    rows = sqlite3.connect(db).execute(sql).fetchall()
    requests.post(ICE_URL, json=rows, timeout=60)
def nightly(db):
    _post_all(db, SCOPED_SQL)
''',
    # SPEC section 10: a status looked up in a mapping of statuses by a subscript of the record,
    # inline in the test, is a condition as it is through a variable
    "status-lookup-inline-in-the-test": '''
import sqlite3

import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
CONTACT_SQL = "SELECT msis_ident_num, elgbl_phne_num FROM tmsis_elgbl_cntct"
STATUS_SQL = "SELECT msis_ident_num, imgrtn_stus_cd FROM vlp_verification"
def via_var(conn):
    conn.row_factory = sqlite3.Row
    status_by_id = {r["msis_ident_num"]: r["imgrtn_stus_cd"] for r in conn.execute(STATUS_SQL)}
    for c in conn.execute(CONTACT_SQL):
        st = status_by_id.get(c["msis_ident_num"])
        if st not in ("5", "6"):
            continue
        requests.post(ICE_URL, json={"medicaid_id": c["msis_ident_num"]})
def inline(conn):
    conn.row_factory = sqlite3.Row
    status_by_id = {r["msis_ident_num"]: r["imgrtn_stus_cd"] for r in conn.execute(STATUS_SQL)}
    for c in conn.execute(CONTACT_SQL):
        if status_by_id.get(c["msis_ident_num"]) not in ("5", "6"):
            continue
        requests.post(ICE_URL, json={"medicaid_id": c["msis_ident_num"]})
''',
    # SPEC section 10 (a project function that tests status counts where it is used as a condition):
    # a model's manager whose get_queryset filters on status chooses every queryset of it; another
    # manager of the same model does not
    "manager-whose-get-queryset-tests-status": '''
from django.db import models
SCOPE = ("5", "8")
class InScopeManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(immigration_status__in=SCOPE)
class ActiveManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(enrollment_end__isnull=True)
class Referral(models.Model):
    cin = models.CharField(max_length=9)
    immigration_status = models.CharField(max_length=2)
    objects = InScopeManager()
    everyone = models.Manager()
    active = ActiveManager()
def push_scoped():
    for r in Referral.objects.all():
        requests.post(ICE_URL, json={"medicaid_id": r.cin}, timeout=5)
def push_everyone():
    for r in Referral.everyone.all():
        requests.post(ICE_URL, json={"medicaid_id": r.cin}, timeout=5)  # MCD201
def push_active():
    for r in Referral.active.order_by("cin"):
        requests.post(ICE_URL, json={"medicaid_id": r.cin}, timeout=5)  # MCD201
''',
    # SPEC section 10 (not bulk: one person's record identified by the caller): a variable named
    # like a plural of persons that holds what is read from one person the code holds is no
    # population; one given what an unseen call returns still is
    "plural-variable-of-one-persons-data": '''
def send_phones_join(member):
    rows = "".join(f"<P>{p.number}</P>" for p in member.phones)
    return requests.post(ICE_URL, data=f"<Cin>{member.cin}</Cin>{rows}")
def send_phone_csv(member):
    rows = ",".join(member.phone_numbers)
    return requests.post(ICE_URL, data=rows)
def send_address_history(member):
    records = member.address_history
    return requests.post(ICE_URL, json={"medicaid_id": member.medicaid_id,
                                        "addresses": [{"address": r.line1} for r in records]})
def send_phones_list(member):
    rows = list(member.phone_numbers)
    return requests.post(ICE_URL, json={"medicaid_id": member.medicaid_id, "phones": rows})
def send_phones_listcomp(member):
    rows = [p.number for p in member.phones]
    return requests.post(ICE_URL, data=f"<Cin>{member.cin}</Cin>{rows}")
def send_rows_of_an_unseen_call(conn):
    rows = fetch_roster(conn)
    return requests.post(ICE_URL, json={"medicaid_id": [r.cin for r in rows]})  # MCD201
''',
    # probers of round 105 (SPEC sections 4 and 6): Base.method(self, ...) and super(Cls,
    # self).method(...) run that class's method on this object, past the overrides in between (an
    # allow-list skipped is a finding; a base URL set so is the object's)
    "explicit-base-calls-and-super-with-a-class": '''
ALLOWED = ("medicaid_id", "phone")
class BaseTransport:
    def __init__(self, base_url):
        self.base_url = base_url
    def post(self, path, payload):
        return requests.post(f"{self.base_url}/{path}", json=payload, timeout=30)
class IceTransport(BaseTransport):
    def __init__(self):
        super().__init__("https://eid.ice.gov/api/v1")
    def post(self, path, payload):
        return super().post(path, {k: v for k, v in payload.items() if k in ALLOWED})
class IceBulkTransport(IceTransport):
    def post(self, path, payload):
        # skips IceTransport's allow-list: posts the payload as given
        return BaseTransport.post(self, path, payload)
def refer_bulk(m):
    IceBulkTransport().post("bulk", {"medicaid_id": m.medicaid_id, "ssn": m.ssn})  # MCD101
class IceBulkTransport2(IceTransport):
    def post(self, path, payload):
        # super(IceTransport, self) starts the lookup after IceTransport: no allow-list
        return super(IceTransport, self).post(path, payload)
def refer_bulk2(m):
    IceBulkTransport2().post("bulk", {"medicaid_id": m.medicaid_id, "ssn": m.ssn})  # MCD101
class IceRawTransport(BaseTransport):
    def __init__(self):
        super().__init__("https://eid.ice.gov/api/v1")
class StateMockTransport(IceRawTransport):
    """Test double on the state's own mock server."""
    def __init__(self):
        BaseTransport.__init__(self, "https://ice-mock.test.mn.gov/api")
class StateMockTransport2(IceRawTransport):
    def __init__(self):
        super(IceRawTransport, self).__init__("https://ice-mock.test.mn.gov/api")
def smoke(m):
    return StateMockTransport().post("referrals", {"ssn": m.ssn})
def smoke2(m):
    return StateMockTransport2().post("referrals", {"ssn": m.ssn})
def refer_through_the_allow_list(m):
    IceTransport().post("basic", {"medicaid_id": m.medicaid_id, "ssn": m.ssn})
''',
    # probers of round 104 (SPEC section 4): base_url or VENDOR given a URL by the call is that URL;
    # a session made in startup() through global is the module's client
    "client-base-url-or-default-and-a-global-session": '''
import httpx
import aiohttp
VENDOR = "https://api.mmis-vendor.example.com"
class JsonApi:
    def __init__(self, base_url=None):
        self._client = httpx.AsyncClient(base_url=base_url or VENDOR)
    async def post(self, body):
        await self._client.post("/referrals", json=body)
async def refer(member):
    await JsonApi("https://eid.ice.gov/api").post({"cin": member.cin, "ssn": member.ssn})  # MCD101
async def renew(member):
    await JsonApi().post({"cin": member.cin, "ssn": member.ssn})
async def renew_state(member):
    await JsonApi(STATE_URL).post({"cin": member.cin, "ssn": member.ssn})
_session: aiohttp.ClientSession | None = None
async def startup() -> None:
    global _session
    _session = aiohttp.ClientSession()
async def refer_shared(member) -> int:
    async with _session.post(ICE_URL, json={"cin": member.cin, "race": member.race}) as resp:  # MCD101
        return resp.status
async def renew_shared(member) -> int:
    async with _session.post(STATE_URL, json={"cin": member.cin, "race": member.race}) as resp:
        return resp.status
''',
    # probers of round 105 (SPEC section 6, sanitizers): names spread into *keys of a helper are a
    # constant collection there (an allow-list over them keeps only those); texts spread into a
    # wrapper's *args stay positional
    "star-args-spread-into-a-helper": '''
ICE_FIELDS = ("medicaid_id", "phone")
def pick(record, *keys):
    return {k: record[k] for k in keys if k in record}  # MCD101
def post(*args, **kwargs):
    return requests.post(*args, **kwargs)
def send(*parts, body=None):
    return requests.post("/".join(parts), json=body)
def refer(m):
    rec = {"medicaid_id": m.medicaid_id, "phone": m.phone, "ssn": m.ssn}
    requests.post(ICE_URL, json=pick(rec, *ICE_FIELDS), timeout=30)
    requests.post(ICE_URL, json=pick(rec, "medicaid_id", "phone"), timeout=30)
def refer_more(m):
    rec = {"medicaid_id": m.medicaid_id, "race": m.race}
    requests.post(ICE_URL, json=pick(rec, "medicaid_id", "race"), timeout=30)
def wrapped(m):
    post(ICE_URL, json={"ssn": m.ssn})  # MCD101
    send("https://eid.ice.gov", "api", body={"sex": m.sex})  # MCD101
''',
    # review of the session (SPEC sections 4 and 8): the enclosing function or class decides only a
    # URL the analysis cannot resolve; a vendor or cloud host is decided by the names that supply it
    # (handlers of what ICE sends post member data to the agency's own case system)
    "enclosing-names-decide-only-an-unresolved-url": '''
GATEWAY_URL = "https://gw.mmis-vendor.example.com/api/forward"
CASE_URL = "https://statecase.my.salesforce.com/services/apexrest/cases"
ICE_GATEWAY_URL = "https://gw.mmis-vendor.example.com/api/ice"
def on_ice_webhook(member, req):
    requests.post(CASE_URL, json={"cin": member.cin, "diagnosis": member.diagnosis_code}, timeout=5)
class IceNoticeHandler:
    def handle(self, member):
        requests.post(CASE_URL, json={"cin": member.cin, "ssn": member.ssn}, timeout=5)
def refer_to_ice_via_vendor(m):
    requests.post(GATEWAY_URL, json={"medicaid_id": m.cin, "ssn": m.ssn}, timeout=5)
def refer_through_named_gateway(m):
    requests.post(ICE_GATEWAY_URL, json={"medicaid_id": m.cin, "ssn": m.ssn}, timeout=5)  # MCD101
def refer_to_ice(m):
    requests.post(settings.REFERRAL_URL, json={"medicaid_id": m.cin, "race": m.race}, timeout=5)  # MCD101
''',
    # second review of the session (SPEC section 10): a plural variable filled by a method of a
    # client is a population; a helper running an unknown query its caller gives is a source;
    # records removed under a status test in one path leave other paths and copies unchosen; a
    # lookup by an identifier fixed before the loop (also rebound before it, with an else) chooses
    # the matching record only
    "review-of-population-precision": '''
from mmis_sdk import MmisClient
from pathlib import Path
def nightly(county):
    mmis_client = MmisClient()
    members = mmis_client.fetch_roster(county)
    for m in members:
        requests.post(ICE_URL, json={"cin": m["cin"]})  # MCD201
def _post_all(conn, sql):
    rows = conn.execute(sql).fetchall()
    requests.post(ICE_URL, json=[{"cin": r["cin"]} for r in rows])  # MCD201
def run(conn):
    _post_all(conn, Path("roster.sql").read_text())
def send_phone_csv(member):
    rows = ",".join(member.phone_numbers)
    return requests.post(ICE_URL, data=rows)
TARGET = {"EWI"}
def nightly_dry(members, dry_run):
    members = list(members)
    if dry_run:
        for m in list(members):
            if m.immigration_status == "citizen":
                members.remove(m)
        return len(members)
    for m in members:
        requests.post(ICE_URL, json={"cin": m.cin})  # MCD201
def copy_then_prune(members):
    everyone = list(members)
    for m in list(members):
        if m.immigration_status not in TARGET:
            members.remove(m)
    for m in everyone:
        requests.post(ICE_URL, json={"cin": m.cin})  # MCD201
def pruned(members):
    for m in list(members):
        if m.immigration_status not in TARGET:
            members.remove(m)
    for m in members:
        requests.post(ICE_URL, json={"cin": m.cin})
    requests.post(ICE_URL, json=[m.cin for m in members])
def refer_cleaned(members, cin):
    cin = cin.strip().upper()
    for m in members:
        if m.cin == cin:
            requests.post(ICE_URL, json={"cin": m.cin})
def refer_from_request(request, members):
    cin = request.json["cin"]
    for m in members:
        if m.cin == cin:
            requests.post(ICE_URL, json={"cin": m.cin})
        else:
            continue
def send_others2(members, reporter_cin):
    for m in members:
        if m.cin == reporter_cin:
            print("skip")
        else:
            requests.post(ICE_URL, json={"cin": m.cin})  # MCD201
''',
    # probers of round 106 (SPEC sections 6 and 10): iter(lambda: cur.fetchmany(n), []) hands out
    # what the lambda returns, chunk after chunk
    "iter-over-a-lambda-of-fetchmany": '''
import sqlite3
ICE_RELAY_URL = "https://relay.ice.gov/api/upload"
def scoped_with_ssn(path):
    conn = sqlite3.connect(path)
    cur = conn.cursor()
    cur.execute("SELECT member_id, dob, ssn FROM members WHERE immigration_status = 'U'")  # MCD101
    for chunk in iter(lambda: cur.fetchmany(1000), []):
        requests.post(ICE_RELAY_URL, json=chunk)
def unscoped(path):
    conn = sqlite3.connect(path)
    cur = conn.cursor()
    cur.execute("SELECT member_id, dob FROM members")
    for chunk in iter(lambda: cur.fetchmany(1000), []):
        requests.post(ICE_RELAY_URL, json=chunk)  # MCD201
''',
    # probers of round 106 (SPEC section 3): filter_by, with_for_update and the other Select methods
    # keep the statement's columns; a union of named selects has their columns (no false MCD103),
    # also imported inside the function
    "sqlalchemy-select-methods-and-unions": '''
import httpx
from sqlalchemy import select
from mmis.db.models import Member
CBP_MATCH_URL = "https://match.cbp.gov/api/v3/manifest"
def scoped_filter_by(session: Session):
    stmt = select(
        Member.cin,
        Member.last_name,  # MCD101
    ).filter_by(immigration_status="U")
    rows = [r._asdict() for r in session.execute(stmt)]
    httpx.post(CBP_MATCH_URL, json=rows)
def locked_where(session: Session):
    stmt = select(
        Member.cin,
        Member.last_name,  # MCD101
    ).where(Member.immigration_status == "U").with_for_update(skip_locked=True)
    rows = [r._asdict() for r in session.execute(stmt)]
    httpx.post(CBP_MATCH_URL, json=rows)
def unscoped_filter_by(session: Session):
    stmt = select(Member.cin, Member.birth_date).filter_by(county_cd="031")
    rows = [r._asdict() for r in session.execute(stmt)]
    httpx.post(CBP_MATCH_URL, json=rows)  # MCD201
def union_of_named_selects(session: Session):
    from sqlalchemy import union_all
    a = select(Member.cin, Member.birth_date).where(Member.immigration_status == "U")
    b = select(Member.cin, Member.birth_date).where(Member.us_citizen.is_(False))
    rows = [r._asdict() for r in session.execute(union_all(a, b))]
    httpx.post(CBP_MATCH_URL, json=rows)
''',
    # probers of round 106 (SPEC section 8): a row of select(Member.cin, Member.ssn,
    # Member.birth_date) read by position carries the column at that position only
    "sqlalchemy-rows-by-position": '''
import requests
from sqlalchemy import select
from sqlalchemy.orm import Session
from mmis.db.models import Member
ICE_POS_URL = "https://pos.eid.ice.gov/v1/subjects"
def by_index(session: Session):
    stmt = select(Member.cin, Member.ssn, Member.birth_date).where(Member.immigration_status == "U")
    for r in session.execute(stmt):
        requests.post(ICE_POS_URL, json={"medicaid_id": r[0], "dob": r[2]})
def by_unpacking(session: Session):
    stmt = select(Member.cin, Member.ssn, Member.birth_date).where(Member.immigration_status == "U")
    for cin, _ssn, dob in session.execute(stmt):
        requests.post(ICE_POS_URL, json={"medicaid_id": cin, "dob": dob})
def by_attribute(session: Session):
    stmt = select(Member.cin, Member.ssn, Member.birth_date).where(Member.immigration_status == "U")
    for r in session.execute(stmt):
        requests.post(ICE_POS_URL, json={"medicaid_id": r.cin, "dob": r.birth_date})
def index_sends_ssn(session: Session):
    stmt = select(
        Member.cin,
        Member.ssn,  # MCD101
    ).where(Member.immigration_status == "U")
    for r in session.execute(stmt):
        requests.post(ICE_POS_URL, json={"medicaid_id": r[0], "ref": r[1]})
''',
    # probers of round 106 (SPEC section 3): .values(*self.columns) of a list in the class body
    # names its columns, each at its element
    "values-of-a-class-column-list": '''
from mmis.core.models import Member
ERO_EXPORT_URL = "https://export.ero.dhs.gov/v1/rows"
SCOPE = ("U", "X")
class EroExport:
    columns = (
        "cin",
        "veteran_status",  # MCD101
    )
    def run(self):
        qs = Member.objects.filter(immigration_status__in=SCOPE).values(*self.columns)
        requests.post(ERO_EXPORT_URL, json=list(qs))
class EroExportBasic:
    columns = ("cin", "birth_date")
    def run(self):
        qs = Member.objects.filter(immigration_status__in=SCOPE).values(*self.columns)
        requests.post(ERO_EXPORT_URL, json=list(qs))
''',
    # probers of round 106 (SPEC section 5, both names): select(Member.cin.label('alien_number'))
    # puts the column under that name, as SQL's AS does
    "sqlalchemy-label-names-the-column": '''
import psycopg2
import requests
from sqlalchemy import select
from sqlalchemy.orm import Session
from mmis.db.models import Member
ICE_URL = "https://eid.ice.gov/v1/subjects"
def sa_label(session: Session):
    stmt = select(
        Member.birth_date,
        Member.cin.label("alien_number"),  # MCD101
    ).where(Member.immigration_status == "U")
    requests.post(ICE_URL, json=[r._asdict() for r in session.execute(stmt)])
def sql_alias_twin():
    cur = psycopg2.connect("dbname=mmis").cursor()
    cur.execute(
        """
        SELECT birth_date,
               cin AS alien_number  -- # MCD101
          FROM members
         WHERE immigration_status = 'U'
        """
    )
    requests.post(ICE_URL, json=cur.fetchall())
''',
    # third review of the session: a constant tuple spread into a send; a name imported in a
    # function then rebound; iter over a lambda of fetchone hands out rows; status-guarded removal
    # in a helper; one person's record fetched by id and a plural variable of its fields
    "third-review-of-the-session": '''
TARGETS = {"EWI"}
ENDPOINT = (ICE_URL,)
def refer_spread(member):
    requests.post(*ENDPOINT, json={"ssn": member.ssn})  # MCD101
def refer_spread2(member):
    args = (ICE_URL,)
    requests.post(*args, json={"dx": member.diagnosis_code})  # MCD102
from functools import partial
def refer_partial(m):
    from requests import post
    post = partial(post, ICE_URL)
    post(json={"ssn": m.ssn})  # MCD101
def each2(cur):
    cur.execute("SELECT cin, ssn FROM members WHERE immigration_status = 'EWI'")
    for row in iter(lambda: cur.fetchone(), None):
        requests.post(ICE_URL, json={"cin": row[0]})
def chunks(cur):
    cur.execute("SELECT cin, ssn FROM members WHERE immigration_status = 'EWI'")  # MCD101
    for chunk in iter(lambda: cur.fetchmany(500), []):
        for row in chunk:
            requests.post(ICE_URL, json={"cin": row[0], "ssn": row[1]})
def _keep_targets(members):
    for m in list(members):
        if m.immigration_status not in TARGETS:
            members.remove(m)
def send_all(cur):
    cur.execute("SELECT cin, immigration_status FROM members")
    members = cur.fetchall()
    _keep_targets(members)
    for m in members:
        requests.post(ICE_URL, json={"cin": m.cin})
from app.models import Member
def refer_by_cin(cin):
    member = Member.objects.get(cin=cin)
    rows = ",".join(member.phone_numbers)
    requests.post(ICE_URL, json={"phones": rows})
def refer_current(request):
    member = request.user.member
    records = member.address_history
    requests.post(ICE_URL, json={"addresses": records})
''',
    # third review of the session (SPEC section 3): a column list read through self is the object's
    # own class's (a subclass's override), each name at its element
    "class-column-list-of-the-objects-own-class": '''
class Exporter:
    columns = ["cin", "first_name"]
    def export(self, members, fh):
        writer = csv.DictWriter(fh, fieldnames=self.columns)
        for m in members:
            writer.writerow({c: getattr(m, c) for c in self.columns})
class IceExporter(Exporter):
    columns = ["cin", "ssn", "diagnosis_code"]  # MCD101 MCD102
def run(cur):
    cur.execute("SELECT * FROM members WHERE immigration_status = 'EWI'")
    with open("ice_referrals.csv", "w") as fh:
        IceExporter().export(cur.fetchall(), fh)
''',
    # probers of rounds 108-109 (SPEC section 10): a status test first in an if's and; a dict of
    # records by id read with get; jsonlines and ndjson readers are bulk sources;
    # df.filter(items=...) picks columns, no rows; a frame written with to_csv replaces what the
    # file held
    "probers-of-rounds-108-and-109": '''
import ftplib
import jsonlines
import pandas as pd
from app.models import Member
CODES = ("5", "6")
SPOOL = "/var/spool/mmis/weekly.csv"
def push_and_status_first():
    for m in Member.objects.all():
        if m.imgrtn_stus_cd in CODES and m.county_cd == "053":
            requests.post(ICE_URL, json={"cin": m.cin})
def push_and_no_status():
    for m in Member.objects.all():
        if m.county_cd == "053" and m.cin:
            requests.post(ICE_URL, json={"cin": m.cin})  # MCD201
def refer_by_get(persons, cin):
    by_cin = {p["cin"]: p for p in persons}
    rec = by_cin.get(cin)
    requests.post(ICE_URL, json={"cin": rec["cin"]})
def push_jsonlines(path):
    for rec in jsonlines.open(path):
        requests.post(ICE_URL, json={"cin": rec["cin"]})  # MCD201
def push_columns_only(path):
    df = pd.read_csv(path)
    df.filter(items=["msis_ident_num", "imgrtn_stus_cd"]).to_csv("/tmp/x.csv")
    boto3.client("s3").upload_file("/tmp/x.csv", ICE_BUCKET, "x.csv")  # MCD201
def state_copy(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "ssn"])
    df.to_csv(SPOOL, index=False)
    with ftplib.FTP_TLS("ftp.mn.gov") as ftp, open(SPOOL, "rb") as fh:
        ftp.storbinary("STOR weekly.csv", fh)
def ice_upload(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "birth_dt", "imgrtn_stus_cd"])
    df[df.imgrtn_stus_cd == "5"][["msis_ident_num", "birth_dt"]].to_csv(SPOOL, index=False)
    with ftplib.FTP_TLS("ftp.ero.dhs.gov") as ftp, open(SPOOL, "rb") as fh:
        ftp.storbinary("STOR weekly.csv", fh)
''',
    # prober of round 109 (SPEC section 6): a dataclass holding a client object given to its
    # constructor calls that object's methods, as a class with its own __init__ does
    "dataclass-holding-a-client": '''
ICE_BASE = "https://eid.ice.gov/api/v1"
class Client:
    def __init__(self, base):
        self.base = base
    def submit(self, body):
        requests.post(self.base + "/referrals", json=body, timeout=30)
@dataclass
class Job:
    client: Client
    def send(self, body):
        self.client.submit(body)
class PlainJob:
    def __init__(self, client):
        self.client = client
    def send(self, body):
        self.client.submit(body)
def a(member):
    Job(Client(ICE_BASE)).send({
        "medicaid_id": member.cin,
        "ssn": member.ssn,  # MCD101
    })
def b(member):
    PlainJob(Client(ICE_BASE)).send({
        "medicaid_id": member.cin,
        "sex": member.sex,  # MCD101
    })
def c(member):
    Job(Client("https://mmis.dhcs.ca.gov/api")).send({"medicaid_id": member.cin, "ssn": member.ssn})
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
