"""Where referrals go."""
ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"
OHA_ARCHIVE_URL = "https://archive.oha.oregon.gov/api/referrals"
