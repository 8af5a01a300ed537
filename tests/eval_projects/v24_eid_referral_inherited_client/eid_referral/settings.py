"""Runtime settings for the EID referral integration.

Production values come from the environment (see deploy/values.yaml); the
defaults are the endpoints named in the interconnection agreement.
"""
import os

ICE_EID_BASE_URL = os.environ.get("ICE_EID_BASE_URL", "https://eid.ice.gov/api/v2")
REFERRAL_PATH = "/referrals"
REQUEST_TIMEOUT_S = 30

# Every disclosure is logged in the state MMIS audit trail (42 CFR 431.306).
MMIS_AUDIT_URL = os.environ.get(
    "MMIS_AUDIT_URL", "https://audit.mmis.state.pa.us/api/v1/events"
)

AGENCY_CODE = "OMAP-07"
