"""Statements and functions: flow-sensitive analysis of one module.

Each function and method is analyzed on its own (parameters unknown unless
named like fields or annotated with a payload model), and again, inlined, at
each call from another function of the module with the caller's argument
values (depth and work bounded). Placements that reach an enforcement sink
are collected as ``Hit``s, one per placement.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Sequence

import libcst as cst
from libcst.metadata import CodeRange

from ..destinations import Destination, DestinationRules
from ..library import ClientSpec, SinkSpec
from .calls import Args
from .sanitizers import MAX_UNROLL, Sanitizers, block_statements
from .evaluate import Frame, part_of, subscript_key
from .calls import LIBRARY
from .index import NOT_PRAGMA, ClassInfo, ModuleIndex, collect_import, dotted, resolve_relative

if TYPE_CHECKING:
    from .project import Project
from .values import (
    OPAQUE, FunctionRef, Placement, Val, combine, const_text, const_val, container, join, place, translate, translate_placement, without_keys, without_labels,
)

MAX_DEPTH = 12  # nested inlined calls (deeper: MCD901)
MAX_CALLS = 2000  # inlined calls per module (more: MCD901); every function is still analyzed on its own
MAX_ATTR_METHODS = 40  # methods of one class run to learn what they set on self
MAX_LOOP_ROUNDS = 8
#: > 0 while some class's attributes are being learned (instance_attrs): calls made then see
#: provisional attributes, so their results are not memoized
_LEARNING = [0]
MAX_SECONDS = 20.0  # time budget of one file's analysis (then MCD901)
MAX_STATE_ROUNDS = 3  # passes over the module while functions still add to module-level containers  # rounds of a loop body before its state must be stable (else MCD901)


@dataclass(frozen=True)
class Hit:
    """A placement that reaches an enforcement destination."""

    placement: Placement
    dest: Destination
    sink_line: int


def _join_envs(*envs: dict[str, Val]) -> dict[str, Val]:
    keys: dict[str, None] = {}
    for env in envs:
        keys.update(dict.fromkeys(env))
    return {k: join(*(env[k] for env in envs if k in env)) for k in keys}


class ModuleAnalysis(Sanitizers):
    """The data-flow analysis of one parsed module."""

    def __init__(
        self,
        module: cst.Module,
        ranges: "dict[cst.CSTNode, CodeRange]",
        index: ModuleIndex,
        *,
        rules: DestinationRules,
        vocabulary,  # noqa: ANN001 - Vocabulary
        clinical_types: frozenset[str],
        configured_sinks: frozenset[str],
        sinks: tuple[dict[str, SinkSpec], dict[str, ClientSpec], dict[str, dict[str, SinkSpec]]],
        project: "Project | None" = None,
        module_id: str = "<module>",
    ) -> None:
        self.module = module
        self._ranges = ranges
        self.index = index
        self.rules = rules
        self.vocabulary = vocabulary
        self.clinical_types = clinical_types
        self.configured_sinks = configured_sinks
        self.sink_functions, self.client_specs, self.client_methods = sinks
        self._const_cache = {}
        self._const_stack = set()
        self._hits: dict[tuple[int, int, str, str, int], Hit] = {}
        self._stack: list[object] = project.stack if project is not None else []
        self.project = project
        self.deadline = time.monotonic() + MAX_SECONDS
        self.module_id = module_id
        #: set while this module runs a function for another module's analysis: (that analysis, its call)
        self.host: tuple[ModuleAnalysis, cst.CSTNode] | None = None
        #: calls of this module through which data placed in another module reaches a send
        self.anchors: list[cst.CSTNode] = []
        self._resolved: dict[str, tuple[ModuleAnalysis, str] | None] = {}
        self._memo: dict[tuple[object, ...], Val] = {}
        self._effects_memo: dict[tuple[object, ...], dict[int, Val]] = {}
        self.last_effects: dict[int, Val] = {}  # what the last call did to its arguments (see apply_effects)
        self._calls = 0
        #: nested defs and lambdas -> the imports of the function they are defined in (they see them)
        self.outer_imports: dict[int, dict[str, str]] = {}
        self._init_attrs: dict[str, dict[str, Val]] = {}
        self._attrs_running: set[str] = set()
        self.cleared: frozenset[str] = frozenset()
        #: module-level containers filled by functions (``_OUTBOX.append(...)`` in one, posted in another)
        self.module_state: dict[str, Val] = {}
        self.safe_sent: set[tuple[int, int]] = set()  # placements sent to a non-enforcement host
        self.safe_models: set[str] = set()  # models whose instances are sent to a non-enforcement host
        self.state_changed = False
        self._cut = False  # a bound stopped data that was handed to a call
        self.enforcement_seen = False  # some send in the module goes to enforcement
        self.hosts_only = 0  # > 0 inside a def or call marked not-enforcement: only host patterns decide

    # -- positions --------------------------------------------------------------
    def positions(self, node: cst.CSTNode) -> tuple[int, int]:
        rng = self._ranges.get(node)
        if rng is None:
            return (1, 0)
        return rng.start.line, rng.start.column

    def span(self, node: cst.CSTNode) -> tuple[int, int]:
        rng = self._ranges.get(node)
        if rng is None:
            return (0, -1)
        return rng.start.line, rng.end.line

    # -- results ----------------------------------------------------------------
    def report(self, placement: Placement, dest: Destination, sink_line: int) -> None:
        """Record that ``placement`` reaches enforcement destination ``dest`` (sent at ``sink_line``)."""
        if self.host is not None:
            # running for another module: hand on what that module placed or held; what this
            # module placed during the call is this module's own finding, not the caller's
            if placement.module is None and not placement.carried:
                return
            host, anchor = self.host
            host.report(translate_placement(placement, self.module_id, host.module_id), dest, host.positions(anchor)[0])
            return
        placement = replace(placement, carried=False) if placement.carried else placement
        if placement.module is not None:
            # placed in another module: reported at the call here that hands it to the send
            if not self.anchors:
                return
            line, col = self.positions(self.anchors[-1])
            placement = replace(placement, line=line, col=col, module=None)
        key = (placement.line, placement.col, placement.kind, placement.origin, 0)
        old = self._hits.get(key)
        while old is not None and not (old.placement.names <= placement.names or placement.names <= old.placement.names):
            # wrap(m.ssn) and wrap(m.race): one entry of a helper filled with different data by two
            # calls is two findings; the same data seen again (another sink, another loop round) is one
            key = (*key[:4], key[4] + 1)
            old = self._hits.get(key)
        if old is None:
            self._hits[key] = Hit(placement, dest, sink_line)
            return
        names = old.placement.names | placement.names
        key_only = old.placement.key_only and placement.key_only
        # a send the data visibly reaches names its destination better than a builder or model name
        if _by_name(old.dest) != _by_name(dest):
            first = old if not _by_name(old.dest) else Hit(placement, dest, sink_line)
        else:
            first = old if old.sink_line <= sink_line else Hit(placement, dest, sink_line)
        self._hits[key] = replace(first, placement=replace(first.placement, names=names, key_only=key_only))

    @property
    def bounded(self) -> bool:
        """A bound cut the analysis short in a module that sends to enforcement (MCD901): data that
        was handed on past the bound may reach a send unseen. Elsewhere nothing could be lost."""
        return self._cut and (self.enforcement_seen or bool(self._hits))

    def expand_star_imports(self) -> None:
        """``from x import *``: bind the names ``x`` exports (its ``__all__``, else its public
        top-level names) as imports, for a project module or a library the data describes."""
        index = self.index
        if index.stars_expanded or not index.star_imports:
            return
        index.stars_expanded = True
        defined = set(index.imports) | set(index.functions) | set(index.classes) | set(index.constants)
        for written in index.star_imports:
            target = resolve_relative(written, index.package) if written.startswith(".") and index.package else written
            if target is None or target.startswith("."):
                continue
            names: list[str] = []
            found = self.project.resolve(target) if self.project is not None else None
            if found is not None and not found[1]:
                other = found[0]
                other.expand_star_imports()
                exported = other.module_constant("__all__")
                if exported is not None and exported.items is not None:
                    names = list(exported.items)
                else:
                    top = [*other.index.imports, *other.index.functions, *other.index.classes, *other.index.constants]
                    names = [n for n in top if not n.startswith("_")]
            else:
                prefix = target + "."
                names = [q[len(prefix) :] for q in LIBRARY.calls if q.startswith(prefix) and "." not in q[len(prefix) :]]
            for name in names:
                if name not in defined:
                    index.imports[name] = f"{target}.{name}"
                    defined.add(name)

    def run(self) -> list[Hit]:
        """Analyze the module; return the hits in source order."""
        self.expand_star_imports()
        self.cleared = self.cleared_names()
        for cls in self.index.classes.values():
            self.instance_attrs(cls)  # learned once, before any method runs (then kept for every call)
        for cls in self.index.classes.values():
            if cls.is_model and self.rules.is_payload_model(cls.name, self.cleared):
                dest = Destination(cls.name, "enforcement payload model")
                class_line = self.positions(cls.node.name)[0]
                for p in (self.declared_fields(cls.name) or OPAQUE).placements:
                    self.report(p, dest, class_line)
        for _ in range(MAX_STATE_ROUNDS):
            # again while a function fills module state that another (analyzed earlier) may send
            self.state_changed = False
            for fn in self.index.functions.values():
                self.call_function(fn, None, None, None)
            for cls in self.index.classes.values():
                for method in cls.methods.values():
                    self.call_function(method, cls, None, Val(model=cls.name))
            self.run_block(self.module.body, Frame(env={}))
            if not self.state_changed:
                break
            self._memo.clear()
            self._init_attrs.clear()
        hits = [h for h in self._hits.values() if not self._sent_only_to_safe_hosts(h)]
        return sorted(hits, key=lambda h: (h.placement.line, h.placement.col))

    def _sent_only_to_safe_hosts(self, hit: Hit) -> bool:
        """A hit only because a builder or model is named for enforcement, whose output this module
        visibly sends to a non-enforcement host (and to no enforcement one)."""
        if not _by_name(hit.dest):
            return False
        if (hit.placement.line, hit.placement.col) in self.safe_sent:
            return True
        return hit.dest.display in self.safe_models

    # -- functions --------------------------------------------------------------
    def call_function(
        self, fn: cst.FunctionDef, cls: ClassInfo | None, args: Args | None, self_val: Val | None, closure: dict[str, Val] | None = None
    ) -> Val:
        """The value a call of ``fn`` returns, with what it sends reported (memoized by argument values)."""
        inlined = args is not None or bool(self._stack)
        if fn in self._stack:
            return OPAQUE  # recursion: the inner call's result is not known (the outer one is)
        if self.project is not None and self.project.out_of_time() or self.project is None and time.monotonic() > self.deadline:
            self._cut = True  # the per-file time budget is spent: MCD901 says what was found may be partial
            return OPAQUE
        if len(self._stack) >= MAX_DEPTH or (inlined and self._calls >= MAX_CALLS):
            # the callee is still analyzed on its own; only data handed to it is lost here, so
            # MCD901 says so when the call hands on something known
            if args is not None and any(v.placements or v.names for _, v in args):
                self._cut = True
            return OPAQUE
        shape = tuple((a.keyword.value if a.keyword is not None else a.star, v) for a, v in args) if args is not None else None
        cleared_def = self.def_has_pragma(fn, NOT_PRAGMA) or (cls is not None and self.def_has_pragma(cls.node, NOT_PRAGMA))
        memo_key = (id(fn), self_val, shape, self.hosts_only > 0, id(self.host[1]) if self.host else None, tuple(closure.items()) if closure else None)
        if memo_key in self._memo:
            self.last_effects = self._effects_memo.get(memo_key, {})
            return self._memo[memo_key]
        self._calls += inlined
        self.hosts_only += cleared_def
        try:
            frame = self.run_function(fn, cls, args, self_val, closure)
        finally:
            self.hosts_only -= cleared_def
        result = join(*frame.returns) if frame.returns else const_val()
        result = result.with_labels({fn.name.value})  # get_ice_url() supplies its name to a URL
        effects = self._argument_effects(fn, cls, args, frame) if args else {}
        if not _LEARNING[0]:  # while an object's attributes are being learned, results are provisional
            self._memo[memo_key] = result
            self._effects_memo[memo_key] = effects
        self.last_effects = effects
        return result

    def _argument_effects(self, fn: cst.FunctionDef, cls: ClassInfo | None, args: Args, frame: Frame) -> dict[int, Val]:
        """What the function did to the containers it was handed (``add_ssn(body, m)`` puts an SSN in the
        caller's ``body``): the final value of each parameter it changed but never rebound, by argument index."""
        exits = [*frame.exits, *([frame.env] if not frame.dead else [])]
        if not exits:
            return {}
        ordered = list(fn.params.posonly_params) + list(fn.params.params)
        if cls is not None and ordered and not _is_static(fn):
            ordered = ordered[1:]
        effects: dict[int, Val] = {}
        positional = 0
        for index, (arg, passed) in enumerate(args):
            if arg.star:
                continue
            if arg.keyword is not None:
                name = arg.keyword.value
            elif positional < len(ordered):
                name = ordered[positional].name.value
                positional += 1
            else:
                continue
            if name in frame.rebound:
                continue
            final = join(*(env[name] for env in exits if name in env))
            if final.placements != passed.placements and (final.placements or passed.placements):
                effects[index] = final
        return effects

    def apply_effects(self, node: cst.Call, effects: dict[int, Val], frame: Frame) -> None:
        """Give the caller's variables what the callee put into them."""
        for index, val in effects.items():
            if index >= len(node.args):
                continue
            target = node.args[index].value
            if isinstance(target, cst.Name) and target.value in frame.env:
                current = frame.env[target.value]
                frame.env[target.value] = replace(val, model=current.model, client=current.client, labels=current.labels | val.labels)
            elif isinstance(target, cst.Attribute) and isinstance(target.value, cst.Name) and target.value.value == "self":
                frame.self_attrs[target.attr.value] = val

    # -- other modules of the project --------------------------------------------
    def foreign(self, name: str) -> "tuple[ModuleAnalysis, str] | None":
        """``name`` (``publish``, ``settings.ICE_URL``, ``client.IceClient``) imported from another module
        of the project: (that module's analysis, the name inside it)."""
        if self.project is None:
            return None
        if name in self._resolved:
            return self._resolved[name]
        qual = self.index.qualify(name)
        found = self.project.resolve(qual) if qual is not None and not qual.startswith(".") else None
        if found is not None and found[0] is self:
            found = None
        self._resolved[name] = found
        return found

    def foreign_constant(self, name: str) -> Val | None:
        """The value of a constant (``ICE_URL``, ``Config.URL``) defined in another module of the project."""
        found = self.foreign(name)
        if found is None:
            return None
        other, rest = found
        head, _, attr = rest.partition(".")
        if attr and head in other.index.classes and "." not in attr:
            val = other.module_constant(attr, other.index.classes[head])
        elif rest and "." not in rest:
            val = other.module_constant(rest)
        else:
            val = None
        return translate(val, other.module_id, self.module_id) if val is not None else None

    def foreign_cleared(self, name: str) -> bool:
        """The imported constant is marked ``# medicaid-scope: not-enforcement`` where it is defined."""
        found = self.foreign(name)
        return found is not None and found[1].rsplit(".", 1)[-1] in found[0].cleared

    def foreign_class(self, model: str) -> "tuple[ModuleAnalysis, ClassInfo] | None":
        """The class of a model reference: ``@module:Class`` or a name imported from another module."""
        if model.startswith("@"):
            module_id, _, name = model[1:].partition(":")
            other = self.project.by_id.get(module_id) if self.project is not None else None
        else:
            found = self.foreign(model)
            other, name = found if found is not None else (None, "")
        if other is None or name not in other.index.classes:
            return None
        return other, other.index.classes[name]

    def call_foreign(self, other: "ModuleAnalysis", fn: cst.FunctionDef, cls: ClassInfo | None, args: Args | None, self_val: Val | None, node: cst.CSTNode) -> Val:
        """Run ``fn`` of another module with this module's argument values; what it sends of the data
        handed to it is reported here (at this module's placements, or at ``node``)."""
        moved = [(a, translate(v, self.module_id, other.module_id, inbound=True)) for a, v in args] if args is not None else None
        moved_self = translate(self_val, self.module_id, other.module_id, inbound=True) if self_val is not None else None
        previous = other.host
        other.host = (self, node)
        self.anchors.append(node)
        try:
            result = other.call_function(fn, cls, moved, moved_self)
            effects = {i: translate(v, other.module_id, self.module_id) for i, v in other.last_effects.items()}
        finally:
            other.host = previous
            self.anchors.pop()
        self.last_effects = effects
        self._cut = self._cut or other._cut
        self.enforcement_seen = self.enforcement_seen or other.enforcement_seen
        return translate(result, other.module_id, self.module_id)

    def find_method(self, cls: ClassInfo, name: str, depth: int = 0) -> "tuple[ModuleAnalysis, ClassInfo, cst.FunctionDef] | None":
        """The method ``name`` of ``cls`` or of its bases (this module first, then the project)."""
        if name in cls.methods:
            return self, cls, cls.methods[name]
        if depth > 10:
            return None
        for base in cls.bases:
            if base in self.index.classes and self.index.classes[base] is not cls:
                found = self.find_method(self.index.classes[base], name, depth + 1)
            else:
                other = self.foreign_class(base)
                found = other[0].find_method(other[1], name, depth + 1) if other is not None else None
            if found is not None:
                return found
        return None

    def run_function(
        self, fn: cst.FunctionDef, cls: ClassInfo | None, args: Args | None, self_val: Val | None, closure: dict[str, Val] | None = None
    ) -> Frame:
        """Run ``fn``'s body in a fresh frame (on the call stack meanwhile); return the final frame."""
        frame = self.enter(fn, cls, args, self_val, closure)
        self._stack.append(fn)
        try:
            self.run_block(fn.body, frame)
        finally:
            self._stack.pop()
        return frame

    def enter(self, fn: cst.FunctionDef, cls: ClassInfo | None, args: Args | None, self_val: Val | None, closure: dict[str, Val] | None = None) -> Frame:
        """A frame for ``fn`` with its parameters bound (over the state it closes over, for a nested def)."""
        env: dict[str, Val] = dict(closure) if closure else {}
        params = fn.params
        ordered = list(params.posonly_params) + list(params.params)
        skip = 0
        if cls is not None and ordered and not _is_static(fn) and not closure:
            env[ordered[0].name.value] = self_val or Val(model=cls.name)
            skip = 1
        self._bind_params(params, args, env, cls, skip)
        name = fn.name.value
        builder = None
        if self.rules.is_payload_builder(name, self.cleared):
            builder = Destination(name, "enforcement payload builder")
        return Frame(env=env, func_name=name, cls=cls, builder=builder, imports=dict(self.outer_imports.get(id(fn), {})))

    def _bind_params(self, params: cst.Parameters, args: Args | None, env: dict[str, Val], cls: ClassInfo | None, skip: int = 0) -> None:
        """Bind a call's arguments to parameters: by position and keyword, ``**source`` by name, and
        what is left into ``*args`` / ``**kwargs`` (placed at the caller's arguments); the first
        ``skip`` parameters (``self``) are bound already."""
        ordered = (list(params.posonly_params) + list(params.params))[skip:]
        names = [p.name.value for p in ordered + list(params.kwonly_params)]
        bound: dict[str, Val] = {}
        extra_positional: list[Placement] = []
        extra_keywords: list[Placement] = []
        if args is not None:
            positional = [(a, v) for a, v in args if a.keyword is None and not a.star]
            for i, (a, v) in enumerate(positional):
                if i < len(ordered):
                    bound[ordered[i].name.value] = v
                else:
                    extra_positional.extend(place(v, *self.positions(a)))
            for a, v in args:
                if a.keyword is not None:
                    if a.keyword.value in names:
                        bound[a.keyword.value] = v
                    else:
                        extra_keywords.extend(place(v, *self.positions(a), a.keyword.value))
                elif a.star == "**":
                    for name in names:  # f(**opts): each parameter reads its key of opts
                        if name not in bound and any(p.key == name for p in v.placements):
                            bound[name] = self.read_key(v, name)
                    extra_keywords.extend(p for p in v.placements if p.key not in names)
                elif a.star == "*":
                    extra_positional.extend(v.placements)
        for param in ordered + list(params.kwonly_params):
            name = param.name.value
            env[name] = bound[name] if name in bound else self.param_value(param, cls)
        if isinstance(params.star_arg, cst.Param):
            star = params.star_arg.name.value
            env[star] = container(extra_positional) if extra_positional else Val(labels=frozenset({star}))
        if isinstance(params.star_kwarg, cst.Param):
            star = params.star_kwarg.name.value
            env[star] = container(extra_keywords) if extra_keywords else Val(labels=frozenset({star}))

    def param_value(self, param: cst.Param, cls: ClassInfo | None) -> Val:
        """What an unbound parameter is: its payload model, its field name, its default, or unknown."""
        name = param.name.value
        if param.annotation is not None:
            model = self.model_of(param.annotation.annotation)
            if model is not None:
                return model
        if param.default is not None:
            default = self.eval(param.default, Frame(env={}, cls=cls))
            if default.const and default.text is None and default.items is None:
                return Val(names=self.field_names(name), labels=frozenset({name}))
            return default.with_labels({name})
        return Val(names=self.field_names(name), labels=frozenset({name}))

    def model_of(self, annotation: cst.BaseExpression) -> Val | None:
        """The declared fields of a payload model named by an annotation."""
        if isinstance(annotation, cst.Subscript) and len(annotation.slice) == 1 and isinstance(annotation.slice[0].slice, cst.Index):
            annotation = annotation.slice[0].slice.value
        if isinstance(annotation, cst.SimpleString) and isinstance(annotation.evaluated_value, str):
            name = annotation.evaluated_value.strip()  # def f(p: "Basic"): a forward reference
            return self.declared_fields(name) if name.replace(".", "").isidentifier() else None
        if isinstance(annotation, cst.BinaryOperation):
            return self.model_of(annotation.left) or self.model_of(annotation.right)
        return self.declared_fields(dotted(annotation))

    def declared_fields(self, model: str | None) -> Val | None:
        """The declared fields of a payload model of this module (None when it is not one)."""
        cls = self.index.classes.get(model or "")
        if cls is None and model:
            other = self.foreign_class(model)
            if other is not None and other[0] is not self:
                fields = other[0].declared_fields(other[1].name)
                return translate(fields, other[0].module_id, self.module_id) if fields is not None else None
        if cls is None or not cls.is_model:
            return None
        placements = [self.field_placement(cls, field_name, stmt) for field_name, stmt in cls.fields]
        if cls.whole is not None:
            line, col = self.positions(cls.whole)
            placements.append(Placement(line, col, frozenset(), kind="whole", detail=f"{cls.name}: {cls.whole_detail}"))
        return container(placements, model=cls.name)

    def field_placement(self, cls: ClassInfo, name: str, node: cst.CSTNode) -> Placement:
        """The placement of one declared field of a model."""
        line, col = self.positions(node)
        return Placement(line, col, frozenset({name}), key=name)

    def instance_attrs(self, cls: ClassInfo, depth: int = 0) -> dict[str, Val]:
        """``self.x`` values set by the class's methods (``__init__`` first) and inherited from its
        bases (this module, then the project); a method's own assignments win over inherited ones."""
        if cls.name in self._init_attrs:
            return self._init_attrs[cls.name]
        if cls.name in self._attrs_running:
            return {}  # a method that reads self.x while this runs sees nothing yet
        self._attrs_running.add(cls.name)
        _LEARNING[0] += 1
        try:
            return self._instance_attrs(cls, depth)
        finally:
            _LEARNING[0] -= 1
            self._attrs_running.discard(cls.name)

    def _instance_attrs(self, cls: ClassInfo, depth: int) -> dict[str, Val]:
        attrs: dict[str, Val] = {}
        for base in cls.bases if depth < 10 else ():
            if base in self.index.classes and self.index.classes[base] is not cls:
                attrs.update(self.instance_attrs(self.index.classes[base], depth + 1))
            else:
                other = self.foreign_class(base)
                if other is not None:
                    inherited = other[0].instance_attrs(other[1], depth + 1)
                    attrs.update({k: translate(v, other[0].module_id, self.module_id) for k, v in inherited.items()})
        methods = sorted(cls.methods.values(), key=lambda m: m.name.value != "__init__")[:MAX_ATTR_METHODS]
        own: dict[str, list[Val]] = {}
        complete = True
        for method in methods:
            if method in self._stack:
                complete = False  # running now: what it sets is not known yet, so this is not kept
                continue
            frame = self.run_function(method, cls, None, Val(model=cls.name))
            for name, val in frame.self_attrs.items():
                own.setdefault(name, []).append(val)
        attrs.update({name: join(*vals) for name, vals in own.items()})
        if complete:
            self._init_attrs[cls.name] = attrs
        return attrs

    def self_attribute(self, attr: str, frame: Frame) -> Val | None:
        """``self.attr`` in a method: set earlier in this call, set by a method of the object's class
        (the class of ``self``, which may be a subclass), or a class attribute."""
        if attr in frame.self_attrs:
            return frame.self_attrs[attr]
        runtime = frame.env.get("self")
        if runtime is not None and runtime.attrs:
            given = dict(runtime.attrs).get(attr)  # set by the constructor from the caller's arguments
            if given is not None:
                return given.with_labels(runtime.labels)
        owner: tuple[ModuleAnalysis, ClassInfo] | None = None
        if runtime is not None and runtime.model is not None and runtime.model != (frame.cls.name if frame.cls else None):
            local = self.index.classes.get(runtime.model)
            owner = (self, local) if local is not None else self.foreign_class(runtime.model)
        if owner is None and frame.cls is not None:
            owner = (self, frame.cls)
        if owner is None:
            return None
        analysis, cls = owner
        if cls.name in analysis._attrs_running and cls.name not in analysis._init_attrs:
            return frame.self_attrs.get(attr, OPAQUE)  # being learned right now: not a field read
        val = analysis.instance_attrs(cls).get(attr)
        if val is None:
            val = analysis.class_attribute(cls, attr)
        if val is not None and analysis is not self:
            val = translate(val, analysis.module_id, self.module_id)
        return val

    def class_attribute(self, cls: ClassInfo, attr: str, depth: int = 0) -> Val | None:
        """A constant of ``cls`` or of one of its bases."""
        const = self.module_constant(attr, cls)
        if const is not None or depth > 10:
            return const
        for base in cls.bases:
            if base in self.index.classes and self.index.classes[base] is not cls:
                const = self.class_attribute(self.index.classes[base], attr, depth + 1)
            else:
                other = self.foreign_class(base)
                found = other[0].class_attribute(other[1], attr, depth + 1) if other is not None else None
                const = translate(found, other[0].module_id, self.module_id) if found is not None and other is not None else None
            if const is not None:
                return const
        return None

    # -- statements -------------------------------------------------------------
    def run_block(self, body: cst.BaseSuite | Sequence[cst.BaseStatement], frame: Frame) -> None:
        """Run the statements of a block in order, until one ends the path (return, raise, ...)."""
        for stmt in block_statements(body):
            if frame.dead:
                return
            self.run_stmt(stmt, frame)

    def run_stmt(self, stmt: cst.CSTNode, frame: Frame) -> None:
        """Run one statement."""
        if isinstance(stmt, (cst.SimpleStatementLine, cst.SimpleStatementSuite)):
            for small in stmt.body:
                if frame.dead:
                    return
                self.run_small(small, frame)
        elif isinstance(stmt, cst.BaseSmallStatement):
            self.run_small(stmt, frame)  # def f(m): requests.post(...) -- a one-line body
        elif isinstance(stmt, cst.If):
            self.eval(stmt.test, frame)
            self.branches(frame, [stmt.body], stmt.orelse)
        elif isinstance(stmt, (cst.For, cst.While)):
            self.run_loop(stmt, frame)
        elif isinstance(stmt, cst.Try) or type(stmt).__name__ == "TryStar":
            self.run_try(stmt, frame)  # type: ignore[arg-type]
        elif isinstance(stmt, cst.With):
            for item in stmt.items:
                val = self.eval(item.item, frame)
                if item.asname is not None:
                    self.bind(item.asname.name, val, frame, item)
            self.run_block(stmt.body, frame)
        elif isinstance(stmt, cst.Match):
            self.run_match(stmt, frame)
        elif isinstance(stmt, cst.FunctionDef):
            self.define_local(stmt, frame)

    def define_local(self, fn: cst.FunctionDef, frame: Frame) -> None:
        """A nested ``def``: bind its name to the function (closing over the enclosing state); it is
        also analyzed on its own once, like every function, with its parameters unknown."""
        if frame.func_name is None:
            return  # a def at module or class level: analyzed on its own by run()
        ref = FunctionRef(fn, id(fn), closure_of(frame.env))
        if frame.imports:
            self.outer_imports[id(fn)] = dict(frame.imports)  # the enclosing function's own imports
        frame.env[fn.name.value] = Val(const=True, function=ref)
        self.call_ref(ref, None, frame.cls, fn)

    def call_ref(self, ref: FunctionRef, args: Args | None, cls: ClassInfo | None, node: cst.CSTNode) -> Val:
        """Call a function value: a nested def or lambda with its closure, or a partial with its bound arguments."""
        if ref.bound:
            bound_args = [(cst.Arg(value=cst.Name("_"), keyword=cst.Name(k) if k else None), v) for k, v in ref.bound]
            args = [*bound_args, *(args or [])]
        target = ref.node
        if isinstance(target, cst.Lambda):
            if target in self._stack:
                return OPAQUE
            frame = Frame(env=dict(ref.closure), cls=cls, imports=dict(self.outer_imports.get(id(target), {})))
            self._bind_params(target.params, args, frame.env, cls)
            self._stack.append(target)
            try:
                return self.eval(target.body, frame)
            finally:
                self._stack.pop()
        if isinstance(target, cst.FunctionDef):
            return self.call_function(target, cls if ref.closure else self.owner_class(target), args, None, closure=dict(ref.closure))
        return OPAQUE

    def owner_class(self, fn: cst.FunctionDef) -> ClassInfo | None:
        """The class of this module that defines ``fn`` as a method, if any."""
        return next((c for c in self.index.classes.values() if c.methods.get(fn.name.value) is fn), None)

    def join_states(self, frame: Frame, states: list[dict[str, Val] | None]) -> None:
        """Continue from the join of the reachable ``states`` (unreachable when none is)."""
        live = [s for s in states if s is not None]
        frame.restore(_join_envs(*live) if live else None)

    def branches(self, frame: Frame, bodies: list[cst.BaseSuite], orelse: cst.If | cst.Else | None) -> None:
        """An if/elif/else chain: each branch from the same state; the branches that go on join after."""
        before = frame.state()
        states = []
        for body in bodies:
            frame.restore(before)
            self.run_block(body, frame)
            states.append(frame.state())
        frame.restore(before)
        if isinstance(orelse, cst.If):
            self.eval(orelse.test, frame)
            self.branches(frame, [orelse.body], orelse.orelse)
        elif isinstance(orelse, cst.Else):
            self.run_block(orelse.body, frame)
        states.append(frame.state())
        self.join_states(frame, states)

    def run_match(self, stmt: cst.Match, frame: Frame) -> None:
        """``match``: each case from the same state, its captures bound; no case matching goes on too."""
        subject = self.eval(stmt.subject, frame)
        before = frame.state()
        states = []
        for case in stmt.cases:
            frame.restore(before)
            self.bind_pattern(case.pattern, subject, frame)
            if case.guard is not None:
                self.eval(case.guard, frame)
            self.run_block(case.body, frame)
            states.append(frame.state())
        self.join_states(frame, [before, *states])

    def bind_pattern(self, pattern: cst.MatchPattern, subject: Val, frame: Frame) -> None:
        """Bind the captures of a ``case`` pattern to the parts of the subject they match."""
        if isinstance(pattern, cst.MatchAs):
            if pattern.pattern is not None:
                self.bind_pattern(pattern.pattern, subject, frame)
            if pattern.name is not None:
                frame.env[pattern.name.value] = subject
        elif isinstance(pattern, cst.MatchOr):
            for element in pattern.patterns:
                self.bind_pattern(element.pattern, subject, frame)
        elif isinstance(pattern, cst.MatchMapping):
            for element in pattern.elements:
                key = const_text(self.eval(element.key, frame))
                self.bind_pattern(element.pattern, self.read_key(subject, key) if key else self.element_of(subject), frame)
            if pattern.rest is not None:
                frame.env[pattern.rest.value] = Val(placements=subject.placements, labels=subject.labels)
        elif isinstance(pattern, cst.MatchClass):
            for kw in pattern.kwds:
                self.bind_pattern(kw.pattern, self.read_key(subject, kw.key.value), frame)
            for positional in pattern.patterns:
                self.bind_pattern(positional.value, self.element_of(subject), frame)
        elif isinstance(pattern, cst.MatchSequence):
            for element in pattern.patterns:
                if isinstance(element, cst.MatchStar):
                    if element.name is not None:
                        frame.env[element.name.value] = Val(placements=subject.placements, labels=subject.labels)
                else:
                    self.bind_pattern(element.value, self.element_of(subject), frame)

    def run_loop(self, stmt: cst.For | cst.While, frame: Frame) -> None:
        """A loop, iterated until its state stops changing (a constant collection is unrolled).

        ``continue`` goes back to the head, ``break`` to the exit; the ``else`` runs when the
        loop ends without ``break``; ``while True`` exits only through ``break``."""
        outer = (frame.continues, frame.breaks)
        frame.continues, frame.breaks = [], []
        try:
            exit_state = self._iterate(stmt, frame)
            breaks = frame.breaks
        finally:
            frame.continues, frame.breaks = outer
        frame.restore(exit_state)
        if stmt.orelse is not None and not frame.dead:
            self.run_block(stmt.orelse.body, frame)
        self.join_states(frame, [frame.state(), *breaks])

    def _iterate(self, stmt: cst.For | cst.While, frame: Frame) -> dict[str, Val] | None:
        """Run the loop body to a fixpoint; return the state when the loop test fails."""
        head = frame.state()
        if isinstance(stmt, cst.For):
            source = self.eval(stmt.iter, frame)
            if self.run_guarded_delete_loop(stmt, frame):
                return frame.state()  # the dict now holds only the allowed keys (an empty one: nothing to delete)
            if self.run_guarded_items_loop(stmt, frame):
                return _join_envs(*(s for s in (head, frame.state()) if s is not None)) if head is not None else frame.state()
            if source.items is not None and isinstance(stmt.target, cst.Name) and len(source.items) <= MAX_UNROLL:
                state = head
                for item in source.items:
                    frame.restore(state)
                    frame.env[stmt.target.value] = const_val(text=item)
                    self.run_block(stmt.body, frame)
                    live = [s for s in (frame.state(), *frame.continues) if s is not None]
                    frame.continues = []
                    state = _join_envs(*live) if live else None
                    if state is None:
                        break
                return state
            element = self.element_of(source)
        forever = isinstance(stmt, cst.While) and _always_true(stmt.test)
        for _ in range(MAX_LOOP_ROUNDS):
            frame.restore(head)
            if isinstance(stmt, cst.For):
                self.bind(stmt.target, element, frame, stmt)
            else:
                self.eval(stmt.test, frame)
            self.run_block(stmt.body, frame)
            ends = [s for s in (frame.state(), *frame.continues) if s is not None]
            frame.continues = []
            new_head = _join_envs(*([head] if head is not None else []), *ends) if (head is not None or ends) else None
            if new_head == head:
                break
            head = new_head
        else:
            self._cut = True
        return None if forever else head

    def run_try(self, stmt: cst.Try, frame: Frame) -> None:
        """try/except/else/finally: a handler starts from the state at any point of the body."""
        points = [frame.state()]
        for inner in block_statements(stmt.body):
            if frame.dead:
                break
            self.run_stmt(inner, frame)
            points.append(frame.state())
        after_body = frame.state()
        live_points = [p for p in points if p is not None]
        handler_entry = _join_envs(*live_points) if live_points else None
        states = []
        for handler in stmt.handlers:
            frame.restore(handler_entry)
            if handler.name is not None:
                self.bind(handler.name.name, OPAQUE, frame, handler)
            self.run_block(handler.body, frame)
            states.append(frame.state())
        frame.restore(after_body)
        if stmt.orelse is not None and not frame.dead:
            self.run_block(stmt.orelse.body, frame)
        self.join_states(frame, [frame.state(), *states])
        if stmt.finalbody is not None:
            if frame.dead:
                frame.restore(handler_entry)  # finally runs on the way out of a return or raise too
                self.run_block(stmt.finalbody.body, frame)
                frame.restore(None)
            else:
                self.run_block(stmt.finalbody.body, frame)

    def element_of(self, source: Val) -> Val:
        """What one element of an iterable carries."""
        if source.const:
            return const_val()
        return Val(placements=source.placements, names=source.names, labels=source.labels, model=source.model)

    def run_small(self, small: cst.BaseSmallStatement, frame: Frame) -> None:
        """Run one small statement."""
        if isinstance(small, cst.Assign):
            val = self.eval(small.value, frame)
            if self.has_pragma(small, self.index.not_pragma_lines):
                val = without_labels(val)  # client = Client(base_url=settings.ICE_URL)  # medicaid-scope: not-enforcement
            for target in small.targets:
                self.bind(target.target, val, frame, target)
            names = [t.target.value for t in small.targets if isinstance(t.target, cst.Name)]
            part = part_of(small.value, self, frame)
            if part is None and isinstance(small.value, cst.Name) and small.value.value in frame.env and val.text is None:
                part = (small.value.value, None)  # p2 = payload: one container under two names
            if part is not None and len(names) == len(small.targets):
                for name in names:
                    frame.aliases[name] = part  # sub = payload["subject"]: the same dict
                    if part[1] is None:
                        frame.aliases.setdefault(part[0], (name, None))
        elif isinstance(small, cst.AnnAssign):
            if small.value is not None:
                val = self.eval(small.value, frame)
                if not (val.placements or val.names or val.const):
                    # payload: SubjectPayload = load(...): the annotation says what it carries
                    val = self.model_of(small.annotation.annotation) or val
                self.bind(small.target, val, frame, small)
        elif isinstance(small, cst.AugAssign):
            current = self.eval(small.target, frame)
            added = self.eval(small.value, frame)
            if isinstance(small.target, cst.Name):
                line, col = self.positions(small)
                merged = self._concat(current, added)
                if isinstance(small.operator, (cst.AddAssign, cst.BitOrAssign)) and not added.const and added.names and current.text is None:
                    merged = replace(merged, placements=merged.placements + place(added, line, col), names=current.names)
                frame.env[small.target.value] = merged
        elif isinstance(small, cst.Expr):
            self.eval(small.value, frame)
        elif isinstance(small, cst.Return):
            if small.value is None:
                frame.returns.append(const_val())
            else:
                self.returned(self.eval(small.value, frame), small.value, small, frame)
            frame.exits.append(dict(frame.env))
            frame.restore(None)
        elif isinstance(small, cst.Del):
            self.delete(small.target, frame)
        elif isinstance(small, (cst.Import, cst.ImportFrom)):
            collect_import(small, frame.imports)  # a function's own import: only this function sees it
            for name in frame.imports:
                frame.env.pop(name, None)
        elif isinstance(small, cst.Raise):
            if small.exc is not None:
                self.eval(small.exc, frame)
            frame.restore(None)
        elif isinstance(small, cst.Continue):
            frame.continues.append(dict(frame.env))
            frame.restore(None)
        elif isinstance(small, cst.Break):
            frame.breaks.append(dict(frame.env))
            frame.restore(None)

    def returned(self, val: Val, value_node: cst.CSTNode, stmt: cst.CSTNode, frame: Frame) -> None:
        """``return v`` or ``yield v``: the function's result; a payload builder's result is sent."""
        frame.returns.append(val)
        if frame.builder is not None:
            line, col = self.positions(value_node)
            sink_line = self.positions(stmt)[0]
            for p in place(val, line, col):
                self.report(p, frame.builder, sink_line)

    def delete(self, target: cst.BaseExpression, frame: Frame) -> None:
        """``del d["k"]`` removes that entry."""
        if isinstance(target, (cst.Tuple, cst.List)):
            for element in target.elements:
                self.delete(element.value, frame)
            return
        if isinstance(target, cst.Subscript) and isinstance(target.value, cst.Name) and target.value.value in frame.env:
            key = subscript_key(self, target, frame)
            if key is not None:
                frame.env[target.value.value] = without_keys(frame.env[target.value.value], [key])

    def bind(self, target: cst.BaseExpression, val: Val, frame: Frame, node: cst.CSTNode) -> None:
        """Assign ``val`` to ``target``."""
        if isinstance(target, cst.Name):
            frame.env[target.value] = val
            if frame.aliases:
                frame.aliases.pop(target.value, None)
                for name, (source, _) in list(frame.aliases.items()):
                    if source == target.value:
                        del frame.aliases[name]  # rebound: no longer the container the alias was part of
            frame.rebound.add(target.value)
        elif isinstance(target, (cst.Tuple, cst.List)):
            targets = list(target.elements)
            star = next((i for i, e in enumerate(targets) if isinstance(e, cst.StarredElement)), None)
            values = _unpacked(val, len(targets), star)
            if values is None:
                part = const_val() if val.const else Val(placements=val.placements, labels=val.labels)
                values = [part] * len(targets)
            for element, value in zip(targets, values, strict=True):
                # a, b = split(m); first, *rest = row: element by element when the value's elements are known
                self.bind(element.value, value, frame, node)
        elif isinstance(target, cst.Attribute):
            if isinstance(target.value, cst.Name) and target.value.value == "self" and frame.cls is not None:
                frame.self_attrs[target.attr.value] = val
        elif isinstance(target, cst.Subscript):
            self.store_item(target, val, frame)

    def store_item(self, target: cst.Subscript, val: Val, frame: Frame) -> None:
        """``d["k"] = v`` (also ``d["a"]["b"] = v``, ``self.d["k"] = v``, ``d.setdefault("a", {})["b"] = v``,
        an alias ``sub = d["a"]; sub["b"] = v``, and a module-level dict filled in a function)."""
        keys: list[str | None] = []
        owner: cst.BaseExpression = target
        while isinstance(owner, cst.Subscript):
            keys.append(subscript_key(self, owner, frame))
            owner = owner.value
        keys.reverse()
        if isinstance(owner, cst.Call) and isinstance(owner.func, cst.Attribute) and owner.func.attr.value in ("setdefault", "get") and owner.args:
            keys.insert(0, const_text(self.eval(owner.args[0].value, frame)))  # d.setdefault("ids", {})["ssn"] = v
            owner = owner.func.value
        line, col = self.positions(target)
        if isinstance(owner, cst.Name):
            name = owner.value
            if name in frame.env:
                self._store(frame.env, name, keys, val, line, col)
                for container_name, above in frame.containers_of(name):
                    # the container it is part of (or, for p2 = payload, the same one)
                    self._store(frame.env, container_name, [*above, *keys], val, line, col)
            elif name in self.index.constants:
                self._store(self.module_state, name, keys, val, line, col)
            elif name in self.index.imports or name in frame.imports:
                self._store(frame.env, name, keys, val, line, col)  # TEMPLATE["race"] = ...: an imported container, here
        elif isinstance(owner, cst.Attribute) and isinstance(owner.value, cst.Name) and owner.value.value == "self" and frame.cls is not None:
            self._store(frame.self_attrs, owner.attr.value, keys, val, line, col)
        elif isinstance(owner, cst.Attribute) and (dotted(owner) or "").split(".", 1)[0] in {*self.index.imports, *frame.imports}:
            self._store(frame.env, dotted(owner) or "", keys, val, line, col)  # state.PAYLOAD["ssn"] = ...: seen here

    def _store(self, store: dict[str, Val], name: str, keys: list[str | None], val: Val, line: int, col: int) -> None:
        added = place(val, line, col, keys[-1])
        if len(keys) > 1 and keys[0] is not None:
            added = tuple(replace(p, key=keys[0], names=p.names | ({f"{keys[0]}.{keys[-1]}"} if keys[-1] else set())) for p in added)
        current = store.get(name, OPAQUE)
        if len(keys) == 1 and keys[0] is not None:
            current = without_keys(current, [keys[0]])
        new = replace(container(current.placements + added), model=current.model, client=current.client)
        if store is self.module_state and store.get(name) != new:
            self.state_changed = True
        store[name] = new


def closure_of(env: dict[str, Val]) -> tuple[tuple[str, Val], ...]:
    """The state a nested def or lambda closes over (function values in it are left out, so that
    closures never nest inside closures)."""
    return tuple((k, v) for k, v in env.items() if v.function is None)


def _unpacked(val: Val, count: int, star: int | None) -> list[Val] | None:
    """The values ``count`` targets receive from ``val`` (the one at ``star`` takes a list of the
    middle); None when the elements are not known or do not fit."""
    elements = val.elements
    if elements is None:
        return None
    if star is None:
        return list(elements) if len(elements) == count else None
    after = count - star - 1
    if len(elements) < count - 1:
        return None
    middle = elements[star : len(elements) - after]
    rest = replace(combine(*middle), elements=tuple(middle)) if middle else Val(const=True, items=(), elements=())
    return [*elements[:star], rest, *elements[len(elements) - after :]]


def _by_name(dest: Destination) -> bool:
    """The destination is a builder or model named for enforcement, not a send."""
    return dest.what.startswith("enforcement payload")


def _always_true(test: cst.BaseExpression) -> bool:
    """``while True`` / ``while 1``."""
    return (isinstance(test, cst.Name) and test.value == "True") or (isinstance(test, cst.Integer) and test.value not in ("0", "0x0"))


def _is_static(fn: cst.FunctionDef) -> bool:
    return any(isinstance(d.decorator, cst.Name) and d.decorator.value == "staticmethod" for d in fn.decorators)

