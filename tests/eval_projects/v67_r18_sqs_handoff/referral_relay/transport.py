"""SQS transport for referral packets."""

import json

import boto3

from .settings import AWS_REGION, ICE_HANDOFF_QUEUE_URL

_sqs = boto3.client("sqs", region_name=AWS_REGION)


class QueueTransport:
    def __init__(self):
        self.queue_url = ICE_HANDOFF_QUEUE_URL

    def publish(self, packet):
        _sqs.send_message(QueueUrl=self.queue_url, MessageBody=json.dumps(packet))
