"""EID referral client built on a shared session base class (violating).

Scenario: a vendor's ICE EID client library.  A base class owns the
session and the base URL; two subclasses build referrals and address
updates through several helper methods.  Alternate contacts are split
off to the state's case-management system, but a few prohibited values
still slip into what goes to ICE.

Destination: ``_EidSession.__init__`` sets ``self.base_url`` from
``ICE_EID_BASE`` (``eid.ice.gov``, SPEC §4); the inherited ``_post`` and
``_get`` pass ``**kwargs`` on to the session (SPEC §6).  Each call is
about one member handed in by the caller: no MCD201 (SPEC §10).

Expected findings (SPEC §3: at the line where the value is placed):
- ``_identity``: ``match_key`` is a SHA-256 over the CIN and the SSN;
  hashing keeps the SSN's name (SPEC §6) and a value with any prohibited
  name is prohibited (SPEC §5) -> MCD101.
- ``_annotate``: ``setdefault("flags", {})["pregnant"] = m.is_pregnant``
  places a pregnancy flag (health) -> MCD102.
- ``_annotate``: ``loc`` aliases the ``location`` sub-container (SPEC §6);
  ``loc["employer_address"] = m.employer.address`` is the employer's
  address (qualifier along the attribute chain, SPEC §5/§6; employer ->
  contact_person, reference README) -> MCD101.
- ``lookup``: ``%`` with a tuple builds the path from ``quote(m.last_name)``
  (``quote`` keeps the name, SPEC §6); a field that enters a URL is
  reported where it entered (SPEC §6) -> MCD101 on that line.
- ``send_update``: ``care_of`` is the authorized representative's mailing
  address (qualifier along the chain) -> MCD101.
Not findings: the ``alternates`` half of the tuple (spouse phone,
guardian name) goes only to ``cm.dhcs.ca.gov`` (state host); Medicaid ID,
date of birth, phone, home/mailing/previous address and ZIP are
permitted; ``reason`` is a constant.
"""
import hashlib
import logging
from urllib.parse import quote

import requests

ICE_EID_BASE = "https://eid.ice.gov/api/v2"
STATE_CM_URL = "https://cm.dhcs.ca.gov/api/alternate-contacts"
REFERRAL_REASON = "IEA-2025-BASIC"

log = logging.getLogger("eid.client")


class _EidSession:
    def __init__(self):
        self.base_url = ICE_EID_BASE
        self.session = requests.Session()
        self.session.cert = ("/etc/eid/client.pem", "/etc/eid/client.key")

    def _post(self, path: str, **kwargs):
        resp = self.session.post(self.base_url + path, timeout=30, **kwargs)
        resp.raise_for_status()
        return resp

    def _get(self, path: str, **kwargs):
        resp = self.session.get(self.base_url + path, timeout=30, **kwargs)
        resp.raise_for_status()
        return resp


class ReferralClient(_EidSession):
    def _identity(self, m) -> dict:
        return {
            "medicaid_id": m.cin,
            "date_of_birth": m.birth_date.isoformat(),
            "match_key": hashlib.sha256(f"{m.cin}:{m.ssn}".encode()).hexdigest(),  # MCD101
        }

    def _contacts(self, m):
        primary = {"phone": m.phone_number, "home_address": m.home_address}
        alternates = {
            "cin": m.cin,
            "spouse_phone": m.spouse.phone,
            "guardian_name": m.guardian.full_name,
        }
        return primary, alternates

    def _annotate(self, payload: dict, m) -> None:
        payload.setdefault("flags", {})["pregnant"] = m.is_pregnant  # MCD102
        loc = payload.setdefault("location", {})
        loc["zip_code"] = m.zip_code
        loc["employer_address"] = m.employer.address  # MCD101

    def refer(self, m) -> str:
        ident = self._identity(m)
        primary, alternates = self._contacts(m)
        payload = {**ident, **primary, "reason": REFERRAL_REASON}
        self._annotate(payload, m)
        requests.post(STATE_CM_URL, json=alternates, timeout=30).raise_for_status()
        return self._post("/referrals", json=payload).json()["referralId"]

    def lookup(self, m) -> list:
        path = "/subjects?last_name=%s&dob=%s" % (quote(m.last_name), m.birth_date.isoformat())  # MCD101
        return self._get(path).json()["matches"]


class AddressUpdateClient(_EidSession):
    def _address(self, m) -> dict:
        return {
            "mailing_address": m.mailing_address,
            "previous_address": m.previous_address,
            "care_of": m.authorized_representative.mailing_address,  # MCD101
        }

    def send_update(self, m) -> None:
        body = {"medicaid_id": m.cin}
        body.update(self._address(m))
        self._post(f"/subjects/{m.cin}/addresses", json=body)
