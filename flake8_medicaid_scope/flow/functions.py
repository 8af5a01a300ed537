"""Functions: calls of the module's functions and methods, memoized by argument values; what they return, do to their arguments and set on ``self``."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Callable, Container, Iterable, Iterator, Sequence

import libcst as cst

from ..destinations import Destination, host_of
from ..library import EVERY_ARGUMENT
from ..words import ROUTING_WORDS, name_words
from .index import (
    MAX_BASE_DEPTH, MODELS, bindings_of, bound_in, ClassInfo, Flat, NOT_PRAGMA, annotated_metadata, route_decorators,
    SelfWrites, changes_parameters, computed_reads, decorated, key_text, decorator_name, dotted, field_sources, method_field_reads, rebound_names, self_writes,
    names_in, names_of, option_name, param_names, string_value, unwrap_annotated, walk, field_elements, meta_assignment, placeholder,
)
from .calls import _EVERY_FIELD_METHODS, LIBRARY, MUTATORS, PUT_ONE, _keyword_dict, table_key_text
from .population import DESTINATION_BY_STATUS_MARK, STATUS_MARK
from .sanitizers import block_statements
from .files import function_held, join_recipients, recipients_state, set_recipients
from .evaluate import (
    keeps_destination, normalized_text, prefix_test, subscript_key, CALLERS_MARK, PRUNED_MARK, STAR_ARGS_MARK, YIELDED_MARK, ENUM_MEMBER,
    QUIET_MARK, UNSET_MARK,
)
from .part import Args, Frame, Part, argument_node
from .xmldoc import add_into, made_by_call, parent_of
from .values import (
    Spelling,
    KEY_OF_RUN_MARK,
    OUTSIDE_KEY_TEXT,
    XML_ELEMENT_MARK,
    combine, is_whole, under_path, replace, CONSTRUCTED_MARK, SAFE_CALLS_MARK, FALSE, FALSE_MARK, OPAQUE, TRUE, TRUE_MARK, Bulk, ClientObj, FunctionRef, Placement, Val,
    const_val, container, is_none, join, place_at,
    translate,
    truth_of,
    with_attrs,
)

if TYPE_CHECKING:
    from .engine import ModuleAnalysis

MAX_DEPTH = 24  # nested inlined calls (deeper: MCD901)

MAX_CALLS = 2000  # inlined calls per module (more: MCD901); every function is still analyzed on its own

MAX_ATTR_METHODS = 40  # methods of one class run to learn what they set on self
#: methods that take something out of their receiver (``self.data.pop("ssn")``)
REMOVERS = frozenset({"pop", "popitem", "remove", "discard", "clear"})
#: how many times one nested function may run inside itself with different closures (the same decorator
#: stacked): past it, the run is read as recursion
#: names that choose among a program's configurations even where the vocabulary reads them as a person's
#: field (COLUMNS[state], BUCKETS[county], TEMPLATES[language]): a selector, not data
#: parameters that hold the options a command line was parsed into (``def main(args)``)
_OPTIONS_NAMES = frozenset({"args", "opts", "options", "argv", "cli_args", "parsed_args", "namespace", "cfg", "config", "conf", "params"})
#: calls whose arguments are shown to the operator, not sent: a key named there is no data
_SHOWING_ROOTS = frozenset({"print", "log", "logger", "logging", "_log", "_logger", "LOG", "LOGGER", "click", "typer", "console", "warnings"})


def _handler_signature(fn: cst.FunctionDef) -> bool:
    """``fn``'s parameters are one of the library data's handler signatures (``event,*``: AWS Lambda's ``(event, context)``,
    ``(event, ctx)``, ``(event, _)``), a star matching any one name."""
    given = [p.name.value for p in fn.params.params]
    return any(len(shape) == len(given) and all(s in ("*", g) for s, g in zip(shape, given, strict=True))
               for shape in LIBRARY.models.handler_signatures)


def _used_beyond_tables(fn: cst.FunctionDef, key: str, own: "Container[str]" = (), local: bool = False, as_data: bool = False) -> bool:
    """``key`` (a name, ``args.target`` or ``sys.argv[1]``) is used in ``fn`` other than to pick a table's entry
    (``T[key]``), in a comparison (``if key == "ice"``), shown to the operator or handed as it is to a function of
    the module (``own``, which picks its own entries by it): put into data, or bound elsewhere (a ``local`` key where
    its one binding binds it: ``partner = event["partner"]``). With ``as_data``, a key named for where data goes may
    also be put into the data as it is (``Key=f"{partner}/x.json"``, ``{"partner": partner}``: the partner's own name)."""
    found = False

    def visit(node: cst.CSTNode) -> None:
        nonlocal found
        if as_data and ((isinstance(node, cst.FormattedStringExpression) and key_text(node.expression) == key)
                        or (isinstance(node, (cst.DictElement, cst.Arg)) and key_text(node.value) == key
                            and (not isinstance(node, cst.Arg) or node.keyword is not None))):
            return
        if found or isinstance(node, (cst.Comparison, cst.Raise)) or (local and isinstance(node, cst.AssignTarget) and key_text(node.target) == key):
            return  # if kind not in HANDLERS: raise ValueError(f"unknown {kind}")
        if isinstance(node, cst.Assign) and len(node.targets) == 1 and isinstance(node.targets[0].target, cst.Name) \
                and node.targets[0].target.value != key and key_text(_unnormalized(node.value)) == key and _unnormalized(node.value) is not node.value \
                and not _used_beyond_tables(fn, node.targets[0].target.value, own, True):
            return  # key = partner.lower(), then URLS[key]: the key normalised, only to pick entries
        if isinstance(node, cst.Call) and (dotted(node.func) or "").split(".", 1)[0] in _SHOWING_ROOTS:
            return  # log.info("delivering to %s", args.target), print("target:", sys.argv[1])
        if isinstance(node, cst.Call) and isinstance(node.func, (cst.Name, cst.Attribute)) and dotted(node.func) in own:
            for arg in node.args:
                if key_text(arg.value) != key:
                    visit(arg)  # _shape(rec, partner): the helper picks by it too
            return
        if isinstance(node, cst.Subscript) and len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index) \
                and key_text(_unnormalized(node.slice[0].slice.value)) == key:
            visit(node.value)  # T[key]: a table's entry picked by it (T[key.lower()] too)
            return
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value == "get" and node.args \
                and key_text(_unnormalized(node.args[0].value)) == key:
            for part in (node.func.value, *(a.value for a in node.args[1:])):
                visit(part)  # T.get(key, default): an entry picked by it, or the default
            return
        if isinstance(node, (cst.Name, cst.Attribute, cst.Subscript)) and key_text(node) == key:
            found = True
            return
        for child in node.children:
            visit(child)

    visit(fn.body)
    return found


_SELECTOR_WORDS = frozenset({"state", "county", "plan", "program", "region", "language", "lang", "site", "agency",
                             "partner", "env", "environment", "tenant", "market", "product", "lob"})
MAX_CLOSURE_NESTING = 4
MAX_RECURSION_ROUNDS = 3  # re-runs of a recursive function until its result stops growing (then MCD901)

#: > 0 while some class's attributes are being learned (instance_attrs): calls made then see
#: provisional attributes, so their results are not memoized
_LEARNING = [0]
#: not 0 while a function of another module runs on its own to learn what that module's own analysis
#: reports (1: ``ModuleAnalysis.own_sends``; another value per function: ``foreign_sent_by``): its calls
#: are memoized apart, since a result memoized while it ran for a host (or for the other question)
#: carries no report of its own (those went elsewhere)
ALONE = [0]
#: calls followed while one class's attributes are learned (its methods, with nothing known of their
#: arguments, can reach deep into a framework); past it a call returns nothing known, and MCD901 says
#: so when it was handed data
MAX_LEARNING_CALLS = 150
_LEARNING_CALLS = [0]
#: the most calls one learning needed (kept for the benchmarks and tests)
LEARNING_PEAK = [0]
#: call sites per function that hand it a bare field and get their own analysis (then memoized for all)
MAX_HANDED_SITES = 16


class Functions(Part):
    """Run a function of the module with argument values; models and the attributes of objects."""

    def __init__(self, m: "ModuleAnalysis") -> None:
        super().__init__(m)
        self._memo: dict[tuple[object, ...], Val] = {}
        #: memo keys whose run handed findings on to the module running this one's host (see call_function)
        self._chain_keyed: set[tuple[object, ...]] = set()
        self._effects_memo: dict[tuple[object, ...], dict[int, Val]] = {}
        #: the files a remembered call wrote: by key, whether it started the file anew and what the file held after it
        self._files_memo: "dict[tuple[object, ...], dict[str, tuple[bool, Val]]]" = {}
        self._self_memo: dict[tuple[object, ...], dict[str, Val]] = {}
        self._closure_memo: dict[tuple[object, ...], dict[str, Val]] = {}
        self._declaring: set[str] = set()  # models whose inherited fields are being collected (a cycle stops)
        self._fields_running: set[str] = set()  # models whose declared fields are being read
        self._handed_sites: dict[int, set[tuple[object, ...]]] = {}
        self._dependency_calls: dict[int, cst.Call] = {}  # Depends(get_client): get_client(), made once
        self._depending: set[int] = set()
        self._calls = 0
        #: the state a lambda or nested def being called was made in: what its defaults are evaluated in
        self.defaults_scope: dict[str, Val] | None = None
        self._init_attrs: dict[str, dict[str, Val]] = {}
        #: the attributes a method other than ``__init__`` of a class sets to something other than None (``open()``
        #: making the session): a subclass's None placeholder does not hide them
        self._set_later: dict[str, set[str]] = {}
        #: results of calls made while attributes are learned (result, effects on arguments, on self,
        #: on the closure); cleared when the outermost learning ends
        self._learning_memo: dict[tuple[object, ...], tuple[Val, dict[int, Val], dict[str, Val], dict[str, Val]]] = {}
        self._partial_attrs: dict[tuple[str, tuple[int, ...]], dict[str, Val]] = {}
        self._attrs_running: set[str] = set()
        #: while a class's attributes are learned, what the methods run so far set (``__init__`` first):
        #: a later method that reads and extends one (``self.url += ...``) starts from it
        self._attrs_so_far: dict[str, dict[str, Val]] = {}
        #: recursive functions (by node, and by the closure a nested function runs with): what the outer
        #: call returned so far
        self._provisional: dict[object, Val] = {}
        self._recursive: set[object] = set()  # functions that called themselves (directly or not) in this call
        self._entered: dict[int, list[object]] = {}  # per function, the argument shapes of its runs in progress
        #: the nested functions running with a closure: a decorator's wrapper stacked twice (``@audit``
        #: above ``@audit``) runs its own node again with another closure, which is no recursion
        self._closure_runs: list[tuple[cst.FunctionDef, object]] = []
        self._call_sites: dict[str, list[cst.Call]] | None = None
        self._name_reads: dict[str, int] | None = None
        self._attr_reads: dict[str, int] | None = None
        self._caller_of: dict[int, cst.FunctionDef] | None = None
        self._whole_memo: dict[int, bool] = {}
        self._flat: Flat | None = None
        self._writes: dict[int, SelfWrites] = {}
        self._may_set: dict[int, bool] = {}
        self._mutators: frozenset[str] | None = None
        self._flag_memo: dict[int, tuple[str, ...]] = {}
        self._rebound_memo: dict[int, frozenset[str]] = {}
        self._table_keys_memo: dict[int, frozenset[str]] = {}
        self._assigned_values: dict[int, dict[str, list[cst.BaseExpression]]] = {}
        self._alone_run: object = None  # the function run on its own, its parameters unknown (run_for_callers)

    def forget(self) -> None:
        """Drop memoized results (module state changed: they may be stale)."""
        self._memo.clear()
        self._init_attrs.clear()
        self._partial_attrs.clear()
        self._learning_memo.clear()

    def call_function(
        self, fn: cst.FunctionDef, cls: ClassInfo | None, args: Args | None, self_val: Val | None, closure: dict[str, Val] | None = None
    ) -> Val:
        """The value a call of ``fn`` returns, with what it sends reported (memoized by argument values); a file
        it writes at a path its caller gave and the analysis cannot fold is also the caller's (``Files.carry_back``)."""
        paths = self.files.parameter_files(fn, cls, args) if args and self._stack else None
        result = self._call_function_memo(fn, cls, args, self_val, closure)
        if paths:
            self.files.carry_back(paths)
        return result

    def _call_function_memo(
        self, fn: cst.FunctionDef, cls: ClassInfo | None, args: Args | None, self_val: Val | None, closure: dict[str, Val] | None = None
    ) -> Val:
        """``call_function``'s run, or its memo."""
        args = self.m.hand(args)
        if self.m.call_sites:
            self.m.project_calls.setdefault(id(self.m.call_sites[-1][1]), set()).update(names_of(fn, cls))
        if args and any(v.handed is not None for _, v in args):
            # each call site that hands a bare field is its own analysis (the field is placed there), up
            # to MAX_HANDED_SITES per function; past that the callee runs once for all of them (memoized)
            # and such a field is placed where the callee uses it
            sites = self._handed_sites.setdefault(id(fn), set())
            site = tuple(v.handed for _, v in args)
            if site not in sites and len(sites) >= MAX_HANDED_SITES:
                args = [(a, replace(v, handed=None) if v.handed is not None else v) for a, v in args]
            else:
                sites.add(site)
        inlined = args is not None or bool(self._stack)
        closed = tuple(closure.items()) if closure else None
        run_id: object = id(fn) if closed is None else (id(fn), closed)
        shape = tuple((a.keyword.value if a.keyword is not None else a.star, v) for a, v in args) if args is not None else None
        entered = self._entered.setdefault(id(fn), [])
        if fn in self._stack and closed is None and shape is not None and len(entered) == 1 and self._stack.count(fn) == 1 and shape not in entered \
                and args and all(v.placements and not is_whole(v) for _, v in args if not v.const):
            # return sanitize(obj.to_dict()) in sanitize(obj): a recursive call with other values, known ones
            # (a dict of placed fields), runs once more with them (what it returns of them counts); its own
            # recursion reads as the outer one's (an unknown value, sanitize(v) of each entry, is not run)
            run_id = (id(fn), "again")
        elif fn in self._stack and (closed is None or (fn, closed) in self._closure_runs or self._stack.count(fn) >= MAX_CLOSURE_NESTING):
            # recursion: the inner call returns what the outer one has returned so far; the outer one
            # runs again until that stops growing (a fixpoint, at most MAX_RECURSION_ROUNDS rounds)
            self._recursive.add(run_id)
            return self._provisional.get(run_id, OPAQUE)
        if self.m.out_of_time():
            self.m.cut = True  # the per-file time budget is spent: MCD901 says what was found may be partial
            return OPAQUE
        if len(self._stack) >= MAX_DEPTH or (inlined and self._calls >= MAX_CALLS) or (_LEARNING[0] and _LEARNING_CALLS[0] >= MAX_LEARNING_CALLS):
            # the callee is still analyzed on its own; only data handed to it is lost here, so
            # MCD901 says so when the call hands on something known
            if args is not None and any(v.placements or v.names or v.bulk for _, v in args):
                self.m.cut = True
                if self.m.host is not None:
                    # a module run for another (a chain of relays across modules): its callee's sends are analyzed in
                    # no module the linted file sees, so whether the data reached enforcement is not known
                    self.m.cut_unseen = True
            elif id(fn) not in self._entry_defs():
                # a nested def or closure past the bound is analyzed nowhere else: what it sends is unseen
                self.m.cut = self.m.cut_unseen = True
            return OPAQUE
        cleared_def = self.calls.def_has_pragma(fn, NOT_PRAGMA) or (cls is not None and self.calls.def_has_pragma(cls.node, NOT_PRAGMA))
        # many people's records handed in: the call hands them on (MCD201 at that call, SPEC section 10),
        # so each call site is its own run (publish(chunk) in the loop and after it)
        handing = id(self.m.call_sites[-1][1]) if args and self.m.call_sites and any(v.bulk for _, v in args) else None
        # (what the module's files hold that a running function wrote anew, open(PATH, "w"): _put(HOST, PATH)
        # uploads what the calling function wrote to PATH, which another function may have written otherwise)
        files = frozenset((k, v) for k, v in self.m.written.items() if k in self.m.stashed) if self.m.stashed and inlined else None
        # _frame("SELECT * FROM elig") by two callers: which literal places the columns depends on the caller
        twice = self._stack and args and any(v.const and v.text and len(v.text) > 6 and self.expr.written_twice(v.text) for _, v in args)
        caller = id(self._stack[-1]) if twice else None
        memo_key: tuple[object, ...] = (id(fn), self_val, shape, caller, self.m.hosts_only > 0, id(self.m.host[1]) if self.m.host else None, closed, handing,
                                        ALONE[0], files, tuple(self.m.yield_values.items()) if self.m.yield_values else None,
                                        # (a lambda analyzed where it is made reports no records: its run, ex.submit(lambda: ...)
                                        # or (lambda: ...)(), is where records go, so it is not that run's memo when it
                                        # closes over or is handed records)
                                        self.m.made_ready > 0 and (any(v.bulk for v in (closure or {}).values()) or any(v.bulk for _, v in args or ())
                                                                   or (isinstance(fn, cst.Lambda) and any(p.default is not None for p in fn.params.params))))
        if memo_key in self._chain_keyed:
            # a run that handed findings on to the module running this one: memoized per chain of calls
            # running it (the same call under another caller hands them to that one)
            memo_key = (*memo_key, self.m.host_calls())
        short_key, forwarded = memo_key, self.m.forwarded
        learned = self._learning_memo.get(memo_key) if _LEARNING[0] else None
        if learned is not None:
            # while attributes are learned (nothing is reported then, and what the calls see of the
            # attributes is provisional anyway): the same call gives the same result
            result, self.m.last_effects, self.m.last_self, self.m.last_closure = learned
            self.m.bulk_read = frozenset()
            return self.population.rescope(result, self._stack)
        if memo_key in self._memo:
            self._replay_files(memo_key)
            self.m.last_effects = self._effects_memo.get(memo_key, {})
            self.m.last_self = self._self_memo.get(memo_key, {})
            self.m.last_closure = self._closure_memo.get(memo_key, {})
            self.m.bulk_read = frozenset()  # what it returns is what it hands back, not whatever it was given
            return self._returned(self.population.rescope(self._memo[memo_key], self._stack), fn)
        # send_federal(build_summary(m)), push.delay(build(m)), ex.submit(_post, URL, build(m)) with the builder of
        # another module: what the function sends of it is reported at the call that hands it over (SPEC
        # section 3: the call that hands it to a function whose parameter reaches the sink), not at its send
        handed = frozenset((p.module, p.line, p.col) for _, v in args or () for p in v.placements if p.module is not None) \
            if self.m.host is None and self.m.call_sites else frozenset()
        if handed:
            self.m.foreign_calls.append((self.m.call_sites[-1][1], handed))
        entered.append(shape)
        again = isinstance(run_id, tuple) and run_id[1:] == ("again",)
        self.m.again += again
        files_before = dict(self.m.written) if inlined else None
        stashed_before = {k: len(v) for k, v in self.m.stashed.items()} if inlined else {}
        try:
            returned = self._returned(self._call_function(fn, cls, args, self_val, closure, memo_key, run_id, closed, cleared_def, inlined, short_key,
                                                          forwarded), fn)
            if files_before is not None and memo_key in self._memo:
                # (what the call wrote into files named by constants, write_extract(src, OUT, "cbp"): a later call the memo
                # answers writes the same; round 493a)
                changed = {k: (len(self.m.stashed.get(k, ())) > stashed_before.get(k, 0), v) for k, v in self.m.written.items()
                           if files_before.get(k) is not v and not function_held(k)}
                if changed:
                    self._files_memo[memo_key] = changed
            return returned
        finally:
            entered.pop()
            self.m.again -= again
            if handed:
                self.m.foreign_calls.pop()

    def _replay_files(self, memo_key: "tuple[object, ...]") -> None:
        """A call the memo answers writes into the module's files what the run it remembers wrote: a file it started anew
        holds that content again (what it held before comes back when the running function's run ends), another has it
        added."""
        for key, (fresh, content) in self._files_memo.get(memo_key, {}).items():
            if fresh:
                if key in self.m.written:
                    self.m.stashed.setdefault(key, []).append(self.m.written.pop(key))
                self.m.written[key] = content
            elif self.m.written.get(key) is not content:
                self.m.written[key] = join(self.m.written[key], content) if key in self.m.written else content

    def _returned(self, val: Val, fn: cst.FunctionDef) -> Val:
        """What a call of ``fn`` gives its caller: an XML element it made is that call's own (xmldoc.made_by_call)."""
        if not self.m.call_sites or (XML_ELEMENT_MARK not in val.labels and not (val.elements and any(XML_ELEMENT_MARK in e.labels for e in val.elements))):
            return val
        return made_by_call(val, self.m.module_id, self.m.span(fn), self.positions(self.m.call_sites[-1][1]))

    def _call_function(self, fn: cst.FunctionDef, cls: ClassInfo | None, args: Args | None, self_val: Val | None, closure: dict[str, Val] | None,
                       memo_key: tuple[object, ...], run_id: object, closed: object, cleared_def: bool, inlined: bool,
                       short_key: tuple[object, ...], forwarded: int) -> Val:
        """``call_function`` once the memo said the call must run."""
        self._calls += inlined
        if _LEARNING[0]:
            _LEARNING_CALLS[0] += 1
            LEARNING_PEAK[0] = max(LEARNING_PEAK[0], _LEARNING_CALLS[0])
        outer = run_id not in self._provisional
        rounds = 0
        while True:
            self.m.hosts_only += cleared_def
            if closed is not None:
                self._closure_runs.append((fn, closed))
            try:
                frame = self._run_called(fn, cls, args, self_val, closure) if args is not None else self._run_own(fn, cls, self_val, closure)
            finally:
                self.m.hosts_only -= cleared_def
                if closed is not None:
                    self._closure_runs.pop()
            result = _yielded_items(frame.returns) or (join(*frame.returns) if frame.returns else const_val())
            if STATUS_MARK in result.labels and any(STATUS_MARK not in r.labels and r.bulk for r in frame.returns):
                # return rows of a lookup, else rows of a county search: one way hands back records no one chose
                # (an emptiness test of the result, if not matches:, is no status test)
                result = replace(result, labels=result.labels - {STATUS_MARK})
            if placeholder(fn):
                # def load_member(cin): raise NotImplementedError (an abstract method, a stub a subclass or another
                # module fills in): what it gives is not known here, not None (a field read of it is that field);
                # about the records it is given (fetch_status(m.cin): a test of it chooses m)
                result = Val(bulk=frozenset().union(*(v.bulk for _, v in args))) if args else OPAQUE
            # get_ice_url() supplies its name to a URL; a method its class's too (which builder's output it is)
            result = result.with_labels({fn.name.value, f"{cls.name}.{fn.name.value}"} if cls is not None else {fn.name.value})
            if cls is not None and (runtime := self._runtime_class(cls, self_val, fn.name.value)) is not None:
                result = result.with_labels({f"{runtime}.{fn.name.value}"})  # the subclass's build() it inherits
            if result.handed is not None:
                result = replace(result, handed=None)  # s = clean(m.ssn): placed where s is put, not at the call
            if not outer or run_id not in self._recursive or self._provisional.get(run_id) == result:
                break
            if rounds >= MAX_RECURSION_ROUNDS:
                self.m.cut = True  # still growing: MCD901 says more may be missing
                break
            self._provisional[run_id] = result
            rounds += 1
        if outer:
            self._provisional.pop(run_id, None)
            self._recursive.discard(run_id)
        effects = self._argument_effects(fn, cls, args, frame) if args else {}
        closure_effects = self._closure_effects(closure, frame, fn) if closure else {}
        if _LEARNING[0]:
            kept = (result, effects, dict(frame.self_attrs) if self_val is not None else {}, closure_effects)
            self._learning_memo[memo_key] = kept
        if not _LEARNING[0] and self.m.forwarded != forwarded and short_key is memo_key and self.m.host is not None:
            self._chain_keyed.add(memo_key)
            memo_key = (*memo_key, self.m.host_calls())
        if not _LEARNING[0]:  # while an object's attributes are being learned, results are provisional
            self._memo[memo_key] = result
            self._effects_memo[memo_key] = effects
            self._self_memo[memo_key] = dict(frame.self_attrs) if self_val is not None else {}
            self._closure_memo[memo_key] = closure_effects
        self.m.last_effects = effects
        self.m.last_self = dict(frame.self_attrs) if self_val is not None else {}  # what the method set on its object
        self.m.last_closure = closure_effects
        self.m.bulk_read = frozenset()  # what it returns is what it hands back (a filter in it holds), not whatever it was given
        return self.population.rescope(result, self._stack)

    def _closure_effects(self, closure: dict[str, Val], frame: Frame, fn: cst.FunctionDef) -> dict[str, Val]:
        """What a nested function did to the enclosing function's variables: containers it changed
        (``body["income"] = m.income``, ``items.append(v)``) and names it rebound as ``nonlocal``."""
        exits = [*frame.exits, *([frame.env] if not frame.dead else [])]
        params = param_names(fn)
        params |= {p.name.value for p in (fn.params.star_arg, fn.params.star_kwarg) if isinstance(p, cst.Param)}
        out: dict[str, Val] = {}
        for name, before in closure.items():
            if name in params or name in frame.rebound and name not in frame.nonlocals:
                continue  # a local of the nested function that shadows the outer name
            finals = [env[name] for env in exits if name in env]
            if not finals:
                continue
            final = join(*finals)
            if final.placements != before.placements or final.bulk != before.bulk:
                out[name] = final
            elif name in frame.nonlocals and final != before:
                out[name] = final  # nonlocal ref; ref = member.ssn: the enclosing function's ref is that field now
        return out

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
            elif PRUNED_MARK in final.labels and PRUNED_MARK not in passed.labels:
                effects[index] = passed.with_labels({PRUNED_MARK})  # _keep_targets(members): it removed records by status
            finals = [dict(env[name].attrs or ()) for env in exits if name in env]
            if passed.model is not None and finals and any(tuple(sorted(f.items())) != (passed.attrs or ()) for f in finals):
                # fill(box, m): box.payload = {...} sets (or replaces) an attribute of the caller's object;
                # the object leaves by each way out with the attributes it had there
                keys = {k for f in finals for k in f}
                merged = {k: join(*(f[k] for f in finals if k in f)) for k in keys}
                effects[index] = replace(effects.get(index, passed), attrs=tuple(sorted(merged.items())))
        return effects

    def apply_effects(self, node: cst.Call, effects: dict[int, Val], frame: Frame) -> None:
        """Give the caller's variables what the callee put into them."""
        for index, val in effects.items():
            if index >= len(node.args):
                continue
            target = node.args[index].value
            if isinstance(target, cst.Name) and target.value in frame.env:
                current = frame.env[target.value]
                frame.env[target.value] = replace(val, model=current.model, client=current.client, labels=current.labels | val.labels,
                                                  attrs=val.attrs if val.attrs is not None else current.attrs)
                added = tuple(p for p in val.placements if p not in current.placements)
                if val.placements != current.placements:
                    # rows.append(rec); fill(rec, m) (or scrub(rec)): the list holds what rec gained, and loses what it lost
                    frame.through_lists(target.value, current)
                for container_name, above in frame.containers_of(target.value) if added else ():
                    # fill(sub, m) with sub = payload["subject"]: what it put into sub is in payload too
                    self._put_under(frame, container_name, above, added)
            elif isinstance(target, cst.Subscript):
                # fill(payload["subject"], m): what it put there is in payload, under "subject"
                keys: list[str] = []
                owner: cst.BaseExpression = target
                while isinstance(owner, cst.Subscript):
                    key = subscript_key(self.expr, owner, frame)
                    if key is None:
                        break
                    keys.insert(0, key)
                    owner = owner.value
                if isinstance(owner, cst.Name) and owner.value in frame.env and keys:
                    before = self.expr.eval(target, frame)
                    added = tuple(p for p in val.placements if p not in before.placements)
                    self._put_under(frame, owner.value, keys, added)
            elif isinstance(target, cst.Attribute) and isinstance(target.value, cst.Name) and target.value.value == "self":
                frame.self_attrs[target.attr.value] = val
            elif isinstance(target, cst.Call) and XML_ELEMENT_MARK in val.labels and (val.placements or val.bulk) \
                    and parent_of(self.calls, target, frame) is not None:
                # add(ET.SubElement(root, "Medical"), "ConditionCode", m.dx_code): what the helper set on an element made
                # in the call's arguments is in the document that element is part of (a parsed copy, or an element made
                # loose, root.makeelement(...), is in none)
                add_into(self.calls, target, val, val.placements, val.bulk, frame)

    @staticmethod
    def _put_under(frame: Frame, name: str, keys: list[str], added: tuple[Placement, ...]) -> None:
        """Placements a callee put into a part of container ``name`` (under ``keys``): the container's
        now, under its top key (what ``pop``/``del`` of that key removes)."""
        if not added or name not in frame.env:
            return
        held = frame.env[name]
        # named by its key path as a store there names it (payload["subject"]["size"]: "subject.size")
        moved = []
        for p in added:
            path = [*keys, p.key] if p.key is not None else list(keys)
            moved.append(under_path(p, path) if len(path) > 1 else replace(p, key=path[0]) if path else p)
        frame.env[name] = replace(held, placements=held.placements + tuple(p for p in moved if p not in held.placements))

    def rebound(self, fn: cst.FunctionDef) -> frozenset[str]:
        """The names ``fn``'s text binds anywhere (``index.rebound_names``), walked once per function."""
        found = self._rebound_memo.get(id(fn))
        if found is None:
            found = self._rebound_memo[id(fn)] = rebound_names(fn)
        return found

    def _run_called(self, fn: cst.FunctionDef, cls: ClassInfo | None, args: Args, self_val: Val | None, closure: dict[str, Val] | None) -> Frame:
        """Run ``fn`` with the arguments of a call. A parameter that picks the entry of two or more tables of the
        same keys (``BUILDERS[partner]`` and ``URLS[partner]``), given a value not known here (``send_one(argv[1],
        m)``), is each key in turn, as when the function runs on its own: one partner's builder never meets
        another's URL."""
        keyed = self._shared_table_keys(fn, cls) if cls is None else self._self_keyed(fn, cls, self_val)
        if keyed is not None and keyed[0].startswith("self."):
            # CaseRouter(partner).route(m), route reading PARTNERS[self.partner] here and in self.payload(m): with the key not
            # known, each key in turn (round 462a)
            self_keyed = keyed
            frames = self._each_key(self_keyed[1], lambda text: self.run_function(fn, cls, args, self_val, closure, keyed=(self_keyed[0], text)))
            for other in frames[1:]:
                frames[0].returns.extend(other.returns)
            return frames[0]
        given = _given_value(fn, keyed[0], args) if keyed is not None else None
        # (a key that is a member's field, refer(m, m["diagnosis_code"]), is data: run with it as it is; a key the command
        # line gives, TARGETS[sys.argv[1]] in a main() the module calls, is no caller's: each key in turn)
        command_line = keyed is not None and ("." in keyed[0] or "[" in keyed[0] or keyed[0].startswith(LOCAL_KEY)) \
            and not keyed[0].startswith(("self.", "__init__:"))
        if not command_line and (keyed is None or given is None or (given.const and given.text is not None) or given.placements or any(
                self.vocabulary.classify(n) is not None and not self.vocabulary.is_routing_name(n) for n in given.names)):
            return self.run_function(fn, cls, args, self_val, closure)
        assert keyed is not None
        frames = self._each_key(keyed[1], lambda text: self.run_function(fn, cls, args, self_val, closure, keyed=(keyed[0], text)))
        first = frames[0]
        for other in frames[1:]:
            first.returns.extend(other.returns)
        return first

    def _self_keyed(self, fn: cst.FunctionDef, cls: ClassInfo, self_val: Val | None) -> "tuple[str, list[str]] | None":
        """For a method called on an object: ``self.partner`` (and its keys) when the method reads tables by it
        (``_shared_table_keys``) and the object holds a routing value not known there (a caller's parameter)."""
        if self_val is None or fn.name.value == "__init__":
            return None
        keyed = self._shared_table_keys(fn, cls)
        if keyed is None or not keyed[0].startswith("self.") or "." in keyed[0][5:]:
            return None
        held = dict(self_val.attrs or ()).get(keyed[0][5:])
        if held is None or (held.const and held.text is not None) or held.placements or held.bulk or held.client is not None \
                or held.attrs is not None or held.items is not None or held.elements is not None:
            return None
        if any(self.vocabulary.classify(n) is not None and not self.vocabulary.is_routing_name(n) for n in held.names):
            return None
        return keyed

    def _each_key(self, keys: "list[str]", run: "Callable[[str], Frame]") -> "list[Frame]":
        """``run`` once per key, each run from the e-mail recipients set before them (a message made on the run for "ice"
        and given ICE's address is not the one the run for "county" made and addressed; round 439a), their recipients
        joined after."""
        before = recipients_state(self.m)
        frames, ran = [], []
        for text in keys:
            set_recipients(self.m, before)
            frames.append(run(text))
            ran.append(recipients_state(self.m))
        join_recipients(self.m, ran)
        return frames

    def _run_own(self, fn: cst.FunctionDef, cls: ClassInfo | None, self_val: Val | None, closure: dict[str, Val] | None) -> Frame:
        """Run ``fn`` with nothing known of its arguments. A flag parameter (``to_ice=False``, ``minimal:
        bool``) that the body tests chooses together what it tests: the body runs once per value of
        its flags (at most MAX_FLAGS of them) rather than joining branches that Python never takes
        together (``if to_ice: url, body = ICE_URL, basic(m) else: url, body = STATE_URL, full(m)``)."""
        flags = self._flag_memo.get(id(fn))
        if flags is None:
            flags = self._flag_memo[id(fn)] = _flags(fn, self.flat.walk)
        keyed = self._literal_keys(fn, cls) if not flags else None
        if not flags and keyed is None:
            return self.run_function(fn, cls, None, self_val, closure)
        frames = []
        if keyed is not None:
            # deliver("ies", m) and deliver("federal", m): URLS[partner] and `if partner == "ies"` chosen together,
            # once per key the module's calls give
            frames.extend(self._each_key(keyed[1], lambda text: self.run_function(fn, cls, None, self_val, closure, keyed=(keyed[0], text))))
        for values in itertools.product((TRUE_MARK, FALSE_MARK), repeat=len(flags)) if flags else ():
            frames.append(self.run_function(fn, cls, None, self_val, closure, fixed=dict(zip(flags, values, strict=True))))
        first = frames[0]
        for other in frames[1:]:
            first.returns.extend(other.returns)
            for attr, val in other.self_attrs.items():
                first.self_attrs[attr] = join(first.self_attrs[attr], val) if attr in first.self_attrs else val
        return first

    def run_function(
        self, fn: cst.FunctionDef, cls: ClassInfo | None, args: Args | None, self_val: Val | None, closure: dict[str, Val] | None = None,
        fixed: dict[str, str] | None = None, keyed: tuple[str, str] | None = None,
    ) -> Frame:
        """Run ``fn``'s body in a fresh frame (on the call stack meanwhile); return the final frame.
        ``fixed``: parameters taken as true or false (TRUE_MARK, FALSE_MARK), as a call would fix them
        (the flags of its own run); each keeps what it holds otherwise (a flag sent is still data)."""
        running = self.m.running
        if running is not None:
            running.append(fn)  # its parameters' defaults are looked for in its header
        try:
            frame = self.enter(fn, cls, args, self_val, closure)
            if fixed:
                for flag, mark in fixed.items():
                    frame.env[flag] = frame.env[flag].with_labels({mark})
                frame.given = frame.given | frozenset(fixed)
            if keyed is not None and keyed[0].startswith("__init__:") and cls is not None:
                # self.cols = COLUMNS[partner] in the constructor: what it sets with the key of this run
                made = self.run_function(cls.methods["__init__"], cls, None, self_val, keyed=(keyed[0][9:], keyed[1]))
                frame.self_attrs.update(made.self_attrs)
            elif keyed is not None and keyed[0].startswith("self."):
                attr = keyed[0][5:]
                # BUCKETS[self.partner]: the key of this run
                frame.self_attrs[attr] = const_val(text=keyed[1]).with_labels({attr, KEY_OF_RUN_MARK})
            elif keyed is not None and keyed[0].startswith(LOCAL_KEY):
                name = keyed[0][len(LOCAL_KEY):]
                frame.keyed_local = (name, const_val(text=keyed[1]).with_labels({name, KEY_OF_RUN_MARK}))  # bound where the body binds it
            elif keyed is not None and ("." in keyed[0] or "[" in keyed[0]):
                # TARGETS[args.target]: the expression holds the key of this run
                frame.keyed_expr = (keyed[0], const_val(text=keyed[1]).with_labels({keyed[0].rsplit(".", 1)[-1]}))
            elif keyed is not None:
                frame.env[keyed[0]] = const_val(text=keyed[1]).with_labels({keyed[0]})  # the key of this run
                frame.given = frame.given | {keyed[0]}
            alone = args is None and not self._stack
            if alone:
                self._alone_run = fn  # (run_for_callers)
            self._stack.append(fn)
            self.__dict__.setdefault("ran", set()).add(id(fn))  # (which functions ran: a decorator's wrapper may not call its own)
            self.m.selves.append(self_val.model if self_val is not None else None)
            read, self.m.bulk_read = self.m.bulk_read, frozenset()  # what the callee reads is not the caller's
            # (a class the function declares under a name another class of the module has: that one while it runs, and the
            # module's own in any other function it calls)
            hidden = self._scope_classes(fn) if self.index.shadowed_classes else None
            try:
                self.statements.run_block(fn.body, frame)
                if frame.self_aliases:
                    self.statements.write_back(frame)  # p = self.payload; p["x"] = ...: the object's container
                if frame.globals:
                    self._global_effects(frame)
                self._escaped_sends(fn, cls, frame)
            finally:
                if hidden is not None:
                    self._set_classes(hidden)
                self._stack.pop()
                self.m.selves.pop()
                self.m.bulk_read = read
                if alone:
                    self._alone_run = None
        finally:
            if running is not None:
                running.pop()
        return frame

    def _scope_classes(self, fn: cst.FunctionDef) -> "dict[str, ClassInfo | None]":
        """Let the names of ``index.shadowed_classes`` be ``fn``'s own classes (``index.local_classes``) or the module's;
        returns what they were."""
        before = {name: self.index.classes.get(name) for name in self.index.shadowed_classes}
        own = self.index.local_classes.get(id(fn), {})
        self._set_classes({name: own[name] if name in own else outer for name, outer in self.index.shadowed_classes.items()})
        return before

    def _set_classes(self, classes: "dict[str, ClassInfo | None]") -> None:
        for name, held in classes.items():
            if held is None:
                self.index.classes.pop(name, None)
            else:
                self.index.classes[name] = held

    def _global_effects(self, frame: Frame) -> None:
        """What the function left in a module container it declares ``global`` and rebinds before filling it (``global
        BATCH; BATCH = []`` then ``BATCH.append({...})`` in a loop, ``_PAYLOAD = {}`` then ``_PAYLOAD["ssn"] = ...``):
        the module's value the other functions send holds it too (what a rebinding itself gives is kept there as it
        is bound)."""
        for env in (*frame.exits, *([frame.env] if not frame.dead else [])):
            for name in frame.globals:
                held = env.get(name)
                if held is None or name not in self.index.constants or not (held.placements or held.bulk):
                    continue
                old = self.module_state.get(name, OPAQUE)
                new = container(old.placements + tuple(p for p in held.placements if p not in old.placements), bulk=old.bulk | held.bulk)
                if new != old:
                    self.module_state[name] = new
                    self.m.state_changed = True

    def _escaped_sends(self, fn: cst.FunctionDef, cls: ClassInfo | None, frame: Frame) -> None:
        """``f = lambda: requests.post(...)`` bound to a name that ``fn`` never calls (returned, handed
        to a scheduler, stored): a send made ready here and run out of sight, analyzed once with what
        it sees when ``fn`` ends (fields only: where its records go, its run decides)."""
        held = [v.function for v in (*frame.env.values(), *frame.returns) if v.function is not None]
        ready = [ref for ref in held if isinstance(ref.node, cst.Lambda) and not ref.node.params.params and isinstance(ref.node.body, cst.Call)]
        partials: list[tuple[FunctionRef, cst.Call]] = []
        for name, val in frame.env.items():
            ref = val.function
            if ref is not None and ref.qual is not None and ref.bound and ref.qual in self.calls.sink_functions:
                made = self._assignments(fn).get(name, [])
                if len(made) == 1 and isinstance(made[0], cst.Call):
                    partials.append((ref, made[0]))  # job = partial(requests.post, URL, json=body): at that call
        if not ready and not partials:
            return
        called = {c.func.value for c in self.flat.calls(fn) if isinstance(c.func, cst.Name)}
        names = {id(v.function): k for k, v in frame.env.items() if v.function is not None}
        self.m.made_ready += 1
        try:
            for ref in dict.fromkeys(ready):
                if names.get(id(ref)) in called:
                    continue  # send = lambda: ...; send(): run where it is called
                self.call_ref(self.calls.late_bound(ref, frame), None, cls, ref.node, frame)  # type: ignore[arg-type]
            for ref, call in partials:
                if names.get(id(ref)) not in called:
                    self.call_ref(ref, [], cls, call, frame)
        finally:
            self.m.made_ready -= 1

    def enter(self, fn: cst.FunctionDef, cls: ClassInfo | None, args: Args | None, self_val: Val | None, closure: dict[str, Val] | None = None) -> Frame:
        """A frame for ``fn`` with its parameters bound (over the state it closes over, for a nested def)."""
        env: dict[str, Val] = dict(closure) if closure else {}
        params = fn.params
        ordered = list(params.posonly_params) + list(params.params)
        skip = 0
        if cls is not None and ordered and not _is_static(fn) and not closure:
            env[ordered[0].name.value] = self_val or Val(model=cls.name)
            skip = 1
        given = self._bind_params(params, args, env, cls, skip)
        if args is None and fn.decorators and "instance" in env and "instance" not in given:
            sender = _receiver_sender(fn)
            model = (self.model_of(sender) or self.instance_of(dotted(sender) or "")) if sender is not None else None
            if model is not None:
                # @receiver(post_save, sender=Member) def f(sender, instance, **kw): Django hands in a Member
                env["instance"] = model.with_labels({"instance"})
        if args is None and fn.name.value.startswith("test"):
            for param in params.params:
                supplied = self._fixture_client(param.name.value) or self._fixture_constant(param.name.value)
                if supplied is not None and param.name.value not in given:
                    # def test_x(api) with @pytest.fixture def api(): return httpx.Client(...); a fixture that returns
                    # a literal (or request.param of literal params=[...]): a constant, never a finding
                    env[param.name.value] = supplied
        if args is None and fn.decorators:
            # @click.option("--endpoint", default=ICE_URL) on a command run on its own: endpoint holds that default
            for name, default in self._option_defaults(fn).items():
                if name in env and name not in given:
                    env[name] = self.expr.eval(default, Frame(env={}, cls=cls)).with_labels({name})
            for name, variable in self._option_defaults(fn, LIBRARY.option_envvars).items():
                # @click.option("--url", envvar="ICE_REFERRAL_URL"): the environment variable's name supplies it too
                if name in env and name not in given:
                    env[name] = env[name].with_labels(_texts_written(variable))
            for name, values in _parametrized(fn, self.index.constants, self.index.grown).items():
                if name in env and name not in given:
                    # @pytest.mark.parametrize("ssn", ["000-11-1111", TEST_SSN]): bound only to constants (SPEC section 5);
                    # parametrize("url", [ICE_URL, STATE_URL]): either destination
                    made = [self.expr.eval(v, Frame(env={}, cls=cls)) for v in values]
                    if all(v.const for v in made):
                        env[name] = join(*made).with_labels({name})
        if args is None:
            positional = ordered[skip:]
            for param in positional + list(params.kwonly_params):
                source = self.population.param_source(fn, param.name.value)
                if source is not None:
                    env[param.name.value] = replace(env[param.name.value], bulk=frozenset({source}))
                position = positional.index(param) if param in positional else None
                if self._given_only_safe_hosts(fn, cls, param, position):
                    env[param.name.value] = replace(env[param.name.value], labels=frozenset({QUIET_MARK, SAFE_CALLS_MARK}))
                elif param.annotation is None and (instance := self._given_only_instances(fn, cls, param, position)) is not None:
                    # send(Referral(m)) at every call: an object of that class, as an annotation would say (ref.body is
                    # what Referral sets on itself, not a field named body)
                    env[param.name.value] = instance.with_labels({param.name.value})
                else:
                    literal = self._given_only_literals(fn, cls, param, position)
                    if literal is not None:
                        # _ship(path, "covered") at every call: a constant, never a finding (SPEC section 5),
                        # whatever the parameter is called; deliver(m, "federal") at every call: a test of it
                        # (if partner == "ies":) takes Python's way, as the call's own argument would
                        env[param.name.value] = literal
                        if literal.text is not None and self.m.vocabulary.classify(param.name.value) is None:
                            given = given | {param.name.value}  # (a table's key; a field's value fixes no test of it)
            if positional and self._called_only_here(fn, cls):
                for param in positional:
                    held = env[param.name.value]
                    env[param.name.value] = replace(held, labels=held.labels | {CALLERS_MARK})
        name = fn.name.value
        builder = None
        if cls is not None and f"{cls.name}.{name}" in self.m.cleared:
            pass  # a method of a class marked not-enforcement
        elif self.rules.is_payload_builder(name, self.m.cleared) and not (cls is None and self._only_logged(fn)):
            builder = Destination(name, "enforcement payload builder")
        elif (router := self._enforcement_router(fn)) is not None:
            # @ice_router.get("/subjects/{cin}") def get_subject(...): a handler kept on a router or blueprint named for
            # enforcement (or marked with the pragma) answers enforcement, what it returns is sent there
            builder = Destination(f"{router}.{name}" if router else name, "enforcement request handler")
        elif self._answers_enforcement(fn, cls) and not self._route_cleared(fn):
            # @app.post("/eid/inquiries") def ice_inquiry(): ... return jsonify(...): a handler named for enforcement
            # answers enforcement, what it returns is sent there (SPEC section 4: named for enforcement, its returned value)
            builder = Destination(f"{cls.name}.{name}" if cls is not None else name, "enforcement payload builder")
        elif cls is not None and self.rules.is_payload_method(cls.name, name, self.m.cleared):
            builder = Destination(f"{cls.name}.{name}", "enforcement payload builder")
        elif cls is not None and (runtime := self._runtime_class(cls, self_val, name)) is not None \
                and f"{runtime}.{name}" not in self.m.cleared and self.rules.is_payload_method(runtime, name, self.m.cleared):
            # EroPacketBuilder(BaseBuilder) running the build() it inherits (with its own extend() hook): a
            # method of the class named for enforcement, as if defined there
            builder = Destination(f"{runtime}.{name}", "enforcement payload builder")
        return Frame(env=env, func_name=name, cls=cls, builder=builder, imports=dict(self.outer_imports.get(id(fn), {})), given=given)

    def _runtime_class(self, cls: ClassInfo, self_val: Val | None, method: str) -> str | None:
        """The class of this module that the object running ``method`` of ``cls`` is, when that is another class
        that inherits the method (a subclass running what it inherits, not a ``super().build()`` of its own
        override); None otherwise."""
        runtime = self_val.model if self_val is not None else None
        if runtime is None or runtime == cls.name or runtime not in self.index.classes:
            return None
        return runtime if method not in self.index.classes[runtime].methods else None

    def _only_logged(self, fn: cst.FunctionDef) -> bool:
        """A module function that formats text (every ``return`` gives an f-string, a ``%`` or ``.format`` of a
        string), is not decorated (a framework may call it), is defined once, and whose every mention in the
        module (but its ``def``) is a call of it given straight to a log line (``log.error(format_ice_error(m,
        exc))``): what it formats is shown, not sent, so its name does not make it a payload builder (SPEC
        section 4: a builder builds what is sent). A builder of a dict, or one called anywhere else, stays one."""
        name = fn.name.value
        counts = self.__dict__.get("_logged_builders")
        if counts is None:
            counts = self.__dict__["_logged_builders"] = self._logged_calls()
        logged, mentions, definitions = counts
        if fn.decorators or definitions.get(name, 0) != 1 or not logged.get(name) or logged[name] != mentions.get(name, 0) - 1:
            return False
        returns = [n for n in self.flat.walk(fn.body) if type(n) is cst.Return]
        return bool(returns) and all(_formats_text(r.value) for r in returns)  # type: ignore[attr-defined]

    def _logged_calls(self) -> "tuple[dict[str, int], dict[str, int], dict[str, int]]":
        """The module's functions called straight (by their bare name) inside a log line's arguments, with how many
        times; how many times each name is mentioned; how many functions of each name the module defines."""
        logged: dict[str, int] = {}
        mentions: dict[str, int] = {}
        definitions: dict[str, int] = {}
        calls: list[cst.Call] = []
        for node in self.flat.walk(self.m.module):
            kind = type(node)
            if kind is cst.Name:
                mentions[node.value] = mentions.get(node.value, 0) + 1  # type: ignore[attr-defined]
            elif kind is cst.FunctionDef:
                definitions[node.name.value] = definitions.get(node.name.value, 0) + 1  # type: ignore[attr-defined]
            elif kind is cst.Call:
                calls.append(node)  # type: ignore[arg-type]
        # (sys.stdout = open("ice_referrals.csv", "w"), redirect_stdout(...): a print may write a file)
        redirected = "stdout" in mentions
        for node in calls:
            if self._is_log_call(node, redirected):
                for arg in node.args:  # type: ignore[attr-defined]
                    if arg.keyword is None and isinstance(arg.value, cst.Call) and isinstance(arg.value.func, cst.Name):
                        logged[arg.value.func.value] = logged.get(arg.value.func.value, 0) + 1
        return logged, mentions, definitions

    def _is_log_call(self, call: cst.Call, redirected: bool) -> bool:
        """``print(...)`` (not into a file), ``logging.info(...)``, ``log.error(...)``, ``self.logger.warning(...)``,
        ``logging.getLogger(__name__).error(...)``, or on a name the module binds to ``logging.getLogger(...)``;
        not on a logger whose own name signals enforcement (``ice_log``) or that a class of the module makes."""
        func = call.func
        text = dotted(func)
        if text is not None and (self.index.qualify(text) or text) in LIBRARY.log_calls:
            # (print(x, file=out) writes a file; a print the module binds itself is no print)
            return not any(a.keyword is not None and a.keyword.value == "file" for a in call.args) and (
                text != "print" or not redirected and "print" not in self.index.functions and "print" not in self.index.constants)
        return isinstance(func, cst.Attribute) and func.attr.value in LIBRARY.log_methods and self._is_logger(func.value)

    def _is_logger(self, owner: cst.BaseExpression) -> bool:
        """``logging.getLogger(__name__)``, ``log``, ``self.logger``, ``logger.opt(...)``, ``log.bind(...)``: a logger."""
        if isinstance(owner, cst.Call):
            if self._names_enforcement(owner):
                return False  # log.getChild("ice.referrals"), LoggerAdapter(ice_log, {}): a logger named for enforcement
            if isinstance(owner.func, cst.Attribute) and owner.func.attr.value in LIBRARY.log_variants:
                return self._is_logger(owner.func.value)  # logger.opt(exception=True), log.bind(case=...): the logger again
            return self._makes_logger(owner)
        owner_text = dotted(owner)
        if owner_text is None:
            return False
        last = owner_text.rpartition(".")[2]
        made = self.index.constants.get(last) if "." not in owner_text else self._self_made(owner_text)
        if self.rules.decide(None, [last], cleared=self.m.cleared) is not None:
            return False  # ice_log, ice_feed: a logger named for enforcement may be its channel
        if isinstance(made, cst.Call):
            return self._is_logger(made)  # audit = logging.getLogger("audit"), child = log.getChild("x")
        return bool({"log", "logger", "logging"} & set(name_words(last)))

    def _self_made(self, owner_text: str) -> cst.BaseExpression | None:
        """``self.audit`` that the module's methods bind once, to one call (``self.audit = logging.getLogger(...)``)."""
        head, _, attr = owner_text.partition(".")
        if head != "self" or "." in attr:
            return None
        made = [n.value for n in self.flat.walk(self.m.module) if type(n) is cst.Assign and len(n.targets) == 1  # type: ignore[attr-defined]
                and isinstance(n.targets[0].target, cst.Attribute) and isinstance(n.targets[0].target.value, cst.Name)  # type: ignore[attr-defined]
                and n.targets[0].target.value.value == "self" and n.targets[0].target.attr.value == attr]  # type: ignore[attr-defined]
        return made[0] if len(made) == 1 and isinstance(made[0], cst.Call) else None

    def _makes_logger(self, call: cst.Call) -> bool:
        """``logging.getLogger(__name__)``: a call that makes a logger."""
        return (self.index.qualify(dotted(call.func) or "") or "") in LIBRARY.log_makers

    def _names_enforcement(self, call: cst.Call) -> bool:
        """A name or text given to ``call`` signals enforcement (``getLogger("ice.referrals")``, ``getChild("ice")``,
        ``LoggerAdapter(ice_log, {})``): a logger named so may have a handler that posts there."""
        named = [text for a in call.args for n in self.flat.walk(a.value)
                 if (text := string_value(n) if type(n) is cst.SimpleString else n.value if type(n) is cst.Name else None)  # type: ignore[attr-defined]
                 and isinstance(text, str)]
        if named and self.rules.decide(None, named, cleared=self.m.cleared) is not None:
            return True
        # (LoggerAdapter(handoff, {...}) with handoff = logging.getLogger("ice.referrals"): the logger it wraps)
        made = [self.index.constants.get(a.value.value) for a in call.args if isinstance(a.value, cst.Name)]
        return any(isinstance(m, cst.Call) and m is not call and self._names_enforcement(m) for m in made)

    def _enforcement_router(self, fn: cst.FunctionDef) -> str | None:
        """A web request handler answering enforcement by where it is kept, not by its own name: the router or
        blueprint its route decorator belongs to named for enforcement (``@ice_router.get(...)``, ``@ice_bp.route(...)``:
        that name), or its ``def`` marked with the pragma (an empty name); None otherwise."""
        routes = route_decorators(fn)
        if self._route_cleared(fn):
            return None  # (@ice_router.get(...) def x():  # medicaid-scope: not-enforcement)
        for route in routes:
            made = route.decorator.func if isinstance(route.decorator, cst.Call) else route.decorator
            owner = dotted(made.value) if isinstance(made, cst.Attribute) else None
            if owner is not None and owner.split(".", 1)[0] not in ("self", "cls") and self.rules.name_is_enforcement(owner, cleared=self.m.cleared):
                return owner
        for owner in self.registered_routes().get(fn.name.value, ()):
            if owner.split(".", 1)[0] not in ("self", "cls") and self.rules.name_is_enforcement(owner, cleared=self.m.cleared):
                return owner  # ice_bp.add_url_rule("/subjects/<cin>", view_func=get_subject): kept on that blueprint
        # (the pragma after the def's colon, on its name's line, or on a route decorator's line)
        marked = routes and (self.calls.def_has_pragma(fn) or any(
            self.index.pragma_lines.intersection(range(self.m.span(d)[0], self.m.span(d)[1] + 1)) for d in routes))
        return "" if marked else None

    def registered_routes(self) -> dict[str, tuple[str, ...]]:
        """The module's functions handed to a route registrar of a web framework (``app.add_url_rule(rule,
        view_func=f)``, ``router.add_api_route(path, f)``, ``app.add_route(path, f)``: library data
        ``route_registrars``), with the objects they were registered on; found once per module."""
        return {name: tuple(dict.fromkeys(owner for owner, _ in calls)) for name, calls in self._registrations().items()}

    def _registrations(self) -> dict[str, tuple[tuple[str, cst.Call], ...]]:
        """For each function of the module registered as a handler (``registered_routes``), the object and the call:
        only on an object the module makes with a web framework's app or router constructor (library data
        ``route_owners``: ``app = Flask(__name__)``, ``ice_bp = Blueprint(...)``, ``router = APIRouter()``; or imported,
        made in a function, reached as ``app.router``; not an object of a class of the module), and only
        the function given where the registrar takes it (``view_func=``/``endpoint=``/``route=``, or by position after
        the path): a routing table or dispatcher of the project's own with an ``add_route`` method registers none."""
        found = self.m.route_registrations
        if found is None:
            shapes = LIBRARY.models
            gathered: dict[str, list[tuple[str, cst.Call]]] = {}
            for node in self.flat.calls(self.m.module):
                if not (isinstance(node.func, cst.Attribute) and node.func.attr.value in shapes.route_registrars):
                    continue
                owner = dotted(node.func.value)
                made = self.index.constants.get(owner) if owner is not None and "." not in owner else None
                maker = dotted(made.func) if isinstance(made, cst.Call) else None
                if owner is None or (maker is not None and maker in self.index.classes) or (
                        maker is not None and (self.index.qualify(maker) or maker) not in shapes.route_owners and maker.split(".")[0] not in self.index.imports):
                    # (table = RoutingTable() of the project's own class, or an object of a builtin: no web app; an app the
                    # module imports, makes in a function or reaches as app.router, or makes with a framework's constructor, is)
                    continue
                positional = [a for a in node.args if a.keyword is None and not a.star]
                given = [a.value for a in node.args if a.keyword is not None and a.keyword.value in ("view_func", "endpoint", "route", "handler")]
                given += [a.value for a in positional[1:]]
                for value in given:
                    if isinstance(value, cst.Name) and value.value in self.index.functions:
                        gathered.setdefault(value.value, []).append((owner, node))
            found = {name: tuple(calls) for name, calls in gathered.items()}
            self.m.route_registrations = found
        return found

    def _route_cleared(self, fn: cst.FunctionDef) -> bool:
        """A web request handler marked ``# medicaid-scope: not-enforcement`` after its ``def`` or anywhere on a
        route decorator of it."""
        return self.calls.def_has_pragma(fn, NOT_PRAGMA) or any(
            self.index.not_pragma_lines.intersection(range(self.m.span(d)[0], self.m.span(d)[1] + 1)) for d in route_decorators(fn)) or any(
            # app.add_url_rule("/holds/<cin>", view_func=ice_hold_status)  # medicaid-scope: not-enforcement
            self.index.not_pragma_lines.intersection(range(self.m.span(call)[0], self.m.span(call)[1] + 1))
            for _, call in self._registrations().get(fn.name.value, ()))

    def is_handler(self, fn: cst.FunctionDef, cls: ClassInfo | None) -> bool:
        """``fn`` is a web request handler: a route decorator's function, a Django function view (given the
        request first, decorated only as views are), or a method named for an HTTP verb or a viewset action of a
        class-based view."""
        shapes = LIBRARY.models
        if route_decorators(fn) or (cls is None and fn.name.value in self.registered_routes()):
            return True
        if cls is None:
            first = fn.params.params[0].name.value if fn.params.params else None
            return (first in shapes.request_parameters and all(decorator_name(d.decorator) in shapes.view_decorators for d in fn.decorators)) \
                or _handler_signature(fn)
        return fn.name.value in shapes.view_methods and self._is_view(cls, 0)

    def _answers_enforcement(self, fn: cst.FunctionDef, cls: ClassInfo | None) -> bool:
        """``fn`` is a web request handler (a route decorator's function, or a method named for an HTTP verb
        of a class-based view) and it or its view class is named for enforcement."""
        shapes = LIBRARY.models
        # (@action(detail=True) def history(self, request, pk) of a view too; app.add_url_rule(..., view_func=f))
        routed = bool(route_decorators(fn)) or (cls is None and fn.name.value in self.registered_routes())
        if cls is None:
            # def ice_inquiry_status(request, cin): a Django function view (wired in urls.py), given the request first
            first = fn.params.params[0].name.value if fn.params.params else None
            # (not a pytest fixture given its request: only a function no other decorator than a view's marks)
            viewlike = first in shapes.request_parameters and all(decorator_name(d.decorator) in shapes.view_decorators for d in fn.decorators)
            # def ice_lookup_handler(event, context): an AWS Lambda handler (behind API Gateway) answers its caller too
            viewlike = viewlike or _handler_signature(fn)
            return (routed or viewlike) and self.rules.name_is_enforcement(fn.name.value, cleared=self.m.cleared)
        viewed = (fn.name.value in shapes.view_methods or routed) and self._is_view(cls, 0)
        # (an @action of any view named for enforcement itself, def ice_inquiry(self, request, pk), answers it too)
        return viewed and (self.rules.name_is_enforcement(cls.name, cleared=self.m.cleared)
                           or (routed and self.rules.name_is_enforcement(fn.name.value, cleared=self.m.cleared)))

    def _is_view(self, cls: ClassInfo, depth: int) -> bool:
        """``cls`` is a class-based view: a base of it is one of the frameworks' view bases, or a class of the
        project that is a view itself (``class BaseInquiryView(View)``)."""
        for base in cls.bases:
            if base.rsplit(".", 1)[-1] in LIBRARY.models.view_bases:
                return True
            found = self.links.class_of(base) if depth < 8 else None
            if found is not None and found[1] is not cls and found[0].functions._is_view(found[1], depth + 1):
                return True
        return False

    def _called_only_here(self, fn: cst.FunctionDef, cls: ClassInfo | None) -> bool:
        """``fn`` is a function of the module (not decorated) every use of which in the module is a call
        of it, or a method every call of which is made on an object of its class that the calling code
        made: its parameters hold what those calls give (SPEC section 10's rule for helpers whose callers
        are visible), each call analysed with its own values."""
        name = fn.name.value
        # a public function too: another module that calls it with a record of its own is reported at
        # that call (SPEC section 3), and one that hands on a nameless object has placed nothing
        # (a decorated one only as a task queued by its own methods, @shared_task def push(rec), then push.delay(rec))
        queued = bool(fn.decorators) and cls is None and self.index.functions.get(name) is fn and bool(self._handed_to_runners(name)) and all(
            isinstance(c.func, cst.Attribute) and isinstance(c.func.value, cst.Name) and c.func.value.value == name for c in self._handed_to_runners(name))
        if (fn.decorators and not queued) or not self._serializes_whole(fn):
            return False  # (what the calls give matters only to a whole-record serializer in its body)
        if cls is not None:
            return self.called_on_own_instances(fn, cls)  # feed = ReferralFeed(); feed.publish(df)
        if self.index.functions.get(name) is not fn:
            return False
        sites = [c for c in self._sites().get(name, []) if isinstance(c.func, cst.Name)]
        # (handed to a runner that calls it with what it is given: ex.submit(push, df), Thread(target=push, args=(df,)),
        # push.delay(df): a call of it too)
        handed = self._handed_to_runners(name)
        if not (sites or handed) or self._references().get(name, 0) != len(sites) + len(handed):
            return False
        callers = self._callers()
        # each call is made by another function of the module (run as a call site there), not by the
        # helper itself or at module level (a lambda or a class body there)
        return all(callers.get(id(call)) not in (None, fn) for call in (*sites, *handed))

    def _handed_to_runners(self, name: str) -> list[cst.Call]:
        """The calls of the module that hand the function ``name`` to a runner that calls it with the arguments given
        there (``ex.submit(push, df)``, ``loop.run_in_executor(None, push, df)``, ``Thread(target=push, args=(df,))``,
        ``push.delay(df)``): each call, once per use of the name."""
        index: "dict[str, list[cst.Call]] | None" = self.__dict__.get("_handed_index")
        if index is None:
            index = self.__dict__["_handed_index"] = self._find_handed()
        return index.get(name, [])

    def _find_handed(self) -> "dict[str, list[cst.Call]]":
        """``_handed_to_runners`` of every name, from one walk of the module."""
        found: "dict[str, list[cst.Call]]" = {}
        for node in self.flat.walk(self.m.module):
            if type(node) is not cst.Call or not node.args:  # type: ignore[attr-defined]
                continue  # (only a call that gives the function something: Thread(target=push) alone gives no caller's values)
            func = node.func  # type: ignore[attr-defined]
            if isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and func.attr.value in LIBRARY.deferred \
                    and func.value.value in self.index.functions:
                found.setdefault(func.value.value, []).append(node)  # type: ignore[arg-type]  # push.delay(df), push.apply_async(...)
                continue
            style = LIBRARY.runners.get(func.attr.value) if isinstance(func, cst.Attribute) else None
            if style is not None:
                positional = [a for a in node.args if a.keyword is None and not a.star]  # type: ignore[attr-defined]
                at = 1 if style == "once_after_first" else 0
                if len(positional) > at and isinstance(positional[at].value, cst.Name):
                    if len(node.args) > at + 1:  # type: ignore[attr-defined]
                        found.setdefault(positional[at].value.value, []).append(node)  # type: ignore[arg-type]
                    continue
            if any(a.keyword is not None and a.keyword.value in ("args", "kwargs", "op_args", "op_kwargs") for a in node.args):  # type: ignore[attr-defined]
                for a in node.args:  # type: ignore[attr-defined]
                    if a.keyword is not None and a.keyword.value in ("target", "function", "python_callable") and isinstance(a.value, cst.Name):
                        found.setdefault(a.value.value, []).append(node)  # type: ignore[arg-type]  # Thread(target=push, args=(df,))
        return found

    def alone_with_callers(self) -> cst.FunctionDef | None:
        """The function at the bottom of the call stack when it runs on its own and code of the module
        calls it by its name (``run_for_callers``, also while it runs a helper of its own); else None."""
        running = self._stack[0] if self._stack else None
        return running if isinstance(running, cst.FunctionDef) and self._called_by_module(running) else None

    def called_from_module_body(self) -> bool:
        """The function at the bottom of the call stack was called by the module's own top-level code
        (``if __name__ == "__main__": post_batch(...)``), not run on its own."""
        return bool(self._stack) and self._alone_run is None

    def run_for_callers(self) -> bool:
        """The function running is analysed on its own (nothing inlined it) and code of the module calls
        it by its name (``_to_detainer(raw)``, ``IceDetainer.from_api(raw)``): those calls run it again
        with what they give."""
        running = self._stack[0] if len(self._stack) == 1 else None
        return isinstance(running, cst.FunctionDef) and self._called_by_module(running)

    def _called_by_module(self, running: cst.FunctionDef) -> bool:
        """``running`` is the function run on its own now, and code of the module calls it by its name."""
        if self._alone_run is not running:
            return False
        name = cst.ensure_type(running, cst.FunctionDef).name.value
        if self.index.functions.get(name) is running:
            return any(isinstance(c.func, cst.Name) for c in self._sites().get(name, []))  # build(raw), not template.build(ctx)
        cls = self.owner_class(running)
        owners = {"self", "cls", cls.name} if cls is not None else set()
        return any(isinstance(c.func, cst.Attribute) and isinstance(c.func.value, cst.Name) and c.func.value.value in owners
                   for c in self._sites().get(name, []))

    def _entry_defs(self) -> frozenset[int]:
        """The ids of the functions and methods analyzed on their own (the module's and its classes')."""
        held: frozenset[int] | None = self.__dict__.get("_entry_def_ids")
        if held is None:
            held = self.__dict__["_entry_def_ids"] = frozenset(
                [id(f) for f in self.index.functions.values()] + [id(f) for c in self.index.classes.values() for f in c.methods.values()])
        return held

    @property
    def flat(self) -> Flat:
        """The module's nodes in walk order, read once (``Flat``)."""
        if self._flat is None:
            self._flat = Flat(self.m.module)
        return self._flat

    def literal_bound_once(self, name: str, kinds: "tuple[type, ...]") -> cst.BaseExpression | None:
        """The literal of one of ``kinds`` the running function binds ``name`` to, when that is its only
        assignment there (``query = {...}``, ``envelope = {"subject": member}``); None otherwise."""
        bound = self.bound_here(name)
        return bound[0] if len(bound) == 1 and isinstance(bound[0], kinds) else None

    def bound_here(self, name: str) -> list[cst.BaseExpression]:
        """The values the running function assigns to ``name`` anywhere in its body (``src = Table(...)``,
        ``key = attrgetter(...)``), in source order; none at module level."""
        running = self._stack[-1] if self._stack else None
        if not isinstance(running, cst.FunctionDef):
            return []
        assigned = self._assigned_values.get(id(running))
        if assigned is None:
            # every plain assignment of the function, by name, read once (asked at many calls of a long function)
            assigned = {}
            for found in self.flat.walk(running.body):
                if type(found) is cst.Assign:
                    for t in found.targets:  # type: ignore[attr-defined]
                        if isinstance(t.target, cst.Name):
                            assigned.setdefault(t.target.value, []).append(found.value)  # type: ignore[attr-defined]
            self._assigned_values[id(running)] = assigned
        return list(assigned.get(name, ()))

    def _serializes_whole(self, fn: cst.FunctionDef) -> bool:
        """``fn``'s text calls something that serializes every field of an object (``vars(obj)``,
        ``dataclasses.asdict(obj)``, ``df.to_dict()``, ``obj.__dict__``): read once per function."""
        found = self._whole_memo.get(id(fn))
        if found is None:
            found = False
            for node in self.flat.walk(fn.body):
                if type(node) is cst.Attribute and (node.attr.value in _EVERY_FIELD_METHODS or node.attr.value in _WHOLE_CALLS):  # type: ignore[attr-defined]
                    found = True
                    break
                if type(node) is cst.Name and node.value in _WHOLE_CALLS:  # type: ignore[attr-defined]
                    found = True
                    break
            self._whole_memo[id(fn)] = found
        return found

    def _callers(self) -> dict[int, cst.FunctionDef]:
        """The function or method of the module each call of its bodies is in (read once per module,
        from the tree: no positions asked)."""
        if self._caller_of is None:
            self._caller_of = {}
            for fn in [*self.index.functions.values(), *(m for c in self.index.classes.values() for m in c.methods.values())]:
                for node in self.flat.walk(fn.body):
                    if type(node) is cst.Call:
                        self._caller_of[id(node)] = fn
        return self._caller_of

    def _given_only_safe_hosts(self, fn: cst.FunctionDef, cls: ClassInfo | None, param: cst.Param, position: int | None) -> bool:
        """A parameter whose name is an enforcement signal (``dhs_url``, ``dhs_endpoint``) that every
        call of ``fn`` in this module binds to a URL or host on the non-enforcement list (a state's own
        Department of Human Services): analyzed on its own, its name is no signal (SPEC section 4: a
        resolved non-enforcement host overrides every name signal). Without such calls, it stays one."""
        name = param.name.value
        # the parameter's own name, or the function's or class's it is given to (DhsClient(base_url),
        # dhs_put_case(base_url, ...)): a name signal the calls of the module may override
        signals = [name, fn.name.value, *([cls.name] if cls is not None else [])]
        if self.rules.decide(None, signals, cleared=self.m.cleared) is None:
            return False
        given_all = self._given_by_calls(fn, cls, param, position)
        if given_all is None:
            return False
        for call, value in given_all:
            looped = self._loop_iterable(call, value)
            if looped is not None:
                # [DhsClient(u) for u in STATE_URLS], for u in (PA_URL, MN_URL): DhsClient(f"{u}/v2"): the value made
                # of each URL of a constant collection
                collection, loop_name = looped
                texts = self._constant_texts(collection)
                if not texts:
                    return False
                for text in texts:
                    made = self.expr.eval(value, Frame(env={loop_name: const_val(text=text)}))
                    host = host_of(made.text)
                    if host is None or not self.rules.host_is_safe(host):
                        return False
                continue
            value = self._assigned_in_caller(call, value)
            given_val = self.expr.eval(value, Frame(env={}))
            if given_val.client is not None and given_val.client.base is not None:
                given_val = given_val.client.base  # dhs_conn = HTTPSConnection(SAVE_HOST): the host it was given
            host = host_of(given_val.text)
            if host is None or not self.rules.host_is_safe(host):
                return False
        return True

    def _constant_texts(self, collection: cst.BaseExpression) -> tuple[str, ...]:
        """The texts of a constant collection a loop goes through: a module constant list, a literal list or tuple
        (of literals or module constants), or the values of a module constant dict (``REGIONS.values()``); none
        when an element is not a constant text."""
        viewed = _dict_view_owner(collection)
        if viewed is not collection and isinstance(viewed, cst.Name):
            table = self.index.constants.get(viewed.value)
            if not isinstance(table, cst.Dict):
                return ()
            values = [self.expr.eval(e.value, Frame(env={})) for e in table.elements if isinstance(e, cst.DictElement)]
            return tuple(v.text for v in values if v.text is not None) if all(v.const and v.text is not None for v in values) else ()
        if isinstance(collection, (cst.List, cst.Tuple, cst.Set)):
            values = [self.expr.eval(e.value, Frame(env={})) for e in collection.elements if not isinstance(e, cst.StarredElement)]
            if len(values) != len(collection.elements) or not all(v.const and v.text is not None for v in values):
                return ()
            return tuple(v.text for v in values if v.text is not None)
        urls = self.expr.eval(collection, Frame(env={}))
        return tuple(urls.items) if urls.const and urls.items else ()

    def _loop_iterable(self, call: cst.Call, value: cst.BaseExpression) -> "tuple[cst.BaseExpression, str] | None":
        """What a loop variable that ``value`` (the argument ``call`` is given) is made of goes through, with the
        variable's name, when a loop or comprehension around the call binds it (``[DhsClient(u) for u in URLS]``,
        ``DhsClient(f"{u}/v2")``), nothing else in the module binds that name, and the collection is written
        there or is a module constant only loops read; None otherwise."""
        used = {n.value for n in self.flat.walk(value) if type(n) is cst.Name}  # type: ignore[attr-defined]
        if not used or any(type(n) is cst.Call for n in self.flat.walk(value)):
            return None  # (DhsClient(u.replace("dhs.pa.gov", "eid.ice.gov")): what a call makes of it is not read)
        found: "tuple[cst.BaseExpression, str] | None" = None
        for node in self.flat.walk(self.m.module):
            kind = type(node)
            if kind is cst.For:
                target, iterated, body = node.target, node.iter, node.body  # type: ignore[attr-defined]
            elif kind in (cst.ListComp, cst.SetComp, cst.GeneratorExp, cst.DictComp):
                if node.for_in.inner_for_in is not None:  # type: ignore[attr-defined]
                    if any(n is call for n in self.flat.walk(node)):
                        return None  # (two for clauses around the call: which binds it is not read)
                    continue
                target, iterated, body = node.for_in.target, node.for_in.iter, node  # type: ignore[attr-defined]
            else:
                continue
            iterated = _unwrapped(iterated)
            if isinstance(target, cst.Tuple) and len(target.elements) == 2 and isinstance(target.elements[1].value, cst.Name) \
                    and isinstance(iterated, cst.Call) and (
                        isinstance(iterated.func, cst.Attribute) and iterated.func.attr.value == "items"
                        or isinstance(iterated.func, cst.Name) and iterated.func.value == "enumerate" and bool(iterated.args)):
                # for region, url in REGIONS.items(): url goes through its values; for i, u in enumerate(URLS): its elements
                target = target.elements[1].value
                if isinstance(iterated.func, cst.Name):
                    iterated = _unwrapped(iterated.args[0].value)
            if isinstance(target, cst.Name) and target.value in used and any(n is call for n in self.flat.walk(body)):
                found = (iterated, target.value)  # (the innermost such loop, met last in walk order)
        if found is None:
            return None
        collection, name = found
        for node in self.flat.walk(self.m.module):
            kind = type(node)
            if kind is cst.Param and node.name.value == name:  # type: ignore[attr-defined]
                return None  # (a parameter of that name somewhere: not only the loop binds it)
            if kind in (cst.Assign, cst.AugAssign, cst.AnnAssign, cst.NamedExpr):
                targets = [t.target for t in node.targets] if kind is cst.Assign else [node.target]  # type: ignore[attr-defined]
                if any(type(n) is cst.Name and n.value == name for t in targets for n in self.flat.walk(t)):  # type: ignore[attr-defined]
                    return None  # (u = u.replace(...): not only the loop binds it)
            if kind is cst.CompFor and node.inner_for_in is not None and any(  # type: ignore[attr-defined]
                    type(n) is cst.Name and n.value == name for n in self.flat.walk(node.inner_for_in.target)):  # type: ignore[attr-defined]
                return None  # (an inner for clause rebinds it)
        if isinstance(collection, (cst.List, cst.Tuple, cst.Set)):
            return found
        owner = _dict_view_owner(collection)
        if not isinstance(owner, cst.Name) or owner.value not in self.index.constants or owner.value in self.index.grown:
            return None
        # the collection is read only by the loops over it (STATE_URLS[0] = ICE_URL, STATE_URLS.append(...) change it)
        uses = sum(1 for n in self.flat.walk(self.m.module) if type(n) is cst.Name and n.value == owner.value)  # type: ignore[attr-defined]
        iterations = sum(1 for n in self.flat.walk(self.m.module) if type(n) in (cst.For, cst.CompFor) and _iterates(n.iter, owner.value))  # type: ignore[attr-defined]
        # (for k in URLS: DhsClient(URLS[k]): the loop's reads of its entries are the dict's too)
        reads = sum(1 for n in self.flat.walk(value) if type(n) is cst.Subscript and isinstance(n.value, cst.Name)  # type: ignore[attr-defined]
                    and n.value.value == owner.value)  # type: ignore[attr-defined]
        return found if uses == iterations + reads + 1 else None

    def _given_by_calls(self, fn: cst.FunctionDef, cls: ClassInfo | None, param: cst.Param,
                        position: int | None) -> "list[tuple[cst.Call, cst.BaseExpression]] | None":
        """What each call of ``fn`` in this module gives ``param`` (its default where a call gives
        nothing), or None when that is not known for every use of ``fn``: it is also used as a value
        (a callback, a table entry), a method is used otherwise than as ``self.push(...)`` in its own
        class's methods (``obj.push(...)`` may be another class's), a call spreads
        ``*args``/``**kwargs``, or no call is seen."""
        # a function is called by its name; a constructor by its class's name; a method by self.name(...)
        if cls is not None and fn.name.value == "__init__":
            named = cls.name
        elif cls is None:
            named = fn.name.value
        else:
            return self._given_by_own_calls(fn, cls, param, position)
        sites = [c for c in self._sites().get(named, []) if isinstance(c.func, cst.Name)]
        uses = len(sites)
        owners: dict[int, ClassInfo] = {}
        if cls is not None and fn.name.value == "__init__":
            # class IceDrop(PartnerDrop) with super().__init__("ice") in its constructor: a call of this one
            for sub in self.index.classes.values():
                if named not in sub.bases:
                    continue
                uses += 1  # (the subclass names the class as its base)
                init = sub.methods.get("__init__")
                # (super().__init__("ice"), or the base named: PartnerExtract.__init__(self, "cms"))
                handed = [c for c in self.flat.calls(init.body) if _calls_super_init(c) or _calls_base_init(c, named)] if init is not None else []
                if len(handed) != 1:
                    return None  # a subclass made with this constructor's own parameters, or calling it twice
                sites.append(handed[0])
                owners[id(handed[0])] = sub
                uses += _calls_base_init(handed[0], named)  # (PartnerExtract.__init__(self, ...) names the class again)
        if cls is not None and fn.name.value == "__init__":
            # DhsClient.default() of a classmethod that returns cls(DHS_BASE_URL): no object made here by that name
            # (the cls(...) call inside is one of the constructor's calls, counted below)
            bound = {name for name, m in cls.methods.items() if any(decorator_name(d.decorator) in ("classmethod", "staticmethod") for d in m.decorators)}
            uses += sum(1 for call in self.flat.calls(self.m.module) if isinstance(call.func, cst.Attribute) and isinstance(call.func.value, cst.Name)
                        and call.func.value.value == named and call.func.attr.value in bound)
            # return cls("https://eid.ice.gov/..."), type(self)(url), self.__class__(url) in its own methods: constructor
            # calls too, which do not name the class
            sites += [c for method in cls.methods.values() for c in self.flat.calls(method.body) if _makes_own_class(c.func)]
        if not sites or self._references().get(named, 0) != uses:
            return None
        return self._given_at(sites, param, position, owners)

    def _given_by_own_calls(self, fn: cst.FunctionDef, cls: ClassInfo, param: cst.Param,
                            position: int | None) -> "list[tuple[cst.Call, cst.BaseExpression]] | None":
        """``_given_by_calls`` for a method: every use of its name in the module is a call
        ``self.name(...)`` inside a method of its own class, no other class of the module has a
        method of that name, and the name is never read bare (``handler = _ship``)."""
        named = fn.name.value
        if self._references().get(named, 0) > 0 or sum(named in c.methods for c in self.index.classes.values()) != 1:
            return None
        own = {id(m) for m in cls.methods.values()}
        sites = self._sites().get(named, [])
        callers = self._callers()
        for call in sites:
            func = call.func
            if not (isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and func.value.value in ("self", "cls")
                    and id(callers.get(id(call))) in own):
                # IceDropUploader().upload(path, "drop.csv"): a call on an object the calling code made of the class
                if not self.called_on_own_instances(fn, cls):
                    return None
                break
        if not sites or self._attribute_reads().get(named, 0) != len(sites):
            return None
        return self._given_at(sites, param, position)

    def _given_at(self, sites: list[cst.Call], param: cst.Param, position: int | None,
                  owners: "dict[int, ClassInfo] | None" = None) -> "list[tuple[cst.Call, cst.BaseExpression]] | None":
        """What each of ``sites`` gives ``param`` (by keyword, else at ``position`` among the plain
        arguments, else its default); None when one gives nothing known. A call may spread ``**kw`` beside
        what it gives (``super().__init__("cms", **kw)``: the parameter cannot be in both); a subclass's
        constructor call of its base (``owners``: the subclass of each such site) may give a class attribute
        of its own (``super().__init__(self.PARTNER)``)."""
        out: list[tuple[cst.Call, cst.BaseExpression]] = []
        for call in sites:
            given = next((a for a in call.args if a.keyword is not None and a.keyword.value == param.name.value), None)
            # (PartnerExtract.__init__(self, "cms"): the object itself first)
            args = call.args[1:] if isinstance(call.func, cst.Attribute) and not _calls_super_init(call) and call.func.attr.value == "__init__" else call.args
            if given is None and position is not None:
                plain = [a for a in args if a.keyword is None and not a.star]
                given = plain[position] if position < len(plain) and not any(a.star == "*" for a in args) else None
            value = given.value if given is not None else param.default
            if value is None or (given is None and any(a.star for a in args)):
                return None
            sub = (owners or {}).get(id(call))
            if sub is not None and isinstance(value, cst.Attribute) and isinstance(value.value, cst.Name) and value.value.value in ("self", "cls", sub.name):
                # super().__init__(self.PARTNER) with PARTNER = "cms": that constant, and the one each subclass that
                # inherits this constructor binds instead (class IceExtract(CmsExtract): PARTNER = "ice")
                held = self._class_constants(sub, value.attr.value)
                if held is None:
                    return None
                out.extend((call, v) for v in held)
                continue
            out.append((call, value))
        return out

    def _class_constants(self, cls: ClassInfo, attr: str) -> list[cst.BaseExpression] | None:
        """What ``self.<attr>`` read in ``cls``'s constructor may be: the constant its body binds and those the
        classes of the module derived from it bind instead; None when one of them binds none, or a method of
        one stores it on the object."""
        lineage, found = [cls], [cls.constants.get(attr)]
        for other in self.index.classes.values():  # (classes are listed base first: a subclass after its base)
            if {c.name for c in lineage} & set(other.bases):
                lineage.append(other)
                if attr in other.constants:
                    found.append(other.constants[attr])
        stored = any(isinstance(t.target, cst.Attribute) and t.target.attr.value == attr for c in lineage for m in c.methods.values()
                     for a in self.flat.walk(m.body) if isinstance(a, cst.Assign) for t in a.targets)
        return None if stored or any(v is None for v in found) else [v for v in found if v is not None]

    def _given_only_instances(self, fn: cst.FunctionDef, cls: ClassInfo | None, param: cst.Param, position: int | None) -> Val | None:
        """Every call of ``fn`` in this module gives ``param`` a new object of one class of the module that is no
        payload model (``send(Referral(m))``): an object of that class (``instance_of``); None otherwise."""
        given = self._given_by_calls(fn, cls, param, position)
        if not given:
            return None
        made = {value.func.value for _, value in given if isinstance(value, cst.Call) and isinstance(value.func, cst.Name)}
        if len(made) != 1 or not all(isinstance(value, cst.Call) for _, value in given):
            return None
        written = made.pop()
        return self.instance_of(written) if written in self.index.classes else None

    def _given_only_literals(self, fn: cst.FunctionDef, cls: ClassInfo | None, param: cst.Param, position: int | None) -> Val | None:
        """Every call of ``fn`` in this module gives ``param`` a string or number written there, or a
        module constant bound only to one (or leaves it to a literal default): that constant (its text
        when every call gives the same); None otherwise. Asked of a parameter whose name the vocabulary
        knows (``_ship(path, "covered")``: no field named ``status``), and of one that picks an entry of
        a module table, when every call gives the same key (``send(m, "hfs")``: ``URLS[partner]`` is the
        state's URL, ``PARTNERS[partner]["fields"]`` that entry's fields)."""
        known = self.m.vocabulary.classify(param.name.value) is not None
        if not known and not self._keys_a_table(fn, param.name.value) and not self._kept_to_key_a_table(fn, cls, param.name.value):
            return None
        given = self._given_by_calls(fn, cls, param, position)
        if given is None:
            return None
        members = [dotted(value) for _, value in given if isinstance(value, cst.Attribute) and isinstance(value.value, cst.Name)
                   and self.index.enum_class(value.value.value) is not None]
        if not known and len(set(members)) == 1 and len(members) == len(given):
            return self.expr.eval(given[0][1], Frame(env={}))  # push(m, Dest.STATE) at every call: that member (URLS[dest])
        if not all(self._literal(value) for _, value in given):
            return None
        texts = {self.expr.eval(value, Frame(env={})).text for _, value in given}
        if not known and len(texts) != 1:
            return None  # (each call is run with its own key; on its own the function may use any entry)
        return const_val(texts.pop() if len(texts) == 1 else None)

    def _literal_keys(self, fn: cst.FunctionDef, cls: ClassInfo | None) -> "tuple[str, list[str]] | None":
        """A parameter of ``fn`` that picks an entry of a module table and that every call of the module
        gives one of 2 to 4 string literals (``deliver("ies", m)``, ``deliver("federal", m)``): its name
        and those texts; None otherwise. For a method, also an attribute the constructor keeps from such a
        parameter (``self.partner``, read as ``BUCKETS[self.partner]``, every ``Exporter("ice")`` and
        ``Exporter("mn")`` of the module): ``self.partner`` and those texts."""
        found = self._literal_param_keys(fn, cls, lambda name: self._keys_a_table(fn, name))
        if found is not None or cls is None or fn.name.value == "__init__":
            return found if found is not None else self._shared_table_keys(fn, cls)
        if "__init__" not in cls.methods:
            return (self._literal_field_keys(fn, cls) if cls.is_model else None) or self._shared_table_keys(fn, cls)
        keys = self._table_keys_of(fn)
        init = cls.methods["__init__"]
        kept = {name: attrs for name in sorted(param_names(init)) if (attrs := _kept_attrs(init, name) & keys)}
        if kept:
            picked = self._literal_param_keys(init, cls, lambda name: name in kept)
            return (min(kept[picked[0]]), picked[1]) if picked is not None else self._shared_table_keys(fn, cls)
        # self.cols = COLUMNS[partner] in __init__, self.cols read here: the constructor runs once per literal too
        read = _self_reads(fn, self.flat.walk)
        # (also read by the attribute it is kept under: self.partner = partner; self.cols = COLUMNS[self.partner])
        derived = {name for name in sorted(param_names(init)) if (self._keys_a_table(init, name) or _kept_attrs(init, name) & self._table_keys_of(init))
                   and _derived_attrs(init, name) & read}
        picked = self._literal_param_keys(init, cls, lambda name: name in derived) if derived else None
        return (f"__init__:{picked[0]}", picked[1]) if picked is not None else self._shared_table_keys(fn, cls)

    def _shared_table_keys(self, fn: cst.FunctionDef, cls: ClassInfo | None) -> "tuple[str, list[str]] | None":
        """A selector (a parameter, or ``self.<attr>`` of a method, named for no field: ``partner``, not
        ``sex_cd``) that ``fn`` reads two or more module dict tables by, every one with the same 2 to 4
        literal keys (``COLUMNS[self.partner]`` and ``BUCKETS[self.partner]``, both keyed "ice" and "mn"),
        when no call says which and the body never binds it: the name and those keys, one run per key (a key
        not known is one of them, the same in every table: one partner's columns never meet another's bucket)."""
        memo: dict[int, "tuple[str, list[str]] | None"] = self.__dict__.setdefault("_shared_keys_memo", {})
        if id(fn) not in memo:
            memo[id(fn)] = self._find_shared_table_keys(fn, cls)
        return memo[id(fn)]

    def _find_shared_table_keys(self, fn: cst.FunctionDef, cls: ClassInfo | None) -> "tuple[str, list[str]] | None":
        params = set(param_names(fn))
        assigned = self._assignments(fn)
        by_key: dict[str, set[str]] = {}
        reads: dict[str, int] = {}  # (how often: PARTNERS[k]["url"] here and PARTNERS[k]["allowed"] in a helper given k)
        read_at: dict[str, list[int]] = {}  # the subscripts that read a table by each key
        spelled: "dict[str, set[Spelling]]" = {}  # the keys a table is read by normalised (URLS[partner.lower()]), and how
        chosen_by: "dict[str, list[tuple[cst.FunctionDef, str]]]" = {}  # helpers that test a key against texts, by the name given
        made_by: "dict[str, list[tuple[cst.Call, cst.FunctionDef, str]]]" = {}  # objects made from an entry read by a key
        constructs = False  # an object of a class of the module is made
        for node in self.flat.walk(fn.body):
            got = type(node) is cst.Call and isinstance(node.func, cst.Attribute) and node.func.attr.value == "get" \
                and isinstance(node.func.value, (cst.Name, cst.Attribute)) and 1 <= len(node.args) <= 2 and node.args[0].keyword is None \
                and isinstance(_unnormalized(node.args[0].value), (cst.Name, cst.Attribute, cst.Subscript))  # type: ignore[attr-defined]
            if got or (type(node) is cst.Subscript and isinstance(node.value, (cst.Name, cst.Attribute)) and len(node.slice) == 1
                       and isinstance(node.slice[0].slice, cst.Index)
                       and isinstance(_unnormalized(node.slice[0].slice.value), (cst.Name, cst.Attribute, cst.Subscript))):
                # (ROUTES[partner], ROUTES.get(partner, ICE_URL), URLS[partner.lower()])
                read_by = node.args[0].value if got else node.slice[0].slice.value  # type: ignore[attr-defined]
                written = read_by
                normalising = normalized_text(read_by)
                normal = normalising[1] if normalising is not None else None
                read_by = _unnormalized(read_by)
                if isinstance(read_by, cst.Name) and read_by.value not in params:
                    # key = partner.lower(), then URLS[key]; p = partner.strip(), then URLS[p.lower()] (both normalisations)
                    traced, inner = self._normalized_param(fn, read_by)
                    if inner is not None:
                        read_by, normal = traced, (Spelling(normal.steps + inner.steps) if normal is not None else inner)
                if read_by is not written and key_text(read_by) is not None and normal is not None:
                    spelled.setdefault(key_text(read_by), set()).add(normal)  # type: ignore[arg-type]
                owner = node.func.value if got else node.value  # type: ignore[attr-defined]
                owner = self.expr.class_table_alias(owner, None, cls) or owner  # (self.registry[self.partner]; round 462a)
                key, table = key_text(read_by), dotted(owner)
                # (P.PARTNERS[partner] of a settings module of the project imported under an alias too; a table the
                # analysis cannot read there, settings.TIMEOUTS of a framework, is no table of the partner's)
                if key is not None and table is not None and table not in self.index.grown and (
                        (isinstance(owner, cst.Name) and (not got or table in self.index.constants))
                        or (table.split(".", 1)[0] in self.index.imports and self._alias_table(table))):
                    by_key.setdefault(key, set()).add(table)
                    reads[key] = reads.get(key, 0) + 1
                    read_at.setdefault(key, []).append(id(node))
            elif type(node) is cst.Call and cls is not None and isinstance(node.func, cst.Attribute) and isinstance(node.func.value, cst.Name) \
                    and node.func.value.value == "self" and isinstance(cls.methods.get(node.func.attr.value), cst.FunctionDef) \
                    and cls.methods[node.func.attr.value] is not fn:  # type: ignore[attr-defined]
                # self.payload(m) of a method that reads a table by self.partner too: one more read by that key (round 462a)
                method = cls.methods[node.func.attr.value]  # type: ignore[attr-defined]
                for inner in self.flat.walk(method.body):
                    if type(inner) is cst.Subscript and len(inner.slice) == 1 and isinstance(inner.slice[0].slice, cst.Index):  # type: ignore[attr-defined]
                        by = inner.slice[0].slice.value  # type: ignore[attr-defined]
                        held_by = self.expr.class_table_alias(inner.value, None, cls) or inner.value  # type: ignore[attr-defined]
                        text = key_text(by) if isinstance(by, cst.Attribute) else None
                        written = dotted(held_by) if isinstance(held_by, cst.Name) else None
                        if text is not None and text.startswith("self.") and written is not None and written in self.index.constants \
                                and written not in self.index.grown:
                            by_key.setdefault(text, set()).add(written)
                            reads[text] = reads.get(text, 0) + 1
                # (self.columns() testing self.partner != "ice": what it gives is chosen by the key too; round 503a)
                for text in self._self_literal_tests(method):
                    by_key.setdefault(text, set())
                    reads[text] = reads.get(text, 0) + 1
            elif type(node) is cst.Call and isinstance(node.func, (cst.Name, cst.Attribute)) \
                    and (made_class := self._made_class(dotted(node.func) or "")) is not None:  # type: ignore[attr-defined]
                # PartnerSend(partner) with def __init__(self, partner): self.url = URLS[partner]: the object holds the entry
                # read by the key (round 453a); of a class of another module of the project, that module's table (round 491a)
                home, init = made_class
                names = [p.name.value for p in init.params.params][1:]
                for position, arg in enumerate(node.args):  # type: ignore[attr-defined]
                    named = arg.keyword.value if arg.keyword is not None else names[position] if position < len(names) else None
                    keys = self._table_keys_of(init) if home is self.m else home.functions._table_keys_of(init)
                    # (ReferralClient(args.partner): an option of the command line too; round 500a)
                    given = _key_given(arg.value, on_self=False)
                    if not arg.star and given is not None and named is not None and named in keys:
                        passed = _tables_keyed_by(init, named, self.flat.walk)
                        if home is not self.m:
                            passed = [token for t in passed if (token := self._foreign_table(home, t)) is not None]
                        if passed:
                            by_key.setdefault(given, set()).update(t for t in passed if t not in self.index.grown)
                            reads[given] = reads.get(given, 0) + len(passed)
                            made_by.setdefault(given, []).append((node, init, named))  # type: ignore[arg-type]
                constructs = True
            elif type(node) is cst.Call and isinstance(node.func, cst.Name) and node.func.value in self.index.functions:  # type: ignore[attr-defined]
                # _shape(rec, partner_key) with def _shape(rec, partner_key): PARTNERS[partner_key]["allowed"]
                callee = self.index.functions[node.func.value]  # type: ignore[attr-defined]
                names = [p.name.value for p in callee.params.params]
                for position, arg in enumerate(node.args):  # type: ignore[attr-defined]
                    # (a name, or an option of the command line handed on: upload(args.out, args.dest); round 493a)
                    # (select_columns(self.partner) in a method too; round 503a)
                    given = _key_given(arg.value)
                    if arg.keyword is None and not arg.star and given is not None and position < len(names) and callee is not fn \
                            and names[position] in self._table_keys_of(callee):  # (the callee reads a table by it: walked only then)
                        passed = _tables_keyed_by(callee, names[position], self.flat.walk)
                        if passed:
                            by_key.setdefault(given, set()).update(t for t in passed if t not in self.index.grown)
                            # (cfg = dict(ROUTES[route]); if route == "oha": cfg["send_race"] = True; return cfg: what it
                            # gives is chosen by the key beyond its read; round 478a)
                            reads[given] = reads.get(given, 0) + len(passed) + bool(self._testers(callee, names[position]))
                    elif not arg.star and given is not None and callee is not fn \
                            and (testers := self._testers(callee, arg.keyword.value if arg.keyword is not None else names[position] if position < len(names) else "")):
                        # _body_for(partner, m) with def _body_for(partner, m): if partner == "ice": return basic: what the
                        # helper gives is chosen by the key too (run key by key, its body meets its own URL); also where
                        # the helper hands the key on to one that tests it (write_extract(path, dest) calling
                        # columns_for(dest); round 493a)
                        by_key.setdefault(given, set())
                        reads[given] = reads.get(given, 0) + 1
                        chosen_by.setdefault(given, []).extend(testers)
        if not by_key:
            return None
        if constructs:
            # url = URLS[partner]; with Send(url) as body: ... if partner != "ice": -- an object made from the entry keeps it
            # past a test of the key (which narrows only the function's own reads): the test counts as a read (round 453a)
            for key in by_key.keys() & self._literal_tests_of(fn):
                reads[key] = reads.get(key, 0) + 1
            for key, made in made_by.items():
                # client = PartnerClient(partner), then if client.cfg["full"]: (or client.full of self.full = self.cfg["full"]):
                # a read of the entry the object keeps counts as a read (round 491a), of a table no code changes (review 58a)
                if not any(self.statements._table_changed(t) for t in by_key.get(key, ())):
                    reads[key] = reads.get(key, 0) + self._entry_reads_of_made(fn, made)
        # url, names = HANDLERS[kind] (or cfg = HANDLERS[kind], then cfg[0] and cfg[1]): one read of an entry taken
        # apart counts as a read of each of its parts
        parts = self._parts_taken(fn)
        for key, nodes in read_at.items():
            reads[key] += sum(parts.get(n, 1) - 1 for n in nodes)
        # (keys read from tables first: a test of self.env beside tables read by self.partner is no partner's run; review 58e)
        for key, tables in sorted(by_key.items(), key=lambda item: (not item[1], item[0])):
            selector = key[5:] if key.startswith("self.") and cls is not None else key if key in params else None
            local = selector is None and key.isidentifier() and self._routing_local(fn, key)
            if local:
                selector = key  # partner = event["detail"]["partner"] at the top of a handler, bound nowhere else
            command_line = selector is None and not key.startswith(("self.", "cls.")) and ("." in key or "[" in key) \
                and self._command_line_root(fn, key.split(".", 1)[0].split("[", 1)[0], params)
            if command_line:
                # TARGETS[args.target] of parsed options, TARGETS[sys.argv[1]]: a key the command line gives (its
                # last attribute named for no field)
                selector = key.rsplit(".", 1)[-1] if "[" not in key else "argv"
            routing_name = bool(set(name_words(key.rsplit(".", 1)[-1])) & ROUTING_WORDS)
            # (PartnerSend(partner) of a class of the module: its constructor picks its own entries by it; round 453a)
            # (a class of another module of the project whose constructor reads the table by it is no use beyond it)
            imported_made = {name for c, _, _ in made_by.get(key, ()) if (name := dotted(c.func)) is not None}
            if _used_beyond_tables(fn, key, self.index.functions.keys() | self.index.classes.keys() | imported_made, local, routing_name):
                continue  # {"lang": lang, "greeting": LANG[lang][1]}: the key is data too, sent as it is (a partner's name is none)
            if selector is None or not selector.isidentifier() or (key in assigned and not local) or (
                    self.vocabulary.classify(selector) is not None and selector.lower() not in _SELECTOR_WORDS
                    and not self.vocabulary.is_routing_name(selector)):  # (partner_name: a destination's name; round 454a)
                continue  # SEX_LABEL[sex_cd]: a person's own code decoded, data (not a partner chosen); a local rebound
            if not tables and key.startswith("self.") and cls is not None and routing_name and key in self._self_literal_tests(fn):
                # (bucket = ICE if self.partner == "ice" else STATE, and self.columns() testing self.partner: each text in turn;
                # round 503a)
                methods = [m for m in cls.methods.values() if isinstance(m, cst.FunctionDef) and key in self._self_literal_tests(m)]
                compared = self._compared_texts(fn, key, [(m, key) for m in methods if m is not fn])
                if compared is not None and 1 <= len(compared) <= 4:
                    return key, sorted(compared) + [OUTSIDE_KEY_TEXT]
                continue
            if not tables and key in chosen_by and key in params and key in self._literal_tests_of(fn):
                # columns_for(partner) testing partner == "ice", then bucket = ICE_BUCKET if partner == "ice" else ...: what the
                # helper chose and what this function chooses by the same key go together (round 488a): one run per text
                # either compares the key with, and one for any other
                compared = self._compared_texts(fn, key, chosen_by[key])
                if compared is not None and 1 <= len(compared) <= 4:
                    return key, sorted(compared) + [OUTSIDE_KEY_TEXT]
                continue
            found = [self._table_of(t) for t in sorted(tables)]
            if reads.get(key, 0) < 2 or not all(f is not None and isinstance(f[1], cst.Dict) for f in found):
                continue
            # (a registry filled by @handles(Partner.ICE) with a StrEnum's members: keyed by their texts; a table of
            # another module keyed by its constants, {ICE_TOPIC: to_basic}: their texts there)
            key_sets = {frozenset(table_key_text(owner, e.key) if isinstance(e, cst.DictElement) and not isinstance(e.key, cst.Integer) else None
                                  for e in literal.elements) for owner, literal in (f for f in found if f is not None) if isinstance(literal, cst.Dict)}
            if len(key_sets) == 1:
                texts = next(iter(key_sets))
                keyed = [t for t in texts if isinstance(t, str)]
                outside = _tests_outside_keys(fn, key, keyed, tables, self.flat.walk) if len(keyed) == len(texts) and 2 <= len(keyed) <= 4 else GIVE_UP
                # (a way for another key: each text it is compared with, and one for any other, in turn too; read normalised,
                # URLS[partner.lower()], the key written otherwise too: "ICE" is ICE's entry there, and may be no "ice" elsewhere)
                # (only spellings the normalisation turns into a key: " ice" for strip(), "ICE" for lower())
                variants = [v for t in sorted(keyed) for v in dict.fromkeys((t.upper(), t.capitalize(), t.lower(), f" {t}", f"{t} "))
                            if v not in keyed and any(apply(v) == t for apply in spelled[key])] \
                    if key in spelled and self._tested_as_written(fn, key, keyed) else []
                runs = sorted(keyed) + variants + (list(outside) + [OUTSIDE_KEY_TEXT] if outside is not None else [])
                if outside is not GIVE_UP and len(runs) <= (12 if variants else 8):
                    return (LOCAL_KEY + key if local else key), runs
        return None

    def _self_literal_tests(self, fn: cst.FunctionDef) -> "set[str]":
        """The attributes of ``self`` (as ``self.partner``) ``fn`` compares with string literals (``self.partner != "ice"``,
        ``self.dest in ("mn", "wi")``)."""
        found: set[str] = set()
        for node in self.flat.walk(fn.body):
            if type(node) is cst.Match and isinstance(node.subject, cst.Attribute) and (text := key_text(node.subject)) is not None \
                    and text.startswith("self.") and _match_texts(cst.ensure_type(node, cst.Match)) is not None:
                found.add(text)  # (match self.dest: case "ero": ...; round 506a)
                continue
            if type(node) is not cst.Comparison or len(node.comparisons) != 1:  # type: ignore[attr-defined]
                continue
            left, right = node.left, node.comparisons[0].comparator  # type: ignore[attr-defined]
            if isinstance(right, cst.Attribute):
                left, right = right, left
            text = key_text(left) if isinstance(left, cst.Attribute) else None
            elements = [e.value for e in right.elements] if isinstance(right, (cst.Tuple, cst.List, cst.Set)) else [right]
            if text is not None and text.startswith("self.") and text.count(".") == 1 and elements and all(isinstance(e, cst.SimpleString) for e in elements):
                found.add(text)
        return found

    def _made_class(self, name: str) -> "tuple[ModuleAnalysis, cst.FunctionDef] | None":
        """The module and the constructor of the class ``name`` makes, a class of this module or imported from another
        module of the project, when it defines ``__init__`` itself."""
        local = self.index.classes.get(name)
        if local is not None:
            init = local.methods.get("__init__")
            return (self.m, init) if isinstance(init, cst.FunctionDef) else None
        if name.partition(".")[0] not in self.index.imports:
            return None  # (b.PartnerClient of `import pkg.base as b` too)
        found = self.links.class_of(name)
        init = found[1].methods.get("__init__") if found is not None else None
        return (found[0], init) if found is not None and isinstance(init, cst.FunctionDef) else None

    def _foreign_table(self, home: "ModuleAnalysis", name: str) -> str | None:
        """A name standing, in this module, for the module table ``name`` of ``home`` (another module of the project), for
        ``_table_of``; None when it is no dict literal there or the module grows it."""
        found = home.statements._module_table(name)  # (imported there from a third module too)
        if found is None or found[0] is self.m:
            return None
        token = f"@{found[0].module_id}:{found[1]}"
        self.__dict__.setdefault("_foreign_tables", {})[token] = (found[0], found[1])
        return token

    def _testers(self, fn: cst.FunctionDef, name: str, depth: int = 3) -> "list[tuple[cst.FunctionDef, str]]":
        """The functions of the module that compare ``fn``'s parameter ``name`` with texts: ``fn`` itself, and those it
        hands the parameter on to (as a plain argument, up to ``depth`` calls deep), each with the name it has there."""
        if not name or depth <= 0:
            return []
        memo: "dict[tuple[int, str, int], list[tuple[cst.FunctionDef, str]]]" = self.__dict__.setdefault("_testers_memo", {})
        if (id(fn), name, depth) in memo:
            return memo[(id(fn), name, depth)]
        memo[(id(fn), name, depth)] = []  # (a cycle of helpers handing the key on: nothing more on the way round)
        found = [(fn, name)] if name in self._literal_tests_of(fn) else []
        if name in self.rebound(fn):
            memo[(id(fn), name, depth)] = found
            return found
        for call in self._calls_of(fn):
            callee = self.index.functions.get(call.func.value) if isinstance(call.func, cst.Name) else None
            if callee is None or callee is fn:
                continue
            params = [p.name.value for p in callee.params.params]
            for position, arg in enumerate(call.args):
                if isinstance(arg.value, cst.Name) and arg.value.value == name and not arg.star:
                    given = arg.keyword.value if arg.keyword is not None else params[position] if position < len(params) else ""
                    found += [t for t in self._testers(callee, given, depth - 1) if t not in found]
        memo[(id(fn), name, depth)] = found
        return found

    def _calls_of(self, fn: cst.FunctionDef) -> "list[cst.Call]":
        """The calls in ``fn``'s body, found once per function."""
        memo: "dict[int, list[cst.Call]]" = self.__dict__.setdefault("_calls_of_memo", {})
        if id(fn) not in memo:
            memo[id(fn)] = self.flat.calls(fn.body)
        return memo[id(fn)]

    def _entry_reads_of_made(self, fn: cst.FunctionDef, made: "list[tuple[cst.Call, cst.FunctionDef, str]]") -> int:
        """How often ``fn`` reads, through the name it binds an object ``made`` to (``client = PartnerClient(partner)``),
        an attribute its constructor sets from the entry it reads by its parameter (``client.cfg["full"]``, ``client.full``
        of ``self.full = self.cfg["full"]``)."""
        count = 0
        for call, init, param in made:
            held = [b.targets[0].target.value for b in self.flat.walk(fn.body) if type(b) is cst.Assign and b.value is call  # type: ignore[attr-defined]
                    and len(b.targets) == 1 and isinstance(b.targets[0].target, cst.Name)]  # type: ignore[attr-defined]
            if len(held) != 1 or len(bindings_of(fn.body, held[0])) != 1:
                continue
            attrs = _derived_attrs(init, param)
            attrs |= {attr for attr, value in _self_assignments(init) if any(
                type(n) is cst.Attribute and n.attr.value in attrs and isinstance(n.value, cst.Name) and n.value.value == "self" for n in walk(value))}  # type: ignore[attr-defined]
            count += sum(1 for n in self.flat.walk(fn.body) if type(n) is cst.Attribute and isinstance(n.value, cst.Name)  # type: ignore[attr-defined]
                         and n.value.value == held[0] and n.attr.value in attrs)  # type: ignore[attr-defined]
        return count

    def _compared_texts(self, fn: cst.FunctionDef, key: str, helpers: "list[tuple[cst.FunctionDef, str]]") -> "set[str] | None":
        """The texts ``fn`` compares its parameter ``key`` with, and each helper its parameter given it (``partner ==
        "ice"``, ``partner in ("mn", "wi")``, written as is); None when one is compared otherwise (with a name, normalised,
        by a prefix) or the body binds it again."""
        texts: set[str] = set()
        for body, name in ((fn, key), *helpers):
            if "." not in name and len(bindings_of(body.body, name)) > 0:
                return None
            for node in self.flat.walk(body.body):
                if type(node) is cst.Match and isinstance(node.subject, (cst.Name, cst.Attribute)) and key_text(node.subject) == name:  # type: ignore[attr-defined]
                    cased = _match_texts(cst.ensure_type(node, cst.Match))
                    if cased is None:
                        return None
                    texts.update(cased)
                    continue
                if type(node) is cst.Call and prefix_test(node) is not None:  # type: ignore[arg-type]
                    prefixed = prefix_test(node)  # type: ignore[arg-type]
                    if prefixed is not None and isinstance(prefixed[0], (cst.Name, cst.Attribute)) and key_text(prefixed[0]) == name:
                        return None
                if type(node) is not cst.Comparison:
                    continue
                sides = [node.left, *(c.comparator for c in node.comparisons)]  # type: ignore[attr-defined]
                if not any(key_text(s) == name for s in sides if isinstance(s, (cst.Name, cst.Attribute))):
                    if "." not in name and any(name in {n.value for n in walk(s) if isinstance(n, cst.Name)} for s in sides):
                        return None  # (partner.lower() == "ice": another spelling)
                    if "." in name and any(isinstance(n, cst.Call) and isinstance(n.func, cst.Attribute) and isinstance(n.func.value, cst.Attribute)
                                           and key_text(n.func.value) == name for s in sides for n in walk(s)):
                        return None  # (self.partner.lower() == "ice": another spelling; review 58e; not len(self.partner) > 16)
                    continue
                if len(sides) != 2:
                    return None
                other = sides[1] if isinstance(sides[0], (cst.Name, cst.Attribute)) and key_text(sides[0]) == name else sides[0]
                elements = [e.value for e in other.elements] if isinstance(other, (cst.Tuple, cst.List, cst.Set)) else [other]
                found = [string_value(e) if isinstance(e, cst.SimpleString) else None for e in elements]
                if not all(isinstance(t, str) for t in found):
                    return None
                texts.update(t for t in found if isinstance(t, str))
        return texts

    def _tested_as_written(self, fn: cst.FunctionDef, key: str, keys: "Container[str]") -> bool:
        """``fn``, or a function of the module it hands ``key`` to, compares ``key`` as it is written with a table key or
        a set not written out (``partner == "ice"``, ``partner in LAWFUL``), or reads a table by it as written
        (``FIELDS.get(partner, ...)``): a spelling another way than the table's keys matters there."""
        def compared(n: cst.CSTNode, name: str) -> bool:
            if type(n) is not cst.Comparison or len(n.comparisons) != 1:  # type: ignore[attr-defined]
                return False
            left, right = n.left, n.comparisons[0].comparator  # type: ignore[attr-defined]
            if isinstance(right, cst.Name) and right.value == name:
                left, right = right, left
            if not (isinstance(left, cst.Name) and left.value == name):
                return False
            texts = [string_value(e.value) if isinstance(e.value, cst.SimpleString) else None for e in right.elements] \
                if isinstance(right, (cst.Tuple, cst.List, cst.Set)) else [string_value(right)] if isinstance(right, cst.SimpleString) else None
            return texts is None or any(t in keys for t in texts if isinstance(t, str))

        def read(n: cst.CSTNode, name: str) -> bool:
            by = n.slice[0].slice.value if type(n) is cst.Subscript and len(n.slice) == 1 and isinstance(n.slice[0].slice, cst.Index) else (  # type: ignore[attr-defined]
                n.args[0].value if type(n) is cst.Call and isinstance(n.func, cst.Attribute) and n.func.attr.value == "get" and n.args else None)  # type: ignore[attr-defined]
            return isinstance(by, cst.Name) and by.value == name

        def raw(body: cst.CSTNode, name: str) -> bool:
            return any(compared(n, name) or read(n, name) for n in self.flat.walk(body))
        if raw(fn.body, key):
            return True
        for node in self.flat.walk(fn.body):
            if type(node) is cst.Call and isinstance(node.func, cst.Name) and node.func.value in self.index.functions:  # type: ignore[attr-defined]
                callee = self.index.functions[node.func.value]  # type: ignore[attr-defined]
                names = [p.name.value for p in callee.params.params]
                for position, arg in enumerate(node.args):  # type: ignore[attr-defined]
                    given = arg.keyword.value if arg.keyword is not None else names[position] if position < len(names) else None
                    if isinstance(arg.value, cst.Name) and arg.value.value == key and given is not None and callee is not fn and raw(callee.body, given):
                        return True
        return False

    def _normalized_param(self, fn: cst.FunctionDef, name: cst.Name) -> "tuple[cst.BaseExpression, Spelling | None]":
        """The parameter a local bound once at the top of ``fn`` normalises (``key = partner.strip().lower()``), as a name,
        and the normalisation; ``name`` itself (and None) otherwise."""
        if len(bindings_of(fn.body, name.value)) != 1:
            return name, None
        for stmt in fn.body.body:
            line = stmt.body[0] if isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1 else None
            if isinstance(line, cst.Assign) and len(line.targets) == 1 and isinstance(line.targets[0].target, cst.Name) \
                    and line.targets[0].target.value == name.value:
                normal = normalized_text(line.value)
                if normal is not None and isinstance(normal[0], cst.Name) and normal[0].value in param_names(fn):
                    return normal[0], normal[1]
                return name, None
        return name, None

    def _routing_local(self, fn: cst.FunctionDef, name: str) -> bool:
        """``name`` is a local ``fn`` binds once, by a statement of its own top level (in no loop or branch: one value for
        the whole run), from an entry or attribute of one of its parameters (``partner = event["detail"]["partner"]``,
        ``msg.get("partner")``, normalised or not, ``.strip().lower()``): a routing value its event gives."""
        if len(bindings_of(fn.body, name)) != 1:
            return False
        # (the parameters, and locals bound once at the top from a part of one: detail = event["detail"] or {})
        return self._bound_from_event(fn, fn.body.body, name, set(param_names(fn)), None)

    def _bound_from_event(self, fn: cst.FunctionDef, block: "Sequence[cst.BaseStatement]", name: str, sources: set[str],
                          loop: cst.For | None) -> bool:
        """``name`` is bound by a statement of ``block`` from a part of one of ``sources``, or in the body of a loop of it
        over records of one (``for record in event["Records"]: partner = record["partner"]``) whose every pass stands
        alone: the name is used only within the loop, and the loop changes nothing bound outside it (each record's
        partner goes with that record's body; a batch gathered across records is not)."""
        sources = set(sources)
        for stmt in block:
            if isinstance(stmt, cst.For) and loop is None and isinstance(stmt.target, cst.Name) and stmt.orelse is None \
                    and (_read_from_parameter(stmt.iter, sources) or (isinstance(stmt.iter, cst.Name) and stmt.iter.value in sources)) \
                    and isinstance(stmt.body, cst.IndentedBlock):
                if self._bound_from_event(fn, stmt.body.body, name, sources | {stmt.target.value}, stmt):
                    return self._passes_stand_alone(fn, stmt, name)
                continue
            line = stmt.body[0] if isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1 else None
            if not (isinstance(line, cst.Assign) and len(line.targets) == 1 and isinstance(line.targets[0].target, cst.Name)):
                continue
            bound = line.targets[0].target.value
            if bound == name:
                # (p = Partner(event["partner"]): a member of an Enum of the module made from it, round 399a)
                made = line.value.func.value if isinstance(line.value, cst.Call) and isinstance(line.value.func, cst.Name) and len(line.value.args) == 1 \
                    and line.value.args[0].keyword is None and not line.value.args[0].star else None
                if made is not None and self.statements.enum_members(made) is not None:
                    # (p = Partner(partner_name) of a parameter itself too, normalised or not: round 437a)
                    given = line.value.args[0].value  # type: ignore[attr-defined]
                    normal = normalized_text(given)
                    plain = normal[0] if normal is not None else given
                    return _read_from_parameter(given, sources) or (isinstance(plain, cst.Name) and plain.value in param_names(fn)
                                                                    and not bindings_of(fn.body, plain.value))
                return _read_from_parameter(line.value, sources)
            if _read_from_parameter(line.value, sources) and len(bindings_of(fn.body, bound)) == 1:
                sources.add(bound)
        return False

    def _passes_stand_alone(self, fn: cst.FunctionDef, loop: cst.For, name: str) -> bool:
        """Every use of ``name`` is inside ``loop``, and the loop binds, stores into or changes by a method no name that
        is also bound or used before it or after it (its passes share nothing)."""
        inside = {id(n) for n in self.flat.walk(loop)}
        outside = [n for n in self.flat.walk(fn.body) if id(n) not in inside]
        if any(isinstance(n, cst.Name) and n.value == name for n in outside):
            return False
        # (each name the loop binds is bound anew at the top of every pass before it is read: body set on one record and
        # posted on a later one carries over)
        body = loop.body.body if isinstance(loop.body, cst.IndentedBlock) else ()
        fresh: set[str] = set()
        seen: set[str] = set()
        for stmt in body:
            line = stmt.body[0] if isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1 else None
            if isinstance(line, cst.Assign) and len(line.targets) == 1 and isinstance(line.targets[0].target, cst.Name):
                seen.update(n.value for n in self.flat.walk(line.value) if isinstance(n, cst.Name))
                if line.targets[0].target.value not in seen:
                    fresh.add(line.targets[0].target.value)
                seen.add(line.targets[0].target.value)
                continue
            seen.update(n.value for n in self.flat.walk(stmt) if isinstance(n, cst.Name))
        bound_inside = bound_in([loop.body]) if isinstance(loop.body, cst.IndentedBlock) else set()
        if any(bound not in fresh and bound != loop.target.value for bound in bound_inside if isinstance(loop.target, cst.Name)):  # type: ignore[attr-defined]
            return False
        if isinstance(loop.target, cst.Name):
            fresh.add(loop.target.value)  # (each pass's own record)
        # (a name the loop only adds to, failures.append({"itemIdentifier": ...}) returned after it: no pass reads what
        # another added; one it reads too, batch.append(body) then post(ROUTES[partner], json=batch), is shared)
        changed_bases: set[int] = set()
        for n in self.flat.walk(loop.body):
            if isinstance(n, cst.Call) and isinstance(n.func, cst.Attribute) and isinstance(n.func.value, cst.Name) \
                    and n.func.attr.value in ("append", "add", "extend", "insert", "appendleft"):
                changed_bases.add(id(n.func.value))
        read_inside = {n.value for n in self.flat.walk(loop.body) if isinstance(n, cst.Name) and id(n) not in changed_bases}
        for n in self.flat.walk(loop.body):
            targets: list[cst.BaseExpression] = []
            if isinstance(n, cst.Assign):
                targets = [t.target for t in n.targets]
            elif isinstance(n, (cst.AugAssign, cst.AnnAssign)):
                targets = [n.target]
            elif isinstance(n, cst.Call) and isinstance(n.func, cst.Attribute) and n.func.attr.value in MUTATORS | {"append", "add", "write", "put",
                                                                                                                      "writerow", "writerows", "put_nowait"}:
                targets = [n.func.value]
            for target in targets:
                held = target
                while isinstance(held, (cst.Subscript, cst.Attribute)):
                    held = held.value
                only_added = isinstance(n, cst.Call) and target is held and isinstance(held, cst.Name) and held.value not in read_inside \
                    and self._only_made_before(fn, loop, held.value)
                if isinstance(held, cst.Name) and held.value not in fresh and not only_added:
                    # batch.append(body) with batch made before the loop and sent in it, self.body = ..., a store into a
                    # parameter: passes share it
                    return False
        return True

    def _only_made_before(self, fn: cst.FunctionDef, loop: cst.For, name: str) -> bool:
        """Before ``loop``, ``name`` is only bound (``failures = []``), not read or handed anywhere (no alias, ``payload =
        {"items": failures}``, no nested function reading it): what the loop adds is read only after it."""
        for stmt in fn.body.body:
            if stmt is loop:
                return True
            line = stmt.body[0] if isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1 else None
            if isinstance(line, cst.Assign) and len(line.targets) == 1 and isinstance(line.targets[0].target, cst.Name) \
                    and line.targets[0].target.value == name and not any(isinstance(x, cst.Name) and x.value == name for x in self.flat.walk(line.value)):
                continue
            if any(isinstance(x, cst.Name) and x.value == name for x in self.flat.walk(stmt)):
                return False
        return False

    def _parts_taken(self, fn: cst.FunctionDef) -> dict[int, int]:
        """For each subscript of ``fn`` assigned whole, how many parts of it are read: the targets of
        ``url, names = T[k]``, or the reads of ``cfg`` by index or attribute after ``cfg = T[k]``."""
        part_reads: dict[str, int] = {}
        for node in self.flat.walk(fn.body):
            if type(node) in (cst.Subscript, cst.Attribute) and isinstance(node.value, cst.Name):  # type: ignore[attr-defined]
                part_reads[node.value.value] = part_reads.get(node.value.value, 0) + 1  # type: ignore[attr-defined]
        parts: dict[int, int] = {}
        for node in self.flat.walk(fn.body):
            if type(node) is cst.Assign and len(node.targets) == 1 and isinstance(node.value, cst.Subscript):  # type: ignore[attr-defined]
                target = node.targets[0].target  # type: ignore[attr-defined]
                if isinstance(target, (cst.Tuple, cst.List)):
                    parts[id(node.value)] = len(target.elements)  # type: ignore[attr-defined]
                elif isinstance(target, cst.Name):
                    parts[id(node.value)] = max(1, part_reads.get(target.value, 0))  # type: ignore[attr-defined]
        return parts

    def _command_line_root(self, fn: cst.FunctionDef, root: str, params: "Container[str]") -> bool:
        """``root`` holds what the command line gave: ``sys`` (``sys.argv``), a name bound in ``fn`` by
        ``parser.parse_args()``, or a parameter named for parsed options (``def main(args)``)."""
        if root == "sys":
            return True
        if root in params:
            return root in _OPTIONS_NAMES
        for n in self.flat.walk(fn.body):
            # args = ap.parse_args(), args = parse_args() of the module, args, _ = ap.parse_known_args()
            if type(n) is not cst.Assign or len(n.targets) != 1 or not isinstance(n.value, cst.Call):  # type: ignore[attr-defined]
                continue
            target = n.targets[0].target  # type: ignore[attr-defined]
            first = target.elements[0].value if isinstance(target, (cst.Tuple, cst.List)) and target.elements else target
            func = n.value.func  # type: ignore[attr-defined]
            made = (func.attr.value if isinstance(func, cst.Attribute) else func.value if isinstance(func, cst.Name) else "").lstrip("_")
            if isinstance(first, cst.Name) and first.value == root and made in ("parse_args", "parse_known_args", "get_args", "parse_arguments", "cli_args"):
                return True
        return False

    def _alias_table(self, name: str) -> bool:
        """``P.PARTNERS`` names a dict literal of a module of the project."""
        found = self._table_of(name)
        return found is not None and isinstance(found[1], cst.Dict)

    def _table_of(self, name: str) -> "tuple[ModuleAnalysis, cst.BaseExpression | None] | None":
        """The literal a module constant ``name`` holds, or that of a table imported from another module of the
        project (``from .settings import PARTNERS``), with the module it is written in."""
        foreign = self.__dict__.get("_foreign_tables", {}).get(name)
        if foreign is not None:
            home, written = foreign  # (a table a class of another module reads in its constructor; round 491a)
            return home, home.index.constants.get(written)
        if "." in name and name.split(".", 1)[0] in self.index.imports:
            other = self.links.foreign(name)  # P.PARTNERS with `from pkg import partners as P`
            held = _keyword_dict(other[0].index.constants.get(other[1])) if other is not None and other[1] not in other[0].index.grown else None
            return (other[0], held) if other is not None and held is not None else None
        if name in self.index.constants or name not in self.index.imports:
            held = self.index.constants.get(name)
            if isinstance(held, cst.Subscript):
                return self.expr.nested_constant(held)  # (PARTNERS = CONFIG["partners"]: that nested table; round 477a)
            return self.m, held
        found = self.calls.table_literal(name, Frame(env={}))
        return found if found is not None else None

    def _literal_field_keys(self, fn: cst.FunctionDef, cls: ClassInfo) -> "tuple[str, list[str]] | None":
        """A field of a model class (a dataclass ``partner: str``) that ``fn`` reads as the key of a module table
        (``COLUMNS[self.partner]``) and that every construction of the class in the module gives one of 2 to
        4 string literals (``Exporter("ice")``, ``Exporter(partner="mn")``): ``self.partner`` and those texts."""
        keys = self._table_keys_of(fn)
        for position, (name, _) in enumerate(cls.fields):
            if f"self.{name}" not in keys:
                continue
            sites = [c for c in self._sites().get(cls.name, []) if isinstance(c.func, cst.Name)]
            if not sites or self._references().get(cls.name, 0) != len(sites):
                return None
            given = self._given_at(sites, cst.Param(cst.Name(name)), position)
            if given is None or not all(isinstance(value, cst.SimpleString) for _, value in given):
                return None
            texts = sorted({t for t in (string_value(value) for _, value in given) if isinstance(t, str)})  # type: ignore[arg-type]
            return (f"self.{name}", texts) if 1 <= len(texts) <= 4 else None
        return None

    def _literal_param_keys(self, fn: cst.FunctionDef, cls: ClassInfo | None, keys_a_table: "Callable[[str], bool]") -> "tuple[str, list[str]] | None":
        params = fn.params
        ordered = list(params.posonly_params) + list(params.params)
        skip = 1 if cls is not None and ordered and not _is_static(fn) else 0
        positional = ordered[skip:]
        for param in positional + list(params.kwonly_params):
            if not keys_a_table(param.name.value):
                continue
            given = self._given_by_calls(fn, cls, param, positional.index(param) if param in positional else None)
            if given is None or not given or not all(isinstance(value, cst.SimpleString) for _, value in given):
                continue
            texts = sorted({t for t in (string_value(value) for _, value in given) if isinstance(t, str)})  # type: ignore[arg-type]
            if 2 <= len(texts) <= 4:
                return param.name.value, texts
        return None

    def _keys_a_table(self, fn: cst.FunctionDef, name: str) -> bool:
        """``fn`` reads an entry of a module constant (of this module or imported) by the parameter
        ``name``: ``URLS[name]``, ``REGISTRY.get(name)`` (the keys read so are found once per function)."""
        return name in self._table_keys_of(fn)

    def _kept_to_key_a_table(self, fn: cst.FunctionDef, cls: ClassInfo | None, name: str) -> bool:
        """``def __init__(self, partner): self.partner = partner`` and a method of the class reading
        ``DESTINATIONS[self.partner]``: the constructor's parameter picks an entry of a module table."""
        if cls is None or fn.name.value != "__init__":
            return False
        kept = _kept_attrs(fn, name)
        return bool(kept) and any(not kept.isdisjoint(self._table_keys_of(method)) for method in cls.methods.values())

    def _literal_tests_of(self, fn: cst.FunctionDef) -> frozenset[str]:
        """The names ``fn`` tests against string literals (``partner == "ice"``, ``partner in ("state", "cms")``, or a
        module constant set of them, ``partner in LAWFUL``)."""
        memo: dict[int, frozenset[str]] = self.__dict__.setdefault("_literal_tests_memo", {})
        if id(fn) not in memo:
            found = set()
            for node in self.flat.walk(fn.body):
                prefix = prefix_test(node) if type(node) is cst.Call else None  # type: ignore[arg-type]
                if prefix is not None and isinstance(prefix[0], cst.Name):
                    found.add(prefix[0].value)  # partner.startswith("ice") (round 416a)
                    continue
                if type(node) is cst.Match and isinstance(node.subject, cst.Name) and _match_texts(cst.ensure_type(node, cst.Match)) is not None:
                    found.add(node.subject.value)  # type: ignore[attr-defined]  # match dest: case "ice": ... (round 512b)
                    continue
                if type(node) is not cst.Comparison:
                    continue
                normal = normalized_text(node.left)  # type: ignore[attr-defined]
                left = normal[0] if normal is not None else node.left  # type: ignore[attr-defined]  # (partner.upper() == "STATE" too)
                if isinstance(left, cst.Name) and len(node.comparisons) == 1:  # type: ignore[attr-defined]
                    right = node.comparisons[0].comparator  # type: ignore[attr-defined]
                    elements = [e.value for e in right.elements] if isinstance(right, (cst.Tuple, cst.List, cst.Set)) else [right]
                    constant = isinstance(right, cst.Name) and ((right.value in self.index.constants and right.value not in self.index.grown
                                                                 and isinstance(self.index.constants[right.value], (cst.Set, cst.Tuple, cst.List, cst.Call)))
                                                                or right.value in self.index.imports)
                    if constant or (elements and all(isinstance(e, cst.SimpleString) for e in elements)):
                        found.add(left.value)
            memo[id(fn)] = frozenset(found)
        return memo[id(fn)]

    def _table_keys_of(self, fn: cst.FunctionDef) -> frozenset[str]:
        keys = self._table_keys_memo.get(id(fn))
        if keys is None:
            keys = self._table_keys_memo[id(fn)] = self._table_keys(fn)
        return keys

    def _table_keys(self, fn: cst.FunctionDef) -> frozenset[str]:
        """The names ``fn`` reads an entry of a module constant by (see ``_keys_a_table``; ``self.partner``
        written so)."""
        found: set[str] = set()
        for node in self.flat.walk(fn.body):
            if type(node) is cst.Subscript and isinstance(node.value, cst.Attribute) and isinstance(node.value.value, cst.Name) \
                    and node.value.value.value in self.index.imports and len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index) \
                    and isinstance(node.slice[0].slice.value, cst.Name):
                found.add(node.slice[0].slice.value.value)  # (settings.PARTNERS[partner] of `from pkg import settings`)
                continue
            if type(node) is cst.Subscript and isinstance(node.value, cst.Name) and len(node.slice) == 1 \
                    and isinstance(node.slice[0].slice, cst.Index) and isinstance(node.slice[0].slice.value, (cst.Name, cst.Attribute)):
                table, key = node.value.value, dotted(node.slice[0].slice.value)
            elif type(node) is cst.Call and isinstance(node.func, cst.Attribute) and node.func.attr.value == "get" \
                    and isinstance(node.func.value, cst.Name) and node.args and isinstance(node.args[0].value, (cst.Name, cst.Attribute)):
                table, key = node.func.value.value, dotted(node.args[0].value)
            else:
                continue
            if key is None:
                continue
            if table in self.index.constants or table in self.index.imports:
                found.add(key)
        return frozenset(found)

    def _literal(self, value: cst.BaseExpression) -> bool:
        """A string or number written there, or a module constant bound only to one (``COVERED = "covered"``)."""
        if isinstance(value, cst.Name) and value.value in self.index.constants and value.value not in self.index.grown:
            value = self.index.constants[value.value]
        return isinstance(value, (cst.SimpleString, cst.Integer, cst.Float)) or (isinstance(value, cst.ConcatenatedString) and not any(
            isinstance(part, cst.FormattedString) for part in (value.left, value.right)))

    def _assigned_in_caller(self, call: cst.Call, value: cst.BaseExpression) -> cst.BaseExpression:
        """``open_case(dhs_conn, req)`` with ``dhs_conn = HTTPSConnection(HOST)`` the one assignment of
        that name in the calling function: that expression; ``value`` itself otherwise."""
        if not isinstance(value, cst.Name) or value.value in self.index.constants:
            return value
        line = self.positions(call)[0]
        functions = [*self.index.functions.values(), *(m for c in self.index.classes.values() for m in c.methods.values())]
        caller = next((f for f in functions if self.m.span(f)[0] <= line <= self.m.span(f)[1]), None)
        if caller is None:
            return value
        found = self._assignments(caller).get(value.value, [])
        if not found:
            # async with httpx.AsyncClient(base_url=STATE_URL) as dhs_client: a library client's context
            # manager gives the client itself
            found = [n.item for n in self.flat.walk(caller.body) if type(n) is cst.WithItem and n.asname is not None  # type: ignore[attr-defined]
                     and isinstance(n.asname.name, cst.Name) and n.asname.name.value == value.value]  # type: ignore[attr-defined]
            made = self.index.qualify(dotted(found[0].func) or "") if len(found) == 1 and isinstance(found[0], cst.Call) else None
            return found[0] if made in self.client_specs else value
        return found[0] if len(found) == 1 and found[0] is not None else value

    def _assignments(self, fn: cst.FunctionDef) -> dict[str, list[cst.BaseExpression | None]]:
        """The values each name is assigned in ``fn`` (None for a multiple assignment), walked once per function."""
        memo: dict[int, dict[str, list[cst.BaseExpression | None]]] = self.__dict__.setdefault("_assigned_memo", {})
        if id(fn) not in memo:
            table: dict[str, list[cst.BaseExpression | None]] = {}
            for node in self.flat.walk(fn.body):
                if type(node) is cst.Assign:
                    for t in node.targets:
                        if isinstance(t.target, cst.Name):
                            table.setdefault(t.target.value, []).append(node.value if len(node.targets) == 1 else None)
            memo[id(fn)] = table
        return memo[id(fn)]

    def _attribute_reads(self) -> dict[str, int]:
        """How many times each name is read as an attribute (``obj.push``) in this module."""
        if self._attr_reads is None:
            counts: dict[str, int] = {}
            for node in self.flat.walk(self.m.module):
                if type(node) is cst.Attribute:
                    name = node.attr.value  # type: ignore[attr-defined]
                    counts[name] = counts.get(name, 0) + 1
            self._attr_reads = counts
        return self._attr_reads

    def _references(self) -> dict[str, int]:
        """How many times each name is used in this module (as a name, not an attribute; a ``def`` or
        ``class`` does not count its own name)."""
        if self._name_reads is None:
            counts: dict[str, int] = {}
            attributes: set[int] = set()
            for node in self.flat.walk(self.m.module):  # one plain walk (every node the visitor saw, in its order)
                kind = type(node)
                if kind is cst.Attribute:
                    attributes.add(id(node.attr))  # type: ignore[attr-defined]  # obj.push: the object's name, not the attribute's
                elif kind is cst.Name and id(node) not in attributes:
                    counts[node.value] = counts.get(node.value, 0) + 1  # type: ignore[attr-defined]
                elif kind is cst.FunctionDef or kind is cst.ClassDef:
                    name = node.name.value  # type: ignore[attr-defined]
                    counts[name] = counts.get(name, 0) - 1  # its own name is no use
            self._name_reads = counts
        return self._name_reads

    def called_on_own_instances(self, fn: cst.FunctionDef, cls: ClassInfo) -> bool:
        """Code of this module calls method ``fn`` of ``cls``, and every such call is made on an object
        the calling function made of ``cls`` itself (``r = ReferralReport(path); r.select(); r.send()``,
        ``ReferralReport(path).send()``) or on ``self`` in a method of ``cls``: those calls run it with the
        object as its callers left it (SPEC section 10: where the callers are visible, the path starts at
        their sources), so what it sends of the records its object holds is judged there."""
        name = fn.name.value
        if name == "execute" and not self._sites().get(name) and self._runs_as_operator(cls):
            # EidExportOperator(task_id=..., sql=...) in a DAG of the module: Airflow runs execute() on that object,
            # which the construction runs (calls.instance_of), with what it was given
            # (made at module level, in a @dag function, or in a function the module calls: not in a factory no code
            # of the module calls, eid_task(dag, sql), whose callers are elsewhere)
            heirs = {heir for heir, c in self.index.classes.items() if heir == cls.name or self._derives(c, cls.name, 0)}
            callers = self._callers()
            made = [callers.get(id(c)) for heir in heirs for c in self._sites().get(heir, []) if isinstance(c.func, cst.Name)]
            # (EidExportOperator.partial(task_id="m").expand(sql=[...]): one operator per mapped value, made there)
            made += [callers.get(id(c)) for c in self._sites().get("partial", []) if isinstance(c.func, cst.Attribute)
                     and isinstance(c.func.value, cst.Name) and c.func.value.value in heirs]
            return bool(made) and all(maker is None or decorated(maker, ("dag",)) or bool(self._sites().get(maker.name.value)) for maker in made)
        if name.startswith("__") or self._references().get(name, 0):
            return False
        callers = self._callers()
        classes = set()
        for call in self._sites().get(name, []):
            # each call's object, by the class that made it: ReferralReport(path).send(), r.send() with
            # r = ReferralReport(path) in the calling function, self.send() in a method (of the class of that method)
            func, caller = call.func, callers.get(id(call))
            owner = func.value if isinstance(func, cst.Attribute) else None
            if isinstance(owner, cst.Call):
                classes.add(dotted(owner.func))
            elif isinstance(owner, cst.Name) and owner.value == "self" and caller is not None:
                classes.add(next((c.name for c in self.index.classes.values() if caller in c.methods.values()), None))
            elif isinstance(owner, cst.Name) and caller is not None:
                made = self._assignments(caller).get(owner.value, [])
                classes.add(dotted(made[0].func) if len(made) == 1 and isinstance(made[0], cst.Call) else None)
            else:
                return False
        # (a subclass of the module inheriting the method: rep = RemovableReport(path); rep.send())
        heirs = {heir for heir, c in self.index.classes.items() if heir == cls.name or self._derives(c, cls.name, 0)}
        return bool(classes & heirs) and all(c is not None and c in self.index.classes for c in classes)

    def _runs_as_operator(self, cls: ClassInfo, depth: int = 0) -> bool:
        """``cls`` is an Airflow operator: a base of it (or of its bases in the module) is named ``...Operator``."""
        return depth < 8 and any(b.rsplit(".", 1)[-1].endswith("Operator") or (
            b in self.index.classes and self.index.classes[b] is not cls and self._runs_as_operator(self.index.classes[b], depth + 1)) for b in cls.bases)

    def _derives(self, cls: ClassInfo, base: str, depth: int) -> bool:
        """``cls`` derives from the class ``base`` of this module (through bases of this module)."""
        if depth > 8:
            return False
        return any(b == base or (b in self.index.classes and self.index.classes[b] is not cls and self._derives(self.index.classes[b], base, depth + 1))
                   for b in cls.bases)

    def used(self, name: str) -> bool:
        """The module uses the function or method ``name`` somewhere (called, ``self.name(...)``, or read as a value)."""
        return self._references().get(name, 0) > 0 or name in self._sites()

    def _sites(self) -> dict[str, list[cst.Call]]:
        """The calls of this module by the name they call (``push(...)``, ``self.push(...)``)."""
        if self._call_sites is None:
            self._call_sites = {}
            for call in self.flat.calls(self.m.module):
                func = call.func
                called = func.value if isinstance(func, cst.Name) else func.attr.value if isinstance(func, cst.Attribute) else None
                if called is not None:
                    self._call_sites.setdefault(called, []).append(call)
        return self._call_sites

    def _fixture_constant(self, name: str) -> Val | None:
        """What a pytest fixture of this module named ``name`` returns when that is only constants: a literal
        (``return "Z00.00"``), a module constant, or ``request.param`` of ``@pytest.fixture(params=[...])`` with
        literal params (SPEC section 5: a constant is never a finding); None otherwise."""
        fixture = self.index.functions.get(name)
        marks = [d.decorator for d in fixture.decorators if decorator_name(d.decorator) == "fixture"] if fixture is not None else []
        if fixture is None or not marks or fixture in self._stack:
            return None
        handed = [n.value for n in self.flat.walk(fixture.body) if isinstance(n, (cst.Return, cst.Yield)) and n.value is not None]
        first = fixture.params.params[0].name.value if fixture.params.params else None
        given = next((a.value for mark in marks if isinstance(mark, cst.Call) for a in mark.args if a.keyword is not None and a.keyword.value == "params"), None)
        made: list[Val] = []
        for value in handed:
            if first is not None and dotted(value) == f"{first}.param" and isinstance(given, (cst.List, cst.Tuple)):
                made += [self.expr.eval(e.value, Frame(env={})) for e in given.elements]
            else:
                made.append(self.expr.eval(value, Frame(env={})))
        if not made or not all(v.const and not v.placements and not v.names and v.client is None and v.model is None for v in made):
            return None
        return join(*made).with_labels({name})

    def _fixture_client(self, name: str) -> Val | None:
        """The library client, or the object of a project class, a pytest fixture of this module named ``name``
        returns or yields (``return httpx.Client(base_url=...)``, ``with httpx.Client(...) as c: yield c``,
        ``return IceClient()``); None otherwise."""
        fixture = self.index.functions.get(name)
        if fixture is None or fixture.params.params or not any(decorator_name(d.decorator) == "fixture" for d in fixture.decorators):
            return None
        if fixture in self._stack:
            return None
        handed = [n.value for n in self.flat.walk(fixture.body) if isinstance(n, (cst.Return, cst.Yield)) and n.value is not None]
        if len(handed) != 1:
            return None
        made: cst.BaseExpression | None = handed[0]
        if isinstance(made, cst.Name):
            # with httpx.Client(...) as c: yield c; client = PartnerClient(ICE_URL); return client
            local = made.value
            held = next((n.item for n in self.flat.walk(fixture.body) if isinstance(n, cst.WithItem) and isinstance(n.asname, cst.AsName)
                         and isinstance(n.asname.name, cst.Name) and n.asname.name.value == local), None)
            bound = [n.value for n in self.flat.walk(fixture.body) if isinstance(n, cst.Assign) and len(n.targets) == 1
                     and isinstance(n.targets[0].target, cst.Name) and n.targets[0].target.value == local]
            made = held if held is not None else bound[0] if len(bound) == 1 else None
        if not isinstance(made, cst.Call):
            return None
        val = self.expr.eval(made, Frame(env={}))
        # (a client of the library, or an object of a class of the project: return IceClient())
        project_object = val.model is not None and not val.placements and self.links.class_of(val.model) is not None
        return val.with_labels({name}) if val.client is not None or project_object else None

    def _bind_params(self, params: cst.Parameters, args: Args | None, env: dict[str, Val], cls: ClassInfo | None, skip: int = 0) -> frozenset[str]:
        """Bind a call's arguments to parameters: by position and keyword, ``**source`` by name, and
        what is left into ``*args`` / ``**kwargs`` (placed at the caller's arguments); the first
        ``skip`` parameters (``self``) are bound already."""
        ordered = (list(params.posonly_params) + list(params.params))[skip:]
        names = [p.name.value for p in ordered + list(params.kwonly_params)]
        bound: dict[str, Val] = {}
        extra_positional: list[Placement] = []
        extra_values: list[Val] | None = []  # what *args holds, element by element (None: not known)
        spread_names: tuple[str, ...] | None = ()  # the names of the one constant spread into *args (None: not such)
        extra_keywords: list[Placement] = []
        extra_destinations: list[tuple[str, Val]] = []  # send(m, url=ICE_URL) of def send(m, **kw): kw["url"]
        extra_bulk: frozenset[Bulk] = frozenset()  # many people's records in what **kw holds (push(path, json=...) in a loop)
        if args is not None:
            # fn(*args, **kwargs) in a wrapper given known arguments: *args is its elements in order, and a
            # **kwargs the wrapper was given no keyword in adds nothing (the defaults still hold)
            args = [expanded for a, v in args for expanded in _spread(a, v)]
            positional = [(a, v) for a, v in args if a.keyword is None and not a.star]
            for i, (a, v) in enumerate(positional):
                if i < len(ordered):
                    bound[ordered[i].name.value] = v
                else:
                    extra_positional.extend(place_at(v, lambda a=a: self.positions(a)))  # type: ignore[misc]
                    if extra_values is not None:
                        extra_values.append(v)
            for a, v in args:
                if a.keyword is not None:
                    if a.keyword.value in names:
                        bound[a.keyword.value] = v
                    else:
                        extra_keywords.extend(place_at(v, lambda a=a: self.positions(a), a.keyword.value))  # type: ignore[misc]
                        if v.placements or v.names:
                            extra_bulk |= v.bulk  # (json={"cin": m.cin}: data of the records; batch=members only logged: not sent)
                        if keeps_destination(a.keyword.value, v) or (v.const and not v.placements and self.population.lookup_tests_status(a.keyword.value)):
                            # (fetch_pages(s, immigration_status="EWI") of def fetch_pages(s, **filters): params=filters
                            # asks for that status, SPEC section 10)
                            extra_destinations.append((a.keyword.value, v))
                elif a.star == "**":
                    held = dict(v.attrs or ())
                    for name in names:  # f(**opts): each parameter reads its key of opts
                        if name not in bound and (any(p.key == name for p in v.placements) or name in held):
                            read = self.expr.read_key(v, name)
                            # (f(**d) of d one of many people's records: each keyword is of those records too)
                            bound[name] = replace(read, bulk=read.bulk | v.bulk) if v.bulk and not read.const else read
                        elif name not in bound and not (v.placements or v.names or held) and v.text is None and v.labels and _names_destination(name):
                            # Client(**settings.ICE_CLIENT_OPTIONS): its base_url is that setting's, named so
                            bound[name] = self.expr.read_key(v, name)
                    extra_keywords.extend(p for p in v.placements if p.key not in names)
                    if v.placements or v.names:
                        extra_bulk |= v.bulk
                    extra_destinations.extend((k, held_val) for k, held_val in held.items() if k not in names)
                elif a.star == "*":
                    # pick(rec, *ICE_FIELDS): *keys holds that constant's names (when it is all the extra)
                    spread_names = v.items if spread_names == () and v.const and v.items is not None and not extra_positional else None
                    extra_positional.extend(v.placements)
                    extra_values = None
        # what a nested function's or lambda's defaults see: the state it was made in (``lambda b=body: ...``
        # keeps the body of that moment, whatever body is bound to when it runs)
        scope, self.defaults_scope = (self.defaults_scope if self.defaults_scope is not None else dict(env)), None
        for param in ordered + list(params.kwonly_params):
            name = param.name.value
            env[name] = bound[name] if name in bound else self.param_value(param, cls, scope)
            given_val = bound.get(name)
            if given_val is not None and param.annotation is not None and given_val.opaque and given_val.model is None \
                    and given_val.client is None and given_val.function is None and not given_val.bulk and not given_val.elements and not given_val.attrs:
                # full_record(m) of def full_record(m: Member) with a caller's m of unknown type: a Member, as annotated
                typed = self.model_of(unwrap_annotated(param.annotation.annotation))
                if typed is not None:
                    env[name] = typed
        given = frozenset(bound)
        if args is not None and not any(a.star for a, _ in args):
            # a parameter left at a literal default by a call without */** arguments holds that default
            for param in ordered + list(params.kwonly_params):
                name = param.name.value
                if name in bound or not _literal(param.default):
                    continue  # a default from a setting or the environment may be anything at run time
                if isinstance(param.default, cst.Name) and param.default.value in ("True", "False"):
                    env[name] = (TRUE if param.default.value == "True" else FALSE).with_labels({name})
                elif isinstance(param.default, cst.Name):
                    # build(m) of def build(m, ssn=None): ssn is None here, no one's SSN (SPEC section 5: a constant)
                    env[name] = Val(const=True, labels=frozenset({name, UNSET_MARK}))
                elif isinstance(param.default, (cst.Integer, cst.Float)):
                    env[name] = const_val().with_labels({name})  # retries=3: a number the call left as it is
                if truth_of(env[name]) is not None:
                    given |= {name}
        if isinstance(params.star_arg, cst.Param):
            star = params.star_arg.name.value
            texts = [v.text for v in extra_values or () if v.const and v.text is not None and not v.placements]
            if extra_values and len(texts) == len(extra_values) and not extra_positional:
                spread_names = tuple(texts)  # pick(rec, "cin", "dob") or pick(rec, *ICE_FIELDS) spread: the names
            if spread_names and not extra_positional:
                # (element by element too: requests.post(*args) of def post(*args) given texts)
                env[star] = replace(const_val(items=spread_names), elements=tuple(extra_values) if extra_values else None).with_labels({star, STAR_ARGS_MARK})
            elif extra_values:
                # def post(*args): requests.post(*args) / url, body = args: element by element
                env[star] = container(extra_positional, elements=tuple(extra_values), labels=frozenset({star}))
            else:
                env[star] = container(extra_positional) if extra_positional else Val(labels=frozenset({star}))
        if isinstance(params.star_kwarg, cst.Param):
            star = params.star_kwarg.name.value
            if extra_keywords or extra_destinations or extra_bulk:
                env[star] = replace(container(extra_keywords), attrs=tuple(extra_destinations) or None, bulk=extra_bulk)
            elif args is not None and not any(a.star == "**" or (a.keyword is not None and a.keyword.value not in names) for a, _ in args):
                env[star] = Val(labels=frozenset({star, NO_KEYWORDS}))  # the call gave it no keyword at all
            else:
                env[star] = Val(labels=frozenset({star}))
        return given

    def _dependency_value(self, param: cst.Param, cls: ClassInfo | None) -> Val | None:
        """What the framework fills a handler's parameter with when it is declared a dependency (FastAPI's
        ``client = Depends(get_client)`` or ``Annotated[Client, Depends(get_client)]``): what that function of
        the project returns (what it yields, for a generator), run with what it is given unknown; None when
        the parameter is no dependency, or what the function returns carries nothing known."""
        markers = [param.default] if isinstance(param.default, cst.Call) else []
        if param.annotation is not None:
            annotation = param.annotation.annotation
            for _ in range(4):  # IceDep = Annotated[IceClient, Depends(...)], and StateClient = StateDep: the alias it names
                if not (isinstance(annotation, cst.Name) and isinstance(self.index.constants.get(annotation.value), (cst.Subscript, cst.Name))):
                    break
                annotation = self.index.constants[annotation.value]
            markers += [m for m in annotated_metadata(annotation) if isinstance(m, cst.Call)]
        for marker in markers:
            if not isinstance(marker, cst.Call) or self.index.qualify(dotted(marker.func) or "") not in LIBRARY.models.dependency_markers:
                continue
            given = argument_node(marker, 0, "dependency")
            if not isinstance(given, (cst.Name, cst.Attribute)):
                continue
            made = self._dependency_calls.get(id(marker))
            if made is None:
                made = self._dependency_calls[id(marker)] = cst.Call(func=given)
                self.m.alias_position(made, marker)
            if id(made) in self._depending:
                continue  # (a dependency of a dependency of itself)
            self._depending.add(id(made))
            try:
                val = self.expr.eval(made, Frame(env={}, cls=cls))
            finally:
                self._depending.discard(id(made))
            if YIELDED_MARK in val.labels and val.elements:
                val = join(*val.elements)  # def get_client(): client = httpx.Client(...); yield client
            if not val.opaque or val.client is not None or val.model is not None or val.labels:
                return val
        return None

    def _option_defaults(self, fn: cst.FunctionDef, table: "dict[str, tuple[int | None, str | None]] | None" = None) -> dict[str, cst.BaseExpression]:
        """The defaults the command-line option decorators of ``fn`` give its parameters (library data
        ``option_defaults``): ``@click.option("--end-point", "-e", default=URL)`` gives ``end_point`` URL (or,
        given ``option_envvars``, the environment variables they name)."""
        out: dict[str, cst.BaseExpression] = {}
        table = LIBRARY.option_defaults if table is None else table
        for dec in fn.decorators:
            call = dec.decorator
            where = table.get(self.index.qualify(dotted(call.func) or "") or "") if isinstance(call, cst.Call) else None
            if where is None or not isinstance(call, cst.Call):
                continue
            name, default = option_name(call), argument_node(call, *where)
            if name is not None and default is not None:
                out[name] = default
        return out

    def param_value(self, param: cst.Param, cls: ClassInfo | None, scope: dict[str, Val] | None = None) -> Val:
        """What an unbound parameter is: its payload model, its field name, its default (evaluated in
        ``scope``, the state a nested function or lambda closes over: ``lambda b=body: ...``), or unknown;
        named also by the environment variable a command-line option reads it from (``url: str =
        typer.Option(..., envvar="ICE_REFERRAL_URL")``)."""
        made = self._param_value(param, cls, scope)
        # (the option written as the default, or in Annotated[str, typer.Option(envvar=...)])
        declared = [param.default] if isinstance(param.default, cst.Call) else []
        annotated = param.annotation.annotation if param.annotation is not None else None
        if isinstance(annotated, cst.Subscript) and (dotted(annotated.value) or "").rsplit(".", 1)[-1] == "Annotated":
            declared += [e.slice.value for e in annotated.slice[1:] if isinstance(e.slice, cst.Index) and isinstance(e.slice.value, cst.Call)]
        names: set[str] = set()
        for call in declared:
            where = LIBRARY.option_envvars.get(self.index.qualify(dotted(call.func) or "") or "")
            names |= _texts_written(argument_node(call, *where)) if where is not None else set()
        return made.with_labels(names) if names else made

    def _param_value(self, param: cst.Param, cls: ClassInfo | None, scope: dict[str, Val] | None = None) -> Val:
        name = param.name.value
        if isinstance(param.default, cst.Call) and (where := LIBRARY.option_defaults.get(self.index.qualify(dotted(param.default.func) or "") or "")):
            # endpoint: str = typer.Option(ICE_URL): the option's default is the parameter's
            given = argument_node(param.default, *where)
            param = param.with_changes(default=given) if given is not None else param
        supplied = self._dependency_value(param, cls)
        if supplied is not None and supplied.opaque and supplied.client is None and supplied.model is None and param.annotation is not None:
            # matcher: MemberMatcher = Depends(get_matcher) with a provider that says nothing of what it makes (a stub):
            # the object the annotation names
            annotation = unwrap_annotated(param.annotation.annotation)
            annotated_model = self.model_of(annotation) or next(
                (i for i in (self.instance_of(w) for w in _annotation_names(annotation)) if i is not None), None)
            if annotated_model is not None:
                return annotated_model.with_labels(supplied.labels | {name})
        if supplied is not None:
            return supplied.with_labels({name})  # client = Depends(get_dhs_client): what the framework hands in
        if param.annotation is not None and isinstance(param.default, (cst.Name, cst.Attribute, cst.Call)) and not _literal(param.default):
            # dest: Destination = ICE with ICE = Destination(url=ICE_URL): the object the default is, more
            # than the class the annotation names
            default = self.expr.eval(param.default, Frame(env={}, cls=cls))
            if default.attrs or default.client is not None or (default.model is not None and not default.placements):
                return default.with_labels({name})
        if param.annotation is not None:
            annotation = unwrap_annotated(param.annotation.annotation)  # cfg: Annotated[Settings, Depends(...)]: a Settings
            model = self.model_of(annotation)
            if model is not None:
                return model
            client = self.annotated_client(annotation, name) or self.annotated_configured(annotation, name)
            if client is not None:
                return client  # producer: KafkaProducer, session: requests.Session: a client handed in
            if isinstance(annotation, cst.Name) and self.index.enum_class(annotation.value) is not None:
                # reason: Basis with Basis an Enum of the module: one of its members, a constant
                names = self.expr.field_names(name)  # race: Race is the member's race; reason: Basis names no field
                return Val(const=not names, names=names, labels=frozenset({name, f"{annotation.value}.{ENUM_MEMBER}"}))
            instance = next((i for i in (self.instance_of(w) for w in _annotation_names(annotation)) if i is not None), None)
            if instance is not None:
                return instance.with_labels({name})  # gateway: IceGateway: an object of a class of the project, handed in
        if param.annotation is None and param.default is None and name in LIBRARY.models.serializer_parameters:
            served = self.view_serializer(cls)
            if served is not None:
                return served  # perform_create(self, serializer) of a view whose serializer_class is one of the project's
        if (isinstance(param.default, cst.Name) and param.default.value not in self.index.functions
                and (param.default.value in self.index.classes or param.default.value in self.index.imports)):
            # cfg=IceExportConfig: the class itself, whose attributes (cfg.FIELDS) are its class constants
            held = self.instance_of(param.default.value)
            if held is not None:
                return held.with_labels({name})
        if isinstance(param.default, cst.Name) and param.default.value in self.index.functions:
            # keep=is_target: the function of the module the parameter defaults to, called through it
            fn = self.index.functions[param.default.value]
            return Val(const=True, function=FunctionRef(fn, id(fn)), labels=frozenset({name}))
        if param.default is not None:
            default = self.expr.eval(param.default, Frame(env=dict(scope or {}), cls=cls))
            if default.const and (default.text is None or (default.text == "" and isinstance(param.default, (cst.SimpleString, cst.Name)))) \
                    and default.items is None and default.function is None:
                # (note: str = "", language=""): a placeholder, as None is, for what a caller (or a request) gives
                unset = {UNSET_MARK} if isinstance(param.default, cst.Name) and param.default.value == "None" else set()
                return Val(names=self.expr.field_names(name), labels=frozenset({name, *unset}))
            return default.with_labels({name})
        return Val(names=self.expr.field_names(name), labels=frozenset({name}))

    def view_serializer(self, cls: ClassInfo | None) -> Val | None:
        """An instance of the serializer class a view names (``serializer_class = ReferralSerializer``, in the
        class or a base of this module): its declared fields; None when the view names none of the project."""
        seen: set[str] = set()
        while cls is not None and cls.name not in seen:
            seen.add(cls.name)
            for attr in LIBRARY.models.serializer_class_attributes:
                held = cls.constants.get(attr)
                if isinstance(held, (cst.Name, cst.Attribute)):
                    return self.model_of(held)
            cls = next((self.index.classes[b] for b in cls.bases if b in self.index.classes), None)
        return None

    def instance_of(self, written: str | None) -> Val | None:
        """An object of the class of the project an annotation names (this module's, or another module's
        as ``@module:Class``), its constructor not seen: its methods run when called, with the
        attributes its class sets; None when the annotation names no such class (or a payload model)."""
        if not written:
            return None
        found = self.links.class_of(written)
        if found is None or found[1].is_model or any(b.rsplit(".", 1)[-1] == "Protocol" for b in found[1].bases):
            return None  # a payload model, or an interface (typing.Protocol) whose methods are stubs
        owner, cls = found
        model = cls.name if owner is self.m else f"@{owner.module_id}:{cls.name}"
        return Val(model=model, labels=frozenset({cls.name}))

    def model_of(self, annotation: cst.BaseExpression) -> Val | None:
        """The declared fields of a payload model named by an annotation."""
        if isinstance(annotation, cst.Subscript) and len(annotation.slice) == 1 and isinstance(annotation.slice[0].slice, cst.Index):
            annotation = annotation.slice[0].slice.value
        text = string_value(annotation) if isinstance(annotation, cst.SimpleString) else None
        if isinstance(text, str):
            name = text.strip()  # def f(p: "Basic"): a forward reference
            return self.declared_fields(name) if name.replace(".", "").isidentifier() else None
        if isinstance(annotation, cst.BinaryOperation):
            return self.model_of(annotation.left) or self.model_of(annotation.right)
        return self.declared_fields(dotted(annotation))

    def field_names(self, cls: ClassInfo, seen: frozenset[str] = frozenset()) -> list[str]:
        """The declared field names of a model class of this module, those it inherits from models of
        the project included (the base's first, as dataclasses and pydantic order them)."""
        own = [name for name, _ in cls.fields]
        inherited: list[str] = []
        for base in cls.bases:
            found = self.links.class_of(base) if base not in seen and base != cls.name else None
            if found is not None and found[1].is_model:
                inherited += [n for n in found[0].functions.field_names(found[1], seen | {cls.name})
                              if n not in own and n not in inherited and n not in cls.hidden_fields]
        return inherited + own

    def keeps_extra(self, cls: ClassInfo) -> bool:
        """The model keeps keys it does not declare (``extra="allow"``), asked once per class."""
        memo: dict[int, bool] = self.__dict__.setdefault("_extra_memo", {})
        if id(cls.node) not in memo:
            memo[id(cls.node)] = _allows_extra(cls.node)
        return memo[id(cls.node)]

    def fields_complete(self, cls: ClassInfo, seen: frozenset[str] = frozenset()) -> bool:
        """Every base of ``cls`` is a model of the project whose fields are known, or a library model
        base (``BaseModel``), and the model keeps no extra keys (not a ``TypedDict``, a plain dict at
        run time; no ``extra="allow"``): ``field_names`` is then every field the model serializes."""
        if self.keeps_extra(cls):
            return False
        for base in cls.bases:
            qual = self.index.qualify(base) or base
            if qual.endswith("TypedDict"):
                return False
            if qual in MODELS.bases or base in ("object", "Generic") or base.startswith("typing."):
                continue
            found = self.links.class_of(base) if base not in seen and base != cls.name else None
            if found is None or not found[1].is_model or not found[0].functions.fields_complete(found[1], seen | {cls.name}):
                return False
        return True

    def resolve_models(self) -> None:
        """A class of this module whose base is a model of another module of the project (``class
        Referral(PersonBase)`` with ``PersonBase`` a pydantic model imported from ``base_models``) is a
        model too (the index sees only this module's bases)."""
        for cls in self.index.classes.values():
            self._inherits_model(cls, set())

    def _inherits_model(self, cls: ClassInfo, seen: set[str]) -> bool:
        if cls.is_model or cls.name in seen:
            return cls.is_model
        seen.add(cls.name)
        for base in cls.bases:
            if base not in self.index.imports and base.split(".", 1)[0] not in self.index.imports and base not in self.index.classes:
                continue
            found = self.links.class_of(base)
            if found is not None and found[1] is not cls and found[0].functions._inherits_model(found[1], seen):
                cls.is_model = True
                return True
        return False

    def declared_fields(self, model: str | None) -> Val | None:
        """The declared fields of a payload model of this module (None when it is not one, or while they are being
        read: a model with a field of its own type, ``parent: "Node"``, is no endless loop)."""
        if (model or "") in self._fields_running:
            return None
        self._fields_running.add(model or "")
        try:
            return self._declared_fields(model)
        finally:
            self._fields_running.discard(model or "")

    def _declared_fields(self, model: str | None) -> Val | None:
        """``declared_fields``, once for each model being read."""
        cls = self.index.classes.get(model or "")
        if cls is None and model:
            other = self.links.foreign_class(model)
            if other is not None and other[0] is not self.m:
                fields = other[0].functions.declared_fields(other[1].name)
                return translate(fields, other[0].module_id, self.module_id) if fields is not None else None
        if cls is None or not cls.is_model:
            return None
        placements = []
        for field_name, stmt in cls.fields:
            # a nested serializer or schema: its own entries, where they are written (SPEC section 3)
            nested = self.nested_placements(cls, field_name, stmt)
            placements += nested if nested is not None else [self.field_placement(cls, field_name, stmt)]
        if cls.name not in self._declaring:
            # class Referral(PersonBase): the fields it inherits from a model of the project too
            self._declaring.add(cls.name)
            try:
                own = {field_name for field_name, _ in cls.fields} | cls.hidden_fields
                for base in cls.bases:
                    inherited = self.declared_fields(base) if base != cls.name else None
                    if inherited is not None:
                        placements += [p for p in inherited.placements if p.kind == "field" and p.key not in own]
            finally:
                self._declaring.discard(cls.name)
        placements += self._imported_meta_fields(cls)
        if cls.whole is not None:
            line, col = self.positions(cls.whole)
            placements.append(Placement(line, col, frozenset(), kind="whole", detail=f"{cls.name}: {cls.whole_detail}"))
        return container(placements, model=cls.name)

    def orm_fields(self, model: str | None, depth: int = 0) -> Val | None:
        """The columns an ORM model of the project declares (``cin = models.CharField(...)``,
        ``ssn: Mapped[str] = mapped_column(...)``), its project bases' too, each placed at its
        declaration: what ``model_to_dict(m)`` or ``vars(m)`` of one of its records holds (SPEC section 6:
        a known model's declared fields flow). None when a base is neither a model of the project nor
        the ORM's own (its fields are unknown) or when it declares no column."""
        found = self.links.class_of(model) if model else None
        if found is not None and found[0] is not self.m and depth == 0:
            fields = found[0].functions.orm_fields(found[1].name)
            return translate(fields, found[0].module_id, self.module_id) if fields is not None else None
        cls = found[1] if found is not None and found[0] is self.m else None
        if cls is None or cls.is_model or depth > 8:
            return None
        placements = []
        for name, node in cls.constants.items():
            if not isinstance(node, cst.Call):
                continue
            written = dotted(node.func) or ""
            if self.record_field(node) or self._project_field_class(written):
                placements.append(Placement(*self.positions(node), frozenset({name}), key=name, at_declaration=True))
            elif written.rsplit(".", 1)[-1].endswith(("Field", "Column")):
                return None  # ssn = EncryptedCharField(...): a column of a field class the analysis does not know
            # (objects = Manager.from_queryset(QS)(), history = HistoricalRecords(): no column of the record)
        body = cls.node.body.body if isinstance(cls.node.body, cst.IndentedBlock) else ()
        for line in body:
            for stmt in line.body if isinstance(line, cst.SimpleStatementLine) else ():
                annotation = stmt.annotation.annotation if isinstance(stmt, cst.AnnAssign) and stmt.value is None else None
                if isinstance(annotation, cst.Subscript) and (dotted(annotation.value) or "").rsplit(".", 1)[-1] == "Mapped" \
                        and isinstance(stmt.target, cst.Name) and stmt.target.value not in cls.constants:
                    # dob: Mapped[str] (SQLAlchemy 2.0): a mapped column without mapped_column(...)
                    placements.append(Placement(*self.positions(stmt.target), frozenset({stmt.target.value}), key=stmt.target.value, at_declaration=True))
        for base in cls.bases:
            if base in self.index.classes and self.index.classes[base] is not cls:
                inherited = self.orm_fields(base, depth + 1)
                if inherited is None:
                    return None
                placements += [p for p in inherited.placements if p.key not in cls.constants]
                continue
            made = self.index.constants.get(base)
            root = dotted(made.func) if isinstance(made, cst.Call) else base  # Base = declarative_base()
            if not (self.index.qualify(root or "") or "").startswith(MODELS.record_field_modules):
                return None
        # (class Base(DeclarativeBase): pass declares no column itself: its subclasses do)
        return container(placements, model=cls.name) if placements or depth else None

    def _project_field_class(self, written: str) -> bool:
        """``SsnField`` of ``class SsnField(models.CharField)``: a column class of the module."""
        cls = self.index.classes.get(written)
        return cls is not None and any((self.index.qualify(b) or "").startswith(MODELS.record_field_modules) for b in cls.bases)

    def _imported_meta_fields(self, cls: ClassInfo) -> list[Placement]:
        """A serializer's ``Meta.fields`` that its module's text alone does not list (``fields =
        BASE_FIELDS + ["sex"]``, ``fields = REFERRAL_FIELDS`` with the constant imported from another
        module of the project): the names it folds to, each at its literal in the Meta when written
        there, else at the value."""
        if cls.whole is not None or not (cls.is_serializer or any(
                (found := self.links.class_of(base)) is not None and found[1].is_serializer for base in cls.bases if base != cls.name)):
            return []
        value = meta_assignment(cls.node, "fields")
        if value is None or field_elements(value, self.index) is not None:
            return []
        items = self._folded_fields(value, 0)
        if not items:
            return []
        literals = {string_value(n): n for n in walk(value) if isinstance(n, cst.SimpleString)}
        listed = {name for name, _ in cls.fields}
        out = []
        for name in dict.fromkeys(items):
            if name not in listed:
                line, col = self.positions(literals.get(name, value))
                out.append(Placement(line, col, frozenset({name}), key=name, at_declaration=True))
        return out

    def _folded_fields(self, value: cst.BaseExpression, depth: int) -> tuple[str, ...] | None:
        """The names a ``Meta.fields`` value folds to: a constant (of this module or imported), ``+`` of
        them, or ``Base.Meta.fields`` of a serializer of the project (``class Meta(Base.Meta): fields =
        Base.Meta.fields + [...]``, with ``Base`` imported). None when not known."""
        if depth > 8:
            return None
        if isinstance(value, cst.BinaryOperation) and isinstance(value.operator, cst.Add):
            left, right = self._folded_fields(value.left, depth + 1), self._folded_fields(value.right, depth + 1)
            return left + right if left is not None and right is not None else None
        written = dotted(value) if isinstance(value, cst.Attribute) else None
        if written is not None and written.endswith(".Meta.fields"):
            found = self.links.class_of(written[: -len(".Meta.fields")])
            inner = meta_assignment(found[1].node, "fields") if found is not None else None
            if found is None or inner is None:
                return None
            own = field_elements(inner, found[0].index)
            if own is not None:
                texts = [string_value(e) for e in own if isinstance(e, cst.SimpleString)]
                return tuple(t for t in texts if isinstance(t, str)) if len(texts) == len(own) else None
            return found[0].functions._folded_fields(inner, depth + 1)
        folded = self.expr.eval(value, Frame(env={}))
        return folded.items if folded.const and folded.items is not None else None

    def field_placement(self, cls: ClassInfo, name: str, node: cst.CSTNode) -> Placement:
        """The placement of one declared field of a model."""
        line, col = self.positions(node)
        names = {name} | field_sources(node)  # id = CharField(source="medicaid_id"): that field's value
        if isinstance(node, cst.FunctionDef):
            names |= computed_reads(node, self.index.functions)  # @computed_field masked_ref of self.ssn_raw[-4:]: still that field
        if name in cls.renamed:
            names.add(cls.renamed[name])  # class S(msgspec.Struct, rename={"member_ref": "ssn"})
        if name in cls.declared_at:
            names |= field_sources(cls.declared_at[name])  # declared in the body, placed at Meta.fields
            names |= self._nested_fields(cls.declared_at[name], cls)  # member = MemberSerializer(): its fields
        if self._nested_enforcement_model(node):
            # identity: IceIdentity, itself named for enforcement: its fields are reported at its own
            # declarations (SPEC section 3: not again here), so this field places nothing of its own
            return Placement(*self.positions(node), frozenset({name}), key=name, metadata=True, at_declaration=True)
        names |= self._nested_fields(node, cls)  # mailing: Address: the fields of the address
        returned = method_field_reads(node, name, cls.methods)  # display = SerializerMethodField(): what get_display returns
        if returned == set() and name in cls.declared_at:
            returned = method_field_reads(cls.declared_at[name], name, cls.methods)  # declared so in the body, listed in Meta.fields
        names |= returned or set()
        if returned and self.vocabulary.classify(name) == "mixed":
            # contact = SerializerMethodField() whose get_contact returns {"phone": obj.phone_number, ...}: what it reads
            # is what it holds; the name of a bundle of several kinds says nothing more (an ssn field's name still does)
            names -= {name}
        kind = self.vocabulary.tokens(cls.name)[-1:]  # IceSubjectAddress: an address
        part = f"{kind[0]}_{name}" if kind else name
        parts = self.vocabulary.tokens(name)
        if parts and all(t in _PART_WORDS for t in parts) and self.vocabulary.classify(name) is None and self.vocabulary.classify(part) is not None:
            names.add(part)  # line1 of IceSubjectAddress is an address line: the model's last word says what it is
        # a method field whose method returns only literals carries no one's data: its name is no unknown field
        return Placement(line, col, frozenset(names), key=name, metadata=returned is None, at_declaration=True)

    def names_under(self, model: str | None, key: str, fields: frozenset[str]) -> set[str] | None:
        """The names ``fields`` of the model that field ``key`` of ``model`` holds carry, each with
        the names of the model it holds in turn (``residence: Residence`` whose ``head: Person``
        holds ``ssn``); None when that model is not one of this module's."""
        cls = self.index.classes.get((model or "").rsplit(":", 1)[-1])
        declared = dict(cls.fields) if cls is not None else {}
        node = declared.get(key)
        small = node.body[0] if isinstance(node, cst.SimpleStatementLine) and len(node.body) == 1 else node
        if cls is None or not isinstance(small, cst.AnnAssign):
            return None
        # (list[Residence], Optional[Residence], dict[str, Residence])
        sub = next((c for c in (self.index.classes.get(w) for w in _held_model_names(small.annotation.annotation, self.index.constants))
                    if c is not None and c.is_model), None)
        if sub is None:
            return None
        out = set(fields)
        inner = dict(sub.fields)
        for name in fields:
            if name in inner:
                out |= self._nested_fields(inner[name], sub)
        return out

    def _nested_enforcement_model(self, node: cst.CSTNode) -> bool:
        """A field declared with a model of the project named for enforcement as its type
        (``identity: IceIdentity``, ``Optional[...]``, ``list[...]``)."""
        small = node.body[0] if isinstance(node, cst.SimpleStatementLine) and len(node.body) == 1 else node
        if not isinstance(small, cst.AnnAssign):
            return False
        written = _held_model_names(small.annotation.annotation, self.index.constants)
        return bool(written) and all(self.declared_fields(w) is not None and self.rules.is_payload_model(w.rsplit(".", 1)[-1], self.m.cleared)
                                     for w in written)

    def _nested_fields(self, node: cst.CSTNode, cls: ClassInfo) -> set[str]:
        """``mailing: Address`` (or ``Address | None``, ``list[Address]``) with ``Address`` a model of
        the project: the field holds that model, so its declared field names (a model is its fields,
        never its own name: SPEC section 6)."""
        small = node.body[0] if isinstance(node, cst.SimpleStatementLine) and len(node.body) == 1 else node
        if isinstance(small, (cst.Assign, cst.AnnAssign)) and isinstance(small.value, cst.Call) and cls.name not in self._declaring:
            # member = MemberSerializer(many=True), person = fields.Nested(PersonSchema, only=[...]): the
            # fields of the nested serializer or schema of the project
            nested_names = {n for p in self._instantiated(small.value, cls) if p.kind == "field" for n in p.names}
            if nested_names:
                return nested_names
        if not isinstance(small, cst.AnnAssign) or cls.name in self._declaring:
            return set()
        out: set[str] = set()
        self._declaring.add(cls.name)
        try:
            for written in _held_model_names(small.annotation.annotation, self.index.constants):
                nested = self.declared_fields(written)
                if nested is not None:
                    out.update(n for p in nested.placements if p.kind == "field" for n in p.names)
        finally:
            self._declaring.discard(cls.name)
        return out

    def _instantiated(self, value: cst.Call, cls: ClassInfo) -> list[Placement]:
        """The declared fields of the serializer or schema of the project a field declaration makes
        (``MemberSerializer(many=True)``; through ``fields.Nested(Schema)`` and ``fields.List(...)``
        by their first argument, limited by ``only=``)."""
        made = dotted(value.func) or ""
        written = [made]
        positional = [a.value for a in value.args if a.keyword is None and not a.star]
        first = positional[0] if positional else None
        if isinstance(first, cst.Call):
            return self._instantiated(first, cls)
        if isinstance(first, cst.SimpleString):
            text = string_value(first)
            written += [text] if isinstance(text, str) and text.isidentifier() else []
        elif first is not None and dotted(first):
            written.append(dotted(first) or "")

        def names_of(keyword: str, position: int | None = None) -> set[str] | None:
            given = next((a.value for a in value.args if a.keyword is not None and a.keyword.value == keyword), None)
            if given is None and position is not None and len(positional) > position:
                given = positional[position]
            if given is None:
                return None
            listed = self.expr.eval(given, Frame(env={}))
            if listed.const and listed.items is not None:
                return set(listed.items)
            return {listed.text} if listed.const and listed.text is not None else set()  # not known: nothing kept
        # fields.Pluck(PersonSchema, "medicaid_id"): that one field; only=/exclude= (literals or constants)
        only = names_of("field_name", 1) if made.rsplit(".", 1)[-1] == "Pluck" else names_of("only")
        excluded = names_of("exclude") or set()
        out: list[Placement] = []
        self._declaring.add(cls.name)
        try:
            for name in written:
                nested = self.declared_fields(name) if name and name != cls.name else None
                if nested is not None:
                    out.extend(p for p in nested.placements if (p.kind == "field" and (only is None or p.key in only) and p.key not in excluded)
                               or (p.kind == "whole" and only is None))
        finally:
            self._declaring.discard(cls.name)
        return out

    def nested_placements(self, cls: ClassInfo, name: str, node: cst.CSTNode) -> list[Placement] | None:
        """``home_address = AddressSerializer()`` listed in ``Meta.fields``, ``person =
        fields.Nested(PersonSchema)``: the nested serializer's or schema's own placements (its
        ``Meta.fields`` entries, its ``"__all__"``), each named under this field too (``spouse.phone`` is
        the spouse's). None when the field makes no serializer or schema of this module."""
        declared = cls.declared_at.get(name, node)
        small = declared.body[0] if isinstance(declared, cst.SimpleStatementLine) and len(declared.body) == 1 else declared
        if not (isinstance(small, (cst.Assign, cst.AnnAssign)) and isinstance(small.value, cst.Call)) or cls.name in self._declaring:
            return None
        if self.vocabulary.classify(name) in self.vocabulary.qualifiers:
            # employer = AddressSerializer(), guardian_phone = fields.Pluck(PhoneSchema, "phone"): another
            # party's data, put in at this field (the nested serializer's own entries are permitted there)
            return None
        found = self._instantiated(small.value, cls)
        if not found or any(p.module is not None for p in found):
            # (one of another module: its names at this field's entry, the placement in this module)
            return None
        # (under this field's key: exclude=("plan",) and only= of this schema drop or keep them with it)
        return [replace(p, names=p.names | {f"{name}.{n}" for n in p.names}, key=name) if p.kind == "field" else replace(p, key=name) for p in found]

    def instance_attrs(self, cls: ClassInfo, depth: int = 0) -> dict[str, Val]:
        """``self.x`` values set by the class's methods (``__init__`` first) and inherited from its
        bases (this module, then the project); a method's own assignments win over inherited ones."""
        if cls.name in self._init_attrs:
            return self._init_attrs[cls.name]
        if (cls.name, self._running(cls)) in self._partial_attrs:
            return self._partial_attrs[(cls.name, self._running(cls))]
        if cls.name in self._attrs_running:
            return {}  # a method that reads self.x while this runs sees nothing yet
        self._attrs_running.add(cls.name)
        if not _LEARNING[0]:
            _LEARNING_CALLS[0] = 0
        _LEARNING[0] += 1
        try:
            return self._instance_attrs(cls, depth)
        finally:
            _LEARNING[0] -= 1
            self._attrs_running.discard(cls.name)
            if not _LEARNING[0]:
                self._learning_memo.clear()  # provisional: kept for one learning (and dropped with forget())

    def shared_instance_attrs(self, cls: ClassInfo, depth: int = 0) -> dict[str, Val]:
        """``instance_attrs`` of a class of this module, an imported one, as the other files of the lint
        run learned them (``project.RUN_ATTRS``): what a class sets on ``self`` depends only on the
        project's code and the configuration, not on the file that imports it. Kept only when learned
        whole (no method of the class was running, the budget did not run out)."""
        from . import project as run

        shared = run.RUN_ATTRS
        key = (*self.m.source_key, cls.name) if self.m.source_key is not None else None
        if shared is None or key is None or self.m.host is not None:
            return self.instance_attrs(cls, depth)
        if key in shared:
            self._init_attrs.setdefault(cls.name, shared[key])
            return shared[key]
        cut, timed = self.m.cut, self.m.timed_out
        attrs = self.instance_attrs(cls, depth)
        if cls.name in self._init_attrs and not (self.m.cut or self.m.timed_out) and not (cut or timed):
            shared[key] = attrs
        return attrs

    def _instance_attrs(self, cls: ClassInfo, depth: int) -> dict[str, Val]:
        attrs: dict[str, Val] = {}
        for base in cls.bases if depth < 10 else ():
            if base in self.index.classes and self.index.classes[base] is not cls:
                base_cls = self.index.classes[base]
                attrs.update(self.instance_attrs(base_cls, depth + 1))
            else:
                other = self.links.foreign_class(base)
                if other is not None:
                    inherited = other[0].functions.shared_instance_attrs(other[1], depth + 1)
                    attrs.update({k: translate(v, other[0].module_id, self.module_id) for k, v in inherited.items()})
        chain = self.ancestry(cls)[1:] if cls.constants and depth < 10 else []
        whole = True  # every ancestor's methods ran (one running now cannot tell yet what it sets)
        if any(name in ancestor.constants for _, ancestor in chain for name in cls.constants):
            # class IceClient(ApiClient): BASE_URL = ICE_URL, with self.base_url = self.BASE_URL in
            # ApiClient.__init__: the ancestors' methods set self's attributes from this class's values, also
            # through a class between them (IceClient(StateClient), StateClient(ApiClient)) and in other modules
            # (their __init__): each ancestor's, the farthest first, so that a nearer one's win
            for owner, ancestor in reversed(chain):
                if owner is self.m:
                    set_there, ran = self._attrs_set_by(ancestor, Val(model=cls.name))
                    attrs.update(set_there)
                    whole = whole and ran
                    continue
                init = ancestor.methods.get("__init__")
                if init is not None and init in owner.functions._stack:
                    whole = False  # IceClient() running the base's __init__, which reads self.URL: not known yet
                    # (what the base's own learning set from its class value, self.base_url = base_url or
                    # self.base_url with the base's None, is not this class's: the class value answers)
                    for name in [k for k in attrs if k in cls.constants]:
                        del attrs[name]
                elif init is not None:
                    self.m.last_self = {}
                    self.links.call_foreign(owner, init, ancestor, None, Val(model=cls.name), cls.node)
                    attrs.update(self.m.last_self)
        own, complete = self._attrs_set_by(cls, Val(model=cls.name))
        for name, val in own.items():
            earlier = attrs.get(name)
            # self.session = None by the subclass's __init__ (or the base's, through super()), the session made
            # by an inherited open() or __aenter__: the object may hold either (None is only a placeholder); one
            # the base's __init__ made is replaced by the subclass's None
            later = earlier is not None and is_none(val) and not is_none(earlier) and any(
                name in owner.functions._set_later.get(ancestor.name, ()) for owner, ancestor in self.ancestry(cls)[1:])
            attrs[name] = join(val, earlier) if later and earlier is not None else val
        if complete and whole:
            self._init_attrs[cls.name] = attrs
        else:
            # learned while some of its methods run (a call from another module into one of them):
            # kept for as long as the same methods run, or every read of self.x in them would run
            # all the others again (exponential on object-oriented code)
            self._partial_attrs[(cls.name, self._running(cls))] = attrs
        return attrs

    def attrs_known(self, cls: ClassInfo) -> "dict[str, Val]":
        """The attributes of ``cls``'s objects known so far: what its methods set (``__init__`` first), or while
        they run, what the ones that ran set."""
        return self._init_attrs.get(cls.name) or self._attrs_so_far.get(cls.name) or {}

    def ancestry(self, cls: ClassInfo) -> "list[tuple[ModuleAnalysis, ClassInfo]]":
        """``cls`` (of this module) and the classes it derives from, each with the module that declares
        it (this one or another of the project), nearest first: depth first along the bases, as far as 10
        classes; a class met twice counts once."""
        out: list[tuple[ModuleAnalysis, ClassInfo]] = []
        todo: list[tuple[ModuleAnalysis, ClassInfo]] = [(self.m, cls)]
        while todo and len(out) < 10:
            owner, current = todo.pop(0)
            if any(current is seen for _, seen in out):
                continue
            out.append((owner, current))
            bases: list[tuple[ModuleAnalysis, ClassInfo]] = []
            for base in current.bases:
                local = owner.index.classes.get(base)
                if local is not None and local is not current:
                    bases.append((owner, local))
                elif local is None:
                    found = owner.links.foreign_class(base)
                    if found is not None:
                        bases.append(found)
            todo = bases + todo
        return out

    def _attrs_set_by(self, cls: ClassInfo, self_val: Val) -> tuple[dict[str, Val], bool]:
        """The attributes of ``self_val`` (an instance of ``cls`` or of a subclass) that ``cls``'s own
        methods set when they run on it (``__init__`` first), and whether all of them ran (one that
        is running now cannot tell yet what it sets)."""
        own: dict[str, list[Val]] = {}
        complete = True
        # (not __init_subclass__: what it sets on cls is each subclass's own class attribute, from its class keywords)
        methods = [m for m in cls.methods.values() if m.name.value not in ("__init_subclass__", "__class_getitem__")]
        for method in sorted(methods, key=lambda m: m.name.value != "__init__")[:MAX_ATTR_METHODS]:
            if not self.may_set_self(cls, method):
                continue  # reads self only: running it would learn nothing
            if method in self._stack:
                complete = False  # running now: what it sets is not known yet, so this is not kept
                continue
            self._attrs_so_far[cls.name] = {name: join(*vals) for name, vals in own.items()}
            try:
                frame = self.run_function(method, cls, None, self_val)
            finally:
                self._attrs_so_far.pop(cls.name, None)
            for name, val in frame.self_attrs.items():
                own.setdefault(name, []).append(val)
                if method.name.value != "__init__" and not is_none(val):
                    self._set_later.setdefault(cls.name, set()).add(name)
        init = cls.methods.get("__init__")
        for name, vals in own.items():
            # base_url = EID_URL on the class, then `if base_url: self.base_url = base_url` in __init__ or
            # self.base_url = SANDBOX in a method that may never be called: the class's value stays one
            # the object may hold (one __init__ sets on every path replaces it)
            if not _set_on_every_path(init, name):
                held = self.class_attribute(cls, name)
                if held is not None and held.const:
                    vals.append(held)
        return {name: join(*vals) for name, vals in own.items()}, complete

    def may_set_self(self, cls: ClassInfo, fn: cst.FunctionDef, seen: frozenset[int] = frozenset()) -> bool:
        """Whether running ``fn`` as a method of ``cls`` may set an attribute of ``self``: it stores into
        or mutates ``self.x`` (or calls ``super()``), hands ``self.x`` to a function or class
        of the project, or calls a method of ``self`` that may (resolved as ``self.name`` would be)."""
        if id(fn) in self._may_set:
            return self._may_set[id(fn)]
        if self._mutators is None:
            # methods that change their receiver: containers' (append, pop) and clients' that connect or configure
            self._mutators = MUTATORS | REMOVERS | PUT_ONE | frozenset(
                name for methods in self.client_methods.values() for name, rule in methods.items() if rule.sink is None and rule.does not in ("write", "read")
            )
        writes = self._writes.get(id(fn))
        if writes is None:
            writes = self._writes[id(fn)] = self_writes(fn, self._mutators)
        found = writes.direct or any(self._project_callee(callee, cls) for callee in writes.handed)
        if not found:
            for name in sorted(writes.methods):
                owner = self.method_owner(cls, name)
                if owner is not None and id(owner[2]) not in seen and id(owner[2]) != id(fn):
                    if owner[0].functions.may_set_self(owner[1], owner[2], seen | {id(fn)}):
                        found = True
                        break
        if found or not seen:
            self._may_set[id(fn)] = found  # a negative found inside a cycle may depend on the cut: not kept
        return found

    def _project_callee(self, callee: cst.BaseExpression, cls: ClassInfo) -> bool:
        """A function or class of the project that may change an argument (``fill(self.body, m)``
        with ``fill`` storing into its parameter, or a method ``self._fill(self.body, m)``); a callee
        not known here may."""
        name = dotted(callee)
        if name is None:
            return True  # a computed callee: it may be anything
        head, _, rest = name.partition(".")
        if head == "self":
            method = self.method_owner(cls, rest) if "." not in rest else None
            return method is not None and changes_parameters(method[2])
        if head in self.index.functions or head in self.index.classes:
            owner, inner = self.m, name
        else:
            found = self.links.foreign(name)
            if found is None:
                rule = LIBRARY.calls.get(self.index.qualify(name) or name)
                if rule is not None:
                    # ET.SubElement(self.root, "Gender"): the library adds into the element it is given
                    return rule.does == "xml_element" and rule.parent is not None
                return head not in self.index.imports  # an object of this function (helper.fill(...)): not known
            owner, inner = found
        fn = owner.index.functions.get(inner)
        if fn is None and inner in owner.index.classes:
            fn = owner.index.classes[inner].methods.get("__init__")
            if fn is None:
                return bool(owner.index.classes[inner].bases)  # an inherited constructor
        return fn is None or changes_parameters(fn)

    def method_owner(self, cls: ClassInfo, name: str, depth: int = 0) -> "tuple[ModuleAnalysis, ClassInfo, cst.FunctionDef] | None":
        """The method ``self.name`` calls in ``cls``: its own, else the first base's that has it."""
        if name in cls.methods:
            return self.m, cls, cls.methods[name]
        for base in cls.bases if depth < 10 else ():
            if base in self.index.classes and self.index.classes[base] is not cls:
                found = self.method_owner(self.index.classes[base], name, depth + 1)
            else:
                other = self.links.foreign_class(base)
                found = other[0].functions.method_owner(other[1], name, depth + 1) if other is not None else None
            if found is not None:
                return found
        return None

    def _running(self, cls: ClassInfo) -> tuple[int, ...]:
        """The methods of ``cls`` and of the classes it derives from on the call stack now (what a partial
        result of its attributes lacks: IceJob's attributes learned while the base's inherited
        ``__init__`` runs are not what they are once it has run)."""
        return tuple(id(m) for owner, each in self.ancestry(cls) for m in each.methods.values() if m in owner.functions._stack)

    def self_attribute(self, attr: str, frame: Frame) -> Val | None:
        """``self.attr`` in a method: set earlier in this call (also through an alias of it, ``p =
        self.payload``), set by a method of the object's class (the class of ``self``, which may be a
        subclass), or a class attribute."""
        if frame.self_aliases:
            self.statements.write_back(frame, attr)
        return self.own_self_attribute(attr, frame)

    def own_self_attribute(self, attr: str, frame: Frame) -> Val | None:
        """``self_attribute`` without what aliases of the attribute hold."""
        if attr in frame.self_attrs:
            return frame.self_attrs[attr]
        runtime = frame.env.get("self") or frame.env.get("cls")  # cls.URL in a classmethod: of the class it was called on
        if runtime is not None and runtime.attrs:
            given = dict(runtime.attrs).get(attr)  # set by the constructor from the caller's arguments
            if given is not None:
                return given.with_labels(runtime.labels)
        keyed = tuple(p for p in runtime.placements if p.key == attr) if runtime is not None and runtime.model is not None else ()
        if keyed and runtime is not None and all(p.at_declaration for p in keyed) and runtime.model is not None \
                and not self.rules.is_payload_model(runtime.model.rsplit(":", 1)[-1], self.m.cleared):
            # def to_eid(self): return {"surname": self.last_name} on an object nothing visible filled (an
            # annotated parameter): the field read, placed where it is put, not at its declaration
            return Val(names=frozenset().union(*(p.names for p in keyed)), bulk=runtime.bulk)
        if keyed:
            # WithDefault(cin=m.cin, nick=m.maiden_name).wire(): the field holds what the constructor was
            # given, placed at its keyword (SPEC section 3), not the class's default
            return replace(container(keyed), bulk=runtime.bulk) if runtime is not None else container(keyed)
        owner: tuple[ModuleAnalysis, ClassInfo] | None = None
        if runtime is not None and runtime.model is not None and runtime.model != (frame.cls.name if frame.cls else None):
            owner = self.links.class_of(runtime.model)
        if owner is None and frame.cls is not None:
            owner = (self.m, frame.cls)
        if owner is None:
            return None
        analysis, cls = owner
        if cls.name in analysis.functions._attrs_running and cls.name not in analysis.functions._init_attrs:
            if attr in frame.self_attrs:
                return frame.self_attrs[attr]
            so_far = analysis.functions._attrs_so_far.get(cls.name, {}).get(attr)
            if so_far is not None and not so_far.opaque:
                # self.url += "/x" in a method run after __init__ set it: from what __init__ set
                return so_far if analysis is self.m else translate(so_far, analysis.module_id, self.module_id)
            # being learned right now: not a field read; a class constant is still the constant
            # (self.url = self.BASE in __init__)
            const = analysis.functions.class_attribute(cls, attr)
            if const is not None and const.const:
                return const if analysis is self.m else translate(const, analysis.module_id, self.module_id)
            return OPAQUE
        val = analysis.functions.instance_attrs(cls).get(attr)
        declared = cls.constants.get(attr)
        if isinstance(declared, cst.Call) and analysis.functions.record_field(declared):
            return None  # aid_code = models.CharField(...): each record's field, read by its name
        if val is None and analysis.functions.property_first(cls, attr):
            return None  # url = ICE_URL on the base, a @property url on the object's class: the property answers
        if val is None:
            # (aid_code = models.CharField(...): a field of each record, not the Field object)
            val = analysis.functions.class_attribute(cls, attr)
            if isinstance(declared, cst.Call) and (dotted(declared.func) or "").rsplit(".", 1)[-1] in ("field", "Field", "ib", "attrib"):
                # ssn: str = field(default=""), Field(None), attr.ib(default=None): the default it declares
                given = next((a.value for a in declared.args if (a.keyword is not None and a.keyword.value == "default")
                              or (a.keyword is None and (dotted(declared.func) or "").endswith("Field"))), None)
                declared = given if given is not None else declared
            placeholder = (isinstance(declared, cst.Name) and declared.value == "None") or (isinstance(declared, cst.SimpleString) and not string_value(declared))
            built_here = runtime is not None and CONSTRUCTED_MARK in runtime.labels
            if val is not None and cls.is_model and placeholder and any(name == attr for name, _ in cls.fields) \
                    and self.vocabulary.classify(attr) is not None and not built_here \
                    and (frame.builder is not None or self.rules.is_payload_model(cls.name, self.m.cleared)):
                # marital_status: str | None = None of a dataclass, read in its own to_ice(): the default is a
                # placeholder, the attribute a field of each record (as self.x = "" set in __init__ is); a real
                # default (batch_size: int = 500, status: str = "pending") is that constant, and so is the None
                # of a setting (endpoint: Optional[str] = None, then self.endpoint or DEFAULT_URL); an object made
                # here with constants (ReferralSubmitter(submitter_email="ops@...")) holds those, or the default;
                # only a builder named for enforcement (to_ice) or a model so named reads it as the field
                return None
        if val is None:
            val = analysis.functions.annotated_instance(cls, attr)  # client: IceClient, a field of a dataclass
        if val is not None and analysis is not self.m:
            val = translate(val, analysis.module_id, self.module_id)
        if val is not None and runtime is not None and runtime.labels and val.model is None and val.client is None \
                and not (val.text is not None and "://" not in val.text and "/" in val.text) and SAFE_CALLS_MARK not in val.labels:
            # (not onto an object it holds, whose own names decide where it sends, nor onto a local
            # file path, whose own name decides whether the file is an enforcement destination)
            # the object's own names (IceClient() of a caller, or the class itself when its methods
            # run on their own) supply what it was set up with, as for attributes a caller's
            # constructor call set (self.url of an IceClient: SPEC section 4, a client object's name); not onto
            # a URL every constructor call of the module gives a state's host (DhsClient("https://mn-its.dhs.
            # state.mn.us")), which already overrode the class's name
            val = val.with_labels(runtime.labels)
        if val is not None and runtime is not None and runtime.bulk and not val.const:
            # tasks = [ReferralTask(e) for e in enrollees]; t.run(): what the object holds is of many people
            # when the object is (its attributes of each record are not told apart)
            val = replace(val, bulk=val.bulk | runtime.bulk)
        return val

    def record_field(self, declaration: cst.Call) -> bool:
        """``models.CharField(...)``, ``Column(String)``: an ORM column declared on the class."""
        qual = self.index.qualify(dotted(declaration.func) or "") or ""
        return qual.startswith(MODELS.record_field_modules)

    def annotated_instance(self, cls: ClassInfo, attr: str) -> Val | None:
        """``client: IceClient`` declared in the class body without a value (a dataclass field, an
        attribute the constructor sets from its caller): an object of that class of the project."""
        for stmt in cls.node.body.body:
            for small in stmt.body if isinstance(stmt, cst.SimpleStatementLine) else ():
                if isinstance(small, cst.AnnAssign) and small.value is None and isinstance(small.target, cst.Name) and small.target.value == attr:
                    annotation = small.annotation.annotation
                    return self.annotated_client(annotation, attr) or self.annotated_configured(annotation, attr) or self.instance_of(dotted(annotation))
        return None

    def annotated_client(self, annotation: cst.BaseExpression, name: str) -> Val | None:
        """A client of a library the data knows, named by an annotation (``session: requests.Session``,
        ``http: httpx.Client | None``): handed in by a caller, its base not known here."""
        for written in _annotation_names(annotation):
            qual = self.index.qualify(written)
            spec = self.client_specs.get(qual or written)
            if spec is not None and spec.kind_pos is None and spec.kind_kw is None:
                return Val(client=ClientObj(spec.kind), labels=frozenset({name}))
        return None

    def annotated_configured(self, annotation: cst.BaseExpression, name: str) -> Val | None:
        """An object of an imported class whose method ``--medicaid-sinks`` names, handed in with that class as
        its annotation (``stub: ReferralServiceStub`` with ``...ReferralServiceStub.SubmitReferral`` configured):
        named by that class, as ``ReferralServiceStub(channel)`` made here would be."""
        if not self.sinks.configured_sinks:
            return None
        for written in _annotation_names(annotation):
            qual = self.index.qualify(written)
            if qual is not None and any(sink.startswith(qual + ".") for sink in self.sinks.configured_sinks):
                return Val(labels=frozenset({name, qual}))
        return None

    def property_first(self, cls: ClassInfo, attr: str) -> bool:
        """Looked up on an object of ``cls`` (its class first, then its bases in order), ``attr`` is a
        ``@property`` before it is a class constant."""
        return self._defined_as(cls, attr, 0, set()) == "property"

    def _defined_as(self, cls: ClassInfo, attr: str, depth: int, seen: set[int]) -> str | None:
        """What the first class of ``cls``'s lookup order that defines ``attr`` makes of it: "property",
        "method", "constant", or None when none of the project's classes defines it."""
        if attr in cls.methods:
            return "property" if decorated(cls.methods[attr], ("property", "cached_property", "hybrid_property", "setter", "getter")) else "method"
        if attr in cls.constants:
            return "constant"
        if depth > MAX_BASE_DEPTH or id(cls) in seen:
            return None
        seen.add(id(cls))
        for base in cls.bases:
            if base in self.index.classes and self.index.classes[base] is not cls:
                home, found = self.m, self.index.classes[base]
            else:
                other = self.links.foreign_class(base)
                if other is None:
                    continue
                home, found = other
            kind = home.functions._defined_as(found, attr, depth + 1, seen)
            if kind is not None:
                return kind
        return None

    def class_attribute(self, cls: ClassInfo, attr: str, depth: int = 0, seen: "set[int] | None" = None) -> Val | None:
        """A constant of ``cls`` or of one of its bases (each class looked into once: bases in a cycle end there); one the
        module binds again on the class (``CaseSync.endpoint = ERO_URL`` at import or in a function) may hold either."""
        const = self.expr.module_constant(attr, cls)
        rebound = [self.expr.eval(value, Frame(env={})) for value in self._class_rebindings(cls.name, attr)] if const is not None else []
        known = [value for value in rebound if value.const and (value.text is not None or value.items is not None)]
        if known:
            # (round 474a: the class body's value, or a constant the module binds there later; one not known here, a
            # parameter in a function, leaves the class's own)
            const = join(const, *known)  # type: ignore[arg-type]
        seen = set() if seen is None else seen
        if const is not None or depth > MAX_BASE_DEPTH or id(cls) in seen:
            return const
        seen.add(id(cls))
        for base in cls.bases:
            if base in self.index.classes and self.index.classes[base] is not cls:
                const = self.class_attribute(self.index.classes[base], attr, depth + 1, seen)
            else:
                other = self.links.foreign_class(base)
                found = other[0].functions.class_attribute(other[1], attr, depth + 1, seen) if other is not None else None
                const = translate(found, other[0].module_id, self.module_id) if found is not None and other is not None else None
            if const is not None:
                return const
        return None

    def _class_rebindings(self, name: str, attr: str) -> "list[cst.BaseExpression]":
        """The values the module binds to ``<name>.<attr>`` outside the class body (``CaseSync.endpoint = ERO_URL``)."""
        memo: "dict[str, dict[str, list[cst.BaseExpression]]] | None" = self.__dict__.get("_class_rebindings_memo")
        if memo is None:
            memo = {}

            def owner_of(node: cst.BaseExpression, within: "str | None") -> "str | None":
                if isinstance(node, cst.Name) and node.value in self.index.classes:
                    return node.value  # CaseSync.endpoint = ...
                if isinstance(node, cst.Call) and (dotted(node.func) or "") == "type" and len(node.args) == 1 \
                        and isinstance(node.args[0].value, cst.Name) and node.args[0].value.value == "self":
                    return within  # type(self).endpoint = ... in a method of the class (round 476a)
                return None
            for cls_name, klass in self.index.classes.items():
                for n in walk(klass.node):
                    if isinstance(n, (cst.Assign, cst.AnnAssign)) and n.value is not None:
                        for target in ([t.target for t in n.targets] if isinstance(n, cst.Assign) else [n.target]):
                            if isinstance(target, cst.Attribute) and owner_of(target.value, cls_name) == cls_name and isinstance(target.value, cst.Call):
                                memo.setdefault(cls_name, {}).setdefault(target.attr.value, []).append(n.value)
            for n in self.flat.walk(self.m.module):
                pairs: "list[tuple[cst.BaseExpression, cst.BaseExpression]]" = []
                if isinstance(n, (cst.Assign, cst.AnnAssign)) and n.value is not None:
                    for target in ([t.target for t in n.targets] if isinstance(n, cst.Assign) else [n.target]):
                        if isinstance(target, (cst.Tuple, cst.List)) and isinstance(n.value, (cst.Tuple, cst.List)) and len(target.elements) == len(n.value.elements):
                            pairs += [(t.value, v.value) for t, v in zip(target.elements, n.value.elements, strict=True)]  # (a, b = X, Y)
                        else:
                            pairs.append((target, n.value))
                elif isinstance(n, cst.Call) and (dotted(n.func) or "") == "setattr" and len(n.args) >= 3 and isinstance(n.args[1].value, cst.SimpleString):
                    named = string_value(n.args[1].value)
                    if isinstance(named, str):
                        pairs.append((cst.Attribute(value=n.args[0].value, attr=cst.Name(named)), n.args[2].value))  # setattr(Cls, "x", v)
                for target, value in pairs:
                    owner = owner_of(target.value, None) if isinstance(target, cst.Attribute) else None
                    if owner is not None:
                        memo.setdefault(owner, {}).setdefault(cst.ensure_type(target, cst.Attribute).attr.value, []).append(value)
            self.__dict__["_class_rebindings_memo"] = memo
        return memo.get(name, {}).get(attr, [])

    def call_ref(self, ref: FunctionRef, args: Args | None, cls: ClassInfo | None, node: cst.CSTNode, frame: Frame | None = None) -> Val:
        """Call a function value: a nested def or lambda with its closure, or a partial with its bound arguments."""
        if ref.choices:
            merged = _one_sender(ref.choices)
            if merged is not None:
                return self.call_ref(merged, args, cls, node, frame)
            # send = SENDERS[partner]: each function the table holds may be the one called
            return join(*(self.call_ref(choice, args, cls, node, frame) for choice in ref.choices))
        if ref.bound:
            # partial(f, a, k=v)(b, j=w) is f(a, b, k=v, j=w): the bound positional arguments first, the keywords after
            # the call's positional ones (json.dumps's payload stays its first argument)
            given = args or []
            bound_positional = [(cst.Arg(value=cst.Name("_")), v) for k, v in ref.bound if not k]
            bound_keywords = [(cst.Arg(value=cst.Name("_"), keyword=cst.Name(k)), v) for k, v in ref.bound if k]
            positional = [a for a in given if a[0].keyword is None and a[0].star != "**"]
            args = [*bound_positional, *positional, *bound_keywords, *(a for a in given if a[0].keyword is not None or a[0].star == "**")]
        if ref.receiver is not None and ref.method is not None:
            # send = session.post, then send(URL, json=body): the client's method, at this call
            if not isinstance(node, cst.Call) or not isinstance(ref.node, cst.Attribute):
                return OPAQUE
            method = self.calls.bound_method(ref.receiver, ref.method)
            if method is not None:
                # send = client.submit, partial(self._post, URL), HANDLERS = {"x": client.submit}: the method
                # of the project's class, run on that object at this call
                return self.calls.call_method_of(method, args or [], ref.receiver, node)
            if ref.receiver.client is None:
                return self.calls.untyped_call(ref.method, node, args or [], frame or Frame(env={}, cls=cls))
            return self.calls.client_method(ref.receiver, ref.node.value, ref.method, node, args or [], frame or Frame(env={}, cls=cls))
        if ref.qual is not None and ref.qual.startswith("@"):
            # partial(send, URL) of a function of another module: run there with these arguments
            module_id = ref.qual[1:].partition(":")[0]
            other = self.project.by_id.get(module_id) if self.project is not None else None
            if other is None or not isinstance(ref.node, (cst.FunctionDef, cst.Lambda)):
                return OPAQUE
            if isinstance(ref.node, cst.FunctionDef) and isinstance(node, cst.Call) and other.calls.def_has_pragma(ref.node):
                return self._marked_sink(ref.node, node, args, frame)  # to_thread(relay, body) with relay marked over there
            return self.links.call_foreign_ref(other, replace(ref, qual=None, bound=()), args, node)  # bound: in args now
        if ref.qual is not None:
            # partial(requests.post, URL): the library call itself, at this call
            if not isinstance(node, cst.Call):
                return OPAQUE
            configured = self.sinks.configured_sink(ref.qual) if self.sinks.configured_sinks else None
            if configured is not None:
                # asyncio.to_thread(publish, body), partial(publish, TOPIC) with publish in --medicaid-sinks
                return self.sinks.sink(node, EVERY_ARGUMENT, self.calls._with_files(args or []), frame or Frame(env={}, cls=cls),
                                       forced=Destination(configured, "configured sink"))
            return self.calls.call_qualified(ref.qual, node, args or [], frame or Frame(env={}, cls=cls)) or OPAQUE
        target = ref.node
        if ref.closure and isinstance(target, (cst.Lambda, cst.FunctionDef)):
            # a lambda or nested def made in a method, called by a helper outside the class
            # (with_retry(lambda: self.http.post(...))): self is still an object of the method's class
            own = dict(ref.closure).get("self")
            if own is not None and own.model is not None and own.model in self.index.classes and (cls is None or cls.name != own.model):
                cls = self.index.classes[own.model]
        params = target.params if isinstance(target, (cst.Lambda, cst.FunctionDef)) else None
        defaults = [p.default for p in (*params.params, *params.kwonly_params, *params.posonly_params) if p.default is not None] if params is not None else []
        # (a name also read by another default, b=dict(body) beside c=body: that copy was made at the def)
        bare = {d.value for d in defaults if isinstance(d, cst.Name)} - {n.value for d in defaults if not isinstance(d, cst.Name) for n in names_in(d)}
        made_in = _defaults_seen(ref.closure, lambda name: name in bare and len(self.bound_here(name)) <= 1) if ref.closure else None
        late = self._late_bound(target, ref, frame)
        if isinstance(target, cst.Lambda):
            if target in self._stack:
                return OPAQUE
            frame = Frame(env={**dict(ref.closure), **late}, cls=cls, imports=dict(self.outer_imports.get(id(target), {})))
            self.defaults_scope = made_in
            self._bind_params(target.params, args, frame.env, cls)
            self._stack.append(target)
            try:
                return self.expr.eval(target.body, frame)
            finally:
                self._stack.pop()
        if isinstance(target, cst.FunctionDef) and isinstance(node, cst.Call) and id(target) in self.flat.at and self.calls.def_has_pragma(target):
            return self._marked_sink(target, node, args, frame)  # to_thread(relay, body), partial(relay, body)() with relay marked
        if isinstance(target, cst.FunctionDef):
            self.defaults_scope = made_in
            owner = cls if ref.closure else self.owner_class(target)
            passed: "Args | None" = args
            receiver = None
            if owner is not None and not ref.closure and not late and not _is_static(target) and args and getattr(node, "func", None) is not None:
                # fn(self, body) in the wrapper a decorator of the module put around a method: the object first (round 465a)
                first = next((i for i, (a, _) in enumerate(args) if a.keyword is None and not a.star), None)
                model = args[first][1].model if first is not None else None
                made = self.index.classes.get(model) if model is not None else None
                if first is not None and model is None and isinstance(args[first][0].value, cst.Name) and args[first][0].value.value == "self" \
                        and frame is not None and frame.cls is None:
                    # fn(self, ...) in a decorator's wrapper analyzed on its own, with no object: the method runs where the
                    # wrapper is given its object (a decorated method's own runs, round 476a), not here
                    self.defaults_scope = None
                    return OPAQUE
                if first is not None and made is not None and (made is owner or owner.name in made.bases):
                    receiver, passed = args[first][1], [*args[:first], *args[first + 1:]]
                    if frame is not None and frame.self_attrs and isinstance(args[first][0].value, cst.Name) and args[first][0].value.value == "self":
                        # (self.url = ERO_URL in the wrapper first: round 474a; set on some ways only, if m.local: self.url = ...,
                        # either value: review 57e)
                        wrapper = self._stack[-1] if self._stack else None
                        top = wrapper.body.body if isinstance(wrapper, cst.FunctionDef) and isinstance(wrapper.body, cst.IndentedBlock) else ()
                        surely = _always_set_on_self(top)
                        changed: dict[str, Val] = {}
                        for k, v in frame.self_attrs.items():
                            prior = None if k in surely else self.own_self_attribute(k, Frame(env={"self": receiver}, cls=owner))
                            changed[k] = join(prior, v) if prior is not None else v
                        receiver = with_attrs(receiver, changed)
            try:
                return self.call_function(target, owner, passed, receiver, closure={**dict(ref.closure), **late})
            finally:
                self.defaults_scope = None
        return OPAQUE

    def _late_bound(self, target: object, ref: FunctionRef, frame: Frame | None) -> dict[str, Val]:
        """Functions a lambda or nested def may read that its enclosing function binds after making it
        (``pick = lambda r: mask(r.ssn)``, then ``mask = lambda v: "***"``): Python looks them up when the
        function runs, so a call made in the function that made it sees them (only function values, and
        only names the closure lacks; a call from elsewhere sees none of the caller's names)."""
        if frame is None or not ref.closure or not isinstance(target, (cst.Lambda, cst.FunctionDef)):
            return {}
        definer = next((f for f in reversed(self._stack) if isinstance(f, cst.FunctionDef)), None)
        start = self.flat.at.get(id(definer)) if definer is not None else None
        inside = self.flat.at.get(id(target))
        if start is None or inside is None or not start < inside < self.flat.ends[start]:
            return {}  # called from a function that did not make it (a callback, a returned lambda): its own names
        held = dict(ref.closure)
        # (every function value the closure lacks, also one only a sibling it calls reads: outer -> middle -> inner)
        return {name: val for name, val in frame.env.items() if name not in held and val.function is not None and val.function is not ref}

    def _marked_sink(self, fn: cst.FunctionDef, node: cst.Call, args: Args | None, frame: Frame | None) -> Val:
        """A call of a function value whose ``def`` carries ``# medicaid-scope: enforcement``: every argument is sent."""
        where = Destination(fn.name.value, "enforcement sink (pragma)")
        return self.sinks.sink(node, EVERY_ARGUMENT, self.calls._with_files(args or []), frame or Frame(env={}), forced=where)

    def owner_class(self, fn: cst.FunctionDef) -> ClassInfo | None:
        """The class of this module that defines ``fn`` as a method, if any."""
        return next((c for c in self.index.classes.values() if c.methods.get(fn.name.value) is fn), None)


#: flag parameters of one function whose values its own run tries one by one (more: branches join)
MAX_FLAGS = 2


_VALUED = (cst.Assign, cst.AnnAssign, cst.Return, cst.Expr)
_EXPRESSION_TYPES: dict[type, bool] = {}


def _set_on_every_path(init: cst.FunctionDef | None, name: str) -> bool:
    """``__init__`` assigns ``self.<name>`` in a statement of its own body (not inside an ``if``, a loop
    or a ``try``), so every object of the class holds what it assigns."""
    return init is not None and isinstance(init.body, cst.IndentedBlock) and _assigns_on_every_path(init.body.body, name)


def _assigns_on_every_path(statements: "Sequence[cst.CSTNode]", name: str) -> bool:
    """A statement of ``statements`` assigns ``self.<name>``, directly or on both ways of an ``if``/``else``."""
    for stmt in statements:
        if isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                targets = [t.target for t in small.targets] if isinstance(small, cst.Assign) else [small.target] if isinstance(small, cst.AnnAssign) else []
                if any(isinstance(t, cst.Attribute) and isinstance(t.value, cst.Name) and t.value.value == "self" and t.attr.value == name for t in targets):
                    return True
        elif isinstance(stmt, cst.If) and stmt.orelse is not None and _assigns_on_every_path(block_statements(stmt.body), name) and (
                _assigns_on_every_path(block_statements(stmt.orelse.body), name) if isinstance(stmt.orelse, cst.Else)
                else _assigns_on_every_path([stmt.orelse], name)):  # elif: its own if/else
            return True
    return False


def _is_expression(node: cst.CSTNode) -> bool:
    """``isinstance(node, cst.BaseExpression)``, remembered per node type (an ABC check is slow)."""
    kind = type(node)
    found = _EXPRESSION_TYPES.get(kind)
    if found is None:
        found = _EXPRESSION_TYPES[kind] = issubclass(kind, cst.BaseExpression)
    return found


def _flags(fn: cst.FunctionDef, walk: "Callable[..., Iterable[cst.CSTNode]]" = walk) -> tuple[str, ...]:
    """The parameters of ``fn`` that are flags (a ``True``/``False`` default or a ``bool``
    annotation) its body tests (``if to_ice:``, ``if not minimal:``, ``a if to_ice else b``), in
    order, at most MAX_FLAGS."""
    params = [*fn.params.posonly_params, *fn.params.params, *fn.params.kwonly_params]
    candidates = {
        p.name.value for p in params
        if (isinstance(p.default, cst.Name) and p.default.value in ("True", "False"))
        or (p.annotation is not None and isinstance(p.annotation.annotation, cst.Name) and p.annotation.annotation.value == "bool")
    }
    if not candidates:
        return ()
    tested: set[str] = set()
    # statements only (a flag is tested by an if, or by a conditional expression that is a whole
    # value assigned, returned or given as an argument): cheaper than walking every expression
    for node in walk(fn.body, prune=_is_expression):
        kind = type(node)
        tests: list[cst.BaseExpression] = []
        if kind is cst.If and _assigns(node, walk):  # type: ignore[arg-type]
            # if to_ice: url, body = ...: the ways bind different values, which a join would mix (a way
            # that only sends and returns joins nothing)
            tests.append(node.test)  # type: ignore[attr-defined]
        value = getattr(node, "value", None) if kind in _VALUED else None
        if type(value) is cst.IfExp:
            tests.append(value.test)  # type: ignore[union-attr]
        elif type(value) is cst.Call:
            tests.extend(a.value.test for a in value.args if type(a.value) is cst.IfExp)  # type: ignore[attr-defined,union-attr]
        for test in tests:
            if isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not):
                test = test.expression
            if isinstance(test, cst.Name) and test.value in candidates:
                tested.add(test.value)
    return tuple(p.name.value for p in params if p.name.value in tested)[:MAX_FLAGS]


def _literal(node: cst.BaseExpression | None) -> bool:
    """A literal default (``"POST"``, ``3``, ``True``, ``None``)."""
    return isinstance(node, (cst.SimpleString, cst.Integer, cst.Float)) or (isinstance(node, cst.Name) and node.value in ("True", "False", "None"))


#: what serializes every field of an object besides its own methods (``_EVERY_FIELD_METHODS``)
_WHOLE_CALLS = frozenset({"vars", "asdict", "astuple", "model_to_dict", "__dict__", "model_dump", "model_dump_json", "json", "to_json",
                          "to_records", "dump", "dumps", "serialize"})


def _assigns(node: cst.If, walk: "Callable[..., Iterable[cst.CSTNode]]" = walk) -> bool:
    """Some way of the ``if`` (its body, its ``elif``/``else``) binds a name."""
    return any(type(n) in (cst.Assign, cst.AnnAssign, cst.AugAssign) for n in walk(node, prune=lambda n: type(n) in (cst.FunctionDef, cst.ClassDef)))


#: on the ``**kwargs`` of a call that gave no keyword argument: spread on, it gives none either
NO_KEYWORDS = "<no keywords>"


def _spread(arg: cst.Arg, val: Val) -> "list[tuple[cst.Arg, Val]]":
    """A call's argument as the arguments it stands for: ``*args`` of known elements is each element
    in turn, ``**kwargs`` known to hold no keyword is nothing; any other argument is itself."""
    if arg.star == "**" and NO_KEYWORDS in val.labels:
        return []
    if arg.star == "*" and val.elements is not None and NO_KEYWORDS not in val.labels and len(val.elements) <= 16:
        plain = arg.with_changes(star="")
        return [(plain, element) for element in val.elements]
    return [(arg, val)]


def _yielded_items(returns: list[Val]) -> Val | None:
    """A generator that yields tuples or lists (``yield "language", m.prmry_lang_cd``): the sequence of
    its items, one element per item as each ``yield`` made it (a loop over it unpacks each item, and
    unrolls them as it does a literal list of pairs); None for any other function."""
    items = list(dict.fromkeys(replace(r, labels=r.labels - {YIELDED_MARK}) for r in returns if YIELDED_MARK in r.labels))
    if not items or not all(YIELDED_MARK in r.labels or r.const for r in returns):
        return None
    return replace(combine(*items), elements=tuple(items)).with_labels({YIELDED_MARK})


def _parametrized(fn: cst.FunctionDef, constants: "dict[str, cst.BaseExpression] | None" = None,
                  grown: "Container[str]" = ()) -> dict[str, list[cst.BaseExpression]]:
    """The values each parameter a ``@pytest.mark.parametrize(names, values)`` of ``fn`` names is given, in
    every run of the test (``pytest.param(v, id=...)`` is ``v``; the values may be a module constant's
    literal, ``constants``); a parameter whose values are not written out one by one is left out."""
    out: dict[str, list[cst.BaseExpression]] = {}
    for decorator in fn.decorators:
        call = decorator.decorator
        if not (isinstance(call, cst.Call) and (dotted(call.func) or "").endswith("mark.parametrize") and len(call.args) >= 2):
            continue
        names_node, values_node = call.args[0].value, call.args[1].value
        if isinstance(values_node, cst.Name) and constants is not None and values_node.value in constants and values_node.value not in grown:
            values_node = constants[values_node.value]  # @pytest.mark.parametrize("ssn", TEST_SSNS)
        if isinstance(names_node, cst.SimpleString) and isinstance(string_value(names_node), str):
            names = [n.strip() for n in str(string_value(names_node)).split(",")]
        elif isinstance(names_node, (cst.List, cst.Tuple)) and all(isinstance(e.value, cst.SimpleString) for e in names_node.elements):
            names = [str(string_value(cst.ensure_type(e.value, cst.SimpleString))) for e in names_node.elements]
        else:
            continue
        if not isinstance(values_node, (cst.List, cst.Tuple)) or not values_node.elements:
            continue
        rows: list[cst.BaseExpression] = []
        for element in values_node.elements:
            row = element.value
            if isinstance(row, cst.Call) and (dotted(row.func) or "").endswith("param"):
                given = [a.value for a in row.args if a.keyword is None and not a.star]
                row = given[0] if len(given) == 1 else cst.Tuple([cst.Element(v) for v in given])  # pytest.param(a, b, id=...)
            rows.append(row)
        for i, name in enumerate(names):
            cells = [row if len(names) == 1 else (row.elements[i].value if isinstance(row, (cst.Tuple, cst.List)) and len(row.elements) == len(names) else None)
                     for row in rows]
            if all(c is not None for c in cells):
                out[name] = [c for c in cells if c is not None]
    return out


def _self_reads(fn: cst.FunctionDef, walk: "Callable[..., Iterable[cst.CSTNode]]") -> set[str]:
    """The attributes of ``self`` that ``fn`` reads (``self.cols``: ``cols``)."""
    return {node.attr.value for node in walk(fn.body) if type(node) is cst.Attribute and isinstance(node.value, cst.Name)  # type: ignore[attr-defined]
            and node.value.value == "self"}  # type: ignore[attr-defined]


def _self_assignments(init: cst.FunctionDef) -> "Iterator[tuple[str, cst.BaseExpression]]":
    """The ``self.<attr> = <value>`` statements at the top of a constructor's body: (attr, value)."""
    if not isinstance(init.body, cst.IndentedBlock):
        return
    for stmt in init.body.body:
        for small in stmt.body if isinstance(stmt, cst.SimpleStatementLine) else ():
            if isinstance(small, cst.Assign) and len(small.targets) == 1 and isinstance(small.targets[0].target, cst.Attribute) \
                    and isinstance(small.targets[0].target.value, cst.Name) and small.targets[0].target.value.value == "self":
                yield small.targets[0].target.attr.value, small.value


def _derived_attrs(init: cst.FunctionDef, name: str) -> set[str]:
    """The attributes a constructor sets from an expression that reads its parameter ``name`` (``self.cols =
    COLUMNS[partner]``: ``cols``), also through the attribute it keeps it under (``self.partner = partner``,
    then ``self.cols = COLUMNS[self.partner]``)."""
    kept = {k.split(".", 1)[1] for k in _kept_attrs(init, name)}
    return {attr for attr, value in _self_assignments(init) if any(n.value == name for n in names_in(value)) or (
        kept and any(type(n) is cst.Attribute and n.attr.value in kept and isinstance(n.value, cst.Name) and n.value.value == "self"  # type: ignore[attr-defined]
                     for n in walk(value)))}


def _key_given(value: cst.BaseExpression, on_self: bool = True) -> str | None:
    """The key an argument hands on, as ``_find_shared_table_keys`` names keys: a name (``partner``), or an attribute of a
    name (``args.dest``; ``self.partner`` unless ``on_self`` is False); None for anything else."""
    if isinstance(value, cst.Name):
        return value.value
    if isinstance(value, cst.Attribute) and isinstance(value.value, cst.Name) and (on_self or value.value.value != "self"):
        return key_text(value)
    return None


def _match_texts(node: cst.Match) -> "set[str] | None":
    """The texts the cases of ``match`` compare its subject with (``case "ero":``, ``case "mn" | "wi":``); None when a case
    compares it otherwise (a class or mapping pattern, a name's value); a capture or ``case _:`` compares nothing."""
    texts: set[str] = set()

    def read(pattern: cst.MatchPattern) -> bool:
        if isinstance(pattern, cst.MatchValue):
            text = string_value(pattern.value) if isinstance(pattern.value, cst.SimpleString) else None
            if isinstance(text, str):
                texts.add(text)
                return True
            return False
        if isinstance(pattern, cst.MatchOr):
            return all(read(p.pattern) for p in pattern.patterns)
        if isinstance(pattern, cst.MatchSingleton):
            return True  # (case None: raise ...: no text; review 58f)
        return isinstance(pattern, cst.MatchAs) and (pattern.pattern is None or read(pattern.pattern))
    return texts if all(read(case.pattern) for case in node.cases) and texts else None


def _tables_keyed_by(fn: cst.FunctionDef, name: str, walk: "Callable[..., Iterable[cst.CSTNode]]") -> list[str]:
    """The names of the tables ``fn`` reads by its parameter ``name`` (``PARTNERS[partner_key]``, ``settings.PARTNERS[p]``
    of a module it imports), once per read."""
    return [cst.ensure_type(dotted(node.value), str) for node in walk(fn.body)  # type: ignore[attr-defined]
            if type(node) is cst.Subscript and (isinstance(node.value, cst.Name) or (  # type: ignore[attr-defined]
                isinstance(node.value, cst.Attribute) and isinstance(node.value.value, cst.Name) and node.value.value.value != "self"))  # type: ignore[attr-defined]
            and len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index)  # type: ignore[attr-defined]
            and isinstance(node.slice[0].slice.value, cst.Name) and node.slice[0].slice.value.value == name]  # type: ignore[attr-defined]


def _texts_written(node: cst.BaseExpression | None) -> set[str]:
    """The strings written at ``node``: one literal, or a list or tuple of them (``envvar=["ERO_URL", "URL"]``)."""
    parts = [e.value for e in node.elements] if isinstance(node, (cst.List, cst.Tuple)) else [node] if node is not None else []
    return {text for text in (string_value(p) for p in parts if isinstance(p, cst.SimpleString)) if isinstance(text, str)}


def _calls_base_init(call: cst.Call, base: str) -> bool:
    """``Base.__init__(self, ...)``: a subclass's constructor running the base's by its name."""
    func = call.func
    return isinstance(func, cst.Attribute) and func.attr.value == "__init__" and isinstance(func.value, cst.Name) and func.value.value == base \
        and bool(call.args) and isinstance(call.args[0].value, cst.Name) and call.args[0].value.value == "self"


#: calls that give the same elements in another order or container (``sorted(URLS)``, ``list(REGIONS.values())``)
_SAME_ELEMENTS = frozenset({"sorted", "list", "tuple", "set", "reversed", "frozenset"})


def _unwrapped(iterated: cst.BaseExpression) -> cst.BaseExpression:
    """``sorted(URLS.values())``, ``list(URLS)``: what the loop goes through, without the wrapping call."""
    while isinstance(iterated, cst.Call) and isinstance(iterated.func, cst.Name) and iterated.func.value in _SAME_ELEMENTS \
            and len(iterated.args) == 1 and iterated.args[0].keyword is None and not iterated.args[0].star:
        iterated = iterated.args[0].value
    return iterated


def _iterates(iterated: cst.BaseExpression, name: str) -> bool:
    """The loop goes through the constant ``name``: itself, its ``.values()`` or ``.items()``, wrapped or enumerated."""
    iterated = _unwrapped(iterated)
    if isinstance(iterated, cst.Call) and isinstance(iterated.func, cst.Name) and iterated.func.value == "enumerate" and iterated.args:
        iterated = _unwrapped(iterated.args[0].value)
    iterated = _dict_view_owner(iterated)
    return isinstance(iterated, cst.Name) and iterated.value == name


def _dict_view_owner(expr: cst.BaseExpression) -> cst.BaseExpression:
    """``REGIONS.values()``, ``REGIONS.items()``: the dict viewed (``REGIONS``); ``expr`` itself otherwise."""
    if isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute) and expr.func.attr.value in ("values", "items") and not expr.args:
        return expr.func.value
    return expr


def _formats_text(value: cst.BaseExpression | None) -> bool:
    """``f"..."``, ``"..." % x``, ``"...".format(...)``, ``"a" + b``: text made here."""
    if isinstance(value, (cst.FormattedString, cst.SimpleString, cst.ConcatenatedString)):
        return True
    if isinstance(value, cst.BinaryOperation) and isinstance(value.operator, (cst.Modulo, cst.Add)):
        return _formats_text(value.left)
    return isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute) and value.func.attr.value == "format" \
        and isinstance(value.func.value, (cst.SimpleString, cst.FormattedString))


def _calls_super_init(call: cst.Call) -> bool:
    """``super().__init__(...)`` (or ``super(Sub, self).__init__(...)``)."""
    func = call.func
    return isinstance(func, cst.Attribute) and func.attr.value == "__init__" and isinstance(func.value, cst.Call) \
        and isinstance(func.value.func, cst.Name) and func.value.func.value == "super"


def _kept_attrs(init: cst.FunctionDef, name: str) -> set[str]:
    """The attributes a constructor keeps a parameter under, written as read (``self.partner = partner``:
    ``self.partner``)."""
    return {f"self.{attr}" for attr, value in _self_assignments(init) if isinstance(value, cst.Name) and value.value == name}


def _is_static(fn: cst.FunctionDef) -> bool:
    return decorated(fn, ("staticmethod",))


_HOLDING_SEQUENCES = frozenset({"list", "List", "Sequence", "MutableSequence", "tuple", "Tuple", "set", "Set", "frozenset", "FrozenSet",
                                "Iterable", "Collection", "deque", "Deque"})
_HOLDING_MAPPINGS = frozenset({"dict", "Dict", "Mapping", "MutableMapping", "defaultdict", "DefaultDict", "OrderedDict"})


def _held_model_names(annotation: cst.BaseExpression, constants: "dict[str, cst.BaseExpression]", depth: int = 0) -> list[str]:
    """The class names a field's annotation holds its values as: ``X``, ``X | None``, ``list[X]``, ``tuple[X, ...]``,
    ``dict[str, X]`` (the values), ``Annotated[X | Y, Field(discriminator=...)]``, and a type alias of the module
    (``ChangeEvent = Annotated[Union[A, B], ...]``) as what it stands for."""
    if depth > 6:
        return []
    if isinstance(annotation, cst.BinaryOperation):
        return _held_model_names(annotation.left, constants, depth + 1) + _held_model_names(annotation.right, constants, depth + 1)
    if isinstance(annotation, cst.Subscript):
        head = (dotted(annotation.value) or "").rsplit(".", 1)[-1]
        elements = [e.slice.value for e in annotation.slice if isinstance(e.slice, cst.Index)]
        if head in ("Optional", "Union"):
            return [n for element in elements for n in _held_model_names(element, constants, depth + 1)]
        if head in ("Annotated", "Mapped", "Required", "NotRequired", "ReadOnly", "Final") or head in _HOLDING_SEQUENCES:
            return _held_model_names(elements[0], constants, depth + 1) if elements else []
        if head in _HOLDING_MAPPINGS:
            return _held_model_names(elements[-1], constants, depth + 1) if len(elements) > 1 else []
        return []
    if isinstance(annotation, cst.Name) and isinstance(constants.get(annotation.value), (cst.Subscript, cst.BinaryOperation)):
        return _held_model_names(constants[annotation.value], constants, depth + 1)
    return _annotation_names(annotation)


def _annotation_names(annotation: cst.BaseExpression) -> list[str]:
    """The class names an annotation allows: ``X``, ``X | None``, ``Optional[X]``, ``"X"``."""
    if isinstance(annotation, cst.BinaryOperation):
        return _annotation_names(annotation.left) + _annotation_names(annotation.right)
    if isinstance(annotation, cst.Subscript) and (dotted(annotation.value) or "").rsplit(".", 1)[-1] in ("Optional", "Union"):
        return [n for element in annotation.slice if isinstance(element.slice, cst.Index) for n in _annotation_names(element.slice.value)]
    if isinstance(annotation, cst.SimpleString):
        text = string_value(annotation)
        return [text.strip()] if isinstance(text, str) and text.strip().replace(".", "").isidentifier() else []
    name = dotted(annotation)
    return [name] if name and name != "None" else []


#: words of a field that is only a part of what its model's name says (``line1`` of an address,
#: ``number`` of a phone): any other unknown field of such a model stays unknown (MCD104)
_PART_WORDS = frozenset({
    "line", "street", "unit", "apt", "apartment", "suite", "number", "code", "type", "use", "ext", "extension", "prefix",
    "suffix", "text", "value", "period", "start", "end", "first", "last", "middle", "given", "full", "primary", "secondary",
})

def _allows_extra(node: cst.ClassDef) -> bool:
    """The class keeps keys it does not declare: ``extra="allow"`` (pydantic's ``model_config``, its
    class keyword or a v1 ``Config``) or ``Extra.allow``."""
    def allows(n: cst.CSTNode) -> bool:
        return (isinstance(n, cst.SimpleString) and n.value.strip("'\"") == "allow") or (
            isinstance(n, cst.Attribute) and n.attr.value == "allow" and isinstance(n.value, cst.Name) and n.value.value == "Extra")

    def extra_setting(n: cst.CSTNode) -> cst.BaseExpression | None:
        """The value given to ``extra``: ``extra="allow"`` (a keyword of ``ConfigDict(...)`` or of the class), ``extra =
        Extra.allow`` in a v1 ``Config``, ``{"extra": "allow"}`` as a ``model_config`` dict."""
        if isinstance(n, cst.Arg) and n.keyword is not None and n.keyword.value == "extra":
            return n.value
        if isinstance(n, cst.Assign) and any(isinstance(t.target, cst.Name) and t.target.value == "extra" for t in n.targets):
            return n.value
        if isinstance(n, cst.DictElement) and isinstance(n.key, cst.SimpleString) and n.key.value.strip("'\"") == "extra":
            return n.value
        return None

    # (what its methods say is not its configuration; a field's Literal["allow", "deny"] or default is no setting)
    return any(allows(value) for root in (*node.keywords, node.body) for n in walk(root, prune=lambda n: isinstance(n, cst.FunctionDef))
               if (value := extra_setting(n)) is not None)


_DESTINATION_WORDS = frozenset({"url", "uri", "host", "hostname", "endpoint", "server", "bucket", "queue", "topic", "stream", "exchange", "arn"})


def _names_destination(name: str) -> bool:
    """A parameter whose last word names where data goes (``base_url``, ``host``, ``bucket``)."""
    words = name_words(name)
    return bool(words) and words[-1] in _DESTINATION_WORDS


def _defaults_seen(closure: "tuple[tuple[str, Val], ...]", bound_once: "Callable[[str], bool]") -> dict[str, Val]:
    """What a nested function's defaults see (``def send(b=body)``, ``lambda b=body: ...``): the value each
    name held where the function was made (late binding appends the call's values after it), except a
    container filled since (its later value holds all it held then, and the running function binds the
    name once): the default is that same dict, so what was put into it afterwards is in it
    (``body["sex"] = m.sex`` after the ``def``)."""
    made_in = dict(reversed(closure))
    latest = dict(closure)
    for name, first in made_in.items():
        late = latest[name]
        if late is not first and first.text is None and (not first.const or first.items is not None) \
                and late.placements and set(first.placements) <= set(late.placements) and bound_once(name):
            made_in[name] = late
    return made_in



def _tests_outside_keys(fn: cst.FunctionDef, key: str, texts: "Container[str]", tables: "Container[str]",
                        walker: "Callable[[cst.CSTNode], Iterable[cst.CSTNode]]") -> "tuple[str, ...] | None":
    """``fn`` has a way for a ``key`` that is none of the tables' ``texts``: a test of membership (``if partner in
    ROUTES: ... else: post(ICE_URL, ...)``), a comparison with a text that is no key (``if partner == "hsi":``), a read
    with a default (``URLS.get(partner, ICE_URL)``). Run once per key, that way would never be seen: the texts no key is
    that it is compared with (each a run of its own, and one run for any other text, ``OUTSIDE_KEY_TEXT``), or ``GIVE_UP``
    when it is compared with texts not known here (``partner in LAWFUL`` of another set); None when it has no such way."""
    # (p = partner.strip().lower(): a test of p is one of the key)
    derived = {stmt.body[0].targets[0].target.value for stmt in fn.body.body  # type: ignore[attr-defined]
               if isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1 and isinstance(stmt.body[0], cst.Assign)
               and len(stmt.body[0].targets) == 1 and isinstance(stmt.body[0].targets[0].target, cst.Name)
               and key_text(_unnormalized(stmt.body[0].value)) == key}

    def is_key(node: cst.BaseExpression) -> bool:
        normal = normalized_text(node)
        node = normal[0] if normal is not None else node
        node = node.target if isinstance(node, cst.NamedExpr) else node
        return key_text(node) == key or (isinstance(node, cst.Name) and node.value in derived)

    def quiet(small: cst.BaseSmallStatement) -> bool:
        # return, return None, return {"skipped": True}, raise ..., continue, pass, log.warning(...): nothing sent
        if isinstance(small, cst.Return):
            return small.value is None or not any(isinstance(n, cst.Call) for n in walker(small.value))
        if isinstance(small, cst.Expr) and isinstance(small.value, cst.Call):
            return (dotted(small.value.func) or "").split(".", 1)[0] in _SHOWING_ROOTS
        return isinstance(small, (cst.Raise, cst.Continue, cst.Pass))

    def ends(block: "cst.BaseSuite | None") -> bool:
        # (a guard: a block that only ends the way, if partner not in ROUTES: raise ...; not one that sends first)
        body = block.body if isinstance(block, cst.IndentedBlock) else ()
        last = body[-1] if body else None
        return isinstance(last, cst.SimpleStatementLine) and isinstance(last.body[-1], (cst.Raise, cst.Return, cst.Continue)) and all(
            isinstance(stmt, cst.SimpleStatementLine) and all(quiet(small) for small in stmt.body) for stmt in body)
    # (if partner not in ROUTES: raise ...; if partner == "sandbox": return: a guard, the way for another key ends there)
    guards = {id(n.test) for n in walker(fn.body) if type(n) is cst.If and isinstance(n.test, cst.Comparison) and len(n.test.comparisons) == 1  # type: ignore[attr-defined]
              and ((isinstance(n.test.comparisons[0].operator, (cst.NotIn, cst.Equal)) and ends(n.body))  # type: ignore[attr-defined]
                   or (isinstance(n.test.comparisons[0].operator, (cst.In, cst.NotEqual)) and isinstance(n.orelse, cst.Else)  # type: ignore[attr-defined]
                       and ends(n.orelse.body)))}  # type: ignore[attr-defined]
    # (log.info("to %s", LABELS.get(partner, "unknown")): shown to the operator, no way of the data)
    shown = {id(inner) for n in walker(fn.body) if type(n) is cst.Call and (dotted(n.func) or "").split(".", 1)[0] in _SHOWING_ROOTS  # type: ignore[attr-defined]
             for inner in walker(n)}
    outside = False
    extra: list[str] = []
    for node in walker(fn.body):
        if id(node) in shown:
            continue
        if type(node) is cst.Comparison and len(node.comparisons) == 1 and id(node) not in guards:  # type: ignore[attr-defined]
            operator, right = node.comparisons[0].operator, node.comparisons[0].comparator  # type: ignore[attr-defined]
            left = node.left  # type: ignore[attr-defined]
            if not is_key(left) and is_key(right) and isinstance(left, cst.SimpleString):
                left, right = right, left
            if not is_key(left):
                continue
            if isinstance(operator, (cst.In, cst.NotIn)):
                outside = True
                listed = [string_value(e.value) if isinstance(e.value, cst.SimpleString) else None for e in right.elements] \
                    if isinstance(right, (cst.Tuple, cst.List, cst.Set)) else None
                if listed is not None and all(isinstance(t, str) for t in listed):
                    extra += [t for t in listed if isinstance(t, str) and t not in texts]
                elif not (isinstance(right, (cst.Name, cst.Attribute)) and dotted(right) in tables):
                    return GIVE_UP  # (partner in LAWFUL: texts of a set this function does not read a table of)
                continue
            text = string_value(right) if isinstance(right, cst.SimpleString) else None
            if isinstance(operator, (cst.Equal, cst.NotEqual)) and isinstance(text, str) and text not in texts:
                outside = True
                extra.append(text)
        elif type(node) is cst.Call and isinstance(node.func, cst.Attribute) and node.func.attr.value == "get" \
                and len(node.args) == 2 and is_key(node.args[0].value):  # type: ignore[attr-defined]
            outside = True
    return tuple(dict.fromkeys(extra)) if outside else None


#: ``_tests_outside_keys``: the key is compared with texts not known here (no run once per key)
GIVE_UP = ("<not known>",)


def _unnormalized(node: cst.BaseExpression) -> cst.BaseExpression:
    """``partner`` of ``partner.strip().lower()``; ``node`` itself when it is no normalised text."""
    normal = normalized_text(node)
    return normal[0] if normal is not None else node


#: how ``_find_shared_table_keys`` names a local the body binds from its event (``Frame.keyed_local``)
LOCAL_KEY = "local:"


def _read_from_parameter(value: cst.BaseExpression, params: "Container[str]") -> bool:
    """``event["detail"]["partner"]``, ``msg.get("partner", "")``, ``args.partner.strip().lower()``: an entry or
    attribute of a parameter, read by literal keys (a text normalised on the way too)."""
    normal = normalized_text(value)
    value = normal[0] if normal is not None else value
    if isinstance(value, cst.BooleanOperation) and isinstance(value.operator, cst.Or) and isinstance(value.right, (cst.Dict, cst.SimpleString)):
        value = value.left  # event.get("detail") or {}, msg.get("partner") or ""
    if isinstance(value, cst.Call) and (dotted(value.func) or "") in ("json.loads", "orjson.loads", "ujson.loads", "simplejson.loads") \
            and len(value.args) == 1 and value.args[0].keyword is None:
        return _read_from_parameter(value.args[0].value, params)  # msg = json.loads(record["body"]): the record's message
    steps = 0
    while True:
        if isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute) and value.func.attr.value == "get" and 1 <= len(value.args) <= 2 \
                and isinstance(value.args[0].value, cst.SimpleString):
            value = value.func.value
        elif isinstance(value, cst.Subscript) and len(value.slice) == 1 and isinstance(value.slice[0].slice, cst.Index) \
                and isinstance(value.slice[0].slice.value, cst.SimpleString):
            value = value.value
        elif isinstance(value, cst.Attribute):
            value = value.value
        else:
            break
        steps += 1
    return steps > 0 and isinstance(value, cst.Name) and value.value in params


def _given_value(fn: cst.FunctionDef, name: str, args: Args) -> Val | None:
    """What a call's arguments give the parameter ``name`` of ``fn`` (by keyword, else by position); None when
    nothing known gives it (a spread, a default)."""
    named = next((v for a, v in args if a.keyword is not None and a.keyword.value == name), None)
    if named is not None:
        return named
    positional = [p.name.value for p in (*fn.params.posonly_params, *fn.params.params)]
    plain = [v for a, v in args if a.keyword is None and not a.star]
    at = positional.index(name) if name in positional else -1
    return plain[at] if 0 <= at < len(plain) and not any(a.star for a, _ in args) else None


def _makes_own_class(func: cst.BaseExpression) -> bool:
    """``cls``, ``type(self)``, ``self.__class__``: the class of the object (or the class) a method runs on, called."""
    if isinstance(func, cst.Name):
        return func.value == "cls"
    if isinstance(func, cst.Attribute):
        return func.attr.value == "__class__" and isinstance(func.value, cst.Name) and func.value.value in ("self", "cls")
    return isinstance(func, cst.Call) and isinstance(func.func, cst.Name) and func.func.value == "type" and len(func.args) == 1 \
        and isinstance(func.args[0].value, cst.Name) and func.args[0].value.value == "self"


def _receiver_sender(fn: cst.FunctionDef) -> cst.BaseExpression | None:
    """The model class a Django signal receiver is connected for (``@receiver(post_save, sender=Member)``); None when it is
    connected for none, or for several (``instance`` is then any of them)."""
    senders = []
    for decorator in fn.decorators:
        call = decorator.decorator
        if isinstance(call, cst.Call) and (dotted(call.func) or "").rsplit(".", 1)[-1] == "receiver":
            senders.append(next((a.value for a in call.args if a.keyword is not None and a.keyword.value == "sender"), None))
    return senders[0] if len(senders) == 1 else None


def _one_sender(choices: "tuple[FunctionRef, ...]") -> FunctionRef | None:
    """``send = post_ice if m.immigration_status in T else post_state`` (senders bound to URLs a status test chose: one
    call, ``partial(requests.post, ICE_URL)``, with the URL bound differing): that call with the URLs joined, as ``url =
    ICE_URL if ... else STATE_URL`` is; None when they differ otherwise or no status test chose them."""
    first = choices[0]
    if len(choices) < 2 or first.qual is None or not first.bound or first.bound[0][0] not in (None, "url") or any(
            c.qual != first.qual or c.choices or c.receiver is not None or len(c.bound) != len(first.bound) or c.bound[0][0] != first.bound[0][0]
            or c.bound[1:] != first.bound[1:] for c in choices[1:]):
        return None
    urls = [c.bound[0][1] for c in choices]
    if not any(DESTINATION_BY_STATUS_MARK in url.labels for url in urls):
        return None
    return replace(first, bound=((first.bound[0][0], join(*urls)), *first.bound[1:]))


def _self_stores(stmt: cst.CSTNode) -> "set[str]":
    """The attributes of ``self`` any store in ``stmt`` sets (tuples and annotations too)."""
    found: set[str] = set()
    for node in walk(stmt):
        targets = [t.target for t in node.targets] if isinstance(node, cst.Assign) else [node.target] if isinstance(node, (cst.AnnAssign, cst.AugAssign)) else []
        for target in targets:
            for part in walk(target):
                if isinstance(part, cst.Attribute) and isinstance(part.value, cst.Name) and part.value.value == "self":
                    found.add(part.attr.value)
    return found


def _always_set_on_self(statements: "Sequence[cst.BaseStatement]") -> "set[str]":
    """The attributes of ``self`` that ``statements`` set on every way through them (plain, annotated or tuple stores, both
    ways of an ``if``/``else``, a ``with`` body) and set nowhere else conditionally (``self.url = ERO_URL`` then ``if
    m.local: self.url = STATE_URL`` is either; review 57f)."""
    surely: set[str] = set()
    maybe: set[str] = set()

    def ways(block: "Sequence[cst.BaseStatement]") -> "set[str]":
        out: set[str] = set()
        for stmt in block:
            if isinstance(stmt, cst.SimpleStatementLine):
                out |= _self_stores(stmt)
            elif isinstance(stmt, cst.With) and isinstance(stmt.body, cst.IndentedBlock):
                out |= ways(stmt.body.body)
            elif isinstance(stmt, cst.If) and stmt.orelse is not None and isinstance(stmt.body, cst.IndentedBlock):
                other = stmt.orelse
                other_set = ways([other]) if isinstance(other, cst.If) else ways(other.body.body) if isinstance(other.body, cst.IndentedBlock) else set()
                both = ways(stmt.body.body) & other_set
                out |= both
                maybe.update(_self_stores(stmt) - both)
            else:
                maybe.update(_self_stores(stmt))
        return out
    surely = ways(statements)
    return surely - maybe

