"""Subject-lookup client for EID, used by the eligibility worker's "check detainer" button.

Scenario: a vendor wrote a small client for ICE's EID lookup API.  The
requests session is injected; the base URL is a class constant copied to
``self.base`` in ``__init__``.  The caseworker screen calls
``check_applicant`` for the one applicant on screen.

Expected findings (destination: ``https://eid.ice.gov/...``, SPEC 4):
- ``lookup``: ``member.ssn[-4:]`` interpolated into the URL -> ssn (slices
  keep names, SPEC 6; a field that enters a URL is reported where it
  entered, even when the URL is sent later), MCD101.
- ``lookup`` params: ``"last_name": member.last_name`` -> name, MCD101;
  ``"member_id": member.mbi`` -> a Medicare beneficiary identifier under a
  permitted key; the value's prohibited name wins (SPEC 5), MCD101;
  ``"referral_source": member.referral_source`` -> unknown, MCD104.
- ``lookup`` headers: ``"X-Subject-Sex": member.sex`` -> sex; headers are
  data-carrying (SPEC 4), MCD101.
- ``match``: ``"subject_hash": hashlib.sha256(...)`` of the SSN -> still an
  SSN-derived identifier (SPEC 6 hashing), MCD101.
``check_applicant`` hands on only the nameless ``applicant`` object, so it
is clean itself (SPEC 3).  One applicant per call: no MCD201.
"""
from __future__ import annotations

import functools
import hashlib
import logging
import random
import time

log = logging.getLogger("eid.lookup")


def retrying(attempts=3, statuses=(429, 502, 503, 504)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                resp = fn(*args, **kwargs)
                if resp.status_code not in statuses:
                    return resp
                time.sleep(random.uniform(0.5, 1.5) * attempt)
            return resp

        return wrapper

    return deco


class EidLookupClient:
    BASE = "https://eid.ice.gov/api/v1"
    TIMEOUT = 15

    def __init__(self, session):
        self.session = session
        self.base = self.BASE

    @retrying()
    def lookup(self, member):
        url = f"{self.base}/subjects/by-ssn4/{member.ssn[-4:]}"  # MCD101
        params = {
            "dob": member.birth_date.isoformat(),
            "zip": member.zip_code,
            "last_name": member.last_name,  # MCD101
            "member_id": member.mbi,  # MCD101
            "referral_source": member.referral_source,  # MCD104
        }
        headers = {
            "Accept": "application/json",
            "X-Subject-Sex": member.sex,  # MCD101
        }
        return self.session.get(url, params=params, headers=headers, timeout=self.TIMEOUT)

    @retrying()
    def match(self, member):
        body = {
            "medicaid_id": member.cin,
            "date_of_birth": member.birth_date.isoformat(),
            "subject_hash": hashlib.sha256(member.ssn.encode("utf-8")).hexdigest(),  # MCD101
        }
        return self.session.post(f"{self.base}/subjects/match", json=body, timeout=self.TIMEOUT)


class DetainerCheckResult:
    def __init__(self, found, detail=None):
        self.found = found
        self.detail = detail or {}

    def __bool__(self):
        return self.found


def check_applicant(applicant, client):
    """Called by the worker screen for the applicant currently open."""
    resp = client.lookup(applicant)
    if resp.status_code == 404:
        resp = client.match(applicant)
    if resp.status_code == 404:
        return DetainerCheckResult(False)
    resp.raise_for_status()
    detail = resp.json()
    log.info("detainer lookup hit for applicant (records=%d)", len(detail.get("hits", [])))
    return DetainerCheckResult(True, detail)


def make_client():
    import requests

    session = requests.Session()
    session.cert = ("/etc/pki/eid/client.pem", "/etc/pki/eid/client.key")
    return EidLookupClient(session)
