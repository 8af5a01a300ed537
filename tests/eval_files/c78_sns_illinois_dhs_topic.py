"""Publishes full eligibility change events to the Illinois DHS topic consumed by the IES case system."""
import json
import os

import boto3

ELIGIBILITY_TOPIC_ARN = os.environ.get(
    "ELIGIBILITY_TOPIC_ARN",
    "arn:aws:sns:us-east-2:300011112222:il-dhs-eligibility-changes",
)

sns = boto3.client("sns", region_name="us-east-2")


def publish_change(member, change_type):
    event = {
        "member_id": member.member_id,
        "ssn": member.ssn,
        "first_name": member.first_name,
        "last_name": member.last_name,
        "household_income": member.household_income,
        "eligibility_group": member.eligibility_group,
        "change_type": change_type,
        "effective_date": member.effective_date.isoformat(),
    }
    sns.publish(
        TopicArn=ELIGIBILITY_TOPIC_ARN,
        Subject=f"Eligibility change for {member.member_id}",
        Message=json.dumps(event),
        MessageAttributes={
            "change_type": {"DataType": "String", "StringValue": change_type},
        },
    )
