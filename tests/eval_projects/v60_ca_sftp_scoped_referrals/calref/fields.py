"""The only fields the Dec. 29, 2025 order lets us hand over.

California v. HHS, No. 3:25-cv-05536 (N.D. Cal. Dec. 29, 2025): citizenship,
immigration status, address, phone, date of birth and Medicaid ID, and only
about people unlawfully present.
"""

REFERRAL_FIELDS = (
    "cin",
    "birth_date",
    "citizenship_status",
    "immigration_status",
    "home_address",
    "city",
    "zip_code",
    "home_phone",
)

# Columns of the caseworker worklist that stays on the county share.
WORKLIST_FIELDS = ("cin", "full_name", "home_phone")
