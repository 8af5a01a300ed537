"""Endpoints of the partners this bridge talks to.

IDHS is the Illinois Department of Human Services, the state agency that runs
the eligibility redetermination API: it is not a federal agency.
"""
import os

DHS_ELIGIBILITY_URL = os.environ.get(
    "DHS_ELIGIBILITY_URL", "https://eligibility.dhs.illinois.gov/api/v2"
)
ICE_EID_URL = "https://eid.ice.gov/api/v1/referrals"
CHILD_SUPPORT_ENFORCEMENT_URL = "https://cse-gateway.maximus-hhs.com/il/v3/cases"

REQUEST_TIMEOUT = 30
