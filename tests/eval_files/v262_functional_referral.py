"""Functional-style ICE EID referral: small pure helpers compose one payload per member.
Helpers return fragments that are merged with `|`; functools.partial binds requests.post.
MCD101 'surname' entry: a name (SPEC 3: the dict entry, also inside a helper's returned dict).
MCD101 'ref' entry: str.join keeps the names of its parts, and ssn[-4:] is still an SSN (SPEC 6).
MCD102 f-string URL: primary_dx enters the query string (SPEC 3: reported at the f-string line).
cin/birth_date/phone_number are permitted; request_id is harmless; refer_many's comprehension is
guarded by is_unlawfully_present (a word starting 'unlawful', testing immigration_status): no MCD201.
"""
import functools
import uuid

import requests

ICE_EID = "https://eid.ice.gov/api/v2"
REMOVABLE_CODES = frozenset({"U", "R"})

post = functools.partial(requests.post, timeout=10)


def identity(m):
    return {"medicaid_id": m.cin, "dob": m.birth_date}


def contact(m):
    return {
        "phone": m.phone_number,
        "surname": m.last_name,  # MCD101
    }


def tag(m):
    return {"ref": "-".join((m.cin, m.ssn[-4:]))}  # MCD101


def compose(*parts):
    out = {}
    for part in parts:
        out = out | part
    return out


def lookup_url(m):
    return f"{ICE_EID}/subjects?cin={m.cin}&dx={m.primary_dx}"  # MCD102


def is_unlawfully_present(m):
    return m.immigration_status in REMOVABLE_CODES


def stamp(payload):
    return {**payload, "request_id": str(uuid.uuid4())}


def refer(m):
    payload = stamp(compose(identity(m), contact(m), tag(m)))
    resp = post(lookup_url(m), json=payload)
    resp.raise_for_status()
    return resp.status_code


def refer_many(members):
    return [refer(m) for m in members if is_unlawfully_present(m)]


def summarize(codes):
    ok = sum(1 for c in codes if 200 <= c < 300)
    return {"sent": len(codes), "ok": ok}
