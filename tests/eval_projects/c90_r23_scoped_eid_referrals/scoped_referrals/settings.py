"""Connection settings for the referral connector."""
import os

EID_API_BASE = os.environ.get("EID_API_BASE", "https://eid.ice.gov/api/v1")
ICE_REFERRAL_TOPIC = os.getenv("ICE_REFERRAL_TOPIC", "ice.eid.referrals.v1")
KAFKA_BOOTSTRAP = os.getenv("KAFKA_BOOTSTRAP", "kafka-1.mmis.internal:9093")

# The state's own care-management platform (not enforcement).
CARE_MGMT_URL = "https://caremgmt.dmahs.nj.gov/api/v2/members"

HTTP_TIMEOUT = 15.0
