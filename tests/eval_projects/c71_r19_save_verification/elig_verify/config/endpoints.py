"""Endpoints of the systems the vendor talks to; each can be overridden from the environment."""

import os

DHS_SAVE_URL = os.environ.get("DHS_SAVE_URL", "https://save.uscis.dhs.gov/api/v3")
DHS_ELIGIBILITY_URL = os.environ.get(
    "DHS_ELIGIBILITY_URL", "https://api.dhs.oregon.gov/onebenefits/v1"
)
ARCHIVE_BUCKET = os.environ.get("ARCHIVE_BUCKET", "oregon-dhs-case-archive")
CARE_COORDINATION_URL = os.environ.get(
    "CARE_COORDINATION_URL", "https://api.carelinkhub.com/v2/contacts"
)
