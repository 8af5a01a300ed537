"""The data flow shapes of the twenty-ninth session: what its SPEC-only probers found (rounds 187
and after) and the limits of the last release it answers.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). A case whose first line is an
``# OPTIONS:`` header runs with those options (``annotations.options_of``).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session20 import _source

CASES: dict[str, str] = {
    # SPEC section 6 (sanitizers: explicit selection of permitted keys): an allow-list test kept in a
    # one-expression function, a lambda bound to a name or a method is that allow-list test, in a
    # comprehension, a loop and a filter()
    "allow-list-predicate-named": '''
ALLOWED = {"medicaid_id", "dob"}
def is_permitted(key):
    """The six categories only."""
    return key in ALLOWED
def refer_comprehension(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "dob": m.dob}
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if is_permitted(k)})
def refer_lambda(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "dob": m.dob}
    keep = lambda k: k in ALLOWED
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if keep(k)})
def refer_filter(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "dob": m.dob}
    requests.post(ICE_URL, json={k: rec[k] for k in filter(is_permitted, rec)})
def refer_pairs(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "dob": m.dob}
    requests.post(ICE_URL, json=dict(filter(lambda kv: is_permitted(kv[0]), rec.items())))
def refer_whole(m):
    rec = vars(m)
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if is_permitted(k)})
def refer_loop(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "dob": m.dob}
    out = {}
    for k, v in rec.items():
        if not is_permitted(k):
            continue
        out[k] = v
    requests.post(ICE_URL, json=out)
def refer_delete(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "dob": m.dob}
    for k in list(rec):
        if not is_permitted(k):
            del rec[k]
    requests.post(ICE_URL, json=rec)
class Referrer:
    def _allowed(self, key):
        return key in ALLOWED
    def refer(self, m):
        rec = {"medicaid_id": m.cin, "ssn": m.ssn, "dob": m.dob}
        requests.post(ICE_URL, json={k: v for k, v in rec.items() if self._allowed(k)})
''',
    # SPEC section 6: a predicate that is no allow-list (a deny-list, a test that passes every key,
    # one side of an `or` that is not a membership) removes only what it surely removes
    "allow-list-predicate-that-lets-more-through": '''
ALLOWED = {"medicaid_id", "dob"}
BLOCKED = {"ssn"}
def is_exportable(key):
    return key not in BLOCKED
def anything(key):
    return True
def loose(key):
    return key in ALLOWED or key.startswith("x")
def refer_deny(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "diagnosis": m.dx}  # MCD102
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if is_exportable(k)})
def refer_any(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "dob": m.dob}  # MCD101
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if anything(k)})
def refer_loose(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "dob": m.dob}  # MCD101
    requests.post(ICE_URL, json={k: v for k, v in rec.items() if loose(k)})
def refer_deny_filter(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "diagnosis": m.dx}
    requests.post(ICE_URL, json={k: rec[k] for k in filter(is_exportable, rec)})  # MCD102
def refer_deny_lambda(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "dob": m.dob}
    requests.post(ICE_URL, json={k: rec[k] for k in filter(lambda k: k not in BLOCKED, rec)})
''',
    # # SPEC sections 3, 5 and 10: a dict literal annotated with a TypedDict named for enforcement is
    # # that model (its fields reported at their declarations), yet a value naming another category
    # than     # its key is still placed at its entry, and records built from bulk rows are still a
    # bulk send
    "typed-dict-annotation": '''
from typing import TypedDict
class IceReferral(TypedDict):
    medicaid_id: str
    dob: str
    ssn: str  # MCD101
def refer_each(cur):
    cur.execute("SELECT cin, dob FROM members")
    for rec in cur.fetchall():
        ref: IceReferral = {"medicaid_id": rec["cin"], "dob": rec["dob"], "ssn": rec["ssn"]}
        requests.post(ICE_URL, json=ref)  # MCD201
def refer_one(m):
    ref: IceReferral = {"medicaid_id": m.ssn, "dob": m.birth_date, "ssn": m.ssn}  # MCD101
    requests.post(ICE_URL, json=ref)
def refer_chosen(cur):
    cur.execute("SELECT cin, dob FROM members WHERE imgrtn_stus_cd = 'U'")
    for rec in cur.fetchall():
        ref: IceReferral = {"medicaid_id": rec["cin"], "dob": rec["dob"], "ssn": "REDACTED"}
        requests.post(ICE_URL, json=ref)
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
