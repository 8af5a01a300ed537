"""Cross-module shapes of the thirty-sixth session (probers of rounds 236 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint

TRANSPORT = '''
    import requests
    ICE_URL = "https://eid.ice.gov/api/v1/subjects"
    STATE_URL = "https://mmis.dhcs.ca.gov/api/v1/members"
    class Client:
        def __init__(self, dest="state"):
            self.dest = dest
        def send(self, payload):
            url = ICE_URL if self.dest == "ice" else STATE_URL
            return requests.post(url, json=payload)
    '''


def test_an_attribute_a_constructor_fixed_in_another_module(tmp_path: Path) -> None:
    # SPEC section 4 (the destination decides) and section 6 (the project's modules are visible): Client("state") of
    # an imported class sends to the state; a module-level client the importing module retargets (CLIENT.dest =
    # "ice", in a function it calls) may send to ICE; an object a function makes and retargets itself is followed
    root = project(tmp_path / "p", {
        "xp/transport.py": TRANSPORT,
        "xp/clean.py": '''
            from xp.transport import Client
            def go(m):
                Client("state").send({"ssn": m.ssn})
                Client().send({"race": m.race_cd})
            ''',
        "xp/retargeted.py": '''
            from xp.transport import Client
            CLIENT = Client("state")
            def configure():
                CLIENT.dest = "ice"
            def go(m):
                configure()
                CLIENT.send({"race": m.race_cd})
            ''',
        "xp/local.py": '''
            from xp.transport import Client
            def go(m):
                Client("state").send({"ssn": m.ssn})
                c = Client("state")
                c.dest = "ice"
                c.send({"dob": m.dob, "ssn": m.ssn})
            ''',
    })
    assert lint(root / "xp/clean.py") == []
    assert lint(root / "xp/retargeted.py") == [(7, "MCD101")]
    assert lint(root / "xp/local.py") == [(6, "MCD101")]


def test_a_session_made_after_a_none_placeholder_by_a_base_of_another_module(tmp_path: Path) -> None:
    # SPEC section 4 and section 6 (inherited methods and attributes from base classes of the project): the base's
    # open() makes the session its __init__ left None; the subclass in another module gives it the ICE URL
    root = project(tmp_path / "p", {
        "pkg/base.py": '''
            import requests
            class Base:
                def __init__(self, base_url):
                    self.base_url = base_url
                    self.session = None
                def open(self):
                    self.session = requests.Session()
                def _post(self, path, body):
                    return self.session.post(self.base_url + path, json=body)
            ''',
        "pkg/ice.py": '''
            from pkg.base import Base
            class IceClient(Base):
                def __init__(self):
                    super().__init__("https://eid.ice.gov/api/v1")
                def send(self, member):
                    return self._post("/contacts", {"medicaid_id": member.medicaid_id, "email": member.email})
            ''',
        "pkg/state.py": '''
            from pkg.base import Base
            class StateClient(Base):
                def __init__(self):
                    super().__init__("https://mmis.state.mn.us/api/v1")
                def send(self, member):
                    return self._post("/contacts", {"email": member.email})
            ''',
    })
    assert lint(root / "pkg/ice.py") == [(6, "MCD101")]
    assert lint(root / "pkg/state.py") == []
