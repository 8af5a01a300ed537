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
def test_a_huge_expression_is_elided_not_a_reason_to_give_up(terms: int) -> None:
    # libcst's parser is quadratic on operator chains (and crashes on 10,000 terms): a chain of
    # constants longer than MAX_CHAIN is elided before the parse, the rest of the file is analyzed
    source = "import os, requests\nICE = 1 " + "+ 1 " * terms + '\n\ndef f(m):\n    requests.post("https://eid.ice.gov/r", json={"ssn": m.ssn})\n'
    found = analyze(source)
    assert [(f.line, f.code) for f in found] in ([(5, "MCD101")], [])  # [] where CPython itself refuses 30,000 terms


def test_an_elided_chain_that_holds_a_field_says_mcd901() -> None:
    chain = " + ".join(["m.ssn"] + ['"x"'] * 400)
    found = analyze(f'import requests\n\ndef f(m):\n    requests.post("https://eid.ice.gov/r", data={chain})\n')
    assert [(f.line, f.col, f.code) for f in found] == [(1, 0, "MCD901")]
    assert "an expression too long to parse" in found[0].message


def test_elision_keeps_every_other_position() -> None:
    from flake8_medicaid_scope.analysis import elide_long_chains

    source = "x = (\n" + " +\n".join(f"    'é{i}'" for i in range(400)) + "\n)\ny = 'a' + \\\n    'b'\n"
    elided, named = elide_long_chains(source)
    assert not named
    assert [len(line) for line in elided.splitlines()] == [len(line) for line in source.splitlines()]
    assert elided.splitlines()[1].strip() == "0" and elided.splitlines()[-2:] == source.splitlines()[-2:]
    compile(elided, "<elided>", "exec")


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


def test_past_the_time_budget_the_file_gets_mcd901_and_what_was_found(monkeypatch: pytest.MonkeyPatch) -> None:
    """The budget is checked as the analysis goes: past it, MCD901 and what was found so far. The
    clock is the analysis's own, made to advance a millisecond at each reading, so that the test
    does not depend on how fast the machine is."""
    from flake8_medicaid_scope import Config
    from flake8_medicaid_scope.flow import engine

    parts = ['import requests\nICE_URL = "https://eid.ice.gov/x"\n']
    for i in range(400):
        parts.append(f'def f{i}(m):\n    body = {{"sex": m.sex, "n{i}": m.cin}}\n    requests.post(ICE_URL, json=body)\n')
    source = "".join(parts)
    assert [f.code for f in analyze(source)].count("MCD101") == 400  # the default budget suffices
    ticks = [0.0]

    def clock() -> float:
        ticks[0] += 0.001
        return ticks[0]

    monkeypatch.setattr(engine, "clock", clock)
    monkeypatch.setattr(engine, "recent_clock", clock)  # (the reading the checks use, at most every 10 ms in a real run)
    hurried = analyze(source, Config.from_options(time_budget="0.2"))  # 200 readings of the clock
    codes = [f.code for f in hurried]
    assert codes[0] == "MCD901" and hurried[0].line == 1
    assert 1 <= codes.count("MCD101") < 400  # what was found before the budget ran out


def test_a_budget_spent_before_any_send_is_reached_still_says_so() -> None:
    """The budget can run out during the parse, before the analysis reached any send: the file
    passed the pre-check, so nothing says it is harmless; MCD901, never a silent pass."""
    from flake8_medicaid_scope import Config

    source = 'import requests\nICE_URL = "https://eid.ice.gov/x"\n' + "".join(
        f'def f{i}(m):\n    requests.post(ICE_URL, json={{"sex": m.sex}})\n' for i in range(50)
    )
    found = analyze(source, Config.from_options(time_budget="0.000001"))
    assert [(f.line, f.code) for f in found] == [(1, "MCD901")]


@pytest.mark.parametrize("value", ["0", "-1", "soon", "7200"])
def test_time_budget_is_validated(value: str) -> None:
    from flake8_medicaid_scope import Config, ConfigError

    with pytest.raises(ConfigError, match="--medicaid-time-budget"):
        Config.from_options(time_budget=value)
