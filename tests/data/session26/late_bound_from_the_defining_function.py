# Expected: MCD101 'first_name' at line 15 (the lambda's fmt is the module-level identity fmt; Python resolves it
# by the lambda's own scope, never the caller's). Got (head3): nothing; base: MCD101 at line 15.
# functions.py _late_bound takes function values from the CALLER's frame (send's local fmt = lambda: "***"),
# not from the function that made the lambda. SPEC section 6 ("Names resolve by scope"; closures), section 3 MCD101.
import requests

ICE = "https://eid.ice.gov/api/referrals"


def fmt(v):
    return v


def make(prefix):
    return lambda r: {"first_name": fmt(r.first_name), "p": prefix}


def send(m):
    fmt = lambda v: "***"
    pick = make("x")
    requests.post(ICE, json=pick(m))
    return fmt
