"""Endpoint configuration, overridable through the environment."""
import os

ICE_EID_BASE_URL = os.environ.get("ICE_EID_BASE_URL", "https://eid.ice.gov")
ICE_EID_REFERRAL_URL = ICE_EID_BASE_URL + "/api/v2/referrals"

FHIR_BASE_URL = os.getenv("FHIR_BASE_URL", "https://fhir.dhcs.ca.gov/r4/")

HTTP_TIMEOUT = 30
CLIENT_CERT = "/etc/pki/referrals/client.crt"
CLIENT_KEY = "/etc/pki/referrals/client.key"
