"""Endpoints (round 81)."""

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
