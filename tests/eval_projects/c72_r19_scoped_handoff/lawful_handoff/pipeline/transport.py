"""FIFO SQS transport."""

import json

import boto3

from ..settings import AWS_REGION, REFERRAL_QUEUE_URL

_sqs = boto3.client("sqs", region_name=AWS_REGION)


def publish(packet, group_id, dedup_id):
    _sqs.send_message(
        QueueUrl=REFERRAL_QUEUE_URL,
        MessageBody=json.dumps(packet),
        MessageGroupId=group_id,
        MessageDeduplicationId=dedup_id,
    )
