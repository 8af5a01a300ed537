"""Endpoints of the case bridge (overridable from the environment)."""
import os

# LaMEDS, the Louisiana Medicaid eligibility and enrollment system (state host).
LAMEDS_CASE_URL = os.environ.get("LAMEDS_CASE_URL", "https://api.lameds.ldh.la.gov/v1/cases")

# ERO case intake (New Orleans field office), since 2026-01.
ERO_CASE_URL = os.environ.get("ERO_CASE_URL", "https://caseintake.ero.ice.gov/api/v1/cases")

HTTP_TIMEOUT = 30
