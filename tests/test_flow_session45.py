"""The data flow shapes of the forty-fifth session: what its SPEC-only probers found (round 296
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
    # SPEC section 10 (a DataFrame mask is a condition on status when it tests status): a mask of what a
    # function of the module that tests status answers for each row, written inline, chooses the rows as the
    # same mask bound to a name does; a function that tests something else, or someone else's status, does not
    "inline-apply-mask-of-a-status-test": '''
import pandas as pd
import requests

ICE_URL = "https://eid.ice.gov/api/v1/subjects"


def is_removable(row) -> bool:
    return row["imgrtn_stus_cd"] in ("5", "6")


def is_high_cost(row) -> bool:
    return row["total_paid_amt"] > 10000


def spouse_removable(row) -> bool:
    return row["spouse_imgrtn_stus_cd"] in ("5", "6")


def inline_mask():
    df = pd.read_csv("m.csv", usecols=["msis_ident_num", "imgrtn_stus_cd"])
    df = df[df.apply(is_removable, axis=1)]
    requests.post(ICE_URL, json=df[["msis_ident_num"]].to_dict("records"))


def mapped_mask():
    df = pd.read_csv("m.csv", usecols=["msis_ident_num", "imgrtn_stus_cd"])
    df = df[df["imgrtn_stus_cd"].map(lambda s: s in ("5", "6"))]
    requests.post(ICE_URL, json=df[["msis_ident_num"]].to_dict("records"))


def other_test():
    df = pd.read_csv("m.csv", usecols=["msis_ident_num", "total_paid_amt"])
    df = df[df.apply(is_high_cost, axis=1)]
    requests.post(ICE_URL, json=df[["msis_ident_num"]].to_dict("records"))  # MCD201


def spouse_test():
    df = pd.read_csv("m.csv", usecols=["msis_ident_num", "spouse_imgrtn_stus_cd"])
    df = df[df.apply(spouse_removable, axis=1)]
    requests.post(ICE_URL, json=df[["msis_ident_num"]].to_dict("records"))  # MCD201
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
