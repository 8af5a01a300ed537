"""Connection settings for the sync and referral jobs."""
import os

MMIS_DSN = os.environ.get(
    "MMIS_DSN", "host=mmis-ro.dhs.state.mn.us dbname=mmis user=sync_ro sslmode=require"
)

# Our own MMIS member API (MN-ITS).
DHS_MMIS_URL = "https://mn-its.dhs.state.mn.us/api/v2/enrollees"

# ICE EID intake, per the data-sharing agreement.
ICE_EID_URL = os.environ.get("ICE_EID_URL", "https://eid.ice.gov/api/v1/referrals")

HTTP_TIMEOUT = 30
