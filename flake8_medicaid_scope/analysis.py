"""The analysis core: source text + configuration -> findings. Free of flake8."""

from __future__ import annotations

from dataclasses import replace

import ast
import gc
import re
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from .config import Config
from .findings import Finding
from .policy import INTERNAL_ERROR
from .prefilter import file_may_matter, imports_matter

if TYPE_CHECKING:
    from .flow.engine import ModuleAnalysis, Transfer
    from .flow.project import Project

#: how many times a source was parsed with libcst (tests read it to prove the pre-check works)
parse_count = 0


def analyze(
    source: str, config: Config | None = None, *, syntax_checked: bool = False, filename: str | None = None, tree: ast.Module | None = None
) -> list[Finding]:
    """Every finding in one module's source text, in source order.

    Never raises: an internal error becomes one MCD900 finding on line 1.
    ``syntax_checked`` says CPython already parsed the source (flake8 has); otherwise
    source that CPython rejects is skipped before libcst sees it (libcst's native
    parser can overflow the stack on nesting that CPython refuses). ``filename`` (the
    path of the module, when known) names the module, so that its relative imports
    resolve to the project's qualified names and its imports to the project's modules; ``tree``
    (CPython's ``ast`` of the source, which flake8 already has) spares the pre-check a parse.
    """
    config = config or Config.default()
    source = source.removeprefix("\ufeff")
    if not file_may_matter(source, config, filename) and not imports_matter(source, filename, config, tree):
        return _with_suppressions(source, [], config)
    if not syntax_checked and not _cpython_accepts(source):
        return []  # not Python this interpreter can run; flake8 reports E999 itself
    try:
        found = _analyze(source, config, filename, tree)
    except RecursionError:
        found = [_internal_error("RecursionError: the file nests too deeply to analyze", config)]
    except Exception as exc:  # noqa: BLE001 - never crash flake8
        found = [_internal_error(f"{type(exc).__name__}: {exc}", config)]
    return _with_suppressions(source, found, config)


_NOQA = re.compile("noqa", re.IGNORECASE)


def _with_suppressions(source: str, found: list[Finding], config: Config) -> list[Finding]:
    """The findings and what the module's ``# noqa: MCD...`` comments deserve (MCD301, MCD302)."""
    if _NOQA.search(source) is None:
        return found
    from .suppressions import suppression_findings

    try:
        extra = suppression_findings(source, found, config)
    except Exception:  # noqa: BLE001 - never crash flake8 over a comment
        return found
    return sorted(found + extra, key=lambda f: (f.line, f.col)) if extra else found


#: longest chain of binary operators given to libcst (its parser takes quadratic time on them:
#: 2,500 terms take seconds, 10,000 crash it); longer ones are elided (see elide_long_chains)
MAX_CHAIN = 300


@lru_cache(maxsize=4)  # the parse and the MCD901 check of one file ask for the same source
def elide_long_chains(source: str) -> tuple[str, bool]:
    """The source with each chain of more than MAX_CHAIN binary or boolean operators (``"a" + "b" + ...``,
    ``x and y and ...``, generated code) replaced by ``0`` and spaces, newlines and line continuations kept, so that
    every other position is unchanged; and whether an elided chain held more than constants
    (then something may be missed: MCD901). A long string literal, a long list or dict are linear
    for the parser and are kept."""
    if source.count("+") + source.count("%") + source.count("|") + source.count(" and ") + source.count(" or ") < MAX_CHAIN:
        return source, False
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return source, False
    spans: list[tuple[int, int, int, int]] = []
    named = False
    inner: set[int] = set()
    for node in ast.walk(tree):
        if not isinstance(node, (ast.BinOp, ast.BoolOp)) or id(node) in inner:
            continue
        leaves = 0
        constant = True
        stack: list[ast.expr] = [node]
        while stack:
            current = stack.pop()
            if isinstance(current, ast.BinOp):
                inner.add(id(current))
                stack += [current.left, current.right]
            elif isinstance(current, ast.BoolOp):
                # a and b and ... (generated validators): one node in ast, a nest as deep as it is long in libcst
                inner.add(id(current))
                stack += current.values
            else:
                leaves += 1
                constant = constant and isinstance(current, ast.Constant)
        if leaves > MAX_CHAIN and node.end_lineno is not None and node.end_col_offset is not None:
            spans.append((node.lineno, node.col_offset, node.end_lineno, node.end_col_offset))
            named = named or not constant
    if not spans:
        return source, False
    lines = source.splitlines(keepends=True)
    for start_line, start_byte, end_line, end_byte in spans:
        for number in range(start_line, end_line + 1):
            line = lines[number - 1]
            encoded = line.encode("utf-8")
            begin = len(encoded[:start_byte].decode("utf-8", "ignore")) if number == start_line else 0
            end = len(encoded[:end_byte].decode("utf-8", "ignore")) if number == end_line else len(line.rstrip("\r\n"))
            body = line[begin:end]
            keep_backslash = body.endswith("\\")
            blank = (("0" if number == start_line else " ") + " " * (len(body) - 1)) if body else ""
            if keep_backslash and len(blank) > 0:
                blank = blank[:-1] + "\\"
            lines[number - 1] = line[:begin] + blank + line[end:]
    return "".join(lines), named


def _cpython_accepts(source: str) -> bool:
    try:
        compile(source, "<medicaid-scope>", "exec", ast.PyCF_ONLY_AST)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return True


def _internal_error(what: str, config: Config) -> Finding:
    what = " ".join(what.split())[:120]
    return Finding(1, 0, INTERNAL_ERROR, f"{INTERNAL_ERROR} flake8-medicaid-scope could not analyze this file ({what}); please report it [{config.citation}]")


def _parse(source: str) -> "tuple[Any, str | None]":
    """The module, and the text it was parsed from when it was parsed in chunks (None when whole)."""
    global parse_count
    import libcst as cst

    parse_count += 1
    text = elide_long_chains(source)[0]
    if len(text) > CHUNKED_PARSE and "\f" not in text and not _LONE_CR.search(text):
        # (a form feed or a lone carriage return at a cut can print back differently: parsed whole)
        merged = _parse_in_chunks(text)
        if merged is not None:
            return merged, text
    return cst.parse_module(text), None


#: sources longer than this are parsed a run of top-level definitions at a time: libcst's parser
#: holds about 500 times the source in memory while it works (40 MB for a 78 KB module, 778 MB for
#: a 1.25 MB one); chunks of CHUNK_LINES lines hold about a tenth of that, in the same time
CHUNKED_PARSE = 20_000
_LONE_CR = re.compile(r"\r(?!\n)")
CHUNK_LINES = 300
_DEFINITION = re.compile(r"(?:def|class|async[ \t]+def)[ \t]|@")


def _parse_in_chunks(text: str):  # noqa: ANN202 - libcst types stay lazy
    """The module parsed in chunks that each start at a top-level ``def``, ``class`` or decorator
    in column 0, merged into one module; None when there is nothing to cut or a chunk does not
    parse (a cut inside a string or a bracket), or when the chunks do not share one indentation
    and one newline (their blocks would print with the first chunk's). Each chunk prints back as
    its text (libcst's round trip) and the blank lines and comments between chunks lead the next
    chunk's first statement, so the merged module prints back as ``text`` (a test checks it over
    every large module of the benchmark corpora)."""
    import libcst as cst

    lines = text.splitlines(keepends=True)
    bounds = [0]
    for number, line in enumerate(lines):
        if number - bounds[-1] < CHUNK_LINES or not _DEFINITION.match(line):
            continue
        before = lines[number - 1]
        if not before.startswith("@") and not before.rstrip("\r\n").endswith("\\"):  # not a decorated def, not a continuation
            bounds.append(number)
    if len(bounds) == 1:
        return None
    bounds.append(len(lines))
    body: list[Any] = []
    first: Any = None
    pending: list[Any] = []  # trailing blank lines and comments of a chunk: they lead the next one
    last: Any = None
    for start, end in zip(bounds, bounds[1:], strict=False):
        try:
            chunk = cst.parse_module("".join(lines[start:end]))
        except cst.ParserSyntaxError:
            return None
        statements = list(chunk.body)
        if first is None:
            first = chunk
        elif (chunk.default_indent, chunk.default_newline) != (first.default_indent, first.default_newline):
            return None  # its blocks would print with the first chunk's indentation or newlines: parse whole
        else:
            pending = [*pending, *chunk.header]
        if statements and pending:
            statements[0] = statements[0].with_changes(leading_lines=[*pending, *statements[0].leading_lines])
            pending = []
        body.extend(statements)
        pending = [*pending, *chunk.footer]
        last = chunk
    return cst.Module(
        body=body, header=first.header, footer=pending, encoding=first.encoding, default_indent=first.default_indent,
        default_newline=first.default_newline, has_trailing_newline=last.has_trailing_newline,
    )


def _analyze(source: str, config: Config, filename: str | None = None, tree: ast.Module | None = None) -> list[Finding]:
    """The findings of one module: kept ones from the results cache when nothing they depend on
    changed (``results.py``), else analyzed now (and kept). The cycle collector is paused throughout
    (``_collector_paused``) and the analyses are released before it runs again. ``tree`` (CPython's
    ``ast`` of ``source``, flake8's) spares the positions a parse of their own."""
    from .results import results_cache

    with _collector_paused():
        project = _project(filename, config)
        cache = results_cache(project.root, config) if project is not None and filename else None
        if cache is not None and project is not None and filename:
            kept = cache.get(filename, source, project)
            if kept is not None:
                return kept
        try:
            found = _fresh(source, config, filename, project, tree)
            if cache is not None and project is not None and filename:
                cache.put(filename, source, project, found)
            return found
        finally:
            if project is not None:
                project.release()


def _fresh(source: str, config: Config, filename: str | None, project: "Project | None", tree: ast.Module | None = None) -> list[Finding]:
    """The findings of one module, analyzed now."""
    import libcst as cst

    from .rules import finding, population_finding

    try:
        analysis = _module_analysis(source, config, filename, project, tree=tree)
    except cst.ParserSyntaxError as error:
        # CPython accepted the file (analyze checks it first), libcst did not: say so, never a silent pass
        return [_internal_error(f"libcst cannot parse this file: {str(error).splitlines()[0]}", config)]
    if project is not None:
        project.by_id[analysis.module_id] = analysis
        if filename:
            project.analyses[Path(filename).resolve()] = analysis
    out = [_unknown_pragma(line, col, word, config) for line, col, word in analysis.index.bad_pragmas]
    hits = list(analysis.run())
    columns: dict[tuple[int, int], int] = {}
    for hit in hits:
        found = finding(hit.placement, hit.dest, hit.sink_line, config, analysis.described(hit.calls), hit.via)
        if found is not None and hit.placement.entry is not None:
            # a column put under two keys is one placement per entry; reported at the column (its own name is
            # prohibited), it is one finding there, of the strongest code (SPEC section 3: MCD102 over MCD101)
            at = columns.get((found.line, found.col))
            if at is not None:
                if _STRENGTH.get(found.code, 9) < _STRENGTH.get(out[at].code, 9):
                    out[at] = found
                continue
            columns[(found.line, found.col)] = len(out)
        if found is not None:
            out.append(found)
    out.extend(population_finding(replace(bulk, calls=analysis.described(bulk.calls)), config) for bulk in analysis.bulk_hits.values())
    if _cut_short(analysis, source):
        out.append(_bounded(config))
    if project is None:
        analysis.release()
    # one finding per place and message (two ways to the same send must not show it twice)
    return sorted(dict.fromkeys(out), key=lambda f: (f.line, f.col))


def _cut_short(analysis: "ModuleAnalysis", source: str) -> bool:
    """A bound cut the analysis of a module short (MCD901): the engine's own, or a long chain elided
    before the parse in a module that sends to enforcement."""
    return analysis.bounded or (analysis.enforcement_seen and elide_long_chains(source)[1])


#: which of two findings at one place says more (SPEC section 3: MCD102 wins over MCD101, both over MCD104)
_STRENGTH = {"MCD102": 0, "MCD101": 1, "MCD103": 1, "MCD104": 2}


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while one module is parsed and analyzed, then back as it was.
    The parse makes hundreds of thousands of objects, and every collection they trigger walks all
    of them again (about a fifth of the analysis time on the dense corpus). libcst's trees hold no
    reference cycles and are freed by reference counting once the analysis is released
    (``ModuleAnalysis.release`` breaks the links between its parts) before the collector runs
    again; what cycles remain are collected then. Nothing found changes."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def transfers(source: str, config: Config | None = None, *, filename: str | None = None) -> "list[Transfer]":
    """Every send to an enforcement destination in one module, with every placement it carries
    (permitted ones too), for the audit report. A file that cannot matter, or that cannot be
    analyzed, has none; never raises."""
    return checked_transfers(source, config, filename=filename)[0]


def checked_transfers(source: str, config: Config | None = None, *, filename: str | None = None) -> "tuple[list[Transfer], tuple[str, str] | None]":
    """``transfers``, and what the audit report must say of the file besides: ``("MCD900", why)``
    when it could not be analyzed, ``("MCD901", why)`` when its analysis was cut short (what it
    found is real, more may be missing); None when it was analyzed whole. Never raises."""
    import libcst as cst

    config = config or Config.default()
    source = source.removeprefix("\ufeff")
    if not file_may_matter(source, config, filename) and not imports_matter(source, filename, config):
        return [], None
    if not _cpython_accepts(source):
        return [], None  # (flake8 reports its own E999 for what CPython cannot parse)
    try:
        project = _project(filename, config)
        analysis = _module_analysis(source, config, filename, project)
        if project is not None:
            project.by_id[analysis.module_id] = analysis
            if filename:
                project.analyses[Path(filename).resolve()] = analysis
        analysis.run()
        why = "the analysis was cut short by a bound (call depth, call or time budget, or an expression too long to parse): more may be missing"
        return analysis.lawful_transfers(), ("MCD901", why) if _cut_short(analysis, source) else None
    except cst.ParserSyntaxError as error:
        return [], ("MCD900", f"libcst cannot parse this file: {str(error).splitlines()[0]}")
    except RecursionError:
        return [], ("MCD900", "the file nests too deeply to analyze")
    except Exception as error:  # noqa: BLE001 - the report never fails on one module
        return [], ("MCD900", f"internal error: {type(error).__name__}")


def _project(filename: str | None, config: Config) -> "Project | None":
    """The project of a linted file, its clock started: the file's time budget covers the modules it reaches."""
    from .flow.project import Project, clock

    project = Project.for_file(filename, lambda path, proj: _load_module(path, proj, config))
    if project is not None:
        project.deadline = clock() + config.time_budget
        project.grace = config.time_budget
    return project


def _module_analysis(
    source: str, config: Config, filename: str | None, project: "Project | None", keep: bool = False, tree: ast.Module | None = None
) -> "ModuleAnalysis":
    """Parse and index one module and set up its data-flow analysis (not run yet)."""

    from .destinations import destination_rules
    from .flow.engine import ModuleAnalysis
    from .flow.index import build_index, package_of
    from .library import shipped

    # keyed by the project's roots too: what a module's imports resolve to depends on them
    key = (filename, hash(source), tuple(project.roots)) if filename and project is not None else None
    parsed = _parsed.pop(key, None) if key is not None else None
    if parsed is not None and key is not None:
        _parsed[key] = parsed  # the most recently used last: the modules every file imports stay
    if parsed is None or parsed[0] != source:
        module, chunked = _parse(source)
        ranges: Any
        text = chunked if chunked is not None else elide_long_chains(source)[0]
        # flake8's ast is of the source: it places the statements unless long chains were elided
        from .positions import LazyPositions  # imported only when a file passes the pre-check (editor latency)

        ranges = LazyPositions(module, text, chunked=chunked is not None, tree=tree if text is source else None)
        index = build_index(module, source.splitlines())
        index.package = package_of(filename)
        stem = Path(filename).stem if filename else None
        if stem is not None and stem.isidentifier():
            index.name = index.package if stem == "__init__" else (f"{index.package}.{stem}" if index.package else stem)
        parsed = (source, module, ranges, index)
        if key is not None and keep and len(source) <= MAX_PARSED_CHARS:
            # an imported module, read again by the other files of the run that import it (a linted
            # file itself is not kept: with its positions it weighs about 100 times its source)
            _parsed[key] = parsed
            _parsed_chars[0] += len(source)
            while len(_parsed) > MAX_PARSED or _parsed_chars[0] > MAX_PARSED_CHARS:
                _parsed_chars[0] -= len(_parsed.pop(next(iter(_parsed)))[0])
    _, module, ranges, index = parsed
    analysis = ModuleAnalysis(
        module,
        ranges,  # type: ignore[arg-type]
        index,
        rules=destination_rules(config),
        vocabulary=config.vocabulary,
        clinical_types=config.vocabulary.clinical_resources,
        configured_sinks=frozenset(config.sinks),
        sinks=(shipped().sink_functions, shipped().client_constructors, shipped().clients),
        project=project,
        module_id=_display_path(filename) if filename else "<module>",
        time_budget=config.time_budget,
    )
    analysis.source_key = (filename, hash(source), config) if filename and keep else None
    analysis.cleared = analysis.calls.cleared_names()
    analysis.marked = analysis.calls.marked_names()
    return analysis


#: parsed modules of the project, kept across the files one flake8 process lints (imported
#: modules are read by many of them); keyed by path and content, so an edit is never stale
_parsed: dict[tuple[str, int, tuple[Path, ...]], tuple[str, Any, Any, Any]] = {}
_parsed_chars = [0]
MAX_PARSED = 256
MAX_PARSED_CHARS = 1_500_000  # source characters kept parsed (about 120 MB with their positions)


def _load_module(path: Path, project: "Project", config: Config) -> "ModuleAnalysis | None":
    """The analysis of another module of the project, or None when it cannot be read or parsed."""
    from .flow.project import read_module

    source = read_module(path, project)
    if source is None:
        return None
    try:
        return _module_analysis(source, config, str(path), project, keep=True)
    except Exception:  # noqa: BLE001 - an unreadable imported module is unknown, not fatal
        return None


def _display_path(filename: str) -> str:
    """``filename`` relative to the working folder when it is below it (as flake8 shows paths)."""
    path = Path(filename)
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


def _bounded(config: Config) -> Finding:
    from .rules.mcd901 import CODE as ANALYSIS_BOUNDED  # the rules load only once a file is analysed

    return Finding(1, 0, ANALYSIS_BOUNDED, f"{ANALYSIS_BOUNDED} flake8-medicaid-scope cut the analysis of this file short (call depth, call or time "
                   f"budget, or an expression too long to parse): the findings shown are real, more may be missing [{config.citation}]")


def _unknown_pragma(line: int, col: int, word: str, config: Config) -> Finding:
    from .flow.index import PRAGMA_WORDS
    from .rules.mcd902 import CODE as UNKNOWN_PRAGMA

    known = ", ".join(PRAGMA_WORDS)
    shown = repr(word) if word else "nothing"
    return Finding(line, col, UNKNOWN_PRAGMA, f"{UNKNOWN_PRAGMA} unknown pragma: '# medicaid-scope:' followed by {shown} has no effect; "
                   f"the known words are {known} [{config.citation}]")
