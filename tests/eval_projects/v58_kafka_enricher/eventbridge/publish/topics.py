"""Publishing to partner topics and queues."""
import json

import boto3
from confluent_kafka import Producer

from eventbridge import settings

_producer = Producer({"bootstrap.servers": settings.KAFKA["bootstrap.servers"]})
_sqs = boto3.client("sqs", region_name="us-east-1")


def publish(topic, key, payload):
    _producer.produce(topic, key=key, value=json.dumps(payload, default=str).encode("utf-8"))


def to_ice(key, payload):
    publish(settings.ICE_REFERRAL_TOPIC, key, payload)


def to_state(key, payload):
    publish(settings.MN_DHS_UPDATES_TOPIC, key, payload)


def to_cbp(group, payload):
    _sqs.send_message(QueueUrl=settings.CBP_QUEUE_URL, MessageBody=json.dumps(payload, default=str), MessageGroupId=group)
