"""Reuse of the agency's member snapshot for a single ICE EID referral, with
redaction before the send (httpx, dataclasses).

Scenario: the member-360 service already produces a ``MemberSnapshot``
dataclass (name, SSN, diagnoses, language and the permitted fields).  The
ICE referral path converts it with ``dataclasses.asdict``, removes the
prohibited keys in a loop over a constant tuple, deletes the diagnosis
list, masks the legacy MEDS id with a constant and posts the rest
for one member chosen by id.

Expected findings: none.
- SPEC section 6: ``MemberSnapshot`` is declared in this module, so
  ``asdict`` carries its declared fields (no MCD103); the prohibited ones
  are removed by ``pop`` in a loop over the constant REDACTED_FOR_ICE,
  by ``del``, or replaced by a constant ("a value the code replaces with
  a constant"), which are sanitizers.
- SPEC section 5: what is left (medicaid_id, date_of_birth,
  immigration_status, home_address, phone_number) is permitted; the
  envelope holds request_id (harmless) and constants.
- SPEC section 3: ``MemberSnapshot`` is not named for enforcement, so its
  declarations are not placements.
- SPEC section 10: one member looked up by id: not bulk.
"""
from __future__ import annotations

import dataclasses
import logging
import os
import uuid
from dataclasses import dataclass, field
from datetime import date

import httpx

log = logging.getLogger("member360.eid")

ICE_EID_URL = os.environ.get("ICE_EID_URL", "https://eid.ice.gov/api/v2/referrals")
MEMBER360_URL = "https://member360.hca.wa.gov/api/members/{medicaid_id}/snapshot"
AGENCY_CODE = "WA-HCA"

REDACTED_FOR_ICE = ("full_name", "ssn", "preferred_language", "monthly_income")


@dataclass
class MemberSnapshot:
    medicaid_id: str
    date_of_birth: date
    immigration_status: str
    home_address: str
    phone_number: str
    full_name: str
    ssn: str
    preferred_language: str | None = None
    monthly_income: float | None = None
    legacy_meds_id: str | None = None
    diagnosis_codes: list[str] = field(default_factory=list)


class EidReferralError(RuntimeError):
    pass


def _redact_for_ice(payload: dict) -> dict:
    for key in REDACTED_FOR_ICE:
        payload.pop(key, None)
    del payload["diagnosis_codes"]
    payload["legacy_meds_id"] = "WITHHELD"
    payload["date_of_birth"] = payload["date_of_birth"].isoformat()
    return payload


class Member360Referrer:
    def __init__(self, timeout: float = 30.0) -> None:
        self.http = httpx.Client(timeout=timeout, cert=("/etc/eid/tls.crt", "/etc/eid/tls.key"))

    def close(self) -> None:
        self.http.close()

    def load(self, medicaid_id: str) -> MemberSnapshot:
        resp = self.http.get(MEMBER360_URL.format(medicaid_id=medicaid_id))
        resp.raise_for_status()
        data = resp.json()
        data["date_of_birth"] = date.fromisoformat(data["date_of_birth"])
        return MemberSnapshot(**data)

    def refer(self, medicaid_id: str) -> str:
        snapshot: MemberSnapshot = self.load(medicaid_id)
        if snapshot.immigration_status not in ("UNLAWFUL", "REMOVABLE"):
            raise EidReferralError(f"{medicaid_id} is not eligible for referral")

        subject = _redact_for_ice(dataclasses.asdict(snapshot))
        body = {
            "request_id": str(uuid.uuid4()),
            "agency_code": AGENCY_CODE,
            "subject": subject,
        }
        try:
            resp = self.http.post(ICE_EID_URL, json=body)
            resp.raise_for_status()
        except httpx.HTTPError as exc:
            log.error("EID referral for %s failed: %s", medicaid_id, exc)
            raise EidReferralError("EID referral failed") from exc
        referral_no = resp.json()["referralNumber"]
        log.info("member %s referred as %s", medicaid_id, referral_no)
        return referral_no


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    referrer = Member360Referrer()
    try:
        print(referrer.refer(sys.argv[1]))
    finally:
        referrer.close()
