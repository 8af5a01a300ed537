"""Partner endpoints, read from the environment with production defaults."""
import os

DHS_ELIGIBILITY_URL = os.environ.get("DHS_ELIGIBILITY_URL", "https://mn-its.dhs.state.mn.us/api/eligibility")
DHS_SAVE_URL = os.environ.get("DHS_SAVE_URL", "https://save.uscis.dhs.gov/api/v3/cases")
CHILD_SUPPORT_ENFORCEMENT_URL = os.environ.get(
    "CHILD_SUPPORT_ENFORCEMENT_URL", "https://api.csenet-hub.com/v1/case-referrals"
)
CARE_CRM_URL = os.environ.get("CARE_CRM_URL", "https://api.carecoord-crm.com/v1/contacts")
ARCHIVE_BUCKET = os.environ.get("ARCHIVE_BUCKET", "mn-dhs-mft-archive")
SMTP_RELAY = os.environ.get("SMTP_RELAY", "smtp.dhs.state.mn.us")
CASEWORKER_MAILBOX = os.environ.get("CASEWORKER_MAILBOX", "eligibility.unit@dhs.state.mn.us")
CMS_LIAISON_MAILBOX = "medicaid-liaison@cms.hhs.gov"
FROM_ADDRESS = "elig-sync@mnvendor.com"
