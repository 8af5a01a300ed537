"""Inline expectations in test sources, bugbear style.

``# MCD101`` (or several codes) at the end of a line: those findings are expected
on that line, one per code written (``# MCD102 MCD102`` is two findings). ``# known-miss: MCD101 reason`` marks a finding the analysis should
make but does not yet (the test that reads it is an expected failure).
``# OPTIONS: key=value; key=value`` in the first lines sets Config options
(comma-separated lists).

Population scope (MCD201) is its own question, asked of a send as a whole: a case
that annotates no ``MCD201`` anywhere is a case about fields (MCD101-MCD104), and
``actual`` leaves MCD201 out of it, as ``flake8 --extend-ignore=MCD201`` would.
The evaluation corpus and the rule examples ask for everything (``population=True``).
"""

from __future__ import annotations

import re
from collections import Counter

from flake8_medicaid_scope import Config, analyze

_EXPECT = re.compile(r"#\s*((?:MCD\d{3}[ ,]*)+)(?:\s|$)")
_MISS = re.compile(r"#\s*known-miss:\s*(MCD\d{3})\s*(.*)$")
_OPTIONS = re.compile(r"^#\s*OPTIONS:\s*(.*)$")

#: (line, code) -> how many findings; a code written twice on a line means two findings there
Expectation = Counter[tuple[int, str]]


def expected(source: str) -> tuple[Expectation, Expectation, list[str]]:
    """(expected findings, known misses, reasons of the misses) as (line, code) sets."""
    found: Expectation = Counter()
    misses: Expectation = Counter()
    reasons: list[str] = []
    for number, line in enumerate(source.splitlines(), 1):
        if "noqa" in line:
            line = line.split("noqa", 1)[0]
        miss = _MISS.search(line)
        if miss:
            misses[(number, miss.group(1))] += 1
            reasons.append(f"line {number}: {miss.group(2).strip()}")
            continue
        match = _EXPECT.search(line)
        if match:
            for code in re.findall(r"MCD\d{3}", match.group(1)):
                found[(number, code)] += 1
    return found, misses, reasons


def options_of(source: str) -> Config:
    """The Config set by an ``# OPTIONS:`` header (defaults without one)."""
    for line in source.splitlines()[:5]:
        match = _OPTIONS.match(line)
        if match:
            kwargs: dict[str, object] = {}
            for part in match.group(1).split(";"):
                key, _, value = part.partition("=")
                key, value = key.strip(), value.strip()
                if key in ("policy", "as_of"):
                    kwargs[key] = value
                else:
                    kwargs[key] = [v for v in value.split(",") if v]
            return Config.from_options(**kwargs)  # type: ignore[arg-type]
    return Config.default()


def actual(source: str, config: Config | None = None, population: bool | None = None) -> Expectation:
    """The (line, code) pairs flake8 would show: the analysis's findings without those a ``# noqa``
    on their line suppresses (and without MCD201 in a case about fields, see above)."""
    from flake8_medicaid_scope.suppressions import apply_noqa

    if population is None:
        population = "MCD201" in source
    found = apply_noqa(source, analyze(source, config or options_of(source)))
    return Counter((f.line, f.code) for f in found if population or f.code != "MCD201")
