"""SARIF 2.1.0 output: findings -> one SARIF log (a plain ``dict``, ready for ``json.dump``).

Pure: no flake8 import, no libcst. The flake8 formatter (``sarif_formatter.py``)
and any other front end hand it ``(path, finding)`` pairs, where a finding has
``line`` (1-based), ``col`` (0-based), ``code`` and ``message`` (a message that
starts with its code, as :class:`~flake8_medicaid_scope.findings.Finding`'s
does, or the bare text, as flake8 reports it).

``tool.driver.rules`` holds one rule per code of the package (``rules.rule_modules()``):
the short description is the first line of the rule module's docstring, the full
description its "What it flags" section, the help its whole docstring (the source
of ``docs/rules/MCDnnn.md``, which is not shipped in the wheel) and the citation
comes from the policy data. Results of codes that are not the package's (other
flake8 plugins) carry a ``ruleId`` but no ``ruleIndex``.

Fingerprints (``partialFingerprints["medicaidScopeFindingHash/v1"]``): the SHA-256 of
the code, the artifact URI as written in the log, the text of the flagged line with
its whitespace normalized (stripped, inner runs of blanks made one space) and an
occurrence counter: the number of earlier findings (by line and column) of the
same code, file and normalized line text. The line number is not part of it, so
a finding keeps its fingerprint when lines are inserted or removed above it, and
two identical findings on identical lines get distinct fingerprints. The key is
our own: ``primaryLocationLineHash`` is left to GitHub's upload action, which
computes it from the file and warns when a log carries a value it did not compute.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import re
import textwrap
import tokenize
from pathlib import Path, PurePath
from typing import Any, Callable, Iterable, Protocol
from urllib.parse import quote

from . import __version__
from .policy import Policy, default_policy

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
TOOL_NAME = "flake8-medicaid-scope"
#: the key of our fingerprint in ``partialFingerprints`` (see the module docstring)
FINGERPRINT_KEY = "medicaidScopeFindingHash/v1"
#: the uriBaseId of relative artifact locations (the root of the source tree)
SRCROOT = "%SRCROOT%"
_CODE_PREFIX = "MCD"


class FindingLike(Protocol):
    """What :func:`sarif_log` reads of a finding. An optional ``source_line`` attribute (the
    line as the front end read it) stands in for the file's line in the fingerprint when the
    file cannot be read (standard input)."""

    @property
    def line(self) -> int: ...

    @property
    def col(self) -> int: ...

    @property
    def code(self) -> str: ...

    @property
    def message(self) -> str: ...


def level_of(code: str) -> str:
    """The SARIF level of a code: MCD1xx/MCD2xx are errors; MCD3xx (suppressions), MCD9xx (the plugin
    about itself) and other plugins' codes are warnings."""
    if code.startswith(_CODE_PREFIX) and code[len(_CODE_PREFIX) : len(_CODE_PREFIX) + 1] in ("1", "2"):
        return "error"
    return "warning"


# --- rules -------------------------------------------------------------------------------


def _docstring(module: Any) -> str:
    return textwrap.dedent(module.__doc__ or "").strip()


def _sections(doc: str) -> dict[str, str]:
    """The ``## Heading`` sections of a rule docstring, by heading."""
    found: dict[str, str] = {}
    heading = ""
    lines: list[str] = []
    for line in doc.splitlines()[1:]:
        if line.startswith("## "):
            if heading:
                found[heading] = "\n".join(lines).strip()
            heading, lines = line[3:].strip(), []
        else:
            lines.append(line)
    if heading:
        found[heading] = "\n".join(lines).strip()
    return found


def plain_text(markdown: str) -> str:
    """Rule docstring Markdown as plain text: inline code marks dropped, headings made
    lines of their own, wrapped lines of a paragraph joined; list items, indented
    blocks and fenced code keep their lines."""
    out: list[str] = []
    paragraph: list[str] = []
    fenced = False

    def flush() -> None:
        if paragraph:
            out.append(" ".join(paragraph))
            paragraph.clear()

    for raw in markdown.splitlines():
        line = raw.rstrip()
        if line.lstrip().startswith("```"):
            flush()
            fenced = not fenced
            continue
        if fenced:
            out.append(line)
            continue
        if not line.strip():
            flush()
            if out and out[-1] != "":
                out.append("")
            continue
        if line.startswith("#"):
            flush()
            out.append(line.lstrip("#").strip().replace("`", "") + ":")
            continue
        stripped = line.strip().replace("`", "")
        if re.match(r"([-*]|\d+\.)\s", stripped):
            flush()  # a list item starts a line of its own
        paragraph.append(stripped)
    flush()
    return "\n".join(out).strip()


def camel_name(text: str, fallback: str) -> str:
    """A CamelCase rule name from a short description (``whole, unbounded record`` ->
    ``WholeUnboundedRecord``); ``fallback`` when no word is left."""
    words = re.findall(r"[A-Za-z0-9]+", text)
    name = "".join(w[:1].upper() + w[1:] for w in words)
    return name or fallback


def _tags(code: str) -> list[str]:
    if level_of(code) == "error":
        tags = ["medicaid", "privacy", "compliance", "immigration-enforcement"]
        if code == "MCD102":
            tags.append("health-data")
        return tags
    return ["medicaid", "plugin-diagnostic"]


def rule_descriptors(policy: Policy | None = None, *, as_of: _dt.date | None = None, help_base_uri: str | None = None) -> list[dict[str, Any]]:
    """One SARIF ``reportingDescriptor`` per code of the package, in code order."""
    from .rules import rule_modules  # the rules package imports no parser

    policy = policy or default_policy()
    period = policy.period_on(as_of or _dt.date.today())
    cite = policy.citations[period.citation_key]
    rules: list[dict[str, Any]] = []
    for module in rule_modules():
        code: str = module.CODE
        doc = _docstring(module)
        short = doc.splitlines()[0].strip() if doc else code
        title = str(policy.codes.get(code, {}).get("title", "")) or short
        flags = _sections(doc).get("What it flags", "") or short
        markdown = "\n\n".join(
            [
                f"# {code}: {title}",
                doc,
                "## Citation\n" + (f"{cite['long']}; {period.order}." if period.order else f"{cite['long']}."),
                f"Short form (in every message): `{cite['short']}`.",
                "The citations come from the policy data of flake8-medicaid-scope; this is not legal advice.",
            ]
        )
        page = f"docs/rules/{code}.md"
        rule: dict[str, Any] = {
            "id": code,
            "name": camel_name(title, code),
            "shortDescription": {"text": short},
            "fullDescription": {"text": plain_text(flags)},
            "help": {"text": plain_text(markdown), "markdown": markdown},
        }
        if help_base_uri:
            rule["helpUri"] = help_base_uri.rstrip("/") + "/" + page  # (SARIF 2.1.0: an absolute URI, or none)
        rule["defaultConfiguration"] = {"level": level_of(code)}
        # the rule page in the package's source tree, as a relative path (helpUri must be absolute)
        rule["properties"] = {"citation": cite["long"], "shortCitation": cite["short"], "order": period.order, "tags": _tags(code), "helpPage": page}
        rules.append(rule)
    return rules


# --- locations and fingerprints ----------------------------------------------------------


def artifact_location(path: str, base: Path | None = None) -> dict[str, str]:
    """The SARIF ``artifactLocation`` of a reported path: relative to ``base`` (when given and the
    file lies under it) with forward slashes and ``uriBaseId`` ``%SRCROOT%``; a relative path
    as given (``./`` dropped) when no base is given; an absolute ``file:`` URI otherwise."""
    if base is not None:
        absolute = os.path.abspath(path)
        try:
            relative = os.path.relpath(absolute, os.path.abspath(base))
        except ValueError:  # another drive (Windows)
            relative = ""
        if relative and not relative.startswith(os.pardir):
            return {"uri": quote(PurePath(relative).as_posix()), "uriBaseId": SRCROOT}
        return {"uri": Path(absolute).as_uri()}
    if os.path.isabs(path):
        return {"uri": Path(path).as_uri()}
    posix = PurePath(os.path.normpath(path)).as_posix()
    return {"uri": quote(posix), "uriBaseId": SRCROOT}


def normalize_line(text: str) -> str:
    """The text of a line as the fingerprint sees it: no line end, no leading or trailing
    blanks, inner runs of blanks made one space (re-indenting keeps the fingerprint)."""
    return " ".join(text.split())


def fingerprint(code: str, uri: str, line_text: str, occurrence: int) -> str:
    """The ``medicaidScopeFindingHash/v1`` value: hex SHA-256 of code, URI, normalized line text
    and the occurrence counter, separated by NUL (see the module docstring)."""
    material = "\0".join([code, uri, normalize_line(line_text), str(occurrence)])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


class _Lines:
    """The lines of the reported files, each file read once (its source encoding honoured)."""

    def __init__(self) -> None:
        self._files: dict[str, list[str] | None] = {}

    def __call__(self, path: str, line: int) -> str | None:
        if path not in self._files:
            try:
                with tokenize.open(path) as fh:
                    self._files[path] = [text.rstrip("\r\n") for text in fh]  # line ends as flake8 counts them
            except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
                self._files[path] = None  # stdin, a deleted file: the counter still tells apart
        lines = self._files[path]
        if lines is None:
            return None
        return lines[line - 1] if 1 <= line <= len(lines) else ""


def _message_text(code: str, message: str) -> str:
    """The message without its leading code (Finding.message starts with it; flake8's text does not)."""
    head, _, rest = message.partition(" ")
    return rest if head == code and rest else message


# --- the log -----------------------------------------------------------------------------


def _flow_step(step: Any, path: str, base: Path | None) -> dict[str, Any]:
    """One step of a finding's trace as a SARIF threadFlowLocation (code scanning draws the path)."""
    location = artifact_location(step.path or path, base)
    return {
        "location": {
            "physicalLocation": {"artifactLocation": location, "region": {"startLine": max(int(step.line), 1), "startColumn": max(int(step.col), 0) + 1}},
            "message": {"text": str(step.text)},
        }
    }


def sarif_log(
    results: Iterable[tuple[str, FindingLike]],
    *,
    base: Path | None = None,
    policy: Policy | None = None,
    as_of: _dt.date | None = None,
    help_base_uri: str | None = None,
    read_line: Callable[[str, int], str | None] | None = None,
) -> dict[str, Any]:
    """A SARIF 2.1.0 log with one run of flake8-medicaid-scope.

    ``results``: ``(path, finding)`` pairs; ``path`` as reported (relative to the current
    directory or absolute). ``base``: the source root; URIs are written relative to it.
    ``policy``/``as_of``: the policy and date whose citation the rules carry (default: the
    shipped policy, today). ``help_base_uri``: an absolute URL that ``docs/rules/MCDnnn.md``
    is resolved against for ``helpUri`` (default: the relative reference). ``read_line``:
    ``(path, line) -> text`` for the fingerprints, None when the file cannot be read (default:
    read the file; then the finding's ``source_line``, if it has one, stands in).
    """
    rules = rule_descriptors(policy, as_of=as_of, help_base_uri=help_base_uri)
    rule_index = {rule["id"]: i for i, rule in enumerate(rules)}
    lines = read_line or _Lines()

    rows = []
    for path, finding in results:
        location = artifact_location(path, base)
        text = lines(path, finding.line)
        if text is None:  # standard input, a file gone since: what the front end read, if anything
            source_line = getattr(finding, "source_line", None)
            text = source_line if isinstance(source_line, str) else ""
        rows.append((location["uri"], int(finding.line), int(finding.col), str(finding.code), str(finding.message), location, text, path, getattr(finding, "trace", ())))
    rows.sort(key=lambda r: (r[0], r[1], r[2], r[3], r[4]))

    artifacts: list[dict[str, Any]] = []
    artifact_index: dict[str, int] = {}
    seen: dict[tuple[str, str, str], int] = {}
    sarif_results: list[dict[str, Any]] = []
    for uri, line, col, code, message, location, text, path, trace in rows:
        if uri not in artifact_index:
            artifact_index[uri] = len(artifacts)
            artifacts.append({"location": dict(location)})
        key = (code, uri, normalize_line(text))
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        result: dict[str, Any] = {"ruleId": code}
        if code in rule_index:
            result["ruleIndex"] = rule_index[code]
        result.update(
            {
                "level": level_of(code),
                "message": {"text": _message_text(code, message)},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {**location, "index": artifact_index[uri]},
                            "region": {"startLine": max(line, 1), "startColumn": max(col, 0) + 1},
                        }
                    }
                ],
                "partialFingerprints": {FINGERPRINT_KEY: fingerprint(code, uri, text, occurrence)},
            }
        )
        if trace:
            result["codeFlows"] = [{"threadFlows": [{"locations": [_flow_step(step, path, base) for step in trace]}]}]
        sarif_results.append(result)

    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": TOOL_NAME,
                "version": __version__,
                "semanticVersion": __version__,
                "rules": rules,
            }
        },
        "columnKind": "unicodeCodePoints",
        "artifacts": artifacts,
        "results": sarif_results,
    }
    if base is not None:
        root = Path(os.path.abspath(base)).as_uri()
        run["originalUriBaseIds"] = {SRCROOT: {"uri": root if root.endswith("/") else root + "/"}}
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
