"""The scope of the December 29, 2025 order, as this agency applies it."""
from ilmedicaid.models import Enrollee

# The six categories of basic information the order permits, by our column names.
REFERRAL_FIELDS = (
    "medicaid_id",
    "date_of_birth",
    "home_address",
    "phone_number",
    "citizenship_status",
    "immigration_status",
)

UNLAWFUL_STATUS_CODES = ("EWI", "VISA_OVERSTAY", "FINAL_ORDER")


def unlawfully_present_enrollees():
    return (
        Enrollee.objects.filter(immigration_status__in=UNLAWFUL_STATUS_CODES)
        .exclude(citizenship_status="US_CITIZEN")
        .order_by("medicaid_id")
    )


def active_enrollees():
    return Enrollee.objects.filter(is_active=True)
