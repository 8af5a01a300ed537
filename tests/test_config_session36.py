"""Configuration as a team meets it (probers of round 237): a policy that permits a health category or
names one no category has, an empty policy, a key given twice in [tool.medicaid-scope], flake8 options
the standalone command does not read, and the option a misspelled key most looks like."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_cli import VIOLATING
from test_plugin import flake8

from flake8_medicaid_scope import Config, analyze
from flake8_medicaid_scope.cli import main
from flake8_medicaid_scope.config import ConfigError
from flake8_medicaid_scope.plugin import _nearest

SHIPPED = Path(__file__).parent.parent / "flake8_medicaid_scope" / "data" / "policy.json"


def _shipped_policy_with(tmp_path: Path, list_name: str, added: str, period: bool = False) -> str:
    """The path of a copy of the shipped policy with ``added`` appended to its ``list_name`` (of the last period's when
    ``period``)."""
    policy = json.loads(SHIPPED.read_text())
    (policy["periods"][-1] if period else policy)[list_name].append(added)
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(policy))
    return str(path)


def test_a_policy_period_that_permits_a_health_category_is_an_error(tmp_path: Path) -> None:
    # docs/policy.md: a field of a health category is MCD102 in every period (SPEC section 1: health records
    # stay barred); a file that permits one contradicts itself, and the tool must not resolve it by sharing
    path = _shipped_policy_with(tmp_path, "permitted", "diagnosis", period=True)
    with pytest.raises(ConfigError, match=r"--medicaid-policy: .*permits 'diagnosis', one of the 'health_categories'"):
        Config.from_options(policy=path)


def test_a_misspelled_health_category_is_an_error_listing_the_valid_ones(tmp_path: Path) -> None:
    # a health category no field has would make that category's fields MCD101 instead of MCD102 without a word
    path = _shipped_policy_with(tmp_path, "health_categories", "diagnosys")
    with pytest.raises(ConfigError, match=r"'health_categories' names category 'diagnosys', which no field has; declare it .*diagnosis"):
        Config.from_options(policy=path)


def test_a_health_category_of_the_teams_own_fields_is_accepted(tmp_path: Path) -> None:
    # a category the team adds with --medicaid-extra-fields (genetic_test=genetic) may be a health category
    path = _shipped_policy_with(tmp_path, "health_categories", "genetic")
    config = Config.from_options(policy=path, extra_fields=["genetic_test=genetic"])
    assert [f.code for f in analyze("import requests\ndef f(m):\n    requests.post('https://eid.ice.gov/r', json={'g': m.genetic_test})\n",
                                    config)] == ["MCD102"]


def test_an_empty_policy_in_setup_cfg_says_no_path_was_given(tmp_path: Path) -> None:
    (tmp_path / "setup.cfg").write_text("[flake8]\nmedicaid-policy =\n")
    (tmp_path / "a.py").write_text(VIOLATING)
    result = flake8("a.py", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("flake8-medicaid-scope: --medicaid-policy: no path given")


@pytest.mark.parametrize(("settings", "message"), [
    ('policy = ""', "--medicaid-policy: no path given"),
    ('cache-dir = ""', "--medicaid-cache-dir: empty"),  # (session 37: as flake8 says for an empty medicaid-cache-dir)
    ('extend-harmless-fields = ["case_ref"]\nextend_harmless_fields = ["run_ref"]', "gives extend-harmless-fields twice"),
])
def test_pyproject_settings_that_would_pass_silently_are_errors(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, settings: str, message: str) -> None:
    (tmp_path / "pyproject.toml").write_text(f"[project]\nname = 'agency'\n\n[tool.medicaid-scope]\n{settings}\n")
    (tmp_path / "refer.py").write_text(VIOLATING)
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--no-progress", "."]) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1


def test_the_command_says_when_flake8_options_it_does_not_read_are_set(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # docs/cli.md: the command reads [tool.medicaid-scope] only; a team that configured the plugin in setup.cfg is told
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'agency'\n")
    (tmp_path / "setup.cfg").write_text("[flake8]\nmax-line-length = 120\nmedicaid-extend-enforcement-tokens = relay\n")
    (tmp_path / "tox.ini").write_text("[flake8]\nmax-line-length = 120\n")
    (tmp_path / "refer.py").write_text("def f():\n    return 1\n")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--no-progress", "."]) == 0
    err = capsys.readouterr().err
    assert "setup.cfg sets medicaid-* options for flake8, which this command does not read" in err
    assert "tox.ini" not in err


@pytest.mark.parametrize(("written", "meant"), [
    ("medicaid-tokens", "medicaid-enforcement-tokens"), ("medicaid-extend-tokens", "medicaid-extend-enforcement-tokens"),
    ("medicaid-hosts", "medicaid-enforcement-hosts"), ("medicaid-harmless", "medicaid-harmless-fields"),
    ("medicaid-sink", "medicaid-sinks"), ("medicaid-polcy", "medicaid-policy"),
])
def test_a_misspelled_key_is_matched_to_the_option_holding_its_words(written: str, meant: str) -> None:
    assert _nearest(written) == meant
