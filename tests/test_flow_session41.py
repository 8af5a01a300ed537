"""The data flow shapes of the forty-first session: what its SPEC-only probers found (round 268
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
    # SPEC section 4 (files written for later upload; the file or file object put): aiofiles' temporary files
    # are files as tempfile's are
    "aiofiles-temporary-files-uploaded-later": '''
import aiofiles.tempfile
import paramiko
async def by_path(m):
    async with aiofiles.tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as tmp:
        await tmp.write(f"{m.cin},{m.diagnosis}\\n")  # MCD102
        path = tmp.name
    ssh = paramiko.SSHClient()
    ssh.connect(hostname="sftp.ice.gov", username="mdcd")
    ssh.open_sftp().put(path, "/in/referral.csv")
async def by_object(m):
    async with aiofiles.tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as tmp:
        await tmp.write(f"{m.cin},{m.sex}\\n")  # MCD101
    ssh = paramiko.SSHClient()
    ssh.connect(hostname="sftp.ice.gov", username="mdcd")
    ssh.open_sftp().putfo(tmp, "/in/referral.csv")
async def to_the_state(m):
    async with aiofiles.tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as tmp:
        await tmp.write(f"{m.cin},{m.diagnosis}\\n")
    ssh = paramiko.SSHClient()
    ssh.connect(hostname="sftp.mmis.dhs.state.mn.us", username="mdcd")
    ssh.open_sftp().putfo(tmp, "/in/encounters.csv")
''',
    # SPEC section 3 (one finding per placement): a keyword of dataclasses.replace filling another field with an
    # SSN is one placement, the record's own declared SSN another
    "replace-keyword-and-the-records-own-field-are-two-placements": '''
import dataclasses
from dataclasses import dataclass
import requests
ICE_URL = "https://eid.ice.gov/api/v1/subjects"
@dataclass
class Rec:
    cin: str
    street: str
    ssn: str  # MCD101
def both(r: Rec, m):
    r2 = dataclasses.replace(r, street=m.ssn)  # MCD101
    requests.post(ICE_URL, json=dataclasses.asdict(r2), timeout=5)
''',
    # SPEC section 4 (the field a value is): the value of an Enum member read off a field (m.sex.value) is
    # that field, named as the code names it
    "an-enum-value-of-a-field-is-that-field": '''
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
def refer(member):
    payload = {"medicaid_id": member.msis_ident_num}
    payload["sex"] = member.sex.value  # MCD101 'sex'
    payload["dx"] = member.diagnosis.value  # MCD102 'diagnosis'
    requests.post(ICE_URL, json=payload, timeout=20)
def lawful(member):
    requests.post(ICE_URL, json={"medicaid_id": member.cin, "status": member.immigration_status.value}, timeout=20)
''',
    # SPEC section 5 (a field read keeps its name wherever it is placed): dict.fromkeys gives every key the value
    # it was handed, and keys read from a member are that member's data; constant keys and values stay constants
    "dict-fromkeys-carries-its-value-and-its-keys": '''
from collections import OrderedDict
import requests
ICE_URL = "https://eid.ice.gov/api/v1/subjects"
BLOCKED = ("ssn", "diagnosis")
def value_under_constant_keys(member):
    body = dict.fromkeys(("medicaid_id", "member_ref"), member.ssn)  # MCD101
    requests.post(ICE_URL, json=body, timeout=10)
def member_values_as_keys(member):
    requests.post(ICE_URL, json=dict.fromkeys(member.diagnosis_codes, True), timeout=10)  # MCD102
    requests.post(ICE_URL, json=OrderedDict.fromkeys(member.diagnosis_codes), timeout=10)  # MCD102
def allowed_value(member):
    requests.post(ICE_URL, json=dict.fromkeys(("medicaid_id", "subject_ref"), member.medicaid_id), timeout=10)
def constants_only(member):
    body = {"medicaid_id": member.cin, "ssn": member.ssn}
    body.update(dict.fromkeys(BLOCKED))
    requests.post(ICE_URL, json=body, timeout=10)
def to_the_state(member):
    requests.post("https://mmis.dhs.state.mn.us/api/dx", json=dict.fromkeys(member.diagnosis_codes, member.ssn), timeout=10)
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want


def test_an_enum_value_is_named_as_its_field() -> None:
    from flake8_medicaid_scope import Config, analyze

    source = _source(CASES["an-enum-value-of-a-field-is-that-field"])
    named = [f.message.split("'")[1] for f in analyze(source, Config.default())]
    assert named == ["sex", "diagnosis"]
