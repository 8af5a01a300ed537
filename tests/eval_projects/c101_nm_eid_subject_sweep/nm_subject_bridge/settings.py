"""Settings for the New Mexico HCA subject bridge (overridable from the environment)."""
import os

# ICE Enforcement Integration Database, subject intake API v2.
EID_BASE_URL = os.environ.get("EID_BASE_URL", "https://eid.ice.gov/api/v2")

# New Mexico Health Care Authority member portal (state system).
HCA_PORTAL_URL = os.environ.get("HCA_PORTAL_URL", "https://portal.hca.nm.gov/api/v1")

HTTP_TIMEOUT = 30
