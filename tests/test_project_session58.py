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


ABS_SETTINGS = '''
    from dataclasses import dataclass


    @dataclass
    class Partner:
        url: str
        send_plan: bool = False


    PARTNERS = {
        "ero": {"url": "https://eid.ice.gov/ero/api/cases", "full": False},
        "il_dhs": {"url": "https://eligibility.dhs.illinois.gov/api/cases", "full": True},
    }
    PROFILES = {
        "cbp": Partner("https://intake.cbp.gov/v1/persons", send_plan=False),
        "ohio": Partner("https://benefits.ohio.gov/api/members", send_plan=True),
    }
    '''

ABS_CLIENT = '''
    import requests

    from pkg import settings


    class CaseClient:
        def __init__(self, partner):
            self.cfg = settings.PARTNERS[partner]

        def post(self, body):
            requests.post(self.cfg["url"], json=body, timeout=20)


    class ReferralClient:
        def __init__(self, partner):
            self.settings = settings.PROFILES[partner]

        def submit(self, payload):
            requests.post(self.settings.url, json=payload, timeout=20)
    '''

ABS_JOBS = '''
    import argparse

    import pkg.client as c
    from pkg.client import CaseClient, ReferralClient


    def push_case(case, partner):
        client = CaseClient(partner)
        body = {"medicaid_id": case.cin}
        if client.cfg["full"]:
            body["ssn"] = case.ssn
        client.post(body)


    def push_aliased(case, partner):
        client = c.CaseClient(partner)
        body = {"medicaid_id": case.cin}
        if client.cfg["full"]:
            body["income"] = case.monthly_income
        client.post(body)


    def main(m):
        ap = argparse.ArgumentParser()
        ap.add_argument("--partner", choices=("cbp", "ohio"))
        args = ap.parse_args()
        client = ReferralClient(args.partner)
        payload = {"member_id": m.member_id}
        profile = client.settings
        if profile.send_plan:
            payload["plan"] = m.mc_plan_id
        client.submit(payload)
    '''


def test_entry_flags_through_objects_made_by_module_attribute_alias_and_command_line(tmp_path: Path) -> None:
    # SPEC sections 4 and 6 (round 500a, review 58c): a class of another module keeping `settings.PARTNERS[partner]` (an
    # absolute `from pkg import settings`), made by name, through a module alias (`c.CaseClient`), or from an option of
    # the command line, its entry's flag read by the caller directly or through a name kept for it (`profile =
    # client.settings`): each key's run reads that entry's flag; every ICE/CBP entry's False keeps the fields out
    root = project(tmp_path, {"pkg/settings.py": ABS_SETTINGS, "pkg/client.py": ABS_CLIENT, "pkg/jobs.py": ABS_JOBS})
    assert lint(root / "pkg/jobs.py") == []
    (root / "pkg/settings.py").write_text((root / "pkg/settings.py").read_text().replace('"full": False', '"full": True')
                                          .replace("send_plan=False", "send_plan=True"))
    found = lint(root / "pkg/jobs.py")
    assert found == [(11, "MCD101"), (19, "MCD101"), (31, "MCD101")], found


ALIAS_SETTINGS = '''
    PARTNERS = {"ice": {"url": "https://eid.ice.gov/r", "send_dx": False}, "mn": {"url": "https://api.dhs.state.mn.us/r", "send_dx": True}}


    def enable_dx_for_ice():
        PARTNERS["ice"]["send_dx"] = True
    '''

ALIAS_USE = '''
    import requests

    from . import settings

    P = settings.PARTNERS


    def send(m):
        body = {"cin": m.cin}
        if P["ice"]["send_dx"]:
            body["dx"] = m.diagnosis_code
        requests.post(P["ice"]["url"], json=body)
    '''


def test_a_module_alias_of_an_imported_table_sees_its_changes(tmp_path: Path) -> None:
    # SPEC section 6 (round 507a, review 58f): `P = settings.PARTNERS` reads the settings module's table, and what that
    # module's code changes there (a function turning the ICE entry's flag on) leaves the flag unknown; without the
    # change the False keeps the diagnosis out
    root = project(tmp_path, {"pkg/settings.py": ALIAS_SETTINGS, "pkg/use.py": ALIAS_USE})
    assert lint(root / "pkg/use.py") == [(11, "MCD102")]
    (root / "pkg/settings.py").write_text((root / "pkg/settings.py").read_text().split("def enable")[0])
    assert lint(root / "pkg/use.py") == []
