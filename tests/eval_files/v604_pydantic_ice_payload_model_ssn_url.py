"""ICE EID subject referral client with a pydantic v2 payload model named
for enforcement and an SSN-keyed URL.

Scenario: a vendor's referral client defines ``IceReferralPayload``; over
time it gained the full name, the last four SSN digits and the diagnosis
list (the latter with a default).  The subject endpoint is addressed by the
member's SSN.  The base URL comes from ``ICE_EID_BASE_URL`` with the EID
host as default, set in ``__init__``.

Expected findings (4):
- MCD101 at the ``full_name`` declaration (SPEC section 3: a field of a
  model named for enforcement is reported at its declaration; name).
- MCD101 at the ``ssn_last4`` declaration (ssn; a slice is still an SSN).
- MCD102 at the ``diagnosis_codes`` declaration, whatever its default
  (diagnosis).
- MCD101 at the f-string that interpolates ``member.ssn`` into the URL
  (SPEC sections 3 and 6: a field that enters a URL is reported where it
  entered).
The constructor keywords of IceReferralPayload are not reported again
(SPEC section 3).  No MCD201: one member passed in by the caller.
"""
from __future__ import annotations

import logging
import os
import time
from datetime import date
from typing import Optional

import requests
from pydantic import BaseModel, ConfigDict, Field

log = logging.getLogger("eid.subject_referral")

DEFAULT_EID_BASE = "https://eid.ice.gov/api/v3"
RETRY_STATUSES = {502, 503, 504}


class IceReferralPayload(BaseModel):
    model_config = ConfigDict(frozen=True)

    medicaid_id: str
    date_of_birth: date
    immigration_status: str
    phone_number: Optional[str] = None
    full_name: str  # MCD101
    ssn_last4: Optional[str] = None  # MCD101
    diagnosis_codes: list[str] = Field(default_factory=list)  # MCD102


class EidClientError(RuntimeError):
    pass


class EidSubjectClient:
    def __init__(self, timeout: float = 30.0, attempts: int = 3) -> None:
        self.base_url = os.environ.get("ICE_EID_BASE_URL", DEFAULT_EID_BASE).rstrip("/")
        self.timeout = timeout
        self.attempts = attempts
        self.session = requests.Session()
        self.session.cert = ("/etc/eid/client.crt", "/etc/eid/client.key")

    def _put(self, url: str, payload: IceReferralPayload) -> dict:
        for attempt in range(1, self.attempts + 1):
            resp = self.session.put(url, json=payload.model_dump(mode="json"), timeout=self.timeout)
            if resp.status_code not in RETRY_STATUSES:
                break
            log.warning("EID busy (%s), attempt %d", resp.status_code, attempt)
            time.sleep(2 ** attempt)
        if resp.status_code >= 400:
            raise EidClientError(f"EID returned {resp.status_code}: {resp.text[:200]}")
        return resp.json()

    def refer(self, member) -> str:
        payload = IceReferralPayload(
            medicaid_id=member.medicaid_id,
            date_of_birth=member.date_of_birth,
            immigration_status=member.immigration_status,
            phone_number=member.phone_number,
            full_name=f"{member.first_name} {member.last_name}",
            ssn_last4=member.ssn[-4:] if member.ssn else None,
            diagnosis_codes=[dx.code for dx in member.active_diagnoses],
        )
        url = f"{self.base_url}/subjects/{member.ssn}/referrals"  # MCD101
        result = self._put(url, payload)
        log.info("referred %s, EID case %s", member.medicaid_id, result.get("caseId"))
        return result["caseId"]


def refer_one(member) -> Optional[str]:
    client = EidSubjectClient()
    try:
        return client.refer(member)
    except EidClientError:
        log.exception("referral failed for %s", member.medicaid_id)
        return None
