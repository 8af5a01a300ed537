import os

ERO_API_BASE = os.getenv("ERO_API_BASE", "https://ero-gateway.ice.gov/v2")
STATE_PORTAL_URL = "https://portal.medi-cal.ca.gov/api"
REMOVABLE_CODES = ("3", "U")
