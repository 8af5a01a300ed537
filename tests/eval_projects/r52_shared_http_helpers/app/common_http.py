"""Shared HTTP helpers: the caller chooses the partner, the helper builds the body."""
import functools
import json
import urllib.request

import requests


def post_member(url, m):
    return requests.post(url, json={"medicaid_id": m.cin, "email": m.email_address}, timeout=30)


def build_request(url, m):
    data = json.dumps({"medicaid_id": m.cin, "gender": m.gender}).encode()
    return urllib.request.Request(url, data=data, method="POST")


def post_permitted(url, m):
    return requests.post(url, json={"medicaid_id": m.cin, "date_of_birth": m.dob}, timeout=30)


def audit(fn):
    @functools.wraps(fn)
    def wrapper(url, m):
        return fn(url, m)
    return wrapper


@audit
def post_audited(url, m):
    return requests.post(url, json={"medicaid_id": m.cin, "ssn": m.ssn}, timeout=30)
