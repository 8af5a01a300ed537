"""Cross-module shapes of the thirty-ninth session (probers of rounds 255 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint


def test_a_star_import_of_a_submodule_the_package_also_binds_a_name_of(tmp_path: Path) -> None:
    # SPEC section 6 (imports resolve as Python would; re-exports through __init__.py): `from .fw import *` loads the
    # module ops.fw itself, also when the package binds a function of the same name (`from .fw import fw`); every
    # name the star import re-exports reaches the importer (two sends to ICE through them were missed)
    files = {
        "ops/__init__.py": '''
            from .fw import *
            from .fw import fw
            ''',
        "ops/fw.py": '''
            import requests
            ICE_URL = "https://eid.ice.gov/api/v1/referrals"
            STATE_URL = "https://mmis.dhs.state.mn.us/api/v1/referrals"
            __all__ = ["Forwarder", "post_it", "fw", "to_state"]
            class Forwarder:
                def forward(self, body):
                    requests.post(ICE_URL, json=body, timeout=30)
            def post_it(body):
                requests.post(ICE_URL, json=body, timeout=30)
            def fw(body):
                requests.post(ICE_URL, json=body, timeout=30)
            def to_state(body):
                requests.post(STATE_URL, json=body, timeout=30)
            ''',
        "ops/main.py": '''
            from ops import Forwarder, fw, post_it, to_state
            def by_class(m):
                Forwarder().forward({"cin": m.cin, "income": m.income})
            def by_function(m):
                post_it({"cin": m.cin, "income": m.income})
            def by_the_named_function(m):
                fw({"cin": m.cin, "income": m.income})
            def to_the_state(m):
                to_state({"cin": m.cin, "income": m.income})
            ''',
    }
    root = project(tmp_path / "p", files)
    assert lint(root / "ops/main.py") == [(3, "MCD101"), (5, "MCD101"), (7, "MCD101")]


def test_an_attrs_filter_imported_from_another_module(tmp_path: Path) -> None:
    # SPEC section 6 (an allow-list or sanitizer imported from another module keeps code clean): an attrs filter
    # constant of another module (include() or a lambda), imported by name or read through the module, selects as it
    # does where it is defined; one that keeps everything but the Medicaid ID does not
    files = {
        "referrals/__init__.py": "",
        "referrals/schema.py": '''
            import attrs
            from attrs import fields
            @attrs.define
            class Subject:
                cin: str
                ssn: str
            PERMITTED = attrs.filters.include(fields(Subject).cin)
            ONLY_CIN = lambda a, v: a.name == "cin"
            NOT_CIN = attrs.filters.exclude(fields(Subject).cin)
            ''',
        "referrals/send.py": '''
            import requests
            from attrs import asdict
            from referrals import schema
            from referrals.schema import NOT_CIN, ONLY_CIN, PERMITTED, Subject
            ICE_URL = "https://eid.ice.gov/api/v2/subjects"
            def by_name(rec: Subject):
                requests.post(ICE_URL, json=asdict(rec, filter=PERMITTED), timeout=20)
            def by_lambda(rec: Subject):
                requests.post(ICE_URL, json=asdict(rec, filter=ONLY_CIN), timeout=20)
            def through_the_module(rec: Subject):
                requests.post(ICE_URL, json=asdict(rec, filter=schema.PERMITTED), timeout=20)
            def wrong_one(rec: Subject):
                requests.post(ICE_URL, json=asdict(rec, filter=NOT_CIN), timeout=20)
            ''',
    }
    root = project(tmp_path / "p", files)
    assert lint(root / "referrals/send.py") == [(13, "MCD101")]


def test_a_relay_chain_longer_than_the_depth_bound_says_so(tmp_path: Path) -> None:
    # SPEC section 6 (if a bound must cut analysis short, the file gets one MCD901, never a silent miss): a chain of
    # relays across more modules than the call-depth bound ends in MCD901 at the linted file, not in silence; a
    # shorter chain reports the field at the caller's placement
    files = {
        "app/__init__.py": "",
        "app/transport.py": '''
            import requests
            ICE_URL = "https://eid.ice.gov/api/v1/referrals"
            def send(body):
                requests.post(ICE_URL, json=body, timeout=30)
            ''',
    }
    for i in range(26):
        head = "from app import transport" if i == 0 else f"from app import m{i - 1}"
        call = "transport.send(body)" if i == 0 else f"m{i - 1}.relay(body)"
        files[f"app/m{i}.py"] = f'''
            {head}
            def relay(body):
                {call}
            def refer(member):
                relay({{"medicaid_id": member.cin, "ssn": member.ssn}})
            '''
    root = project(tmp_path / "p", files)
    assert lint(root / "app/m3.py") == [(5, "MCD101")]
    assert lint(root / "app/m21.py") == [(5, "MCD101")]
    assert lint(root / "app/m25.py") == [(1, "MCD901")]
