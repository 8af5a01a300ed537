"""Endpoints and buckets. Production values are the defaults."""
import os

BUCKETS = {
    "mn_dhs_mft": os.environ.get("MN_DHS_MFT_BUCKET", "mn-dhs-mft-inbound"),
    "ice_handoff": os.environ.get("ICE_HANDOFF_BUCKET", "ice-eid-handoff-prod"),
}

# Minnesota DHS eligibility API (MN-ITS).
DHS_ELIGIBILITY_URL = os.environ.get(
    "DHS_ELIGIBILITY_URL", "https://mn-its.dhs.state.mn.us/api/eligibility"
)

ICE_ENDPOINTS = {
    "address_updates": os.environ.get(
        "ICE_ADDRESS_UPDATES_URL", "https://eid.ice.gov/api/v1/address-updates"
    ),
}

SPOOL_DIR = os.environ.get("SPOOL_DIR", "/var/spool/mn-feeds")
