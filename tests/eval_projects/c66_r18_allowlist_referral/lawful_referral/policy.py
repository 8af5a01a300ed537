"""Legal policy, as decided by counsel: what may be shared, and about whom."""

PERMITTED_FIELDS = (
    "medicaid_id",
    "citizenship",
    "immigration_status",
    "address",
    "phone",
    "date_of_birth",
)

NON_PERMITTED_CONTACT_KEYS = ("email", "fax", "emergency_contact_phone")

UNLAWFUL_PRESENCE_CODES = ("EWI", "OVS", "UNL")


def is_unlawfully_present(member) -> bool:
    return member.immigration_status in UNLAWFUL_PRESENCE_CODES
