"""Transports: HTTPS to EID, SQS, S3, and the internal audit exchange."""
import json

import boto3
import httpx
import pika

from . import settings


class ReferralGateway:
    def __init__(self):
        self.url = settings.ICE_EID_URL
        self._sqs = boto3.client("sqs", region_name=settings.AWS_REGION)
        self._s3 = boto3.client("s3", region_name=settings.AWS_REGION)

    def post_json(self, body):
        response = httpx.post(self.url, json=body, timeout=30)
        response.raise_for_status()

    def post_raw(self, content):
        httpx.post(self.url, content=content, headers={"Content-Type": "application/json"}, timeout=30)

    def enqueue(self, body):
        self._sqs.send_message(QueueUrl=settings.HANDOFF_QUEUE_URL, MessageBody=json.dumps(body, default=str))

    def upload(self, key, body):
        self._s3.put_object(Bucket=settings.HANDOFF_BUCKET, Key=key, Body=json.dumps(body, default=str))


def audit(batch_id, record_count):
    connection = pika.BlockingConnection(pika.URLParameters(settings.AMQP_URL))
    channel = connection.channel()
    channel.basic_publish(
        exchange=settings.AUDIT_EXCHANGE,
        routing_key="handoff.sent",
        body=json.dumps({"batch_id": batch_id, "record_count": record_count}),
    )
    connection.close()
