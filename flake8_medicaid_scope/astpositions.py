"""Positions of a statement's libcst nodes read from CPython's ``ast`` of the same statement, without
printing it.

libcst knows where a node is only by printing the code before it (``positions.py``); CPython's
parser, written in C, already put a line and a column on every expression and statement. The two
trees have the same shape for most of a statement: a libcst ``Call`` is an ast ``Call`` with the same
callee and the same arguments in source order (ast keeps positional and keyword arguments in two
lists), a ``DictElement`` spans from its key to its value, an ``Attribute``'s name ends where the
attribute does. ``map_statement`` walks the two trees side by side and gives each libcst node it can
pair the position libcst's own printing would give it: ``(first line, first column in characters,
last line)``. Where the shapes differ, or a position would depend on whitespace that the ast does
not keep (a node wrapped in its own parentheses, the pieces of an f-string), the node is left out:
the caller prints that statement instead (``LazyPositions``). A test compares the two ways node by
node over the evaluation corpus; no position ever differs, some are only missing.
"""

from __future__ import annotations

import ast
from typing import Any, Callable

Position = tuple[int, int, int]


class StatementMap:
    """Pairs libcst nodes with ast nodes; ``out`` collects the positions."""

    __slots__ = ("lines", "out")

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines  # the source's lines, as Python cuts them
        self.out: dict[Any, Position] = {}

    def column(self, line: int, offset: int) -> int:
        """A column in characters from ast's offset in UTF-8 bytes."""
        text = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        return offset if text.isascii() else len(text.encode("utf-8")[:offset].decode("utf-8", "replace"))

    def put(self, node: Any, tree: ast.AST) -> Position:
        line = tree.lineno  # type: ignore[attr-defined]
        where = (line, self.column(line, tree.col_offset), tree.end_lineno or line)  # type: ignore[attr-defined]
        self.out[node] = where
        return where

    def wrapper(self, node: Any, inner: Any, tree: ast.AST) -> None:
        """A node that starts and ends where ``inner`` does (an argument, a list element) when
        ``inner`` has no parentheses of its own (the wrapper's span would hold them)."""
        if not getattr(inner, "lpar", None) and type(inner).__name__ != "GeneratorExp":
            self.put(node, tree)

    # -- statements ----------------------------------------------------------------------------

    def line(self, stmt: Any, trees: list[ast.stmt]) -> None:
        """A ``SimpleStatementLine`` and the ast statements of its small statements."""
        if len(stmt.body) != len(trees) or not trees:
            return
        first, last = trees[0], trees[-1]
        self.out[stmt] = (first.lineno, self.column(first.lineno, first.col_offset), last.end_lineno or last.lineno)
        for small, tree in zip(stmt.body, trees, strict=True):
            self.small(small, tree)

    def small(self, node: Any, tree: ast.AST) -> None:
        kind = type(node).__name__
        expected, walk = _SMALL.get(kind, (None, None))
        if expected is None or type(tree).__name__ not in expected:
            return
        self.put(node, tree)
        if walk is not None:
            walk(self, node, tree)

    def header(self, stmt: Any, tree: ast.AST) -> None:
        """The expressions in a compound statement's header (its body's statements are units of their own)."""
        walk = _HEADERS.get(type(stmt).__name__)
        if walk is not None:
            walk(self, stmt, tree)

    # -- expressions ---------------------------------------------------------------------------

    def expr(self, node: Any, tree: ast.AST | None) -> None:
        if tree is None:
            return
        entry = _EXPRESSIONS.get(type(node).__name__)
        if entry is None:
            return
        expected, walk, own = entry
        if type(tree).__name__ not in expected:
            return
        if own is True or (own is None and not node.lpar):
            self.put(node, tree)
        if walk is not None:
            walk(self, node, tree)

    def optional(self, node: Any, tree: ast.AST | None) -> None:
        if node is not None and tree is not None:
            self.expr(node, tree)


# -- small statements ------------------------------------------------------------------------------

def _assign(m: StatementMap, node: Any, tree: Any) -> None:
    if len(node.targets) != len(tree.targets):
        return
    for target, sub in zip(node.targets, tree.targets, strict=True):
        m.wrapper(target, target.target, sub)
        m.expr(target.target, sub)
    m.expr(node.value, tree.value)


def _ann_assign(m: StatementMap, node: Any, tree: Any) -> None:
    m.expr(node.target, tree.target)
    m.expr(node.annotation.annotation, tree.annotation)
    m.optional(node.value, tree.value)


def _aug_assign(m: StatementMap, node: Any, tree: Any) -> None:
    m.expr(node.target, tree.target)
    m.expr(node.value, tree.value)


def _value(m: StatementMap, node: Any, tree: Any) -> None:
    m.optional(node.value, tree.value)


def _raise(m: StatementMap, node: Any, tree: Any) -> None:
    m.optional(node.exc, tree.exc)


def _assert(m: StatementMap, node: Any, tree: Any) -> None:
    m.expr(node.test, tree.test)
    m.optional(node.msg, tree.msg)


_SMALL: dict[str, tuple[tuple[str, ...], Callable[[StatementMap, Any, Any], None] | None]] = {
    "Expr": (("Expr",), _value),
    "Assign": (("Assign",), _assign),
    "AnnAssign": (("AnnAssign",), _ann_assign),
    "AugAssign": (("AugAssign",), _aug_assign),
    "Return": (("Return",), _value),
    "Raise": (("Raise",), _raise),
    "Assert": (("Assert",), _assert),
    "Pass": (("Pass",), None),
    "Break": (("Break",), None),
    "Continue": (("Continue",), None),
    "Import": (("Import",), None),
    "ImportFrom": (("ImportFrom",), None),
    "Global": (("Global",), None),
    "Nonlocal": (("Nonlocal",), None),
}


# -- compound statements' headers ------------------------------------------------------------------

def _function(m: StatementMap, node: Any, tree: Any) -> None:
    if len(node.decorators) == len(tree.decorator_list):
        for decorator, sub in zip(node.decorators, tree.decorator_list, strict=True):
            m.expr(decorator.decorator, sub)
    params = node.params
    positional = [*params.posonly_params, *params.params]
    named = [*tree.args.posonlyargs, *tree.args.args]
    if len(positional) == len(named):
        defaults = [None] * (len(named) - len(tree.args.defaults)) + list(tree.args.defaults)
        for param, arg, default in zip(positional, named, defaults, strict=True):
            _param(m, param, arg, default)
    if len(params.kwonly_params) == len(tree.args.kwonlyargs):
        for param, arg, default in zip(params.kwonly_params, tree.args.kwonlyargs, tree.args.kw_defaults, strict=True):
            _param(m, param, arg, default)
    if node.returns is not None and tree.returns is not None:
        m.expr(node.returns.annotation, tree.returns)


def _param(m: StatementMap, param: Any, arg: ast.arg, default: ast.expr | None) -> None:
    if param.name.value != arg.arg:
        return
    m.out[param.name] = (arg.lineno, m.column(arg.lineno, arg.col_offset), arg.lineno)
    if param.annotation is not None and arg.annotation is not None:
        m.expr(param.annotation.annotation, arg.annotation)
    if param.default is not None and default is not None:
        m.expr(param.default, default)


def _class(m: StatementMap, node: Any, tree: Any) -> None:
    _arguments(m, node.bases + node.keywords, tree.bases, tree.keywords)


def _test(m: StatementMap, node: Any, tree: Any) -> None:
    m.expr(node.test, tree.test)


def _for(m: StatementMap, node: Any, tree: Any) -> None:
    m.expr(node.target, tree.target)
    m.expr(node.iter, tree.iter)


def _with(m: StatementMap, node: Any, tree: Any) -> None:
    if len(node.items) != len(tree.items):
        return
    for item, sub in zip(node.items, tree.items, strict=True):
        m.expr(item.item, sub.context_expr)
        if item.asname is not None and sub.optional_vars is not None:
            m.expr(item.asname.name, sub.optional_vars)


def _handler(m: StatementMap, node: Any, tree: Any) -> None:
    m.optional(node.type, tree.type)


_HEADERS: dict[str, Callable[[StatementMap, Any, Any], None]] = {
    "FunctionDef": _function,
    "ClassDef": _class,
    "If": _test,
    "While": _test,
    "For": _for,
    "With": _with,
    "ExceptHandler": _handler,
}


# -- expressions -----------------------------------------------------------------------------------

def _attribute(m: StatementMap, node: Any, tree: Any) -> None:
    m.expr(node.value, tree.value)
    end = tree.end_lineno
    if end is not None and tree.end_col_offset is not None:
        m.out[node.attr] = (end, m.column(end, tree.end_col_offset) - len(node.attr.value), end)


def _call(m: StatementMap, node: Any, tree: Any) -> None:
    m.expr(node.func, tree.func)
    _arguments(m, node.args, tree.args, tree.keywords)


def _arguments(m: StatementMap, args: Any, positional: list[ast.expr], keywords: list[ast.keyword]) -> None:
    """Call (or class) arguments in source order against ast's two lists."""
    if len(args) != len(positional) + len(keywords):
        return
    at = iter(positional)
    by_name = iter(keywords)
    for arg in args:
        if arg.keyword is not None or arg.star == "**":
            keyword = next(by_name)
            m.put(arg, keyword)
            if arg.keyword is not None:
                m.out[arg.keyword] = (keyword.lineno, m.column(keyword.lineno, keyword.col_offset), keyword.lineno)
            m.expr(arg.value, keyword.value)
        elif arg.star == "*":
            starred = next(at)
            if isinstance(starred, ast.Starred):
                m.put(arg, starred)
                m.expr(arg.value, starred.value)
        else:
            value = next(at)
            m.wrapper(arg, arg.value, value)
            m.expr(arg.value, value)


def _subscript(m: StatementMap, node: Any, tree: Any) -> None:
    m.expr(node.value, tree.value)
    if len(node.slice) == 1:
        element = node.slice[0]
        index = element.slice
        if type(index).__name__ == "Index" and index.star is None:
            m.wrapper(element, index.value, tree.slice)
            m.wrapper(index, index.value, tree.slice)
            m.expr(index.value, tree.slice)


def _dict(m: StatementMap, node: Any, tree: Any) -> None:
    if len(node.elements) != len(tree.keys):
        return
    for element, key, value in zip(node.elements, tree.keys, tree.values, strict=True):
        if key is None:
            m.expr(element.value, value)  # ``**other``: starts at its stars, which ast does not place
            continue
        if type(element).__name__ != "DictElement":
            return
        if not element.key.lpar and not element.value.rpar and key.end_lineno is not None:
            m.out[element] = (key.lineno, m.column(key.lineno, key.col_offset), value.end_lineno or value.lineno)
        m.expr(element.key, key)
        m.expr(element.value, value)


def _elements(m: StatementMap, node: Any, tree: Any) -> None:
    if len(node.elements) != len(tree.elts):
        return
    for element, sub in zip(node.elements, tree.elts, strict=True):
        if type(element).__name__ == "StarredElement":
            m.expr(element, sub)  # an expression of its own, like ast's Starred
            continue
        m.wrapper(element, element.value, sub)
        m.expr(element.value, sub)


def _starred(m: StatementMap, node: Any, tree: Any) -> None:
    m.expr(node.value, tree.value)


def _binary(m: StatementMap, node: Any, tree: Any) -> None:
    m.expr(node.left, tree.left)
    m.expr(node.right, tree.right)


def _boolean(m: StatementMap, node: Any, tree: Any) -> None:
    """``a or b or c`` is one ast node over three values, two libcst nodes (the inner one has no
    ast node of its own: left out)."""
    values: list[Any] = [node.right]
    left = node.left
    while type(left).__name__ == "BooleanOperation" and type(left.operator) is type(node.operator) and not left.lpar:
        values.append(left.right)
        left = left.left
    values.append(left)
    values.reverse()
    if len(values) != len(tree.values):
        return
    for value, sub in zip(values, tree.values, strict=True):
        m.expr(value, sub)


def _comparison(m: StatementMap, node: Any, tree: Any) -> None:
    m.expr(node.left, tree.left)
    if len(node.comparisons) == len(tree.comparators):
        for target, sub in zip(node.comparisons, tree.comparators, strict=True):
            m.expr(target.comparator, sub)


def _unary(m: StatementMap, node: Any, tree: Any) -> None:
    m.expr(node.expression, tree.operand)


def _if_exp(m: StatementMap, node: Any, tree: Any) -> None:
    m.expr(node.test, tree.test)
    m.expr(node.body, tree.body)
    m.expr(node.orelse, tree.orelse)


def _lambda(m: StatementMap, node: Any, tree: Any) -> None:
    m.expr(node.body, tree.body)


def _await(m: StatementMap, node: Any, tree: Any) -> None:
    m.expr(node.expression, tree.value)


def _yield(m: StatementMap, node: Any, tree: Any) -> None:
    value = node.value
    if value is None or tree.value is None:
        return
    if type(value).__name__ == "From":
        if isinstance(tree, ast.YieldFrom):
            m.expr(value.item, tree.value)
    elif isinstance(tree, ast.Yield):
        m.expr(value, tree.value)


def _named(m: StatementMap, node: Any, tree: Any) -> None:
    m.expr(node.target, tree.target)
    m.expr(node.value, tree.value)


def _comprehension(m: StatementMap, node: Any, tree: Any) -> None:
    if type(node).__name__ == "DictComp":
        m.expr(node.key, tree.key)
        m.expr(node.value, tree.value)
    else:
        m.expr(node.elt, tree.elt)
    loop = node.for_in
    for generator in tree.generators:
        if loop is None:
            return
        m.expr(loop.target, generator.target)
        m.expr(loop.iter, generator.iter)
        if len(loop.ifs) == len(generator.ifs):
            for condition, sub in zip(loop.ifs, generator.ifs, strict=True):
                m.expr(condition.test, sub)
        loop = loop.inner_for_in


_CONSTANT = ("Constant",)

#: libcst expression -> (the ast nodes it may be, how to walk its children, whether ast's position is
#: libcst's: True (ast leaves a node's own parentheses out, as libcst does), None (only when not
#: parenthesized: ast counts a tuple's own parentheses in), False (never: a generator expression
#: that is a call's only argument starts at the call's parenthesis in ast))
_EXPRESSIONS: dict[str, tuple[tuple[str, ...], Callable[[StatementMap, Any, Any], None] | None, bool | None]] = {
    "Name": (("Name",), None, True),
    "Attribute": (("Attribute",), _attribute, True),
    "Call": (("Call",), _call, True),
    "Subscript": (("Subscript",), _subscript, True),
    "Dict": (("Dict",), _dict, True),
    "List": (("List",), _elements, True),
    "Set": (("Set",), _elements, True),
    "Tuple": (("Tuple",), _elements, None),
    "StarredElement": (("Starred",), _starred, True),
    "SimpleString": (_CONSTANT, None, True),
    "ConcatenatedString": (("Constant", "JoinedStr"), None, True),
    "FormattedString": (("JoinedStr",), None, True),
    "Integer": (_CONSTANT, None, True),
    "Float": (_CONSTANT, None, True),
    "Imaginary": (_CONSTANT, None, True),
    "Ellipsis": (_CONSTANT, None, True),
    "BinaryOperation": (("BinOp",), _binary, True),
    "BooleanOperation": (("BoolOp",), _boolean, True),
    "Comparison": (("Compare",), _comparison, True),
    "UnaryOperation": (("UnaryOp",), _unary, True),
    "IfExp": (("IfExp",), _if_exp, True),
    "Lambda": (("Lambda",), _lambda, True),
    "Await": (("Await",), _await, True),
    "Yield": (("Yield", "YieldFrom"), _yield, True),
    "NamedExpr": (("NamedExpr",), _named, True),
    "ListComp": (("ListComp",), _comprehension, True),
    "SetComp": (("SetComp",), _comprehension, True),
    "DictComp": (("DictComp",), _comprehension, True),
    "GeneratorExp": (("GeneratorExp",), _comprehension, False),
}


def map_statement(stmt: Any, trees: Any, how: str, lines: list[str]) -> dict[Any, Position]:
    """The positions of ``stmt``'s nodes that the ast of the statement gives (``trees``: the ast
    statements of a simple statement line, or the compound statement's ast node; ``how`` as in
    ``positions.Unit``). Never raises on a shape it does not know: those nodes are left out."""
    mapped = StatementMap(lines)
    try:
        if how == "line" and isinstance(trees, list):
            mapped.line(stmt, trees)
        elif how in ("shell", "elif"):
            mapped.header(stmt, trees)
    except (AttributeError, TypeError, ValueError, StopIteration, IndexError, RecursionError):
        return {}  # a shape this walk does not know: the statement is printed instead
    return mapped.out
