"""What the Dec. 29, 2025 order lets DHS send to ICE, and about whom.

California v. HHS, No. 3:25-cv-05536 (N.D. Cal.): six basic categories, and only
about people who are not lawfully present.
"""

REFERRAL_FIELDS = (
    "medicaid_id",
    "birth_date",
    "home_address",
    "zip_code",
    "phone_number",
    "immigration_status",
    "citizenship_status",
)

# status codes the SAVE broker returns for "not lawfully present"
NOT_LAWFULLY_PRESENT = ("NLP", "EXP", "OVS")


def unlawfully_present(queryset):
    """Restrict a queryset of enrollees to those the order lets us refer."""
    return queryset.filter(immigration_status__in=NOT_LAWFULLY_PRESENT).exclude(citizenship_status="USC")
