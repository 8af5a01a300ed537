"""Celery task: hand one member's referral to ICE through an S3 bucket and an SQS queue."""
import json

import boto3
from celery import shared_task

HANDOFF_BUCKET = "ice-eid-handoff-prod"
QUEUE_URL = "https://sqs.us-east-1.amazonaws.com/123456789012/ero-referral-intake"


@shared_task
def hand_off(member):
    s3 = boto3.client("s3")
    s3.put_object(
        Bucket=HANDOFF_BUCKET,
        Key=f"referrals/{member.cin}.json",
        Body=json.dumps({"medicaid_id": member.cin, "sex": member.sex}),
        ContentType="application/json",
    )
    boto3.client("sqs").send_message(
        QueueUrl=QUEUE_URL,
        MessageBody=json.dumps({"medicaid_id": member.cin, "dob": member.dob.isoformat()}),
        MessageGroupId=member.case_ref,
    )
