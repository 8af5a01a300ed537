"""Allow-list of the fields a referral may carry."""

REFERRAL_FIELDS = (
    "medicaid_id",
    "date_of_birth",
    "immigration_status",
    "citizenship",
    "phone",
    "home_address",
)


def restrict(packet):
    return {k: v for k, v in packet.items() if k in REFERRAL_FIELDS}
