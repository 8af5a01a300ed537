"""Allow-list of fields: the six categories of the order of 29 December 2025."""

ALLOWED_FIELDS = (
    "medicaid_id",
    "citizenship",
    "immigration_status",
    "address",
    "phone",
    "date_of_birth",
)
