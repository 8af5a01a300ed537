"""Transmission client for the EID referral intake API.

The eligibility-integrity unit reviews individual Medi-Cal cases and, after a
supervisor signs off, hands one referral at a time to the intake service run
for ICE ERO.  This module owns the wire format and the retry policy.
"""
from __future__ import annotations

import logging
import time
import uuid

import requests

log = logging.getLogger(__name__)

EID_BASE_URL = "https://eid.ice.gov/api/v2"
REFERRAL_PATH = "/referrals"
SCHEMA_VERSION = "2.3"
MAX_ATTEMPTS = 3
BACKOFF_SECONDS = 1.5
RETRYABLE_STATUS = frozenset({429, 502, 503, 504})


class ReferralTransmitError(RuntimeError):
    """Raised when the intake API rejects or never acknowledges a referral."""


def _build_referral_body(member, review):
    # Field order follows the intake team's JSON schema v2.3.
    return {
        "schema_version": SCHEMA_VERSION,
        "correlation_id": str(uuid.uuid4()),
        "medicaid_id": member.recip_meds_id,  # MCD101
        "date_of_birth": member.birth_date.isoformat(),
        "immigration_status": member.imgrtn_stus_cd,
        "home_address": {
            "street": member.street_address,
            "city": member.city,
            "zip": member.zip_code,
        },
        "full_name": member.full_name,  # MCD101
        "primary_diagnosis": review.primary_dx,  # MCD102
    }


class EidReferralClient:
    """Thin wrapper around a pooled requests session."""

    def __init__(self, timeout: float = 30.0):
        self.base_url = EID_BASE_URL
        self.timeout = timeout
        self.session = requests.Session()
        self.session.verify = "/etc/pki/tls/certs/gov-ca-bundle.pem"

    def close(self) -> None:
        self.session.close()

    def submit(self, member, review) -> str:
        body = _build_referral_body(member, review)
        url = self.base_url + REFERRAL_PATH
        last_error: Exception | None = None

        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                resp = self.session.post(url, json=body, timeout=self.timeout)
            except requests.ConnectionError as exc:
                last_error = exc
                log.warning("EID intake unreachable (attempt %d/%d)", attempt, MAX_ATTEMPTS)
                time.sleep(BACKOFF_SECONDS * attempt)
                continue

            if resp.status_code in RETRYABLE_STATUS:
                last_error = ReferralTransmitError(f"HTTP {resp.status_code}")
                time.sleep(BACKOFF_SECONDS * attempt)
                continue
            if resp.status_code >= 400:
                raise ReferralTransmitError(f"intake rejected referral: {resp.status_code} {resp.text[:200]}")

            ack = resp.json().get("referral_number", "")
            log.info("referral %s acknowledged as %s", body["correlation_id"], ack)
            return ack

        raise ReferralTransmitError("no acknowledgement after retries") from last_error


def submit_reviewed_case(member, review, client: EidReferralClient | None = None) -> str:
    owns_client = client is None
    client = client or EidReferralClient()
    try:
        return client.submit(member, review)
    finally:
        if owns_client:
            client.close()
