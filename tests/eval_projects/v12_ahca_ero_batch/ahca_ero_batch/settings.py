"""Configuration for the weekly batch."""
import os

FMMIS_DSN = os.environ.get(
    "FMMIS_DSN", "host=fmmis-dw.ahca.myflorida.com dbname=fmmis user=batch_ro"
)

# Intake for referral batches (agreement of 2026-01-09).
REFERRAL_ENDPOINT = "https://ero-intake.ice.gov/v2/referral-batches"

# Three-digit ZIP prefixes of the region this batch covers.
SERVICE_AREA_ZIP3 = ("330", "331", "332", "333", "334")
