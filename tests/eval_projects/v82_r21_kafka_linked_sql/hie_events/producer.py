"""Kafka producer wrapper."""
import json

from kafka import KafkaProducer

from .config import KAFKA_BOOTSTRAP, REFERRAL_TOPIC


class ReferralPublisher:
    """Publishes keyed JSON events on the referral topic."""

    def __init__(self):
        self._producer = KafkaProducer(
            bootstrap_servers=KAFKA_BOOTSTRAP,
            value_serializer=lambda v: json.dumps(v, default=str).encode("utf-8"),
        )
        self.topic = REFERRAL_TOPIC

    def publish(self, key, event):
        self._producer.send(self.topic, key=key.encode("utf-8"), value=event)

    def flush(self):
        self._producer.flush()
