"""Every rule's VALID and INVALID examples, at the exact line and code (Fixit style)."""

from __future__ import annotations

import pytest
from annotations import actual, expected

from flake8_medicaid_scope.rules import rule_modules

CASES = [
    pytest.param(module.CODE, kind, source, id=f"{module.CODE}-{kind}-{i}")
    for module in rule_modules()
    for kind in ("INVALID", "VALID")
    for i, source in enumerate(getattr(module, kind))
]


@pytest.mark.parametrize(("code", "kind", "source"), CASES)
def test_rule_example(code: str, kind: str, source: str) -> None:
    want, _, _ = expected(source)
    got = actual(source, population=True)
    if kind == "INVALID":
        assert any(c == code for _, c in want), "an INVALID example must annotate its own code"
    else:
        assert not want, "a VALID example carries no annotation"
    assert got == want


def test_every_rule_has_examples() -> None:
    for module in rule_modules():
        if module.CODE != "MCD900":
            assert module.INVALID and module.VALID, module.CODE
        assert module.__doc__ and "## How to fix" in module.__doc__
