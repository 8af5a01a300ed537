"""The data flow shapes of the thirty-fourth session: what its SPEC-only probers found (rounds 223
and after).

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). A case whose first line is an
``# OPTIONS:`` header runs with those options (``annotations.options_of``).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session20 import _source

CASES: dict[str, str] = {
    # SPEC section 3 (column selections are placements) and section 6 (names survive): pd.merge(a, b)
    # puts a bare per-person column into the joined frame at its argument, as a.merge(b) does; a
    # merge of permitted columns only, or one sent to the state's host, stays clean
    "pandas-merge-function-places-a-bare-column": '''
import pandas as pd
ICE_DIR = "/mnt/sftp/ice_outbound/"
STATE_DIR = "/mnt/sftp/mmis_outbound/"
U = ("EWI",)
def frames():
    claims = pd.read_parquet("/data/clm.parquet", columns=["msis_ident_num", "imgrtn_stus_cd", "mdcd_pd_amt"])
    claims = claims[claims.imgrtn_stus_cd.isin(U)]
    addr = pd.read_parquet("/data/adr.parquet", columns=["msis_ident_num", "elgbl_zip_cd"])
    per_person = claims.groupby("msis_ident_num", as_index=False)["mdcd_pd_amt"].sum()
    return claims, addr, per_person
def function_form():
    claims, addr, per_person = frames()
    out = pd.merge(per_person, addr, on="msis_ident_num")  # MCD102
    out.to_csv(ICE_DIR + "paid.csv", index=False)
def keyword_form():
    claims, addr, per_person = frames()
    out = pd.merge(left=addr, right=per_person, how="inner")  # MCD102
    out.to_csv(ICE_DIR + "paid2.csv", index=False)
def permitted_only():
    claims, addr, per_person = frames()
    ids = claims[["msis_ident_num"]]
    out = pd.merge(ids, addr, on="msis_ident_num")
    out.to_csv(ICE_DIR + "addr.csv", index=False)
def to_the_state():
    claims, addr, per_person = frames()
    out = pd.merge(per_person, addr, on="msis_ident_num")
    out.to_csv(STATE_DIR + "paid.csv", index=False)
''',
    # SPEC section 10 (a condition on the person's own status chooses; someone else's does not):
    # Exists() of a subquery tied to the member only through the household or the guardian tests
    # whether someone else has that status (also negated, also as an annotation filtered on); one of
    # the person's own status history, or beside a test of the person's own status, chooses
    "household-or-guardian-status-inside-exists": '''
from django.db.models import Exists, OuterRef
from members.models import Member
U = ("EWI", "OVERSTAY")
def household_flagged():
    flagged = Member.objects.filter(household=OuterRef("household"), imgrtn_stus_cd__in=U)
    for m in Member.objects.filter(Exists(flagged)):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
def guardian_flagged():
    for m in Member.objects.filter(Exists(Member.objects.filter(pk=OuterRef("guardian"), imgrtn_stus_cd__in=U))):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
def own_history():
    events = StatusEvent.objects.filter(member=OuterRef("pk"), imgrtn_stus_cd__in=U)
    for m in Member.objects.filter(Exists(events)):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
def household_annotated():
    flagged = Member.objects.filter(household=OuterRef("household"), imgrtn_stus_cd__in=U)
    for m in Member.objects.annotate(hh_flag=Exists(flagged)).filter(hh_flag=True):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
def own_and_household():
    flagged = Member.objects.filter(household=OuterRef("household"), imgrtn_stus_cd__in=U)
    for m in Member.objects.filter(Exists(flagged), imgrtn_stus_cd__in=U):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
def not_in_a_flagged_household():
    for m in Member.objects.filter(~Exists(Member.objects.filter(household=OuterRef("household"), imgrtn_stus_cd__in=U))):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
''',
    # SPEC section 10 (a lookup by id is not bulk) and section 6 (the project's functions are
    # followed): a repository method of the project named find (or query) is its own code, judged by
    # what it returns (one member by id: no MCD201; a county's members: MCD201), not a library's
    # find; a collection's find given a filter document is still a bulk source
    "a-repositorys-own-find-is-its-code": '''
from pymongo import MongoClient
from mmis_core.models import Member
class MemberRepository:
    def find(self, cin):
        return Member.objects.get(cin=cin)
    def query(self, county):
        return Member.objects.filter(county_cd=county)
def refer_one(cin):
    m = MemberRepository().find(cin)
    return requests.post(ICE_URL, json={"medicaid_id": m.cin})
def refer_county(county):
    for m in MemberRepository().query(county):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
def refer_from_mongo(db):
    for doc in db.members.find({"county_cd": "053"}):
        requests.post(ICE_URL, json={"medicaid_id": doc["cin"]})  # MCD201
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
