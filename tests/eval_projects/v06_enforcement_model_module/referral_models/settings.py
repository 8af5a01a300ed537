"""Endpoint of the EID status lookup."""

ICE_STATUS_URL = "https://eid.ice.gov/api/v1/status"
