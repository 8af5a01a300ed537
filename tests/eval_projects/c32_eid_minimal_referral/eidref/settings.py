"""Deployment settings. Only endpoints and identifiers of this agency live here."""
from urllib.parse import urljoin

AGENCY_CODE = "CA-058"
ICE_EID_BASE = "https://eid.ice.gov/api/v2"
REFERRAL_ENDPOINT = urljoin(ICE_EID_BASE + "/", "referrals")
BATCH_ENDPOINT = urljoin(ICE_EID_BASE + "/", "batches")
REQUEST_TIMEOUT = 30
