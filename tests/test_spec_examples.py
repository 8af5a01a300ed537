"""The four examples of SPEC section 9, exactly as written there, and the message shape of section 3."""

from __future__ import annotations

import re

from flake8_medicaid_scope import analyze

EXAMPLE_1 = '''ICE_URL = "https://eid.ice.gov/api/v1/referrals"

def refer(member):
    payload = {
        "medicaid_id": member.cin,          # permitted
        "dob": member.birth_date,           # permitted
        "diagnosis": member.primary_dx,     # MCD102 here
        "full_name": member.name,           # MCD101 here
    }
    requests.post(ICE_URL, json=payload)
'''

EXAMPLE_2 = '''ALLOWED = ("medicaid_id", "citizenship", "immigration_status",
           "address", "phone", "date_of_birth")

def refer(record: dict):
    body = {k: v for k, v in record.items() if k in ALLOWED}
    httpx.post(settings.DHS_REFERRAL_URL, json=body)   # clean
'''

EXAMPLE_3 = '''def refer(member):
    requests.post(f"{ICE_BASE}/persons", json=vars(member))  # MCD103
'''

EXAMPLE_4 = '''def sync(member):                                    # clean: not enforcement
    requests.post("https://fhir.medi-cal.ca.gov/Patient", json={
        "ssn": member.ssn, "diagnosis": member.dx})
'''

CITATION = "[California v. HHS, No. 3:25-cv-05536 (N.D. Cal. Dec. 29, 2025)]"


def test_example_1() -> None:
    found = analyze(EXAMPLE_1)
    assert [(f.line, f.col, f.code) for f in found] == [(7, 8, "MCD102"), (8, 8, "MCD101")]
    assert found[0].message == (
        "MCD102 'primary_dx' (diagnosis) sent to enforcement endpoint https://eid.ice.gov/api/v1/referrals (line 10); "
        "health records stay barred; drop it " + CITATION
    )
    assert found[1].message.startswith("MCD101 'name' (name) sent to enforcement endpoint https://eid.ice.gov/api/v1/referrals (line 10); ")


def test_example_2_allow_list_is_clean() -> None:
    assert analyze(EXAMPLE_2) == []


def test_example_3_whole_record() -> None:
    found = analyze(EXAMPLE_3)
    assert [(f.line, f.code) for f in found] == [(2, "MCD103")]
    assert found[0].message.startswith("MCD103 whole record vars(member) sent to enforcement endpoint ICE_BASE (line 2); ")


def test_example_4_not_enforcement() -> None:
    assert analyze(EXAMPLE_4) == []


def test_message_shape() -> None:
    shape = re.compile(r"^MCD10[1-4] .+ sent to .+ \(line \d+\); [^\[]+ \[.+\]$")
    for source in (EXAMPLE_1, EXAMPLE_3):
        for f in analyze(source):
            assert shape.match(f.message), f.message
            assert f.message.endswith(CITATION)
            assert len(f.message) <= 220
