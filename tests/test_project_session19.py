"""Cross-module shapes of the nineteenth session (probers of round 133 and after, and the
README's limits left by the eighteenth)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint

MODELS = '''
    class Member:
        __tablename__ = "members"
        def to_dict(self):
            return {"cin": self.cin, "ssn": self.ssn}
    class Contact:
        __tablename__ = "contacts"
        def to_dict(self):
            return {"cin": self.cin, "phone": self.phone, "dob": self.dob}
    '''


def test_records_of_a_model_the_function_imports_itself_are_its_instances(tmp_path: Path) -> None:
    # SPEC section 6 (a variable that holds a model instance carries the model's fields): a model
    # imported inside the function is known as one imported at module level, for Django managers and
    # SQLAlchemy sessions; a model whose to_dict() holds only permitted fields stays clean
    root = project(tmp_path, {
        "app/models.py": MODELS,
        "app/jobs.py": '''
            import requests
            ICE_URL = "https://eid.ice.gov/api"
            def django_rows():
                from .models import Member
                for m in Member.objects.filter(immigration_status="UNL"):
                    requests.post(ICE_URL, json=m.to_dict())
            def django_one(pk):
                from app.models import Member
                m = Member.objects.get(pk=pk)
                requests.post(ICE_URL, json=m.to_dict())
            def session_rows(session):
                from app.models import Member
                for m in session.query(Member).filter(Member.immigration_status == "UNL"):
                    requests.post(ICE_URL, json=m.to_dict())
            def permitted_only(session):
                from app.models import Contact
                for c in session.query(Contact).filter(Contact.immigration_status == "UNL"):
                    requests.post(ICE_URL, json=c.to_dict())
            ''',
    })
    assert lint(root / "app/jobs.py") == [(6, "MCD101"), (10, "MCD101"), (14, "MCD101")]


def test_objects_a_select_statement_chooses_are_instances_of_its_model(tmp_path: Path) -> None:
    # SPEC section 6: session.scalars(select(Model)...) and session.scalar(...) give the model's
    # instances (their to_dict() is followed), also through a statement bound to a name first
    root = project(tmp_path, {
        "app/models.py": MODELS,
        "app/jobs.py": '''
            import requests
            from sqlalchemy import select
            from app.models import Contact, Member
            ICE_URL = "https://eid.ice.gov/api"
            def rows(session):
                stmt = select(Member).where(Member.immigration_status == "UNL").order_by(Member.cin)
                for m in session.scalars(stmt):
                    requests.post(ICE_URL, json=m.to_dict())
            def one(session, pk):
                m = session.scalar(select(Member).where(Member.id == pk))
                requests.post(ICE_URL, json=m.to_dict())
            def everyone(session):
                for c in session.scalars(select(Contact)):
                    requests.post(ICE_URL, json=c.to_dict())
            def permitted(session):
                for c in session.scalars(select(Contact).where(Contact.immigration_status == "UNL")):
                    requests.post(ICE_URL, json=c.to_dict())
            ''',
    })
    assert lint(root / "app/jobs.py") == [(8, "MCD101"), (11, "MCD101"), (14, "MCD201")]


def test_a_class_of_another_module_iterated_gives_what_its_iter_returns(tmp_path: Path) -> None:
    # SPEC section 10 (bulk sources; project modules are visible): a loop over an object of another
    # module's class goes through what its __iter__ returns: a queryset of everyone is a bulk source,
    # one chosen by status is not
    root = project(tmp_path, {
        "app/sources.py": '''
            from app.models import Member
            class CountyMembers:
                def __init__(self, county):
                    self.county = county
                def __iter__(self):
                    return iter(Member.objects.filter(county=self.county))
            class ScopedMembers:
                def __iter__(self):
                    return iter(Member.objects.filter(immigration_status__in=["EWI", "OVERSTAY"]))
            ''',
        "app/models.py": '''
            class Member:
                pass
            ''',
        "app/job.py": '''
            import requests
            from app.sources import CountyMembers, ScopedMembers
            ICE = "https://eid.ice.gov/api/v1/subjects"
            def nightly(county):
                for m in CountyMembers(county):
                    requests.post(ICE, json={"medicaid_id": m.cin})
            def scoped():
                for m in ScopedMembers():
                    requests.post(ICE, json={"medicaid_id": m.cin})
            ''',
    })
    assert lint(root / "app/job.py") == [(6, "MCD201")]


def test_a_raising_status_check_of_another_module_guards_the_send(tmp_path: Path) -> None:
    # SPEC section 10: a project function that tests a status field and raises counts as a condition
    # where it is called before the send, also from another module
    root = project(tmp_path, {
        "app/checks.py": '''
            class OutOfScope(Exception):
                pass
            def require_scope(e):
                if e.imgrtn_stus_cd not in ("5", "6"):
                    raise OutOfScope(e.cin)
            def require_cin(e):
                if not e.cin:
                    raise ValueError("no cin")
            ''',
        "app/push.py": '''
            import requests
            from app import checks
            from app.checks import require_cin
            ICE = "https://eid.ice.gov/api/v1/subjects"
            def push(enrollees):
                for e in enrollees:
                    checks.require_scope(e)
                    requests.post(ICE, json={"medicaid_id": e.cin})
            def push_all(enrollees):
                for e in enrollees:
                    require_cin(e)
                    requests.post(ICE, json={"medicaid_id": e.cin})
            ''',
    })
    assert lint(root / "app/push.py") == [(12, "MCD201")]


def test_an_object_of_another_modules_class_held_by_a_name_is_iterated_too(tmp_path: Path) -> None:
    # SPEC section 10: batch = Batch(rows); for r in batch: goes through what Batch.__iter__ returns
    root = project(tmp_path, {
        "app/sources.py": '''
            class Batch:
                def __init__(self, conn):
                    self.conn = conn
                def __iter__(self):
                    return iter(self.conn.execute("SELECT cin, dob FROM members").fetchall())
            ''',
        "app/job.py": '''
            import requests
            from app.sources import Batch
            ICE = "https://eid.ice.gov/api/v1/subjects"
            def export(conn):
                batch = Batch(conn)
                for cin, dob in batch:
                    requests.post(ICE, json={"medicaid_id": cin, "dob": dob})
            ''',
    })
    assert lint(root / "app/job.py") == [(7, "MCD201")]
