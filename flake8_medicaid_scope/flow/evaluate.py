"""Expressions: the abstract value (``Val``) of each kind of expression."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Iterable, Mapping

import libcst as cst

from ..destinations import transfer_id
from ..library import shipped
from ..words import CHILD_WORDS, ROUTING_WORDS, name_words, names_storage
from .index import (FIELD_TABLES, ClassInfo, app_state_key, bindings_of, changed_keys, children, changes_name, column_of, decorated, dotted, int_literal,
                    key_text, looks_like_path, method_chain, names_in, param_names, rebound_names, root_name, string_value, walk)
from .project import defines, resolve_relative
from .part import INBOUND_MARK, RESPONSE, Frame, Part
from .files import MESSAGE_MARK, RECIPIENT_HEADERS
from .population import (describe, ANNOTATED_MARK, QUERYSET_MARK, ANSWERED_BY_STATUS_MARK, AGGREGATE_MARK, BY_PERSON_MARK, CONDITIONS_MARK,
                          CONSTANT_COLUMN, DESTINATION_BY_STATUS_MARK, STATUS_MARK, STATUS_VALUES_MARK)
from .values import CHAIN_MAP_MARK, is_group_or_store, join_entries, keys_unknown
from .values import path_marked, CAUGHT_MARK, CLEANUPS, CLIENT_BASE_MARK, DATA_KEY, ENV_MARK, LITERAL_OBJECT_MARK, MASKED_MARK, QUIET_MARK, SQL_COLUMN, marked_enforcement
from .values import BODY_MARK, KEY_NOT_MARK, NORMALIZERS, PREFIX_STEP, Spelling, key_excluded, spelled
from .values import answer_body, texts_known_not, without_known_not, only_answer, spread_mark, where_marked, with_attrs, XML_ELEMENT_MARK
from .xmldoc import TEXT_ATTRIBUTES, element_text
from .values import (
    CHAIN_MARK,
    TABLE_CLASS_MARK,
    ELEMENTWISE_MARK,
    ENUM_MEMBER_MARK,
    MAYBE_NONE_MARK,
    closure_of,
    SERIALIZER_INPUT,
    RESOURCE_MARK,
    SIGNATURE_MARK,
    FIELD_NAME_ATTRIBUTES,
    FIELD_OBJECTS_MARK,
    replace,
    union_of,
    constants_merged,
    ANY_KEY,
    NONE,
    TRUE,
    FALSE,
    UNSET_MARK,
    at_caller,
    is_whole,
    STATUS_KEY,
    HOLE,
    OPAQUE,
    FunctionRef,
    Placement,
    Val,
    combine,
    const_text,
    const_val,
    container,
    env_value,
    join,
    merge_via,
    named_entries,
    only_keys,
    place,
    place_at,
    translate,
    truth_of,
    without_keys,
    constant_entries,
    with_constant_entries,
    without_labels,
)

if TYPE_CHECKING:
    from .engine import ModuleAnalysis
    from .values import Bulk
    from ..vocabulary import Vocabulary


#: a collection from which records were removed one by one under a test on status (``if m.immigration_status
#: not in TARGETS: members.remove(m)``): what is read of it afterwards was chosen (SPEC section 10)
PRUNED_MARK = "<pruned by status>"

#: the texts a call gave a function's ``*args`` (``post(ICE_URL, ...)`` of ``def post(*args)``): a constant
#: collection there, spread again element by element by ``requests.post(*args)``
STAR_ARGS_MARK = "<given to *args>"


#: attributes of a URL object that give the URL itself (furl's ``f.url``)
_URL_TEXT_ATTRIBUTES = frozenset({"url"})
#: the parts of a pathlib path (``Path(out).name``): of the file's name, not fields of a record
_PATH_PARTS = frozenset({"name", "stem", "suffix", "suffixes", "parent", "parents", "parts", "anchor", "drive", "root"})
#: attributes of a parsed URL (``urlparse(u)``, ``urlsplit(u)``, ``yarl.URL(u)``) that give one of its parts
_URL_PART_ATTRIBUTES = frozenset({"hostname", "netloc", "host", "path", "scheme"})
#: attributes of a parsed URL that give the parts where a URL carries data (its path, its query string)
_URL_DATA_PARTS = frozenset({"path", "query", "params", "fragment"})


def _url_split(text: str) -> tuple[str, str, str]:
    """A URL's scheme, its network location, and what follows it (path, query, fragment), as written."""
    scheme, _, rest = text.partition("://")
    netloc = re.split(r"[/?#]", rest, maxsplit=1)[0]
    return scheme, netloc, rest[len(netloc):]


def _url_part(text: str, attr: str) -> str | None:
    """The part ``attr`` of the URL ``text`` (``urlparse(ICE_URL).hostname``); None when the part
    is not known from the text (it holds an unknown piece)."""
    scheme, netloc, after = _url_split(text)
    part = {"scheme": scheme, "netloc": netloc}.get(attr)
    if attr in _URL_DATA_PARTS:
        part = (url_parts(text) or {}).get(attr)  # urlparse(ICE_URL).path: the path alone, without the query
    if attr in ("hostname", "host"):
        part = netloc.rpartition("@")[2].split(":", 1)[0].lower()
    return part if part is not None and HOLE not in part else None


def url_parts(text: str) -> dict[str, str] | None:
    """The six parts of the URL ``text`` as ``urlparse`` names them, as written (unknown pieces kept as holes);
    None when its parts cannot be told apart (a hole in its host may hold a ``/`` or a ``?``)."""
    scheme, netloc, after = _url_split(text)
    if HOLE in netloc or HOLE in scheme:
        return None
    before_fragment, _, fragment = after.partition("#")
    path_params, _, query = before_fragment.partition("?")
    path, _, params = path_params.partition(";")
    return {"scheme": scheme, "netloc": netloc, "path": path, "params": params, "query": query, "fragment": fragment}


def _url_data_part(text: str, attr: str) -> str | None:
    """The path, query, params or fragment of the URL ``text`` as written; None when its parts cannot be told apart."""
    parts = url_parts(text)
    return parts[attr] if parts is not None else None


def _is_constant_name(name: str) -> bool:
    return name.isupper() and any(c.isalpha() for c in name)


#: attributes that name code (a class, a function, a module), never a member
_CODE_NAMES = frozenset({"__name__", "__qualname__", "__module__", "__doc__", "__class__", "__file__"})


#: words naming a configuration object, whose upper-case attributes are settings, not columns
#: names of objects that hold settings
_SETTINGS_OWNERS = frozenset({"settings", "setting", "config", "configuration", "conf", "cfg", "secrets"})
_CONFIG_OWNERS = frozenset({"settings", "setting", "config", "configuration", "conf", "cfg", "constants", "secrets", "self", "cls",
                            # objects that do something rather than hold a record: their constants are theirs
                            "client", "session", "service", "api", "gateway", "builder", "exporter", "sender", "publisher", "producer",
                            "connection", "conn", "engine", "adapter", "handler", "transport"})

#: attributes of a table or array that say how large it is (``df.shape``, ``df.size``, ``arr.ndim``)
_SIZES = frozenset({"shape", "size", "ndim"})
#: methods of a polars column expression that keep the column's values recognizable (``pl.col("ssn").str.slice(-4)``)
_POLARS_KEEPERS = frozenset({"alias", "cast", "fill_null", "slice", "head", "tail", "first", "last", "strip_chars", "to_uppercase", "to_lowercase",
                             "strftime", "to_string", "replace", "zfill", "pad_start", "pad_end", "keep", "prefix", "suffix"})
#: polars' sizes of a frame (``df.height``, ``df.width``): also a person's height and width when read off a row
_FRAME_SIZES = frozenset({"height", "width"})


def _copied_from(node: cst.BaseExpression) -> cst.BaseExpression:
    """``dict(FIELD_MAP)``, ``FIELD_MAP.copy()``, ``copy.copy(FIELD_MAP)``: ``FIELD_MAP`` (the same entries)."""
    if isinstance(node, cst.Call) and len(node.args) == 1 and not node.args[0].keyword and not node.args[0].star \
            and (dotted(node.func) or "") in ("dict", "copy.copy", "copy.deepcopy", "deepcopy"):
        return node.args[0].value
    if isinstance(node, cst.Call) and not node.args and isinstance(node.func, cst.Attribute) and node.func.attr.value == "copy":
        return node.func.value
    return node


def _is_self_attribute(node: cst.BaseExpression, attribute: str) -> bool:
    """``self.field_map`` (or ``cls.field_map``)."""
    return isinstance(node, cst.Attribute) and node.attr.value == attribute and isinstance(node.value, cst.Name) and node.value.value in ("self", "cls")


class Expressions(Part):
    """The value of an expression in a frame: literals, names, attributes, subscripts, operators;
    comprehensions go to the sanitizers part and calls to the calls part."""

    def __init__(self, m: "ModuleAnalysis") -> None:
        super().__init__(m)
        self._const_cache: dict[tuple[str | None, str], Val | None] = {}
        self._const_stack: set[tuple[str | None, str]] = set()
        self._read_only_memo: dict[tuple[int, str], bool] = {}
        self._zip_dicts: dict[int, cst.Call] = {}  # {k: v for k, v in zip(KEYS, values)}: as dict(zip(KEYS, values))
        #: string literals by value (for SQL positions), each with the function it is written in (None: module level)
        self._literals: "dict[str, list[tuple[cst.SimpleString | cst.ConcatenatedString, cst.FunctionDef | None]]] | None" = None
        #: the receiver of a call that fills it (``groups["total"]`` of ``groups["total"].append(r)``): read to
        #: be filled, not to be sent (no group is chosen by reading it)
        self.filled: cst.BaseExpression | None = None
        #: words of string literals and f-string parts: where each stands, and its function (assembled SQL)
        self._pieces: dict[str, list[tuple[cst.CSTNode, str, cst.FunctionDef | None, int]]] | None = None
        self._managers = shipped().population.managers

    def _stored_by_registration(self, owner: Val, key: str) -> bool:
        """Every entry of ``owner`` under ``key`` was stored by a function the module calls at import with ``key``
        (``register_partner("ice", {...})``), not by other code that put a field there (``LAST["ice"] = m.ice``)."""
        functions = self._keys_given_at_import().get(key)
        if not functions:
            return False
        called = {name for name in functions if name in self.index.functions}
        # (and the module's functions they call: register_partner(name, mapping) storing through _store(name, mapping))
        called |= {c.func.value for name in list(called) for c in self.functions.flat.calls(self.index.functions[name])
                   if isinstance(c.func, cst.Name) and c.func.value in self.index.functions}
        spans = [self.calls.span(self.index.functions[name]) for name in called]
        return all(any(start <= p.line <= end for start, end in spans) for p in owner.placements if p.key == key)

    def _predicate(self, name: str) -> bool:
        """``name`` is a function of the module whose every ``return`` gives a test (a comparison, ``and``/``or``,
        ``not``, a constant): a predicate, not a builder of records."""
        fn = self.index.functions.get(name)
        if fn is None:
            return False
        returns = [r.value for r in self.functions.flat.walk(fn.body) if type(r) is cst.Return]
        return bool(returns) and all(isinstance(v, (cst.Comparison, cst.BooleanOperation)) or (
            isinstance(v, cst.UnaryOperation) and isinstance(v.operator, cst.Not)) or (isinstance(v, cst.Name) and v.value in ("True", "False"))
            for v in returns)

    def _keys_given_at_import(self) -> dict[str, set[str]]:
        """The texts the module gives its own functions at import (``register_partner("ice", {...})``, ``_ =
        register(PARTNER, ...)`` with ``PARTNER = "ice"``), string literals and module constants bound to one, each
        with the functions given it."""
        held: dict[str, set[str]] | None = self.__dict__.get("_import_keys_memo")
        if held is None:
            calls = [small.value for stmt in self.m.module.body if isinstance(stmt, cst.SimpleStatementLine)
                     for small in stmt.body if isinstance(small, (cst.Expr, cst.Assign)) and isinstance(small.value, cst.Call)]
            texts: dict[str, set[str]] = {}
            for call in calls:
                if not (isinstance(call.func, cst.Name) and call.func.value in self.index.functions):
                    continue  # (logging.info("score") at import registers nothing)
                for arg in call.args:
                    given = arg.value
                    if isinstance(given, cst.Name) and given.value not in self.index.grown:
                        given = self.index.constants.get(given.value) or given
                    text = string_value(given) if isinstance(given, cst.SimpleString) else None
                    if isinstance(text, str):
                        texts.setdefault(text, set()).add(call.func.value)
            held = texts
            self.__dict__["_import_keys_memo"] = held
        return held

    def _pairs_unpacked(self, node: cst.BaseComp) -> cst.BaseComp:
        """A comprehension over ``d.items()`` whose one target ``kv`` is read only as ``kv[0]`` and ``kv[1]``, written
        with the pair unpacked (``for _k, _v in d.items()``), the shape the analysis reads key by key; ``node`` itself
        for any other comprehension."""
        memo: dict[int, cst.BaseComp] = self.__dict__.setdefault("_pairs_memo", {})
        if id(node) in memo:
            return memo[id(node)]
        comp = node.for_in
        made = node
        if comp.inner_for_in is None and isinstance(comp.target, cst.Name) and isinstance(comp.iter, cst.Call) and not comp.iter.args \
                and isinstance(comp.iter.func, cst.Attribute) and comp.iter.func.attr.value == "items":
            name = comp.target.value
            parts = [node.key, node.value] if isinstance(node, cst.DictComp) else [node.elt]  # type: ignore[attr-defined]
            parts += [c.test for c in comp.ifs]
            indexed = [n for part in parts for n in walk(part) if isinstance(n, cst.Subscript) and isinstance(n.value, cst.Name) and n.value.value == name]
            pair = {id(n): ("_k" if _index_of(n) == 0 else "_v") for n in indexed if _index_of(n) in (0, 1)}
            uses = sum(1 for part in parts for n in walk(part) if isinstance(n, cst.Name) and n.value == name)
            if pair and len(pair) == len(indexed) == uses and not {"_k", "_v"} & {n.value for part in parts for n in walk(part) if isinstance(n, cst.Name)}:
                renamed = node.visit(_PairReads(pair))
                target = cst.Tuple(elements=[cst.Element(cst.Name("_k")), cst.Element(cst.Name("_v"))])
                made = cst.ensure_type(renamed, cst.BaseComp).with_changes(for_in=cst.ensure_type(renamed, cst.BaseComp).for_in.with_changes(target=target))
                self._alias_rewritten(made, node)
        memo[id(node)] = made
        return made

    def _alias_rewritten(self, new: cst.CSTNode, old: cst.CSTNode) -> None:
        """Each node of ``new`` (a rewritten copy of ``old``, a subscript replaced by a name here and there)
        stands where its counterpart in ``old`` is."""
        todo = [(new, old)]
        while todo:
            made, was = todo.pop()
            if made is not was:
                self.m.alias_position(made, was)
            if type(made) is cst.Name and type(was) is not cst.Name:
                continue  # kv[0] written as _k: the name stands where the subscript was
            made_kids, was_kids = children(made), children(was)
            if len(made_kids) == len(was_kids):
                todo.extend(zip(made_kids, was_kids, strict=True))

    def _harmless_name(self, name: str) -> bool:
        """``batch_id``, ``request_id``: a harmless name that is the id of a transfer (SPEC section 5), whatever holds it
        (``claim["total"]``, ``encounter["timestamp"]`` are the claim's and the encounter's, review 50b)."""
        tokens = self.vocabulary.tokens(name) or ["?"]
        return transfer_id(tokens) and self.rules.transfer_metadata(tokens)

    def field_names(self, name: str) -> frozenset[str]:
        """``{name}`` when the vocabulary knows it, else nothing."""
        return frozenset({name}) if self.vocabulary.classify(name) is not None else frozenset()

    def _property(self, node: cst.Attribute, base: cst.BaseExpression, owner: Val, attr: str, frame: Frame) -> Val | None:
        """``obj.payload`` where ``payload`` is a ``@property`` (or ``cached_property``) of the object's
        class (this module's or another's): what the property returns for this object."""
        model = owner.model
        if model is None and isinstance(base, cst.Name) and base.value == "self" and frame.cls is not None:
            model = frame.cls.name
        if model is None:
            return None
        found_cls = self.links.class_of(model)
        found = found_cls[0].links.find_method(found_cls[1], attr) if found_cls is not None else None
        if found is not None and decorated(found[2], ("setter", "deleter")):
            # @url.setter after @property def url: the getter is the def of that name decorated @property
            getter = next((s for s in found[1].node.body.body if isinstance(s, cst.FunctionDef) and s.name.value == attr
                           and decorated(s, ("property", "cached_property", "hybrid_property"))), None)
            found = (found[0], found[1], getter) if getter is not None else None
        if found is None or not decorated(found[2], ("property", "cached_property", "hybrid_property")):
            return None
        home, cls, fn = found
        me = owner if owner.model is not None else Val(model=model)
        if home is self.m:
            return self.functions.call_function(fn, cls, [], me)
        return self.links.call_foreign(home, fn, cls, [], me, node)

    def _sink_reference(self, node: cst.Name | cst.Attribute, frame: Frame) -> Val | None:
        """``post = requests.post``: a sink named, not called; calling the name later is the send."""
        qual = self.calls.qualified(node, frame)
        if qual is None or qual not in self.sink_functions:
            return None
        return Val(const=True, function=FunctionRef(None, 0, qual=qual), labels=frozenset({qual}))

    def _class_constant(self, model: str, attr: str, configuration: bool = False) -> Val | None:
        """A constant ``attr`` of the class ``model`` names (this module's, or ``@module:Class`` of another
        module of the project), or of its bases: a settings object's ``referral_url = "https://..."``.
        A name the vocabulary knows is never read this way: a field read keeps its name. ``configuration``:
        the object holding it is one (a module-level constant, or named for settings)."""
        found = self.links.class_of(model)
        if found is None:
            return None
        owner, cls = found
        settings = configuration or any(b.rsplit(".", 1)[-1] == "BaseSettings" for b in cls.bases) or cls.name.endswith(("Settings", "Config", "Configuration"))
        val = owner.functions.class_attribute(cls, attr)
        if val is None:
            return None
        if cls.is_model and not settings and not destination_like(val.text):
            # a data model's declared field with a default (risk_score: float = 0.0) is still a field;
            # one whose default is a URL or host is where to send (a dataclass of endpoints)
            return None
        if settings and (not self.field_names(attr) or destination_like(val.text)):
            val = val.with_labels({SETTINGS_MARK})  # any setting; a field-named one only when it is a destination
        elif not destination_like(val.text):
            return None  # risk_score = 0 on a plain class: a default, the attribute is still a field read
        return translate(val, owner.module_id, self.module_id) if owner is not self.m else val

    def module_constant(self, name: str, cls: ClassInfo | None = None) -> Val | None:
        """The value of a module (or class) constant, folded once."""
        table = cls.constants if cls is not None else self.index.constants
        expr = table.get(name)
        if expr is None:
            return None
        key = (cls.name if cls else None, name)
        if key in self._const_cache:
            return self._by_importers(name, cls, self._const_cache[key])
        if key in self._const_stack:
            return OPAQUE
        self._const_stack.add(key)
        running = self.m.running
        line = self.index.constant_lines.get(name) if cls is None and running is not None else None
        if line is not None:
            running.append(line)  # type: ignore[union-attr]
        try:
            env: dict[str, Val] = {}
            if cls is not None:
                # EID_SUBJECTS = EID + "/api/v2/subjects" in the class body: EID is the class's own constant there
                for found in walk(expr):
                    if isinstance(found, cst.Name) and found.value != name and found.value in cls.constants and found.value not in env:
                        earlier = self.module_constant(found.value, cls)
                        if earlier is not None:
                            env[found.value] = earlier
            elif any(isinstance(found, cst.Name) and found.value == name for found in walk(expr)):
                # from .base import *; ALLOWED_FIELDS = ALLOWED_FIELDS + ("preferred_language",): the name on the
                # right is the one imported before this binding
                imported = self.links.foreign_constant(name, None) or self.links.star_constant(name)
                if imported is not None:
                    env[name] = imported.with_labels({name})
            val = self.eval(expr, Frame(env=env, cls=cls))
            if cls is None and val.model is not None and val.attrs is not None and name in self._object_stores():
                val = self._restored(val, self._object_stores()[name])
        finally:
            self._const_stack.discard(key)
            if line is not None:
                running.pop()  # type: ignore[union-attr]
        label = f"{cls.name}.{name}" if cls else name
        val = replace(val, names=frozenset() if val.const else val.names)
        override = self.index.overrides.get(name) if cls is None else None
        if override is not None and self.project is not None:
            # URL = "https://...illinois.gov", then try: from .local_settings import URL: either value may be in force
            target = resolve_relative(override, self.index.package) if override.startswith(".") and self.index.package else override
            found = self.project.resolve(target) if target is not None and not target.startswith(".") else None
            imported = found[0].expr.module_constant(found[1]) if found is not None and found[0] is not self.m and "." not in found[1] else None
            if imported is not None:
                val = join(val, translate(imported, found[0].module_id, self.module_id))  # type: ignore[index]
        if label in self.m.cleared:
            # ICE_HUB = settings.X  # medicaid-scope: not-enforcement; ERO_REVIEW_BUCKET = "il-hfs-ero-review" with
            # the pragma: its own words no longer speak either (only the enforcement host patterns do)
            val = without_labels(val).with_labels({QUIET_MARK})
        elif label in self.m.marked:
            val = marked_enforcement(val, label)  # a constant marked with the enforcement pragma
        else:
            val = val.with_labels({label})
            env_name = self._settings_env_name(cls, name, expr) if cls is not None else None
            if env_name is not None:
                val = val.with_labels({env_name})
        self._const_cache[key] = val
        return self._by_importers(name, cls, val)

    def _object_stores(self) -> "dict[str, list[tuple[str, cst.BaseExpression | None, cst.FunctionDef | None]]]":
        """The attributes the module stores into objects bound to its constants, anywhere (``STATE.dest = ICE_URL`` in
        a function, ``setattr(STATE, "dest", ICE_URL)``): per constant, (attribute, value stored; None when not
        known, ``"*"`` for any attribute; the function the store is in)."""
        held = self.__dict__.get("_object_stores_memo")
        if held is not None:
            return held  # type: ignore[no-any-return]
        constants = self.index.constants
        out: dict[str, list[tuple[str, cst.BaseExpression | None, cst.FunctionDef | None]]] = {}
        flat = self.functions.flat
        around: list[tuple[int, cst.FunctionDef]] = []  # (end, function) of the functions around the node, innermost last
        # (function, local) -> the constant it names (s = STATE in that function), and where a rebinding of it under a
        # branch stops hiding it (s = sender in an if: stores there are the other object's, after it either's)
        aliases: dict[tuple[int, str], tuple[str, int]] = {}
        # the statements and blocks around the node (end, what): an arm of a branch, a loop's or a try's body or a handler
        # ("arm": a rebinding there may not happen), a statement with arms ("ways"), anything else ("block")
        opened: list[tuple[int, str]] = []
        ways: list[int] = []  # where the arms around the node end
        for at, node in enumerate(flat.nodes):
            while around and at >= around[-1][0]:
                around.pop()
            while opened and at >= opened[-1][0]:
                opened.pop()
            kind = type(node)
            if kind is cst.FunctionDef:
                around.append((flat.ends[at], node))  # type: ignore[arg-type]
                opened.append((flat.ends[at], "block"))
                continue
            if kind in _WAYS:
                opened.append((flat.ends[at], "ways"))
            elif kind is cst.IndentedBlock or kind is cst.SimpleStatementSuite:
                opened.append((flat.ends[at], "arm" if opened and opened[-1][1] == "ways" else "block"))
            elif kind in (cst.With, cst.ClassDef):
                opened.append((flat.ends[at], "block"))
            ways = [end for end, what in opened if what == "arm"]
            fn = around[-1][1] if around else None
            if kind is cst.Assign or kind is cst.AugAssign:
                targets = [t.target for t in node.targets] if kind is cst.Assign else [node.target]  # type: ignore[attr-defined]
                for target in targets:
                    owner = target.value.value if isinstance(target, cst.Attribute) and isinstance(target.value, cst.Name) else None
                    aliased = aliases.get((id(fn), owner)) if owner is not None and fn is not None else None
                    if aliased is not None and at >= aliased[1]:
                        owner = aliased[0]
                    if isinstance(target, cst.Attribute) and owner in constants:
                        stored = node.value if kind is cst.Assign else None  # type: ignore[attr-defined]
                        out.setdefault(owner, []).append((target.attr.value, stored, fn))  # type: ignore[arg-type]
                    elif fn is not None and isinstance(target, cst.Name):
                        # s = STATE: another name of the constant's object, until s is bound to something else
                        value = node.value if kind is cst.Assign else None  # type: ignore[attr-defined]
                        if isinstance(value, cst.Name) and value.value in constants:
                            aliases[(id(fn), target.value)] = (value.value, 0)
                        elif not ways:
                            aliases.pop((id(fn), target.value), None)
                        elif (id(fn), target.value) in aliases:
                            aliases[(id(fn), target.value)] = (aliases[(id(fn), target.value)][0], ways[-1])
            elif kind is cst.Call and isinstance(node.func, cst.Attribute) and node.func.attr.value == "update" \
                    and _object_dict_of(node.func.value) in constants:  # type: ignore[attr-defined]
                # FEED.__dict__.update(dest=ICE_URL), vars(FEED).update({"dest": ICE_URL}): stores into its attributes
                owner = _object_dict_of(node.func.value)  # type: ignore[attr-defined]
                for arg in node.args:  # type: ignore[attr-defined]
                    if arg.keyword is not None:
                        out.setdefault(owner, []).append((arg.keyword.value, arg.value, fn))  # type: ignore[arg-type]
                    elif isinstance(arg.value, cst.Dict):
                        for element in arg.value.elements:
                            named = string_value(element.key) if isinstance(element, cst.DictElement) and isinstance(element.key, cst.SimpleString) else None
                            out.setdefault(owner, []).append((named if isinstance(named, str) else "*", element.value, fn))  # type: ignore[arg-type]
                    else:
                        out.setdefault(owner, []).append(("*", None, fn))  # type: ignore[arg-type]
            elif kind is cst.Call and isinstance(node.func, cst.Name) and node.func.value == "setattr" and len(node.args) == 3 \
                    and isinstance(node.args[0].value, cst.Name) and node.args[0].value.value in constants:  # type: ignore[attr-defined]
                named = node.args[1].value  # type: ignore[attr-defined]
                attr = string_value(named) if isinstance(named, cst.SimpleString) else None
                out.setdefault(node.args[0].value.value, []).append((attr if isinstance(attr, str) else "*", node.args[2].value, fn))  # type: ignore[attr-defined]
        self.__dict__["_object_stores_memo"] = out
        return out

    def _restored(self, val: Val, stores: "list[tuple[str, cst.BaseExpression | None, cst.FunctionDef | None]]") -> Val:
        """An object a module constant holds (``STATE = Sender(STATE_URL)``) with what the module stores into its
        attributes anywhere joined in: a function that ran before may have set it (``STATE.dest = ICE_URL``; a
        local of that function bound once, ``staging = "https://..."; DHS.url = staging``, is what it was bound to)."""
        attrs = dict(val.attrs or ())
        for attr, stored, fn in stores:
            if isinstance(stored, cst.Name) and fn is not None:
                stored = self.statements._bound_once(fn).get(stored.value, stored)
            new = self.eval(stored, Frame(env={})) if stored is not None else OPAQUE
            for each in list(attrs) if attr == "*" else [attr]:
                attrs[each] = join(attrs[each], new) if each in attrs else new
        return with_attrs(val, attrs)

    def _by_importers(self, name: str, cls: ClassInfo | None, val: Val | None) -> Val | None:
        """The constant as the modules this one runs for changed it after importing it (``restrict()`` of the
        policy module run for a module that did ``ALLOWED.append("ssn")``)."""
        if cls is not None or self.m.host is None or val is None:
            return val
        from .links import changed_by_importers

        return changed_by_importers(self.m, name, val, self.m.host[0], own=False)

    def _settings_field(self, model: str, attr: str) -> str | None:
        """The environment variable a declared field ``attr`` of the pydantic-settings class ``model`` (of
        this module or another of the project) is read from, when the class declares it with no default;
        None otherwise."""
        found = self.links.class_of(model)
        if found is None:
            return None
        home, cls = found
        if not home.expr._is_settings_class(cls) or not any(name == attr for name, _ in cls.fields):
            return None
        expr = cls.constants.get(attr)
        return home.expr._settings_env_name(cls, attr, expr if expr is not None else cst.Name(attr)) or attr.upper()

    def _is_settings_class(self, cls: ClassInfo) -> bool:
        """``cls`` derives from pydantic-settings' ``BaseSettings`` (as written here)."""
        return any((self.index.qualify(base) or base).rsplit(".", 1)[-1] == "BaseSettings" for base in cls.bases)

    def _settings_env_name(self, cls: ClassInfo, name: str, expr: cst.BaseExpression) -> str | None:
        """The environment variable a field of a pydantic-settings class is read from, when the class
        says so: ``Field(..., validation_alias="ICE_GATEWAY_URL")`` (or ``alias=``, pydantic 1's ``env=``),
        or the class's ``env_prefix`` before the field's name (``SettingsConfigDict(env_prefix="ICE_EID_")``
        then ``url`` is ``ICE_EID_URL``): a name that supplies the value (SPEC section 4), as
        ``os.environ.get("ICE_GATEWAY_URL", default)`` is."""
        if not self._is_settings_class(cls):
            return None
        if isinstance(expr, cst.Call) and (dotted(expr.func) or "").rsplit(".", 1)[-1] == "Field":
            for arg in expr.args:
                if arg.keyword is not None and arg.keyword.value in ("validation_alias", "alias", "env") and isinstance(arg.value, cst.SimpleString):
                    text = string_value(arg.value)
                    if isinstance(text, str) and text:
                        return text
        config = cls.constants.get("model_config")
        prefix: str | None = None
        if isinstance(config, cst.Call) and (dotted(config.func) or "").rsplit(".", 1)[-1] in ("SettingsConfigDict", "ConfigDict", "dict"):
            given = next((a.value for a in config.args if a.keyword is not None and a.keyword.value == "env_prefix"), None)
            prefix = string_value(given) if isinstance(given, cst.SimpleString) else None  # type: ignore[assignment]
        elif isinstance(config, cst.Dict):
            given = next((e.value for e in config.elements if isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString)
                          and string_value(e.key) == "env_prefix"), None)
            prefix = string_value(given) if isinstance(given, cst.SimpleString) else None  # type: ignore[assignment]
        else:
            # pydantic 1: class Config: env_prefix = "DEPORTATION_"
            inner = next((s for s in cls.node.body.body if isinstance(s, cst.ClassDef) and s.name.value == "Config"), None)
            for stmt in inner.body.body if inner is not None else ():
                for small in stmt.body if isinstance(stmt, cst.SimpleStatementLine) else ():
                    if isinstance(small, cst.Assign) and any(isinstance(t.target, cst.Name) and t.target.value == "env_prefix" for t in small.targets) \
                            and isinstance(small.value, cst.SimpleString):
                        prefix = string_value(small.value)  # type: ignore[assignment]
        return f"{prefix}{name}".upper() if isinstance(prefix, str) and prefix else None

    def eval(self, node: cst.BaseExpression, frame: Frame) -> Val:
        """The abstract value of ``node`` in ``frame``."""
        method = getattr(self, "_eval_" + type(node).__name__, None)
        if method is None:
            return OPAQUE
        m = self.m
        outer, m.bulk_read = m.bulk_read, frozenset()
        try:
            val: Val = method(node, frame)
        finally:
            read, m.bulk_read = m.bulk_read, outer
        if type(node) is cst.Attribute and (node.attr.value in self._managers or self.population.custom_manager(node)):
            val = self.population.manager(node, val)  # Member.objects, Enrollee.active_objects: every record, until a filter chooses
        if read and not (val.const or val.response) and not read <= val.bulk:
            # derived from what it read: {"cin": m.cin} in a loop over members (a constant or a response
            # carries no record: m.ssn is None, requests.post(...); what they read still counts for
            # the expression around them, and for an if test)
            val = replace(val, bulk=val.bulk | read)
        if read or val.bulk:
            m.bulk_read = outer | read | val.bulk
        return val

    def _eval_SimpleString(self, node: cst.SimpleString, frame: Frame) -> Val:
        value = string_value(node)
        return const_val(text=value if isinstance(value, str) else value.decode("latin-1"))

    def _eval_ConcatenatedString(self, node: cst.ConcatenatedString, frame: Frame) -> Val:
        # "a" "b" "c" ...: its pieces in order, read one after the other (500 pieces nest 500 deep to the right)
        pieces: list[cst.BaseExpression] = []
        current: cst.BaseExpression = node
        over_lines = False
        while isinstance(current, cst.ConcatenatedString):
            pieces.append(current.left)
            over_lines = over_lines or isinstance(current.whitespace_between, cst.ParenthesizedWhitespace)
            current = current.right
        pieces.append(current)
        val = self.eval(pieces[0], frame)
        for piece in pieces[1:]:
            val = self.concat(val, self.eval(piece, frame))
        if val.placements and over_lines:
            # (f"id {m.cin}\n"  <newline>  f"{m.first_name} {m.last_name}\n"): written over lines, one value per line
            val = spread_mark(val)
        return val

    def _eval_Integer(self, node: cst.BaseExpression, frame: Frame) -> Val:
        return const_val()

    _eval_Float = _eval_Imaginary = _eval_Integer

    def _eval_Comparison(self, node: cst.Comparison, frame: Frame) -> Val:
        """A comparison carries no names; one that tests a status field is marked, so that a mask
        or a flag kept in a variable still counts as a condition (``mask = df["imgrtn_stus_cd"] == "5"``)."""
        self.eval(node.left, frame)  # what it reads counts for an if test (SPEC section 10)
        for target in node.comparisons:
            self.eval(target.comparator, frame)
        return self.population.marked(node, const_val(), frame)

    def _eval_Lambda(self, node: cst.Lambda, frame: Frame) -> Val:
        """A lambda: a function value closing over the current state."""
        closure = closure_of(frame.env)  # (a sibling lambda too: mask = lambda v: "***", then pick = lambda r: mask(r.ssn))
        if frame.imports:
            self.outer_imports[id(node)] = dict(frame.imports)
        ref = FunctionRef(node, id(node), closure)
        if frame.func_name is not None and isinstance(node.body, cst.Call) and node is not self.m.bound_value:
            # return lambda: requests.post(URL, json=...), scheduler.add_job(lambda: ...): a send made
            # ready here and run later, maybe by code out of sight; analyzed once with what it closes
            # over, as a nested def is (a call of it later reports the same placements once); with its
            # parameters' defaults (on_commit(lambda m=instance: ...)) or, with none, nothing known of them
            # (register(lambda m: requests.post(URL, json={"ssn": m.ssn})): a field read is still that field
            self.m.made_ready += 1
            try:
                self.functions.call_ref(ref, None, frame.cls, node, frame)
            finally:
                self.m.made_ready -= 1
        return Val(const=True, function=ref)

    def _eval_FormattedString(self, node: cst.FormattedString, frame: Frame) -> Val:
        parts: list[Val] = []
        text: list[str] = []
        in_path: set[str] = set()  # the names of values put into a URL's path
        outside: set[str] = set()  # and of the other parts (f"{ICE_BASE}/x/{ICE_BASE}" keeps ICE_BASE)
        raw = "r" in node.start.lower()
        for part in node.parts:
            if isinstance(part, cst.FormattedStringText):
                # f"SELECT *\nFROM {TABLE}": the newline or tab the escape writes (a raw f-string keeps its backslashes)
                text.append(_ESCAPE.sub(lambda e: _ESCAPES[e.group(1)], part.value) if "\\" in part.value and not raw else part.value)
            elif isinstance(part, cst.FormattedStringExpression):
                inner = self.eval(part.expression, frame)
                if inner.model is not None and not inner.placements and isinstance(part.expression, cst.Call):
                    inner = self.calls.stringified(inner, part.expression)  # f"{Label(m)}": what its __str__ builds
                val = self.interpolated(inner, part.expression)
                dropped = self.path_data_labels("".join(text), val)
                if dropped:
                    in_path |= dropped
                else:
                    outside |= val.labels
                parts.append(val)
                # (a URL built earlier with a field in it, base = f"{ICE_BASE}/subjects/{m.cin}": its text, holes and all)
                text.append(_kept_text(val))
        folded = combine(*parts) if parts else const_val()
        folded = path_marked(folded, in_path - outside)
        if folded.placements and any(isinstance(p, cst.FormattedStringText) and "\n" in p.value for p in node.parts):
            folded = spread_mark(folded)  # f"""NM1*...{m.last_name}~<newline>REF*SY*{m.ssn}~""": one value per line
        choices = _choices(node, parts)
        if choices is not None:
            # f"https://{HOST}/referrals" with HOST = "eid.ice.gov" if PROD else "...": either URL (the text
            # keeps what is the same in both, a file's name among it)
            return replace(folded, text="".join(text), alternatives=choices, const=folded.const)
        return replace(folded, text="".join(text), const=folded.const)

    def tests_data(self, node: cst.BaseExpression, frame: Frame) -> bool:
        """``m.hiv_test_result == "POS"``, ``not m.us_citizen``, ``m.code in CODES``: a test of what the
        code reads (not of constants only), whose result tells something about the person: put under a
        dict key, a subscript or a keyword argument, it is a nameless value named by that key."""
        negated = False
        running = self._stack[-1] if self._stack else None
        if isinstance(node, cst.Name) and node.value in frame.env and frame.env[node.value].const and not frame.env[node.value].text \
                and isinstance(running, cst.FunctionDef):
            # ok = m.attested_income <= limit, then {"income_ok": ok}: the test, the only binding of the name in the
            # function (no loop target, walrus, annotated or augmented assignment, unpacking, nested def's), as if
            # written there
            bindings = bindings_of(running.body, node.value)
            only = bindings[0] if len(bindings) == 1 else None
            if isinstance(only, cst.Assign) and len(only.targets) == 1 and isinstance(only.targets[0].target, cst.Name) \
                    and isinstance(only.value, (cst.Comparison, cst.UnaryOperation)):
                return self.tests_data(only.value, frame)
        while isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Not):
            node, negated = node.expression, True
        if negated and isinstance(node, cst.Call) and self._library_test(node, frame):
            return True  # not re.search("^O", m.primary_dx): a yes or no about the person's field (len(m.claims) is a count)
        if isinstance(node, (cst.Attribute, cst.Call)):
            return self._tested_by_method(node, frame)
        if isinstance(node, cst.IfExp) and all(isinstance(b, (cst.SimpleString, cst.Integer, cst.Float)) or (
                isinstance(b, cst.Name) and b.value in ("None", "True", "False")) for b in (node.body, node.orelse)):
            # "POS" if m.hiv_test_result == "P" else "NEG": constants chosen by a test of the person
            return self.tests_data(node.test, frame)
        if not isinstance(node, cst.Comparison):
            return False
        operands = [node.left, *(c.comparator for c in node.comparisons)]
        # len(m.ssn) == 9, m.ssn.strip() != "": what a call of the read returns is still a test of it
        if any(isinstance(o, cst.Call) and self._library_test(o, frame) for o in operands):
            return True  # SSN_RE.match(m.ssn) is not None, len(re.findall(P, m.dx)) > 0
        operands = [o.args[0].value if isinstance(o, cst.Call) and isinstance(o.func, cst.Name) and len(o.args) == 1 else
                    o.func.value if isinstance(o, cst.Call) and isinstance(o.func, cst.Attribute) else o for o in operands]
        for o in operands:
            if isinstance(o, cst.Attribute) and self._constant_of_class(o, frame):
                continue  # v.MODE == "full": a constant of the object's class, no one's data
            # (read from the syntax and the state, not evaluated again: the comparison was evaluated already)
            root = root_name(o) if isinstance(o, (cst.Attribute, cst.Subscript)) else None
            held = frame.env.get(root) if root is not None else None
            if held is not None and not held.const and held.function is None and held.client is None and not held.response:
                return True  # (a test of a response that came back, resp.status_code == 200, is about no one)
        return False

    def _constant_of_class(self, node: cst.Attribute, frame: Frame) -> bool:
        """``v.MODE``: a constant the object's class (a class of the module) declares (``rec.HIV_TEST_RSLT`` of
        a record of unknown class is a T-MSIS field, whatever its case)."""
        held = frame.env.get(node.value.value) if isinstance(node.value, cst.Name) else None
        cls = self.index.classes.get(held.model) if held is not None and held.model is not None else None
        return cls is not None and node.attr.value in cls.constants and node.attr.value not in {name for name, _ in cls.fields}

    def _library_test(self, node: cst.Call, frame: Frame, depth: int = 0) -> bool:
        """A call of a library's matcher on a field read (``re.search(P, m.primary_dx)``, ``SSN_RE.match(m.ssn)``,
        ``len(re.findall(P, m.dx))``): what it returns tells something of that field. A call of the module's
        own functions is judged by what it returns instead (not here)."""
        if depth > 2 or (isinstance(node.func, cst.Name) and node.func.value in self.index.functions):
            return False
        for arg in node.args:
            value = arg.value
            if isinstance(value, cst.Call):
                if self._library_test(value, frame, depth + 1):
                    return True
                continue
            root = root_name(value) if isinstance(value, (cst.Attribute, cst.Subscript)) else None
            held = frame.env.get(root) if root is not None else None
            if held is not None and not held.const and held.function is None and held.client is None and not held.response \
                    and not (isinstance(value, cst.Attribute) and self._constant_of_class(value, frame)):
                return True
        return False

    def _tested_by_method(self, node: "cst.Attribute | cst.Call", frame: Frame) -> bool:
        """``rec.hiv_positive`` (a property or cached property) or ``rec.has_code("B20")`` (a method) of a record of a payload model of the module
        (a dataclass, pydantic or attrs class) whose method returns only tests of the record's own fields (``return self.hiv_test_result == "POS"``): a
        test of the person, as the comparison written in place is."""
        func = node.func if isinstance(node, cst.Call) else node
        if not isinstance(func, cst.Attribute) or not isinstance(func.value, cst.Name):
            return False
        held = frame.env.get(func.value.value)
        cls = self.index.classes.get(held.model) if held is not None and held.model is not None and func.value.value != "self" else None
        method = cls.methods.get(func.attr.value) if cls is not None and cls.is_model else None
        if method is None or isinstance(node, cst.Call) == decorated(method, ("property", "cached_property", "hybrid_property", "functools.cached_property")):
            return False
        returns = [n.value for n in walk(method.body) if isinstance(n, cst.Return) and n.value is not None]
        own = Frame(env={"self": Val(names=frozenset({"self"}))})
        # (of its declared fields: return self.MODE == "full" tests a constant of the class)
        fields = {name for name, _ in cls.fields}  # type: ignore[union-attr]
        return bool(returns) and all(self.tests_data(value, own) and any(
            isinstance(n, cst.Attribute) and isinstance(n.value, cst.Name) and n.value.value == "self" and n.attr.value in fields for n in walk(value))
            for value in returns)

    def interpolated(self, val: Val, node: cst.CSTNode) -> Val:
        """A named value built into a string (``f"/subjects/{m.ssn}"``) is placed where it enters the
        string: a URL assembled here and sent later (or by a helper) is reported at this line."""
        if not val.names or val.const or (INBOUND_MARK in val.labels and not val.placements):
            return val  # (a field of what enforcement returned is its own: {notice['id']} of ICE's answer)
        line, col = self.positions(node)
        placed = Placement(line, col, val.names)
        if val.handed is not None and not val.placements:
            placed = replace(val.handed, names=val.names)  # mask(m.ssn) builds it into a string: placed where the caller handed it
        return replace(val, names=frozenset(), placements=val.placements + (placed,))

    def path_data_labels(self, before: str | None, val: Val) -> frozenset[str]:
        """The names of ``val``, put into a URL being built after the text ``before``, that name no destination:
        a value in the path is data (f"{CASE_URL}/notices/{notice.ice_notice_number}", CASE_URL + "/" + ice_id),
        its name no signal; a name of a URL part is one (f"{BASE}/{ICE_PATH}", f"/{referral_endpoint}")."""
        if val.const or before is None or not in_a_path(before):
            return frozenset()
        return frozenset(label for label in val.labels if label[:1].isalpha() and not self.rules.may_name_a_destination(label))

    def concat(self, left: Val, right: Val) -> Val:
        out = combine(left, right)
        out = path_marked(out, self.path_data_labels(left.text, right) - left.labels)  # CASE_URL + "/" + str(ice_detainer_id): data in the path
        texts = [_options(left), _options(right)]
        if (_varied(left) or _varied(right)) and all(texts) and len(texts[0]) * len(texts[1]) <= MAX_CHOICES:
            # BASE + "/referrals" with BASE one of two URLs: either joined URL (what they share before, kept as the text)
            start = _shared_host(left.alternatives) if _varied(left) else left.text
            joined = (start if start is not None else HOLE) + (right.text if right.text is not None and not _varied(right) else HOLE)
            return replace(out, text=joined, alternatives=tuple(a + b for a in texts[0] for b in texts[1]))
        # (url = url + "/" + str(p) in a loop: the URLs it may be share their host, kept when too many to list)
        start = left.text if left.text is not None and not _varied(left) else _shared_host(left.alternatives) or left.text
        if start is not None or right.text is not None:
            out = replace(out, text=(start if start is not None else HOLE) + (right.text if right.text is not None else HOLE))
        return out

    def _eval_Name(self, node: cst.Name, frame: Frame) -> Val:
        name = node.value
        if frame.object_aliases:
            self.statements.write_back_object(frame, name)  # d = env.data; d["x"] = ...; then env itself
        if name == "None":
            return NONE
        if name in ("True", "False"):
            return TRUE if name == "True" else FALSE
        if name in frame.env:
            val = frame.env[name]
            if not (val.const or val.placements or val.client or val.model or (val.response and not answer_body(val)) or _file_name_text(val.text)):
                if self._field_selector(name):
                    # {name: getattr(m, name) for name in fields}: a field's name, no one's data (round 516c)
                    val = replace(val, names=frozenset())
                else:
                    # (name = f"ELG_{month}.csv": a file name partly written here, not a field the variable names)
                    val = replace(val, names=val.names | self.field_names(name))
            elif val.placements and not val.const and self.vocabulary.classify(name) not in (None, *self.vocabulary.owner_blind) and all(
                    p.kind == "field" and p.key is None and p.names and all(self.vocabulary.classify(n) is None for n in p.names)
                    and not any(self.rules.transfer_metadata(self.vocabulary.tokens(n)) for n in p.names) for p in val.placements):
                # eobs = [e["resource"] for e in bundle["entry"]]: what the elements are read as says nothing
                # (entry_resource), the variable's name does (SPEC sections 5, 6: names of where it came from and went;
                # a name of a permitted category, dobs = [r["x"] ...], does not make the unknown reads permitted; entries of a
                # dict keep their keys' names, and harmless reads, plans = [p["request_id"] ...], stay harmless)
                val = replace(val, placements=tuple(replace(p, names=p.names | {name}) for p in val.placements))
            if val.bulk and PRUNED_MARK in val.labels:
                val = self.population.drop(val)  # members after a status test removed records from it: those left were chosen
            if self.m.marked and name in self.m.marked and not self._stack:
                # URL = "https://gw.vendor.example/fwd"  # medicaid-scope: enforcement, sent by module-level code
                return marked_enforcement(val, name)
            return val if QUIET_MARK in val.labels else val.with_labels({name})  # a variable named for enforcement marks the URL it holds
        if name in self.index.imports and name not in self.index.constants and self.index.qualify(name) in shipped().constants:
            return const_val()  # from numpy import nan; df["ssn"] = nan: a library's constant
        const = self.module_constant(name)
        if name in self.module_state:
            state = self.module_state[name]  # a module-level container that functions fill
            if const is not None and (state.text is not None or state.alternatives) and const.const and const.text is None \
                    and const.alternatives is None and const.items is None and const.elements is None:
                # TARGET = None, then global TARGET; TARGET = ICE_URL in configure(): where it may send
                return state.with_labels(const.labels | {MAYBE_NONE_MARK})
            if state.objects is not None and const is not None and const in state.objects:
                return state.with_labels(const.labels)  # STATE rebound by a function (global STATE): either object
            return join(const, state) if const is not None else state
        if const is not None:
            if const.bulk and self._stack:
                # BASIC_SQL = text("SELECT ..."): each function that reads the query reads its records there
                # (its MCD201 is reported in that function, whichever function evaluated the constant first)
                scope = id(self._stack[-1])
                const = replace(const, bulk=frozenset(replace(b, scope=scope) if b.module is None and b.scope != scope else b for b in const.bulk))
            return const
        sink = self._sink_reference(node, frame)
        if sink is not None:
            return sink
        if name in frame.imports or name in self.index.imports:
            local = frame.imports or None
            imported = self.links.foreign_constant(name, local)  # from .settings import ICE_URL
            if imported is not None:
                return imported if self.links.foreign_cleared(name, local) else imported.with_labels({name})
            fallback = self.fallback_constant(name) if name not in frame.imports else None
            if fallback is not None:
                return fallback
            return Val(labels=frozenset({self.index.qualify(name, local) or name, name}))
        if name in self.index.classes and self.project is not None:
            # a class of this module as a value (def client_class(): return EidClient): named so that a caller in
            # another module, to which the name says nothing, still finds the class (cls = client_class(); cls())
            return Val(labels=frozenset({name, f"@{self.module_id}:{name}"}))
        return Val(labels=frozenset({name}))

    def fallback_constant(self, name: str) -> Val | None:
        """``try: from local_settings import URL`` / ``except ImportError: URL = "https://..."``, with
        the imported module not in the project (a developer's own): the fallback constant."""
        fallback = self.index.fallbacks.get(name)
        found = self.links.foreign(name) if fallback is not None else None
        if fallback is None or (found is not None and defines(*found)):
            return None
        known = self.eval(fallback, Frame(env={}))
        return known.with_labels({name}) if known.const else None

    def _set_by_its_class(self, owner: Val, attr: str) -> Val | None:
        """``ref.body`` of ``ref: Referral`` handed in (its constructor not seen), with ``Referral.__init__`` setting
        ``self.body = {...}``: what the class's methods put there (placed where they put it), not a field named
        ``body``; None for a payload model, an attribute the class never sets, or one it sets to no data."""
        if owner.model is None or owner.attrs is not None or owner.client is not None or owner.placements:
            return None
        found = self.links.class_of(owner.model)
        if found is None or found[1].is_model:
            return None
        home, cls = found
        walked = home.functions.flat.walk
        if any(_rebinds_self_attribute(method, attr, walked) for _, each in home.functions.ancestry(cls) for name, method in each.methods.items()
               if name != "__init__"):
            return None  # (a method that puts another value there: which one the object holds depends on what ran)
        held = home.functions.shared_instance_attrs(cls).get(attr)
        # (self.fields = ["cin", "dob"], or one of two such lists: a constant list of names, not a field named fields)
        names_list = held is not None and held.const and held.text is None and (held.items is not None or bool(held.choices))
        if held is None or not (held.placements or held.bulk or names_list) or held.model is not None or held.client is not None:
            return None
        return translate(held, home.module_id, self.module_id) if home is not self.m else held

    def _eval_Attribute(self, node: cst.Attribute, frame: Frame) -> Val:
        if frame.keyed_expr is not None and dotted(node) == frame.keyed_expr[0]:
            return frame.keyed_expr[1]  # TARGETS[args.target] run once per key: the key of this run
        attr = node.attr.value
        base = node.value
        if frame.narrowed_items and type(base) is cst.Name and (narrowed := self.statements.narrowed_value(node, frame)) is not None:
            return narrowed  # if cfg.partner == "cms": what the test left it
        if frame.object_aliases and isinstance(base, cst.Name):
            self.statements.write_back_object(frame, base.value)  # d = env.data; d["x"] = ...; then env.data
        if attr == "name" and isinstance(base, cst.Name) and base.value in frame.env:
            handle = frame.env[base.value].client
            if handle is not None and handle.kind == "file" and handle.base is not None:
                return handle.base  # tmp.name: the path the file is kept under
        if attr in _PATH_PARTS and isinstance(base, cst.Call) and self.files.path_holder(base) is not None \
                and (self.calls.qualified(base.func, frame) or "").startswith("pathlib."):
            # Path(out).name, Path(p).stem: a part of a file's path, no field of anyone's record (the path's own text
            # decides what it holds)
            path_val = self.eval(base, frame)
            if path_val.text is None or not path_val.text.strip(HOLE):
                return const_val()
            return replace(path_val, const=False) if path_val.placements else path_val
        if attr in FIELD_NAME_ATTRIBUTES and isinstance(base, cst.Name) and base.value in frame.env and FIELD_OBJECTS_MARK in frame.env[base.value].labels:
            return const_val(text=frame.env[base.value].text)  # f.name of a declared field: its name
        if isinstance(base, cst.Name) and base.value not in frame.env and f"{base.value}.{attr}" in frame.env:
            return frame.env[f"{base.value}.{attr}"]  # state.PAYLOAD filled in this function
        if isinstance(base, cst.Name) and base.value not in frame.env and base.value in self.index.imports \
                and self.index.qualify(f"{base.value}.{attr}") in shipped().constants:
            return const_val()  # df["ssn"] = np.nan, pd.NA: a library's constant, no one's data
        if isinstance(base, cst.Attribute):
            state_key = app_state_key(node)
            if state_key is not None and state_key not in self.module_state:
                self.statements.fill_app_state(state_key)  # a getter of another module reading what its lifespan set
            if state_key is not None and state_key not in self.module_state:
                set_elsewhere = self.links.imported_app_state(state_key)
                if set_elsewhere is not None:
                    # request.app.state.dhs_client in a router that imports the module whose lifespan sets it
                    return set_elsewhere.with_labels({dotted(node) or attr, attr})
                if self.statements.sets_app_state(state_key):
                    # app.state.partners = {...} in the module body, run after its functions: not known yet, it will be
                    return Val(labels=frozenset({QUIET_MARK}))
                # an object the application keeps (its client), set where the analysis does not see: no one's field,
                # named by the chain it is read through
                return Val(labels=frozenset({dotted(node) or attr, attr}))
            if state_key is not None and state_key in self.module_state:
                # request.app.state.partner: the client the app was given (named as written too: ice_client)
                return self.module_state[state_key].with_labels({dotted(node) or attr, attr})
        shared = self.class_container(node, frame) if self.module_state else None
        if shared is not None and shared in self.module_state:
            # Outbox.pending.append(...) somewhere, then Outbox.pending (or cls.pending): what was put there
            klass = frame.cls if isinstance(base, cst.Name) and base.value == "cls" else self._class_named(base, frame)
            const = self.module_constant(attr, klass) if klass is not None else None
            return join(const, self.module_state[shared]) if const is not None else self.module_state[shared]
        own_class = (isinstance(base, cst.Call) and isinstance(base.func, cst.Name) and base.func.value == "type" and len(base.args) == 1
                     and isinstance(base.args[0].value, cst.Name) and base.args[0].value.value == "self") or (
            isinstance(base, cst.Attribute) and base.attr.value == "__class__" and isinstance(base.value, cst.Name) and base.value.value == "self")
        if own_class and frame.cls is not None:
            # type(self).URL, self.__class__.URL: a constant of the object's class (or of its bases)
            runtime = frame.env.get("self")
            cls = self.index.classes.get(runtime.model) if runtime is not None and runtime.model else None
            found = self.functions.class_attribute(cls or frame.cls, attr)
            if found is not None:
                return found.with_labels({attr})
        if isinstance(base, cst.Call) and isinstance(base.func, cst.Name) and base.func.value == "super" and frame.cls is not None:
            # @property def url(self): return super().url + "/v2": the class attribute of a base of the class
            for written in frame.cls.bases:
                base_cls = self.index.classes.get(written)
                found = self.functions.class_attribute(base_cls, attr) if base_cls is not None and base_cls is not frame.cls else None
                if found is not None:
                    return found.with_labels({attr})
        nested = self._nested_class_constant(base, attr, frame) if isinstance(base, cst.Attribute) and isinstance(base.value, cst.Name) else None
        if nested is not None:
            return nested.with_labels({dotted(node) or attr})  # self.Endpoints.SUBJECTS of a class kept inside the client
        if isinstance(base, cst.Name) and base.value == "self" and frame.cls is not None:
            derived = self.statements.derived_self_read(attr, frame)
            keyed = derived.slice[0].slice.value if isinstance(derived, cst.Subscript) and isinstance(derived.slice[0].slice, cst.Index) else None
            if derived is not None and isinstance(keyed, cst.Attribute) and keyed.attr.value in frame.self_attrs:
                return self.eval(derived, frame)  # self.url = URLS[partner] in __init__, past if self.partner != "ice": that entry
        if isinstance(base, cst.Name) and base.value in ("self", "cls") and frame.cls is not None:
            known = self.functions.self_attribute(attr, frame)
            if known is not None:
                return known if QUIET_MARK in known.labels else known.with_labels({f"self.{attr}"})
        if attr in FIELD_TABLES or attr == "__slots__":
            classes = self._classes_read(base, frame)
            table_names: list[str] = []
            for home, read_cls in classes:
                if attr == "__slots__":
                    # c.__slots__, type(c).__slots__ of an object of a class of the project: the names it declares
                    slots = home.expr.module_constant(attr, read_cls)
                    found_names = slots.items if slots is not None and slots.const else None
                else:
                    # IceReferral.model_fields, Row.__annotations__ (of this module, imported, or through schema = Basic,
                    # type(m)): the names the model declares (an allow-list)
                    found_names = tuple(home.functions.field_names(read_cls)) if read_cls.is_model else None
                if found_names is not None:
                    table_names.extend(found_names)  # (a class the value names that declares no such table, the running object's own: not it)
            if table_names:
                # (self.schema of a base that a subclass sets to another model: the names of either)
                return Val(const=True, items=tuple(dict.fromkeys(table_names)), labels=frozenset({f"{classes[0][1].name}.{attr}"}))
        klass = self._class_named(base, frame)
        if klass is not None and isinstance(klass.constants.get(attr), cst.Call) and self.index.enum_class(klass.name) is klass:
            # Partner.ICE with ICE = auto() of a StrEnum: the member, its value its name in lower case
            member = next((m for m in self.statements.enum_members(klass.name) or () if f"{klass.name}.{attr}" in m.labels), None)
            if member is not None:
                return member
        if klass is not None:
            const = self.module_constant(attr, klass)
            if const is not None:
                return const
            inherited = self.functions.class_attribute(klass, attr)
            if inherited is not None:
                return inherited.with_labels({f"{klass.name}.{attr}"})  # ProductionConfig.REFERRAL_URL set on Config
        if attr in _SIZES and isinstance(base, (cst.Name, cst.Attribute)):
            sized = self.eval(base, frame)
            if sized.bulk and not sized.names - {"index", "columns", "values"}:
                self.m.bulk_read = frozenset()  # (the frame read for its size: no record of it goes on)
                return Val(const=True)  # df.shape[0], df.size, df.index.size: how many, not who (like len(df))
        if attr in _FRAME_SIZES and isinstance(base, cst.Name):
            sized = self.eval(base, frame)
            if sized.bulk and not sized.names and (sized.placements or any(b.text.startswith(("pl.", "polars.", "pd.", "pandas.")) for b in sized.bulk)
                                                   or self.population.is_plural_person(base.value)) \
                    and all((p.key is not None and p.kind == "field") or p.kind == "whole" for p in sized.placements):
                # batch = members.select([...]); batch.height: polars' count of rows (a row's m.height is the person's)
                self.m.bulk_read = frozenset()
                return Val(const=True)
        if attr == "response" and isinstance(base, cst.Name) and base.value in frame.env and CAUGHT_MARK in frame.env[base.value].labels:
            # exc.response of except requests.HTTPError as exc: the failed call's answer (its status_code is no field; whose
            # answer it is the analysis does not tell, so its body is no data read here, as enforcement's own is not)
            return RESPONSE.with_labels({CAUGHT_MARK})
        if attr == "columns" and isinstance(base, cst.Name) and base.value in frame.env:
            frame_val = frame.env[base.value]
            if frame_val.placements and frame_val.model is None and frame_val.client is None and frame_val.attrs is None \
                    and all(p.key is not None or p.kind == "whole" for p in frame_val.placements):
                # fieldnames=list(df.columns), writer.writerow(df.columns.tolist()) of a frame: the names of its
                # columns, a header (SPEC section 3: constants), not a field named "columns"; the columns are
                # judged where the frame chose them (usecols=[...]), the rows where they are written
                return Val(const=True, labels=frozenset({f"{base.value}.columns"}))
        if attr in _CODE_NAMES:
            return const_val()  # type(self).__name__, fn.__qualname__: the name of code, not of a person
        if attr == "__dict__":
            owner_val = self.eval(base, frame)
            return self.calls.record_fields(owner_val, node) if owner_val.model is not None or CALLERS_MARK in owner_val.labels else self.whole_record(node)
        text = dotted(node)
        head = text.split(".", 1)[0] if text is not None else ""
        sink = self._sink_reference(node, frame) if head in self.index.imports or head in frame.imports else None
        if sink is not None:
            return sink
        if text is not None and (head in self.index.imports or head in frame.imports) and head not in frame.env:
            local = frame.imports or None
            imported = self.links.foreign_constant(text, local)  # settings.ICE_URL of the project's settings module
            if imported is not None:
                return imported if self.links.foreign_cleared(text, local) else imported.with_labels({text})
            if (head in self.index.modules and head not in frame.imports and self.links.foreign(head) is None
                    and (text.count(".") == 1 or self.vocabulary.classify(attr) is None)):
                # flask.json, bson.json_util, os.path.sep: a member of a library module, not a field read (its
                # names, as written and qualified, still name a destination: conf.URL of vendor.ice_settings);
                # flask.g.member.ssn past the first member is a field read
                qualified = self.index.qualify(text, local)
                return Val(labels=frozenset({text} | ({qualified} if qualified else set())))
        owner = self.eval(base, frame)
        if owner.objects is not None and not (owner.placements or owner.names or owner.model or owner.client) and CHANGED_MARK not in owner.labels:
            # cfg = PARTNERS[name] of a table of configuration objects, its key not known: the attribute of any of them
            return self._entries_joined([self._attribute_of(node, base, obj, attr, text, frame) for obj in owner.objects])
        table = next((label[len(CHANGED_MARK):] for label in owner.labels if label.startswith(CHANGED_MARK) and label != CHANGED_MARK), None)
        if owner.objects is not None and not (owner.placements or owner.names or owner.model or owner.client) and table is not None \
                and not self.statements.entry_attribute_changed(table, attr):
            # (of objects some code changes after, T["state"].include_dx = False: an attribute no code changes is any of
            # theirs as made, review 58c; one it changes, not known)
            return self._entries_joined([self._attribute_of(node, base, obj, attr, text, frame) for obj in owner.objects])
        return self._attribute_of(node, base, owner, attr, text, frame)

    def _entries_joined(self, vals: "list[Val]") -> Val:
        """The entries of a table a key not known may read, joined with every text each may be (``join_entries``); more
        texts than it keeps cut the analysis short (MCD901)."""
        joined, cut = join_entries(*vals)
        if cut:
            self.m.cut = self.m.cut_unseen = True  # (the texts left out may be an enforcement destination's)
        return joined

    def _attribute_of(self, node: cst.Attribute, base: cst.BaseExpression, owner: Val, attr: str, text: str | None, frame: Frame) -> Val:
        """``node`` (``base.attr``, written ``text``) read of ``owner``, what ``base`` holds."""
        if owner.response and attr in shipped().answer_bodies and INBOUND_MARK not in owner.labels and CAUGHT_MARK not in owner.labels:
            return owner.with_labels({BODY_MARK})  # resp.text, resp.content: the body of another system's answer
        if owner.response:
            return owner
        if attr in _URL_TEXT_ATTRIBUTES and owner.text is not None and "://" in owner.text and not owner.placements:
            return owner  # f = furl(EID) / "search"; f.url: the URL itself
        part = _url_part(owner.text, attr) if attr in _URL_PART_ATTRIBUTES | _URL_DATA_PARTS and owner.const and owner.text is not None \
            and "://" in owner.text else None
        if part is not None and attr in ("hostname", "netloc", "host"):
            return replace(owner, text=part, alternatives=None)  # urlparse(ICE_URL).hostname: that host, named as the URL was
        if part is not None:
            return const_val(text=part)  # urlparse(ICE_URL).scheme, .path: a part that names no destination by itself
        if owner.placements and owner.text is not None and "://" in owner.text and attr in _URL_PART_ATTRIBUTES | _URL_DATA_PARTS:
            # u = urlparse(f"{ICE_URL}/subjects/{m.ssn}"); conn.request("GET", u.path + "?" + u.query): its path and
            # query carry what the URL carried (which part holds which field is not told apart); its host and
            # scheme none of it
            if attr in _URL_DATA_PARTS:
                # (a part written out whole, urlparse(f"{ICE}/subjects?ssn={m.ssn}").path, carries none of it)
                data_part = _url_data_part(owner.text, attr)
                if data_part is not None and HOLE not in data_part:
                    return const_val(text=data_part)
                return replace(owner, text=None, alternatives=None)
            host = _url_part(owner.text, attr)
            return Val(const=host is not None, text=host, labels=owner.labels)
        if attr in ("value", "name") and ENUM_MEMBER_MARK in owner.labels:
            value = replace(owner, labels=owner.labels - {ENUM_MEMBER_MARK})  # obj.value of an Enum member: what obj is
            if attr == "value" and not owner.placements and any(label.startswith(KEY_NOT_MARK) and "." in label for label in owner.labels):
                return self._member_texts_not(value)  # p = Partner(event["partner"]) past `if p is Partner.ICE:` (round 412a)
            return value
        if attr in TEXT_ATTRIBUTES and XML_ELEMENT_MARK in owner.labels:
            return element_text(owner)  # el.text of an XML element: its text (a constant template's is a constant)
        if INBOUND_MARK in owner.labels and owner.model is not None and not owner.placements and owner.client is None:
            # inquiry.full_name of IceInquiry.model_validate(resp.json()): a field of what enforcement returned (its own)
            return Val(names=frozenset({attr}), labels=frozenset({INBOUND_MARK}))
        if attr in self.population.data.metadata_attributes and cursor_like(base, owner):
            # cur.description, cur.rowcount: what the cursor says of its query (the column names and types
            # of its select list, judged where the query names them), not the rows it fetched: its
            # elements and their parts (c.name, c[0]) are no member's fields
            self.m.bulk_read = frozenset()
            return Val(const=True, labels=owner.labels)
        if attr in _PATH_PARTS and not owner.placements and ((owner.client is not None and owner.client.kind == "file") or looks_like_path(base)
                                                               or _made_as_path(owner)):
            return Val(labels=owner.labels)  # scan_path.name, fh.name: the file's own name, no person's
        if ENV_MARK in owner.labels and owner.const and not owner.placements:
            # conn = BaseHook.get_connection("ice_eid"); conn.host: a part of a setting, named by the setting
            return Val(const=True, labels=owner.labels | {attr})
        if attr == "value" and not owner.placements and (not owner.names or self.statements._routing(owner)) \
                and any(label.startswith(KEY_NOT_MARK) for label in owner.labels) and self.enum_member(owner):
            # (also of a member made from an event's routing value, round 412a)
            return self._member_texts_not(owner)  # partner.value past `if partner is Partner.ICE: return`
        if (owner.const and owner.text is None and owner.items is None and owner.elements is None and owner.function is None
                and owner.model is None and owner.client is None and not owner.placements):
            return const_val()  # now.hour of now = datetime.now(): a part of a value made here (a clock, a uuid) is no field
        if attr == "value" and owner.const and owner.text is not None and isinstance(base, (cst.Attribute, cst.Subscript)):
            return owner  # Endpoint.REFERRAL.value, Endpoint["REFERRAL"].value: the constant of an Enum member
        if attr in ("value", "name") and not owner.placements and self.enum_member(owner):
            # reason = Basis.OVERSTAY (or reason: Basis, or a dict of members): reason.value is the member's
            # constant, reason.name its identifier in the class, no person's name; a member chosen by a
            # field (race: Race, LABELS.get(m.race_cd)) still tells that field
            if owner.names:
                return Val(names=owner.names, labels=owner.labels)
            return owner if attr == "value" else const_val()
        if attr == "name" and owner.client is not None and not owner.placements and not owner.names and owner.client.kind != "file":
            # bucket.name of a boto3 resource: the name of the destination the client was made for (what
            # it was made from, when that carried member data); a file's name is its path, above
            made_from = owner.client.base
            if made_from is not None and (made_from.placements or made_from.names):
                return Val(placements=made_from.placements, names=made_from.names, labels=owner.labels)
            return Val(labels=owner.labels)
        if owner.client is not None:
            rule = self.calls.client_methods.get(owner.client.kind, {}).get(attr)
            if rule is not None and rule.does == "same":
                return owner  # ws = wb.active: the workbook's sheet, written into the workbook
            if rule is not None and rule.sink is not None:
                # send = session.post; partial(producer.send, TOPIC): the client's send, called later
                return Val(const=True, function=FunctionRef(node, id(node), receiver=owner, method=attr), labels=owner.labels)
        if owner.opaque and owner.model is None and not owner.placements and attr in self.calls.untyped_sink_methods():
            # partial(producer.send, TOPIC) with a producer of unknown type: its send, called later
            return Val(const=True, function=FunctionRef(node, id(node), receiver=owner, method=attr), labels=owner.labels)
        if owner.model is not None and owner.client is None and not owner.placements and self.calls.bound_method(owner, attr) is not None:
            # send = client.submit, partial(self._post, URL): a method of the object, called later
            return Val(const=True, function=FunctionRef(node, id(node), receiver=owner, method=attr), labels=owner.labels)
        as_method = shipped().as_methods.get(attr)
        if as_method is not None and owner.model is None and owner.client is None:
            # row._mapping: read as row._asdict() (SQLAlchemy), not as a field named _mapping
            made = self.__dict__.setdefault("_as_method_calls", {}).get(id(node))
            if made is None or made.func.value is not node.value:
                made = self.__dict__["_as_method_calls"][id(node)] = cst.Call(func=node.with_changes(attr=cst.Name(as_method)))
                self.m.alias_position(made, node)
            read, written = self.eval(made, frame), source_text(made)
            return replace(read, placements=tuple(replace(p, detail=source_text(node)) if p.kind == "whole" and p.detail == written else p
                                                  for p in read.placements))
        if attr in shipped().accessors and (not owner.opaque or AGGREGATE_MARK in owner.labels):
            return owner  # df.loc, df.iloc: the same frame (of counts too: pd.read_sql("SELECT COUNT(*) ...").iloc[0, 0])
        if attr == "maps" and CHAIN_MAP_MARK in owner.labels:
            return owner  # ChainMap(a, b).maps: the maps it chains (what each holds, not a field named maps)
        if attr == "text" and owner.placements and all(p.detail.startswith(SQL_COLUMN) for p in owner.placements) and owner.model is None:
            return owner  # ACTIVE_SQL.text of ACTIVE_SQL = text("SELECT ..."): that query's SQL, its columns
        if attr in shipped().row_accessors and owner.placements and owner.model is None and FETCHED_MARK not in owner.labels:
            return owner  # session.query(E.cin, E.ssn).statement: that query (m.statement of one record is a field)
        if attr in _PATH_PARTS and owner.text is not None and owner.text.strip(HOLE) and not owner.names:
            return replace(owner, labels=frozenset(), text=None)  # out.name of a folded path: part of the path (and what entered it)
        if owner.const and isinstance(base, cst.Call) and owner.function is None:
            return const_val()  # uuid.uuid4().hex, datetime.now().year: made here, no member data
        given = dict(owner.attrs or ()).get(SERIALIZER_INPUT) if attr in ("validated_data", "initial_data") else None
        if given is not None and not any(p.key is not None for p in given.placements):
            given = None  # S(data=request.data): input of unknown entries, read as the serializer's fields below
        if given is not None:
            # LeadSerializer(data={...}).validated_data: what it was given (placed there), of its declared fields
            declared = self.functions.declared_fields(owner.model) if owner.model is not None and attr == "validated_data" else None
            if declared is None or any(p.kind == "whole" for p in declared.placements) or not any(p.key for p in declared.placements):
                return given  # fields = "__all__": every entry it was given
            return only_keys(given, tuple(p.key for p in declared.placements if p.key))
        if attr in shipped().models.serializer_data and self.is_serializer(owner, base):
            fields = self.calls.record_fields(owner, node)  # a serializer's .data: its declared fields, or every field
            shown = self.calls.bound_method(owner, "to_representation") if owner.model is not None else None
            if shown is None:
                return fields
            # def to_representation(self, instance): data = super()...; data["ssn"] = instance.ssn: .data is
            # what it returns (DRF calls it), of the instance the serializer was made with when it is in sight
            made = base.args[0] if isinstance(base, cst.Call) and base.args and base.args[0].keyword is None else None
            instance = self.eval(made.value, frame) if made is not None else OPAQUE
            shown_val = self.calls.call_method_of(shown, [(made or cst.Arg(value=node), instance)], owner, base if isinstance(base, cst.Call) else node)
            if any(isinstance(n, cst.Call) and isinstance(n.func, cst.Attribute) and n.func.attr.value == "to_representation"
                   and isinstance(n.func.value, cst.Call) and dotted(n.func.value.func) == "super" for n in walk(shown[2].body)):
                return shown_val  # data = super().to_representation(instance); data.pop("ssn"): what it returns, fields and all
            return combine(fields, shown_val)
        labels = owner.labels | ({text} if text else {attr})
        masked = dict(owner.attrs).get(attr) if owner.attrs is not None else None
        if masked is not None and MASKED_MARK in masked.labels:
            return masked  # subject.ssn = None; then subject.ssn: that constant (SPEC section 6: replaced with a constant)
        if masked is not None and masked.const and owner.model is None and not any(p.key == attr for p in owner.placements) \
                and any(p.detail.startswith(SQL_COLUMN) for p in owner.placements):
            return masked.with_labels(labels)  # r.enrollee_count of a row of SELECT ..., COUNT(*) AS enrollee_count: a number
        if masked is not None and owner.model is None and not masked.const and (masked.placements or masked.names):
            # r.note = m.race (or setattr(r, "note", m.race)) on a record of unknown class: what was stored, named too
            return replace(masked, names=masked.names | {attr}).with_labels(labels)
        if owner.attrs is not None and owner.model is not None:
            held = dict(owner.attrs).get(attr)
            if held is not None and held.const and (held.text is not None or held.alternatives) and (
                    self._configuration_object(base, frame) or names_storage(attr) or LITERAL_OBJECT_MARK in owner.labels):
                # DELIVERY = Delivery(bucket="..."): the value it was built with; spec.bucket of any object given
                # a bucket, queue or topic name
                return held.with_labels(labels)
            if held is not None and held.const and (held.items is not None or held.choices) and held.text is None:
                # self.header = {"schema_version": "2"}: a constant container, no member data (or one of several: cfg.fields
                # of either of two configuration objects)
                return held.with_labels(labels)
            if held is not None and not (held.const and not destination_like(held.text) and not any(destination_like(t) for t in held.alternatives or ())):
                # (self.url = url or self.DEFAULT_URL with url an environment setting: either URL)
                # p = Packet(); p.add(m); p.data: what its methods put there (a constant default such as
                # self.diagnosis = "" is a placeholder: the attribute is still a field read)
                return held.with_labels(labels)
        prop = self._property(node, base, owner, attr, frame)
        if prop is not None and (prop.names or prop.text is not None) and not prop.const and self.m.vocabulary.classify(attr) is not None \
                and (not prop.placements or prop.text is not None):
            # case.full_name of @property def full_name: first and last name, read as full_name too (the name the code
            # reads, and the one a caller that does not know the object's class sees: one finding either way)
            return replace(prop, names=prop.names | {attr}).with_labels(labels)
        if prop is not None:
            return prop.with_labels(labels)  # self.payload of a @property: what it returns
        if owner.model is not None:
            # DELIVERY = Delivery(); DELIVERY.bucket: a setting of a configuration object, whatever its class's name
            declared = self._class_constant(owner.model, attr, self._configuration_object(base, frame))
            if declared is not None and declared.const and (declared.text is None or destination_like(declared.text) or declared.labels & {SETTINGS_MARK}):
                return declared.with_labels(labels)  # settings = Settings(); settings.referral_url: its class's constant
            if declared is not None and declared.model is not None and not declared.placements and not declared.names and not declared.bulk:
                # settings.endpoints with endpoints: Endpoints = field(default_factory=Endpoints): a nested settings object
                return declared.with_labels(labels)
            setting = self._settings_field(owner.model, attr)
            if setting is not None:
                # settings.referral_url of a pydantic-settings class with no default: read from the environment
                # variable it names (ICE_REFERRAL_URL), a setting, no member's field
                return Val(labels=labels | {setting})
        nested = self._nested_model(owner, attr)
        # (m.guardian with guardian: Guardian declared: read as of a member whose class is not known, the guardian's record:
        # m.guardian.phone is the guardian's phone, m.guardian.address.zip the guardian's ZIP code, sent whole the
        # guardian's, not the declarations of a model the member's own fields may share, rounds 401a, 403a, review 55c)
        if nested is not None and not (self.vocabulary.someone_else(attr) or self.vocabulary.qualifies(attr, "phone")):
            return nested.with_labels(labels)  # req.case with case: CaseRecord declared: that model, its declared fields
        if nested is not None:
            return Val(names=frozenset({attr}), labels=labels)  # (named by the attribute alone, not its model's fields: round 425a)
        held_by_class = self._set_by_its_class(owner, attr)
        if held_by_class is not None:
            return held_by_class.with_labels(labels)
        if _is_constant_name(attr) and not self._column_attribute(base, attr, frame, owner):
            # settings.AGENCY_CODE, config.BATCH_SIZE: a setting, not member data
            return Val(const=True, labels=labels) if self._settings_owner(base, frame) else Val(labels=labels)
        # snap.cin with snap a variable named only by itself: its name qualifies, nothing more
        named_only = isinstance(base, cst.Name) and not owner.placements and owner.names <= self.field_names(base.value)
        owner_names = self._own_record(base, owner)
        if not owner_names and named_only and isinstance(base, cst.Name) and set(self.vocabulary.tokens(base.value)) <= self.vocabulary.other_person \
                and not self.names_a_child(base.value):
            owner_names = frozenset({base.value})  # worker.phone of a parameter named worker: the caseworker's phone
        names = {attr} | _chained(owner_names, attr, self.vocabulary, named_only, self._harmless_name)
        thing = self._name_of_a_thing(base, owner, attr)
        if thing is not None:
            names = (names - {attr}) | {thing}
        prefix = f"{ANNOTATED_MARK}{attr}="  # (every field read passes here: one text made, each label compared to it)
        annotated = next((label[len(prefix):] for label in owner.labels if label.startswith(prefix)), None)
        if annotated is not None:
            # m.latest_status of .annotate(latest_status=Subquery(events.values("imgrtn_stus_cd")[:1])): that column
            names = (names - {attr}) | {annotated}
        for p in owner.placements:
            if p.key == attr:
                names |= p.names
        return Val(names=frozenset(names), labels=labels)

    def _nested_model(self, owner: Val, attr: str) -> Val | None:
        """The field ``attr`` of a payload model of the project (``owner``), declared with another payload
        model as its type (``case: CaseRecord``): that model's declared fields, as a parameter annotated
        with it carries them; None otherwise."""
        if owner.model is None or owner.client is not None:
            return None
        found = self.links.class_of(owner.model)
        if found is None or not found[1].is_model:
            return None
        home, cls = found
        stmt = dict(cls.fields).get(attr)
        small = stmt.body[0] if isinstance(stmt, cst.SimpleStatementLine) and stmt.body else stmt
        if not isinstance(small, cst.AnnAssign):
            return None
        model = home.functions.model_of(small.annotation.annotation)
        if model is None or model.model is None:
            return None
        return model if home is self.m else translate(model, home.module_id, self.module_id)

    def _own_record(self, base: cst.BaseExpression | None, owner: Val) -> frozenset[str]:
        """The names of ``owner`` that qualify a field read off it, without a child's: a variable named for a child
        (``child``, ``chip_child``, a loop over ``children``) that was not read off another record (``m.child``) holds
        the child's own record, the enrollee of a CHIP or school-based service (``child.cin`` is a Medicaid ID).
        ``base``: the variable read (None for a subscript: the variable's own name among the owner's labels)."""
        if not owner.names:
            return owner.names
        named = isinstance(base, cst.Name) and self.names_a_child(base.value)
        # (for c in children: c holds what the children collection does, named by its label)
        if not named and (base is None or isinstance(base, cst.Name)) and not any(
                "." not in label and self.names_a_child(label) for label in (*owner.labels, *owner.names)):
            return owner.names
        if base is not None and not isinstance(base, cst.Name):
            return owner.names
        if any("." in label and set(self.vocabulary.tokens(label.rsplit(".", 1)[-1])) <= CHILD_WORDS and self._a_persons(label) for label in owner.labels):
            # child = m.child, for child in m.children: the member's child, someone else (not repo.load_children(), nor a
            # school's children: the children themselves)
            return owner.names
        return frozenset(n for n in owner.names if not self.names_a_child(n))

    def _a_persons(self, label: str) -> bool:
        """``m.children``, ``self.kids``, ``household.children``, ``application.children``: a relation read off a record
        of one person or family, not off a group or a store (``school.children``, ``repo.children``)."""
        return not is_group_or_store(label.split(".", 1)[0], self.vocabulary.tokens)

    def names_a_child(self, name: str) -> bool:
        """``child``, ``chip_child``, ``children``: a name whose last word is a child and none of whose other words names
        someone else (not ``child_guardian``, ``parent_of_child``, ``kid_doctor``)."""
        words = self.vocabulary.tokens(name)
        while len(words) > 1 and words[-1] in self.population.data.collection_words:
            words = words[:-1]  # child_list, children_df: the children
        return bool(words) and words[-1] in CHILD_WORDS and not any(w in self.vocabulary.other_person and w not in CHILD_WORDS or w == "of"
                                                                     for w in words[:-1])

    def _name_of_a_thing(self, base: cst.BaseExpression, owner: Val, attr: str) -> str | None:
        """``m.county.name``, ``bucket.name``, ``log.name``: the ``name`` of an owner that is a thing, not
        a person, read as one name with its owner (``county_name`` is an address part, ``bucket_name``
        the name of a bucket); None when no owner makes it so (``m.name``, ``member.name``)."""
        vocabulary = self.vocabulary
        if vocabulary.tokens(attr) != ("name",):
            return None
        last = base.attr.value if isinstance(base, cst.Attribute) else base.value if isinstance(base, cst.Name) else None
        if last is not None and last.lower() in _RECORD_WORDS:
            last = None  # app.name of an applicant's record, rec.name: whose record it is, not which thing
        for word in sorted({*(n for n in owner.names if "." not in n), *([last] if last else [])}):
            compound = f"{word}_{attr}"
            if vocabulary.is_technical(compound) or vocabulary.classify(compound) not in (None, "name"):
                return compound
        return None

    def _key_set(self, node: cst.BaseExpression, frame: Frame) -> Val | None:
        """The keys of a dict whose every key is known, as constant names (``rec.keys()``, ``set(rec)``,
        ``list(rec)``); None otherwise."""
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value == "keys" and not node.args:
            node = node.func.value
        elif isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value in ("set", "list", "frozenset") and len(node.args) == 1:
            node = node.args[0].value
        if not isinstance(node, cst.Name) or node.value not in frame.env:
            return None
        held = frame.env[node.value]
        keys = [p.key for p in held.placements]
        if not keys or any(k is None or k.startswith(HOLE) for k in keys) or any(p.kind != "field" or p.detail for p in held.placements):
            return None
        return const_val(items=tuple(dict.fromkeys(k for k in keys if k is not None)))

    def _settings_owner(self, base: cst.BaseExpression, frame: Frame) -> bool:
        """The owner of an upper-case attribute is an imported module or object (``settings`` of
        ``django.conf``, a project's settings module), never a variable or parameter of the code."""
        owner = dotted(base)
        if owner is None:
            return False
        head = owner.split(".", 1)[0]
        return head not in frame.env and (head in self.index.imports or head in frame.imports)

    def _member_texts_not(self, member: Val) -> Val:
        """``partner.value`` of a member known not to be ``Partner.ICE`` (past ``if partner is Partner.ICE: return``): also
        known not to be that member's text (``URLS[partner.value]`` is not ICE's entry)."""
        texts = set()
        for label in member.labels:
            if label.startswith(KEY_NOT_MARK) and "." in label:
                owner, _, name = label[len(KEY_NOT_MARK):].partition(".")
                cls = self.index.enum_class(owner)
                text = string_value(cls.constants[name]) if cls is not None and isinstance(cls.constants.get(name), cst.SimpleString) else None  # type: ignore[arg-type]
                if isinstance(text, str):
                    texts.add(KEY_NOT_MARK + text)
        # (partner: Partner of members STATE and ICE, past `if partner is Partner.ICE: return`: partner.value is "state", not
        # any other key of a table read by it)
        owners = {label[: -len(".<member>")] for label in member.labels if label.endswith(".<member>")}
        cls = self.index.enum_class(next(iter(owners))) if len(owners) == 1 else None
        values = [string_value(v) for v in cls.constants.values()] if cls is not None and cls.constants \
            and all(isinstance(v, cst.SimpleString) for v in cls.constants.values()) else None
        left = [v for v in values or () if isinstance(v, str) and KEY_NOT_MARK + v not in texts]
        held = member.with_labels(texts) if texts else member
        return replace(held, const=True, text=left[0] if len(left) == 1 else None, alternatives=tuple(left) if len(left) > 1 else None) if left else held

    def enum_member(self, val: Val) -> bool:
        """``val`` is a member of an Enum class of this module (``Basis.OVERSTAY``, a parameter annotated
        ``reason: Basis``), or of one imported by name from another module of the project: its labels name
        the class and the member."""
        for label in val.labels:
            owner = label.partition(".")[0] if "." in label else None
            if owner is None:
                continue
            if self.index.enum_class(owner) is not None:
                return True
            found = self.links.foreign(owner) if owner in self.index.imports else None
            if found is not None and found[0] is not self.m and found[0].index.enum_class(found[1]) is not None:
                return True
        return False

    def class_container(self, node: cst.BaseExpression, frame: Frame) -> str | None:
        """``Outbox.pending`` (or ``cls.pending`` in a method of ``Outbox``) with ``pending = []`` a class
        attribute of a class of this module: a container shared by the class, kept with the module's
        containers under ``"Outbox.pending"``; None for anything else."""
        if not isinstance(node, cst.Attribute) or not isinstance(node.value, cst.Name):
            return None
        if node.value.value == "cls" and frame.cls is not None:
            klass: ClassInfo | None = frame.cls
        else:
            klass = self._class_named(node.value, frame)
        if klass is None or not isinstance(klass.constants.get(node.attr.value), (cst.List, cst.Dict, cst.Set)):
            return None
        return f"{klass.name}.{node.attr.value}"

    def _nested_class_constant(self, base: cst.Attribute, attr: str, frame: Frame) -> Val | None:
        """``self.Endpoints.SUBJECTS``, ``Gateway.Endpoints.SUBJECTS``: a constant of a class written inside
        a class of this module (``class Endpoints:`` in the client's body), bound once there."""
        outer = base.value
        assert isinstance(outer, cst.Name)
        cls = frame.cls if outer.value in ("self", "cls") else self._class_named(outer, frame)
        if cls is None:
            return None
        inner = next((s for s in cls.node.body.body if isinstance(s, cst.ClassDef) and s.name.value == base.attr.value), None)
        if inner is None or (outer.value == "self" and base.attr.value in self.functions.instance_attrs(cls)):
            return None  # (self.Endpoints = IceEndpoints() in __init__: the object's own attribute answers first)
        bound = [small.value for stmt in inner.body.body if isinstance(stmt, cst.SimpleStatementLine) for small in stmt.body
                 if isinstance(small, (cst.Assign, cst.AnnAssign)) and small.value is not None
                 and any(isinstance(t, cst.Name) and t.value == attr for t in (
                     [x.target for x in small.targets] if isinstance(small, cst.Assign) else [small.target]))]
        if len(bound) != 1:
            return None
        found = self.eval(bound[0], Frame(env={}))
        return found if found.const else None

    def _classes_read(self, base: cst.BaseExpression, frame: Frame) -> "list[tuple[ModuleAnalysis, ClassInfo]]":
        """The classes of the project whose declared names ``base.<table>`` reads: a class named (here or
        imported), ``type(obj)`` or ``obj`` of an object of it, or a variable or attribute bound to a class
        (``schema = Basic``; ``self.schema`` of a base a subclass sets to another: either); none when it is none
        of these."""
        if isinstance(base, (cst.Name, cst.Attribute)) and root_name(base) not in frame.env and (isinstance(base, cst.Name) or root_name(base) in self.index.imports):
            found = self.links.class_of(dotted(base) or "")  # IceSubject, models.IceSubject of an imported module
            if found is not None or isinstance(base, cst.Name):
                return [found] if found is not None else []
        if isinstance(base, cst.Call) and dotted(base.func) == "type" and "type" not in frame.env and len(base.args) == 1:
            base = base.args[0].value
        held = self.eval(base, frame)
        if held.model is not None:
            found = self.links.class_of(held.model)
            return [found] if found is not None else []
        if not held.placements and not held.const and held.client is None:
            own = frame.cls.name if frame.cls is not None else None  # (self.schema carries its class's name too)
            # (schema = models.IceSubject: the label is the name as written, through the module)
            named = [found for label in sorted(held.labels) if (label[:1].isupper() or "." in label.strip(".")) and label != own
                     and label.rsplit(".", 1)[-1][:1].isupper() for found in [self.links.class_of(label)] if found]
            if isinstance(base, cst.Attribute) and isinstance(base.value, cst.Name) and base.value.value == "self" and frame.cls is not None:
                named += self._overriding_classes(frame.cls, base.attr.value)
            return list({id(found[1]): found for found in named}.values())
        return []

    def _overriding_classes(self, cls: ClassInfo, attr: str) -> "list[tuple[ModuleAnalysis, ClassInfo]]":
        """The classes the subclasses of ``cls`` in this module bind the class attribute ``attr`` to
        (``class PilotExporter(Exporter): schema = PilotSubject``)."""
        out = []
        for other in self.index.classes.values():
            value = other.constants.get(attr) if cls.name in other.bases and other is not cls else None
            found = self.links.class_of(value.value) if isinstance(value, cst.Name) else None
            if found is not None:
                out.append(found)
        return out

    def _class_named(self, base: cst.BaseExpression, frame: Frame) -> ClassInfo | None:
        """The class of this module ``base`` names: its own name, or a module constant bound to it
        (``Active = ProductionConfig``)."""
        if not isinstance(base, cst.Name) or base.value in frame.env:
            return None
        name = base.value
        alias = self.index.constants.get(name) if name not in self.index.classes and name not in self.index.grown else None
        if isinstance(alias, cst.Name) and self._bound_once(name):
            name = alias.value
        elif alias is not None:
            return None
        return self.index.classes.get(name)

    def _bound_once(self, name: str) -> bool:
        """``name`` is assigned once in the module's text (``Active = ProductionConfig``, not rebound
        under an ``if``)."""
        counts: dict[str, int] | None = self.__dict__.get("_binding_counts")
        if counts is None:
            counts = {}
            for node in walk(self.module):
                if type(node) is cst.Assign:
                    for target in node.targets:  # type: ignore[attr-defined]
                        if type(target.target) is cst.Name:
                            counts[target.target.value] = counts.get(target.target.value, 0) + 1
            self.__dict__["_binding_counts"] = counts
        return counts.get(name, 0) <= 1

    def _configuration_object(self, base: cst.BaseExpression, frame: Frame) -> bool:
        """An object that holds settings: a module-level constant (``DELIVERY``, ``SETTINGS.queues``) or
        one named for configuration (``settings``, ``cfg.partner``)."""
        owner = dotted(base)
        if owner is None:
            return False
        head = owner.split(".", 1)[0]
        if head not in frame.env and head in self.index.constants and head.isupper():
            return True
        return bool(set(self.vocabulary.tokens(owner.replace(".", "_"))) & _SETTINGS_OWNERS)

    def _column_attribute(self, base: cst.BaseExpression, attr: str, frame: Frame, held: Val) -> bool:
        """``row.RACE_ETHNCTY_CD``: an upper-case attribute that is a field of the vocabulary, read
        from a record (T-MSIS and warehouse columns are upper case), not a setting: the owner is no
        module, class or configuration object (``settings.SSN_SALT``, ``cfg.PHONE_NUMBER`` stay constants)."""
        owner = dotted(base)
        if owner is None or self._settings_owner(base, frame):
            return False
        head = owner.split(".", 1)[0]
        if head not in frame.env and (head in self.index.classes or head in self.index.constants):
            return False
        if set(self.vocabulary.tokens(owner.replace(".", "_"))) & _CONFIG_OWNERS:
            return False
        found = self.links.class_of(held.model) if held.model is not None else None
        if found is not None and found[0].functions.class_attribute(found[1], attr) is not None:
            return False  # builder.SENDER_NAME: a constant its class declares, not a column
        if self.vocabulary.classify(attr.lower()) is not None:
            return True
        # row.NOTES, m.FULLNAME of a record (read from a source of records, or named for a person or a
        # row): a column the vocabulary does not know (MCD104), as row["NOTES"] is
        words = name_words(head)
        expanded = self.vocabulary.tokens(head)  # bene: a beneficiary (T-MSIS abbreviations)
        nouns = self.population.data.person_nouns
        return bool(held.bulk) or head in ("m", "r") or (bool(words) and (words[-1] in nouns or words[-1] in _RECORD_WORDS)) or (
            bool(expanded) and expanded[-1] in nouns)

    def _constant_slice(self, owner: cst.BaseExpression, bounds: cst.Slice, frame: Frame) -> Val | None:
        """``owner[a:b]`` of a constant list of texts (or of rows, ``LAYOUT[1:]`` of ``(name, width)`` pairs) with written
        bounds: the list of those elements; None otherwise."""
        ends = [int_literal(bound) if bound is not None else None for bound in (bounds.lower, bounds.upper, bounds.step)]
        if any(end is None and bound is not None for end, bound in zip(ends, (bounds.lower, bounds.upper, bounds.step), strict=True)) or ends[2] == 0:
            return None
        held = self.eval(owner, frame)
        if not (held.const and held.elements is not None and (not held.items or len(held.items) == len(held.elements))) or held.placements:
            return None
        if not held.items and not all(e.const and e.elements is not None for e in held.elements):
            return None  # (a list of numbers, of calls: no names to keep)
        part = slice(ends[0], ends[1], ends[2])  # (LAYOUT[::2] too)
        return replace(held, items=held.items[part] if held.items else held.items, elements=held.elements[part])

    def _eval_Subscript(self, node: cst.Subscript, frame: Frame) -> Val:
        if frame.keyed_expr is not None and key_text(node) == frame.keyed_expr[0]:
            return frame.keyed_expr[1]  # TARGETS[sys.argv[1]] run once per key: the key of this run
        if frame.narrowed_items:
            narrowed = self.statements.narrowed_value(node, frame)
            if narrowed is not None:
                return narrowed  # if event["partner"] == "state": what the test left it
        first = node.slice[0].slice
        if isinstance(node.value, (cst.Name, cst.Attribute)) and root_name(node.value) not in frame.env and isinstance(first, cst.Index) \
                and len(node.slice) == 1 and self.calls.enum_class_named(dotted(node.value) or ""):
            # Status[member.imgrtn_stus_cd] of an Enum of the module: the member that field names (its .name is that
            # field); Endpoint["ICE"] of a constant key is that member, read below
            key = self.eval(first.value, frame)
            if not key.const:
                return key.with_labels({ENUM_MEMBER_MARK})
        table_node = node.value.value if isinstance(node.value, cst.Subscript) else node.value  # (PARTNERS[partner][0] too)
        if isinstance(table_node, (cst.Name, cst.Attribute)) and isinstance(first, cst.Index) and len(node.slice) == 1 and (
                root_name(table_node) not in frame.env or root_name(table_node) in ("self", "cls")):
            classes = self.calls.table_classes(node, frame)
            if classes is not None:
                return classes  # cls = CLIENTS[partner] of {"ice": IceClient, ...}: made by cls()
        if isinstance(first, cst.Slice) and len(node.slice) == 1:
            sliced = self._constant_slice(node.value, first, frame)
            if sliced is not None:
                return sliced  # clauses[:2], clauses[1:] of a constant list of texts: those elements
        val = self._subscript(node, frame)
        if isinstance(first, cst.Index) and (isinstance(first.value, cst.Integer) or (isinstance(first.value, cst.UnaryOperation) and isinstance(
                first.value.expression, cst.Integer))) and val.names and not val.const and not val.placements:
            val = replace(val, names=self.vocabulary.members_of(val.names))  # m.household[0]: a member of the household
        if isinstance(first, cst.Index) and not isinstance(first.value, cst.Integer) and any(p.detail == DATA_KEY for p in val.placements):
            # households[r["case_num"]]: an entry, not the keys the container holds its entries under
            val = replace(val, placements=tuple(p for p in val.placements if p.detail != DATA_KEY))
        if val.bulk and isinstance(first, cst.Index) and BY_PERSON_MARK in self.eval(node.value, frame).labels \
                and not self.eval(first.value, frame).bulk:
            return self.population.drop(val)  # by_cin[cin]: the one record of the person the caller identified
        if (val.bulk or self.m.bulk_read) and isinstance(first, cst.Index) and self.one_person(first.value, frame):
            return self.population.drop(val)  # df[df["medicaid_id"] == cin], df.loc[df.cin == cin, cols]: one person's rows
        if val.bulk and len(node.slice) == 1 and isinstance(first, cst.Index) and is_position(first.value) and self.one_of_records(node.value, frame):
            # qs.order_by("-created")[0], rows[0] of fetched rows, members[-1]: one record by its position, like
            # first() (not chunks[0] of batches, nor row[0] of one record: a column of each row)
            return self.population.drop(val)
        if val.bulk and len(node.slice) == 1 and isinstance(first, cst.Index) and is_position(first.value) and self.looked_up(node.value):
            return self.population.drop(val)  # [m for m in members if m.cin == chosen][0]: one person, by id
        if STATUS_MARK in val.labels and not val.bulk and isinstance(first, cst.Index) and isinstance(first.value, cst.Name):
            # df[mask] with mask = df["imgrtn_stus_cd"].isin(T), then df[mask][COLS]: the rows the mask chose (a
            # selection carries the records it keeps itself); reading the mask again reads no records around it
            self.m.bulk_read = frozenset()
        return val

    def looked_up(self, node: cst.BaseExpression) -> bool:
        """``[m for m in members if m.cin == chosen]`` (also through ``list(filter(lambda m: m.cin == chosen,
        members))``): the records of the person an id names, a lookup (SPEC section 10: not bulk)."""
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value == "list" and len(node.args) == 1:
            node = node.args[0].value
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value == "filter" and len(node.args) == 2 \
                and isinstance(node.args[0].value, cst.Lambda):
            return self.population._looks_up_one(node.args[0].value.body)
        return isinstance(node, (cst.ListComp, cst.GeneratorExp)) and node.for_in.inner_for_in is None and any(
            self.population._looks_up_one(c.test) for c in node.for_in.ifs)

    def one_of_records(self, node: cst.BaseExpression, frame: Frame) -> bool:
        """``node`` holds records one by one, so that one of them by position is one person: a query
        (``Member.objects.order_by(...)``, ``cur.fetchall()``), a variable given one (``qs``, ``rows =
        cur.fetchall()``), a parameter or variable named for people (``members``), also sorted, listed
        or sliced. Not a list of batches or groups, a DataFrame, nor one record (``row[0]`` is a column)."""
        while True:
            if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value in _SAME_RECORDS and node.args \
                    and node.func.value not in frame.env:
                node = node.args[0].value  # sorted(members, key=...)[0], list(qs)[0]
            elif isinstance(node, cst.Subscript) and len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Slice):
                node = node.value  # qs[:10][0]
            else:
                break
        if isinstance(node, cst.Call):
            if "objects" in method_chain(node) or (isinstance(node.func, cst.Attribute) and node.func.attr.value in ("fetchall", "fetchmany")):
                return True
            if isinstance(node.func, cst.Attribute) and (node.func.attr.value == "readlines" or (
                    node.func.attr.value in ("splitlines", "split") and _reads_file_text(node.func.value))):
                return True  # fh.readlines()[-1], fh.read().splitlines()[0]: one line of a file, one record
            root: cst.BaseExpression = node
            while isinstance(root, cst.Call) and isinstance(root.func, cst.Attribute):
                root = root.func.value  # qs.order_by("-created")[0] with qs = Member.objects.filter(...)
            held = frame.env.get(root.value) if isinstance(root, cst.Name) else None
            return held is not None and QUERYSET_MARK in held.labels
        if not isinstance(node, cst.Name) or _frame_like(node):
            return False
        held = frame.env.get(node.value)
        if held is not None and (QUERYSET_MARK in held.labels or FETCHED_MARK in held.labels):
            return True
        return node.value in self.population.data.plural_nouns and not any(b.text.startswith(("pd.", "pandas.", "pl.", "polars.")) for b in (held.bulk if held else ()))

    def _table_choice(self, node: cst.Subscript, frame: Frame) -> Val | None:
        """``SENDERS[partner]`` of a dispatch table of functions (a module constant dict, of this module or
        imported): with its key not known here, a function value that may be any of them."""
        if not isinstance(node.value, cst.Name) or len(node.slice) != 1 or not isinstance(node.slice[0].slice, cst.Index):
            return None
        return self.table_choice(node.value.value, lookup_key(node.slice[0].slice.value, self.eval(node.slice[0].slice.value, frame)), frame)

    def table_choice(self, name: str, key: str | None, frame: Frame, fallback: FunctionRef | None = None) -> Val | None:
        """The function that the dispatch table ``name`` holds under ``key`` (any of them when ``key`` is
        None, or ``fallback`` for ``SENDERS.get(partner, send_state)``). None when an entry is no
        function: a table of classes is read where it is called."""
        found = self.calls.table_literal(name, frame)
        if found is None:
            return None
        owner, literal = found
        refs: list[FunctionRef] = []
        for element in literal.elements:
            if not isinstance(element, cst.DictElement):
                return None
            if key is not None and entry_key(element.key) != key:
                continue  # SENDERS["state"]: that entry only
            # the table's names are the module's, whatever the running function binds
            if owner is self.m:
                module_scope = Frame(env={})
                ref = self.calls.function_ref(element.value, self.eval(element.value, module_scope), module_scope)
            else:
                ref = self.calls.table_function(owner, element.value)
            if ref is None:
                return None
            refs.append(ref)
        if fallback is not None and (key is None or not refs):
            refs.insert(0, fallback)  # SENDERS.get(partner, send_state): the fallback when no entry has the key
        if not refs:
            return None
        return Val(function=refs[0] if len(refs) == 1 else FunctionRef(None, 0, choices=tuple(refs)))

    def class_table_alias(self, node: cst.BaseExpression, frame: Frame | None, running: ClassInfo | None = None) -> cst.Name | None:
        """``self.registry`` (``cls.registry``, ``Sender.registry``) of a class whose body binds ``registry = PARTNERS``, a
        module constant the class never binds on its objects: ``PARTNERS`` (round 458a). (``running``: the class of the
        method, without a frame.)"""
        if not (isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name)):
            return None
        held = node.value.value
        if frame is not None:
            running = frame.cls
        cls = running if held in ("self", "cls") else self.index.classes.get(held) if frame is None or held not in frame.env else None
        written = cls.constants.get(node.attr.value) if cls is not None else None
        if not (isinstance(written, cst.Name) and written.value in self.index.constants and written.value not in self.index.grown) or cls is None:
            return None
        if self.statements._attribute_set_elsewhere(node.attr.value, 0, cls):
            return None  # (self.registry = {...} in a method, Sender.registry = FULL, setattr: not only the table; review 57b)
        if any(cls.name in other.bases and node.attr.value in other.constants for other in self.index.classes.values()):
            return None  # (a subclass's own registry = FULL: its objects read that one)
        return written

    def class_table_choices(self, node: cst.BaseExpression, frame: Frame) -> "list[cst.Name]":
        """``self.registry`` of a class whose body binds ``registry = PARTNERS`` and that other code binds to other module
        tables (``Sender.registry = AUDIT_PARTNERS`` in a function, a subclass's ``registry = FULL``, ``s.registry =
        FULL``): each of those tables (round 466a); empty when any binding is something else."""
        if not (isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name)) or frame.cls is None or node.value.value not in ("self", "cls"):
            return []
        # (asked at each read of self.<attr>[...]: the module walked once per class and attribute)
        memo: "dict[tuple[int, str], list[cst.Name]]" = self.__dict__.setdefault("_class_table_choices_memo", {})
        key = (id(frame.cls.node), node.attr.value)
        if key not in memo:
            memo[key] = self._find_class_table_choices(frame.cls, node.attr.value)
        return memo[key]

    def _find_class_table_choices(self, cls: ClassInfo, attr: str) -> "list[cst.Name]":
        """``class_table_choices``, found once."""
        written = cls.constants.get(attr)
        if not (isinstance(written, cst.Name) and written.value in self.index.constants):
            return []
        found = [written]
        for other in self.index.classes.values():
            if cls.name in other.bases and attr in other.constants:
                found.append(other.constants[attr])  # type: ignore[arg-type]
        for n in self.functions.flat.walk(self.m.module):
            pairs: "list[tuple[cst.BaseExpression, cst.BaseExpression]]" = []
            if isinstance(n, (cst.Assign, cst.AnnAssign)) and n.value is not None:
                # (Sender.registry = AUDIT, Sender.registry: dict = AUDIT, Sender.registry, n = AUDIT, 1: review 57c)
                for target in ([t.target for t in n.targets] if isinstance(n, cst.Assign) else [n.target]):
                    if isinstance(target, (cst.Tuple, cst.List)) and isinstance(n.value, (cst.Tuple, cst.List)) and len(target.elements) == len(n.value.elements):
                        pairs += [(t.value, v.value) for t, v in zip(target.elements, n.value.elements, strict=True)]
                    else:
                        pairs.append((target, n.value))
            elif isinstance(n, cst.Call) and (dotted(n.func) or "") in ("setattr", "object.__setattr__") and len(n.args) >= 3:
                named = string_value(n.args[1].value) if isinstance(n.args[1].value, cst.SimpleString) else None
                if not isinstance(named, str):
                    return []
                if named == attr:
                    found.append(n.args[2].value)  # type: ignore[arg-type]
            for target, value in pairs:
                if isinstance(target, cst.Attribute) and target.attr.value == attr:
                    found.append(value)  # type: ignore[arg-type]
                elif isinstance(target, (cst.Tuple, cst.List)) and any(isinstance(e.value, cst.Attribute) and e.value.attr.value == attr for e in target.elements):
                    return []  # (unpacked from a value not written out)
        names: "list[cst.Name]" = []
        for value in found:
            if not (isinstance(value, cst.Name) and isinstance(self.index.constants.get(value.value), cst.Dict) and value.value not in self.index.grown):
                return []
            if all(value.value != n.value for n in names):
                names.append(value)
        return names if len(names) > 1 else []

    def _subscript(self, node: cst.Subscript, frame: Frame) -> Val:
        aliased = self.class_table_alias(node.value, frame)
        if aliased is not None:
            return self._subscript(node.with_changes(value=aliased), frame)  # self.registry[partner]: PARTNERS[partner]
        if isinstance(node.value, cst.Name) and node.value.value not in frame.env and node.value.value in self.index.constants:
            target = self.statements._table_alias(node.value.value)
            if target != node.value.value and target.partition(".")[0] not in frame.env:
                # P[partner] of P = PARTNERS (or P = settings.PARTNERS) at module level: the table's entry (round 512a)
                return self._subscript(node.with_changes(value=cst.parse_expression(target)), frame)
        choices = self.class_table_choices(node.value, frame)
        if choices:
            # (Sender.registry = AUDIT_PARTNERS somewhere: either table's entry; round 466a)
            return join(*(self._subscript(node.with_changes(value=name), frame) for name in choices))
        folded = self._constant_item(node, frame)
        if folded is not None:
            return folded  # CONFIG["endpoints"]["referral"] of a module constant dict: that entry's value
        member = self._enum_member(node, frame)
        if member is not None:
            return self.eval(member, frame)  # Endpoint["DHS"]: the member Endpoint.DHS
        chosen = self._table_choice(node, frame)
        if chosen is not None:
            return chosen
        objects = self.calls.table_objects(node, frame)
        if objects is not None:
            # client = CLIENTS[partner]: that key's object, or any of them when the key is not known (their attributes, of
            # objects some code changes after, PARTNERS["ice"].fields.append(...), not known)
            changed = isinstance(node.value, cst.Name) and self.statements.entries_changed(node.value.value)
            return objects[0] if len(objects) == 1 else Val(objects=tuple(objects), labels=frozenset(
                {CHANGED_MARK, CHANGED_MARK + cst.ensure_type(node.value, cst.Name).value}) if changed else frozenset())
        owner_name = dotted(node.value)
        if owner_name is not None and (self.index.qualify(owner_name) or owner_name) == "os.environ":
            name = self.eval(node.slice[0].slice.value, frame) if isinstance(node.slice[0].slice, cst.Index) else OPAQUE
            return env_value(const_text(name))
        owner = self.eval(node.value, frame)
        if owner.const and AGGREGATE_MARK in owner.labels and not owner.placements and owner.elements is None:
            return owner  # cur.fetchone()[0] of SELECT count(*): a number over every record, no one's
        if owner.client is not None and getattr(self.calls.client_methods.get(owner.client.kind, {}).get("[]"), "does", None) == "same":
            return owner  # ws = wb["Referrals"], wb.worksheets[0]: a sheet of the workbook
        first = node.slice[0].slice
        if (owner.bulk and isinstance(node.value, cst.Attribute) and node.value.attr.value in ("loc", "at") and isinstance(first, cst.Index)
                and isinstance(first.value, cst.Name) and self.population.is_person_id(first.value.value)
                and not (frame.env.get(first.value.value) or OPAQUE).bulk):  # not for cin in df.index: every row
            owner = self.population.drop(owner)  # df.loc[cin], df.at[cin, "dob"]: the row of the person the caller chose
        if len(node.slice) == 2 and isinstance(first, cst.Index) and self.population.tests_status(first.value, frame):
            # df.loc[df["citizenship"] == "N", ["medicaid_id", "dob"]]: rows chosen by status, then columns
            second = node.slice[1].slice
            columns = self.chosen_columns(second.value, frame) if isinstance(second, cst.Index) else None
            # (columns the frame's SQL select list or read placed, or a rename, stay placed there, as for df[mask][[...]])
            chosen = self._columns_of(owner, columns) if columns is not None else Val(placements=owner.placements, labels=owner.labels)
            return self.population.drop(chosen).with_labels({STATUS_MARK})
        if len(node.slice) == 2 and isinstance(node.slice[1].slice, cst.Index):
            chosen_column = node.slice[1].slice.value
            single = string_value(chosen_column) if isinstance(chosen_column, cst.SimpleString) else None
            if isinstance(single, str):
                # df.loc[rows, "ssn"]: that one column, placed at its name
                line, col = self.positions(chosen_column)
                return container([Placement(line, col, frozenset({single}), key=single)], labels=owner.labels, bulk=owner.bulk)
            columns = self.chosen_columns(chosen_column, frame)
            if columns is not None:
                return self._columns_of(owner, columns)  # df.loc[rows, ["medicaid_id", "sex_cd"]]: those columns
        if len(node.slice) != 1 or not isinstance(node.slice[0].slice, cst.Index):
            # ssn[-4:] is still an SSN: a slice keeps what the value carries (parts[:2] of a list: not which parts)
            return replace(owner, const=False, elements=None) if (owner.placements or owner.names) and not owner.const else OPAQUE
        index = node.slice[0].slice.value
        key_val = self.eval(index, frame) if STATUS_VALUES_MARK in owner.labels and self.population.person_key(index) else None
        if key_val is not None and not key_val.const:
            # status_of[m.cin]: that member's status (a test of it is a condition on status), one person's
            # entry: the records it stands for are the key's, not the ones the mapping was built from
            return self.population.status_read(owner, key_val)
        if isinstance(index, cst.Call) and dotted(index.func) in ("list", "tuple") and len(index.args) == 1:
            index = index.args[0].value  # df[list(COLUMNS)]
        if isinstance(index, cst.Call) and not index.args and isinstance(index.func, cst.Attribute) and index.func.attr.value == "keys":
            index = index.func.value  # df[list(RENAME.keys())]
        if isinstance(index, (cst.List, cst.Tuple)) and only_answer(owner):
            return owner  # pd.read_csv(io.StringIO(r.text))[["a_number", "facility"]]: columns of enforcement's own answer
        if isinstance(index, (cst.List, cst.Tuple, cst.Name, cst.BinaryOperation, cst.Call, cst.IfExp, cst.Subscript, cst.Attribute)):
            columns = self.chosen_columns(index, frame) if not isinstance(index, (cst.List, cst.Tuple)) or index.elements else None
            if columns is None and isinstance(index, (cst.BinaryOperation, cst.Call)) and (owner.placements or owner.bulk):
                # df[EID_COLUMNS + ["zip_cd"]], df[columns()] of a function returning a constant list: those columns
                chosen = self.eval(index, frame)
                if chosen.const and chosen.items:
                    columns = list(named_entries(chosen.items, *self.positions(index)).placements)
            if columns is not None:
                return self._columns_of(owner, columns)  # df[["medicaid_id", "dob"]], df[COLUMNS]: a column selection
        if is_whole(owner) and not isinstance(index, (cst.SimpleString, cst.Integer)):
            literal = self._local_literal(index, frame)
            listed = self.column_list(literal, frame) if literal is not None else None
            if listed is not None:
                return container(listed, labels=owner.labels, bulk=owner.bulk)  # cols = ["cin", "ssn"]; df[cols]: at the list
            chosen = self.eval(index, frame)
            if chosen.const and chosen.items:
                # cols = ["cin", "dob"]; df[cols], df[ALLOWED + ["x"]], df[df.columns.intersection(ALLOWED)]: those columns
                return replace(named_entries(chosen.items, *self.positions(index)), labels=owner.labels, bulk=owner.bulk)
        position = int_literal(index)
        if position is None and isinstance(index, cst.Name) and index.value not in frame.env:
            position = int_literal(self.index.constants.get(index.value) or index)  # row[CIN] with CIN = 0, or CIN, DOB = range(2)
        if position is not None and owner.elements is not None and -len(owner.elements) <= position < len(owner.elements):
            return owner.elements[position]  # pair[0] of a tuple of known elements: that element only
        if position is not None and isinstance(node.value, cst.Attribute) and node.value.attr.value in ("iloc", "iat"):
            # df.iloc[0]: one row, not many people's (rows[0] of a list and row[0] of a record look alike: kept)
            return self.population.drop(Val(placements=owner.placements, labels=owner.labels))
        key = const_text(self.eval(index, frame))
        if key is not None and owner.client is not None and owner.client.kind == "email" and key.lower() in RECIPIENT_HEADERS:
            # server.sendmail(frm, msg["To"], ...): the recipients set on the message
            return join(*self.files.recipients(owner)) if self.files.recipients(owner) else OPAQUE
        literal = self._literal_entry(node.value, key, frame) if key is not None and not owner.bulk else None
        if literal is not None:
            return const_val(text=literal)  # res = {"resourceType": "Patient", ...}; res["resourceType"]: that literal
        kept_object = object_under(owner, key)
        if kept_object is not None:
            return kept_object  # clients = {"ice": IceClient()}; clients["ice"].send(...): that object
        if key is not None and isinstance(node.value, cst.Name) and node.value.value not in frame.env and not owner.names and not owner.bulk and not owner.const \
                and isinstance(self.index.constants.get(node.value.value), cst.Dict) and node is not self.filled \
                and all(p.names <= {p.key} and not p.detail and p.module is None for p in owner.placements) \
                and self.vocabulary.classify(key) is None and self._stored_by_registration(owner, key):
            # PARTNER_COLS["ice"] of a module registry (a dict literal functions fill) holding nothing named but by its
            # keys, registered at import (register_partner("ice", {...})): an entry of it, not a field of a record
            # named by the key (LAST["ssn"] = m.ssn stays the SSN)
            entry = self.read_group(owner, key)
            return replace(entry, names=entry.names - {key}, placements=tuple(p for p in entry.placements if not p.names <= {key, p.key}))
        if key is not None:
            return self.read_key(owner, key) if node is self.filled else self.read_group(owner, key)
        picked = self.constant_by_key(node.value, owner, as_key(index, self.eval(index, frame)), [], frame) if key is None and not owner.bulk else None
        if picked is not None:
            return picked  # ROUTES[m.immigration_status], RACE_LABELS[m.race_cd]
        if self.population.tests_status(index, frame):
            # df[df["imgrtn_stus_cd"] == "5"], df.loc[mask]: the rows a status condition chose
            return self.population.drop(Val(placements=owner.placements, labels=owner.labels)).with_labels({STATUS_MARK})
        # rows[0], payload[i]: an element of a container; m.guardians[0], rec["contacts"][0]: an element
        # read along a chain keeps the chain's names (its .phone is a guardian's)
        chain = isinstance(node.value, (cst.Attribute, cst.Subscript)) and not owner.placements
        # codes = m.dx_codes; codes[0] and m.ssn.split("-")[2]: a part of a named value is still that value (SPEC
        # section 6: slices keep names), also through a variable or a method's result
        part = not owner.placements and not owner.bulk and not owner.response and owner.names and not owner.const
        # (sizes[m.case_id] of sizes[r.case_id] += 1: an entry, not the keys it was stored under)
        entries = tuple(p for p in owner.placements if p.detail != DATA_KEY) if key is None else owner.placements
        return Val(placements=entries, labels=owner.labels, bulk=owner.bulk, names=owner.names if chain or part else frozenset())

    def _literal_entry(self, owner: cst.BaseExpression, key: str, frame: Frame) -> str | None:
        """The string literal a dict of the running function holds under ``key``: every value the function
        binds the name to is a dict literal whose entry under ``key`` is that same literal, and nothing
        stores under ``key`` or updates the dict (SPEC section 5: a constant is never a finding)."""
        if not isinstance(owner, cst.Name) or owner.value not in frame.env:
            return None
        bound = self.functions.bound_here(owner.value)
        running = self._stack[-1] if self._stack else None
        if not bound or not isinstance(running, cst.FunctionDef) or any(not isinstance(v, cst.Dict) for v in bound):
            return None
        texts = set()
        for literal in bound:
            entry = next((e.value for e in literal.elements if isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString)  # type: ignore[attr-defined]
                          and string_value(e.key) == key), None)
            texts.add(string_value(entry) if isinstance(entry, cst.SimpleString) else None)
        if len(texts) != 1 or None in texts:
            return None
        if not self._only_read(running, owner.value, frame):
            return None  # res["resourceType"] = ..., res.update(...), alias = res, fill(res): the entry may be something else
        text = texts.pop()
        return text if isinstance(text, str) else None

    def _only_read(self, fn: cst.FunctionDef, name: str, frame: Frame) -> bool:
        """Every use of ``name`` in ``fn`` is a binding to a dict literal, a read of a subscript of it, or an
        argument of a sink (``requests.post(url, json=res)``): no store into it (``res["k"] = ...``, ``del``),
        no method (``res.update(...)``), no alias, no helper, no other binding can change it."""
        key = (id(fn), name)
        known = self._read_only_memo.get(key)
        if known is not None:
            return known
        allowed: set[int] = set()
        ignored: set[int] = set()
        stored: set[int] = set()
        read: list[cst.Subscript] = []
        uses = 0
        for node in walk(fn.body):
            targets: list[cst.BaseExpression] = []
            if isinstance(node, cst.Assign):
                targets = [t.target for t in node.targets]
                if isinstance(node.value, cst.Dict):
                    allowed.update(id(t) for t in targets if isinstance(t, cst.Name))
            elif isinstance(node, (cst.AugAssign, cst.AnnAssign, cst.Del)):
                targets = [node.target]
            elif isinstance(node, cst.Subscript) and isinstance(node.value, cst.Name):
                read.append(node)
            elif isinstance(node, cst.Attribute):
                ignored.add(id(node.attr))
            elif isinstance(node, cst.Arg) and node.keyword is not None:
                ignored.add(id(node.keyword))
            elif isinstance(node, cst.Call) and (self.calls.qualified(node.func, frame) or "") in self.calls.sink_functions:
                allowed.update(id(a.value) for a in node.args if isinstance(a.value, cst.Name))
            stored.update(id(part) for t in targets for part in ([e.value for e in t.elements] if isinstance(t, (cst.Tuple, cst.List)) else [t]))
        allowed.update(id(s.value) for s in read if id(s) not in stored)
        for node in walk(fn.body):
            if isinstance(node, cst.Name) and node.value == name and id(node) not in ignored:
                uses += 1
                if id(node) not in allowed:
                    self._read_only_memo[key] = False
                    return False
        self._read_only_memo[key] = uses > 0
        return uses > 0

    def constant_by_key(self, owner_expr: cst.BaseExpression, owner: Val, key: Val, fallbacks: list[Val], frame: Frame) -> Val | None:
        """One of the constants a constant dict literal holds, chosen by a key that is not constant
        (``TABLE[k]``, ``TABLE.get(k, fallback)``); None when the dict is no such literal. The key's names
        stay (``RACE_LABELS.get(m.race_cd)`` still tells the race); a destination chosen by a status key
        (``ROUTES.get(m.immigration_status, STATE_URL)``) is marked so (SPEC section 10)."""
        values = self._values_by_key(owner_expr, key, frame)
        # (an entry the enforcement pragma marks whose text this module cannot fold, settings.VENDOR + "/fwd": no data, one
        # of the table's destinations all the same; round 517c)
        values = [replace(v, const=True) if not v.const and _pragma_marked(v) and not (v.placements or v.names or v.bulk) else v for v in values]
        if not values or not all(v.const and not v.placements for v in (*values, *fallbacks)):
            return None
        keys = self._literal_keys(owner_expr, frame) if fallbacks and key.const and not key.names and not key.placements else None
        if keys is not None:
            texts = key.alternatives or ((key.text,) if key.text is not None else ())
            excluded = texts_known_not(key)
            if texts and all(t in keys for t in texts):
                fallbacks = []  # if dest in URLS: URLS.get(dest, ICE_URL) -- the key is one of the table's: its entries
            elif excluded and all(key_excluded(k, excluded) for k in keys):
                values = []  # not any of the table's keys: the fallback alone
        if all(v.attrs for v in values):
            # PARTNERS.get(partner, {}).get("url"): an empty dict for a key not there reads nothing; the entries decide
            fallbacks = [v for v in fallbacks if v.items or v.attrs or v.text is not None or v.elements]
        chosen = self._entries_joined([*values, *fallbacks]).with_labels(owner.labels) if values or fallbacks else OPAQUE
        # (a key unpacked from a row of a query, for cin, status in cur.fetchall(), carries its column)
        if any(self.population.is_status_name(n) for n in key.names.union(*(p.names for p in key.placements))):
            chosen = chosen.with_labels({DESTINATION_BY_STATUS_MARK})
        return replace(chosen, const=False, names=key.names | chosen.names, placements=key.placements) if key.names or key.placements else chosen

    def _literal_keys(self, owner_expr: cst.BaseExpression, frame: Frame) -> tuple[str, ...] | None:
        """The keys of the constant dict literal ``owner_expr`` names, when every key is a string literal."""
        written = dotted(owner_expr) if isinstance(owner_expr, (cst.Name, cst.Attribute)) else None
        if written is None or written.split(".", 1)[0] in frame.env or written in self.index.grown:
            return None
        located = self._constant_literal(written, frame)
        literal = located[1] if located is not None else None
        if not isinstance(literal, cst.Dict) or not all(isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString) for e in literal.elements):
            return None
        keys = tuple(string_value(e.key) for e in literal.elements if isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString))
        return keys if all(isinstance(k, str) for k in keys) else None  # type: ignore[return-value]

    def _values_by_key(self, owner_expr: cst.BaseExpression, key: Val, frame: Frame) -> list[Val]:
        """The values of the entries of the constant dict ``owner_expr`` that ``key`` may choose: every entry, or
        those its alternatives name (``ROUTES[opts.target]`` with ``choices=["state", "cms"]``); empty when it is
        no such dict. At module level the module's own constants are in the state too (``DESTS[args.dest]`` under
        ``__main__``): read as the state holds them there, entry by entry, after any ``del``, ``pop`` or
        rebinding before the read."""
        written = dotted(owner_expr) if isinstance(owner_expr, (cst.Name, cst.Attribute)) else None
        if frame.func_name is None and written is not None and written in self.index.constants and written in frame.env:
            held_now = frame.env[written] if isinstance(owner_expr, cst.Name) else None
            if held_now is None or not held_now.attrs or not held_now.const:
                return []
            now = dict(held_now.attrs)
            if key_offers(key) and any(key_offers(key, k) for k in now):
                now = {k: v for k, v in now.items() if key_offers(key, k)}
            excluded = texts_known_not(key)
            if excluded and any(not key_excluded(k, excluded) for k in now):
                now = {k: v for k, v in now.items() if not key_excluded(k, excluded)}
            return list(now.values())
        literal = owner_expr if isinstance(owner_expr, cst.Dict) else None
        home = self.m
        if written is not None and written.split(".", 1)[0] not in frame.env and written not in self.index.grown \
                and (isinstance(owner_expr, cst.Name) or written.split(".", 1)[0] in self.index.imports or written.split(".", 1)[0] in frame.imports):
            # (PARTNERS of the module, or imported from the project's settings, settings.PARTNERS: its entries read there)
            located = self._constant_literal(written, frame)
            home, held = located if located is not None else (self.m, None)
            literal = held if isinstance(held, cst.Dict) else None
        nested = self.nested_literal(owner_expr, frame) if literal is None and (written is None or written.split(".", 1)[0] in frame.env) else None
        if nested is not None:
            home, literal = nested  # CONFIG["partners"][key]: the table nested in a constant (partners = CONFIG["partners"] too)
        entries = [e for e in literal.elements if isinstance(e, cst.DictElement)] if literal is not None else []
        if key_offers(key) and entries:
            offered = [e for e in entries if isinstance(e.key, cst.SimpleString) and key_offers(key, string_value(e.key))]  # type: ignore[arg-type]
            entries = offered if offered else entries
        if key.const and entries and any(isinstance(e.key, cst.Attribute) for e in entries):
            # URLS[partner] of {Partner.STATE: ...} with partner that member (or either of two): those entries
            offered = [e for e in entries if isinstance(e.key, cst.Attribute) and dotted(e.key) in key.labels]
            entries = offered if offered else entries
        excluded = texts_known_not(key)
        if excluded and entries:
            # past if dest == "ice": return -- the table's other entries (of members, partner is not Partner.ICE)
            others = [e for e in entries if not ((isinstance(e.key, cst.SimpleString) and key_excluded(string_value(e.key), excluded))  # type: ignore[arg-type]
                                                 or (isinstance(e.key, cst.Attribute) and dotted(e.key) in excluded))]
            if not others and home is self.m and literal is not None and all(isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString)
                                                                             for e in literal.elements) \
                    and written is not None and isinstance(owner_expr, cst.Name) and self.statements.only_read(written):
                # past if partner != "ice": ... and if partner == "state": ... -- on the way of neither, no entry: the read
                # raises KeyError (URLS[partner]) or gives the fallback (.get): none of the table's entries goes on
                return [NONE]
            entries = others if others else entries
        if home is self.m:
            # (URLS["cms"] = os.environ.get(...) in a function of the module: that entry may be either)
            values = [join(held, again) if (again := self.m.repointed.get((written or "", (entry_key(e.key) or "",)))) is not None
                      else held for e in entries for held in [self.eval(e.value, frame)]]
        else:
            values = [translate(home.expr.eval(e.value, Frame(env={})), home.module_id, self.module_id) for e in entries]
        # ("federal": VENDOR + "/fwd/federal",  # medicaid-scope: enforcement -- read by a key not known too: that entry is
        # enforcement, one marked not-enforcement no longer speaks; round 508a)
        if home.index.pragma_lines or home.index.not_pragma_lines:
            for at, entry in enumerate(entries):
                if home.calls.has_pragma(entry.value, home.index.not_pragma_lines):
                    values[at] = without_labels(values[at]).with_labels({QUIET_MARK})
                elif home.calls.has_pragma(entry.value, home.index.pragma_lines) and not (values[at].placements or values[at].names or values[at].bulk) \
                        and values[at].attrs is None and values[at].items is None:
                    values[at] = marked_enforcement(values[at], f"{written or 'table'}[{entry_key(entry.key) or ''}]")
                elif isinstance(entry.value, cst.Dict) and home.calls.span(entry.value)[0] in home.index.pragma_lines and values[at].attrs:
                    # ("federal": {  # medicaid-scope: enforcement, its URL on a line of its own: the entry's texts are enforcement)
                    label = f"{written or 'table'}[{entry_key(entry.key) or ''}]"
                    values[at] = replace(values[at], attrs=tuple((k, marked_enforcement(v, label) if v.const and v.text is not None else v)
                                                                 for k, v in values[at].attrs or ()))
        return values

    def _entry_marked(self, node: cst.Dict, element: cst.DictElement, value: Val) -> Val:
        """The value of an entry of the dict ``node`` the enforcement pragma marks: a text on the entry's own lines
        (``"url": VENDOR + "/fwd",  # medicaid-scope: enforcement``), or on the opening line of a dict written over several
        lines (``"federal": {  # medicaid-scope: enforcement``, then ``"url": ...`` below it); so read by any key, directly
        or entry by entry (round 512a). The ``not-enforcement`` pragma there: the text's own words no longer speak (only
        the enforcement host patterns do)."""
        if value.placements or value.names or value.bulk or isinstance(element.value, (cst.Dict, cst.List, cst.Tuple, cst.Set)):
            return value  # (data, or a container: its own entries are marked where written)
        first, last = self.calls.span(node)
        # (the opening line speaks for the whole dict only when it holds none of its entries: {"federal": X,  # pragma
        # marks that entry alone)
        opening = last > first and bool(node.elements) and self.calls.span(node.elements[0])[0] > first
        for lines, quiet in ((self.index.not_pragma_lines, True), (self.index.pragma_lines, False)):
            if lines and (self.calls.has_pragma(element, lines) or (opening and first in lines)):
                # (a text this module cannot fold, settings.VENDOR + "/fwd": named by how it is written; round 517c)
                label = value.text if value.text is not None else cst.Module([]).code_for_node(element.value)[:80]
                return without_labels(value).with_labels({QUIET_MARK}) if quiet else marked_enforcement(value, label)
        return value

    def one_person(self, mask: cst.BaseExpression, frame: Frame) -> bool:
        """``df["medicaid_id"] == cin`` (or ``df.cin == cin``, ``Address.member_id == member.id``,
        ``Address.member == member``): rows of the one person the caller chose, not many people's
        (compared with a value that is not itself many people's). Also ``df["cin"].isin(cins)``,
        ``Member.cin.in_(cins)``: the people whose identifiers the caller gives (as ``.filter(pk__in=ids)``)."""
        if isinstance(mask, cst.Call) and isinstance(mask.func, cst.Attribute) and mask.func.attr.value in ("isin", "in_") \
                and len(mask.args) == 1 and mask.args[0].keyword is None and not mask.args[0].star:
            given = mask.args[0].value
            held = mask.func.value
            column = held.attr.value if isinstance(held, cst.Attribute) else string_value(held.slice[0].slice.value) if (
                isinstance(held, cst.Subscript) and len(held.slice) == 1 and isinstance(held.slice[0].slice, cst.Index)
                and isinstance(held.slice[0].slice.value, cst.SimpleString)) else None
            value = self.eval(given, frame)
            if self._a_query(given):
                return False  # Member.id.in_(select(Claim.member_id).where(...)): everyone the subquery selects
            # (ids given as a literal list or a constant are the code's own choice of people too)
            return isinstance(column, str) and self.population.is_person_id(column) and not value.bulk and not (value.const and value.items is None)
        if not (isinstance(mask, cst.Comparison) and len(mask.comparisons) == 1 and isinstance(mask.comparisons[0].operator, cst.Equal)):
            return False
        left, right = mask.left, mask.comparisons[0].comparator
        column = None
        if isinstance(left, cst.Subscript) and len(left.slice) == 1 and isinstance(left.slice[0].slice, cst.Index):
            key = left.slice[0].slice.value
            column = string_value(key) if isinstance(key, cst.SimpleString) else None
        elif isinstance(left, cst.Attribute):
            column = left.attr.value
        if not isinstance(column, str) or self.eval(right, frame).bulk:
            return False
        if isinstance(right, cst.Name) and right.value in ("True", "False", "None"):
            return False  # df["applicant"] == True: a flag chooses no one
        if isinstance(right, (cst.Name, cst.Attribute)) and not self.population.names_one_person(right) and not self.population.is_person_id(column):
            return False
        if isinstance(right, cst.Attribute) and not self.population.names_one_person(right):
            return False  # Address.member_id == Member.id: a join, every member's rows
        return self.population.is_person_id(column) or (self.population.is_person_noun(column) and self.population.names_one_person(right))

    def _a_query(self, node: cst.BaseExpression, depth: int = 0) -> bool:
        """``node`` is a query statement (``select(Claim.member_id).where(...)``, ``session.query(X.id)``,
        ``q.subquery()``, ``Claim.objects.values("member_id")``, ``q1.union(q2)`` of queries), written there or
        assigned to the name in the running function; not a collection (``set(ids).union(more)``, ``d.values()``)."""
        exprs = [node]
        running = self._stack[-1] if self._stack else None
        if isinstance(node, cst.Name) and isinstance(running, cst.FunctionDef):
            exprs += self.functions._assignments(running).get(node.value, [])
        for expr in exprs:
            called: list[tuple[str, int]] = []  # the methods called along the chain, with how many arguments
            root: cst.BaseExpression = expr
            while isinstance(root, (cst.Attribute, cst.Call)):
                if isinstance(root, cst.Call) and isinstance(root.func, cst.Name):
                    break
                if isinstance(root, cst.Call):
                    called.append((root.func.attr.value if isinstance(root.func, cst.Attribute) else "", len(root.args)))
                    root = root.func
                else:
                    root = root.value
            if isinstance(root, cst.Call) and isinstance(root.func, cst.Name):
                if root.func.value != "select":
                    continue  # set(ids).union(more), filter(None, cins): a collection made by a builtin
                return True
            names = {name for name, _ in called}
            if names & _QUERY_WORDS or any(name in ("values", "values_list", "filter", "exclude") and count for name, count in called) \
                    or any(name in ("join", "outerjoin") and count >= 2 for name, count in called):
                return True  # (sub.distinct(), base.join(Flag, on): a query's methods; "|".join(ids) is a text)
            if names & {"union", "union_all", "intersect", "except_", "distinct", "join", "outerjoin"} and isinstance(root, cst.Name) \
                    and depth < 2 and root.value != node and self._a_query(root, depth + 1):
                return True  # q1.union(q2), sub.distinct(), base.join(...) of a query
        return False

    def _enum_member(self, node: cst.Subscript, frame: Frame) -> cst.Attribute | None:
        """``Endpoint["DHS"]`` with ``Endpoint`` an Enum class of this module and a constant name: the
        member looked up by name, as the attribute ``Endpoint.DHS`` (None otherwise)."""
        owner = node.value
        if not isinstance(owner, cst.Name) or owner.value in frame.env or len(node.slice) != 1 or not isinstance(node.slice[0].slice, cst.Index):
            return None
        cls = self.index.enum_class(owner.value)
        if cls is None:
            return None
        name = const_text(self.eval(node.slice[0].slice.value, frame))
        if name is None or not name.isidentifier() or name not in cls.constants:
            return None
        made = cst.Attribute(value=owner, attr=cst.Name(name))
        self.m.alias_position(made, node)
        return made

    def constant_path(self, node: cst.BaseExpression, frame: Frame) -> tuple[str, tuple[str, ...]] | None:
        """``SETTINGS["a"]["b"]``: (the module constant, its keys) when ``SETTINGS`` is a module constant
        (not bound in the function, not grown after its literal) and every key is a constant or a name
        (``SPECS[kind]["fields"]``: ``ANY_ENTRY``, any entry); a name bound to such a part (``cfg =
        SETTINGS["a"]``, then ``cfg["b"]``) continues it."""
        keys: list[str] = []
        owner: cst.BaseExpression = node
        while isinstance(owner, cst.Subscript) or _dict_get(owner) is not None:
            if isinstance(owner, cst.Call):
                key, owner = _dict_get(owner)  # type: ignore[misc]  # ROUTES.get("referral")
            elif len(owner.slice) != 1 or not isinstance(owner.slice[0].slice, cst.Index):
                return None
            else:
                key, owner = owner.slice[0].slice.value, owner.value
            text = string_value(key) if isinstance(key, cst.SimpleString) else self._table_key(key, frame) if isinstance(key, (cst.Name, cst.Attribute)) else None
            if text is None and isinstance(key, cst.Subscript) and narrowed_key(key) is not None and frame.narrowed_items:
                # (URLS[event["partner"]] past a test that left it one text: that entry; anything else is read below)
                text = self._table_key(key, frame)
                text = None if text == ANY_ENTRY else text
            if not isinstance(text, str):
                return None
            keys.append(text)
        if keys and isinstance(owner, cst.Attribute) and isinstance(owner.value, cst.Name) and owner.value.value not in frame.env \
                and (owner.value.value in self.index.imports or owner.value.value in frame.imports):
            # settings.ICE["fields"] of an imported settings module: that module's constant
            qualified = f"{owner.value.value}.{owner.attr.value}"
            return (qualified, tuple(reversed(keys))) if self._constant_literal(qualified, frame) is not None else None
        if not keys or not isinstance(owner, cst.Name):
            return None
        if owner.value in frame.constant_parts:
            root, above = frame.constant_parts[owner.value]
            return root, above + tuple(reversed(keys))
        known = owner.value in self.index.constants or owner.value in self.index.imports or owner.value in frame.imports
        if owner.value in frame.env or owner.value in self.index.grown or not known:
            return None
        return owner.value, tuple(reversed(keys))

    def _constant_item(self, node: cst.BaseExpression, frame: Frame) -> Val | None:
        """``SETTINGS["a"]["b"]`` (or ``SETTINGS.get("a")``) of a module constant dict literal: the value
        written there."""
        path = self.constant_path(node, frame)
        if path is None:
            return None
        located = self._constant_literal(path[0], frame)  # from .settings import ENDPOINTS
        if located is None:
            return None
        home, literal = located
        if home is not self.m and path[0] in self.index.import_changes:
            return None  # policy.ENDPOINTS["eligibility"] = ICE_URL here: read as this module changed it, not as written
        if ANY_ENTRY in path[1]:
            return self._any_entry(home, literal, path[1])
        opened_marked = False  # ("federal": {  # medicaid-scope: enforcement -- on the line that opens the entry; round 510a)
        for key in path[1]:
            if not isinstance(literal, cst.Dict):
                return None
            literal = next(
                (e.value for e in literal.elements if isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString) and string_value(e.key) == key),
                None,
            )
            opened_marked = opened_marked or (isinstance(literal, cst.Dict) and bool(home.index.pragma_lines)
                                              and home.calls.span(literal)[0] in home.index.pragma_lines)
        if isinstance(literal, cst.Call) and (home.index.qualify(dotted(literal.func) or "") or "") in home.client_specs:
            # CLIENTS["federal"] = httpx.Client(base_url=...): that client (a library client: nothing of the project runs)
            made = home.expr.eval(literal, Frame(env={}))
            return translate(made, home.module_id, self.module_id) if home is not self.m else made
        if not isinstance(literal, (cst.SimpleString, cst.ConcatenatedString, cst.FormattedString, cst.Name, cst.Attribute, cst.BinaryOperation,
                                    cst.List, cst.Tuple, cst.Set)):
            return None
        value = home.expr.eval(literal, Frame(env={}))
        if home is not self.m:
            value = translate(value, home.module_id, self.module_id)
        # a text (a URL), or a constant list of names (PARTNERS["ice"]["fields"]: an allow-list)
        if value.const and value.text is not None:
            if home.calls.has_pragma(literal, home.index.not_pragma_lines):
                # "ice": VENDOR + "/fwd/a",  # medicaid-scope: not-enforcement -- the entry's words no longer speak
                return without_labels(value).with_labels({QUIET_MARK})
            joined = f"{path[0]}[{']['.join(path[1])}]"
            if opened_marked or home.calls.has_pragma(literal, home.index.pragma_lines):
                # "federal": VENDOR + "/fwd/federal",  # medicaid-scope: enforcement -- that entry is enforcement
                value = marked_enforcement(value, joined)
            # ICE_CONF["url"], CONF["ice_url"]: the settings' name and keys supply the destination (SPEC section 4);
            # ENDPOINTS["child_support"]["enforcement_url"]: one name; URLS["ice_contacts"]: a settings key
            keys = "_".join(path[1])
            repointed = self.m.repointed.get((path[0], tuple(path[1]))) if home is self.m else None
            if repointed is not None:
                value = join(value, repointed)  # CONFIG["url"] = ICE_URL in a function of the module: either may be in force
            return value.with_labels({path[0], keys} | ({f"{path[0]}[{keys}]"} if self.rules.name_is_enforcement(keys, role="destination") else set()))
        if not (value.placements or value.names or value.bulk) and value.items is None and (
                opened_marked or home.calls.has_pragma(literal, home.index.pragma_lines)):
            # "federal": settings.VENDOR + "/fwd/federal",  # medicaid-scope: enforcement -- a URL this module cannot fold,
            # marked all the same (round 517c)
            return marked_enforcement(value, f"{path[0]}[{']['.join(path[1])}]")
        return value if value.const and value.items is not None else None

    def _table_key(self, key: cst.BaseExpression, frame: Frame) -> str:
        """A name used as a key of a constant table: the text it is known to hold (``PARTNERS[ICE]`` with
        ``ICE = "ice"``, an Enum member, a name the call fixed), else ``ANY_ENTRY``."""
        held = self.eval(key, frame)
        if held.const and held.text is not None and HOLE not in held.text and (not held.names or any(label.startswith(NARROWED_AT) for label in held.labels)):
            return held.text  # (a routing value a test left one text: event["partner"] past `!= "cms": return`)
        return ANY_ENTRY

    def _any_entry(self, home: "ModuleAnalysis", literal: cst.BaseExpression | None, keys: tuple[str, ...]) -> Val | None:
        """``SPECS[kind]["fields"]`` with ``kind`` not known: the constant lists of names that any entry
        holds there, joined (an allow-list of every partner); None when one is not such a list, or the key
        not known is the last (``ROUTES[status]`` is read elsewhere, by ``constant_by_key``)."""
        if keys[-1] == ANY_ENTRY:
            return None
        found: list[cst.BaseExpression] = [literal] if literal is not None else []
        for key in keys:
            step: list[cst.BaseExpression] = []
            for held in found:
                if not isinstance(held, cst.Dict):
                    return None
                entries = [e for e in held.elements if isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString)]
                if key != ANY_ENTRY and any(destination_like(home.expr.eval(e.value, Frame(env={})).text) for e in entries):
                    # a registry of partners, each with its URL and its fields (PARTNERS[partner]["fields"] sent to
                    # PARTNERS[partner]["url"]): the entry's fields go with its URL, which a join would lose
                    return None
                step += [e.value for e in entries if key == ANY_ENTRY or string_value(e.key) == key]
            found = step
        values = [home.expr.eval(v, Frame(env={})) for v in found]
        if not values or not all(v.const and v.items is not None and v.text is None for v in values):
            return None
        names = tuple(dict.fromkeys(n for v in values for n in v.items or ()))
        value = const_val(items=names)
        return translate(value, home.module_id, self.module_id) if home is not self.m else value

    def merged_dicts(self, left: Val, right: Val, right_node: cst.BaseExpression, frame: Frame) -> Val | None:
        """``left | right`` of dicts (or sets), also ``left |= right``: entries kept as each side says; None when
        neither is a mapping the analysis reads entry by entry."""
        if left.items is not None and right.items is not None:
            return constants_merged(left, right)  # BASE_PARAMS | {"immigration_status": "EWI"}
        replaced = False
        if isinstance(right_node, cst.Dict) and left.placements and not right.const:
            # legacy | {"member_ref": m.cin}: the right side's keys replace the left's entries of the same key
            given = {const_text(self.eval(e.key, frame)) for e in right_node.elements if isinstance(e, cst.DictElement)}
            kept = tuple(p for p in left.placements if p.key is None or p.key not in given)
            left, replaced = replace(left, placements=kept), len(kept) < len(left.placements)
        if right.const and right.items and (left.placements or (not left.const and left.model is None)):
            return self.overwritten(left, right)  # record(m) | {"ssn": "REDACTED"}: those entries are constants now
        if left.const and left.items is not None and left.attrs and not right.const \
                and isinstance(right_node, cst.Dict) and right.model is None and right.client is None:
            # BASE_PARAMS | {"page": page}: the constant entries of the left side the right one does not give again,
            # and the right side's own (its data placed where it is written)
            written: list[str | None] = []
            for e in right_node.elements:
                if isinstance(e, cst.DictElement):
                    written.append(const_text(self.eval(e.key, frame)))
                else:
                    spread = self.eval(e.value, frame)  # {**PAGING, "page": page}: a known mapping gives its own keys
                    written.extend(spread.items if spread.const and spread.items is not None else [None])
            given = {t for t in written if t is not None}
            # (a key not known here, or ** of a mapping, may give any key again: none of the left's entries is sure)
            entries = {**{k: v for k, v in left.attrs if k not in given and None not in written}, **dict(right.attrs or ())}
            return replace(combine(left, right), attrs=tuple(sorted(entries.items())) or None)
        if left.model is None and right.model is None and (left.attrs or right.attrs) \
                and not left.const and left.client is None and right.client is None:
            # rec | {"dob": m.dob} of a rec whose "ssn" was masked: still masked, read back by key (an entry the
            # right side gives data again is not)
            merged = replace(combine(left, right), attrs=left.attrs)
            return with_constant_entries(merged, constant_entries(right), {p.key for p in right.placements if p.key})
        return combine(left, right) if replaced else None

    @staticmethod
    def overwritten(record: Val, constants: Val) -> Val:
        """``record`` with the entries under the keys of a constant dict replaced by its constants (read
        back by key, each is that constant)."""
        return with_constant_entries(without_keys(record, constants.items or ()), constant_entries(constants))

    def constant_pairs(self, node: cst.BaseExpression, frame: Frame) -> list[Val] | None:
        """``FIELD_MAP.items()`` of a module constant dict literal (of this module or imported, not
        rebound here): its entries in order, each a pair (key, value) as a tuple value; None otherwise.
        ``enumerate(FIELDS)`` and ``zip(FIELDS, HEADERS)`` of constant collections of names are their rows too
        (a position and a name; a name beside a name)."""
        numbered = self.numbered_names(node, frame)
        if numbered is not None:
            return numbered
        if isinstance(node, cst.Name) and node.value not in frame.env and node.value not in self.index.grown:
            return self._constant_rows(self.index.constants.get(node.value))  # MAPPING = (("cin", "medicaid_id"), ...)
        if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name):
            return self._class_constant_pairs(node.value.value, node.attr.value, frame, rows=True)  # self.FIELDS of rows
        if not (isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value == "items" and not node.args):
            return None
        owner = node.func.value
        if isinstance(owner, cst.Attribute) and isinstance(owner.value, cst.Name):
            pairs = self._class_constant_pairs(owner.value.value, owner.attr.value, frame)  # self.FIELD_MAP.items()
            if pairs is None and owner.value.value in ("self", "cls") and frame.cls is not None:
                # self.field_map = dict(FIELD_MAP) in __init__, field_map = FIELD_MAP in the class (or another in a
                # subclass, another way of __init__): the entries of every constant it is bound to
                pairs = self._bound_pairs(frame.cls, owner.attr.value, frame)
            if pairs is None and owner.value.value in frame.env and owner.value.value not in ("self", "cls"):
                return self._value_pairs(owner, frame)  # cfg.mapping.items() of a config object a caller gave
            if pairs is not None or owner.value.value in frame.env or owner.value.value in self.index.classes:
                return pairs
            located = self._constant_literal(f"{owner.value.value}.{owner.attr.value}", frame)  # mapping.FIELD_MAP.items()
            if located is not None and isinstance(located[1], cst.Dict):
                return self._pairs_of(located[1], located[0])
            return self._value_pairs(owner, frame)  # CFG.mapping.items() of CFG = PartnerCfg(mapping={...})
        if not isinstance(owner, cst.Name):
            # PARTNERS["ice"]["mapping"].items(), cfg["mapping"].items(): a constant dict read from a table
            return self._value_pairs(owner, frame) if isinstance(owner, cst.Subscript) else None
        held = frame.env.get(owner.value)
        pairs = self._held_constant_pairs(held, frame) if held is not None else None
        if pairs is not None:
            return pairs
        if owner.value in frame.env:
            running = self._stack[-1] if self._stack else None
            bound = self.functions._assignments(running).get(owner.value, []) if isinstance(running, cst.FunctionDef) else []
            if len(bound) == 1 and isinstance(bound[0], (cst.Name, cst.Attribute)) and not (isinstance(bound[0], cst.Name) and bound[0].value == owner.value) \
                    and not self._grown_locally(owner.value):
                # cols = mapping.FIELD_MAP (assigned once), then cols.items(): that constant's entries
                return self.constant_pairs(node.with_changes(func=node.func.with_changes(value=bound[0])), Frame(env={}, imports=frame.imports, cls=frame.cls))
            return self._value_pairs(owner, frame)  # mp = PARTNERS["ice"]["mapping"]; mp.items()
        if owner.value in self.index.grown:
            return None
        located = self._constant_literal(owner.value, frame)  # from .mappings import FIELD_MAP
        if located is not None and isinstance(located[1], cst.Dict):
            return self._pairs_of(located[1], located[0])
        return self._value_pairs(owner, frame) if located is not None else None  # M = PARTNERS["ice"]["mapping"]

    def _bound_pairs(self, cls: ClassInfo, attribute: str, frame: Frame) -> list[Val] | None:
        """The entries of every mapping the attribute ``attribute`` is bound to in ``cls`` and the module's classes it
        derives from or that derive from it (``self.field_map = dict(FIELD_MAP)`` in any method, ``field_map =
        PERMITTED_MAP`` in a class body), joined: the object may hold any of them. None when one is no constant dict
        the analysis reads, or when the mapping is changed in place (``self.field_map[k] = v``, ``.update(...)``,
        ``.pop(...)``, ``del``)."""
        memo = self.m.attribute_bindings
        key = (cls.name, attribute)
        if key not in memo:
            classes = self.index.classes
            related, todo = {cls.name}, [cls.name]
            while todo:  # (bases and subclasses of this module, transitively)
                name = todo.pop()
                near = {b.rsplit(".", 1)[-1] for b in classes[name].bases} | {c.name for c in classes.values() if name in {
                    b.rsplit(".", 1)[-1] for b in c.bases}} if name in classes else set()
                for other in near - related:
                    if other in classes:
                        related.add(other)
                        todo.append(other)
            bound: list[cst.BaseExpression] | None = []
            for name in sorted(related):
                body = classes[name].node.body.body
                # (a class body's own binding; a method's local of the same name, or a nested class's, is no binding of it)
                for small in (s for stmt in body if isinstance(stmt, cst.SimpleStatementLine) for s in stmt.body):
                    if isinstance(small, cst.Assign) and any(isinstance(t.target, cst.Name) and t.target.value == attribute for t in small.targets):
                        bound.append(small.value)  # type: ignore[union-attr]
                    elif isinstance(small, (cst.AnnAssign, cst.AugAssign)) and isinstance(small.target, cst.Name) and small.target.value == attribute:
                        bound = None if isinstance(small, cst.AugAssign) or small.value is None else [*bound, small.value]  # type: ignore[misc]
                    if bound is None:
                        break
                for node in (n for method in classes[name].methods.values() for n in walk(method)) if bound is not None else ():
                    if isinstance(node, (cst.Assign, cst.AnnAssign, cst.AugAssign)):
                        targets = [t.target for t in node.targets] if isinstance(node, cst.Assign) else [node.target]
                        if any(_is_self_attribute(t, attribute) for t in targets):
                            if isinstance(node, cst.AugAssign) or node.value is None or bound is None:
                                bound = None
                                break
                            bound.append(node.value)
                        elif any(isinstance(t, cst.Subscript) and _is_self_attribute(t.value, attribute) for t in targets):
                            bound = None
                            break
                    elif (isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and _is_self_attribute(node.func.value, attribute)
                          and node.func.attr.value in ("update", "pop", "popitem", "setdefault", "clear", "__setitem__", "__delitem__")) or (
                            isinstance(node, cst.Del) and any(isinstance(t, cst.Subscript) and _is_self_attribute(t.value, attribute) for t in (
                                [e.value for e in node.target.elements] if isinstance(node.target, cst.Tuple) else [node.target]))):
                        bound = None
                        break
                if bound is None:
                    break
            memo[key] = tuple(_copied_from(b) for b in bound) if bound else None
        sources = memo[key]
        if not sources:
            return None
        joined: list[Val] = []
        plain = Frame(env={}, imports=frame.imports, cls=frame.cls)
        for source in dict.fromkeys(sources):
            if isinstance(source, cst.Dict):
                found = self._pairs_of(source, self.m)
            elif isinstance(source, cst.Attribute) and isinstance(source.value, cst.Name) and source.value.value in ("self", "cls") \
                    and source.attr.value != attribute:
                found = self._class_constant_pairs(source.value.value, source.attr.value, frame)  # self.field_map = self.FIELD_MAP
            else:
                found = self.constant_pairs(cst.Call(func=cst.Attribute(value=source, attr=cst.Name("items"))), plain) \
                    if isinstance(source, cst.Name) else None
            if found is None:
                return None
            joined.extend(p for p in found if p not in joined)
        return joined

    def _held_constant_pairs(self, held: Val, frame: Frame) -> list[Val] | None:
        """The entries of the constant dict literal ``held`` was made from (``mapping`` of ``rename(row, FIELD_MAP)``,
        ``self.field_map`` of ``self.field_map = dict(FIELD_MAP)``), known by its label: of this module, of a class, or of
        a caller's module in the project, with the same keys; None when no such literal is found."""
        if not (held.const and held.items is not None and not held.placements):
            return None
        # def rename(rec, mapping): ... mapping.items() with rename(row, FIELD_MAP): the constant it was given,
        # by this module or by a caller in another module of the project (the one whose keys it has)
        for label in sorted(held.labels):
            located = self._constant_literal(label, frame) if label.isidentifier() else None
            # (the modules running this one: the caller that gave the constant, never a module linted before)
            chain = self.m.callers()
            others = [other for other in (self.project.by_id.values() if self.project is not None else ())
                      if other is not self.m and other.module_id in chain]
            owner_name, _, attribute = label.rpartition(".")
            if located is not None:
                homes = [located]
            elif owner_name.isidentifier() and attribute.isidentifier():
                # remap(rec, IceExport.FIELD_MAP), remap(rec, self.FIELD_MAP): a class's constant, here or where the caller is
                homes = [(home, home.index.classes[owner_name].constants.get(attribute)) for home in (self.m, *others)
                         if owner_name in home.index.classes]
            else:
                homes = [(other, other.index.constants.get(label)) for other in others if label not in other.index.grown]
            for home, literal in homes:
                pairs = self._pairs_of(literal, home) if isinstance(literal, cst.Dict) else None
                if pairs is not None and tuple(const_text(p.elements[0]) for p in pairs if p.elements) == held.items:
                    return pairs
        return None

    def _value_pairs(self, owner: cst.BaseExpression, frame: Frame) -> list[Val] | None:
        """The entries of a dict of constant texts ``owner`` evaluates to (a table's entry, an object's dict field
        set from a literal, a table nested in a constant: ``CONFIG["partners"]`` of entries that are dicts of constants),
        each a pair (key, value) as a tuple value; None when any entry is not a known text or such a dict."""
        held = self.eval(owner, frame)
        entries = dict(held.attrs or ())
        if not held.const or held.items is None or not held.items or held.placements or set(held.items) != set(entries) or len(entries) > MAX_PAIRS:
            return None
        if not all(v.const and (v.text is not None or (v.attrs and v.items is not None and set(v.items) == {k for k, _ in v.attrs})) for v in entries.values()):
            return None
        return [Val(const=True, elements=(const_val(text=key), entries[key])) for key in held.items]

    def nested_literal(self, node: cst.BaseExpression, frame: Frame, depth: int = 0) -> "tuple[ModuleAnalysis, cst.Dict] | None":
        """The dict literal ``node`` reads from a module constant (of this module or imported, not grown) through
        literal keys (``CONFIG["partners"]``, ``settings.CONFIG["partners"]``), or through a name the running function
        binds once to such a read and never stores into (``partners = CONFIG["partners"]``), with the module it is
        written in; None for anything else."""
        keys: list[str] = []
        while isinstance(node, cst.Subscript) and len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index) \
                and isinstance(node.slice[0].slice.value, cst.SimpleString) and isinstance(string_value(node.slice[0].slice.value), str):
            keys.insert(0, str(string_value(node.slice[0].slice.value)))
            node = node.value
        running = self._stack[-1] if self._stack else None
        if isinstance(node, cst.Name) and node.value in frame.env:
            found = self.functions._assignments(running).get(node.value, []) if isinstance(running, cst.FunctionDef) else []
            if depth > 3 or len(found) != 1 or found[0] is None or not isinstance(found[0], cst.Subscript) \
                    or len(bindings_of(running.body, node.value)) != 1 or stored_into(running, node.value):  # type: ignore[union-attr,attr-defined,arg-type]
                return None
            inner = self.nested_literal(found[0], frame, depth + 1)
            home, literal = inner if inner is not None else (self.m, None)
        else:
            written = dotted(node) if isinstance(node, (cst.Name, cst.Attribute)) else None
            if written is None or not keys or written.split(".", 1)[0] in frame.env or written in self.index.grown:
                return None
            located = self._constant_literal(written, frame)
            home, literal = located if located is not None else (self.m, None)
        for key in keys:
            literal = next((e.value for e in literal.elements if isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString)
                            and string_value(e.key) == key), None) if isinstance(literal, cst.Dict) else None
        return (home, literal) if isinstance(literal, cst.Dict) else None

    def _constant_literal(self, name: str, frame: Frame) -> "tuple[ModuleAnalysis, cst.BaseExpression | None] | None":
        """The module holding the constant ``name`` (this one, or the project module it is imported
        from) and its literal; None when it is imported but not a plain constant there. A constant bound to a table
        nested in another (``PARTNERS = CONFIG["partners"]``) is that table's literal."""
        if name in self.index.constants:
            return self.nested_constant(self.index.constants.get(name))
        found = self.links.foreign(name, frame.imports or None)
        if found is None or "." in found[1] or found[1] in found[0].index.grown:
            return None
        return found[0].expr.nested_constant(found[0].index.constants.get(found[1]))

    def nested_constant(self, literal: "cst.BaseExpression | None") -> "tuple[ModuleAnalysis, cst.BaseExpression | None]":
        """``literal`` (a module constant's value) with this module, or the dict literal it reads from another constant
        by literal keys (``PARTNERS = CONFIG["partners"]``, ``CONFIG`` of this module or imported) with its module."""
        if isinstance(literal, cst.Subscript):
            nested = self.nested_literal(literal, Frame(env={}))
            if nested is not None:
                return nested
        return self.m, literal

    def _columns_of(self, owner: Val, columns: list[Placement]) -> Val:
        """The columns ``columns`` of the frame ``owner`` (``df[["cin", "ref"]]``, ``df.loc[rows, [...]]``): columns the
        frame was given (its SQL select list, ``df.assign(display=...)``, a rename, a column stored) stay where they were
        placed, also in a frame read whole; the others are placed at their names here."""
        if owner.placements and (not is_whole(owner) or any(p.key is not None for p in owner.placements)):
            names = [min(c.names) for c in columns]
            kept = only_keys(owner, names)
            # (a column the frame holds a constant in, df["priority"] = 0, carries no one's data)
            held = {p.key for p in kept.placements} | {n for n in names if CONSTANT_COLUMN + n in owner.labels}
            if INBOUND_MARK in owner.labels and not is_whole(owner):
                # merged[["a_number", "race_cd"]] of enforcement's answer merged with the agency's columns: a
                # column the agency's part does not hold is enforcement's own
                held |= set(names)
            return container([*kept.placements, *(c for c, n in zip(columns, names, strict=True) if n not in held)], labels=owner.labels,
                             bulk=owner.bulk)
        columns = [c for c in columns if CONSTANT_COLUMN + min(c.names) not in owner.labels]
        return container(columns, labels=owner.labels, bulk=owner.bulk)

    def numbered_names(self, node: cst.BaseExpression, frame: Frame) -> list[Val] | None:
        """``enumerate(FIELDS)`` of a constant collection of names: (position, name) rows; ``zip(FIELDS,
        HEADERS, ...)`` with a constant collection of names: a row of what each holds at each position (as long as the
        shortest), a value of a collection that is not constant (``zip(COLUMNS, row)``) its element there, or any of its
        elements; None for anything else."""
        if not (isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value in ("enumerate", "zip")
                and node.func.value not in frame.env and node.args):
            return None
        named = [a for a in node.args if a.keyword is None]
        if node.func.value == "enumerate":
            if not 1 <= len(named) <= 2 or any(a.keyword is not None and a.keyword.value != "start" for a in node.args):
                return None
            named = named[:1]  # (enumerate(FIELDS, 1): the second is where the count starts)
        if node.func.value == "zip" and (len(named) < 2 or any(a.keyword is not None and a.keyword.value != "strict" for a in node.args)):
            return None  # (zip(FIELDS, HEADERS, strict=True): the same rows)
        columns: list[tuple[Val, ...] | None] = []
        for arg in named:
            if arg.star:
                return None
            held = self.eval(arg.value, frame)
            if held.const and held.items and not held.placements and held.text is None and len(held.items) <= MAX_PAIRS:
                columns.append(tuple(const_val(text=item) for item in held.items))
            elif held.const and not held.placements and held.elements is not None and all(e.const and not e.placements for e in held.elements) \
                    and len(held.elements) <= MAX_PAIRS and columns:
                columns.append(held.elements)  # zip(FIELDS, WIDTHS): a constant beside each name (a width, a position)
            elif held.const and not held.placements and held.text is None and held.items is None and held.elements is None:
                columns.append(None)  # (a constant whose elements are not known, numbers: one beside each name)
            elif node.func.value == "zip" and not held.const and not held.bulk and columns:
                # for col, val in zip(COLUMNS, row): each value beside its name (the row's element there, when known)
                columns.append(held.elements if held.elements is not None else (self.statements.element_of(held),) * MAX_PAIRS)
            else:
                return None
        known = [column for column in columns if column is not None]
        if not known or not any(isinstance(e.text, str) for e in known[0]):
            return None
        if node.func.value == "enumerate":
            return [Val(const=True, elements=(const_val(), item)) for item in known[0]]
        length = min(len(column) for column in known)
        rows = [tuple(column[i] if column is not None else const_val() for column in columns) for i in range(length)]
        return [Val(const=all(e.const for e in row), elements=row) for row in rows]

    def _constant_rows(self, literal: cst.BaseExpression | None) -> list[Val] | None:
        """A constant list or tuple of rows of names (``(("cin", "medicaid_id"), ("income_amt", "income"))``),
        numbers allowed beside them (a fixed-width layout: ``[("MSIS_IDENT_NUM", 20), ("SSN", 9)]``): each row
        as a tuple value; None for anything else (a row of numbers only is no row of names)."""
        if not isinstance(literal, (cst.List, cst.Tuple)) or not literal.elements or len(literal.elements) > MAX_PAIRS:
            return None
        rows: list[Val] = []
        for element in literal.elements:
            row = element.value
            if not isinstance(row, (cst.Tuple, cst.List)) or not row.elements:
                return None
            texts = [string_value(e.value) if isinstance(e.value, cst.SimpleString) else None for e in row.elements]
            numbers = [isinstance(e.value, (cst.Integer, cst.Float)) for e in row.elements]
            if not all(isinstance(t, str) or number for t, number in zip(texts, numbers, strict=True)) or not any(isinstance(t, str) for t in texts):
                return None
            rows.append(Val(const=True, elements=tuple(const_val(text=str(t)) if isinstance(t, str) else const_val() for t in texts)))
        return rows

    def dict_literal(self, node: cst.BaseExpression, frame: Frame) -> cst.Dict | None:
        """The dict literal ``node`` is: written there, assigned once in the running function
        (``req = {...}``), or a module constant that nothing grows."""
        if isinstance(node, cst.Dict):
            return node
        if not isinstance(node, cst.Name):
            return None
        running = self._stack[-1] if self._stack else None
        if node.value in frame.env:
            found = self.functions._assignments(running).get(node.value, []) if isinstance(running, cst.FunctionDef) else []
            literal = found[0] if len(found) == 1 else None
            if literal is not None and isinstance(running, cst.FunctionDef) and changes_name(running, node.value):
                return None  # opts["json"] = body after the literal: the literal is not what is spread
        else:
            literal = self.index.constants.get(node.value) if node.value not in self.index.grown else None
        return literal if isinstance(literal, cst.Dict) else None

    def spread_source(self, node: cst.BaseExpression, frame: Frame) -> "tuple[list[tuple[str | None, cst.BaseExpression, cst.CSTNode]], frozenset[str]] | None":
        """What ``f(**req)`` spreads, entry by entry: (key, value, where it is written) of the dict literal
        or ``dict(k=v, ...)`` call ``req`` is (see ``dict_literal``; a key that is not a constant: None),
        and the constant keys the running function changes after it (``req["MessageGroupId"] = g``):
        their values are the ones the dict holds at the call. None when it is neither."""
        literal: cst.BaseExpression | None = self.dict_literal(node, frame)
        changed: frozenset[str] | None = frozenset()
        running = self._stack[-1] if self._stack else None
        if literal is None and isinstance(node, cst.Name) and node.value in frame.env and isinstance(running, cst.FunctionDef):
            found = self.functions._assignments(running).get(node.value, [])
            literal = found[0] if len(found) == 1 else None
            changed = changed_keys(running, node.value) if changes_name(running, node.value) else frozenset()
        elif literal is None and isinstance(node, cst.Name) and node.value not in frame.env and node.value not in self.index.grown:
            literal = self.index.constants.get(node.value)  # OPTS = dict(url=ICE_URL, timeout=20) at module level
        if literal is None or changed is None:
            return None
        if isinstance(literal, cst.Dict):
            entries: list[tuple[str | None, cst.BaseExpression, cst.CSTNode]] = []
            for e in literal.elements:
                if not isinstance(e, cst.DictElement):
                    return None
                key = string_value(e.key) if isinstance(e.key, cst.SimpleString) else None
                entries.append((key if isinstance(key, str) else None, e.value, e))
            return entries, changed
        if isinstance(literal, cst.Call) and dotted(literal.func) == "dict" and "dict" not in frame.env and all(a.keyword is not None for a in literal.args):
            return [(a.keyword.value if a.keyword is not None else None, a.value, a) for a in literal.args], changed
        return None

    def _grown_locally(self, name: str) -> bool:
        """The running function changes the list ``name`` in place (``append``, ``extend``, ``insert``,
        ``+=``, an item or slice store)."""
        running = self._stack[-1] if self._stack else None
        if not isinstance(running, cst.FunctionDef):
            return True
        for n in walk(running.body):
            if isinstance(n, cst.Call) and isinstance(n.func, cst.Attribute) and isinstance(n.func.value, cst.Name) and n.func.value.value == name \
                    and n.func.attr.value in ("append", "extend", "insert", "__iadd__", "update", "add"):
                return True
            if isinstance(n, cst.AugAssign) and isinstance(n.target, cst.Name) and n.target.value == name:
                return True
            if isinstance(n, (cst.Assign, cst.AugAssign)) and any(
                    isinstance(t, cst.Subscript) and isinstance(t.value, cst.Name) and t.value.value == name
                    for t in ([x.target for x in n.targets] if isinstance(n, cst.Assign) else [n.target])):
                return True
        return False

    def _field_selector(self, name: str) -> bool:
        """``name`` is a loop or comprehension variable of the running function that names the field it reads
        (``{name: getattr(m, name) for name in fields}``, ``for name in cols: out[name] = rec[name]``): it holds a field's
        name, not a person's (round 516c)."""
        running = self._stack[-1] if self._stack else None
        if not isinstance(running, (cst.FunctionDef, cst.Lambda)):
            return False
        memo: "dict[tuple[int, str], bool]" = self.__dict__.setdefault("_field_selector_memo", {})
        key = (id(running), name)
        if key not in memo:
            found = False
            targets = 0
            for node in self.functions.flat.walk(running.body):
                if isinstance(node, (cst.CompFor, cst.For)) and isinstance(node.target, cst.Name) and node.target.value == name:
                    targets += 1
                    scope = node.body if isinstance(node, cst.For) else self._comprehension_of(running, node)
                    found = found or (scope is not None and any(_selects_field(n, name) for n in walk(scope)))
            # (bound only as the target of such loops: not a parameter, nor assigned elsewhere, name = m.full_name)
            bound = isinstance(running, cst.FunctionDef) and (name in param_names(running) or bool(self.functions._assignments(running).get(name))
                                                              or len(bindings_of(running.body, name)) > targets)
            memo[key] = found and not bound
        return memo[key]

    def _comprehension_of(self, running: cst.CSTNode, clause: cst.CompFor) -> "cst.CSTNode | None":
        """The comprehension whose clause ``clause`` is."""
        for node in self.functions.flat.walk(running.body if isinstance(running, (cst.FunctionDef, cst.Lambda)) else running):
            if isinstance(node, (cst.ListComp, cst.SetComp, cst.GeneratorExp, cst.DictComp)):
                inner: "cst.CompFor | None" = node.for_in
                while inner is not None:
                    if inner is clause:
                        return node
                    inner = inner.inner_for_in
        return None

    def _shrunk_locally(self, name: str) -> bool:
        """The running function takes names out of the collection ``name`` in place (``discard``, ``remove``, ``pop``,
        ``clear``, ``difference_update``, ``del name[...]``)."""
        running = self._stack[-1] if self._stack else None
        if not isinstance(running, cst.FunctionDef):
            return True
        for n in walk(running.body):
            if isinstance(n, cst.Call) and isinstance(n.func, cst.Attribute) and isinstance(n.func.value, cst.Name) and n.func.value.value == name \
                    and n.func.attr.value in ("discard", "remove", "pop", "clear", "difference_update", "intersection_update",
                                              "symmetric_difference_update"):
                return True
            if isinstance(n, cst.Del) and any(isinstance(t, cst.Subscript) and isinstance(t.value, cst.Name) and t.value.value == name
                                              for t in ([e.value for e in n.target.elements] if isinstance(n.target, cst.Tuple) else [n.target])):
                return True
        return False

    def _grown_columns(self, node: cst.Name, frame: Frame) -> list[Placement] | None:
        """The names a column list of the running function holds now, each placed where it was written
        into the list before this use: its assignment (``cols = ["cin"]``, ``cols = BASIC + [...]``),
        ``cols += [...]``, ``cols = cols + [...]``, ``cols.append("ssn")``, ``cols.extend([...])``,
        ``cols.insert(0, "ssn")``. None unless every name the list holds now was found so."""
        running = self._stack[-1] if self._stack else None
        current = frame.env.get(node.value)
        held = union_of(current) if current is not None and current.const else None
        if not held or (running is not None and not isinstance(running, (cst.FunctionDef, cst.Module))):
            return None
        name, use = node.value, self.positions(node)[0]
        written: list[tuple[cst.CSTNode, cst.BaseExpression]] = []
        # (the running function's statements, or the module's own code: a script's, a notebook's cells)
        body = running.body if isinstance(running, cst.FunctionDef) else self.m.module
        # (for extra in ("ssn", "race"): cols.append(extra): each name of the loop's constant collection; review 58d)
        looped = {n.target.value: n.iter for n in walk(body, prune=lambda n: isinstance(n, (cst.FunctionDef, cst.ClassDef, cst.Lambda)))
                  if isinstance(n, cst.For) and isinstance(n.target, cst.Name) and (isinstance(n.iter, (cst.List, cst.Tuple, cst.Set)) or (
                      isinstance(n.iter, cst.Name) and n.iter.value in self.index.constants and n.iter.value not in self.index.grown))}
        for n in walk(body, prune=lambda n: isinstance(n, (cst.FunctionDef, cst.ClassDef, cst.Lambda))):
            if isinstance(n, cst.Assign) and len(n.targets) == 1 and isinstance(n.targets[0].target, cst.Name) and n.targets[0].target.value == name:
                value = n.value
                if isinstance(value, cst.BinaryOperation) and isinstance(value.operator, cst.Add) and isinstance(value.left, cst.Name) and value.left.value == name:
                    value = value.right  # cols = cols + ["ssn"]
                written.append((n, value))
            elif isinstance(n, cst.AugAssign) and isinstance(n.target, cst.Name) and n.target.value == name and isinstance(n.operator, (cst.AddAssign, cst.BitOrAssign)):
                written.append((n, n.value))
            elif isinstance(n, cst.Call) and isinstance(n.func, cst.Attribute) and isinstance(n.func.value, cst.Name) and n.func.value.value == name and n.args:
                method = n.func.attr.value
                if method in ("append", "add") and len(n.args) == 1 and isinstance(n.args[0].value, cst.Name) and n.args[0].value.value in looped:
                    written.append((n, looped[n.args[0].value.value]))
                elif method in ("append", "add") and len(n.args) == 1:
                    written.append((n, cst.List(elements=[cst.Element(n.args[0].value)])))
                elif method == "insert" and len(n.args) == 2:
                    written.append((n, cst.List(elements=[cst.Element(n.args[1].value)])))
                elif method == "extend" and len(n.args) == 1:
                    written.append((n, n.args[0].value))
        placed: dict[str, Placement] = {}
        off = self._writes_off_way(body, {id(s) for s, _ in written}, frame)
        for statement, value in written:
            if self.positions(statement)[0] > use:
                continue  # written after this use
            if id(statement) in off:
                continue  # (if partner == "ice": cols.append("ssn") else: cols.append("ssn"): on the "ice" run, the first)
            # (cols = self.BASE: the class's list, each name at its element)
            # (cols = list(self.BASE) too: read with the frame where it names only self, constants and list/tuple/sorted/set)
            attrs = {id(a.attr) for a in walk(value) if isinstance(a, cst.Attribute)}
            roots = [n.value for n in names_in(value) if id(n) not in attrs]
            on_self = "self" in roots and all(r in ("self", "list", "tuple", "sorted", "set") or (r in self.index.constants and r not in frame.env) for r in roots)
            listed = self.column_list(value, frame if on_self else None)
            if listed is None:
                return None  # cols.append(name): a name not known here
            for p in listed:
                placed[_column_key(p)] = p  # the last write before the use (an earlier one may be in a branch that returned)
        if any(not isinstance(item, str) or item not in placed for item in held):
            return None
        return [placed[item] for item in dict.fromkeys(held)]

    def _writes_off_way(self, body: cst.CSTNode, writes: "set[int]", frame: Frame) -> "set[int]":
        """Of the statements ``writes`` (by id) inside ``body``, those in a branch of an ``if`` whose test the running
        frame decides the other way (``if partner == "ice":`` on a run where partner is "state")."""
        off: set[int] = set()
        if not writes:
            return off

        def visit(node: cst.CSTNode, dead: bool) -> None:
            if id(node) in writes and dead:
                off.add(id(node))
            if isinstance(node, (cst.FunctionDef, cst.ClassDef, cst.Lambda, cst.For, cst.While)):
                return  # (in a loop, an earlier pass may have taken the other way: for partner in URLS: if partner == ...)
            if isinstance(node, cst.If):
                truth = self.statements.static_truth(node.test, frame) if not dead and _plain_test(node.test) else None
                visit(node.body, dead or truth is False)
                if node.orelse is not None:
                    visit(node.orelse, dead or truth is True)
                return
            for child in node.children:
                visit(child, dead)
        for child in body.children:
            visit(child, False)
        return off

    def _constant_entries(self, node: cst.BaseExpression, frame: Frame | None, depth: int = 0, keys: Frame | None = None) -> "list[cst.Dict] | None":
        """The dict literal an entry of a module constant table is (``EXPORTS["ice"]``, ``EXPORTS.get("ice")``, ``EXPORTS[key]``
        of a key the running frame ``keys`` knows as one text: a loop over written keys), read directly or through a name
        the running function binds once to it (``cfg = EXPORTS["ice"]``), as a list; None for anything else."""
        if depth > 4:
            return None
        keys = keys if keys is not None else frame
        got = _dict_get(node)
        if got is not None and isinstance(got[0], cst.SimpleString) and isinstance(node, cst.Call) and len(node.args) == 1:
            # (cfg = PARTNERS.get("ice"): that entry, as PARTNERS["ice"]; round 518c)
            node = cst.Subscript(value=got[1], slice=[cst.SubscriptElement(cst.Index(got[0]))])
        if isinstance(node, cst.Subscript) and len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index) \
                and isinstance(node.slice[0].slice.value, cst.Name) and keys is not None and node.slice[0].slice.value.value in keys.unrolled:
            # (for key in ("ice", "oregon"): cfg = PARTNERS[key]: the entry of this turn's key; round 518c)
            held = keys.env.get(node.slice[0].slice.value.value)
            text = held.text if held is not None and held.const else None
            if text is None or HOLE in text:
                return None
            node = node.with_changes(slice=[cst.SubscriptElement(cst.Index(cst.SimpleString(repr(text))))])
        if isinstance(node, cst.Name):
            running = self._stack[-1] if self._stack else None
            if (frame is not None and node.value in frame.env) or node.value not in self.index.constants:
                found = self.functions._assignments(running).get(node.value, []) if isinstance(running, cst.FunctionDef) else []
                # (bound once and never stored into: cfg["columns"] = [...] makes it another list than the table's)
                return self._constant_entries(found[0], None, depth + 1, keys) if len(found) == 1 and found[0] is not None \
                    and len(bindings_of(running.body, node.value)) == 1 and not stored_into(running, node.value) else None  # type: ignore[union-attr,attr-defined,arg-type]
            held = self.index.constants.get(node.value) if node.value not in self.index.grown else None
            return [held] if isinstance(held, cst.Dict) else None
        if isinstance(node, cst.Subscript) and len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index) \
                and isinstance(node.slice[0].slice.value, cst.SimpleString):
            # (a key not known, cfg = EXPORTS[partner]: one way per entry, Statements._table_entries, each its own list)
            tables = self._constant_entries(node.value, frame, depth + 1, keys)
            key = string_value(node.slice[0].slice.value)
            entries = [e.value for table in tables or () for e in table.elements if isinstance(e, cst.DictElement)
                       and isinstance(e.key, cst.SimpleString) and string_value(e.key) == key]
            return entries if entries and all(isinstance(e, cst.Dict) for e in entries) else None  # type: ignore[return-value]
        return None

    def _local_literal(self, node: cst.BaseExpression, frame: Frame) -> cst.BaseExpression | None:
        """The column list a name of the running function holds, as written where it was assigned (``cols
        = ["cin", "dob"]``, ``cols = V2``, ``cols = BASIC + ["race_cd"]``, ``fields = list(BASIC)``), or
        where a caller wrote it for this parameter. Of several assignments, the one whose names the
        variable holds now (the last assignment wins), or all of them when branches joined them."""
        running = self._stack[-1] if self._stack else None
        if not isinstance(node, cst.Name) or node.value not in frame.env or not isinstance(running, cst.FunctionDef):
            return None
        found = self.functions._assignments(running).get(node.value, [])
        if not found:
            literal = self._argument_literal(node.value, running)
            if isinstance(literal, cst.Name) and literal.value in self.index.constants and literal.value not in self.index.grown:
                return literal  # rows_to_csv(rows, FIELDS): the module constant the caller gave, at its elements
            return literal if isinstance(literal, (cst.List, cst.Tuple)) else None
        if len(found) == 1 and isinstance(found[0], cst.Call) and not self._grown_locally(node.value) \
                and self._returned_columns(found[0], frame, 1, frame.env[node.value]) is not None:
            return found[0]  # cols = build_columns(); df[cols]: the names it holds, each where the helper wrote it (round 512c)
        listed = [self.column_list(f, None) for f in found]
        if any(columns is None for columns in listed):
            return None
        current = frame.env[node.value]
        if current.items is not None:
            # cols = ["cin", "ssn"]; cols = ["cin"]: the list it holds now (of cols = EXTENDED if full else
            # BASIC, the side it holds)
            found = [side for f in found for side in ((f.body, f.orelse) if isinstance(f, cst.IfExp) else (f,))]
            listed = [self.column_list(f, None) for f in found]
            now = tuple(current.items)
            matching = [f for f, columns in zip(found, listed, strict=True) if tuple(_column_key(p) for p in columns or ()) == now]
            use = self.positions(node)[0]
            before = [f for f in matching if self.positions(f)[0] <= use]  # the last one written before the use
            return before[-1] if before else None
        if self._grown_locally(node.value):
            return None  # cols = ["cin"]; if extra: cols += ["ssn"]: not that literal any more
        if len(found) == 1:
            return found[0]
        if not current.const or not all(isinstance(f, (cst.List, cst.Tuple)) for f in found):
            return None
        # cols = [...]; if v2: cols = [...]: either list may be the one used, each name at its own element
        lists = [f for f in found if isinstance(f, (cst.List, cst.Tuple))]
        elements = [cst.Element(e.value) for f in lists for e in f.elements if isinstance(e, cst.Element)]
        if sum(len(f.elements) for f in lists) != len(elements):
            return None  # a starred element: not a plain list of names
        return cst.List(elements=elements)

    def _argument_literal(self, param: str, running: cst.FunctionDef) -> cst.BaseExpression | None:
        """The literal the call running ``running`` gives its parameter ``param`` (``csv_text(row, ["cin",
        "ssn"])`` for ``def csv_text(row, columns)``): a column list the caller wrote, placed there."""
        ordered = [p.name.value for p in (*running.params.posonly_params, *running.params.params)]
        if param not in ordered and param not in {p.name.value for p in running.params.kwonly_params}:
            return None
        for _, call, _ in reversed(self.m.call_sites):
            called = call.func.attr.value if isinstance(call.func, cst.Attribute) else call.func.value if isinstance(call.func, cst.Name) else None
            if called != running.name.value:
                continue
            positional = ordered[1:] if isinstance(call.func, cst.Attribute) and ordered and ordered[0] in ("self", "cls") else ordered
            for i, arg in enumerate(call.args):
                if arg.star:
                    return None
                if (arg.keyword.value if arg.keyword is not None else (positional[i] if i < len(positional) else None)) == param:
                    return arg.value
            return None
        return None

    def _class_constant_pairs(self, owner: str, attr: str, frame: Frame, rows: bool = False) -> list[Val] | None:
        """``self.FIELD_MAP.items()`` (the object's class first, then its bases in this module) or
        ``Exporter.FIELD_MAP.items()`` of a constant dict literal in a class body."""
        if owner == "self":
            runtime = frame.env.get("self")
            first = self.index.classes.get(runtime.model) if runtime is not None and runtime.model else None
            cls = first or frame.cls
        else:
            cls = self.index.classes.get(owner) if owner not in frame.env else None
        seen: set[str] = set()
        while cls is not None and cls.name not in seen:
            seen.add(cls.name)
            literal = cls.constants.get(attr)
            if literal is not None and rows:
                return self._constant_rows(literal)
            if literal is not None:
                return self._pairs_of(literal, self.m) if isinstance(literal, cst.Dict) else None
            cls = next((self.index.classes[b] for b in cls.bases if b in self.index.classes), None)
        return None

    def _pairs_of(self, literal: cst.Dict, home: "ModuleAnalysis") -> list[Val] | None:
        """The entries of a constant dict literal of ``home``, each a pair (key, value) as a tuple value."""
        if len(literal.elements) > MAX_PAIRS:
            return None
        pairs: list[Val] = []
        for element in literal.elements:
            if not isinstance(element, cst.DictElement):
                return None
            key, value = home.expr.eval(element.key, Frame(env={})), home.expr.eval(element.value, Frame(env={}))
            if not (key.const and (key.text is not None or isinstance(element.key, (cst.Integer, cst.Tuple)))):
                return None  # (a position or a tuple of them keys an X12 element table: {3: "last_name"}, {("NM1", 3): ...})
            if home is not self.m:
                key, value = translate(key, home.module_id, self.module_id), translate(value, home.module_id, self.module_id)
            pairs.append(Val(const=value.const, elements=(key, value), placements=value.placements))
        return pairs

    def column_list(self, node: cst.BaseExpression, frame: Frame | None = None, depth: int = 0) -> list[Placement] | None:
        """The names of a literal list, tuple or set of strings (or the keys of a dict literal:
        ``include={"ssn": True}``), each placed at its own element (None: not such a literal). A name
        of a module constant list (``EXPORT_FIELDS = [...]``, then ``fieldnames=EXPORT_FIELDS``) is its
        literal, unless the running function binds that name itself or the module grows the list; so
        are ``list(RENAME)`` and ``RENAME.keys()`` of a constant dict (its keys). A constant built from
        others (``FIELDS = BASE + ["race_cd"]``, ``[*BASE, "race_cd"]``) has the names of its parts."""
        if depth > 8:
            return None
        while isinstance(node, cst.Call) and len(node.args) == 1 and not node.args[0].keyword and not node.args[0].star \
                and isinstance(node.func, cst.Name) and node.func.value in ("list", "tuple", "sorted", "set") and (frame is None or node.func.value not in frame.env):
            node = node.args[0].value  # (sorted(set(ICE_COLUMNS + [...])): the names of the list, round 413a)
        if isinstance(node, cst.Call) and not node.args and isinstance(node.func, cst.Attribute) and node.func.attr.value == "keys":
            node = node.func.value
        if isinstance(node, cst.IfExp):
            # EXTENDED if full else BASIC (a CLI flag choosing the columns): either list, each name at its own element (the
            # one side a test the running frame decides chooses: BASIC if partner == "cbp" else WIDE on the "cbp" run)
            truth = self.statements.static_truth(node.test, frame) if frame is not None and _plain_test(node.test) else None
            if truth is not None:
                return self.column_list(node.body if truth else node.orelse, frame, depth + 1)
            body, orelse = self.column_list(node.body, frame, depth + 1), self.column_list(node.orelse, frame, depth + 1)
            return body + orelse if body is not None and orelse is not None else None
        if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, (cst.Add, cst.BitOr)):
            # ID_COLS + CLINICAL_COLS, PERMITTED | {"last_name"}: both, each name at its own element
            left, right = self.column_list(node.left, frame, depth + 1), self.column_list(node.right, frame, depth + 1)
            return left + right if left is not None and right is not None else None
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value == "union" and node.args \
                and not any(a.keyword or a.star for a in node.args):
            # PERMITTED.union({"sex"}): every part, each name at its own element
            parts = [self.column_list(part, frame, depth + 1) for part in (node.func.value, *(a.value for a in node.args))]
            return [c for part in parts for c in part] if all(part is not None for part in parts) else None  # type: ignore[union-attr]
        got = _dict_get(node)
        looked_up = (node.value, node.slice[0].slice.value) if isinstance(node, cst.Subscript) and len(node.slice) == 1 \
            and isinstance(node.slice[0].slice, cst.Index) else (got[1], got[0]) if got is not None else None
        nested = self._constant_entries(looked_up[0], frame) if looked_up is not None and (not isinstance(looked_up[0], cst.Name) or (
            looked_up[0].value not in self.index.constants or (frame is not None and looked_up[0].value in frame.env))) else None
        if nested and looked_up is not None and isinstance(looked_up[1], cst.SimpleString):
            # cfg["columns"] of cfg = EXPORTS["ice"], EXPORTS["ice"]["columns"]: the list written in the module's table
            lists: list[Placement] = []
            for table in nested:
                entry = next((e.value for e in table.elements if isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString)
                              and string_value(e.key) == string_value(looked_up[1])), None)
                if entry is None and got is not None and isinstance(node, cst.Call) and len(node.args) == 2:
                    entry = node.args[1].value  # cfg.get("extra", ["ssn"]) of an entry without it: the default
                    listed = self.column_list(entry, frame, depth + 1)
                else:
                    listed = self.column_list(entry, None, depth + 1) if entry is not None else None  # (no such entry: not known)
                if listed is None:
                    return None
                lists.extend(listed)
            return lists
        if looked_up is not None and isinstance(looked_up[0], cst.Name) and (frame is None or looked_up[0].value not in frame.env) \
                and looked_up[0].value not in self.index.grown and isinstance(self.index.constants.get(looked_up[0].value), cst.Dict):
            # df[COLUMNS[self.partner]], df[COLUMNS.get("ice")] of a module dict of column lists: the entry of that key
            # (any entry when the key is not known), each name at its own element
            table = self.index.constants[looked_up[0].value]
            assert isinstance(table, cst.Dict)
            key = const_text(self.eval(looked_up[1], frame)) if frame is not None else None
            entries = [e.value for e in table.elements if isinstance(e, cst.DictElement) and (key is None or string_value(e.key) == key)]
            parts = [self.column_list(entry, None, depth + 1) for entry in entries]
            if got is not None and isinstance(node, cst.Call) and len(node.args) == 2 and (key is None or not entries):
                # COLUMNS.get(partner, ["cin", "ssn"]): the default may be the one used (a default that is no column
                # list, None, adds nothing)
                default = self.column_list(node.args[1].value, frame, depth + 1)
                if default is not None:
                    parts.append(default)
            return [c for part in parts for c in part] if entries and all(part is not None for part in parts) else None  # type: ignore[union-attr]
        if isinstance(node, cst.Name):
            running = self._stack[-1] if self._stack else None
            at_module_level = not isinstance(running, cst.FunctionDef) and node.value in self.index.constants
            if frame is not None and node.value in frame.env and not at_module_level:
                # fieldnames = ["cin", "last_name"] assigned once in the running function: each name at its element
                local = self._local_literal(node, frame)
                if local is None and not self._grown_locally(node.value):
                    # cols = export_columns() of another module, then qs.values(*cols): the names it holds, placed at the use
                    # (round 514a)
                    return self._grown_columns(node, frame) or self._named_here(node, frame)
                if local is None or self._grown_locally(node.value):
                    return self._grown_columns(node, frame)  # fieldnames.append("ssn"): each name where it was written
                if isinstance(local, cst.Call):
                    # picked = cols(): the names it holds, each where the function wrote it
                    returned = self._returned_columns(local, frame, depth + 1, frame.env[node.value])
                    if returned is not None:
                        return returned
                return self.column_list(local, None, depth + 1)
            if node.value in self.index.grown:
                # cols = [...]; cols.insert(1, "ssn_num") in the module's own code (a notebook's cells): each name
                # where it was written into the list before this use
                if frame is not None and at_module_level:
                    return self._grown_columns(node, frame)
                # (read in a function: the list as the module's code left it, each name at its element or where added)
                folded = self.index.constants.get(node.value)
                return self.column_list(folded, None, depth + 1) if folded is not None else None
            literal = self.index.constants.get(node.value)
            if literal is None and node.value in self.index.imports:
                # fieldnames=COLUMNS imported from another module: its names, placed here (SPEC section 3)
                return self._named_here(node, frame if frame is not None else Frame(env={}))
            if isinstance(literal, cst.BinaryOperation):
                return self.column_list(literal, None, depth + 1)  # FIELDS = BASE_FIELDS + ["race_cd"]: of the module's names
            if not isinstance(literal, (cst.List, cst.Tuple, cst.Set, cst.Dict)):
                return None
            node = literal
            frame = None  # [*BASE, "x"] in a module constant: the module's BASE, whatever the running function binds
        if (polars := self.polars_columns(node)) is not None:
            return polars  # pl.col(["cin", "ssn"])
        returned = self._returned_columns(node, frame, depth) if isinstance(node, cst.Call) else None
        if returned is not None:
            return returned  # df[cols()] of def cols(): return FULL_COLS if FULL else BASIC: each name at its own element
        if isinstance(node, cst.Call) and frame is not None and not any(a.star for a in node.args):
            # fieldnames=build_columns(): the constant list a function returns, its names placed at the call
            return self._named_here(node, frame)
        if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and frame is None and node.value.value in self.index.imports \
                and not self._bound_by_running(node.value.value):
            # names = list(cols.PERMITTED) + ["sex"] of a module imported whole: that module's names, placed here
            # (not of a parameter or local of the running function that has the module's name: def f(df, cols))
            return self._named_here(node, Frame(env={}))
        if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and (
                frame is not None or (node.value.value in self.index.classes and node.value.value not in ("self", "cls"))):
            # .values(*self.columns), fieldnames=Exporter.COLUMNS: a list of the class's body, each name at its
            # element; one set on the object (self.columns = [...] in __init__) is placed here (in a class body,
            # columns = Extract.columns + ("dx",): the base's list, each name at its own element)
            if frame is None:
                owner = self.index.classes.get(node.value.value)
                runtime = None
            else:
                owner = frame.cls if node.value.value in ("self", "cls") else self.index.classes.get(node.value.value) if node.value.value not in frame.env else None
                runtime = frame.env.get(node.value.value) if node.value.value in ("self", "cls") else None
            if runtime is not None and runtime.model is not None and owner is not None and runtime.model != owner.name:
                # IceExporter().export(...) running Exporter.export: the object's own class first (an override)
                found = self.links.class_of(runtime.model)
                owner = found[1] if found is not None and found[0] is self.m else None
            if owner is not None and node.value.value == "self" and node.attr.value in self.functions.instance_attrs(owner):
                owner = None  # self.columns = [...] set by a method (__init__): what it holds now, placed here
            seen: set[str] = set()
            while owner is not None and owner.name not in seen:
                seen.add(owner.name)
                literal = owner.constants.get(node.attr.value)
                if literal is not None:
                    return self.column_list(literal, None, depth + 1)
                owner = next((self.index.classes[b] for b in owner.bases if b in self.index.classes), None)
            return self._named_here(node, frame) if frame is not None else None
        if not isinstance(node, (cst.List, cst.Tuple, cst.Set, cst.Dict)):
            return None
        out: list[Placement] = []
        for element in node.elements:
            if isinstance(element, cst.StarredElement):
                spread = self.column_list(element.value, frame, depth + 1)  # [*BASE_FIELDS, "race_cd"]
                if spread is None:
                    return None
                out.extend(spread)
                continue
            if isinstance(element, cst.StarredDictElement):
                return None
            value = element.key if isinstance(element, cst.DictElement) else element.value
            if (polars := self.polars_columns(value)) is not None:
                out.extend(polars)  # [pl.col("cin"), pl.col("ssn")]
                continue
            text = string_value(value) if isinstance(value, cst.SimpleString) else None
            if not isinstance(text, str):
                return None
            line, col = self.positions(value)
            out.append(Placement(line, col, frozenset({text}), key=text))
        return out

    def polars_columns(self, node: cst.BaseExpression) -> list[Placement] | None:
        """The columns polars' ``pl.col("cin")``, ``pl.col("cin", "ssn")`` or ``pl.col(["cin", "ssn"])`` names, each
        placed at its string, also through the expression's methods (``pl.col("ssn").str.slice(-4)``,
        ``pl.col("dx").alias("ref")``); None for any other expression (a pattern, a dtype, a name)."""
        for _ in range(12):
            # pl.col("ssn").str.slice(-4).alias("last4"): the column the chain starts from (through methods that keep
            # the value; pl.col("ssn").is_null() is a yes or no, no column)
            inner = node.func.value if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) else None
            if inner is None or (self.index.qualify(dotted(cst.ensure_type(node, cst.Call).func) or "") or "") == "polars.col":
                break
            if cst.ensure_type(node, cst.Call).func.attr.value not in _POLARS_KEEPERS:  # type: ignore[attr-defined]
                return None
            while isinstance(inner, cst.Attribute) and inner.attr.value in ("str", "dt", "name"):
                inner = inner.value  # (.str, .dt namespaces)
            if not isinstance(inner, cst.Call):
                return None
            node = inner
        if not isinstance(node, cst.Call) or not node.args or any(a.keyword or a.star for a in node.args):
            return None
        if (self.index.qualify(dotted(node.func) or "") or "") != "polars.col":
            return None
        values = [a.value for a in node.args]
        if len(values) == 1 and isinstance(values[0], (cst.List, cst.Tuple)):
            values = [e.value for e in values[0].elements]
        if not all(isinstance(v, cst.SimpleString) and isinstance(string_value(v), str) and not str(string_value(v)).startswith("^") for v in values):
            return None
        return [Placement(*self.positions(v), frozenset({str(string_value(v))}), key=str(string_value(v))) for v in values]

    def chosen_columns(self, node: cst.BaseExpression, frame: Frame) -> list[Placement] | None:
        """The columns a frame selection names: a literal list (each name at its element), or a name
        of a constant list of this module or imported from another (``df[ICE_COLUMNS]``, each name
        placed at the selection)."""
        listed = self.column_list(node, frame)
        if listed is None and isinstance(node, cst.Subscript) and isinstance(node.value, cst.Name) and node.value.value in frame.env:
            return self._named_here(node, frame)  # df[cfg["columns"]] of one partner's entry: those columns, here
        if listed is not None or not isinstance(node, (cst.Name, cst.Attribute)):
            return listed
        literal = self._local_literal(node, frame)
        listed = self.column_list(literal, frame) if literal is not None else None
        if listed is not None:
            return listed  # cols = ["cin", "ssn"]; df[cols]: each name at its element of the list
        return self._named_here(node, frame)

    def _bound_by_running(self, name: str) -> bool:
        """The running function binds ``name`` (a parameter, an assignment, a loop target, a local import)."""
        running = self._stack[-1] if self._stack else None
        return isinstance(running, (cst.FunctionDef, cst.Lambda)) and (
            name in param_names(running) or isinstance(running, cst.FunctionDef) and name in self.functions.rebound(running))

    def _returned_columns(self, node: cst.Call, frame: Frame | None, depth: int, held: Val | None = None) -> list[Placement] | None:
        """``cols()``, ``self.columns()``: a function of the module (a method of the running class) whose every ``return``
        gives a column list of the module's constants or literals (``return FULL_COLS if FULL else BASIC``, ``if FULL:
        return FULL_COLS``), read by no parameter or local of its own: the names of every list, each at its own element
        (round 485a); None otherwise."""
        func = node.func
        fn: "cst.FunctionDef | None" = None
        if isinstance(func, cst.Name) and (frame is None or func.value not in frame.env):
            fn = self.index.functions.get(func.value)
        elif isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and func.value.value == "self" and frame is not None \
                and frame.cls is not None:
            method = frame.cls.methods.get(func.attr.value)
            fn = method if isinstance(method, cst.FunctionDef) and not method.decorators else None
        elif isinstance(func, cst.Attribute) and frame is not None:
            # client.columns(), X().columns() of a class of the module (round 495a)
            receiver = func.value
            named = frame.env[receiver.value].model if isinstance(receiver, cst.Name) and receiver.value in frame.env else \
                receiver.func.value if isinstance(receiver, cst.Call) and isinstance(receiver.func, cst.Name) and receiver.func.value not in frame.env else None
            owner = self.index.classes.get(named) if named is not None else None
            method = owner.methods.get(func.attr.value) if owner is not None else None
            fn = method if isinstance(method, cst.FunctionDef) and not method.decorators else None
        if fn is None or any(a.star for a in node.args) or fn.asynchronous is not None:
            return None
        values = [r.value for r in self.functions.flat.walk(fn.body) if type(r) is cst.Return]
        own = rebound_names(fn) | param_names(fn)
        if not values or any(v is None for v in values):
            return None
        if frame is None:
            # (read where the call's frame is gone: every list it may return, a name in two of them once; of a function
            # choosing by what it is given, columns_for(dest), the lists of its constants and literals, each name where
            # the caller's value, which it holds, places it)
            if any(any(n.value in own for n in names_in(v)) for v in values if v is not None):
                parts: "list[list[Placement] | None]" = list(self._possible_lists(fn, depth))
                if not parts or not all(parts):
                    return None
            else:
                parts = [self.column_list(v, None, depth + 1) for v in values if v is not None]
            if not all(part is not None for part in parts):
                return None
            return list({_column_key(c): c for part in reversed(parts) for c in reversed(part or ())}.values())[::-1]
        # (return FULL_COLS if self.cfg["full"] else BASIC_COLS, if partner == "ice": return BASIC: the tests decided as the
        # call is, each name the call gives placed at its element of the lists it may return)
        chosen = held if held is not None else self.eval(node, frame)
        items = union_of(chosen) if chosen.const else None
        if not items:
            return None
        lists = self._possible_lists(fn, depth)
        # (where the call may give several lists, EXTENDED if os.environ.get(...) else BASIC: each list it may be, a name
        # in both at both; review 58b)
        if chosen.items is None and chosen.choices:
            wanted = [set(c) for c in chosen.choices]
            matched = [listed for listed in lists if {_column_key(p) for p in listed} in wanted]
            if all(any({_column_key(p) for p in listed} == w for listed in matched) for w in wanted):
                return [p for listed in matched for p in listed]
        # (the one list that holds exactly the names the call gives, where the function may return several: a name in
        # two lists at its element of the one chosen; else the names the function's own run placed, then any list's)
        exact = [listed for listed in lists if {_column_key(p) for p in listed} == set(items)]
        candidates: "dict[str, Placement]" = {_column_key(p): p for p in exact[0]} if len(exact) == 1 else {}
        for placed in self.m.returned_columns.get(id(fn), {}).values():
            candidates.setdefault(_column_key(placed), placed)
        for listed in lists:
            for placed in listed:
                candidates.setdefault(_column_key(placed), placed)
        found = [candidates.get(item) for item in items]
        return [p for p in found if p is not None] if all(p is not None for p in found) else None

    def _possible_lists(self, fn: cst.FunctionDef, depth: int) -> "list[list[Placement]]":
        """The column lists of the module's constants and literals a function may return: each side of a conditional
        expression, each ``return``, and those of a function of the module it returns the call of (``return
        columns_for(dest)``; round 503a), each name at its element."""
        own = rebound_names(fn) | param_names(fn)
        lists: "list[list[Placement]]" = []
        for value in [r.value for r in self.functions.flat.walk(fn.body) if type(r) is cst.Return]:
            while isinstance(value, cst.IfExp):
                if not any(n.value in own for n in names_in(value.body)):
                    lists.append(self.column_list(value.body, None, depth + 1) or [])
                value = value.orelse
            inner = self.index.functions.get(value.func.value) if isinstance(value, cst.Call) and isinstance(value.func, cst.Name) else None
            if inner is not None and inner is not fn and depth < 6:
                lists += self._possible_lists(inner, depth + 1)
            elif value is not None and not any(n.value in own for n in names_in(value)):
                lists.append(self.column_list(value, None, depth + 1) or [])
        return lists

    def _named_here(self, node: cst.BaseExpression, frame: Frame) -> list[Placement] | None:
        """The names of a constant collection ``node`` stands for (one of another module, say), each
        placed at ``node``; None when it is not a known constant collection."""
        chosen = self.eval(node, frame)
        if not (chosen.const and chosen.items):
            return None
        return list(named_entries(chosen.items, *self.positions(node)).placements)

    def zipped_names(self, node: cst.BaseExpression, frame: Frame | None = None) -> list[Placement] | None:
        """``zip(NAMES, row)`` with a literal (or module constant) list of names first: the names,
        each placed at its own element, that the pairs put under their keys (``dict(zip(...))``,
        ``{k: v for k, v in zip(...)}``); None for anything else."""
        if not (isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value == "zip" and len(node.args) >= 2):
            return None
        if any(a.keyword is not None or a.star for a in node.args[:2]) or (frame is not None and "zip" in frame.env):
            return None
        return self.column_list(node.args[0].value, frame)

    def is_serializer(self, owner: Val, base: cst.BaseExpression) -> bool:
        """``owner`` (the value of ``base``) is a serializer or schema object: a class of this module that
        derives from one, or a name (``MemberSerializer``, ``serializer``, ``self.get_serializer(m)``) that says so."""
        local = self.index.classes.get(owner.model or "")
        if local is not None:
            return local.is_serializer or _is_serializer(local.name)
        if isinstance(base, cst.Call):
            base = base.func
        named = owner.model or dotted(base) or ""
        found = self.links.class_of(named) if owner.model is not None else None
        if found is not None and found[1].is_serializer:
            return True  # MemberOut(m).data of class MemberOut(serializers.ModelSerializer) of another module
        return _is_serializer(named)

    def read_group(self, owner: Val, key: str) -> Val:
        """``owner[key]`` or ``owner.get(key)`` read back: as ``read_key``; of rows put under their own keys
        only (``by_status.setdefault(r["imgrtn_stus_cd"], []).append(r)``), this group was chosen by its key."""
        if owner.bulk and any(label.startswith(ROWS_UNDER) for label in owner.labels) and not {ROWS_UNDER + key, ROWS_UNDER + "*"} & owner.labels:
            # outbox["ice"]: rows went under other keys only, none under this one; by_status["UNL"]: rows
            # went only under their own status, this group was chosen by it
            self.m.bulk_read = frozenset()
            return replace(self.read_key(owner, key), bulk=frozenset())
        return self.read_key(owner, key)

    def read_key(self, owner: Val, key: str) -> Val:
        """``owner[key]`` or ``owner.get(key)``: a field read that carries the key's name, whatever the
        origin of the object (a response's JSON too: ``requests.get(...).json()["ssn"]`` is an SSN)."""
        if owner.response:
            # (what a request chose by status, params={"immigration_status": "EWI"}, stays chosen)
            return Val(names=frozenset({key}), labels=frozenset({key}) | (owner.labels & {INBOUND_MARK, ANSWERED_BY_STATUS_MARK}))
        if AGGREGATE_MARK in owner.labels and not owner.bulk and all(p.kind == "field" and p.key is None for p in owner.placements):
            # Counter(m.immigration_status for m in members)["unlawful"]: a count, no one's field
            return Val(const=True, labels=frozenset({AGGREGATE_MARK}))
        if owner.attrs and not owner.model:
            held = dict(owner.attrs).get(key)
            if held is not None and held.const and not any(p.key == key for p in owner.placements):
                return held.with_labels({key})  # (a constant entry, {"fields": [...]}, not filled since: claim["dx"].append(...))
            if held is not None and _folded_destination(held.text):
                # {"url": f"{ICE}/subjects/{m.ssn}"}; {"to": f"{agent}@eid.ice.gov"}: the destination, with what
                # was built into it (an address read back is still that field: rec["email"])
                return replace(held, names=held.names | ({key} if "://" not in (held.text or "") else frozenset())).with_labels({key})
            if held is not None and held.placements and not any(p.key == key for p in owner.placements):
                # generate_presigned_post(...)["fields"]: the data kept under the key, where it was placed
                return held.with_labels({key})
            if held is not None and INBOUND_MARK in held.labels and not held.placements and not any(p.key == key for p in owner.placements):
                return held.with_labels({key})  # req = {"who": ans["requested_by"]}; req["who"]: what enforcement answered
            if held is not None and not held.placements and (held.client is not None or TABLE_CLASS_MARK in held.labels or (
                    held.opaque and any(label.startswith(CLIENT_BASE_MARK) for label in held.labels))):
                # PARTNERS["federal"] of {"federal": ApiClient(base_url=EID_BASE)}: that object; cfg["adapter"] of an entry
                # {"adapter": IceAdapter}: that class
                return held.with_labels({key})
        if owner.const and owner.text is not None and not owner.placements:
            # a text has no keys: only what names a destination is read so (get_queue_url(...)["QueueUrl"])
            return owner
        if key == "resourceType" and any(p.kind == "clinical" for p in owner.placements):
            # resource["resourceType"] of clinical resources built in a comprehension: the type, a constant
            return const_val().with_labels({key})
        grouped = tuple(p for p in owner.placements if p.detail in (ANY_KEY, STATUS_KEY))
        if grouped and not any(p.key == key for p in owner.placements):
            # by_county["LA"] of records grouped under computed keys: those records, not a field named LA;
            # by_status["UNL"] of records grouped by their status: chosen by it
            if any(p.detail == STATUS_KEY for p in owner.placements):
                return self.population.drop(Val(placements=grouped, labels=owner.labels | {STATUS_MARK}))
            return Val(placements=grouped, labels=owner.labels, bulk=owner.bulk)
        nested = tuple(_inner(p, key) for p in owner.placements if p.key == key and p.kind == "field")
        if nested and all(p is not None for p in nested):
            # outbox["ice"] after outbox["ice"].append({"ssn": ...}): what was put under the key, where it was put
            # (the container's records are not kept per key: another key's rows are not these)
            inner = dict(owner.attrs or ()).get(key) if not owner.model else None
            # e["resource"] of {"resource": {"resourceType": "Patient", ...}}: its constants too
            return Val(placements=nested, labels=owner.labels | {key}, attrs=inner.attrs if inner is not None and not inner.const else None)  # type: ignore[arg-type]
        if not owner.placements and ("@" in key or "://" in key or self.rules.name_is_enforcement(key, cleared=self.m.cleared)):
            return Val(labels=owner.labels | {key})  # outbox["ice"] of an outbox handed in: a destination's share, not a field
        settings = [label for label in owner.labels if label.rsplit(".", 1)[-1].isupper() and label.replace(".", "").replace("_", "").isalnum()]
        if settings and not owner.placements and not owner.names and self.rules.name_is_enforcement(key, role="destination", cleared=self.m.cleared):
            # settings.PARTNERS["ice_contacts"]: a key of a settings mapping names a destination (SPEC section 4)
            return Val(labels=owner.labels | {key, f"{min(settings)}[{key}]"})
        names = {key} | _chained(self._own_record(None, owner), key, self.vocabulary, harmless=self._harmless_name)
        for p in owner.placements:
            if p.key == key:
                names |= p.names
        return Val(names=frozenset(names), labels=owner.labels | {key})

    def zips_statuses(self, keys: cst.BaseExpression, values: cst.BaseExpression, frame: Frame) -> bool:
        """``zip(df["cin"], df["imgrtn_stus_cd"])`` (or ``zip(ids, statuses)`` with ``statuses`` a list of
        statuses only, ``[a["immigration_status"] for a in answers]``): each member's status by the first
        column, not records that hold a status among other fields."""
        key_column, column = column_of(keys), column_of(values)
        is_status = self.population.is_status_name
        if column is None:
            held = self.eval(values, frame)
            read = {n for n in held.names.union(*(p.names for p in held.placements)) if self.vocabulary.classify(n) is not None}
            column = min(read) if read and all(is_status(n) for n in read) else None
        return column is not None and is_status(column) and not (key_column is not None and is_status(key_column))

    def _eval_Dict(self, node: cst.Dict, frame: Frame) -> Val:
        placements: list[Placement] = []
        vias: list[tuple[tuple[int, int, str], ...]] = []
        system: str | None = None
        identified: str | None = None  # the name a FHIR Identifier's type or system gives its value
        typed: str | None = None  # the resourceType of a FHIR resource that is not clinical
        clinical: Placement | None = None
        all_const = True
        keys: list[str] | None = []  # the keys, while every one is a known string
        where_to: list[tuple[str, Val]] = []  # entries that hold a URL or a host: read back by their key
        spread_masks: dict[str, Val] = {}  # {**rec, ...} of a rec whose entries were masked: still masked
        spread_keys: set[str] = set()  # the keys of constant entries spread in ({**DEFAULTS, ...})
        messages: list[str] = []
        party = self._other_party_resource(node)
        for element in node.elements:
            if not isinstance(element, cst.DictElement):
                starred = self.eval(element.value, frame)
                all_const = all_const and starred.const
                if starred.const and starred.items:
                    # {**body, **dict.fromkeys(("ssn",), MASK)}: the later entries, constants, replace the earlier ones
                    placements = [p for p in placements if p.key not in starred.items]
                placements.extend(starred.placements)
                for p in starred.placements:
                    spread_masks.pop(p.key or "", None)
                if starred.model is None and starred.client is None and starred.attrs and not starred.const:
                    spread_masks.update(constant_entries(starred))
                elif starred.model is None and starred.client is None and starred.attrs and starred.const:
                    # cfg = {**DEFAULTS, "timeout": 10}: the defaults' entries (their URL), read back by key
                    spread = {k for k, _ in starred.attrs}
                    where_to = [w for w in where_to if w[0] not in spread] + list(starred.attrs)
                    spread_keys |= spread
                if starred.names and not starred.placements and not starred.const:
                    placements.extend(place(starred, *self.positions(element.value)))  # {**m.ssn_info}: that field's entries
                if keys_unknown(starred) and not starred.const:
                    spread_masks.clear()  # {**body, **extra}: an entry body held as a constant may hold data again
                keys = [*keys, *starred.items] if keys is not None and starred.items is not None else None
                continue
            key = self.eval(element.key, frame)
            if spread_masks and key.const and key.text is not None:
                spread_masks.pop(key.text, None)  # {**rec, "ssn": m.ssn}: the later entry wins
            if spread_keys and key.const and key.text in spread_keys:
                where_to = [w for w in where_to if w[0] != key.text]  # {**DEFAULTS, "endpoint": STATE_URL}: this one
            if keys is not None:
                if key.const and key.text is not None:
                    keys.append(key.text)  # (appended in place: a 30,000-entry table is linear)
                else:
                    keys = None
            value = self.files.opened(self.eval(element.value, frame))
            if (self.index.pragma_lines or self.index.not_pragma_lines) and key.const and key.text is not None:
                value = self._entry_marked(node, element, value)
            if value.labels:
                # RawMessage={"Data": msg.as_string()}: the message's recipients go with the dict that holds its text
                messages.extend(label for label in value.labels if label.startswith(MESSAGE_MARK))
            # "resourceType": "Condition" if item.kind == "dx" else "Observation": a clinical resource either way
            resource = self.clinical_of(value) if const_text(key) == "resourceType" else None
            if resource is None and value.const and value.text is None and value.items is None and self.tests_data(element.value, frame):
                # {"hiv_status": m.hiv_test_result == "POS"}: a yes or no about the person, named by its key
                value = Val()
            if value.via:
                vias.append(value.via)
            all_const = all_const and value.const
            if value.const and key.const and value.handed is None:
                line, col = 0, 0  # nothing of this entry is placed (its position is asked only when it is)
            else:
                line, col = self._entry_position(element)
            key_text = const_text(key)
            if key_text is not None and (keeps_destination(key_text, value) or project_object(value)):
                # ({"bucket": "ice-eid-handoff-prod"}: a storage destination read back by its key; {"ice": IceClient()}: an
                # object of a class of the project, whose methods a read of the key calls)
                where_to.append((key_text, value))  # {"url": f"{ICE}/subjects/{m.ssn}"}: the URL too, field and all
            elif key_text is not None and (value.response or INBOUND_MARK in value.labels) and not value.placements and not value.bulk:
                # req = {"who": ans["requested_by"]}: what enforcement answered, read back by its key, is still its answer
                where_to.append((key_text, value))
            elif key_text == "resourceType" and value.const and value.text:
                # {"resourceType": "Patient", ...} returned by a helper: res["resourceType"] read back is that constant
                where_to.append((key_text, value))
                typed = value.text
            elif key_text is not None and value.attrs and value.model is None and value.client is None and isinstance(element.value, cst.Dict):
                # {"resource": {"resourceType": "Patient", ...}}: the inner dict's constants, read back through the key
                # ({"run": {"sent": 0, "failed": 0}}: counters under a key, a constant read back whole)
                where_to.append((key_text, value if value.const else Val(attrs=value.attrs)))
            elif key_text is not None and (isinstance(element.value, (cst.SimpleString, cst.List, cst.Tuple, cst.Set, cst.Name)) or (
                    isinstance(element.value, (cst.Call, cst.BinaryOperation)) and (value.text is not None or value.items is not None))) and value.const \
                    and (value.text is not None or value.items is not None) and not value.placements:
                # {"record_type": "REFERRAL", "cin": m.cin} returned by a helper: env["record_type"] read back is that
                # literal (SPEC section 5: a constant is never a finding, whatever key it sits under); {"url": ...,
                # "fields": ("cin", "dob")}: a constant list under a key, read back as that list (an allow-list)
                where_to.append((key_text, value))
            elif key_text is not None and isinstance(element.value, cst.Name) and element.value.value in ("True", "False") and value.const:
                # {"url": ICE_URL, "include_ssn": False}: a partner's flag written beside its URL, read back by its key
                where_to.append((key_text, value))
            if not key.const and (key.names or key.placements) and key_is_data(element.key):
                # {m.ssn: m.cin}: an object key is data too (SPEC section 4), placed at the entry
                placements.extend(place(key, line, col))
            if key_text is not None and placements:
                # {**base, "ssn": None}, {**legacy, "member_ref": m.cin}: the later entry wins
                placements = [p for p in placements if p.key != key_text]
            if key_text == "url" and value.const and value.text and "/StructureDefinition/" in value.text:
                defined = value.text.rstrip("/").rsplit("/", 1)[-1]
                # {"url": ".../us-core-race", "valueCoding": {...}}: an extension's value is what its definition names
                system = defined if self.vocabulary.classify(defined) is not None else system
            if key_text == "system" and value.const and value.text in self.vocabulary.contact_systems:
                system = self.vocabulary.contact_systems[value.text]  # {"system": "email", "value": ...}: a ContactPoint
            if key_text == "system" and value.const and value.text in self.vocabulary.identifier_systems:
                identified = self.vocabulary.identifier_systems[value.text]  # {"system": ".../sid/us-ssn", "value": ...}
            if key_text == "type" and isinstance(element.value, cst.Dict):
                identified = _identifier_type(element.value, self.vocabulary.identifier_types) or identified
            if resource is not None:
                line, col = self._entry_position(element)
                clinical = Placement(line, col, frozenset({resource}), kind="clinical", detail=resource)
                continue
            placed = place(value, line, col, key_text)
            if value.handed is not None and not value.placements and not isinstance(element.key, (cst.SimpleString, cst.ConcatenatedString)):
                # {key: value} in a generic helper (payload.update({key: value})): the caller's bare field, placed there
                placed = at_caller(value.handed, placed)
            if party is not None and key_text is not None and key_text not in self.vocabulary.enrollee_nouns:
                # {"resourceType": "RelatedPerson", "telecom": [...], "birthDate": p.dob}: every element but the
                # reference to the patient is the other person's (SPEC section 5: qualifiers take precedence)
                placed = tuple(replace(p, names=p.names | {f"{party}.{key_text}"}) if p.kind == "field" else p for p in placed)
            placements.extend(placed)
        if identified is not None:
            # {"type": {"coding": [{"system": V2_0203, "code": "MA"}]}, "value": ident.value}: the value is a Medicaid ID (an
            # identifier of a type the reference lists), not any identifier; what the value's own names say stays
            placements = [replace(p, names=frozenset({identified, *(n for n in p.names if self.vocabulary.classify(n) is not None)}))
                          if p.key == "value" and p.kind == "field" else p for p in placements]
        if system is not None:
            # (the ContactPoint's value, the extension's value[x] and nested extensions)
            placements = [replace(p, names=p.names | {system}) if p.key is not None and (p.key == "value" or p.key.startswith(("value", "extension")))
                          else p for p in placements]
        if spread_masks:
            where_to += [(k, v) for k, v in spread_masks.items() if not any(k == w for w, _ in where_to)]
        held = tuple(where_to) if where_to else None
        if clinical is not None:
            # a clinical FHIR resource is one finding; its elements are not reported apart (its constants, the
            # resourceType read back into a URL, are constants)
            return replace(container([clinical], labels=frozenset({RESOURCE_MARK})), attrs=held)
        if typed is not None:
            # {"resourceType": "Coverage", "period": {...}, "class": [...]}: an element is named by its resource too
            # (Coverage.period is an enrollment span, Coverage.class the plan), where no name of the value says anything
            # (the names its own keys make, identifier.value of {"identifier": [{"value": ...}]}, say nothing of it either)
            placements = [replace(p, names=frozenset({f"{typed}.{p.key}", *(n for n in p.names if not _key_path(n, p.key))}))
                          if p.key and p.kind == "field" and f"{typed}.{p.key}" in self.vocabulary.fhir_elements
                          and not any(self.vocabulary.classify(n) for n in p.names if not _key_path(n, p.key)) else p for p in placements]
        if all_const and not placements:
            # FIELD_MAP = {"cin": "medicaidId", ...}: iterating it, or testing membership, goes by its keys
            # ({} has no keys: an empty collection, as [] is); counts = {"sent": 0, "failed": 0}: counts["failed"]
            # read back (counts["failed"] + 1) is that number, a constant
            plain = all(isinstance(e, cst.DictElement) for e in node.elements)
            numbers = tuple((k, const_val()) for k, e in zip(keys or (), node.elements, strict=False)
                            if plain and isinstance(e.value, (cst.Integer, cst.Float)) and not any(k == w for w, _ in where_to))
            held = tuple(sorted((*where_to, *numbers), key=lambda kv: kv[0])) if numbers else held
            return replace(const_val(items=tuple(keys)) if keys is not None else const_val(), attrs=held)
        made = container(placements, via=merge_via(*vias)) if vias else container(placements)
        made = made.with_labels(messages) if messages else made
        return replace(made, attrs=held) if held else made

    def _other_party_resource(self, node: cst.Dict) -> str | None:
        """The ``resourceType`` literal of a FHIR resource about someone other than the enrollee (its type
        is a qualifier's name: ``RelatedPerson``, ``Practitioner``, ``PractitionerRole``); None for any other dict."""
        for element in node.elements:
            if isinstance(element, cst.DictElement) and isinstance(element.key, cst.SimpleString) and isinstance(element.value, cst.SimpleString) \
                    and element.key.evaluated_value == "resourceType":
                kind = element.value.evaluated_value
                category = self.vocabulary.classify(kind) if isinstance(kind, str) else None
                return kind if category is not None and category in self.vocabulary.qualifiers else None  # type: ignore[return-value]
        return None

    def clinical_of(self, value: Val) -> str | None:
        """The clinical FHIR resource type a constant names, or one of the constants it may be
        (``"Condition" if dx else "Observation"``); None when it names none."""
        if value.const and value.text in self.clinical_types:
            return value.text
        # (chosen by a field test, "Condition" if item.kind == "dx" else ...: still one of the two)
        return next((t for t in value.alternatives or () if t in self.clinical_types), None) if value.text is None else None

    def _entry_position(self, element: cst.DictElement) -> tuple[int, int]:
        """Where a dict entry places its value: the entry, or the value's own line when the entry spans lines."""
        line, col = self.positions(element)
        value_at = self.positions(element.value)
        return value_at if value_at[0] != line else (line, col)

    def _eval_sequence(self, node: cst.List | cst.Tuple | cst.Set, frame: Frame) -> Val:
        placements: list[Placement] = []
        texts: list[str] = []
        all_const = True
        vals: list[Val] = []
        starred = False
        pair_key = _pair_key(node)
        for element in node.elements:
            val = self.files.opened(self.eval(element.value, frame))
            vals.append(val)
            starred = starred or isinstance(element, cst.StarredElement)
            if isinstance(element, cst.StarredElement):
                placements.extend(val.placements)
                if val.names and not val.placements and not val.const:
                    placements.extend(place(val, *self.positions(element.value)))  # [m.cin, *m.dx_codes]: that field's items
                if val.items is not None:
                    texts.extend(val.items)
                else:
                    all_const = False
                continue
            all_const = all_const and val.const
            if val.const and val.text is not None:
                texts.append(val.text)
            # ("last_name", m.display) of a list of pairs (params=[...], urlencode, dict(pairs)): the value is
            # put under that key, as in a dict literal
            key = pair_key if pair_key is not None and element is node.elements[1] else None
            placements.extend(place_at(val, lambda element=element: self.positions(element), key))  # type: ignore[misc]
        elements = tuple(vals) if not starred and not isinstance(node, cst.Set) else None
        if all_const:
            # url, timeout = "https://eid.ice.gov/...", 30: each name is its own element
            return replace(const_val(items=tuple(texts)), elements=elements) if elements else const_val(items=tuple(texts))
        via = merge_via(*(v.via for v in vals if v.via)) if any(v.via for v in vals) else ()
        out = container(placements, elements=elements, via=via)
        if any(STATUS_MARK in v.labels or CONDITIONS_MARK in v.labels for v in vals):
            out = out.with_labels({CONDITIONS_MARK})  # conditions = [Member.immigration_status.in_(CODES)], then .where(*conditions)
        # [to_addr, LIAISON], [to_addr, *CC]: the texts known of a list partly folded (recipients: any decides)
        return replace(out, alternatives=tuple(texts)) if texts else out

    _eval_List = _eval_Tuple = _eval_Set = _eval_sequence

    def _eval_BinaryOperation(self, node: cst.BinaryOperation, frame: Frame) -> Val:
        spine = self.__dict__.setdefault("_spine", {})
        if id(node) in spine:
            return spine.pop(id(node))  # evaluated already, bottom up (below)
        if isinstance(node.left, cst.BinaryOperation) and isinstance(node.left.left, cst.BinaryOperation) and not self.__dict__.get("_in_spine"):
            # a long chain ("|".join-like layouts: a + "|" + b + "|" + ... of 250 terms) is evaluated from its
            # innermost operation up, each result kept for its parent, so that the depth of Python's stack does
            # not grow with the chain's length (the order of evaluation is Python's: left to right)
            chain: list[cst.BinaryOperation] = []
            inner: cst.BaseExpression = node.left
            while isinstance(inner, cst.BinaryOperation) and len(chain) < 100_000:
                chain.append(inner)
                inner = inner.left
            if len(chain) > 32:
                self.__dict__["_in_spine"] = True
                try:
                    for link in reversed(chain):
                        spine[id(link)] = self.eval(link, frame)
                finally:
                    self.__dict__["_in_spine"] = False
        if isinstance(node.operator, cst.Add) and _counting(node):
            self.eval(node.left, frame)
            return const_val()  # counts.get(r["county"], 0) + 1: a count, no one's record
        left, right = self.eval(node.left, frame), self.eval(node.right, frame)
        if INBOUND_MARK in left.labels and not left.placements and left.text is None and not left.alternatives and INBOUND_MARK not in right.labels \
                and (right.names or right.placements) and not right.const:
            left = OPAQUE  # ans["note"] + member.ssn: enforcement's answer (a part not known) joined with the agency's field
        elif INBOUND_MARK in right.labels and not right.placements and right.text is None and not right.alternatives \
                and INBOUND_MARK not in left.labels and (left.names or left.placements) and not left.const:
            right = OPAQUE  # member.primary_dx + " " + ans["note"]: the same (a text built here keeps its parts)
        if isinstance(node.operator, cst.Add):
            if left.items is not None and right.items is not None:
                return const_val(items=left.items + right.items)
            if left.const and right.const and (left.choices or right.choices) and union_of(left) is not None and union_of(right) is not None:
                # [STATE_OPS] + ([ICE_LIAISON] if copy_ice else []): each list it may be
                return join(*(const_val(items=a + b) for a in (left.choices or (left.items or (),)) for b in (right.choices or (right.items or (),))))
            known = (left.items or left.alternatives or ()) + (right.items or right.alternatives or ())
            listed = left.items is not None or right.items is not None or isinstance(node.left, (cst.List, cst.Tuple)) or isinstance(node.right, (cst.List, cst.Tuple))
            if known and left.text is None and right.text is None and (listed or not (_stringy(node.left) or _stringy(node.right))):
                # [to_addr] + CC: a list partly folded, its known texts kept (recipients: any decides)
                return replace(self.concat(left, right), alternatives=known)
            if left.text is not None or right.text is not None or _stringy(node.left) or _stringy(node.right):
                # "/subjects/" + m.ssn, m.cin.ljust(12) + m.sex_cd.ljust(1): a string, each part placed where it enters
                left, right = self.interpolated(left, node.left), self.interpolated(right, node.right)
            return self.concat(left, right)
        if isinstance(node.operator, cst.Modulo) and left.text is not None:
            return self._percent(left, node.right, frame)
        if isinstance(node.operator, cst.BitOr) and left.labels & {SIGNATURE_MARK, CHAIN_MARK} and SIGNATURE_MARK in right.labels:
            return self.calls.run_chain([left, right], node, frame)  # fetch.s(cin) | send_to_ice.s(): a Celery chain
        if isinstance(node.operator, cst.BitOr):
            merged = self.merged_dicts(left, right, node.right, frame)
            if merged is not None:
                return merged
        if isinstance(node.operator, cst.BitAnd) and left.items is None and right.items is None and not left.const and not right.const \
                and (left.bulk or right.bulk) and (STATUS_MARK in left.labels or STATUS_MARK in right.labels):
            # scoped & pilot of querysets (or frames' masks): only records the status filter chose
            return self.population.drop(combine(left, right)).with_labels({STATUS_MARK})
        if isinstance(node.operator, cst.BitAnd) and (left.items is not None or right.items is not None):
            # rec.keys() & ALLOWED: at most the names of the known side (an allow-list intersected)
            if left.items is not None and right.items is not None:
                return const_val(items=tuple(i for i in left.items if i in right.items))
            return const_val(items=left.items if left.items is not None else right.items)
        if isinstance(node.operator, cst.Subtract) and left.items is None and right.items is not None:
            left = self._key_set(node.left, frame) or left  # rec.keys() - BLOCKED: the record's keys but those
        if isinstance(node.operator, cst.Subtract) and left.items is not None and right.items is not None:
            return const_val(items=tuple(i for i in left.items if i not in right.items))  # PERMITTED - {"immigration_status"}
        if isinstance(node.operator, cst.Divide) and right.text is not None and right.text.strip(HOLE):
            # Path(folder) / f"members_{day}.csv": a path, folded like a URL
            folded = (left.text if left.text is not None else HOLE) + "/" + right.text
            return replace(combine(left, self.interpolated(right, node.right)), text=folded)
        if isinstance(node.operator, cst.Divide) and left.const and left.text is not None and "/" in left.text and not right.const:
            # Path("/mnt/ice") / name: a file in that folder, its own name not known
            return replace(combine(left, self.interpolated(right, node.right)), text=left.text.rstrip("/") + "/" + HOLE)
        return combine(left, right)

    def _percent(self, template: Val, right_node: cst.BaseExpression, frame: Frame) -> Val:
        """``"%s/%s" % (base, m.ssn)`` and ``"%(base)s/%(id)s" % {...}``: the folded text, each value
        placed where it enters the string."""
        assert template.text is not None
        by_position: list[Val] = []
        by_name: dict[str, Val] = {}
        placed: tuple[Placement, ...] = ()
        if isinstance(right_node, cst.Tuple):
            by_position = [self.interpolated(self.eval(e.value, frame), e.value) for e in right_node.elements]
        elif isinstance(right_node, cst.Dict):
            for element in right_node.elements:
                if isinstance(element, cst.DictElement):
                    key = const_text(self.eval(element.key, frame))
                    if key is not None:
                        by_name[key] = self.interpolated(self.eval(element.value, frame), element.value)
            used = {m.group(1) for m in _PERCENT.finditer(template.text) if m.group(1)}
            if used and template.const and HOLE not in template.text:
                # "%(base)s/%(cin)s" % {"base": ..., "cin": ..., "dx": m.dx}: a key the template never names is not
                # in the string (as a keyword str.format does not use)
                by_name = {key: val for key, val in by_name.items() if key in used}
        else:
            given = self.eval(right_node, frame)
            named = [m.group(1) for m in _PERCENT.finditer(template.text) if m.group(1)]
            if named:
                # "/subjects/%(ssn)s" % row: each name read from the mapping, placed where it enters
                by_name = {name: self.interpolated(self.read_key(given, name), right_node) for name in named}
            elif given.elements is not None and not given.bulk and len(given.elements) == sum(
                    1 for m in _PERCENT.finditer(template.text) if m.group(0) != "%%"):
                # args = (ICE_BASE, m.cin); "%s/persons/%s" % args: element by element, as a literal tuple
                by_position = [self.interpolated(element, right_node) for element in given.elements]
                if given.placements and isinstance(right_node, cst.Name) and right_node.value in frame.env and self.calls._only_grown(right_node.value):
                    # (each field placed where it entered the tuple, as "/".join(parts) places it: the elements' own
                    # names are those placements)
                    by_position = [replace(element, names=frozenset()) for element in given.elements]
                    placed = given.placements
            else:
                by_position = [self.interpolated(given, right_node)]
        values = iter(by_position)
        written = template.text
        in_path: set[str] = set()  # "%s/detainers/%s" % (CASE_URL, ice_detainer_id): the names of values in its path
        outside: set[str] = set(template.labels)

        def fill(match: re.Match[str]) -> str:
            if match.group(0) == "%%":
                return "%"
            val = by_name.get(match.group(1)) if match.group(1) else next(values, None)
            if val is not None:
                marked = self.path_data_labels(_PERCENT.sub(HOLE, written[:match.start()]), val)
                if marked:
                    in_path.update(marked)
                else:
                    outside.update(val.labels)
            return _kept_text(val) if val is not None else HOLE

        text = _PERCENT.sub(fill, template.text)
        done = path_marked(replace(combine(template, *by_position, *by_name.values()), text=text), in_path - outside)
        if placed:
            done = replace(done, placements=done.placements + tuple(p for p in placed if p not in done.placements))
        varied = [v for v in (*by_position, *by_name.values()) if v.text is None and v.alternatives]
        if len(varied) == 1:
            # "... WHERE %s" % " AND ".join(clauses) with clauses one of two lists: either text, whole
            each = []
            positions, names = list(by_position), dict(by_name)
            for alternative in varied[0].alternatives or ():
                known = const_val(text=alternative)
                by_position = [known if v is varied[0] else v for v in positions]
                by_name = {k: known if v is varied[0] else v for k, v in names.items()}
                values = iter(by_position)
                each.append(_PERCENT.sub(fill, template.text))
            done = replace(done, alternatives=tuple(each))
        return done

    def _eval_BooleanOperation(self, node: cst.BooleanOperation, frame: Frame) -> Val:
        if isinstance(node.operator, cst.And):
            # m.immigration_status in TARGETS and post(...): the right side runs only for the records the
            # status test chose (SPEC section 10)
            left, read = self.statements.eval_reading(node.left, frame)
            right, _ = self._chosen_by(node.left, read, node.right, frame)
            self.m.bulk_read = self.m.bulk_read | read  # (what the left side read, the whole test read)
            return join(left, right)
        left, right = self.eval(node.left, frame), self.eval(node.right, frame)
        if isinstance(node.operator, cst.Or) and left.attrs and right.const and not right.attrs and not right.items and right.text is None \
                and isinstance(node.right, cst.Dict) and not node.right.elements:
            return left  # PARTNERS.get(partner) or {}: the entry (an empty dict reads nothing)
        if isinstance(node.operator, cst.Or) and left.text is None and left.alternatives and all(left.alternatives) and not left.bulk \
                and not (left.labels & {UNSET_MARK, MAYBE_NONE_MARK, ENV_MARK}) and not left.placements \
                and all(self.vocabulary.classify(n) is None for n in left.names):
            return left  # URLS.get(partner) or ICE_URL past if partner in URLS: one of the table's URLs, never empty
        if isinstance(node.operator, cst.Or) and left.const and left.text and truth_of(left) and UNSET_MARK not in left.labels \
                and not left.placements and not left.names:
            # base_url or VENDOR with base_url given "https://eid.ice.gov/api" by the call: the given text
            return left
        if isinstance(node.operator, cst.Or) and (left.model is not None or left.client is not None) and UNSET_MARK not in left.labels \
                and not left.placements and not left.bulk and not left.const:
            # client or StateClient() with client=IceClient() given by the call: the object given (an object is true)
            return left
        if isinstance(node.operator, cst.Or) and isinstance(node.left, cst.Name) and right.const \
                and ((isinstance(node.right, cst.Name) and node.right.value in frame.env) or set(name_words(node.left.value)) & ROUTING_WORDS) \
                and (_bare_key(right.text) or (right.text is None and bool(right.alternatives) and all(map(_bare_key, right.alternatives or ())))) \
                and ((UNSET_MARK in left.labels and self._no_caller_in_sight()) or (UNSET_MARK not in left.labels and self._setting_read(node.left, left))):
            # partner = override or partner: where override is given (true), it is any text, not only the other side's
            return join(replace(left, labels=left.labels - {UNSET_MARK}), right)
        if isinstance(node.operator, cst.Or) and (left.const and left.text is None or UNSET_MARK in left.labels or self._setting_read(node.left, left)) \
                and right.const and right.text is not None:
            # os.getenv("REFERRAL_URL") or "https://...": the setting, else that text (a default, as getenv's own);
            # base_url or self.BASE_URL with base_url=None not given: the class's URL; settings.get("url") or DEFAULT_URL
            # of settings the analysis cannot read: that default too
            joined = replace(join(left, right), text=right.text)
            # f"{self.base_url}/referrals" with base_url = base_url or DEFAULT: the default's text, folded
            return replace(joined, const=True) if right.const and not left.placements and not left.bulk and not left.names else joined
        if isinstance(node.operator, cst.Or) and _text_or_given(right, left):
            # args.batch_id or f"{args.partner}-0001": a text either way (the given one, else the one built), one value
            # where it is put, as the built text alone is
            return replace(join(left, right), text=HOLE)
        return join(left, right)

    def _no_caller_in_sight(self) -> bool:
        """The running function runs on its own and no code of the module calls it: a parameter left at its default
        ``None`` may be anything its callers elsewhere give (with callers in sight, their calls say what it is)."""
        stack = self.functions._stack
        return bool(stack) and stack[-1] is self.functions._alone_run and self.functions.alone_with_callers() is None

    def _setting_read(self, node: cst.BaseExpression, val: Val) -> bool:
        """``settings.get("referral_url")``, ``cfg["urls"]["referral"]``, a parameter ``url``: a setting the analysis cannot
        read, so that the default after ``or`` may be what is used (no field of a person; no name that says enforcement:
        ``target.ice_endpoint or STATE_URL`` keeps its name's signal)."""
        return not (val.placements or val.const or val.bulk or val.model is not None or val.client is not None or val.response) \
            and all(self.vocabulary.classify(n) is None for n in val.names) \
            and not any(self.rules.name_is_enforcement(label, cleared=self.m.cleared) for label in val.labels)

    def _eval_IfExp(self, node: cst.IfExp, frame: Frame) -> Val:
        # (fed = partner == "ice", then ICE_URL if fed else STATE_URL past `if fed: return`: that test, decided; round 456a)
        known = self.statements.static_truth(self.statements.kept_test(node.test, frame), frame)
        if known is not None:
            # basic(m) if url == ICE_URL else full(m), with url fixed by the call: the way Python takes
            return self.eval(node.body if known else node.orelse, frame)
        _, read = self.statements.eval_reading(node.test, frame)
        if _nothing(node.body) and not _nothing(node.orelse) and _selects(node.test):
            # None if m.imgrtn_stus_cd not in TARGETS else m.cin: the other way is the one the test chose
            kept, by_status = self._chosen_by(node.test, read, node.orelse, frame)
            if by_status:
                return join(self.eval(node.body, frame), kept)
        chosen, by_status = self._chosen_by(node.test, read, node.body, frame)
        if not (by_status and _nothing(node.orelse) and _selects(node.test)):
            # (x = m.cin if m.immigration_status in TARGETS else None: the records the test chose among are
            # not what the value was derived from; a value only picked by the test, m.citizenship.upper() if
            # m.citizenship is not None else "UNKNOWN", is every record's)
            self.m.bulk_read = self.m.bulk_read | read
        otherwise = self.eval(node.orelse, frame)
        joined = join(chosen, otherwise)
        if joined.text is None and (_text_or_given(otherwise, chosen) or _text_or_given(chosen, otherwise)):
            joined = replace(joined, text=HOLE)  # args.batch_id if args.batch_id else f"{args.partner}-0001": a text either way
        if by_status and self.statements.destination_like(chosen) and self.statements.destination_like(otherwise):
            # ICE_URL if m.immigration_status in TARGETS else STATE_URL: a destination the status test chose (post_ice if ...
            # else post_state: the URLs the senders are bound to)
            joined = where_marked(joined, DESTINATION_BY_STATUS_MARK)
        return joined

    def _chosen_by(self, test: cst.BaseExpression, read: "frozenset[Bulk]", node: cst.BaseExpression, frame: Frame) -> "tuple[Val, bool]":
        """``node`` evaluated where ``test`` holds: when it is a test on immigration status or
        citizenship (``post(...) if m.immigration_status == "EWI" else None``), without the records it
        chose among, as the body of such an ``if`` runs (``Statements.chosen``); and whether it was one."""
        tested = self.population.status_test(test, read, frame) if not frame.dead else None
        before = frame.state() if tested is not None else None
        if tested is None or before is None:
            return self.eval(node, frame), False
        stripped = self.population.strip_env(before, tested, test, frame) or {}
        frame.restore(stripped)
        self.statements.status_branches += 1
        try:
            return self.eval(node, frame), True
        finally:
            self.statements.status_branches -= 1
            # what the chosen side changed stays (batch.append(rec) if ... else None); the rest is as before
            after = frame.state() or {}
            frame.restore({**before, **{k: v for k, v in after.items() if k not in stripped or v is not stripped[k]}})

    def _eval_UnaryOperation(self, node: cst.UnaryOperation, frame: Frame) -> Val:
        inner = self.eval(node.expression, frame)
        if isinstance(node.operator, cst.Not):
            # eligible = not m.us_citizen: a flag that stands for the status test it negates
            return self.population.marked(node.expression, const_val(), frame)
        return inner

    def _eval_Yield(self, node: cst.Yield, frame: Frame) -> Val:
        """``yield v`` / ``yield from it``: what the generator hands out is what its caller iterates."""
        inner = node.value
        if isinstance(inner, cst.From):
            inner = inner.item
        val = self.eval(inner, frame) if inner is not None else const_val()
        key = inner.slice[0].slice.value if isinstance(inner, cst.Subscript) and len(inner.slice) == 1 and isinstance(inner.slice[0].slice, cst.Index) \
            and isinstance(inner.slice[0].slice.value, cst.SimpleString) else None
        key_text = string_value(key) if key is not None else None
        if isinstance(key_text, str) and key_text.isidentifier() and inner is not None and self._in_a_loop(node) and not self.population.looks_one_person_up():
            # yield data["enrollees"] in a loop (a paginating generator): a page of many people's records, as enrollees =
            # data["enrollees"] is (SPEC section 10); yielded once, of a lookup, it is what the lookup returned
            val = self.population.variable_source(key_text, inner, val, frame, describe(inner))
        if isinstance(inner, (cst.Tuple, cst.List)) and val.elements is not None and not val.const:
            # (yield m, m.immigration_status in U: each position as it was yielded, the record still many people's)
            val = val.with_labels({YIELDED_MARK})
        elif inner is not None and not isinstance(node.value, cst.From) and val.names and not val.placements and not val.const \
                and val.model is None and val.client is None and not val.bulk and val.handed is None:
            # yield m.preferred_language: each value the generator hands out is an element of what its caller
            # collects (list(parts(m))), placed here as a list literal's elements are (named by a key it is put under)
            val = replace(val, names=frozenset(), placements=place_at(val, lambda: self.positions(inner))).with_labels({ELEMENTWISE_MARK})
        self.statements.returned(val, inner or node, node, frame)
        given = self.m.yield_values.get(id(node)) if isinstance(inner, cst.Name) else None
        if given is not None:
            self.statements.bind(inner, given, frame, node)  # type: ignore[arg-type]  # the with block filled it
        return OPAQUE  # what the caller sends in

    def _in_a_loop(self, node: cst.CSTNode) -> bool:
        """``node`` is inside a loop of the running function."""
        running = self._stack[-1] if self._stack else None
        if not isinstance(running, cst.FunctionDef):
            return False
        line = self.m.span(node)[0]
        return any(isinstance(n, (cst.For, cst.While)) and self.m.span(n)[0] <= line <= self.m.span(n)[1] for n in walk(running.body))

    def _eval_Await(self, node: cst.Await, frame: Frame) -> Val:
        return self.eval(node.expression, frame)

    def _eval_NamedExpr(self, node: cst.NamedExpr, frame: Frame) -> Val:
        val = self.eval(node.value, frame)
        self.statements.bind(node.target, val, frame, node)
        part = part_of(node.value, self, frame) if isinstance(node.target, cst.Name) else None
        if part is not None and part[0] != node.target.value and part[1] is not None:  # type: ignore[attr-defined]
            frame.aliases[node.target.value] = part  # type: ignore[attr-defined]  # if sub := payload["subject"]: the same dict
        return val

    def _eval_Call(self, node: cst.Call, frame: Frame) -> Val:
        if _dict_get(node) is not None:
            folded = self._constant_item(node, frame)
            if folded is not None:
                return folded  # ROUTES.get("referral") of a module constant dict: that entry's value
        # (str(dest), dest.lower() of a dest known not to be "ice" may be "ice": what a name is known not to be holds for it
        # alone)
        return without_known_not(self.calls.eval_call(node, frame))

    def _eval_comp(self, node: cst.BaseComp, frame: Frame) -> Val:
        unpacked = self._pairs_unpacked(node)
        if unpacked is not node:
            return self.eval(unpacked, frame)  # {kv[0]: kv[1] for kv in rec.items()}: as {k: v for k, v in rec.items()}
        comp = node.for_in
        texts = self._constant_texts(node, frame)
        if texts is not None:
            return const_val(items=texts)
        if isinstance(node, (cst.ListComp, cst.SetComp, cst.GeneratorExp)) and isinstance(node.elt, (cst.SimpleString, cst.Integer, cst.Float, cst.Name)):
            # (the comprehension's targets, and names it binds with :=)
            bound: set[str] = {n.target.value for n in walk(node) if isinstance(n, cst.NamedExpr) and isinstance(n.target, cst.Name)}
            clause_at: cst.CompFor | None = comp
            while clause_at is not None:
                bound |= {n.value for n in walk(clause_at.target) if isinstance(n, cst.Name)}
                clause_at = clause_at.inner_for_in
            if not (isinstance(node.elt, cst.Name) and node.elt.value in bound) and self.eval(node.elt, frame).const:
                return const_val()  # [MASK for _ in m.race_codes], ["en" for _ in range(2)]: constants only (SPEC section 5)
        if (isinstance(node, (cst.SetComp, cst.ListComp, cst.GeneratorExp)) and comp.inner_for_in is None and not comp.ifs
                and isinstance(comp.iter, cst.Name) and comp.iter.value not in frame.env and isinstance(comp.target, cst.Name)
                and isinstance(node.elt, cst.Attribute) and node.elt.attr.value == "value"
                and isinstance(node.elt.value, cst.Name) and node.elt.value.value == comp.target.value):
            values = self.statements.enum_values(comp.iter.value)
            if values is not None:
                return const_val(items=values)  # {f.value for f in PermittedField}: the members' values
        if (isinstance(node, (cst.ListComp, cst.SetComp, cst.GeneratorExp)) and comp.inner_for_in is None
                and isinstance(comp.target, cst.Name) and _elementwise(node.elt, comp.target.value)
                and all(_keeps_present(c.test, comp.target.value) for c in comp.ifs)):
            iterated = self.eval(comp.iter, frame)
            if iterated.placements and iterated.elements is not None and not iterated.bulk and not iterated.const:
                # "|".join(str(f) for f in fields) of fields = [m.cin, m.ssn, ...]: each element converted, each
                # still placed where the list put it
                return Val(placements=iterated.placements, elements=iterated.elements, labels=iterated.labels)
        table = self._object_table(node, frame) if isinstance(node, cst.DictComp) else None
        if table is not None:
            return table
        if isinstance(node, cst.DictComp) and node.for_in.inner_for_in is None and not node.for_in.ifs and node.for_in.asynchronous is None \
                and _zipped_pair(node, node.for_in) and "dict" not in frame.env and "zip" not in frame.env \
                and not all(row.const for row in self.numbered_names(node.for_in.iter, frame) or [OPAQUE]):
            # {k: v for k, v in zip(KEYS, values)}: the dict dict(zip(KEYS, values)) makes, each value under its key
            made = self._zip_dicts.get(id(node))
            if made is None:
                made = self._zip_dicts[id(node)] = cst.Call(func=cst.Name("dict"), args=[cst.Arg(node.for_in.iter)])
                self.m.alias_position(made, node)
            return self.eval(made, frame)
        pairs = self._kept_pairs(node, frame) if isinstance(node, cst.DictComp) else None
        if pairs is not None:
            return pairs
        val = self.sanitizers.eval_comprehension(node, frame)
        if isinstance(node, (cst.ListComp, cst.SetComp, cst.GeneratorExp)) and (
                isinstance(node.elt, cst.Comparison) or (isinstance(node.elt, cst.UnaryOperation) and isinstance(node.elt.operator, cst.Not))):
            # [m.immigration_status in U for m in members]: flags, no one's record; each a status test where
            # the comparison tests one (zip(members, flags), or a position of pairs, then if flag:)
            return const_val().with_labels({STATUS_MARK} if self.population.tests_status(node.elt, frame) else ())
        called = node.elt.expression if isinstance(node, (cst.ListComp, cst.SetComp, cst.GeneratorExp)) and isinstance(node.elt, cst.Await) else \
            node.elt if isinstance(node, (cst.ListComp, cst.SetComp, cst.GeneratorExp)) else None
        if isinstance(called, cst.Call) and isinstance(called.func, cst.Name) and self._predicate(called.func.value) \
                and self.population.tests_status(called, frame):
            # [in_scope(m) for m in members] of a predicate of the module testing status: flags, each a status test
            return const_val().with_labels({STATUS_MARK})
        if self.sanitizers.elements_chosen:
            # [ch[ch["imgrtn_stus_cd"].isin(CODES)] for ch in reader]: each element is chosen rows
            return self.population.drop(val).with_labels({STATUS_MARK})
        clause: cst.CompFor | None = node.for_in
        first_source = self.m.iterated.get(node.for_in.iter)
        if first_source is not None and STATUS_MARK in first_source.labels and not first_source.bulk and not val.bulk:
            # [r for r in rows] of rows a status query chose: the same records, chosen (a caller's plural name for them
            # is no new source)
            val = val.with_labels({STATUS_MARK})
        while clause is not None:
            # [p for p in people if p.in_scope]: the condition sees p as an element of what is iterated
            source = self.m.iterated.get(clause.iter)
            seen = frame
            if source is not None and isinstance(clause.target, cst.Name):
                seen = Frame(env={**frame.env, clause.target.value: self.statements.element_of(source)}, cls=frame.cls, func_name=frame.func_name, imports=frame.imports)
            elif source is not None and isinstance(clause.target, (cst.Tuple, cst.List)):
                # [... for cin, dob, code in cur.fetchall() if code in TARGET]: each column by its position
                seen = Frame(env=dict(frame.env), cls=frame.cls, func_name=frame.func_name, imports=frame.imports)
                self.statements.bind(clause.target, self.statements.element_of(source), seen, node)
            keys = _key_variables(clause)
            if any(self.population.tests_status(condition.test, seen) and not _tests_only(condition.test, keys) for condition in clause.ifs) \
                    or (clause.inner_for_in is None and isinstance(node, (cst.ListComp, cst.SetComp, cst.GeneratorExp)) and isinstance(node.elt, cst.IfExp)
                        and (_nothing(node.elt.orelse) or _nothing(node.elt.body)) and _selects(node.elt.test)
                        and self.population.tests_status(node.elt.test, seen)):
                # [m for m in members if m.immigration_status in TARGETS]: chosen by status (not {k: v for k, v in
                # r.items() if k != "imgrtn_stus_cd"}, which drops a column of every record and chooses no one);
                # [m if m.immigration_status in TARGETS else None for m in members]: the others are nothing
                return _each_element(node, self.population.drop(val)).with_labels({STATUS_MARK})
            if isinstance(node, cst.DictComp) and clause is node.for_in and (_field_read(node.value) or isinstance(node.value, cst.Comparison)) \
                    and self.population.tests_status(node.value, seen) \
                    and not self.population.tests_status(node.key, seen):
                # {s.cin: s.immigration_status for s in rows}: statuses by key; {m.cin: m.immigration_status in U ...}: flags
                val = val.with_labels({STATUS_VALUES_MARK})
            if isinstance(node, cst.DictComp) and clause is node.for_in and _zipped_pair(node, clause) \
                    and self.zips_statuses(cst.ensure_type(clause.iter, cst.Call).args[0].value, cst.ensure_type(clause.iter, cst.Call).args[1].value, frame):
                val = val.with_labels({STATUS_VALUES_MARK})  # {c: s for c, s in zip(df["cin"], df["imgrtn_stus_cd"])}
            if isinstance(node, cst.DictComp) and clause is node.for_in and isinstance(clause.target, cst.Name) \
                    and isinstance(node.value, cst.Name) and node.value.value == clause.target.value and self.population.person_key(node.key):
                val = val.with_labels({BY_PERSON_MARK})  # {m.cin: m for m in members}: each record under its person's id
            clause = clause.inner_for_in
        return _each_element(node, val)

    _eval_ListComp = _eval_SetComp = _eval_GeneratorExp = _eval_DictComp = _eval_comp

    def _object_table(self, node: cst.DictComp, frame: Frame) -> Val | None:
        """``{name: cls() for name, cls in FACTORIES.items()}`` over a constant dict of the module: the table of
        objects (or clients, or destinations) it makes, each under its key, read back by key as a dict literal
        of them is (``clients["ice"].send(...)``); None for any other comprehension."""
        comp = node.for_in
        target = comp.target
        if comp.inner_for_in is not None or comp.ifs or comp.asynchronous is not None or not isinstance(node.key, cst.Name) \
                or not (isinstance(target, cst.Tuple) and len(target.elements) == 2 and all(isinstance(e.value, cst.Name) for e in target.elements)):
            return None
        key_name, value_name = (cst.ensure_type(e.value, cst.Name).value for e in target.elements)
        if node.key.value != key_name or isinstance(node.value, cst.Name):
            return None
        pairs = self.constant_pairs(comp.iter, frame)
        if pairs is None or not pairs or len(pairs) > 16:
            return None
        entries: list[tuple[str, Val]] = []
        for pair in pairs:
            if pair.elements is None or len(pair.elements) != 2 or not (pair.elements[0].const and pair.elements[0].text is not None):
                return None
            seen = Frame(env={**frame.env, key_name: pair.elements[0], value_name: pair.elements[1]}, cls=frame.cls, func_name=frame.func_name,
                         imports=frame.imports, unrolled=frame.unrolled | {key_name, value_name})
            value = self.eval(node.value, seen)
            if not (project_object(value) or keeps_destination(pair.elements[0].text, value)):
                return None
            entries.append((pair.elements[0].text, value))
        # (sent whole, json=urls, the table still carries what its entries hold)
        return replace(container([p for _, v in entries for p in v.placements]), attrs=tuple(sorted(entries, key=lambda kv: kv[0])))

    def _constant_texts(self, node: cst.BaseComp, frame: Frame) -> tuple[str, ...] | None:
        """``f"m.{c}" for c in COLUMNS``, ``f"{src} AS {dst}" for dst, src in RENAME.items()``: a
        comprehension over a constant collection (of texts, or of pairs of texts) whose element is a
        constant text for each of them, unrolled (a select list built for SQL); None otherwise."""
        from .sanitizers import MAX_NAMES

        comp = node.for_in
        if not isinstance(node, (cst.ListComp, cst.SetComp, cst.GeneratorExp)) or comp.inner_for_in is not None:
            return None
        iterable: cst.BaseExpression = comp.iter
        if isinstance(iterable, cst.Call) and not iterable.args and isinstance(iterable.func, cst.Attribute) and iterable.func.attr.value == "items":
            iterable = iterable.func.value  # RENAME.items() of a constant dict
        elif isinstance(iterable, cst.Call):
            return None
        if not isinstance(iterable, (cst.Name, cst.Attribute, cst.List, cst.Tuple, cst.Set)):
            return None
        rows: list[tuple[Val, ...]] = []
        if isinstance(comp.target, cst.Name):
            iterated = self.eval(comp.iter, frame)
            if not (iterated.const and iterated.items is not None):
                return None
            rows = [(const_val(text=item),) for item in iterated.items]
            names = [comp.target.value]
        elif isinstance(comp.target, (cst.Tuple, cst.List)) and all(isinstance(e.value, cst.Name) for e in comp.target.elements):
            pairs = self.constant_pairs(comp.iter, frame)  # RENAME.items(), ROWS = (("cin", "medicaid_id"), ...)
            if pairs is None:
                return None
            names = [e.value.value for e in comp.target.elements if isinstance(e.value, cst.Name)]
            for pair in pairs:
                # (a row of a layout, ("ssn_num", 9): a name beside a width; the element must give a text of each row)
                if pair.elements is None or len(pair.elements) != len(names) or not all(v.const and not v.placements for v in pair.elements):
                    return None
                rows.append(pair.elements)
        else:
            return None
        if not rows or len(rows) > MAX_NAMES:
            return None
        texts: list[str] = []
        for row in rows:
            seen = Frame(env={**frame.env, **dict(zip(names, row, strict=True))}, cls=frame.cls, func_name=frame.func_name, imports=frame.imports,
                         unrolled=frame.unrolled | set(names))
            verdicts = [self.statements.static_truth(c.test, seen) for c in comp.ifs]
            if None in verdicts:
                return None
            if False in verdicts:
                continue
            value = self.eval(node.elt, seen)
            if not (value.const and value.text is not None) or value.placements or value.names:
                return None
            texts.append(value.text)
        return tuple(texts)

    def _kept_pairs(self, node: cst.DictComp, frame: Frame) -> Val | None:
        """``{k: v for k, v in PAIRS if k in ALLOWED}`` (or with no condition) over pairs known one by one
        (a literal list of ``(key, value)`` tuples, the items a generator yields): each pair its condition keeps, placed
        at the comprehension's value under its key; None when a key or a condition is not constant."""
        from .sanitizers import MAX_NAMES

        comp = node.for_in
        target = comp.target
        if comp.inner_for_in is not None or not isinstance(target, (cst.Tuple, cst.List)) or len(target.elements) != 2:
            return None
        names = [e.value.value for e in target.elements if isinstance(e.value, cst.Name)]
        if len(names) != 2 or not (isinstance(node.key, cst.Name) and node.key.value == names[0]):
            return None  # only the pair's own key as the key ({v: k ...} or f"{k}_{v}" may hold data)
        iterated = self.eval(comp.iter, frame)
        items = iterated.elements
        if not items or len(items) > MAX_NAMES or iterated.bulk or iterated.const:
            return None
        line, col = self.positions(node.value)
        kept: list[Placement] = []
        decided = False
        for item in items:
            if item.elements is None or len(item.elements) != 2 or not item.elements[0].const or item.elements[0].text is None:
                return None
            key, value = item.elements
            seen = Frame(env={**frame.env, names[0]: key, names[1]: value}, cls=frame.cls, func_name=frame.func_name, imports=frame.imports,
                         unrolled=frame.unrolled | {names[0]})
            # every condition, and every part of an ``and``: one known false drops the pair; a part not
            # known (``v is not None``) may keep it
            verdicts = [self.statements.static_truth(part, seen) for condition in comp.ifs for part in _conjuncts(condition.test)]
            decided = decided or any(verdict is not None for verdict in verdicts)
            if False not in verdicts:
                kept.extend(place(self.eval(node.value, seen), line, col, key.text))
        return container(tuple(kept)) if decided or not comp.ifs else None  # (no condition: every pair, under its key)

    def literal_of(self, node: cst.BaseExpression, text: str) -> "cst.SimpleString | cst.ConcatenatedString | None":
        """The string literal of the module whose value is ``text`` (the node itself, or the one a
        name was bound to), also one written as adjacent literals (``"SELECT a," "  b"``); None
        when the text was assembled from parts."""
        if isinstance(node, (cst.SimpleString, cst.ConcatenatedString)) and _literal_text(node) == text:
            return node
        if isinstance(node, (cst.FormattedString, cst.BinaryOperation)):
            return None  # f"SELECT * FROM {TABLE} ...": assembled here, not a literal written elsewhere with its text
        found = self._literals_by_text().get(text)
        if not found:
            return None
        if len(found) > 1:
            # the same query written by two callers of one helper (the state's and ICE's): the literal of the
            # innermost running function that holds one, else the module's own
            for running in reversed(self._stack):
                mine = next((string for string, within in found if within is running), None)
                if mine is not None:
                    return mine
            return next((string for string, within in found if within is None), found[0][0])
        return found[0][0]

    def written_twice(self, text: str) -> bool:
        """True when two string literals of the module hold ``text`` (which of them a helper given it reads
        depends on the caller)."""
        return len(self._literals_by_text().get(text, ())) > 1

    def _literals_by_text(self) -> "dict[str, list[tuple[cst.SimpleString | cst.ConcatenatedString, cst.FunctionDef | None]]]":
        if self._literals is None:
            # one pass over the module's flat walk (read once for the whole module), with the functions around
            # each node kept as (the def, where its subtree ends)
            found: dict[str, list[tuple[cst.SimpleString | cst.ConcatenatedString, cst.FunctionDef | None]]] = {}
            flat = self.functions.flat
            around: list[tuple[cst.FunctionDef, int]] = []
            inside = -1  # the end of the outermost adjacent literals being read (their inner parts are no literal of their own)
            for i, node in enumerate(flat.nodes):
                while around and i >= around[-1][1]:
                    around.pop()
                kind = type(node)
                if i < inside and (kind is cst.ConcatenatedString or kind is cst.SimpleString):
                    continue
                if kind is cst.ConcatenatedString:
                    inside = flat.ends[i]
                if kind is cst.FunctionDef:
                    around.append((node, flat.ends[i]))  # type: ignore[arg-type]
                elif kind is cst.SimpleString or kind is cst.ConcatenatedString:
                    value = string_value(node) if kind is cst.SimpleString else _literal_text(node)  # type: ignore[arg-type]
                    if isinstance(value, str) and len(value) > 6:
                        found.setdefault(value, []).append((node, around[-1][0] if around else None))  # type: ignore[arg-type]
            self._literals = found
        return self._literals

    def piece_position(self, text: str, offset: int, given: cst.BaseExpression | None = None) -> tuple[int, int] | None:
        """Where character ``offset`` of an assembled string (SQL built with ``+``, ``%``,
        ``.format`` or an f-string) was written: the word there, found in the string literal (or
        f-string part) of the module that holds it with the most of its surroundings in ``text``
        (first in the parts of ``given``, the f-string itself when the call was given one); None when
        no literal holds it."""
        match = _WORD.match(text, offset)
        if match is None:
            # the star of "SELECT t.*" or "SELECT *": placed after the word before it, on its line
            before = text.rfind("\n", max(0, offset - 8), offset)
            words = list(_WORD.finditer(text, max(0, offset - 8, before + 1), offset))
            if not words:
                return None
            found = self.piece_position(text, words[-1].start(), given)
            return (found[0], found[1] + offset - words[-1].start()) if found is not None else None
        word = match.group(0)
        if self._pieces is None:
            self._pieces = _word_pieces(self.module)
        running = set(map(id, self._stack))
        # (and the functions they call: cols = export_columns(), then "SELECT " + ", ".join(cols): the names where the
        # helper wrote them; round 492a)
        stack = set(running)
        running |= {callee for fn in self._stack if isinstance(fn, cst.FunctionDef) for callee in self._callees(fn)}
        own = {id(part) for part in given.parts} if isinstance(given, cst.FormattedString) else set()
        listed = self._listed_strings() if running != stack else set()
        best: tuple[float, cst.CSTNode, int, int] | None = None
        for node, value, within, start in self._pieces.get(word, ()):
            if within is not None and id(within) not in running:
                continue  # a literal of a function that is not running: not where this text was built
            left = 0
            while left < start and left < offset and value[start - left - 1] == text[offset - left - 1]:
                left += 1
            right = 0
            end, after = start + len(word), offset + len(word)
            while end + right < len(value) and after + right < len(text) and value[end + right] == text[after + right]:
                right += 1
            score: float = left + right + (len(text) + 1 if id(node) in own else 0)
            if within is not None and id(within) not in stack and id(node) not in listed:
                score -= 0.5  # (a called helper's literal that is no column list's element, r["ssn"] = "***": after those that are)
            if best is None or score > best[0]:
                best = (score, node, start, right)
        column = _WORD.match(text, offset + len(word) + 1) if text[offset + len(word):offset + len(word) + 1] == "." else None
        if column is not None and (best is None or best[3] <= len(column.group(0))):
            # "m.ssn" of f"m.{c}" over a constant list: the qualifier was written apart from the column,
            # which is placed where its own name was written
            found = self.piece_position(text, column.start(), given)
            if found is not None:
                return found
        if best is None:
            return None
        _, node, start, _ = best
        if isinstance(node, cst.SimpleString):
            return self.text_position(node, start)
        line, col = self.positions(node)  # an f-string's text: as written (no escapes are read in it)
        newlines = node.value.count("\n", 0, start)  # type: ignore[attr-defined]
        if newlines == 0:
            return line, col + start
        return line + newlines, start - node.value.rfind("\n", 0, start) - 1  # type: ignore[attr-defined]

    def _listed_strings(self) -> "set[int]":
        """The string literals of the module written as an element of a list, tuple or set, or given to ``append``,
        ``extend``, ``insert`` or ``add`` (by id): column names as column lists hold them."""
        found: "set[int] | None" = self.__dict__.get("_listed_strings_memo")
        if found is None:
            found = set()
            for node in self.functions.flat.walk(self.module):
                if isinstance(node, (cst.List, cst.Tuple, cst.Set)):
                    found.update(id(e.value) for e in node.elements if isinstance(e.value, cst.SimpleString))
                elif isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value in ("append", "extend", "insert", "add"):
                    found.update(id(a.value) for a in node.args if isinstance(a.value, cst.SimpleString))
            self.__dict__["_listed_strings_memo"] = found
        return found

    def _callees(self, fn: cst.FunctionDef) -> "frozenset[int]":
        """The functions of the module ``fn`` calls by name, and the methods of its class it calls on ``self`` (by id)."""
        memo: "dict[int, frozenset[int]]" = self.__dict__.setdefault("_callees_memo", {})
        if id(fn) not in memo:
            owner = next((c for c in self.index.classes.values() if any(m is fn for m in c.methods.values())), None)
            found: set[int] = set()
            for call in self.functions.flat.calls(fn.body):
                func = call.func
                if isinstance(func, cst.Name) and func.value in self.index.functions:
                    found.add(id(self.index.functions[func.value]))
                elif owner is not None and isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and func.value.value == "self" \
                        and isinstance(owner.methods.get(func.attr.value), cst.FunctionDef):
                    found.add(id(owner.methods[func.attr.value]))
            memo[id(fn)] = frozenset(found)
        return memo[id(fn)]

    def text_position(self, literal: "cst.SimpleString | cst.ConcatenatedString", offset: int) -> tuple[int, int]:
        """Where character ``offset`` of a string literal's value is in the source (its start when
        escapes make the two differ); in adjacent literals, in the part that holds it."""
        if isinstance(literal, cst.ConcatenatedString):
            parts = _string_parts(literal) or []
            if len(parts) > MAX_PLACED_PARTS:
                return self.positions(literal)  # (hundreds of adjacent literals: the whole one's start, not a deep print)
            for part in parts:
                value = string_value(part)
                assert isinstance(value, str)
                if offset < len(value):
                    return self.text_position(part, offset)
                offset -= len(value)
            return self.positions(literal)
        line, col = self.positions(literal)
        raw = literal.value
        quote = raw[len(literal.prefix) :][:3] if raw[len(literal.prefix) :][:3] in ('"""', "'''") else raw[len(literal.prefix)]
        body = raw[len(literal.prefix) + len(quote) : len(raw) - len(quote)]
        value = string_value(literal)
        if body != value or offset > len(body):
            return line, col
        newlines = body.count("\n", 0, offset)
        if newlines == 0:
            return line, col + len(literal.prefix) + len(quote) + offset
        return line + newlines, offset - body.rfind("\n", 0, offset) - 1

    def whole_record(self, node: cst.CSTNode, detail: str | None = None) -> Val:
        """An unbounded record (``vars(m)``, ``m.__dict__``, ``model_to_dict(m)``) created at ``node``."""
        if self.m.again:
            # in a recursive call run again with the known fields it was handed: its other branches (the
            # dataclass one over a dict) are no record of unknown fields
            return OPAQUE
        line, col = self.positions(node)
        text = detail or source_text(node)
        return container([Placement(line, col, frozenset(), kind="whole", detail=text)])

#: attributes of a path or file object that name the file itself (``scan_path.name``)
_PATH_PARTS = frozenset({"name", "stem", "suffix", "suffixes", "parent", "parents", "anchor", "filename"})
#: methods of a path that give a path (``Path(...).with_suffix(".gz")``)
_PATH_METHODS = frozenset({"with_suffix", "with_name", "with_stem", "joinpath", "expanduser", "relative_to"})


def _index_of(node: cst.Subscript) -> int | None:
    """``kv[0]``: 0; None for any other subscript."""
    if len(node.slice) != 1 or not isinstance(node.slice[0].slice, cst.Index) or not isinstance(node.slice[0].slice.value, cst.Integer):
        return None
    return int(node.slice[0].slice.value.value)


class _PairReads(cst.CSTTransformer):
    """``kv[0]`` and ``kv[1]`` (the subscripts of ``pair``, by identity) as the names ``_k`` and ``_v``."""

    def __init__(self, pair: dict[int, str]) -> None:
        super().__init__()
        self.pair = pair

    def leave_Subscript(self, original_node: cst.Subscript, updated_node: cst.Subscript) -> cst.BaseExpression:
        name = self.pair.get(id(original_node))
        return cst.Name(name) if name is not None else updated_node


def _plain_test(test: cst.BaseExpression) -> bool:
    """A test that calls nothing (``partner == "ice"``, ``self.full``, ``not INCLUDE_DX``): evaluated again, it runs no code."""
    return not any(isinstance(n, cst.Call) for n in walk(test))


def _column_key(p: Placement) -> str:
    """The name a column list's placement stands for."""
    return p.key if p.key is not None else min(p.names)


def _made_as_path(owner: Val) -> bool:
    """A value a path method made (``p.with_suffix(".gz")``, also returned by a helper: ``gz =
    _compressed(path)``): its ``.name`` is a file's name, no person's. (Names that merely end in
    ``file`` or ``path`` say nothing here: ``read_member_file(path)`` returns a member.)"""
    return not owner.names and not owner.placements and any(label.rsplit(".", 1)[-1] in _PATH_METHODS for label in owner.labels)


MAX_PAIRS = 2048  # entries of a constant dict unrolled one by one (FIELD_MAP.items(): a column map of a T-MSIS file)
_WORD = re.compile(r"\w+")


def _counting(node: cst.BinaryOperation) -> bool:
    """``counts.get(key, 0) + 1``: the counting idiom (a number and the count kept so far)."""
    left, right = node.left, node.right
    if isinstance(left, (cst.Integer, cst.Float)):
        left, right = right, left
    return (isinstance(right, (cst.Integer, cst.Float)) and isinstance(left, cst.Call) and isinstance(left.func, cst.Attribute)
            and left.func.attr.value == "get" and len(left.args) == 2 and isinstance(left.args[1].value, (cst.Integer, cst.Float)))


#: the escapes of an f-string's text that write whitespace (or a backslash), read as Python reads them
_ESCAPE = re.compile(r"\\([ntr\\])")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\"}


def _word_pieces(module: cst.Module) -> dict[str, list[tuple[cst.CSTNode, str, cst.FunctionDef | None, int]]]:
    """Every word of the module's string literals and f-string parts (docstrings aside): the literal,
    its value, the function it is written in (None: module or class level) and where the word starts."""
    index: dict[str, list[tuple[cst.CSTNode, str, cst.FunctionDef | None, int]]] = {}
    functions: list[cst.FunctionDef] = []

    def add(node: cst.CSTNode, value: str) -> None:
        within = functions[-1] if functions else None
        for found in _WORD.finditer(value):
            index.setdefault(found.group(0), []).append((node, value, within, found.start()))

    class Collect(cst.CSTVisitor):
        def visit_FunctionDef(self, fn: cst.FunctionDef) -> None:
            functions.append(fn)

        def leave_FunctionDef(self, fn: cst.FunctionDef) -> None:
            functions.pop()

        def visit_Expr(self, stmt: cst.Expr) -> bool:
            return not isinstance(stmt.value, (cst.SimpleString, cst.ConcatenatedString))  # a docstring holds no query

        def visit_SimpleString(self, string: cst.SimpleString) -> None:
            value = string_value(string)
            if isinstance(value, str) and len(value) > 2:
                add(string, value)

        def visit_FormattedStringText(self, part: cst.FormattedStringText) -> None:
            add(part, part.value)

    module.visit(Collect())
    return index
_PERCENT = re.compile(r"%%|%(?:\(([^)]*)\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?[diouxXeEfFgGcrsa]")


def normalized_text(node: cst.BaseExpression) -> "tuple[cst.BaseExpression, Spelling] | None":
    """``partner.upper()``, ``partner.strip().lower()``: the expression normalised and the normalisation; None for
    anything else (``partner`` itself included; ``str(partner)`` too: of an Enum member it is ``"Partner.ICE"``)."""
    steps: list[str] = []
    while isinstance(node, cst.Call) and not node.args and isinstance(node.func, cst.Attribute) and node.func.attr.value in NORMALIZERS:
        steps.append(node.func.attr.value)
        node = node.func.value
    return (node, Spelling(tuple(steps))) if steps else None


def prefix_test(test: cst.BaseExpression) -> "tuple[cst.BaseExpression, list[tuple[str, Spelling]]] | None":
    """``partner.startswith("ice")`` (or ``.lower().startswith(("ice", "dhs-ero"))``): the expression tested, and each
    text with the normalisation that makes the test an equality with it (``partner[:3] == "ice"``); None for anything
    else."""
    if not (isinstance(test, cst.Call) and isinstance(test.func, cst.Attribute) and test.func.attr.value == "startswith" and len(test.args) == 1
            and test.args[0].keyword is None and not test.args[0].star):
        return None
    given = test.args[0].value
    nodes = [e.value for e in given.elements] if isinstance(given, cst.Tuple) else [given]
    texts = [t for t in (string_value(n) if isinstance(n, cst.SimpleString) else None for n in nodes) if isinstance(t, str) and t]
    if len(texts) != len(nodes):
        return None
    inner = normalized_text(test.func.value)
    tested, steps = (inner[0], inner[1].steps) if inner is not None else (test.func.value, ())
    return tested, [(t, Spelling((f"{PREFIX_STEP}{len(t)}", *steps))) for t in texts]


def spellings(texts: "Iterable[str]", apply: "Callable[[str], str]") -> list[str]:
    """The ways a key may be written (as it is, in lower or upper case, capitalised) that ``apply`` turns into one of
    ``texts`` (``"state"``, ``"STATE"``, ``"State"`` for ``partner.upper() == "STATE"``)."""
    wanted = set(texts)
    return [v for v in dict.fromkeys(s for t in texts for s in (t, t.lower(), t.upper(), t.capitalize(), t.title(), t.strip())) if apply(v) in wanted]


#: objects of a table that some code of the module changes after it is made (their attributes are not known)
CHANGED_MARK = "<objects changed later>"
#: how the environment names an entry or attribute of a variable a test narrowed (see ``narrowed_key``)
NARROWED = "\x01"
#: the start of the label saying at which line a test read an entry it narrowed (``Statements.narrowed_value``)
NARROWED_AT = "<entry tested at line "


_CHANGERS = frozenset({"update", "setdefault", "pop", "popitem", "clear", "__setitem__", "append", "extend", "insert", "remove"})


def stored_into(fn: cst.FunctionDef, name: str) -> bool:
    """``fn`` stores into a part of ``name`` (``cfg["columns"] = [...]``, ``del cfg["x"]``) or changes it by a method
    (``cfg.update(...)``, ``cfg["columns"].append("ssn")``)."""
    def rooted(node: cst.BaseExpression) -> bool:
        while isinstance(node, (cst.Subscript, cst.Attribute)):
            node = node.value
        return isinstance(node, cst.Name) and node.value == name
    for node in walk(fn.body):
        if isinstance(node, cst.Assign) and any(isinstance(t.target, (cst.Subscript, cst.Attribute)) and rooted(t.target) for t in node.targets):
            return True
        if isinstance(node, (cst.AugAssign, cst.AnnAssign, cst.Del)) and isinstance(node.target, (cst.Subscript, cst.Attribute)) and rooted(node.target):
            return True
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value in _CHANGERS and rooted(node.func.value):
            return True
    return False


def _bare_key(text: str | None) -> bool:
    """A text that names no place by itself (``"state"``, not ``"https://..."``, ``"dhs.example.gov"``, ``"a@b"``,
    ``"/exports"``): ``override or partner`` of a parameter may be any key, not just that one."""
    return text is not None and not any(mark in text for mark in ("/", ".", "@", ":"))


def narrowed_key(node: cst.BaseExpression) -> str | None:
    """The name under which a test narrows an entry or attribute of a variable (``event["partner"]``,
    ``cfg.partner``): kept in the environment beside the variables (no variable has such a name); None for
    anything else (``self.partner`` is kept among the object's attributes)."""
    if type(node) is cst.Attribute and type(node.value) is cst.Name and node.value.value not in ("self", "cls"):  # type: ignore[attr-defined]
        return f"{NARROWED}{node.value.value}.{node.attr.value}"  # type: ignore[attr-defined]
    if type(node) is cst.Subscript:
        # (message.attributes["target"], event["detail"]["partner"] too: an entry of a part of a variable)
        text = part_text(node)
        return f"{NARROWED}{text}" if text is not None and "[" in text and not text.startswith(("self.", "cls.", "self[", "cls[")) else None
    return None


#: a key of an entry kept in a ``part_text`` (no brackets, quotes or backslashes: the text splits back into its parts)
_PLAIN_KEY = re.compile(r"[^\[\]'\"\\]*")
#: one part of a ``part_text`` after the variable: ``.attributes`` or ``['partner']``
PART = re.compile(r"\.[A-Za-z_]\w*|\['[^']*'\]")


def part_text(node: cst.BaseExpression) -> str | None:
    """``event['detail']['partner']``, ``message.attributes['target']``, ``cfg.partner`` or ``event``: a variable or a part
    of it read by attributes and literal keys, as a text whose parts ``PART`` splits; None for anything else."""
    if type(node) is cst.Name:
        return node.value  # type: ignore[attr-defined]
    if type(node) is cst.Attribute:
        base = part_text(node.value)  # type: ignore[attr-defined]
        return f"{base}.{node.attr.value}" if base is not None else None  # type: ignore[attr-defined]
    if type(node) is cst.Subscript and len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index) \
            and type(node.slice[0].slice.value) is cst.SimpleString:  # type: ignore[attr-defined]
        text = string_value(node.slice[0].slice.value)  # type: ignore[attr-defined,arg-type]
        base = part_text(node.value)  # type: ignore[attr-defined]
        return f"{base}[{text!r}]" if isinstance(text, str) and base is not None and _PLAIN_KEY.fullmatch(text) else None
    return None


def narrowed_read(node: cst.BaseExpression, frame: Frame) -> Val | None:
    """What a test left an entry or attribute of a variable (``event["partner"]`` past ``if event["partner"] ==
    "state":``; a binding of the variable forgets it, ``Statements.bind``)."""
    key = narrowed_key(node)
    return frame.env.get(key) if key is not None else None


def narrowed_root(key: str) -> str:
    """The variable a ``narrowed_key`` is an entry or attribute of (``message`` of ``message.attributes["target"]``)."""
    return re.split(r"[.\[]", key[len(NARROWED):], maxsplit=1)[0]


def subscript_key(evaluator: "Expressions", node: cst.Subscript, frame: Frame) -> str | None:
    """The constant key of ``d["k"]`` (None: a slice or a computed key)."""
    if len(node.slice) != 1 or not isinstance(node.slice[0].slice, cst.Index):
        return None
    return const_text(evaluator.eval(node.slice[0].slice.value, frame))


def _inner(placement: Placement, key: str) -> Placement | None:
    """A placement put into a container under ``key`` (its names ``key.inner``), as it was before:
    under its own key ``inner``; None when it was the key's own value."""
    prefix = f"{key}."
    inner = [n[len(prefix):] for n in placement.names if n.startswith(prefix)]
    if len(inner) != 1:
        return None
    return replace(placement, key=inner[0], names=frozenset(n for n in placement.names if not n.startswith(prefix)))


def part_of(value: cst.BaseExpression, analysis: "Expressions", frame: Frame, computed: bool = False) -> tuple[str, str | None] | None:
    """``payload["subject"]``, ``payload.get("subject")`` or ``payload.setdefault("subject", {})``:
    (``payload``, ``"subject"``). With ``computed``, a part under a key the analysis cannot fold
    (``groups[m.county].append(...)``) is a part of the whole: (``groups``, None)."""
    while isinstance(value, cst.Subscript) and isinstance(value.value, cst.Subscript):
        value = value.value  # payload["subjects"][0]: a part of payload["subjects"]
    if isinstance(value, cst.BooleanOperation) and isinstance(value.operator, cst.Or) and (
            isinstance(value.right, (cst.Dict, cst.List)) and not getattr(value.right, "elements", None)):
        # payload.get("subject") or {}: that part when it is there (a key the payload does not hold: a new dict)
        held = analysis.eval(value.left, frame)
        return part_of(value.left, analysis, frame, computed) if held.placements or held.items is not None else None
    if isinstance(value, cst.IfExp):
        # payload["head"] if is_head else payload["member"]: a part of payload either way (what is put into it is
        # in payload; taken as the first way's part)
        either = part_of(value.body, analysis, frame, computed), part_of(value.orelse, analysis, frame, computed)
        return either[0] if either[0] is not None and either[1] is not None and either[0][0] == either[1][0] else None
    if isinstance(value, cst.Subscript) and isinstance(value.value, cst.Name) and value.value.value in frame.env:
        key = subscript_key(analysis, value, frame)
        return (value.value.value, key) if key is not None or computed else None
    if isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute) and value.func.attr.value in ("setdefault", "get") and value.args:
        owner = value.func.value
        key = const_text(analysis.eval(value.args[0].value, frame))
        if isinstance(owner, cst.Name) and owner.value in frame.env and (key is not None or computed):
            return owner.value, key
        if isinstance(owner, (cst.Subscript, cst.Call)) and (key is not None or computed):
            return part_of(owner, analysis, frame, computed)  # env["locator"].setdefault("phones", []): a part of env["locator"]
    return None


_FILE_NAME = re.compile(r"(?:/|\.[A-Za-z][A-Za-z0-9]{1,4})$|/")


def _file_name_text(text: str | None) -> bool:
    """A text partly written in the code that is a path or a file name (``f"ELG_{month}.csv"``,
    ``f"{root}/out"``), not a value of a field (``f"{a}-{b}-{c}"`` of an SSN)."""
    return bool(text) and bool(text.strip(HOLE)) and _FILE_NAME.search(text.replace(HOLE, "")) is not None  # type: ignore[union-attr]


#: the last word of a variable that holds one record (``row.NOTES``, ``claim_rec.AMT``)
_RECORD_WORDS = frozenset({"row", "rec", "record", "line", "entry", "item"})


def self_part(value: cst.BaseExpression, analysis: "Expressions", frame: Frame) -> tuple[str, tuple[str, ...]] | None:
    """``self.payload``, ``self.payload["subject"]`` or ``self.payload.setdefault("household", {})`` in a
    method: (``payload``, the keys down to the part); None for anything else."""
    keys: list[str] = []
    node = value
    while True:
        if isinstance(node, cst.Subscript) and len(node.slice) == 1:
            key = subscript_key(analysis, node, frame)
            if key is None:
                return None
            keys.append(key)
            node = node.value
        elif isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value == "setdefault" and node.args:
            # (not .get(k, {}): a new dict when the key is missing, never stored)
            key = const_text(analysis.eval(node.args[0].value, frame))
            if key is None:
                return None
            keys.append(key)
            node = node.func.value
        else:
            break
    if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value == "self" and frame.cls is not None:
        return node.attr.value, tuple(reversed(keys))
    return None


#: methods of ``str`` that give a string (``m.cin.ljust(12)``): a ``+`` of their results builds a string
#: (not ``replace``: a date's or a frame's replace() gives no string)
_STRING_METHODS = frozenset({"ljust", "rjust", "center", "zfill", "strip", "lstrip", "rstrip", "upper", "lower", "title",
                             "capitalize", "casefold", "swapcase", "format", "expandtabs", "removeprefix", "removesuffix"})


def _stringy(node: cst.BaseExpression) -> bool:
    """``node`` makes a string whatever it is given: ``str(x)``, ``x.ljust(12)``, ``x.strip()``, an f-string."""
    if isinstance(node, (cst.FormattedString, cst.SimpleString, cst.ConcatenatedString)):
        return True
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Add):
        return _stringy(node.left) or _stringy(node.right)  # (m.cin.ljust(12) + m.ssn) + m.last_name
    if not isinstance(node, cst.Call):
        return False
    func = node.func
    return (isinstance(func, cst.Name) and func.value == "str") or (isinstance(func, cst.Attribute) and func.attr.value in _STRING_METHODS)


#: calls that make a query statement, not a list of identifiers (``Member.id.in_(select(...))``)
_QUERY_WORDS = frozenset({"select", "query", "subquery", "scalar_subquery", "where", "filter_by", "distinct"})


def _key_path(name: str, key: str) -> bool:
    """``name`` is one the keys of a dict entry make for the element's own value (``identifier``, ``identifier.value``
    and ``identifier.*.value`` under ``identifier``; not ``identifier.*.period.start``, another element of it)."""
    return name in (key, f"{key}.value", f"{key}.*.value")


def _identifier_type(node: cst.Dict, types: "Mapping[str, str]") -> str | None:
    """The name an Identifier's ``type`` (``{"coding": [{"system": V2_0203, "code": "MA"}]}``, or ``{"text": ...}``
    not) gives its value, by its one known code; None for any other."""
    codes = {string_value(n.value) for n in walk(node) if isinstance(n, cst.DictElement) and isinstance(n.key, cst.SimpleString)
             and string_value(n.key) == "code" and isinstance(n.value, cst.SimpleString)}
    named = {types[c] for c in codes if isinstance(c, str) and c in types}
    return named.pop() if len(named) == 1 and len(codes) == 1 else None


def _shared_host(alternatives: "tuple[str, ...] | None") -> str | None:
    """What every one of ``alternatives`` (URLs a value may be) starts with, up to and with the ``/`` after
    their common host, then a hole (``https://mn-its.dhs.state.mn.us/api/v2/\x00``); None when they share no host."""
    if not alternatives:
        return None
    shared = os.path.commonprefix(list(alternatives))
    scheme, sep, rest = shared.partition("://")
    if not sep or "/" not in rest or HOLE in scheme or HOLE in rest.split("/", 1)[0]:
        return None
    return shared[: shared.rindex("/") + 1] + HOLE


def in_a_path(before: str) -> bool:
    """What follows the text ``before`` of a URL being built is in its path or query: after the host of a
    scheme's URL (``https://h/``, ``https://h?case=``), else after any ``/`` or ``?`` (``{BASE}/notices/``,
    ``/notices/``, ``{BASE}?id=``)."""
    return re.search(r"[/?#]", before.split("://", 1)[1] if "://" in before else before) is not None


def _kept_text(val: Val) -> str:
    """The text a part gives a string built from it: a constant's; a URL built earlier with a field in it, or
    a query string (``urlencode(filters)``), holes and all; a hole for anything else."""
    text = val.text
    if text is None:
        return HOLE
    return text if val.const or (HOLE in text and ("://" in text or "=" in text)) else HOLE


def _dict_get(node: cst.BaseExpression) -> tuple[cst.BaseExpression, cst.BaseExpression] | None:
    """``owner.get(key)`` or ``owner.get(key, default)``: (key, owner); None for anything else."""
    if not (isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value == "get"):
        return None
    if not 1 <= len(node.args) <= 2 or any(a.keyword is not None or a.star for a in node.args):
        return None
    return node.args[0].value, node.func.value


def cursor_like(base: cst.BaseExpression, owner: Val) -> bool:
    """``cur``, ``self.cursor``, a value made by ``conn.cursor()``: a DB-API cursor (its ``description``
    describes the query; a record's ``description`` is a field)."""
    last = (dotted(base) or "").rsplit(".", 1)[-1].lower()
    return last in ("cur", "csr") or last.endswith("cursor") or any(label.rsplit(".", 1)[-1] == "cursor" for label in owner.labels)


def _elementwise(node: cst.BaseExpression, target: str) -> bool:
    """``node`` converts the loop variable ``target`` and nothing else: ``f``, ``str(f)``, ``f or ""``,
    ``str(f or "")``, ``f.strip()``, ``f.isoformat()`` (what ``f`` names, it still names)."""
    if isinstance(node, cst.Name):
        return node.value == target
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value in ("str", "repr", "format") and len(node.args) == 1:
        return _elementwise(node.args[0].value, target)
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value in CLEANUPS | {"isoformat", "zfill"}:
        return _elementwise(node.func.value, target)
    if isinstance(node, cst.BooleanOperation) and isinstance(node.operator, cst.Or):
        return _elementwise(node.left, target) and isinstance(node.right, (cst.SimpleString, cst.Integer))
    return False


def _nothing(node: cst.BaseExpression) -> bool:
    """``None``, ``False``, ``()``, ``[]``, ``{}``: a value that stands for no record."""
    if isinstance(node, cst.Name):
        return node.value in ("None", "False")
    return isinstance(node, (cst.Tuple, cst.List, cst.Dict)) and not node.elements


def _selects(test: cst.BaseExpression) -> bool:
    """A test that picks records by a value (``m.imgrtn_stus_cd in UNLAWFUL``, ``is_removable(m)``), not one
    that only guards against a missing value (``m.citizenship``, ``m.citizenship is not None``,
    ``status != ""``): a value normalized where it is present is every record's."""
    if isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not):
        return _selects(test.expression)
    if isinstance(test, cst.BooleanOperation):
        return _selects(test.left) or _selects(test.right)
    if isinstance(test, (cst.Name, cst.Attribute, cst.Subscript)):
        return False
    if isinstance(test, cst.Comparison):
        return any(not ((isinstance(c.operator, (cst.Is, cst.IsNot)) and isinstance(c.comparator, cst.Name) and c.comparator.value == "None")
                        or (isinstance(c.operator, (cst.Equal, cst.NotEqual)) and isinstance(c.comparator, cst.SimpleString) and not string_value(c.comparator)))
                   for c in test.comparisons)
    return True


def _keeps_present(test: cst.BaseExpression, target: str) -> bool:
    """``if p``, ``if p is not None``, ``if p.strip()``, ``if p != ""``: a condition that only drops the
    empty parts (``" ".join(p for p in (first, last) if p)``), so what is kept is each part as it was."""
    if _elementwise(test, target):
        return True
    if isinstance(test, cst.Comparison) and len(test.comparisons) == 1 and _elementwise(test.left, target):
        op, right = test.comparisons[0].operator, test.comparisons[0].comparator
        return (isinstance(op, cst.IsNot) and isinstance(right, cst.Name) and right.value == "None") or (
            isinstance(op, cst.NotEqual) and isinstance(right, cst.SimpleString) and string_value(right) == "")
    return False


def _field_read(node: cst.BaseExpression) -> bool:
    """``s.immigration_status``, ``r["imgrtn_stus_cd"]``, ``r.get("status")``, ``code``: one field read (not a
    record built from several, ``to_referral(r)``, ``{"status": ..., "county": ...}``)."""
    if isinstance(node, (cst.Name, cst.Attribute, cst.Subscript)):
        return True
    if not isinstance(node, cst.Call):
        return False
    func = node.func
    if isinstance(func, cst.Attribute) and func.attr.value == "get" and len(node.args) >= 1:
        return isinstance(node.args[0].value, cst.SimpleString)  # r.get("status")
    if isinstance(func, cst.Attribute) and not node.args and func.attr.value in CLEANUPS:
        return _field_read(func.value)  # r["immigration_status"].strip().upper(): the same field, tidied
    if isinstance(func, cst.Name) and func.value in ("str", "getattr") and node.args:
        # str(r.status), getattr(r, "immigration_status"): the same field
        return func.value == "str" and len(node.args) == 1 and _field_read(node.args[0].value) or (
            func.value == "getattr" and len(node.args) >= 2 and isinstance(node.args[1].value, cst.SimpleString))
    return False




#: variable words that may hold a person's record as well as a thing (``app`` for an application)
_RECORD_WORDS = frozenset({"app", "application", "case", "record", "rec", "row", "entry", "item", "obj", "object", "data", "doc", "document"})

#: words that mean the same owner (a household written ``hh``)
_SAME_WORD = {"hh": "household"}


def entry_key(node: cst.BaseExpression | None) -> str | None:
    """The key of a dict literal's entry as a lookup compares it: a string's text, ``#1`` for ``1`` (and for ``True``,
    equal to it in Python; ``#0`` for ``False``)."""
    if isinstance(node, cst.SimpleString):
        text = string_value(node)
        return text if isinstance(text, str) else None
    if isinstance(node, cst.Integer):
        return f"#{node.evaluated_value}"
    if isinstance(node, cst.Name) and node.value in ("True", "False"):
        return "#1" if node.value == "True" else "#0"
    return None


def lookup_key(node: cst.BaseExpression, val: Val) -> str | None:
    """The key a lookup uses, compared like ``entry_key``: a known text, or an integer literal."""
    text = const_text(val)
    return text if text is not None else entry_key(node) if isinstance(node, (cst.Integer, cst.Name)) else None


def is_position(node: cst.BaseExpression) -> bool:
    """``0``, ``-1``: a position."""
    if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Minus):
        node = node.expression
    return isinstance(node, cst.Integer)


#: a variable given a cursor's rows (``rows = cur.fetchall()``): one of them by position is one record
FETCHED_MARK = "<fetched rows>"
#: calls that keep a collection's records, in another order or container (``sorted(members)[0]`` is one of them)
_SAME_RECORDS = ("sorted", "list", "tuple", "reversed")


def _frame_like(node: cst.BaseExpression) -> bool:
    """``df[0]``, ``frame[0]``: a DataFrame's column labelled 0 (every row), not one row; ``row[0]``,
    ``rec[0]``: a column of one record (read one after another in a loop the analysis may not see)."""
    name = node.value if isinstance(node, cst.Name) else node.attr.value if isinstance(node, cst.Attribute) else ""
    return name == "df" or name.endswith(("_df", "frame")) or name.startswith("df_") or name in _ONE_RECORD_NAMES


#: names of one record (its ``[0]`` is a column)
_ONE_RECORD_NAMES = frozenset({"row", "rec", "record", "r", "line", "item", "entry", "tup", "values", "fields", "cols", "columns", "parts"})


def _conjuncts(test: cst.BaseExpression) -> list[cst.BaseExpression]:
    """The parts of ``a and b and c`` (the test itself when it is no ``and``)."""
    if isinstance(test, cst.BooleanOperation) and isinstance(test.operator, cst.And):
        return [*_conjuncts(test.left), *_conjuncts(test.right)]
    return [test]


#: words that join the words of a name and name nothing themselves (``head_of_household``)
_LINK_WORDS = frozenset({"of", "the", "and", "or", "to", "in", "on", "for", "by", "at", "a", "an"})


def _chained(owner_names: frozenset[str], name: str, vocabulary: "Vocabulary", named_only: bool = False,
             harmless: "Callable[[str], bool] | None" = None) -> set[str]:
    """An attribute chain carries all its names: ``m.guardian.phone`` is also ``guardian_phone`` (the
    guardian's phone), so the qualifiers along the chain apply, and a part of a field is that field
    (``m.date_of_birth.year``). An owner whose only name is its own variable's (``named_only``:
    ``snap = gateway.get_case(id)``) adds qualifiers, and its name to a mere part of a field (the
    vocabulary's ``part_words``) when the two name a known field: ``snap.cin`` is a Medicaid ID,
    ``diagnosis.code`` a diagnosis. A ``harmless`` name (``claim["batch_id"]``) stays transfer metadata."""
    out: set[str] = set()
    # (next_of_kin.date_of_birth: both say "of", which names no one)
    named = {_SAME_WORD.get(w, w) for w in vocabulary.tokens(name)} - _LINK_WORDS
    for owner in owner_names:
        if "." in owner or owner == name:
            continue
        if {_SAME_WORD.get(w, w) for w in vocabulary.tokens(owner)} & named:
            continue  # household.household_address, hh.household_zip: the field already names its owner
        if name == "value" and vocabulary.classify(owner) is not None:
            out.add(owner)  # m.sex.value (an Enum's, a wrapper's value): the field itself, named as the code names it
            continue
        qualified = vocabulary.qualified_name(owner, name)
        if qualified is not None:
            out.add(qualified)
        elif vocabulary.classify(name) is None and not (harmless is not None and harmless(name)) and (not named_only or (
                named and named <= vocabulary.part_words and vocabulary.classify(f"{owner}_{name}") is not None)):
            # diagnosis.code, lab.value of a parameter named for a field: a part of a field (part_words)
            # is that field's (snap.hold_reason_txt is no SNAP benefit: its own words name something)
            out.add(f"{owner}_{name}")
    return out


def _is_serializer(name: str) -> bool:
    """``MemberSerializer``, ``serializer``, ``self.member_schema``: a serializer or schema object."""
    last = name.rsplit(".", 1)[-1].lower()
    return last.endswith(("serializer", "schema"))


def source_text(node: cst.CSTNode) -> str:
    """How a node reads in a message (whitespace collapsed, at most 40 characters)."""
    try:
        text = cst.Module(body=[]).code_for_node(node)
    except Exception:  # noqa: BLE001 - display only
        return type(node).__name__
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:37] + "..."


def _string_parts(node: cst.BaseExpression) -> list[cst.SimpleString] | None:
    """The simple literals of adjacent string literals, in order (None when one is an f-string)."""
    out: list[cst.SimpleString] = []
    stack: list[cst.BaseExpression] = [node]  # (iteratively: 3,000 adjacent literals nest 3,000 deep)
    while stack:
        current = stack.pop()
        if isinstance(current, cst.SimpleString):
            out.append(current)
        elif isinstance(current, cst.ConcatenatedString):
            stack.extend((current.right, current.left))
        else:
            return None
    return out


#: the most adjacent string literals a column is placed in one by one (beyond it, at the first one)
MAX_PLACED_PARTS = 400
#: the most texts a string built from values that may each be one of several texts is kept as
MAX_CHOICES = 8


def _varied(val: Val) -> bool:
    """``val`` may be any of several texts (its alternatives), its own text only what they share."""
    return bool(val.alternatives) and (val.text is None or HOLE in val.text)


def _options(val: Val) -> tuple[str, ...]:
    """The texts a value may be: its alternatives (joined branches), or its one text (a hole when unknown)."""
    if _varied(val):
        return val.alternatives  # type: ignore[return-value]
    return (val.text if val.text is not None and val.const else HOLE,)


def _choices(node: cst.FormattedString, parts: list[Val]) -> tuple[str, ...] | None:
    """The texts an f-string may be when one of its values is one of several texts; None otherwise."""
    if not any(p.text is None and p.alternatives for p in parts):
        return None
    out = [""]
    values = iter(parts)
    for part in node.parts:
        pieces = (part.value,) if isinstance(part, cst.FormattedStringText) else _options(next(values))
        out = [a + b for a in out for b in pieces]
        if len(out) > MAX_CHOICES:
            return None
    return tuple(out)


def _literal_text(node: cst.BaseExpression) -> str | None:
    """The text of a string literal, or of adjacent ones, when every part is a plain ``str`` literal."""
    if isinstance(node, cst.ConcatenatedString):
        return _joined_text(node)  # (asked at each column of a query: read once)
    return _plain_text(node)


@lru_cache(maxsize=256)
def _joined_text(node: cst.ConcatenatedString) -> str | None:
    return _plain_text(node)


def _plain_text(node: cst.BaseExpression) -> str | None:
    parts = _string_parts(node)
    if parts is None:
        return None
    values = [string_value(p) for p in parts]
    return "".join(v for v in values if isinstance(v, str)) if all(isinstance(v, str) for v in values) else None


#: the label of a value read from a settings class (any constant there is configuration)
SETTINGS_MARK = "<settings>"
#: the member part of the label of a value known only as some member of an Enum class of the module
#: (``reason: Basis`` gives ``Basis.<member>``)
ENUM_MEMBER = "<member>"
#: a key of a constant table the analysis does not know (``SPECS[kind]["fields"]``): any of its entries
ANY_ENTRY = "\x00any entry\x00"
#: a parameter of a function every use of which in its module is a call there, in the function's run
#: on its own: what it holds is what those calls give, analysed at each of them (a whole record made of
#: it here is no finding of this run)
def _rebinds_self_attribute(method: cst.FunctionDef, attr: str, walked: "Callable[[cst.CSTNode], Iterable[cst.CSTNode]]") -> bool:
    """``method`` puts another value in ``self.<attr>`` (``self.body = {...}``); filling it (``self.body["dx"] = ...``,
    ``self.body.update(...)``) or reading it does not."""
    def is_it(node: cst.BaseExpression) -> bool:
        return isinstance(node, cst.Attribute) and node.attr.value == attr and isinstance(node.value, cst.Name) and node.value.value == "self"

    for node in walked(method.body):
        if isinstance(node, cst.AssignTarget) and is_it(node.target):
            return True
        if isinstance(node, cst.AnnAssign) and node.value is not None and is_it(node.target):
            return True
    return False


CALLERS_MARK = "<given by the module's calls>"
#: a container's label saying under which key rows of a bulk source were put (``*``: under any)
ROWS_UNDER = "<rows under>"
#: on a tuple or list a generator yields (``yield "medicaid_id", m.cin``): the generator's value
#: stands for one yielded item, so a ``for`` over it goes through such items, not their elements
YIELDED_MARK = "<yielded item>"
_HOSTLIKE = re.compile(r"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:\d+)?(/.*)?$")


def object_under(container_val: Val, key: str | None) -> Val | None:
    """The object of a class of the project a dict holds under ``key`` (``{"ice": IceClient()}``); None otherwise."""
    held = dict(container_val.attrs).get(key) if key is not None and container_val.attrs and container_val.model is None else None
    return held if held is not None and project_object(held) else None


def project_object(value: Val) -> bool:
    """An object of a class of the project that holds no one's data (``IceClient()``), kept in a dict by key."""
    return value.model is not None and not value.placements and not value.names and not value.bulk and not value.const


def keeps_destination(key: str, value: Val) -> bool:
    """A dict entry (or a keyword collected by ``**kwargs``) whose value is a destination read back
    by its key: a URL, host or address (``{"url": ICE_URL}``), or a constant under a storage key
    (``{"bucket": "ice-eid-handoff-prod"}``)."""
    if value.const and value.text is None and value.items and any("@" in item and destination_like(item) for item in value.items):
        return True  # {"ToAddresses": [ICE_DESK, ...]}: the addresses a message goes to (SES's Destination)
    if value.opaque and any(label.startswith(CLIENT_BASE_MARK) for label in value.labels):
        return True  # {"federal": ApiClient(base_url=EID_BASE)}: an object made for that base, read back by its key
    if value.client is not None and value.client.kind not in ("file", "email", "workbook") and not value.placements:
        return True  # {"dhs": httpx.Client(base_url=MN_DHS)}: a client, read back by its key
    return bool((value.const or _folded_destination(value.text)) and (
        destination_like(value.text) or value.const and value.text and names_storage(key)))


def _folded_destination(text: str | None) -> bool:
    """A text built partly from values whose host or domain is known: a URL (``https://eid.ice.gov/{...}``) or
    an address whose domain is written (``{...}@eid.ice.gov``), not a path or an address of unknown domain."""
    if not text:
        return False
    if "://" in text:
        return True
    return "@" in text and HOLE not in text.rsplit("@", 1)[1] and "." in text.rsplit("@", 1)[1]


def _reads_file_text(node: cst.BaseExpression) -> bool:
    """``fh.read()``, ``path.read_text()``, also trimmed (``fh.read().strip()``): a file's whole text."""
    while isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value in CLEANUPS and not node.args:
        node = node.func.value
    return isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value in ("read", "read_text")


def _pair_key(node: cst.List | cst.Tuple | cst.Set) -> str | None:
    """The key of a ``(key, value)`` pair written as a tuple whose first element is a name-like string
    literal (``("last_name", m.display)``); None for any other sequence."""
    if not isinstance(node, cst.Tuple) or len(node.elements) != 2 or not isinstance(node.elements[0].value, cst.SimpleString):
        return None
    text = string_value(node.elements[0].value)
    return text if isinstance(text, str) and text and text.replace("_", "").replace("-", "").isalnum() and not text[0].isdigit() else None


def destination_like(text: str | None) -> bool:
    """A constant that names a destination (a URL, a host, an address, a path): what a class constant
    or a constructor default is folded for. ``""`` or ``"unknown"`` is a placeholder, not one."""
    if not text:
        return False
    # ("b1.eid.ice.gov:9093,b2.eid.ice.gov:9093": a list of hosts, as brokers are given)
    return "://" in text or "@" in text or text.startswith("/") or _HOSTLIKE.match(text.split(",", 1)[0].strip()) is not None


#: attributes that name a field or column rather than hold a member's value (``f.name`` of a field list)
_KEY_NAMES = frozenset({"name", "key", "attname", "field", "column", "label", "value", "verbose_name", "alias"})


def key_is_data(key: cst.BaseExpression) -> bool:
    """A computed dict key that is a member's value (``m.ssn``), not a literal or a field's own name (``f.name``)."""
    if isinstance(key, (cst.SimpleString, cst.ConcatenatedString)):
        return False
    return not (isinstance(key, cst.Attribute) and key.attr.value in _KEY_NAMES)



def _key_variables(clause: cst.CompFor) -> frozenset[str]:
    """The variables a comprehension clause binds to the keys or column names of what it iterates:
    ``k`` of ``for k, v in r.items()``, of ``for k in r.keys()`` and of ``for c in df.columns``."""
    iterated, target = clause.iter, clause.target
    method = iterated.func.attr.value if isinstance(iterated, cst.Call) and isinstance(iterated.func, cst.Attribute) and not iterated.args else None
    if method == "items" and isinstance(target, (cst.Tuple, cst.List)) and len(target.elements) == 2 and isinstance(target.elements[0].value, cst.Name):
        return frozenset({target.elements[0].value.value})
    if (method == "keys" or (isinstance(iterated, cst.Attribute) and iterated.attr.value == "columns")) and isinstance(target, cst.Name):
        return frozenset({target.value})
    return frozenset()


def _tests_only(test: cst.BaseExpression, keys: frozenset[str]) -> bool:
    """``test`` compares only the key variables ``keys`` with names written out (``k != "imgrtn_stus_cd"``)."""
    if not keys:
        return False
    if isinstance(test, cst.BooleanOperation):
        return _tests_only(test.left, keys) and _tests_only(test.right, keys)
    if isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not):
        return _tests_only(test.expression, keys)
    if not isinstance(test, cst.Comparison):
        return False
    operands = [test.left, *(c.comparator for c in test.comparisons)]

    def literal(node: cst.BaseExpression) -> bool:
        return isinstance(node, cst.SimpleString) or (isinstance(node, (cst.Tuple, cst.List, cst.Set)) and bool(node.elements)
                                                      and all(isinstance(e.value, cst.SimpleString) for e in node.elements))
    # (k != "imgrtn_stus_cd", k not in ("imgrtn_stus_cd", "cnty_cd"): names of columns written out; not k in UNDOCUMENTED)
    return any(isinstance(o, cst.Name) and o.value in keys for o in operands) and all(
        (isinstance(o, cst.Name) and o.value in keys) or literal(o) for o in operands)


def _pragma_marked(val: Val) -> bool:
    """``val`` is marked with the enforcement pragma (``marked_enforcement``)."""
    return any(label.endswith("(# medicaid-scope: enforcement)") for label in val.labels)


def _selects_field(node: cst.CSTNode, name: str) -> bool:
    """``getattr(obj, name)``: ``name`` names the attribute read (a key of a dict, ``rec[name]``, may be data: a lookup by an
    SSN, ``cases.get(ssn)``)."""
    return isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value == "getattr" and len(node.args) >= 2 \
        and isinstance(node.args[1].value, cst.Name) and node.args[1].value.value == name


def _zipped_pair(node: cst.DictComp, clause: cst.CompFor) -> bool:
    """``{c: s for c, s in zip(ids, statuses)}``: a mapping of the second zipped column by the first."""
    target, zipped = clause.target, clause.iter
    if not (isinstance(target, cst.Tuple) and len(target.elements) == 2 and all(isinstance(e.value, cst.Name) for e in target.elements)):
        return False
    if not (isinstance(zipped, cst.Call) and dotted(zipped.func) == "zip" and len(zipped.args) == 2):
        return False
    first, second = (cst.ensure_type(e.value, cst.Name).value for e in target.elements)
    return isinstance(node.key, cst.Name) and node.key.value == first and isinstance(node.value, cst.Name) and node.value.value == second


def _object_dict_of(node: cst.BaseExpression) -> str | None:
    """``FEED`` of ``FEED.__dict__`` or ``vars(FEED)``: the name whose object's attributes the dict holds."""
    if isinstance(node, cst.Attribute) and node.attr.value == "__dict__" and isinstance(node.value, cst.Name):
        return node.value.value
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value == "vars" and len(node.args) == 1 \
            and isinstance(node.args[0].value, cst.Name):
        return node.args[0].value.value
    return None


#: statements whose bodies may not run (their arms): if/elif/else, loops, try, its handlers and finally, match cases
_WAYS = (cst.If, cst.Else, cst.For, cst.While, cst.Try, cst.TryStar, cst.ExceptHandler, cst.ExceptStarHandler, cst.Finally, cst.Match, cst.MatchCase)


def _text_or_given(built: Val, given: Val) -> bool:
    """``built`` is a text made of fields (``f"{args.partner}-0001"``) and ``given`` a plain value of unknown
    text (``args.batch_id``): the two ways of one text."""
    return built.text is not None and not built.const and given.text is None and not given.const and not given.placements \
        and given.elements is None and given.model is None and given.client is None and not given.attrs and not given.bulk


def as_key(node: cst.BaseExpression, key: Val) -> Val:
    """The value ``node`` gives as a key of a table: what a name (or an attribute of the object) is known not to be holds
    only for that name itself (``dest.lower()`` of a ``dest`` known not to be "ice" may be "ice")."""
    if isinstance(node, cst.Name) or (isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value == "self") \
            or narrowed_key(node) is not None:
        return key  # (event["partner"], cfg.partner: as a test left them)
    return without_known_not(key)


def _each_element(node: cst.BaseComp, val: Val) -> Val:
    """``[t["value"] for t in telecom]``: each element a value of its own (put under "email", each is an e-mail), also
    of elements chosen by a test (``e["valueCode"] for e in extensions if e["url"] == IMM_EXT``)."""
    if isinstance(node, (cst.ListComp, cst.SetComp, cst.GeneratorExp)) and not isinstance(node.elt, (cst.Dict, cst.Tuple, cst.List)) \
            and any(p.names for p in val.placements) and not val.const:
        return val.with_labels({ELEMENTWISE_MARK})
    return val


def key_offers(key: Val, text: str | None = None) -> bool:
    """Without ``text``: ``key`` is known to be some texts (its alternatives, or past ``partner.lower() == "state"``, the
    texts that are "state" once so normalised, however they are written). With it: ``text`` is one of them."""
    tested = [found for label in key.labels if (found := spelled(label)) is not None] if key.labels else []
    if not key.const or not (key.alternatives or tested):
        return False
    if text is None:
        return True
    # (joined with another text, dest = "ICE" if flagged else partner: that text too)
    return any(spelling(text) == want for spelling, want in tested) or text in (key.alternatives or ())


def entries_for_key(elements: "list[cst.DictElement]", keys: "list[str | None]", key: Val) -> "list[cst.DictElement]":
    """The entries of a table a key not known may read: those of the texts it may be (past ``if partner in ("ca",
    "ny"):``), less those it is known not to be (past ``if partner == "ero": return``); all when that leaves none."""
    kept = elements
    if key_offers(key):
        offered = [e for e, k in zip(elements, keys, strict=True) if k is None or key_offers(key, k)]
        kept = offered or kept
    excluded = texts_known_not(key)
    if excluded:
        kept = [e for e, k in zip(kept, [keys[elements.index(e)] for e in kept], strict=True) if k is None or not key_excluded(k, excluded)] or kept
    return kept
