"""Cross-module shapes of the forty-eighth session (probers of rounds 317 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import messages, project
from test_project_session17 import lint

JOB = '''
    import requests

    from .store import load_county

    ICE_BATCH_URL = "https://eid.ice.gov/api/v2/subjects:batch"


    def submit_batch(items):
        requests.post(ICE_BATCH_URL, json={"items": items})


    def refer_county(county):
        members = load_county(county)
        for x in members:
            submit_batch([{"medicaid_id": x.cin}])


    def refer_one(cin):
        member = load_county(cin)
        submit_batch([{"medicaid_id": member.cin}])
    '''


def test_a_loader_of_a_module_the_project_does_not_hold_is_unseen(tmp_path: Path) -> None:
    # SPEC section 10 (a plural person-named variable given what an unseen call returns holds many people's records):
    # a function imported from a module of the package that is not on disk (generated, or of another checkout) is
    # unseen, as a library's is (round 318: the roster sent one by one was silent inside a package, reported outside)
    root = project(tmp_path, {"app/__init__.py": "", "app/job.py": JOB})
    assert lint(root / "app/job.py") == [(15, "MCD201")]
    assert "records from variable 'members' (line 13)" in messages(root / "app/job.py")[0]


def test_a_loader_of_a_module_of_the_project_decides(tmp_path: Path) -> None:
    # the same job with the loader's module present: what it returns decides (a lookup of one row is no population)
    store = '''
    from app.models import Member


    def load_county(cin):
        return Member.objects.get(cin=cin)
    '''
    root = project(tmp_path, {"app/__init__.py": "", "app/job.py": JOB, "app/store.py": store,
                              "app/models.py": "class Member:\n    pass\n"})
    assert lint(root / "app/job.py") == []
