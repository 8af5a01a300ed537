"""Calls: client constructors, propagators, model constructors, serializers, container methods
and calls of the module's own functions; sends go to the sinks part."""

from __future__ import annotations

import builtins
import keyword as python_keyword
import re
import shlex
import urllib.parse
from typing import TYPE_CHECKING, Callable, Mapping, Sequence

import libcst as cst

from ..destinations import Destination, connection_setting, host_of, names_a_destination
from ..library import EVERY_ARGUMENT, ClientSpec, Rule, SinkSpec, shipped
from ..sql import conditions, copy_target, looks_like_query, select_columns, unload
from ..words import CHILD_WORDS, name_words, names_storage
from .evaluate import (
    as_key,
    entries_for_key,
    cursor_like,
    in_a_path,
    _dict_get,
    object_under,
    project_object,
    destination_like,
    entry_key,
    lookup_key,
    PRUNED_MARK,
    STAR_ARGS_MARK,
    YIELDED_MARK,
    CALLERS_MARK,
    CLEANUPS,
    QUERYSET_MARK,
    QUIET_MARK,
    ROWS_UNDER,
    part_of,
    source_text,
    subscript_key,
    url_parts,
)
from .index import (ClassInfo, NOT_PRAGMA, PRAGMA, calls_in, int_literal, computed_reads, decorated, decorator_name, dotted, field_sources, looks_like_path, method_chain,
                    option_name, bindings_of, param_names, root_name, string_value, walk)
from .part import ENFORCEMENT_RESPONSE, INBOUND_MARK, RESPONSE, Args, Frame, Part, argument, argument_node
from .files import FILE_KINDS, SHOWN_HEADERS
from .population import (ANSWERED_BY_STATUS_MARK, AGGREGATE_MARK, BY_PERSON_MARK, CONDITIONS_MARK,
                          CONSTANT_COLUMN, ONE_RECORD_MARK, STATUS_COLUMN, STATUS_MARK, STATUS_VALUES_MARK)
from .sanitizers import block_statements, items_owner, FIELD_NAME_ATTRIBUTES, FIELD_OBJECTS_MARK, FIELD_VALUE_METHODS, FIELDS_MARK
from .statements import add_address, carried_by, client_default, is_resource, model_field, object_attribute, set_carried
from .xmldoc import copied as xml_copied, element_method, factory_element, make_element, sync_elements
from .values import (
    BODY_MARK,
    MAYBE_NONE_MARK,
    NORMALIZERS,
    CAUGHT_MARK,
    CHAIN_MAP_MARK,
    keys_unknown,
    without_constant_entries,
    XML_ELEMENT_MARK,
    XML_FACTORY_MARK,
    XML_TAG_PREFIX,
    CLIENT_BASE_MARK,
    INBOUND_CONTENT_MARK,
    only_answer,
    DATA_KEY,
    path_marked,
    TABLE_CLASS_MARK,
    without_element,
    addresses,
    CONSTANT_KIND,
    ENUM_MEMBER_MARK,
    MODELS_UNION_MARK,
    is_scalar_constant,
    NUMBER_MARK,
    constant_entries,
    marked_enforcement,
    MASKED_MARK,
    LIBRARY_OBJECT_MARK,
    RESOURCE_MARK,
    BOUND_TASK_MARK,
    SERIALIZER_INPUT,
    common_of,
    union_of,
    constants_merged,
    CHAIN_MARK,
    CONSTRUCTED_MARK,
    LITERAL_OBJECT_MARK,
    OPTIONS_MARK,
    OPTIONS_PAIR_MARK,
    IMMUTABLE_MARK,
    SIGNATURE_MARK,
    TRUE_MARK,
    GROUP_KEY,
    ENV_MARK,
    replace,
    ANY_KEY,
    STATUS_KEY,
    SQL_COLUMN,
    one_row,
    HOLE,
    OPAQUE,
    Bulk,
    ClientObj,
    FunctionRef,
    Placement,
    Val,
    combine,
    const_text,
    const_val,
    container,
    env_value,
    is_whole,
    join,
    named_entries,
    only_keys,
    place,
    translate,
    translate_placement,
    with_attrs,
    with_constant_entries,
    with_step,
    without_keys,
    without_path,
)

if TYPE_CHECKING:
    from .engine import ModuleAnalysis

#: builtins that convert a value to text and keep what it names (``str(m.ssn)`` is an SSN)
CONVERTERS = frozenset({"str", "repr", "format", "ascii"})


#: methods of ``str`` given as a function (``map(str.strip, vals)``) that keep the value recognizable
_STR_KEEPERS = CLEANUPS | {"encode"}
#: methods of ``str`` that pad the value to a width (``map(str.ljust, vals, widths)``)
_STR_PADDERS = frozenset({"ljust", "rjust", "center", "zfill"})


#: words of a name of an object whose ``format`` is no string template: a formatter, a date, time or number
_NOT_TEMPLATE_WORDS = frozenset({"formatter", "formatters", "date", "dates", "time", "datetime", "dt", "ts", "timestamp", "now", "today",
                                 "utcnow", "locale", "number", "money", "amount", "price", "currency", "decimal"})
#: words of a name that says it holds a template, whatever field words it also has (``email_template``)
_TEMPLATE_HINTS = frozenset({"template", "templates", "tmpl", "tpl", "fmt", "format", "layout", "body", "text", "message", "msg", "line", "subject"})
#: words of a call that returns a string template (``load_template("referral")``, ``read_text()``)
_TEMPLATE_MAKER_WORDS = (_TEMPLATE_HINTS - {"subject"}) | {"url", "read", "load", "get", "render", "getenv", "environ"}


def _names_a_template(node: cst.BaseExpression) -> bool:
    """``settings.REFERRAL_NOTE``, ``tmpl``, ``TEMPLATES[kind]``, ``load_template("x")``: what may hold a string template the
    analysis cannot read; not a ``formatter`` object, a date (``pendulum.now()``) or a number, nor the result of a call
    whose name says nothing of a text."""
    if isinstance(node, cst.Subscript):
        return _names_a_template(node.value)
    if isinstance(node, cst.Call):
        callee = node.func.attr.value if isinstance(node.func, cst.Attribute) else node.func.value if isinstance(node.func, cst.Name) else ""
        words = set(name_words(callee))
        return bool(words & _TEMPLATE_MAKER_WORDS) and not words & _NOT_TEMPLATE_WORDS
    name = node.value if isinstance(node, cst.Name) else node.attr.value if isinstance(node, cst.Attribute) else None
    return name is not None and not set(name_words(name)) & _NOT_TEMPLATE_WORDS


def _keeps_values(func: cst.BaseExpression, frame: Frame) -> bool:
    """``str`` or ``str.strip`` given to ``map``: each element converted, still what it was."""
    if isinstance(func, cst.Name):
        return func.value in CONVERTERS and func.value not in frame.env
    return isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and func.value.value == "str" and "str" not in frame.env \
        and func.attr.value in _STR_KEEPERS | _STR_PADDERS


def _padding(func: cst.BaseExpression) -> bool:
    """``str.ljust`` (given a second iterable: the widths)."""
    return isinstance(func, cst.Attribute) and func.attr.value in _STR_PADDERS


def _url_of(scheme: str, netloc: str, path: str, params: str, query: str, fragment: str) -> str:
    """The URL of those six parts (``urlunparse``)."""
    text = f"{scheme}://{netloc}" + (path if not path or path.startswith(("/", HOLE)) else "/" + path)
    return text + (";" + params if params else "") + ("?" + query if query else "") + ("#" + fragment if fragment else "")


def _mocking(name: str) -> bool:
    """``name`` (qualified) is a mocking library or something in one (``unittest.mock.MagicMock``)."""
    parts = name.split(".")
    return any(".".join(parts[:i]) in LIBRARY.test_doubles for i in range(1, len(parts) + 1))


#: SQLAlchemy's table constructor (a Core table named in a select list is all its columns)
_TABLES = frozenset({"sqlalchemy.Table", "sqlalchemy.schema.Table", "sqlalchemy.sql.schema.Table"})
#: methods of a column expression that keep the column (``members.c.race.label("code")``)
_COLUMN_METHODS = frozenset({"label", "cast", "distinct", "asc", "desc", "collate", "nulls_first", "nulls_last"})
#: SQL functions over a column that keep its value (``func.upper(c)``, ``cast(c, String)``)
_COLUMN_FUNCTIONS = frozenset({"cast", "type_coerce", "coalesce", "distinct", "upper", "lower", "trim", "concat", "substr", "substring"})


def _column_name(value: cst.BaseExpression, strings: bool, attributes: bool) -> str | None:
    """The column a select-list element names: a string (``"cin"``), an attribute (``Member.cin``,
    ``members.c.cin``), ``members.c["cin"]``, ``literal_column("cin")``, or one of these under a
    label, a cast or a SQL function (``func.upper(members.c.race).label("r")``); None otherwise."""
    for _ in range(8):
        if isinstance(value, cst.SimpleString):
            text = string_value(value) if strings else None
            return text if isinstance(text, str) else None
        if strings and isinstance(value, cst.Call) and len(value.args) == 1 and (dotted(value.func) or "").rsplit(".", 1)[-1] == "col":
            text = string_value(value.args[0].value) if isinstance(value.args[0].value, cst.SimpleString) else None
            return text if isinstance(text, str) else None  # pl.col("cin") (polars)
        if not attributes:
            return None
        if isinstance(value, cst.Attribute):
            return value.attr.value
        if isinstance(value, cst.Subscript) and len(value.slice) == 1 and isinstance(value.slice[0].slice, cst.Index):
            key = value.slice[0].slice.value
            text = string_value(key) if isinstance(key, cst.SimpleString) else None
            owner = value.value
            return text if isinstance(text, str) and isinstance(owner, cst.Attribute) and owner.attr.value in ("c", "columns") else None
        if not isinstance(value, cst.Call) or not value.args:
            return None
        func = value.func
        if isinstance(func, cst.Attribute) and func.attr.value in _COLUMN_METHODS:
            value = func.value
            continue
        name = dotted(func) or ""
        last = name.rsplit(".", 1)[-1]
        first = value.args[0].value
        if last in ("literal_column", "column"):
            text = string_value(first) if isinstance(first, cst.SimpleString) else None
            return text if isinstance(text, str) else None
        if name.startswith("func.") or ".func." in name or last in _COLUMN_FUNCTIONS:
            value = first
            continue
        return None
    return None


#: methods of an HTTP client of unknown type that send to the URL given first (``session.post(URL, ...)``)
_HTTP_VERBS = frozenset({"get", "post", "put", "patch", "delete"})
#: methods of an HTTP client that send a body, and the keywords that carry data
_SENDING_VERBS = frozenset({"post", "put", "patch"})
_HTTP_DATA = frozenset({"json", "data", "params", "files", "content"})
#: clients that call an application in the same process (tests): nothing is sent anywhere
_IN_PROCESS_CLIENTS = frozenset({"TestClient", "test_client", "APIClient"})
#: calls that run a target function later with ``args=``/``kwargs=``: where the target is given

#: the attribute under which an object of a library client subclass with no ``__init__`` of its own
#: keeps the client its constructor's arguments made (``IceHttp(base_url=...)``)
LIBRARY_CLIENT = "<library client>"
#: the keywords by which an unknown client class is given the URL or host it talks to
_BASE_KEYWORDS = frozenset({"base_url", "url", "host", "endpoint", "base", "server_url", "api_url", "hostname"})

#: the library knowledge (data/library/*.json)
LIBRARY = shipped()

ADD_ONE = frozenset({"append", "add", "appendleft"})

#: methods that take one element out of a list, a deque or a queue (``pop()``, ``pop(0)``, ``q.get()``)
_TAKE_ONE = frozenset({"pop", "popleft", "get", "get_nowait"})
#: methods that put one element into a queue (``q.put(item)``, ``q.put_nowait(item)``)
PUT_ONE = frozenset({"put", "put_nowait"})
#: the constructors of queues that one function or thread fills and another empties
_QUEUES = frozenset({"Queue", "LifoQueue", "PriorityQueue", "SimpleQueue", "JoinableQueue", "deque"})


#: methods of a task function that give the same task with other options (``with_options``) or some
#: arguments bound (Airflow's ``partial``, then ``expand``)
_TASK_OPTIONS = frozenset({"with_options", "partial", "options", "override"})

#: builtins that read their arguments without changing them (or, setattr, change them as the analysis runs it)
#: the suffix ``shutil.make_archive`` adds to its base name, by format
_ARCHIVE_SUFFIXES = {"zip": ".zip", "tar": ".tar", "gztar": ".tar.gz", "bztar": ".tar.bz2", "xztar": ".tar.xz"}

_READ_ONLY_BUILTINS = frozenset({"setattr", "getattr", "hasattr", "isinstance", "type", "id", "len", "str", "repr", "print", "vars", "bool", "hash"})

#: what a value says of how its records were chosen, kept by a call that reshapes each record
_CHOICE_MARKS = frozenset({STATUS_MARK, BY_PERSON_MARK, AGGREGATE_MARK})


def _constant_index(node: cst.BaseExpression) -> int | None:
    """The integer a literal index spells (``0``, ``-1``), None for anything else."""
    negative = isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Minus)
    number = node.expression if isinstance(node, cst.UnaryOperation) and negative else node
    if not isinstance(number, cst.Integer) or not number.value.isdigit():
        return None
    return -int(number.value) if negative else int(number.value)


def _is_self(node: cst.BaseExpression) -> bool:
    """The name ``self``."""
    return isinstance(node, cst.Name) and node.value == "self"


def _makes_queue(node: cst.BaseExpression | None) -> bool:
    """``queue.Queue()``, ``asyncio.Queue(maxsize=100)``, ``collections.deque()``."""
    return isinstance(node, cst.Call) and (dotted(node.func) or "").rsplit(".", 1)[-1] in _QUEUES

#: methods that return one row of a query's rows (a tuple row reads its columns by position)
ONE_ROW = frozenset({"fetchone", "fetchrow", "fetch_one", "one", "one_or_none", "first"})

MUTATORS = frozenset({"update", "setdefault", "extend", "insert"}) | ADD_ONE

_BRACES = re.compile(r"\{[^{}]*\}")


def _along_columns(args: Args) -> bool:
    """``axis=1`` (or ``axis="columns"``) among a pandas call's arguments (by keyword, or second by position)."""
    given = argument(args, 1, "axis")
    if given is None:
        return False
    node = given[0].value
    return (isinstance(node, cst.Integer) and node.value == "1") or (given[1].const and given[1].text in ("1", "columns"))


def _fhir_resource(qual: str) -> str | None:
    """``Condition`` for ``fhir.resources.condition.Condition`` (or its ``parse_obj``/``construct``)."""
    if not qual.startswith(LIBRARY.models.fhir_packages):
        return None
    parts = qual.split(".")
    if parts[-1] in LIBRARY.models.fhir_constructors and len(parts) > 1:
        return parts[-2]
    if parts[-1] in LIBRARY.models.fhir_readers:
        return None  # Patient.read(pid, smart.server): a resource a server holds, not one built of the arguments
    return parts[-1]


def _bound_task(fn: cst.FunctionDef) -> bool:
    """``@shared_task(bind=True)``: the task itself is the function's first argument."""
    return any(isinstance(d.decorator, cst.Call) and any(a.keyword is not None and a.keyword.value == "bind" and isinstance(a.value, cst.Name)
                                                         and a.value.value == "True" for a in d.decorator.args) for d in fn.decorators)


def _task_itself(fn: cst.FunctionDef) -> "tuple[tuple[str | None, Val], ...]":
    """What Celery gives a ``bind=True`` task before its caller's arguments, when the task is called as a
    function (``push_lead(body)``) or handed to a runner (``pool.submit(push_lead, body)``): the task itself."""
    return ((None, OPAQUE),) if fn.decorators and _bound_task(fn) else ()


def _with_task_itself(fn: cst.FunctionDef, args: Args) -> list[tuple[cst.Arg, Val]]:
    """A call's arguments, after the task itself for a ``bind=True`` task called as a function."""
    return [(cst.Arg(value=cst.Name("self")), OPAQUE), *args] if _task_itself(fn) else list(args)


def _binds_every_parameter(ref: FunctionRef) -> bool:
    """``partial(post_referral, payload)`` of a function of the project: it binds every parameter
    without a default (the function can run now as it will run later)."""
    if not isinstance(ref.node, cst.FunctionDef):
        return False
    params = ref.node.params
    required = [p.name.value for p in (*params.posonly_params, *params.params) if p.default is None]
    required += [p.name.value for p in params.kwonly_params if p.default is None]
    positional = sum(1 for name, _ in ref.bound if name is None)
    named = {name for name, _ in ref.bound if name is not None}
    return bool(required) and all(at < positional or name in named for at, name in enumerate(required))


def _is_super(expr: cst.BaseExpression) -> bool:
    """``super()`` (or ``super(Cls, self)``)."""
    return isinstance(expr, cst.Call) and isinstance(expr.func, cst.Name) and expr.func.value == "super"


def _queried(expr: cst.BaseExpression) -> bool:
    """``expr`` is a query of an ORM (``Member.objects.filter(...).values(...)``, ``qs.values(...)``):
    its ``.get()`` fetches one row (a dict's ``get`` takes a key)."""
    chain = method_chain(expr)
    return "objects" in chain or bool({"values", "values_list", "filter", "exclude", "only", "select_related"} & set(chain))


#: last words of names that hold a storage or messaging destination (``bucket``, ``referral_queue``)
def _sets_attributes_by_name(fn: cst.FunctionDef, me: str | None) -> bool:
    """``fn`` may set attributes the analysis cannot name: ``setattr``, ``__setattr__``, ``__dict__`` or
    ``vars(...)`` used, or (``me`` being its ``self``) ``self`` handed to another call (``fill(self, m)``),
    ``super().__init__(...)`` apart."""
    if _writes_attributes_by_name(fn):
        return True
    for node in walk(fn):
        if isinstance(node, cst.Call):
            name = dotted(node.func) or ""
            if me is not None and name != "vars" and not _is_super_call(node) and any(isinstance(a.value, cst.Name) and a.value.value == me for a in node.args):
                return True  # fill(self, m): code that may set attributes (vars(self) only reads them)
        elif isinstance(node, cst.Attribute) and node.attr.value == "__slots__":
            return True
    return False


def _writes_attributes_by_name(fn: cst.FunctionDef) -> bool:
    """``fn`` sets attributes of some object by name: ``setattr(r, k, v)``, ``r.__dict__.update(row)``,
    ``vars(r).update(row)``, ``r.__dict__[k] = v`` (reading ``vars(r)`` is not)."""
    for node in walk(fn):
        if isinstance(node, cst.Call):
            name = dotted(node.func) or ""
            if name == "setattr" or name.endswith(".__setattr__"):
                return True
            owner = node.func.value if isinstance(node.func, cst.Attribute) and node.func.attr.value in ("update", "setdefault", "__setitem__") else None
            if owner is not None and ((isinstance(owner, cst.Attribute) and owner.attr.value == "__dict__")
                                      or (isinstance(owner, cst.Call) and dotted(owner.func) == "vars")):
                return True
        elif isinstance(node, cst.Subscript) and isinstance(node.value, cst.Attribute) and node.value.attr.value == "__dict__":
            return True  # r.__dict__[k] = v (a read of it too: rare enough to keep the record whole)
        elif isinstance(node, (cst.Assign, cst.AugAssign, cst.AnnAssign)):
            # d = self.__dict__ (then d.update(row)), self.__dict__ |= row, self.__dict__ = dict(row)
            targets = [t.target for t in node.targets] if isinstance(node, cst.Assign) else [node.target]
            value = node.value
            if any(isinstance(t, cst.Attribute) and t.attr.value == "__dict__" for t in targets) or (
                    (isinstance(value, cst.Attribute) and value.attr.value == "__dict__") or (isinstance(value, cst.Call) and dotted(value.func) == "vars")):
                return True
    return False


def _is_super_call(node: cst.Call) -> bool:
    """``super().__init__(...)``, ``Base.__init__(self, ...)``: the base's own method on this object."""
    func = node.func
    return isinstance(func, cst.Attribute) and (
        (isinstance(func.value, cst.Call) and dotted(func.value.func) == "super") or func.attr.value == "__init__")


#: an include=/exclude= value that is None on some way of the running function (``Calls._none_way``)
NONE_WAY_MARK = "<None on a way>"


def _names_given(arg: tuple[cst.Arg, Val] | None, deny: bool = False) -> tuple[str, ...] | None:
    """The names of ``include=``/``exclude=``/``fields=``: a constant set, list or tuple, or the keys of
    a dict (``{"ssn": True}``); None when absent, ``None`` or not known. A list that may be one of several
    (``only.append(...)`` in a branch): every name it may hold for a selection, the names it surely holds
    for a ``deny`` list (``exclude=``)."""
    if arg is None:
        return None
    node, val = arg[0].value, arg[1]
    if isinstance(node, cst.Dict):
        keys = [e.key for e in node.elements if isinstance(e, cst.DictElement)]
        if keys and all(isinstance(k, cst.SimpleString) and isinstance(string_value(k), str) for k in keys):
            return tuple(string_value(k) for k in keys)  # type: ignore[union-attr, misc]
        return None
    if NONE_WAY_MARK in val.labels and val.const and val.text is None:
        return None  # include=None if FULL_EXPORT else {...}: on one way every field, on the other none excluded (round 516c)
    if val.items is None and val.const and val.choices:
        return common_of(val) if deny else union_of(val)
    return val.items


def _nested_names(arg: tuple[cst.Arg, Val] | None) -> dict[str, frozenset[str]]:
    """The sub-fields a pydantic ``include=``/``exclude=`` dict names under a key (``{"address":
    {"street", "zip_code"}}``): a set, list or tuple of strings; a key given ``True`` or anything
    else is not in it."""
    node = arg[0].value if arg is not None else None
    out: dict[str, frozenset[str]] = {}
    if not isinstance(node, cst.Dict):
        return out
    for entry in node.elements:
        if isinstance(entry, cst.DictElement) and isinstance(entry.value, cst.Dict) and len(entry.value.elements) == 1:
            only = entry.value.elements[0]
            if isinstance(only, cst.DictElement) and (isinstance(only.key, cst.Integer) or (
                    isinstance(only.key, cst.SimpleString) and string_value(only.key) == "__all__")):
                # {"members": {"__all__": {"cin"}}}: the same sub-fields of every element of a list field
                entry = entry.with_changes(value=only.value)
        if isinstance(entry, cst.DictElement) and isinstance(entry.key, cst.SimpleString) and isinstance(entry.value, cst.Dict):
            # {"contact": {"email": True}}: the keys given True
            inner = [string_value(e.key) if isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString)
                     and isinstance(e.value, cst.Name) and e.value.value == "True" else None for e in entry.value.elements]
            key = string_value(entry.key)
            if isinstance(key, str) and inner and all(isinstance(n, str) for n in inner):
                out[key] = frozenset(n for n in inner if isinstance(n, str))
            continue
        if not (isinstance(entry, cst.DictElement) and isinstance(entry.key, cst.SimpleString) and isinstance(entry.value, (cst.Set, cst.List, cst.Tuple))):
            continue
        names = [string_value(e.value) if isinstance(e.value, cst.SimpleString) else None for e in entry.value.elements]
        key = string_value(entry.key)
        if isinstance(key, str) and names and all(isinstance(n, str) for n in names):
            out[key] = frozenset(n for n in names if isinstance(n, str))
    return out


def _computed_key_of(expr: cst.BaseExpression) -> cst.BaseExpression | None:
    """The key expression of ``groups[key]`` or ``groups.setdefault(key, [])``."""
    if isinstance(expr, cst.Subscript) and len(expr.slice) == 1 and isinstance(expr.slice[0].slice, cst.Index):
        return expr.slice[0].slice.value
    if isinstance(expr, cst.Call) and expr.args:
        return expr.args[0].value
    return None


def _model_made(expr: cst.BaseExpression) -> bool:
    """``Model(**row)``, ``Model.parse_obj(row)``, ``Model.from_orm(m)``: an instance a model class makes,
    not a response (``Model(...).json()`` is the model's JSON)."""
    if not isinstance(expr, cst.Call):
        return False
    func = expr.func
    if isinstance(func, cst.Name):
        return func.value[:1].isupper()
    rule = LIBRARY.methods.get(func.attr.value) if isinstance(func, cst.Attribute) else None
    return rule is not None and rule.does == "model_constructor" and isinstance(func.value, cst.Name) and func.value.value[:1].isupper()


def _typed_as(annotation: cst.BaseExpression) -> str | None:
    """The class a value is typed as by an annotation or a ``cast`` (``EroCaseUpdate``, ``"EroCaseUpdate"``)."""
    if isinstance(annotation, cst.SimpleString):
        text = string_value(annotation)
        return text if isinstance(text, str) and text.isidentifier() else None
    return annotation.value if isinstance(annotation, cst.Name) else None


#: client kinds whose base is a host name (an SSH, SFTP or FTP server), not a bucket, queue or topic name
_HOST_CLIENTS = frozenset({"paramiko.ssh", "paramiko.transport", "paramiko.sftp", "pysftp", "ftp"})


def _inbound(val: Val) -> bool:
    """What a send or fetch returned, or was read from it (``resp.json()["items"]``), with no placement of ours."""
    return INBOUND_MARK in val.labels and not val.placements


def _response_like(expr: cst.BaseExpression) -> bool:
    """``resp``, ``self.response``, ``result``: a name for what came back, not a record."""
    from ..destinations import name_words

    name = dotted(expr)
    return name is None or bool(set(name_words(name.rsplit(".", 1)[-1])) & LIBRARY.response_words)


def _replacement_fields(template: str) -> list[tuple[str, str]]:
    """The replacement fields of a ``str.format`` template, each as (the argument it names, by
    position or keyword, ``{}`` numbered in order; what follows that name: ``.dob``, ``[cin]``),
    without its conversion and format spec; escaped braces are no field."""
    found: list[tuple[str, str]] = []
    automatic = 0
    for match in _BRACES.finditer(template.replace("{{", "").replace("}}", "")):
        field = match.group(0)[1:-1].split(":", 1)[0].split("!", 1)[0]
        head = re.split(r"[.\[]", field, maxsplit=1)[0]
        rest = field[len(head):]
        if head == "":
            head, automatic = str(automatic), automatic + 1
        found.append((head, rest))
    return found


def _bare_fields(template: str, args: Args) -> set[int] | None:
    """The arguments of ``template.format(*args)`` (their indexes in ``args``) that a replacement
    field names whole (``{}``, ``{0}``, ``{cin:>10}``), not only through an attribute or a key
    (``{0[cin]}``, ``{m.dob}``); None when the template cannot be read that way (nested fields)."""
    if "{" in _BRACES.sub("", template.replace("{{", "").replace("}}", "")) or any(a.star for a, _ in args):
        return None  # "{0:{1}}": a field inside a field's format; "{}|{}".format(*parts): which is which is not known
    positions = [i for i, (a, _) in enumerate(args) if a.keyword is None and not a.star]
    keywords = {a.keyword.value: i for i, (a, _) in enumerate(args) if a.keyword is not None}
    whole: set[int] = set()
    for head, rest in _replacement_fields(template):
        if rest[:1] in (".", "["):
            continue  # {0[cin]}, {m.dob}: a part of the argument (_format_fields)
        index = positions[int(head)] if head.isdigit() and int(head) < len(positions) else keywords.get(head)
        if index is not None:
            whole.add(index)
    return whole


def _given_as_text(rule: Rule | None, args: Args) -> Rule | None:
    """``rule``, unless it reads only a query given as a text (``"strings": true``: a database hook's ``run(sql)``) and
    the query is none (``rules.run({...})`` of any other object: no rule applies)."""
    if rule is None or not rule.strings or rule.does != "sql_query" or rule.sql is None:
        return rule
    given = argument(args, *rule.sql)
    held = given[1] if given is not None else None
    texts = [held.text] if held is not None and held.text is not None else list(held.alternatives or ()) if held is not None else []
    texts += [e.text for e in (held.elements or ()) if e.const and e.text is not None] if held is not None else []
    # (chain.run(f"Summarize member {m.ssn}"), a prompt or a command: a text that is no query)
    return rule if any(looks_like_query(text) or unload(text) is not None or _COPY.match(text) for text in texts) else None

def _keyword_dict(literal: "cst.BaseExpression | None") -> "cst.BaseExpression | None":
    """``dict(ice=IceClient, wi=WiClient)`` as the dict literal of those entries; anything else as it is."""
    if isinstance(literal, cst.Call) and isinstance(literal.func, cst.Name) and literal.func.value == "dict" and literal.args \
            and all(a.keyword is not None and not a.star for a in literal.args):
        return cst.Dict([cst.DictElement(cst.SimpleString(repr(a.keyword.value)), a.value) for a in literal.args])  # type: ignore[union-attr]
    return literal


def _fields_in_path(template: str) -> "set[int | str]":
    """The fields of a ``str.format`` template written in a URL's path (after the host, or after a ``/``): their
    positions (``{}``, ``{0}``) or names (``{case_id}``)."""
    found: set[int | str] = set()
    counter = 0
    for match in _BRACES.finditer(template):
        field = match.group(0)[1:-1].split(":", 1)[0].split("!", 1)[0]
        key: int | str
        if field == "":
            key, counter = counter, counter + 1
        else:
            head = re.split(r"[.\[]", field, maxsplit=1)[0]
            key = int(head) if head.isdigit() else head
        before = template[:match.start()]
        if in_a_path(before):
            found.add(key)
    return found


def _format(template: str, args: Args) -> str:
    """Fold ``template.format(*args)``: constant arguments fill their fields, others leave a hole."""
    positional = [v for a, v in args if a.keyword is None and not a.star]
    keywords = {a.keyword.value: v for a, v in args if a.keyword is not None}
    counter = iter(range(len(positional) + 1))

    def fill(match: re.Match[str]) -> str:
        field = match.group(0)[1:-1].split(":", 1)[0].split("!", 1)[0]
        if field == "":
            index = next(counter, None)
            val = positional[index] if index is not None and index < len(positional) else None
        elif field.isdigit():
            val = positional[int(field)] if int(field) < len(positional) else None
        else:
            val = keywords.get(field)
        if val is not None and val.text is not None and not val.names:
            return val.text  # a text partly known ("/v3/subjects/" and a hole): what is known of it
        return const_text(val) or HOLE

    return _BRACES.sub(fill, template)


class Calls(Part):
    """What a call returns and does, dispatched on what the callee is."""

    def __init__(self, m: "ModuleAnalysis") -> None:
        super().__init__(m)
        self._spread_args: dict[tuple[int, int], cst.Arg] = {}  # f(*seq): the argument made for each element
        self._filters: dict[int, cst.GeneratorExp] = {}  # filter(lambda kv: ..., d.items()): as a comprehension
        self._pair_dicts: dict[int, cst.DictComp] = {}  # dict((k, v) for ...), dict(map(lambda kv: ..., ...)): as a dict comprehension
        self._library_clients: dict[int, Val | None] = {}  # class IceSession(requests.Session): the client it is

    def qualified(self, func: cst.BaseExpression, frame: Frame) -> str | None:
        """The qualified name of a callee, through imports; a builtin's bare name when not shadowed."""
        if isinstance(func, cst.Attribute) and isinstance(func.value, cst.Dict) and not func.value.elements and func.attr.value == "fromkeys":
            return "dict.fromkeys"  # {}.fromkeys(COLS, m.ssn): as dict.fromkeys
        name = dotted(func)
        if name is None:
            return None
        head = name.split(".", 1)[0]
        if (head in frame.env and not (frame.imports and head in frame.imports)) or head in ("self", "cls"):
            return None
        qual = self.index.qualify(name, frame.imports)
        if qual is not None:
            return qual
        if head in self.index.functions or head in self.index.classes or head in self.index.constants:
            return None
        return name

    def has_pragma(self, node: cst.CSTNode, lines: frozenset[int] | None = None) -> bool:
        """The pragma ``# medicaid-scope: enforcement`` (or the one of ``lines``) is on a line of ``node``."""
        lines = self.index.pragma_lines if lines is None else lines
        if not lines:
            return False
        start, end = self.span(node)
        return any(line in lines for line in range(start, end + 1))

    def marked_call(self, node: cst.Call, func: cst.BaseExpression, qual: str | None, frame: Frame) -> "tuple[bool, bool]":
        """Whether the enforcement pragma marks ``node`` (a call on its lines), and whether it is the call the data
        goes to rather than one inside the arguments of another marked call. Inside a marked call's arguments, a call
        the library knows or a builtin makes what that call sends (``channel.transmit(json.dumps(p))``: ``transmit``
        is the sink), a function of the project is followed (noted in ``pragma_helpers`` when it may be the sink
        itself, ``_dispatch``), any other call stays marked (``audit.record(channel.transmit(body))``). In the callee
        part, a call that makes a client from settings (``pool.get(cfg.region).send(b)``) is no sink and a function of
        the project is followed; one given data (``channel.transmit(body).result(30)``) is marked."""
        if not self.has_pragma(node):
            return False, False
        held: tuple[set[int], set[int], set[int], set[int]] | None = self.__dict__.get("_pragma_inner_memo")
        if held is None:
            # (calls inside marked calls' arguments, client factories, calls inside the arguments of a marked call that
            # is itself a sink: not a container method or conversion the library knows, calls in the callee part)
            held = (set(), set(), set(), set())
            flat = self.functions.flat
            for found in flat.nodes:
                if type(found) is not cst.Call or not self.has_pragma(found):
                    continue
                in_arguments = [id(n) for arg in found.args for start in (flat.at.get(id(arg)),) if start is not None  # type: ignore[attr-defined]
                                for n in flat.nodes[start + 1:flat.ends[start]] if type(n) is cst.Call]
                held[0].update(in_arguments)
                if not self._library_known(found):  # type: ignore[arg-type]
                    held[2].update(in_arguments)
                start = flat.at.get(id(found.func))  # type: ignore[attr-defined]
                if start is not None:
                    held[3].update(id(n) for n in flat.nodes[start:flat.ends[start]] if type(n) is cst.Call)
                    # open_channel(cfg.region).transmit(body), pool.get(cfg.region).send(b): the calls that make the client
                    # the data is given to, from settings, are no sinks; one given data (channel.transmit(body).result(30),
                    # client.get(f"/subjects/{m.ssn}").json(), service.create(body=p).execute()) is the sink
                    held[1].update(id(n) for n in flat.nodes[start:flat.ends[start]] if type(n) is cst.Call
                                   and all(self._static_argument(a) or self._config_value(a.value) for a in n.args)  # type: ignore[attr-defined]
                                   and (set(name_words(_called_name(n.func))) & _CLIENT_MAKERS  # type: ignore[attr-defined]
                                        or (self._maker_shaped(n.func) and any(self._config_value(a.value) for a in n.args))))  # type: ignore[attr-defined]
            self.__dict__["_pragma_inner_memo"] = held
        inner, factories, in_a_sink, callee_part = held
        if id(node) in factories or (id(node) in callee_part and self._project_callable(func, frame)):
            return False, False  # (get_subject_frame(members).to_sql(...): the project's function is followed)
        if id(node) not in inner:
            return True, True
        builtin = isinstance(func, cst.Name) and func.value in _BUILTINS and func.value not in frame.env and func.value not in self.index.functions
        known = (qual is not None and qual in shipped().calls) or (isinstance(func, cst.Attribute) and func.attr.value in shipped().methods) or builtin
        if not known and self._project_callable(func, frame):
            # receipts.append(submit(payload)), audit.record(submit(ch, p)): followed; the sink when what it was given does
            # not come back and it calls out to what the analysis does not know (_dispatch); count_fields(p) is not
            if id(node) not in in_a_sink or self._calls_out(func):
                self.m.pragma_helpers.add(id(node))
            return False, False
        return not known, False

    def _static_argument(self, arg: cst.Arg) -> bool:
        """An argument that gives no data: a literal, an upper-case module constant, a function of the module or a
        method (a callback), a lambda."""
        value = arg.value
        if isinstance(value, (cst.SimpleString, cst.Integer, cst.Float, cst.Lambda)):
            return True
        if isinstance(value, cst.Attribute) and isinstance(value.value, cst.Name) and value.value.value == "self" \
                and any(value.attr.value in c.methods for c in self.index.classes.values()):
            return True  # .add_done_callback(self._on_sent): a method of the module, a callback
        return isinstance(value, cst.Name) and (value.value in ("True", "False", "None") or value.value in self.index.functions
                                                 or (value.value in self.index.constants and value.value.isupper()))

    def _calls_out(self, func: cst.BaseExpression) -> bool:
        """A function of this module that calls something neither the library data, the builtins nor the module's own
        functions know (``channel.transmit(payload)``: it may send what it is given); one of another module may."""
        fn = self.index.functions.get(func.value) if isinstance(func, cst.Name) else None
        if fn is None:
            return True
        return any(not self._library_known(c) and not (isinstance(c.func, cst.Name) and c.func.value in self.index.functions)
                   for c in self.functions.flat.calls(fn.body))

    def _maker_shaped(self, func: cst.BaseExpression) -> bool:
        """A call that may make a client from settings: a function or class of its own (``EidTransmitter(...)``,
        ``open_stub(...)``) or of an imported module (``relaykit.connect(...)``), not a method of a value
        (``df.to_parquet(path)``, ``outbox.publish(QUEUE)``)."""
        if isinstance(func, cst.Name):
            return True
        root = root_name(func)
        return isinstance(func, cst.Attribute) and root is not None and (root in self.index.imports or root in self.index.modules)

    def _config_value(self, value: cst.BaseExpression, named_only: bool = False) -> bool:
        """``settings.eid_url``, ``cfg.region``, ``os.environ["X"]``, ``CONFIG["url"]``: a value read from configuration
        (``named_only``: from an object named for it, not any upper-case constant)."""
        if named_only and not isinstance(value, (cst.Attribute, cst.Subscript)):
            return False
        while isinstance(value, (cst.Attribute, cst.Subscript)):
            value = value.value
        name = dotted(value) or ""
        return name in ("os.environ", "environ") or (not named_only and name in self.index.constants and name.isupper()) or bool(
            set(self.vocabulary.tokens(name.replace(".", "_"))) & {"settings", "setting", "config", "cfg", "conf", "options", "opts", "env"})

    def _library_known(self, call: cst.Call) -> bool:
        """A call the library data knows (a container's method, a conversion), or a builtin: not a send."""
        func = call.func
        if isinstance(func, cst.Attribute) and (func.attr.value in shipped().methods or func.attr.value in MUTATORS):
            return True  # (receipts.append(...), a conversion)
        if isinstance(func, cst.Name) and func.value in _BUILTINS and func.value not in self.index.functions:
            return True
        return (self.index.qualify(dotted(func) or "") or "") in shipped().calls

    def _renamed_column(self, placed: Placement, new: str, entry: cst.DictElement) -> Placement:
        """A column ``placed`` under the name ``new`` by a rename mapping's ``entry``: it carries both names; when only the
        new name is prohibited (``{"msis_ident_num": "ethnicity"}``: a permitted column renamed), the rename is where that
        entered the data, and the column is placed at the entry (SPEC section 3: the line that adds it); a column
        prohibited already stays where it was placed."""
        assert placed.key is not None
        moved = replace(placed, key=new, names=placed.names | {new})
        before = {self.vocabulary.classify(n) for n in placed.names}
        after = self.vocabulary.classify(new)
        if placed.module is None and placed.kind == "field" and after is not None and after not in self.rules.permitted \
                and before <= self.rules.permitted | {None}:
            line, col = self.positions(entry)
            moved = replace(moved, line=line, col=col)
        return moved

    def _filter_constant(self, node: cst.BaseExpression, frame: Frame | None) -> "tuple[str, frozenset[str]] | None":
        """What an attrs ``filter=`` keeps when it is written there (``attrs.filters.include(_A.cin)``) or
        is a constant of this module or of another of the project holding one (``PERMITTED =
        attrs.filters.include(...)``, ``ONLY_CIN = lambda a, v: a.name == "cin"``, ``schema.PERMITTED``):
        ("include" or "exclude", the names); None otherwise (a lambda written there is read by the caller)."""
        if isinstance(node, cst.Call):
            return _attrs_filter(node, self.index.constants)
        written = dotted(node)
        if isinstance(node, cst.Name) and frame is not None and node.value in frame.env:
            # flt = attrs.filters.include(...) (or a lambda) bound once in the running function, never a parameter
            running = self._stack[-1] if self._stack else None
            binds = bindings_of(running.body, node.value) if isinstance(running, cst.FunctionDef) and node.value not in param_names(running) else []
            held_here = binds[0].value if len(binds) == 1 and isinstance(binds[0], cst.Assign) and len(binds[0].targets) == 1 \
                and isinstance(binds[0].targets[0].target, cst.Name) else None
            return self._filter_held(held_here, frame)
        if written is None or written.split(".", 1)[0] in (frame.env if frame is not None else {}):
            return None  # a parameter, or a local bound otherwise: not the module's constant
        if isinstance(node, cst.Name) and written in self.index.constants:
            chosen = self._filter_held(self.index.constants[written], Frame(env={}))
            if chosen is None or not self.population.rebound_at_run_time(written):
                return chosen
            # global FILTER; FILTER = attrs.filters.include(_A.cin, _A.dob) in a function: any of its filters may be the
            # one given; each keeping names, at most their union is kept (one that is not read keeps anything)
            rebound = self.population.run_time_bindings(written) or []
            others = [self._filter_held(v, Frame(env={})) for v in rebound]
            if not rebound or any(o is None or o[0] != "include" for o in others) or chosen[0] != "include":
                return None
            return "include", chosen[1].union(*(o[1] for o in others if o is not None))
        found = self.links.foreign(written)
        if found is None or "." in found[1] or found[1] not in found[0].index.constants or found[0].population.rebound_at_run_time(found[1]):
            return None
        return found[0].calls._filter_held(found[0].index.constants[found[1]], Frame(env={}))

    def _filter_held(self, held: cst.BaseExpression | None, frame: Frame) -> "tuple[str, frozenset[str]] | None":
        """What a filter a name holds keeps: ``attrs.filters.include(...)``/``exclude(...)``, or a lambda testing
        the attribute's name (read in this module, with ``frame`` for its free names); None for anything else."""
        if isinstance(held, cst.Call):
            return _attrs_filter(held, self.index.constants)
        return self._key_callback(held, False, frame) if isinstance(held, cst.Lambda) else None

    def _key_callback(self, node: cst.BaseExpression, factory: bool, frame: Frame) -> "tuple[str, frozenset[str]] | None":
        """What a callback given to a serializer keeps, when it is a membership test of the field's name
        in a constant collection: ``lambda a, v: a.name in ALLOWED`` (attrs' ``filter``), or a function
        of this module returning ``{k: v for k, v in items if k not in DENIED}`` (dataclasses'
        ``dict_factory``). ("include" or "exclude", the names); None for anything else."""
        body: cst.BaseExpression | None = None
        params: list[str] = []
        if isinstance(node, cst.Lambda):
            body, params = node.body, [p.name.value for p in node.params.params]
        elif isinstance(node, cst.Name) and node.value in self.index.functions and node.value not in frame.env:
            fn = self.index.functions[node.value]
            statements: Sequence[cst.BaseStatement] = fn.body.body if isinstance(fn.body, cst.IndentedBlock) else []
            last = statements[0] if len(statements) == 1 else None
            small = last.body[0] if isinstance(last, cst.SimpleStatementLine) and len(last.body) == 1 else None
            body = small.value if isinstance(small, cst.Return) else None
            params = [p.name.value for p in fn.params.params]
        if body is None or not params:
            return None
        if factory:
            comp = body
            target = comp.for_in.target if isinstance(comp, cst.DictComp) else None
            first = target.elements[0].value if isinstance(target, cst.Tuple) and len(target.elements) == 2 else None
            if not (isinstance(comp, cst.DictComp) and isinstance(comp.key, cst.Name) and comp.for_in.inner_for_in is None
                    and len(comp.for_in.ifs) == 1 and isinstance(comp.for_in.iter, cst.Name) and comp.for_in.iter.value == params[0]
                    and isinstance(first, cst.Name) and first.value == comp.key.value):
                return None  # {k: v for k, v in items if k in ALLOWED}: the name, first of each pair, is tested
            test, key = comp.for_in.ifs[0].test, comp.key.value
            reads = lambda e: isinstance(e, cst.Name) and e.value == key  # noqa: E731
        else:
            test = body
            reads = lambda e: isinstance(e, cst.Attribute) and isinstance(e.value, cst.Name) and e.value.value == params[0] and e.attr.value == "name"  # noqa: E731
            if isinstance(test, cst.BooleanOperation) and isinstance(test.operator, cst.Or):
                # lambda a, v: a.name == "cin" or a.name == "dob": the names of every test, when each keeps names
                sides = [self._key_callback(cst.Lambda(params=node.params, body=side), False, frame)
                         for side in (test.left, test.right)] if isinstance(node, cst.Lambda) else [None]
                if all(s is not None and s[0] == "include" for s in sides):
                    return "include", frozenset().union(*(s[1] for s in sides if s is not None))
                return None
        if isinstance(test, cst.Comparison) and len(test.comparisons) == 1 and isinstance(test.comparisons[0].operator, (cst.Equal, cst.NotEqual)) \
                and reads(test.comparisons[0].comparator) and not reads(test.left):
            # "cin" == a.name: the same test written the other way round
            test = cst.Comparison(left=test.comparisons[0].comparator,
                                  comparisons=[cst.ComparisonTarget(operator=test.comparisons[0].operator, comparator=test.left)])
        if not isinstance(test, cst.Comparison) or len(test.comparisons) != 1 or not reads(test.left):
            return None
        operator = test.comparisons[0].operator
        # the collection as the callback sees it: a local or a parameter of the caller first (a lambda's
        # free name), then the module's constant
        comparator = test.comparisons[0].comparator
        if isinstance(node, cst.Lambda) and isinstance(comparator, cst.Name) and comparator.value in params:
            return None
        listed = self.expr.eval(comparator, frame if isinstance(node, cst.Lambda) else Frame(env={}))
        if listed.const and listed.items is None and listed.text is not None and isinstance(operator, (cst.Equal, cst.NotEqual)):
            # lambda a, v: a.name == "cin": a list of one name (!= it: all but that one)
            return ("include" if isinstance(operator, cst.Equal) else "exclude"), frozenset({listed.text})
        if not listed.const or listed.items is None:
            return None
        if isinstance(operator, cst.In):
            return "include", frozenset(listed.items)
        return ("exclude", frozenset(listed.items)) if isinstance(operator, cst.NotIn) else None

    def _format_fields(self, template: str, args: Args) -> list[Val]:
        """The attributes and keys a format template reads from its arguments (``{0.ssn}``,
        ``{m.race}``, ``{rec[dob]}``), each a field read placed at the argument it reads."""
        positional = [(a, v) for a, v in args if a.keyword is None and not a.star]
        keywords = {a.keyword.value: (a, v) for a, v in args if a.keyword is not None}
        out: list[Val] = []
        for head, rest in _replacement_fields(template):
            path = re.findall(r"\.(\w+)|\[([^\]]+)\]", rest)
            if not path:
                continue
            given = positional[int(head)] if head.isdigit() and int(head) < len(positional) else keywords.get(head)
            if given is None:
                continue
            val = given[1]
            for attr, key in path:
                val = self.expr.read_key(val, attr or key)
            out.append(self.expr.interpolated(val, given[0].value))
        return out

    def _spread(self, args: Args) -> Args:
        """``f(*seq)`` with ``seq`` known element by element: one positional argument per element (each
        an argument node of its own, at the position of ``*seq``)."""
        out: list[tuple[cst.Arg, Val]] = []
        for arg, val in args:
            if arg.star != "*" or val.elements is None or len(val.elements) > 16:
                out.append((arg, val))
                continue
            for i, element in enumerate(val.elements):
                key = (id(arg), i)
                spread = self._spread_args.get(key)
                if spread is None:
                    spread = self._spread_args[key] = cst.Arg(value=arg.value)
                    self.m.alias_position(spread, arg)
                out.append((spread, element))
        return out

    def eval_call(self, node: cst.Call, frame: Frame) -> Val:
        func = node.func
        kept_by = (isinstance(func, cst.Name) and func.value == "filter" and "filter" not in frame.env) or (
            self.index.qualify(dotted(func) or "", frame.imports or None) == "itertools.filterfalse" and root_name(func) not in frame.env)
        if kept_by and len(node.args) == 2:
            made = self._filter_as_comprehension(node, frame)
            if made is not None:
                return self.expr.eval(made, frame)  # filter(lambda kv: kv[0] in ALLOWED, rec.items())
        as_dict = self._dict_of_pairs(node, frame)
        if as_dict is not None:
            return self.expr.eval(as_dict, frame)  # dict((k, v) for k, v in rec.items()), dict(map(lambda kv: (...), rec.items()))
        if isinstance(func, (cst.Name, cst.Attribute)) and root_name(func) not in frame.env and len(node.args) == 1 and node.args[0].keyword is None \
                and not node.args[0].star and self.enum_class_named(dotted(func) or ""):
            # Status(member.imgrtn_stus_cd) of an Enum of the project: the member that value names (its .name is
            # that field); Status("E") of a constant is the member of that value, a constant
            given = self.expr.eval(node.args[0].value, frame)
            if not given.const:
                # (a member of that class not known: Partner.<member>, as a parameter annotated with it is; round 412a)
                return given.with_labels({ENUM_MEMBER_MARK, f"{dotted(func)}.<member>"})
            members = self.statements.enum_members(dotted(func) or "") or []
            return next((m for m in members if given.text is not None and m.text == given.text), const_val())
        if isinstance(func, cst.Attribute) and func.attr.value == "get" and isinstance(func.value, (cst.Name, cst.Attribute)) \
                and (root_name(func.value) not in frame.env or (isinstance(func.value, cst.Attribute) and root_name(func.value) in ("self", "cls"))):
            classes = self.table_classes(node, frame)
            if classes is not None:
                return classes  # cls = CLIENTS.get(partner) of {"ice": IceClient, ...}: the class
        if isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and func.value.value in ("str", "bytes") \
                and func.value.value not in frame.env and node.args and node.args[0].keyword is None and not node.args[0].star:
            # str.join("/", parts), str.format(template, m.cin), str.upper(name): the method of the first argument
            unbound = node.with_changes(func=func.with_changes(value=node.args[0].value), args=node.args[1:])
            self.m.alias_position(unbound, node)
            return self.eval_call(unbound, frame)
        if node.args and all(a.keyword is None and not a.star for a in node.args) and root_name(func) not in frame.env \
                and self.index.qualify(dotted(func) or "", frame.imports or None) == "collections.ChainMap":
            # ChainMap(overrides, rec): a lookup finds the first map holding the key, as {**rec, **overrides} holds it
            merged = cst.Dict(elements=[cst.StarredDictElement(value=a.value) for a in reversed(node.args)])
            self.m.alias_position(merged, node)
            return self.expr.eval(merged, frame).with_labels({CHAIN_MAP_MARK})
        if isinstance(func, cst.Name) and func.value not in frame.env and len(node.args) == 1 and node.args[0].keyword is None \
                and not node.args[0].star and self._new_type(func.value):
            # MemberId = NewType("MemberId", str); MemberId(member.ssn): the value itself at run time (as cast() gives)
            return self.expr.eval(node.args[0].value, frame)
        named = self._class_alias(func, frame)
        if named is not None:
            # cls = IceClient; cls(...), Alias = IceClient, self.client_cls() with client_cls = IceClient, a
            # parameter's default class: a call of that class
            made = node.with_changes(func=named)
            self.m.alias_position(made, node)
            return self.eval_call(made, frame)
        qual = self.qualified(func, frame)
        log, reads = self.m.contents_read, self.m.file_reads
        mark, read_mark = len(log), len(reads)
        args: Args = [(arg, self._argument(arg, frame)) for arg in node.args]
        rule = LIBRARY.calls.get(qual) if qual is not None else (
            _given_as_text(LIBRARY.methods.get(func.attr.value), args) if isinstance(func, cst.Attribute) else None)
        if rule is not None and rule.concurrent:
            args = self._started(node, args, frame)
        # files={"f": fh}: the files whose content the arguments carry (an upload of them, ``Files.uploads``)
        self.m.args_read = frozenset(log[mark:]) if len(log) > mark else frozenset()
        self.m.args_file_reads = frozenset(reads[read_mark:]) if len(reads) > read_mark else frozenset()
        # (a constant tuple of texts too, given to a send: requests.post(*ENDPOINT, json=body))
        if any(arg.star == "*" and val.elements is not None and (not val.const or STAR_ARGS_MARK in val.labels or (
                val.items is not None and len(val.items) == len(val.elements) and qual is not None and qual in self.sink_functions)) for arg, val in args):
            args = self._spread(args)  # requests.post(*args) with args known element by element
        if any(arg.star == "**" for arg, _ in args):
            args = self._spread_keywords(args, frame)  # session.request(**req) with req a dict literal of this function
        declared = self._declared_fields_list(qual, node, frame)
        if declared is not None:
            return declared
        self.m.last_effects = {}
        sites = self.m.call_sites
        sites.append((self.population.scope(), node, self._stack[-1] if self._stack else None))
        self.m.project_calls.pop(id(node), None)
        try:
            result = self._dispatch(node, func, qual, args, frame)
        finally:
            sites.pop()
        if self.m.last_effects:
            effects, self.m.last_effects = self.m.last_effects, {}
            self.functions.apply_effects(node, effects, frame)
        self._unmask_handed(node, func, frame, args)
        if isinstance(func, cst.Attribute) and func.attr.value in ("get", "values") and any(p.detail == DATA_KEY for p in result.placements):
            # by_ssn.get(m.ssn), groups.values(): the entries, not the keys they are held under (keys.pop() of a list of keys is one)
            result = replace(result, placements=tuple(p for p in result.placements if p.detail != DATA_KEY))
        result = self.population.after_call(node, qual, list(args), result, frame)
        self.m.project_calls.pop(id(node), None)
        if result.opaque and result.client is None and result.model is None and result.function is None:
            # ApiClient(base_url=IL_DHS), BaseUrlSession(base_url=...) of a class the analysis does not know:
            # the base it was made for, kept on the object (its sends are decided by it: SPEC section 4)
            bases = self._constructor_bases(func, args)
            if bases:
                result = result.with_labels({CLIENT_BASE_MARK + b for b in bases})
        if result.model is None and not result.placements:
            fetched = self._fetched_model(func, qual, args)
            if fetched is not None:
                result = replace(result, model=fetched)  # Member.objects.get(pk=pk): an instance of Member
        if isinstance(func, cst.Attribute) and func.attr.value in ONE_ROW:
            if AGGREGATE_MARK in result.labels and not result.placements and not result.names and not result.elements:
                # SELECT count(*) FROM claims, then (n,) = cur.fetchone(): a row of numbers over every record, no one's
                return Val(const=True, labels=frozenset({AGGREGATE_MARK}))
            result = one_row(result)  # cur.fetchone(): one row, its columns by position (as chosen by now)
        return result

    def _started(self, node: cst.Call, args: Args, frame: Frame) -> Args:
        """Calls run as tasks, at once (``gather(consumer(q), producer(q))``, ``create_task(consumer(q))``): each
        is run again with what the names it was given hold after the others (the consumer takes what the
        producer puts, though started first); a task alone runs again at the end of its block (``Statements.run_block``)."""
        calls = [a for a in node.args if isinstance(a.value, cst.Call) and a.keyword is None and not a.star]
        handed = node.args[0] if node.args and not calls and isinstance(node.func, cst.Attribute) \
            and LIBRARY.runners.get(node.func.attr.value) == "once" else None
        if handed is not None and handed.keyword is None and not handed.star and isinstance(handed.value, (cst.Name, cst.Attribute)):
            # tg.start_soon(ship, outbox): the call ship(outbox) it starts
            made = cst.Call(func=handed.value, args=[a for a in node.args[1:] if a.keyword is None and not a.star])
            self.m.alias_position(made, node)
            calls = [cst.Arg(value=made)]
        if len(calls) == 1:
            # (a task of its own, create_task(consumer(q)): run again at the end of its block, Statements.run_block)
            call = cst.ensure_type(calls[0].value, cst.Call)
            given = {a.value.value: frame.env[a.value.value] for a in call.args if isinstance(a.value, cst.Name) and a.value.value in frame.env}
            if given:
                frame.started.append([call, given, None, 0])
        if len(calls) < 2:
            return args
        return [(arg, self._argument(arg, frame)) if arg in calls and arg is not calls[-1] else (arg, val) for arg, val in args]

    def _joined_keys(self, node: cst.BaseExpression, frame: Frame) -> Val | None:
        """The keys of a dict whose every key is known, as constant names, when ``node`` iterates them:
        ``rec.keys()``, ``sorted(rec.keys())``, ``list(rec)`` or ``rec`` of a ``rec`` the running function binds
        once to a dict literal; None otherwise."""
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and len(node.args) == 1 and not node.args[0].keyword \
                and not node.args[0].star and node.func.value in ("list", "tuple", "sorted", "set") and node.func.value not in frame.env:
            node = node.args[0].value
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value == "map" and "map" not in frame.env and len(node.args) == 2 \
                and isinstance(node.args[0].value, cst.Name) and node.args[0].value.value in ("str", "repr") and not any(a.keyword or a.star for a in node.args):
            node = node.args[1].value  # "\n".join(map(str, rec.keys())): the key names converted
        running = self._stack[-1] if self._stack else None
        if isinstance(node, cst.Name) and isinstance(running, cst.FunctionDef) and isinstance(self.statements._bound_once(running).get(node.value), cst.Dict):
            node = cst.Call(func=cst.Attribute(value=node, attr=cst.Name("keys")))  # "|".join(sorted(rec)) of rec = {...}: its keys
        if isinstance(node, cst.Call) and not node.args and isinstance(node.func, cst.Attribute) and node.func.attr.value == "keys":
            return self.expr._key_set(node, frame)
        return None

    def _dict_of_pairs(self, node: cst.Call, frame: Frame) -> cst.DictComp | None:
        """``dict(GEN)`` of a generator or list comprehension of pairs (``dict((RENAME.get(k, k), v) for k, v in
        rec.items())``), also ``dict(map(lambda kv: (a, b), pairs))``: the dict comprehension it is, which the
        analysis reads entry by entry; None for any other call."""
        if not (isinstance(node.func, cst.Name) and node.func.value == "dict" and "dict" not in frame.env and len(node.args) == 1
                and node.args[0].keyword is None and not node.args[0].star):
            return None
        held = self._pair_dicts.get(id(node))
        if held is not None:
            return held
        given = node.args[0].value
        if isinstance(given, cst.Call) and isinstance(given.func, cst.Name) and given.func.value == "map" and "map" not in frame.env \
                and len(given.args) == 2 and not any(a.keyword or a.star for a in given.args) and isinstance(given.args[0].value, cst.Lambda):
            function = cst.ensure_type(given.args[0].value, cst.Lambda)
            params = function.params.params
            if len(params) != 1 or isinstance(function.params.star_arg, cst.Param) or function.params.kwonly_params:
                return None
            given = cst.GeneratorExp(elt=function.body, for_in=cst.CompFor(target=params[0].name, iter=given.args[1].value))
        if not isinstance(given, (cst.GeneratorExp, cst.ListComp)) or not isinstance(given.elt, cst.Tuple) or len(given.elt.elements) != 2 \
                or any(isinstance(e, cst.StarredElement) for e in given.elt.elements):
            return None
        made = self._pair_dicts[id(node)] = cst.DictComp(key=given.elt.elements[0].value, value=given.elt.elements[1].value, for_in=given.for_in)
        for part in (made, made.for_in):
            self.m.alias_position(part, node)
        return made

    def _filter_as_comprehension(self, node: cst.Call, frame: Frame) -> cst.GeneratorExp | None:
        """``filter(lambda kv: test, d.items())`` as ``(kv for kv in d.items() if test)``, which the
        allow-list sanitizers read (``filter(is_permitted, rec)`` of a one-expression predicate as
        ``(k for k in rec if is_permitted(k))``); None for any other ``filter``."""
        made = self._filters.get(id(node))
        if made is not None:
            return made
        predicate, iterated = (a.value for a in node.args)
        if any(a.keyword is not None or a.star for a in node.args):
            return None
        dropped = not (isinstance(node.func, cst.Name) and node.func.value == "filter")  # itertools.filterfalse: what fails the test
        if isinstance(predicate, (cst.Name, cst.Attribute)) and self.sanitizers.predicate(predicate, frame) is not None:
            test: cst.BaseExpression = cst.Call(func=predicate, args=[cst.Arg(value=cst.Name("_each"))])
            if dropped:
                test = cst.UnaryOperation(operator=cst.Not(), expression=test)
            made = self._filters[id(node)] = cst.GeneratorExp(
                elt=cst.Name("_each"), for_in=cst.CompFor(target=cst.Name("_each"), iter=iterated, ifs=[cst.CompIf(test=test)]))
            for part in (made, made.elt, test):
                self.m.alias_position(part, node)
            return made
        if not isinstance(predicate, cst.Lambda):
            return None
        pairs = isinstance(iterated, cst.Call) and isinstance(iterated.func, cst.Attribute) and iterated.func.attr.value == "items"
        # filter(lambda k: k in PERMITTED, rec): the keys an allow-list keeps, as (k for k in rec if k in PERMITTED)
        # (filter(lambda k: not is_blocked(k), rec) of a predicate: the test it holds)
        body = self.sanitizers.inlined(predicate.body, frame)
        if isinstance(body, cst.UnaryOperation) and isinstance(body.operator, cst.Not):
            body = body.expression
        keys = isinstance(body, cst.Comparison) and len(body.comparisons) == 1 \
            and isinstance(body.comparisons[0].operator, (cst.In, cst.NotIn)) and isinstance(body.left, cst.Name) \
            and isinstance(iterated, (cst.Name, cst.Attribute, cst.Call))
        if not pairs and not keys:
            return None
        params = predicate.params
        if len(params.params) != 1 or params.posonly_params or params.kwonly_params or isinstance(params.star_arg, cst.Param) \
                or params.star_kwarg is not None \
                or params.params[0].default is not None:
            return None
        name = params.params[0].name
        kept: cst.BaseExpression = cst.UnaryOperation(operator=cst.Not(), expression=predicate.body) if dropped else predicate.body
        made = self._filters[id(node)] = cst.GeneratorExp(
            elt=cst.Name(name.value), for_in=cst.CompFor(target=cst.Name(name.value), iter=iterated, ifs=[cst.CompIf(test=kept)]))
        self.m.alias_position(kept, predicate.body)
        self.m.alias_position(made, node)
        self.m.alias_position(made.elt, node)
        return made

    def _unmask_handed(self, node: cst.Call, func: cst.BaseExpression, frame: Frame, args: Args) -> None:
        """An object whose attribute was masked (``subject.ssn = None``) handed to a call (``fill(subject,
        m)``) or whose method is called (``r.load(m)``, ``subject.__dict__.update(...)``) may be filled
        again there: its masks no longer hold (not by a builtin that only reads it, nor by ``setattr``, run
        as the store it is)."""
        by_name = isinstance(func, cst.Name) and func.value == "setattr" and len(args) > 1 and not (args[1][1].const and args[1][1].text)
        if isinstance(func, cst.Name) and func.value in _READ_ONLY_BUILTINS and func.value not in frame.env and not by_name:
            return  # (setattr(subject, k, v) with a name not written: any attribute may be filled)
        names = [a.value.value for a in node.args if isinstance(a.value, cst.Name)]
        # fill_all([subject], m): an object in a list or tuple handed over
        names += [e.value.value for a in node.args if isinstance(a.value, (cst.List, cst.Tuple)) for e in a.value.elements if isinstance(e.value, cst.Name)]
        owner = func.value if isinstance(func, cst.Attribute) else None
        if isinstance(owner, cst.Attribute) and owner.attr.value == "__dict__":
            owner = owner.value
        if isinstance(owner, cst.Call) and isinstance(owner.func, cst.Name) and owner.func.value == "vars" and len(owner.args) == 1:
            owner = owner.args[0].value  # vars(subject).update(ssn=m.ssn)
        if isinstance(owner, cst.Name):
            names.append(owner.value)
        for name in names:
            held = frame.env.get(name)
            if held is not None and held.attrs and any(MASKED_MARK in v.labels for _, v in held.attrs):
                kept = tuple((k, v) for k, v in held.attrs if MASKED_MARK not in v.labels)
                frame.env[name] = replace(held, attrs=kept or None)

    def _class_alias(self, func: cst.BaseExpression, frame: Frame) -> cst.Name | None:
        """The class (by its name here) another name of this module stands for: a variable the running
        function binds only to that class, a parameter whose default it is and that no call gave, a
        module constant bound to it, or a class attribute of ``self`` bound to it; also the function of
        the module (or imported from the project) a module constant bound once is another name for.
        None otherwise."""
        if isinstance(func, cst.Subscript) and isinstance(func.value, cst.Name) and func.value.value not in frame.env and (
                func.value.value in self.index.classes or (func.value.value in self.index.imports and self.links.class_of(func.value.value) is not None)):
            return func.value  # Channel[Profile](ICE_BASE) of class Channel(Generic[T]): a call of the class
        held: list[cst.BaseExpression] = []
        running = self._stack[-1] if self._stack else None
        if isinstance(func, cst.Name) and func.value in frame.env and isinstance(running, cst.FunctionDef):
            params = [*running.params.posonly_params, *running.params.params, *running.params.kwonly_params]
            default = next((p.default for p in params if p.name.value == func.value), None)
            if any(p.name.value == func.value for p in params):
                # def refer(m, client_cls=IceClient): client_cls(...) when no call gave it and the body keeps it
                held = [default] if default is not None and func.value not in frame.given and func.value not in self.functions.rebound(running) else []
            else:
                held = self.functions.bound_here(func.value)
        elif isinstance(func, cst.Name) and func.value not in self.index.classes and func.value not in self.index.grown:
            found = self.index.constants.get(func.value)
            held = [found] if found is not None else []
            target = found.value if isinstance(found, cst.Name) and func.value not in frame.env else None
            for _ in range(4):
                # shape = build; build = v2: an alias of an alias is the function at the end
                further = self.index.constants.get(target) if target is not None and target not in self.index.functions else None
                if not isinstance(further, cst.Name) or not self.expr._bound_once(target or ""):
                    break
                target = further.value
            if target is not None and target != func.value and target not in frame.env and (
                    target in self.index.functions or (target in self.index.imports and self.links.foreign(target) is not None)) \
                    and self.expr._bound_once(func.value):
                return cst.Name(target)  # build_subject = _shape_v2 at module level: a call of it is a call of _shape_v2
        elif isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and func.value.value in ("self", "cls") and frame.cls is not None:
            # (of the object's class when it is a subclass of this module: client_cls = EroClient there)
            runtime = frame.env.get(func.value.value)
            found = self._class_constant_node(self.index.classes.get(runtime.model, frame.cls) if runtime is not None and runtime.model else frame.cls,
                                              func.attr.value)
            if isinstance(found, cst.Call) and not found.args and isinstance(found.func, cst.Name) and found.func.value in self.index.functions:
                found = self._returned_name(self.index.functions[found.func.value])  # client_cls = client_class(): the class it returns
            held = [found] if found is not None else self._set_on_self(frame.cls, func.attr.value)
            now = frame.self_attrs.get(func.attr.value) if found is None else None
            chosen = [h for h in held if isinstance(h, cst.Name) and now is not None and h.value in now.labels]
            if len({h.value for h in chosen}) == 1:  # type: ignore[attr-defined]
                held = chosen  # self.configure() set self.sender_cls = IceSender in this run: that class now
        elif isinstance(func, cst.Subscript) and isinstance(func.value, cst.Name) and func.value.value in frame.env and len(func.slice) == 1 \
                and isinstance(func.slice[0].slice, cst.Index):
            # reg = {"ice": IceSender, ...}; reg["ice"](): the class that entry holds
            table = self.functions.literal_bound_once(func.value.value, (cst.Dict,))
            given = func.slice[0].slice.value
            key = string_value(given) if isinstance(given, cst.SimpleString) else None
            held = [e.value for e in cst.ensure_type(table, cst.Dict).elements
                    if isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString) and string_value(e.key) == key] \
                if table is not None and key is not None else []
        names = {h.value for h in held if isinstance(h, cst.Name)}
        if not held or len(names) != 1 or not all(isinstance(h, cst.Name) for h in held):
            return None
        name = names.pop()
        if name == dotted(func) or name in frame.env or self.links.class_of(name) is None:
            return None
        return cst.Name(name)

    def _set_on_self(self, cls: ClassInfo, attr: str) -> list[cst.BaseExpression]:
        """What the methods of ``cls`` assign to ``self.<attr>`` (``self.sender_cls = IceSender`` in ``__init__``)."""
        def mine(target: cst.BaseExpression) -> bool:
            return isinstance(target, cst.Attribute) and isinstance(target.value, cst.Name) and target.value.value == "self" and target.attr.value == attr

        out: list[cst.BaseExpression] = []
        for method in cls.methods.values():
            for s in self.functions.flat.walk(method.body):
                if isinstance(s, cst.AnnAssign) and s.value is not None and mine(s.target):
                    out.append(s.value)  # self.sender_cls: type = StateSender
                elif isinstance(s, cst.Assign):
                    for t in s.targets:
                        if mine(t.target):
                            out.append(s.value)
                        elif isinstance(t.target, (cst.Tuple, cst.List)):
                            # self.sender_cls, self.retries = StateSender, 3
                            values = s.value.elements if isinstance(s.value, (cst.Tuple, cst.List)) else None
                            for at, e in enumerate(t.target.elements):
                                if mine(e.value):
                                    out.append(values[at].value if values is not None and at < len(values) else s.value)
        # (self.sender_cls = None in __init__, set by configure(): None is no class it may be called as)
        return [v for v in out if not (isinstance(v, cst.Name) and v.value == "None")]

    def _returned_name(self, fn: cst.FunctionDef) -> cst.Name | None:
        """The one name every ``return`` of ``fn`` gives (``def client_class(): return EidClient``), else None."""
        returned = {r.value.value if isinstance(r.value, cst.Name) else None for r in self.functions.flat.walk(fn.body) if isinstance(r, cst.Return)}
        name = returned.pop() if len(returned) == 1 else None
        return cst.Name(name) if name is not None else None

    def _class_constant_node(self, cls: ClassInfo, attr: str, depth: int = 0) -> cst.BaseExpression | None:
        """What ``attr`` is bound to in the body of ``cls`` or of its first base of this module that binds
        it (a method of that name first: None)."""
        if attr in cls.methods or depth > 10:
            return None
        if attr in cls.constants:
            return cls.constants[attr]
        for base in cls.bases:
            found = self.index.classes.get(base)
            node = self._class_constant_node(found, attr, depth + 1) if found is not None and found is not cls else None
            if node is not None:
                return node
        return None

    def _safe_url(self, url: Val | None) -> bool:
        """The URL resolves to a non-enforcement host (each text it may be does)."""
        if url is None:
            return False
        texts = [url.text] if url.text is not None and host_of(url.text) is not None else list(url.alternatives or ())
        hosts = [host_of(t) for t in texts]
        return bool(hosts) and all(h is not None and self.rules.host_is_safe(h) for h in hosts)

    def _in_process(self, receiver: Val, frame: Frame) -> bool:
        """A client that calls the agency's own application in the same process (a web framework's
        ``TestClient``, ``app.test_client()``) or one used in a test function: nothing leaves."""
        if frame.func_name is not None and frame.func_name.startswith("test"):
            return True
        return any(label.rsplit(".", 1)[-1] in _IN_PROCESS_CLIENTS for label in receiver.labels)

    @staticmethod
    def _names_every_field(node: cst.BaseExpression, frame: Frame) -> bool:
        """``f.name`` with ``f`` going through every field of a record (``for f in m._meta.fields:``)."""
        return (isinstance(node, cst.Attribute) and node.attr.value in FIELD_NAME_ATTRIBUTES and isinstance(node.value, cst.Name)
                and FIELDS_MARK in (frame.env.get(node.value.value) or OPAQUE).labels)

    def _argument(self, arg: cst.Arg, frame: Frame) -> Val:
        """An argument's value; a function of this module handed as one is that function (``logged(_post)``
        wraps it, ``retry(...)(_post)`` returns it), called where the callee calls it."""
        val = self.expr.eval(arg.value, frame)
        if arg.keyword is not None and val.const and val.text is None and val.items is None and self.vocabulary.classify(arg.keyword.value) is not None \
                and self.expr.tests_data(arg.value, frame):
            return Val(labels=val.labels)  # Referral(pregnant=m.pregnancy_status == "Y"): a field the keyword names
        if isinstance(arg.value, cst.Name) and val.function is None and not val.const and arg.value.value not in frame.env:
            fn = self.index.functions.get(arg.value.value)
            if fn is not None:
                return replace(val, const=True, function=FunctionRef(fn, id(fn), bound=_task_itself(fn)))
        if isinstance(arg.value, (cst.Name, cst.Attribute)) and val.function is None and not val.const and root_name(arg.value) not in frame.env \
                and root_name(arg.value) in self.index.imports:
            # IceService(income_block), IceService(payloads.income_block) of another module of the project: its function
            ref = self.function_ref(arg.value, val, frame)
            if ref is not None and ref.node is not None:
                return replace(val, const=True, function=ref)
        return val

    def _with_files(self, args: Args) -> Args:
        """Each argument that names a file this module wrote, with what was written to it."""
        out: list[tuple[cst.Arg, Val]] = []
        for a, v in args:
            written = self.files.content_of_path((a, v)) if v.client is None else OPAQUE
            out.append((a, combine(v, written) if written.placements or written.bulk else v))
        return out

    def _of_unknown_type(self, receiver: Val) -> bool:
        """An object whose type the analysis does not know: nothing known of it, or one read from another
        object (``ctx.session``, ``ctx.obj["http"]``) whose names are its own, not a person's field."""
        # (the object's own name, not the chain it was read through: app.state.ice_client is no address)
        own = [n for n in receiver.names if not any(other != n and n.endswith("_" + other) for other in receiver.names)]
        return receiver.model is None and not receiver.placements and not receiver.const and (
            receiver.opaque or all(self.vocabulary.classify(n) is None for n in own))

    def _test_double(self, receiver: Val, owner: cst.BaseExpression, frame: Frame) -> bool:
        """An object of a mocking library: the imported module (``responses.post(...)``), an object one
        of its constructors made (``mocker = requests_mock.Mocker()``, ``MagicMock()``), or a test
        function's fixture parameter named for one (``def test_x(requests_mock)``). Its ``post``
        registers a fake answer or records a call; a variable that only happens to be called
        ``responses`` or ``mock`` is not one."""
        root = root_name(owner)
        if root is None:
            return False
        if root in frame.env:
            if any("." in label and _mocking(label) for label in receiver.labels):
                return True  # made by a mocking library's constructor
            if (frame.func_name or "").startswith("test") and (self._decorated_double(root) or self._made_by_mocker(root)):
                # fake = mocker.MagicMock(spec=requests.Session), patched = mocker.patch("requests.Session"); the
                # mocker a decorator hands the test (kwargs["rm"] of Mocker(kw="rm") too)
                return True
            return (frame.func_name or "").startswith("test") and receiver.opaque and (root in LIBRARY.test_doubles or self._mock_fixture(root))
        qual = self.index.qualify(root, frame.imports or None) if root in self.index.imports or root in frame.imports else None
        return qual is not None and _mocking(qual)

    def _mocked_transport(self, name: str) -> bool:
        """The running function makes ``name`` a client over a mocking library's transport: its constructor is given
        one (``httpx.Client(transport=httpx.MockTransport(handler))``), or a mocking adapter is mounted on it
        (``s = requests.Session(); s.mount("https://", requests_mock.Adapter())``): it reaches no network."""
        running = self._stack[-1] if self._stack else None
        if not isinstance(running, cst.FunctionDef) or not running.name.value.startswith("test"):
            return False  # (a test's client: production code that mocks a transport may still send elsewhere)
        bound = self.functions.bound_here(name)
        opened = [n.item for n in self.functions.flat.walk(running.body) if isinstance(n, cst.WithItem) and isinstance(n.asname, cst.AsName)
                  and isinstance(n.asname.name, cst.Name) and n.asname.name.value == name]
        if not bound and len(opened) == 1 and isinstance(opened[0], cst.Call):
            # with httpx.Client(transport=httpx.MockTransport(h)) as c: its one binding, as c = httpx.Client(...) would be
            bound = [opened[0]]
            opened_once = True
        else:
            opened_once = False
        if len(bound) != 1 or not isinstance(bound[0], cst.Call) or any(
                (not opened_once and isinstance(n, cst.AsName) and isinstance(n.name, cst.Name) and n.name.value == name)
                or (isinstance(n, cst.For) and isinstance(n.target, cst.Name) and n.target.value == name)
                or (isinstance(n, cst.Assign) and any(isinstance(t.target, cst.Attribute) and isinstance(t.target.value, cst.Name)
                                                      and t.target.value.value == name for t in n.targets))
                for n in self.functions.flat.walk(running.body)):
            return False  # (rebound by with/for, or its transport set afterwards: not the mocked one throughout)

        def mocking(expr: cst.BaseExpression) -> bool:
            if isinstance(expr, cst.Name):
                held = self.functions.bound_here(expr.value)  # adapter = requests_mock.Adapter(); s.mount("https://", adapter)
                expr = held[0] if len(held) == 1 else expr
            return isinstance(expr, cst.Call) and _mocking(self.index.qualify(dotted(expr.func) or "") or "")

        if any(a.keyword is not None and a.keyword.value == "mounts" for a in bound[0].args):
            return False  # (httpx.Client(transport=MockTransport(h), mounts={"https://eid.ice.gov": HTTPTransport()}): real for some)
        mounts = [n for n in self.functions.flat.walk(running.body) if isinstance(n, cst.Call) and isinstance(n.func, cst.Attribute)
                  and n.func.attr.value == "mount" and isinstance(n.func.value, cst.Name) and n.func.value.value == name]
        straight = {id(s.body[0].value) for s in running.body.body if isinstance(s, cst.SimpleStatementLine) and s.body
                    and isinstance(s.body[0], cst.Expr)}
        if any(id(n) not in straight for n in mounts):
            return False  # (a mount under an if, in a loop: it may not be made)
        if mounts:
            # s.mount("https://", requests_mock.Adapter()) and nothing else mounted: every https request is the mock's (one on
            # "mock://", or a real adapter on a longer prefix beside it, leaves real sends)
            return all(len(n.args) == 2 and mocking(n.args[1].value) for n in mounts) and any(
                string_value(n.args[0].value) in ("https://", "http://") for n in mounts if isinstance(n.args[0].value, cst.SimpleString))
        return any(a.keyword is not None and a.keyword.value == "transport" and mocking(a.value) for a in bound[0].args)

    def _made_by_mocker(self, name: str, depth: int = 0) -> bool:
        """The running test binds ``name`` only to what a test double makes or holds: a mocking fixture
        it is given (pytest-mock's ``mocker.MagicMock(...)``, ``mocker.patch(...)``), the mock a patch
        hands it, called or read (``s = mock_session_cls()``, ``mock_session_cls.return_value``), or
        ``with mock.patch(...) as S``."""
        running = self._stack[-1] if self._stack else None
        if not isinstance(running, cst.FunctionDef) or depth > 4:
            return False
        for node in self.functions.flat.walk(running.body):
            if isinstance(node, cst.WithItem) and isinstance(node.asname, cst.AsName) and isinstance(node.asname.name, cst.Name) \
                    and node.asname.name.value == name and isinstance(node.item, cst.Call) \
                    and _mocking(self.index.qualify(dotted(node.item.func) or "") or ""):
                return True  # with mock.patch("requests.Session") as S
        if depth and (name in LIBRARY.test_doubles or self._decorated_double(name)) and name in {p.name.value for p in running.params.params}:
            return True
        bound = self.functions.bound_here(name)
        roots = [root_name(b.func if isinstance(b, cst.Call) else b) for b in bound]
        return bool(bound) and all(isinstance(b, (cst.Call, cst.Attribute)) for b in bound) and all(
            r is not None and r != name and self._made_by_mocker(r, depth + 1) for r in roots)

    def _decorated_double(self, name: str) -> bool:
        """``name`` is a parameter a mocking decorator of the running test (or of its class) hands it:
        ``@requests_mock.Mocker()`` then ``def test_x(m)``, ``@mock.patch("app.client.post")`` then
        ``def test_y(self, post)``. Each such decorator passes one positional argument after those the
        test is called with (pytest hands fixtures by keyword, unittest only ``self``): the first
        parameters after ``self``; ``Mocker(kw="m")`` hands it by that keyword; ``patch.dict``,
        ``patch.multiple`` and a patch given ``new=`` hand nothing."""
        running = self._stack[-1] if self._stack else None
        if not isinstance(running, cst.FunctionDef):
            return False
        decorators = list(running.decorators)
        cls = self.functions.owner_class(running)
        if cls is not None:
            decorators += list(cls.node.decorators)
        count = 0
        for decorator in (d.decorator for d in decorators):
            qual = self.index.qualify(dotted(decorator.func) or "") if isinstance(decorator, cst.Call) else None
            if not isinstance(decorator, cst.Call) or not qual or not _mocking(qual) or qual.rsplit(".", 1)[-1] in ("dict", "multiple"):
                continue
            keywords = {a.keyword.value: a.value for a in decorator.args if a.keyword is not None}
            if "new" in keywords:
                continue
            given = keywords.get("kw")
            if isinstance(given, cst.SimpleString):
                extra = running.params.star_kwarg
                if string_value(given) == name or (isinstance(extra, cst.Param) and extra.name.value == name):
                    return True  # def test_x(**kwargs): kwargs["rm"].post(...) with Mocker(kw="rm")
                continue
            count += 1
        params = [p.name.value for p in (*running.params.posonly_params, *running.params.params)]
        if cls is not None and params and params[0] in ("self", "cls"):
            params = params[1:]
        return name in params[:count]

    def _mock_fixture(self, name: str, depth: int = 0) -> bool:
        """``name`` is a pytest fixture of this module that makes a test double (``with
        requests_mock.Mocker() as m: yield m``, or hands on the ``requests_mock`` fixture it is given):
        a test's parameter of that name is the double."""
        fn = self.index.functions.get(name)
        if fn is None or depth > 4 or not any(decorator_name(d.decorator) == "fixture" for d in fn.decorators):
            return False
        given = {p.name.value for p in fn.params.params if p.name.value in LIBRARY.test_doubles or (
            p.name.value != name and self._mock_fixture(p.name.value, depth + 1))}

        def mocking(expr: cst.BaseExpression | None) -> bool:
            if isinstance(expr, cst.Name) and expr.value in given:
                return True  # def ice_api(requests_mock): return requests_mock
            return isinstance(expr, cst.Call) and _mocking(self.index.qualify(dotted(expr.func) or "") or "")

        doubles: set[str] = set()  # names bound to a double: m = Mocker(), with Mocker() as m
        handed: list[cst.BaseExpression | None] = []  # what the fixture returns or yields
        for node in self.functions.flat.walk(fn.body):
            if isinstance(node, cst.Assign) and mocking(node.value):
                doubles.update(t.target.value for t in node.targets if isinstance(t.target, cst.Name))
            elif isinstance(node, cst.WithItem) and mocking(node.item) and node.asname is not None and isinstance(node.asname.name, cst.Name):
                doubles.add(node.asname.name.value)
            elif isinstance(node, (cst.Return, cst.Yield)):
                handed.append(node.value)
        def made_by_double(value: cst.BaseExpression | None) -> bool:
            # yield c, yield c.return_value, yield cls(), return mocker.patch(...).return_value: a double, or what it holds or makes
            node = value
            while isinstance(node, (cst.Call, cst.Attribute)):
                if mocking(node):
                    return True
                node = node.func if isinstance(node, cst.Call) else node.value
            return isinstance(node, cst.Name) and (node.value in doubles or node.value in given)

        return bool(handed) and all(made_by_double(v) for v in handed)

    def _dispatch(self, node: cst.Call, func: cst.BaseExpression, qual: str | None, args: Args, frame: Frame) -> Val:
        if isinstance(func, cst.Attribute) and func.attr.value in _TASK_OPTIONS and isinstance(func.value, cst.Name) \
                and func.value.value not in frame.env and func.value.value in self.index.functions:
            # fast = push.with_options(retries=5); fast.submit(body): the same task function, its partial's
            # arguments bound (Airflow's push.partial(timeout=30), then .expand(...))
            fn = self.index.functions[func.value.value]
            bound = tuple((a.keyword.value if a.keyword is not None else None, v) for a, v in args if not a.star) if func.attr.value == "partial" else ()
            return Val(const=True, function=FunctionRef(fn, id(fn), bound=bound), labels=frozenset({func.value.value}))
        mapped = self._map_over(node, func, args, frame)
        if mapped is not None:
            return mapped
        deferred = self._deferred(node, func, args, frame) or self._threaded(node, qual, args, frame) or self._sent_task(node, func, args, frame)
        if deferred is not None:
            return deferred
        if isinstance(func, cst.Name) and func.value == "setattr" and "setattr" not in frame.env and len(args) == 3 \
                and not any(a.keyword is not None or a.star for a, _ in args) and isinstance(args[0][0].value, cst.Name) \
                and args[1][1].const and args[1][1].text is not None and args[1][1].text.isidentifier():
            # setattr(r, "ssn", None): the attribute store r.ssn = None, written by name
            target = cst.Attribute(value=args[0][0].value, attr=cst.Name(args[1][1].text))
            self.m.alias_position(target, args[2][0])
            self.statements.bind(target, args[2][1], frame, node)
            return const_val()
        if isinstance(func, cst.Name) and func.value == "delattr" and "delattr" not in frame.env and len(args) == 2 \
                and not any(a.keyword is not None or a.star for a, _ in args) and isinstance(args[0][0].value, cst.Name) \
                and args[1][1].const and args[1][1].text is not None and args[1][1].text.isidentifier():
            # delattr(ns, "ssn"): del ns.ssn, written by name
            self.statements.delete(cst.Attribute(value=args[0][0].value, attr=cst.Name(args[1][1].text)), frame)
            return const_val()
        if isinstance(func, cst.Name) and func.value == "iter" and "iter" not in frame.env and len(args) == 2 and args[0][1].function is not None \
                and not any(a.keyword is not None or a.star for a, _ in args):
            # iter(lambda: cur.fetchmany(1000), []): what the function returns, call after call (each chunk; each
            # row of iter(lambda: cur.fetchone(), None)), handed out as it is
            handed = self.functions.call_ref(self.late_bound(args[0][1].function, frame), [], frame.cls, node, frame)
            return Val(placements=handed.placements, elements=(handed,), labels=handed.labels | {YIELDED_MARK}, bulk=handed.bulk)
        named = qual
        if named is None and isinstance(func, cst.Name) and func.value not in frame.env and func.value in self.index.functions and self.index.name:
            named = f"{self.index.name}.{func.value}"  # publish(...) inside app/outbox.py, with app.outbox.publish configured
        configured = self.sinks.configured_sink(named) if named is not None and self.sinks.configured_sinks else None
        if configured is not None:
            return self.sinks.sink(node, EVERY_ARGUMENT, self._with_files(args), frame, forced=Destination(configured, "configured sink"))
        marked, outermost = self.marked_call(node, func, qual, frame)
        if not marked and id(node) in self.m.pragma_helpers and id(node) not in self.m.pragma_running:
            # receipts.append(submit(payload))  # medicaid-scope: enforcement, submit() of the project: followed; when
            # what it was given does not come back (it sent it), it is the marked call's sink
            self.m.pragma_running.add(id(node))
            try:
                result = self._dispatch(node, func, qual, args, frame)
            finally:
                self.m.pragma_running.discard(id(node))
            if not result.placements and any(v.placements for _, v in args):
                self.sinks.sink(node, EVERY_ARGUMENT, args, frame, forced=_pragma_destination(func))
            return result
        if marked:
            # a known sink keeps its own data arguments (timeouts are not data); any other call: every argument
            # (sftp.put(path)  # medicaid-scope: enforcement: what was written to the file it names too)
            spec = self.sink_functions.get(qual or "", EVERY_ARGUMENT)
            args = self._with_files(args)
            if spec is EVERY_ARGUMENT:
                # what is read from a settings object (settings.eid_url) is no one's data, nor is a connection setting's
                # keyword given a constant or configuration (region=cfg.region, timeout=30); login=member.login_id is data
                args = [(a, v) for a, v in args if not self._config_value(a.value, named_only=True) and not (
                    a.keyword is not None and _client_setting(a.keyword.value) and (v.const or self._config_value(a.value)) and not v.placements)]
            if spec is EVERY_ARGUMENT and isinstance(func, cst.Attribute) and outermost:
                # df.to_sql("subjects", engine)  # medicaid-scope: enforcement: the data the method is called on goes too
                receiver = self.expr.eval(func.value, frame)
                if (receiver.placements or receiver.bulk) and receiver.client is None:
                    args = [(self.m.stand_in(cst.Arg(value=func.value), func.value), receiver), *args]  # type: ignore[list-item]
            return self.sinks.sink(node, spec, args, frame, forced=_pragma_destination(func))
        if qual is not None:
            handled = self.call_qualified(qual, node, args, frame)
            if handled is not None and handled.client is not None and self.sinks.configured_sinks:
                # publisher = pubsub_v1.PublisherClient() with google.cloud.pubsub_v1.PublisherClient.publish configured:
                # a client the library data knows, of the class whose method the user says sends every argument (also
                # made by a factory of the class: redis.Redis.from_url(...) with redis.Redis.publish configured)
                owner = qual.rsplit(".", 1)[0]
                factories = {q for q in (qual, owner if not qual.rsplit(".", 1)[-1][:1].isupper() else "") if q}
                handled = handled.with_labels({q for q in factories if any(sink.startswith(q + ".") for sink in self.sinks.configured_sinks)})
            if handled is not None:
                return handled
            name = dotted(func)
            if name is not None and (name.split(".", 1)[0] in self.index.imports or name.split(".", 1)[0] in frame.imports):
                handled = self.call_imported(name, node, args, frame)
                if handled is not None:
                    return handled
        marked = self.has_pragma(node, self.index.not_pragma_lines)  # push_to_ice(x)  # medicaid-scope: not-enforcement
        self.m.hosts_only += marked
        try:
            if isinstance(func, cst.Attribute):
                result = self.call_method(func, node, args, frame)
                if qual is not None and self.sinks.configured_sinks and result.model is None and result.client is None \
                        and func.attr.value[:1].isupper() and root_name(func) in self.index.imports and root_name(func) not in frame.env:
                    # publisher = pubsub_v1.PublisherClient() with google.cloud.pubsub_v1.PublisherClient.publish
                    # configured: the object is of that class, as from ... import PublisherClient would say
                    result = replace(result, labels=result.labels | {qual})
                return result
            if frame.object_aliases and isinstance(func, cst.Name):
                self.statements.write_back_object(frame, func.value)  # send = partial(post, URL, json=body); body[...] = ...
            ref = frame.env[func.value].function if isinstance(func, cst.Name) and func.value in frame.env else None
            if ref is not None:
                self.m.last_closure = {}
                result = self.functions.call_ref(self.late_bound(ref, frame), args, frame.cls, node, frame)
                for name, val in self.m.last_closure.items():
                    if name in frame.env:
                        frame.env[name] = val  # enrich(): what the nested function put into this function's containers
                        if frame.func_name is not None and name not in frame.rebound:
                            # outer() calling inner() that rebinds `nonlocal note`: note is outer's enclosing function's
                            # too, and outer hands the change on as if it had declared it nonlocal
                            frame.nonlocals.add(name)
                self.m.last_closure = {}
                return result
            held = frame.env.get(func.value) if isinstance(func, cst.Name) else None
            if isinstance(func, cst.Name) and held is None and func.value in self.index.constants and func.value not in self.index.functions:
                held = self.expr.eval(func, frame)  # send = Sender() at module level, then send(body)
            if isinstance(func, cst.Name) and held is None and func.value in self.index.imports and func.value not in self.index.constants:
                # from .base import env (django-environ's Env() made in another settings module), then env("X", default=...)
                imported = self.links.foreign_constant(func.value, frame.imports or None)
                if imported is not None and imported.client is not None and "__call__" in self.client_methods.get(imported.client.kind, {}):
                    held = imported
            made_here = self.expr.eval(func, frame) if isinstance(func, (cst.Call, cst.Attribute, cst.Subscript)) else None
            if made_here is not None and (made_here.model is not None or (held is None and isinstance(func, cst.Call))
                                          or (held is None and TABLE_CLASS_MARK in made_here.labels)):
                held = made_here  # Sender()(body); client_class("ice")() of a function returning a class; PARTNERS[p][0]()
            if held is not None and held.model is not None:
                # sender = IceSender(); sender(payload): the object's __call__
                found_cls = self.links.class_of(held.model)
                found = found_cls[0].links.find_method(found_cls[1], "__call__") if found_cls is not None else None
                if found is not None:
                    return self.call_method_of(found, args, held, node)
            if held is not None and held.client is not None and "__call__" in self.client_methods.get(held.client.kind, {}):
                return self.client_method(held, func, "__call__", node, args, frame)  # avro_ser(rec, ctx) of AvroSerializer(...)
            if isinstance(func, cst.Name) and func.value not in frame.env:
                return self.call_local(func.value, node, args, frame)
            if isinstance(func, cst.Name) and func.value == "cls" and frame.cls is not None and not (held is not None and TABLE_CLASS_MARK in held.labels):
                # cls(...) in a classmethod: an instance of the class it was called on (StateClient.create(),
                # create defined in a base), else of the class that defines it
                runtime = frame.env.get("cls")
                found_cls = self.links.class_of(runtime.model) if runtime is not None and runtime.model not in (None, frame.cls.name) else None
                if found_cls is not None:
                    return self.instance_of(found_cls[0], found_cls[1], node, args, frame)
                return self.instantiate(frame.cls, node, args, frame=frame)
            if held is not None and (isinstance(func, (cst.Name, cst.Call)) or TABLE_CLASS_MARK in held.labels) \
                    and held.model is None and held.function is None and held.client is None \
                    and not (held.placements or held.names or held.bulk or held.const or held.attrs):
                # run_with(IceClient, body) with def run_with(client_cls, body): client_cls(): an object of the class handed in
                # (in the order of their names: the labels are a set, the first destination reported must not vary between runs)
                classes = {id(found[1]): found for found in (self.links.class_of(label) for label in sorted(held.labels)
                                                             if label.isidentifier() or label.startswith("@")) if found is not None}
                instances = [self.instance_of(owner, klass, node, args) for owner, klass in classes.values()]
                if len(instances) == 1:
                    return instances[0]
                if instances and TABLE_CLASS_MARK in held.labels:
                    # cls = CLIENTS[partner] of a table of classes, its key not known: an instance of any of them (not
                    # IceClient if flag else StateClient: a choice the analysis does not tie to the payload chosen with it)
                    return self.any_of(instances)
                # refer_with(URL, fmt.row, m) with def refer_with(url, builder, m): builder(m) runs fmt.row of the project
                targets = {id(fn): (other, fn) for other, fn in (self._project_function(label) for label in held.labels if "." in label)
                           if fn is not None and other is not None}
                if len(targets) == 1:
                    other, fn = next(iter(targets.values()))
                    if other is not None and fn is not None and fn not in self._stack:
                        return self.links.call_foreign(other, fn, None, args, None, node) if other is not self.m else self.functions.call_function(fn, None, args, None)
            if isinstance(func, cst.Subscript) or (isinstance(func, cst.Call) and len(func.args) == 1 and _dict_get(func) is not None):
                routed = self.dispatch(func, node, args, frame)  # HANDLERS[kind](payload), HANDLERS.get(kind)(payload)
                if routed is not None:
                    return routed
            if not isinstance(func, cst.Name):
                made = (made_here or self.expr.eval(func, frame)).function  # partial(send, URL)(body), make_sender()(body)
                if made is not None:
                    return self.functions.call_ref(made, args, frame.cls, node, frame)
        finally:
            self.m.hosts_only -= marked
        if len(args) == 1 and not args[0][0].keyword and not args[0][0].star and args[0][1].function is not None:
            return args[0][1]  # retry(stop=...)(_post), a decorator of unknown kind applied as a call: the function, wrapped
        return OPAQUE

    def note_model_input(self, annotation: cst.BaseExpression, val: Val) -> None:
        """A model of this module given ``val`` by an annotation or a ``cast``: what it was filled from
        (a response received from enforcement makes it inbound, SPEC section 4: not a payload)."""
        written = _typed_as(annotation)
        if written is not None and written in self.index.classes and self.index.classes[written].is_model:
            self.note_filled(written, [val])

    def note_filled(self, model: str, given: "Sequence[Val]") -> None:
        """The model ``model`` of this module is filled from ``given`` (a constructor's or a validator's
        arguments): from a response received from enforcement (inbound, SPEC section 4: not a payload)
        or from data. Constants (``strict=True``) fill nothing. A run of a function on its own, with its
        parameters unknown, says nothing when code of the module calls that function: those calls run it
        with what they give (``_to_detainer(raw)`` of ``resp.json()``)."""
        data = [v for v in given if not v.const]
        inbound = bool(data) and all(_inbound(v) for v in data)
        if not inbound and self.functions.run_for_callers():
            return
        self.model_inputs.setdefault(model, set()).add("response" if inbound else "data")

    def call_qualified(self, qual: str, node: cst.Call, args: Args, frame: Frame) -> Val | None:
        """Calls known by qualified name; None when the name means nothing here."""
        if qual == "typing.cast" and len(args) == 2:
            self.note_model_input(args[0][0].value, args[1][1])  # cast(IceDetainer, resp.json())
        if qual in LIBRARY.runner_objects:
            return Val(labels=frozenset({RUNNER_MARK + LIBRARY.runner_objects[qual]}))  # tenacity.Retrying(...): called later with a function
        if qual in self.sink_functions:
            spec = self.sink_functions[qual]
            query = argument(args, *spec.sql) if spec.sql is not None else None
            if query is not None:
                # SqlToS3Operator(query="SELECT cin, ssn FROM members", s3_bucket=...): the query's rows are what it sends
                rows = self.sql_query(Rule(does="sql_query", sql=spec.sql), args, node)
                if rows is not None:
                    args = [(a, rows) if a is query[0] else (a, v) for a, v in args]
            return self.sinks.sink(node, spec, args, frame)
        resource = _fhir_resource(qual)
        read_type = qual.rsplit(".", 2)[-2] if resource is None and qual.startswith(LIBRARY.models.fhir_packages) and qual.count(".") >= 1 \
            and qual.rsplit(".", 1)[-1] in LIBRARY.models.fhir_readers else None
        if read_type is not None and read_type in self.clinical_types:
            # Condition.read(cid, smart.server): a clinical resource the server holds, one finding at the read (SPEC section 3)
            line, col = self.positions(node)
            return container([Placement(line, col, frozenset({read_type}), kind="clinical", detail=read_type)])
        if qual in LIBRARY.models.fhir_factories:
            # construct_fhir_element("Observation", {...}): the resource its first argument names, from the second
            named = argument(args, 0, "element_type")
            resource = named[1].text if named is not None and named[1].const else None
            if resource is None:
                return None
            if resource not in self.clinical_types:
                data = argument([a for a in args if a is not named], 0, "data")
                return data[1] if data is not None else OPAQUE  # a Patient built from a dict: that dict's entries
        if resource is not None:
            if resource in self.clinical_types:
                line, col = self.positions(node)
                return container([Placement(line, col, frozenset({resource}), kind="clinical", detail=resource)])
            return self.build_dict(node, args)  # Patient(name=..., birthDate=...): element by element
        if qual in self.client_specs:
            return self.make_client(self.client_specs[qual], args)
        rule = LIBRARY.calls.get(qual)
        return self.apply_rule(rule, node, args, frame) if rule is not None else None

    def hooked(self, rule: Rule, node: cst.Call, args: Args, frame: Frame | None) -> Val | None:
        """``json.dumps(member, default=vars)``, ``json.dump(member, fh, default=lambda o: o.__dict__)``:
        the hook serializes every field of the object given first (also of an object inside the payload,
        ``{"subject": member}``, which json hands to the same hook): a whole record. None otherwise."""
        hook = argument(args, *rule.hook) if rule.hook is not None else None
        if hook is None or not args:
            return None
        if not self._dumps_every_field(hook[0].value):
            # default=encode_member of this module or imported from another module of the project
            ref = hook[1].function or (self.function_ref(hook[0].value, hook[1], frame) if frame is not None else None)
            for label in sorted(hook[1].labels) if ref is None and frame is not None else ():
                if label.partition(".")[0] in self.index.imports:
                    ref = self.function_ref(cst.parse_expression(label), hook[1], frame)  # partial(json.dumps, default=imported_hook)
                    if ref is not None:
                        break
            return self._run_hook(ref, None, node, args, frame)
        first = args[0][1]
        shown = f"{dotted(node.func) or 'dumps'}({source_text(args[0][0].value)}, {hook[0].keyword.value if hook[0].keyword else ''}=...)"
        shown = shown.replace(", =...", ", ...")
        if not first.const and not first.placements:
            return self.expr.whole_record(node, shown)
        inside = self._objects_inside(args[0][0].value, frame)
        return combine(first, *(self.expr.whole_record(n, shown) for n in inside)) if inside else None

    def typed_fill(self, typed: cst.BaseExpression, data: "tuple[cst.Arg, Val] | None", node: cst.Call) -> Val | None:
        """An instance of the model class ``typed`` names (``IceDetainer``, ``list[IceDetainer]``), of this
        module or another of the project, filled from ``data``, as ``Model.model_validate(data)`` is; None
        when ``typed`` names no model of the project."""
        while isinstance(typed, cst.Subscript) and len(typed.slice) == 1 and isinstance(typed.slice[0].slice, cst.Index):
            typed = typed.slice[0].slice.value  # list[M], List[M], Optional[M], Sequence[M]
        name = _typed_as(typed)
        if name is None or data is None:
            return None
        cls = self.index.classes.get(name)
        if cls is not None:
            return self.validate_model(cls, node, [data]) if cls.is_model else None
        other = self.links.foreign_class(name)
        return self.validate_model(other[1], node, [data], other[0]) if other is not None and other[1].is_model else None

    def _getter(self, node: cst.Call, args: Args) -> Val:
        """``operator.attrgetter("ssn")``, ``itemgetter("cin", "dob")``: a function reading what its constant
        arguments name (the lambda it stands for, made once per call written: ``lambda o: o.ssn``)."""
        names = [const_text(v) for _, v in args]
        if not names or any(n is None or not n for n in names) or any(a.keyword is not None or a.star for a, _ in args):
            return OPAQUE
        item = (dotted(node.func) or "").rsplit(".", 1)[-1] == "itemgetter"
        made = self.__dict__.setdefault("_getters", {}).get(id(node))
        if made is None:

            def access(name: str) -> cst.BaseExpression:
                if item:
                    return cst.Subscript(value=cst.Name("o"), slice=[cst.SubscriptElement(cst.Index(cst.SimpleString(repr(name))))])
                read: cst.BaseExpression = cst.Name("o")
                for part in name.split("."):
                    if part.isidentifier() and not python_keyword.iskeyword(part):
                        read = cst.Attribute(value=read, attr=cst.Name(part))
                    else:  # attrgetter("first-name"): getattr(o, "first-name"), a name Python cannot spell (never a crash)
                        read = cst.Call(func=cst.Name("getattr"), args=[cst.Arg(read), cst.Arg(cst.SimpleString(repr(part)))])
                return read
            body = access(names[0]) if len(names) == 1 else cst.Tuple([cst.Element(access(n)) for n in names])  # type: ignore[arg-type]
            made = cst.Lambda(params=cst.Parameters(params=[cst.Param(cst.Name("o"))]), body=body)
            for part in walk(made):
                self.m.alias_position(part, node)  # (what it reads is placed where the getter is written)
            self.__dict__["_getters"][id(node)] = made
        return Val(const=True, function=FunctionRef(made, id(made)))

    def apply_rule(self, rule: Rule, node: cst.Call, args: Args, frame: Frame | None = None) -> Val | None:
        """What a call the library data describes returns (``docs/library.md``); None: not handled here."""
        first = args[0][1] if args else OPAQUE
        does = rule.does
        if does == "typed_fill":
            typed = argument(args, *rule.model) if rule.model is not None else None
            data = argument(args, rule.arg if isinstance(rule.arg, int) else 0, rule.arg_kw)
            return self.typed_fill(typed[0].value, data, node) if typed is not None else None
        if does == "named_address":
            # formataddr(("DHS Eligibility Unit", addr)): the address; the display name is no recipient
            pair_given = first.elements if first.elements is not None and len(first.elements) == 2 else None
            if pair_given is None:
                return first
            name, address = pair_given
            if name.const and name.text is not None and address.const and address.text is not None:
                return const_val(text=f"{name.text} <{address.text}>")
            return address
        if does == "xml_element":
            return make_element(self, rule, node, args, frame)  # ET.SubElement(root, "Subject", ssn=m.ssn)
        if does == "getter":
            return self._getter(node, args)
        if does == "xml_factory":
            return Val(const=True, labels=frozenset({XML_FACTORY_MARK}))  # NC = ElementMaker(namespace=NIEM_NC): NC.PersonName(...) makes elements
        if does == "merge":
            # pd.merge(per_person, addr, on="cin"): the two frames joined, as per_person.merge(addr) joins them
            sides = [side for side in (argument(args, 0, "left"), argument(args, 1, "right")) if side is not None]
            if len(sides) != 2:
                return combine(*(v for _, v in args))
            return _joined([(a.value, v) for a, v in sides], self.positions)
        if does == "substitute":
            return self._substituted(rule, args)
        if does == "command":
            started = self._command(rule, node, args, frame)
            if started is not None and rule.file_kind != "file" and READS_STDIN_MARK in started.labels:
                # proc = Popen(["curl", "--data-binary", "@-", ICE_URL], stdin=PIPE): what proc.communicate(input=...) or
                # proc.stdin.write(...) gives the program goes where its command line sends
                return Val(client=ClientObj(rule.file_kind, started))
            return OPAQUE
        if does == "pass" and args and XML_ELEMENT_MARK in args[0][1].labels and (dotted(node.func) or "").rsplit(".", 1)[-1] in ("deepcopy", "copy"):
            return xml_copied(args[0][1], self.positions(node))  # copy.deepcopy(TEMPLATE): a document of its own
        if does == "pass" and not node.args and isinstance(node.func, cst.Name) and node.func.value in _EMPTY_COLLECTIONS:
            return const_val(items=())  # set(), list(), tuple(): an empty collection, filled later
        if does == "pass" and (dotted(node.func) or "").rsplit(".", 1)[-1] in self.population.data.group_tables:
            # pd.crosstab(df["county_cd"], df["dgns_cd"]): numbers per group, about no one; per person, the columns it crosses
            return const_val() if self.population._table_of_counts(node) else combine(*(v for _, v in args))
        if does == "pass":
            hooked = self.hooked(rule, node, args, frame)
            if hooked is not None:
                return hooked
            encoder = argument(args, None, "cls") if rule.hook is not None and argument(args, *rule.hook) is None else None
            if encoder is not None and args and not first.const and not first.placements and self._encoder_dumps_every_field(encoder[0].value):
                # json.dumps(member, cls=Enc) with Enc.default returning vars(o): every field of the object
                shown = f"{dotted(node.func) or 'dumps'}({source_text(args[0][0].value)}, cls={source_text(encoder[0].value)})"
                return self.expr.whole_record(node, shown)
            encoder_cls = self._class_given(encoder) if encoder is not None and args else None
            own = encoder_cls[0].links.find_method(encoder_cls[1], "encode") if encoder_cls is not None else None
            if own is not None and own[2] not in self._stack and frame is not None:
                # json.dumps(record, cls=ProjectingEncoder): json calls the encoder's own encode() with the object
                receiver = Val(model=self.class_ref(*encoder_cls), labels=frozenset({encoder_cls[1].name}))  # type: ignore[misc,index]
                return self.call_method_of(own, [args[0]], receiver, node)
            ran = self._run_hook(None, encoder_cls, node, args, frame) if encoder_cls is not None else None
            if ran is not None:
                return ran  # json.dumps({"subject": m}, cls=MemberEncoder): what its default builds of m
            fields = argument(args, rule.fields_pos, rule.fields_kw) if rule.fields_pos is not None or rule.fields_kw is not None else None
            listed = self.expr.column_list(fields[0].value, frame) if fields is not None else None
            if listed is not None:
                # pd.DataFrame(rows, columns=["cin", "ethnicity"]): the frame's columns are those names, each at its element
                return container(listed, bulk=first.bulk, labels=first.labels)
            numbered = self.expr.numbered_names(node, frame) if frame is not None and (dotted(node.func) or "") == "zip" else None
            if numbered is not None:
                # zip(FIELDS, HEADERS), zip(COLUMNS, row): row by row, each name what it is
                return Val(const=all(r.const for r in numbered), elements=tuple(numbered))
            if rule.arg == "all" and (dotted(node.func) or "") in ("zip", "itertools.zip_longest") and len(args) > 1 \
                    and all(not v.bulk and not a.star and a.keyword is None for a, v in args) and any(v.elements or v.names for _, v in args):
                # zip([m.cin], [m.ssn]) of literals, zip(cols["cin"], cols["ssn_num"]) of columns: each element a
                # tuple of one element of each, unpacked one by one
                firsts = tuple(join(*v.elements) if v.elements else self.statements.element_of(v) for _, v in args)
                pair = replace(combine(*firsts), elements=firsts)
                return replace(pair, elements=(pair,))
            if rule.arg == "all" and rule.entries and any(a.keyword is not None and not v.const for a, v in args):
                # jsonify(medicaid_id=m.cin, diagnosis=m.dx): each keyword an entry of the body, placed at its keyword
                entries = [container(place(v, *self.positions(a), a.keyword.value)) if a.keyword is not None else v for a, v in args
                           if not (fields is not None and v is fields[1])]
                return replace(combine(*entries), bulk=frozenset().union(*(v.bulk for _, v in args)))
            if rule.arg == "all" and rule.packed:
                return self._each_packed(args)
            if rule.form_meta:
                # flask.Response(body, status=..., mimetype=..., content_type=...): protocol fields, whose unknown names are
                # transfer metadata (a prohibited one is still sent: SPEC section 4)
                args = [(a, v) if a.keyword is None or a.keyword.value not in rule.form_meta or v.const
                        else (a, container(tuple(replace(p, metadata=True) for p in place(v, *self.positions(a))), bulk=v.bulk)) for a, v in args]
            if rule.chained and args and all(a.keyword is None and not a.star and v.const and v.items is not None and v.text is None
                                             and not v.placements for a, v in args):
                # itertools.chain(FIELDS, EXTRA) of constant collections of names: the names of one, then of the other
                return const_val(items=tuple(item for _, v in args for item in v.items or ()))
            if rule.arg == "all" and not rule.ordered:
                # (HttpResponse(buf, content_type=...): a file object among others stands for what was written to it)
                taken = [v for _, v in args if not (fields is not None and v is fields[1])]
                if len(taken) > 1:
                    taken = [self.files.opened(v) if v.client is not None and v.client.kind in FILE_KINDS else v for v in taken]
                return combine(*taken) if args else OPAQUE
            passed = _passed(rule, args) if args else OPAQUE
            start = argument(args, 1, "start") if rule.number and (dotted(node.func) or "") == "sum" else None
            if rule.number and not (start is not None and (start[1].items is not None or start[1].elements is not None)):
                # (sum(lists, []): a list, not a number)
                # Decimal("0"), sum(fees), int(m.units): a number computed from what it was given (its names), no
                # collection to take elements of (its text stays: int("443") is a port of a URL)
                return _a_number(passed)
            if NUMBER_MARK in passed.labels and (dotted(node.func) or "") in ("str", "format", "repr"):
                passed = replace(passed, labels=passed.labels - {NUMBER_MARK})  # str(total): a text, grown as texts are
            if (dotted(node.func) or "") in ("str", "format", "repr") and passed.model is not None:
                return self.stringified(passed, node)  # str(label) of an object whose __str__ builds the text
            if (dotted(node.func) or "") in _ITERATING and passed.model is not None and not passed.placements and node.args:
                # list(Packet(m)) of a class whose __iter__ yields parts: what a for loop over it goes through
                return self.statements.iterated(passed, node=node.args[0].value)
            return passed
        if does == "replace_fields":
            if not args:
                return OPAQUE
            changed = [(a, v) for a, v in args[1:] if a.keyword is not None]
            keys = {a.keyword.value for a, _ in changed if a.keyword is not None}
            added = [p for a, v in changed if a.keyword is not None for p in place(v, *self.positions(a), a.keyword.value)]
            for a, v in args[1:]:
                if a.star == "**":  # dataclasses.replace(p, **updates): the entries of updates, as they are
                    added.extend(v.placements)
                    keys.update(p.key for p in v.placements if p.key is not None)
            if first.model is not None and self.rules.is_payload_model(first.model.rsplit(":", 1)[-1], self.m.cleared):
                # dataclasses.replace(ref, sex=m.sex) of a model named for enforcement: its fields are reported at their
                # declarations, and a keyword filling one is not reported again (as for its constructor, SPEC section 3)
                declared = {p.key for p in first.placements if p.at_declaration and p.key is not None}
                # (a whole record or a field of another category put there is still sent: replace(ref, address=vars(m)))
                # (a declared field no vocabulary name knows, notes=m.diagnosis_cd: what fills it still names itself)
                added = [p for p in added if not (p.key in declared and p.kind == "field" and self.vocabulary.classify(p.key) is not None
                                                  and not self.names_other_category(p, p.key))]
                keys -= declared  # (the declarations stay: they are where the model's fields are reported)
            copied = replace(first, placements=tuple(p for p in first.placements if p.key not in keys) + tuple(added))
            if first.attrs is not None or any(is_scalar_constant(v) for _, v in changed):
                # replace(FEDERAL, host="mmis.dhs.state.mn.us"), replace(s, ssn="REDACTED"): read back, those attributes are
                # the constants given now (a literal object's or a masked one); given data, not the old constants
                kept = {k: v for k, v in (first.attrs or ()) if k not in keys}
                kept.update({a.keyword.value: v if LITERAL_OBJECT_MARK in first.labels else v.with_labels({MASKED_MARK})
                             for a, v in changed if a.keyword is not None and is_scalar_constant(v)})
                copied = replace(copied, attrs=tuple(sorted(kept.items())) or None)
            return copied
        if does == "tally":
            if not args or first.const or not (first.names or first.placements):
                return first if args else const_val()
            # Counter(m.ssn for m in rows): each SSN a key of the counts (a read of its values is a number)
            line, col = self.positions(node)
            keyed = place(replace(first, placements=()), line, col) if first.names else ()
            return Val(placements=tuple(replace(p, detail=DATA_KEY) if p.kind == "field" else p for p in (*keyed, *first.placements)),
                       bulk=first.bulk, labels=first.labels)
        if does == "copies":
            # counting, sending = itertools.tee(rows): each iterator goes over every row
            count = const_text(args[1][1]) if len(args) > 1 else "2"
            copies = int(count) if count is not None and count.isdigit() and 0 < int(count) <= 16 else None
            return replace(first, elements=(first,) * copies) if copies is not None else first
        if does == "counted":
            if first.const:
                return first
            key_function = argument(args, 1, "key")
            read_by_key = self._key_names(key_function[0].value, frame) if key_function is not None else frozenset()
            # itertools.groupby(rows, key=lambda m: m.immigration_status): each key is what the function reads
            return replace(first, counted=True, labels=first.labels | {f"{GROUP_KEY}{n}>" for n in read_by_key})
        if does == "field_default":
            # settings: DhsSettings = field(default_factory=DhsSettings): what the field holds until set
            given = argument(args, 0, "default")  # Field(...) and attr.ib(...) take it first, field() by keyword
            if given is not None:
                return given[1]
            factory = argument(args, None, "default_factory")
            if factory is not None and isinstance(factory[0].value, (cst.Name, cst.Attribute)):
                return self.expr.eval(self.m.stand_in(cst.Call(func=factory[0].value), factory[0].value), frame or Frame(env={}))
            if factory is not None and isinstance(factory[0].value, cst.Lambda) and not factory[0].value.params.params:
                # url: str = field(default_factory=lambda: os.environ.get("EID_URL", "https://eid.ice.gov/...")): what it returns
                return self.expr.eval(factory[0].value.body, frame or Frame(env={}))
            return OPAQUE
        if does == "partial":
            return self.partial(args, frame, node) if args else OPAQUE
        if does == "reduce":
            return self._reduced(node, args, frame)
        if does == "chain":
            return self.run_chain([v for a, v in args if not a.star], node, frame or Frame(env={}))
        if does == "dump_declared":
            if not args or first.const:
                return const_val()
            given_expr = node.args[0].value if node.args else None
            if rule.models_only and first.model is None and (first.placements or first.elements is not None or first.items is not None or (
                    not (isinstance(given_expr, cst.Name) and self._named_record(given_expr))
                    and any(self.vocabulary.classify(n) is not None for n in first.names))):
                # jsonable_encoder({"cin": m.cin}), of a list of them, pickle.dumps(m.ssn), jsonable_encoder(dob): the data as it
                # is (an object of no known model, an ORM row, one named for a record, m, is every attribute it has: a whole record)
                return first
            if rule.named_records and first.model is None and not self._named_record(given_expr):
                return first  # pickle.dumps(batch_count), pickle.dumps(body) of an unknown builder: unknown is not guilty
            if first.model is None and not first.placements and first.names and isinstance(given_expr, cst.Attribute) \
                    and any(self.vocabulary.someone_else(n) for n in first.names):
                return first  # asdict(m.guardian) of a nested record of someone else: the guardian's record, named for them (round 426a)
            dumped = self.record_fields(first, node)
            given_filter = argument(args, None, "filter")
            chosen = self._filter_constant(given_filter[0].value, frame) if given_filter is not None else None
            for callback in ("filter", "dict_factory"):
                given = argument(args, None, callback)
                if chosen is None and given is not None:
                    # filter=lambda a, v: a.name in ALLOWED; dict_factory=only_allowed with
                    # def only_allowed(items): return {k: v for k, v in items if k in ALLOWED}
                    chosen = self._key_callback(given[0].value, callback == "dict_factory", frame or Frame(env={}))
            if chosen is not None and dumped.placements:
                # attr.asdict(m, filter=attr.filters.include(fields.medicaid_id, ...)) / exclude(fields.ssn)
                kind, listed_names = chosen
                dumped = only_keys(dumped, listed_names) if kind == "include" else without_keys(dumped, listed_names)
            selected, dropped = _names_given(argument(args, None, "include")), _names_given(argument(args, None, "exclude"), deny=True)
            if dumped.placements and (selected is not None or dropped is not None):
                # jsonable_encoder(e, include={"cin", "dob"}), exclude=...: as model_dump's (an included name placed at
                # its element of the include list, SPEC section 3)
                return self.dump(dumped if dumped.model is not None else replace(dumped, model=first.model), node, args, frame)
            return dumped
        if does == "sql_query":
            rows = self.sql_query(rule, args, node)
            if rows is None and rule.whole:
                # pl.read_database(query, conn) with a query not read here: a frame of every column, as a reader with no
                # column list gives (pandas' read_sql is judged where its frame is dumped, to_dict("records"))
                return self.expr.whole_record(node)
            return rows
        if does == "columns":
            return self.columns(rule, args, frame, node)
        if does == "fresh":
            return const_val()
        if does == "field_refs":
            # F("ssn"), Concat("first_name", Value(" "), "last_name"), Upper(F("last_name")): the fields it reads
            read = [text for a, v in args if a.keyword is None and (text := const_text(v)) is not None and isinstance(a.value, cst.SimpleString)]
            inner = [v for a, v in args if a.keyword is None and not isinstance(a.value, cst.SimpleString)]
            fields_read = frozenset(read).union(*(v.names for v in inner), *(p.names for v in inner for p in v.placements))
            return Val(names=fields_read) if fields_read else const_val()
        if does == "whole_record" and rule.within is not None:
            # serializers.serialize("python", [m]): each element keeps the record under "fields" ([0]["fields"] is it)
            made = self.apply_rule(replace(rule, within=None), node, args, frame)
            if made is None or made.const:
                return made
            each = replace(made, attrs=((rule.within, made),))
            return replace(each, elements=(each,))
        if does == "whole_record":
            file_arg = argument(args, *rule.file) if rule.file is not None else None
            known = self.files.written_content(file_arg[1]) if file_arg is not None else None
            if known is not None:
                return known  # csv.DictReader(fh) of a file this module wrote: what was written to it
            read_from = file_arg or argument(args, 0, None)
            if read_from is not None and not read_from[1].placements and (INBOUND_CONTENT_MARK in read_from[1].labels or (
                    file_arg is not None and read_from[1].client is None and _inbound(read_from[1]))):
                # csv.DictReader(io.StringIO(resp.text)), pd.read_csv(io.StringIO(r.text)), csv.DictReader(
                # resp.text.splitlines()) of what enforcement answered: its rows are its own answer (not a file at a
                # path it named: pd.read_csv(resp.json()["path"]) reads the agency's own file)
                return Val(labels=frozenset({INBOUND_MARK}))
            record = argument(args, rule.record, None) if rule.record is not None else None
            if rule.record is not None and (record is None or record[1].const):
                return const_val()
            fields = argument(args, rule.fields_pos, rule.fields_kw)
            chosen = _member_test(fields[0].value) if fields is not None else None
            if chosen is not None:
                # usecols=lambda c: c in KEEP: the columns the test keeps are the names of KEEP
                listed = self.expr.column_list(chosen, frame)
                if listed is not None:
                    return container(listed)
            if fields is not None and isinstance(fields[0].value, (cst.List, cst.Tuple, cst.Name, cst.IfExp, cst.Subscript, cst.Attribute, cst.BinaryOperation,
                                                                   cst.Call)):
                # usecols=[...]: each name at its own element (usecols=COLUMNS[self.partner], BASE + [...], self.columns,
                # list(COLS) too)
                listed = self.expr.column_list(fields[0].value, frame)
                if listed is not None:
                    return container(listed)
            if fields is not None and fields[1].items is not None:
                return named_entries(fields[1].items, *self.positions(fields[0]))  # model_to_dict(m, fields=FIELDS)
            given = fields[0].value if fields is not None else None
            if isinstance(given, cst.Name) and (frame is None or given.value not in frame.env):
                given = self.index.constants.get(given.value, given)  # only=FIELDS of FIELDS = [Enrollee.cin, ...]
            if isinstance(given, (cst.List, cst.Tuple, cst.Set)) and given.elements and all(
                    isinstance(e.value, cst.Attribute) and isinstance(e.value.value, cst.Name) and e.value.value.value not in (frame.env if frame else {})
                    and e.value.value.value not in self.index.constants for e in given.elements):
                # model_to_dict(e, only=[Enrollee.cin, Enrollee.birth_dt]) (peewee): the model's fields named, each at its
                # element (a class of constants, fields=[Cols.SSN], was folded to its texts above)
                return container(Placement(*self.positions(e), frozenset({e.value.attr.value}), key=e.value.attr.value)  # type: ignore[attr-defined]
                                 for e in given.elements)
            named = argument(args, *rule.names) if rule.names is not None else None
            listed = self.expr.column_list(named[0].value, frame) if named is not None else None
            if listed is not None:
                return container(listed)  # pd.read_csv(path, names=COLS): the frame's columns are those names
            if record is not None and (record[1].model is not None or CALLERS_MARK in record[1].labels):
                fields_of = self.record_fields(record[1], node)  # vars(c) of a known model: its declared fields (SPEC section 6)
                excluded = argument(args, None, "exclude") if fields_of.placements and not any(p.kind == "whole" for p in fields_of.placements) else None
                if excluded is not None and isinstance(excluded[0].value, cst.Name) and excluded[0].value.value == "None":
                    excluded = None  # model_to_dict(m, exclude=None): nothing excluded
                dropped = _names_given(excluded, deny=True) if excluded is not None else None
                if excluded is not None and dropped is None:
                    return self.expr.whole_record(node)  # exclude=names the analysis cannot read: any of them may be sent
                return without_keys(fields_of, list(dropped)) if dropped else fields_of  # model_to_dict(m, exclude=["ssn"])
            if record is not None and not record[1].placements and record[1].names and not record[1].const and record[1].model is None \
                    and any(self.vocabulary.someone_else(n) for n in record[1].names) and isinstance(record[0].value, cst.Attribute):
                # asdict(m.guardian) of a nested record of someone else: the guardian's record, named for them (round 426a)
                return record[1]
            return self.expr.whole_record(node)
        if does == "open_file":
            return self.files.open_file(rule, node, args)
        if does in ("temp_path", "temp_pair"):
            return self.files.temp_name(node, pair=does == "temp_pair", args=args)
        if does == "writer":
            return self.files.writer(rule, node, args, frame)
        if does == "write_to":
            return self.files.write_to(rule, node, args, frame=frame)
        if does == "copy_file" and rule.tree:
            return self._archived_folder(rule, node, args)
        if does == "copy_file":
            source = argument(args, *rule.files[0]) if rule.files else None
            target = argument(args, *rule.file) if rule.file is not None else None
            if target is not None and target[1].client is None and not (target[1].text or "").strip(HOLE + "/"):
                target = None  # os.replace(temp, folder / name) with no part of the path known: no file the analysis can name
            if target is not None and target[1].client is None:
                # the copy is named by its path and the constants that gave it (ICE_DROP), not by every name its
                # parts came through (a cache folder computed from config.enforcement_hosts)
                target = (target[0], replace(target[1], labels=frozenset(n for n in target[1].labels if "." not in n or n.rsplit(".", 1)[-1].isupper())))
            written = self.client_methods.get(target[1].client.kind, {}).get("write") if target is not None and target[1].client is not None else None
            if source is not None and target is not None and written is not None and written.does == "sink":
                # shutil.copyfileobj(buf, rf) into a file open on the SFTP host: what it holds is written there, as
                # by rf.write(buf.getvalue())
                copied = self.files.content_of_path(source)
                return self.client_method(target[1], target[0].value, "write", node, [(source[0], copied)], frame or Frame(env={}))
            if source is not None and target is not None:
                copied = self.files.content_of_path(source)  # shutil.copy(EXTRACT, "/mnt/drop/ice_referrals.csv")
                self.files.write(target[1], copied.placements, node, copied.bulk)
                source_key, target_key = self.files.key(source[1]), self.files.key(target[1])
                running_id = id(self._stack[-1]) if self._stack else 0
                moved_at = self.positions(node)[0]
                if source_key is not None and target_key is not None and rule.moves and any(
                        fn == running_id and line < moved_at for fn, line in self.m.written_at.get(source_key, ())):
                    # (only a file this function wrote before moving it: os.replace(ICE_DROP, ARCHIVE) first, to keep
                    # yesterday's drop, then a new ICE_DROP written, moves nothing written here)
                    # os.replace(tmp, STATE_FILE): where the moved file goes, its content went (a copy leaves the
                    # original where it was: an ICE-named file copied to an archive is still in the drop)
                    self.m.file_copies.append((source_key, target_key))
            return target[1] if target is not None else OPAQUE
        if does == "keys_of":
            names = args[0][1] if args and args[0][0].keyword is None and not args[0][0].star else None
            filled = args[1][1] if len(args) > 1 else const_val()
            if names is not None and names.items is not None and filled.const and not filled.placements:
                return const_val(items=names.items)  # dict.fromkeys(BLOCKED): those names, each a constant
            held_keys: list[Placement] = []
            if len(args) > 1 and not filled.const and (filled.placements or filled.names):
                # dict.fromkeys(("medicaid_id", "member_ref"), m.ssn): every key holds that value (placed once, at
                # it, under the first constant key: the value names itself)
                first_key = names.items[0] if names is not None and names.items else None
                held_keys.extend(place(filled, *self.positions(args[1][0]), first_key))
            if names is not None and not names.const and (names.placements or names.names):
                # dict.fromkeys(m.diagnosis_codes, True): the member's values are the keys, sent with the dict
                at_line, at_col = self.positions(args[0][0])
                as_keys = place(replace(names, placements=()), at_line, at_col) if names.names else ()
                held_keys.extend(replace(p, detail=DATA_KEY) if p.kind == "field" else p for p in (*as_keys, *names.placements))
            return container(held_keys) if held_keys else OPAQUE
        if does == "build_dict":
            zipped = self.expr.zipped_names(args[0][0].value, frame) if len(args) == 1 and args[0][0].keyword is None and not args[0][0].star else None
            if zipped is not None and frame is not None:
                values = cst.ensure_type(args[0][0].value, cst.Call).args[1].value
                if isinstance(values, (cst.List, cst.Tuple)) and len(values.elements) == len(zipped):
                    # dict(zip(KEYS, (m.cin, m.race))): each value under its key, placed at the value
                    paired: list[Placement] = []
                    for key, element in zip(zipped, values.elements, strict=True):
                        paired.extend(place(self.expr.eval(element.value, frame), *self.positions(element), min(key.names)))
                    return container(paired)
                held = self.expr.eval(values, frame)
                if held.elements is not None and len(held.elements) == len(zipped):
                    # vals = [m.cin, m.ssn]; dict(zip(KEYS, vals)): each value under its key, placed here
                    where = self.positions(cst.ensure_type(args[0][0].value, cst.Call).args[1])
                    paired = []
                    for key, element in zip(zipped, held.elements, strict=True):
                        # at the element of the list literal that holds it, when the list was made so
                        at = [(p.line, p.col) for p in held.placements if p.names == element.names and p.key is None] if element.names else []
                        paired.extend(element.placements or place(element, *(at[0] if len(at) == 1 else where), min(key.names)))
                    return container(paired)
                if held.placements and not held.const and held.elements is None and len(held.placements) == len(zipped) \
                        and all(p.names for p in held.placements):
                    # values = [getattr(m, f) for f in FIELDS]; dict(zip(KEYS, values)): each value where it was placed
                    # (the comprehension, one placement per name in order), under its key and carrying its key's name
                    return container([replace(p, names=p.names | key.names, key=min(key.names)) for p, key in zip(held.placements, zipped, strict=True)],
                                     bulk=held.bulk)
                return container(zipped)  # dict(zip(["cin", "ssn"], row)): each name at its element
            pairs = args[0][0].value if len(args) == 1 else None
            if isinstance(pairs, cst.Call) and dotted(pairs.func) == "zip" and len(pairs.args) == 2 and frame is not None:
                # dict(zip(names, values)): the keys are names, the data is the values
                values = pairs.args[1]
                made = container(place(self.expr.eval(values.value, frame), *self.positions(values)))
                if self.expr.zips_statuses(pairs.args[0].value, values.value, frame):
                    made = made.with_labels({STATUS_VALUES_MARK})  # dict(zip(status["cin"], status["imgrtn_stus_cd"])): statuses by id
                return made
            built = self.build_dict(node, args)
            # (dict(who=ans["requested_by"]): what enforcement answered, read back by its key, is still its answer)
            objects = tuple((a.keyword.value, v) for a, v in args if a.keyword is not None and (project_object(v) or (
                (v.response or INBOUND_MARK in v.labels) and not v.placements and not v.bulk)))
            # dict(medicaid_id=m.cin, race="NOT-SENT"): a constant read back by its key, as a dict literal's is
            objects += tuple((a.keyword.value, v) for a, v in args if a.keyword is not None and v.const and not v.placements
                             and (v.text is not None or v.items is not None) and not project_object(v))
            if objects:
                built = replace(built, attrs=tuple(sorted((*(built.attrs or ()), *objects), key=lambda kv: kv[0])))  # dict(ice=IceClient())
            single = args[0][1] if len(args) == 1 and args[0][0].keyword is None and not args[0][0].star else None
            if single is not None and single.const and single.items is not None and single.attrs and single.model is None and single.client is None \
                    and not single.placements:
                return replace(single, labels=single.labels | built.labels)  # dict(ICE_CFG["mapping"]): a copy of a constant dict
            if single is not None and single.attrs and single.model is None and single.client is None and not single.const:
                built = replace(built, attrs=single.attrs)  # dict(rec) of a rec whose "ssn" was masked: still masked
            if len(args) == 1 and args[0][0].keyword is None and not args[0][0].star and args[0][1].bulk:
                # dict(cur.fetchall()) of (code, name) rows, dict(qs.values_list("code", "name")): one value per
                # key, a reference table; looked up by one key, one entry (names[m.county_cd])
                built = built.with_labels({BY_PERSON_MARK})
            return built
        if does == "namespace":
            # settings = SimpleNamespace(dhs_url="https://..."): an object whose attributes are those keywords
            namespace_attrs = [(a.keyword.value, v) for a, v in args if a.keyword is not None]
            placed = [p for a, v in args if a.keyword is not None for p in place(v, *self.positions(a), a.keyword.value)]
            return Val(placements=tuple(placed), model="SimpleNamespace", attrs=tuple(sorted(namespace_attrs, key=lambda kv: kv[0])) or None)
        if does == "getattr" and len(args) >= 2 and frame is not None and self._names_every_field(args[1][0].value, frame):
            if args[0][1].model is not None and self.functions.declared_fields(args[0][1].model) is not None:
                # for f in fields(rec): getattr(rec, f.name) of a model of the project: its declared fields (SPEC section 6)
                return self.record_fields(args[0][1], node)
            return self.expr.whole_record(node)  # for f in m._meta.fields: getattr(m, f.name): every field of m
        attr = const_text(args[1][1]) if does == "getattr" and len(args) >= 2 else None
        if attr is not None and attr.isidentifier() and frame is not None and isinstance(args[0][0].value, cst.Name) and not args[0][0].star:
            # getattr(s, "ssn"): the attribute read s.ssn (an attribute masked with a constant is that constant)
            read = cst.Attribute(value=args[0][0].value, attr=cst.Name(attr))
            self.m.alias_position(read, node)
            owner_name = args[0][0].value.value
            if owner_name not in frame.env and (owner_name in self.index.imports or owner_name in frame.imports):
                # getattr(senders, "send_ice") of an imported module of the project: that function, called later
                ref = self.function_ref(read, OPAQUE, frame)
                if ref is not None:
                    return Val(function=ref)
            return self.expr.eval(read, frame)
        if does == "getattr":
            return self.expr.read_key(first, const_text(args[1][1]) or "") if len(args) >= 2 and const_text(args[1][1]) is not None else None
        if does == "env_read":
            # os.getenv("URL", "https://..."), os.getenv("URL", default=...); Variable.get("url", default_var=...) of Airflow
            default = argument(args, *rule.names) if rule.names is not None else argument(args, 1, "default")
            return env_value(const_text(first), default[1] if default else None)
        if does == "query_string":
            return self._query_string(first) if args else None
        if does == "url_parts" and args and isinstance(args[0][0].value, (cst.Tuple, cst.List)) and first.elements is not None:
            return self._url_of_parts(args[0][0].value, first.elements)
        if does == "url_parts" and len(args) == 1 and first.text is not None and "://" in first.text:
            return first  # urlunsplit(urlsplit(url)), urlunparse(parsed): the URL parsed
        if does == "url_join" and len(args) == 1:
            return first  # Path(folder): the folder
        if does == "url_join" and len(args) >= 2:
            out = args[0][1]
            # urljoin(base, "/subjects"), urljoin(base, "//mmis.dhs.state.mn.us/x"): as the URL standard joins them (a path
            # from the root replaces the base's, a base with no trailing slash loses its last segment)
            standard = (self.index.qualify(dotted(node.func) or "", (frame.imports or None) if frame is not None else None) or "").endswith("urljoin")
            for arg, right in args[1:]:  # os.path.join(a, b, c), Path(a, b): each part in turn
                if right.text and "://" in right.text:
                    out = right
                    continue
                if out.alternatives and (out.text is None or HOLE in out.text) and not right.alternatives:
                    # urljoin(BASE_URLS[partner] + "/", "referrals") of a table of base URLs: each URL it may be, joined
                    ends = all(a.endswith("/") for a in out.alternatives) or (right.text or "").startswith("/")
                    out = self.expr.concat(out if ends else self.expr.concat(out, const_val(text="/")), self.expr.interpolated(right, arg.value))
                    continue
                joined_url = urllib.parse.urljoin(out.text, right.text) if standard and out.text is not None and right.text is not None \
                    and "://" in out.text and not right.text.startswith(HOLE) else None
                if joined_url is not None and "://" in joined_url:
                    # (not "referrals:batch", which urljoin reads as a URL of its own scheme: joined as written below)
                    out = replace(combine(out, self.expr.interpolated(right, arg.value)), text=joined_url)
                    continue
                sep = "" if (out.text or "").endswith("/") or (right.text or "").startswith("/") else "/"
                joined = combine(out, self.expr.interpolated(right, arg.value))  # urljoin(base, m.ssn): the SSN enters the URL here
                before = (out.text if out.text is not None else HOLE) + sep
                # posixpath.join(CASE_URL, "cases", ice_case_number): a value in the path names no endpoint
                joined = path_marked(joined, self.expr.path_data_labels(before, right) - out.labels)
                out = replace(joined, text=before + (right.text if right.text is not None else HOLE))
            return out
        return None

    @staticmethod
    def _query_string(given: Val) -> Val:
        """``urlencode({"immigration_status": "EWI", "county": c})``: what the dict carried, with the text of
        the query it makes (``immigration_status=EWI&county=``, a value not known a hole), so a URL built
        from it says what it asks for; a list of pairs or anything else is what it carried."""
        if given.elements is not None or given.model is not None or given.client is not None:
            return given
        entries = constant_entries(given)
        if given.items is None and not entries:
            return given
        # (a dict whose keys are not all known, filled in steps: the entries known, then a hole for the others)
        keys = list(given.items) if given.items is not None else [*entries, HOLE]
        parts = [key if key == HOLE else f"{key}={entries[key].text if key in entries and entries[key].text is not None else HOLE}" for key in keys]
        return replace(given, text="&".join(parts))

    def _url_of_parts(self, literal: "cst.Tuple | cst.List", parts: "tuple[Val, ...]") -> Val | None:
        """``urlunparse(("https", HOST, path, "", f"ssn={m.ssn}", ""))`` (six parts) or ``urlunsplit`` (five):
        the URL they make, each part's fields entering it at the part."""
        if len(parts) not in (5, 6) or len(literal.elements) != len(parts) or any(isinstance(e, cst.StarredElement) for e in literal.elements):
            return None
        texts = [p.text if p.text is not None else HOLE for p in parts]
        scheme, netloc, path, *rest = texts
        params, query, fragment = rest if len(rest) == 3 else ("", *rest)
        made = combine(*(self.expr.interpolated(p, e.value) for p, e in zip(parts, literal.elements, strict=True)))
        return replace(made, text=_url_of(scheme, netloc, path, params, query, fragment))

    def _url_replaced(self, url: Val, args: Args) -> Val | None:
        """``urlparse(ICE_URL)._replace(query=f"ssn={m.ssn}")``: the URL with those parts given again, each
        keyword's fields entering it there; None when a keyword names no part of a URL."""
        parts = url_parts(url.text or "")
        if parts is None or not args or any(a.keyword is None or a.keyword.value not in parts for a, _ in args):
            return None
        given = dict(parts)
        for arg, val in args:
            if arg.keyword is not None:
                given[arg.keyword.value] = val.text if val.text is not None else HOLE
        if not any(HOLE in text for key, text in parts.items() if key not in {a.keyword.value for a, _ in args if a.keyword is not None}):
            # urlparse(f"{ICE}?ssn={m.ssn}")._replace(query=""): every field the URL carried was in a part given anew
            url = replace(url, placements=(), names=frozenset())
        made = combine(url, *(self.expr.interpolated(v, a.value) for a, v in args))
        return replace(made, text=_url_of(**given), const=url.const and all(v.const for _, v in args))

    def columns(self, rule: Rule, args: Args, frame: Frame | None = None, node: cst.Call | None = None) -> Val | None:
        """``qs.values("cin", "dob")``, ``select(Member.cin, Member.dob)``: rows of those columns, each
        placed at its argument; None when the arguments are not all column names."""
        if rule.list is not None:
            given = argument(args, *rule.list)
            listed = self.expr.column_list(given[0].value, frame) if given is not None else None
            return container(listed) if listed else None
        placed: list[Placement] = []
        constant_names: list[str] = []  # the labels of constant columns among them (literal("TX"), null())
        # (session.query(*cols) with cols known element by element: its elements were handed as arguments of their own)
        starred = {id(a.value): a.value for a in node.args if a.star == "*"} if node is not None and rule.attributes and frame is not None else {}
        spread_done: set[int] = set()
        for arg, val in args:
            if id(arg.value) in starred and not arg.star:
                if id(arg.value) not in spread_done:
                    spread_done.add(id(arg.value))
                    listed = self._attribute_columns(arg.value, rule, cst.ensure_type(frame, Frame))
                    if listed is None:
                        return None
                    placed.extend(listed)
                continue
            if arg.star == "*":
                spread = self.expr.column_list(arg.value, frame)  # qs.values(*EXPORT_FIELDS)
                if spread is None and rule.attributes and frame is not None:
                    # session.query(*cols) of cols = [Member.cin, Member.race_cd] (or a helper's list of them): each column
                    # at its element of the list (round 515b)
                    spread = self._attribute_columns(arg.value, rule, frame)
                if spread is None:
                    return None
                placed.extend(spread)
                continue
            if arg.keyword is not None and rule.strings and val.names and not val.const:
                # qs.values("cin", ref=F("ssn")): a column under that name, of the fields the expression reads
                line, col = self.positions(arg)
                placed.append(Placement(line, col, frozenset({arg.keyword.value}) | val.names, key=arg.keyword.value))
                continue
            if arg.keyword is not None or arg.star:
                continue
            spread = self.expr.polars_columns(arg.value) if rule.strings else None
            if spread is not None:
                placed.extend(spread)  # frame.select(pl.col(["cin", "ssn"])) (polars): each name at its element
                continue
            if rule.strings and isinstance(arg.value, cst.Call) and val.names and not val.const:
                # qs.values_list("cin", F("race")), Upper("last_name"): the fields the expression reads
                line, col = self.positions(arg)
                placed.append(Placement(line, col, val.names, key=min(val.names)))
                continue
            if rule.strings and isinstance(arg.value, (cst.List, cst.Tuple, cst.Name)):
                spread = self.expr.column_list(arg.value, frame)  # frame.select(["cin", "dob"]) (polars): a list of them
                if spread is None:
                    return None
                placed.extend(spread)
                continue
            if rule.attributes and self.is_table(arg.value):
                # select(members): every column (SELECT *), each at its Column(...) when the module declares them all
                placed.extend(self.table_columns(arg.value) or self.expr.whole_record(arg.value).placements)
                continue
            value, label = arg.value, None
            if rule.attributes and isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute) and value.func.attr.value == "label" \
                    and len(value.args) == 1 and isinstance(value.args[0].value, cst.SimpleString):
                # select(Member.cin.label("alien_number")): the column, put under that name (SPEC section 5: both names)
                value, label = value.func.value, string_value(value.args[0].value)
            if rule.attributes and isinstance(value, cst.Call) and (dotted(value.func) or "").rpartition(".")[0].endswith("func") \
                    and (dotted(value.func) or "").rpartition(".")[2].lower() in _SQL_AGGREGATES:
                # select(Member.county, func.count(Member.id).label("n")): a number per group, no one's field (read
                # back by position or by its label, a constant)
                line, col = self.positions(arg)
                placed.append(Placement(line, col, frozenset(), kind=CONSTANT_KIND))
                if isinstance(label, str) and label:
                    constant_names.append(label)
                continue
            name = _column_name(value, rule.strings, rule.attributes)
            if name is None and rule.attributes and isinstance(arg.value, cst.Call) and not val.placements and not val.bulk:
                # select(..., literal("TX").label("agency_code"), case(..., else_=Member.sex_cd).label("gender")): a
                # constant column (no one's field), or an expression of the fields it reads, at its own line
                line, col = self.positions(arg)
                # (case((Member.sex_cd == "F", "Female"), else_=...): every column it reads, tested or returned, as a
                # SQL CASE's are)
                read = frozenset(n for given in value.args if isinstance(value, cst.Call) for part in walk(given.value) if isinstance(part, cst.Attribute)
                                 for n in [_column_name(part, False, True)] if n is not None and n != label)
                if not (val.names | read):
                    if isinstance(label, str) and label:
                        constant_names.append(label)  # null().label("ssn"): row.ssn is that constant
                    placed.append(Placement(line, col, frozenset(), kind=CONSTANT_KIND))  # row[2]: that constant (one_row)
                    continue
                names = val.names | read | ({label} if isinstance(label, str) and label else frozenset())
                placed.append(Placement(line, col, names, key=label if isinstance(label, str) and label else min(names)))
                continue
            if name is None:
                return None
            line, col = self.positions(arg)
            owner = self._column_owner(value) if rule.attributes else None
            # (guardian.c.phone, g.c.phone of g = guardian.alias("g"), Guardian.phone: the guardian's phone, as g.phone of a
            # JOIN guardian g is in SQL text)
            owned = {q} if owner is not None and self._someone_elses_table(owner, name) and (q := self.vocabulary.qualified_name(owner, name)) is not None \
                else set()
            if isinstance(label, str) and label:
                placed.append(Placement(line, col, frozenset({name, label} | owned), key=label))
            else:
                placed.append(Placement(line, col, frozenset({name} | owned), key=name))
        if (rule.attributes or rule.positional) and placed and len(placed) == len(args) and not any(a.star or a.keyword is not None for a, _ in args) \
                and not any(self.is_table(a.value) for a, _ in args):
            # select(Member.cin, Member.ssn, Member.birth_date): a row's columns by position too (r[0], r[2]); so are
            # values_list("cin", "immigration_status")'s (for cin, status in ...)
            placed = [replace(p, detail=f"{SQL_COLUMN}{i}/{len(placed)}") for i, p in enumerate(placed)]
        if constant_names:
            # a constant column is no one's field: read back by its label (row.ssn of null().label("ssn")), it is that constant
            return replace(container(placed), attrs=tuple((n, const_val()) for n in constant_names))
        return container(placed) if placed else None

    def _attribute_columns(self, node: cst.BaseExpression, rule: Rule, frame: Frame) -> "list[Placement] | None":
        """The columns of a literal list of column expressions a name of the running function holds (``cols =
        [Member.cin, Member.race_cd]``) or a function of the module returns (``return [Member.cin, Member.sex_cd]``), each
        placed at its element; None when it is no such list."""
        literals: "list[cst.BaseExpression]" = []
        if isinstance(node, cst.Name) and node.value in frame.env:
            running = self._stack[-1] if self._stack else None
            bound = self.functions._assignments(running).get(node.value, []) if isinstance(running, cst.FunctionDef) else []
            if len(bound) != 1 or self.expr._grown_locally(node.value) or self.expr._shrunk_locally(node.value):
                return None
            node = bound[0]
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value not in frame.env and not node.args:
            fn = self.index.functions.get(node.func.value)
            if fn is None or fn.params.params or fn.params.kwonly_params or fn.params.posonly_params or fn.asynchronous is not None:
                return None  # (a helper choosing by a parameter, referral_columns(full=False): not every list it may return)
            literals = [r.value for r in self.functions.flat.walk(fn.body) if type(r) is cst.Return and r.value is not None]  # type: ignore[attr-defined]
        elif isinstance(node, (cst.List, cst.Tuple)):
            literals = [node]
        if not literals or not all(isinstance(v, (cst.List, cst.Tuple)) for v in literals):
            return None
        placed: list[Placement] = []
        for literal in literals:
            for element in cst.ensure_type(literal, (cst.List, cst.Tuple)).elements:  # type: ignore[arg-type]
                name = _column_name(element.value, rule.strings, True) if isinstance(element, cst.Element) else None
                if name is None:
                    return None
                line, col = self.positions(element.value)
                placed.append(Placement(line, col, frozenset({name}), key=name))
        return placed

    def _someone_elses_table(self, owner: str, column: str) -> bool:
        """A table or model named for someone else as a whole (``guardian``, ``EmergencyContact``: its last word a person
        other than the enrollee, not a child's, whose rows are the children's own), whose column does not name the
        member itself (``member_cin`` of a ``ProviderAssignment`` link is the member's)."""
        words = self.vocabulary.tokens(owner)
        if not words or not set(words) & self.vocabulary.other_person or self.expr.names_a_child(owner) or set(words) & CHILD_WORDS:
            return False
        return not (set(self.vocabulary.tokens(column)) & set(self.population.data.person_nouns))

    def _column_owner(self, value: cst.BaseExpression) -> str | None:
        """The table or model a column of a query builder is read from: ``guardian`` of ``guardian.c.phone`` (also of an
        alias, ``g = guardian.alias("g")``, or of ``Table("guardian", ...)`` bound to another name), ``Guardian`` of
        ``Guardian.phone`` (an ORM class of the module); None otherwise."""
        if not isinstance(value, cst.Attribute):
            return None
        base = value.value
        if isinstance(base, cst.Name) and (base.value in self.index.classes or (base.value in self.index.imports and base.value[:1].isupper())):
            return base.value  # Guardian.phone, of this module or imported (from .models import Guardian)
        if not (isinstance(base, cst.Attribute) and base.attr.value in ("c", "columns") and isinstance(base.value, cst.Name)):
            return None
        held: cst.BaseExpression = base.value
        running = self._stack[-1] if self._stack else None
        bound = self.statements._bound_once(running) if isinstance(running, cst.FunctionDef) else {}
        for _ in range(4):
            # (g = guardian.alias("g") at module level or in the running function)
            made = (self.index.constants.get(held.value) or bound.get(held.value)) if isinstance(held, cst.Name) else None
            if isinstance(made, cst.Call) and isinstance(made.func, cst.Attribute) and made.func.attr.value == "alias":
                held = made.func.value  # g = guardian.alias("g")
                continue
            if isinstance(made, cst.Call) and (dotted(made.func) or "").rsplit(".", 1)[-1] == "Table" and made.args \
                    and isinstance(made.args[0].value, cst.SimpleString):
                written = string_value(made.args[0].value)
                return written if isinstance(written, str) else None  # guardian = Table("guardian", md, ...)
            break
        return held.value if isinstance(held, cst.Name) else None

    def _aggregated(self, frame_val: Val, args: Args) -> Val:
        """``df.groupby(...).agg(dx_codes=("prmry_dgns_cd", "unique"))``: a frame of aggregates per group
        (a row per member when grouped by member): a named aggregation is a column placed at its keyword,
        named both ways; ``agg({"prmry_dgns_cd": "first"})`` keeps those columns; ``agg("first")`` all."""
        grouped = replace(frame_val, counted=False)
        placed: list[Placement] = []
        for arg, _ in args:
            value = arg.value
            if arg.keyword is not None and isinstance(value, cst.Tuple) and value.elements and isinstance(value.elements[0].value, cst.SimpleString):
                column = string_value(value.elements[0].value)
                held = [p for p in grouped.placements if p.key == column] if isinstance(column, str) else []
                names = frozenset({arg.keyword.value, *([column] if isinstance(column, str) else [])}).union(*(p.names for p in held))
                placed.append(Placement(*self.arg_position(arg), names, key=arg.keyword.value))
            elif arg.keyword is None and isinstance(value, cst.Dict):
                kept = [string_value(e.key) for e in value.elements if isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString)]
                return replace(only_keys(grouped, [k for k in kept if isinstance(k, str)]), bulk=grouped.bulk, labels=grouped.labels)
        return replace(container(placed), bulk=grouped.bulk, labels=grouped.labels) if placed else grouped

    def is_table(self, node: cst.BaseExpression) -> bool:
        """``node`` names a SQLAlchemy Core table of this module (``members = Table("members", metadata, ...)``),
        or one the running function makes (``enrollees = Table("enrollees", md, autoload_with=engine)``:
        its columns are read from the database, so ``select(enrollees)`` is every column)."""
        if not isinstance(node, cst.Name) or node.value in self.index.grown:
            return False
        made = self.index.constants.get(node.value)
        if isinstance(made, cst.Call) and (self.index.qualify(dotted(made.func) or "") or "") in _TABLES:
            return True
        made_here = self.functions.bound_here(node.value)
        # every binding of the name in the function makes a table (not src = Table(...), then src = subquery)
        return bool(made_here) and all(isinstance(v, cst.Call) and (self.index.qualify(dotted(v.func) or "") or "") in _TABLES for v in made_here)

    def _joined_part(self, val: Val, node: cst.BaseExpression) -> Val:
        """One element of a literal list joined into a string, placed where it enters it; an element
        built of several fields on its own line (``"\\r".join(["MSH|...", f"PID|{m.last_name}^{m.first_name}"])``)
        is one value put there, one placement, as it is in a list sent as data (``values.place``)."""
        if val.names or (val.text is None and not val.alternatives) or len(val.placements) < 2 \
                or not all(p.kind == "field" and p.key is None and p.module is None for p in val.placements):
            return self.expr.interpolated(val, node)
        line, col = self.positions(node)
        if not all(p.line == line for p in val.placements):
            return val
        names = frozenset().union(*(p.names for p in val.placements))
        merged = Placement(line, col, names, metadata=all(p.metadata for p in val.placements), joined=True)
        return replace(val, placements=(merged,))

    def table_columns(self, node: cst.BaseExpression) -> list[Placement] | None:
        """The columns a Core table of this module declares (``Table("members", md, Column("cin", ...), ...)``),
        each placed at its ``Column(...)``; None when they are not all written there (``autoload_with=``, a
        column made elsewhere)."""
        made = self.index.constants.get(node.value) if isinstance(node, cst.Name) else None
        if not isinstance(made, cst.Call) or any(a.keyword is not None and a.keyword.value.startswith("autoload") for a in made.args):
            return None
        out = []
        for arg in made.args[2:]:
            if arg.keyword is not None:
                continue  # schema="mmis", comment=...
            call = arg.value
            made_by = (self.index.qualify(dotted(call.func) or "") or "") if isinstance(call, cst.Call) else ""
            if made_by.rsplit(".", 1)[-1] != "Column":
                if made_by.rsplit(".", 1)[-1].endswith(("Constraint", "Index")):
                    continue  # PrimaryKeyConstraint("cin"), Index(...): no column of its own
                return None
            name = string_value(call.args[0].value) if call.args and isinstance(call.args[0].value, cst.SimpleString) else None  # type: ignore[attr-defined]
            if not isinstance(name, str):
                return None
            out.append(Placement(*self.positions(call.args[0]), frozenset({name}), key=name, at_declaration=True))  # type: ignore[attr-defined]
        return out or None

    @staticmethod
    def _polars_frame(receiver: Val, mapping: cst.Dict) -> bool:
        """``mapping``'s keys are columns of ``receiver``: a polars frame (read by polars), a frame read whole, or a frame
        holding a column of each key's name."""
        keys = [string_value(e.key) for e in mapping.elements if isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString)]
        if not keys or len(keys) != len(mapping.elements) or not all(isinstance(k, str) for k in keys):
            return False
        columns = {p.key for p in receiver.placements if p.key}
        return all(k in columns for k in keys) or is_whole(receiver) or any(b.text.startswith(("pl.", "polars.")) for b in receiver.bulk)

    def reshape(self, rule: Rule, receiver: Val, node: cst.Call, args: Args, frame: Frame | None = None) -> Val:
        """DataFrame and schema methods that change which columns a value carries."""
        given = argument(args, *rule.names) if rule.names is not None else None
        if given is None and rule.does in ("drop_keys", "rename_keys") and _along_columns(args):
            # df.drop(["ssn"], axis=1), drop(labels="ssn", axis="columns"), rename({"ssn": "ref"}, axis=1)
            given = argument(args, 0, "labels" if rule.does == "drop_keys" else "mapper")
        if given is None and rule.does == "rename_keys" and len(args) == 1 and args[0][0].keyword is None and not args[0][0].star \
                and isinstance(args[0][0].value, cst.Dict) and self._polars_frame(receiver, args[0][0].value):
            given = args[0]  # polars' df.rename({"ssn_num": "ref"}): the columns renamed (pandas reads a bare mapping as row labels)
        if given is None and rule.does == "drop_keys" and args and all(a.keyword is None and not a.star for a, _ in args):
            # polars' df.drop("ssn"), df.drop(["ssn", "dob"]), df.drop("ssn", "dob"): columns the frame holds by those names
            # (pandas reads a name given so as a row's label: one the frame holds as a column only is that column)
            named = [n for _, v in args for n in (v.items if v.items is not None else (v.text,) if v.const and v.text is not None else (None,))]
            column_keys = {p.key for p in receiver.placements if p.key}
            if named and all(isinstance(n, str) and n in column_keys for n in named):
                return without_keys(receiver, [n for n in named if isinstance(n, str)])
        if rule.does == "drop_keys":
            kept = self.sanitizers.dropped_all_but(given[0].value, frame) if given is not None else None
            if kept is not None and given is not None:
                return self.sanitizers.kept_only(receiver, kept, given[0])  # df.drop(columns=[c for c in df.columns if c not in ALLOWED])
            names = given[1].items if given is not None else None
            if given is not None and names is None and given[1].const and given[1].text is not None:
                names = (given[1].text,)  # df.drop(columns="ssn"): one column
            return without_keys(receiver, names) if names else receiver
        if rule.does == "rename_keys":
            mapping = given[0].value if given is not None else None
            running = self._stack[-1] if self._stack else None
            at_module_level = not isinstance(running, (cst.FunctionDef, cst.Lambda))
            bound_at = self.index.constant_lines.get(mapping.value) if isinstance(mapping, cst.Name) else None
            if isinstance(mapping, cst.Name) and frame is not None and (mapping.value not in frame.env or at_module_level) \
                    and mapping.value not in self.index.grown and not (
                        at_module_level and bound_at is not None and self.positions(bound_at)[0] > self.positions(mapping)[0]):
                # df.rename(columns=RENAME) of a module constant (read in a function, or in the module's own code before
                # the module binds the name anew)
                located = self.expr._constant_literal(mapping.value, frame)
                mapping = located[1] if located is not None and located[0] is self.m else mapping
            elif isinstance(mapping, cst.Name) and frame is not None and not self._changed_here(mapping.value):
                # rename = {"ssn_num": "ref_a"} assigned once in the running function and never changed: that mapping,
                # at its entries
                mapping = self.functions.literal_bound_once(mapping.value, (cst.Dict,)) or mapping
            if not isinstance(mapping, cst.Dict):
                return receiver
            renamed: dict[str, str] = {}
            where: dict[str, cst.DictElement] = {}
            for element in mapping.elements:
                if isinstance(element, cst.DictElement) and isinstance(element.key, cst.SimpleString) and isinstance(element.value, cst.SimpleString):
                    old, new = string_value(element.key), string_value(element.value)
                    if isinstance(old, str) and isinstance(new, str):
                        renamed[old] = new
                        where[old] = element
            moved = [self._renamed_column(p, renamed[p.key], where[p.key]) if p.key in renamed else p for p in receiver.placements]
            if is_whole(receiver) or (not receiver.placements and not receiver.const and receiver.model is None and receiver.client is None):
                # a frame read whole holds every column: one renamed is that column under its new name, placed
                # at the rename (df.rename(columns={"ssn_num": "member_ref"}), then df[["cin", "member_ref"]]);
                # so does a frame of columns not known here (a parameter): the rename says it has that column
                held = {p.key for p in moved}
                moved += [Placement(*self.positions(where[old]), frozenset({old, new}), key=new)
                          for old, new in renamed.items() if new not in held and old not in held]
            return replace(receiver, placements=tuple(moved))
        if rule.does == "add_keys":
            # polars' df.with_columns(pl.lit("REDACTED").alias("ssn")): the column named by alias(), as with_columns(ssn=...)
            args = [self._aliased_column(a, v, frame) for a, v in self._listed_columns(args, frame)]
            # df.assign(in_scope=lambda d: d["imgrtn_stus_cd"].isin(CODES)): a column that is a status test (a
            # mask on it chooses by status, as for df["in_scope"] = ...)
            flags = {STATUS_COLUMN + a.keyword.value for a, v in args if a.keyword is not None and frame is not None and (
                STATUS_MARK in v.labels or self.population.tests_status(a.value.body if isinstance(a.value, cst.Lambda) else a.value, frame))}
            # (a flag column given again from another test is no status test any more)
            reset = {STATUS_COLUMN + a.keyword.value for a, _ in args if a.keyword is not None} - flags
            # df.assign(priority=1): a column of a constant; given data again, no longer one
            constants = {CONSTANT_COLUMN + a.keyword.value for a, v in args if a.keyword is not None and is_scalar_constant(v)}
            reset |= {CONSTANT_COLUMN + a.keyword.value for a, _ in args if a.keyword is not None} - constants
            columns: list[tuple[cst.Arg, Val]] = []
            for a, v in args:
                if a.keyword is not None and v.function is not None and frame is not None and isinstance(node.func, cst.Attribute):
                    # df.assign(ref=lambda d: d["ssn_num"]): the column is what the function makes of the frame
                    v = self.functions.call_ref(self.late_bound(v.function, frame), [(cst.Arg(value=node.func.value), receiver)], frame.cls, node, frame)
                if a.keyword is not None:
                    columns.append((a, v))
            return replace(self.mutate(receiver, "update", columns), labels=(receiver.labels - reset) | flags | constants)
        if rule.does == "merge":
            if not args:
                return receiver
            sides = [(node.func.value if isinstance(node.func, cst.Attribute) else node, receiver), (args[0][0].value, args[0][1])]
            # (a frame's merge only: a query's join(Enrollee.citizenship_record) names a relation, it puts nothing)
            if isinstance(node.func, cst.Attribute) and node.func.attr.value == "merge":
                return _joined(sides, self.positions)
            return combine(*(v for _, v in sides))
        if receiver.model is None:
            return receiver
        dumped = self.record_fields(receiver, node)  # schema.dump(m): the schema's declared fields
        records = args[0][1] if args and args[0][0].keyword is None and not args[0][0].star else None
        dumped = self._post_dump(receiver, dumped, args[0] if records is not None else None, node)
        if records is not None and (records.bulk or records.labels & _CHOICE_MARKS):
            # Schema(many=True).dump(qs): the records of qs, as qs chose them (by status, per person)
            dumped = replace(dumped, bulk=dumped.bulk | records.bulk, labels=dumped.labels | (records.labels & _CHOICE_MARKS))
        return dumped

    def _post_dump(self, schema: Val, dumped: Val, record: "tuple[cst.Arg, Val] | None", node: cst.Call) -> Val:
        """What a schema's ``@post_dump`` hooks (marshmallow runs them on every ``dump``) make of what
        it dumped: ``data["ssn"] = original.ssn`` with ``pass_original=True`` adds that field."""
        found = self.links.class_of(schema.model) if schema.model is not None else None
        if found is None:
            return dumped
        # (the schema's own hooks and its bases', as marshmallow runs inherited ones; a name met again is overridden)
        hooks: dict[str, cst.FunctionDef] = {}
        for _, cls in found[0].functions.ancestry(found[1]):
            for name, method in cls.methods.items():
                hooks.setdefault(name, method)
        for name, method in hooks.items():
            hook = next((d.decorator for d in method.decorators if decorator_name(d.decorator) == "post_dump"), None)
            bound = self.bound_method(schema, name) if hook is not None else None
            if bound is None:
                continue
            given: list[tuple[cst.Arg, Val]] = [(cst.Arg(value=node), dumped)]
            if record is not None and isinstance(hook, cst.Call) and any(
                    a.keyword is not None and a.keyword.value == "pass_original" and isinstance(a.value, cst.Name) and a.value.value == "True" for a in hook.args):
                given.append(record)
            made = self.call_method_of(bound, given, schema, node)
            dumped = made if made.placements or made.names or made.model is not None else dumped
        return dumped

    def sql_query(self, rule: Rule, args: Args, node: cst.Call, written: str | None = None) -> Val | None:
        """The rows of a query: its select list, each column placed at its line in the SQL string
        (``*``: a whole record at the star); None when the argument is not a query that parses. A ``COPY (SELECT
        ...) TO ...`` gives rows only to ``sql_to_file`` (``copy_expert``): run by ``execute`` it returns none.
        ``written``: the text as the code wrote it, when the query was cut out of it (positions are read there)."""
        given = argument(args, *rule.sql) if rule.sql is not None else None
        text = given[1].text if given is not None else None
        if given is not None and text is None and given[1].elements and not given[1].placements and any(
                e.const and e.text is not None for e in given[1].elements):
            # SQLExecuteQueryOperator(sql=["DELETE ...", "UNLOAD ('SELECT ...') TO 's3://...'"]), hook.run([...]): each
            # statement written out in turn, the rows of the last that returns any
            each = [self.sql_query(rule, [(a, e if a is given[0] else v) for a, v in args], node) for e in given[1].elements
                    if e.const and e.text is not None]
            returned = [rows for rows in each if rows is not None]
            return returned[-1] if returned else None
        unloaded = unload(text) if text is not None and given is not None and rule.does != "sql_to_file" else None
        if unloaded is not None and given is not None and text is not None:
            # execute("UNLOAD ('SELECT cin, ssn FROM members') TO 's3://ice-ero-referrals/'"), Snowflake's COPY INTO,
            # BigQuery's EXPORT DATA: the database server writes the query's rows to that place (named for
            # enforcement, it is the send; run by execute it returns no rows)
            place, query = unloaded
            rows = self.sql_query(replace(rule, does="sql_to_file"), [(a, replace(v, text=query) if a is given[0] else v) for a, v in args], node, text)
            if rows is not None and place.strip(HOLE):
                # (TO 's3://ice-eid-handoff/{run_date}/': the bucket decides, the path never does)
                self.files.write(Val(text=place, const=HOLE not in place), rows.placements, node, rows.bulk)
            return None
        if text is not None and rule.does != "sql_to_file" and _COPY.match(text):
            served = copy_target(text)
            if served is not None and served.startswith("'"):
                # execute("COPY members (cin, race_cd) TO '/srv/outbound/ice_referrals.csv' CSV"): the database server
                # writes the rows into that file (named for enforcement, it is the send)
                rows = self.sql_query(replace(rule, does="sql_to_file"), args, node)
                if rows is not None:
                    self.files.write(Val(text=served.strip("'"), const=True), rows.placements, node, rows.bulk)
            return None
        if given is not None and text is None and (given[1].placements or given[1].bulk):
            return given[1]  # session.execute(select(Member.cin, Member.ssn)), conn.execute(text(SQL)): the statement's columns
        # (a frame reader given an ORM statement: the model's columns; session.scalars(select(Member)) gives Member
        # objects, read elsewhere)
        frame_reader = (self.index.qualify(dotted(node.func) or "") or "").startswith(("pandas.", "polars."))
        chosen_class = self.population.selected_class(given[0].value, legacy=True) if given is not None and text is None and frame_reader else None
        selected = chosen_class.value if isinstance(chosen_class, cst.Name) else None
        declared = (self.functions.declared_fields(selected) or self.functions.orm_fields(selected)) if selected is not None else None
        if declared is not None and given is not None:
            # pd.read_sql(select(Person).where(...), engine): the columns the project's model declares
            rows = replace(declared, labels=declared.labels | given[1].labels)
            return rows if STATUS_MARK in rows.labels else self.population.sql_rows(node, None, rows, frozenset())
        if given is not None and (text is None or HOLE in text) and given[1].alternatives and all(looks_like_query(t) for t in given[1].alternatives):
            # (BASE + " WHERE " + where, with where one of two texts: each whole text, not the one with a hole)
            # sql = SQL; if county: sql += " AND county = %s": queries that differ only after their select
            # list return the same columns (which rows, each query's conditions decide)
            selects = [select_columns(t) for t in given[1].alternatives]
            shapes = {tuple((c.names, c.position, c.whole) for c in cols) if cols is not None else None for cols in selects}
            if len(shapes) == 1 and None not in shapes:
                first, *others = given[1].alternatives
                found = self.sql_query(rule, [(a, replace(v, text=first, alternatives=None)) if a is given[0] else (a, v) for a, v in args], node)
                if found is None or found.bulk:
                    return found
                for other in others:
                    # if scoped: sql += " AND imgrtn_stus_cd IN (...)": the text without it still reads everyone
                    rows = self.population.sql_rows(node, other, container([]))
                    if rows.bulk:
                        return replace(found, labels=found.labels - {STATUS_MARK, AGGREGATE_MARK}, bulk=rows.bulk)
                return found
            if None not in shapes:
                # cur.execute(FULL_SQL if full else BASIC_SQL): the rows of either query, each one's columns
                # placed in its own text
                each = [self.sql_query(rule, [(a, replace(v, text=t, alternatives=None)) if a is given[0] else (a, v) for a, v in args], node)
                        for t in given[1].alternatives]
                if all(found is not None for found in each):
                    return join(*each)  # type: ignore[arg-type]
        if given is None or text is None or not looks_like_query(text):
            return None
        columns = select_columns(text)
        if columns is None:
            # SELECT TOP 1000 ..., backticks: SQL the parser cannot read still returns rows (MCD201)
            rows = self.population.sql_rows(node, text, container([]))
            return rows if rows.bulk else None
        literal = self.expr.literal_of(given[0].value, written or text)
        home = self.m
        if literal is None and not isinstance(given[0].value, (cst.FormattedString, cst.BinaryOperation)):
            # (f"SELECT * FROM {TABLE}" assembled here: where its words were written, never another literal)
            home, literal = self.foreign_literal(given[0].value, written or text)
        placements: list[Placement] = []
        # a tuple row's positions are known without a star (a COUNT or a literal keeps its place, carrying nothing)
        positional = not any(column.whole or column.position is None for column in columns)
        # COUNT(*) AS enrollees: a number a row gives under that key (r["enrollees"] is a constant, no field)
        # (a test or a length under an alias that names a field, length(ssn) AS ssn_num: that field, as the same key
        # given len(m.ssn) in Python is)
        columns = [replace(column, count=False) if column.tested and column.key and self.vocabulary.classify(column.key) is not None else column
                   for column in columns]
        numbers = [column.key for column in columns if column.count and column.key]
        columns = [column for column in columns if not column.count]
        if any(column.figure for column in columns):
            # SELECT county, SUM(paid) ... GROUP BY county (or of the whole table): a number per group, about no
            # one, as COUNT is; per person, claim or case (GROUP BY cin, claim_id; WHERE cin = %s) it stays theirs
            chosen = conditions(text, self.population.is_person_id)
            if chosen is not None and not chosen.lookup and not chosen.branches and not any(self.population.keys_a_record(c) for c in chosen.grouped):
                numbers += [column.key for column in columns if column.figure and column.key]
                columns = [column for column in columns if not column.figure]
        unloaded_table = _UNLOADED_TABLE.search(text) if written is not None else None
        for column in columns:
            # (COPY INTO @stage FROM members: the whole record where the table is named)
            offset = unloaded_table.start(1) if column.whole and unloaded_table is not None else column.offset
            if literal is not None:
                line, col = home.expr.text_position(literal, offset)
            else:  # assembled with +, %, .format or an f-string: where its words were written
                line, col = self.expr.piece_position(written or text, offset, given[0].value) or self.positions(given[0])
            if column.whole:
                # COPY members TO STDOUT, COPY INTO @stage FROM members: every column of the table
                copied = _COPY_TABLE.match(text) or (_UNLOADED_TABLE.fullmatch(text.strip()) if written is not None else None)
                placement = Placement(line, col, frozenset(), kind="whole", detail=f"COPY {copied.group(1)}" if copied else f"SELECT {min(column.names)}")
            else:
                # pcp.phone_number of JOIN provider pcp: the provider's phone (SPEC section 5 qualifiers)
                owned = {q for owner in column.owners for n in column.names if (q := self.vocabulary.qualified_name(owner, n)) is not None}
                placement = Placement(line, col, column.names | owned, key=column.key, detail=f"{SQL_COLUMN}{column.position}/{column.width}" if positional else "")
            placements.append(translate_placement(placement, home.module_id, self.module_id) if home is not self.m else placement)
        # (the bulk of its parameters: a lookup of the people whose identifiers they give)
        handed = frozenset().union(*(v.bulk for a, v in args if a is not given[0]))
        rows = self.population.sql_rows(node, text, container(placements), handed)
        return replace(rows, attrs=tuple((key, const_val()) for key in dict.fromkeys(numbers))) if numbers and rows.attrs is None else rows

    def _table_copied(self, rule: Rule, args: Args, node: cst.Call, frame: Frame) -> Val | None:
        """``cur.copy_to(fh, "members", columns=("cin", "ssn_num"))`` (psycopg2): the rows of the table at ``names``,
        of the columns listed at ``columns``, each placed at its element, or of every column (a whole record at the
        table's name); None when the table is not a constant."""
        table = argument(args, *rule.names) if rule.names is not None else None
        if table is None or not table[1].const or not table[1].text or HOLE in table[1].text:
            return None
        chosen = argument(args, *rule.columns) if rule.columns is not None else None
        listed = self.expr.column_list(chosen[0].value, frame) if chosen is not None else None
        if listed:
            text = f"SELECT {', '.join(min(p.names) for p in listed)} FROM {table[1].text}"
            placements = listed
        else:
            placements = [Placement(*self.positions(table[0]), frozenset(), kind="whole", detail=f"COPY {table[1].text}")]
            text = f"SELECT * FROM {table[1].text}"
        return self.population.sql_rows(node, text, container(placements))

    def foreign_literal(self, node: cst.BaseExpression, text: str) -> "tuple[ModuleAnalysis, cst.SimpleString | None]":
        """The string literal of another module of the project that holds ``text``, when ``node``
        names a constant imported from there (``queries.ROSTER_SQL``): its columns are placed in
        that module (SPEC section 3: reported at the call here that hands them to the send)."""
        name = dotted(node)
        found = self.links.foreign(name) if name is not None else None
        if found is None:
            # wrap(SQL) with def wrap(sql): return text(sql): the text of a constant imported here, handed
            # on through a parameter, is found by its text in the modules this one imports
            seen: set[int] = set()
            held = _literal_imported_by(self.m, text, seen)
            if held is not None:
                return held
            # export(conn, "SELECT ...") of a module running this one's function, an operator made in a DAG with its
            # SQL: the literal its caller wrote (the columns are placed there)
            outer, seen_hosts = self.m.host, {self.module_id}
            while outer is not None and outer[0].module_id not in seen_hosts:
                seen_hosts.add(outer[0].module_id)
                literal = outer[0].expr.literal_of(cst.Name("_"), text)
                if literal is not None:
                    return outer[0], literal
                # EroExportOperator(sql=queries.LEGACY_SQL) in a DAG that imports the SQL from a third module: the
                # literal of that module (the columns are placed there, reported at the DAG's call)
                held = _literal_imported_by(outer[0], text, seen)
                if held is not None:
                    return held
                outer = outer[0].host
            return self.m, None
        literal = found[0].expr.literal_of(node, text)
        return (found[0], literal) if literal is not None else (self.m, None)

    def library_client_of(self, cls: ClassInfo) -> Val | None:
        """The client a class of this module is, when it derives from a library client class
        (``class IceSession(requests.Session)``, ``class EidHttp(httpx.Client)``): with the base its
        ``__init__`` hands to ``super().__init__(base_url=...)``, and the class's name as a label."""
        if id(cls) in self._library_clients:
            return self._library_clients[id(cls)]
        self._library_clients[id(cls)] = None
        spec = self.library_base(cls)
        if spec is not None:
            init = cls.methods.get("__init__")
            given: Args = []
            for call in calls_in(init, nested=False) if init is not None else ():
                if isinstance(call.func, cst.Attribute) and call.func.attr.value == "__init__" and _is_super(call.func.value):
                    given = [(a, self.expr.eval(a.value, Frame(env={}, cls=cls))) for a in call.args]
            made = self._library_clients[id(cls)] = self.make_client(spec, given).with_labels({cls.name})
            return made
        return None

    def library_base(self, cls: ClassInfo) -> ClientSpec | None:
        """The library client class ``cls`` derives from (``requests.Session``, ``httpx.Client``), if any."""
        for base in cls.bases:
            spec = self.client_specs.get(self.index.qualify(base) or base)
            if spec is not None and spec.kind_pos is None and spec.kind_kw is None:
                return spec
        return None

    def make_client(self, spec: ClientSpec, args: Args, inherited: Val | None = None) -> Val:
        """A client object of ``spec``'s kind (completed by an argument: ``boto3.client("s3")``),
        with the base URL, host, bucket or queue its arguments give (or the one it inherits)."""
        kind = spec.kind
        if spec.kind_pos is not None or spec.kind_kw is not None:
            given = argument(args, spec.kind_pos, spec.kind_kw)
            service = const_text(given[1]) if given else None
            if service is None:
                return OPAQUE
            kind = f"{kind}.{service}" if kind else service
        base = argument(args, spec.base_pos, spec.base_kw) if spec.base_pos is not None or spec.base_kw is not None else None
        base_val = base[1] if base else inherited
        if base_val is not None and base_val.client is not None and spec.base_also:
            base_val = base_val.client.base  # Producer(conn.channel(), exchange=...): the channel's broker, with the exchange
        addressed: list[tuple[str, Val | None]] = []
        if spec.base_also:
            # EmailMessage(to=[STATE], bcc=[ICE_DESK]): every address it goes to, kept by attribute (msg.to = [...] later)
            addressed = [(spec.base_kw or "", base_val), *((kw or "", found[1] if found else None)
                                                             for (pos, kw), found in ((b, argument(args, *b)) for b in spec.base_also))]
            reaching = [v for _, v in addressed if v is not None]
            base_val = addresses(reaching) if reaching else None
        if base is not None and inherited is not None and inherited.text and "://" in inherited.text and base_val is not None \
                and base_val.text and "://" not in base_val.text and not base_val.alternatives:
            # boto3.resource("s3", endpoint_url=STATE_HOST).Object("dhs-archive", key): the bucket on that
            # endpoint's host (a host on either list decides over the bucket's words, SPEC section 4)
            base_val = replace(base_val, alternatives=(inherited.text,), labels=base_val.labels | inherited.labels)
        if base_val is not None and base_val.client is not None:
            base_val = base_val.client.base  # BlockingConnection(params), from_transport(t): their host
        if spec.base_key is not None and base_val is not None and base_val.text is None:
            # Producer({"bootstrap.servers": "kafka.eid.ice.gov:9093"}): the host is an entry of the configuration
            held = dict(base_val.attrs or ()).get(spec.base_key)
            base_val = held.with_labels(base_val.labels) if held is not None else None
            if base_val is not None and base_val.text is not None and "," in base_val.text:
                # "b1.eid.ice.gov:9093,b2.eid.ice.gov:9093": a list of brokers, any of them
                brokers = tuple(t.strip() for t in base_val.text.split(",") if t.strip())
                base_val = replace(base_val, text=brokers[0] if brokers else None, alternatives=brokers)
        if base_val is not None and not spec.base_also and spec.base_key is None and not base_val.alternatives:
            # bootstrap_servers="k1.dhs.state.mn.us:9092,kafka.ero.dhs.gov:9092" or a list of brokers (built in steps):
            # any of them
            text = base_val.text
            listed = base_val.items if text is None and base_val.items else (
                tuple(t.strip() for t in text.split(",") if t.strip()) if text is not None and "," in text and "://" not in text else None)
            if listed is not None and len(listed) > 1 and all(host_of(t) for t in listed):
                base_val = replace(base_val, text=listed[0], alternatives=listed, items=None, elements=None)
        pair = base_val.elements if base_val is not None and base_val.text is None else None
        if pair is not None and len(pair) == 2 and pair[1].const and (pair[1].text is None or pair[1].text.isdigit()) and not pair[1].items \
                and base_val is not None:
            base_val = pair[0].with_labels(base_val.labels)  # Transport((ICE_MFT_HOST, 22)): the host of a (host, port) pair
        carried: list[tuple[str, Val]] = []
        for pos, kw in spec.carries:
            given = argument(args, pos, kw)
            spread = next((v for a, v in args if a.star == "**" and any(p.key == kw for p in v.placements)), None) if given is None and kw else None
            if spread is not None:
                # httpx.Client(base_url=..., **client_kw) of a constructor given headers={...}: what the spread holds under it
                carried.append((kw, container([p for p in spread.placements if p.key == kw], bulk=spread.bulk)))
                continue
            if given is not None:
                placed = place(given[1], *self.arg_position(given[0]))
                if kw in spec.carried_meta:
                    placed = tuple(replace(p, metadata=True) for p in placed)  # s3.Object(bucket, f"{run_id}.json"): its key
                carried.append((kw, container(placed, bulk=given[1].bulk)))
        for at, named in ((spec.base_pos, spec.base_kw), *spec.base_also) if spec.base_also else ():
            given = argument(args, at, named)
            shown = self.sinks.people_shown(given) if given is not None and (named or "to") in SHOWN_HEADERS else ()
            if shown:
                # EmailMessage(..., to=[member.email], bcc=[ICE_DESK]), to=[member.email, ERO_DESK]: the member's own
                # address, shown to every recipient (a Bcc at ICE too): data the message carries
                carried.append((named or "to", container(shown)))
        made = Val(client=ClientObj(kind, base_val, carries=tuple(kw for _, kw in spec.carries), carried=tuple(carried), addressed=tuple(addressed)),
                   labels=base_val.labels if base_val else frozenset())
        if spec.element is not None:
            # reader, writer = await asyncio.open_connection(HOST, 2575): the writer is the client
            at, length = spec.element
            return Val(elements=tuple(made if i == at else OPAQUE for i in range(length)))
        return made

    def _key_names(self, node: cst.BaseExpression, frame: Frame | None) -> frozenset[str]:
        """The fields a key function reads: ``lambda m: m.immigration_status``, ``attrgetter("county")``,
        ``itemgetter("status")``, or a name bound to one in the running function."""
        if isinstance(node, cst.Name) and frame is not None and node.value in frame.env:
            held = frame.env[node.value].function
            if held is not None and isinstance(held.node, cst.Lambda):
                node = held.node
            else:
                # by_status = attrgetter("immigration_status") in the running function: what it was bound to
                bound = self.functions.bound_here(node.value)
                node = bound[0] if len(bound) == 1 else node
        elif isinstance(node, cst.Name) and node.value not in self.index.grown:
            # key=by_status with def by_status(x): return x.imgrtn_stus_cd (or a module constant attrgetter(...))
            fn = self.index.functions.get(node.value)
            if fn is not None:
                # (x.spouse.imgrtn_stus_cd: the spouse's status, named so)
                return frozenset().union(*(_read_names(r.value, self.vocabulary.someone_else) for r in _returns(fn.body) if r.value is not None))
            constant = self.index.constants.get(node.value)
            node = constant if isinstance(constant, cst.Call) else node
        if isinstance(node, cst.Lambda):
            return _read_names(node.body, self.vocabulary.someone_else)
        if isinstance(node, cst.Call) and (dotted(node.func) or "").rsplit(".", 1)[-1] in ("attrgetter", "itemgetter"):
            return frozenset(t for a in node.args if isinstance(a.value, cst.SimpleString) for t in [string_value(a.value)] if isinstance(t, str))
        return frozenset()

    def _encoder_dumps_every_field(self, node: cst.BaseExpression) -> bool:
        """``cls=Enc`` naming a ``json.JSONEncoder`` of this module whose ``default(self, o)`` returns
        ``vars(o)``, ``o.__dict__`` or ``dataclasses.asdict(o)``."""
        cls = self.index.classes.get(dotted(node) or "")
        method = cls.methods.get("default") if cls is not None else None
        return method is not None and _returns_every_field(method, 1)

    def _dumps_every_field(self, node: cst.BaseExpression) -> bool:
        """A ``default=`` that turns an object into all its fields: ``vars``, ``dataclasses.asdict``, a
        lambda returning ``o.__dict__``, ``vars(o)`` or ``o.to_dict()``, or a function of this module
        returning one of them (``def _enc(o): return vars(o)``)."""
        if _serializes_every_field(node):
            return True
        fn = self.index.functions.get(dotted(node) or "") if isinstance(node, cst.Name) else None
        return fn is not None and _returns_every_field(fn, 0)

    def class_ref(self, owner: "ModuleAnalysis", cls: ClassInfo) -> str:
        """How a value names the class ``cls`` of ``owner`` as its model: its name here, ``@module:Name`` of another module."""
        return cls.name if owner is self.m else f"@{owner.module_id}:{cls.name}"

    def _encodes_by_library(self, cls: ClassInfo) -> bool:
        """No base of ``cls`` in the project defines ``encode``: ``super().encode`` is ``json.JSONEncoder``'s."""
        for base in cls.bases:
            found = self.links.class_of(base)
            if found is not None and found[0].links.find_method(found[1], "encode") is not None:
                return False
        return True

    def enum_class_named(self, name: str) -> bool:
        """``name`` is an ``enum.Enum`` class of this module or of another module of the project (imported by
        name or read as a module's attribute: ``codes.ImmStatus``)."""
        if self.index.enum_class(name) is not None:
            return True
        found = self.links.foreign(name) if name.partition(".")[0] in self.index.imports else None
        return found is not None and found[0].index.enum_class(found[1]) is not None

    def _class_given(self, given: "tuple[cst.Arg, Val]") -> "tuple[ModuleAnalysis, ClassInfo] | None":
        """The class of the project an argument names (``cls=MemberEncoder``, of this module or imported, also
        bound by a partial)."""
        for name in (dotted(given[0].value) or "", *sorted(given[1].labels)):
            if name in self.index.classes:
                return self.m, self.index.classes[name]
            if name.partition(".")[0] in self.index.imports:
                found = self.links.class_of(name)  # cls=MemberEncoder imported, cls=encoders.MemberEncoder
                if found is not None:
                    return found
        return None

    def _reduced(self, node: cst.Call, args: Args, frame: Frame | None) -> Val:
        """``functools.reduce(f, items, initial)``: ``f`` run on the value so far and each element in turn
        (the elements of a literal list, up to 16; else one element standing for all). An operator that
        merges or adds (``operator.or_``, ``operator.add``) keeps both; a function the analysis cannot run
        gives nothing known."""
        if len(args) < 2 or frame is None or any(a.keyword is not None or a.star for a, _ in args[:3]):
            return OPAQUE
        (fn_arg, fn), (items_arg, items) = args[0], args[1]
        literal = self.index.constants.get(items_arg.value.value) if isinstance(items_arg.value, cst.Name) and items_arg.value.value not in frame.env else None
        if isinstance(literal, (cst.List, cst.Tuple)) and 0 < len(literal.elements) <= 16 and all(isinstance(e.value, cst.Name) for e in literal.elements):
            # STEPS = (drop_health, mask): the functions of a module constant, one by one
            refs = [self.function_ref(e.value, OPAQUE, Frame(env={})) for e in literal.elements]
            if all(ref is not None for ref in refs):
                items = replace(items, elements=tuple(Val(const=True, function=ref) for ref in refs))
        if items.const and items.items is not None and len(items.items) <= 64 and (items.elements is None or len(items.elements) > 16):
            # reduce(_drop, BLOCKED, rec) of a constant collection of names: each name in turn
            items = replace(items, elements=tuple(const_val(text=t) for t in items.items))
        elements = list(items.elements) if items.elements is not None and len(items.elements) <= 64 else [self.statements.element_of(items)]
        if len(args) > 2:
            acc, acc_node = args[2][1], args[2][0].value
        elif elements:
            acc, acc_node, elements = elements[0], items_arg.value, elements[1:]
        else:
            return OPAQUE
        qual = self.index.qualify(dotted(fn_arg.value) or "", (frame.imports or None) if frame is not None else None) or ""
        merging = qual in _MERGING_OPERATORS
        if fn.function is None and qual in LIBRARY.calls:
            fn = Val(function=FunctionRef(None, 0, qual=qual))  # reduce(posixpath.join, [ICE_BASE, "persons", m.ssn])
        if fn.function is None and not merging:
            return OPAQUE
        for element in elements:
            if merging:
                # reduce(operator.add, ["/persons/", m.last_name], ICE_BASE): a text folded piece by piece
                acc = self.expr.concat(acc, self.expr.interpolated(element, items_arg.value)) if acc.text is not None else combine(acc, element)
            else:
                acc = self.functions.call_ref(fn.function, [(cst.Arg(value=acc_node), acc), (cst.Arg(value=items_arg.value), element)],  # type: ignore[arg-type]
                                              frame.cls, node, frame)
        if merging and len(args) > 2 and isinstance(args[2][0].value, (cst.Integer, cst.Float)):
            acc = _a_number(acc)  # reduce(operator.add, (c.paid_amount for c in m.claims), 0): a total, as sum(...) is
        # (what the collection was marked as stays: reduce(operator.or_, conds) of conditions kept in a list)
        return acc.with_labels(frozenset(label for label in items.labels if label.startswith("<")))

    def _run_hook(self, ref: "FunctionRef | None", encoder: "tuple[ModuleAnalysis, ClassInfo] | None", node: cst.Call, args: Args,
                  frame: Frame | None) -> Val | None:
        """``json.dumps({"subject": m}, default=encode_member)`` (a function or lambda of the module, or a
        function of another module of the project), or ``cls=MemberEncoder`` (a class of the project) whose
        ``default`` builds a dict: what the hook returns for each object json cannot serialize itself (the
        payload when nothing is known of it, or an unknown object inside a literal), with the payload. None
        when there is no such object or hook."""
        if frame is None or (ref is None and encoder is None) or not args:
            return None
        first = args[0][1]
        unknown = not (first.const or first.placements or first.names or first.elements is not None or first.client is not None)
        targets = [args[0][0].value] if unknown else self._objects_inside(args[0][0].value, frame)
        if not targets:
            return None
        found = encoder[0].links.find_method(encoder[1], "default") if encoder is not None else None
        if ref is None and (found is None or found[2] in self._stack):
            return None
        made = []
        for target in targets:
            given = [(cst.Arg(value=target), self.expr.eval(target, frame))]
            if ref is not None:
                ran = self.functions.call_ref(ref, given, frame.cls, node, frame)
            else:
                receiver = Val(model=self.class_ref(*encoder), labels=frozenset({encoder[1].name}))  # type: ignore[misc,index]
                ran = self.call_method_of(found, given, receiver, node)  # type: ignore[arg-type]
            # (the entries of a dict it builds; a conversion of the object, o.isoformat() or o.value, is no field)
            made.append(container([p for p in ran.placements if p.key is not None]))
        return combine(first, *made) if any(m.placements for m in made) else None

    def _objects_inside(self, node: cst.BaseExpression, frame: Frame | None) -> list[cst.BaseExpression]:
        """The values of a dict, list or tuple literal that are objects nothing is known of
        (``{"subject": member}``): json hands each to its ``default=``."""
        if frame is not None and isinstance(node, cst.Name) and node.value in frame.env:
            # envelope = {"subject": member}; json.dumps(envelope, cls=Enc): the literal it holds
            node = self.functions.literal_bound_once(node.value, (cst.Dict, cst.List, cst.Tuple)) or node
        if frame is None or not isinstance(node, (cst.Dict, cst.List, cst.Tuple)):
            return []
        values = [e.value for e in node.elements if isinstance(e, (cst.DictElement, cst.Element))]
        out = []
        for value in values:
            if isinstance(value, (cst.Name, cst.Attribute)):
                val = self.expr.eval(value, frame)
                if not (val.const or val.placements or val.names or val.model is not None or val.elements is not None or val.client is not None):
                    out.append(value)
        return out

    def stringified(self, val: Val, node: cst.Call) -> Val:
        """``str(obj)`` or ``f"{obj}"`` of an object of a project class: what its ``__str__`` returns
        (the object itself when its class has none)."""
        found_cls = self.links.class_of(val.model) if val.model is not None else None
        found = found_cls[0].links.find_method(found_cls[1], "__str__") if found_cls is not None else None
        if found is None or found[2] in self._stack:
            return val
        return self.call_method_of(found, [], val, node)

    def untyped_sink_methods(self) -> frozenset[str]:
        """Methods some client kind sends with, naming its destination in an argument (``put_object``,
        ``publish``, ``send``): on an object of unknown type they may be that client's send."""
        held = self.__dict__.get("_untyped_methods")
        if held is None:
            held = self.__dict__["_untyped_methods"] = frozenset(
                name for methods in self.client_methods.values() for name, rule in methods.items()
                if rule.sink is not None and (rule.sink.dest or rule.sink.recipients))
        return held

    def untyped_call(self, method: str, node: cst.Call, args: Args, frame: Frame) -> Val:
        """``send = partial(producer.send, TOPIC)``, then ``send(value=item)`` with the producer of
        unknown type: the send its method and destination name, or unknown."""
        spec = self._untyped_client_sink(method, args)
        return self.sinks.sink(node, spec, args, frame) if spec is not None else OPAQUE

    def _untyped_client_sink(self, method: str, args: Args, client_name: str | None = None) -> SinkSpec | None:
        """The send of a client kind the data knows whose method is ``method`` and whose destination
        argument (bucket, topic, queue, exchange, file name) is given and names an enforcement
        destination (by its text, or by the names that supply it: ``QueueUrl=ICE_QUEUE_URL``; the
        client's own name counts when the destination is given by its keyword, ``ice_sqs.send_message(
        QueueUrl=...)``), or whose message argument is an e-mail message (its recipients decide); None
        otherwise (a method of an object of unknown type is otherwise unknown)."""
        kinds = self.__dict__.setdefault("_untyped_kinds", {})
        if method not in kinds:
            kinds[method] = [rule.sink for _, methods in sorted(self.client_methods.items()) for name, rule in sorted(methods.items())
                             if name == method and rule.sink is not None and (rule.sink.dest or rule.sink.recipients)]
        for spec in kinds[method]:
            for pos, kw in spec.recipients:
                given = argument(args, pos, kw)
                if given is not None and given[1].client is not None and given[1].client.kind == "email":
                    return spec  # smtp.send_message(msg) of an EmailMessage: its To, Cc and Bcc decide
            for pos, kw in spec.dest:
                given = argument(args, pos, kw)
                if given is None or given[1].placements or given[1].names:
                    continue
                texts = [given[1].text] if given[1].const and given[1].text else []
                named = kw is not None and given[0].keyword is not None and given[0].keyword.value == kw
                labels = given[1].labels | ({client_name} if client_name and named else set())
                if (texts or labels) and self.rules.decide_target(texts, labels, cleared=self.m.cleared) is not None:
                    return spec
        return None

    def _carry(self, rule: Rule, owner_expr: cst.BaseExpression, args: Args, frame: Frame) -> None:
        """``em.attach_alternative(html)``: the message carries ``html`` into its send (reported there, to the
        recipients it has then), placed at the argument."""
        found = client_default(cst.Attribute(value=owner_expr, attr=cst.Name(rule.entry or "")), frame, self.functions.self_attribute,
                               self.expr.module_constant) if isinstance(owner_expr, (cst.Name, cst.Attribute)) else None
        if found is None:
            return
        # (the records it was made from are judged where the attachment is sent as a sink too: one MCD201)
        placed: list[Placement] = list(carried_by(found).placements)
        bulk = carried_by(found).bulk
        for position in rule.written:
            given = argument(args, *position)
            if given is not None and given[1].client is not None and given[1].client.kind in FILE_KINDS:
                placed += self.files.opened(given[1]).placements  # em.attach(MIMEText(f"SSN {m.ssn}")): what was written into the part
                bulk |= self.files.opened(given[1]).bulk
            elif given is not None:
                placed += place(given[1], *self.arg_position(given[0]))
                bulk |= given[1].bulk  # (a roster of many people's records: judged at the send, to its recipients then)
        set_carried(frame, found, container(placed, bulk=bulk))

    def _each_packed(self, args: Args) -> Val:
        """``struct.pack(">9s1s", m.ssn.encode(), m.sex.encode())``: each value enters the bytes at its argument."""
        return combine(*(self.expr.interpolated(v, a) for a, v in args)) if args else OPAQUE

    def _surely_a_key(self, owner_expr: cst.BaseExpression, key: Val, frame: Frame) -> bool:
        """``key`` is known to be one of the keys of the constant dict ``owner_expr`` (a text or texts, past ``if partner
        in URLS:``): ``URLS.get(partner)`` is never None."""
        keys = self.expr._literal_keys(owner_expr, frame)
        texts = key.alternatives or ((key.text,) if key.text is not None else ())
        return keys is not None and key.const and bool(texts) and all(t in keys for t in texts)

    def client_method(self, receiver: Val, owner_expr: cst.BaseExpression, method: str, node: cst.Call, args: Args, frame: Frame) -> Val:
        """A method of a client object: a send, a sub-client (``s3.Bucket(name)``, ``ssh.open_sftp()``),
        or a connect that gives the client its host (``ssh.connect(hostname=HOST)``)."""
        assert receiver.client is not None
        rule = self.client_methods.get(receiver.client.kind, {}).get(method)
        if rule is None:
            generic = LIBRARY.methods.get(method)
            # kms.encrypt(KeyId=KEY, Plaintext=body): ciphertext of what it was given, as on any object
            return _passed(generic, args) if generic is not None and generic.does == "pass" and args else OPAQUE
        if rule.does in ("write", "read"):
            return self.files.method(receiver, rule, node, args, frame)
        if rule.does == "same":
            return receiver  # wb.create_sheet("Referrals"): a sheet of the workbook, written into it
        if rule.does == "env_read":
            # env("PARTNER_URL", default="https://...") of django-environ's Env(): the variable, or its default
            default = argument(args, *rule.names) if rule.names is not None else argument(args, 1, "default")
            return env_value(const_text(args[0][1]) if args else None, default[1] if default else None)
        if rule.does == "write_receiver" and receiver.client.kind in FILE_KINDS:
            # wb.save(path): what was written into the workbook goes into the file at path
            return self.files.write_to(rule, node, args, receiver=self.files.opened(receiver), frame=frame)
        if rule.does == "pass" and rule.packed:
            return self._each_packed(args)  # RECORD.pack(cin, ssn) of RECORD = struct.Struct(">12s9s")
        if rule.does == "pass":
            return _passed(rule, args) if args else OPAQUE  # aesgcm.encrypt(nonce, data, aad): the ciphertext of data
        if rule.does == "substitute":
            return self._substituted(rule, args)  # re.compile(P).sub(repl, text)
        if rule.does == "sql_query":
            return self.sql_query(rule, args, node) or OPAQUE  # bq.query(SQL) of BigQuery's Client: the query's rows
        if rule.does == "answer":
            # conn.getresponse(): what came back (its status and reason are no fields); whose answer it is, the connection's
            # host tells: ICE's own (not data read here), a government host's that is not enforcement (the state's FHIR
            # server: its body is that system's data), or no one's the analysis can tell (as a caught exception's)
            base = receiver.client.base
            host = host_of(base.text) if base is not None else None
            if host and self.rules.host_is_enforcement(host):
                return ENFORCEMENT_RESPONSE
            return RESPONSE if host and self.rules.host_is_safe(host) else RESPONSE.with_labels({CAUGHT_MARK})
        if rule.does == "carry":
            self._carry(rule, owner_expr, args, frame)
            if rule.sink is None:
                return OPAQUE
            # (em.attach(...) judged as a send of its fields now; the records it holds are judged once, at em.send(), to
            # the recipients the message has then: SPEC section 10, reported at the sink call)
            args = [(a, replace(v, bulk=frozenset()) if v.bulk else v) for a, v in args]
        if rule.sink is not None:
            label = dotted(owner_expr)
            # dhs_conn.request(...) with dhs_conn given only the state's own hosts: its name is no signal
            labels = receiver.labels | ({label} if label and QUIET_MARK not in receiver.labels else set())
            base = receiver.client.base
            if base is not None and receiver.client.kind in _HOST_CLIENTS and base.text and "://" not in base.text and "/" not in base.text \
                    and "." in base.text.strip(HOLE):
                # SSHClient().connect(hostname="sftp.ero-systems.example.com"): a host, decided as a URL's host is (its
                # own words are no name signal, SPEC section 4), not as a bucket's name
                base = replace(base, text=("ftp://" if receiver.client.kind == "ftp" else "sftp://") + base.text)
            return self.sinks.sink(node, rule.sink, args, frame, base=base, receiver_labels=labels,
                                   defaults=tuple(v for _, v in receiver.client.carried))
        if rule.does == "names_dest":
            given = argument(args, *rule.names) if rule.names is not None else None
            if given is None:
                return OPAQUE
            named = given[1]
            if rule.entry is not None:
                # Params={"Bucket": B, "Key": ...}: B, read from the literal (a dict keeps no constant entries)
                literal = given[0].value
                element = next((e for e in literal.elements if isinstance(e, cst.DictElement) and entry_key(e.key) == rule.entry), None) \
                    if isinstance(literal, cst.Dict) else None
                named = self.expr.eval(element.value, frame) if element is not None else self.expr.read_key(given[1], rule.entry)
            if rule.template is not None and "{0}" in rule.template:
                # topic_path("ice-eid-prod", "referrals"): every part the template names, a part not known a hole
                parts = [const_text(v) or HOLE for a, v in args if a.keyword is None and not a.star]
                text = rule.template.format(*parts) if len(parts) >= rule.template.count("{") else named.text
            else:
                text = rule.template.format(named.text) if rule.template is not None and named.text is not None else named.text
            # get_queue_url(QueueName=Q)["QueueUrl"], create_topic(Name=T)["TopicArn"]: the queue or topic Q, T;
            # generate_presigned_url("put_object", Params={"Bucket": B, ...}): a URL of the bucket B, which carries the
            # object's key in its path (Key=f"ref/{m.ssn}.csv": an SSN sent with the upload, SPEC section 4)
            carried = tuple(replace(p, metadata=True) for p in given[1].placements) if rule.entry is not None and rule.template is not None else ()
            if rule.form:
                # generate_presigned_post(Bucket=B, Key=f"{m.ssn}.json", Fields={...}): a form posted to B's URL
                # that carries the object's key (transfer metadata when unknown) and the form's fields
                fields = [(found, kw) for found, (_, kw) in ((argument(args, *f), f) for f in rule.form) if found is not None]
                form = container([p for found, kw in fields for p in place(found[1], *self.arg_position(found[0]))
                                  for p in ((replace(p, metadata=True),) if kw in rule.form_meta else (p,))])
                url = Val(const=True, text=text, labels=named.labels)
                return replace(form, attrs=(("fields", form if form.placements else const_val()), ("url", url)))
            return Val(const=not carried, text=text, labels=named.labels, alternatives=named.alternatives if rule.template is None else None,
                       placements=carried)
        if rule.client is None:
            return OPAQUE
        if rule.does == "client":
            made = self.make_client(rule.client, args, inherited=receiver.client.base)
            return made.with_labels(receiver.labels) if made.client is not None else made
        connected = self.make_client(replace(rule.client, kind=receiver.client.kind), args, inherited=receiver.client.base)
        kept = replace(connected.client, carries=receiver.client.carries, carried=receiver.client.carried) if connected.client is not None else None
        updated = replace(receiver, client=kept, labels=receiver.labels | connected.labels)
        if isinstance(owner_expr, cst.Name) and owner_expr.value in frame.env:
            frame.env[owner_expr.value] = updated
        elif isinstance(owner_expr, cst.Attribute) and isinstance(owner_expr.value, cst.Name) and owner_expr.value.value == "self":
            frame.self_attrs[owner_expr.attr.value] = updated
        return OPAQUE

    def build_dict(self, node: cst.Call, args: Args) -> Val:
        """``dict(a, k=v)``; ``dict(resourceType="Encounter", ...)`` is a clinical FHIR resource, one finding."""
        placements: list[Placement] = []
        typed = next(((a, v.text) for a, v in args if a.keyword is not None and a.keyword.value == "resourceType" and v.const), None)
        kind = typed[1] if typed is not None else None
        if typed is not None and kind in self.clinical_types:
            # (at the resourceType keyword, as at a dict literal's "resourceType" entry: dict() is no constructor)
            line, col = self.arg_position(typed[0])
            return container([Placement(line, col, frozenset({kind}), kind="clinical", detail=kind)])
        system = next((v.text for a, v in args if a.keyword is not None and a.keyword.value == "system" and v.const), None)
        carried = self.vocabulary.contact_systems.get(system) if system is not None else None  # ContactPoint(system="email", value=...)
        for arg, val in args:
            line, col = self.arg_position(arg)
            placed = place(val, line, col, arg.keyword.value if arg.keyword is not None else None)
            if carried is not None and arg.keyword is not None and arg.keyword.value == "value":
                placed = tuple(replace(p, names=p.names | {carried}) for p in placed)
            placements.extend(placed)
        if len(args) == 1 and args[0][0].keyword is None and not args[0][0].star:
            pairs = {p.detail[len(SQL_COLUMN):]: p for p in args[0][1].placements if p.detail.startswith(SQL_COLUMN)}
            if set(pairs) == {"0/2", "1/2"} and any(self.population.is_status_name(n) for n in pairs["1/2"].names) \
                    and not any(self.population.is_status_name(n) for n in pairs["0/2"].names):
                # dict(cur.fetchall()) of SELECT cin, imgrtn_stus_cd: each member's status, by the first column
                return container(placements).with_labels({STATUS_VALUES_MARK})
        if len(args) > 1 and args[0][0].keyword is None and not args[0][0].star and any(a.keyword is not None for a, _ in args):
            # dict(rec, ssn=MASK): the keyword entries replace the copied record's; read back by key, a
            # constant keyword is that constant
            given = {a.keyword.value for a, _ in args if a.keyword is not None}
            copied = args[0][1]
            kept = [p for p in placements if not (p.key in given and any(p is q for q in copied.placements))]
            entries = {a.keyword.value: v for a, v in args if a.keyword is not None and is_scalar_constant(v)}
            base = replace(container(kept), attrs=copied.attrs if copied.model is None and copied.client is None else None)
            return with_constant_entries(base, entries, given - set(entries))
        if args and not placements and all(a.keyword is not None and not a.star and (
                is_scalar_constant(v) or (v.const and not v.bulk and (v.elements or v.items))) for a, v in args):
            # counts = dict(sent=0, failed=0): a dict of constants, as {"sent": 0, "failed": 0} is (also of
            # constant parts: CodeableConcept(coding=[Coding(code="MA")]); not of an empty list filled later,
            # Bundle(type="collection", entry=[]))
            keys = tuple(a.keyword.value for a, _ in args if a.keyword is not None)
            # (each read back by its key is the constant given: dict(url=ICE_URL)["url"] is that URL)
            return replace(const_val(items=keys), attrs=tuple(sorted((a.keyword.value, v if is_scalar_constant(v) else const_val())
                                                                     for a, v in args if a.keyword is not None)))
        return container(placements)

    def call_imported(self, name: str, node: cst.Call, args: Args, frame: Frame) -> Val | None:
        """A function or class imported from another module of the project (None: not one)."""
        found = self.links.foreign(name, frame.imports or None)
        head = name.partition(".")[0]
        other_target = self.index.alternatives.get(head) if head not in frame.imports else None
        if other_target is not None and self.links.project is not None:
            qual = self.index.qualify(name, {head: other_target})
            alternative = self.links.project.resolve(qual) if qual is not None and not qual.startswith(".") else None
            if alternative is not None and alternative[0] is not self.m and alternative != found:
                # try: from .fast import build / except ImportError: from .slow import build: either may run
                ran = [r for r in (self._call_found(name, f, node, args, frame) for f in (found, alternative) if f is not None) if r is not None]
                return join(*ran) if ran else None
        return self._call_found(name, found, node, args, frame) if found is not None else None

    def _call_found(self, name: str, found: "tuple[ModuleAnalysis, str]", node: cst.Call, args: Args, frame: Frame) -> Val | None:
        """Call what ``found`` (a module of the project and the name ``name`` resolved to in it) is: a function, a class, or a
        function value bound there (None: none of these)."""
        other, rest = found
        fn = other.index.functions.get(rest)
        if fn is not None:
            if other.calls.def_has_pragma(fn):
                return self.sinks.sink(node, EVERY_ARGUMENT, self._with_files(args), frame, forced=Destination(name, "enforcement sink (pragma)"))
            wrapped = other.calls._wrapper_of(fn, Frame(env={})) if fn.decorators else None
            if wrapped is not None:
                # a function decorated where it is defined (@sanitize from a third module): the wrapper runs
                return self.links.call_foreign_ref(other, wrapped, args, node)
            return self.links.call_foreign(other, fn, None, _with_task_itself(fn, args), None, node)
        cls = other.index.classes.get(rest)
        if cls is not None:
            return self.instance_of(other, cls, node, args)
        value = other.expr.module_constant(rest) if rest in other.index.constants else None
        if value is not None and value.function is not None:
            moved = translate(value, other.module_id, self.module_id)  # post_referral = partial(send, ICE_URL) over there
            assert moved.function is not None
            return self.functions.call_ref(moved.function, args, None, node, frame)
        return None

    def late_bound(self, ref: FunctionRef, frame: Frame) -> FunctionRef:
        """A nested def or lambda of the running function, called (or handed to a runner) now: its free
        names see the state at the call, not at its definition (late binding: ``extra["x"] = ...`` after
        the ``def``). One made elsewhere (``send = make_sender(STATE_URL)``) keeps its own closure."""
        if not ref.closure or not isinstance(ref.node, (cst.FunctionDef, cst.Lambda)):
            return ref
        stack = self.functions._stack
        flat = self.functions.flat
        start = flat.at.get(id(stack[-1])) if stack else None
        at = flat.at.get(id(ref.node))
        if start is None or at is None or not start < at < flat.ends[start]:
            return ref
        names = dict(ref.closure)
        now = tuple((k, v) for k, v in frame.env.items() if v.function is None and k in names)
        return replace(ref, closure=ref.closure + now) if now else ref

    def _map_over(self, node: cst.Call, func: cst.BaseExpression, args: Args, frame: Frame, one: bool = False) -> Val | None:
        """``map(send_one, members)``, ``pool.map(send_one, members)``: the function runs on each element
        (a loop that calls it), at this call; ``executor.submit(send_one, m)``, ``asyncio.to_thread(
        requests.post, URL, json=body)``, ``loop.run_in_executor(None, send, body)``: it runs once with the
        arguments that follow it. The function is one of the project, a function value, or a sink."""
        name = func.value if isinstance(func, cst.Name) else func.attr.value if isinstance(func, cst.Attribute) else None
        if name == "map" and isinstance(func, cst.Attribute) and len(args) == 1 and args[0][0].keyword is None and not args[0][0].star \
                and isinstance(args[0][0].value, cst.Name) and args[0][0].value.value in CONVERTERS and args[0][0].value.value not in frame.env:
            return self.expr.eval(func.value, frame)  # df["ssn_num"].map(str): each element converted, still what it was
        if name in ("apply", "map") and isinstance(func, cst.Attribute) and args and args[0][0].keyword is None and not args[0][0].star \
                and (name == "apply" or len(args) == 1):
            # (s.map(lambda v: v[-4:]) of a Series: the function runs on each element, as apply's does)
            # df.apply(send_row, axis=1): the function runs on each row (or element) of the receiver
            ref = self.function_ref(args[0][0].value, args[0][1], frame)
            if ref is None:
                return None
            rows = self.statements.element_of(self.expr.eval(func.value, frame))
            return replace(self.functions.call_ref(self.late_bound(ref, frame), [(cst.Arg(value=func.value), rows)], frame.cls, node, frame), elements=None)
        style = LIBRARY.runners.get(name) if name is not None else None
        if isinstance(func, cst.Name) and name in frame.env:
            # retryer = Retrying(stop=...); retryer(send, body): an object made to run the function it is given
            style = next((label[len(RUNNER_MARK):] for label in frame.env[func.value].labels if label.startswith(RUNNER_MARK)), None)
        elif isinstance(func, cst.Name) and isinstance(self.index.constants.get(func.value), cst.Call):
            # _retryer = Retrying(stop=...) at module level, then _retryer(_post, URL, body) in a function
            made = cst.ensure_type(self.index.constants[func.value], cst.Call)
            style = LIBRARY.runner_objects.get(self.index.qualify(dotted(made.func) or "") or "")
        elif isinstance(func, cst.Call):
            # Retrying(stop=...)(send, body), also with Retrying imported in the running function
            style = LIBRARY.runner_objects.get(self.index.qualify(dotted(func.func) or "", frame.imports or None) or "")
        if style is None or self._project_callable(func, frame):
            return None
        if name == "map" and len(args) >= 2 and _keeps_values(args[0][0].value, frame) and len(args) == (3 if _padding(args[0][0].value) else 2):
            # map(str, fields), map(str.strip, vals), map(str.ljust, vals, widths): each element converted, each still
            # what it was (and where it was placed)
            return args[1][1]
        offset = 1 if style == "once_after_first" else 0  # the executor, the delay
        if len(args) < offset + 2 and style == "each":
            return None
        if len(args) < offset + 1:
            return None
        target, target_val = args[offset]
        rest = list(args[offset + 1 :])
        given_as = next((i for i, (a, _) in enumerate(args) if a.keyword is not None and a.keyword.value in ("func", "fn", "f")), None) \
            if target.keyword is not None else None
        if given_as is not None:
            # q.enqueue_call(func=send, args=(body,)): the function given by keyword, the others its arguments
            target, target_val = args[given_as]
            rest = [a for i, a in enumerate(args) if i != given_as and i >= offset]
        skip = LIBRARY.packed_after.get(name or "")
        if name in LIBRARY.packed_runners and any(arg.keyword is not None and arg.keyword.value in ("args", "kwargs") for arg, _ in rest):
            rest = list(self._packed(rest, frame, by_position=False))  # q.enqueue(send, args=(body,), job_timeout=60)
        elif skip is not None and not any(isinstance(a.value, (cst.List, cst.Tuple, cst.Dict, cst.Set, cst.ListComp, cst.DictComp))
                                          for a, _ in [(a, v) for a, v in rest if a.keyword is None and not a.star][:skip]):
            # sched.add_job(send, "date", [body]), add_job(send, trigger, [body]): the runner's own trigger first, then the
            # function's args and kwargs (pool.add_job(send, {...}) of another library: the dict is the argument)
            rest = list(self._packed([(a, v) for a, v in rest if a.keyword is None and not a.star][skip:], frame))
        if style == "each":
            lengths = {len(val.elements) if val.elements is not None and not val.bulk else -1 for _, val in rest}
            if not one and len(lengths) == 1 and 0 < min(lengths) <= 16 and not any(arg.keyword is not None or arg.star for arg, _ in rest):
                # ex.map(post_one, [ICE_URL, STATE_URL], [basic, full]): element by element, zipped, as map
                # calls it (the state's payload never meets ICE's URL)
                zipped = zip(*(val.elements or () for _, val in rest), strict=True)
                return join(*(replace(self._map_over(node, func, [*args[:offset + 1], *zip((a for a, _ in rest), row, strict=True)], frame, one=True) or OPAQUE,
                                      elements=None) for row in zipped))
            if not one:
                rest = [(arg, self.statements.element_of(val)) for arg, val in rest]  # each element in turn
        ref = self.function_ref(target.value, target_val, frame)
        called = self._call_instance(target_val, rest, node) if ref is None else None
        if called is not None:
            result = called  # ex.submit(Poster(), body), map(Sender(ICE_URL), qs): the object's __call__
        elif ref is None:
            if not isinstance(target.value, cst.Attribute):
                return None
            # ex.submit(client.send, m), pool.map(outbox.push, rows): a bound method, called so at this call
            result = self.call_method(target.value, node, rest, frame)
        else:
            result = self.functions.call_ref(self.late_bound(ref, frame), rest, frame.cls, node, frame)
        return replace(result, elements=None) if style == "each" else result

    def _literal_library_object(self, name: str) -> bool:
        """The running function binds ``name`` only to library objects made of literals (``Bundle(type=
        "collection", entry=[])``) and uses it only to dump it or to append to one of its elements: what
        it holds is those literals and what was appended (no alias, ``setattr`` or helper may fill it)."""
        running = self._stack[-1] if self._stack else None
        if not isinstance(running, cst.FunctionDef):
            return False
        literal = (cst.SimpleString, cst.Integer, cst.Float, cst.List, cst.Tuple, cst.Dict, cst.Name)
        allowed: set[int] = set()
        for node in self.functions.flat.walk(running.body):
            if isinstance(node, cst.Assign) and len(node.targets) == 1 and isinstance(node.targets[0].target, cst.Name) \
                    and node.targets[0].target.value == name:
                made = node.value
                if not (isinstance(made, cst.Call) and all(a.keyword is not None and isinstance(a.value, literal) and not (
                        isinstance(a.value, (cst.List, cst.Tuple, cst.Dict)) and a.value.elements) and not (
                        isinstance(a.value, cst.Name) and a.value.value not in ("True", "False", "None")) for a in made.args)):
                    return False
                allowed.add(id(node.targets[0].target))
            elif isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute):
                owner = node.func.value
                if isinstance(owner, cst.Name) and owner.value == name:
                    allowed.add(id(owner))  # bundle.json()
                elif isinstance(owner, cst.Attribute) and isinstance(owner.value, cst.Name) and owner.value.value == name \
                        and node.func.attr.value in ("append", "extend"):
                    allowed.add(id(owner.value))  # bundle.entry.append(...): filled in place (e = bundle.entry is an alias)
        return all(id(n) in allowed for n in self.functions.flat.walk(running.body) if isinstance(n, cst.Name) and n.value == name)

    def _kept_parts(self, sequence: cst.BaseExpression, held: Val, frame: Frame) -> list[str] | None:
        """The texts a list of the running function holds on every path when what was added to it is not
        known (a loop over a parameter, ``extend`` of one): the constant texts of the one list literal it was
        made of, when it is only ever grown after (``append``, ``extend``, ``insert``, ``+=``); None otherwise."""
        if not isinstance(sequence, cst.Name) or sequence.value not in frame.env or held.items is not None \
                or held.bulk or held.choices:
            return None
        running = self._stack[-1] if self._stack else None
        made = self.functions._assignments(running).get(sequence.value, []) if isinstance(running, cst.FunctionDef) else []
        if len(made) != 1 or not isinstance(made[0], (cst.List, cst.Tuple)) or not made[0].elements or not self._only_grown(sequence.value):
            return None
        # (written there, or module constants: clauses = [STATUS_CLAUSE]; or a parameter the function never
        # rebinds, as the caller gave it: segs = [base], then "/".join(segs) keeps the caller's host)
        assigned = self.functions._assignments(running)
        texts = [None if isinstance(e, cst.StarredElement) else const_text(
            frame.env[e.value.value] if isinstance(e.value, cst.Name) and e.value.value in frame.env and e.value.value not in assigned
            else self.expr.eval(e.value, Frame(env={}, imports=frame.imports))) for e in made[0].elements]
        return [t for t in texts if t is not None] if all(t is not None for t in texts) else None

    def _command(self, rule: Rule, node: cst.Call, args: Args, frame: Frame | None) -> Val | None:
        """``subprocess.run(["curl", "-d", body, ICE_URL])``, ``os.system(f"scp {path} ero-mft.ice.dhs.gov:/in/")``: a
        program run with a command line that names where it sends (a URL, a remote path) sends the other words, and
        the files the module wrote that the words name (library ``command``). Returns where it sends (None: nowhere
        known)."""
        if rule.arg == "all":
            words = [(a.value, v) for a, v in args if a.keyword is None]
        else:
            given = argument(args, rule.arg if isinstance(rule.arg, int) else 0, rule.arg_kw)
            if given is None:
                return None
            written = given[0].value
            if given[1].elements is not None:
                nodes = [e.value for e in written.elements] if isinstance(written, (cst.List, cst.Tuple)) and len(written.elements) == len(given[1].elements) \
                    else [written] * len(given[1].elements)
                words = list(zip(nodes, given[1].elements, strict=True))
            else:
                words = [(written, given[1])]
        places: list[str] = []
        labels: set[str] = set()
        placed: list[Placement] = []
        bulk: frozenset[Bulk] = frozenset()
        files: set[str] = set()
        previous = previous_word = ""
        # (each word of an argv list is one word; a shell string is split as the shell splits it, and each command of it,
        # between &&, ||, |, ; and redirections, is read on its own: mkdir -p out && scp x.csv host:/in/)
        argv = rule.arg == "all" or len(words) > 1 or (bool(words) and words[0][1].elements is not None)
        segments = [_CommandSegment()]
        for word_node, word in words:
            texts = ([word.text] if argv else _shell_words(word.text)) if word.text is not None and not word.elements else []
            # (a header's value, -H "Referer: https://eid.ice.gov/...", is no place the command sends to)
            remote = []
            for at, t in enumerate(texts):
                before_it = texts[at - 1] if at else previous
                if not argv and _SHELL_CONTROL.match(t) is not None:
                    segments.append(_CommandSegment())  # scp x host:/in/ && rm x, ... > /tmp/log 2>&1: another command
                    continue
                segment = segments[-1]
                segment.program = segment.program or t.rsplit("/", 1)[-1]
                segment.copying = segment.copying or (segment.program in _COPY_PROGRAMS and (segment.program in _COPY_COMMANDS or t in _COPY_VERBS))
                found = _remote_place(t) if before_it not in _VALUE_FLAGS else None
                if found is not None and before_it in _HOST_FLAGS:
                    segment.always.append(([found], word.labels))  # aws --endpoint-url https://s3.ice.dhs.gov s3 cp ...: that host
                    remote.append(found)
                    continue
                if found is None and segment.program == "rclone" and (configured := _rclone_places(t)):
                    remote.extend(configured)
                    # (the remote's own name, ice_ero_sftp:, says where it is, as a setting's name does)
                    segment.found(configured, word.labels | {t.split(":", 1)[0].replace("-", "_")})
                elif found is not None:
                    remote.append(found)
                    segment.found([found], word.labels)
                elif (before_it not in _VALUE_FLAGS and not before_it.startswith("-") and (t.startswith(_LOCAL_PATH_STARTS) or t in self.m.written)) \
                        or (t == "-" and segment.copying):
                    # aws s3 cp s3://ice-acks/a.csv /tmp/a.csv: a path of this machine (--log-file /var/log/x, -i key: an
                    # option's value)
                    segment.order.append(([], frozenset()))
            segment = segments[-1]
            program = segment.program
            if previous in _CONTAINER_FLAGS and program in ("az", "azcopy") and word.text is not None and word.text.strip(HOLE) and not remote:
                remote = [f"abfs://{word.text}"]  # az storage blob upload --container-name ice-referrals: the container
                segment.found(remote, word.labels)
            if not remote and word.text is None and not word.names and not word.placements and previous not in _VALUE_FLAGS \
                    and any(label[:1].isalpha() and self.rules.may_name_a_destination(label) for label in word.labels):
                remote = [HOLE]  # ["curl", "-d", body, settings.ICE_CLAIMS_URL]: a URL a name supplies, decided by that name
                segment.found(remote, word.labels)
            elif not texts and isinstance(word_node, (cst.Name, cst.Attribute)) and self.files.held_path(word_node) is not None \
                    and not previous.startswith("-"):
                segment.order.append(([], frozenset()))  # ["scp", host_path, work_file] of a path a name holds
            previous_word, previous = previous, texts[-1] if texts else word.text if word.text is not None else ""
            for at, text in enumerate(texts):
                if program in _FETCHERS and (texts[at - 1] if at else previous_word) in _OUTPUT_FLAGS:
                    continue  # curl -o path: where the answer is saved, not a file sent
                after = text.split("=", 1)[1] if "=" in text else ""
                for path in (text, text[1:] if text.startswith("@") else "", after, after[1:] if after.startswith("@") else ""):
                    if path and path in self.m.written:
                        files.add(path)  # -T path, --data-binary @path, -F file=@path, --upload-file=path
            if word.text is None and isinstance(word_node, (cst.Name, cst.Attribute)) and self.files.held_path(word_node) in self.m.written:
                files.add(self.files.held_path(word_node))  # ["sftp", path, ...] of a path a parameter holds
            if isinstance(word_node, cst.FormattedString) and frame is not None:
                # os.system(f"scp {path} host:/in/") with path = os.path.join(tmp, "x.csv"): the file path names
                for part in word_node.parts:
                    if isinstance(part, cst.FormattedStringExpression) and isinstance(part.expression, (cst.Name, cst.Attribute)):
                        held = self.files.key(self.expr.eval(part.expression, frame)) or self.files.held_path(part.expression)
                        if held is not None and held in self.m.written:
                            files.add(held)
            if argv and program in _FETCHERS and previous_word in _OUTPUT_FLAGS:
                continue  # ["curl", "-o", f"/data/{m.cin}.json", URL]: where the answer is saved, nothing sent
            placed.extend(word.placements if not remote else tuple(p for p in word.placements if p.names))
            placed.extend(place(word, *self.positions(word_node)) if word.names and not word.placements else ())
            bulk |= word.bulk
        # (curl reads its standard input only where a word says so: -T -, --data-binary @-, -F file=@-)
        # (what input= gives goes to the first command of the line: a pipe's later commands read their own)
        reads_stdin = segments[0].program not in _FETCHERS or any(
            t in ("-", "@-") or t.endswith(("=@-", "=<-")) for _, w in words for t in ((w.text,) if argv and w.text is not None else
                                                                                   _shell_words(w.text) if w.text is not None else ()))
        stdin = argument(args, None, "input") if reads_stdin else None
        if stdin is not None:
            # subprocess.run(["aws", "s3", "cp", "-", ICE_URI], input=json.dumps(body)): what the program reads is sent too
            placed.extend(stdin[1].placements or place(stdin[1], *self.positions(stdin[0].value)))
            bulk |= stdin[1].bulk
        for segment in segments:
            # scp, rsync, aws s3 cp, gsutil cp, rclone: the last place named is where the files go; a local path last is
            # a download (nothing of this machine's goes to the places before it)
            chosen = [segment.order[-1]] if segment.copying and segment.order else [o for o in segment.order if o[0]]
            for found_places, found_labels in (*segment.always, *chosen):
                places.extend(found_places)
                labels |= found_labels
        if not places:
            return None
        hosts = [host_of(p) for p in places]
        safe = bool(hosts) and all(h is not None and self.rules.host_is_safe(h) for h in hosts)
        # (a host on the non-enforcement list overrides the names that supplied it: SPEC section 4)
        dest = None if safe else self.rules.decide_target(places, frozenset(labels), cleared=self.m.cleared)
        where = Val(const=True, text=places[0] if len(places) == 1 else None, alternatives=tuple(places) if len(places) > 1 else None,
                    labels=frozenset(labels) | ({READS_STDIN_MARK} if reads_stdin else set()))
        if dest is None:
            if safe:
                self.m.safe_uploads |= files  # scp of ice_referrals.csv to the state's host: no enforcement file
            return where
        for key in sorted(files):
            # (read only for an enforcement destination: a file scp'd to a vendor is judged by its own name, at the write)
            content = self.files.content(Val(text=key, const=True))
            placed.extend(content.placements)
            bulk |= content.bulk
        self.m.enforcement_uploads |= files
        self.files.sent_to(dest, tuple(dict.fromkeys(placed)), node, bulk)
        return where

    def _path_parameter(self, node: cst.BaseExpression) -> bool:
        """``out`` of ``def drop(m, out: Path)``: a parameter of the running function annotated as a ``pathlib`` path."""
        running = self._stack[-1] if self._stack else None
        if not isinstance(node, cst.Name) or not isinstance(running, cst.FunctionDef):
            return False
        param = next((p for p in (*running.params.posonly_params, *running.params.params, *running.params.kwonly_params) if p.name.value == node.value), None)
        annotation = dotted(param.annotation.annotation) if param is not None and param.annotation is not None else None
        return annotation is not None and (self.index.qualify(annotation) or annotation) in ("pathlib.Path", "pathlib.PurePath", "pathlib.PosixPath")

    def _only_grown(self, name: str) -> bool:
        """The running function changes the list ``name`` only by ``append``/``extend``/``insert`` (no ``pop``,
        ``remove``, item store or ``del``): its parts, as they were added, are what it holds."""
        running = self._stack[-1] if self._stack else None
        if not isinstance(running, cst.FunctionDef):
            return False
        memo: dict[tuple[int, str], bool] = self.__dict__.setdefault("_grown_memo", {})
        if (id(running), name) not in memo:
            memo[(id(running), name)] = self._only_grown_in(running, name)
        return memo[(id(running), name)]

    def _only_grown_in(self, running: cst.FunctionDef, name: str) -> bool:
        for node in self.functions.flat.walk(running.body):
            if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and isinstance(node.func.value, cst.Name) \
                    and node.func.value.value == name and node.func.attr.value not in ("append", "extend", "insert", "copy", "index", "count"):
                return False
            targets: list[cst.BaseExpression] = [t.target for t in node.targets] if isinstance(node, cst.Assign) else []
            if isinstance(node, (cst.AugAssign, cst.AnnAssign, cst.Del)):
                targets = [e.value for e in node.target.elements] if isinstance(node.target, cst.Tuple) else [node.target]
            if any(isinstance(t, cst.Subscript) and isinstance(t.value, cst.Name) and t.value.value == name for t in targets):
                return False
        return True

    def _constructor_bases(self, func: cst.BaseExpression, args: Args) -> list[str]:
        """The URLs or hosts a call of a class the analysis does not know is made for: its ``base_url``,
        ``url``, ``host`` or ``endpoint`` keyword, or its first positional argument (each way a branch may
        have chosen); none when it is no class (a name not capitalized) or gives none."""
        name = dotted(func)
        if name is None or not name.rsplit(".", 1)[-1][:1].isupper() or name in self.index.classes or self.links.class_of(name) is not None:
            return []
        given = next((v for a, v in args if a.keyword is not None and a.keyword.value in _BASE_KEYWORDS), None)
        if given is None and args and args[0][0].keyword is None and not args[0][0].star:
            given = args[0][1]
        if given is None:
            return []
        texts = given.alternatives or ((given.text,) if given.text is not None else ())
        return [t for t in texts if host_of(t) is not None]

    def _client_bases(self, attr: str, local: bool) -> list[str | None]:
        """The base URLs (or hosts) given to the constructors of the clients the module stores under the
        name ``attr`` (``app.state.<name> = Client(base_url=...)``, ``app["<name>"] =
        ClientSession(...)``, ``self.<name> = ApiClient(URL)``), each as folded (None: not known); for a
        variable of the running function (``local``), its own bindings only (``dhs = ApiClient(base_url=
        IL_DHS)``). Read once per name and scope."""
        running = self._stack[-1] if local and self._stack else None
        if local and not isinstance(running, cst.FunctionDef):
            return []
        key = (attr, id(running) if running is not None else 0)
        memo: dict[tuple[str, int], list[str | None]] = self.__dict__.setdefault("_client_bases_memo", {})
        if key not in memo:
            memo[key] = self._client_bases_read(attr, running.body if isinstance(running, cst.FunctionDef) else self.m.module, local)
        return memo[key]

    def _client_bases_read(self, attr: str, scope: cst.CSTNode, local: bool) -> list[str | None]:
        bases: list[str | None] = []
        for node in self.functions.flat.walk(scope):
            if type(node) is not cst.Assign or not isinstance(node.value, cst.Call):  # type: ignore[attr-defined]
                continue
            for target in node.targets:  # type: ignore[attr-defined]
                t = target.target
                if local != isinstance(t, cst.Name):
                    continue  # (a variable of the running function, or an attribute or entry of the module's objects)
                key = t.value if isinstance(t, cst.Name) else t.attr.value if isinstance(t, cst.Attribute) else string_value(t.slice[0].slice.value) if (
                    isinstance(t, cst.Subscript) and len(t.slice) == 1 and isinstance(t.slice[0].slice, cst.Index)
                    and isinstance(t.slice[0].slice.value, cst.SimpleString)) else None
                if key != attr:
                    continue
                made: cst.Call = node.value  # type: ignore[attr-defined]
                given = next((a.value for a in made.args if a.keyword is not None and a.keyword.value in ("base_url", "host", "url")), None)
                if given is None and made.args and made.args[0].keyword is None:
                    given = made.args[0].value
                text = self.expr.eval(given, Frame(env={})).text if given is not None else None
                bases.append(text if text is not None and host_of(text) is not None else None)
        return bases

    def _project_callable(self, func: cst.BaseExpression, frame: Frame) -> bool:
        """``func`` is a function or method of the project named like a runner's (``submit(url, body)``
        of the module or imported from another of its modules, ``IceSender().submit(...)``,
        ``self.submit(...)``): it is called as itself, not as a runner of its first argument."""
        if isinstance(func, cst.Name):
            if func.value in frame.env:
                return False
            if func.value in self.index.functions:
                return True
            found = self.links.foreign(func.value, frame.imports or None) if func.value in self.index.imports or func.value in frame.imports else None
            return found is not None and found[1] in found[0].index.functions
        if not isinstance(func, cst.Attribute):
            return False
        receiver = func.value
        if isinstance(receiver, cst.Name) and receiver.value not in frame.env and func.attr.value in LIBRARY.deferred and (
                receiver.value in self.index.functions or self._project_callable(receiver, frame)):
            return True  # push.map(bodies), push.submit(body) of a task function of the project: the task's own method
        model: str | None = None
        if isinstance(receiver, cst.Name) and receiver.value in ("self", "cls") and frame.cls is not None:
            cls: "tuple[ModuleAnalysis, ClassInfo] | None" = (self.m, frame.cls)
        else:
            if isinstance(receiver, cst.Name) and receiver.value in frame.env:
                model = frame.env[receiver.value].model
            elif isinstance(receiver, cst.Call) and isinstance(receiver.func, cst.Name) and receiver.func.value not in frame.env \
                    and self.links.class_of(receiver.func.value) is not None:
                model = receiver.func.value  # IceSender().submit(...)
            elif isinstance(receiver, cst.Call) and (self._class_alias(receiver.func, frame) is not None or self._project_callable(receiver.func, frame)):
                # self.client_cls().submit(body) of client_cls = IceClient, make_client().submit(body) of a factory of
                # the project: the method of the object it makes (not a runner handed a function to run)
                model = self.expr.eval(receiver, frame).model
            elif isinstance(receiver, (cst.Name, cst.Attribute)):
                model = self.expr.eval(receiver, frame).model  # eid.submit(...) of eid = EidClient() at module level, self.client.submit(...)
            cls = self.links.class_of(model) if model is not None else None
        return cls is not None and cls[0].links.find_method(cls[1], func.attr.value) is not None

    def _fetched_model(self, func: cst.BaseExpression, qual: str | None, args: Args) -> str | None:
        """The model class of this module one record of which an ORM call returns (``Member.objects.get(...)``,
        ``.filter(...).first()``, ``get_object_or_404(Member, ...)``): its methods and properties then run
        on what is returned."""
        if qual in LIBRARY.models.instance_getters and args:
            if not isinstance(args[0][0].value, (cst.Name, cst.Attribute)):
                return self.population.queryset_model(args[0][1])  # get_object_or_404(Member.objects.filter(...), pk=pk)
            root = dotted(args[0][0].value)  # get_object_or_404(Member, ...), get_object_or_404(models.Member, ...)
        elif isinstance(func, cst.Attribute) and (func.attr.value in self.population.data.single or func.attr.value == "get") and "objects" in method_chain(func.value):
            root = root_name(func.value)
        elif isinstance(func, cst.Attribute) and isinstance(func.value, cst.Attribute) and func.value.attr.value == "objects" \
                and self._manager_getter(dotted(func.value.value), func.attr.value):
            root = dotted(func.value.value)  # Member.objects.get_by_cin(cin) of a manager method returning self.get(...)
        else:
            return None
        found = self.links.class_of(root) if root is not None else None  # (of this module, or imported from the project)
        return root if found is not None and not found[1].is_serializer else None  # a class with .objects: an ORM model

    def _manager_getter(self, model: str | None, method: str) -> bool:
        """``method`` of the project manager a model of the project declares as ``objects = MemberManager()``
        returns one record of it: its body returns ``self.get(...)``, ``self.filter(...).first()`` or
        ``self.get_queryset().get(...)``."""
        found = self.links.class_of(model) if model is not None else None
        made = found[1].constants.get("objects") if found is not None else None
        manager_name = dotted(made.func) if isinstance(made, cst.Call) else None
        assert found is not None or manager_name is None
        manager = found[0].links.class_of(manager_name) if found is not None and manager_name is not None else None
        method_found = manager[0].links.find_method(manager[1], method) if manager is not None else None
        if method_found is None:
            return False
        getters = {*self.population.data.single, "get"}
        through = {*self.population.data.queryset_methods, "get_queryset"}
        for ret in walk(method_found[2].body):
            value = ret.value if isinstance(ret, cst.Return) else None
            if not (isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute) and value.func.attr.value in getters):
                continue
            chain = value.func.value
            # (self.get(...), self.filter(...).first(), self.get_queryset().get(...): not self.get(...).claims.first(),
            # a record of another model reached through the one found)
            while isinstance(chain, cst.Call) and isinstance(chain.func, cst.Attribute) and chain.func.attr.value in through:
                chain = chain.func.value
            if isinstance(chain, cst.Name) and chain.value == "self":
                return True
        return False

    def _threaded(self, node: cst.Call, qual: str | None, args: Args, frame: Frame) -> Val | None:
        """``threading.Thread(target=send, args=(body,))``, ``threading.Timer(5, send, args=[body])``,
        ``multiprocessing.Process(target=send, kwargs={"body": body})``: the target runs with those
        arguments (started later; the call returns the thread, not what the target returns)."""
        where = LIBRARY.threads.get(qual or "")
        if where is None:
            return None
        target = argument(args, *where)
        if target is None:
            return None
        ref = self.function_ref(target[0].value, target[1], frame)
        packed = self._packed(args, frame, by_position=False, keywords=LIBRARY.thread_arguments.get(qual or "", ("args", "kwargs")))
        if ref is None:
            # Thread(target=Poster(), args=(body,)): the object's __call__ runs
            return OPAQUE if self._call_instance(target[1], packed, node) is not None else None
        self.functions.call_ref(self.late_bound(ref, frame), packed, frame.cls, node, frame)
        return OPAQUE

    def _call_instance(self, val: Val, args: Args, node: cst.Call) -> Val | None:
        """``val`` is an object of a project class with ``__call__``, handed to a runner, a thread or
        ``map``: its ``__call__`` run with ``args`` at ``node``; None for anything else."""
        found = self.bound_method(val, "__call__")
        return self.call_method_of(found, args, val, node) if found is not None else None

    def _deferred(self, node: cst.Call, func: cst.BaseExpression, args: Args, frame: Frame) -> Val | None:
        """``send_referral.delay(payload)``, ``.s(...)``, ``.apply_async(args=[payload])``: a task queue runs
        the function of the project (this module or an imported one) with these arguments, so the call
        runs it here; it returns a handle, not the function's result."""
        style = LIBRARY.deferred.get(func.attr.value) if isinstance(func, cst.Attribute) else None
        if style is None or not isinstance(func, cst.Attribute):
            return None
        task_expr = func.value
        bound: Args = []
        while isinstance(task_expr, cst.Call) and isinstance(task_expr.func, cst.Attribute) and task_expr.func.attr.value in _TASK_OPTIONS:
            # push.with_options(retries=5).submit(body) (Prefect); push.partial(timeout=30).expand(body=...) (Airflow):
            # the same task, with the partial's arguments given to every run as they are (not mapped)
            if task_expr.func.attr.value == "partial":
                bound = [*((a, self.expr.eval(a.value, frame)) for a in task_expr.args), *bound]
            task_expr = task_expr.func.value
        if task_expr is not func.value:
            func = func.with_changes(value=task_expr)
        name = dotted(func.value)  # send_referral.delay(...), tasks.send_referral.delay(...)
        held = frame.env.get(func.value.value) if isinstance(func.value, cst.Name) else None
        if held is not None and held.function is not None and held.function.receiver is None and SIGNATURE_MARK not in held.labels \
                and style in ("same", "each", "each_kwargs", "direct"):
            # @task def push(body) nested in a @dag or @flow, then push.expand(body=...): the nested function
            result = self.functions.call_ref(self.late_bound(held.function, frame), [*bound, *self._task_arguments(args, style, frame)],
                                             frame.cls, node, frame)
            return result if style == "direct" else replace(result, elements=None) if style in ("each", "each_kwargs") else OPAQUE
        if name is None or name.split(".", 1)[0] in frame.env:
            return self._class_task(func, node, args, style, frame)
        operator = self.links.class_of(name) if style == "each" and task_expr is not node.func.value else None  # type: ignore[union-attr]
        if operator is not None and any(base.rsplit(".", 1)[-1].endswith("Operator") for base in self._all_bases(*operator)):
            # EidExportOperator.partial(task_id="m").expand(sql=[Q1, Q2]): Airflow makes one operator per mapped value (each
            # runs its execute with it, as a construction of it does)
            return self._mapped_project_operator(func.value, node, frame)
        rule = LIBRARY.calls.get(self.index.qualify(name, frame.imports or None) or "") if style == "each" and isinstance(func.value, (cst.Name, cst.Attribute)) else None
        if rule is not None and rule.does == "sink" and task_expr is not node.func.value:  # type: ignore[union-attr]
            # HttpOperator.partial(task_id=..., http_conn_id="ice_eid").expand(data=bodies()): the operator made once per
            # mapped value, with the partial's arguments (a send of each body, read as the whole list)
            return self._mapped_operator(node, frame)
        fn = self.index.functions.get(name)
        other, name_there = None, name
        if fn is None:
            found = self.links.foreign(name, frame.imports or None)
            if found is None or found[1] not in found[0].index.functions:
                return self._class_task(func, node, args, style, frame)
            other, name_there = found
            fn = other.index.functions[name_there]
        arguments = [*bound, *self._task_arguments(args, style, frame)]
        if (other or self.m).calls.def_has_pragma(fn):
            # @shared_task def relay(body):  # medicaid-scope: enforcement -- queued, it sends these arguments
            return self.sinks.sink(node, EVERY_ARGUMENT, self._with_files(arguments), frame, forced=Destination(name, "enforcement sink (pragma)"))
        arguments = _with_task_itself(fn, arguments)  # @shared_task(bind=True): the task itself comes first
        if other is not None:
            result = self.links.call_foreign(other, fn, None, arguments, None, node)
        else:
            result = self.functions.call_function(fn, None, arguments, None)
        link = argument(args, None, "link") if style == "packed" else None
        if link is not None and SIGNATURE_MARK in link[1].labels:
            self.run_chain([Val(const=True, labels=frozenset({CHAIN_MARK}), elements=(result,)), link[1]], node, frame)  # apply_async(link=b.s())
        if style == "direct":
            return result  # push.fn(body) (Prefect): the undecorated function, called now
        if style in ("each", "each_kwargs"):
            return replace(result, elements=None)  # push.map(shape.map(qs)): what each run returns, handed on
        if func.attr.value not in ("s", "si", "signature"):
            return OPAQUE
        # a signature: a function value too, that a chain runs with the result of the task before it
        immutable = func.attr.value == "si" or any(a.keyword is not None and a.keyword.value == "immutable" and v.labels & {TRUE_MARK} for a, v in args)
        bound = tuple((a.keyword.value if a.keyword is not None else None, v) for a, v in arguments if not a.star)
        ref = FunctionRef(fn, id(fn), bound=bound, qual=f"@{other.module_id}:{name_there}" if other is not None else None)
        marks = {SIGNATURE_MARK} | ({IMMUTABLE_MARK} if immutable else set()) | ({BOUND_TASK_MARK} if _bound_task(fn) else set())
        return Val(const=True, function=ref, labels=frozenset(marks))

    def _sent_task(self, node: cst.Call, func: cst.BaseExpression, args: Args, frame: Frame) -> Val | None:
        """``app.send_task("transfers.post_to_ice", args=[body])`` (or ``kwargs={...}``): Celery runs the task of
        the project registered under that name (``@app.task(name=...)`` in this module, or a task function whose
        default name, its module's dotted path and its own name, is the text) with those arguments; None when no
        task of the project has that name (a worker elsewhere runs it)."""
        if not (isinstance(func, cst.Attribute) and func.attr.value == "send_task") or not args or args[0][0].keyword is not None:
            return None
        name = const_text(args[0][1])
        found = self._task_named(name) if name else None
        if found is None:
            return None
        other, fn = found
        arguments = list(self._packed(list(args[1:]), frame))
        if (other or self.m).calls.def_has_pragma(fn):
            return self.sinks.sink(node, EVERY_ARGUMENT, self._with_files(arguments), frame, forced=Destination(name or "", "enforcement sink (pragma)"))
        arguments = _with_task_itself(fn, arguments)
        if other is not None:
            self.links.call_foreign(other, fn, None, arguments, None, node)
        else:
            self.functions.call_function(fn, None, arguments, None)
        return OPAQUE

    def _task_named(self, name: str) -> "tuple[ModuleAnalysis | None, cst.FunctionDef] | None":
        """The decorated function of the project Celery knows by ``name``: one given ``name=`` by its decorator,
        in this module, a module it imports or the ``tasks`` module of its package (where Celery looks for them);
        else one with no ``name=`` whose default name (its module's dotted path and its own name) is ``name``."""
        def is_task(fn: cst.FunctionDef) -> bool:
            # (@app.task, @shared_task, a project's own wrapper of them, @traced_task)
            return any((decorator_name(d.decorator) or "").rsplit(".", 1)[-1].endswith("task") for d in fn.decorators)

        def registered(fn: cst.FunctionDef, module: "ModuleAnalysis | None" = None) -> str | None:
            for d in fn.decorators:
                given = next((a.value for a in d.decorator.args if a.keyword is not None and a.keyword.value == "name"), None) \
                    if isinstance(d.decorator, cst.Call) else None
                if isinstance(given, cst.Name):
                    given = (module or self.m).index.constants.get(given.value, given)  # name=REFER_NAME of a module constant
                if given is not None:
                    text = string_value(given) if isinstance(given, cst.SimpleString) else None
                    return text if isinstance(text, str) else ""
            return None

        modules: list[ModuleAnalysis | None] = [None]
        if self.project is not None:
            for target in sorted(set(self.index.imports.values())):
                found = self.project.resolve(target) if not target.startswith(".") else None
                if found is not None and found[0] is not self.m and found[0] not in modules:
                    modules.append(found[0])
            parts = (self.index.name or "").split(".")[:-1]
            for cut in range(len(parts), 0, -1):
                tasks = self.project.module(".".join([*parts[:cut], "tasks"]))
                if tasks is not None and tasks is not self.m and tasks not in modules:
                    modules.append(tasks)
        for module in modules:
            for fn in (module or self.m).index.functions.values():
                if is_task(fn) and registered(fn, module) == name:
                    return module, fn
        own = next((fn for fn in self.index.functions.values() if is_task(fn) and self.index.name and f"{self.index.name}.{fn.name.value}" == name), None)
        if own is not None:
            return (None, own) if registered(own) is None else None
        resolved = self.project.resolve(name) if self.project is not None and "." in name else None
        if resolved is not None and resolved[0] is not self.m and resolved[1] in resolved[0].index.functions:
            fn = resolved[0].index.functions[resolved[1]]
            return (resolved[0], fn) if is_task(fn) and registered(fn, resolved[0]) is None else None
        return None

    def _task_arguments(self, args: Args, style: str, frame: Frame) -> Args:
        """The arguments a task function runs with, by the ``deferred`` style of the call that queues it: the
        call's own (``delay``, ``fn``), the ``args=``/``kwargs=`` it packs (``apply_async``), or one element of
        each (``map``, ``expand``)."""
        if style == "packed":
            return list(self._packed(args, frame))
        if style == "each":
            return [self._mapped_argument(a, v, frame) for a, v in args]
        if style == "each_kwargs" and args and args[0][0].keyword is None:
            # push.expand_kwargs([{"ref": m.ssn, "cin": m.cin}]): each run given one dict's entries as its keywords
            given = args[0][0]
            element = self._mapped_argument(given, args[0][1], frame)[1]
            return [(cst.ensure_type(self.m.stand_in(cst.Arg(value=given.value, star="**"), given), cst.Arg), element)]
        return list(args)

    def _mapped_argument(self, arg: cst.Arg, val: Val, frame: Frame) -> tuple[cst.Arg, Val]:
        """One argument of a mapped task run (``push.map(bodies)``, ``expand(body=bodies)``): each element of
        what was given, or the value itself where Prefect's ``unmapped(x)`` keeps it whole."""
        given = arg.value
        if isinstance(given, cst.Call) and (dotted(given.func) or "").rsplit(".", 1)[-1] == "unmapped" and len(given.args) == 1:
            return arg, self.expr.eval(given.args[0].value, frame)
        if val.elements and not val.bulk:
            return arg, join(*val.elements)  # expand(url=[ICE_URL], ...): each run gets one of the elements
        return arg, self.statements.element_of(val)

    def _matching_columns(self, frame_val: Val, args: Args) -> Val | None:
        """``df.filter(like="elgbl_")``, ``df.filter(regex="^msis")`` of a frame whose columns are known: the
        columns whose names match; None for another call or a frame of unknown columns (read whole)."""
        like, regex = argument(args, None, "like"), argument(args, None, "regex")
        pattern = like or regex
        axis = argument(args, None, "axis")
        if axis is not None and not (axis[1].text in ("1", "columns") or (isinstance(axis[0].value, cst.Integer) and axis[0].value.value == "1")):
            return None  # filter(like="NY", axis=0): rows by their index label, every column kept
        if pattern is None or pattern[1].text is None or not frame_val.placements or is_whole(frame_val) \
                or any(p.key is None for p in frame_val.placements):
            return None
        text = pattern[1].text
        try:
            matches = (lambda key: text in key) if like is not None else re.compile(text).search
        except re.error:
            return None
        return replace(frame_val, placements=tuple(p for p in frame_val.placements if matches(p.key or "")))

    def _pivoted(self, frame_val: Val, args: Args) -> Val | None:
        """``df.pivot_table(index="cin", columns="clm_type_cd", values="mdcd_pd_amt")``: the frame's data
        reduced to the columns it names (each written out at its argument for a frame read whole); None
        when a name is not known."""
        named: list[tuple[cst.Arg, tuple[str, ...]]] = []
        if argument(args, None, "values") is None:
            return None  # pivot(index=..., columns=...) with no values: every other column is a value column
        for keyword in ("index", "columns", "values"):
            given = argument(args, None, keyword)
            if given is None:
                continue
            texts = given[1].items if given[1].items is not None else (given[1].text,) if given[1].text is not None else None
            if not given[1].const or texts is None:
                return None
            named.append((given[0], texts))
        if not named:
            return None
        names = [t for _, texts in named for t in texts]
        if is_whole(frame_val) or not frame_val.placements:
            placed = [p for arg, texts in named for p in named_entries(texts, *self.positions(arg.value)).placements]
            return container(placed, labels=frame_val.labels, bulk=frame_val.bulk)
        return only_keys(frame_val, names)

    def _mapped_project_operator(self, operator: cst.BaseExpression, node: cst.Call, frame: Frame) -> Val:
        """``Op.partial(**fixed).expand(sql=[...])`` of an operator class of the project: one construction per element
        of a mapped list literal (every element read whole when the mapping is not one such list)."""
        fixed: list[cst.Arg] = []
        inner = cst.ensure_type(node.func, cst.Attribute).value
        while isinstance(inner, cst.Call) and isinstance(inner.func, cst.Attribute) and inner.func.attr.value in _TASK_OPTIONS:
            if inner.func.attr.value == "partial":
                fixed = [*inner.args, *fixed]
            inner = inner.func.value
        mapped = [a for a in node.args if a.keyword is not None]
        if len(mapped) != 1 or len(node.args) != 1 or not isinstance(mapped[0].value, (cst.List, cst.Tuple)) or len(mapped[0].value.elements) > 8:
            return self._mapped_operator(node, frame)
        for element in mapped[0].value.elements:
            made = cst.Call(func=operator, args=[*fixed, cst.Arg(keyword=mapped[0].keyword, value=element.value)])
            self.m.alias_position(made, node)
            self.eval_call(made, frame)
        return OPAQUE

    def _mapped_operator(self, node: cst.Call, frame: Frame) -> Val:
        """``Operator.partial(**fixed).expand(**mapped)`` of a library operator that sends: the operator called
        with both sets of arguments (each mapped list read whole: every element is sent by one of the copies)."""
        given = list(node.args)
        inner = cst.ensure_type(node.func, cst.Attribute).value
        while isinstance(inner, cst.Call) and isinstance(inner.func, cst.Attribute) and inner.func.attr.value in _TASK_OPTIONS:
            if inner.func.attr.value == "partial":
                given = [*inner.args, *given]
            inner = inner.func.value
        made = cst.Call(func=inner, args=given)
        self.m.alias_position(made, node)
        return self.eval_call(made, frame)

    def _class_task(self, func: cst.Attribute, node: cst.Call, args: Args, style: str, frame: Frame) -> Val | None:
        """``SendReferral().delay(body)``, ``push.apply_async(args=[body])`` with ``push = PushTask()`` or
        ``app.register_task(PushTask())``: an object of a class-based task of the project (a class
        deriving from a ``Task``) runs its ``run`` method with these arguments."""
        task = self.expr.eval(func.value, frame)
        found_cls = self.links.class_of(task.model) if task.model is not None else None
        if found_cls is None or not any(base.rsplit(".", 1)[-1].endswith("Task") for base in self._all_bases(*found_cls)):
            return None
        found = found_cls[0].links.find_method(found_cls[1], "run")
        if found is None:
            return None
        self.call_method_of(found, self._task_arguments(args, style, frame), task, node)
        return OPAQUE

    def _all_bases(self, owner: ModuleAnalysis, cls: ClassInfo, depth: int = 0) -> list[str]:
        """The bases of ``cls`` as written, and theirs when they are classes of the project."""
        out = list(cls.bases)
        for base in cls.bases if depth < 8 else ():
            found = owner.links.class_of(base)
            if found is not None and found[1] is not cls:
                out.extend(self._all_bases(*found, depth + 1))
        return out

    def run_chain(self, steps: Sequence[Val], node: cst.CSTNode, frame: Frame) -> Val:
        """``chain(a.s(x), b.s(), c.si(y))``, ``a.s(x) | b.s()``: each task signature run with the result of
        the one before as its first argument (not an immutable one); a chain value gives its result on."""
        result: Val | None = None
        for step in steps:
            if CHAIN_MARK in step.labels:
                result = step.elements[0] if step.elements else None
                continue
            if step.function is None or SIGNATURE_MARK not in step.labels:
                result = None
                continue
            ref = step.function
            if result is not None and IMMUTABLE_MARK not in step.labels:
                # the result comes first, after the task itself of a bind=True task
                skip = 1 if BOUND_TASK_MARK in step.labels else 0
                ref = replace(ref, bound=(*ref.bound[:skip], (None, result), *ref.bound[skip:]))
            result = self.functions.call_ref(ref, [], None, node, frame)
        return Val(const=True, labels=frozenset({CHAIN_MARK}), elements=(result if result is not None else OPAQUE,))

    def _spread_keywords(self, args: Args, frame: Frame) -> Args:
        """``f(**req)`` with ``req`` a dict literal (written in the call, assigned once in the running
        function, or a module constant): its entries as the keyword arguments they are, so that
        ``"url"``, ``"Bucket"`` or ``"json"`` inside it reach the sink as if written out."""
        out: list[tuple[cst.Arg, Val]] = []
        given = {arg.keyword.value for arg, _ in args if arg.keyword is not None}
        for arg, val in args:
            masked = self._constant_for_each(arg, given, frame) if arg.star == "**" else None
            if masked is not None:
                out.extend(masked)  # df.assign(**{c: "XXX" for c in MASKED}): each column given that constant
                continue
            source = self.expr.spread_source(arg.value, frame) if arg.star == "**" else None
            foreign = self._foreign_spread(arg, given, frame) if source is None and arg.star == "**" else None
            if foreign is not None:
                out.extend(foreign)  # requests.post(**FEDERAL_OPTS, json=...) with the options of a settings module
                continue
            if source is None or not all(isinstance(k, str) and k.isidentifier() and k not in given for k, _, _ in source[0]):
                out.append((arg, val))
                continue
            entries, changed = source
            spread_name = arg.value.value if isinstance(arg.value, cst.Name) else None
            for key, value, where in entries:
                assert isinstance(key, str)
                if key in changed:
                    continue  # changed after the literal: what the dict holds now, below
                spelled = where if isinstance(where, cst.Arg) else cst.ensure_type(self.m.stand_in(cst.Arg(value=value, keyword=cst.Name(key)), where), cst.Arg)
                out.append((spelled, _marked_entry(self.m, self.expr.eval(value, frame), spread_name, where, key)))
            if changed:
                # params["Body"] = json.dumps(m), filters["immigration_status__in"] = CODES after the literal:
                # what the dict holds under those keys, spread as the dict itself (with its marks)
                out.append((arg, only_keys(val, changed)))
        return out

    def _constant_for_each(self, arg: cst.Arg, given: set[str], frame: Frame) -> Args | None:
        """``f(**{c: "XXX" for c in ("ssn_num", "dob")})`` (or ``f(**dict.fromkeys(PII_COLS, "XXX"))``): one keyword
        argument per name of a constant collection, each given the same constant (placed at the comprehension's
        value, or the constant given to ``fromkeys``); None otherwise."""
        made = arg.value
        if isinstance(made, cst.Call) and len(made.args) in (1, 2) and not any(a.keyword or a.star for a in made.args) \
                and (self.index.qualify(dotted(made.func) or "", frame.imports or None) or dotted(made.func)) in ("dict.fromkeys", "collections.OrderedDict.fromkeys") \
                and (dotted(made.func) or "").split(".", 1)[0] not in frame.env:
            names = self.expr.eval(made.args[0].value, frame)
            # (dict.fromkeys(COLS): each None, placed at the call)
            filled, value = (made.args[1].value, self.expr.eval(made.args[1].value, frame)) if len(made.args) == 2 else (made, const_val())
        elif not isinstance(made, cst.DictComp) or made.for_in.inner_for_in is not None or made.for_in.ifs \
                or not isinstance(made.for_in.target, cst.Name) or not isinstance(made.key, cst.Name) or made.key.value != made.for_in.target.value:
            return None
        else:
            names, filled = self.expr.eval(made.for_in.iter, frame), made.value
            value = self.expr.eval(filled, frame)
        if not names.const or not names.items or not is_scalar_constant(value) \
                or not all(n.isidentifier() and n not in given for n in names.items):
            return None
        return [(cst.ensure_type(self.m.stand_in(cst.Arg(value=filled, keyword=cst.Name(n)), filled), cst.Arg), value) for n in names.items]

    def _foreign_spread(self, arg: cst.Arg, given: set[str], frame: Frame) -> Args | None:
        """``f(**OPTS)`` (or ``**config.OPTS``) of a constant dict literal of another module of the project,
        every key a constant name: its entries as keyword arguments, valued as that module has them and
        placed at the ``**``; None otherwise."""
        written = dotted(arg.value) if isinstance(arg.value, (cst.Name, cst.Attribute)) else None
        if written is None or written.split(".", 1)[0] in frame.env:
            return None
        located = self.expr._constant_literal(written, frame)
        if located is None or located[0] is self.m or not isinstance(located[1], cst.Dict):
            return None
        home, literal = located[0], cst.ensure_type(located[1], cst.Dict)
        keys = [string_value(e.key) if isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString) else None for e in literal.elements]
        if not keys or not all(isinstance(k, str) and k.isidentifier() and k not in given for k in keys):
            return None
        out: list[tuple[cst.Arg, Val]] = []
        for key, element in zip(keys, literal.elements, strict=True):
            value = home.expr.eval(cst.ensure_type(element, cst.DictElement).value, Frame(env={}))
            value = translate(_marked_entry(home, value, written.rsplit(".", 1)[-1], element, str(key)), home.module_id, self.module_id)
            spelled = cst.ensure_type(self.m.stand_in(cst.Arg(value=cst.ensure_type(element, cst.DictElement).value, keyword=cst.Name(str(key))), arg), cst.Arg)
            out.append((spelled, value))
        return out

    def _packed(self, args: Args, frame: Frame, by_position: bool = True, keywords: tuple[str, str] = ("args", "kwargs")) -> Args:
        """The arguments of ``apply_async(args=[a, b], kwargs={"k": v})`` (``Thread(target=f,
        args=(a,), kwargs=opts)``: by keyword only, ``keywords`` naming them), one by one; a list or dict
        the call does not spell out is passed on as ``*args`` / ``**kwargs``."""
        out: list[tuple[cst.Arg, Val]] = []
        given = argument(args, 0 if by_position else None, keywords[0])
        if given is not None and isinstance(given[0].value, (cst.List, cst.Tuple)):
            for element in given[0].value.elements:
                if isinstance(element, cst.StarredElement):
                    break
                out.append((cst.ensure_type(self.m.stand_in(cst.Arg(value=element.value), element.value), cst.Arg), self.expr.eval(element.value, frame)))
        elif given is not None:
            # args=params: passed on as *params (the callee's parameters are not known one by one)
            out.append((cst.ensure_type(self.m.stand_in(cst.Arg(value=given[0].value, star="*"), given[0]), cst.Arg), given[1]))
        named = argument(args, 1 if by_position else None, keywords[1])
        if named is not None and not isinstance(named[0].value, cst.Dict):
            # kwargs=opts: passed on as **opts (a flag in it is not left at its default)
            out.append((cst.ensure_type(self.m.stand_in(cst.Arg(value=named[0].value, star="**"), named[0]), cst.Arg), named[1]))
        if named is not None and isinstance(named[0].value, cst.Dict):
            for entry in named[0].value.elements:
                key = string_value(entry.key) if isinstance(entry, cst.DictElement) and isinstance(entry.key, cst.SimpleString) else None
                if isinstance(entry, cst.DictElement) and isinstance(key, str) and key.isidentifier():
                    arg = cst.Arg(value=entry.value, keyword=cst.Name(key))
                    out.append((cst.ensure_type(self.m.stand_in(arg, entry), cst.Arg), self.expr.eval(entry.value, frame)))
        return out

    def call_local(self, name: str, node: cst.Call, args: Args, frame: Frame) -> Val:
        """A call to a function or class of this module."""
        fn = self.index.functions.get(name)
        if fn is not None:
            if self.def_has_pragma(fn):
                return self.sinks.sink(node, EVERY_ARGUMENT, self._with_files(args), frame, forced=Destination(name, "enforcement sink (pragma)"))
            wrapped = self._wrapper_of(fn, frame) if fn.decorators else None
            if wrapped is not None:
                # @send_to_ice def build(m): ... -- build(m) runs the wrapper the decorator returned, which
                # calls build and sends what it returns
                return self.functions.call_ref(wrapped, args, None, node, frame)
            return self.functions.call_function(fn, None, _with_task_itself(fn, args), None)
        cls = self.index.classes.get(name)
        if cls is not None:
            return self.instance_of(self.m, cls, node, args, frame)
        value = self.expr.module_constant(name) if name in self.index.constants else None
        if value is not None and value.function is not None:
            return self.functions.call_ref(value.function, args, None, node, frame)  # post_referral = partial(requests.post, URL)
        qualified = self.index.qualify(name)
        labels = frozenset({name} | ({qualified} if qualified else set()))
        return Val(labels=labels, model=name if name.endswith("Serializer") else None)

    def _wrapper_of(self, fn: cst.FunctionDef, frame: Frame) -> FunctionRef | None:
        """What a function of the module decorated by functions of the module is: the wrapper its
        decorators return (``def send_to_ice(fn): def wrapper(*a): ... return wrapper``), or a
        decorator factory's (``@send_to(ICE_URL)``); None when a decorator is not one of the module's
        functions or returns no function of its own (``@app.route(...)``, ``@lru_cache``)."""
        value: Val = Val(const=True, function=FunctionRef(fn, id(fn)))
        for decorator in reversed(fn.decorators):
            expr = decorator.decorator
            head = expr.func if isinstance(expr, cst.Call) else expr
            written = dotted(head)
            if written is None:
                return None
            if written in ("staticmethod", "classmethod") and written not in self.index.functions and value.function is not None \
                    and value.function.node is not fn:
                continue  # (@staticmethod over @only_allowed: the wrapper, kept as the class's; round 479a)
            if written in self.index.functions:
                owner, deco = None, self.index.functions[written]
            else:
                # a decorator of another module of the project (from .decorators import sanitize)
                found = self.links.foreign(written, frame.imports) if written.split(".", 1)[0] not in self.index.classes else None
                deco = found[0].index.functions.get(found[1]) if found is not None else None
                if found is None or deco is None:
                    return None
                owner = found[0]
            if isinstance(expr, cst.Call):
                # @send_to(ICE_URL): the factory's result is the decorator
                given = [(a, self.expr.eval(a.value, frame)) for a in expr.args]
                made = (self.functions.call_function(deco, None, given, None) if owner is None
                        else self.links.call_foreign(owner, deco, None, given, None, expr))
                applied = made.function
            else:
                applied = FunctionRef(deco, id(deco)) if owner is None else FunctionRef(deco, id(deco), qual=f"@{owner.module_id}:{deco.name.value}")
            if applied is None or not isinstance(applied.node, cst.FunctionDef) or applied.node is fn:
                return None
            value = self.functions.call_ref(applied, [(cst.Arg(value=fn.name), value)], None, decorator, frame)
            if value.function is None:
                return None
        wrapper = value.function
        return wrapper if wrapper is not None and wrapper.node is not fn else None

    def def_has_pragma(self, fn: cst.FunctionDef | cst.ClassDef, pragma: "re.Pattern[str]" = PRAGMA) -> bool:
        """The pragma is the comment after the ``def`` (or ``class``) header's colon, on the name's line, after one of
        its decorators (``@retry  # medicaid-scope: enforcement``), or alone on the line right above the ``def`` (or
        above its first decorator, or between the decorators and the ``def``)."""
        body = fn.body
        trailing = body.header if isinstance(body, cst.IndentedBlock) else cst.ensure_type(body, cst.SimpleStatementSuite).trailing_whitespace
        if trailing.comment is not None and pragma.search(trailing.comment.value) is not None:
            return True
        if any(d.trailing_whitespace.comment is not None and pragma.search(d.trailing_whitespace.comment.value) is not None for d in fn.decorators):
            return True
        lines = self.index.pragma_lines if pragma is PRAGMA else self.index.not_pragma_lines
        if lines and any(lines.intersection(range(self.m.span(d)[0], self.m.span(d)[1] + 1)) for d in fn.decorators if isinstance(d.decorator, cst.Call)):
            return True  # @retry(times=5,  # medicaid-scope: enforcement / backoff=2.0): a decorator written over lines
        above = [*fn.leading_lines[-1:], *fn.lines_after_decorators[-1:]]
        if any(line.comment is not None and pragma.search(line.comment.value) is not None for line in above):
            return True
        return bool(lines) and self.positions(fn.name)[0] in lines  # no pragma in the module: no position asked

    def cleared_names(self) -> frozenset[str]:
        """Names marked ``# medicaid-scope: not-enforcement``: functions, classes, methods, constants."""
        if not self.index.not_pragma_lines:
            return frozenset()
        names: set[str] = set()
        classes = list(self.index.classes.values())
        defs: list[cst.FunctionDef | cst.ClassDef] = [*self.index.functions.values(), *(c.node for c in classes)]
        defs += [m for c in classes for m in c.methods.values()]
        names.update(d.name.value for d in defs if self.def_has_pragma(d, NOT_PRAGMA))
        for cls in classes:
            if self.def_has_pragma(cls.node, NOT_PRAGMA):
                # class StateReferralBuilder:  # medicaid-scope: not-enforcement: its methods' names too
                # (build_ice_packet); a resolved enforcement host still decides their sends
                names.update(f"{cls.name}.{method}" for method in cls.methods)
        tables = [(None, self.index.constants)] + [(c.name, c.constants) for c in classes]
        for owner, table in tables:
            for name, expr in table.items():
                if owner is None and name in self.index.grown:
                    expr = self.index.grown[name][1]  # grown after its literal: the pragma is on the literal's line
                if self.has_pragma(expr, self.index.not_pragma_lines):
                    names.update({name, f"{owner}.{name}"} if owner else {name})
        for stmt in self.m.module.body:
            # from state_hub.clients import IceHieClient  # medicaid-scope: not-enforcement: the name imported, and
            # what it stands for
            if isinstance(stmt, cst.SimpleStatementLine) and any(isinstance(s, (cst.Import, cst.ImportFrom)) for s in stmt.body) \
                    and self.has_pragma(stmt, self.index.not_pragma_lines):
                for small in stmt.body:
                    aliases = small.names if isinstance(small, (cst.Import, cst.ImportFrom)) and not isinstance(small.names, cst.ImportStar) else ()
                    first, last = self.span(stmt)
                    # on the statement's first or last line (its "(" or ")"): every name it imports
                    whole = first == last or first in self.index.not_pragma_lines or last in self.index.not_pragma_lines
                    for alias in aliases:
                        if not whole and not self.has_pragma(alias, self.index.not_pragma_lines):
                            continue  # from x import (A,  # medicaid-scope: not-enforcement / B): A only
                        local = alias.asname.name if alias.asname is not None and isinstance(alias.asname.name, cst.Name) else alias.name
                        written = dotted(local)
                        if written is not None:
                            names.add(written)
                            names.add(self.index.imports.get(written, written))
        return frozenset(names)

    def marked_names(self) -> frozenset[str]:
        """Constants marked ``# medicaid-scope: enforcement`` on their line (``GATEWAY = "https://..."  #
        medicaid-scope: enforcement``): a destination they supply is enforcement (SPEC section 4)."""
        if not self.index.pragma_lines:
            return frozenset()
        names: set[str] = set()
        tables = [(None, self.index.constants)] + [(c.name, c.constants) for c in self.index.classes.values()]
        for owner, table in tables:
            for name, expr in table.items():
                if owner is None and name in self.index.grown:
                    expr = self.index.grown[name][1]
                if self.positions(expr)[0] in self.index.pragma_lines:  # on the constant's own (first) line only
                    names.add(f"{owner}.{name}" if owner else name)
        return frozenset(names)

    def instantiate(self, cls: ClassInfo, node: cst.Call, args: Args, owner: "ModuleAnalysis | None" = None, frame: Frame | None = None) -> Val:
        """``Model(ssn=..., dob=...)``: a payload model instance, or an object of a module class."""
        if cls.is_serializer:
            made = Val(model=cls.name, labels=frozenset({cls.name}))  # MemberSerializer(m): its .data holds its fields
            given_in = [held for arg, held in args if arg.keyword is None or arg.keyword.value in ("data", "instance")]
            if given_in and self.index.classes.get(cls.name) is cls:
                # IceDetainerSerializer(data=resp.json()) only ever: what enforcement answered, no payload (as a model)
                self.note_filled(cls.name, given_in)
            told = argument(args, None, "unknown")
            if told is not None:
                # Schema(unknown=INCLUDE): what its load() keeps of unknown keys, over the Meta's
                made = made.with_labels({UNKNOWN_KEYS_MARK + source_text(told[0].value).lower()})
            given_data = argument(args, None, "data")
            if given_data is not None and not self.rules.is_payload_model(cls.name, self.m.cleared):
                # LeadSerializer(data={...}): its validated_data is what it was given, of its declared fields
                made = replace(made, attrs=((SERIALIZER_INPUT, given_data[1]),))
            only, exclude = _names_given(argument(args, None, "only")), _names_given(argument(args, None, "exclude"), deny=True)
            # marshmallow's load_only=("ssn",): read when loading, never in what the schema dumps
            load_only = _names_given(argument(args, None, "load_only"))
            if load_only is not None:
                exclude = (*(exclude or ()), *load_only)
            declared = self.functions.declared_fields(cls.name) if only is not None or exclude is not None else None
            only_node = argument(args, None, "only")
            # (only=cols of a list the running function fills: each name where it was written into the list; round 487a)
            listed = self.expr.column_list(only_node[0].value, frame) if only_node is not None else None
            if listed is not None and load_only is not None:
                listed = [p for p in listed if not p.names & frozenset(load_only)]
            if declared is None and listed is not None and not self.rules.is_payload_model(cls.name, self.m.cleared):
                return replace(container(listed), model=cls.name, labels=made.labels)  # a schema of another module: only= names the columns
            if declared is None:
                return made
            chosen = only_keys(declared, only) if only is not None else declared  # Schema(only=("cin", "dob"))
            if listed is not None and not self.rules.is_payload_model(cls.name, self.m.cleared):
                # member_ref = fields.Str(attribute="ssn") listed in only=: the element carries where the field reads from
                read_from = {q.key: q.names for q in declared.placements if q.key is not None}
                listed = [replace(p, names=p.names | read_from.get(p.key, frozenset())) if p.key is not None else p for p in listed]
                if cls.declared_only:
                    # only=("medicaid_id", "tax_ref") with tax_ref in Meta.exclude: a Schema dumps only fields it has
                    listed = [p for p in listed if p.key is None or p.key in read_from]
                chosen = container(listed)  # only= is a column list (SPEC section 3): each name placed at its own element
            chosen = without_keys(chosen, exclude) if exclude is not None else chosen
            return replace(chosen, model=cls.name, labels=made.labels)
        if not cls.is_model:
            return self.construct(cls, args, node, owner)
        root = argument(args, 0, "root") if self._root_model(cls) else None
        if root is not None:
            # Batch([Identity(...)]) of class Batch(RootModel[list[Identity]]): it holds, and dumps, its root
            return replace(root[1], model=None, labels=root[1].labels | {cls.name})
        if self.rules.is_payload_model(cls.name, self.m.cleared):
            # its fields are reported at their declarations; the constructor keywords are not reported again
            # (a model of another module: its declarations are placements there, reported at the send here)
            local = cls.name in self.index.classes and self.index.classes[cls.name] is cls
            if local:
                self.note_filled(cls.name, [v for _, v in args])  # IceNotice(**item) of resp.json()
            declared = self.functions.declared_fields(cls.name if local else f"@{owner.module_id}:{cls.name}" if owner is not None else None)
            if declared is not None:
                # IceReferral(dob=m.ssn): a value that names another known category than the field it fills
                # is not what the declaration says; it is placed at its keyword (SPEC section 5)
                # (EroRow(m.ssn, m.phone): a positional argument fills the declared field of its position)
                order = (owner or self.m).functions.field_names(cls)
                filled = [(a, v, a.keyword.value if a.keyword is not None else order[i] if i < len(order) else None)
                          for i, (a, v) in enumerate(args) if not a.star]
                other = [p for a, v, key in filled if key is not None and not v.const
                         for p in place(v, *self.positions(a), key) if self.names_other_category(p, key)]
                if (owner or self.m).functions.keeps_extra(cls):
                    # IceReferral(**full) of a model with extra="allow": the keys it does not declare are kept and dumped
                    # with it, placed where they were (a keyword it does not declare, at the keyword)
                    declared_keys = set(order)
                    other += [p for a, v in args if a.star == "**" for p in v.placements if p.key is not None and p.key not in declared_keys]
                    other += [p for a, v, key in filled if a.keyword is not None and key not in declared_keys and not v.const
                              for p in place(v, *self.positions(a), key)]
                return replace(declared, placements=declared.placements + tuple(other)).with_labels({cls.name}) if other else declared.with_labels({cls.name})
        field_names = (owner or self.m).functions.field_names(cls)
        # what the model serializes, when every base is known: other keywords are ignored extras or excluded fields
        field_set = set(field_names) if (owner or self.m).functions.fields_complete(cls) else set()
        placements: list[Placement] = []
        where_to: list[tuple[str, Val]] = []
        given_attrs: list[tuple[str, Val]] = []  # each field's value, for __post_init__
        positional = 0
        # ref: str = Field(serialization_alias="socialSecurityNumber"): the value given for the field goes out under that
        # name too; Subject(socialSecurityNumber=m.ref) of Field(alias=...) fills the field the alias names
        aliases = {name: found for name, stmt in cls.fields if (found := field_sources(stmt))} if cls.fields else {}
        for arg, val in args:
            line, col = self.arg_position(arg)
            if arg.star == "**":
                # Model(**row): the row fills the model's declared fields (and only those), placed at the ** source
                # (a key that is a field's alias fills that field: Model(**{"SSN": m.ssn}) of Field(alias="SSN"))
                given = [p for p in val.placements if not field_set or p.key in field_set or any(p.key in found for found in aliases.values())]
                placements.extend(given)
                covered = {p.key for p in given} | {name for name, found in aliases.items() if any(p.key in found for p in given)}
                # a field the row does not visibly hold: unknown when nothing is known of the row (MCD104 for
                # an unknown name), a default when the row's keys are known
                unseen = not val.placements or is_whole(val)
                sources = {name: field_sources(stmt) for name, stmt in cls.fields}
                # (a field the row's known keys do not hold keeps its default: nothing of the row is in it)
                placements.extend(Placement(line, col, frozenset({name} | sources.get(name, set())), key=name, key_only=True, declared=unseen)
                                  for name in field_names if name not in covered and (unseen or not all(p.key is not None for p in val.placements)))
                continue
            if arg.star == "*":
                # Row(*raw): the values fill the declared fields from this position on, placed at the * source
                placements.extend(val.placements)
                placements.extend(Placement(line, col, frozenset({name}), key=name, key_only=True, declared=not val.placements or is_whole(val))
                                  for name in field_names[positional:])
                positional = len(field_names)
                continue
            if arg.keyword is not None:
                key: str | None = arg.keyword.value
                if field_set and key not in field_set:
                    key = next((name for name, found in aliases.items() if key in found and name in field_set), None)
                    if key is None:
                        continue  # Field(exclude=True), or an extra the model ignores: never serialized
            else:
                key = field_names[positional] if positional < len(field_names) else None
                positional += 1
            also = aliases.get(key, set()) if key is not None else set()
            placements.extend(replace(p, names=p.names | also) if also and (p.line, p.col) == (line, col) else p for p in place(val, line, col, key))
            if key is not None:
                given_attrs.append((key, val))
            if key is not None and ((val.const and val.text is not None and ("://" in val.text or "@" in val.text or names_storage(key)))
                                    or (names_a_destination(key) and not val.placements and not val.names)
                                    or ((val.model is not None or val.client is not None) and not val.placements and not val.bulk)
                                    # PartnerSpec(allowed=("medicaid_id", "date_of_birth")): an allow-list read back by name
                                    or (val.const and val.items is not None and val.text is None and not val.placements)):
                # (Job(Client(ICE_BASE)): an object kept on the record, whose methods its methods call)
                # Endpoints(referral_url="https://..."), Endpoints(referral_url=env["ICE_URL"]): where it
                # sends, read back by name (never the class's default)
                where_to.append((key, val))
        made = container(placements, model=cls.name, labels=frozenset({cls.name, CONSTRUCTED_MARK}))
        if given_attrs and len(given_attrs) == len(args) and all(v.const and (v.text is not None or v.items is not None) for _, v in given_attrs):
            # Endpoint(host="eid.ice.gov", path="api/v1/persons"): every attribute is the constant it was given
            kept = {key for key, _ in where_to}
            where_to += [(key, val) for key, val in given_attrs if key not in kept]
            made = made.with_labels({LITERAL_OBJECT_MARK})
        elif given_attrs:
            # Subject(cin=m.cin, ssn="REDACTED"): read back, s.ssn is that constant (SPEC section 5), as after
            # s.ssn = "REDACTED"
            kept = {key for key, _ in where_to}
            where_to += [(key, val.with_labels({MASKED_MARK})) for key, val in given_attrs if key not in kept and is_scalar_constant(val)]
        made = replace(made, attrs=tuple(where_to)) if where_to else made
        post = self._post_init(cls) if owner is None or owner is self.m else None
        if post is not None and post[0] is self.m and post[2] not in self._stack:
            # a dataclass's __post_init__ runs on the fields it was given: what it sets on self is the object's
            ran = self.functions.run_function(post[2], post[1], [], Val(model=cls.name, attrs=tuple(given_attrs)))
            if ran.self_attrs:
                made = with_attrs(made, dict(ran.self_attrs))
                made = self._post_init_fields(made, post[2], dict(ran.self_attrs), dict(given_attrs), set(field_names))
        return made

    def _post_init(self, cls: ClassInfo) -> "tuple[ModuleAnalysis, ClassInfo, cst.FunctionDef] | None":
        """The method that runs on a new object once its fields are set: a dataclass's ``__post_init__``,
        attrs' ``__attrs_post_init__``, pydantic's ``model_post_init`` or an ``@model_validator(mode="after")``."""
        for name in ("__post_init__", "__attrs_post_init__", "model_post_init"):
            found = self.links.find_method(cls, name)
            if found is not None:
                return found
        for method in cls.methods.values():
            for d in method.decorators:
                call = d.decorator
                if isinstance(call, cst.Call) and (dotted(call.func) or "").rpartition(".")[2] == "model_validator" and any(
                        a.keyword is not None and a.keyword.value == "mode" and isinstance(a.value, cst.SimpleString) and string_value(a.value) == "after"
                        for a in call.args):
                    return self.m, cls, method
        return None

    def _post_init_fields(self, made: Val, post: cst.FunctionDef, stored: dict[str, Val], given: dict[str, Val], fields: set[str]) -> Val:
        """The object ``made`` once ``__post_init__`` stored new data into its declared fields
        (``self.notes = lookup_dx(self.cin)``): what ``asdict`` dumps of such a field is placed at the
        store; the constructor keyword's placement goes when the store replaced its data."""
        placements = list(made.placements)
        for name, val in stored.items():
            before = given.get(name)
            if name in fields and val.const and not val.placements:
                # self.ssn = None in __post_init__ (or a pydantic after-validator): the field holds a constant now
                # (only a store on the method's own path: `if not self.ssn: self.ssn = None` keeps a given SSN)
                if self._stored_unconditionally(post, name):
                    placements = [p for p in placements if p.key != name]
                continue
            new = _all_names(val) - (_all_names(before) if before is not None else frozenset())
            if name not in fields or not new:
                continue
            where = self._store_of(post, name)
            if where is None:
                continue
            if before is not None and not _all_names(before) <= _all_names(val):
                placements = [p for p in placements if p.key != name]
            placements.extend(place(val, *where, name))
        return replace(made, placements=tuple(placements)) if len(placements) != len(made.placements) else made

    @staticmethod
    def _stored_unconditionally(fn: cst.FunctionDef, attr: str) -> bool:
        """``fn``'s body itself (not a branch, loop or ``try`` of it) stores into ``self.<attr>``."""
        for stmt in block_statements(fn.body):
            for small in stmt.body if isinstance(stmt, cst.SimpleStatementLine) else ():
                targets = [t.target for t in small.targets] if isinstance(small, cst.Assign) else [small.target] if isinstance(small, cst.AnnAssign) else []
                if any(isinstance(t, cst.Attribute) and isinstance(t.value, cst.Name) and t.value.value == "self" and t.attr.value == attr for t in targets):
                    return True
        return False

    def _store_of(self, fn: cst.FunctionDef, attr: str) -> tuple[int, int] | None:
        """Where ``fn`` last stores a value into ``self.<attr>``: the position of that value."""
        found = None
        for stmt in walk(fn.body, prune=lambda n: isinstance(n, (cst.FunctionDef, cst.ClassDef, cst.Lambda))):
            if not isinstance(stmt, cst.SimpleStatementLine):
                continue
            for small in stmt.body:
                if isinstance(small, (cst.Assign, cst.AnnAssign)) and small.value is not None:
                    targets = [t.target for t in small.targets] if isinstance(small, cst.Assign) else [small.target]
                    if any(isinstance(t, cst.Attribute) and isinstance(t.value, cst.Name) and t.value.value == "self" and t.attr.value == attr for t in targets):
                        found = (stmt, small.value)
        if found is None:
            return None
        running = self.m.running
        if running is not None:
            running.append(found[0])
        try:
            return self.positions(found[1])
        finally:
            if running is not None:
                running.pop()

    def _formatted_field(self, node: cst.BaseExpression, receiver: Val) -> bool:
        """``row["last_visit"].format(...)``, ``arrow.get(m.last_visit).format(...)``: a field's own ``format``, not a
        template's (a name that says template, ``email_template``, ``address_change_template``, is one)."""
        name = node.attr.value if isinstance(node, cst.Attribute) else node.value if isinstance(node, cst.Name) else ""
        if set(name_words(name)) & _TEMPLATE_HINTS:
            return False
        return any(self.vocabulary.classify(n) is not None for n in receiver.names)

    def _format_known(self, receiver: Val, method: str, args: Args, frame: Frame) -> Val:
        """``template.format(...)`` / ``format_map(...)`` of a template whose text is known: each value placed where
        it enters the string, only the ones the template reads."""
        if method == "format_map" and receiver.text is not None and len(args) == 1 and not args[0][0].star and args[0][0].keyword is None:
            spread = self._spread_keywords([(args[0][0].with_changes(star="**"), args[0][1])], frame)
            if all(a.keyword is not None for a, _ in spread):
                # "{base}/{cin}".format_map(parts) with parts a dict literal: as .format(**parts), each entry where it is written
                method, args = "format", spread
        assert receiver.text is not None
        mapping = args[0] if method == "format_map" and args else next(((a, v) for a, v in args if a.star == "**"), None)
        supplied = [(a, v) for a, v in args if a.star != "**"] if method == "format" else []
        # a template partly unknown (a hole, or read from the environment) may name any argument
        known = HOLE not in receiver.text and ENV_MARK not in receiver.labels
        bare = _bare_fields(receiver.text, supplied) if known else None
        # each value placed where it enters the string; one the template reads only a part of
        # ("{0[cin]}".format(row)) or never names ("{cin}".format(**row)) does not enter it whole
        parts = [self.expr.interpolated(v, a.value) for i, (a, v) in enumerate(supplied) if bare is None or i in bare]
        parts += self._format_fields(receiver.text, supplied)  # "{0.cin}|{0.ssn}".format(m): the fields it reads
        if mapping is not None:
            # "{ssn}".format(**row), "{ssn}".format_map(row): each named field read from the mapping
            named = {a.keyword.value for a, _ in supplied if a.keyword is not None}
            for match in _BRACES.finditer(receiver.text):
                head = re.split(r"[.\[:!]", match.group(0)[1:-1], maxsplit=1)[0]
                if head and not head.isdigit() and head.isidentifier() and head not in named:
                    named.add(head)
                    entry = tuple(p for p in mapping[1].placements if p.key == head and p.kind == "field" and not p.key_only)
                    # T.format_map(_rec(m)) of a dict a helper built: each entry the template reads where it was written
                    parts.append(container(entry) if entry else self.expr.interpolated(self.expr.read_key(mapping[1], head), mapping[0].value))
        formatted = replace(combine(receiver, *parts), text=_format(receiver.text, supplied))
        # "{}/notices/{}".format(CASE_URL, notice.ice_notice_number): a value in the path names no destination
        in_path = _fields_in_path(receiver.text)
        dropped = frozenset().union(*(self.expr.path_data_labels("/", v) for i, (a, v) in enumerate(supplied)
                                      if (a.keyword.value if a.keyword is not None else i) in in_path))
        dropped -= receiver.labels.union(*(v.labels for i, (a, v) in enumerate(supplied) if (a.keyword.value if a.keyword is not None else i) not in in_path))
        formatted = path_marked(formatted, dropped)
        varied = [i for i, (_, v) in enumerate(supplied) if v.text is None and v.alternatives]
        if len(varied) == 1:
            # SQL.format(where=" AND ".join(clauses)) with clauses one of two lists: either text, whole
            at = varied[0]
            alternatives = tuple(_format(receiver.text, [(a, const_val(text=t)) if i == at else (a, v) for i, (a, v) in enumerate(supplied)])
                                 for t in supplied[at][1].alternatives or ())
            formatted = replace(formatted, alternatives=alternatives)
        return formatted

    def call_method(self, func: cst.Attribute, node: cst.Call, args: Args, frame: Frame) -> Val:
        """``receiver.method(...)``."""
        method = func.attr.value
        owner_expr = func.value
        by_factory = factory_element(self, func, node, args, frame) if isinstance(owner_expr, cst.Name) and method[:1].isupper() else None
        if by_factory is not None:
            return by_factory  # E.Subject(E.SSN(m.ssn)) of lxml's element factory
        table_root = owner_expr
        while isinstance(table_root, cst.Subscript) and len(table_root.slice) == 1 and isinstance(table_root.slice[0].slice, cst.Index) \
                and isinstance(table_root.slice[0].slice.value, cst.SimpleString):
            table_root = table_root.value  # CONFIG["partners"].values(): a table nested in a constant
        if method == "values" and not node.args and isinstance(table_root, (cst.Name, cst.Attribute)) and not (
                isinstance(table_root, cst.Name) and (table_root.value in self.index.grown or self.statements._grown_anywhere(table_root.value))):
            # (a table some function adds to may hold other values: review 55e; asked of .values() calls only)
            table_values = self.statements._constant_values(node, frame)
            if table_values and len(table_values) <= 16 and all(v.const and destination_like(v.text) and not v.placements for v in table_values):
                # URLS.values() of a constant table of URLs (or hosts): those texts, each an element (a comprehension over it,
                # or a name bound to it and looped over, sees each URL in turn, round 408a; a table of column names is read
                # as before, review 55d)
                return Val(const=True, elements=tuple(table_values))
            if table_values and len(table_values) <= 16 and all(v.const and v.text is None and v.attrs and not v.placements for v in table_values) \
                    and any(destination_like(a.text) for v in table_values for _, a in v.attrs or () if a.text is not None):
                # PARTNERS.values() of a table of dicts holding URLs ({"ice": {"url": ...}}): each dict an element (a
                # comprehension sending to c["url"] for each, round 436a)
                return Val(const=True, elements=tuple(table_values))
            if table_values and all(v.const and v.text is not None and HOLE not in v.text and not v.placements for v in table_values):
                # COLS.values() of a table of column names: those names, as a constant list of them is (review 55d)
                return const_val(items=tuple(dict.fromkeys(v.text for v in table_values if v.text is not None)))
        if method in ("encode", "iterencode") and args and isinstance(owner_expr, (cst.Name, cst.Call)):
            # MemberEncoder().encode(member) of a json.JSONEncoder of the project: as json.dumps(member, cls=MemberEncoder)
            encoder_expr = owner_expr.func if isinstance(owner_expr, cst.Call) else owner_expr
            held = frame.env.get(encoder_expr.value) if isinstance(encoder_expr, cst.Name) else None
            encoder_name = held.model if held is not None else dotted(encoder_expr)
            encoder = self.links.class_of(encoder_name) if encoder_name else None
            if encoder is not None and encoder[0].links.find_method(encoder[1], "default") is not None \
                    and encoder[0].links.find_method(encoder[1], method) is None:  # (an encode() of its own runs as written)
                ran = self._run_hook(None, encoder, node, args, frame)
                if ran is not None:
                    return ran
        if method in (*LIBRARY.option_methods, *LIBRARY.option_parsers, *LIBRARY.option_pair_parsers, *LIBRARY.option_setters) \
                and isinstance(owner_expr, cst.Name) and owner_expr.value in frame.env:
            parsed = self._command_line(method, owner_expr.value, node, frame)
            if parsed is not None:
                return parsed
        elif method in (*LIBRARY.option_parsers, *LIBRARY.option_pair_parsers):
            # build_parser().parse_args(), and PARSER.parse_args() of a parser the module built at its top level
            parser_val = self.expr.eval(owner_expr, frame) if isinstance(owner_expr, cst.Call) else self._module_parser(owner_expr.value) \
                if isinstance(owner_expr, cst.Name) and owner_expr.value not in frame.env and owner_expr.value in self.index.constants else None
            if parser_val is not None and OPTIONS_MARK in parser_val.labels:
                frame.env["<parser>"] = parser_val
                try:
                    parsed = self._command_line(method, "<parser>", node, frame)
                finally:
                    del frame.env["<parser>"]
                if parsed is not None:
                    return parsed
        rule = _given_as_text(LIBRARY.methods.get(method), args)
        does = rule.does if rule is not None else None
        if method == "copy" and args and args[0][1].const and args[0][1].text is not None and _COPY.match(args[0][1].text) \
                and "copy_expert" in LIBRARY.methods:
            # with cur.copy("COPY members (cin, first_name) TO STDOUT") as cp (psycopg 3): the rows it streams, as
            # copy_expert writes them into a file (a dict's copy() is given no COPY statement)
            streamed = self.sql_query(LIBRARY.methods["copy_expert"], args, node)
            if streamed is not None:
                return streamed
        if does == "record" and isinstance(owner_expr, cst.Name) and owner_expr.value in frame.env:
            dumped = frame.env[owner_expr.value]
            if LIBRARY_OBJECT_MARK in dumped.labels and not dumped.placements and not dumped.names and not dumped.bulk \
                    and self._literal_library_object(owner_expr.value):
                return const_val()  # Bundle(type="collection", entry=[]).json(): only the constants it was made of
        if does == "model_constructor" and isinstance(owner_expr, cst.Name) and (owner_expr.value not in frame.env or owner_expr.value == "cls"):
            model = self.index.classes.get(owner_expr.value) if owner_expr.value != "cls" else None
            home: ModuleAnalysis = self.m
            if owner_expr.value == "cls" and frame.cls is not None:
                # cls.model_validate(row) in a classmethod: the model it was called on (a subclass too)
                runtime = frame.env.get("cls")
                found_cls = self.links.class_of(runtime.model) if runtime is not None and runtime.model is not None else None
                model = found_cls[1] if found_cls is not None else frame.cls
            elif model is None:
                other = self.links.foreign_class(owner_expr.value)  # a model of another module of the project
                model = other[1] if other is not None else None
                home = other[0] if other is not None else self.m
            literal = args[0][0].value if method == "_make" and len(args) == 1 and not args[0][0].star else None
            if model is not None and model.is_model and isinstance(literal, (cst.List, cst.Tuple)) \
                    and not any(isinstance(e, cst.StarredElement) for e in literal.elements):
                # Enrollee._make([m.cin, m.dob]): the named tuple made from those values by position
                by_position: list[tuple[cst.Arg, Val]] = []
                for element in literal.elements:
                    made_arg = cst.Arg(value=element.value)
                    self.m.alias_position(made_arg, element)
                    by_position.append((made_arg, self.expr.eval(element.value, frame)))
                return self.instance_of(home, model, node, by_position)
            if model is not None and model.is_model and not model.is_serializer:
                return self.validate_model(model, node, args, home)
        if does == "typed_fill" and rule is not None and rule.model is None:
            # TypeAdapter(list[IceDetainer]).validate_python(data), or ADAPTER.validate_python(data) of such a constant
            made = owner_expr
            if isinstance(made, cst.Name) and made.value not in frame.env and isinstance(self.index.constants.get(made.value), cst.Call):
                made = self.index.constants[made.value]
            if isinstance(made, cst.Call) and made.args and not made.args[0].keyword and (self.index.qualify(dotted(made.func) or "") or "").endswith("TypeAdapter"):
                filled = self.typed_fill(made.args[0].value, argument(args, rule.arg if isinstance(rule.arg, int) else 0, rule.arg_kw), node)
                if filled is not None:
                    return filled
        objects = self.table_objects(owner_expr, frame) if isinstance(owner_expr, cst.Subscript) else None
        if objects is not None:
            # CLIENTS[partner].send(body), CLIENTS = {"ice": IceClient(), ...}: the method of each object the
            # table may give (of that key's only, when the key is known)
            return join(*(self.method_on(obj, owner_expr, method, node, args, frame) for obj in objects))
        if _is_super(owner_expr) and frame.cls is not None and method in ("encode", "iterencode") and args \
                and any((self.index.qualify(b) or b).startswith(("json.", "simplejson.")) for b in frame.cls.bases) and self._encodes_by_library(frame.cls):
            # return super().encode(o) in an encoder's own encode(): json's encode of o, with this class's default
            hooked_default = self._run_hook(None, (self.m, frame.cls), node, args, frame) if self.links.find_method(frame.cls, "default") else None
            return hooked_default or args[0][1]
        if _is_super(owner_expr) and frame.cls is not None:
            # super(IceTransport, self).post(...): the lookup starts after the class it names
            named = owner_expr.args[0].value if isinstance(owner_expr, cst.Call) and owner_expr.args else None
            after = self.links.class_of(named.value) if isinstance(named, cst.Name) else (self.m, frame.cls)
            home, first_cls = after if after is not None else (self.m, frame.cls)
            for base in first_cls.bases:  # super().send(...): the method of a base class, on this object
                base_cls = (home, home.index.classes[base]) if base in home.index.classes else home.links.foreign_class(base)
                found = base_cls[0].links.find_method(base_cls[1], method) if base_cls is not None else None
                if found is not None:
                    self.m.last_self = {}
                    result = self.call_method_of(found, args, frame.env.get("self") or Val(model=frame.cls.name), node)
                    if self.m.last_self:
                        frame.self_attrs.update(self.m.last_self)  # super().__init__(ICE_URL): what the base set on this object
                    return result
            spec = home.calls.library_base(first_cls) if method == "__init__" else None
            if spec is not None:
                # class PartnerHttp(httpx.Client): super().__init__(base_url=self.BASE) run for this object (a
                # subclass's BASE, or the URL a subclass's __init__ handed on): the library client it is
                runtime = frame.env.get("self")
                name = runtime.model.rsplit(":", 1)[-1] if runtime is not None and runtime.model else frame.cls.name
                frame.self_attrs[LIBRARY_CLIENT] = self.make_client(spec, args).with_labels({name})
                return OPAQUE
            if method == "to_representation" and frame.cls.is_serializer:
                # data = super().to_representation(instance) in a serializer: its declared fields, which the
                # override then changes (data.pop("ssn"))
                return self.record_fields(frame.env.get("self") or Val(model=frame.cls.name), node)
        if isinstance(owner_expr, cst.Name) and owner_expr.value not in frame.env and frame.cls is not None and args \
                and args[0][0].keyword is None and not args[0][0].star and isinstance(args[0][0].value, cst.Name) and args[0][0].value.value == "self":
            # BaseTransport.post(self, path, payload), Base.__init__(self, url): that class's method, on this object
            named_cls = self.links.class_of(owner_expr.value)
            found = named_cls[0].links.find_method(named_cls[1], method) if named_cls is not None else None
            if found is not None and not decorated(found[2], ("staticmethod", "classmethod")):
                self.m.last_self = {}
                result = self.call_method_of(found, args[1:], frame.env.get("self") or Val(model=frame.cls.name), node)
                if self.m.last_self:
                    frame.self_attrs.update(self.m.last_self)
                return result
        if isinstance(owner_expr, cst.Name) and owner_expr.value in ("self", "cls") and frame.cls is not None:
            # the object's own class first: a subclass's override of a method its base calls on self
            runtime = frame.env.get(owner_expr.value)
            start: tuple[ModuleAnalysis, ClassInfo] | None = None
            if runtime is not None and runtime.model is not None and runtime.model != frame.cls.name:
                start = self.links.class_of(runtime.model)
            found = start[0].links.find_method(start[1], method) if start is not None else None
            found = found or self.links.find_method(frame.cls, method)
            if found is not None:
                self.m.last_self = {}
                me = frame.env.get(owner_expr.value) or Val(model=frame.cls.name)
                if owner_expr.value == "self" and frame.self_attrs and me.model is not None:
                    me = with_attrs(me, frame.self_attrs)  # self.items.append(x); self.flush(): flush sees the item
                result = self.call_method_of(found, args, me, node)
                if owner_expr.value == "self" and self.m.last_self:
                    frame.self_attrs.update(self.m.last_self)  # self.scrub(): what it set on this object holds here on
                return result
            if method in LIBRARY.models.serializer_getters:
                served = self.functions.view_serializer(frame.cls)
                if served is not None:
                    return served  # self.get_serializer(data=...) of a view whose serializer_class is one of the project's
            if method in LIBRARY.models.queryset_getters and not args:
                # self.get_queryset() of a view that declares queryset = Recipient.objects.all(): those records
                cls_now = start[1] if start is not None and start[0] is self.m else frame.cls
                held_set = next((v for v in (self.functions.class_attribute(cls_now, a) for a in LIBRARY.models.queryset_attributes) if v is not None), None)
                if held_set is not None:
                    return held_set
            held = self.functions.self_attribute(method, frame)
            if held is not None and held.function is not None:
                # self._send = self.session.post (or a partial, a lambda), then self._send(URL, json=body)
                return self.functions.call_ref(held.function, args, frame.cls, node, frame)
            if held is not None and held.model is not None and held.client is None:
                called = self.method_on(held, owner_expr, "__call__", node, args, frame)  # self.forward = Forwarder(): its __call__
                if called is not OPAQUE:
                    return called
            own = frame.env.get("self")
            inherited = dict(own.attrs or ()).get(LIBRARY_CLIENT) if own is not None else None
            inherited = inherited or self.library_client_of(frame.cls)
            if inherited is not None:
                # class IceSession(requests.Session): self.post(...) is the session's own send
                return self.client_method(inherited, owner_expr, method, node, args, frame)
        written_owner = dotted(owner_expr) if isinstance(owner_expr, (cst.Name, cst.Attribute)) else None
        if isinstance(owner_expr, cst.Name) and owner_expr.value in frame.env:
            alias = self._class_alias(owner_expr, frame)  # builder = Shapes; builder.full(m)
            written_owner = alias.value if alias is not None else None
            if written_owner is None and frame.env[owner_expr.value].model is None:
                # klass = shp.Shapes; klass.full(m): a class of another module reached through its module
                bound = self.functions.bound_here(owner_expr.value)
                spelled = {dotted(b) for b in bound if isinstance(b, cst.Attribute)}
                written = spelled.pop() if len(spelled) == 1 and len(bound) == 1 else None
                if written is not None and written.partition(".")[0] in self.index.imports and self.links.class_of(written) is not None:
                    written_owner = written
        if written_owner is not None and written_owner.partition(".")[0] not in frame.env and (
                "." not in written_owner or written_owner.partition(".")[0] in self.index.imports):
            # Builder.build(m), shapes.Builder.build(m): a static or class method called on a class of the project
            cls_found = self.links.class_of(written_owner)
            found = cls_found[0].links.find_method(cls_found[1], method) if cls_found is not None else None
            if found is not None and decorated(found[2], ("staticmethod", "classmethod")):
                assert cls_found is not None
                return self.call_method_of(found, args, Val(model=self.class_ref(*cls_found)), node)
        outer_filled, self.expr.filled = self.expr.filled, owner_expr if method in MUTATORS else None
        try:
            receiver = self.expr.eval(owner_expr, frame)
        finally:
            self.expr.filled = outer_filled
        if method in ("merge", "join") and isinstance(owner_expr, cst.Call):
            self.m.receivers[id(owner_expr)] = receiver  # eligibility(p).merge(other): what the call gave (Population)
        if receiver.objects is not None:
            # client = CLIENTS[partner]; client.send(body): the method of each object the table may have given
            return join(*(self.method_on(obj, owner_expr, method, node, args, frame) for obj in receiver.objects))
        if XML_ELEMENT_MARK in receiver.labels:
            by_element = element_method(self, receiver, owner_expr, method, node, args, frame)  # el.set("ssn", m.ssn), tree.write(path)
            if by_element is not None:
                return by_element
        if method in FIELD_VALUE_METHODS and FIELDS_MARK in receiver.labels and receiver.const:
            return self.expr.whole_record(node)  # for f in m._meta.fields: f.value_from_object(m): every field of m
        if self._stored_by_method(owner_expr, method, node, args, frame):
            return OPAQUE
        if method in ("add_header", "add_unredirected_header") and len(args) >= 2 and args[0][0].keyword is None and args[1][0].keyword is None \
                and (header := const_text(args[0][1])) is not None:
            # req = urllib.request.Request(ICE_URL); req.add_header("X-Member-Lang", m.preferred_language): sent with the request
            value = args[1]
            if self.sinks.set_on_request(receiver, "headers", container(place(value[1], *self.positions(value[0]), header)), value[0].value, frame):
                return OPAQUE
        if receiver.response:
            key = const_text(args[0][1]) if method == "get" and args else None
            # resp.json().get("ssn"); resp.json(): what came back (from enforcement, when it did)
            if key is not None:
                return self.expr.read_key(receiver, key)
            body = {BODY_MARK} if method in shipped().answer_bodies and not receiver.labels & {INBOUND_MARK, CAUGHT_MARK} else set()
            # (resp.json() of another system's answer: its body, named by where it is put; resp.raise_for_status(): nothing)
            return replace(RESPONSE, labels=(receiver.labels & {INBOUND_MARK, ANSWERED_BY_STATUS_MARK, BODY_MARK}) | body)
        owners = sorted(receiver.labels)
        if receiver.model is not None and self.sinks.configured_sinks:
            # VendorBus(ch).emit(...), bus.emit(...) with bus: VendorBus and gw.bus.VendorBus.emit configured
            written = receiver.model.rsplit(":", 1)[-1]
            local = written in self.index.classes and not receiver.model.startswith("@")
            owners.append(self.index.qualify(written) or (f"{self.index.name}.{written}" if local and self.index.name else "." + written))
            found_cls = self.links.class_of(receiver.model)
            found = found_cls[0].links.find_method(found_cls[1], method) if found_cls is not None else None
            if found is not None and found[0].index.name:
                # LoudOutbox().push(...) with app.outbox.Outbox.push configured: the class that defines the method
                owners.append(f"{found[0].index.name}.{found[1].name}")
        for owner_label in owners:
            configured = self.sinks.configured_sink(f"{owner_label}.{method}")  # pub = Publisher(); pub.publish(...)
            if configured is not None:
                # (mft.put_extract("extract.csv") of a method configured as a sink: the file it names carries what was
                # written to it, as a configured function's does; round 517c)
                return self.sinks.sink(node, EVERY_ARGUMENT, self._with_files(args), frame, forced=Destination(configured, "configured sink"))
        if receiver.client is not None and receiver.client.kind == "email" and method == "replace_header" and len(args) >= 2 \
                and isinstance(owner_expr, cst.Name) and owner_expr.value in frame.env and const_text(args[0][1]) is not None:
            # msg.replace_header("To", STATE_DESK): that header's recipients are the new value only (where it runs each time)
            if self.statements.runs_each_time(node):
                self.files.remove_recipients(receiver, const_text(args[0][1]) or "")
            self.files.add_recipient(receiver, const_text(args[0][1]) or "", args[1][1])
            return OPAQUE
        if (receiver.client is not None and receiver.client.kind == "email" and method == "add_header" and len(args) >= 2
                and isinstance(owner_expr, cst.Name) and owner_expr.value in frame.env):
            # msg.add_header("X-Member-Name", m.full_name): a header like msg["X-Member-Name"] = ...
            header, value = const_text(args[0][1]), args[1]
            if header is not None and not self.files.add_recipient(receiver, header, value[1]):
                header_placed = place(value[1], *self.positions(value[0]), header)
                # add_header("Content-Disposition", "attachment", filename=f"{m.ssn}.pdf"): its parameters too
                for arg, param in args[2:]:
                    if arg.keyword is not None:
                        header_placed += place(param, *self.positions(arg), arg.keyword.value)
                frame.env[owner_expr.value] = replace(receiver, placements=receiver.placements + header_placed)
            return OPAQUE
        if receiver.client is not None and isinstance(owner_expr, cst.Name) and owner_expr.value in frame.env and self._mocked_transport(owner_expr.value):
            return OPAQUE  # httpx.Client(transport=httpx.MockTransport(...)).post(...): answered by the test, sent nowhere
        if receiver.client is not None:
            return self.client_method(receiver, owner_expr, method, node, args, frame)
        first = args[0][1] if args else None
        ref = first.function if first is not None else None
        if does == "piped" and first is not None and ref is None and args[0][0].keyword is None and not args[0][0].star:
            ref = self.function_ref(args[0][0].value, first, frame)  # df.pipe(filters.removable_only) of another module
        if does == "piped" and first is not None and args[0][0].keyword is None and ref is not None:
            # df.pipe(only_unlawfully_present): that function called with the frame (a status filter chooses)
            piped = self.functions.call_ref(ref, [(cst.Arg(value=owner_expr), receiver), *args[1:]], None, node, frame)
            self.m.bulk_read = frozenset()  # what it returns is what the function hands back, not the frame it was given
            return piped
        if method in ("to_representation", "dump", "dumps") and receiver.model is not None and args and not args[0][0].star \
                and (cls := self.index.classes.get(receiver.model)) is not None and cls.is_serializer:
            # IceDetainerSerializer().to_representation(member): the serializer writes what it is given (a payload,
            # however else it is filled); not what a serializer validated (ser.validated_data of enforcement's answer)
            given_expr = args[0][0].value
            if not (isinstance(given_expr, cst.Attribute) and given_expr.attr.value in ("validated_data", "initial_data")):
                self.note_filled(cls.name, [args[0][1]])
        if method in ("load", "loads") and receiver.model is not None and args and not args[0][0].star \
                and (cls := self.index.classes.get(receiver.model)) is not None and cls.is_serializer:
            # IceDispositionSchema().load(resp.json()): the schema filled from what came back (a schema only ever
            # filled from an answer of enforcement is inbound, not a payload: SPEC section 4); it returns that data
            self.note_filled(cls.name, [args[0][1]])
            loaded = args[0][1]
            unknown = argument(args, None, "unknown")
            made_with = next((label[len(UNKNOWN_KEYS_MARK):] for label in receiver.labels if label.startswith(UNKNOWN_KEYS_MARK)), None)
            meta_unknown = next((v for name, v in _meta_constants(cls) if name == "unknown"), None)
            # (the load() call's own unknown=, else the constructor's, else the Meta's)
            said = source_text(unknown[0].value).lower() if unknown is not None else made_with if made_with is not None \
                else source_text(meta_unknown).lower() if meta_unknown is not None else ""
            includes = "include" in said
            # (marshmallow returns the declared fields only, unless told to INCLUDE the unknown ones; RAISE refuses them)
            return loaded if includes else only_keys(loaded, [name for name, _ in cls.fields])
        if self._test_double(receiver, owner_expr, frame):
            # mocker.get(ICE_URL, json=...), responses.post(...): a fake answer registered in a test, nothing
            # sent; what a mocking module makes (requests_mock.Mocker()) is a test double too
            made = dotted(node.func)
            qual = self.index.qualify(made, frame.imports or None) if made is not None else None
            return Val(labels=frozenset({qual})) if qual is not None and _mocking(qual) else OPAQUE
        if method in _HTTP_VERBS and first is not None and host_of(first.text) is not None \
                and not self.rules.host_is_safe(host_of(first.text) or "") and self._of_unknown_type(receiver):
            # session.post(ICE_URL, json=body) with a session handed in, its type unknown: a request to
            # that URL, as the requests session it is written as (SPEC section 4)
            return self.sinks.sink(node, self.sink_functions[f"requests.{method}"], args, frame)
        client_name = dotted(owner_expr)
        if client_name is None and isinstance(owner_expr, cst.Call) and not owner_expr.args and method in _SENDING_VERBS:
            client_name = dotted(owner_expr.func)  # IceReferralClient().post(...): made and used at once, named by its class
        sender_name = client_name
        if isinstance(owner_expr, cst.Name) and owner_expr.value in frame.env and method in _SENDING_VERBS:
            # c = app.state.ice_client; c.post(...): the client's name is also the attribute it was read from
            chains = [label for label in receiver.labels if "." in label and label.replace(".", "").replace("_", "").isalnum()]
            sender_name = max(chains, key=lambda label: (label.count("."), label)) if chains else client_name
        elif isinstance(owner_expr, cst.Subscript) and method in _SENDING_VERBS and len(owner_expr.slice) == 1 \
                and isinstance(owner_expr.slice[0].slice, cst.Index) and isinstance(owner_expr.slice[0].slice.value, cst.SimpleString):
            # request.app["ice_session"].post(...), ctx.obj["ice_client"].post(...): the key names the client
            slot = string_value(owner_expr.slice[0].slice.value)
            client_name = sender_name = slot if isinstance(slot, str) and slot.isidentifier() else None
        if (method in _SENDING_VERBS and client_name is not None and sender_name is not None and self._of_unknown_type(receiver) and receiver.client is None
                and QUIET_MARK not in receiver.labels and any(a.keyword is not None and a.keyword.value in _HTTP_DATA for a, _ in args)
                and not self._safe_url(first) and not self._in_process(receiver, frame)):
            local = isinstance(owner_expr, cst.Name) and owner_expr.value in frame.env
            made_for: list[str | None] = [label[len(CLIENT_BASE_MARK):] for label in sorted(receiver.labels) if label.startswith(CLIENT_BASE_MARK)]
            bases = made_for or ([] if local else [
                b for n in dict.fromkeys((client_name.rsplit(".", 1)[-1], sender_name.rsplit(".", 1)[-1])) for b in self._client_bases(n, False)])
            hosts = [host_of(b) if b is not None else None for b in bases]
            ruled = [h for h in hosts if h is not None and self.rules.host_is_enforcement(h)]
            if ruled and (first is None or first.text is None or host_of(first.text) is None):
                # partner = BaseUrlSession(base_url=ERO_EID); partner.post("referrals", ...): its base decides (SPEC section 4)
                url = next(b for b, h in zip(bases, hosts, strict=True) if h in ruled)
                return self.sinks.sink(node, self.sink_functions[f"requests.{method}"], args, frame, forced=Destination(url or ruled[0]))
            named = next((n for n in (client_name, sender_name) if self.rules.name_is_enforcement(n.rsplit(".", 1)[-1], role="client", cleared=self.m.cleared)), None)
            if named is not None and hosts and all(h is not None and self.rules.host_is_safe(h) for h in hosts):
                named = None  # app.state.dhs_client = httpx.AsyncClient(base_url=PA_DHS_API) in the module: the state's
            if named is not None:
                # ero_client.post("/referrals", json=body) with a client of unknown type named for enforcement:
                # the client object's name supplies the destination (SPEC section 4)
                return self.sinks.sink(node, self.sink_functions[f"requests.{method}"], args, frame,
                                       forced=Destination(named, "enforcement client"))
        own_name = client_name.rsplit(".", 1)[-1] if client_name and QUIET_MARK not in receiver.labels else None
        untyped = self._untyped_client_sink(method, args, own_name) if self._of_unknown_type(receiver) else None
        if untyped is not None:
            # s3.put_object(Bucket="ice-eid-drop", ...), producer.send("ice.eid.referrals", ...) on a client
            # handed in, its type unknown: a send of the library whose method and destination it names
            return self.sinks.sink(node, untyped, args, frame, receiver_labels=frozenset({own_name}) if own_name else frozenset())
        if method in ("post", "put", "patch") and receiver.opaque and first is not None:
            host = host_of(first.text)
            if host is not None and self.rules.host_is_safe(host):
                # session.post(CASE_NOTES_URL, json=note) with a session handed in: visibly sent to the state's
                # own host (a builder named for enforcement whose output goes only there is clean, SPEC section 4)
                self.sinks.sent_to_safe_host(args)
        var = owner_expr.value if isinstance(owner_expr, cst.Name) else None
        if method in ("remove", "discard") and var is not None and var in frame.env and frame.env[var].bulk and self.statements.status_branches:
            # for m in list(members): if m.immigration_status not in TARGETS: members.remove(m) -- what is left
            # of those records was chosen by status (SPEC section 10)
            frame.env[var] = frame.env[var].with_labels({PRUNED_MARK})
        if receiver.model is not None:  # a method of a class of the project first (outbox.add(x) is not set.add)
            found_cls = self.links.class_of(receiver.model)
            if found_cls is not None:
                found = found_cls[0].links.find_method(found_cls[1], method)
                if found is not None:
                    self.m.last_self = {}
                    result = self.call_method_of(found, args, receiver, node)
                    if self.m.last_self:
                        # Doc(root).add(m) with self.root = root: the caller's root is the element the method filled
                        sync_elements(frame, self.m.last_self.values())
                    if var is not None and var in frame.env and self.m.last_self and frame.env[var].model == receiver.model:
                        # p.add_health(m): what the method set on the object is the object's state here
                        held = frame.env[var]
                        frame.env[var] = with_attrs(held, self.m.last_self)
                    elif var is not None and var not in frame.env and var in self.index.constants and self.m.last_self:
                        # OUTBOX = Outbox() at module level; OUTBOX.add(...) here, OUTBOX.drain() sent elsewhere:
                        # what any function's call sets on it is what it may hold (joined, never replaced)
                        old = self.module_state.get(var)
                        state = old if old is not None else receiver
                        held_attrs = dict(state.attrs or ())
                        merged = {k: join(held_attrs[k], v) if k in held_attrs else v for k, v in self.m.last_self.items()}
                        new_state = with_attrs(state, merged)
                        if new_state != old:
                            self.module_state[var] = new_state
                            self.m.state_changed = True
                    return result
                inherited = dict(receiver.attrs or ()).get(LIBRARY_CLIENT) or found_cls[0].calls.library_client_of(found_cls[1])
                if inherited is not None:
                    # IceSession().post(...) with class IceSession(requests.Session): the session's send
                    moved = translate(inherited, found_cls[0].module_id, self.module_id) if found_cls[0] is not self.m else inherited
                    return self.client_method(moved, owner_expr, method, node, args, frame)
        if method == "open" and receiver.text is not None and receiver.text.strip(HOLE) and receiver.client is None:
            return self.files.handle("file", receiver, node)  # Path(folder) / "x.csv" then out.open("w")
        if method in LIBRARY.path_methods and not args and receiver.text is not None and receiver.text.strip(HOLE) and receiver.client is None:
            return receiver  # Path(outbound).resolve() of a folded path: the same file
        held = self.files.path_holder(func.value) if method == "open" and receiver.text is None and receiver.client is None and receiver.model is None else None
        mode = argument(args, 0, "mode") if held is not None and held is func.value else None
        # (target.open("w"): a mode says a file is opened, whatever the name; door.open() says nothing)
        file_mode = mode is not None and mode[1].const and isinstance(mode[1].text, str) and 0 < len(mode[1].text) <= 3 \
            and set(mode[1].text) <= set("rwaxbt+") and mode[1].text[0] in "rwax"
        if held is not None and (held is not func.value or (receiver.opaque and (looks_like_path(func.value) or file_mode))):
            # Path(out).open("w"), out_path.open("w") of a path the analysis cannot fold: the file the name holds (as
            # open(out, "w") is)
            return self.files.handle("file", Val(text=self.files.held_path(held), const=True), node)
        if method == "open" and receiver.opaque and receiver.client is None and receiver.model is None and looks_like_path(func.value):
            return self.files.handle("file", None, node)  # path.open(encoding="utf-8") of a path handed in: a file
        if method in ("intersection", "union", "difference"):
            names = _set_of_names(method, receiver, args, first)
            if names is not None:
                return names
        if method in ("format", "format_map") and receiver.text is not None:
            return self._format_known(receiver, method, args, frame)
        if method in ("format", "format_map") and receiver.text is None and receiver.alternatives and args:
            # TEMPLATES[kind].format(**row), (URGENT if urgent else ROUTINE).format_map(row): what any of the templates reads
            return join(*(self._format_known(replace(receiver, text=text, alternatives=None), method, args, frame) for text in receiver.alternatives))
        if method in ("format", "format_map") and receiver.text is None and args and receiver.items is None and receiver.elements is None and not (
                receiver.placements or receiver.client or receiver.model or receiver.bulk or receiver.response) and _names_a_template(func.value) \
                and not self._formatted_field(func.value, receiver):
            # settings.REFERRAL_TEMPLATE.format(ssn=m.ssn), template.format_map(rec), tmpl.format(**vars(m)) of a template
            # the analysis cannot read (or one of several): it may name any of what it is given, each placed where it is handed (a dict
            # literal's entries where they are written)
            if method == "format_map" and len(args) == 1 and not args[0][0].star and args[0][0].keyword is None:
                spread = self._spread_keywords([(args[0][0].with_changes(star="**"), args[0][1])], frame)
                args = spread if all(a.keyword is not None for a, _ in spread) else args
            formatted = combine(*(v if a.star == "**" or (a.keyword is None and method == "format_map") else self.expr.interpolated(v, a.value) for a, v in args))
            if formatted.placements or formatted.names or formatted.bulk:
                return formatted  # (given only constants, seen.format("YYYY-MM-DD"): what it makes is not known, no constant)
        if method == "join" and receiver.const and first is not None:
            sequence = args[0][0].value
            if isinstance(sequence, cst.Call) and dotted(sequence.func) == "filter" and "filter" not in frame.env and len(sequence.args) == 2 \
                    and isinstance(sequence.args[1].value, (cst.List, cst.Tuple)) and dotted(sequence.args[0].value) in ("None", "bool", "str.strip"):
                # " ".join(filter(None, [m.first_name, m.last_name])): the parts that are there, as they are
                sequence = sequence.args[1].value
                first = self.expr.eval(sequence, frame)
            key_names = self._joined_keys(sequence, frame)
            if key_names is None and isinstance(sequence, (cst.GeneratorExp, cst.ListComp)) and sequence.for_in.inner_for_in is None \
                    and isinstance(sequence.for_in.target, cst.Name) and self._joined_keys(sequence.for_in.iter, frame) is not None:
                # "|".join(k.upper() for k in rec.keys()): made of the keys alone, constants
                parts = [sequence.elt]  # (not its conditions: ",".join(k for k in rec if rec[k]) joins keys only)
                used = {n.value for part in parts for n in walk(part) if type(n) is cst.Name} \
                    - {a.attr.value for part in parts for a in walk(part) if type(a) is cst.Attribute}
                if used <= {sequence.for_in.target.value, "str", "repr"}:
                    return const_val()  # (not rec[k]: the values under the keys)
            first = key_names or first
            if isinstance(sequence, (cst.List, cst.Tuple)) and first.elements is not None and receiver.text is not None:
                # "/".join([ICE_BASE, "persons", m.ssn]): a folded text, each part placed where it enters
                parts = [self._joined_part(v, e.value) for v, e in zip(first.elements, sequence.elements, strict=False)]
                # (a part folded with a field in it, f"{ICE_API}?lang={m.lang}", keeps its text around the hole)
                texts = [v.text if v.text is not None and (v.const or v.text.strip(HOLE)) else HOLE for v in parts]
                folded = combine(*parts)
                # "/".join([CASE_URL, "notices", notice.ice_notice_number]): a value in the path names no destination
                dropped = frozenset().union(*(self.expr.path_data_labels(receiver.text.join([*texts[:i], ""]), v) for i, v in enumerate(parts) if i))
                dropped -= frozenset().union(*(v.labels for i, v in enumerate(parts) if not i or not self.expr.path_data_labels(receiver.text.join([*texts[:i], ""]), v)))
                return path_marked(replace(folded, text=receiver.text.join(texts)), dropped)
            if first.const and first.items is not None and receiver.text is not None:
                return const_val(text=receiver.text.join(first.items))  # ", ".join(COLUMNS): the folded text
            always = self._kept_parts(sequence, first, frame) if receiver.text is not None else None
            if always is not None:
                # clauses = [STATUS_CLAUSE]; for col in filters: clauses.append(f"{col} = %s"); " AND ".join(clauses):
                # the parts it was made with are in it on every path, then parts not known (a hole)
                # (a part added with a value of a field, clauses.append(f"county_cd = '{county}'"), still places it)
                kept_text = const_val(text=(receiver.text or "").join([*always, HOLE])).with_labels(first.labels)
                return replace(kept_text, const=False, placements=first.placements, names=first.names) if first.placements else kept_text
            if first.const and first.items is None and first.choices and receiver.text is not None:
                # clauses = [STATUS_CLAUSE]; if county: clauses.append("county_cd = %s"); " AND ".join(clauses):
                # either text (each one's conditions decide what a query of it selects)
                joined = tuple(dict.fromkeys(receiver.text.join(choice) for choice in first.choices))
                # (named as the list was: ice_path = [...]; "/".join(ice_path) on a vendor host is still ICE's)
                return (const_val(text=joined[0]) if len(joined) == 1 else replace(const_val(), alternatives=joined)).with_labels(first.labels)
            if isinstance(sequence, cst.Name) and sequence.value in frame.env and first.elements is not None and first.placements \
                    and receiver.text is not None and 0 < len(first.elements) <= 16 and not first.bulk and self._only_grown(sequence.value):
                # parts = [CBP_MATCH, m.cin]; parts.append(m.last_name); "/".join(parts): folded part by part, each
                # field placed where it entered the list
                texts = [v.text if v.const and v.text is not None else HOLE for v in first.elements]
                return replace(first, text=receiver.text.join(texts), elements=None, labels=first.labels.union(*(v.labels for v in first.elements)))
            if first.elements is not None and receiver.text is not None and 0 < len(first.elements) <= 16 and not first.bulk and (
                    (all(v.handed is not None or v.const for v in first.elements) and any(v.handed is not None for v in first.elements))
                    or (isinstance(sequence, (cst.GeneratorExp, cst.ListComp)) and isinstance(sequence.for_in.iter, (cst.List, cst.Tuple)))):
                # " ".join(p for p in (m.first_name, m.last_name) if p): the parts as they are, joined
                # "|".join(parts) of def token(*parts) given bare fields: a text built of each, as for a literal
                # list (put into data, it is one value, placed where it is put; sent as it is, at the caller)
                parts = [self.expr.interpolated(v, sequence) for v in first.elements]
                texts = [v.text if v.const and v.text is not None else HOLE for v in parts]
                return replace(combine(*parts), text=receiver.text.join(texts))
            return replace(first, const=first.const)
        if method in ("values", "values_list") and not args and not receiver.placements and (
                "objects" in method_chain(func.value) or QUERYSET_MARK in receiver.labels or "get_queryset" in method_chain(func.value)
                # def export_selected(modeladmin, request, queryset): an admin action's queryset, Django's name for one
                or (isinstance(func.value, cst.Name) and func.value.value == "queryset" and not receiver.const and receiver.model is None)):
            # Member.objects.filter(...).values(): every column, of the records the queryset chose
            marks = frozenset(label for label in receiver.labels if label.startswith("<") and label != QUERYSET_MARK)
            return replace(self.expr.whole_record(node), bulk=receiver.bulk, labels=marks)
        if method == "get" and receiver.placements and not any(a.keyword is None for a, _ in args) and _queried(func.value):
            does = "rows"  # Member.objects.values("cin", "race").get(pk=pk): the one row, its columns
        if does == "pass" and args and rule is not None:
            output = argument(args, *rule.file) if rule.file is not None else None
            if output is not None:
                # gpg.encrypt(body, recipients, output=PATH): what it passes is written into that file too
                encrypted = _passed(rule, args)
                line, col = self.positions(node)
                self.files.write(output[1], encrypted.placements or place(encrypted, line, col), node, encrypted.bulk)
            return _passed(rule, args)
        if method in ("split", "rsplit") and receiver.const and receiver.text is not None and HOLE not in receiver.text and not receiver.placements \
                and not destination_like(receiver.text) and len(args) <= 1 and all(v.const and v.text and a.keyword is None for a, v in args):
            # "medicaid_id date_of_birth ...".split(): a constant list of those names (an allow-list written in one line)
            pieces = receiver.text.split(args[0][1].text) if args else receiver.text.split()
            return const_val(items=tuple(p.strip() for p in pieces if p.strip()))
        if method in ("strip", "lstrip", "rstrip") and receiver.const and receiver.text is not None and HOLE not in receiver.text and len(args) <= 1 \
                and all(v.const and v.text is not None and a.keyword is None for a, v in args):
            # path.lstrip("/") of a constant path: the folded text without it (one slash where a URL joins it)
            return replace(receiver, text=getattr(receiver.text, method)(*(v.text for _, v in args)))
        if method in ("pivot", "pivot_table") and (receiver.placements or receiver.bulk):
            pivoted = self._pivoted(receiver, args)
            if pivoted is not None:
                return pivoted
        if method == "replace" and len(args) >= 2 and all(a.keyword is None and not a.star for a, _ in args[:2]) \
                and receiver.model is None and receiver.items is None and receiver.elements is None:
            replaced = self._replaced_text(receiver, args)
            if replaced is not None:
                return replaced
        if does == "same" and method in NORMALIZERS and not args and receiver.const and not receiver.placements and (
                (receiver.text is not None and HOLE not in receiver.text) or (receiver.text is None and receiver.alternatives)):
            # partner.lower() of partner "ICE" (a run once per key): "ice"
            step = NORMALIZERS[method]
            if receiver.text is not None:
                return replace(receiver, text=step(receiver.text))
            return replace(receiver, alternatives=tuple(dict.fromkeys(step(t) for t in receiver.alternatives or ())))
        if does == "same" or does == "rows" and (receiver.placements or receiver.names):
            # rows of a query the analysis read; member.addresses.all(): one person's related records
            return receiver
        if does == "replace_fields" and receiver.model is None and receiver.elements is None and receiver.text is not None and "://" in receiver.text:
            replaced = self._url_replaced(receiver, args)  # urlparse(url)._replace(query=...): the URL with that part
            if replaced is not None:
                return replaced
        if does == "replace_fields" and rule is not None and (receiver.placements or receiver.model is not None):
            # r._replace(note=m.diagnosis_desc): a copy of the record with those fields
            return self.apply_rule(rule, node, [(cst.Arg(value=func.value), receiver), *args], frame) or receiver
        if does == "path_part" and receiver.text is not None and first is not None and first.const and first.text is not None:
            # (WORK / "b.tmp").with_suffix(".csv"): the same folder, that part of the name replaced
            return replace(receiver, text=_with_part(receiver.text, method, first.text))
        if does == "url_join" and rule is not None and receiver.text is not None:
            # Path(EXPORT_DIR).joinpath("ice_referrals.csv"): the receiver joined with each argument
            return self.apply_rule(rule, node, [(cst.Arg(value=func.value), receiver), *args], frame) or receiver
        if rule is not None and does in ("drop_keys", "rename_keys", "add_keys", "merge", "schema_dump"):
            return self.reshape(rule, receiver, node, args, frame)
        if does == "aggregated" and (receiver.placements or receiver.bulk):
            return self._aggregated(receiver, args)
        if does == "columns" and rule is not None:
            patterned = self._matching_columns(receiver, args) if method == "filter" else None
            if patterned is not None:
                return patterned
            if method == "select" and not args and self.is_table(func.value):
                declared = self.table_columns(func.value)
                return container(declared) if declared else self.expr.whole_record(node)  # members.select(): SELECT * of a Core table
            excluded = self._excluded_columns(args, frame, receiver) if method == "select" else None
            if excluded is not None:
                return without_keys(receiver, excluded)  # df.select(pl.exclude("ssn_num")): every column but that one, as drop() gives
            selected = self.columns(rule, args, frame, node)
            if selected is not None and rule.strings and any(p.key is not None for p in receiver.placements):
                # qs.annotate(ref=F("ssn")).values("cin", "ref"): a column the query was given stays where it was
                # placed, carrying what it read (as a frame's assigned column does)
                annotated = {p.key for p in receiver.placements if p.key is not None}
                selected = replace(selected, placements=(
                    *(p for p in receiver.placements if p.key in {q.key for q in selected.placements}),
                    *(p for p in selected.placements if p.key not in annotated)))
            if selected is not None:
                return selected.with_labels(receiver.labels)
            if rule.list is None or (argument(args, *rule.list) is None and receiver.placements):
                return receiver  # d.values(), df.query("..."), query(...).filter(cond): the same values
        if does == "counted" and (receiver.placements or receiver.bulk):
            # for county, group in df.groupby("county"): a key and the rows of that group (the frame's columns);
            # df.groupby("imgrtn_stus_cd"): each key is that column's value (a test of it tests status)
            by = argument(args, 0, "by")
            group_keys = (by[1].items or ((by[1].text,) if by[1].text is not None else ())) if by is not None and by[1].const else ()
            group_keys = group_keys if len(group_keys) == 1 else ()  # (a tuple key of several columns: not followed element by element)
            return replace(receiver, counted=True, labels=receiver.labels | {f"{GROUP_KEY}{k}>" for k in group_keys if k and HOLE not in k})
        if does == "sql_to_file" and rule is not None and rule.file is not None and (
                rule.sql is not None or cursor_like(owner_expr, receiver)
                or (isinstance(owner_expr, cst.Call) and isinstance(owner_expr.func, cst.Attribute) and owner_expr.func.attr.value == "cursor")):
            # cur.copy_expert("COPY (SELECT cin, ssn FROM members) TO STDOUT", fh): the query's rows go into the file
            rows = self.sql_query(rule, args, node) if rule.sql is not None else self._table_copied(rule, args, node, frame)
            target = argument(args, *rule.file)
            remote = self.client_methods.get(target[1].client.kind, {}).get("write") if target is not None and target[1].client is not None else None
            if rows is not None and target is not None and remote is not None and remote.sink is not None:
                # with sftp.open("/inbound/m.csv", "w") as fh: cur.copy_expert(q, fh) -- as fh.write(the rows)
                data = cst.Arg(value=target[0].value)
                self.m.alias_position(data, target[0])
                self.client_method(target[1], target[0].value, "write", node, [(data, rows)], frame)
            elif rows is not None and target is not None:
                self.files.write(target[1], rows.placements, node, rows.bulk)
            return OPAQUE
        if does == "sql_query" and rule is not None and not args and receiver.placements:
            return receiver  # cur.fetchrow() after cur.execute(SQL): the rows of that query
        if does == "sql_query" and rule is not None:
            rows = self.sql_query(rule, args, node)
            if rows is None and args and args[0][1].placements:
                rows = args[0][1]  # session.execute(select(Member.cin, ...)): the rows of that select
            if rows is not None:
                # (what the cursor's last query chose or counted is not this query's)
                kept = receiver.labels - {STATUS_MARK, AGGREGATE_MARK}
                if var is not None and var in frame.env:
                    frame.env[var] = rows.with_labels(kept)  # cur.execute(q): cur.fetchall() gives its rows
                elif isinstance(owner_expr, cst.Attribute) and isinstance(owner_expr.value, cst.Name) and owner_expr.value.value == "self" \
                        and frame.cls is not None:
                    frame.self_attrs[owner_expr.attr.value] = rows.with_labels(kept)  # self.cur.execute(q), then self.cur.fetchall()
                return rows
            if args and receiver.placements and var is not None and frame.env.get(var) is receiver:
                # cur.execute("{CALL usp_candidates}") after cur.execute(SELECT ...): rows the analysis cannot read, not
                # the earlier query's columns nor its records
                frame.env[var] = Val(labels=receiver.labels - {STATUS_MARK, AGGREGATE_MARK})
        if rule is not None and does == "record" and rule.file is not None and argument(args, *rule.file) is not None:
            return self.files.write_to(rule, node, args, receiver=receiver, frame=frame)  # df.to_json(path)
        if does in ("shared_put", "shared_get") and rule is not None and rule.names is not None:
            shared_val = self._shared_store(rule, args)
            if shared_val is not None:
                return shared_val
        if does == "copy_update" and rule is not None:
            given = argument(args, *rule.names) if rule.names is not None else None
            if given is None:
                return receiver
            mapping = cst.Arg(value=given[0].value)  # the mapping as update()'s own argument
            self.m.alias_position(mapping, given[0])
            return replace(self.mutate(receiver, "update", [(mapping, given[1])]), model=receiver.model)  # model_copy(update={"ssn": ...})
        if does == "copy_file" and rule is not None:
            return self.apply_rule(rule, node, args, frame) or OPAQUE  # gpg.encrypt_file(EXTRACT, recipients, output=DROP): DROP holds it
        if does in ("write_path", "read_path") and receiver.text is None and receiver.client is None and isinstance(func, cst.Attribute):
            holder = self.files.path_holder(func.value)
            if (holder is not None and holder is not func.value) or looks_like_path(func.value) or self._path_parameter(func.value):
                # Path(out).write_text(...) of a path the analysis cannot fold: the file the name out holds
                receiver = replace(receiver, text=self.files.held_path(holder or func.value), const=True)
        if does == "write_path" and rule is not None and receiver.text is not None:
            # Path("/exports/ice_referral.json").write_text(json.dumps(body)): into the file the path names
            placed: list[Placement] = []
            for where in rule.written:
                given = argument(args, *where)
                if given is not None:
                    placed.extend(place(given[1], *self.positions(given[0])))
            self.files.truncate(receiver)  # write_text replaces what the file held
            self.files.write(receiver, tuple(placed), node, frozenset().union(*(v.bulk for _, v in args)))
            return OPAQUE
        if does == "write_receiver" and rule is not None:
            return self.files.write_to(rule, node, args, receiver=receiver, frame=frame)  # df.to_csv(path)
        if does == "read_path" and receiver.text is not None and receiver.client is None:
            # pathlib.Path(path).read_bytes() of a file this module wrote: what was written, read back to be sent
            return self.files.read_back(receiver)
        if rule is not None and does == "record" and (receiver.placements or receiver.const) and _names_given(argument(args, None, "include")) is None:
            return self.dump(receiver, node, args, frame)  # df.to_dict("records"), rows.to_dict(orient="records"): its columns
        if rule is not None and does == "record" and AGGREGATE_MARK in receiver.labels and not receiver.placements and not receiver.names:
            return receiver  # df.groupby("cin")["clm_id"].count().to_dict(): counts, no field of anyone's record
        if rule is not None and does == "record" and only_answer(receiver):
            return receiver  # pd.DataFrame(resp.json())[["a_number"]].to_dict("records"): what enforcement answered, as it came
        if rule is not None and does == "record" and self._one_field(receiver):
            # df["birth_dt"].to_dict(), df.groupby("cin")["mdcd_pd_amt"].sum().to_dict(): a column (a Series)
            # read by its name is that field's data for each row, not a whole record
            return replace(receiver, const=False)
        if rule is not None and does == "record" and not any(a.keyword is None and not (v.const and v.text is not None) for a, v in args) \
                and _names_given(argument(args, None, "include")) is None:
            # (df.to_dict("records"): an option given by position, as orient="records" is)
            # resp.json(), fetch().json(): a body that came back, not a record of ours
            came_back = (receiver.client is not None or not isinstance(owner_expr, (cst.Name, cst.Attribute)) or _response_like(owner_expr)) \
                and not _model_made(owner_expr)
            if not rule.may_be_response or not came_back:
                return self.dump(self.record_fields(receiver, node), node, args, frame)
        if method == "get" and first is not None and len(args) >= 2 and args[1][1].const and args[1][0].keyword is None \
                and LIBRARY.option_readers & receiver.labels and const_text(args[1][1]) is not None and not self._is_section(owner_expr):
            # cfg.get("transfer", "ice_url") of a ConfigParser: the option named second is the setting read
            section, option = const_text(first), const_text(args[1][1])
            return self._setting_read(receiver.with_labels({section} if section else ()), option or "", args)
        if method == "get" and first is not None and first.const and LIBRARY.option_readers & receiver.labels and self._is_section(owner_expr):
            # cp["transfer"].get("endpoint", fallback=ICE_URL) of a section of a ConfigParser: as cp.get("transfer", "endpoint", ...)
            # (a section's get takes the fallback second: cp["transfer"].get("endpoint", STATE_URL))
            return self._setting_read(receiver, const_text(first) or "", args, 1)
        if method == "get" and first is not None:
            key = const_text(first)
            given = argument(args, 1, None)
            otherwise = self.function_ref(given[0].value, given[1], frame) if given is not None else None
            chosen = self.expr.table_choice(owner_expr.value, lookup_key(args[0][0].value, first), frame, otherwise) if isinstance(owner_expr, cst.Name) and (
                given is None or otherwise is not None or (isinstance(given[0].value, cst.Name) and given[0].value.value == "None")) else None
            if chosen is not None:
                return chosen  # send = SENDERS.get(partner, send_state): the table's functions, or the fallback
            wanted = lookup_key(args[0][0].value, first)
            objects = self.table_objects_under(owner_expr.value, wanted, frame) if isinstance(owner_expr, cst.Name) else None
            fallback_object = given[1] if given is not None and (given[1].model is not None or given[1].client is not None) else None
            if objects is None and wanted is not None and fallback_object is not None and isinstance(owner_expr, cst.Name) \
                    and self.table_objects_under(owner_expr.value, None, frame) is not None:
                return fallback_object  # CLIENTS.get("county", StateClient()) with no "county" entry: the fallback
            kept_object = object_under(receiver, key) if objects is None else None
            if kept_object is not None:
                return kept_object  # clients = {"ice": IceClient(), ...} here; clients.get("ice"): that object
            if objects is not None:
                if wanted is None and fallback_object is not None:
                    objects.append(fallback_object)  # CLIENTS.get(partner, StateClient()): the fallback too
                # client = CLIENTS.get(partner): that key's object, or any of them when the key is not known
                return objects[0] if len(objects) == 1 else Val(objects=tuple(objects))
            if key is None:
                fallback = argument(args, 1, None)
                wanted_key = as_key(args[0][0].value, first)
                picked = self.expr.constant_by_key(owner_expr, receiver, wanted_key, [fallback[1]] if fallback else [], frame)
                if picked is not None and fallback is None and not self._surely_a_key(owner_expr, wanted_key, frame):
                    picked = picked.with_labels({MAYBE_NONE_MARK})  # URLS.get(partner): an entry, or None for another key
                if picked is not None:
                    return picked  # {"FO": Basis.FINAL_ORDER, ...}.get(code, Basis.OVERSTAY)
                if STATUS_VALUES_MARK in receiver.labels and self.population.person_key(args[0][0].value):
                    return self.population.status_read(receiver, first)  # status_of.get(m.cin): that member's status
                # rows.get(key): an element; row.extras.get(name) read along a chain keeps the chain's names, as
                # row.extras[name] does (a field read, MCD104 when its names are unknown)
                chain = isinstance(owner_expr, (cst.Attribute, cst.Subscript)) and not receiver.placements
                return Val(placements=receiver.placements, labels=receiver.labels, names=receiver.names if chain else frozenset())
            default = argument(args, 1, None)
            if default is not None and is_scalar_constant(default[1]) and default[1].text is None and receiver.const and not receiver.placements \
                    and receiver.items is not None and key not in receiver.items:
                return const_val()  # counts = {}; counts.get("sent", 0) + 1: a count, no one's field
            if default is not None and receiver.const and not receiver.placements and receiver.items is not None and key not in receiver.items \
                    and receiver.attrs is not None:
                return default[1]  # URLS.get("county", ICE_FALLBACK) of a table with no such key: the default
            read = self.expr.read_group(receiver, key)  # by_status.get("UNL", []): that group, as by_status["UNL"]
            if default is not None and default[1].const and receiver.opaque:
                read = replace(read, text=default[1].text)
            return read
        held_in = self._list_holding(frame, var, args[0][0].value) if method in ("remove", "discard") and len(args) == 1 and not args[0][0].keyword \
            and not args[0][0].star and var is not None and var in frame.env else None
        if held_in is not None and self._removable(frame, cst.ensure_type(args[0][0].value, cst.Name).value, held_in):
            # batch = [rec]; batch.remove(rec) (or staged = batch; staged.remove(rec)): the list no longer holds what rec placed
            self.removed_member(frame, cst.ensure_type(args[0][0].value, cst.Name).value, held_in)
            return const_val()
        if method in ("pop", "remove", "discard") and var is not None and var in frame.env and len(args) <= 1 and not any(a.keyword or a.star for a, _ in args):
            # clauses.pop(0), clauses.pop(), clauses.remove(STATUS) of a constant list of texts: that element gone
            # (cols.discard("ssn") of a set of texts too; review 59a)
            given = args[0][0].value if args else None
            index = -1 if given is None and method == "pop" else (int_literal(given) if given is not None else None) if method == "pop" else None
            held = frame.env[var]
            if method == "discard" and held.const and held.items is not None and held.elements is None and not held.placements and args:
                gone = const_text(args[0][1])
                frame.env[var] = replace(held, items=tuple(i for i in held.items if i != gone)) if gone is not None else held
                return const_val()
            shorter = without_element(held, index=index, text=const_text(args[0][1]) if method in ("remove", "discard") and args else None)
            if shorter is not None:
                frame.env[var] = shorter
                return self.statements.element_of(receiver) if method == "pop" else const_val()
        if method in _TAKE_ONE and (not args or (len(args) == 1 and first is not None and first.const and first.text is None)) \
                and (receiver.placements or receiver.elements) and (var is not None and var in frame.env or self._queue_like(owner_expr, frame)
                                                                    or isinstance(owner_expr, cst.Attribute) and _is_self(owner_expr.value)):
            # queue.pop(), pop(0), work.popleft(), await q.get(): one of the elements put there (also of a
            # queue of the module or of the object that another function or thread fills)
            return self.statements.element_of(receiver)
        if method == "popitem" and not args and var is not None and var in frame.env and receiver.placements:
            return replace(const_val(), const=False, elements=(const_val(), Val(placements=receiver.placements, labels=receiver.labels)))
        if method in ("put", "put_nowait") and len(args) == 1 and args[0][0].keyword is None and not args[0][0].star \
                and var is not None and var in frame.env and receiver.client is None:
            # await q.put(item): a queue holds what is put in it (a second argument would be a file or a URL)
            before = frame.env[var]
            frame.env[var] = self.mutate(before, "append", args)
            frame.through_lists(var, before)
            return OPAQUE
        if method == "clear" and not args and var is not None and var in frame.env and (receiver.placements or receiver.elements or receiver.bulk):
            # payload.clear(), batch.clear(): emptied, refilled later (last assignment wins)
            self.emptied(frame, var)
            return const_val()
        if method == "pop" and first is not None:
            key = const_text(first)
            if key is not None:
                if var is not None and var in frame.env:
                    before = frame.env[var]
                    frame.env[var] = without_keys(before, [key])
                    frame.through_lists(var, before)
                    for container_name, above in frame.containers_of(var):
                        # person.pop("ssn") after payload = {"person": person}: gone from payload too
                        frame.env[container_name] = without_path(frame.env[container_name], [*above, key])
                part = part_of(owner_expr, self.expr, frame) if isinstance(owner_expr, (cst.Subscript, cst.Call)) else None
                if part is not None and part[1] is not None:
                    frame.env[part[0]] = without_path(frame.env[part[0]], [part[1], key])  # body["person"].pop("email")
                if isinstance(owner_expr, cst.Attribute) and isinstance(owner_expr.value, cst.Name) and owner_expr.value.value == "self":
                    held = self.functions.self_attribute(owner_expr.attr.value, frame)
                    if held is not None:
                        frame.self_attrs[owner_expr.attr.value] = without_keys(held, [key])  # self.data.pop("ssn")
                held_attr = object_attribute(owner_expr, frame)
                if held_attr is not None:
                    holder = frame.env[held_attr[0]]  # p.data.pop("ssn") on an object of a project class
                    current = dict(holder.attrs or ()).get(held_attr[1])
                    if current is not None:
                        frame.env[held_attr[0]] = with_attrs(holder, {held_attr[1]: without_keys(current, [key])})
                return self.expr.read_key(receiver, key)
            if receiver.placements and not receiver.const and (var is not None and var in frame.env or self._queue_like(owner_expr, frame)):
                # body = pending.pop(m.cin): what was stored under a key not known here, as pending.get(m.cin) is
                return Val(placements=receiver.placements, labels=receiver.labels)
            return OPAQUE
        if rule is not None and rule.honours_include:
            return self.dump(receiver, node, args, frame)
        if var is not None and var in frame.env and method in ("update", "setdefault") and is_resource(frame.env[var]):
            return OPAQUE  # res.update({"period": ...}) of a clinical FHIR resource: one of its elements
        held_by = owner_expr.value.value if isinstance(owner_expr, cst.Attribute) and isinstance(owner_expr.value, cst.Name) else None
        if held_by is not None and held_by in frame.env and method in ("append", "extend", "insert") and LIBRARY_OBJECT_MARK in frame.env[held_by].labels:
            # bundle.entry.append(BundleEntry(resource=Patient(...))) of a FHIR library object: that element holds it now
            attr = cst.ensure_type(owner_expr, cst.Attribute).attr.value
            holder = frame.env[held_by]
            put = [v for a, v in (args[1:] if method == "insert" else args) if not a.star]
            stored = tuple(p for v in put for p in (v.placements or place(v, *self.positions(node), attr)))
            frame.env[held_by] = replace(holder, placements=holder.placements + tuple(replace(p, key=p.key or attr) for p in stored),
                                         bulk=holder.bulk.union(*(v.bulk for v in put)), const=holder.const and not stored)
            return OPAQUE
        typed = self._resource_type_given(method, args) if var is not None and var in frame.env else None
        if typed is not None and var is not None:
            # res.setdefault("resourceType", "Procedure"), res.update(resourceType="MedicationStatement"): the dict
            # is that clinical resource now, one finding at the type (what it held before is one of its elements)
            where, resource = typed
            clinical = Placement(*self.positions(where), frozenset({resource}), kind="clinical", detail=resource)
            frame.env[var] = replace(frame.env[var], placements=(clinical,), labels=frame.env[var].labels | {RESOURCE_MARK})
            return OPAQUE
        if var is not None and var in frame.env and method in MUTATORS:
            before = frame.env[var]
            frame.env[var] = with_step(self.mutate(before, method, args), *self.positions(node), f"put into {var} by {method}", *(v for _, v in args))
            appended = args[0][0].value if method == "extend" and len(args) == 1 and not args[0][0].star else None
            if appended is not None and self.population.names_a_person(appended):
                appended = None  # members.extend(client.get(f"/members/{cin}").json()["results"]): the person asked for
            if isinstance(appended, (cst.ListComp, cst.GeneratorExp, cst.SetComp)) and any(
                    isinstance(c.test, cst.Comparison) and any(isinstance(x.operator, cst.Equal) for x in c.test.comparisons)
                    and any(self.population.person_key(side) for side in (c.test.left, *(x.comparator for x in c.test.comparisons)))
                    for c in appended.for_in.ifs):
                appended = None  # members.extend(r for r in page["results"] if r["cin"] == cin): the person asked for
            if appended is not None and not before.bulk and self.population.is_plural_person(var) and not args[0][1].placements:
                # members = []; members.extend(page["results"]) of rows read from a call the analysis cannot see:
                # many people's records, as members = fetch_all() is (SPEC section 10)
                sourced = self.population.variable_source(var, appended, args[0][1], frame)
                if sourced.bulk:
                    frame.env[var] = replace(frame.env[var], bulk=frame.env[var].bulk | sourced.bulk)
            if self.statements.status_branches and method in ADD_ONE and not (before.placements or before.bulk or before.names):
                # keep = set(); for ...: if status in REMOVABLE: keep.add(cin) -- whom the status test chose
                # (a later `if cin not in keep: continue` chooses by status, as the comprehension would)
                frame.env[var] = frame.env[var].with_labels({STATUS_MARK})
            if frame.client_aliases:
                self.statements.sync_client_alias(frame, var)  # h = session.headers; h.update({...})
            frame.through_lists(var, before)
            if method in ADD_ONE or method == "insert":
                frame.put_in_list(args[-1][0].value if args else cst.Name("_"), var)  # batch.append(person)
            elif method == "extend" and args and isinstance(args[0][0].value, (cst.List, cst.Tuple)):
                for element in args[0][0].value.elements:
                    frame.put_in_list(element.value, var)
            had = set(before.placements)
            added = [p for p in frame.env[var].placements if p not in had]
            for container_name, keys in frame.containers_of(var):
                # view = items; view.append(x) / sub = payload["subject"]; sub.update(...): the same container
                self.add_to(frame, container_name, keys[0] if keys else None, added, frame.env[var].bulk)
            return OPAQUE
        if method in MUTATORS and isinstance(owner_expr, (cst.Subscript, cst.Call)):
            part = part_of(owner_expr, self.expr, frame, computed=True)  # payload["subjects"].append(...), groups[k].append(...)
            if part is not None:
                mutated = self.mutate(OPAQUE, method, args)
                if part[1] is not None and method in _ONE_MORE and not any(a.star or a.keyword is not None for a, _ in args):
                    # claim["diagnoses"].append(code): the element is put under the key, named by it too (as in
                    # {"diagnoses": [code]}), also a value with no name of its own (a segment of a parsed file)
                    elements = args[1:] if method == "insert" else args
                    keyed = [p for a, v in elements for p in place(v, *self.arg_position(a), part[1])]
                    mutated = replace(mutated, placements=tuple(keyed)) if keyed else mutated
                key_expr = _computed_key_of(owner_expr)
                # buckets[r["immigration_status"]].append(r): grouped by status, a bucket read back is chosen by it;
                # by_status[r["immigration_status"] or "UNKNOWN"] too; groups[status if active else "INACTIVE"]:
                # under the status, or under the constant of the other branch (that group is not chosen by status)
                key_parts: list[cst.BaseExpression | None] = [key_expr]
                if isinstance(key_expr, cst.BooleanOperation) and isinstance(key_expr.operator, cst.Or) and isinstance(key_expr.right, cst.SimpleString):
                    key_parts = [key_expr.left]
                elif isinstance(key_expr, cst.IfExp) and not self.population.tests_status(key_expr.test, frame):
                    key_parts = [key_expr.body, key_expr.orelse]
                elif isinstance(key_expr, cst.IfExp):
                    key_parts = [key_expr.test]  # groups["unlawful" if r["status"] == "UNL" else "other"]: chosen by status
                for one in key_parts:
                    constant = string_value(one) if isinstance(one, cst.SimpleString) else None
                    grouped = constant if isinstance(constant, str) else STATUS_KEY if one is not None and self.population.tests_status(one, frame) else ANY_KEY
                    self.add_to(frame, part[0], part[1] if part[1] is not None else grouped, list(mutated.placements), mutated.bulk)
                if part[0] in frame.env and (method in ADD_ONE or method == "insert") and args:
                    frame.put_in_list(args[-1][0].value, part[0])  # bundle["entry"].append({"resource": pt}): pt is in the bundle
                elif part[0] in frame.env and method == "extend" and args and isinstance(args[0][0].value, (cst.List, cst.Tuple)):
                    frame.put_in_list(args[0][0].value, part[0])  # bundle["entry"].extend([{"resource": pt}]), bundle["entry"] += [...]
                if part[0] in frame.env and mutated.placements:
                    # first = pt["name"][0]; first["given"].append(m.middle_name): what first holds is in pt too
                    for container_name, keys in frame.containers_of(part[0]):
                        self.add_to(frame, container_name, keys[0] if keys else None, list(mutated.placements), mutated.bulk)
                if key_expr is not None and part[0] in frame.env:
                    # by_ssn[m.ssn].append(m.cin), d.setdefault(m.ssn, []).append(...): the key is data too (SPEC section 4)
                    self.statements.add_data_key(frame, part[0], key_expr, owner_expr)
                return OPAQUE
        outer = owner_expr.value if isinstance(owner_expr, cst.Subscript) else owner_expr.func.value if (
            isinstance(owner_expr, cst.Call) and isinstance(owner_expr.func, cst.Attribute) and owner_expr.func.attr.value in ("setdefault", "get")) else None
        if method in MUTATORS and isinstance(outer, cst.Name) and outer.value not in frame.env and outer.value in self.index.constants:
            # OUTBOX["ice"].append(...), QUEUES.setdefault(k, []).append(...): a part of a module-level container
            mutated = self.mutate(OPAQUE, method, args)
            key = subscript_key(self.expr, owner_expr, frame) if isinstance(owner_expr, cst.Subscript) else (
                const_text(self.expr.eval(owner_expr.args[0].value, frame)) if isinstance(owner_expr, cst.Call) and owner_expr.args else None)
            self.add_to_module(outer.value, key if key is not None else ANY_KEY, list(mutated.placements), mutated.bulk)
            return OPAQUE
        if var is not None and var not in frame.env and method in MUTATORS and (var in self.index.imports or var in frame.imports):
            frame.env[var] = self.mutate(OPAQUE, method, args)  # TEMPLATE.update(...): an imported container, here
            return OPAQUE
        addressed = client_default(owner_expr, frame, self.functions.self_attribute, self.expr.module_constant, addressed=True) \
            if method in MUTATORS and args else None
        if addressed is not None:
            # msg.bcc.append(ICE_DESK), msg.to.extend(LIAISONS): one more address of the message (msg.cc.append(member.email):
            # the member's own address, shown to every recipient)
            shown = self.sinks.people_shown(args[-1]) if addressed[2] in SHOWN_HEADERS else ()
            add_address(frame, addressed, args[-1][1], added=True, shown=shown)
            return OPAQUE
        client_attr = client_default(owner_expr, frame, self.functions.self_attribute, self.expr.module_constant) if method in MUTATORS else None
        if client_attr is not None:
            # session.headers.update({"X-Member-SSN": m.ssn}): every request of the session carries it
            set_carried(frame, client_attr, self.mutate(carried_by(client_attr), method, args))
            return OPAQUE
        shared = self.expr.class_container(owner_expr, frame) if method in MUTATORS else None
        if shared is not None:
            # Outbox.pending.append(...), cls.pending.append(...): the class's container, sent elsewhere
            mutated = self.mutate(OPAQUE, method, args)
            self.add_to_module(shared, None, list(mutated.placements), mutated.bulk)
            return OPAQUE
        field_of = model_field(owner_expr, frame) if method in MUTATORS else None
        if field_of is not None:
            # p.extras.update({...}) on an instance of a model: that field of the record holds it now
            held = frame.env[field_of[0]]
            mutated = self.mutate(OPAQUE, method, args)
            frame.env[field_of[0]] = replace(held, placements=held.placements + tuple(replace(p, key=field_of[1]) for p in mutated.placements))
            return OPAQUE
        held_attr = object_attribute(owner_expr, frame) if method in MUTATORS else None
        if held_attr is not None:
            # p.data.update({...}), b.items.append(...): a container of an object of a project class
            holder = frame.env[held_attr[0]]
            current = dict(holder.attrs or ()).get(held_attr[1], OPAQUE)
            frame.env[held_attr[0]] = with_attrs(holder, {held_attr[1]: self.mutate(current, method, args)})
            return OPAQUE
        if method in PUT_ONE and self._queue_like(owner_expr, frame) and args and args[0][0].keyword is None and not args[0][0].star:
            method, args = "append", args[:1]  # outbox.put(item), self.q.put(item): a queue holds what is put in it
        if method in MUTATORS and isinstance(owner_expr, cst.Attribute) and isinstance(owner_expr.value, cst.Name) and owner_expr.value.value == "self":
            # self.items.append(...): the object's container, read later by another method
            attr = owner_expr.attr.value
            frame.self_attrs[attr] = self.mutate(self.functions.self_attribute(attr, frame) or OPAQUE, method, args)
            if method in ADD_ONE or method == "insert":
                frame.put_in_list(args[-1][0].value if args else cst.Name("_"), "self." + attr)  # self.items.append(entry)
            return OPAQUE
        inner = owner_expr.value if isinstance(owner_expr, cst.Subscript) else None
        if method in MUTATORS and isinstance(inner, cst.Attribute) and isinstance(inner.value, cst.Name) and inner.value.value == "self":
            # self.by_county[m.county].append(...): a part of the object's container
            attr = inner.attr.value
            mutated = self.mutate(OPAQUE, method, args)
            held = self.functions.self_attribute(attr, frame) or OPAQUE
            by_key = self.statements.data_key_placements(_computed_key_of(owner_expr), owner_expr, frame)  # self.by_ssn[m.ssn]: the key too
            frame.self_attrs[attr] = replace(container(held.placements + mutated.placements + by_key), bulk=held.bulk | mutated.bulk, model=held.model)
            return OPAQUE
        if var is not None and var not in frame.env and var in self.index.constants and method in MUTATORS:
            # _OUTBOX.append(...): a module-level container filled here and sent elsewhere
            new = self.mutate(self.module_state.get(var, OPAQUE), method, args)
            if self.module_state.get(var) != new:
                self.module_state[var] = new
                self.m.state_changed = True
            return OPAQUE
        label = dotted(func)
        return Val(labels=receiver.labels | ({label} if label else {method}))

    def _queue_like(self, owner: cst.BaseExpression, frame: Frame) -> bool:
        """``owner`` is a queue of the module (``OUTBOX = queue.Queue()``) or of the object
        (``self.q = asyncio.Queue()`` in a method of its class): what is put there is taken out elsewhere."""
        if isinstance(owner, cst.Name) and owner.value not in frame.env:
            # (also a module list filled by one function and drained by another: _OUTBOX = [], _OUTBOX.pop())
            made = self.index.constants.get(owner.value)
            return _makes_queue(made) or (isinstance(made, (cst.List, cst.Dict)) and not made.elements)
        if not (isinstance(owner, cst.Attribute) and isinstance(owner.value, cst.Name) and owner.value.value == "self" and frame.cls is not None):
            return False
        for method in frame.cls.methods.values():
            for node in self.functions.flat.walk(method):
                if isinstance(node, cst.Assign) and _makes_queue(node.value) and any(
                        isinstance(t.target, cst.Attribute) and isinstance(t.target.value, cst.Name) and t.target.value.value == "self"
                        and t.target.attr.value == owner.attr.value for t in node.targets):
                    return True
        return False

    def add_to(self, frame: Frame, name: str, key: str | None, added: list[Placement], bulk: frozenset[Bulk] = frozenset(),
               seen: set[str] | None = None) -> None:
        """Put ``added`` into the container ``name`` (under ``key`` when it went into a part of it), and into the
        containers holding it (``seen``: the ones already given it by this change, each at most once)."""
        # whose rows went where: outbox["mco"] filled from every row, outbox["ice"] only from chosen ones
        # (by_status[r["immigration_status"]].append(r): grouped by status, a group read back is chosen by it)
        shares = frozenset({ROWS_UNDER + (STATUS_KEY if key == STATUS_KEY else key if key is not None and key != ANY_KEY else "*")}) if bulk else frozenset()
        if not added and bulk <= frame.env[name].bulk and shares <= frame.env[name].labels:
            return  # (the same rows under another key too: groups["total"].append(r) beside the status groups)
        added = _under_key(added, key)
        current = frame.env[name]
        frame.env[name] = replace(container(current.placements + tuple(added)), model=current.model, client=current.client, bulk=current.bulk | bulk,
                                  labels=current.labels | shares)
        frame.through_lists(name, current)  # pt["telecom"].insert(0, {...}) after pt was put into the bundle: the bundle holds it
        self.to_holders(frame, name, added, bulk, seen)

    def _replaced_text(self, receiver: Val, args: Args) -> Val | None:
        """``TEMPLATE.replace("@@SSN@@", member.ssn)``: the text with the field put into it where the placeholder was
        (the field placed at the argument); ``SQL.replace("{table}", name)`` the query with that part swapped in. None
        when neither the placeholder is found in a known text nor data is put in (``ssn.replace("-", "")`` keeps the SSN)."""
        old, (new_arg, new) = args[0][1], args[1]
        carries = bool(new.placements or new.names)
        put = self.expr.interpolated(new, new_arg.value) if carries else None
        if receiver.text is not None and old.const and old.text and old.text in receiver.text:
            swapped = new.text if new.const and new.text is not None else HOLE
            alternatives = tuple(a.replace(old.text, swapped) for a in receiver.alternatives) if receiver.alternatives else None
            out = combine(receiver, put) if put is not None else receiver
            return replace(out, text=receiver.text.replace(old.text, swapped), alternatives=alternatives, const=receiver.const and not carries)
        if put is not None and old.const and old.text is not None and (receiver.text is not None or not receiver.placements):
            # tmpl.replace("{dx}", m.diagnosis_code) of a template not known here (not date.replace(d.year, d.month, 1))
            return self.expr.concat(receiver, put)
        return None

    def _substituted(self, rule: Rule, args: Args) -> Val:
        """``re.sub(pattern, repl, text)``: the text with what the replacement carries put into it (placed at the
        replacement); the pattern only says where, it is not sent (``re.sub(re.escape(m.ssn), "[REDACTED]", note)``)."""
        at = int(rule.arg) if isinstance(rule.arg, int) else 0
        repl, text = argument(args, at, "repl"), argument(args, at + 1, "string")
        parts = [text[1]] if text is not None else []
        if repl is not None and repl[1].function is None and (repl[1].placements or repl[1].names):
            parts.append(self.expr.interpolated(repl[1], repl[0].value))
        return combine(*parts) if parts else OPAQUE

    def _new_type(self, name: str) -> bool:
        """``name`` is a module constant made by ``typing.NewType(...)`` (its calls return their argument)."""
        made = self.index.constants.get(name)
        return isinstance(made, cst.Call) and (self.index.qualify(dotted(made.func) or "") or "") in ("typing.NewType", "typing_extensions.NewType")

    def emptied(self, frame: Frame, name: str) -> None:
        """``name.clear()`` or ``del name[:]``: it holds nothing now, and neither do the other names of the same
        container (``pending = batch; pending.clear()``); the lists it was put into lose what it held
        (``batch = [rec]; rec.clear()``), and a container it is a part of loses that part."""
        before = frame.env[name]
        frame.env[name] = _emptied(before)
        frame.through_lists(name, before)
        for container_name, above in frame.containers_of(name):
            held = frame.env[container_name]
            if above:
                frame.env[container_name] = without_path(held, above)  # sub = payload["subject"]; sub.clear()
            elif _holds_all_of(held, before) and (held.placements or held.elements or held.bulk):
                # (the same list under another name: one bound on one way only, done = urgent_q or routine_q, may be either)
                frame.env[container_name] = _emptied(held)
                frame.through_lists(container_name, held)

    @staticmethod
    def _list_holding(frame: Frame, var: str, given: cst.BaseExpression) -> str | None:
        """The list ``var`` is (by its own name or another name of it) that ``given``, a record put in by name, is in."""
        if not isinstance(given, cst.Name):
            return None
        holding = frame.outers(given.value)
        return next((name for name in _names_of_the_list(frame, var) if name in holding), None)

    def _removable(self, frame: Frame, name: str, outer: str) -> bool:
        """``outer.remove(name)`` can be told apart: what ``name`` holds was placed in this function, by no other
        record of the list (a helper's dict, a dict literal of a loop: every record made there shares those places),
        and ``name`` is bound outside any loop of the function."""
        running = self._stack[-1] if self._stack else None
        placed = frame.env[name].placements
        gone = {(p.line, p.col, p.module) for p in placed}
        elements = frame.env[outer].elements
        if not placed:
            return False
        if elements is not None and elements:
            # batch = [primary, contact] (each made where it may be, by a helper too): removable when no other element
            # shares its places (batch = [rec, rec], two records of one helper: remove drops one of them only)
            return sum(any((p.line, p.col, p.module) in gone for p in e.placements) for e in elements) == 1
        others = [other for other in (*frame.members, *frame.also_in) if other != name and outer in frame.outers(other) and other in frame.env]
        if any((p.line, p.col, p.module) in gone for other in others for p in frame.env[other].placements):
            return False
        body = running.body if isinstance(running, cst.FunctionDef) else self.m.module
        if isinstance(running, cst.FunctionDef):
            first, last = self.m.span(running)
            if any(p.module is not None or not first <= p.line <= last for p in placed):
                return False  # (a record a helper made: every record it makes shares those places)
        loops = (cst.For, cst.While, cst.ListComp, cst.SetComp, cst.DictComp, cst.GeneratorExp)

        def bound_in(node: cst.CSTNode, target: str) -> bool:
            return any(isinstance(n, cst.AssignTarget) and isinstance(n.target, cst.Name) and n.target.value == target for n in self.functions.flat.walk(node))
        # (a record made in a loop and put into a list the loop keeps filling: every iteration's record shares its places;
        # a list made again in each iteration holds only this one's)
        return not any(isinstance(node, loops) and bound_in(node, name) and not bound_in(node, outer) for node in self.functions.flat.walk(body))

    def removed_member(self, frame: Frame, name: str, outer: str) -> None:
        """``outer.remove(name)`` of a record put into the list by name: the list (under each of its names) loses
        what the record placed, and the record is no longer one of its members."""
        gone = {(p.line, p.col, p.module) for p in frame.env[name].placements}
        for same in _names_of_the_list(frame, outer):
            before = frame.env[same]
            kept = tuple(p for p in before.placements if (p.line, p.col, p.module) not in gone)
            frame.env[same] = replace(before, placements=kept, const=before.const or not kept)
            frame.through_lists(same, before)
        if frame.members.get(name) == outer:
            del frame.members[name]
        elif outer in frame.also_in.get(name, ()):
            frame.also_in[name] = tuple(o for o in frame.also_in[name] if o != outer)

    def changed_in_place(self, frame: Frame, name: str, before: Val) -> None:
        """``name`` changed in place from ``before``: the lists it is in gain and lose what it did
        (``frame.through_lists``), and the containers holding those lists gain it too (``to_holders``)."""
        frame.through_lists(name, before)
        if frame.outers(name):
            had = set(before.placements)
            self.to_holders(frame, name, [p for p in frame.env[name].placements if p not in had], frame.env[name].bulk)

    def to_holders(self, frame: Frame, name: str, added: list[Placement], bulk: frozenset[Bulk], seen: set[str] | None = None) -> None:
        """What ``name`` gained, put into the containers that hold the lists it is in (``frame.through_lists`` gave it
        to the lists): entries = bundle.setdefault("entry", []); entries += [{"resource": pt}]; pt["note"] = ...: the
        bundle holds it too. Each container once (a household whose kids list holds its parents is no endless loop)."""
        seen = seen if seen is not None else set()
        seen.add(name)
        todo = list(frame.outers(name))
        # (as far as 12 containers up: a FHIR bundle's resource is three down; a generated chain of 60 is no data shape)
        while todo and added and len(seen) < 12:
            outer = todo.pop(0)
            if outer not in frame.env or outer in seen:
                continue
            seen.add(outer)
            for container_name, keys in frame.containers_of(outer):
                if container_name not in seen:
                    seen.add(container_name)
                    self.add_to(frame, container_name, keys[0] if keys else None, added, bulk, seen)
            todo.extend(frame.outers(outer))

    def _task_callables(self) -> dict[str, str]:
        """The functions the module's operators run under a task id (``PythonOperator(task_id="extract",
        python_callable=do_extract)``): task id -> function name, found once."""
        found = self.m.task_callables
        if found is None:
            found = {}
            def text_of(node: cst.BaseExpression | None) -> str | None:
                if isinstance(node, cst.Name):
                    node = self.index.constants.get(node.value)  # task_id=ASSEMBLE_ID of a module constant
                text = string_value(node) if isinstance(node, cst.SimpleString) else None
                return text if isinstance(text, str) else None

            for node in walk(self.m.module):
                if isinstance(node, cst.Call) and any(a.keyword is not None and a.keyword.value == "python_callable" for a in node.args):
                    given = {a.keyword.value: a.value for a in node.args if a.keyword is not None}
                    task_id, runs = text_of(given.get("task_id")), given.get("python_callable")
                    if task_id is not None and isinstance(runs, cst.Name):
                        found[task_id] = runs.value
            for fn_name, fn in self.index.functions.items():
                for d in fn.decorators:  # @task(task_id="build_lang") def build(...)
                    task_id = next((text_of(a.value) for a in d.decorator.args if a.keyword is not None and a.keyword.value == "task_id"), None) \
                        if isinstance(d.decorator, cst.Call) else None
                    if task_id is not None:
                        found.setdefault(task_id, fn_name)
            self.m.task_callables = found
        return found

    def _shared_store(self, rule: Rule, args: Args) -> Val | None:
        """``ti.xcom_push(key="ice_payload", value=body)`` in one task, ``ti.xcom_pull(task_ids=..., key="ice_payload")``
        in another (``shared_put``, ``shared_get``): a store the module's functions share, under a constant key, as a
        module-level dict that one function fills and another sends. None when the key is not a constant."""
        key = argument(args, *rule.names) if rule.names is not None else None
        at = rule.arg if isinstance(rule.arg, int) else None
        # the task function a pull names (task_ids="shape": the callable an operator of the module runs under that task
        # id, one whose @task decorator gives it, else the function of that name)
        task = argument(args, at, rule.arg_kw) if rule.does == "shared_get" else None
        named = task[1].text if task is not None and task[1].const and task[1].text else None
        fn = self.index.functions.get(self._task_callables().get(named, named)) if named is not None else None
        if rule.does == "shared_get" and (key is None or key[1].text == RETURNED_KEY):
            # ti.xcom_pull(task_ids="shape"): what that task function returns, and what it pushed under "return_value"
            if fn is not None:
                returned = self.functions.call_function(fn, None, [], None)
                pushed = self.module_state.get(f"{SHARED_STORE}{RETURNED_KEY}:{fn.name.value}")
                return join(returned, pushed) if pushed is not None else returned
            if key is not None:
                return OPAQUE  # (a task the module does not define: what it returned or pushed is not known here)
        if key is None or not key[1].const or key[1].text is None or HOLE in key[1].text:
            return None
        name = SHARED_STORE + key[1].text  # (each key its own state: what was put and the population it came from)
        if rule.does == "shared_get":
            # (a pull naming a task of the module reads what that task pushed, by itself or through a helper it called;
            # one naming none, or a task the module does not define, what any function pushed under the key)
            return self.module_state.get(f"{name}:{fn.name.value}" if fn is not None else name, OPAQUE)
        running = self._stack[-1] if self._stack else None
        value = argument(args, at, rule.arg_kw)
        if value is not None:
            line, col = self.m.arg_position(value[0])
            placed = [*place(value[1], line, col)]
            if key[1].text != RETURNED_KEY or not isinstance(running, cst.FunctionDef):  # (a pushed return value: by naming the task)
                self.add_to_module(name, None, placed, value[1].bulk)
            for caller in dict.fromkeys(f.name.value for f in self._stack if isinstance(f, cst.FunctionDef)):
                # (every function running credited: a push made by a helper a task called is that task's too)
                self.add_to_module(f"{name}:{caller}", None, placed, value[1].bulk)
        return OPAQUE

    def add_to_module(self, name: str, key: str | None, added: list[Placement], bulk: frozenset[Bulk]) -> None:
        """Put ``added`` into the module-level container ``name`` that functions fill and others send."""
        old = self.module_state.get(name, OPAQUE)
        keyed = tuple(p for p in _under_key(added, key) if p not in old.placements)
        if keyed or not bulk <= old.bulk:
            self.module_state[name] = container(old.placements + keyed, bulk=old.bulk | bulk)
            self.m.state_changed = True

    def construct(self, cls: ClassInfo, args: Args, node: cst.Call | None = None, owner: "ModuleAnalysis | None" = None) -> Val:
        """``Client("https://eid.ice.gov")``, ``Packet()``: an object whose attributes its ``__init__`` (its
        own or inherited, in this module or another of the project) set from these arguments."""
        owner = owner or self.m
        model = self.class_ref(owner, cls)
        if owner is self.m:
            self.note_filled(cls.name, [v for _, v in args])
        plain = Val(model=model, labels=frozenset({cls.name}))
        found = owner.links.find_method(cls, "__init__")
        if found is None:
            spec = owner.calls.library_base(cls)
            if spec is not None:
                # class IceHttp(httpx.Client) with no __init__ of its own: the library's, given these
                # arguments; the object keeps its class (its own methods first), the client under LIBRARY_CLIENT
                made = self.make_client(spec, args).with_labels({cls.name})
                return replace(plain, attrs=((LIBRARY_CLIENT, made),))
        if found is None or found[2] in self._stack:
            return plain
        home, init_cls, init = found
        if home is self.m:
            frame = self.functions.run_function(init, init_cls, args, Val(model=cls.name))
            attrs = dict(frame.self_attrs)
        elif node is not None:
            self.m.last_self = {}
            self.links.call_foreign(home, init, init_cls, args, Val(model=model), node)
            attrs = dict(self.m.last_self)
        else:
            return plain
        return replace(plain, attrs=tuple(sorted(attrs.items())) or None)

    def names_other_category(self, p: Placement, field: str) -> bool:
        """A name ``p`` carries (not ``field`` itself) is a known field of another category than ``field``,
        a field of a permitted category (one of another category is reported at its declaration already)."""
        declared = self.vocabulary.classify(field)
        if declared not in self.rules.permitted:
            return False
        return any(n != field and (category := self.vocabulary.classify(n)) is not None and category != declared for n in p.names)

    def validate_model(self, cls: ClassInfo, node: cst.Call, args: Args, home: "ModuleAnalysis | None" = None) -> Val:
        """``Model.model_validate(raw)`` and its kin: an instance carrying the model's declared fields,
        placed at the argument (for a model named for enforcement: at the declarations, of ``home``
        when it is declared in another module: reported here at the send, "placed at" there)."""
        if home is not None and home is not self.m and home.index.classes.get(cls.name) is cls and home.rules.is_payload_model(cls.name, home.cleared):
            declared = home.functions.declared_fields(cls.name)
            made = translate(declared, home.module_id, self.module_id) if declared is not None else Val()
            return replace(made, model=f"@{home.module_id}:{cls.name}")
        if self.index.classes.get(cls.name) is cls:
            # what fills the model (a response's JSON or data of ours): a model nested only in responses is inbound
            self.note_filled(cls.name, [v for _, v in args])
        if any(not v.const for _, v in args) and all(_inbound(v) for _, v in args if not v.const):
            # IceInquiry.model_validate(resp.json()) of what an enforcement endpoint returned: its own data
            return Val(model=cls.name, labels=frozenset({cls.name, INBOUND_MARK}))
        if self.rules.is_payload_model(cls.name, self.m.cleared) and self.index.classes.get(cls.name) is cls:
            return self.functions.declared_fields(cls.name) or Val(model=cls.name)
        where = args[0][0] if args else node
        line, col = self.positions(where)
        first = args[0][1] if args else OPAQUE
        declared_names = {name for name, _ in cls.fields}
        fields_only = [p for p in first.placements if p.kind == "field"]
        if cls.fields and fields_only and len(fields_only) == len(first.placements) and all(p.key is not None for p in fields_only) \
                and self.functions.fields_complete(cls):
            # Narrow.model_validate({"cin": ..., "race": ...}), of a comprehension over an allow-list: the keys
            # the model declares, as Narrow(**raw) keeps them (pydantic ignores the others; an absent field
            # holds its default)
            # (Field(alias="raceCd"): the key the model is given under its alias fills that field)
            declared_names = set(self.functions.field_names(cls)) | {n for _, stmt in cls.fields for n in field_sources(stmt)}
            kept = [p for p in fields_only if p.key in declared_names]
            return container(kept, model=cls.name, labels=frozenset({cls.name}), bulk=first.bulk)
        if cls.fields and is_whole(first):
            # Narrow.model_validate(vars(m)): every field of the record, of which the model keeps its own
            first = replace(first, placements=tuple(p for p in first.placements if p.kind != "whole"))
        unseen = not first.placements or is_whole(first)
        # given: str = Field(alias="firstName"): the raw value came from firstName, a first name
        placed = [Placement(line, col, frozenset({name} | field_sources(stmt)), key=name, key_only=True, declared=unseen) for name, stmt in cls.fields]
        return container([*first.placements, *placed], model=cls.name, labels=frozenset({cls.name}))

    def partial(self, args: Args, frame: Frame | None = None, node: cst.Call | None = None) -> Val:
        """``functools.partial(f, a, k=v)``: a function value that binds those arguments; ``f`` is a
        function of the module, a sink or call the library data knows (``requests.post``), or a
        function imported from another module of the project."""
        target, rest = args[0], args[1:]
        ref = self.function_ref(target[0].value, target[1], frame)
        if ref is None:
            return OPAQUE
        # partial(requests.post, URL, data=m.ssn): a bare field bound here is placed at its argument
        bound = tuple((a.keyword.value if a.keyword is not None else None, v) for a, v in (self.m.hand(rest) or []) if not a.star)
        made = replace(ref, bound=ref.bound + bound)
        if node is not None and node is not self.m.bound_value and frame is not None and frame.func_name is not None \
                and ((ref.qual is not None and ref.qual in self.sink_functions) or _binds_every_parameter(made)):
            # return partial(requests.post, ICE_URL, json=body), transaction.on_commit(partial(post_referral,
            # payload)): a send made ready here and run later, maybe by code out of sight; analyzed once with
            # what it binds now (a call of it later reports the same placements once, with what was put in since)
            self.m.made_ready += 1
            try:
                self.functions.call_ref(made, [], frame.cls, node, frame)
            finally:
                self.m.made_ready -= 1
        return Val(const=True, function=made)

    def function_ref(self, expr: cst.BaseExpression, val: Val, frame: Frame | None) -> FunctionRef | None:
        """The function ``expr`` (whose value is ``val``) names: a function value, a function of the
        module, a sink or call the library data knows (``requests.post``), or a function imported from
        another module of the project; None when it names none of these."""
        if val.function is not None:
            return val.function
        if isinstance(expr, cst.Attribute) and LIBRARY.deferred.get(expr.attr.value) == "same" and isinstance(expr.value, (cst.Name, cst.Attribute)) \
                and (frame is None or root_name(expr.value) not in frame.env):
            # partial(post_referral.delay, payload): the task's own function, run with those arguments (a
            # bind=True task gets the task itself first, as function_ref gives it)
            task = self.function_ref(expr.value, OPAQUE, frame)
            if task is not None and isinstance(task.node, cst.FunctionDef):
                return task
        if isinstance(expr, cst.Name) and (frame is None or expr.value not in frame.env):
            fn = self.index.functions.get(expr.value)
            if fn is not None:
                return FunctionRef(fn, id(fn), bound=_task_itself(fn))
        qual = self.qualified(expr, frame or Frame(env={}))
        if qual is not None and (qual in self.sink_functions or qual in LIBRARY.calls or self.sinks.configured_sink(qual) is not None):
            return FunctionRef(None, 0, qual=qual)
        if qual is not None and isinstance(expr, (cst.Name, cst.Attribute)):
            found = self.links.foreign(dotted(expr) or "")
            fn = found[0].index.functions.get(found[1]) if found is not None else None
            return FunctionRef(fn, id(fn), qual=f"@{found[0].module_id}:{found[1]}", bound=_task_itself(fn)) if found is not None and fn is not None else None
        return None

    def dispatch(self, func: cst.Subscript | cst.Call, node: cst.Call, args: Args, frame: Frame) -> Val | None:
        """``HANDLERS[kind](payload)`` (or ``HANDLERS.get(kind)(payload)``) with ``HANDLERS`` a module
        constant dict of functions: the function of that key, or, when the key is not known, each of
        them (any may be the one called)."""
        found_entries = self._table_entries(func, frame)
        if found_entries is None:
            return None
        owner, elements = found_entries
        results, instances = [], []
        for element in elements:
            made = self._dispatched_class(owner, element.value, node, args)
            if made is not None:
                instances.append(made)  # CLASSES["ero"](): an instance of that class
                continue
            instance = self.table_object(owner, element.value) if isinstance(element.value, cst.Call) else None
            if instance is not None and instance.model is not None:
                results.append(self.method_on(instance, func, "__call__", node, args, frame))  # FORWARDERS["ice"](body): its __call__
                continue
            if owner is self.m:
                module_scope = Frame(env={})  # the table's names are the module's, whatever the running function binds
                ref = self.function_ref(element.value, self.expr.eval(element.value, module_scope), module_scope)
            else:
                ref = self.table_function(owner, element.value)
            if ref is not None:
                results.append(self.functions.call_ref(ref, args, frame.cls, node, frame))
        if instances and not results:
            return self.any_of(instances)  # CLASSES[kind](): any of them
        return join(*results, *instances) if results or instances else None

    def any_of(self, instances: list[Val]) -> Val:
        """An instance of any of several classes of a table: objects whose methods may each be the one called
        (clients), or, for data models, one value holding what each was given (``PAYLOADS[kind](ssn=m.ssn)``:
        the keyword is sent whichever model it is)."""
        if len(instances) == 1:
            return instances[0]
        found = [self.links.class_of(i.model) if i.model is not None else None for i in instances]
        if any(f is None or f[1].is_model for f in found):
            return join(*instances)
        return Val(objects=tuple(instances))

    def _declared_fields_list(self, qual: str | None, node: cst.Call, frame: Frame) -> Val | None:
        """``dataclasses.fields(Permitted)`` (or attrs') of a model class of the project: the fields it
        declares, an allow-list of their names (not every field of an unknown record)."""
        if qual not in ("dataclasses.fields", "attr.fields", "attrs.fields") or len(node.args) != 1:
            return None
        arg = node.args[0].value
        if not isinstance(arg, cst.Name) or arg.value in frame.env:
            return None
        found = self.links.class_of(arg.value)
        if found is None or not found[1].is_model:
            return None
        return Val(const=True, items=tuple(found[0].functions.field_names(found[1])), labels=frozenset({FIELD_OBJECTS_MARK}))

    def table_objects(self, node: cst.Subscript, frame: Frame) -> list[Val] | None:
        """The objects a module constant dict of instances holds under a key (``CLIENTS["ice"]``), or
        under any key when the key is not known (``CLIENTS[partner]``): each made by a class of the
        project or a library client. None when an entry is something else."""
        if not isinstance(node.value, cst.Name) or len(node.slice) != 1 or not isinstance(node.slice[0].slice, cst.Index):
            return None
        if self.table_literal(node.value.value, frame) is None:
            return None  # (the index is evaluated only for a table: evaluating an expression records what it reads)
        index = node.slice[0].slice.value
        key_val = as_key(index, self.expr.eval(index, frame))
        key = lookup_key(index, key_val)
        objects = self.table_objects_under(node.value.value, key, frame, None if key is not None else key_val)
        return objects

    def table_objects_under(self, name: str, key: str | None, frame: Frame, key_val: Val | None = None) -> list[Val] | None:
        """The objects the dispatch table ``name`` holds under ``key``, or under any key when it is None
        (``table_objects``; any of those a key known to be one of several texts, or none of some, ``key_val``, may
        read)."""
        found = self.table_literal(name, frame)
        if found is None:
            return None
        owner, literal = found
        objects: list[Val] = []
        elements = [e for e in literal.elements if isinstance(e, cst.DictElement)]
        if len(elements) != len(literal.elements):
            return None
        if key_val is not None:
            elements = entries_for_key(elements, [entry_key(e.key) for e in elements], key_val)
        for element in elements:
            if not isinstance(element, cst.DictElement) or not isinstance(element.value, cst.Call):
                return None
            if key is not None and entry_key(element.key) != key:
                continue
            made = self.table_object(owner, element.value)
            if made is None:
                return None
            objects.append(made)
        return objects or None

    def table_object(self, owner: "ModuleAnalysis", value: cst.Call) -> Val | None:
        """The object an entry of a dispatch table of module ``owner`` makes (``{"ice": IceClient()}``), as
        this module sees it: an instance of a class of the project or a library client; None otherwise."""
        maker = dotted(value.func) or ""
        if owner.links.class_of(maker) is None and (owner.index.qualify(maker) or "") not in owner.client_specs:
            return None
        made = owner.expr.eval(value, Frame(env={}))
        return translate(made, owner.module_id, self.module_id) if owner is not self.m else made

    def method_on(self, obj: Val, owner_expr: cst.BaseExpression, method: str, node: cst.Call, args: Args, frame: Frame) -> Val:
        """``method`` called on ``obj``, an instance of a class of the project or a library client."""
        if obj.client is not None:
            return self.client_method(obj, owner_expr, method, node, args, frame)
        cls_found = self.links.class_of(obj.model) if obj.model is not None else None
        found = cls_found[0].links.find_method(cls_found[1], method) if cls_found is not None else None
        return self.call_method_of(found, args, obj, node) if found is not None else OPAQUE

    def table_literal(self, name: str, frame: Frame) -> "tuple[ModuleAnalysis, cst.Dict] | None":
        """The dict literal a module constant ``name`` holds (``SENDERS = {"ice": send_ice}``), of this
        module or imported from another module of the project (``from .registry import SENDERS``), with
        the module it is written in; None for anything else (a variable, a dict changed after)."""
        if name in frame.env:
            return None
        owner: ModuleAnalysis = self.m
        # (a dict filled at module level after its literal, ROUTES["ice"] = send_ice, is the literal with those
        # entries; one filled in ways the fold does not follow holds {**old, ...}: not a table)
        literal, grown = self.index.constants.get(name), name in self.index.grown
        if literal is None and (name in self.index.imports or name in frame.imports):
            found = self.links.foreign(name, frame.imports or None)
            if found is not None:
                owner, literal, grown = found[0], found[0].index.constants.get(found[1]), found[1] in found[0].index.grown
        if grown and isinstance(literal, cst.Dict) and any(isinstance(e, cst.StarredDictElement) for e in literal.elements):
            return None
        literal = _keyword_dict(literal)
        return (owner, literal) if isinstance(literal, cst.Dict) else None

    def table_function(self, owner: "ModuleAnalysis", value: cst.BaseExpression) -> FunctionRef | None:
        """The function an entry of a dispatch table of module ``owner`` names (``{"ice": send_ice}``),
        as this module calls it: run in ``owner`` when it is one of ``owner``'s own."""
        if not isinstance(value, (cst.Name, cst.Attribute)):
            return None
        ref = owner.calls.function_ref(value, OPAQUE, None)
        if ref is not None and owner is not self.m and ref.qual is None and isinstance(ref.node, cst.FunctionDef):
            ref = replace(ref, qual=f"@{owner.module_id}:{ref.node.name.value}")
        return ref

    def _table_entries(self, func: cst.Subscript | cst.Call, frame: Frame) -> "tuple[ModuleAnalysis, list[cst.DictElement]] | None":
        """The entries of a module constant dict that ``TABLE[key]`` (or ``TABLE.get(key)``) may read, with the
        module the dict is written in: the entry of that key, or every entry when the key is not known."""
        if isinstance(func, cst.Call):
            got = _dict_get(func)
            if got is None:
                return None
            index, table = got
        elif len(func.slice) != 1 or not isinstance(func.slice[0].slice, cst.Index):
            return None
        else:
            index, table = func.slice[0].slice.value, func.value
        if isinstance(table, cst.Attribute) and isinstance(table.value, cst.Name) and table.value.value not in frame.env \
                and (table.value.value in self.index.imports or table.value.value in frame.imports):
            # clients.PARTNERS[name] of an imported module of the project: that module's dict
            found = self.links.foreign(dotted(table) or "", frame.imports or None)
            literal = _keyword_dict(found[0].index.constants.get(found[1])) if found is not None and found[1] not in found[0].index.grown else None
            if found is None or not isinstance(literal, cst.Dict):
                return None
            owner: ModuleAnalysis = found[0]
        elif isinstance(table, cst.Attribute) and isinstance(table.value, cst.Name):
            # cls._registry[name], Exporter.registry[name]: a dict of the class's body (grown at module level)
            held = table.value.value
            klass = frame.cls if held in ("cls", "self") else self.index.classes.get(held) if held not in frame.env else None
            literal = self._class_constant_node(klass, table.attr.value) if klass is not None else None
            owner = self.m
            if isinstance(literal, cst.Name):
                # class Dispatcher: table = ADAPTERS (a module table, or one imported): that table
                found_table = self.table_literal(literal.value, Frame(env={}, imports=frame.imports))
                owner, literal = found_table if found_table is not None else (owner, None)
            if not isinstance(literal, cst.Dict):
                return None
        elif not isinstance(table, cst.Name) or table.value in frame.env:
            return None
        else:
            found_table = self.table_literal(table.value, frame)
            if found_table is None:
                return None
            owner, literal = found_table
        key_val = as_key(index, self.expr.eval(index, frame))
        key = lookup_key(index, key_val)
        elements = [e for e in literal.elements if isinstance(e, cst.DictElement)]
        if key is None:
            # CLIENTS[partner] past `if partner not in ("ca", "ny"): return` (or in its else): the entries it may be
            # (a member's key by its name: a test of a text says nothing of the members of a plain Enum)
            elements = entries_for_key(elements, [entry_key(e.key) if isinstance(e.key, cst.SimpleString) else dotted(e.key) for e in elements], key_val)
        if key is not None:
            # HANDLERS[Partner.ICE] with {Partner.ICE: send_ice, ...}: the entry written with the same name
            written = dotted(index) if isinstance(index, (cst.Name, cst.Attribute)) else None
            keys = [table_key_text(owner, e.key) for e in elements]
            chosen = [e for e, k in zip(elements, keys, strict=True) if k == key or (written is not None and dotted(e.key) == written)]
            # a key that matches no entry the analysis can read: any of those whose keys it cannot compare (an
            # entry whose key is known to differ is never the one read)
            elements = chosen or [e for e, k in zip(elements, keys, strict=True) if k is None]
        return owner, elements

    def table_classes(self, node: cst.Subscript | cst.Call, frame: Frame) -> Val | None:
        """``CLIENTS["ice"]`` (or ``CLIENTS.get(name)``) of a module constant dict of classes of the project
        (``{"ice": IceClient}``): a value naming each class it may read (``TABLE_CLASS_MARK``), so that ``cls =
        CLIENTS[name]`` then ``cls()`` makes an instance of it; None when an entry it may read is no class."""
        part: "int | str | None" = None
        if isinstance(node, cst.Subscript) and isinstance(node.value, (cst.Subscript, cst.Call)) and len(node.slice) == 1 \
                and isinstance(node.slice[0].slice, cst.Index):
            # PARTNERS[partner][0] of {"ice": (IceAdapter, "referral")}, PARTNERS[partner]["adapter"] of {"ice": {"adapter": ...}}
            inner = node.slice[0].slice.value
            written = string_value(inner) if isinstance(inner, cst.SimpleString) else None
            part = int_literal(inner) if int_literal(inner) is not None else written if isinstance(written, str) else None
            if part is None:
                return None
            node = node.value
        found_entries = self._table_entries(node, frame)
        if not found_entries or not found_entries[1]:
            return None
        owner, elements = found_entries
        values = [element.value for element in elements]
        if part is not None:
            values = [_part_of(value, part) for value in values]
        elif all(isinstance(v, cst.Tuple) for v in values) and len({len(cst.ensure_type(v, cst.Tuple).elements) for v in values}) == 1:
            # adapter_cls, kind = PARTNERS[partner] of {"ice": (IceAdapter, "referral"), ...}: element by element, the
            # classes at a position where every entry holds one
            width = len(cst.ensure_type(values[0], cst.Tuple).elements)
            parts = [self.classes_named(owner, [_part_of(v, at) for v in values]) for at in range(width)]
            return Val(elements=tuple(p if p is not None else OPAQUE for p in parts)) if any(p is not None for p in parts) else None
        return self.classes_named(owner, values)

    def classes_named(self, owner: "ModuleAnalysis", values: "list[cst.BaseExpression | None]") -> Val | None:
        """A value naming each class of the project ``values`` name (``TABLE_CLASS_MARK``); None when one names none."""
        out = {TABLE_CLASS_MARK}
        for value in values:
            if not isinstance(value, (cst.Name, cst.Attribute)):
                return None
            found = owner.links.class_of(dotted(value) or "")  # {"ice": IceClient}, {"ice": clients.IceClient}
            if found is None:
                return None
            out.add(self.class_ref(*found))
        return Val(labels=frozenset(out))

    def _dispatched_class(self, owner: "ModuleAnalysis", value: cst.BaseExpression, node: cst.Call, args: Args) -> Val | None:
        """The instance a class held in a dispatch table makes (``CLASSES = {"ero": EroSender}``), a class
        of the table's module or one it imports; None when the entry names no class of the project."""
        # ({"ice": IceClient} of the module or imported, {"ice": clients.IceClient})
        found = owner.links.class_of(dotted(value) or "") if isinstance(value, (cst.Name, cst.Attribute)) else None
        return self.instance_of(*found, node, args) if found is not None else None

    def instance_of(self, home: "ModuleAnalysis", cls: ClassInfo, node: cst.Call, args: Args, frame: Frame | None = None) -> Val:
        """An instance of ``cls``, a class of this module or of another module of the project (``home``), made by the
        running function (``frame``, when known)."""
        made = self.instantiate(cls, node, args, frame=frame) if home is self.m else self.instantiate_foreign(home, cls, node, args, frame)
        if cls.is_model or not cls.bases or not any(base.rsplit(".", 1)[-1].endswith("Operator") for base in self._all_bases(home, cls)):
            return made
        # EidExportOperator(task_id="eid", sql="SELECT ...") in a DAG of Airflow, which runs the operator's execute(context)
        # with what its constructor kept (the project's own execute only; a library operator is read by the sink tables)
        found = home.links.find_method(cls, "execute")
        if found is not None and found[2] not in self._stack:
            context = cst.ensure_type(self.m.stand_in(cst.Arg(value=cst.Name("context")), node), cst.Arg)
            self.call_method_of(found, [(context, OPAQUE)], made, node)
        return made

    def instantiate_foreign(self, home: "ModuleAnalysis", cls: ClassInfo, node: cst.Call, args: Args, frame: Frame | None = None) -> Val:
        """An instance of a class of another module of the project (``home``), as this module refers to it."""
        return replace(self.instantiate(cls, node, args, home, frame), model=f"@{home.module_id}:{cls.name}")

    def enter_context(self, obj: Val, node: cst.Call, is_async: bool) -> Val:
        """``with IceApi() as api:``: what the class's ``__enter__`` (``__aenter__``) returns, the object
        with what it set on itself when it returns ``self`` (a session made on entering)."""
        found_cls = self.links.class_of(obj.model) if obj.model is not None else None
        found = found_cls[0].links.find_method(found_cls[1], "__aenter__" if is_async else "__enter__") if found_cls is not None else None
        if found is None:
            return obj
        self.m.last_self = {}
        result = self.call_method_of(found, [], obj, node)
        changed, self.m.last_self = self.m.last_self, {}
        if result.model == obj.model or (result.opaque and result.client is None and result.objects is None):
            return with_attrs(obj, changed) if changed else obj
        return result  # return self._client (a session or SFTP channel made on entering): that object

    def exit_context(self, obj: Val, node: cst.Call, is_async: bool) -> None:
        """The end of ``with IceBatch() as batch:``: the class's ``__exit__`` (``__aexit__``) runs on the
        object as the block left it (a batch it sends on leaving)."""
        found_cls = self.links.class_of(obj.model) if obj.model is not None else None
        found = found_cls[0].links.find_method(found_cls[1], "__aexit__" if is_async else "__exit__") if found_cls is not None else None
        if found is None:
            return
        sites = self.m.call_sites
        sites.append((self.population.scope(), node, self._stack[-1] if self._stack else None))
        try:
            self.call_method_of(found, [], obj, node)  # a bulk send on leaving: reported at the with item
        finally:
            sites.pop()

    def bound_method(self, receiver: Val, name: str) -> "tuple[ModuleAnalysis, ClassInfo, cst.FunctionDef] | None":
        """The method ``name`` of the project class whose object ``receiver`` is (``client.submit`` with
        ``client = Client()``), found as ``find_method`` finds it; None for a property (reading it runs
        it), a data attribute, or an object of no class of the project."""
        if receiver.model is None or receiver.client is not None:
            return None
        found_cls = self.links.class_of(receiver.model)
        method = found_cls[0].links.find_method(found_cls[1], name) if found_cls is not None else None
        if method is None or any(_reads_like_an_attribute(d) for d in method[2].decorators):
            return None  # a property, its setter, @reify, @declared_attr, @computed_field: reading runs it
        return method

    def call_method_of(self, found: tuple, args: Args, receiver: Val, node: cst.Call) -> Val:  # noqa: ANN001
        """Call a method found by ``find_method`` (in this module, or in another module of the project)."""
        owner, cls, fn = found
        if owner.calls.def_has_pragma(fn) or (not fn.name.value.startswith("_") and owner.calls.def_has_pragma(cls.node)):
            # def publish(self, body):  # medicaid-scope: enforcement -- a method marked as a sink; every public method of
            # a class so marked (class FederalRelay:  # medicaid-scope: enforcement), not its helpers (_mask) nor special methods
            where = Destination(f"{cls.name}.{fn.name.value}", "enforcement sink (pragma)")
            return self.sinks.sink(node, EVERY_ARGUMENT, args, Frame(env={}), forced=where)
        if owner is self.m:
            wrapped = self._wrapper_of(fn, Frame(env={}, cls=cls)) if fn.decorators else None
            if wrapped is not None:
                # @allow_listed def send(self, body): the wrapper the module's decorator returned runs, given the object first
                # (a static method's, with its own arguments only), and calls the method (rounds 465a, 479a)
                given = args if _is_static_def(fn) else [(cst.Arg(value=cst.Name("self")), receiver), *args]
                return self.functions.call_ref(wrapped, given, cls, node, Frame(env={}, cls=cls))
            return self.functions.call_function(fn, cls, args, receiver)
        wrapped = owner.calls._wrapper_of(fn, Frame(env={}, cls=cls)) if fn.decorators else None
        if wrapped is not None:
            # IceClient().submit(record) of a class of another module whose method a decorator of the project wraps: that
            # wrapper runs there, given the object first (round 475a)
            given = args if _is_static_def(fn) else [(cst.Arg(value=cst.Name("self")), receiver), *args]
            return self.links.call_foreign_ref(owner, replace(wrapped, qual=None), given, node)
        runtime = self.links.class_of(receiver.model) if receiver.model is not None and receiver.model != cls.name else None
        # class DhsEligibilityClient(EnvClient):  # medicaid-scope: not-enforcement -- with submit inherited
        # from a base of another module: the pragma on the object's own class holds there too
        cleared = runtime is not None and runtime[0].calls.def_has_pragma(runtime[1].node, NOT_PRAGMA)
        owner.hosts_only += cleared
        try:
            return self.links.call_foreign(owner, fn, cls, args, receiver, node)
        finally:
            owner.hosts_only -= cleared

    def _resource_type_given(self, method: str, args: Args) -> "tuple[cst.CSTNode, str] | None":
        """Where ``setdefault("resourceType", T)`` or ``update(resourceType=T)`` gives a clinical FHIR type, and the type."""
        if method == "setdefault" and len(args) == 2 and const_text(args[0][1]) == "resourceType":
            resource = self.expr.clinical_of(args[1][1])
            return (args[1][0], resource) if resource is not None else None
        if method == "update":
            given = next(((a, v) for a, v in args if a.keyword is not None and a.keyword.value == "resourceType"), None)
            resource = self.expr.clinical_of(given[1]) if given is not None else None
            return (given[0], resource) if given is not None and resource is not None else None
        return None

    def mutate(self, current: Val, method: str, args: Args) -> Val:
        """The value of a container after ``update``/``setdefault``/``append``/``extend``/``insert``."""
        added: list[Placement] = []
        values = list(args)
        if method == "setdefault" and values and current.const and current.items is not None and const_text(values[0][1]) in current.items \
                and current.model is None and current.client is None:
            return current  # cfg = dict(DEFAULTS); cfg.setdefault("url", STATE_URL): DEFAULTS' URL is still there
        if method == "setdefault" and values and current.model is None and current.client is None \
                and any(k == const_text(values[0][1]) and v.const for k, v in current.attrs or ()):
            # body = {"ssn": "REDACTED", ...}; body.setdefault("ssn", m.ssn): the key holds a constant on every way here
            # (one set on some ways only is no attribute of the joined value), which setdefault keeps
            return current
        if method == "setdefault" and values:
            key = const_text(values[0][1])
            if len(values) > 1:
                line, col = self.positions(values[1][0])
                added.extend(place(values[1][1], line, col, key))
            values = []
        elif method == "insert":
            values = values[1:]
        overwritten: set[str] = set()
        for arg, val in values:
            line, col = self.positions(arg)
            if method == "update" and isinstance(arg.value, cst.Dict):
                # rec.update({"ssn": "***"}): every key written, by a constant too, replaces what was there
                overwritten.update(
                    text for text in (string_value(e.key) for e in arg.value.elements if isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString))
                    if isinstance(text, str)
                )
            if method == "update" and arg.keyword is None and not arg.star and val.const and val.items is not None and not val.placements:
                overwritten.update(val.items)  # rec.update(dict.fromkeys(BLOCKED)): those keys now hold constants
            if method == "update" and arg.keyword is not None:
                overwritten.add(arg.keyword.value)  # rec.update(ssn=MASK)
                added.extend(place(val, line, col, arg.keyword.value))
            elif method in ADD_ONE or method == "insert":
                added.extend(place(val, line, col))
            elif val.names and not val.placements and not val.const and not arg.star:
                added.extend(place(val, line, col))  # body.update(m.ssn_info), rows.extend(m.dx_codes): that field's entries
            else:
                added.extend(val.placements)
        # (update: the keys surely written replace what was there, a dict literal's, keywords, constants; a value built by a
        # comprehension over a list joined from two ways, {f: m[f] for f in fields}, may lack some: what was there stays)
        keys = overwritten if method == "update" else {p.key for p in added if p.key}
        base = without_keys(current, keys) if method in ("update",) else current
        bulk = current.bulk.union(*(val.bulk for _, val in args))  # batch.append(row) in a loop over members
        if (current.const and not added and not bulk and method in (*ADD_ONE, "insert", "extend") and values
                and all(v.const and (method == "extend" or v.items is None) for _, v in values)):
            # names.append(f.name), cols.extend(EXTRA): constants added to a collection of constants
            texts: list[str] | None = []
            for _, val in values:
                more = val.items if method == "extend" else ((val.text,) if val.text is not None and HOLE not in val.text else None)
                texts = texts + list(more) if texts is not None and more is not None else None
            # (its elements, where known, grow too: urls = [STATE_URL]; urls.append(ICE_URL); for url in urls: each, round 447a)
            grown = tuple(v for _, v in values) if method == "append" else None
            # (cols.append("ssn") of a list that is one of several, past an earlier `if a: cols.append("zip")`: each of
            # them grows; round 506a)
            choices = tuple(tuple(dict.fromkeys((*c, *texts))) for c in current.choices) \
                if current.items is None and current.choices and texts is not None and method != "insert" else None
            return replace(current, items=current.items + tuple(texts) if current.items is not None and texts is not None else None,
                           elements=current.elements + grown if current.elements is not None and grown is not None and texts is not None else None,
                           **({"choices": choices} if choices is not None else {}))
        if method == "update" and current.const and current.items is not None and not bulk and values and current.model is None and current.client is None:
            # cfg = dict(DEFAULTS); cfg.update({"timeout": 10}): a dict of constants still, its entries (a URL) read back
            # by key, each one the last given
            merged = self._constants_updated(current, values)
            if merged is not None:
                return merged
        out = replace(container(base.placements + tuple(added)), names=base.names if not base.const else frozenset(), bulk=bulk, via=current.via)
        if current.elements is not None and not current.bulk and len(current.elements) < 16 and (
                (method == "append" and len(values) == 1) or (method == "extend" and len(values) == 1 and values[0][1].elements is not None)):
            # parts = [CBP_MATCH, m.cin]; parts.append(m.last_name): still known part by part (a "/".join of it folds)
            appended: tuple[Val, ...] = (values[0][1],) if method == "append" else values[0][1].elements or ()
            out = replace(out, elements=current.elements + appended)
        elif current.elements is not None and not current.bulk and len(current.elements) < 16 and method == "insert" and len(args) == 2 \
                and (at := _constant_index(args[0][0].value)) is not None:
            # parts = ["referrals", m.cin]; parts.insert(0, ICE_BASE): still known part by part (a slice
            # assignment a[i:i] = [x] is what insert does, negative indexes too)
            out = replace(out, elements=current.elements[:at] + (args[1][1],) + current.elements[at:])
        reached = [v.text for _, v in values if method in ADD_ONE and v.const and v.text and ("@" in v.text or "://" in v.text) and HOLE not in v.text]
        files = [v.text for _, v in values if method in ADD_ONE and v.text and v.text in self.m.written]
        if (reached and not current.const) or files:
            # to = cfg.get("mail", "to").split(","); to.append("ero-liaison@ice.dhs.gov"): the list reaches that
            # address too (a recipient list, a list of URLs); paths.append(p) of a file written here (its name
            # made at run time, f"/tmp/extract_{county}.csv"): a loop over the list uploads that file
            more = (*reached, *files) if not current.const else tuple(files)
            out = replace(out, alternatives=tuple(dict.fromkeys((*(current.alternatives or ()), *more))))
        if method in ADD_ONE and len(values) == 1 and values[0][1].model is not None and current.model in (None, values[0][1].model) \
                and (not values[0][1].placements or bulk) and (not current.placements or current.model is not None):
            # tasks.append(ReferralTask(e)): a list of objects of one class, whose methods a loop over it
            # runs (as [ReferralTask(e) for e in enrollees] gives)
            out = replace(out, model=values[0][1].model)
        # conditions.append(Member.immigration_status.in_(CODES)), filters.update(immigration_status__in=CODES):
        # a collection of conditions one of which tests status
        if CONDITIONS_MARK in current.labels or any(STATUS_MARK in val.labels or CONDITIONS_MARK in val.labels for _, val in args) or (
            method == "update" and any(arg.keyword is not None and self.population.lookup_tests_status(arg.keyword.value) for arg, _ in args)
        ):
            out = out.with_labels({CONDITIONS_MARK})
        if XML_ELEMENT_MARK in current.labels:
            out = out.with_labels(label for label in current.labels if label == XML_ELEMENT_MARK or label.startswith(XML_TAG_PREFIX))  # person.append(dob)
        if method in ("update", "setdefault") and current.model is None and current.client is None and (not current.const or current.attrs):
            # the entries masked before (rec["ssn"] = MASK) stay; rec.update(ssn=MASK), rec.update({"ssn": MASK}):
            # read back by key, those are the constants now, and an entry given data again is not
            out = replace(out, attrs=current.attrs)
            if method == "update" and any(arg.keyword is None and not arg.star and keys_unknown(val) for arg, val in values):
                out = without_constant_entries(out)  # rec.update(row), rec.update(vars(m)): any entry may hold data again
            if method == "update":
                entries: dict[str, Val] = {}
                data_keys: set[str] = set()
                for arg, val in values:
                    if arg.keyword is not None:
                        if is_scalar_constant(val):
                            entries[arg.keyword.value] = val
                        else:
                            data_keys.add(arg.keyword.value)
                    elif not arg.star:
                        entries.update(constant_entries(val))
                        data_keys.update(p.key for p in val.placements if p.key)
                out = with_constant_entries(out, entries, data_keys)
        return out

    def _excluded_columns(self, args: Args, frame: Frame | None, receiver: Val) -> list[str] | None:
        """The names of ``select(pl.exclude("ssn_num", "dob"))`` (or ``pl.exclude(PII_COLS)``), every argument such an
        exclusion: every column but those; None for anything else. A pattern (``pl.exclude("^internal_.*$")``) names
        the frame's known columns it matches (None when the frame's columns are not known)."""
        names: list[str] = []
        for arg, _ in args:
            made = arg.value
            if arg.keyword is not None or arg.star or frame is None or not isinstance(made, cst.Call) \
                    or (self.index.qualify(dotted(made.func) or "") or "") != "polars.exclude":
                return None
            for given in made.args:
                val = self.expr.eval(given.value, frame)
                listed = val.items if val.const and val.items is not None else (val.text,) if val.const and val.text is not None else None
                if listed is None or given.keyword is not None:
                    return None
                for name in listed:
                    if name.startswith("^") and name.endswith("$"):
                        matched = _columns_matching(receiver, name)
                        if matched is None:
                            return None  # (pl.exclude("^.*_code$") of a frame whose columns are not known: any of them)
                        names.extend(matched)
                    else:
                        names.append(name)
        return names if args else None  # (a pattern that matches no known column excludes nothing)

    def _listed_columns(self, args: Args, frame: Frame | None) -> Args:
        """``with_columns([pl.lit("X").alias("ssn"), ...])``: each element of a list given whole, as its own
        argument; ``with_columns([pl.lit("X").alias(c) for c in PII_COLS])`` over a constant collection: one
        keyword argument per name, each the constant expression (placed at it); any other argument as it is."""
        out: list[tuple[cst.Arg, Val]] = []
        for arg, val in args:
            made = arg.value
            if arg.keyword is not None or arg.star or frame is None:
                out.append((arg, val))
            elif isinstance(made, (cst.List, cst.Tuple)) and not any(isinstance(e, cst.StarredElement) for e in made.elements):
                out.extend((cst.ensure_type(self.m.stand_in(cst.Arg(value=e.value), e.value), cst.Arg), self.expr.eval(e.value, frame)) for e in made.elements)
            elif isinstance(made, (cst.ListComp, cst.GeneratorExp)) and made.for_in.inner_for_in is None and not made.for_in.ifs \
                    and isinstance(made.for_in.target, cst.Name) and isinstance(made.elt, cst.Call) and isinstance(made.elt.func, cst.Attribute) \
                    and made.elt.func.attr.value == "alias" and len(made.elt.args) == 1 and isinstance(made.elt.args[0].value, cst.Name) \
                    and made.elt.args[0].value.value == made.for_in.target.value:
                names = self.expr.eval(made.for_in.iter, frame)
                inner = made.elt.func.value
                value = self.expr.eval(inner, frame)
                if names.const and names.items and is_scalar_constant(value) and all(n.isidentifier() for n in names.items):
                    out.extend((cst.ensure_type(self.m.stand_in(cst.Arg(value=inner, keyword=cst.Name(n)), inner), cst.Arg), value) for n in names.items)
                else:
                    out.append((arg, val))
            else:
                out.append((arg, val))
        return out

    def _aliased_column(self, arg: cst.Arg, val: Val, frame: Frame | None) -> "tuple[cst.Arg, Val]":
        """A positional ``expr.alias("ssn")`` given to ``with_columns`` as the keyword argument ``ssn=expr`` (the column it
        makes); any other argument as it is."""
        made = arg.value
        name = string_value(made.args[0].value) if isinstance(made, cst.Call) and isinstance(made.func, cst.Attribute) \
            and made.func.attr.value == "alias" and len(made.args) == 1 and isinstance(made.args[0].value, cst.SimpleString) else None
        if arg.keyword is not None or arg.star or not isinstance(name, str) or not name.isidentifier() or frame is None:
            return arg, val
        inner = cst.ensure_type(made, cst.Call).func
        assert isinstance(inner, cst.Attribute)
        keyed = cst.ensure_type(self.m.stand_in(cst.Arg(value=inner.value, keyword=cst.Name(name)), arg), cst.Arg)
        return keyed, self.expr.eval(inner.value, frame)

    def _changed_here(self, name: str) -> bool:
        """The running function changes the container ``name`` in place (a store or ``del`` of an item, a
        method that adds or takes out, ``+=``)."""
        running = self._stack[-1] if self._stack else None
        if not isinstance(running, cst.FunctionDef):
            return True
        for n in self.functions.flat.walk(running.body):
            if isinstance(n, cst.Call) and isinstance(n.func, cst.Attribute) and isinstance(n.func.value, cst.Name) and n.func.value.value == name \
                    and n.func.attr.value in MUTATORS | {"pop", "popitem", "clear", "remove", "discard", "__setitem__", "__delitem__"}:
                return True
            targets = [t.target for t in n.targets] if isinstance(n, cst.Assign) else [n.target] if isinstance(n, (cst.AugAssign, cst.Del)) else []
            if any(isinstance(t, cst.Subscript) and isinstance(t.value, cst.Name) and t.value.value == name for t in targets) \
                    or (isinstance(n, cst.AugAssign) and isinstance(n.target, cst.Name) and n.target.value == name):
                return True
        return False

    def _is_section(self, owner: cst.BaseExpression) -> bool:
        """``cfg["dhs"]``, or a name bound once to it (``sec = cfg["dhs"]`` in the running function or the module):
        a section of a ConfigParser, whose ``get`` takes the option first and the fallback second."""
        if isinstance(owner, cst.Name):
            bound = self.functions.bound_here(owner.value)
            held = bound[0] if len(bound) == 1 else self.index.constants.get(owner.value) if not bound else None
            return isinstance(held, cst.Subscript) and self._is_section(held)
        if not isinstance(owner, cst.Subscript) or len(owner.slice) != 1 or not isinstance(owner.slice[0].slice, cst.Index):
            return False
        # (cfg = CONFIGS[0]: a parser taken from a list is no section)
        key, base = owner.slice[0].slice.value, owner.value
        listed = isinstance(base, cst.Name) and isinstance(self.index.constants.get(base.value), (cst.List, cst.Tuple))
        return not isinstance(key, (cst.Integer, cst.UnaryOperation)) and not listed

    def _setting_read(self, settings: Val, option: str, args: Args, fallback_at: int | None = None) -> Val:
        """The option ``option`` read from a ConfigParser (or one of its sections): the setting of that name, folded
        to the ``fallback=`` text when nothing else is known of it (``cfg.get("transfer", "url", fallback=ICE_URL)``),
        as ``os.environ.get(NAME, default)`` folds to its default."""
        read = self.expr.read_key(settings, option)
        fallback = argument(args, fallback_at, "fallback")
        if read.text is None and not read.alternatives and fallback is not None and fallback[1].const and fallback[1].text is not None:
            return fallback[1].with_labels(read.labels)
        return read

    @staticmethod
    def _constants_updated(current: Val, values: Args) -> Val | None:
        """A dict of constants updated with constants only (``cfg.update({"timeout": 10})``, ``cfg.update(retries=3)``):
        the dict of both, each key's entry the last given; None when an update gives anything else."""
        merged = current
        for arg, val in values:
            if arg.keyword is not None and val.const and not val.placements:
                given = replace(const_val(items=(arg.keyword.value,)), attrs=((arg.keyword.value, val),))  # cfg.update(retries=3)
            elif arg.keyword is None and not arg.star and val.const and val.items is not None and not val.placements and val.text is None:
                given = val
            else:
                return None
            merged = constants_merged(merged, given)
        return merged

    def _project_function(self, qualified: str) -> "tuple[ModuleAnalysis | None, cst.FunctionDef | None]":
        """The module function of the project a qualified name (``app.fmt.row``) names, with its module."""
        found = self.project.resolve(qualified) if self.project is not None else None
        if found is None or "." in found[1]:
            return None, None
        return found[0], found[0].index.functions.get(found[1])

    def _module_parser(self, name: str) -> Val:
        """A parser made at the module's top level (``PARSER = argparse.ArgumentParser()``) with the options
        its top-level ``PARSER.add_argument(...)`` and ``PARSER.set_defaults(...)`` calls declare."""
        frame = Frame(env={name: Val(labels=frozenset({name}))})
        for line in self.m.module.body:
            for small in getattr(line, "body", ()) if isinstance(line, cst.SimpleStatementLine) else ():
                call = small.value if isinstance(small, cst.Expr) else None
                if isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute) and isinstance(call.func.value, cst.Name) \
                        and call.func.value.value == name and call.func.attr.value in (*LIBRARY.option_methods, *LIBRARY.option_setters):
                    self._command_line(call.func.attr.value, name, call, frame)
        return frame.env[name]

    def _command_line(self, method: str, parser: str, node: cst.Call, frame: Frame) -> Val | None:
        """``ap.add_argument("--url", default=ICE_URL)``: the parser ``ap`` keeps the option's default;
        ``ap.parse_args()``: the options parsed, each attribute its default (a constant read back by
        name, as a configuration object's). None when the call is neither on a parser."""
        held = frame.env[parser]
        if held.placements or held.model is not None or held.client is not None:
            return None
        declared: dict[str, Val] = {}
        if method in LIBRARY.option_methods:
            name = option_name(node)
            given = argument_node(node, *LIBRARY.option_methods[method])
            if name is None:
                return None
            declared[name] = self.expr.eval(given, frame) if given is not None else Val(names=self.expr.field_names(name))
            offered = next((a.value for a in node.args if a.keyword is not None and a.keyword.value == "choices"), None)
            listed = self.expr.eval(offered, frame) if offered is not None else None
            if listed is not None and listed.const and listed.items and len(listed.items) <= 16:
                # add_argument("--dest", choices=sorted(DESTS), default="state"): any of the choices may be given
                declared[name] = join(declared[name], *(const_val(text=choice) for choice in listed.items))
        elif method in LIBRARY.option_setters:
            declared = {a.keyword.value: self.expr.eval(a.value, frame) for a in node.args if a.keyword is not None}  # set_defaults(url=...)
        if method in LIBRARY.option_methods or method in LIBRARY.option_setters:
            # (p.add_option(...) of optparse: its parse_args() gives the options and what was left)
            paired = {OPTIONS_PAIR_MARK} if method in LIBRARY.option_pair_methods else set()
            frame.env[parser] = with_attrs(held, declared).with_labels({OPTIONS_MARK, *paired})
            return OPAQUE
        # the options of this parser and of the parsers made from it (a subcommand's parser, made by
        # ap.add_subparsers().add_parser(...), is parsed by ap), this parser's own last; (ap.parse_args(argv):
        # the options given override the defaults, which hold otherwise)
        derived = [other for name, other in frame.env.items() if OPTIONS_MARK in other.labels and name != parser and parser in other.labels]
        if OPTIONS_MARK not in held.labels and not derived:
            return None
        options: dict[str, Val] = {}
        for other in derived:
            options.update(other.attrs or ())
        options.update(held.attrs or ())
        given = node.args[0].value if node.args and node.args[0].keyword is None and not node.args[0].star else None
        if isinstance(given, (cst.List, cst.Tuple)):
            # ap.parse_args(["--url", STATE_URL]): the options written there replace their defaults
            items = [e.value for e in given.elements]
            for i, flag in enumerate(items):
                value = items[i + 1] if i + 1 < len(items) else None
                text = string_value(flag) if isinstance(flag, cst.SimpleString) else None
                following = string_value(value) if isinstance(value, cst.SimpleString) else None
                if isinstance(following, str) and following.startswith("-"):
                    value = None  # ["--dry-run", "--url", URL]: a flag with no value of its own
                if isinstance(text, str) and text.startswith("--") and "=" not in text and value is not None:
                    options[text[2:].replace("-", "_")] = self.expr.eval(value, frame)
                elif isinstance(text, str) and text.startswith("--") and "=" in text:
                    flag_name, _, written = text[2:].partition("=")
                    options[flag_name.replace("-", "_")] = const_val(text=written)
        parsed = Val(model="SimpleNamespace", attrs=tuple(sorted(options.items())), labels=frozenset({LITERAL_OBJECT_MARK}))
        return Val(elements=(parsed, Val())) if method in LIBRARY.option_pair_parsers or OPTIONS_PAIR_MARK in held.labels else parsed

    def _one_field(self, val: Val) -> bool:
        """``val`` is the value of named fields only (a column read by its name), each a field the
        vocabulary knows and none a bundle of several (``contact_info``): no placements, no model, no client."""
        if not val.names or val.placements or val.model is not None or val.client is not None or val.const or val.response \
                or ONE_RECORD_MARK in val.labels:
            return False
        vocab = self.m.vocabulary
        return all((category := vocab.classify(name)) is not None and category != "mixed" for name in val.names)

    def _declared_only(self, node: cst.Call, model: str | None) -> bool:
        """``node`` serializes only the declared fields of ``model`` (``asdict(rec)``, ``rec.model_dump()``):
        a serializer of the library data's ``declared_dumps``, of a model whose fields are all known (no extra ones)."""
        name = dotted(node.func)
        found = self.links.class_of(model) if model is not None else None
        return name is not None and name.rpartition(".")[2] in LIBRARY.models.declared_dumps and found is not None \
            and self.functions.fields_complete(found[1])

    def _archived_folder(self, rule: Rule, node: cst.Call, args: Args) -> Val:
        """``shutil.make_archive(base, "zip", root_dir)``: an archive at ``base`` + the format's suffix holding every file
        written under the folder; its path is returned (what ``sftp.put(archive)`` sends)."""
        base = argument(args, *rule.file) if rule.file is not None else None
        folder = argument(args, *rule.files[0]) if rule.files else None
        given = argument(args, *rule.names) if rule.names is not None else None
        suffix = _ARCHIVE_SUFFIXES.get(const_text(given[1]) or "", "") if given is not None else ""
        if base is None or base[1].text is None or not suffix:
            return OPAQUE
        archive = replace(base[1], text=base[1].text + suffix, placements=(), names=frozenset())
        root = self.files.key(folder[1]) if folder is not None else None
        within = argument(args, 3, "base_dir")
        if within is not None:
            # make_archive(base, "zip", root_dir="/srv/b", base_dir="ice"): only that folder of the root (review 51c)
            inner = const_text(within[1])
            root = None if inner is None or root is None and not inner.startswith("/") else (
                inner if inner.startswith("/") or root is None else root.rstrip("/") + "/" + inner.strip("/"))
        if root is not None:
            under = [held for key, held in self.m.written.items() if key.startswith(root.rstrip("/") + "/")]
            if under:
                self.files.write(archive, tuple(p for held in under for p in held.placements), node, frozenset().union(*(held.bulk for held in under)))
        return archive

    def _namespace_open(self, name: str, running: cst.CSTNode) -> bool:
        """``running`` may give the namespace ``name`` holds attributes the analysis does not follow: it is made with a
        ``**`` spread, handed to anything, aliased, or changed through its ``__dict__``, ``vars(ns)`` or a dunder. Only
        ``name = SimpleNamespace(k=v, ...)``, ``name.attr`` (read or set) and ``vars(name)`` read keep it closed."""
        mentions = kept = 0
        for n in self.functions.flat.walk(running):
            kind = type(n)
            if kind is cst.Name and n.value == name:  # type: ignore[attr-defined]
                mentions += 1
            elif kind is cst.Attribute and isinstance(n.value, cst.Name) and n.value.value == name:  # type: ignore[attr-defined]
                kept += n.attr.value == "__dict__" or not n.attr.value.startswith("__")  # type: ignore[attr-defined]
            elif kind is cst.Call and _reads_vars_of(n, name):  # type: ignore[arg-type]
                kept += 1
            elif kind is cst.Call and isinstance(n.func, cst.Name) and n.func.value in ("setattr", "getattr", "hasattr", "delattr") \
                    and len(n.args) >= 2 and isinstance(n.args[0].value, cst.Name) and n.args[0].value.value == name \
                    and isinstance(n.args[1].value, cst.SimpleString):  # type: ignore[attr-defined]
                kept += 1  # setattr(ns, "gender", m.gender), delattr(ns, "ssn"): an attribute the analysis follows
            elif kind is cst.Call and isinstance(n.func, cst.Name) and n.func.value == "delattr" and len(n.args) == 2 \
                    and isinstance(n.args[0].value, cst.Name) and n.args[0].value.value == name:  # type: ignore[attr-defined]
                kept += 1  # delattr(ns, extra): it may take an attribute away, never add one
            elif kind in (cst.Attribute, cst.Subscript) and _reads_vars_of(n.value, name):  # type: ignore[attr-defined]
                return True  # vars(ns).update(row), vars(ns)[k] = v
            elif kind is cst.Assign and len(n.targets) == 1 and isinstance(n.targets[0].target, cst.Name) \
                    and n.targets[0].target.value == name:  # type: ignore[attr-defined]
                made = n.value  # type: ignore[attr-defined]
                if not isinstance(made, cst.Call) or any(a.star for a in made.args):
                    return True  # SimpleNamespace(**vars(m)), SimpleNamespace(cin=m.cin, **row)
                kept += 1
        return mentions != kept

    def record_fields(self, record: Val, node: cst.CSTNode) -> Val:
        """Every field of ``record``: its placements, a known model's declared fields, else a whole record at
        ``node``; the records it was read from go with them (``batch.append(vars(m))`` in a loop over members)."""
        out = self._record_fields(record, node)
        return replace(out, bulk=out.bulk | record.bulk) if record.bulk and not record.bulk <= out.bulk else out

    def _record_fields(self, record: Val, node: cst.CSTNode) -> Val:
        if record.model == "SimpleNamespace":
            # vars(ns) of SimpleNamespace(medicaid_id=m.cin, phone=m.phone): the attributes given and set on it; a whole
            # record where the running function may add attributes the analysis does not follow (setattr of a name not
            # known, another name bound to the same object)
            held = node.args[0].value if isinstance(node, cst.Call) and len(node.args) == 1 else node.value if isinstance(node, cst.Attribute) else None
            running = self._stack[-1] if self._stack else None
            if not isinstance(held, cst.Name) or running is None or self._namespace_open(held.value, running):
                return self.expr.whole_record(node)
            return record
        declared = self.functions.declared_fields(record.model) if record.model is not None else None
        # env.items.append(...), env.subjects = [...] after the constructor: what the object holds there (a
        # field given a bare name by a method, s.load(m), stays at its declaration)
        held = {k: v for k, v in (record.attrs or ()) if declared is not None and any(p.key == k for p in declared.placements)
                and (v.placements or v.const)}
        given = tuple(replace(p, key=k) if p.key is None else p for k, v in held.items() for p in v.placements)
        if MODELS_UNION_MARK in record.labels and isinstance(node, cst.Call) and self._declared_only(node, record.model):
            # asdict(e) of isinstance(e, (A, B)): the fields either model declares, not attributes set on the object
            record = replace(record, placements=tuple(p for p in record.placements if p.at_declaration or p.declared))
        elif record.placements and declared is not None and isinstance(node, cst.Call) and self._declared_only(node, record.model):
            # asdict(rec) after rec.audit_ssn = m.ssn: an attribute that is no declared field is not dumped
            names = {p.key for p in declared.placements}
            record = replace(record, placements=tuple(p for p in record.placements if p.key is None or p.key in names))
        if record.placements:
            # what the constructor and later stores gave it (p.note = m.race is placed where it was stored)
            placed_keys = {p.key for p in record.placements}
            extra = tuple(p for p in given if p.key not in placed_keys)
            return replace(record, placements=record.placements + extra) if extra else record
        if record.model is None and CALLERS_MARK in record.labels:
            return OPAQUE  # def post(df): ... df.to_dict(): what each call of post() gives, at that call
        if declared is not None and held:
            return replace(declared, placements=tuple(p for p in declared.placements if p.key not in held) + given)
        if declared is None and record.model is not None:
            columns = self.functions.orm_fields(record.model)
            if columns is not None:
                return columns  # model_to_dict(m) of a Django or SQLAlchemy model of the project: its columns
            plain = self._plain_object_fields(record, node)
            if plain is not None:
                return plain  # vars(Referral(m)) of a plain class of the project: the attributes its methods set
        return declared if declared is not None else self.expr.whole_record(node)

    def _plain_object_fields(self, record: Val, node: cst.CSTNode) -> Val | None:
        """What ``vars(obj)`` holds for an object of a plain class of the project (no model, bases of the
        project only, no ``setattr``/``__dict__`` writes): each attribute its methods set, the data it
        holds placed where it was stored, a name of unknown content at ``node``. None when the class
        or its attributes are not all known."""
        found = self.links.class_of(record.model or "")
        if found is None or found[1].is_model:
            return None
        running = self.functions._stack[-1] if self.functions._stack else None
        if running is not None and _writes_attributes_by_name(running):
            return None  # setattr(r, name, v), r.__dict__.update(row) where the object is used: not all known
        home, cls = found
        chain = [cls]
        while [b for b in chain[-1].bases if b != "object"]:
            bases = [b for b in chain[-1].bases if b != "object"]
            if len(chain) > 8 or len(bases) != 1:
                return None
            base = home.links.class_of(bases[0])
            if base is None:
                return None  # a library's base class may add attributes the analysis cannot see
            home, cls_base = base
            chain.append(cls_base)
        for klass in chain:
            if klass.node.decorators:
                return None  # a class decorator may add attributes
            for fn in klass.methods.values():
                params = fn.params.params
                if not decorated(fn, ("staticmethod", "classmethod")) and (not params or params[0].name.value != "self"):
                    return None  # def __init__(this, m): attributes set on another name than self
                if _sets_attributes_by_name(fn, params[0].name.value if params and not decorated(fn, ("staticmethod",)) else None):
                    return None  # attributes set by name, or self handed to code that may set them: not all known
        learned = found[0].functions.instance_attrs(found[1])
        if found[0] is not self.m:
            learned = {k: translate(v, found[0].module_id, self.module_id) for k, v in learned.items()}
        attrs = {**learned, **dict(record.attrs or ())}
        placements: list[Placement] = []
        line, col = self.positions(node)
        for name, val in attrs.items():
            if val.client is not None or val.function is not None:
                continue  # a session, a callback: no member data of the record
            if val.placements:
                placements.extend(replace(p, key=name) if p.key is None else p for p in val.placements)
            elif not val.const:
                placements.append(Placement(line, col, frozenset({name}), key=name))
        return container(placements, model=record.model)

    def _with_computed(self, record: Val) -> Val:
        """An instance of a model of the project given its fields by keyword (placed there), with the
        ``@computed_field`` values its class builds from them (``age`` of ``self.dob``), placed at their
        ``def``: a dump carries them too."""
        if record.model is None or not record.placements:
            return record
        found = self.links.class_of(record.model)
        computed = [name for name, made in found[1].fields if isinstance(made, cst.FunctionDef)] if found is not None else []
        if not computed:
            return record
        declared = found[0].functions.declared_fields(found[1].name) if found is not None else None
        placed = {p.key for p in record.placements}
        extra = tuple(p for p in (declared.placements if declared is not None else ()) if p.key in computed and p.key not in placed)
        if found is not None and found[0] is not self.m:
            extra = tuple(translate_placement(p, found[0].module_id, self.module_id) for p in extra)
        return replace(record, placements=record.placements + extra) if extra else record

    def _root_model(self, cls: ClassInfo) -> bool:
        """``cls`` is a pydantic ``RootModel`` (or a subclass of one of the module)."""
        seen: set[str] = set()
        while cls.name not in seen:
            seen.add(cls.name)
            if any((self.index.qualify(b) or b).endswith("RootModel") for b in cls.bases):
                return True
            base = next((self.index.classes[b] for b in cls.bases if b in self.index.classes), None)
            if base is None:
                return False
            cls = base
        return False

    def _constant_serializers(self, model: str) -> frozenset[str]:
        """The fields of ``model`` (a class of the project) a pydantic ``@field_serializer`` turns into a
        constant: every ``return`` of the method gives a literal (``return "REDACTED"``, ``return None``)."""
        found = self.links.class_of(model)
        if found is None:
            return frozenset()
        names: set[str] = set()
        for method in found[1].methods.values():
            for d in method.decorators:
                call = d.decorator
                if not (isinstance(call, cst.Call) and (dotted(call.func) or "").rpartition(".")[2] == "field_serializer"):
                    continue
                if any(a.keyword is not None and a.keyword.value == "when_used" and not (isinstance(a.value, cst.SimpleString)
                                                                                        and string_value(a.value) == "always") for a in call.args):
                    continue  # when_used="json": model_dump() still holds the field
                returns = [n for n in walk(method.body, prune=lambda n: isinstance(n, (cst.FunctionDef, cst.ClassDef, cst.Lambda)))
                           if isinstance(n, cst.Return)]
                if returns and all(r.value is not None and (isinstance(r.value, (cst.SimpleString, cst.Integer, cst.Float)) or (
                        isinstance(r.value, cst.Name) and r.value.value in ("None", "True", "False"))) for r in returns):
                    names.update(str(string_value(a.value)) for a in call.args if a.keyword is None and isinstance(a.value, cst.SimpleString))
        return frozenset(names)

    def _stored_by_method(self, owner_expr: cst.BaseExpression, method: str, node: cst.Call, args: Args, frame: Frame) -> bool:
        """A header or cookie set by a method, as ``x.headers[k] = v`` sets it (True when it was one):
        ``resp.headers.add(k, v)``/``.set``/``.setdefault``/``.update({k: v})``/``.extend([(k, v)])`` (werkzeug, Starlette), ``s.cookies.set(k, v)``
        of a session, ``resp.set_cookie(k, v)`` (``key=``/``value=``) of a response."""
        if method == "set_cookie" and isinstance(owner_expr, cst.Name) and owner_expr.value in frame.env:
            key = argument(args, 0, "key")
            value = argument(args, 1, "value")
            if key is None or value is None or const_text(key[1]) is None:
                return False
            pairs = [(key[0].value, value[0].value, value[1])]
            owner_expr = cst.Attribute(value=owner_expr, attr=cst.Name("headers"))
        elif isinstance(owner_expr, cst.Attribute) and owner_expr.attr.value in ("headers", "cookies") and isinstance(owner_expr.value, cst.Name) \
                and owner_expr.value.value in frame.env:
            if method in ("add", "set", "setdefault") and len(args) >= 2 and args[0][0].keyword is None and args[1][0].keyword is None \
                    and const_text(args[0][1]) is not None:
                pairs = [(node.args[0].value, node.args[1].value, args[1][1])]
            elif method in ("update", "extend") and node.args and all(a.keyword is not None for a in node.args):
                # headers.extend(X_Member_Dx=m.dx): a header per keyword (werkzeug)
                pairs = [(cst.SimpleString(repr(a.keyword.value)), a.value, v) for a, v in args if a.keyword is not None]
            elif method == "extend" and len(node.args) == 1 and isinstance(node.args[0].value, cst.Name) and self._pairs_held(args[0][1]):
                # extra = [("X-Member-SSN", m.ssn)], then headers.extend(extra): each pair held, at the argument (update(extra)
                # of a dict or of pairs is a dict's update, followed as one)
                pairs = [(cst.SimpleString(repr(key if key is not None else "header")), node.args[0].value, held)
                         for key, held in self._pairs_held(args[0][1])]
            elif method in ("update", "extend") and len(node.args) == 1 and isinstance(items_owner(node.args[0].value) or node.args[0].value, cst.Dict):
                # (headers.update({...}.items()): the dict literal whose pairs are given)
                literal = cst.ensure_type(items_owner(node.args[0].value) or node.args[0].value, cst.Dict)
                pairs = [(e.key, e.value, self.expr.eval(e.value, frame)) for e in literal.elements
                         if isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString)]
            elif method in ("update", "extend") and len(node.args) == 1 and isinstance(node.args[0].value, (cst.List, cst.Tuple)):
                # werkzeug's headers.extend([("X-Member-SSN", m.ssn)]): pairs of a constant name and a value
                items = [e.value for e in node.args[0].value.elements if isinstance(e, cst.Element)]
                pairs = [(t.elements[0].value, t.elements[1].value, self.expr.eval(t.elements[1].value, frame)) for t in items
                         if isinstance(t, cst.Tuple) and len(t.elements) == 2 and isinstance(t.elements[0].value, cst.SimpleString)]
            else:
                return False
        else:
            return False
        for key_node, value_node, val in pairs:
            made = cst.Subscript(value=owner_expr, slice=[cst.SubscriptElement(slice=cst.Index(value=key_node))])
            self.m.alias_position(made, value_node)
            self.statements.store_item(made, val, frame)
        return True

    @staticmethod
    def _pairs_held(val: Val) -> list[tuple[str | None, Val]]:
        """The (name, value) pairs a list of two-element tuples holds (None: a name that is no constant string, a
        header named by a variable: stored under a neutral name, its value data by its own names)."""
        pairs = [(e.elements[0].text, e.elements[1]) for e in val.elements or () if e.elements is not None and len(e.elements) == 2]
        return pairs if val.elements and len(pairs) == len(val.elements) else []

    def _named_record(self, given: cst.BaseExpression | None) -> bool:
        """``member``, ``m``, ``rec``, ``row``, ``self.enrollee``, ``members``: an expression named for a person's record
        (or many people's)."""
        name = (dotted(given) or "").rsplit(".", 1)[-1] if given is not None else ""
        words = name_words(name) if name else []
        return bool(words) and (words[-1] in LIBRARY.population.record_names or self.population.is_person_noun(name)
                                or self.population.is_plural_person(name))

    def _none_way(self, given: "tuple[cst.Arg, Val] | None") -> "tuple[cst.Arg, Val] | None":
        """``include=inc`` of a name the running function binds to ``None`` on some way (``inc = None if FULL else {...}``,
        ``inc = None`` under a test): marked so, every field on that way (round 516c); a parameter defaulting to None is no
        such way (its callers give it)."""
        running = self._stack[-1] if self._stack else None
        if given is None or not isinstance(given[0].value, cst.Name) or not isinstance(running, cst.FunctionDef):
            return given
        bound = self.functions._assignments(running).get(given[0].value.value, [])
        def none(node: cst.BaseExpression) -> bool:
            return (isinstance(node, cst.Name) and node.value == "None") or (isinstance(node, cst.IfExp) and (none(node.body) or none(node.orelse)))
        if any(none(value) for value in bound) and MAYBE_NONE_MARK in given[1].labels:
            return given[0], given[1].with_labels({NONE_WAY_MARK})
        return given

    def dump(self, receiver: Val, node: cst.Call, args: Args, frame: Frame | None = None) -> Val:
        """``model.model_dump(include=..., exclude=...)`` and its kin (a set, list or dict of names), called by the running
        function (``frame``, when known: an include list it fills, or a helper returns, is placed where each name was
        written)."""
        include = argument(args, None, "include")
        exclude = argument(args, None, "exclude")
        if receiver.placements and any(p.key and p.key.startswith("_") for p in receiver.placements) and self._declared_only(node, receiver.model):
            # lead._source_row = vars(m), then lead.model_dump_json(): a private attribute is never dumped (a key
            # model_copy(update=...) adds may be: kept)
            receiver = replace(receiver, placements=tuple(p for p in receiver.placements if not (p.key and p.key.startswith("_"))))
        out = self._with_computed(receiver)
        masked = self._constant_serializers(receiver.model) if receiver.model is not None and receiver.placements else frozenset()
        if masked:
            # @field_serializer("ssn") returning "REDACTED": the dump holds that constant, not the SSN given
            out = without_keys(out, list(masked))
        include = self._none_way(include)
        exclude = self._none_way(exclude)
        included = _names_given(include)
        if included is not None:
            if receiver.placements:
                out = only_keys(receiver, included)
                payload_model = receiver.model is not None and self.rules.is_payload_model(receiver.model.rsplit(":", 1)[-1], self.m.cleared)
                listed = self.expr.column_list(include[0].value, frame) if include is not None and not payload_model else None
                cls = self.index.classes.get(receiver.model) if receiver.model is not None else None
                computed = {n: d for n, d in cls.fields if isinstance(d, cst.FunctionDef) and any(  # (one built from the record's fields)
                    isinstance(x, cst.Attribute) and isinstance(x.value, cst.Name) and x.value.value == "self" for x in self.functions.flat.walk(d.body))} \
                    if cls is not None else {}
                held = {p.key for p in out.placements}
                for c in listed or ():
                    name = min(c.names)
                    if name in computed and name not in held:
                        # include={"full_name"} of a @computed_field built from the record's fields: chosen here, carrying
                        # the fields it reads (masked_ref of self.ssn_raw[-4:] is still the SSN)
                        out = replace(out, placements=out.placements + (replace(c, key=name, names=c.names | computed_reads(computed[name], self.index.functions)),))
                if listed is not None:
                    # a field known only by its name (Member(**row)) or by its declaration (e: Enrollee) is
                    # chosen by the include list, a column list: placed at its element (SPEC section 3)
                    at = {min(c.names): c for c in listed}
                    declared = self.functions.declared_fields(receiver.model) if receiver.model is not None else None
                    where = {(d.line, d.col) for d in declared.placements if d.module is None} if declared is not None else set()
                    # (a field declared by a model of another module, record: Member, is chosen here too)
                    out = replace(out, placements=tuple(
                        replace(p, line=at[p.key].line, col=at[p.key].col, module=None, origin="")
                        if p.key in at and ((p.module is None and (p.key_only or (p.line, p.col) in where)) or (p.module is not None and p.at_declaration))
                        else p
                        for p in out.placements))
            else:
                assert include is not None
                listed = self.expr.column_list(include[0].value, frame)  # include={"cin", "ssn"}: each name at its own element
                out = container(listed) if listed is not None else named_entries(included, *self.positions(include[0]))
        excluded = _names_given(exclude, deny=True)
        if excluded is not None:
            nested = _nested_names(exclude)
            out = without_keys(out, [k for k in excluded if k not in nested])
            # exclude={"address": {"care_of_name"}}: the sub-model's field (and what a model there holds),
            # not the whole address
            dropped = {k: self.functions.names_under(receiver.model, k, v) or set(v) for k, v in nested.items()}
            # (a name read through the key, subject.ssn, is the sub-model's field too; a placement named
            # contact.email is that sub-field's value, gone whatever the value's own names)
            gone = {k: set(v) | {f"{k}.{n}" for n in v} for k, v in dropped.items()}
            left = [(p, frozenset() if p.key in nested and any(f"{p.key}.{n}" in p.names for n in nested[p.key])
                     else p.names - gone[p.key] if p.key in gone else p.names) for p in out.placements]
            # (a whole record of unknown fields keeps no names to lose: excluding some leaves it unbounded, MCD103)
            out = replace(out, placements=tuple(replace(p, names=names) if names != p.names else p for p, names in left if names or not p.names))
        nested = _nested_names(include)
        kept = {k: under for k, v in nested.items() if (under := self.functions.names_under(receiver.model, k, v)) is not None}
        if kept:
            # include={"address": {"street", "zip_code"}}: only those fields of the sub-model (and what a
            # model among them holds); a sub-model this module does not declare keeps all its names. A
            # placement named phone.number is that sub-field's value: kept whole, or dropped whole
            placements: list[Placement] = []
            for p in out.placements:
                subs = {n.split(".", 1)[1] for n in p.names if n.startswith(f"{p.key}.")} if p.key in kept else set()
                if p.key not in kept:
                    placements.append(p)
                elif subs:
                    if subs & nested.get(p.key, frozenset()):
                        placements.append(p)
                else:
                    placements.append(replace(p, names=frozenset(n for n in p.names if n == p.key or n in kept[p.key])))
            out = replace(out, placements=tuple(placements))
        return out


#: methods that give every field of an object (``o.to_dict()``) when nothing is known of its fields
#: SQLAlchemy ``func.<name>`` aggregates: a number of a group, not a column of a record
_SQL_AGGREGATES = frozenset({"count", "sum", "avg", "stddev", "variance", "count_distinct"})  # (min/max: someone's value)
#: the label of an object that runs the function it is called with (``Library.runner_objects``), then its style
RUNNER_MARK = "<runner>"


def _with_part(path: str, method: str, part: str) -> str:
    """``path`` with its suffix, name or stem replaced as ``PurePath.with_suffix``/``with_name``/``with_stem`` would."""
    folder, slash, name = path.rpartition("/")
    stem, dot, suffix = name.rpartition(".") if "." in name.lstrip(".") else (name, "", "")
    if method == "with_name":
        name = part
    elif method == "with_stem":
        name = part + (dot + suffix if dot else "")
    else:
        name = (stem if dot else name) + part
    return folder + slash + name


_EVERY_FIELD_METHODS = frozenset({"to_dict", "as_dict", "_asdict", "dict", "model_dump", "__getstate__"})


def _returns_every_field(fn: cst.FunctionDef, index: int) -> bool:
    """``fn`` returns every field of its parameter ``index`` (``return vars(o)``, ``o.__dict__``)."""
    params = fn.params.params
    if len(params) <= index:
        return False
    own = params[index].name.value
    returned = [r.value for r in _returns(fn.body) if r.value is not None]
    return any(_serializes_every_field(cst.Lambda(params=cst.Parameters(params=[cst.Param(cst.Name(own))]), body=value)) for value in returned)


def _serializes_every_field(node: cst.BaseExpression) -> bool:
    """A function that turns an object into all its fields: ``vars``, ``dataclasses.asdict``,
    ``lambda o: o.__dict__``, ``lambda o: vars(o)``, ``lambda o: o.to_dict()`` (given as
    ``default=`` to ``json.dumps``)."""
    if isinstance(node, cst.Lambda):
        params = node.params.params
        if len(params) != 1:
            return False
        body, own = node.body, params[0].name.value
        if isinstance(body, cst.Attribute) and body.attr.value == "__dict__":
            return isinstance(body.value, cst.Name) and body.value.value == own
        if (isinstance(body, cst.Call) and not body.args and isinstance(body.func, cst.Attribute) and body.func.attr.value in _EVERY_FIELD_METHODS
                and isinstance(body.func.value, cst.Name) and body.func.value.value == own):
            return True
        if isinstance(body, cst.Call) and len(body.args) == 1 and _serializes_every_field(body.func):
            argument_node = body.args[0].value
            return isinstance(argument_node, cst.Name) and argument_node.value == own
        return False
    name = dotted(node)
    return name in ("vars", "asdict", "dataclasses.asdict")


#: builtins that make an empty collection when called with nothing
_EMPTY_COLLECTIONS = frozenset({"list", "set", "tuple", "frozenset"})
#: methods that put one more element (or the elements of one list) into a container
_ONE_MORE = frozenset({"append", "appendleft", "insert", "add", "extend"})


def _literal_imported_by(holder: "ModuleAnalysis", text: str, seen: set[int]) -> "tuple[ModuleAnalysis, cst.SimpleString] | None":
    """The string literal holding ``text`` in a module ``holder`` imports from (each module looked at once over the
    calls sharing ``seen``), with that module; None when none holds it."""
    for other in _imported_modules(holder):
        if id(other) in seen:
            continue
        seen.add(id(other))
        literal = other.expr.literal_of(cst.Name("_"), text)
        if literal is not None:
            return other, literal
    return None


def _imported_modules(holder: "ModuleAnalysis") -> "list[ModuleAnalysis]":
    """The modules of the project ``holder`` imports from: first those it imports a constant from (``from app.queries
    import LEGACY_SQL``), then the others (``import app.state_reports``), so that a text two modules hold is found in
    the one the constant handed on comes from."""
    constants: list[ModuleAnalysis] = []
    others: list[ModuleAnalysis] = []
    for imported in holder.index.imports:
        found = holder.links.foreign(imported)
        if found is None:
            continue
        other, rest = found
        (constants if rest and rest.split(".", 1)[0] in other.index.constants else others).append(other)
    return constants + others


#: PostgreSQL's COPY of a query's or a table's rows (``COPY (SELECT ...) TO STDOUT``, ``COPY members (cin) TO STDOUT``)
_COPY = re.compile(r"\s*copy\b", re.IGNORECASE)
_COPY_TABLE = re.compile(r"\s*copy\s+([\w.\"]+)\s+to\b", re.IGNORECASE)
#: the query ``sql.unload`` reads a table unloaded whole as (``COPY INTO @stage FROM members``)
_UNLOADED_TABLE = re.compile(r"SELECT\s+\*\s+FROM\s+([\w.\"$]+)", re.IGNORECASE)


#: the module state of a store the module's functions share by key (Airflow's XCom: ``shared_put``, ``shared_get``),
#: one entry per key, and the key a task's return value is kept under (read by naming the task alone)
SHARED_STORE = "<shared store>"
RETURNED_KEY = "return_value"


def _under_key(added: list[Placement], key: str | None) -> list[Placement]:
    """Placements put into a container under ``key``: named by the key and theirs (``subject.ssn``),
    or, under some key (``ANY_KEY``, ``STATUS_KEY``), read back by any constant key."""
    if key in (ANY_KEY, STATUS_KEY):
        return [replace(p, detail=key) if p.kind == "field" else p for p in added]  # (a whole record keeps its text for the message)
    if key is not None:
        return [replace(p, key=key, names=p.names | ({f"{key}.{p.key}"} if p.key and p.key != key and not p.key.startswith(HOLE) else set())) for p in added]
    return added


#: operators that keep both operands (a merge of dicts, a sum or concatenation): reduce with one keeps every element
def _emptied(val: Val) -> Val:
    """``val`` after ``clear()``: an empty container of its kind, named as it was."""
    return Val(const=True, items=() if val.items is not None else None, elements=() if val.elements is not None else None, labels=val.labels)


def _names_of_the_list(frame: Frame, name: str) -> list[str]:
    """``name`` and the other names of the container it holds (``staged = batch``) that hold at least what it does."""
    return [name, *(other for other, keys in frame.containers_of(name) if not keys and _holds_all_of(frame.env[other], frame.env[name]))]


def _holds_all_of(one: Val, other: Val) -> bool:
    """``one``, another name of the container ``other`` is, holds at least what ``other`` does (``pending = batch``,
    then ``pending.append(...)``); a name bound on one way only (``done = urgent_q`` or ``routine_q``) holds what either
    may, more than each of them."""
    had = set(one.placements)
    return all(p in had for p in other.placements) and other.bulk <= one.bulk


def _a_number(passed: Val) -> Val:
    """A number computed from ``passed`` (``sum(fees)``, ``int(m.units)``): it carries the names it was computed
    from, and no collection to take elements of; the list of fields summed (``sum([fee(p) for p in
    m.procedure_codes])``) is no data sent, the number carries their names."""
    if passed.placements and all(p.module is None and p.kind == "field" for p in passed.placements):
        passed = replace(passed, placements=(), names=passed.names.union(*(p.names for p in passed.placements)))
    return replace(passed, items=None, elements=None, choices=None, model=None, attrs=None, function=None, client=None).with_labels({NUMBER_MARK})


_MERGING_OPERATORS = frozenset({"operator.or_", "operator.ior", "operator.add", "operator.iadd", "operator.concat", "operator.iconcat",
                                "operator.and_", "operator.iand", "sqlalchemy.and_", "sqlalchemy.or_"})
#: builtins that go through an iterable as a for loop does
_ITERATING = frozenset({"list", "tuple", "set", "frozenset", "sorted", "iter"})


def _read_names(node: cst.BaseExpression, other_person: "Callable[[str], bool]") -> frozenset[str]:
    """The fields an expression reads by attribute or constant key (``m.immigration_status``, ``r["status"]``);
    one read through another person (``x.spouse.imgrtn_stus_cd``, ``other_person("spouse")``) is named
    for that person (``spouse_imgrtn_stus_cd``)."""
    out: set[str] = set()
    for n in walk(node):
        if isinstance(n, cst.Attribute):
            owners = (dotted(n) or "").split(".")[1:-1]
            person = next((o for o in owners if other_person(o)), None)
            out.add(f"{person}_{n.attr.value}" if person is not None else n.attr.value)
        elif isinstance(n, cst.Subscript) and len(n.slice) == 1 and isinstance(n.slice[0].slice, cst.Index) \
                and isinstance(n.slice[0].slice.value, cst.SimpleString):
            key = string_value(n.slice[0].slice.value)
            if isinstance(key, str):
                out.add(key)
    return frozenset(out)


def _returns(body: cst.BaseSuite) -> list[cst.Return]:
    """The ``return`` statements of a function body, in its blocks too (not in nested functions)."""
    return [n for n in walk(body, prune=lambda n: isinstance(n, (cst.FunctionDef, cst.Lambda))) if isinstance(n, cst.Return)]


def _attrs_filter(call: "cst.BaseExpression | None", constants: "Mapping[str, cst.BaseExpression] | None" = None) -> "tuple[str, frozenset[str]] | None":
    """``filter=attr.filters.include(f.medicaid_id, "date_of_birth")`` (or ``exclude``): which kind and
    the attribute names it lists (``attr.fields(M).ssn``, ``f.ssn``, or the name as a string; also unpacked from
    a literal or a module constant of ``constants``: ``include(*BASIC)``); None when the filter is anything else
    (a lambda, a function: what it keeps is not known)."""
    if not isinstance(call, cst.Call):
        return None
    func = dotted(call.func) or ""
    kind = func.rsplit(".", 1)[-1]
    if kind not in ("include", "exclude") or not func.endswith(("filters.include", "filters.exclude")):
        return None
    names: set[str] = set()
    values: list[cst.BaseExpression] = []
    for arg in call.args:
        if arg.star == "*":
            listed = constants.get(arg.value.value) if isinstance(arg.value, cst.Name) and constants is not None else arg.value
            if not isinstance(listed, (cst.Tuple, cst.List)) or any(isinstance(e, cst.StarredElement) for e in listed.elements):
                return None  # include(*names) of something the analysis cannot list
            values += [e.value for e in listed.elements]
        elif arg.star:
            return None
        else:
            values.append(arg.value)
    for value in values:
        if isinstance(value, cst.Attribute):
            names.add(value.attr.value)
        elif isinstance(value, cst.SimpleString) and isinstance(string_value(value), str):
            names.add(string_value(value))  # type: ignore[arg-type]
        else:
            return None  # a class (include(int)) or something computed: not a list of names
    return kind, frozenset(names)


#: decorators that make a method read as an attribute (reading runs it), by their last name
_ATTRIBUTE_DECORATORS = frozenset({"setter", "getter", "deleter", "reify", "declared_attr", "computed_field"})


def _reads_like_an_attribute(decorator: cst.Decorator) -> bool:
    """``@property``, ``@x.setter``, ``@cached_property``, ``@reify``: the method is read, not called."""
    written = dotted(decorator.decorator.func if isinstance(decorator.decorator, cst.Call) else decorator.decorator) or ""
    return "property" in written.lower() or written.rsplit(".", 1)[-1] in _ATTRIBUTE_DECORATORS


#: the start of the label of a schema made with unknown= (``Schema(unknown=INCLUDE)``), followed by what it says
UNKNOWN_KEYS_MARK = "<unknown keys: "


def _meta_constants(cls: ClassInfo) -> list[tuple[str, cst.BaseExpression]]:
    """The assignments of a class's inner ``class Meta`` (``unknown = EXCLUDE``)."""
    body = cls.node.body.body if isinstance(cls.node.body, cst.IndentedBlock) else ()
    meta = next((item for item in body if isinstance(item, cst.ClassDef) and item.name.value == "Meta"), None)
    if meta is None or not isinstance(meta.body, cst.IndentedBlock):
        return []
    return [(s.targets[0].target.value, s.value) for line in meta.body.body if isinstance(line, cst.SimpleStatementLine)
            for s in line.body if isinstance(s, cst.Assign) and len(s.targets) == 1 and isinstance(s.targets[0].target, cst.Name)]


def _joined(sides: "list[tuple[cst.BaseExpression, Val]]", positions: "Callable[[cst.CSTNode], tuple[int, int]]") -> Val:
    """Two frames joined (``per_person.merge(addr)``, ``pd.merge(per_person, addr)``). A column given bare (its
    field names, placed nowhere yet: ``per_person = claims.groupby("cin")["mdcd_pd_amt"].sum()``) is put into
    the merged frame here, placed at its side."""
    return combine(*(replace(v, names=frozenset(), placements=place(v, *positions(e))) if v.names and not v.placements
                     and not v.const and v.model is None and v.client is None else v for e, v in sides))


def _passed(rule: Rule, args: Args) -> Val:
    """What a ``pass`` call or method returns: what its argument at ``rule.arg`` carried (the first one
    by default: ``stack.enter_context(open(path, "w"))``), or given by the keyword ``rule.arg_kw``
    (``kms.encrypt(KeyId=K, Plaintext=body)``), or every argument's (``"all"``)."""
    if rule.arg == "all" and rule.ordered and args and all(a.keyword is None and not a.star for a, _ in args):
        # cin, ssn = await asyncio.gather(load_cin(m), load_ssn(m)): each result in its place
        return replace(combine(*(v for _, v in args)), elements=tuple(v for _, v in args))
    if rule.arg == "all":
        return combine(*(v for _, v in args))
    found = argument(args, int(rule.arg), rule.arg_kw)
    return found[1] if found is not None else OPAQUE


def _member_test(node: cst.BaseExpression) -> cst.BaseExpression | None:
    """``lambda c: c in KEEP``: the collection a one-parameter lambda tests its argument's membership
    in (None for any other expression)."""
    if not isinstance(node, cst.Lambda) or len(node.params.params) != 1 or isinstance(node.params.star_arg, cst.Param) or node.params.kwonly_params:
        return None
    body = node.body
    param = node.params.params[0].name.value
    if not (isinstance(body, cst.Comparison) and len(body.comparisons) == 1 and isinstance(body.comparisons[0].operator, cst.In)):
        return None
    tested = body.left
    if isinstance(tested, cst.Call) and not tested.args and isinstance(tested.func, cst.Attribute) and tested.func.attr.value in CLEANUPS:
        tested = tested.func.value  # lambda c: c.lower() in KEEP: the same names, folded
    return body.comparisons[0].comparator if isinstance(tested, cst.Name) and tested.value == param else None


def _all_names(val: Val) -> frozenset[str]:
    """Every name a value carries, its own and those of the placements in it."""
    return val.names.union(*(p.names for p in val.placements))


def _marked_entry(home: "ModuleAnalysis", value: Val, name: str | None, where: cst.CSTNode, key: str = "") -> Val:
    """An entry of the constant dict ``name`` of module ``home`` spread as keyword arguments, with the
    pragmas that mark it: on the constant's line (``OPTS = {...}  # medicaid-scope: enforcement``) or on
    the entry's own line; its URL is named by the dict too (``**ICE_REFERRAL_OPTS``: the name that
    supplies the destination, SPEC section 4)."""
    if name is not None and name in home.marked or (home.index.pragma_lines and home.calls.has_pragma(where, home.index.pragma_lines)):
        label = name or "entry"
        return marked_enforcement(value, label)
    if name is not None and name.isupper() and key in ("url", "base_url", "endpoint", "host") and value.const and value.text is not None \
            and name not in home.cleared:
        return value.with_labels({name})
    return value


def _set_of_names(method: str, receiver: Val, args: Args, first: Val | None) -> Val | None:
    """``A.intersection(B)``, ``A.union(B)``, ``A.difference(B)`` of constant collections of names (an
    allow-list widened or narrowed): the names it holds; ``ALLOWED.intersection(rec)`` and
    ``df.columns.intersection(ALLOWED)`` are at most the allow-list. None for anything else."""
    own = receiver.items if receiver.const else None
    if method == "intersection":
        if own is not None:
            others = [v.items for _, v in args if v.const and v.items is not None]
            if args and len(others) == len(args):
                return const_val(items=tuple(i for i in own if all(i in o for o in others)))  # EXPORT_COLUMNS.intersection(PERMITTED)
            return const_val(items=own)
        return const_val(items=first.items) if first is not None and first.const and first.items is not None else None
    given = [v.items for a, v in args if v.const and v.items is not None and a.keyword is None and not a.star]
    if own is None or not args or len(given) != len(args):
        return None
    if method == "union":
        return const_val(items=tuple(dict.fromkeys([*own, *(i for items in given for i in items)])))  # BASE.union({"ssn"})
    dropped = {i for items in given for i in items}
    return const_val(items=tuple(i for i in own if i not in dropped))  # WIDE.difference({"ssn"}): those left


def table_key_text(owner: "ModuleAnalysis", key: cst.BaseExpression | None) -> str | None:
    """The key of a table's entry as a lookup compares it (``entry_key``); a key written as a constant's name
    (a registry filled by ``@route(ICE_TOPIC)`` with ``ICE_TOPIC`` imported) is that constant's text in the
    table's module."""
    found = entry_key(key)
    if found is None and isinstance(key, (cst.Name, cst.Attribute)):
        return const_text(owner.expr.eval(key, Frame(env={})))
    return found


def _part_of(value: cst.BaseExpression, part: "int | str") -> cst.BaseExpression | None:
    """The element at ``part`` of a tuple or list literal, or the entry under the key ``part`` of a dict literal."""
    if isinstance(part, int) and isinstance(value, (cst.Tuple, cst.List)) and -len(value.elements) <= part < len(value.elements):
        element = value.elements[part]
        return None if isinstance(element, cst.StarredElement) else element.value
    if isinstance(part, str) and isinstance(value, cst.Dict):
        return next((e.value for e in value.elements if isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString)
                     and string_value(e.key) == part), None)
    return None


def _columns_matching(frame: Val, pattern: str) -> "list[str] | None":
    """The columns of a frame whose names a polars pattern (``"^internal_.*$"``) matches; None when the frame's
    columns are not known (a whole record) or the pattern is not one Python reads."""
    if is_whole(frame) or not frame.placements:
        return None
    try:
        compiled = re.compile(pattern)
    except re.error:
        return None
    return [p.key for p in frame.placements if p.key is not None and compiled.fullmatch(p.key)]


#: Python's builtins (``len``, ``str``, ``sorted``): inside a marked call's arguments, what the marked call sends
_BUILTINS = frozenset(dir(builtins))

#: keywords of a call that set up the connection, not data (``region=``, ``timeout=``, ``retries=``)
_CLIENT_SETTINGS = frozenset({"region", "region_name", "retries", "max_retries", "timeout", "connect_timeout", "read_timeout", "host", "port",
                              "endpoint", "endpoint_url", "username", "password", "credentials", "verify", "profile", "profile_name",
                              "backoff", "backoff_factor"})
#: words of a function that makes the client a marked call is made on (``open_channel``, ``pool.get``, ``Queue``)
_CLIENT_MAKERS = frozenset({"client", "channel", "session", "connection", "conn", "connect", "producer", "publisher", "uploader", "sender",
                            "transport", "gateway", "queue", "resource", "stub", "bus", "relay", "pool", "api", "sftp", "ftp", "smtp", "for",
                            "get", "open", "make", "create", "new", "build"})
#: words of a connection setting that may carry data (an object's key, a file's path, a stream)
_DATA_SETTING_WORDS = frozenset({"key", "keys", "path", "file", "stream", "from", "sender", "local", "remote", "dir", "directory", "folder",
                                 "prefix"})


def _client_setting(keyword: str) -> bool:
    """A keyword that sets up the connection (``region``, ``timeout``, ``api_key``, ``base_url``, ``ca_bundle``), not
    data (``key=m.ssn`` of a Kafka record, ``path=`` of a file are data)."""
    if keyword in _CLIENT_SETTINGS:
        return True
    words = set(name_words(keyword))
    return connection_setting(keyword) and not (words & _DATA_SETTING_WORDS and not words & {"api", "secret", "private", "public", "ssl", "tls", "ca"})


def _called_name(func: cst.BaseExpression) -> str:
    """The last name of what a call calls (``Queue`` of ``boto3.resource("sqs").Queue``)."""
    return func.attr.value if isinstance(func, cst.Attribute) else func.value if isinstance(func, cst.Name) else ""


def _pragma_destination(func: cst.BaseExpression) -> Destination:
    """The destination of a call the enforcement pragma marks, named as the call is written (``df.to_sql``; ``transmit``
    of ``open_channel(cfg).transmit``)."""
    return Destination(dotted(func) or _called_name(func) or "call", "enforcement sink (pragma)")


def _reads_vars_of(node: cst.BaseExpression, name: str) -> bool:
    """``node`` is ``vars(name)`` or ``name.__dict__``."""
    if isinstance(node, cst.Attribute):
        return node.attr.value == "__dict__" and isinstance(node.value, cst.Name) and node.value.value == name
    return isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value == "vars" and len(node.args) == 1 \
        and isinstance(node.args[0].value, cst.Name) and node.args[0].value.value == name


_REMOTE_PATH = re.compile(r"^(?:[\w.+-]+@)?([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|\x00[\w.-]*):(?!//)")
#: the options of a cloud command line that name the container an upload goes to (``az storage blob upload``)
_CONTAINER_FLAGS = frozenset({"--container-name", "--destination", "-c"})
#: the options of curl and wget whose value is a header or a name, not a place the command sends to
_VALUE_FLAGS = frozenset({"-H", "--header", "-e", "--referer", "-A", "--user-agent", "--proxy", "-x", "-u", "--user", "-o", "--output", "-O",
                          "-d", "--data", "--data-raw", "--data-binary", "--data-urlencode", "--json", "-F", "--form", "-w", "--write-out",
                          "-b", "--cookie", "-m", "--message", "--body", "--subject"})


#: a command line that reads its standard input (what a started process is given there is sent where it sends)
READS_STDIN_MARK = "<reads its standard input>"
#: the options of curl and wget (``_FETCHERS``) whose value is the file the answer is saved to
_OUTPUT_FLAGS = frozenset({"-o", "--output", "-O", "--output-document", "-P", "--directory-prefix"})
_FETCHERS = frozenset({"curl", "wget"})
#: programs that copy from the places they name first to the place they name last: always (``_COPY_COMMANDS``), or in
#: a copy subcommand (``aws s3 cp``, ``gsutil rsync``; ``aws sqs send-message`` sends to its queue)
_COPY_PROGRAMS = frozenset({"scp", "sftp", "rsync", "aws", "gsutil", "gcloud", "rclone", "azcopy", "s3cmd", "mc"})
_COPY_COMMANDS = frozenset({"scp", "sftp", "rsync"})
_COPY_VERBS = frozenset({"cp", "mv", "sync", "rsync", "copy", "move", "copyto", "moveto", "mirror", "put", "get"})
#: a word of a shell line that ends its first command or redirects its output
_SHELL_CONTROL = re.compile(r"^[();<>|&]+$")
#: the options of a cloud command line that name the host it sends to, wherever they stand (aws --endpoint-url)
_HOST_FLAGS = frozenset({"--endpoint-url", "--endpoint", "--host", "--host-bucket", "--url"})
#: how the path of a file of this machine begins on a command line
_LOCAL_PATH_STARTS = ("/", "./", "../", "~/")


def _rclone_places(word: str) -> list[str]:
    """``ero-s3:ice-handoff/inbound/`` of rclone: a remote configured on this machine, named as a host is (its own name
    decides, ``sftp://ero-s3/``), and a path whose first part is the bucket of an object store (``s3://ice-handoff/inbound/``;
    ``remote:/path`` names no bucket). Empty for any other word."""
    found = re.match(r"^([A-Za-z][\w.-]*):(/?)([^/]*)(.*)$", word.strip("'\""))
    if found is None or "://" in word:
        return []
    remote, rooted, first, rest = found.groups()
    return [f"sftp://{remote}/", *([f"s3://{first}{rest}"] if first and not rooted else [])]


def _shell_words(text: str) -> list[str]:
    """The words of a command line as a shell splits them (quotes kept together; ``;``, ``&&``, ``|``, redirections and
    parentheses words of their own even where they touch a word, ``x:/in/;``; a new line ends a command as ``;`` does; a
    comment, ``# ...`` after a blank, is no word); by blanks when it does not parse."""
    try:
        lexer = shlex.shlex(_without_comments(text.replace("\\\n", " ")).replace("\n", " ; "), posix=True, punctuation_chars=True)
        lexer.whitespace_split = True
        lexer.commenters = ""
        return list(lexer)
    except ValueError:
        return text.split()


def _without_comments(text: str) -> str:
    """A shell line without its comments: a ``#`` that starts a word outside quotes, to the end of its line (``"Bearer
    #tok"`` and ``https://x/a#b`` are text)."""
    out: list[str] = []
    quote = ""
    at = 0
    while at < len(text):
        char = text[at]
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "#" and (at == 0 or text[at - 1].isspace()):
            end = text.find("\n", at)
            at = len(text) if end < 0 else end
            continue
        out.append(char)
        at += 1
    return "".join(out)


def _remote_place(word: str) -> str | None:
    """The place a word of a command line sends to: a URL (``https://eid.ice.gov/x``, ``s3://bucket/key``, also after
    ``--url=``) or a remote path (``ero-mft.ice.dhs.gov:/in/``, ``user@host:path``, read as ``sftp://host/path``); None
    for any other word."""
    word = word.strip("'\"")
    if "=" in word and "://" in word.split("=", 1)[1]:
        option = word.split("=", 1)[0].lower()
        if not (option.startswith("-") and option.rstrip("s").endswith(("url", "uri", "host", "endpoint", "destination", "dest", "target"))):
            return None  # ref=https://www.ice.gov/policy: a value sent as data, not where (--url=https://... is)
        word = word.split("=", 1)[1]
    if "://" in word:
        return word if word.split("://", 1)[0].isalnum() else None
    found = _REMOTE_PATH.match(word)
    if found is None and re.match(r"^[\w.+-]+@:(?!//)", word):
        return f"sftp://{HOLE}/{word.split(':', 1)[1].lstrip('/')}"  # f"svc@{HOST}:/drop/" with HOST not known: its name decides
    return f"sftp://{found.group(1)}/{word[found.end():].lstrip('/')}" if found is not None else None


class _CommandSegment:
    """One command of a command line (a shell line's commands are read one by one): its program, whether it copies
    (``scp``, ``aws s3 cp``: the last place it names is where it sends), and the places and local paths it names, in order
    (each place with the names that supplied it; a local path with none)."""

    def __init__(self) -> None:
        self.program = ""
        self.copying = False
        self.order: list[tuple[list[str], frozenset[str]]] = []
        self.always: list[tuple[list[str], frozenset[str]]] = []  # places an option names (--endpoint-url), wherever it stands

    def found(self, places: list[str], labels: frozenset[str]) -> None:
        self.order.append((places, labels))


def _is_static_def(fn: cst.FunctionDef) -> bool:
    """``fn`` is decorated ``@staticmethod`` (called with its own arguments only)."""
    return any(isinstance(d.decorator, cst.Name) and d.decorator.value == "staticmethod" for d in fn.decorators)
