"""Population screening required by the order: only people unlawfully present."""
from .schemas import MemberRecord

REMOVABLE_STATUS_CODES = ("EWI", "FINAL_ORDER", "OVERSTAY")


def is_unlawfully_present(member: MemberRecord) -> bool:
    return member.citizenship_status != "US" and member.immigration_status in REMOVABLE_STATUS_CODES
