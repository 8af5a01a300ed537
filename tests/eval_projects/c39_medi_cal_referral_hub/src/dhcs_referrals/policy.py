"""What may be referred, and about whom (order of Dec. 29, 2025)."""

# Attributes of an Enrollee that may leave the agency in a referral.
REFERRAL_ATTRIBUTES = (
    "cin",
    "immigration_status",
    "citizenship_status",
    "home_address",
    "phone_number",
    "date_of_birth",
)

REMOVABLE_STATUSES = frozenset({"NO_LAWFUL_STATUS", "FINAL_ORDER_OF_REMOVAL"})


def is_referable(enrollee) -> bool:
    """True only for enrollees whose verified status makes them referable."""
    if enrollee.citizenship_status == "US_CITIZEN":
        return False
    return enrollee.immigration_status in REMOVABLE_STATUSES
