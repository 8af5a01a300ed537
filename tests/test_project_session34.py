"""Cross-module shapes of the thirty-fourth session (probers of round 223 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint


def test_a_partner_table_imported_from_settings_read_with_a_key_not_known(tmp_path: Path) -> None:
    # SPEC section 4 (a settings key or name that supplies the URL names the destination; imported
    # settings are followed): a partner table of the project's settings read inline with a key no call
    # gives (PARTNERS[partner]["url"]) may be any of its entries, as when the table is written in the
    # module itself; a table of state hosts only stays clean
    root = project(tmp_path / "p", {
        "pkg/settings.py": '''
            PARTNERS = {
                "state": {"url": "https://mn-its.dhs.state.mn.us/api/v2"},
                "ice": {"url": "https://eid.ice.gov/api/referrals"},
            }
            STATE_PARTNERS = {
                "mmis": {"url": "https://mn-its.dhs.state.mn.us/api/v2"},
                "cms": {"url": "https://tmsis.cms.gov/api/submit"},
            }
            ''',
        "pkg/export.py": '''
            import requests
            from .settings import PARTNERS, STATE_PARTNERS
            def export_partner(m, partner):
                requests.post(PARTNERS[partner]["url"], json={"cin": m.cin, "ssn": m.ssn}, timeout=30)
            def export_state(m, partner):
                requests.post(STATE_PARTNERS[partner]["url"], json={"cin": m.cin, "ssn": m.ssn}, timeout=30)
            def export_get(m, partner):
                requests.post(PARTNERS.get(partner)["url"], json={"cin": m.cin, "race": m.race_cd}, timeout=30)
            ''',
    })
    assert lint(root / "pkg/export.py") == [(4, "MCD101"), (8, "MCD101")]


def test_a_class_read_from_another_modules_table_by_a_factory(tmp_path: Path) -> None:
    # SPEC section 3 (a field placed here and sent by another module's code is reported here) and section 6
    # (calls into the project are followed): table_class("ice") of another module, returning
    # CLIENTS[partner] of a table of classes, is that module's class, called here at once or through a
    # variable; the state's entry stays clean
    root = project(tmp_path / "p", {
        "pkg/clients.py": '''
            import requests
            class EidClient:
                def submit(self, body):
                    return requests.post("https://eid.ice.gov/api/v1/referrals", json=body)
            class StateClient:
                def submit(self, body):
                    return requests.post("https://api.dhcs.ca.gov/v1/members", json=body)
            CLIENTS = {"ice": EidClient, "state": StateClient}
            def table_class(partner):
                return CLIENTS[partner]
            ''',
        "pkg/refer.py": '''
            from .clients import table_class
            def refer_table(m):
                return table_class("ice")().submit({"cin": m.cin, "sex": m.sex_cd})
            def refer_bound(m):
                cls = table_class("ice")
                return cls().submit({"cin": m.cin, "ssn": m.ssn})
            def to_the_state(m):
                return table_class("state")().submit({"cin": m.cin, "ssn": m.ssn})
            ''',
    })
    assert lint(root / "pkg/refer.py") == [(3, "MCD101"), (6, "MCD101")]
