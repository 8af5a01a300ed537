"""Cross-module shapes of the twentieth session (probers of round 137 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint

CLIENTS = '''
    import requests
    class Sdk:
        def __init__(self):
            self.session = requests.Session()
            self.base_url = None
        def connect(self, base_url):
            self.base_url = base_url
        def submit(self, m):
            return self.session.post(f"{self.base_url}/subjects", json={"cin": m.cin, "ssn": m.ssn})
    '''


def test_two_functions_that_send_another_modules_placement_are_two_findings(tmp_path: Path) -> None:
    # SPEC section 3 (data placed in another module is reported at the call here that hands it to
    # the send): each function of the linted module whose call sends it to enforcement has its own
    # finding at its call (the last of that function), the first function's too; the state's connection
    # stays clean
    root = project(tmp_path, {
        "sdk/clients.py": CLIENTS,
        "sdk/jobs.py": '''
            from .clients import Sdk
            ICE_EID_URL = "https://eid.ice.gov/api/v1"
            STATE_URL = "https://mmis.dhcs.ca.gov/api"
            def refer_member(m):
                sdk = Sdk()
                sdk.connect(ICE_EID_URL)
                sdk.submit(m)
            def archive_member(m):
                sdk = Sdk()
                sdk.connect(STATE_URL)
                sdk.submit(m)
            def rerefer_member(m):
                sdk = Sdk()
                sdk.connect(ICE_EID_URL)
                sdk.submit(m)
                sdk.submit(m)
            ''',
    })
    assert lint(root / "sdk/jobs.py") == [(7, "MCD101"), (16, "MCD101")]
