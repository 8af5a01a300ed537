"""Kafka transport to the ICE EID referral topic."""
import json

from kafka import KafkaProducer

from .settings import ICE_REFERRAL_TOPIC, KAFKA_BOOTSTRAP

_producer = KafkaProducer(
    bootstrap_servers=KAFKA_BOOTSTRAP,
    security_protocol="SSL",
    value_serializer=lambda v: json.dumps(v, default=str).encode("utf-8"),
)


def publish_referral(event) -> None:
    """Publish one referral event built by the caller."""
    _producer.send(ICE_REFERRAL_TOPIC, value=event)


def flush() -> None:
    _producer.flush(timeout=30)
