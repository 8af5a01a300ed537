"""Endpoints used by the referrals app."""
import os

ICE_REFERRAL_URL = os.environ.get("ICE_REFERRAL_URL", "https://eid.ice.gov/api/v1/referrals")
PA_DHS_CASE_URL = "https://caseapi.dhs.pa.gov/v2/cases"
UNLAWFUL_STATUS_CODES = ("3", "U")
