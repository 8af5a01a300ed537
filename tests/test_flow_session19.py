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
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
