"""Thin wrapper around KafkaProducer: publishes whatever it is given."""
import json

from kafka import KafkaProducer

from nystatus import settings


class EventPublisher:
    def __init__(self):
        self._producer = KafkaProducer(
            bootstrap_servers=settings.KAFKA_BOOTSTRAP,
            client_id=settings.CLIENT_ID,
            acks="all",
            retries=5,
        )

    def publish_referral(self, event, key):
        self._producer.send(
            settings.REFERRAL_TOPIC,
            key=key.encode("utf-8"),
            value=json.dumps(event).encode("utf-8"),
        )

    def publish_audit(self, event):
        self._producer.send(
            settings.AUDIT_TOPIC,
            value=json.dumps(event).encode("utf-8"),
        )

    def flush(self):
        self._producer.flush(timeout=30)
