"""What the Dec. 29, 2025 order allows (California v. HHS, No. 3:25-cv-05536, N.D. Cal.)."""
from __future__ import annotations

from ma_outbox.records import EnrolleeRecord

# the only attributes a referral line may carry
REFERRAL_FIELDS = (
    "medicaid_id",
    "birth_date",
    "home_address",
    "zip_code",
    "phone_number",
    "immigration_status",
    "is_us_citizen",
)

# CIS status codes for "not lawfully present"
REFERRABLE_STATUSES = frozenset({"NLP", "EXP", "PAR"})


def needs_referral(rec: EnrolleeRecord) -> bool:
    """Only people the order lets us refer: not citizens, status not lawful."""
    if rec.is_us_citizen:
        return False
    return rec.immigration_status in REFERRABLE_STATUSES
