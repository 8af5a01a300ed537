"""Cross-module shapes of the fifty-second session (probers of rounds 356 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint

PARTNERS = '''
    from enum import Enum

    STATE_URL = "https://referrals.dhcs.ca.gov/api/v2/inbound"
    ICE_URL = "https://eid.ice.gov/api/v1/subjects"


    class Partner(Enum):
        STATE = "state"
        ICE = "ice"


    ENDPOINTS = {
        Partner.STATE: STATE_URL,
        Partner.ICE: ICE_URL,
    }
    '''

ROUTER = '''
    import requests

    from routing.partners import ENDPOINTS, Partner


    def refer(partner: Partner, member):
        if partner is Partner.STATE:
            requests.post(ENDPOINTS[partner], json={"ssn": member.ssn}, timeout=10)


    def refer_any(partner: Partner, member):
        requests.post(ENDPOINTS[partner], json={"ssn": member.ssn}, timeout=10)


    def refer_match(partner: Partner, member):
        match partner:
            case Partner.ICE:
                requests.post(ENDPOINTS[partner], json={"medicaid_id": member.cin}, timeout=10)
            case _:
                requests.post(ENDPOINTS[partner], json={"ssn": member.ssn}, timeout=10)
    '''


def test_a_table_keyed_by_an_imported_enum_is_read_by_the_member_a_test_chose(tmp_path: Path) -> None:
    # SPEC sections 4 and 6 (round 358: false MCD101 on the state's send): `partner is Partner.STATE` with the Enum and
    # the table imported from another module narrows the parameter (annotated with the Enum) to that member; a
    # `case _:` after `case Partner.ICE:` is any other member; unnarrowed, the ICE entry is still read
    root = project(tmp_path, {"routing/partners.py": PARTNERS, "routing/router.py": ROUTER})
    assert lint(root / "routing/router.py") == [(12, "MCD101")]
