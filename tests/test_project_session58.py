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


CLIENT_TABLE = '''
    PARTNERS = {
        "mmis": {"url": "https://mn-its.dhs.state.mn.us/api", "full": True},
        "ice": {"url": "https://eid.ice.gov/api/v1/referrals", "full": False},
    }
    LOOSE = {
        "mmis": {"url": "https://mn-its.dhs.state.mn.us/api", "full": True},
        "ice": {"url": "https://eid.ice.gov/api/v1/referrals", "full": True},
    }
    '''

CLIENT_BASE = '''
    import httpx

    from .constants import LOOSE, PARTNERS


    class PartnerClient:
        def __init__(self, partner):
            self.cfg = PARTNERS[partner]

        def send(self, body):
            httpx.post(self.cfg["url"], json=body)


    class LooseClient:
        def __init__(self, partner):
            self.cfg = LOOSE[partner]

        def send(self, body):
            httpx.post(self.cfg["url"], json=body)
    '''

CLIENT_INIT = '''
    from .base import LooseClient, PartnerClient

    __all__ = ["LooseClient", "PartnerClient"]
    '''

CLIENT_SYNC = '''
    from . import LooseClient, PartnerClient


    def push(member, partner):
        client = PartnerClient(partner)
        body = {"cin": member.cin}
        if client.cfg["full"]:
            body["ssn"] = member.ssn
        client.send(body)


    def push_loose(member, partner):
        client = LooseClient(partner)
        body = {"cin": member.cin}
        if client.cfg["full"]:
            body["race"] = member.race
        client.send(body)
    '''


def test_an_entry_flag_read_through_an_object_of_another_modules_class(tmp_path: Path) -> None:
    # SPEC sections 4 and 6 (round 491a): `client = PartnerClient(partner)` of a class re-exported by the package, whose
    # constructor keeps an entry of a table of a third module: the caller runs once per key and reads that entry's flag
    # (the ICE entry's False keeps the SSN out); a table whose ICE entry is True is reported
    root = project(tmp_path, {"pkg/__init__.py": CLIENT_INIT, "pkg/constants.py": CLIENT_TABLE, "pkg/base.py": CLIENT_BASE,
                              "pkg/sync.py": CLIENT_SYNC})
    assert lint(root / "pkg/sync.py") == [(16, "MCD101")]
