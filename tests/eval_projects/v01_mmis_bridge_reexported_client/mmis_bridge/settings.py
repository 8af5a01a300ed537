"""Endpoints and transport settings of the MMIS bridge."""

ICE_BASE_URL = "https://eid.ice.gov/api/v2"
REQUEST_TIMEOUT = 30
CLIENT_CERT = "/etc/mmis-bridge/tls/client.pem"
