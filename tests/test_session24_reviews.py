"""Regressions the reviews and probers of the twenty-fourth session found in its own changes, pinned on
the reviewers' repro modules (tests/data/session24/): each line and code is what SPEC sections 3-6 and 10
say, checked by hand against each module's comments."""

from __future__ import annotations

from pathlib import Path

import pytest

from flake8_medicaid_scope import Config, analyze

DATA = Path(__file__).parent / "data" / "session24"
CONFIG = Config.from_options(cache=False)

EXPECTED: dict[str, list[tuple[int, str]]] = {
    # a default that is a copy (dict(body), body.copy(), {**body}) does not see what is put into body later
    "default_copy_fp.py": [],
    # an Enum member chosen by a branch is either member: each way of the router is taken
    "enum_arg_joined_if.py": [(16, "MCD101"), (29, "MCD101")],
    "enum_arg_joined_match.py": [(18, "MCD101")],
    # a plain Enum member never equals a string: case "ice" is not known to match it
    "plain_enum_string_case.py": [(18, "MCD101")],
    # an allow-list over a dict that may hold entries the analysis cannot see keeps every allowed name
    "allowlist_dict_unknown_entries.py": [(11, "MCD101"), (18, "MCD101"), (25, "MCD101"), (30, "MCD101")],
    # template.build(ctx) is no call of the module's build(record): its own run still fills the model with data
    "inbound_name_collision.py": [(8, "MCD104"), (9, "MCD101"), (10, "MCD102")],
    # rows rebound inside the with block is another list: the generator's code after the yield never sees it
    "contextmanager_rebind_fp.py": [],
    # payload.get("audit") or {} of a key the payload does not hold is a new dict (the .get(k, {}) form at
    # line 20 is a listed limit of an earlier release)
    "audit_beside.py": [(20, "MCD101")],
    # the second review: a copy made beside a bare default of the same name; a bytes key never equals a str
    # key; payload.get(k) or {} of a part holding only constants is that part (an empty one is a new dict)
    "default_copy_beside_bare.py": [],
    "mask_bytes_key.py": [(7, "MCD101")],
    "get_or_empty_parts.py": [(9, "MCD101"), (23, "MCD101"), (30, "MCD101")],
}


def found_in(path: Path) -> list[tuple[int, str]]:
    """(line, code) of each finding of the repro module at ``path``, in order."""
    return sorted((f.line, f.code) for f in analyze(path.read_text(encoding="utf-8"), CONFIG, filename=str(path)))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_review_repro(name: str) -> None:
    assert found_in(DATA / name) == EXPECTED[name]


def test_every_repro_is_pinned() -> None:
    assert sorted(p.name for p in DATA.glob("*.py")) == sorted(EXPECTED)
