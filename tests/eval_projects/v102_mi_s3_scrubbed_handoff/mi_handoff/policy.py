"""What may leave for the EID hand-off, and about whom (MDHHS privacy office).

PERMITTED_KEYS lists the six basic categories the court allowed; scrub()
keeps only those keys.  is_removable() decides about whom a record may be
handed off.
"""

PERMITTED_KEYS = frozenset(
    {
        "medicaid_id",
        "date_of_birth",
        "home_address",
        "zip_code",
        "phone_number",
        "citizenship_status",
        "immigration_status",
    }
)

# CHAMPS immigration status codes for people not lawfully present.
UNLAWFUL_STATUS_CODES = ("UNDOC", "OVERSTAY", "EWI")


def scrub(record: dict) -> dict:
    """Drop every key outside the six permitted categories."""
    return {k: v for k, v in record.items() if k in PERMITTED_KEYS}


def is_removable(record: dict) -> bool:
    """True when the record's immigration status marks unlawful presence."""
    return record["immigration_status"] in UNLAWFUL_STATUS_CODES
