"""Kafka and database settings."""
import os

KAFKA_BOOTSTRAP = os.getenv("KAFKA_BOOTSTRAP", "kafka-a.mmis.internal:9093,kafka-b.mmis.internal:9093")
ERO_REFERRAL_TOPIC = os.getenv("ERO_REFERRAL_TOPIC", "ero.referrals.v2")
MMIS_DSN = os.getenv("MMIS_DSN", "postgresql://reporting@mmis-ro.internal:5432/mmis")
