"""A generic transport: posts what a shaping function of another module builds to the URL it is given.

Expected:
- transport.py:24 MCD101 ssn -- refer_now() knows the destination itself: reported here, at the call
  that hands the third module's body to the send, and not again by its callers
"""

import requests

from .shaping import basic, identity, subject, whole

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def post_member(url, member):
    return requests.post(url, json=identity(member), timeout=30)


def post_whole(url, member):
    return requests.post(url, json=whole(member), timeout=30)


def refer_now(member):
    return requests.post(ICE_URL, json=identity(member), timeout=30)  # MCD101


def post_basic(url, member):
    return requests.post(url, json=basic(member), timeout=30)


class Transport:
    """The same transport as an object (review of round 93: a method called on it is settled as a function is)."""

    def post_member(self, url, member):
        return requests.post(url, json=subject(member), timeout=30)
