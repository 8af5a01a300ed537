"""Never crash flake8: odd input, huge and deeply nested files."""

from __future__ import annotations

import pytest

from flake8_medicaid_scope import analyze

SEND = 'import requests\nICE = "https://eid.ice.gov"\ndef f(m):\n    requests.post(ICE, json={"ssn": m.ssn})\n'


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("byte-order mark", "\ufeff" + SEND),
        ("windows line endings", SEND.replace("\n", "\r\n")),
        ("tabs", SEND.replace("    ", "\t")),
        ("form feed", "\x0c" + SEND),
    ],
)
def test_odd_but_valid_source_is_analyzed(name: str, source: str) -> None:
    assert [(f.line, f.code) for f in analyze(source)] == [(4, "MCD101")]


@pytest.mark.parametrize(
    "source",
    [
        'print "ice"\n',  # Python 2
        "ICE_URL = (\n",  # unterminated
        "ICE = " + "[" * 2000 + "]" * 2000 + "\n",  # nesting CPython refuses (libcst's parser would overflow)
        'ICE = "\x00"\n',
        "",
    ],
    ids=["python2", "unterminated", "deep-brackets", "nul", "empty"],
)
def test_unparsable_source_reports_nothing(source: str) -> None:
    assert analyze(source) == []


@pytest.mark.parametrize("terms", [3000, 30000])
def test_a_huge_expression_is_one_clear_diagnostic_or_nothing(terms: int) -> None:
    # CPython 3.11+ refuses 30,000 terms (nothing to report); 3.10 accepts them, and libcst's
    # parser would crash on them: the file gets one MCD900 instead of a parse, on line 1 like
    # every MCD900 (docs/rules/MCD900.md), naming the long line
    found = analyze("import os\nICE = 1 " + "+ 1 " * terms + "\n")
    assert found == [] or [(f.line, f.col, f.code) for f in found] == [(1, 0, "MCD900")]
    assert all("line 2 is longer than 5,000 characters" in f.message for f in found)


def test_deep_expression_on_short_lines_is_one_clear_diagnostic() -> None:
    lines = "\n".join("    + 1" for _ in range(1200))
    found = analyze(f"ICE = (\n    1\n{lines}\n)\n")
    assert found == [] or [(f.line, f.code) for f in found] == [(1, "MCD900")]


def test_many_functions_are_each_analyzed() -> None:
    parts = ['import requests\nICE_URL = "https://eid.ice.gov/x"\n']
    for i in range(300):
        parts.append(f'def f{i}(m):\n    requests.post(ICE_URL, json={{"sex": m.sex}})\n    return f{(i + 1) % 300}(m)\n')
    found = analyze("".join(parts))
    assert len(found) == 300 and {f.code for f in found} == {"MCD101"}


def test_every_compound_statement_is_walked() -> None:
    source = """import requests
ICE = "https://eid.ice.gov"
def f(m, kind):
    match kind:
        case "full":
            import json
            requests.post(ICE, data=json.dumps({"ssn": m.ssn}))
        case _:
            pass
    try:
        pass
    except ValueError:
        requests.post(ICE, json={"race": m.race})
    while True:
        with open("x") as fh, requests.Session() as s:
            s.post(ICE, json={"email": m.email})
        break
"""
    assert [(f.line, f.code) for f in analyze(source)] == [(7, "MCD101"), (13, "MCD101"), (16, "MCD101")]
