"""Cross-module shapes of the twenty-fourth session (probers of round 156 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint


def test_a_client_object_imported_from_another_module_with_a_runner_like_method(tmp_path: Path) -> None:
    # SPEC section 3 (data from another module is reported at the call in the linted module that hands
    # it to a function whose parameter reaches an enforcement sink) and section 10 (a loop over a bulk
    # source that calls such a function): a module-level client object of another module whose method
    # is named like an executor's (submit) is called as itself, with the field read handed to it
    root = project(tmp_path, {
        "vendor/__init__.py": "",
        "vendor/transport.py": '''
            import requests
            ICE_EID_URL = "https://eid.ice.gov/api/v1/referrals"
            class EidClient:
                def submit(self, body):
                    requests.post(ICE_EID_URL, json=body, timeout=30)
            eid = EidClient()
            ''',
        "vendor/jobs.py": '''
            from .transport import eid
            def refer(member):
                eid.submit(member.ssn)
            def refer_permitted(member):
                eid.submit(member.cin)
            def nightly(members):
                for m in members:
                    eid.submit(m.cin)
            ''',
    })
    assert lint(root / "vendor/jobs.py") == [(3, "MCD101"), (8, "MCD201")]
