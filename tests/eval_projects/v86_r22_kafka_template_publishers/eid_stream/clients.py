"""Client factory for the stream connector."""
import json
import os

from kafka import KafkaProducer

BOOTSTRAP_SERVERS = os.getenv("KAFKA_BOOTSTRAP", "kafka-01.stream.vendor.internal:9093")


def _to_json(value):
    return json.dumps(value, default=str).encode("utf-8")


def make_producer():
    return KafkaProducer(
        bootstrap_servers=BOOTSTRAP_SERVERS.split(","),
        security_protocol="SSL",
        acks="all",
        linger_ms=50,
        value_serializer=_to_json,
    )
