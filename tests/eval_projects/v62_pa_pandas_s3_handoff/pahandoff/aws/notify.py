"""SQS notice that a handoff object is ready."""
import json

import boto3

from ..settings import AWS_REGION, NOTIFY_QUEUE_URL


class HandoffNotifier:
    def __init__(self):
        self._sqs = boto3.client("sqs", region_name=AWS_REGION)

    def notify(self, message):
        self._sqs.send_message(QueueUrl=NOTIFY_QUEUE_URL, MessageBody=json.dumps(message))
