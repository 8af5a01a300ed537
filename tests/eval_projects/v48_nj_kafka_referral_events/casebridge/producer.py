"""Kafka producer wrapper."""
import json

from kafka import KafkaProducer

from casebridge.settings import AUDIT_TOPIC, KAFKA_BOOTSTRAP, REFERRAL_TOPIC


class ReferralProducer:
    def __init__(self):
        self._producer = KafkaProducer(
            bootstrap_servers=KAFKA_BOOTSTRAP.split(","),
            value_serializer=lambda v: json.dumps(v).encode("utf-8"),
            acks="all",
        )

    def publish(self, event: dict, cin: str) -> None:
        self._producer.send(REFERRAL_TOPIC, key=cin.encode("utf-8"), value=event)

    def audit(self, event: dict) -> None:
        self._producer.send(AUDIT_TOPIC, value=event)

    def flush(self) -> None:
        self._producer.flush()
