"""Legal policy: permitted categories, the code each category gets, citations.

The data lives in ``data/policy.json`` (or a file given by ``--medicaid-policy``).
"""

from __future__ import annotations

import datetime as _dt
import json
import os
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any, Mapping

PERSONAL = "MCD101"
HEALTH = "MCD102"
WHOLE_RECORD = "MCD103"
UNKNOWN_FIELD = "MCD104"
INTERNAL_ERROR = "MCD900"


class PolicyError(ValueError):
    """The policy file is missing, unreadable or malformed."""


@dataclass(frozen=True)
class Period:
    """A span of time during which one set of categories is permitted."""

    start: _dt.date
    until: _dt.date | None
    permitted: frozenset[str]
    citation_key: str
    order: str
    summary: str
    #: the reason (and what to do) a message gives while this period is in force, by code;
    #: a code not listed takes the reason of ``Policy.codes``
    reasons: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Policy:
    """The legal policy the analysis enforces."""

    periods: tuple[Period, ...]
    health_categories: frozenset[str]
    citations: Mapping[str, Mapping[str, str]]
    codes: Mapping[str, Mapping[str, str]]
    background: tuple[str, ...]
    #: what each category means and example names (for docs/categories.md); optional
    categories: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def covers(self, day: _dt.date) -> bool:
        """Some period is in force on ``day`` (not before the first, in a gap between two, or past a closed last one)."""
        return any(period.start <= day and (period.until is None or day <= period.until) for period in self.periods)

    def period_on(self, day: _dt.date) -> Period:
        """The period in force on ``day`` (the latest one when ``day`` is past them all; the configuration refuses a
        day no period covers, ``covers``)."""
        for period in self.periods:
            if period.start <= day and (period.until is None or day <= period.until):
                return period
        return self.periods[-1]

    def code_for(self, category: str, permitted: frozenset[str]) -> str | None:
        """The code a field of ``category`` gets, or None when it is permitted."""
        if category in permitted:
            return None
        return HEALTH if category in self.health_categories else PERSONAL

    def citation(self, key: str) -> str:
        """The short citation string for messages."""
        return self.citations[key]["short"]

    def reason(self, code: str, period: Period | None = None) -> str:
        """The short reason (and what to do) a message gives for ``code`` while ``period`` is in force."""
        if period is not None and code in period.reasons:
            return period.reasons[code]
        if code not in self.codes:
            # a policy file written before this code existed: the shipped reason
            from .config import _load_policy

            shipped = _load_policy(None)
            return shipped.codes[code]["reason"] if shipped is not self and code in shipped.codes else f"see docs/rules/{code}.md"
        return self.codes[code]["reason"]


#: the codes whose title and reason a policy file must give
REQUIRED_CODES = (PERSONAL, HEALTH, WHOLE_RECORD, UNKNOWN_FIELD)


def _one_line(text: str) -> bool:
    """A text that is not empty and breaks no line (messages are one line: no ``\\n``, nor what Python or an
    editor takes for a line break, U+2028, U+0085)."""
    return bool(text.strip()) and len((text + "x").splitlines()) == 1  # (a break at its end counts too)


def _names(value: Any) -> bool:
    """A list of strings (a bare string would be taken for a set of letters)."""
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _check_shape(data: object) -> None:
    """The policy's outline (docs/policy.md): a PolicyError naming the first key that is missing or of
    the wrong type, before anything is read from it."""
    if not isinstance(data, dict):
        raise PolicyError("the policy must be a JSON object with 'citations', 'periods', 'health_categories' and 'codes' (docs/policy.md)")
    wanted = {"citations": dict, "periods": list, "health_categories": list, "codes": dict}
    for key, kind in wanted.items():
        if key not in data:
            raise PolicyError(f"the policy lacks {key!r} (docs/policy.md)")
        if not isinstance(data[key], kind):
            raise PolicyError(f"{key!r} must be a JSON {'object' if kind is dict else 'list'} (docs/policy.md)")
    for key, citation in data["citations"].items():
        if not isinstance(citation, dict) or not all(isinstance(citation.get(k), str) for k in ("short", "long")):
            raise PolicyError(f"citations.{key} must be an object with the texts 'short' and 'long'")
        if not _one_line(citation["short"]):
            # (every message ends with it on its one line)
            raise PolicyError(f"citations.{key}: 'short' must be a text of one line, not empty")
    for number, period in enumerate(data["periods"], 1):
        if not isinstance(period, dict):
            raise PolicyError(f"period {number} must be an object with 'from', 'citation' and 'permitted'")
        lacking = [k for k in ("from", "citation", "permitted") if k not in period]
        if lacking:
            raise PolicyError(f"period {number} lacks {' and '.join(repr(k) for k in lacking)}")
        for key in ("from", "until", "citation", "order", "summary"):
            if period.get(key) is not None and not isinstance(period[key], str):
                raise PolicyError(f"period {number}: {key!r} must be a text")
        for key in ("from", "until"):
            if period.get(key):
                try:
                    _dt.date.fromisoformat(period[key])
                except ValueError:
                    raise PolicyError(f"period {number}: {key!r} must be a date written YYYY-MM-DD, not {period[key]!r}") from None
        if "reasons" in period and not isinstance(period["reasons"], dict):
            raise PolicyError(f"period {number}: 'reasons' must be an object of texts by code")
        for code, reason in (period.get("reasons") or {}).items():
            if not isinstance(reason, str) or not _one_line(reason):
                raise PolicyError(f"period {number}: the reason of {code} must be a text of one line, not empty")
    for key in ("categories",):
        if key in data and not (isinstance(data[key], dict) and all(isinstance(v, dict) for v in data[key].values())):
            raise PolicyError(f"{key!r} must be an object of objects by category name")
    if "background" in data and not isinstance(data["background"], list):
        raise PolicyError("'background' must be a JSON list")


def parse_policy(data: Mapping[str, Any]) -> Policy:
    """Build a Policy from its JSON form; raise PolicyError naming what is wrong."""
    _check_shape(data)
    try:
        citations = {k: {"short": v["short"], "long": v["long"]} for k, v in data["citations"].items()}
        periods = []
        for raw in data["periods"]:
            if raw["citation"] not in citations:
                raise PolicyError(f"period {raw['from']} cites unknown citation {raw['citation']!r}")
            if not _names(raw["permitted"]):
                raise PolicyError(f"period {raw['from']}: 'permitted' must be a list of category names")
            periods.append(
                Period(
                    start=_dt.date.fromisoformat(raw["from"]),
                    until=_dt.date.fromisoformat(raw["until"]) if raw.get("until") else None,
                    permitted=frozenset(raw["permitted"]),
                    citation_key=raw["citation"],
                    order=raw.get("order", ""),
                    summary=raw.get("summary", ""),
                    reasons={str(k): str(v) for k, v in raw.get("reasons", {}).items()},
                )
            )
        if not periods:
            raise PolicyError("no periods")
        ordered = sorted(periods, key=lambda p: p.start)
        for period in ordered:
            if period.until is not None and period.until < period.start:
                raise PolicyError(f"period {period.start}: 'until' {period.until} is before its start")
        for i, (earlier, later) in enumerate(zip(ordered, ordered[1:], strict=False)):
            if earlier.start == later.start:
                raise PolicyError(f"periods {earlier.start} and {later.start} overlap (two periods start on the same day)")
            if earlier.until is None:
                # an open period that another follows ends the day before the next begins
                ordered[i] = replace(earlier, until=later.start - _dt.timedelta(days=1))
            elif earlier.until >= later.start:
                raise PolicyError(f"periods {earlier.start} and {later.start} overlap (each period must end before the next begins)")
        if not _names(data["health_categories"]):
            raise PolicyError("'health_categories' must be a list of category names")
        for period in ordered:
            barred = sorted(period.permitted & set(data["health_categories"]))
            if barred:
                # (health records stay barred: a field of a health category is MCD102 in every period, docs/policy.md)
                raise PolicyError(f"period {period.start}: permits {barred[0]!r}, one of the 'health_categories', which no period may permit")
        missing = [code for code in REQUIRED_CODES if code not in data["codes"]]
        if missing:
            raise PolicyError(f"'codes' lacks {', '.join(missing)}")
        # (every code the file gives, not only the required ones: a message of MCD201 takes its reason too)
        for code in sorted(data["codes"]):
            entry = data["codes"][code]
            lacking = [key for key in ("title", "reason") if not isinstance(entry, dict) or not isinstance(entry.get(key), str) or not entry[key].strip()]
            if lacking:
                raise PolicyError(f"codes.{code} lacks {' and '.join(repr(k) for k in lacking)}")
            if not _one_line(entry["reason"]):
                raise PolicyError(f"codes.{code}: 'reason' must be a text of one line (it is part of every message)")
        return Policy(
            periods=tuple(ordered),
            health_categories=frozenset(data["health_categories"]),
            citations=citations,
            codes={k: dict(v) for k, v in data["codes"].items()},
            background=tuple(data.get("background", ())),
            categories={str(k): dict(v) for k, v in data.get("categories", {}).items()},
        )
    except PolicyError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise PolicyError(f"malformed policy ({type(exc).__name__}: {exc})") from None


#: the largest policy file read (the shipped one is a few kilobytes)
MAX_POLICY_BYTES = 1_000_000


def load_policy_file(path: str) -> Policy:
    """Read a policy file from disk: a regular file (not a device, a pipe or a folder) of at most
    MAX_POLICY_BYTES."""
    try:
        if os.path.exists(path) and not os.path.isfile(path):
            raise PolicyError(f"cannot read {path}: not a regular file")
        with open(path, "rb") as raw:
            content = raw.read(MAX_POLICY_BYTES + 1)
        if len(content) > MAX_POLICY_BYTES:
            raise PolicyError(f"cannot read {path}: larger than {MAX_POLICY_BYTES:,} bytes")
        data = json.loads(content.decode("utf-8"))
    except OSError as exc:
        raise PolicyError(f"cannot read {path}: {exc.strerror}") from None
    except json.JSONDecodeError as exc:
        raise PolicyError(f"{path} is not valid JSON ({exc.msg}, line {exc.lineno})") from None
    except UnicodeDecodeError:
        raise PolicyError(f"{path} is not UTF-8 text") from None
    except (RecursionError, MemoryError):
        raise PolicyError(f"{path} nests too deeply to read") from None
    return parse_policy(data)


@lru_cache(maxsize=1)
def default_policy() -> Policy:
    """The policy shipped in the package."""
    text = resources.files("flake8_medicaid_scope").joinpath("data/policy.json").read_text("utf-8")
    return parse_policy(json.loads(text))
