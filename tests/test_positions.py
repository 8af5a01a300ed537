"""Positions computed a statement at a time (``positions.LazyPositions``) are the whole-module
pass's positions, node by node: over the evaluation corpus and over shapes where printing one
statement alone could go wrong (decorators, ``elif`` chains, handlers, ``match``, one-line
suites, tabs, CRLF, non-ASCII text before a node, continuation lines)."""

from __future__ import annotations

from pathlib import Path

import libcst as cst
import pytest

from flake8_medicaid_scope.astpositions import map_statement
from flake8_medicaid_scope.positions import _LINE_BREAKS, LazyPositions, _units, positions

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


#: shapes where the ast and libcst see a node differently (parentheses, argument order, chains)
MAPPED_SHAPES = {
    "parens": "x = (1, 2)\ny = ((a))\nz = f((a), (b, c), k=(d))\nw = [(e), *(g)]\nv = {(h): (i)}\n",
    "generator_argument": "t = sum(x for x in y)\nu = f((x for x in y), 2)\n",
    "arguments": "r = f(a, *b, c=1, *d, **e)\nclass C(Base, metaclass=M):\n    pass\n",
    "dicts": "d = {'a': 1, **other, 'ssn': m.ssn,\n     'dob':\n         m.dob}\n",
    "booleans": "ok = a or b or c and d or (e or f)\nq = not a < b <= c\n",
    "non_ascii": "nombre = 'Núñez'; datos = {'año': m.año, 'ssn': m.ssn}\n",
    "comprehensions": "a = [x.ssn for x in ms if x.ok if x.y]\nb = {k: v for k, v in d.items()}\nc = {x for x in y for z in x}\n",
    "functions": (
        "@app.route('/x', methods=['POST'])\ndef f(a, b: int = 1, *c, d: 'T' = {'ssn': 1}, **e) -> dict:\n"
        "    return lambda m: {'dob': m.dob}\nasync def g(s):\n    async with s.post(u, json=b) as r, x:\n        yield await r.json()\n"
        "    yield from z\n"
    ),
    "statements": (
        "x: int = (y := f())\nx += g(h)\nassert a, 'b'\nraise E(m.ssn) from e\ndel a[1]\nglobal q\n"
        "for i, (j, k) in enumerate(z):\n    pass\nwhile n > 0: n -= 1\nwith open(p) as fh: data = fh.read()\n"
        "try:\n    pass\nexcept (KeyError, ValueError) as e:\n    pass\n"
    ),
    "strings": "s = f'{m.ssn}' 'x' \"y\"\nt = '''a\nb''' + m.cin\nu = m.x[1:2]\nv = m[a, b]\nw = m['k'].get('j')\n",
    "attributes": "a = (m).ssn\nb = m . ssn\nc = m.\\\n    dob\nd = (m\n     .guardian\n     .phone)\n",
}


def _mapped(source: str) -> tuple[int, int]:
    """Map every statement unit of ``source`` from the ast; (nodes compared with the whole-module
    pass, nodes that pass placed); fails on any position that differs."""
    module = cst.parse_module(source)
    whole = positions(module)
    units = _units(module, source)
    assert units is not None
    lines = _LINE_BREAKS.split(source)
    compared = 0
    for stmt, unit in units.items():
        for node, where in map_statement(stmt, unit[5], unit[4], lines).items():
            assert where == whole.get(node), (type(node).__name__, where, whole.get(node), cst.Module([]).code_for_node(node))
            compared += 1
    return compared, len(whole)


@pytest.mark.parametrize("name", sorted(MAPPED_SHAPES))
def test_the_ast_places_nodes_where_printing_does(name: str) -> None:
    compared, _ = _mapped(MAPPED_SHAPES[name])
    assert compared > 5


def test_the_ast_places_the_corpus_where_printing_does() -> None:
    compared = placed = 0
    for path in CORPUS:
        done, total = _mapped(path.read_text(encoding="utf-8"))
        compared, placed = compared + done, placed + total
    assert compared > 150_000
    assert compared > placed * 0.75  # most nodes are placed by the ast, the rest by printing their statement


def test_a_node_of_a_running_statement_is_placed_without_printing() -> None:
    source = (
        "import requests\n\ndef helper(b):\n    return requests.post(U, json=b)\n\n"
        "def f(m):\n    body = {'ssn': m.ssn, 'n': len(x for x in m.k)}\n    helper(body)\n"
    )
    module = cst.parse_module(source)
    helper, fn = module.body[1], module.body[2]
    line = fn.body.body[0]
    entry = line.body[0].value.elements[0]
    lazy = LazyPositions(module, source)
    lazy.enter(fn)
    lazy.enter(line)
    assert lazy.get(entry) == (7, 12, 7)
    assert lazy.get(entry.value.attr) == (7, 21, 7)
    assert lazy.get(helper) == (3, 0, 4)  # a function asked for from a call: where Python put it
    assert not lazy.done and not lazy.whole
    generator = line.body[0].value.elements[1].value.args[0].value
    assert lazy.get(generator) == (7, 35, 7)  # the ast does not place it: its statement is printed
    assert lazy.done and not lazy.whole


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
