"""Endpoints of the outbox (sixteenth session).

Expected: clean.
"""

import os

ICE_URL = os.environ.get("EID_REFERRAL_URL", "https://eid.ice.gov/api/v1/referrals")
STATE_URL = "https://mmis.dhcs.ca.gov/api/members"
