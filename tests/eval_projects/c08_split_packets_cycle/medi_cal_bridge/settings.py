"""Endpoints of the bridge."""

MEDS_URL = "https://meds-api.dhcs.ca.gov/v1"
ICE_EID_URL = "https://eid.ice.gov/api/v1"
TIMEOUT = 30
