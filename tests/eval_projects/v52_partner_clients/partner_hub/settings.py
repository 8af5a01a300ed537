"""Partner endpoints, one per integration."""
import os

IL_DHS_ELIGIBILITY_URL = "https://eligibility.dhs.illinois.gov/api/v3"
CMS_HUB_URL = "https://hub.cms.gov/dsh/v2"
MCO_GATEWAY_URL = os.getenv("MCO_GATEWAY_URL", "https://b2b.prairiecare-health.com/medicaid")
ICE_EID_URL = os.environ.get("ICE_EID_URL", "https://eid.ice.gov/api/v1")
