"""Round 30 of the data flow: shapes found by the SPEC-only precision and recall probers of round 30.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean).
"""

from __future__ import annotations

from pathlib import Path

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
    # SPEC section 6: a callback a serializer is given that keeps the fields an allow-list names (or
    # drops those a deny-list names) is that sanitizer; any other callback keeps every field
    "serializer-filter-callbacks": '''

from dataclasses import dataclass, asdict
import attrs

ALLOWED = ("medicaid_id", "date_of_birth")


def _only_allowed(items):
    return {k: v for k, v in items if k in ALLOWED}


def _no_ssn(items):
    return {k: v for k, v in items if k not in ("ssn",)}


def _everything(items):
    return dict(items)


@dataclass
class Member:
    medicaid_id: str
    date_of_birth: str
    ssn: str
    full_name: str


@dataclass
class Applicant:
    medicaid_id: str
    ssn: str
    full_name: str  # MCD101


@dataclass
class Household:
    medicaid_id: str
    ssn: str  # MCD101
    full_name: str  # MCD101


@attrs.define
class Enrollee:
    medicaid_id: str
    date_of_birth: str
    ssn: str
    race: str


@attrs.define
class Dependent:
    medicaid_id: str
    ssn: str  # MCD101
    race: str


@attrs.define
class Caretaker:
    medicaid_id: str
    ssn: str  # MCD101
    race: str  # MCD101


def refer_dc(m: Member):
    requests.post(ICE_URL, json=asdict(m, dict_factory=_only_allowed), timeout=30)


def refer_attrs(m: Enrollee):
    requests.post(ICE_URL, json=attrs.asdict(m, filter=lambda a, v: a.name in ALLOWED), timeout=30)


def refer_dc_denied(m: Applicant):
    requests.post(ICE_URL, json=asdict(m, dict_factory=_no_ssn), timeout=30)


def refer_dc_everything(m: Household):
    requests.post(ICE_URL, json=asdict(m, dict_factory=_everything), timeout=30)


def refer_attrs_denied(m: Dependent):
    requests.post(ICE_URL, json=attrs.asdict(m, filter=lambda a, v: a.name not in ("race",)), timeout=30)


def refer_attrs_other(m: Caretaker):
    requests.post(ICE_URL, json=attrs.asdict(m, filter=lambda a, v: v is not None), timeout=30)
''',
    # SPEC section 10: a condition on a column of the immigration-status table (named by the table's
    # alias, or the only table of a subquery), on a model named for status, or through Django's
    # default reverse lookup of one, chooses by status; a join key alone or another table's column
    # does not
    "status-table-and-status-model-conditions": '''

JOINED = """
SELECT m.cin, m.birth_dt
  FROM members m
  JOIN immigration_status s ON s.cin = m.cin
 WHERE s.code IN ('EWI', 'OVERSTAY')
"""
SUBQUERY = "SELECT cin, birth_dt FROM members WHERE cin IN (SELECT cin FROM immigration_status WHERE code = 'EWI')"
ONLY_JOINED = """
SELECT m.cin, m.birth_dt
  FROM members m
  JOIN immigration_status s ON s.cin = m.cin
 WHERE m.county = 'X'
"""


def sql_join(cur):
    cur.execute(JOINED)
    for cin, dob in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob}, timeout=30)


def sql_subquery(cur):
    cur.execute(SUBQUERY)
    for cin, dob in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob}, timeout=30)


def sql_join_key_only(cur):
    cur.execute(ONLY_JOINED)
    for cin, dob in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob}, timeout=30)  # MCD201


def django_subquery():
    ids = ImmigrationStatus.objects.filter(code__in=["EWI", "OVERSTAY"]).values("member_id")
    for m in Member.objects.filter(pk__in=ids):
        requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=30)


def django_reverse():
    for m in Member.objects.filter(immigrationstatus__code__in=["EWI", "OVERSTAY"]):
        requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=30)


def django_other_model():
    ids = CountyAssignment.objects.filter(code__in=["A", "B"]).values("member_id")
    for m in Member.objects.filter(pk__in=ids):
        requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=30)  # MCD201
''',
    # SPEC section 10: a status column renamed (pandas rename, SQL AS) is still the status column
    # where it is tested; a comprehension that unpacks rows tests the column it binds by position
    "renamed-status-column-and-unpacked-comprehension": '''

def pandas_rename(path):
    df = pd.read_csv(path, usecols=["cin", "dob", "imgrtn_stus_cd"], dtype=str)
    df = df.rename(columns={"imgrtn_stus_cd": "status"})
    chosen = df[df["status"].isin(["5", "6"])]
    requests.post(ICE_URL, json=chosen[["cin", "dob"]].to_dict("records"), timeout=60)


def pandas_other_rename(path):
    df = pd.read_csv(path, usecols=["cin", "dob", "county_cd"], dtype=str)
    df = df.rename(columns={"county_cd": "status"})
    chosen = df[df["status"].isin(["5", "6"])]
    requests.post(ICE_URL, json=chosen[["cin", "dob"]].to_dict("records"), timeout=60)  # MCD201


def sql_alias(cur):
    cur.execute("SELECT cin, dob, imgrtn_stus_cd AS status FROM members")
    for row in cur.fetchall():
        if row["status"] not in ("5", "6"):
            continue
        requests.post(ICE_URL, json={"medicaid_id": row["cin"], "dob": row["dob"]}, timeout=60)


def comp_unpacked(cur):
    cur.execute("SELECT cin, dob, imgrtn_stus_cd FROM members")
    batch = [{"medicaid_id": cin, "dob": dob} for cin, dob, code in cur.fetchall() if code in {"5", "6"}]
    requests.post(ICE_URL, json=batch, timeout=60)


def comp_unpacked_other(cur):
    cur.execute("SELECT cin, dob, county_cd FROM members")
    batch = [{"medicaid_id": cin, "dob": dob} for cin, dob, code in cur.fetchall() if code in {"5", "6"}]
    requests.post(ICE_URL, json=batch, timeout=60)  # MCD201
''',
    # SPEC sections 3 and 4: a subclass that overrides a class attribute its base's __init__ copies
    # into self (self.base_url = self.BASE_URL) sends to its own URL, found in the method's own run
    "subclass-overrides-the-base-url": '''

class ApiClient:
    BASE_URL = ""

    def __init__(self):
        self.base_url = self.BASE_URL

    def _post(self, path, payload):
        return requests.post(self.base_url + path, json=payload)


class IceClient(ApiClient):
    BASE_URL = "https://eid.ice.gov/api"

    def refer(self, member):
        return self._post("/v1/referrals", {"cin": member.cin, "ssn": member.ssn})  # MCD101


class StateClient(ApiClient):
    BASE_URL = "https://mmis.dhcs.ca.gov/api"

    def sync(self, member):
        return self._post("/v1/members", {"cin": member.cin, "ssn": member.ssn})
''',
    # SPEC sections 4 and 6: a parameter annotated with a class whose default is an instance of it
    # holds that instance (its URL), not an unknown object of the class
    "annotated-parameter-default-instance": '''

from dataclasses import dataclass


@dataclass(frozen=True)
class Destination:
    url: str


ICE = Destination(url="https://eid.ice.gov/api/v1/referrals")
STATE = Destination(url="https://mmis.dhcs.ca.gov/api/members")


def refer(member, dest: Destination = ICE):
    requests.post(dest.url, json={"cin": member.cin, "ssn": member.ssn})  # MCD101


def sync(member, dest: Destination = STATE):
    requests.post(dest.url, json={"cin": member.cin, "ssn": member.ssn})
''',
    # SPEC section 10: a filter on a property of the SSN (its verification status or indicator) picks
    # many people, neither a status condition nor a lookup of one person
    "ssn-verification-filter-is-no-lookup": '''

def failed_ssn_checks():
    qs = Member.objects.filter(ssn_verification_status="FAILED")
    rows = [{"cin": m.cin, "dob": m.dob} for m in qs]
    requests.post(ICE_URL, json=rows)  # MCD201


def unverified():
    rows = [{"cin": m.cin} for m in Member.objects.filter(ssn_vrfctn_ind="N")]
    requests.post(ICE_URL, json=rows)  # MCD201


def one_person(ssn):
    rows = [{"cin": m.cin} for m in Member.objects.filter(ssn=ssn)]
    requests.post(ICE_URL, json=rows)
''',
    # SPEC section 4: a file name is split on / too: a folder named ice or ero makes a file written
    # there an enforcement destination; dhs and enforcement folders are left to the file's own name (a
    # state DHS share)
    "folder-named-for-enforcement": '''

import csv
import json


def export_json(member):
    with open("/mnt/shares/ice/daily.json", "w") as fh:
        json.dump({"cin": member.cin, "ssn": member.ssn}, fh)  # MCD101


def export_csv(member):
    with open("/srv/transfer/ero_outbound/daily.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([member.cin, member.ssn])  # MCD101


def state_share(member):
    with open("/mnt/dhs/eligibility/daily.json", "w") as fh:
        json.dump({"cin": member.cin, "ssn": member.ssn}, fh)


def notices(member):
    with open("/srv/notices/device_reports/daily.json", "w") as fh:
        json.dump({"cin": member.cin, "ssn": member.ssn}, fh)
''',
    # SPEC sections 3 and 5: medical history, health status, treatment, surgery, tobacco, cancer,
    # blood type are health information; a taxpayer id and ss_num are SSNs
    "health-and-ssn-vocabulary": '''

def refer(m):
    requests.post(ICE_URL, json={
        "medical_history": m.medical_history,  # MCD102
        "health_status": m.health_status,  # MCD102
        "surgery_history": m.surgery_history,  # MCD102
        "treatment": m.treatment,  # MCD102
        "tobacco_use": m.tobacco_use,  # MCD102
        "cancer_stage": m.cancer_stage,  # MCD102
        "blood_type": m.blood_type,  # MCD102
        "taxpayer_id": m.taxpayer_id,  # MCD101
        "ss_num": m.ss_num,  # MCD101
    })
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source, population=True) == want


REVIEWED = sorted(path for folder in ("review30", "review31", "review32") for path in (Path(__file__).parent / "data" / folder).glob("*.py"))


@pytest.mark.parametrize("path", REVIEWED, ids=[f"{p.parent.name}/{p.stem}" for p in REVIEWED])
def test_reviews_of_rounds_30_and_31(path: Path) -> None:
    """What the reviews of this session's changes found, kept.

    review30: an Enum of barred names folds to those names;
    a format template with starred arguments, a hole or a value from the environment keeps every
    argument; a serializer callback is read in its own scope and must test the field's name; a
    status table's key, timestamps and a subquery's select list test no status, nor does a Django
    lookup through a relation of a status model; a keyed read of someone else's status; OCR is no
    other domain of law.

    review31: a status table's description or flag says something of the status, and so does a
    lookup table's own id or a lookup of a status model's own column; a folder is read after
    `..` is resolved and through `Path(folder) / name`; `ice_contacts` folders are in case of
    emergency; a file in an enforcement folder visibly uploaded only to a state host was not sent by
    its write; alcohol licenses, tobacco taxes and treatment groups are no health information.

    review32: alcohol dependence, tobacco cessation and treatment
    notes are health information, a doc's or a source's name may be a person's; recovery and PERM are
    no qualifiers; a hash of a file is no upload of it; a Kafka broker list keeps its names; a
    model's field keeps the bulk source it was given; nested settings keys are read as one name; a
    status table's current flag or county chooses no one by status; a folder with ero beside an
    emergency contact word is still named for enforcement."""
    source = path.read_text(encoding="utf-8")
    want, _, _ = expected(source)
    assert actual(source, population=True) == want


def test_a_class_of_an_imported_module_is_learned_once_per_run_with_the_same_findings(tmp_path: Path) -> None:
    # what a base class of another module sets on self is shared by the files of one lint run
    # (project.RUN_ATTRS); each file's findings are those it gets alone, and an edit of the base's
    # module is never answered from what was learned before it
    from flake8_medicaid_scope.flow import project as run
    from flake8_medicaid_scope.prefilter import end_session, start_session
    from test_project import lint, project

    files = {
        "app/base.py": '''
            import requests

            class ApiClient:
                BASE_URL = ""

                def __init__(self):
                    self.base_url = self.BASE_URL
                    self.session = requests.Session()
                    self.extra = {"ssn": None}

                def _post(self, path, payload):
                    return self.session.post(self.base_url + path, json=payload)
            ''',
        "app/ice.py": '''
            from app.base import ApiClient

            class IceClient(ApiClient):
                BASE_URL = "https://eid.ice.gov/api"

                def refer(self, member):
                    return self._post("/v1/referrals", {"cin": member.cin, "ssn": member.ssn})
            ''',
        "app/state.py": '''
            from app.base import ApiClient

            class StateClient(ApiClient):
                BASE_URL = "https://mmis.dhcs.ca.gov/api"

                def refer(self, member):
                    return self._post("/v1/members", {"cin": member.cin, "ssn": member.ssn})
            ''',
    }
    root = project(tmp_path, files)
    alone = {name: lint(root / name) for name in ("app/ice.py", "app/state.py")}
    assert alone == {"app/ice.py": [(7, "MCD101")], "app/state.py": []}
    start_session()
    try:
        together = {name: lint(root / name) for name in ("app/ice.py", "app/state.py", "app/ice.py")}
        assert together == alone
        assert run.RUN_ATTRS  # learned once, then shared
        base = root / "app" / "base.py"
        base.write_text(base.read_text().replace('self.base_url = self.BASE_URL', 'self.base_url = "https://mmis.dhcs.ca.gov/api"'))
        assert lint(root / "app/ice.py") == []  # the edited base sends to the state's host: nothing kept from before
    finally:
        end_session()
