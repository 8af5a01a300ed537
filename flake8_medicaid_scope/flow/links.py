"""Links: names imported from other modules of the project, their constants, classes and functions, run with this module's values."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

import libcst as cst

from .calls import LIBRARY
from .index import MAX_BASE_DEPTH, ClassInfo, names_of, resolve_relative
from .part import Args, Part
from .values import HOLE, OPAQUE, FunctionRef, Placement, Val, container, join, placed_in, replace, translate, translate_placement, with_attrs
from .files import file_key

if TYPE_CHECKING:
    from ..destinations import Destination
    from .engine import Called, ModuleAnalysis, Via


class Links(Part):
    """Resolve imported names through the project and run foreign code for this module."""

    def __init__(self, m: "ModuleAnalysis") -> None:
        super().__init__(m)
        self._resolved: dict[str, tuple[ModuleAnalysis, str] | None] = {}
        #: the e-mail messages whose recipients each running call of another module was lent (innermost last)
        self._lent_recipients: list[list[str]] = []
        self._lent_over: list[dict[str, Val]] = []  # what the other module held under a file lent over it, per call

    def expand_star_imports(self) -> None:
        """``from x import *``: bind the names ``x`` exports (its ``__all__``, else its public
        top-level names) as imports, for a project module or a library the data describes."""
        index = self.index
        if index.stars_expanded or not index.star_imports:
            return
        index.stars_expanded = True
        # what the module binds itself (defs, classes, constants) stays; a name an import binds is rebound by
        # a star import that comes after it, and a later star import's name wins over an earlier one's, as
        # Python binds them (from .base import * then from .prod import *: prod's REFERRAL_URL)
        own = set(index.functions) | set(index.classes) | set(index.constants)
        bound_at = {name: order for name, order in index.import_order.items() if name in index.imports and name not in own}
        star_bound: dict[str, int] = {}
        for target, order in self._star_pairs():
            names: list[str] = []
            other = self.project.module(target) if self.project is not None else None
            if other is not None:
                other.links.expand_star_imports()
                exported = other.expr.module_constant("__all__")
                if exported is not None and exported.items is not None:
                    names = list(exported.items)
                else:
                    top = [*other.index.imports, *other.index.functions, *other.index.classes, *other.index.constants]
                    names = [n for n in top if not n.startswith("_")]
            else:
                prefix = target + "."
                names = [q[len(prefix) :] for q in LIBRARY.calls if q.startswith(prefix) and "." not in q[len(prefix) :]]
            for name in names:
                if name in own or bound_at.get(name, -1) > order:
                    continue  # defined here, or imported again after this star import
                if name in index.imports and name not in bound_at and name not in star_bound:
                    continue  # bound here by other means (an import inside a try or a class body)
                # (a name the other module imports itself, import boto3 there, is that library, not a name of it)
                imported_there = other is not None and name in other.index.imports and name not in other.index.constants and name not in other.index.fallbacks
                index.imports[name] = (other.index.qualify(name) if imported_there and other is not None else None) or f"{target}.{name}"
                star_bound[name] = order

    def _star_pairs(self) -> list[tuple[str, int]]:
        """The modules this module star-imports, by qualified name, each with where its import stands
        among the module's imports."""
        index = self.index
        orders = index.star_order if len(index.star_order) == len(index.star_imports) else list(range(len(index.star_imports)))
        out = []
        for written, order in zip(index.star_imports, orders, strict=True):
            target = resolve_relative(written, index.package) if written.startswith(".") and index.package else written
            if target is not None and not target.startswith("."):
                out.append((target, order))
        return out

    def star_constant(self, name: str) -> Val | None:
        """The constant ``name`` of a module this module star-imports (the last such import that has
        it), as it is before this module rebinds it (``from .base import *`` then ``X = X + (...)``)."""
        if self.project is None:
            return None
        for target, _ in reversed(self._star_pairs()):
            found = self.project.resolve(f"{target}.{name}")
            if found is not None and found[0] is not self.m and found[1] and "." not in found[1]:
                val = found[0].expr.module_constant(found[1])
                if val is not None:
                    return translate(val, found[0].module_id, self.module_id)
        return None

    def star_targets(self) -> list[str]:
        """The modules this module star-imports, by qualified name."""
        return [target for target, _ in self._star_pairs()]

    def foreign(self, name: str, local: dict[str, str] | None = None) -> "tuple[ModuleAnalysis, str] | None":
        """``name`` (``publish``, ``settings.ICE_URL``, ``client.IceClient``) imported from another module
        of the project: (that module's analysis, the name inside it). ``local``: the imports of the
        function being run (``def refer(m): from app import settings``), which come first."""
        if self.project is None:
            return None
        own = bool(local) and name.partition(".")[0] in local  # type: ignore[operator]
        qual = self.index.qualify(name, local) if own else None
        key = f"\x00{qual}" if own else name
        if key in self._resolved:
            return self._resolved[key]
        if not own:
            qual = self.index.qualify(name)
        found = self.project.resolve(qual) if qual is not None and not qual.startswith(".") else None
        if found is not None and found[0] is self.m:
            found = None
        self._resolved[key] = found
        return found

    def foreign_constant(self, name: str, local: dict[str, str] | None = None) -> Val | None:
        """The value of a constant (``ICE_URL``, ``Config.URL``) defined in another module of the project."""
        found = self.foreign(name, local)
        if found is None:
            return None
        other, rest = found
        head, _, attr = rest.partition(".")
        alias = other.index.constants.get(head) if attr and head not in other.index.classes and head not in other.index.grown else None
        if isinstance(alias, cst.Name) and alias.value in other.index.classes:
            head = alias.value  # ACTIVE = ProdConfig in config.py, then ACTIVE.REFERRAL_URL: that class's constant
        if attr and head in other.index.classes and "." not in attr:
            val = other.expr.module_constant(attr, other.index.classes[head])
        elif rest and "." not in rest:
            val = other.expr.module_constant(rest)
            if val is None and rest in other.index.fallbacks:
                val = other.expr.fallback_constant(rest)  # settings.py: try/except ImportError around its own import
            if rest in other.module_state:
                # state.PAYLOAD after state.fill(m): what functions of that module put into it
                val = join(val, other.module_state[rest]) if val is not None else other.module_state[rest]
        else:
            val = None
        if val is not None and "." not in rest:
            val = changed_by_importers(other, rest, val, self.m)  # ALLOWED.append("ssn") here, after the import
        return translate(val, other.module_id, self.module_id) if val is not None else None

    def store_foreign_state(self, name: str, placed: Val) -> None:
        """``state.PAYLOAD["ssn"] = m.ssn``: the other module's container holds it too, for its own
        functions that send it (``state.flush()``); it stays this module's placement."""
        found = self.foreign(name)
        if found is None or found[1] not in found[0].index.constants:
            return
        other, rest = found
        moved = translate(placed, self.module_id, other.module_id, inbound=True)
        current = other.module_state.get(rest, OPAQUE)
        other.module_state[rest] = container(current.placements + tuple(p for p in moved.placements if p not in current.placements))

    def foreign_cleared(self, name: str, local: dict[str, str] | None = None) -> bool:
        """The imported constant is marked ``# medicaid-scope: not-enforcement`` where it is defined."""
        found = self.foreign(name, local)
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

    def class_of(self, model: str) -> "tuple[ModuleAnalysis, ClassInfo] | None":
        """The class a model reference names: this module's own, else one of the project (a name
        imported from another module, or ``@module:Class``)."""
        local = self.index.classes.get(model)
        return (self.m, local) if local is not None else self.foreign_class(model)

    def model_ref(self, name: str, local: dict[str, str] | None = None) -> str | None:
        """How a value refers to the class of the project ``name`` names in the running function: the
        name itself for this module's class or one imported at module level, ``@module:Class`` for one
        the function imports itself (``def export(s): from .models import Member``); None when it names
        no class of the project."""
        if self.class_of(name) is not None:
            return name
        found = self.foreign(name, local) if local and name.partition(".")[0] in local else None
        if found is not None and found[1] in found[0].index.classes:
            return f"@{found[0].module_id}:{found[1]}"
        return None

    def qualified_class(self, qual: str) -> str | None:
        """``@module:Class`` for the class of another module of the project that the dotted name
        ``qual`` (``agency.models.Member``, as a value's labels carry it) resolves to; None otherwise."""
        found = self.project.resolve(qual) if self.project is not None and "." in qual else None
        if found is None or found[0] is self.m or found[1] not in found[0].index.classes:
            return None
        return f"@{found[0].module_id}:{found[1]}"

    def call_foreign(self, other: "ModuleAnalysis", fn: cst.FunctionDef, cls: ClassInfo | None, args: Args | None, self_val: Val | None, node: cst.CSTNode) -> Val:
        """Run ``fn`` of another module with this module's argument values; what it sends of the data
        handed to it is reported here (at this module's placements, or at ``node``)."""
        runtime = cls
        self.m.project_calls.setdefault(id(node), set()).update(names_of(fn, cls))
        if cls is not None and self_val is not None and self_val.model is not None:
            # ExtendedIcePublisher().publish(m), publish inherited from IcePublisher: what the method sends on its
            # own is judged on an object of the subclass (its builder_cls), not of the class that defines it
            model = translate(self_val, self.module_id, other.module_id).model
            runtime = other.index.classes.get(model or "") or cls
        return self._in_other(other, args, self_val, node, lambda moved, moved_self: other.functions.call_function(fn, cls, moved, moved_self),
                              (fn, runtime))

    def call_foreign_ref(self, other: "ModuleAnalysis", ref: FunctionRef, args: Args | None, node: cst.CSTNode) -> Val:
        """Call a function value of another module (a lambda, or a nested def with the state it closes
        over there: ``send_ice = make_sender(ICE_URL)``) with this module's arguments, in that module."""
        return self._in_other(other, args, None, node, lambda moved, _: other.functions.call_ref(ref, moved, None, node))

    def _in_other(self, other: "ModuleAnalysis", args: Args | None, self_val: Val | None, node: cst.CSTNode,
                  run: "Callable[[Args | None, Val | None], Val]", fn: "tuple[cst.FunctionDef, ClassInfo | None] | None" = None) -> Val:
        """``run`` in another module's analysis with this module's values: what it sends of the data
        handed to it is reported here (at this module's placements, or at ``node``). What the other
        module placed and sent to enforcement during the call is kept (``ModuleAnalysis.deferred_drops``):
        what its own analysis does not send there (the URL was this module's: ``post_member(ICE_URL,
        m)``) is reported here at ``node`` once this module's analysis is done (``settle_drops``)."""
        args = self.m.hand(args)
        moved = [(a, translate(v, self.module_id, other.module_id, inbound=True)) for a, v in args] if args is not None else None
        moved_self = translate(self_val, self.module_id, other.module_id, inbound=True) if self_val is not None else None
        if other is self.m or other.module_id in self.m.callers():
            # a call back into a module that is running this one (a decorator of another module calling
            # the function of the linted module it wraps): it runs there as it stands, under its own
            # host, so that no module hosts another that hosts it
            other.called_back += 1
            try:
                result = run(moved, moved_self)
            finally:
                other.called_back -= 1
            self.m.last_effects, self.m.last_self = self._what_it_changed(other)
            self.m.bulk_read = frozenset()
            return translate(result, other.module_id, self.module_id)
        previous = other.host
        other.host = (self.m, node)
        self.anchors.append(node)
        lent = self.lend_files(other)
        handed_before = other.handed_in
        # what this module hands in: only those placements of a third module are this module's to report
        # (what its module-level containers hold was put there before the call: state.PAYLOAD["ssn"] = ...)
        given = [*(v for _, v in moved or ()), *([moved_self] if moved_self is not None else []), *lent.values(), *other.module_state.values()]
        # a function value handed in (a partial, a lambda, a closure) builds data the callee sends: what
        # it places is this module's doing, wherever it is placed
        other.handed_in = None if any(v.function is not None for v in given) else placed_in(given)
        # its own placements the object carries back in and nothing else given holds (s.load(m), then s.submit()):
        # sent by its own method, they are its own finding where its own analysis reports them
        others_given = [*(v for _, v in moved or ()), *lent.values(), *other.module_state.values()]
        own_before, other.own_on_object = other.own_on_object, (
            frozenset(k for k in placed_in([moved_self]) if k[0] is None) - placed_in(others_given) if moved_self is not None else frozenset())
        handed_bulk_before, other.handed_bulk = other.handed_bulk, frozenset().union(*(v.bulk for v in given))
        seen, safe, sent = _upload_sets(other)
        uploads = (set(seen), set(safe), set(sent))
        before = dict(other.written)
        dropped_before, other.dropped = other.dropped, []
        try:
            result = run(moved, moved_self)
            effects, self.m.last_self = self._what_it_changed(other)
            # what the call was given decides where its own placements go (post_member(ICE_URL, m)); with
            # nothing given, only placements of the modules running it, made by a callback (an override
            # a base class of another module calls: Referral(m).send()), may be theirs
            callers = self.m.callers()
            drops = [d for d in other.dropped or () if d[0].module in callers or isinstance(node, cst.Call) and (args or self_val is not None)]
            if drops:
                if self.m.host is not None and self.m.dropped is not None:
                    # this module runs for another itself (caller -> service -> transport -> builder):
                    # what the transport dropped and does not send on its own is handed on, as this
                    # module's drop, to be settled by the module that started the chain
                    self.m.dropped.extend((translate_placement(p, other.module_id, self.module_id), dest, (*via, (other, p, fn)))
                                          for p, dest, via in drops)
                    self.m.forwarded += 1  # handed on: a memoized run of this call would not hand them on again
                else:
                    self.m.deferred_drops.append((other, tuple(drops), node, fn))
        finally:
            other.host = previous
            other.handed_in = handed_before
            other.own_on_object = own_before
            other.handed_bulk = handed_bulk_before
            other.dropped = dropped_before
            self.anchors.pop()
            self.take_back_files(other, lent, uploads)
        self.m.last_effects = effects
        self.carry_files(other, before)
        self.carry_returned(other, result)
        self.m.cut = self.m.cut or other.cut
        self.m.cut_unseen = self.m.cut_unseen or other.cut_unseen
        self.m.timed_out = self.m.timed_out or other.timed_out
        self.m.enforcement_seen = self.m.enforcement_seen or other.enforcement_seen
        self.m.bulk_read = frozenset()  # what it returns is what it hands back, not whatever it was given
        return self.population.adopt(translate(result, other.module_id, self.module_id), other.module_id)

    def sent_on_its_own(self, other: "ModuleAnalysis", placement: Placement, fn: "Called | None", via: "tuple[Via, ...]" = ()) -> bool:
        """A placement ``other`` dropped while running ``fn`` for this module that some module's own
        analysis sends to enforcement (then it is that module's finding, reported there, never twice),
        also one of the modules it came through on its way (``via``: a transport of a service)."""
        if any(self.sent_on_its_own(o, p, f) for o, p, f in via):
            return True
        if placement.module is None:
            return (placement.line, placement.col) in other.own_sends()
        if (placement.module, placement.line, placement.col) in (other.foreign_sent_by(fn) if fn is not None else other.own_foreign_sends()):
            return True  # a third module's placement the function called sends to enforcement on its own
        home = self.project.by_id.get(placement.module) if self.project is not None else None
        # one the module that placed it sends to enforcement itself (a subclass's hook): its finding
        # (one of this module's own, sent by a function it called, is this module's: its own analysis is this one)
        return home is not None and home is not self.m and (placement.line, placement.col) in home.own_sends()

    def settle_drops(self) -> None:
        """Another module's own placements that reached enforcement while it ran for this module (see
        ``_in_other``): those its own analysis does not send to enforcement are this module's finding,
        at the call that made them go there ("placed at" the other module); the rest are that module's
        own finding, reported there, never twice."""
        # one finding per placement and function of this module: at the last call of that function that sent
        # it (send = make_sender(ICE_URL), then send(m): at send(m)); two functions that each call the
        # sender are two findings, one at each
        last: dict[tuple[str, int, int, int], tuple[ModuleAnalysis, Placement, Destination, cst.CSTNode, Called | None]] = {}
        for other, dropped, node, fn in self.m.deferred_drops:
            for placement, dest, via in dropped:
                if via and self.sent_on_its_own(other, placement, fn, via):
                    continue  # (the chain's own vetoes: those of the call here are checked below)
                key = (placement.module or other.module_id, placement.line, placement.col, self.enclosing_def(node))
                if key not in last or last[key][4] is None or fn is None or (key[0], key[1], key[2]) not in other.foreign_sent_by(fn):
                    last[key] = (other, placement, dest, node, fn)  # (one that the function called sends on its own is kept only alone)
        self.m.deferred_drops = []
        for other, placement, dest, node, fn in last.values():
            if self.sent_on_its_own(other, placement, fn):
                continue
            self.anchors.append(node)
            try:
                self.m.report(translate_placement(placement, other.module_id, self.module_id), dest, self.m.positions(node)[0])
            finally:
                self.anchors.pop()

    def enclosing_def(self, node: cst.CSTNode) -> int:
        """The line of the function or method of this module (not nested) whose body holds ``node``; 0 at module level."""
        return self.def_at_line(self.m.positions(node)[0])

    def def_at_line(self, line: int) -> int:
        """``enclosing_def`` of what is on ``line``."""
        defs: list[tuple[int, int]] | None = self.__dict__.get("_def_spans")
        if defs is None:
            every = [*self.index.functions.values(), *(f for c in self.index.classes.values() for f in c.methods.values())]
            defs = self.__dict__["_def_spans"] = sorted(self.span(f) for f in every)
        return next((start for start, end in reversed(defs) if start <= line <= end), 0)

    def _what_it_changed(self, other: "ModuleAnalysis") -> "tuple[dict[int, Val], dict[str, Val]]":
        """What the call just run in ``other`` did to its arguments and set on its object, as this module sees it."""
        return ({i: translate(v, other.module_id, self.module_id) for i, v in other.last_effects.items()},
                {k: translate(v, other.module_id, self.module_id) for k, v in other.last_self.items()})

    def lend_files(self, other: "ModuleAnalysis") -> dict[str, Val]:
        """The files this module wrote, shown to another module's function for one call: its upload
        of the path (``upload(EXTRACT, HOST)`` of a transport module) sends what was written here,
        reported at this module's placements. A file known only by where it was opened here (a
        temporary file: ``upload(fh.name)``) is lent too, under its key, which names that place (a file
        the other module opens while it runs for this one is known by this module's call too); one known
        only by the variable and the function that hold its path (``<file at path in export>``) is not:
        the other module may have its own. Returns what was lent, to be taken back."""
        lent: dict[str, Val] = {}
        over: dict[str, Val] = {}
        for key, val in self.m.written.items():
            if not key.startswith("<file at "):
                if key in other.written:
                    # (what an earlier call left there is not what the file holds now: this module's file is; round 514d)
                    over[key] = other.written[key]
                lent[key] = other.written[key] = translate(val, self.module_id, other.module_id, inbound=True)
        self._lent_over.append(over)
        # msg["To"] = "records@ero.ice.gov" here, deliver(msg) there: the message goes with its recipients
        keys = [key for key in self.m.recipients if key not in other.recipients]
        for key in keys:
            other.recipients[key] = [translate(v, self.module_id, other.module_id, inbound=True) for v in self.m.recipients[key]]
        self._lent_recipients.append(keys)
        return lent

    def take_back_files(self, other: "ModuleAnalysis", lent: dict[str, Val], uploads: tuple[set[str], set[str], set[str]]) -> None:
        """After the call: the lent files leave the other module (its own analysis, shared by the run,
        must not keep this module's data), and the uploads it made of any file count here too (a
        file named for enforcement that it put on the state's SFTP was not sent by its write)."""
        over = self._lent_over.pop() if self._lent_over else {}
        for key, val in lent.items():
            if other.written.get(key) == val:
                if key in over:
                    other.written[key] = over[key]
                else:
                    del other.written[key]
        for key in self._lent_recipients.pop() if self._lent_recipients else ():
            other.recipients.pop(key, None)
        for own, their, old in zip(_upload_sets(self.m), _upload_sets(other), uploads, strict=True):
            own |= their - old
            their &= old | (their - set(lent))  # the lent files' uploads are this module's, not theirs

    def carry_files(self, other: "ModuleAnalysis", before: dict[str, Val]) -> None:
        """Files (by path) that a call of another module's function wrote to: this module holds what
        was written too, so that its own upload of the path sends it (``write_extract(rows, PATH)``,
        then ``sftp.put(PATH, ...)`` here). Buffers known only by where they were opened stay there. A file the call
        wrote anew (``open(path, "w")``: none of what it held before is left) holds only what the call wrote (round 514d)."""
        for key, val in other.written.items():
            if key.startswith("<file ") or before.get(key) == val:
                continue
            held = before.get(key)
            fresh = held is not None and bool(held.placements) and not any(p in val.placements for p in held.placements) \
                and not (held.bulk & val.bulk)
            self._take_written(other, key, val, fresh)

    def _take_written(self, other: "ModuleAnalysis", key: str, val: Val, fresh: bool = False) -> None:
        """What another module wrote into the file or buffer ``key`` is in this module's copy of it too (all it holds,
        when the other module wrote it anew)."""
        written = translate(val, other.module_id, self.module_id)
        if fresh and key in self.m.written:
            # (what it held comes back when the running function's run ends, as for open(PATH, "w") here: Files.start)
            self.m.stashed.setdefault(key, []).append(self.m.written.pop(key))
        current = self.m.written.get(key, OPAQUE)
        merged = container(current.placements + tuple(p for p in written.placements if p not in current.placements), bulk=current.bulk | written.bulk)
        if merged != current:
            self.m.written[key] = merged
            self.m.state_changed = True

    def imported_app_state(self, key: str) -> Val | None:
        """What a module of the project this module imports sets on the application's state under ``key``
        (``app.state.dhs_client = httpx.AsyncClient(...)`` in its lifespan), read here as
        ``request.app.state.dhs_client``; None when no imported module sets it. Read once per key."""
        memo: dict[str, Val | None] = self.__dict__.setdefault("_imported_state", {})
        if key in memo:
            return memo[key]
        memo[key] = None
        if self.project is None:
            return None
        seen: set[int] = set()
        for qual in dict.fromkeys(self.index.imports.values()):
            target = resolve_relative(qual, self.index.package) if qual.startswith(".") and self.index.package else qual
            found = self.project.module_of(target) if target is not None and not target.startswith(".") else None
            other = self.project.load(found[0]) if found is not None else None
            if other is None or other is self.m or id(other) in seen:
                continue
            seen.add(id(other))
            other.statements.fill_app_state(key, imported=True)
            held = other.module_state.get(key)
            if held is not None:
                memo[key] = translate(held, other.module_id, self.module_id)
                break
        return memo[key]

    def carry_returned(self, other: "ModuleAnalysis", result: Val) -> None:
        """A buffer or e-mail message opened in another module's function and handed back by it (``msg =
        build_notice(m)``): what was written into it and the recipients set on it come with it, so that
        this module's send of it sends them. (Its key names where it was opened and the calls that led
        there from this module: no other message shares it.)"""
        for held in (result, *(result.elements or ())):
            key = file_key(held) if held.client is not None else None
            if key is None or not key.startswith("<file "):
                continue
            written = other.written.get(key)
            if written is not None:
                self._take_written(other, key, written)
            for val in other.recipients.get(key, ()):
                moved = translate(val, other.module_id, self.module_id)
                known = self.m.recipients.setdefault(key, [])
                if moved not in known:
                    known.append(moved)

    def find_method(self, cls: ClassInfo, name: str, depth: int = 0, seen: "set[int] | None" = None) -> "tuple[ModuleAnalysis, ClassInfo, cst.FunctionDef] | None":
        """The method ``name`` of ``cls`` or of its bases (this module first, then the project); each class is
        looked into once (bases that form a cycle end there)."""
        if name in cls.methods:
            return self.m, cls, cls.methods[name]
        if cls.aliases.get(name) in cls.methods:
            return self.m, cls, cls.methods[cls.aliases[name]]  # find = get_by_cin in the class's body
        seen = set() if seen is None else seen
        if depth > MAX_BASE_DEPTH or id(cls) in seen:
            return None
        seen.add(id(cls))
        for base in cls.bases:
            if base in self.index.classes and self.index.classes[base] is not cls:
                found = self.find_method(self.index.classes[base], name, depth + 1, seen)
            else:
                other = self.foreign_class(base)
                found = other[0].links.find_method(other[1], name, depth + 1, seen) if other is not None and other[1] is not cls else None
            if found is not None:
                return found
        if name == "start" and depth == 0 and any((self.index.qualify(b) or b) in _THREAD_CLASSES for b in cls.bases):
            return self.find_method(cls, "run", depth + 1)  # a Thread or Process subclass: start() runs run()
        return None


#: library classes whose ``start()`` runs the subclass's ``run()``
_THREAD_CLASSES = frozenset({"threading.Thread", "multiprocessing.Process", "multiprocessing.context.Process"})


def _upload_sets(m: "ModuleAnalysis") -> tuple[set[str], set[str], set[str]]:
    """The files a module's analysis saw uploaded: read back to be sent, to safe destinations, to enforcement."""
    return m.uploaded_files, m.safe_uploads, m.enforcement_uploads


#: the imported constants being changed now (owner module, name): a change that reads the constant it changes
#: (``settings.URL = os.environ.get("URL", settings.URL)``) reads it as it was before
_CHANGING: set[tuple[int, str]] = set()


def changed_by_importers(owner: "ModuleAnalysis", name: str, val: Val, importer: "ModuleAnalysis | None", own: bool = True) -> Val | None:
    """The constant ``name`` of ``owner`` as ``importer`` (and the modules it runs for) changed it at module level
    after importing it (``from .policy import ALLOWED`` then ``ALLOWED.append("ssn")``, ``ALLOWED.remove("phone")``;
    ``settings.STATE_URL = ICE_URL``): the literal with what is added or removed, the value bound instead. A change
    that may add what the analysis cannot read (``ALLOWED.append(os.environ["X"])``, ``ALLOWED.extend(load())``)
    makes it unknown (None); one that can only take away what is not known (``ALLOWED.remove(name)``) leaves it as
    written. ``own``: the importer reads the name itself (``PERMITTED += ("ssn",)`` of an imported tuple rebinds the
    importer's own name only: the owner's functions still read the tuple it wrote)."""
    key = (id(owner), name)
    if key in _CHANGING:
        return val
    _CHANGING.add(key)
    try:
        current, seen = importer, set()
        while current is not None and id(current) not in seen:
            seen.add(id(current))
            for written, stmts in current.index.import_changes.items() if current is not owner else ():
                found = current.links.foreign(written)
                if found is None or found[0] is not owner or found[1] != name:
                    continue
                for stmt in stmts:
                    if not own and current is importer and isinstance(stmt, cst.AugAssign) and isinstance(stmt.target, cst.Name) \
                            and isinstance(owner.index.constants.get(name), (cst.Tuple, cst.SimpleString, cst.ConcatenatedString)):
                        continue
                    changed = _changed(current, stmt, val, owner)
                    if changed is None:
                        return None
                    val = changed
            current = current.host[0] if current.host is not None else None
        return val
    finally:
        _CHANGING.discard(key)


def _changed(module: "ModuleAnalysis", stmt: cst.BaseSmallStatement, val: Val, owner: "ModuleAnalysis") -> Val | None:
    """``val`` after one change ``module`` makes to it (see ``changed_by_importers``)."""
    from .part import Frame

    def given(node: cst.BaseExpression) -> Val:
        return translate(module.expr.eval(node, Frame(env={})), module.module_id, owner.module_id)

    def listed(items: "tuple[str, ...]") -> Val:
        return replace(val, items=tuple(dict.fromkeys(items)), elements=None)

    if isinstance(stmt, cst.Assign):
        target = stmt.targets[0].target
        if isinstance(target, cst.Subscript):
            # POLICY["ice"] = [...]: one entry of a dict the analysis knows by key
            entry = given(target.slice[0].slice.value) if len(target.slice) == 1 and isinstance(target.slice[0].slice, cst.Index) else None
            key = entry.text if entry is not None and entry.const else None
            if key is None or val.attrs is None:
                return val
            return with_attrs(replace(val, items=tuple(dict.fromkeys((*(val.items or ()), key)))), {key: given(stmt.value)})
        return given(stmt.value).with_labels(val.labels)
    if isinstance(stmt, cst.AugAssign) and isinstance(stmt.operator, (cst.AddAssign, cst.BitOrAssign)):
        added = given(stmt.value)
        if val.items is not None and added.items is not None and val.attrs is None:
            return listed((*val.items, *added.items))
        if val.text is not None:
            # settings.URL += "/v2"; += os.environ["PATH_PART"]: the known start, then a part not known (the host stays)
            return replace(val, text=val.text + (added.text if added.text is not None else HOLE))
        return None
    call = stmt.value if isinstance(stmt, cst.Expr) else None
    if isinstance(call, cst.Call) and isinstance(call.func, cst.Name) and call.func.value == "setattr" and len(call.args) == 3:
        return given(call.args[2].value).with_labels(val.labels)  # setattr(settings, "STATE_URL", ICE_URL)
    if not (isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute)):
        return val
    if val.attrs is not None and call.func.attr.value == "update" and len(call.args) == 1 and isinstance(call.args[0].value, cst.Dict):
        # ENDPOINTS.update({"eligibility": os.environ["URL"]}): those entries replaced, the others as written
        entries: dict[str, Val] = {}
        for element in call.args[0].value.elements:
            named = given(element.key) if isinstance(element, cst.DictElement) else None
            if named is None or not named.const or named.text is None:
                return None
            entries[named.text] = given(element.value)  # type: ignore[union-attr]
        return with_attrs(replace(val, items=tuple(dict.fromkeys((*(val.items or ()), *entries)))), entries)
    if val.items is None or val.attrs is not None:
        # CONFIG.setdefault(...) of a dict, ENDPOINTS.update(other), a change of a value not known: not followed
        return val if call.func.attr.value in _NARROWING else None
    method, args = call.func.attr.value, [given(a.value) for a in call.args]
    texts = [a.text if a.const and a.text is not None else None for a in args]
    if method in ("append", "add") and len(texts) == 1 and texts[0] is not None:
        return listed((*val.items, texts[0]))
    if method == "insert" and len(texts) == 2 and texts[1] is not None:
        return listed((*val.items, texts[1]))
    if method in ("extend", "update") and len(args) == 1 and args[0].items is not None:
        return listed((*val.items, *args[0].items))
    if method in ("remove", "discard") and len(texts) == 1 and texts[0] is not None:
        return listed(tuple(i for i in val.items if i != texts[0]))  # ALLOWED.remove("phone"): one name fewer
    if method == "clear":
        return listed(())
    if method in ("difference_update", "intersection_update") and len(args) == 1 and args[0].items is not None:
        keep = method == "intersection_update"
        return listed(tuple(i for i in val.items if (i in args[0].items) == keep))
    if method not in _NARROWING and any("://" in i or "@" in i for i in val.items):
        # TARGETS.append(os.environ["EXTRA"]) of a list of URLs or addresses: the known ones are still there, beside
        # one not known (no list it reaches is visibly the state's only)
        return listed((*val.items, HOLE))
    return val if method in _NARROWING else None  # ALLOWED.append(os.environ["X"]): may add any name


#: changes that can only take entries away (a name not known taken away leaves at most what was there)
_NARROWING = frozenset({"remove", "discard", "pop", "clear", "difference_update", "intersection_update", "popitem"})
