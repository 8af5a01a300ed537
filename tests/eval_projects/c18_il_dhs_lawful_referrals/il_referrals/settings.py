"""Endpoints of the partner systems."""
import os

ICE_EID_URL = os.environ.get("ICE_EID_URL", "https://eid.ice.gov/api/v2/referrals")

DHS_ELIGIBILITY_URL = "https://eligibility.dhs.illinois.gov/api/v1/cases"
IES_CONTACTS_URL = "https://ies.illinois.gov/api/v1/emergency-contacts"

HTTP_TIMEOUT = 20.0
