"""Where a node is: ``{node: (start line, start column, end line)}`` for the nodes of a libcst module.

libcst knows a node's position only by printing the code before it (its codegen pass). Printing a
whole module costs about half its parse, and most modules need a handful of positions: the
places where a field was put into a payload, a send, a call that hands data on. So positions are
computed a statement at a time (``LazyPositions``): Python's own parser (in C, a tenth of libcst's
parse) says on which line each statement starts, and printing one statement alone, from that line
and with the indentation of its blocks, gives the same positions as printing the whole module.
The analysis says which statements it is running (it pushes them on ``running``: ``run_stmt``,
``run_function`` and the folding of a module constant); a node asked for is looked
for in those, innermost first. A compound statement is printed without its body (its body's
statements are units of their own). Anything not found that way, or any module where the two
parsers do not line up, gets the whole-module pass, as before. Positions never differ between
the two ways (a test compares them node by node over the evaluation corpus).
"""

from __future__ import annotations

import ast
import re
from functools import lru_cache
from typing import Any

from .astpositions import map_statement

Position = tuple[int, int, int]

#: statements printed alone before a module whose positions are asked all over is printed whole
#: (past a sixteenth of its statements too): printing one statement costs more per node than the pass
MAX_UNITS = 6

#: what a statement unit knows before it is printed: (first line, first column in characters,
#: last line, indentation tokens of its blocks, how it is printed: "line" (all of it), "shell"
#: (its header only), "elif" (the header of an ``elif``), "try" (nothing of its own), and its ast:
#: the ast statements of a line's small statements, or the compound statement's ast node)
Unit = tuple[int, int, int, tuple[str, ...], str, Any]


def positions(module: Any, expected: str | None = None) -> Any:
    """Line and column of every node of ``module``, from one codegen pass with a lean state
    (``_lean_state``). libcst's own ``PositionProvider`` keeps every generated token, makes two
    objects per node and enters a generator-based context manager for each; the same positions
    then cost about twice the time and far more memory. Falls back to libcst's public way on a
    libcst whose internals differ. With ``expected`` (a module parsed in chunks), None unless the
    module prints back as that text."""
    try:
        computed: dict[Any, tuple[int, int, int, int]] = {}
        state = _lean_state(module.default_indent, module.default_newline, computed, expected is not None)
        module._codegen(state)
        if state.printed is not None and "".join(state.printed) != expected:
            return None  # a module parsed in chunks that does not print back as its text
        return {node: (r[0], r[1], r[2]) for node, r in computed.items()}
    except RecursionError:
        return None  # (3,000 adjacent string literals print 3,000 deep: each statement is printed alone instead)
    except (ImportError, AttributeError, TypeError):
        from libcst.metadata import MetadataWrapper, PositionProvider

        if expected is not None and module.code != expected:
            return None
        found = MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
        return {node: (r.start.line, r.start.column, r.end.line) for node, r in found.items()}


class LazyPositions:
    """The positions of a module's nodes, computed when asked, a statement at a time where the
    analysis says which statements it runs (see the module's docstring); the whole module at once
    otherwise. An imported module whose functions run only to learn what they return, and never
    place, print or report a field, never pays for a codegen pass."""

    __slots__ = ("module", "text", "found", "made", "running", "units", "done", "whole", "chunked", "tree", "mapped", "lines")

    def __init__(self, module: Any, text: str | None = None, chunked: bool = False, tree: ast.Module | None = None) -> None:
        self.module = module
        self.tree = tree  # CPython's ast of ``text`` when the caller has it (flake8 does): not parsed again
        self.text = text  # the text the module was parsed from (None: whole-module positions only)
        #: parsed in chunks and merged (``analysis._parse_in_chunks``): the whole pass is checked against the text
        self.chunked = chunked
        self.found: dict[Any, Position] = {}
        self.made: dict[Any, Position] = {}  # nodes the analysis made, standing where others are
        #: the statements being run, outermost first (the engine appends and pops them itself, as
        #: ``ModuleAnalysis.running``; ``enter``/``leave`` do the same for a caller without the engine)
        self.running: list[Any] = []
        self.units: dict[Any, Unit] | None = None
        self.done: set[int] = set()  # statements printed alone
        self.mapped: set[int] = set()  # statements placed from the ast (``astpositions``)
        self.lines: list[str] = []
        self.whole = False

    def enter(self, stmt: Any) -> None:
        self.running.append(stmt)

    def leave(self) -> None:
        self.running.pop()

    def _all(self) -> dict[Any, Position]:
        """Every position (the whole-module pass, once). A module merged from chunks that does not
        print back as its text gets every statement printed alone instead (each placed by Python's
        own parser, so a line lost between chunks shifts nothing)."""
        if not self.whole:
            whole = positions(self.module, self.text if self.chunked else None)
            if whole is None and self.text is not None:
                units = self.units if self.units is not None else _units(self.module, self.text, self.tree)
                printed: dict[Any, Position] = {}
                for stmt, unit in (units or {}).items():
                    try:
                        printed.update(_print_unit(stmt, unit, self.module, units) or {})  # type: ignore[arg-type]
                    except RecursionError:
                        # a statement nested past what libcst prints: placed from Python's own ast instead
                        lines = self.lines or _LINE_BREAKS.split(self.text or "")
                        for placed, where in map_statement(stmt, unit[5], unit[4], lines).items():
                            printed.setdefault(placed, where)
                whole = {**printed, **self.found}
            self.whole = True
            self.found = whole or self.found
            self.module = self.text = self.units = self.tree = None
            self.lines = []
            self.running = []
        return self.found

    def get(self, node: Any) -> Position | None:
        found = self.found.get(node)
        if found is not None:
            return found
        made = self.made.get(node)
        if made is not None or self.whole:
            return made
        if self.text is not None:
            found = self._mapped(node)
            if found is not None:
                return found
        if self.text is not None and self.units is not None and len(self.done) > max(MAX_UNITS, len(self.units) // 16):
            return self._all().get(node)  # most of the module asked for: one pass costs less than many
        if self.text is not None:
            for stmt in reversed(self.running):
                if id(stmt) in self.done:
                    continue
                if not self._unit(stmt):
                    break
                found = self.found.get(node)
                if found is not None:
                    return found
        return self._all().get(node)

    def __contains__(self, node: Any) -> bool:
        return self.get(node) is not None

    def __getitem__(self, node: Any) -> Position:
        found = self.get(node)
        if found is None:
            raise KeyError(node)
        return found

    def __setitem__(self, node: Any, value: Position) -> None:
        self.made[node] = value

    def _load_units(self) -> bool:
        """The module's statement units, found once; False when the two parsers do not line up
        (then only whole-module positions are given)."""
        if self.units is None:
            self.units = _units(self.module, self.text or "", self.tree)
            self.tree = None
            if self.units is None:
                self.text = None
                return False
        return True

    def _mapped(self, node: Any) -> Position | None:
        """``node``'s position from the ast of the running statements (innermost first), each
        placed once; None when none of them places it (then a statement is printed)."""
        if not self._load_units():
            return None
        assert self.units is not None
        own = self.units.get(node)
        if own is not None and own[4] in ("shell", "elif", "try"):
            self.found[node] = own[:3]  # a compound statement (a function asked for from a call): where Python put it
            return self.found[node]
        if not self.lines:
            self.lines = _LINE_BREAKS.split(self.text or "")
        for stmt in reversed(self.running):
            if id(stmt) in self.mapped:
                continue
            self.mapped.add(id(stmt))
            unit = self.units.get(stmt)
            if unit is None:
                continue
            for placed, where in map_statement(stmt, unit[5], unit[4], self.lines).items():
                self.found.setdefault(placed, where)
            found = self.found.get(node)
            if found is not None:
                return found
        return None

    def _unit(self, stmt: Any) -> bool:
        """Print statement ``stmt`` alone (True), or say that this module needs the whole pass (False)."""
        self.done.add(id(stmt))
        if not self._load_units():
            return False
        assert self.units is not None
        unit = self.units.get(stmt)
        if unit is None:
            return True  # a statement of a one-line suite, of a ``match``: its enclosing unit prints it
        try:
            printed = _print_unit(stmt, unit, self.module, self.units)
        except (ImportError, AttributeError, TypeError, ValueError):
            printed = None
        if printed is None:
            self.text = None
            return False
        self.found.update(printed)
        return True


def _print_unit(stmt: Any, unit: Unit, module: Any, units: dict[Any, Unit]) -> dict[Any, Position] | None:
    """The positions of the nodes ``stmt``'s unit prints (its header, with the headers of its
    ``elif`` and ``except`` clauses), or None when a printed anchor is not where Python put it."""
    import libcst as cst

    out: dict[Any, Position] = {}
    line, col, end, indents, how, _ = unit
    if how == "try":
        out[stmt] = (line, col, end)
    else:
        shown = _shell(stmt) if how in ("shell", "elif") else stmt
        if not _print_at(shown, stmt, line, col, end, indents, module, out, elif_=how == "elif"):
            return None
    clauses: list[Any] = []
    if isinstance(stmt, cst.If) and isinstance(stmt.orelse, cst.If):
        clauses.append(stmt.orelse)
    elif isinstance(stmt, cst.Try) or type(stmt).__name__ == "TryStar":
        clauses.extend(stmt.handlers)
    for clause in clauses:
        found = _print_unit(clause, units[clause], module, units)
        if found is None:
            return None
        out.update(found)
    return out


def _print_at(shown: Any, stmt: Any, line: int, col: int, end: int, indents: tuple[str, ...], module: Any,
              out: dict[Any, Position], elif_: bool = False) -> bool:
    """Print ``shown`` (``stmt`` or its shell) with the indentation ``indents``, shifted so that it
    starts at ``line``; False when it does not start at ``col`` there."""
    computed: dict[Any, tuple[int, int, int, int]] = {}
    state = _lean_state(module.default_indent, module.default_newline, computed, False)
    state.indent_tokens = list(indents)
    if elif_:
        shown._codegen(state, is_elif=True)
    else:
        shown._codegen(state)
    anchor = computed.get(shown)
    if anchor is None or anchor[1] != col:
        return False
    shift = line - anchor[0]
    for node, r in computed.items():
        out[node] = (r[0] + shift, r[1], r[2] + shift)
    if shown is not stmt:
        del out[shown]
        out[stmt] = (line, col, end)
    return True


@lru_cache(maxsize=1)
def _placeholder() -> Any:
    import libcst as cst

    return cst.SimpleStatementSuite(body=[cst.Pass()])


def _shell(stmt: Any) -> Any:
    """``stmt`` with its indented body (and its ``else``/``elif`` clauses) left out: the header alone."""
    import libcst as cst

    changes: dict[str, Any] = {}
    if isinstance(getattr(stmt, "body", None), cst.IndentedBlock):
        changes["body"] = _placeholder()
    if getattr(stmt, "orelse", None) is not None:
        changes["orelse"] = None
    return stmt.with_changes(**changes) if changes else stmt


def _units(module: Any, text: str, tree: ast.Module | None = None) -> dict[Any, Unit] | None:
    """Every statement of ``module`` that can be printed alone, with where Python's parser says it
    is (``tree``: its ast of ``text``, parsed here unless given); None when the two parsers'
    statements do not line up (never expected; checked anyway)."""
    import libcst as cst

    if tree is None:
        try:
            tree = ast.parse(text)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            return None
    lines = _LINE_BREAKS.split(text)  # Python's lines (str.splitlines would also cut at form feeds)
    units: dict[Any, Unit] = {}
    default = module.default_indent

    def column(node: ast.AST) -> int:
        number, offset = node.lineno, node.col_offset  # type: ignore[attr-defined]
        source = lines[number - 1] if 0 < number <= len(lines) else ""
        return offset if source.isascii() else len(source.encode("utf-8")[:offset].decode("utf-8", "replace"))

    def add(stmt: Any, node: ast.AST, indents: tuple[str, ...], how: str, tree: Any) -> None:
        units[stmt] = (node.lineno, column(node), node.end_lineno or node.lineno, indents, how, tree)  # type: ignore[attr-defined]

    def block(suite: Any, nodes: list[ast.stmt], indents: tuple[str, ...]) -> bool:
        if not isinstance(suite, cst.IndentedBlock):
            return True  # a one-line suite is printed with its header
        return sequence(suite.body, nodes, (*indents, default if suite.indent is None else suite.indent))

    def sequence(stmts: Any, nodes: list[ast.stmt], indents: tuple[str, ...]) -> bool:
        at = 0
        for stmt in stmts:
            if at >= len(nodes):
                return False
            node = nodes[at]
            if isinstance(stmt, cst.SimpleStatementLine):
                add(stmt, node, indents, "line", nodes[at:at + len(stmt.body)])
                at += len(stmt.body)
                continue
            at += 1
            if not compound(stmt, node, indents):
                return False
        return at == len(nodes)

    def compound(stmt: Any, node: ast.AST, indents: tuple[str, ...], how: str = "shell") -> bool:
        kinds = _KINDS.get(type(stmt).__name__)
        if kinds is None or type(node).__name__ not in kinds:
            return False
        if isinstance(stmt, cst.Match):
            add(stmt, node, indents, "line", None)  # printed whole: its cases are no units
            return True
        is_try = isinstance(stmt, cst.Try) or type(stmt).__name__ == "TryStar"
        add(stmt, node, indents, "try" if is_try else how, node)
        if not block(stmt.body, node.body, indents):  # type: ignore[attr-defined]
            return False
        if is_try:
            if len(stmt.handlers) != len(node.handlers):  # type: ignore[attr-defined]
                return False
            for handler, caught in zip(stmt.handlers, node.handlers, strict=True):  # type: ignore[attr-defined]
                add(handler, caught, indents, "shell", caught)
                if not block(handler.body, caught.body, indents):
                    return False
            final = stmt.finalbody
            if (final is None) != (not node.finalbody) or (final is not None and not block(final.body, node.finalbody, indents)):  # type: ignore[attr-defined]
                return False
        orelse = getattr(stmt, "orelse", None)
        others: list[ast.stmt] = getattr(node, "orelse", [])
        if isinstance(orelse, cst.If):
            return len(others) == 1 and compound(orelse, others[0], indents, "elif")
        if orelse is None:
            return not others
        return block(orelse.body, others, indents)

    try:
        if not sequence(module.body, tree.body, ()):
            return None
    except (AttributeError, IndexError, RecursionError):
        return None
    return units


_LINE_BREAKS = re.compile(r"\r\n|\r|\n")

#: libcst's compound statements and the ``ast`` nodes each may be
_KINDS = {
    "FunctionDef": ("FunctionDef", "AsyncFunctionDef"),
    "ClassDef": ("ClassDef",),
    "If": ("If",),
    "For": ("For", "AsyncFor"),
    "While": ("While",),
    "Try": ("Try",),
    "TryStar": ("TryStar",),
    "With": ("With", "AsyncWith"),
    "Match": ("Match",),
}


@lru_cache(maxsize=1)
def _lean_classes() -> tuple[type, type]:
    """The lean codegen state and its syntactic-position recorder (made once: libcst is imported lazily)."""
    from libcst._nodes.internal import CodegenState

    skipped = _unplaced()
    newlines = re.compile(r"\r\n?|\n")

    class Syntactic:
        """``with state.record_syntactic_position(node, start_node=..., end_node=...)``, without contextlib."""

        __slots__ = ("state", "node", "start_node", "end_node", "start")

        def __init__(self, state: Any, node: Any, start_node: Any, end_node: Any) -> None:
            self.state, self.node, self.start_node, self.end_node = state, node, start_node, end_node

        def __enter__(self) -> None:
            self.start = (self.state.line, self.state.column)

        def __exit__(self, *exc: object) -> None:
            if type(self.node) in skipped:
                return
            state = self.state
            computed = state.computed
            # a start or end node not kept (the closing parenthesis of an import) ends where the node does
            start = computed[self.start_node][:2] if self.start_node in computed else self.start
            end = computed[self.end_node][2:] if self.end_node in computed else (state.line, state.column)
            computed[self.node] = (*start, *end)

    class Lean(CodegenState):  # type: ignore[misc]
        def __init__(self, default_indent: str, default_newline: str, computed: dict[Any, Any], keep: bool) -> None:
            self.last: str | None = None
            super().__init__(default_indent=default_indent, default_newline=default_newline)
            self.line = 1
            self.column = 0
            self.starts: list[tuple[int, int]] = []
            self.computed = computed
            self.printed: list[str] | None = [] if keep else None

        @property  # type: ignore[override]
        def tokens(self) -> list[str]:
            """Only the last token is ever read back (a module's trailing newline): no list is kept."""
            return [self.last] if self.last is not None else []

        @tokens.setter
        def tokens(self, value: list[str]) -> None:
            self.last = value[-1] if value else None

        def add_indent_tokens(self) -> None:
            for token in self.indent_tokens:
                self.add_token(token)

        def add_token(self, value: str) -> None:
            self.last = value
            if self.printed is not None:
                self.printed.append(value)
            if "\n" not in value and "\r" not in value:
                self.column += len(value)
                return
            segments = newlines.split(value)
            self.line += len(segments) - 1
            self.column = len(segments[-1])

        def before_codegen(self, node: Any) -> None:
            self.starts.append((self.line, self.column))

        def after_codegen(self, node: Any) -> None:
            start = self.starts.pop()
            if type(node) not in skipped and node not in self.computed:
                self.computed[node] = (*start, self.line, self.column)

        def record_syntactic_position(self, node: Any, *, start_node: Any = None, end_node: Any = None) -> Any:
            if type(node) in skipped:
                return _NOTHING  # a comma, an operator: no position kept
            return Syntactic(self, node, start_node, end_node)

    return Lean, Syntactic


def _lean_state(default_indent: str, default_newline: str, computed: dict[Any, Any], keep: bool) -> Any:
    """A codegen state that records positions into ``computed`` (and, with ``keep``, the printed tokens)."""
    return _lean_classes()[0](default_indent, default_newline, computed, keep)


class _Nothing:
    """A context manager that does nothing (no position to record)."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


_NOTHING = _Nothing()


@lru_cache(maxsize=1)
def _unplaced() -> frozenset[type]:
    """Node types whose position the analysis never asks for: whitespace, comments, punctuation and
    operators (more than half of a module's nodes; their positions would only take memory)."""
    import libcst as cst

    names = ("SimpleWhitespace", "ParenthesizedWhitespace", "Newline", "TrailingWhitespace", "EmptyLine", "Comment", "Comma", "Dot", "Colon",
             "AssignEqual", "Semicolon", "LeftParen", "RightParen", "LeftSquareBracket", "RightSquareBracket", "LeftCurlyBrace", "RightCurlyBrace",
             "ImportStar", "Asynchronous")
    operators = [cls for base in (cst.BaseBinaryOp, cst.BaseBooleanOp, cst.BaseCompOp, cst.BaseUnaryOp, cst.BaseAugOp) for cls in _subclasses(base)]
    return frozenset(getattr(cst, name) for name in names if hasattr(cst, name)) | frozenset(operators)


def _subclasses(cls: type) -> list[type]:
    out: list[type] = []
    sub: type
    for sub in cls.__subclasses__():
        out += [sub, *_subclasses(sub)]
    return out
