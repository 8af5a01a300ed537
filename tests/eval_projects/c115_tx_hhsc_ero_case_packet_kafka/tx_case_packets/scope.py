"""Which TIERS columns go into a subject packet (the allow-list).

``household_size`` and ``marital_status`` were added for the ERO
"family unit" pilot.

Expected findings: none (a constant collection of names).
"""

PACKET_SOURCE_FIELDS = frozenset({
    "medicaid_id",
    "date_of_birth",
    "mailing_address",
    "phone",
    "immigration_status",
    "household_size",
    "marital_status",
})
