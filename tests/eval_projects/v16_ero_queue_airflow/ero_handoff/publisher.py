"""SQS publisher for the referral queue."""
import json

import boto3

from . import config


class EroQueuePublisher:
    def __init__(self):
        self.queue_url = config.ERO_REFERRAL_QUEUE_URL
        self._sqs = boto3.client("sqs", region_name=config.AWS_REGION)

    def send(self, body):
        return self._sqs.send_message(
            QueueUrl=self.queue_url,
            MessageBody=json.dumps(body, default=str),
        )
