"""Single-enrollee referral client for the ICE EID intake API (expected clean).

Scenario: after 2026-01-06 the state's MMIS vendor answers individual ICE
requests about one named enrollee.  The client keeps its settings in
``__init__`` (base URL from a module constant, mutual-TLS certificate,
timeout), looks the enrollee up by CIN, and posts a referral to
eid.ice.gov, an enforcement host (SPEC §4, default pattern ``*.ice.gov``).

Why no finding is expected:
- Every value placed in the payload carries only permitted names on both
  sides, key and source (SPEC §5): Medicaid ID (``cin``), date of birth,
  citizenship status, immigration status, the enrollee's own home phone and
  the enrollee's home address parts (address_line1/2, city, county_code,
  zip_code).  None is qualified by another person (no provider, guardian,
  employer ...).
- ``request_id`` is a request id on the default harmless list, and
  ``SCHEMA_VERSION`` / ``AGENCY_CODE`` are names bound only to literals;
  constants are never findings (SPEC §5).
- The CIN interpolated into the URL is a Medicaid ID, which is permitted;
  only prohibited or unknown fields in a URL are reported (SPEC §3, §4).
- One enrollee chosen by the caller (a lookup by CIN) is not a bulk send,
  so MCD201 does not apply (SPEC §10 "Not bulk").
- ``cert=``/``timeout=`` are connection settings, not data (SPEC §4); the
  log call is not a sink.
"""
import logging
import uuid

import requests

from mmis.repository import EnrolleeRepository

ICE_EID_BASE = "https://eid.ice.gov/api/v1"
CLIENT_CERT = ("/etc/pki/mmis/eid-client.crt", "/etc/pki/mmis/eid-client.key")
SCHEMA_VERSION = "2026.1"
AGENCY_CODE = "CA-DHCS"

log = logging.getLogger(__name__)


class ReferralRejected(Exception):
    """The intake API refused the referral."""


class EidReferralClient:
    """Posts one enrollee's basic information to the EID intake API."""

    def __init__(self, repo: EnrolleeRepository, timeout: float = 20.0):
        self.base_url = ICE_EID_BASE
        self.repo = repo
        self.timeout = timeout
        self.session = requests.Session()
        self.session.cert = CLIENT_CERT

    def _subject(self, enrollee):
        return {
            "medicaid_id": enrollee.cin,
            "date_of_birth": enrollee.date_of_birth.isoformat(),
            "citizenship_status": enrollee.citizenship_status,
            "immigration_status": enrollee.immigration_status,
            "phone_number": enrollee.home_phone,
            "home_address": {
                "address_line1": enrollee.address_line1,
                "address_line2": enrollee.address_line2 or "",
                "city": enrollee.city,
                "county_code": enrollee.county_code,
                "zip_code": enrollee.zip_code,
            },
        }

    def refer(self, cin: str, request_id: str | None = None):
        enrollee = self.repo.find_by_cin(cin)
        if enrollee is None:
            log.info("no enrollee on file for the requested CIN; nothing sent")
            return None

        payload = {
            "request_id": request_id or str(uuid.uuid4()),
            "schema_version": SCHEMA_VERSION,
            "agency_code": AGENCY_CODE,
            "subject": self._subject(enrollee),
        }
        url = f"{self.base_url}/subjects/{enrollee.cin}/referrals"
        try:
            resp = self.session.post(url, json=payload, timeout=self.timeout)
            resp.raise_for_status()
        except requests.HTTPError as exc:
            raise ReferralRejected(str(exc)) from exc
        return resp.json().get("status")
