"""Endpoints of the NC Medicaid status services."""
import os

# ICE Enforcement Integration Database, status-subject intake.
EID_API_BASE = os.getenv("EID_API_BASE", "https://eid.ice.gov/api/v3")

# USCIS SAVE verification (required for Medicaid eligibility checks).
SAVE_VERIFY_URL = os.getenv("SAVE_VERIFY_URL", "https://save.uscis.dhs.gov/ws/v4/verifications")

# NCTracks MMIS member API, production and user-acceptance test.
NCTRACKS_URL = "https://api.nctracks.nc.gov/v1"
NCTRACKS_UAT_URL = "https://uat-api.nctracks.nc.gov/v1"

# Print-and-mail vendor for renewal notices.
NOTICE_PRINT_URL = "https://jobs.lettershop-print.com/api/v2/print-jobs"

HTTP_TIMEOUT = 30
