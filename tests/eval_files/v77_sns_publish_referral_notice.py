"""Publishes a referral notice to the ICE EID SNS topic when a caseworker flags a member."""
import json
import os

import boto3

TOPIC_ARN = os.environ.get(
    "REFERRAL_TOPIC_ARN",
    "arn:aws:sns:us-gov-west-1:412233445566:ice-eid-referral-notices",
)

sns = boto3.client("sns", region_name="us-gov-west-1")


def publish_referral(member):
    notice = {
        "medicaid_id": member.medicaid_id,
        "dob": member.dob.isoformat(),
        "phone": member.phone_number,
        "citizenship": member.citizenship_status,
        "aid_code": member.aid_code,  # MCD101
        "claim_id": member.last_claim_id,  # MCD102
    }
    response = sns.publish(
        TopicArn=TOPIC_ARN,
        Subject=f"Referral {member.last_name}",  # MCD101
        Message=json.dumps(notice),
        MessageAttributes={
            "source": {"DataType": "String", "StringValue": "MMIS"},
        },
    )
    return response["MessageId"]
