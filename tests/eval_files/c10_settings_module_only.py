"""Settings module: endpoints of the ICE and DHS integrations. It sends nothing itself."""
import os

ICE_REFERRAL_URL = os.environ.get("ICE_REFERRAL_URL", "https://eid.ice.gov/api/v1/referrals")
DHS_SAVE_URL = "https://save.uscis.gov/api/v4"
ICE_TIMEOUT = 30
ICE_FIELDS = ("medicaid_id", "date_of_birth", "home_address")
MEMBER_EXPORT_COLUMNS = ["ssn", "first_name", "diagnosis_code"]
