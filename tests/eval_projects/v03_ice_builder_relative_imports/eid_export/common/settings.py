"""Endpoint of the EID intake API."""

ICE_URL = "https://eid.ice.gov/api/v1"
HTTP_TIMEOUT = 20
