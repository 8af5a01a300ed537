"""Round 30 of the data flow: shapes found by the SPEC-only precision and recall probers of round 30.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected

HEAD = '''import requests
import pandas as pd

ICE_URL = "https://eid.ice.gov/api"
STATE_URL = "https://mmis.dhcs.ca.gov/api"
ICE_COLUMNS = ["medicaid_id", "date_of_birth"]
'''

CASES: dict[str, str] = {
    # SPEC sections 5 and 6: the members of an Enum of this module are constants; an allow-list built
    # from their values is a constant collection of permitted names
    "enum-values-as-an-allow-list": '''
from enum import Enum


class PermittedField(str, Enum):
    MEDICAID_ID = "medicaid_id"
    DOB = "date_of_birth"


ALLOWED = {f.value for f in PermittedField}
ORDERED = tuple(f.value for f in PermittedField)


def refer(rec: dict):
    requests.post(ICE_URL, json={k: rec[k] for k in ALLOWED}, timeout=20)
    requests.post(ICE_URL, json={k: rec[k] for k in ORDERED}, timeout=20)


def refer_more(m):
    requests.post(ICE_URL, json={k: getattr(m, k) for k in ("medicaid_id", "ssn")}, timeout=20)  # MCD101
''',
    # SPEC section 6: a format template keeps the names of the parts it puts into the string, and only
    # those: an argument the template reads a key or attribute of enters as that key, one it never
    # names does not enter at all
    "format-template-reads-only-what-it-names": '''
TEMPLATE = "MCD|{cin}|{dob}|{zip}"
INDEXED = "MCD|{0[cin]}|{0[dob]}"


def full_record(m):
    return {"cin": m.cin, "dob": m.dob, "zip": m.zip, "ssn": m.ssn, "full_name": m.name}


def refer_kwargs(m):
    full = {"cin": m.cin, "dob": m.dob, "zip": m.zip, "ssn": m.ssn, "full_name": m.name}
    requests.post(ICE_URL, data=TEMPLATE.format(**full), timeout=30)


def refer_indexed(m):
    requests.post(ICE_URL, data=INDEXED.format(full_record(m)), timeout=30)


def refer_escaped(m):
    requests.post(ICE_URL, data="{{ssn}} {cin}".format(cin=m.cin, ssn=m.ssn), timeout=30)


def refer_barred(m, row):
    requests.post(ICE_URL, data="{}|{}".format(m.cin, m.ssn), timeout=30)  # MCD101
    requests.post(ICE_URL, data="{0}|{x}".format(m.cin, x=m.race), timeout=30)  # MCD101
    requests.post(ICE_URL, data="{0[cin]}|{0[ssn]}".format(row), timeout=30)  # MCD101
    requests.post(ICE_URL, data="{[ssn]}".format(row), timeout=30)  # MCD101
    requests.post(ICE_URL, data="{0:{1}}".format(m.ssn, 5), timeout=30)  # MCD101
''',
    # SPEC section 4: enforcement qualified by another domain of law a Medicaid agency enforces (a
    # managed-care contract, HIPAA privacy) is not immigration enforcement
    "contract-and-privacy-enforcement": '''
MCO_CONTRACT_ENFORCEMENT_URL = "https://compliance.mco-oversight.example.com/api/cases"
HIPAA_PRIVACY_ENFORCEMENT_URL = "https://privacy-office.vendor.example.com/api/incidents"
ICE_ENFORCEMENT_URL = "https://ero.vendor.example.com/api/cases"


def report_encounter_gap(member, encounter):
    requests.post(MCO_CONTRACT_ENFORCEMENT_URL, json={"member_name": member.name, "dx": encounter.dx}, timeout=30)


def report_breach(member, incident):
    requests.post(HIPAA_PRIVACY_ENFORCEMENT_URL, json={"member_name": member.name, "ssn_exposed": incident.ssn_exposed}, timeout=30)


def refer(member):
    requests.post(ICE_ENFORCEMENT_URL, json={"member_name": member.name}, timeout=30)  # MCD101
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
