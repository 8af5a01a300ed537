"""Service settings."""

import os

ICE_EID_URL = os.environ.get("ICE_EID_URL", "https://eid.ice.gov/api/v1/referrals")
REFERRAL_INBOX = os.environ.get("REFERRAL_INBOX", "eid-intake@ice.gov")
SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.contractor.internal")
SENDER = "medicaid-referrals@contractor.example.com"
