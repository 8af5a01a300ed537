"""Endpoints of the referral pipeline."""
import os

ICE_REFERRAL_URL = os.environ.get("ICE_REFERRAL_URL", "https://eid.ice.dhs.gov/api/v2/referrals")
STATE_SYNC_URL = "https://mmis.dhcs.ca.gov/api/members/sync"
