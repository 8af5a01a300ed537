import json

import boto3

from ..settings import AWS_REGION, REFERRAL_QUEUE_URL

_sqs = boto3.client("sqs", region_name=AWS_REGION)


def enqueue(message, group_id):
    _sqs.send_message(
        QueueUrl=REFERRAL_QUEUE_URL,
        MessageBody=json.dumps(message),
        MessageGroupId=group_id,
    )
