"""Round 25 of the data flow: shapes found by the SPEC-only precision prober.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean); population scope (MCD201) is
asked of every case. Cross-module cases are small projects linted module by module,
as flake8 would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from annotations import actual, expected
from test_project import lint, project

from flake8_medicaid_scope import analyze

ICE_URL = "https://eid.ice.gov/api/v1/referrals/bulk"

HEAD = '''import attr
import numpy as np
import pandas as pd
import requests
from django.db.models import Q
from sqlalchemy import and_, or_, select
from members.models import Member as DjMember
from mmis.models import Member

ICE_URL = "https://eid.ice.gov/api/v1/referrals/bulk"
CODES = ("8", "9")
COLS = ["msis_ident_num", "birth_dt", "imgrtn_stus_cd", "ctznshp_ind", "county"]
OUT = ["msis_ident_num", "birth_dt"]
'''

CASES: dict[str, str] = {
    # SPEC section 10: a status condition kept in a variable is a condition where it is used as one:
    # a list of conditions, and_/or_ of conditions, a lookup dict filled key by key or by update()
    "status-conditions-kept-in-collections-and-combinators": '''
def sqla_list(session):
    conditions = [Member.immigration_status.in_(CODES)]
    stmt = select(Member.medicaid_id).where(*conditions)
    requests.post(ICE_URL, json=[{"medicaid_id": r.medicaid_id} for r in session.execute(stmt)])


def sqla_list_appended(session):
    conditions = [Member.county == "x"]
    conditions.append(Member.immigration_status.in_(CODES))
    stmt = select(Member.medicaid_id).where(and_(*conditions))
    requests.post(ICE_URL, json=[{"medicaid_id": r.medicaid_id} for r in session.execute(stmt)])


def sqla_or(session):
    cond = or_(Member.immigration_status == "8", Member.immigration_status == "9")
    stmt = select(Member.medicaid_id).where(cond)
    requests.post(ICE_URL, json=[{"medicaid_id": r.medicaid_id} for r in session.execute(stmt)])


def django_lookup_dict():
    filters = {}
    filters["immigration_status__in"] = CODES
    for m in DjMember.objects.filter(**filters):
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})


def django_lookup_update():
    filters = {"active": True}
    filters.update(immigration_status__in=CODES)
    for m in DjMember.objects.filter(**filters):
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})


def django_q_list():
    conditions = [Q(active=True), Q(immigration_status__in=CODES)]
    rows = [{"medicaid_id": m.medicaid_id} for m in DjMember.objects.filter(*conditions)]
    requests.post(ICE_URL, json=rows)
''',
    # the same shapes with no status field in them choose no one
    "conditions-on-other-columns-in-collections-are-no-status-condition": '''
def sqla_list(session):
    conditions = [Member.county == "x"]
    stmt = select(Member.medicaid_id).where(*conditions)
    requests.post(ICE_URL, json=[{"medicaid_id": r.medicaid_id} for r in session.execute(stmt)])  # MCD201


def sqla_or(session):
    cond = or_(Member.county == "8", Member.county == "9")
    stmt = select(Member.medicaid_id).where(cond)
    requests.post(ICE_URL, json=[{"medicaid_id": r.medicaid_id} for r in session.execute(stmt)])  # MCD201


def django_lookup_dict():
    filters = {}
    filters["county__in"] = CODES
    for m in DjMember.objects.filter(**filters):
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})  # MCD201
''',
    # SPEC sections 6 and 10: pandas' inplace=True changes the frame itself: a column dropped is
    # gone, a query chooses the frame's rows
    "pandas-inplace-drop-and-query": '''
def drop_inplace(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "birth_dt", "ssn_num", "imgrtn_stus_cd"], dtype=str)
    df = df[df["imgrtn_stus_cd"].isin(CODES)]
    df.drop(columns=["ssn_num"], inplace=True)
    requests.post(ICE_URL, json=df.to_dict("records"))


def drop_other_inplace(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "birth_dt", "ssn_num", "imgrtn_stus_cd"], dtype=str)  # MCD101
    df = df[df["imgrtn_stus_cd"].isin(CODES)]
    df.drop(columns=["birth_dt"], inplace=True)
    requests.post(ICE_URL, json=df.to_dict("records"))


def query_inplace(path):
    df = pd.read_csv(path, usecols=OUT + ["imgrtn_stus_cd"], dtype=str)
    df.query("imgrtn_stus_cd in @CODES", inplace=True)
    requests.post(ICE_URL, json=df[OUT].to_dict("records"))


def query_county_inplace(path):
    df = pd.read_csv(path, usecols=OUT + ["county"], dtype=str)
    df.query("county == '5'", inplace=True)
    requests.post(ICE_URL, json=df[OUT].to_dict("records"))  # MCD201
''',
    # SPEC section 10: pandas row choices on the status column: rows dropped by a status test,
    # a numpy mask, chunks each filtered before they are joined
    "pandas-status-row-choices": '''
def drop_citizens(path):
    df = pd.read_csv(path, usecols=COLS, dtype=str)
    df = df.drop(df[df["ctznshp_ind"] == "1"].index)
    requests.post(ICE_URL, json=df[OUT].to_dict("records"))


def numpy_mask(path):
    df = pd.read_csv(path, usecols=COLS, dtype=str)
    mask = np.isin(df["imgrtn_stus_cd"], CODES)
    df = df[mask]
    requests.post(ICE_URL, json=df[OUT].to_dict("records"))


def chunked(path):
    reader = pd.read_csv(path, usecols=COLS, dtype=str, chunksize=100_000)
    df = pd.concat([ch[ch["imgrtn_stus_cd"].isin(CODES)] for ch in reader])
    requests.post(ICE_URL, json=df[OUT].to_dict("records"))


def drop_status_column(path):
    df = pd.read_csv(path, usecols=COLS, dtype=str)
    df = df.drop(columns=["imgrtn_stus_cd"])
    requests.post(ICE_URL, json=df[OUT].to_dict("records"))  # MCD201


def drop_county_rows(path):
    df = pd.read_csv(path, usecols=COLS, dtype=str)
    df = df.drop(df[df["county"] == "1"].index)
    requests.post(ICE_URL, json=df[OUT].to_dict("records"))  # MCD201


def numpy_mask_county(path):
    df = pd.read_csv(path, usecols=COLS, dtype=str)
    df = df[np.isin(df["county"], CODES)]
    requests.post(ICE_URL, json=df[OUT].to_dict("records"))  # MCD201


def chunked_county(path):
    reader = pd.read_csv(path, usecols=COLS, dtype=str, chunksize=100_000)
    df = pd.concat([ch[ch["county"] == "x"] for ch in reader])
    requests.post(ICE_URL, json=df[OUT].to_dict("records"))  # MCD201
''',
    # SPEC section 10: a method named for the rule chooses, also chained after other queryset calls
    "named-filter-method-chained-after-calls": '''
def recent(since):
    for m in DjMember.objects.filter(updated_at__gte=since).unlawfully_present():
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})


def everyone():
    for m in DjMember.objects.all().removable():
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})


def active():
    for m in DjMember.objects.filter(active=True).select_related("case"):
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})  # MCD201
''',
    # SPEC section 6: attrs' include/exclude filters keep or drop the attributes they list; a filter
    # the analysis cannot read keeps everything
    "attrs-asdict-filters": '''
@attr.s(auto_attribs=True)
class Person:
    medicaid_id: str
    ssn: str  # MCD101
    date_of_birth: str


def include_filter(m: Person):
    f = attr.fields(Person)
    requests.post(ICE_URL, json=attr.asdict(m, filter=attr.filters.include(f.medicaid_id, f.date_of_birth)))


def exclude_filter(m: Person):
    requests.post(ICE_URL, json=attr.asdict(m, filter=attr.filters.exclude(attr.fields(Person).ssn)))


def lambda_filter(m: Person):
    requests.post(ICE_URL, json=attr.asdict(m, filter=lambda a, v: a.name != "x"))
''',
    # SPEC section 6: a method of a project class used as a value (an alias, functools.partial, a
    # callback argument, a dispatch table) runs on its object where it is called
    "bound-methods-as-values": '''
import functools

STATE_URL = "https://mmis.dhcs.ca.gov/api/members"


class Client:
    def __init__(self, url):
        self.url = url

    def submit(self, body):
        return requests.post(self.url, json=body)


class IceClient:
    def submit(self, body):
        return requests.post(ICE_URL, json=body)

    def refer(self, m):
        send = functools.partial(self.submit)
        send({"medicaid_id": m.medicaid_id, "income": m.income})  # MCD101


ice = Client(ICE_URL)
state = Client(STATE_URL)
HANDLERS = {"referral": ice.submit}


def with_retry(fn, body):
    return fn(body)


def refer_alias(m):
    send = ice.submit
    send({"medicaid_id": m.medicaid_id, "race": m.race})  # MCD101


def refer_callback(m):
    with_retry(ice.submit, {"medicaid_id": m.medicaid_id, "ssn": m.ssn})  # MCD101


def dispatch(kind, m):
    HANDLERS[kind]({"medicaid_id": m.medicaid_id, "email": m.email})  # MCD101


def sync_state(m):
    send = state.submit
    send({"medicaid_id": m.medicaid_id, "race": m.race, "ssn": m.ssn})
    with_retry(state.submit, {"diagnosis": m.diagnosis})
''',
    # SPEC section 6: a dict put into a list while still empty, then filled, is that list's element
    "empty-dict-put-into-a-list-then-filled": '''
def refer(m):
    records = []
    rec = {}
    records.append(rec)
    rec["medicaid_id"] = m.medicaid_id
    rec["race"] = m.race  # MCD101
    requests.post(ICE_URL, json={"records": records})


def batch_all():
    batch = []
    for m in DjMember.objects.all():
        rec = {}
        batch.append(rec)
        rec["medicaid_id"] = m.medicaid_id
    requests.post(ICE_URL, json=batch)  # MCD201


def refer_permitted(m):
    records = []
    rec = {}
    records.append(rec)
    rec["medicaid_id"] = m.medicaid_id
    requests.post(ICE_URL, json={"records": records})
''',
    # SPEC section 6: a loop over a part of a container, its values or items, or a zip of lists
    # binds each element: what is stored through the loop variable is stored in the container
    "loop-variables-over-parts-of-containers": '''
def refer(m):
    payload = {"subjects": [{"medicaid_id": m.medicaid_id}]}
    for s in payload["subjects"]:
        s["race"] = m.race  # MCD101
    requests.post(ICE_URL, json=payload)


def refer_values(m):
    payload = {"primary": {"medicaid_id": m.medicaid_id}}
    for v in payload.values():
        v["email"] = m.email  # MCD101
    requests.post(ICE_URL, json=payload)


def refer_items(m):
    payload = {"primary": {"medicaid_id": m.medicaid_id}}
    for _, v in payload.items():
        v["ssn"] = m.ssn  # MCD101
    requests.post(ICE_URL, json=payload)


def enrich(members):
    batch = [{"medicaid_id": x.medicaid_id} for x in members]
    for rec, x in zip(batch, members):
        rec["sex"] = x.sex  # MCD101
    requests.post(ICE_URL, json=batch)  # MCD201


def refer_permitted(m):
    payload = {"subjects": [{"medicaid_id": m.medicaid_id}]}
    for s in payload["subjects"]:
        s["date_of_birth"] = m.dob
    requests.post(ICE_URL, json=payload)
''',
    # SPEC section 10: each call that hands unfiltered bulk data to a sending helper is reported,
    # the flush in the loop and the one of the remainder after it
    "bulk-handed-to-a-helper-twice": '''
def publish(chunk):
    requests.post(ICE_URL, json=chunk)


def run():
    chunk = []
    for m in DjMember.objects.all():
        chunk.append({"medicaid_id": m.medicaid_id})
        if len(chunk) == 10:
            publish(chunk)  # MCD201
            chunk = []
    if chunk:
        publish(chunk)  # MCD201


def run_scoped():
    chunk = []
    for m in DjMember.objects.filter(immigration_status__in=CODES):
        chunk.append({"medicaid_id": m.medicaid_id})
        if len(chunk) == 10:
            publish(chunk)
            chunk = []
    if chunk:
        publish(chunk)
''',
    # SPEC sections 3 and 5: a DRF serializer's Meta.fields given by a list constant of the module
    # declares those fields, each at its line in the constant
    "drf-meta-fields-from-a-module-constant": '''
from rest_framework import serializers

REFERRAL_FIELDS = [
    "medicaid_id",
    "last_name",  # MCD101
]
PERMITTED_FIELDS = ("medicaid_id", "date_of_birth")


class MemberSerializer(serializers.ModelSerializer):
    class Meta:
        model = DjMember
        fields = REFERRAL_FIELDS


class PermittedSerializer(serializers.ModelSerializer):
    class Meta:
        model = DjMember
        fields = PERMITTED_FIELDS


def refer(m):
    requests.post(ICE_URL, json=MemberSerializer(m).data)
    requests.post(ICE_URL, json=PermittedSerializer(m).data)
''',
    # SPEC section 5: a clinical FHIR resource is one finding, also when its type is set by assignment
    "fhir-resource-type-set-by-assignment": '''
def refer(m):
    res = {}
    res["resourceType"] = "Immunization"  # MCD102
    res["patient"] = {"reference": f"Patient/{m.medicaid_id}"}
    requests.post(ICE_URL, json=res)


def refer_patient(m):
    res = {}
    res["resourceType"] = "Patient"
    res["id"] = m.medicaid_id
    requests.post(ICE_URL, json=res)
''',
    # SPEC sections 3, 6 and 10: a helper whose every use in the module is a call made by another
    # function there (public or private, since the seventh session) holds what those calls give: a
    # whole-record serializer of its parameter is judged at each call; one also used as a value (a
    # callback), or one called only by itself keeps the finding of its own run
    "whole-record-serializer-of-a-helper-parameter": '''
import dataclasses

KEEP = ["msis_ident_num", "birth_dt"]


@dataclasses.dataclass
class Referral:
    medicaid_id: str
    date_of_birth: str


def _post_frame(df):
    requests.post(ICE_URL, json=df.to_dict(orient="records"))


def _post_model(obj):
    requests.post(ICE_URL, json=dataclasses.asdict(obj))


def post_model(obj):
    # public, called here only with a bounded model: judged at that call too (seventh session)
    requests.post(ICE_URL, json=dataclasses.asdict(obj))


def _post_any(obj):
    requests.post(ICE_URL, json=vars(obj))  # MCD103


def _post_callback(df):
    requests.post(ICE_URL, json=df.to_dict(orient="records"))  # MCD103


def _post_again(obj, depth=0):
    requests.post(ICE_URL, json=vars(obj))  # MCD103
    if depth < 3:
        _post_again(obj, depth + 1)


def run(path, m):
    frame = pd.read_csv(path, usecols=KEEP + ["imgrtn_stus_cd"], dtype=str)
    ref = frame.loc[frame["imgrtn_stus_cd"].isin(CODES), KEEP]
    _post_frame(ref)
    if m.immigration_status in CODES:
        _post_model(Referral(m.medicaid_id, m.dob))
        post_model(Referral(m.medicaid_id, m.dob))
    _post_frame(pd.read_csv(path, dtype=str))  # MCD103 MCD201
    ref.pipe(_post_callback)


def forward(whole):
    _post_any(whole)
''',
    # SPEC section 4: a recipient named for enforcement decides, also as an element of a list of
    # recipients; a list of the state's own addresses and a person's own address do not
    "e-mail-recipient-lists-named-for-enforcement": '''
import os
import smtplib
from email.message import EmailMessage

ICE_TIPS_EMAIL = os.environ["ICE_TIPS_EMAIL"]
STATE_ELIGIBILITY_EMAIL = os.environ["STATE_ELIGIBILITY_EMAIL"]


def mail(m):
    with smtplib.SMTP("smtp.example.org") as s:
        s.sendmail("agency@state.example.org", [ICE_TIPS_EMAIL], f"{m.medicaid_id} {m.race}")  # MCD101


def mail_message(m):
    msg = EmailMessage()
    msg.set_content(f"{m.medicaid_id} {m.primary_language}")  # MCD101
    with smtplib.SMTP("smtp.example.org") as s:
        s.send_message(msg, to_addrs=[ICE_TIPS_EMAIL])


def mail_state(m):
    with smtplib.SMTP("smtp.example.org") as s:
        s.sendmail("agency@state.example.org", [STATE_ELIGIBILITY_EMAIL], f"{m.medicaid_id} {m.race}")


def mail_member(m):
    with smtplib.SMTP("smtp.example.org") as s:
        s.sendmail("agency@state.example.org", [m.email], f"Your renewal is due, {m.first_name}")
''',
    # SPEC section 6: `+=` on an entry of a payload adds to that entry
    "augmented-store-into-a-payload-entry": '''
def refer(m):
    payload = {"subjects": []}
    payload["subjects"] += [{"medicaid_id": m.medicaid_id, "race": m.race}]  # MCD101
    requests.post(ICE_URL, json=payload)


def refer_permitted(m):
    payload = {"subjects": []}
    payload["subjects"] += [{"medicaid_id": m.medicaid_id, "date_of_birth": m.dob}]
    requests.post(ICE_URL, json=payload)


def refer_text(m):
    payload = {"note": "id "}
    payload["note"] += m.ssn  # MCD101
    requests.post(ICE_URL, json=payload)
''',
    # SPEC section 4: a helper named for a state DHS whose base URL every call of the module gives as
    # a state host sends there, whatever its name; the same helper given an ICE URL once, or never
    # called, is decided by its name
    "helpers-named-dhs-given-only-state-hosts": '''
import httpx

IL_URL = "https://eligibility.dhs.illinois.gov/api"


class DhsClient:
    def __init__(self, base_url):
        self.http = httpx.Client(base_url=base_url)

    def get_case(self, case_number):
        return self.http.get(f"/cases/{case_number}")

    def put_member(self, ssn, body):
        return self.http.put(f"/members/{ssn}", json=body)


def dhs_put_case(base_url, case_number, body):
    return requests.put(f"{base_url}/cases/{case_number}", json=body)


class DhsReferralClient:
    def __init__(self, base_url):
        self.http = httpx.Client(base_url=base_url)

    def get_case(self, case_number):
        return self.http.get(f"/cases/{case_number}")  # MCD101


def dhs_lookup(base_url, case_number):
    return requests.get(f"{base_url}/cases/{case_number}")  # MCD101


def sync(case, m):
    DhsClient(IL_URL).get_case(case.case_number)
    DhsClient(IL_URL).put_member(m.ssn, {"race": m.race})
    dhs_put_case(IL_URL, case.case_number, {"ssn": m.ssn})
    DhsReferralClient(IL_URL).get_case(case.case_number)
    DhsReferralClient(ICE_URL).get_case(case.case_number)  # MCD101
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source, population=True) == want


def test_the_chosen_frame_message_names_the_source_and_the_send() -> None:
    """Line, column and message of a frame whose chunks were filtered on another column."""
    source = HEAD + CASES["pandas-status-row-choices"]
    line = next(n for n, text in enumerate(source.splitlines(), 1) if "df = pd.concat([ch[ch[\"county\"]" in text)
    found = [f for f in analyze(source) if f.code == "MCD201" and f.line == line + 1]
    assert len(found) == 1
    assert found[0].col == 4
    assert found[0].message.startswith(f"MCD201 records from pd.read_csv(...) (line {line - 1}) sent to enforcement endpoint {ICE_URL}")


def test_a_status_condition_imported_from_a_policy_module(tmp_path: Path) -> None:
    # SPEC section 10: a condition kept in a constant of another module of the project counts where it is used
    root = project(tmp_path, {
        "app/policy.py": '''
            from django.db.models import Q
            from sqlalchemy import and_
            from mmis.models import Member

            UNLAWFUL_Q = Q(immigration_status__in=("8", "9"))
            UNLAWFUL_COND = and_(Member.immigration_status.in_(("8", "9")), Member.active.is_(True))
            COUNTY_Q = Q(county="x")
            ''',
        "app/send.py": '''
            import requests
            from members.models import Member as DjMember
            from mmis.models import Member
            from .policy import COUNTY_Q, UNLAWFUL_COND, UNLAWFUL_Q

            ICE_URL = "https://eid.ice.gov/api/v1/referrals/bulk"

            def imported_q():
                requests.post(ICE_URL, json=[{"medicaid_id": m.medicaid_id} for m in DjMember.objects.filter(UNLAWFUL_Q)])

            def imported_and(session):
                q = session.query(Member).filter(UNLAWFUL_COND)
                requests.post(ICE_URL, json=[{"medicaid_id": m.medicaid_id} for m in q])

            def imported_county():
                requests.post(ICE_URL, json=[{"medicaid_id": m.medicaid_id} for m in DjMember.objects.filter(COUNTY_Q)])
            ''',
    })
    assert lint(root / "app/send.py") == [(16, "MCD201")]


REVIEWED = sorted((Path(__file__).parent / "data" / "review25").glob("r*.py"))


@pytest.mark.parametrize("path", REVIEWED, ids=[p.stem for p in REVIEWED])
def test_review_of_round_25(path: Path) -> None:
    """The seven wrong silences a review of this round's first changes found, kept: a payload that holds a
    status field is no condition (SPEC section 10: sending it is not a condition), nor a comprehension
    element that merely holds a status value, nor an allow-list naming the status field, nor dropping the
    status column; ``inplace=True`` only on table methods the library data describes; a decorated method
    (a property's setter, ``@reify``) read as an attribute is the field it names."""
    source = path.read_text(encoding="utf-8")
    want, _, _ = expected(source)
    assert sum(want.values()) >= 1
    assert actual(source, population=True) == want


def test_an_imported_allow_list_naming_the_status_field_is_no_condition(tmp_path: Path) -> None:
    # SPEC section 10: a condition tests a status field; a tuple of field names that includes one tests nothing
    root = project(tmp_path, {
        "app/policy.py": '''
            PERMITTED = ("medicaid_id", "date_of_birth", "immigration_status", "citizenship")
            ''',
        "app/send.py": '''
            import requests
            from members.models import Member
            from .policy import PERMITTED

            ICE_URL = "https://eid.ice.gov/api/v1/referrals/bulk"

            def push():
                rows = [{k: v for k, v in m.items() if k in PERMITTED} for m in Member.objects.values()]
                requests.post(ICE_URL, json=rows)
            ''',
    })
    assert lint(root / "app/send.py") == [(9, "MCD201")]
