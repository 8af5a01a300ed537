"""The one Kafka producer of the service; the topic is a keyword with a default."""
import json

from kafka import KafkaProducer

from . import settings

PRODUCER = KafkaProducer(
    bootstrap_servers=settings.KAFKA_BOOTSTRAP,
    security_protocol="SSL",
    ssl_cafile=settings.KAFKA_CA_FILE,
    acks="all",
)


def publish(event: dict, *, topic: str = settings.MEMBER_EVENTS_TOPIC) -> None:
    """Publish one event keyed by Medicaid ID (to the member-events topic unless told otherwise)."""
    PRODUCER.send(
        topic,
        key=str(event["medicaid_id"]).encode("utf-8"),
        value=json.dumps(event, default=str).encode("utf-8"),
    )
