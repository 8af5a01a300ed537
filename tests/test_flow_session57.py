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
    # ANCHOR: new cases go above this line
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
