"""Configuration: defaults, validation, the policy file and the policy period."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flake8_medicaid_scope import Config, ConfigError, analyze

SOURCE = 'import requests\nICE_URL = "https://eid.ice.gov/r"\ndef f(m):\n    requests.post(ICE_URL, json={"dob": m.dob, "sex": m.sex})\n'


def codes(source: str, config: Config) -> list[tuple[int, str]]:
    return [(f.line, f.code) for f in analyze(source, config)]


def test_defaults() -> None:
    config = Config.default()
    assert "*.ice.gov" in config.enforcement_hosts
    assert "dhs" in config.enforcement_tokens
    assert "request_id" in config.harmless


def test_lists_are_trimmed_and_hosts_case_folded() -> None:
    config = Config.from_options(enforcement_hosts=[" *.ICE.gov ", ""], enforcement_tokens=["ice"])
    assert config.enforcement_hosts == ("*.ice.gov",)


def test_custom_hosts_replace_the_default() -> None:
    source = SOURCE.replace("eid.ice.gov", "referrals.enforce.example")
    assert codes(source, Config.default()) == [(4, "MCD101")]  # ICE_URL carries the token
    only_hosts = Config.from_options(enforcement_hosts=["*.enforce.example"], enforcement_tokens=["zzz"])
    assert codes(source, only_hosts) == [(4, "MCD101")]
    nothing = Config.from_options(enforcement_hosts=["*.other.example"], enforcement_tokens=["zzz"])
    assert codes(source, nothing) == []


def test_as_of_before_the_december_order_permits_nothing() -> None:
    before = Config.from_options(as_of="2025-10-01")
    assert before.permitted == frozenset()
    assert codes(SOURCE, before) == [(4, "MCD101"), (4, "MCD101")]
    assert codes(SOURCE, Config.from_options(as_of="2026-02-01")) == [(4, "MCD101")]


def test_policy_file_replaces_the_shipped_one(tmp_path: Path) -> None:
    shipped = json.loads((Path(__file__).parent.parent / "flake8_medicaid_scope" / "data" / "policy.json").read_text())
    shipped["periods"][-1]["permitted"].append("sex")
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(shipped))
    assert codes(SOURCE, Config.from_options(policy=str(path))) == []


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [
        ({"policy": "{missing}"}, "--medicaid-policy: cannot read"),
        ({"policy": "{bad_json}"}, "--medicaid-policy: {bad_json} is not valid JSON"),
        ({"policy": "{no_periods}"}, "--medicaid-policy: malformed policy"),
        ({"extra_fields": ["=diagnosis"]}, "--medicaid-extra-fields"),
        ({"harmless_fields": ["bad field"]}, "--medicaid-harmless-fields: 'bad field' is not a field name"),
        ({"non_enforcement_hosts": ["a b"]}, "--medicaid-non-enforcement-hosts"),
    ],
)
def test_bad_values_name_the_option(tmp_path: Path, kwargs: dict, needle: str) -> None:
    files = {"missing": tmp_path / "missing.json", "bad_json": tmp_path / "bad.json", "no_periods": tmp_path / "np.json"}
    files["bad_json"].write_text("{not json")
    files["no_periods"].write_text(json.dumps({"citations": {}, "health_categories": [], "codes": {}}))
    for key, value in list(kwargs.items()):
        if isinstance(value, str):
            kwargs[key] = value.format(**{k: str(v) for k, v in files.items()})
    needle = needle.format(**{k: str(v) for k, v in files.items()})
    with pytest.raises(ConfigError) as info:
        Config.from_options(**kwargs)
    assert needle in str(info.value)
    assert "\n" not in str(info.value)
