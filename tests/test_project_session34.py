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
