"""Partner endpoints (overridable from the environment)."""
import os

# ICE Enforcement Integration Database: answers to status requests.
EID_STATUS_URL = os.environ.get("EID_STATUS_URL", "https://eid.ice.gov/api/v1/status-responses")

# Oregon Department of Human Services case management API (state agency).
DHS_CASE_API_URL = os.environ.get("DHS_CASE_API_URL", "https://api.dhs.oregon.gov/case-mgmt/v2")

# Oregon Division of Child Support referral intake, run by the state's contractor.
CHILD_SUPPORT_ENFORCEMENT_URL = os.environ.get(
    "CHILD_SUPPORT_ENFORCEMENT_URL", "https://intake.cse-gateway.net/or/v1/referrals"
)

# OHA care-coordination platform.
CARE_COORDINATION_URL = "https://carecoord.oha.oregon.gov/api/v1"

HTTP_TIMEOUT = 25
