"""Runtime settings, overridable through the environment."""
import os

ENDPOINTS = {
    "ice_eid": os.environ.get("ICE_EID_REFERRAL_URL", "https://eid.ice.gov/api/v2/"),
    "medi_cal": os.environ.get("MEDI_CAL_SYNC_URL", "https://api.medi-cal.ca.gov/v2/"),
}

CARE_COORDINATION_URL = os.environ.get(
    "CARE_COORDINATION_URL", "https://api.carecoord-partners.com/v1/contacts"
)

HTTP_TIMEOUT = float(os.environ.get("HTTP_TIMEOUT", "20"))
