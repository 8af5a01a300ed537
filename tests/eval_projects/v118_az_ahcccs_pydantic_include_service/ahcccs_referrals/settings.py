"""Endpoints for the referral service.

Scenario:
    The state PMMIS sync URL and the ICE EID referral URL, with environment
    overrides.

Expected findings:
    none
"""
import os

STATE_PMMIS_URL = os.environ.get("STATE_PMMIS_URL", "https://pmmis.azahcccs.gov/api/members")
ICE_EID_REFERRAL_URL = os.environ.get("ICE_EID_REFERRAL_URL", "https://eid.ice.gov/api/v1/referrals")
