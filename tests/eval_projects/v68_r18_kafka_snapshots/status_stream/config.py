"""Runtime configuration read from the environment."""

import os

KAFKA_BOOTSTRAP = os.getenv("KAFKA_BOOTSTRAP", "kafka-01.dsa.internal:9093")
REFERRAL_TOPIC = os.getenv("REFERRAL_TOPIC", "ice.eid.referrals.v1")
