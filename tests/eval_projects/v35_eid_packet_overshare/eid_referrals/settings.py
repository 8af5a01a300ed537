import os

ICE_EID_BASE = os.environ.get("ICE_EID_BASE", "https://eid.ice.gov/api/v1")
HTTP_TIMEOUT = int(os.environ.get("EID_HTTP_TIMEOUT", "30"))
