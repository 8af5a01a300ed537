"""Settings of the CBP match job, overridable from the environment.

Expected findings: none (settings only).
"""
import os

CBP_MATCH_URL = os.environ.get("CBP_MATCH_URL", "https://match-api.cbp.gov/v1/match-requests")
CBP_MATCH_TOKEN = os.environ.get("CBP_MATCH_TOKEN", "")
REQUEST_TIMEOUT = float(os.environ.get("CBP_MATCH_TIMEOUT", "30"))

# Restricted-scope (emergency-only) aid codes in New Mexico's ASPEN system.
EMERGENCY_AID_CODES = ("EM1", "EM2", "EMP")
