"""Configuration: defaults, validation of user values, and the compiled form the analysis uses."""

from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import Iterable, Mapping, Sequence

from .policy import Policy, PolicyError, default_policy, load_policy_file
from .vocabulary import Vocabulary, default_vocabulary, normalize


class ConfigError(ValueError):
    """A configuration value is invalid; the message names the option."""


@lru_cache(maxsize=1)
def _defaults() -> Mapping[str, list[str]]:
    text = resources.files("flake8_medicaid_scope").joinpath("data/destinations.json").read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


_HOST = re.compile(r"^[a-z0-9*?](?:[a-z0-9*?.-]*[a-z0-9*?])?$")
_TOKEN = re.compile(r"^[a-z][a-z0-9]*$")
_QUALNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$")
_FIELD = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")


@dataclass(frozen=True)
class Config:
    """Everything a user can set. Build with ``Config.from_options`` to validate."""

    enforcement_hosts: tuple[str, ...] = ()
    non_enforcement_hosts: tuple[str, ...] = ()
    enforcement_tokens: tuple[str, ...] = ()
    sinks: tuple[str, ...] = ()
    harmless_fields: tuple[str, ...] = ()
    extra_fields: tuple[tuple[str, str], ...] = ()
    policy_path: str | None = None
    as_of: _dt.date | None = None
    _policy: Policy | None = field(default=None, compare=False, repr=False)

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
        sinks: Sequence[str] = (),
        harmless_fields: Sequence[str] = (),
        extra_fields: Sequence[str] = (),
        policy: str | None = None,
        as_of: str | None = None,
    ) -> "Config":
        """Validate user values; raise ConfigError with a one-line message naming the option."""
        d = _defaults()
        hosts = _check_all("--medicaid-enforcement-hosts", enforcement_hosts, d["enforcement_hosts"], _HOST, "a host pattern such as *.ice.gov")
        safe = _check_all("--medicaid-non-enforcement-hosts", non_enforcement_hosts, d["non_enforcement_hosts"], _HOST, "a host pattern such as *.state.mn.us")
        tokens = _check_all("--medicaid-enforcement-tokens", enforcement_tokens, d["enforcement_tokens"], _TOKEN, "a lower-case word such as ice")
        sink_names = _check_all("--medicaid-sinks", sinks, (), _QUALNAME, "a qualified name such as mypkg.transfer.send")
        harmless = _check_all("--medicaid-harmless-fields", harmless_fields, (), _FIELD, "a field name")
        loaded = _load_policy(policy)
        extras = tuple(_parse_extra(item, loaded) for item in _clean(extra_fields))
        day = None
        if as_of:
            try:
                day = _dt.date.fromisoformat(as_of.strip())
            except ValueError:
                raise ConfigError(f"--medicaid-as-of: {as_of!r} is not a date in the form YYYY-MM-DD") from None
        return cls(hosts, safe, tokens, sink_names, tuple(d["harmless_fields"]) + harmless, extras, policy, day, loaded)

    @cached_property
    def policy(self) -> Policy:
        """The policy in force (shipped, or the file given by --medicaid-policy)."""
        return self._policy or _load_policy(self.policy_path)

    @cached_property
    def permitted(self) -> frozenset[str]:
        """Categories permitted on the analysis date."""
        return self.policy.period_on(self.as_of or _dt.date.today()).permitted

    @cached_property
    def citation(self) -> str:
        """Short citation of the period in force."""
        return self.policy.citation(self.policy.period_on(self.as_of or _dt.date.today()).citation_key)

    @cached_property
    def vocabulary(self) -> Vocabulary:
        """Shipped vocabulary plus --medicaid-extra-fields."""
        base = default_vocabulary()
        return base.with_extra_fields(dict(self.extra_fields)) if self.extra_fields else base

    @cached_property
    def harmless(self) -> frozenset[str]:
        """Normalized harmless field names."""
        return frozenset(normalize(name, self.vocabulary) for name in self.harmless_fields)


def _clean(values: Iterable[str] | None) -> list[str]:
    return [v.strip() for v in (values or ()) if v and v.strip()]


def _check_all(option: str, values: Sequence[str] | None, default: Sequence[str], pattern: re.Pattern[str], what: str) -> tuple[str, ...]:
    if values is None:
        return tuple(default)
    cleaned = _clean(values)
    for value in cleaned:
        check = value.lower() if pattern is _HOST else value
        if not pattern.match(check):
            raise ConfigError(f"{option}: {value!r} is not {what}")
    return tuple(v.lower() if pattern is _HOST else v for v in cleaned)


def _load_policy(path: str | None) -> Policy:
    if not path:
        return default_policy()
    try:
        return load_policy_file(path)
    except PolicyError as exc:
        raise ConfigError(f"--medicaid-policy: {exc}") from None


def _parse_extra(item: str, policy: Policy) -> tuple[str, str]:
    name, sep, category = item.partition("=")
    name, category = name.strip(), category.strip()
    if not sep or not _FIELD.match(name) or not _TOKEN.match(category.replace("_", "a")):
        raise ConfigError(f"--medicaid-extra-fields: {item!r} is not name=category")
    known = set(policy.health_categories) | {c for p in policy.periods for c in p.permitted}
    known |= set(default_vocabulary().exact.values()) | {cat for _, cat in default_vocabulary().rules}
    if category not in known:
        raise ConfigError(f"--medicaid-extra-fields: unknown category {category!r} in {item!r}")
    return name, category
