"""The cheap text pre-check: can this file produce a finding at all?

A file whose text holds no enforcement signal (an enforcement host, an
enforcement token as a whole word, the pragma, a configured sink) cannot
produce a finding in single-module analysis, so it is never parsed. The
cross-module analysis widens this check with the names a module imports.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .config import Config
from .words import name_words

# After a token: not glued to more letters, except at a camelCase boundary.
_RIGHT = r"(?:(?![A-Za-z])|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z]))"


def _token_alternatives(token: str) -> list[str]:
    """The token as a whole word in its three spellings (ice, Ice, ICE).

    Each alternative starts with the literal, so the regex engine scans for its
    first letters; the left boundary is a look-behind placed after it: a
    lower-case form must not follow a letter, a capitalized or upper-case form
    must not follow a capital (``sendToIce`` matches, ``NOTICE`` does not).
    """
    lower, title, upper = token, token.capitalize(), token.upper()
    return [
        re.escape(lower) + f"(?<![A-Za-z]{re.escape(lower)})",
        re.escape(title) + f"(?<![A-Z]{re.escape(title)})",
        re.escape(upper) + f"(?<![A-Z]{re.escape(upper)})",
    ]


def _host_literal(pattern: str) -> str:
    """The fixed part of a host pattern that any matching host contains."""
    parts = [p for p in re.split(r"[*?]+", pattern) if p]
    return max(parts, key=len).strip(".").lower() if parts else ""


@lru_cache(maxsize=16)
def _compiled(config: Config) -> tuple[re.Pattern[str] | None, tuple[str, ...], tuple[str, ...]]:
    alternatives = [alt for token in config.enforcement_tokens for alt in _token_alternatives(token)]
    tokens = re.compile("(?:" + "|".join(alternatives) + ")" + _RIGHT) if alternatives else None
    hosts = tuple(sorted({h for h in map(_host_literal, config.enforcement_hosts) if h}))
    literals = tuple(sorted({s.rsplit(".", 1)[-1] for s in config.sinks}))
    return tokens, hosts, literals


_PRAGMA = re.compile("medicaid-scope", re.IGNORECASE)


@lru_cache(maxsize=16)
def _loose(config: Config) -> re.Pattern[str] | None:
    """Every spelling of a token, glued or not; a hit is checked with the analysis's own splitter."""
    tokens = sorted(config.enforcement_tokens, key=len, reverse=True)
    return re.compile("|".join(re.escape(t) for t in tokens), re.IGNORECASE) if tokens else None


def _split_token(source: str, config: Config) -> bool:
    """A name that the analysis splits into a token although the fast pattern misses it
    (``SOAPIceGateway`` splits into soap, ice, gateway)."""
    loose = _loose(config)
    if loose is None:
        return False
    tokens = frozenset(config.enforcement_tokens)
    seen: set[tuple[int, int]] = set()
    for match in loose.finditer(source):
        start, end = match.start(), match.end()
        while start > 0 and (source[start - 1].isalnum()):
            start -= 1
        while end < len(source) and source[end].isalnum():
            end += 1
        if (start, end) in seen:
            continue
        seen.add((start, end))
        if tokens.intersection(name_words(source[start:end])):
            return True
    return False


def may_matter(source: str, config: Config, extra_names: tuple[str, ...] = ()) -> bool:
    """False when the text holds no enforcement signal, so that analysis can skip the parse.

    ``extra_names`` widens the check: the cross-module analysis passes the names of
    project functions known to reach an enforcement sink, so a module that calls them
    is parsed even when it holds no signal of its own.
    """
    tokens, hosts, literals = _compiled(config)
    if tokens is not None and tokens.search(source):
        return True
    if any(literal in source for literal in literals + extra_names) or _PRAGMA.search(source):
        return True
    if hosts:
        lowered = source.lower()
        if any(host in lowered for host in hosts):
            return True
    return _split_token(source, config)
