"""Suppressions: ``# noqa`` comments as flake8 reads them, the reason each exception must carry
(MCD301), and suppressions that no longer excuse anything (MCD302).

An exception to a court order is a decision someone made: ``# noqa: MCD101  # reason: counsel
approved, LEGAL-42`` keeps it next to the code it excuses. Any text after the code list counts as
the reason (``# reason: ...``, ``-- ...``, or plain words after a second ``#``); a bare
``# noqa: MCD101`` does not. A ``# noqa: MCD...`` on a line where the analysis finds no such code
suppresses nothing, and gets MCD302, so that suppressions do not outlive the code they excused.
"""

from __future__ import annotations

import io
import re
import tokenize
from dataclasses import dataclass

from .config import Config
from .findings import Finding

MISSING_REASON = "MCD301"
STALE = "MCD302"
#: flake8's own reading of a noqa comment (``flake8.defaults.NOQA_INLINE_REGEX``): codes are
#: letters then digits, separated by commas or spaces; ``noqa`` in any case
NOQA = re.compile(r"#\s*noqa(?::[\s]?(?P<codes>[A-Z]+[0-9]+(?:[,\s]+[A-Z]+[0-9]+)*))?", re.IGNORECASE)
#: a reason has at least one word of three letters
_WORDS = re.compile(r"[A-Za-z]{3,}")


@dataclass(frozen=True)
class Noqa:
    """One ``# noqa`` comment."""

    line: int
    col: int
    codes: tuple[str, ...] | None  # None: a bare ``# noqa`` (everything on the line)
    reason: str
    text: str


def noqa_comments(source: str) -> list[Noqa]:
    """The ``# noqa`` comments of a module (comments only, never text inside strings)."""
    if "noqa" not in source.lower():
        return []
    out: list[Noqa] = []
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError, ValueError):
        return out
    for token in tokens:
        if token.type != tokenize.COMMENT:
            continue
        match = NOQA.search(token.string)
        if match is None:
            continue
        codes = tuple(c.upper() for c in re.split(r"[,\s]+", match.group("codes").strip())) if match.group("codes") else None
        rest = token.string[match.end() :].strip().lstrip("#-—:; ").strip()
        if rest.lower().startswith("reason"):
            rest = rest[len("reason") :].lstrip(" :=-").strip()
        reason = rest if _WORDS.search(rest) else ""
        out.append(Noqa(token.start[0], token.start[1] + match.start(), codes, reason, match.group(0)))
    return out


def suppression_findings(source: str, findings: list[Finding], config: Config) -> list[Finding]:
    """MCD301 for each MCD code suppressed without a reason, MCD302 for each that suppresses nothing."""
    out: list[Finding] = []
    for noqa in noqa_comments(source):
        if noqa.codes is None:
            continue  # a bare noqa is flake8's business: it hides every code on the line, these two included
        ours = [c for c in noqa.codes if c.startswith("MCD") and c not in (MISSING_REASON, STALE)]
        if not ours:
            continue
        shown = f"# noqa: {', '.join(noqa.codes)}"
        if not noqa.reason:
            out.append(Finding(noqa.line, noqa.col, MISSING_REASON,
                               f"{MISSING_REASON} '{shown}' gives no reason: every exception to the order carries its reason in the code "
                               f"(add '# reason: ...' after the codes) [{config.citation}]"))
        here = {f.code for f in findings if f.line == noqa.line}
        for code in ours:
            if not any(found.startswith(code) for found in here):
                out.append(Finding(noqa.line, noqa.col, STALE,
                                   f"{STALE} '{shown}' suppresses no {code} here: the analysis finds none on this line; remove {code} from it "
                                   f"[{config.citation}]"))
    return out


def apply_noqa(source: str, findings: list[Finding]) -> list[Finding]:
    """The findings flake8 would show: without those a ``# noqa`` on their line suppresses (the
    line's text is searched, as flake8 does; codes match by prefix)."""
    if "noqa" not in source.lower() or not findings:
        return findings
    lines = source.splitlines()
    kept = []
    for f in findings:
        text = lines[f.line - 1] if 0 < f.line <= len(lines) else ""
        match = NOQA.search(text)
        if match is None:
            kept.append(f)
            continue
        codes = match.group("codes")
        if codes is None:
            continue  # bare noqa: everything on the line
        if not any(f.code.startswith(c.upper()) for c in re.split(r"[,\s]+", codes.strip())):
            kept.append(f)
    return kept
