"""Settings of the referral outbox."""

ICE_URL = "https://eid.ice.gov/api/v1"
TIMEOUT_SECONDS = 30
