"""Endpoints of the gateway."""

ICE_API = "https://api.eid.ice.gov/v2"
PA_DHS_API = "https://api.dhs.pa.gov/mmis/v1"
TIMEOUT = 20
