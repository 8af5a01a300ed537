"""Field vocabulary: normalize a name and classify it into a Medicaid field category.

The data lives in ``data/vocabulary.json``; this module only reads it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Mapping

from .words import CHUNK, camel_parts


#: words naming a household as a unit: its phone or address is the family's home (the enrollee's), one of its
#: elements is a member of it (someone else)
_HOUSEHOLD_UNITS = frozenset({"household", "hh"})


@dataclass(frozen=True)
class Vocabulary:
    """The shipped (or extended) field vocabulary."""

    alnum_tokens: Mapping[str, str]
    abbreviations: Mapping[str, str]
    exact: Mapping[str, str]
    rules: tuple[tuple[frozenset[str], str], ...]
    clinical_resources: frozenset[str] = frozenset()  # FHIR resource types that are health data as a whole
    #: names that say only that a value is some identifier (FHIR ``identifier[].value``): the value's own
    #: names decide (a Medicaid ID there is a Medicaid ID); alone, the category they classify to counts
    generic: frozenset[str] = frozenset()
    #: categories that make a field someone else's (``guardian_phone``): along an attribute chain the
    #: owner's name counts when it makes one of these, or when the field alone is unknown
    qualifiers: frozenset[str] = frozenset()
    #: categories an entry of a container keeps whatever the container's words add, unless the container
    #: names another party: ``case.msis_ident_num`` is a Medicaid ID (not a case number),
    #: ``eligibility.phone`` a phone; ``guardian.phone`` is the guardian's
    owner_blind: frozenset[str] = frozenset()
    #: words that name only a part of a field (``code``, ``value``): an attribute made of them
    #: (``diagnosis.code`` of a parameter named ``diagnosis``) is a part of the field its owner is named for
    part_words: frozenset[str] = frozenset()
    #: last words of a name that make it a field of its own, never a part of a permitted value it is read out of
    #: (``state["submitter_id"]``, ``phone["risk_score"]``; ``address["care_of"]``, ``dob["iso_date"]`` are parts)
    own_field_heads: frozenset[str] = frozenset()
    #: words that name records of the enrollee's care (``claims``, ``encounters``): an owner ending in one names no
    #: other party, whoever it is held by (``pharmacy_claims.member_id`` is the member's; ``provider_addresses`` are not)
    record_words: frozenset[str] = frozenset()
    #: words that make a ``*_name`` the name of a thing, not of a person (``file_name``, ``bucket_name``)
    technical: frozenset[str] = frozenset()
    #: words that make a ``*_name`` variable a destination's name (``partner_name``, ``dest_name``): tested against
    #: literals it narrows as a routing value (as a key of data it stays someone's name)
    routing_words: frozenset[str] = frozenset()
    #: names that only look like a field (standard HTTP headers: ``Accept-Language`` is the agency's
    #: locale, not a member's language): they classify as nothing
    not_fields: frozenset[str] = frozenset()
    #: words that make a phone or an address an office's (``county_office_phone``, ``dss_office_address``): not the
    #: enrollee's, and no one else's personal data either (unknown, MCD104)
    office_words: frozenset[str] = frozenset()
    #: words that keep a phone or address with an office word the enrollee's (``post_office_address``, ``dhs_case_phone``)
    own_place_words: frozenset[str] = frozenset()
    #: words that make a phone the handset (``cell_phone_model``): device data, not a phone number (unknown, MCD104)
    device_words: frozenset[str] = frozenset()
    #: words that make a phone or address a provider's (``cmhc_phone``, ``fqhc_zip``): where the member gets care
    provider_place_words: frozenset[str] = frozenset()
    #: words that name the enrollee as an object (``member``, ``patient``): an owner ending in one is the
    #: enrollee (``plan_member.medicaid_id``, ``hospital_patient.cin``), unless a word of ``other_person``
    #: makes it someone else (``household_member``)
    enrollee_nouns: frozenset[str] = frozenset()
    other_person: frozenset[str] = frozenset()
    #: the household's own contact details (``household_home_phone``, ``hh_address_line1``): the words that
    #: may follow ``household``/``hh`` in them (none naming another person); what they name is the enrollee's
    household_own: frozenset[str] = frozenset()
    #: the first word of a column of the eligibility or enrollment record (``elig_``, ``enrl_``): before a permitted
    #: detail of the enrollee it names whose detail it is, no eligibility data of its own (``elig_dob``)
    record_prefixes: frozenset[str] = frozenset()
    #: words that make a detail a place's or an organization's (``elig_office_phone``, ``enrollment_site_address``)
    place_words: frozenset[str] = frozenset()
    #: names whose last words (their raw spelling, split at ``_``) make them a field whatever comes before:
    #: ``medicaid_case_no``, ``member_case_no`` are case numbers (``no_case``, ``case_no_match`` are not)
    suffix_names: Mapping[str, str] = field(default_factory=dict)
    #: keys of a format whose entries link to other resources by reference (JSON:API's ``relationships``:
    #: ``{"home": {"data": {"type": "addresses", "id": ...}}}``), with the leaves a reference holds: an enclosing
    #: key among them names nothing such a leaf (``id``, ``type``) carries
    linkage: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: a FHIR ContactPoint's ``system`` code -> the name its ``value`` carries (``{"system": "email", "value":
    #: m.contact}`` under ``telecom`` is an e-mail address, not a phone)
    contact_systems: Mapping[str, str] = field(default_factory=dict)
    #: a FHIR Identifier's type code (v2-0203: ``MA``, ``SS``) or ``system`` URI -> the name its ``value`` carries
    #: (``{"type": {"coding": [{"code": "MA"}]}, "value": x}`` is a Medicaid ID, not an identifier of any kind)
    identifier_types: Mapping[str, str] = field(default_factory=dict)
    identifier_systems: Mapping[str, str] = field(default_factory=dict)
    #: elements of FHIR resources that are not clinical whose own name says nothing (``Coverage.period``,
    #: ``Coverage.class``): an element of a dict typed so is named by its resource too
    fhir_elements: frozenset[str] = frozenset()
    #: names given by ``--medicaid-extra-fields``, by their letters and digits alone (``kundennr`` for
    #: ``KundenNr``, ``kunden_nr`` and ``KUNDEN-NR``): a name matches however the code spells its words
    extra_squashed: Mapping[str, str] = field(default_factory=dict)
    cache: dict[str, str | None] = field(default_factory=dict, compare=False, hash=False, repr=False)
    words_cache: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, hash=False, repr=False)
    token_cache: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, hash=False, repr=False)
    #: the rules by one of their tokens (the positions of the rules holding it), built on first use
    rule_index: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def with_extra_fields(self, extra: Mapping[str, str]) -> "Vocabulary":
        """Return a copy where the ``extra`` names (raw spelling) map to the given categories."""
        exact = dict(self.exact)
        squashed = dict(self.extra_squashed)
        for name, category in extra.items():
            exact[_raw_key(name)] = category
            # KundenNr given, kunden_nr written (and the reverse): the same words, however spelled
            exact["_".join(self.tokens(name))] = category
            squashed[_squashed(name)] = category
        # every other word list stays (record prefixes, place and office words, suffix names), the caches start empty
        return replace(self, exact=exact, not_fields=self.not_fields - set(exact), extra_squashed=squashed,
                       cache={}, words_cache={}, token_cache={}, rule_index={})

    def tokens(self, name: str) -> tuple[str, ...]:
        """Split ``name`` into canonical tokens (case folded, abbreviations expanded, digits dropped)."""
        held = self.token_cache.get(name)
        if held is None:
            held = self.token_cache[name] = _tokens(self, name)
        return held

    def qualifies(self, owner: str, name: str) -> bool:
        """``owner.name`` read along an attribute chain means more than ``name`` when the owner makes
        it someone else's (``guardian.phone``, ``pcp.address``). A variable called ``snap`` holding a
        case snapshot does not make ``snap.cin`` SNAP benefits: it is a Medicaid ID."""
        return self.classify(f"{owner}_{name}") in self.qualifiers

    def members_of(self, names: "frozenset[str]") -> "frozenset[str]":
        """The names of one element of a collection named ``names``: an element of a household (``m.household[0]``, ``for
        hm in m.household``) is a household member, someone else (round 407a); other names as they are."""
        out = set(names)
        for name in names:
            words = self.tokens(name.rsplit(".", 1)[-1])
            if words and words[-1] in _HOUSEHOLD_UNITS:
                out.discard(name)
                out.add(f"{name.rsplit('.', 1)[-1]}_individual")  # (not _member: m.household[0].member_id is theirs too)
        return frozenset(out) if out != names else names

    def qualified_name(self, owner: str, name: str) -> str | None:
        """The name ``owner.name`` stands for when the owner makes it someone else's: ``guardian_phone``
        for ``guardian.phone``, and for an element of a plural owner too (``m.guardians[0].phone``,
        ``for c in m.emergency_contacts: c.phone``); None when the owner does not qualify it."""
        if not self._may_qualify(owner):
            return None  # no word of a qualifier rule in it: cheap, asked millions of times on large code
        if self._is_enrollee(owner):
            return None  # plan_member.medicaid_id: the member's own Medicaid ID
        if name.lower().startswith(owner.lower() + "_"):
            return None  # g.guardian_phone of JOIN guardian g: named for its owner already
        key = f"{owner}\x00{name}"
        cached = self.cache.get(key, _MISSING)
        if cached is not _MISSING:
            return cached  # type: ignore[return-value]
        found: str | None = None
        if self.qualifies(owner, name):
            found = f"{owner}_{name}"
        else:
            tokens = self.tokens(owner)
            singular = "_".join(_singular(t) for t in tokens)
            if singular and singular != "_".join(tokens) and self.qualifies(singular, name):
                found = f"{singular}_{name}"
        if found is not None and not self._names_a_party(found[: -len(name) - 1]):
            # siu_case.msis_ident_num, referral.case.phone_number: a case's words with the field's own make a case
            # number, but a case is no other party: the Medicaid ID and the phone stay the member's
            found = None
        self.cache[key] = found
        return found

    def is_technical(self, name: str) -> bool:
        """``file_name``, ``key_name``, ``agency_name``: a name that classifies as a person's name only
        through the word ``name``, and whose other words say it names a thing (a file, a bucket, a
        host, an agency). It is not the enrollee's data (SPEC section 5)."""
        if "." in name:
            # file_name.StringValue: an SQS/SNS message attribute's value under its wrapper
            kept = [part for part in name.split(".") if part not in _ATTRIBUTE_WRAPPERS]
            name = ".".join(kept)
            if "." in name:
                return False
        tokens = self.tokens(name)
        if len(tokens) > 2 and tokens[0] == "x":
            tokens = tokens[1:]  # X-File-Name: a custom header named so
        # file_name, s3_key_name: every word but the final "name" names a thing (target_first_name and
        # partner_name are someone's)
        if len(tokens) >= 3 and tokens[-1] == "list":
            tokens = tokens[:-1]  # column_names_list
        # (and their plurals: column_names, field_names, header_names)
        return (len(tokens) >= 2 and tokens[-1] in ("name", "names", "nm") and all(t in self.technical for t in tokens[:-1])
                and self.classify(name) == "name")

    def is_routing_name(self, name: str) -> bool:
        """``partner_name``, ``dest_name``: a variable's name whose words before the final ``name`` all name a
        destination (a routing value a test of literals may narrow, SPEC section 6)."""
        tokens = self.tokens(name)
        return len(tokens) >= 2 and tokens[-1] in ("name", "nm") and all(t in self.routing_words for t in tokens[:-1])

    def _is_enrollee(self, owner: str) -> bool:
        """``owner`` names the enrollee: its last word is an enrollee noun (``plan_member``,
        ``nursing_facility_resident``) and no word makes it another person (``household_member``)."""
        tokens = self.tokens(owner)
        if not tokens or _singular(tokens[-1]) not in self.enrollee_nouns:
            return False
        return not set(tokens[:-1]) & (self.other_person | self._person_words())

    def someone_else(self, owner: str) -> bool:
        """A word of ``owner`` makes it another person than the enrollee (``spouse``, ``household``,
        ``emergency_contact``, ``hh_member``)."""
        return bool(set(self.tokens(owner)) & self.other_person)

    def _person_words(self) -> frozenset[str]:
        """The words of the rules that make a field another person's (household, contact person):
        ``hh_member``, ``sibling_applicant``, ``tax_filer_person`` are someone else, whatever noun ends them."""
        held = self.words_cache.get("person")
        if held is None:
            kinds = {"household", "contact_person"}
            # a rule of one word names a person (spouse, translator); of a rule of several words only
            # those that name a person alone count (child of child_phone; not school of school_address)
            words = {t for needed, category in self.rules if category in kinds and len(needed) == 1 for t in needed}
            words |= {t for needed, category in self.rules if category in kinds and len(needed) > 1 for t in needed if t in self.other_person}
            words |= {t for name, category in self.exact.items() if category in kinds for t in self.tokens(name)}
            held = self.words_cache["person"] = frozenset(words - self.enrollee_nouns)
        return held

    def _names_a_party(self, owner: str) -> bool:
        """``owner`` names another party by itself (``guardian``, ``pcp``, ``hh``), or with a phone or a date of birth
        (``school`` for ``school_phone``, ``carrier``, ``referring``, ``partner`` for ``partner_dob``), as the dotted
        names' owners are read in ``classify``, or ends with a word of another person (a FHIR Patient's ``contact``;
        not ``related_case``, ``other_case``: a case is no person)."""
        tokens = self.tokens(owner)
        if len(tokens) > 1 and _singular(tokens[-1]) in self.record_words:
            return False  # pharmacy_claims, provider_encounters: records of the enrollee's care, not a party
        return self.classify(owner) in self.qualifiers or any(self.classify(f"{owner}_{field}") in self.qualifiers for field in ("phone", "dob")) \
            or (bool(tokens) and tokens[-1] in self.other_person)

    def _may_qualify(self, owner: str) -> bool:
        """Some word of ``owner`` (or of its singular) is a word of a rule of a qualifier category."""
        key = f"{owner}\x01"
        cached = self.cache.get(key, _MISSING)
        if cached is _MISSING:
            words = self._qualifier_words()
            cached = "1" if any(t in words or _singular(t) in words for t in self.tokens(owner)) else None
            self.cache[key] = cached
        return cached is not None

    def _qualifier_words(self) -> frozenset[str]:
        """The words of the rules and exact names of the qualifier categories."""
        held = self.words_cache.get("qualifier")
        if held is None:
            from_rules = {t for needed, category in self.rules if category in self.qualifiers for t in needed}
            from_exact = {t for name, category in self.exact.items() if category in self.qualifiers for t in name.split("_")}
            held = self.words_cache["qualifier"] = frozenset(from_rules | from_exact)
        return held

    def is_generic(self, name: str) -> bool:
        """``identifier.value``, ``resource.identifier``: a name that says only that the value is some
        identifier (its last word, a trailing ``value`` aside, is one of ``generic``)."""
        tokens = list(self.tokens(name))
        while tokens and tokens[-1] in ("value", "values"):
            tokens.pop()
        return bool(tokens) and tokens[-1] in self.generic

    def classify(self, name: str) -> str | None:
        """Return the category of a field name, or None when the vocabulary does not know it."""
        return _classify(self, name)


_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])")


def _raw_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def _squashed(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", name.lower())


def _tokens(vocab: Vocabulary, name: str) -> tuple[str, ...]:
    out: list[str] = []
    for chunk in CHUNK.findall(name):
        low = chunk.lower()
        if low in vocab.alnum_tokens:
            out.append(vocab.abbreviations.get(vocab.alnum_tokens[low], vocab.alnum_tokens[low]))
            continue
        parts = camel_parts(chunk)
        skip = 0
        for i, part in enumerate(parts):
            if skip:
                skip -= 1
                continue
            low = part.lower()
            glued = low + parts[i + 1] if i + 1 < len(parts) and parts[i + 1].isdigit() else ""
            # hemoglobinA1c, a1cValue: a word with a digit inside ("A", "1", "c") is one token too
            glued3 = glued + parts[i + 2].lower() if glued and i + 2 < len(parts) and parts[i + 2].islower() else ""
            if glued3 in vocab.alnum_tokens:
                low, skip = vocab.alnum_tokens[glued3], 2
            elif glued in vocab.alnum_tokens:
                low, skip = vocab.alnum_tokens[glued], 1
            elif part.isdigit():
                continue
            out.append(vocab.abbreviations.get(low, low))
    return tuple(out)


def _classify(vocab: Vocabulary, name: str) -> str | None:
    cached = vocab.cache.get(name, _MISSING)
    if cached is not _MISSING:
        return cached  # type: ignore[return-value]
    raw = _raw_key(name)
    if raw in vocab.not_fields:
        vocab.cache[name] = None
        return None
    if "." in name and vocab.linkage:
        container, leaf = name.rsplit(".", 1)
        segments = container.split(".")
        if any(leaf.lower() in vocab.linkage.get(s.lower(), ()) for s in segments):
            # data.relationships.*.id: a reference to another resource, named by the keys around it that are no links
            kept = [s for s in segments if s.lower() not in vocab.linkage]
            vocab.cache[name] = found = _classify(vocab, ".".join([*kept, leaf]))
            return found
    result: str | None = vocab.exact.get(raw)
    if result is None and not name.isupper() and not name.islower():
        result = vocab.exact.get(_raw_key(_CAMEL_BOUNDARY.sub("_", name)))  # beneId, stateCd: bene_id, state_cd
    if result is None:
        toks = vocab.tokens(name)
        result = vocab.exact.get("_".join(toks))
        if result is None and len(toks) > 1 and toks[0] in ("household", "hh") and set(toks[1:]) <= vocab.household_own:
            # household_home_phone, hh_phone_number, household_address_line1: the household's own phone or
            # address, which is the enrollee's (a household member's, head's or contact's is someone else's)
            own = _classify(vocab, "_".join(toks[1:]))
            result = own if own in ("phone", "address") else None
        if result is None and len(toks) > 1 and toks[0] in vocab.record_prefixes and not set(toks[1:]) & (vocab.place_words | vocab.other_person):
            # elig_dob, elig_home_zip, enrl_phone (an application system's ELGBL_/ENRL_ prefix): the eligible
            # person's permitted detail, not eligibility data (elig_grp_cd, elig_start_dt, enrl_status still are, and
            # so is an office's or another person's: elig_office_phone, enrollment_site_address)
            own = _classify(vocab, "_".join(toks[1:]))
            result = own if own in vocab.owner_blind else None
        if result is None:
            present = frozenset(toks)
            result = _first_rule(vocab, present)
        if result in ("phone", "address") and not set(toks).isdisjoint(vocab.provider_place_words):
            result = "provider"  # cmhc_phone, fqhc_zip: where the member gets care (a behavioral health center's phone)
        if result == "phone" and not set(toks).isdisjoint(vocab.device_words):
            result = None  # cell_phone_model, mobile_device_model: the handset, not a number to reach anyone at
        if result in ("phone", "address") and not set(toks).isdisjoint(vocab.office_words) and set(toks).isdisjoint(vocab.enrollee_nouns) \
                and set(toks).isdisjoint(vocab.own_place_words):
            # county_office_phone, dss_office_address: an office's number or address, not the enrollee's (unknown:
            # MCD104, which a user may declare harmless); mbr_agency_address is the member's, and so are
            # post_office_box_address, dhs_case_phone, home_office_phone (own_place_words)
            result = None
        if (result is None or result in vocab.owner_blind) and vocab.suffix_names:
            # medicaid_case_no, member_case_no: a case number, not the Medicaid ID (vlp_case_no keeps its own category)
            result = next((c for s, c in vocab.suffix_names.items() if raw == s or raw.endswith("_" + s)), result)
        singular = tuple(_singular(t) for t in toks)
        if result is None and singular != toks:
            # medications, prescriptions, allergies: the plural of a known name is that name
            result = vocab.exact.get("_".join(singular))
            if result is None:
                present = frozenset(singular)
                result = _first_rule(vocab, present)
    if result is None and vocab.extra_squashed:
        # kunden_nr for a configured kundennr: last, so that a configured spelling never takes a name
        # the shipped words classify (sexcd=... does not make sex_cd anything but sex)
        result = vocab.extra_squashed.get(raw.replace("_", ""))
    if result is not None and "." in name:
        owner, own = name.rsplit(".", 1)
        inner = _classify(vocab, own)
        if result == "mixed":
            # contact_info.phone, demographics.race: an entry of a bundle is what its own name says
            result = inner or result
        elif inner in vocab.owner_blind and result != inner and not (
                result in vocab.qualifiers and (_classify(vocab, owner) in vocab.qualifiers or _classify(vocab, f"{owner}_phone") in vocab.qualifiers)):
            # {"case": {"msis_ident_num": ...}}: the container's words do not make a Medicaid ID a case
            # number; one that names another party (guardian, carrier, pcp, Patient.contact) makes the phone theirs
            result = inner
    vocab.cache[name] = result
    return result


def _first_rule(vocab: Vocabulary, present: frozenset[str]) -> str | None:
    """The category of the first rule (in order) whose tokens are all in ``present``: only the rules holding
    one of those tokens are looked at (a name's few tokens, not the few hundred rules)."""
    index = vocab.rule_index
    if not index:
        built: dict[str, list[int]] = {}
        for at, (needed, _) in enumerate(vocab.rules):
            built.setdefault(min(needed), []).append(at)  # each rule under one of its tokens: it needs that one
        index.update({token: tuple(ats) for token, ats in built.items()})
    candidates = sorted(at for token in present for at in index.get(token, ()))
    return next((vocab.rules[at][1] for at in candidates if vocab.rules[at][0] <= present), None)


#: plurals too short for the rules below (``medicaid_ids``, ``case_nos``)
_SHORT_PLURALS = {"ids": "id", "nos": "no"}


def _singular(token: str) -> str:
    """The singular of an English plural token (``allergies`` -> ``allergy``, ``addresses`` ->
    ``address``, ``ids`` -> ``id``); other tokens unchanged (``status``, ``ssn``, ``is``)."""
    if token in _SHORT_PLURALS:
        return _SHORT_PLURALS[token]
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 4 and token.endswith(("sses", "xes", "ches", "shes")):
        return token[:-2]
    if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is", "os")):
        return token[:-1]
    return token


_MISSING = object()
#: the wrappers of a message attribute's value (``{"DataType": "String", "StringValue": v}``)
_ATTRIBUTE_WRAPPERS = frozenset({"StringValue", "BinaryValue", "StringListValues", "BinaryListValues", "DataType", "Value", "value"})


def normalize(name: str, vocab: Vocabulary | None = None) -> str:
    """Return the canonical token string of ``name`` (``'ELGBL_PHNE_NUM'`` -> ``'eligible_phone_number'``)."""
    return "_".join((vocab or default_vocabulary()).tokens(name))


def _load(data: Mapping[str, object]) -> Vocabulary:
    rules_raw = data["rules"]
    assert isinstance(rules_raw, list)
    rules = tuple((frozenset(tokens), str(category)) for tokens, category in rules_raw)
    return Vocabulary(
        alnum_tokens=dict(data["alnum_tokens"]),  # type: ignore[call-overload]
        abbreviations=dict(data["abbreviations"]),  # type: ignore[call-overload]
        exact=dict(data["exact"]),  # type: ignore[call-overload]
        rules=rules,
        clinical_resources=frozenset(data.get("fhir_clinical_resources", ())),  # type: ignore[call-overload]
        generic=frozenset(data.get("generic_names", ())),  # type: ignore[call-overload]
        qualifiers=frozenset(data.get("qualifier_categories", ())),  # type: ignore[call-overload]
        owner_blind=frozenset(data.get("owner_blind_categories", ())),  # type: ignore[call-overload]
        part_words=frozenset(data.get("part_words", ())),  # type: ignore[call-overload]
        own_field_heads=frozenset(data.get("own_field_heads", ())),  # type: ignore[call-overload]
        record_words=frozenset(data.get("record_words", ())),  # type: ignore[call-overload]
        technical=frozenset(data.get("technical_words", ())),  # type: ignore[call-overload]
        routing_words=frozenset(data.get("routing_words", ())),  # type: ignore[call-overload]
        not_fields=frozenset(data.get("not_fields", ())),  # type: ignore[call-overload]
        office_words=frozenset(data.get("office_words", ())),  # type: ignore[call-overload]
        own_place_words=frozenset(data.get("own_place_words", ())),  # type: ignore[call-overload]
        device_words=frozenset(data.get("device_words", ())),  # type: ignore[call-overload]
        provider_place_words=frozenset(data.get("provider_place_words", ())),  # type: ignore[call-overload]
        enrollee_nouns=frozenset(data.get("enrollee_nouns", ())),  # type: ignore[call-overload]
        other_person=frozenset(data.get("other_person_words", ())),  # type: ignore[call-overload]
        household_own=frozenset(data.get("household_own_words", ())),  # type: ignore[call-overload]
        record_prefixes=frozenset(data.get("record_prefixes", ())),  # type: ignore[call-overload]
        place_words=frozenset(data.get("place_words", ())),  # type: ignore[call-overload]
        suffix_names=dict(data.get("suffix_names", {})),  # type: ignore[call-overload]
        linkage={k: frozenset(v) for k, v in dict(data.get("linkage_keys", {})).items()},  # type: ignore[call-overload]
        contact_systems=dict(data.get("fhir_contact_systems", {})),  # type: ignore[call-overload]
        fhir_elements=frozenset(data.get("fhir_elements", ())),  # type: ignore[call-overload]
        identifier_types=dict(data.get("fhir_identifier_types", {})),  # type: ignore[call-overload]
        identifier_systems=dict(data.get("fhir_identifier_systems", {})),  # type: ignore[call-overload]
    )


@lru_cache(maxsize=1)
def default_vocabulary() -> Vocabulary:
    """Load the vocabulary shipped in the package."""
    text = resources.files("flake8_medicaid_scope").joinpath("data/vocabulary.json").read_text("utf-8")
    return _load(json.loads(text))

