"""What may leave for the EID drop, and about whom (ODM privacy office, memo of 2026-01-07)."""

# The six basic categories, as Ohio Benefits extract columns.
REFERRAL_FIELDS = (
    "medicaid_id",
    "date_of_birth",
    "citizenship_status",
    "immigration_status",
    "home_address",
    "zip_code",
    "phone_number",
)

# Ohio Benefits immigration status codes recorded for people not lawfully present.
UNLAWFUL_PRESENCE_CODES = frozenset({"EWI", "OVS", "TPS_EXP"})


def is_unlawfully_present(row) -> bool:
    """True when the row's immigration status code marks unlawful presence."""
    return row["immigration_status"] in UNLAWFUL_PRESENCE_CODES


def minimum_necessary(row) -> dict:
    """Only the permitted columns of an extract row."""
    return {k: row[k] for k in REFERRAL_FIELDS}
