"""Suppressions: ``# noqa`` comments as flake8 reads them, the reason each exception must carry
(MCD301), and suppressions that no longer excuse anything (MCD302).

An exception to a court order is a decision someone made: ``# noqa: MCD101  # reason: counsel
approved, LEGAL-42`` keeps it next to the code it excuses. Any text after the code list counts as
the reason (``# reason: ...``, ``-- ...``, or plain words after a second ``#``), and so do words
written before the ``# noqa`` in the same comment; a bare ``# noqa: MCD101`` does not. A ``# noqa: MCD...`` on a line where the analysis finds no such code
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
#: flake8's own reading of a noqa comment (``flake8.defaults.NOQA_INLINE_REGEXP`` of flake8 7): ``# noqa``
#: with one space (``#noqa: MCD101`` suppresses nothing), in any case; codes are letters then digits,
#: separated by commas or spaces (compared case-sensitively: ``# noqa: mcd101`` suppresses nothing, in
#: flake8 as here)
NOQA = re.compile(r"# noqa(?::[\s]?(?P<codes>[A-Z]+[0-9]+(?:[,\s]+[A-Z]+[0-9]+)*))?", re.IGNORECASE)
#: other tools' directives written in the same comment, which are no reason (``# type: ignore[attr-defined]``,
#: ``# pragma: no cover``, ``# nosec B113``, ``# pylint: disable=broad-except``, ``# fmt: skip``)
_DIRECTIVES = re.compile(
    r"\b(?:type:\s*ignore(?:\[[^\]]*\])?|pyright:\s*ignore(?:\[[^\]]*\])?|pragma:\s*no\s*(?:cover|branch)|nosec(?:\s+B\d+(?:\s*,\s*B\d+)*)?"
    r"|(?:pylint|mypy|ruff|isort|fmt|flake8|bandit|medicaid-scope):\s*[\w\-]+(?:\s*=\s*[\w\-]+(?:\s*,\s*[\w\-]+)*)?|noqa)", re.IGNORECASE)
#: the tokens whose text flake8's search for ``# noqa`` reads: comments, and strings (of f-strings, their text parts)
_SEARCHED = frozenset({tokenize.COMMENT, tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", tokenize.COMMENT)})
#: a reason has at least one word of three letters
_WORDS = re.compile(r"[A-Za-z]{3,}")
#: error codes (``MCD101``, ``E501``), which are no reason
_CODES = re.compile(r"\b[A-Z]+[0-9]+\b")


@dataclass(frozen=True)
class Noqa:
    """One ``# noqa`` comment."""

    line: int
    col: int
    codes: tuple[str, ...] | None  # None: a bare ``# noqa`` (everything on the line)
    reason: str
    text: str
    #: the lines it covers, as flake8 maps them: every line of a statement joined by a backslash or
    #: of a multi-line string that ends on its line (first, last)
    covers: tuple[int, int] = (0, 0)
    #: written inside a string (a SQL text, a value): flake8 applies it all the same
    in_string: bool = False


def noqa_comments(source: str) -> list[Noqa]:
    """The ``# noqa`` comments of a module, and the ``# noqa`` written inside strings (``ssn  -- # noqa: MCD101`` in a SQL
    text), which flake8 applies too: it searches the lines' text, strings included."""
    if "noqa" not in source.lower():
        return []
    out: list[Noqa] = []
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError, ValueError):
        return out
    ranges = _line_ranges(tokens)
    comments = {t.start[0]: t.string for t in tokens if t.type == tokenize.COMMENT}
    for token in tokens:
        if token.type not in _SEARCHED:
            continue
        match = NOQA.search(token.string)
        if match is None:
            continue
        in_string = token.type != tokenize.COMMENT
        if in_string:
            # (in a string: from the marker to the end of its own line, or to the string's end; what comes before it is the
            # string's text, no reason)
            start = token.string.rfind("\n", 0, match.start()) + 1
            # (a line of the string's text ends at a newline, written as one or as the escape; round 517c)
            ends = [at for at in (token.string.find("\n", match.end()), token.string.find("\\n", match.end())) if at >= 0]
            end = min(ends) if ends else -1
            text = token.string[match.start() : end if end >= 0 else len(token.string)]
            if end < 0 and token.type == tokenize.STRING:
                text = text.rstrip("'\"")
            row = token.start[0] + token.string.count("\n", 0, match.start())
            if end < 0 and token.end[0] == row and row in comments:
                # (a SQL text ending in the marker, then a comment with the reason after the string: that comment gives it)
                text += "  " + comments[row]
            col = token.start[1] + match.start() if start == 0 else match.start() - start
            token = tokenize.TokenInfo(tokenize.COMMENT, text, (row, col), (row, col + len(text)), token.line)
            match = NOQA.search(token.string)
            if match is None:
                continue
        # (codes as written: flake8 compares them case-sensitively, so # noqa: mcd101 suppresses nothing)
        codes = tuple(re.split(r"[,\s]+", match.group("codes").strip())) if match.group("codes") else None
        rest = token.string[match.end() :].strip().lstrip("#-—:; ").strip()
        if codes is None:
            # "# noqa : MCD101 reason" is a bare noqa for flake8 (no codes read): the codes written are no part of the reason
            rest = re.sub(r"^(?:[A-Z]+[0-9]+[,\s]*)+", "", rest).strip()
        if rest.lower().startswith("reason"):
            rest = rest[len("reason") :].lstrip(" :=-").strip()
        # (an error code after the codes, MCD102, E501, or another tool's directive is no reason)
        reason = rest if _WORDS.search(_CODES.sub("", _DIRECTIVES.sub("", rest))) else ""
        before = _CODES.sub("", _DIRECTIVES.sub("", token.string[: match.start()])).strip().strip("#-—:; ").strip()
        if not reason and not in_string and _WORDS.search(before):
            reason = before  # the reason written first, before the marker, on the same line
        line = token.start[0]
        out.append(Noqa(line, token.start[1] + match.start(), codes, reason, match.group(0), ranges.get(line, (line, line)), in_string))
    return out


def _line_ranges(tokens: list[tokenize.TokenInfo]) -> dict[int, tuple[int, int]]:
    """For each line, the lines flake8 searches together for a ``noqa``
    (``flake8.processor.FileProcessor._noqa_line_mapping``): those from one line break token to the
    next, so a multi-line string or a backslash continuation is one range, while a bracket spread
    over lines has a range per line."""
    out: dict[int, tuple[int, int]] = {}
    first, last = None, -1
    for token in tokens:
        if token.type in (tokenize.ENDMARKER, tokenize.DEDENT):
            continue
        first = token.start[0] if first is None else min(first, token.start[0])
        last = max(last, token.end[0])
        if token.type in (tokenize.NL, tokenize.NEWLINE):
            for number in range(first, last + 1):
                out[number] = (first, last)
            first, last = None, -1
    return out


def suppression_findings(source: str, findings: list[Finding], config: Config) -> list[Finding]:
    """MCD301 for each MCD code suppressed without a reason, MCD302 for each that suppresses nothing
    (unless the analysis was cut short or failed, MCD901/MCD900: what it did not see may be what a
    suppression is for, and removing it on that advice would bring the finding back on a full run)."""
    out: list[Finding] = []
    partial = any(f.code in ("MCD900", "MCD901") for f in findings)
    for noqa in noqa_comments(source):
        if noqa.codes is None:
            continue  # a bare noqa is flake8's business: it hides every code on the line, these two included
        ours = [c for c in noqa.codes if c.startswith("MCD") and c not in (MISSING_REASON, STALE)]
        here = {f.code for f in findings if noqa.covers[0] <= f.line <= noqa.covers[1]}
        if not ours or (noqa.in_string and not any(found.startswith(code) for code in ours for found in here)):
            # (one written inside a string is text until it hides a finding: then it is a suppression like any other,
            # never a stale one)
            continue
        shown = f"# noqa: {', '.join(noqa.codes)}"
        if not noqa.reason:
            out.append(Finding(noqa.line, noqa.col, MISSING_REASON,
                               f"{MISSING_REASON} '{shown}' gives no reason: every exception to the order carries its reason in the code "
                               f"(add '# reason: ...' after the codes) [{config.citation}]"))
        for code in ours if not partial and not noqa.in_string else ():
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
    try:
        ranges = _line_ranges(list(tokenize.generate_tokens(io.StringIO(source).readline)))
    except (tokenize.TokenError, SyntaxError, ValueError):
        ranges = {}
    lines = source.splitlines(keepends=True)
    kept = []
    for f in findings:
        # flake8 searches the text of the lines it joins with the finding's line (strings included)
        first, last = ranges.get(f.line, (f.line, f.line))
        match = NOQA.search("".join(lines[max(first - 1, 0) : last]))
        if match is None:
            kept.append(f)
            continue
        codes = match.group("codes")
        if codes is None:
            continue  # bare noqa: everything on the line
        if not any(f.code.startswith(c) for c in re.split(r"[,\s]+", codes.strip())):  # case-sensitive, as flake8
            kept.append(f)
    return kept
