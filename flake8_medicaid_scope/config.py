"""Configuration: defaults, validation of user values, and the compiled form the analysis uses.

Configuration must never switch the law off by accident (SPEC section 7): every list
with a default has an ``extend`` twin that adds to it (the plain option replaces it,
as flake8's ``select``/``extend-select``); a list that decides destinations cannot be
empty; a name the shipped vocabulary classifies as prohibited cannot be declared
harmless or reclassified as permitted (a justified exception is a ``# noqa`` with a
reason on the line).
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import Iterable, Mapping, Sequence

from .policy import Period, Policy, PolicyError, default_policy, load_policy_file
from .vocabulary import Vocabulary, default_vocabulary, normalize


class ConfigError(ValueError):
    """A configuration value is invalid; the message (one line) names the option."""


@lru_cache(maxsize=1)
def _defaults() -> Mapping[str, list[str]]:
    text = resources.files("flake8_medicaid_scope").joinpath("data/destinations.json").read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def _default_list(key: str) -> tuple[str, ...]:
    return tuple(_defaults()[key])


_HOST = re.compile(r"^[a-z0-9*?](?:[a-z0-9*?.-]*[a-z0-9*?])?$")
_TOKEN = re.compile(r"^[a-z][a-z0-9]*$")
_PHRASE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
_QUALNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$")
_FIELD = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")


@dataclass(frozen=True)
class _ListOption:
    """A list option with a shipped default, its ``extend`` twin, and what a value must look like."""

    key: str  # keyword of Config.from_options and key of data/destinations.json
    pattern: re.Pattern[str]
    what: str
    fold_case: bool = False
    may_be_empty: bool = True

    @property
    def option(self) -> str:
        return "--medicaid-" + self.key.replace("_", "-")

    @property
    def extend_option(self) -> str:
        return "--medicaid-extend-" + self.key.replace("_", "-")


#: every list option that has a default (each has an --medicaid-extend-... twin)
LIST_OPTIONS_WITH_DEFAULTS = (
    _ListOption("enforcement_hosts", _HOST, "a host pattern such as *.ice.gov", fold_case=True, may_be_empty=False),
    _ListOption("non_enforcement_hosts", _HOST, "a host pattern such as *.state.mn.us", fold_case=True, may_be_empty=False),
    _ListOption("enforcement_tokens", _TOKEN, "a lower-case word such as ice", may_be_empty=False),
    _ListOption("harmless_fields", _FIELD, "a field name"),
    _ListOption("non_immigration_qualifiers", _PHRASE, "a lower-case word or snake_case phrase such as child_support"),
)


@dataclass(frozen=True)
class Config:
    """Everything a user can set. Build with ``Config.from_options`` to validate."""

    # the lists with a shipped default hold it unless given (``Config()`` is ``Config.default()``)
    enforcement_hosts: tuple[str, ...] = field(default_factory=lambda: _default_list("enforcement_hosts"))
    non_enforcement_hosts: tuple[str, ...] = field(default_factory=lambda: _default_list("non_enforcement_hosts"))
    enforcement_tokens: tuple[str, ...] = field(default_factory=lambda: _default_list("enforcement_tokens"))
    #: words or snake_case phrases of other domains of law (child_support, tax, ...): ``enforcement``
    #: qualified by one of them in a name is not an immigration signal
    non_immigration_qualifiers: tuple[str, ...] = field(default_factory=lambda: _default_list("non_immigration_qualifiers"))
    sinks: tuple[str, ...] = ()
    #: folders whose files go to enforcement (a file written there is an enforcement sink)
    export_dirs: tuple[str, ...] = ()
    #: qualified names of functions that choose the people sent (a condition on status, MCD201)
    population_filters: tuple[str, ...] = ()
    harmless_fields: tuple[str, ...] = field(default_factory=lambda: _default_list("harmless_fields"))
    extra_fields: tuple[tuple[str, str], ...] = ()
    policy_path: str | None = None
    as_of: _dt.date | None = None
    _policy: Policy | None = field(default=None, compare=False, repr=False)
    #: where the cache of module facts and file results lives ("": ``.medicaid_scope_cache`` at the project root)
    cache_dir: str = ""
    #: False: no cache on disk (facts are still kept in memory for one run; results are not kept)
    cache: bool = True
    #: seconds the analysis of one linted file may take (with the modules it reaches); past it, MCD901
    time_budget: float = 5.0

    def __post_init__(self) -> None:
        # built directly (not through from_options), a list that decides destinations may not be empty:
        # that would switch the law off without a word (SPEC section 7)
        for spec in LIST_OPTIONS_WITH_DEFAULTS:
            if not spec.may_be_empty and not getattr(self, spec.key):
                raise ConfigError(f"{spec.option}: empty; give at least one {spec.what.removeprefix('a ')}, or leave it out to keep the default")

    @classmethod
    def default(cls) -> "Config":
        """The shipped defaults."""
        return cls.from_options()

    @classmethod
    def from_options(
        cls,
        *,
        enforcement_hosts: Sequence[str] | None = None,
        non_enforcement_hosts: Sequence[str] | None = None,
        enforcement_tokens: Sequence[str] | None = None,
        sinks: Sequence[str] | None = (),
        export_dirs: Sequence[str] | None = (),
        population_filters: Sequence[str] | None = (),
        harmless_fields: Sequence[str] | None = None,
        extra_fields: Sequence[str] | None = (),
        policy: str | None = None,
        as_of: str | None = None,
        non_immigration_qualifiers: Sequence[str] | None = None,
        extend_enforcement_hosts: Sequence[str] | None = None,
        extend_non_enforcement_hosts: Sequence[str] | None = None,
        extend_enforcement_tokens: Sequence[str] | None = None,
        extend_harmless_fields: Sequence[str] | None = None,
        extend_non_immigration_qualifiers: Sequence[str] | None = None,
        cache_dir: str | None = None,
        cache: bool = True,
        time_budget: float | str | None = None,
    ) -> "Config":
        """Validate user values; raise ConfigError with a one-line message naming the option.

        For each list with a default, the plain keyword (``None``: not given) replaces the
        default and the ``extend_`` keyword adds to it (to the replacement when both are given).
        """
        given = {
            "enforcement_hosts": (enforcement_hosts, extend_enforcement_hosts),
            "non_enforcement_hosts": (non_enforcement_hosts, extend_non_enforcement_hosts),
            "enforcement_tokens": (enforcement_tokens, extend_enforcement_tokens),
            "harmless_fields": (harmless_fields, extend_harmless_fields),
            "non_immigration_qualifiers": (non_immigration_qualifiers, extend_non_immigration_qualifiers),
        }
        lists = {spec.key: _list_value(spec, *given[spec.key]) for spec in LIST_OPTIONS_WITH_DEFAULTS}
        for key in ("enforcement_hosts", "non_enforcement_hosts"):
            extended = {p.strip().lower() for p in (given[key][1] or ())}
            users = {p.strip().lower() for p in (given[key][0] or ())} | extended
            for pattern in lists[key]:
                option = f"--medicaid-{'extend-' if pattern in extended else ''}{key.replace('_', '-')}"
                labels = pattern.split(".")
                if not any(label and not set(label) & set("*?") for label in labels):
                    # "*" or "*.*" would match every host: on either list it would switch the law off or on everywhere
                    raise ConfigError(f"{option}: {pattern!r} matches any host; give a domain such as *.ice.gov")
                if pattern in users and len(labels) > 1 and not set(labels[-1]) & set("*?") and all(set(label) <= {"*", "?"} and "*" in label for label in labels[:-1]):
                    # "*.com", "*.gov": every host of a top-level domain (every vendor's, every agency's) is no domain
                    example = "*.ice.gov" if key == "enforcement_hosts" else "*.dhs.state.mn.us"
                    raise ConfigError(f"{option}: {pattern!r} matches every host of a top-level domain; give a domain such as {example}")
        if enforcement_hosts is not None:
            missing = [p for p in _default_list("enforcement_hosts") if p not in lists["enforcement_hosts"]]
            if missing:
                # *.vendor.com given where --medicaid-extend-... was meant: eid.ice.gov held by a name without a token
                # would go unreported (SPEC section 7: configuration never switches the law off by accident)
                raise ConfigError(f"--medicaid-enforcement-hosts: leaves out the shipped enforcement domains {', '.join(missing)}; "
                                  f"list them too, or add hosts with --medicaid-extend-enforcement-hosts")
        defaults = _defaults()
        immigration, ambiguous = set(defaults["immigration_words"]), set(defaults["immigration_ambiguous_words"])
        context = set(defaults["immigration_context_words"])
        for extending, given_here in enumerate(given["non_immigration_qualifiers"]):
            for phrase in _clean(given_here):
                given_words = set(phrase.lower().split("_"))
                # (removal_ops, detention_center: ICE's own words; snow_removal, dhs_licensing, code_enforcement: another domain)
                words = given_words & immigration or (given_words & ambiguous if not given_words - ambiguous - context else set())
                if words:
                    # homeland_security, border_patrol: enforcement qualified so is immigration enforcement, not another domain of law
                    option = f"--medicaid-{'extend-' if extending else ''}non-immigration-qualifiers"
                    raise ConfigError(f"{option}: {phrase!r} names immigration enforcement ({', '.join(sorted(words))}); "
                                      f"give another domain of law such as child_support")
        sink_names = _check("--medicaid-sinks", _clean(sinks), _QUALNAME, "a qualified name such as mypkg.transfer.send")
        filter_names = _check(
            "--medicaid-population-filters", _clean(population_filters), _QUALNAME, "a qualified name such as mypkg.scope.select_unlawfully_present"
        )
        loaded = _load_policy(policy)
        day = _parse_day(as_of, loaded)
        period = loaded.period_on(day or _dt.date.today())
        _check_harmless(harmless_fields, extend_harmless_fields, loaded, period)
        extras = tuple(_parse_extra(item, loaded, period) for item in _clean(extra_fields))
        if policy is not None:
            _check_health_categories(loaded, policy, {category for _, category in extras})
        categories: dict[str, tuple[str, str]] = {}
        for name, category in extras:
            earlier = categories.setdefault(normalize(name), (name, category))
            if earlier[1] != category:
                # tx_cd=diagnosis,tx_cd=medicaid_id: the configuration contradicts itself, say so rather than pick one
                raise ConfigError(f"--medicaid-extra-fields: {name!r} is given two categories ({earlier[0]}={earlier[1]}, {name}={category}); "
                                  f"keep one")
        declared = {normalize(n): n for n in [*_clean(harmless_fields or ()), *_clean(extend_harmless_fields or ())]}
        for name, _ in extras:
            if normalize(name) in declared:
                # both harmless and data: the configuration contradicts itself, say so rather than pick one
                raise ConfigError(f"--medicaid-extra-fields: {name!r} is also declared harmless ({declared[normalize(name)]!r} in "
                                  f"--medicaid-harmless-fields or --medicaid-extend-harmless-fields); keep it in one of them")
        return cls(
            enforcement_hosts=lists["enforcement_hosts"],
            non_enforcement_hosts=lists["non_enforcement_hosts"],
            enforcement_tokens=lists["enforcement_tokens"],
            sinks=sink_names,
            export_dirs=tuple(d.rstrip("/\\") or d for d in _clean(export_dirs)),
            population_filters=filter_names,
            harmless_fields=lists["harmless_fields"],
            extra_fields=extras,
            policy_path=policy,
            as_of=day,
            _policy=loaded,
            non_immigration_qualifiers=lists["non_immigration_qualifiers"],
            cache_dir=_check_cache_dir(cache_dir),
            cache=bool(cache),
            time_budget=_check_budget(time_budget),
        )

    @cached_property
    def policy(self) -> Policy:
        """The policy in force (shipped, or the file given by --medicaid-policy)."""
        return self._policy or _load_policy(self.policy_path)

    @cached_property
    def period(self) -> Period:
        """The policy period in force on the analysis date (``as_of``, default today)."""
        return self.policy.period_on(self.as_of or _dt.date.today())

    @cached_property
    def permitted(self) -> frozenset[str]:
        """Categories permitted on the analysis date."""
        return self.period.permitted

    @cached_property
    def citation(self) -> str:
        """Short citation of the period in force."""
        return self.policy.citation(self.period.citation_key)

    def reason(self, code: str) -> str:
        """The reason (and what to do) a message for ``code`` gives in the period in force."""
        return self.policy.reason(code, self.period)

    @cached_property
    def vocabulary(self) -> Vocabulary:
        """Shipped vocabulary plus --medicaid-extra-fields."""
        base = default_vocabulary()
        return base.with_extra_fields(dict(self.extra_fields)) if self.extra_fields else base

    @cached_property
    def harmless(self) -> frozenset[str]:
        """Normalized harmless field names (not those ``--medicaid-extra-fields`` classifies: a name
        the user says is data, ``batch_id=ssn``, is data, over the default harmless list)."""
        return frozenset(normalize(name, self.vocabulary) for name in self.harmless_fields) - self.classified

    @cached_property
    def harmless_words_apply(self) -> bool:
        """Whether a name made of harmless words (``row_count``, ``schema_version``) is harmless too: the
        default list's rule, kept when the list is the default or extended, dropped when
        ``--medicaid-harmless-fields`` replaces it (the user then says which names are harmless)."""
        return set(_default_list("harmless_fields")) <= set(self.harmless_fields)

    @cached_property
    def classified(self) -> frozenset[str]:
        """Normalized names ``--medicaid-extra-fields`` gives a category."""
        return frozenset(normalize(name, self.vocabulary) for name, _ in self.extra_fields)


def _check_budget(value: float | str | None) -> float:
    """Seconds: a number above 0 and at most an hour (default 5)."""
    if value is None or value == "":
        return 5.0
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        raise ConfigError(f"--medicaid-time-budget: {value!r} is not a number of seconds") from None
    if not 0 < seconds <= 3600:
        raise ConfigError(f"--medicaid-time-budget: {value!r} must be above 0 and at most 3600 seconds")
    return seconds


def _check_cache_dir(value: str | None) -> str:
    """The cache folder as given ("" when not given); an empty value, a path that exists but is not a
    folder, and a symbolic link (the cache folder may not be one: it would never be written) are errors."""
    if value is not None and not value.strip():
        raise ConfigError("--medicaid-cache-dir: empty (leave the option out for the default folder at the project root)")
    value = (value or "").strip()
    if value and os.path.islink(value.rstrip("/\\")):
        raise ConfigError(f"--medicaid-cache-dir: {value!r} is a symbolic link; give the folder it points to (the cache folder may not be a link)")
    if value and os.path.exists(value) and not os.path.isdir(value):
        raise ConfigError(f"--medicaid-cache-dir: {value!r} exists and is not a folder")
    return value


def _clean(values: Iterable[str] | None) -> list[str]:
    return [v.strip() for v in (values or ()) if v and v.strip()]


def _check(option: str, values: list[str], pattern: re.Pattern[str], what: str, fold_case: bool = False) -> tuple[str, ...]:
    out = []
    for value in values:
        check = value.lower() if fold_case else value
        if not pattern.match(check):
            raise ConfigError(f"{option}: {value!r} is not {what}")
        out.append(check)
    return tuple(out)


def _list_value(spec: _ListOption, plain: Sequence[str] | None, extend: Sequence[str] | None) -> tuple[str, ...]:
    if plain is None:
        base = tuple(_defaults()[spec.key])
    else:
        base = _check(spec.option, _clean(plain), spec.pattern, spec.what, spec.fold_case)
        if not base and not spec.may_be_empty:
            example = spec.what.removeprefix("a ")
            raise ConfigError(f"{spec.option}: empty; give at least one {example}, or leave the option out to keep the default ({spec.extend_option} adds to it)")
    added = _check(spec.extend_option, _clean(extend), spec.pattern, spec.what, spec.fold_case)
    return tuple(dict.fromkeys(base + added))  # in order, without repeats


def _parse_day(as_of: str | None, policy: Policy) -> _dt.date | None:
    first = policy.periods[0]
    if not as_of or not as_of.strip():
        today = _dt.date.today()
        if today < first.start:
            raise ConfigError(f"--medicaid-policy: its earliest period starts {first.start.isoformat()}, after today; give --medicaid-as-of")
        if not policy.covers(today):
            raise ConfigError(f"--medicaid-policy: no period covers today ({today.isoformat()}); give --medicaid-as-of or a period that does")
        return None
    try:
        day = _dt.date.fromisoformat(as_of.strip())
    except ValueError:
        raise ConfigError(f"--medicaid-as-of: {as_of!r} is not a date in the form YYYY-MM-DD") from None
    if day < first.start:
        raise ConfigError(
            f"--medicaid-as-of: {day.isoformat()} is before the earliest policy period, which starts {first.start.isoformat()} ({first.order or 'no order named'})"
        )
    if not policy.covers(day):
        # (a gap between two periods, or past a period's last day with none after it: no law to judge by)
        last = policy.periods[-1]
        where = f"after the last one, which ended {last.until.isoformat()}" if last.until is not None and day > last.until else "in a gap between two"
        raise ConfigError(f"--medicaid-as-of: {day.isoformat()} falls in no policy period ({where}; docs/policy.md)")
    return day


def _load_policy(path: str | None) -> Policy:
    if path is None:
        return default_policy()
    if not path.strip():
        raise ConfigError("--medicaid-policy: no path given; name a policy JSON file, or leave the option out for the shipped policy")
    try:
        loaded = load_policy_file(path)
    except PolicyError as exc:
        raise ConfigError(f"--medicaid-policy: {exc}") from None
    vocab = default_vocabulary()
    known = set(loaded.health_categories) | set(loaded.categories) | set(vocab.exact.values()) | {cat for _, cat in vocab.rules}
    for period in loaded.periods:
        unknown = sorted(period.permitted - known)
        if unknown:
            # a misspelled category permits nothing and says nothing: the period would be stricter than written
            raise ConfigError(f"--medicaid-policy: {path}: period {period.start.isoformat()} permits unknown category {unknown[0]!r}; "
                              f"valid categories: {', '.join(sorted(known))}")
    return loaded


def _prohibited_code(name: str, policy: Policy, period: Period) -> tuple[str, str] | None:
    """(what the category is, code) when the shipped vocabulary classifies ``name`` as prohibited in ``period``."""
    category = default_vocabulary().classify(name)
    if category is None:
        return None
    code = policy.code_for(category, period.permitted)
    if code is None:
        return None
    if period.until is None:
        return f"the prohibited category {category}", code
    return f"the category {category}, prohibited until {period.until.isoformat()}", code


def _exception_hint(code: str) -> str:
    return f"for a justified exception put '# noqa: {code}  # reason' on the line instead (see docs/categories.md)"


def _check_harmless(plain: Sequence[str] | None, extend: Sequence[str] | None, policy: Policy, period: Period) -> None:
    for option, values in (("--medicaid-harmless-fields", plain), ("--medicaid-extend-harmless-fields", extend)):
        for name in _clean(values):
            found = _prohibited_code(name, policy, period)
            if found:
                what, code = found
                raise ConfigError(f"{option}: {name!r} cannot be declared harmless: it is in {what} ({code}); {_exception_hint(code)}")
            category = default_vocabulary().classify(name)
            if category is not None:
                # member_id declared harmless would make every member's records transfer metadata: no MCD201
                raise ConfigError(f"{option}: {name!r} cannot be declared harmless: it is a person's field (the permitted category {category}), "
                                  "not transfer metadata; a permitted field needs no declaration")


def _check_health_categories(policy: Policy, path: str, given: set[str]) -> None:
    """A health category of a policy file that no field has (not the vocabulary's, not declared under
    ``categories``, not given by ``--medicaid-extra-fields``) is a misspelling: that category's fields would be
    MCD101 instead of MCD102 without a word."""
    vocab = default_vocabulary()
    known = set(vocab.exact.values()) | {cat for _, cat in vocab.rules} | set(policy.categories) | given
    unknown = sorted(set(policy.health_categories) - known)
    if unknown:
        raise ConfigError(f"--medicaid-policy: {path}: 'health_categories' names category {unknown[0]!r}, which no field has; declare it under "
                          f"'categories' (or give fields of it with --medicaid-extra-fields); known categories: {', '.join(sorted(known))}")


def valid_categories(policy: Policy) -> list[str]:
    """Every category a ``name=category`` pair may name: the policy's and the vocabulary's."""
    vocab = default_vocabulary()
    known = set(policy.health_categories) | {c for p in policy.periods for c in p.permitted} | set(policy.categories)
    known |= set(vocab.exact.values()) | {cat for _, cat in vocab.rules}
    return sorted(known)


def _parse_extra(item: str, policy: Policy, period: Period) -> tuple[str, str]:
    name, sep, category = item.partition("=")
    name, category = name.strip(), category.strip()
    if not sep or not _FIELD.match(name) or not category:
        raise ConfigError(f"--medicaid-extra-fields: {item!r} is not name=category")
    # rin=Medicaid-ID: a category is spelled as its documented name, in any case, with - or _
    given, category = category, re.sub(r"[-\s]+", "_", category.lower())
    valid = valid_categories(policy)
    if not _PHRASE.match(category) or category not in valid:
        raise ConfigError(f"--medicaid-extra-fields: unknown category {given!r} in {item!r}; valid categories: {', '.join(valid)}")
    found = _prohibited_code(name, policy, period)
    if found and policy.code_for(category, period.permitted) is None:
        what, code = found
        raise ConfigError(f"--medicaid-extra-fields: {item!r} cannot make {name!r} permitted: it is in {what} ({code}); {_exception_hint(code)}")
    shipped = default_vocabulary().classify(name)
    if shipped is not None and category != shipped and any(policy.code_for(category, p.permitted) is None for p in policy.periods) \
            and all(policy.code_for(shipped, p.permitted) is not None for p in policy.periods):
        # ssn=medicaid_id with --medicaid-as-of in the injunction period: nothing is permitted then, but the option
        # would make an SSN a Medicaid ID for every later period (and mislabel it in this one)
        code = policy.code_for(shipped, policy.periods[-1].permitted) or "MCD101"
        raise ConfigError(f"--medicaid-extra-fields: {item!r} cannot make {name!r} permitted: it is in the prohibited category {shipped} "
                          f"({code}); {_exception_hint(code)}")
    return name, category
