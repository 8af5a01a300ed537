"""Sanitizers: the allow-list and deny-list forms that keep correct code clean (SPEC section 6)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Sequence

import libcst as cst

from .index import ClassInfo, decorated, dotted, enum_iterated, names_in, rewrite_test, root_name, string_value, walk
from .evaluate import destination_like, key_is_data
from .population import STATUS_MARK, describe
from .part import INBOUND_MARK, Frame, Part
if TYPE_CHECKING:
    from .engine import ModuleAnalysis
from .values import (
    FIELD_NAME_ATTRIBUTES, FIELD_OBJECTS_MARK, FunctionRef, join, replace, Placement, Val, common_of, const_text, const_val, container,
    place, place_at,
    union_of, without_keys,
)

MAX_UNROLL = 64
#: how many names of a constant collection (an allow-list, a column map: T-MSIS files have hundreds of columns) are
#: read one by one; a loop body or comprehension over more is not unrolled
MAX_NAMES = 2048


def names_cap(analysis: "ModuleAnalysis") -> int:
    """How many names of a constant collection a loop or comprehension is unrolled over: ``MAX_NAMES`` at
    the outermost, ``MAX_UNROLL`` inside another unrolled one (two nested loops over 2,048 names each would
    run the inner body millions of times)."""
    return MAX_NAMES if analysis.unrolling == 0 else MAX_UNROLL
#: the start of the label of the key names a comprehension kept of a record (``<keys of rec>``)
KEYS_OF_MARK = "<keys of "


def block_statements(body: cst.BaseSuite | Sequence[cst.BaseStatement]) -> Sequence[cst.CSTNode]:
    if isinstance(body, (cst.IndentedBlock, cst.SimpleStatementSuite)):
        return body.body
    return body  # type: ignore[return-value]


class Sanitizers(Part):
    """Allow-list comprehensions and loops that delete keys, unrolled over constant collections of names."""

    #: the element of the comprehension last run was chosen by a status condition (``[ch[ch["imgrtn_stus_cd"]
    #: .isin(CODES)] for ch in reader]``: each chunk's chosen rows)
    elements_chosen = False
    element_model: str | None = None  # the class of the objects the last comprehension made
    element_unbulked = False  # the last comprehension's element, a call given a record, returned none of the records
    element_function: FunctionRef | None = None  # the function values the last comprehension made, if its elements are

    def __init__(self, m: "ModuleAnalysis") -> None:
        super().__init__(m)
        self._unpacked: dict[int, cst.GeneratorExp | None] = {}  # (kv for kv in d.items() if kv[0] in A): its unpacked form
        self._inlined: dict[tuple[int, int], cst.BaseExpression] = {}  # is_permitted(k): the predicate's test, per definition

    def inlined(self, test: cst.BaseExpression, frame: Frame) -> cst.BaseExpression:
        """``test`` with each call of a one-expression predicate (``def is_permitted(key): return key in
        ALLOWED``, a lambda bound to a name, a method of ``self``) written as that expression, its
        parameters replaced by the call's arguments (also under ``not``, ``and``, ``or``): an allow-list
        test kept in a function is read as the allow-list test it is."""
        return rewrite_test(test, lambda leaf: self._inlined_leaf(leaf, frame), self._made)

    def _inlined_leaf(self, test: cst.BaseExpression, frame: Frame) -> cst.BaseExpression:
        """One operand of a test, for ``inlined``."""
        if not isinstance(test, cst.Call):
            return test
        predicate = self.predicate(test.func, frame)
        if predicate is None:
            return test
        definition, params, body = predicate
        key = (id(test), id(definition))
        made = self._inlined.get(key)
        if made is None:
            given = _bound_arguments(params, test.args)
            made = self._inlined[key] = test if given is None else self._made(test, cst.ensure_type(body.visit(_Substitute(given)), cst.BaseExpression))
        return made

    def _made(self, original: cst.BaseExpression, made: cst.BaseExpression) -> cst.BaseExpression:
        self.m.alias_position(made, original)
        return made

    def predicate(self, func: cst.BaseExpression, frame: Frame) -> tuple[cst.CSTNode, cst.Parameters, cst.BaseExpression] | None:
        """The definition, parameters and returned expression of the predicate ``func`` names: a function
        of this module (or nested in the running one) or a lambda bound to a name, whose body is one
        ``return``; a method of ``self``'s class likewise (its first parameter dropped). None otherwise."""
        definition: cst.CSTNode | None = None
        method = False
        constants: dict[str, cst.BaseExpression] = {}  # (of another module: its constants, written out)
        foreign = False  # the predicate's free names are another module's (or an object's), not this function's
        if isinstance(func, cst.Name):
            held = frame.env.get(func.value)
            if held is not None:
                ref = held.function
                if ref is None or ref.bound or ref.choices or ref.receiver is not None or ref.qual is not None:
                    return None
                definition = ref.node  # type: ignore[assignment]
            else:
                definition = self.index.functions.get(func.value) or self.index.constants.get(func.value)
                found = self.links.foreign(func.value) if definition is None and func.value in self.index.imports else None
                if found is not None:
                    # from .policy import is_permitted: its test, with the policy module's allow-list written out
                    other, inner = found
                    definition, constants, foreign = other.index.functions.get(inner), _module_literals(other), True
        elif isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and func.value.value in ("self", "cls") and frame.cls is not None:
            definition, method = frame.cls.methods.get(func.attr.value), True
        elif isinstance(func, cst.Attribute) and isinstance(func.value, cst.Attribute) and root_name(func.value) not in frame.env \
                and root_name(func.value) in self.index.imports:
            # from pkg import policy; policy.POLICY.permits(k): the object a module of the project made
            found = self.links.foreign(dotted(func.value) or "")
            made_there = found[0].index.constants.get(found[1]) if found is not None else None
            owner = found[0].links.class_of(dotted(made_there.func) or "") if found is not None and isinstance(made_there, cst.Call) else None
            method_found = owner[0].links.find_method(owner[1], func.attr.value) if owner is not None else None
            if found is not None and method_found is not None:
                analysis, cls, definition = method_found
                method, foreign = True, analysis is not self.m
                constants = _policy_constants(analysis, cls, owner, foreign)
                if not _attribute_set(found[0], found[1]) and not self._grown_here(dotted(func.value) or ""):
                    held = found[0].expr.module_constant(found[1])
                    _given_allow_lists(cls, held.attrs if held is not None else None, constants)
        elif isinstance(func, cst.Attribute) and isinstance(func.value, cst.Call) \
                and isinstance(func.value.func, (cst.Name, cst.Attribute)) and root_name(func.value.func) not in frame.env:
            # DisclosurePolicy().permits(k), ParamPolicy(BASIC).permits(k), policy.FieldPolicy().permits(k): a method of an
            # object made in the call
            made_class = self.links.class_of(dotted(func.value.func) or "")
            method_found = made_class[0].links.find_method(made_class[1], func.attr.value) if made_class is not None else None
            if method_found is not None:
                analysis, cls, definition = method_found
                method, foreign = True, analysis is not self.m
                constants = _policy_constants(analysis, cls, made_class, foreign)  # type: ignore[arg-type]
                _given_allow_lists(cls, self.expr.eval(func.value, frame).attrs, constants)
        elif isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and func.value.value not in frame.env \
                and self.links.class_of(func.value.value) is not None:
            # DisclosurePolicy.allows(k) of a classmethod or staticmethod called on the class
            named_class = self.links.class_of(func.value.value)
            method_found = named_class[0].links.find_method(named_class[1], func.attr.value) if named_class is not None else None
            if method_found is not None and decorated(method_found[2], ("classmethod", "staticmethod")):
                analysis, cls, definition = method_found
                method, foreign = True, analysis is not self.m
                constants = _policy_constants(analysis, cls, named_class, foreign)  # type: ignore[arg-type]
        elif isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name):
            base = func.value.value
            found = self.links.foreign(dotted(func) or "") if base not in frame.env and base in self.index.imports else None
            if found is not None and found[1] in found[0].index.functions:
                # from pkg import policy; policy.is_permitted(k): the module's function
                definition, constants, foreign = found[0].index.functions[found[1]], _module_literals(found[0]), True
            else:
                # policy = Policy() (here, in the module, or imported); policy.permits(k): a method of its class, whose
                # class constants (self.ALLOWED) and module's allow-lists are written out
                made = self.index.constants.get(base) if base not in frame.env else None
                model = frame.env[base].model if base in frame.env else dotted(made.func) if isinstance(made, cst.Call) else None
                instance = self.links.foreign(base) if model is None and base not in frame.env and base in self.index.imports else None
                if instance is not None and isinstance(instance[0].index.constants.get(instance[1]), cst.Call):
                    # from .policy_obj import policy, with policy = Policy() there: an object of that module's class
                    made_there = cst.ensure_type(instance[0].index.constants[instance[1]], cst.Call)
                    model = instance[0].links.model_ref(dotted(made_there.func) or "")
                owner = (instance[0].links if instance is not None else self.links).class_of(model) if model is not None else None
                method_found = owner[0].links.find_method(owner[1], func.attr.value) if owner is not None else None
                if method_found is not None:
                    analysis, cls, definition = method_found
                    method, foreign = True, analysis is not self.m
                    constants = _policy_constants(analysis, cls, owner, foreign)
                    # pol = ParamPolicy(BASIC) here, POLICY = FieldPolicy(ALLOWED) at module level (here or imported), unless
                    # the module sets an attribute of it again (POLICY.allowed = ... at module level or in a function)
                    home = instance[0] if instance is not None else self.m
                    held = frame.env[base] if base in frame.env else self.expr.module_constant(base) if made is not None \
                        else instance[0].expr.module_constant(instance[1]) if instance is not None else None
                    if base in frame.env or not (_attribute_set(home, instance[1] if instance is not None else base)
                                                 or (instance is not None and self._grown_here(base))):
                        _given_allow_lists(cls, held.attrs if held is not None else None, constants)
        if isinstance(definition, cst.Lambda) and not method:
            return definition, definition.params, definition.body
        if not isinstance(definition, cst.FunctionDef) or definition.asynchronous is not None:
            return None
        decorators = {dotted(d.decorator) for d in definition.decorators}
        if decorators - {"staticmethod", "classmethod", "functools.cache", "cache", "functools.lru_cache", "lru_cache"}:
            return None
        statements = [s for s in block_statements(definition.body) if not _is_docstring(s)]
        if len(statements) != 1 or not isinstance(statements[0], cst.SimpleStatementLine) or len(statements[0].body) != 1:
            return None
        returned = statements[0].body[0]
        if not isinstance(returned, cst.Return) or returned.value is None:
            return None
        params = definition.params
        if method and "staticmethod" not in decorators:
            if not params.params:
                return None
            params = params.with_changes(params=params.params[1:])
        body = returned.value
        nodes = list(walk(body)) + [n for p in params.params if p.default is not None for n in walk(p.default)]
        attribute_names = {id(n.attr) for n in nodes if isinstance(n, cst.Attribute)} | {id(n.keyword) for n in nodes if isinstance(n, cst.Arg) and n.keyword}
        free = {n.value for n in nodes if isinstance(n, cst.Name) and id(n) not in attribute_names} - {p.name.value for p in definition.params.params} \
            - _BUILTIN_NAMES
        if not (isinstance(func, cst.Name) and func.value in frame.env):
            # a function of the module or another: its free names are its module's globals, not the caller's locals
            # (def in_export(key): return key in FIELDS, called where FIELDS is a local of the caller)
            if any(n in frame.env for n in free if not n.startswith("self")) or (foreign and any(n not in constants for n in free)):
                return None
        if constants:
            own = {p.name.value for p in params.params}
            if method and definition.params.params and "staticmethod" not in decorators:
                first = definition.params.params[0].name.value  # (self, or however the method calls it)
                constants = {f"{first}.{n[5:]}" if n.startswith("self.") else n: v for n, v in constants.items()}
            written = _Substitute({n: v for n, v in constants.items() if n not in own})
            body = cst.ensure_type(body.visit(written), cst.BaseExpression)
            # (def permitted_in(k, allowed=ALLOWED) of another module: its default, written out as well)
            params = params.with_changes(params=[p.with_changes(default=cst.ensure_type(p.default.visit(written), cst.BaseExpression))
                                                 if p.default is not None else p for p in params.params])
        if method and definition.params.params and "staticmethod" not in decorators and not (
                isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and func.value.value in ("self", "cls")):
            first = definition.params.params[0].name.value
            if any(isinstance(n, cst.Name) and n.value == first for n in walk(body)):
                return None  # policy.permits(k) reading self.allowed the analysis could not write out: not the caller's self
        return definition, params, body

    def _grown_here(self, written: str) -> bool:
        """This module sets or grows an attribute of the imported object ``written`` names (``policy.POLICY`` or
        ``POLICY``), under that name or another it imports the object by."""
        qual = self.index.qualify(written)
        names = {written} | {local for local, imported in self.index.imports.items() if qual is not None and imported == qual}
        names |= {f"{local}.{qual.rsplit('.', 1)[-1]}" for local, imported in self.index.imports.items()
                  if qual is not None and "." in qual and imported == qual.rsplit(".", 1)[0]}
        return any(_attribute_set(self.m, name) for name in names)

    def run_guarded_items_loop(self, stmt: cst.For, frame: Frame) -> bool:
        """``for k, v in rec.items(): if k in ALLOWED: ...``: the loop form of the allow-list sanitizer.

        Runs the guarded body once per allowed key, with ``k`` that key and ``v`` the
        record's field of that name; returns False when the loop is not of this form.
        """
        owner = items_owner(stmt.iter)
        target = stmt.target
        body = block_statements(stmt.body)
        if owner is None or not isinstance(target, cst.Tuple) or len(target.elements) != 2 or not body:
            return False
        k, v = (e.value for e in target.elements)
        guard = body[0]
        if not (isinstance(k, cst.Name) and isinstance(v, cst.Name) and isinstance(guard, cst.If) and guard.orelse is None):
            return False
        verdict = self._membership([cst.CompIf(test=guard.test)], k.value, frame, kept=True)
        skipped = _only_continue(guard.body)
        if len(body) == 1 and not skipped and verdict is not None and verdict[0] == "in":
            guarded: Sequence[cst.CSTNode] = block_statements(guard.body)
        elif len(body) > 1 and skipped and verdict is not None and verdict[0] == "not in" and _lone_membership(self.inlined(guard.test, frame)):
            guarded = body[1:]  # if k not in ALLOWED: continue / out[k] = v -- the rest runs for the allowed keys
        else:
            return False
        record = self.expr.eval(owner, frame)
        for item in verdict[1][:MAX_NAMES]:
            frame.env[k.value] = const_val(text=item)
            frame.env[v.value] = self.expr.read_key(record, item)
            self.statements.run_block(guarded, frame)  # type: ignore[arg-type]
        return True

    def run_guarded_delete_loop(self, stmt: cst.For, frame: Frame) -> bool:
        """``for k in list(d): if k not in ALLOWED: del d[k]`` (or ``d.pop(k)``), and the loops over
        the keys to drop computed beforehand (``for k in [k for k in d if k not in ALLOWED]``,
        ``for k in set(d) - ALLOWED``, ``d.keys() - ALLOWED``, ``set(d).difference(ALLOWED)``) that
        delete each: ``d`` keeps only the allowed keys; returns False when the loop is not of these forms."""
        body = block_statements(stmt.body)
        if isinstance(stmt.target, cst.Tuple) and len(stmt.target.elements) == 2 and isinstance(stmt.target.elements[0].value, cst.Name):
            # for k, _ in list(d.items()): the key is the first of each pair
            pairs = stmt.iter.args[0].value if isinstance(stmt.iter, cst.Call) and isinstance(stmt.iter.func, cst.Name) \
                and stmt.iter.func.value in ("list", "tuple", "sorted") and len(stmt.iter.args) == 1 else stmt.iter
            items = items_owner(pairs)
            if not isinstance(items, cst.Name):
                return False
            stmt = stmt.with_changes(target=stmt.target.elements[0].value, iter=items)
        if len(body) == 1 and isinstance(body[0], cst.If) and isinstance(body[0].orelse, cst.Else) and _only_statement(body[0].body, cst.Pass):
            # if k in ALLOWED: pass / else: del d[k] -- as if k not in ALLOWED: del d[k]
            body = [cst.If(test=body[0].test, body=cst.IndentedBlock(body=[cst.SimpleStatementLine(body=[cst.Continue()])])),
                    *block_statements(body[0].orelse.body)]
        if len(body) == 2 and isinstance(body[0], cst.If) and body[0].orelse is None and _only_continue(body[0].body):
            # for k in list(d): if k in ALLOWED: continue / del d[k] -- as if k not in ALLOWED: del d[k]
            skip = body[0]
            negated: cst.BaseExpression = cst.UnaryOperation(operator=cst.Not(), expression=skip.test)
            if isinstance(skip.test, cst.Comparison) and len(skip.test.comparisons) == 1 and isinstance(skip.test.comparisons[0].operator, cst.NotIn):
                # if k not in BLOCKED: continue / del d[k] -- as if k in BLOCKED: del d[k]
                negated = skip.test.with_changes(comparisons=[skip.test.comparisons[0].with_changes(operator=cst.In())])
            self.m.alias_position(negated, skip.test)
            body = [skip.with_changes(test=negated, body=cst.IndentedBlock(body=[body[1]]))]
        if not isinstance(stmt.target, cst.Name) or len(body) != 1:
            return False
        k = stmt.target.value
        dropped = _dropped_keys(stmt.iter)
        if dropped is not None:
            d, allowed = dropped
            items = self.expr.eval(allowed, frame).items
            if items is None or d not in frame.env or not _removes_key(body[0], d, k):
                return False
            self._keep_only(d, items, body[0], frame)
            return True
        owner = _keys_owner(stmt.iter)
        if owner is None or not isinstance(body[0], cst.If):
            return False
        guard, d = body[0], owner.value
        test = self.inlined(guard.test, frame)  # (if not is_permitted(k): del d[k])
        if isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not) and isinstance(test.expression, cst.Comparison) \
                and len(test.expression.comparisons) == 1 and isinstance(test.expression.comparisons[0].operator, cst.In):
            test = test.expression.with_changes(comparisons=[test.expression.comparisons[0].with_changes(operator=cst.NotIn())])
            self.m.alias_position(test, guard.test)
        inner = block_statements(guard.body)
        if guard.orelse is not None or d not in frame.env or len(inner) != 1 or not _removes_key(inner[0], d, k) or _transform(test, k):
            return False
        if not isinstance(test, cst.Comparison):
            kept = self._kept_by_delete_test(test, k, frame)
            if kept is None:
                return False  # if k not in ALLOWED and other(k): del d[k] deletes fewer keys than all the others
            self._keep_only(d, kept, inner[0], frame)
            return True
        verdict = self._membership([cst.CompIf(test=test)], k, frame, kept=True)
        if verdict is None:
            return False
        if verdict[0] == "in":
            # for k in list(d): if k in BLOCKED: del d[k] -- a deny-list: the keys it surely holds are gone (of
            # BLOCKED = STRICT if strict else LOOSE, those in both), the others stay
            surely = common_of(self.expr.eval(test.comparisons[0].comparator, frame)) if len(test.comparisons) == 1 else None
            if not surely:
                return False
            frame.env[d] = without_keys(frame.env[d], list(surely))
            for container_name, above in frame.containers_of(d):
                if not above and container_name in frame.env:
                    frame.env[container_name] = without_keys(frame.env[container_name], list(surely))
            return True
        if verdict[0] != "not in":
            return False
        self._keep_only(d, verdict[1], inner[0], frame)
        return True

    def _kept_by_delete_test(self, test: cst.BaseExpression, k: str, frame: Frame) -> tuple[str, ...] | None:
        """The keys a ``del d[k]`` under ``if test`` may leave in ``d``, when the test is a chain: ``k not in
        ALLOWED and k != "cin"`` deletes the keys outside both (ALLOWED and ``cin`` stay); ``k not in ALLOWED or
        k == "ssn"`` deletes at least the keys outside ALLOWED; None when the test leaves other keys unknown
        (``k not in ALLOWED and not k.startswith("x_")``)."""
        either = _disjuncts(test)
        if len(either) > 1:
            return next((kept for kept in (self._kept_by_delete_test(t, k, frame) for t in either) if kept is not None), None)
        verdicts = [self._membership_of(t, k, frame, kept=True) for t in _conjuncts(test)]
        if not all(v is not None and v[0] == "not in" for v in verdicts):
            return None
        return tuple(dict.fromkeys(name for v in verdicts if v is not None for name in v[1]))

    def _keep_only(self, d: str, allowed: tuple[str, ...], remover: cst.CSTNode, frame: Frame) -> None:
        """The dict ``d`` of the frame, after every key outside ``allowed`` was deleted at ``remover``
        (and the same dict under another name, ``out = record``: deleted from it too)."""
        frame.env[d] = self.kept_only(frame.env[d], allowed, remover)
        for container_name, above in frame.containers_of(d):
            if not above and container_name in frame.env:
                frame.env[container_name] = self.kept_only(frame.env[container_name], allowed, remover)

    def kept_only(self, record: Val, allowed: tuple[str, ...], remover: cst.CSTNode) -> Val:
        """``record`` after every key outside ``allowed`` was deleted at ``remover``."""
        kept = [p for p in record.placements if p.key in allowed]
        if any(p.key is None for p in record.placements):
            # a whole record narrowed to the allowed names: each is a read of that field, placed here
            line, col = self.positions(remover)
            for name in allowed[:MAX_NAMES]:
                kept.extend(place(self.expr.read_key(record, name), line, col, name))
        return replace(container(kept, bulk=record.bulk, labels=record.labels), model=record.model)

    def dropped_all_but(self, node: cst.BaseExpression, frame: Frame | None = None) -> tuple[str, ...] | None:
        """The names kept when ``node`` is the list of every key outside an allow-list
        (``[c for c in df.columns if c not in ALLOWED]``, ``set(d) - ALLOWED``); None otherwise. The
        allow-list is read where the call is (a local list shadows the module's)."""
        dropped = _dropped_keys(node)
        return self.expr.eval(dropped[1], frame if frame is not None else Frame(env={})).items if dropped is not None else None

    def eval_comprehension(self, node: cst.BaseComp | cst.DictComp, frame: Frame) -> Val:
        """What a comprehension makes; what its elements do to the function's containers stays done
        (``[payload.pop(k, None) for k in BLOCKED]``: those keys are gone)."""
        sub = Frame(env=dict(frame.env), func_name=frame.func_name, cls=frame.cls, self_attrs=frame.self_attrs, imports=frame.imports)
        self.elements_chosen = False
        made = self._comprehension(node, frame, sub)
        targets = {name.value for loop in _loops(node) for name in names_in(loop.target)}
        filtered = any(loop.ifs for loop in _loops(node))
        for name, val in sub.env.items():
            if name in frame.env and frame.env[name] is not val and name not in targets:
                # an element that runs only when a test on the data passes may or may not have run
                frame.env[name] = join(frame.env[name], val) if filtered else val
        return made

    def _pairs_unpacked(self, node: cst.BaseComp | cst.DictComp) -> cst.GeneratorExp | None:
        """``_pairs_unpacked`` of ``node``, made once per comprehension and placed where it is."""
        if id(node) in self._unpacked:
            return self._unpacked[id(node)]
        made = self._unpacked[id(node)] = _pairs_unpacked(node)
        if made is not None:
            self.m.alias_position(made, node)
            pair = cst.ensure_type(made.elt, cst.Tuple)
            for part in (pair, *pair.elements, *(e.value for e in pair.elements)):
                self.m.alias_position(part, node.elt)  # (each pair placed where the comprehension puts it)
        return made

    def _members_iterated(self, comp: cst.CompFor, source: Val, frame: Frame) -> list[Val] | None:
        """The members of an Enum of names a comprehension's only loop goes through (``for f in Fields``,
        ``list(Fields)``), or the members of a literal tuple of them (``(Fields.CIN, Fields.SSN)``);
        None otherwise."""
        if comp.inner_for_in is not None:
            return None
        named = enum_iterated(comp.iter)
        members = self.statements.enum_members(named) if named is not None and named not in frame.env else None
        if members is None and source.elements is not None and 0 < len(source.elements) <= MAX_UNROLL and all(
                e.const and e.text is not None and any("." in label and self.statements.enum_members(label.partition(".")[0]) is not None
                                                       for label in e.labels) for e in source.elements):
            members = list(source.elements)
        if members is None and source.const and source.elements is not None and 0 < len(source.elements) <= MAX_UNROLL and comp.ifs and all(
                e.const and destination_like(e.text) and not e.placements for e in source.elements):
            members = list(source.elements)  # [post(u, ...) for u in URLS.values() if u == STATE_URL]: URL by URL, filtered (review 55d)
        if members is None and source.const and source.elements is not None and 0 < len(source.elements) <= MAX_UNROLL and comp.ifs and all(
                e.const and e.text is None and e.attrs and not e.placements for e in source.elements):
            members = list(source.elements)  # [post(c["url"], ...) for c in PARTNERS.values() if c["include_ssn"]]: entry by entry
        return members if members is not None and len(members) <= MAX_UNROLL else None

    def _comprehension(self, node: cst.BaseComp | cst.DictComp, frame: Frame, sub: Frame) -> Val:
        comp = node.for_in
        line = col = 0  # the comprehension's position: asked of it where a placement is made (_element)
        source = self.expr.eval(comp.iter, frame)
        self.m.iterated[comp.iter] = source  # what the comprehension reads (population.variable_source asks)
        target = comp.target
        declared = FIELD_OBJECTS_MARK in source.labels
        # (IceSubject.model_fields of a model of the project: the names it declares, known: not every field)
        every = comp.inner_for_in is None and not declared and not (source.const and source.items is not None) and _all_fields(comp.iter, self.index.qualify)
        if every and not any(_names_the_field(c.test, target) for c in comp.ifs):
            # ... if not f.primary_key: a test of what kind of field, not of which (no allow-list): still every field
            # {c.name: getattr(m, c.name) for c in m.__table__.columns}: every field of the record (MCD103);
            # of an instance of a model the project declares, its declared fields (what it holds)
            owner = _fields_owner(comp.iter)
            held = self.expr.eval(owner, frame) if owner is not None else None
            if held is not None and held.model is not None and held.placements:
                return container(held.placements)
            return self.expr.whole_record(comp.iter if self.positions(comp.iter)[0] != self.positions(node)[0] else node)
        if every and isinstance(target, cst.Name):
            verdict = self._membership(comp.ifs, target.value, sub)
            if verdict is not None and verdict[0] == "not in":
                # {f.name: getattr(m, f.name) for f in m._meta.fields if f.name != "id"}: every field but those, unbounded
                return self.expr.whole_record(comp.iter if self.positions(comp.iter)[0] != self.positions(node)[0] else node)
            if verdict is not None and verdict[0] == "in":
                # {k: getattr(r, k) for k in type(r).model_fields if k in ALLOWED}: at most the allow-list's names
                source = const_val(items=verdict[1])
        members = self._members_iterated(comp, source, frame)
        if members is not None and isinstance(target, cst.Name):
            # {f.value: rec[f.value] for f in Fields} of an Enum of names (or a tuple of its members): member by member
            unrolled: list[Placement] = []
            for member in members:
                sub.env[target.value] = member
                if member.text is None and member.attrs and any(self.statements.static_truth(c.test, sub) is False for c in comp.ifs):
                    continue  # (an entry whose own flag the filter tests: if c["include_ssn"] of ICE's False)
                if member.text is None or self._filters_pass(comp.ifs, target.value, member.text, sub) is not False:
                    unrolled.extend(self._element(node, sub, line, col))
            return container(unrolled)
        record_keys = next((label[len(KEYS_OF_MARK):] for label in source.labels if label.startswith(KEYS_OF_MARK)), None)
        if record_keys is not None and record_keys in sub.env and source.items is not None and comp.inner_for_in is None \
                and isinstance(target, cst.Name) and not comp.ifs:
            # {k: rec[k] for k in filter(lambda k: k not in BLOCKED, rec)}: the record without the other keys
            return self._keys_comp(node, target.value, record_keys, source.items, sub, line, col)
        if comp.inner_for_in is None and not comp.ifs and isinstance(target, (cst.Tuple, cst.List)) and source.elements is not None \
                and 0 < len(source.elements) <= MAX_UNROLL and all(isinstance(t.value, cst.Name) for t in target.elements) \
                and all(e.const and e.elements is not None and len(e.elements) == len(target.elements) for e in source.elements):
            # "".join(str(rec[name]).ljust(w) for name, w in layout) of a constant layout of (name, width) pairs (also
            # handed in as a parameter): pair by pair, each name what it is
            by_pair: list[Placement] = []
            for pair in source.elements:
                for element, value in zip(target.elements, pair.elements or (), strict=True):
                    sub.env[cst.ensure_type(element.value, cst.Name).value] = value
                by_pair.extend(self._element(node, sub, line, col))
            return container(by_pair)
        listed = union_of(source)  # {k: rec[k] for k in fields} with fields one of two layouts: either's keys
        if comp.inner_for_in is None and isinstance(target, cst.Name) and listed is not None:
            placements: list[Placement] = []
            keys: list[str] | None = [] if isinstance(node, cst.DictComp) else None
            kept_names: list[str] | None = [] if declared and not isinstance(node, cst.DictComp) else None
            cap = names_cap(self.m)
            self.m.unrolling += 1
            try:
                for item in listed[:cap]:
                    # for f in dataclasses.fields(Permitted): a field object, f.name its name
                    sub.env[target.value] = const_val(text=item).with_labels({FIELD_OBJECTS_MARK}) if declared else const_val(text=item)
                    if self._filters_pass(comp.ifs, target.value, item, sub) is not False:
                        placements.extend(self._element(node, sub, line, col))
                        if keys is not None and isinstance(node, cst.DictComp):
                            key, value = self.expr.eval(node.key, sub), self.expr.eval(node.value, sub)
                            keys = [*keys, key.text] if key.const and key.text is not None and value.const and not value.placements else None
                        if kept_names is not None and not isinstance(node, cst.DictComp):
                            element = self.expr.eval(node.elt, sub)
                            kept_names = [*kept_names, element.text] if element.const and element.text is not None else None
            finally:
                self.m.unrolling -= 1
            if keys is not None and not placements and source.items is not None:
                return const_val(items=tuple(keys))  # {k: "REDACTED" for k in BLOCKED}: those keys, each a constant
            if kept_names is not None and not placements:
                return const_val(items=tuple(kept_names))  # [f.name for f in fields(Permitted)]: an allow-list of its names
            return container(placements)
        zipped = self.expr.zipped_names(comp.iter, frame) if comp.inner_for_in is None else None
        if zipped is not None and isinstance(node, cst.DictComp) and isinstance(target, cst.Tuple) and len(target.elements) == 2:
            k = target.elements[0].value
            if isinstance(k, cst.Name) and isinstance(node.key, cst.Name) and node.key.value == k.value:
                # {k: v for k, v in zip(["cin", "ssn"], row) if k in ALLOWED}: each name kept, at its element
                return container([p for p in zipped if self._filters_pass(comp.ifs, k.value, min(p.names), sub) is not False])
        keyed_owner = _keys_owner(comp.iter) if comp.inner_for_in is None else None
        keyed = keyed_owner is not None and keyed_owner.value in sub.env and bool(sub.env[keyed_owner.value].placements) \
            and all(p.key is not None for p in sub.env[keyed_owner.value].placements)
        if (isinstance(node, (cst.ListComp, cst.SetComp, cst.GeneratorExp)) and comp.inner_for_in is None and isinstance(target, cst.Name)
                and isinstance(node.elt, cst.Name) and node.elt.value == target.value and not keyed):
            verdict = self._membership(comp.ifs, target.value, sub)
            if verdict is not None and verdict[0] == "in":
                return const_val(items=verdict[1])  # [c for c in df.columns if c in ALLOWED]: at most the allow-list
        pairs = self.expr.constant_pairs(comp.iter, frame) if comp.inner_for_in is None else None
        if pairs is not None:
            # {dst: getattr(m, src) for src, dst in FIELD_MAP.items()}: each entry of the constant in its turn
            placements = []
            names = [e.value.value for e in target.elements if isinstance(e.value, cst.Name)] if isinstance(target, cst.Tuple) else []
            for pair in pairs[:names_cap(self.m)]:
                self.statements.bind(target, pair, sub, node)
                texts = [v.text for v in pair.elements or ()]
                if all(self._filters_pass(comp.ifs, name, text, sub) is not False for name, text in zip(names, texts, strict=False) if text is not None):
                    placements.extend(self._element(node, sub, line, col))
            return container(placements)
        keys_of = _keys_owner(comp.iter) if comp.inner_for_in is None and isinstance(target, cst.Name) else None
        if keys_of is not None and keys_of.value in sub.env:
            verdict = self._membership(comp.ifs, target.value, sub)
            of_columns = isinstance(comp.iter, cst.Attribute) and comp.iter.attr.value == "columns"
            kept = self._kept_keys(sub.env[keys_of.value], verdict, comp.ifs, target.value, sub, of_columns) if verdict is not None else None
            masked = self._masked(node.value, target.value, "", sub) if verdict is None and isinstance(node, cst.DictComp) and not comp.ifs else None
            record = sub.env[keys_of.value]
            if masked is not None and masked[0] != "unknown" and record.placements and all(p.key is not None for p in record.placements):
                # {k: (rec[k] if k in KEEP else None) for k in rec}: the record's own value passes for the kept keys only
                held_keys = tuple(dict.fromkeys(p.key for p in record.placements if p.key is not None))
                kept = tuple(key for key in held_keys if (key in masked[1]) == (masked[0] == "in"))
            elif masked is not None and masked[0] == "in" and len(masked[1]) <= MAX_NAMES:
                # (of a record whose keys are not known: each name the mask lets pass, read from it by name)
                passed: list[Placement] = []
                for item in masked[1]:
                    sub.env[target.value] = const_val(text=item)
                    passed.extend(self._element(node, sub, line, col))
                return container(passed, bulk=record.bulk)
            if kept is not None:
                return self._keys_comp(node, target.value, keys_of.value, kept, sub, line, col)
        owner = items_owner(comp.iter)
        unpacked = self._pairs_unpacked(node) if comp.inner_for_in is None and owner is not None and comp.ifs else None
        if unpacked is not None:
            # dict(kv for kv in rec.items() if kv[0] in ALLOWED): (k, v) for k, v in rec.items() if k in ALLOWED
            return self._comprehension(unpacked, frame, sub)
        if comp.inner_for_in is None and owner is not None and isinstance(target, cst.Tuple) and len(target.elements) == 2:
            k, v = (e.value for e in target.elements)
            if isinstance(k, cst.Name) and isinstance(v, cst.Name):
                return self._items_comp(node, comp, k.value, v.value, self.expr.eval(owner, frame), sub, line, col)
        inner: cst.CompFor | None = comp
        first: Val | None = None
        while inner is not None:
            iterated = self.expr.eval(inner.iter, sub)
            first = iterated if first is None else first
            element = self.statements.element_of(iterated)
            element = self.statements.household_member(inner.iter, iterated, element)  # [... for hh in hhs for p in hh.members.all()]
            if iterated.client is not None and iterated.client.kind == "file":
                # [json.loads(line) for line in fh]: the records of a file read line by line (NDJSON, CSV)
                lines = self.population.source(inner.iter, "lines of " + describe(inner.iter))
                element = replace(element, bulk=element.bulk | {lines})
            self.statements.bind(inner.target, element, sub, node)
            for condition in inner.ifs:
                if _binds(condition.test):
                    self.expr.eval(condition.test, sub)  # [p for r in rows if (p := build(r))]: p is bound here
            if inner.ifs and any(self.population.tests_status(condition.test, sub) for condition in inner.ifs):
                # (send(m) for m in members if m.imgrtn_stus_cd in SCOPE): what the element does, it does to chosen records
                self.population.drop_names(sub, inner.target)
            inner = inner.inner_for_in
        if (first is not None and comp.inner_for_in is None and not isinstance(node, cst.DictComp) and _is_each(node.elt, comp.target)
                and first.names and not first.placements
                and first.elements is None and not first.bulk and not first.const and first.model is None and first.client is None):
            # "".join(ch for ch in str(value) if ch.isdigit()): the characters of one value are that value,
            # placed where the value is put (a caller's payload), not in the comprehension
            return Val(names=first.names, labels=first.labels)
        self.element_model = None
        self.element_function = None
        self.element_unbulked = False
        self.element_inbound = False
        made = container(self._element(node, sub, line, col))
        if self.element_inbound and not made.placements and not made.bulk and not isinstance(node, cst.DictComp):
            # [json.loads(line) for line in ice.get(URL).iter_lines()]: what enforcement sent, its own, element by element
            made = made.with_labels({INBOUND_MARK})
        if first is not None and comp.inner_for_in is None and first.const and first.text is None and not first.placements and not first.bulk \
                and not made.placements and not made.bulk and self.element_function is None and self.element_model is None:
            # names = [d[0] for d in cur.description]: made of constants (the column names of the query), no
            # one's field, whatever the list is called
            return const_val()
        if self.element_unbulked and comp.inner_for_in is None and not comp.ifs:
            made = self.population.drop(made)  # [build(r) for r in cur.fetchall()]: the helper chose whom
        if self.element_model is not None and self.links.class_of(self.element_model) is not None \
                and not isinstance(node, cst.DictComp):
            made = replace(made, model=self.element_model)  # for p in (Person(r) for r in rows): p is a Person
        if self.element_function is not None and not isinstance(node, cst.DictComp):
            made = replace(made, function=self.element_function)  # for job in jobs: job() runs each one
        return made

    def _items_comp(self, node: cst.BaseComp | cst.DictComp, comp: cst.CompFor, k: str, v: str, record: Val, sub: Frame, line: int, col: int) -> Val:
        """``{k: v for k, v in rec.items() if k in ALLOWED}`` and its kin: the allow-list sanitizer."""
        verdict = self._membership(comp.ifs, k, sub)
        if verdict is None and isinstance(node, cst.DictComp):
            verdict = self._masked(node.value, k, v, sub)  # {k: (MASK if k in MASKED else v) for k, v in rec.items()}
        if verdict is not None and verdict[0] == "unknown":
            # k in allowed, with allowed = set(settings.PARTNER_FIELDS) or a parameter no call fixed: not a
            # constant collection of names (SPEC section 6), so no sanitizer: every field may pass, as the
            # deny-loop form (for k in list(rec): if k not in settings.X: del rec[k]) already reads it
            verdict = None
        if verdict is not None and _transforms(comp.ifs, k):
            # k.lower() in ALLOWED: the record's own keys, each as the test spells it
            passing = self._kept_keys(record, verdict, comp.ifs, k, sub)
            if passing is None:
                verdict = None  # keys not known: everything the record holds may pass
            elif any(p.key is None for p in record.placements):
                chosen: list[Placement] = []
                for item in passing:
                    sub.env[k] = const_val(text=item)
                    sub.env[v] = self.expr.read_key(record, item)
                    chosen.extend(self._element(node, sub, line, col))
                return container(chosen)
            else:
                # the record without the keys the test drops: each kept field stays where it was placed
                narrowed = _narrowed(record, passing)
                sub.env[k] = Val(labels=frozenset({k}))
                sub.env[v] = Val(placements=narrowed.placements, labels=narrowed.labels)
                return container(self._element(node, sub, line, col))
        if verdict is not None and verdict[0] == "in" and record.placements and all(p.key is not None for p in record.placements) \
                and not record.bulk:
            # {k: v for k, v in rec.items() if k in ALLOWED} of a record whose keys are known: the kept fields
            # stay where they were placed (the record's own entries), as with a deny-list
            known = tuple(dict.fromkeys(p.key for p in record.placements if p.key is not None))
            narrowed = _narrowed(record, tuple(key for key in known if key in verdict[1]))
            sub.env[k] = Val(labels=frozenset({k}))
            sub.env[v] = Val(placements=narrowed.placements, labels=narrowed.labels)
            passed = list(self._element(node, sub, line, col))
            for item in verdict[1]:
                if item not in known:
                    # (an allowed name the record is not seen to hold, {**row, ...}: read from it by name, as it may be there)
                    sub.env[k] = const_val(text=item)
                    sub.env[v] = self.expr.read_key(record, item)
                    passed.extend(self._element(node, sub, line, col))
            return container(passed)
        if verdict is not None and verdict[0] == "in":
            placements: list[Placement] = []
            for item in verdict[1]:
                sub.env[k] = const_val(text=item)
                sub.env[v] = self.expr.read_key(record, item)
                placements.extend(self._element(node, sub, line, col))
            return container(placements)
        kept = without_keys(record, verdict[1]) if verdict is not None else record
        sub.env[k] = Val(labels=frozenset({k}))
        sub.env[v] = Val(placements=kept.placements, labels=kept.labels)
        return container(self._element(node, sub, line, col))

    def _masked(self, value: cst.BaseExpression, k: str, v: str, sub: Frame) -> tuple[str, tuple[str, ...]] | None:
        """``MASK if k in MASKED else v`` (``k == "ssn"`` too) as a dict comprehension's value: a value replaced with a constant
        for the keys of a constant collection (SPEC section 6), so the record's own value passes only for
        the others: the membership that lets it pass, as a filter would say it; None for any other value."""
        if not (isinstance(value, cst.IfExp) and isinstance(value.test, cst.Comparison) and _is_key(value.test.left, k)
                and len(value.test.comparisons) == 1 and isinstance(value.test.comparisons[0].operator, (cst.In, cst.NotIn, cst.Equal, cst.NotEqual))):
            return None
        operator = value.test.comparisons[0].operator
        compared = value.test.comparisons[0].comparator
        if isinstance(operator, (cst.Equal, cst.NotEqual)) and not (isinstance(compared, cst.SimpleString) and "b" not in compared.prefix.lower()):
            return None  # (k == b"ssn": a str key never equals bytes)
        constant = [branch for branch in (value.body, value.orelse)
                    if not (isinstance(branch, cst.Name) and branch.value in (k, v)) and self.expr.eval(branch, sub).const]
        if len(constant) != 1:
            return None
        listed = self.expr.eval(value.test.comparisons[0].comparator, sub)
        if isinstance(operator, (cst.Equal, cst.NotEqual)):
            listed = const_val(items=(listed.text,)) if listed.text is not None else listed
        # the record's value passes where the test says the other way: k in MASKED masks the body's keys
        passes_if_in = (constant[0] is value.orelse) == isinstance(operator, (cst.In, cst.Equal))
        names = union_of(listed) if passes_if_in else common_of(listed)
        if names is None:
            return ("unknown", ())
        return ("in" if passes_if_in else "not in", names)

    def _kept_keys(self, record: Val, verdict: tuple[str, tuple[str, ...]], ifs: Sequence[cst.CompIf], k: str, sub: Frame,
                   columns: bool = False) -> tuple[str, ...] | None:
        """The keys of ``record`` a loop over its own keys keeps under an allow- or deny-list test on
        the key (``k in ALLOWED``, ``k.lower() not in BLOCKED``); None when the record is not a dict
        whose keys are known (a string, a list, a value of unknown shape: iterating it is no selection
        of keys) or the list is not a constant."""
        if verdict[0] == "unknown" or record.const or record.elements is not None or record.text is not None or not record.placements:
            return None
        if record.bulk and not columns:
            return None  # for cin in cins: many records iterated one by one, not a record's keys
        keyless = [p for p in record.placements if p.key is None]
        keys = tuple(dict.fromkeys(p.key for p in record.placements if p.key is not None))
        if keyless:
            # vars(m), a row of unknown columns: what an allow-list keeps is read by name
            whole = all(p.kind == "whole" for p in keyless)
            # (k.lower() in ALLOWED of a whole record: at most the allowed names, however the record spells them)
            exact = not _transforms([cst.CompIf(test=self.inlined(c.test, sub)) for c in ifs], k) - {"lower", "casefold", "strip"}
            if not (whole and exact and verdict[0] == "in" and len(verdict[1]) <= MAX_NAMES):
                return None
            return tuple(dict.fromkeys((*verdict[1], *(key for key in keys if key in verdict[1]))))
        if len(keys) > MAX_NAMES:
            return None
        return tuple(key for key in keys if self._filters_pass(ifs, k, key, sub) is not False)

    def _keys_comp(self, node: cst.BaseComp | cst.DictComp, k: str, d: str, kept: tuple[str, ...], sub: Frame, line: int, col: int) -> Val:
        """``{k: rec[k] for k in rec if k in ALLOWED}`` (over ``rec.keys()``, ``list(rec)``,
        ``sorted(rec)``, a deny-list with ``not in``): the element for each key the test keeps."""
        record = sub.env[d]
        if any(p.key is None for p in record.placements):
            # vars(m) narrowed by an allow-list: each kept name read from it, placed here
            placements: list[Placement] = []
            for item in kept:
                sub.env[k] = const_val(text=item)
                placements.extend(self._element(node, sub, line, col))
            return container(placements, bulk=record.bulk)
        if not isinstance(node, cst.DictComp) and isinstance(node.elt, cst.Name) and node.elt.value == k:  # type: ignore[attr-defined]
            # (k for k in rec if k not in BLOCKED): the names of the keys kept, of that record (read from it by
            # them, each field stays where it was placed)
            return const_val(items=kept).with_labels({KEYS_OF_MARK + d})
        # the element reads the record without the other keys: each kept field stays where it was placed
        sub.env[d] = _narrowed(record, kept)
        sub.env[k] = Val(labels=frozenset({k}))
        try:
            return container(self._element(node, sub, line, col), bulk=record.bulk)
        finally:
            sub.env[d] = record  # the comprehension read the narrowed record; the record itself is unchanged

    def run_guarded_keys_loop(self, stmt: cst.For, frame: Frame) -> bool:
        """``for k in rec: if k in ALLOWED: out[k] = rec[k]`` (or ``if k not in ALLOWED: continue``
        first, over ``rec.keys()``, ``list(rec)``, ``sorted(rec)``): the body runs once per key of the
        record the test keeps. False when the loop is not of these forms (a body that leaves the loop
        early, a record whose keys are not known)."""
        owner = _keys_owner(stmt.iter)
        body = block_statements(stmt.body)
        if owner is None or owner.value not in frame.env or not isinstance(stmt.target, cst.Name) or not body or not isinstance(body[0], cst.If):
            return False
        k, d, guard = stmt.target.value, owner.value, body[0]
        if guard.orelse is not None or not isinstance(self.inlined(guard.test, frame), (cst.Comparison, cst.UnaryOperation)):
            return False
        inner = block_statements(guard.body)
        if len(inner) == 1 and isinstance(inner[0], cst.SimpleStatementLine) and len(inner[0].body) == 1 and isinstance(inner[0].body[0], cst.Continue):
            # if k not in ALLOWED: continue -- the rest of the body runs for the keys the test lets through
            test: cst.BaseExpression = cst.UnaryOperation(operator=cst.Not(), expression=guard.test)
            run = body[1:]
        elif len(body) == 1:
            test, run = guard.test, inner
        else:
            return False
        if any(leaves_loop(statement) for statement in run):
            return False  # a continue, break or return in the body: not run straight through per key
        ifs = [cst.CompIf(test=test)]
        verdict = self._membership(ifs, k, frame)
        of_columns = isinstance(stmt.iter, cst.Attribute) and stmt.iter.attr.value == "columns"
        kept = self._kept_keys(frame.env[d], verdict, ifs, k, frame, of_columns) if verdict is not None else None
        if kept is None:
            return False
        record = frame.env[d]
        if any(p.key is None for p in record.placements):
            for item in kept:
                frame.env[k] = const_val(text=item)
                self.statements.run_block(run, frame)
            return True
        narrowed = frame.env[d] = _narrowed(record, kept)
        frame.env[k] = Val(labels=frozenset({k}))
        self.statements.run_block(run, frame)
        if frame.env.get(d) is narrowed:
            frame.env[d] = record  # the body read the narrowed record; the record itself is unchanged
        return True

    def _membership(self, ifs: Sequence[cst.CompIf], k: str, sub: Frame, kept: bool = False) -> tuple[str, tuple[str, ...]] | None:
        # if k in ALLOWED and v is not None: each side of an `and` must hold, the membership too; if k in AGREEMENT
        # and k not in WITHHELD: the allow-list without the deny-list's names. ``kept``: the names of a "not in" verdict
        # are those a key may be to stay (if k not in ALLOWED: del d[k]): of ALLOWED = V2 if flag else V1, either's
        tests = [test for cond in ifs for test in _conjuncts(self.inlined(cond.test, sub))]
        verdicts = [v for v in (self._membership_of(test, k, sub, kept) for test in tests) if v is not None]
        ins = [v for v in verdicts if v[0] == "in"]
        allowed = ins[0] if ins else None
        sure = not any(v[0] == "unknown" for v in verdicts)
        if len(ins) > 1 and sure:
            # if k in RENAME and RENAME[k] in ALLOWED: in every list
            allowed = ("in", tuple(name for name in ins[0][1] if all(name in v[1] for v in ins[1:])))
        denied = tuple(dict.fromkeys(name for v in verdicts if v[0] == "not in" for name in v[1]))
        if allowed is not None and denied and sure:
            return ("in", tuple(name for name in allowed[1] if name not in denied))
        if len(ins) > 1 and sure:
            return allowed
        return verdicts[0] if verdicts else None

    def _membership_of(self, test: cst.BaseExpression, k: str, sub: Frame, kept: bool = False) -> tuple[str, tuple[str, ...]] | None:
        """The verdict of one conjunct of a key test (see ``_membership``)."""
        if isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not):
            # not (k in ALLOWED): the test of the continue that skips the other keys (not (k in SENSITIVE and redact):
            # a key of SENSITIVE is kept when redact is false, nothing sure)
            if len(_conjuncts(test.expression)) > 1:
                return None
            inner = self._membership([cst.CompIf(test=test.expression)], k, sub, kept)
            if inner is not None and inner[0] in ("in", "not in"):
                return ("not in" if inner[0] == "in" else "in", inner[1])
            if inner is not None:
                return inner
            return None
        either = _disjuncts(test)
        if len(either) > 1:
            # if k in ALLOWED or k in EXTRA_ALLOWED: the key is in one of them
            verdicts = [self._membership([cst.CompIf(test=t)], k, sub, kept) for t in either]
            if all(v is not None and v[0] == "in" for v in verdicts):
                return ("in", tuple(dict.fromkeys(item for v in verdicts if v is not None for item in v[1])))
            return None
        if isinstance(test, cst.Comparison) and _is_key(test.left, k) and len(test.comparisons) == 1:
            comparison = test.comparisons[0]
            if isinstance(comparison.operator, (cst.Equal, cst.NotEqual)) and isinstance(comparison.comparator, cst.SimpleString) \
                    and "b" not in comparison.comparator.prefix.lower():
                # if k != "ssn": as k not in ("ssn",)
                text = string_value(comparison.comparator)
                if isinstance(text, str):
                    return ("in" if isinstance(comparison.operator, cst.Equal) else "not in", (text,))
            if isinstance(comparison.operator, (cst.In, cst.NotIn)):
                allowed = self.expr.eval(comparison.comparator, sub)
                # ALLOWED = V2 if flag else V1: kept at most if in either; dropped surely if in both
                names = union_of(allowed) if isinstance(comparison.operator, cst.In) or kept else common_of(allowed)
                if names is None:
                    return ("unknown", ())
                return ("in" if isinstance(comparison.operator, cst.In) else "not in", names)
        if isinstance(test, cst.Comparison) and len(test.comparisons) == 1 and isinstance(test.comparisons[0].operator, (cst.In, cst.NotIn)):
            looked_up = _looked_up_by_key(test.left, k)
            if looked_up is not None:
                # RENAME.get(k) in API_ALLOWED, RENAME[k] in ALLOWED: the keys the constant mapping renames into the list
                # (SSN renamed to medicaid_id passes: it is the SSN that goes; round 338); RENAME.get(k, k): and the keys
                # it does not rename that are in the list themselves
                mapping, default = looked_up
                renames = self.expr.eval(mapping, sub)
                listed = union_of(self.expr.eval(test.comparisons[0].comparator, sub))
                if not renames.const or renames.attrs is None or listed is None \
                        or any(v.text is None for _, v in renames.attrs):
                    return ("unknown", ())
                keys = tuple(key for key, v in renames.attrs if v.text in listed)
                if default is not None and _is_key(default, k):
                    keys += tuple(name for name in listed if name not in dict(renames.attrs))
                elif default is not None:
                    fallback = self.expr.eval(default, sub)
                    if not fallback.const or fallback.text in listed:
                        return ("unknown", ())  # RENAME.get(k, "medicaid_id"): every other key passes as that name
                return ("in" if isinstance(test.comparisons[0].operator, cst.In) else "not in", keys)
        return None

    def _filters_pass(self, ifs: Sequence[cst.CompIf], name: str, item: str, sub: Frame) -> bool | None:
        texts = [_text_test(c.test, name, item) for c in ifs]
        if texts and all(t is not None for t in texts):
            return all(texts)  # for u in URLS.values() if u.endswith("ca.gov/api"): that URL's own text decides (review 55d)
        verdict = self._membership(ifs, name, sub)
        ifs = [cst.CompIf(test=self.inlined(c.test, sub)) for c in ifs]  # (is_permitted(k) with key.lower() in ALLOWED)
        if verdict is None or verdict[0] == "unknown":
            return None
        spelled = {getattr(item, method)() for method in _transforms(ifs, name)} or {item}
        # k.lower() in ALLOWED: the key as the test spells it ("SSN" is "ssn" there)
        return any(s in verdict[1] for s in spelled) == (verdict[0] == "in")

    def _filters_each(self, elt: cst.BaseExpression) -> bool:
        """``ch[mask]``, ``ch.query(...)``, ``ch[mask][OUT].to_dict("records")``: the element is rows chosen
        from each item (a subscript or a filter along its chain of receivers); not a tuple, dict or
        comparison that merely holds a status value; ``[m for m in chunk if <status>]``: a comprehension that
        chooses from each chunk by its own condition."""
        if isinstance(elt, (cst.ListComp, cst.SetComp, cst.GeneratorExp)):
            return bool(elt.for_in.ifs)
        if isinstance(elt, cst.Call) and dotted(elt.func) in ("list", "tuple", "set") and len(elt.args) == 1:
            elt = elt.args[0].value  # list(filter(lambda m: <status>, chunk))
        if isinstance(elt, cst.Call) and dotted(elt.func) in ("filter", "itertools.filterfalse", "filterfalse"):
            return True
        chooses = self.population.data.choosers
        node: cst.BaseExpression = elt
        while isinstance(node, (cst.Subscript, cst.Call, cst.Attribute)):
            if isinstance(node, cst.Subscript):
                return True
            if isinstance(node, cst.Call):
                if isinstance(node.func, cst.Attribute) and node.func.attr.value in chooses:
                    return True
                node = node.func
            else:
                node = node.value
        return False

    def _element(self, node: cst.BaseComp | cst.DictComp, sub: Frame, line: int, col: int) -> tuple[Placement, ...]:
        part: cst.CSTNode = node.value if isinstance(node, cst.DictComp) else node.elt  # type: ignore[attr-defined]

        def where() -> tuple[int, int]:
            # a comprehension spread over lines places its element at the element's own line
            at, own = self.positions(node), self.positions(part)
            return own if own[0] != at[0] else at

        if isinstance(node, cst.DictComp):
            self.elements_chosen = False
            key = self.expr.eval(node.key, sub)
            # {m.ssn: {...} for m in rows}: the key is data too (SPEC section 4)
            keyed = place_at(key, where) if not key.const and (key.names or key.placements) and key_is_data(node.key) else ()
            return keyed + place_at(self.expr.eval(node.value, sub), where, const_text(key))
        element = self.expr.eval(node.elt, sub)  # type: ignore[attr-defined]
        # [build(r) for r in rows] with build returning None by status: each element made of a record the
        # helper chose (what it returns carries none of the records it was given)
        bound = sub.env.get(node.for_in.target.value) if isinstance(node.for_in.target, cst.Name) else None
        self.element_unbulked = bool(bound is not None and bound.bulk and isinstance(node.elt, cst.Call)  # type: ignore[attr-defined]
                                     and element.placements and not element.bulk and not element.const)
        # ch[ch["imgrtn_stus_cd"].isin(CODES)], ch.query("..."): rows chosen from each element; not a
        # tuple, dict or comparison that merely holds a status value
        self.elements_chosen = STATUS_MARK in element.labels and self._filters_each(node.elt)  # type: ignore[attr-defined]
        self.element_model = element.model  # (Person(r) for r in rows): objects of that class, one by one
        self.element_function = element.function  # [partial(refer_one, row) for row in rows]: calls made ready
        # (each element all of it: not a pair with the agency's record, (d, m) for d, m in zip(dets, members))
        self.element_inbound = INBOUND_MARK in element.labels and not element.placements and element.elements is None and not element.bulk
        return place_at(element, where)


#: a loop variable going through every field of a record (``for f in m._meta.fields:``)
FIELDS_MARK = "<every field of a record>"
#: attributes of such a field that name it, and methods that read its value from the record
FIELD_VALUE_METHODS = frozenset({"value_from_object", "value_to_string"})


def all_fields(node: cst.BaseExpression, qualify: "Callable[[str], str | None]") -> bool:
    """``node`` lists every field of a record (see ``_all_fields``)."""
    return _all_fields(node, qualify)


#: attribute chains that list every field of a model instance or class
_FIELD_LISTS = (("__table__", "columns"), ("__table__", "c"), ("_meta", "fields"), ("_meta", "concrete_fields"), ("_meta", "local_fields"),
                ("_meta", "local_concrete_fields"), ("model_fields",), ("__fields__",),
                ("__dataclass_fields__",), ("__attrs_attrs__",))


def _all_fields(node: cst.BaseExpression, qualify: "Callable[[str], str | None]") -> bool:
    """``m.__table__.columns``, ``m._meta.fields``, ``m._meta.get_fields()``, ``dataclasses.fields(m)``,
    ``attrs.fields(type(m))``, ``Model.model_fields``: the list of every field of a record."""
    if isinstance(node, cst.Call):
        func = node.func
        if isinstance(func, cst.Attribute) and func.attr.value == "get_fields" and isinstance(func.value, cst.Attribute) and func.value.attr.value == "_meta":
            return True
        if isinstance(func, cst.Attribute) and func.attr.value == "keys" and not node.args and isinstance(func.value, cst.Attribute):
            return _all_fields(func.value, qualify)  # r.__table__.columns.keys(), Model.model_fields.keys(): their names
        qual = qualify(dotted(func) or "") or ""
        return qual in ("dataclasses.fields", "attr.fields", "attrs.fields") and len(node.args) == 1
    chain: list[str] = []
    while isinstance(node, cst.Attribute):
        chain.insert(0, node.attr.value)
        node = node.value
    if isinstance(node, cst.Call) and (qualify(dotted(node.func) or "") or "") == "sqlalchemy.inspect" and len(node.args) == 1 \
            and tuple(chain) in (("attrs",), ("mapper", "attrs"), ("mapper", "column_attrs"), ("mapper", "columns"), ("mapper", "c")):
        return True  # inspect(member).attrs, inspect(member).mapper.column_attrs: every attribute of the record
    return any(tuple(chain[-len(tail):]) == tail for tail in _FIELD_LISTS if len(chain) > len(tail) - 1 and chain)


def _names_the_field(test: cst.BaseExpression, target: cst.BaseExpression) -> bool:
    """The test reads the field's name (``f.name in ALLOWED``, ``c.key != "ssn"``): it chooses which fields."""
    if not isinstance(target, cst.Name):
        return True
    nodes = list(walk(test))
    bases = {id(n.value) for n in nodes if isinstance(n, cst.Attribute)}
    if any(isinstance(n, cst.Name) and n.value == target.value and id(n) not in bases for n in nodes):
        return True  # for k in s.model_fields if k in ALLOWED: the name itself is tested
    return any(
        (isinstance(n, cst.Attribute) and isinstance(n.value, cst.Name) and n.value.value == target.value and n.attr.value in FIELD_NAME_ATTRIBUTES)
        # _exportable(f): a function of the field decides, as an allow-list would
        or (isinstance(n, cst.Call) and any(isinstance(a.value, cst.Name) and a.value.value == target.value for a in n.args))
        for n in nodes
    )


def _fields_owner(node: cst.BaseExpression) -> cst.BaseExpression | None:
    """The record whose fields ``node`` lists (``s`` of ``dataclasses.fields(s)`` or ``s._meta.fields``)."""
    if isinstance(node, cst.Call):
        if node.args and isinstance(node.func, (cst.Name, cst.Attribute)) and not (isinstance(node.func, cst.Attribute) and node.func.attr.value == "get_fields"):
            return node.args[0].value
        node = node.func
    while isinstance(node, cst.Attribute):
        node = node.value
    return node if isinstance(node, cst.Name) else None


def _conjuncts(test: cst.BaseExpression) -> list[cst.BaseExpression]:
    """The conditions an ``and`` chain requires together (``a and b and c``); the test itself otherwise."""
    if isinstance(test, cst.BooleanOperation) and isinstance(test.operator, cst.And):
        return _conjuncts(test.left) + _conjuncts(test.right)
    return [test]


def _disjuncts(test: cst.BaseExpression) -> list[cst.BaseExpression]:
    """The conditions of an ``or`` chain, one of which holds (``a or b or c``); the test itself otherwise."""
    if isinstance(test, cst.BooleanOperation) and isinstance(test.operator, cst.Or):
        return _disjuncts(test.left) + _disjuncts(test.right)
    return [test]


#: methods of a key that only change its case or spaces: ``k.lower() in ALLOWED`` tests the key
_KEY_SPELLINGS = frozenset({"lower", "upper", "casefold", "strip"})


def _narrowed(record: Val, kept: tuple[str, ...]) -> Val:
    """``record`` without its keys outside ``kept``: each kept field stays where it was placed."""
    return without_keys(record, tuple(p.key for p in record.placements if p.key is not None and p.key not in kept))


def _text_test(test: cst.BaseExpression, name: str, text: str) -> bool | None:
    """``test`` of the loop variable ``name`` holding ``text`` when it is written with literals only: ``u == "..."``,
    ``u != "..."``, ``"ice" in u``, ``"ice" not in u``, ``u.startswith(...)``, ``u.endswith(...)``, ``not``, ``and``, ``or``;
    None for anything else."""
    if isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not):
        inner = _text_test(test.expression, name, text)
        return None if inner is None else not inner
    if isinstance(test, cst.BooleanOperation):
        left, right = _text_test(test.left, name, text), _text_test(test.right, name, text)
        if left is None or right is None:
            return None
        return (left and right) if isinstance(test.operator, cst.And) else (left or right)
    if isinstance(test, cst.Call) and isinstance(test.func, cst.Attribute) and isinstance(test.func.value, cst.Name) and test.func.value.value == name \
            and test.func.attr.value in ("startswith", "endswith") and len(test.args) == 1 and test.args[0].keyword is None:
        given = test.args[0].value
        parts = [e.value for e in given.elements] if isinstance(given, cst.Tuple) else [given]
        literals = [string_value(p) for p in parts if isinstance(p, cst.SimpleString)]
        if len(literals) != len(parts) or not all(isinstance(t, str) for t in literals):
            return None
        return getattr(text, test.func.attr.value)(tuple(literals))
    if isinstance(test, cst.Comparison) and len(test.comparisons) == 1:
        operator, right = test.comparisons[0].operator, test.comparisons[0].comparator
        left = test.left
        if isinstance(left, cst.Name) and left.value == name and isinstance(right, cst.SimpleString) and isinstance(operator, (cst.Equal, cst.NotEqual)):
            return (text == string_value(right)) == isinstance(operator, cst.Equal)
        if isinstance(left, cst.SimpleString) and isinstance(right, cst.Name) and right.value == name and isinstance(operator, (cst.In, cst.NotIn)):
            found = string_value(left)
            return None if not isinstance(found, str) else (found in text) == isinstance(operator, cst.In)
    return None


def _transforms(ifs: Sequence[cst.CompIf], k: str) -> set[str]:
    """The methods the tests of ``ifs`` apply to the key before looking it up (``{"lower"}``)."""
    return {m for m in (_transform(t, k) for cond in ifs for t in _conjuncts(cond.test)) if m is not None}


def _transform(test: cst.BaseExpression, k: str) -> str | None:
    """The method a membership test applies to the key before looking it up (``lower`` of
    ``k.lower() in ALLOWED``), inside ``not`` and ``or`` too; None when it uses the key as it is."""
    while isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not):
        test = test.expression
    for part in _disjuncts(test):
        if isinstance(part, cst.Comparison):
            left = part.left.value if isinstance(part.left, cst.NamedExpr) else part.left
            if isinstance(left, cst.Call) and isinstance(left.func, cst.Attribute) and _is_key(left, k):
                return left.func.attr.value
    return None


def leaves_loop(node: cst.CSTNode, continues: bool = True) -> bool:
    """``node`` holds a ``break`` or ``return`` (or, with ``continues``, a ``continue``) of the loop
    around it (not of a nested function or loop)."""
    leaving = (cst.Break, cst.Return, cst.Continue) if continues else (cst.Break, cst.Return)
    return any(isinstance(n, leaving) for n in walk(node, prune=lambda n: isinstance(n, (cst.FunctionDef, cst.For, cst.While))))


def _lone_membership(test: cst.BaseExpression) -> bool:
    """``k not in ALLOWED`` (or ``not k in ALLOWED``) alone: a ``continue`` under it skips exactly the
    keys outside the list (``k not in ALLOWED and not k.startswith("ext_")`` lets more through)."""
    if isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not):
        test = test.expression
    return isinstance(test, cst.Comparison) and len(test.comparisons) == 1


def _only_continue(body: cst.BaseSuite) -> bool:
    """The block is a lone ``continue``."""
    return _only_statement(body, cst.Continue)


def _only_statement(body: cst.BaseSuite, kind: type[cst.BaseSmallStatement]) -> bool:
    """The block is one statement of ``kind`` alone (``continue``, ``pass``)."""
    inner = block_statements(body)
    return len(inner) == 1 and isinstance(inner[0], cst.SimpleStatementLine) and len(inner[0].body) == 1 \
        and isinstance(inner[0].body[0], kind)


def _is_key(node: cst.BaseExpression, k: str) -> bool:
    """``k``, or ``k.lower()`` and its kin (also bound by a walrus: ``(key := k.lower())``)."""
    if isinstance(node, cst.NamedExpr):
        node = node.value
    if isinstance(node, cst.Call) and not node.args and isinstance(node.func, cst.Attribute) and node.func.attr.value in _KEY_SPELLINGS:
        node = node.func.value
    if isinstance(node, cst.Attribute) and node.attr.value in FIELD_NAME_ATTRIBUTES:
        node = node.value  # f.name in ALLOWED for f in fields(Member): the field's name is the key
    return isinstance(node, cst.Name) and node.value == k


def _looked_up_by_key(node: cst.BaseExpression, k: str) -> tuple[cst.BaseExpression, cst.BaseExpression | None] | None:
    """The mapping of ``MAP.get(k)``, ``MAP.get(k, default)`` or ``MAP[k]`` (``node`` looks the key ``k`` up in it) and
    the default given, else None."""
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value == "get" and len(node.args) in (1, 2) \
            and not any(a.keyword or a.star for a in node.args) and isinstance(node.args[0].value, cst.Name) and node.args[0].value.value == k:
        return node.func.value, (node.args[1].value if len(node.args) == 2 else None)
    if isinstance(node, cst.Subscript) and len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index) \
            and isinstance(node.slice[0].slice.value, cst.Name) and node.slice[0].slice.value.value == k:
        return node.value, None
    return None


def _binds(node: cst.BaseExpression) -> bool:
    """The condition holds an assignment expression (``(p := build(r)) is not None``)."""
    return any(isinstance(n, cst.NamedExpr) for n in walk(node, prune=lambda n: isinstance(n, cst.Lambda)))


def _keys_owner(node: cst.BaseExpression) -> cst.Name | None:
    """``d``, ``list(d)``, ``d.keys()``, ``list(d.keys())``, ``tuple(d)``, ``[*d]``, ``d.copy()``, ``dict(d)``: the dict
    whose keys are iterated."""
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value in ("list", "tuple", "sorted", "set", "dict") and len(node.args) == 1:
        node = node.args[0].value
    elif isinstance(node, (cst.List, cst.Tuple, cst.Set)) and len(node.elements) == 1 and isinstance(node.elements[0], cst.StarredElement):
        node = node.elements[0].value  # [*d]
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value == "copy" and not node.args:
        node = node.func.value
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value == "keys" and not node.args:
        node = node.func.value
    if isinstance(node, cst.Attribute) and node.attr.value == "columns":
        node = node.value  # df.columns: a frame's column names
    return node if isinstance(node, cst.Name) else None


def _dropped_keys(node: cst.BaseExpression) -> tuple[str, cst.BaseExpression] | None:
    """The dict and the allowed names of an expression that computes the keys outside an allow-list:
    ``[k for k in d if k not in ALLOWED]`` (a set or generator too), ``set(d) - ALLOWED``,
    ``d.keys() - ALLOWED``, ``set(d).difference(ALLOWED)``; None for anything else."""
    if isinstance(node, (cst.ListComp, cst.SetComp, cst.GeneratorExp)):
        comp = node.for_in
        if (comp.inner_for_in is not None or len(comp.ifs) != 1 or not isinstance(comp.target, cst.Name)
                or not isinstance(node.elt, cst.Name) or node.elt.value != comp.target.value):
            return None
        owner, test = _keys_owner(comp.iter), comp.ifs[0].test
        if (owner is None or not isinstance(test, cst.Comparison) or len(test.comparisons) != 1
                or not isinstance(test.comparisons[0].operator, cst.NotIn)
                or not isinstance(test.left, cst.Name) or test.left.value != comp.target.value):
            return None
        return owner.value, test.comparisons[0].comparator
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Subtract):
        owner = _keys_owner(node.left)
        return (owner.value, node.right) if owner is not None else None
    if (isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value == "difference"
            and len(node.args) == 1 and node.args[0].star == ""):
        owner = _keys_owner(node.func.value)
        return (owner.value, node.args[0].value) if owner is not None else None
    return None


def _removes_key(stmt: cst.CSTNode, d: str, k: str) -> bool:
    """``del d[k]`` or ``d.pop(k)`` / ``d.pop(k, None)``."""
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return False
    small = stmt.body[0]
    if isinstance(small, cst.Del) and isinstance(small.target, cst.Subscript):
        target = small.target
        index = target.slice[0].slice if len(target.slice) == 1 else None
        return (isinstance(target.value, cst.Name) and target.value.value == d and isinstance(index, cst.Index)
                and isinstance(index.value, cst.Name) and index.value.value == k)
    if isinstance(small, cst.Expr) and isinstance(small.value, cst.Call):
        func, args = small.value.func, small.value.args
        return (isinstance(func, cst.Attribute) and func.attr.value == "pop" and isinstance(func.value, cst.Name) and func.value.value == d
                and bool(args) and isinstance(args[0].value, cst.Name) and args[0].value.value == k)
    return False


def items_owner(node: cst.BaseExpression) -> cst.BaseExpression | None:
    """``d.items()``: the mapping whose pairs are walked or given (``d``); None for anything else."""
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value == "items" and not node.args:
        return node.func.value
    return None


_PAIR_NAMES = ("_mcd_key", "_mcd_value")


class _PairParts(cst.CSTTransformer):
    """``kv[0]`` and ``kv[1]`` of a pair named ``kv`` as two names."""

    def __init__(self, pair: str) -> None:
        super().__init__()
        self.pair = pair
        self.other = False  # kv used otherwise than by its two parts

    def _part(self, node: cst.Subscript) -> int | None:
        first = node.slice[0].slice if len(node.slice) == 1 else None
        if isinstance(node.value, cst.Name) and node.value.value == self.pair and isinstance(first, cst.Index) \
                and isinstance(first.value, cst.Integer) and first.value.value in ("0", "1"):
            return int(first.value.value)
        return None

    def visit_Subscript(self, node: cst.Subscript) -> bool:
        return self._part(node) is None  # (kv itself, inside kv[0], is not another use of it)

    def leave_Subscript(self, original: cst.Subscript, updated: cst.Subscript) -> cst.BaseExpression:
        part = self._part(original)
        return cst.Name(_PAIR_NAMES[part]) if part is not None else updated

    def leave_Name(self, original: cst.Name, updated: cst.Name) -> cst.Name:
        if original.value == self.pair:
            self.other = True
        return updated


def _pairs_unpacked(node: cst.BaseComp | cst.DictComp) -> cst.GeneratorExp | None:
    """``(kv for kv in rec.items() if kv[0] in ALLOWED)``, each pair kept whole and tested by its parts,
    as ``((k, v) for k, v in rec.items() if k in ALLOWED)``; None for any other comprehension."""
    comp = node.for_in
    if isinstance(node, cst.DictComp) or not isinstance(comp.target, cst.Name) or not isinstance(node.elt, cst.Name) \
            or node.elt.value != comp.target.value or comp.target.value in _PAIR_NAMES:
        return None
    parts = _PairParts(comp.target.value)
    ifs = [c.visit(parts) for c in comp.ifs]
    if parts.other:
        return None
    names = [cst.Name(n) for n in _PAIR_NAMES]
    pair = cst.Tuple([cst.Element(n) for n in names])
    return cst.GeneratorExp(elt=pair, for_in=comp.with_changes(target=cst.Tuple([cst.Element(n) for n in names]), ifs=ifs))


def _loops(node: cst.BaseComp | cst.DictComp) -> list[cst.CompFor]:
    """A comprehension's ``for`` clauses, outermost first."""
    loops: list[cst.CompFor] = []
    loop: cst.CompFor | None = node.for_in
    while loop is not None:
        loops.append(loop)
        loop = loop.inner_for_in
    return loops


def _is_each(elt: cst.BaseExpression, target: cst.BaseAssignTargetExpression) -> bool:
    """The element is the loop's own variable, or a method of it (``ch``, ``ch.upper()``)."""
    if not isinstance(target, cst.Name):
        return False
    if isinstance(elt, cst.Call) and isinstance(elt.func, cst.Attribute) and not elt.args:
        elt = elt.func.value
    return isinstance(elt, cst.Name) and elt.value == target.value


def _literal_constants(constants: dict[str, cst.BaseExpression]) -> dict[str, cst.BaseExpression]:
    """The constants of a module or class that are literal collections or texts (``ALLOWED = frozenset({...})``)."""
    return {n: v for n, v in constants.items() if _is_literal(v)}


def _module_literals(analysis: "ModuleAnalysis") -> dict[str, cst.BaseExpression]:
    """The constants of a module that are literal collections or texts, or that fold to a constant
    collection of names (``PILOT = BASIC | {"ssn"}``, written out), found once per module."""
    memo: dict[str, cst.BaseExpression] | None = analysis.sanitizers.__dict__.get("_module_literals")
    if memo is None:
        memo = analysis.sanitizers.__dict__["_module_literals"] = _literal_constants(
            {n: _written_out(analysis, v) if isinstance(v, (cst.BinaryOperation, cst.Name)) else v for n, v in analysis.index.constants.items()})
    return memo


def _is_literal(v: cst.BaseExpression) -> bool:
    """A literal collection or text, or ``frozenset``/``set``/``tuple`` of a literal collection."""
    return isinstance(v, (cst.Set, cst.List, cst.Tuple, cst.SimpleString)) or (
        isinstance(v, cst.Call) and dotted(v.func) in ("frozenset", "set", "tuple") and len(v.args) == 1
        and isinstance(v.args[0].value, (cst.Set, cst.List, cst.Tuple)))


def _names_literal(items: Sequence[str]) -> cst.Tuple:
    """A tuple literal of the texts ``items``: a folded allow-list written out for a predicate's body."""
    return cst.Tuple([cst.Element(cst.SimpleString(repr(item))) for item in items])


def _policy_constants(analysis: "ModuleAnalysis", cls: ClassInfo, owner: "tuple[ModuleAnalysis, ClassInfo] | None",
                      foreign: bool) -> dict[str, cst.BaseExpression]:
    """What a policy method's body may read, written out: its module's literal constants (when it is of
    another module) and ``self.<name>`` of the class's constants (the object's class's first) and of what
    ``__init__`` sets them to; a class constant a method may set again from what it is given is left out."""
    module_literals = _module_literals(analysis)
    set_again = _set_on_self(cls)
    class_literals = {n: _written_out(analysis, v) for n, v in cls.constants.items()}
    if owner is not None and owner[1] is not cls:
        # PilotPolicy(FieldPolicy) with ALLOWED of its own: the object's class's constant wins
        class_literals.update({n: _written_out(owner[0], v) for n, v in owner[1].constants.items()})
        set_again = {**set_again, **_set_on_self(owner[1])}
    return {**(module_literals if foreign else {}),
            **{f"self.{n}": v for n, v in _literal_constants(class_literals).items() if n not in set_again},
            **{f"self.{n}": v for n, v in _set_in_init(cls, module_literals).items() if set_again.get(n) == 1}}


def _written_out(analysis: "ModuleAnalysis", value: cst.BaseExpression) -> cst.BaseExpression:
    """A class constant as a literal the caller can read (``ALLOWED = PERMITTED | {"ssn_num"}``: the names it
    folds to in its module); the expression itself when it folds to no constant collection of names."""
    if _is_literal(value):
        return value
    folded = analysis.expr.eval(value, Frame(env={}))
    if folded.const and folded.items is not None and len(folded.items) <= MAX_NAMES:
        return _names_literal(folded.items)
    return value


#: names of Python's builtins (free in a predicate's body, they are no module's global)
_BUILTIN_NAMES = frozenset(dir(__import__("builtins")))


def _given_allow_lists(cls: ClassInfo, held_attrs: "tuple[tuple[str, Val], ...] | None", constants: dict[str, cst.BaseExpression]) -> None:
    """Write out, into ``constants``, the allow-lists an object of ``cls`` was given (``ParamPolicy(BASIC)``
    with ``self.allowed = allowed``): each attribute that holds a constant collection of names and that
    only one assignment of the class sets."""
    set_count = _set_on_self(cls)
    for attr, given in held_attrs or ():
        if given.const and given.items is not None and len(given.items) <= MAX_NAMES and f"self.{attr}" not in constants \
                and set_count.get(attr, 0) <= 1:
            constants[f"self.{attr}"] = _names_literal(given.items)


def _set_on_self(cls: ClassInfo) -> dict[str, int]:
    """How many statements of the class's methods set or change each ``self.<name>`` (an assignment, an
    augmented one, ``self.allowed.update(...)``: a widened allow-list is no constant one)."""
    counts: dict[str, int] = {}
    for method in cls.methods.values():
        for node in walk(method.body):
            targets: list[cst.BaseExpression] = []
            if isinstance(node, cst.Assign):
                targets = [t.target for t in node.targets]
            elif isinstance(node, cst.AugAssign):
                targets = [node.target]
            elif isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value in _GROWING_METHODS:
                targets = [node.func.value]
            for target in targets:
                if isinstance(target, cst.Attribute) and isinstance(target.value, cst.Name) and target.value.value == "self":
                    counts[target.attr.value] = counts.get(target.attr.value, 0) + (1 if isinstance(node, cst.Assign) else 2)
    return counts


def _attribute_set(analysis: "ModuleAnalysis", name: str) -> bool:
    """Module ``analysis`` sets or grows an attribute of the object its name ``name`` holds (``POLICY.allowed = ...``,
    ``POLICY.allowed |= {...}``, ``POLICY.allowed.add("ssn")``; ``name`` may be dotted, ``policy.POLICY``), anywhere
    in its text (at module level or in a function). The owners are found in one walk per module."""
    owners: set[str] | None = analysis.sanitizers.__dict__.get("_attribute_owners")
    if owners is None:
        targets: list[cst.BaseExpression] = []
        for node in analysis.functions.flat.walk(analysis.module):
            if isinstance(node, cst.Assign):
                targets.extend(t.target for t in node.targets)
            elif isinstance(node, cst.AugAssign):
                targets.append(node.target)
            elif isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value in _GROWING_METHODS:
                targets.append(node.func.value)
        owners = analysis.sanitizers.__dict__["_attribute_owners"] = {
            owner for t in targets if isinstance(t, cst.Attribute) for owner in [dotted(t.value)] if owner is not None}
    return name in owners


#: methods that add to a collection in place
_GROWING_METHODS = frozenset({"update", "add", "append", "extend", "insert", "__ior__", "setdefault"})


def _set_in_init(cls: ClassInfo, module_literals: dict[str, cst.BaseExpression]) -> dict[str, cst.BaseExpression]:
    """The attributes ``__init__`` sets to a literal collection or to a module constant that is one
    (``self.allowed = PERMITTED``), each written out."""
    init = cls.methods.get("__init__")
    out: dict[str, cst.BaseExpression] = {}
    for node in walk(init.body) if init is not None else ():
        if isinstance(node, cst.Assign) and len(node.targets) == 1 and isinstance(node.targets[0].target, cst.Attribute) \
                and isinstance(node.targets[0].target.value, cst.Name) and node.targets[0].target.value.value == "self":
            value = node.value
            literal = module_literals.get(value.value) if isinstance(value, cst.Name) else value if _is_literal(value) else None
            if literal is not None:
                out[node.targets[0].target.attr.value] = literal
    return out


def _bound_arguments(params: cst.Parameters, args: Sequence[cst.Arg]) -> dict[str, cst.BaseExpression] | None:
    """What each parameter of a predicate is given by a call (``is_permitted(k)``: ``key`` -> ``k``), a
    parameter the call leaves out its default (``def permitted_in(k, allowed=ALLOWED)``); None when
    the call does not give every parameter (stars, no default)."""
    if params.posonly_params or params.kwonly_params or isinstance(params.star_arg, cst.Param) or params.star_kwarg is not None:
        return None
    names = [p.name.value for p in params.params]
    given: dict[str, cst.BaseExpression] = {}
    for i, arg in enumerate(args):
        if arg.star:
            return None
        if arg.keyword is None:
            if i >= len(names):
                return None
            given[names[i]] = arg.value
        elif arg.keyword.value in names:
            given[arg.keyword.value] = arg.value
        else:
            return None
    for param in params.params:
        if param.name.value not in given and param.default is not None:
            given[param.name.value] = param.default
    return given if set(given) == set(names) else None


class _Substitute(cst.CSTTransformer):
    """Each name of a parameter replaced by what the call gives it (attribute names and keywords kept)."""

    def __init__(self, given: dict[str, cst.BaseExpression]) -> None:
        super().__init__()
        self.given = given

    def leave_Name(self, original_node: cst.Name, updated_node: cst.Name) -> cst.BaseExpression:
        return self.given.get(updated_node.value, updated_node)

    def visit_Attribute(self, node: cst.Attribute) -> bool:
        return False

    def leave_Attribute(self, original_node: cst.Attribute, updated_node: cst.Attribute) -> cst.BaseExpression:
        written = dotted(updated_node)
        if written is not None and written in self.given:
            return self.given[written]  # self.ALLOWED of the predicate's class: its literal
        return updated_node.with_changes(value=updated_node.value.visit(self))

    def visit_Arg(self, node: cst.Arg) -> bool:
        return False

    def leave_Arg(self, original_node: cst.Arg, updated_node: cst.Arg) -> cst.Arg:
        return updated_node.with_changes(value=updated_node.value.visit(self))

    def visit_Lambda(self, node: cst.Lambda) -> bool:
        return False  # (a lambda's own parameters may shadow the predicate's)


def _is_docstring(statement: cst.CSTNode) -> bool:
    return isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1 and isinstance(statement.body[0], cst.Expr) \
        and isinstance(statement.body[0].value, (cst.SimpleString, cst.ConcatenatedString))
