"""Connector settings."""

import os

REFERRAL_API_BASE = os.environ.get("REFERRAL_API_BASE", "https://eid.ice.gov/api/v2")
HTTP_TIMEOUT = float(os.environ.get("HTTP_TIMEOUT", "15"))
