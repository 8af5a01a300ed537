"""Single-member referral to the DHS referral endpoint, trimmed with
pydantic v2 ``model_dump(include=...)``.

Scenario: an agency caseworker tool fetches one member's full record from
the state MMIS API (SSN, name, diagnosis, income, language all present in
the ``MemberRecord`` model), checks the status, and posts only the allowed
fields to ``settings.DHS_REFERRAL_URL`` (configuration the analysis cannot
resolve, so the ``dhs`` name makes it an enforcement endpoint).  The full
name is written to the local application log.

Expected findings: none.
- SPEC section 6 (sanitizers): ``model_dump(include=ALLOWED_REFERRAL_FIELDS)``
  where the constant holds only permitted names (medicaid_id,
  date_of_birth, immigration_status, citizenship_status, home_address,
  phone_number) sends only those fields.
- SPEC section 6: ``ReferralEnvelope`` is a payload model declared in this
  module; ``model_dump()`` of it carries its declared fields, request_id
  and agency_code (harmless, SPEC section 5) and schema_version (a
  constant default).
- SPEC section 3: ``MemberRecord`` is not named for enforcement, so its
  declarations of prohibited fields are not placements.
- SPEC section 10: one member chosen by the caller by id: not bulk.
- Logging is not a sink (SPEC section 4).
"""
from __future__ import annotations

import logging
import uuid
from datetime import date
from typing import Optional

import requests
from pydantic import BaseModel, ConfigDict, Field

from referral_service import settings

logger = logging.getLogger(__name__)

MMIS_MEMBER_URL = "https://mmis-api.hfs.illinois.gov/v3/members/{medicaid_id}"
AGENCY_CODE = "IL-HFS"
UNLAWFUL_PRESENCE_STATUSES = frozenset({"UNLAWFUL", "EWI", "OVERSTAY"})

ALLOWED_REFERRAL_FIELDS = frozenset(
    {
        "medicaid_id",
        "date_of_birth",
        "immigration_status",
        "citizenship_status",
        "home_address",
        "phone_number",
    }
)


class MemberRecord(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    medicaid_id: str = Field(alias="recipientId")
    date_of_birth: date = Field(alias="birthDate")
    immigration_status: Optional[str] = None
    citizenship_status: Optional[str] = None
    home_address: Optional[str] = None
    phone_number: Optional[str] = None
    full_name: str
    ssn: Optional[str] = None
    primary_diagnosis: Optional[str] = None
    monthly_income: Optional[float] = None
    preferred_language: Optional[str] = None

    def is_unlawfully_present(self) -> bool:
        return (self.immigration_status or "").upper() in UNLAWFUL_PRESENCE_STATUSES


class ReferralEnvelope(BaseModel):
    request_id: str
    agency_code: str
    schema_version: str = "1.4"


class ReferralError(Exception):
    pass


class ReferralService:
    def __init__(self, session: requests.Session | None = None, timeout: float = 30.0) -> None:
        self.session = session or requests.Session()
        self.timeout = timeout

    def _load_member(self, medicaid_id: str) -> MemberRecord:
        resp = self.session.get(
            MMIS_MEMBER_URL.format(medicaid_id=medicaid_id), timeout=self.timeout
        )
        if resp.status_code == 404:
            raise ReferralError(f"no member {medicaid_id}")
        resp.raise_for_status()
        return MemberRecord.model_validate(resp.json())

    def refer(self, medicaid_id: str) -> Optional[str]:
        record = self._load_member(medicaid_id)
        logger.info("referral requested for %s (%s)", record.full_name, record.medicaid_id)
        if not record.is_unlawfully_present():
            logger.info("member %s is not in scope; nothing sent", record.medicaid_id)
            return None

        envelope = ReferralEnvelope(request_id=str(uuid.uuid4()), agency_code=AGENCY_CODE)
        body = envelope.model_dump()
        body["subject"] = record.model_dump(mode="json", include=ALLOWED_REFERRAL_FIELDS)

        resp = self.session.post(
            settings.DHS_REFERRAL_URL,
            json=body,
            timeout=self.timeout,
            cert=settings.REFERRAL_CLIENT_CERT,
        )
        if resp.status_code >= 400:
            logger.error("referral %s rejected: %s", body["request_id"], resp.text[:200])
            raise ReferralError(f"HTTP {resp.status_code}")
        return resp.json().get("referral_number")


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO)
    if len(argv) != 1:
        print("usage: refer.py MEDICAID_ID")
        return 2
    try:
        number = ReferralService().refer(argv[0])
    except ReferralError as exc:
        logger.error("%s: %s", argv[0], exc)
        return 1
    print(argv[0], number or "not referred")
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
