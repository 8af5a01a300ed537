"""Module index: what one module defines and imports, gathered in one pass before the data flow."""

from __future__ import annotations

import inspect
import re
import tokenize
from dataclasses import dataclass, field, fields
from typing import Callable, Container, Iterable, Iterator, Sequence

import libcst as cst

from ..library import shipped
from ..words import name_words
from .project import package_of, resolve_relative  # noqa: F401 - re-exported

PRAGMA = re.compile(r"#\s*medicaid-scope:\s*enforcement(?![\w-])", re.IGNORECASE)
NOT_PRAGMA = re.compile(r"#\s*medicaid-scope:\s*not-enforcement(?![\w-])", re.IGNORECASE)
#: any ``# medicaid-scope:`` comment and the word after it
ANY_PRAGMA = re.compile(r"(?:^|(?<=\s))#\s*medicaid-scope:\s*([A-Za-z][\w-]*|)", re.IGNORECASE)
PRAGMA_WORDS = ("enforcement", "not-enforcement")

#: framework shapes (base classes, decorators, field declarations): data/library/models.json
MODELS = shipped().models

#: a model class's table of its declared fields (its keys are the field names)
FIELD_TABLES = frozenset({"model_fields", "__fields__", "__annotations__", "__dataclass_fields__", "_fields", "__required_keys__", "__optional_keys__"})


def string_value(node: cst.SimpleString) -> "str | bytes":
    """The value of a string literal. libcst's ``evaluated_value`` runs ``ast.literal_eval`` (a
    compile per literal, a tenth of a dense module's analysis); a literal with no escapes and no
    bytes prefix is its text between the quotes, as a raw literal always is."""
    prefix = node.prefix.lower()
    raw = node.value
    if "b" not in prefix and ("r" in prefix or ("\\" not in raw and "\r" not in raw)):
        return node.raw_value
    return node.evaluated_value

def dotted(node: cst.BaseExpression) -> str | None:
    """``a.b.c`` for a Name/Attribute chain, else None."""
    # (type tests, not isinstance: every libcst node class is an ABC, and this runs for most nodes read)
    kind = type(node)
    if kind is cst.Name:
        return node.value  # type: ignore[attr-defined]
    parts: list[str] = []
    while kind is cst.Attribute:
        parts.append(node.attr.value)  # type: ignore[attr-defined]
        node = node.value  # type: ignore[attr-defined]
        kind = type(node)
    if kind is cst.Name:
        parts.append(node.value)  # type: ignore[attr-defined]
        return ".".join(reversed(parts))
    return None


def _module_name(node: cst.BaseExpression | None) -> str:
    return dotted(node) or "" if node is not None else ""


@dataclass
class ClassInfo:
    """A class defined in the module."""

    name: str
    node: cst.ClassDef
    methods: dict[str, cst.FunctionDef] = field(default_factory=dict)
    constants: dict[str, cst.BaseExpression] = field(default_factory=dict)
    fields: list[tuple[str, cst.CSTNode]] = field(default_factory=list)
    is_model: bool = False
    whole: cst.CSTNode | None = None  # ``fields = "__all__"`` (or ``exclude``) of a serializer's Meta
    bases: list[str] = field(default_factory=list)  # base classes as written (``Base``, ``common.BaseClient``)
    whole_detail: str = ""  # how the Meta leaves the fields unbounded, for the message
    is_serializer: bool = False  # a DRF serializer or marshmallow schema: its constructor takes the record
    #: a serializer's field listed in ``Meta.fields`` and declared in its body too (``ssn = CharField()``):
    #: placed at the list's element (one placement), with the declaration's ``source=`` names
    declared_at: dict[str, cst.CSTNode] = field(default_factory=dict)
    shadowed: list[cst.FunctionDef] = field(default_factory=list)  # methods a later ``def`` of the same name rebinds
    declared_only: bool = False  # a schema whose fields are only those it declares (a marshmallow ``Schema``)
    aliases: dict[str, str] = field(default_factory=dict)  # ``find = get_by_cin`` in the body: find -> get_by_cin
    #: fields declared never serialized (``ssn: str = Field(exclude=True)``, a private attribute): one a base declares
    #: is hidden in this class too
    hidden_fields: set[str] = field(default_factory=set)
    #: the names its fields are serialized under, by the class (msgspec's ``class S(Struct, rename={"ref": "ssn"})``)
    renamed: dict[str, str] = field(default_factory=dict)


def names_of(fn: cst.FunctionDef, cls: "ClassInfo | None") -> set[str]:
    """The names a call of ``fn`` may be made by: its own, and those its class binds it to again (``find =
    get_by_cin``)."""
    return {fn.name.value, *(alias for alias, name in (cls.aliases.items() if cls is not None else ()) if name == fn.name.value)}


@dataclass
class ModuleIndex:
    """Imports, functions, classes, constants and pragma lines of one module."""

    imports: dict[str, str] = field(default_factory=dict)
    functions: dict[str, cst.FunctionDef] = field(default_factory=dict)
    #: functions a later ``def`` of the same name rebinds (``@deliver.register`` ``def _``): still run on their own
    shadowed: list[cst.FunctionDef] = field(default_factory=list)
    classes: dict[str, ClassInfo] = field(default_factory=dict)
    #: classes a function declares under a name another class of the module has too (``@dataclass class Person``
    #: in two functions, or beside a module-level ``Person``): by the id of the function and of each function nested
    #: in it, what the name is while it runs (None: a class not known, declared twice there)
    local_classes: dict[int, dict[str, ClassInfo | None]] = field(default_factory=dict)
    #: what those names are in every other function: the module-level class, or None
    shadowed_classes: dict[str, ClassInfo | None] = field(default_factory=dict)
    constants: dict[str, cst.BaseExpression] = field(default_factory=dict)
    #: the statement that binds a constant of the module (its positions are printed with it alone)
    constant_lines: dict[str, cst.SimpleStatementLine] = field(default_factory=dict)
    #: constants grown after their literal: (how many changes were folded, the first literal)
    grown: dict[str, tuple[int, cst.BaseExpression]] = field(default_factory=dict)
    #: how deep the module-level statement being read sits in loops, ``try`` or ``with`` (a removal there may not run)
    nested: int = 0
    #: the module-level stores into an entry of an entry folded into a table's literal (``PARTNERS["ice"]["send_dx"] =
    #: True``), by id: what they did is in the literal already
    folded_entries: set[int] = field(default_factory=set)
    #: the module-level small statements read so far, in order (a removal after a read of the list is not folded)
    seen_smalls: list[cst.BaseSmallStatement] = field(default_factory=list)
    #: how many module-level changes of a class attribute's dict were folded (``Class.attr``)
    class_growth: dict[str, int] = field(default_factory=dict)
    #: the tables each registering function filled at import by calls folded into their literals (each with the
    #: parameter that gives the key), and the calls folded
    registered: dict[str, tuple[dict[str, str], set[int]]] = field(default_factory=dict)
    #: values bound in an ``except ImportError`` clause to a name the ``try`` body imports
    #: (``try: from local_settings import URL`` / ``except ImportError: URL = "https://..."``)
    fallbacks: dict[str, cst.BaseExpression] = field(default_factory=dict)
    #: module constants an import rebinds after their literal (``URL = "..."``, then ``from .local import URL``): what it imports
    overrides: dict[str, str] = field(default_factory=dict)
    #: module-level statements that change a constant imported from another module, by the name as written
    #: (``ALLOWED.append("ssn")``, ``policy.ALLOWED += [...]``, ``settings.STATE_URL = ICE_URL``), in order
    import_changes: dict[str, list[cst.BaseSmallStatement]] = field(default_factory=dict)
    #: what a name imported again in an ``except ImportError`` clause was imported from in the ``try``
    #: body (``try: from .fast import build`` / ``except ImportError: from .slow import build``): a
    #: call of a project function through it runs both
    alternatives: dict[str, str] = field(default_factory=dict)
    pragma_lines: frozenset[int] = frozenset()
    not_pragma_lines: frozenset[int] = frozenset()
    bad_pragmas: tuple[tuple[int, int, str], ...] = ()  # (line, column, word) of unknown pragma words
    star_imports: list[str] = field(default_factory=list)  # from x import *: x (as written, maybe relative)
    stars_expanded: bool = False
    #: the order of the module's top-level import statements: where each star import stands, and where
    #: each name an explicit import binds was last bound (a later star import rebinds it, as Python does)
    star_order: list[int] = field(default_factory=list)
    import_order: dict[str, int] = field(default_factory=dict)

    package: str | None = None  # the dotted package of the module, when its file is known
    modules: set[str] = field(default_factory=set)  # names an ``import`` statement binds to a module
    name: str | None = None  # the dotted name of the module itself (``agency.rules``), when its file is known

    def enum_class(self, name: str) -> ClassInfo | None:
        """The class ``name`` of this module when it is an ``enum.Enum`` (``class Field(str, Enum)``)."""
        cls = self.classes.get(name)
        return cls if cls is not None and any((self.qualify(base) or base).startswith("enum.") for base in cls.bases) else None

    def qualify(self, name: str, local: dict[str, str] | None = None) -> str | None:
        """Resolve ``alias.attr`` through the module's imports (or a function's ``local`` ones first)
        to a qualified name (relative imports against the module's package; left with their dots when
        it is unknown)."""
        head, _, rest = name.partition(".")
        target = local.get(head) if local and head in local else self.imports.get(head)
        if target is None:
            return None
        if target.startswith(".") and self.package:
            target = resolve_relative(target, self.package) or target
        return f"{target}.{rest}" if rest else target


def column_of(node: cst.BaseExpression) -> str | None:
    """The column an expression reads by name: ``frame["imgrtn_stus_cd"]``, ``frame.imgrtn_stus_cd``."""
    if isinstance(node, cst.Attribute):
        return node.attr.value
    if isinstance(node, cst.Subscript) and len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index) \
            and isinstance(node.slice[0].slice.value, cst.SimpleString):
        text = string_value(node.slice[0].slice.value)
        return text if isinstance(text, str) else None
    return None

def decorated(fn: cst.FunctionDef, names: tuple[str, ...]) -> bool:
    """``fn`` carries one of these decorators, by its last name (``@staticmethod``,
    ``@functools.cached_property``)."""
    return any((dotted(d.decorator) or "").rsplit(".", 1)[-1] in names for d in fn.decorators)


def collect_import(node: cst.Import | cst.ImportFrom, imports: dict[str, str]) -> None:
    """Record what the names bound by an import statement refer to."""
    _collect_import(node, imports)


def _collect_import(node: cst.Import | cst.ImportFrom, imports: dict[str, str], stars: list[str] | None = None) -> None:
    if isinstance(node, cst.Import):
        for alias in node.names:
            full = _module_name(alias.name)
            if alias.asname is not None and isinstance(alias.asname.name, cst.Name):
                imports[alias.asname.name.value] = full
            else:
                head = full.split(".", 1)[0]
                imports[head] = head
        return
    if isinstance(node.names, cst.ImportStar):
        if stars is not None:
            stars.append("." * len(node.relative) + _module_name(node.module))
        return
    dots = "." * len(node.relative)
    module = _module_name(node.module)
    for alias in node.names:
        name = _module_name(alias.name)
        local = alias.asname.name.value if alias.asname is not None and isinstance(alias.asname.name, cst.Name) else name
        # from .transport import publish -> ".transport.publish"; from . import transport -> ".transport"
        imports[local] = f"{dots}{module}.{name}" if module else f"{dots}{name}"


def _import_bound(node: cst.Import | cst.ImportFrom) -> list[str]:
    """The names an import statement (not a star import) binds."""
    out: list[str] = []
    for alias in node.names if not isinstance(node.names, cst.ImportStar) else ():
        if alias.asname is not None and isinstance(alias.asname.name, cst.Name):
            out.append(alias.asname.name.value)
        else:
            written = _module_name(alias.name)
            out.append(written.split(".", 1)[0] if isinstance(node, cst.Import) else written)
    return out


def _statements(body: object) -> list[cst.CSTNode]:
    """The statements of a suite (or of a Module, or an else/finally/except clause)."""
    inner = getattr(body, "body", body)
    if isinstance(inner, (cst.IndentedBlock, cst.SimpleStatementSuite)):
        inner = inner.body
    return list(inner) if isinstance(inner, (list, tuple)) else []


def _collect(statements: list[cst.CSTNode], index: ModuleIndex, top: bool, fallback: bool = False) -> None:
    """Walk statements only (never expressions): imports of the module and class bodies (a function's
    own imports are bound when the function runs: they never change what a name means elsewhere);
    defs, classes, constants at the top. A later ``def``, ``class`` or assignment at the top rebinds
    an imported name; in an ``except`` clause (``fallback``: ``except ImportError: client = None``)
    it does not replace what the ``try`` body bound."""
    for stmt in statements:
        if isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                if isinstance(small, (cst.Import, cst.ImportFrom)):
                    before = dict(index.imports) if fallback and top else None
                    if top:
                        order = len(index.star_order) + len(index.import_order) + 1
                        if isinstance(small, cst.ImportFrom) and isinstance(small.names, cst.ImportStar):
                            index.star_order.append(order)
                        else:
                            index.import_order.update((name, order) for name in _import_bound(small))
                    _collect_import(small, index.imports, index.star_imports if top else None)
                    if top and not fallback and not (isinstance(small, cst.ImportFrom) and isinstance(small.names, cst.ImportStar)):
                        for name in _import_bound(small):
                            if name in index.constants and name not in index.grown and name in index.imports:
                                # URL = "https://..." then (try:) from .local_settings import URL: either may be in
                                # force (the import of a deployment's module, or the literal where it is missing)
                                index.overrides[name] = index.imports.pop(name)
                    for name, target in (before or {}).items():
                        if index.imports.get(name, target) != target:
                            index.alternatives[name] = target  # the try body's import, kept beside the fallback
                    if isinstance(small, cst.Import):
                        # import flask, import bson.json_util: names bound to modules (their attributes are no fields)
                        index.modules.update(
                            a.asname.name.value if a.asname is not None and isinstance(a.asname.name, cst.Name) else _module_name(a.name).split(".", 1)[0]
                            for a in small.names)
                elif top:
                    bound = _assigned_name(small)
                    if fallback and bound is not None and bound in index.imports:
                        value = getattr(small, "value", None)
                        if value is not None:
                            index.fallbacks[bound] = value  # what the name is when the import is not there
                        continue
                    if bound is not None and bound in index.imports and _mentions(small, bound):
                        continue  # URL = URL + "/v2": built on the imported value, which stays what the name means
                    changed = _import_changed(small, index)
                    if changed is not None:
                        index.import_changes.setdefault(changed, []).append(small)
                    if top and _record_class_change(small, index):
                        continue
                    if top and _registered_by_call(small, index):
                        continue
                    _record_constant(small, index.constants, index.grown, index.classes, index)
                    index.seen_smalls.append(small)
                    if bound is not None and bound in index.constants:
                        index.imports.pop(bound, None)
                        index.constant_lines[bound] = stmt
                    made = _named_tuple(small, index) if bound is not None else None
                    if made is not None:
                        index.classes[made.name] = made  # Row = namedtuple("Row", ["cin", "dob"]): a model with those fields
        elif isinstance(stmt, cst.FunctionDef):
            if top and not (fallback and stmt.name.value in index.imports):
                earlier = index.functions.get(stmt.name.value)
                if earlier is not None and earlier.decorators and stmt.decorators:
                    index.shadowed.append(earlier)  # @deliver.register def _(...) twice: each registered body runs
                index.functions[stmt.name.value] = stmt
                index.imports.pop(stmt.name.value, None)
                _register(stmt, index)
        elif isinstance(stmt, cst.ClassDef):
            if top and not (fallback and stmt.name.value in index.imports):
                index.classes[stmt.name.value] = _class_info(stmt, index)
                index.imports.pop(stmt.name.value, None)
                _register(stmt, index)
            _collect(_statements(stmt.body), index, False)
        elif top and isinstance(stmt, cst.If):
            _collect_if(stmt, index, fallback)
        elif isinstance(stmt, cst.BaseCompoundStatement):
            handlers = {id(h) for h in getattr(stmt, "handlers", ())}
            index.nested += 1
            try:
                for part in _compound_parts(stmt):
                    _collect(_statements(part), index, top, fallback or id(part) in handlers)
            finally:
                index.nested -= 1


#: the test of a constant bound one way or another by a module-level ``if`` (nothing the analysis knows)
_EITHER_WAY = cst.Name("__either_way__")


def _collect_if(stmt: cst.If, index: ModuleIndex, fallback: bool) -> None:
    """A module-level ``if``/``elif``/``else``: a constant bound on one way keeps what the other ways
    (or no way taken, with no ``else``) left it: ``URL = ICE_URL`` then ``if DEPLOY_ENV == "dev": URL =
    STUB_URL`` may be either, as ``URL = STUB_URL if ... else ICE_URL`` is (the last assignment does not
    win over a test the analysis cannot decide)."""
    before = index.constants
    outcomes = []
    for part in _compound_parts(stmt):
        index.constants = dict(before)
        _collect(_statements(part), index, True, fallback)
        outcomes.append(index.constants)
    last = stmt.orelse
    while isinstance(last, cst.If):
        last = last.orelse
    if last is None:
        outcomes.append(before)  # no way taken
    merged: dict[str, cst.BaseExpression] = {}
    for name in dict.fromkeys(key for outcome in outcomes for key in outcome):
        values = list({id(o[name]): o[name] for o in outcomes if name in o}.values())
        value = values[0]
        for other in values[1:]:
            value = _either(value, other)
        merged[name] = value
    index.constants = merged


def _either(one: cst.BaseExpression, other: cst.BaseExpression) -> cst.BaseExpression:
    """A constant that is ``one`` on one way of a module-level ``if`` and ``other`` on another: the two dict literals
    of the same keys entry by entry (``if LEGACY: PARTNERS["ice"]["send_dx"] = True`` leaves only that flag either),
    anything else as a whole."""
    def keys(d: cst.Dict) -> "list[object] | None":
        found: "list[object]" = [string_value(e.key) if isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString) else None for e in d.elements]
        return found if all(isinstance(k, str) for k in found) else None
    if one is other:
        return one
    if isinstance(one, cst.Dict) and isinstance(other, cst.Dict) and keys(one) is not None and keys(one) == keys(other):
        return one.with_changes(elements=[e.with_changes(value=_either(e.value, f.value))  # type: ignore[union-attr,call-arg]
                                          for e, f in zip(one.elements, other.elements, strict=True)])
    return cst.IfExp(test=_EITHER_WAY, body=one, orelse=other)


def _mentions(small: cst.BaseSmallStatement, name: str) -> bool:
    """The value assigned by ``small`` reads ``name``."""
    value = getattr(small, "value", None)
    return value is not None and any(n.value == name for n in names_in(value))


def _assigned_name(small: cst.BaseSmallStatement) -> str | None:
    """The name a plain assignment binds (``X = ...``, ``X: T = ...``)."""
    if isinstance(small, cst.Assign) and len(small.targets) == 1 and isinstance(small.targets[0].target, cst.Name):
        return small.targets[0].target.value
    if isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name) and small.value is not None:
        return small.target.value
    return None


def _compound_parts(stmt: cst.BaseCompoundStatement) -> list[object]:
    """Every suite of an if/for/while/try/with/match statement."""
    parts: list[object] = [stmt.body] if hasattr(stmt, "body") else []  # match has only cases
    for name in ("orelse", "finalbody"):
        extra = getattr(stmt, name, None)
        while isinstance(extra, cst.If):  # elif chains
            parts.append(extra.body)
            extra = extra.orelse
        if extra is not None:
            parts.append(extra)
    parts.extend(getattr(stmt, "handlers", ()))
    parts.extend(getattr(stmt, "cases", ()))
    return parts


#: methods that add to a module-level collection after its literal, and how the addition folds
_GROWN_BY = {"append": "item", "add": "item", "extend": "all", "update": "all"}
#: how many growth statements of one constant are folded; past that (generated code) the constant is
#: no longer known, so it is never taken for an allow-list (folding more would nest past the recursion limit)
MAX_GROWTH = 64


def _string_constant(node: "cst.BaseExpression | None", constants: "dict[str, cst.BaseExpression]",
                     classes: "dict[str, ClassInfo] | None" = None) -> "cst.SimpleString | None":
    """``node`` as a string literal: itself, the literal a module constant of that name is bound to, or one
    a class of the module binds in its body (``Topics.ICE``, with ``classes``)."""
    if isinstance(node, cst.Name) and isinstance(constants.get(node.value), cst.SimpleString):
        node = constants[node.value]
    if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and classes is not None and node.value.value in classes \
            and not any(base.rsplit(".", 1)[-1].endswith("Enum") for base in classes[node.value.value].bases):
        node = classes[node.value.value].constants.get(node.attr.value)  # (an Enum's member is no string: kept as written)
    return node if isinstance(node, cst.SimpleString) else None


def _registry_key(node: "cst.BaseExpression | None", index: "ModuleIndex") -> "cst.BaseExpression | None":
    """The key a registry of the module is filled with (``@route(ICE_TOPIC)``, ``register(Topics.ICE, fn)``):
    a string literal when the module says which, else the name of a constant it imports (``from .topics
    import ICE_TOPIC``, resolved where the table is read); None for anything else."""
    root = node.value if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) else node
    if isinstance(node, cst.Attribute) and isinstance(root, cst.Name) and index.enum_class(root.value) is not None:
        return node  # @route(Topic.ICE) of an Enum of the module: the member itself (compared as a member, `is Topic.STATE`)
    literal = _string_constant(node, index.constants, index.classes)
    if literal is not None:
        return literal
    return node if isinstance(root, cst.Name) and root.value in index.imports else None


def _with_registered(old: cst.Dict, key: cst.BaseExpression, value: cst.BaseExpression) -> cst.Dict:
    """``old`` with one registered entry: as ``_with_entries`` gives for a string key; a key named by an
    imported constant is added as an entry of its own (a flat literal still, read entry by entry)."""
    if isinstance(key, cst.SimpleString) or not all(isinstance(e, cst.DictElement) for e in old.elements):
        return _with_entries(old, [cst.DictElement(key, value)])
    return cst.Dict([*old.elements, cst.DictElement(key, value)])


def _constant_keys(elements: "Sequence[cst.BaseDictElement]", constants: "dict[str, cst.BaseExpression]",
                   classes: "dict[str, ClassInfo] | None" = None) -> "list[cst.BaseDictElement]":
    """Dict entries with each key that names a module constant string (or a class attribute of the module bound
    to one, ``Topics.FED``) written as that literal (``{ICE_TOPIC: fn}``)."""
    return [e.with_changes(key=_string_constant(e.key, constants, classes)) if isinstance(e, cst.DictElement) and isinstance(e.key, (cst.Name, cst.Attribute))
            and _string_constant(e.key, constants, classes) is not None else e for e in elements]


def _record_change(stmt: cst.BaseSmallStatement, into: dict[str, cst.BaseExpression], grown: dict[str, tuple[int, cst.BaseExpression]],
                   classes: "dict[str, ClassInfo] | None" = None, index: "ModuleIndex | None" = None) -> bool:
    """``ALLOWED += [...]``, ``ALLOWED.append(x)``, ``.extend``, ``.add``, ``.update``, ``D[k] = v`` at
    module level, after the constant's literal: the constant becomes the literal with the addition
    (the last assignment wins, and what is added counts; an allow-list grown with ``ssn`` is no
    longer one of permitted names). True when ``stmt`` was such a change. ``grown`` keeps, per
    constant, how many changes were folded and its first literal (where its pragmas are)."""
    name = _grown_name(stmt)
    if name is None or name not in into:
        return False
    if _reads_itself(stmt, name, into[name]):
        return False  # P["ice"] = dict(P["ice"], send_ssn=True): not folded (it would hold itself), a change still (round 459a)
    first = into[name]
    if _entry_change(stmt):
        # PARTNERS["ice"]["send_dx"] = True at import: the table holds that from then on, one literal still (not grown: read
        # entry by entry as written); under an if, a loop or a try it may not run, and is not followed
        owner = _nested_owner(first) if isinstance(first, cst.Subscript) else None
        if owner is not None and owner in into and isinstance(into[owner], cst.Dict) and index is not None and not index.nested:
            # (PARTNERS = CONFIG["partners"], then PARTNERS["ice"]["send_dx"] = True: a change of CONFIG["partners"]["ice"];
            # round 451a)
            folded = _fold_change(_rerooted(stmt, first), owner, into[owner], into, classes)
            if folded is not None:
                into[owner] = folded
                index.folded_entries.add(id(stmt.value) if isinstance(stmt, cst.Expr) else id(stmt))
            return folded is not None
        folded = _fold_change(stmt, name, first, into, classes) if index is not None and not index.nested else None
        if folded is not None and index is not None:
            into[name] = folded
            index.folded_entries.add(id(stmt.value) if isinstance(stmt, cst.Expr) else id(stmt))
        return folded is not None
    if _removes(stmt) and (index is None or index.nested or _read_before(name, index)):
        return False  # (a removal in a loop, try or with may not run; one after the list was read came too late for that read)
    folded = _fold_change(stmt, name, into[name], into, classes)
    if folded is None:
        return isinstance(stmt, cst.AugAssign)  # X -= ...: a change the fold does not follow, not a new constant
    count, origin = grown.get(name, (0, first))
    grown[name] = (count + 1, origin)
    if count + 1 > MAX_GROWTH:
        del into[name]  # grown too often to follow (generated code): unknown from here on
    else:
        into[name] = folded
    return True


def _record_class_change(stmt: cst.BaseSmallStatement, index: ModuleIndex) -> bool:
    """``Exporter.registry["ice"] = IceExporter`` (or ``Exporter.registry.update({...})``) at module level, of
    a dict the class's body binds: the class attribute becomes the literal with the addition, as a module
    constant grown so does. True when ``stmt`` was such a change."""
    if isinstance(stmt, cst.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0].target, cst.Subscript):
        owner: cst.BaseExpression = stmt.targets[0].target.value
    elif isinstance(stmt, cst.Expr) and isinstance(stmt.value, cst.Call) and isinstance(stmt.value.func, cst.Attribute):
        owner = stmt.value.func.value
    else:
        return False
    if not (isinstance(owner, cst.Attribute) and isinstance(owner.value, cst.Name) and owner.value.value in index.classes):
        return False
    cls = index.classes[owner.value.value]
    old = cls.constants.get(owner.attr.value)
    if not isinstance(old, cst.Dict):
        return False
    folded = _fold_change(stmt, owner.attr.value, old)
    if folded is None:
        return False  # Router.ROUTES.pop("legacy"): a change the fold does not follow (as for a module constant)
    key = f"{cls.name}.{owner.attr.value}"
    index.class_growth[key] = index.class_growth.get(key, 0) + 1
    if index.class_growth[key] > MAX_GROWTH:
        del cls.constants[owner.attr.value]  # grown too often to follow (generated code): unknown from here on
    else:
        cls.constants[owner.attr.value] = folded
    return True


#: the methods of a list, set or dict that change it in place
#: methods that change a container in place
CHANGING_METHODS = frozenset({"append", "extend", "insert", "add", "update", "remove", "discard", "pop", "popitem", "clear", "setdefault", "__setitem__"})


def _import_changed(stmt: cst.BaseSmallStatement, index: ModuleIndex) -> str | None:
    """The imported constant a module-level statement changes, as written (``ALLOWED`` of ``from .policy import
    ALLOWED`` then ``ALLOWED.append("ssn")``; ``settings.STATE_URL`` of ``settings.STATE_URL = ICE_URL``), or None."""
    if isinstance(stmt, cst.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0].target, cst.Attribute):
        written = dotted(stmt.targets[0].target)
    elif isinstance(stmt, cst.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0].target, cst.Subscript):
        written = dotted(stmt.targets[0].target.value)  # policy.STATE_ENDPOINTS["eligibility"] = ICE_URL
    elif isinstance(stmt, cst.AugAssign) and isinstance(stmt.target, cst.Attribute):
        written = dotted(stmt.target)
    elif isinstance(stmt, cst.Expr) and isinstance(stmt.value, cst.Call) and isinstance(stmt.value.func, cst.Name) \
            and stmt.value.func.value == "setattr" and len(stmt.value.args) == 3 and isinstance(stmt.value.args[1].value, cst.SimpleString):
        # setattr(settings, "STATE_URL", ICE_URL): settings.STATE_URL = ICE_URL
        owner, named = dotted(stmt.value.args[0].value), string_value(stmt.value.args[1].value)
        written = f"{owner}.{named}" if owner is not None and isinstance(named, str) and named.isidentifier() else None
    elif isinstance(stmt, cst.Expr) and isinstance(stmt.value, cst.Call) and isinstance(stmt.value.func, cst.Attribute):
        if stmt.value.func.attr.value not in CHANGING_METHODS:
            return None
        written = dotted(stmt.value.func.value)  # ALLOWED.append("ssn"), policy.ALLOWED.append("ssn")
    else:
        written = _grown_name(stmt)
    if written is None or written.partition(".")[0] not in index.imports or written.partition(".")[0] in index.constants:
        return None
    return written


def _grown_name(stmt: cst.BaseSmallStatement) -> str | None:
    """The constant a statement may grow (``X += ...``, ``X[k] = v``, ``X.append(...)``)."""
    if isinstance(stmt, cst.AugAssign) and isinstance(stmt.target, cst.Name):
        return stmt.target.value
    if isinstance(stmt, cst.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0].target, cst.Subscript):
        owner = stmt.targets[0].target.value
        while isinstance(owner, cst.Subscript) and _literal_key_of(owner) is not None:
            owner = owner.value  # PARTNERS["ice"]["send_dx"] = True: an entry of an entry of PARTNERS
        return owner.value if isinstance(owner, cst.Name) else None
    call = stmt.value if isinstance(stmt, cst.Expr) else None
    if isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute) and isinstance(call.func.value, cst.Name):
        return call.func.value.value
    if isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute) and _nested_owner(call.func.value) is not None:
        return _nested_owner(call.func.value)  # CONFIG["partners"].update({...}): an entry of CONFIG
    if isinstance(stmt, cst.Del) and isinstance(stmt.target, cst.Subscript) and isinstance(stmt.target.value, cst.Name):
        return stmt.target.value.value  # del COLS[1]
    return None


def _fold_change(stmt: cst.BaseSmallStatement, name: str, old: cst.BaseExpression,
                 constants: "dict[str, cst.BaseExpression] | None" = None, classes: "dict[str, ClassInfo] | None" = None) -> cst.BaseExpression | None:
    """The constant's value with the change of ``stmt`` folded in (None: not a change it follows); keys written as
    module constant strings (``ROUTES[ICE_TOPIC] = f``, ``REG.update({ICE_TOPIC: f})``) are their literals."""
    constants = constants or {}
    if isinstance(stmt, cst.Del):
        # del COLS[1] of a written list: without that element (a slice, a key of a dict: not followed)
        at = _position_of(stmt.target)
        return _without_element(old, at) if at is not None else None
    if isinstance(stmt, cst.AugAssign):
        if isinstance(stmt.operator, (cst.AddAssign, cst.BitOrAssign)):
            operator: cst.BaseBinaryOp = cst.Add() if isinstance(stmt.operator, cst.AddAssign) else cst.BitOr()
            return cst.BinaryOperation(left=old, operator=operator, right=stmt.value)
        return None
    if _entry_change(stmt):
        # PARTNERS["ice"]["send_dx"] = True, CONFIG["partners"].update({...}): the entry of the entry changed so (a path the
        # literal lacks: not followed)
        changed: cst.BaseExpression = stmt.targets[0].target if isinstance(stmt, cst.Assign) else stmt.value.func  # type: ignore[attr-defined]
        path: list[str] = []
        inner: cst.BaseExpression = changed.value  # type: ignore[attr-defined]
        while isinstance(inner, cst.Subscript):
            path.insert(0, _literal_key_of(inner) or "")
            inner = inner.value
        if isinstance(stmt, cst.Assign):
            store: cst.BaseSmallStatement = cst.Assign(targets=[cst.AssignTarget(changed.with_changes(value=cst.Name("_")))], value=stmt.value)
        else:
            store = stmt.with_changes(value=stmt.value.with_changes(func=changed.with_changes(value=cst.Name("_"))))  # type: ignore[attr-defined]
        return _with_nested(old, path, store, constants, classes)
    if isinstance(stmt, cst.Assign):
        target = stmt.targets[0].target
        assert isinstance(target, cst.Subscript)
        index = target.slice[0].slice if len(target.slice) == 1 else None
        if isinstance(index, cst.Index) and isinstance(old, cst.Dict):
            return _with_entries(old, _constant_keys([cst.DictElement(index.value, stmt.value)], constants, classes))
        at = _position_of(target)
        if at is not None and isinstance(old, cst.List) and not any(isinstance(e, cst.StarredElement) for e in old.elements) \
                and -len(old.elements) <= at < len(old.elements):
            # COLS[2] = "imgrtn_stus_cd" of a written list: that element given anew
            elements = list(old.elements)
            elements[at] = elements[at].with_changes(value=stmt.value)
            return old.with_changes(elements=elements)
        return None
    call = stmt.value if isinstance(stmt, cst.Expr) else None
    assert isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute)
    method = call.func.attr.value
    if isinstance(old, cst.Dict) and method == "update" and call.args and all(a.keyword is not None and not a.star for a in call.args):
        # ROUTES.update(federal=ICE_URL): each keyword an entry
        return _with_entries(old, [cst.DictElement(cst.SimpleString(repr(a.keyword.value)), a.value) for a in call.args])  # type: ignore[union-attr]
    if isinstance(old, cst.Dict) and method == "setdefault" and len(call.args) == 2 and not any(a.keyword or a.star for a in call.args):
        # DEFAULTS.setdefault("federal", ICE_URL): an entry only where the key is not there yet
        held = _literal_keys(old)
        written = _string_constant(call.args[0].value, constants, classes)  # (REG.setdefault(Topics.FED, fn): its text)
        key = string_value(written) if written is not None else None
        if held is None or not isinstance(key, str) or written is None:
            return None
        # (a new key: one more entry, as HANDLERS[k] = v gives)
        return old if key in held else _with_entries(old, [cst.DictElement(written, call.args[1].value)])
    if method in ("remove", "discard") and len(call.args) == 1 and not call.args[0].keyword and isinstance(old, (cst.List, cst.Set)):
        # COLS.remove("ssn") of a written list: without it (the first element equal to it)
        gone = string_value(call.args[0].value) if isinstance(call.args[0].value, cst.SimpleString) else None
        texts = [string_value(e.value) if isinstance(e.value, cst.SimpleString) else None for e in old.elements]
        return _without_element(old, texts.index(gone)) if isinstance(gone, str) and gone in texts else None
    if method == "pop" and isinstance(old, cst.List) and len(call.args) <= 1 and not any(a.keyword or a.star for a in call.args):
        # COLS.pop(), COLS.pop(1) of a written list: without that element
        if not call.args:
            return _without_element(old, len(old.elements) - 1)
        given = call.args[0].value
        return _without_element(old, int(given.value)) if isinstance(given, cst.Integer) else None
    if method == "insert" and isinstance(old, (cst.List, cst.Tuple)) and len(call.args) == 2 and not any(a.keyword or a.star for a in call.args):
        # COLUMNS.insert(1, "ssn_num"): one more element (where it goes in the order does not change what is sent)
        return cst.BinaryOperation(left=old, operator=cst.Add(), right=cst.List([cst.Element(call.args[1].value)]))
    how = _GROWN_BY.get(method)
    if how is None or len(call.args) != 1 or call.args[0].keyword is not None or call.args[0].star:
        return None
    added = call.args[0].value
    if isinstance(old, cst.Dict):
        if how == "all" and isinstance(added, cst.Dict):
            return _with_entries(old, _constant_keys(list(added.elements), constants, classes))  # ROUTES.update({"federal": ICE_URL}): its entries
        return cst.Dict([cst.StarredDictElement(old), cst.StarredDictElement(added)]) if how == "all" else None
    if how == "item":
        added = cst.Set([cst.Element(added)]) if isinstance(old, cst.Set) else cst.List([cst.Element(added)])
    return cst.BinaryOperation(left=old, operator=cst.BitOr() if isinstance(old, cst.Set) else cst.Add(), right=added)


def _literal_key_of(node: cst.Subscript) -> str | None:
    """The string literal ``node`` reads by (``X["ice"]``); None for any other key."""
    index = node.slice[0].slice if len(node.slice) == 1 else None
    key = string_value(index.value) if isinstance(index, cst.Index) and isinstance(index.value, cst.SimpleString) else None
    return key if isinstance(key, str) else None


def _nested_owner(node: cst.BaseExpression) -> str | None:
    """``X`` of ``X["a"]``, ``X["a"]["b"]`` (entries read by string literals, at least one): the constant they are of."""
    if not isinstance(node, cst.Subscript):
        return None
    while isinstance(node, cst.Subscript) and _literal_key_of(node) is not None:
        node = node.value
    return node.value if isinstance(node, cst.Name) else None


def _reads_itself(stmt: cst.BaseSmallStatement, name: str, held: cst.BaseExpression) -> bool:
    """The value a change of the constant ``name`` adds reads that constant (or the one it aliases, ``PARTNERS =
    CONFIG["partners"]``)."""
    value = stmt.value if isinstance(stmt, (cst.Assign, cst.AugAssign)) else stmt.value if isinstance(stmt, cst.Expr) else None
    if isinstance(value, cst.Call) and isinstance(stmt, cst.Expr):
        value = cst.Tuple(elements=[cst.Element(a.value) for a in value.args]) if value.args else None
    if value is None:
        return False
    owner = _nested_owner(held) if isinstance(held, cst.Subscript) else None
    return any(type(n) is cst.Name and n.value in (name, owner) for n in walk(value))  # type: ignore[attr-defined]


def _rerooted(stmt: cst.BaseSmallStatement, root: cst.BaseExpression) -> cst.BaseSmallStatement:
    """An entry change (``_entry_change``) of an alias written on what the alias is bound to (``PARTNERS["ice"]["x"] =
    v`` of ``PARTNERS = CONFIG["partners"]``: ``CONFIG["partners"]["ice"]["x"] = v``)."""
    def swap(node: cst.BaseExpression) -> cst.BaseExpression:
        if isinstance(node, cst.Subscript):
            return node.with_changes(value=swap(node.value))
        if isinstance(node, cst.Attribute):
            return node.with_changes(value=swap(node.value))
        return root if isinstance(node, cst.Name) else node
    if isinstance(stmt, cst.Assign):
        return stmt.with_changes(targets=[stmt.targets[0].with_changes(target=swap(stmt.targets[0].target))])
    if isinstance(stmt, cst.Expr) and isinstance(stmt.value, cst.Call) and isinstance(stmt.value.func, cst.Attribute):
        return stmt.with_changes(value=stmt.value.with_changes(func=stmt.value.func.with_changes(value=swap(stmt.value.func.value))))
    return stmt


def _entry_change(stmt: cst.BaseSmallStatement) -> bool:
    """``X["a"]["b"] = v``, ``X["a"].update(...)``: a change of an entry of a module constant (by string keys)."""
    if isinstance(stmt, cst.Assign):
        target = stmt.targets[0].target if len(stmt.targets) == 1 else None
        return isinstance(target, cst.Subscript) and _nested_owner(target.value) is not None
    call = stmt.value if isinstance(stmt, cst.Expr) else None
    return isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute) and _nested_owner(call.func.value) is not None


def _with_nested(old: cst.BaseExpression, path: "list[str]", store: cst.BaseSmallStatement,
                 constants: "dict[str, cst.BaseExpression]", classes: "dict[str, ClassInfo] | None") -> cst.BaseExpression | None:
    """``old`` (a dict literal) with ``store`` (``_[k] = v``) folded into the dict literal it holds at ``path``; None
    when it holds none there."""
    if not isinstance(old, cst.Dict):
        return None
    if not path:
        return _fold_change(store, "_", old, constants, classes)
    at = next((i for i, e in enumerate(old.elements) if isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString)
               and string_value(e.key) == path[0]), None)
    if at is None:
        return None
    element = old.elements[at]
    folded = _with_nested(element.value, path[1:], store, constants, classes)
    if folded is None:
        return None
    elements = list(old.elements)
    elements[at] = element.with_changes(value=folded)  # type: ignore[call-arg]
    return old.with_changes(elements=elements)


def _removes(stmt: cst.BaseSmallStatement) -> bool:
    """``X.remove(...)``, ``.discard``, ``.pop``, ``del X[i]``, ``X[i] = v`` of a list: a change that takes something out."""
    if isinstance(stmt, cst.Del):
        return True
    if isinstance(stmt, cst.Assign) and len(stmt.targets) == 1:
        return _position_of(stmt.targets[0].target) is not None
    call = stmt.value if isinstance(stmt, cst.Expr) else None
    return isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute) and call.func.attr.value in ("remove", "discard", "pop")


def _position_of(target: cst.BaseExpression) -> int | None:
    """The position a subscript names by a written integer (``COLS[1]``); None for anything else (a key, a slice)."""
    index = target.slice[0].slice if isinstance(target, cst.Subscript) and len(target.slice) == 1 else None
    return int(index.value.value) if isinstance(index, cst.Index) and isinstance(index.value, cst.Integer) else None


def _read_before(name: str, index: "ModuleIndex") -> bool:
    """A module-level statement read before this one mentions ``name`` otherwise than by binding or changing it."""
    for small in index.seen_smalls:
        if _grown_name(small) == name or _assigned_name(small) == name:
            continue
        if any((type(n) is cst.Name and n.value == name)  # type: ignore[attr-defined]
               # (send(row) at the top: a function of the module called before the removal may read the list)
               or (type(n) is cst.Call and isinstance(n.func, cst.Name) and n.func.value in index.functions)  # type: ignore[attr-defined]
               for n in walk(small)):
            return True
    return False


def _without_element(old: cst.BaseExpression, at: int) -> cst.BaseExpression | None:
    """The written list (or set) ``old`` without its element at ``at`` (None: not such a list, or no such element,
    or one spread from another: ``[*BASE, "ssn"]``)."""
    if not isinstance(old, (cst.List, cst.Set)) or any(isinstance(e, cst.StarredElement) for e in old.elements):
        return None
    elements = list(old.elements)
    if not -len(elements) <= at < len(elements):
        return None
    del elements[at]
    return old.with_changes(elements=elements)


def _register(fn: "cst.FunctionDef | cst.ClassDef", index: ModuleIndex) -> None:
    """``@handler("ice")`` (or ``@register``) on ``fn`` (a function or a class), with a decorator of the module
    that keeps it in a module constant dict (``HANDLERS[name] = fn``, ``REGISTRY[cls.__name__] = cls``): the
    dict gets that entry, as a module-level ``HANDLERS["ice"] = send_ice`` would give it."""
    for decorator in fn.decorators:
        expr = decorator.decorator
        made = index.functions.get(expr.func.value if isinstance(expr, cst.Call) and isinstance(expr.func, cst.Name) else
                                   expr.value if isinstance(expr, cst.Name) else "")
        if made is None:
            continue
        inner = next((s for s in _statements(made.body) if isinstance(s, cst.FunctionDef)), None) if isinstance(expr, cst.Call) else made
        if inner is None or len(inner.params.params) != 1:
            continue
        given = inner.params.params[0].name.value
        for stored in walk(inner.body):
            if not (isinstance(stored, cst.Assign) and len(stored.targets) == 1 and isinstance(stored.targets[0].target, cst.Subscript)
                    and isinstance(stored.value, cst.Name) and stored.value.value == given):
                continue
            target = stored.targets[0].target
            table = target.value.value if isinstance(target.value, cst.Name) else None
            index_slice = target.slice[0].slice if len(target.slice) == 1 else None
            old = index.constants.get(table or "")
            if not isinstance(old, cst.Dict) or not isinstance(index_slice, cst.Index):
                continue
            key = index_slice.value
            if isinstance(key, cst.Attribute) and isinstance(key.value, cst.Name) and key.value.value == given and key.attr.value == "__name__":
                key = cst.SimpleString(repr(fn.name.value))  # REGISTRY[fn.__name__] = fn
            elif isinstance(key, cst.Name) and isinstance(expr, cst.Call):
                # def handler(name): def deco(fn): HANDLERS[name] = fn: the decorator's argument for that parameter
                names = [p.name.value for p in made.params.params]
                position = names.index(key.value) if key.value in names else -1
                found = next((a.value for a in expr.args if a.keyword is not None and a.keyword.value == key.value), None)
                if found is None and 0 <= position < len(expr.args) and expr.args[position].keyword is None:
                    found = expr.args[position].value
                # (@route(ICE_TOPIC) with ICE_TOPIC = "ice.eid.referrals.v1": that literal)
                key = _registry_key(found, index)  # type: ignore[assignment]
            # (a key the decorator's argument gives: a literal, or an imported constant's name)
            if isinstance(key, cst.SimpleString) or (key is not None and key is not index_slice.value):
                index.constants[table] = _with_registered(old, key, cst.Name(fn.name.value))  # type: ignore[index]


def _registered_by_call(stmt: cst.BaseSmallStatement, index: ModuleIndex) -> bool:
    """``register("ice.eid.referrals.v1", federal_record)`` at module level, with ``def register(topic, fn): REG[topic] =
    fn`` a function of the module storing into a module constant dict: the dict gets that entry (as a decorator of
    the module registering the function does). True when ``stmt`` was such a call."""
    call = stmt.value if isinstance(stmt, cst.Expr) else None
    if not isinstance(call, cst.Call) or not isinstance(call.func, cst.Name) or any(a.star for a in call.args):
        return False
    fn = index.functions.get(call.func.value)
    if fn is None or isinstance(fn.params.star_arg, cst.Param) or len(fn.params.params) != len(call.args):
        return False
    # (by position, or register(topic="ice.bulk", fn=post_built) by keyword)
    positional = [a for a in call.args if a.keyword is None]
    given = {p.name.value: a.value for p, a in zip(fn.params.params, positional, strict=False)}
    given.update({a.keyword.value: a.value for a in call.args if a.keyword is not None})
    stores = [s for s in walk(fn.body) if isinstance(s, cst.Assign) and len(s.targets) == 1 and isinstance(s.targets[0].target, cst.Subscript)]
    registered = False
    for stored in stores:
        target = cst.ensure_type(stored.targets[0].target, cst.Subscript)
        table = target.value.value if isinstance(target.value, cst.Name) else None
        old = index.constants.get(table or "")
        slot = target.slice[0].slice if len(target.slice) == 1 else None
        if not isinstance(old, cst.Dict) or not isinstance(slot, cst.Index) or not isinstance(slot.value, cst.Name):
            continue
        key = _registry_key(given.get(slot.value.value), index)
        if isinstance(stored.value, cst.Dict):
            # PARTNERS[name] = {"url": url, "columns": columns}: the entry built of the call's arguments
            value = _entry_of_arguments(stored.value, given)
        elif isinstance(stored.value, cst.Name):
            value = given.get(stored.value.value)
        else:
            continue
        if key is None or not ((isinstance(value, cst.Name) and value.value in index.functions)
                               or isinstance(value, (cst.Lambda, cst.Dict, cst.List, cst.Tuple, cst.SimpleString))):
            # (a function of the module, a lambda, register_extractor("ref", lambda m: m.race_cd), or a literal,
            # register_partner("federal", {"url": "https://eid.ice.gov/..."}))
            continue
        index.constants[table] = _with_registered(old, key, value)  # type: ignore[index]
        registered = True  # (each table the function stores the value into: REG[k] = v; ALSO[k] = v)
        if not isinstance(value, cst.Name):
            # (literals and lambdas; a table of the module's functions is read as before: its unfolded calls add functions)
            tables, calls = index.registered.setdefault(fn.name.value, ({}, set()))
            tables[table] = slot.value.value  # type: ignore[index]
    if registered and fn.name.value in index.registered:
        index.registered[fn.name.value][1].add(id(call))
    return registered


def _unroll_registrations(stmt: cst.BaseStatement, index: ModuleIndex) -> None:
    """``for name, cfg in OVERRIDES: register_partner(name, cfg)`` at module level over a constant list of tuples
    (or a literal one): each element registered in turn, as the calls written out would be (later entries win)."""
    if not isinstance(stmt, cst.For) or not isinstance(stmt.body, cst.IndentedBlock) or len(stmt.body.body) != 1:
        return
    line = stmt.body.body[0]
    call = line.body[0].value if isinstance(line, cst.SimpleStatementLine) and len(line.body) == 1 and isinstance(line.body[0], cst.Expr) else None
    if not isinstance(call, cst.Call) or not isinstance(call.func, cst.Name) or call.func.value not in index.registered:
        return
    iterated = index.constants.get(stmt.iter.value) if isinstance(stmt.iter, cst.Name) and stmt.iter.value not in index.grown else stmt.iter
    targets = [e.value for e in stmt.target.elements] if isinstance(stmt.target, cst.Tuple) else [stmt.target]
    if not isinstance(iterated, (cst.List, cst.Tuple)) or not all(isinstance(t, cst.Name) for t in targets) or len(iterated.elements) > 64:
        return
    names = [cst.ensure_type(t, cst.Name).value for t in targets]
    for element in iterated.elements:
        parts = list(element.value.elements) if isinstance(element.value, (cst.Tuple, cst.List)) and len(names) > 1 else [element]
        if len(parts) != len(names):
            return
        bound = {n: p.value for n, p in zip(names, parts, strict=True)}
        args = [a.with_changes(value=bound[a.value.value]) if isinstance(a.value, cst.Name) and a.value.value in bound else a for a in call.args]
        _registered_by_call(cst.Expr(call.with_changes(args=args)), index)
    index.registered[call.func.value][1].add(id(call))  # (the loop's call, read element by element)


def _entry_of_arguments(built: cst.Dict, given: "dict[str, cst.BaseExpression]") -> cst.Dict | None:
    """``{"url": url, "columns": columns}`` of a registering function, with each parameter replaced by what the call
    gave it (literals only); None when an entry is not a literal key with a parameter or a literal value."""
    elements = []
    for element in built.elements:
        if not isinstance(element, cst.DictElement) or not isinstance(element.key, cst.SimpleString):
            return None
        value = element.value
        if isinstance(value, cst.Name) and value.value in given:
            value = given[value.value]
        if not isinstance(value, (cst.SimpleString, cst.List, cst.Tuple, cst.Dict, cst.Integer, cst.Name)):
            return None
        elements.append(element.with_changes(value=value))
    return built.with_changes(elements=elements)


def _unfolded_registrations(module: cst.Module, index: ModuleIndex) -> None:
    """A registering function the module also calls where the call could not be folded (in a loop at import, in a
    helper, with keys or values not written out): its tables may hold other entries, so they are grown (read as
    the module's state, not as the literal the folded calls made)."""
    if not index.registered:
        return
    for stmt in module.body:
        _unroll_registrations(stmt, index)
    for node in walk(module, lambda n: type(n) in (cst.SimpleString, cst.Integer, cst.Float)):
        if type(node) is not cst.Call or type(node.func) is not cst.Name or node.func.value not in index.registered:  # type: ignore[attr-defined]
            continue
        call = cst.ensure_type(node, cst.Call)
        tables, folded = index.registered[cst.ensure_type(call.func, cst.Name).value]
        if id(call) in folded:
            continue
        fn = index.functions.get(cst.ensure_type(call.func, cst.Name).value)
        params = [p.name.value for p in fn.params.params] if fn is not None else []
        given = {p: a.value for p, a in zip(params, [a for a in call.args if a.keyword is None], strict=False)}
        given.update({a.keyword.value: a.value for a in call.args if a.keyword is not None})
        for table, slot in tables.items():
            old = index.constants.get(table)
            if not isinstance(old, cst.Dict):
                continue
            key = given.get(slot)
            text = _string_constant(key, index.constants, index.classes) if key is not None else None
            if isinstance(text, cst.SimpleString) and isinstance(string_value(text), str):
                # refresh() registering "state" again: that entry may be either, the others stay as folded
                index.constants[table] = old.with_changes(elements=[e for e in old.elements if not (
                    isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString) and string_value(e.key) == string_value(text))])
            # (a key not written out, in a helper or under __main__: not followed; the folded entries stay as written)


def _with_entries(old: cst.Dict, added: "list[cst.BaseDictElement]") -> cst.Dict:
    """``old`` with the entries ``added`` (a key given again replaces its entry, as Python does): one
    flat literal when every key is a string literal, else ``{**old, ...added}``."""
    def key(e: cst.BaseDictElement) -> object:
        return string_value(e.key) if isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString) else None
    keys = [key(e) for e in (*old.elements, *added)]
    if any(not isinstance(k, str) for k in keys):
        return cst.Dict([cst.StarredDictElement(old), *added])
    replaced = {key(e) for e in added}
    return cst.Dict([*(e for e in old.elements if key(e) not in replaced), *added])


def _literal_keys(d: cst.Dict) -> set[str] | None:
    """The string keys of a dict literal (through ``**`` of dict literals); None when one is not a literal."""
    keys: set[str] = set()
    for element in d.elements:
        if isinstance(element, cst.StarredDictElement):
            inner = _literal_keys(element.value) if isinstance(element.value, cst.Dict) else None
            if inner is None:
                return None
            keys |= inner
            continue
        key = string_value(element.key) if isinstance(element.key, cst.SimpleString) else None
        if not isinstance(key, str):
            return None
        keys.add(key)
    return keys


def _record_constant(stmt: cst.BaseSmallStatement, into: dict[str, cst.BaseExpression], grown: dict[str, tuple[int, cst.BaseExpression]] | None = None,
                     classes: "dict[str, ClassInfo] | None" = None, index: "ModuleIndex | None" = None) -> None:
    if _record_change(stmt, into, grown if grown is not None else {}, classes, index):
        return
    if isinstance(stmt, cst.Assign):
        for target in stmt.targets:
            value = stmt.value
            if isinstance(target.target, cst.Name) and isinstance(value, cst.BinaryOperation) and isinstance(value.left, cst.Name) \
                    and value.left.value == target.target.value and target.target.value in into:
                # ALLOWED = ALLOWED + ("preferred_language",): the earlier value, with the addition (as +=)
                value = value.with_changes(left=into[target.target.value])
            elif isinstance(target.target, cst.Name) and isinstance(value, (cst.Tuple, cst.List)) and target.target.value in into and any(
                    isinstance(e, cst.StarredElement) and isinstance(e.value, cst.Name) and e.value.value == target.target.value for e in value.elements):
                # PERMITTED = (*PERMITTED, "home_address"): the earlier value, spread, with the addition
                value = value.with_changes(elements=[
                    e.with_changes(value=into[target.target.value]) if isinstance(e, cst.StarredElement) and isinstance(e.value, cst.Name)
                    and e.value.value == target.target.value else e for e in value.elements])
            if isinstance(target.target, cst.Name):
                into[target.target.value] = value
            elif isinstance(target.target, (cst.Tuple, cst.List)) and isinstance(stmt.value, (cst.Tuple, cst.List)):
                # HOST, PORT = "eid.ice.gov", 8443: each name is its own element
                names, values = target.target.elements, stmt.value.elements
                if len(names) == len(values) and not any(isinstance(e, cst.StarredElement) for e in (*names, *values)):
                    for name, value in zip(names, values, strict=True):
                        if isinstance(name.value, cst.Name):
                            into[name.value.value] = value.value
            elif isinstance(target.target, (cst.Tuple, cst.List)) and isinstance(stmt.value, cst.Call) and dotted(stmt.value.func) == "range" \
                    and len(stmt.value.args) == 1 and isinstance(stmt.value.args[0].value, cst.Integer) \
                    and stmt.value.args[0].value.evaluated_value == len(target.target.elements):
                # CIN, DOB, SSN = range(3): the positions of a row's columns, each name its number
                for position, name in enumerate(target.target.elements):
                    if isinstance(name.value, cst.Name):
                        into[name.value.value] = cst.Integer(str(position))
    elif isinstance(stmt, cst.AnnAssign) and stmt.value is not None and isinstance(stmt.target, cst.Name):
        into[stmt.target.value] = stmt.value
    elif isinstance(stmt, cst.AugAssign) and isinstance(stmt.target, cst.Name) and stmt.target.value not in into \
            and isinstance(stmt.operator, (cst.AddAssign, cst.BitOrAssign)):
        # from .base import *; ICE_FIELDS += [...]: the imported constant with the addition (folded where the
        # name on the left is the imported one, as for ICE_FIELDS = ICE_FIELDS + [...])
        operator: cst.BaseBinaryOp = cst.Add() if isinstance(stmt.operator, cst.AddAssign) else cst.BitOr()
        into[stmt.target.value] = cst.BinaryOperation(left=stmt.target, operator=operator, right=stmt.value)


def _named_tuple(small: cst.BaseSmallStatement, index: ModuleIndex) -> ClassInfo | None:
    """``Row = collections.namedtuple("Row", ["cin", "dob"])`` (or ``"cin dob"``, or the functional
    ``typing.NamedTuple("Row", [("cin", str), ...])``, ``dataclasses.make_dataclass``,
    ``attr.make_class``, pydantic ``create_model(..., cin=(str, ...))``): a model class of the module
    whose fields are those names, each declared at its own string (or keyword). None for anything else."""
    if not (isinstance(small, cst.Assign) and isinstance(small.value, cst.Call) and small.value.args):
        return None
    qual = index.qualify(dotted(small.value.func) or "") or ""
    target = small.targets[0].target
    if not isinstance(target, cst.Name):
        return None
    fields: list[tuple[str, cst.CSTNode]] = []
    func = small.value.func
    schema = dotted(func.value) if isinstance(func, cst.Attribute) and func.attr.value == "from_dict" else None
    if schema is not None and isinstance(small.value.args[0].value, cst.Dict):
        # ReferralSchema = Schema.from_dict({"cin": fields.Str(), ...}): a marshmallow schema whose fields are
        # the dict's entries, each declared at its own entry (as a class body's would be)
        base = index.qualify(schema) or schema
        own = index.classes.get(schema)
        if not (base in MODELS.declared_schemas or (own is not None and own.declared_only)):
            return None
        for entry in small.value.args[0].value.elements:
            text = string_value(entry.key) if isinstance(entry, cst.DictElement) and isinstance(entry.key, cst.SimpleString) else None
            if not isinstance(text, str):
                return None
            if not _private_attribute(text, entry.value, set(), index):  # type: ignore[union-attr]
                fields.append((text, entry))
        node = cst.ClassDef(name=target, body=cst.IndentedBlock(body=[]))
        return ClassInfo(target.value, node, fields=fields, is_model=True, bases=[schema if own is not None else base], is_serializer=True, declared_only=True)
    if qual in ("pydantic.create_model", "pydantic.main.create_model"):
        # create_model("Subject", medicaid_id=(str, ...), date_of_birth=(str, ...)): each keyword is a field
        fields = [(a.keyword.value, a.keyword) for a in small.value.args if a.keyword is not None and not a.keyword.value.startswith("__")]
        node = cst.ClassDef(name=target, body=cst.IndentedBlock(body=[]))
        return ClassInfo(target.value, node, fields=fields, is_model=True, bases=[qual]) if fields else None
    if len(small.value.args) < 2 or qual not in (
        "collections.namedtuple", "typing.NamedTuple", "typing_extensions.NamedTuple", "typing.TypedDict", "typing_extensions.TypedDict",
        "dataclasses.make_dataclass", "attr.make_class", "attrs.make_class",
    ):
        return None
    listed = small.value.args[1].value
    if isinstance(listed, cst.Dict):
        # TypedDict("IceSubject", {"cin": str, "ssn": str}): each key is a declared field
        for entry in listed.elements:
            text = string_value(entry.key) if isinstance(entry, cst.DictElement) and isinstance(entry.key, cst.SimpleString) else None
            if not isinstance(text, str):
                return None
            fields.append((text, entry.key))
    elif isinstance(listed, cst.SimpleString) and isinstance(string_value(listed), str):
        fields = [(name, listed) for name in re.split(r"[\s,]+", str(string_value(listed))) if name]
    elif isinstance(listed, (cst.List, cst.Tuple)):
        for element in listed.elements:
            value = element.value
            if isinstance(value, (cst.Tuple, cst.List)) and value.elements:
                value = value.elements[0].value  # ("cin", str)
            text = string_value(value) if isinstance(value, cst.SimpleString) else None
            if not isinstance(text, str):
                return None
            fields.append((text, value))
    if not fields:
        return None
    # a class statement made for it, named by the assignment's own target (so its line is the assignment's)
    node = cst.ClassDef(name=target, body=cst.IndentedBlock(body=[]))
    return ClassInfo(target.value, node, fields=fields, is_model=True, bases=[qual])


def _class_info(node: cst.ClassDef, index: ModuleIndex) -> ClassInfo:
    info = ClassInfo(node.name.value, node)
    # (a generic base is its class: RootModel[list[Identity]] is RootModel)
    written = [arg.value.value if isinstance(arg.value, cst.Subscript) else arg.value for arg in node.bases if arg.keyword is None]
    info.bases = [b for b in (dotted(w) for w in written) if b]
    bases = {index.qualify(dotted(w) or "") or dotted(w) or "" for w in written}
    decorators = set()
    for dec in node.decorators:
        expr = dec.decorator.func if isinstance(dec.decorator, cst.Call) else dec.decorator
        decorators.add(index.qualify(dotted(expr) or "") or "")
    info.is_serializer = any(b.startswith(MODELS.serializer_modules) for b in bases) or any(
        index.classes[b].is_serializer for b in bases if b in index.classes
    ) or any(b not in index.classes and "." in b and b.rsplit(".", 1)[-1].endswith("Serializer") for b in bases)
    # (a base imported from another module of the project and named for a serializer, MemberBasicSerializer: one; a
    # ...Schema is as often a pydantic model as a marshmallow schema, so its name decides nothing)
    info.is_model = bool(bases & MODELS.bases or decorators & MODELS.decorators or bases & {c for c, i in index.classes.items() if i.is_model})
    for base in written:
        # class Enrollee(collections.namedtuple("Enrollee", ["cin", "dob"])): a model with the base's fields
        based = _named_tuple(cst.Assign(targets=[cst.AssignTarget(target=node.name)], value=base), index) if isinstance(base, cst.Call) else None
        if based is not None:
            info.fields.extend(based.fields)
            info.is_model = True
    for arg in node.keywords:
        if arg.keyword is not None and arg.keyword.value == "rename" and isinstance(arg.value, cst.Dict):
            # class IceSubject(msgspec.Struct, rename={"member_ref": "ssn"}): member_ref is sent as "ssn"
            for entry in arg.value.elements:
                if isinstance(entry, cst.DictElement) and isinstance(entry.key, cst.SimpleString) and isinstance(entry.value, cst.SimpleString):
                    old, new = string_value(entry.key), string_value(entry.value)
                    if isinstance(old, str) and isinstance(new, str):
                        info.renamed[old] = new
    body: Sequence[cst.CSTNode] = node.body.body if isinstance(node.body, cst.IndentedBlock) else [cst.SimpleStatementLine(body=node.body.body)]
    meta: cst.ClassDef | None = None
    hidden: set[str] = set()  # fields never serialized (write_only=True, PrivateAttr): not placed by Meta.fields either
    for item in body:
        if isinstance(item, cst.FunctionDef):
            earlier = info.methods.get(item.name.value)
            if earlier is not None and earlier.decorators and item.decorators:
                info.shadowed.append(earlier)  # @handle.register def _(self, ...) twice (singledispatchmethod)
            info.methods[item.name.value] = item
            if info.is_model and any(decorator_name(d.decorator) == "computed_field" for d in item.decorators) and _built_from_self(item):
                info.fields.append((item.name.value, item))  # @computed_field: dumped with the declared fields
        elif isinstance(item, cst.SimpleStatementLine):
            for stmt in item.body:
                if isinstance(stmt, cst.AnnAssign) and isinstance(stmt.target, cst.Name):
                    ann = dotted(stmt.annotation.annotation) if not isinstance(stmt.annotation.annotation, cst.Subscript) else dotted(stmt.annotation.annotation.value)
                    private = _private_attribute(stmt.target.value, stmt.value, bases, index) or any(
                        _private_attribute(stmt.target.value, meta, set(), index) for meta in _annotated_metadata(stmt.annotation.annotation))
                    if not (ann or "").endswith(("ClassVar", "InitVar")) and not private:
                        info.fields.append((stmt.target.value, stmt))
                    elif private:
                        info.hidden_fields.add(stmt.target.value)
                elif isinstance(stmt, cst.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0].target, cst.Name):
                    if isinstance(stmt.value, cst.Call) and not _private_attribute(stmt.targets[0].target.value, stmt.value, set(), index):
                        qual = index.qualify(dotted(stmt.value.func) or "") or ""
                        made = (dotted(stmt.value.func) or "").rsplit(".", 1)[-1]
                        # member = MemberSerializer(many=True): a nested serializer (of the module, or imported)
                        nested = info.is_serializer and (made in index.classes and index.classes[made].is_serializer or made.endswith(("Serializer", "Schema")))
                        if qual in MODELS.field_calls or qual.startswith(MODELS.field_modules) or nested:
                            info.fields.append((stmt.targets[0].target.value, stmt))
                    elif isinstance(stmt.value, cst.Call):
                        hidden.add(stmt.targets[0].target.value)
                    elif isinstance(stmt.value, cst.Name) and (stmt.value.value in info.methods or stmt.value.value in info.aliases) \
                            and stmt.targets[0].target.value not in info.methods:
                        # find = get_by_cin: the class's own method under a second name (not a library's find); submit = find
                        info.aliases[stmt.targets[0].target.value] = info.aliases.get(stmt.value.value, stmt.value.value)
                _record_constant(stmt, info.constants)
        elif isinstance(item, cst.ClassDef) and item.name.value == "Meta":
            meta = item
    info.declared_only = bool(bases & MODELS.declared_schemas) or any(index.classes[b].declared_only for b in info.bases if b in index.classes)
    _subclass_keywords(node, info, index)
    if meta is not None:
        # read after the whole body: fields declared below the Meta are the same fields
        _meta_fields(meta, info, index, frozenset(hidden), bool(bases & MODELS.auto_schemas))
    return info


def _subclass_keywords(node: cst.ClassDef, info: ClassInfo, index: ModuleIndex) -> None:
    """``class FederalPartner(Partner, url=ICE_URL)`` with ``Partner.__init_subclass__(cls, url="", **kw)``
    doing ``cls.url = url``: the class's own constant ``url`` is what the keyword gives (or the parameter's
    default), as if written in its body; its body's own assignment still wins."""
    given = {a.keyword.value: a.value for a in (*node.bases, *node.keywords) if a.keyword is not None and a.keyword.value != "metaclass"}
    for base in info.bases:
        hook = index.classes[base].methods.get("__init_subclass__") if base in index.classes else None
        if hook is None:
            continue
        params = {p.name.value: p for p in (*hook.params.posonly_params, *hook.params.params, *hook.params.kwonly_params)}
        # (set on every call: a statement of the hook's own body; one under an if takes only a keyword given)
        unconditional = {id(s) for line in _statements(hook.body) if isinstance(line, cst.SimpleStatementLine) for s in line.body}
        for stmt in walk(hook.body):
            if not (isinstance(stmt, cst.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0].target, cst.Attribute)
                    and isinstance(stmt.targets[0].target.value, cst.Name) and stmt.targets[0].target.value.value == "cls"):
                continue
            held = stmt.value
            # cls.url = url or cls.url, cls.url = url if url is not None else cls.url: the keyword when it is given
            kept_otherwise = isinstance(held, cst.BooleanOperation) and isinstance(held.operator, cst.Or) and isinstance(held.left, cst.Name)
            if kept_otherwise:
                held = held.left  # type: ignore[union-attr]
            elif isinstance(held, cst.IfExp) and isinstance(held.body, cst.Name) and held.body.value in params:
                held, kept_otherwise = held.body, True
            if not (isinstance(held, cst.Name) and held.value in params):
                continue
            attr, param = stmt.targets[0].target.attr.value, params[held.value]
            default = param.default if id(stmt) in unconditional and not kept_otherwise else None
            value = given.get(param.name.value, default)
            if value is not None and attr not in info.constants:
                info.constants[attr] = value
        return


def annotated_metadata(annotation: cst.BaseExpression) -> list[cst.BaseExpression]:
    """``_annotated_metadata`` of ``annotation``."""
    return _annotated_metadata(annotation)


def _annotated_metadata(annotation: cst.BaseExpression) -> list[cst.BaseExpression]:
    """The metadata of ``Annotated[T, Field(exclude=True), ...]``: what follows the type."""
    if isinstance(annotation, cst.Subscript) and (dotted(annotation.value) or "").rpartition(".")[2] == "Annotated":
        return [e.slice.value for e in annotation.slice[1:] if isinstance(e.slice, cst.Index)]
    return []


def _private_attribute(name: str, value: cst.BaseExpression | None, bases: set[str], index: ModuleIndex) -> bool:
    """``_source_row: dict = PrivateAttr(...)``, or an underscore name on a pydantic model: a private
    attribute, never serialized (a dataclass's or attrs class's underscore field is a field); so is a
    field declared ``Field(exclude=True)``, ``write_only=True`` (DRF) or ``load_only=True`` (marshmallow)."""
    if isinstance(value, cst.Call) and (index.qualify(dotted(value.func) or "") or "").endswith("PrivateAttr"):
        return True
    if isinstance(value, cst.Call) and any(
        a.keyword is not None and a.keyword.value in ("exclude", "write_only", "load_only") and isinstance(a.value, cst.Name) and a.value.value == "True"
        for a in value.args
    ):
        return True
    return name.startswith("_") and any(b.startswith("pydantic") or b.endswith("BaseModel") for b in bases)


def _meta_fields(meta: cst.ClassDef, info: ClassInfo, index: ModuleIndex, hidden: frozenset[str] = frozenset(), auto: bool = False) -> None:
    """A serializer's ``class Meta: fields = (...)``: each name is a declared field, at its own line
    (also through a list constant of the module above the class: ``fields = REFERRAL_FIELDS``, each
    name at its line in the constant); ``fields = "__all__"`` or ``exclude = (...)`` leaves the fields
    unbounded, except in a schema whose fields are only those it declares (``info.declared_only``: a
    marshmallow ``Schema``), where ``exclude`` drops those names. A schema made from a model (``auto``:
    marshmallow-sqlalchemy's ``SQLAlchemyAutoSchema``) with ``model = ...`` and no ``fields`` holds
    every column of it."""
    body = meta.body.body if isinstance(meta.body, cst.IndentedBlock) else meta.body.body
    statements = [stmt for line in body for stmt in getattr(line, "body", ())
                  if isinstance(stmt, cst.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0].target, cst.Name)]
    targets = {stmt.targets[0].target.value: stmt.value for stmt in statements}  # type: ignore[attr-defined]
    write_only = _write_only(targets)
    hidden = hidden | write_only
    if auto and "model" in targets and "fields" not in targets and "exclude" not in targets:
        info.whole = targets["model"]
        info.whole_detail = "Meta.model (every column)"
    for line in body:
        for stmt in getattr(line, "body", ()):
            if not (isinstance(stmt, cst.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0].target, cst.Name)):
                continue
            target, value = stmt.targets[0].target.value, stmt.value
            elements = field_elements(value, index) if target in ("fields", "exclude") else None
            if target == "exclude" and info.declared_only and elements is not None:
                # a marshmallow Schema's own fields, but these (class Meta: exclude = ("ssn",)): the rest is bounded
                dropped = {string_value(e) for e in elements if isinstance(e, cst.SimpleString)}
                info.fields = [(n, d) for n, d in info.fields if n not in dropped]
            elif target == "exclude" or (target == "fields" and _all_fields(value, index)):
                info.whole = value
                info.whole_detail = 'fields = "__all__"' if target == "fields" else "Meta.exclude (every other field)"
            elif target == "fields" and elements is None and info.is_serializer and (isinstance(value, cst.Call) or (
                    isinstance(value, (cst.ListComp, cst.GeneratorExp, cst.SetComp)) and not isinstance(value.for_in.iter, (cst.Name, cst.List, cst.Tuple)))):
                # fields = get_fields(), [f.name for f in Member._meta.get_fields()]: which fields, the analysis
                # cannot say (SPEC section 6); [f for f in REFERRAL_FIELDS if ...] of a list it cannot read is a
                # part of a bounded list, not every field
                info.whole = value
                info.whole_detail = "Meta.fields not known"
            elif target == "fields" and elements is not None:
                declared = dict(info.fields) if info.is_serializer else {}
                for element in elements:
                    text = string_value(element) if isinstance(element, cst.SimpleString) else None
                    if isinstance(text, str) and text not in hidden:
                        if text in declared:
                            # ssn = serializers.CharField() listed in fields too: one field, at the list
                            info.fields = [(n, d) for n, d in info.fields if n != text]
                            info.declared_at[text] = declared[text]
                        info.fields.append((text, element))
                if info.is_serializer and all(isinstance(e, cst.SimpleString) for e in elements):
                    # a declared field the Meta does not list is not dumped (marshmallow leaves it out; DRF refuses it)
                    listed = {string_value(e) for e in elements if isinstance(e, cst.SimpleString)}
                    info.fields = [(n, d) for n, d in info.fields if n in listed]
    if write_only:
        info.fields = [(n, d) for n, d in info.fields if n not in write_only]  # declared, but input only


def _write_only(meta: dict[str, cst.BaseExpression]) -> frozenset[str]:
    """The fields a ``Meta`` makes input only, never serialized: DRF's ``extra_kwargs = {"last_name":
    {"write_only": True}}``, marshmallow's ``load_only = ("ssn",)``."""
    out: set[str] = set()
    extra = meta.get("extra_kwargs")
    for element in extra.elements if isinstance(extra, cst.Dict) else ():
        if isinstance(element, cst.DictElement) and isinstance(element.key, cst.SimpleString) and isinstance(element.value, cst.Dict) and any(
                isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString) and string_value(e.key) == "write_only"
                and isinstance(e.value, cst.Name) and e.value.value == "True" for e in element.value.elements):
            out.add(str(string_value(element.key)))
    listed = meta.get("load_only")
    for element in listed.elements if isinstance(listed, (cst.List, cst.Tuple, cst.Set)) else ():
        if isinstance(element.value, cst.SimpleString):
            out.add(str(string_value(element.value)))
    return frozenset(out)


def field_elements(value: cst.BaseExpression, index: ModuleIndex, depth: int = 0) -> list[cst.BaseExpression] | None:
    """The names a ``Meta.fields`` value lists, as written: a list or tuple literal, a list constant of the
    module, ``+`` of them, ``[*BASE, "ssn"]`` (None: not known from the text)."""
    if depth > 8:
        return None
    if isinstance(value, cst.Name) and value.value not in index.grown and value.value in index.constants:
        return field_elements(index.constants[value.value], index, depth + 1)
    if isinstance(value, cst.Call) and isinstance(value.func, cst.Name) and value.func.value in ("list", "tuple", "sorted") \
            and len(value.args) == 1 and not value.args[0].star and value.args[0].keyword is None:
        return field_elements(value.args[0].value, index, depth + 1)  # fields = list(PERMITTED)
    written = dotted(value) if isinstance(value, cst.Attribute) else None
    if written is not None and written.count(".") == 2 and written.endswith(".Meta.fields") and written.split(".", 1)[0] in index.classes:
        # fields = BaseSerializer.Meta.fields + ("ssn",): the base's list, as written in its Meta
        found = meta_assignment(index.classes[written.split(".", 1)[0]].node, "fields")
        return field_elements(found, index, depth + 1) if found is not None else None
    if isinstance(value, cst.Call) and isinstance(value.func, cst.Name) and not value.args and value.func.value in index.functions \
            and value.func.value not in index.constants:
        # fields = referral_fields() of a function of the module returning a list literal (or a constant): the names it
        # returns, each where the function wrote it (round 515b)
        fn = index.functions[value.func.value]
        returns = [r.value for r in _returns(fn)]
        if not returns or any(r is None for r in returns) or fn.params.params or fn.asynchronous is not None:
            return None
        parts = [field_elements(r, index, depth + 1) for r in returns if r is not None]
        return [e for part in parts for e in part or ()] if all(part is not None for part in parts) else None
    if isinstance(value, cst.BinaryOperation) and isinstance(value.operator, cst.Add):
        left, right = field_elements(value.left, index, depth + 1), field_elements(value.right, index, depth + 1)
        return left + right if left is not None and right is not None else None
    if isinstance(value, (cst.List, cst.Tuple)):
        out: list[cst.BaseExpression] = []
        for element in value.elements:
            if isinstance(element, cst.StarredElement):
                spread = field_elements(element.value, index, depth + 1)
                if spread is None:
                    return None
                out.extend(spread)
            else:
                out.append(element.value)
        return out
    if isinstance(value, (cst.ListComp, cst.GeneratorExp)) and isinstance(value.elt, cst.Name) and isinstance(value.for_in.target, cst.Name) \
            and value.elt.value == value.for_in.target.value and value.for_in.inner_for_in is None:
        # fields = [f for f in BASE_FIELDS if f != "ssn"]: the list's names the test keeps
        listed = field_elements(value.for_in.iter, index, depth + 1)
        if listed is None:
            return None
        kept = [e for e in listed if all(_keeps(cond.test, value.elt.value, e, index) for cond in value.for_in.ifs)]
        return kept if all(_keeps(cond.test, value.elt.value, None, index) is not None for cond in value.for_in.ifs) else None
    return None


def _returns(fn: cst.FunctionDef) -> list[cst.Return]:
    """The ``return`` statements of ``fn``'s own body (not of functions or classes nested in it)."""
    found: list[cst.Return] = []
    todo: list[cst.CSTNode] = [fn.body]
    while todo:
        node = todo.pop()
        if isinstance(node, cst.Return):
            found.append(node)
        elif not isinstance(node, (cst.FunctionDef, cst.ClassDef, cst.Lambda)) or node is fn.body:
            todo.extend(node.children)
    return found


def _keeps(test: cst.BaseExpression, name: str, element: cst.BaseExpression | None, index: ModuleIndex) -> bool | None:
    """Whether ``f != "ssn"`` or ``f not in HIDDEN`` (with ``f`` the loop's name) keeps the literal
    ``element``; None when the test is of another shape (with ``element`` None: only the shape is asked)."""
    if not (isinstance(test, cst.Comparison) and len(test.comparisons) == 1 and isinstance(test.left, cst.Name) and test.left.value == name):
        return None
    operator, right = test.comparisons[0].operator, test.comparisons[0].comparator
    if isinstance(operator, (cst.NotEqual, cst.Equal)) and isinstance(right, cst.SimpleString):
        others = [right]
    elif isinstance(operator, (cst.NotIn, cst.In)):
        others = field_elements(right, index, 1) or []
        if not others:
            return None
    else:
        return None
    if element is None:
        return True
    texts = {string_value(o) for o in others if isinstance(o, cst.SimpleString)}
    inside = isinstance(element, cst.SimpleString) and string_value(element) in texts
    return inside if isinstance(operator, (cst.Equal, cst.In)) else not inside


def meta_assignment(cls: cst.ClassDef, name: str) -> cst.BaseExpression | None:
    """What ``name`` is assigned in the ``class Meta`` of ``cls`` (None: no such assignment)."""
    for stmt in _statements(cls.body):
        if isinstance(stmt, cst.ClassDef) and stmt.name.value == "Meta":
            for line in _statements(stmt.body):
                for small in getattr(line, "body", ()):
                    if isinstance(small, cst.Assign) and len(small.targets) == 1 and isinstance(small.targets[0].target, cst.Name) \
                            and small.targets[0].target.value == name:
                        return small.value
    return None


def _pragma_comments(source_lines: list[str]) -> list[tuple[int, int, str]]:
    """(line, column, word) of every ``# medicaid-scope: word`` comment (real comments, not strings)."""
    if not any("medicaid-scope" in line.lower() for line in source_lines):
        return []
    out = []
    readline = iter(line + "\n" for line in source_lines).__next__
    try:
        for tok in tokenize.generate_tokens(readline):
            if tok.type == tokenize.COMMENT and "medicaid-scope" in tok.string.lower():
                for match in ANY_PRAGMA.finditer(tok.string):
                    out.append((tok.start[0], tok.start[1] + match.start(), match.group(1)))
    except (tokenize.TokenError, SyntaxError):
        pass
    return out


def build_index(module: cst.Module, source_lines: list[str]) -> ModuleIndex:
    """Index a parsed module."""
    index = ModuleIndex()
    _collect(list(module.body), index, True)
    _local_classes(module, index)
    _import_aliases(module, index)
    _unfolded_registrations(module, index)
    pragma, cleared, bad = set(), set(), []
    for number, col, word in _pragma_comments(source_lines):
        if word.lower() == "enforcement":
            pragma.add(number)
        elif word.lower() == "not-enforcement":
            cleared.add(number)
        else:
            bad.append((number, col, word))
    index.pragma_lines, index.not_pragma_lines, index.bad_pragmas = frozenset(pragma), frozenset(cleared), tuple(bad)
    return index


def _all_fields(value: cst.BaseExpression, index: ModuleIndex) -> bool:
    """``fields = "__all__"`` of a serializer's Meta, also through a module constant bound to it (``EVERYTHING =
    "__all__"``) or DRF's own ``serializers.ALL_FIELDS``."""
    if isinstance(value, cst.Name) and value.value in index.constants and value.value not in index.grown:
        value = index.constants[value.value]
    elif (dotted(value) or "").rsplit(".", 1)[-1] == "ALL_FIELDS" and (index.qualify(dotted(value) or "") or "").startswith("rest_framework"):
        return True
    return isinstance(value, cst.SimpleString) and string_value(value) == "__all__"


_HOLDS_NO_CLASS: dict[type, bool] = {}


def _holds_no_class(node: cst.CSTNode) -> bool:
    """Nothing under ``node`` can be a class statement of the function around it: a class (its own body is
    its own), a simple statement line, an expression, a decorator, parameters. (A type lookup per node.)"""
    kind = type(node)
    flag = _HOLDS_NO_CLASS.get(kind)
    if flag is None:
        flag = _HOLDS_NO_CLASS[kind] = issubclass(kind, (cst.ClassDef, cst.SimpleStatementLine, cst.SimpleStatementSuite, cst.BaseSmallStatement,
                                                          cst.BaseExpression, cst.Decorator, cst.Parameters, cst.Annotation))
    return flag


def _local_classes(module: cst.Module, index: ModuleIndex) -> None:
    """A class declared inside a function (a marshmallow schema or a pydantic model written next to the
    code that dumps it) is known by its name, as a module-level one is, when no other class, function,
    import or constant of the module has that name and no other function declares one of that name. A name
    only other classes share (another function's ``class Person``, a module-level one) is that function's
    class while it runs (``local_classes``); one a function declares twice stays unknown there."""
    found: dict[str, list[cst.ClassDef]] = {}
    tops = [stmt for stmt in module.body if isinstance(stmt, cst.FunctionDef)]
    tops += [item for stmt in module.body if isinstance(stmt, cst.ClassDef) for item in _statements(stmt.body) if isinstance(item, cst.FunctionDef)]
    for fn in tops:
        for node in walk(fn.body, prune=_holds_no_class):
            if type(node) is cst.ClassDef:
                found.setdefault(node.name.value, []).append(node)
    if not found or index.star_imports:
        return  # (from .models import *: any name may be one of another module's classes)
    taken = index.classes.keys() | index.functions.keys() | index.imports.keys() | index.constants.keys() | _bound_names(module)
    others = index.functions.keys() | index.imports.keys() | index.constants.keys() | _bound_names(module)
    for name, nodes in found.items():
        if len(nodes) == 1 and name not in taken:
            index.classes[name] = _class_info(nodes[0], index)
            _collect(_statements(nodes[0].body), index, False)
        elif name not in others:
            module_level = index.classes.get(name)
            if module_level is not None:
                _own_model(module_level, index)
            index.shadowed_classes[name] = module_level
    if index.shadowed_classes:
        for fn in tops:
            _scope_local_classes(fn, {}, index)


def _own_model(info: ClassInfo, index: ModuleIndex) -> ClassInfo:
    """``info``, a class whose name other classes of the module share, known by a name of its own too (``Person<2>``):
    an object made of it refers to it by that name, wherever it is read (a function's own classes are the name only
    while it runs)."""
    info.name = f"{info.name}<{len(index.classes)}>"
    index.classes[info.name] = info
    return info


def _scope_local_classes(fn: cst.FunctionDef, outer: "dict[str, ClassInfo | None]", index: ModuleIndex) -> None:
    """``index.local_classes`` of ``fn`` and of the functions nested in it: the classes of a shadowed name ``fn`` itself
    declares (one: that class; more: not known), else those of the function around it."""
    def own_level(node: cst.CSTNode) -> bool:
        return node is not fn and (isinstance(node, (cst.FunctionDef, cst.Lambda)) or _holds_no_class(node))
    declared: "dict[str, list[cst.ClassDef]]" = {}
    nested = []
    for node in walk(fn, prune=own_level):
        if type(node) is cst.ClassDef and node.name.value in index.shadowed_classes:
            declared.setdefault(node.name.value, []).append(node)
        elif type(node) is cst.FunctionDef and node is not fn:
            nested.append(node)
    scope = dict(outer)
    for name, nodes in declared.items():
        scope[name] = _own_model(_class_info(nodes[0], index), index) if len(nodes) == 1 else None
        if len(nodes) == 1:
            _collect(_statements(nodes[0].body), index, False)
    if scope:
        index.local_classes[id(fn)] = scope
    for inner in nested:
        _scope_local_classes(inner, scope, index)


def _bound_names(module: cst.Module) -> set[str]:
    """Every name the module binds anywhere otherwise than by a ``class`` statement: parameters, assignment,
    loop, ``with`` and ``except`` targets, imports, ``def`` names."""
    out: set[str] = set()
    for node in walk(module):
        kind = type(node)
        if kind is cst.Param:
            out.add(node.name.value)  # type: ignore[attr-defined]
        elif kind is cst.FunctionDef:
            out.add(node.name.value)  # type: ignore[attr-defined]
        elif kind in (cst.AssignTarget, cst.AsName):
            target = node.target if kind is cst.AssignTarget else node.name  # type: ignore[attr-defined]
            out.update(n.value for n in names_in(target))
        elif kind in (cst.AnnAssign, cst.AugAssign, cst.For, cst.CompFor, cst.NamedExpr):
            out.update(n.value for n in names_in(node.target))  # type: ignore[attr-defined]
        elif kind in (cst.Import, cst.ImportFrom):
            out.update(_import_bound(node))  # type: ignore[arg-type]
    return out


def _import_aliases(module: cst.Module, index: ModuleIndex) -> None:
    """``S = settings`` (or ``P = payloads``) at module level, once, of a name an import binds: another
    name for what it imports (``S.PARTNER_URL`` is ``settings.PARTNER_URL``)."""
    candidates = {name: expr.value for name, expr in index.constants.items()
                  if isinstance(expr, cst.Name) and expr.value in index.imports and name not in index.imports and name != expr.value}
    if not candidates:
        return
    bound: dict[str, int] = {}
    # (every binding at module level, under an if or a try too: S = settings; if federal: S = fed_settings)
    for node in walk(module, prune=lambda n: isinstance(n, (cst.FunctionDef, cst.ClassDef))):
        targets = [t.target for t in node.targets] if isinstance(node, cst.Assign) else [node.target] if isinstance(
            node, (cst.AnnAssign, cst.AugAssign)) else [node.name] if isinstance(node, cst.AsName) else []
        for target in targets:
            for name in names_in(target) if not isinstance(target, cst.Name) else [target]:
                bound[name.value] = bound.get(name.value, 0) + 1
    for name, imported in candidates.items():
        if bound.get(name) == 1 and name not in index.grown and name not in index.functions and name not in index.classes:
            index.imports[name] = index.imports[imported]


def placeholder(fn: cst.FunctionDef) -> bool:
    """``fn`` only stands in for a body written elsewhere: a stub (``...``, ``pass``, a docstring, ``raise
    NotImplementedError``), a body that ends in a ``raise`` with no ``return`` anywhere, or a lone
    ``return None``."""
    if is_stub(fn):
        return True
    body = list(fn.body.body) if isinstance(fn.body, cst.IndentedBlock) else []
    lone = body[0] if len(body) == 1 and isinstance(body[0], cst.SimpleStatementLine) and len(body[0].body) == 1 else None
    small = lone.body[0] if lone is not None else None
    if isinstance(small, cst.Return):
        return small.value is None or (isinstance(small.value, cst.Name) and small.value.value == "None")
    last = body[-1] if body else None
    # (only a body that ends in a raise needs the walk: a return or yield anywhere makes it a real body)
    return isinstance(last, cst.SimpleStatementLine) and any(isinstance(s, cst.Raise) for s in last.body) \
        and not any(isinstance(n, (cst.Return, cst.Yield)) for n in walk(fn.body))


def is_stub(fn: cst.FunctionDef) -> bool:
    """A body with nothing in it: ``...``, ``pass``, a docstring, ``raise NotImplementedError``."""
    body = fn.body.body if isinstance(fn.body, cst.IndentedBlock) else fn.body.body
    for line in body:
        for small in getattr(line, "body", ()) if isinstance(line, cst.SimpleStatementLine) else [line]:
            if isinstance(small, cst.Pass) or (isinstance(small, cst.Expr) and isinstance(small.value, (cst.Ellipsis, cst.SimpleString, cst.ConcatenatedString))):
                continue
            if isinstance(small, cst.Raise):
                continue
            return False
    return True


def names_in(node: cst.CSTNode) -> list[cst.Name]:
    """The names an expression reads (not inside a lambda)."""
    return [n for n in walk(node, lambda n: type(n) is cst.Lambda) if type(n) is cst.Name]  # type: ignore[misc]


def calls_in(node: cst.CSTNode, nested: bool = True) -> list[cst.Call]:
    """The calls in ``node``; without ``nested``, not those of functions or classes defined inside it."""
    prune = None if nested else (lambda n: type(n) is cst.ClassDef or (type(n) is cst.FunctionDef and n is not node))
    return [n for n in walk(node, prune) if type(n) is cst.Call]  # type: ignore[misc]


def looks_like_path(node: cst.BaseExpression) -> bool:
    """``path``, ``self.export_path``, ``src_file``: a name that says it holds a file's path."""
    name = dotted(node)
    last = name.rsplit(".", 1)[-1].lower() if name else ""
    return path_word(last) or last in ("src", "dst")


def path_word(name: str) -> bool:
    """A (lower-case) name that says it holds a file's path (``export_path``, ``src_file``, ``csvfile``,
    ``p``), not a record whose word merely ends so (``member_profile``: a person's profile)."""
    return name in ("p", "fp") or (name.endswith(("path", "file", "filename")) and not name.endswith("profile"))


def root_name(node: cst.BaseExpression) -> str | None:
    """The name a chain of calls, attributes and subscripts starts from (``member`` of
    ``member.addresses.all()``, ``Member`` of ``Member.objects.filter(...)``)."""
    kind = type(node)
    while kind is cst.Call or kind is cst.Attribute or kind is cst.Subscript:
        node = node.func if kind is cst.Call else node.value  # type: ignore[attr-defined]
        kind = type(node)
    return node.value if kind is cst.Name else None  # type: ignore[attr-defined]


def method_chain(expr: cst.BaseExpression) -> list[str]:
    """The attribute names along a call chain, outermost first (``Member.objects.values("x").annotate(...)``
    gives ``annotate, values, objects``)."""
    names: list[str] = []
    while isinstance(expr, (cst.Attribute, cst.Call)):
        if isinstance(expr, cst.Attribute):
            names.append(expr.attr.value)
            expr = expr.value
        else:
            expr = expr.func
    return names


def _self_attribute(node: cst.BaseExpression) -> bool:
    """``self.x`` (not ``self.__class__``: Python's own attributes hold no data)."""
    return isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value == "self" and not node.attr.value.startswith("__")


#: builtins that never change an argument
_READERS = frozenset({"len", "str", "repr", "int", "float", "bool", "list", "dict", "tuple", "set", "frozenset", "sorted", "reversed", "isinstance",
                      "issubclass", "getattr", "hasattr", "type", "iter", "next", "enumerate", "zip", "map", "filter", "any", "all", "min", "max",
                      "sum", "format", "id", "hash", "print", "callable", "vars", "round", "abs", "super"})


def _rooted(node: cst.BaseExpression, roots: set[str]) -> bool:
    """``node`` is a name of ``roots`` or an attribute or item of one (``self.items[k]``)."""
    while isinstance(node, (cst.Attribute, cst.Subscript)):
        node = node.value
    return isinstance(node, cst.Name) and node.value in roots


def _stored(target: cst.BaseExpression, roots: set[str]) -> bool:
    """A store target (or one element of an unpacking target) is inside a value rooted at ``roots``."""
    if isinstance(target, (cst.Tuple, cst.List)):
        return any(_stored(e.value, roots) for e in target.elements)
    if isinstance(target, cst.StarredElement):
        return _stored(target.value, roots)
    return isinstance(target, (cst.Attribute, cst.Subscript)) and _rooted(target, roots)


def param_names(fn: cst.FunctionDef | cst.Lambda) -> set[str]:
    """The names of ``fn``'s positional and keyword parameters (not ``*args``, ``**kwargs``)."""
    return {p.name.value for p in (*fn.params.posonly_params, *fn.params.params, *fn.params.kwonly_params)}


def changes_parameters(fn: cst.FunctionDef) -> bool:
    """Whether ``fn``'s text may change one of its parameters: a store into, a delete from or a
    mutating method of a parameter (``body["ssn"] = m.ssn``, ``rows.append(r)``, ``rows += more``),
    or a parameter handed on to a call (which may change it in turn)."""
    params = fn.params
    names = param_names(fn)
    for star in (params.star_arg, params.star_kwarg):
        if isinstance(star, cst.Param):
            names.add(star.name.value)
    if not names:
        return False

    roots = set(names)
    for node in walk(fn):
        kind = type(node)
        if kind is cst.Assign:
            value = node.value  # type: ignore[attr-defined]
            if isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute) and value.func.attr.value in ("get", "setdefault"):
                value = value.func.value  # sub = payload.get("subject")
            if _rooted(value, roots):
                # sub = payload["subject"], d = payload: a store into the alias is a store into the parameter
                roots = roots | {t.target.value for t in node.targets if isinstance(t.target, cst.Name)}  # type: ignore[attr-defined]
        elif kind is cst.AugAssign and isinstance(node.target, cst.Name) and node.target.value in names:  # type: ignore[attr-defined]
            return True  # rows += more
        elif _writes_into(node, roots):
            return True  # body["ssn"] = ..., del body["x"], body.update(...), rows.append(...)
        elif kind is cst.Call:
            func = node.func  # type: ignore[attr-defined]
            if not (isinstance(func, cst.Name) and func.value in _READERS) and any(_rooted(a.value, roots) for a in node.args):  # type: ignore[attr-defined]
                return True  # handed on to a call, which may change it in turn
    return False


def _writes_into(node: cst.CSTNode, roots: set[str]) -> bool:
    """``node`` stores into, deletes from, or calls a method of a value rooted at one of ``roots``."""
    kind = type(node)
    if kind in _STORE_NODES:
        return _stored(node.target, roots)  # type: ignore[attr-defined]
    return kind is cst.Call and isinstance(node.func, cst.Attribute) and _rooted(node.func.value, roots)  # type: ignore[attr-defined]


def changes_name(fn: cst.FunctionDef, name: str) -> bool:
    """Whether ``fn``'s text stores into, deletes from or calls a method of the value ``name`` holds
    (``opts["json"] = body``, ``opts.update(...)``, ``opts.pop("url")``, ``del opts["url"]``, ``for
    opts[k] in ...``)."""
    roots = {name}
    return any(_writes_into(node, roots) for node in walk(fn))


def changed_keys(fn: cst.FunctionDef, name: str) -> frozenset[str] | None:
    """The constant keys ``fn``'s text stores into, deletes from, pops or updates in the dict
    ``name`` holds (``params["ServerSideEncryption"] = ...``, ``msg.update(MessageGroupId=g)``);
    None when it changes it any other way (a computed key, ``update(other)``, another method)."""
    keys: set[str] = set()

    def key_of(node: cst.BaseExpression) -> str | None:
        if isinstance(node, cst.Subscript) and isinstance(node.value, cst.Name) and node.value.value == name and len(node.slice) == 1:
            index = node.slice[0].slice
            if isinstance(index, cst.Index) and isinstance(index.value, cst.SimpleString):
                value = string_value(index.value)
                return value if isinstance(value, str) else None
        return None

    for node in walk(fn):
        targets: list[cst.BaseExpression] = []
        if isinstance(node, cst.Assign):
            targets = [t.target for t in node.targets]
        elif isinstance(node, (cst.AugAssign, cst.AnnAssign)):
            targets = [node.target]
        elif isinstance(node, cst.Del):
            targets = [node.target]
        for target in targets:
            if isinstance(target, cst.Subscript) and root_name(target) == name:
                while isinstance(target, cst.Subscript) and isinstance(target.value, cst.Subscript):
                    target = target.value  # opts["json"]["fpl_percent"] = ...: the entry "json" changes
                key = key_of(target)
                if key is None:
                    return None
                keys.add(key)
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and isinstance(node.func.value, cst.Name) and node.func.value.value == name:
            method, args = node.func.attr.value, node.args
            first = string_value(args[0].value) if args and isinstance(args[0].value, cst.SimpleString) and args[0].keyword is None else None
            if method in ("pop", "setdefault", "get") and isinstance(first, str):
                keys.add(first)
            elif method == "update" and args and all(a.keyword is not None for a in args):
                keys.update(a.keyword.value for a in args if a.keyword is not None)
            elif method in ("keys", "items", "values", "copy"):
                continue
            else:
                return None
    return frozenset(keys)


@dataclass(frozen=True)
class SelfWrites:
    """What a method's text may do to ``self`` (learning an object's attributes runs only the methods
    that may set one): ``direct`` when it stores into, deletes from or mutates ``self.x`` or calls
    ``super()``; ``methods`` it calls on ``self``; ``handed``, the callees it passes ``self.x`` to
    (a project function may change its argument)."""

    direct: bool
    methods: frozenset[str]
    handed: tuple[cst.BaseExpression, ...]


def self_writes(fn: cst.FunctionDef, mutators: frozenset[str]) -> SelfWrites:
    """The syntactic ``SelfWrites`` of ``fn`` (nested functions and lambdas included: they close over
    ``self``); ``mutators``: the method names that change their receiver (``append``, ``connect``)."""
    methods: set[str] = set()
    handed: list[cst.BaseExpression] = []
    roots = {"self"}
    nodes = list(walk(fn))
    for node in nodes:
        # p = self.payload, hh = self.payload.setdefault("household", {}): a name for a container of self
        if type(node) is cst.Assign and len(node.targets) == 1 and isinstance(node.targets[0].target, cst.Name):  # type: ignore[attr-defined]
            value = node.value  # type: ignore[attr-defined]
            while isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute) and value.func.attr.value == "setdefault":
                value = value.func.value
            if isinstance(value, (cst.Attribute, cst.Subscript)) and _rooted(value, {"self"}):
                roots.add(node.targets[0].target.value)  # type: ignore[attr-defined]
    found = False
    for node in nodes:
        kind = type(node)
        if kind in _STORE_NODES:
            found = found or _stored(node.target, roots)  # type: ignore[attr-defined]
        elif kind is cst.Call:
            func = node.func  # type: ignore[attr-defined]
            if isinstance(func, cst.Attribute):
                owner = func.value
                if isinstance(owner, cst.Name) and owner.value == "self":
                    methods.add(func.attr.value)  # self.add(m): whatever add sets
                elif func.attr.value in mutators and _rooted(owner, roots):
                    found = True  # self.items.append(m), self.session.headers.update(...)
                elif isinstance(owner, cst.Call) and isinstance(owner.func, cst.Name) and owner.func.value == "super":
                    found = True  # super().__init__(url): the base's constructor with these arguments
                elif isinstance(owner, cst.Name) and node.args and isinstance(node.args[0].value, cst.Name) and node.args[0].value.value == "self":  # type: ignore[attr-defined]
                    found = True  # Base.__init__(self, url), Base.setup(self): the base's method on this object
            # fill(self.body, m), self._fill(self.body, m): a function's effects on an argument given as
            # self.x come back to self.x
            own_method = isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and func.value.value == "self"
            if any(_self_attribute(arg.value) for arg in node.args) and (own_method or not (isinstance(func, cst.Attribute) and _rooted(func, roots))):  # type: ignore[attr-defined]
                handed.append(func)
    return SelfWrites(found, frozenset(methods), tuple(handed))


#: the statements and targets a store into a value can be made by (``changes_name``, ``changes_parameters``)
_STORE_NODES = (cst.AssignTarget, cst.AnnAssign, cst.AugAssign, cst.Del, cst.For)
#: fields of a node that hold only its layout (whitespace, parentheses, commas): ``walk`` skips them
_LAYOUT = ("whitespace", "lpar", "rpar", "leading_lines", "lines_after", "header", "footer", "comma", "semicolon", "newline", "trailing")
_CHILD_FIELDS: dict[type, tuple[str, ...]] = {}


def _child_fields(kind: type) -> tuple[str, ...]:
    """The fields of a node type that may hold nodes, in the order libcst visits them (source order:
    ``@decorator`` before ``def``, ``a if b else c`` as written): read once per type from the order
    its ``_visit_and_replace_children`` names them, the dataclass order where that cannot be read."""
    declared = [f.name for f in fields(kind) if not f.name.startswith(_LAYOUT)]
    try:
        text = inspect.getsource(kind._visit_and_replace_children)  # type: ignore[attr-defined]
    except (OSError, TypeError, AttributeError):
        return tuple(declared)
    order = list(dict.fromkeys(n for n in re.findall(r"visit_\w+\(\s*self,\s*\"(\w+)\"", text) if n in declared))
    return (*order, *(n for n in declared if n not in order))


_IS_NODE: dict[type, bool] = {}  # type of a field's value -> is it a node (a dict lookup, not an ABC check)


def children(node: cst.CSTNode) -> list[cst.CSTNode]:
    """The nodes directly under ``node`` in source order, without its layout (whitespace,
    parentheses, commas)."""
    kind = type(node)
    names = _CHILD_FIELDS.get(kind)
    if names is None:
        names = _CHILD_FIELDS[kind] = _child_fields(kind)
    kids: list[cst.CSTNode] = []
    is_node = _IS_NODE
    for name in names:
        value = getattr(node, name)
        vtype = type(value)
        if vtype is tuple or vtype is list:
            for item in value:
                itype = type(item)
                flag = is_node.get(itype)
                if flag is None:
                    flag = is_node[itype] = issubclass(itype, cst.CSTNode)
                if flag:
                    kids.append(item)
            continue
        flag = is_node.get(vtype)
        if flag is None:
            flag = is_node[vtype] = issubclass(vtype, cst.CSTNode)
        if flag:
            kids.append(value)
    return kids


def walk(node: cst.CSTNode, prune: "Callable[[cst.CSTNode], bool] | None" = None) -> Iterator[cst.CSTNode]:
    """``node`` and every node under it, depth first in source order, without the layout nodes: a
    plain walk for the syntactic questions asked of whole functions (several times faster than a
    ``CSTVisitor``, which dispatches on every whitespace node too). A node ``prune`` accepts is
    given, but not what is under it."""
    stack = [node]
    pop, extend = stack.pop, stack.extend
    while stack:
        current = pop()
        yield current
        if prune is None or not prune(current):
            kids = children(current)
            if kids:
                kids.reverse()
                extend(kids)


def enum_iterated(node: cst.BaseExpression) -> str | None:
    """The name a loop header iterates as an Enum class would be: ``Route``, ``list(Route)``,
    ``tuple(Route)``, ``Route.__members__.values()`` (None for anything else)."""
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value in ("list", "tuple", "sorted") \
            and len(node.args) == 1 and node.args[0].keyword is None and not node.args[0].star:
        node = node.args[0].value
    if isinstance(node, cst.Call) and not node.args and isinstance(node.func, cst.Attribute) and node.func.attr.value == "values" \
            and isinstance(node.func.value, cst.Attribute) and node.func.value.attr.value == "__members__":
        node = node.func.value.value
    return node.value if isinstance(node, cst.Name) else None


def app_state_key(node: cst.Attribute) -> str | None:
    """``app.state.partner``, ``request.app.state.partner``: the shared state object of a Starlette or
    FastAPI application (``<app state>.partner``); None for any other attribute."""
    owner = node.value
    if isinstance(owner, cst.Attribute) and owner.attr.value == "state" and isinstance(owner.value, (cst.Name, cst.Attribute)) \
            and (dotted(owner.value) or "").rsplit(".", 1)[-1] in ("app", "application"):
        return f"<app state>.{node.attr.value}"
    return None


class Flat:
    """A tree's nodes in ``walk`` order, each with where its subtree ends: the whole-module and
    whole-function questions (who calls what, how often a name is read, what a body serializes)
    read a slice of one walk instead of walking again. A node not in the tree is walked as usual."""

    def __init__(self, root: cst.CSTNode) -> None:
        nodes: list[cst.CSTNode] = []
        parents: list[int] = []
        stack: list[cst.CSTNode] = [root]
        above: list[int] = [-1]  # the parent of each node on the stack
        pop, push, pop_above, push_above = stack.pop, stack.extend, above.pop, above.extend
        add, add_parent = nodes.append, parents.append
        while stack:
            node = pop()
            add_parent(pop_above())
            here = len(nodes)
            add(node)
            kids = children(node)
            if kids:
                kids.reverse()
                push(kids)
                push_above([here] * len(kids))
        ends = [1] * len(nodes)  # subtree sizes first, then where each subtree ends
        for i in range(len(nodes) - 1, 0, -1):
            ends[parents[i]] += ends[i]
        self.nodes = nodes
        self.ends = [size + i for i, size in enumerate(ends)]
        self.at = dict(zip(map(id, nodes), range(len(nodes)), strict=True))
        self._root_calls: list[cst.Call] | None = None  # the calls of the whole tree, asked several times a module

    def walk(self, node: cst.CSTNode, prune: "Callable[[cst.CSTNode], bool] | None" = None) -> "Iterable[cst.CSTNode]":
        """What ``walk(node, prune)`` gives, read from the table."""
        start = self.at.get(id(node))
        if start is None:
            return walk(node, prune)
        if prune is None:
            return self.nodes[start:self.ends[start]]
        return self._pruned(start, prune)

    def _pruned(self, start: int, prune: "Callable[[cst.CSTNode], bool]") -> Iterator[cst.CSTNode]:
        nodes, ends = self.nodes, self.ends
        i, stop = start, ends[start]
        while i < stop:
            node = nodes[i]
            yield node
            i = ends[i] if prune(node) else i + 1

    def calls(self, node: cst.CSTNode) -> list[cst.Call]:
        """``calls_in(node)``."""
        if node is self.nodes[0]:
            if self._root_calls is None:
                self._root_calls = [n for n in self.nodes if type(n) is cst.Call]  # type: ignore[misc]
            return self._root_calls
        return [n for n in self.walk(node) if type(n) is cst.Call]  # type: ignore[misc]


def _built_from_self(fn: cst.FunctionDef) -> bool:
    """A computed field whose value is built from the record's own fields (``self.first_name``), not a
    constant (``return "member"``) nor another model (``return Address(...)``, judged by its own fields)."""
    reads = False
    for node in walk(fn.body):
        if isinstance(node, cst.Return) and isinstance(node.value, cst.Call) and (dotted(node.value.func) or "a").rsplit(".", 1)[-1][:1].isupper():
            return False
        reads = reads or (isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value == "self")
    return reads


#: calls whose result is still what they are given (SPEC section 6: names survive conversions, formatting and
#: hashing); any other function's result is its own (``load_history(self.medicaid_id)`` is no Medicaid ID)
_NAME_KEEPING_CALLS = frozenset({"str", "repr", "format", "sorted", "list", "tuple", "set", "frozenset", "reversed", "min", "max",
                                 "round", "int", "float", "abs", "Decimal", "hash", "quote", "quote_plus", "urlencode", "b64encode",
                                 "urlsafe_b64encode", "sha256", "sha1", "md5", "blake2b", "hexdigest", "encode"})


def computed_reads(fn: cst.FunctionDef, own: "Container[str]" = ()) -> set[str]:
    """The fields of the record a ``@computed_field`` reads to build its value (``self.ssn_raw`` of ``return "***" +
    self.ssn_raw[-4:]``): its value carries their names (SPEC section 6), also through a function of the module
    (``own``: ``mask_ssn(self.ssn_raw)``), a method of the record or of the value, conversions and hashing; not
    those only compared or counted (``self.age >= 18``, ``len(self.claims)``), nor handed to a function the
    module imports or cannot see (``load_history(self.medicaid_id)`` is that function's answer)."""
    out: set[str] = set()

    def visit(node: cst.CSTNode) -> None:
        if isinstance(node, (cst.Comparison, cst.FunctionDef, cst.ClassDef, cst.Lambda)) and node is not fn:
            return
        if isinstance(node, cst.If):
            for part in (node.body, node.orelse):
                if part is not None:
                    visit(part)
            return  # if self.status == "X": its test chooses, it is not the value
        if isinstance(node, cst.Call):
            func = node.func
            name = (dotted(func) or "").rsplit(".", 1)[-1]
            keeps = name in _NAME_KEEPING_CALLS or (isinstance(func, cst.Name) and func.value in own) or (
                # self._tail(self.ssn_raw): a method of the record; "-".join([...]): of a text
                isinstance(func, cst.Attribute) and isinstance(func.value, (cst.Name, cst.SimpleString, cst.FormattedString, cst.ConcatenatedString))
                and (not isinstance(func.value, cst.Name) or func.value.value == "self"))
            if isinstance(func, cst.Attribute) and not (isinstance(func.value, cst.Name) and func.value.value == "self"):
                visit(func.value)  # self.ssn_raw.upper(): a method of the value keeps what it holds
            if keeps or (isinstance(func, cst.Attribute) and not isinstance(func.value, cst.Name)):
                for arg in node.args:
                    visit(arg)
            return  # load_history(self.medicaid_id), db.load(self.cin): an answer of its own
        if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value == "self":
            if not node.attr.value.startswith("__"):
                out.add(node.attr.value)
            return
        for child in node.children:
            visit(child)

    visit(fn.body)
    return out


def key_text(node: cst.BaseExpression) -> str | None:
    """The text of an expression that selects a table's entry: a dotted name (``args.target``), or one
    indexed by a number (``sys.argv[1]``)."""
    if isinstance(node, cst.Subscript):
        base = dotted(node.value)
        index = node.slice[0].slice if len(node.slice) == 1 else None
        if base is None or not isinstance(index, cst.Index) or not isinstance(index.value, cst.Integer):
            return None
        return f"{base}[{index.value.value}]"
    return dotted(node)


def decorator_name(decorator: cst.BaseExpression) -> str:
    """The last name of a decorator, called or not (``computed_field`` of ``@computed_field(repr=False)``)."""
    target = decorator.func if isinstance(decorator, cst.Call) else decorator
    return (dotted(target) or "").rsplit(".", 1)[-1]


def unwrap_annotated(annotation: cst.BaseExpression) -> cst.BaseExpression:
    """``Annotated[Subject, Body()]`` -> ``Subject`` (the metadata says how a framework fills it)."""
    if isinstance(annotation, cst.Subscript) and (dotted(annotation.value) or "").rsplit(".", 1)[-1] == "Annotated" and annotation.slice:
        first = annotation.slice[0].slice
        if isinstance(first, cst.Index):
            return first.value
    return annotation


#: keywords of a field declaration that name where its value comes from or what it is called
#: outside (DRF ``source=``, marshmallow ``attribute=``/``data_key=``, pydantic ``alias=``, msgspec's ``field(name=...)``)
_FIELD_SOURCES = ("source", "attribute", "data_key", "alias", "serialization_alias", "validation_alias", "name")


def field_sources(node: cst.CSTNode) -> set[str]:
    """The names a field declaration says its value comes from (``id = CharField(source="cin")``,
    ``id: str = Field(alias="medicaidId")``): a value carries the names of where it came from."""
    value = node.value if isinstance(node, (cst.Assign, cst.AnnAssign, cst.DictElement)) else None
    statement = node
    if isinstance(node, cst.SimpleStatementLine) and len(node.body) == 1 and isinstance(node.body[0], (cst.Assign, cst.AnnAssign)):
        value, statement = node.body[0].value, node.body[0]
    calls = [value] if isinstance(value, cst.Call) else []
    annotation = statement.annotation.annotation if isinstance(statement, cst.AnnAssign) else None
    if isinstance(annotation, cst.Subscript) and (dotted(annotation.value) or "").rsplit(".", 1)[-1] == "Annotated":
        # ssn_ref: Annotated[str, Field(alias="ssn")]: the metadata's Field says so too
        calls += [e.slice.value for e in annotation.slice[1:] if isinstance(e.slice, cst.Index) and isinstance(e.slice.value, cst.Call)]
    out: set[str] = set()
    for arg in (a for call in calls for a in call.args):
        if arg.keyword is not None and arg.keyword.value in _FIELD_SOURCES and isinstance(arg.value, cst.SimpleString):
            text = string_value(arg.value)
            if isinstance(text, str) and text.replace(".", "").replace("_", "").isalnum():
                out.add(text)
    return out


def method_field_reads(node: cst.CSTNode, name: str, methods: "dict[str, cst.FunctionDef]") -> set[str] | None:
    """The fields a DRF ``SerializerMethodField`` returns (``display = SerializerMethodField()`` with
    ``def get_display(self, obj): return obj.last_name``), or a marshmallow ``fields.Method("get_x")``
    or ``fields.Function(lambda o: o.ssn)``: what its method reads of the object, in its ``return``
    statements (``obj.x``, ``obj["x"]``, ``obj.get("x")``). None when every ``return`` gives a
    literal (``return 3``): the field carries no one's data."""
    value = node.value if isinstance(node, (cst.Assign, cst.AnnAssign, cst.DictElement)) else None
    if isinstance(node, cst.SimpleStatementLine) and len(node.body) == 1 and isinstance(node.body[0], (cst.Assign, cst.AnnAssign)):
        value = node.body[0].value
    made = (dotted(value.func) or "").rsplit(".", 1)[-1] if isinstance(value, cst.Call) else ""
    if not isinstance(value, cst.Call) or made not in ("SerializerMethodField", "Method", "Function"):
        return set()
    given_by = "serialize" if made in ("Method", "Function") else "method_name"
    chosen = next((a.value for a in value.args if a.keyword is None or a.keyword.value == given_by), None)
    returned: list[cst.BaseExpression | None]
    if made == "Function":
        # fields.Function(lambda obj: obj.ssn): the lambda's body is what it returns
        if not isinstance(chosen, cst.Lambda) or not chosen.params.params:
            return set()
        obj, returned = chosen.params.params[0].name.value, [chosen.body]
    else:
        method_name = f"get_{name}" if made == "SerializerMethodField" else ""
        given = string_value(chosen) if isinstance(chosen, cst.SimpleString) else None
        method_name = given if isinstance(given, str) else method_name
        method = methods.get(method_name)
        if method is None or len(method.params.params) < 2:
            return set()
        obj = method.params.params[1].name.value
        returned = [ret.value for ret in walk(method.body) if isinstance(ret, cst.Return)]
    if returned and all(_literal_result(r) for r in returned):
        return None
    out: set[str] = set()
    for ret_value in returned:
        if ret_value is None:
            continue
        # what only decides (obj.ssn is None, len(obj.x), the test of `a if test else b`) is not returned
        tests = {id(n.test) for n in walk(ret_value) if isinstance(n, cst.IfExp)}
        for read in walk(ret_value, lambda n, tests=tests: id(n) in tests or _tests_only(n)):  # type: ignore[misc]
            if id(read) in tests or _tests_only(read):
                continue
            if isinstance(read, cst.Call) and isinstance(read.func, cst.Attribute) and isinstance(read.func.value, cst.Name) \
                    and read.func.value.value == obj and read.func.attr.value == "get" and read.args and isinstance(read.args[0].value, cst.SimpleString):
                key = string_value(read.args[0].value)  # obj.get("ssn")
                if isinstance(key, str):
                    out.add(key)
            elif isinstance(read, cst.Attribute) and isinstance(read.value, cst.Name) and read.value.value == obj and read.attr.value != "get":
                out.add(read.attr.value)
            elif isinstance(read, cst.Subscript) and isinstance(read.value, cst.Name) and read.value.value == obj and len(read.slice) == 1 \
                    and isinstance(read.slice[0].slice, cst.Index) and isinstance(read.slice[0].slice.value, cst.SimpleString):
                key = string_value(read.slice[0].slice.value)
                if isinstance(key, str):
                    out.add(key)
    return out


def _literal_result(node: cst.BaseExpression | None) -> bool:
    """A literal (``3``, ``"eid-2.3"``, ``True``, ``None``), or a choice between literals (``"unlawful" if obj.x in
    CODES else "other"``: the test decides which, neither is anyone's data)."""
    if isinstance(node, cst.IfExp):
        return _literal_result(node.body) and _literal_result(node.orelse)
    return isinstance(node, (cst.Integer, cst.Float, cst.SimpleString)) or (isinstance(node, cst.Name) and node.value in ("True", "False", "None"))


def _tests_only(node: cst.CSTNode) -> bool:
    """A part of a returned expression that only decides what is returned: a comparison, a test, a
    ``len()``/``bool()``/``isinstance()``; pruned from what a method field returns."""
    if isinstance(node, (cst.Comparison, cst.UnaryOperation)) and not isinstance(getattr(node, "operator", None), cst.Minus):
        return True
    return isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value in ("len", "bool", "isinstance", "hasattr", "callable")


def _names_bound_by(node: cst.CSTNode) -> list[str]:
    """The names the statement or clause ``node`` binds: an assignment (also unpacked), an augmented or annotated
    one, a ``for`` or ``with`` target, ``:=``, ``del``, an ``as`` name (``except``, ``import``, ``with``)."""
    kind = type(node)
    targets: list[cst.CSTNode] = []
    if kind is cst.Assign:
        targets = [t.target for t in node.targets]  # type: ignore[attr-defined]
    elif kind in (cst.AugAssign, cst.AnnAssign, cst.For, cst.NamedExpr, cst.Del):
        targets = [node.target]  # type: ignore[attr-defined]
    elif kind is cst.AsName:
        targets = [node.name]  # type: ignore[attr-defined]
    out: list[str] = []
    for target in targets:
        if type(target) is cst.Name:
            out.append(target.value)  # type: ignore[attr-defined]
        elif isinstance(target, (cst.Tuple, cst.List, cst.StarredElement)):
            out.extend(n.value for n in names_in(target))
    return out


def rebound_names(fn: cst.FunctionDef) -> frozenset[str]:
    """The names ``fn``'s text binds anywhere in its body, nested functions included (a ``nonlocal``
    may rebind a parameter there): assignment, augmented or annotated assignment, ``for`` and ``with``
    targets, ``:=``, ``del``, ``except ... as``, imports. A parameter none of them binds holds what
    the call gave it for the whole call."""
    out: set[str] = set()
    for node in walk(fn.body):
        if type(node) in (cst.Nonlocal, cst.Global):
            out.update(n.name.value for n in node.names)  # type: ignore[attr-defined]
        else:
            out.update(_names_bound_by(node))
    return frozenset(out)


def bound_in(nodes: "Sequence[cst.CSTNode]") -> frozenset[str]:
    """The names the statements ``nodes`` bind anywhere inside them (as ``rebound_names`` reads them)."""
    return frozenset(name for top in nodes for node in walk(top) for name in _names_bound_by(node))


#: how many base classes deep a method or class attribute is looked for (a chain of subclasses)
MAX_BASE_DEPTH = 40


def bindings_of(body: cst.CSTNode, name: str) -> list[cst.CSTNode]:
    """The statements and clauses of ``body`` that bind ``name`` (nested functions included), in source
    order: those ``_names_bound_by`` reads, and a plain ``import name``; a plain ``name = value`` is the
    ``cst.Assign`` itself."""
    return [node for node in walk(body) if name in _names_bound_by(node) or (
        type(node) is cst.ImportAlias and node.asname is None  # type: ignore[attr-defined]
        and (dotted(node.name) or "").split(".", 1)[0] == name)]  # type: ignore[attr-defined]


def option_name(call: cst.Call) -> str | None:
    """The name of the parameter or attribute a command-line option declaration gives its value:
    ``dest=``, else a name written without dashes, else the longest ``--long-name`` (``long_name``),
    else the first flag (``@click.option("--end-point", "-e")``, ``ap.add_argument("member_id")``)."""
    dest = next((a.value for a in call.args if a.keyword is not None and a.keyword.value == "dest"), None)
    if isinstance(dest, cst.SimpleString) and isinstance(string_value(dest), str):
        return str(string_value(dest))
    decls = [t for t in (string_value(a.value) if a.keyword is None and isinstance(a.value, cst.SimpleString) else None for a in call.args) if isinstance(t, str)]
    named = [d for d in decls if d.isidentifier()] or sorted((d for d in decls if d.startswith("--")), key=len, reverse=True) or decls
    name = named[0].lstrip("-").replace("-", "_") if named else ""
    return name if name.isidentifier() else None


def route_decorators(fn: cst.FunctionDef) -> list[cst.Decorator]:
    """The decorators of ``fn`` that make it a web request handler (library data ``route_decorators``)."""
    return [d for d in fn.decorators if decorator_name(d.decorator) in shipped().models.route_decorators]


#: records that hold people: a household, and the records an agency keeps its enrollees under (a county, a
#: managed-care plan, a provider); a caseworker's caseload holds cases and clients too. (Not a team, a group, an
#: office or a program: their members are staff, their cases case types.)
_HOUSEHOLD_WORDS = frozenset({"household", "households", "hh", "hhld", "family", "unit", "county", "plan", "mco", "provider", "clinic", "facility"})
_CASELOAD_WORDS = frozenset({"caseworker", "worker", "caseload"})
_FAMILY_WORDS = frozenset({"household", "households", "hh", "hhld", "family", "unit"})
#: the relation of such a record to its people (``hh.members``, ``county.enrollees``, ``plan.member_set``)
_PEOPLE_WORDS = frozenset({"members", "residents", "people", "persons", "individuals", "occupants", "enrollees", "beneficiaries", "recipients",
                           "applicants", "patients"})
_PERSON_WORDS = frozenset({"member", "resident", "person", "individual", "occupant", "enrollee", "beneficiary", "recipient", "applicant",
                           "patient"})


def int_literal(node: cst.BaseExpression) -> int | None:
    """The integer a literal writes (``0``, ``-1``, as an index or a slice bound); None for anything else."""
    negative = isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Minus)
    inner = node.expression if isinstance(node, cst.UnaryOperation) and negative else node
    if isinstance(inner, cst.Integer) and inner.value.isdigit():
        return -int(inner.value) if negative else int(inner.value)
    return None


def members_of_a_household(node: cst.BaseExpression) -> bool:
    """``hh.members.all()``, ``unit.residents``, ``household.household_members.filter(...)``, ``county.enrollees.all()``,
    ``plan.member_set.all()``, ``worker.cases.all()``: the people of a household record or of another record
    holding people (not of a person's record: ``m.dependents`` are someone else's, README)."""
    while isinstance(node, cst.Call):
        node = node.func.value if isinstance(node.func, cst.Attribute) else node.func
    if not (isinstance(node, cst.Attribute) and isinstance(node.value, (cst.Name, cst.Attribute))):
        return False
    # (self.plan.enrollees, contract.mco.enrollees: the record holding them is the attribute read last)
    owner = node.value.value if isinstance(node.value, cst.Name) else node.value.attr.value
    root, attr = name_words(owner), name_words(node.attr.value)
    # (instance.members.all() in a post_save receiver, obj.residents: a record holding people is a household)
    if not (root and attr):
        return False
    if root[-1] in _CASELOAD_WORDS:
        return attr[-1] in _PEOPLE_WORDS | {"cases", "clients"} or (len(attr) > 1 and attr[-1] == "set" and attr[-2] in _PERSON_WORDS | {"case", "client"})
    people = attr[-1] in _PEOPLE_WORDS or (len(attr) > 1 and attr[-1] == "set" and attr[-2] in _PERSON_WORDS)  # plan.member_set
    if isinstance(node.value, cst.Attribute) and root[-1] in _FAMILY_WORDS:
        return False  # app.household.persons: the applicant's household, other people than the applicant (review 28)
    return (root[-1] in _HOUSEHOLD_WORDS or (isinstance(node.value, cst.Name) and owner in ("instance", "obj"))) and people


def false_literal(node: cst.BaseExpression) -> bool:
    """``False``, ``None`` or ``0``: a test that is never true (``if False:`` keeps a block Python never runs)."""
    if isinstance(node, cst.Name):
        return node.value in ("False", "None")
    return isinstance(node, cst.Integer) and node.evaluated_value == 0


def true_literal(node: cst.BaseExpression) -> bool:
    """``True`` or a non-zero integer literal: a test side that is always true."""
    if isinstance(node, cst.Name):
        return node.value == "True"
    return isinstance(node, cst.Integer) and node.evaluated_value != 0


def rewrite_test(test: cst.BaseExpression, leaf: "Callable[[cst.BaseExpression], cst.BaseExpression]",
                 made: "Callable[[cst.BaseExpression, cst.BaseExpression], cst.BaseExpression]") -> cst.BaseExpression:
    """``test`` with each operand of its ``not``/``and``/``or`` written as ``leaf`` writes it; a node rewritten is
    ``made(original, new)`` (placed where the original is), one left alone is the original itself."""
    if isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not):
        inner = rewrite_test(test.expression, leaf, made)
        return test if inner is test.expression else made(test, test.with_changes(expression=inner))
    if isinstance(test, cst.BooleanOperation):
        left, right = rewrite_test(test.left, leaf, made), rewrite_test(test.right, leaf, made)
        return test if left is test.left and right is test.right else made(test, test.with_changes(left=left, right=right))
    return leaf(test)
