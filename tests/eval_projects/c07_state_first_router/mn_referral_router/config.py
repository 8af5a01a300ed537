"""Endpoints of the router."""

MN_DHS_PORTAL_URL = "https://portal.dhs.state.mn.us/api/v2"
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
HTTP_TIMEOUT = 30
