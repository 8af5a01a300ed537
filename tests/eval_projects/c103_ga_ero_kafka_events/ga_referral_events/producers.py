"""Kafka producer wrapper; the caller picks the topic."""
from kafka import KafkaProducer

from . import settings

_producer = KafkaProducer(
    bootstrap_servers=settings.KAFKA_BOOTSTRAP,
    security_protocol="SSL",
    acks="all",
    linger_ms=50,
)


def publish(topic: str, key: str, event_json: str) -> None:
    """Publish one JSON event under ``key``."""
    _producer.send(topic, key=key.encode("utf-8"), value=event_json.encode("utf-8"))


def flush() -> None:
    _producer.flush(timeout=30)
