"""Cross-module shapes of the thirty-third session (probers of round 216 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint

CLIENTS = '''
    import requests
    class EidReferralClient:
        def submit(self, payload):
            return requests.post("https://eid.ice.gov/api/v2/referrals", json=payload, timeout=10)
    class StateClient:
        def submit(self, payload):
            return requests.post("https://mmis.dhcs.ca.gov/api/members", json=payload, timeout=10)
    def client_class():
        return EidReferralClient
    def state_class():
        return StateClient
    def make_client():
        return EidReferralClient()
    '''


def test_a_class_another_modules_factory_returns_is_called_here(tmp_path: Path) -> None:
    # SPEC section 3 (a field placed here and sent by another module's code is reported here) and section 6
    # (calls into the project are followed): a class returned by a factory of another module, called here
    # (at once or through a variable), makes an object of that class; the state's class stays clean
    root = project(tmp_path / "p", {
        "pkg/clients.py": CLIENTS,
        "pkg/refer.py": '''
            from .clients import client_class, make_client, state_class
            def via_class_factory(m):
                cls = client_class()
                return cls().submit({"medicaid_id": m.cin, "marital_status": m.marital_sts_cd})
            def via_call_of_the_call(m):
                return client_class()().submit({"medicaid_id": m.cin, "language": m.lang_cd})
            def via_instance_factory(m):
                return make_client().submit({"medicaid_id": m.cin, "marital_status": m.marital_sts_cd})
            def to_the_state(m):
                return state_class()().submit({"medicaid_id": m.cin, "marital_status": m.marital_sts_cd})
            ''',
    })
    assert lint(root / "pkg/refer.py") == [(4, "MCD101"), (6, "MCD101"), (8, "MCD101")]
