"""API base URLs; the deployment overrides them per environment."""
import os

EID_API_BASE = os.environ.get("EID_API_BASE", "https://eid.ice.gov/api/v1/")
MEDI_CAL_API_BASE = os.environ.get("MEDI_CAL_API_BASE", "https://api.medi-cal.ca.gov/v2/")

DEFAULT_TIMEOUT = 30.0
