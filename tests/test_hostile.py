"""Hostile and odd inputs (issue 9), each through ``analyze()`` and, where flake8's own checks
survive the input, through flake8 run as a subprocess on a file in a temporary folder. Each ends
in the right findings, or none, or one clear MCD900/MCD901 on line 1; never a traceback."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from flake8_medicaid_scope import Config, Finding, analyze

SEND_LINE = '    requests.post(ICE, json={"ssn": m.ssn})'
HEAD = 'import requests\n\nICE = "https://eid.ice.gov/api/v1/referrals"\n'
#: a module with one violation, at line 7 (``SEND_LINE``)
VIOLATION = HEAD + "\n\ndef send(m):\n" + SEND_LINE + "\n"
CITATION = "[California v. HHS, No. 3:25-cv-05536 (N.D. Cal. Dec. 29, 2025)]"
#: flake8 with a raised recursion limit: pyflakes (flake8's own F checks) recurses once per operator
#: of a long chain and fails on 2,500 terms at the default limit; the plugin does not
FLAKE8_DEEP = "import sys; sys.setrecursionlimit(20000); from flake8.main.cli import main; raise SystemExit(main(sys.argv[1:]))"
OUTPUT = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]+\d+) (?P<message>.*)$")


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    seconds: float

    @property
    def findings(self) -> list[tuple[int, int, str]]:
        """(line, 0-based column, code) of each reported finding."""
        out = []
        for line in self.stdout.splitlines():
            match = OUTPUT.match(line)
            assert match, f"not a flake8 finding line: {line!r}"
            assert match["message"].endswith(CITATION) or match["code"] in ("MCD900", "MCD901", "MCD902"), line
            out.append((int(match["line"]), int(match["col"]) - 1, match["code"]))
        return out


def flake8(folder: Path, name: str, data: bytes, *, deep: bool = False) -> Run:
    """flake8 --select=MCD on ``data`` written as bytes to ``folder/name``, cwd ``folder``."""
    (folder / name).write_bytes(data)
    command = [sys.executable, "-c", FLAKE8_DEEP] if deep else [sys.executable, "-m", "flake8"]
    start = time.monotonic()
    result = subprocess.run([*command, "--select=MCD", "-j1", name], cwd=folder, capture_output=True, text=True, timeout=60)
    return Run(result.returncode, result.stdout, result.stderr, time.monotonic() - start)


def survived(run: Run) -> Run:
    """flake8 finished normally: exit 0 (nothing) or 1 (findings), nothing on stderr."""
    assert "Traceback" not in run.stderr, run.stderr
    assert run.stderr.strip() == "", run.stderr
    assert run.returncode in (0, 1), (run.returncode, run.stderr)
    assert run.returncode == (1 if run.stdout.strip() else 0)
    return run


def codes(found: list[Finding]) -> list[tuple[int, str]]:
    return [(f.line, f.code) for f in found]


def timed_analyze(source: str, limit: float = 10.0) -> list[Finding]:
    start = time.monotonic()
    found = analyze(source)
    assert time.monotonic() - start < limit, "analyze() took too long"
    for f in found:
        assert f.message.startswith(f.code + " ") and "\n" not in f.message
    return found


def clear_diagnostic(found: list[tuple[int, str]] | list[tuple[int, int, str]]) -> bool:
    """One MCD900 or MCD901 on line 1 and nothing else."""
    return len(found) == 1 and found[0][0] == 1 and found[0][-1] in ("MCD900", "MCD901")


# -- size -----------------------------------------------------------------------------------------
def test_ten_thousand_entry_dict_literal(tmp_path: Path) -> None:
    entries = "".join(f'    "code_{i}": {i},\n' for i in range(10_000))
    source = HEAD + "TABLE = {\n" + entries + "}\n\n\ndef send(m):\n" + SEND_LINE + "\n"
    line = source.count("\n")
    assert codes(timed_analyze(source)) == [(line, "MCD101")]
    assert survived(flake8(tmp_path, "big_table.py", source.encode())).findings == [(line, SEND_LINE.index('"ssn"'), "MCD101")]


def test_ten_thousand_entry_payload_sent(tmp_path: Path) -> None:
    # constants never count: of 10,000 entries only the SSN is sent
    entries = "".join(f'        "code_{i}": {i},\n' for i in range(10_000))
    source = HEAD + "\n\ndef send(m):\n    requests.post(ICE, json={\n" + entries + '        "ssn": m.ssn,\n    })\n'
    line = source.count("\n") - 1
    assert codes(timed_analyze(source)) == [(line, "MCD101")]
    assert survived(flake8(tmp_path, "big_payload.py", source.encode())).findings == [(line, 8, "MCD101")]


def _chain(terms: list[str]) -> str:
    return " + ".join(terms)


def test_2500_chained_string_concatenation(tmp_path: Path) -> None:
    source = HEAD + "BANNER = " + _chain([f'"part{i}"' for i in range(2500)]) + "\n\n\ndef send(m):\n" + SEND_LINE + "\n"
    line = source.count("\n")
    assert codes(timed_analyze(source)) == [(line, "MCD101")]  # a chain of constants is elided, not a reason to give up
    plain = flake8(tmp_path, "chain.py", source.encode())
    # flake8's own pyflakes recurses once per operator and fails on this file at the default recursion limit;
    # whatever happens there must not be the plugin's doing
    assert "flake8_medicaid_scope" not in plain.stderr and "MCD" not in plain.stderr, plain.stderr
    if plain.returncode not in (0, 1) or plain.stderr.strip():
        assert "pyflakes" in plain.stderr, plain.stderr
    deep = survived(flake8(tmp_path, "chain.py", source.encode(), deep=True))
    assert deep.findings == [(line, SEND_LINE.index('"ssn"'), "MCD101")]


def test_2500_chained_plus_with_a_field_inside(tmp_path: Path) -> None:
    terms = [f'"p{i}"' for i in range(2500)]
    terms[1250] = "m.ssn"
    source = HEAD + "\n\ndef send(m):\n    requests.post(ICE, data=" + _chain(terms) + ")\n"
    chain_line = source.count("\n")
    found = codes(timed_analyze(source))
    # the right finding (the SSN at the chain) or one clear MCD901 saying the chain was not analyzed: never silence
    assert found and set(found) <= {(chain_line, "MCD101"), (1, "MCD901")}, found
    assert found.count((1, "MCD901")) <= 1
    deep = survived(flake8(tmp_path, "chain_field.py", source.encode(), deep=True))
    assert [(line, code) for line, _col, code in deep.findings] == found


def test_a_400_term_boolean_chain_next_to_a_violation(tmp_path: Path) -> None:
    # a generated validator (return rec.get("f000") is not None and ...): libcst nests it as deep as it is
    # long, so it is elided like a long + chain; the send elsewhere is still reported, with MCD901 saying a
    # chain that held names was not analyzed
    checks = " and ".join(f'rec.get("f{i:03}") is not None' for i in range(400))
    source = HEAD + f"\n\ndef valid(rec):\n    return {checks}\n\n\ndef send(m):\n" + SEND_LINE + "\n"
    line = source.count("\n")
    assert codes(timed_analyze(source)) == [(1, "MCD901"), (line, "MCD101")]
    either = " or ".join(f'rec.get("f{i:03}") is None' for i in range(1000))
    source = HEAD + f"\n\ndef invalid(rec):\n    return {either}\n\n\ndef send(m):\n" + SEND_LINE + "\n"
    assert codes(timed_analyze(source)) == [(1, "MCD901"), (source.count("\n"), "MCD101")]


def test_20000_character_string_literal_next_to_a_violation(tmp_path: Path) -> None:
    blob = "x" * 20_000
    send = f'    requests.post(ICE, json={{"note": "{blob}", "ssn": m.ssn}})'
    source = HEAD + f'BLOB = "{blob}"\n\n\ndef send(m):\n' + send + "\n"
    found = timed_analyze(source)
    assert [(f.line, f.col, f.code) for f in found] == [(8, send.index('"ssn"'), "MCD101")]
    assert survived(flake8(tmp_path, "long_literal.py", source.encode())).findings == [(8, send.index('"ssn"'), "MCD101")]


# -- nesting and recursion --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "expression",
    [
        "-" * 5000 + "1",  # CPython: RecursionError during ast construction
        "not " * 5000 + "x",
        "(" * 5000 + "1" + ")" * 5000,  # CPython: too many nested parentheses
        "[" * 1000 + "]" * 1000,
    ],
    ids=["unary-minus", "not", "parentheses", "brackets"],
)
def test_expressions_nested_past_the_recursion_limit(tmp_path: Path, expression: str) -> None:
    source = HEAD + "DEEP = " + expression + "\n\n\ndef send(m):\n" + SEND_LINE + "\n"
    with pytest.raises((SyntaxError, RecursionError, MemoryError)):
        compile(source, "<deep>", "exec")
    assert timed_analyze(source) == []  # CPython refuses the file: no finding, no crash
    run = flake8(tmp_path, "deep.py", source.encode())
    assert run.stdout == ""
    # flake8 itself crashes in ast.parse on the unary chains (RecursionError is not a SyntaxError to it);
    # none of that may come from the plugin
    assert "flake8_medicaid_scope" not in run.stderr and "medicaid" not in run.stderr.lower(), run.stderr
    if "Traceback" not in run.stderr:
        survived(run)


@pytest.mark.parametrize("depth", [50, 150, 190])
def test_deep_but_valid_nesting_around_a_field(tmp_path: Path, depth: int) -> None:
    payload = '{"wrap": ' * depth + '{"ssn": m.ssn}' + "}" * depth
    source = HEAD + "\n\ndef send(m):\n    requests.post(ICE, json=" + payload + ")\n"
    compile(source, "<deep>", "exec")
    found = codes(timed_analyze(source))
    assert found == [(7, "MCD101")] or clear_diagnostic(found), found
    run = survived(flake8(tmp_path, "nested.py", source.encode()))
    assert [(line, code) for line, _col, code in run.findings] == found


def test_deep_recursion_between_300_functions_each_sending(tmp_path: Path) -> None:
    parts = [HEAD]
    lines = []
    for i in range(300):
        parts.append(f"\n\ndef f{i}(m, n):\n    if n:\n        return f{(i + 1) % 300}(m, n - 1)\n" + SEND_LINE + "\n    return None\n")
        lines.append("".join(parts).count("\n") - 1)
    source = "".join(parts)
    found = codes(timed_analyze(source))
    assert found == [(line, "MCD101") for line in lines]
    assert [(line, code) for line, _col, code in survived(flake8(tmp_path, "cycle.py", source.encode())).findings] == found


def test_deep_recursion_between_300_functions_handing_on_a_payload(tmp_path: Path) -> None:
    # a -> b -> c ... -> a: each function adds a field and hands the payload on; the last one sends
    parts = [HEAD]
    placements = set()
    for i in range(300):
        parts.append(f"\n\ndef f{i}(m, body):\n    body['field_{i}'] = m.ssn\n")
        placements.add("".join(parts).count("\n"))
        if i == 299:
            parts.append("    requests.post(ICE, json=body)\n")
        parts.append(f"    return f{(i + 1) % 300}(m, body)\n")
    source = "".join(parts)
    found = codes(timed_analyze(source))
    assert set(found) <= {(line, "MCD101") for line in placements} | {(1, "MCD901")}, found
    assert found.count((1, "MCD901")) <= 1
    assert len(set(found)) == len(found)
    if len([f for f in found if f[1] == "MCD101"]) < len(placements):
        assert (1, "MCD901") in found, "fields were missed past the call-depth bound without MCD901"
    assert [(line, code) for line, _col, code in survived(flake8(tmp_path, "cycle_payload.py", source.encode())).findings] == found


# -- encodings, line endings, whitespace --------------------------------------------------------------------
def test_latin1_coding_cookie(tmp_path: Path) -> None:
    source = (
        "# -*- coding: latin-1 -*-\n"
        "import requests\n\n"
        'ICE = "https://eid.ice.gov/x"  # café\n\n\n'
        "def send(m):\n"
        '    envoyé = {"café": "crème", "ssn": m.ssn}\n'
        "    requests.post(ICE, json=envoyé)\n"
    )
    data = source.encode("latin-1")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    col = source.splitlines()[7].index('"ssn"')  # columns count characters, not bytes
    assert [(f.line, f.col, f.code) for f in timed_analyze(source)] == [(8, col, "MCD101")]
    assert survived(flake8(tmp_path, "latin1.py", data)).findings == [(8, col, "MCD101")]


def test_utf8_byte_order_mark(tmp_path: Path) -> None:
    source = "\ufeff" + VIOLATION
    col = SEND_LINE.index('"ssn"')
    assert [(f.line, f.col, f.code) for f in timed_analyze(source)] == [(7, col, "MCD101")]
    assert survived(flake8(tmp_path, "bom.py", b"\xef\xbb\xbf" + VIOLATION.encode())).findings == [(7, col, "MCD101")]


MULTILINE = (
    HEAD
    + 'DOC = """first\nsecond\nthird"""\n'  # line 4-6
    + "TOTAL = 1 + \\\n    2\n"  # 7-8
    + "\n\ndef send(m):\n"  # 9-11
    + "    body = {\n"  # 12
    + '        "sex": m.sex,\n'  # 13
    + "    }\n"
    + "    body['ssn'] = m.ssn\n"  # 15
    + "    requests.post(ICE, json=body)\n"
)


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_line_endings_keep_lines(tmp_path: Path, newline: str) -> None:
    expected = [(13, 8, "MCD101"), (15, 4, "MCD101")]
    assert [(f.line, f.col, f.code) for f in timed_analyze(MULTILINE)] == expected
    source = MULTILINE.replace("\n", newline)
    assert [(f.line, f.col, f.code) for f in timed_analyze(source)] == expected
    assert survived(flake8(tmp_path, "endings.py", source.encode())).findings == expected


def test_tabs(tmp_path: Path) -> None:
    source = HEAD + '\n\ndef send(m):\n\tif m:\n\t\tx = 1\t# a tab\n\t\trequests.post(ICE,\tjson={"a":\t1,\t"ssn": m.ssn})\n'
    col = source.splitlines()[8].index('"ssn"')
    assert [(f.line, f.col, f.code) for f in timed_analyze(source)] == [(9, col, "MCD101")]
    assert survived(flake8(tmp_path, "tabs.py", source.encode())).findings == [(9, col, "MCD101")]


def test_form_feeds(tmp_path: Path) -> None:
    source = "\x0c" + HEAD + "\x0c\n\n\x0cdef send(m):\n    \x0c\n" + SEND_LINE + "\n\x0c\n"
    assert "\x0c" in source
    assert codes(timed_analyze(source)) == [(8, "MCD101")]
    assert [(line, code) for line, _col, code in survived(flake8(tmp_path, "formfeed.py", source.encode())).findings] == [(8, "MCD101")]


@pytest.mark.parametrize(
    "source",
    [
        VIOLATION.replace("referrals", "refer\x00rals"),  # in a string literal
        VIOLATION + "# a comment \x00 with a NUL\n",
        VIOLATION + "\x00",
    ],
    ids=["in-literal", "in-comment", "at-end"],
)
def test_nul_bytes(tmp_path: Path, source: str) -> None:
    found = codes(timed_analyze(source))
    try:
        compile(source, "<nul>", "exec")
    except (SyntaxError, ValueError):
        assert found == []  # CPython refuses NUL bytes: flake8 reports E999, the plugin nothing
    else:  # pragma: no cover - an interpreter that accepts them: the violation is found
        assert found == [(7, "MCD101")] or clear_diagnostic(found)
    run = survived(flake8(tmp_path, "nul.py", source.encode()))
    assert [(line, code) for line, _col, code in run.findings] == found


# -- syntax one parser accepts and the other does not -------------------------------------------------------
#: valid Python (CPython accepts) that libcst 1.x rejects; a real violation follows
LIBCST_REJECTS = {
    "parenthesized-annotated-target": VIOLATION + "(x): int = 1\n",
    "backslash-crlf-at-end": (VIOLATION + "\\\n").replace("\n", "\r\n"),
}


def _libcst_rejects(source: str) -> bool:
    import libcst

    try:
        libcst.parse_module(source)
    except Exception:  # noqa: BLE001 - any parser failure
        return True
    return False


@pytest.mark.parametrize("source", LIBCST_REJECTS.values(), ids=LIBCST_REJECTS.keys())
def test_syntax_libcst_rejects_never_crashes(tmp_path: Path, source: str) -> None:
    compile(source, "<ok>", "exec")
    if not _libcst_rejects(source):
        pytest.skip("this libcst accepts it")
    found = codes(timed_analyze(source))
    assert found in ([], [(7, "MCD101")]) or clear_diagnostic(found)
    run = survived(flake8(tmp_path, "libcst_rejects.py", source.encode()))
    # flake8 runs no plugin on a file its own tokenizer refuses (a trailing backslash): nothing, or the same
    assert [(line, code) for line, _col, code in run.findings] in ([], found)


@pytest.mark.parametrize("source", LIBCST_REJECTS.values(), ids=LIBCST_REJECTS.keys())
def test_syntax_libcst_rejects_is_not_silently_skipped(source: str) -> None:
    if not _libcst_rejects(source):
        pytest.skip("this libcst accepts it")
    found = codes(analyze(source))
    assert found == [(7, "MCD101")] or clear_diagnostic(found), found


def test_syntax_libcst_rejects_is_not_silently_skipped_by_flake8(tmp_path: Path) -> None:
    source = LIBCST_REJECTS["parenthesized-annotated-target"]
    run = survived(flake8(tmp_path, "libcst_rejects.py", source.encode()))
    found = [(line, code) for line, _col, code in run.findings]
    assert found == [(7, "MCD101")] or clear_diagnostic(found), found


#: syntax libcst parses but this CPython may refuse (newer grammar, a NUL byte in a comment)
CPYTHON_MAY_REJECT = {
    "type-alias": VIOLATION + "type Alias = int\n",  # 3.12+
    "type-params": VIOLATION + "def ident[T](x: T) -> T:\n    return x\n",  # 3.12+
    "nested-format-spec": VIOLATION + "WIDE = f'{1:{2:{3}}}'\n",  # 3.12+
    "nul-in-comment": VIOLATION + "# \x00\n",
}


@pytest.mark.parametrize("source", CPYTHON_MAY_REJECT.values(), ids=CPYTHON_MAY_REJECT.keys())
def test_syntax_cpython_rejects_but_libcst_accepts(tmp_path: Path, source: str) -> None:
    try:
        compile(source, "<new>", "exec")
    except (SyntaxError, ValueError):
        accepted = False
    else:
        accepted = True
    found = codes(timed_analyze(source))
    assert found == ([(7, "MCD101")] if accepted else []), found  # refused by CPython: flake8 says E999, the plugin nothing
    run = survived(flake8(tmp_path, "newer.py", source.encode()))
    assert [(line, code) for line, _col, code in run.findings] == found


@pytest.mark.parametrize(
    "source",
    [
        'import requests\nICE = "https://eid.ice.gov/x"\nprint "sending", ICE\nrequests.post(ICE, json={"ssn": m.ssn})\n',
        'ICE = "https://eid.ice.gov/x"\ntry:\n    send(ICE)\nexcept IOError, e:\n    print e\n',
        'ICE_URL = `"https://eid.ice.gov/x"`\nexec "import requests"\nMODE = 0777\n',
        'ICE = ur"https://eid.ice.gov/x"\n',
    ],
    ids=["print", "except-comma", "backticks-exec-octal", "ur-prefix"],
)
def test_python2_files(tmp_path: Path, source: str) -> None:
    assert timed_analyze(source) == []
    run = survived(flake8(tmp_path, "legacy.py", source.encode()))
    assert run.findings == []


# -- nothing there ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("source", ["", "\n", "\n\n\n", "   \n\t\n", "\ufeff"], ids=["empty", "newline", "newlines", "blank", "bom-only"])
def test_empty_files(tmp_path: Path, source: str) -> None:
    assert timed_analyze(source) == []
    run = survived(flake8(tmp_path, "empty.py", source.encode()))
    assert run.findings == []


def test_a_file_with_only_comments(tmp_path: Path) -> None:
    source = (
        "#!/usr/bin/env python\n"
        "# ICE referral exporter, retired: it used to post to https://eid.ice.gov/api/v1/referrals\n"
        "#     requests.post(ICE_URL, json={'ssn': m.ssn, 'primary_dx': m.dx})\n"
        "# DHS_ENFORCEMENT_BASE_URL = 'https://ero.dhs.gov'\n"
    )
    assert timed_analyze(source) == []
    assert survived(flake8(tmp_path, "comments.py", source.encode())).findings == []


def _generated_module(functions: int) -> str:
    lines = ["import requests", "", 'ICE_URL = "https://eid.ice.gov/api/v1/referrals"', ""]
    for i in range(functions):
        if i % 500 == 7:
            lines += [f"# block {i}", "", "@staticmethod"]
        lines += [f"def f{i}(m):", f"    x = m.cin + {i}  # a comment", "    return x", "", ""]
        if i == functions // 2:
            lines += ["def send_middle(m):", "    requests.post(ICE_URL, json={'ssn': m.ssn})", ""]
    lines += ["def send(m):", "    requests.post(ICE_URL, json={'race': m.race})", "# trailing comment"]
    return "\r\n".join(lines)  # CRLF, and no newline at the end


def _findings_whole_and_chunked(monkeypatch: pytest.MonkeyPatch, source: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    import flake8_medicaid_scope.analysis as analysis

    monkeypatch.setattr(analysis, "CHUNKED_PARSE", 10)
    monkeypatch.setattr(analysis, "CHUNK_LINES", 3)
    chunked = [(f.line, f.col, f.code) for f in analyze(source, Config.default())]
    monkeypatch.setattr(analysis, "CHUNKED_PARSE", 10**9)
    return chunked, [(f.line, f.col, f.code) for f in analyze(source, Config.default())]


def test_a_chunk_cut_inside_a_string_falls_back_to_the_whole_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    import flake8_medicaid_scope.analysis as analysis

    source = 'import requests\n\nDOC = """\n\n\n\ndef not_code():\n    pass\n"""\n\ndef send(m):\n    requests.post("https://eid.ice.gov/x", json={"ssn": m.ssn})\n'
    monkeypatch.setattr(analysis, "CHUNK_LINES", 3)
    assert analysis._parse_in_chunks(source) is None  # the chunk that ends inside the string does not parse
    chunked, whole = _findings_whole_and_chunked(monkeypatch, source)
    assert chunked == whole == [(12, 49, "MCD101")]


def test_chunks_that_do_not_print_back_are_parsed_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    import flake8_medicaid_scope.analysis as analysis

    # the second chunk indents by two spaces: merged under the first chunk's indent it would print differently
    source = (
        "import requests\n\ndef a(m):\n    x = m.cin\n    return x\n\n\n\n"
        "def send(m):\n  body = {'dx': m.diagnosis}\n  requests.post('https://eid.ice.gov/x', json=body)\n"
    )
    monkeypatch.setattr(analysis, "CHUNK_LINES", 3)
    assert analysis._parse_in_chunks(source) is None  # the chunks disagree on the indentation
    chunked, whole = _findings_whole_and_chunked(monkeypatch, source)
    assert chunked == whole == [(10, 10, "MCD102")]


def test_a_large_module_is_parsed_in_chunks_with_the_same_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    import flake8_medicaid_scope.analysis as analysis

    monkeypatch.setattr(analysis, "CHUNKED_PARSE", 50_000)  # the same mechanism as for 300 KB, on less
    monkeypatch.setattr(analysis, "CHUNK_LINES", 400)
    source = _generated_module(1500)
    assert len(source) > analysis.CHUNKED_PARSE
    merged = analysis._parse_in_chunks(source)
    assert merged is not None and merged.code == source
    config = Config.from_options(time_budget="600")
    chunked = [(f.line, f.col, f.code) for f in analyze(source, config)]
    monkeypatch.setattr(analysis, "CHUNKED_PARSE", 10**9)  # parsed whole
    assert [(f.line, f.col, f.code) for f in analyze(source, config)] == chunked
    assert [code for _, _, code in chunked] == ["MCD101", "MCD101"]


def test_a_constant_grown_by_thousands_of_statements_is_no_longer_known() -> None:
    lines = ["import requests", 'ALLOWED = ["medicaid_id"]']
    lines += [f'ALLOWED.append("f{i}")' for i in range(3000)]
    lines += ["def refer(rec):", '    requests.post("https://eid.ice.gov/x", json={k: rec[k] for k in ALLOWED})']
    found = analyze("\n".join(lines) + "\n", Config.default())
    assert not any(f.code == "MCD900" for f in found)  # folding stops (it nested past the recursion limit)


def test_the_pragmas_of_a_grown_constant_stay_on_its_literal() -> None:
    source = (
        "import requests\n"
        'DHS_API = "https://api.vendor-hub.com"  # medicaid-scope: not-enforcement\n'
        'DHS_API += "/eligibility"\n'
        'GATEWAY = "https://gw.vendor.com"  # medicaid-scope: enforcement\n'
        'GATEWAY += "/referrals"\n'
        'ENDPOINTS = {\n    "billing": "https://billing.vendor.com",\n    "relay": "https://relay.vendor.com",  # medicaid-scope: enforcement\n}\n'
        "def sync(m):\n    requests.post(DHS_API, json={'ssn': m.ssn})\n"
        "def refer(m):\n    requests.post(GATEWAY, json={'ssn': m.ssn})\n"
        "def bill(m):\n    requests.post(ENDPOINTS['billing'], json={'ssn': m.ssn})\n"
    )
    assert [(f.line, f.code) for f in analyze(source, Config.default())] == [(13, "MCD101")]  # refer only


@pytest.mark.parametrize("fields", [100, 125, 145])
def test_a_pipe_layout_of_up_to_300_terms_is_analyzed_whole(fields: int) -> None:
    # issue 9 (a long chain is no reason to give up): a generated pipe-delimited layout of 125 fields
    # (249 `+` terms) inside a function is analyzed like the 100-field one (it was MCD900: the evaluation
    # recursed once per term); the SSN at its own line is found
    parts = "\n".join(f'        + "|" + m.flag_{i:03d}' for i in range(fields))
    source = HEAD + f'\n\ndef line(m):\n    return (\n        m.cin\n        + "|" + m.ssn_num\n{parts}\n    )\n\n\ndef send(m):\n    requests.post(ICE, data=line(m))\n'
    found = [(f.line, f.code) for f in analyze(source, Config.default())]
    assert (9, "MCD101") in found
    assert not any(code in ("MCD900", "MCD901") for _, code in found)


@pytest.mark.parametrize(("depth", "codes"), [(11, ["MCD101"]), (27, ["MCD901"])])
def test_closures_nested_past_the_call_depth_say_so(depth: int, codes: list[str]) -> None:
    # SPEC section 3 (MCD901: what was found is reported, and this says more may be missing): a chain of
    # nested closures, each called by its parent, deeper than the call depth is analyzed nowhere else, so
    # the file says it was cut short rather than look clean
    body, indent = "", "    "
    for level in range(1, depth + 1):
        body += f"{indent}def l{level}():\n"
        indent += "    "
    body += f"{indent}requests.post(ICE, json={{'ssn': m.ssn}})\n"
    for level in range(depth, 0, -1):
        indent = indent[:-4]
        body += f"{indent}    l{level}()\n" if level > 1 else ""
    source = HEAD + "\n\ndef outer(m):\n" + body + "    l1()\n"
    assert sorted({f.code for f in analyze(source, Config.default())}) == codes


def test_3000_adjacent_string_literals_and_a_600_column_query_in_them() -> None:
    # issue 9 (a long literal is no reason to give up) and SPEC section 3 (the columns of a SQL string are
    # placements): adjacent literals nest one level per piece in libcst; 3,000 of them, and a query of 600
    # columns written as adjacent literals, are read whole (no MCD900 RecursionError), in linear time; the
    # rows are sent: each column is placed
    pieces = " ".join(f'"s{i}"' for i in range(3000))
    columns = " ".join(f'"c{i}, "' for i in range(600))
    source = (HEAD + f"S = ({pieces})\nQ = (\"SELECT cin, \" {columns} \"ssn FROM t\")\n\n\ndef send(m, cur):\n"
              "    cur.execute(Q)\n" + SEND_LINE + "\n    requests.post(ICE, json=cur.fetchall())\n")
    found = codes(timed_analyze(source))
    assert (10, "MCD101") in found and (11, "MCD201") in found and not any(code in ("MCD900", "MCD901") for _, code in found)
    assert found.count((5, "MCD104")) == 600  # c0 ... c599, each an unknown column, on the line of the query

