"""Cross-module shapes of the fifty-sixth session (probers of rounds 428 and after, reviews 56a-56f)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint

SETTINGS = '''
    CONFIG = {
        "partners": {
            "ice": {"url": "https://eid.ice.gov/api/v1/referrals", "include_ssn": False},
            "state": {"url": "https://eligibility.dhs.illinois.gov/api/members", "include_ssn": True},
        }
    }
    '''

UTIL = '''
    def enable(d):
        d["include_ssn"] = True


    def describe(d):
        return d["url"]
    '''

JOB = '''
    import requests

    from . import util
    from .settings import CONFIG

    PARTNERS = CONFIG["partners"]


    def post(member, cfg):
        body = {"cin": member.cin}
        if cfg["include_ssn"]:
            body["ssn"] = member.ssn
        requests.post(cfg["url"], json=body, timeout=10)


    def go(member, partner):
        cfg = PARTNERS[partner]
        util.enable(cfg)
        post(member, cfg)
    '''

QUIET_JOB = JOB.replace("util.enable(cfg)", "print(util.describe(cfg))")

FANOUT = '''
    import requests

    from .settings import CONFIG


    def fan_out(m):
        body = {"ssn": m.ssn}
        for name, partner in CONFIG["partners"].items():
            requests.post(partner["url"], json=body)
    '''


def test_a_nested_table_imported_and_an_entry_changed_by_a_helper_of_another_module(tmp_path: Path) -> None:
    # SPEC sections 4 and 6 (round 439a, review 56f): `PARTNERS = CONFIG["partners"]` of an imported CONFIG is the nested
    # table; an entry handed to a helper of another module that stores into it (`util.enable(cfg)`) may hold True, so
    # the SSN may reach ICE; a helper that only reads it changes nothing, and ICE's own False keeps the SSN out
    root = project(tmp_path, {"pkg/settings.py": SETTINGS, "pkg/util.py": UTIL, "pkg/job.py": JOB, "pkg/quiet.py": QUIET_JOB,
                              "pkg/fanout.py": FANOUT})
    assert lint(root / "pkg/job.py") == [(12, "MCD101")]
    assert lint(root / "pkg/quiet.py") == []
    # (a loop over the imported nested table's items reaches ICE's URL: round 428a)
    assert lint(root / "pkg/fanout.py") == [(7, "MCD101")]
