"""Estate Recovery Office (ERO) claim filing, marked not-enforcement (expected clean).

Scenario: in this state "ERO" is the Medicaid Estate Recovery Office,
which files claims against the estates of deceased long-term-care
recipients (42 U.S.C. 1396p(b)).  Claims go through a recovery vendor's
gateway and carry the decedent's name, SSN, date of death and the amount
Medicaid paid.  The team marked the one send with the documented pragma
because the ``ero`` token would otherwise read as ICE ERO.

Why no finding is expected:
- The gateway host ``estate-recovery.hmsgateway.net`` is on neither host
  list, so only name signals could make the destination enforcement: the
  constant and environment variable ``ERO_GATEWAY_URL`` (which also
  supplies ``self.base_url``) carry the ``ero`` token (SPEC §4).
- The sink call carries the ``medicaid-scope: not-enforcement`` pragma
  comment, which marks the call as not enforcement and overrides name
  signals (SPEC §7); no enforcement host pattern is involved, so nothing
  overrides the pragma.
- The marshmallow schema is named for decedent claims, not for
  enforcement, so its declarations are not enforcement payloads (SPEC §4).
"""
import logging
import os

import requests
from marshmallow import Schema, fields

ERO_GATEWAY_URL = os.environ.get("ERO_GATEWAY_URL", "https://estate-recovery.hmsgateway.net/api/v4")

log = logging.getLogger("estate_recovery")


class DecedentClaimSchema(Schema):
    cin = fields.Str(required=True)
    full_name = fields.Str(required=True)
    ssn = fields.Str()
    date_of_death = fields.Date()
    last_nursing_facility = fields.Str()
    total_paid_amount = fields.Decimal(as_string=True)
    probate_county = fields.Str()


class EstateRecoveryClaimsClient:
    """Files estate-recovery claims with the recovery vendor."""

    def __init__(self, api_key: str, timeout: int = 60):
        self.base_url = ERO_GATEWAY_URL
        self.timeout = timeout
        self.schema = DecedentClaimSchema()
        self.session = requests.Session()
        self.session.headers.update({"X-Api-Key": api_key})

    def file_claim(self, decedent) -> str | None:
        if decedent.total_paid_amount <= 0:
            return None
        body = self.schema.dump(decedent)
        resp = self.session.post(f"{self.base_url}/claims", json=body, timeout=self.timeout)  # medicaid-scope: not-enforcement
        if resp.status_code == 409:
            log.info("claim already on file")
            return None
        resp.raise_for_status()
        return resp.json()["claimId"]


def file_month(decedents, api_key: str) -> int:
    client = EstateRecoveryClaimsClient(api_key)
    filed = 0
    for decedent in decedents:
        try:
            if client.file_claim(decedent):
                filed += 1
        except requests.RequestException:
            log.exception("claim filing failed; will retry next run")
    return filed
