"""Suppressions: a reason for every exception (MCD301), no stale ones (MCD302), and # noqa applied
as flake8 applies it, by flake8 and by the medicaid-scope command alike."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from flake8_medicaid_scope import analyze
from flake8_medicaid_scope.cli import main
from flake8_medicaid_scope.suppressions import apply_noqa, noqa_comments

SEND = 'import requests\n\ndef refer(m):\n    requests.post("https://eid.ice.gov/r", json={FIELD})  {COMMENT}\n'


def _source(field: str, comment: str) -> str:
    return SEND.replace("{FIELD}", field).replace("{COMMENT}", comment)


def _shown(source: str) -> list[tuple[int, int, str]]:
    return [(f.line, f.col, f.code) for f in apply_noqa(source, analyze(source))]


@pytest.mark.parametrize(
    ("comment", "shown"),
    [
        ("# noqa: MCD101", [(4, 65, "MCD301")]),
        ("# noqa: MCD101  # reason: counsel approved, LEGAL-42", []),
        ("# noqa: MCD101 -- counsel approved (LEGAL-42)", []),
        ("# NOQA:MCD101  # approved by counsel", []),
        ("# noqa: MCD1  # reason: counsel approved", []),  # a prefix, as flake8 reads it
        ("# noqa: MCD101  # ok", [(4, 65, "MCD301")]),  # no word of three letters: no reason
        ("# noqa: MCD101  # MCD102", [(4, 65, "MCD301")]),  # an error code is no reason either
        ("# noqa: MCD101  # E501, W291", [(4, 65, "MCD301")]),
        ("# noqa: MCD101  # reason: counsel approved under LEGAL-42 (see MCD102)", []),
        ("# LEGAL-46 counsel approved  # noqa: MCD101", []),  # the reason written first, on the line
        ("# ok  # noqa: MCD101", [(4, 71, "MCD301")]),
        ("# noqa", []),  # a bare noqa hides everything on the line, as flake8 does
        ("# noqa: E501  # long line", [(4, 49, "MCD101")]),  # another plugin's code leaves ours alone
        # flake8 7 reads "# noqa" with one space: "#noqa:MCD101" suppresses nothing, so it needs no reason either
        ("#noqa:MCD101  # reason: counsel approved", [(4, 49, "MCD101")]),
        ("#  noqa: MCD101", [(4, 49, "MCD101")]),
        # another tool's directive in the same comment is no reason
        ("# type: ignore  # noqa: MCD101", [(4, 81, "MCD301")]),
        ("# pragma: no cover  # noqa: MCD101", [(4, 85, "MCD301")]),
        ("# noqa: MCD101  # nosec B113", [(4, 65, "MCD301")]),
        ("# noqa: MCD101  # pylint: disable=broad-except", [(4, 65, "MCD301")]),
        ("# noqa: MCD101  # type: ignore[arg-type]  # counsel approved, LEGAL-4", []),
        ("# noqa: MCD101 pylint: disable=line-too-long -- counsel approved hashed SSN, LEGAL-46", []),
        ("# noqa: MCD101 isort: skip, counsel approved LEGAL-46", []),
        # the plugin's own pragma says where data goes, not why the exception stands (round 494a)
        ("# noqa: MCD101  # medicaid-scope: enforcement", [(4, 65, "MCD301")]),
        ("# medicaid-scope: not-enforcement  # noqa: MCD101", [(4, 100, "MCD301")]),
    ],
)
def test_a_suppression_needs_a_reason(comment: str, shown: list[tuple[int, int, str]]) -> None:
    assert _shown(_source('{"ssn": m.ssn}', comment)) == shown


@pytest.mark.parametrize(
    ("comment", "shown"),
    [
        ("# noqa: MCD101  # reason: approved in 2026", [(4, 65, "MCD302")]),  # the dob is permitted: nothing to excuse
        ("# noqa: MCD101,MCD102  # reason: approved", [(4, 65, "MCD302"), (4, 65, "MCD302")]),
        ("# noqa: MCD101", [(4, 65, "MCD301"), (4, 65, "MCD302")]),
    ],
)
def test_a_stale_suppression_is_reported(comment: str, shown: list[tuple[int, int, str]]) -> None:
    assert sorted(_shown(_source('{"dob": m.dob}', comment))) == shown


def test_messages_name_the_comment_and_end_with_the_citation() -> None:
    found = analyze(_source('{"dob": m.dob}', "# noqa: MCD101"))
    messages = sorted(f.message for f in found)
    assert messages[0].startswith("MCD301 '# noqa: MCD101' gives no reason")
    assert messages[1].startswith("MCD302 '# noqa: MCD101' suppresses no MCD101 here")
    assert all(m.endswith("[California v. HHS, No. 3:25-cv-05536 (N.D. Cal. Dec. 29, 2025)]") for m in messages)


def test_stale_suppression_in_a_file_without_any_signal() -> None:
    source = "import json\n\nrows = json.loads('[]')  # noqa: MCD104  # reason: old export\n"
    assert [(f.line, f.code) for f in analyze(source)] == [(3, "MCD302")]


def test_noqa_inside_a_string_hiding_nothing_is_text() -> None:
    source = 'import requests\nNOTE = "# noqa: MCD101"\n\ndef f(m):\n    requests.post("https://eid.ice.gov/r", json={"dob": m.dob})\n'
    assert analyze(source) == [] and [(n.line, n.in_string) for n in noqa_comments(source)] == [(2, True)]


IN_STRINGS = '''import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
def in_sql(cur, member_id):
    cur.execute("""
        SELECT msis_ident_num,
               ssn_num  -- # noqa: MCD101
        FROM eligible WHERE member_id = %s
    """, (member_id,))
    requests.post(ICE_URL, json=list(cur.fetchone()))
def in_sql_with_reason(cur, member_id):
    cur.execute("""
        SELECT msis_ident_num,
               ssn_num  -- # noqa: MCD101  # reason: counsel approved, LEGAL-42
        FROM eligible WHERE member_id = %s
    """, (member_id,))
    requests.post(ICE_URL, json=list(cur.fetchone()))
def in_value(m):
    requests.post(ICE_URL, json={"ssn": m.ssn, "note": "# noqa: MCD101"})
def reason_after_the_string(cur):
    cur.execute("SELECT msis_ident_num, ssn_num FROM tmsis_elgblty -- # noqa: MCD101"  # reason: LEGAL-88 counsel approved SSN match
                )
    requests.post(ICE_URL, json=cur.fetchone())
def hash_in_a_later_string(cur):
    cur.execute("SELECT msis_ident_num, ssn_num FROM tmsis_elgblty -- # noqa: MCD101", (1,), "#see-runbook")
    requests.post(ICE_URL, json=cur.fetchone())
def escaped_newline(cur):
    cur.execute("SELECT cin, ssn_num  -- # noqa: MCD101\\nFROM enrollees WHERE cin = %s", (1,))
    requests.post(ICE_URL, json=cur.fetchone())
'''


def test_noqa_inside_a_string_that_hides_a_finding_needs_a_reason() -> None:
    # flake8 searches the lines' text, strings included (round 494a): a `# noqa` written in a SQL text or a value hides the
    # finding there, so it is a suppression like any other (MCD301 without a reason); never a stale one; a line of the
    # string's text ends at a newline written as the escape too (round 517c: the SQL after it is no reason)
    assert _shown(IN_STRINGS) == [(6, 27, "MCD301"), (18, 56, "MCD301"), (24, 70, "MCD301"), (27, 41, "MCD301")]


def _flake8(path: Path, *extra: str) -> list[str]:
    result = subprocess.run([sys.executable, "-m", "flake8", "--select=MCD", "-j1", *extra, path.name], cwd=path.parent, capture_output=True,
                            text=True, check=False)
    return [line.split(":", 3)[1] + ":" + line.split(": ", 1)[1].split(" ")[0] for line in result.stdout.splitlines()]


def test_flake8_and_the_command_show_the_same(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "refer.py"
    path.write_text(
        "import requests\n\n"
        "def refer(m):\n"
        '    requests.post("https://eid.ice.gov/r", json={"ssn": m.ssn})  # noqa: MCD101\n'
        '    requests.post("https://eid.ice.gov/r", json={"dob": m.dob})  # noqa: MCD101  # reason: approved\n'
        '    requests.post("https://eid.ice.gov/r", json={"race": m.race})  # noqa: MCD101  # reason: counsel approved, LEGAL-7\n'
    )
    assert _flake8(path) == ["4:MCD301", "5:MCD302"]
    assert _flake8(path, "--extend-ignore=MCD301,MCD302") == []
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--no-progress", "refer.py"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert [line.split(":")[1] + ":" + line.split(": ", 1)[1].split(" ")[0] for line in out] == ["4:MCD301", "5:MCD302"]
    (tmp_path / "pyproject.toml").write_text('[tool.medicaid-scope]\nignore = ["MCD301", "MCD302"]\n')
    assert main(["check", "--no-progress", "refer.py"]) == 0


MULTI_LINE = '''import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
def refer(m):
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "ssn": m.ssn, "note": """multi
line"""})  # noqa: MCD101  # reason: counsel approved, LEGAL-42
def refer2(m):
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "ssn": m.ssn}) \\
        .raise_for_status()  # noqa: MCD101  # reason: counsel approved, LEGAL-42
def refer3(m):
    requests.post(ICE_URL, json={"medicaid_id": m.cin,  # noqa: MCD101  # reason: on the wrong line
                                 "ssn": m.ssn})
'''


def test_noqa_covers_the_lines_flake8_joins() -> None:
    """flake8 searches a multi-line string and a backslash continuation as one line for a noqa (a
    bracket spread over lines is not joined): MCD302 and the CLI's suppression follow it."""
    from flake8_medicaid_scope.suppressions import apply_noqa

    found = analyze(MULTI_LINE)
    assert [(f.line, f.code) for f in found] == [(4, "MCD101"), (7, "MCD101"), (10, "MCD302"), (11, "MCD101")]
    assert [(f.line, f.code) for f in apply_noqa(MULTI_LINE, found)] == [(10, "MCD302"), (11, "MCD101")]


def test_the_cli_reads_a_noqa_in_a_multi_line_string_as_flake8_does() -> None:
    """flake8 searches the joined text of a multi-line string's lines, the string included."""
    source = (
        'import requests\nICE_URL = "https://eid.ice.gov/api/v1/referrals"\n'
        'def refer(cur, m):\n'
        '    cur.execute("""SELECT cin, ssn FROM members -- # noqa: MCD101 reason: counsel approved, LEGAL-42\n'
        '    """)\n'
        '    requests.post(ICE_URL, json=[dict(r) for r in cur.fetchall()])\n'
    )
    found = analyze(source)
    assert [(f.line, f.code) for f in found if f.code == "MCD101"] == [(4, "MCD101")]
    assert [f.code for f in apply_noqa(source, found) if f.code == "MCD101"] == []


def test_no_stale_suppression_when_the_analysis_was_cut_short() -> None:
    """A file whose analysis was cut short (MCD901: a chain of calls deeper than it follows) may hide the
    very finding a justified suppression is for: MCD302 would ask to remove it, and the next full run
    would show the finding again."""
    helpers = "".join(f"def step{i}(body):\n    return step{i + 1}(body)\n\n" for i in range(27))
    source = (
        "import requests\n\n" + helpers
        + 'def step27(body):\n    requests.post("https://eid.ice.gov/r", json=body)\n\n'
        + "def refer(m):\n"
        + '    step0({"ssn": m.ssn})  # noqa: MCD101  # reason: counsel approved, LEGAL-42\n'
    )
    codes = [f.code for f in apply_noqa(source, analyze(source))]
    assert "MCD901" in codes
    assert "MCD302" not in codes


def test_lowercase_codes_in_a_noqa_suppress_nothing_as_in_flake8() -> None:
    # flake8 compares the codes of a noqa case-sensitively: `# noqa: mcd101` leaves the MCD101 shown, and
    # the standalone command applies it the same way (docs/cli.md: findings as flake8's)
    from flake8_medicaid_scope import analyze
    from flake8_medicaid_scope.suppressions import apply_noqa

    source = ('import requests\nICE_URL = "https://eid.ice.gov/r"\ndef f(m):\n'
              '    requests.post(ICE_URL, json={"race": m.race})  # noqa: mcd101  # reason: counsel approved LEGAL-11\n')
    assert [(f.line, f.code) for f in apply_noqa(source, analyze(source))] == [(4, "MCD101")]
    upper = source.replace("mcd101", "MCD101")
    assert apply_noqa(upper, analyze(upper)) == []


def test_a_bare_noqa_keeps_no_codes_in_its_reason() -> None:
    # flake8 7 reads "# noqa : MCD101 ..." (a space before the colon) as a bare noqa: the codes written after it are
    # no part of the reason the audit report shows
    (bare,) = noqa_comments("x = 1  # noqa : MCD101 counsel approved LEGAL-4\n")
    assert (bare.codes, bare.reason) == (None, "counsel approved LEGAL-4")
