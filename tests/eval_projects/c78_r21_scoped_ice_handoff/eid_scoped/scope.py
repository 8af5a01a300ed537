"""The court order's scope, as data: six permitted categories, people unlawfully present."""

PERMITTED_FIELDS = (
    "medicaid_id",
    "citizenship",
    "immigration_status",
    "address",
    "phone",
    "date_of_birth",
)

UNLAWFUL_STATUS_CODES = frozenset({"EWI", "OVERSTAY", "FINAL_ORDER"})


def is_unlawfully_present(rec):
    return rec["immigration_status"] in UNLAWFUL_STATUS_CODES
