"""The data flow shapes of the fifty-fourth session: what its SPEC-only probers found (round 373 and
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
    # SPEC sections 4 and 6 (a README limit): a test of an entry of an entry (`event["detail"]["partner"]`, EventBridge)
    # narrows it as a test of `event["partner"]` does; a store into it or a part on its way (`event["detail"] = ...`,
    # `.update(...)`), or through an alias of that part, forgets it; a store beside it (`event["detail"]["seen"]`) does not
    "entries-of-entries-narrowed": """
import requests

URLS = {"ice": "https://api.ice.dhs.gov/v1/leads", "cms": "https://api.cms.gov/v1/records"}


def handler(event, rec):
    url = URLS[event["detail"]["partner"]]
    body = {"id": rec["medicaid_id"]}
    if event["detail"]["partner"] == "cms":
        body["dx"] = rec["diagnosis_code"]
    requests.post(url, json=body)


def handler_other_way(event, rec):
    url = URLS[event["detail"]["partner"]]
    body = {"id": rec["medicaid_id"]}
    if event["detail"]["partner"] != "cms":
        body["dx"] = rec["diagnosis_code"]  # MCD102
    requests.post(url, json=body)


def handler_changed(event, rec):
    body = {"id": rec["medicaid_id"]}
    if event["detail"]["partner"] == "cms":
        body["dx"] = rec["diagnosis_code"]  # MCD102
        event["detail"]["partner"] = "ice"
    requests.post(URLS[event["detail"]["partner"]], json=body)


def handler_alias(event, rec):
    body = {"id": rec["medicaid_id"]}
    detail = event["detail"]
    if event["detail"]["partner"] == "cms":
        body["dx"] = rec["diagnosis_code"]  # MCD102
        detail["partner"] = "ice"
    requests.post(URLS[event["detail"]["partner"]], json=body)


def handler_other_entry(event, rec):
    body = {"id": rec["medicaid_id"]}
    if event["detail"]["partner"] == "cms":
        body["dx"] = rec["diagnosis_code"]
        event["detail"]["seen"] = True
        event["received"] = 1
    requests.post(URLS[event["detail"]["partner"]], json=body)


def handler_update(event, rec):
    body = {"id": rec["medicaid_id"]}
    if event["detail"]["partner"] == "cms":
        body["dx"] = rec["diagnosis_code"]  # MCD102
        event["detail"].update({"partner": "ice"})
    requests.post(URLS[event["detail"]["partner"]], json=body)
""",
    # ANCHOR: new cases go above this line
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
