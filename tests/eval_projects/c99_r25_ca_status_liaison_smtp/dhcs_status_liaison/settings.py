"""Settings for the DHCS Medi-Cal status liaison service."""
SMTP_HOST = "smtp.dhcs.ca.gov"
SMTP_PORT = 587
LIAISON_SENDER = "medi-cal-liaison@dhcs.ca.gov"

# ICE liaison mailbox for individual status-verification answers.
ICE_LIAISON_ADDR = "eid-liaison@ice.dhs.gov"

# DHCS county eligibility operations (state mailbox).
COUNTY_OPS_ADDR = "county-eligibility-ops@dhcs.ca.gov"

# California Department of Child Support Services referral intake.
CHILD_SUPPORT_ENFORCEMENT_URL = "https://api.childsup.ca.gov/v1/referrals"

# USCIS SAVE verification web service (required for eligibility checks).
SAVE_VERIFICATION_URL = "https://save.uscis.dhs.gov/ws/v4/verifications"

# DHCS care-coordination platform (managed-care case management).
CARE_COORDINATION_URL = "https://carecoord.dhcs.ca.gov/api/v1"

# Medi-Cal immigration status codes for people not lawfully present.
UNLAWFUL_STATUS_CODES = ("NQ", "UND")

HTTP_TIMEOUT = 20
