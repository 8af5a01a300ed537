"""AWS Lambda: when a caseworker flags an applicant for referral in the
eligibility portal, publish a hand-off message to the ICE EID SNS topic.

Triggered by API Gateway with the applicant record as the request body.
"""
import json
import logging
import os

import boto3

log = logging.getLogger()
log.setLevel(logging.INFO)

ICE_HANDOFF_TOPIC = os.environ.get(
    "HANDOFF_TOPIC_ARN", "arn:aws-us-gov:sns:us-gov-west-1:123456789012:ice-eid-handoff-prod"
)
sns = boto3.client("sns", region_name="us-gov-west-1")


def handler(event, context):
    try:
        applicant = json.loads(event["body"])
    except (KeyError, TypeError, json.JSONDecodeError):
        return {"statusCode": 400, "body": "bad request"}

    if applicant.get("citizenship_status") == "CITIZEN":
        return {"statusCode": 422, "body": "citizens are not referred"}

    message = {
        "medicaid_id": applicant["medicaid_id"],
        "date_of_birth": applicant["date_of_birth"],
        "mailing_address": applicant["mailing_address"],
        "immigration_status": applicant["immigration_status"],
        "monthly_income": applicant["monthly_income"],  # MCD101
        "pregnant": applicant["is_pregnant"],  # MCD102
    }
    message.update(household_size=applicant["household_size"])  # MCD101
    if applicant.get("legacy_state_id"):
        message["beneficiary_id"] = applicant["social_security_number"]  # MCD101
    extra = message.setdefault("extra", {})
    extra["language"] = applicant["preferred_language"]  # MCD101

    sns.publish(
        TopicArn=ICE_HANDOFF_TOPIC,
        Subject=f"Hand-off {applicant['ssn'][-4:]}",  # MCD101
        Message=json.dumps(message),
        MessageAttributes={
            "county": {"DataType": "String", "StringValue": applicant["county"]},
            "source": {"DataType": "String", "StringValue": "eligibility-portal"},
        },
    )
    log.info("published hand-off for %s", applicant["medicaid_id"])
    return {"statusCode": 202, "body": json.dumps({"request_id": context.aws_request_id})}
