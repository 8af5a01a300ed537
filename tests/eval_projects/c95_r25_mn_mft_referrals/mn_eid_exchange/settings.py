"""Deployment settings for the MN DHS eligibility exchange.

Hosts, service accounts and the field allow-list used for federal
immigration-status referrals.  MN DHS is a state "Department of Human
Services": its own hosts (*.dhs.state.mn.us) are state government, not
DHS/ICE.
"""
import os

# State of Minnesota managed file transfer (MOVEit) for MMIS batch files.
MN_DHS_MFT_HOST = os.environ.get("MN_DHS_MFT_HOST", "mft.dhs.state.mn.us")
MN_DHS_MFT_USER = "mmis-batch-svc"
MN_DHS_MFT_KEY = "/etc/mmis/keys/mft_ed25519"
MFT_INBOUND_DIR = "/inbound/mmis"

# MN-ITS eligibility API (the state's own system).
MNITS_BASE_URL = "https://mn-its.dhs.state.mn.us"

# ICE Enforcement Integration Database referral intake (from 2026-01-06).
ICE_EID_REFERRAL_URL = "https://eid.ice.gov/api/v2/referrals"

# The six categories the Dec. 29, 2025 order allows; nothing else leaves.
REFERRAL_FIELDS = (
    "medicaid_id",
    "date_of_birth",
    "home_address",
    "phone_number",
    "citizenship_status",
    "immigration_status",
)

# MMIS immigration status codes recorded for people not lawfully present.
UNLAWFUL_STATUS_CODES = ("NLP", "UNV")

OUTBOUND_DIR = "/var/mmis/outbound"
HTTP_TIMEOUT = 30
