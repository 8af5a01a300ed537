"""The one word splitter: how a name breaks into words, for the pre-check, the
destinations and the field vocabulary alike (so that they never disagree on
whether ``SOAPIceGateway`` holds the word ``ice``)."""

from __future__ import annotations

import re

#: runs of letters and digits (separators: ``_``, ``-``, ``.``, ``/``, spaces, ...)
CHUNK = re.compile(r"[A-Za-z0-9]+")
#: the words inside one run: an acronym's plural (``SSNs``, ``priorCINs``), an acronym before a version (``ICEv2``), an
#: acronym before a capitalized word, a capitalized or lower-case word, an acronym, digits
WORD = re.compile(r"[A-Z]{2,}s(?![a-z])|[A-Z]{2,}(?=[a-z][0-9])|[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")


def name_words(name: str) -> list[str]:
    """Split a name on snake_case, camelCase, dots, dashes and slashes into lower-case words."""
    return [w.lower() for w in WORD.findall(name)]


def camel_parts(chunk: str) -> list[str]:
    """The words of one run of letters and digits, in their own case (``SOAPIce`` -> SOAP, Ice)."""
    return WORD.findall(chunk)


#: the last word of a name that holds a storage destination (``bucket``, ``REFERRAL_QUEUE``, ``topic_arn``)
#: words naming a child: a variable, table or model so named (by its last word) holds children's own records
CHILD_WORDS = frozenset({"child", "children", "kid", "kids"})
STORAGE_WORDS = frozenset({"bucket", "queue", "topic", "stream", "exchange", "arn"})


def names_storage(name: str) -> bool:
    """A name whose last word is a storage destination's (``bucket``, ``dest_queue``)."""
    words = name_words(name)
    return bool(words) and words[-1] in STORAGE_WORDS


#: words of a name that says where data goes, not whose it is (a key named so, sent too, Key=f"{partner}/x.json", is
#: the partner's name on each run, a constant)
ROUTING_WORDS = frozenset({"partner", "target", "dest", "destination", "route", "routing", "recipient", "requester", "endpoint", "channel",
                            "tenant", "env", "environment", "sink", "vendor"})
