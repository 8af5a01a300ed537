"""Property tests (issue 9): the analysis never raises, never hangs and is deterministic, on random
valid modules (hypothesmith) and on random programs built around sinks, enforcement URLs and
payloads of Medicaid field names; a metamorphic property: the same program sending to a state
host instead of an enforcement host has no MCD101-MCD104 finding.

The default profile is bounded for CI (well under a minute for the whole file); set
``MEDICAID_SCOPE_LONG_FUZZ=1`` for a longer run. A failure prints the failing source (and a
``@reproduce_failure`` blob).
"""

from __future__ import annotations

import csv
import keyword
import os
import re
import signal
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest

hypothesis = pytest.importorskip("hypothesis")
hypothesmith = pytest.importorskip("hypothesmith")

from hypothesis import HealthCheck, assume, given, note, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from flake8_medicaid_scope import Finding, analyze  # noqa: E402
from flake8_medicaid_scope.words import name_words  # noqa: E402

CITATION = "[California v. HHS, No. 3:25-cv-05536 (N.D. Cal. Dec. 29, 2025)]"
FINDING_CODES = {"MCD101", "MCD102", "MCD103", "MCD104", "MCD201", "MCD901"}
FIELD_CODES = {"MCD101", "MCD102", "MCD103", "MCD104"}
STATE_URL = "https://portal.dhs.state.mn.us/api"
ENFORCEMENT_URLS = ("https://eid.ice.gov/api/v1/referrals", "https://ero-referrals.dhs.gov/v2/subjects", "https://intake.cbp.gov/submit")
STATE_URLS = (STATE_URL, "https://mn-its.dhs.state.mn.us/referrals", "https://eligibility.dhs.illinois.gov/api")
ENFORCEMENT_TOKENS = {"ice", "dhs", "ero", "cbp", "enforcement", "deportation"}

#: compile() of random modules warns about odd literals; those warnings say nothing about the plugin
pytestmark = pytest.mark.filterwarnings("ignore::SyntaxWarning", "ignore:invalid escape sequence:DeprecationWarning")

# -- profiles -------------------------------------------------------------------------------
_COMMON = {
    "deadline": None,  # a slow example is measured by _no_hang, not by hypothesis' per-example deadline
    "database": None,  # no .hypothesis/ folder in the checkout; a failure prints its reproduction blob
    "print_blob": True,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
}
settings.register_profile("medicaid-scope-ci", max_examples=75, **_COMMON)
settings.register_profile("medicaid-scope-long", max_examples=2000, **_COMMON)
LONG = os.environ.get("MEDICAID_SCOPE_LONG_FUZZ") == "1"
#: applied per test (not loaded globally, so other test modules keep their own settings)
PROFILE = settings.get_profile("medicaid-scope-long" if LONG else "medicaid-scope-ci")
#: seconds one analyze() call may take before it counts as a hang (the per-file budget is 5 s)
HANG_SECONDS = 60 if LONG else 30


class Hang(BaseException):
    """analyze() did not return in time (a BaseException, so that analyze's own ``except Exception`` cannot swallow it)."""


@contextmanager
def _no_hang(seconds: float) -> Iterator[None]:
    """Fail instead of hanging: an alarm interrupts a call that runs past ``seconds`` (POSIX main thread only)."""
    if not hasattr(signal, "setitimer"):  # pragma: no cover - Windows: the elapsed time is still checked
        start = time.monotonic()
        yield
        assert time.monotonic() - start < seconds, "analyze() took too long"
        return

    def _alarm(signum: int, frame: object) -> None:
        raise Hang(f"analyze() ran for more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _analyze_twice(source: str) -> list[Finding]:
    """Findings of two analyses of ``source``: never raises, never hangs, same findings in the same order."""
    with _no_hang(HANG_SECONDS):
        first = analyze(source)
    with _no_hang(HANG_SECONDS):
        second = analyze(source)
    assert first == second, "analyze() is not deterministic"
    assert first == sorted(first, key=lambda f: (f.line, f.col)), "findings are not in source order"
    return first


def _python_lines(source: str) -> list[str]:
    """The lines as Python counts them (str.splitlines also splits at form feeds, \\x1c, \\u2028, ...)."""
    return re.split(r"\r\n|\r|\n", source)


def _compiles(source: str) -> bool:
    try:
        compile(source, "<fuzz>", "exec", dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError):
        return False
    return True


# -- (a) random valid modules -------------------------------------------------------------------
#: appended so that the libcst parse and the data-flow analysis run (a module without a signal stops at the pre-check)
SIGNAL_TAIL = '\nimport requests\nICE_URL = "https://eid.ice.gov/api/v1/referrals"\n\ndef _tail(m):\n    requests.post(ICE_URL, json={"ssn": m.ssn})\n'


@PROFILE
@given(hypothesmith.from_grammar())
def test_random_valid_modules_never_raise_and_are_deterministic(source: str) -> None:
    assume(_compiles(source))
    found = _analyze_twice(source)
    assert not [f for f in found if f.code == "MCD900"], f"internal error on a valid module: {found}"
    assert all(f.code in FINDING_CODES | {"MCD902"} for f in found), found


@PROFILE
@given(hypothesmith.from_grammar())
def test_random_valid_modules_with_an_enforcement_send_are_analyzed(source: str) -> None:
    """The same modules with an enforcement send appended: they pass the pre-check, so libcst and the
    data-flow analysis see every random construct; the appended send is still found."""
    source = source + ("\n" if source and not source.endswith(("\n", "\r")) else "") + SIGNAL_TAIL
    assume(_compiles(source))
    note(source)
    found = _analyze_twice(source)
    assert not [f for f in found if f.code == "MCD900"], f"internal error on a valid module: {found}"
    assert all(f.code in FINDING_CODES | {"MCD902"} for f in found), found
    assert all(1 <= f.line <= len(_python_lines(source)) and f.message.startswith(f.code + " ") for f in found), found
    tail_line = _python_lines(source).index('    requests.post(ICE_URL, json={"ssn": m.ssn})') + 1
    assert any(f.code == "MCD101" and f.line == tail_line for f in found) or any(f.code == "MCD901" for f in found), found


# -- (b) random programs built around sinks ---------------------------------------------------------
def _vocabulary_names() -> list[tuple[str, str]]:
    """(name, category) of the reference field names (tests/data/medicaid-fields.tsv, a copy of
    shared/reference/medicaid-fields.tsv), without names that hold an enforcement word."""
    path = Path(__file__).parent / "data" / "medicaid-fields.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [(row["name"], row["category"]) for row in csv.DictReader(handle, delimiter="\t")]
    return [(name, category) for name, category in rows if not ENFORCEMENT_TOKENS & set(name_words(name))]


VOCABULARY = _vocabulary_names()
VOCAB_KEYS = sorted({name for name, _ in VOCABULARY})


def _identifier(name: str) -> str | None:
    ident = re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_").lower()
    return ident if ident.isidentifier() and not keyword.iskeyword(ident) else None


VOCAB_ATTRS = sorted({i for i in (_identifier(n) for n in VOCAB_KEYS) if i})
#: names the generated programs use themselves (never drawn as random identifiers)
RESERVED = {"requests", "httpx", "boto3", "json", "m", "rows", "row", "flag", "body", "payload", "client", "session", "sqs", "k", "v", "rec",
            "allowed", "anchor", "str", "vars", "getattr", "dict", "list", "print", "len"}
IDENTS = (
    st.from_regex(r"[a-z][a-z0-9]{0,5}(_[a-z0-9]{1,6}){0,2}", fullmatch=True)
    .filter(lambda s: not keyword.iskeyword(s) and s not in RESERVED and not ENFORCEMENT_TOKENS & set(name_words(s)))
)
#: a prohibited field sent directly by the anchor function of every program (the analysis must find it)
ANCHORS = (("ssn", "ssn", "MCD101"), ("race", "race", "MCD101"), ("primary_dx", "dx", "MCD102"), ("email", "email", "MCD101"), ("sex", "sex", "MCD101"))


@dataclass
class Program:
    """A generated module: ``template`` has ``{URL}`` where the destination URL goes."""

    template: str
    anchor_line: int
    anchor_code: str

    def with_url(self, url: str) -> str:
        return self.template.replace("{URL}", url)


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, indent: int, text: str) -> int:
        self.lines.append("    " * indent + text)
        return len(self.lines)


@st.composite
def _key(draw: st.DrawFn) -> str:
    return repr(draw(st.one_of(st.sampled_from(VOCAB_KEYS), IDENTS)))


@st.composite
def _value(draw: st.DrawFn, local_vars: list[str]) -> str:
    attr = draw(st.one_of(st.sampled_from(VOCAB_ATTRS), IDENTS))
    choices = [
        f"m.{attr}",
        f"m.{attr}",
        f"rows[0][{draw(_key())}]",
        repr(draw(st.sampled_from(["REDACTED", "", "n/a"]))),
        str(draw(st.integers(0, 99))),
        f"str(m.{attr})",
        f"m.{attr}.strip()",
        f'f"{{m.{attr}}}-{{m.{draw(st.sampled_from(VOCAB_ATTRS))}}}"',
        f"m.{draw(IDENTS)}.{attr}",
    ]
    if local_vars:
        choices.append(draw(st.sampled_from(local_vars)))
    return draw(st.sampled_from(choices))


@st.composite
def _dict_literal(draw: st.DrawFn, local_vars: list[str], max_size: int = 4) -> str:
    n = draw(st.integers(0, max_size))
    entries = [f"{draw(_key())}: {draw(_value(local_vars))}" for _ in range(n)]
    return "{" + ", ".join(entries) + "}"


@st.composite
def _statements(draw: st.DrawFn, out: _Writer, indent: int, local_vars: list[str], helpers: list[str], depth: int) -> None:
    """A few statements that build ``body`` (already bound) and other locals."""
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["set", "set", "assign", "update", "helper", "pop", "if", "for", "loop_keys", "early",
                                     "try", "while", "match", "unpack", "comprehension", "closure", "setdefault", "alias"]))
        if kind == "set":
            out.add(indent, f"body[{draw(_key())}] = {draw(_value(local_vars))}")
        elif kind == "assign":
            name = draw(IDENTS)
            out.add(indent, f"{name} = {draw(_value(local_vars))}")
            local_vars.append(name)
        elif kind == "update":
            out.add(indent, f"body.update({draw(_dict_literal(local_vars))})")
        elif kind == "helper" and helpers:
            out.add(indent, f"body.update({draw(st.sampled_from(helpers))}(m))")
        elif kind == "pop":
            out.add(indent, f"body.pop({draw(_key())}, None)")
        elif kind == "if" and depth < 2:
            out.add(indent, f"if {draw(st.sampled_from(['flag', 'not flag', 'rows', 'm.active']))}:")
            draw(_statements(out, indent + 1, list(local_vars), helpers, depth + 1))
            if draw(st.booleans()):
                out.add(indent, "else:")
                draw(_statements(out, indent + 1, list(local_vars), helpers, depth + 1))
        elif kind == "for" and depth < 2:
            out.add(indent, "for row in rows:")
            out.add(indent + 1, f"body[{draw(_key())}] = row[{draw(_key())}]")
            draw(_statements(out, indent + 1, [*local_vars, "row"], helpers, depth + 1))
        elif kind == "loop_keys":
            keys = draw(st.lists(st.sampled_from(VOCAB_ATTRS), min_size=1, max_size=3))
            out.add(indent, f"for k in {tuple(keys)!r}:")
            out.add(indent + 1, "body[k] = getattr(m, k)")
        elif kind == "try" and depth < 2:
            out.add(indent, "try:")
            draw(_statements(out, indent + 1, list(local_vars), helpers, depth + 1))
            out.add(indent, "except (KeyError, ValueError):")
            draw(_statements(out, indent + 1, list(local_vars), helpers, depth + 1))
        elif kind == "while" and depth < 2:
            out.add(indent, "while flag:")
            draw(_statements(out, indent + 1, list(local_vars), helpers, depth + 1))
            out.add(indent + 1, "break")
        elif kind == "match" and depth < 2:
            out.add(indent, "match flag:")
            pattern = draw(st.sampled_from(["True", "1", "[first, *_]", "{'kind': kind}"]))
            out.add(indent + 1, f"case {pattern}:")
            draw(_statements(out, indent + 2, list(local_vars), helpers, depth + 1))
            out.add(indent + 1, "case _:")
            out.add(indent + 2, f"body[{draw(_key())}] = {draw(_value(local_vars))}")
        elif kind == "unpack":
            first, second = draw(IDENTS), draw(IDENTS)
            out.add(indent, f"{first}, {second} = {draw(_value(local_vars))}, {draw(_value(local_vars))}")
            local_vars += [first, second]
        elif kind == "comprehension":
            keys = draw(st.lists(st.sampled_from(VOCAB_ATTRS), min_size=1, max_size=3))
            out.add(indent, f"body.update({{k: getattr(m, k) for k in {tuple(keys)!r}}})")
        elif kind == "closure":
            name = "put_" + draw(IDENTS)
            out.add(indent, f"def {name}(key, value):")
            out.add(indent + 1, "body[key] = value")
            out.add(indent, f"{name}({draw(_key())}, {draw(_value(local_vars))})")
        elif kind == "setdefault":
            out.add(indent, f"body.setdefault({draw(_key())}, {{}})[{draw(_key())}] = {draw(_value(local_vars))}")
        elif kind == "alias":
            name = draw(IDENTS)
            out.add(indent, f"{name} = body")
            out.add(indent, f"{name}[{draw(_key())}] = {draw(_value(local_vars))}")
        elif kind == "early" and depth > 0:
            out.add(indent, draw(st.sampled_from(["return None", "pass"])))
            return
        else:
            out.add(indent, f"body[{draw(_key())}] = {draw(_value(local_vars))}")


SINKS = (
    ("requests", "requests.post({C}, json={P})"),
    ("requests", "requests.put({C}, data=json.dumps({P}))"),
    ("requests", "requests.get({C}, params={P})"),
    ("requests", "requests.Session().post({C}, json={P})"),
    ("requests", "requests.post(f\"{{{C}}}/{{m.cin}}\", json={P})"),
    ("httpx", "httpx.post({C}, json={P})"),
    ("httpx", "httpx.Client(base_url={C}).post('/referrals', json={P})"),
    ("boto3", "boto3.client('sqs').send_message(QueueUrl={C}, MessageBody=json.dumps({P}))"),
)
WITH_SINKS = (
    ("requests", "with requests.Session() as session:", "session.post({C}, json={P})"),
    ("httpx", "with httpx.Client() as client:", "client.post({C}, json={P})"),
)


@st.composite
def programs(draw: st.DrawFn) -> Program:
    """A small module around sinks: imports, a URL constant (``{URL}`` in the template), an
    allow-list, helper functions returning payload dicts, functions that build ``body`` through
    assignments, branches and loops and send it, and an anchor that sends one prohibited field."""
    libs = sorted(draw(st.sets(st.sampled_from(["httpx", "boto3"]), max_size=2)) | {"requests"})
    const = draw(st.sampled_from(["ENDPOINT", "API_URL", "REFERRAL_URL", "ICE_URL", "DHS_REFERRAL_URL", "TARGET"]))
    out = _Writer()
    out.add(0, "import json")
    for lib in libs:
        out.add(0, f"import {lib}")
    out.add(0, "")
    out.add(0, f'{const} = "{{URL}}"')
    allowed = draw(st.lists(st.sampled_from(VOCAB_KEYS), max_size=4, unique=True))
    out.add(0, f"ALLOWED = {tuple(allowed)!r}")
    helpers: list[str] = []
    for i in range(draw(st.integers(0, 2))):
        name = f"helper_{i}"
        out.add(0, "")
        out.add(0, "")
        out.add(0, f"def {name}(m):")
        out.add(1, f"body = {draw(_dict_literal([]))}")
        draw(_statements(out, 1, [], list(helpers), 1))
        out.add(1, "return body")
        helpers.append(name)
    for i in range(draw(st.integers(1, 3))):
        out.add(0, "")
        out.add(0, "")
        out.add(0, f"def send_{i}(m, flag, rows):")
        local_vars: list[str] = []
        out.add(1, f"body = {draw(_dict_literal(local_vars))}")
        draw(_statements(out, 1, local_vars, helpers, 0))
        payload = draw(st.sampled_from(["body", "body", "body", "vars(m)", "m.__dict__", "{k: v for k, v in body.items() if k in ALLOWED}",
                                        *(f"{h}(m)" for h in helpers)]))
        usable = [s for s in SINKS if s[0] in libs]
        usable_with = [s for s in WITH_SINKS if s[0] in libs]
        if usable_with and draw(st.booleans()):
            _, opener, call = draw(st.sampled_from(usable_with))
            out.add(1, opener)
            out.add(2, call.format(C=const, P=payload))
        else:
            out.add(1, draw(st.sampled_from(usable))[1].format(C=const, P=payload))
    key, attr, code = draw(st.sampled_from(ANCHORS))
    out.add(0, "")
    out.add(0, "")
    out.add(0, "def anchor(m):")
    anchor_line = out.add(1, f"requests.post({const}, json={{{key!r}: m.{attr}}})")
    return Program("\n".join(out.lines) + "\n", anchor_line, code)


def _check_findings(found: list[Finding], source: str) -> None:
    n_lines = len(source.splitlines())
    for f in found:
        assert f.code in FINDING_CODES, f"unexpected code: {f}"
        assert 1 <= f.line <= n_lines, f"line outside the file: {f}"
        assert f.col >= 0, f
        assert f.message.startswith(f.code + " "), f
        assert f.message.endswith(CITATION), f"message without the citation: {f.message}"
        assert "\n" not in f.message, f
    assert len([f for f in found if f.code == "MCD901"]) <= 1
    assert all(f.line == 1 for f in found if f.code == "MCD901")


@PROFILE
@given(programs(), st.sampled_from(ENFORCEMENT_URLS + STATE_URLS))
def test_programs_around_sinks_give_well_formed_deterministic_findings(program: Program, url: str) -> None:
    source = program.with_url(url)
    note(source)
    assert _compiles(source), "the generator made invalid Python"
    found = _analyze_twice(source)
    _check_findings(found, source)
    if url in ENFORCEMENT_URLS:  # the anchor's direct send of a prohibited field is found whatever surrounds it
        assert any(f.line == program.anchor_line and f.code == program.anchor_code for f in found), found


@PROFILE
@given(programs(), st.sampled_from(ENFORCEMENT_URLS))
def test_a_state_url_instead_of_an_enforcement_url_leaves_no_field_finding(program: Program, url: str) -> None:
    enforcement = program.with_url(url)
    state = program.with_url(STATE_URL)
    note(state)
    found_enforcement = _analyze_twice(enforcement)
    _check_findings(found_enforcement, enforcement)
    found_state = _analyze_twice(state)
    _check_findings(found_state, state)
    assert [f for f in found_state if f.code in FIELD_CODES | {"MCD201"}] == [], found_state
