"""Cross-module shapes of the thirty-first session (probers of round 202 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint

BASE = '''
    import requests
    class BaseClient:
        base_url = None
        def __init__(self, base_url=None):
            self.base_url = base_url or self.base_url
            self.session = requests.Session()
        def _post(self, path, payload):
            return self.session.post(self.base_url + path, json=payload)
    '''
CLIENTS = '''
    from .base import BaseClient
    class DhsEligibilityClient(BaseClient):
        base_url = "https://eligibility.dhs.illinois.gov/api"
        def check(self, payload):
            return self._post("/check", payload)
    class IceReferralClient(BaseClient):
        base_url = "https://eid.ice.gov/api/v2"
        def submit(self, payload):
            return self._post("/referrals", payload)
    '''


def test_a_local_subclass_of_an_imported_base_leaves_a_sibling_client_its_url(tmp_path: Path) -> None:
    # SPEC section 4 (URLs fold through class constants and self.x set in __init__; a host on the
    # non-enforcement list overrides every name signal): a module that declares its own subclass of the
    # project's base client and uses another module's subclass of it; each object sends to its own class's
    # URL (the state's DHS is clean, ICE's is reported with its URL, not by the class name)
    for body, found in (("DhsEligibilityClient().check({'medicaid_id': m.cin, 'ssn': m.ssn})", []),
                        ("IceReferralClient().submit({'medicaid_id': m.cin, 'ssn': m.ssn})", [(7, "MCD101")])):
        root = project(tmp_path / str(len(found)), {
            "pkg/base.py": BASE,
            "pkg/clients.py": CLIENTS,
            "pkg/jobs.py": f'''
                from .base import BaseClient
                from .clients import DhsEligibilityClient, IceReferralClient
                class VendorRelay(BaseClient):
                    base_url = "https://gw.mmis-vendor.example.com/v1"
                def check(m):
                    # (the call)
                    return {body}
                ''',
        })
        assert lint(root / "pkg/jobs.py") == found
