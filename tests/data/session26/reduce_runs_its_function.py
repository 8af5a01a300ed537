# Expected: no finding (the reduce's step functions keep only permitted keys: SPEC section 6, sanitizers
# `{k: rec[k] for k in ALLOWED}` and "lambdas ... are followed"). Got (head): MCD101 'ssn' at line 18
# (base: clean). Cause: python.json "functools.reduce": {"does": "pass", "arg": "all"} passes the initial
# record through and ignores the function. Seen in the prober file /tmp/probes/r136c/proj3/etlkit/steps_pipeline.py:52.
import functools

import requests

ICE_URL = "https://eid.ice.gov/api/referrals"
ALLOWED = ("cin", "dob")


def allow_only(rec):
    return {k: rec[k] for k in ALLOWED if k in rec}


def refer(m):
    body = functools.reduce(lambda acc, step: step(acc), [allow_only], {"cin": m.cin, "ssn": m.ssn})
    requests.post(ICE_URL, json=body)
