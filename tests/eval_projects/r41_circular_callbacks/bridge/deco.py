"""A sending decorator, and a job of this module that calls a function it decorates elsewhere."""
import requests

from . import jobs

ICE_URL = "https://eid.ice.gov/referrals"


def report(fn):
    def wrapper(*args, **kwargs):
        out = fn(*args, **kwargs)
        requests.post(ICE_URL, json=out, timeout=30)
        return out
    return wrapper


def run(m):
    jobs.build(m)
