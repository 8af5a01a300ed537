"""Cross-module shapes of the twenty-sixth session (probers of round 163 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint


def test_json_encoders_and_hooks_of_another_module(tmp_path: Path) -> None:
    # SPEC section 3 (data placed in another module is reported at the call here that hands it to the
    # sink, naming where it was placed) and section 6 (json.dumps is followed; the project's modules are
    # visible through their imports): a cls= encoder or a default= hook imported from another module
    # builds the fields sent; an encoder of permitted fields only, or one sent to the state, stays clean
    root = project(tmp_path, {
        "app/__init__.py": "",
        "app/encoders.py": '''
            import json
            class MemberEncoder(json.JSONEncoder):
                def default(self, o):
                    return {"cin": o.cin, "last_name": o.last_name}
            class LocatorEncoder(json.JSONEncoder):
                def default(self, o):
                    return {"cin": o.cin, "dob": o.dob}
            def race_hook(o):
                return {"cin": o.cin, "race": o.race_cd}
            ''',
        "app/send.py": '''
            import json
            import requests
            from app.encoders import LocatorEncoder, MemberEncoder, race_hook
            ICE_URL = "https://eid.ice.gov/api/v1/referrals"
            STATE_URL = "https://portal.dhcs.ca.gov/api/members"
            def by_class(member):
                requests.post(ICE_URL, data=json.dumps(member, cls=MemberEncoder))
            def by_hook(member):
                requests.post(ICE_URL, data=json.dumps({"subject": member}, default=race_hook))
            def by_encode(member):
                requests.post(ICE_URL, data=MemberEncoder().encode(member))
            def permitted(member):
                requests.post(ICE_URL, data=json.dumps(member, cls=LocatorEncoder))
            def to_state(member):
                requests.post(STATE_URL, data=json.dumps(member, cls=MemberEncoder))
            ''',
    })
    assert lint(root / "app/send.py") == [(7, "MCD101"), (9, "MCD101"), (11, "MCD101")]


def test_encoders_by_module_attribute_hooks_by_partial_and_enums_of_another_module(tmp_path: Path) -> None:
    # SPEC sections 3, 5 and 6: cls=encoders.MemberEncoder (a module attribute) and a default= hook of
    # another module bound by functools.partial are run; an Enum of another module looked up by a status
    # field is that status (its .name is no person's name)
    root = project(tmp_path, {
        "app/__init__.py": "",
        "app/encoders.py": '''
            import enum
            import json
            class MemberEncoder(json.JSONEncoder):
                def default(self, o):
                    return {"cin": o.cin, "race": o.race_cd}
            def sex_hook(o):
                return {"cin": o.cin, "sex": o.sex_cd}
            class Status(enum.Enum):
                EWI = "E"
                LPR = "L"
            ''',
        "app/send.py": '''
            import functools
            import json
            import requests
            from app import encoders
            from app.encoders import Status, sex_hook
            ICE_URL = "https://eid.ice.gov/api/v1/referrals"
            def by_attribute(member):
                requests.post(ICE_URL, data=json.dumps(member, cls=encoders.MemberEncoder))
            def by_partial(member):
                dumps = functools.partial(json.dumps, default=sex_hook)
                requests.post(ICE_URL, data=dumps(member))
            def enum_of_another_module(m):
                requests.post(ICE_URL, json={"cin": m.cin, "status": Status(m.imgrtn_stus_cd).name})
                requests.post(ICE_URL, json={"cin": m.cin, "status": Status[m.immigration_status].name})
                requests.post(ICE_URL, json={"cin": m.cin, "status": encoders.Status(m.imgrtn_stus_cd).name})
            ''',
    })
    assert lint(root / "app/send.py") == [(8, "MCD101"), (11, "MCD101")]
