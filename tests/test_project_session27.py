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
