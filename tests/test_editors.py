"""Editors: python-lsp-server's flake8 plugin shows the plugin's findings as diagnostics.

pylsp runs the configured flake8 executable on the editor's buffer over stdin
(``flake8 - --stdin-display-name=<path relative to the workspace>``) and turns each
output line into an LSP diagnostic (0-based line). The test builds a pylsp
``Workspace`` and ``Document`` the way pylsp's own tests do, with the settings an
editor sends (``pylsp.plugins.flake8``: enabled, ``select: ["MCD"]``, the
executable of this environment's flake8), and calls the plugin's ``pylsp_lint``.
Hermetic: the buffer never touches the disk and no network is used.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

pytest.importorskip("pylsp", reason="python-lsp-server is not installed (pip install '.[test]')")

from pylsp import uris  # noqa: E402
from pylsp.config.config import Config  # noqa: E402
from pylsp.plugins import flake8_lint  # noqa: E402
from pylsp.workspace import Document, Workspace  # noqa: E402
from pylsp_jsonrpc.endpoint import Endpoint  # noqa: E402

CITATION = "[California v. HHS, No. 3:25-cv-05536 (N.D. Cal. Dec. 29, 2025)]"

# examples/django_referral_view.py: a name (line 19) and a diagnosis (line 20) go to ICE
VIOLATION = (Path(__file__).resolve().parent.parent / "examples" / "django_referral_view.py").read_text(encoding="utf-8")


def _flake8_executable() -> str:
    """This environment's flake8 (where the plugin is installed), as an editor is told to use."""
    folder = Path(sys.executable).parent
    for name in ("flake8", "flake8.exe"):
        if (folder / name).is_file():
            return str(folder / name)
    pytest.skip(f"no flake8 executable next to {sys.executable}")


@pytest.fixture
def workspace(tmp_path: Path):  # noqa: ANN201 - pylsp's Workspace
    ws = Workspace(uris.from_fs_path(str(tmp_path)), Endpoint({}, lambda message: None))
    ws._config = Config(ws.root_uri, {}, 0, {})
    # the settings an editor sends (didChangeConfiguration "pylsp"); no user or project
    # configuration files are read (configurationSources: [])
    ws._config.update(
        {
            "configurationSources": [],
            "plugins": {
                "flake8": {"enabled": True, "select": ["MCD"], "executable": _flake8_executable()},
                "pycodestyle": {"enabled": False},
                "pyflakes": {"enabled": False},
            },
        }
    )
    yield ws
    ws.close()


def _document(workspace: Workspace, source: str) -> Document:
    # an unsaved buffer: the file does not exist, pylsp sends the text over stdin
    path = os.path.join(workspace.root_path, "app", "referral.py")
    return Document(uris.from_fs_path(path), workspace, source)


def test_flake8_plugin_is_enabled_with_mcd_selected(workspace: Workspace) -> None:
    settings = workspace._config.plugin_settings("flake8")
    assert settings["enabled"] is True and settings["select"] == ["MCD"]
    assert flake8_lint.build_args({"select": settings["select"]}) == ["-", "--select=MCD"]


def test_violation_shows_as_diagnostics_with_code_line_and_citation(workspace: Workspace) -> None:
    document = _document(workspace, VIOLATION)
    diagnostics = flake8_lint.pylsp_lint(workspace, document)

    assert [(d["code"], d["range"]["start"]["line"], d["range"]["start"]["character"]) for d in diagnostics] == [
        ("MCD101", 18, 8),  # flake8's 19:9, 0-based in LSP
        ("MCD102", 19, 8),
    ]
    name, diagnosis = diagnostics
    assert name["source"] == "flake8"
    assert name["message"].startswith("MCD101 'full_name' (name) sent to enforcement endpoint https://eid.ice.gov/api/v1/referrals (line 22)")
    assert diagnosis["message"].startswith("MCD102 'primary_dx' (diagnosis) sent to enforcement endpoint")
    for diagnostic in diagnostics:
        assert diagnostic["message"].endswith(CITATION)
    assert VIOLATION.splitlines()[18].strip() == '"full_name": member.full_name,'


def test_buffer_fixed_in_the_editor_gives_no_diagnostic(workspace: Workspace) -> None:
    document = _document(workspace, VIOLATION)
    assert {d["code"] for d in flake8_lint.pylsp_lint(workspace, document)} == {"MCD101", "MCD102"}

    # the engineer deletes the two lines (didChange, not saved): the next lint is clean
    document.apply_change({"range": {"start": {"line": 18, "character": 0}, "end": {"line": 20, "character": 0}}, "text": ""})
    assert '"full_name"' not in document.source and '"medicaid_id"' in document.source
    diagnostics = flake8_lint.pylsp_lint(workspace, document)
    assert [d for d in diagnostics if d["code"].startswith("MCD")] == []
    assert diagnostics == []


def test_clean_document_gives_no_mcd_diagnostic(workspace: Workspace) -> None:
    clean = VIOLATION.replace('        "full_name": member.full_name,\n', "").replace('        "primary_diagnosis": member.primary_dx,\n', "")
    diagnostics = flake8_lint.pylsp_lint(workspace, _document(workspace, clean))
    assert [d for d in diagnostics if d["code"].startswith("MCD")] == []


def test_unsaved_buffer_follows_imports_of_the_saved_project(workspace: Workspace) -> None:
    # pylsp names the buffer by its path relative to the workspace (--stdin-display-name): for a
    # file that exists on disk the analysis finds the project and follows the import into the
    # builder module, while the text analyzed is the unsaved buffer (a file never saved yet is
    # analyzed alone: docs/editors.md)
    root = Path(workspace.root_path)
    (root / "pyproject.toml").write_text("[project]\nname = 'mmis'\n", encoding="utf-8")
    (root / "app").mkdir()
    (root / "app" / "__init__.py").write_text("", encoding="utf-8")
    (root / "app" / "builders.py").write_text('def build(member):\n    return {"ssn": member.ssn, "medicaid_id": member.cin}\n', encoding="utf-8")
    sender = (
        "import requests\n"
        "\n"
        "from app.builders import build\n"
        "\n"
        'ICE_URL = "https://eid.ice.gov/api/v1/referrals"\n'
        "\n"
        "\n"
        "def refer(member):\n"
        "    requests.post(ICE_URL, json=build(member), timeout=5)\n"
    )
    (root / "app" / "send.py").write_text("from app.builders import build\n", encoding="utf-8")  # the saved version
    document = Document(uris.from_fs_path(str(root / "app" / "send.py")), workspace, sender)
    diagnostics = flake8_lint.pylsp_lint(workspace, document)
    assert [(d["code"], d["range"]["start"]["line"]) for d in diagnostics] == [("MCD101", 8)]
    assert "'ssn' (ssn) placed at app/builders.py:2 sent to enforcement endpoint" in diagnostics[0]["message"]
    assert diagnostics[0]["message"].endswith(CITATION)
