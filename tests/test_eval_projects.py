"""The multi-module evaluation corpus: small projects (a package of 3-6 modules each)
with every expected finding annotated on its line, in the module where SPEC section 3
says it is reported. Each module is analyzed on its own, with its path, as flake8
would; the analysis sees the modules it imports.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from annotations import expected, options_of

from flake8_medicaid_scope import analyze

PROJECTS = Path(__file__).parent / "eval_projects"
MODULES = sorted(PROJECTS.glob("*/**/*.py"))


def _param(path: Path) -> object:
    _, misses, reasons = expected(path.read_text(encoding="utf-8"))
    marks = [pytest.mark.xfail(strict=True, reason="; ".join(reasons))] if misses else []
    return pytest.param(path, id=str(path.relative_to(PROJECTS)), marks=marks)


def test_projects_size_and_balance() -> None:
    projects = sorted(p for p in PROJECTS.iterdir() if p.is_dir())
    clean = [p for p in projects if not any(expected(m.read_text(encoding="utf-8"))[0] for m in p.glob("**/*.py"))]
    assert len(projects) >= 8
    assert len(clean) >= 3 and len(projects) - len(clean) >= 3
    for project in projects:
        assert (project / "pyproject.toml").is_file(), project.name
        assert 3 <= len([m for m in project.glob("**/*.py") if m.name != "__init__.py"]) <= 6, project.name


@pytest.mark.parametrize("path", [_param(p) for p in MODULES])
def test_project_module(path: Path) -> None:
    from collections import Counter

    source = path.read_text(encoding="utf-8")
    want, misses, _ = expected(source)
    got = Counter((f.line, f.code) for f in analyze(source, options_of(source), filename=str(path)))
    assert sorted((got - want - misses).elements()) == [], "extra findings"
    assert sorted((want - got).elements()) == [], "missed findings"
    assert not (misses - got), "known misses still missed"
