"""Endpoints. The EID base comes from the environment with a default."""
import os
from urllib.parse import urljoin

EID_BASE_URL = os.environ.get("EID_BASE_URL", "https://eid.ice.gov/api/v2")
ESCALATION_URL = urljoin(EID_BASE_URL + "/", "escalations")

STATE_PORTAL_URL = "https://benefits.ohio.gov/api/v1/referrals"

HTTP_TIMEOUT = 20
