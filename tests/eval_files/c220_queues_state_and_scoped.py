"""Queue fan-out for eligibility events.

Full member events go to the state's own eligibility-sync queue and to the
Minnesota DHS Kinesis stream; device-enrollment alerts go to an SNS topic.
The ICE referral queue receives only basic categories, and only for
records whose immigration status code is one the order covers.
"""
import json

import boto3

STATE_SYNC_QUEUE = "https://sqs.us-west-2.amazonaws.com/123456789012/dhcs-eligibility-sync"
ICE_REFERRAL_QUEUE = "https://sqs.us-gov-west-1.amazonaws.com/123456789012/ice-eid-referrals"
MN_DHS_STREAM = "mn-dhs-eligibility-events"
DEVICE_TOPIC_ARN = "arn:aws:sns:us-west-2:123456789012:device-enrollment-alerts"
UNLAWFUL_CODES = frozenset({"5", "6"})
BATCH_SIZE = 10

sqs = boto3.client("sqs")
kinesis = boto3.client("kinesis")
sns = boto3.client("sns")


def fan_out_state(records):
    entries = []
    for rec in records:
        entries.append(
            {
                "Id": str(len(entries)),
                "MessageBody": json.dumps(
                    {
                        "medicaid_id": rec["medicaid_id"],
                        "ssn": rec["ssn"],
                        "first_name": rec["first_name"],
                        "primary_diagnosis": rec["primary_diagnosis"],
                        "immigration_status": rec["immigration_status"],
                    }
                ),
            }
        )
        if len(entries) == BATCH_SIZE:
            sqs.send_message_batch(QueueUrl=STATE_SYNC_QUEUE, Entries=entries)
            entries = []
    if entries:
        sqs.send_message_batch(QueueUrl=STATE_SYNC_QUEUE, Entries=entries)
    for rec in records:
        kinesis.put_record(
            StreamName=MN_DHS_STREAM,
            Data=json.dumps(rec).encode("utf-8"),
            PartitionKey=rec["medicaid_id"],
        )


def alert_device_enrollment(member):
    sns.publish(
        TopicArn=DEVICE_TOPIC_ARN,
        Subject="Remote monitoring device enrolled",
        Message=json.dumps({"medicaid_id": member.medicaid_id, "ssn": member.ssn, "dx_code": member.dx_code}),
    )


def scoped_ice_referrals(records):
    entries = []
    for rec in records:
        if rec["immigration_status"] not in UNLAWFUL_CODES:
            continue
        entries.append(
            {
                "Id": str(len(entries)),
                "MessageBody": json.dumps(
                    {
                        "medicaid_id": rec["medicaid_id"],
                        "birth_date": rec["birth_date"],
                        "home_address": rec["home_address"],
                        "phone": rec["phone"],
                        "immigration_status": rec["immigration_status"],
                        "ssn": None,
                    }
                ),
            }
        )
        if len(entries) == BATCH_SIZE:
            sqs.send_message_batch(QueueUrl=ICE_REFERRAL_QUEUE, Entries=entries)
            entries = []
    if entries:
        sqs.send_message_batch(QueueUrl=ICE_REFERRAL_QUEUE, Entries=entries)
