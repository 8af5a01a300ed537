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
