"""SARIF 2.1.0 output: ``sarif.sarif_log`` and the real flake8 formatter ``--format=sarif-mcd``,
validated against the official schema (tests/data/sarif-schema-2.1.0.json, see tests/data/README.md).
Hermetic: flake8 runs as a subprocess on local files only."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator

from flake8_medicaid_scope import Finding, __version__, analyze
from flake8_medicaid_scope.policy import default_policy
from flake8_medicaid_scope.rules import rule_modules
from flake8_medicaid_scope.sarif import FINGERPRINT_KEY, artifact_location, fingerprint, sarif_log

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
VALIDATOR = Draft4Validator(SCHEMA)
CODES = [m.CODE for m in rule_modules()]
LONG_CITATION = default_policy().citations["CA_HHS"]["long"]

#: two functions with identical flagged lines (the counter must tell them apart)
TWIN = textwrap.dedent(
    '''\
    import requests

    ICE_URL = "https://eid.ice.gov/api/v1/referrals"


    def refer(member):
        payload = {
            "full_name": member.name,
            "ssn": member.ssn,
        }
        requests.post(ICE_URL, json=payload)


    def refer_again(member):
        payload = {
            "full_name": member.name,
            "ssn": member.ssn,
        }
        requests.post(ICE_URL, json=payload)
    '''
)


def validate(log: dict[str, Any]) -> None:
    errors = sorted(VALIDATOR.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


def flake8(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "flake8", "--medicaid-no-cache", *args],
        capture_output=True, text=True, cwd=cwd, timeout=300,
    )


def sarif_of(*args: str, cwd: Path = ROOT) -> dict[str, Any]:
    result = flake8("--format=sarif-mcd", *args, cwd=cwd)
    assert result.returncode in (0, 1), result.stderr
    log: dict[str, Any] = json.loads(result.stdout)
    return log


def located(log: dict[str, Any]) -> list[tuple[str, int, int, str, str]]:
    """(uri, line, column, code, message) of each result."""
    out = []
    for r in log["runs"][0]["results"]:
        loc = r["locations"][0]["physicalLocation"]
        out.append((loc["artifactLocation"]["uri"], loc["region"]["startLine"], loc["region"]["startColumn"], r["ruleId"], r["message"]["text"]))
    return sorted(out)


def plain(output: str) -> list[tuple[str, int, int, str, str]]:
    """The same from flake8's default format ``path:row:col: CODE text``."""
    out = []
    for line in output.splitlines():
        path, row, col, rest = line.split(":", 3)
        code, _, text = rest.strip().partition(" ")
        out.append((Path(path).as_posix().removeprefix("./"), int(row), int(col), code, text))
    return sorted(out)


def fingerprints(log: dict[str, Any]) -> list[tuple[int, str]]:
    return [
        (r["locations"][0]["physicalLocation"]["region"]["startLine"], r["partialFingerprints"][FINGERPRINT_KEY])
        for r in log["runs"][0]["results"]
    ]


# --- sarif_log ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def examples_log() -> dict[str, Any]:
    results = []
    for path in sorted(EXAMPLES.glob("*.py")):
        for f in analyze(path.read_text(encoding="utf-8"), filename=str(path)):
            results.append((str(path), f))
    assert results
    return sarif_log(results, base=ROOT)


def test_sarif_log_of_the_examples_is_valid(examples_log: dict[str, Any]) -> None:
    validate(examples_log)
    assert examples_log["version"] == "2.1.0"
    run = examples_log["runs"][0]
    assert run["tool"]["driver"]["name"] == "flake8-medicaid-scope"
    assert run["tool"]["driver"]["version"] == __version__
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == ROOT.as_uri() + "/"
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
    assert uris and all(u.startswith("examples/") for u in uris)
    assert {a["location"]["uri"] for a in run["artifacts"]} == uris
    for r in run["results"]:
        loc = r["locations"][0]["physicalLocation"]["artifactLocation"]
        assert loc["uriBaseId"] == "%SRCROOT%"
        assert run["artifacts"][loc["index"]]["location"]["uri"] == loc["uri"]
        assert not r["message"]["text"].startswith("MCD")  # the code is the ruleId, not part of the text


def test_rules_describe_every_code_with_help_and_citation(examples_log: dict[str, Any]) -> None:
    rules = examples_log["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == CODES
    for module, rule in zip(rule_modules(), rules, strict=True):
        doc = module.__doc__ or ""
        assert rule["shortDescription"]["text"] == doc.strip().splitlines()[0]
        assert rule["name"].isalnum() and rule["name"][0].isupper()
        full = rule["fullDescription"]["text"]
        assert full and "What it flags" not in full and "`" not in full
        # the full description is the "What it flags" section, its wrapped lines joined
        section = doc.split("## What it flags", 1)[1].split("\n## ", 1)[0]
        assert " ".join(full.split()) == " ".join(section.replace("`", "").split())
        assert "## What it flags" in rule["help"]["markdown"] and "## How to fix" in rule["help"]["markdown"]
        assert rule["help"]["text"] and "`" not in rule["help"]["text"]
        # (SARIF 2.1.0, 3.49.12: helpUri is an absolute URI; without a base the page is named in the properties)
        assert "helpUri" not in rule and rule["properties"]["helpPage"] == f"docs/rules/{rule['id']}.md"
        assert (ROOT / rule["properties"]["helpPage"]).is_file()
        assert rule["properties"]["citation"] == LONG_CITATION
        assert LONG_CITATION in rule["help"]["markdown"]
        assert rule["properties"]["tags"]
        expected = "error" if rule["id"][3] in "12" else "warning"  # MCD3xx (suppressions) and MCD9xx are warnings
        assert rule["defaultConfiguration"]["level"] == expected
    for r in examples_log["runs"][0]["results"]:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        assert r["level"] == rules[r["ruleIndex"]]["defaultConfiguration"]["level"]


def test_help_uri_against_a_base() -> None:
    log = sarif_log([], help_base_uri="https://example.org/flake8-medicaid-scope/blob/main/")
    validate(log)
    assert log["runs"][0]["tool"]["driver"]["rules"][0]["helpUri"] == "https://example.org/flake8-medicaid-scope/blob/main/docs/rules/MCD101.md"
    assert log["runs"][0]["results"] == []


def test_artifact_locations(tmp_path: Path) -> None:
    inside = tmp_path / "src dir" / "a.py"
    assert artifact_location(str(inside), tmp_path) == {"uri": "src%20dir/a.py", "uriBaseId": "%SRCROOT%"}
    outside = tmp_path.parent / "elsewhere.py"
    assert artifact_location(str(outside), tmp_path) == {"uri": outside.as_uri()}
    assert artifact_location("./pkg/m.py") == {"uri": "pkg/m.py", "uriBaseId": "%SRCROOT%"}
    assert artifact_location(str(inside)) == {"uri": inside.as_uri()}


def test_other_codes_have_a_rule_id_but_no_rule_index(tmp_path: Path) -> None:
    (tmp_path / "m.py").write_text("x = 1\n", encoding="utf-8")
    findings = [Finding(1, 0, "E999", "SyntaxError: nope"), Finding(1, 0, "MCD900", "MCD900 could not analyze this file (X)")]
    log = sarif_log([(str(tmp_path / "m.py"), f) for f in findings], base=tmp_path)
    validate(log)
    by_code = {r["ruleId"]: r for r in log["runs"][0]["results"]}
    assert "ruleIndex" not in by_code["E999"] and by_code["E999"]["level"] == "warning"
    assert by_code["MCD900"]["ruleIndex"] == CODES.index("MCD900") and by_code["MCD900"]["level"] == "warning"
    assert by_code["MCD900"]["message"]["text"] == "could not analyze this file (X)"


def test_fingerprint_ignores_indentation_and_the_line_number() -> None:
    a = fingerprint("MCD101", "app/x.py", '        "ssn": member.ssn,\n', 0)
    assert a == fingerprint("MCD101", "app/x.py", '"ssn":   member.ssn,', 0)
    assert a != fingerprint("MCD101", "app/x.py", '"ssn": member.ssn,', 1)
    assert a != fingerprint("MCD102", "app/x.py", '"ssn": member.ssn,', 0)
    assert a != fingerprint("MCD101", "app/y.py", '"ssn": member.ssn,', 0)


def test_the_modules_import_no_parser() -> None:
    code = (
        "import sys\n"
        "import flake8_medicaid_scope.sarif_formatter\n"
        "from flake8_medicaid_scope import Finding\n"
        "from flake8_medicaid_scope.sarif import sarif_log\n"
        "sarif_log([('x.py', Finding(1, 0, 'MCD101', 'MCD101 m'))])\n"
        "assert 'libcst' not in sys.modules, 'libcst imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr


# --- the real flake8 ---------------------------------------------------------------------


def test_flake8_formatter_on_the_examples_matches_the_plain_output() -> None:
    plain_run = flake8("--select=MCD", "examples/")
    assert plain_run.returncode == 1, plain_run.stderr
    log = sarif_of("--select=MCD", "examples/")
    validate(log)
    expected = plain(plain_run.stdout)
    assert len(expected) == 12
    assert located(log) == expected  # file, line, column (1-based) and text exactly
    for r in log["runs"][0]["results"]:
        assert r["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert len(r["partialFingerprints"][FINGERPRINT_KEY]) == 64
    assert len({fp for _, fp in fingerprints(log)}) == len(expected)
    # the fingerprint reads the flagged line itself, also inside a multi-line SQL string
    # (where flake8's physical_line is the whole string)
    seen: dict[tuple[str, str, str], int] = {}
    for r in log["runs"][0]["results"]:
        loc = r["locations"][0]["physicalLocation"]
        uri, line = loc["artifactLocation"]["uri"], loc["region"]["startLine"]
        text = (ROOT / uri).read_text(encoding="utf-8").splitlines()[line - 1]
        key = (r["ruleId"], uri, " ".join(text.split()))
        assert r["partialFingerprints"][FINGERPRINT_KEY] == fingerprint(r["ruleId"], uri, text, seen.get(key, 0))
        seen[key] = seen.get(key, 0) + 1
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == CODES
    assert all(r["properties"]["citation"] == LONG_CITATION for r in rules)


def test_flake8_formatter_writes_the_output_file(tmp_path: Path) -> None:
    out = tmp_path / "reports" / "medicaid-scope.sarif"
    for _ in range(2):  # the second run replaces the file (flake8's default appends)
        result = flake8("--select=MCD", "--format=sarif-mcd", f"--output-file={out}", "examples/")
        assert result.returncode == 1, result.stderr
        assert result.stdout == ""
    log = json.loads(out.read_text(encoding="utf-8"))
    validate(log)
    assert located(log) == plain(flake8("--select=MCD", "examples/").stdout)


def test_flake8_formatter_keeps_other_codes(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text("import os\n" + TWIN, encoding="utf-8")
    log = sarif_of("--select=MCD,F401", "app.py", cwd=tmp_path)
    validate(log)
    results = log["runs"][0]["results"]
    f401 = [r for r in results if r["ruleId"] == "F401"]
    assert len(f401) == 1 and "ruleIndex" not in f401[0] and f401[0]["level"] == "warning"
    assert f401[0]["locations"][0]["physicalLocation"]["region"] == {"startLine": 1, "startColumn": 1}
    assert all("ruleIndex" in r for r in results if r["ruleId"].startswith("MCD"))
    assert [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]] == CODES


def test_clean_run_is_an_empty_valid_log(tmp_path: Path) -> None:
    (tmp_path / "clean.py").write_text("x = 1\n", encoding="utf-8")
    result = flake8("--select=MCD", "--format=sarif-mcd", "clean.py", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    log = json.loads(result.stdout)
    validate(log)
    assert log["runs"][0]["results"] == [] and len(log["runs"][0]["tool"]["driver"]["rules"]) == len(CODES)


def test_fingerprints_survive_lines_inserted_above(tmp_path: Path) -> None:
    target = tmp_path / "referrals.py"
    target.write_text(TWIN, encoding="utf-8")
    before = sarif_of("--select=MCD", "referrals.py", cwd=tmp_path)
    validate(before)
    first = fingerprints(before)
    assert [line for line, _ in first] == [8, 9, 16, 17]
    # four findings, two pairs on identical lines: all four fingerprints differ
    assert len({fp for _, fp in first}) == 4

    target.write_text('"""Referrals."""\n\n\n' + TWIN, encoding="utf-8")
    after = sarif_of("--select=MCD", "referrals.py", cwd=tmp_path)
    validate(after)
    second = fingerprints(after)
    assert [line for line, _ in second] == [11, 12, 19, 20]
    assert [fp for _, fp in second] == [fp for _, fp in first]

    # another finding (a different field on the same spot) gets another fingerprint
    target.write_text(TWIN.replace('"ssn": member.ssn', '"sex": member.sex', 1), encoding="utf-8")
    changed = fingerprints(sarif_of("--select=MCD", "referrals.py", cwd=tmp_path))
    assert [line for line, _ in changed] == [8, 9, 16, 17]
    assert changed[1][1] not in {fp for _, fp in first}
    assert changed[0][1] == first[0][1] and changed[2][1] == first[2][1]  # the untouched findings keep theirs
