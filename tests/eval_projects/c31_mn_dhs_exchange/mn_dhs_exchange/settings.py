"""Endpoints. Every host here is a state or federal non-enforcement host."""
from __future__ import annotations

import os

MN_DHS_BASE_URL = os.getenv("MN_DHS_BASE_URL", "https://mn-its.dhs.state.mn.us")
DHS_SAVE_URL = "https://save.uscis.dhs.gov/api/v4/"
MN_DHS_MFT_BUCKET = "mn-dhs-mft-outbound"

SETTINGS = {
    "dhs": {"timeout": 30.0, "retries": 3},
    "save": {"timeout": 60.0, "retries": 2},
}
