"""Cross-module shapes of the forty-third session (probers of rounds 281 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint


def test_a_loop_over_an_imported_table_of_adapter_classes(tmp_path: Path) -> None:
    # SPEC section 6 (calls to functions of the project, tables of them): a loop over the items or values of a table
    # of adapter classes kept in a package's __init__ (the classes imported there from their modules) makes each
    # adapter in turn; the state's adapter alone stays clean
    files = {
        "pkg/__init__.py": "",
        "pkg/adapters/__init__.py": '''
            from pkg.adapters.ice import IceAdapter
            from pkg.adapters.state import StateAdapter
            ADAPTERS = {"state": StateAdapter, "ice": IceAdapter}
            STATE_ONLY = {"state": StateAdapter}
            ''',
        "pkg/adapters/ice.py": '''
            import requests
            class IceAdapter:
                def send(self, record):
                    requests.post("https://eid.ice.gov/api/v1/referrals", json=record)
            ''',
        "pkg/adapters/state.py": '''
            import requests
            class StateAdapter:
                def send(self, record):
                    requests.post("https://api.dhs.pa.gov/v1/recipients", json=record)
            ''',
        "pkg/jobs.py": '''
            from pkg.adapters import ADAPTERS, STATE_ONLY
            def broadcast_items(m):
                for name, cls in ADAPTERS.items():
                    cls().send({"ssn": m.ssn})
            def broadcast_values(m):
                for cls in ADAPTERS.values():
                    cls().send({"ssn": m.ssn})
            def state_only(m):
                for cls in STATE_ONLY.values():
                    cls().send({"ssn": m.ssn})
            ''',
    }
    root = project(tmp_path / "p", files)
    assert lint(root / "pkg/jobs.py") == [(4, "MCD101"), (7, "MCD101")]
