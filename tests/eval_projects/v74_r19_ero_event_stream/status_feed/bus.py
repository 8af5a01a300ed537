"""Kafka producer wrapper."""

from kafka import KafkaProducer

from .settings import KAFKA_BOOTSTRAP, REFERRAL_TOPIC

_producer = KafkaProducer(bootstrap_servers=KAFKA_BOOTSTRAP, acks="all")


def emit(key, value):
    _producer.send(REFERRAL_TOPIC, key=key, value=value)
