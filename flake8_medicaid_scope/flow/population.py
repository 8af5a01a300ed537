"""Population scope (SPEC section 10, MCD201): sources of many people's records, the conditions
on immigration status or citizenship that choose among them, and where a bulk send is reported.

A value read from a bulk source carries a ``Bulk`` (values.py). Everything derived from it
carries it too: the expression evaluator adds every bulk source an expression read to its value
(``Expressions.eval``), and a statement that changes a container adds what it read to that
container. A condition on a status field drops it: an ORM filter or a SQL ``WHERE`` on such a
column at the source, a DataFrame mask or ``query``, a comprehension condition, a function named
or configured as a population filter, and an ``if`` whose branches decide whether the record goes
on. What library calls read many records, pick one, or count is data
(``data/library/population.json``).
"""

from __future__ import annotations

import collections
import re
from functools import cached_property
from typing import TYPE_CHECKING, Callable

import libcst as cst

from ..library import shipped
from ..sql import Conditions, conditions, looks_like_query
from ..words import name_words
from .index import (CHANGING_METHODS, ClassInfo, bindings_of, calls_in, children,
                    column_of, decorated, dotted, is_stub, method_chain, names_in, param_names, root_name, string_value,
                    false_literal, true_literal, unwrap_annotated, walk, placeholder)
from .part import argument, argument_node, Frame, Part
from .values import CLEANUPS, HOLE, INBOUND_MARK, OPAQUE, SQL_COLUMN, is_group_or_store, only_answer, replace, translate, Bulk, Placement, Val, const_val

if TYPE_CHECKING:
    from .engine import ModuleAnalysis

#: the label of a value that holds a status condition (``q = Q(immigration_status=...)``, a mask)
STATUS_MARK = "<status condition>"
#: what a request to a non-enforcement host answered for a filter on status in its parameters
#: (``params={"immigration_status": "EWI"}``): records chosen by status, read back from the answer
ANSWERED_BY_STATUS_MARK = "<answered for a status filter>"
#: the label of a Django queryset bound to a variable (``qs = Member.objects.filter(...)``): its ``.values()``
#: with no names is every column, as in one chain
QUERYSET_MARK = "<queryset>"
#: a column of a frame (or a key of a dict) that holds a status test: ``df["in_scope"] = df["imgrtn_stus_cd"].isin(CODES)``
STATUS_COLUMN = "<status column>"
#: ``<annotated>alias=column``: a queryset's annotation holding one column of a subquery (read back on each record)
ANNOTATED_MARK = "<annotated>"
#: + a column name: a frame's column that holds only a constant (``df["priority"] = 0``, ``df.assign(batch=1)``):
#: selected and sent, it carries no one's data (SPEC section 5)
CONSTANT_COLUMN = "<constant column>"
#: a destination chosen by a test on status (``url = ICE_URL if m.immigration_status in T else STATE_URL``,
#: or the same with an ``if`` statement): the test decided which records go to enforcement, so a send to it
#: is no MCD201 (SPEC section 10: the condition decides whether the record is sent there)
DESTINATION_BY_STATUS_MARK = "<destination chosen by status>"
#: the destination one way of a status test chose, when the test chose the data with it and another way
#: goes to no enforcement destination (``if status in T: url, body = ICE_URL, basic / else: url, body =
#: STATE_URL, full``, the rest run once per way): on this way the test decided whom it sends
WAY_CHOSEN_BY_STATUS_MARK = "<way chosen by status>"
_NOTHING = Val()
#: a collection of conditions one of which tests status (``[Member.immigration_status.in_(CODES)]``, a
#: lookup dict filled with ``f["immigration_status__in"] = CODES``): a condition only where it is handed
#: to a filter (``.where(*conds)``, ``.filter(**f)``) or joined (``and_(*conds)``); never as an ``if``
#: test, since a payload that holds a status field is no condition (SPEC section 10)
CONDITIONS_MARK = "<status conditions kept>"
#: a mapping whose values are a status field (``{s.cin: s.immigration_status for s in rows}``): a value
#: looked up in it (``status_of.get(m.cin)``, ``status_of[cin]``) is that status, and a test of it a condition;
#: membership of a key (``cin in status_of``) is not
STATUS_VALUES_MARK = "<status by key>"
#: a dict of records, each under its person's identifier (``{m.cin: m for m in members}``): one read by an
#: identifier that is no one's record is one person's record (SPEC section 10, a lookup by id)
BY_PERSON_MARK = "<records by person>"
#: a count or statistic computed over many people's records (no one's record: not a bulk source)
AGGREGATE_MARK = "<aggregate>"
#: one record a manager's lookup returns (``Member.objects.get(pk=pk)``): a record, never a column's values
ONE_RECORD_MARK = "<one record of a query>"
#: the label of a file's whole text (``f.read()``): split into lines, it is the file's records
FILE_TEXT_MARK = "<text of a file>"
#: field categories whose test is a condition on who is sent
STATUS_CATEGORIES = frozenset({"immigration_status", "citizenship"})
#: categories of a column that tells one person from another (a group by it is a person's)
_PERSON_KEYS = frozenset({"ssn", "medicaid_id", "other_identifier", "email"})
#: the words of a column that is a person's name (last_name, member_full_name), not another name (program_name)
_PERSON_NAME_WORDS = frozenset({"first", "last", "full", "middle", "given", "family", "sur", "surname", "name", "nm", "fname", "lname",
                                "member", "enrollee", "person", "beneficiary", "bene", "client", "applicant", "recipient", "patient", "elgbl", "eligible"})
#: functions that keep the elements of their second argument a predicate (their first) lets through
_PREDICATE_FILTERS = frozenset({"filter", "filterfalse", "itertools.filterfalse", "takewhile", "itertools.takewhile", "dropwhile",
                                "itertools.dropwhile"})
#: methods that run a statement and return the one object it selects (session.scalar(select(Member)...))
_SELECTED_ONE = ("scalar", "scalar_one", "scalar_one_or_none")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
#: the FROM of a query given as SQL (or SOQL) text, which a pandas query expression does not have
_SQL_FROM = re.compile(r"\bfrom\s", re.IGNORECASE)
MAX_TEST_DEPTH = 4  # nested functions followed to learn whether a predicate tests a status field


def _texts_of(val: Val) -> list[str]:
    """The texts a SQL value may be: each alternative when branches joined (BASE + " WHERE " + where, with
    `where += " AND county_cd = %s"` in a branch: each whole text, not the one with a hole), else its text."""
    if val.alternatives:
        return list(val.alternatives)
    return [val.text] if val.text is not None else []

class Population(Part):
    """Bulk sources, status conditions, and the line an MCD201 is reported at."""

    def __init__(self, m: "ModuleAnalysis") -> None:
        super().__init__(m)
        self.data = shipped().population
        self._tests_status: dict[int, bool] = {}
        self._status_names: dict[str, bool] = {}  # is_status_name, by name (asked millions of times on large code)
        #: related_name / backref of the project's ORM relations -> the model class, snake_cased (by how many modules were read)
        self._related_names: tuple[int, dict[str, str]] | None = None
        # by node id (nodes live as long as the module)
        self._syntax: dict[int, _SyntaxFound] = {}
        self._by_attribute_only: set[int] = set()  # tests whose status read is an attribute of a variable, nothing else
        self._called: tuple[frozenset[str], frozenset[str]] | None = None
        self._queried: frozenset[int] | None = None

    # -- sources --------------------------------------------------------------------------

    def source(self, node: cst.CSTNode, text: str) -> Bulk:
        """A bulk source read at ``node`` in the function being run."""
        line, col = self.positions(node)
        return Bulk(line, text, self.scope(), col=col)

    def scope(self) -> int:
        """The function being run (0: the module's top level)."""
        return id(self._stack[-1]) if self._stack else 0

    def manager(self, node: cst.Attribute, val: Val) -> Val:
        """``Member.objects``: a queryset of every record, until a filter chooses."""
        if val.const or val.response:
            return val
        if isinstance(node.value, cst.Name) and node.value.value[:1].isupper() and not val.placements and (
                self.links.class_of(node.value.value) is not None or self._queried_model(node)):
            # ImmigrationStatus.objects of a model the project declares: the manager names no field (st.outcome is outcome)
            val = replace(val, names=frozenset())
        if self._scoped_manager(node):
            # objects = InScopeManager() whose get_queryset filters on status: every queryset of it is chosen
            return self.drop(val).with_labels({STATUS_MARK})
        return replace(val, bulk=val.bulk | {self.source(node, describe(node))})

    def queryset_model(self, val: Val) -> str | None:
        """The model class of the project a queryset value reads (``Member.objects.filter(...)``, its
        label ``Member.objects``): its records are instances of it. None when it is not known, or not a
        class of the project. A class the running function imports itself is known by the qualified
        name the value also carries (``agency.models.Member``)."""
        for label in sorted(val.labels):
            head, _, manager = label.rpartition(".")
            plain = head.replace(".", "").isidentifier() or head.startswith("@")  # Member, or @module:Member imported by the function
            if head and (manager in self.data.managers or manager in self.data.model_managers) and plain:
                if self.links.class_of(head) is not None:
                    return head
                qualified = next((q for q in map(self.links.qualified_class, sorted(other for other in val.labels if other.endswith(f".{head}"))) if q), None)
                if qualified is not None:
                    return qualified
        return None

    def _one_record(self, result: Val) -> Val:
        """A record a lookup returns: the manager's name (``objects``) is no field of it."""
        return replace(result, names=result.names - self.data.managers).with_labels({ONE_RECORD_MARK})

    def _instance(self, one: Val) -> Val:
        """One record of a queryset (``Member.objects.get(pk=pk)``): an instance of its model of the
        project, whose methods (``to_dict``) and declared fields are known."""
        model = self.queryset_model(one) if one.model is None and not one.placements else None
        return replace(one, model=model) if model is not None else one

    def _scoped_manager(self, node: cst.Attribute) -> bool:
        """``Referral.objects`` with ``objects = InScopeManager()`` declared on the model, whose
        ``get_queryset`` (of its class or a base of it) tests status."""
        if not isinstance(node.value, cst.Name):
            return False
        model = self.links.class_of(node.value.value)
        made = model[1].constants.get(node.attr.value) if model is not None else None
        for _ in range(5):
            if model is None or made is not None:
                break
            # a manager declared on a base model (an abstract model of the project)
            base = next((b for b in model[1].bases if model[0].links.class_of(b) is not None), None)
            model = model[0].links.class_of(base) if base is not None else None
            made = model[1].constants.get(node.attr.value) if model is not None else None
        if model is None or not isinstance(made, cst.Call):
            return False
        manager = model[0].links.class_of(dotted(made.func) or "")
        found = manager[0].links.find_method(manager[1], "get_queryset") if manager is not None else None
        if found is None:
            return False
        owner = found[0].population
        # a filter there whose lookup, or condition, tests status (read from its calls, not from the
        # super().get_queryset() it starts from)
        for call in calls_in(found[2].body):
            if isinstance(call.func, cst.Attribute) and call.func.attr.value in owner.data.filters and any(
                    owner.lookup_tests_status(a.keyword.value) if a.keyword is not None else owner.tests_status(a.value, Frame(env={}))
                    for a in call.args if not a.star):
                return True
        return False

    def _other_rows(self, node: cst.Call, position: int) -> bool:
        """The frame ``node`` merges with (``df.merge(codes, ...)``, ``pd.merge(df, codes, ...)``, ``right=``)
        is made of other rows than the frame merged into: not an aggregate or a projection of the same
        variable (``df.groupby(STATUS).size()``, ``df[[STATUS]].drop_duplicates()``), in the expression
        or through the running function's assignment of its name."""
        func = node.func
        own = root_name(func.value) if position == 1 and isinstance(func, cst.Attribute) else None
        positional = [a for a in node.args if a.keyword is None and not a.star]
        keyed = {a.keyword.value: a.value for a in node.args if a.keyword is not None}
        if position == 2:
            own = root_name(positional[0].value) if positional else (root_name(keyed["left"]) if "left" in keyed else None)
        partner = positional[position - 1].value if len(positional) >= position else keyed.get("right")
        if partner is None:
            return False
        roots = {root_name(partner)}
        if isinstance(partner, cst.Name):
            roots.update(root_name(value) for value in self.m.functions.bound_here(partner.value))
        return own is not None and own not in roots

    def status_read(self, mapping: Val, key: Val) -> Val:
        """A lookup by one person's key in a mapping of statuses (``status_of.get(m.cin)``,
        ``status_of[m.cin]``): that person's status (a test of it is a condition on status), standing
        for the key's records, not for the ones the mapping was built from."""
        self.m.bulk_read = key.bulk
        return Val(names=frozenset({"immigration_status"}), labels=mapping.labels - {STATUS_VALUES_MARK}, bulk=key.bulk)

    def _queried_model(self, node: cst.Attribute) -> bool:
        """``CaseNote.query`` of a class imported from a package the analysis cannot read, queried right there
        (``CaseNote.query.filter_by(...)``, ``.all()``, ``.get(pk)``): Flask-SQLAlchemy's query of a model (not
        ``SearchForm.query`` read as a value)."""
        if node.attr.value not in self.data.model_managers or not isinstance(node.value, cst.Name) or node.value.value not in self.index.imports:
            return False
        if self._queried is None:
            methods = self.data.manager_queries
            self._queried = frozenset(id(n.value) for n in self.functions.flat.walk(self.m.module)
                                      if type(n) is cst.Attribute and n.attr.value in methods and isinstance(n.value, cst.Attribute))  # type: ignore[attr-defined]
        return id(node) in self._queried

    def custom_manager(self, node: cst.Attribute) -> bool:
        """``Enrollee.active_objects`` with ``active_objects = ActiveManager()`` (or ``QuerySet.as_manager()``)
        declared on a model class of the project: a manager like ``objects``."""
        if not isinstance(node.value, cst.Name) or not node.value.value[:1].isupper():
            return False
        found = self.links.class_of(node.value.value)
        if found is None and self._queried_model(node):
            return True  # CaseNote.query.filter_by(...) of a model imported from a package the analysis cannot read: Flask-SQLAlchemy's
        if found is None or not _orm_model(found[0], found[1]):
            return False  # Outbox.pending = RetryQueueManager(): no model's records
        if node.attr.value in self.data.model_managers:
            return True  # Member.query of a Flask-SQLAlchemy model (class Member(db.Model)): every record
        made = found[1].constants.get(node.attr.value)
        if not isinstance(made, cst.Call):
            return False
        if isinstance(made.func, cst.Call):
            made = made.func  # Manager.from_queryset(ActiveQuerySet)(): the manager class it makes
        callee = dotted(made.func) or ""
        return callee.endswith("Manager") or callee.endswith((".as_manager", ".from_queryset"))

    def after_call(self, node: cst.Call, qual: str | None, args: "list[tuple[cst.Arg, Val]]", result: Val, frame: Frame) -> Val:
        """The value of a call, with the bulk sources it reads, picks from or drops."""
        func = node.func
        method = func.attr.value if isinstance(func, cst.Attribute) else None
        if (method in ("get_group", "xs") and isinstance(func, cst.Attribute) and len(args) == 1 and args[0][0].keyword is None
                and args[0][1].const and (args[0][1].text is not None or args[0][1].items is not None) and self._grouped_by_status(func.value, frame)):
            # df.groupby("immigration_status").get_group("8"): the rows of one status (a key the code names;
            # get_group(key) in a loop over every key sends everyone, xs(..., level=...) picks by another level)
            return self.drop(result).with_labels({STATUS_MARK})
        if method in ("annotate", "alias") and isinstance(func, cst.Attribute) and any(a.keyword is not None for a, _ in args):
            # .annotate(latest_status=Subquery(events.values("imgrtn_stus_cd")[:1])): a value for each of the
            # records annotated, not the records of the inner query (they are not what is sent)
            inner = frozenset().union(*(v.bulk for a, v in args if a.keyword is not None))
            result = self.drop(result, inner) if inner else result
            # (an annotation holding the person's own status, kept on the queryset: a filter on it later, in another
            # function too, with_latest_status().filter(latest_status__in=U), is a condition on status)
            held_status = {STATUS_COLUMN + a.keyword.value for a, _ in args if a.keyword is not None
                           and not self._someone_elses_subquery(a.value, frame) and self._selects_status(a.value, frame)}
            # (and the column an annotation holds, read back on each record: m.latest_status is imgrtn_stus_cd)
            held_status |= {f"{ANNOTATED_MARK}{a.keyword.value}={column.split('__')[-1]}" for a, _ in args if a.keyword is not None
                            for column in [self._selected_column(a.value, frame)] if column is not None}
            if held_status:
                result = result.with_labels(held_status)
        model = self._model_argument(method, args, frame) or self._executed_model(func, method, args, frame)
        if model is not None and (method in self.data.model_managers or method in self.data.scalar_queries):
            # session.query(Enrollee), session.scalars(select(Enrollee)): Enrollee's records, as Enrollee.query
            result = result.with_labels({f"{model}.query"})
        out = self._after_call(node, qual, args, result, frame)
        if model is not None and (method == "get" and len(args) == 2 or method in _SELECTED_ONE) and out.model is None and not out.placements:
            out = replace(self.drop(out), model=model)  # session.get(Enrollee, pk), session.scalar(select(Enrollee)...): one Enrollee
        if method in ("groupby", "group_by", "set_index") and args and self._names_status_column(args[0][1]):
            out = out.with_labels({STATUS_GROUPS_MARK})  # grouped = df.groupby("immigration_status"), then grouped.get_group(...)
        return out

    def _project_method(self, func: cst.Attribute, frame: Frame) -> bool:
        """``self.filter(...)`` (``job.exclude(...)`` of an object of a class of the project) calls a method of the project
        named like a query's: not the query method."""
        receiver = func.value
        if not isinstance(receiver, cst.Name):
            return False
        if receiver.value in ("self", "cls") and frame.cls is not None:
            return self.functions.method_owner(frame.cls, func.attr.value) is not None
        held = frame.env.get(receiver.value)
        found = self.links.class_of(held.model) if held is not None and held.model is not None else None
        return found is not None and found[0].functions.method_owner(found[1], func.attr.value) is not None

    def _group_keys(self, func: cst.Attribute) -> frozenset[str]:
        """The column names a ``groupby`` in the chain of ``func`` groups by (literals, or a list of them)."""
        node: cst.BaseExpression = func.value
        while isinstance(node, (cst.Call, cst.Subscript, cst.Attribute)):
            if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value in ("groupby", "group_by") and node.args:
                first = node.args[0].value
                parts = [e.value for e in first.elements] if isinstance(first, (cst.List, cst.Tuple)) else [first]
                return frozenset(t for t in (string_value(p) if isinstance(p, cst.SimpleString) else None for p in parts) if isinstance(t, str))
            node = node.func if isinstance(node, cst.Call) else node.value
        return frozenset()

    def _model_argument(self, method: str | None, args: "list[tuple[cst.Arg, Val]]", frame: Frame) -> str | None:
        """The class of the project a query method is given first (``session.query(Enrollee)``,
        ``session.get(Enrollee, pk)``), by the name written there, or the one class a statement given to
        ``scalars``/``scalar`` selects (``select(Enrollee).where(...)``, also through a name the running
        function binds to it); None otherwise."""
        if method not in ("query", "get", *self.data.scalar_queries, *_SELECTED_ONE) or not args or args[0][0].keyword is not None or args[0][0].star:
            return None
        given: cst.BaseExpression | None = args[0][0].value
        if method not in ("query", "get"):
            given = self.selected_class(given)
        return self.links.model_ref(given.value, frame.imports) if isinstance(given, cst.Name) else None

    def _executed_model(self, func: cst.BaseExpression, method: str | None, args: "list[tuple[cst.Arg, Val]]", frame: Frame) -> str | None:
        """``session.execute(select(Member).where(...)).scalar_one_or_none()`` (``scalar_one``, ``scalar``; also
        awaited): the one class of the project the executed statement selects; None otherwise."""
        if method not in _SELECTED_ONE or args or not isinstance(func, cst.Attribute):
            return None
        executed = func.value.expression if isinstance(func.value, cst.Await) else func.value
        if not (isinstance(executed, cst.Call) and isinstance(executed.func, cst.Attribute) and executed.func.attr.value == "execute"
                and executed.args and executed.args[0].keyword is None and not executed.args[0].star):
            return None
        given = self.selected_class(executed.args[0].value)
        return self.links.model_ref(given.value, frame.imports) if isinstance(given, cst.Name) else None

    def selected_class(self, stmt: cst.BaseExpression | None, legacy: bool = False) -> cst.BaseExpression | None:
        """What ``select(X)`` at the start of ``stmt``'s method chain selects (``X``, when it selects
        one thing), following a name the running function binds once; with ``legacy``, also what
        ``session.query(X).filter(...).statement`` selects."""
        for _ in range(20):
            if isinstance(stmt, cst.Name):
                bound = self.m.functions.bound_here(stmt.value)
                stmt = bound[0] if len(bound) == 1 else None
            elif legacy and isinstance(stmt, cst.Attribute) and stmt.attr.value == "statement":
                stmt = stmt.value
            elif legacy and isinstance(stmt, cst.Call) and isinstance(stmt.func, cst.Attribute) and stmt.func.attr.value == "query":
                plain = [a for a in stmt.args if a.keyword is None and not a.star]
                return plain[0].value if len(plain) == 1 and len(stmt.args) == 1 else None
            elif isinstance(stmt, cst.Call) and isinstance(stmt.func, cst.Attribute) and stmt.func.attr.value != "select":
                stmt = stmt.func.value  # .where(...), .order_by(...), .limit(...)
            elif isinstance(stmt, cst.Call) and (dotted(stmt.func) or "").rpartition(".")[2] == "select":
                plain = [a for a in stmt.args if a.keyword is None and not a.star]
                return plain[0].value if len(plain) == 1 and len(stmt.args) == 1 else None
            else:
                return None
        return None

    def _grouped_by_status(self, node: cst.BaseExpression, frame: Frame) -> bool:
        """``node`` is rows grouped or indexed by a status column: the call itself, or a name bound to it."""
        if isinstance(node, cst.Name):
            return STATUS_GROUPS_MARK in (frame.env.get(node.value) or Val()).labels
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value in ("groupby", "group_by", "set_index") and node.args:
            return self._names_status_column(self.expr.eval(node.args[0].value, frame))
        return False

    def _names_status_column(self, val: Val) -> bool:
        """``val`` is the name of a status column, or a list that holds one (``"immigration_status"``)."""
        return any(self.mentions_status_text(t) for t in (val.text, *(val.items or ())))

    def _after_call(self, node: cst.Call, qual: str | None, args: "list[tuple[cst.Arg, Val]]", result: Val, frame: Frame) -> Val:
        func = node.func
        method = func.attr.value if isinstance(func, cst.Attribute) else None
        name = func.value if isinstance(func, cst.Name) else None
        data = self.data
        if qual is not None and qual in data.source_calls and only_answer(result):
            return result  # csv.DictReader(io.StringIO(resp.text)): the rows enforcement answered, none of the agency's records
        # (a queryset given to a lookup, county_code__in=<queryset>, not the ids of people the caller chose)
        handed = frozenset().union(*(v.bulk for a, v in args if v.bulk and a.keyword is not None and (
            QUERYSET_MARK in v.labels or any(part in data.managers for part in _chain(a.value))))) \
            if method in data.filters and isinstance(func, cst.Attribute) else frozenset()
        held = frame.env.get(root_name(func.value) or "") if handed else None
        if held is not None and held.bulk:
            # members.exclude(pk__in=opted) with opted = members.filter(...).values("pk"): the same records, still sent
            shared = {(b.line, b.col, b.scope) for b in held.bulk}
            handed = frozenset(b for b in handed if (b.line, b.col, b.scope) not in shared)
        if handed:
            # Member.objects.filter(county_code__in=PilotCounty.objects.values("code")): the subquery's rows are a
            # condition on the members, not records sent (the members, chosen by status or not, are)
            # (and the manager it started from, PilotCounty.objects: the same source, where the chain begins)
            spots = {(b.line, b.col, b.scope) for b in handed}
            self.m.bulk_read = frozenset(b for b in self.m.bulk_read if (b.line, b.col, b.scope) not in spots)
            result = replace(result, bulk=frozenset(b for b in result.bulk if (b.line, b.col, b.scope) not in spots))
        if name == "map" and "map" not in frame.env and len(args) == 2 and args[1][1].client is not None and args[1][1].client.kind == "file" \
                and not result.bulk:
            # resources = list(map(json.loads, fh)): each line of the file, converted (NDJSON): many people's records
            written = self.written_here(args[1][1])
            lines = written.bulk if written is not None else frozenset({self.source(node.args[1].value, "lines of " + describe(node.args[1].value))})
            return replace(result, bulk=result.bulk | lines)
        if method in data.single and isinstance(func, cst.Attribute) and {"groupby", "group_by"} & set(_chain(func)):
            return result  # df.groupby("msis_ident_num").last(): a row per group, every member's (not one record)
        if method in data.group_reducers and isinstance(func, cst.Attribute) and {"groupby", "group_by"} & set(_chain(func)) \
                and not self._grouped_by_person(func) and not any(self._identifies_person(k) for k in self._group_keys(func)) \
                and _reductions(node) <= data.numeric_reductions and _reductions(node):
            # df.groupby("cnty_cd").agg({"mdcd_pd_amt": "sum", "msis_ident_num": "count"}): numbers per county,
            # no one's record (a reduction that keeps values, "first" or list, keeps the names)
            self.drop(result)
            return Val(const=True, labels=frozenset({AGGREGATE_MARK}))
        if method == "group_by" and isinstance(func, cst.Attribute) and self._statement(func, frame) and node.args \
                and not any(self._identifies_person(k) for k in _attribute_names(node)) \
                and all(not p.names or p.names & set(_attribute_names(node)) for p in result.placements):
            # select(Member.county, func.count()).group_by(Member.county), query(...).group_by(...): one row per
            # county, counts, no one's record (as SQL's GROUP BY county)
            return self.drop(result).with_labels({AGGREGATE_MARK})
        if method == "distinct" and isinstance(func, cst.Attribute) and not node.args and self._distinct_of_groups(func):
            # values_list("county", flat=True).distinct(): the counties, no one's record
            return self.drop(result).with_labels({AGGREGATE_MARK})
        if (method in data.group_tables or (qual or "").rpartition(".")[2] in data.group_tables) and self._table_of_counts(node):
            # pd.crosstab(df["cnty_cd"], df["imgrtn_stus_cd"]), df.pivot_table(index="cnty_cd", aggfunc="count"):
            # numbers per group, no one's record
            self.drop(result)
            return Val(const=True, labels=frozenset({AGGREGATE_MARK}))
        # (polars' df.group_by("county").len(): the size of each group; s.str.len() of one value is no aggregate)
        if (method in data.aggregate_methods or method == "len") and method != "aggregate" and isinstance(func, cst.Attribute) \
                and {"groupby", "group_by"} & set(_chain(func)):
            if self._grouped_by_person(func):
                grouped = self.expr.eval(func.value, frame)
                if method in ("count", "nunique", "size", "len", "n_unique"):
                    # df.groupby("cin")["clm_id"].count(): how many per person (as len()), no field's value, of many
                    # people, keyed by the columns grouped by (groupby(["cin", "last_name"]).size(): the names go out)
                    return Val(names=self._group_keys(func), labels=frozenset({AGGREGATE_MARK}), bulk=grouped.bulk | result.bulk)
                # df.groupby("cin").sum(), df.groupby("cin")["mdcd_pd_amt"].sum(): one row per person, that
                # person's record, of the columns summed (a total of payments is payment data)
                return replace(result, names=result.names | grouped.names, placements=result.placements or grouped.placements,
                               bulk=result.bulk | grouped.bulk)
            self.drop(result)  # (what the chain read is no one's record now: .size().to_frame("n") keeps none)
            return Val(const=True, labels=frozenset({AGGREGATE_MARK}))  # df.groupby("county").size(): counts per group, no one's record
        if method == "get" and isinstance(func, cst.Attribute) and args and not args[0][1].bulk \
                and BY_PERSON_MARK in self._labels_of(func.value, frame):
            return self.drop(result)  # by_cin.get(cin): the one record of the person the caller identified
        inner = node.args[0].value if name == "next" and node.args else None
        if isinstance(inner, cst.Call) and dotted(inner.func) == "iter" and inner.args and result.bulk and self.expr.one_of_records(inner.args[0].value, frame):
            return self.drop(result)  # next(iter(qs), None): the first record only, like qs.first() (not a first batch)
        if isinstance(inner, cst.GeneratorExp) and result.bulk and any(self._looks_up_one(c.test) for c in inner.for_in.ifs):
            return self.drop(result)  # next((e for e in enrollees if e["medicaid_id"] == wanted), None): one person, by id
        if method in ("fetchone", "fetchmany") and self.m.while_depth > 0:
            return result  # while row is not None: ...; row = cur.fetchone(): one row after another, all of them
        if method in ("value_counts", "Counter") or name == "Counter":
            # df["county"].value_counts(), Counter(r["county"] for r in rows): counts keyed by the values
            # counted (what those values are stays: counted SSNs are SSNs), no one's record
            counted = self.drop(result)
            return counted.with_labels({AGGREGATE_MARK}) if counted.placements or counted.names else Val(const=True, labels=frozenset({AGGREGATE_MARK}))
        if isinstance(func, cst.Attribute) and method in data.aggregate_methods and method not in ("exists", "aggregate") and not args:
            self.drop(result)
            return Val(const=True, labels=frozenset({AGGREGATE_MARK}))  # df["paid"].sum(), s.count(), qs.count(): a number
        if method in data.single and isinstance(func, cst.Attribute) and (
                any(part in data.managers or part in data.model_managers for part in _chain(func))
                or {"filter", "filter_by", "where", *data.scalar_queries} & set(_chain(func))):
            # Determination.objects.filter(member=m).first(): the record of the person the lookup names (m:
            # one of many people's records handed in, as .get(member=m) is)
            one = self._instance(self.drop(self._one_record(result)))
            handed = _lookup_bulk(func.value, frame)
            return replace(one, bulk=one.bulk | handed) if handed else one
        if method in data.single and method not in _MAKES_A_RECORD and isinstance(func, cst.Attribute) and isinstance(func.value, (cst.Attribute, cst.Call)) \
                and not (data.managers | data.model_managers) & set(_chain(func)) and _relation_of_a_record(func):
            # latest = m.immigration_status_history.latest("effective_date"): a record of m's own relation, about m
            # (a test of its status chooses m, as m.immigration_status_history.latest(...).code inline does)
            root = root_name(func)
            held = frame.env.get(root) if root is not None else None
            # (not a relation of someone else's: m.guardian.immigration_status_history.latest() is the guardian's)
            if held is not None and held.bulk and not held.const and QUERYSET_MARK not in held.labels and not self.is_plural_person(root or "") \
                    and not any(self.vocabulary.someone_else(part) for part in _chain(func)):
                return replace(self.drop(result), bulk=held.bulk)
        if (name in data.aggregate_calls and name not in frame.env) or method in data.aggregate_methods or method in data.single or (
                qual is not None and qual in shipped().models.instance_getters):
            # len(rows), qs.count(), cur.fetchone(), Member.objects.get(pk=...), get_object_or_404(Member.objects.filter(...), pk=pk)
            if qual in data.comparison_calls and args and self.tests_status(args[0][0].value, frame):
                # found = any(h.imgrtn_stus_cd in CODES for h in m.status_history.all()): a flag of the status test
                return self.drop(result).with_labels({STATUS_MARK})
            sized = args[0][1] if len(args) == 1 else None
            if name == "len" and sized is not None and (sized.bulk or self._chosen_records(args[0][0].value, sized, frame)) \
                    and not (result.names or result.placements):
                # "invalid_ssn_count": len(bad_ssn) of many people's records: a count of records (SPEC section 5), no
                # one's field whatever its key says (len(m.diagnoses), one person's, is still about that person)
                self.drop(result)
                return const_val().with_labels({AGGREGATE_MARK})
            return self.drop(result)
        if method == "annotate" and "values" in method_chain(func) and args and all(_aggregate_argument(a, data.aggregate_functions) for a, _ in args) \
                and not self._values_by_person(func):
            # .values("status").annotate(total=Count("id")): a count per group, no one's record
            return self.drop(result).with_labels({AGGREGATE_MARK})
        if method == "get" and isinstance(func, cst.Attribute) and any(part in data.managers or part in data.model_managers for part in _chain(func)):
            # Member.objects.get(pk=member_pk): one record, the one its arguments name (many only when they
            # are many people's: a caller's loop over a queryset, reported at that call)
            one = self._instance(self.drop(self._one_record(result)))
            handed = frozenset().union(*(v.bulk for _, v in args))
            return replace(one, bulk=one.bulk | handed) if handed else one
        if method is not None and method not in data.filters and isinstance(func, cst.Attribute) and self._custom_query_chooses(func, frame):
            return self.drop(result).with_labels({STATUS_MARK})  # Member.objects.referrable(): a QuerySet method that filters on status
        if method is not None and method not in data.filters and isinstance(func, cst.Attribute) \
                and any(part in data.managers for part in _chain(func.value)):
            annotated = self._custom_query_annotations(func, frame)
            if annotated:
                result = result.with_labels(annotated)  # Enrollee.objects.with_latest_status(): its annotation of the status
        # (self.filter(records) of a method of the project named like a query's: what it returns, as analyzed; round 518d)
        if method in data.filters and not self._project_method(cst.ensure_type(func, cst.Attribute), frame) \
                and self.chooses(node, args, frame, ids=method in data.lookups, known_labels=result.labels):
            return self.drop(result).with_labels({STATUS_MARK})  # .filter(immigration_status__in=...), .exclude(us_citizen=True)
        if method == "in_bulk" and args and args[0][0].keyword is None and not args[0][0].star and isinstance(func, cst.Attribute) \
                and any(part in data.managers or part in data.model_managers for part in _chain(func)):
            # Member.objects.in_bulk(ids): the records of the ids given, as .filter(pk__in=ids) (the caller's
            # source when the ids are many people's)
            return replace(self.drop(result), bulk=args[0][1].bulk)
        if qual in ("itertools.compress", "more_itertools.compress") and len(args) >= 2 and STATUS_MARK in args[1][1].labels \
                and args[1][1].const:
            # compress(rows, [r.imgrtn_stus_cd in U for r in rows]): the records a mask of status tests keeps
            return self.drop(result).with_labels({STATUS_MARK})
        unioned = (method or (qual or name or "").rsplit(".", 1)[-1]) in ("union", "union_all")
        if unioned and STATUS_MARK in result.labels and not all(
                STATUS_MARK in v.labels for v in ([self.expr.eval(func.value, frame)] if method and isinstance(func, cst.Attribute) else []) + [v for _, v in args]):
            # union_all(chosen, by_county), chosen.union(everyone): one branch not chosen by status sends everyone it reads
            return replace(result, labels=result.labels - {STATUS_MARK})
        if method in ("intersection", "difference") and isinstance(func, cst.Attribute) and args and (
                STATUS_MARK in self._receiver_labels(func.value, frame) or any(STATUS_MARK in v.labels for _, v in args)):
            # scoped.intersection(pilot): only records a status filter chose; everyone.difference(citizens): the
            # status test decides who is left (SPEC section 10: any such condition clears the send)
            return self.drop(result).with_labels({STATUS_MARK})
        if method in data.lookups and args and all(
                a.keyword is not None and v.bulk and self._one_person_lookup(a.keyword.value.split("__"), a.value) for a, v in args):
            # .filter(pk__in=member_ids) given every id of a queryset the caller read: those people's records, whose
            # source is the caller's (SPEC section 10: the finding is at the call that hands on unfiltered bulk data)
            return replace(self.drop(result), bulk=frozenset().union(*(v.bulk for _, v in args)))
        if method in ("join", "join_from") and isinstance(func, cst.Attribute) and (self._statement(func, frame) or self.calls.is_table(func.value)) \
                and not any(a.keyword is not None and a.keyword.value in ("isouter", "full") and not (isinstance(a.value, cst.Name) and a.value.value == "False")
                            for a, _ in args) \
                and any(not a.star and a.keyword is None and (i > 0 or isinstance(a.value, cst.Call)) and self._names_status_attribute(a.value)
                        for i, (a, _) in enumerate(args)):
            # session.query(Enrollee).join(Vlp, Vlp.immigration_status == "NLS"), member.join(status, and_(...)): an inner
            # JOIN ... ON a status column (an outer join keeps every row; a join on a key of a table about status chooses no one)
            return self.drop(result).with_labels({STATUS_MARK})
        if method == "select_from" and isinstance(func, cst.Attribute) and any(STATUS_MARK in v.labels for _, v in args):
            return self.drop(result).with_labels({STATUS_MARK})  # select(...).select_from(j) of a join on a status column
        if (qual or name or "").rsplit(".", 1)[-1] == "select" and args and all(
                not a.star and isinstance(a.value, cst.Attribute) and STATUS_MARK in frame.env.get(root_name(a.value) or "", _NOTHING).labels
                for a, _ in args):
            # select(sub.c.cin, sub.c.dob) of sub = select(...).where(<status>).subquery() (or .cte()): only what it chose
            return self.drop(result).with_labels({STATUS_MARK})
        if any(a.keyword is not None and a.keyword.value in data.reader_filters and (self.tests_status(a.value, frame) or self._named_status_test(v, args))
               for a, v in args):
            # pd.read_parquet(path, filters=[("imgrtn_stus_cd", "in", SCOPE)]), to_table(filter=ds.field(...).isin(...)):
            # the rows are chosen as they are read
            return self.drop(result).with_labels({STATUS_MARK})
        # scoped.merge(lookup): the frame merged into is one of the two sides too
        # scoped.join(phones): DataFrame.join of a frame held by a name, how="left" by default (not a query's join)
        joined = method == "join" and isinstance(func, cst.Attribute) and qual is None and isinstance(func.value, cst.Name) \
            and not any(a.keyword is not None and a.keyword.value in ("isouter", "full", "onclause") for a, _ in args)
        receiver = frame.env.get(func.value.value) if (method == "merge" or joined) and isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) else None
        if receiver is None and method == "merge" and isinstance(func, cst.Attribute) and isinstance(func.value, cst.Call):
            receiver = self.m.receivers.pop(id(func.value), None)  # eligibility(path).merge(other, how="left"): the frame the call gave
        if receiver is None and method == "merge" and isinstance(func, cst.Attribute) and isinstance(func.value, cst.Subscript) \
                and STATUS_MARK in result.labels:
            # members[members["imgrtn_stus_cd"].isin(U)].merge(totals, on="cin"): the rows a mask written there chose
            receiver = self.expr.eval(func.value, frame)
        position = 1 if method == "merge" and qual != "pandas.merge" else 2
        # scoped.merge(lookup, how="left"): every row comes from the chosen side
        kept = receiver is not None and STATUS_MARK in receiver.labels and _inner_join(args, position, ("inner", "left", "semi", "anti"))
        if qual == "pandas.merge":
            # pd.merge(scoped, phones, how="left"), pd.merge(demo, scoped, how="right"): every row from the chosen side
            sides = [argument(args, 0, "left"), argument(args, 1, "right")]
            kept = (sides[0] is not None and STATUS_MARK in sides[0][1].labels and _inner_join(args, position, ("inner", "left"))) or (
                sides[1] is not None and STATUS_MARK in sides[1][1].labels and _inner_join(args, position, ("inner", "right")))
        explicit = not joined or any(a.keyword is not None and a.keyword.value == "how" for a, _ in args)
        # (addr.merge(scoped, how="right"): every row from the chosen frame it is given; polars' df.join(scoped, how="semi"): the
        # rows of df the chosen frame holds)
        chosen = kept or (any(STATUS_MARK in v.labels for _, v in args) and explicit
                          and _inner_join(args, position, ("inner", "right", "semi") if qual != "pandas.merge" else ("inner",)))
        # df.merge(SCOPE_CODES, on="immigration_status"): an inner join on the status column keeps the rows
        # whose status the other frame lists (JOIN ... ON a status column, SPEC section 10)
        chosen = chosen or (any(a.keyword is not None and a.keyword.value in ("on", "left_on", "right_on") and self._names_status_column(v) for a, v in args)
                            and _inner_join(args, position) and self._other_rows(node, position))
        if (method == "merge" or qual == "pandas.merge" or joined) and chosen:
            # df.merge(unlawful, on="msis_ident_num"): an inner join keeps only the rows the other frame chose
            return self.drop(result).with_labels({STATUS_MARK})
        if method == "extra" and any(a.keyword is not None and a.keyword.value == "where" and v.items
                                     and self.mentions_status_text(" ".join(v.items)) for a, v in args):
            return self.drop(result).with_labels({STATUS_MARK})  # .extra(where=["immigration_status IN (...)"])
        if method in data.masks and args and args[0][1].text is not None and looks_like_query(args[0][1].text) and _SQL_FROM.search(args[0][1].text):
            # sf.query("SELECT Id, Immigration_Status__c FROM Contact"): SQL (or SOQL), chosen by its WHERE, not by
            # a status column in its select list or ORDER BY
            if self._sql_chooses(args[0][1].text):
                return self.drop(result).with_labels({STATUS_MARK})
        elif method in data.masks and args and self.mentions_status_text(args[0][1].text):
            return self.drop(result).with_labels({STATUS_MARK})  # df.query("imgrtn_stus_cd == '5'")
        if method in data.evaluators and args and self.mentions_status_text(args[0][1].text) and not re.search(r"(?<![=!<>])=(?!=)", args[0][1].text or ""):
            # mask = df.eval("imgrtn_stus_cd == 'EWI'"): a test of the status column, kept for df[mask]
            return Val(labels=frozenset({STATUS_MARK}))
        flagged = frame.env.get(func.value.value) if method in data.masks and args and args[0][1].text and isinstance(func, cst.Attribute) \
            and isinstance(func.value, cst.Name) else None
        if flagged is not None and any(STATUS_COLUMN + word in flagged.labels for word in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", args[0][1].text or "")):
            # df["in_scope"] = df["imgrtn_stus_cd"].isin(CODES), then df.query("in_scope"): the flag stands for the test
            return self.drop(result).with_labels({STATUS_MARK})
        if method == "raw" and args and args[0][1].text is not None:
            # Member.objects.raw("SELECT ... WHERE imgrtn_stus_cd = '5'"): its SQL decides
            rows = self.sql_rows(node, args[0][1].text, replace(result, bulk=frozenset()))
            if STATUS_MARK in rows.labels:
                return self.drop(result).with_labels({STATUS_MARK})
        if self.is_population_filter(node, qual, frame):
            return self.drop(result).with_labels({STATUS_MARK})  # select_removable(members), filter(is_unlawfully_present, rows)
        called = (qual or method or name or "").rsplit(".", 1)[-1]
        root = root_name(func.value) if method in data.comparisons and isinstance(func, cst.Attribute) and args else None
        if root is not None and root in frame.env:
            # df["cin"].isin(reg["cin"]): a flag of df's rows; the records compared against are not sent (SPEC section 6:
            # a membership test keeps no names)
            own_rows = frame.env[root].bulk
            result = replace(result, bulk=result.bulk & own_rows) if result.bulk - own_rows else result
            self.m.bulk_read = self.m.bulk_read & own_rows
        looked_up = any(arg.keyword is not None and self.lookup_tests_status(arg.keyword.value) for arg, _ in args)
        if looked_up and called in data.condition_calls:
            result = result.with_labels({STATUS_MARK})  # Q(immigration_status=...), kept for a filter later (not Entry(immigration_status=...))
        elif looked_up and called == "dict":
            # lookups = dict(immigration_status__in=CODES), then .filter(**lookups): a condition only there
            result = result.with_labels({CONDITIONS_MARK})
        elif (method or name) in data.combinators and any(STATUS_MARK in v.labels or CONDITIONS_MARK in v.labels or self.tests_status(a.value, frame) for a, v in args):
            result = result.with_labels({STATUS_MARK})  # cond = or_(Member.immigration_status == "8", ...), kept for .where(cond)
        elif method in data.comparisons and isinstance(func, cst.Attribute) and self.tests_status(func.value, frame):
            result = result.with_labels({STATUS_MARK})  # mask = df["imgrtn_stus_cd"].isin(TARGETS)
        elif qual in data.comparison_calls and args and self.tests_status(args[0][0].value, frame):
            result = result.with_labels({STATUS_MARK})  # mask = np.isin(df["imgrtn_stus_cd"], TARGETS)
        subset = next((v for a, v in args if a.keyword is not None and a.keyword.value == "subset"), None) if method in data.subset_drops else None
        if subset is not None and self._names_status_column(subset):
            # df.dropna(subset=["imgrtn_stus_cd"]): the rows whose status is known, chosen by it
            return self.drop(result).with_labels({STATUS_MARK})
        if method in data.row_drops and not any(a.keyword is not None and a.keyword.value == "axis" and _names_columns(a.value) for a, _ in args) and any(
            (a.keyword is None or a.keyword.value in ("index", "labels")) and _names_rows(a.value) and self.tests_status(a.value, frame) for a, _ in args
        ):
            return self.drop(result).with_labels({STATUS_MARK})  # df.drop(df[df["ctznshp_ind"] == "1"].index): rows dropped by status
        if result.const or result.response:
            return result
        if method is not None and (result.bulk or self.m.bulk_read):
            result = self._named_by_chain(node, result)  # Member.objects -> Member.objects.filter(...)
        if isinstance(func, cst.Attribute) and (method in data.line_readers or method in data.whole_readers):
            receiver = frame.env.get(func.value.value) if isinstance(func.value, cst.Name) else None
            if receiver is not None and receiver.client is not None and receiver.client.kind == "file":
                if method in data.whole_readers:
                    return result.with_labels({FILE_TEXT_MARK})  # f.read(): split into lines below, the file's records
                return replace(result, bulk=result.bulk | {self.source(node, describe(node))})  # f.readlines()
        first_text = args[0][1].text if args else None
        splits = method in data.line_splitters or (method in data.separator_splitters and first_text in data.line_separators)
        if isinstance(func, cst.Attribute) and splits and FILE_TEXT_MARK in self._receiver_labels(func.value, frame):
            return replace(result, bulk=result.bulk | {self.source(node, describe(node))})  # f.read().splitlines(), .split("\n")
        # session.query(Member), session.scalars(select(Member)): a query given to run (result.scalars() is not one)
        # (phone.find("555-01"): a text's find given a text, no collection's find given a filter document)
        searched = method == "find" and first_text is not None and bool(args) and args[0][1].const
        # (repo.find(cin), people.find(cin) of the project's own code: what it returns decides, as for any call of it)
        # (the function the call itself runs: not a property's getter run on the way, self.collection.find({}))
        own_code = method is not None and method in self.m.project_calls.get(id(node), ())
        queried = (method in data.source_methods and not searched and not own_code) or (method in data.query_methods and bool(args) and first_text is None) or (
            # table.scan(), table.query(KeyConditionExpression=...) of a DynamoDB table: its rows (a county's members)
            method is not None and isinstance(func, cst.Attribute) and self._client_source(func.value, method, args, frame)) or (
            # db.paginate(db.select(Member)): the pages of a statement that selects a class
            method in data.scalar_queries and bool(args) and args[0][0].keyword is None and self.selected_class(args[0][0].value) is not None)
        if queried and self._query_chooses(args, frame):
            # hook.get_records(SQL) whose WHERE tests status: chosen (not the records an earlier query of the same hook
            # or cursor read)
            return self.drop(result).with_labels({STATUS_MARK})
        if queried and first_text is None and args and self._query_of_callers(args[0][0].value, args[0][1], frame):
            return result  # _post_all(db, sql) run on its own: the query its callers give decides (SPEC section 10)
        if queried and (AGGREGATE_MARK in result.labels or STATUS_MARK in result.labels):
            return result  # hook.get_records("SELECT county, COUNT(*) ... GROUP BY county"): counts, read as SQL
        written = self.written_here(args[0][1]) if qual is not None and qual in data.source_calls and args else None
        if written is not None and not (written.bulk or written.const or STATUS_MARK in written.labels) \
                and all(p.kind == "field" and p.key is None for p in written.placements) and not self._one_persons_text(args[0][0].value):
            written = None  # csv.DictReader(io.StringIO(resp.text)): a text downloaded whole, many people's rows
        if written is not None:
            # csv.DictReader(fh) of a file this module wrote: the records written, chosen or not
            return replace(result, bulk=result.bulk | written.bulk)
        if qual is not None and qual in data.source_calls and AGGREGATE_MARK in result.labels and not queried:
            return result  # pd.read_sql("SELECT cnty_cd, COUNT(*) ... GROUP BY cnty_cd", conn): counts, read as SQL
        if (qual is not None and qual in data.source_calls and not self._query_chooses(args, frame)) or queried:
            return replace(result, bulk=result.bulk | {self.source(node, describe(node))})  # session.query(Member)
        return result

    def _client_source(self, receiver: cst.BaseExpression, method: str, args: "list[tuple[cst.Arg, Val]]", frame: Frame) -> bool:
        """``receiver.method`` reads many records of a client kind the library data knows (DynamoDB's ``table.scan``), or of
        a receiver the analysis does not know given that kind's keywords or named for it (``table.query(
        KeyConditionExpression=...)``, ``table.scan()`` of a parameter ``table``; not ``scanner.scan()``)."""
        if not self.data.source_client_methods or not any(entry.endswith("." + method) for entry in self.data.source_client_methods):
            return False
        held = self._value_again(receiver, frame)
        if held.client is not None:
            return f"{held.client.kind}.{method}" in self.data.source_client_methods
        if held.const or held.model is not None:
            return False
        named = name_words(dotted(receiver) or "")[-1:]
        return bool(set(named) & self.data.source_client_receivers) or any(
            a.keyword is not None and a.keyword.value in self.data.source_client_keywords for a, _ in args)

    def _named_status_test(self, condition: Val, args: "list[tuple[cst.Arg, Val]]") -> bool:
        """A condition text that tests a placeholder the call names a status field (``FilterExpression="#s = :s",
        ExpressionAttributeNames={"#s": "immigration_status"}``)."""
        if not condition.text or "#" not in condition.text:
            return False
        names = next((v for a, v in args if a.keyword is not None and a.keyword.value == "ExpressionAttributeNames"), None)
        if names is None or not names.attrs:
            return False
        tested = set(re.findall(r"(#[A-Za-z0-9_]+)\s*(?:=|<>|<|>|\bIN\b|\bin\b)", condition.text)) | set(re.findall(r"\(\s*(#[A-Za-z0-9_]+)", condition.text))
        return any(key in tested and held.text is not None and self.is_status_name(held.text) for key, held in names.attrs)

    def _keyed_by_person(self, condition: cst.BaseExpression, val: Val) -> bool:
        """A condition that is an equality test of a person's identifier (``Key("cin").eq(cin)``, ``"medicaid_id = :id"``):
        a lookup of one person (not a range of them, ``Key("cin").begins_with("9")``, nor a county's or a household's)."""
        keys = [string_value(n.func.value.args[0].value) for n in walk(condition) if isinstance(n, cst.Call) and isinstance(n.func, cst.Attribute)
                and n.func.attr.value == "eq" and isinstance(n.func.value, cst.Call) and n.func.value.args
                and isinstance(n.func.value.args[0].value, cst.SimpleString)]
        keys += re.findall(r"([A-Za-z_][A-Za-z0-9_]*)\s*=\s*:", val.text or "")
        return any(isinstance(k, str) and self.vocabulary.classify(k) in ("medicaid_id", "ssn") for k in keys)

    def _one_persons_text(self, made: cst.BaseExpression) -> bool:
        """``io.StringIO(member.legacy_line)``: an in-memory file made of a field of one person the code
        holds (its rows are that person's, not many people's)."""
        inner = made.args[0].value if isinstance(made, cst.Call) and made.args else None
        root = root_name(inner) if isinstance(inner, cst.Attribute) else None
        return root is not None and self.is_person_noun(root) and not self.is_plural_person(root)

    def written_here(self, file: Val) -> Val | None:
        """What the running function itself wrote to the file at a fully known path (a file written
        elsewhere, or one at a path with an unknown part, may hold other records too)."""
        key = self.files.key(file)
        running = self._stack[-1] if self._stack else None
        if key is None or HOLE in key or key not in self.m.written or running is None or self.m.written_by.get(key) != {id(running)}:
            return None
        return self.m.written[key]

    def _labels_of(self, node: cst.BaseExpression, frame: Frame) -> frozenset[str]:
        """The labels of ``node``'s value, asked again (``by_status.get("UNL")`` chose a group)."""
        return self._value_again(node, frame).labels

    def _value_again(self, node: cst.BaseExpression, frame: Frame) -> Val:
        """``node``'s value, asked again: what it reads is not read again by the expression around it."""
        saved = self.m.bulk_read
        try:
            return self.expr.eval(node, frame)
        finally:
            self.m.bulk_read = saved

    def _receiver_labels(self, node: cst.BaseExpression, frame: Frame) -> frozenset[str]:
        """The labels of a method's receiver: a variable's, or those of a read chained before it
        (``f.read().splitlines()``)."""
        if isinstance(node, cst.Name):
            val = frame.env.get(node.value)
            return val.labels if val is not None else frozenset()
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value in CLEANUPS and not node.args:
            return self._receiver_labels(node.func.value, frame)  # fh.read().strip().split(): the same text, trimmed
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value in self.data.whole_readers:
            inner = node.func.value
            if node.func.attr.value == "read_text" or isinstance(inner, cst.Call) and self.calls.qualified(inner.func, frame) in ("open", "io.open"):
                return frozenset({FILE_TEXT_MARK})  # Path(p).read_text(), open(p).read(): a file's whole text
            val = frame.env.get(inner.value) if isinstance(inner, cst.Name) else None
            return frozenset({FILE_TEXT_MARK}) if val is not None and val.client is not None and val.client.kind == "file" else frozenset()
        return frozenset()

    def _named_by_chain(self, node: cst.Call, val: Val) -> Val:
        """A source named by the start of a method chain is named by the whole chain so far."""
        text = describe(node)
        line = self.positions(node)[0]
        renamed = {b: replace(b, text=text) for b in val.bulk | self.m.bulk_read if b.line == line and b.module is None and text.startswith(b.text + ".")}
        if not renamed:
            return val
        self.m.bulk_read = frozenset(renamed.get(b, b) for b in self.m.bulk_read)
        return replace(val, bulk=frozenset(renamed.get(b, b) for b in val.bulk))

    def marked(self, node: cst.BaseExpression, val: Val, frame: Frame) -> Val:
        """``val`` marked as a status condition when ``node`` tests a status field."""
        return val.with_labels({STATUS_MARK}) if self.tests_status(node, frame) else val

    def rescope(self, val: Val, stack: "list[object]") -> Val:
        """A value returned by a function: the bulk sources it read there (or deeper) now belong to the
        caller, where a later send of them is reported (``rows = load(); send_all(rows)``)."""
        if not val.bulk:
            return val
        live = {id(fn) for fn in stack}
        caller = id(stack[-1]) if stack else 0
        moved = {b: replace(b, scope=caller) for b in val.bulk if b.scope and b.scope not in live and b.module is None}
        if not moved:
            return val
        return replace(val, bulk=frozenset(moved.get(b, b) for b in val.bulk))

    def drop_names(self, frame: Frame, target: cst.BaseExpression) -> None:
        """The records bound to ``target`` (a name or a tuple of names) were chosen by a status condition."""
        for name in names_in(target):
            val = frame.env.get(name.value)
            if val is not None and val.bulk:
                frame.env[name.value] = replace(val, bulk=frozenset())

    def adopt(self, val: Val, source: str) -> Val:
        """Records another module's function read and returned here (``for m in store.load():``) are
        this module's to hand on: a send of them from here (or from a function they are handed to) is
        reported here, naming where they were read (``origin``). Only what that module (``source``)
        read: records a module running this one handed through it stay that module's."""
        if not any(b.module == source for b in val.bulk):
            return val
        scope = self.scope()
        return replace(val, bulk=frozenset(replace(b, module=None, scope=scope) if b.module == source else b for b in val.bulk))

    def drop(self, val: Val, sources: frozenset[Bulk] | None = None) -> Val:
        """``val`` without ``sources`` (all when None), and the expression being evaluated no longer
        counts them as read."""
        self.m.bulk_read = self.m.bulk_read - sources if sources is not None else frozenset()
        if not val.bulk:
            return val
        return replace(val, bulk=val.bulk - sources if sources is not None else frozenset())

    def sql_rows(self, node: cst.Call, text: str | None, rows: Val, handed: "frozenset[Bulk]" = frozenset()) -> Val:
        """The rows of a query run by ``node``: a bulk source unless the query tests a status column
        or looks up people by their identifiers (``WHERE member_id = %s``, ``cin = ANY(%s)``): those
        the caller chose, or, when the identifiers given (``handed``, the bulk of the parameters) came
        from many people's records, those records."""
        if text is not None and looks_like_query(text):
            found = conditions(text, self.is_person_id, self._identifies_person)
            if found is not None and found.lookup and handed and not self._tests_status_columns(found):
                return replace(rows, bulk=rows.bulk | handed)  # ids = [r[0] for r in everyone]; WHERE cin = ANY(%s)
            if found is not None and (found.lookup or self._tests_status_columns(found)):
                return rows.with_labels({STATUS_MARK})  # chosen: session.execute(text(SQL)) runs it later
            if found is not None and found.aggregated and not any(self.is_person_id(c) for c in found.grouped):
                return rows.with_labels({AGGREGATE_MARK})  # SELECT county, COUNT(*) ... GROUP BY county: counts, no one's record
            if found is None and self.mentions_status_text(_conditions_text(text)):
                return rows.with_labels({STATUS_MARK})  # SQL the parser cannot read, with a status column after WHERE/ON
        elif text is not None:
            return rows  # INSERT, UPDATE: no rows come back
        return replace(rows, bulk=rows.bulk | {self.source(node, describe(node))})

    def is_plural_person(self, name: str) -> bool:
        """``members``, ``rows``, ``member_records``, ``active_enrollees``: a name for many people's records."""
        words = name_words(name)
        if not words or (len(words) > 1 and words[0] in _COUNT_WORDS):
            return False  # num_members, total_seniors: a count of people, no records
        return name.lower() in self.data.plural_nouns or (len(words) > 1 and words[-1] in self.data.plural_nouns and words[-1] not in ("rows", "records", "cases"))\
            or (len(words) > 1 and words[0] in self.data.person_nouns and words[-1] in self.data.plural_nouns) \
            or (len(words) > 1 and words[-1] in self.data.collection_words and (
                (words[-2] in self.data.person_nouns and not (words[-2] == "client" or (words[-2] == "case" and words[-1] in ("df", "frame"))))
                or words[-2] in self.data.plural_nouns))

    def loaded_records(self, maker: str, call: cst.Call) -> str:
        """``fetch_records``, ``load_enrollees_pending``, ``get_cases_for_worker``: a reader's name whose noun
        right after its verb names many people's records (``records``); what ``is_plural_person`` reads of any
        other name (``load_members``). Not a reader of one person's records: named so (``get_records_for_member``,
        ``fetch_rows_by_cin``) or given an identifier of one (``fetch_records(cin)``, ``fetch_records(member_id=i)``)."""
        words = name_words(maker)
        if len(words) >= 2 and words[0] in self.data.loader_verbs and words[1] in self.data.plural_nouns:
            one = any(w in self.data.person_nouns or self._person_id_word(w) for w in words[2:])
            given = any(self._one_persons_id(a.value) or (a.keyword is not None and (self._person_id_word(a.keyword.value) or (
                a.keyword.value in self.data.id_words and self._one_persons_id(a.value)))) for a in call.args)
            return maker if one or given else words[1]
        return maker

    def _person_id_word(self, name: str) -> bool:
        """``cin``, ``member_id``, ``medicaid_id``: a person's identifier (not a bare ``id``, a batch's or a run's too)."""
        return name not in self.data.id_words and self.is_person_id(name)

    def _one_persons_id(self, node: cst.BaseExpression) -> bool:
        """``cin``, ``pk``, ``member.cin``, ``m.id``, ``request.json["cin"]``, ``payload.get("member_id")``: one person's
        identifier given to a reader (not ``job.id``, ``run_id``, ``ids``)."""
        if isinstance(node, cst.Name):
            return self._person_id_word(node.value) or node.value in self.data.id_words
        owner = set(name_words(root_name(node) or ""))
        personal = bool(owner & (self.data.person_nouns | _PERSON_OWNERS)) and not owner & _NOT_PERSON_OWNERS
        if isinstance(node, cst.Attribute):
            return self._person_id_word(node.attr.value) or (node.attr.value in self.data.id_words and personal)
        if not (isinstance(node, (cst.Subscript, cst.Call)) and self.person_key(node)):
            return False
        # row["cin"], payload.get("member_id"): a person's id by its name; job["id"], batch.get("id"): a person's only on a person
        key = node.slice[0].slice.value if isinstance(node, cst.Subscript) and isinstance(node.slice[0].slice, cst.Index) else (
            node.args[0].value if isinstance(node, cst.Call) and node.args else None)
        text = string_value(key) if isinstance(key, cst.SimpleString) else None
        return not (isinstance(text, str) and text in self.data.id_words) or personal

    def param_source(self, fn: cst.FunctionDef, name: str) -> Bulk | None:
        """A plural person-named parameter (``members``, ``rows``), or one annotated as a DataFrame, of
        a function no code here calls: its argument is many people's records (where a caller is
        visible, the caller's value is)."""
        if not self.is_plural_person(name) and not self._frame_annotated(fn, name) and not self._iterated_cursor(fn, name):
            return None
        if self._called_here(fn) or self._strings_by_default(fn, name):
            return None
        line, col = self.positions(fn.name)
        return Bulk(line, f"parameter '{name}'", id(fn), col=col)

    def _iterated_cursor(self, fn: cst.FunctionDef, name: str) -> bool:
        """The parameter ``name`` is named for a database cursor (``cursor``, ``db_cursor``) whose query ``fn`` does not
        run, and ``fn`` reads its rows (``for row in cursor``, ``cursor.fetchall()``: SPEC section 10's "iterating a
        cursor", ``fetchall()``); a pagination token so named is only passed on, and a query run here decides itself."""
        words = name_words(name)
        if not words or words[-1] not in self.data.cursor_words:
            return False
        read = False
        for n in walk(fn.body, lambda n: type(n) in (cst.FunctionDef, cst.ClassDef)):
            if type(n) in (cst.For, cst.CompFor) and isinstance(n.iter, cst.Name) and n.iter.value == name:  # type: ignore[attr-defined]
                read = True
            elif type(n) is cst.Call and isinstance(n.func, cst.Attribute) and isinstance(n.func.value, cst.Name) \
                    and n.func.value.value == name:  # type: ignore[attr-defined]
                method = n.func.attr.value  # type: ignore[attr-defined]
                if method in self.data.query_methods or method.startswith("execute"):
                    return False  # cursor.execute("SELECT ... WHERE cin = %s", ...): the query decides
                read = read or method in ("fetchall", "fetchmany")
        return read

    def _strings_by_default(self, fn: cst.FunctionDef, name: str) -> bool:
        """The parameter ``name`` of ``fn`` defaults to a non-empty collection of strings written there
        or bound to a module constant (``recipients=LIAISONS``, ``LIAISONS = ["a@ice.dhs.gov"]``): it
        holds strings such as addresses, not people's records."""
        params = [*fn.params.params, *fn.params.kwonly_params, *fn.params.posonly_params]
        default = next((p.default for p in params if p.name.value == name), None)
        if isinstance(default, cst.Name) and default.value in self.index.constants and default.value not in self.index.grown:
            default = self.index.constants[default.value]
        return isinstance(default, (cst.List, cst.Tuple, cst.Set)) and bool(default.elements) and all(
            isinstance(e.value, (cst.SimpleString, cst.ConcatenatedString)) for e in default.elements)

    @cached_property
    def _thread_names(self) -> frozenset[str]:
        """The last names of the thread constructors of the library data (``Thread``, ``Timer``)."""
        return frozenset(q.rsplit(".", 1)[-1] for q in shipped().threads)

    def _runs_callers_query(self, call: cst.BaseExpression, frame: Frame) -> bool:
        """A chain of calls (``conn.execute(sql).fetchall()``) one of which runs a query its callers give."""
        while isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute):
            if call.func.attr.value in self.data.query_methods and call.args and not call.args[0].star and isinstance(call.args[0].value, cst.Name):
                name = call.args[0].value
                return self._query_of_callers(name, frame.env.get(name.value, _NOTHING), frame)
            call = call.func.value
        running = self._stack[-1] if self._stack else None
        if isinstance(call, cst.Name) and isinstance(running, cst.FunctionDef):
            # cur.execute(sql) then rows = cur.fetchall(): the cursor ran the query its callers give
            for run in calls_in(running.body):
                if isinstance(run.func, cst.Attribute) and isinstance(run.func.value, cst.Name) and run.func.value.value == call.value \
                        and run.func.attr.value in self.data.query_methods and run.args and not run.args[0].star and isinstance(run.args[0].value, cst.Name):
                    name = run.args[0].value
                    return self._query_of_callers(name, frame.env.get(name.value, _NOTHING), frame)
        return False

    def _query_of_callers(self, node: cst.BaseExpression, val: Val, frame: Frame) -> bool:
        """``node`` is a parameter, nothing known of it, of the running function run on its own (no call
        gave it), that code of this module calls: the query it stands for is what those calls give, each
        analysed with its own (a call that gives an unknown query makes its rows a source there)."""
        running = self._stack[-1] if self._stack else None
        if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value == "self" and isinstance(running, cst.FunctionDef) \
                and val.opaque and not val.bulk and frame.cls is not None and running.name.value == "execute":
            # get_records(self.sql) in an operator's execute(), run on its own: the operators the module makes give it
            return self.functions.called_on_own_instances(running, frame.cls)
        if not (isinstance(node, cst.Name) and isinstance(running, cst.FunctionDef) and val.opaque and not val.bulk) or node.value in frame.given:
            return False
        params = param_names(running)
        return node.value in params and node.value not in self.functions.rebound(running) and self._called_here(running)

    def _called_here(self, fn: cst.FunctionDef) -> bool:
        """Code of this module calls ``fn`` (a function, a method or a nested def, by its name; a
        constructor by its class's name; a function handed to a runner or run as a task)."""
        owner = next((cls for cls in self.index.classes.values() if cls.methods.get(fn.name.value) is fn), None)  # else a function or a nested def
        if owner is not None and fn.name.value == "__init__":
            # JobA(Member.objects.filter(...)), super().__init__(chosen), a subclass's constructor: what __init__ is given
            functions, methods = self.called_names()
            subclasses = {name for name, cls in self.index.classes.items() if owner.name in cls.bases}
            return owner.name in functions or "__init__" in methods or bool(subclasses & functions)
        return fn.name.value in self.called_names()[1 if owner is not None else 0]

    def _of_one_person(self, value: cst.BaseExpression, frame: Frame) -> bool:
        """Every attribute read in ``value`` is a field read from one person the running function was given
        (``member.phones``, ``m.address_history``), apart from what a comprehension in it binds (``p.number
        for p in ...``): not a method called on that object (``mmis_client.fetch_roster(county)``), not a
        class (``Member.fetch_all(...)``), not a client."""
        running = self._stack[-1] if self._stack else None
        if not isinstance(running, cst.FunctionDef):
            return False
        params = param_names(running)
        nodes = list(walk(value))
        bound = {n.value for node in nodes if isinstance(node, cst.CompFor) for n in names_in(node.target)}
        roots = {root_name(node) for node in nodes if isinstance(node, cst.Attribute)} - bound - {None}
        called = {root_name(node.func) for node in nodes if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute)}
        if not roots or roots & called:
            return False
        # (a parameter, or a variable holding one person's record: member = Member.objects.get(cin=cin))
        return all((root in params or (root in frame.env and not frame.env[root].bulk)) and not self.is_plural_person(root)
                   and self.names_one_person(cst.Name(root)) and "client" not in name_words(root)
                   and (frame.env.get(root) or _NOTHING).client is None for root in roots if root is not None)

    def looks_one_person_up(self) -> bool:
        """The running function looks one person up by the id it is given, written into the text of its request
        (``def address_pages(cin)`` fetching ``f"{API}/members/{cin}/addresses"``, ``def history(member)`` with
        ``{member.cin}``): what it pages through is that person's (a lookup by id, SPEC section 10). A person's
        parameter that only filters everyone's records (``?plan={member.plan_id}``), a client, or an unused one
        says nothing."""
        running = self._stack[-1] if self._stack else None
        if not isinstance(running, cst.FunctionDef):
            return False
        params = param_names(running)
        people = self.data.person_nouns
        for node in walk(running.body):
            if not isinstance(node, cst.FormattedStringExpression):
                continue
            value = node.expression
            if isinstance(value, cst.Name) and value.value in params and self.is_person_id(value.value) \
                    and "client" not in name_words(value.value):
                return True  # f"/members/{cin}/addresses"
            if isinstance(value, cst.Attribute) and isinstance(value.value, cst.Name) and value.value.value in params \
                    and value.value.value in people and self.is_person_id(value.attr.value):
                return True  # f"/members/{member.cin}/history"
        return False

    def _from_called_parameter(self, call: cst.BaseExpression) -> bool:
        """``frame.to_dict("records")`` (a method that converts its receiver) with ``frame`` a parameter
        of the running function, which code of this module calls: what it holds is what those callers
        give (SPEC section 10: where the callers are visible, the path starts at their sources)."""
        running = self._stack[-1] if self._stack else None
        while isinstance(call, cst.Call) and len(call.args) >= 1 and not call.args[0].star and isinstance(call.args[0].value, cst.Call) \
                and (dotted(call.func) or "") in _DECODERS:
            call = call.args[0].value  # json.loads(frame.to_json(orient="records")): what the frame holds, decoded
        if not isinstance(running, cst.FunctionDef) or not isinstance(call, cst.Call) or not isinstance(call.func, cst.Attribute):
            return False
        rule = shipped().methods.get(call.func.attr.value)
        if rule is None or rule.does not in ("same", "record", "rows", "write_receiver"):
            return False  # reader.pending_referrals(): what a method of the object reads, not what it holds
        root = root_name(call.func)
        params = param_names(running)
        return root is not None and root in params and root not in ("self", "cls") and self._called_here(running)

    def variable_source(self, name: str, value: cst.BaseExpression, val: Val, frame: Frame, what: str | None = None) -> Val:
        """``members = load_members()``: a plural person-named variable given the result of a call the
        analysis cannot see holds many people's records (SPEC section 10)."""
        if val.const or val.bulk or STATUS_MARK in val.labels or ANSWERED_BY_STATUS_MARK in val.labels or AGGREGATE_MARK in val.labels \
                or not self.is_plural_person(name):
            return val
        if INBOUND_MARK in val.labels:
            return val  # subjects = resp.json()["subjects"]: whom enforcement asked about, not a population read here
        made = value.expression if isinstance(value, cst.Await) else value
        if isinstance(made, cst.Call) and isinstance(made.func, cst.Name) and made.func.value == "range" and "range" not in frame.env:
            return val  # persons = range(3): numbers, no one's records
        if isinstance(made, cst.Call) and any(a.keyword is not None and self.lookup_tests_status(a.keyword.value) for a in made.args):
            return val  # enrollees = fetch_pages(immigration_status="EWI"): the call chooses by status (SPEC section 10)
        if self._of_one_person(value, frame):
            return val  # rows = ",".join(member.phone_numbers), records = member.address_history: one person's
        if self._new_empty_file(value):
            return val  # rows = io.StringIO(), records = tempfile.SpooledTemporaryFile(): a new file, empty until written
        if isinstance(made, cst.Call) and isinstance(made.func, cst.Name) and made.func.value in self.index.functions and made.func.value not in frame.env \
                and any(isinstance(n, cst.Call) and any(k.keyword is not None and self.lookup_tests_status(k.keyword.value) for k in n.args)
                        for a in made.args for n in walk(a.value)):
            # rows = rows_for(Member.objects.filter(imgrtn_stus_cd__in=[...])) of a helper of the module that builds the records
            # from what it is given: what it returned decides (records chosen by status, or not), not the name (round 461a)
            return val
        if self._of_literals(value, frame):
            return val  # rows = list([{"cin": m.cin}, {"dob": m.dob}]), chain([...], [...]): what the literals hold, as [...] is
        rule = shipped().methods.get(value.func.attr.value) if isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute) else None
        if rule is not None and rule.does == "shared_get" and (val.placements or val.bulk or val.names):
            return val  # subjects = ti.xcom_pull(...) of a task of the module: what it pushed decides (its population, or none)
        if isinstance(value, cst.Attribute) and isinstance(value.value, cst.Name) and value.attr.value in _FAMILY_RELATIONS \
                and value.value.value not in self.index.classes and not is_group_or_store(value.value.value, self.vocabulary.tokens):
            return val  # children = m.children: one person's own family
        call = value.expression if isinstance(value, cst.Await) else value
        if isinstance(call, (cst.List, cst.Tuple)) and len(call.elements) == 1 and isinstance(call.elements[0], cst.StarredElement):
            call = call.elements[0].value  # records = [*fetch_enrollees()]: as list(fetch_enrollees()) is
        source = val  # what the records are read from (the iterable of a comprehension, not the list it makes)
        if isinstance(call, (cst.ListComp, cst.SetComp, cst.GeneratorExp)) and call.for_in.inner_for_in is None:
            read = self.m.iterated.get(call.for_in.iter)
            root = root_name(call.for_in.iter)
            if isinstance(call.for_in.iter, cst.Attribute) and isinstance(call.for_in.iter.value, cst.Name) and root not in self.index.classes \
                    and call.for_in.iter.attr.value in _FAMILY_RELATIONS and not is_group_or_store(root or "", self.vocabulary.tokens):
                return val  # kids = [... for c in m.children]: one person's own family, not a population (school.children is)

            if read is not None and read.const and not read.bulk:
                return val  # rows = [getattr(m, f) for f in reversed(PERMITTED)]: over constant names, one record's fields
            one_person = root is not None and root in self.data.person_nouns  # member.addresses.all()
            # (what a response's container key holds, r.json()["items"] yielded by a generator, is no field known)
            known = read is not None and any(self.vocabulary.classify(n) is not None for p in read.placements for n in p.names)
            if read is not None and ((read.names and one_person) or known or read.bulk or STATUS_MARK in read.labels):
                # rows = [dict(r) for r in cur.fetchall()] after a SELECT the analysis read, or over one
                # member's member.addresses.all(): what it iterates is known, not an unseen source
                return val
            call = call.for_in.iter  # cases = [c for c in repo.open_cases() if c["office"] == office]
            source = read if read is not None else OPAQUE
            running = self._stack[-1] if self._stack else None
            bound = self.statements._bound_once(running).get(call.value) if isinstance(call, cst.Name) and isinstance(running, cst.FunctionDef) else None
            if isinstance(bound, cst.Call) and _unknown_collection(frame.env.get(call.value, OPAQUE)) and not self._no_records_call(bound, frame):
                # records = [m.value() for m in msgs] of msgs = consumer.consume(500): what the call gave, judged as
                # records = consumer.consume(500) would be
                call = bound
        if self._from_called_parameter(call):
            return val  # records = frame.to_dict("records") in push(frame), which main() calls with its frame
        if isinstance(call, cst.Call) and any(isinstance(n, cst.Name) and n.value in frame.env and STATUS_MARK in frame.env[n.value].labels
                                              for a in call.args for n in _inner_sources(a.value)):
            # member_batch = chunk(chosen, 100) of chosen = Member.objects.filter(immigration_status=...): the records
            # that test chose, handed to a helper the analysis cannot see, not a population of its own
            return val
        if isinstance(call, cst.Call) and isinstance(call.func, cst.Name) and call.func.value in _VISIBLE_BUILTINS and call.func.value not in frame.env \
                and any(isinstance(n, cst.Name) and n.value in frame.env and (frame.env[n.value].bulk or STATUS_MARK in frame.env[n.value].labels)
                        for a in call.args for n in _inner_sources(a.value)):
            # subjects = list(map(build, scoped)), sorted(chosen, key=...): what it returns is made from a
            # collection this function read from a source it sees (chosen or not, that source says), not an
            # unseen call's records (members = list(raw) of raw = fetch_all() still is one)
            return val
        while isinstance(call, cst.Call) and isinstance(call.func, cst.Name) and call.func.value in _VISIBLE_BUILTINS and call.func.value not in frame.env \
                and call.args and not call.args[0].star and isinstance(call.args[0].value, cst.Call):
            call = call.args[0].value  # rows = list(_scoped(members)): what the helper hands back decides
        passed = self._passed_calls(call, frame)
        while passed:
            # rows = itertools.islice(scoped(members), 100), itertools.chain(scoped(a), scoped(b)): what the
            # helpers hand back decides, every one of them
            if len(passed) > 1:
                if all(self.variable_source(name, inner, val, frame, what) is val for inner in passed):
                    return val
                break
            call = passed[0]
            passed = self._passed_calls(call, frame)
        helper = self.index.functions.get(call.func.value) if isinstance(call, cst.Call) and isinstance(call.func, cst.Name) else None
        if helper is not None and call.func.value not in frame.env and self._body_tests_status(self, helper, 0):  # type: ignore[union-attr]
            return val  # records = build(conn) whose query or loop chooses by status: what it returns was chosen
        project_fn = helper is not None or (isinstance(call, cst.Call) and isinstance(call.func, cst.Name) and call.func.value in self.index.imports
                                            and self.links.foreign(call.func.value) is not None)
        if project_fn and call.func.value not in frame.env and any(self._chosen_query(a.value, frame) for a in call.args if not a.star):  # type: ignore[union-attr]
            # rows = fetch(conn, SQL) with SQL's WHERE testing status: the helper (of this module or of the
            # project) ran the chosen query
            return val
        if project_fn and call.func.value not in frame.env and any(self._chosen_argument(a.value, frame) for a in call.args if not a.star):  # type: ignore[union-attr]
            # records = shape([m for m in members if m.immigration_status in TARGETS]), shape(in_scope(members)):
            # the helper reshapes records a status test chose
            return val
        if helper is not None and call.func.value not in frame.env and any(  # type: ignore[union-attr]
                STATUS_MARK in frame.env.get(root_name(a.value) or "", _NOTHING).labels for a in call.args if not a.star):  # type: ignore[union-attr]
            # records = dictfetchall(cur), to_dicts(cur.fetchall()), after cur ran a query that chooses
            # by status: the helper hands back rows that were chosen
            return val
        if isinstance(call, cst.Subscript) and self._part_of_literal(call):
            return val  # subjects = payload["subjects"] of payload = {"subjects": []} built here: what was put there
        if self._runs_callers_query(call, frame):
            return val  # rows = db.execute(sql).fetchall() with sql the callers give: their queries decide
        if isinstance(call, (cst.Subscript, cst.Attribute)) and not source.placements:
            # enrollees = page["enrollees"], [e["resource"] for e in bundle["entry"]]: read from a response or an
            # object the analysis cannot see
            pass
        elif not isinstance(call, cst.Call) or not (
                self._unseen(call.func, frame) or (val.model is None and (val.names or val.placements) and not self._one_person(call))
                or self._passes_on_unseen(call, val, frame)):
            # a function the analysis runs says what it returns; one that returns what it read from
            # something unseen (rows = fetch_roster(county): a partner API's items) returns records
            return val
        return replace(val, bulk=frozenset({self.source(value, what or f"variable '{name}'")}))

    def _of_literals(self, value: cst.BaseExpression, frame: Frame, depth: int = 0) -> bool:
        """``value`` is a copy of literal collections: ``list([...])``, ``tuple((...))``, ``itertools.chain([...], [...])``
        (each argument a list, tuple or set written here, or such a copy)."""
        if isinstance(value, (cst.List, cst.Tuple, cst.Set)):
            # (entries written out: dicts and one record's fields, not [*fetch()] nor [fetch()], another call's records)
            return all(isinstance(e, cst.Element) and isinstance(e.value, _LITERAL_ENTRIES) for e in value.elements)
        running = self._stack[-1] if self._stack else None
        if depth < 4 and isinstance(value, cst.Name) and value.value in frame.env and isinstance(running, cst.FunctionDef):
            bound = self.statements._bound_once(running).get(value.value)  # base = [{...}] bound once in this function
            return bound is not None and self._of_literals(bound, frame, depth + 1)
        if depth < 4 and isinstance(value, cst.Call) and not value.args and isinstance(value.func, cst.Attribute) and value.func.attr.value == "copy":
            return self._of_literals(value.func.value, frame, depth + 1)  # base.copy()
        if depth > 4 or not isinstance(value, cst.Call) or not value.args or any(a.star or a.keyword for a in value.args):
            return False
        func = value.func
        copies = (isinstance(func, cst.Name) and func.value in ("list", "tuple", "set", "sorted") and func.value not in frame.env) \
            or self.index.qualify(dotted(func) or "") in ("itertools.chain", "copy.copy", "copy.deepcopy")
        return copies and all(self._of_literals(a.value, frame, depth + 1) for a in value.args)

    def _new_empty_file(self, value: cst.BaseExpression) -> bool:
        """``io.StringIO()``, ``tempfile.TemporaryFile()``: a file made on the spot, of no path and no initial content
        (library ``open_file`` calls given neither), which holds what is written to it later, not records read."""
        if not isinstance(value, cst.Call):
            return False
        rule = shipped().calls.get(self.index.qualify(dotted(value.func) or "") or "")
        if rule is None or rule.does != "open_file":
            return False
        given = [w for w in (rule.path, rule.initial) if w is not None]
        return not any(argument_node(value, *w) is not None for w in given)

    def _no_records_call(self, call: cst.Call, frame: Frame) -> bool:
        """A call whose result is no one's records whatever it is bound to: a builtin (``range(n)``), the file system
        (``os.listdir(folder)``), or a lookup of one record by its key (``repo.find_by_id(member_id)``)."""
        written = dotted(call.func) or ""
        if isinstance(call.func, cst.Name) and written not in frame.env and written in _NO_RECORD_BUILTINS:
            return True
        if (self.index.qualify(written) or written).startswith(("os.", "glob.", "pathlib.", "shutil.")):
            return True
        words = name_words(written.rsplit(".", 1)[-1])
        return "by" in words[1:-1] or words[:1] in (["get"], ["lookup"]) or written.endswith(("find_one", "get_one", "first"))

    def _passed_calls(self, call: cst.BaseExpression, frame: Frame) -> list[cst.Call] | None:
        """The calls whose results a library call the data says passes its input on (``itertools.islice``,
        ``itertools.chain``) is given as that input; None when it is no such call or an input is no call."""
        if not isinstance(call, cst.Call) or root_name(call.func) in frame.env:
            return None
        rule = shipped().calls.get(self.index.qualify(dotted(call.func) or "") or "")
        if rule is None or rule.does != "pass" or not call.args or any(a.star or a.keyword is not None for a in call.args):
            return None
        given = [a.value for a in call.args] if rule.arg == "all" else [call.args[rule.arg].value] if isinstance(rule.arg, int) and rule.arg < len(call.args) else []
        return [g for g in given if isinstance(g, cst.Call)] if given and all(isinstance(g, cst.Call) for g in given) else None

    def _chosen_argument(self, arg: cst.BaseExpression, frame: Frame) -> bool:
        """An argument that is a collection a status test chose: a comprehension whose condition tests
        status, or a call of a function of the module whose body does."""
        if isinstance(arg, (cst.ListComp, cst.SetComp, cst.GeneratorExp)):
            return any(self.tests_status(cond.test, frame) for cond in arg.for_in.ifs)
        while isinstance(arg, cst.Call) and isinstance(arg.func, cst.Attribute) and isinstance(arg.func.value, cst.Call):
            arg = arg.func.value  # in_scope_df(df).itertuples(): what the helper chose, row by row
        if isinstance(arg, cst.Call) and isinstance(arg.func, cst.Name) and arg.func.value not in frame.env:
            fn = self.index.functions.get(arg.func.value)
            return fn is not None and self._chooses_by_status(fn)
        return False

    def _chooses_by_status(self, fn: cst.FunctionDef) -> bool:
        """``fn`` keeps or drops records by a status test (a comprehension's condition, an ``if`` whose body
        skips, returns, raises or collects); a test that only sets a flag or a value chooses no one."""
        leaving = (cst.Continue, cst.Return, cst.Raise, cst.Break, cst.Yield)
        for node in walk(fn.body, prune=lambda n: isinstance(n, (cst.FunctionDef, cst.ClassDef))):
            if isinstance(node, cst.CompIf) and self.tests_status(node.test, Frame(env={})):
                return True
            if isinstance(node, cst.Call) and any(a.keyword is not None and self.lookup_tests_status(a.keyword.value) for a in node.args) \
                    and not self._builds_a_record(node):
                return True  # qs.filter(immigration_status__in=U): a query that chooses by status
            if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value == "filter" and node.args \
                    and isinstance(node.args[0].value, cst.Lambda) and self.tests_status(node.args[0].value.body, Frame(env={})):
                return True  # filter(lambda p: p.immigration_status in U, people)
            if isinstance(node, cst.Subscript) and len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index) \
                    and isinstance(node.slice[0].slice.value, (cst.Comparison, cst.Call, cst.BooleanOperation)) \
                    and self.tests_status(node.slice[0].slice.value, Frame(env={})):
                return True  # df[df["imgrtn_stus_cd"].isin(U)]: the rows a status mask keeps
            if isinstance(node, cst.If) and self.tests_status(node.test, Frame(env={})) and any(
                    isinstance(n, leaving) or (isinstance(n, cst.Call) and isinstance(n.func, cst.Attribute) and n.func.attr.value in ("append", "add", "extend"))
                    for n in walk(node.body)):
                return True
        return False

    def _builds_a_record(self, call: cst.Call) -> bool:
        """``Candidate(medicaid_id=r.cin, immigration_status=r.status)``, ``dict(immigration_status=...)``: a
        record of a class of the project (or a dict) made with a status among its values, which sends
        the status but chooses no one (SPEC section 10), unlike ``qs.filter(immigration_status=...)``."""
        name = dotted(call.func)
        if name is None:
            return False
        return name == "dict" or name in self.index.classes or (name.partition(".")[0] in self.index.imports and self.links.class_of(name) is not None)

    def _passes_on_unseen(self, call: cst.Call, val: Val, frame: Frame) -> bool:
        """``members = load_members()`` where ``load_members`` (of this module or another of the project)
        returns what a call the analysis cannot see returned (``vendor_sdk.fetch_all()``): nothing
        known came back, and the function chose no one by status, so the records are as unseen as the
        library's own (handed no person, ``load_household(member)``)."""
        if _known(val) or self._one_person(call):
            return False  # (pairs of feed.items() of an unseen feed, (key, value), are as unseen as it)
        name = dotted(call.func)
        if name is None or name.partition(".")[0] in frame.env:
            return False
        fn = self.index.functions.get(name)
        owner: Population = self
        if fn is None:
            found = self.links.foreign(name, frame.imports or None)
            fn = found[0].index.functions.get(found[1]) if found is not None else None
            owner = found[0].population if found is not None else self
        if fn is None or self._body_tests_status(owner, fn, 0):
            return False
        # get_members_by_ids(ids): a lookup of the people the caller chose; api.search(filter=STATUS_FILTER)
        # with {"immigration_status": [...]} in that constant: a query on status the library runs
        if any(owner._names_ids(p) for p in param_names(fn)):
            return False
        for node in walk(fn.body):
            text = string_value(node) if isinstance(node, cst.SimpleString) else None
            held = owner.index.constants.get(node.value) if isinstance(node, cst.Name) else None
            texts = [text] if isinstance(text, str) else [t for s in walk(held) if isinstance(s, cst.SimpleString)
                                                          for t in [string_value(s)] if isinstance(t, str)] if held is not None else []
            if any(owner.mentions_status_text(t) or owner.is_status_name(t) for t in texts):
                return False
        return True

    def _names_ids(self, name: str) -> bool:
        """A parameter that holds identifiers of people (``ids``, ``member_ids``, ``cins``)."""
        return self.is_person_id(name) or (name.endswith("s") and self.is_person_id(name[:-1]))

    def _part_of_literal(self, node: cst.Subscript) -> bool:
        """``payload["subjects"]`` where the running function binds ``payload`` only to dict literals
        whose entry under that key is itself a literal (``{"subjects": []}``, not a call's result)."""
        if not isinstance(node.value, cst.Name) or len(node.slice) != 1 or not isinstance(node.slice[0].slice, cst.Index):
            return False
        key = string_value(node.slice[0].slice.value) if isinstance(node.slice[0].slice.value, cst.SimpleString) else None
        bound = self.functions.bound_here(node.value.value)
        if key is None or not bound:
            return False
        for value in bound:
            if not isinstance(value, cst.Dict):
                return False
            entry = next((e.value for e in value.elements if isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString)
                          and string_value(e.key) == key), None)
            if not isinstance(entry, (cst.List, cst.Dict, cst.Tuple, cst.Set)) or entry.elements:
                return False  # filled from something: what it holds is what was put there
        return True

    def _one_person(self, call: cst.Call) -> bool:
        """A call handed one person (``load_household(member)``, ``fetch(member_id)``): what it
        returns is about that person, whatever the variable is called."""
        callee = self.index.functions.get(call.func.value) if isinstance(call.func, cst.Name) else None
        for i, arg in enumerate(call.args):
            words = name_words(dotted(arg.value) or "")
            if words and (words[-1] in self.data.person_nouns or (len(words) > 1 and words[-1] in self.data.id_words and words[-2] in self.data.person_nouns)):
                if callee is not None and not arg.star and self._requests_through(callee, i if arg.keyword is None else arg.keyword.value):
                    continue  # fetch_members(client) whose client.get("/members") is an HTTP client's, not a Medicaid client's record
                return True
        return False

    def _requests_through(self, fn: cst.FunctionDef, given: "int | str") -> bool:
        """The parameter of ``fn`` a call's argument fills (by position or keyword) is used as a client:
        a method of it is called with a path or a URL (``client.get("/members")``)."""
        params = list(fn.params.params)
        param = params[given] if isinstance(given, int) and given < len(params) else next((p for p in params if p.name.value == given), None)
        if param is None:
            return False
        name = param.name.value
        for node in self.functions.flat.walk(fn.body):
            if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and isinstance(node.func.value, cst.Name) \
                    and node.func.value.value == name and node.args and isinstance(node.args[0].value, (cst.SimpleString, cst.FormattedString)):
                first = node.args[0].value
                text = string_value(first) if isinstance(first, cst.SimpleString) else None
                if isinstance(first, cst.FormattedString) and first.parts and isinstance(first.parts[0], cst.FormattedStringText):
                    text = first.parts[0].value  # f"/members/{cin}": a path (not f"{SOURCE}_case_id", a key)
                if isinstance(text, str) and text.startswith(("/", "http://", "https://")):
                    return True
        return False

    def _unseen(self, func: cst.BaseExpression, frame: Frame) -> bool:
        """The called function is not one the analysis runs (not of this module, not of the project)."""
        if isinstance(func, cst.Name):
            name = func.value
            if name in frame.env:
                # def nightly(load_members, county): a loader handed in that no visible caller gave a function
                # (where code of the module calls the function, its callers' loaders decide, run with them)
                held = frame.env[name]
                running = self._stack[-1] if self._stack else None
                if isinstance(running, cst.FunctionDef) and name in param_names(running) and name not in frame.given and self._called_here(running):
                    return False  # (run on its own: each visible call runs it with its loader)
                # (a caller's loader of a library the analysis does not run, vendor_sdk.load_all: unseen too)
                return held.opaque and (held.function is None or held.function.node is None) and held.model is None and held.client is None
            if name in self.index.functions or name in self.index.classes:
                return False
            imported = self.links.foreign(name, frame.imports or None) if name in self.index.imports or name in frame.imports else None
            if imported is None:
                return True
            # (from .store import load_county with no store.py in the package: nothing of the project defines it, unseen)
            there, rest = imported[0].index, imported[1]
            return "." in rest or not (rest in there.functions or rest in there.classes or rest in there.constants or rest in there.imports)
        if isinstance(func, cst.Attribute):
            if isinstance(func.value, cst.Name) and func.value.value in ("self", "cls"):
                # self.load_members() of a base whose method is a stub the subclasses (elsewhere) fill in: unseen
                own = self.functions.owner_class(self._stack[-1]) if self._stack and isinstance(self._stack[-1], cst.FunctionDef) else None
                found = self.links.find_method(own, func.attr.value) if own is not None else None
                return found is not None and placeholder(found[2])
            chain = (dotted(func) or "").split(".")
            if any(part in self.data.managers for part in chain) or func.attr.value in self.data.filters | self.data.source_methods:
                return False  # Member.objects.filter(pk__in=ids): a query this module reads itself (a lookup is not bulk)
            # repo.load_members(): seen when a class of the module has that method with a body (not a
            # Protocol's or an abstract method's stub)
            return not any(
                func.attr.value in cls.methods and not is_stub(cls.methods[func.attr.value]) for cls in self.index.classes.values()
            )
        return False

    def called_names(self) -> tuple[frozenset[str], frozenset[str]]:
        """The names the module calls as functions (``f(...)``) and as methods (``x.f(...)``)."""
        if self._called is None:
            functions: set[str] = set()
            methods: set[str] = set()

            library = shipped()
            for node in calls_in(self.module):
                func = node.func
                last = func.value if isinstance(func, cst.Name) else func.attr.value if isinstance(func, cst.Attribute) else None
                if isinstance(func, cst.Name):
                    functions.add(func.value)
                elif isinstance(func, cst.Attribute):
                    methods.add(func.attr.value)
                    if func.attr.value in library.deferred and isinstance(func.value, cst.Name):
                        functions.add(func.value.value)  # push_batch.delay(scoped): the task runs with it
                if last in library.runners or last in self._thread_names:
                    # ex.submit(push_batch, scoped), Thread(target=push_batch, args=(scoped,)): run with those
                    handed = [a.value for a in node.args if a.keyword is None or a.keyword.value in ("target", "function", "fn", "func", "python_callable")]
                    functions.update(h.value for h in handed[:2] if isinstance(h, cst.Name))
                    methods.update(h.attr.value for h in handed[:2] if isinstance(h, cst.Attribute))
            self._called = (frozenset(functions), frozenset(methods))
        return self._called

    # -- conditions -----------------------------------------------------------------------

    def is_status_name(self, name: str) -> bool:
        """A field of the immigration status or citizenship category, or one one of whose words begins
        with a population-filter word (``m.unlawfully_present``, ``row["removable"]``)."""
        known = self._status_names.get(name)
        if known is None:
            known = self._status_names[name] = self.vocabulary.classify(name) in STATUS_CATEGORIES or self.is_filter_word_name(name)
        return known

    def lookup_tests_status(self, keyword: str) -> bool:
        """A lookup keyword on a status field, of the model or of a related one (``immigration_status__in``,
        ``eligibility__imgrtn_stus_cd``)."""
        parts = [part for part in keyword.split("__") if part]
        columns = [part for part in parts if part not in self.data.lookup_suffixes]
        for i, part in enumerate(parts):
            if self.is_status_name(part) and i < len(columns) - 1 and not self.is_status_name(columns[-1]) and not self.holds_status(columns[-1]):
                # immigration_statuses__county_cd: a column of the status relation that names something else
                return False
            related = self._related_model(part) if i < len(columns) - 1 and not self.is_status_name(part) else None
            if related is not None and self.is_status_name(related) and (self.is_status_name(columns[-1]) or (
                    self.holds_status(columns[-1]) and columns[-1].lower() not in self.data.id_words)):
                # statuses__code__in with ImmigrationStatus.enrollee = ForeignKey(..., related_name="statuses"): a
                # column of the project's status model, reached by the name its relation gives it
                return i == 0 or not self.vocabulary.someone_else("_".join(parts[:i]))
            if self.is_status_name(part):
                # spouse__immigration_status, household__members__citizenship: someone else's status chooses
                # no record by the member's own (the path is read as one name, qualifiers first); through a
                # relation of the enrollee's own (save_case__, demographics__, application__) it is theirs
                return i == 0 or self.is_status_name("_".join(parts[: i + 1])) or not self.vocabulary.someone_else("_".join(parts[:i]))
        return False

    def names_a_person(self, node: cst.BaseExpression) -> bool:
        """Some name in ``node`` identifies one person the running function was given (``cin`` in
        ``client.get(f"/members/{cin}")``, a ``member`` parameter): what it reads is that person's."""
        running = self._stack[-1] if self._stack else None
        params = set(param_names(running)) if isinstance(running, cst.FunctionDef) else set()
        return any(isinstance(n, cst.Name) and n.value in params and (self.person_key(n) or self.is_person_noun(n.value))
                   for n in walk(node))

    def _related_model(self, name: str) -> str | None:
        """The class (snake_cased) a relation name of a lookup reaches: the one whose relation declares
        ``related_name=name`` or ``backref=name`` (``ImmigrationStatus.enrollee = ForeignKey(Enrollee,
        related_name="statuses")``: ``statuses`` is ``immigration_status``), or whose name in lower case it is
        (Django's default reverse name), among the classes of this module and the project modules read so far."""
        modules = [self.m, *(self.project.by_id.values() if self.project is not None else ())]
        if self._related_names is None or self._related_names[0] != len(modules):
            found: dict[str, str] = {}
            shared: set[str] = set()  # a related_name two models give their relations: which one is meant is not known
            for module in modules:
                for cls in module.index.classes.values():
                    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", cls.name).lower()
                    found.setdefault(cls.name.lower(), snake)  # (immigrationstatushistory)
                    for node in walk(cls.node.body):
                        if isinstance(node, cst.Arg) and node.keyword is not None and node.keyword.value in ("related_name", "backref"):
                            text = string_value(node.value) if isinstance(node.value, cst.SimpleString) else None
                            if isinstance(text, str) and text.isidentifier() and found.setdefault(text, snake) != snake:
                                shared.add(text)
            for text in shared:
                del found[text]
            self._related_names = (len(modules), found)
        return self._related_names[1].get(name)

    def _someone_elses_status(self, name: str) -> bool:
        """A status field of another person than the one sent: ``spouse_status``, a lookup through a
        relation to someone else (``spouse__immigration_status``). A literal compared with it (or given
        to it) names that person's status, no condition on the records sent."""
        parts = [part for part in name.split("__") if part]
        if len(parts) > 1:
            return any(self.is_status_name(part) for part in parts) and not self.lookup_tests_status(name)
        return self.vocabulary.someone_else(name)

    def is_filter_word_name(self, name: str) -> bool:
        """One of the words of ``name`` begins with ``unlawful``, ``removab`` or ``deportab``; for ``removab``, no
        word near it (two words before, four after) names a thing it describes instead of a person
        (``has_removable_denture``, ``is_removable_lower_partial_denture``, ``ortho_appliance_removable``: dental work)."""
        words = name_words(name)
        if not self.data.filter_words:
            return False
        return any(word.startswith(self.data.filter_words) and not (
            word.startswith(self.data.object_filter_words) and any(w in self.data.filter_word_objects for w in words[max(at - 2, 0):at + 5]))
            for at, word in enumerate(words))

    def is_person_noun(self, name: str) -> bool:
        """A name for one person (``member``, ``enrollee``, ``primary_member``): a relation to one person's record."""
        words = name_words(name)
        return bool(words) and words[-1] in self.data.person_nouns

    def _one_person_lookup(self, parts: list[str], value: cst.BaseExpression) -> bool:
        """An ORM lookup of one person's rows (or of the people the caller chose): on an identifier
        (``pk``, ``member_id__in``), on a relation to a person (``member=member``, ``member__cin=cin``,
        ``enrollee__pk=...``), or compared with a person's identifier (``owner_id=member.id``)."""
        core = parts[:-1] if len(parts) > 1 and parts[-1] in ("exact", "iexact", "in") else parts
        if self.is_person_id(core[0]) and len(core) == 1:
            return True
        plain_relation = isinstance(value, cst.Name) and value.value not in ("True", "False", "None") and len(parts) == 1 and len(name_words(core[0])) == 1
        # (member__cin=options["cin"]: an identifier read by its literal key names one person too)
        if not (self.person_key(value) or (plain_relation and self.is_person_noun(core[0]) and len(core) == 1)):
            # filter(is_applicant=True), filter(primary_member=flag): a flag chooses no one; filter(member=m)
            # (a relation named only by its person noun) takes one person's object, whatever it is called
            return False
        if self.is_person_noun(core[0]) and (len(core) == 1 or (len(core) == 2 and self.is_person_id(core[1]))):
            return True
        return len(core) == 1 and name_words(core[0])[-1:] == ["id"] and isinstance(value, cst.Attribute)  # owner_id=member.id

    def names_one_person(self, value: cst.BaseExpression) -> bool:
        """``value`` is a person or a person's identifier the code holds (``member``, ``cin``,
        ``member.id``, ``case.member``), not a literal, a flag or a column of a model class
        (``Member.id`` of a join)."""
        if isinstance(value, cst.Name):
            return value.value not in ("True", "False", "None") and (self.is_person_noun(value.value) or self.is_person_id(value.value))
        if isinstance(value, cst.Attribute):
            root = root_name(value)
            if root is None or root in self.index.classes or (root in self.index.imports and root[:1].isupper()):
                return False
            return self.is_person_id(value.attr.value) or self.is_person_noun(value.attr.value)
        return False

    def person_key(self, node: cst.BaseExpression) -> bool:
        """``node`` identifies one person as a key: a person or an identifier the code holds (``cin``,
        ``m.cin``), or an identifier read by a literal key (``row["medicaid_id"]``, ``r.get("cin")``)."""
        if isinstance(node, (cst.Name, cst.Attribute)):
            return self.names_one_person(node)
        if isinstance(node, cst.Subscript) and len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index):
            key = node.slice[0].slice.value
            text = string_value(key) if isinstance(key, cst.SimpleString) else None
            return isinstance(text, str) and self.is_person_id(text)
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value == "get" and node.args:
            text = string_value(node.args[0].value) if isinstance(node.args[0].value, cst.SimpleString) else None
            return isinstance(text, str) and self.is_person_id(text)
        return False

    def is_person_id(self, name: str) -> bool:
        """A column or field that identifies one person: ``id``, ``pk``, ``member_id``, or a name of the
        Medicaid ID or SSN category (``msis_ident_num``, ``cin``)."""
        words = name_words(name)
        if not words:
            return False
        if words == [name.lower()] and words[0] in self.data.id_words:
            return True
        if len(words) == 2 and words[1] in self.data.id_words and words[0] in self.data.person_nouns:
            return True
        if len(words) > 1 and words[-1] in self.data.id_property_words:
            return False  # ssn_verification_status, ssn_vrfctn_ind: something about the number, shared by many
        return self.vocabulary.classify(name) in ("medicaid_id", "ssn", "immigration_document_id")  # an A-number is one person's

    def mentions_status_text(self, text: str | None) -> bool:
        """A string (a ``query`` expression, a key) that names a status field."""
        return text is not None and any(self.is_status_name(word) for word in _IDENTIFIER.findall(text))

    def tests_status(self, node: cst.BaseExpression, frame: Frame, depth: int = 0) -> bool:
        """``node`` tests a field of the immigration status or citizenship category: it reads one (by
        attribute, key, keyword or a variable holding one), or calls a function that does or that is
        named or configured as a population filter. Sorting by the column or sending it is not a test;
        only expressions used as conditions are asked."""
        syntax = self._syntax.get(id(node))
        if syntax is None:
            try:
                syntax = self._read_syntax(node)
            except RecursionError:
                syntax = (False, (), (), (), (), (), ())  # nested past what can be walked: not read as a condition
            self._syntax[id(node)] = syntax
        fixed, names, calls, attributes, keyed, looked_up, positioned = syntax
        if fixed and id(node) in self._by_attribute_only and self._others_status_only(attributes, frame):
            # s = m.spouse (or for s in [m.spouse]); if s.immigration_status in U: the spouse's status chooses no record
            fixed = False
        if fixed:
            return True
        for read in positioned:
            # for row in cur: if row[2] not in IN_SCOPE: continue -- the SQL column at that position of the query's
            # select list (round 395a), as unpacking the row by position reads it
            column = self._sql_column_at(read, frame)
            if column is not None and any(self.is_status_name(n) for n in column.names) and not any(self.vocabulary.someone_else(n) for n in column.names):
                return True
        if any(STATUS_VALUES_MARK in frame.env[name].labels for name in looked_up if name in frame.env):
            return True  # status_of.get(m.cin) not in TARGETS: the member's status, from a mapping of statuses
        for base, key in keyed:
            # df = df.rename(columns={"imgrtn_stus_cd": "status"}) then df["status"]; SELECT imgrtn_stus_cd AS
            # status, then row["status"]: the column read still carries the status field's name
            held = frame.env.get(base)
            if held is None and base in self.index.constants and self._constant_entry_condition(base, key, depth):
                return True  # Member.objects.filter(FILTERS["scope"]) of FILTERS = {"scope": Q(immigration_status__in=...)}
            if held is not None and STATUS_COLUMN + key in held.labels:
                return True  # df["in_scope"] = df["imgrtn_stus_cd"].isin(CODES), then df[df["in_scope"]]
            if held is not None and _answered(held) and self.is_status_name(key) and not self.vocabulary.someone_else(key):
                return True  # m = requests.get(STATE_LOOKUP + cin).json(); if m["immigration_status"] ...: the record looked up
            if held is not None and not held.const and (held.placements or held.names) and not self.vocabulary.someone_else(key):
                got = self.expr.read_key(held, key)
                read = got.names.union(*(p.names for p in got.placements))
                # rec["spouse_status"] holding m.spouse.immigration_status: someone else's status chooses no one
                if any(self.is_status_name(n) for n in read) and not any(self.vocabulary.someone_else(n) for n in read):
                    return True
        if any(self._property_tests(attribute, depth, self._model_of(base, frame)) for base, attribute in attributes):
            return True  # if e.in_scope: a @property of the object's class whose result tests status
        if depth < MAX_TEST_DEPTH and (any(self._flag_of_status("attribute", a, depth) for _, a in attributes)
                                       or any(self._flag_of_status("key", k, depth) for _, k in keyed)
                                       or any(self._flag_of_status("keyword", f"{model.rsplit('.', 1)[-1]}.{a}", depth)
                                              for b, a in attributes for model in [self._model_of(b, frame)] if model is not None)):
            # for m in members: m.in_scope = m.immigration_status in U; then [... for m in members if m.in_scope]:
            # the flag the running function sets on each record from a status test stands for that test
            return True
        for owner, attribute in attributes:
            # c = Case(cin=r["cin"], status=r["imgrtn_stus_cd"]); if c.status in U: the field holds the record's status
            obj = frame.env.get(owner) if owner is not None else None
            if obj is None or obj.const:
                continue
            if STATUS_COLUMN + attribute in obj.labels:
                return True  # for m in qs.annotate(cur_status=latest_status()): if m.cur_status != "EWI": the person's status
            given = [v for k, v in obj.attrs or () if k == attribute]
            names_read: frozenset[str] = frozenset().union(*(v.names.union(*(q.names for q in v.placements)) for v in given),
                                                           *(p.names for p in obj.placements if p.key == attribute))
            if any(self.is_status_name(n) for n in names_read - {attribute}) and not any(self.vocabulary.someone_else(n) for n in names_read):
                return True
            if any(STATUS_MARK in v.labels and v.const for v in given):
                return True  # Subject(cin=r["cin"], in_scope=r["imgrtn_stus_cd"] in U); if s.in_scope: a flag of the status
        for read_from, attribute in attributes:
            # for st in ImmigrationStatus.objects.all(): if st.coa_cd in (...): the status column of a status model's record
            record_model = self._model_of(read_from, frame)
            if record_model is not None and self.is_status_name(record_model.rsplit(".", 1)[-1].rsplit(":", 1)[-1]) and self.holds_status(attribute):
                return True
        for module_name, attribute in attributes:
            if module_name is not None and attribute.isupper() and module_name not in frame.env and module_name in self.index.imports \
                    and self._imported_column(f"{module_name}.{attribute}"):
                return True  # m[settings.STATUS_COL], df[df[cfg.STATUS_COL] == "EWI"]: the column a settings constant names
        for name in names:
            val = frame.env.get(name)
            if val is not None and STATUS_MARK in val.labels:
                return True
            running = self._stack[-1] if self._stack else None
            once = self.statements._bound_once(running).get(name) if val is not None and isinstance(running, cst.FunctionDef) else None
            if isinstance(once, cst.Subscript) and isinstance(once.value, cst.Name) and once.value.value not in frame.env and len(once.slice) == 1 \
                    and isinstance(once.slice[0].slice, cst.Index) and isinstance(once.slice[0].slice.value, cst.SimpleString):
                entry_key = string_value(once.slice[0].slice.value)
                if isinstance(entry_key, str) and self._constant_entry_condition(once.value.value, entry_key, depth):
                    return True  # q = FILTERS["scope"]; Member.objects.filter(q) (round 415a)
            # s.imgrtn_stus_cd AS spouse_status read by position, m.spouse.immigration_status: someone else's
            # status chooses no one (the variable's own name does not decide: the data it holds does)
            column = val.placements[0] if val is not None and len(val.placements) == 1 and val.placements[0].detail.startswith(SQL_COLUMN) else None
            others = column is not None and any(self.vocabulary.someone_else(n) for n in column.names)
            if val is not None and not others and any(self.is_status_name(n) and not self.vocabulary.someone_else(n) for n in val.names):
                return True
            if column is not None and not others and any(self.is_status_name(n) for n in column.names):
                return True  # for cin, dob, status in cursor: if status not in SCOPE -- a column read by position
            if val is None and name in self.index.constants:
                const = self.expr.module_constant(name)  # df[df[STATUS_COL] == "3"]: the column a constant names
                if const is not None and const.text is not None and self.mentions_status_text(const.text):
                    return True
                if self.calls.is_table(cst.Name(name)):
                    continue  # members.c.county == c: a table that declares a status column is no test on it
                if depth < MAX_TEST_DEPTH and self._constant_condition(name, depth):
                    return True  # STATUS_FILTER = Q(immigration_status__in=CODES) at module level, then .filter(STATUS_FILTER)
            if val is None and name in self.index.imports and depth < MAX_TEST_DEPTH and self._imported_condition(name, depth):
                return True  # from .policy import UNLAWFUL_Q, then .filter(UNLAWFUL_Q)
        if any(self._in_chosen_query(call, frame) for call in calls):
            return True
        return any(self.is_population_filter(call, None, frame) or self.calls_status_test(call, depth, frame)
                   or self._applies_status_test(call, depth, frame) for call in calls)

    def _others_status_only(self, attributes: "tuple[tuple[str | None, str], ...]", frame: Frame) -> bool:
        """Every status attribute read is of a variable holding another person's record read from the record's own
        attribute (``s`` of ``s = m.spouse``; not ``child`` of ``for child in children``, the records themselves)."""
        status = [(base, attr) for base, attr in attributes if self.is_status_name(attr)]
        return bool(status) and all(
            base is not None and base in frame.env and not frame.env[base].placements
            and any(len(parts) == 2 and parts[0] in frame.env and self.vocabulary.someone_else(parts[1])
                    for label in frame.env[base].labels for parts in [label.split(".")])
            and not self._read_otherwise(base) for base, _ in status)

    def _read_otherwise(self, name: str) -> bool:
        """The running function reads the variable ``name`` other than for a status attribute (``hoh.cin`` sent after ``if
        hoh.immigration_status in U``: the person tested is the one sent; review 59b)."""
        running = self._stack[-1] if self._stack else None
        if not isinstance(running, cst.FunctionDef):
            return True
        status_owners: set[int] = set()
        targets: set[int] = set()
        for node in walk(running.body):
            if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value == name and self.is_status_name(node.attr.value):
                status_owners.add(id(node.value))
            elif isinstance(node, cst.AssignTarget) and isinstance(node.target, cst.Name):
                targets.add(id(node.target))
            elif isinstance(node, (cst.For, cst.CompFor)) and isinstance(node.target, cst.Name):
                targets.add(id(node.target))
        return any(isinstance(node, cst.Name) and node.value == name and id(node) not in status_owners and id(node) not in targets
                   for node in walk(running.body))

    def _applies_status_test(self, call: cst.Call, depth: int, frame: Frame) -> bool:
        """``df.apply(is_removable, axis=1)``, ``s.map(in_scope)``: what a function that tests status answers for
        each row (``mask_appliers``), written where the mask is used (bound to a name first, its value says so)."""
        func = call.func
        if not (isinstance(func, cst.Attribute) and func.attr.value in self.data.mask_appliers and call.args) or call.args[0].keyword is not None:
            return False
        given = call.args[0].value
        return isinstance(given, (cst.Name, cst.Attribute)) and self.calls_status_test(cst.Call(func=given), depth + 1, frame)

    def _someone_elses_subquery(self, node: cst.BaseExpression, frame: Frame, fn: "cst.FunctionDef | None" = None, outer: str | None = None) -> bool:
        """``node`` is a subquery related to the outer record only through someone else (``OuterRef("guardian")``,
        ``OuterRef("head_of_household_id")``; not one that also ties it to the person, ``OuterRef("pk")``), also
        through the one value a name of the running function is bound to; or one of a model of another person
        than the records of ``outer`` (the model queried around it, when known) are about."""
        refs = self._outer_refs(node, frame, 0, fn)
        if refs and self._other_persons_model(node, fn, outer=outer):
            # HouseholdMember.objects.filter(member=OuterRef("pk"), immigration_status__in=U): the household members' status
            return True
        return bool(refs) and all(self.vocabulary.someone_else(ref.split("__")[0]) for ref in refs)

    def _other_persons_model(self, node: cst.BaseExpression, fn: "cst.FunctionDef | None", depth: int = 0, outer: str | None = None) -> bool:
        """The query ``node`` stands for (``Exists(q)``, ``Subquery(q.values(...))``, a name bound once to one) reads a
        model named for someone else than the member (``HouseholdMember``, ``Guardian``, ``Dependent``)."""
        if depth > 3:
            return False
        if isinstance(node, cst.Name):
            made = self._bound_once(node.value, fn)
            return made is not None and self._other_persons_model(made, fn, depth + 1, outer)
        if isinstance(node, cst.Call) and (dotted(node.func) or "").rsplit(".", 1)[-1] in ("Exists", "Subquery") and node.args:
            return self._other_persons_model(node.args[0].value, fn, depth + 1, outer)
        current = node
        while isinstance(current, (cst.Call, cst.Attribute, cst.Subscript)):
            current = current.func if isinstance(current, cst.Call) else current.value
        chain = method_chain(node) if isinstance(node, (cst.Call, cst.Attribute, cst.Subscript)) else []
        if not (isinstance(current, cst.Name) and current.value[:1].isupper() and "objects" in chain and self.vocabulary.someone_else(current.value)):
            return False
        # a table of people (HouseholdMember, Guardian, Dependent), not one of records about the member that names a
        # person on the way (ChildImmigrationStatus of a CHIP enrollee, HouseholdMemberImmigration of household members)
        words = self.vocabulary.tokens(current.value)
        persons = {w for w in words if w in self.vocabulary.other_person}
        if outer is not None and persons and persons <= set(self.vocabulary.tokens(outer)):
            return False  # HouseholdMember.objects.filter(Exists(HouseholdMemberImmigration...)): the household members' own
        if words and (words[-1] in self.vocabulary.enrollee_nouns or words[-1] in self.vocabulary.other_person):
            return True
        # SpouseImmigrationStatus, GuardianStatusRecord: status records of another person; not a child's
        # (ChildImmigrationStatus of a CHIP enrollee, who is the child)
        return any(w in self.vocabulary.other_person and w not in _ENROLLEE_CHILDREN for w in words)

    def _bound_once(self, name: str, fn: "cst.FunctionDef | None" = None) -> cst.BaseExpression | None:
        """The one value ``fn`` (by default the running function) binds ``name`` to with a plain assignment
        (``latest = StatusEvent.objects.filter(...)``); None when it binds it otherwise, or more than once."""
        running = fn or (self._stack[-1] if self._stack else None)
        made = self.functions._assignments(running).get(name, []) if isinstance(running, cst.FunctionDef) else []
        return made[0] if len(made) == 1 else None

    def _outer_refs(self, node: cst.BaseExpression, frame: Frame, depth: int, fn: "cst.FunctionDef | None" = None) -> list[str]:
        """The fields ``OuterRef(...)`` names in ``node`` (and in what its names of the running function hold)."""
        if isinstance(node, cst.Name):
            made = self._bound_once(node.value, fn)
            return self._outer_refs(made, frame, depth + 1, fn) if depth < 3 and made is not None else []
        helper = self._returned_by_helper(node, frame, fn)
        if helper is not None:
            return self._outer_refs(helper[1], frame, depth + 1, helper[0]) if depth < 3 else []
        refs = [t for t in (string_value(c.args[0].value) for c in calls_in(node) if (dotted(c.func) or "").rsplit(".", 1)[-1] == "OuterRef"
                            and c.args and isinstance(c.args[0].value, cst.SimpleString)) if isinstance(t, str)]
        if depth < 3:
            for name in names_in(node):
                if name.value in frame.env or fn is not None:
                    refs.extend(self._outer_refs(name, frame, depth + 1, fn))
        return refs

    def _selected_column(self, node: cst.BaseExpression, frame: Frame, depth: int = 0, fn: "cst.FunctionDef | None" = None) -> str | None:
        """The one column ``Subquery(q.values("col")[:1])`` selects, as written (``"member__imgrtn_stus_cd"``),
        through a name of the running function too; None for anything else."""
        if depth > 3:
            return None
        if isinstance(node, cst.Call) and (dotted(node.func) or "").rsplit(".", 1)[-1] in ("Subquery", "Coalesce") and node.args:
            return self._selected_column(node.args[0].value, frame, depth + 1, fn)
        if isinstance(node, cst.Name):
            made = self._bound_once(node.value, fn)
            return self._selected_column(made, frame, depth + 1, fn) if made is not None else None
        helper = self._returned_by_helper(node, frame, fn)
        if helper is not None:
            return self._selected_column(helper[1], frame, depth + 1, helper[0])  # annotate(cur=latest_status())
        current = node
        while isinstance(current, (cst.Subscript, cst.Call, cst.Attribute)):
            if isinstance(current, cst.Call) and isinstance(current.func, cst.Attribute) and current.func.attr.value in ("values", "values_list"):
                columns = [string_value(a.value) for a in current.args if a.keyword is None and isinstance(a.value, cst.SimpleString)]
                return columns[0] if len(columns) == 1 and isinstance(columns[0], str) else None
            current = current.func if isinstance(current, cst.Call) else current.value
        return None

    def _returned_by_helper(self, node: cst.BaseExpression, frame: Frame,
                            fn: "cst.FunctionDef | None") -> "tuple[cst.FunctionDef, cst.BaseExpression] | None":
        """``latest_status()`` of a function of the module that returns one expression (``return
        Subquery(events.values("imgrtn_stus_cd")[:1])``): the function and that expression."""
        if not isinstance(node, cst.Call) or not isinstance(node.func, cst.Name) or (fn is None and node.func.value in frame.env):
            return None
        helper = self.index.functions.get(node.func.value)
        if helper is None and (node.func.value in self.index.imports or node.func.value in frame.imports):
            # from app.queries import current_status: the helper of another module of the project
            found = self.links.foreign(node.func.value, frame.imports or None)
            helper = found[0].index.functions.get(found[1]) if found is not None else None
        if helper is None or helper is fn:
            return None
        returned = [n.value for n in self.functions.flat.walk(helper.body) if type(n) is cst.Return and n.value is not None]  # type: ignore[attr-defined]
        return (helper, returned[0]) if len(returned) == 1 else None

    def _selects_status(self, node: cst.BaseExpression, frame: Frame, fn: "cst.FunctionDef | None" = None) -> bool:
        """``Subquery(q)`` (``F``-free) of a query whose ``values``/``values_list`` selects one status column
        (``StatusEvent.objects.filter(enrollee=OuterRef("pk")).values("imgrtn_stus_cd")[:1]``): the person's
        status, as an annotation's value (not the guardian's: ``OuterRef("guardian")``)."""
        column = self._selected_column(node, frame, fn=fn)
        return column is not None and self.is_status_name(column.split("__")[-1]) and not self.vocabulary.someone_else(column) \
            and not self._someone_elses_subquery(node, frame, fn)

    def _chosen_records(self, node: cst.BaseExpression, val: Val, frame: Frame) -> bool:
        """``node`` holds many people's records a status filter chose (they are many people's still, though
        no longer a source MCD201 follows): a queryset of a model's manager (``qs = Member.objects.filter(...)``,
        ``pregnant = qs.filter(pregnancy_ind=True)``, ``len(qs.filter(...))``) or a list the running function
        made of one (``bad_ssn = [m for m in qs if not m.ssn]``); not a relation of one person (``m.diagnoses``,
        ``claims = m.claims.filter(paid=True)``, ``[d.icd10 for d in m.diagnoses.all()]``) nor one person's
        rows (``Claim.objects.filter(member=m)``)."""
        return STATUS_MARK in val.labels and not val.const and self._many_of_a_manager(node, frame, 0)

    def _many_of_a_manager(self, node: cst.BaseExpression, frame: Frame, depth: int) -> bool:
        """``node`` is (the one value bound in the running function to) a query of a model's manager that
        looks up no one person, a query made from one, or a comprehension over one."""
        if depth > 4:
            return False
        if isinstance(node, cst.Name):
            made = self._bound_once(node.value)
            return node.value in frame.env and made is not None and self._many_of_a_manager(made, frame, depth + 1)
        if isinstance(node, (cst.ListComp, cst.GeneratorExp, cst.SetComp)) and node.for_in.inner_for_in is None:
            return self._many_of_a_manager(node.for_in.iter, frame, depth + 1)
        if not isinstance(node, cst.Call):
            return False
        current: cst.BaseExpression = node
        while isinstance(current, (cst.Call, cst.Attribute)):
            if isinstance(current, cst.Call):
                if any(a.keyword is not None and self._one_person_lookup(a.keyword.value.split("__"), a.value) for a in current.args):
                    return False  # Claim.objects.filter(member=m): one person's rows
                current = current.func
            else:
                current = current.value
        if not isinstance(current, cst.Name):
            return False
        if current.value not in frame.env:
            return any(part in self.data.managers for part in method_chain(node))  # Member.objects.filter(...)
        return QUERYSET_MARK in frame.env[current.value].labels and self._many_of_a_manager(current, frame, depth + 1)

    def _in_chosen_query(self, call: cst.Call, frame: Frame) -> bool:
        """``Enrollee.id.in_(select(in_scope.c.id))`` with ``in_scope = select(Enrollee.id).where(<status>).subquery()``
        (or ``df["cin"].isin(chosen_ids)`` of a query): the people a query chosen by status selects; ``not_in`` of
        one (``~`` too) the people it did not choose, a condition on status all the same."""
        if not (isinstance(call.func, cst.Attribute) and call.func.attr.value in ("in_", "isin", "not_in", "notin_") and len(call.args) == 1
                and call.args[0].keyword is None and not call.args[0].star and self.expr._a_query(call.args[0].value)):
            return False
        given = self.expr.eval(call.args[0].value, frame)
        return STATUS_MARK in given.labels and not given.bulk

    def _statement(self, func: cst.Attribute, frame: Frame) -> bool:
        """``func`` is a method of a query or a select statement: ``session.query(E).join``, ``select(E).join``,
        or ``stmt.join`` of a variable that holds one (``stmt = select(E)``)."""
        if {"query", "select", "select_from"} & set(_chain(func) + [_chain_root(func)]):
            return True
        root = root_name(func)
        held = frame.env.get(root) if root is not None else None
        # (q = session.query(E): a query of many people's records, q.join(...) one of its clauses)
        return held is not None and (bool(held.bulk) or any(label.rsplit(".", 1)[-1] in ("select", "query", "select_from") for label in held.labels))

    def _looks_up_one(self, test: cst.BaseExpression) -> bool:
        """``e["medicaid_id"] == wanted``, ``m.cin == cin``: a record's identifier equal to one value (also
        beside another test: ``e["cin"] == wanted and e["active"]``)."""
        if isinstance(test, cst.BooleanOperation) and isinstance(test.operator, cst.And):
            return self._looks_up_one(test.left) or self._looks_up_one(test.right)
        if not (isinstance(test, cst.Comparison) and len(test.comparisons) == 1 and isinstance(test.comparisons[0].operator, cst.Equal)):
            return False
        return self.person_key(test.left) or self.person_key(test.comparisons[0].comparator)

    def looks_up_one_by(self, test: cst.BaseExpression, frame: Frame) -> bool:
        """``m.cin == cin``, ``row["medicaid_id"] == wanted``: a record's identifier equal to a value that is
        no one's record (a parameter, a constant), not another source's (``m.cin == s.cin``, a join)."""
        if isinstance(test, cst.BooleanOperation) and isinstance(test.operator, cst.And):
            return self.looks_up_one_by(test.left, frame) or self.looks_up_one_by(test.right, frame)
        if not (isinstance(test, cst.Comparison) and len(test.comparisons) == 1 and isinstance(test.comparisons[0].operator, cst.Equal)):
            return False
        left, right = test.left, test.comparisons[0].comparator
        loop = self.statements.loops[-1] if self.statements.loops else None
        if loop is None or frame.loop_outer is None:
            return False
        # what the loop binds as it goes (for s in statuses: if m.cin == s.cin is a join; last = m.cin skips
        # duplicates): not an identifier given before it
        changing = {n.value for node in walk(loop) if isinstance(node, (cst.AssignTarget, cst.AugAssign, cst.AnnAssign, cst.CompFor, cst.For, cst.NamedExpr))
                    for n in names_in(node.target) if isinstance(n, cst.Name)}
        for key, other in ((left, right), (right, left)):
            root = root_name(other) if isinstance(other, (cst.Name, cst.Attribute)) else None
            if self.person_key(key) and root is not None and root in frame.loop_outer and root not in changing \
                    and not self.expr.eval(other, frame).bulk:
                return True
        return False

    def _names_status_attribute(self, node: cst.BaseExpression) -> bool:
        """``node`` reads a status or citizenship column by its own name (``Vlp.immigration_status``,
        ``vlp.c["imgrtn_stus_cd"]``, ``text("vlp.immigration_status = 'NLS'")``), not only through the name
        of its table (``ImmigrationRecord.enrollee_id``)."""
        for n in walk(node):
            if isinstance(n, cst.Attribute) and self.is_status_name(n.attr.value):
                return True
            if isinstance(n, cst.Comparison):
                operands = [n.left, *(c.comparator for c in n.comparisons)]
                # ImmigrationStatus.code == "EWI" (not ImmigrationStatus.enrollee_id == Enrollee.id, a join key)
                if any(self._status_table_column(o) for o in operands) and not all(isinstance(o, cst.Attribute) for o in operands):
                    return True
            if isinstance(n, cst.Call) and isinstance(n.func, cst.Attribute) and n.func.attr.value in self.data.column_tests \
                    and self._status_table_column(n.func.value):
                return True  # ImmigrationStatus.code.in_(CODES)
            text = string_value(n) if isinstance(n, cst.SimpleString) else None
            if isinstance(text, str) and (self.is_status_name(text) if text.isidentifier() else self._sql_chooses(f"SELECT 1 FROM t WHERE {text}")):
                return True  # (text("vlp.enrollee_id = enrollee.id") joins on a key: no status tested)
        return False

    def _visible_function(self, name: str) -> bool:
        """``name`` is a function of this module or one imported from the project (its body can be read)."""
        return name in self.index.functions or (name in self.index.imports and self.links.foreign(name) is not None)

    def _status_table_column(self, node: cst.BaseExpression) -> bool:
        """``ImmigrationStatus.code``: the column of a model named for status that holds the status."""
        return isinstance(node, cst.Attribute) and isinstance(node.value, (cst.Name, cst.Attribute)) \
            and self.is_status_name((dotted(node.value) or "").rsplit(".", 1)[-1]) and self.holds_status(node.attr.value)

    def _body_tests_status(self, owner: "Population", node: "cst.FunctionDef | cst.Lambda", depth: int) -> bool:
        """Whether the body of ``node`` (a function, a method or a lambda of ``owner``'s module) tests
        status, asked once per node; a node that calls itself is not (yet) a test while it is asked."""
        key = id(node)
        if key not in self._tests_status:
            self._tests_status[key] = False
            self._tests_status[key] = owner.tests_status(node.body, Frame(env={}), depth + 1)  # type: ignore[arg-type]
        return self._tests_status[key]

    def _value_tests_status(self, call: cst.Call, depth: int, frame: Frame) -> bool:
        """``call`` calls a value that tests status: a function kept in a variable, a parameter's
        default, an attribute of ``self`` or a ``functools.partial`` (``keep=is_target``,
        ``self.rule = rule``), or an object whose class's ``__call__`` does (``rule=StatusRule(...)``)."""
        called = self.expr.eval(call.func, frame)
        node = called.function.node if called.function is not None else None
        if isinstance(node, (cst.FunctionDef, cst.Lambda)):
            return self._body_tests_status(self, node, depth)
        found = self.links.class_of(called.model) if called.model is not None and not called.placements else None
        method = found[1].methods.get("__call__") if found is not None else None
        if found is not None and method is not None:
            return self._body_tests_status(found[0].population, method, depth)
        for label in sorted(called.labels):
            # rule=strict imported from a policy module, kept on self: that module's function
            found_fn = self.links.foreign(label) if label in self.index.imports and not called.placements else None
            target = found_fn[0].index.functions.get(found_fn[1]) if found_fn is not None else None
            if found_fn is not None and target is not None:
                if self._body_tests_status(found_fn[0].population, target, depth):
                    return True
        return False

    def _imported_condition(self, name: str, depth: int) -> bool:
        """``name`` is a constant of another module of the project that holds a status condition
        (``UNLAWFUL_Q = Q(immigration_status__in=CODES)`` in a policy module) or names a status column
        (``STATUS_COL = "imgrtn_stus_cd"``)."""
        if self._imported_column(name):
            return True  # from .settings import STATUS_COL: the column it names
        found = self.links.foreign(name)
        if found is None or "." in found[1]:
            return False
        return found[0].population._constant_condition(found[1], depth)

    def _imported_column(self, name: str) -> bool:
        """``name`` (``settings.STATUS_COL``) is a constant of another module of the project naming a status column."""
        found = self.links.foreign(name)
        if found is None or "." in found[1] or found[0] is self.m:
            return False
        const = found[0].expr.module_constant(found[1])
        return const is not None and const.text is not None and self.mentions_status_text(const.text)

    def _constant_condition(self, name: str, depth: int) -> bool:
        """The module constant ``name`` of this module holds a status condition (not a collection of
        names: an allow-list naming ``immigration_status`` tests nothing)."""
        literal = self.index.constants.get(name)
        if literal is not None and self.calls.is_table(cst.Name(name)):
            return False  # members = Table("members", md, ..., Column("imgrtn_stus_cd", ...)): declaring the column tests nothing
        if literal is not None and _collection(literal) and name not in self.index.grown and isinstance(literal, (cst.List, cst.Tuple)) \
                and not self._changed_anywhere(name) \
                and literal.elements and not any(isinstance(e.value, (cst.SimpleString, cst.ConcatenatedString)) for e in literal.elements):
            # SA_SCOPE = [Member.immigration_status.in_(CODES)], then .where(*SA_SCOPE): a list of conditions (round 415a)
            return any(self.tests_status(e.value, Frame(env={}), depth + 1) for e in literal.elements)
        return literal is not None and not _collection(literal) and name not in self.index.grown \
            and self.tests_status(literal, Frame(env={}), depth + 1)

    def _changed_anywhere(self, name: str, key: str | None = None) -> bool:
        """Some code of the module changes the module constant ``name`` in place or binds it anew (``FILTERS.update(...)``,
        ``FILTERS["scope"] = ...``, ``SCOPE.clear()``, ``global FILTERS``; review 55g); with ``key``, a store under another
        literal key (``FILTERS["rural"] = ...``) leaves that entry as it was (review 55h)."""
        memo: "dict[tuple[str, str | None], bool]" = self.__dict__.setdefault("_changed_memo", {})
        if (name, key) not in memo:
            changed = False
            for node in walk(self.m.module):
                if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and isinstance(node.func.value, cst.Name) \
                        and node.func.value.value == name and node.func.attr.value in CHANGING_METHODS:
                    changed = True
                elif isinstance(node, (cst.Assign, cst.AugAssign, cst.Del)):
                    targets = [t.target for t in node.targets] if isinstance(node, cst.Assign) else [node.target]
                    changed = any(isinstance(t, cst.Subscript) and isinstance(t.value, cst.Name) and t.value.value == name
                                  and not (key is not None and len(t.slice) == 1 and isinstance(t.slice[0].slice, cst.Index)
                                           and isinstance(t.slice[0].slice.value, cst.SimpleString) and string_value(t.slice[0].slice.value) != key)
                                  for t in targets)
                elif isinstance(node, cst.Global):
                    changed = any(item.name.value == name for item in node.names)
                if changed:
                    break
            memo[(name, key)] = changed
        return memo[(name, key)]

    def _constant_entry_condition(self, base: str, key: str, depth: int) -> bool:
        """``FILTERS["scope"]`` of a module constant dict of this module whose entry holds a status condition
        (``{"scope": Q(immigration_status__in=CODES)}``; round 415a)."""
        literal = self.index.constants.get(base)
        if not isinstance(literal, cst.Dict) or base in self.index.grown or depth >= MAX_TEST_DEPTH or self._changed_anywhere(base, key):
            return False
        entry = next((e.value for e in literal.elements if isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString)
                      and string_value(e.key) == key), None)
        return entry is not None and not _collection(entry) and self.tests_status(entry, Frame(env={}), depth + 1)

    def _model_of(self, base: str | None, frame: Frame) -> str | None:
        """The class of the object a variable holds, or the class a name of the module names (``Member.in_scope``
        of a hybrid property in a query's ``where``); None: not an object or class of the project."""
        held = frame.env.get(base) if base is not None else None
        if held is None and base is not None and base[:1].isupper() and (base in self.index.classes or (
                base in self.index.imports and self.links.class_of(base) is not None)):
            return base  # (Member imported from the project's models module: its class)
        return held.model if held is not None else None

    def _property_tests(self, attribute: str, depth: int, model: str | None) -> bool:
        """``attribute`` is a ``@property`` of ``model`` (a class of this module or of the project, or a
        base of it) whose result tests status."""
        if depth >= MAX_TEST_DEPTH or model is None:
            return False
        cls = self.links.class_of(model)
        found = cls[0].links.find_method(cls[1], attribute) if cls is not None else None
        if found is None and cls is not None:
            return cls[0].population.keeps_status_in(cls[1], attribute)
        if found is None or not decorated(found[2], ("property", "cached_property", "hybrid_property", "functools.cached_property")):
            return False
        return self._body_tests_status(found[0].population, found[2], depth)

    def _flag_of_status(self, kind: str, name: str, depth: int) -> bool:
        """The running function sets ``<record>.<name>`` (``kind`` "attribute"), ``<record>["<name>"]``
        ("key") or gives ``Model(<name>=...)`` (``kind`` "keyword", ``name`` "Model.<name>") only status
        tests (``m.in_scope = m.immigration_status in U``, ``Subject(in_scope=r["imgrtn_stus_cd"] in U)``)."""
        running = self._stack[-1] if self._stack else None
        if not isinstance(running, cst.FunctionDef):
            return False
        memo: dict[tuple[int, str, str], bool] = self.__dict__.setdefault("_flags_memo", {})
        key = (id(running), kind, name)
        if key not in memo:
            memo[key] = False  # (a flag set from itself)
            values = [value for set_kind, set_name, value in self._flags_set(running) if set_kind == kind and set_name == name]
            memo[key] = bool(values) and all(
                isinstance(v, (cst.Comparison, cst.UnaryOperation, cst.BooleanOperation, cst.Call)) and self.tests_status(v, Frame(env={}), depth + 1)
                for v in values)
        return memo[key]

    def _flags_set(self, running: cst.FunctionDef) -> list[tuple[str, str, cst.BaseExpression]]:
        """What ``running`` sets of a record, found in one walk: ``("attribute", name, value)`` for
        ``m.<name> = value``, ``("key", name, value)`` for ``m["<name>"] = value``, ``("keyword",
        "Model.<name>", value)`` for ``Model(<name>=value)`` of a class (a capitalized name)."""
        memo: dict[int, tuple[cst.FunctionDef, list[tuple[str, str, cst.BaseExpression]]]] = self.__dict__.setdefault("_flags_set_memo", {})
        held = memo.get(id(running))
        if held is not None and held[0] is running:
            return held[1]
        found: list[tuple[str, str, cst.BaseExpression]] = []
        for node in self.functions.flat.walk(running.body):
            kind = type(node)
            if kind is not cst.Call and kind is not cst.Assign:
                continue
            if isinstance(node, cst.Call) and isinstance(node.func, (cst.Name, cst.Attribute)):
                written = dotted(node.func) or ""
                positional = [arg.value for arg in node.args if arg.keyword is None and not arg.star]
                if written.endswith("._make") and len(positional) == 1 and isinstance(positional[0], (cst.List, cst.Tuple)):
                    # Pair._make([r["cin"], r["imgrtn_stus_cd"] in U]): the named tuple filled by position
                    written = written[: -len("._make")]
                    positional = [e.value for e in positional[0].elements]
                made = written.rsplit(".", 1)[-1]
                if made[:1].isupper():
                    found.extend(("keyword", f"{made}.{arg.keyword.value}", arg.value) for arg in node.args if arg.keyword is not None)
                    of_class = self.links.class_of(written) if positional else None
                    if of_class is not None and of_class[1].is_model:
                        # Subject(r["cin"], r["imgrtn_stus_cd"] in U): each value given by position fills that field
                        declared = of_class[0].functions.field_names(of_class[1])
                        found.extend(("keyword", f"{made}.{field}", value) for field, value in zip(declared, positional, strict=False))
                continue
            if not isinstance(node, cst.Assign) or len(node.targets) != 1:
                continue
            target = node.targets[0].target
            if isinstance(target, cst.Attribute) and isinstance(target.value, cst.Name):
                found.append(("attribute", target.attr.value, node.value))
            elif isinstance(target, cst.Subscript) and isinstance(target.value, cst.Name) and len(target.slice) == 1 \
                    and isinstance(target.slice[0].slice, cst.Index) and isinstance(target.slice[0].slice.value, cst.SimpleString):
                found.append(("key", str(string_value(target.slice[0].slice.value)), node.value))
        memo[id(running)] = (running, found)
        return found

    def keeps_status_in(self, cls: ClassInfo, attribute: str) -> bool:
        """A method of ``cls`` sets ``self.<attribute>`` only from the record's own status field
        (``self.status = row["imgrtn_stus_cd"]``, ``self.flag = m.immigration_status in U``): reading the
        attribute reads the status, whatever it is called."""
        memo: dict[tuple[str, str], bool] = self.__dict__.setdefault("_kept_status", {})
        if (cls.name, attribute) not in memo:
            values = [a.value for method in cls.methods.values() for a in walk(method.body) if isinstance(a, (cst.Assign, cst.AnnAssign))
                      and a.value is not None and any(
                          isinstance(t, cst.Attribute) and isinstance(t.value, cst.Name) and t.value.value == "self" and t.attr.value == attribute
                          for t in ([x.target for x in a.targets] if isinstance(a, cst.Assign) else [a.target]))]
            memo[(cls.name, attribute)] = bool(values) and all(self._reads_own_status(v) for v in values)
        return memo[(cls.name, attribute)]

    def _reads_own_status(self, value: cst.BaseExpression) -> bool:
        """``value`` reads a status field of a record (by attribute, key or ``.get``), no one else's."""
        read: list[str] = []
        for node in walk(value):
            if isinstance(node, cst.Attribute):
                read.append(node.attr.value)
            elif isinstance(node, cst.Subscript) and len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index) \
                    and isinstance(node.slice[0].slice.value, cst.SimpleString):
                read.append(str(string_value(node.slice[0].slice.value)))
            elif isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value == "get" and node.args \
                    and isinstance(node.args[0].value, cst.SimpleString):
                read.append(str(string_value(node.args[0].value)))
        return any(self.is_status_name(n) for n in read) and not any(self.vocabulary.someone_else(n) for n in read)

    def _true_constant(self, name: str) -> bool:
        """A module constant bound only to the literal ``True`` (``SEND_ALL = True``), never rebound by a function."""
        literal = self.index.constants.get(name)
        if not (isinstance(literal, cst.Name) and literal.value == "True" and name not in self.index.grown):
            return False
        return not self.rebound_at_run_time(name)

    def run_time_bindings(self, name: str) -> list[cst.BaseExpression] | None:
        """The values functions of the module that declare ``name`` global assign it (``global FILTER; FILTER =
        attrs.filters.include(...)``), in source order; None when one binds it otherwise (unpacked, in a loop,
        imported)."""
        out: list[cst.BaseExpression] = []
        for fn in walk(self.module):
            if not (isinstance(fn, cst.FunctionDef) and any(isinstance(n, cst.Global) and any(g.name.value == name for g in n.names)
                                                            for n in walk(fn.body))):
                continue
            for node in bindings_of(fn.body, name):
                if not (isinstance(node, cst.Assign) and len(node.targets) == 1 and isinstance(node.targets[0].target, cst.Name)):
                    return None
                out.append(node.value)
        return out

    def rebound_at_run_time(self, name: str) -> bool:
        """Some function of the module declares ``name`` global: the constant may be rebound at run time."""
        rebound = self.__dict__.get("_globals")
        if rebound is None:
            rebound = self.__dict__["_globals"] = _globals_of(self.module)
        return name in rebound

    def _read_syntax(self, node: cst.CSTNode) -> _SyntaxFound:
        """What of ``node`` decides whether it tests status whatever the state (an attribute, a key, a
        keyword, a field-named variable), the variables whose values may, and the calls that may."""
        visit = _Syntax(self.data.not_conditions, self.vocabulary.qualifies,
                        lambda name: self.vocabulary.classify(name) in _NOT_STATUS_HOLDERS or self._someone_elses_status(name),
                        self.data.managers | self.data.model_managers, self._true_constant)
        visit.read(node)
        # (a SQL query tests status by its WHERE, not by a status column in its select list)
        by_attribute = any(self.is_status_name(a) for a in visit.attributes)
        fixed = any(self._sql_chooses(t) if looks_like_query(t) else self.mentions_status_text(t) for t in visit.strings)
        fixed = fixed or any(self.lookup_tests_status(keyword) for keyword in visit.keywords)
        # a local name counts by its field names (the vocabulary), not by its words (an attribute's own name is counted
        # with the attributes: s.immigration_status)
        attribute_names = collections.Counter(visit.attributes)
        fixed = fixed or any(self.vocabulary.classify(name) in STATUS_CATEGORIES for name, count in collections.Counter(visit.names).items()
                             if count > attribute_names[name])
        fixed = fixed or any(self.is_status_name(model) and self.holds_status(column) for model, column in visit.model_columns)
        # check_citizenship(m) of a function the analysis cannot see: named for the field it reads (one it sees is
        # judged by its body, SPEC section 10: its result depends on such a field)
        fixed = fixed or any(self.vocabulary.classify(name) in STATUS_CATEGORIES and not self._visible_function(name) for name in visit.called)
        if by_attribute and not fixed:
            self._by_attribute_only.add(id(node))  # (s.immigration_status: whose status, the value of s says; round 516d)
        return (fixed or by_attribute, tuple(dict.fromkeys(visit.names)), tuple(visit.calls), tuple(dict.fromkeys(visit.reads)), tuple(dict.fromkeys(visit.keyed)),
                tuple(dict.fromkeys(visit.looked_up)), tuple(visit.positioned))

    def _sql_column_at(self, read: cst.Subscript, frame: Frame) -> Placement | None:
        """The SQL column ``row[2]`` reads, of a row of a query's result held by ``row`` (None for anything else)."""
        held = frame.env.get(read.value.value) if isinstance(read.value, cst.Name) else None
        if held is None or held.const or not held.placements:
            return None
        running = self._stack[-1] if self._stack else None
        loops = [n for n in walk(running) if isinstance(n, cst.For) and any(isinstance(t, cst.Name) and t.value == read.value.value for t in walk(n.target))
                 and any(inner is read for inner in walk(n.body))] if running is not None else []  # type: ignore[attr-defined]
        made = loops[-1].iter if loops else None
        if isinstance(made, cst.Call) and isinstance(made.func, cst.Attribute) and made.func.attr.value in _FRAME_ROWS and not (
                made.func.attr.value == "itertuples" and any(a.keyword is not None and a.keyword.value == "index" and false_literal(a.value) for a in made.args)):
            return None  # for row in df.itertuples(): row[0] is the index, the columns come after it (review 55a; not with index=False)
        got = self.expr.eval(read, frame)
        # (a query's column, or one of a frame's column list read with itertuples(index=False), round 405a)
        return got.placements[0] if len(got.placements) == 1 and got.placements[0].kind == "field" else None

    def calls_status_test(self, call: cst.Call, depth: int, frame: Frame | None = None) -> bool:
        """``call`` is of a function of this module (or of the project) whose result depends on a
        status field: ``def _is_target(m): return m.immigration_status in TARGETS``; also a lambda or a
        nested def bound in the function (``pred = lambda m: ...``)."""
        if depth >= MAX_TEST_DEPTH:
            return False
        name = call.func.value if isinstance(call.func, cst.Name) else call.func.attr.value if isinstance(call.func, cst.Attribute) else None
        if name is None:
            return False
        local = frame.env.get(name) if frame is not None and isinstance(call.func, cst.Name) else None
        if local is not None and local.function is not None:
            node = local.function.node
            body = node.body if isinstance(node, (cst.Lambda, cst.FunctionDef)) else None
            return body is not None and self.tests_status(body, Frame(env={}), depth + 1)  # type: ignore[arg-type]
        fn = self.index.functions.get(name) if isinstance(call.func, cst.Name) else None
        owner: ModuleAnalysis = self.m
        receiver = frame.env.get(call.func.value.value) if frame is not None and isinstance(call.func, cst.Attribute) and isinstance(call.func.value, cst.Name) else None
        # the class of the object the method is called on, of this module or another of the project
        found_cls = self.links.class_of(receiver.model) if receiver is not None and receiver.model is not None else None
        override = found_cls[0].functions.method_owner(found_cls[1], name) if found_cls is not None else None
        if override is not None:
            owner, _, fn = override  # self.accepts(m) run as IceExporter's: the method that class has (an override)
        # (region.in_scope(m.county_cd) is no call of the module's function in_scope: an attribute call is a
        # method; m.county_cd.upper() is a method of a value, not of a class of the module)
        if fn is None and isinstance(call.func, cst.Attribute) and isinstance(call.func.value, cst.Name) and (
                call.func.value.value in ("self", "cls") or receiver is None or receiver.model is None):
            for cls in self.index.classes.values():
                fn = cls.methods.get(name)
                if fn is not None:
                    break
        local_imports = (frame.imports or None) if frame is not None else None
        if fn is None and isinstance(call.func, cst.Name) and (name in self.index.imports or (local_imports is not None and name in local_imports)):
            # (also imported by the running function itself: def job(): from .util import in_scope)
            found = self.links.foreign(name, local_imports)
            if found is not None:
                owner, rest = found
                fn = owner.index.functions.get(rest)
        text = dotted(call.func) if fn is None and isinstance(call.func, cst.Attribute) else None
        head = text.partition(".")[0] if text is not None else ""
        if text is not None and head not in (frame.env if frame is not None else {}) and (
                head in self.index.imports or (frame is not None and head in frame.imports)):
            # repo.is_target(e) of `from pk import repo`: that module's function
            found = self.links.foreign(text, (frame.imports or None) if frame is not None else None)
            if found is not None and "." not in found[1]:
                owner, rest = found
                fn = owner.index.functions.get(rest)
        if fn is None and frame is not None:
            return self._value_tests_status(call, depth, frame)
        if fn is None:
            return False
        if override is not None and found_cls is not None and is_stub(fn):
            # an abstract hook (raise NotImplementedError) run as the base class's: the subclasses of the
            # module that fill it in decide (class StatusScopedSync(BaseSync): def _should_send(...))
            base = override[1].name
            return any(base in c.bases and name in c.methods and self._body_tests_status(owner.population, c.methods[name], depth)
                       for c in owner.index.classes.values())
        return self._body_tests_status(owner.population, fn, depth) or (frame is not None and self._tests_given_row(owner, fn, call, depth, frame))

    def _tests_given_row(self, owner: "ModuleAnalysis", fn: cst.FunctionDef, call: cst.Call, depth: int, frame: Frame) -> bool:
        """``_in_scope(row)`` with ``def _in_scope(row): return row[2] in U``: the helper (of this module, round 400a, or of
        another module of the project, round 512d) reads by position a query's row the call gives it, and that column is a
        status column."""
        params = [p.name.value for p in fn.params.params]
        given: dict[str, Val] = {}
        for position, arg in enumerate(call.args):
            named = params + [p.name.value for p in fn.params.kwonly_params]
            param = arg.keyword.value if arg.keyword is not None and arg.keyword.value in named else params[position] \
                if arg.keyword is None and position < len(params) else None
            if param is not None and not arg.star:
                held = self.expr.eval(arg.value, frame)
                if any(p.detail.startswith(SQL_COLUMN) for p in held.placements):
                    given[param] = held if owner is self.m else translate(held, self.m.module_id, owner.module_id)
        return bool(given) and owner.population.tests_status(fn.body, Frame(env=given), depth + 1)  # type: ignore[arg-type]

    def is_population_filter(self, call: cst.Call, qual: str | None, frame: Frame) -> bool:
        """A call of a function named for choosing people unlawfully present (``is_unlawfully_present``,
        ``removability_check``), or configured with ``--medicaid-population-filters``; ``filter(pred, xs)``
        with such a predicate or one that tests a status field."""
        name = dotted(call.func)
        if self.rules.population_filters and isinstance(call.func, cst.Attribute) and self._configured_method(call.func, frame):
            return True
        if name is None:
            # Member.objects.filter(active=True).unlawfully_present(): a method named for it, chained after calls
            return isinstance(call.func, cst.Attribute) and self.is_filter_word_name(call.func.attr.value)
        imported = self.index.qualify(name, frame.imports or None) if "." not in name and name not in frame.env else None
        # from .filters import is_unlawfully_present as in_scope: the function's own name counts, not the alias
        last = (imported or name).rsplit(".", 1)[-1]
        if self.is_filter_word_name(last) and not (isinstance(call.func, cst.Name) and self.links.class_of(call.func.value) is not None):
            return True  # (RemovableReport(path) makes an object of a class of the project: it chooses no one)
        configured = self.rules.population_filters
        if configured:
            qualified = qual or self.index.qualify(name) or name
            if qualified in configured or name in configured or any(c.endswith("." + name) for c in configured):
                return True
        if name in _PREDICATE_FILTERS and name.split(".")[0] not in frame.env and call.args and name not in self.index.functions:
            predicate = call.args[0].value
            if isinstance(predicate, cst.Lambda):
                return self.tests_status(predicate.body, frame)
            if isinstance(predicate, cst.Name) and predicate.value == "None" and len(call.args) > 1:
                # filter(None, map(referral_or_none, applicants)): what a status test turned into None is dropped
                mapped = call.args[1].value
                if isinstance(mapped, cst.Call) and dotted(mapped.func) == "map" and mapped.args:
                    return self.tests_status(cst.Call(func=mapped.args[0].value), frame)
                return False
            return self.tests_status(cst.Call(func=predicate), frame)
        return False

    def _configured_method(self, func: cst.Attribute, frame: Frame) -> bool:
        """``ReferralPolicy().select(rows)`` or ``policy.select(rows)`` (``policy`` an object of that class)
        with ``agency.rules.ReferralPolicy.select`` configured as a population filter."""
        owner = func.value
        written: str | None = None
        if isinstance(owner, cst.Call):
            written = dotted(owner.func)
        elif isinstance(owner, cst.Name) and owner.value in frame.env:
            held = frame.env[owner.value]
            written = held.model
            if not written:
                # roster = Roster(year=2026) of a class the analysis cannot see: the names it was made by
                return any(self._configured_class(label, func.attr.value) for label in sorted(held.labels) if label[:1].isalpha())
        if not written:
            return False
        return self._configured_class(written, func.attr.value)

    def _configured_class(self, written: str, method: str) -> bool:
        """``written.method`` (a class as this module writes it) is configured as a population filter."""
        written = written.rsplit(":", 1)[-1]
        configured = self.rules.population_filters
        if written in self.index.classes and self.index.name:
            # a class of this module: this module's name qualifies it (another module's class of the same name is another class)
            return f"{self.index.name}.{written}.{method}" in configured
        qualified = self.index.qualify(written)
        short = f"{written.rsplit('.', 1)[-1]}.{method}"
        return (qualified is not None and f"{qualified}.{method}" in configured) or any(c == short or c.endswith("." + short) for c in configured)

    def _values_by_person(self, func: cst.Attribute) -> bool:
        """``.values("cin", "dob").annotate(...)``: grouped by a person's identifier, one row per person."""
        receiver = func.value
        while isinstance(receiver, cst.Call) and isinstance(receiver.func, cst.Attribute):
            if receiver.func.attr.value == "values":
                names = [string_value(a.value) for a in receiver.args if isinstance(a.value, cst.SimpleString)]
                return any(isinstance(n, str) and self.is_person_id(n) for n in names)
            receiver = receiver.func.value
        return False

    def _table_of_counts(self, node: cst.Call) -> bool:
        """A cross table or pivot table whose rows are not people (``index=`` names no person's
        identifier; a crosstab's first argument is no identifier column) and whose cells are numeric
        reductions (``aggfunc`` absent, or only ``numeric_reductions``; a crosstab without ``values``)."""
        keyed = {a.keyword.value: a.value for a in node.args if a.keyword is not None}
        aggfunc = keyed.get("aggfunc")
        if aggfunc is not None and not _reductions(cst.Call(func=cst.Name("agg"), args=[cst.Arg(aggfunc)])) <= self.data.numeric_reductions:
            return False
        if any(self._names_a_person(v) for k, v in keyed.items() if k in ("columns", "index")):
            return False  # columns="msis_ident_num": a column per person, each that person's numbers
        plain = [a.value for a in node.args if a.keyword is None and not a.star]
        crosstab = "crosstab" in (dotted(node.func) or "")
        if crosstab and len(plain) > 1 and self._names_a_person(plain[1]):
            return False  # pd.crosstab(df["month"], df["cin"]): a column per person
        rows: cst.BaseExpression | None = keyed.get("index")
        if rows is None:
            # pd.crosstab(rows, cols); pd.pivot_table(df, values, index); df.pivot_table(values, index)
            is_method = isinstance(node.func, cst.Attribute) and (dotted(node.func) or "").rpartition(".")[0] not in ("pd", "pandas")
            at = (0 if crosstab else 1 if is_method else 2)
            rows = plain[at] if len(plain) > at else None
            if rows is None:
                return False
        texts = _column_texts(rows)
        return bool(texts) and not any(self._identifies_person(t) for t in texts)

    def _distinct_of_groups(self, func: cst.Attribute) -> bool:
        """``qs.values_list("county", flat=True).distinct()``: the distinct values of columns that do not
        tell one person from another (read from the ``values``/``values_list`` before it)."""
        node: cst.BaseExpression = func.value
        while isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute):
            if node.func.attr.value in ("values", "values_list"):
                named = [string_value(a.value) for a in node.args if a.keyword is None and isinstance(a.value, cst.SimpleString)]
                plain = [a for a in node.args if a.keyword is None]
                return bool(named) and len(named) == len(plain) and not any(isinstance(n, str) and self._identifies_person(n) for n in named)
            node = node.func.value
        return False

    def _names_a_person(self, node: cst.BaseExpression) -> bool:
        """``node`` (a string, a list of strings, or ``df["col"]``) names a column that identifies a person."""
        return any(self._identifies_person(t) for t in _column_texts(node))

    def keys_a_record(self, column: str) -> bool:
        """A column that tells one person's, claim's or case's rows from another's (``cin``, ``claim_id``,
        ``case_num``): a group by it is one record's, not a figure about many."""
        return self._identifies_person(column) or any(word in self.data.record_key_words for word in name_words(column)[-1:])

    def _identifies_person(self, column: str) -> bool:
        """A column whose value tells one person from another: an identifier (``msis_ident_num``), or a
        person's name, SSN or date of birth (``groupby(["last_name", "birth_dt"])`` is one group per
        person; ``program_name``, ``region_name`` and ``birth_year`` are not)."""
        if self.is_person_id(column):
            return True
        category = self.vocabulary.classify(column)
        words = set(self.vocabulary.tokens(column))
        if category == "name":
            return words <= _PERSON_NAME_WORDS
        if category == "date_of_birth":
            return not words & {"year", "yr", "month", "mo", "age", "decade"}
        return category in _PERSON_KEYS

    def _grouped_by_person(self, func: cst.Attribute) -> bool:
        """A ``groupby`` in the chain of ``func`` whose key is a person's identifier (``groupby("cin")``):
        one group per person, each group that person's record."""
        receiver: cst.BaseExpression = func.value
        while isinstance(receiver, (cst.Call, cst.Attribute, cst.Subscript)):
            if isinstance(receiver, cst.Call) and isinstance(receiver.func, cst.Attribute) and receiver.func.attr.value in ("groupby", "group_by"):
                keys = [string_value(e.value) for a in receiver.args[:1] for e in (a.value.elements if isinstance(a.value, (cst.List, cst.Tuple)) else [a])
                        if isinstance(e.value, cst.SimpleString)]
                return not keys or any(isinstance(k, str) and self.is_person_id(k) for k in keys)
            receiver = receiver.func if isinstance(receiver, cst.Call) else receiver.value
        return False

    def _frame_annotated(self, fn: cst.FunctionDef, name: str) -> bool:
        """The parameter ``name`` of ``fn`` is annotated ``pd.DataFrame`` (or a polars one)."""
        params = [*fn.params.posonly_params, *fn.params.params, *fn.params.kwonly_params]
        param = next((p for p in params if p.name.value == name), None)
        if param is None or param.annotation is None:
            return False
        qual = self.index.qualify(dotted(unwrap_annotated(param.annotation.annotation)) or "") or ""
        return qual in ("pandas.DataFrame", "pandas.core.frame.DataFrame", "polars.DataFrame")

    def builds_status_lookup(self, value: cst.BaseExpression, frame: Frame) -> bool:
        """``value`` builds ORM lookups on a status field (``Q(immigration_status=c)`` somewhere in it,
        combined by ``reduce`` or a comprehension): a condition kept for a filter later."""
        if not isinstance(value, (cst.Call, cst.BinaryOperation)):
            return False
        if "_imports_q" not in self.__dict__:
            self._imports_q = any(q.endswith(".Q") for q in self.index.imports.values())
        if not self._imports_q:
            return False  # only where Q is imported (the check walks the expression)
        known: dict[cst.CSTNode, bool] = self.__dict__.setdefault("_status_lookups", {})
        if value not in known:  # a function run again (other arguments, another round) asks again
            known[value] = any(
                a.keyword is not None and self.lookup_tests_status(a.keyword.value) and (dotted(c.func) or "").rsplit(".", 1)[-1] == "Q"
                for c in calls_in(value) for a in c.args
            )
        return known[value]

    def _custom_query_chooses(self, func: cst.Attribute, frame: Frame | None = None) -> bool:
        """``Member.objects.referrable()`` (or ``...filter(...).referrable()``, or ``qs.referrable()`` of a
        queryset the function holds): a method of the model's own QuerySet or Manager class (``objects =
        MemberQuerySet.as_manager()``) whose body filters on a status field (SPEC section 10: a project
        function that tests such a field)."""
        return any(self._filters_status(found) for found in self._query_methods(func, frame))

    def _custom_query_annotations(self, func: cst.Attribute, frame: Frame) -> frozenset[str]:
        """``Enrollee.objects.with_latest_status()`` of a QuerySet method whose body annotates the person's status
        (``self.annotate(latest_status=Subquery(...values("imgrtn_stus_cd")[:1]))``): the labels saying which
        annotations hold it (a filter on one later is a condition on status)."""
        out: set[str] = set()
        for home, method in self._query_methods(func, frame):
            for call in calls_in(method):
                if isinstance(call.func, cst.Attribute) and call.func.attr.value in ("annotate", "alias"):
                    out |= {STATUS_COLUMN + a.keyword.value for a in call.args if a.keyword is not None
                            and home.population._selects_status(a.value, frame, method)}
        return frozenset(out)

    def _query_methods(self, func: cst.Attribute, frame: Frame | None) -> "list[tuple[ModuleAnalysis, cst.FunctionDef]]":
        """The methods named ``func.attr`` of the QuerySet or Manager classes the receiver of ``func`` may be of
        (the model's managers, or the class a queryset the function holds was made by)."""
        chain = _chain(func.value)
        root = root_name(func.value)
        if root is not None and frame is not None and root in frame.env and not any(part in self.data.managers for part in chain):
            held = frame.env[root]
            root = self.queryset_model(held)  # qs = Applicant.objects.pending(); qs = qs.noncitizen()
            if root is None:
                # qs = Member.objects.active() of a manager method returning a MemberQuerySet: that class's methods
                classes = (self.links.class_of(label) for label in sorted(held.labels) if label[:1].isupper() and "." not in label)
                # (only a QuerySet or Manager class: self.pick() of a view or a job is the method's own answer, each of
                # its returns as it is, review 51c: a filtered branch hid an unfiltered one)
                return [m for m in (_query_method(found, func.attr.value) for found in classes if found is not None and self._query_class(found))
                        if m is not None]
        elif root is None or not any(part in self.data.managers for part in chain):
            return []
        model = self.links.class_of(root)
        if model is None:
            return []
        owner, cls = model
        found_methods = []
        for manager in self.data.managers:
            made = cls.constants.get(manager)
            if isinstance(made, cst.Call) and isinstance(made.func, cst.Attribute) and made.func.attr.value == "as_manager":
                made = made.func.value  # MemberQuerySet.as_manager()
            elif isinstance(made, cst.Call):
                made = made.func  # MemberManager()
            name = dotted(made) if made is not None else None
            found = owner.links.class_of(name) if name is not None else None
            method = _query_method(found, func.attr.value) if found is not None else None
            if method is not None:
                found_methods.append(method)
        return found_methods

    def _query_class(self, found: "tuple[ModuleAnalysis, ClassInfo]", depth: int = 0) -> bool:
        """The class is a QuerySet or Manager class (``class MemberQuerySet(models.QuerySet)``, ``CaseQS(BaseQS)`` of a
        project base that is one, ``SafeDeleteQueryset``, ``QuerySet as QS``), by its name or its bases' (resolved
        through imports and the project's classes)."""
        owner, cls = found
        names = [cls.name, *cls.bases, *((owner.index.qualify(b) or b) for b in cls.bases)]
        if any(n.rsplit(".", 1)[-1].lower().endswith(("queryset", "manager")) for n in names):
            return True
        if depth >= 4:
            return False
        for base in cls.bases:
            parent = owner.links.class_of(base)
            if parent is not None and parent[1] is not cls and self._query_class(parent, depth + 1):
                return True
        return False

    @staticmethod
    def _filters_status(method: "tuple[ModuleAnalysis, cst.FunctionDef] | None") -> bool:
        """A method of a QuerySet or Manager class whose body filters on a status field."""
        home = method[0].population if method is not None else None
        return method is not None and home is not None and any(
            (any(a.keyword is not None and home.lookup_tests_status(a.keyword.value) for a in call.args) and not home._builds_a_record(call))
            # self.filter(scope_q()), self.filter(Q(...) | Q(...)), q = scope_q(); self.filter(q),
            # self.filter(**noncitizen_filter()): a condition built by a helper or in place
            or (isinstance(call.func, cst.Attribute) and call.func.attr.value in home.data.filters
                and any(a.keyword is None and a.star != "*" and home.tests_status(_assigned_once(method[0], method[1], a.value), Frame(env={}))
                        for a in call.args))
            for call in calls_in(method[1]))

    def chooses(self, node: cst.Call, args: "list[tuple[cst.Arg, Val]]", frame: Frame, ids: bool = True,
                known_labels: frozenset[str] = frozenset()) -> bool:
        """A filter call whose arguments test a status field (keyword, ``Q(...)``, comparison, mask), or
        look up the people the caller chose by their identifiers (``.filter(pk__in=ids)``)."""
        if any(a.keyword is not None and a.keyword.value in ("items", "like", "regex") for a, _ in args):
            return False  # df.filter(items=["cin", "imgrtn_stus_cd"]): pandas picks columns, no row is chosen
        annotated = _annotations(node)
        if (isinstance(node.func, cst.Attribute) and any(a.keyword is not None and self._status_model_lookup(a.keyword.value) for a, _ in args)
                and self._status_model_query(node.func)):
            return True  # ImmigrationStatus.objects.filter(code__in=...): rows of the status table, chosen by a column of it
        for arg, val in args:
            if arg.keyword is not None and arg.keyword.value.split("__")[0] in annotated:
                held_by = annotated[arg.keyword.value.split("__")[0]]
                if self._someone_elses_subquery(held_by, frame):
                    continue  # .annotate(g=Subquery(events.filter(enrollee=OuterRef("guardian"))...)): the guardian's
                if self.tests_status(held_by, frame):
                    return True  # .annotate(in_scope=Case(When(immigration_status__in=...))).filter(in_scope=True)
                if self._selects_status(held_by, frame):
                    return True  # .annotate(latest_status=Subquery(events.values("imgrtn_stus_cd")[:1])).filter(latest_status__in=U)
            parts = arg.keyword.value.split("__") if arg.keyword is not None else []
            if arg.keyword is not None and self.lookup_tests_status(arg.keyword.value):
                return True
            if parts and (STATUS_COLUMN + parts[0] in known_labels or (
                    isinstance(node.func, cst.Attribute) and STATUS_COLUMN + parts[0] in self._receiver_labels(node.func.value, frame))):
                return True  # with_latest_status().filter(latest_status__in=U): an annotation of the person's status
            if arg.star == "**" and val.items is not None and any(self.lookup_tests_status(key) for key in val.items):
                return True  # .filter(**{"immigration_status__in": [...]}): the same lookups, kept in a dict
            if CONDITIONS_MARK in val.labels:
                return True  # .where(*conditions), .filter(**lookups): conditions kept in a collection
            joined = arg.value.func if isinstance(arg.value, cst.Call) else None
            if STATUS_MARK in val.labels and joined is not None and (dotted(joined) or "").rsplit(".", 1)[-1] in self.data.combinators:
                return True  # .where(and_(*conditions)): conditions joined, one of which tests status
            root = arg.value.value if isinstance(arg.value, cst.Subscript) else arg.value  # .where(conds[0])
            held = frame.env.get(root.value) if isinstance(root, cst.Name) and arg.keyword is None else None
            if held is not None and CONDITIONS_MARK in held.labels:
                return True  # .filter(*conditions), spread element by element: the collection holds a status condition
            if ids and parts and not val.bulk and self._one_person_lookup(parts, arg.value):
                return True  # .get(pk=...), .filter(member_id__in=ids), .filter(member=member): the people the caller chose
            if ids and arg.keyword is None and not val.bulk and self.expr.one_person(arg.value, frame):
                return True  # .where(Address.member_id == member.id): one person's rows
            literal = isinstance(arg.value, cst.SimpleString) or (isinstance(arg.value, (cst.Tuple, cst.List, cst.Set))
                                                                  and all(isinstance(e.value, cst.SimpleString) for e in arg.value.elements))
            if literal and arg.keyword is not None and self._someone_elses_status(arg.keyword.value):
                continue  # .filter(spouse__immigration_status="UNLAWFUL"): the spouse's status, no condition on the member
            if arg.keyword is not None and isinstance(arg.value, cst.Name) and arg.value.value.isupper() and arg.value.value not in frame.env:
                # .filter(guardian_citizenship_status__in=NON_CITIZEN), .filter(county__in=IMMIGRATION_HOLD_COUNTIES): the
                # keyword says which field is tested (checked above); the constant's own name tests nothing
                continue
            exists = _exists_of(arg.value) if arg.keyword is None else None
            helper = self._returned_by_helper(arg.value, frame, None) if arg.keyword is None and exists is None else None
            returned = _exists_of(helper[1]) if helper is not None else None
            outer = root_name(node.func) if isinstance(node.func, cst.Attribute) else None
            outer = outer if outer is not None and outer[:1].isupper() else None
            if helper is not None and returned is not None and self._someone_elses_subquery(returned, frame, helper[0], outer):
                continue  # .filter(household_flag()) of def household_flag(): return Exists(HouseholdMember.objects.filter(...))
            if exists is not None and self._someone_elses_subquery(exists, frame, outer=outer):
                # .filter(Exists(Member.objects.filter(household=OuterRef("household"), imgrtn_stus_cd__in=U))): whether
                # someone of the household has that status, no condition on the member's own
                continue
            if self.tests_status(arg.value, frame):
                return True
        return False

    def _status_model_query(self, func: cst.Attribute) -> bool:
        """``func`` is a query method of a model named for the immigration status or citizenship
        category (``ImmigrationStatus.objects.filter``): its lookups are on that model's columns."""
        chain = method_chain(func)
        root = root_name(func)
        return root is not None and root[:1].isupper() and any(part in self.data.managers for part in chain) and self.is_status_name(root)

    def _status_model_lookup(self, keyword: str) -> bool:
        """A lookup on a model named for status that tests the column holding the status (``code__in``,
        ``status=``), not a relation (``member__county_code``) or a timestamp (``updated_at__gte``)."""
        parts = [p for p in keyword.split("__") if p]
        # a column of the model with its lookups, not a relation to another model (member__county_code)
        return bool(parts) and self.holds_status(parts[0]) and all(p in _LOOKUP_SUFFIXES for p in parts[1:])

    def _chosen_query(self, node: cst.BaseExpression, frame: Frame) -> bool:
        """A SQL text (written here, or a constant or variable holding one) whose conditions test status."""
        if not isinstance(node, (cst.Name, cst.Attribute, cst.SimpleString, cst.ConcatenatedString, cst.FormattedString)):
            return False
        val = self.expr.eval(node, frame)
        texts = _texts_of(val)
        return bool(texts) and all(looks_like_query(t) and self._sql_chooses(t) for t in texts)

    def _query_chooses(self, args: "list[tuple[cst.Arg, Val]]", frame: Frame) -> bool:
        """A query handed to a source (``session.execute(select(...).where(...))``, ``coll.find({...})``)
        that tests a status field, or a SQL text whose conditions do."""
        for arg, val in args[:1]:
            # sql = SQL, then `if county: sql += " AND county = %s"`: each text it may be must choose (one
            # way's status clause marks the joined value, but the other way's text sends everyone)
            texts = _texts_of(val)
            if texts and all(looks_like_query(t) for t in texts):
                return all(self._sql_chooses(t) for t in texts)
            if STATUS_MARK in val.labels:
                return True  # session.execute(text(SQL)) whose SQL chooses; execute(select(...).where(...))
            if texts and val.const:
                continue  # read_sql_table("unlawful_present_members", ...): a table's name tests no field
            document = self._document(arg.value, frame)  # query = {...}; coll.find(query): the literal it holds
            if self.tests_status(document, frame):
                return True
            if isinstance(document, cst.Dict) and any(self._document_names_one(e.key, e.value, frame) for e in document.elements if isinstance(e, cst.DictElement)):
                return True  # coll.find({"cin": inquiry["cin"]}): the person the caller named (SPEC section 10: not bulk)
            if isinstance(document, cst.Dict) and self._one_persons_search(document, frame):
                return True  # Patient.where(struct={"family": member.last_name, "birthdate": member.dob}): that member
        # repo.find(cin=inquiry["cin"]), repo.find(imgrtn_stus_cd__in=[...]): likewise by keyword
        return any(arg.keyword is not None and (self.lookup_tests_status(arg.keyword.value) or (
            not val.bulk and not (isinstance(arg.value, cst.Name) and arg.value.value in ("None", "True", "False"))
            and self._one_person_lookup(arg.keyword.value.split("__"), arg.value)) or (
            arg.keyword.value in self.data.person_key_keywords and self._keyed_by_person(arg.value, val))) for arg, val in args)

    def _document(self, node: cst.BaseExpression, frame: Frame) -> cst.BaseExpression:
        """The dict literal a variable of the running function was bound to once (``query = {...}``), else ``node``."""
        if isinstance(node, cst.Name) and node.value in frame.env:
            return self.functions.literal_bound_once(node.value, (cst.Dict,)) or node
        if isinstance(node, cst.Name) and node.value not in self.index.grown and isinstance(self.index.constants.get(node.value), cst.Dict):
            return self.index.constants[node.value]  # IN_SCOPE_FILTER = {...} of the module
        return node

    def _given_by_caller(self, name: str) -> bool:
        """``name`` is a parameter of the running function (what its caller chose)."""
        running = self._stack[-1] if self._stack else None
        return isinstance(running, cst.FunctionDef) and name in param_names(running)

    def _document_names_one(self, key: cst.BaseExpression, value: cst.BaseExpression, frame: Frame) -> bool:
        """A filter document's entry on a person's identifier (``{"cin": cin}``, ``{"_id": ObjectId(oid)}``,
        ``{"member_id": {"$in": member_ids}}``: the people the caller chose)."""
        text = string_value(key) if isinstance(key, cst.SimpleString) else None
        if not isinstance(text, str) or not text:
            return False
        if isinstance(value, cst.Dict):
            operator = value.elements[0] if len(value.elements) == 1 else None
            if not (isinstance(operator, cst.DictElement) and isinstance(operator.key, cst.SimpleString) and string_value(operator.key) in ("$in", "$eq")):
                return False  # {"cin": {"$exists": True}}, {"$ne": None}, {"$regex": ...}: everyone with one
            value = operator.value  # {"cin": {"$in": cins}}: the identifiers given
            if isinstance(value, cst.Name) and not self._given_by_caller(value.value):
                return False  # cins = coll.distinct("cin"): every identifier there is, no one chosen
        if text == "_id" and isinstance(value, cst.Call) and (dotted(value.func) or "").rsplit(".", 1)[-1] == "ObjectId":
            return True  # {"_id": ObjectId(oid)}: one document
        key_name = "id" if text == "_id" else text
        if text in self.data.person_search_keys and not self.expr.eval(value, frame).bulk:
            # {"identifier": cin}, {"identifier": member.cin}, {"identifier": f"{SYSTEM}|{cin}"}: the person the function holds
            parts: list[cst.BaseExpression] = [value]
            if isinstance(value, cst.FormattedString):
                # f"{SYSTEM}|{cin}": the identifier after the system (f"{SYSTEM}|" alone matches everyone in that system)
                bar = max((i for i, p in enumerate(value.parts) if isinstance(p, cst.FormattedStringText) and "|" in p.value), default=-1)
                parts = [p.expression for p in value.parts[bar + 1:] if isinstance(p, cst.FormattedStringExpression)]
            if any((isinstance(p, cst.Name) and p.value in frame.env) or (_one_field_read(p) or "") in frame.env for p in parts):
                return True
        return not self.expr.eval(value, frame).bulk and (self._one_person_lookup([key_name], value) or (
            self.is_person_id(key_name) and isinstance(value, cst.Name) and value.value in frame.env))

    def _one_persons_search(self, document: cst.Dict, frame: Frame) -> bool:
        """A search document that identifies one person the function holds: their name and date of birth, every
        value a field of that person (``{"family": member.last_name, "birthdate": member.dob}``), a lookup. An
        address, a town, a county or a plan is many people's (``{"address-postalcode": member.zip_code}``)."""
        roots: set[str] = set()
        kinds: set[str | None] = set()
        for element in document.elements:
            value = element.value if isinstance(element, cst.DictElement) else None
            read = _one_field_read(value) if value is not None else None
            key = string_value(element.key) if isinstance(element, cst.DictElement) and isinstance(element.key, cst.SimpleString) else None
            if read is None or not isinstance(key, str):
                return False
            roots.add(read)
            kinds.add("date_of_birth" if key == "birthdate" else "name" if key in ("family", "given") else self.vocabulary.classify(key))
        if not ({"date_of_birth", "name"} <= kinds) or not kinds <= {"date_of_birth", "name", "medicaid_id", "ssn"}:
            return False
        root = roots.pop() if len(roots) == 1 and len(document.elements) > 1 else None
        held = frame.env.get(root) if root is not None else None
        return held is not None and not held.bulk and self.is_person_noun(root) and not self.is_plural_person(root)  # type: ignore[arg-type]

    def _sql_chooses(self, sql: str) -> bool:
        """A SQL text whose conditions test a status column (or pick people by their identifiers)."""
        found = conditions(sql, self.is_person_id, self._identifies_person)
        if found is None:
            return self.mentions_status_text(_conditions_text(sql))
        return found.lookup or self._tests_status_columns(found)

    def _tests_status_columns(self, found: Conditions) -> bool:
        """The conditions of a query test a status column: one named for status, or the column of a
        table named for status that holds the status (``s.code`` of ``JOIN immigration_status s``; not
        its key or its timestamps). Of a ``UNION``, each query must."""
        if found.branches:
            return all(b.lookup or self._tests_status_columns(b) for b in found.branches)
        return any(self.is_status_name(c) for c in found.columns) or any(
            self.is_status_name(table) and self.holds_status(column) for table, column in found.tables)

    def holds_status(self, column: str) -> bool:
        """A column of a status table or model that says something of the status (``code``,
        ``description``, ``lawful``): not its key (``id``, ``cin``) nor when or by whom it was recorded."""
        words = name_words(column)
        # s.code IN (...), s.description = '...', s.lawful = false; s.id IN (2, 5) of a table of statuses picks
        # statuses; not s.cin IS NULL (a person's key), s.updated_at, s.is_current, s.county or s.county_cd (a
        # code or flag of something else: a word before the last names it, other_code_words)
        if not words or any(w in self.data.other_code_words for w in words[:-1]):
            return self.is_status_name(column)
        if words[-1] in self.data.status_columns:
            return True
        # lawful_ind, qualified_flag: a yes-or-no column says the status only with a word of it before (not
        # delete_flag or current_flag, which say which row); alone (flag, name) it is the table's own
        if words[-1] in self.data.status_flags:
            return len(words) == 1 or any(w in self.data.status_columns or self.is_status_name(w) for w in words[:-1])
        return self.is_status_name(column) or column.lower() in self.data.id_words

    def status_test(self, test: cst.BaseExpression, read: frozenset[Bulk], frame: Frame) -> frozenset[Bulk] | None:
        """The bulk sources an ``if`` test chooses among: those it read; every one when it read none but
        holds a condition kept in a variable or calls a population filter (``if removable:``, ``if
        is_unlawfully_present(x):``). None when it is not a condition on status, or tests only a setting
        (``if cfg.immigration_status_check:`` reads no record)."""
        if not self.tests_status(test, frame):
            return None
        if read:
            return read
        marked = any(STATUS_MARK in frame.env[n.value].labels for n in names_in(test) if n.value in frame.env)
        calls = any(isinstance(c, cst.Call) for c in calls_in(test))
        syntax = self._syntax.get(id(test))
        properties = syntax is not None and any(self._property_tests(a, 0, self._model_of(b, frame)) for b, a in syntax[3])  # if e.in_scope:
        # m = requests.get(STATE_LOOKUP + cin).json(); if m["immigration_status"] ...: the record of the one
        # looked up in this iteration (an answer carries no source of its own)
        answered = syntax is not None and any(base in frame.env and _answered(frame.env[base]) and self.is_status_name(key) for base, key in syntax[4])
        # immigration_status = _status_of(p); if immigration_status not in UNLAWFUL: -- a variable named for the status
        # field, made here from what the record holds (SPEC section 6: a variable named like a field carries that name)
        named = any(n.value in frame.env and self.is_status_name(n.value) and not frame.env[n.value].const for n in names_in(test))
        return frozenset() if marked or calls or properties or answered or named else None

    def strip_env(self, env: dict[str, Val] | None, sources: frozenset[Bulk], test: cst.BaseExpression, frame: Frame) -> dict[str, Val] | None:
        """The state with ``sources`` (all, when empty) dropped from the record being tested: every value
        made in the loop body (or the function, outside a loop), and what the test reads. A container
        that outlives the loop iteration (``batch`` filled before the test) keeps them: the test did not
        choose what was put in it earlier."""
        if env is None:
            return None
        outer = (frame.loop_outer or frozenset()) - frame.iteration_bound  # bound before the loop, not rebound in this iteration
        read = {n.value for n in names_in(test)}
        out = {}
        for name, val in env.items():
            keys = frame.iteration_keys.get(name)
            # rec = {} before the loop, each of its keys set again in this iteration: this iteration's record
            # (after rec.clear(), what was set since, under an if too: keys only, "\x00*" says it was emptied)
            renewed = bool(keys) and bool(val.placements) and all(p.key is not None and p.key in keys for p in val.placements)  # type: ignore[operator]
            if name not in outer or name in read or renewed:
                val = _without_bulk(val, sources)
            out[name] = val
        return out


def _known(val: Val) -> bool:
    """``val`` carries something the analysis knows of it (a field, a model, a client, a function, texts,
    elements of which one does)."""
    return bool(val.names or val.placements or val.objects) or val.model is not None or val.client is not None \
        or val.items is not None or val.function is not None or (val.elements is not None and any(_known(e) for e in val.elements))


def _without_bulk(val: Val, sources: frozenset[Bulk]) -> Val:
    """``val`` without the bulk ``sources`` (all, when empty), its object's attributes too (``e =
    Enrollee(r)``, then ``if e.immigration_status ...``: ``e.cin`` is the chosen record's)."""
    attrs = val.attrs
    if attrs is not None and any(v.bulk for _, v in attrs):
        attrs = tuple((k, _without_bulk(v, sources)) for k, v in attrs)
    elements = val.elements
    if elements is not None and any(e.bulk or e.elements or e.attrs for e in elements):
        # a tuple row (cid, status = row): its columns are the chosen record's too
        elements = tuple(_without_bulk(e, sources) for e in elements)
    if not val.bulk and attrs is val.attrs and elements is val.elements:
        return val
    return replace(val, bulk=val.bulk - sources if sources else frozenset(), attrs=attrs, elements=elements)


#: categories of fields that cannot hold the person's own status (another person's fields, places,
#: contact details): a status literal compared with one tests that field (a parent's status, a county)
_NOT_STATUS_HOLDERS = frozenset({"household", "contact_person", "address", "phone", "email", "name", "date_of_birth", "medicaid_id", "ssn"})
#: rows grouped or indexed by a status column (``df.groupby("immigration_status")``): picking one group chooses
STATUS_GROUPS_MARK = "<grouped by status>"


#: the lookups Django writes after a column (code__in, status__iexact)
_LOOKUP_SUFFIXES = frozenset({"exact", "iexact", "in", "contains", "icontains", "startswith", "istartswith", "endswith", "iendswith", "regex",
                              "iregex", "ne", "range", "gt", "gte", "lt", "lte", "isnull"})

#: what of an expression may make it a status test: (a status field read whatever the state, the
#: variables read, the calls made, the attributes read with their variable, the constant keys read with theirs)
#: methods of a DataFrame whose rows put the index first (``row[0]``), the columns after it (``iterrows`` gives the
#: index apart: ``for i, row in df.iterrows()``, ``row[2]`` is the third column)
_FRAME_ROWS = frozenset({"itertuples"})
_SyntaxFound = tuple[bool, tuple[str, ...], tuple[cst.Call, ...], tuple[tuple[str | None, str], ...], tuple[tuple[str, str], ...], tuple[str, ...],
                     tuple[cst.Subscript, ...]]


#: calls that decode a text back into the records it was made of (``json.loads(frame.to_json(...))``)
_DECODERS = frozenset({"json.loads", "orjson.loads", "ujson.loads", "simplejson.loads", "list", "dict", "tuple"})


class _Syntax:
    """The parts of an expression that may make it a status test."""

    def __init__(self, not_conditions: frozenset[str] = frozenset(), qualifies: "Callable[[str, str], bool] | None" = None,
                 other_field: "Callable[[str], bool] | None" = None, managers: frozenset[str] = frozenset(),
                 true_name: "Callable[[str], bool] | None" = None) -> None:
        self.not_conditions = not_conditions
        #: a name bound only to a literal that is always true (SEND_ALL = True at module level)
        self.true_name = true_name or (lambda name: False)
        self.managers = managers  # objects, query: a model's manager, not a column
        self.qualifies = qualifies or (lambda owner, name: False)
        #: a field name the vocabulary knows as something else than a status (a parent's status, a county)
        self.other_field = other_field or (lambda name: False)
        self.compared: set[int] = set()  # literals a known other field is compared with (not a status test)
        self.names: list[str] = []
        self.attributes: list[str] = []
        self.strings: list[str] = []
        self.keywords: list[str] = []
        self.calls: list[cst.Call] = []
        self.reads: list[tuple[str | None, str]] = []  # (the variable read from, the attribute)
        self.keyed: list[tuple[str, str]] = []  # (the variable read from, the constant key): row["status"]
        self.looked_up: list[str] = []  # variables read with a computed key: status_of[cin], status_of.get(cin)
        self.positioned: list[cst.Subscript] = []  # variables read at a constant position: row[2]
        self.model_columns: list[tuple[str, str]] = []  # (a class, its attribute): ImmigrationStatus.county
        self.called: list[str] = []  # functions called by a bare name: citizenship_unverified(m)

    def _always_true(self, node: cst.BaseExpression) -> bool:
        """``True``, a non-zero number, a non-empty string, or a name bound only to such a literal."""
        if isinstance(node, cst.Name) and self.true_name(node.value):
            return True
        return true_literal(node) or (isinstance(node, cst.SimpleString) and bool(string_value(node)))

    def _of_others(self, node: cst.BaseExpression) -> bool:
        """``m.household_members.all()``, ``m.children``: an attribute chain through a relation to other people
        than the record itself (what it holds, and a status read of each, are theirs)."""
        while isinstance(node, (cst.Call, cst.Attribute, cst.Subscript)):
            if isinstance(node, cst.Call):
                node = node.func
                continue
            if isinstance(node, cst.Attribute) and (self.qualifies(node.attr.value, "immigration_status")
                                                    or self.qualifies(node.attr.value.removesuffix("s"), "immigration_status")):
                return True  # (m.dependents: each a dependent, someone else)
            node = node.value
        return False

    def read(self, node: cst.CSTNode) -> None:
        """Collect the parts of ``node``, depth first in source order."""
        stack = [node]
        # the parts whose truth is the decision (the test itself, the operands of its and/or/not): an always-true
        # `or` there decides nothing; inside a value ((m.status or "UNK") in U) it is a default
        deciding = {id(node)}
        while stack:
            current = stack.pop()
            kind = type(current)
            if kind is cst.Expr and type(current.value) in (cst.SimpleString, cst.ConcatenatedString):  # type: ignore[attr-defined]
                continue  # a docstring ("Not an immigration status check."): a string no code reads tests nothing
            if id(current) in deciding and kind in (cst.BooleanOperation, cst.UnaryOperation):
                deciding.update(id(c) for c in children(current))
            elif kind in (cst.If, cst.While, cst.IfExp, cst.CompIf, cst.Assert):
                deciding.add(id(current.test))  # type: ignore[attr-defined]
            elif kind is cst.Return and current.value is not None:  # type: ignore[attr-defined]
                # (def eligible(m): return <test> or True)
                deciding.add(id(current.value))  # type: ignore[attr-defined]
            if kind in (cst.GeneratorExp, cst.ListComp, cst.SetComp) and self._of_others(current.for_in.iter):  # type: ignore[attr-defined]
                # any(h.immigration_status in U for h in m.household_members.all()): the household's statuses
                # choose no one of the records sent (SPEC section 10)
                continue
            if kind is cst.BooleanOperation and id(current) in deciding and isinstance(current.operator, cst.Or) and any(  # type: ignore[attr-defined]
                    self._always_true(side) for side in (current.left, current.right)):  # type: ignore[attr-defined]
                # m.imgrtn_stus_cd in U or True, ... or SEND_ALL: always true, it decides nothing (SPEC section 10)
                continue
            if kind is cst.Call and isinstance(current.func, cst.Attribute) and self._of_others(current.func.value):  # type: ignore[attr-defined]
                # m.household_members.filter(immigration_status__in=U).exists(): a lookup among other people
                continue
            if kind is cst.Name:
                if id(current) not in self.compared:
                    self.names.append(current.value)  # type: ignore[attr-defined]
            elif kind is cst.Attribute:
                owner = current.value  # type: ignore[attr-defined]
                attr = current.attr.value  # type: ignore[attr-defined]
                if isinstance(owner, cst.Attribute) and self.qualifies(owner.attr.value, attr):
                    continue  # m.spouse.immigration_status: the spouse's status, not a test on the member sent
                self.attributes.append(attr)
                self.reads.append((owner.value if isinstance(owner, cst.Name) else None, attr))
                if type(owner) is cst.Name and owner.value[:1].isupper() and not owner.value.isupper() \
                        and attr not in self.managers:
                    # ImmigrationStatus.county: a column of the class, which says by itself whether it tests status
                    # (not the class's name: its county, timestamps or key choose no one by status)
                    self.model_columns.append((owner.value, attr))
                    self.compared.add(id(owner))
            elif kind is cst.Subscript:
                owner = current.value  # type: ignore[attr-defined]
                index = current.slice[0].slice if len(current.slice) == 1 else None  # type: ignore[attr-defined]
                if type(owner) is cst.Name and isinstance(index, cst.Index) and isinstance(index.value, cst.SimpleString):
                    key = string_value(index.value)
                    if isinstance(key, str):
                        self.keyed.append((owner.value, key))
                elif type(owner) is cst.Name and isinstance(index, cst.Index) and isinstance(index.value, (cst.Name, cst.Attribute, cst.Subscript, cst.Call)):
                    self.looked_up.append(owner.value)  # type: ignore[attr-defined]
                # (row[2], row[-1]: a column read by position)
                elif type(owner) is cst.Name and isinstance(index, cst.Index) and (isinstance(index.value, cst.Integer) or (
                        isinstance(index.value, cst.UnaryOperation) and isinstance(index.value.operator, cst.Minus) and isinstance(index.value.expression, cst.Integer))):
                    self.positioned.append(current)  # type: ignore[arg-type]
            elif kind is cst.SimpleString:
                value = string_value(current)  # type: ignore[arg-type]
                if isinstance(value, str) and id(current) not in self.compared:
                    self.strings.append(value)
            elif kind is cst.Comparison:
                # child.parent_immigration_status == "UNDOCUMENTED", county_code == "UNDOCUMENTED": a literal
                # naming a status, compared with a field known as something else, tests that field
                operands = [current.left, *(c.comparator for c in current.comparisons)]  # type: ignore[attr-defined]
                # m.guardian.citizenship_status != "UNLAWFUL": the guardian's status, a literal naming it tests no one sent
                qualified = any(isinstance(o, cst.Attribute) and isinstance(o.value, cst.Attribute) and self.qualifies(o.value.attr.value, o.attr.value)
                                for o in operands)
                if qualified or any(self.other_field(_operand_name(o) or "") for o in operands):
                    for o in operands:
                        literals = [o] if isinstance(o, cst.SimpleString) else [e.value for e in o.elements] if isinstance(o, (cst.Tuple, cst.List, cst.Set)) else []
                        self.compared.update(id(literal) for literal in literals)
                        if isinstance(o, cst.Name) and o.value.isupper():
                            # m.guardian.citizenship_status in NON_CITIZEN: the constant names the guardian's status
                            self.compared.add(id(o))
            elif kind is cst.Arg:
                if current.keyword is not None:  # type: ignore[attr-defined]
                    self.keywords.append(current.keyword.value)  # type: ignore[attr-defined]
                    value = current.value  # type: ignore[attr-defined]
                    if self.other_field(current.keyword.value):  # type: ignore[attr-defined]
                        # filter(spouse__immigration_status="UNLAWFUL"): the literal names the spouse's status
                        literals = [value] if isinstance(value, cst.SimpleString) else [e.value for e in value.elements] \
                            if isinstance(value, (cst.Tuple, cst.List, cst.Set)) else []
                        self.compared.update(id(literal) for literal in literals)
            elif kind is cst.Call:
                func = current.func  # type: ignore[attr-defined]
                called = func.attr.value if isinstance(func, cst.Attribute) else func.value if isinstance(func, cst.Name) else None
                if called in self.not_conditions:
                    # .order_by(Member.immigration_status), log.info("%s", m.imgrtn_stus_cd): read, not tested;
                    # what the call is made on may still test (select(...).where(status == X).order_by(...))
                    if isinstance(func, cst.Attribute):
                        stack.append(func.value)
                    continue
                self.calls.append(current)  # type: ignore[arg-type]
                if type(func) is cst.Name:
                    # (a function's own name is no read of a field: its body, when seen, says whether it tests one)
                    self.called.append(func.value)
                    self.compared.add(id(func))
                if called == "get" and isinstance(func, cst.Attribute) and type(func.value) is cst.Name and current.args \
                        and isinstance(current.args[0].value, (cst.Name, cst.Attribute, cst.Subscript, cst.Call)):  # type: ignore[attr-defined]
                    self.looked_up.append(func.value.value)  # status_of.get(m.cin), status_of.get(row["cin"])
            stack.extend(reversed(children(current)))


def _one_field_read(node: cst.BaseExpression) -> str | None:
    """The variable whose field ``node`` reads (``member`` of ``member.last_name``, ``m["dob"]``), or None."""
    if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name):
        return node.value.value
    if isinstance(node, cst.Subscript) and isinstance(node.value, cst.Name) and len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index) \
            and isinstance(node.slice[0].slice.value, cst.SimpleString):
        return node.value.value
    return None


def _globals_of(module: cst.Module) -> frozenset[str]:
    """The names some function of ``module`` declares ``global`` and binds: constants it may rebind at run
    time (a function that only reads one it declares global rebinds nothing)."""
    out: set[str] = set()
    for fn in walk(module):
        if not isinstance(fn, cst.FunctionDef):
            continue
        declared = {g.name.value for n in walk(fn.body) if isinstance(n, cst.Global) for g in n.names}
        out |= {name for name in declared if bindings_of(fn.body, name)}
    return frozenset(out)


def _operand_name(node: cst.BaseExpression) -> str | None:
    """The field a comparison operand reads: ``m.county_code``, ``row["county"]``, ``county``."""
    return node.value if isinstance(node, cst.Name) else column_of(node)


def _names_rows(node: cst.BaseExpression) -> bool:
    """``df[mask].index`` or ``df.index[mask]``: the labels of rows, not of columns."""
    if isinstance(node, cst.Subscript):
        node = node.value
    return isinstance(node, cst.Attribute) and node.attr.value == "index"


def _names_columns(axis: cst.BaseExpression) -> bool:
    """``axis=1`` or ``axis="columns"``: along the columns (``df.drop("imgrtn_stus_cd", axis=1)``)."""
    if isinstance(axis, cst.Integer):
        return axis.value == "1"
    return isinstance(axis, cst.SimpleString) and string_value(axis) == "columns"


#: builtins whose result is made from the collections they are given (visible, no source of their own)
#: what the entries of a literal list about one member are written as (``[{"cin": m.cin}, m.dob, row["phone"]]``)
_LITERAL_ENTRIES = (cst.Dict, cst.Attribute, cst.Subscript, cst.SimpleString, cst.FormattedString, cst.Integer)
_VISIBLE_BUILTINS = frozenset({"list", "tuple", "set", "sorted", "reversed", "map", "filter", "iter", "enumerate", "zip", "dict"})


def _inner_sources(node: cst.BaseExpression) -> list[cst.BaseExpression]:
    """``node`` and, through nested visible builtins (``list(map(f, scoped))``), the arguments it is built from."""
    out = [node]
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value in _VISIBLE_BUILTINS:
        for arg in node.args:
            out.extend(_inner_sources(arg.value))
    return out


#: literals that hold names rather than test them (an allow-list naming ``immigration_status`` is no condition)
_COLLECTIONS = (cst.List, cst.Tuple, cst.Set, cst.Dict, cst.SimpleString, cst.ConcatenatedString)
#: builtins that make a collection of what they are given (``frozenset({...})``)
_COLLECTION_CALLS = frozenset({"frozenset", "set", "tuple", "list", "sorted", "dict"})


def _collection(node: cst.BaseExpression) -> bool:
    """A literal collection of names, also made by a builtin from one (``frozenset({"medicaid_id",
    "immigration_status"})``, ``tuple(sorted([...]))``): it holds names, it tests nothing."""
    while isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value in _COLLECTION_CALLS \
            and len(node.args) == 1 and not node.args[0].keyword and not node.args[0].star:
        node = node.args[0].value
    return isinstance(node, _COLLECTIONS)


_CONDITION_KEYWORD = re.compile(r"\b(?:where|on|having|qualify)\b", re.IGNORECASE)


def _conditions_text(sql: str) -> str:
    """The part of a query the parser cannot read that may hold conditions: from its first ``WHERE``,
    ``ON``, ``HAVING`` or ``QUALIFY`` on (a status column in the select list is sent, not tested)."""
    found = _CONDITION_KEYWORD.search(sql)
    return sql[found.start() :] if found else ""


def _column_texts(node: cst.BaseExpression) -> list[str]:
    """The column names ``node`` writes: a string, a list or tuple of strings, or ``df["col"]`` (of each)."""
    parts = [e.value for e in node.elements] if isinstance(node, (cst.List, cst.Tuple)) else [node]
    texts: list[str] = []
    for part in parts:
        if isinstance(part, cst.Subscript) and len(part.slice) == 1 and isinstance(part.slice[0].slice, cst.Index):
            part = part.slice[0].slice.value
        text = string_value(part) if isinstance(part, cst.SimpleString) else None
        if isinstance(text, str):
            texts.append(text)
    return texts


def _attribute_names(node: cst.Call) -> list[str]:
    """The column names a ``group_by(Member.county, "month")`` call is given (attributes and strings)."""
    out: list[str] = []
    for arg in node.args:
        value = arg.value
        if isinstance(value, cst.Attribute):
            out.append(value.attr.value)
        elif isinstance(value, cst.SimpleString) and isinstance(string_value(value), str):
            out.append(str(string_value(value)))
        else:
            out.append("?")
    return out


def _reductions(node: cst.Call) -> frozenset[str]:
    """The names of the functions a group reducer is given (``agg("sum")``, ``agg(["sum", "mean"])``,
    ``agg({"paid": "sum"})``, ``agg(total=("paid", "sum"))``, ``np.sum``, ``pd.NamedAgg(aggfunc=...)``);
    a function it cannot name (a lambda) is ``"?"``."""
    found: set[str] = set()

    def spec(value: cst.BaseExpression) -> None:
        if isinstance(value, cst.SimpleString):
            found.add(str(string_value(value)))
        elif isinstance(value, (cst.Name, cst.Attribute)):
            found.add((dotted(value) or "?").rpartition(".")[2])
        elif isinstance(value, (cst.List, cst.Tuple, cst.Set)):
            for element in value.elements:
                spec(element.value)
        elif isinstance(value, cst.Dict):
            for entry in value.elements:
                if isinstance(entry, cst.DictElement):
                    spec(entry.value)
                else:
                    found.add("?")
        elif isinstance(value, cst.Call) and (dotted(value.func) or "").endswith("NamedAgg"):
            given = [a for a in value.args if a.keyword is not None and a.keyword.value == "aggfunc"] or value.args[1:2]
            for a in given:
                spec(a.value)
        elif isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute):
            # polars: pl.col("cin").n_unique().alias("enrollees"), pl.len(), pl.col("paid").sum(): the expression's reduction
            call: cst.BaseExpression = value
            while isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute) and call.func.attr.value in ("alias", "cast", "round"):
                call = call.func.value
            is_polars_reduction = isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute) and not call.args \
                and root_name(call.func) in ("pl", "polars")
            found.add(call.func.attr.value if is_polars_reduction else "?")  # type: ignore[union-attr]
        else:
            found.add("?")

    for arg in node.args:
        if arg.star:
            found.add("?")
        elif arg.keyword is not None and isinstance(arg.value, cst.Tuple) and len(arg.value.elements) == 2:
            spec(arg.value.elements[1].value)  # total=("mdcd_pd_amt", "sum")
        else:
            spec(arg.value)
    return frozenset(found)


def describe(node: cst.CSTNode) -> str:
    """How a message names a source: its code with the arguments of each call elided."""
    if isinstance(node, cst.Call):
        inner = describe(node.func)
        return f"{inner}(...)" if node.args else f"{inner}()"
    if isinstance(node, cst.Attribute):
        return f"{describe(node.value)}.{node.attr.value}"
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Subscript):
        return f"{describe(node.value)}[...]"
    return "..."


def _query_method(found: "tuple[ModuleAnalysis, ClassInfo]", name: str, depth: int = 0) -> "tuple[ModuleAnalysis, cst.FunctionDef] | None":
    """The method ``name`` of a QuerySet or Manager class: its own, a base's, or the QuerySet's of
    ``models.Manager.from_queryset(MemberQuerySet)``."""
    analysis, cls = found
    owner = analysis.functions.method_owner(cls, name)
    if owner is not None:
        return owner[0], owner[2]
    made = analysis.functions.method_owner(cls, "get_queryset") if depth < 4 else None
    returns = [n.value for n in walk(made[2].body) if isinstance(n, cst.Return)] if made is not None else []
    for returned in returns:
        # def get_queryset(self): return MemberQuerySet(self.model, using=self._db): the methods of that QuerySet
        queryset = dotted(returned.func) if isinstance(returned, cst.Call) else None
        other = made[0].links.class_of(queryset) if queryset is not None and made is not None else None
        if other is not None and other[1] is not cls:
            return _query_method(other, name, depth + 1)
    for base in cls.node.bases if depth < 4 else ():
        value = base.value
        if isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute) and value.func.attr.value == "from_queryset" and value.args:
            queryset = dotted(value.args[0].value)
            other = analysis.links.class_of(queryset) if queryset is not None else None
            if other is not None:
                return _query_method(other, name, depth + 1)
    return None


def _lookup_bulk(node: cst.BaseExpression, frame: Frame) -> "frozenset[Bulk]":
    """The bulk sources the lookups of a query chain are given by name (``.filter(member=m)`` with
    ``m`` one of many people's records)."""
    out: set[Bulk] = set()
    while isinstance(node, (cst.Attribute, cst.Call, cst.Subscript)):
        if isinstance(node, cst.Call):
            for arg in node.args:
                if arg.keyword is not None and not arg.keyword.value.endswith("__in") and isinstance(arg.value, cst.Name) and arg.value.value in frame.env:
                    out |= frame.env[arg.value.value].bulk  # member=m, not member__in=members
                elif arg.keyword is None and isinstance(arg.value, cst.Comparison) and all(
                        isinstance(c.operator, (cst.Equal, cst.Is)) for c in arg.value.comparisons):
                    # .filter(Member.medicaid_id == req.medicaid_id): the record of the one person req names
                    for name in names_in(arg.value):
                        if name.value in frame.env:
                            out |= frame.env[name.value].bulk
            node = node.func
        else:
            node = node.value
    return frozenset(out)


def _chain(func: cst.BaseExpression) -> list[str]:
    """The attribute names along a call chain, through subscripts too (``df.groupby("county")["cin"].count``)."""
    names: list[str] = []
    node = func
    while isinstance(node, (cst.Attribute, cst.Call, cst.Subscript)):
        if isinstance(node, cst.Attribute):
            names.append(node.attr.value)
        node = node.func if isinstance(node, cst.Call) else node.value
    return names


def _chain_root(func: cst.BaseExpression) -> str:
    """The last name of the function that starts a call chain (``select`` of ``select(E).join(...)``)."""
    node = func
    while isinstance(node, (cst.Attribute, cst.Call, cst.Subscript)):
        if isinstance(node, cst.Call) and not isinstance(node.func, (cst.Attribute, cst.Call, cst.Subscript)):
            return (dotted(node.func) or "").rsplit(".", 1)[-1]
        node = node.func if isinstance(node, cst.Call) else node.value
    return ""


#: single-record methods that make a record rather than read one (m.referrals.create(...))
_MAKES_A_RECORD = frozenset({"create", "acreate", "get_or_create", "aget_or_create", "update_or_create", "aupdate_or_create"})


def _relation_of_a_record(func: cst.Attribute) -> bool:
    """``m.immigration_status_history.latest``, ``m.statuses.order_by(...).first``: a method of a relation
    attribute of a name (the name's first hop is an attribute read, not a method it calls: not
    ``qs.order_by(...).first``)."""
    node: cst.BaseExpression = func.value
    while isinstance(node, (cst.Attribute, cst.Call)):
        inner = node.func if isinstance(node, cst.Call) else node.value
        if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name):
            return True  # m.<relation>, read as an attribute (a call of it would be a Call above a bare Attribute)
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and isinstance(node.func.value, cst.Name):
            return False  # qs.order_by(...): a method of the name itself
        node = inner
    return False


def _annotations(node: cst.Call) -> dict[str, cst.BaseExpression]:
    """The names ``.annotate(name=expr)`` calls earlier in the chain of ``node`` define."""
    found: dict[str, cst.BaseExpression] = {}
    receiver = node.func.value if isinstance(node.func, cst.Attribute) else None
    while isinstance(receiver, cst.Call) and isinstance(receiver.func, cst.Attribute):
        if receiver.func.attr.value in ("annotate", "alias"):
            found.update({a.keyword.value: a.value for a in receiver.args if a.keyword is not None})
        receiver = receiver.func.value
    return found


#: short names of a person's record whose ``id`` is that person's (``m.id``, ``p["id"]``)
_PERSON_OWNERS = frozenset({"m", "p", "mbr", "pt", "row", "rec", "record", "payload", "body", "data", "json"})
#: words of an object whose ``id`` is no person's (``job.id``, ``batch.id``, ``request.id``)
_NOT_PERSON_OWNERS = frozenset({"job", "batch", "run", "task", "report", "export", "extract", "file", "county", "program", "request", "req",
                                "event", "message", "msg", "session", "transfer", "upload", "worker", "caseworker", "office", "team", "plan"})


def _inner_join(args: "list[tuple[cst.Arg, Val]]", position: int = 1, kinds: tuple[str, ...] = ("inner",)) -> bool:
    """A merge whose ``how`` (a keyword, or the argument at ``position``) is one of ``kinds`` (an
    inner join, pandas' default)."""
    how = next((v for a, v in args if a.keyword is not None and a.keyword.value == "how"), None)
    positional = [v for a, v in args if a.keyword is None and not a.star]
    if how is None and len(positional) > position:
        how = positional[position]
    return how is None or (how.const and how.text in kinds)


def _aggregate_argument(arg: cst.Arg, functions: frozenset[str]) -> bool:
    """``total=Count("id")``: an aggregate of the group."""
    value = arg.value
    name = dotted(value.func) if isinstance(value, cst.Call) else None
    return name is not None and name.rsplit(".", 1)[-1] in functions


def _orm_model(owner: "ModuleAnalysis", cls: ClassInfo, depth: int = 0) -> bool:
    """``cls`` is an ORM model: a base of it is a ``Model`` class (``models.Model``, ``db.Model``), also
    through a base class of its own module (an abstract model) or of another module of the project
    (``class ActiveMember(Member)`` with ``Member`` imported from ``models.py``)."""
    for base in cls.bases:
        if (owner.index.qualify(base) or base).rsplit(".", 1)[-1] == "Model":
            return True
        local = owner.index.classes.get(base)
        if local is not None and local is not cls and depth < 5 and _orm_model(owner, local, depth + 1):
            return True
        found = owner.links.foreign_class(base) if local is None and depth < 5 else None
        if found is not None and found[1] is not cls and _orm_model(found[0], found[1], depth + 1):
            return True
    return False


#: words of another person that may name the enrollee too (CHIP enrolls children)
_ENROLLEE_CHILDREN = frozenset({"child", "children", "minor", "infant", "newborn"})


def _exists_of(node: cst.BaseExpression) -> cst.BaseExpression | None:
    """The subquery of ``Exists(q)`` (or ``~Exists(q)``); None for anything else."""
    if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.BitInvert):
        node = node.expression
    if isinstance(node, cst.Call) and (dotted(node.func) or "").rsplit(".", 1)[-1] == "Exists" and len(node.args) == 1:
        return node.args[0].value
    return None


def _assigned_once(analysis: "ModuleAnalysis", fn: cst.FunctionDef, value: cst.BaseExpression) -> cst.BaseExpression:
    """What a name ``fn`` assigns once stands for there (``q = scope_q()``, then ``self.filter(q)``); ``value`` itself otherwise."""
    if isinstance(value, cst.Name):
        found = analysis.functions._assignments(fn).get(value.value, [])
        if len(found) == 1 and found[0] is not None:
            return found[0]
    return value


#: first words of a name for a number of people (``num_members``, ``total_seniors``)
_COUNT_WORDS = frozenset({"num", "nb", "total", "count", "cnt", "number"})
#: a record's relations to its own family: a comprehension over them (``m.children``) reads one household's people
_FAMILY_RELATIONS = frozenset({"children", "kids", "dependents", "dependants", "minors", "infants", "siblings", "parents", "guardians"})


def _unknown_collection(val: Val) -> bool:
    """A value nothing is known of as a collection: no constant, elements, model, client, nor records read or chosen."""
    return not (val.const or val.elements is not None or val.model is not None or val.client is not None or val.bulk
                or val.function is not None or STATUS_MARK in val.labels or AGGREGATE_MARK in val.labels or INBOUND_MARK in val.labels)


#: builtins whose results are no one's records (a count, numbers, names of files)
_NO_RECORD_BUILTINS = frozenset({"range", "enumerate", "zip", "reversed", "len", "dir", "vars", "globals", "locals"})


def _answered(val: Val) -> bool:
    """What a lookup answered: a response, or rows read out of what enforcement answered
    (``pd.read_csv(io.StringIO(resp.text))``), with nothing of the agency's in it."""
    return val.response or only_answer(val)
