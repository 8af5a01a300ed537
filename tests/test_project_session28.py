"""Cross-module shapes of the twenty-eighth session (probers of round 178 and after)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_project import project
from test_project_session17 import lint

APPLICANT_MODEL = '''
    from django.db import models
    class Applicant(models.Model):
        medicaid_id = models.CharField(max_length=12)
        ssn = models.CharField(max_length=11)
        household_income = models.DecimalField(max_digits=10, decimal_places=2)
    '''

VALUES_THEN_WHOLE = '''
    import requests
    from django.forms.models import model_to_dict
    from .models import Applicant
    ICE_URL = "https://eid.ice.gov/api/v1/referrals"
    def post_referral(body):
        requests.post(ICE_URL, json=body)
    def refer_by_values(pk):
        row = Applicant.objects.filter(pk=pk).values("medicaid_id", "ssn").first()
        post_referral(row)
    def refer_whole(pk):
        applicant = Applicant.objects.get(pk=pk)
        post_referral(model_to_dict(applicant))
    '''


@pytest.mark.parametrize("swapped", [False, True])
def test_a_declaration_sent_by_one_function_and_a_column_by_another_through_one_helper(tmp_path: Path, swapped: bool) -> None:
    # SPEC section 3 (data from another module: one finding per field at the call here that hands it on,
    # naming where it was placed): refer_whole sends every column of a model declared in models.py
    # through the helper that refer_by_values also uses for its own .values("ssn"); that other send of
    # 'ssn' by another function is another placement, so the declaration's 'ssn' is still reported
    source = VALUES_THEN_WHOLE
    expected = [(8, "MCD101"), (12, "MCD101"), (12, "MCD101")]
    if swapped:
        head, by_values, whole = source.split("    def refer_")
        source = f"{head}    def refer_{whole.rstrip()}\n    def refer_{by_values}"
        expected = [(9, "MCD101"), (9, "MCD101"), (11, "MCD101")]
    root = project(tmp_path, {"app/models.py": APPLICANT_MODEL, "app/refer.py": source})
    assert lint(root / "app/refer.py") == expected


SHAPES = '''
    class Shapes:
        @staticmethod
        def full(m):
            return {"medicaid_id": m.cin, "ssn": m.ssn}
        @staticmethod
        def basic(m):
            return {"medicaid_id": m.cin, "dob": m.dob}
    '''


def test_a_static_method_of_a_class_reached_through_its_module(tmp_path: Path) -> None:
    # SPEC section 3 (a placement in another module is reported at the call here that hands it to the
    # send, naming where it was placed) and section 6 (imports resolve as Python's do): a static method
    # called as module.Class.method(...) through `import a.b as c`, `from a import b` and a package that
    # imports its submodule, or through a variable bound to the imported class, runs that method
    root = project(tmp_path, {
        "pkg/sub/__init__.py": "from . import shapes\n",
        "pkg/sub/shapes.py": SHAPES,
        "pkg/job.py": '''
            import requests
            import pkg.sub as x
            import pkg.sub.shapes as shp
            from pkg.sub import shapes
            from pkg.sub.shapes import Shapes
            ICE_URL = "https://eid.ice.gov/api/v1/referrals"
            STATE_URL = "https://portal.dhs.state.mn.us/api/members"
            def module_alias(m):
                requests.post(ICE_URL, json=shp.Shapes.full(m))
            def from_import_module(m):
                requests.post(ICE_URL, json=shapes.Shapes.full(m))
            def package_attribute(m):
                requests.post(ICE_URL, json=x.shapes.Shapes.full(m))
            def class_in_a_variable(m):
                builder = Shapes
                requests.post(ICE_URL, json=builder.full(m))
            def permitted_only(m):
                requests.post(ICE_URL, json=shp.Shapes.basic(m))
            def to_the_state(m):
                requests.post(STATE_URL, json=shapes.Shapes.full(m))
            ''',
    })
    assert lint(root / "pkg/job.py") == [(9, "MCD101"), (11, "MCD101"), (13, "MCD101"), (16, "MCD101")]


def test_a_module_of_the_project_bound_to_another_name(tmp_path: Path) -> None:
    # SPEC section 4 (URL resolution folds module constants) and section 6 (the project's modules are
    # visible through their imports): `S = settings` at module level, `conf = settings` in a function
    # and `P = payloads` are other names for those modules
    root = project(tmp_path, {
        "pkg/settings.py": 'PARTNER_URL = "https://eid.ice.gov/api/v1/referrals"\nPORTAL_URL = "https://portal.dhs.state.mn.us/api"\n',
        "pkg/payloads.py": '''
            def packet(m):
                return {"medicaid_id": m.cin, "ssn": m.ssn}
            ''',
        "pkg/export.py": '''
            import requests
            from . import payloads, settings
            S = settings
            P = payloads
            def refer(m):
                requests.post(S.PARTNER_URL, json={"ssn": m.ssn})
            def refer_local(m):
                conf = settings
                requests.post(conf.PARTNER_URL, json={"ssn": m.ssn})
            def built(m):
                requests.post(S.PARTNER_URL, json=P.packet(m))
            def to_the_state(m):
                requests.post(S.PORTAL_URL, json=P.packet(m))
            ''',
    })
    assert lint(root / "pkg/export.py") == [(6, "MCD101"), (9, "MCD101"), (11, "MCD101")]


def test_a_status_test_imported_by_the_function_itself(tmp_path: Path) -> None:
    # SPEC section 10 (a project function that tests a status field counts as a condition where it is
    # used as one): also when the running function imports it itself (Django code importing inside a
    # function against import cycles)
    root = project(tmp_path, {
        "pkg/models.py": '''
            from django.db import models
            class Member(models.Model):
                cin = models.CharField(max_length=9)
                immigration_status = models.CharField(max_length=4)
            ''',
        "pkg/util.py": '''
            from django.db.models import Q
            UNLAWFUL_CODES = ("UNL", "EWI")
            def status_q():
                return Q(immigration_status__in=UNLAWFUL_CODES)
            def in_scope(m):
                return m.immigration_status in UNLAWFUL_CODES
            def is_active(m):
                return m.active
            ''',
        "pkg/jobs.py": '''
            import requests
            from .models import Member
            ICE_URL = "https://eid.ice.gov/api/v1/referrals"
            def by_query():
                from .util import status_q
                for m in Member.objects.filter(status_q()):
                    requests.post(ICE_URL, json={"medicaid_id": m.cin})
            def by_predicate():
                from .util import in_scope
                for m in Member.objects.all():
                    if in_scope(m):
                        requests.post(ICE_URL, json={"medicaid_id": m.cin})
            def by_another_test():
                from .util import is_active
                for m in Member.objects.all():
                    if is_active(m):
                        requests.post(ICE_URL, json={"medicaid_id": m.cin})
            ''',
    })
    assert lint(root / "pkg/jobs.py") == [(17, "MCD201")]


def test_objects_made_by_another_modules_repository_keep_their_class(tmp_path: Path) -> None:
    # SPEC section 10 (a project function that tests a status field counts as a condition where it is
    # used as one; a status copied into a record chooses no one): the records a repository of another
    # module builds of a dataclass imported from a third are of that class, so its status property
    # guards the send; without the guard, every record is sent
    root = project(tmp_path, {
        "app/domain.py": '''
            from dataclasses import dataclass
            @dataclass
            class Candidate:
                medicaid_id: str
                immigration_status: str
                @property
                def referral_eligible(self) -> bool:
                    return self.immigration_status in ("EWI", "OVS")
            ''',
        "app/orm.py": '''
            from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
            class Base(DeclarativeBase):
                pass
            class MemberRecord(Base):
                __tablename__ = "member"
                medicaid_id: Mapped[str] = mapped_column(primary_key=True)
                immigration_status: Mapped[str]
            ''',
        "app/repo.py": '''
            from sqlalchemy import select
            from .domain import Candidate
            from .orm import MemberRecord
            class CandidateRepository:
                def __init__(self, session):
                    self._session = session
                def _load(self, stmt):
                    return [Candidate(medicaid_id=r.medicaid_id, immigration_status=r.immigration_status)
                            for r in self._session.scalars(stmt)]
                def all_candidates(self):
                    return self._load(select(MemberRecord))
            ''',
        "app/jobs.py": '''
            import requests
            from .repo import CandidateRepository
            ICE_URL = "https://eid.ice.gov/api/v1/referrals"
            def run_all(session):
                for cand in CandidateRepository(session).all_candidates():
                    requests.post(ICE_URL, json={"medicaid_id": cand.medicaid_id})
            def run_eligible(session):
                for cand in CandidateRepository(session).all_candidates():
                    if not cand.referral_eligible:
                        continue
                    requests.post(ICE_URL, json={"medicaid_id": cand.medicaid_id})
            ''',
    })
    assert lint(root / "app/jobs.py") == [(6, "MCD201")]
