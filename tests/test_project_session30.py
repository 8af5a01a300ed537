"""Cross-module shapes of the thirtieth session (probers of round 195 and after)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from test_project import project
from test_project_session17 import lint


def test_an_imported_predicate_over_a_combined_allow_list(tmp_path: Path) -> None:
    # SPEC section 6 (a constant collection of permitted names, imported from another module): a predicate
    # of a policy module whose allow-list combines its constants (PILOT = BASIC | {"ssn"}) keeps exactly those
    # names: the SSN it lets pass is reported (at the record's entry), the field it drops is not
    root = project(tmp_path, {
        "app/policy.py": '''
            BASIC = frozenset({"cin", "dob", "phone"})
            PILOT = BASIC | {"ssn"}
            def in_pilot(key):
                return key in PILOT
            def in_basic(key, allowed=BASIC):
                return key in allowed
            ''',
        "app/send.py": '''
            import requests
            from .policy import in_basic, in_pilot
            ICE_URL = "https://eid.ice.gov/api/v1/referrals"
            def refer(m):
                rec = {"cin": m.cin, "ssn": m.ssn, "sex": m.sex}
                requests.post(ICE_URL, json={k: v for k, v in rec.items() if in_pilot(k)})
            def refer_basic(m):
                rec = {"cin": m.cin, "ssn": m.ssn, "sex": m.sex}
                requests.post(ICE_URL, json={k: v for k, v in rec.items() if in_basic(k)})
            ''',
    })
    assert lint(root / "app/send.py") == [(5, "MCD101")]


def test_a_builder_of_another_module_given_to_a_constructor(tmp_path: Path) -> None:
    # SPEC section 3 (a placement of another module is reported at the call of the linted module that hands
    # it to a sink) and section 6 (what a function writes into self): a builder function imported by name or
    # read through its module, given to a service's constructor and called as self.builder(m)
    payloads = '''
        def income_block(m):
            return {"medicaid_id": m.cin, "monthly_income": m.income_amt}
        def basic_block(m):
            return {"medicaid_id": m.cin, "dob": m.dob}
        '''
    service = '''
        import requests
        from . import payloads
        from .payloads import basic_block, income_block
        class IceService:
            def __init__(self, builder):
                self.builder = builder
            def refer(self, member):
                requests.post("https://eid.ice.gov/api/subjects", json=self.builder(member))
        '''
    for call, found in (("IceService(income_block)", [(8, "MCD101")]), ("IceService(builder=payloads.income_block)", [(8, "MCD101")]),
                        ("IceService(basic_block)", [])):
        jobs = textwrap.dedent(service) + f"def run(member):\n    {call}.refer(member)\n"
        root = project(tmp_path / str(len(call)), {"app/payloads.py": payloads, "app/jobs.py": jobs})
        assert lint(root / "app/jobs.py") == found, call


def test_declared_names_of_a_model_of_another_module(tmp_path: Path) -> None:
    # SPEC section 6 (a constant collection of permitted names; the project's modules are visible through
    # their imports): the names a model or TypedDict of another module declares are an allow-list; one that
    # declares a barred name keeps it
    root = project(tmp_path, {
        "feed/models.py": '''
            from typing import TypedDict
            from pydantic import BaseModel
            class BasicSubject(BaseModel):
                medicaid_id: str
                dob: str
            class CaseSubject(BaseModel):
                medicaid_id: str
                ssn: str
            class Row(TypedDict, total=False):
                medicaid_id: str
                race_cd: str
            ''',
        "feed/push.py": '''
            import requests
            from feed.models import BasicSubject, CaseSubject, Row
            ERO_URL = "https://ero.ice.gov/api/leads"
            def push_basic(rec):
                requests.post(ERO_URL, json={k: rec[k] for k in BasicSubject.model_fields})
            def push_case(rec):
                requests.post(ERO_URL, json={k: rec[k] for k in CaseSubject.model_fields})
            def push_legacy(rec):
                requests.post(ERO_URL, json={k: v for k, v in rec.items() if k in CaseSubject.__fields__})
            def push_row(rec):
                requests.post(ERO_URL, json={k: rec[k] for k in Row.__optional_keys__})
            ''',
    })
    assert lint(root / "feed/push.py") == [(7, "MCD101"), (9, "MCD101"), (11, "MCD101")]


def test_policies_and_models_read_through_their_module(tmp_path: Path) -> None:
    # SPEC section 6 (an allow-list imported from another module keeps code clean): a policy object or a
    # model reached through its module (from pkg import policy; policy.POLICY.permits(k), models.Subject.model_fields,
    # schema = models.Subject) is read as the allow-list it holds; one that holds a barred name keeps it
    root = project(tmp_path, {
        "pkg/policy.py": '''
            BASIC = frozenset({"medicaid_id", "date_of_birth"})
            class FieldPolicy:
                def __init__(self, allowed=BASIC):
                    self.allowed = allowed
                def permits(self, key):
                    return key in self.allowed
            POLICY = FieldPolicy(BASIC)
            WIDE = FieldPolicy(BASIC | {"ssn"})
            ''',
        "pkg/models.py": '''
            from pydantic import BaseModel
            class Subject(BaseModel):
                medicaid_id: str
                date_of_birth: str
            ''',
        "pkg/refer.py": '''
            import requests
            from pkg import models, policy
            ICE_URL = "https://eid.ice.gov/api/v2/referrals"
            def module_object(m):
                rec = {"medicaid_id": m.cin, "date_of_birth": m.dob, "ssn": m.ssn}
                requests.post(ICE_URL, json={k: v for k, v in rec.items() if policy.POLICY.permits(k)})
            def module_class(m):
                rec = {"medicaid_id": m.cin, "date_of_birth": m.dob, "ssn": m.ssn}
                requests.post(ICE_URL, json={k: v for k, v in rec.items() if policy.FieldPolicy().permits(k)})
            def module_wide(m):
                rec = {"medicaid_id": m.cin, "date_of_birth": m.dob, "ssn": m.ssn}
                requests.post(ICE_URL, json={k: v for k, v in rec.items() if policy.WIDE.permits(k)})
            def module_model(m):
                rec = {"medicaid_id": m.cin, "date_of_birth": m.dob, "ssn": m.ssn}
                requests.post(ICE_URL, json={k: rec[k] for k in models.Subject.model_fields})
            def aliased_model(m):
                schema = models.Subject
                rec = {"medicaid_id": m.cin, "date_of_birth": m.dob, "ssn": m.ssn}
                requests.post(ICE_URL, json={k: rec[k] for k in schema.model_fields})
            ''',
    })
    assert lint(root / "pkg/refer.py") == [(11, "MCD101")]
