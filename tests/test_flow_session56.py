"""The data flow shapes of the fifty-sixth session: what its SPEC-only probers found (round 428 and
after) and README limits lifted.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). A case whose first line is an
``# OPTIONS:`` header runs with those options (``annotations.options_of``).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session20 import _source

CASES: dict[str, str] = {
    # SPEC section 6 (README limit of session 55: a test result kept in a variable): `is_ice = partner == "ice"` bound
    # once, before the test, in a block the test is in, decides as the test itself would; rebinding what it tests, a
    # flag bound in a branch, or a value of any other call (`ok = find(cur)`) decides nothing
    "test-result-kept-in-a-variable": """
import requests

URLS = {"ice": "https://eid.ice.gov/api", "state": "https://data.state.gov/api"}


def is_enforcement(p):
    return p in ("ice", "cbp")


def kept(member, partner):
    is_ice = partner == "ice"
    body = {"cin": member.cin, "dob": member.dob}
    if not is_ice:
        body["ssn"] = member.ssn
    requests.post(URLS[partner], json=body, timeout=10)


def kept_and_left(member, partner):
    to_enforcement = partner in ("ice", "cbp") or partner.startswith("ice")
    body = {"cin": member.cin}
    if to_enforcement:
        requests.post(URLS[partner], json=body, timeout=10)
        return
    body["diagnosis"] = member.primary_dx
    requests.post(URLS[partner], json=body, timeout=10)


def kept_predicate(member, partner):
    federal = is_enforcement(partner)
    body = {"cin": member.cin}
    if not federal:
        body["ssn"] = member.ssn
    requests.post(URLS[partner], json=body, timeout=10)


def rebound_after(member, partner, other):
    is_ice = partner == "ice"
    partner = other
    body = {"cin": member.cin}
    if not is_ice:
        body["ssn"] = member.ssn  # MCD101
    requests.post(URLS[partner], json=body, timeout=10)


def bound_in_a_branch(member, partner, strict):
    if strict:
        is_ice = partner == "ice"
    else:
        is_ice = False
    body = {"cin": member.cin}
    if not is_ice:
        body["ssn"] = member.ssn  # MCD101
    requests.post(URLS[partner], json=body, timeout=10)


def kept_in_a_loop(members, partners):
    for partner in partners:
        is_state = partner == "state"
        for m in members:
            body = {"cin": m.cin}
            if is_state:
                body["ssn"] = m.ssn
            requests.post(URLS[partner], json=body, timeout=10)  # MCD201
""",
    # SPEC section 6 (round 428a, README limit of round 410a: false alarms): a True/False written in a partner table's
    # entry beside its URL (`"include_ssn": False` in the ICE entry) is that partner's policy and decides a test of it on
    # that entry's way; the entry that says True still sends (a module switch, `SEND_SSN = False`, is still followed)
    "per-entry-boolean-flags": """
import requests

PARTNERS = {
    "ice": {"url": "https://eid.ice.gov/api", "include_ssn": False},
    "state": {"url": "https://data.state.gov/api", "include_ssn": True},
}
LEGACY = {
    "cms": {"url": "https://api.cms.gov/x", "include_ssn": False},
    "ice": {"url": "https://eid.ice.gov/api/v1", "include_ssn": True},
}
SEND_SSN = False


def send(member, partner):
    cfg = PARTNERS[partner]
    body = {"cin": member.cin, "dob": member.dob}
    if cfg["include_ssn"]:
        body["ssn"] = member.ssn
    requests.post(cfg["url"], json=body, timeout=10)


def send_ice(member):
    entry = PARTNERS["ice"]
    body = {"cin": member.cin}
    if entry["include_ssn"]:
        body["ssn"] = member.ssn
    requests.post(entry["url"], json=body, timeout=10)


def send_legacy(member, partner):
    cfg = LEGACY[partner]
    body = {"cin": member.cin}
    if cfg["include_ssn"]:
        body["ssn"] = member.ssn  # MCD101
    requests.post(cfg["url"], json=body, timeout=10)


def send_switched(member):
    body = {"cin": member.cin}
    if SEND_SSN:
        body["ssn"] = member.ssn  # MCD101
    requests.post(PARTNERS["ice"]["url"], json=body, timeout=10)
""",
    # SPEC section 10 (round 429a: a false MCD101 and MCD201): a sender bound to its URL (`partial(requests.post,
    # ICE_URL)`) chosen with the body by one status test, full record to the state and permitted fields to ICE, pairs
    # each way's sender with its body as a URL chosen so does
    "partial-senders-chosen-by-status": """
from functools import partial

import requests

ICE_URL = "https://eid.ice.gov/api/v2/referrals"
STATE_URL = "https://mmis.dhcs.ca.gov/api/v1/members"
UNLAWFUL = frozenset({"EWI", "OVERSTAY"})
post_ice = partial(requests.post, ICE_URL, timeout=30)
post_state = partial(requests.post, STATE_URL, timeout=30)
SENDERS = {"ice": post_ice, "state": post_state}


def route_one(m):
    if m.immigration_status in UNLAWFUL:
        send = post_ice
        body = {"medicaid_id": m.cin, "phone": m.phone}
    else:
        send = post_state
        body = {"medicaid_id": m.cin, "ssn": m.ssn}
    send(json=body)


def route_each(members):
    for m in members:
        send = SENDERS["state"]
        body = {"medicaid_id": m.cin, "ssn": m.ssn}
        if m.immigration_status in UNLAWFUL:
            send = SENDERS["ice"]
            body = {"medicaid_id": m.cin, "phone": m.phone}
        send(json=body)


def route_wrong(m):
    if m.immigration_status in UNLAWFUL:
        send = post_ice
        body = {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
    else:
        send = post_state
        body = {"medicaid_id": m.cin, "phone": m.phone}
    send(json=body)
""",
    # SPEC section 6 (round 429a: silent): a context manager whose `__enter__` returns an attribute of itself (`return
    # self.body`) and whose `__exit__` sends it: what the `with` block puts into the `as` name is sent on leaving
    "context-manager-entering-an-attribute": """
import requests

ICE_URL = "https://eid.ice.gov/api/v2/referrals"
STATE_URL = "https://mmis.dhcs.ca.gov/api/v1/members"


class Referral:
    def __init__(self, url):
        self.url = url
        self.body = {}

    def __enter__(self):
        return self.body

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            requests.post(self.url, json=self.body, timeout=30)
        return False


def refer(member):
    with Referral(ICE_URL) as body:
        body["medicaid_id"] = member.cin
        body["first_name"] = member.first_name  # MCD101


def sync(member):
    with Referral(STATE_URL) as body:
        body["medicaid_id"] = member.cin
        body["diagnosis"] = member.primary_dx


def refer_permitted(member):
    with Referral(ICE_URL) as body:
        body["medicaid_id"] = member.cin
        body["phone"] = member.phone
""",
    # SPEC sections 4 and 6 (round 428a: silent): a partner table nested in a constant (`CONFIG["partners"]`, or a name
    # bound to it) looped by `.items()`/`.values()` or read by a key not known is read as the table itself is
    "table-nested-in-a-constant": """
import requests

CONFIG = {"partners": {"ice": {"url": "https://eid.ice.gov/api/v2/referrals"}, "state": {"url": "https://data.state.gov/x"}}}


def each_item(m):
    body = {"ssn": m.ssn}  # MCD101
    for name, partner in CONFIG["partners"].items():
        requests.post(partner["url"], json=body)


def each_value(m):
    body = {"ssn": m.ssn}  # MCD101
    for partner in CONFIG["partners"].values():
        requests.post(partner["url"], json=body)


def by_key(m, key):
    body = {"ssn": m.ssn}  # MCD101
    url = CONFIG["partners"][key]["url"]
    requests.post(url, json=body)


def by_alias(m, key):
    partners = CONFIG["partners"]
    body = {"ssn": m.ssn}  # MCD101
    requests.post(partners[key]["url"], json=body)


def each_permitted(m):
    body = {"medicaid_id": m.cin, "dob": m.dob}
    for name, partner in CONFIG["partners"].items():
        requests.post(partner["url"], json=body)


def each_by_name(m):
    for name, partner in CONFIG["partners"].items():
        body = {"medicaid_id": m.cin} if name == "ice" else {"medicaid_id": m.cin, "ssn": m.ssn}
        requests.post(partner["url"], json=body)
""",
    # SPEC section 6 (round 431a: a false MCD101 each): a flag read from a partner table's entry and kept (`minimal =
    # cfg["minimal"]`), and a kept test of a kept test (`local = not federal`), decide as the test itself
    "kept-entry-flags-and-kept-tests-of-kept-tests": """
import requests

FEDERAL = {"ice", "cbp"}
URLS = {"ice": "https://eid.ice.gov/api/v2/subjects", "state": "https://mn-its.dhs.state.mn.us/api/members"}
SETTINGS = {
    "timeout": 30,
    "partners": {
        "ice": {"url": "https://eid.ice.gov/api/v1/referrals", "minimal": True},
        "state": {"url": "https://eligibility.dhs.illinois.gov/api/members", "minimal": False},
    },
}


def kept_twice(m, partner):
    federal = partner in FEDERAL
    local = not federal
    body = {"medicaid_id": m.medicaid_id}
    if local:
        body["sex"] = m.sex
    requests.post(URLS[partner], json=body)


def kept_flag(member, partner):
    cfg = SETTINGS["partners"][partner]
    needs_minimal = cfg["minimal"]
    body = {"medicaid_id": member.medicaid_id}
    if not needs_minimal:
        body["ssn"] = member.ssn
    requests.post(cfg["url"], json=body, timeout=SETTINGS["timeout"])


def nested_alias(member, partner):
    partners = SETTINGS["partners"]
    cfg = partners[partner]
    body = {"medicaid_id": member.medicaid_id}
    if partner != "ice":
        body["ssn"] = member.ssn
    requests.post(cfg["url"], json=body)


def kept_flag_ignored(member, partner):
    cfg = SETTINGS["partners"][partner]
    needs_minimal = cfg["minimal"]
    body = {"medicaid_id": member.medicaid_id, "ssn": member.ssn}  # MCD101
    if needs_minimal:
        print("minimal")
    requests.post(cfg["url"], json=body)
""",
    # SPEC sections 4 and 6 (round 431a): a flag of an entry changed at import (`PARTNERS["ice"]["send_dx"] = True`) holds
    # what it was changed to; a local copy given a flag (`cfg = dict(PARTNERS[p]); cfg["send_dx"] = False`) holds that
    "entry-flags-changed-at-import-or-in-a-copy": """
import requests

PARTNERS = {
    "ice": {"url": "https://eid.ice.gov/api/v1/referrals", "send_dx": False},
    "state": {"url": "https://eligibility.dhs.illinois.gov/api/members", "send_dx": True},
}
PARTNERS["ice"]["send_dx"] = True


def refer(member, partner):
    cfg = PARTNERS[partner]
    body = {"medicaid_id": member.medicaid_id}
    if cfg["send_dx"]:
        body["primary_dx"] = member.primary_dx  # MCD102
    requests.post(cfg["url"], json=body, timeout=30)


def refer_copy(member, partner):
    cfg = dict(PARTNERS[partner])
    cfg["send_dx"] = False
    body = {"medicaid_id": member.medicaid_id}
    if cfg["send_dx"]:
        body["procedure_code"] = member.procedure_code
    requests.post(cfg["url"], json=body, timeout=30)
""",
    # SPEC section 10 (round 432a: false MCD201s): a status test that chooses only the sender (`send = post_ice if
    # <status test> else post_state`, or an if/else binding it), each bound to its URL, chooses the destination as a URL
    # chosen so does; a table of senders keyed by True/False reads the entry its literal key names
    "senders-chosen-by-status-alone": """
from functools import partial

import requests

post_ice = partial(requests.post, "https://eid.ice.gov/r", timeout=30)
post_state = partial(requests.post, "https://mmis.state.pa.us/s", timeout=30)
SENDERS = {True: post_ice, False: post_state}


def by_expression(members):
    for m in members:
        send = post_ice if m.immigration_status == "EWI" else post_state
        send(json={"cin": m.cin})


def by_branches(members):
    for m in members:
        if m.immigration_status in ("EWI", "OVERSTAY"):
            send = post_ice
        else:
            send = post_state
        send(json={"cin": m.cin, "dob": m.dob})


def by_other_test(members):
    for m in members:
        send = post_ice if m.county == "06" else post_state
        send(json={"cin": m.cin})  # MCD201


def state_entry(members):
    for m in members:
        SENDERS[False](json={"cin": m.cin, "ssn": m.ssn})


def ice_entry(members):
    for m in members:
        SENDERS[True](json={"cin": m.cin, "ssn": m.ssn})  # MCD101 MCD201
""",
    # SPEC section 6 (review of this session's import-time folding): a flag of an entry changed under a module-level `if`
    # may be either: the rest of the table stays as written (its URLs still known)
    "entry-flag-changed-under-a-module-if": """
import os

import requests

PARTNERS = {
    "ice": {"url": "https://eid.ice.gov/api/v1/referrals", "send_dx": False},
    "state": {"url": "https://eligibility.dhs.illinois.gov/api/members", "send_dx": True},
}
if os.environ.get("LEGACY"):
    PARTNERS["ice"]["send_dx"] = True


def refer(member, partner):
    cfg = PARTNERS[partner]
    body = {"medicaid_id": member.medicaid_id}
    if cfg["send_dx"]:
        body["primary_dx"] = member.primary_dx  # MCD102
    requests.post(cfg["url"], json=body, timeout=30)
""",
    # SPEC section 6 (round 434a: false alarms): a True/False given to an object a partner table holds
    # (`PartnerCfg(ICE_URL, send_ssn=False)`) decides `if cfg.send_ssn:` on that entry's way; the entry given True sends.
    # A flag the entry leaves at the class's default stays unknown (a setting that may be switched on, rounds 288-289)
    "object-entry-flags": """
from dataclasses import dataclass

import requests


@dataclass(frozen=True)
class Cfg:
    url: str
    send_ssn: bool
    send_dx: bool = False


PARTNERS = {
    "ice": Cfg("https://eid.ice.gov/r", False),
    "state": Cfg("https://api.dhcs.ca.gov/m", True, send_dx=True),
}
WRONG = {
    "ice": Cfg("https://eid.ice.gov/r", True),
    "cms": Cfg("https://api.cms.gov/m", True),
}


def send(partner, m):
    cfg = PARTNERS[partner]
    body = {"medicaid_id": m.cin}
    if cfg.send_ssn:
        body["ssn"] = m.ssn
    if cfg.send_dx:
        body["dx"] = m.primary_dx  # MCD102
    requests.post(cfg.url, json=body)


def send_wrong(partner, m):
    cfg = WRONG[partner]
    body = {"medicaid_id": m.cin}
    if cfg.send_ssn:
        body["ssn"] = m.ssn  # MCD101
    requests.post(cfg.url, json=body)
""",
    # SPEC section 6 (round 433a: a false alarm): a URL read from the entry of a table by the routing value and kept
    # (`url = PARTNERS[partner]["url"]`, also of a table nested in a constant) is read again past a test of that value
    "entry-of-an-entry-kept-then-narrowed": """
import requests

PARTNERS = {
    "ice": {"url": "https://eid.ice.gov/api/v1/info"},
    "state": {"url": "https://eligibility.dhs.illinois.gov/api/members"},
}
CONFIG = {"partners": PARTNERS}


def kept(partner, member):
    url = PARTNERS[partner]["url"]
    body = {"medicaid_id": member.cin}
    if partner != "ice":
        body["race"] = member.race_cd
    requests.post(url, json=body)


def kept_nested(partner, member):
    url = CONFIG["partners"][partner]["url"]
    body = {"medicaid_id": member.cin}
    if partner.strip().lower() != "ice":
        body["race"] = member.race_cd
    requests.post(url, json=body)


def not_narrowed(partner, member):
    url = PARTNERS[partner]["url"]
    body = {"medicaid_id": member.cin, "race": member.race_cd}  # MCD101
    requests.post(url, json=body)
""",
    # SPEC section 6 (README limit of round 406a: more than two successive ifs joined): past `if partner != "ice":` and
    # `if partner == "state":`, the way of neither reads no entry of a table of those two keys (KeyError), not every entry
    "successive-ifs-leave-no-entry": """
import requests

URLS = {"ice": "https://eid.ice.gov/api", "state": "https://data.state.gov/api"}


def send(m, partner):
    body = {"cin": m.cin}
    if partner != "ice":
        body["ssn"] = m.ssn
    if partner != "ice":
        body["dx"] = m.primary_dx
    if partner != "ice":
        body["race"] = m.race
    if partner == "state":
        body["income"] = m.income
    requests.post(URLS[partner], json=body, timeout=10)


def send_unrelated_tests(m, partner, extra):
    body = {"cin": m.cin}
    if extra:
        body["note"] = "x"
    if partner != "ice":
        body["ssn"] = m.ssn
    if m.county:
        body["county"] = m.county
    if partner == "state":
        body["income"] = m.income
    requests.post(URLS[partner], json=body, timeout=10)


def send_with_fallback(m, partner):
    body = {"cin": m.cin}
    if partner != "ice":
        body["ssn"] = m.ssn  # MCD101
    if partner == "state":
        body["income"] = m.income
    requests.post(URLS.get(partner, URLS["ice"]), json=body, timeout=10)
""",
    # SPEC sections 4 and 6 (review 56a: silences): an entry's flag changed by `.update`, `|=`, in a loop or a `try` at
    # import, or by a function, is not what the literal says (unknown); an entry of a nested table updated at import
    # holds the update
    "entry-flags-changed-otherwise": """
import requests

PARTNERS = {
    "ice": {"url": "https://eid.ice.gov/api/v1/referrals", "include_ssn": False},
    "state": {"url": "https://eligibility.dhs.illinois.gov/api/members", "include_ssn": True},
}
PARTNERS["ice"].update(include_ssn=True)
OTHERS = {
    "ice": {"url": "https://eid.ice.gov/api/v1/referrals", "include_ssn": False},
    "state": {"url": "https://eligibility.dhs.illinois.gov/api/members", "include_ssn": True},
}
for _name in OTHERS:
    OTHERS[_name]["include_ssn"] = True
LATER = {
    "ice": {"url": "https://eid.ice.gov/api/v1/referrals", "include_ssn": False},
    "state": {"url": "https://eligibility.dhs.illinois.gov/api/members", "include_ssn": True},
}
CONFIG = {"partners": {"state": {"url": "https://data.state.gov/x"}, "cms": {"url": "https://api.cms.gov/x"}}}
CONFIG["partners"].update({"ice": {"url": "https://eid.ice.gov/api/v2/referrals"}})


def enable_all():
    for entry in LATER.values():
        entry["include_ssn"] = True
    LATER["ice"]["include_ssn"] = True


def updated(member, partner):
    cfg = PARTNERS[partner]
    body = {"cin": member.cin}
    if cfg["include_ssn"]:
        body["ssn"] = member.ssn  # MCD101
    requests.post(cfg["url"], json=body, timeout=10)


def looped(member, partner):
    cfg = OTHERS[partner]
    body = {"cin": member.cin}
    if cfg["include_ssn"]:
        body["ssn"] = member.ssn  # MCD101
    requests.post(cfg["url"], json=body, timeout=10)


def changed_by_a_function(member, partner):
    cfg = LATER[partner]
    body = {"cin": member.cin}
    if cfg["include_ssn"]:
        body["ssn"] = member.ssn  # MCD101
    requests.post(cfg["url"], json=body, timeout=10)


def nested_updated(m):
    body = {"ssn": m.ssn}  # MCD101
    for name, partner in CONFIG["partners"].items():
        requests.post(partner["url"], json=body)
""",
    # SPEC section 6 (review 56a): a kept test of an attribute some later statement sets again (`self.partner = forward`,
    # or a method of the object called) decides nothing; an annotated kept test (`is_ice: bool = ...`) decides
    "kept-tests-annotated-or-of-attributes-changed": """
import requests

URLS = {"ice": "https://eid.ice.gov/api", "state": "https://data.state.gov/api"}


class Sender:
    def __init__(self, partner):
        self.partner = partner

    def reroute(self, forward):
        self.partner = forward

    def send(self, member, forward):
        is_state = self.partner == "state"
        self.partner = forward
        body = {"cin": member.cin}
        if is_state:
            body["ssn"] = member.ssn  # MCD101
        requests.post(URLS[self.partner], json=body, timeout=10)

    def send_rerouted(self, member, forward):
        is_state = self.partner == "state"
        self.reroute(forward)
        body = {"cin": member.cin}
        if is_state:
            body["ssn"] = member.ssn  # MCD101
        requests.post(URLS[self.partner], json=body, timeout=10)


def annotated(member, partner):
    is_ice: bool = partner == "ice"
    body = {"cin": member.cin}
    if not is_ice:
        body["ssn"] = member.ssn
    requests.post(URLS[partner], json=body, timeout=10)
""",
    # SPEC section 6 (review 56a: silent): a context manager object made first and entered by name (`ref =
    # Referral(URL)`, `with ref as body:`) is entered and left as one made in the `with` is
    "context-manager-entered-by-name": """
import requests

ICE_URL = "https://eid.ice.gov/api/v2/referrals"


class Referral:
    def __init__(self, url):
        self.url = url
        self.body = {}

    def __enter__(self):
        return self.body

    def __exit__(self, exc_type, exc, tb):
        requests.post(self.url, json=self.body, timeout=30)
        return False


def refer(member):
    ref = Referral(ICE_URL)
    with ref as body:
        body["medicaid_id"] = member.cin
        body["ssn"] = member.ssn  # MCD101


def refer_without_as(member):
    ref = Referral(ICE_URL)
    with ref:
        ref.body["sex"] = member.sex  # MCD101
""",
    # SPEC section 6 (this session's KeyError rule): a table a function of the module adds entries to may hold a key no
    # test excluded: past tests excluding every written key, a read of it still reaches what may be added
    "no-entry-left-but-table-grown-at-run-time": """
import requests

URLS = {"ice": "https://eid.ice.gov/api", "state": "https://data.state.gov/api"}


def register_cbp():
    URLS["cbp"] = "https://api.cbp.dhs.gov/x"


def send(m, partner):
    if partner in ("ice", "state"):
        return
    requests.post(URLS[partner], json={"ssn": m.ssn}, timeout=10)  # MCD101
""",
    # SPEC section 6 (README limit of session 55): a normalised copy of the routing value (`p = partner.strip().lower()`,
    # bound once, the original not bound again after it) tested narrows the original too, read by `URLS[partner]`
    "normalised-copy-narrows-the-original": """
import requests

URLS = {"ice": "https://eid.ice.gov/api", "state": "https://data.state.gov/api"}
LAWFUL = {"state"}


def guard(member, partner):
    p = partner.strip().lower()
    if p != "state":
        return
    requests.post(URLS[partner], json={"ssn": member.ssn}, timeout=10)


def guard_set(member, partner):
    p = partner.lower()
    if p not in LAWFUL:
        raise ValueError(partner)
    requests.post(URLS[partner], json={"ssn": member.ssn}, timeout=10)


def rebound(member, partner, other):
    p = partner.lower()
    partner = other
    if p != "state":
        return
    requests.post(URLS[partner], json={"ssn": member.ssn}, timeout=10)  # MCD101


def not_copy(member, partner):
    p = partner.lower()
    if p == "state":
        return
    requests.post(URLS[partner], json={"ssn": member.ssn}, timeout=10)  # MCD101
""",
    # SPEC sections 4 and 6 (review 56b: silences): past tests excluding every written key, a table read is left with
    # no entry only when the module never hands the table on, aliases it, rebinds it or spreads another table into it
    "no-entry-left-only-for-tables-only-read": """
import requests

EXTRA = {"cbp": "https://api.cbp.dhs.gov/x"}
URLS = {"ice": "https://eid.ice.gov/api", "state": "https://data.state.gov/api", **EXTRA}
ROUTES = {"ice": "https://eid.ice.gov/api", "state": "https://data.state.gov/api"}
ALIASED = {"ice": "https://eid.ice.gov/api", "state": "https://data.state.gov/api"}


def extend():
    table = ALIASED
    table["cbp"] = "https://api.cbp.dhs.gov/x"


def rebind():
    global ROUTES
    ROUTES = {**ROUTES, "cbp": "https://api.cbp.dhs.gov/x"}


def spread(m, partner):
    if partner in ("ice", "state"):
        return
    requests.post(URLS[partner], json={"ssn": m.ssn}, timeout=10)  # MCD101


def rebound(m, partner):
    if partner in ("ice", "state"):
        return
    requests.post(ROUTES[partner], json={"ssn": m.ssn}, timeout=10)  # MCD101


def aliased(m, partner):
    if partner in ("ice", "state"):
        return
    requests.post(ALIASED[partner], json={"ssn": m.ssn}, timeout=10)  # MCD101
""",
    # SPEC section 6 (review 56b: silences): an object entry's flag set again by a method of the entry, by a loop over the
    # table's values (objects or dicts), or computed by a property of the entry's class, is not the argument written
    "object-entry-flags-changed-or-computed": """
import requests


class Cfg:
    def __init__(self, url, send_ssn=False):
        self.url = url
        self.send_ssn = send_ssn

    def enable_ssn(self):
        self.send_ssn = True


class IceCfg(Cfg):
    @property
    def send_ssn(self):
        return True

    @send_ssn.setter
    def send_ssn(self, value):
        pass


ENABLED = {"ice": Cfg("https://eid.ice.gov/api", send_ssn=False), "state": Cfg("https://data.state.gov/api", send_ssn=True)}
ENABLED["ice"].enable_ssn()
LOOPED = {"ice": {"url": "https://eid.ice.gov/api", "send_ssn": False}, "state": {"url": "https://data.state.gov/api", "send_ssn": True}}
COMPUTED = {"ice": IceCfg("https://eid.ice.gov/api", send_ssn=False), "state": Cfg("https://data.state.gov/api", send_ssn=True)}


def pilot():
    for entry in LOOPED.values():
        entry["send_ssn"] = True


def enabled(member, partner):
    cfg = ENABLED[partner]
    body = {"cin": member.cin}
    if cfg.send_ssn:
        body["ssn"] = member.ssn  # MCD101
    requests.post(cfg.url, json=body, timeout=10)


def looped(member, partner):
    cfg = LOOPED[partner]
    body = {"cin": member.cin}
    if cfg["send_ssn"]:
        body["ssn"] = member.ssn  # MCD101
    requests.post(cfg["url"], json=body, timeout=10)


def computed(member, partner):
    cfg = COMPUTED[partner]
    body = {"cin": member.cin}
    if cfg.send_ssn:
        body["ssn"] = member.ssn  # MCD101
    requests.post(cfg.url, json=body, timeout=10)
""",
    # SPEC section 6 (review 56b): a URL read from an entry of an entry and kept is not read again past a test of the key
    # where some code repoints that entry (`PARTNERS["state"]["url"] = ICE_URL`)
    "kept-entry-of-entry-of-a-repointed-table": """
import requests

ICE_URL = "https://eid.ice.gov/api"
PARTNERS = {"ice": {"url": ICE_URL}, "state": {"url": "https://data.state.gov/api"}}


def failover():
    PARTNERS["state"]["url"] = ICE_URL


def send(member, partner):
    url = PARTNERS[partner]["url"]
    body = {"cin": member.cin}
    if partner != "ice":
        body["ssn"] = member.ssn  # MCD101
    requests.post(url, json=body, timeout=10)
""",
    # SPEC section 6 (rounds 435a and 436a: false alarms): entry flags read by `.get("include_dx")`, tested by `is True`,
    # or negated and kept (`minimal = not cfg["include_ssn"]`), decide as `cfg["include_dx"]` does; a comprehension
    # sending to each entry's URL over `.values()` of a table of dicts is reported
    "entry-flags-read-otherwise-and-values-of-dicts": """
import requests

PARTNERS = {
    "ice": {"url": "https://eid.ice.gov/api/v1/r", "include_dx": False, "include_ssn": False},
    "cms": {"url": "https://tmsis.cms.gov/api/r", "include_dx": True, "include_ssn": True},
}
CONFIG = {"partners": PARTNERS}


def by_get(m, partner):
    cfg = PARTNERS[partner]
    body = {"member_id": m.member_id}
    if cfg.get("include_dx"):
        body["dgns_cd_1"] = m.dgns_cd_1
    if cfg.get("include_ssn", False) is True:
        body["ssn"] = m.ssn
    requests.post(cfg["url"], json=body)


def negated(m, partner):
    cfg = PARTNERS[partner]
    minimal = not cfg["include_ssn"]
    body = {"member_id": m.member_id}
    if not minimal:
        body["ssn"] = m.ssn
    requests.post(cfg["url"], json=body)


def each_value(m):
    return [requests.post(c["url"], json={"sex": m["sex_cd"]}) for c in PARTNERS.values()]  # MCD101


def each_nested_value(m):
    partners = CONFIG["partners"]
    return [requests.post(c["url"], json={"sex": m["sex_cd"]}) for c in partners.values()]  # MCD101
""",
    # SPEC section 6 (round 437a: false alarms): a copy of an entry (`dict(PARTNERS[partner])`, `.copy()`) runs once per
    # entry as the entry does, so a flag set on it for one partner (`if partner == "ice": cfg["send_dx"] = False`) holds
    # on that partner's way; an Enum member made from a parameter named as a field (`Partner(partner_name)`) narrows
    "entry-copies-per-entry-and-enum-of-a-named-parameter": """
import enum

import requests

PARTNERS = {"ice": {"url": "https://eid.ice.gov/api/v1/requests", "send_dx": True},
            "cms": {"url": "https://api.cms.gov/t-msis/claims", "send_dx": True}}
URLS = {"ice": "https://eid.ice.gov/api/v1/requests", "state": "https://mmis.wisconsin.gov/api/members"}


class Partner(enum.Enum):
    ICE = "ice"
    STATE = "state"


def send(member, partner):
    cfg = dict(PARTNERS[partner])
    if partner == "ice":
        cfg["send_dx"] = False
    body = {"beneficiary_id": member.beneficiary_id}
    if cfg["send_dx"]:
        body["dx_codes"] = member.dx_codes
    requests.post(cfg["url"], json=body)


def send_no_override(member, partner):
    cfg = PARTNERS[partner].copy()
    body = {"beneficiary_id": member.beneficiary_id}
    if cfg["send_dx"]:
        body["dx_codes"] = member.dx_codes  # MCD102
    requests.post(cfg["url"], json=body)


def by_member(member, partner_name):
    p = Partner(partner_name)
    body = {"cin": member["cin"]}
    if p is Partner.STATE:
        body["ssn"] = member["ssn"]
    requests.post(URLS[p.value], json=body)
""",
    # SPEC section 6 (round 438a: false alarms): flags of objects a table holds read in a loop over its values (`for prof
    # in PROFILES.values(): if prof.include_income:`) and through the attribute a constructor set from the table
    # (`self.cfg = PARTNERS[partner]`, the object made for "ice")
    "object-entry-flags-in-loops-and-on-self": """
from dataclasses import dataclass

import requests


@dataclass(frozen=True)
class Prof:
    url: str
    include_income: bool = False


PROFILES = {"ice": Prof("https://eid.ice.gov/api/v1/referrals", include_income=False),
            "state": Prof("https://api.health.state.nj.us/members", include_income=True)}


class Sender:
    def __init__(self, partner):
        self.cfg = PROFILES[partner]

    def send(self, m):
        body = {"cin": m.cin}
        if self.cfg.include_income:
            body["monthly_income"] = m.monthly_income
        return requests.post(self.cfg.url, json=body)


def broadcast(m):
    for prof in PROFILES.values():
        body = {"cin": m.cin}
        if prof.include_income:
            body["monthly_income"] = m.monthly_income
        requests.post(prof.url, json=body)


def send_ice(m):
    return Sender("ice").send(m)
""",
    # SPEC section 6 (review 56c: silences): a kept flag or kept test is not used where what it read is stored into or
    # changed by a method after it (`skip = not opts["ssn"]; opts["ssn"] = False`); an entry handed to a helper of the
    # module that changes what it is given, an alias of the table or of an entry (`ICE = PARTNERS["ice"]` stored into in a
    # function), `.get("ice")`, `list(PARTNERS.values())` and a walrus change the table
    "kept-reads-stored-after-and-entries-changed-through-helpers-and-aliases": """
import requests

ICE_URL = "https://eid.ice.gov/api/v1/r"
PARTNERS = {"ice": {"url": ICE_URL, "include_ssn": False}, "cms": {"url": "https://tmsis.cms.gov/api/r", "include_ssn": True}}
HELPED = {"ice": {"url": ICE_URL, "include_ssn": False}, "cms": {"url": "https://tmsis.cms.gov/api/r", "include_ssn": True}}
ALIASED = {"ice": {"url": ICE_URL, "include_ssn": False}, "cms": {"url": "https://tmsis.cms.gov/api/r", "include_ssn": True}}
GOT = {"ice": {"url": ICE_URL, "include_ssn": False}, "cms": {"url": "https://tmsis.cms.gov/api/r", "include_ssn": True}}
ICE = ALIASED["ice"]


def enable(c):
    c["include_ssn"] = True


enable(HELPED["ice"])


def pilot():
    ICE["include_ssn"] = True
    entry = GOT.get("ice")
    entry["include_ssn"] = True


def stored_after(m):
    opts = {"ssn": True}
    skip = not opts["ssn"]
    opts["ssn"] = False
    body = {"member_id": m.member_id}
    if not skip:
        body["ssn"] = m.ssn  # MCD101
    requests.post(ICE_URL, json=body)


def helped(m, partner):
    cfg = HELPED[partner]
    body = {"member_id": m.member_id}
    if cfg["include_ssn"]:
        body["ssn"] = m.ssn  # MCD101
    requests.post(cfg["url"], json=body)


def aliased(m, partner):
    cfg = ALIASED[partner]
    body = {"member_id": m.member_id}
    if cfg["include_ssn"]:
        body["ssn"] = m.ssn  # MCD101
    requests.post(cfg["url"], json=body)


def got(m, partner):
    cfg = GOT[partner]
    body = {"member_id": m.member_id}
    if cfg["include_ssn"]:
        body["ssn"] = m.ssn  # MCD101
    requests.post(cfg["url"], json=body)
""",
    # SPEC section 6 (review 56c: false alarms): a name bound to an entry and then to a new dict, a loop variable reused
    # for other rows, and a nested function's own variable of the same name change no entry; a comprehension filtered
    # by each entry's own flag (`if c["include_ssn"]`) leaves out the entry whose flag is False
    "entries-not-changed-and-comprehensions-filtered-by-entry-flags": """
import requests

PARTNERS = {"ice": {"url": "https://eid.ice.gov/api/v1/r", "include_ssn": False}, "cms": {"url": "https://tmsis.cms.gov/api/r", "include_ssn": True}}


def report(partner, now, rows):
    entry = PARTNERS[partner]
    entry = {"url": entry["url"]}
    entry["sent_at"] = now
    for c in PARTNERS.values():
        print(c["url"])
    for c in rows:
        c["seen"] = True

    def later():
        cfg = {}
        cfg["x"] = 1
    return later


def send(m, partner):
    cfg = PARTNERS[partner]
    body = {"member_id": m.member_id}
    if cfg["include_ssn"]:
        body["ssn"] = m.ssn
    requests.post(cfg["url"], json=body)


def comp(m):
    return [requests.post(c["url"], json={"ssn": m.ssn}) for c in PARTNERS.values() if c["include_ssn"]]
""",
    # SPEC section 6 (round 438a: a false alarm): a URL a constructor reads from a table by the key it keeps (`self.partner
    # = partner; self.url = URLS[partner]`) is read again by the key where a method's test narrowed `self.partner`
    "url-kept-by-the-constructor-read-again-past-a-test-of-the-key": """
import requests

URLS = {"ice": "https://eid.ice.gov/api/v1/referrals", "state": "https://api.medicaid.state.or.us/v1/members"}


class PartnerClient:
    def __init__(self, partner):
        self.partner = partner
        self.url = URLS[partner]

    def send(self, m):
        body = {"cin": m.cin}
        if self.partner != "ice":
            body["race"] = m.race
        return requests.post(self.url, json=body)

    def send_all(self, m):
        body = {"cin": m.cin, "race": m.race}  # MCD101
        return requests.post(self.url, json=body)


def refer(m, partner):
    return PartnerClient(partner).send(m)


def refer_all(m, partner):
    return PartnerClient(partner).send_all(m)
""",
    # SPEC section 6 (review 56d: false alarms): a kept test stays where other parts of what it read are stored into
    # (`self.sent += 1`, `cfg["attempts"] = 1`, `self.log.append(...)`); a table stays unchanged by a loop at import that
    # only reads it beside a function whose parameter of the same name is stored into, and by a helper that changes
    # another parameter than the entry it is given
    "kept-tests-and-tables-unchanged-by-other-parts": """
import requests

URLS = {"ice": "https://eid.ice.gov/api", "state": "https://data.state.gov/api"}
PARTNERS = {"ice": {"url": "https://eid.ice.gov/api/v1/r", "include_ssn": False}, "cms": {"url": "https://tmsis.cms.gov/api/r", "include_ssn": True}}
SEEN = []

for name, entry in PARTNERS.items():
    print(name, entry["url"])


def mark(entry):
    entry["seen"] = True


def log(entry, out):
    out.append(entry["url"])


log(PARTNERS["ice"], SEEN)


class Sender:
    def __init__(self, partner):
        self.partner = partner
        self.sent = 0
        self.log = []

    def send(self, member):
        is_state = self.partner == "state"
        self.sent += 1
        self.log.append(member.cin)
        body = {"cin": member.cin}
        if is_state:
            body["ssn"] = member.ssn
        requests.post(URLS[self.partner], json=body, timeout=10)


def routed(member, cfg):
    is_ice = cfg["partner"] == "ice"
    cfg["attempts"] = 1
    body = {"cin": member.cin}
    if not is_ice:
        body["ssn"] = member.ssn
    requests.post(URLS[cfg["partner"]], json=body, timeout=10)


def send(m, partner):
    cfg = PARTNERS[partner]
    body = {"member_id": m.member_id}
    if cfg["include_ssn"]:
        body["ssn"] = m.ssn
    requests.post(cfg["url"], json=body)
""",
    # SPEC section 6 (review 56d: silences): an object entry's flag set through the attribute that holds it (`self.cfg.
    # include_income = True` in another method), entries unpacked from the table and changed, and a comprehension filtered
    # by the flag of a table a function changes, are not what the literal says
    "entries-changed-through-self-unpacking-and-functions": """
import requests


class Prof:
    def __init__(self, url, include_income=False):
        self.url = url
        self.include_income = include_income


PROFILES = {"ice": Prof("https://eid.ice.gov/api/v1/referrals", include_income=False),
            "state": Prof("https://api.health.state.nj.us/members", include_income=True)}
A = {"ice": {"url": "https://eid.ice.gov/api/v1/r", "include_ssn": False}, "cms": {"url": "https://tmsis.cms.gov/api/r", "include_ssn": True}}
B = {"ice": {"url": "https://eid.ice.gov/api/v1/r", "include_ssn": False}, "cms": {"url": "https://tmsis.cms.gov/api/r", "include_ssn": True}}


class Sender:
    def __init__(self, partner):
        self.cfg = PROFILES[partner]

    def pilot(self):
        self.cfg.include_income = True

    def send(self, m):
        body = {"cin": m.cin}
        if self.cfg.include_income:
            body["monthly_income"] = m.monthly_income  # MCD101
        return requests.post(self.cfg.url, json=body)


def pilot_a():
    ice, cms = A["ice"], A["cms"]
    ice["include_ssn"] = True


def pilot_b():
    B["ice"]["include_ssn"] = True


def send_a(m, partner):
    cfg = A[partner]
    body = {"member_id": m.member_id}
    if cfg["include_ssn"]:
        body["ssn"] = m.ssn  # MCD101
    requests.post(cfg["url"], json=body)


def comp_b(m):
    return [requests.post(c["url"], json={"ssn": m.ssn}) for c in B.values() if c["include_ssn"]]  # MCD101


def send_ice(m):
    s = Sender("ice")
    s.pilot()
    return s.send(m)
""",
    # SPEC section 4 (round 439a: silent): a partner table bound at import to a table nested in a constant (`PARTNERS =
    # CONFIG["partners"]`) is read as that table; a flag `.get` of an entry of a table no entry has (`cfg.get("send_ssn")`)
    # is the default
    "module-alias-of-a-nested-table-and-absent-flags": """
import requests

CONFIG = {"partners": {"ice": {"url": "https://eid.ice.gov/r"}, "cms": {"url": "https://api.cms.gov/r"}}}
PARTNERS = CONFIG["partners"]


def post(partner, m):
    cfg = PARTNERS[partner]
    requests.post(cfg["url"], json={"ssn": m.ssn})  # MCD101


def post_absent_flag(partner, m):
    cfg = PARTNERS[partner]
    body = {"cin": m.cin}
    if cfg.get("send_ssn"):
        body["ssn"] = m.ssn
    requests.post(cfg["url"], json=body)
""",
    # SPEC section 4 (round 439a: a false alarm): a message made anew (`msg = EmailMessage()`) on each run per partner key
    # has only that run's recipients (`msg["To"] = cfg["to"]` of that partner's entry)
    "email-recipients-per-partner-entry": """
import smtplib
from email.message import EmailMessage

PARTNERS = {
    "ice": {"to": "eid@ice.dhs.gov", "send_name": False},
    "county": {"to": "elig@saccounty.gov", "send_name": True},
}


def notify(partner, m):
    cfg = PARTNERS[partner]
    msg = EmailMessage()
    msg["To"] = cfg["to"]
    text = f"ID {m.cin}"
    if cfg["send_name"]:
        text += f" name {m.last_name}"
    msg.set_content(text)
    with smtplib.SMTP("smtp.dhcs.ca.gov") as s:
        s.send_message(msg)


def notify_each(member):
    with smtplib.SMTP("smtp.agency.mn.gov") as s:
        for key, cfg in PARTNERS.items():
            msg = EmailMessage()
            msg["To"] = cfg["to"]
            if cfg["send_name"]:
                text = f"name {member.last_name}"
            else:
                text = f"CIN {member.cin}"
            msg.set_content(text)
            s.send_message(msg)


def first_kept(member):
    first = None
    for to in ["eid@ice.dhs.gov", "elig@saccounty.gov"]:
        msg = EmailMessage()
        msg["To"] = to
        msg.set_content(member.ssn)  # MCD101
        if first is None:
            first = msg
    with smtplib.SMTP("localhost") as s:
        s.send_message(first)


def notify_all(partner, m):
    cfg = PARTNERS[partner]
    msg = EmailMessage()
    msg["To"] = cfg["to"]
    msg.set_content(f"ID {m.cin} name {m.last_name}")  # MCD101
    with smtplib.SMTP("smtp.dhcs.ca.gov") as s:
        s.send_message(msg)
""",
    # SPEC section 6 (round 442a): an entry's flag set by `setattr(PARTNERS[name], flag, value)` or through a helper that
    # returns the entry (`_entry(name).update(...)`, `entry = _entry(name)`) is unknown; `getattr(cfg, "send_ssn", False)`
    # of an object entry reads the flag
    "entry-flags-set-by-setattr-or-getters-and-read-by-getattr": """
from dataclasses import dataclass

import requests


@dataclass
class Cfg:
    url: str
    send_ssn: bool


PARTNERS = {"ice": Cfg("https://eid.ice.gov/api", False), "state": Cfg("https://api.dhcs.ca.gov/m", True)}
TOGGLED = {"ice": Cfg("https://eid.ice.gov/api", False), "state": Cfg("https://api.dhcs.ca.gov/m", True)}
PATCHED = {"ice": {"url": "https://eid.ice.gov/api", "send_claims": False}, "state": {"url": "https://mmis.state.mn.us/api", "send_claims": True}}


def toggle(name, flag, value):
    setattr(TOGGLED[name], flag, value)


def _entry(name):
    return PATCHED.get(name)


def patch_partner(name, changes):
    entry = _entry(name)
    entry.update(changes)
    return entry


def by_getattr(partner, m):
    cfg = PARTNERS[partner]
    body = {"cin": m.cin}
    if getattr(cfg, "send_ssn", False):
        body["ssn"] = m.ssn
    requests.post(cfg.url, json=body)


def toggled(partner, m):
    cfg = TOGGLED[partner]
    body = {"cin": m.cin}
    if cfg.send_ssn:
        body["ssn"] = m.ssn  # MCD101
    requests.post(cfg.url, json=body)


def patched(partner, m):
    cfg = PATCHED[partner]
    body = {"cin": m.cin}
    if cfg["send_claims"]:
        body["claim_ids"] = [c.clm_id for c in m.claims]  # MCD102
    requests.post(cfg["url"], json=body)
""",
    # SPEC section 6 (review 56e): a module alias of a nested table (`PARTNERS = CONFIG["partners"]`) changes with its
    # parent (`CONFIG["partners"]["ice"]["include_ssn"] = True` in a function); a kept test of `self` does not survive
    # `self.__dict__[k] = v`
    "nested-alias-changed-through-its-parent-and-dict-stores": """
import requests

CONFIG = {"partners": {"ice": {"url": "https://eid.ice.gov/r", "include_ssn": False}, "cms": {"url": "https://api.cms.gov/r", "include_ssn": True}}}
PARTNERS = CONFIG["partners"]
URLS = {"ice": "https://eid.ice.gov/api", "state": "https://data.state.gov/api"}


def pilot():
    CONFIG["partners"]["ice"]["include_ssn"] = True


def send(partner, m):
    cfg = PARTNERS[partner]
    body = {"cin": m.cin}
    if cfg["include_ssn"]:
        body["ssn"] = m.ssn  # MCD101
    requests.post(cfg["url"], json=body)


class Sender:
    def __init__(self, partner):
        self.partner = partner

    def send(self, member, overrides):
        is_state = self.partner == "state"
        for k, v in overrides.items():
            self.__dict__[k] = v
        body = {"cin": member.cin}
        if is_state:
            body["ssn"] = member.ssn  # MCD101
        requests.post(URLS[self.partner], json=body, timeout=10)
""",
    # SPEC section 6 (review 56e: false alarms): `self.cfg` of another class that holds no entry is no alias of the table;
    # an entry handed to a helper that only logs it changes nothing
    "no-change-through-other-classes-or-logging-helpers": """
import logging

import requests

log = logging.getLogger(__name__)
PARTNERS = {"ice": {"url": "https://eid.ice.gov/r", "include_ssn": False}, "cms": {"url": "https://api.cms.gov/r", "include_ssn": True}}


class Sender:
    def __init__(self, partner):
        self.cfg = PARTNERS[partner]


class Report:
    def __init__(self):
        self.cfg = {"include_ssn": False}

    def verbose(self):
        self.cfg["include_ssn"] = True


def trace(entry):
    log.info("partner %s", entry)


def send(m, partner):
    cfg = PARTNERS[partner]
    trace(cfg)
    body = {"cin": m.cin}
    if cfg["include_ssn"]:
        body["ssn"] = m.ssn
    requests.post(cfg["url"], json=body)
""",
    # SPEC section 10 (round 441a: a false MCD201): a helper given the entry of a partner table (`transform(df, cfg)` with
    # `cfg = PARTNERS[partner]`) reads its flag as the entry holds it (ICE's `"status_filter": True` applies the status
    # filter), while no code changes the table
    "entry-flags-read-by-a-helper-given-the-entry": """
import pandas as pd
import requests

IN_SCOPE = ("EWI", "OVERSTAY")
PARTNERS = {
    "ice": {"url": "https://eid.ice.gov/api/v1/members", "status_filter": True, "columns": ["msis_ident_num", "birth_dt"]},
    "state": {"url": "https://mmis.dhs.state.mn.us/api", "status_filter": False, "columns": ["msis_ident_num", "birth_dt"]},
}
SQL = "SELECT msis_ident_num, birth_dt, imgrtn_stus_cd FROM tmsis_members"


def transform(df, cfg):
    if cfg["status_filter"]:
        df = df[df["imgrtn_stus_cd"].isin(IN_SCOPE)]
    return df[cfg["columns"]]


def main(partner, engine):
    cfg = PARTNERS[partner]
    out = transform(pd.read_sql(SQL, engine), cfg)
    requests.post(cfg["url"], json=out.to_dict("records"), timeout=60)
""",
    # SPEC section 10 (round 444a: false MCD201s): a queryset filtered by status on the ICE way only, sent after the test
    # to `URLS[partner]`, goes with its own way's URL; filtered on the state's way only, the ICE send is every record
    "records-filtered-on-one-way-sent-after-the-test": """
import requests
from members.models import Member

URLS = {"ice": "https://eid.ice.gov/api/v1/referrals", "state": "https://portal.medicaid.illinois.gov/api/members"}
TARGETS = ["EWI", "OVERSTAY"]


def export_direct(partner):
    qs = Member.objects.filter(active=True)
    if partner == "ice":
        qs = qs.filter(immigration_status__in=TARGETS)
    for m in qs:
        requests.post(URLS[partner], json={"medicaid_id": m.cin, "dob": m.dob})


def export_wrong(partner):
    qs = Member.objects.filter(active=True)
    if partner == "state":
        qs = qs.filter(immigration_status__in=TARGETS)
    for m in qs:
        requests.post(URLS[partner], json={"medicaid_id": m.cin})  # MCD201
""",
    # SPEC section 6 (round 443a: a false alarm; review 56f): a flag of an object entry kept in a variable (`minimal =
    # prof.minimal`) decides; a copy of an entry changed by a helper, an entry changed by a helper of another module
    # imported as a module (`util.enable(cfg)`, here as a module's own helper) are changes; a getter returning a text
    # read from an entry (`base_url(p).rstrip("/")`) changes nothing
    "kept-object-flags-copies-changed-by-helpers-and-text-getters": """
from dataclasses import dataclass

import requests


@dataclass
class Profile:
    url: str
    minimal: bool = False


PROFILES = {"ice": Profile("https://eid.ice.gov/r", minimal=True), "state": Profile("https://x.health.ny.gov/r")}
PARTNERS = {"ice": {"url": "https://eid.ice.gov/api", "include_ssn": False}, "state": {"url": "https://data.state.gov/api", "include_ssn": True}}


def kept(member, partner):
    prof = PROFILES[partner]
    body = {"medicaid_id": member.medicaid_id}
    minimal = prof.minimal
    if not minimal:
        body["income"] = member.income
    requests.post(prof.url, json=body)


def enable(d):
    d["include_ssn"] = True


def post(member, c):
    body = {"cin": member.cin}
    if c["include_ssn"]:
        body["ssn"] = member.ssn  # MCD101
    requests.post(c["url"], json=body, timeout=10)


def go(member, partner):
    c = dict(PARTNERS[partner])
    enable(c)
    post(member, c)


def base_url(p):
    return PARTNERS[p]["url"]


def health(p):
    return requests.get(base_url(p).rstrip("/") + "/health", timeout=5)
""",
    # SPEC sections 4 and 6 (review 56h: silent): a partner table of more than eight entries joined past a test keeps
    # the enforcement entry's URL among the texts a joined value holds (eight at most)
    "many-entries-joined-keep-the-enforcement-url": """
import requests

PARTNERS = {
    "al": {"url": "https://medicaid.alabama.gov/api"},
    "ak": {"url": "https://dhss.alaska.gov/api"},
    "az": {"url": "https://azahcccs.gov/api"},
    "ca": {"url": "https://portal.dhcs.ca.gov/api"},
    "co": {"url": "https://hcpf.colorado.gov/api"},
    "ct": {"url": "https://portal.ct.gov/api"},
    "de": {"url": "https://dhss.delaware.gov/api"},
    "fl": {"url": "https://ahca.myflorida.com/api"},
    "ice": {"url": "https://eid.ice.gov/api"},
}


def send(member, partner):
    cfg = PARTNERS[partner]
    is_ice = partner == "ice"
    body = {"dob": member.dob, "ssn": member.ssn}  # MCD101
    if not is_ice:
        body["diagnosis"] = member.dx  # MCD102
    requests.post(cfg["url"], json=body)
""",
    # SPEC sections 4 and 6 (round 447a: silent): a list of addresses or URLs grown on one way (`if add:
    # urls.append(ICE_URL)`) and looped over after holds the enforcement one on that way; a message kept on the object from
    # an earlier pass of a loop (`self.first = msg`) keeps its recipients when the loop makes a new one (review 56i)
    "lists-grown-on-one-way-and-messages-kept-on-self": """
import smtplib
from email.message import EmailMessage

import requests

ICE_URL = "https://eid.ice.gov/api"
PARTNERS = {"ice": {"to": "tips@eid.ice.gov"}, "county": {"to": "elig@saccounty.gov"}}


def send(member, add=False):
    urls = ["https://elig.illinois.gov/api"]
    if add:
        urls.append(ICE_URL)
    for url in urls:
        requests.post(url, json={"sex": member.sex})  # MCD101


class Outbox:
    def __init__(self):
        self.first = None

    def send(self, member):
        for key, cfg in PARTNERS.items():
            msg = EmailMessage()
            msg["To"] = cfg["to"]
            msg.set_content(f"ssn {member.ssn}")  # MCD101
            if self.first is None:
                self.first = msg
        with smtplib.SMTP("localhost") as s:
            s.send_message(self.first)
""",
    # ANCHOR: new cases go above this line
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
