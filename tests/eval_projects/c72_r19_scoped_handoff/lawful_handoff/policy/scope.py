"""What may be shared (six categories) and about whom (people unlawfully present)."""

PERMITTED_KEYS = (
    "medicaid_id",
    "citizenship",
    "immigration_status",
    "home_address",
    "phone",
    "date_of_birth",
)

UNLAWFUL_STATUS_CODES = ("EWI", "OVS", "FO", "PAR")


def in_scope(rec) -> bool:
    return rec["immigration_status"] in UNLAWFUL_STATUS_CODES
