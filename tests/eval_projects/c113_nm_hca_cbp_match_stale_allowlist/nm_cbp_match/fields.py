"""Fields of a CBP match request (the allow-list the builder reads).

Changed in 1.4.0 at CBP's request: ``preferred_language`` and ``ssn_last4``
were appended "to improve match rates".

Expected findings: none (a constant list of names sends nothing by itself).
"""

MATCH_FIELDS = (
    "medicaid_id",
    "date_of_birth",
    "home_address",
    "zip_code",
    "phone_number",
    "immigration_status",
    "preferred_language",
    "ssn_last4",
)
