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
    # SPEC section 4 (every channel agencies use) and section 3 (a field placed in one function and sent by another
    # is reported where it was placed): Airflow's XCom hands a payload from one task to the next by key; a pull
    # under another key, a send to the state, and a payload of permitted fields only stay clean
    "airflow-xcom-push-and-pull-by-key": '''
from airflow.providers.http.hooks.http import HttpHook


def build_payload(**context):
    rec = context["params"]["member"]
    payload = {
        "cin": rec["cin"],
        "gender": rec["gender"],  # MCD101
        "preg_ind": rec["pregnancy_ind"],  # MCD102
    }
    context["ti"].xcom_push(key="ice_payload", value=payload)
    context["ti"].xcom_push("state_payload", {"dx": rec["primary_dx"], "cin": rec["cin"]})
    context["ti"].xcom_push(key="ids", value={"cin": rec["cin"], "dob": rec["birth_dt"]})


def send_payload(**context):
    body = context["ti"].xcom_pull(task_ids="build_payload", key="ice_payload")
    HttpHook(method="POST", http_conn_id="ice_eid_api").run(endpoint="/api/v1/one", json=body)


def send_ids(**context):
    ids = context["ti"].xcom_pull(task_ids="build_payload", key="ids")
    HttpHook(method="POST", http_conn_id="ice_eid_api").run(endpoint="/api/v1/ids", json=ids)


def send_state(ti, **context):
    body = ti.xcom_pull(task_ids="build_payload", key="state_payload")
    HttpHook(method="POST", http_conn_id="mn_dhs_referrals").run(endpoint="/refer", json=body)
    HttpHook(method="POST", http_conn_id="ice_eid_api").run(endpoint="/x", json=ti.xcom_pull(task_ids="t", key="other"))
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
