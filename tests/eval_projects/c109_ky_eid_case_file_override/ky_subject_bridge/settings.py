"""Endpoints of the subject exchange, as a frozen dataclass (values from the environment)."""
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    # kynect, the Commonwealth's benefits portal (state system).
    kynect_api_url: str = os.environ.get("KYNECT_API_URL", "https://api.kynect.ky.gov/medicaid/v2")
    # ICE Enforcement Integration Database, subject and case-file intake.
    ice_eid_url: str = os.environ.get("ICE_EID_URL", "https://eid.ice.gov/api/v2")
    http_timeout: float = 30.0


settings = Settings()
