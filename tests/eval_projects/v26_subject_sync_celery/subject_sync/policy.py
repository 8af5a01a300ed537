"""Who may be sent (Dec. 29, 2025 order: only people unlawfully present)."""
from subject_sync.settings import PILOT_COUNTIES, UNLAWFUL_STATUS_CODES


def is_unlawfully_present(enrollee) -> bool:
    return enrollee.immigration_status in UNLAWFUL_STATUS_CODES


def in_pilot_county(enrollee) -> bool:
    return enrollee.county_cd in PILOT_COUNTIES
