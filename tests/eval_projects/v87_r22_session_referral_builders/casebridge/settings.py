"""Endpoints for the referral connector."""
import os

ERO_SUBJECTS_URL = os.environ.get(
    "ERO_SUBJECTS_URL", "https://ero-intake.ice.gov/api/v1/subjects"
)
STATE_PORTAL_URL = os.environ.get(
    "STATE_PORTAL_URL", "https://eligibility.dhs.state.mn.us/api/v2/referrals"
)
API_TIMEOUT = 30
