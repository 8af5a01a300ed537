"""Destinations: is a URL, host or name an immigration-enforcement endpoint?"""

from __future__ import annotations

import fnmatch
import json
import re
from email.utils import getaddresses
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable, Mapping, Sequence
from urllib.parse import urlsplit

from .config import Config
from .words import name_words

HOLE_CHAR = "\x00"  # an unknown part of a folded string (flow.values.HOLE)
_HOSTLIKE = re.compile(r"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def _authority(rest: str) -> str:
    """The authority part of a URL after its ``scheme://``: up to the path, the query or the fragment
    (``https://save.uscis.gov?alien_number=...`` has the host ``save.uscis.gov``)."""
    return re.split(r"[/?#]", rest, maxsplit=1)[0]


def _url_host_text(text: str) -> str:
    """The host of a URL as written, folded parts and all (no credentials, no port)."""
    return _authority(text.split("://", 1)[1]).rsplit("@", 1)[-1].split(":", 1)[0]


def host_of(text: str | None) -> str | None:
    """The host of a folded URL (or a bare host name), or None when the text does not fix one."""
    if not text:
        return None
    text = text.strip()
    if "://" in text:
        written = _url_host_text(text)
        if "\x00" in written:
            # f"https://liaison.ice.gov{path}": a whole host name (its last label a top-level domain's, letters only)
            # followed by a part not known, which starts its path (or port)
            head = written.split("\x00", 1)[0].lower()
            whole = _HOSTLIKE.match(head) is not None and "." in head and head.rsplit(".", 1)[1].isalpha() and len(head.rsplit(".", 1)[1]) >= 2
            return head if whole and "@" not in text.split("://", 1)[1].split("\x00", 1)[0] else None
            # (https://eid.{env}.ice.gov: not one host; known_suffix says what is known of it)
        scheme, rest = text.split("://", 1)
        netloc = _authority(rest)
        # https://{user}:{password}@share.cbp.gov/v2: the credentials before the host are no part of it
        text = f"{scheme}://{netloc.rsplit('@', 1)[-1]}{rest[len(netloc):]}"
        try:
            host = urlsplit(text.split("\x00", 1)[0]).hostname
        except ValueError:
            return None
        return host.rstrip(".") or None if host else None  # eid.ice.gov. is eid.ice.gov
    head = text.split("\x00", 1)[0].split("/", 1)[0].split(":", 1)[0]
    if head == text.split("/", 1)[0].split(":", 1)[0] and _HOSTLIKE.match(head.rstrip(".")):
        return head.rstrip(".").lower()
    return None


def known_suffix(text: str | None) -> str | None:
    """The known labels at the end of a URL's host whose first labels were not folded
    (``https://\x00.eid.ice.gov/api`` gives ``eid.ice.gov``); None when the host is known, or when
    an unknown part sits inside its last known label (``https://\x00ice.gov``)."""
    if not text or "://" not in text:
        return None
    host = _url_host_text(text)
    if "\x00" not in host:
        return None
    rest = host.rsplit("\x00", 1)[1].rstrip(".").lower()
    if not rest.startswith("."):
        # https://{env}-api.eid.ice.gov: the label the unknown part is in says nothing, the ones after it do
        rest = rest[rest.find("."):] if "." in rest else ""
    if not rest.startswith(".") or not _HOSTLIKE.match(rest[1:]) or "." not in rest[1:]:
        return None
    return rest[1:]


#: first words of functions that build a payload, and last words that name one
BUILDER_VERBS = frozenset({"build", "make", "create", "prepare", "serialize", "assemble", "compose", "construct", "format", "render", "to", "as", "generate",
                           "answer", "respond", "reply"})
#: first words that build a payload only when nothing in the name says it works on what came back
#: (``map_ice_fields``, ``IceReferralMapper.transform``; not ``map_ice_response``, ``convert_from_ice``)
MAPPER_VERBS = frozenset({"map", "transform", "convert"})
#: words that say a mapper works on what came back (with INBOUND_NOUNS, and ``from`` before an enforcement word)
MAPPED_BACK_WORDS = frozenset({"inbound", "incoming", "received", "notice", "notices", "hold", "detainer", "answer", "feature", "features"})
#: last words of classes whose map()/transform()/convert() builds what they are named for
MAPPER_CLASSES = frozenset({"mapper", "builder", "formatter", "serializer", "exporter", "converter", "transformer", "translator"})
PAYLOAD_NOUNS = frozenset({"payload", "referral", "referrals", "body", "record", "records", "request", "export", "message", "subject", "subjects", "row", "rows"})
#: last words that name the shape of what a builder returns (``ice_referral_dict``, ``dhs_line``)
SHAPE_NOUNS = frozenset({"dict", "line", "lines", "event", "events", "packet", "entry", "entries", "document", "doc", "item", "items",
                         "envelope", "envelopes", "batch", "msg", "json", "dto", "lead", "leads", "handoff", "submission", "submissions"})
#: first words that pick something already there rather than build it (``last_ice_batch``)
PICKER_WORDS = frozenset({"last", "first", "latest", "previous", "prev", "match", "find", "lookup"})
#: words that, inside a name, say it reads or logs rather than builds (``ice_log_msg``); not nouns as well (record, check)
INNER_READER_WORDS = frozenset({"log", "parse", "decode"})
#: first words of functions that read, handle or keep what comes back or happened (``parse_ice_event``)
READER_VERBS = frozenset({"parse", "read", "load", "handle", "process", "receive", "get", "fetch", "decode", "on", "log", "record",
                          "store", "save", "count", "check", "validate", "is", "has"})
#: last words of classes that keep data locally: their methods' rows are not payloads
LOCAL_NOUNS = frozenset({"queue", "store", "repository", "repo", "dao", "db", "table", "log", "audit", "cache", "archive"})
#: last words of model classes that describe what comes back, configuration or plumbing, not a payload
INBOUND_NOUNS = frozenset({
    "response", "result", "results", "reply", "ack", "acknowledgement", "error", "errors", "status", "receipt",
    "settings", "config", "configuration", "options", "credentials", "auth", "token", "client", "endpoint", "session", "connection",
    "conn",
    "parser", "reader", "decoder", "loader", "importer", "consumer", "listener", "webhook", "callback",
    # configuration and plumbing of an interface, not what it sends
    "limit", "limits", "timeout", "timeouts", "policy", "schedule", "flags", "metrics", "stats",
    "statistics", "retry", "retries", "cache", "logger",
    # where and how to connect (IceEndpoints, IceSftp, DhsTls): connection settings are not data
    "endpoints", "url", "urls", "sftp", "ftp", "ftps", "tls", "ssl", "server", "servers", "host", "hosts", "proxy",
})

#: words of the names of connection settings (host, port, key_path, base_url): a model declaring
#: only such fields is configuration, whatever its name
CONNECTION_WORDS = frozenset({
    "host", "hostname", "port", "user", "username", "login", "password", "passwd", "passphrase", "key", "keys", "path", "file",
    "private", "public", "cert", "certificate", "ca", "bundle", "verify", "ssl", "tls", "timeout", "timeouts", "url", "uri",
    "base", "endpoint", "region", "bucket", "queue", "topic", "known", "hosts", "api", "token", "secret", "scheme", "remote",
    "local", "dir", "directory", "folder", "retries", "retry", "proxy", "domain", "server", "root", "prefix", "arn", "role",
    "profile", "account", "tenant", "version", "protocol", "mode", "pool", "size", "max", "min", "connect", "read", "sftp",
    "smtp", "from", "sender", "use", "enabled", "insecure", "fingerprint", "stream", "broker", "brokers", "bootstrap", "servers",
})
#: last words of a name that holds where to send (``self.cfg.base_url``, ``settings.host``): in a URL,
#: where to send, not what is sent
DESTINATION_WORDS = frozenset({"url", "uri", "host", "hostname", "endpoint", "domain", "port", "server", "base", "root", "scheme", "netloc"})


def connection_setting(name: str) -> bool:
    """``key_path``, ``base_url``, ``port``: a name made only of connection words."""
    words = name_words(name)
    return bool(words) and all(w in CONNECTION_WORDS for w in words)


#: a name of a value put into the path of a URL (``PATH_DATA_MARK + "notice.ice_notice_number"`` of
#: f"{CASE_URL}/notices/{notice.ice_notice_number}"): data, no name of the HTTP endpoint (it may still name a
#: file, a queue or a bucket: f"{SQS_ROOT}/{ero_referrals}", "/exports/" + ice_filename)
PATH_DATA_MARK = "<in a URL path>"


def endpoint_labels(labels: "Iterable[str]") -> "list[str]":
    """The labels that may name an HTTP endpoint, in their order: not those marked as names of values in its path."""
    given = list(labels)
    held = set(given)
    return [label for label in given if PATH_DATA_MARK + label not in held]


#: words of a name of a part of a URL's path (``settings.ice_route``): what it names is where the request goes
_PATH_WORDS = frozenset({"route", "routes", "path", "paths", "prefix", "resource", "tenant"})


def names_a_destination(name: str) -> bool:
    """``base_url``, ``host``, ``subjects_url``: a name that holds where to send."""
    words = name_words(name)
    return bool(words) and words[-1] in DESTINATION_WORDS


#: why a destination decided by configuration, a pragma or a name counts as enforcement
WHY_BY_KIND = {
    "configured sink": "configured with --medicaid-sinks",
    "enforcement sink (pragma)": "marked with # medicaid-scope: enforcement",
    "enforcement payload model": "a payload model named for enforcement (its declared fields are what it sends)",
    "enforcement payload builder": "a function named for enforcement that builds what is sent",
    "enforcement request handler": "a request handler kept on a router or blueprint named for enforcement, or marked with # medicaid-scope: enforcement",
    "enforcement export folder": "configured with --medicaid-export-dirs",
    "enforcement file": "the file's name holds an enforcement word",
}


@dataclass(frozen=True)
class Destination:
    """Where a sink sends its data, when that is an enforcement endpoint."""

    display: str  # what the message names: the URL, or the name that made it enforcement
    what: str = "enforcement endpoint"
    why: str = field(default="", compare=False)  # why it counts as enforcement (the audit report shows it)
    #: decided by the name of the function or class around a send whose URL is not known there: a call
    #: of that function that visibly resolves the URL to a non-enforcement host outranks it (SPEC section 4)
    by_enclosing_name: bool = field(default=False, compare=False)

    def reason(self) -> str:
        """Why it counts as enforcement, in words (the audit report and the trace show it)."""
        return self.why or WHY_BY_KIND.get(self.what, self.what)

    def describe(self) -> str:
        """Short text for messages."""
        return f"{self.what} {_shortened(self.display)}"


def _shortened(display: str) -> str:
    """A destination of at most about 60 characters: a long one keeps its beginning (a URL's whole scheme and host)
    and its end (the queue, topic or path segment that names it)."""
    if len(display) <= 60:
        return display
    slash = display.find("/", display.find("://") + 3) if "://" in display else -1
    head = display[:slash] if 0 < slash <= 60 else display[:28]
    return head + "..." + display[-max(57 - len(head), 20):]


def _pattern_labels(pattern: str) -> int:
    """How specific a host pattern is: its number of labels (``*.uscis.dhs.gov`` has 4, ``*.dhs.gov`` 3);
    a tie between the lists goes to enforcement (SPEC section 4)."""
    return pattern.count(".") + 1


def _qualifies_at(words: Sequence[str], at: int, phrase: Sequence[str], field_word: bool) -> bool:
    """``phrase`` qualifies ``enforcement`` at ``at`` as another domain of law, unless the name says
    immigration (``IMGRTN_ENFORCEMENT_PHARMACY_URL``). Before it, anywhere (``child_support_case_enforcement``,
    ``wage_and_hour_division_enforcement``); after it, anywhere too, except a phrase that is also a field
    word (drug, pharmacy, wage): that one qualifies only right after it, small words aside
    (``enforcement_of_child_support``), and elsewhere says what is sent (``enforcement_referrals_drug_history``)."""
    if says_immigration(words):
        return False
    n = len(phrase)
    for start in range(len(words) - n + 1):
        if tuple(words[start : start + n]) != tuple(phrase) or start <= at < start + n:
            continue
        if start < at or not field_word:
            return True
        between = [w for w in words[at + 1 : start] if w not in _SMALL_WORDS]
        if not between:
            return True
    return False


#: word beginnings that say immigration (immigration, immigrant, immig, imgrtn)
_IMMIGRATION_WORDS = ("immig", "imgrtn")


def says_immigration(words: Sequence[str]) -> bool:
    """A name's words say immigration (``IMGRTN_ENFORCEMENT_PHARMACY_URL``, ``immigration_enforcement``)."""
    return any(w.startswith(_IMMIGRATION_WORDS) for w in words)
#: words that join a qualifier to what it qualifies (enforcement of child support)
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "on", "in"})


def _contains_phrase(words: Sequence[str], phrase: Sequence[str]) -> bool:
    n = len(phrase)
    return any(tuple(words[i : i + n]) == tuple(phrase) for i in range(len(words) - n + 1))


@lru_cache(maxsize=1)
def shipped_enforcement_host(text: str) -> bool:
    """``text`` (a URL or a host) is on one of the enforcement hosts the package ships (``eid.ice.gov``), whatever the
    options say: for keeping such a text where only some of many are kept."""
    host = host_of(text)
    if host is None:
        return False
    return any(host == pattern.lstrip("*.") or host.endswith("." + pattern.lstrip("*.")) for pattern in _shipped_enforcement_hosts())


def _shipped_enforcement_hosts() -> tuple[str, ...]:
    """The enforcement host patterns the package ships (whatever the options replace them with)."""
    from .config import _default_list

    return _default_list("enforcement_hosts")


@lru_cache(maxsize=1)
def _word_lists() -> Mapping[str, Any]:
    text = resources.files("flake8_medicaid_scope").joinpath("data/destinations.json").read_text("utf-8")
    data = json.loads(text)
    states = data["state_words"]
    return {
        "government_suffixes": tuple(data["government_suffixes"]),
        "ice_contact_words": frozenset(data["ice_contact_words"]),
        "ice_weather_words": frozenset(data.get("ice_weather_words", ())),
        "destination_words": frozenset(data["destination_words"]),
        # each state as a sequence of words: ("mn",), ("new", "york"), ("district", "of", "columbia")
        "state_phrases": tuple({(code,) for code in states["postal_codes"]} | {tuple(name.split("_")) for name in states["names"]}),
        "harmless_heads": frozenset(data["harmless_words"]["heads"]),
        "harmless_modifiers": frozenset(data["harmless_words"]["modifiers"]),
        "harmless_id_heads": frozenset(data["harmless_words"].get("id_heads", ())),
        "harmless_id_modifiers": frozenset(data["harmless_words"].get("id_modifiers", ())),
        "agency_heads": frozenset(data["harmless_words"].get("agency_heads", ())),
        "agency_id_words": frozenset(data["harmless_words"].get("agency_id_words", ())),
    }


def transfer_id(tokens: Sequence[str]) -> bool:
    """The id of a transfer, not of anyone (``batch_id``, ``request_correlation_id``): the harmless id words."""
    words = _word_lists()
    return len(tokens) > 1 and tokens[-1] in words["harmless_id_heads"] and all(t in words["harmless_id_modifiers"] for t in tokens[:-1])


def harmless_by_words(tokens: Sequence[str]) -> bool:
    """A name made only of harmless words, one of them a head (``row_count``, ``transfer_timestamp``,
    ``source_agency_code``): transfer metadata like the harmless fields (SPEC section 5); a name
    with any other word (``visit_count``, ``claim_total``) is not."""
    words = _word_lists()
    heads, modifiers = words["harmless_heads"], words["harmless_modifiers"]
    if transfer_id(tokens):
        return True  # transfer_batch_id, request_correlation_id: the id of a transfer, not of anyone
    if len(tokens) > 2 and tokens[0] == "x":
        tokens = tokens[1:]  # X-ERO-Case-Number: a header's name without its X-
    if len(tokens) > 1 and tokens[0] in words["agency_heads"] and tokens[-1] in {"id", "ids", "number", "num", "no", "nbr", "ref", "reference"} \
            and all(t in words["agency_id_words"] for t in tokens[1:]):
        return True  # ero_case_number, ice_detainer_id: the enforcement agency's own reference number, no enrollee's data
    return any(t in heads for t in tokens) and all(t in heads or t in modifiers for t in tokens)


class DestinationRules:
    """The compiled destination part of a Config."""

    def __init__(self, config: Config) -> None:
        self.tokens = frozenset(config.enforcement_tokens)
        self.harmless = frozenset(config.harmless)
        self._harmless_words = config.harmless_words_apply
        #: the categories the policy in force permits (a field of a payload model of one of them given
        #: another category's value is placed at the constructor's keyword)
        self.permitted = frozenset(config.permitted)
        self._enforcement = tuple(config.enforcement_hosts)
        self._safe = tuple(config.non_enforcement_hosts)
        self._shipped_enforcement = _shipped_enforcement_hosts()
        self._qualifiers = tuple(tuple(name_words(q)) for q in config.non_immigration_qualifiers if name_words(q))
        vocabulary = config.vocabulary
        #: qualifiers that are also field words (drug, pharmacy, wage): after ``enforcement`` they qualify
        #: it only right after it (``enforcement_of_child_support``), else they say what is sent
        self._field_qualifiers = frozenset(q for q in self._qualifiers if vocabulary.classify("_".join(q)) is not None)
        words = _word_lists()
        self._gov_suffixes = words["government_suffixes"]
        self._contact_words = words["ice_contact_words"]
        self._weather_words = words["ice_weather_words"]
        self.ice_contact_words: frozenset[str] = frozenset(self._contact_words)
        self._destination_words = words["destination_words"]
        self._state_phrases = words["state_phrases"]
        self.export_dirs = tuple(config.export_dirs)
        self.population_filters = frozenset(config.population_filters)
        self._matched: dict[tuple[str, int], int] = {}

    def _match(self, host: str, patterns: tuple[str, ...]) -> int:
        """The number of labels of the most specific pattern ``host`` matches (0: none); remembered per
        host (a module asks about the same few hosts at every send)."""
        key = (host, id(patterns))  # (one of the lists this object keeps)
        found = self._matched.get(key)
        if found is None:
            found = self._matched[key] = max((_pattern_labels(p) for p in patterns if fnmatch.fnmatchcase(host, p)), default=0)
        return found

    def transfer_metadata(self, tokens: Sequence[str]) -> bool:
        """A name (as the vocabulary's tokens) that is transfer metadata: a harmless field
        (``request_id``, ``X-Request-ID``) or a name made of harmless words (``record_count``)."""
        joined = "_".join(tokens)
        return joined in self.harmless or (len(tokens) > 1 and tokens[0] == "x" and "_".join(tokens[1:]) in self.harmless) or (
            self._harmless_words and harmless_by_words(tokens))

    def host_is_enforcement(self, host: str) -> bool:
        """Host matches an enforcement pattern, and no more specific non-enforcement one."""
        enforcement = self._match(host, self._enforcement)
        return enforcement > 0 and enforcement >= self._match(host, self._safe)

    def host_is_safe(self, host: str) -> bool:
        """Host is on the non-enforcement list (the list, or any other .gov/.us government host),
        and no enforcement pattern wins over it."""
        if self.host_is_enforcement(host):
            return False
        if self._match(host, self._safe):
            return True
        if self._match(host, self._shipped_enforcement):
            # eid.ice.gov with --medicaid-enforcement-hosts given without it (replaced where extend was meant): a host
            # of the shipped enforcement domains is on neither list, never a government host cleared by its suffix
            # (its names still decide, SPEC section 7: configuration never switches the law off by accident)
            return False
        return any(host == suffix or host.endswith("." + suffix) for suffix in self._gov_suffixes)

    def name_is_enforcement(self, name: str, *, role: str = "name", cleared: frozenset[str] = frozenset()) -> bool:
        """A name holds an enforcement token as a whole word that means immigration enforcement.

        ``enforcement`` next to another domain of law (``CHILD_SUPPORT_ENFORCEMENT_URL``) is not
        immigration; ``dhs`` next to a state (``mn_dhs_mft``) is a state agency; ``ice`` next to
        ``contact``/``emergency`` is "in case of emergency" in the name of a field, variable,
        function or class, but not in the name of a URL, host, setting or client.
        """
        if name in cleared or name.rsplit(".", 1)[-1] in cleared or name.startswith("<"):
            return False  # cleared; or a mark of the analysis (<returned by enforcement>), no name in the code
        words = name_words(name)
        emergency: list[bool] | None = None  # for each "ice" of the name: "in case of emergency"
        seen_ice = 0
        for i, word in enumerate(words):
            if word not in self.tokens:
                continue
            if word == "enforcement" and any(_qualifies_at(words, i, q, q in self._field_qualifiers) for q in self._qualifiers):
                continue
            if word == "dhs" and self._next_to_state(words, i):
                continue
            if word == "ice":
                emergency = self._emergency_ice(name, role) if emergency is None else emergency
                seen_ice += 1
                if seen_ice <= len(emergency) and emergency[seen_ice - 1]:
                    continue
                if set(words[i + 1 : i + 2]) & self._weather_words:
                    continue  # ice_storm_closures, ICE_STORM_ALERT_URL, ice_rink_permit: frozen water, not an agency
            return True
        return False

    def _emergency_ice(self, name: str, role: str) -> list[bool]:
        """For each ``ice`` of a (dotted) name, in order: next to a contact word in its own part of the
        name, which does not name a URL, host, setting or client (``IceContactSync.endpoint``: the
        class is an emergency-contact sync; ``ICE_CONTACT_URL``, ``ice.contact_url`` stay signals)."""
        out = []
        for part in name.split("."):
            words = name_words(part)
            for i, word in enumerate(words):
                if word == "ice":
                    neighbours = set(words[max(i - 1, 0) : i] + words[i + 1 : i + 2])
                    out.append(bool(neighbours & self._contact_words) and not self._names_destination(part, words, role))
        return out

    def names_state_agency(self, name: str) -> bool:
        """The name holds ``dhs`` next to a state (``pa-dhs-backups``, ``mn.dhs.eligibility``)."""
        words = name_words(name)
        return any(word == "dhs" and self._next_to_state(words, i) for i, word in enumerate(words))

    def _next_to_state(self, words: Sequence[str], i: int) -> bool:
        """A state or territory (its postal code or its whole name) right before or after word ``i``."""
        for phrase in self._state_phrases:
            n = len(phrase)
            if tuple(words[i + 1 : i + 1 + n]) == phrase or (i >= n and tuple(words[i - n : i]) == phrase):
                return True
        return False

    def may_name_a_destination(self, name: str) -> bool:
        """``name`` reads as the name of a URL, host, setting or client (``ICE_PATH``, ``referral_endpoint``),
        not of a value of data (``notice.ice_notice_number``); a part of a URL's path is one too (``settings.ice_route``,
        ``ice_path``, ``ERO_PREFIX``)."""
        words = name_words(name)
        return self._names_destination(name, words, "name") or any(w in _PATH_WORDS for w in words)

    def _names_destination(self, name: str, words: Sequence[str], role: str) -> bool:
        """The name is that of a URL, host, setting, environment variable or client (a key of a settings
        mapping is written ``PARTNERS[ice_contacts]``)."""
        if role == "destination" or "[" in name:
            return True
        return name.rsplit(".", 1)[-1].isupper() or any(w in self._destination_words for w in words)

    def is_payload_builder(self, function_name: str, cleared: frozenset[str] = frozenset()) -> bool:
        """A function named for enforcement that builds what is sent (``build_ice_referral``),
        not one that reads what comes back (``parse_ice_response``, ``get_ice_token``)."""
        if not self.name_is_enforcement(function_name, cleared=cleared):
            return False
        words = name_words(function_name)
        while len(words) > 1 and (words[-1].isdigit() or words[-1] == "v" or (words[-1][:1] == "v" and words[-1][1:].isdigit())):
            words = words[:-1]  # ice_referral_v2, ice_envelope_2026: a version of the builder (v2 splits into v, 2)
        if words[0] in BUILDER_VERBS or words[-1] in PAYLOAD_NOUNS:
            return True
        if words[0] in MAPPER_VERBS:
            return not self._mapped_back(words[1:])  # map_ice_fields, map_ice_referral_from_member; not map_ice_response
        if words[0] in READER_VERBS or words[0] in PICKER_WORDS or any(w in INNER_READER_WORDS for w in words[1:-1]):
            return False  # parse_ice_event, log_ice_line, last_ice_batch, ice_log_msg: what comes back, or a local record
        # ice_referral_dict, dhs_line, ice_event; payload_for_ice, referral_to_dhs, sqs_body_for_ice (a payload noun, then
        # "for" or "to" and, later, the enforcement word: not ice_record_to_member, row_for_state_from_ice)
        return words[-1] in SHAPE_NOUNS or any(
            words[i] in PAYLOAD_NOUNS | SHAPE_NOUNS and words[i + 1] in ("for", "to") and any(w in self.tokens for w in words[i + 2:])
            and not any(w in ("from",) for w in words[i + 2:]) for i in range(len(words) - 2))

    def _mapped_back(self, words: "list[str]") -> bool:
        """Words of a mapper's name that say it works on what came back: a word of what comes back (``response``,
        ``reply``, ``notice``), or ``from`` followed by an enforcement word (``convert_from_ice``; not
        ``map_ice_referral_from_member``)."""
        for at, word in enumerate(words):
            if word == "from":
                if any(w in self.tokens for w in words[at + 1:]):
                    return True
            elif word in INBOUND_NOUNS or word in MAPPED_BACK_WORDS:
                return True
        return False

    def is_payload_method(self, class_name: str, method_name: str, cleared: frozenset[str] = frozenset()) -> bool:
        """A method that builds what is sent, of a class named for enforcement that makes payloads
        (``IceReferralBuilder.build``, ``DhsReferral.to_dict``, ``IceExporter.record``), not of a
        client, a response or settings (``IceClient.build_headers``, ``IceResponse.to_dict``)."""
        if not self.is_payload_model(class_name, cleared) or method_name.startswith("__"):
            return False
        if name_words(class_name)[-1] in LOCAL_NOUNS:
            return False  # IceReferralQueue.make_row: rows of a local queue, store or log
        words = name_words(method_name)
        if words and words[0] in MAPPER_VERBS:
            # IceReferralMapper.map(rec): a mapper of what it is named for; not IceResponseMapper.map, map_response
            owner = name_words(class_name)
            return owner[-1] in MAPPER_CLASSES and not self._mapped_back([*owner[:-1], *words[1:]])
        return bool(words) and (words[0] in BUILDER_VERBS or words[-1] in PAYLOAD_NOUNS)

    def is_payload_model(self, class_name: str, cleared: frozenset[str] = frozenset()) -> bool:
        """A model class named for enforcement that describes what is sent (``DhsReferral``),
        not what comes back (``IceReferralResponse``, ``IceSettings``)."""
        return self.name_is_enforcement(class_name, cleared=cleared) and name_words(class_name)[-1] not in INBOUND_NOUNS

    def name_reason(self, name: str, role: str) -> str:
        """``the name ICE_URL holds the enforcement word 'ice'``."""
        word = next((w for w in name_words(name) if w in self.tokens), "")
        return f"the {role} {name} holds the enforcement word '{word}'"

    def decide_target(
        self, texts: Sequence[str], labels: Iterable[str], extra_labels: Iterable[str] = (), *, cleared: frozenset[str] = frozenset(), hosts_only: bool = False
    ) -> Destination | None:
        """Decide a destination that is not (only) a URL: buckets, queues, topics, streams, ARNs,
        exchanges, file names and e-mail recipients, each folded to ``texts`` (SPEC section 4).

        Any enforcement text decides. A recipient counts by its domain; a resource by the words of
        its own name; a host by the host lists. The names that supplied the texts decide only when
        no text was resolved to a host or an address on the non-enforcement list."""
        safe = False
        # a host resolved to the non-enforcement list overrides every name signal (SPEC section 4):
        # the state's SFTP server's "/inbound/ice_referrals.csv" is the state's file
        # (a URL's user name, amqps://svc:pw@mq.dhs.state.mn.us, makes it no e-mail address)
        safe_host = any(("@" not in text or "://" in text) and (host := host_of(text)) and self.host_is_safe(host) for text in texts)
        for text in texts:
            domains = addresses(text) if "@" in text and "://" not in text else []
            if domains:
                for domain in domains:
                    if self.host_is_enforcement(domain):
                        # (of a list of recipients, the ones at that domain: not the state's own mailbox beside them)
                        shown = ", ".join(address for _, address in getaddresses([text.replace(";", ",")]) if domain in addresses(address)) or text
                        return Destination(_display(shown), "enforcement recipient", f"the recipient's domain {domain} matches the enforcement hosts")
                    safe = safe or self.host_is_safe(domain)
                continue
            host = host_of(text)
            if host and self.host_is_enforcement(host):
                return Destination(_display(text), why=f"the host {host} matches the enforcement hosts")
            name = resource_name(text)
            if name is None or (host and name == text and self.host_is_safe(host)):
                safe = safe or bool(host and self.host_is_safe(host))
                continue
            known = "".join(part for part in name.split(HOLE_CHAR))
            if not hosts_only and not safe_host and known and self.name_is_enforcement(known, role="destination", cleared=cleared):
                return Destination(_display(text), why=self.name_reason(known, "name"))
            # a bucket, queue or topic named for a state agency (pa-dhs-backups) is that agency's, whatever
            # the names that supplied it (DHS_BUCKET), as a resolved state host is
            safe = safe or (bool(known) and self.names_state_agency(known))
        if safe or hosts_only:
            return None
        return self._named(labels, extra_labels if not texts else (), cleared)

    def decide(
        self, text: str | None, labels: Iterable[str], extra_labels: Iterable[str] = (), *, cleared: frozenset[str] = frozenset(), hosts_only: bool = False
    ) -> Destination | None:
        """Decide from a folded URL, the names that supplied it, and (for an unresolved URL) the names
        of the enclosing function and class; None when not enforcement.

        ``cleared`` names were marked ``# medicaid-scope: not-enforcement``; ``hosts_only`` (a call
        so marked) lets only the enforcement host patterns decide. The names of values put into the URL's
        path are no names of it (``endpoint_labels``)."""
        labels = endpoint_labels(labels) if isinstance(labels, list) else set(endpoint_labels(labels))
        host = host_of(text)
        if host is None:
            # https://{region}.eid.ice.gov/...: labels the analysis could not fold before known ones; any
            # host ending so is what the known labels say (a label only partly known says nothing)
            known = known_suffix(text)
            if known is not None:
                host = f"*.{known}"
                if self.host_is_enforcement(f"x.{known}"):
                    return Destination(_display(text), why=f"the host {host} matches the enforcement hosts")
                if self.host_is_safe(f"x.{known}"):
                    return None
        if host:
            if self.host_is_enforcement(host):
                return Destination(_display(text), why=f"the host {host} matches the enforcement hosts")
            if self.host_is_safe(host):
                return None
        if hosts_only:
            return None
        bucket = storage_bucket(text)
        if bucket is not None and self.name_is_enforcement(bucket, role="destination", cleared=cleared):
            # https://ice-eid-handoff.s3.amazonaws.com/x.json (a presigned PUT), https://acct.blob.core.windows.net/
            # ice-referrals: the bucket or container decides, as for an upload
            return Destination(_display(text), why=self.name_reason(bucket, "name"))
        # the enclosing function or class speaks only for a URL the analysis could not resolve (a host on
        # neither list, a vendor gateway or a case system in the cloud, is decided by the names that supply
        # it: handlers of what ICE sends post to such hosts far more often than they send to ICE)
        return self._named(labels, extra_labels if host is None else (), cleared, _display(text) if host else None)

    def _named(self, labels: Iterable[str], extra_labels: Iterable[str], cleared: frozenset[str], shown: str | None = None) -> Destination | None:
        """Enforcement by a name: one that supplies the destination (in the order given), else the
        enclosing function or class; ``shown`` is what the message names instead of the label."""
        # a list keeps its order (the URL's own names before the receiver's); a set goes shortest first
        for label in labels if isinstance(labels, list) else ordered(labels):
            if self.name_is_enforcement(label, cleared=cleared):
                return Destination(shown or label, why=self.name_reason(label, "name that supplies it"))
        for label in extra_labels:
            if self.name_is_enforcement(label, cleared=cleared):
                return Destination(label, why=self.name_reason(label, "enclosing function or class"), by_enclosing_name=True)
        return None


#: words of a function's name that say it deals with something other than a send to enforcement: the
#: agency's own systems (state, archive, warehouse, caseworker, audit), what came back (response,
#: rejection, receipt), or local bookkeeping (flag, cache, store): such a function's name does not
#: make the unresolved URL it posts to an enforcement endpoint
NOT_A_SEND_WORDS = frozenset({
    "state", "archive", "warehouse", "caseworker", "caseworkers", "audit", "log", "logging", "response", "responses", "rejection",
    "rejections", "reject", "ack", "acknowledge", "acknowledgement", "receipt", "receive", "received", "inbound", "ingest", "disabled",
    "internal", "local", "cache", "store", "persist", "database", "db", "flag", "mark", "parse", "fetch", "load", "mirror", "backup",
    "review",
})


#: words of a function's name that say it sends (``push_local_cases_to_ice``, ``mark_and_send``): its
#: name then speaks whatever else it says
SEND_WORDS = frozenset({"send", "post", "push", "submit", "export", "refer", "transmit", "upload", "share", "forward", "publish",
                        "deliver", "report", "notify"})


def enclosing_names(function: str | None, cls: str | None) -> list[str]:
    """The names around a send that may decide its destination when the URL is not resolved (the
    function's, then the class's), none when the function's name says it is not a send to
    enforcement (``record_ice_response``, ``archive_to_state``, ``flag_ice_referral``) and says no
    send either (``push_local_cases_to_ice`` and ``mark_and_send`` still speak)."""
    listed = name_words(function) if function is not None else []
    words = set(listed)
    # ..._to_ice: "to" names where it goes (archive_to_state names the state)
    to_where = any(w == "to" and i + 1 < len(listed) and listed[i + 1] not in NOT_A_SEND_WORDS for i, w in enumerate(listed))
    if words & SEND_WORDS or to_where:
        return [n for n in (function, cls) if n]
    if words & NOT_A_SEND_WORDS:
        return []
    return [n for n in (function, cls) if n and not (n is cls and NOT_A_SEND_WORDS & set(name_words(n)))]


def ordered(labels: Iterable[str]) -> list[str]:
    """Names shortest first, then alphabetically: the same order in every run (sets of strings are not)."""
    return sorted(labels, key=lambda name: (len(name), name))


_ADDRESS = re.compile(r"[A-Za-z0-9._%+\-\x00]+@([A-Za-z0-9.\-]+)")


def resource_name(text: str) -> str | None:
    """The name a destination text gives when it is not a web host: an ARN's resource part, the
    queue at the end of an SQS URL, a bucket, topic, stream, exchange or file name (its own words
    decide, SPEC section 4). None for an ordinary URL."""
    text = text.strip()
    if text.startswith("arn:"):
        # arn:partition:service:region:account:resource, where the resource may be a path
        # (endpoint/APNS/ero-field-app/5f2c9e1a, function:ice-push:live): every word of it counts
        parts = text.split(":", 5)
        return (parts[5] if len(parts) == 6 else re.split(r"[:/]", text)[-1]) or None
    if "://" in text:
        # the host as written, holes kept: https://sqs.{region}.amazonaws.com/{account}/ice-referrals
        netloc = _url_host_text(text).lower()
        host = host_of(text) or ""
        if host.endswith(".amazonaws.com") or netloc.endswith(".amazonaws.com") or host == "localhost" or text.startswith(
                ("sftp://", "ftp://", "ftps://", "kafka://", *BUCKET_SCHEMES)):
            path = text.split("://", 1)[1]
            if text.startswith(BUCKET_SCHEMES):
                # s3://, gs://: the bucket and the object's path; abfss://container@account.dfs.core.windows.net/x: the
                # container (before the @) and the path, not an e-mail address
                netloc_part, _, rest = path.partition("/")
                return f"{netloc_part.split('@', 1)[0]}/{rest}" if "@" in netloc_part else path
            tail = path.split("/", 1)[1] if "/" in path else ""
            return tail.rstrip("/").rsplit("/", 1)[-1] or None  # .../123456789012/ero-referral-intake: the queue
        return storage_bucket(text)  # https://acct.blob.core.windows.net/ice-referrals/x.json: the container
    return text


#: schemes of object storage whose URL's first part is a bucket or container, not a host (S3, Spark's s3a, GCS, Azure)
BUCKET_SCHEMES = ("s3://", "s3a://", "s3n://", "gs://", "gcs://", "abfs://", "abfss://", "az://", "adl://", "wasb://", "wasbs://")


def storage_bucket(text: str | None) -> str | None:
    """The bucket or container an object storage HTTP URL names: S3 virtual-hosted (``https://BUCKET.s3.REGION.
    amazonaws.com/key``) or path-style (``https://s3.REGION.amazonaws.com/BUCKET/key``), Azure Blob Storage and Data
    Lake (``https://ACCOUNT.blob.core.windows.net/CONTAINER/blob``), Google Cloud Storage (``https://storage.googleapis.
    com/BUCKET/object``, ``https://BUCKET.storage.googleapis.com/object``); None for any other URL."""
    host = host_of(text)
    if not text or not host or "://" not in text:
        return None
    path = text.split("://", 1)[1].split("/", 1)
    first = path[1].split("/", 1)[0].split("?", 1)[0] if len(path) > 1 else ""
    if host.endswith((".blob.core.windows.net", ".dfs.core.windows.net")) or host == "storage.googleapis.com":
        return first or None  # the first part of the path
    if host.endswith(".storage.googleapis.com"):
        return host[: -len(".storage.googleapis.com")] or None
    if not host.endswith(".amazonaws.com"):
        return None
    labels = host.split(".")
    if labels[0].startswith("s3"):  # path-style: the first part of the path
        return first or None
    at = next((i for i, label in enumerate(labels) if label == "s3" or label.startswith("s3-")), None)
    return ".".join(labels[:at]) or None if at else None


def addresses(text: str) -> list[str]:
    """The domains of the e-mail addresses in ``text`` (``a@x.gov, b@y.gov``)."""
    return [domain.lower().rstrip(".") for domain in _ADDRESS.findall(text)]


def _display(text: str | None) -> str:
    # (\x01...\x01 marks where a temporary file was made: no part of its name; the user and password
    # written into a URL, https://svc:secret@eid.ice.gov/, are never printed into lint output or SARIF)
    shown = re.sub("\x01[^\x01]*\x01", "", text or "").replace("\x00", "{...}")
    if shown.startswith(("abfs://", "abfss://", "az://", "adl://", "wasb://", "wasbs://")):
        return shown  # (abfss://container@account.dfs.core.windows.net/: a container's name, no user's)
    return _USERINFO.sub(r"\1***@", shown) if "@" in shown else shown


_USERINFO = re.compile(r"(://)[^/\s]*@")  # up to the authority's last "@" (a password may hold one: p@ss)


@lru_cache(maxsize=16)
def destination_rules(config: Config) -> DestinationRules:
    """Compiled destination rules for ``config`` (cached)."""
    return DestinationRules(config)
