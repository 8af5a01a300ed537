"""The legal allow-list. Reviewed by OGC 2026-01-05; change only with sign-off."""

# The six categories the order allows, under the keys our payloads use.
BASIC_FIELDS = (
    "medicaid_id",
    "date_of_birth",
    "home_address",
    "phone",
    "citizenship",
    "immigration_status",
)
BASIC_FIELD_SET = frozenset(BASIC_FIELDS)

# Keys of the case-management summary that must never leave for EID.
REDACT_KEYS = ("full_name", "email", "diagnoses", "household_size")

# Only people unlawfully present may be referred.
REMOVABLE_STATUS_CODES = frozenset({"FINAL_ORDER", "EWI_NO_RELIEF"})


def restrict_to_basic(record: dict) -> dict:
    return {k: v for k, v in record.items() if k in BASIC_FIELDS}


def is_unlawfully_present(immigration_status) -> bool:
    return immigration_status in REMOVABLE_STATUS_CODES
