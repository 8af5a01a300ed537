"""The cheap text pre-check: can this file produce a finding at all?

A file whose text holds no enforcement signal (an enforcement host, an
enforcement token as a whole word, the pragma, a configured sink) cannot
produce a finding in single-module analysis, so it is never parsed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .config import Config

# a token is a whole word when it is not glued to letters, except at a camelCase boundary
_LEFT = r"(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))"
_RIGHT = r"(?:(?![A-Za-z])|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z]))"


def _host_literal(pattern: str) -> str:
    """The fixed part of a host pattern that any matching host contains."""
    parts = [p for p in re.split(r"[*?]+", pattern) if p]
    return max(parts, key=len).strip(".") if parts else ""


@lru_cache(maxsize=16)
def signal_pattern(config: Config) -> re.Pattern[str]:
    """One regular expression that finds any enforcement signal in source text."""
    forms = sorted({f for t in config.enforcement_tokens for f in (t, t.capitalize(), t.upper())}, key=len, reverse=True)
    alternatives = [_LEFT + "(?:" + "|".join(map(re.escape, forms)) + ")" + _RIGHT] if forms else []
    hosts = sorted({h for h in map(_host_literal, config.enforcement_hosts) if h})
    if hosts:
        alternatives.append("(?i:" + "|".join(map(re.escape, hosts)) + ")")
    alternatives.append(re.escape("medicaid-scope"))
    sinks = sorted({s.rsplit(".", 1)[-1] for s in config.sinks})
    if sinks:
        alternatives.append(r"\b(?:" + "|".join(map(re.escape, sinks)) + r")\b")
    return re.compile("|".join(alternatives))


def may_matter(source: str, config: Config) -> bool:
    """False when the text holds no enforcement signal, so that analysis can skip the parse."""
    return signal_pattern(config).search(source) is not None
