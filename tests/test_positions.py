"""Positions computed a statement at a time (``positions.LazyPositions``) are the whole-module
pass's positions, node by node: over the evaluation corpus and over shapes where printing one
statement alone could go wrong (decorators, ``elif`` chains, handlers, ``match``, one-line
suites, tabs, CRLF, non-ASCII text before a node, continuation lines)."""

from __future__ import annotations

from pathlib import Path

import libcst as cst
import pytest

from flake8_medicaid_scope.positions import LazyPositions, _units, positions

TESTS = Path(__file__).parent
CORPUS = sorted((TESTS / "eval_files").glob("*.py")) + sorted((TESTS / "eval_projects").glob("*/**/*.py"))

SHAPES = {
    "decorated": "import functools\n\n# lead\n@functools.cache\n@other(\n    1,\n)\ndef f(a,\n      b={'ssn': 1}):\n    return a\n",
    "elif_chain": (
        "def f(m):\n    if m.a:\n        x = 1\n    # between\n    elif m.b == 'é':\n        x = 2\n"
        "    elif (m.c or\n          m.d):\n        x = 3\n    else:\n        x = 4\n    return x\n"
    ),
    "handlers": "try:\n    a = 1\nexcept (KeyError,\n        ValueError) as e:\n    b = {'cin': 2}\nelse:\n    c = 3\nfinally:\n    d = 4\n",
    "except_star": "try:\n    a = 1\nexcept* OSError as group:\n    b = {'cin': 2}\n",
    "match": "def f(m):\n    match m.kind:\n        case 'a' | 'b':\n            body = {'ssn': m.ssn}\n        case _:\n            body = {}\n    return body\n",
    "one_line_suites": "def f(m): return {'dob': m.dob}\nclass C: x = {'cin': 1}\nif True: y = 2\nwhile False: pass\n",
    "tabs": "class C:\n\tdef f(self, m):\n\t\tif m:\n\t\t\treturn {'ssn': m.ssn}\n",
    "crlf": "def f(m):\r\n    body = {\r\n        'ssn': m.ssn,\r\n    }\r\n    return body\r\n",
    "non_ascii": "NAME = 'Núñez'; body = {'cin': 1}\ndef f():\n    s = 'ñ' ; d = {'ssn': 2}\n    return d\n",
    "continuation": "x = 1 + \\\n    2\nif x and \\\n        x:\n    y = {'ssn': x}\n",
    "async": "async def f(session, m):\n    async with session.post('u', json={'dob': m.dob}) as r:\n        async for line in r.content:\n            yield line\n",
    "nested": "class Outer:\n    class Inner:\n        def g(self):\n            def h():\n                return lambda m: {'ssn': m.ssn}\n            return h\n",
    "for_else": "for m in ms:\n    if m:\n        break\nelse:\n    z = {'cin': 1}\n",
    "semicolons": "a = 1; b = {'ssn': 2}; c = 3\n",
    "comments_and_blank_tail": "def f():\n    x = 1\n    # trailing comment\n\n\n# module comment\ny = {'ssn': 2}\n",
}


def _check(source: str) -> int:
    """Print every statement unit of ``source`` alone; return how many nodes were compared."""
    module = cst.parse_module(source)
    whole = positions(module)
    units = _units(module, source)
    assert units is not None
    lazy = LazyPositions(module, source)
    for stmt in units:
        assert lazy._unit(stmt), type(stmt).__name__
    assert not lazy.whole
    compared = 0
    for node, where in lazy.found.items():
        if node in whole:
            assert where == whole[node], (type(node).__name__, where, whole[node])
            compared += 1
    return compared


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shapes_print_alone_where_the_module_prints_them(name: str) -> None:
    assert _check(SHAPES[name]) > 3


def test_the_corpus_prints_alone_where_the_module_prints_it() -> None:
    compared = sum(_check(path.read_text(encoding="utf-8")) for path in CORPUS)
    assert compared > 100_000


def test_a_node_is_looked_for_in_the_running_statements_first() -> None:
    source = "import requests\n\nA = 1\n\ndef f(m):\n    x = 2\n    body = {'ssn': m.ssn}\n    return body\n"
    module = cst.parse_module(source)
    fn = module.body[2]
    line = fn.body.body[1]
    key = line.body[0].value.elements[0].key
    lazy = LazyPositions(module, source)
    lazy.enter(fn)
    lazy.enter(line)
    assert lazy.get(key) == (7, 12, 7)
    assert not lazy.whole and module.body[1] not in lazy.found  # nothing else printed
    lazy.leave()
    lazy.leave()
    # a node of no running statement: the whole module is printed once, then everything is known
    assert lazy.get(module.body[1].body[0].targets[0].target) == (3, 0, 3)
    assert lazy.whole


def test_nodes_made_by_the_analysis_stand_where_they_are_put() -> None:
    source = "x = {'ssn': 1}\n"
    module = cst.parse_module(source)
    lazy = LazyPositions(module, source)
    made = cst.Name("made")
    lazy[made] = (1, 5, 1)
    assert made in lazy and lazy[made] == (1, 5, 1)
    assert cst.Name("other") not in lazy
    with pytest.raises(KeyError):
        lazy[cst.Name("other")]


def test_statements_that_do_not_line_up_give_the_whole_pass() -> None:
    source = "x = 1\ny = 2\n"
    module = cst.parse_module(source)
    assert _units(module, "x = 1\n") is None  # another text: the parsers disagree
    lazy = LazyPositions(module, "x = 1\n")
    lazy.enter(module.body[1])
    assert lazy.get(module.body[1].body[0]) == (2, 0, 2)
    assert lazy.whole


def test_a_merged_module_that_does_not_print_back_is_placed_statement_by_statement(monkeypatch: pytest.MonkeyPatch) -> None:
    import ast

    import flake8_medicaid_scope.analysis as analysis

    # a form feed after a blank line at a cut: the merged chunks lose the blank line when printed
    monkeypatch.setattr(analysis, "CHUNK_LINES", 3)
    parts = ["import requests\n"] + [f"\n\f\ndef helper_{i}(rows):\n    total = 0\n    return total\n" for i in range(3)]
    source = "".join([*parts, "\n\f\ndef send(m):\n    body = {'dx': m.diagnosis}\n    return body\n"])
    merged = analysis._parse_in_chunks(source)
    assert merged is not None and merged.code != source
    lazy = LazyPositions(merged, source, chunked=True)
    key = merged.body[-1].body.body[0].body[0].value.elements[0].key
    line = next(n.lineno for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Dict))
    assert lazy._all()[key] == (line, 12, line)
    monkeypatch.setattr(analysis, "CHUNKED_PARSE", 10)
    assert analysis._parse(source.replace("\f", ""))[1] is not None  # cut in chunks
    assert analysis._parse(source)[1] is None  # a text with a form feed is not cut at all
