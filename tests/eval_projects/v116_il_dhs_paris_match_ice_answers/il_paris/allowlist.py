"""Columns that may go to ICE under the December 29, 2025 order.

Expected findings: none (a constant collection of permitted names).
"""

ICE_ALLOWED = frozenset({
    "medicaid_id",
    "date_of_birth",
    "home_address",
    "city",
    "zip_code",
    "phone",
    "citizenship_status",
    "immigration_status",
})
