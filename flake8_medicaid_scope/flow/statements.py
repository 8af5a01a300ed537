"""Statements: flow-sensitive execution of a function body (SPEC section 6): assignments,
branches that end, loops to a fixpoint, try, match."""

from __future__ import annotations

import re
import weakref
from typing import TYPE_CHECKING, Any, Callable, Container, Iterable, Sequence, TypeVar

import libcst as cst

from ..destinations import names_a_destination
from ..words import name_words
from ..library import shipped
from .evaluate import (
    destination_like as destination_like_text,
    PART, as_key, entries_for_key, normalized_text, prefix_test, spellings, key_is_data, narrowed_key, narrowed_root, project_object, NARROWED, NARROWED_AT,
    FETCHED_MARK, QUERYSET_MARK, QUIET_MARK, ROWS_UNDER, YIELDED_MARK,
    is_position, part_of, part_text, self_part, stored_into, subscript_key,
)
from .index import (
    CHANGING_METHODS, bindings_of, changes_parameters, children, int_literal, param_names, rewrite_test,
    ClassInfo, app_state_key, bound_in, collect_import, decorator_name, dotted, enum_iterated, key_text, method_chain, names_in, rebound_names, root_name, string_value,
    false_literal, members_of_a_household, route_decorators, true_literal, unwrap_annotated, walk,
)
from .files import FILE_KINDS, SHOWN_HEADERS, file_key, join_recipients, recipients_state, set_recipients
from .part import Frame, Part
from .population import CONDITIONS_MARK, CONSTANT_COLUMN, DESTINATION_BY_STATUS_MARK, STATUS_COLUMN, STATUS_MARK, STATUS_VALUES_MARK, WAY_CHOSEN_BY_STATUS_MARK, describe
from .sanitizers import FIELDS_MARK, MAX_UNROLL, all_fields, names_cap, block_statements, leaves_loop
from .xmldoc import parent_of, set_attribute_item, set_text
from .values import (
    spelled,
    union_of,
    NONE,
    KEY_NOT_MARK,
    OUTSIDE_KEY_TEXT,
    NARROWED_TEXTS_MARK,
    key_excluded,
    SPELLED_MARK,
    Spelling,
    UNSET_MARK,
    translate,
    KEY_OF_RUN_MARK,
    texts_known_not,
    without_known_not,
    keys_unknown,
    without_constant_entries,
    XML_ELEMENT_MARK,
    without_element,
    CAUGHT_MARK,
    CLIENT_BASE_MARK,
    ClientObj,
    DATA_KEY,
    ENUM_MEMBER_MARK,
    MODELS_UNION_MARK,
    closure_of,
    is_scalar_constant,
    is_number,
    NUMBER_MARK,
    with_constant_entries,
    INBOUND_MARK,
    MASKED_MARK,
    LIBRARY_OBJECT_MARK,
    FALSE_MARK,
    RESOURCE_MARK,
    TRUE_MARK,
    FIELD_NAME_ATTRIBUTES,
    FIELD_OBJECTS_MARK,
    CONSTRUCTED_MARK,
    GROUP_KEY,
    replace,
    HOLE,
    OPAQUE,
    Placement,
    FunctionRef,
    Val,
    at_caller,
    is_none,
    truth_of,
    combine,
    const_text,
    const_val,
    container,
    one_row,
    join,
    place,
    with_attrs,
    where_held,
    where_marked,
    where_text,
    with_step,
    without_keys,
    without_labels,
    under_path,
    without_path,
)

if TYPE_CHECKING:
    from .engine import ModuleAnalysis
    from .values import Bulk

MAX_LOOP_ROUNDS = 8


def _chosen_on_every_way(ways: list[dict[str, Val]]) -> None:
    """The ways of a test that is no status test: a value a status condition chose on some ways only
    (``q = select(...)``, then ``if strict: q = q.where(<status>)``) chooses no one after them, when another
    way holds something else there, not chosen (a constant, ``flag = False``, chooses no one either way)."""
    if len(ways) < 2:
        return
    for name in set(ways[0]).intersection(*ways[1:]):
        held = [way[name] for way in ways]
        if any(STATUS_MARK in v.labels for v in held) and any(
                STATUS_MARK not in v.labels and not v.const and not v.bulk for v in held):
            for way in ways:
                if STATUS_MARK in way[name].labels and not way[name].bulk:
                    way[name] = replace(way[name], labels=way[name].labels - {STATUS_MARK})


def _join_envs(*envs: dict[str, Val]) -> dict[str, Val]:
    """Each variable's value joined over the environments that bind it (a value no branch changed,
    the same object in each, is kept as it is: most variables at most joins)."""
    if len(envs) == 1:
        return dict(envs[0])
    out = dict(envs[0])
    held: dict[str, list[Val]] = {}
    for env in envs[1:]:
        for k, v in env.items():
            first = out.get(k)
            if first is None:
                out[k] = v
            elif first is not v:
                more = held.get(k)
                if more is None:
                    held[k] = [first, v]
                elif all(v is not w for w in more):
                    more.append(v)
    for k, vals in held.items():
        out[k] = join(*vals)
    if any(k[:1] == NARROWED for k in out):
        for k in [k for k in out if k[:1] == NARROWED and not all(k in env for env in envs)]:
            del out[k]  # (an entry a test narrowed on some ways only: read again where the ways join)
    return out


class Statements(Part):
    """Run statements in a frame: bindings, stores into containers, control flow."""

    _computed_key = False  # the item store being run has a computed last key (see store_item)
    _value: "cst.BaseExpression | None" = None  # the value of the assignment being run (where a spanning store is reported)
    status_branches = 0  # how many branches chosen by a status test are running (see ``chosen`` and ``bind``)
    #: the loops running, innermost last
    loops: "list[cst.For | cst.While]"
    #: for each loop running: whether it iterates no one's records (a constant collection: ``for code in
    #: LAWFUL_CODES``), and the records a status test in it only skipped an element of it for
    _inner_loops: "list[tuple[bool, set[Bulk]]]"
    _if_ways: "list[dict[str, Val]] | None" = None  # the ways that went on from the ``if`` just run (see ``run_block``)
    _inline_depth = 0  # how many yes/no helpers are being read into a test (``_inlined_predicate``)
    #: what the module's files held at the end of each way of the ``if`` just run: (the way's state, its files)
    _way_files: "list[tuple[dict[str, Val], dict[str, Val]]]" = []
    status_ways: "list[dict[str, Val]] | None" = None  # the ways of the status test ``chosen`` just ran, to split on (``_ways_chosen``)
    _splits = 0  # how many blocks are running once per way of an ``if`` (see ``run_block``)

    def __init__(self, m: "ModuleAnalysis") -> None:
        super().__init__(m)
        self.loops = []
        self._inner_loops = []
        #: the fields a route's response_model_include names, where it names them (``_response_model``)
        self.response_included: "dict[str, tuple[int, int]]" = {}
        self._keyed_runs = 1  # how many runs the loops over dispatch tables' keys running now make (their key counts multiplied)
        #: body.pop("race") if strip else None, strip and body.pop("sex") as statements: the if each stands for, made once
        self._conditional_ifs: dict[int, cst.If] = {}
        #: the key deletions each line of a try body is made of (``_deletion_units``), made once
        self._deletions: dict[int, "list[cst.BaseSmallStatement] | None"] = {}
        self._columns_of: dict[tuple[int, int], cst.BaseExpression] = {}  # [(m.cin, m.ssn) for m in ms]: [m.cin for m in ms], ...

    def run_block(self, body: cst.BaseSuite | Sequence[cst.BaseStatement], frame: Frame) -> None:
        """Run the statements of a block in order, until one ends the path (return, raise, ...); the tasks
        started in it run again at its end (``run_started``)."""
        statements = block_statements(body)
        mark = len(frame.started)
        self._run_statements(statements, frame, mark)
        if len(frame.started) > mark:
            tasks = frame.started[mark:]
            del frame.started[mark:]
            if not frame.dead:
                self.run_started(tasks, frame)

    def _run_statements(self, statements: Sequence[cst.BaseStatement], frame: Frame, mark: int) -> None:
        for at, stmt in enumerate(statements):
            if frame.dead:
                return
            if self.m.out_of_time():
                self.m.cut = True  # the per-file time budget is spent: MCD901 says what was found may be partial
                return
            chosen = self._chosen_assignments(statements, at, frame) or self._table_entries(statements[at], frame)
            if chosen is None and at == 0 and frame.cls is not None:
                chosen = self._self_entry_ways(statements, frame)
            if chosen is not None:
                self._split(chosen[0], statements[at + chosen[1] :], frame)
                return
            self._if_ways = None
            guard = self._raising_call(stmt, frame) if frame.tries == 0 else None
            self.run_stmt(stmt, frame)
            if type(stmt) is cst.SimpleStatementLine and type(stmt.body[0]) is cst.Assign:
                self._mark_keyed_entry(stmt.body[0], frame)  # type: ignore[arg-type]
            for task in frame.started[mark:]:
                if task[2] is None:
                    task[2], task[3] = statements, at  # started by this statement
            if len(frame.started) > mark and not frame.dead:
                self._tasks_awaited(stmt, statements, at, frame, mark)
            if guard is not None and not frame.dead:
                # require_scope(m), which raises when m is not in scope: past it, the record was chosen by
                # status (the exception leaves the loop, the function, or reaches a caller's handler)
                frame.restore(self.population.strip_env(frame.state(), guard, stmt, frame))
            ways, self._if_ways = (self._if_ways if isinstance(stmt, (cst.If, cst.Match)) else None), None  # (only this statement's own ways)
            files_of = [_files_of(state, self._way_files) for state in ways] if ways is not None and self._way_files else []
            self._way_files = []
            rest = statements[at + 1 :]
            if ways is not None and rest and not frame.dead:
                # if p is STATE: body = full / elif p is ICE: body = basic (no else), then post(URLS[p], json=body): a way
                # that bound no body stops at the read with UnboundLocalError; it goes on to nothing (round 399a)
                live = _ways_binding(ways, rest)
                if len(live) < len(ways):
                    files_of = [f for f, w in zip(files_of, ways, strict=True) if any(w is k for k in live)] if files_of else files_of
                    ways = live
                    self.join_states(frame, list(live))
                    if len(ways) < 2:
                        ways = None
            if ways is not None and rest and self._splits < MAX_SPLITS and (_chosen_together(ways, rest, self._derived_keys(rest, frame) | self._kept_roots(rest))
                                                                             or _written_together(ways, files_of)):
                self._split(ways, rest, frame, files_of)
                return

    def _split(self, ways: "list[dict[str, Val]]", rest: Sequence[cst.BaseStatement], frame: Frame,
               files_of: "list[dict[str, Val] | None] | None" = None) -> None:
        """``if to_ice: url, body = ICE_URL, permitted`` / ``else: url, body = STATE_URL, full``, then
        ``post(url, json=body)``: the rest of the block runs once per way, so that a URL and a body chosen
        together stay together (and what each way wrote into a file, ``files_of``); the ways join after it."""
        self._splits += 1
        finals = []
        outer_fixed = frame.way_fixed
        shared = set(ways[0]).intersection(*ways[1:]) if ways else set()
        differing = [name for name in shared if len({(w[name].text, w[name].const) for w in ways}) > 1]
        file_finals = []
        kept_attrs: dict[str, Val | None] = {}
        # (msg["To"] = cfg["to"] on each way of cfg = PARTNERS[partner]: each way's message has its own recipients, joined after)
        recipients_before = recipients_state(self.m)
        recipient_finals: "list[tuple[dict[str, list[Val]], dict[str, list[str]]]]" = []
        # (each way starts from the files as they were: write(cfg, m, path) on the ICE entry's way never holds what the
        # state entry's way wrote; round 486a)
        files_before = dict(self.m.written)
        try:
            for at, state in enumerate(ways):
                set_recipients(self.m, recipients_before)
                frame.restore(state)
                for key in [k for k in frame.env if k.startswith(_SELF_WAY)]:
                    # if self.partner == "state": ... -- on this way, the attribute is what the way knew of it
                    kept_attrs.setdefault(key[len(_SELF_WAY):], frame.self_attrs.get(key[len(_SELF_WAY):]))
                    frame.self_attrs[key[len(_SELF_WAY):]] = frame.env.pop(key)
                if files_of and files_of[at] is not None:
                    self._restore_files(files_of[at])  # type: ignore[arg-type]  # buf.write(basic) on this way, buf.write(full) on the other
                else:
                    self._restore_files(files_before)
                # partner = "state" on this way: if partner == "ice": ... later in the block is known false here
                frame.way_fixed = {**outer_fixed, **{n: state[n] for n in differing if state[n].const and state[n].text is not None}}
                self.run_block(rest, frame)
                finals.append(frame.state())
                file_finals.append(dict(self.m.written))
                recipient_finals.append(recipients_state(self.m))
        finally:
            self._splits -= 1
            if recipient_finals:
                join_recipients(self.m, recipient_finals)
            frame.way_fixed = outer_fixed
            for attr, held in kept_attrs.items():
                if held is None:
                    frame.self_attrs.pop(attr, None)
                else:
                    frame.self_attrs[attr] = held
        if file_finals:
            self._restore_files({key: join(*(way[key] for way in file_finals if key in way)) for key in dict.fromkeys(k for way in file_finals for k in way)})
        self.join_states(frame, finals)


    def _table_entries(self, stmt: cst.BaseStatement, frame: Frame) -> "tuple[list[dict[str, Val]], int] | None":
        """``cfg = PARTNERS[partner]`` (or ``.get(partner)``) with ``PARTNERS`` a module constant dict of 2 to 4
        dict literals and a key the analysis does not know: one way per entry, so that an entry's URL and its
        field list stay together in the rest of the block (the state's fields never meet ICE's URL)."""
        if self._splits >= MAX_SPLITS or not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
            return None
        assign = stmt.body[0]
        if not isinstance(assign, cst.Assign) or len(assign.targets) != 1 or not isinstance(assign.targets[0].target, cst.Name):
            return None
        value = assign.value
        if isinstance(value, cst.BooleanOperation) and isinstance(value.operator, cst.Or) and _empty_dict(value.right):
            value = value.left  # PARTNERS.get(partner) or {}: an entry, or nothing to read
        copied = _copied(value)
        if copied is not None:
            value = copied  # cfg = dict(PARTNERS[partner]), PARTNERS[partner].copy(), copy.deepcopy(...): a copy of the entry
        if isinstance(value, cst.Subscript) and len(value.slice) == 1 and isinstance(value.slice[0].slice, cst.Index):
            table, key = value.value, value.slice[0].slice.value
        elif isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute) and value.func.attr.value == "get" and (
                len(value.args) == 1 or (len(value.args) == 2 and (_empty_dict(value.args[1].value) or _entry_of(value.args[1].value, value.func.value)))) \
                and not any(a.keyword or a.star for a in value.args):
            table, key = value.func.value, value.args[0].value  # (.get(partner, {}): an entry, or nothing to read)
        else:
            return None
        table = self.expr.class_table_alias(table, frame) or table  # (cfg = self.registry[partner] of registry = PARTNERS; round 462a)
        written = dotted(table) if isinstance(table, (cst.Name, cst.Attribute)) else None
        if written is not None and written not in frame.env and self._table_alias(written).partition(".")[0] not in frame.env:
            written = self._table_alias(written)  # (P = PARTNERS, P = settings.PARTNERS at module level; round 512a)
            table = cst.parse_expression(written) if written != dotted(table) else table
        head = (written or "").split(".", 1)[0]
        # (cfg = CONFIG["partners"][partner], partners[partner] of partners = CONFIG["partners"]: a table nested in a
        # constant, of dict literals)
        nested = self.expr.nested_literal(table, frame) if written is None or head in frame.env else None
        if nested is None and (written is None or head in frame.env or written in self.index.grown or (
                isinstance(table, cst.Attribute) and head not in self.index.imports and head not in frame.imports)):
            return None
        home, home_name = nested[0] if nested is not None else self.m, written or ""
        if nested is None and home_name in self.index.constants:
            home, literal = self.expr.nested_constant(self.index.constants.get(home_name))  # (PARTNERS = CONFIG["partners"])
        else:
            literal = nested[1] if nested is not None else None
        if nested is not None and not all(isinstance(e, cst.DictElement) and isinstance(e.value, cst.Dict) for e in nested[1].elements):
            return None
        if literal is None and written is not None and (head in self.index.imports or head in frame.imports):
            # from .registry import PARTNERS; from pkg import partners as P, then P.PARTNERS
            found = self.links.foreign(written, frame.imports or None)
            if found is not None and found[1] not in found[0].index.grown:
                home_name = found[1]
                home, literal = found[0].expr.nested_constant(found[0].index.constants.get(found[1]))
        entries = [e.value for e in literal.elements if isinstance(e, cst.DictElement)] if isinstance(literal, cst.Dict) else []
        if not 2 <= len(entries) <= MAX_TABLE_WAYS or len(entries) != len(literal.elements) or not (  # type: ignore[union-attr]
                all(isinstance(e, cst.Dict) for e in entries) or (not home.statements.entries_changed(home_name)
                                                                  and (home is self.m or not self.entries_changed(home_name))
                                                                  and all(home.statements._configuration_call(e) for e in entries))):
            return None
        known = as_key(key, self.expr.eval(key, frame))
        if known.const and known.text is not None:
            return None  # PARTNERS["ice"], or a key every caller gives: that entry (evaluated as it is)
        # (past `if key == "ero": return`, or where key is one of several texts: the entries it may read)
        elements = entries_for_key([e for e in literal.elements if isinstance(e, cst.DictElement)],  # type: ignore[union-attr]
                                   [_text(e.key) for e in literal.elements if isinstance(e, cst.DictElement)], known)  # type: ignore[union-attr]
        entries = [e.value for e in elements]
        if len(entries) < 2:
            return None  # (one entry: read as it is)
        # cfg = TABLE[requester]: on the way of an entry, the key is that entry's key (a later `if requester in (...)` is
        # decided there), when it is a routing value a test could narrow
        key_held = self._narrowable(key, frame)
        key_name = key.value if isinstance(key, cst.Name) else self.narrowed_key_of(key)
        # (TABLE[requester] only: TABLE.get(requester) of a key no entry has goes on too)
        keys = [_text(e.key) for e in elements] if key_held is not None and key_name is not None and isinstance(value, cst.Subscript) and (
            _carries_nothing(key_held) or self._routing(key_held)) else []
        before = frame.state()
        ways: list[dict[str, Val]] = []
        for at, entry in enumerate(entries):
            frame.restore(before)
            text = keys[at] if keys else None
            if text is not None and key_held is not None and key_name is not None:
                self.narrow(frame, key_name, replace(const_val(text), names=key_held.names, bulk=key_held.bulk) if key_held.names else const_val(text))
            held = self.expr.eval(entry, frame) if home is self.m else home.expr.eval(entry, Frame(env={}))
            if home is not self.m and home.statements._configuration_call(entry):
                held = translate(held, home.module_id, self.module_id)  # Partner("ice", URL, FIELDS) of the settings module
            elif home is not self.m and not held.const and not home.statements._only_constants_and_classes(entry):
                return None  # (an entry of another module's table holding more than constants and classes: not split here)
            held = home.statements._with_class_entries(held, entry)
            # (marked as an entry of that table: a helper given it reads its flags as the entry holds them, transform(df,
            # cfg) testing cfg["status_filter"], while no code changes the table; round 441a)
            if copied is None:  # (a copy may be changed where no scan of the table sees it: enable(c) of c = dict(...))
                held = held.with_labels({self.entry_mark(home, home_name, written)})
            self.bind(assign.targets[0].target, held, frame, assign)
            state = frame.state()
            if state is not None:
                ways.append(state)
        frame.restore(before)
        return (ways, 1) if len(ways) > 1 else None

    def _self_entry_ways(self, statements: Sequence[cst.BaseStatement], frame: Frame) -> "tuple[list[dict[str, Val]], int] | None":
        """A method (its body, run on its own) that reads ``self.cfg`` of a class whose one binding of it is ``self.cfg =
        PARTNERS[partner]`` (a module table of 2 to 8 dicts or configuration objects, a key not written out): one way per
        entry, so that ``self.cfg.include_ssn`` and ``self.cfg.url`` (here or in a method of the class it calls) are read
        from one entry (round 448a); not when ``self.cfg`` already holds one entry (a way of a caller, an object made
        with a key written out)."""
        running = self._stack[-1] if self._stack else None
        if not isinstance(running, cst.FunctionDef) or not isinstance(running.body, cst.IndentedBlock) or statements is not running.body.body \
                or running.name.value == "__init__" or self._splits >= MAX_SPLITS or frame.cls is None:
            return None
        for attr in self._self_entry_attrs(frame):
            held = self.functions.own_self_attribute(attr, frame)  # (here, or given by the method calling this one)
            if held is not None and any(label.startswith(TABLE_ENTRY_MARK) for label in held.labels):
                continue
            source = self._self_sources(attr, frame)[0]
            nested_key = None
            if isinstance(source, cst.Subscript) and _literal_subscript(source) and isinstance(source.value, (cst.Subscript, cst.Call)):
                # (self.url = PARTNERS[partner]["url"]: on each way, that entry's URL; round 515a)
                nested_key = string_value(cst.ensure_type(cst.ensure_type(source.slice[0].slice, cst.Index).value, cst.SimpleString))
                source = source.value
            table = cst.ensure_type(source.func, cst.Attribute).value if isinstance(source, cst.Call) else cst.ensure_type(source, cst.Subscript).value
            name = cst.ensure_type(dotted(self.expr.class_table_alias(table, frame) or table), str)
            home, home_name, literal = cst.ensure_type(self._module_table(name), tuple)
            entries = [e.value for e in literal.elements if isinstance(e, cst.DictElement)]
            vals = [(cst.ensure_type(self._entry_text(home, e, nested_key), Val) if nested_key is not None else self._entry_value(home, e))
                    .with_labels({self.entry_mark(home, home_name, name)}) for e in entries]
            same = next((v for v in vals if held is not None and v.items == held.items and v.attrs == held.attrs and v.model == held.model
                         and v.text == held.text), None)
            if same is not None:
                # (Exporter("ice"), super().__init__("ice"): the one entry a key written out reads, marked as the table's for
                # its flags; round 458a)
                frame.self_attrs[attr] = same
                continue
            if held is not None and not self._entries_joined(held, vals):
                # (s.cfg = {...} of a caller, a subclass binding self.cfg its own way: what it holds, not the table's entries;
                # review 57a)
                continue
            before = frame.state()
            if before is None:
                return None
            # (self.url = self.cfg["url"], self.full = self.cfg["full"] in __init__: read from the same entry on each way;
            # round 462a)
            derived = self._derived_from_self(attr, frame)
            # (self.partner = partner beside self.cfg = PARTNERS[partner]: the entry's own key on its way; round 503a)
            keys = [string_value(e.key) if isinstance(e.key, cst.SimpleString) else None for e in literal.elements if isinstance(e, cst.DictElement)]
            keyed = self._kept_key_attrs(source, frame) if all(isinstance(k, str) for k in keys) else []
            return [{**before, _SELF_WAY + attr: v, **{_SELF_WAY + a: got for a, key in derived.items()
                                                       if (got := dict(v.attrs or ()).get(key)) is not None},
                     **{_SELF_WAY + a: const_val(str(keys[at])).with_labels({KEY_OF_RUN_MARK}) for a in keyed}} for at, v in enumerate(vals)], 0
        return None

    def _kept_key_attrs(self, source: cst.BaseExpression, frame: Frame) -> "list[str]":
        """The attributes of ``self`` the running class binds once, to the name ``source`` reads its table by
        (``self.partner = partner`` beside ``self.cfg = PARTNERS[partner]``)."""
        key = source.args[0].value if isinstance(source, cst.Call) and source.args else \
            cst.ensure_type(source.slice[0].slice, cst.Index).value if isinstance(source, cst.Subscript) else None
        if not isinstance(key, cst.Name) or frame.cls is None:
            return []
        self._self_sources("", frame)  # (the class's bindings, found once)
        memo: "dict[int, dict[str, list[cst.BaseExpression]]]" = self.__dict__.get("_self_sources_memo", {})
        return [name for name, found in memo.get(id(frame.cls.node), {}).items()
                if len(found) == 1 and isinstance(found[0], cst.Name) and found[0].value == key.value]

    def _read_from_self(self, attr: str, frame: Frame) -> "tuple[str, cst.Subscript | cst.Attribute] | None":
        """``self.<attr>`` of a class whose one binding of it reads a part of another attribute of ``self`` (``self.minimal =
        self.cfg["minimal"]``, ``getattr(self.cfg, "minimal")``, ``self.cfg.get("minimal")``): that attribute's name and the
        read; None otherwise."""
        sources = self._self_sources(attr, frame)
        read = _as_entry_read(sources[0]) if len(sources) == 1 else None
        owner = read.value if isinstance(read, (cst.Subscript, cst.Attribute)) else None
        if isinstance(owner, cst.Attribute) and isinstance(owner.value, cst.Name) and owner.value.value == "self":
            return owner.attr.value, cst.ensure_type(read, (cst.Subscript, cst.Attribute))  # type: ignore[arg-type]
        return None

    def _derived_from_self(self, attr: str, frame: Frame) -> "dict[str, str]":
        """The attributes of ``self`` the running class binds once, to an entry of ``self.<attr>`` read by a key written out
        (``self.url = self.cfg["url"]``, ``self.full = getattr(self.cfg, "full", False)``): each with that key."""
        self._self_sources("", frame)  # (the class's bindings, found once)
        memo: "dict[int, dict[str, list[cst.BaseExpression]]]" = self.__dict__.get("_self_sources_memo", {})
        found: "dict[str, str]" = {}
        for name in memo.get(id(frame.cls.node), {}) if frame.cls is not None else ():
            derived = self._read_from_self(name, frame)
            if derived is None or derived[0] != attr:
                continue
            read = derived[1]
            if isinstance(read, cst.Attribute):
                found[name] = read.attr.value
            elif isinstance(read, cst.Subscript) and _literal_subscript(read):
                key = string_value(cst.ensure_type(cst.ensure_type(read.slice[0].slice, cst.Index).value, cst.SimpleString))
                if isinstance(key, str):
                    found[name] = key
        return found

    @staticmethod
    def _entries_joined(held: Val, entries: "list[Val]") -> bool:
        """``held`` is what a read of the table by a key not known gives: any of ``entries``, joined (each attribute
        covers every entry's: their texts among its own, their True/False marks among its own; of a table of objects, each
        object one of the entries)."""
        if held.objects:
            return all(any(o.model == e.model and o.attrs == e.attrs for e in entries) for o in held.objects)
        if all(e.text is not None for e in entries):  # (a table of plain URLs: any of them)
            return held.text is None and {e.text for e in entries} <= set(held.alternatives or ())
        if held.model != entries[0].model or held.client is not None:
            return False
        attrs = dict(held.attrs or ())
        for key in {k for e in entries for k, _ in e.attrs or ()}:
            mine = attrs.get(key)
            theirs = [dict(e.attrs or ()).get(key) for e in entries]
            if mine is None or any(v is None for v in theirs):
                return False
            texts = {v.text for v in theirs if v is not None}
            own = {mine.text} if mine.text is not None else set(mine.alternatives or ())
            if None not in texts and not texts <= own:
                return False
            marks = {m for v in theirs if v is not None for m in v.labels & {TRUE_MARK, FALSE_MARK}}
            if not marks <= mine.labels:
                return False
        return True

    def _self_entry_attrs(self, frame: Frame) -> "list[str]":
        """The attributes of ``self`` the running method reads (or a method of its class it calls does) that the class
        binds once, to an entry of a module table of 2 to 8 dicts or configuration objects read by a key not written out
        (``self.cfg = PARTNERS[partner]``), of a table no code changes."""
        running = self._stack[-1] if self._stack else None
        cls = frame.cls
        if not isinstance(running, cst.FunctionDef) or cls is None:
            return []
        memo: "dict[tuple[int, int], list[str]]" = self.__dict__.setdefault("_self_entry_attrs_memo", {})
        key = (id(running), id(cls.node))
        if key in memo:
            return memo[key]
        def reads(fn: cst.FunctionDef) -> "set[str]":
            return {n.attr.value for n in walk(fn.body) if isinstance(n, cst.Attribute) and isinstance(n.value, cst.Name) and n.value.value == "self"}
        read = reads(running)
        for called in list(read):
            method = cls.methods.get(called)
            if isinstance(method, cst.FunctionDef) and method is not running:
                read |= reads(method)  # (self.body(m) of send: the flags read there)
        for attr in list(read):
            derived = self._read_from_self(attr, frame)  # (self.minimal of self.minimal = self.cfg["minimal"]: self.cfg read)
            if derived is not None:
                read.add(derived[0])
        found = [attr for attr in sorted(read) if self._self_entry_attr(attr, frame)]
        memo[key] = found
        return found

    def _self_entry_attr(self, attr: str, frame: Frame) -> bool:
        """The running class binds ``self.<attr>`` once, to an entry of a module table of 2 to 8 dicts or configuration
        objects read by a key not written out (``self.cfg = PARTNERS[partner]``), of a table no code changes."""
        memo: "dict[tuple[str, int], bool]" = self.__dict__.setdefault("_self_entry_attr_memo", {})
        key = (attr, id(frame.cls.node) if frame.cls is not None else 0)
        if key not in memo:
            memo[key] = self._find_self_entry_attr(attr, frame)
        return memo[key]

    def _find_self_entry_attr(self, attr: str, frame: Frame) -> bool:
        """``_self_entry_attr``, found once."""
        sources = self._self_sources(attr, frame)
        source = sources[0] if len(sources) == 1 else None
        nested = isinstance(source, cst.Subscript) and _literal_subscript(source) and isinstance(source.value, (cst.Subscript, cst.Call))
        source_key = string_value(cst.ensure_type(cst.ensure_type(source, cst.Subscript).slice[0].slice, cst.Index).value) if nested else None
        if nested:
            source = cst.ensure_type(source, cst.Subscript).value  # (self.url = PARTNERS[partner]["url"]: the entry's URL; round 515a)
        if isinstance(source, cst.Call) and isinstance(source.func, cst.Attribute) and source.func.attr.value == "get" and len(source.args) == 1:
            table, key_node = source.func.value, source.args[0].value
        elif isinstance(source, cst.Subscript) and len(source.slice) == 1 and isinstance(source.slice[0].slice, cst.Index):
            table, key_node = source.value, source.slice[0].slice.value
        else:
            return False
        table = self.expr.class_table_alias(table, frame) or table  # (self.registry[partner] of registry = PARTNERS)
        name = dotted(table) if isinstance(table, (cst.Name, cst.Attribute)) else None
        found = self._module_table(name) if name is not None and name.partition(".")[0] != "self" else None
        if found is None or name is None or isinstance(key_node, cst.SimpleString) or not isinstance(key_node, (cst.Name, cst.Attribute)):
            return False
        home, _, literal = found
        entries = [e.value for e in literal.elements if isinstance(e, cst.DictElement)]
        if not (2 <= len(entries) <= MAX_TABLE_WAYS and len(entries) == len(literal.elements)) or self._table_changed(name):
            return False
        if all(isinstance(e, cst.Dict) or home.statements._configuration_call(e) for e in entries) and not nested:
            return True
        # (a table of plain URLs or hosts, URLS = {"ice": "https://...", "state": STATE_HOST + "/api"}, or a text read from
        # each entry, PARTNERS[partner]["url"], read by the key the class keeps too, self.partner = partner beside self.url =
        # URLS[partner]: read entry by entry, each way with its key, when the fields are chosen by self.partner in another
        # method; rounds 506a, 509a, 511a, 515a)
        texts = [self._entry_text(home, e, source_key) for e in entries] if nested else [self._entry_value(home, e) for e in entries]
        return all(t is not None and t.const and t.text is not None for t in texts) \
            and all(isinstance(e.key, cst.SimpleString) for e in literal.elements if isinstance(e, cst.DictElement)) \
            and bool(self._kept_key_attrs(source, frame))

    def _module_table(self, name: str) -> "tuple[ModuleAnalysis, str, cst.Dict] | None":
        """The dict literal the module constant ``name`` is, of this module or imported from another of the project (``from
        .registry import PARTNERS``; round 468a), with its module and its name there; None for anything else."""
        if isinstance(self.index.constants.get(name), cst.Name):
            name = self._table_alias(name)  # (P = PARTNERS; round 515a)
        literal = self.index.constants.get(name)
        if isinstance(literal, cst.Dict) and name not in self.index.grown:
            return self.m, name, literal
        if isinstance(literal, cst.Attribute) and name not in self.index.grown and isinstance(dotted(literal), str) and not self._declared_global(name):
            return self._module_table(cst.ensure_type(dotted(literal), str))  # (P = settings.PARTNERS at module level; round 507a)
        if isinstance(literal, cst.Subscript) and name not in self.index.grown:
            home, nested = self.expr.nested_constant(literal)  # (PARTNERS = CONFIG["partners"]; round 473a)
            return (home, name, nested) if isinstance(nested, cst.Dict) else None
        if name.partition(".")[0] not in self.index.imports:
            return None
        found = self.links.foreign(name)  # (settings.PARTNERS of `from . import settings` too; round 484a)
        written = found[0].index.constants.get(found[1]) if found is not None and found[1] not in found[0].index.grown else None
        return (found[0], found[1], written) if found is not None and isinstance(written, cst.Dict) else None

    def _table_alias(self, name: str) -> str:
        """The table a module constant bound once to another name stands for (``P = PARTNERS``, ``P = settings.PARTNERS``),
        followed a few steps; ``name`` itself otherwise."""
        for _ in range(4):
            bound = self.index.constants.get(name)
            target = dotted(bound) if isinstance(bound, (cst.Name, cst.Attribute)) else None
            if target is None or target == name or name in self.index.grown or self._declared_global(name):
                return name
            name = target
        return name

    def _declared_global(self, name: str) -> bool:
        """Some function of the module declares ``global name`` (and may bind it again)."""
        found: "set[str] | None" = self.__dict__.get("_declared_globals_memo")
        if found is None:
            found = {n.name.value for node in self.functions.flat.walk(self.m.module) if isinstance(node, cst.Global) for n in node.names}
            self.__dict__["_declared_globals_memo"] = found
        return name in found

    def _entry_text(self, home: "ModuleAnalysis", entry: cst.BaseExpression, key: "str | bytes | None") -> Val | None:
        """What the entry ``entry`` (a dict literal) of a table of ``home`` holds under ``key``; None when it holds no such
        entry."""
        held = self._entry_value(home, entry) if isinstance(entry, cst.Dict) and isinstance(key, str) else None
        return dict(held.attrs or ()).get(str(key)) if held is not None else None

    def _entry_value(self, home: "ModuleAnalysis", entry: cst.BaseExpression) -> Val:
        """What an entry of a table of ``home`` holds, here."""
        held = home.statements._with_class_entries(home.expr.eval(entry, Frame(env={})), entry)
        return held if home is self.m else translate(held, home.module_id, self.module_id)

    def entries_changed(self, table: str) -> bool:
        """Some code of the module changes an object the module table ``table`` holds (``PARTNERS["ice"].fields =
        ...``, ``PARTNERS["ice"].fields.append(...)``, ``PARTNERS["cms"].url = ...``): its entries are not what they
        were made with."""
        found: "set[str] | None" = self.__dict__.get("_entries_changed_memo")
        if found is None:
            found = set()
            for target in self._change_targets():
                held, through = target, False
                while isinstance(held, (cst.Attribute, cst.Subscript)):
                    through = through or (isinstance(held, cst.Subscript) and isinstance(held.value, cst.Name))
                    held = held.value
                if isinstance(held, cst.Name) and through and isinstance(target, cst.Attribute | cst.Subscript) \
                        and not (isinstance(target, cst.Subscript) and isinstance(target.value, cst.Name)):
                    found.add(held.value)  # (PARTNERS["x"] = ... itself is a table grown: index.grown)
            self.__dict__["_entries_changed_memo"] = found
        return table in found

    def entry_attribute_changed(self, table: str, attr: str | None) -> bool:
        """Some code of the module may change the attribute ``attr`` of an object the module table ``table`` holds
        (``T["ice"].include_dx = True``, ``T["ice"].fields.append(...)``, ``setattr(T["ice"], name, v)``); ``attr`` None:
        any attribute."""
        memo: "dict[str, set[str | None]] | None" = self.__dict__.get("_entry_attrs_changed_memo")
        if memo is None:
            memo = {}
            for target in self._change_targets():
                held = target
                while isinstance(held, (cst.Attribute, cst.Subscript)):
                    # (the first attribute past an entry read, T["ice"].url, T["ice"].fields[0]: that attribute)
                    if isinstance(held, cst.Attribute) and isinstance(held.value, cst.Subscript) and isinstance(held.value.value, cst.Name):
                        memo.setdefault(held.value.value.value, set()).add(None if held.attr.value == _ANY_ATTRIBUTE else held.attr.value)
                        break
                    held = held.value
            self.__dict__["_entry_attrs_changed_memo"] = memo
        found = memo.get(table, set())
        return bool(found) if attr is None else (attr in found or None in found)

    def _change_targets(self) -> "list[cst.BaseExpression]":
        """What the module's code stores into or changes in place, once: assignment targets, the receivers of changing
        methods (``x.fields.append(...)``), and ``setattr(obj, "name", v)`` as ``obj.name`` (a name not written out as
        ``obj.<any>``)."""
        found: "list[cst.BaseExpression] | None" = self.__dict__.get("_change_targets_memo")
        if found is None:
            found = []
            for node in self.functions.flat.walk(self.m.module):
                if isinstance(node, cst.Assign):
                    found += [t.target for t in node.targets]
                elif isinstance(node, (cst.AugAssign, cst.AnnAssign)):
                    found.append(node.target)
                elif isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value in CHANGING_METHODS:
                    found.append(node.func.value)
                elif isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value == "setattr" and node.args:
                    named = string_value(node.args[1].value) if len(node.args) > 1 and isinstance(node.args[1].value, cst.SimpleString) else None
                    known = isinstance(named, str) and named.isidentifier()
                    found.append(cst.Attribute(value=node.args[0].value, attr=cst.Name(named if known else _ANY_ATTRIBUTE)))  # type: ignore[arg-type]
            self.__dict__["_change_targets_memo"] = found
        return found

    def _configuration_call(self, entry: cst.BaseExpression) -> bool:
        """``Partner(url="https://...", fields=("cin", "dob"))``: an object of a class of the project made of constants
        only (an entry of a table of configuration objects)."""
        return isinstance(entry, cst.Call) and self.calls.classes_named(self.m, [entry.func]) is not None and all(
            not arg.star and self.expr.eval(arg.value, Frame(env={})).const for arg in entry.args)

    def _only_constants_and_classes(self, entry: cst.BaseExpression) -> bool:
        """A dict literal whose every value is a constant or names a class of the project (``{"url": ..., "adapter":
        StateAdapter}``)."""
        return isinstance(entry, cst.Dict) and all(
            isinstance(e, cst.DictElement) and (self.expr.eval(e.value, Frame(env={})).const or self.calls.classes_named(self.m, [e.value]) is not None)
            for e in entry.elements)

    def _with_class_entries(self, held: Val, entry: cst.BaseExpression) -> Val:
        """An entry of a partner table with the classes of the project it holds kept by key (``{"adapter":
        IceAdapter}``): ``cfg["adapter"]()`` makes an instance of that class."""
        if not isinstance(entry, cst.Dict):
            return held
        classes = {}
        for element in entry.elements:
            key = string_value(element.key) if isinstance(element, cst.DictElement) and isinstance(element.key, cst.SimpleString) else None
            named = self.calls.classes_named(self.m, [element.value]) if isinstance(key, str) and isinstance(element, cst.DictElement) else None
            if isinstance(key, str) and named is not None:
                classes[key] = named
        if not classes:
            return held
        return replace(held, attrs=tuple(sorted({**dict(held.attrs or ()), **classes}.items())), items=held.items or tuple(classes))

    def _chosen_assignments(self, statements: Sequence[cst.BaseStatement], at: int, frame: Frame) -> "tuple[list[dict[str, Val]], int] | None":
        """``url = ICE_URL if to_ice else STATE_URL`` followed by ``body = permitted if to_ice else full``:
        assignments chosen by one test (a name or attribute the call does not fix) that choose a destination
        and the data together, run as the two ways of an ``if``: (the state after each way, how many
        statements they are). None otherwise (the frame is as it was: they run one after the other)."""
        group = _ifexp_group(statements, at)
        # url, body = (STATE_URL, full) if partner == "state" else (ICE_URL, basic): one statement binds both
        paired = len(group) == 1 and len(group[0].targets) == 1 and isinstance(group[0].targets[0].target, (cst.Tuple, cst.List))
        # fields = BASIC if partner == "ice" else WIDE: a test of a routing value narrows it on each way, as an if's does
        # (fed = partner == "ice", then url = ICE_URL if fed else STATE_URL: that test, as an if's is; round 449a)
        kept = self.kept_test(group[0].value.test, frame) if group else None  # type: ignore[attr-defined]
        equal = self._equal_to_literal(kept, frame) if kept is not None and len(group) == 1 and not paired and self._splits < MAX_SPLITS else None
        if (len(group) < 2 and not paired and equal is None) or self._splits >= MAX_SPLITS \
                or self.static_truth(group[0].value.test, frame) is not None:  # type: ignore[attr-defined]
            return None
        test = group[0].value.test  # type: ignore[attr-defined]
        outer = frame.state()
        running = self.m.running

        def run_ways() -> list[dict[str, Val]]:
            before = frame.state()
            ways: list[dict[str, Val]] = []
            for pick in ("body", "orelse"):
                frame.restore(before)
                narrowed = (equal[1] if pick == "body" else equal[2]) if equal is not None else None
                if narrowed is not None and equal is not None:
                    self.narrow(frame, equal[0], narrowed, test)
                for stmt, assign in zip(statements[at : at + len(group)], group, strict=True):
                    if running is not None:
                        running.append(stmt)
                    try:
                        val = self.expr.eval(getattr(assign.value, pick), frame)
                        for target in assign.targets:
                            self.bind(target.target, val, frame, assign)
                    finally:
                        if running is not None:
                            running.pop()
                state = frame.state()
                if state is not None:
                    ways.append(state)
            frame.restore(before)
            self.m.branch_sends = [0] * len(ways)  # (a value's choice sends nothing)
            return ways

        _, read = self.eval_reading(test, frame)
        tested = self.population.status_test(test, read, frame)
        # url = ICE_URL if m.immigration_status in TARGETS else STATE_URL: the status chose the records
        # each way handles (SPEC section 10), as an if's branches do
        self.status_ways = None
        ways = run_ways() if tested is None else self.chosen(frame, tested, test, run_ways)
        if tested is not None:
            ways, self.status_ways = self.status_ways or [], None
        if len(ways) == 2 and (_chosen_together(ways) or self._routed_later(ways, equal, test, statements[at + len(group):])):
            return ways, len(group)
        frame.restore(outer)
        return None

    def _routed_later(self, ways: "list[dict[str, Val]]", equal: "tuple[str, Val | None, Val | None] | None", test: cst.BaseExpression,
                      rest: Sequence[cst.BaseStatement]) -> bool:
        """``url = ICE_URL if partner == "ice" else STATE_URL``, then ``if partner != "ice": body["ssn"] = ...``: a
        destination chosen by a test of a routing value that the rest of the block tests again; each way keeps what
        it knows (round 449a; also a kept test of it, ``fed = partner == "ice"``, tested again)."""
        if equal is None:
            return False
        tested = {narrowed_root(equal[0]) if equal[0].startswith(NARROWED) else equal[0]}
        if isinstance(test, cst.Name):
            tested.add(test.value)
        where = {name for name in _where_names(ways) if name != equal[0]}
        return bool(where) and bool(tested & (_read_in(rest) | self._kept_roots(rest)))

    def run_stmt(self, stmt: cst.CSTNode, frame: Frame) -> None:
        """Run one statement (the module's positions look for nodes in it first meanwhile)."""
        running = self.m.running
        if running is None:
            self._run_stmt(stmt, frame)
            return
        running.append(stmt)
        try:
            self._run_stmt(stmt, frame)
        finally:
            running.pop()

    def _run_stmt(self, stmt: cst.CSTNode, frame: Frame) -> None:
        if isinstance(stmt, (cst.SimpleStatementLine, cst.SimpleStatementSuite)):
            for small in stmt.body:
                if frame.dead:
                    return
                self.run_small(small, frame)
        elif isinstance(stmt, cst.BaseSmallStatement):
            self.run_small(stmt, frame)  # def f(m): requests.post(...) -- a one-line body
        elif isinstance(stmt, cst.If):
            self.run_if(stmt, frame)
        elif isinstance(stmt, (cst.For, cst.While)):
            self.run_loop(stmt, frame)
        elif isinstance(stmt, cst.Try) or type(stmt).__name__ == "TryStar":
            self.run_try(stmt, frame)  # type: ignore[arg-type]
        elif isinstance(stmt, cst.With):
            entered: list[tuple[Val, cst.WithItem]] = []
            generators: list[tuple[cst.Yield, cst.WithItem]] = []
            for item in stmt.items:
                handed = self._yields_to_block(item)
                if handed is not None:
                    generators.append((handed, item))
                val = self.expr.eval(item.item, frame)
                if val.model is not None and (isinstance(item.item, cst.Call) or isinstance(item.item, cst.Name)):
                    entered.append((val, item))
                    val = self.calls.enter_context(val, item.item, stmt.asynchronous is not None)
                if item.asname is not None and self.index.not_pragma_lines and self.calls.has_pragma(item.item, self.index.not_pragma_lines):
                    val = quieted(val)  # with httpx.Client(base_url=URL) as dhs:  # medicaid-scope: not-enforcement
                if item.asname is not None:
                    self.bind(item.asname.name, val, frame, item)
            self.run_block(stmt.body, frame)
            for obj, item in reversed(entered):
                if frame.dead:
                    break
                # with IceBatch() as batch: ... batch.add(m) -- __exit__ flushes what the body gave the object
                held = frame.env.get(item.asname.name.value) if item.asname is not None and isinstance(item.asname.name, cst.Name) else None
                if isinstance(item.item, cst.Name) and item.item.value in frame.env and frame.env[item.item.value].model == obj.model \
                        and item.item.value not in rebound_names(stmt):
                    obj = frame.env[item.item.value]  # with ref: ... ref.body["ssn"] = ...: the object as the block left it
                attr = self.entered_attribute(obj, stmt.asynchronous is not None) if held is not None and held.model != obj.model else None
                if held is not None and attr is not None and item.asname is not None and item.asname.name.value not in rebound_names(stmt):  # type: ignore[union-attr]
                    obj = with_attrs(obj, {attr: held})  # def __enter__(self): return self.body -- the block filled that dict
                self.calls.exit_context(held if held is not None and held.model == obj.model else obj, item.item, stmt.asynchronous is not None)
            for handed, item in reversed(generators):
                held = frame.env.get(item.asname.name.value) if not frame.dead and item.asname is not None else None  # type: ignore[union-attr]
                if held is None or item.asname.name.value in rebound_names(stmt):  # type: ignore[union-attr,arg-type]
                    continue  # (rows = [...] in the block: another list, not the one the generator yielded)
                # @contextmanager def ice_batch(): rows = []; yield rows; post(ICE, json=rows) -- the code after the
                # yield runs on what the block put into rows (the generator runs again with it given back)
                self.m.yield_values[id(handed)] = held
                try:
                    self.expr.eval(item.item, frame)
                finally:
                    del self.m.yield_values[id(handed)]
        elif isinstance(stmt, cst.Match):
            self.run_match(stmt, frame)
        elif isinstance(stmt, cst.FunctionDef):
            self.define_local(stmt, frame)

    def _walked_part(self, small: cst.Assign, frame: Frame) -> tuple[str, str] | None:
        """``node = node["identity"]``: a name rebound to a part of what it held (a walk down a nested
        dict). What it held stays in the frame under a hidden name, with its own place in its container,
        so the new value is a part of it (what is put into ``node`` is in the payload it was taken from);
        the part, or None for any other assignment. Not in a loop run to a fixpoint (only in one unrolled
        over constant keys: ``for key in ("subject", "identity"): node = node[key]``)."""
        target = small.targets[0].target if len(small.targets) == 1 else None
        if not isinstance(target, cst.Name) or target.value not in frame.env:
            return None
        name = target.value
        part = part_of(small.value, self.expr, frame)
        if part is None or part[0] != name or part[1] is None:
            return None
        key = small.value.slice[0].slice if isinstance(small.value, cst.Subscript) and len(small.value.slice) == 1 else None
        if frame.loop_outer is not None and not (isinstance(key, cst.Index) and isinstance(key.value, cst.Name) and key.value.value in frame.unrolled):
            return None
        hidden = next((h for h in (f"{name}#{n}" for n in range(8)) if h not in frame.env), None)
        if hidden is None:
            return None
        frame.env[hidden] = frame.env[name]
        if name in frame.aliases:
            frame.aliases[hidden] = frame.aliases[name]
        for other, (source, sub_key) in list(frame.aliases.items()):
            if source == name and other != hidden and sub_key is None:
                frame.aliases[other] = (hidden, None)  # payload -> node (node = payload): payload is the held dict's other name
        return hidden, part[1]

    def _yields_to_block(self, item: cst.WithItem) -> cst.Yield | None:
        """``with ice_batch() as rows:`` with ``ice_batch`` a ``@contextmanager`` generator of this module
        whose one statement-level ``yield rows`` hands out a name and that does more after it: that yield."""
        call = item.item
        if not isinstance(call, cst.Call) or not isinstance(call.func, cst.Name) or item.asname is None or not isinstance(item.asname.name, cst.Name):
            return None
        fn = self.index.functions.get(call.func.value)
        if fn is None or not any(decorator_name(d.decorator) in ("contextmanager", "asynccontextmanager") for d in fn.decorators):
            return None
        yields = [n for n in walk(fn.body) if isinstance(n, cst.Yield)]
        if len(yields) != 1 or not isinstance(yields[0].value, cst.Name):
            return None
        return yields[0]

    def _typed_dict(self, annotation: cst.BaseExpression, literal: Val) -> Val | None:
        """``body: IceReferral = {...}`` with a TypedDict of this module named for enforcement: the
        model, whose fields are reported at their declarations (its entries are not reported again,
        as a constructor's keywords are not: SPEC section 3)."""
        cls = self.index.classes.get(annotation.value) if isinstance(annotation, cst.Name) else None
        if cls is None or not cls.is_model or not self.rules.is_payload_model(cls.name, self.m.cleared):
            return None
        declared = self.functions.declared_fields(cls.name)
        if declared is None:
            return None
        # what the literal holds beyond the declared fields (an extra key, a ** splat) is still sent, and so
        # is a value that names another known category than the field it fills ({"medicaid_id": m.ssn}),
        # as a constructor's keyword is; the records it was built from are what it is built from
        fields = {name for name, _ in cls.fields}
        extra = tuple(p for p in literal.placements if p.key is None or p.key not in fields or self.calls.names_other_category(p, p.key))
        return replace(declared, placements=declared.placements + extra, bulk=declared.bulk | literal.bulk).with_labels({cls.name})

    def define_local(self, fn: cst.FunctionDef, frame: Frame) -> None:
        """A nested ``def``: bind its name to the function (closing over the enclosing state); it is
        also analyzed on its own once, like every function, with its parameters unknown."""
        if frame.func_name is None:
            return  # a def at module or class level: analyzed on its own by run()
        ref = FunctionRef(fn, id(fn), closure_of(frame.env))
        if frame.imports:
            self.outer_imports[id(fn)] = dict(frame.imports)  # the enclosing function's own imports
        frame.env[fn.name.value] = Val(const=True, function=ref)
        self.functions.call_ref(ref, None, frame.cls, fn)
        if fn.decorators:
            wrapped = self._decorated_local(fn, ref, frame)
            if wrapped is not None:
                frame.env[fn.name.value] = Val(const=True, function=wrapped)

    def _decorated_local(self, fn: cst.FunctionDef, ref: FunctionRef, frame: Frame) -> FunctionRef | None:
        """What a nested ``def`` decorated by functions the analysis sees is (``@add_race`` of a decorator defined in
        the same function, closing over its record): the wrapper the decorators return, applied innermost first; None
        when a decorator is not such a function or returns none of its own (``@functools.wraps(fn)``, ``@app.route``)."""
        value = Val(const=True, function=ref)
        for decorator in reversed(fn.decorators):
            applied = self.expr.eval(decorator.decorator, frame).function
            if applied is None or not isinstance(applied.node, cst.FunctionDef) or applied.node is fn:
                return None
            value = self.functions.call_ref(applied, [(cst.Arg(value=fn.name), value)], frame.cls, decorator, frame)
            if value.function is None or value.function.node is fn:
                return None
        return value.function

    def _deletion_units(self, stmt: cst.CSTNode) -> "list[cst.BaseSmallStatement] | None":
        """The key deletions a line is made of, one by one (``del body["ssn"], body["race"]`` is two; ``body.pop("ssn");
        body.pop("race")`` two), each raising nothing but a missing key's ``KeyError``; None when the line does anything
        else. Made once per line (the analysis knows nodes by identity)."""
        if not isinstance(stmt, cst.SimpleStatementLine):
            return None
        made = self._deletions.get(id(stmt), False)
        if made is False:
            units: list[cst.BaseSmallStatement] | None = []
            for small in stmt.body:
                if isinstance(small, cst.Del):
                    targets = [e.value for e in small.target.elements] if isinstance(small.target, cst.Tuple) else [small.target]
                    if not all(isinstance(t, cst.Subscript) and isinstance(t.value, cst.Name) for t in targets):
                        units = None
                        break
                    units.extend([small] if len(targets) == 1 else [cst.Del(target=t) for t in targets])  # type: ignore[union-attr]
                elif isinstance(small, cst.Expr) and isinstance(small.value, cst.Call) and isinstance(small.value.func, cst.Attribute) \
                        and small.value.func.attr.value == "pop" and isinstance(small.value.func.value, cst.Name) and len(small.value.args) == 1:
                    units.append(small)  # type: ignore[union-attr]
                else:
                    units = None
                    break
            made = units or None
            self._deletions[id(stmt)] = made
        return made  # type: ignore[return-value]

    def _conditional_if(self, small: cst.Expr) -> cst.If:
        """The ``if`` a conditional expression written as a statement stands for (SPEC section 6: branches join):
        ``a() if test else b()`` runs one of them, ``test and a()`` runs ``a()`` only when the test holds, ``test or
        a()`` only when it does not. Made once per statement (and kept: the analysis knows nodes by identity)."""
        made = self._conditional_ifs.get(id(small))
        if made is None:
            def block(*values: cst.BaseExpression) -> cst.IndentedBlock:
                return cst.IndentedBlock(body=[cst.SimpleStatementLine(body=[cst.Expr(value=v) if v is not None else cst.Pass() for v in values])])

            value = small.value
            if isinstance(value, cst.IfExp):
                made = cst.If(test=value.test, body=block(value.body), orelse=cst.Else(body=block(value.orelse)))
            else:
                assert isinstance(value, cst.BooleanOperation)
                if isinstance(value.operator, cst.And):
                    made = cst.If(test=value.left, body=block(value.right))
                else:
                    made = cst.If(test=value.left, body=cst.IndentedBlock(body=[cst.SimpleStatementLine(body=[cst.Pass()])]),
                                  orelse=cst.Else(body=block(value.right)))
            self._conditional_ifs[id(small)] = made
        return made

    def run_if(self, stmt: cst.If, frame: Frame) -> list[dict[str, Val]]:
        """``if``: its branches from the same state. A test on immigration status or citizenship
        chooses the records its branches handle (SPEC section 10): see ``chosen``. Returns the
        states of the ways that go on (an ``elif``'s each, not joined)."""
        kept = self.kept_test(stmt.test, frame)
        if kept is not stmt.test:
            stmt = stmt.with_changes(test=kept)  # is_ice = partner == "ice"; ...; if not is_ice: -- that test, here
        _, read = self.eval_reading(stmt.test, frame)
        known = self.static_truth(stmt.test, frame)
        if known is not None:
            # if kind == "ice": with kind the constant "state" (a router called with a constant):
            # only the way Python takes
            if known:
                self.run_block(stmt.body, frame)
            elif isinstance(stmt.orelse, cst.If):
                return self.run_if(stmt.orelse, frame)
            elif isinstance(stmt.orelse, cst.Else):
                self.run_block(stmt.orelse.body, frame)
            state = frame.state()
            return [state] if state is not None else []
        tested = self.population.status_test(stmt.test, read, frame) if not frame.dead else None
        if tested is None and read and not frame.dead and not isinstance(stmt.orelse, cst.If) and self.population.looks_up_one_by(stmt.test, frame):
            return self._looked_up(stmt, read, frame)
        skipped = _equal_test(stmt.test) if tested is None and read and not frame.dead and stmt.orelse is None and _ends_by_leaving(stmt.body) else None
        if skipped is not None and self.population.looks_up_one_by(skipped, frame):
            # for r in reader: if r["cin"] != cin: continue; post(r): past the if, the one record the caller identified
            before = frame.state()
            self.run_block(stmt.body, frame)
            if before is None:
                return []
            frame.restore(self.population.strip_env(before, read, skipped, frame))
            state = frame.state()
            return [state] if state is not None else []
        if tested is None:
            ways = self.branches(frame, [stmt.body], stmt.orelse, stmt.test, plain=True)
            self._if_ways = ways if len(ways) > 1 else None
            return ways
        self.status_ways = None
        ways = self.chosen(frame, tested, stmt.test, lambda: self.branches(frame, [stmt.body], stmt.orelse, stmt.test))
        # if status in TARGETS: url, body = ICE_URL, permitted / else: url, body = STATE_URL, full: the rest
        # may run once per way, each with its own destination and data (see _ways_chosen)
        self._if_ways, self.status_ways = self.status_ways, None
        return ways

    def kept_test(self, test: cst.BaseExpression, frame: Frame) -> cst.BaseExpression:
        """``test`` with each variable holding the result of a test of the running function (``is_ice = partner ==
        "ice"``, bound once, by a statement of a block the test is in, after every binding of what it reads) written as
        that test (``if not is_ice:`` is ``if not partner == "ice":``); ``test`` itself when there is none."""
        return rewrite_test(test, lambda leaf: self._kept_leaf(leaf, frame), self._made_test)

    def _kept_leaf(self, test: cst.BaseExpression, frame: Frame) -> cst.BaseExpression:
        """One operand of a test, for ``kept_test``."""
        running = self._stack[-1] if self._stack else None
        if isinstance(test, cst.Attribute) and isinstance(test.value, cst.Name) and test.value.value == "self" and frame.cls is not None:
            return self._kept_on_self(test, frame)
        if not isinstance(test, cst.Name) or test.value in frame.unrolled or not isinstance(running, cst.FunctionDef):
            return test
        memo: "dict[int, tuple[cst.Name, cst.BaseExpression | None]]" = self.__dict__.setdefault("_kept_test_memo", {})
        if id(test) not in memo:
            memo[id(test)] = (test, self._kept_value(running, test))
        value = memo[id(test)][1]
        if isinstance(value, (cst.Subscript, cst.Attribute)) or (value is not None and _flag_getter(value)):
            # minimal = cfg["minimal"] (prof.minimal) of an entry of a partner table: as the entry holds it on this way (see
            # _constant_entry; cfg.get("include_ssn", False), getattr(prof, "send_ssn", False) too: round 448a)
            return value if self._constant_entry(value, frame) is not None else test
        depth = self._inline_depth
        if value is None or depth > 3:
            return test
        self._inline_depth = depth + 1
        try:
            return self.kept_test(value, frame)  # local = not federal, federal = partner in FEDERAL: that test
        finally:
            self._inline_depth = depth

    def _kept_on_self(self, test: cst.Attribute, frame: Frame) -> cst.BaseExpression:
        """``self.minimal`` of a class whose one binding of it is ``self.minimal = self.cfg["minimal"]`` (``self.cfg.minimal``),
        with ``self.cfg`` an entry of a partner table (``_self_entry_attrs``): that flag of the entry, as it holds it on
        this way (round 458a); ``test`` itself otherwise."""
        sources = self._self_sources(test.attr.value, frame)
        source = _as_entry_read(sources[0]) if len(sources) == 1 else None
        read = source.value if isinstance(source, cst.Subscript) and _literal_subscript(source) else None
        table = read.value if isinstance(read, cst.Subscript) and len(read.slice) == 1 and not _literal_subscript(read) else None
        if isinstance(table, cst.Name) and isinstance(self.index.constants.get(table.value), cst.Dict) and table.value not in self.index.grown \
                and not self._attribute_set_elsewhere(test.attr.value, 1, frame.cls) and not self._table_changed(table.value):
            # self.full = P[partner]["full"] in __init__ of an object made with a key written out (N("ice")): the flag that
            # entry holds (round 462a)
            held = self.functions.own_self_attribute(test.attr.value, frame)
            if held is not None and held.const and held.text is None and held.items is None and (TRUE_MARK in held.labels) != (FALSE_MARK in held.labels):
                # (what this object holds: made anew on each read, placed where the test is, and kept alive)
                made = cst.Name("True" if TRUE_MARK in held.labels else "False")
                self.__dict__.setdefault("_flags_read", []).append(made)
                self.m.alias_position(made, test)
                return made
            return test
        derived = self._read_from_self(test.attr.value, frame)
        if derived is None or not self._self_entry_attr(derived[0], frame):
            return test
        if isinstance(derived[1], cst.Subscript) and not _literal_subscript(derived[1]):
            return test
        if self._attribute_set_elsewhere(test.attr.value, 1, frame.cls):
            return test  # (s.minimal = False of a caller, a subclass's own binding, setattr, __dict__, vars: review 57b)
        return derived[1] if self._constant_entry(derived[1], frame) is not None else test

    def _attribute_set_elsewhere(self, attr: str, allowed: int = 1, cls: "ClassInfo | None" = None) -> bool:
        """Some code of the module binds an attribute named ``attr`` more than ``allowed`` times (on an object other than
        ``self``, or on ``self`` in ``cls``, a base or a subclass of it; in any target, tuples and annotations too), or
        may set attributes by a name not written out (``setattr(obj, k, v)``, ``obj.__dict__[k] = v``,
        ``vars(obj).update(...)``, ``vars(obj)[k] = v``; review 57c: ``vars(m)`` only read changes nothing)."""
        memo: "dict[str, list[cst.ClassDef | None]] | None" = self.__dict__.get("_attribute_stores_memo")
        if memo is None:
            memo = {}
            for klass, n in self._nodes_with_classes():
                targets = [t.target for t in n.targets] if isinstance(n, cst.Assign) else [n.target] if isinstance(n, (cst.AugAssign, cst.AnnAssign)) else []
                for target in _target_parts(targets):
                    if isinstance(target, cst.Attribute):
                        # (obj.minimal = ...; not obj.registry[k] = v; self.minimal of the class it is written in)
                        own = isinstance(target.value, cst.Name) and target.value.value == "self"
                        memo.setdefault(target.attr.value, []).append(klass if own else None)
                    if any(isinstance(part, cst.Attribute) and part.attr.value == "__dict__" for part in walk(target)) \
                            or any(isinstance(part, cst.Call) and (dotted(part.func) or "") == "vars" for part in walk(target)):
                        memo["\x00any"] = [None]
                if isinstance(n, cst.Call) and (dotted(n.func) or "") in ("setattr", "object.__setattr__") and n.args:
                    named = string_value(n.args[1].value) if len(n.args) > 1 and isinstance(n.args[1].value, cst.SimpleString) else None
                    if isinstance(named, str):
                        memo.setdefault(named, []).extend([None, None])
                    else:
                        memo["\x00any"] = [None]
                if isinstance(n, cst.Call) and isinstance(n.func, cst.Attribute) and n.func.attr.value in ("update", "setdefault", "__setitem__") \
                        and isinstance(n.func.value, cst.Call) and (dotted(n.func.value.func) or "") == "vars":
                    memo["\x00any"] = [None]  # vars(self).update(overrides)
            self.__dict__["_attribute_stores_memo"] = memo
        if "\x00any" in memo:
            return True
        related = self._related_classes(cls) if cls is not None else None
        count = sum(1 for owner in memo.get(attr, ()) if owner is None or related is None or id(owner) in related)
        return count > allowed

    def _nodes_with_classes(self) -> "list[tuple[cst.ClassDef | None, cst.CSTNode]]":
        """Every node of the module with the class whose body (or method) it is in, innermost."""
        out: "list[tuple[cst.ClassDef | None, cst.CSTNode]]" = []
        stack: "list[tuple[cst.ClassDef | None, cst.CSTNode]]" = [(None, self.m.module)]
        while stack:
            klass, node = stack.pop()
            out.append((klass, node))
            inner = node if isinstance(node, cst.ClassDef) else klass
            stack.extend((inner, child) for child in children(node))
        return out

    def _related_classes(self, cls: "ClassInfo") -> "set[int]":
        """The class nodes of ``cls``, its bases and its subclasses among the module's classes."""
        related = {id(cls.node)}
        for other in self.index.classes.values():
            if cls.name in other.bases or other.name in cls.bases:
                related.add(id(other.node))
        return related

    def _copy_narrowed(self, test: cst.BaseExpression, frame: Frame) -> "tuple[str, Val | None, Val | None] | None":
        """``p == "ice"`` (``p in (...)``, ``not``) of ``p`` bound once to a normalised text of a variable (``p =
        partner.strip().lower()``, see ``_kept_value``): what ``partner.strip().lower() == "ice"`` narrows ``partner``
        to; None for anything else."""
        inner = test.expression if isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not) else test
        running = self._stack[-1] if self._stack else None
        if not (isinstance(inner, cst.Comparison) and len(inner.comparisons) == 1 and isinstance(inner.left, cst.Name)) or not isinstance(running, cst.FunctionDef):
            return None
        memo: "dict[int, tuple[cst.BaseExpression, cst.BaseExpression | None]]" = self.__dict__.setdefault("_copy_test_memo", {})
        if id(test) not in memo:
            value = self._kept_value(running, inner.left, copy=True)
            made = None
            if value is not None:
                made = inner.with_changes(left=value)
                if inner is not test:
                    made = test.with_changes(expression=made)  # type: ignore[call-arg]
                self.m.alias_position(made, test)
            memo[id(test)] = (test, made)
        made = memo[id(test)][1]
        return self._equal_to_literal(made, frame) if made is not None else None

    def _made_test(self, original: cst.BaseExpression, made: cst.BaseExpression) -> cst.BaseExpression:
        """``made`` (a test written anew by ``kept_test``), kept alive and placed where ``original`` is."""
        kept: "dict[int, tuple[cst.BaseExpression, cst.BaseExpression]]" = self.__dict__.setdefault("_made_tests", {})
        if id(original) not in kept:
            self.m.alias_position(made, original)
            kept[id(original)] = (original, made)
        return kept[id(original)][1]

    def _kept_value(self, running: cst.FunctionDef, read: cst.Name, copy: bool = False) -> cst.BaseExpression | None:
        """The test ``read`` (a name read in ``running``) holds, for ``kept_test``; None when it may hold anything else.
        With ``copy``: the normalised text of a variable it holds instead (``p = partner.strip().lower()``). (What the
        binding holds is found once per function and name; each read asks only whether it follows the binding in its
        block: review 57a found a function of 60 kept tests spending seconds here.)"""
        memo: "dict[tuple[int, str, bool], tuple[cst.BaseExpression, frozenset[int]] | None]" = self.__dict__.setdefault("_kept_value_memo", {})
        key = (id(running), read.value, copy)
        if key not in memo:
            memo[key] = self._kept_binding(running, read.value, copy)
        found = memo[key]
        return found[0] if found is not None and id(read) in found[1] else None

    def _bindings_of(self, running: cst.FunctionDef, name: str) -> "list[cst.CSTNode]":
        """``bindings_of(running.body, name)``, found once per function and name."""
        memo: "dict[tuple[int, str], list[cst.CSTNode]]" = self.__dict__.setdefault("_bindings_of_memo", {})
        key = (id(running), name)
        if key not in memo:
            memo[key] = list(bindings_of(running.body, name))
        return memo[key]

    def _function_shape(self, running: cst.FunctionDef) -> "tuple[list[cst.BaseSuite], list[tuple[int, cst.CSTNode]]]":
        """The blocks of ``running`` (its body first; nested functions and classes apart), and its stores and calls with
        their lines (what may change a kept test's parts), found once per function."""
        memo: "dict[int, tuple[list[cst.BaseSuite], list[tuple[int, cst.CSTNode]]]]" = self.__dict__.setdefault("_function_shape_memo", {})
        if id(running) not in memo:
            blocks: "list[cst.BaseSuite]" = [running.body]
            blocks += [n for n in walk(running.body, prune=lambda n: isinstance(n, (cst.FunctionDef, cst.Lambda, cst.ClassDef))) if isinstance(n, cst.IndentedBlock)]
            changes = [(self.m.positions(n)[0], n) for n in self.functions.flat.walk(running.body)
                       if isinstance(n, (cst.Assign, cst.AugAssign, cst.AnnAssign, cst.Del, cst.Call))]
            memo[id(running)] = (blocks, changes)
        return memo[id(running)]

    def _kept_binding(self, running: cst.FunctionDef, name: str, copy: bool) -> "tuple[cst.BaseExpression, frozenset[int]] | None":
        """For ``_kept_value``: what the one binding of ``name`` in ``running`` holds, with the nodes of the statements after
        it in its block (where a read of it may use it); None when it may hold anything else."""
        if name in param_names(running) or self._bindings(running, name) != 1:
            return None
        assign = self._bindings_of(running, name)[0]
        # (is_ice: bool = partner == "ice" too; not unpacked, nor bound with another name)
        value = assign.value if isinstance(assign, (cst.Assign, cst.AnnAssign)) and (
            isinstance(assign, cst.AnnAssign) or (len(assign.targets) == 1 and isinstance(assign.targets[0].target, cst.Name))) else None
        if copy:
            normalized = normalized_text(value) if value is not None else None
            if normalized is None or not isinstance(normalized[0], cst.Name):
                return None
        elif value is None or not (_a_test(value) or (isinstance(value, cst.Subscript) and isinstance(value.value, (cst.Name, cst.Subscript)) and len(value.slice) == 1
                                                      and isinstance(value.slice[0].slice, cst.Index) and isinstance(value.slice[0].slice.value, cst.SimpleString))
                                   or (isinstance(value, cst.Attribute) and isinstance(value.value, cst.Name) and value.value.value != "self")
                                   or _flag_getter(value)):
            return None
        assert value is not None
        shape = self._function_shape(running)
        for block in shape[0]:
            statements = list(block.body) if isinstance(block, cst.IndentedBlock) else []
            at = next((i for i, s in enumerate(statements) if isinstance(s, cst.SimpleStatementLine) and any(small is assign for small in s.body)), None)
            if at is None:
                continue
            # (a read elsewhere, in a block the test is not in or before it, another pass of a loop, a branch: not kept)
            later = frozenset(id(node) for stmt in statements[at + 1:] for node in walk(stmt))
            break
        else:
            return None
        line = self.m.positions(assign)[0]
        attributes = {id(n.attr) for n in walk(value) if isinstance(n, cst.Attribute)}
        for node in walk(value):
            if isinstance(node, cst.Name) and id(node) not in attributes and node.value != name and (
                    node.value in param_names(running) or self._bindings(running, node.value)):
                if any(self.m.positions(b)[0] >= line for b in self._bindings_of(running, node.value)):
                    return None  # (what it tests bound again after the test was kept: is_ice = p == "ice"; p = other)
        # is_state = self.partner == "state"; self.partner = forward (or self.reroute(), which may set it); skip = not
        # opts["ssn"]; opts["ssn"] = False: no longer what was tested (a method that only reads, partner.startswith("ice"),
        # changes nothing)
        # (the parts read: self.partner, opts["ssn"]; a store into another part, self.sent += 1, cfg["attempts"] = 1,
        # changes none of them)
        called = {id(n.func) for n in walk(value) if isinstance(n, cst.Call)}
        parts = {text for n in walk(value) if isinstance(n, (cst.Attribute, cst.Subscript)) and id(n) not in called and (text := part_text(n))}
        roots = {node.value for node in walk(value) if isinstance(node, cst.Name) and id(node) not in attributes and node.value != name}
        inside = {id(n) for n in walk(value)}

        def touches(target: cst.BaseExpression) -> bool:
            text = part_text(target) if isinstance(target, (cst.Attribute, cst.Subscript)) else None
            if root_name(target) in roots and any(isinstance(n, cst.Attribute) and n.attr.value == "__dict__" for n in walk(target)):
                return True  # (self.__dict__.update(overrides), self.__dict__[k] = v: any attribute)
            return text is not None and any(text == part or text.startswith((part + ".", part + "[")) or part.startswith((text + ".", text + "["))
                                            for part in parts)
        for at_line, n in shape[1]:
            if at_line < line or id(n) in inside:
                continue
            targets = [t.target for t in n.targets] if isinstance(n, cst.Assign) else [n.target] if isinstance(n, (cst.AugAssign, cst.AnnAssign, cst.Del)) else []
            if any(touches(t) for t in targets):
                return None
            if isinstance(n, cst.Call) and isinstance(n.func, cst.Attribute) and n.func.attr.value not in _READ_METHODS and (
                    (isinstance(n.func.value, cst.Name) and n.func.value.value in roots) or touches(n.func.value)):
                return None  # (self.reroute(), opts.update(...), cfg["flags"].clear())
            if isinstance(n, cst.Call) and (dotted(n.func) or "") in ("setattr", "delattr", "vars") and n.args and root_name(n.args[0].value) in roots:
                return None  # (setattr(self, name, value), vars(self).update(...))
        return value, later

    def _looked_up(self, stmt: cst.If, read: "frozenset[Bulk]", frame: Frame) -> list[dict[str, Val]]:
        """``for m in members: if m.cin == cin: ...``: the body handles the one record the caller
        identified (SPEC section 10, a lookup by id), without the records it was picked from; the way
        past the ``if`` is every other record, as it was."""
        before = frame.state()
        if before is None:
            return []
        frame.restore(self.population.strip_env(before, read, stmt.test, frame))
        self.run_block(stmt.body, frame)
        after = frame.state()
        if after is not None:
            # (what outlives the loop holds the records it held: members, a batch filled before)
            after = {name: replace(val, bulk=val.bulk | before[name].bulk) if name in before and before[name].bulk - val.bulk else val
                     for name, val in after.items()}
        frame.restore(before)
        if isinstance(stmt.orelse, cst.Else):
            self.run_block(stmt.orelse.body, frame)  # every other record, as it was
        live = [state for state in (after, frame.state()) if state is not None]
        frame.restore(_join_envs(*live) if live else None)
        return live

    def _absent_key(self, test: cst.BaseExpression | None, frame: Frame) -> tuple[str, str, bool] | None:
        """``if "ssn" in rec:`` / ``if key not in rec:`` (``key`` bound to a constant): (the dict, the key,
        whether the key is absent when the test holds). Where the test says so, the dict has no entry
        under that key (``if k in rec: del rec[k]`` leaves none either way)."""
        if not isinstance(test, cst.Comparison) or len(test.comparisons) != 1:
            return None
        operator, right = test.comparisons[0].operator, test.comparisons[0].comparator
        if not isinstance(operator, (cst.In, cst.NotIn)) or not isinstance(right, cst.Name) or right.value not in frame.env:
            return None
        key = const_text(self.expr.eval(test.left, frame))
        if key is None or not frame.env[right.value].placements:
            return None
        return right.value, key, isinstance(operator, cst.NotIn)

    def static_truth(self, test: cst.BaseExpression, frame: Frame) -> bool | None:
        """The value of a test the call fixed: a comparison of constant texts (``kind == "ice"``,
        ``audience in ("ice", "ero")``, ``url == ICE_URL`` of a literal module constant), ``param is
        None``, or the parameter itself (``if for_ice:``), with the parameter bound by the call's own
        argument to a constant; None when it depends on anything else."""
        if isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not):
            inner = self.static_truth(test.expression, frame)
            return None if inner is None else not inner
        if isinstance(test, cst.BooleanOperation):
            # if p is Partner.ICE or p is Partner.CBP: each side known, the whole is
            first, second = self.static_truth(test.left, frame), self.static_truth(test.right, frame)
            if isinstance(test.operator, cst.Or) and (true_literal(test.left) or true_literal(test.right)):
                return True  # if m.imgrtn_stus_cd in UNLAWFUL or True: (a left-in override) decides nothing
            if isinstance(test.operator, cst.Or):
                return True if first or second else None if first is None or second is None else False
            return False if first is False or second is False else None if first is None or second is None else True
        if true_literal(test) or false_literal(test):
            return true_literal(test)  # if False: (a block switched off by hand) never runs; if True: always
        fixed = self._fixed_param(test, frame)
        if fixed is not None:
            return truth_of(fixed)  # if for_ice: / if not columns:
        if self._filled_constant(test, frame):
            return True  # if ICE_PARTNER["status_filter"]: of a module constant holding a non-empty tuple: always taken
        entry = self._constant_entry(test, frame)
        if entry is not None:
            return entry  # cfg = PARTNERS[partner] (one entry per run): if cfg["status_filter"]: as that entry holds it
        inlined = self._inlined_predicate(test, frame)
        if inlined is not None:
            depth = self._inline_depth
            self._inline_depth = depth + 1
            try:
                return self.static_truth(inlined, frame)  # is_lawful(partner) of def is_lawful(p): return p in LAWFUL
            finally:
                self._inline_depth = depth
        contradicted = self._contradicted(test, frame)
        if contradicted is not None:
            return contradicted
        prefix = prefix_test(test)
        if prefix is not None:
            # partner.startswith("ice") of a parameter the call fixed (or the key of this run): its text begins so
            tested = prefix[0]
            of_run = isinstance(tested, cst.Name) and (KEY_OF_RUN_MARK in frame.env.get(tested.value, OPAQUE).labels or self._normalized_fixed(tested, frame))
            unrolled = isinstance(tested, cst.Name) and tested.value in frame.unrolled
            prefixed = self.expr.eval(tested, frame) if (of_run or unrolled or self._fixed_param(tested, frame) is not None) else None
            if prefixed is None or not prefixed.const or prefixed.text is None or HOLE in prefixed.text or prefixed.text == OUTSIDE_KEY_TEXT:
                return None  # (the run for any key outside a table: it may begin so or not, review 55g)
            return any(apply(prefixed.text) == text for text, apply in prefix[1])
        if not isinstance(test, cst.Comparison) or len(test.comparisons) != 1:
            return None
        operator, comparator = test.comparisons[0].operator, test.comparisons[0].comparator
        if isinstance(operator, (cst.Is, cst.IsNot)) and isinstance(comparator, cst.Name) and comparator.value == "None":
            # if columns is not None: with columns given a constant list (or None) by the call
            given = self._fixed_param(test.left, frame)
            if given is None or truth_of(given) is None:
                return None  # not a constant: may or may not be None
            return is_none(given) == isinstance(operator, cst.Is)
        members = [dotted(comparator)] if isinstance(comparator, cst.Attribute) and isinstance(comparator.value, cst.Name) else [
            dotted(e.value) for e in comparator.elements if isinstance(e.value, cst.Attribute) and isinstance(e.value.value, cst.Name)
        ] if isinstance(comparator, (cst.Tuple, cst.List, cst.Set)) and isinstance(operator, (cst.In, cst.NotIn)) else []
        owners = {m.partition(".")[0] for m in members if m is not None}
        if members and len(owners) == 1 and None not in members and isinstance(test.left, cst.Name) \
                and (test.left.value in frame.unrolled or self._fixed_param(test.left, frame) is not None) and self.enum_members(next(iter(owners))) is not None:
            # for p in Partner: if p is Partner.ICE: continue (if p in (Partner.ICE, Partner.CBP): ...) -- the
            # member of this turn, one of the class's own; body(m, Partner.ICE): if partner is Partner.STATE
            held = frame.env.get(test.left.value, OPAQUE).labels
            if sum(label.startswith(next(iter(owners)) + ".") for label in held) == 1:  # (one member, not a join of two)
                return any(m in held for m in members) == isinstance(operator, (cst.Is, cst.Equal, cst.In))
        # only a parameter the call's own argument fixed, against a literal (a default, a setting, an
        # environment variable or a module constant bound to anything but a literal may be anything at
        # run time)
        literal = isinstance(comparator, cst.SimpleString) or (
            isinstance(comparator, (cst.Tuple, cst.List, cst.Set)) and all(isinstance(e.value, cst.SimpleString) for e in comparator.elements)
        )
        # (kind.upper() == "ICE" of a fixed kind: the text normalised so)
        normalized = normalized_text(test.left)
        tested = normalized[0] if normalized is not None else test.left
        left_name = tested.value if isinstance(tested, cst.Name) else None
        if isinstance(tested, cst.Attribute) and isinstance(tested.value, cst.Name) and tested.attr.value in FIELD_NAME_ATTRIBUTES:
            left_name = tested.value.value  # for f in fields(Member): if f.name in ALLOWED -- the field's name
        unrolled = left_name is not None and left_name in frame.unrolled
        if isinstance(comparator, cst.Name) and comparator.value in self.index.constants and comparator.value not in frame.env:
            # for src, dst in FIELD_MAP.items(): if dst in ALLOWED: -- both constants of the module;
            # url == ICE_URL with ICE_URL = "https://...": a literal, the same at run time
            literal = literal or unrolled or (isinstance(self.index.constants[comparator.value], cst.SimpleString) and comparator.value not in self.index.grown)
            if not literal and isinstance(operator, (cst.In, cst.NotIn)) and comparator.value not in self.index.grown:
                # dest in LAWFUL with LAWFUL = {"state", "cms"} (or frozenset({...})): a collection of texts written out
                literal = bool(_literal_texts(self.index.constants.get(comparator.value))) and not self._grown_anywhere(comparator.value)
        elif isinstance(operator, (cst.In, cst.NotIn)) and (imported := self._imported_texts(comparator, frame)) is not None:
            literal = bool(imported)  # partner in LAWFUL with LAWFUL = frozenset({...}) imported from another module
        # (p = partner.strip().lower() in a run once per key: a text made of the key of this run, known on each run)
        of_run = isinstance(tested, cst.Name) and (KEY_OF_RUN_MARK in frame.env.get(tested.value, OPAQUE).labels or self._normalized_fixed(tested, frame))
        if not (literal and (unrolled or of_run or self._fixed_param(tested, frame) is not None)):
            return None
        left, right = self.expr.eval(tested, frame), self.expr.eval(comparator, frame)
        if not (left.const and right.const) or left.text is None or HOLE in left.text:
            return None
        if normalized is not None:
            left = replace(left, text=normalized[1](left.text))
        if isinstance(operator, (cst.Equal, cst.NotEqual)) and right.text is not None and HOLE not in right.text:
            return (left.text == right.text) == isinstance(operator, cst.Equal)
        if isinstance(operator, (cst.In, cst.NotIn)) and right.items is not None and right.text is None:
            return (left.text in right.items) == isinstance(operator, cst.In)
        return None

    def _never_returns(self, call: cst.Call, frame: Frame) -> bool:
        """``sys.exit(1)``, ``os._exit(2)``, or a function of the module that always raises (annotated ``NoReturn`` or
        ``Never``, or whose body ends in a ``raise`` and returns nowhere)."""
        name = dotted(call.func)
        if name is None or name.partition(".")[0] in frame.env:
            return False
        qualified = self.index.qualify(name, frame.imports or None) or name
        if qualified in ("sys.exit", "os._exit", "os.abort"):
            return True
        defined = name in self.index.functions or name in self.index.constants or name in self.index.imports or name in self.index.classes
        if name in ("exit", "quit") and not defined:
            return True  # (the builtins, unless the module binds the name: def exit(msg): print(msg), review 55e)
        fn = self.index.functions.get(name)
        if fn is None or fn.decorators or name in self.index.constants or name in self.index.imports or fn.asynchronous is not None or self._suppressed(call):
            return False  # (a decorator may swallow what it raises, as contextlib.suppress does; an async one called runs nothing)
        returns = fn.returns.annotation if fn.returns is not None else None
        body = fn.body.body if isinstance(fn.body, cst.IndentedBlock) else ()
        last = body[-1] if body else None
        raises = (returns is not None and (dotted(returns) or "").rsplit(".", 1)[-1] in ("NoReturn", "Never")) or (
            isinstance(last, cst.SimpleStatementLine) and isinstance(last.body[-1], cst.Raise) and not any(
                isinstance(n, (cst.Return, cst.Yield, cst.Try, cst.While, cst.For)) for n in walk(fn.body, prune=lambda n: isinstance(n, (cst.FunctionDef, cst.Lambda)))))
        return raises and self._defined_once(name)

    def _inlined_predicate(self, test: cst.BaseExpression, frame: Frame) -> cst.BaseExpression | None:
        """``is_lawful(partner)`` of a function of the module whose body is ``return <test of its parameters>``: that test
        written of the call's variables (``partner in LAWFUL``); None otherwise."""
        if not (isinstance(test, cst.Call) and test.args) or self._inline_depth > 3:
            return None  # (helpers testing each other: a few levels, no deeper; review 55h)
        fn, skip = self._helper_of(test.func, frame)
        inlining: "set[int]" = self.__dict__.setdefault("_inlining", set())
        if fn is None or not isinstance(fn.body, cst.IndentedBlock) or fn.asynchronous is not None or id(fn) in inlining or len(inlining) > 4:
            return None  # (an async one returns a coroutine, always true; helpers calling each other: review 55h)
        others = [*fn.params.kwonly_params, *fn.params.posonly_params]
        if others or isinstance(fn.params.star_arg, cst.Param) or isinstance(fn.params.star_kwarg, cst.Param):
            return None  # (a keyword-only default is no name of the caller's: review 55h)
        statements = [s for s in fn.body.body if not (isinstance(s, cst.SimpleStatementLine) and isinstance(s.body[0], cst.Expr)
                                                       and isinstance(s.body[0].value, (cst.SimpleString, cst.ConcatenatedString)))]
        line = statements[0] if len(statements) == 1 else None
        returned = line.body[0].value if isinstance(line, cst.SimpleStatementLine) and len(line.body) == 1 and isinstance(line.body[0], cst.Return) else None
        if not isinstance(returned, (cst.Comparison, cst.UnaryOperation, cst.BooleanOperation, cst.Call)):
            return None
        params = [p.name.value for p in fn.params.params][skip:]
        given = {params[i]: a.value for i, a in enumerate(test.args) if a.keyword is None and not a.star and i < len(params)}
        used = {n.value for n in walk(returned) if isinstance(n, cst.Name)} & set(params)
        if not used or not all(isinstance(given.get(p), cst.Name) for p in used) or set(params) & self.functions.rebound(fn):
            return None
        renames = {p: given[p].value for p in used}  # type: ignore[union-attr]

        made = returned.visit(_Renamed(renames))
        inlining.add(id(fn))
        try:
            # (a helper returning another helper's answer: that one inlined in turn, once)
            nested = self._inlined_predicate(made, frame) if isinstance(made, cst.Call) else None
        finally:
            inlining.discard(id(fn))
        if nested is not None:
            return nested
        return made if isinstance(made, cst.BaseExpression) and not (isinstance(made, cst.Call) and dotted(made.func) == dotted(test.func)) else None

    def _helper_of(self, func: cst.BaseExpression, frame: Frame) -> "tuple[cst.FunctionDef | None, int]":
        """The function a guard or yes/no helper call names, and how many of its parameters the call does not give (1 for
        ``self``): a function of the module defined once and undecorated, a method of the running class
        (``self.is_lawful(p)``), a static method of a class of the module (``Policy.require_state(p)``), or a function of
        another module of the project imported by name (``from .guards import ensure_state``, ``guards.ensure_state``;
        round 424a); (None, 0) otherwise."""
        fn: cst.FunctionDef | None = None
        skip = 0
        if isinstance(func, cst.Name) and func.value not in frame.env:
            if func.value in self.index.functions and self._defined_once(func.value) and func.value not in self.index.constants:
                fn = self.index.functions[func.value]  # (not one the module binds anew: is_lawful = allow_all, review 55h)
            elif func.value in self.index.imports or func.value in frame.imports:
                found = self.links.foreign(func.value, frame.imports or None)
                fn = found[0].index.functions.get(found[1]) if found is not None and "." not in found[1] else None
        elif isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name):
            owner = func.value.value
            if owner == "self" and frame.cls is not None and not any(
                    cls is not frame.cls and func.attr.value in cls.methods and frame.cls.name in cls.bases for cls in self.index.classes.values()):
                # self.ensure_partner(partner) (round 420a), of a class no subclass of the module overrides it in (review 55h)
                fn, skip = frame.cls.methods.get(func.attr.value), 1
            elif owner not in frame.env and owner in self.index.classes:
                method = self.index.classes[owner].methods.get(func.attr.value)
                if method is not None and [decorator_name(d.decorator) for d in method.decorators] == ["staticmethod"]:
                    return method, 0  # PartnerPolicy.require_state(p) of a @staticmethod
            elif owner not in frame.env and (owner in self.index.imports or owner in frame.imports):
                found = self.links.foreign(f"{owner}.{func.attr.value}", frame.imports or None)
                fn = found[0].index.functions.get(found[1]) if found is not None and "." not in found[1] else None
        if fn is None or fn.decorators:
            return None, 0
        return fn, skip

    def _guard_call(self, call: cst.Call, frame: Frame) -> "tuple[str, Val | None] | None":
        """``require_state(partner)`` of a function of the module whose body begins with ``if <test of a parameter>: raise``:
        the caller's variable given that parameter and what it holds past the call (the test's other side); None
        otherwise."""
        fn, skip = self._helper_of(call.func, frame)
        if fn is None or not isinstance(fn.body, cst.IndentedBlock) or fn.asynchronous is not None or self._suppressed(call):
            return None  # (an async guard called without await runs nothing; one under contextlib.suppress may fail silently)
        statements = [s for s in fn.body.body if not (isinstance(s, cst.SimpleStatementLine) and isinstance(s.body[0], cst.Expr)
                                                       and isinstance(s.body[0].value, (cst.SimpleString, cst.ConcatenatedString)))]
        first = statements[0] if statements else None
        if not isinstance(first, cst.If) or first.orelse is not None or not isinstance(first.body, cst.IndentedBlock) or not first.body.body:
            return None
        last = first.body.body[-1]
        # (a return anywhere in the branch lets the call go on: if not strict: return, review 55g)
        raises = isinstance(last, cst.SimpleStatementLine) and isinstance(last.body[-1], cst.Raise) \
            and not any(isinstance(n, cst.Return) for n in walk(first.body, prune=lambda n: isinstance(n, (cst.FunctionDef, cst.Lambda))))
        # (if partner in LAWFUL: return / raise PermissionError(partner): the test holds on the way that goes on, round 420a)
        passes = isinstance(last, cst.SimpleStatementLine) and len(first.body.body) == 1 and isinstance(last.body[-1], cst.Return) \
            and len(statements) == 2 and isinstance(statements[1], cst.SimpleStatementLine) \
            and isinstance(statements[1].body[-1], cst.Raise)
        if not raises and not passes:
            return None
        params = [p.name.value for p in fn.params.params][skip:]
        given = {params[i]: a.value for i, a in enumerate(call.args) if a.keyword is None and not a.star and i < len(params)}
        given.update({a.keyword.value: a.value for a in call.args if a.keyword is not None})
        tested = {n.value for n in walk(first.test) if isinstance(n, cst.Name)} & set(params)
        if len(tested) != 1:
            return None
        param = next(iter(tested))
        argument = given.get(param)
        if not isinstance(argument, cst.Name) or param in self.functions.rebound(fn):
            return None

        test = first.test.visit(_Renamed({param: argument.value}))
        if not isinstance(test, cst.BaseExpression):
            return None
        known = self.static_truth(test, frame)
        if known is not None:
            return (argument.value, None) if known == raises else None  # (the test decided: it raises, or it passes)
        found = self._equal_to_literal(test, frame)
        kept = (found[2] if raises else found[1]) if found is not None else None
        if found is None or kept is None or found[0] != argument.value:
            return None
        return found[0], kept

    def _suppressed(self, call: cst.Call) -> bool:
        """``call`` is inside a ``with contextlib.suppress(...)`` of the running function: what it raises goes no further."""
        running = self._stack[-1] if self._stack else None
        if not isinstance(running, cst.FunctionDef):
            return False
        for node in walk(running.body):
            if isinstance(node, cst.With) and any(isinstance(item.item, cst.Call) and (dotted(item.item.func) or "").rsplit(".", 1)[-1] == "suppress"
                                                  for item in node.items):
                if any(inner is call for inner in walk(node.body)):
                    return True
        return False

    def _defined_once(self, name: str) -> bool:
        """The module defines a function ``name`` once (under ``if``/``else`` twice: either may be in force)."""
        counts: "dict[str, int] | None" = self.__dict__.get("_def_counts")
        if counts is None:
            counts = {}
            for n in walk(self.m.module, prune=lambda n: isinstance(n, (cst.FunctionDef, cst.ClassDef))):
                if isinstance(n, cst.FunctionDef):
                    counts[n.name.value] = counts.get(n.name.value, 0) + 1
            self.__dict__["_def_counts"] = counts
        return counts.get(name, 0) == 1

    def _contradicted(self, test: cst.BaseExpression, frame: Frame) -> bool | None:
        """A test of a routing value against texts it is known not to be (on this way): ``if dest == "ice":`` past ``if
        dest != "ice": ...`` on the way where the first test held (round 402a), also normalised (``dest.lower()``), by a
        prefix (``startswith``) or against a module constant of texts (round 406a): its value; None otherwise."""
        prefix = prefix_test(test)
        if prefix is not None:
            tested = prefix[0]
            excluded = texts_known_not(frame.env.get(tested.value, OPAQUE)) if isinstance(tested, cst.Name) else frozenset()
            return False if excluded and all(apply.mark(t) in excluded for t, apply in prefix[1]) else None
        if not isinstance(test, cst.Comparison) or len(test.comparisons) != 1:
            return None
        operator, comparator = test.comparisons[0].operator, test.comparisons[0].comparator
        if not isinstance(operator, (cst.Equal, cst.NotEqual, cst.In, cst.NotIn)):
            return None
        normalized = normalized_text(test.left)
        left = normalized[0] if normalized is not None else test.left
        held = frame.env.get(left.value, OPAQUE) if isinstance(left, cst.Name) else OPAQUE
        excluded = texts_known_not(held)
        # (the mark names the variable the test narrowed: partner = topic.removeprefix("partner.") is no longer those texts)
        narrowed = isinstance(left, cst.Name) and NARROWED_TEXTS_MARK + left.value in held.labels and held.const \
            and bool(held.alternatives or (held.text is not None and HOLE not in held.text))
        # (partner past partner.lower() == "ice" on the way where it held: once so normalised, "ice"; round 460a)
        spelled_as = {s[1] for s in (spelled(label) for label in _spelled_marks(held)) if s is not None and normalized is not None
                      and s[0] == normalized[1]}
        if not excluded and not narrowed and len(spelled_as) != 1:
            return None
        texts: "list[str | None]"
        if isinstance(comparator, cst.SimpleString) and isinstance(operator, (cst.Equal, cst.NotEqual)):
            texts = [_text(comparator)]
        elif isinstance(comparator, (cst.Tuple, cst.List, cst.Set)) and isinstance(operator, (cst.In, cst.NotIn)) and comparator.elements:
            texts = [_text(e.value) if isinstance(e.value, cst.SimpleString) else None for e in comparator.elements]
        elif isinstance(comparator, cst.Name) and isinstance(operator, (cst.In, cst.NotIn)) and comparator.value not in frame.env \
                and comparator.value in self.index.constants and comparator.value not in self.index.grown and not self._grown_anywhere(comparator.value):
            texts = list(_literal_texts(self.index.constants.get(comparator.value))) or [None]
        else:
            return None
        if None in texts:
            return None
        if len(spelled_as) == 1 and not narrowed:
            return (next(iter(spelled_as)) in texts) == isinstance(operator, (cst.Equal, cst.In))
        if narrowed:
            # if partner != "state": raise -- past it partner is "state": if partner == "ice": never (rounds 409a, 411a)
            now = [normalized[1](v) if normalized is not None else v for v in (held.alternatives or (held.text,)) if v is not None]
            inside = [v in texts for v in now]
            if all(inside):
                return isinstance(operator, (cst.Equal, cst.In))
            if not any(inside):
                return isinstance(operator, (cst.NotEqual, cst.NotIn))
            return None
        if normalized is not None:
            known = all(normalized[1].mark(t) in excluded for t in texts if t is not None)
        else:
            known = all(key_excluded(t, excluded) for t in texts if t is not None)
        return isinstance(operator, (cst.NotEqual, cst.NotIn)) if known else None

    def _normalized_fixed(self, name: cst.Name, frame: Frame) -> bool:
        """``name`` is a local the running function binds once, from a parameter the call fixed, normalised (``key =
        partner.strip().lower()`` in ``choose("state")``), and still holds a known text."""
        running = self._stack[-1] if self._stack else None
        if not isinstance(running, cst.FunctionDef) or self._bindings(running, name.value) != 1:
            return False
        values = self.functions._assignments(running).get(name.value, [])
        normal = normalized_text(values[0]) if len(values) == 1 and values[0] is not None else None
        held = frame.env.get(name.value)
        return normal is not None and self._fixed_param(normal[0], frame) is not None and held is not None and held.const \
            and held.text is not None and HOLE not in held.text

    def _fixed_param(self, node: cst.BaseExpression, frame: Frame) -> Val | None:
        """The value of a parameter the call's own argument bound and the function never rebinds (its
        text binds it nowhere, nested functions included)."""
        if isinstance(node, cst.Name) and node.value in frame.way_fixed and frame.env.get(node.value) is frame.way_fixed[node.value]:
            return frame.way_fixed[node.value]  # fixed by the way of a split block this runs on, and not rebound since
        if frame.keyed_expr is not None and isinstance(node, (cst.Attribute, cst.Subscript)) and key_text(node) == frame.keyed_expr[0]:
            return frame.keyed_expr[1]  # TARGETS[args.target] run key by key: if args.target == "ice": is known on each run
        if frame.keyed_local is not None and isinstance(node, cst.Name) and node.value == frame.keyed_local[0] \
                and KEY_OF_RUN_MARK in frame.env.get(node.value, OPAQUE).labels:
            return frame.keyed_local[1]  # partner = event["partner"] run key by key (bound once): if partner == "ice":
        if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value == "self":
            return self._fixed_attribute(node.attr.value, frame)
        if not (isinstance(node, cst.Name) and node.value in frame.given and node.value not in frame.rebound and node.value in frame.env):
            return None
        running = self._stack[-1] if self._stack else None
        if not isinstance(running, cst.FunctionDef) or node.value in self.functions.rebound(running):
            return None
        return frame.env[node.value]

    def _fixed_attribute(self, attr: str, frame: Frame) -> Val | None:
        """``self.dest`` of an object the caller made with a constant (``Client("state").send(...)`` of ``def
        __init__(self, dest="ice"): self.dest = dest``): that constant text, when only constructors of the
        object's class (of this module) and nothing else of the module sets the attribute (no other method or
        function, no property of that name, no ``setattr``) and this call has not set it; None otherwise."""
        held = frame.self_attrs.get(attr)
        if held is not None and KEY_OF_RUN_MARK in held.labels:
            return held  # BUCKETS[self.partner] run key by key: if self.partner == "ice": is known on each run
        runtime = frame.env.get("self")
        if attr in frame.self_attrs or runtime is None or runtime.model is None or runtime.model.rsplit(":", 1)[-1] not in self.index.classes:
            return None
        given = dict(runtime.attrs).get(attr) if runtime.attrs else None
        if given is None:
            # partner = "state" in the class, "ice" in a subclass: the constant of the object's own class
            declared = self.functions.own_self_attribute(attr, frame)
            given = declared if declared is not None and any(label.endswith("." + attr) and label[:1].isupper() for label in declared.labels) else None
        if given is None or not given.const or given.text is None or HOLE in given.text:
            return None
        loose, by_method, referenced = self._attribute_stores()
        outer = self.m.host
        while outer is not None:
            # (run for a module that imports the class: what that module, and any module it runs for, stores counts too)
            their_loose, _, their_referenced = outer[0].statements._attribute_stores()
            loose, referenced = loose | their_loose, referenced | their_referenced
            outer = outer[0].host
        if attr in loose or "*" in loose:
            return None
        ancestry = [c.node for _, c in self.functions.ancestry(self.index.classes[runtime.model.rsplit(":", 1)[-1]])]
        if any(f"{c.name.value}.{attr}" in loose or f"{c.name.value}.*" in loose for c in ancestry):
            return None  # c = Client(...); setattr(c, key, v) somewhere: any object of the class may have any attribute
        owners = {id(c) for c in ancestry}
        if any(attr == stored and id(cls_node) in owners and (method in referenced or "*" in referenced) for cls_node, method, stored in by_method):
            return None
        return given

    def _attribute_stores(self) -> "tuple[frozenset[str], frozenset[tuple[cst.ClassDef, str, str]], frozenset[str]]":
        """Where the module sets attributes other than in a constructor: (the attribute names stored into some object
        that is not a method's own first parameter, or defined as a function, a property; ``"*"`` when the module sets
        attributes by name, ``setattr``, ``object.__setattr__``, ``__dict__``), (class, method, attribute) of the stores a
        method other than ``__init__`` makes into its own object, and the names the module reads as attributes or
        names (a method never referenced is never called here)."""
        held = self.__dict__.get("_attribute_stores_memo")
        if held is not None:
            return held  # type: ignore[no-any-return]
        flat = self.functions.flat
        loose: set[str] = set()
        by_method: set[tuple[cst.ClassDef, str, str]] = set()
        referenced: set[str] = set()
        # (end, class or None, method, its first parameter, its own locals) of the functions around the node, innermost last
        around: list[tuple[int, cst.ClassDef | None, str, str | None, dict[str, frozenset[str]]]] = []
        classes: list[tuple[int, cst.ClassDef]] = []
        defined: set[int] = set()  # the name nodes of defs and classes (a definition is no reference)
        for at, node in enumerate(flat.nodes):
            while around and at >= around[-1][0]:
                around.pop()
            while classes and at >= classes[-1][0]:
                classes.pop()
            kind = type(node)
            if kind is cst.ClassDef:
                classes.append((flat.ends[at], node))  # type: ignore[arg-type]
                defined.add(id(node.name))  # type: ignore[attr-defined]
                continue
            if kind is cst.FunctionDef:
                fn = cst.ensure_type(node, cst.FunctionDef)
                defined.add(id(fn.name))
                owner = classes[-1][1] if classes and (not around or classes[-1][0] <= around[-1][0]) else None
                if owner is not None:
                    loose.add(fn.name.value)  # a property or method of that name answers the read
                if fn.name.value in _CALLED_BY_SYNTAX:
                    referenced.add(fn.name.value)  # __enter__, __call__, __iter__: called by Python, not by name
                first = fn.params.params[0].name.value if fn.params.params else None
                around.append((flat.ends[at], owner, fn.name.value, first, _own_locals(fn, flat.walk)))
                continue
            method = around[-1] if around else None
            first = method[3] if method is not None and method[1] is not None else None
            if kind is cst.Attribute:
                referenced.add(node.attr.value)  # type: ignore[attr-defined]
            elif kind is cst.Name and id(node) not in defined:
                referenced.add(node.value)  # type: ignore[attr-defined]
            elif kind is cst.Call:
                call = cst.ensure_type(node, cst.Call)
                called = (dotted(call.func) or "").rsplit(".", 1)[-1]
                # (where the attribute's name is: setattr(obj, NAME, v), object.__setattr__(obj, NAME, v), c.__setattr__(NAME, v))
                name_at = 0 if called == "methodcaller" or (called.startswith("__") and dotted(call.func) != f"object.{called}") else 1
                given_name = call.args[name_at].value if len(call.args) > name_at else None
                named = [given_name] if isinstance(given_name, cst.SimpleString) else []
                if called in ("setattr", "delattr", "__setattr__", "__delattr__"):
                    # setattr(obj, "dest", v): that attribute; setattr(obj, key, v): any attribute -- of any object, or
                    # only of the classes an object this function made itself is made of (m = M(); setattr(m, k, v))
                    obj = call.args[0].value if called in ("setattr", "delattr") and call.args else None
                    makers = method[4].get(obj.value) if method is not None and isinstance(obj, cst.Name) else None
                    names = [text for n in named if isinstance(text := string_value(n), str)] if named else ["*"]
                    loose.update(f"{maker}.{name}" for maker in makers for name in names) if makers else loose.update(names)
                elif isinstance(call.func, cst.Call) and (dotted(call.func.func) or "").rsplit(".", 1)[-1] in ("getattr", "methodcaller") \
                        and not any(isinstance(a.value, cst.SimpleString) for a in call.func.args[1:2] or call.func.args[:1]):
                    referenced.add("*")  # getattr(c, "use_" + mode)(): any method may be called (not getattr(obj, n) read)
                elif isinstance(call.func, cst.Attribute) and call.func.attr.value in ("update", "setdefault", "__setitem__") \
                        and _attributes_of(call.func.value):
                    loose.add("*")  # vars(c).update(...), c.__dict__.update(...)
            targets: list[cst.CSTNode] = []
            if kind is cst.Assign:
                targets = [t.target for t in node.targets]  # type: ignore[attr-defined]
            elif kind in (cst.AugAssign, cst.AnnAssign, cst.For, cst.Del):
                targets = [node.target]  # type: ignore[attr-defined]
            elif kind is cst.AsName:
                targets = [node.name]  # type: ignore[attr-defined]
            if kind is cst.Assign and _attributes_of(node.value):  # type: ignore[attr-defined]
                loose.add("*")  # d = self.__dict__ (then d[k] = v, d.update(kw)): any attribute
            for target in targets:
                if any((type(part) is cst.Subscript and _attributes_of(part.value)) or _attributes_of(part) for part in walk(target)):  # type: ignore[arg-type]
                    loose.add("*")  # c.__dict__["dest"] = ..., vars(c)["dest"] = ..., self.__dict__ = ..., self.__dict__ |= kw
                for stored in walk(target):
                    if type(stored) is not cst.Attribute:
                        continue
                    own = method is not None and method[1] is not None and isinstance(stored.value, cst.Name) and stored.value.value == method[3]  # type: ignore[attr-defined]
                    if not own and method is not None and isinstance(stored.value, cst.Name) and stored.value.value in method[4]:  # type: ignore[attr-defined]
                        continue  # c = Client("state"); c.dest = "ice": an object of this function, followed where it is
                    if own and method is not None and method[1] is not None:
                        if method[2] != "__init__":
                            by_method.add((method[1], method[2], stored.attr.value))  # type: ignore[attr-defined]
                    else:
                        loose.add(stored.attr.value)  # type: ignore[attr-defined]
        held = (frozenset(loose), frozenset(by_method), frozenset(referenced))
        self.__dict__["_attribute_stores_memo"] = held
        return held

    def eval_reading(self, node: cst.BaseExpression, frame: Frame) -> "tuple[Val, frozenset[Bulk]]":
        """The value of a test and the bulk sources it read (a comparison's value carries none)."""
        outer, self.m.bulk_read = self.m.bulk_read, frozenset()
        try:
            return self.expr.eval(node, frame), self.m.bulk_read
        finally:
            self.m.bulk_read = outer

    @staticmethod
    def destination_like(val: Val) -> bool:
        """``val`` may be where to send: a constant text (a URL, a bucket), nothing (``url = None``: no send),
        or a value of a name that holds where to send (``settings.MMIS_API_URL``), or senders bound to one of these
        (``partial(requests.post, ICE_URL)``); not member data."""
        if val.placements or val.bulk:
            return False
        refs = (val.function.choices or (val.function,)) if val.function is not None and val.text is None else ()
        helds = [ref.bound[0][1] for ref in refs if ref.bound and ref.bound[0][0] in (None, "url")]
        if helds and len(helds) == len(refs):
            return all(Statements.destination_like(held) for held in helds)
        if val.const and (val.text is not None or (val.items is None and val.elements is None)):
            return True
        return val.text is None and bool(val.labels) and any(names_a_destination(label) for label in val.labels)

    def chosen(self, frame: Frame, tested: "frozenset[Bulk]", test: cst.BaseExpression, run: "Callable[[], list[dict[str, Val]]]") -> list[dict[str, Val]]:
        """Run branches chosen by a status condition: each starts without the bulk sources the test
        read (the record it tested, and what was made from it). After them the sources come back
        when more than one way goes on (the test only logged, or picked a value: both ways reach the
        send), unless only one way goes on (``if not in_scope(m): continue``), where the test decided
        whether the record goes on."""
        before = frame.state()
        frame.restore(self.population.strip_env(before, tested, test, frame))
        self.status_branches += 1
        skips = (len(frame.continues), len(frame.breaks))
        try:
            live = run()
        finally:
            self.status_branches -= 1
        if self._inner_loops and self._inner_loops[-1][0] and (len(frame.continues), len(frame.breaks)) != skips:
            self._inner_loops[-1][1].update(tested)  # it only went on to the next element of a constant collection
        if before is not None and len(self.m.branch_sends) > 1 and all(self.m.branch_sends):
            # every way sends (if status: post(full) else: post(less)): the test picked what, not whom
            frame.restore(before)
            return run()
        if len(live) > 1 and before is not None:
            for name in set(live[0]).intersection(*live[1:]):
                held = [state[name] for state in live]
                if all(STATUS_MARK in v.labels and v.const for v in held) and STATUS_MARK not in before.get(name, OPAQUE).labels \
                        and len({truth_of(v) for v in held}) == 1:
                    # ok = True on every way of the test: the flag tells nothing of the status (the test decided nothing)
                    plain = replace(held[0], labels=held[0].labels - {STATUS_MARK})
                    for state in live:
                        state[name] = plain
                    if name in frame.env and not frame.dead:
                        frame.env[name] = plain
        every_way = self.m.written_every_way
        self.m.written_every_way = set()
        if len(live) < 2 or before is None or frame.dead:
            return live
        back = tested or frozenset().union(*(v.bulk for v in before.values()))
        for key in every_way:
            if key in self.m.written and back:
                # a file every way writes the record into (an audit log, a file of every member marked IN or
                # OUT): it holds every record, chosen by no test
                self.m.written[key] = replace(self.m.written[key], bulk=self.m.written[key].bulk | back)
        self._restore_bulk(frame.env, before, back, live)
        self.status_ways = self._ways_chosen(live, before, back) if _chosen_together(live) else None
        return live

    def _restore_bulk(self, env: dict[str, Val], before: dict[str, Val], back: "frozenset[Bulk]", live: list[dict[str, Val]]) -> None:
        """After the ways of a status test: the records the test read come back into ``env`` where they
        flow on (what the ways read before, a batch every way adds to, a payload every way builds)."""
        for name, val in env.items():
            old = before.get(name)
            if old is not None:
                if old.bulk and not old.bulk <= val.bulk:
                    env[name] = replace(val, bulk=val.bulk | old.bulk)
                elif back and not val.const and _added_every_way(name, old, live):
                    # if status == "UNLAWFUL": batch.append(a) else: batch.append(b): every way adds the record
                    env[name] = replace(val, bulk=val.bulk | back)
            elif back and not val.const and all(name in state for state in live):
                env[name] = replace(val, bulk=val.bulk | back)  # payload built in both branches

    def _ways_chosen(self, live: list[dict[str, Val]], before: dict[str, Val], back: "frozenset[Bulk]") -> list[dict[str, Val]] | None:
        """The ways of a status test that chose a destination and the data together (``if status in T:
        url, body = ICE_URL, basic / else: url, body = STATE_URL, full``), for the rest of the block to run
        once per way: its destination marked as the test's choice, when another way goes
        to no enforcement destination (SPEC section 10). The records come back only on the ways to no
        enforcement destination: on the others they are the ones the test chose. None when every way goes
        to enforcement."""
        where = [name for name in _where_names(live) if all(where_text(w[name]) is not None for w in live)]

        def decided(val: Val) -> object:
            held = where_held(val)
            return self.rules.decide(held.text, held.labels, cleared=self.m.cleared)
        if not where or not any(decided(w[name]) is None for name in where for w in live):
            return None
        ways = []
        for way in live:
            state = dict(way)
            if all(decided(way[name]) is None for name in where):
                # the way to the state: the records the test did not choose for enforcement go on (an audit
                # post of them to ICE after it is every member's); the way to enforcement keeps only the chosen
                self._restore_bulk(state, before, back, live)
            for name in where:
                state[name] = where_marked(state[name], WAY_CHOSEN_BY_STATUS_MARK)
            ways.append(state)
        return ways

    @staticmethod
    def _given_where_tested(test: cst.BaseExpression, frame: Frame) -> None:
        """``if override:`` (``if override is not None:``) of a parameter left at its default ``None``: where the test
        holds, a caller gave it (whatever it gave, not nothing: ``partner = override`` there may be any partner)."""
        if isinstance(test, cst.Comparison) and len(test.comparisons) == 1 and isinstance(test.comparisons[0].operator, cst.IsNot) \
                and isinstance(test.comparisons[0].comparator, cst.Name) and test.comparisons[0].comparator.value == "None":
            test = test.left
        held = frame.env.get(test.value) if isinstance(test, cst.Name) else None
        if held is not None and UNSET_MARK in held.labels and is_none(held):
            frame.env[test.value] = replace(held, labels=held.labels - {UNSET_MARK})  # type: ignore[attr-defined]

    def join_states(self, frame: Frame, states: list[dict[str, Val] | None]) -> None:
        """Continue from the join of the reachable ``states`` (unreachable when none is)."""
        live = [s for s in states if s is not None]
        frame.restore(_join_envs(*live) if live else None)

    def _restore_files(self, files: dict[str, Val]) -> None:
        """The module's files hold ``files`` again (the same dict object, which other parts keep)."""
        if self.m.written != files:
            self.m.written.clear()
            self.m.written.update(files)

    def branches(self, frame: Frame, bodies: list[cst.BaseSuite], orelse: cst.If | cst.Else | None,
                 test: cst.BaseExpression | None = None, plain: bool = False) -> list[dict[str, Val]]:
        """An if/elif/else chain: each branch from the same state; the branches that go on join after.
        Returns the states of those that go on. ``plain``: the test is no status test (see
        ``_chosen_on_every_way``)."""
        before = frame.state()
        states = []
        sends = []
        absent = self._absent_key(test, frame) if len(bodies) == 1 else None
        narrowed = self._isinstance_of_model(test, frame) if len(bodies) == 1 and test is not None else None
        equal = self._equal_to_literal(test, frame) if len(bodies) == 1 and test is not None and narrowed is None else None
        if equal is not None and before is not None and equal[0] not in before and equal[0] in frame.env:
            before[equal[0]] = frame.env[equal[0]]  # if event["partner"] == "state": kept under its own name from here on
        # p = partner.strip().lower(); if p == "ice": -- partner too is narrowed (as by partner.strip().lower() == "ice")
        copied = self._copy_narrowed(test, frame) if equal is not None and not equal[0].startswith("self.") and test is not None else None
        aliases, ways = dict(frame.aliases), []
        objects, object_ways = dict(frame.object_aliases), []
        # the files written are kept per branch too: one opened anew ("w") in a branch holds only what that
        # branch wrote there, what the other branch wrote to it stays (joined after)
        files_before, file_ways = dict(self.m.written), []
        # (so are the recipients of a message: msg["To"] = ICE on a way that sends and returns is not on the others;
        # round 512b)
        recipients_before: "list[tuple[dict[str, list[Val]], dict[str, list[str]]]]" = [recipients_state(self.m)]
        recipient_ways: "list[tuple[dict[str, list[Val]], dict[str, list[str]]]]" = []
        for body in bodies:
            frame.restore(before)
            frame.aliases = dict(aliases)
            frame.object_aliases = dict(objects)
            self._restore_files(files_before)
            set_recipients(self.m, recipients_before[0])
            if absent is not None and absent[2] and not frame.dead:
                frame.env[absent[0]] = without_keys(frame.env[absent[0]], [absent[1]])
            if narrowed is not None and narrowed[2] and not frame.dead:
                frame.env[narrowed[0]] = narrowed[1]  # if isinstance(event, Member): an object of that model here
            if body is bodies[0] and len(bodies) == 1 and test is not None and not frame.dead:
                self._given_where_tested(test, frame)
            held_before = self.narrow(frame, equal[0], equal[1], test) if equal is not None and equal[1] is not None and not frame.dead else None
            if copied is not None and copied[1] is not None and not frame.dead:
                self.narrow(frame, copied[0], copied[1], test)
            counted = self._handed_out(frame)
            self.run_block(body, frame)
            if narrowed is not None and narrowed[2] and not frame.dead and frame.env.get(narrowed[0]) is narrowed[1] and before is not None:
                frame.env[narrowed[0]] = before[narrowed[0]]  # (past the if, it may be any object again)
            if equal is not None and equal[1] is not None and equal[0].startswith("self."):
                # if dest == "state": that text there; each way keeps what it knows (the rest of the block may run once per
                # way, see _split; a join of the ways forgets it); an attribute of the object is no part of a way's state:
                # what the way knows of it is kept under a name no code has (_SELF_WAY), which _split gives back
                way_value = self._self_way_value(frame, equal[0][5:], equal[1])
                self.unnarrow(frame, equal[0], equal[1], held_before)
                if not frame.dead and way_value is not None:
                    frame.env[_SELF_WAY + equal[0][5:]] = way_value
            sends.append(self._handed_out(frame) - counted)
            states.append(frame.state())
            if not frame.dead:
                recipient_ways.append(recipients_state(self.m))
            ways.append(frame.aliases)
            object_ways.append(frame.object_aliases)
            file_ways.append(dict(self.m.written))
        frame.restore(before)
        set_recipients(self.m, recipients_before[0])
        frame.aliases = dict(aliases)
        frame.object_aliases = dict(objects)
        self._restore_files(files_before)
        if absent is not None and not absent[2] and not frame.dead:
            frame.env[absent[0]] = without_keys(frame.env[absent[0]], [absent[1]])
        if narrowed is not None and not narrowed[2] and not frame.dead and states and states[0] is None and self._guards_whole_function(bodies[0], frame):
            frame.env[narrowed[0]] = narrowed[1]  # if not isinstance(event, Member): return -- past it, a Member
        # if dest == "ice": return -- past it, not that text (only then: a way joined with one where it may be that text
        # would keep the mark); else: / elif: -- not that text there
        # if dest == "ice": return -- past it, not that text; else: / elif: -- not that text there (an attribute of the
        # object: within the else only)
        self_key = equal is not None and equal[0].startswith("self.")
        otherwise = equal[2] if equal is not None and not frame.dead else None
        # (if self.partner == "ice": raise -- past it, the attribute is not that text for the rest of the method)
        guard_self = self_key and orelse is None and bool(states) and states[0] is None
        narrowing = otherwise is not None and (not self_key or orelse is not None or guard_self)
        held_otherwise = self.narrow(frame, equal[0], otherwise, test) if equal is not None and otherwise is not None and narrowing else None
        if copied is not None and copied[2] is not None and otherwise is not None and narrowing:
            self.narrow(frame, copied[0], copied[2], test)
        counted = self._handed_out(frame)
        nested = None
        inner_files: "list[tuple[dict[str, Val], dict[str, Val]]]" = []
        if isinstance(orelse, cst.If):
            self._way_files = []
            nested = self.run_if(orelse, frame)  # elif: each of its ways is a way of this chain
            inner_files = self._way_files
        elif isinstance(orelse, cst.Else):
            self.run_block(orelse.body, frame)
        if equal is not None and otherwise is not None and self_key and not guard_self:
            way_value = self._self_way_value(frame, equal[0][5:], otherwise) if narrowing else otherwise
            if narrowing:
                self.unnarrow(frame, equal[0], otherwise, held_otherwise)
            if not frame.dead and way_value is not None:
                frame.env[_SELF_WAY + equal[0][5:]] = way_value
        sends.append(self._handed_out(frame) - counted)
        states.append(frame.state())
        if not frame.dead:
            recipient_ways.append(recipients_state(self.m))
        join_recipients(self.m, recipient_ways or recipients_before)
        ways.append(frame.aliases)
        object_ways.append(frame.object_aliases)
        file_ways.append(dict(self.m.written))
        # the files every way writes into (if status in CODES: w.writerow([m.cin, "IN"]) else: w.writerow([m.cin,
        # "OUT"])): each record goes on to them, whatever the test (see ``chosen``)
        self.m.written_every_way = {key for key in file_ways[0] if all(way.get(key) != files_before.get(key) for way in file_ways)} \
            if len(file_ways) > 1 else set()
        if any(way != files_before for way in file_ways):
            self._restore_files({key: join(*(way[key] for way in file_ways if key in way)) for key in dict.fromkeys(k for way in file_ways for k in way)})
        self._way_files = [(state, files) for state, files in zip(states, file_ways, strict=True) if state is not None] + inner_files
        frame.aliases = _joined_aliases(states, ways, aliases)
        frame.object_aliases = _joined_aliases(states, object_ways, objects)
        if plain:
            _chosen_on_every_way([state for state in states if state is not None])
        self.join_states(frame, states)
        self.m.branch_sends = sends
        live = [state for state in states[:-1] if state is not None]
        return [*live, *nested] if nested is not None else [*live, *([states[-1]] if states[-1] is not None else [])]

    def run_match(self, stmt: cst.Match, frame: Frame) -> None:
        """``match``: each case from the same state, its captures bound; no case matching goes on too.
        A match on a status field chooses the records its cases handle, as an ``if`` does."""
        subject, read = self.eval_reading(stmt.subject, frame)
        tested = self.population.status_test(stmt.subject, read, frame) if not frame.dead else None
        if tested is None and not frame.dead and any(
            self.population.tests_status(case.pattern, frame) or (case.guard is not None and self.population.tests_status(case.guard, frame)) for case in stmt.cases
        ):
            tested = read  # case Member(immigration_status="EWI"), case {"imgrtn_stus_cd": "5"}, a guard on status
        if tested is None:
            ways = self._cases(stmt, subject, frame)
            self._if_ways = ways if len(ways) > 1 else None  # (as an if's: the rest may run once per case)
        else:
            # case "EWI" | "OVERSTAY" as code: the capture is the tested value, without the records the test read
            chosen_subject = replace(subject, bulk=subject.bulk - tested) if subject.bulk else subject
            self.status_ways = None
            self.m.written_every_way = set()  # (the cases' files are not judged together yet)
            self.chosen(frame, tested, stmt.subject, lambda: self._cases(stmt, chosen_subject, frame))
            self._if_ways, self.status_ways = self.status_ways, None  # (as an if's on status: see _ways_chosen)

    def _guards_whole_function(self, body: cst.BaseSuite, frame: Frame) -> bool:
        """``if not isinstance(event, M): return`` written directly in the running function's body, outside
        any ``try`` or loop, ending in ``return`` or ``raise``: past it, every way left is one where the test
        held (a ``raise`` in a ``try`` may be caught, a ``continue`` leaves the loop's other elements, an outer
        ``if`` joins ways where no test ran)."""
        running = self._stack[-1] if self._stack else None
        last = block_statements(body)[-1:] if body is not None else []
        returns = bool(last) and isinstance(last[0], cst.SimpleStatementLine) and isinstance(last[0].body[-1], (cst.Return, cst.Raise))
        direct = isinstance(running, cst.FunctionDef) and isinstance(running.body, cst.IndentedBlock) and any(
            isinstance(stmt, cst.If) and stmt.body is body for stmt in running.body.body)
        return returns and direct and frame.tries == 0

    def _isinstance_of_model(self, test: cst.BaseExpression, frame: Frame) -> "tuple[str, Val, bool] | None":
        """``isinstance(event, Member)`` (or ``(Member, Address)``) of a variable holding an object the
        analysis knows nothing of: (the variable, an object of that payload model of the project, its
        declared fields known, and whether that holds where the test is true: ``not isinstance(...)``
        holds it where the test is false)."""
        positive = True
        if isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not):
            test, positive = test.expression, False
        if not (isinstance(test, cst.Call) and isinstance(test.func, cst.Name) and test.func.value == "isinstance" and len(test.args) == 2):
            return None
        held, cls = test.args[0].value, test.args[1].value
        if not isinstance(held, cst.Name) or held.value not in frame.env:
            return None
        classes = [e.value for e in cls.elements] if isinstance(cls, cst.Tuple) else _union_members(cls)
        if all((self.index.qualify(dotted(c) or "") or "").startswith("enum.") for c in classes):
            # if isinstance(obj, Enum): return obj.value -- the member's value is what obj was (of a converter's
            # parameter, nothing; of sex = m.sex, the sex), not a field named value
            return held.value, frame.env[held.value].with_labels({ENUM_MEMBER_MARK}), positive
        narrowed = self._of_model(classes, frame.env[held.value])
        return (held.value, narrowed, positive) if narrowed is not frame.env[held.value] else None

    def _equal_to_literal(self, test: cst.BaseExpression, frame: Frame) -> "tuple[str, Val | None, Val | None] | None":
        """``dest == "state"``, ``dest in ("state", "cms")`` (or a module constant set of texts), ``dest == "state" or
        dest == "cms"``, their negations, of a variable that carries no member data and no known text (a parameter
        saying where to send): (the variable, what it holds where the test is true, what where it is false; None
        for a side not known). A text or texts where it equals them; elsewhere the same value marked as none of
        them (``KEY_NOT_MARK``). ``DESTINATIONS[dest]`` there is those entries, not any of the table's."""
        if isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not):
            inner = self._equal_to_literal(test.expression, frame)
            return (inner[0], inner[2], inner[1]) if inner is not None else None
        if isinstance(test, cst.BooleanOperation):
            sides = [self._equal_to_literal(test.left, frame), self._equal_to_literal(test.right, frame)]
            known = [side for side in sides if side is not None]
            if len(known) == 1:
                # dest == "state" and consented: where it holds, dest is "state" (where it fails, anything); dest == "ice"
                # or urgent: where it fails, dest is not "ice"
                return (known[0][0], known[0][1], None) if isinstance(test.operator, cst.And) else (known[0][0], None, known[0][2])
            if len(known) != 2 or len({side[0] for side in known}) != 1:
                return None
            (name, true_left, false_left), (_, true_right, false_right) = sides  # type: ignore[misc]
            if isinstance(test.operator, cst.Or):
                # dest == "state" or dest == "cms": either text where it holds, neither where it does not
                return name, _either_key(true_left, true_right), _both_keys(false_left, false_right)
            return name, _both_keys(true_left, true_right), _either_key(false_left, false_right)
        prefix = prefix_test(test)
        if prefix is not None:
            return self._prefix_narrowed(*prefix, frame)
        inlined = self._inlined_predicate(test, frame)
        if inlined is not None:
            depth = self._inline_depth
            self._inline_depth = depth + 1
            try:
                return self._equal_to_literal(inlined, frame)  # if not is_lawful(partner): return (round 420a)
            finally:
                self._inline_depth = depth
        if not isinstance(test, cst.Comparison) or len(test.comparisons) != 1:
            return None
        operator, right = test.comparisons[0].operator, test.comparisons[0].comparator
        left = test.left
        if isinstance(left, cst.SimpleString) and isinstance(right, (cst.Name, cst.Attribute, cst.Subscript)) and isinstance(operator, (cst.Equal, cst.NotEqual)):
            left, right = right, left  # "state" == dest
        if isinstance(left, cst.NamedExpr) and isinstance(left.target, cst.Name):
            left = left.target  # (p := partner.strip()) == "state": p is the value tested
        # (dest.upper() == "STATE", dest.strip().lower() in LAWFUL: dest is a spelling of those texts, or of none)
        normalized = normalized_text(left)
        apply = normalized[1] if normalized is not None else None
        left = normalized[0] if normalized is not None else left
        held_now = self._narrowable(left, frame)
        if held_now is None:
            return None
        texts: list[str | None]
        members = self._members_named([right] if isinstance(right, cst.Attribute) else [e.value for e in right.elements]
                                      if isinstance(right, (cst.Tuple, cst.List, cst.Set)) and isinstance(operator, (cst.In, cst.NotIn)) else [])
        if members is not None and (apply is not None or not isinstance(operator, (cst.In, cst.NotIn)) and not isinstance(right, cst.Attribute)):
            members = None
        key = self.narrowed_key_of(left) or dotted(left) or ""
        if members is not None:
            # partner is Partner.STATE, partner in (Partner.STATE, Partner.CMS): that member (a table keyed by members
            # is read by it: its entry)
            # (p = Partner(event["partner"]): a routing value read from the event, made a member, round 393a)
            # (an Enum member of a parameter named as a field, Partner(partner_name): one of the Enum's texts all the same)
            routed = not _carries_nothing(held_now, members) and (self._routing(held_now) or (
                ENUM_MEMBER_MARK in held_now.labels and not held_now.placements and not held_now.bulk))
            if not _carries_nothing(held_now, members) and not routed:
                return None
            equal = join(*members)
            if routed:
                # (its .value is the member's text: URLS[p.value], round 399a)
                equal = replace(equal, names=held_now.names, bulk=held_now.bulk).with_labels({ENUM_MEMBER_MARK} & held_now.labels)
            other = _known_not(held_now, {label for m in members for label in m.labels})
            return (key, equal, other) if isinstance(operator, (cst.Equal, cst.In, cst.Is)) else (key, other, equal)
        if isinstance(operator, (cst.Equal, cst.NotEqual)) and isinstance(right, cst.SimpleString):
            texts = [_text(right)]
        elif isinstance(operator, (cst.In, cst.NotIn)) and isinstance(right, (cst.Tuple, cst.List, cst.Set)) and right.elements \
                and all(isinstance(e.value, cst.SimpleString) for e in right.elements):
            texts = [_text(e.value) for e in right.elements]
        elif isinstance(operator, (cst.In, cst.NotIn)) and isinstance(right, cst.Name) and right.value not in frame.env \
                and right.value in self.index.constants and right.value not in self.index.grown:
            texts = list(_literal_texts(self.index.constants.get(right.value)) if not self._grown_anywhere(right.value) else ()) or [None]  # dest in LAWFUL
        elif isinstance(operator, (cst.In, cst.NotIn)) and (imported := self._imported_texts(right, frame)) is not None:
            texts = list(imported) or [None]  # dest in LAWFUL of from .partners import LAWFUL (or partners.LAWFUL)
        else:
            return None
        if None in texts or not texts:
            return None
        if held_now.const and held_now.alternatives and held_now.text is None and not (held_now.placements or held_now.names or held_now.bulk):
            # partner of "state" or "ice" (a class attribute a subclass overrides, a --dest with choices=): the texts
            # that pass the test, and those that do not
            inside = [a for a in held_now.alternatives if (apply(a) if apply is not None else a) in texts]
            outside = [a for a in held_now.alternatives if (apply(a) if apply is not None else a) not in texts]
            equal_side = join(*(const_val(t).with_labels(held_now.labels | {NARROWED_TEXTS_MARK + key}) for t in inside)) if inside else None
            other_side = join(*(const_val(t).with_labels(held_now.labels | {NARROWED_TEXTS_MARK + key}) for t in outside)) if outside else None
            return (key, equal_side, other_side) if isinstance(operator, (cst.Equal, cst.In)) else (key, other_side, equal_side)
        # partner = event["detail"]["partner"]: a routing value read from the event, named by no field of the vocabulary
        # (it keeps its names where it is narrowed, in case it is sent)
        routing = self._routing(held_now)
        if not _carries_nothing(held_now) and not routing:
            return None
        marks = {apply.mark(t) for t in texts if t is not None} if apply is not None else set()
        if apply is not None:
            # (the texts it may be, as a key is usually written; a key of a table is read past the test when it is one of
            # the texts once so normalised, however it is written: the marks)
            texts = list(spellings([t for t in texts if t is not None], apply))
            if not texts:
                return None  # (dest.upper() == "state": no text passes; nothing said)
        equal = join(*(const_val(t) for t in dict.fromkeys(texts))).with_labels(marks)  # type: ignore[arg-type]
        if apply is None:
            equal = equal.with_labels({NARROWED_TEXTS_MARK + key})  # (exactly those texts: a later test of them is decided)
        if routing:
            equal = replace(equal, names=held_now.names, bulk=held_now.bulk)
        other = _known_not(held_now, marks or {t for t in texts if t is not None})
        return (key, equal, other) if isinstance(operator, (cst.Equal, cst.In)) else (key, other, equal)

    def _prefix_narrowed(self, left: cst.BaseExpression, texts: "list[tuple[str, Spelling]]", frame: Frame) -> "tuple[str, Val | None, Val | None] | None":
        """``partner.startswith("ice")`` as ``_equal_to_literal`` answers ``partner[:3] == "ice"``: where it holds, the
        table keys that begin so (the texts themselves, as a key may be written), elsewhere none of them."""
        held_now = self._narrowable(left, frame)
        if held_now is None:
            return None
        key = self.narrowed_key_of(left) or dotted(left) or ""
        if held_now.const and held_now.alternatives and held_now.text is None and not (held_now.placements or held_now.names or held_now.bulk):
            inside = [a for a in held_now.alternatives if any(apply(a) == t for t, apply in texts)]
            outside = [a for a in held_now.alternatives if a not in inside]
            return (key, join(*(const_val(t).with_labels(held_now.labels) for t in inside)) if inside else None,
                    join(*(const_val(t).with_labels(held_now.labels) for t in outside)) if outside else None)
        routing = self._routing(held_now)
        if not _carries_nothing(held_now) and not routing:
            return None
        marks = {apply.mark(t) for t, apply in texts}
        # (no text of its own: "ei" of startswith("ei") is no key; the table's keys that begin so. A text that begins so and
        # goes on unknown, Bucket=dest past dest.startswith("ice-"), names a place by its beginning: review 55b; and what
        # named the value still does, url of os.environ["ICE_URL"] past url.startswith("https://"), review 55c)
        plain = len(texts) == 1 and texts[0][1].steps[1:] == ()
        equal = Val(const=True, text=texts[0][0] + HOLE if plain else None, alternatives=None if plain else tuple(t + HOLE for t, _ in texts),
                    labels=frozenset(marks) | held_now.labels)
        if routing:
            equal = replace(equal, names=held_now.names, bulk=held_now.bulk)
        return key, equal, _known_not(held_now, marks)

    def _imported_texts(self, node: cst.BaseExpression, frame: Frame) -> "tuple[str, ...] | None":
        """``LAWFUL`` (or ``partners.LAWFUL``) imported from another module of the project: the texts of its literal
        (empty when that module, or this one, adds to it or binds it anew: it may hold any text); None when it is no
        such import."""
        if not isinstance(node, (cst.Name, cst.Attribute)) or root_name(node) in frame.env:
            return None
        found = self.links.foreign(dotted(node) or "", frame.imports or None)
        if found is None:
            return None
        home, held_name = found
        written = dotted(node) or ""
        if held_name in home.index.grown or home.statements._grown_anywhere(held_name) or self._grown_anywhere(written) or self._bound_in_module(written):
            return ()
        return _literal_texts(home.index.constants.get(held_name))

    def _bound_in_module(self, name: str) -> bool:
        """Some code of the module binds ``name`` (``LAWFUL = LAWFUL | {"ice"}`` at module level, or under ``global``):
        an imported constant of that name is not all it may be."""
        found: "set[str] | None" = self.__dict__.get("_bound_in_module_memo")
        if found is None:
            found = set()
            for node in self.functions.flat.walk(self.m.module):
                if isinstance(node, cst.AssignTarget) and isinstance(node.target, cst.Name):
                    found.add(node.target.value)
                elif isinstance(node, (cst.AugAssign, cst.AnnAssign)) and isinstance(node.target, cst.Name):
                    found.add(node.target.value)
            self.__dict__["_bound_in_module_memo"] = found
        return name in found

    def _routing(self, held: Val) -> bool:
        """``partner = event["detail"]["partner"]``: a value read from data, named by no field of the vocabulary and
        carrying nothing else (a routing value a test of literals may narrow; it keeps its names, in case it is sent, and
        the records it was read from, ``msg["partner"]`` of one of ``event["Records"]``)."""
        # (partner_name, dest_name: a destination's name, not a person's, in a routing test)
        return bool(held.names) and _carries_nothing(replace(held, names=frozenset(), bulk=frozenset())) \
            and all(self.vocabulary.classify(n) is None or self.vocabulary.is_routing_name(n) for n in held.names)

    def _grown_anywhere(self, name: str) -> bool:
        """Some code of the module adds to the module constant ``name`` (``ALLOWED[k] = v``, ``ALLOWED.add(k)``,
        ``.update``, ``.setdefault``, ``|=``, in any function): its literal is not all it may hold."""
        found: "set[str] | None" = self.__dict__.get("_grown_anywhere_memo")
        if found is None:
            found = set()
            for node in self.functions.flat.walk(self.m.module):
                if isinstance(node, cst.Assign):
                    found.update(dotted(t.target.value) or "" for t in node.targets
                                 if isinstance(t.target, cst.Subscript) and isinstance(t.target.value, (cst.Name, cst.Attribute)))
                    # partners.LAWFUL = {...}: another module's constant rebound from here
                    found.update(dotted(t.target) or "" for t in node.targets if isinstance(t.target, cst.Attribute))
                elif isinstance(node, cst.AugAssign) and isinstance(node.target, (cst.Name, cst.Attribute)):
                    found.add(dotted(node.target) or "")
                elif isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and isinstance(node.func.value, (cst.Name, cst.Attribute)) \
                        and node.func.attr.value in ("add", "update", "setdefault", "append", "extend", "insert", "__setitem__"):
                    found.add(dotted(node.func.value) or "")
            self.__dict__["_grown_anywhere_memo"] = found
        return name in found or name in self.index.grown

    def _self_escapes(self) -> bool:
        """The running function hands ``self`` itself on (``escalate(self, m)``, ``me = self``): what is done to the object
        there is not seen here, so a test of one of its attributes narrows nothing."""
        running = self._stack[-1] if self._stack else None
        if not isinstance(running, cst.FunctionDef):
            return True
        memo: dict[int, bool] = self.__dict__.setdefault("_self_escapes_memo", {})
        if id(running) not in memo:
            bases = {id(n.value) for n in self.functions.flat.walk(running.body) if isinstance(n, cst.Attribute)}
            memo[id(running)] = any(isinstance(n, cst.Name) and n.value == "self" and id(n) not in bases
                                    for n in self.functions.flat.walk(running.body))
        return memo[id(running)]

    def _narrowable(self, node: cst.BaseExpression, frame: Frame) -> Val | None:
        """What a name of the running function (``dest``), an attribute of its object (``self.partner``) or an entry or
        attribute of one of its variables that the function never changes (``event["partner"]``, ``cfg.partner``)
        holds, for a test that may narrow it; None for anything else. (The entry is kept under its ``narrowed_key``
        from the test on.)"""
        if isinstance(node, cst.Name):
            return frame.env.get(node.value)
        key = self.narrowed_key_of(node)
        if key is not None:
            base = narrowed_root(key)
            running = self._stack[-1] if self._stack else None
            if base not in frame.env or not isinstance(running, cst.FunctionDef) or self._bindings(running, base) > 1:
                return None  # (bound more than once: which value a read sees is not kept)
            if isinstance(node, cst.Attribute) and any(node.attr.value in cls.methods for cls in self.index.classes.values()):
                return None  # cfg.partner of a @property (of some class of the module): each read may differ
            known = self.narrowed_value(node, frame)
            if known is None:
                # (kept from here on, marked with the line of the test: a read later checks nothing changed it since)
                known = frame.env[key] = self.expr.eval(node, frame).with_labels({f"{NARROWED_AT}{self.positions(node)[0]}>"})
                frame.narrowed_items = True
            return known
        if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value == "self" and "self" in frame.env \
                and not self._self_escapes():
            return self.functions.self_attribute(node.attr.value, frame)
        return None

    def narrowed_key_of(self, node: cst.BaseExpression) -> str | None:
        """``narrowed_key`` of ``node`` read through the part a name of the running function is bound to once
        (``detail = event["detail"]``, ``e = event``): ``detail["partner"]`` and ``event["detail"]["partner"]`` are one
        entry, tested by either name and read by the other, changed through either."""
        key = narrowed_key(node)
        running = self._stack[-1] if self._stack else None
        if key is None or not isinstance(running, cst.FunctionDef):
            return key
        root = narrowed_root(key)
        source = self._alias_source(running, root)
        return f"{NARROWED}{source}{key[len(NARROWED) + len(root):]}" if source is not None else key

    def _alias_source(self, running: cst.FunctionDef, name: str) -> str | None:
        """The variable or part of one (``event``, ``event['detail']``, as ``part_text``) that ``name`` is bound to by its
        one binding in ``running``, a plain assignment; None otherwise (a parameter, a value computed)."""
        memo: "dict[tuple[int, str], str | None]" = self.__dict__.setdefault("_alias_source_memo", {})
        if (id(running), name) not in memo:
            found = None
            if name not in param_names(running) and self._bindings(running, name) == 1:
                values = self.functions._assignments(running).get(name, [])
                text = part_text(values[0]) if len(values) == 1 and values[0] is not None else None
                root = re.split(r"[.\[]", text, maxsplit=1)[0] if text is not None else None
                # (the variable it is a part of bound only once too: event = other after d = event["detail"] is another)
                if text is not None and root != name and not text.startswith(("self", "cls")) and root is not None and (
                        (root in param_names(running) and self._bindings(running, root) == 0)
                        or (root not in param_names(running) and self._bindings(running, root) == 1 and self._alias_source(running, root) is None)):
                    found = text
            memo[(id(running), name)] = found
        return memo[(id(running), name)]

    def _bindings(self, running: cst.FunctionDef, name: str) -> int:
        """How many times ``running``'s body binds ``name`` (``bindings_of``, counted once per function and name)."""
        memo: dict[tuple[int, str], int] = self.__dict__.setdefault("_bindings_memo", {})
        if (id(running), name) not in memo:
            memo[(id(running), name)] = len(bindings_of(running.body, name))
        return memo[(id(running), name)]

    def narrowed_value(self, node: cst.BaseExpression, frame: Frame) -> Val | None:
        """What a test left an entry or attribute of a variable (``event["partner"]`` past ``if event["partner"] ==
        "state":``), read at ``node``: None where nothing is kept, or where the variable may have changed between the test
        and this read (``narrowed_hazards``)."""
        key = self.narrowed_key_of(node)
        held = frame.env.get(key) if key is not None else None
        if held is None:
            return None
        tested = [int(label[len(NARROWED_AT):-1]) for label in held.labels if label.startswith(NARROWED_AT)]
        running = self._stack[-1] if self._stack else None
        if not tested or not isinstance(running, cst.FunctionDef) or key is None:
            return None
        changes, aliases, loops = self.narrowed_hazards(running, key)
        read = self.positions(node)[0]
        low, high = min(min(tested), read), max(max(tested), read)
        around = [loop for loop in loops if id(node) in loop]

        def with_read(at: int) -> bool:
            return any(at in loop for loop in around)
        # (a change between the test and the read, or in a loop the read is in; an alias made before the read, through
        # which it may be changed anywhere)
        # (a change on the test's or the read's own line counts: event["partner"] = x; post(URLS[event["partner"]]))
        if any(low <= line <= high or with_read(at) for line, at in changes) or any(line <= high or with_read(at) for line, at in aliases):
            return None
        return held

    def narrowed_hazards(self, running: cst.FunctionDef, key: str) -> "tuple[list[tuple[int, int]], list[tuple[int, int]], list[frozenset[int]]]":
        """Where the running function may change the entry ``key`` (a ``narrowed_key``) of its variable: (the lines of
        stores into it, ``del``, mutating methods, methods not known to only read, handing it or the part the entry is read
        from to a function that may change it; the lines where it or that part is aliased or put into a container; the
        nodes of each of its loops; each line with its node's id). A store under another literal key (``event["received_at"] = now``) changes nothing of it; a
        function of the module that changes none of its parameters only reads what it is handed."""
        memo: "dict[tuple[int, str], tuple[list[tuple[int, int]], list[tuple[int, int]], list[frozenset[int]]]]" = self.__dict__.setdefault(
            "_hazards_memo", {})
        if (id(running), key) not in memo:
            nodes = list(self.functions.flat.walk(running.body))
            name = narrowed_root(key)
            # (the variable and every part of it on the way to the entry: message, message.attributes; event,
            # event['detail'] of event["detail"]["partner"]; cfg of cfg.partner)
            first = key[len(NARROWED) + len(name):]  # ['partner'] or .partner, as written after the name
            parts = PART.findall(first)
            prefixes = frozenset(name + "".join(parts[:n]) for n in range(len(parts)))
            # (a function of the module only reads what it is handed, unless a name of the running function shadows it)
            shadowed = self.functions.rebound(running) | set(param_names(running)) | {n.name.value for n in nodes if isinstance(n, cst.FunctionDef)}
            readers = {fn_name: fn for fn_name, fn in self.index.functions.items() if fn_name not in shadowed and _only_reads_parameters(fn)}
            changed = [n for n in nodes if _changes_parts(n, name, first, readers)]
            handed, aliased = _handed_on(nodes, prefixes, self.index.imports, readers, self.index.functions)
            # (an alias bound once and only read from, detail = event["detail"], changes nothing; stores into it beside the
            # entry, detail["seen"] = True, neither)
            targets = {id(n.value): n.targets[0].target.value for n in nodes if isinstance(n, cst.Assign) and len(n.targets) == 1
                       and isinstance(n.targets[0].target, cst.Name)}
            whole = key[len(NARROWED):]
            aliased = [n for n in aliased if not (id(n) in targets and self._only_read(
                running, nodes, targets[id(n)], readers, whole[len(part_text(n) or ""):] if whole.startswith(part_text(n) or "\x00") else None))]
            loops = [frozenset(map(id, self.functions.flat.walk(n))) for n in nodes if isinstance(n, (cst.For, cst.While))]
            # (a change inside a nested function or lambda happens wherever it is called: as an alias, from the start)
            nested = {id(inner) for n in nodes if isinstance(n, (cst.FunctionDef, cst.Lambda, cst.ClassDef)) for inner in self.functions.flat.walk(n)}
            inside = [n for n in (*changed, *handed) if id(n) in nested]
            # (a function handed the variable may change it later: a generator resumed, a partial called, a context manager
            # left, a thread; from the call on, as an alias)
            memo[(id(running), key)] = ([(self.positions(n)[0], id(n)) for n in changed if id(n) not in nested],
                                        [(self.positions(n)[0], id(n)) for n in (*aliased, *handed) if id(n) not in nested]
                                        + [(0, id(n)) for n in inside], loops)
        return memo[(id(running), key)]

    def _only_read(self, running: cst.FunctionDef, nodes: "list[cst.CSTNode]", alias: str, readers: "dict[str, cst.FunctionDef]",
                   rest: str | None = None) -> bool:
        """The local ``alias`` is bound once in ``running`` and only read from: nothing stored into it (with ``rest``, the
        tested entry's path after the alias, ``['partner']``: nothing into that entry or a part on its way), no method
        that may change it, not handed on to a function that may, nor aliased again."""
        if self._bindings(running, alias) != 1 or any(_changes_parts(n, alias, rest or None, readers) for n in nodes):
            return False
        parts = PART.findall(rest) if rest else []
        prefixes = frozenset(alias + "".join(parts[:n]) for n in range(max(len(parts), 1)))
        handed, aliased = _handed_on(nodes, prefixes, self.index.imports, readers, self.index.functions)
        return not handed and not aliased

    def narrow(self, frame: Frame, key: str, val: Val, at: cst.CSTNode | None = None) -> Val | None:
        """Let ``key`` (a name, or ``self.<attribute>``) hold ``val``; returns what it held (None: nothing known). The
        entries a name of the function was read from a constant table by it before ``at`` (``url = URLS[partner]``, its
        only assignment) are read again by the narrowed key."""
        running = self._stack[-1] if self._stack else None
        if key.startswith("self."):
            before = frame.self_attrs.get(key[5:])
            frame.self_attrs[key[5:]] = val
            rebound = isinstance(running, cst.FunctionDef) and any(
                isinstance(t.target, cst.Attribute) and isinstance(t.target.value, cst.Name) and t.target.value.value == "self"
                and t.target.attr.value == key[5:] for n in self.functions.flat.walk(running.body) if isinstance(n, cst.Assign) for t in n.targets)
        else:
            before = frame.env.get(key)
            if key.startswith(NARROWED) and before is not None:
                val = val.with_labels({label for label in before.labels if label.startswith(NARROWED_AT)})  # (where it was tested)
            frame.env[key] = val
            # (event["partner"] of an event bound more than once: what was read by it before may be of another event)
            # (a parameter bound again in the body, or a local bound more than once: partner = msg["partner"] once is fine)
            rebound = isinstance(running, cst.FunctionDef) and not key.startswith(NARROWED) and key in self.functions.rebound(running) and (
                key in param_names(running) or self._bindings(running, key) > 1)
        reads = self._keyed_reads(running).get(key) if isinstance(running, cst.FunctionDef) and at is not None else None
        if reads and not rebound:
            line = self.positions(at)[0]  # type: ignore[arg-type]
            # (a local key: only a read written directly in the function's body, not in a loop or a branch, where it might be
            # of another pass's key or not made at all)
            local = isinstance(running, cst.FunctionDef) and not key.startswith(("self.", NARROWED)) and key not in param_names(running)
            top = {id(s.body[0].value) for s in _straight_statements(running.body)  # type: ignore[union-attr,attr-defined]
                   if isinstance(s, cst.SimpleStatementLine) and isinstance(s.body[0], cst.Assign)} if local else set()
            for name, value in reads:
                if local and id(value) not in top:
                    continue
                if name in frame.env and self.positions(value)[0] < line:
                    frame.env[name] = self.expr.eval(value, frame)  # url = URLS[partner], then if partner == "state":
        return before

    def _derived_keys(self, rest: "Sequence[cst.BaseStatement]", frame: Frame) -> "frozenset[str]":
        """The attributes of ``self`` that the attributes ``rest`` reads are read by (``derived_self_read``)."""
        if frame.cls is None or not rest:
            return frozenset()
        # (asked at each if of a method with several ways: the same rest of a block, walked once per class)
        memo: "dict[tuple[int, int, int], frozenset[str]]" = self.__dict__.setdefault("_derived_keys_memo", {})
        key = (id(rest[0]), id(rest[-1]), id(frame.cls.node))
        if key not in memo:
            memo[key] = self._find_derived_keys(rest, frame)
        return memo[key]

    def _kept_roots(self, rest: "Sequence[cst.BaseStatement]") -> "frozenset[str]":
        """The names read by the tests that the names tested by the ifs of ``rest`` keep (``fed = partner == "ice"``, then
        ``if not fed:``: ``partner``), as read there (round 449a)."""
        running = self._stack[-1] if self._stack else None
        if not rest or not isinstance(running, cst.FunctionDef):
            return frozenset()
        memo: "dict[tuple[int, int], frozenset[str]]" = self.__dict__.setdefault("_kept_roots_memo", {})
        key = (id(rest[0]), id(rest[-1]))
        if key not in memo:
            found: set[str] = set()
            leaves = [leaf for stmt in rest for node in walk(stmt) if isinstance(node, (cst.If, cst.IfExp)) for leaf in walk(node.test)
                      if isinstance(leaf, cst.Name)]
            asked: set[str] = set()
            for _ in range(3):  # (full = not fed, fed = partner == "ice": kept tests of kept tests; round 482a)
                more = []
                for leaf in leaves:
                    value = self._kept_value(running, leaf) if leaf.value not in asked else None
                    asked.add(leaf.value)
                    if value is not None:
                        found.update(n.value for n in walk(value) if isinstance(n, cst.Name))
                        more += [n for n in walk(value) if isinstance(n, cst.Name)]
                if not more:
                    break
                leaves = more
            memo[key] = frozenset(found)
        return memo[key]

    def _find_derived_keys(self, rest: "Sequence[cst.BaseStatement]", frame: Frame) -> "frozenset[str]":
        """``_derived_keys``, walked once."""
        keys = set()
        for stmt in rest:
            for node in walk(stmt):
                if type(node) is cst.Attribute and isinstance(node.value, cst.Name) and node.value.value == "self":  # type: ignore[attr-defined]
                    derived = self.derived_self_read(node.attr.value, frame)  # type: ignore[attr-defined]
                    index = derived.slice[0].slice if isinstance(derived, cst.Subscript) else None
                    if isinstance(index, cst.Index) and isinstance(index.value, cst.Attribute):
                        keys.add(index.value.attr.value)
        return frozenset(keys)

    def derived_self_read(self, attr: str, frame: Frame) -> cst.BaseExpression | None:
        """``self.url`` of a class whose one binding of it is ``self.url = URLS[partner]`` in ``__init__``, and of
        ``self.partner`` ``self.partner = partner`` there (``partner`` a parameter bound nowhere else): ``URLS[self.partner]``,
        read so where a test of the method narrowed ``self.partner`` (round 438a); None otherwise."""
        cls = frame.cls
        node = cls.node if cls is not None else None
        if node is None or not isinstance(node.body, cst.IndentedBlock) or any(
                cls is not other and cls.name in other.bases for other in self.index.classes.values()):  # type: ignore[union-attr]
            return None  # (a subclass of the module may set it otherwise)
        memo: "dict[tuple[int, str], cst.BaseExpression | None]" = self.__dict__.setdefault("_derived_self_memo", {})
        key = (id(node), attr)
        if key not in memo:
            memo[key] = None
            stores: "dict[str, list[tuple[cst.FunctionDef, cst.BaseExpression]]]" = {}
            for fn in node.body.body:
                if isinstance(fn, cst.FunctionDef):
                    for n in walk(fn.body):
                        stored = [t.target for t in n.targets] if isinstance(n, cst.Assign) else [n.target] if isinstance(n, (cst.AugAssign, cst.AnnAssign)) else []
                        for target in stored:
                            if isinstance(target, cst.Attribute) and isinstance(target.value, cst.Name) and target.value.value == "self":
                                stores.setdefault(target.attr.value, []).append((fn, n.value if isinstance(n, cst.Assign) else cst.Name("_")))  # type: ignore[union-attr]
            mine = stores.get(attr, [])
            init = mine[0][0] if len(mine) == 1 and mine[0][0].name.value == "__init__" else None
            read = _key_read(mine[0][1]) if init is not None else None
            if init is not None and read is not None and read in param_names(init) and not bindings_of(init.body, read):
                keyed = next((k for k, found in stores.items() if len(found) == 1 and found[0][0] is init and isinstance(found[0][1], cst.Name)
                              and cst.ensure_type(found[0][1], cst.Name).value == read), None)
                made = _keyed_by(mine[0][1], read, keyed) if keyed is not None else None
                if made is not None:
                    self.m.alias_position(made, mine[0][1])
                    memo[key] = made
        return memo[key]

    def _keyed_reads(self, running: cst.FunctionDef) -> "dict[str, list[tuple[str, cst.BaseExpression]]]":
        """The names ``running`` assigns once, from a table read by a name (``url = URLS[partner]``), by that name."""
        memo: "dict[int, dict[str, list[tuple[str, cst.BaseExpression]]]]" = self.__dict__.setdefault("_keyed_reads_memo", {})
        if id(running) not in memo:
            found: "dict[str, list[tuple[str, cst.BaseExpression]]]" = {}
            nodes: "list[cst.CSTNode] | None" = None
            for name, values in self.functions._assignments(running).items():
                read = _key_read(values[0]) if len(values) == 1 and values[0] is not None else None
                if read is not None and nodes is None:
                    nodes = list(self.functions.flat.walk(running.body))
                # (bound there only: not also unpacked, annotated, augmented or a loop's target; nothing stored into it since,
                # client.URL = ICE_URL, nor handed to a function of the project: what it became is not what reading it again
                # gives)
                # (url = PARTNERS[partner]["url"] of a table some code changes, PARTNERS["state"]["url"] = ICE_URL: what the
                # entry held when read, not what its literal says)
                deep = read is not None and isinstance(values[0], (cst.Subscript, cst.Attribute)) and isinstance(values[0].value, cst.Subscript)
                if deep and (root_name(values[0]) is None or self._table_changed(root_name(values[0]) or "")):
                    continue
                if read is not None and len(bindings_of(running.body, name)) == 1 and nodes is not None \
                        and not any(_changes_parts(n, name) for n in nodes):
                    found.setdefault(read, []).append((name, values[0]))  # type: ignore[arg-type]
            memo[id(running)] = found
        return memo[id(running)]

    @staticmethod
    def _self_way_value(frame: Frame, attr: str, narrowed: Val) -> Val | None:
        """What a way of an ``if`` knows of ``self.<attr>`` at its end: the narrowed value, or what the way set it to
        since (``self.escalate()`` setting ``self.partner = "ice"``); None when not known."""
        current = frame.self_attrs.get(attr)
        if current is None or current is narrowed or _narrowed_alike(current, narrowed):
            return narrowed
        return current

    def unnarrow(self, frame: Frame, key: str, narrowed: Val, before: Val | None) -> None:
        """``key`` holds what it held before ``narrow``, if it still holds the narrowed value."""
        if key.startswith("self."):
            current = frame.self_attrs.get(key[5:])
            if current is narrowed or (current is not None and _narrowed_alike(current, narrowed)):
                if before is None:
                    frame.self_attrs.pop(key[5:], None)
                else:
                    frame.self_attrs[key[5:]] = before
            for attr, held in list(frame.self_attrs.items()):
                if attr != key[5:] and (held is narrowed or _narrowed_alike(held, narrowed)):
                    # self.last = self.partner in the branch: the object's attributes are not kept per way, and past the
                    # if the copy may be any partner's (what it was before, or not known)
                    frame.self_attrs[attr] = without_known_not(before) if before is not None else OPAQUE
            return
        if not frame.dead and frame.env.get(key) is narrowed and before is not None:
            frame.env[key] = before

    def _members_named(self, nodes: "Sequence[cst.BaseExpression]") -> list[Val] | None:
        """``Partner.STATE`` (each of ``nodes``) as the member of an Enum class of the module; None when one is not."""
        found = []
        for node in nodes:
            name = dotted(node) if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) else None
            members = self.enum_members(name.partition(".")[0]) if name is not None else None
            member = next((m for m in members or () if name in m.labels), None)
            if member is None:
                return None
            found.append(member)
        return found or None

    def _literal_case(self, pattern: cst.MatchPattern, subject: Val) -> Val | None:
        """The text or texts a subject that carries no member data and no known text holds in a case of string
        literals (``case "state" | "cms":``) or Enum members (``case Partner.STATE:``); None for any other case or
        subject."""
        patterns = [p.pattern for p in pattern.patterns] if isinstance(pattern, cst.MatchOr) else [pattern]
        if not all(isinstance(p, cst.MatchValue) for p in patterns):
            return None
        values = [p.value for p in patterns if isinstance(p, cst.MatchValue)]
        if all(isinstance(v, cst.Attribute) for v in values):
            members = self._members_named(values)
            if not members:
                return None
            if _carries_nothing(subject, members):
                return join(*members)
            # (p = Partner(event["partner"]), then match p: a routing value read from the event made a member, round 393a)
            return replace(join(*members), names=subject.names, bulk=subject.bulk).with_labels({ENUM_MEMBER_MARK} & subject.labels) \
                if self._routing(subject) else None
        texts = [_text(v) for v in values]
        routing = self._routing(subject)
        if None in texts or not texts or not (_carries_nothing(subject) or routing):
            return None
        chosen = join(*(const_val(t) for t in dict.fromkeys(texts)))  # type: ignore[arg-type]
        return replace(chosen, names=subject.names, bulk=subject.bulk) if routing else chosen

    def _of_model(self, classes: "Sequence[cst.BaseExpression]", subject: Val) -> Val:
        """``subject`` known to be an object of one of ``classes`` (``case Member() as mem``, ``isinstance``):
        the models' declared fields when each class is a payload model of the project and nothing else is
        known of the object; ``subject`` otherwise."""
        if not classes or subject.placements or subject.names or subject.model is not None or subject.client is not None or subject.const:
            return subject
        models = [self.functions.model_of(cls) for cls in classes]
        if any(model is None for model in models):
            return subject
        # (of several models, each one's declared fields; read as an object of the first, so that vars() of it
        # sends those fields, not a whole record)
        model = models[0] if len(models) == 1 else replace(join(*models), model=models[0].model).with_labels({MODELS_UNION_MARK})  # type: ignore[arg-type,union-attr]
        assert model is not None
        return replace(model, labels=model.labels | subject.labels, bulk=subject.bulk | model.bulk)

    def _handed_out(self, frame: Frame) -> int:
        """Sends to enforcement so far, and values the running function has handed out (returned or
        yielded, not a constant): a status test every way of which sends or hands out a record picked
        what, not whom."""
        return self.m.sends + sum(1 for v in frame.returns if not v.const)

    def _cases(self, stmt: cst.Match, subject: Val, frame: Frame) -> list[dict[str, Val]]:
        # match event["partner"]: kept under its own name, as a test of it is (read before the state is taken); match p :=
        # partner.lower(): p is the subject
        tested = stmt.subject.target if isinstance(stmt.subject, cst.NamedExpr) and isinstance(stmt.subject.target, cst.Name) else stmt.subject
        # (match partner.lower(): case "cms": partner is a spelling of "cms" there)
        normal = normalized_text(tested)
        apply = normal[1] if normal is not None and (isinstance(normal[0], cst.Name) or narrowed_key(normal[0]) is not None) else None
        tested = normal[0] if normal is not None and apply is not None else tested
        item = self.narrowed_key_of(tested) if not isinstance(tested, cst.Name) and self._narrowable(tested, frame) is not None else None
        before = frame.state()
        states = []
        sends = [0]  # no case matching sends nothing
        aliases, ways = dict(frame.aliases), []
        objects, object_ways = dict(frame.object_aliases), []
        cases, certain = self._cases_taken(stmt, frame)
        excluded: "set[str] | None" = set()  # the texts (or members) the cases so far took, each whole (no guard)
        recipients_before = recipients_state(self.m)  # (a case that sends and returns keeps its recipients; see branches)
        recipient_ways: "list[tuple[dict[str, list[Val]], dict[str, list[str]]]]" = []
        for case in cases:
            frame.restore(before)
            frame.aliases = dict(aliases)
            frame.object_aliases = dict(objects)
            set_recipients(self.m, recipients_before)
            counted = self._handed_out(frame)
            owner = (tested.value, None) if isinstance(tested, cst.Name) and tested.value in frame.env else None
            self.bind_pattern(case.pattern, subject, frame, owner)
            if owner is None and item is not None:
                owner = (item, None)  # (what it is in the case is kept; bound to no capture)
            classes = _pattern_classes(case.pattern)
            narrowed = self._of_model(classes, subject) if classes and owner is not None else None
            literal = case.pattern.pattern if isinstance(case.pattern, cst.MatchAs) and case.pattern.pattern is not None else case.pattern
            if narrowed is None and owner is not None:
                narrowed = self._literal_case(literal, subject)  # match dest: case "state" | "cms": dest is one of them
                if narrowed is not None and apply is not None:
                    texts = narrowed.alternatives or ((narrowed.text,) if narrowed.text is not None else ())
                    narrowed = join(*(const_val(t).with_labels(narrowed.labels | {apply.mark(t) for t in texts})
                                      for t in spellings(texts, apply))) if texts and spellings(texts, apply) else None
                if narrowed is not None and literal is not case.pattern and isinstance(case.pattern, cst.MatchAs) and case.pattern.name is not None:
                    frame.env[case.pattern.name.value] = narrowed  # case "cms" as p: p is that text
                if narrowed is None and excluded and case.guard is None and _irrefutable(case.pattern) \
                        and not (subject.placements or subject.bulk) and (not subject.names or self._routing(subject)):
                    # case "ice": ... case _: -- not the texts the cases before took
                    narrowed = subject.with_labels({KEY_NOT_MARK + t for t in excluded})
                if excluded is not None and narrowed is not None and case.guard is None and not _irrefutable(case.pattern):
                    members = {label for label in narrowed.labels if "." in label and not label.startswith("<")}
                    excluded |= members or set(narrowed.alternatives or ((narrowed.text,) if narrowed.text is not None else ()))
                elif not _irrefutable(case.pattern):
                    excluded = None  # (a case of another kind may take any value: what is left is not known)
            if narrowed is not None and owner is not None:
                self.narrow(frame, owner[0], narrowed, stmt.subject)  # match event: case Member() | Address(): event is one
            if case.guard is not None:
                self.expr.eval(case.guard, frame)
            self.run_block(case.body, frame)
            if narrowed is not None and owner is not None and not frame.dead and frame.env.get(owner[0]) is narrowed and before is not None \
                    and classes:
                # (past the match, it may be any object again; a case of texts keeps what it knows, as an if's way does)
                frame.env[owner[0]] = before[owner[0]]
            sends.append(self._handed_out(frame) - counted)
            states.append(frame.state())
            if not frame.dead:
                recipient_ways.append(recipients_state(self.m))
            ways.append(frame.aliases)
            object_ways.append(frame.object_aliases)
        # a case that matches anything (case _:, case other:) leaves no way past the match unmatched; unmatched, the
        # subject is none of the cases' texts
        unmatched = [] if certain or any(_irrefutable(case.pattern) and case.guard is None for case in cases) else [before]
        if unmatched and before is not None and excluded and owner is not None and owner[0] in before \
                and not (subject.placements or subject.bulk) and (not subject.names or self._routing(subject)):
            unmatched = [{**before, owner[0]: before[owner[0]].with_labels({KEY_NOT_MARK + t for t in excluded})}]
        if not unmatched:
            sends = sends[1:]
        join_recipients(self.m, [*([recipients_before] if unmatched else []), *recipient_ways] or [recipients_before])
        frame.aliases = _joined_aliases([*unmatched, *states], [*([aliases] if unmatched else []), *ways], aliases)
        frame.object_aliases = _joined_aliases([*unmatched, *states], [*([objects] if unmatched else []), *object_ways], objects)
        self.join_states(frame, [*unmatched, *states])
        self.m.branch_sends = sends
        return [state for state in (*unmatched, *states) if state is not None]

    def _cases_taken(self, stmt: cst.Match, frame: Frame) -> "tuple[list[cst.MatchCase], bool]":
        """The cases that may run, and whether one of them surely does: with the subject a parameter the
        call fixed to a literal or an Enum member (``match partner: case "state":`` in ``body(m, "ice")``),
        a case of literals or members that do not match it is not taken, and the first that matches is
        the only one (as Python takes it); otherwise every case."""
        fixed = self._fixed_param(stmt.subject, frame)
        normal = normalized_text(stmt.subject) if fixed is None else None
        if normal is not None:
            # match partner.lower(): with partner fixed, the text so normalised
            inner = self._fixed_param(normal[0], frame)
            fixed = replace(inner, text=normal[1](inner.text)) if inner is not None and inner.const and inner.text is not None \
                and HOLE not in inner.text else None
        if fixed is None:
            return list(stmt.cases), False
        taken = []
        for case in stmt.cases:
            matches = self._pattern_matches(case.pattern, fixed) if case.guard is None else None
            if matches is False:
                continue
            taken.append(case)
            if matches:
                return taken, True
        return taken, False

    def _pattern_matches(self, pattern: cst.MatchPattern, fixed: Val) -> bool | None:
        """Whether ``pattern`` matches the constant ``fixed``: a string literal, an Enum member, an
        or-pattern of them, or a capture; None when that is not known."""
        if isinstance(pattern, cst.MatchAs) and pattern.pattern is None:
            return True  # case _: / case other:
        if isinstance(pattern, cst.MatchOr):
            found = [self._pattern_matches(p.pattern, fixed) for p in pattern.patterns]
            return True if any(found) else None if None in found else False
        if not isinstance(pattern, cst.MatchValue):
            return None
        value = pattern.value
        if any("." in label and self.enum_members(label.partition(".")[0]) is not None for label in fixed.labels):
            # an Enum member: equal to a string only for a str Enum (not known here); to a member, when it is that one
            member = dotted(value) if isinstance(value, cst.Attribute) and isinstance(value.value, cst.Name) else None
            owner = member.partition(".")[0] if member is not None else None
            if owner is None or self.enum_members(owner) is None or sum(label.startswith(owner + ".") for label in fixed.labels) != 1:
                return None
            return member in fixed.labels
        if isinstance(value, cst.SimpleString) and fixed.const and fixed.text is not None and HOLE not in fixed.text and fixed.alternatives is None:
            return string_value(value) == fixed.text
        return None

    def bind_pattern(self, pattern: cst.MatchPattern, subject: Val, frame: Frame, owner: tuple[str, str | None] | None = None) -> None:
        """Bind the captures of a ``case`` pattern to the parts of the subject they match; ``owner``, the
        variable (and key) the subject is, makes a capture an alias of it (``case {"subject": sub}``:
        what is put into ``sub`` is put into the subject's dict)."""
        if isinstance(pattern, cst.MatchAs):
            if pattern.pattern is not None:
                self.bind_pattern(pattern.pattern, subject, frame, owner)
            if pattern.name is not None:
                # case Member() as mem: an object of that model
                classes = _pattern_classes(pattern.pattern)
                frame.env[pattern.name.value] = self._of_model(classes, subject) if classes else subject
                if owner is not None and owner[0] != pattern.name.value:
                    frame.aliases[pattern.name.value] = owner
                    if owner[1] is None:
                        frame.aliases.setdefault(owner[0], (pattern.name.value, None))
                else:
                    frame.aliases.pop(pattern.name.value, None)
        elif isinstance(pattern, cst.MatchOr):
            # case {"ssn": v} | {"cin": v}: any alternative may be the one that matched, so a capture holds what
            # each alternative binds it to (joined)
            before = dict(frame.env)
            bound: dict[str, Val] = {}
            for element in pattern.patterns:
                self.bind_pattern(element.pattern, subject, frame, owner)
                for name, val in frame.env.items():
                    if before.get(name) is not val:
                        bound[name] = join(bound[name], val) if name in bound else val
            frame.env.update(bound)
        elif isinstance(pattern, cst.MatchMapping):
            for element in pattern.elements:
                key = const_text(self.expr.eval(element.key, frame))
                part = (owner[0], key) if owner is not None and owner[1] is None and key is not None else None
                self.bind_pattern(element.pattern, _of_records(self.expr.read_key(subject, key) if key else self.element_of(subject), subject), frame, part)
            if pattern.rest is not None:
                frame.env[pattern.rest.value] = Val(placements=subject.placements, labels=subject.labels, bulk=subject.bulk)
        elif isinstance(pattern, cst.MatchClass):
            for kw in pattern.kwds:
                self.bind_pattern(kw.pattern, _of_records(self.expr.read_key(subject, kw.key.value), subject), frame)
            # case Enrollee(cin, social): positional captures in the order of __match_args__ (a dataclass's
            # or NamedTuple's fields, by default), each the attribute of that name
            found = self.links.class_of(dotted(pattern.cls) or "") if pattern.patterns else None
            order = _match_args(found[1]) if found is not None else None
            for i, positional in enumerate(pattern.patterns):
                field = order[i] if order is not None and i < len(order) else None
                self.bind_pattern(positional.value, _of_records(self.expr.read_key(subject, field) if field else self.element_of(subject), subject), frame)
        elif isinstance(pattern, cst.MatchSequence):
            elements = list(pattern.patterns)
            star = next((i for i, e in enumerate(elements) if isinstance(e, cst.MatchStar)), None)
            values = _unpacked(subject, len(elements), star)
            if values is not None:
                # case (cin, ident) of match (m.cin, m.ssn): element by element, as a, b = ... would
                for element, value in zip(elements, values, strict=True):
                    if isinstance(element, cst.MatchStar):
                        if element.name is not None:
                            frame.env[element.name.value] = value
                    else:
                        self.bind_pattern(element.value, value, frame)
                return
            for element in elements:
                if isinstance(element, cst.MatchStar):
                    if element.name is not None:
                        # case {"dx_codes": [*codes]}: the rest of the list, still the codes it was
                        frame.env[element.name.value] = Val(placements=subject.placements, labels=subject.labels, names=subject.names, bulk=subject.bulk)
                else:
                    self.bind_pattern(element.value, self.element_of(subject), frame)

    def run_loop(self, stmt: cst.For | cst.While, frame: Frame) -> None:
        """A loop, iterated until its state stops changing (a constant collection is unrolled).

        ``continue`` goes back to the head, ``break`` to the exit; the ``else`` runs when the
        loop ends without ``break``; ``while True`` exits only through ``break``; the body of
        ``while False`` never runs."""
        if isinstance(stmt, cst.While) and false_literal(stmt.test):
            if stmt.orelse is not None:
                self.run_block(stmt.orelse.body, frame)
            return
        outer = (frame.continues, frame.breaks, frame.loop_outer, frame.iteration_bound, frame.iteration_keys)
        frame.continues, frame.breaks, frame.loop_outer = [], [], frozenset(frame.env)
        self.loops.append(stmt)
        before = frame.state()
        self._inner_loops.append((False, set()))
        try:
            self.m.while_depth += isinstance(stmt, cst.While)
            try:
                exit_state = self._iterate(stmt, frame)
            finally:
                self.m.while_depth -= isinstance(stmt, cst.While)
            breaks = frame.breaks
        finally:
            self.loops.pop()
            skipped = self._inner_loops.pop()[1]
            frame.continues, frame.breaks, frame.loop_outer, frame.iteration_bound, frame.iteration_keys = outer
        frame.restore(exit_state)
        if stmt.orelse is not None and not frame.dead:
            self.run_block(stmt.orelse.body, frame)
        self.join_states(frame, [frame.state(), *breaks])
        if skipped and stmt.orelse is None and before is not None and not frame.dead:
            # for code in LAWFUL_CODES: if m.imgrtn_stus_cd == code: continue -- the test skipped a code, not
            # the member: every way reaches what follows the loop, the records as they were (SPEC section 10;
            # with an else, for-else tells the ways apart: break, or the else, decides)
            for name, old in before.items():
                held = frame.env.get(name)
                if held is not None and old.bulk & skipped and not old.bulk <= held.bulk:
                    frame.env[name] = replace(held, bulk=held.bulk | old.bulk)

    def _iterate(self, stmt: cst.For | cst.While, frame: Frame) -> dict[str, Val] | None:
        """Run the loop body to a fixpoint; return the state when the loop test fails."""
        head = frame.state()
        if isinstance(stmt, cst.For):
            source = self.iterated(self.expr.eval(stmt.iter, frame), stmt.asynchronous is not None, stmt.iter)
            if self._inner_loops and not source.bulk and source.const:
                self._inner_loops[-1] = (True, self._inner_loops[-1][1])  # a constant collection: no one's records
            iter_key = stmt.iter.slice[0].slice.value if isinstance(stmt.iter, cst.Subscript) and len(stmt.iter.slice) == 1 \
                and isinstance(stmt.iter.slice[0].slice, cst.Index) and isinstance(stmt.iter.slice[0].slice.value, cst.SimpleString) else None
            iterated_key = string_value(iter_key) if iter_key is not None else None
            if isinstance(iterated_key, str) and iterated_key.isidentifier():
                # for m in evt["enrollees"]: what a plural person noun names is many people's records, as
                # enrollees = evt["enrollees"] is (SPEC section 10)
                source = self.population.variable_source(iterated_key, stmt.iter, source, frame, describe(stmt.iter))
            called = self._unseen_call(stmt.iter, frame)
            maker = (dotted(called.func) or "").rsplit(".", 1)[-1] if called is not None else ""
            if maker and maker.isidentifier():
                # for m in load_members(), for i, m in enumerate(load_members()): what a call the analysis cannot see,
                # named for many people, returns is their records, as members = load_members() then for m in members
                # is (SPEC section 10)
                source = self.population.variable_source(self.population.loaded_records(maker, called), called, source, frame, describe(called))
            if self.sanitizers.run_guarded_delete_loop(stmt, frame):
                return frame.state()  # the dict now holds only the allowed keys (an empty one: nothing to delete)
            if self.sanitizers.run_guarded_items_loop(stmt, frame) or self.sanitizers.run_guarded_keys_loop(stmt, frame):
                return _join_envs(*(s for s in (head, frame.state()) if s is not None)) if head is not None else frame.state()
            if all_fields(stmt.iter, self.index.qualify) and FIELD_OBJECTS_MARK not in source.labels and not (source.const and source.items is not None):
                # for f in m._meta.fields: each field of the record in turn (getattr(m, f.name): every field, MCD103)
                source = Val(const=True, labels=frozenset({FIELDS_MARK}))
            table = self._function_table(stmt.iter, frame)
            keyed = self._table_keys(stmt.iter, frame) if table is None and isinstance(stmt.target, cst.Name) and source.items is None else None
            if keyed is not None and len(keyed) > 16 and any(isinstance(n, (cst.For, cst.While)) for n in walk(stmt.body)):
                keyed = None  # (a big table with a loop inside the body: key by key, what the inner loop reads would multiply)
            if keyed is not None:
                outer, self._keyed_runs = self._keyed_runs, self._keyed_runs * len(keyed)
                try:
                    return self._unrolled(stmt, frame, head, keyed)  # for topic in TRANSFORMS: TRANSFORMS[topic](after), key by key
                finally:
                    self._keyed_runs = outer
            if table is not None:
                # (PARTNERS = {"ice": Partner(to, send_ssn=False)}: each entry marked, for a helper given it; round 450a)
                table = [self._marked_pair(stmt.iter, v, frame) if _items_call(stmt.iter) else self._marked_entry(stmt.iter, v, frame) for v in table]
                return self._unrolled(stmt, frame, head, table)  # for name, send in SENDERS.items(): each sender
            pairs = self.expr.constant_pairs(stmt.iter, frame)
            if pairs is not None and len(pairs) <= names_cap(self.m):
                # for src, dst in FIELD_MAP.items(): entry by entry (for name, topic in TOPICS.items(): each value named by
                # its key, as TOPICS[name] is)
                pairs = [self._marked_pair(stmt.iter, pair, frame) for pair in pairs]
                return self._unrolled(stmt, frame, head, [_named_by_key(pair) for pair in pairs] if _items_call(stmt.iter) else pairs)
            values = self._constant_values(stmt.iter, frame)
            if values is not None and len(values) <= names_cap(self.m):
                values = [self._marked_entry(stmt.iter, value, frame) for value in values]
                return self._unrolled(stmt, frame, head, values)  # for url in ENDPOINTS.values(): each URL in its turn
            entries = self._local_entries(stmt, frame)
            if entries is not None:
                # bodies = {"state": {...}, "ice": {...}}; for partner, body in bodies.items(): each key with its own value
                # (round 414a: the state's body met ICE's URL)
                return self._unrolled(stmt, frame, head, entries)
            literal = isinstance(stmt.iter, (cst.Tuple, cst.List)) and source.elements is not None and not source.items \
                and not all(_plain_data(e) for e in source.elements)  # for v in (m.ssn, m.alt_id): one value, either
            literal = literal or (YIELDED_MARK in source.labels and bool(source.elements))  # the items a generator yields
            # ROUTES = [{"name": "referral", "url": ICE_URL}, ...]: a constant list of constant records, each in its turn
            literal = literal or (source.const and bool(source.elements) and not source.items)
            # SECTIONS = [Identity(), Household()]: objects of different classes, each runs its own methods
            literal = literal or (source.elements is not None and not source.bulk and len({e.model for e in source.elements}) > 1
                                  and all(e.model is not None for e in source.elements))
            literal = literal or key_value_pairs(source)  # pairs = [("medicaid_id", m.cin), ("ssn", m.tax_ref)]: pair by pair
            # for r in (Route.STATE, Route.FEDERAL): each member in its turn, still a member (r.value is its value)
            literal = literal or (isinstance(stmt.iter, (cst.Tuple, cst.List)) and bool(source.elements) and all(self.expr.enum_member(e) for e in source.elements or ()))
            if literal and source.elements is not None and len(source.elements) <= MAX_UNROLL:
                # for url, body in ((STATE_URL, full), (ICE_URL, basic)): each element of the literal in
                # its turn (the state's payload never meets ICE's URL; of list(PARTNERS.values()), each entry marked)
                return self._unrolled(stmt, frame, head, [self._marked_entry(stmt.iter, e, frame) for e in source.elements])
            functions = bool(source.elements) and all(e.function is not None for e in source.elements or ())
            if functions and source.elements is not None and len(source.elements) <= MAX_UNROLL:
                return self._unrolled(stmt, frame, head, list(source.elements))  # for job in [partial(send, body)]: each call made ready
            if source.items is not None and isinstance(stmt.target, cst.Name) and len(source.items) <= names_cap(self.m):
                marked = source.labels & {FIELD_OBJECTS_MARK}  # for f in fields(Permitted): field objects
                return self._unrolled(stmt, frame, head, [const_val(text=item).with_labels(marked) for item in source.items])
            enum_name = enum_iterated(stmt.iter)
            members = self.enum_members(enum_name) if enum_name is not None and enum_name not in frame.env else None
            if members is not None and isinstance(stmt.target, cst.Name) and len(members) <= MAX_UNROLL:
                return self._unrolled(stmt, frame, head, members)  # for f in Field: rec[f.value], member by member
            element = self.element_of(source)
            element = self.household_member(stmt.iter, source, element)
            if isinstance(stmt.target, cst.Name) and not source.bulk and not element.bulk and not source.const:
                # for enrollees in fetch_pages(): each page is many people's records, as enrollees = next(pages) would
                # be (SPEC section 10: a variable named for many people)
                element = self.population.variable_source(stmt.target.value, stmt.iter, element, frame)
            parts = self._pairs_by_position(stmt.target, stmt.iter, frame)
            if parts is not None:
                # for cin, ssn in zip(cins, ssns), for cin, ssn in [(m.cin, m.ssn) for m in chosen]: each name is
                # what its position holds, not the whole pair
                element = replace(element, elements=parts)
            if _items_call(stmt.iter) and element.elements is None and not element.const:
                # for county, recs in groups.items(): a key and a value; the key carries none of the records
                element = replace(element, elements=(const_val(), element))
            if _items_call(stmt.iter) and isinstance(stmt.target, cst.Tuple) and len(stmt.target.elements) == 2 \
                    and isinstance(stmt.target.elements[1].value, cst.Name) and element.elements is not None and len(element.elements) == 2:
                held = element.elements[1]
                if not (held.bulk or held.const or held.placements or held.names or held.items is not None or held.elements is not None):
                    # for topic, records in batches.items() of batches the analysis cannot see: each value named for many
                    # people is their records, as records = get_batch() is (SPEC section 10)
                    name = stmt.target.elements[1].value.value
                    element = replace(element, elements=(element.elements[0], self.population.variable_source(name, stmt.iter, held, frame)))
            mapped = stmt.iter.args[1].value if (isinstance(stmt.iter, cst.Call) and isinstance(stmt.iter.func, cst.Name) and stmt.iter.func.value == "map"
                                                 and "map" not in frame.env and len(stmt.iter.args) == 2) else None
            over = self.expr.eval(mapped, frame) if isinstance(mapped, cst.Name) and mapped.value in frame.env else None
            if over is not None and over.client is not None and over.client.kind == "file" and not source.bulk:
                # for rec in map(json.loads, fh): each line of the file, converted (NDJSON): many people's records
                written = self.population.written_here(over)
                element = replace(element, bulk=element.bulk | (written.bulk if written is not None else frozenset(
                    {self.population.source(mapped, "lines of " + describe(mapped))})))
            if source.client is not None and source.client.kind == "file":
                # for line in fh: the records of a file read line by line (CSV, NDJSON); for n, line in
                # enumerate(fh): the line, not the counter
                read = stmt.iter.args[0].value if source.counted and isinstance(stmt.iter, cst.Call) and stmt.iter.args else stmt.iter
                written = self.population.written_here(source)
                # for line in fh of a file this module wrote: the records written (chosen or not)
                lines_bulk = written.bulk if written is not None else frozenset({self.population.source(stmt.iter, "lines of " + describe(read))})
                element = replace(element, bulk=element.bulk | lines_bulk)
                if source.counted and element.elements is not None and len(element.elements) == 2:
                    line = element.elements[1]
                    element = replace(element, elements=(element.elements[0], replace(line, bulk=line.bulk | lines_bulk)))
        forever = isinstance(stmt, cst.While) and _always_true(stmt.test)
        # for entry in out, with out a literal list of known elements: the body runs at least once, so
        # what it removes is gone after the loop (the state before it does not flow past)
        runs = isinstance(stmt, cst.For) and bool(source.elements) and not source.bulk
        ends: list[dict[str, Val]] = []
        enclosing = set(frame.iteration_bound)
        enclosing_keys = dict(frame.iteration_keys)
        for _ in range(MAX_LOOP_ROUNDS):
            frame.restore(head)
            frame.iteration_bound = set(enclosing)  # what an outer loop's iteration bound counts as bound here too
            frame.iteration_keys = {name: set(keys) for name, keys in enclosing_keys.items()}
            if isinstance(stmt, cst.For):
                self.bind(stmt.target, element, frame, stmt)
                _element_of_list(stmt.target, stmt.iter, frame)  # for entry in out: entry["ssn"] = ... changes out
            else:
                self.expr.eval(stmt.test, frame)
            self.run_block(stmt.body, frame)
            ends = [s for s in (frame.state(), *frame.continues) if s is not None]
            frame.continues = []
            new_head = _join_envs(*([head] if head is not None else []), *ends) if (head is not None or ends) else None
            if new_head == head:
                break
            head = new_head
        else:
            self.m.cut = True
        if runs and ends:
            return _join_envs(*ends)
        iterated = stmt.iter.value if isinstance(stmt, cst.For) and isinstance(stmt.iter, cst.Name) else None
        if iterated is not None and head is not None and ends and iterated in head and all(iterated in e for e in ends) \
                and source.placements and not leaves_loop(stmt.body, continues=False) and iterated not in rebound_names(stmt):  # type: ignore[arg-type]
            # for r in rows: r.pop("ssn") -- a list that the loop does not run over is empty: what it holds after
            # the loop is what every element became (not what it held before, with nothing removed)
            head = {**head, iterated: _join_envs(*ends)[iterated]}
        return None if forever else head

    def sets_app_state(self, key: str) -> bool:
        """The module assigns ``app.state.<name>`` (``key``) somewhere (its body or a function)."""
        memo: dict[str, bool] = self.__dict__.setdefault("_sets_app_state", {})
        if key not in memo:
            memo[key] = any(isinstance(t.target, cst.Attribute) and app_state_key(t.target) == key
                            for a in self.functions.flat.walk(self.m.module) if isinstance(a, cst.Assign) for t in a.targets)
        return memo[key]

    def fill_app_state(self, key: str, imported: bool = False) -> None:
        """The module's functions that set ``app.state.<name>`` (``key``), run on their own once, so that a
        getter of this module read by another module (``get_dhs_client(request)`` returning
        ``request.app.state.dhs_client``, set in the lifespan) finds the client: a module the analysis
        only imports does not run its functions on their own. Does nothing for the linted module, whose
        functions all run (and again while they change module state)."""
        filled: set[str] = self.__dict__.setdefault("_app_state_filled", set())
        if key in filled or (self.m.host is None and not imported):
            return
        filled.add(key)
        for fn in self.index.functions.values():
            if fn not in self._stack and any(isinstance(t.target, cst.Attribute) and app_state_key(t.target) == key
                                             for a in self.functions.flat.walk(fn) if isinstance(a, cst.Assign) for t in a.targets):
                self.functions.call_function(fn, None, None, None)
                self.m.restore_files()

    def _pairs_by_position(self, target: cst.BaseAssignTargetExpression, iterated: cst.BaseExpression, frame: Frame) -> tuple[Val, ...] | None:
        """What each name of a tuple target takes from a loop over ``zip(a, b)`` (an element of ``a``, an
        element of ``b``) or over a comprehension of tuples (``[(m.cin, m.ssn) for m in chosen]``: the
        comprehension of each position in turn); None for other loops."""
        if not isinstance(target, (cst.Tuple, cst.List)) or any(isinstance(e, cst.StarredElement) for e in target.elements):
            return None
        width = len(target.elements)
        if isinstance(iterated, cst.Call) and isinstance(iterated.func, cst.Name) and iterated.func.value == "enumerate" and "enumerate" not in frame.env \
                and width == 2 and len(iterated.args) == 1 and not iterated.args[0].star and iterated.args[0].keyword is None:
            # for i, (cin, ssn) in enumerate((m.cin, m.ssn) for m in chosen): a counter, and each position as above
            inner = self._pairs_by_position(target.elements[1].value, iterated.args[0].value, frame)
            if inner is None:
                return None
            held = self.element_of(self.expr.eval(iterated.args[0].value, frame))
            return (const_val(), replace(held, elements=inner))
        if isinstance(iterated, cst.Call) and isinstance(iterated.func, cst.Name) and iterated.func.value == "zip" and "zip" not in frame.env \
                and len(iterated.args) == width and not any(a.star or a.keyword for a in iterated.args):
            parts: list[Val] = []
            for element, a in zip(target.elements, iterated.args, strict=True):
                # for cin, (addr, race) in zip(cins, pairs): a position that is itself unpacked, by its own positions
                inner = self._pairs_by_position(element.value, a.value, frame) if isinstance(element.value, (cst.Tuple, cst.List)) else None
                held = self.element_of(self.expr.eval(a.value, frame))
                parts.append(replace(held, elements=inner) if inner is not None else held)
            return tuple(parts)
        if isinstance(iterated, cst.Name) and iterated.value in frame.env:
            # pairs = [(c.cin, c.ssn) for c in chosen]; for cin, ssn in pairs: the comprehension that made the list
            made = self._tuples_bound_to(iterated.value)
            if made is not None and not frame.env[iterated.value].bulk - self.expr.eval(made.for_in.iter, frame).bulk:
                iterated = made
        if not isinstance(iterated, (cst.ListComp, cst.GeneratorExp, cst.SetComp)) or not isinstance(iterated.elt, cst.Tuple) \
                or len(iterated.elt.elements) != width or any(isinstance(e, cst.StarredElement) for e in iterated.elt.elements):
            return None
        columns: list[Val] = []
        for i, element in enumerate(iterated.elt.elements):
            column = self._columns_of.get((id(iterated), i))
            if column is None:
                column = self._columns_of[(id(iterated), i)] = iterated.with_changes(elt=element.value)
                self.m.alias_position(column, iterated)
            columns.append(self.element_of(self.expr.eval(column, frame)))
        return tuple(columns)

    def _tuples_bound_to(self, name: str) -> cst.ListComp | cst.GeneratorExp | cst.SetComp | None:
        """The comprehension of tuples the running function binds ``name`` to, when it binds it once and
        to nothing else (``pairs = [(c.cin, c.ssn) for c in chosen]``); None otherwise."""
        running = self._stack[-1] if self._stack else None
        if not isinstance(running, cst.FunctionDef):
            return None
        bound = [node for node in self.functions.flat.walk(running.body) if isinstance(node, (cst.Assign, cst.AnnAssign, cst.AugAssign, cst.For, cst.With, cst.NamedExpr))
                 and name in {n.value for n in names_in(getattr(node, "target", None) or cst.Name("_"))} | (
                     {n.value for t in node.targets for n in names_in(t.target)} if isinstance(node, cst.Assign) else set())]
        if len(bound) != 1 or not isinstance(bound[0], cst.Assign) or len(bound[0].targets) != 1:
            return None
        if any((isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value == name and node.attr.value in _GROWERS)
               or (isinstance(node, cst.Subscript) and isinstance(node.value, cst.Name) and node.value.value == name)
               for node in self.functions.flat.walk(running.body)):
            return None  # pairs.append((extra.cin, extra.ssn)), pairs[0] = ...: more than the comprehension made
        value = bound[0].value
        return value if isinstance(value, (cst.ListComp, cst.GeneratorExp, cst.SetComp)) and isinstance(value.elt, cst.Tuple) else None

    def _function_table(self, iterated: cst.BaseExpression, frame: Frame) -> list[Val] | None:
        """``SENDERS.values()`` / ``SENDERS.items()`` of a module constant dict whose every value names a
        function of the project (``{"ice": send_ice}``) or makes an object (``{"ice": IceClient()}``):
        each function or object as a value (with its key for ``items()``); None for anything else."""
        steps = self._function_list(iterated, frame)
        if steps is not None:
            return steps
        while isinstance(iterated, cst.Call) and isinstance(iterated.func, cst.Name) and iterated.func.value in ("sorted", "list", "tuple", "reversed") \
                and iterated.func.value not in frame.env and len(iterated.args) >= 1 and iterated.args[0].keyword is None and not iterated.args[0].star:
            iterated = iterated.args[0].value  # sorted(ADAPTERS.items()), list(ADAPTERS.values()): the same entries
        if not (isinstance(iterated, cst.Call) and not iterated.args and isinstance(iterated.func, cst.Attribute)
                and iterated.func.attr.value in ("values", "items")):
            return None
        found = self._dispatch_table(iterated.func.value, frame)
        if found is None or not found[1].elements or len(found[1].elements) > MAX_UNROLL:
            return None
        owner, literal = found
        out = []
        for element in literal.elements:
            if not isinstance(element, cst.DictElement):
                return None
            if isinstance(element.value, cst.Call):
                made = self.calls.table_object(owner, element.value)  # CLIENTS = {"ice": IceClient()}: each client
                if made is None:
                    return None
                value = made
            else:
                ref = self.calls.table_function(owner, element.value) if isinstance(element.value, (cst.Name, cst.Attribute)) else None
                named = self.calls.classes_named(owner, [element.value]) if ref is None else None
                if ref is None and named is None:
                    return None
                # (ADAPTERS = {"ice": IceAdapter} with the classes imported into the table's module: each class)
                value = Val(const=True, function=ref) if ref is not None else named  # type: ignore[assignment]
            key = self.expr.eval(element.key, frame)
            out.append(Val(const=True, elements=(key, value)) if iterated.func.attr.value == "items" else value)
        return out

    def _dispatch_table(self, node: cst.BaseExpression, frame: Frame, depth: int = 0) -> "tuple[ModuleAnalysis, cst.Dict] | None":
        """The dict literal a dispatch table names, with the module it is written in: a module constant (of this
        module or imported), or a class attribute of the running class or of a class of the module
        (``self.TRANSFORMS``, ``Publisher.TRANSFORMS``)."""
        if isinstance(node, cst.Name):
            return self.calls.table_literal(node.value, frame)
        if not (isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name)):
            return None
        held = node.value.value
        if held not in frame.env and held not in ("self", "cls") and (held in self.index.imports or held in frame.imports):
            # registry.ADAPTERS of an imported module of the project: that module's table
            found = self.links.foreign(dotted(node) or "", frame.imports or None)
            written = found[0].index.constants.get(found[1]) if found is not None and found[1] not in found[0].index.grown else None
            return (found[0], written) if found is not None and isinstance(written, cst.Dict) else None
        klass = frame.cls if held in ("self", "cls") else self.index.classes.get(held) if held not in frame.env else None
        runtime = frame.env.get(held) if held in ("self", "cls") else None
        if runtime is not None and runtime.model is not None and runtime.model in self.index.classes:
            klass = self.index.classes[runtime.model]  # NightlyPublisher().publish(m): the subclass's own TRANSFORMS
        literal = self.calls._class_constant_node(klass, node.attr.value) if klass is not None else None
        if isinstance(literal, cst.Name):
            return self.calls.table_literal(literal.value, Frame(env={}, imports=frame.imports))  # adapters = ADAPTERS in the class body
        if isinstance(literal, cst.Dict) and any(isinstance(e, cst.StarredDictElement) for e in literal.elements) and depth < 4:
            # TRANSFORMS = {**IceExporter.TRANSFORMS, "race": _race} in a subclass: the base's entries, then its own
            elements: list[cst.BaseDictElement] = []
            for element in literal.elements:
                inner = self._dispatch_table(element.value, frame, depth + 1) if isinstance(element, cst.StarredDictElement) else None
                if isinstance(element, cst.StarredDictElement) and (inner is None or inner[0] is not self.m):
                    return None
                elements.extend(inner[1].elements if inner is not None else [element])
            literal = literal.with_changes(elements=elements)
        return (self.m, literal) if isinstance(literal, cst.Dict) else None

    def _table_keys(self, iterated: cst.BaseExpression, frame: Frame) -> list[Val] | None:
        """The keys of a dispatch table that a loop runs over (``for topic in TRANSFORMS``, ``.keys()``,
        ``list(...)``, ``sorted(...)``), a module constant dict of at most ``MAX_UNROLL`` entries whose every
        key is a constant (a string, a constant's name, an Enum's member), each key in its turn, so that
        ``TRANSFORMS[topic]`` in the body reads the one entry; None for anything else (a dict of constants only
        is folded as a constant already, and the loop is not asked)."""
        while isinstance(iterated, cst.Call) and len(iterated.args) == 1 and isinstance(iterated.func, cst.Name) \
                and iterated.func.value in ("list", "sorted", "tuple") and iterated.func.value not in frame.env:
            iterated = iterated.args[0].value
        if isinstance(iterated, cst.Call) and not iterated.args and isinstance(iterated.func, cst.Attribute) and iterated.func.attr.value == "keys":
            iterated = iterated.func.value
        found = self._dispatch_table(iterated, frame)
        # (a loop over a table inside other such loops: key by key while the runs they make together stay few)
        if found is None or not found[1].elements or len(found[1].elements) * self._keyed_runs > MAX_UNROLL:
            return None
        owner, literal = found
        # (a key a registry was filled with by an imported constant's name, @route(ICE_TOPIC): its value there;
        # an Enum's member, @route(Topic.ICE), stays that member)
        keys = [owner.expr.eval(e.key, Frame(env={})) for e in literal.elements if isinstance(e, cst.DictElement)]
        # (constants: nothing of another module's data to translate)
        return keys if len(keys) == len(literal.elements) and all(const_text(k) is not None for k in keys) else None

    def _function_list(self, iterated: cst.BaseExpression, frame: Frame) -> list[Val] | None:
        """``for step in STEPS`` (or ``in [to_state, to_ice]``) over a list or tuple, literal or a module
        constant of this module or imported, whose every element names a function of the project: each
        function as a value, in order; None for anything else."""
        owner: "ModuleAnalysis" = self.m
        literal: cst.BaseExpression | None = iterated
        if isinstance(iterated, cst.Name):
            if iterated.value in frame.env or iterated.value in self.index.grown:
                return None
            literal = self.index.constants.get(iterated.value)
            if literal is None and (iterated.value in self.index.imports or iterated.value in frame.imports):
                found = self.links.foreign(iterated.value, frame.imports or None)
                if found is not None and found[1] not in found[0].index.grown:
                    owner, literal = found[0], found[0].index.constants.get(found[1])
        if not isinstance(literal, (cst.List, cst.Tuple)) or not literal.elements or len(literal.elements) > MAX_UNROLL:
            return None
        out: list[Val] = []
        for element in literal.elements:
            if isinstance(element, cst.StarredElement) or not isinstance(element.value, (cst.Name, cst.Attribute)):
                return None
            if owner is self.m and isinstance(element.value, cst.Name) and element.value.value in frame.env and literal is iterated:
                held = frame.env[element.value.value]  # for step in [clean, send]: a function value held here
                ref = held.function
            else:
                ref = self.calls.table_function(owner, element.value)
            if ref is None:
                return None
            out.append(Val(const=True, function=ref))
        return out

    def _extend_in_place(self, small: cst.AugAssign, frame: Frame) -> None:
        """``target += [...]`` on a list: run as ``target.extend([...])`` (the list grows in place)."""
        attribute = self.m.stand_in(cst.Attribute(value=small.target, attr=cst.Name("extend")), small.target)  # type: ignore[arg-type]
        call = self.m.stand_in(cst.Call(func=attribute, args=[cst.Arg(value=small.value)]), small)  # type: ignore[arg-type]
        self.expr.eval(call, frame)  # type: ignore[arg-type]

    def _unrolled(self, stmt: cst.For, frame: Frame, head: dict[str, Val] | None, elements: list[Val]) -> dict[str, Val] | None:
        """The loop run once per known element, in order (each run from the state the previous left);
        the state after the last one (None: none goes on)."""
        state = head
        outer = frame.unrolled
        self.m.unrolling += 1
        try:
            return self._each_element(stmt, frame, state, outer, elements)
        finally:
            self.m.unrolling -= 1

    def _each_element(self, stmt: cst.For, frame: Frame, state: dict[str, Val] | None, outer: frozenset[str],
                      elements: list[Val]) -> dict[str, Val] | None:
        """``_unrolled``'s runs."""
        for element in elements:
            frame.restore(state)
            self.bind(stmt.target, element, frame, stmt)
            # for nm in pt["name"] of pt = {"name": [{"family": ""}]}: what is put into nm is put into pt's list
            _element_of_list(stmt.target, stmt.iter, frame)
            # each name bound to a constant here decides a test on it (if dst in ALLOWED:) as Python would
            frame.unrolled = outer | {n.value for n in names_in(stmt.target) if (frame.env.get(n.value) or OPAQUE).const}
            try:
                self.run_block(stmt.body, frame)
            finally:
                frame.unrolled = outer
            live = [s for s in (frame.state(), *frame.continues) if s is not None]
            frame.continues = []
            state = _join_envs(*live) if live else None
            if state is None:
                break
        return state

    def run_try(self, stmt: cst.Try, frame: Frame) -> None:
        """try/except/else/finally: a handler starts from the state at any point of the body (a ``raise``
        nested in the body's branches included); ``finally`` runs on every way out (a ``return``,
        ``continue`` or ``break`` inside the body too)."""
        points = [frame.state()]
        raises_at, exits_at, continues_at, breaks_at = len(frame.raises), len(frame.exits), len(frame.continues), len(frame.breaks)
        frame.tries += 1
        # (a body of key deletions only raises the missing key's KeyError, whatever the handlers name)
        missing_keys_only = bool(stmt.handlers) and (all(_catches_missing_keys(h) for h in stmt.handlers)
                                                     or all(self._deletion_units(s) is not None for s in block_statements(stmt.body)))
        deleted_last = False
        try:
            for inner in block_statements(stmt.body):
                if frame.dead:
                    break
                units = self._deletion_units(inner) if missing_keys_only else None
                if units is not None:
                    # try: del body["ssn"] / except KeyError: pass -- the KeyError says the key was not there: the
                    # handler sees the state without it, as the way past the deletion does (the state before the first
                    # deletion of a run is no handler's; after each deletion it is: the one whose KeyError left the
                    # next key in). del a["x"], a["y"] and a.pop("x"); a.pop("y") are deletions one after another.
                    for unit in units:
                        self.run_small(unit, frame)
                        if deleted_last:
                            points.append(frame.state())
                        else:
                            points[-1] = frame.state()
                            deleted_last = True
                    continue
                deleted_last = False
                guard = self._raising_guard(inner, stmt, frame)
                self.run_stmt(inner, frame)
                if guard is not None and not frame.dead:
                    # try: check_referrable(m) / except NotReferrable: continue -- a status test that raises,
                    # whose exception skips the record: what goes on past it was chosen by status
                    frame.restore(self.population.strip_env(frame.state(), guard, inner, frame))
                points.append(frame.state())
        finally:
            frame.tries -= 1
        points += frame.raises[raises_at:]
        if stmt.handlers:
            del frame.raises[raises_at:]  # caught here (or by none of the handlers: kept no further)
        after_body = frame.state()
        live_points = [p for p in points if p is not None]
        handler_entry = _join_envs(*live_points) if live_points else None
        states = []
        for handler in stmt.handlers:
            frame.restore(handler_entry)
            if handler.name is not None:
                # (except requests.HTTPError as exc: exc.response is the answer of the failed call, not a record)
                self.bind(handler.name.name, OPAQUE.with_labels({CAUGHT_MARK}), frame, handler)
            self.run_block(handler.body, frame)
            states.append(frame.state())
        frame.restore(after_body)
        if stmt.orelse is not None and not frame.dead:
            self.run_block(stmt.orelse.body, frame)
        self.join_states(frame, [frame.state(), *states])
        left = [*frame.exits[exits_at:], *frame.continues[continues_at:], *frame.breaks[breaks_at:]]
        if stmt.finalbody is not None and left:
            # try: if m.bad: body["race"] = m.race; return / finally: post(body) -- finally runs on the way out
            going_on = frame.state()
            frame.restore(_join_envs(*left))
            self.run_block(stmt.finalbody.body, frame)
            frame.restore(going_on)
        if stmt.finalbody is not None:
            if frame.dead:
                frame.restore(handler_entry)  # finally runs on the way out of a return or raise too
                self.run_block(stmt.finalbody.body, frame)
                frame.restore(None)
            else:
                normal = frame.state()
                if handler_entry is not None and handler_entry != normal:
                    # an exception from the middle of the body runs finally with that state, then goes on
                    # up: what finally sends then is sent, and nothing flows past the statement that way
                    frame.restore(handler_entry)
                    self.run_block(stmt.finalbody.body, frame)
                    frame.restore(normal)
                self.run_block(stmt.finalbody.body, frame)

    def _raising_guard(self, inner: cst.CSTNode, stmt: cst.Try, frame: Frame) -> "frozenset[Bulk] | None":
        """The bulk sources a call statement of a ``try`` body chooses among, when it calls a function
        that tests status and raises: the rest of the body runs only for the records it let through.
        A handler starts from the state before it too, so past the ``try`` the records come back
        unless every handler leaves the path (``continue``, ``return``, ``raise``, ``break``)."""
        looked_up = self._lookup_by_status(inner, stmt, frame)
        if looked_up is not None:
            return looked_up
        if not (isinstance(inner, cst.SimpleStatementLine) and len(inner.body) == 1 and isinstance(inner.body[0], cst.Expr)
                and isinstance(inner.body[0].value, cst.Call)):
            return None
        return self._raising_call(inner, frame)

    def _lookup_by_status(self, inner: cst.CSTNode, stmt: cst.Try, frame: Frame) -> "frozenset[Bulk] | None":
        """``code = ERO_CODES[m.imgrtn_stus_cd]`` in a ``try`` whose handler catches the ``KeyError``: the
        lookup raises for every status the mapping lacks, so what goes on past it was chosen by status
        (as ``ERO_CODES.get(...)`` and ``if code is None: continue`` choose)."""
        if not isinstance(inner, cst.SimpleStatementLine) or not any(_catches_missing_keys(h) for h in stmt.handlers):
            return None
        for node in walk(inner):
            if not (isinstance(node, cst.Subscript) and len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index)
                    and isinstance(node.value, cst.Name)):
                continue
            table = node.value.value
            held = frame.env.get(table)
            mapping = isinstance(self.index.constants.get(table), cst.Dict) if held is None else (held.const and held.text is None) or held.attrs is not None
            key = node.slice[0].slice.value
            if not mapping or isinstance(key, cst.SimpleString):
                continue
            _, read = self.eval_reading(key, frame)
            tested = self.population.status_test(key, read, frame)
            if tested is not None:
                return tested
        return None

    def _raising_call(self, inner: cst.CSTNode, frame: Frame) -> "frozenset[Bulk] | None":
        """A call statement of a function of the module or the project that raises and tests status
        (``require_scope(m)``, ``checks.require_scope(m)``): the bulk sources it chooses among; None
        otherwise (only such a function can skip the record this way)."""
        if not (isinstance(inner, cst.SimpleStatementLine) and len(inner.body) == 1 and isinstance(inner.body[0], cst.Expr)
                and isinstance(inner.body[0].value, cst.Call)):
            return None
        call = inner.body[0].value
        name = dotted(call.func)
        if name is None or name.partition(".")[0] in frame.env:
            return None
        fn = self.index.functions.get(name)
        owner = self.m
        head = name.partition(".")[0]
        if fn is None and (head in self.index.imports or head in frame.imports):
            found = self.links.foreign(name, frame.imports or None)
            fn = found[0].index.functions.get(found[1]) if found is not None else None
            owner = found[0] if found is not None else owner
        if fn is None or not _raises(fn) or not self._raises_on_status(owner, fn):
            return None
        return self.population.status_test(call, frozenset(), frame)

    @staticmethod
    def _raises_on_status(owner: "ModuleAnalysis", fn: cst.FunctionDef) -> bool:
        """``fn`` raises inside an ``if`` whose test tests status (``if m.imgrtn_stus_cd not in SCOPE:
        raise OutOfScope``): the raise decides on status, not on a missing field a status is logged beside."""
        for node in walk(fn.body, prune=lambda n: isinstance(n, (cst.FunctionDef, cst.ClassDef, cst.Lambda))):
            if isinstance(node, cst.If) and any(isinstance(n, cst.Raise) for n in walk(node.body)) \
                    and owner.population.tests_status(node.test, Frame(env={})):
                return True
        return False

    def iterated(self, source: Val, is_async: bool = False, node: cst.BaseExpression | None = None) -> Val:
        """What a ``for`` over ``source`` goes through: an instance of a class of this module with
        ``__iter__`` (``__aiter__`` for ``async for``) yields what that method yields (a generator: only
        that, so that a status test inside it chooses the records), or what its ``__next__`` returns.
        Of a class of another module of the project (at ``node``), what its ``__iter__`` returns."""
        cls = self.index.classes.get(source.model) if source.model is not None and not source.placements else None
        method = cls.methods.get("__aiter__" if is_async else "__iter__") if cls is not None else None
        if cls is None and source.model is not None and not source.placements and isinstance(node, (cst.Call, cst.Name, cst.Attribute)):
            other = self.links.class_of(source.model)
            found = other[0].links.find_method(other[1], "__aiter__" if is_async else "__iter__") if other is not None and other[0] is not self.m else None
            if found is not None:
                made = self.calls.call_method_of(found, [], source, node)  # type: ignore[arg-type]  # (a Name: batch = Batch(rows))
                return made if made.bulk or not made.opaque else source
        if cls is None or method is None:
            return source
        made = self.functions.call_function(method, cls, [], source)
        returns = [n for n in walk(method.body) if isinstance(n, cst.Return) and n.value is not None]
        if any(isinstance(n, cst.Yield) for n in walk(method.body)) or (
                returns and not any(isinstance(r.value, cst.Name) and r.value.value == "self" for r in returns)):
            # def __iter__(self): for m in self.members: if ...: yield m -- or return self._gen(), return
            # iter(self.chosen): what it yields or returns, not the object's own records
            return made
        out = join(source, made)
        following = cls.methods.get("__next__")
        if following is not None:
            # __iter__ returns self and __next__ hands out each element: what it returns
            out = join(out, self.functions.call_function(following, cls, [], source))
        return out

    def _unseen_call(self, node: cst.BaseExpression, frame: Frame) -> cst.Call | None:
        """The call a loop goes over (also inside ``enumerate``, ``sorted``, ``list``, ``reversed``, ``await``), when
        it is one the analysis cannot see: not a function or method of the project (what it returns is known,
        chosen or not), and given nothing that names a status (``get_members(immigration_status__in=...)``)."""
        while True:
            wrapper = dotted(node.func) if isinstance(node, cst.Call) else None
            at = _ITERATION_WRAPPERS.get(wrapper or "")
            if isinstance(node, cst.Await):
                node = node.expression
            elif isinstance(node, cst.Call) and at is not None and (wrapper or "").split(".", 1)[0] not in frame.env and len(node.args) > at \
                    and not node.args[at].star and node.args[at].keyword is None:
                node = node.args[at].value
            else:
                break
        if not isinstance(node, cst.Call):
            return None
        func = node.func
        if isinstance(func, cst.Name) and func.value in frame.env:
            return None
        if isinstance(func, cst.Name) and func.value in self.index.functions:
            fn = self.index.functions[func.value]
            return None if self.population._chooses_by_status(fn) or any(isinstance(n, cst.Yield) for n in walk(fn.body)) else node
        written = dotted(func)
        found = self.links.foreign(written, frame.imports or None) if written is not None else None
        if found is not None:
            # a function of another module of the project: its own status test chooses, when it has one
            other_fn = found[0].index.functions.get(found[1])
            return None if other_fn is None or found[0].population._chooses_by_status(other_fn) else node
        if isinstance(func, cst.Attribute):
            receiver = self.expr.eval(func.value, frame) if not isinstance(func.value, cst.Call) else OPAQUE
            if receiver.model is not None:
                return None  # a method of an object of the project's classes (what it returns is seen)
        owner = root_name(func) if isinstance(func, cst.Attribute) else None
        if self.population._one_person(node) or (owner is not None and self.population.is_person_noun(owner)
                                                 and (name_words(owner) or [""])[-1] not in self.population.data.object_nouns):
            return None  # get_household_members(case_id), member.household_members(): the people of one the caller chose
        mentioned = [a.keyword.value for a in node.args if a.keyword is not None] + [
            t for a in node.args if isinstance(a.value, cst.SimpleString) for t in [string_value(a.value)] if isinstance(t, str)]
        if any(self.population.is_status_name(word) and not self.population._someone_elses_status(word)
               for text in mentioned for word in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text)):
            return None  # load_members(immigration_status="UNLAWFUL"), not spouse_immigration_status=...
        return node

    def enum_values(self, name: str) -> tuple[str, ...] | None:
        """The values of the members of ``name``, an Enum class of this module whose members are all
        string literals (``class PermittedField(str, Enum): DOB = "date_of_birth"``), or imported by name
        from another module of the project; None otherwise."""
        cls = self.index.enum_class(name)
        if cls is None and name in self.index.imports:
            found = self.links.foreign(name)
            return found[0].statements.enum_values(found[1]) if found is not None and found[0] is not self.m and "." not in found[1] else None
        if cls is None or not cls.constants:
            return None
        # FEDERAL = ICE_URL: a member whose value is a constant of the module (folded there); ICE = auto() of a StrEnum:
        # the member's name in lower case
        lowered = any((self.index.qualify(base) or base).rsplit(".", 1)[-1] == "StrEnum" for base in cls.bases)
        values: list[str | None] = []
        for member, v in cls.constants.items():
            auto = isinstance(v, cst.Call) and (self.index.qualify(dotted(v.func) or "") or dotted(v.func)) in ("enum.auto", "auto") and not v.args
            if isinstance(v, cst.SimpleString):
                values.append(string_value(v))  # type: ignore[arg-type]
            elif auto and lowered:
                values.append(member.lower())
            elif auto or isinstance(v, cst.Integer):
                # ICE = auto() of a plain Enum: 1, 2, ... (one more than the member before); ICE = 1: that number, as text
                # (what tells the members apart; round 399a)
                last = values[-1] if values else "0"
                values.append(str(int(last) + 1) if auto and last is not None and last.isdigit() else v.value if isinstance(v, cst.Integer) else None)
            else:
                values.append(self._constant_text(v))
        return tuple(v for v in values if isinstance(v, str)) if all(isinstance(v, str) for v in values) else None

    def _constant_text(self, node: cst.BaseExpression) -> str | None:
        """The text a module constant (or a constant expression of them) folds to; None otherwise."""
        if not isinstance(node, (cst.Name, cst.BinaryOperation, cst.FormattedString, cst.Attribute)):
            return None
        folded = self.expr.eval(node, Frame(env={}))
        return folded.text if folded.const and folded.text is not None and HOLE not in folded.text else None

    def enum_members(self, name: str) -> list[Val] | None:
        """The members of ``name``, an Enum class of this module whose members are all string literals,
        each as its constant labelled with the member (``F.CIN``: its ``.value`` and ``.name`` are
        constants); None otherwise."""
        values = self.enum_values(name)
        cls = self.index.enum_class(name)
        if cls is None and values is not None:
            found = self.links.foreign(name)  # from .partners import Route: that module's members, named as here
            cls = found[0].index.enum_class(found[1]) if found is not None else None
        if values is None or cls is None:
            return None
        return [const_val(text=value).with_labels({f"{name}.{member}"}) for member, value in zip(cls.constants, values, strict=True)]

    def _local_entries(self, stmt: cst.For, frame: Frame) -> list[Val] | None:
        """``for k, v in d.items()`` of a local dict whose keys are all known texts (a literal written in the function,
        2 to 8 entries): each pair (key, value) as a tuple value; None otherwise."""
        iterated = stmt.iter
        if not (isinstance(iterated, cst.Call) and not iterated.args and isinstance(iterated.func, cst.Attribute) and iterated.func.attr.value == "items"
                and isinstance(iterated.func.value, cst.Name) and isinstance(stmt.target, (cst.Tuple, cst.List)) and len(stmt.target.elements) == 2):
            return None
        name = iterated.func.value.value
        held = frame.env.get(name)
        running = self._stack[-1] if self._stack else None
        bound = self.functions._assignments(running).get(name, []) if isinstance(running, cst.FunctionDef) else []
        literal = bound[0] if len(bound) == 1 else None
        if not isinstance(running, cst.FunctionDef) or not self._only_read_by_items(running, name, stmt):
            return None  # (changed through a helper, an alias, setdefault, or through the loop's own value: review 55f)
        if held is None or held.bulk or not isinstance(literal, cst.Dict) or self.expr._grown_locally(name) \
                or not 2 <= len(literal.elements) <= 8 or not all(isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString)
                                                                   and isinstance(e.value, (cst.Dict, cst.List, cst.Tuple)) for e in literal.elements):
            return None  # (a record's own entries, {"ssn": m.ssn, ...}.items(), stay where they were placed)
        keys = [string_value(e.key) for e in literal.elements if isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString)]
        if not all(isinstance(k, str) for k in keys) or len(set(keys)) != len(keys):
            return None
        return [Val(const=True, elements=(const_val(text=key), self.expr.read_key(held, key))) for key in keys if isinstance(key, str)]

    def _only_read_by_items(self, fn: cst.FunctionDef, name: str, loop: cst.For) -> bool:
        """Every use of ``name`` in ``fn`` is its one plain binding (``name = {...}``), ``name.items()`` of ``loop`` or a
        read of an entry (``name["ice"]``), and the loop stores nothing into its value (``v["race"] = ...``,
        ``v.update(...)``)."""
        if len(bindings_of(fn.body, name)) != 1:
            return False
        allowed: set[int] = set()
        for node in walk(fn.body):
            if isinstance(node, cst.Assign) and len(node.targets) == 1 and isinstance(node.targets[0].target, cst.Name) and node.targets[0].target.value == name:
                allowed.add(id(node.targets[0].target))
            elif isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value == name and node.attr.value in ("items", "get", "keys"):
                allowed.add(id(node.value))
            elif isinstance(node, cst.Subscript) and isinstance(node.value, cst.Name) and node.value.value == name:
                allowed.add(id(node.value))
        stores = {id(t.target.value) for n in walk(fn.body) if isinstance(n, cst.Assign) for t in n.targets
                  if isinstance(t.target, cst.Subscript) and isinstance(t.target.value, cst.Name)}
        if any(isinstance(n, cst.Name) and n.value == name and (id(n) not in allowed or id(n) in stores) for n in walk(fn.body)):
            return False
        loops = [n for n in walk(fn.body) if isinstance(n, cst.For) and isinstance(n.iter, cst.Call) and isinstance(n.iter.func, cst.Attribute)
                 and isinstance(n.iter.func.value, cst.Name) and n.iter.func.value.value == name]
        for each in loops:  # (every loop over its items: a first one writing into the values, a second one sending them)
            target = each.target.elements[1].value if isinstance(each.target, (cst.Tuple, cst.List)) and len(each.target.elements) == 2 else None
            if not isinstance(target, cst.Name):
                return False
            for n in walk(each.body):
                if isinstance(n, (cst.Assign, cst.AugAssign)) and any(
                        isinstance(t, cst.Subscript) and isinstance(t.value, cst.Name) and t.value.value == target.value
                        for t in ([x.target for x in n.targets] if isinstance(n, cst.Assign) else [n.target])):
                    return False
                if isinstance(n, cst.Call) and isinstance(n.func, cst.Attribute) and isinstance(n.func.value, cst.Name) \
                        and n.func.value.value == target.value and n.func.attr.value in CHANGING_METHODS:
                    return False
        return loop in loops

    def _keep_returned_columns(self, value: cst.BaseExpression, frame: Frame) -> None:
        """``return cols`` of a column list the running function filled (``cols = [...]``, ``cols.append("dx_code")`` under a
        flag): each name placed where it was written, kept for a caller that uses the call as a column list
        (``Schema(only=self.columns())``, ``df[cols()]``: each name at its own line; round 487a)."""
        running = self._stack[-1] if self._stack else None
        listed = self.expr.column_list(value, frame) if isinstance(running, cst.FunctionDef) else None
        if listed:
            # (the latest run's: a caller's call just ran it, on its own way)
            self.m.returned_columns[id(running)] = {placed.key or "": placed for placed in listed}

    def _mark_keyed_entry(self, assign: cst.Assign, frame: Frame) -> None:
        """``cfg = PARTNERS[name]`` with ``name`` known (a key of a loop over the table, a run per key): the entry bound,
        marked as one of the table's (``entry_mark``) for a helper it is handed to (round 455a)."""
        value = assign.value
        target = assign.targets[0].target if len(assign.targets) == 1 else None
        on_self = type(target) is cst.Attribute and isinstance(target.value, cst.Name) and target.value.value == "self"  # type: ignore[union-attr]
        if (type(target) is not cst.Name and not on_self) or type(value) is not cst.Subscript:
            return
        table = value.value  # type: ignore[attr-defined]
        # (of PARTNERS = CONFIG["partners"] too, and CONFIG["partners"][name] itself: round 482a)
        found = self._module_table(table.value) if isinstance(table, cst.Name) and table.value not in frame.env else None
        if found is None and isinstance(table, cst.Attribute) and isinstance(table.value, cst.Name) and table.value.value not in frame.env:
            found = self._module_table(cst.ensure_type(dotted(table), str))  # (settings.PARTNERS[partner]; round 500a)
        if found is None and isinstance(table, cst.Subscript) and _literal_subscript(table):
            root = table
            while isinstance(root, cst.Subscript):
                root = root.value
            nested = self.expr.nested_literal(table, frame) if isinstance(root, cst.Name) and root.value not in frame.env else None
            if nested is not None and isinstance(nested[1], cst.Dict):
                found = (nested[0], cst.ensure_type(root, cst.Name).value, nested[1])
                table = root
        if found is None:
            return
        # (self.cfg = PARTNERS[partner] of a constructor given a key written out, or run per key: client.cfg["full"] of the
        # object a caller made reads that entry's flag; round 491a)
        name = cst.ensure_type(target, cst.Attribute).attr.value if on_self else cst.ensure_type(target, cst.Name).value
        held = frame.self_attrs.get(name) if on_self else frame.env.get(name)
        if on_self and not (len(value.slice) == 1 and isinstance(value.slice[0].slice, cst.Index)  # type: ignore[attr-defined]
                            and const_text(as_key(value.slice[0].slice.value, self.expr.eval(value.slice[0].slice.value, frame))) is not None):  # type: ignore[attr-defined]
            return  # (a key not known: the entries joined, not one entry)
        entry_object = on_self and held is not None and held.model is not None and held.attrs is not None  # (PS(url=..., include_race=False))
        if held is None or (not held.const and not entry_object) or (held.items is None and held.attrs is None) \
                or any(label.startswith(TABLE_ENTRY_MARK) for label in held.labels):
            return
        marked = held.with_labels({self.entry_mark(found[0], found[1], dotted(table) or found[1])})
        if on_self:
            frame.self_attrs[name] = marked
        else:
            frame.env[name] = marked

    def _marked_entry(self, iterated: cst.BaseExpression, value: Val, frame: Frame) -> Val:
        """An entry of ``PARTNERS.values()`` (a module constant table of dicts or objects) marked as one of its entries:
        a helper of the module it is handed to reads its flags as the entry holds them (``entry_mark``; round 450a)."""
        while isinstance(iterated, cst.Call) and isinstance(iterated.func, cst.Name) and iterated.func.value in ("list", "tuple", "sorted") \
                and iterated.func.value not in frame.env and iterated.args:
            iterated = iterated.args[0].value  # (list(PARTNERS.values()); round 455a)
        table = iterated.func.value if isinstance(iterated, cst.Call) and isinstance(iterated.func, cst.Attribute) else None
        while isinstance(table, cst.Subscript) and _literal_subscript(table):
            table = table.value  # (CONFIG["partners"].items(): an entry of CONFIG, changed wherever CONFIG is; round 455a)
        name = dotted(table) if isinstance(table, (cst.Name, cst.Attribute)) else None
        if name is None or name.partition(".")[0] in frame.env or (value.items is None and value.attrs is None):
            return value
        if name in self.index.constants:
            return value.with_labels({self.entry_mark(self.m, name, name)})
        found = self._module_table(name)  # (of a table imported from another module of the project; round 484a)
        return value.with_labels({self.entry_mark(found[0], found[1], name)}) if found is not None else value

    def _marked_pair(self, iterated: cst.BaseExpression, pair: Val, frame: Frame) -> Val:
        """A (key, entry) pair of ``PARTNERS.items()``, its entry marked (``_marked_entry``)."""
        if not _items_call(iterated) or pair.elements is None or len(pair.elements) != 2:
            return pair
        return replace(pair, elements=(pair.elements[0], self._marked_entry(iterated, pair.elements[1], frame)))

    def _constant_values(self, node: cst.BaseExpression, frame: Frame) -> list[Val] | None:
        """``ENDPOINTS.values()`` of a constant dict literal: its values in order (None otherwise)."""
        if not (isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value == "values" and not node.args):
            return None
        pairs = self.expr.constant_pairs(node.with_changes(func=node.func.with_changes(attr=cst.Name("items"))), frame)
        if pairs is None or not all(p.elements is not None and len(p.elements) == 2 for p in pairs):
            return None
        return [_named_by_key(p).elements[1] for p in pairs if p.elements is not None]  # type: ignore[index]

    def _indicator_of_status(self, value: cst.IfExp, frame: Frame) -> bool:
        """``"Y" if m.imgrtn_stus_cd in UNLAWFUL else "N"`` (or 1/0, True/False): a yes-or-no flag chosen by a status test."""
        def flag(node: cst.BaseExpression) -> bool:
            return (isinstance(node, cst.Name) and node.value in ("True", "False")) or _indicator(node, self.expr.eval(node, frame))
        asked: set[int] = self.__dict__.setdefault("_indicators_asked", set())
        if id(value) in asked:
            return False  # (a comprehension inside the value binds its own target meanwhile: not this statement's flag)
        asked.add(id(value))
        try:
            return flag(value.body) and flag(value.orelse) and self.population.tests_status(value.test, frame)
        finally:
            asked.discard(id(value))

    def _queryset(self, node: cst.BaseExpression, frame: Frame) -> bool:
        """``node`` makes a Django queryset: a chain through a model's manager (``Member.objects.filter(...)``),
        or a queryset method of a queryset the function holds (``qs.filter(...)`` of a marked ``qs``, or of
        the ``queryset`` an admin action or a view is given)."""
        if not isinstance(node, cst.Call):
            return False
        chain = method_chain(node)
        if "objects" in chain:
            return True
        root = root_name(node)
        held = frame.env.get(root) if root is not None else None
        return bool(chain) and chain[-1] in shipped().population.queryset_methods and root is not None and not isinstance(node.func, cst.Name) \
            and (root == "queryset" or (held is not None and QUERYSET_MARK in held.labels))

    def element_of(self, source: Val) -> Val:
        """What one element of an iterable carries."""
        if source.client is not None and source.client.kind in _RECONNECTING_CLIENTS and not source.placements:
            # async for ws in websockets.connect(URI): each connection, made again after a drop, is that client
            return source
        if source.const and source.elements and all(e.function is not None for e in source.elements):
            # for job in [partial(send, body), ...]: each function value in its turn (any may be the one called)
            functions = tuple(dict.fromkeys(e.function for e in source.elements if e.function is not None))
            return source.elements[0] if len(functions) == 1 else Val(const=True, function=FunctionRef(None, 0, choices=functions))
        if source.const:
            if FIELDS_MARK in source.labels:
                return source  # each field of a record: a field, not a value
            if source.choices and source.items is None and all(destination_like_text(t) for c in source.choices for t in c):
                # urls = [STATE_URL]; if add: urls.append(ICE_URL); for url in urls: -- each URL of either list (round 447a)
                return join(*(const_val(t) for t in dict.fromkeys(t for c in source.choices for t in c)))
            if source.elements and all(e.const and (e.text is not None or e.attrs) and not e.placements for e in source.elements):
                # [post(url, ...) for url in URLS.values()], for u in vals with vals = URLS.values(): each URL in turn, any of
                # them (round 408a); [post(c["url"], ...) for c in PARTNERS.values()]: each entry, any of them (round 436a)
                return join(*source.elements)
            # [m.immigration_status in U for m in members]: each element a status test
            return const_val().with_labels(source.labels & {STATUS_MARK})
        if YIELDED_MARK in source.labels and source.elements and not source.counted:
            # for key, value in pairs(m) with pairs yielding ("medicaid_id", m.cin): each item a tuple
            return join(*source.elements)
        if source.elements is not None and source.elements and not source.counted and not source.bulk:
            # for candidate in (m.medicaid_id, m.ssn): each element as it is, not placed in the tuple
            return join(*source.elements)
        if source.counted and source.elements and not source.bulk and not any(label.startswith(GROUP_KEY) for label in source.labels):
            # for i, (cin, ssn) in enumerate([(m.cin, m.ssn)]): a counter and each element as it is
            inner = join(*source.elements)
            return replace(inner, elements=(const_val(), inner))
        # one element of the records: not the collection a position picks one of (row[0] is a column)
        # (nor the keys rows were grouped under: a record read from a group is no longer the groups)
        labels = frozenset(label for label in source.labels if label not in (QUERYSET_MARK, FETCHED_MARK) and not label.startswith(ROWS_UNDER))
        model = source.model
        if model is None and not source.placements and source.labels:
            model = self.population.queryset_model(source)  # for m in Member.objects.filter(...): each a Member
        # (the numbers a query's rows give by key, COUNT(*) AS n, are each row's: constants)
        numbers = source.attrs if source.attrs and all(held.const for _, held in source.attrs) else None
        # (for hm in m.household: each a member of the household, someone else)
        names = self.vocabulary.members_of(source.names) if source.names and not source.placements else source.names
        element = one_row(Val(placements=source.placements, names=names, labels=labels, model=model, bulk=source.bulk, via=source.via,
                              function=source.function, attrs=numbers))
        if source.alternatives and not source.counted and not source.const:
            # for path in paths: each path appended to the list (a file written here), any of them
            element = replace(element, alternatives=source.alternatives)
        # for i, row in enumerate(rows): the counter carries nothing, the row what the rows carry
        if not source.counted:
            return element
        # for status, group in groupby(rows, key=...): the key is what the key function read of each row
        keyed = frozenset(label[len(GROUP_KEY) : -1] for label in source.labels if label.startswith(GROUP_KEY))
        # (read from the rows: a status test of it chooses them)
        return replace(element, elements=(Val(names=keyed, bulk=source.bulk) if keyed else const_val(), element))

    def embedded(self, small: cst.Assign, names: list[str], frame: Frame) -> None:
        """A container put into another by name stays the same object: ``payload = {"items": items}``,
        ``payload["person"] = person`` (or ``payload["person"] = person = {}``); what is later put into
        ``items`` or ``person``, or deleted from it, is put into or deleted from ``payload`` too."""
        value = small.value
        if isinstance(value, cst.Dict):
            for element in value.elements:
                if isinstance(element, cst.DictElement) and isinstance(element.value, cst.Name) and element.value.value in frame.env:
                    key = const_text(self.expr.eval(element.key, frame))
                    if key is not None:
                        for name in names:
                            if name != element.value.value:
                                frame.aliases[element.value.value] = (name, key)
        inner = value.value if isinstance(value, cst.Name) and value.value in frame.env else None
        subscripts = [t.target for t in small.targets if isinstance(t.target, cst.Subscript)]
        inner = inner or next((n for n in names if frame.env.get(n) is not None), None)
        for target in subscripts:
            if inner is not None and isinstance(target.value, cst.Name) and target.value.value in frame.env and target.value.value != inner:
                key = subscript_key(self.expr, target, frame)
                if key is not None:
                    frame.aliases[inner] = (target.value.value, key)

    def run_small(self, small: cst.BaseSmallStatement, frame: Frame) -> None:
        """Run one small statement."""
        if isinstance(small, cst.Assign):
            # send = lambda: ..., send = partial(requests.post, ...): bound to a name, it runs where it is
            # called (with what was put in or removed since), not where it is made
            outer_bound, self.m.bound_value = self.m.bound_value, small.value
            try:
                val = self.expr.eval(small.value, frame)
            finally:
                self.m.bound_value = outer_bound
            if val.function is None and isinstance(small.value, cst.Name) and small.value.value in self.index.functions \
                    and small.value.value not in frame.env and frame.func_name is not None:
                # f = build_row, then f(m): the function of the module, under another name
                val = replace(val, function=self.calls.function_ref(small.value, val, frame))
            elif val.function is None and isinstance(small.value, (cst.Name, cst.Attribute)) and frame.func_name is not None \
                    and root_name(small.value) in self.index.imports and root_name(small.value) not in frame.env:
                # b = build (from .builders import build), f = gens.url_and_body: a project function of another module
                ref = self.calls.function_ref(small.value, val, frame)
                if ref is not None and ref.qual is not None and ref.qual.startswith("@"):
                    val = replace(val, function=ref)
            if self.calls.has_pragma(small, self.index.not_pragma_lines):
                val = quieted(val)  # client = Client(base_url=settings.ICE_URL)  # medicaid-scope: not-enforcement
            elif QUIET_MARK in val.labels and any(isinstance(t.target, cst.Name) and self.rules.name_is_enforcement(t.target.value, cleared=self.m.cleared)
                                                  for t in small.targets):
                val = replace(val, labels=val.labels - {QUIET_MARK})  # ice_url = dhs_base + "/forward": its own name speaks
            if self._queryset(small.value, frame):
                val = val.with_labels({QUERYSET_MARK})  # qs = Member.objects.filter(...): qs.values() is every column
            elif val.bulk and self.expr.one_of_records(small.value, frame):
                val = val.with_labels({FETCHED_MARK})  # rows = cur.fetchall(), ranked = list(qs): rows[0] is one record
            if STATUS_MARK not in val.labels and self.population.builds_status_lookup(small.value, frame):
                val = val.with_labels({STATUS_MARK})  # q = reduce(operator.or_, (Q(immigration_status=c) for c in CODES))
            if val.const and val.text is None and val.items is None and all(isinstance(t.target, cst.Subscript) for t in small.targets) \
                    and self._names_a_field(small.targets, frame) and self.expr.tests_data(small.value, frame):
                val = Val(labels=val.labels)  # body["hiv_positive"] = m.hiv_test_result == "POS": named by its key
            for target in small.targets:
                if isinstance(target.target, cst.Name):
                    val = self.population.variable_source(target.target.value, small.value, val, frame)  # members = load()
            walked = self._walked_part(small, frame)
            self._value = small.value
            try:
                for target in small.targets:
                    self.bind(target.target, val, frame, target)
            finally:
                self._value = None
            names = [t.target.value for t in small.targets if isinstance(t.target, cst.Name)]
            for name in names:
                frame.self_aliases.pop(name, None)
                frame.client_aliases.pop(name, None)
                frame.object_aliases.pop(name, None)
            headers = client_default(small.value, frame, self.functions.self_attribute, self.expr.module_constant) if len(names) == 1 else None
            if headers is not None:
                # h = session.headers; h["X-Member-SSN"] = m.ssn: the session's headers under another name
                frame.env[names[0]] = carried_by(headers)
                frame.client_aliases[names[0]] = headers[:3]
            on_self = self_part(small.value, self.expr, frame) if len(names) == 1 and len(small.targets) == 1 and frame.cls is not None else None
            if on_self is not None and (not val.const or val.items is not None):  # (an empty container too, not a text)
                # p = self.payload; p["spouse_name"] = ...: the object's container under another name
                held = frame.self_attrs.get(on_self[0]) or self.functions.self_attribute(on_self[0], frame) or OPAQUE
                frame.self_aliases[names[0]] = (*on_self, held.placements)
            lone = small.targets[0].target if len(small.targets) == 1 else None
            if isinstance(lone, cst.Attribute) and isinstance(lone.value, cst.Name) and lone.value.value == "self" and frame.cls is not None:
                on_self = self_part(small.value, self.expr, frame)
                if on_self is not None and on_self[1] and on_self[0] != lone.attr.value and (not val.const or val.items is not None):
                    # self.subject = self.body["subject"]; self.subject["ssn"] = ...: a part of the object's
                    # container under another attribute (written back as a variable alias is)
                    held = frame.self_attrs.get(on_self[0]) or self.functions.self_attribute(on_self[0], frame) or OPAQUE
                    frame.self_aliases["self." + lone.attr.value] = (*on_self, held.placements)
            on_object = object_attribute(small.value, frame) if len(names) == 1 and len(small.targets) == 1 else None
            if on_object is not None and on_object[0] != names[0] and (not val.const or val.items is not None):
                # d = env.data; d["sex"] = m.sex: the object's container under another name
                frame.object_aliases[names[0]] = (*on_object, val.placements)
            if len(names) == 1 and len(small.targets) == 1 and val.model is not None and isinstance(small.value, cst.Call):
                self.kept_arguments(names[0], small.value, val, frame)
            returned = self.returned_attribute(small.value, frame) if len(names) == 1 and len(small.targets) == 1 else None
            if returned is not None and returned[0] != names[0] and (not val.const or val.items is not None) and val.text is None:
                # packet = b.build() whose build() returns self.payload: the object's container under another name
                frame.object_aliases[names[0]] = (*returned, val.placements)
            if len(names) == 1 and len(small.targets) == 1 and val.function is not None and val.function.bound and isinstance(small.value, cst.Call) \
                    and (dotted(small.value.func) or "").rsplit(".", 1)[-1] == "partial":
                # send = partial(requests.post, URL, json=body): body is the bound argument under another name
                rest = [a for a in small.value.args[1:] if not a.star]
                before = len(val.function.bound) - len(rest)
                for k, arg in enumerate(rest):
                    bound_from = frame.env.get(arg.value.value) if isinstance(arg.value, cst.Name) else None
                    if bound_from is not None and before >= 0 and (not bound_from.const or bound_from.items is not None) and bound_from.text is None:
                        frame.object_aliases[arg.value.value] = (names[0], f"{_BOUND}{before + k}", bound_from.placements)  # type: ignore[union-attr]
            part = walked or part_of(small.value, self.expr, frame)
            if part is None and isinstance(small.value, cst.Call):
                part = self.returned_part(small.value, frame)  # sub = subject_of(envelope) returning envelope["subject"]
            if part is None and isinstance(small.value, cst.Name) and small.value.value in frame.env and val.text is None:
                part = (small.value.value, None)  # p2 = payload: one container under two names
            if part is None and len(names) > 1 and len(names) == len(small.targets) and isinstance(small.value, (cst.Dict, cst.List, cst.Call)):
                # payload = body = {}: one container under two names (what goes into body is in payload)
                for name in names[1:]:
                    frame.aliases[name] = (names[0], None)
                frame.aliases.setdefault(names[0], (names[1], None))
            elif part is not None and len(names) == len(small.targets):
                for name in names:
                    frame.aliases[name] = part  # sub = payload["subject"]: the same dict
                    if part[1] is None:
                        frame.aliases.setdefault(part[0], (name, None))
            target = small.targets[0].target if len(small.targets) == 1 else None
            if isinstance(target, cst.Tuple) and isinstance(small.value, cst.Tuple) and len(target.elements) == len(small.value.elements):
                # sub, meta = body["subject"], body["meta"]: each name a part of body, as sub = body["subject"] is
                for element, value in zip(target.elements, small.value.elements, strict=True):
                    if isinstance(element.value, cst.Name) and not isinstance(value, cst.StarredElement):
                        frame.aliases.pop(element.value.value, None)
                        element_part = part_of(value.value, self.expr, frame)
                        if element_part is not None and element_part[1] is not None:
                            frame.aliases[element.value.value] = element_part
            self.embedded(small, names, frame)
            part_of_constant = self.expr.constant_path(small.value, frame) if len(names) == 1 else None
            if part_of_constant is not None:
                frame.constant_parts[names[0]] = part_of_constant  # cfg = ENDPOINTS["partner"]; cfg["url"] later
            if isinstance(small.value, (cst.List, cst.Tuple)):
                for name in names:
                    frame.put_in_list(small.value, name)  # batch = [person]: the same dict, in the list
            elif isinstance(small.value, cst.Dict):
                for element in small.value.elements:
                    if isinstance(element, cst.DictElement) and not (isinstance(element.value, cst.Name) and element.value.value in frame.aliases):
                        for name in names:
                            # bundle = {"entry": [{"resource": patient}]}: the same dict, deeper in the container ({"level":
                            # x0} directly under a key is an alias of that part: ``embedded``)
                            frame.put_in_list(element.value, name)
            listed = frame.env.get(small.value.value.value) if isinstance(small.value, cst.Subscript) and isinstance(small.value.value, cst.Name) else None
            if len(names) == 1 and listed is not None and listed.elements and _int_subscript(cst.ensure_type(small.value, cst.Subscript)):
                # entry = out[0] of a list of known elements: that element of out (of a list filled by a
                # comprehension, out[0] stands for every element: a change to it is not the list's)
                frame.put_in_list(cst.Name(names[0]), cst.ensure_type(small.value.value, cst.Name).value)
        elif isinstance(small, cst.AnnAssign):
            if small.value is not None:
                val = self.expr.eval(small.value, frame)
                self.calls.note_model_input(small.annotation.annotation, val)  # update: EroCaseUpdate = resp.json()
                if not (val.placements or val.names or val.const or val.model is not None or val.client is not None):
                    # payload: SubjectPayload = load(...): the annotation says what it carries (an object the
                    # value made is what it is: ch: Channel[Profile] = Channel(URL))
                    val = self.functions.model_of(unwrap_annotated(small.annotation.annotation)) or val
                elif isinstance(small.value, cst.Dict):
                    val = self._typed_dict(small.annotation.annotation, val) or val
                if isinstance(small.target, cst.Name):
                    val = self.population.variable_source(small.target.value, small.value, val, frame)  # members: list = load()
                self.bind(small.target, val, frame, small)
        elif isinstance(small, cst.AugAssign):
            current = self.expr.eval(small.target, frame)
            added = self.expr.eval(small.value, frame)
            if (addressed := client_default(small.target, frame, self.functions.self_attribute, self.expr.module_constant, addressed=True)) is not None:
                shown = self.sinks.people_shown((cst.Arg(value=small.value), added)) if addressed[2] in SHOWN_HEADERS else ()
                add_address(frame, addressed, added, added=True, shown=shown)  # msg.cc += [ICE_DESK], msg.cc += [member.email]
            elif (carried := client_default(small.target, frame, self.functions.self_attribute, self.expr.module_constant)) is not None \
                    and carried[3].client is not None:
                # msg.reply_to += [CASEWORKER], session.headers |= {...}: what the client carries, with what is added (a
                # constant adds no data; msg.reply_to += [member.email] does, placed here)
                prior = dict(carried[3].client.carried).get(carried[2])
                line, col = self.positions(small.value)
                merged = container((*(prior.placements if prior is not None else ()), *place(added, line, col, carried[2])), bulk=added.bulk)
                _set_client(frame, carried, carried[3].client.with_carried(carried[2], merged))
            elif isinstance(small.target, cst.Name) and isinstance(small.operator, cst.AddAssign) and isinstance(small.value, (cst.List, cst.ListComp)) \
                    and current.text is None and frame.containers_of(small.target.value):
                # entries = bundle.setdefault("entry", []); entries += [{"resource": pt}]: the list grows in place, in
                # the bundle too, as entries.extend([...]) would
                self._extend_in_place(small, frame)
            elif isinstance(small.target, (cst.Name, cst.Attribute)):
                # body += ..., self.url += f"?ssn={m.ssn}", self.body |= {"ssn": m.ssn}: the same, kept where it was
                line, col = self.positions(small)
                # params |= {"immigration_status": "EWI"}, rec |= {"ssn": MASK}: as params | {...} (a parameter masked too)
                # (a bare field merged in, payload |= m.demographics, is placed at the |= below)
                dicts = self.expr.merged_dicts(current, added, small.value, frame) if isinstance(small.operator, cst.BitOrAssign) and not (
                    added.names and not added.placements and not added.const) else None
                if dicts is not None:
                    merged = dicts
                elif isinstance(small.operator, (cst.AddAssign, cst.BitOrAssign)) and current.const and (current.items is not None or current.choices) \
                        and added.items is not None:
                    # cols += ["ssn"]: the constant list holds both (each list it may be, after branches)
                    merged = join(*(const_val(items=held + added.items) for held in (current.choices or (current.items or (),))))
                elif not isinstance(small.operator, cst.BitOrAssign) and is_number(current):
                    # total += fee_for(c.procedure_code): arithmetic; the sum carries the names it was computed from, placed
                    # where the sum is put into data (SPEC section 3: the dict entry), not at each addition
                    merged = combine(current, added).with_labels({NUMBER_MARK})
                else:
                    texty = current.text is not None or bool(current.alternatives)  # (a text grown in a loop: one of several)
                    if isinstance(small.operator, cst.AddAssign) and texty and added.text is None:
                        added = self.expr.interpolated(added, small.value)  # url += m.last_name: the field enters the URL here
                    merged = self.expr.concat(current, added)
                    if isinstance(small.operator, (cst.AddAssign, cst.BitOrAssign)) and not added.const and added.names and not texty:
                        merged = replace(merged, placements=merged.placements + place(added, line, col), names=current.names)
                    if isinstance(small.operator, cst.AddAssign) and current.elements is not None and added.elements is not None \
                            and isinstance(small.value, (cst.List, cst.Tuple)) and not current.bulk and len(current.elements) + len(added.elements) <= 16:
                        # parts += [STATE_PATH, m.full_name]: still known part by part (a "/".join of it folds)
                        merged = replace(merged, elements=current.elements + added.elements)
                if isinstance(small.operator, cst.BitOrAssign) and keys_unknown(added) and not added.const:
                    merged = without_constant_entries(merged)  # body |= extra: any entry may hold data again
                if isinstance(small.target, cst.Name):
                    if isinstance(small.operator, cst.BitAndAssign) and (current.bulk or added.bulk) \
                            and (STATUS_MARK in current.labels or STATUS_MARK in added.labels):
                        merged = self.population.drop(merged).with_labels({STATUS_MARK})  # qs &= Member.objects.filter(status...)
                    if isinstance(small.operator, cst.AddAssign) and not current.bulk and not added.const \
                            and self.population.is_plural_person(small.target.value) and not self.population.names_a_person(small.value):
                        # enrollees += page["results"] in a paging loop: many people's records (SPEC section 10)
                        sourced = self.population.variable_source(small.target.value, small.value, added, frame)
                        merged = replace(merged, bulk=merged.bulk | sourced.bulk) if sourced.bulk else merged
                    frame.env[small.target.value] = merged
                    if isinstance(small.operator, cst.AddAssign) and isinstance(small.value, (cst.List, cst.Tuple)):
                        for element in small.value.elements:
                            frame.put_in_list(element.value, small.target.value)  # subjects += [person]: person is in it
                else:
                    self.bind(small.target, merged, frame, small)
            elif isinstance(small.target, cst.Subscript) and isinstance(small.operator, cst.AddAssign) and (
                    isinstance(small.value, (cst.Integer, cst.Float)) or (is_scalar_constant(added) and current.const and not current.placements)):
                # counts[m.county] += 1, stats["rows"] += len(batch): a count under the key, no one's record
                self.store_item(small.target, const_val(), frame)
            elif isinstance(small.target, cst.Subscript) and isinstance(small.operator, cst.AddAssign) \
                    and isinstance(small.value, (cst.List, cst.ListComp)) and current.text is None:
                # bundle["entry"] += [{"resource": patient}]: as bundle["entry"].extend([...]), what the entry held kept
                # where it was placed
                self._extend_in_place(small, frame)
            elif isinstance(small.target, cst.Subscript) and isinstance(small.operator, (cst.AddAssign, cst.BitOrAssign)):
                # payload["subjects"] += [{...}], body["ids"] |= {...}: the entry holds both now
                grown = (replace(container(current.placements + tuple(p for p in added.placements if p not in current.placements)),
                                 bulk=current.bulk | added.bulk) if added.placements and not added.names else self.expr.concat(current, added))
                self.store_item(small.target, grown, frame)
        elif isinstance(small, cst.Expr) and isinstance(small.value, (cst.IfExp, cst.BooleanOperation)):
            self.run_if(self._conditional_if(small), frame)
        elif isinstance(small, cst.Expr):
            val = self.expr.eval(small.value, frame)
            call = small.value
            if isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute) and call.func.attr.value == "clear" and not call.args \
                    and isinstance(call.func.value, cst.Name) and frame.loop_outer is not None and self.loops and _directly_in(self.loops[-1], small):
                # rec.clear() in the loop's own body: what rec holds after it is this iteration's only
                frame.iteration_keys[call.func.value.value] = {ANY_KEY_RENEWED}
            changed = _changed_in_place(small.value)
            if changed is not None and changed in frame.env and frame.env[changed].model is None:
                frame.env[changed] = val  # df.drop(columns=["ssn"], inplace=True): df = df.drop(columns=["ssn"])
            if isinstance(call, cst.Call) and not frame.dead and self._never_returns(call, frame):
                # _reject(partner) of a function that always raises, sys.exit(1): nothing after it runs (round 411a)
                if frame.tries:
                    frame.raises.append(dict(frame.env))
                frame.restore(None)
            guarded = self._guard_call(call, frame) if isinstance(call, cst.Call) and not frame.dead and not frame.tries else None
            if guarded is not None and guarded[1] is None:
                frame.restore(None)  # require_state("ice"): it raises (a run with that key stops here)
            elif guarded is not None and guarded[1] is not None:
                # require_state(partner) with def require_state(p): if p != "state": raise ...: past it, partner is "state"
                # (round 412a)
                self.narrow(frame, guarded[0], guarded[1], call)
        elif isinstance(small, cst.Return):
            if frame.started and not frame.dead:
                self.run_started(list(frame.started), frame)  # (kept: a loop's next pass may return again)
            if small.value is None:
                frame.returns.append(const_val())
            else:
                if frame.self_aliases and not frame.dead and isinstance(small.value, cst.Name) and small.value.value == "self":
                    self.write_back(frame)  # addr = self.doc.setdefault("address", {}); addr["x"] = ...; return self: the object as written
                given = self.expr.eval(small.value, frame)
                if given.const and union_of(given) and not frame.dead and _names_a_list(small.value):
                    self._keep_returned_columns(small.value, frame)
                # return Member.objects.filter(...): the caller's _verified().values() is every column too
                self.returned(given.with_labels({QUERYSET_MARK}) if self._queryset(small.value, frame) else given, small.value, small, frame)
            if frame.self_aliases and not frame.dead:
                self.write_back(frame)  # p = self.payload; p["x"] = ...; return True: written before the state goes
            frame.exits.append(dict(frame.env))
            frame.restore(None)
        elif isinstance(small, cst.Del):
            self.delete(small.target, frame)
        elif isinstance(small, cst.Nonlocal):
            frame.nonlocals.update(item.name.value for item in small.names)
        elif isinstance(small, cst.Global):
            frame.globals.update(item.name.value for item in small.names)
        elif isinstance(small, (cst.Import, cst.ImportFrom)):
            collect_import(small, frame.imports)  # a function's own import: only this function sees it
            for name in frame.imports:
                frame.env.pop(name, None)
        elif isinstance(small, cst.Assert):
            # assert requests.post(ICE_URL, json={...}).ok: the test runs (a send in it sends), as its message does
            self.expr.eval(small.test, frame)
            if small.msg is not None:
                self.expr.eval(small.msg, frame)
        elif isinstance(small, cst.Raise):
            if small.exc is not None:
                self.expr.eval(small.exc, frame)
            if frame.tries and not frame.dead:
                frame.raises.append(dict(frame.env))  # if not m.cin: body["ssn"] = m.ssn; raise ... -- the handler sees it
            frame.restore(None)
        elif isinstance(small, cst.Continue):
            frame.continues.append(dict(frame.env))
            frame.restore(None)
        elif isinstance(small, cst.Break):
            frame.breaks.append(dict(frame.env))
            frame.restore(None)

    def _tasks_awaited(self, stmt: cst.BaseStatement, statements: Sequence[cst.BaseStatement], at: int, frame: Frame, mark: int) -> None:
        """``task = create_task(ice_worker(batch))`` then ``await task`` (or ``await asyncio.wait([task])``,
        ``await gather(*tasks)``): the task is done there; it runs again with what was put in since its start,
        not with what is put in after the wait."""
        awaited = {n.value for node in walk(stmt) if isinstance(node, cst.Await) for n in walk(node.expression) if isinstance(n, cst.Name)}
        if not awaited:
            return
        for task in list(frame.started[mark:]):
            if task[2] is statements and task[3] < at and _task_handles(statements[task[3]]) & awaited:
                self.run_started([task], frame, until=at)
                frame.started.remove(task)

    def run_started(self, tasks: "list[list[Any]]", frame: Frame, until: int | None = None) -> None:
        """Tasks started in a block (``Calls._started``), run again at its end (or at a ``return`` in it) when
        what a name they were given holds has grown since: ``task = create_task(consumer(q)); await
        producer(q)`` (the task takes what was put in ``q`` since), also in a ``TaskGroup``'s block. Not a
        task awaited where it starts (``await create_task(...)``: done before the next statement), nor one
        given a name the rest of the block binds again (the task holds the object it was given, not the
        name). A name no longer bound (the client of a ``with`` block that ended) is what it was."""
        for call, given, statements, at in tasks:
            if statements is None or _awaited_at_start(statements[at], call) or bound_in(statements[at + 1 : until]) & set(given):
                continue
            if not any(name in frame.env and frame.env[name] is not held for name, held in given.items()):
                continue
            missing = [name for name in given if name not in frame.env]
            frame.env.update((name, given[name]) for name in missing)
            try:
                self.expr.eval(call, frame)
            finally:
                for name in missing:
                    frame.env.pop(name, None)

    def household_member(self, iterated: cst.BaseExpression, source: Val, element: Val) -> Val:
        """An element of ``hh.members.all()`` (a loop's or a comprehension's): each is a person of their own
        (person.cin is their Medicaid ID, not a household member's as seen from someone else: a household is no
        person), and the members are many people's records, which a test of each one's status chooses (SPEC
        section 10; a filter of the relation on status, ``hh.members.filter(immigration_status__in=U)``, chose
        them already). Any other element as it is."""
        if not members_of_a_household(iterated) or element.placements:
            return element
        chosen = STATUS_MARK in source.labels
        bulk = element.bulk or (frozenset() if chosen else frozenset({self.population.source(iterated, describe(iterated))}))
        return replace(element, names=frozenset({"member"}) if element.names else element.names, bulk=bulk)

    def _closed_at_return(self, val: Val, frame: Frame) -> Val:
        """A nested ``def`` returned (alone, or in a tuple: ``return add, flush``): Python's closure sees the
        enclosing variables as they are when it runs, after the enclosing function returned, so it closes
        over the state at the ``return`` (``url`` rebound, ``items`` filled after the ``def``), not at the ``def``."""
        running = self._stack[-1] if self._stack else None
        if running is None or frame.func_name is None or not (val.function is not None or val.elements):
            return val

        def refreshed(v: Val) -> Val:
            ref = v.function
            if ref is None or not isinstance(ref.node, cst.FunctionDef) or not ref.closure or ref.node is running:
                return v
            first, last = self.m.span(running)
            if not first <= self.positions(ref.node)[0] <= last:
                return v
            # (not the def's own name: a function value bound to it is the def itself; a parameter holding another
            # function made by the same def, audit(audit(push)), stays)
            state = {k: s for k, s in frame.env.items() if k != ref.node.name.value}
            return replace(v, function=replace(ref, closure=closure_of(state)))
        if val.function is not None:
            return refreshed(val)
        elements = tuple(refreshed(e) for e in val.elements or ())
        return replace(val, elements=elements) if elements != val.elements else val

    def returned(self, val: Val, value_node: cst.CSTNode, stmt: cst.CSTNode, frame: Frame) -> None:
        """``return v`` or ``yield v``: the function's result; a payload builder's result is sent."""
        if frame.func_name is not None and (val.placements or val.bulk):
            val = with_step(val, *self.positions(stmt), f"returned from {frame.func_name}")
        val = self._closed_at_return(val, frame)
        if isinstance(value_node, cst.Name) and value_node.value == "self" and frame.self_attrs and val.model is not None:
            # return self (a fluent method): the object as this method left it
            val = with_attrs(val, frame.self_attrs)
        elif self.status_branches and not (val.placements or val.bulk) and self.destination_like(val):
            # def destination_for(m): if m.immigration_status in T: return ICE_URL / return STATE_URL: the
            # destination the status test chose, as when it is assigned in the branch
            val = where_marked(val, DESTINATION_BY_STATUS_MARK)
        if frame.builder is None and val.text is not None and len(val.placements) > 1 and isinstance(value_node, (cst.FormattedString, cst.BinaryOperation)) \
                and not any(c in val.text for c in "/?=&"):  # (a URL or a path a helper returns: each field where it entered it)
            # def nm1(row): return f"NM1*IL*1*{row['last_name']}*{row['first_name']}~": one value built here, one
            # placement where it is returned (as when it is built at the send), not one per field
            line, col = self.positions(value_node)
            if all(p.line == line and p.module is None for p in val.placements):
                val = replace(val, placements=place(val, line, col))
        if frame.builder is None:
            frame.returns.append(val)
            return
        if self._answer_of_a_call(value_node, val):
            frame.returns.append(val)
            return
        direct = isinstance(value_node, cst.Call) and (dotted(value_node.func) or "").endswith("Response")
        self.response_included = {}
        typed = self._response_model() if not direct else None  # (a Response returned as it is skips the model)
        constant = not val.placements and not val.bulk and (val.const or (CONSTRUCTED_MARK in val.labels and val.attrs is not None))
        # response_model=IceCaseView of a model named for enforcement: its fields are reported at its declarations (SPEC
        # section 3), not again at the entries of the dict a handler named for enforcement returns (round 350: twice)
        declared_there = typed is not None and typed.model is not None and self.rules.is_payload_model(
            typed.model.rsplit(":", 1)[-1].rsplit(".", 1)[-1], self.m.cleared)
        if typed is not None and not constant:
            # (return Receipt(request_id="nightly", accepted=sent) of constants, made here on every way (its attributes
            # known): the answer carries no one's data; not a constant fallback joined with an answer of unknown shape)
            # @router.get(..., response_model=PermittedAnswer) or -> PermittedAnswer: FastAPI sends only the model's fields
            # (a field declared with alias="ssn" is filled from, and answered under, the key "ssn")
            fields = {p.key for p in typed.placements if p.key is not None} | {n for p in typed.placements if p.key is not None for n in p.names}
            if not val.placements or any(p.key is None for p in val.placements):
                val = replace(typed, bulk=typed.bulk | val.bulk)  # (the records the answer holds, as many as they are)
            else:
                val = replace(val, placements=tuple(p for p in val.placements if p.key in fields))
            if self.response_included:
                # response_model_include={"cin", "ssn"} of a model named for no enforcement: each field placed where the
                # include set names it (SPEC section 3, as pydantic's include= is)
                included = self.response_included
                val = replace(val, placements=tuple(
                    replace(p, line=included[p.key][0], col=included[p.key][1], module=None, origin="", carried=False, declared=False,
                            at_declaration=False) if p.key in included and p.kind == "field" else p for p in val.placements))
        line, col = self.positions(value_node)
        placed = place(val, line, col)
        # return msg / return buf of a builder named for enforcement: what was written into the message or
        # buffer is what it hands out (reported where it was written)
        written = self.files.opened(val).placements if val.client is not None and val.client.kind in FILE_KINDS else ()
        if placed and placed != val.placements:
            # return f"{m.cin}|{m.ssn}": one value placed here, where it is reported, and sent from here by its callers
            # (a send only to a state's host clears what it carries, SPEC section 4)
            val = replace(val, placements=tuple(placed))
        frame.returns.append(val)
        sink_line = self.positions(stmt)[0]
        self.anchors.append(value_node)  # what another module placed is reported here, where it is returned
        try:
            for p in (*placed, *(w for w in written if w not in placed)):
                # (the model's own fields answered for a record of unknown shape, `return load_member(cin)`, are what
                # this module reports of a model of another module: kept)
                if not (declared_there and typed is not None and p not in typed.placements and self._declared_says_it(p, typed)):
                    self.report(p, frame.builder, sink_line)
        finally:
            self.anchors.pop()
        running = self._stack[-1] if self._stack else None
        made = (self.index.qualify(dotted(value_node.func) or "") or "") if direct and isinstance(value_node, cst.Call) else ""
        if isinstance(running, cst.FunctionDef) and not made.startswith(("fastapi.", "starlette.")):
            # def get_subject(cin, response: Response): response.headers["X-..."] = ...: the response FastAPI injects goes
            # out with what the handler returns (not with a Response the handler makes and returns itself)
            for param in running.params.params:
                held = frame.env.get(param.name.value) if param.annotation is not None and _response_class(dotted(param.annotation.annotation)) else None
                for p in held.placements if held is not None else ():
                    self.report(p, frame.builder, sink_line)
        # (not the records the request itself brought, a handler's own parameters or a plural name bound to what the
        # request holds, records = request.get_json()["records"]: what enforcement sent is its own)
        read_here = frozenset(b for b in val.bulk if not (b.scope == id(running) and (
            b.text.startswith("parameter ") or (b.text.startswith("variable ") and self._bound_from_request(b.text.split("'")[1])))))
        if read_here and isinstance(running, cst.FunctionDef) and self.functions.is_handler(running, frame.cls) and not self.sinks.only_metadata(val):
            # @ice_bp.route("/members") def list_members(): return jsonify([... for m in Member.query.all()]): the
            # handler's answer is the send, many people's records with no condition on status (MCD201 at the return)
            self.m.report_bulk(read_here, frame.builder, value_node)  # type: ignore[arg-type]

    def _declared_says_it(self, placed: Placement, typed: Val) -> bool:
        """``placed``, an entry of a handler's answer under a field of its enforcement response model, says nothing the
        field's declaration (reported there) does not: its other names are of the declared field's categories or
        unknown (``"primary_language": m.lang_cd``), not an SSN answered as ``"date_of_birth": m.ssn`` (review 51c)."""
        declared = frozenset().union(*(p.names | {p.key} for p in typed.placements if p.key == placed.key and p.key is not None))
        if not declared or placed.kind != "field":
            return False  # (a whole record answered under a field, {"record": vars(m)}: MCD103 there, review 51d)
        said = {self.vocabulary.classify(n) for n in declared}
        return all(self.vocabulary.classify(n) in said or self.vocabulary.classify(n) is None for n in placed.names - declared)

    def _bound_from_request(self, name: str) -> bool:
        """Every value the running handler binds ``name`` to reads its request or one of its parameters, and runs
        no query (``records = request.get_json()["records"]``, ``body_of(request)``, ``lookup(ids)`` of the ids in
        its path): what enforcement sent or chose, not the agency's records (``Member.query.filter_by(county=
        county).all()`` is)."""
        running = self._stack[-1] if self._stack else None
        if not isinstance(running, cst.FunctionDef):
            return False
        requests = set(shipped().models.request_parameters)
        given = set(param_names(running)) | requests
        queries = {"query", "objects", "execute", "scalars", "filter", "filter_by", "select", "read_sql", "fetchall"}

        def from_request(value: cst.BaseExpression) -> bool:
            # (a call reads the request only when it is handed the request itself, body_of(request),
            # json.loads(request.data): not county_members(county), the agency's query by a path parameter)
            mentioned = {n.value for n in walk(value) if isinstance(n, cst.Name)}
            called = any(isinstance(n, cst.Call) for n in walk(value))
            return bool(mentioned & (requests if called else given)) \
                and not any(isinstance(n, cst.Attribute) and n.attr.value in queries for n in walk(value))

        # (payload = request.get_json(), then records = payload["records"]: names bound only to what the request holds)
        assigned = [(s.targets[0].target.value, s.value) for s in walk(running.body)
                    if isinstance(s, cst.Assign) and len(s.targets) == 1 and isinstance(s.targets[0].target, cst.Name)]
        for _ in range(4):
            grown = {target for target, _ in assigned if target not in given
                     and all(from_request(value) for t, value in assigned if t == target)}
            if not grown:
                break
            given |= grown
        bound = self.functions.bound_here(name)
        return bool(bound) and all(from_request(value) for value in bound)

    def _answer_of_a_call(self, node: cst.CSTNode, val: Val) -> bool:
        """``return sg.send(mail).status_code``, ``resp = jira.create_issue(...)`` then ``return resp.key`` in a
        function named for enforcement: an attribute the vocabulary does not know, of what a call answered, is
        what the call gave back (a status, a ticket's key), not data the function builds for enforcement."""
        if not isinstance(node, cst.Attribute) or node.attr.value not in shipped().answer_attributes or val.placements or not val.names \
                or val.bulk or any(self.vocabulary.classify(n) is not None for n in val.names):
            return False
        base = node.value
        if isinstance(base, cst.Name):
            bound = self.functions.literal_bound_once(base.value, (cst.Call, cst.Await))
            base = bound if bound is not None else base
        if isinstance(base, cst.Await):
            base = base.expression
        if not (isinstance(base, cst.Call) and isinstance(base.func, cst.Attribute)):
            return False
        # (rec = api.lookup(m.cin), then rec.favorite_color: a record looked up by a member's field, an unknown field of it)
        return not any(isinstance(n, cst.Attribute) and self.vocabulary.classify(n.attr.value) is not None
                       for a in base.args for n in walk(a.value))

    def _response_model(self) -> Val | None:
        """The declared fields of the model a route handler's answer is filtered through: its route decorator's
        ``response_model=`` or its return annotation, a payload model of the project; None for other functions."""
        running = self._stack[-1] if self._stack else None
        if not isinstance(running, cst.FunctionDef):
            return None
        routes = [d.decorator for d in route_decorators(running) if isinstance(d.decorator, cst.Call)]
        if not routes:
            return None
        given = next((a.value for call in routes for a in call.args if a.keyword is not None and a.keyword.value == "response_model"), None)
        if given is None and running.returns is not None:
            given = unwrap_annotated(running.returns.annotation)
        typed = self.functions.model_of(given) if given is not None else None
        if typed is None:
            return None
        for call in routes:
            for a in call.args:
                # response_model_include={"cin"}, response_model_exclude={"ssn"}: of the model's fields, those
                names = self.expr.eval(a.value, Frame(env={})).items if a.keyword is not None else None
                if names is not None and a.keyword is not None and a.keyword.value == "response_model_include":
                    typed = replace(typed, placements=tuple(p for p in typed.placements if p.key in names))
                    # (a model named for no enforcement: each field is placed where the include set names it, SPEC section
                    # 3, as pydantic's include= is; a model named for enforcement has its fields at their declarations)
                    written = {_text(e.value): e.value for e in a.value.elements} if isinstance(a.value, (cst.Set, cst.List, cst.Tuple)) else {}
                    model_name = (typed.model or "").rpartition(":")[2]
                    if written and not self.rules.is_payload_model(model_name, self.m.cleared):
                        self.response_included = {key: self.positions(node) for key, node in written.items() if key is not None}
                elif names is not None and a.keyword is not None and a.keyword.value == "response_model_exclude":
                    typed = replace(typed, placements=tuple(p for p in typed.placements if p.key not in names))
        return typed

    def runs_each_time(self, node: cst.CSTNode) -> bool:
        """``node`` is in a simple statement of the running function that runs each time it runs (``_straight_statements``:
        in no branch or loop), so that what it undoes is undone on every way (the module keeps a message's recipients
        for every way at once)."""
        running = self._stack[-1] if self._stack else None
        if not isinstance(running, cst.FunctionDef):
            return False
        memo: "dict[int, frozenset[int]]" = self.__dict__.setdefault("_straight_memo", {})
        if id(running) not in memo:
            memo[id(running)] = frozenset(id(n) for s in _straight_statements(running.body) if isinstance(s, cst.SimpleStatementLine)
                                          for n in self.functions.flat.walk(s))
        return id(node) in memo[id(running)]

    def delete(self, target: cst.BaseExpression, frame: Frame) -> None:
        """``del d["k"]`` removes that entry (``del msg["To"]``: the message's recipients of that header)."""
        if isinstance(target, (cst.Tuple, cst.List)):
            for element in target.elements:
                self.delete(element.value, frame)
            return
        if isinstance(target, cst.Subscript) and isinstance(target.value, cst.Name) and target.value.value in frame.env and len(target.slice) == 1 \
                and isinstance(target.slice[0].slice, cst.Index) and frame.env[target.value.value].client is not None:
            header = const_text(self.expr.eval(target.slice[0].slice.value, frame))
            if header is not None and self.runs_each_time(target):
                self.files.remove_recipients(frame.env[target.value.value], header)
        if isinstance(target, cst.Subscript) and isinstance(target.value, cst.Name) and target.value.value in frame.env and len(target.slice) == 1 \
                and isinstance(target.slice[0].slice, cst.Slice) and target.slice[0].slice.lower is None and target.slice[0].slice.upper is None \
                and target.slice[0].slice.step is None:
            self.calls.emptied(frame, target.value.value)  # del batch[:]: as batch.clear()
            return
        if isinstance(target, cst.Subscript) and isinstance(target.value, cst.Name) and target.value.value in frame.env and len(target.slice) == 1 \
                and isinstance(target.slice[0].slice, cst.Index):
            index = target.slice[0].slice.value
            at = int_literal(index)
            shorter = without_element(frame.env[target.value.value], index=at) if at is not None else None
            if shorter is not None:
                frame.env[target.value.value] = shorter  # del clauses[0] of a constant list of texts
                return
        if isinstance(target, cst.Attribute) and isinstance(target.value, cst.Name) and target.value.value in frame.env \
                and frame.env[target.value.value].model == "SimpleNamespace":
            # del ns.ssn of ns = SimpleNamespace(cin=..., ssn=...): that attribute is gone (vars(ns) no longer has it)
            held = frame.env[target.value.value]
            attr = target.attr.value
            shorter = without_path(held, [attr])
            frame.env[target.value.value] = replace(shorter, attrs=tuple(kv for kv in held.attrs or () if kv[0] != attr) or None)
            return
        keys: list[str | None] = []
        owner: cst.BaseExpression = target
        while isinstance(owner, cst.Subscript):
            keys.insert(0, subscript_key(self.expr, owner, frame))
            owner = owner.value
        if keys and isinstance(owner, cst.Attribute) and isinstance(owner.value, cst.Name) and owner.value.value == "self" and all(k is not None for k in keys):
            attr = owner.attr.value  # del self.data["ssn"]: the object's container
            current = self.functions.self_attribute(attr, frame)
            if current is not None:
                frame.self_attrs[attr] = without_path(current, [k for k in keys if k is not None])
            return
        held_attr = object_attribute(owner, frame)
        if keys and held_attr is not None and all(k is not None for k in keys):
            holder = frame.env[held_attr[0]]  # del p.data["ssn"] on an object of a project class
            current = dict(holder.attrs or ()).get(held_attr[1])
            if current is not None:
                frame.env[held_attr[0]] = with_attrs(holder, {held_attr[1]: without_path(current, [k for k in keys if k is not None])})
            return
        if keys and isinstance(owner, cst.Name) and owner.value in frame.env and all(k is not None for k in keys):
            # del d["k"], del body["person"]["email"]
            path = [k for k in keys if k is not None]
            before = frame.env[owner.value]
            frame.env[owner.value] = without_path(before, path)
            frame.through_lists(owner.value, before)
            for container_name, above in frame.containers_of(owner.value):
                frame.env[container_name] = without_path(frame.env[container_name], [*above, *path])  # and in what holds it

    def bind(self, target: cst.BaseExpression, val: Val, frame: Frame, node: cst.CSTNode) -> None:
        """Assign ``val`` to ``target``."""
        if isinstance(target, cst.Name) and val.client is not None and val.client.kind == "email" and isinstance(self._value, cst.Call) \
                and (dotted(self._value.func) or "").rsplit(".", 1)[-1] in ("EmailMessage", "Message", "MIMEMultipart", "MIMEText"):
            key = file_key(val)
            held_elsewhere = [other for name, other in frame.env.items() if name != target.value] + list(frame.self_attrs.values())
            if key is not None and not any(other is not frame.env.get(target.value) and other.client is not None and file_key(other) == key
                                           for other in held_elsewhere):
                # for cfg in PARTNERS.values(): msg = EmailMessage(); msg["To"] = cfg["to"]: a new message on each pass,
                # when no other name holds an earlier pass's (first = msg: review 56f)
                self.m.recipients.pop(key, None)
                self.m.recipient_headers.pop(key, None)
        if isinstance(target, (cst.Tuple, cst.List)) and len(target.elements) == 1 and not isinstance(target.elements[0], cst.StarredElement) \
                and val.bulk and self._value is not None and self.expr.looked_up(self._value):
            val = self.population.drop(val)  # (match,) = [m for m in members if m.cin == chosen]: one person, by id
        if isinstance(target, cst.Subscript) and isinstance(target.value, cst.Name) and target.value.value in frame.env and len(target.slice) == 1 \
                and isinstance(target.slice[0].slice, cst.Slice) and target.slice[0].slice.lower is None and target.slice[0].slice.upper is None \
                and target.slice[0].slice.step is None:
            # members[:] = [m for m in members if not m.us_citizen]: the same list, holding only those now
            # (and so does every container it was put into: payload = {"subjects": batch})
            name = target.value.value
            before = frame.env[name]
            frame.env[name] = val
            frame.through_lists(name, before)
            added = [p for p in val.placements if p not in before.placements]
            for container_name, keys in frame.containers_of(name):
                self.calls.add_to(frame, container_name, keys[0] if keys else None, added, val.bulk)
            return
        if isinstance(target, cst.Name):
            marks = {label for label in val.labels if label.startswith(NARROWED_TEXTS_MARK)}
            if marks:
                # (what a test left a variable holds exactly is that variable's: a copy, d = dest, is d's too; a value made from
                # it, topic = topic.removeprefix(...), is no longer those texts; review 55f)
                copied = isinstance(self._value, cst.Name) and NARROWED_TEXTS_MARK + self._value.value in marks
                val = replace(val, labels=(val.labels - marks) | ({NARROWED_TEXTS_MARK + target.value} if copied else set()))
            if frame.keyed_local is not None and target.value == frame.keyed_local[0]:
                val = frame.keyed_local[1]  # partner = event["detail"]["partner"] in a run once per key: this run's key
                made = self._value.func if isinstance(self._value, cst.Call) and isinstance(self._value.func, cst.Name) else None
                members = self.enum_members(made.value) if made is not None else None
                member = next((m for m in members or () if m.text == val.text), None)
                if member is not None:
                    val = val.with_labels(member.labels)  # p = Partner(event["partner"]): the member of this run's key
            if frame.narrowed_items:
                for pseudo in [k for k in frame.env if k[:1] == NARROWED and re.split(r"[.\[]", k[1:], maxsplit=1)[0] == target.value]:
                    del frame.env[pseudo]  # cfg = next_config(): what a test knew of cfg.partner was of another object
            if target.value in frame.object_aliases:
                # d = {...}, for d in ..., with ... as d: the object keeps what the old d held, d is another dict now
                self.write_back_object(frame, frame.object_aliases[target.value][0])
                del frame.object_aliases[target.value]
            if self._value is not None and self._library_object(self._value, val, frame):
                # p = patient.Patient(), p = Patient(id=m.cin) of a library: it holds what it was given and what is
                # stored into it afterwards (p.gender = m.sex), dumped by its own as_json()/json()
                val = val.with_labels({LIBRARY_OBJECT_MARK})
            if val.placements or val.bulk:
                val = with_step(val, *self.positions(target), f"assigned to {target.value}")
            elif self.status_branches and val.const and val.items is None and (
                    (val.text is None and (TRUE_MARK in val.labels or FALSE_MARK in val.labels)) or _indicator(self._value, val)):
                # if m.imgrtn_stus_cd in CODES: send_it = True (or found = True; break): a flag the status test
                # set stands for that test (a later `if send_it:` chooses by status, as `send_it =
                # m.imgrtn_stus_cd in CODES` does)
                val = val.with_labels({STATUS_MARK})
            elif isinstance(self._value, cst.IfExp) and val.const and val.items is None and self._indicator_of_status(self._value, frame):
                # send_ind = "Y" if m.imgrtn_stus_cd in UNLAWFUL else "N": the flag stands for the test, as when an if sets it
                val = val.with_labels({STATUS_MARK})
            elif self.status_branches and self.destination_like(val):
                # if m.immigration_status in TARGETS: url = ICE_URL / else: url = settings.MMIS_API_URL: a
                # destination the status test chose (a send to it carries only the records the test sent there); send =
                # post_ice of post_ice = partial(requests.post, ICE_URL): the URL it is bound to
                val = where_marked(val, DESTINATION_BY_STATUS_MARK)
            frame.env[target.value] = val
            if frame.imports and target.value in frame.imports:
                frame.imports = {k: v for k, v in frame.imports.items() if k != target.value}  # post = partial(post, URL): no longer the import
            aliased = self._value.value if isinstance(self._value, cst.Name) and self._value.value not in frame.env else None
            if aliased is not None and aliased != target.value and (aliased in frame.imports or (
                    aliased in self.index.imports and (module := self.links.foreign(aliased)) is not None and module[1] == "")):
                # conf = settings (a module of the project): another name for what the import binds, here
                frame.imports = {**frame.imports, target.value: frame.imports.get(aliased) or self.index.imports[aliased]}
                frame.env.pop(target.value, None)
            if target.value in frame.globals and target.value in self.index.constants and val.client is not None and val.client.kind != "file" \
                    and not (self.module_state.get(target.value) or OPAQUE).placements:
                # global _session; _session = aiohttp.ClientSession() in startup(): the client the module's
                # functions send with
                if self.module_state.get(target.value) != val:
                    self.module_state[target.value] = val
                    self.m.state_changed = True
            elif target.value in frame.globals and target.value in self.index.constants and (val.placements or val.bulk):
                # global _payload; _payload = {...}: the module's value, for the functions that send it
                old = self.module_state.get(target.value, OPAQUE)
                new = container(old.placements + tuple(p for p in val.placements if p not in old.placements), bulk=old.bulk | val.bulk)
                if new != old:
                    self.module_state[target.value] = new
                    self.m.state_changed = True
            elif target.value in frame.globals and target.value in self.index.constants and val.model is not None and val.attrs is not None \
                    and not val.placements:
                # global STATE; STATE = Sender(ICE_URL) in fail_over(): the object the module's functions use may be this one
                known = self.module_state.get(target.value)
                bound = self.expr.module_constant(target.value)
                objects = (known.objects or (known,)) if known is not None else (bound,) if bound is not None else ()
                if val not in objects:
                    self.module_state[target.value] = Val(objects=(*objects, val))
                    self.m.state_changed = True
            elif target.value in frame.globals and target.value in self.index.constants and not is_none(val) and self.destination_like(val) \
                    and (val.text is not None or val.alternatives):
                # global TARGET; TARGET = ICE_URL in configure(): where the module's functions send may be it
                self._may_also_be(self.module_state, target.value, val)
            if frame.loop_outer is not None:
                frame.iteration_bound.add(target.value)
            frame.constant_parts.pop(target.value, None)
            if frame.members:
                frame.members.pop(target.value, None)  # person = {...} again: a new dict, not the one in the list
                frame.also_in.pop(target.value, None)
                for inner in [n for n, outer in frame.members.items() if outer == target.value]:
                    del frame.members[inner]
                for inner, others in list(frame.also_in.items()):
                    if target.value in others:
                        frame.also_in[inner] = tuple(o for o in others if o != target.value)
            if frame.aliases:
                frame.aliases.pop(target.value, None)
                for name, (source, _) in list(frame.aliases.items()):
                    if source == target.value:
                        del frame.aliases[name]  # rebound: no longer the container the alias was part of
            if frame.object_aliases:
                for alias in [a for a, (owner, _, _) in frame.object_aliases.items() if owner == target.value]:
                    del frame.object_aliases[alias]  # env = Envelope(...) again: d is the old object's container
            frame.rebound.add(target.value)
            if XML_ELEMENT_MARK in val.labels and self._value is not None:
                parent = parent_of(self.calls, self._value, frame)
                if isinstance(parent, cst.Name) and parent.value in frame.env:
                    frame.put_in_list(target, parent.value)  # child = ET.SubElement(root, "Person"): what child holds, root holds
        elif isinstance(target, (cst.Tuple, cst.List)):
            targets = list(target.elements)
            star = next((i for i, e in enumerate(targets) if isinstance(e, cst.StarredElement)), None)
            values = _unpacked(val, len(targets), star)
            if values is None:
                # (area, number = m.ssn_parts: each part is still the field read, by its name)
                field_read = not val.placements and not val.bulk and val.elements is None and not val.response and INBOUND_MARK not in val.labels
                assigned = self._value
                # (key_id, secret = cfg.api_credentials: parts of a setting, no one's field)
                setting = isinstance(assigned, (cst.Attribute, cst.Subscript)) and self.expr._configuration_object(assigned.value, frame)
                kept = frozenset(n for n in val.names if not _CREDENTIAL_WORDS & set(self.vocabulary.tokens(n))) if field_read and not setting else frozenset()
                part = const_val() if val.const else Val(placements=val.placements, names=kept, labels=val.labels, bulk=val.bulk)
                columns = part.placements
                # an element of many records (rows of a query, chosen by status or not)
                row = isinstance(node, cst.For) and (bool(val.bulk) or STATUS_MARK in val.labels) and val.elements is None
                if row and star is None and len(columns) == len(targets) > 1 and all(p.kind == "field" and p.key for p in columns) \
                        and len({p.key for p in columns}) == len(columns):
                    # for mid, dob, name in cursor.fetchall(): a row of as many columns as names, in order
                    values = [replace(part, placements=(column,)) for column in columns]
                else:
                    values = [_column_named(part, element.value) for element in targets]
            for element, value in zip(targets, values, strict=True):
                # a, b = split(m); first, *rest = row: element by element when the value's elements are known
                self.bind(element.value, value, frame, node)
        elif isinstance(target, cst.Attribute) and (val.client is not None or (val.model is not None and not val.placements) or (
                val.attrs is not None and any(v.client is not None or any(label.startswith(CLIENT_BASE_MARK) for label in v.labels) for _, v in val.attrs))) \
                and app_state_key(target) is not None:
            # app.state.partner = httpx.AsyncClient(base_url=...) at module level or in the lifespan function:
            # the client every handler reads back as app.state.partner or request.app.state.partner
            key = app_state_key(target)
            assert key is not None
            known = self.module_state.get(key)
            earlier: tuple[Val, ...] = (known.objects or (known,)) if known is not None else ()
            # (set twice, state's host then ICE's under an if: either client may be the one a handler reads)
            joined = val if known is None else known if val in earlier else Val(objects=(*earlier, val))
            if joined != known:
                self.module_state[key] = joined
                self.m.state_changed = True
        elif isinstance(target, cst.Attribute) and set_text(self.calls, target, val, frame):
            pass  # el.text = m.dob on an XML element: under its tag, in the document it is part of
        elif isinstance(target, cst.Attribute) and isinstance(target.value, cst.Name) and target.value.value in frame.env \
                and self.sinks.set_on_request(frame.env[target.value.value], target.attr.value, val, target, frame):
            pass  # req.json = {...} on a request object made for ICE: sent with it
        elif isinstance(target, cst.Attribute) and target.attr.value == "value" and self._set_cell(target, val, frame):
            pass  # ws.cell(row=i, column=2).value = m.ssn: written into the workbook
        elif isinstance(target, cst.Attribute):
            default = client_default(target, frame, self.functions.self_attribute, self.expr.module_constant)
            if (addressed := client_default(target, frame, self.functions.self_attribute, self.expr.module_constant, addressed=True)) is not None:
                shown = self.sinks.people_shown((cst.Arg(value=self._value), val)) if self._value is not None and addressed[2] in SHOWN_HEADERS else ()
                add_address(frame, addressed, val, shown=shown)  # msg.to = [ICE_DESK] after the message was made
            elif default is not None:
                # session.headers = {"X-Member-SSN": ...}: every request of the session carries it
                line, col = self.positions(target)
                set_carried(frame, default, with_step(container(place(val, line, col), bulk=val.bulk), line, col, f"set as the client's {target.attr.value}"))
            elif isinstance(target.value, cst.Name) and target.value.value == "self" and frame.cls is not None:
                if frame.self_aliases:
                    # old = self.payload; self.payload = {...}: old is the former dict, no alias of the new one
                    self.write_back(frame, target.attr.value)
                    for alias in [a for a, (name, _, _) in frame.self_aliases.items() if name == target.attr.value]:
                        del frame.self_aliases[alias]
                    if "self." + target.attr.value in frame.self_aliases:
                        self.write_back(frame, frame.self_aliases["self." + target.attr.value][0])
                        del frame.self_aliases["self." + target.attr.value]  # self.subject = {...}: no part of self.body now
                if frame.members:
                    for inner in [n for n, outer in frame.members.items() if outer == "self." + target.attr.value]:
                        del frame.members[inner]  # self.items = []: entries put into the old list are not in the new one
                    for inner, others in list(frame.also_in.items()):
                        frame.also_in[inner] = tuple(o for o in others if o != "self." + target.attr.value)
                frame.self_attrs[target.attr.value] = val
            elif isinstance(target.value, cst.Name) and target.value.value in frame.env and frame.env[target.value.value].model is not None:
                # box.payload = {...} on an object of a project class: that object's attribute now
                if frame.object_aliases:
                    # d = box.payload; box.payload = {...}: d is the former dict, no alias of the new one
                    self.write_back_object(frame, target.value.value)
                    for alias in [a for a, (owner, attr, _) in frame.object_aliases.items() if owner == target.value.value and attr == target.attr.value]:
                        del frame.object_aliases[alias]
                held = frame.env[target.value.value]
                changed = with_attrs(held, {target.attr.value: _masked(val)})
                enforcement_model = held.model is not None and self.rules.is_payload_model(held.model.rsplit(":", 1)[-1], self.m.cleared)
                # (a model named for enforcement is reported at its declarations, not again where it is filled)
                if (held.placements or CONSTRUCTED_MARK in held.labels) and not enforcement_model:
                    # p = Payload(medicaid_id=m.cin); p.note = m.race: a field of the payload holds it now
                    attr = target.attr.value
                    placed = place(val, *self.positions(target), attr)
                    changed = replace(changed, placements=tuple(p for p in held.placements if p.key != attr) + placed)
                frame.env[target.value.value] = changed
            elif isinstance(target.value, cst.Name) and target.value.value in frame.env and LIBRARY_OBJECT_MARK in frame.env[target.value.value].labels:
                held = frame.env[target.value.value]
                attr = target.attr.value
                placed = place(val, *self.positions(target), attr)
                frame.env[target.value.value] = replace(held, placements=tuple(p for p in held.placements if p.key != attr) + placed,
                                                        bulk=held.bulk | val.bulk, const=held.const and not placed)
            elif isinstance(target.value, cst.Name) and target.value.value in frame.env and frame.env[target.value.value].client is None and (
                    _is_mask(val) or target.attr.value in dict(frame.env[target.value.value].attrs or ()) or val.placements or val.names):
                # subject.ssn = None on a record of unknown class: read back, that attribute is the constant (until
                # something else is stored there)
                frame.env[target.value.value] = with_attrs(frame.env[target.value.value], {target.attr.value: _masked(val)})
        elif isinstance(target, cst.Subscript) and set_attribute_item(self.calls, target, val, frame):
            pass  # el.attrib["race"] = m.race on an XML element: that attribute set
        elif isinstance(target, cst.Subscript) and self._constant_element_stored(target, val, frame):
            pass  # clauses[1] = COUNTY_CLAUSE of a constant list of texts: that element replaced
        elif isinstance(target, cst.Subscript):
            self.store_item(target, val, frame)
            key = _constant_key(target)
            stored: cst.BaseExpression | None = node.value if isinstance(node, (cst.Assign, cst.AnnAssign)) else (
                self._value if isinstance(node, cst.AssignTarget) else None)
            held_keys = frame.iteration_keys.get(target.value.value) if isinstance(target.value, cst.Name) else None
            if frame.loop_outer is not None and isinstance(target.value, cst.Name) and key is not None and self.loops and stored is not None \
                    and (_directly_in(self.loops[-1], node) or (held_keys is not None and ANY_KEY_RENEWED in held_keys)) \
                    and _of_this_iteration(stored, frame):
                # rec["cin"] = m.cin in the loop's own body (not under an if, unless rec was emptied first): set again,
                # from this iteration's record, in every iteration
                frame.iteration_keys.setdefault(target.value.value, set()).add(key)

    def _constant_element_stored(self, target: cst.Subscript, val: Val, frame: Frame) -> bool:
        """``clauses[1] = COUNTY_CLAUSE`` with ``clauses`` a constant list of texts and a written index: the
        list with that element replaced by the constant text (True); anything else is left to ``store_item``."""
        if not (isinstance(target.value, cst.Name) and target.value.value in frame.env and len(target.slice) == 1
                and isinstance(target.slice[0].slice, cst.Index) and val.const and val.text is not None and not val.placements):
            return False
        index = target.slice[0].slice.value
        at = int_literal(index)
        held = frame.env[target.value.value]
        running = self._stack[-1] if self._stack else None
        assigned = self.functions._assignments(running) if isinstance(running, cst.FunctionDef) else {}
        if any(isinstance(v, cst.Name) and v.value == target.value.value for values in assigned.values() for v in values):
            return False  # where = clauses: another name holds the same list (what it holds then is not known here)
        if at is not None and held.elements is not None and not held.bulk and not held.const and -len(held.elements) <= at < len(held.elements):
            # fields = ["PID", m.cin, m.last_name, ...]; fields[2] = "": that element is a constant now, what it held is gone
            bound = self.functions.bound_here(target.value.value)
            literal = bound[0] if len(bound) == 1 and isinstance(bound[0], cst.List) else None
            if literal is None or len(literal.elements) != len(held.elements) or any(isinstance(e, cst.StarredElement) for e in literal.elements):
                return False
            at %= len(held.elements)
            where = self.positions(literal.elements[at].value)
            kept = tuple(p for p in held.placements if (p.line, p.col) != where)
            frame.env[target.value.value] = replace(held, placements=kept, elements=(*held.elements[:at], val, *held.elements[at + 1:]))
            return True
        if at is None or not (held.const and held.items is not None and held.elements is not None and len(held.items) == len(held.elements)) \
                or held.placements or not -len(held.items) <= at < len(held.items):
            return False
        at %= len(held.items)
        frame.env[target.value.value] = replace(held, items=(*held.items[:at], val.text, *held.items[at + 1:]),
                                                elements=(*held.elements[:at], val, *held.elements[at + 1:]))
        return True

    def _may_also_be(self, store: "dict[Any, Val]", key: object, val: Val) -> None:
        """Module state a function sets (a global URL, a dict entry repointed): what the module's
        functions read there may be ``val`` too; another round runs them when it changed."""
        known = store.get(key)
        joined = val if known is None else join(known, val)
        if joined != known:
            store[key] = joined
            self.m.state_changed = True

    def _library_object(self, made: cst.BaseExpression, val: Val, frame: Frame) -> bool:
        """``made`` is a call of a FHIR model class of a library (``fhir_packages``: fhirclient,
        fhir.resources) with keyword arguments only, or none: every element of such a resource is
        optional and its ``as_json()``/``json()`` holds only the elements set (an object of another
        library class may hold fields the analysis cannot see)."""
        if not isinstance(made, cst.Call):
            return False
        func = made.func
        if isinstance(func, cst.Attribute) and (func.attr.value in shipped().models.fhir_constructors or func.attr.value == "with_json"):
            # Patient.construct(), Patient.parse_obj({...}), fhirclient's Patient.with_json({...}): made from what is
            # given here (keywords, or one dict literal)
            literal = len(made.args) == 1 and not made.args[0].star and self._given_dict_literal(made)
            if not literal and any(a.keyword is None or a.star for a in made.args):
                return False
            func = func.value
        elif not self._given_dict_literal(made) and any(a.keyword is None or a.star for a in made.args):
            return False
        name = dotted(func)
        if name is None or not name.rpartition(".")[2][:1].isupper() or self.links.class_of(name) is not None:
            return False
        qual = self.index.qualify(name, frame.imports or None) or ""
        return qual.startswith(shipped().models.fhir_packages) and val.client is None and not val.bulk and all(p.kind == "field" for p in val.placements)

    def _given_dict_literal(self, made: cst.Call) -> bool:
        """``Patient({"resourceType": "Patient", ...})`` (fhirclient's dict) or ``Patient(**raw)`` of a ``raw`` the running
        function binds only to dict literals: made from entries written here."""
        if len(made.args) != 1 or made.args[0].keyword is not None:
            return False
        given = made.args[0]
        if given.star not in ("", "**") or isinstance(given.value, cst.Dict):
            return isinstance(given.value, cst.Dict)  # Patient({...}), Patient(**{...})
        bound = self.functions.bound_here(given.value.value) if isinstance(given.value, cst.Name) else []
        return bool(bound) and all(isinstance(v, cst.Dict) for v in bound)  # raw = {...}; Patient(**raw), Patient.parse_obj(raw)

    def sync_client_alias(self, frame: Frame, name: str) -> None:
        """``h`` of ``h = session.headers`` changed: the client carries what ``h`` holds now."""
        alias = frame.client_aliases.get(name)
        if alias is None:
            return
        where, holder, attr = alias
        held = client_holder(where, holder, frame, self.functions.self_attribute, self.expr.module_constant)
        if held.client is not None:
            set_carried(frame, (where, holder, attr, held), frame.env[name])

    def _set_cell(self, target: cst.Attribute, val: Val, frame: Frame) -> bool:
        """``c.value = v`` (``c = ws.cell(...)``) or ``ws.cell(row=i, column=2).value = v`` on a sheet of a
        workbook: ``v`` is written into the workbook, placed at the store as a dict entry is; False when the
        target is no cell."""
        cell = target.value
        if isinstance(cell, cst.Name):
            held = frame.env.get(cell.value)
        elif (isinstance(cell, cst.Call) and isinstance(cell.func, cst.Attribute) and cell.func.attr.value == "cell") or (
                isinstance(cell, cst.Subscript) and isinstance(cell.value, cst.Name) and cell.value.value in frame.env):
            held = self.expr.eval(cell, frame)  # ws.cell(row=2, column=3).value, ws["C2"].value
        else:
            return False
        if held is None or held.client is None or held.client.kind != "workbook":
            return False
        self.files.write(held, place(val, *self._store_position(target)), target, val.bulk)  # type: ignore[arg-type]
        return True

    def _store_position(self, target: cst.BaseExpression) -> tuple[int, int]:
        """Where a value stored at ``target`` is placed: the target, or the value's own line when the store spans
        lines (``payload["race"] = (\n    m.race\n)``)."""
        line, col = self.positions(target)
        if self._value is not None:
            value_line, value_col = self.positions(_unparenthesized(self._value))
            if value_line > line:
                return value_line, value_col
        return line, col

    def add_data_key(self, frame: Frame, name: str, key: cst.BaseExpression, where: cst.CSTNode, store: "dict[str, Val] | None" = None) -> bool:
        """The member's value ``key`` used as a key of the container ``name`` of ``store`` (the frame's locals unless
        given: the module's state, ``self``'s attributes) (``index[m.ssn] = ...``), placed at ``where``: what the container
        is sent with. True when the container changed."""
        store = frame.env if store is None else store
        keyed = self.data_key_placements(key, where, frame)
        held = store.get(name)
        added = tuple(p for p in keyed if held is not None and p not in held.placements)
        if held is not None and added:
            store[name] = replace(held, placements=held.placements + added)
        return bool(added)

    def data_key_placements(self, key: "cst.BaseExpression | None", where: cst.CSTNode, frame: Frame) -> tuple[Placement, ...]:
        """The placements of a member's value used as a dict key (``m.ssn``, ``f"{m.county}:{m.race_cd}"``,
        ``str(m.race_cd)``, a local bound once to one), placed at ``where``; none for any other key (a literal,
        a loop's key variable, a field's own name ``f.name``)."""
        running = self._stack[-1] if self._stack else None
        if isinstance(key, cst.Name) and isinstance(running, cst.FunctionDef):
            bound = self._bound_once(running).get(key.value)  # key = m.ssn; groups[key].append(...)
            key = bound if bound is not None and not isinstance(bound, cst.Name) else None
        if key is None or not key_is_data(key) or not any(
                isinstance(n, (cst.Attribute, cst.Subscript)) and key_is_data(n) for n in walk(key, lambda n: type(n) is cst.Lambda)):
            return ()
        key_val = self.expr.eval(key, frame)
        if key_val.const or not (key_val.names or key_val.placements):
            return ()
        return tuple(replace(p, detail=DATA_KEY) for p in place(key_val, *self.positions(where)))

    def write_back(self, frame: Frame, attr: str | None = None) -> None:
        """What the aliases of the object's containers (``p = self.payload``) hold now, written back to
        those attributes (``attr`` only, when given): added or removed through the alias, or added to the
        attribute since the alias was made (by the attribute itself, or through the alias on another way
        of the method that returned: the object's attributes are not kept per way)."""
        for var, (name, keys, then) in list(frame.self_aliases.items()):
            held = frame.self_attrs.get(var[5:]) if var.startswith("self.") else frame.env.get(var)
            if (attr is not None and name != attr) or held is None or held.names or (held.const and not held.placements and held.items is None):
                continue
            current = frame.self_attrs.get(name)
            if current is None:
                current = self.functions.own_self_attribute(name, frame) or OPAQUE
            # (target = self.partner in a branch that knew it was not "ice": not what the attribute is past it)
            held = without_known_not(held)
            if not keys:
                # p = self.payload: the alias is the container; what was put into the attribute itself since stays
                direct = tuple(p for p in current.placements if p not in then and p not in held.placements)
                placements = held.placements + direct
                frame.self_attrs[name] = replace(held, placements=placements, bulk=held.bulk | current.bulk, const=held.const and not placements)
            else:
                store = {name: current}
                self._store(store, name, list(keys), held, 0, 0)  # hh = self.payload.setdefault("household", {})
                frame.self_attrs[name] = store[name]

    def returned_attribute(self, value: cst.BaseExpression, frame: Frame) -> tuple[str, str] | None:
        """``b.build()`` on a variable holding an object of a class of this module whose ``build`` only
        ever returns one attribute of ``self`` as it is (``return self.payload``): (``b``, ``payload``)."""
        if not (isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute) and isinstance(value.func.value, cst.Name)):
            return None
        held = frame.env.get(value.func.value.value)
        found = self.links.class_of(held.model) if held is not None and held.model is not None else None
        method = found[0].links.find_method(found[1], value.func.attr.value) if found is not None else None
        if method is None or method[0] is not self.m:
            return None
        attr = _only_returned_attribute(method[2])
        return (value.func.value.value, attr) if attr is not None else None

    def entered_attribute(self, obj: Val, is_async: bool) -> str | None:
        """``with Referral(URL) as body:`` of a class of this module whose ``__enter__`` only ever returns one attribute of
        ``self`` as it is (``return self.body``): that attribute (what the block puts into ``body`` is in it at
        ``__exit__``)."""
        found = self.links.class_of(obj.model) if obj.model is not None else None
        method = found[0].links.find_method(found[1], "__aenter__" if is_async else "__enter__") if found is not None else None
        return _only_returned_attribute(method[2]) if method is not None and method[0] is self.m else None

    def returned_part(self, call: cst.Call, frame: Frame) -> tuple[str, str] | None:
        """``subject_of(envelope)`` of a function of this module that only ever returns one part of a
        parameter as it is (``return envelope["subject"]``), called with a variable: (``envelope``,
        ``"subject"``), the same dict under another name."""
        fn = self.index.functions.get(call.func.value) if isinstance(call.func, cst.Name) and call.func.value not in frame.env else None
        if fn is None or any(a.star for a in call.args):
            return None
        parts: set[tuple[str, str]] = set()
        for node in walk(fn.body):
            if isinstance(node, (cst.FunctionDef, cst.Lambda, cst.Yield)):
                return None
            if isinstance(node, cst.Return):
                returned = node.value
                if not (isinstance(returned, cst.Subscript) and isinstance(returned.value, cst.Name) and len(returned.slice) == 1
                        and isinstance(returned.slice[0].slice, cst.Index) and isinstance(returned.slice[0].slice.value, cst.SimpleString)):
                    return None
                key = string_value(returned.slice[0].slice.value)
                if not isinstance(key, str):
                    return None
                parts.add((returned.value.value, key))
        if len(parts) != 1:
            return None
        param, key = parts.pop()
        if param in self.functions.rebound(fn):
            return None
        names = [p.name.value for p in (*fn.params.posonly_params, *fn.params.params)]
        given = next((a.value for a in call.args if a.keyword is not None and a.keyword.value == param), None)
        if given is None and param in names and names.index(param) < len(call.args) and call.args[names.index(param)].keyword is None:
            given = call.args[names.index(param)].value
        return (given.value, key) if isinstance(given, cst.Name) and given.value in frame.env else None

    def kept_arguments(self, name: str, call: cst.Call, made: Val, frame: Frame) -> None:
        """``sender = Sender(body)`` whose ``__init__`` keeps the parameter as it is (``self.body = body``):
        ``body`` is that attribute of the object under another name (what is put into ``body`` later
        is in ``sender.body`` when the object is used)."""
        found = self.links.class_of(made.model) if made.model is not None else None
        init = found[0].links.find_method(found[1], "__init__") if found is not None else None
        if init is None:
            return
        fn = init[2]  # (of a class of this module or another: what __init__ keeps is read from its code)
        params = [p.name.value for p in (*fn.params.posonly_params, *fn.params.params)][1:]
        given: dict[str, str] = {}
        for i, arg in enumerate(call.args):
            if arg.star or not isinstance(arg.value, cst.Name) or arg.value.value not in frame.env:
                continue
            param = arg.keyword.value if arg.keyword is not None else (params[i] if i < len(params) else None)
            if param is not None:
                given[param] = arg.value.value
        if not given or not isinstance(fn.body, cst.IndentedBlock):
            return
        rebound: set[str] = set()  # parameters bound again in __init__ (body = dict(body)): a copy is kept
        stores: dict[str, int] = {}  # how often each attribute of self is set
        for found in walk(fn.body):
            targets: list[cst.BaseExpression] = []
            if isinstance(found, cst.Assign):
                targets = [t.target for t in found.targets]
            elif isinstance(found, (cst.AnnAssign, cst.AugAssign)):
                targets = [found.target]
            elif isinstance(found, (cst.For, cst.CompFor)):
                targets = [found.target]
            elif isinstance(found, (cst.AsName, cst.NamedExpr)):
                targets = [found.name if isinstance(found, cst.AsName) else found.target]
            while targets:
                target = targets.pop()
                if isinstance(target, cst.Name):
                    rebound.add(target.value)
                elif isinstance(target, (cst.Tuple, cst.List)):
                    targets.extend(e.value for e in target.elements)
                elif isinstance(target, cst.StarredElement):
                    targets.append(target.value)
                elif isinstance(target, cst.Attribute) and isinstance(target.value, cst.Name) and target.value.value == "self":
                    stores[target.attr.value] = stores.get(target.attr.value, 0) + 1
        for stmt in fn.body.body:
            for small in stmt.body if isinstance(stmt, cst.SimpleStatementLine) else ():
                if isinstance(small, cst.Assign) and len(small.targets) == 1 and isinstance(small.value, cst.Name) and small.value.value in given \
                        and small.value.value not in rebound:
                    target = small.targets[0].target
                    if isinstance(target, cst.Attribute) and isinstance(target.value, cst.Name) and target.value.value == "self" \
                            and stores.get(target.attr.value) == 1:
                        var = given[small.value.value]
                        held = frame.env[var]
                        if var != name and (not held.const or held.items is not None) and held.text is None:
                            frame.object_aliases[var] = (name, target.attr.value, held.placements)

    def _names_a_field(self, targets: Sequence[cst.AssignTarget], frame: Frame) -> bool:
        """Some subscript target's constant key is a field the vocabulary knows (``body["hiv_positive"]``):
        a yes or no about the person stored there is that field (an unknown key is not asked about)."""
        keys = [subscript_key(self.expr, t.target, frame) for t in targets if isinstance(t.target, cst.Subscript)]
        return any(k is not None and self.vocabulary.classify(k) is not None for k in keys)

    def write_back_object(self, frame: Frame, owner: str) -> None:
        """The containers an object holds and their other names (``d = env.data``, ``sender =
        Sender(body)``, ``packet = b.build()`` returning ``self.payload``, a partial's bound argument) made
        the same again before ``owner`` (either of the two names) is read: what either side put in
        since the alias was made is in both, and what the variable removed is gone from both."""
        for var, (name, attr, then) in list(frame.object_aliases.items()):
            if owner not in (name, var):
                continue
            held, obj = frame.env.get(var), frame.env.get(name)
            if held is None or obj is None or held.names or (held.const and not held.placements and held.items is None):
                continue
            bound = obj.function.bound if attr.startswith(_BOUND) and obj.function is not None else None
            index = int(attr[len(_BOUND):]) if bound is not None else -1
            if bound is not None and not 0 <= index < len(bound):
                continue
            kept_attrs = dict(obj.attrs or ())
            if bound is not None:
                current = bound[index][1]
            elif attr in kept_attrs:
                current = kept_attrs[attr]
            else:
                current = Val(placements=then)  # the object's attribute as the class learned it: unchanged here
            # (what the variable removed is gone; what the object's side removed is not told apart from
            # what the object's value as known here lacks, so only what it added is taken)
            ours = set(held.placements)
            placements = held.placements + tuple(p for p in current.placements if p not in then and p not in ours)
            if placements == held.placements and placements == current.placements:
                continue
            now = replace(held, placements=placements, bulk=held.bulk | current.bulk, const=held.const and not placements)
            if bound is not None and obj.function is not None:
                changed = (*bound[:index], (bound[index][0], now), *bound[index + 1:])
                frame.env[name] = replace(obj, function=replace(obj.function, bound=changed))
            else:
                frame.env[name] = with_attrs(obj, {attr: now})
            frame.env[var] = now
            frame.object_aliases[var] = (name, attr, placements)

    def _constant_column_names(self, name: cst.Name) -> "list[str] | None":
        """The names of a module constant list or tuple of strings (``PII_COLS = ["ssn_num", "race_cd"]``) that no
        function binds over and the module does not grow; None otherwise."""
        literal = self.index.constants.get(name.value) if name.value not in self.index.grown else None
        running = self._stack[-1] if self._stack else None
        if not isinstance(literal, (cst.List, cst.Tuple)) or (isinstance(running, cst.FunctionDef) and (
                name.value in self.functions.rebound(running) or name.value in param_names(running))):
            return None
        texts = [string_value(e.value) if isinstance(e.value, cst.SimpleString) else None for e in literal.elements]
        return [t for t in texts if isinstance(t, str)] if texts and all(isinstance(t, str) for t in texts) else None

    def _filled_constant(self, test: cst.BaseExpression, frame: Frame) -> bool:
        """``test`` reads a module constant (or an entry of one, ``PARTNER["status_filter"]``) that is a non-empty
        collection literal the module never grows: true whenever it runs (an empty or false one may be a switch
        flipped in a deployment, and stays unknown). Also read through ``.get("status_filter")``, a class
        attribute of the module no code sets (``IceConfig.STATUS_FILTER``), and a local the running function
        binds once to one of these (``sf = ICE_PARTNER["status_filter"]; if sf:``)."""
        if isinstance(test, cst.Name) and test.value in frame.env:
            running = self._stack[-1] if self._stack else None
            once = self._bound_once(running).get(test.value) if isinstance(running, cst.FunctionDef) else None
            return once is not None and not (isinstance(once, cst.Name) and once.value in frame.env) and self._filled_constant(once, frame)
        if isinstance(test, cst.Call) and isinstance(test.func, cst.Attribute) and test.func.attr.value == "get" and len(test.args) == 1 \
                and not test.args[0].keyword and not test.args[0].star and isinstance(test.args[0].value, cst.SimpleString):
            test = cst.Subscript(value=test.func.value, slice=[cst.SubscriptElement(cst.Index(test.args[0].value))])  # X.get("k"): X["k"]
        if isinstance(test, cst.Attribute) and isinstance(test.value, cst.Name) and test.value.value in self.index.classes \
                and test.value.value not in frame.env and self._never_changed(test.value.value) \
                and self._class_attribute_kept(test.value.value, test.attr.value):
            literal = self.index.classes[test.value.value].constants.get(test.attr.value)
            return isinstance(literal, (cst.List, cst.Tuple, cst.Set, cst.Dict)) and bool(literal.elements)
        root = test.value if isinstance(test, cst.Subscript) else test
        if not isinstance(root, cst.Name) or root.value in frame.env or root.value in self.index.grown or not self._never_changed(root.value):
            return False
        if isinstance(test, cst.Name):
            literal = self.index.constants.get(test.value)
            return isinstance(literal, (cst.List, cst.Tuple, cst.Set, cst.Dict)) and bool(literal.elements)
        if isinstance(test, cst.Subscript):
            held = self.expr._constant_item(test, frame)
            return held is not None and held.const and bool(held.items) and held.text is None
        return False

    def _bound_once(self, fn: cst.FunctionDef) -> dict[str, cst.BaseExpression]:
        """``_bindings`` of ``fn``, found once per function of the module."""
        memo: dict[int, dict[str, cst.BaseExpression]] = self.__dict__.setdefault("_bound_once_memo", {})
        if id(fn) not in memo:
            memo[id(fn)] = _bindings(fn, self.functions.flat.walk)
        return memo[id(fn)]

    def _class_attribute_kept(self, cls: str, attr: str) -> bool:
        """No code of the module rebinds the class attribute ``attr`` of the class ``cls`` in ways a change of
        the name ``cls`` does not show: ``cls.X = ()`` or ``type(self).X = ...`` in a method of it or of a base,
        ``setattr(...)`` with that name or a name not written. (``self.X = ()`` sets the object's own attribute;
        ``IceConfig.X = ...`` is a change of ``IceConfig`` itself.)"""
        held: set[tuple[str | None, str]] | None = self.__dict__.get("_attributes_stored_memo")
        if held is None:
            held = set()
            for owner in (n for n in walk(self.m.module) if isinstance(n, cst.ClassDef)):
                for node in walk(owner.body):
                    targets = [t.target for t in node.targets] if isinstance(node, cst.Assign) else [node.target] if isinstance(
                        node, (cst.AugAssign, cst.AnnAssign, cst.Del)) else []
                    held.update((owner.name.value, t.attr.value) for t in targets if isinstance(t, cst.Attribute) and (
                        (isinstance(t.value, cst.Name) and t.value.value == "cls") or (isinstance(t.value, cst.Call) and dotted(t.value.func) == "type")))
            for node in walk(self.m.module):
                if isinstance(node, cst.Call) and dotted(node.func) == "setattr" and len(node.args) >= 2:
                    named = string_value(node.args[1].value) if isinstance(node.args[1].value, cst.SimpleString) else None
                    held.add((None, named if isinstance(named, str) else "*"))
            self.__dict__["_attributes_stored_memo"] = held
        lineage, todo = set(), [cls]
        while todo:
            name = todo.pop()
            if name not in lineage:
                lineage.add(name)
                todo.extend(self.index.classes[name].bases if name in self.index.classes else ())
        return not any((owner is None or owner in lineage) and name in (attr, "*") for owner, name in held)

    def _never_changed(self, name: str) -> bool:
        """No code of the module changes the module constant ``name`` after its literal: no ``global`` rebinding
        it, no store into it, no mutating method, no ``del``, no import that may override it."""
        memo: dict[str, bool] = self.__dict__.setdefault("_never_changed_memo", {})
        if name not in memo:
            memo[name] = name not in self.index.overrides and name not in self.index.fallbacks and name not in self.index.alternatives \
                and name not in self._module_changes()
        return memo[name]

    def _module_changes(self) -> set[str]:
        """The module-level names some code of the module changes (``_changed_names``), each function's own
        locals apart (a list of the same name built in a function is that function's: names resolve by scope)."""
        held: set[str] | None = self.__dict__.get("_module_changes_memo")
        if held is None:
            held = _changed_names(walk(self.m.module, prune=lambda n: isinstance(n, cst.FunctionDef)))
            for fn in (n for n in self.functions.flat.walk(self.m.module) if isinstance(n, cst.FunctionDef)):
                declared = {n.name.value for g in walk(fn.body) if isinstance(g, cst.Global) for n in g.names}
                local = (set(param_names(fn)) | set(rebound_names(fn))) - declared
                held |= _changed_names(walk(fn.body, prune=lambda n: isinstance(n, cst.FunctionDef))) - local
            self.__dict__["_module_changes_memo"] = held
        return held

    def _constant_entry(self, test: cst.BaseExpression, frame: Frame) -> bool | None:
        """``cfg["status_filter"]`` of a variable holding one entry of a module constant table (``cfg =
        PARTNERS[partner]``, run once per entry): True when that entry holds a non-empty collection there; what a
        ``True``/``False`` written there says (``"include_ssn": False`` in the ICE entry: that partner's policy,
        written beside its URL, as a module's ``if False:`` is); None for anything else (an empty one, or None, may
        be a switch flipped in a deployment). ``cfg.send_ssn`` of an object a table holds (``PARTNERS = {"ice":
        PartnerCfg(ICE_URL, send_ssn=False), ...}``) is read as such an entry, and ``cfg.get("include_ssn")`` as
        ``cfg["include_ssn"]``; ``cfg["include_ssn"] is True`` (``== False``, ...) of a flag so decided too."""
        if isinstance(test, cst.Comparison) and len(test.comparisons) == 1 and isinstance(test.comparisons[0].comparator, cst.Name) \
                and test.comparisons[0].comparator.value in ("True", "False") and isinstance(test.comparisons[0].operator, (cst.Is, cst.IsNot, cst.Equal, cst.NotEqual)):
            nested_read = isinstance(test.left, cst.Subscript) and _literal_subscript(test.left) and isinstance(test.left.value, cst.Subscript)
            holds = self._constant_entry(test.left, frame) if self._flag_read(test.left, frame) or nested_read else None
            if holds is None:
                return None
            return (holds == (test.comparisons[0].comparator.value == "True")) == isinstance(test.comparisons[0].operator, (cst.Is, cst.Equal))
        if isinstance(test, cst.Comparison) and len(test.comparisons) == 1 and isinstance(test.comparisons[0].comparator, cst.Name) \
                and test.comparisons[0].comparator.value == "None" and isinstance(test.comparisons[0].operator, (cst.Is, cst.IsNot)):
            # if cfg["columns"] is not None: of an entry holding a list there (or None): decided on that entry's way (round 518c)
            none = self._entry_is_none(test.left, frame)
            return None if none is None else none == isinstance(test.comparisons[0].operator, cst.Is)
        named = string_value(test.args[1].value) if isinstance(test, cst.Call) and len(test.args) in (2, 3) and isinstance(test.args[1].value, cst.SimpleString) else None
        if isinstance(test, cst.Call) and (dotted(test.func) or "") == "getattr" and not any(a.keyword or a.star for a in test.args) \
                and isinstance(named, str) and named.isidentifier():
            # getattr(cfg, "send_ssn", False) of an object a table holds: cfg.send_ssn
            test = cst.Attribute(value=test.args[0].value, attr=cst.Name(named))
        if isinstance(test, cst.Call) and isinstance(test.func, cst.Attribute) and test.func.attr.value == "get" and 1 <= len(test.args) <= 2 \
                and not any(a.keyword or a.star for a in test.args) and isinstance(test.args[0].value, cst.SimpleString):
            # (cfg.get("include_ssn"), .get("include_ssn", False) of an entry holding the key: what it holds there; of an
            # entry of a table no code changes that has no such key: the default, None when none is given)
            owner = frame.env.get(test.func.value.value) if isinstance(test.func.value, cst.Name) else None
            key = string_value(test.args[0].value)
            if owner is not None and owner.const and owner.items is not None and owner.attrs is not None and key not in owner.items \
                    and set(owner.items) == {k for k, _ in owner.attrs} and isinstance(test.func.value, cst.Name) \
                    and self._unchanged_entry(test.func.value.value, owner):
                default = self.expr.eval(test.args[1].value, frame) if len(test.args) == 2 else NONE
                return truth_of(default)
            test = cst.Subscript(value=test.func.value, slice=[cst.SubscriptElement(cst.Index(test.args[0].value))])
        made = self._made_entry_flag(test, frame)
        if made is not None:
            return made
        on_self = isinstance(test, cst.Attribute) and isinstance(test.value, cst.Attribute) and isinstance(test.value.value, cst.Name) \
            and test.value.value.value == "self" and frame.cls is not None
        if isinstance(test, cst.Attribute) and (isinstance(test.value, cst.Name) or on_self):
            # (cfg.send_ssn; self.cfg.send_ssn with self.cfg = PARTNERS[partner] the class's one binding of it)
            owner = cst.ensure_type(test.value, cst.Attribute).attr.value if on_self else cst.ensure_type(test.value, cst.Name).value
            held = (frame.self_attrs.get(owner) or self.functions.self_attribute(owner, frame)) if on_self else frame.env.get(owner)
            flag = dict(held.attrs or ()).get(test.attr.value) if held is not None and held.model is not None else None
            found = self.links.class_of(held.model) if flag is not None and held is not None and held.model is not None else None
            if found is not None and found[0].links.find_method(found[1], test.attr.value) is not None:
                return None  # (a property or method of that name, of the class or a subclass the entry is: what it computes)
            if flag is None or not flag.const or flag.text is not None or flag.items is not None or (TRUE_MARK in flag.labels) == (FALSE_MARK in flag.labels):
                return None
            table = self._entry_of_table(owner, frame, on_self)
            if table is None and not on_self and owner in self._running_params() and held is not None and not self._binding_sources(owner):
                # (a parameter given an entry of a table, build_message(member, partner) in a loop over PARTNERS.values():
                # decided as there, while no code changes the table; round 450a)
                return TRUE_MARK in flag.labels if self._marked_entry_changed(held) is False else None
            if table is None and on_self and held is not None and any(label.startswith(TABLE_ENTRY_MARK) for label in held.labels):
                # (self.profile = PROFILES[partner] of a table imported from another module, one entry on this way: round 468a)
                return TRUE_MARK in flag.labels if self._marked_entry_changed(held) is False else None
            return TRUE_MARK in flag.labels if table is not None and not self._table_changed(table) else None
        table_name = dotted(test.value.value) if isinstance(test, cst.Subscript) and isinstance(test.value, cst.Subscript) \
            and isinstance(test.value.value, (cst.Name, cst.Attribute)) else None
        if isinstance(test, cst.Subscript) and _literal_subscript(test) and isinstance(test.value, cst.Subscript) and len(test.value.slice) == 1 \
                and isinstance(test.value.slice[0].slice, cst.Index) and table_name is not None and table_name.partition(".")[0] not in frame.env \
                and (_literal_subscript(test.value) or const_text(self.expr.eval(test.value.slice[0].slice.value, frame)) is not None):
            # (PARTNERS[partner]["full"] on the run of one key: round 477a)
            # if PARTNERS["ice"]["send_dx"]: a flag of one entry of a partner table read by keys written out (round 473a); of
            # settings.PARTNERS of a module of the project too (round 507a)
            table_of = self._module_table(table_name)
            if table_of is not None and all(isinstance(e, cst.DictElement) and isinstance(e.value, cst.Dict) for e in table_of[2].elements) \
                    and not self._table_changed(table_name):
                read = self.expr.eval(test, frame)
                if read.const and read.text is None and read.items is None and (TRUE_MARK in read.labels) != (FALSE_MARK in read.labels):
                    return TRUE_MARK in read.labels
            return None
        if isinstance(test, cst.Subscript) and len(test.slice) == 1 and isinstance(test.slice[0].slice, cst.Index) \
                and isinstance(test.slice[0].slice.value, cst.SimpleString) and isinstance(test.value, cst.Attribute) \
                and isinstance(test.value.value, cst.Name) and test.value.value.value == "self" and frame.cls is not None:
            # self.cfg["include_ssn"] of self.cfg = PARTNERS[partner], on the way of one entry (_self_entry_ways): as it holds
            # it, while no code changes the table (round 448a)
            held = self.functions.own_self_attribute(test.value.attr.value, frame)
            value = dict(held.attrs or ()).get(str(string_value(test.slice[0].slice.value))) if held is not None and held.items is not None else None
            if held is None or value is None or not value.const or value.text is not None or value.items is not None \
                    or (TRUE_MARK in value.labels) == (FALSE_MARK in value.labels):
                return None
            return TRUE_MARK in value.labels if self._marked_entry_changed(held) is False else None
        if not (isinstance(test, cst.Subscript) and isinstance(test.value, cst.Name) and len(test.slice) == 1
                and isinstance(test.slice[0].slice, cst.Index) and isinstance(test.slice[0].slice.value, cst.SimpleString)):
            return None
        held = frame.env.get(test.value.value)
        key = string_value(test.slice[0].slice.value)
        if held is None or not held.const or held.attrs is None or held.items is None or key not in held.items:
            return None
        value = dict(held.attrs).get(str(key))
        if value is not None and value.const and value.text is None and value.items is None and (TRUE_MARK in value.labels) != (FALSE_MARK in value.labels):
            # (of a table's entry some code changes, PARTNERS["ice"].update(send_dx=True) at import or in a function: unknown;
            # of a dict a caller gave, or bound otherwise than once: unknown)
            if not self._binding_sources(test.value.value):
                # (a parameter given an entry of a table by the caller: decided as there, while no code changes the table)
                changed = self._marked_entry_changed(held) if test.value.value in self._running_params() else None
                return None if changed is None or changed else TRUE_MARK in value.labels
            return TRUE_MARK in value.labels if not any(self._table_changed(t) for t in self._tables_read_into(test.value.value)) else None
        return True if value is not None and value.const and value.items and value.text is None else None

    def _entry_is_none(self, read: cst.BaseExpression, frame: Frame) -> bool | None:
        """``cfg["columns"]`` of a variable holding one entry of a module table, bound once, of a table no code changes: whether
        that entry holds None there (True), something else written out (False); None when not known."""
        if not (isinstance(read, cst.Subscript) and isinstance(read.value, cst.Name) and _literal_subscript(read)):
            return None
        name = read.value.value
        held = frame.env.get(name)
        key = string_value(cst.ensure_type(cst.ensure_type(read.slice[0].slice, cst.Index).value, cst.SimpleString))
        if held is None or not held.const or held.attrs is None or held.items is None or key not in held.items \
                or not any(label.startswith(TABLE_ENTRY_MARK) for label in held.labels):
            return None
        if (self._marked_entry_changed(held) is not False) if not self._binding_sources(name) else any(self._table_changed(t) for t in self._tables_read_into(name)):
            return None  # (of a table some code changes: not known)
        value = dict(held.attrs).get(str(key))
        if value is None or not value.const:
            return None
        if value.text is not None or value.items is not None or value.attrs is not None or value.elements is not None \
                or TRUE_MARK in value.labels or FALSE_MARK in value.labels:
            return False
        return True if is_none(value) or value == NONE else None

    def _made_entry_flag(self, test: cst.BaseExpression, frame: Frame) -> bool | None:
        """``client.cfg["full"]`` (or ``client.full`` of ``self.full = self.cfg["full"]``) of an object the running function
        binds once to a class of the module whose constructor kept one entry of a partner table (``self.cfg =
        PARTNERS[partner]`` given a key written out, or on a key's run): the flag that entry holds, while no code changes
        the table (nor sets that attribute otherwise); None otherwise (round 491a)."""
        read = test.value if isinstance(test, cst.Subscript) and _literal_subscript(test) else test
        if isinstance(read, cst.Attribute) and isinstance(read.value, cst.Name) and read.value.value in frame.env:
            # (settings = client.settings, then settings.send_plan: the flag of the entry the object keeps; round 500a)
            alias = self._binding_sources(read.value.value)
            if len(alias) == 1 and isinstance(alias[0], cst.Attribute) and isinstance(alias[0].value, cst.Name) and alias[0].value.value != "self" \
                    and alias[0].value.value in frame.env and isinstance(self._stack[-1] if self._stack else None, cst.FunctionDef) \
                    and not stored_into(cst.ensure_type(self._stack[-1], cst.FunctionDef), read.value.value):
                return self._made_entry_flag(read.with_changes(value=alias[0]) if test is read else test.with_changes(value=read.with_changes(value=alias[0])), frame)
        of_object = isinstance(read, cst.Attribute) and isinstance(read.value, cst.Attribute) and isinstance(read.value.value, cst.Name)
        if of_object:
            read = cst.ensure_type(read, cst.Attribute).value  # (client.cfg.include_race: an object entry's flag; round 495a)
        if not (isinstance(read, cst.Attribute) and isinstance(read.value, cst.Name)):
            return None
        owner = read.value.value
        held = frame.env.get(owner)
        made = self.links.class_of(held.model) if held is not None and held.model is not None else None
        sources = self._binding_sources(owner) if made is not None else []
        called = self.links.class_of(dotted(sources[0].func) or "") if len(sources) == 1 and isinstance(sources[0], cst.Call) \
            and isinstance(sources[0].func, (cst.Name, cst.Attribute)) else None
        if made is None or called is None or called[1] is not made[1]:
            return None  # (bound once, to an object of the class of the module, or of another module of the project, it holds)
        attrs = dict(cst.ensure_type(held, Val).attrs or ())
        if of_object:
            entry = attrs.get(read.attr.value)
            flag = dict(entry.attrs or ()).get(cst.ensure_type(test, cst.Attribute).attr.value) if entry is not None and entry.model is not None else None
            found = self.links.class_of(entry.model) if entry is not None and entry.model is not None else None
            if found is not None and found[0].links.find_method(found[1], cst.ensure_type(test, cst.Attribute).attr.value) is not None:
                return None  # (a property of that name: what it computes)
        elif test is read:
            # (client.full: a flag the constructor copied from the entry it kept, self.full = self.cfg["full"])
            home, cls = made
            init = cls.methods.get("__init__")
            copied = [v for n in (self.functions.flat.walk(init.body) if isinstance(init, cst.FunctionDef) else ())
                      if type(n) is cst.Assign and len(n.targets) == 1 and isinstance(n.targets[0].target, cst.Attribute)  # type: ignore[attr-defined]
                      and n.targets[0].target.attr.value == read.attr.value for v in [n.value]]  # type: ignore[attr-defined]
            entry_read = _as_entry_read(copied[0]) if len(copied) == 1 else None
            kept = entry_read.value if isinstance(entry_read, (cst.Subscript, cst.Attribute)) else None
            if not (isinstance(kept, cst.Attribute) and isinstance(kept.value, cst.Name) and kept.value.value == "self") \
                    or home.statements._attribute_set_elsewhere(read.attr.value, 1, cls) \
                    or (home is not self.m and self._attribute_set_elsewhere(read.attr.value, 0)):
                return None
            entry, flag = attrs.get(kept.attr.value), attrs.get(read.attr.value)
        else:
            entry = attrs.get(read.attr.value)
            key = string_value(cst.ensure_type(cst.ensure_type(test, cst.Subscript).slice[0].slice, cst.Index).value)
            flag = dict(entry.attrs or ()).get(str(key)) if entry is not None and entry.items is not None and key in entry.items else None
        if entry is None or flag is None or not flag.const or flag.text is not None or flag.items is not None \
                or (TRUE_MARK in flag.labels) == (FALSE_MARK in flag.labels):
            return None
        return TRUE_MARK in flag.labels if self._marked_entry_changed(entry) is False else None

    def _unchanged_entry(self, name: str, held: Val) -> bool:
        """``name`` holds an entry of a module table no code changes: read into it from tables (``cfg = PARTNERS[p]``), or a
        parameter of the running function given one by its caller (marked, ``entry_mark``; round 448a)."""
        tables = self._tables_read_into(name)
        if tables:
            return not any(self._table_changed(t) for t in tables)
        return name in self._running_params() and not self._binding_sources(name) and self._marked_entry_changed(held) is False

    def _flag_read(self, node: cst.BaseExpression, frame: Frame) -> bool:
        """``node`` reads a True/False entry flag (``cfg["include_ssn"]``, ``cfg.get(...)``, ``cfg.send_ssn``), not a
        collection whose emptiness ``_constant_entry`` answers for."""
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value == "get" and node.args:
            owner, key = node.func.value, node.args[0].value
        elif isinstance(node, cst.Subscript) and _literal_subscript(node):
            owner, key = node.value, cst.ensure_type(node.slice[0].slice, cst.Index).value
        elif isinstance(node, cst.Attribute):
            owner, key = node.value, cst.SimpleString(repr(node.attr.value))
        else:
            return False
        held = frame.env.get(owner.value) if isinstance(owner, cst.Name) else None
        text = string_value(key) if isinstance(key, cst.SimpleString) else None
        flag = dict(held.attrs or ()).get(str(text)) if held is not None and isinstance(text, str) else None
        return flag is not None and flag.text is None and flag.items is None and (TRUE_MARK in flag.labels) != (FALSE_MARK in flag.labels)

    def entry_mark(self, home: "ModuleAnalysis", table: str, written: str | None) -> str:
        """The label that marks a value as one entry of the table ``table`` of ``home``, read here as ``written`` (see
        ``_marked_entry_changed``)."""
        registry: "list[tuple[ModuleAnalysis, str, str | None]]" = self.__dict__.setdefault("_entry_tables", [])
        _MARKERS[str(id(self))] = self
        found = next((i for i, (m, t, w) in enumerate(registry) if m is home and t == table and w == written), None)
        if found is None:
            registry.append((home, table, written))
            found = len(registry) - 1
        return f"{TABLE_ENTRY_MARK}{id(self)}:{found}>"

    def _marked_entry_changed(self, held: Val) -> bool | None:
        """Whether some code changes the table a value marked as one of its entries (``entry_mark``, by this module) is
        of; None when it is marked as no entry, of several tables, or by another module."""
        marks = [label for label in held.labels if label.startswith(TABLE_ENTRY_MARK)]
        if len(marks) != 1:
            return None
        owner, _, at = marks[0][len(TABLE_ENTRY_MARK):-1].partition(":")
        if owner != str(id(self)):
            # (marked by another module of the project: an object of its class made here, self.cfg = PARTNERS[partner]
            # run there; round 491a)
            other = _MARKERS.get(owner)
            return other._marked_entry_changed(held) if other is not None and other is not self else None
        registry: "list[tuple[ModuleAnalysis, str, str | None]]" = self.__dict__.get("_entry_tables", [])
        if not at.isdigit() or int(at) >= len(registry):
            return None
        home, table, written = registry[int(at)]
        # (changed where it is written, or here through the name it is read by)
        literal = home.index.constants.get(table)
        objects = isinstance(literal, cst.Dict) and not all(isinstance(e, cst.DictElement) and isinstance(e.value, cst.Dict) for e in literal.elements)
        # (of a table of configuration objects, PARTNERS["ice"].include_race = True anywhere changes an entry too)
        return home.statements._table_changed(table) or (objects and home.statements.entries_changed(table)) \
            or (written is not None and home is not self.m and self._table_changed(written))

    def _entry_of_table(self, name: str, frame: Frame, on_self: bool = False) -> str | None:
        """The module constant table (``PARTNERS``, ``settings.PARTNERS``) an entry of which the running function binds
        ``name`` to, once (``cfg = PARTNERS[partner]``, ``PARTNERS.get(partner)``, ``CONFIG["partners"]["ice"]``, of this
        module or imported, not grown; ``for cfg in PARTNERS.values()``); with ``on_self``, the running class binds
        ``self.<name>`` to, once in all its methods; None otherwise."""
        running = self._stack[-1] if self._stack else None
        sources = self._self_sources(name, frame) if on_self else self._binding_sources(name)
        value = sources[0] if len(sources) == 1 else None
        if isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute) and value.func.attr.value in ("values", "items") and not value.args:
            value = cst.Subscript(value=value.func.value, slice=[cst.SubscriptElement(cst.Index(cst.Name("_")))])  # (each entry in turn)
        if isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute) and value.func.attr.value == "get":
            value = value.func.value
        elif isinstance(value, cst.Subscript):
            value = value.value
        else:
            return None
        while isinstance(value, cst.Subscript) and _literal_subscript(value):
            value = value.value
        table = dotted(value) if isinstance(value, (cst.Name, cst.Attribute)) else None
        head = (table or "").split(".", 1)[0]
        known = table is not None and isinstance(running, cst.FunctionDef) and head not in param_names(running) and not self._bindings(running, head) \
            and table not in self.index.grown and (table in self.index.constants or head in self.index.imports)
        return table if known else None

    def _running_params(self) -> "set[str]":
        """The parameters of the running function."""
        running = self._stack[-1] if self._stack else None
        return param_names(running) if isinstance(running, cst.FunctionDef) else set()

    def _binding_sources(self, name: str) -> "list[cst.BaseExpression]":
        """What the running function binds ``name`` from: the value of its one plain binding, or the iterable of the one
        loop binding it (``for cfg in PARTNERS.values()``, ``for key, cfg in PARTNERS.items()``: the iterable); empty when it
        is bound more than once or otherwise."""
        running = self._stack[-1] if self._stack else None
        if not isinstance(running, cst.FunctionDef):
            return []
        memo: "dict[tuple[int, str], list[cst.BaseExpression]]" = self.__dict__.setdefault("_binding_sources_memo", {})
        if (id(running), name) not in memo:
            memo[(id(running), name)] = self._find_binding_sources(running, name)
        return memo[(id(running), name)]

    def _find_binding_sources(self, running: cst.FunctionDef, name: str) -> "list[cst.BaseExpression]":
        """``_binding_sources``, worked out once per function and name."""
        if self._bindings(running, name) == 0:
            # (a comprehension's variable, [... for c in PARTNERS.values() if c["include_ssn"]]: its one comprehension)
            comps = [n for n in self.functions.flat.walk(running.body) if isinstance(n, cst.CompFor) and isinstance(n.target, cst.Name) and n.target.value == name]
            if len(comps) == 1:
                return [comps[0].iter]
            return []
        if self._bindings(running, name) != 1:
            return []
        binding = bindings_of(running.body, name)[0]
        if isinstance(binding, cst.Assign) and len(binding.targets) == 1 and isinstance(binding.targets[0].target, cst.Name):
            return [binding.value]
        if isinstance(binding, (cst.For, cst.CompFor)) and (isinstance(binding.target, cst.Name) or (
                isinstance(binding.target, cst.Tuple) and len(binding.target.elements) == 2 and isinstance(binding.target.elements[1].value, cst.Name)
                and binding.target.elements[1].value.value == name and isinstance(binding.iter, cst.Call)
                and isinstance(binding.iter.func, cst.Attribute) and binding.iter.func.attr.value == "items")):
            return [binding.iter.with_changes(func=binding.iter.func.with_changes(attr=cst.Name("values")))
                    if isinstance(binding.iter, cst.Call) and isinstance(binding.iter.func, cst.Attribute) and binding.iter.func.attr.value == "items"
                    else binding.iter]
        return []

    def _self_sources(self, attr: str, frame: Frame) -> "list[cst.BaseExpression]":
        """What the methods of the running class bind ``self.<attr>`` from, every plain assignment (found in one walk of
        the class)."""
        node = frame.cls.node if frame.cls is not None else None
        if node is None:
            return []
        memo: "dict[int, dict[str, list[cst.BaseExpression]]]" = self.__dict__.setdefault("_self_sources_memo", {})
        if id(node) not in memo:
            found: "dict[str, list[cst.BaseExpression]]" = {}
            # (the class and its bases of the module: self.cfg = PARTNERS[partner] in a base's __init__ read by a subclass's
            # method; round 470a)
            classes, seen = [node], set()
            while classes:
                klass = classes.pop()
                if id(klass) in seen:
                    continue
                seen.add(id(klass))
                for n in walk(klass):
                    if isinstance(n, cst.Assign):
                        for t in n.targets:
                            if isinstance(t.target, cst.Attribute) and isinstance(t.target.value, cst.Name) and t.target.value.value == "self":
                                found.setdefault(t.target.attr.value, []).append(n.value)
                info = self.index.classes.get(klass.name.value)
                classes += [self.index.classes[b].node for b in (info.bases if info is not None and info.node is klass else ()) if b in self.index.classes]
            memo[id(node)] = found
        return list(memo[id(node)].get(attr, ()))

    def _tables_read_into(self, name: str) -> "list[str]":
        """The module constants (and imported names) the running function's one binding of ``name`` reads (``cfg =
        dict(PARTNERS[p])``: ``PARTNERS``); none for a name bound otherwise or to a literal of its own."""
        values = self._binding_sources(name)
        if len(values) != 1:
            return []
        running = self._stack[-1] if self._stack else None
        cls = next((c for c in self.index.classes.values() if any(m is running for m in c.methods.values())), None) if running is not None else None
        # (cfg = self.registry[self.partner] of registry = PARTNERS: PARTNERS; round 462a)
        aliased = [alias.value for n in walk(values[0]) if isinstance(n, cst.Attribute) and (alias := self.expr.class_table_alias(n, None, cls)) is not None] \
            if cls is not None else []
        return aliased + [dotted(n) or "" for n in walk(values[0]) if isinstance(n, (cst.Name, cst.Attribute)) and (dotted(n) or "") in self.index.constants
                          or (isinstance(n, cst.Name) and n.value in self.index.imports)]

    def _table_changed(self, table: str) -> bool:
        """Code of the module (at import or in any function), or of the module ``table`` is imported from, changes an
        entry of the table at any depth (``PARTNERS["ice"]["send_dx"] = True`` in a function or a loop,
        ``PARTNERS["ice"].update(...)``, ``PARTNERS |= {...}``, ``del PARTNERS["ice"]``), beyond the plain changes at
        import folded into its literal: what it holds then is not what is written."""
        if self._changes_entries(table):
            return True
        alias = self.index.constants.get(table)
        if isinstance(alias, cst.Attribute) and isinstance(dotted(alias), str) and dotted(alias) != table:
            # (P = settings.PARTNERS: changed where settings changes it too; review 58f)
            return self._declared_global(table) or self._table_changed(cst.ensure_type(dotted(alias), str))
        found = self.links.foreign(table) if "." in table or table in self.index.imports else None
        return found is not None and found[0] is not self.m and found[0].statements._changes_entries(found[1])

    def only_read(self, table: str) -> bool:
        """The module constant ``table`` is only ever read in this module, never changed nor handed on: each use of its name
        is its definition, a read of one entry (``URLS[k]``, ``URLS.get(k)``), a test of a key (``k in URLS``), or a loop
        over it or its keys, values or items (not an alias, ``global``, an argument, a store, a method that changes it;
        nor a spread of another table into it: ``{**EXTRA}``)."""
        memo: "dict[str, bool]" = self.__dict__.setdefault("_only_read_memo", {})
        if table not in memo:
            allowed: set[int] = set()
            for node in self.functions.flat.walk(self.m.module):
                if isinstance(node, cst.Subscript) and isinstance(node.value, cst.Name):
                    allowed.add(id(node.value))
                elif isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and isinstance(node.func.value, cst.Name) \
                        and node.func.attr.value in ("get", "keys", "values", "items"):
                    allowed.add(id(node.func.value))
                elif isinstance(node, cst.ComparisonTarget) and isinstance(node.operator, (cst.In, cst.NotIn)) and isinstance(node.comparator, cst.Name):
                    allowed.add(id(node.comparator))
                elif isinstance(node, (cst.For, cst.CompFor)) and isinstance(node.iter, cst.Name):
                    allowed.add(id(node.iter))
                elif isinstance(node, cst.Assign) and isinstance(node.targets[0].target, cst.Name):
                    allowed.add(id(node.targets[0].target))
                elif isinstance(node, cst.Attribute):
                    allowed.add(id(node.attr))  # (x.URLS: an attribute of something else)
            stores = {id(t.target.value) for n in self.functions.flat.walk(self.m.module) if isinstance(n, cst.Assign) for t in n.targets
                      if isinstance(t.target, cst.Subscript)} | {id(n.target.value) for n in self.functions.flat.walk(self.m.module)
                                                                   if isinstance(n, (cst.AugAssign, cst.Del)) and isinstance(n.target, cst.Subscript)}
            literal = self.index.constants.get(table)
            memo[table] = isinstance(literal, cst.Dict) and all(isinstance(e, cst.DictElement) for e in literal.elements) and not any(
                isinstance(n, cst.Name) and n.value == table and (id(n) not in allowed or id(n) in stores) for n in self.functions.flat.walk(self.m.module))
        return memo[table]

    def _changes_entries(self, table: str) -> bool:
        """``_table_changed`` in this module's own code (of ``PARTNERS = CONFIG["partners"]``, ``CONFIG``'s changes too, and
        those of another module ``CONFIG`` is imported from)."""
        memo: "dict[str, bool]" = self.__dict__.setdefault("_changes_entries_memo", {})
        literal = self.index.constants.get(table)
        root = root_name(literal) if isinstance(literal, cst.Subscript) else None
        if root is not None and root != table and table not in memo:
            memo[table] = True  # (while its root is asked: a cycle reads as changed)
            memo[table] = self._table_changed(root) or self._scan_entries(table)
        return memo[table] if table in memo else self._scan_entries(table)

    def _scan_entries(self, table: str) -> bool:
        """The scan of ``_changes_entries`` for ``table`` itself."""
        memo: "dict[str, bool]" = self.__dict__.setdefault("_scan_entries_memo", {})
        if table not in memo:
            def reaches(node: cst.BaseExpression, itself: bool = False) -> bool:
                if itself and isinstance(node, (cst.Name, cst.Attribute)) and dotted(node) == table:
                    return True
                while isinstance(node, (cst.Subscript, cst.Attribute)):
                    node = node.value
                    if isinstance(node, (cst.Name, cst.Attribute)) and dotted(node) == table:
                        return True
                return False
            def iterated(node: cst.BaseExpression) -> bool:
                if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value in ("values", "items"):
                    node = node.func.value
                return reaches(node, itself=True)
            def unwrapped(node: cst.BaseExpression) -> cst.BaseExpression:
                # (getattr(s, "cfg"), vars(s)["cfg"], s.__dict__["cfg"]: s.cfg; review 57c)
                if isinstance(node, cst.Call) and (dotted(node.func) or "") == "getattr" and len(node.args) == 2 \
                        and isinstance(node.args[1].value, cst.SimpleString) and isinstance(string_value(node.args[1].value), str):
                    return cst.Attribute(value=node.args[0].value, attr=cst.Name(str(string_value(node.args[1].value))))
                if isinstance(node, cst.Subscript) and _literal_subscript(node) and (
                        (isinstance(node.value, cst.Call) and (dotted(node.value.func) or "") == "vars" and len(node.value.args) == 1)
                        or (isinstance(node.value, cst.Attribute) and node.value.attr.value == "__dict__")):
                    owner = node.value.args[0].value if isinstance(node.value, cst.Call) else cst.ensure_type(node.value, cst.Attribute).value
                    key = string_value(cst.ensure_type(cst.ensure_type(node.slice[0].slice, cst.Index).value, cst.SimpleString))
                    if isinstance(key, str) and key.isidentifier():
                        return cst.Attribute(value=owner, attr=cst.Name(key))
                # (globals()["PARTNERS"]: the module's own name; round 459a)
                if isinstance(node, cst.Subscript) and isinstance(node.value, cst.Call) and (dotted(node.value.func) or "") in ("globals", "vars") \
                        and not node.value.args and _literal_subscript(node):
                    return cst.Name(str(string_value(cst.ensure_type(cst.ensure_type(node.slice[0].slice, cst.Index).value, cst.SimpleString))))
                # (list(PARTNERS.values()), PARTNERS.get("ice"), sorted(...): what they hold are the entries)
                while isinstance(node, cst.Call) and node.args and ((dotted(node.func) or "") in ("list", "tuple", "sorted", "iter", "reversed", "next") or (
                        isinstance(node.func, cst.Attribute) and node.func.attr.value in ("get", "setdefault"))):
                    node = node.args[0].value if (dotted(node.func) or "") in ("list", "tuple", "sorted", "iter", "reversed", "next") \
                        else cst.Subscript(value=cst.ensure_type(node.func, cst.Attribute).value, slice=[cst.SubscriptElement(cst.Index(node.args[0].value))])
                return node

            def chain(node: cst.BaseExpression, itself: bool) -> "set[str]":
                # the dotted names along a chain of subscripts and attributes (PARTNERS["ice"].flags: PARTNERS; self.cfg.x:
                # self, self.cfg), with the node's own with ``itself``
                found: set[str] = set()
                if itself and isinstance(node, (cst.Name, cst.Attribute)):
                    found.add(dotted(node) or "")
                while isinstance(node, (cst.Subscript, cst.Attribute, cst.NamedExpr)):
                    node = node.value  # ((cfg := PARTNERS[name]).include_ssn = True: what the walrus binds; round 448a)
                    node = unwrapped(node)  # (PARTNERS.get("ice")["send_dx"] = True: an entry; round 455a)
                    if isinstance(node, (cst.Name, cst.Attribute)):
                        found.add(dotted(node) or "")
                if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value in getters:
                    found.add(table)  # (entry_for(name)["include_dx"] = True of a getter of an entry; review 57d)
                if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value in ("values", "items") and not node.args:
                    found |= chain(node.func.value, True)  # (entries = list(PARTNERS.values()): the table's entries; review 57d)
                if isinstance(node, (cst.Tuple, cst.List)):
                    for element in node.elements:  # (for entry in (PARTNERS["ice"], PARTNERS["state"]); review 57d)
                        found |= chain(unwrapped(element.value), True)
                if isinstance(node, (cst.ListComp, cst.GeneratorExp, cst.SetComp)):
                    found |= chain(unwrapped(_through_iterators(node.for_in.iter)), True)  # ([c for c in PARTNERS.values()]; review 57e)
                return found

            def scan(body: cst.CSTNode, inherited: "frozenset[str]") -> bool:
                # one function (or the module at import), its nested functions each their own scope: the names the table's
                # entries are held under there (ice = PARTNERS["ice"]; for c in PARTNERS.values(); e := PARTNERS["ice"];
                # ice, cms = PARTNERS["ice"], PARTNERS["cms"]; self.cfg = PARTNERS[p]), each bound there only so (a name
                # bound to something else too is another value at some point)
                nodes = list(walk(body, prune=lambda n: n is not body and isinstance(n, (cst.FunctionDef, cst.Lambda))))
                # (the body of a lambda mapped over the table's entries, with its parameter bound to them: map(lambda e:
                # e.update(...), PARTNERS.values()); round 459a; any other lambda's parameters are its own, review 57b)
                nodes += [inner for n in list(nodes) if isinstance(n, cst.Call) and (dotted(n.func) or "") == "map" and len(n.args) >= 2
                          and isinstance(n.args[0].value, cst.Lambda) for inner in walk(n.args[0].value.body)]
                pairs: "list[tuple[str, set[str]]]" = []  # (the name bound, the names what it is bound to is read from)
                for node in nodes:
                    bindings: "list[tuple[cst.BaseExpression, cst.BaseExpression]]" = []
                    if isinstance(node, cst.Assign):
                        bindings = [(t.target, node.value) for t in node.targets]
                    elif isinstance(node, cst.AnnAssign) and node.value is not None:
                        bindings = [(node.target, node.value)]  # (cfg |= {...}: the same dict, changed in place; review 57c)
                    elif isinstance(node, cst.NamedExpr):
                        bindings = [(node.target, node.value)]
                    elif isinstance(node, cst.Call) and (dotted(node.func) or "") == "map" and len(node.args) >= 2 \
                            and isinstance(node.args[0].value, cst.Lambda):
                        source = unwrapped(node.args[1].value)
                        if isinstance(source, cst.Call) and isinstance(source.func, cst.Attribute) and source.func.attr.value in ("values", "items"):
                            source = cst.Subscript(value=source.func.value, slice=[cst.SubscriptElement(cst.Index(cst.Name("_")))])
                        bindings = [(p.name, source) for p in node.args[0].value.params.params]
                    elif isinstance(node, (cst.For, cst.CompFor)):
                        source = unwrapped(_through_iterators(node.iter))
                        if isinstance(source, cst.Call) and isinstance(source.func, cst.Attribute) and source.func.attr.value in ("values", "items"):
                            source = cst.Subscript(value=source.func.value, slice=[cst.SubscriptElement(cst.Index(cst.Name("_")))])
                        bindings = [(n, source) for n in walk(node.target) if isinstance(n, cst.Name)]
                    for target, value in bindings:
                        if isinstance(target, (cst.Tuple, cst.List)) and isinstance(value, (cst.Tuple, cst.List)) and len(target.elements) == len(value.elements):
                            bindings.extend((t.value, v.value) for t, v in zip(target.elements, value.elements, strict=True))
                        elif isinstance(target, (cst.Tuple, cst.List)):
                            # first, _ = PARTNERS.values(): each name one of its entries (round 464a); a, b = PARTNERS.items(),
                            # (_, ice), _ = ...: each name (or pair) holds one (review 57c)
                            source = unwrapped(value)
                            if isinstance(source, cst.Call) and isinstance(source.func, cst.Attribute) and source.func.attr.value in ("values", "items"):
                                entry = cst.Subscript(value=source.func.value, slice=[cst.SubscriptElement(cst.Index(cst.Name("_")))])
                                bindings.extend((n, entry) for n in walk(target) if isinstance(n, cst.Name))
                        elif isinstance(target, (cst.Name, cst.Attribute)):
                            value = unwrapped(value)
                            got = isinstance(value, cst.Call) and isinstance(value.func, cst.Name) and value.func.value in getters
                            read_from = {table} if got else chain(value, True) if isinstance(value, (cst.Name, cst.Attribute, cst.Subscript)) \
                                else chain(value, False) if isinstance(value, (cst.Call, cst.Tuple, cst.List, cst.ListComp, cst.GeneratorExp, cst.SetComp)) else set()
                            pairs.append((dotted(target) or "", read_from))
                aliases = {table} | set(inherited)
                # (c = s.cfg of an object whose class keeps an entry as self.cfg: an entry; review 57c)
                aliases |= {s for _, sources in pairs for s in sources if "." in s and s.rsplit(".", 1)[1] in object_attrs
                            and (s.count(".") >= 2 or not s.startswith("self."))}
                by_source: "dict[str, list[str]]" = {}
                for name, sources in pairs:
                    for source in sources:
                        by_source.setdefault(source, []).append(name)
                queue = list(aliases)
                while queue:
                    for name in by_source.get(queue.pop(), ()):
                        if name not in aliases:
                            aliases.add(name)
                            queue.append(name)
                aliases -= {name for name, sources in pairs if name != table and not sources & aliases}

                def held(node: cst.BaseExpression, itself: bool = False) -> bool:
                    # (_entry(name).update(...) of def _entry(n): return PARTNERS.get(n): what the call returns is an entry)
                    # (s.cfg["include_ssn"] = True of an object whose class binds self.cfg = PARTNERS[partner]: review 57b)
                    found = chain(node, itself)
                    return bool(found & aliases) or (isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value in getters) \
                        or any((c.count(".") >= 2 or ("." in c and not c.startswith("self."))) and c.rsplit(".", 1)[1] in object_attrs for c in found)
                for node in nodes:
                    if id(node) in self.index.folded_entries:
                        continue
                    if isinstance(node, cst.Assign) and any(held(t) for t in _target_parts([t.target for t in node.targets])):
                        return True  # (PARTNERS["ice"]["include_ssn"], n = True, 1: a part of a tuple target too; round 466a)
                    if isinstance(node, (cst.AugAssign, cst.Del)) and held(node.target, itself=True):
                        return True
                    if isinstance(node, cst.Call) and (self.index.qualify(dotted(node.func) or "") or dotted(node.func) or "") in _CHANGING_FUNCTIONS \
                            and node.args and held(node.args[0].value, itself=True):
                        return True  # setattr(PARTNERS[name], flag, value), operator.setitem(PARTNERS["ice"], k, v) (round 464a)
                    # (a method of an entry, PARTNERS["ice"].enable_ssn(), may set what it holds; a method of a text, of
                    # base_url(p).rstrip("/"), changes nothing)
                    if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value not in _READ_METHODS \
                            and node.func.attr.value not in _TEXT_METHODS and held(node.func.value, itself=node.func.attr.value in CHANGING_METHODS):
                        return True
                    if isinstance(node, cst.Call) and (dotted(node.func) or "") in ("vars", "object.__setattr__", "object.__delattr__") and node.args \
                            and held(node.args[0].value, itself=True):
                        return True  # (vars(PARTNERS[name]).update(...), object.__setattr__(PARTNERS[name], ...))
                    # (an entry handed to a function or method of the module, or of another module of the project, that changes
                    # that parameter: enable(PARTNERS["ice"]))
                    if isinstance(node, cst.Call) and any(held(a.value, itself=True) for a in node.args):
                        called = node.func.value if isinstance(node.func, cst.Name) else node.func.attr.value if isinstance(node.func, cst.Attribute) else None
                        if any(_changes_given(fn, node, held, functions) for fn in functions.get(called or "", ())):
                            return True
                        # (enable of from util import enable, util.enable of import util)
                        written = dotted(node.func) if isinstance(node.func, (cst.Name, cst.Attribute)) else None
                        foreign = self.links.foreign(written) if written is not None and written.split(".", 1)[0] in self.index.imports else None
                        other = foreign[0].index.functions.get(foreign[1]) if foreign is not None else None
                        if other is not None and _changes_given(other, node, held, {}):
                            return True
                inner = frozenset(a for a in aliases if a != table and not a.startswith("self."))
                return any(scan(n, (inner - bound_in([n.body]) - param_names(n) if isinstance(n.body, cst.IndentedBlock) else inner - param_names(n))
                                | on_self.get(id(n), frozenset()) | defaults(n, aliases))
                           for n in nodes if n is not body and isinstance(n, cst.FunctionDef))

            def defaults(fn: cst.FunctionDef, aliases: "set[str] | frozenset[str]") -> "frozenset[str]":
                # def enable(name, reg=PARTNERS): the parameter holds the table unless a caller gives another (round 448a)
                return frozenset(p.name.value for p in (*fn.params.params, *fn.params.kwonly_params)
                                 if p.default is not None and chain(unwrapped(p.default), True) & (set(aliases) | {table}))
            # (functions of the module that return an entry, or the table: def _entry(n): return PARTNERS.get(n))
            # (an entry itself: return PARTNERS.get(n), not a text read from one, return PARTNERS[p]["url"])
            getters = {fn.name.value for fn in self.functions.flat.walk(self.m.module) if isinstance(fn, cst.FunctionDef) and any(
                isinstance(r, cst.Return) and r.value is not None and _entry_itself(unwrapped(r.value), table) for r in walk(fn.body))}
            # (self.cfg = PARTNERS[partner] in one method, self.cfg.include_ssn = True in another: the object's attribute, in
            # every method)
            # (of each class, for its own methods only)
            on_self: "dict[int, frozenset[str]]" = {}
            functions: "dict[str, list[cst.FunctionDef]]" = {}
            for klass in self.functions.flat.walk(self.m.module):
                if isinstance(klass, cst.FunctionDef):
                    functions.setdefault(klass.name.value, []).append(klass)
                if not isinstance(klass, cst.ClassDef) or not isinstance(klass.body, cst.IndentedBlock):
                    continue
                # (a parameter whose default is the table, __init__(self, table=PARTNERS): self.table = table; a class attribute
                # bound to it, registry = PARTNERS, read as self.registry or cls.registry: round 448a)
                held_by = {table} | {name for m in klass.body.body if isinstance(m, cst.FunctionDef) for name in defaults(m, {table})}
                held_on_self = frozenset(dotted(t.target) or "" for n in walk(klass) if isinstance(n, cst.Assign) for t in n.targets
                                         if isinstance(t.target, cst.Attribute) and isinstance(t.target.value, cst.Name) and t.target.value.value == "self"
                                         and held_by & chain(unwrapped(n.value), True))
                held_on_self |= frozenset(f"{owner}.{t.target.value}" for n in klass.body.body if isinstance(n, cst.SimpleStatementLine)
                                          for small in n.body if isinstance(small, cst.Assign) and table in chain(unwrapped(small.value), True)
                                          for t in small.targets if isinstance(t.target, cst.Name) for owner in ("self", "cls", klass.name.value))
                for method in klass.body.body:
                    if isinstance(method, cst.FunctionDef) and held_on_self:
                        on_self[id(method)] = held_on_self
            object_attrs = {name.rsplit(".", 1)[1] for names in on_self.values() for name in names if name.startswith("self.")}
            memo[table] = scan(self.m.module, frozenset())
        return memo[table]

    def _counter_of(self, target: cst.Subscript, frame: Frame, *, number: bool = False) -> bool:
        """``target`` is an entry of a dict of constants of the running function, at a known key
        (``counts["failed"]``, ``stats["run"]["failed"]`` of ``{"run": {"failed": 0}}``); given a
        ``number``, a new key of such a dict becomes one more constant entry."""
        keys: list[cst.BaseExpression] = []
        node: cst.BaseExpression = target
        while isinstance(node, cst.Subscript) and len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index):
            keys.insert(0, node.slice[0].slice.value)
            node = node.value
        held = frame.env.get(node.value) if isinstance(node, cst.Name) and node is not target else None
        if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value == "self" and frame.cls is not None:
            held = self.functions.self_attribute(node.attr.value, frame)  # self.stats["run"]["sent"] += 1
        for at, key in enumerate(keys):
            if held is None or not held.const or held.items is None or held.placements:
                return False
            found = self.expr.eval(key, frame)
            if at == len(keys) - 1:
                if all(v.const for _, v in held.attrs or ()) and _keys_among(found, held.items):
                    return True
                if number and at == 0 and isinstance(node, cst.Name) and found.const and found.text is not None \
                        and all(v.const for _, v in held.attrs or ()):
                    # counts = {}; counts["sent"] = counts.get("sent", 0) + 1: one more constant entry
                    entries = {**dict(held.attrs or ()), found.text: const_val()}
                    frame.env[node.value] = replace(held, items=(*held.items, found.text), attrs=tuple(sorted(entries.items())))
                    return True
                return False
            held = dict(held.attrs or ()).get(found.text) if found.const and found.text is not None else None
        return False

    def _flags_by_person(self, target: cst.Subscript, val: Val, frame: Frame) -> bool:
        """``flags[m.cin] = <status test>``: a status flag stored in a variable's dict under a person's key."""
        last = target.slice[0].slice if len(target.slice) == 1 else None
        return isinstance(target.value, cst.Name) and target.value.value in frame.env and isinstance(last, cst.Index) \
            and val.const and STATUS_MARK in val.labels and self.population.person_key(last.value)

    def store_item(self, target: cst.Subscript, val: Val, frame: Frame) -> None:
        """``d["k"] = v`` (also ``d["a"]["b"] = v``, ``self.d["k"] = v``, ``d.setdefault("a", {})["b"] = v``,
        an alias ``sub = d["a"]; sub["b"] = v``, and a module-level dict filled in a function)."""
        if is_scalar_constant(val):
            split = _column_by_column(target, self._constant_column_names)
            if split is not None:
                # df[["ssn_num", "dob"]] = "X", df.loc[:, ["ssn_num"]] = None: each column given that constant, as
                # df["ssn_num"] = "X" gives it (SPEC section 6: a value the code replaces with a constant)
                for one in split:
                    self.store_item(self.m.stand_in(one, target), val, frame)  # type: ignore[arg-type]
                return
        last = target.slice[0].slice if len(target.slice) == 1 else None
        owner = frame.env.get(target.value.value) if isinstance(target.value, cst.Name) else None
        if owner is not None and owner.model is not None and isinstance(last, cst.Index):
            found_cls = self.links.class_of(owner.model)
            setter = found_cls[0].links.find_method(found_cls[1], "__setitem__") if found_cls is not None else None
            if setter is not None:
                # p["race"] = m.race on an object whose class defines __setitem__: that method, with the key
                # and the value (placed here, at the store)
                key_arg = self.m.stand_in(cst.Arg(value=last.value), last.value)
                value_arg = self.m.stand_in(cst.Arg(value=target), target)
                self.m.last_self = {}
                self.calls.call_method_of(setter, [(key_arg, self.expr.eval(last.value, frame)), (value_arg, val)], owner, target)  # type: ignore[arg-type]
                if self.m.last_self and frame.env.get(target.value.value) is owner:
                    frame.env[target.value.value] = with_attrs(owner, self.m.last_self)
                return
        # d[key] = value with the key computed (a generic setter's parameter): a bare field the caller
        # handed is placed at the caller's argument; under a literal key the store names the field here
        self._computed_key = isinstance(last, cst.Index) and not isinstance(last.value, (cst.SimpleString, cst.ConcatenatedString))
        before = frame.env.get(target.value.value) if isinstance(target.value, cst.Name) else None
        # (res["resourceType"] = "Condition" on a dict of constants: a clinical resource now, not a counter's entry)
        retyped = isinstance(last, cst.Index) and isinstance(last.value, cst.SimpleString) and string_value(last.value) == "resourceType" \
            and self.expr.clinical_of(val) is not None
        if is_scalar_constant(val) and not retyped and self._counter_of(target, frame, number=val.text is None):
            self._computed_key = False
            if isinstance(target.value, cst.Name) and target.value.value in frame.env and isinstance(last, cst.Index) and (
                    val.text is not None or is_none(val) or (TRUE_MARK in val.labels) != (FALSE_MARK in val.labels)):
                # params = {"immigration_status": None}; params["immigration_status"] = "EWI": that constant now (cfg =
                # dict(PARTNERS[p]); cfg["send_dx"] = False: that flag)
                key = const_text(self.expr.eval(last.value, frame))
                if key is not None:
                    frame.env[target.value.value] = with_constant_entries(frame.env[target.value.value], {key: val})
            return  # counts = {"failed": 0}; counts["failed"] += 1 (stats["run"]["failed"] += 1): still a dict of constants
        try:
            self._store_item(target, val, frame)
        finally:
            self._computed_key = False
        if self._flags_by_person(target, val, frame):
            # in_scope[m.cin] = m.imgrtn_stus_cd in U in a loop: flags by member id, a status test where one is read
            frame.env[target.value.value] = frame.env[target.value.value].with_labels({STATUS_VALUES_MARK})  # type: ignore[attr-defined]
        owner_name = target.value.value.value if isinstance(target.value, cst.Attribute) and target.value.attr.value in ("loc", "at", "iloc") \
            and isinstance(target.value.value, cst.Name) else None
        if owner_name is not None and owner_name in frame.env and len(target.slice) == 2 and isinstance(target.slice[1].slice, cst.Index) \
                and not is_scalar_constant(val):
            # df.loc[:, "priority"] = df["score"]: a column given data is no constant column any more
            column = const_text(self.expr.eval(target.slice[1].slice.value, frame))
            held_frame = frame.env[owner_name]
            if column is not None and CONSTANT_COLUMN + column in held_frame.labels:
                frame.env[owner_name] = replace(held_frame, labels=held_frame.labels - {CONSTANT_COLUMN + column})
        if isinstance(target.value, cst.Name) and target.value.value in frame.env and isinstance(last, cst.Index):
            key = const_text(self.expr.eval(last.value, frame))
            held = frame.env[target.value.value]
            if before is not None and STATUS_MARK in before.labels and STATUS_MARK not in held.labels and before.model is None:
                # df["date_of_birth"] = ... on a frame of records chosen by status: still those records
                held = frame.env[target.value.value] = held.with_labels({STATUS_MARK})
            if key is not None and self.population.lookup_tests_status(key):
                # filters["immigration_status__in"] = CODES, then .filter(**filters): lookups kept in a dict; a
                # constant kept as such (params["immigration_status"] = "EWI": the value a state API is asked for)
                held = with_constant_entries(held, {key: val}) if is_scalar_constant(val) else held
                frame.env[target.value.value] = held.with_labels({CONDITIONS_MARK})
            elif key is not None and (STATUS_MARK in val.labels or self._value is not None and self.population.tests_status(self._value, frame)):
                # df["in_scope"] = df["imgrtn_stus_cd"].isin(CODES): a column that is a status test; a mask
                # on it (df[df["in_scope"]]) chooses by status
                frame.env[target.value.value] = held.with_labels({STATUS_COLUMN + key})
            elif key == "resourceType":
                # res["resourceType"] = "Condition": a clinical FHIR resource, one finding at this entry (the
                # type it had before, if any, is gone)
                kept = tuple(p for p in held.placements if p.kind != "clinical")
                labels = held.labels - {RESOURCE_MARK}
                resource = self.expr.clinical_of(val)
                if resource is not None:
                    # the dict is that resource now: what was put into it before is one of its elements
                    line, col = self.positions(target)
                    kept = (Placement(line, col, frozenset({resource}), kind="clinical", detail=resource),)
                    labels = labels | {RESOURCE_MARK}
                frame.env[target.value.value] = replace(held, placements=kept, labels=labels)
                if target.value.value in frame.members:
                    # bundle["entry"].append({"resource": obs}); obs["resourceType"] = "Observation": the bundle holds it
                    self.calls.changed_in_place(frame, target.value.value, held)
            elif key is not None and held.model is None and (is_scalar_constant(val) or project_object(val) or key in dict(held.attrs or ())):
                # rec["ssn"] = "000000000" (or None): read back (rec["ssn"]) it is that constant, not the SSN (SPEC section 6:
                # a value the code replaces with a constant); stored with data again, it is a field read once more
                current = frame.env[target.value.value]
                kept_attrs = {k: v for k, v in (current.attrs or ()) if k != key}
                if is_scalar_constant(val) or project_object(val):
                    kept_attrs[key] = val  # (clients["ice"] = IceClient(): that object, called by its key later)
                frame.env[target.value.value] = replace(current, attrs=tuple(sorted(kept_attrs.items())) or None)
            if key is not None and before is not None and before.model is None and before.attrs:
                # (the constants stored under other keys before, rec["ssn"] = MASK then rec["first_name"] = MASK or
                # rec["cin"] = member["cin"], stay)
                current = frame.env[target.value.value]
                earlier = {k: v for k, v in before.attrs if (v.const or project_object(v)) and k != key}
                if earlier and current.model is None:
                    merged = {**earlier, **dict(current.attrs or ())}
                    frame.env[target.value.value] = replace(current, attrs=tuple(sorted(merged.items())))
            now = frame.env[target.value.value]
            if key is not None and now.model is None and not now.const and (now.bulk or now.placements):
                # df["priority"] = 0: a column of a constant (selected and sent, no one's data); given data again, not
                constant = is_scalar_constant(val)
                # (the constant columns stored before, df["priority"] = 0 then df["wave"] = 2, stay so)
                stored = {label for label in (before.labels if before is not None else ()) if label.startswith(CONSTANT_COLUMN)}
                labels = ((now.labels | stored) - {CONSTANT_COLUMN + key}) | ({CONSTANT_COLUMN + key} if constant else set())
                frame.env[target.value.value] = replace(now, labels=labels)

    def _store_item(self, target: cst.Subscript, val: Val, frame: Frame) -> None:
        column = target.slice[1].slice if len(target.slice) == 2 else None
        rows = target.slice[0].slice if column is not None else None
        every_row = isinstance(rows, cst.Slice) and rows.lower is None and rows.upper is None and rows.step is None
        if isinstance(target.value, cst.Attribute) and target.value.attr.value in ("loc", "at") and isinstance(target.value.value, cst.Name) \
                and isinstance(column, cst.Index) and const_text(self.expr.eval(column.value, frame)) is not None and (every_row or not val.const):
            # (a constant stored in some rows only, df.loc[mask, "ssn"] = None, leaves the others as they were)
            # df.loc[:, "last_name"] = ..., df.loc[mask, "primary_dx"] = ...: that column stored, as df["last_name"] = ...
            made = cst.Subscript(value=target.value.value, slice=[cst.SubscriptElement(slice=cst.Index(value=column.value))])
            self.m.alias_position(made, target)
            self._store_item(made, val, frame)
            return
        keys: list[str | None] = []
        owner: cst.BaseExpression = target
        while True:
            if isinstance(owner, cst.Subscript):
                keys.append(subscript_key(self.expr, owner, frame))
                owner = owner.value
            elif isinstance(owner, cst.Call) and isinstance(owner.func, cst.Attribute) and owner.func.attr.value in ("setdefault", "get") and owner.args:
                # d.setdefault("ids", {})["ssn"] = v, also chained: d.setdefault("a", {}).setdefault("b", {})["k"] = v
                keys.append(const_text(self.expr.eval(owner.args[0].value, frame)))
                owner = owner.func.value
            else:
                break
        keys.reverse()
        line, col = self._store_position(target)
        if isinstance(owner, cst.Name):
            name = owner.value
            sheet = frame.env.get(name)
            if sheet is not None and sheet.client is not None and sheet.client.kind == "workbook":
                # ws["B2"] = m.ssn: written into the workbook's cell
                self.files.write(sheet, place(val, line, col), target, val.bulk)  # type: ignore[arg-type]
                return
            if name in frame.env and len(keys) == 1 and keys[0] is not None and self.files.add_recipient(frame.env[name], keys[0], val) \
                    and (val.const or not val.placements) and not (keys[0].lower() in SHOWN_HEADERS and self.sinks.to_a_person(val)):
                return  # msg["To"] = "eid-intake@ice.dhs.gov": a recipient, not data
            # (msg["To"] = member.email: the member's own address, shown to every recipient, a Bcc at ICE too: data)
            # (msg["To"] = f"{m.first_name} {m.last_name} <{m.email}>": a recipient, and the header the message carries
            # to every recipient, a Bcc at ICE too: data)
            if name in frame.env:
                before = frame.env[name]
                self._store(frame.env, name, keys, val, line, col)
                level: cst.BaseExpression = target
                while isinstance(level, cst.Subscript) or (isinstance(level, cst.Call) and isinstance(level.func, cst.Attribute)
                                                           and level.func.attr.value == "setdefault" and level.args):
                    # index[m.ssn] = m.cin, by_ssn[m.ssn]["cin"] = m.cin, idx.setdefault(m.last_name, {})["cin"] = ...: the key is
                    # data too (SPEC section 4), placed at the store
                    if isinstance(level, cst.Call):
                        self.add_data_key(frame, name, level.args[0].value, target)
                        level = cst.ensure_type(level.func, cst.Attribute).value
                        continue
                    last = level.slice[0].slice if len(level.slice) == 1 else None
                    if isinstance(last, cst.Index):
                        self.add_data_key(frame, name, last.value, target)
                    level = level.value
                self.sync_client_alias(frame, name)
                self.calls.changed_in_place(frame, name, before)
                for container_name, above in frame.containers_of(name):
                    # the container it is part of (or, for p2 = payload, the same one)
                    held_before = frame.env.get(container_name)
                    self._store(frame.env, container_name, [*above, *keys], val, line, col)
                    if held_before is not None and frame.outers(container_name):
                        # entry = {"resource": pt}; batch = [entry]; pt["gender"] = ...: the batch holds it too
                        frame.through_lists(container_name, held_before)
                if len(keys) == 1 and keys[0] is not None:
                    for alias, (source, key) in list(frame.aliases.items()):
                        if source == name and key == keys[0]:
                            del frame.aliases[alias]  # payload["subject"] = {...} again: sub is the old dict
            elif name in self.index.constants:
                self._store(self.module_state, name, keys, val, line, col)
                last = target.slice[0].slice if len(target.slice) == 1 else None
                # SEEN[m.ssn_num] = m.cin in one function, SEEN sent by another: the key is data too (SPEC section 4)
                if isinstance(last, cst.Index) and self.add_data_key(frame, name, last.value, target, self.module_state):
                    self.m.state_changed = True
                if keys and all(k is not None for k in keys) and not is_none(val) and self.destination_like(val) \
                        and (val.text is not None or val.alternatives):
                    # CONFIG["url"] = ICE_URL in use_federal(): where the module's reads of CONFIG["url"] may send
                    self._may_also_be(self.m.repointed, (name, tuple(k for k in keys if k is not None)), val)
            elif name in self.index.imports or name in frame.imports:
                self._store(frame.env, name, keys, val, line, col)  # TEMPLATE["race"] = ...: an imported container, here
        elif (default := client_default(owner, frame, self.functions.self_attribute, self.expr.module_constant)) is not None:
            # session.headers["X-Member-SSN"] = m.ssn: every request of the session carries it
            store = {"carried": carried_by(default)}
            self._store(store, "carried", keys, val, line, col)
            set_carried(frame, default, store["carried"])
        elif object_attribute(owner, frame) is not None:
            # p.data["ssn"] = m.ssn on an object of a project class: its attribute's container
            name, attr = object_attribute(owner, frame)  # type: ignore[misc]
            held = frame.env[name]
            store = dict(held.attrs or ())
            self._store(store, attr, keys, val, line, col)
            frame.env[name] = with_attrs(held, store)
        elif model_field(owner, frame) is not None:
            # p.extras["ssn"] = m.ssn on an instance of a model: that field of the record holds it now
            name, attr = model_field(owner, frame)  # type: ignore[misc]
            held = frame.env[name]
            frame.env[name] = replace(held, placements=held.placements + place(val, line, col, attr))
        elif isinstance(owner, cst.Attribute) and isinstance(owner.value, cst.Name) and owner.value.value == "self" and frame.cls is not None:
            if owner.attr.value not in frame.self_attrs:
                # self.fields[key] = value in a setter: added to what the object holds (from earlier calls), not a new dict
                known = self.functions.self_attribute(owner.attr.value, frame)
                if known is not None and not known.opaque:
                    frame.self_attrs[owner.attr.value] = known
            self._store(frame.self_attrs, owner.attr.value, keys, val, line, col)
            last = target.slice[0].slice if len(target.slice) == 1 else None
            if isinstance(last, cst.Index):
                self.add_data_key(frame, owner.attr.value, last.value, target, frame.self_attrs)  # self.by_race[m.race_cd] = m.cin: the key too
        elif isinstance(owner, cst.Attribute) and owner.attr.value == "headers" and isinstance(owner.value, cst.Name) \
                and owner.value.value != "self" and (carrier := frame.env.get(owner.value.value)) is not None and carrier.client is None \
                and (carrier.model is None or _response_class(carrier.model)) and "headers" not in dict(carrier.attrs or ()) \
                and keys and keys[-1] is not None:
            # (an object of a project class, a model, a namespace holds its headers dict: above)
            # resp = make_response(...); resp.headers["X-Member-SSN"] = m.ssn: the response (or a message) carries its
            # headers wherever it goes, as a header given by keyword does; a request object made for ICE
            # (req = requests.Request("POST", ICE_URL, ...)) sends it to its URL
            header = container(place(val, line, col, keys[-1]))
            if not self.sinks.set_on_request(carrier, "headers", header, target, frame):
                frame.env[owner.value.value] = replace(carrier, placements=carrier.placements + header.placements)
        elif isinstance(owner, cst.Attribute) and (dotted(owner) or "").split(".", 1)[0] in {*self.index.imports, *frame.imports}:
            self._store(frame.env, dotted(owner) or "", keys, val, line, col)  # state.PAYLOAD["ssn"] = ...: seen here
            self.links.store_foreign_state(dotted(owner) or "", frame.env[dotted(owner) or ""])

    def _store(self, store: dict[str, Val], name: str, keys: list[str | None], val: Val, line: int, col: int) -> None:
        if keys and keys[0] is not None and keys[0] != "resourceType" and not keys[0].lstrip("-").isdigit() and is_resource(store.get(name, OPAQUE)):
            return  # res["period"] = {...} of a clinical FHIR resource: one of its elements, not reported apart
        added = place(val, line, col, keys[-1])
        if val.handed is not None and not val.placements and self._computed_key:
            # self.fields[key] = value with a bare field handed by the caller (r.set("ssn", m.ssn)): placed there
            added = at_caller(val.handed, added)
        added = tuple(under_path(p, keys) for p in added)  # d["a"]["b"]["c"] = v: under "a", named "b.c" and "a.b"
        current = store.get(name, OPAQUE)
        if all(k is not None for k in keys):
            current = without_path(current, [k for k in keys if k is not None])  # overwritten (by a constant too)
        new = replace(container(current.placements + added), model=current.model, client=current.client, bulk=current.bulk | val.bulk, via=current.via)
        if added or val.bulk:
            shown = name + "".join(f"[{k!r}]" if k is not None else "[...]" for k in keys)
            new = with_step(new, line, col, f"put into {shown}", val)
        if store is self.module_state and store.get(name) != new:
            self.m.state_changed = True
        store[name] = new


def _response_class(name: str | None) -> bool:
    """``Response``, ``fastapi.Response``, ``starlette.responses.Response``: a web framework's response class (its
    objects carry headers to the client)."""
    return name is not None and name.rsplit(".", 1)[-1].rsplit(":", 1)[-1] == "Response"


def _catches_missing_keys(handler: cst.ExceptHandler) -> bool:
    """``except KeyError``, ``except (KeyError, ValueError)``, ``except LookupError``: a handler written for a
    missing key (``except Exception`` or a bare ``except`` around a batch is error handling, no filter)."""
    if handler.type is None:
        return False
    caught = [e.value for e in handler.type.elements] if isinstance(handler.type, cst.Tuple) else [handler.type]
    return any((dotted(c) or "").rsplit(".", 1)[-1] in ("KeyError", "LookupError") for c in caught)


def key_value_pairs(val: Val) -> bool:
    """``val`` is a list of known ``(key, value)`` pairs, each key a literal (``[("ssn", m.tax_ref)]``),
    that a loop or a comprehension takes pair by pair."""
    return (val.elements is not None and not val.bulk and 0 < len(val.elements) <= MAX_UNROLL
            and all(e.elements is not None and len(e.elements) == 2 and e.elements[0].const and e.elements[0].text is not None for e in val.elements))


def _is_mask(val: Val) -> bool:
    """A constant that stands in for a field: ``None``, ``""``, ``"REDACTED"``, a number (not a
    container, a destination or a function)."""
    return (val.const and not val.placements and not val.names and not val.bulk and val.items is None and val.elements is None
            and val.function is None and val.model is None and val.client is None and val.attrs is None)


def _masked(val: Val) -> Val:
    """``val`` marked as a constant stored over an attribute, when it is one."""
    return val.with_labels({MASKED_MARK}) if _is_mask(val) else val


def _added_every_way(name: str, old: Val, live: "list[dict[str, Val]]") -> bool:
    """Every way adds to ``name`` under one same key (``batch.append(...)`` in each, not
    ``groups["unlawful"]`` one way and ``groups["other"]`` the other); a way that adds a record under no key
    (``batch.append(vars(m))``, a whole record) adds to it whatever the others' keys are, unless a way adds
    under a key of its own (``groups["ice"].append(...)``: a dict of groups, ``out[m.cin] = vars(m)``)."""
    common: set[str | None] | None = None
    added = False
    new = [[p for p in state[name].placements if p not in old.placements] if name in state else None for state in live]
    grouped = any(p.key is not None and any(n.startswith(p.key + ".") for n in p.names) or p.detail == DATA_KEY
                  for way in new if way is not None for p in way)
    for way in new:
        if way is None:
            return False
        keys = {p.key for p in way}
        added = added or bool(keys)
        if None in keys and not grouped:
            continue
        common = keys if common is None else common & keys
        if not common:
            return False
    return added


_Alias = TypeVar("_Alias")


def _joined_aliases(states: "Sequence[dict[str, Val] | None]", ways: "list[dict[str, _Alias]]", before: "dict[str, _Alias]") -> "dict[str, _Alias]":
    """The aliases after branches join: those of every way that goes on (an alias one way dropped,
    ``if flag: payload["subject"] = {...}``, may still hold after the join)."""
    out: dict[str, _Alias] = {}
    live = [way for state, way in zip(states, ways, strict=True) if state is not None]
    for way in live or [before]:
        for name, part in way.items():
            out.setdefault(name, part)
    return out



def _union_members(node: cst.BaseExpression) -> list[cst.BaseExpression]:
    """``A | B | C`` (an ``isinstance`` union type): each class; ``A``: itself."""
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.BitOr):
        return [*_union_members(node.left), *_union_members(node.right)]
    return [node]


def _pattern_classes(pattern: "cst.MatchPattern | None") -> list[cst.BaseExpression]:
    """The classes a ``case`` pattern matches objects of: ``Member()``, ``Member() | Address()`` (none
    when any alternative is not a class pattern)."""
    if isinstance(pattern, cst.MatchClass):
        return [pattern.cls]
    if isinstance(pattern, cst.MatchOr):
        found = [_pattern_classes(p.pattern) for p in pattern.patterns]
        return [c for cs in found for c in cs] if all(found) else []
    return []


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


def _column_named(row: Val, target: cst.BaseExpression) -> Val:
    """``for (msis_ident_num, birth_dt) in rows``: a target named like one of the row's columns is
    that column; any other target may be any of them."""
    if isinstance(target, cst.Name) and not row.const:
        own = tuple(p for p in row.placements if p.key == target.value)
        if own:
            return replace(row, placements=own)
    return row


def _always_true(test: cst.BaseExpression) -> bool:
    """``while True`` / ``while 1``."""
    return (isinstance(test, cst.Name) and test.value == "True") or (isinstance(test, cst.Integer) and test.value not in ("0", "0x0"))


def model_field(node: cst.BaseExpression, frame: Frame) -> tuple[str, str] | None:
    """``p.extras`` where ``p`` holds a record of a model (its fields placed, no attributes learned):
    (``p``, ``extras``)."""
    if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value != "self":
        held = frame.env.get(node.value.value)
        if held is not None and held.model is not None and held.attrs is None and held.placements:
            return node.value.value, node.attr.value
    return None


#: an argument a partial binds, as the "attribute" of an object alias: its index in the bound arguments follows
_BOUND = "\x00bound:"


def object_attribute(node: cst.BaseExpression, frame: Frame) -> tuple[str, str] | None:
    """``p.data`` where ``p`` is a variable holding an object of a class (``env = Envelope()``): (``p``, ``data``)."""
    if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value != "self":
        held = frame.env.get(node.value.value)
        if held is not None and held.model is not None and (held.attrs is not None or not held.placements):
            # (a record with placed fields, Payload(medicaid_id=...), is model_field's: its fields are placements)
            return node.value.value, node.attr.value
    return None


#: where a client's carried attribute is: (``"env"`` or ``"self"``, the variable or attribute of ``self``
#: holding the client, the attribute carried, the client)
ClientAttribute = tuple[str, str, str, Val]


def is_resource(val: Val) -> bool:
    """``val`` is a clinical FHIR resource itself (its own ``resourceType`` entry or assignment, not a
    wrapper holding one): put into under a key (``res["period"] = ...``, ``res.update(...)``), it is
    the resource, one finding whatever is put into it (SPEC section 3)."""
    return RESOURCE_MARK in val.labels and any(p.kind == "clinical" and p.key is None for p in val.placements)


def quieted(val: Val) -> Val:
    """``val`` bound on a line marked ``# medicaid-scope: not-enforcement``: no name (its own, the
    variable's, the attribute's it is kept in) decides where it sends; a host on the enforcement list
    still does (SPEC sections 4 and 7)."""
    plain = without_labels(val)
    if plain.client is not None and plain.client.base is not None:
        plain = replace(plain, client=replace(plain.client, base=plain.client.base.with_labels({QUIET_MARK})))
    return plain.with_labels({QUIET_MARK})


def client_default(node: cst.BaseExpression, frame: Frame, self_attribute: "Callable[[str, Frame], Val | None]",
                   constant: "Callable[[str], Val | None]", *, addressed: bool = False) -> ClientAttribute | None:
    """``session.headers`` (or ``self.session.headers``) where the variable (a module constant too, then
    changed in this function only) or the attribute of ``self`` holds an HTTP client whose every request
    carries that attribute; with ``addressed``, ``msg.to`` where it holds a client's addresses."""
    if not isinstance(node, cst.Attribute):
        return None
    holder = node.value
    if isinstance(holder, cst.Name) and holder.value != "self":
        where, name = "env", holder.value
    elif isinstance(holder, cst.Attribute) and isinstance(holder.value, cst.Name) and holder.value.value == "self":
        where, name = "self", holder.attr.value
    else:
        return None
    held = client_holder(where, name, frame, self_attribute, constant)
    if held.client is None or node.attr.value not in ([attr for attr, _ in held.client.addressed] if addressed else held.client.carries):
        return None
    return where, name, node.attr.value, held


def client_holder(where: str, name: str, frame: Frame, self_attribute: "Callable[[str, Frame], Val | None]",
                  constant: "Callable[[str], Val | None]") -> Val:
    """What holds a client: the variable ``name`` (a module constant too) or the attribute ``name`` of ``self``."""
    if where == "env":
        return frame.env[name] if name in frame.env else constant(name) or OPAQUE
    return self_attribute(name, frame) or OPAQUE


def carried_by(found: ClientAttribute) -> Val:
    """What the client attribute ``found`` holds now."""
    client = found[3].client
    assert client is not None
    return dict(client.carried).get(found[2], OPAQUE)


def set_carried(frame: Frame, found: ClientAttribute, val: Val) -> None:
    """The client of ``found`` now carries ``val`` under its attribute (its default headers, parameters)."""
    where, name, attr, held = found
    assert held.client is not None
    _set_client(frame, found, held.client.with_carried(attr, val))


def add_address(frame: Frame, found: ClientAttribute, val: Val, *, added: bool = False, shown: "tuple[Placement, ...]" = ()) -> None:
    """The client of ``found`` now goes to ``val`` under its attribute (``msg.to = [ICE_DESK]``), or to
    ``val`` too when ``added`` (``msg.bcc.append(...)``): any of its addresses decides (SPEC section 4).
    ``shown``: a person's own addresses among them in a header every recipient sees (``msg.cc.append(member.email)``),
    data the message carries."""
    assert found[3].client is not None
    client = found[3].client.with_address(found[2], val, added=added)
    prior = dict(client.carried).get(found[2]) if added else None
    if shown or prior is not None:
        client = client.with_carried(found[2], container((*(prior.placements if prior is not None else ()), *shown)))
    _set_client(frame, found, client)


def _set_client(frame: Frame, found: ClientAttribute, client: ClientObj) -> None:
    where, name, _, held = found
    changed = replace(held, client=client)
    if where == "env":
        frame.env[name] = changed
    else:
        frame.self_attrs[name] = changed


#: how many ``if`` statements may split the rest of their block at once (each split runs it once per way)
MAX_SPLITS = 2
#: a table of at most this many entries read by a key not known is split into one way per entry (``_table_entries``)
MAX_TABLE_WAYS = 8


def _ifexp_group(statements: Sequence[cst.BaseStatement], at: int) -> list[cst.Assign]:
    """The assignments from ``at`` on whose values are conditional expressions on one test, a name or an
    attribute (``url = A if to_ice else B``, then ``body = C if to_ice else D``)."""
    group: list[cst.Assign] = []
    test: cst.BaseExpression | None = None
    for stmt in statements[at:]:
        small = stmt.body[0] if isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1 else None
        if not (isinstance(small, cst.Assign) and isinstance(small.value, cst.IfExp) and _plain_test(small.value.test)):
            break
        if test is not None and not small.value.test.deep_equals(test):
            break
        test = small.value.test
        group.append(small)
    return group


def _named_by_key(pair: Val) -> Val:
    """An entry (key, value) of a constant dict whose value is a constant text, the value named by its key as a read
    by that key names it (``TOPICS["ice"]``: the key says whose topic it is); any other entry as it is."""
    if pair.elements is None or len(pair.elements) != 2:
        return pair
    key, value = pair.elements
    if key.text is None or HOLE in key.text or not value.const or value.text is None or value.placements:
        return pair
    return replace(pair, elements=(key, value.with_labels({key.text})))


def _text(node: cst.BaseExpression) -> str | None:
    """The text of a string literal (None for anything else, a bytes literal too)."""
    text = string_value(node) if isinstance(node, cst.SimpleString) else None
    return text if isinstance(text, str) else None


def _literal_texts(node: cst.BaseExpression | None) -> tuple[str, ...]:
    """The texts of a collection written out as string literals (``{"state", "cms"}``, ``("state",)``,
    ``frozenset({"state", "cms"})``); empty for anything else (a set filled from the environment may hold any text)."""
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value in ("frozenset", "set", "tuple", "list") \
            and len(node.args) == 1 and node.args[0].keyword is None and not node.args[0].star:
        node = node.args[0].value
    if isinstance(node, cst.Dict) and node.elements and all(isinstance(e, cst.DictElement) for e in node.elements):
        keys = [_text(e.key) for e in node.elements if isinstance(e, cst.DictElement)]
        return tuple(k for k in keys if k is not None) if None not in keys else ()  # dest in URLS: a key of the table
    if not isinstance(node, (cst.Set, cst.Tuple, cst.List)) or not node.elements:
        return ()
    texts = [_text(e.value) for e in node.elements if not isinstance(e, cst.StarredElement)]
    if len(texts) != len(node.elements) or None in texts:
        return ()
    return tuple(t for t in texts if t is not None)


def _narrowed_alike(current: Val, narrowed: Val) -> bool:
    """``current`` still says what the narrowing said (a copy of the narrowed value, read through another name)."""
    marks = {label for label in narrowed.labels if label.startswith(KEY_NOT_MARK)}
    if marks:
        return marks <= current.labels
    return current.const and narrowed.const and (current.text, current.alternatives) == (narrowed.text, narrowed.alternatives)


#: functions that never change what they are given
_READERS = frozenset({"print", "len", "str", "repr", "dict", "list", "tuple", "sorted", "bool", "id", "type", "isinstance", "hash", "format"})


def _changes_parts(node: cst.CSTNode, name: str, first: str | None = None, functions: "dict[str, cst.FunctionDef] | None" = None) -> bool:
    """``node`` may change an entry or attribute of the variable ``name``: a store or ``del`` into it (with ``first``, the
    part a tested entry is read through as written after the name, ``['partner']`` or ``.attributes``: a store under
    another literal key or attribute, ``event["received_at"] = now``, changes nothing of it), a mutating method,
    ``setattr``, or a call of a function named by a name (or of ``self``) that is handed the variable itself (of
    ``functions``, one that changes none of its parameters only reads it)."""
    wanted = PART.findall(first) if first is not None else None

    def of_name(target: cst.BaseExpression, itself: bool = False) -> bool:
        # (event["partner"], cfg.partner, message.attributes["target"]: a part of the variable, however deep; with
        # ``itself``, the variable too)
        if not itself and not isinstance(target, (cst.Subscript, cst.Attribute)):
            return False
        parts: list[str | None] = []
        held: cst.BaseExpression = target
        while isinstance(held, (cst.Subscript, cst.Attribute)):
            key = _text(held.slice[0].slice.value) if isinstance(held, cst.Subscript) and len(held.slice) == 1 \
                and isinstance(held.slice[0].slice, cst.Index) else None
            parts.append(f".{held.attr.value}" if isinstance(held, cst.Attribute) else f"[{key!r}]" if key is not None else None)
            held = held.value
        if not (isinstance(held, cst.Name) and held.value == name):
            return False
        if wanted is None:
            return True
        # (a part on the way to the entry, the entry itself or a part of it: event["detail"] = {...},
        # event["detail"]["partner"] = x; not a part beside it, event["detail"]["seen"] = True; a key not known may be it)
        for got, want in zip(reversed(parts), wanted, strict=False):
            if got is None:
                return True
            if got != want:
                return False
        return True
    kind = type(node)
    if kind is cst.Assign:
        return any(of_name(t.target) or (isinstance(t.target, (cst.Tuple, cst.List)) and any(of_name(e.value) for e in t.target.elements))
                   for t in node.targets)  # type: ignore[attr-defined]
    if kind in (cst.AugAssign, cst.AnnAssign):
        return of_name(node.target)  # type: ignore[attr-defined]
    if kind is cst.Del:
        return of_name(node.target)  # type: ignore[attr-defined]
    if kind is cst.Call:
        func = node.func  # type: ignore[attr-defined]
        if isinstance(func, cst.Attribute) and of_name(func.value, itself=True) and func.attr.value in _MUTATORS:
            return True  # event.update(...), message.attributes.pop(...), event["detail"].update(...)
        handed = any(isinstance(a.value, cst.Name) and a.value.value == name for a in node.args)  # type: ignore[attr-defined]
        reader = isinstance(func, cst.Name) and functions is not None and func.value in functions
        return handed and not reader and ((isinstance(func, cst.Name) and func.value not in _READERS)
                                          or (isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and func.value.value in ("self", "cls")))
    return False


#: methods that read a container, a text or a received message without changing what it holds
_READ_METHODS = frozenset({"get", "keys", "items", "values", "copy", "lower", "upper", "strip", "startswith", "endswith", "format", "encode",
                           "decode", "split", "count", "index", "ack", "nack", "acknowledge", "json", "model_dump", "model_dump_json", "dict",
                           "to_dict", "asdict", "raise_for_status", "get_json", "isoformat"})
#: methods that change what they are called on
#: methods of a logger
_LOG_METHODS = frozenset({"debug", "info", "warning", "warn", "error", "exception", "critical", "log"})


def _only_reads_parameters(fn: cst.FunctionDef) -> bool:
    """``fn`` changes none of its parameters (``changes_parameters``) and binds nothing from one but by a plain read: no
    loop over one, walrus, unpacking or ``or`` made of one (``for d in [e]: d["k"] = v``, ``d = e or {}``), through which
    it might change it unseen."""
    if changes_parameters(fn):
        return False
    params = set(param_names(fn))
    for node in walk(fn.body):
        value = node.iter if isinstance(node, (cst.For, cst.CompFor)) else node.value if isinstance(node, (cst.NamedExpr, cst.Assign, cst.AugAssign)) else None
        # (for k in e: the keys of the mapping, never the mapping itself)
        if value is not None and not isinstance(value, (cst.Subscript, cst.Attribute, cst.Call)) \
                and not (isinstance(node, (cst.For, cst.CompFor)) and isinstance(value, cst.Name)) \
                and any(isinstance(n, cst.Name) and n.value in params for n in walk(value)):
            return False
    return True


def _handed_on(nodes: "list[cst.CSTNode]", prefixes: "frozenset[str]", imports: "Container[str]",
               functions: "dict[str, cst.FunctionDef]", every: "Container[str]") -> "tuple[list[cst.CSTNode], list[cst.CSTNode]]":
    """Where a variable or a part of it on the way to a tested entry (``prefixes``: ``message``, ``message.attributes``)
    is used otherwise than read from (``name["k"]``, ``name.k``), tested, logged, returned, bound or given to a library
    function (``json.dumps(name)``) or a function of the module that changes none of its parameters: (the calls that
    may change it, a method not known to only read, ``cfg.switch()``, ``obj.refresh_from_db()``, or a function it is
    handed to; the places where it is aliased, ``attrs = message.attributes``, or put into a container, through which it
    may be changed later). ``message.ack()`` only reads."""
    allowed: set[int] = set()
    calls: list[cst.CSTNode] = []
    handed_to: dict[int, cst.CSTNode] = {}
    through: dict[int, int] = {}  # (an operand of `or`/`and`: what becomes of the whole, d = event["detail"] or {})
    parts_got: set[int] = set()  # (event.get("detail"): the part itself, as event["detail"] is)
    for node in nodes:
        kind = type(node)
        if kind is cst.Call:
            func = node.func  # type: ignore[attr-defined]
            if isinstance(func, cst.Attribute) and func.attr.value == "get" and node.args and isinstance(node.args[0].value, cst.SimpleString) \
                    and part_text(func.value) is not None and f"{part_text(func.value)}[{_text(node.args[0].value)!r}]" in prefixes:  # type: ignore[attr-defined]
                parts_got.add(id(node))
            if isinstance(func, cst.Attribute) and part_text(func.value) in prefixes and func.attr.value not in _READ_METHODS:
                calls.append(node)  # cfg.switch(), message.attributes.update(...): a method of the object may change it
                continue
            head = (dotted(func) or "").split(".", 1)[0]
            reads_only = isinstance(func, cst.Name) and func.value in functions
            # (a library call given a function of the project too, functools.partial(enrich, event), may run it on the variable)
            # (or imported: from .enrich import stamp)
            runs_code = any(isinstance(a.value, cst.Lambda) or (isinstance(a.value, cst.Name) and (a.value.value in every or a.value.value in imports))
                            for a in node.args)  # type: ignore[attr-defined]
            if not runs_code and ((isinstance(func, cst.Name) and (func.value in _READERS or reads_only)) or (isinstance(func, cst.Attribute) and (
                    head in imports or func.attr.value in _LOG_METHODS))):
                allowed.update(id(a.value) for a in node.args)  # type: ignore[attr-defined]
            else:
                handed_to.update((id(a.value), node) for a in node.args)  # type: ignore[attr-defined]  # enrich(event): changed there
        elif kind in (cst.Subscript, cst.Attribute):
            allowed.add(id(node.value))  # type: ignore[attr-defined]
        elif kind is cst.Comparison:
            allowed.add(id(node.left))  # type: ignore[attr-defined]
            allowed.update(id(c.comparator) for c in node.comparisons)  # type: ignore[attr-defined]
        elif kind in (cst.If, cst.While, cst.IfExp):
            allowed.add(id(node.test))  # type: ignore[attr-defined]
        elif kind is cst.UnaryOperation:
            allowed.add(id(node.expression))  # type: ignore[attr-defined]
        elif kind is cst.BooleanOperation:
            through[id(node.left)] = through[id(node.right)] = id(node)  # type: ignore[attr-defined]
        elif kind is cst.FormattedStringExpression:
            allowed.add(id(node.expression))  # type: ignore[attr-defined]
        elif kind is cst.AssignTarget:
            allowed.add(id(node.target))  # type: ignore[attr-defined]
        elif kind is cst.Return and node.value is not None:  # type: ignore[attr-defined]
            allowed.add(id(node.value))  # type: ignore[attr-defined]  # (handed back when the function is done with it)
        elif kind in (cst.For, cst.CompFor):
            allowed.add(id(node.target))  # type: ignore[attr-defined]

    def outermost(at: int) -> int:
        while at not in allowed and at not in handed_to and at in through:
            at = through[at]
        return at
    candidates = [node for node in nodes if (type(node) in (cst.Name, cst.Attribute, cst.Subscript) and part_text(node) in prefixes)  # type: ignore[arg-type]
                  or id(node) in parts_got]
    escaped = [(node, outermost(id(node))) for node in candidates if outermost(id(node)) not in allowed]
    return calls + [handed_to[at] for _, at in escaped if at in handed_to], [node for node, at in escaped if at not in handed_to]


def _key_read(value: cst.BaseExpression) -> str | None:
    """``partner`` of ``URLS[partner]``, ``URLS.get(partner)`` (``.get(partner, default)``) of a table named by a name or
    a dotted name (also an entry called, ``CLIENTS[partner]()``: an object of the class it names): the name an entry
    is read by; None for anything else. An entry of the entry read so is too (``PARTNERS[partner]["url"]``,
    ``PARTNERS[partner].url``), and a table nested in a constant (``CONFIG["partners"][partner]``)."""
    if isinstance(value, cst.Call) and isinstance(value.func, cst.Subscript):
        return _key_read(value.func)
    if (isinstance(value, cst.Subscript) and _literal_subscript(value) and isinstance(value.value, cst.Subscript)) or (
            isinstance(value, cst.Attribute) and isinstance(value.value, cst.Subscript)):
        return _key_read(value.value)
    if isinstance(value, cst.Subscript) and len(value.slice) == 1 and isinstance(value.slice[0].slice, cst.Index):
        table, read = value.value, value.slice[0].slice.value
    elif isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute) and value.func.attr.value == "get" and value.args \
            and value.args[0].keyword is None and not value.args[0].star and len(value.args) <= 2:
        table, read = value.func.value, value.args[0].value
    else:
        return None
    while isinstance(table, cst.Subscript) and _literal_subscript(table):
        table = table.value  # CONFIG["partners"][partner]: the table nested in CONFIG
    if isinstance(read, cst.Attribute) and isinstance(read.value, cst.Name) and read.value.value == "self":
        return f"self.{read.attr.value}" if isinstance(table, (cst.Name, cst.Attribute)) else None  # URLS[self.partner]
    if isinstance(table, (cst.Name, cst.Attribute)) and isinstance(read, (cst.Subscript, cst.Attribute)):
        return narrowed_key(read)  # URLS[event["partner"]], URLS[cfg.partner]
    return read.value if isinstance(table, (cst.Name, cst.Attribute)) and isinstance(read, cst.Name) else None


def _copied(value: cst.BaseExpression) -> cst.BaseExpression | None:
    """``X`` of ``dict(X)``, ``X.copy()``, ``copy.copy(X)``, ``copy.deepcopy(X)``, ``{**X}``: what a copy is made of."""
    if isinstance(value, cst.Call):
        name = dotted(value.func) or ""
        if name in ("dict", "copy.copy", "copy.deepcopy", "deepcopy") and len(value.args) == 1 and value.args[0].keyword is None and not value.args[0].star:
            return value.args[0].value
        if isinstance(value.func, cst.Attribute) and value.func.attr.value == "copy" and not value.args:
            return value.func.value
    if isinstance(value, cst.Dict) and len(value.elements) == 1 and isinstance(value.elements[0], cst.StarredDictElement):
        return value.elements[0].value
    return None


def _changes_given(fn: cst.FunctionDef, call: cst.Call, held: "Callable[..., bool]", functions: "dict[str, list[cst.FunctionDef]]",
                   depth: int = 0) -> bool:
    """``fn`` (called by ``call``) stores into, deletes from or changes by a method a parameter that ``call`` gives an
    argument ``held`` accepts (``def enable(c): c["include_ssn"] = True`` of ``enable(PARTNERS["ice"])``), or hands it on
    to a function of the module (``functions``, by name) that does; a call of a library (a log line) changes nothing."""
    params = [p.name.value for p in fn.params.params]
    if params and params[0] in ("self", "cls") and isinstance(call.func, cst.Attribute):
        params = params[1:]
    given = [params[i] for i, a in enumerate(call.args) if a.keyword is None and not a.star and i < len(params) and held(a.value, True)]
    given += [a.keyword.value for a in call.args if a.keyword is not None and held(a.value, True)]
    if any(a.star for a in call.args if held(a.value, True)):
        return True
    for node in walk(fn.body):
        targets = [t.target for t in node.targets] if isinstance(node, cst.Assign) else [node.target] if isinstance(node, (cst.AugAssign, cst.Del)) else []
        if any(_rooted_at(t, g) for t in targets for g in given):
            return True
        if isinstance(node, cst.AugAssign) and any(_rooted_at(node.target, g, itself=True) for g in given):
            return True  # (e |= {"include_ssn": True}: the dict given, changed in place; round 464a)
        if isinstance(node, cst.Call) and (dotted(node.func) or "") in _CHANGING_FUNCTIONS and node.args \
                and any(_rooted_at(node.args[0].value, g, itself=True) for g in given):
            return True  # (setattr(obj, name, True), operator.setitem(e, k, v) of the parameter; round 464a)
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value not in _READ_METHODS \
                and any(_rooted_at(node.func.value, g, itself=True) for g in given):
            return True
        if isinstance(node, cst.Call) and depth < 3 and any(isinstance(a.value, cst.Name) and a.value.value in given for a in node.args):
            # (handed on to a function of the module: changed there, or not)
            called = node.func.value if isinstance(node.func, cst.Name) else node.func.attr.value if isinstance(node.func, cst.Attribute) else None
            passed = node

            def given_here(value: cst.BaseExpression, itself: bool = False) -> bool:
                return isinstance(value, cst.Name) and value.value in given
            if any(_changes_given(other, passed, given_here, functions, depth + 1) for other in functions.get(called or "", ()) if other is not fn):
                return True
    return False


def _entry_itself(node: cst.BaseExpression, table: str) -> bool:
    """``node`` is the table ``table`` or one entry of it (``PARTNERS``, ``PARTNERS[k]``)."""
    if isinstance(node, cst.Subscript):
        node = node.value
    return isinstance(node, (cst.Name, cst.Attribute)) and dotted(node) == table


#: functions that change their first argument (an entry of a table given to them)
_CHANGING_FUNCTIONS = frozenset({"setattr", "delattr", "operator.setitem", "operator.delitem", "operator.iadd", "operator.ior", "setitem", "delitem",
                                 "dict.update", "dict.setdefault", "dict.__setitem__", "dict.pop", "dict.clear", "dict.popitem", "object.__setattr__"})

#: methods of texts: none changes anything (a URL read from an entry, rstrip("/"))
_TEXT_METHODS = frozenset({"rstrip", "lstrip", "replace", "join", "partition", "rpartition", "rsplit", "splitlines", "casefold", "title",
                           "capitalize", "zfill", "removeprefix", "removesuffix", "find", "rfind", "format_map", "translate"})


def _rooted_at(node: cst.BaseExpression, name: str, itself: bool = False) -> bool:
    """``node`` is a part of the variable ``name`` (``name["k"]``, ``name.attr``), or ``name`` itself with ``itself``."""
    if itself and isinstance(node, cst.Name) and node.value == name:
        return True
    while isinstance(node, (cst.Subscript, cst.Attribute)):
        node = node.value
        if isinstance(node, cst.Name) and node.value == name:
            return True
    return False


def _keyed_by(value: cst.BaseExpression, param: str, attr: str) -> cst.BaseExpression | None:
    """``URLS[partner]`` (``PARTNERS[partner]["url"]``, ``URLS.get(partner)``) written with ``self.<attr>`` for the key
    ``param``; None for any other shape."""
    key = cst.Attribute(value=cst.Name("self"), attr=cst.Name(attr))
    if isinstance(value, cst.Subscript) and len(value.slice) == 1 and isinstance(value.slice[0].slice, cst.Index):
        index = value.slice[0].slice.value
        if isinstance(index, cst.Name) and index.value == param:
            return value.with_changes(slice=[value.slice[0].with_changes(slice=cst.Index(key))])
        inner = _keyed_by(value.value, param, attr) if _literal_subscript(value) else None
        return value.with_changes(value=inner) if inner is not None else None
    if isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute) and value.func.attr.value == "get" and value.args \
            and isinstance(value.args[0].value, cst.Name) and value.args[0].value.value == param:
        return value.with_changes(args=[value.args[0].with_changes(value=key), *value.args[1:]])
    if isinstance(value, cst.Attribute):
        inner = _keyed_by(value.value, param, attr)
        return value.with_changes(value=inner) if inner is not None else None
    return None


def _literal_subscript(node: cst.Subscript) -> bool:
    """``X["url"]``: a read by one string literal."""
    return len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index) and isinstance(node.slice[0].slice.value, cst.SimpleString)


#: the label of a value that is one entry of a module table (``Statements.entry_mark``: the tables so marked are kept by
#: number, so that a label names no table by its text, which a destination might read as a name)
TABLE_ENTRY_MARK = "<table entry #"

#: the name under which a way of an ``if`` keeps what it knows of an attribute of the object (``self.partner``)
_SELF_WAY = "\x00self."
#: at most this many texts a value is known not to be (past as many guards, nothing more is learned)
MAX_KNOWN_NOT = 16


def _known_not(held: Val, texts: "set[str]") -> Val | None:
    """``held`` known not to be any of ``texts`` (None when it would be known not to be too many)."""
    marks = {KEY_NOT_MARK + t for t in texts}
    if len(marks | {label for label in held.labels if label.startswith(KEY_NOT_MARK)}) > MAX_KNOWN_NOT:
        return None
    return held.with_labels(marks)


def _either_key(first: Val | None, second: Val | None) -> Val | None:
    """Where either of two equality tests holds: the texts of both (None when a side is not known)."""
    if first is None or second is None:
        return None
    if any(label.startswith(KEY_NOT_MARK) for label in first.labels | second.labels):
        return None  # (not "ice" or not "cbp": anything)
    return join(first, second)


def _both_keys(first: Val | None, second: Val | None) -> Val | None:
    """Where both tests hold: of two "none of these" values, none of either; of texts, the texts both allow."""
    if first is None or second is None:
        return first or second
    if first.const and second.const:
        shared = [t for t in (first.alternatives or ((first.text,) if first.text is not None else ())) if t in (second.alternatives or (second.text,))]
        return join(*(const_val(t) for t in shared)) if shared else None
    if first.const or second.const:
        return first if first.const else second  # dest in ("state", "cms") and dest != "cms": the texts, narrowed no further
    return first.with_labels(second.labels)


def _through_iterators(node: cst.BaseExpression) -> cst.BaseExpression:
    """The iterable of entries inside ``enumerate(...)``, ``zip(...)`` (its first argument reading a table's entries, else its
    first), ``filter(f, ...)``, ``itertools.chain(...)``: what a loop over it hands out, element by element (review 57d)."""
    while isinstance(node, cst.Call) and (dotted(node.func) or "").rsplit(".", 1)[-1] in ("enumerate", "zip", "filter", "chain", "islice", "from_iterable") \
            and node.args:
        args = [a.value for a in node.args if a.keyword is None]
        if not args:
            break
        name = (dotted(node.func) or "").rsplit(".", 1)[-1]
        if name == "filter" and len(args) == 2:
            node = args[1]
            continue
        entries = [a for a in args if isinstance(a, cst.Call) and isinstance(a.func, cst.Attribute) and a.func.attr.value in ("values", "items")]
        node = entries[0] if entries else args[0]
    return node


def _target_parts(targets: "list[cst.BaseExpression]") -> "list[cst.BaseExpression]":
    """Assignment targets with tuples and lists taken apart (``a["x"], b = ...``: ``a["x"]`` and ``b``)."""
    out: "list[cst.BaseExpression]" = []
    for target in targets:
        if isinstance(target, (cst.Tuple, cst.List)):
            out.extend(_target_parts([e.value for e in target.elements]))
        else:
            out.append(target)
    return out


def _as_entry_read(value: cst.BaseExpression) -> cst.BaseExpression:
    """``getattr(self.cfg, "send_ssn", False)`` as ``self.cfg.send_ssn``, ``self.cfg.get("x")`` as ``self.cfg["x"]`` (what a
    flag copied onto the object reads); any other value as it is."""
    if not isinstance(value, cst.Call) or any(a.keyword or a.star for a in value.args):
        return value
    if isinstance(value.func, cst.Name) and value.func.value == "getattr" and len(value.args) in (2, 3) \
            and isinstance(value.args[1].value, cst.SimpleString) and isinstance(string_value(value.args[1].value), str):
        return cst.Attribute(value=value.args[0].value, attr=cst.Name(str(string_value(value.args[1].value))))
    if isinstance(value.func, cst.Attribute) and value.func.attr.value == "get" and 1 <= len(value.args) <= 2 and isinstance(value.args[0].value, cst.SimpleString):
        return cst.Subscript(value=value.func.value, slice=[cst.SubscriptElement(cst.Index(value.args[0].value))])
    return value


def _flag_getter(value: cst.BaseExpression) -> bool:
    """``cfg.get("include_ssn"[, default])`` or ``getattr(cfg, "send_ssn"[, default])`` of a name: a read of one flag of
    an entry, as ``cfg["include_ssn"]`` is."""
    if not isinstance(value, cst.Call) or any(a.keyword or a.star for a in value.args):
        return False
    if isinstance(value.func, cst.Attribute) and value.func.attr.value == "get" and isinstance(value.func.value, cst.Name):
        return 1 <= len(value.args) <= 2 and isinstance(value.args[0].value, cst.SimpleString)
    return isinstance(value.func, cst.Name) and value.func.value == "getattr" and len(value.args) in (2, 3) \
        and isinstance(value.args[0].value, cst.Name) and isinstance(value.args[1].value, cst.SimpleString)


def _carries_nothing(held: Val, members: "list[Val] | None" = None) -> bool:
    """A value that carries no member data and no known text or object (a parameter saying where to send; one
    annotated with an Enum of the module is a member not known). Compared with ``members`` of an Enum, an object
    of that Enum class (a parameter annotated with one imported from another module) is one too."""
    enum_class = {label.partition(".")[0] for m in members or () for label in m.labels}
    model = held.model.rpartition(":")[2] if held.model is not None else None
    return not ((held.const and (held.items is not None or held.alternatives)) or held.placements or held.names or held.bulk
                or (model is not None and model not in enum_class) or held.client is not None or held.elements or held.attrs is not None
                or held.text is not None)


def _plain_test(test: cst.BaseExpression) -> bool:
    """A test that reads without doing anything, the same each time it is asked: a name, an attribute, a
    literal, or a comparison, ``not`` or ``and``/``or`` of those (``partner == "state"``)."""
    if isinstance(test, (cst.Name, cst.Attribute, cst.SimpleString, cst.Integer)):
        return True
    if isinstance(test, cst.Call) and normalized_text(test) is not None:
        return True  # partner.strip().lower(): a text's normalisation (round 460a)
    if isinstance(test, (cst.Tuple, cst.List, cst.Set)):
        return all(_plain_test(e.value) for e in test.elements)
    if isinstance(test, cst.UnaryOperation):
        return _plain_test(test.expression)
    if isinstance(test, cst.BooleanOperation):
        return _plain_test(test.left) and _plain_test(test.right)
    if isinstance(test, cst.Comparison):
        return _plain_test(test.left) and all(_plain_test(c.comparator) for c in test.comparisons)
    return False


def _spelled_marks(val: Val) -> frozenset[str]:
    """The texts a key is known to be once normalised (``SPELLED_MARK`` labels: past ``partner.startswith("ice")``)."""
    return frozenset(label for label in val.labels if label.startswith(SPELLED_MARK)) if val.const and val.labels else frozenset()


def _where_names(ways: "list[dict[str, Val]]") -> set[str]:
    """The names that hold a different known text (a URL, a host, a bucket) or object on each way."""
    shared = set(ways[0]).intersection(*ways[1:])
    # (a URL that is one of several on a way, URLS[partner] past if partner == "state": its texts; a key known on one
    # way and known not to be it on the other, if dest == "ice": ... else: ...)
    # (and a key one way knows, dest == "state" and consented, the other not: the way that knows keeps it)
    # (partner past partner.startswith("ice"): the keys that begin so, by its marks alone)
    return {name for name in shared if len({(where_text(w[name]), w[name].model, w[name].alternatives, texts_known_not(w[name]), _spelled_marks(w[name]))
                                              for w in ways}) > 1
            and (all(where_text(w[name]) is not None or w[name].model is not None or w[name].alternatives or texts_known_not(w[name]) or _spelled_marks(w[name])
                     for w in ways)
                 or (len(ways) == 2 and any(w[name].const and w[name].text is not None and not w[name].names and not w[name].placements for w in ways)
                     and any(_carries_nothing(w[name]) for w in ways)))}



def _awaited_at_start(stmt: cst.BaseStatement, call: cst.Call) -> bool:
    """``await asyncio.create_task(send(...))``, ``await asyncio.wait_for(create_task(send(...)), 5)``: the task
    ``call`` started in ``stmt`` is awaited there, done before the next statement."""
    return any(isinstance(node, cst.Await) and any(inner is call for inner in walk(node.expression)) for node in walk(stmt))


def _task_handles(stmt: cst.BaseStatement) -> frozenset[str]:
    """The names a statement that started a task keeps it under: ``task = create_task(...)``, and the list it is
    put into (``tasks.append(create_task(...))``)."""
    kept = {n.func.value.value for n in walk(stmt) if isinstance(n, cst.Call) and isinstance(n.func, cst.Attribute)
            and n.func.attr.value in ("append", "add", "extend", "insert") and isinstance(n.func.value, cst.Name)}
    return bound_in([stmt]) | kept


def _chosen_together(ways: "list[dict[str, Val]]", rest: "Sequence[cst.BaseStatement] | None" = None, also: "frozenset[str]" = frozenset()) -> bool:
    """The ways of an ``if`` chose a destination and the data together: a name holds a different known
    text (a URL, a host, a bucket) or object on each way, and another name different data (``url, body
    = ICE_URL, permitted`` / ``url, body = STATE_URL, full``). At most three ways."""
    if not 1 < len(ways) <= 4:
        return False
    shared = set(ways[0]).intersection(*ways[1:])
    where = _where_names(ways)
    if where and rest is not None:
        # (a name the rest of the block never reads, if mode == "a": ..., chose nothing it sends: not run once per way)
        read = _read_in(rest) | also  # (self.url read, of self.url = URLS[partner] in __init__: self.partner read too)
        where = {name for name in where if (name[len(_SELF_WAY):] if name.startswith(_SELF_WAY) else re.split(r"[.\[]", name.lstrip(NARROWED), maxsplit=1)[0]) in read}
    # (a buffer made on each way, body = io.BytesIO(json.dumps(full)) / io.BytesIO(json.dumps(basic)): different data too;
    # a list of field names chosen on each way, fields = BASIC / fields = WIDE, read with getattr later)
    # (cfg = dict(PARTNERS[p]); if p == "ice": cfg["send_dx"] = False: a dict of constants each way holds its own)
    # (qs = qs.filter(immigration_status__in=T) on the ICE way only: records chosen by status on one way, every record on
    # the other; round 444a)
    data = {name for name in shared if len({(w[name].placements, _buffer_of(w[name]), w[name].items if w[name].const else None,
                                             w[name].attrs if w[name].const and w[name].model is None else None,
                                             w[name].bulk) for w in ways}) > 1}
    if bool(where) and bool(data - where or (data and len(where) > 1)):
        return True
    if rest is not None and len(where) > 1 and any(any(texts_known_not(w[name]) for w in ways) for name in where):
        # if partner == "ice": url = ICE_URL / else: url = STATE_URL, then if partner != "ice": body["ssn"] = ...: a
        # destination chosen by a routing test the rest of the block reads again (round 449a)
        return True
    # (cfg = PartnerCfg("ice-eid-handoff", BASIC) / PartnerCfg("ca-dhcs-exports", WIDE): one object holding a place and a
    # field list of its own on each way)
    names_read = _read_in(rest) if rest is not None else None
    return any(_chooses_both([w[name] for w in ways]) for name in shared if names_read is None or name in names_read)


def _chooses_both(held: "list[Val]") -> bool:
    """Objects (one per way) whose attributes differ in a known text and in data or a list of names."""
    attrs = [dict(v.attrs) if v.attrs else {} for v in held]
    if not all(attrs) or any(v.model is None for v in held):
        return False
    keys = set(attrs[0]).intersection(*attrs[1:])
    texts = any(all(a[k].text is not None for a in attrs) and len({a[k].text for a in attrs}) > 1 for k in keys)
    lists = any(len({(a[k].placements, a[k].items if a[k].const else None) for a in attrs}) > 1 and any(a[k].items or a[k].placements for a in attrs)
                for k in keys)
    return texts and lists


class _Renamed(cst.CSTTransformer):
    """A test of a function's parameters written of the caller's variables (``p in LAWFUL`` as ``partner in LAWFUL``):
    names renamed, not attributes' or keywords' names."""

    def __init__(self, renames: "dict[str, str]") -> None:
        super().__init__()
        self.renames = renames

    def leave_Name(self, original: cst.Name, updated: cst.Name) -> cst.Name:
        return updated.with_changes(value=self.renames[original.value]) if original.value in self.renames else updated

    def leave_Attribute(self, original: cst.Attribute, updated: cst.Attribute) -> cst.Attribute:
        return updated.with_changes(attr=original.attr)

    def leave_Arg(self, original: cst.Arg, updated: cst.Arg) -> cst.Arg:
        return updated.with_changes(keyword=original.keyword)


def _only_returned_attribute(fn: cst.FunctionDef) -> str | None:
    """The one attribute of ``self`` that ``fn`` returns as it is on each ``return`` (``return self.payload``); None when
    it returns anything else, yields or defines functions."""
    attrs: set[str] = set()
    for node in walk(fn.body):
        if isinstance(node, (cst.FunctionDef, cst.Lambda, cst.Yield)):
            return None
        if isinstance(node, cst.Return):
            returned = node.value
            if not (isinstance(returned, cst.Attribute) and isinstance(returned.value, cst.Name) and returned.value.value == "self"):
                return None
            attrs.add(returned.attr.value)
    return attrs.pop() if len(attrs) == 1 else None


def _a_test(value: cst.BaseExpression) -> bool:
    """``value`` is a test of texts or a predicate (``partner == "ice"``, ``p in LAWFUL``, ``p.startswith("ice")``,
    ``is_lawful(p)``, ``not``/``and``/``or`` of these); not any other call (``matches = find(cur)``: a value, and a call
    read again would run again)."""
    def operand(side: cst.BaseExpression) -> bool:
        # (local = not federal: a kept test too; minimal = not cfg["include_ssn"]: a flag of an entry)
        return isinstance(side, cst.Name) or (isinstance(side, cst.Subscript) and _literal_subscript(side) and isinstance(side.value, cst.Name)) or (
            isinstance(side, cst.Attribute) and isinstance(side.value, cst.Name)) or _a_test(side)
    if isinstance(value, cst.UnaryOperation) and isinstance(value.operator, cst.Not):
        return operand(value.expression)
    if isinstance(value, cst.BooleanOperation):
        return all(operand(side) for side in (value.left, value.right))
    if isinstance(value, cst.Call):
        name = (dotted(value.func) or "").rsplit(".", 1)[-1]
        return name in ("startswith", "endswith", "isinstance") or (isinstance(value.func, cst.Name) and name.startswith(("is_", "has_", "can_", "should_")))
    return isinstance(value, cst.Comparison)


def _ways_binding(ways: "list[dict[str, Val]]", rest: "Sequence[cst.BaseStatement]") -> "list[dict[str, Val]]":
    """The ways that bound every local the statements after an ``if`` (``rest``) surely read before binding it, of the
    names some ways bound and others did not: a way that bound none of it stops there (UnboundLocalError). Read in
    order through statements that always run and hand on nothing that differs by way (a log line, an ``if`` that only
    logs or leaves, a ``with``'s items and body); all ways when nothing is decided."""
    partial = {n for w in ways for n in w if n.isidentifier() and not all(n in other for other in ways)}
    if not partial:
        return ways
    differing = {n for w in ways for n in w if n.isidentifier() and (n in partial or any(other.get(n) is not w[n] and other.get(n) != w[n] for other in ways))}

    def safe(node: cst.CSTNode) -> bool:
        # (nothing that may hand on what differs by way: a call given such a value, other than a log's; a return of one)
        for inner in walk(node, prune=lambda n: isinstance(n, cst.Raise)):  # (raise ValueError(f"unknown {dest}"): no send)
            if isinstance(inner, cst.Call) and not _logs(inner) and any(
                    isinstance(n, cst.Name) and n.value in differing for arg in inner.args for n in walk(arg.value)):
                return False
            if isinstance(inner, (cst.Return, cst.Yield)) and inner.value is not None and any(
                    isinstance(n, cst.Name) and n.value in differing for n in walk(inner.value)):
                return False
            if isinstance(inner, (cst.Try, cst.For, cst.While, cst.FunctionDef, cst.ClassDef, cst.Global, cst.Nonlocal, cst.Del)):
                return False
        return True

    def scan(statements: "Sequence[cst.BaseStatement]") -> "set[str] | None":
        for stmt in statements:
            read: set[str] = set()
            if isinstance(stmt, cst.SimpleStatementLine):
                for small in stmt.body:
                    if isinstance(small, (cst.Expr, cst.Return)) and small.value is not None:
                        read |= _loaded(small.value)
                    elif isinstance(small, (cst.Assign, cst.AnnAssign, cst.AugAssign)) and small.value is not None:
                        read |= _loaded(small.value)
                hit = read & partial
                if hit:
                    return hit
                if not safe(stmt):
                    return None
                partial.difference_update(bound_in([stmt]))
            elif isinstance(stmt, cst.With):
                if any(isinstance(item.item, cst.Call) and (dotted(item.item.func) or "").rsplit(".", 1)[-1] == "suppress" for item in stmt.items):
                    return None  # (with contextlib.suppress(Exception): the UnboundLocalError is swallowed there; review 55i)
                for item in stmt.items:
                    read |= _loaded(item.item)
                hit = read & partial
                if hit:
                    return hit
                if not all(safe(item.item) for item in stmt.items):
                    return None
                # (with Session() as s: s is bound here, whatever a way bound before; review 55c)
                partial.difference_update(n.value for item in stmt.items if item.asname is not None for n in names_in(item.asname.name))
                return scan(stmt.body.body) if isinstance(stmt.body, cst.IndentedBlock) else None
            elif isinstance(stmt, cst.If):
                tested = _loaded(stmt.test)
                hit = tested & partial
                if hit:
                    return hit
                # (its ways may run or not: passed only when none hands on what differs by way, review 55c/55d; one whose
                # test differs by way may run on the way dropped only: then it may call nothing but a log, review 55e)
                if not safe(stmt) or bound_in([stmt]) & partial:
                    return None
                if tested & differing and (any(isinstance(n, cst.Call) and not _logs(n) for n in walk(stmt, prune=lambda n: isinstance(n, cst.Raise)))
                                           or any(isinstance(n, cst.Name) and n.value in partial for n in walk(stmt))):
                    return None
                # (if member.phone: body["phone"] = member.phone -- taken or not alike on every way: a way with no body stops
                # there or later, having sent nothing; round 418a)
            else:
                return None
            if not partial:
                return None
        return None

    names = scan(rest)
    if not names:
        return ways
    live = [w for w in ways if all(n in w for n in names)]
    return live or ways


def _logs(call: cst.Call) -> bool:
    """``log.info(...)``, ``logger.warning(...)``, ``logging.debug(...)``, ``print(...)``: a log line, no send."""
    root = call.func
    while isinstance(root, cst.Attribute):
        root = root.value
    name = root.value.lower().lstrip("_") if isinstance(root, cst.Name) else ""
    return name in ("log", "logger", "logging", "print", "structlog") and not any(w in name for w in ("ice", "ero"))


def _loaded(node: cst.BaseExpression) -> set[str]:
    """The names ``node`` surely reads when it is evaluated (not an attribute's name, a keyword, inside a lambda, a way
    of a conditional expression or the right of ``and``/``or``, nor a name a walrus in it binds)."""
    found: set[str] = set()
    walrus: set[str] = set()
    stack: list[cst.CSTNode] = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, cst.Lambda):
            continue
        if isinstance(current, cst.Name):
            found.add(current.value)
        elif isinstance(current, cst.NamedExpr) and isinstance(current.target, cst.Name):
            walrus.add(current.target.value)
            stack.append(current.value)
        else:
            # (the part surely evaluated: a conditional's test, the left of and/or, an attribute's owner, an argument's
            # value, a comprehension's first iterable, round 412a; its other names are in its own scope)
            part = _SURELY_READ.get(type(current))
            stack.extend([part(current)] if part is not None else children(current))
    return found - walrus


#: of these expressions, the one part surely evaluated where they are (``_loaded``)
_SURELY_READ: "dict[type, Callable[[Any], cst.CSTNode]]" = {
    cst.IfExp: lambda n: n.test, cst.BooleanOperation: lambda n: n.left, cst.Attribute: lambda n: n.value, cst.Arg: lambda n: n.value,
    cst.NamedExpr: lambda n: n.value, cst.ListComp: lambda n: n.for_in.iter, cst.SetComp: lambda n: n.for_in.iter,
    cst.DictComp: lambda n: n.for_in.iter, cst.GeneratorExp: lambda n: n.for_in.iter,
}


def _read_in(statements: "Sequence[cst.BaseStatement]") -> frozenset[str]:
    """The names the statements read, and the attributes of ``self`` they read (by the attribute's name)."""
    found: set[str] = set()
    for stmt in statements:
        for node in walk(stmt):
            if type(node) is cst.Name:
                found.add(node.value)  # type: ignore[attr-defined]
            elif type(node) is cst.Attribute and isinstance(node.value, cst.Name) and node.value.value == "self":  # type: ignore[attr-defined]
                found.add(node.attr.value)  # type: ignore[attr-defined]
    return frozenset(found)


#: the attribute name standing for one a ``setattr`` call does not write out
_ANY_ATTRIBUTE = "__any__"
#: the parts that marked values as entries of their tables (``Statements.entry_mark``), by the id in the mark: a value marked
#: by another module's analysis is asked of it (held weakly: a module's analysis goes when its run ends)
_MARKERS: "weakref.WeakValueDictionary[str, Statements]" = weakref.WeakValueDictionary()


def _names_a_list(node: cst.BaseExpression) -> bool:
    """``cols``, ``list(cols)``, ``tuple(cols)``, ``sorted(cols)``: a name a function returns a column list by."""
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value in ("list", "tuple", "sorted", "set") \
            and len(node.args) == 1 and node.args[0].keyword is None and not node.args[0].star:
        node = node.args[0].value
    return type(node) is cst.Name


def _files_of(state: "dict[str, Val]", way_files: "list[tuple[dict[str, Val], dict[str, Val]]]") -> "dict[str, Val] | None":
    """What the module's files held at the end of the way whose state is ``state`` (None: not known)."""
    return next((files for way, files in way_files if way is state), None)


def _written_together(ways: "list[dict[str, Val]]", files_of: "list[dict[str, Val] | None]") -> bool:
    """The ways of an ``if`` chose a destination and wrote different data into one file or buffer made
    before it (``buf = io.BytesIO()``, then ``buf.write(basic); url = ICE_URL`` / ``buf.write(full); url =
    STATE_URL``)."""
    if not 1 < len(ways) <= 4 or len(files_of) != len(ways) or any(f is None for f in files_of) or not _where_names(ways):
        return False
    keys = set().union(*files_of)  # type: ignore[arg-type]
    return any(len({f.get(key, OPAQUE).placements for f in files_of if f is not None}) > 1 for key in keys)


def _buffer_of(val: Val) -> str | None:
    """The in-memory or named file a value is (its key), for telling apart what each way holds."""
    return file_key(val) if val.client is not None else None


def _irrefutable(pattern: cst.MatchPattern) -> bool:
    """``_``, a bare capture (``case other:``), or an or-pattern holding one: it matches anything."""
    if isinstance(pattern, cst.MatchAs):
        return pattern.pattern is None or _irrefutable(pattern.pattern)
    if isinstance(pattern, cst.MatchOr):
        return any(_irrefutable(element.pattern) for element in pattern.patterns)
    return False


def _int_subscript(node: cst.Subscript) -> bool:
    """``out[0]``, ``out[-1]``: one element by position."""
    return len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index) and is_position(node.slice[0].slice.value)


def _unparenthesized(node: cst.BaseExpression) -> cst.BaseExpression:
    """The leftmost part of a parenthesized expression (its position is the value's own, not the parenthesis's)."""
    while getattr(node, "lpar", None):
        if isinstance(node, (cst.Attribute, cst.Subscript)):
            node = node.value
        elif isinstance(node, cst.Call):
            node = node.func
        elif isinstance(node, (cst.BinaryOperation, cst.BooleanOperation, cst.Comparison)):
            node = node.left
        else:
            break
    return node


#: the values of a yes-or-no indicator as mainframe-era code writes it (send_ind = "Y", send_it = 1)
_INDICATOR_TEXTS = frozenset({"Y", "N", "y", "n", "YES", "NO", "Yes", "No", "T", "F", "1", "0"})


def _indicator(node: "cst.BaseExpression | None", val: Val) -> bool:
    """``node`` (the value assigned) is a 0/1 integer or a "Y"/"N" text: a flag, as True/False is."""
    if isinstance(node, cst.Integer):
        return node.value in ("0", "1")
    return isinstance(node, cst.SimpleString) and val.text in _INDICATOR_TEXTS


def _element_of_list(target: cst.BaseAssignTargetExpression, iterated: cst.BaseExpression, frame: Frame) -> None:
    """``for entry in out`` (or ``for i, entry in enumerate(out)``): each element of the list ``out``
    in its turn, so what is put into ``entry`` is put into ``out``."""
    if isinstance(iterated, cst.Call) and isinstance(iterated.func, cst.Name) and iterated.func.value == "enumerate" and iterated.args:
        iterated = iterated.args[0].value
        target = target.elements[1].value if isinstance(target, (cst.Tuple, cst.List)) and len(target.elements) == 2 else target
    if isinstance(iterated, cst.Name) and isinstance(target, cst.Name):
        frame.put_in_list(target, iterated.value)
    elif isinstance(iterated, cst.Call) and isinstance(iterated.func, cst.Name) and iterated.func.value == "zip" and "zip" not in frame.env \
            and isinstance(target, (cst.Tuple, cst.List)) and len(target.elements) == len(iterated.args) and not any(a.star or a.keyword for a in iterated.args):
        for element, arg in zip(target.elements, iterated.args, strict=True):
            _element_of_list(element.value, arg.value, frame)  # for rec, r in zip(batch, rows): rec is batch's element
    elif isinstance(iterated, cst.Call) and isinstance(iterated.func, cst.Attribute) and isinstance(iterated.func.value, cst.Name) \
            and iterated.func.value.value in frame.env and not iterated.args and iterated.func.attr.value in ("values", "items"):
        # for v in payload.values(), for k, v in payload.items(): v is one of payload's entries
        value = target if iterated.func.attr.value == "values" else (
            target.elements[1].value if isinstance(target, (cst.Tuple, cst.List)) and len(target.elements) == 2 else None)
        if isinstance(value, cst.Name):
            frame.aliases[value.value] = (iterated.func.value.value, None)
    elif isinstance(iterated, cst.Subscript) and isinstance(iterated.value, cst.Name) and iterated.value.value in frame.env and isinstance(target, cst.Name) \
            and len(iterated.slice) == 1 and isinstance(iterated.slice[0].slice, cst.Index) and isinstance(iterated.slice[0].slice.value, cst.SimpleString):
        key = string_value(iterated.slice[0].slice.value)
        if isinstance(key, str):
            frame.aliases[target.value] = (iterated.value.value, key)  # for s in payload["subjects"]: s is in payload's list


def _items_call(node: cst.BaseExpression) -> bool:
    """``d.items()``."""
    return isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value == "items" and not node.args


def _raises(fn: cst.FunctionDef) -> bool:
    """``fn`` has a ``raise`` statement of its own (not in a nested def)."""
    return any(isinstance(node, cst.Raise) for node in walk(fn.body, prune=lambda n: isinstance(n, cst.FunctionDef)))


#: what a table method does that ``inplace=True`` applies to the table itself
_TABLE_CHANGES = frozenset({"drop_keys", "rename_keys", "add_keys", "columns"})


#: words of the names of credentials (``user, token = self.credentials``): connection settings, not data
_CREDENTIAL_WORDS = frozenset({"credential", "credentials", "secret", "secrets", "token", "tokens", "password", "passwd", "auth", "apikey"})


def _match_args(cls: ClassInfo) -> list[str] | None:
    """The attribute names a class pattern's positional captures read: ``__match_args__`` when the
    class writes it (a tuple of names), else the declared fields of a dataclass or NamedTuple model."""
    written = cls.constants.get("__match_args__")
    if isinstance(written, (cst.Tuple, cst.List)):
        names = [string_value(e.value) for e in written.elements if isinstance(e.value, cst.SimpleString)]
        return [n for n in names if isinstance(n, str)] if len(names) == len(written.elements) else None
    # (a dataclass's field(init=False) is no positional of its __init__, nor of its __match_args__)
    return [name for name, node in cls.fields if not _not_in_init(node)] if cls.is_model and cls.fields else None


def _not_in_init(node: cst.CSTNode) -> bool:
    """A field declared ``field(init=False)``."""
    value = node.value if isinstance(node, (cst.AnnAssign, cst.Assign)) else None
    if isinstance(node, cst.SimpleStatementLine) and node.body and isinstance(node.body[0], (cst.AnnAssign, cst.Assign)):
        value = node.body[0].value
    # (field(kw_only=True) is no positional either)
    return isinstance(value, cst.Call) and any(
        a.keyword is not None and isinstance(a.value, cst.Name) and (a.keyword.value, a.value.value) in (("init", "False"), ("kw_only", "True"))
        for a in value.args)


def _changed_in_place(node: cst.BaseExpression) -> str | None:
    """The variable a method call changes in place (``df.query("...", inplace=True)``): what the call
    computes becomes the variable's new value."""
    if not (isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and isinstance(node.func.value, cst.Name)):
        return None
    library = shipped()
    if not any(a.keyword is not None and a.keyword.value in library.in_place and isinstance(a.value, cst.Name) and a.value.value == "True" for a in node.args):
        return None
    method = node.func.attr.value
    rule = library.methods.get(method)
    if (rule is None or rule.does not in _TABLE_CHANGES) and method not in library.population.choosers:
        return None  # a method that changes no known table this way (a project's normalize(inplace=True)): unknown
    return node.func.value.value


def _plain_data(val: Val) -> bool:
    """A value that is only data (a field read, what a dict entry holds): no constant, tuple, object,
    client, function or text that a loop over a literal would need element by element."""
    return not (val.const or val.elements is not None or val.function is not None or val.model is not None or val.client is not None
                or val.text is not None or val.attrs is not None) and bool(val.names or val.placements)


def _of_records(part: Val, whole: Val) -> Val:
    """A part read out of a record (a ``case`` capture) is still of the records the whole came from."""
    return replace(part, bulk=part.bulk | whole.bulk) if whole.bulk - part.bulk else part


#: methods that change the collection they are called on
_MUTATORS = frozenset({"clear", "update", "pop", "popitem", "append", "extend", "insert", "remove", "setdefault", "add", "discard",
                       "__setitem__", "__delitem__", "sort", "reverse"})


def _equal_test(test: cst.BaseExpression) -> cst.Comparison | None:
    """The equality a negated test denies (``r["cin"] != cin``, ``not r["cin"] == cin``): ``r["cin"] == cin``."""
    if isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not) and isinstance(test.expression, cst.Comparison):
        inner = test.expression
        return inner if len(inner.comparisons) == 1 and isinstance(inner.comparisons[0].operator, cst.Equal) else None
    if isinstance(test, cst.Comparison) and len(test.comparisons) == 1 and isinstance(test.comparisons[0].operator, cst.NotEqual):
        return test.with_changes(comparisons=[test.comparisons[0].with_changes(operator=cst.Equal())])
    return None


def _attributes_of(node: cst.BaseExpression) -> bool:
    """``c.__dict__`` or ``vars(c)``: an object's attributes as a dict."""
    return (isinstance(node, cst.Attribute) and node.attr.value == "__dict__") or (
        isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value == "vars" and len(node.args) == 1)


def _ends_by_leaving(body: cst.BaseSuite) -> bool:
    """The block's last statement is a ``continue``, ``break`` or ``return`` (the way past its ``if`` is the other)."""
    if isinstance(body, cst.SimpleStatementSuite):
        small: cst.CSTNode | None = body.body[-1] if body.body else None  # if r["cin"] != cin: continue
    else:
        statements = block_statements(body)
        last = statements[-1] if statements else None
        small = last.body[-1] if isinstance(last, cst.SimpleStatementLine) and last.body else None
    return isinstance(small, (cst.Continue, cst.Break, cst.Return))


def _empty_dict(node: cst.BaseExpression) -> bool:
    """``{}`` or ``dict()``."""
    return (isinstance(node, cst.Dict) and not node.elements) or (
        isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value == "dict" and not node.args)


#: the statements and expressions that bind a name (besides a plain assignment)
#: calls a loop may go through on the way to what it iterates (``for i, m in enumerate(load_members())``), with
#: the position of the argument they go through
_ITERATION_WRAPPERS = {"enumerate": 0, "sorted": 0, "list": 0, "tuple": 0, "reversed": 0, "iter": 0, "filter": 1, "islice": 0,
                       "itertools.islice": 0, "itertools.takewhile": 1, "itertools.dropwhile": 1, "itertools.filterfalse": 1}
#: clients whose iteration yields connections of the same client (``async for ws in websockets.connect(URI)``)
_RECONNECTING_CLIENTS = frozenset({"websocket"})
_BINDERS = (cst.AugAssign, cst.AnnAssign, cst.For, cst.NamedExpr, cst.Del, cst.AsName, cst.Nonlocal, cst.Global)
#: the node types ``_bindings`` and ``_changed_names`` look at (concrete classes: a type lookup, not an ABC check)
_BINDING_KINDS = frozenset({cst.Assign, cst.Call, *_BINDERS})


def _bindings(fn: cst.FunctionDef, walker: "Callable[[cst.CSTNode], Iterable[cst.CSTNode]]" = walk) -> dict[str, cst.BaseExpression]:
    """The locals of ``fn`` bound once, each to its value: a plain ``name = value`` is the one binding of the name
    and nothing changes it in place (no other assignment, unpacking, loop or ``with`` target, ``:=``, ``del``,
    ``clear()``, store into it), nor is it a parameter. One walk of the body (``walker``: the module's flat walk)."""
    kinds = _BINDING_KINDS
    nodes = [node for node in walker(fn.body) if type(node) in kinds]
    changed = _changed_names(nodes) | set(param_names(fn))
    found: dict[str, list[cst.BaseExpression | None]] = {}
    for node in nodes:
        if type(node) is cst.Call:
            continue
        if isinstance(node, cst.Assign):
            plain = len(node.targets) == 1 and isinstance(node.targets[0].target, cst.Name)
            for t in node.targets:
                for n in _target_names(t.target):
                    found.setdefault(n.value, []).append(node.value if plain else None)
        elif isinstance(node, _BINDERS):
            targets = node.names if isinstance(node, (cst.Nonlocal, cst.Global)) else [node.name] if isinstance(node, cst.AsName) else [node.target]
            for t in targets:
                for n in (names_in(t.name) if isinstance(t, cst.NameItem) else _target_names(t) if isinstance(node, (cst.AugAssign, cst.AnnAssign, cst.For,
                                                                                                                     cst.NamedExpr, cst.AsName)) else names_in(t)):
                    found.setdefault(n.value, []).append(None)
    return {name: values[0] for name, values in found.items() if len(values) == 1 and values[0] is not None and name not in changed}


#: methods Python calls by itself on syntax the module writes (``with``, a call, ``for``, subscripts), not by name
_CALLED_BY_SYNTAX = frozenset({"__enter__", "__exit__", "__aenter__", "__aexit__", "__call__", "__iter__", "__next__", "__aiter__",
                               "__anext__", "__getitem__", "__setitem__", "__delitem__", "__post_init__", "__getattr__", "__setattr__"})


def _own_locals(fn: cst.FunctionDef, walker: "Callable[[cst.CSTNode], Iterable[cst.CSTNode]]") -> dict[str, frozenset[str]]:
    """The names ``fn`` binds only to objects it makes itself (``c = Client("state")``: a class's constructor), not
    to what it reads (``c = CLIENT``, ``c = get_client()``, a loop's or a ``with``'s target), not its parameters;
    each with the names of the classes it is made of."""
    made: dict[str, set[str]] = {}
    other: set[str] = set()
    for node in walker(fn.body):
        kind = type(node)
        if kind is cst.Assign:
            value = node.value  # type: ignore[attr-defined]
            maker = (dotted(value.func) or "").rsplit(".", 1)[-1] if isinstance(value, cst.Call) else ""
            for t in node.targets:  # type: ignore[attr-defined]
                if maker[:1].isupper() and isinstance(t.target, cst.Name):
                    made.setdefault(t.target.value, set()).add(maker)
                else:
                    other.update(n.value for n in _target_names(t.target))
        elif kind in (cst.AnnAssign, cst.AugAssign, cst.For):
            other.update(n.value for n in _target_names(node.target))  # type: ignore[attr-defined]
        elif kind is cst.AsName:
            other.update(n.value for n in _target_names(node.name))  # type: ignore[attr-defined]
        elif kind in (cst.Global, cst.Nonlocal):
            other.update(item.name.value for item in node.names)  # type: ignore[attr-defined]
    dropped = other | set(param_names(fn))
    return {name: frozenset(makers) for name, makers in made.items() if name not in dropped}


def _target_names(target: cst.CSTNode) -> list[cst.Name]:
    """The names an assignment target binds: ``k`` of ``k = ...``, both of ``a, (b, *c) = ...``; not the names a
    subscript or attribute target reads (``groups[k] = v`` binds no ``k``)."""
    if isinstance(target, cst.Name):
        return [target]
    if isinstance(target, (cst.Tuple, cst.List)):
        return [n for element in target.elements for n in _target_names(element.value)]
    if isinstance(target, cst.StarredElement):
        return _target_names(target.value)
    return []


def _changed_names(nodes: "Iterable[cst.CSTNode]") -> set[str]:
    """The names some statement of ``nodes`` changes in place or rebinds through ``global`` (``X[k] = v``,
    ``X["a"]["b"] = v``, ``X.update(...)``, ``del X[k]``, ``global X``)."""
    changed: set[str] = set()
    kinds = _BINDING_KINDS
    for node in nodes:
        if type(node) not in kinds:
            continue
        targets: list[cst.BaseExpression] = []
        if isinstance(node, cst.Global):
            changed.update(n.name.value for n in node.names)
        elif isinstance(node, cst.Assign):
            targets = [t.target for t in node.targets]
        elif isinstance(node, (cst.AugAssign, cst.AnnAssign)):
            targets = [node.target]
        elif isinstance(node, cst.Del):
            targets = [node.target]
        elif isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value in _MUTATORS:
            targets = [node.func.value]
        for target in targets:
            if isinstance(target, cst.Name) and not isinstance(node, (cst.Del, cst.Call)):
                continue  # X = ... (a local of a function, or the module's own binding, followed where it is)
            while isinstance(target, (cst.Subscript, cst.Attribute)):
                target = target.value  # X["a"]["b"] = v, X.items.append(v): a change of X
            if isinstance(target, cst.Name):
                changed.add(target.value)
    return changed


def _column_by_column(target: cst.Subscript, named: "Callable[[cst.Name], list[str] | None]") -> "list[cst.Subscript] | None":
    """``df[["a", "b"]]`` (or ``df.loc[rows, ["a", "b"]]``, ``df[PII_COLS]`` of a module constant list ``named``
    reads) with a list of column names: the same store written for each column (``df["a"]``, ``df.loc[rows,
    "a"]``); None for any other target."""
    at = len(target.slice) - 1
    column = target.slice[at].slice if at in (0, 1) else None
    if at == 1 and not (isinstance(target.value, cst.Attribute) and target.value.attr.value in ("loc", "at")):
        return None
    if not isinstance(column, cst.Index):
        return None
    if isinstance(column.value, cst.Name):
        names = named(column.value)
        strings: list[cst.BaseExpression] = [cst.SimpleString(repr(n)) for n in names] if names else []
    elif isinstance(column.value, (cst.List, cst.Tuple)) and all(isinstance(e.value, cst.SimpleString) for e in column.value.elements):
        strings = [e.value for e in column.value.elements]
    else:
        return None
    if not strings or len(strings) > 32:
        return None
    out = []
    for string in strings:
        slices = list(target.slice)
        slices[at] = slices[at].with_changes(slice=cst.Index(value=string))
        out.append(target.with_changes(slice=slices))
    return out


def _keys_among(key: Val, keys: "tuple[str, ...]") -> bool:
    """The key a store uses is one of ``keys`` (``counts["sent" if ok else "failed"]``: either)."""
    texts = key.alternatives or ((key.text,) if key.text is not None else ())
    return key.const and bool(texts) and all(t in keys for t in texts)


#: methods that add to a list or set in place (``pairs.append(...)``)
_GROWERS = frozenset({"append", "extend", "insert", "add", "update", "setdefault"})

#: an ``iteration_keys`` entry: the container was emptied in this iteration (``rec.clear()``), every key it holds is new
ANY_KEY_RENEWED = "\x00*"


def _of_this_iteration(value: cst.BaseExpression, frame: Frame) -> bool:
    """``value`` is made of what this iteration bound (the loop's record, names bound since the iteration
    began) and constants or functions of the module; not of a name bound before the loop and not bound
    again since (``prev.cin``, ``household[...]``)."""
    outer = (frame.loop_outer or frozenset()) - frame.iteration_bound
    nodes = list(walk(value, lambda n: type(n) is cst.Lambda))
    attrs = {id(n.attr) for n in nodes if isinstance(n, cst.Attribute)} | {id(n.keyword) for n in nodes if isinstance(n, cst.Arg) and n.keyword is not None}
    names = [n.value for n in nodes if type(n) is cst.Name and id(n) not in attrs]
    return any(n in frame.iteration_bound for n in names) and not any(n in outer for n in names)


def _constant_key(target: cst.Subscript) -> str | None:
    """The constant text key of ``d["key"]``; None for any other subscript."""
    if len(target.slice) != 1 or not isinstance(target.slice[0].slice, cst.Index) or not isinstance(target.slice[0].slice.value, cst.SimpleString):
        return None
    key = string_value(target.slice[0].slice.value)
    return key if isinstance(key, str) else None


def _directly_in(loop: cst.For | cst.While, node: "cst.CSTNode | None") -> bool:
    """``node`` is a small statement of the loop's own body (run in every iteration that gets that far,
    not under an ``if``, ``try`` or ``with`` of it)."""
    body = loop.body.body if isinstance(loop.body, cst.IndentedBlock) else [loop.body]
    return any(node is small or (isinstance(small, cst.Assign) and any(node is t for t in small.targets))
               for line in body if isinstance(line, (cst.SimpleStatementLine, cst.SimpleStatementSuite)) for small in line.body)


def _straight_statements(body: cst.BaseSuite) -> "list[cst.BaseStatement]":
    """The statements of a function's body that run once each time it runs: its own, and those of the ``with`` blocks and
    ``try`` bodies among them (not of a loop or a branch)."""
    out: list[cst.BaseStatement] = []
    for stmt in block_statements(body):
        out.append(stmt)
        if isinstance(stmt, (cst.With, cst.Try)):
            out.extend(_straight_statements(stmt.body))
    return out


def _entry_of(node: cst.BaseExpression, table: cst.BaseExpression) -> bool:
    """``P4["cms"]`` of the table ``P4``: an entry of it by a literal key (``P4.get(key, P4["cms"])``: one of its entries)."""
    return isinstance(node, cst.Subscript) and dotted(node.value) is not None and dotted(node.value) == dotted(table) and len(node.slice) == 1 \
        and isinstance(node.slice[0].slice, cst.Index) and isinstance(node.slice[0].slice.value, cst.SimpleString)
