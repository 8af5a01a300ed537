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
    # ANCHOR: new cases go above this line
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
