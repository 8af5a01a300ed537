"""The policy data: periods, the code of each category, and malformed files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from flake8_medicaid_scope.policy import HEALTH, PERSONAL, PolicyError, default_policy, parse_policy

POLICY = default_policy()
SIX = frozenset({"citizenship", "immigration_status", "address", "phone", "date_of_birth", "medicaid_id"})


@pytest.mark.parametrize(
    ("day", "permitted"),
    [
        ("2025-08-12", frozenset()),
        ("2026-01-05", frozenset()),
        ("2026-01-06", SIX),
        ("2026-11-25", SIX),
        ("2024-01-01", SIX),  # before every period: the latest applies
    ],
)
def test_period_boundaries(day: str, permitted: frozenset[str]) -> None:
    assert POLICY.period_on(dt.date.fromisoformat(day)).permitted == permitted


@pytest.mark.parametrize(
    ("category", "code"),
    [("diagnosis", HEALTH), ("provider", HEALTH), ("clinical_resource", HEALTH), ("ssn", PERSONAL), ("name", PERSONAL),
     ("immigration_document_id", PERSONAL), ("mixed", PERSONAL), ("address", None), ("medicaid_id", None)],
)
def test_code_of_each_category(category: str, code: str | None) -> None:
    assert POLICY.code_for(category, SIX) == code


def test_every_reference_health_category_is_health() -> None:
    reference = {"diagnosis", "procedure", "medication", "claim", "payment", "provider", "encounter", "encounter_date",
                 "lab_result", "clinical_observation", "chronic_condition", "pregnancy", "disability", "behavioral_health",
                 "substance_use", "hiv", "immunization", "sdoh", "consent", "waiver"}
    assert reference <= POLICY.health_categories


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        ({}, "the policy lacks 'citations'"),
        ([], "the policy must be a JSON object with 'citations', 'periods', 'health_categories' and 'codes'"),
        ({"citations": [], "periods": "x"}, "'citations' must be a JSON object"),
        ({"citations": {"X": "s"}, "periods": [], "health_categories": [], "codes": {}}, "citations.X must be an object with the texts 'short' and 'long'"),
        ({"citations": {}, "periods": [{"from": "2026-01-06"}], "health_categories": [], "codes": {}}, "period 1 lacks 'citation' and 'permitted'"),
        ({"citations": {}, "periods": ["2026"], "health_categories": [], "codes": {}}, "period 1 must be an object"),
        ({"citations": {}, "periods": [], "health_categories": [], "codes": {}}, "no periods"),
        ({"citations": {}, "periods": [{"from": "2026-01-06", "citation": "X", "permitted": []}], "health_categories": [], "codes": {}},
         "unknown citation 'X'"),
        ({"citations": {"X": {"short": "s", "long": "l"}}, "periods": [{"from": "soon", "citation": "X", "permitted": []}],
          "health_categories": [], "codes": {}}, "period 1: 'from' must be a date written YYYY-MM-DD, not 'soon'"),
    ],
)
def test_malformed_policy(data: dict, needle: str) -> None:
    with pytest.raises(PolicyError, match=needle):
        parse_policy(data)


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        (lambda codes: codes["MCD101"].pop("reason"), "codes.MCD101 lacks 'reason'"),
        (lambda codes: codes["MCD102"].pop("title"), "codes.MCD102 lacks 'title'"),
        (lambda codes: codes.__setitem__("MCD103", {}), "codes.MCD103 lacks 'title' and 'reason'"),
        (lambda codes: codes["MCD104"].__setitem__("reason", "  "), "codes.MCD104 lacks 'reason'"),
        # a code given without its reason (an MCD201 message takes it) is refused too; one left out takes the shipped one
        (lambda codes: codes["MCD201"].pop("reason"), "codes.MCD201 lacks 'reason'"),
    ],
)
def test_a_policy_whose_codes_lack_their_title_or_reason_is_refused(change: object, needle: str) -> None:
    """Every message takes the title and reason of its code: a policy without them would make every
    file with a finding one MCD900 (README: what configuration cannot do)."""
    import copy
    import json
    from importlib import resources

    data = json.loads((resources.files("flake8_medicaid_scope") / "data" / "policy.json").read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    change(data["codes"])  # type: ignore[operator]
    with pytest.raises(PolicyError, match=needle):
        parse_policy(data)


@pytest.mark.parametrize(
    ("day", "code", "reason"),
    [
        ("2025-12-15", PERSONAL, "no Medicaid data may be shared for immigration enforcement before Jan. 6, 2026; drop it"),
        ("2025-12-15", HEALTH, "no Medicaid data may be shared for immigration enforcement before Jan. 6, 2026; drop it"),
        ("2026-01-05", "MCD104", "no Medicaid data may be shared for immigration enforcement before Jan. 6, 2026; declare it harmless or drop it"),
        ("2026-01-06", PERSONAL, "outside the six permitted categories; drop it"),
        ("2026-01-06", HEALTH, "health records stay barred; drop it"),
        ("2026-11-25", "MCD103", "send only the permitted fields, selected by name"),
        ("2026-11-25", "MCD104", "the order is an allow-list; declare it harmless or drop it"),
    ],
)
def test_reason_of_the_period_in_force(day: str, code: str, reason: str) -> None:
    assert POLICY.reason(code, POLICY.period_on(dt.date.fromisoformat(day))) == reason


def test_a_period_without_reasons_takes_the_reason_of_the_code() -> None:
    data = {
        "citations": {"X": {"short": "s", "long": "l"}},
        "periods": [{"from": "2026-01-06", "citation": "X", "permitted": [], "reasons": {"MCD101": "period reason"}},
                    {"from": "2027-01-01", "citation": "X", "permitted": []}],
        "health_categories": [],
        "codes": {code: {"title": "t", "reason": "code reason"} for code in ("MCD101", "MCD102", "MCD103", "MCD104")},
    }
    policy = parse_policy(data)
    assert policy.reason(PERSONAL, policy.periods[0]) == "period reason"
    assert policy.reason(PERSONAL, policy.periods[1]) == "code reason"
    assert policy.reason(PERSONAL) == "code reason"
    assert policy.categories == {}


def test_every_message_reason_ends_with_what_to_do() -> None:
    for period in POLICY.periods:
        for code in (PERSONAL, HEALTH, "MCD103", "MCD104"):
            reason = POLICY.reason(code, period)
            assert "\n" not in reason and not reason.endswith(".")
            assert reason.rsplit("; ", 1)[-1].startswith(("drop it", "declare it harmless", "send only", "drop the record")), reason


def test_every_category_is_described_and_its_examples_classify_into_it() -> None:
    from flake8_medicaid_scope.config import valid_categories
    from flake8_medicaid_scope.vocabulary import default_vocabulary

    vocab = default_vocabulary()
    assert set(valid_categories(POLICY)) == set(POLICY.categories)
    for category, info in POLICY.categories.items():
        assert info["about"], category
        for name in info["examples"]:
            if category == "clinical_resource":
                assert name in vocab.clinical_resources
            else:
                assert vocab.classify(name) == category, (category, name)


def test_a_policy_path_that_is_a_device_a_folder_or_too_large_is_one_line_error(tmp_path: Path) -> None:
    # SPEC section 7: bad configuration is a one-line error naming the option, never a hang (/dev/zero
    # would be read forever) nor a traceback
    from flake8_medicaid_scope import Config
    from flake8_medicaid_scope.config import ConfigError

    big = tmp_path / "huge.json"
    big.write_bytes(b" " * 1_000_001)
    for path, needle in (("/dev/zero", "not a regular file"), (str(tmp_path), "not a regular file"), (str(big), "larger than")):
        with pytest.raises(ConfigError) as info:
            Config.from_options(policy=path, cache=False)
        assert str(info.value).startswith(f"--medicaid-policy: cannot read {path}: {needle}") and "\n" not in str(info.value)
