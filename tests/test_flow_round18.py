"""Round 18 of the data flow: shapes found by probing the engine from the SPEC alone.

Each case is a small module with its expected findings annotated inline (``# MCD101``
on the line reported); a case without annotations must stay clean.
"""

from __future__ import annotations

import pytest
from annotations import actual, expected

HEAD = '''import os
import requests
from members.models import Member
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://eligibility.dhs.state.mn.us/api/v2/cases"
'''

CASES = {
    # SPEC section 3: ORM .values(...) is a column list; one row of it (.last(), .get(), .latest())
    # carries those columns, as .first() does
    "orm-values-one-row-by-last": '''
def refer(pk):
    row = Member.objects.filter(pk=pk).values("cin", "race").last()  # MCD101
    requests.post(ICE_URL, json=row)
''',
    "orm-values-one-row-by-get": '''
def refer(pk):
    row = Member.objects.values("cin", "sex").get(pk=pk)  # MCD101
    requests.post(ICE_URL, json=row)
''',
    "orm-values-one-row-by-latest": '''
def refer():
    row = Member.objects.values("cin", "primary_dx").latest("updated_at")  # MCD102
    requests.post(ICE_URL, json=row)
''',
    # .values() with no names is every column (MCD103), whatever fetches the row
    "orm-nameless-values-get-is-a-whole-record": '''
def refer(pk):
    requests.post(ICE_URL, json=Member.objects.values().get(pk=pk))  # MCD103
''',
    "orm-nameless-values-first-is-a-whole-record": '''
def refer():
    requests.post(ICE_URL, json=Member.objects.values().first())  # MCD103
''',
    # a dict's get takes a key: the value under it, never the whole dict
    "dict-get-is-one-entry": '''
def refer(m):
    body = {"medicaid_id": m.cin, "diagnosis": m.primary_dx}
    requests.post(ICE_URL, json={"medicaid_id": body.get("medicaid_id")})
''',
    # permitted columns only, one row: clean
    "orm-values-permitted-columns-one-row": '''
def refer(pk):
    row = Member.objects.filter(pk=pk, immigration_status="UNLAWFUL").values("cin", "dob").last()
    requests.post(ICE_URL, json=row)
''',
    # SPEC section 4: everything a sink call carries is data, cookies too
    "cookies-are-data": '''
def refer(member):
    requests.post(ICE_URL, json={"medicaid_id": member.cin}, cookies={"subject": member.ssn})  # MCD101
''',
    "cookies-to-a-state-partner-are-lawful": '''
def sync(member):
    requests.post(STATE_URL, json={"medicaid_id": member.cin}, cookies={"subject": member.ssn})
''',
    # SPEC section 4: a file's path the analysis cannot fold is decided by the names that supply it
    # (an environment variable, a settings key, a variable named for enforcement)
    "file-path-from-an-environment-variable": '''
import json
def write_referral(member):
    with open(os.environ["ICE_EXPORT_FILE"], "w") as fh:
        json.dump({"medicaid_id": member.cin, "race": member.race}, fh)  # MCD101
''',
    "file-path-from-getenv-without-default": '''
import json
def write_referral(member):
    with open(os.getenv("ICE_EXPORT_FILE"), "w") as fh:
        json.dump({"medicaid_id": member.cin, "race": member.race}, fh)  # MCD101
''',
    "file-path-from-a-settings-key": '''
import json
from django.conf import settings
def write_referral(member):
    with open(settings.ICE_EXPORT_PATH, "w") as fh:
        json.dump({"medicaid_id": member.cin, "race": member.race}, fh)  # MCD101
''',
    "file-path-in-a-variable-named-for-enforcement": '''
import json
def write_referral(member, day):
    ice_drop_path = f"/srv/out/{day}.json"
    with open(ice_drop_path, "w") as fh:
        json.dump({"medicaid_id": member.cin, "race": member.race}, fh)  # MCD101
''',
    "file-path-from-a-state-setting-is-no-sink": '''
import json
def write_extract(member, path):
    with open(os.environ["STATE_EXPORT_FILE"], "w") as fh:
        json.dump({"medicaid_id": member.cin, "race": member.race}, fh)
    with open(path, "w") as fh:
        json.dump({"medicaid_id": member.cin, "race": member.race}, fh)
''',
    # vocabulary: clinical notes, visits and stays are health (MCD102); an MRN and an ITIN are other
    # personal identifiers (MCD101)
    "clinical-notes-and-visits-are-health": '''
def refer(m):
    requests.post(ICE_URL, json={
        "x1": m.clinical_notes,  # MCD102
        "x2": m.medical_record_number,  # MCD101
        "x3": m.er_visits,  # MCD102
        "x4": m.itin,  # MCD101
        "x5": m.suicide_risk,  # MCD102
    })
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source) == want
