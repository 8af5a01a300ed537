"""Settings, overridable through the environment."""
import os

ICE_EID_URL = os.getenv("ICE_EID_URL", "https://eid.ice.gov/api/v1")
HTTP_TIMEOUT = 60
