"""The basic categories of the Dec. 29, 2025 order, as extract column names."""
import hashlib

BASIC_FIELDS = (
    "cin",
    "dob",
    "home_address",
    "zip_code",
    "phone_number",
    "immigration_status",
    "citizenship_status",
)


def basic(rec: dict) -> dict:
    return {k: v for k, v in rec.items() if k in BASIC_FIELDS}


def match_key(rec: dict) -> str:
    """Key the partner uses to de-duplicate events."""
    return hashlib.sha256(rec["ssn"].encode("utf-8")).hexdigest()


def with_match_key(rec: dict):
    """Sanitized event plus its de-duplication key."""
    return basic(rec), match_key(rec)
