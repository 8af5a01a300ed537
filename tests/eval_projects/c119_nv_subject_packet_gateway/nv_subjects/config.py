"""Gateway configuration.

Scenario:
    Base URL of the EID subject gateway, from the environment with a
    default at eid.ice.gov.

Expected findings:
    none
"""
import os

EID_BASE_URL = os.environ.get("EID_BASE_URL", "https://eid.ice.gov/api/v1")
EID_TIMEOUT = float(os.environ.get("EID_TIMEOUT", "20"))
