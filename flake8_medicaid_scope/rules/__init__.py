"""Rules: one module per code. Each module's docstring is the rule's documentation,
and its ``VALID``/``INVALID`` examples are tests (``# MCDnnn`` marks each line that
must be flagged) and the examples of ``docs/rules/MCDnnn.md``.

The data flow finds placements that reach an enforcement destination; this
package decides which code each one gets and words the message.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from types import ModuleType
from typing import TYPE_CHECKING, Sequence

from ..config import Config
from ..destinations import Destination, harmless_by_words
from ..findings import Finding, Step
from ..flow.values import SQL_COLUMN, Placement
from ..policy import HEALTH, UNKNOWN_FIELD, WHOLE_RECORD

if TYPE_CHECKING:
    from ..flow.engine import BulkHit

#: records about many people sent with no condition on immigration status (SPEC section 10)
POPULATION = "MCD201"


@dataclass(frozen=True)
class Verdict:
    """The code a placement gets, and the name and category the message shows."""

    code: str
    name: str
    category: str
    #: the other prohibited names of the same code that one joined value carries (``f"{m.last_name}*{m.ssn}"``):
    #: one placement, one finding, whose message names every field to drop
    also: tuple[tuple[str, str], ...] = ()


def _ordered_names(p: Placement) -> list[str]:
    """Names where the value came from first, then the key, then the keys it sits under inside the
    entry (``StringValue`` of ``{"reviewer_note": {"StringValue": ...}}``), then nested paths."""
    paths = sorted(n for n in p.names if "." in n and n != p.key)
    # (a column of a select list put under a key, {"name": r[1]}: the column's own name is where the value
    # came from, not a key inside the entry)
    inner = {n.rsplit(".", 1)[1] for n in paths} if not p.detail.startswith(SQL_COLUMN) else set()
    source = sorted(n for n in p.names if n != p.key and "." not in n and n not in inner)
    key = [p.key] if p.key in p.names else []
    return source + key + sorted(n for n in p.names if n != p.key and "." not in n and n in inner) + paths


def _harmless(tokens: "tuple[str, ...]", config: Config) -> bool:
    """A name (its words) declared harmless, or harmless by its words (``X-Request-ID``, ``record_count``)."""
    joined = "_".join(tokens)
    return bool(tokens) and joined not in config.classified and (
        joined in config.harmless or (tokens[0] == "x" and "_".join(tokens[1:]) in config.harmless)
        or (config.harmless_words_apply and harmless_by_words(tokens)))


def _owner_only(name: str, names: "frozenset[str]", category: str, config: Config) -> str | None:
    """``state.submitter_id`` (or ``state_submitter_id`` beside ``submitter_id``): the category of a name read out of
    a container comes from the container's name alone, and the name it was read by has several words the vocabulary
    does not know, the last of which makes a field of its own (``risk_score``; ``care_of``, ``plus_four``, ``iso_date``
    are parts of the container's value): that name; None otherwise."""
    vocab = config.vocabulary
    if "." in name:
        owner, leaf = name.rsplit(".", 1)
    else:
        found = next((n for n in names if n != name and "." not in n and name.endswith("_" + n)), None)
        if found is None:
            return None
        owner, leaf = name[: -len(found) - 1], found
    tokens = vocab.tokens(leaf)
    if len(tokens) > 1 and tokens[-1] in vocab.own_field_heads and vocab.classify(leaf) is None and vocab.classify(owner) == category \
            and not _harmless(tokens, config):
        return leaf
    return None


def verdict(p: Placement, config: Config) -> Verdict | None:
    """Which code a placement that reaches enforcement gets (None: permitted or harmless)."""
    if p.kind == "whole":
        return Verdict(WHOLE_RECORD, p.detail, "whole record")
    if p.kind == "clinical":
        return Verdict(HEALTH, p.detail, "clinical FHIR resource")
    vocab, policy, permitted = config.vocabulary, config.policy, config.permitted
    prohibited: list[Verdict] = []
    generic: list[Verdict] = []  # identifier.value: counts only when no other name classifies
    allowed = False
    unknown: list[str] = []
    harmless = False
    for name in _ordered_names(p):
        tokens = vocab.tokens(name)
        if not tokens:
            continue
        if _harmless(tokens, config):  # X-Request-ID
            harmless = True
            continue
        leaf = vocab.tokens(name.rsplit(".", 1)[1]) if "." in name else ()
        if leaf and _harmless(leaf, config):
            # totals.record_count, claims.request_id: the key a value sits under inside an entry says it too; a
            # count or total under a category (medications.count) counts that category's data: still classified
            harmless = True
            if not {"count", "total"} & set(leaf) or (len(leaf) > 1 and vocab.classify(name.rsplit(".", 1)[0]) != vocab.classify(name)):
                # (cells.record_count: its words met across the dot, "cell count", are no category of the cells; a bare
                # count under a key, t_cells.count, counts it: a lab result)
                continue
        if vocab.is_technical(name):
            harmless = True  # file_name, bucket_name: the name of a thing, not of a person
            continue
        category = vocab.classify(name)
        if category is None:
            unknown.append(name)
            continue
        code = policy.code_for(category, permitted)
        held = _owner_only(name, p.names, category, config) if code is None else None
        if held is not None:
            # state["submitter_id"], phone["risk_score"]: a permitted container's name does not make a field it holds
            # permitted (address["line1"], phone["ext"] are parts of it, a field with a name of its own is not)
            unknown.append(held)
            continue
        if code is not None and vocab.is_generic(name):
            generic.append(Verdict(code, name, category))
        elif code is None:
            allowed = True
        else:
            prohibited.append(Verdict(code, name, category))
    if prohibited:
        # MCD102 first; then a name no period permits (guardian_phone, a contact person's) over one some period
        # does (phone: before 6 January 2026 every field is barred, the guardian's phone is still the name to give)
        ever_permitted = frozenset().union(*(period.permitted for period in policy.periods))
        chosen = min(prohibited, key=lambda v: (v.code != HEALTH, v.category in ever_permitted))
        if p.joined:
            # f"NM1*IL*1*{m.last_name}*{m.first_name}****34*{m.ssn}~": each field of the same code is named (the
            # names of a field's own path, member.ssn beside ssn, once)
            # (the key it is put under says again what its parts say, {"name": f"{m.first_name} {m.last_name}"}, unless
            # it names another category: {"ssn": f"{m.last_name}-{m.ssn}"} holds an SSN too)
            shown = {chosen.name}
            also: list[tuple[str, str]] = []
            for v in sorted(prohibited, key=lambda v: v.name == p.key):
                if v.code == chosen.code and v.name not in shown and "." not in v.name and not (
                        v.name == p.key and v.category in {chosen.category, *(c for _, c in also)}):
                    shown.add(v.name)
                    also.append((v.name, v.category))
            return replace(chosen, also=tuple(also)) if also else chosen
        return chosen
    if generic and not allowed:
        return generic[0]  # an identifier of unknown kind ({"identifier": [{"value": m.case_ref}]})
    # (an attribute chain's leaf, line1 of member.home_address.line1, is judged with its chain:
    # home_address_line1 is an address)
    # (a key the joined value sits under inside the entry, text of {"address": [{"text": f"..."}]}, read
    # as address.text, is where it is put, not a part of it)
    parts = [name for name in unknown if name != p.key and not any(n.endswith("_" + name) and n not in unknown for n in p.names)
             and not any(n.endswith("." + name) for n in p.names)
             and not (p.key and name.startswith(p.key + "."))
             # ({"Body": {"Text": {"Data": f"..."}}}: Text.Data, the keys above the joined value, is where it sits)
             and not ("." in name and name.rsplit(".", 1)[1] in p.names)] \
        if p.joined and not p.metadata and not p.key_only and not (p.key and _harmless(vocab.tokens(p.key), config)) else []
    # ({"request_id": f"{m.region}-{m.cin}"}: a harmless key makes the joined value harmless, as it does any value
    # none of whose names is prohibited; a harmless part, f"{m.request_id}|{m.risk_score}", does not)
    if parts:
        # f"{m.medicaid_id}|{m.risk_score}": the permitted part does not carry the unknown one
        return Verdict(UNKNOWN_FIELD, parts[0], "not in the field vocabulary")
    if allowed or harmless or not unknown or (p.key_only and not p.declared) or p.metadata:
        # unknown is not guilty: a value from code the analysis cannot see, under a key
        # nobody knows ({"subjects": subjects}), is not reported; a field read is (but not in a
        # protocol field such as an S3 Key or a message Subject: transfer metadata)
        return None
    return Verdict(UNKNOWN_FIELD, unknown[0], "not in the field vocabulary")


def describe(p: Placement, config: Config) -> tuple[str, str, str]:
    """(verdict, name, category) of a placement sent to enforcement, for the audit report: the
    code it gets, or ``permitted``, ``harmless`` or ``not reported`` (nothing known of the value)."""
    v = verdict(p, config)
    if v is not None:
        return v.code, v.name, v.category
    vocab = config.vocabulary
    names = _ordered_names(p)
    for name in names:
        tokens = vocab.tokens(name)
        if tokens and (_harmless(tokens, config) or ("." in name and _harmless(vocab.tokens(name.rsplit(".", 1)[1]), config))):
            return "harmless", name, "transfer metadata"
    for name in names:
        category = vocab.classify(name)
        if category is not None:
            return "permitted", name, category
    shown = names[0] if names else "(constant)"
    return "not reported", shown, "metadata of the transfer" if p.metadata else "no name the vocabulary knows, value from unseen code"


def message(v: Verdict, dest: Destination, sink_line: int, config: Config, origin: str = "") -> str:
    """The one-line message: code, what (and, when it was placed in another module, where),
    where it goes, why (the reason of the policy period in force, ending with what to do), citation."""
    reason = config.reason(v.code)
    where = f"sent to {dest.describe()} (line {sink_line})"
    if v.code == WHOLE_RECORD:
        what = f"whole record {v.name}"
    else:
        named = [f"'{name}' ({category})" for name, category in ((v.name, v.category), *v.also)]
        # (three at most: the message stays one line a reader takes in)
        what = ", ".join(named[:3]) + (f" and {len(named) - 3} more" if len(named) > 3 else "")
    if origin:
        what += f" placed at {origin}"
    return f"{v.code} {what} {where}; {reason} [{config.citation}]"


def finding(
    p: Placement, dest: Destination, sink_line: int, config: Config, calls: Sequence[tuple[int, int, str]] = (), via: Sequence[tuple[int, int, str]] = ()
) -> Finding | None:
    """The finding for one hit, or None when the placement is permitted."""
    v = verdict(p, config)
    if v is None:
        return None
    if p.entry is not None and p.module is None and not p.origin:
        # "ssn": msis_id of SELECT msis_ident_num: the key makes it an SSN, at the entry (SPEC section 3); a column
        # prohibited by its own name stays at the column
        own = verdict(replace(p, names=p.entry[3], key=None, entry=None), config)
        if own is None or (own.code == UNKNOWN_FIELD and v.code != UNKNOWN_FIELD):
            p = replace(p, line=p.entry[0], col=p.entry[1])
    return Finding(p.line, p.col, v.code, message(v, dest, sink_line, config, p.origin), placement_trace(p, v.name, v.category, dest, sink_line, calls, via))


def placement_trace(
    p: Placement, name: str, category: str, dest: Destination, sink_line: int, calls: Sequence[tuple[int, int, str]] = (), via: Sequence[tuple[int, int, str]] = ()
) -> tuple[Step, ...]:
    """The path behind one placement that reaches ``dest`` (a finding's, or a permitted field's in the report)."""
    if p.kind == "whole":
        start = f"whole record {p.detail} read"
    elif p.kind == "clinical":
        start = f"clinical FHIR resource {p.detail} built"
    else:
        start = f"'{name}' ({category}) placed in the data"
    steps = [Step(p.line, p.col, start)]
    if p.origin:
        path, _, line = p.origin.rpartition(":")
        steps = [Step(int(line) if line.isdigit() else 0, 0, start, path), Step(p.line, p.col, "handed on here")]
    steps += _after(via, p.line)
    return _trace(steps, calls, dest, sink_line)


def _after(via: Sequence[tuple[int, int, str]], line: int) -> list[Step]:
    """The steps of the data's way (assignments, returns, containers) from ``line`` on: the way of a value
    also holds the steps of other data put into the same container earlier."""
    return [Step(at, col, text) for at, col, text in via if at > line]


def _trace(steps: list[Step], calls: Sequence[tuple[int, int, str]], dest: Destination, sink_line: int) -> tuple[Step, ...]:
    """The path behind a finding: its first steps, each call that led to the send, the send, and why
    the destination counts as enforcement."""
    out = list(steps)
    for line, col, text in calls[:-1]:
        out.append(Step(line, col, f"passed on through {text}"))
    if calls:
        line, col, text = calls[-1]
        out.append(Step(line, col, f"sent by {text}"))
    else:
        out.append(Step(sink_line, 0, f"made by {dest.display}"))
    out.append(Step(out[-1].line, out[-1].col, f"{dest.describe()}: {dest.reason()}"))
    return tuple(out)


def population_finding(hit: "BulkHit", config: Config) -> Finding:
    """MCD201 for records from a bulk source sent to enforcement with no condition on status."""
    source = hit.source
    where = source.origin or f"line {source.line}"
    path, _, line = source.origin.rpartition(":") if source.origin else ("", "", str(source.line))
    first = Step(int(line) if line.isdigit() else 0, 0 if path else source.col, f"records of many people read from {source.text}, no condition on status after it", path)
    return Finding(
        hit.line,
        hit.col,
        POPULATION,
        f"{POPULATION} records from {source.text} ({where}) sent to {hit.dest.describe()} with no condition on immigration status; "
        f"{config.reason(POPULATION)} [{config.citation}]",
        _trace([first, *_after(hit.via, source.line)] if not path else [first], hit.calls, hit.dest, hit.line),
    )


def rule_modules() -> list[ModuleType]:
    """Every rule module, in code order."""
    from . import mcd101, mcd102, mcd103, mcd104, mcd201, mcd301, mcd302, mcd900, mcd901, mcd902

    return [mcd101, mcd102, mcd103, mcd104, mcd201, mcd301, mcd302, mcd900, mcd901, mcd902]
