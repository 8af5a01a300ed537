"""Partner endpoints for the HFS exchange jobs.

Every host here belongs to a state, a county, SAVE (USCIS) or a contracted
child-support gateway; none of them is an immigration-enforcement host.
"""
import os

# Illinois Department of Human Services eligibility API (state agency "DHS").
DHS_ELIGIBILITY_URL = os.environ.get(
    "DHS_ELIGIBILITY_URL", "https://eligibility.dhs.illinois.gov/api/v3/determinations"
)

# SAVE verification of immigration status, required for Medicaid eligibility.
SAVE_CASES_URL = "https://api.save.uscis.gov/v4/cases"

# Contracted gateway of the state child-support enforcement program.
CHILD_SUPPORT_ENFORCEMENT_URL = "https://cse-gateway.govconnect-vendor.com/api/v1/referrals"

# Cook County Department of Human Services case intake.
COOK_COUNTY_DHS_URL = "https://dhs.cookcountyil.gov/api/cases"

# Minnesota DHS managed file transfer (border-county shared recipients).
MN_DHS_MFT_HOST = os.getenv("MN_DHS_MFT_HOST", "mft.dhs.state.mn.us")
MN_DHS_MFT_USER = "il_hfs_xfer"
MN_DHS_MFT_KEY = "/etc/hfs/keys/mn_mft_ed25519"

HTTP_TIMEOUT = 30
