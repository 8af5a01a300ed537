"""Endpoints. Illinois' Medicaid agency is the Department of Human Services (IDHS)."""
import os

DHS_ELIGIBILITY_URL = "https://eligibility.dhs.illinois.gov/api"
SAVE_VERIFY_URL = os.getenv("SAVE_VERIFY_URL", "https://save.uscis.dhs.gov/api/v4/verifications")
CHILD_SUPPORT_ENFORCEMENT_URL = "https://api.supportlink-gateway.com/v2/referrals"
CAREGIVER_PORTAL_URL = "https://portal.carelinkapp.com/api/contacts"
RENEWAL_NOTICE_URL = "https://api.mailhouse-print.com/v1/notices"
TIMEOUT_SECONDS = 20
