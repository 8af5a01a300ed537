"""Cross-module shapes of the twenty-seventh session (probers of round 171 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint


def _namespace(root: Path, files: dict[str, str]) -> Path:
    """A project whose packages have no ``__init__.py`` (PEP 420 namespace packages)."""
    project(root, files)
    for init in root.rglob("__init__.py"):
        init.unlink()
    return root


NAMESPACE_FILES = {
    "settings.py": '''
        PARTNER_URL = "https://eid.ice.gov/api/v1/referrals"
        PORTAL_URL = "https://portal.dhs.state.mn.us/api/members"
        ''',
    "builders.py": '''
        def packet(m):
            return {"medicaid_id": m.cin, "last_name": m.last_name}
        ''',
    "jobs.py": '''
        import requests
        from .builders import packet
        from .settings import PARTNER_URL, PORTAL_URL
        def refer(m):
            requests.post(PARTNER_URL, json={"medicaid_id": m.cin, "ssn": m.ssn})
        def built(m):
            requests.post(PARTNER_URL, json=packet(m))
        def to_state(m):
            requests.post(PORTAL_URL, json={"ssn": m.ssn, "dx": m.diagnosis_code})
        ''',
}


def test_relative_imports_of_a_namespace_package(tmp_path: Path) -> None:
    # SPEC section 6 (the project's own modules are visible through their imports; imports resolve as
    # Python would): a folder of the project without __init__.py is a namespace package, so
    # `from .settings import PARTNER_URL` reads its sibling module: the URL it names is enforcement
    # (no name says so), a builder it names places its fields; a sibling's state URL stays clean
    root = _namespace(tmp_path, {f"app/{name}": text for name, text in NAMESPACE_FILES.items()})
    assert not (root / "app/__init__.py").exists()
    assert lint(root / "app/jobs.py") == [(5, "MCD101"), (7, "MCD101")]


def test_relative_imports_of_a_namespace_package_under_src(tmp_path: Path) -> None:
    # the same under a src/ layout, one folder deeper (src/agency/app/jobs.py is agency.app.jobs)
    root = _namespace(tmp_path, {f"src/agency/app/{name}": text for name, text in NAMESPACE_FILES.items()})
    assert lint(root / "src/agency/app/jobs.py") == [(5, "MCD101"), (7, "MCD101")]


def test_a_folder_outside_any_project_is_no_package(tmp_path: Path) -> None:
    # with no project marker above it, a folder without __init__.py is not a package: a relative import
    # resolves to nothing (Python would refuse it) and nothing is guessed from the folder's name
    for name, text in NAMESPACE_FILES.items():
        (tmp_path / name).write_text(text.replace("\n        ", "\n").lstrip("\n"), encoding="utf-8")
    assert lint(tmp_path / "jobs.py") == []


def test_a_grandparent_init_of_another_module_reads_the_leafs_class_attribute(tmp_path: Path) -> None:
    # SPEC sections 4 and 6 across modules: the leaf class of this module sets base_url; the class it
    # derives from (another module) sets a state URL and has no __init__; that class's own base copies
    # self.base_url in its __init__: the leaf's ICE URL is the one its methods send to
    root = project(tmp_path, {
        "pkg/base.py": '''
            import requests
            class ApiClient:
                base_url = "https://api.vendor.example.com"
                def __init__(self):
                    self.url = self.base_url
                    self.session = requests.Session()
                def _post(self, path, body):
                    return self.session.post(self.url + path, json=body)
            class StateMmisClient(ApiClient):
                base_url = "https://mmis.hhs.texas.gov/api"
            ''',
        "pkg/eid.py": '''
            from .base import StateMmisClient
            class EidClient(StateMmisClient):
                base_url = "https://eid.ice.gov/detainers"
                def notify(self, m):
                    return self._post("/notify", {"cin": m.cin, "ssn": m.ssn})
            class TexasClient(StateMmisClient):
                def notify(self, m):
                    return self._post("/notify", {"cin": m.cin, "ssn": m.ssn})
            ''',
    })
    assert lint(root / "pkg/eid.py") == [(5, "MCD101")]
