"""The standalone command ``medicaid-scope``: check, explain and report."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from flake8_medicaid_scope.cli import main

ROOT = Path(__file__).resolve().parent.parent
CITATION = "[California v. HHS, No. 3:25-cv-05536 (N.D. Cal. Dec. 29, 2025)]"
VIOLATING = 'import requests\n\ndef refer(m):\n    requests.post("https://eid.ice.gov/r", json={"ssn": m.ssn})\n'
CLEAN = 'import requests\n\ndef sync(m):\n    requests.post("https://portal.dhs.state.mn.us/r", json={"ssn": m.ssn})\n'


def _flake8_lines(*paths: str) -> list[str]:
    result = subprocess.run([sys.executable, "-m", "flake8", "--select=MCD", *paths], cwd=ROOT, capture_output=True, text=True, check=False)
    return sorted(result.stdout.splitlines())


def _check_lines(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    status = main(["check", "--no-progress", *args])
    return status, sorted(capsys.readouterr().out.splitlines())


@pytest.mark.parametrize("folder", ["examples", "tests/eval_files"])
def test_check_gives_the_same_findings_as_flake8(folder: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    status, lines = _check_lines(capsys, folder)
    assert lines == _flake8_lines(folder)
    assert status == 1 and lines


def _project(tmp_path: Path, settings: str = "", files: dict[str, str] | None = None) -> Path:
    (tmp_path / "pyproject.toml").write_text(f"[project]\nname = 'agency'\n\n[tool.medicaid-scope]\n{settings}\n")
    for name, text in (files or {"app/refer.py": VIOLATING, "app/sync.py": CLEAN}).items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return tmp_path


def test_exit_status_and_text_output(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(_project(tmp_path))
    status, lines = _check_lines(capsys, ".")
    assert status == 1
    assert lines == [f"app/refer.py:4:50: MCD101 'ssn' (ssn) sent to enforcement endpoint https://eid.ice.gov/r (line 4); "
                     f"outside the six permitted categories; drop it {CITATION}"]
    assert _check_lines(capsys, "app/sync.py") == (0, [])


def test_a_file_not_valid_in_its_encoding_is_read_as_flake8_reads_it(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # one latin-1 byte in a comment and no coding cookie: flake8 falls back to latin-1 and the plugin reports
    # the send; the CLI gives the same findings (docs/cli.md), not a silent pass
    root = _project(tmp_path, files={"app/refer.py": VIOLATING.replace("import requests\n", "import requests  # r\xe9f\n")})
    (root / "app/refer.py").write_bytes(VIOLATING.replace("import requests\n", "import requests  # r\xe9f\n").encode("latin-1"))
    monkeypatch.chdir(root)
    status, lines = _check_lines(capsys, ".")
    assert status == 1 and [line.split(" ")[1] for line in lines] == ["MCD101"]
    assert lines == sorted(subprocess.run([sys.executable, "-m", "flake8", "--select=MCD", "app/refer.py"], cwd=root, capture_output=True,
                                          text=True, check=False).stdout.replace("./", "").splitlines())


def test_settings_from_pyproject_are_the_flake8_options(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    source = 'import requests\n\ndef refer(m):\n    requests.post("https://relay.vendor.example/r", json={"ssn": m.ssn})\n'
    monkeypatch.chdir(_project(tmp_path, 'extend-enforcement-hosts = ["relay.vendor.example"]', {"app/relay.py": source}))
    status, lines = _check_lines(capsys, "app")
    assert status == 1 and len(lines) == 1 and "MCD101 'ssn'" in lines[0]


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ('enforcement-hosts = []', "--medicaid-enforcement-hosts"),
        ('colour = "red"', "unknown option 'colour' in [tool.medicaid-scope]"),
        ('extra-fields = ["ssn=medicaid_id"]', "--medicaid-extra-fields"),
        ('sinks = 3', "sinks must be a list of strings"),
    ],
)
def test_bad_configuration_is_a_one_line_error_and_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, settings: str, message: str
) -> None:
    monkeypatch.chdir(_project(tmp_path, settings))
    assert main(["check", "--no-progress", "."]) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1


def test_usage_errors_are_status_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(_project(tmp_path))
    assert main(["check", "no/such/folder"]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stop:
        main(["check"])
    assert stop.value.code == 2


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["check", "-o", "no/such/folder/out.txt", "."], "--output: cannot write no/such/folder/out.txt"),
        (["check", "--format", "sarif", "-o", "no/such/out.sarif", "."], "--output: cannot write no/such/out.sarif"),
        (["report", "-o", "no/such/r.html", "--format", "html", "."], "--output: cannot write no/such/r.html"),
        (["check", "-o", ".", "."], "it is a folder"),
        (["check", "-j", "-3", "."], "--jobs: -3 is not a number of processes"),
        (["report", "-j", "-1", "."], "--jobs: -1 is not a number of processes"),
    ],
)
def test_output_and_jobs_are_checked_before_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, argv: list[str], message: str
) -> None:
    monkeypatch.chdir(_project(tmp_path))
    assert main([*argv[:1], "--no-progress", *argv[1:]]) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1 and "Traceback" not in err


def test_gitignore_and_exclude(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    root = _project(tmp_path, 'exclude = ["legacy/"]', {"app/refer.py": VIOLATING, "generated/refer.py": VIOLATING, "legacy/refer.py": VIOLATING,
                                                        ".venv/lib/refer.py": VIOLATING})
    (root / ".gitignore").write_text("# build output\ngenerated/\n")
    monkeypatch.chdir(root)
    status, lines = _check_lines(capsys, ".")
    assert [line.split(":")[0] for line in lines] == ["app/refer.py"]
    status, lines = _check_lines(capsys, ".", "--exclude", "app")
    assert (status, lines) == (0, [])
    status, lines = _check_lines(capsys, "legacy/refer.py")  # a file named on the command line is always linted
    assert status == 1


def test_json_and_parallel_runs_agree(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    assert main(["check", "--no-progress", "--format", "json", "-j", "1", "tests/eval_files"]) == 1
    serial = json.loads(capsys.readouterr().out)
    assert main(["check", "--no-progress", "--format", "json", "-j", "2", "tests/eval_files"]) == 1
    parallel = json.loads(capsys.readouterr().out)
    assert serial == parallel
    assert serial["files"] == len(list((ROOT / "tests/eval_files").glob("*.py")))
    first = serial["findings"][0]
    assert set(first) == {"path", "line", "column", "code", "message", "trace"} and first["message"].endswith(CITATION)
    assert all(f["trace"] for f in serial["findings"] if f["code"] in ("MCD101", "MCD102", "MCD103", "MCD104", "MCD201"))


def test_sarif_output_validates(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    monkeypatch.chdir(ROOT)
    assert main(["check", "--no-progress", "--format", "sarif", "examples"]) == 1
    log = json.loads(capsys.readouterr().out)
    schema = json.loads((ROOT / "tests/data/sarif-schema-2.1.0.json").read_text())
    jsonschema.Draft4Validator(schema).validate(log)
    assert len(log["runs"][0]["results"]) == len(_flake8_lines("examples"))


HELPER_IN_LOOP = """import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def refer(member):
    requests.post(ICE_URL, json={"medicaid_id": member.cin, "ssn": member.ssn})


def nightly():
    for m in Member.objects.all():
        refer(m)
"""


def test_check_explain_shows_the_path_behind_each_finding(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "job.py").write_text(HELPER_IN_LOOP)
    assert main(["check", "--no-progress", "--explain", "job.py"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert [line for line in lines if line.startswith("    ")] == [
        "    job.py:7:61: 'ssn' (ssn) placed in the data",
        "    job.py:7:5: sent by requests.post(...)",
        "    job.py:7:5: enforcement endpoint https://eid.ice.gov/api/v1/referrals: the host eid.ice.gov matches the enforcement hosts",
        "    job.py:11:14: records of many people read from Member.objects.all(), no condition on status after it",
        "    job.py:12:9: passed on through refer(...)",
        "    job.py:7:5: sent by requests.post(...)",
        "    job.py:7:5: enforcement endpoint https://eid.ice.gov/api/v1/referrals: the host eid.ice.gov matches the enforcement hosts",
    ]
    assert lines[0].startswith("job.py:7:61: MCD101") and lines[4].startswith("job.py:12:9: MCD201")
    assert main(["check", "--no-progress", "job.py"]) == 1
    assert not any(line.startswith("    ") for line in capsys.readouterr().out.splitlines())  # only when asked


BUILT_AND_BATCHED = """import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def build(m):
    payload = {"medicaid_id": m.cin}
    payload["ssn"] = m.ssn
    return payload


def nightly():
    batch = []
    for m in Member.objects.all():
        body = build(m)
        batch.append(body)
    requests.post(ICE_URL, json=batch)
"""


def test_explain_lists_the_returns_assignments_and_containers_on_the_way(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "job.py").write_text(BUILT_AND_BATCHED)
    assert main(["check", "--no-progress", "--explain", "job.py"]) == 1
    out = capsys.readouterr().out.split("\njob.py:17:5: MCD201")[0].splitlines()
    assert out[1:] == [
        "    job.py:8:5: 'ssn' (ssn) placed in the data",
        "    job.py:9:5: returned from build",
        "    job.py:15:9: assigned to body",
        "    job.py:16:9: put into batch by append",
        "    job.py:17:5: sent by requests.post(...)",
        "    job.py:17:5: enforcement endpoint https://eid.ice.gov/api/v1/referrals: the host eid.ice.gov matches the enforcement hosts",
    ]


def test_the_path_leaves_out_calls_that_carried_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "job.py").write_text("def main():\n    nightly()\n\n\n" + HELPER_IN_LOOP.replace("def nightly", "def nightly"))
    assert main(["check", "--no-progress", "--explain", "job.py"]) == 1
    steps = [line for line in capsys.readouterr().out.splitlines() if line.startswith("    ")]
    assert not any("nightly()" in step for step in steps)  # main() calls nightly(), which hands nothing on
    assert "    job.py:16:9: passed on through refer(...)" in steps


def test_sarif_code_flows_draw_the_path(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "job.py").write_text(HELPER_IN_LOOP)
    assert main(["check", "--no-progress", "--format", "sarif", "job.py"]) == 1
    log = json.loads(capsys.readouterr().out)
    jsonschema.Draft4Validator(json.loads((ROOT / "tests/data/sarif-schema-2.1.0.json").read_text())).validate(log)
    population = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "MCD201")
    steps = population["codeFlows"][0]["threadFlows"][0]["locations"]
    assert [(s["location"]["physicalLocation"]["region"]["startLine"], s["location"]["message"]["text"].split(" ")[0]) for s in steps] == [
        (11, "records"), (12, "passed"), (7, "sent"), (7, "enforcement"),
    ]
    assert steps[0]["location"]["physicalLocation"]["artifactLocation"]["uri"] == "job.py"


def test_report_shows_the_route_to_a_send(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "wrap.py").write_text(
        "import requests\n\n\ndef _send(body):\n    requests.post('https://eid.ice.gov/r', json=body)\n\n\n"
        "def refer(m):\n    _send({'medicaid_id': m.cin})\n"
    )
    assert main(["report", "--no-progress", "--format", "json", "wrap.py"]) == 0
    data = json.loads(capsys.readouterr().out)
    (send,) = data["destinations"][0]["sends"]
    assert send["route"] == [{"line": 9, "column": 5, "call": "_send(...)"}, {"line": 5, "column": 5, "call": "requests.post(...)"}]
    (field,) = send["fields"]
    assert [(t["line"], t["step"]) for t in field["trace"]] == [
        (9, "'cin' (medicaid_id) placed in the data"),
        (9, "passed on through _send(...)"),
        (5, "sent by requests.post(...)"),
        (5, "enforcement endpoint https://eid.ice.gov/r: the host eid.ice.gov matches the enforcement hosts"),
    ]
    assert main(["report", "--no-progress", "wrap.py"]) == 0
    assert "Reached through `_send(...)` (line 9) → `requests.post(...)` (line 5)." in capsys.readouterr().out


def test_report_shows_suppressions_with_their_reasons(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.py").write_text(
        "import requests\nICE = 'https://eid.ice.gov/x'\n\n\ndef f(m):\n"
        "    requests.post(ICE, json={'ssn': m.ssn})  # noqa: MCD101  # reason: counsel approved, LEGAL-43\n"
        "    requests.post(ICE, json={'race': m.race})  # noqa: MCD101\n"
        "    requests.post(ICE, json={'sex': m.sex})  # noqa: MCD102  # reason: wrong code, covers nothing\n"
    )
    assert main(["report", "--no-progress", "--format", "json", "a.py"]) == 0
    data = json.loads(capsys.readouterr().out)
    fields = {f["name"]: f.get("suppressed") for d in data["destinations"] for s in d["sends"] for f in s["fields"]}
    assert fields == {"ssn": "counsel approved, LEGAL-43", "race": "(no reason given)", "sex": None}
    assert data["summary"]["suppressed"] == 2
    assert main(["report", "--no-progress", "a.py"]) == 0
    assert "| `ssn` | ssn | MCD101 (suppressed: counsel approved, LEGAL-43) | a.py:6:30 |" in capsys.readouterr().out


def test_explain(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "mcd102"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("MCD102: Health or medical information")
    assert "## How to fix" in out
    assert "State of California et al. v. U.S. Department of Health and Human Services et al., No. 3:25-cv-05536 (N.D. Cal.)" in out
    assert main(["explain", "MCD999"]) == 2
    assert "unknown code 'MCD999'" in capsys.readouterr().err


def test_the_console_script_and_no_progress_bar_when_piped(tmp_path: Path) -> None:
    root = _project(tmp_path)
    script = Path(sys.executable).with_name("medicaid-scope")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "flake8_medicaid_scope.cli"]
    result = subprocess.run([*command, "check", "."], cwd=root, capture_output=True, text=True, check=False, env={**os.environ, "NO_COLOR": "1"})
    assert result.returncode == 1
    assert result.stderr == ""  # piped: no progress bar
    assert result.stdout.startswith("app/refer.py:4:50: MCD101")


class _Tables(HTMLParser):
    """Rows of every table, as lists of cell texts."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.headings: list[str] = []
        self._cell: list[str] | None = None
        self._heading: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif tag in ("h2", "h3"):
            self._heading = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell).strip())
            self._cell = None
        elif tag in ("h2", "h3") and self._heading is not None:
            self.headings.append("".join(self._heading).strip())
            self._heading = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        if self._heading is not None:
            self._heading.append(data)


def test_report_html_lists_every_transfer_with_verdicts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    out = tmp_path / "report.html"
    assert main(["report", "--no-progress", "--format", "html", "--output", str(out), "examples"]) == 0
    text = out.read_text()
    assert text.startswith("<!DOCTYPE html>") and "<style>" in text and "<script" not in text and "http" not in text.split("<body>")[0]
    page = _Tables()
    page.feed(text)
    assert "examples/django_referral_view.py:22 not lawful" in page.headings
    assert "examples/batch_export_allowlist.py:20 lawful" in page.headings  # a clean transfer is listed too
    assert "examples/county_roster_referral.py:20 not lawful" in page.headings  # only permitted fields, but nobody chose whom (MCD201)
    assert "MCD201: records from <code>Member.objects.filter(...).order_by(...)</code> (examples/county_roster_referral.py:18)" in text
    rows = [r[:4] for r in page.rows if len(r) == 5]
    assert "<details><summary>" in text  # each field's path, folded
    assert ["full_name", "name", "MCD101", "examples/django_referral_view.py:19:9"] in rows
    assert ["primary_dx", "diagnosis", "MCD102", "examples/django_referral_view.py:20:9"] in rows
    assert ["cin", "medicaid_id", "permitted", "examples/django_referral_view.py:16:9"] in rows
    summary = page.rows[1]
    assert summary[:4] == ["11", "10", "11", "2"]
    assert "Judged on" in text and "policy period from 2026-01-06" in text
    assert "No. 3:25-cv-05536" in text


def test_report_json_and_markdown(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    assert main(["report", "--no-progress", "--format", "json", "examples"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["citation"]["short"] == CITATION.strip("[]")
    assert data["policy"]["period_start"] == "2026-01-06"
    by_dest = {d["destination"]: d for d in data["destinations"]}
    sqs = by_dest["https://sqs.us-east-1.amazonaws.com/123456789012/ero-referral-intake"]
    assert sqs["why"] == "the name ero-referral-intake holds the enforcement word 'ero'"
    assert all(f["verdict"] in ("permitted", "harmless", "not reported") for s in sqs["sends"] for f in s["fields"])
    assert by_dest["liaison@ice.dhs.gov"]["kind"] == "enforcement recipient"
    assert main(["report", "--no-progress", "examples"]) == 0
    markdown = capsys.readouterr().out
    assert markdown.startswith("# Transfers to immigration-enforcement destinations")
    assert "| `primary_dx` | diagnosis | MCD102 | examples/django_referral_view.py:20:9 |" in markdown


def test_report_never_calls_a_send_of_data_it_cannot_name_lawful(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # SPEC section 6 (unknown is not guilty: a value with no name produces no finding) and section 8: the
    # report does not certify what it cannot see either; a send of constants only is lawful
    monkeypatch.chdir(tmp_path)
    (tmp_path / "forward.py").write_text(
        "import requests\nICE_URL = 'https://eid.ice.gov/r'\n\n\ndef forward(payload):\n    requests.post(ICE_URL, json=payload)\n\n\n"
        "def ping():\n    requests.post(ICE_URL, json={'kind': 'heartbeat'})\n\n\n"
        "def wrapped(payload):\n    requests.post(ICE_URL, json={'schema_version': '2.1', 'data': payload})\n")
    assert main(["report", "--no-progress", "--format", "json", "forward.py"]) == 0
    data = json.loads(capsys.readouterr().out)
    sends = {s["line"]: s for d in data["destinations"] for s in d["sends"]}
    assert (sends[6]["lawful"], sends[6]["unseen"], sends[10]["lawful"], sends[10]["unseen"]) == (False, True, True, False)
    assert (sends[14]["lawful"], sends[14]["unseen"]) == (False, True)  # a payload handed in, under a key nobody knows
    assert data["summary"]["lawful_transfers"] == 1
    assert main(["report", "--no-progress", "forward.py"]) == 0
    out = capsys.readouterr().out
    assert "### forward.py:6 (not certified: it sends data the analysis cannot name)" in out
    assert "### forward.py:10 (lawful)" in out and "Sends no field (constants only)." in out


def test_report_lists_files_it_could_not_analyze_and_never_calls_a_cut_short_send_lawful(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # SPEC section 3 (MCD900: the file could not be analyzed; MCD901: more may be missing) and section 8:
    # the report a compliance officer signs names those files, and a send of a file whose analysis was
    # cut short is "not certified", never "lawful"; the summary table has as many cells as its header
    monkeypatch.chdir(tmp_path)
    (tmp_path / "continuation.py").write_text(
        "import requests\nICE_URL = 'https://eid.ice.gov/r'\n\n\ndef f(m):\n    requests.post(ICE_URL, json={'ssn': m.ssn})\n\n\n"
        "class Legacy:\n    \\\n    pass\n")
    relays = "".join(f"\n\ndef relay{i}(body):\n    {'send' if i == 1 else f'relay{i - 1}'}(body)\n" for i in range(1, 28))
    (tmp_path / "chain.py").write_text(
        "import requests\nICE_URL = 'https://eid.ice.gov/r'\n\n\ndef send(body):\n    requests.post(ICE_URL, json=body)\n" + relays
        + "\n\ndef refer(m):\n    relay27({'ssn': m.ssn})\n")
    (tmp_path / "clean.py").write_text("import requests\n\n\ndef ping():\n    requests.get('https://eid.ice.gov/health')\n")
    assert main(["report", "--no-progress", "--format", "json", "continuation.py", "chain.py"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(d["path"], d["code"]) for d in data["diagnostics"]] == [("chain.py", "MCD901"), ("continuation.py", "MCD900")]
    assert data["summary"]["not_analyzed"] == 1 and data["summary"]["cut_short"] == 1
    assert not any(s["lawful"] for d in data["destinations"] for s in d["sends"] if s["path"] == "chain.py")
    assert main(["report", "--no-progress", "continuation.py", "chain.py"]) == 0
    out = capsys.readouterr().out
    assert "| continuation.py | MCD900 | libcst cannot parse this file:" in out
    assert "(not certified: the analysis of its file was cut short (MCD901))" in out
    assert main(["report", "--no-progress", "clean.py"]) == 0
    table = [line for line in capsys.readouterr().out.splitlines() if line.startswith("|")][:3]
    assert len({line.count("|") for line in table}) == 1 and "|  |" not in table[0]
