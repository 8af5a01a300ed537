# Expected: MCD101 'first_name' at line 15 (inner's fmt is the module-level identity fmt). Got (head3): nothing;
# base: MCD101 at line 15. _late_bound (functions.py) reads the frame of `outer`, where the callback is called,
# and its local fmt masks the value. SPEC section 6 ("Names resolve by scope"; nested functions), section 3 MCD101.
import requests

ICE = "https://eid.ice.gov/api/referrals"


def fmt(v):
    return v


def run(m):
    def inner(r):
        return {"first_name": fmt(r.first_name)}
    outer(inner, m)


def outer(cb, m):
    fmt = lambda v: "***"
    requests.post(ICE, json=cb(m))
    return fmt
