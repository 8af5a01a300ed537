"""The data flow shapes of the nineteenth session: what its SPEC-only probers found (rounds 133
and after) and what the README's limits listed from the eighteenth.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected

HEAD = '''import boto3
import requests

ICE_URL = "https://eid.ice.gov/api"
ICE_BUCKET = "ice-eid-handoff"
STATE_URL = "https://mmis.dhcs.ca.gov/api"
'''

CASES: dict[str, str] = {
    # SPEC section 5 (a constant is never a finding, whatever name it sits under): a method's
    # parameter named for a field that every `self.method(...)` call of its class gives a literal is
    # that literal; one a call gives a member's field is still the field
    "method-parameter-given-only-literals": '''
COVERED = "covered"
class Shipper:
    def nightly(self):
        self._ship("/tmp/covered.parquet", COVERED)
        self._ship("/tmp/masked.parquet", "masked")
    def _ship(self, path, name):
        boto3.client("s3").upload_file(path, ICE_BUCKET, f"{name}/latest.parquet")
class Poster:
    def run(self, m):
        self._post("a", m.first_name)
        self._post("b", "x")
    def _post(self, path, name):
        requests.post(f"{ICE_URL}/{path}", json={"n": name})  # MCD101
''',
    # the same method called from outside its class (another object's method of that name may be
    # given anything): its parameter is still read by its name
    "method-parameter-called-from-outside-is-read-by-name": '''
class Shipper:
    def nightly(self):
        self._ship("/tmp/covered.parquet", "covered")
    def _ship(self, path, name):
        boto3.client("s3").upload_file(path, ICE_BUCKET, f"{name}/latest.parquet")  # MCD101
def run(shipper, m):
    shipper._ship("/tmp/x", m.name)
''',
    # SPEC section 10 (records about many people) and section 6 (names do not survive what reduces
    # them to a number): a frame grouped by a county and reduced only by numeric reductions (agg
    # with sum, count, mean, NamedAgg) holds no one's record; reduced to lists of values, or grouped
    # by member (a frame read whole: MCD103), it still does
    "group-reducers-per-county-are-numbers": '''
import pandas as pd
import numpy as np
def county_totals(path):
    df = pd.read_csv(path)
    totals = df.groupby("cnty_cd").agg({"mdcd_pd_amt": "sum", "msis_ident_num": "count"})
    requests.post(ICE_URL, json=totals.to_dict())
    named = df.groupby(["cnty_cd", "year"]).agg(paid=("mdcd_pd_amt", np.sum), members=pd.NamedAgg(column="msis_ident_num", aggfunc="nunique"))
    requests.post(ICE_URL, data=named.to_json())
    means = df.groupby("cnty_cd")["mdcd_pd_amt"].agg(["mean", "median"])
    requests.post(ICE_URL, data=means.to_csv())
def county_lists(path):
    df = pd.read_csv(path)
    ssns = df.groupby("cnty_cd").agg(ssns=("ssn", list))  # MCD101
    requests.post(ICE_URL, data=ssns.to_json())  # MCD201
def member_totals(path):
    df = pd.read_csv(path)
    totals = df.groupby("msis_ident_num").agg({"mdcd_pd_amt": "sum"})
    requests.post(ICE_URL, data=totals.to_json())  # MCD103 MCD201
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
