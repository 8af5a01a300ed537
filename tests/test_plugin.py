"""The flake8 adapter, run for real: examples, stdin, options, internal errors, the pre-check."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import flake8_medicaid_scope.analysis as analysis
from flake8_medicaid_scope import Config, analyze
from flake8_medicaid_scope.plugin import MedicaidScopeChecker

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
VIOLATING = 'import requests\nICE_URL = "https://eid.ice.gov/r"\ndef f(m):\n    requests.post(ICE_URL, json={"ssn": m.ssn})\n'


def flake8(*args: str, stdin: str | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "flake8", "--select=MCD", "-j1", *args],
        input=stdin, capture_output=True, text=True, cwd=cwd, timeout=120,
    )


def codes_by_file(output: str) -> set[tuple[str, int, str]]:
    out = set()
    for line in output.splitlines():
        path, lineno, _col, rest = line.split(":", 3)
        out.add((Path(path).name, int(lineno), rest.split()[0]))
    return out


def test_examples_with_real_flake8() -> None:
    result = flake8("examples/")
    assert result.returncode == 1, result.stderr
    assert codes_by_file(result.stdout) == {
        ("celery_ice_sync.py", 12, "MCD103"),
        ("county_roster_referral.py", 20, "MCD201"),
        ("django_referral_view.py", 19, "MCD101"),
        ("django_referral_view.py", 20, "MCD102"),
        ("email_kafka_notice.py", 14, "MCD101"),
        ("email_kafka_notice.py", 22, "MCD102"),
        ("ice_api_client.py", 13, "MCD101"),
        ("ice_api_client.py", 14, "MCD101"),
        ("niem_xml_referral.py", 15, "MCD101"),
        ("nightly_sftp_extract.py", 11, "MCD101"),
        ("nightly_sftp_extract.py", 12, "MCD102"),
        ("s3_queue_handoff.py", 17, "MCD101"),
    }
    for line in result.stdout.splitlines():
        assert line.endswith("[California v. HHS, No. 3:25-cv-05536 (N.D. Cal. Dec. 29, 2025)]")


def test_readme_shows_the_real_output() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("prints (this is the real output on the shipped examples):", 1)[1].split("```", 2)[1]
    assert block.strip().splitlines() == flake8("examples/").stdout.strip().splitlines()


def test_stdin_as_editors_use_it() -> None:
    result = flake8("--stdin-display-name=editor_buffer.py", "-", stdin=VIOLATING)
    assert result.stdout.startswith("editor_buffer.py:4:34: MCD101 'ssn' (ssn) sent to enforcement endpoint https://eid.ice.gov/r (line 4)")


def test_noqa_with_a_reason() -> None:
    source = VIOLATING.replace("m.ssn})", "m.ssn})  # noqa: MCD101  # approved by counsel, ticket 42")
    assert flake8("-", stdin=source).stdout == ""


@pytest.mark.parametrize(
    ("option", "value", "needle"),
    [
        ("--medicaid-enforcement-hosts", "https://ice.gov/x", "--medicaid-enforcement-hosts: 'https://ice.gov/x' is not a host pattern"),
        ("--medicaid-enforcement-tokens", "ICE!", "--medicaid-enforcement-tokens: 'ICE!' is not a lower-case word"),
        ("--medicaid-extra-fields", "tx_cd", "--medicaid-extra-fields: 'tx_cd' is not name=category"),
        ("--medicaid-extra-fields", "tx_cd=tumor", "--medicaid-extra-fields: unknown category 'tumor'"),
        ("--medicaid-sinks", "send", "--medicaid-sinks: 'send' is not a qualified name"),
        ("--medicaid-policy", "/nonexistent/policy.json", "--medicaid-policy: cannot read /nonexistent/policy.json"),
        ("--medicaid-as-of", "next week", "--medicaid-as-of: 'next week' is not a date"),
        ("--medicaid-as-of", "2025-01-01", "--medicaid-as-of: 2025-01-01 is before the earliest policy period, which starts 2025-08-12"),
        ("--medicaid-extend-enforcement-tokens", "ice,Removal", "--medicaid-extend-enforcement-tokens: 'Removal' is not a lower-case word"),
        ("--medicaid-extend-non-enforcement-hosts", "http://x.gov", "--medicaid-extend-non-enforcement-hosts: 'http://x.gov' is not a host pattern"),
        ("--medicaid-non-immigration-qualifiers", "Child_Support", "--medicaid-non-immigration-qualifiers: 'Child_Support' is not a lower-case word"),
        ("--medicaid-extra-fields", "ssn=medicaid_id",
         "--medicaid-extra-fields: 'ssn=medicaid_id' cannot make 'ssn' permitted: it is in the prohibited category ssn (MCD101)"),
        ("--medicaid-harmless-fields", "ssn", "--medicaid-harmless-fields: 'ssn' cannot be declared harmless: it is in the prohibited category ssn (MCD101)"),
        ("--medicaid-extend-harmless-fields", "diagnosis_code", "--medicaid-extend-harmless-fields: 'diagnosis_code' cannot be declared harmless"),
        ("--medicaid-enforcement-hosts", "", "--medicaid-enforcement-hosts: empty; give at least one host pattern"),
        ("--medicaid-non-enforcement-hosts", "", "--medicaid-non-enforcement-hosts: empty; give at least one host pattern"),
    ],
)
def test_bad_option_is_one_line_naming_it(option: str, value: str, needle: str) -> None:
    result = flake8(f"{option}={value}", "examples/")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0], result.stderr
    assert lines[0].startswith(f"flake8-medicaid-scope: {option}: ")
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_empty_tokens_through_flake8_is_the_exact_one_line_error() -> None:
    result = flake8("--medicaid-enforcement-tokens=", "examples/")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "flake8-medicaid-scope: --medicaid-enforcement-tokens: empty; give at least one lower-case word such as ice, "
        "or leave the option out to keep the default (--medicaid-extend-enforcement-tokens adds to it)\n"
    )


def test_empty_tokens_in_setup_cfg_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "setup.cfg").write_text("[flake8]\nmedicaid-enforcement-tokens =\n")
    (tmp_path / "a.py").write_text(VIOLATING)
    result = flake8("a.py", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("flake8-medicaid-scope: --medicaid-enforcement-tokens: empty; ")


def test_extend_options_from_setup_cfg_add_to_the_defaults(tmp_path: Path) -> None:
    (tmp_path / "setup.cfg").write_text(textwrap.dedent("""\
        [flake8]
        medicaid-extend-enforcement-tokens = removal
        medicaid-extend-enforcement-hosts = *.enforce.example
        medicaid-extend-harmless-fields = case_ref
        """))
    (tmp_path / "a.py").write_text(textwrap.dedent("""\
        import requests
        ICE_URL = "https://vendor.example.com/i"
        REMOVAL_URL = "https://vendor.example.com/r"
        def f(m):
            requests.post(ICE_URL, json={"sex": m.sex, "request_id": m.rid, "case_ref": m.ref})
            requests.post(REMOVAL_URL, json={"ssn": m.ssn})
            requests.post("https://api.enforce.example/x", json={"race": m.race})
            requests.post("https://eid.ice.gov/x", json={"dx": m.dx})
        """))
    result = flake8("a.py", cwd=tmp_path)
    assert codes_by_file(result.stdout) == {("a.py", 5, "MCD101"), ("a.py", 6, "MCD101"), ("a.py", 7, "MCD101"), ("a.py", 8, "MCD102")}, (
        result.stdout + result.stderr
    )


def test_help_lists_every_extend_option() -> None:
    out = flake8("--help").stdout
    for name in ("enforcement-hosts", "non-enforcement-hosts", "enforcement-tokens", "harmless-fields", "non-immigration-qualifiers"):
        assert f"--medicaid-{name} " in out and f"--medicaid-extend-{name} " in out, name


_COUNT_PARSES = textwrap.dedent("""\
    import sys
    import flake8_medicaid_scope.analysis as analysis
    from flake8.main.cli import main
    status = main(["-j1", *sys.argv[1:]])
    print("PARSES", analysis.parse_count, "libcst" in sys.modules)
    """)


@pytest.mark.parametrize(
    ("args", "parses"),
    [
        (["--select=E,F"], 0),
        (["--ignore=MCD"], 0),
        (["--extend-ignore=MCD"], 0),
        (["--select=E,F,MCD"], 3),
        (["--extend-ignore=MCD1"], 3),  # MCD900 is still selected: the files are analyzed
        ([], 3),
    ],
)
def test_no_analysis_when_flake8_selection_excludes_mcd(tmp_path: Path, args: list[str], parses: int) -> None:
    for name in ("a.py", "b.py", "c.py"):
        (tmp_path / name).write_text(VIOLATING)
    result = subprocess.run([sys.executable, "-c", _COUNT_PARSES, *args, "a.py", "b.py", "c.py"], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert result.stdout.splitlines()[-1] == f"PARSES {parses} {parses > 0}", result.stdout + result.stderr
    assert (" MCD101 " in result.stdout) == (parses > 0 and "--extend-ignore=MCD1" not in args)


def test_selection_decision_uses_flake8_rules() -> None:
    import argparse

    from flake8_medicaid_scope.plugin import mcd_selected

    def opts(**kw: object) -> argparse.Namespace:
        base: dict[str, object] = {"select": None, "extend_select": None, "ignore": None, "extend_ignore": None,
                                   "extended_default_select": ["C90", "F", "E", "W", "MCD"], "extended_default_ignore": []}
        return argparse.Namespace(**{**base, **kw})

    assert mcd_selected(opts())
    assert not mcd_selected(opts(select=["E", "F"]))
    assert mcd_selected(opts(select=["E", "F"], extend_select=["MCD"]))
    assert mcd_selected(opts(select=["E", "MCD102"]))
    assert not mcd_selected(opts(extend_ignore=["MCD"]))
    assert mcd_selected(opts(extend_ignore=["MCD"], select=["MCD101"]))  # explicitly selected wins over ignored
    assert mcd_selected(argparse.Namespace())  # not flake8's options: analyze


LONG_LINE = 'import os\nICE_TABLE = "' + "x" * 6000 + '"\n'
#: calls nested deeper than the analysis follows: the one MCD900 a test can make on purpose
LONG_LINE_DEEP = "import os\nICE = 1\n"
#: flake8 with the analysis made to fail on every file: how a test gets an MCD900 on purpose
FAILING = (
    "import sys, flake8_medicaid_scope.analysis as a\n"
    "def boom(*args, **kwargs):\n    raise RecursionError('deliberate')\n"
    "a._analyze = boom\n"
    "from flake8.main.cli import main\nsys.exit(main())\n"
)


def failing_flake8(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", FAILING, "--select=MCD", "-j1", *args], capture_output=True, text=True, cwd=cwd, timeout=120)


def test_a_long_literal_is_analyzed(tmp_path: Path) -> None:
    (tmp_path / "gen.py").write_text(LONG_LINE + 'import requests\n\ndef f(m):\n    requests.post("https://eid.ice.gov/r", json={"ssn": m.ssn})\n')
    result = flake8("gen.py", cwd=tmp_path)
    assert [line.split(": ")[1].split(" ")[0] for line in result.stdout.splitlines()] == ["MCD101"], result.stdout + result.stderr


def test_mcd900_is_on_line_1_and_noqa_there_silences_it(tmp_path: Path) -> None:
    (tmp_path / "gen.py").write_text(LONG_LINE_DEEP)
    result = failing_flake8("gen.py", cwd=tmp_path)
    assert result.stdout == (
        "gen.py:1:1: MCD900 flake8-medicaid-scope could not analyze this file (RecursionError: the file nests too deeply to analyze); "
        "please report it [California v. HHS, No. 3:25-cv-05536 (N.D. Cal. Dec. 29, 2025)]\n"
    ), result.stdout + result.stderr
    (tmp_path / "gen.py").write_text("import os  # noqa: MCD900  # generated table\n" + LONG_LINE_DEEP.split("\n", 1)[1])
    assert failing_flake8("gen.py", cwd=tmp_path).stdout == ""


def test_mcd900_is_silenced_by_per_file_ignores(tmp_path: Path) -> None:
    (tmp_path / "generated").mkdir()
    (tmp_path / "generated" / "table.py").write_text(LONG_LINE_DEEP)
    assert "MCD900" in failing_flake8("generated/table.py", cwd=tmp_path).stdout
    (tmp_path / "setup.cfg").write_text("[flake8]\nper-file-ignores =\n    generated/*.py: MCD900\n")
    assert failing_flake8("generated/table.py", cwd=tmp_path).stdout == ""


def test_options_from_setup_cfg(tmp_path: Path) -> None:
    (tmp_path / "setup.cfg").write_text(textwrap.dedent("""\
        [flake8]
        medicaid-enforcement-tokens = ero,enforcement
        medicaid-sinks = transfer.outbox.send
        medicaid-harmless-fields = case_ref
        medicaid-extra-fields = kundennr=medicaid_id
        """))
    (tmp_path / "a.py").write_text(textwrap.dedent("""\
        import requests
        from transfer import outbox
        DHS_URL = "https://vendor.example.com/x"
        ERO_URL = "https://vendor.example.com/y"
        def f(m):
            requests.post(DHS_URL, json={"ssn": m.ssn})
            requests.post(ERO_URL, json={"kundennr": m.k, "case_ref": m.ref, "sex": m.sex})
            outbox.send({"race": m.race})
        """))
    result = flake8("a.py", cwd=tmp_path)
    assert codes_by_file(result.stdout) == {("a.py", 7, "MCD101"), ("a.py", 8, "MCD101")}, result.stdout + result.stderr


def test_internal_error_is_one_mcd900_and_flake8_goes_on(tmp_path: Path) -> None:
    (tmp_path / "boom.py").write_text("# BOOM\n" + VIOLATING)
    (tmp_path / "fine.py").write_text(VIOLATING)
    script = textwrap.dedent("""\
        import sys
        import flake8_medicaid_scope.analysis as a
        real = a._analyze
        def broken(source, config, filename=None, tree=None):
            if "BOOM" in source:
                raise RuntimeError("forced failure")
            return real(source, config, filename, tree)
        a._analyze = broken
        from flake8.main.cli import main
        sys.exit(main(["--select=MCD,E999", "-j1", "boom.py", "fine.py"]))
        """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    lines = result.stdout.splitlines()
    assert any(line.startswith("boom.py:1:1: MCD900 ") and "RuntimeError: forced failure" in line for line in lines), result.stdout + result.stderr
    assert any(line.startswith("fine.py:4:") and " MCD101 " in line for line in lines)
    assert not any(line.startswith("boom.py:") and "MCD101" in line for line in lines)


def test_internal_error_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(source: str, config: Config, filename: str | None = None, tree: object = None) -> list:
        raise KeyError("x")

    monkeypatch.setattr(analysis, "_analyze", broken)
    found = list(MedicaidScopeChecker(None, VIOLATING.splitlines(True)).run())
    assert [(line, col) for line, col, _, _ in found] == [(1, 0)]
    assert found[0][2].startswith("MCD900 flake8-medicaid-scope could not analyze this file (KeyError: 'x')")


def test_unparsable_source_reports_nothing() -> None:
    assert analyze("ICE_URL = (\n") == []


def test_files_without_a_signal_are_not_parsed() -> None:
    before = analysis.parse_count
    clean = "import requests\n\ndef sync(m):\n    requests.post('https://fhir.example.org/Patient', json={'ssn': m.ssn, 'notice': m.price})\n"
    assert analyze(clean) == []
    assert analysis.parse_count == before
    analyze(VIOLATING)
    assert analysis.parse_count == before + 1


@pytest.mark.parametrize(
    "text",
    ["ICE_URL = 1", "class DhsReferral: pass", "x = 'https://api.cbp.gov'", "# medicaid-scope: enforcement", "sendToIce()", "ero_queue = 1"],
)
def test_signals_open_the_parse(text: str) -> None:
    from flake8_medicaid_scope.prefilter import may_matter

    assert may_matter(text, Config.default())


@pytest.mark.parametrize("text", ["device = notice + price", "justice = slice", "DHIS2_URL = 'x'", "service.juice()", "zero_hero = 1"])
def test_lookalikes_do_not_open_the_parse(text: str) -> None:
    from flake8_medicaid_scope.prefilter import may_matter

    assert not may_matter(text, Config.default())


def test_libcst_is_imported_only_when_needed() -> None:
    script = (
        "import sys, flake8_medicaid_scope as m\n"
        "import flake8_medicaid_scope.plugin\n"
        "m.analyze('x = 1\\n')\n"
        f"m.analyze('import json\\n', filename={str(ROOT / 'flake8_medicaid_scope' / 'words.py')!r})\n"
        "assert 'libcst' not in sys.modules, 'libcst imported for a file without signal'\n"
        "m.analyze('ICE_URL = 1\\n')\n"
        "assert 'libcst' in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_the_pre_check_can_be_widened_with_names() -> None:
    from flake8_medicaid_scope.prefilter import may_matter

    text = "from agency.transfer import forward_case\nforward_case(member)\n"
    assert not may_matter(text, Config.default())
    assert may_matter(text, Config.default(), extra_names=("forward_case",))


def test_readme_setup_cfg_examples_are_accepted(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    blocks = [part.split("```", 1)[0] for part in section.split("```ini\n")[1:]]
    assert len(blocks) == 2
    for block in blocks:
        (tmp_path / "setup.cfg").write_text(block)
        (tmp_path / "a.py").write_text(VIOLATING)
        result = flake8("a.py", cwd=tmp_path)
        assert result.returncode == 1 and result.stderr == "", block + result.stderr
        assert " MCD101 'ssn' (ssn) " in result.stdout
