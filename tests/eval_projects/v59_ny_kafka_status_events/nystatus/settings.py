"""Deployment settings for the status-event bridge."""
import os

KAFKA_BOOTSTRAP = os.environ.get("STATUS_KAFKA_BOOTSTRAP", "b-1.msk-interop.internal:9094")
CLIENT_ID = "ny-status-bridge"

# Topic consumed by the federal partner's EID intake (per the 2026 data-sharing agreement).
REFERRAL_TOPIC = "ice.eid.status-referrals.v2"

# Agency-owned audit trail of everything the bridge publishes.
AUDIT_TOPIC = "nys-medicaid-status-audit"

UNLAWFUL_STATUS_CODES = ("U", "X")
