"""Regressions the reviews of the twenty-sixth session found in its own changes, pinned on the
reviewers' repro modules (tests/data/session26/): each line and code is what SPEC sections 3-6 and 10
say, checked by hand against each module's first-line comment."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_session24_reviews import found_in

DATA = Path(__file__).parent / "data" / "session26"

EXPECTED: dict[str, list[tuple[int, str]]] = {
    # reduce(lambda acc, step: step(acc), [allow_only], rec): the function runs on each element (a sanitizer here)
    "reduce_runs_its_function.py": [],
    # if isinstance(event, Member): print(...); then vars(event): past the if, any object again (a whole record)
    "isinstance_narrowing_ends_with_if.py": [(22, "MCD103")],
    # match event: case Member(): ...; case _: ...; then vars(event): likewise past the match
    "match_narrowing_ends_with_case.py": [(23, "MCD103")],
    # Meta.fields = ("cin", F_SSN): a declared field listed through a constant is still dumped
    "meta_fields_named_element.py": [(14, "MCD101")],
    # dependent_status = row["imgrtn_stus_cd"]: the row's own status column decides, whatever the variable is called
    "status_variable_name_does_not_decide.py": [],
    # a decorated def rebound by a plain def of the same name is unreachable: not run on its own
    "plain_redefinition_unreachable.py": [],
    # the second review: {"cin": {"$exists": True}}, {"$ne": None}, {"$in": every cin}: everyone, no lookup
    "mongo_operator_on_id_is_no_lookup.py": [(19, "MCD201"), (25, "MCD201"), (32, "MCD201")],
    # not isinstance(...): raise inside a try, under an outer if, continue in a loop: past them, any object
    "not_isinstance_guard_leaks.py": [(30, "MCD103"), (37, "MCD103"), (46, "MCD103")],
    # groupby keyed by a function of the spouse's status: no enrollee chosen
    "groupby_key_function_spouse_status.py": [(26, "MCD201")],
    # reduce(_drop, BLOCKED, rec) over 17 constant names: each popped in turn, as the for loop does
    "reduce_sanitizer_over_long_constant.py": [],
    # the third review: a lambda or def called from a function that did not make it sees none of the caller's names
    "late_bound_from_the_defining_function.py": [(15, "MCD101")],
    "late_bound_callback_keeps_its_scope.py": [(15, "MCD101")],
    # an encoder class with an encode() of its own: that method runs, not the json.dumps shortcut
    "encoder_with_its_own_encode.py": [(16, "MCD101")],
    # asdict(e) of isinstance(e, (A, B)): the declared fields of either, not an attribute set on the object
    "union_asdict_declared_fields_only.py": [],
    # the fourth review: an encoder whose encode() returns super().encode(o): json's encode, with its default
    "encoder_encode_calls_super.py": [(16, "MCD101"), (24, "MCD102")],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_review_repro(name: str) -> None:
    assert found_in(DATA / name) == EXPECTED[name]


def test_every_repro_is_pinned() -> None:
    assert sorted(p.name for p in DATA.glob("*.py")) == sorted(EXPECTED)
