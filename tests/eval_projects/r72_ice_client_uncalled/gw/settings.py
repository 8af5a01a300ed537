"""Endpoints of the vendor gateway (round 72): the host is on neither list, so names decide."""

import os

GATEWAY = os.environ.get("GATEWAY_URL", "https://gateway.mmis-vendor.example.com")
TIMEOUT = 20
ICE_INTAKE = "https://eid.ice.gov/api/v1/batch"
