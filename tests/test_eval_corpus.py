"""The evaluation corpus: realistic files with every expected finding annotated on its line.

Any missed or extra finding fails. A file with a ``# known-miss:`` annotation is an
expected failure (strict: it fails the suite the day the miss is fixed, so the
annotation gets updated).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from annotations import actual, expected

EVAL = Path(__file__).parent / "eval_files"
FILES = sorted(EVAL.glob("*.py"))


def _param(path: Path) -> object:
    _, misses, reasons = expected(path.read_text(encoding="utf-8"))
    marks = [pytest.mark.xfail(strict=True, reason="; ".join(reasons))] if misses else []
    return pytest.param(path, id=path.stem, marks=marks)


def test_corpus_size_and_balance() -> None:
    clean = [p for p in FILES if not expected(p.read_text(encoding="utf-8"))[0] and not expected(p.read_text(encoding="utf-8"))[1]]
    assert len(FILES) >= 40
    assert 0.4 <= len(clean) / len(FILES) <= 0.6


@pytest.mark.parametrize("path", [_param(p) for p in FILES])
def test_eval_file(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    want, misses, _ = expected(source)
    got = actual(source, population=True)
    assert sorted((got - want - misses).elements()) == [], "extra findings"
    assert sorted((want - got).elements()) == [], "missed findings"
    assert not (misses - got), "known misses still missed"
