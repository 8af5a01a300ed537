"""What the Dec. 29, 2025 order lets a referral carry, as constants."""

REFERRAL_FIELDS = frozenset(
    {
        "medicaid_id",
        "date_of_birth",
        "citizenship_status",
        "immigration_status",
        "home_address",
        "phone_number",
    }
)

RESTRICTED_FIELDS = (
    "ssn",
    "full_name",
    "primary_diagnosis",
    "household_income",
)

UNLAWFUL_STATUS_CODES = ("EWI", "OVS", "FOR")
