"""Regressions the reviews and probers of the twenty-fifth session found in its own changes, pinned on
the reviewers' repro modules (tests/data/session25/): each line and code is what SPEC sections 3-6 and 10
say, checked by hand against each module's first-line comment."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_session24_reviews import found_in

DATA = Path(__file__).parent / "data" / "session25"

EXPECTED: dict[str, list[tuple[int, str]]] = {
    # payload.get("audit", {}) of a key the payload holds (an empty dict entry carries no placement): a part of it
    "get_default_existing_key.py": [(9, "MCD101")],
    # rec.HIV_TEST_RSLT == "POS": an upper-case T-MSIS field is data, not a class constant
    "upper_case_field_compared.py": [(8, "MCD102")],
    # k in UNDOCUMENTED (a set of CINs chosen by a status query): a key test against a collection the code built
    # chooses records; only a key compared with names written out drops a column
    "upper_name_key_filter_is_condition.py": [],
    # upper(language) of JOIN language: a column named like its table, not the table's whole row
    "sql_function_of_column_named_like_table.py": [(7, "MCD101")],
    # a model's declaration beside another entry of the body handed through **kw: still reported (no constructor)
    "declaration_dropped_beside_other_entry.py": [(9, "MCD102"), (17, "MCD101")],
    # a status model's verified/outcome columns hold the status: a condition on them chooses by status
    "status_model_columns_not_in_list.py": [],
    # SUM per claim or per case is that claim's or case's figure, not a figure about no one
    "sql_figure_per_claim.py": [(7, "MCD102"), (7, "MCD102"), (12, "MCD101"), (12, "MCD102")],
    # the second review: GROUP BY 1, or an alias of the person's identifier, groups by the person
    "sum_grouped_by_person_ordinal_or_alias.py": [(7, "MCD102"), (7, "MCD201"), (11, "MCD102"), (11, "MCD201")],
    # a method named register (hooks.register("nightly", push_members)) is no runner: the plural parameter stays a source
    "register_callback_hides_plural_param.py": [(7, "MCD201")],
    # ImmigrationStatus.objects.filter(code__in=...).exists(): a query of the status model, not a column "objects"
    "django_status_model_manager_query.py": [],
    # coa_cd, visa_type of a status table hold the status; only a word naming something else (county_cd) does not
    "status_table_class_of_admission_code.py": [],
    # rec.ZQX_RSLT == "POS" of a record of unknown class: an upper-case field, not a class constant
    "uppercase_field_compared_under_key.py": [(5, "MCD102"), (7, "MCD102")],
    # current_flag / latest_ind pick each person's current status row: no status tested
    "status_table_current_flag_clears.py": [(8, "MCD201"), (12, "MCD201")],
    # the third review: delete/duplicate/most-recent flags and income_verified of a status table test no status
    "status_table_denylist_misses.py": [(6, "MCD201"), (9, "MCD201"), (12, "MCD201"), (15, "MCD201")],
    # is_lawful, is_qualified, current_status_cd and primary_status of a status table or relation do
    "status_table_denylist_false_alarms.py": [],
    # X.objects.get(...) of a model the analysis cannot see: its to_dict() is a whole record (MCD103)
    "manager_get_to_dict_loses_mcd103.py": [(7, "MCD103"), (10, "MCD103")],
    # reviewer_name and processing_status of a status model's record say nothing of the status
    "status_record_if_reviewer_processing.py": [(12, "MCD201"), (16, "MCD201")],
    # the fourth review: a column of a 250-piece adjacent-literal query at its own line
    "adjacent_literals_250_column_line.py": [(253, "MCD101")],
    # identity_verified / ssn_verified of a verification table say nothing of immigration status
    "status_table_identity_verified_clears.py": [(7, "MCD201"), (11, "MCD201")],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_review_repro(name: str) -> None:
    assert found_in(DATA / name) == EXPECTED[name]


def test_every_repro_is_pinned() -> None:
    assert sorted(p.name for p in DATA.glob("*.py")) == sorted(EXPECTED)


def test_no_repro_module_is_collected_by_pytest() -> None:
    # the repro modules import requests and Django, which the test environment need not have: a name
    # pytest collects (test_*.py, *_test.py) would fail the run at collection
    assert [p.name for p in (DATA.parent).rglob("*.py") if p.name.startswith("test_") or p.name.endswith("_test.py")] == []
