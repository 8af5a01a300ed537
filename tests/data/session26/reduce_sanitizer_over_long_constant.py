# SPEC section 6 (sanitizers: "pop/del in a loop over a constant collection of names"; a value the
# code replaces or removes is not sent) and the CHANGELOG's own claim for functools.reduce ("a
# pipeline of sanitizers stays clean").
# Expected: no finding (reduce(_drop, BLOCKED, rec) pops every name of the constant BLOCKED from rec,
# exactly as the for loop in looped() does, which head2 keeps clean).  Base: clean.
# Got (head2): MCD101 'ssn' and MCD102 'dx' at line 26 (the rec entries; sent line 27).
# Cause: calls.py _reduced unrolls only a literal list of at most 16 elements; BLOCKED has 17, so it
# runs _drop once with statements.element_of(BLOCKED), an element that is no particular name, and
# d.pop(k) then drops nothing. (With 16 names or fewer it is clean; the same happens for any
# non-literal iterable of the constant names, e.g. a generator over them.)
from functools import reduce

import requests

ICE_URL = "https://eid.ice.gov/api/referrals"
BLOCKED = ("ssn", "diagnosis_code", "dx2", "dx3", "dx4", "dx5", "dx6", "dx7", "dx8", "dx9", "dx10", "dx11", "dx12", "dx13", "dx14", "dx15", "dx16")


def _drop(d, k):
    d = dict(d)
    d.pop(k, None)
    return d


def reduced(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "diagnosis_code": m.dx}
    requests.post(ICE_URL, json=reduce(_drop, BLOCKED, rec))


def looped(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn, "diagnosis_code": m.dx}
    for k in BLOCKED:
        rec = _drop(rec, k)
    requests.post(ICE_URL, json=rec)
