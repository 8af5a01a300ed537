"""Destinations: is a URL, host or name an immigration-enforcement endpoint?"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable
from urllib.parse import urlsplit

from .config import Config

_WORDS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")
_HOSTLIKE = re.compile(r"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def name_words(name: str) -> list[str]:
    """Split a name on snake_case, camelCase, dots, dashes and slashes into lower-case words."""
    return [w.lower() for w in _WORDS.findall(name)]


def host_of(text: str | None) -> str | None:
    """The host of a folded URL (or a bare host name), or None when the text does not fix one."""
    if not text:
        return None
    text = text.strip()
    if "://" in text:
        try:
            host = urlsplit(text.split("\x00", 1)[0]).hostname
        except ValueError:
            return None
        return host or None
    head = text.split("\x00", 1)[0].split("/", 1)[0].split(":", 1)[0]
    if head == text.split("/", 1)[0].split(":", 1)[0] and _HOSTLIKE.match(head):
        return head.lower()
    return None


#: first words of functions that build a payload, and last words that name one
BUILDER_VERBS = frozenset({"build", "make", "create", "prepare", "serialize", "assemble", "compose", "construct", "format", "render", "to", "as", "generate"})
PAYLOAD_NOUNS = frozenset({"payload", "referral", "referrals", "body", "record", "records", "request", "export", "message", "subject", "subjects", "row", "rows"})
#: last words of model classes that describe what comes back, configuration or plumbing, not a payload
INBOUND_NOUNS = frozenset({
    "response", "result", "results", "reply", "ack", "acknowledgement", "error", "errors", "status", "receipt",
    "settings", "config", "configuration", "options", "credentials", "auth", "token", "client", "endpoint", "session",
})


@dataclass(frozen=True)
class Destination:
    """Where a sink sends its data, when that is an enforcement endpoint."""

    display: str  # what the message names: the URL, or the name that made it enforcement
    what: str = "enforcement endpoint"

    def describe(self) -> str:
        """Short text for messages."""
        shown = self.display if len(self.display) <= 60 else self.display[:57] + "..."
        return f"{self.what} {shown}"


class DestinationRules:
    """The compiled destination part of a Config."""

    def __init__(self, config: Config) -> None:
        self.tokens = frozenset(config.enforcement_tokens)
        self._enforcement = tuple(config.enforcement_hosts)
        self._safe = tuple(config.non_enforcement_hosts)

    def host_is_enforcement(self, host: str) -> bool:
        """Host matches an enforcement pattern."""
        return any(fnmatch.fnmatchcase(host, pat) for pat in self._enforcement)

    def host_is_safe(self, host: str) -> bool:
        """Host is on the non-enforcement list (and matches no enforcement pattern)."""
        return not self.host_is_enforcement(host) and any(fnmatch.fnmatchcase(host, pat) for pat in self._safe)

    def name_is_enforcement(self, name: str) -> bool:
        """A name holds an enforcement token as a whole word."""
        return any(w in self.tokens for w in name_words(name))

    def is_payload_builder(self, function_name: str) -> bool:
        """A function named for enforcement that builds what is sent (``build_ice_referral``),
        not one that reads what comes back (``parse_ice_response``, ``get_ice_token``)."""
        words = name_words(function_name)
        if not any(w in self.tokens for w in words):
            return False
        return words[0] in BUILDER_VERBS or words[-1] in PAYLOAD_NOUNS

    def is_payload_model(self, class_name: str) -> bool:
        """A model class named for enforcement that describes what is sent (``DhsReferral``),
        not what comes back (``IceReferralResponse``, ``IceSettings``)."""
        words = name_words(class_name)
        return any(w in self.tokens for w in words) and words[-1] not in INBOUND_NOUNS

    def decide(self, text: str | None, labels: Iterable[str], extra_labels: Iterable[str] = ()) -> Destination | None:
        """Decide from a folded URL, the names that supplied it, and (for an unresolved URL) the names
        of the enclosing function and class; None when not enforcement."""
        host = host_of(text)
        if host:
            if self.host_is_enforcement(host):
                return Destination(_display(text))
            if self.host_is_safe(host):
                return None
        for label in sorted(labels, key=len):
            if self.name_is_enforcement(label):
                return Destination(_display(text) if host else label)
        if host is None:
            # the enclosing function or class speaks only for a URL the analysis could not resolve
            for label in extra_labels:
                if self.name_is_enforcement(label):
                    return Destination(label)
        return None


def _display(text: str | None) -> str:
    return (text or "").replace("\x00", "{...}")


@lru_cache(maxsize=16)
def destination_rules(config: Config) -> DestinationRules:
    """Compiled destination rules for ``config`` (cached)."""
    return DestinationRules(config)
