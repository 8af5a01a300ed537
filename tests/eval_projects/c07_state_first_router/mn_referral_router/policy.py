"""The six categories the order of 29 December 2025 allows to be shared."""

ALLOWED = (
    "medicaid_id",
    "citizenship",
    "immigration_status",
    "address",
    "phone",
    "date_of_birth",
)
