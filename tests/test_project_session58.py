"""Cross-module shapes of the fifty-eighth session (probers of rounds 484 and after, reviews 58a and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint

SETTINGS = '''
    PARTNERS = {
        "ice": {"url": "https://eid.ice.gov/api/v2/subjects", "full": False, "send_dx": False},
        "state": {"url": "https://elig.dhs.illinois.gov/api/members", "full": True, "send_dx": True},
    }
    '''

BY_MODULE = '''
    import requests

    from . import settings


    class Feed:
        def __init__(self, partner):
            self.cfg = settings.PARTNERS[partner]

        def push(self, m):
            body = {"medicaid_id": m.cin}
            if self.cfg["full"]:
                body["race"] = m.race_cd
            requests.post(self.cfg["url"], json=body)


    def share_all(m):
        for cfg in settings.PARTNERS.values():
            send(cfg, m)


    def send(cfg, m):
        body = {"medicaid_id": m.cin}
        if cfg["send_dx"]:
            body["dx"] = m.primary_dx
        requests.post(cfg["url"], json=body)
    '''

BY_NAME = '''
    import requests

    from .settings import PARTNERS


    def share_all(m):
        for cfg in PARTNERS.values():
            send(cfg, m)
        for _name, entry in PARTNERS.items():
            send(entry, m)


    def send(cfg, m):
        body = {"medicaid_id": m.cin}
        if cfg["send_dx"]:
            body["dx"] = m.primary_dx
        requests.post(cfg["url"], json=body)


    def send_all_dx(m):
        for cfg in PARTNERS.values():
            requests.post(cfg["url"], json={"medicaid_id": m.cin, "dx": m.primary_dx})
    '''


def test_entries_of_an_imported_table_keep_their_flags(tmp_path: Path) -> None:
    # SPEC section 6 (round 484a): a table imported from another module of the project, read as `settings.PARTNERS[...]`
    # into self or looped over by `.values()`/`.items()` (by module or by name) and handed to a helper: each entry keeps
    # its flags, the ICE entry's False keeps the race and the diagnosis out; sent whatever the flag, the diagnosis is
    # reported
    root = project(tmp_path, {"pkg/settings.py": SETTINGS, "pkg/by_module.py": BY_MODULE, "pkg/by_name.py": BY_NAME})
    assert lint(root / "pkg/by_module.py") == []
    assert lint(root / "pkg/by_name.py") == [(22, "MCD102")]
