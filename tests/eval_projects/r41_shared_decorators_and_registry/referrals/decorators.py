"""Decorators shared by the outbound interfaces."""
import functools

import requests

ALLOWED = ("medicaid_id", "date_of_birth", "phone", "address", "immigration_status", "citizenship")
ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def sanitize(fn):
    """Keep only the six permitted categories before the wrapped send."""
    @functools.wraps(fn)
    def wrapper(payload):
        clean = {k: v for k, v in payload.items() if k in ALLOWED}
        return fn(clean)
    return wrapper


def report_to_ice(fn):
    """Post what the wrapped builder returns to the ICE referral endpoint."""
    @functools.wraps(fn)
    def wrapper(m):
        body = fn(m)
        requests.post(ICE_URL, json=body, timeout=30)
        return body
    return wrapper


def audited(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


def retry(times=3):
    """Try the wrapped send again on a connection error."""
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for _ in range(times - 1):
                try:
                    return fn(*args, **kwargs)
                except ConnectionError:
                    continue
            return fn(*args, **kwargs)
        return wrapper
    return deco
