"""Runtime configuration."""

import os

KAFKA_BOOTSTRAP = os.getenv("KAFKA_BOOTSTRAP", "broker-1.feeds.internal:9093")
REFERRAL_TOPIC = os.getenv("REFERRAL_TOPIC", "ero.referral-status.v2")
