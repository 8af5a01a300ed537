"""Settings for the Georgia DCH vendor referral gateway."""
import os

# ICE ERO subject intake (Enforcement and Removal Operations).
ERO_REFERRAL_BASE = os.environ.get("ERO_REFERRAL_BASE", "https://eid.ice.gov/ero/api/v2")

# Georgia MMIS member API (state host).
DCH_MMIS_BASE = os.environ.get("DCH_MMIS_BASE", "https://mmis.dch.georgia.gov/api/v1")

REQUEST_TIMEOUT = 30
