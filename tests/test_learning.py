"""Learning what a class's methods set on ``self`` runs only the methods that may set something.

The syntactic facts (``self_writes``) are pinned directly; the cases check through the whole
analysis that every way a method can set an attribute is still learned (a store, a mutation, a
``super()`` call, a helper of the project given ``self.x``, ``setattr``, a method of ``self`` that
does, here or in a base class) and that readers are skipped without changing any finding.
"""

from __future__ import annotations

import libcst as cst
import pytest
from annotations import actual, expected

from flake8_medicaid_scope.flow.index import changes_parameters, self_writes

HEAD = '''import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
'''

MUTATORS = frozenset({"append", "update", "pop", "connect"})


def _writes(body: str):
    fn = cst.parse_module(body).body[0]
    assert isinstance(fn, cst.FunctionDef)
    return self_writes(fn, MUTATORS)


@pytest.mark.parametrize(
    "body",
    [
        "def f(self, m):\n    self.body = {'ssn': m.ssn}\n",
        "def f(self, m):\n    self.body['ssn'] = m.ssn\n",
        "def f(self, m):\n    self.total += 1\n",
        "def f(self, m):\n    self.a, self.b = m.ssn, m.dob\n",
        "def f(self, m):\n    del self.body['ssn']\n",
        "def f(self, m):\n    self.rows.append(m.ssn)\n",
        "def f(self, m):\n    self.by_county[m.county].append(m.ssn)\n",
        "def f(self, m):\n    self.body.pop('ssn')\n",
        "def f(self, host):\n    self.ssh.connect(hostname=host)\n",
        "def f(self, url):\n    super().__init__(url)\n",
        "def f(self, m):\n    def inner():\n        self.body = m\n    inner()\n",
        "def f(self, rows):\n    for self.current in rows:\n        pass\n",
        # body = self.body is the object's dict under another name (a copy, dict(self.body), is not)
        "def f(self):\n    body = self.body\n    body['x'] = 1\n    return len(self.rows)\n",
        "def f(self, m):\n    hh = self.payload.setdefault('household', {})\n    hh['size'] = m.size\n",
    ],
)
def test_direct_writes(body: str) -> None:
    assert _writes(body).direct


@pytest.mark.parametrize(
    "body",
    [
        "def f(self, m):\n    return {'ssn': m.ssn, 'url': self.url}\n",
        "def f(self, m):\n    self.session.post(self.url, json=self.body)\n",
        "def f(self):\n    body = dict(self.body)\n    body['x'] = 1\n    return len(self.rows)\n",
        "def f(self):\n    return self.get_conn().create_job(**self.config)\n",
        "def f(self, m):\n    self.log.info('sent %s', m.cin)\n",
    ],
)
def test_readers_write_nothing(body: str) -> None:
    writes = _writes(body)
    assert not writes.direct


def test_method_calls_and_handed_callees_are_recorded() -> None:
    writes = _writes("def f(self, m):\n    self.add(m)\n    fill(self.body, m)\n    requests.post(self.url)\n    len(self.rows)\n    audit(self)\n    log(self.a.b)\n")
    assert writes.methods == {"add"}
    # only self.x handed: what a function does to its argument comes back to self.x, never to a bare self
    assert [cst.Module([]).code_for_node(c) for c in writes.handed] == ["fill", "requests.post", "len"]


CASES = {
    # set by a base class's setter, called from the subclass's builder
    "set-through-a-base-setter": '''
class Base:
    def set_body(self, body):
        self.body = body
class Referral(Base):
    def build(self, m):
        self.set_body({"cin": m.cin, "ssn": m.ssn})  # MCD101
    def send(self):
        requests.post(ICE_URL, json=self.body)
''',
    # a helper of the module fills the object's container
    "set-by-a-helper-given-self-x": '''
def fill(body, m):
    body["diagnosis"] = m.primary_dx  # MCD102
class Referral:
    def __init__(self):
        self.body = {}
    def build(self, m):
        fill(self.body, m)
    def send(self):
        requests.post(ICE_URL, json=self.body)
''',
    # a method that only calls another method of self which stores: learned through it
    "set-through-a-chain-of-own-methods": '''
class Referral:
    def _store(self, key, value):
        self.body = {key: value}
    def build(self, m):
        self._store("language", m.primary_language)  # MCD101
    def send(self):
        requests.post(ICE_URL, json=self.body)
''',
    # the base's constructor called through super() with this class's arguments
    "set-by-super-init": '''
class Client:
    def __init__(self, url):
        self.url = url
    def send(self, body):
        requests.post(self.url, json=body)
class IceClient(Client):
    def __init__(self):
        super().__init__(ICE_URL)
def refer(m):
    IceClient().send({"cin": m.cin, "ssn": m.ssn})  # MCD101
''',
    # readers run no learning, and the findings are those of the sending method
    "readers-are-not-needed": '''
class Referral:
    def __init__(self, m):
        self.body = {"cin": m.cin, "dob": m.dob}
    def describe(self):
        return f"referral of {len(self.body)} fields"
    def send(self):
        requests.post(ICE_URL, json=self.body)
class Leaky:
    def __init__(self, m):
        self.body = {"cin": m.cin, "race": m.race}  # MCD101
    def describe(self):
        return f"referral of {len(self.body)} fields"
    def send(self):
        requests.post(ICE_URL, json=self.body)
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_learning_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source) == want


@pytest.mark.parametrize(
    ("body", "changes"),
    [
        ("def f(body, m):\n    body['ssn'] = m.ssn\n", True),
        ("def f(rows, m):\n    rows.append(m)\n", True),
        ("def f(rec):\n    del rec['ssn']\n", True),
        ("def f(rec, m):\n    rec.person.ssn = m.ssn\n", True),
        ("def f(body, m):\n    other(body, m)\n", True),
        ("def f(*parts):\n    parts[0]['x'] = 1\n", True),
        ("def f(body):\n    return {'n': len(body), 'keys': sorted(body)}\n", False),
        ("def f(model, **hints):\n    return model._meta.app_label\n", False),
        ("def f():\n    return 1\n", False),
    ],
)
def test_changes_parameters(body: str, changes: bool) -> None:
    fn = cst.parse_module(body).body[0]
    assert isinstance(fn, cst.FunctionDef)
    assert changes_parameters(fn) is changes


def test_python_attributes_of_self_are_not_handed() -> None:
    assert _writes("def f(self):\n    return router.db_for_write(self.__class__, instance=self)\n").handed == ()


def _deep_learning_module(sends: bool) -> str:
    """A class whose constructor calls more distinct helpers than one learning follows."""
    from flake8_medicaid_scope.flow.functions import MAX_LEARNING_CALLS

    helpers = "".join(f"def step{i}(x):\n    return x\n" for i in range(MAX_LEARNING_CALLS + 10))
    calls = "".join(f"        self.v{i} = step{i}(m.ssn)\n" for i in range(MAX_LEARNING_CALLS + 10))
    send = "    def send(self, m):\n        requests.post(ICE_URL, json={'cin': m.cin, 'x': self.v0})\n" if sends else ""
    return HEAD + helpers + "class Deep:\n    def __init__(self, m):\n" + calls + send


def test_a_learning_past_its_bound_says_so_where_it_sends() -> None:
    from flake8_medicaid_scope import analyze

    found = analyze(_deep_learning_module(sends=True))
    assert [f.code for f in found] == ["MCD901", "MCD101"]  # self.v0 holds the SSN (learned before the bound)
    assert analyze(_deep_learning_module(sends=False)) == []


@pytest.mark.parametrize("key", [None, "ssn"])
def test_place_at_is_place_without_asking_positions_it_does_not_need(key: str | None) -> None:
    """``place_at`` makes the placements ``place`` makes, and asks for the position only when one is made there."""
    from flake8_medicaid_scope.flow.values import HOLE, OPAQUE, Placement, Val, const_val, place, place_at

    made = Placement(3, 4, frozenset({"dob"}), key="dob")
    grouped = Placement(5, 6, frozenset({"cin"}), detail=HOLE + "group")
    values = [
        OPAQUE, const_val("x"), Val(names=frozenset({"ssn"})), Val(placements=(made,)), Val(placements=(grouped,)),
        Val(placements=(Placement(7, 8, frozenset({"race"})),), text="a" + HOLE), Val(response=True),
        Val(handed=Placement(9, 1, frozenset({"ssn"}), module="other.py"), names=frozenset({"ssn"})),
    ]
    for val in values:
        asked: list[int] = []

        def where(asked: list[int] = asked) -> tuple[int, int]:
            asked.append(1)
            return (11, 12)

        assert place_at(val, where, key) == place(val, 11, 12, key)
        if not any((p.line, p.col) == (11, 12) for p in place(val, 11, 12, key)):
            assert not asked  # no placement at this position: the position was never needed
