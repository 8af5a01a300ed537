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
