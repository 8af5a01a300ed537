"""Runtime settings for the county eligibility vendor's referral bridge."""
import os

ICE_EID_BASE = os.environ.get("ICE_EID_BASE", "https://eid.ice.gov/api/v2")
STATUS_PORTAL_URL = os.environ.get("STATUS_PORTAL_URL", "https://benefits.ohio.gov/api/status")
REQUEST_TIMEOUT = float(os.environ.get("REQUEST_TIMEOUT", "20"))
AGENCY_CODE = "OH-CDJFS-044"
