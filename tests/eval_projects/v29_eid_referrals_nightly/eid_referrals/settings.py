"""Runtime settings for the EID referral feed."""
from __future__ import annotations

import os
from dataclasses import dataclass

ICE_REFERRAL_URL = os.getenv("ICE_REFERRAL_URL", "https://eid.ice.gov/api/v2/referrals")
AGENCY_CODE = "CA-DHCS"


@dataclass(frozen=True)
class HttpSettings:
    connect_timeout: float = float(os.getenv("EID_CONNECT_TIMEOUT", "5"))
    read_timeout: float = float(os.getenv("EID_READ_TIMEOUT", "30"))
    max_attempts: int = int(os.getenv("EID_MAX_ATTEMPTS", "4"))
    backoff_seconds: float = 2.0


HTTP = HttpSettings()
