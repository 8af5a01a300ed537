"""Thin wrapper around the Kafka producer."""

from kafka import KafkaProducer

from .config import KAFKA_BOOTSTRAP, REFERRAL_TOPIC

_producer = KafkaProducer(bootstrap_servers=KAFKA_BOOTSTRAP, acks="all")


class EventProducer:
    topic = REFERRAL_TOPIC

    def emit(self, key, value):
        _producer.send(self.topic, key=key, value=value)
