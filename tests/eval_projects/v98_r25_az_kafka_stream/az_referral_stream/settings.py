"""Settings for the AHCCCS referral bridge (vendor-hosted Kafka cluster)."""
import os

KAFKA_BOOTSTRAP = os.environ.get("KAFKA_BOOTSTRAP", "kafka-1.eidbridge.vendorcloud.net:9093")

# Topic consumed by ICE's Enforcement Integration Database connector.
ICE_REFERRAL_TOPIC = "ice.eid.referrals.v1"

# AHCCCS immigration status codes for people not lawfully present.
UNLAWFUL_STATUS_CODES = ("UNDOC", "NLP")
