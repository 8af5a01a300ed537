"""Cross-module shapes of the fifty-third session (probers of rounds 365 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint

PARTNERS = '''
    LAWFUL = frozenset({"state", "cms", "save"})
    GROWN = {"state"}
    URLS = {
        "state": "https://elig.dhcs.ca.gov/api",
        "cms": "https://api.cms.gov/v1/records",
        "save": "https://save.uscis.gov/api/v1",
        "ice": "https://eid.ice.gov/api/v1/subjects",
    }


    def allow(partner):
        GROWN.add(partner)
    '''

ROUTER = '''
    import requests

    from routing import partners
    from routing.partners import GROWN, LAWFUL, URLS


    def lawful_only(dest, m):
        if dest in LAWFUL:
            requests.post(URLS[dest], json={"income": m.income}, timeout=10)


    def guarded(dest, m):
        if dest not in partners.LAWFUL:
            return
        requests.post(URLS[dest], json={"income": m.income}, timeout=10)


    def grown_elsewhere(dest, m):
        if dest in GROWN:
            requests.post(URLS[dest], json={"income": m.income}, timeout=10)


    def unguarded(dest, m):
        requests.post(URLS[dest], json={"income": m.income}, timeout=10)
    '''

GROWS = '''
    import requests

    from routing import partners
    from routing.partners import URLS


    def grown_here(dest, m):
        partners.LAWFUL.add("ice")
        if dest in partners.LAWFUL:
            requests.post(URLS[dest], json={"income": m.income}, timeout=10)
    '''


def test_a_set_of_lawful_partners_imported_from_another_module_narrows_the_key(tmp_path: Path) -> None:
    # SPEC sections 4 and 6 (round 365a: false MCD101 on sends to the state, CMS and SAVE): `dest in LAWFUL` with the
    # literal set imported (by name or through its module) narrows the key to its texts; a set the other module, or this
    # one (review 53a), adds to may hold any text
    root = project(tmp_path, {"routing/partners.py": PARTNERS, "routing/router.py": ROUTER, "routing/grows.py": GROWS})
    assert lint(root / "routing/router.py") == [(20, "MCD101"), (24, "MCD101")]
    assert lint(root / "routing/grows.py") == [(10, "MCD101")]


BUILDERS = '''
    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Partner:
        url: str


    PARTNERS = {
        "cms": Partner("https://tmsis.cms.gov/api/v1/records"),
        "ice_ero": Partner("https://eid.ice.gov/api/v1/referrals"),
    }


    def full_body(m):
        return {"cin": m.cin, "ssn": m.ssn}
    '''

DISPATCH = '''
    import requests

    from liaison.builders import PARTNERS, full_body


    def dispatch_full(partner, m):
        cfg = PARTNERS[partner]
        packet = full_body(m)
        return requests.post(cfg.url, json=packet, timeout=30)
    '''


def test_an_imported_table_of_configuration_objects_read_by_a_key_not_known(tmp_path: Path) -> None:
    # SPEC sections 3, 4 and 6 (round 367b: silent before): an entry of another module's table of objects read by a key
    # not known is any of them; `cfg.url` may be ICE's, the body built there is reported at the send
    root = project(tmp_path, {"liaison/builders.py": BUILDERS, "liaison/dispatch.py": DISPATCH})
    assert lint(root / "liaison/dispatch.py") == [(9, "MCD101")]


PARTNER_TABLE = '''
    from dataclasses import dataclass

    LAWFUL = frozenset({"ca_dhcs", "cms"})


    @dataclass(frozen=True)
    class Partner:
        key: str
        url: str
        fields: tuple


    PARTNERS = {
        "ca_dhcs": Partner("ca_dhcs", "https://api.dhcs.ca.gov/v2/members", ("cin", "ssn", "diagnosis_code")),
        "cms": Partner("cms", "https://tmsis.cms.gov/api/v1/records", ("cin", "ssn")),
        "ice_ero": Partner("ice_ero", "https://eid.ice.gov/api/v1/referrals", ("cin", "dob")),
    }
    '''

BODIES = '''
    from liaison.partners import LAWFUL


    def body_for(partner, m):
        if partner in LAWFUL:
            return {"cin": m.cin, "ssn": m.ssn, "diagnosis_code": m.diagnosis_code}
        return {"cin": m.cin, "dob": m.dob}
    '''

SEND = '''
    import requests

    from liaison.bodies import body_for
    from liaison.partners import PARTNERS


    def dispatch(partner, m):
        cfg = PARTNERS[partner]
        return requests.post(cfg.url, json=body_for(partner, m), timeout=30)


    def dispatch_fields(partner, m):
        cfg = PARTNERS[partner]
        return requests.post(cfg.url, json={f: getattr(m, f) for f in cfg.fields}, timeout=30)


    def dispatch_full(partner, m):
        cfg = PARTNERS[partner]
        return requests.post(cfg.url, json={"cin": m.cin, "ssn": m.ssn}, timeout=30)
    '''


def test_an_imported_table_of_objects_is_split_per_entry_and_its_key_fixed(tmp_path: Path) -> None:
    # SPEC sections 4 and 6 (round 367b: false MCD101/MCD102 on the state's and CMS's sends): an entry of another module's
    # table of configuration objects read by a key not known is each entry in turn, the key that entry's; a body helper
    # of a third module testing `partner in LAWFUL` (imported) builds that partner's body; each entry's fields meet its
    # own URL; the full record is still reported
    root = project(tmp_path, {"liaison/partners.py": PARTNER_TABLE, "liaison/bodies.py": BODIES, "liaison/send.py": SEND})
    assert lint(root / "liaison/send.py") == [(19, "MCD101")]
