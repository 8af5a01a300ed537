"""Partner endpoints."""

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://eligibility.dhs.illinois.gov/api/members"
