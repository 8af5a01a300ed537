"""The data flow shapes of the forty-third session: what its SPEC-only probers found (round 281
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
    # SPEC section 4 (every channel agencies use): raw sockets (socket.create_connection, socket.socket then
    # connect) and python-hl7's MLLPClient send to the host they were given; a lawful host stays clean
    "sockets-and-mllp-clients-send-to-their-host": '''
import socket
import hl7
from hl7.client import MLLPClient

ICE_HOST = "mllp.ice.dhs.gov"


def send_raw(m):
    msg = f"PID|{m.cin}|{m.diagnosis_code}\\r"  # MCD102
    with socket.create_connection((ICE_HOST, 2575)) as s:
        s.sendall(msg.encode())


def send_raw_connected(m):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect((ICE_HOST, 2575))
    s.sendall(f"PID|{m.cin}|{m.diagnosis_code}\\r".encode())  # MCD102


def send_mllp(m):
    msg = hl7.parse(f"MSH|^~\\\\&|X\\rPID|{m.cin}|{m.diagnosis_code}")  # MCD102
    with MLLPClient(ICE_HOST, 2575) as client:
        client.send_message(msg)


def send_mllp_allowed(m):
    with MLLPClient(ICE_HOST, 2575) as client:
        client.send_message(f"PID|{m.cin}|{m.dob}")


def send_state(m):
    with MLLPClient("hie.state.example.gov", 2575) as client:
        client.send_message(f"PID|{m.cin}|{m.diagnosis_code}")
    s = socket.create_connection(("hie.state.example.gov", 2575))
    s.sendall(f"PID|{m.cin}|{m.diagnosis_code}".encode())


def no_host_known(sock, m):
    sock.sendall(f"PID|{m.cin}|{m.diagnosis_code}".encode())
''',
    # SPEC section 6 (a value the code removes is not sent): clearing through another path reaches the list
    # (del batch[:], an alias's clear(), the record's own clear() after it was put in, list.remove of the
    # record); a conditional removal, a rebound alias or another list's removal keeps the finding
    "clears-through-other-paths": '''
import requests
ICE = "https://eid.ice.gov/api/v1/referrals"


def deleted_slice(members):
    batch = []
    for m in members:
        if m.status == "unlawful":
            batch.append({"cin": m.cin, "dx": m.diagnosis_code})
    del batch[:]
    requests.post(ICE, json=batch, timeout=10)


def alias_cleared(m):
    rec = {"cin": m.cin, "dx": m.diagnosis_code}
    batch = [rec]
    pending = batch
    pending.clear()
    requests.post(ICE, json=batch, timeout=10)


def record_cleared_after_put_in(m):
    rec = {"cin": m.cin, "dx": m.diagnosis_code}
    batch = [rec]
    rec.clear()
    requests.post(ICE, json=batch, timeout=10)


def record_removed(m):
    rec = {"cin": m.cin, "dx": m.diagnosis_code}
    batch = [rec]
    batch.remove(rec)
    requests.post(ICE, json=batch, timeout=10)


def rebound_before_clear(members):
    batch = []
    for m in members:
        batch.append({"cin": m.cin, "dx": m.diagnosis_code})  # MCD102
    sent = batch
    batch = []
    batch.clear()
    requests.post(ICE, json=sent, timeout=10)  # MCD201


def part_cleared(m):
    payload = {"subject": {"cin": m.cin, "dx": m.diagnosis_code}, "dx2": m.diagnosis_code}  # MCD102
    sub = payload["subject"]
    sub.clear()
    requests.post(ICE, json=payload, timeout=10)


def removed_on_one_way(members):
    batch = []
    for m in members:
        rec = {"cin": m.cin, "dx": m.diagnosis_code}  # MCD102
        batch.append(rec)
        if m.ok:
            batch.remove(rec)
    requests.post(ICE, json=batch, timeout=10)  # MCD201


def removed_from_the_other_list(m):
    rec = {"cin": m.cin, "dx": m.diagnosis_code}  # MCD102
    audit = [rec]
    batch = [rec]
    audit.remove(rec)
    requests.post(ICE, json=batch, timeout=10)
''',
    # SPEC sections 4 and 10: a URL that may be one of two table entries, joined to a path, is named in the
    # message by the enforcement URL it may be (not by the table's key); an eligibility case's members are
    # not read as many people (a decision kept with tests/eval_files/v17_urllib3_pool.py); a total folded with
    # reduce(operator.add, ..., 0) is a number placed where it is put, as sum(...) is
    "case-members-reduce-totals-and-table-urls": '''
import functools
import operator
import requests
BASE_URLS = {"ice": "https://eid.ice.gov/api/v1", "hie": "https://hie.oregon.gov/api"}
ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def refer(partner, member):
    if partner == "federal":
        url = BASE_URLS["ice"]
    else:
        url = BASE_URLS["hie"]
    requests.post(url + "/inbound", json={"ssn": member.ssn})  # MCD101 eid.ice.gov/api/v1/inbound


def whole_case(case):
    for person in case.members.all():
        requests.post(ICE_URL, json={"medicaid_id": person.medicaid_id})


def one_member_of_the_case(m):
    for person in m.case.members.all():
        requests.post(ICE_URL, json={"medicaid_id": person.medicaid_id})


def totals(m):
    total = functools.reduce(operator.add, (c.paid_amount for c in m.claims), 0)
    body = {"medicaid_id": m.cin, "total": total}  # MCD102
    return requests.post(ICE_URL, json=body)
''',
    # SPEC section 4: more socket shapes (connect_ex, sendto to an address constant, a TLS socket wrapped with its
    # server_hostname, trio's TCP stream); a state host stays clean
    "socket-variants": '''
import socket
import ssl
import trio
ICE_SYSLOG = ("syslog.ice.dhs.gov", 514)
ICE_TLS_HOST = "tls.ice.dhs.gov"


def connect_ex_variant(member):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    rc = s.connect_ex(("gw.ero.dhs.gov", 9100))
    if rc != 0:
        raise ConnectionError(rc)
    s.sendall(str({"language": member.primary_language}).encode())  # MCD101


def udp_sendto(member):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.sendto(f"referral cin={member.cin} race={member.race}".encode(), ICE_SYSLOG)  # MCD101


def tls_wrapped(member):
    ctx = ssl.create_default_context()
    raw = socket.create_connection((ICE_TLS_HOST, 443))
    with ctx.wrap_socket(raw, server_hostname=ICE_TLS_HOST) as tls:
        tls.sendall(str({"cin": member.cin, "hiv_status": member.hiv_status}).encode())  # MCD102


async def trio_stream(member):
    stream = await trio.open_tcp_stream("gw.ero.dhs.gov", 9100)
    await stream.send_all(str({"cin": member.cin, "race": member.race}).encode())  # MCD101


def state_tls(member):
    ctx = ssl.create_default_context()
    raw = socket.create_connection(("hie.state.example.gov", 443))
    with ctx.wrap_socket(raw, server_hostname="hie.state.example.gov") as tls:
        tls.sendall(str({"cin": member.cin, "hiv_status": member.hiv_status}).encode())
''',
    # SPEC section 6 (a value the code removes is not sent; urljoin and os.path.join are folded): a record removed
    # through another name of its list; urljoin/posixpath.join of a table entry chosen by an unknown key
    "removal-through-an-alias-and-joined-table-urls": '''
import posixpath
from urllib.parse import urljoin
import httpx
import requests
ICE_REFERRALS = "https://eid.ice.gov/api/v1/referrals"
BASE_URLS = {"ice": "https://eid.ice.gov/api", "hie": "https://hie.health.ny.gov/api"}


def removed_via_alias_list(member):
    rec = {"cin": member.cin, "sex": member.sex}
    batch = [rec]
    staged = batch
    staged.remove(rec)
    httpx.post(ICE_REFERRALS, json=batch)


def route_urljoin(member, target):
    url = urljoin(BASE_URLS[target] + "/", "referrals")
    requests.post(url, json={"cin": member.cin, "email": member.email})  # MCD101


def route_posix(member, target):
    url = posixpath.join(BASE_URLS[target], "referrals")
    requests.post(url, json={"cin": member.cin, "income": member.income})  # MCD101
''',
    # SPEC sections 3 and 6 (payload models): a subclass that redeclares an inherited field with exclude=True does not
    # serialize it; a model held through Annotated[...], a module type alias or dict[str, Model] is its fields;
    # msgspec's rename= and field(name=...) name what is sent
    "model-features-of-round-282": '''
from typing import Annotated, Literal, Union
import msgspec
import requests
from pydantic import BaseModel, Field
ICE_URL = "https://eid.ice.gov/api/v2/referrals"


class Person(BaseModel):
    cin: str
    ssn: str | None = None


class PublicPerson(Person):
    ssn: str | None = Field(default=None, exclude=True)


class IcePublicPerson(Person):
    ssn: str | None = Field(default=None, exclude=True)


class Hidden(BaseModel):
    cin: str
    ssn: str | None = Field(default=None, exclude=True)


class Shown(Hidden):
    ssn: str | None = None


def send_public(m):
    p = PublicPerson(cin=m.cin, ssn=m.ssn)
    requests.post(ICE_URL, json=p.model_dump(), timeout=10)
    s = Shown(cin=m.cin, ssn=m.ssn)  # MCD101
    requests.post(ICE_URL, json=s.model_dump(), timeout=10)


class AddressChange(BaseModel):
    kind: Literal["address"] = "address"
    street: str


class AdmissionChange(BaseModel):
    kind: Literal["admission"] = "admission"
    diagnosis_code: str


ChangeEvent = Annotated[Union[AddressChange, AdmissionChange], Field(discriminator="kind")]
SafeEvent = Union[AddressChange]


class IceNotice(BaseModel):
    medicaid_id: str
    events: list[ChangeEvent]  # MCD102
    latest: Annotated[AddressChange | AdmissionChange, Field(discriminator="kind")]  # MCD102
    history: dict[str, AdmissionChange] = {}  # MCD102
    moves: list[SafeEvent] = []


class IceSubjectStruct(msgspec.Struct, rename={"member_ref": "ssn"}):
    medicaid_id: str
    member_ref: str  # MCD101


class IceSubjectField(msgspec.Struct):
    medicaid_id: str
    member_ref: str = msgspec.field(name="ssn")  # MCD101
''',
    # SPEC section 6: an object of a class of the module handed to a helper (annotated, or given so at every
    # call) is what its class sets on itself: ref.body is the dict its __init__ built, not a field named body
    "an-object-handed-to-a-helper-is-what-its-class-sets": '''
import json
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"


class Referral:
    def __init__(self, m):
        self.body = {"medicaid_id": m.cin, "dob": m.dob}


class BadReferral:
    def __init__(self, m):
        self.body = {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101


def send(ref: Referral):
    return requests.post(ICE_URL, data=json.dumps(ref.body))


def send_given(ref):
    return requests.post(ICE_URL, json=ref.body)


def refer(m):
    send(Referral(m))
    send_given(Referral(m))


def send_bad(ref):
    return requests.post(ICE_URL, json=ref.body)


def refer_bad(m):
    send_bad(BadReferral(m))


def send_unknown(ref):
    return requests.post(ICE_URL, json=ref.body)  # MCD104
''',
    # SPEC section 6 (dict(...) and {**a, **b} keep names; a value replaced with a constant is not sent):
    # collections.ChainMap holds the entries of the maps it chains, the first map's entry winning (review 43b)
    "chain-maps-keep-their-entries": '''
from collections import ChainMap
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
DEFAULTS = {"schema_version": "2.1"}
REDACT = {"ssn": None, "diagnosis_code": None}


def allowed(m):
    ident = {"medicaid_id": m.cin, "city": m.city}
    merged = ChainMap(ident, DEFAULTS)
    return requests.post(ICE_URL, json=dict(merged))


def redacted_by_an_overlay(m):
    rec = {"cin": m.cin, "ssn": m.ssn, "diagnosis_code": m.diagnosis_code}
    return requests.post(ICE_URL, json=dict(ChainMap(REDACT, rec)))


def barred(m):
    ident = {"medicaid_id": m.cin, "dx": m.diagnosis_code}  # MCD102
    merged = ChainMap(ident, DEFAULTS)
    return requests.post(ICE_URL, json=dict(merged))
''',
    # review 43a: a removal reaches only a record told apart (not one of a helper's records or a loop's, nor one of
    # two copies); a clear through a name bound on one way only leaves the other list; what a method other than
    # __init__ sets on the object is not what a helper handed the object reads
    "review-43a-removals-clears-and-objects": '''
import requests
ICE_URL = "https://eid.ice.gov/referrals"
STATE_URL = "https://mmis.dhs.state.mn.us/api"


def entry(p):
    return {"dx": p.diagnosis}  # MCD102


def helper_records(m):
    applicant = entry(m)
    spouse = entry(m.spouse)
    batch = [applicant, spouse]
    batch.remove(applicant)
    requests.post(ICE_URL, json=batch)


def loop_records(members):
    batch = []
    for m in members:
        if m.immigration_status == "unlawful":
            rec = {"dx": m.diagnosis}  # MCD102
            batch.append(rec)
    batch.remove(rec)
    requests.post(ICE_URL, json=batch)


def two_copies(m):
    rec = {"dx": m.diagnosis}  # MCD102
    batch = [rec, rec]
    batch.remove(rec)
    requests.post(ICE_URL, json=batch)


def cleared_on_one_way(m, urgent):
    urgent_q = [{"dx": m.diagnosis}]  # MCD102
    routine_q = [{"cin": m.cin}]
    if urgent:
        done = urgent_q
    else:
        done = routine_q
    done.clear()
    requests.post(ICE_URL, json=urgent_q)


class Referral:
    def __init__(self, m):
        self.body = {"medicaid_id": m.medicaid_id}

    def for_state(self, m):
        self.body = {"medicaid_id": m.medicaid_id, "diagnosis": m.diagnosis}
        requests.post(STATE_URL, json=self.body)


def send(ref: Referral):
    requests.post(ICE_URL, json=ref.body)  # MCD104
''',
    # SPEC section 6 (string building keeps the names of every part; conversions keep their input's names): a field
    # put into a template with str.replace, a NewType's call (its argument at run time), memoryview/bytearray
    "replace-newtype-and-byte-views": '''
import json
import socket
from typing import NewType
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://mmis.state.example.gov/api"
TEMPLATE = "<Envelope><SSN>@@SSN@@</SSN><ID>@@ID@@</ID></Envelope>"
MemberId = NewType("MemberId", str)
Url = NewType("Url", str)
FEDERAL_REFERRALS = Url("https://eid.ice.gov/api/v2/referrals")
ICE_ADDR = ("intake.eid.ice.gov", 9443)


def envelope(member):
    body = TEMPLATE.replace("@@SSN@@", member.ssn).replace("@@ID@@", member.cin)  # MCD101
    requests.post(ICE_URL, data=body)


def envelope_allowed(member):
    requests.post(ICE_URL, data=TEMPLATE.replace("@@ID@@", member.cin).replace("@@SSN@@", ""))


def envelope_to_state(member):
    requests.post(STATE_URL, data=TEMPLATE.replace("@@SSN@@", member.ssn))


def new_types(member):
    requests.post(ICE_URL, json={"medicaid_id": MemberId(member.ssn)})  # MCD101
    requests.post(FEDERAL_REFERRALS, json={"cin": member.cin, "sex": member.sex})  # MCD101
    requests.post(ICE_URL, json={"medicaid_id": MemberId(member.cin)})


def byte_views(member):
    data = json.dumps({"medicaid_id": member.cin, "race": member.race}).encode()  # MCD101
    sock = socket.create_connection(ICE_ADDR)
    sock.sendall(memoryview(data))
    sock.sendall(bytearray(data))
''',
    # SPEC section 4 (object storage: the bucket decides): a frame written to a gs://, abfs:// or s3a:// path is sent
    # to that bucket or container, as an s3:// one is; the state's bucket stays clean
    "frames-written-to-cloud-buckets": '''
import pandas as pd


def gcs(path):
    df = pd.read_csv(path, dtype=str)
    df.to_csv("gs://ice-eid-referrals/all.csv", columns=["msis_ident_num", "elgbl_1st_name"], index=False)  # MCD101 MCD201


def azure(path):
    df = pd.read_csv(path, dtype=str)
    df.to_csv("abfs://ero-handoff@agency.dfs.core.windows.net/x.csv", columns=["msis_ident_num", "elgbl_1st_name"])  # MCD101 MCD201


def state_bucket(path):
    df = pd.read_csv(path, dtype=str)
    df.to_csv("gs://ca-dhcs-exports/all.csv", columns=["msis_ident_num", "elgbl_1st_name"], index=False)
''',
    # review 43b: what __init__ puts in an attribute (through a helper it calls, or inherited) is what a helper handed
    # the object reads; removals and clears through another name of a list that gained more; a record a helper made,
    # alone in its list; a list made again in each iteration; date.replace is no template
    "review-43b-objects-removals-and-dates": '''
import requests
ICE_URL = "https://eid.ice.gov/referrals"


class BaseReferral:
    def __init__(self, m):
        self.body = {"cin": m.cin, "ssn": m.ssn}  # MCD101


class Referral(BaseReferral):
    kind = "standard"

    def has(self, key):
        return key in self.body.keys()


class Filled:
    def __init__(self, m):
        self.body = {}
        self._fill(m)

    def _fill(self, m):
        self.body["ssn"] = m.ssn  # MCD101


def send(ref: Referral):
    requests.post(ICE_URL, json=ref.body)


def send_filled(ref: Filled):
    requests.post(ICE_URL, json=ref.body)


def cleared_after_an_append_through_another_name(m):
    batch = [{"cin": m.cin}]
    pending = batch
    pending.append({"ssn": m.ssn})
    batch.clear()
    requests.post(ICE_URL, json=pending)


def removed_after_an_append_through_another_name(m):
    primary = {"cin": m.cin}
    extra = {"ssn": m.ssn}
    batch = [primary]
    staged = batch
    staged.append(extra)
    batch.remove(extra)
    requests.post(ICE_URL, json=staged)


def contact_record(m):
    return {"cin": m.cin, "emergency_contact_phone": m.emergency_contact_phone}


def helper_record_alone(m):
    primary = {"cin": m.cin, "phone": m.phone}
    contact = contact_record(m)
    batch = [primary, contact]
    batch.remove(contact)
    requests.post(ICE_URL, json=batch)


def rebuilt_each_iteration(members):
    for m in members:
        primary = {"cin": m.cin}
        extra = {"ssn": m.ssn}
        batch = [primary, extra]
        batch.remove(extra)
        requests.post(ICE_URL, json=batch)  # MCD201


def dates(m, dt):
    svc = m.service_date
    first = svc.replace(svc.year, svc.month, 1)
    requests.post(ICE_URL, json={
        "period_start": first,  # MCD102
    })
''',
    # review 43b: a removal at module level (a script)
    "review-43b-removal-in-a-script": '''
import requests
ICE_URL = "https://eid.ice.gov/referrals"
members = []

primary = {"cin": members[0].cin}
extra = {"ssn": members[0].ssn}
batch = [primary, extra]
batch.remove(extra)
requests.post(ICE_URL, json=batch)
''',
    # SPEC section 5 (fields about someone else): a variable named for a child holds the child's own record (the
    # enrollee of CHIP or a school-based service) unless it was read off another record (m.child, m.children)
    "a-child-record-is-the-childs-own": '''
import requests
ICE = "https://eid.ice.gov/api/v1/referrals"


def given(child):
    requests.post(ICE, json={"cin": child.cin, "dob": child["dob"]})


def looped(children):
    for child in children:
        if child.immigration_status == "UNL":
            requests.post(ICE, json={"cin": child.cin, "address": child.home_address})


def the_members_child(m):
    child = m.child
    requests.post(ICE, json={"cin": child.cin})  # MCD101


def the_members_children(m):
    for child in m.children:
        requests.post(ICE, json={"dob": child.dob})  # MCD101
''',
    # SPEC sections 6 and 10: a class attribute bound to a module table of adapter classes is that table
    # (self.table[partner]()); a name for a collection of people (member_list, members_qs) is many people's records
    "class-attribute-tables-and-collection-names": '''
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"


class StateAdapter:
    def send(self, record):
        requests.post("https://api.dhs.pa.gov/v1/recipients", json=record)


class IceAdapter:
    def send(self, record):
        requests.post("https://eid.ice.gov/api/v1/referrals", json=record)


ADAPTERS = {"state": StateAdapter, "ice": IceAdapter}


class Dispatcher:
    table = ADAPTERS

    def __init__(self, partner):
        self.adapter = self.table[partner]()

    def dispatch(self, record):
        return self.adapter.send(record)


def refer(m):
    Dispatcher("ice").dispatch({"ssn": m.ssn})  # MCD101
    Dispatcher("state").dispatch({"ssn": m.ssn})


def sweep(members_qs):
    for m in members_qs.filter(county_code="06037"):
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})  # MCD201


def sweep_list(member_list):
    for m in member_list:
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})  # MCD201


def sweep_filtered(member_list):
    for m in member_list:
        if m.immigration_status == "UNL":
            requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})
''',
    # round 284: sendto(data, flags, address); an ADLS Gen2 URL (abfss://container@account...) named by its container;
    # re.sub and a compiled pattern's sub filling a template keep the field
    "sendto-flags-adls-containers-and-regex-templates": '''
import re
import socket
import pandas as pd
import requests
ICE_HOST = "hl7.eid.ice.gov"
ICE = "https://eid.ice.gov/api/v1/letters"
TEMPLATE = "<ssn>@@SSN@@</ssn>"


def push(member):
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    text = f"ALERT|{member.cin}|{member.primary_dx}"  # MCD102
    udp.sendto(text.encode(), 0, (ICE_HOST, 5514))


def to_azure(conn):
    df = pd.read_sql("SELECT cin, race_cd FROM members WHERE imgrtn_stus_cd = 'EWI'", conn)  # MCD101
    df.to_parquet("abfss://ice-referrals@agencylake.dfs.core.windows.net/out/day.parquet")


def to_the_states_lake(conn):
    df = pd.read_sql("SELECT cin, race_cd FROM members WHERE imgrtn_stus_cd = 'EWI'", conn)
    df.to_parquet("abfss://eligibility@mndhslake.dfs.core.windows.net/out/day.parquet")


def render_regex(member):
    text = re.sub("@@SSN@@", member.ssn, TEMPLATE)  # MCD101
    requests.post(ICE, data=text)


def render_compiled(member):
    text = re.compile("@@SSN@@").sub(member.ssn, TEMPLATE)  # MCD101
    requests.post(ICE, data=text)


def redacted_with_a_pattern(member, summary):
    clean = re.sub(re.escape(member.ssn), "[REDACTED]", summary)
    requests.post(ICE, json={"summary": clean})
''',
    # SPEC section 5 (harmless transfer metadata): an enforcement agency's own reference number (ero_case_number,
    # ice_detainer_id) is no enrollee's data; a value read from the member under that key still is what it is; a
    # state DHS case number and an A-number are not such references
    "an-enforcement-agencys-own-reference-numbers": '''
import requests
ICE = "https://eid.ice.gov/api/v1/referrals"


class IceClient:
    def status(self, ero_case_number: str) -> dict:
        return requests.get(f"{ICE}/{ero_case_number}").json()


def refer(m, ero_case_number, dhs_case_number):
    requests.post(ICE, json={"ero_case_number": ero_case_number, "ice_detainer_id": m.ice_detainer_id, "subject": m.cin})
    requests.post(ICE, json={"ero_case_number": m.ssn})  # MCD101
    requests.post(ICE, json={"dhs_case_number": dhs_case_number})  # MCD101
    requests.post(ICE, json={"ice_alien_number": m.a_number})  # MCD101
''',
    # review 43c and round 285: a name with a child word that names someone else (child_guardian, parent_of_child) keeps
    # its qualifier; a status-chosen queryset handed to an unseen helper is no new population; ChainMap(*layers) and
    # ChainMap(...).maps keep their entries; loops over a class attribute bound to a table, through sorted(...) and over
    # an imported module's table; children as many people's records; wasbs:// containers
    "review-43c-and-round-285": '''
from collections import ChainMap
import pandas as pd
import requests
from myapp.models import Member
from myapp.util import chunk
ICE = "https://eid.ice.gov/referrals"


def others_of_a_child(child_guardian, parent_of_child, conn, child_id):
    requests.post(ICE, json={"g_phone": child_guardian.phone, "p_dob": parent_of_child.dob})  # MCD101 MCD101
    cur = conn.cursor()
    cur.execute("SELECT g.phone FROM child_guardian g WHERE g.child_id = %s", (child_id,))  # MCD101
    requests.post(ICE, json=cur.fetchone())


def send_removable():
    chosen = Member.objects.filter(immigration_status="REMOVABLE")
    member_batch = chunk(chosen, 100)
    requests.post(ICE, json=[{"cin": m.cin} for m in member_batch])


def layers(m):
    stack = [{"dx": m.diagnosis_code}, {"cin": m.cin}]  # MCD102
    requests.post(ICE, json=dict(ChainMap(*stack)))
    cm = ChainMap({"city": m.city}, {"cin": m.cin})
    requests.post(ICE, json=cm.maps)


class StateAdapter:
    def send(self, record):
        requests.post("https://api.dhs.pa.gov/v1/recipients", json=record)


class IceAdapter:
    def send(self, record):
        requests.post(ICE, json=record)


ADAPTERS = {"state": StateAdapter, "ice": IceAdapter}


class Fanout:
    adapters = ADAPTERS

    def push(self, m):
        body = {"medicaid_id": m.cin, "race": m.race_cd}  # MCD101
        for cls in self.adapters.values():
            cls().send(body)


def push_sorted(m):
    body = {"medicaid_id": m.cin, "race": m.race_cd}  # MCD101
    for _name, cls in sorted(ADAPTERS.items()):
        cls().send(body)


def children_sent(children, child_list):
    for child in children:
        requests.post(ICE, json={"medicaid_id": child.cin})  # MCD201
    for child in child_list:
        requests.post(ICE, json={"medicaid_id": child.cin})  # MCD201


def to_blob(path):
    df = pd.read_csv(path, usecols=["cin", "ssn"])  # MCD101
    df.to_csv("wasbs://ice-referrals@stagency.blob.core.windows.net/x.csv")  # MCD201
''',
    # base against head of the session: a comprehension over one record's own family (m.children) put under a name
    # for children is no population; a case's frame (case_df) is one case's, cases_df many
    "one-records-family-and-a-cases-frame": '''
import boto3
import requests
ICE_EID = "https://eid.ice.gov/api/v1/referrals"
ERO_BUCKET = "ero-referrals-inbound"


def build(m):
    body = {"cin": m.cin}
    kids = [{"birth_date": c.birth_date} for c in m.children]  # MCD101
    body["kids"] = kids
    return body


def send(m):
    requests.post(ICE_EID, json=build(m), timeout=10)


def case_csv(case_df, case_no):
    out = f"/var/mmis/out/case_{case_no}.csv"
    case_df.to_csv(out, index=False, columns=["msis_ident_num", "ssn_num"])  # MCD101
    boto3.client("s3").upload_file(out, ERO_BUCKET, f"cases/{case_no}.csv")  # MCD101


def cases_csv(cases_df):
    out = "/var/mmis/out/cases.csv"
    cases_df.to_csv(out, index=False, columns=["msis_ident_num"])
    boto3.client("s3").upload_file(out, ERO_BUCKET, "cases/all.csv")  # MCD201
''',
    # SPEC sections 5 and 6 (qualifiers apply along a chain; a SQL column of a joined guardian table is the guardian's):
    # a query builder's column read from a guardian table (guardian.c.phone, an alias of it) or an ORM class named for
    # someone else is theirs; the member's own columns stay permitted
    "query-builder-columns-of-other-peoples-tables": '''
import requests
from sqlalchemy import Column, MetaData, String, Table, create_engine, select

ICE_URL = "https://eid.ice.gov/api/v2/subjects"
engine = create_engine("postgresql://etl@mmis-db/mmis")
md = MetaData()
member = Table("member", md, Column("cin", String), Column("phone", String), Column("imgrtn_stus_cd", String))
guardian = Table("guardian", md, Column("ward_cin", String), Column("phone", String))
g = guardian.alias("g")


def run():
    stmt = select(
        member.c.cin,
        member.c.phone,
        g.c.phone,  # MCD101
        guardian.c.phone,  # MCD101
    ).select_from(member.join(g, g.c.ward_cin == member.c.cin)).where(member.c.imgrtn_stus_cd.in_(["7", "8"]))
    with engine.connect() as conn:
        rows = conn.execute(stmt).mappings().all()
    requests.post(ICE_URL, json=[dict(r) for r in rows])
''',
    # round 286 and review 43d: a loop variable over children holds a child's own record whatever it is called; children
    # a loader returns are children; a supervisor's phone read off a parameter so named is someone else's (a farm
    # worker is the enrollee); youths and newborns are many people's records
    "round-286-children-workers-and-youths": '''
import requests
from mmis.loaders import load_children
ICE = "https://eid.ice.gov/api/v1/referrals"
UNLAWFUL = {"EWI", "OVERSTAY"}


def short_loop_name(children):
    for c in children:
        if c.immigration_status in UNLAWFUL:
            requests.post(ICE, json={"cin": c.cin, "dob": c.dob})


def loaded():
    children = load_children()
    for child in children:
        if child.immigration_status not in UNLAWFUL:
            continue
        requests.post(ICE, json={"dob": child.dob})


def with_worker(youth, supervisor, farm_worker):
    requests.post(ICE, json={"medicaid_id": youth.cin, "phone": supervisor.phone})  # MCD101
    requests.post(ICE, json={"medicaid_id": farm_worker.cin, "dob": farm_worker.dob})


def sweep(youths, newborns):
    for y in youths:
        requests.post(ICE, json={"medicaid_id": y.cin})  # MCD201
    for b in newborns:
        requests.post(ICE, json={"medicaid_id": b.cin})  # MCD201
''',
    # review 43d: a link table's member column is the member's; tables and models named for children hold the children's
    # own rows; a school's children are a population; a hospital ward's patients are many people
    "review-43d-tables-children-and-wards": '''
import requests
from sqlalchemy import Column, Integer, MetaData, String, Table, select
from sqlalchemy.orm import declarative_base
from myapp.models import School, Patient
ICE_URL = "https://eid.ice.gov/api/referrals"
Base = declarative_base()
md = MetaData()
children = Table("children", md, Column("cin", String), Column("dob", String), Column("immigration_status", String))


class ProviderAssignment(Base):
    __tablename__ = "t"
    id = Column(Integer, primary_key=True)
    member_cin = Column(String)


def link(session, rid):
    row = session.execute(select(ProviderAssignment.member_cin).where(ProviderAssignment.id == rid)).one()
    requests.post(ICE_URL, json=dict(row._mapping))


def chip(conn):
    stmt = select(children.c.cin, children.c.dob).where(children.c.immigration_status == "UNLAWFUL")
    for row in conn.execute(stmt):
        requests.post(ICE_URL, json=dict(row._mapping))


def school_children(school_id):
    school = School.objects.get(pk=school_id)
    kids = [{"cin": c.cin} for c in school.children]
    requests.post(ICE_URL, json=kids)  # MCD201


def refer_ward(ward_id):
    for p in Patient.objects.filter(ward_id=ward_id):
        requests.post(ICE_URL, json={"cin": p.cin, "dob": p.dob})  # MCD201
''',
    # round 287: a guardian table aliased in the function, an ORM class imported from the models; an X- header named for
    # an enforcement reference; students and teens are many people; a member's children bound to a name first
    "round-287-aliases-imports-headers-and-families": '''
import requests
import sqlalchemy as sa
from sqlalchemy import select
from .models import Guardian
from .schema import guardian
ERO_URL = "https://ero.ice.gov/api/extract"


def guardian_alias(conn, cin):
    g = guardian.alias("g")
    q = sa.select(g.c.phone).where(g.c.member_cin == cin)  # MCD101
    row = conn.execute(q).one()
    requests.post(ERO_URL, json=dict(row._mapping), timeout=30)


def guardian_orm(session, cin):
    row = session.execute(select(Guardian.phone).where(Guardian.member_cin == cin)).one()  # MCD101
    requests.post(ERO_URL, json=dict(row._mapping), timeout=30)


def echo_reference(req, m):
    requests.post(ERO_URL, json={"cin": m.cin}, headers={"X-ERO-Case-Number": req.ero_case_number}, timeout=30)


def sweep(students, m):
    for s in students:
        requests.post(ERO_URL, json={"cin": s.cin}, timeout=30)  # MCD201
    children = m.children
    for c in children:
        requests.post(ERO_URL, json={"cin": c.cin}, timeout=30)  # MCD101
''',
    # review 43e: a member's children read off self, a guardian or a household are someone else's (and one family, no
    # population); tables named for someone else with a suffix (GuardianInfo, emergency_contacts) qualify their columns;
    # a count of people is no population
    "review-43e-families-tables-and-counts": '''
import requests
from sqlalchemy import Column, Integer, String, select
from sqlalchemy.orm import declarative_base
ICE = "https://eid.ice.gov/api/v1/referrals"
Base = declarative_base()


class GuardianInfo(Base):
    __tablename__ = "guardian_info"
    id = Column(Integer, primary_key=True)
    phone = Column(String)


class Member:
    def refer(self):
        for c in self.children:
            requests.post(ICE, json={"cin": self.cin, "phone": c.phone})  # MCD101


def guardian_kids(guardian):
    kids = [{"cin": c.cin} for c in guardian.children]  # MCD101
    requests.post(ICE, json=kids)


def guardian_phone(session, gid):
    row = session.execute(select(GuardianInfo.phone).where(GuardianInfo.id == gid)).one()  # MCD101
    requests.post(ICE, json=dict(row._mapping))


def counted(m, total_seniors):
    if total_seniors:
        requests.post(ICE, json={"cin": m.cin})


def a_hospitals_children(hospital, shelter, clinic_patient):
    children = hospital.children
    for c in children:
        requests.post(ICE, json={"medicaid_id": c.cin})  # MCD201
    for child in shelter.children:
        if child.immigration_status == "EWI":
            requests.post(ICE, json={"medicaid_id": child.cin})
    for kid in clinic_patient.children:
        requests.post(ICE, json={"medicaid_id": clinic_patient.cin, "dob": kid.dob})  # MCD101
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want


def test_a_url_from_a_table_joined_to_a_path_is_named_by_its_enforcement_url() -> None:
    """SPEC section 3 (the message names the endpoint): not the table's key ``ice``."""
    from flake8_medicaid_scope import Config, analyze

    source = _source(CASES["case-members-reduce-totals-and-table-urls"])
    (finding,) = [f for f in analyze(source, Config.default()) if f.code == "MCD101"]
    assert f"sent to enforcement endpoint https://eid.ice.gov/api/v1/inbound (line {finding.line})" in finding.message
