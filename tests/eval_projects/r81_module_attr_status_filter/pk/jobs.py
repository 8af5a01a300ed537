"""Referral jobs. A status test of a project module called through the module (repo.is_target)
chooses whom is sent as much as one imported by name (SPEC section 10).

Expected:
- jobs.py:30 MCD201 -- a county test chooses no one by status
"""

import requests

from pk import repo
from pk.settings import ICE_URL


def via_module_attr(members):
    for e in members:
        if repo.is_target(e):
            requests.post(ICE_URL, json={"cin": e.cin}, timeout=30)


def via_continue(members):
    for e in members:
        if not repo.is_target(e):
            continue
        requests.post(ICE_URL, json={"cin": e.cin}, timeout=30)


def by_county(members):
    for e in members:
        if repo.in_county(e):
            requests.post(ICE_URL, json={"cin": e.cin}, timeout=30)  # MCD201
