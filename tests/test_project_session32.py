"""Cross-module shapes of the thirty-second session (probers of round 210 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint

HELPERS = '''
    def identity(m):
        return {"medicaid_id": m.cin, "ssn": m.ssn}
    '''


def test_a_builder_never_called_here_reports_its_return_beside_a_send_of_the_same_data(tmp_path: Path) -> None:
    # SPEC section 3 (another module's placement is reported at the call here that hands it on; one finding
    # per placement) and section 4 (a builder named for enforcement has its returned value reported): a
    # module that posts another module's payload to ICE and also returns it from a builder named for ICE
    # that it never calls hands it out twice, each its own finding; a builder whose output the module
    # posts is one finding, at the send
    root = project(tmp_path / "apart", {
        "pkg/helpers.py": HELPERS,
        "pkg/referrals.py": '''
            import requests
            from .helpers import identity
            def push(m):
                requests.post("https://eid.ice.gov/api/v1/x", json=identity(m))
            def build_ice_referral(m):
                return identity(m)
            ''',
    })
    assert lint(root / "pkg/referrals.py") == [(4, "MCD101"), (6, "MCD101")]
    root = project(tmp_path / "through", {
        "pkg/helpers.py": HELPERS,
        "pkg/referrals.py": '''
            import requests
            from .helpers import identity
            def build_ice_referral(m):
                return identity(m)
            def push(m):
                requests.post("https://eid.ice.gov/api/v1/x", json=build_ice_referral(m))
            ''',
    })
    assert lint(root / "pkg/referrals.py") == [(6, "MCD101")]
