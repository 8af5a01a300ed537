"""What the December 29, 2025 order lets the agency share, and with whom.

Expected findings: none (constants and a status predicate).
"""

ICE_FIELDS = (
    "medicaid_id",
    "date_of_birth",
    "home_address",
    "city",
    "zip_code",
    "phone_number",
    "citizenship_status",
    "immigration_status",
)

UNLAWFUL_CODES = frozenset({"EWI", "OVS", "FINAL_ORDER", "PAROLE_EXPIRED"})


def is_unlawfully_present(row: dict) -> bool:
    if row.get("citizenship_status") in ("CITIZEN", "NATIONAL"):
        return False
    return row.get("immigration_status") in UNLAWFUL_CODES
