"""Connector settings; every value can be overridden from the environment."""

import os

DHS_ELIGIBILITY_URL = os.environ.get(
    "DHS_ELIGIBILITY_URL", "https://eligibility-api.dhs.mn.gov/v1"
)
CHILD_SUPPORT_ENFORCEMENT_URL = os.environ.get(
    "CHILD_SUPPORT_ENFORCEMENT_URL", "https://api.cse-gateway.net/v2/referrals"
)
MN_DHS_SFTP_HOST = os.environ.get("MN_DHS_SFTP_HOST", "mft.dhs.state.mn.us")
MN_DHS_SFTP_USER = os.environ.get("MN_DHS_SFTP_USER", "county_extract")
SFTP_KEY_PATH = os.environ.get("SFTP_KEY_PATH", "/etc/mn_case_sync/id_ed25519")
EXTRACT_DIR = os.environ.get("EXTRACT_DIR", "/var/spool/mn_case_sync")
