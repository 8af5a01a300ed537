"""Allow-list and scope rule for ICE referrals.

Scenario:
    The agency's legal team keeps the six basic categories and the list of
    immigration statuses that are out of scope in one policy module.

Expected findings:
    none
"""
ICE_INCLUDE = frozenset(
    {
        "medicaid_id",
        "date_of_birth",
        "citizenship_status",
        "immigration_status",
        "home_address",
        "phone_number",
    }
)
LAWFUL_STATUSES = frozenset({"CITIZEN", "NATIONAL", "LPR", "REFUGEE", "ASYLEE"})
