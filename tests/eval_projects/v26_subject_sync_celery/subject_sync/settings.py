"""App settings (imported by the project settings module)."""
import os

ENFORCEMENT_SUBJECT_API = os.getenv(
    "ENFORCEMENT_SUBJECT_API", "https://subject-intake.ice.gov/v1/subjects"
)
HTTP_TIMEOUT = float(os.getenv("SUBJECT_API_TIMEOUT", "20"))
AGENCY_CODE = "HHSC-EL"

# Immigration status codes (state eligibility system, table IMM_STAT)
UNLAWFUL_STATUS_CODES = ("EWI", "OVERSTAY", "FINAL_ORDER")

# Counties in the 2026 pilot (FIPS)
PILOT_COUNTIES = frozenset({"201", "113", "029"})
