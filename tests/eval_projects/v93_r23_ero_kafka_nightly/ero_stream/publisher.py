"""Kafka publisher; the topic comes from settings in ``__init__``."""
import json

from kafka import KafkaProducer

from . import settings


class ReferralPublisher:
    def __init__(self):
        self.topic = settings.ERO_REFERRAL_TOPIC
        self._producer = KafkaProducer(
            bootstrap_servers=settings.KAFKA_BOOTSTRAP,
            acks="all",
            value_serializer=lambda v: json.dumps(v, default=str).encode("utf-8"),
        )

    def publish(self, member_id, payload):
        self._producer.send(self.topic, key=str(member_id).encode("utf-8"), value=payload)

    def flush(self):
        self._producer.flush()
