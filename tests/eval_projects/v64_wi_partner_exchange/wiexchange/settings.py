"""Endpoints of every partner the exchange talks to."""

# Federal EID: receives county-level counts only; we pull hold notices from it.
ICE_EID_STATS_URL = "https://eid.ice.gov/api/v2/partner-stats/medicaid"
ICE_HOLDS_URL = "https://eid.ice.gov/api/v2/partner-holds"

# Wisconsin Department of Health Services (the state Medicaid agency itself).
WI_DHS_MMIS_URL = "https://mmis-api.dhs.wisconsin.gov/v1/member-updates"

# SAVE verification, required for eligibility determinations.
SAVE_VERIFY_URL = "https://save.uscis.gov/api/v3/cases"

# Bureau of Child Support's contracted referral gateway.
CHILD_SUPPORT_ENFORCEMENT_URL = "https://api.kids-exchange.net/wi/referrals"

AGENCY_CODE = "WI-DMS"
PAGE_LIMIT = 200
