"""Lambda-style handler that queues enrollee referrals for the ICE EID connector on SQS.

Clean: enrollees are skipped unless is_unlawfully_present(enrollee), a function named for the population test.
"""
import json

import boto3

from casework.eligibility import is_unlawfully_present
from casework.models import Enrollee

ICE_QUEUE_URL = "https://sqs.us-gov-west-1.amazonaws.com/123456789012/ice-eid-referrals"

sqs = boto3.client("sqs", region_name="us-gov-west-1")


def handler(event, context):
    program = event.get("program", "MAGI")
    queued = 0
    for enrollee in Enrollee.objects.filter(program=program).iterator():
        if not is_unlawfully_present(enrollee):
            continue
        sqs.send_message(
            QueueUrl=ICE_QUEUE_URL,
            MessageBody=json.dumps({
                "medicaid_id": enrollee.medicaid_id,
                "dob": enrollee.dob.isoformat(),
                "zip_code": enrollee.zip_code,
                "phone": enrollee.phone,
            }),
        )
        queued += 1
    return {"queued": queued}
