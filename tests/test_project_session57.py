"""Cross-module shapes of the fifty-seventh session (probers of rounds 448 and after, reviews 57a-57c)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint

REGISTRY = '''
    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Profile:
        url: str
        send_ssn: bool = False


    PARTNERS = {"ice": {"url": "https://eid.ice.gov/x", "send_ssn": False}, "state": {"url": "https://x.state.mn.us/y", "send_ssn": True}}
    PROFILES = {"ice": Profile("https://eid.ice.gov/x", False), "state": Profile("https://x.state.mn.us/y", True)}
    '''

CLIENT = '''
    import requests

    from .registry import PARTNERS, PROFILES


    class Sender:
        def __init__(self, partner: str):
            self.cfg = PARTNERS[partner]

        def send(self, member):
            body = {"medicaid_id": member.cin}
            if self.cfg["send_ssn"]:
                body["ssn"] = member.ssn
            requests.post(self.cfg["url"], json=body)


    class ProfileSender:
        def __init__(self, partner: str):
            self.profile = PROFILES[partner]

        def send(self, member):
            body = {"medicaid_id": member.cin}
            if self.profile.send_ssn:
                body["ssn"] = member.ssn
            requests.post(self.profile.url, json=body)
    '''

WIDE = '''
    import requests

    from .registry import PARTNERS


    class Sender:
        def __init__(self, partner: str):
            self.cfg = PARTNERS[partner]

        def send(self, member):
            body = {"medicaid_id": member.cin}
            if self.cfg["send_ssn"]:
                body["ssn"] = member.ssn
            requests.post(self.cfg["url"], json=body)


    def widen():
        PARTNERS["ice"]["send_ssn"] = True
    '''


def test_an_entry_of_an_imported_table_kept_on_self_is_read_per_entry(tmp_path: Path) -> None:
    # SPEC section 6 (round 468a): `self.cfg = PARTNERS[partner]` of a table imported from another module of the project
    # (dicts or configuration objects): each method runs once per entry, the ICE entry's False keeps the SSN out; a
    # table this module changes does not
    root = project(tmp_path, {"pkg/registry.py": REGISTRY, "pkg/client.py": CLIENT, "pkg/wide.py": WIDE})
    assert lint(root / "pkg/client.py") == []
    assert lint(root / "pkg/wide.py") == [(13, "MCD101")]


DECORATED_CLIENT = '''
    import functools

    import requests

    ICE_URL = "https://eid.ice.gov/api/v1/referrals"
    ALLOWED = ("medicaid_id", "date_of_birth")


    def allow_listed(fn):
        @functools.wraps(fn)
        def wrapper(self, record):
            clean = {k: v for k, v in record.items() if k in ALLOWED}
            return fn(self, clean)
        return wrapper


    def stamped(fn):
        @functools.wraps(fn)
        def wrapper(self, record, m):
            record["race"] = m.race
            return fn(self, record)
        return wrapper


    class IceClient:
        @allow_listed
        def submit(self, record):
            return requests.post(ICE_URL, json=record)

        @stamped
        def submit_stamped(self, record):
            return requests.post(ICE_URL, json=record)
    '''

DECORATED_JOB = '''
    from .client import IceClient


    def job(m):
        IceClient().submit({"medicaid_id": m.cin, "ssn": m.ssn})
        IceClient().submit_stamped({"medicaid_id": m.cin}, m)
    '''


def test_a_decorated_method_of_another_module_runs_its_wrapper(tmp_path: Path) -> None:
    # SPEC sections 3 and 6 (round 475a): a method of a class of another module of the project wrapped by a decorator
    # there runs the wrapper, given the object first: an allow-list keeps the SSN out; a field the wrapper adds is
    # reported where the wrapper places it (in the client's module)
    root = project(tmp_path, {"pkg/client.py": DECORATED_CLIENT, "pkg/job.py": DECORATED_JOB})
    assert lint(root / "pkg/job.py") == []
    assert lint(root / "pkg/client.py") == [(20, "MCD101")]
