"""SQS producer for case flags."""
import json

import boto3

from . import config as cfg

_sqs = boto3.client("sqs", region_name=cfg.AWS_REGION)


def enqueue(message):
    return _sqs.send_message(
        QueueUrl=cfg.REFERRAL_QUEUE_URL,
        MessageBody=json.dumps(message, default=str),
    )
