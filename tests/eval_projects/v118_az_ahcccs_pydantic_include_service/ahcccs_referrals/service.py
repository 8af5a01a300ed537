"""Referral service: full record to the state PMMIS, include= allow-listed record to ICE.

Scenario:
    For one member chosen by a caseworker, the service sends the whole
    record to the state's PMMIS and, unless the member is a citizen or has a
    lawful status, a referral to ICE built with model_dump(include=...) over
    the allow-list kept in policy.py. URLs come from settings.py and the
    transport from client.py.

Expected findings:
    none

Why the dangerous-looking parts are lawful under the SPEC:
    - record.model_dump() (name, SSN, income, diagnoses) goes only to
      pmmis.azahcccs.gov, a state .gov host (SPEC section 4).
    - The ICE body is model_dump(include=ICE_INCLUDE), and ICE_INCLUDE
      resolves (through the import) to a constant set of permitted names
      (SPEC section 6, pydantic include and sanitizers).
    - The early return on citizenship / lawful status ends the ICE branch;
      one member chosen by the caller is not a bulk send (SPEC section 10).
"""
import logging

from .client import JsonPoster
from .models import MemberRecord
from .policy import ICE_INCLUDE, LAWFUL_STATUSES
from .settings import ICE_EID_REFERRAL_URL, STATE_PMMIS_URL

log = logging.getLogger("ahcccs_referrals.service")


class ReferralService:
    def __init__(self, repository) -> None:
        self._repo = repository
        self._poster = JsonPoster()

    def sync_state(self, record: MemberRecord) -> None:
        self._poster.post(STATE_PMMIS_URL, record.model_dump(mode="json"))

    def refer_to_ice(self, record: MemberRecord) -> str | None:
        if record.citizenship_status == "US" or record.immigration_status in LAWFUL_STATUSES:
            log.info("member %s lawfully present; no referral", record.medicaid_id)
            return None
        body = record.model_dump(mode="json", include=ICE_INCLUDE)
        answer = self._poster.post(ICE_EID_REFERRAL_URL, body)
        return answer.get("referralId")

    def process(self, medicaid_id: str) -> str | None:
        record = MemberRecord.model_validate(self._repo.load(medicaid_id))
        self.sync_state(record)
        return self.refer_to_ice(record)
