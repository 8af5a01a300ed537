"""What the parts of one module's analysis share: the frame of a function being run, the
arguments of a call, and ``Part``, the base of each part.

A module's analysis (``engine.ModuleAnalysis``) is made of parts, one per file of this
folder, each with a small public interface that the others call by name:

- ``expr`` (evaluate.py, ``Expressions``): the value of an expression;
- ``calls`` (calls.py, ``Calls``): what a call returns and does;
- ``sinks`` (sinks.py, ``Sinks``): what a send carries to which destination;
- ``sanitizers`` (sanitizers.py, ``Sanitizers``): allow-list comprehensions and guarded loops;
- ``statements`` (statements.py, ``Statements``): statements and control flow;
- ``functions`` (functions.py, ``Functions``): calls of the module's functions and methods,
  their memoized results, what they do to their arguments and to ``self``;
- ``links`` (links.py, ``Links``): names imported from other modules of the project;
- ``files`` (files.py, ``Files``): what is written to each file, and files that are sinks;
- ``population`` (population.py, ``Population``): sources of many people's records and the
  status conditions that choose among them (MCD201).

The module's shared state (its index, its results, the call stack) stays on the
``ModuleAnalysis``; a part reads it through ``self.m`` or the references copied here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Sequence

import libcst as cst

from .index import ClassInfo
from .values import INBOUND_MARK, Placement, Val, replace  # noqa: F401 - INBOUND_MARK re-exported

if TYPE_CHECKING:
    from ..destinations import Destination
    from .calls import Calls
    from .engine import ModuleAnalysis
    from .evaluate import Expressions
    from .files import Files
    from .functions import Functions
    from .links import Links
    from .population import Population
    from .sanitizers import Sanitizers
    from .sinks import Sinks
    from .statements import Statements


@dataclass
class Frame:
    """The state of one function being analyzed."""

    env: dict[str, Val]
    func_name: str | None = None
    cls: ClassInfo | None = None
    self_attrs: dict[str, Val] = field(default_factory=dict)
    returns: list[Val] = field(default_factory=list)
    builder: "Destination | None" = None  # set when the function is named for enforcement
    dead: bool = False  # after return/raise/continue/break: no state flows on from here
    imports: dict[str, str] = field(default_factory=dict)  # the function's own imports (import json inside it)
    exits: list[dict[str, Val]] = field(default_factory=list)  # the states at each return
    rebound: set[str] = field(default_factory=set)  # names assigned in the function (a rebound parameter is not the caller's)
    #: the constants one way of a split block fixed (``partner = "state"`` on the state's way): a test of
    #: them in the rest of the block is known on that way (see ``Statements._split``)
    way_fixed: dict[str, Val] = field(default_factory=dict)
    globals: set[str] = field(default_factory=set)  # names declared global: rebinding them rebinds the module's
    nonlocals: set[str] = field(default_factory=set)  # names declared nonlocal: rebinding them rebinds the enclosing function's
    #: sub = payload["subject"]: sub -> (payload, "subject"); p2 = payload: p2 -> (payload, None) and back
    aliases: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    #: p = self.payload, hh = self.payload.setdefault("household", {}): p -> ("payload", ()), hh ->
    #: ("payload", ("household",)), with what the attribute held then; what the variable holds is written
    #: back to the object's attribute when the method reads that attribute again or returns
    self_aliases: "dict[str, tuple[str, tuple[str, ...], tuple[Placement, ...]]]" = field(default_factory=dict)
    #: h = session.headers: h -> ("env" or "self", the name holding the client, "headers"); what is put into
    #: ``h`` is what every request of the client carries
    client_aliases: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    #: d = env.data of a variable holding an object of a project class: d -> ("env", "data", what the
    #: attribute held then); what ``d`` holds is written back to the object when ``env`` is read again
    object_aliases: "dict[str, tuple[str, str, tuple[Placement, ...]]]" = field(default_factory=dict)
    #: batch = [person] / batch.append(person): person -> batch; what is later put into or deleted from
    #: ``person`` through its own name is put into or deleted from the list too (not the other way)
    members: dict[str, str] = field(default_factory=dict)
    #: person -> the other lists it was put into after the first (audit.append(person), then batch.append(person))
    also_in: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: cfg = ENDPOINTS["partner"]: cfg -> ("ENDPOINTS", ("partner",)), a part of a module constant dict literal
    constant_parts: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    continues: list[dict[str, Val]] = field(default_factory=list)  # states at `continue` of the innermost loop
    breaks: list[dict[str, Val]] = field(default_factory=list)  # states at `break` of the innermost loop
    raises: list[dict[str, Val]] = field(default_factory=list)  # states at `raise` inside a `try` body (for its handlers)
    tries: int = 0  # how many `try` bodies are running (a `raise` outside every one keeps no state)
    #: the names bound before the innermost loop began (containers that outlive an iteration)
    loop_outer: frozenset[str] | None = None
    #: the names bound in the current iteration of the loops being run (an outer loop's included)
    iteration_bound: set[str] = field(default_factory=set)
    #: the constant keys set in the current iteration of the loops being run, per container bound before
    #: them (``rec = {}``, then ``rec["cin"] = m.cin`` in each iteration: a key of this iteration's record)
    iteration_keys: dict[str, set[str]] = field(default_factory=dict)
    #: the parameters this call's arguments bound (not their defaults): what the caller fixed
    given: frozenset[str] = frozenset()
    #: names bound to a constant by a loop over a constant collection, unrolled (``for src, dst in FIELD_MAP.items()``)
    unrolled: frozenset[str] = frozenset()
    #: calls started as tasks (``create_task(consumer(q))``): [the call, what each name it was given held then,
    #: the statements of the block that started it, the index of that statement] (``Statements.run_block``)
    started: "list[list[Any]]" = field(default_factory=list)
    #: a run once per key of tables read by an expression (``TARGETS[args.target]``, ``TARGETS[sys.argv[1]]``): the
    #: expression's text and the key it holds in this run
    keyed_expr: "tuple[str, Val] | None" = None
    #: a run once per key of tables read by a local the function binds once, at its top, from a routing value of its
    #: event (``partner = event["detail"]["partner"]``): the local and the key it holds in this run
    keyed_local: "tuple[str, Val] | None" = None
    #: a test narrowed an entry or attribute of a variable (``if event["partner"] == "state":``): the environment
    #: holds it under its ``narrowed_key`` too
    narrowed_items: bool = False

    def containers_of(self, name: str) -> list[tuple[str, list[str]]]:
        """The containers ``name`` is (a part of), through its aliases: (container, the keys down to
        ``name`` in it); ``p3 = p2 = payload`` and ``sub = payload["subject"]`` alike."""
        out: list[tuple[str, list[str]]] = []
        seen = {name}
        keys: list[str] = []
        while name in self.aliases:
            name, key = self.aliases[name]
            if name in seen or name not in self.env:
                break
            seen.add(name)
            keys = [key, *keys] if key is not None else keys
            out.append((name, keys))
        return out

    def outers(self, name: str) -> "tuple[str, ...]":
        """The lists (or dicts) ``name`` was put into by name: the first, then the others."""
        first = self.members.get(name)
        return ((first,) if first is not None else ()) + self.also_in.get(name, ())

    def through_lists(self, name: str, before: Val) -> None:
        """``name`` changed from ``before`` to what it holds now: the lists it was put into by name
        gain what it gained and lose what it lost (only its own entries: another element of the list
        keeps its own), and so do the lists those are in."""
        todo = [(name, before)]
        seen = {name}
        while todo:
            name, before = todo.pop()
            if name not in self.env:
                continue
            for outer in self.outers(name):
                if outer.startswith("self.") and outer[5:] in self.self_attrs:
                    # self.items.append(entry); entry["ssn"] = ...: the object's list holds it too
                    changed = self.env[name]
                    held = self.self_attrs[outer[5:]]
                    lost = [p for p in before.placements if p not in changed.placements]
                    kept = tuple(p for p in held.placements if p not in lost)
                    gained = tuple(p for p in changed.placements if p not in before.placements and p not in kept)
                    if lost or gained:
                        self.self_attrs[outer[5:]] = replace(held, placements=kept + gained, bulk=held.bulk | changed.bulk, const=held.const and not kept + gained)
                    continue
                if outer in seen or outer not in self.env:
                    continue
                seen.add(outer)
                after = self.env[name]
                had, has = set(before.placements), set(after.placements)  # (sets: a long record is not quadratic)
                removed = {p for p in before.placements if p not in has}
                added = [p for p in after.placements if p not in had]
                if not removed and not added:
                    continue
                held = self.env[outer]
                # (found by where it was placed: the outer one holds it under its own key, {"subjects": [rec]})
                gone = {(p.line, p.col, p.module) for p in removed}
                kept = tuple(p for p in held.placements if p not in removed and (p.line, p.col, p.module) not in gone)
                holding = set(kept)
                grown = kept + tuple(p for p in added if p not in holding)
                # (an element put into an empty one, root.appendChild(el), then filled: the outer one holds data now; one that holds
                # records without their population, put in under a test of status, does not gain it from a record filled later)
                bulk = held.bulk | after.bulk if held.bulk or not held.placements else held.bulk
                self.env[outer] = replace(held, placements=grown, bulk=bulk, const=held.const and not grown)
                todo.append((outer, held))

    def put_in_list(self, inner: cst.BaseExpression, outer: str) -> None:
        """``inner`` (a name of a container of this function) was put into the list ``outer`` by name (also
        inside a literal: ``bundle["entry"].append({"resource": pt})``, pt filled later is in the bundle)."""
        if isinstance(inner, (cst.Dict, cst.List, cst.Tuple)):
            for element in inner.elements:
                if isinstance(element, (cst.DictElement, cst.Element)):
                    self.put_in_list(element.value, outer)
            return
        held = self.env.get(inner.value) if isinstance(inner, cst.Name) else None
        first = self.members.get(inner.value) if held is not None else None
        if first is not None and first in self.env and first != outer:
            # audit.append(rec), then batch.append(rec) or ctx = {"record": rec}: in each of them (as far as 9 containers)
            if outer not in self.also_in.get(inner.value, ()) and len(self.also_in.get(inner.value, ())) < 8:  # type: ignore[union-attr]
                self.also_in[inner.value] = self.also_in.get(inner.value, ()) + (outer,)  # type: ignore[union-attr]
            return
        # rec = {} (or a dict of constants) put into the list, then filled: a container, not a constant string or number
        if held is not None and inner.value != outer and (not held.const or (held.items is not None and held.text is None) or (  # type: ignore[union-attr]
                held.attrs is not None and held.model is None and held.client is None)):
            self.members[inner.value] = outer  # type: ignore[union-attr]

    def state(self) -> dict[str, Val] | None:
        """A copy of the environment, or None where the code cannot be reached."""
        return None if self.dead else dict(self.env)

    def restore(self, state: dict[str, Val] | None) -> None:
        """Continue from ``state`` (None: unreachable)."""
        self.dead = state is None
        self.env = dict(state) if state is not None else {}



Args = Sequence[tuple[cst.Arg, Val]]

#: what a sink call returns (a response): reading it reads no member field
RESPONSE = Val(response=True)
ENFORCEMENT_RESPONSE = Val(response=True, labels=frozenset({INBOUND_MARK}))


def argument(args: Args, pos: int | None, kw: str | None) -> tuple[cst.Arg, Val] | None:
    positional = [a for a in args if a[0].keyword is None and not a[0].star]
    for a in args:
        if kw and a[0].keyword is not None and a[0].keyword.value == kw:
            return a
    if pos is not None and pos < len(positional):
        return positional[pos]
    return None


def argument_node(call: cst.Call, pos: int | None, kw: str | None) -> cst.BaseExpression | None:
    """The expression ``call`` gives at keyword ``kw`` or else position ``pos`` (not evaluated)."""
    found = argument([(a, Val()) for a in call.args], pos, kw)
    return found[0].value if found is not None else None


class Part:
    """One part of a module's analysis: the module's shared references, and its sibling parts."""

    expr: "Expressions"
    calls: "Calls"
    sinks: "Sinks"
    sanitizers: "Sanitizers"
    statements: "Statements"
    functions: "Functions"
    links: "Links"
    files: "Files"
    population: "Population"

    def __init__(self, m: "ModuleAnalysis") -> None:
        self.m = m
        # references that never change during the analysis (mutable state is read through self.m)
        self.module = m.module
        self.index = m.index
        self.rules = m.rules
        self.vocabulary = m.vocabulary
        self.clinical_types = m.clinical_types
        self.configured_sinks = m.configured_sinks
        self.sink_functions = m.sink_functions
        self.client_specs = m.client_specs
        self.client_methods = m.client_methods
        self.project = m.project
        self.module_id = m.module_id
        self._stack = m._stack
        self.anchors = m.anchors
        self.model_inputs = m.model_inputs
        self.module_state = m.module_state
        self.outer_imports = m.outer_imports
        self.positions = m.positions
        self.arg_position = m.arg_position
        self.span = m.span
        self.report = m.report

    def wire(self) -> None:
        """Meet the sibling parts (once they all exist)."""
        m = self.m
        self.expr, self.calls, self.sinks, self.sanitizers = m.expr, m.calls, m.sinks, m.sanitizers
        self.statements, self.functions, self.links, self.files = m.statements, m.functions, m.links, m.files
        self.population = m.population
