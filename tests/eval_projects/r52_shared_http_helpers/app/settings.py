"""Endpoints of the partners the eligibility jobs talk to."""

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_MMIS_URL = "https://mmis.dhs.state.mn.us/api/v1/members"
