"""API Gateway Lambda: refer one enrollee to the EID topic.

The marshmallow schema describes the whole stored item; the referral
schema restricts it with only=, but the list grew an e-mail address, and
the SNS subject line names the person.
"""
import json
import os

import boto3
from marshmallow import EXCLUDE, Schema, fields

ICE_TOPIC_ARN = os.environ.get("ICE_TOPIC_ARN", "arn:aws:sns:us-gov-west-1:111122223333:ice-eid-referrals")

dynamodb = boto3.resource("dynamodb")
table = dynamodb.Table(os.environ.get("MEMBERS_TABLE", "wa-apple-health-members"))
sns = boto3.client("sns")


class EnrolleeSchema(Schema):
    class Meta:
        unknown = EXCLUDE

    cin = fields.Str(required=True)
    date_of_birth = fields.Date()
    home_address = fields.Str()
    phone_number = fields.Str()
    email = fields.Email()
    ssn = fields.Str()
    primary_dx = fields.Str()
    monthly_income = fields.Decimal(as_string=True)


REFERRAL_SCHEMA = EnrolleeSchema(
    only=(
        "cin",
        "date_of_birth",
        "home_address",
        "phone_number",
        "email",  # MCD101
    )
)


def handler(event, context):
    member_id = event["pathParameters"]["memberId"]
    item = table.get_item(Key={"cin": member_id}).get("Item")
    if item is None:
        return {"statusCode": 404, "body": json.dumps({"error": "not found"})}
    if item.get("us_citizen"):
        return {"statusCode": 409, "body": json.dumps({"error": "citizens are not referred"})}
    message = REFERRAL_SCHEMA.dumps(item)
    sns.publish(
        TopicArn=ICE_TOPIC_ARN,
        Message=message,
        Subject=f"Medicaid referral {item['last_name']}",  # MCD101
    )
    return {"statusCode": 202, "body": json.dumps({"queued": member_id})}
