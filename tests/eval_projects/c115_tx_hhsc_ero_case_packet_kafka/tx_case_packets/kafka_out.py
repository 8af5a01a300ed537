"""Kafka publisher of subject packets.

Expected findings: none: it publishes what it is given (a function that
sends its parameter to an enforcement topic is clean by itself, SPEC
section 3).
"""
from kafka import KafkaProducer

from . import settings

_producer = None


def _get_producer() -> KafkaProducer:
    global _producer
    if _producer is None:
        _producer = KafkaProducer(bootstrap_servers=settings.KAFKA_BROKERS, security_protocol="SSL", acks="all")
    return _producer


def publish(value: bytes, medicaid_id: str) -> None:
    producer = _get_producer()
    producer.send(settings.ERO_PACKET_TOPIC, key=medicaid_id.encode("utf-8"), value=value)
    producer.flush(30)
