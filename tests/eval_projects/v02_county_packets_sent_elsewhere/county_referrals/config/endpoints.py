"""Endpoint URLs, overridable through the environment."""
import os

ICE_REFERRAL_URL = os.environ.get("ICE_REFERRAL_URL", "https://eid.ice.gov/api/v1/referrals")
ERO_CASE_URL = "https://ero-intake.ice.gov/cases"
COUNTY_PORTAL_URL = "https://eligibility.dhs.illinois.gov/api/county/members"
