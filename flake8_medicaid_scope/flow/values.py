"""Abstract values of the data-flow analysis.

A ``Val`` is what the analysis knows about the value of an expression: the
field names it carries, the placements it contains (each dict entry, list
element or keyword argument that put a named value into data), whether it is
a constant, its folded text (for URLs), and the names that supplied it (for
deciding whether a destination is enforcement).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..destinations import PATH_DATA_MARK, shipped_enforcement_host
from typing import Any, Callable, Iterable, Sequence, TypeVar

_T = TypeVar("_T")


def replace(obj: _T, **changes: Any) -> _T:
    """``dataclasses.replace`` for the analysis's own dataclasses, about ten times faster: they
    have no ``__post_init__``, no ``InitVar`` and no ``init=False`` field, so a copy of the
    instance's ``__dict__`` with the changes is the same object ``dataclasses.replace`` would build
    (it was a tenth of the analysis time on the dense corpus). An unknown field name raises."""
    new = object.__new__(type(obj))
    state = new.__dict__
    state.update(obj.__dict__)
    for name in changes:
        if name not in state:
            raise TypeError(f"{type(obj).__name__} has no field {name!r}")
    state.update(changes)
    return new

#: a label on what an enforcement endpoint returned, and on what was read from it (``resp.json()["items"]``):
#: data that came back from enforcement (inbound models; put into data again, it discloses nothing new)
INBOUND_MARK = "<returned by enforcement>"
#: a label on the body of an answer read out of it (``resp.json()``, ``resp.text``): another system's data, named by
#: the key or variable it is put under as what an unseen call returns is (with INBOUND_MARK, enforcement's own: never)
BODY_MARK = "<body of an answer>"
#: an in-memory file made of what enforcement returned (``io.StringIO(resp.text)``): a reader over it reads its answer
INBOUND_CONTENT_MARK = "<file of what enforcement returned>"
#: a parameter every visible call binds to a non-enforcement host (``dhs_url`` given the state's own
#: DHS URL): the names that hold it (the parameter, ``self.dhs_url``) are no destination signal
QUIET_MARK = "<given only safe hosts>"
#: a string written in one expression over several lines (adjacent f-strings in parentheses): each line is one value
#: a value known not to be a text (``dest`` past ``if dest == "ice": return``): this mark followed by the text; a
#: constant table read by it is its other entries
KEY_NOT_MARK = "<not the text>"
#: an attribute of the object that holds the key of this run of a method (``BUCKETS[self.partner]`` run key by key)
KEY_OF_RUN_MARK = "<key of this run>"
SPREAD_MARK = "<written over lines>"
#: beside QUIET_MARK: quiet because every call of the module gives a safe host (not because of a pragma); the names
#: of the object that holds it (``DhsClient``) were among the signals those calls overrode
SAFE_CALLS_MARK = "<every call gives a safe host>"
#: a label on a request object a sink made (``requests.Request(...)``), followed by the id of its call
REQUEST_OBJECT = "<request object>"
#: stands for an unknown part of a folded string
HOLE = "\x00"
#: the detail of a column of a query's select list, followed by its position and the list's length
#: (``row[0]`` of a tuple row: ``"\x01column 0/3"``)
SQL_COLUMN = "\x01column "
#: methods that tidy a value without making it another field (its case, its surrounding blanks)
CLEANUPS = frozenset({"strip", "lstrip", "rstrip", "upper", "lower", "casefold", "title", "capitalize"})
#: the start of the label of rows grouped by a key function: ``<group key immigration_status>``
GROUP_KEY = "<group key "
#: the key of what was put into a container under a key the analysis could not fold (groups[m.county].append(r))
ANY_KEY = "\x00*"
#: the same, when that key is the record's immigration status or citizenship (buckets by status)
STATUS_KEY = "\x00status"
#: words of a group or a store of people (``school.children`` are the children themselves, not someone's family)
GROUP_OR_STORE_WORDS = frozenset({
    "school", "schools", "district", "classroom", "class", "registry", "roster", "db", "database", "repo", "repository", "store", "program",
    "cohort", "facility", "clinic", "county", "state", "api", "service", "dao", "table", "dataset", "batch", "report", "extract", "org",
    "organization", "agency", "hospital", "shelter", "daycare", "headstart", "center", "centre", "campus", "caseload", "provider",
    "pediatrician", "practice", "plan", "mco", "ward", "group", "office", "census", "site", "home", "orphanage", "camp"})


def is_group_or_store(root: str, tokens: "Callable[[str], tuple[str, ...]]") -> bool:
    """``root`` (the first name of ``root.children``) names a group or a store of people by its last word (``school``,
    ``hospital``, ``foster_home``; not ``clinic_patient``), not one person's or one family's record."""
    words = tokens(root)
    return bool(words and words[-1] in GROUP_OR_STORE_WORDS) or root in ("Session", "session", "conn", "cursor")


#: a collections.ChainMap made of the maps given (its ``.maps`` are those maps, not a field named maps)
CHAIN_MAP_MARK = "<chain map>"
#: an exception caught by an ``except ... as exc`` clause: its ``response`` is the answer of the call that failed
CAUGHT_MARK = "<caught exception>"
def path_marked(val: "Val", names: "frozenset[str] | set[str]") -> "Val":
    """``val`` with ``names`` marked as names of values in a URL's path (see ``PATH_DATA_MARK``)."""
    return replace(val, labels=val.labels | {PATH_DATA_MARK + n for n in names}) if names else val


#: a class read from a module dict of classes (``cls = CLIENTS[partner]``): with a key not known, any of its classes
#: (its other labels name them: ``IceClient`` of this module, ``@pkg.clients:IceClient`` of another)
TABLE_CLASS_MARK = "<a class of a table>"
#: the kind of a placement that stands for a constant column of a select list (``null().label("ssn")``): it
#: keeps the columns' positions and carries nothing
CONSTANT_KIND = "constant"
#: the detail of a placement made by a member's value used as a dict key (``index[m.ssn] = m.cin``): sent
#: with the dict, but not what an entry read by a computed key gives (``sizes[m.case_id]``: a count)
DATA_KEY = "\x00key"


@dataclass(frozen=True)
class Placement:
    """One place in the source where a value was put into data that may be sent."""

    line: int
    col: int
    names: frozenset[str]
    kind: str = "field"  # "field", "whole" (an unbounded record) or "clinical" (a FHIR resource)
    key: str | None = None  # top-level dict key, for pop/del/include/exclude
    detail: str = ""  # source text of a whole record, or the clinical resource type
    key_only: bool = False  # only the key names it: the value itself came from code the analysis cannot see
    module: str | None = None  # the module it was placed in, when that is another module than the one analyzed
    origin: str = ""  # "path:line" of the placement in another module, for the message
    carried: bool = False  # placed here, but handed back in by a caller in another module
    metadata: bool = False  # sent in a protocol field (S3 Key, Subject, MessageGroupId): unknown names are not MCD104
    #: a field a model declares, filled from code the analysis cannot see (Model(**raw), model_validate(raw)):
    #: its name is a field's name, so an unknown one is MCD104 (a bare key_only value is not)
    declared: bool = False
    #: the declaration of a model's field itself (``last_name: str``): what an object of the model holds
    #: when nothing visible filled it (an annotated parameter); read one by one, a field of it is placed
    #: where it is put (SPEC section 3), unless the model is named for enforcement
    at_declaration: bool = False
    #: one value built from several fields (``f"{m.cin}|{m.score}"``): each of its parts is judged, a
    #: permitted part does not make an unknown one permitted
    joined: bool = False
    #: the dict entry a column of a select list was put under (``"ssn": msis_id``): where it is reported
    #: when only the key's name makes it prohibited (the column's own name is reported at the column)
    entry: "tuple[int, int, str, frozenset[str]] | None" = None  # (line, column, key, the column's own names)


@dataclass(frozen=True)
class Bulk:
    """A source of many people's records (SPEC section 10): a queryset, SQL rows, a DataFrame, a
    CSV reader, a plural person-named parameter. Values derived from it carry it until a condition
    on immigration status or citizenship chooses the records (MCD201)."""

    line: int
    text: str  # how the message names it: ``Member.objects.filter(...)``, ``parameter 'members'``
    scope: int = 0  # id of the function it was read in (0: module level): MCD201 is reported there
    module: str | None = None  # the module it was read in, when another module than the one analyzed
    origin: str = ""  # "path:line" of the source in another module
    col: int = 0


@dataclass(frozen=True)
class ClientObj:
    """An HTTP client object (``requests.Session()``, ``httpx.Client(base_url=...)``...)."""

    kind: str
    base: "Val | None" = None
    #: the attributes whose data every request of the client carries (``headers``, ``params``) and what
    #: they hold: given to the constructor (``httpx.Client(headers=...)``) or set on the client later
    #: (``session.headers.update(...)``, ``session.headers["X-Member"] = ...``)
    carries: tuple[str, ...] = ()
    carried: "tuple[tuple[str, Val], ...]" = ()
    #: the attributes that hold its addresses, when it has several (an e-mail message's ``to``, ``cc`` and
    #: ``bcc``), and what each holds: set or extended later (``msg.bcc.append(...)``), its base is all of them
    addressed: "tuple[tuple[str, Val | None], ...]" = ()

    def with_carried(self, attr: str, val: "Val") -> "ClientObj":
        """This client with its default ``attr`` (headers, parameters) now ``val``."""
        return replace(self, carried=tuple(sorted({**dict(self.carried), attr: val}.items())))

    def with_address(self, attr: str, val: "Val", *, added: bool) -> "ClientObj":
        """This client with its addresses under ``attr`` now ``val`` (or ``val`` too, when ``added``):
        any of its addresses decides where it sends."""
        held = dict(self.addressed)
        before = held.get(attr)
        held[attr] = addresses([before, val]) if added and before is not None else val
        given = [v for v in held.values() if v is not None]
        return replace(self, addressed=tuple(held.items()), base=addresses(given) if given else None)


#: the start of the label of an object of an unknown class made for a base URL or host (``<made for https://...>``)
CLIENT_BASE_MARK = "<made for "


def addresses(vals: "list[Val]") -> "Val":
    """Several addresses of one client (``EmailMessage(to=[STATE], bcc=[ICE_DESK])``): every text they
    hold, and their names."""
    texts = tuple(t for v in vals for t in (v.items or ((v.text,) if v.text is not None else ())))
    # (to=[settings.ICE_LIAISON_EMAIL]: the names that supply each address of a list are its names too)
    named = frozenset().union(*(v.labels for v in vals), *(e.labels for v in vals for e in (v.elements or ()) if e.text is None))
    return Val(const=all(v.const for v in vals), items=texts or None, labels=named,
               elements=tuple(e for v in vals for e in (v.elements or (v,))))


#: the fields a model of the project declares (``dataclasses.fields(Permitted)``): each a field object
#: whose ``.name`` is the field's name, the whole an allow-list
FIELD_OBJECTS_MARK = "<declared fields of a model>"
#: attributes of a field object that name the field (``f.name``, ``c.key``)
FIELD_NAME_ATTRIBUTES = frozenset({"name", "attname", "key", "column", "field_name"})

@dataclass(frozen=True)
class FunctionRef:
    """A function value: a nested ``def`` or a ``lambda`` with the state it closes over, or a
    ``functools.partial`` with the arguments it binds."""

    node: object = field(compare=False, hash=False)  # cst.FunctionDef | cst.Lambda
    node_id: int = 0
    closure: tuple[tuple[str, "Val"], ...] = ()
    bound: tuple[tuple[str | None, "Val"], ...] = ()  # partial(f, a, k=v): (None, a), ("k", v)
    qual: str | None = None  # partial(requests.post, URL): a call the library data knows, by qualified name
    #: a send method of a client object, not called yet (``send = session.post``, ``partial(producer.send, TOPIC)``):
    #: the client and the method's name (``node`` is the attribute that named it)
    receiver: "Val | None" = None
    method: str | None = None
    #: ``SENDERS[partner]`` of a dispatch table, its key not known: any of these may be the one called
    choices: "tuple[FunctionRef, ...]" = ()


#: how deeply function values may nest in closures (a decorator's wrapper closing over another
#: decorator's wrapper, ``@retry(times=5)`` above ``@audit``): deeper ones are left out, so closures stay finite
MAX_CLOSURE_DEPTH = 4


def closure_of(env: dict[str, "Val"]) -> tuple[tuple[str, "Val"], ...]:
    """The state a nested def or lambda closes over. Function values in it are kept up to
    MAX_CLOSURE_DEPTH levels deep (``send = make_sender(...)`` called by a nested ``_emit``, a
    wrapper around a wrapper of stacked decorators)."""
    return tuple((k, v) for k, v in env.items() if v.function is None or _nesting(v.function) < MAX_CLOSURE_DEPTH)


def _nesting(ref: FunctionRef) -> int:
    """How many closures deep function values nest inside ``ref`` (0: none in its closure)."""
    inner = [c.function for _, c in ref.closure if c.function is not None]
    return 1 + max(_nesting(f) for f in inner) if inner else 0


@dataclass(frozen=True)
class Val:
    """What the analysis knows about one value."""

    placements: tuple[Placement, ...] = ()
    names: frozenset[str] = frozenset()
    const: bool = False
    text: str | None = None
    items: tuple[str, ...] | None = None
    labels: frozenset[str] = frozenset()
    model: str | None = None
    client: ClientObj | None = None
    response: bool = False  # what a sink call returns: reading it reads no member field
    elements: "tuple[Val, ...] | None" = None  # a tuple or list literal, element by element (for unpacking)
    function: FunctionRef | None = None  # a function value (nested def, lambda, partial)
    attrs: "tuple[tuple[str, Val], ...] | None" = None  # an object's attributes set by its constructor
    alternatives: tuple[str, ...] | None = None  # the folded texts of joined branches (a URL that may be either)
    bulk: frozenset[Bulk] = frozenset()  # derived from these sources of many people's records (MCD201)
    #: a bare field handed to a function of the project (``send(m.ssn)``): where the caller handed it,
    #: the placement when the function sends the value itself (SPEC section 6)
    handed: Placement | None = None
    #: ``enumerate(x)``: each element is a pair of a counter (no member data) and an element of ``x``
    counted: bool = False
    #: a constant collection that is one of these (``LAYOUT_V2 if v2 else LAYOUT_V1``): an allow-list
    #: keeps at most their union, a deny-list removes at least their common names
    choices: "tuple[tuple[str, ...], ...] | None" = None
    #: ``client = CLIENTS[partner]`` of a table of objects, its key not known: any of these objects
    objects: "tuple[Val, ...] | None" = None
    #: the assignments, returns and containers the data passed through: (line, column, what), for the trace
    via: tuple[tuple[int, int, str], ...] = field(default=(), compare=False, hash=False)

    @property
    def opaque(self) -> bool:
        """True when nothing is known of the value: no names, no placements, not a constant."""
        return not (self.placements or self.names or self.const)

    def with_labels(self, labels: Iterable[str]) -> "Val":
        """This value with more destination labels."""
        added = frozenset(labels)
        if added <= self.labels:
            return self
        return replace(self, labels=self.labels | added)

OPAQUE = Val()
#: a dict that is a clinical FHIR resource itself (its own resourceType entry or assignment)
RESOURCE_MARK = "<a clinical FHIR resource>"
#: a task signature (``send.s(x)``, ``send.si(x)``): a function value with its bound arguments that a chain
#: runs with the result of the task before it (not an immutable one); a chain's value carries its result
SIGNATURE_MARK, IMMUTABLE_MARK, CHAIN_MARK = "<task signature>", "<immutable task signature>", "<task chain>"
#: a signature of a ``bind=True`` task: its first bound argument is the task itself
BOUND_TASK_MARK = "<signature of a bound task>"
#: the constant ``None`` (joined with other values, it gives way to them)
NONE = Val(const=True)
#: the constants ``True`` and ``False`` (a flag a caller gives decides a test on it: ``if for_ice:``)
TRUE_MARK, FALSE_MARK = "<true>", "<false>"
#: an object this module made with its class's constructor (``Envelope(batch_id="b-1")``)
CONSTRUCTED_MARK = "<constructed here>"
#: an object of a model class built only of literals (``FEDERAL = Endpoint(host="eid.ice.gov", path="api/v1")``):
#: a configuration object whose attributes are those constants, whatever they are named
LITERAL_OBJECT_MARK = "<built of literals>"
#: a list made by a comprehension of bare values (``[t["value"] for t in pt["telecom"]]``): put under a key,
#: each element is named by the key too, as in a list literal
ELEMENTWISE_MARK = "<a value per element>"
#: a command-line parser some of whose options were declared (``ap.add_argument("--url", default=...)``)
OPTIONS_MARK = "<declared options>"
#: a parser whose options optparse declared: its ``parse_args()`` gives ``(options, args)``
OPTIONS_PAIR_MARK = "<options and what was left>"
#: an object a library class made from keyword arguments only (``patient.Patient()``): it holds what it
#: was given and what is stored into its attributes afterwards
LIBRARY_OBJECT_MARK = "<library object>"
#: a value read from the environment (its default is only what it is when the variable is unset)
ENV_MARK = "<from the environment>"
#: a value that is None on some path (joined with None, which gave way)
MAYBE_NONE_MARK = "<may be None>"
#: a constant stored into an attribute of an object after it was made (``subject.ssn = None``): read
#: back on every path, the attribute is that constant (a default set in ``__init__`` is a placeholder)
MASKED_MARK = "<masked attribute>"
#: a value known to be a member of an Enum (``if isinstance(obj, Enum):``): its ``.value`` and ``.name`` are it
ENUM_MEMBER_MARK = "<an Enum member>"
#: an object of one of several payload models (``isinstance(obj, (A, B))``): each one's declared fields
MODELS_UNION_MARK = "<one of several models>"
TRUE = Val(const=True, labels=frozenset({TRUE_MARK}))
FALSE = Val(const=True, labels=frozenset({FALSE_MARK}))
#: a parameter whose default is None, not given by a caller (``base_url=None``): nothing yet
UNSET_MARK = "<unset parameter>"


def is_none(val: Val) -> bool:
    """``None`` itself, or a parameter left at its default ``None``."""
    return val is NONE or (UNSET_MARK in val.labels and not val.names and not val.placements and val.text is None and not val.bulk and val.model is None
                           and val.client is None and val.function is None and val.attrs is None)
MAX_VIA = 12  # steps kept on a value (the last ones)


def with_step(val: Val, line: int, col: int, text: str, *more: Val) -> Val:
    """``val`` (carrying data) having passed through one more step: an assignment, a return, a container;
    the steps of ``more`` (values put into it) come first."""
    if not (val.placements or val.bulk):
        return val
    steps = merge_via(val.via, *(m.via for m in more))
    step = (line, col, text)
    if steps and steps[-1] == step:
        return val if val.via == steps else replace(val, via=steps)
    return replace(val, via=(*steps, step)[-MAX_VIA:])


def merge_via(*vias: tuple[tuple[int, int, str], ...]) -> tuple[tuple[int, int, str], ...]:
    """The steps of several values, each once, in order."""
    if len(vias) == 1 or not any(vias[1:]):
        return vias[0] if vias else ()
    return tuple(dict.fromkeys(step for via in vias for step in via))[-MAX_VIA:]


def const_val(text: str | None = None, items: tuple[str, ...] | None = None) -> Val:
    """A constant, optionally a string or a collection of strings."""
    return Val(const=True, text=text, items=items)


def truth_of(val: Val) -> bool | None:
    """Whether a fully known constant is true (``True``, ``None``, a literal string or collection);
    None when it is not known."""
    if ENV_MARK in val.labels or MAYBE_NONE_MARK in val.labels:
        return None  # a setting read from the environment, or a value that may be None on another path
    if (TRUE_MARK in val.labels) != (FALSE_MARK in val.labels):
        return TRUE_MARK in val.labels
    if val.const and is_none(val):
        return False  # None itself (not a parameter left at its default None, which a caller may give)
    if val.const and val.text is not None and HOLE not in val.text:
        return bool(val.text)
    if val.const and val.items is not None and val.text is None:
        return bool(val.items)
    return None


def const_text(val: Val | None) -> str | None:
    """The text of a fully known constant string, else None."""
    if val is not None and val.const and val.text is not None and HOLE not in val.text:
        return val.text
    return None


def _merge_placements(*groups: Iterable[Placement]) -> tuple[Placement, ...]:
    seen: dict[Placement, None] = {}
    for group in groups:
        for p in group:
            seen.setdefault(p, None)
    return tuple(seen)


#: methods of a text that give it in another case or without its surrounding blanks
NORMALIZERS: "dict[str, Callable[[str], str]]" = {"lower": str.lower, "upper": str.upper, "casefold": str.casefold, "strip": str.strip,
                                                   "lstrip": str.lstrip, "rstrip": str.rstrip, "title": str.title, "capitalize": str.capitalize}
#: the step of a ``Spelling`` that keeps the first characters of a text (``prefix3``: ``partner.startswith("ice")`` is
#: ``partner[:3] == "ice"``)
PREFIX_STEP = "prefix"
#: the key of the run of a handler for any key outside its table (``Functions`` runs it once per key)
OUTSIDE_KEY_TEXT = "<another key>"
#: a value a test of literal texts narrowed to exactly those texts (``partner`` where ``partner == "state"`` held): a later
#: test of texts is decided by them
NARROWED_TEXTS_MARK = "<narrowed to texts>"
#: a key tested once normalised (``partner.lower() == "state"``): ``<spelled lower>state`` (under ``KEY_NOT_MARK``: not so)
SPELLED_MARK = "<spelled "


@dataclass(frozen=True)
class Spelling:
    """A normalisation of a text by methods called in turn (``("strip", "lower")`` of ``partner.strip().lower()``,
    the last called first in ``steps``)."""

    steps: "tuple[str, ...]"

    def __call__(self, text: str) -> str:
        for step in reversed(self.steps):
            text = text[:int(step[len(PREFIX_STEP):])] if step.startswith(PREFIX_STEP) else NORMALIZERS[step](text)
        return text

    def mark(self, text: str) -> str:
        """The label saying a key so normalised is ``text``."""
        return f"{SPELLED_MARK}{'.'.join(self.steps)}>{text}"


def spelled(label: str) -> "tuple[Spelling, str] | None":
    """The normalisation and text of a ``Spelling.mark`` (None for any other label)."""
    if not label.startswith(SPELLED_MARK):
        return None
    steps, _, text = label[len(SPELLED_MARK):].partition(">")
    return Spelling(tuple(steps.split("."))), text


def key_excluded(key: str, excluded: "Iterable[str]") -> bool:
    """A table's ``key`` is one of the texts a value is known not to be (``texts_known_not``), or normalised, one of
    the texts it is known not to be once normalised."""
    for text in excluded:
        found = spelled(text)
        if (found is None and key == text) or (found is not None and found[0](key) == found[1]):
            return True
    return False


def texts_known_not(val: Val) -> frozenset[str]:
    """The texts ``val`` is known not to be (``KEY_NOT_MARK``: ``dest`` past ``if dest == "ice": return``)."""
    if not val.labels:
        return frozenset()
    return frozenset(label[len(KEY_NOT_MARK):] for label in val.labels if label.startswith(KEY_NOT_MARK))


def without_known_not(val: Val) -> Val:
    """``val`` without what it is known not to be (a value made from it, or past a join, may be any text)."""
    if not texts_known_not(val):
        return val
    return replace(val, labels=frozenset(label for label in val.labels if not label.startswith(KEY_NOT_MARK)))


def join(*vals: Val) -> Val:
    """The value that may be any of ``vals`` (branches joining)."""
    vals = tuple(v for v in vals if v is not None)
    if not vals:
        return OPAQUE
    first = vals[0]
    if len(vals) == 1 or all(v is first or v == first for v in vals[1:]):
        return first  # one value (a variable no branch changed, or changed to the same) is itself
    nones = [v for v in vals if is_none(v)]
    if nones and len(nones) < len(vals):
        # `if base_url is None: base_url = DEFAULT`, `base_url if base_url else DEFAULT`: a None (also a
        # parameter left at its default None) is no destination and holds no data; what the value is
        # when it is something is the other branches
        return join(*(v for v in vals if not is_none(v))).with_labels({MAYBE_NONE_MARK})
    rest = vals[1:]
    text, items, model, function, attrs = first.text, first.items, first.model, first.function, first.attrs
    if model is None or any(v.model != model for v in rest):
        # transport or IceTransport(): an unknown value or an object of one class is that object
        models = {v.model for v in vals if v.model is not None}
        model = models.pop() if len(models) == 1 and not any(v.placements for v in vals if v.model is None) else None
    labels = frozenset().union(*(v.labels for v in vals))
    if any(label.startswith(KEY_NOT_MARK) for label in labels):
        # (dest known not to be "ice" on one way only: on the joined ways it may be)
        labels = frozenset(label for label in labels if not label.startswith(KEY_NOT_MARK) or all(label in v.labels for v in vals))
    return Val(
        placements=_merge_placements(*(v.placements for v in vals)),
        names=frozenset().union(*(v.names for v in vals)),
        const=all(v.const for v in vals),
        text=text if all(v.text == text for v in rest) else None,
        items=items if all(v.items == items for v in rest) else None,
        labels=labels,
        model=model,
        client=next((v.client for v in vals if v.client), None),
        response=all(v.response for v in vals),
        elements=_join_elements(vals),
        function=function if all(v.function == function for v in rest) else _join_functions(vals),
        attrs=attrs if all(v.attrs == attrs for v in rest) else _join_attrs(vals),
        alternatives=_join_texts(vals),
        bulk=frozenset().union(*(v.bulk for v in vals)),
        via=merge_via(*(v.via for v in vals)),
        choices=_join_choices(vals),
        handed=_join_handed(vals),
    )


def _join_handed(vals: tuple[Val, ...]) -> "Placement | None":
    """The field a caller handed that a joined value still is: ``v or ""``, ``v if v else "-"`` of a bare field
    handed in, the other ways constants only (placed where the caller handed it, as ``v`` itself is)."""
    handed = {v.handed for v in vals if v.handed is not None}
    if len(handed) != 1 or not all(v.handed is not None or (v.const and not v.placements and not v.names) for v in vals):
        return None
    return handed.pop()


def _join_choices(vals: tuple[Val, ...]) -> "tuple[tuple[str, ...], ...] | None":
    """The constant collections a joined value may be, when each branch is one and they differ."""
    if not all(v.const and (v.items is not None or v.choices) for v in vals):
        return None
    found = tuple(dict.fromkeys(c for v in vals for c in (v.choices or ((v.items,) if v.items is not None else ()))))
    return found if 1 < len(found) <= 8 else None


def constants_merged(left: Val, right: Val) -> Val:
    """Two constant collections with known items merged (``BASE_PARAMS | {"immigration_status": "EWI"}``,
    ``cfg.update({"timeout": 10})``): the keys of both, each entry's constant the right one's when both have it (a
    key the right side gives a value not kept as an entry, None or False, is that value, not the left one); a set's
    union keeps its texts."""
    entries = {**{k: v for k, v in left.attrs or () if k not in (right.items or ())}, **dict(right.attrs or ())}
    items = (left.items or ()) + (right.items or ())
    return replace(const_val(items=tuple(dict.fromkeys(items)) if entries else items), attrs=tuple(sorted(entries.items())) or None)


def union_of(val: Val) -> tuple[str, ...] | None:
    """The names a constant collection may hold: its items, or every name of the collections it may be."""
    if val.items is not None:
        return val.items
    return tuple(dict.fromkeys(name for choice in val.choices for name in choice)) if val.choices else None


def common_of(val: Val) -> tuple[str, ...] | None:
    """The names a constant collection surely holds: its items, or the names common to those it may be."""
    if val.items is not None:
        return val.items
    return tuple(n for n in val.choices[0] if all(n in c for c in val.choices[1:])) if val.choices else None


def _join_functions(vals: tuple[Val, ...]) -> "FunctionRef | None":
    """One function bound to different arguments along joined branches (``send = partial(http.post,
    ICE_URL)`` or ``partial(http.post, PLAN_URL)``): that function with each argument joined."""
    refs = [v.function for v in vals]
    first = refs[0]
    if first is None or any(r is None for r in refs):
        return None
    # a client's method named in each branch (two attribute nodes) is one function
    shape = lambda r: (r.node_id if r.receiver is None else 0, r.qual, r.method, r.receiver, tuple(k for k, _ in r.bound), r.closure)  # noqa: E731
    if any(shape(r) != shape(first) for r in refs if r is not None):
        return None
    bound = tuple((key, join(*(r.bound[i][1] for r in refs if r is not None))) for i, (key, _) in enumerate(first.bound))
    return replace(first, bound=bound)


def _join_attrs(vals: tuple[Val, ...]) -> "tuple[tuple[str, Val], ...] | None":
    """The attributes of an object that may be in any of these states (one object along joined
    branches or loop rounds): each attribute every state has, joined (one set on some paths only is
    what the object was made with on the others, which its placements say)."""
    if not all(v.attrs is not None for v in vals):
        return None
    merged: dict[str, list[Val]] = {}
    for v in vals:
        for name, val in v.attrs or ():
            merged.setdefault(name, []).append(val)
    joined = []
    for name, held in merged.items():
        if len(held) < len(vals) and all(h.const for h in held):
            continue  # a constant set on some paths only: on the others it holds what the object was made with
        one = join(*held)  # (a field stored on one path is still what the object may hold: if flag: r.extra = m.race)
        if MASKED_MARK in one.labels and (len(held) < len(vals) or not all(MASKED_MARK in h.labels for h in held)):
            one = replace(one, labels=one.labels - {MASKED_MARK})  # masked on one path only: still the field on another
        joined.append((name, one))
    return tuple(sorted(joined))


def _join_texts(vals: tuple[Val, ...]) -> tuple[str, ...] | None:
    """The known texts a joined value may have, when they differ (at most 8, so that a loop growing a text ends: see
    ``join_entries`` for a table's), or the ones a list may hold on some path (``paths.append(p)`` in a loop: the list
    before it held none)."""
    texts: dict[str, None] = {}
    for v in vals:
        for text in v.alternatives or ((v.text,) if v.text is not None else ()):
            texts[text] = None
    ordered = tuple(texts)
    if len(ordered) > 8:
        # (a partner table of nine states and ICE joined past a test: ICE's URL is kept among the eight, review 56h)
        ordered = tuple(sorted(ordered, key=lambda t: not shipped_enforcement_host(t)))
    return ordered[:8] if len(texts) > 1 or any(v.alternatives and v.text is None for v in vals) else None


#: the texts an entry of a table read by a key not known may be, at most (``join_entries``)
MAX_TEXTS = 64


def _texts_of(vals: "Iterable[Val]") -> tuple[str, ...]:
    return tuple(dict.fromkeys(t for v in vals for t in (v.alternatives or ((v.text,) if v.text is not None else ()))))


def join_entries(*vals: Val) -> "tuple[Val, bool]":
    """The entries of a constant table any of which a key not known may read, joined: every text each may be is kept
    (up to ``MAX_TEXTS``), also of the entries' own entries and elements, however deep (``ROUTES[partner]["api"]["url"]``,
    ``url, _ = ROUTES[partner]`` of nine partners may be the ninth's), where a join keeps 8. Also whether texts were
    left out (more than ``MAX_TEXTS``: the analysis says it was cut short)."""
    joined = join(*vals)
    texts = _texts_of(vals)
    cut = len(texts) > MAX_TEXTS
    if len(texts) > 8 and joined.alternatives is not None:
        joined = replace(joined, alternatives=texts[:MAX_TEXTS])
    if joined.attrs and all(v.attrs is not None for v in vals):
        held = [dict(v.attrs or ()) for v in vals]
        widened = []
        for name, val in joined.attrs:
            inner = [h[name] for h in held if name in h]
            if len(inner) == len(vals) and len(_texts_of(inner)) > 8 or any(i.attrs or i.elements for i in inner):
                deeper, inner_cut = join_entries(*inner)
                cut = cut or inner_cut
                val = replace(val, alternatives=deeper.alternatives, attrs=deeper.attrs, elements=deeper.elements) if len(inner) == len(vals) else val
            lists = tuple(dict.fromkeys(i.items for i in inner if i.items is not None))
            if len(inner) == len(vals) and len(lists) > 8 and all(i.const and i.items is not None for i in inner):
                # {"columns": [...]} in each of thirteen entries: any of the lists (a join keeps 8: ICE's, the last, was lost)
                val = replace(val, const=True, items=None, choices=lists[:MAX_TEXTS])
                cut = cut or len(lists) > MAX_TEXTS
            widened.append((name, val))
        joined = replace(joined, attrs=tuple(widened))
    if joined.elements is not None and all(v.elements is not None and len(v.elements) == len(joined.elements) for v in vals):
        parts = []
        for at, element in enumerate(joined.elements):
            deeper, inner_cut = join_entries(*(v.elements[at] for v in vals))  # type: ignore[index]
            cut = cut or inner_cut
            parts.append(replace(element, alternatives=deeper.alternatives, attrs=deeper.attrs, elements=deeper.elements))
        joined = replace(joined, elements=tuple(parts))
    return joined, cut


def _join_elements(vals: tuple[Val, ...]) -> tuple[Val, ...] | None:
    """Tuples of the same length join element by element; anything else loses the elements."""
    first = vals[0].elements
    if first is None or any(v.elements is None or len(v.elements) != len(first) for v in vals):
        return None
    return tuple(join(*(v.elements[i] for v in vals if v.elements is not None)) for i in range(len(first)))


def combine(*vals: Val) -> Val:
    """A value built from all of ``vals`` (a string concatenation, an f-string, a dumped object)."""
    vals = tuple(vals)
    if not vals:
        return OPAQUE
    return Val(
        placements=_merge_placements(*(v.placements for v in vals)),
        names=frozenset().union(*(v.names for v in vals)),
        const=all(v.const for v in vals),
        labels=frozenset().union(*(v.labels for v in vals)),
        bulk=frozenset().union(*(v.bulk for v in vals)),
        via=merge_via(*(v.via for v in vals)),
    )


def place(val: Val, line: int, col: int, key: str | None = None) -> tuple[Placement, ...]:
    """The placements made by putting ``val`` into data at (line, col), under ``key`` if any."""
    if val.const or (val.response and not answer_body(val)) or (INBOUND_MARK in val.labels and not val.placements):
        return ()  # a constant, a response (its status, a receipt), or what enforcement returned (its own data)
    # (the body of another system's answer put under a key, {"conditions": state_fhir.json()}, is named by the key as
    # what an unseen call returns is: the member's data that system holds)
    if val.handed is not None and not val.placements and val.handed.module is not None and val.names:
        # a bare field a caller in another module handed to this function, put into data here: placed
        # at that caller's argument (SPEC section 3: reported at the call in the linted module)
        # once, whatever key it is put under here (the caller placed it once: {"subject": v, "copy": v}),
        # named by that key too (SPEC section 5: a value carries the names of where it is put; a lookup
        # putting args.ref under "medicaid_id" sends a Medicaid ID, one under "caseworker_notes" a note)
        return (replace(val.handed, names=val.names | ({key} if key is not None else frozenset())),)
    spread = val.text is not None and len(val.placements) > 1 and len({p.line for p in val.placements}) > 1 and val.alternatives is None \
        and all(p.kind == "field" and p.key is None and p.module is None and not p.detail for p in val.placements) and _spread_over(val)
    if (val.text is not None or (val.alternatives and val.elements is None and val.items is None)) \
            and len(val.placements) > (0 if key is not None else 1) and all(p.kind == "field" and p.key is None for p in val.placements) \
            and (key is not None or (line > 0 and all(p.module is None and p.line == line for p in val.placements))) and not spread:
        # "full_name": f"{m.last_name}, {m.first_name}": a string built from fields is one value put
        # into the data here, one placement (SPEC section 3: one finding per placement, at the entry),
        # also when a helper of another module built the string; a list element or an argument built on
        # its own line ([f"{m.last_name}, {m.first_name}"], data=f"..."): one placement there too;
        # a record serialized into a string (json.dumps(rec) + "\n") keeps its entries' placements; a string grown in a
        # loop (note += c.diagnosis_code + ";"), one of several texts, is one value too
        names = frozenset().union(val.names, *(p.names for p in val.placements)) | ({key} if key is not None else set())
        return (Placement(line, col, names, key=key, metadata=all(p.metadata for p in val.placements), joined=len(val.placements) > 1),)
    if spread:
        # f"id {m.cin}\n" f"{m.first_name} {m.last_name}\n" spread over lines (also put under a key, {"query": q}): one
        # value per line, as a string written on one line is (SPEC section 3: one finding per placement, at the line of
        # the value itself)
        by_line: dict[int, list[Placement]] = {}
        for p in val.placements:
            by_line.setdefault(p.line, []).append(p)
        keyed: frozenset[str] = frozenset({key}) if key is not None else frozenset()
        return tuple(replace(group[0], key=key, names=group[0].names | keyed) if len(group) == 1 else Placement(
            group[0].line, min(p.col for p in group), frozenset().union(*(p.names for p in group)) | keyed, key=key,
            metadata=all(p.metadata for p in group), joined=True)
            for group in by_line.values())
    out: list[Placement] = []
    for p in val.placements:
        if key is None:
            out.append(p)
        else:
            if p.detail.startswith(HOLE) and p.detail != DATA_KEY and p.key is None and p.module is None:
                # households[case]: bare values grouped under computed keys, put into the data here: placed here (not the
                # keys themselves, by_race[m.race_cd]: placed where the key was used)
                out.append(replace(p, line=line, col=col, key=key, names=p.names | {key}, detail=""))
                continue
            # named by the outer key joined with the field's own key (under_path): {"subject": {"demographics":
            # {"dob": ...}}} adds subject.*.dob, not subject.demographics (a bundle word above a field is no bundle)
            leaves = {n.rsplit(".", 1)[-1] for n in p.names if n.startswith(f"{p.key}.")} if p.key and p.kind == "field" else set()
            # and with the key below it (household.member.*.address: a household member's address)
            extra = {name for leaf in leaves for name in (f"{key}.*.{leaf}", f"{key}.{p.key}.*.{leaf}")} \
                or ({f"{key}.{p.key}"} if p.key and p.kind == "field" else set())
            if (val.elements is not None or (ELEMENTWISE_MARK in val.labels and p.names)) and p.key is None and p.kind == "field":
                # "home_address": [loc.line1, loc.line2], "email": [t["value"] for t in telecom]: each element is
                # put under the key (SPEC section 5)
                extra = {key}
            elif len(val.placements) == 1 and p.kind == "field" and p.detail.startswith(SQL_COLUMN):
                # "ssn": msis_id of for msis_id, dob in rows: one column's value, named by its key too (SPEC
                # section 5: the names of where it is put; a dict under a key is named by both joined, above)
                extra |= {key}
                if line > 0 and key not in p.names and p.entry is None:
                    out.append(replace(p, key=key, names=p.names | extra, entry=(line, col, key, p.names)))
                    continue
            out.append(replace(p, key=key, names=p.names | extra))
    if val.names or (key is not None and not val.placements and val.client is None):
        names = val.names | ({key} if key is not None else set())
        out.append(Placement(line, col, frozenset(names), key=key, key_only=not val.names))
    return tuple(out)


def spread_mark(val: Val) -> Val:
    """``val``, a string written in one expression over several lines, marked with the lines its fields are on."""
    lines = [p.line for p in val.placements]
    return val.with_labels({f"{SPREAD_MARK}{min(lines)}:{max(lines)}"}) if lines else val


def _spread_over(val: Val) -> bool:
    """Every field of ``val`` entered it within one expression written over lines (not a string grown since,
    ``note = f"{note}dx {m.diagnosis_code}"``, whose fields are one value where it is put)."""
    spans = [label[len(SPREAD_MARK):].split(":") for label in val.labels if label.startswith(SPREAD_MARK)]
    return any(all(int(first) <= p.line <= int(last) for p in val.placements) for first, last in spans)


def answer_body(val: Val) -> bool:
    """``val`` is the body of another system's answer (``requests.get(STATE).json()``), not enforcement's."""
    return val.response and BODY_MARK in val.labels and INBOUND_MARK not in val.labels


def place_at(val: Val, where: "Callable[[], tuple[int, int]]", key: str | None = None) -> tuple[Placement, ...]:
    """``place(val, line, col, key)`` with the position asked of ``where`` only when a placement is
    made there (most values met in a framework's code carry nothing: their module's positions are
    then never computed)."""
    if val.const or (val.response and not answer_body(val)) or (INBOUND_MARK in val.labels and not val.placements):
        return ()
    fresh = bool(val.names) or (key is not None and (
        (not val.placements and val.client is None)
        or (val.text is not None and bool(val.placements))
        or any(p.detail.startswith(HOLE) and p.key is None and p.module is None for p in val.placements))) or (
        val.text is not None and len(val.placements) > 1) or (  # [f"{m.last_name}, {m.first_name}"]: one value placed here
        key is not None and len(val.placements) == 1 and val.placements[0].detail.startswith(SQL_COLUMN))  # "ssn": msis_id
    if not fresh or (val.handed is not None and not val.placements and val.handed.module is not None and val.names):
        return place(val, 0, 0, key)
    return place(val, *where(), key)


def one_row(val: Val) -> Val:
    """One row of a query's rows (``for row in cur``, ``cur.fetchone()``): when ``val`` holds exactly
    the columns of one select list, its elements are those columns in order, so that ``row[0]`` and
    ``cin, dob = row`` read one column each; else ``val`` as it is."""
    if not val.placements or val.elements is not None:
        return val
    order: dict[int, Placement] = {}
    widths: set[str] = set()
    for p in val.placements:
        position, _, width = p.detail[len(SQL_COLUMN):].partition("/")
        if not p.detail.startswith(SQL_COLUMN) or not position.isdigit() or not width.isdigit() or int(position) in order:
            return val  # not a select list's column, or two queries' columns joined: positions say nothing
        order[int(position)] = p
        widths.add(width)
    if len(widths) != 1:
        return val
    # a place with no column (COUNT(ssn), 'CA' AS state) holds a value that carries nothing
    # (a constant column of SQLAlchemy's select(), literal("TX") or null().label("ssn"): that constant)
    return replace(val, elements=tuple(
        (Val(const=True, labels=val.labels) if order[i].kind == CONSTANT_KIND else Val(placements=(order[i],), labels=val.labels, bulk=val.bulk))
        if i in order else Val(labels=val.labels, bulk=val.bulk) for i in range(int(widths.pop()))))


def named_entries(keys: Iterable[str], line: int, col: int) -> Val:
    """Entries selected by name at one place (``include={...}``, ``fields=(...)``)."""
    return container(Placement(line, col, frozenset({k}), key=k) for k in keys)


def env_value(name: str | None, default: Val | None = None) -> Val:
    """A setting read from the environment: not member data; its name (and default URL) mark a destination."""
    labels = frozenset({name or "os.environ", ENV_MARK}) | (default.labels if default else frozenset())
    return Val(const=True, text=default.text if default is not None and default.const else None, labels=labels)


def at_caller(handed: Placement, placed: Iterable[Placement]) -> tuple[Placement, ...]:
    """``placed`` moved to the caller's argument a bare field was ``handed`` at (SPEC section 6)."""
    return tuple(replace(handed, names=p.names, key=p.key, key_only=p.key_only) for p in placed)


def only_answer(val: Val) -> bool:
    """``val`` is what an enforcement endpoint answered and nothing of the agency's: no placement, no records
    read from a source of the agency's (``pd.read_csv(io.StringIO(resp.text))``)."""
    return INBOUND_MARK in val.labels and not val.placements and not val.bulk


def is_whole(val: Val) -> bool:
    """``val`` holds an unbounded record (every field: ``vars(m)``, ``SELECT *``, ``read_csv(path)``)."""
    return any(p.kind == "whole" for p in val.placements)


def container(placements: Iterable[Placement], **kw: object) -> Val:
    """A dict, list or model instance holding ``placements``."""
    return Val(placements=_merge_placements(placements), **kw)  # type: ignore[arg-type]


def without_element(val: Val, index: int | None = None, text: str | None = None) -> "Val | None":
    """A constant list of texts without one element: the one at ``index`` (``clauses.pop(0)``, ``del
    clauses[0]``, ``pop()`` for the last), or the first equal to ``text`` (``clauses.remove(STATUS)``);
    None when ``val`` is not such a list or has no such element."""
    if not (val.const and val.items is not None and val.elements is not None and len(val.items) == len(val.elements)) or val.placements:
        return None
    at = index if index is not None else (val.items.index(text) if text is not None and text in val.items else None)
    if at is None or not -len(val.items) <= at < len(val.items):
        return None
    at %= len(val.items)
    return replace(val, items=val.items[:at] + val.items[at + 1:], elements=val.elements[:at] + val.elements[at + 1:])


def without_keys(val: Val, keys: Iterable[str]) -> Val:
    """``val`` with the entries under ``keys`` removed (``pop``, ``del``, ``exclude=``)."""
    drop = set(keys)
    out = replace(val, placements=tuple(p for p in val.placements if p.key not in drop))
    if val.items is not None and val.attrs is not None and drop.intersection(val.items):
        # a dict of constants (a rename map in a partner table): the keys it has, and their entries, without those
        out = replace(out, items=tuple(i for i in val.items if i not in drop), attrs=tuple((k, v) for k, v in val.attrs if k not in drop) or None)
    elif val.attrs is not None and val.model is None and val.client is None and any(k in drop for k, _ in val.attrs):
        # {"cin": m.cin, "ssn": "REDACTED"} then pop("ssn"): the constant entry is gone too (setdefault may put data there)
        out = replace(out, attrs=tuple((k, v) for k, v in val.attrs if k not in drop) or None)
    return out


def keys_unknown(val: Val) -> bool:
    """``val`` is a mapping whose keys the analysis does not know (a parameter, ``vars(m)``, a row read whole),
    not a dict of known keys (a literal, a dict of constants)."""
    if val.const:
        return val.items is None and val.attrs is None
    return not val.placements or bool(val.names) or any(p.key is None or p.kind == "whole" for p in val.placements)


def without_constant_entries(val: Val) -> Val:
    """``val`` after a mapping of unknown keys was merged into it (``rec.update(row)``, ``rec |= extra``, ``{**rec,
    **extra}``): an entry that held a constant may hold data now (a URL or an object kept under a key stays)."""
    if not val.attrs:
        return val
    return replace(val, attrs=tuple((k, v) for k, v in val.attrs if not (v.const and v.text is not None and "://" not in v.text)) or None)


def constant_entries(given: Val) -> "dict[str, Val]":
    """The entries of a dict value that are constants, by key: all of a dict of constants
    (``{"ssn": MASK, "dx": None}``), else those its literal kept (``{"ssn": "XXX", "cin": m.cin}``)."""
    if given.model is not None or given.client is not None:
        return {}
    held = {k: v for k, v in (given.attrs or ()) if v.const and v.attrs is None}
    if given.const and given.items is not None and not given.placements:
        return {key: held.get(key, const_val()) for key in given.items}
    return held


def with_constant_entries(val: Val, entries: "dict[str, Val]", data_keys: Iterable[str] = ()) -> Val:
    """The dict ``val`` whose entries under ``entries``' keys now hold those constants (read back by key,
    each is that constant: SPEC section 6, a value the code replaces with a constant), and whose entries
    under ``data_keys`` were given data again (no longer a constant)."""
    if val.model is not None or val.client is not None or not (entries or val.attrs):
        return val
    kept = {k: v for k, v in (val.attrs or ()) if k not in entries and k not in set(data_keys)}
    kept.update(entries)
    return replace(val, attrs=tuple(sorted(kept.items())) or None)


def where_held(val: Val) -> Val:
    """What says where ``val`` sends: ``val`` itself, or the URL a sender bound it (``post_ice = partial(requests.post,
    ICE_URL)``, ``partial(send, url=ICE_URL)``)."""
    fn = val.function
    if val.text is None and fn is not None and not fn.choices and fn.bound and fn.bound[0][0] in (None, "url"):
        return fn.bound[0][1]
    return val


def where_text(val: Val) -> str | None:
    """The known text of where ``val`` sends (``where_held``): a URL, a host, a bucket; None when not known."""
    held = where_held(val)
    return held.text if held.const or held is val else None


def _bound_marked(fn: FunctionRef, mark: str) -> FunctionRef:
    if fn.choices:
        return replace(fn, choices=tuple(_bound_marked(choice, mark) for choice in fn.choices))
    if fn.bound and fn.bound[0][0] in (None, "url"):
        return replace(fn, bound=((fn.bound[0][0], fn.bound[0][1].with_labels({mark})), *fn.bound[1:]))
    return fn


def where_marked(val: Val, mark: str) -> Val:
    """``val`` marked ``mark`` (a way or a destination a status test chose), and so the URL a sender it holds is bound to
    (``send = post_ice if m.immigration_status in T else post_state``: each sender's URL)."""
    marked = val.with_labels({mark})
    return replace(marked, function=_bound_marked(val.function, mark)) if val.function is not None else marked


def with_attrs(val: Val, changes: "dict[str, Val]") -> Val:
    """The object ``val`` with these attributes set (or replaced)."""
    return replace(val, attrs=tuple(sorted({**dict(val.attrs or ()), **changes}.items())))


def under_path(p: Placement, keys: "Sequence[str | None]") -> Placement:
    """``p`` put into a container under the key path ``keys`` (``d["a"]["b"]["c"] = v``): under the top
    key ``a``, named by the path's last two keys (``b.c``) and by each key above them joined with the
    last (``a.*.c``), as a nested literal names its entries, so that a qualifier anywhere above the field
    counts (``{"guardian": {"contact": {"phone": ...}}}`` is the guardian's phone) while a bundle word
    above it does not make it a bundle (``{"subject": {"demographics": {"dob": ...}}}`` is a date of
    birth), and a later ``pop`` or ``del`` of the nested entry (``without_path``) finds it."""
    if len(keys) < 2 or keys[0] is None:
        return p
    path = {f"{keys[-2]}.{keys[-1]}"} if keys[-1] and keys[-2] else set()
    if keys[-1]:
        # person.*.ssn, not person.ssn: an ancestor is no parent (del body["person"]["ssn"] leaves it); and
        # each two keys above it together (household.member.*.address: a household member's address)
        path |= {f"{key}.*.{keys[-1]}" for key in keys[:-2] if key}
        path |= {f"{a}.{b}.*.{keys[-1]}" for a, b in zip(keys[:-2], keys[1:-1], strict=True) if a and b}
        # d["contact"][0]["telecom"] = [{"value": c.phone}]: the value's own entries under the path too, as the
        # literal would name them (contact.telecom.*.value, contact.*.value); list positions are no names
        named = [k for k in keys if k and not k.lstrip("-").isdigit()]
        leaves = {n[len(keys[-1]) + 1:] for n in p.names if n.startswith(keys[-1] + ".") and "." not in n[len(keys[-1]) + 1:]}
        for leaf in leaves:
            path |= {f"{a}.*.{leaf}" for a in named[:-1]}
            if len(named) >= 2:
                path.add(f"{named[-2]}.{named[-1]}.*.{leaf}")
    return replace(p, key=keys[0], names=p.names | path)


def without_path(val: Val, keys: list[str]) -> Val:
    """``val`` without the entry at a key path (``del body["person"]["email"]``): a nested entry is
    known by its top-level key and the name ``person.email`` its placement carries."""
    if len(keys) == 1:
        return without_keys(val, keys)
    inner = f"{keys[-2]}.{keys[-1]}"
    out = replace(val, placements=tuple(p for p in val.placements if not (p.key == keys[0] and inner in p.names)))
    held = dict(val.attrs or ()).get(keys[0])
    if held is not None and held.attrs is not None:
        # del cfg["mapping"]["subject_ref"]: the constant dict under the key without it too
        out = replace(out, attrs=tuple(sorted({**dict(val.attrs or ()), keys[0]: without_path(held, keys[1:])}.items())))
    return out


#: the key under which a serializer made with ``data=`` keeps what it was given (its ``validated_data``)
SERIALIZER_INPUT = "\x00serializer input"


def only_keys(val: Val, keys: Iterable[str]) -> Val:
    """``val`` reduced to the entries under ``keys`` (``include=``)."""
    keep = set(keys)
    return replace(val, placements=tuple(p for p in val.placements if p.key in keep))


def without_labels(val: Val) -> Val:
    """``val`` with no destination names (a value marked ``# medicaid-scope: not-enforcement``)."""
    client = replace(val.client, base=replace(val.client.base, labels=frozenset())) if val.client and val.client.base else val.client
    return replace(val, labels=frozenset(), client=client)


def placed_in(vals: Iterable[Val]) -> frozenset[tuple[str | None, int, int]]:
    """Where (module, line, column) every placement ``vals`` carry was made: in their elements,
    attributes, bound arguments, client bases and handed fields too."""
    out: set[tuple[str | None, int, int]] = set()
    stack = list(vals)
    seen: set[int] = set()
    while stack:
        val = stack.pop()
        if id(val) in seen:
            continue
        seen.add(id(val))
        out.update((p.module, p.line, p.col) for p in val.placements)
        if val.handed is not None:
            out.add((val.handed.module, val.handed.line, val.handed.col))
        if val.elements:
            stack.extend(val.elements)
        if val.attrs:
            stack.extend(v for _, v in val.attrs)
        if val.client is not None and val.client.base is not None:
            stack.append(val.client.base)
        if val.function is not None:
            stack.extend(v for _, v in val.function.bound)
            if val.function.receiver is not None:
                stack.append(val.function.receiver)
    return frozenset(out)


def _translate_function(function: FunctionRef, src: str, dst: str, inbound: bool) -> FunctionRef:
    """A function value made in ``src`` as ``dst`` sees it: a partial's bound values are src's, and a
    function of src (a def, a lambda, each of a table's choices) is called there."""
    if function.choices:
        return replace(function, choices=tuple(_translate_function(c, src, dst, inbound) for c in function.choices))
    qual = function.qual
    if function.receiver is not None:
        function = replace(function, receiver=translate(function.receiver, src, dst, inbound))
    elif qual is None and function.node is not None:
        # a def or lambda of src (its closure holds src's values): called elsewhere, it runs in src
        qual = f"@{src}:{getattr(getattr(function.node, 'name', None), 'value', '')}"
    if qual is not None and qual.startswith(f"@{dst}:"):
        qual = None
    return replace(function, qual=qual, bound=tuple((k, translate(v, src, dst, inbound)) for k, v in function.bound))


def translate(val: Val, src: str, dst: str, inbound: bool = False) -> Val:
    """``val`` carried from the analysis of module ``src`` into that of module ``dst``: what was
    placed in ``src`` is marked as placed there; what was placed in ``dst`` is its own again."""
    if TABLE_CLASS_MARK in val.labels:
        # table_class("ice") of another module, returning CLIENTS[partner]: the classes it names are that module's
        val = replace(val, labels=frozenset(_class_label(label, src, dst) for label in val.labels))
    if (not val.placements and not val.model and val.client is None and val.elements is None and not val.bulk and val.function is None
            and val.handed is None and not val.attrs and val.objects is None):
        return val
    placements = tuple(translate_placement(p, src, dst, inbound) for p in val.placements)
    # an object's attributes are its values too (what the caller's calls put into it)
    attrs = tuple((k, translate(v, src, dst, inbound)) for k, v in val.attrs) if val.attrs else val.attrs
    model = val.model
    if model is not None:
        if not model.startswith("@"):
            model = f"@{src}:{model}"
        if model.startswith(f"@{dst}:"):
            model = model[len(dst) + 2 :]
    client = val.client
    if client is not None and client.base is not None:
        client = replace(client, base=translate(client.base, src, dst, inbound))
    if client is not None and client.carried:
        # session.headers["X-Subject-Ssn"] = m.ssn set by a subclass's module: placed there, wherever it is sent
        client = replace(client, carried=tuple((attr, translate(held, src, dst, inbound)) for attr, held in client.carried))
    elements = tuple(translate(e, src, dst, inbound) for e in val.elements) if val.elements is not None else None
    bulk = frozenset(translate_bulk(b, src, dst) for b in val.bulk) if val.bulk else val.bulk
    function = _translate_function(val.function, src, dst, inbound) if val.function is not None else None
    handed = translate_placement(val.handed, src, dst) if val.handed is not None else None
    objects = tuple(translate(o, src, dst, inbound) for o in val.objects) if val.objects is not None else None
    return replace(val, placements=placements, model=model, client=client, elements=elements, bulk=bulk, function=function, handed=handed, attrs=attrs,
                   objects=objects)


def _class_label(label: str, src: str, dst: str) -> str:
    """A label naming a class, carried from module ``src`` into module ``dst`` (see ``translate``)."""
    if label.startswith("@"):
        return label[len(dst) + 2 :] if label.startswith(f"@{dst}:") else label
    return f"@{src}:{label}" if label.isidentifier() else label


def translate_bulk(b: Bulk, src: str, dst: str) -> Bulk:
    """A bulk source carried from module ``src`` into module ``dst`` (see ``translate``)."""
    if b.module is None:
        b = replace(b, module=src, origin=b.origin or f"{src}:{b.line}")
    if b.module == dst:
        # home again; a source read in a third module and adopted here keeps where it was read
        b = replace(b, module=None, origin="" if b.origin == f"{dst}:{b.line}" else b.origin)
    return b


def translate_placement(p: Placement, src: str, dst: str, inbound: bool = False) -> Placement:
    """One placement carried from module ``src`` into module ``dst`` (see ``translate``). ``inbound``:
    handed in by a caller as an argument; a placement of ``dst`` coming home that way passed through
    the caller's hands, so what ``dst`` sends of it is the caller's finding (``carried``)."""
    if p.module is None:
        p = replace(p, module=src, origin=p.origin or f"{src}:{p.line}")
    if p.module == dst:
        p = replace(p, module=None, origin="", carried=p.carried or inbound)
    return p


#: a number made by a call that makes numbers (``Decimal("0")``, ``sum(...)``, ``round(x, 2)``) or by arithmetic on one
#: (``total += fee``): a field it is computed from is carried by name, not placed where the sum grows
NUMBER_MARK = "<a number>"
#: an XML element (``ET.Element``, ``ET.SubElement``: flow/xmldoc.py), and the prefix of the label naming its tag
XML_ELEMENT_MARK = "<an XML element>"
XML_TAG_PREFIX = "<XML tag>="
#: the identity of an XML element (where it was made), and its parent's: the variables holding it are found by it
XML_ID_PREFIX = "<XML element>="
XML_PARENT_PREFIX = "<XML parent>="
#: an element factory (lxml's ``E``, ``ElementMaker(...)``): ``E.Tag(...)`` makes an element of that tag
XML_FACTORY_MARK = "<an XML element factory>"


def is_number(val: Val) -> bool:
    """A number: a numeric literal (a constant that is no text, collection or object) or what a
    numeric call or arithmetic made (``NUMBER_MARK``), unless a text was built of it since (the label
    goes wherever its value goes: ``f"{BASE}?limit={LIMIT}"`` is a URL)."""
    if NUMBER_MARK in val.labels:
        return val.items is None and val.elements is None and (val.text is None or _NUMERAL.fullmatch(val.text) is not None)
    return is_scalar_constant(val) and val.text is None and val.model is None and val.choices is None and val.alternatives is None


#: the text of a number made by a numeric call (``Decimal("0.00")``, ``int("443")``)
_NUMERAL = re.compile(r"\s*[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*")


def is_scalar_constant(val: Val) -> bool:
    """One constant: a text, a number, True/False or None (not a collection, an object, a client or a
    function): a mask stored under a key, a column of a constant, a counter."""
    return val.const and not val.placements and val.items is None and val.elements is None and val.function is None \
        and val.client is None and val.attrs is None


def marked_enforcement(val: Val, label: str) -> Val:
    """``val`` supplied by ``label``, which the pragma ``# medicaid-scope: enforcement`` marks: its label
    says so in words the destination rules read as enforcement."""
    return val.with_labels({label, f"{label} (# medicaid-scope: enforcement)"})
