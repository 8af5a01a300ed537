"""Scope of the ICE status answers (ODHS privacy office, 2026-01-07)."""

# Immigration status codes of the ONE system for people not lawfully present.
UNLAWFUL_STATUS_CODES = ("EWI", "OVS", "PAROLE_EXP")

# The six basic categories, as Member field names.
STATUS_RESPONSE_FIELDS = (
    "medicaid_id",
    "date_of_birth",
    "mailing_address",
    "phone_number",
    "citizenship_status",
    "immigration_status",
)


def unlawfully_present(queryset):
    """Narrow a member queryset to people recorded as not lawfully present."""
    return queryset.filter(immigration_status__in=UNLAWFUL_STATUS_CODES)
