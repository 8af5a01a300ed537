"""The court-permitted categories and the population test."""

ALLOWED_REFERRAL_FIELDS = (
    "medicaid_id",
    "citizenship",
    "immigration_status",
    "address",
    "phone",
    "date_of_birth",
)

UNLAWFUL_PRESENCE_CODES = ("EWI", "OVERSTAY", "FINAL_ORDER")


def is_unlawfully_present(member):
    if member.citizenship == "US":
        return False
    return member.immigration_status in UNLAWFUL_PRESENCE_CODES


def restrict(record):
    return {k: v for k, v in record.items() if k in ALLOWED_REFERRAL_FIELDS}


def referral_view(member):
    return {name: getattr(member, name) for name in ALLOWED_REFERRAL_FIELDS}
