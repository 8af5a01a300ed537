"""Sharing scope under the order of Dec. 29, 2025."""

SHAREABLE_FIELDS = (
    "member_id",
    "immigration_status",
    "citizenship_status",
    "mailing_address",
    "phone_number",
    "date_of_birth",
)

REMOVABLE_STATUS_CODES = ("NLP", "FOR")


def is_removable(rec) -> bool:
    return rec.get("immigration_status") in REMOVABLE_STATUS_CODES
