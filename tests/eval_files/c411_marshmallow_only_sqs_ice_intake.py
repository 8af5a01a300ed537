"""Lambda handlers that forward one enrollee at a time to the ICE EID intake
SQS FIFO queue, after the caseworker confirms the person is not lawfully
present.

CLEAN. EnrolleeSchema declares SSN, names and aid code, but the instance
sent is EnrolleeSchema(only=...) with four permitted names (SPEC 3
marshmallow only=, SPEC 6 include/only honoured). The second handler cuts
an incoming record with {k: v for k, v in record.items() if k in
ALLOWED_KEYS}, a constant tuple of permitted names (SPEC 6 sanitizers).
MessageGroupId/MessageDeduplicationId are transfer metadata and the
dedup id is a request id (SPEC 4, SPEC 5); the message attribute is a
constant. One person per call, so not bulk (SPEC 10). No finding expected.
"""
import json
import logging
import os
import uuid

import boto3
from marshmallow import Schema, fields

from intake.store import fetch_enrollee

log = logging.getLogger()
log.setLevel(logging.INFO)

ICE_INTAKE_QUEUE_URL = os.environ.get(
    "ICE_INTAKE_QUEUE_URL",
    "https://sqs.us-gov-west-1.amazonaws.com/123456789012/ice-eid-intake.fifo",
)

ALLOWED_KEYS = (
    "medicaid_id",
    "date_of_birth",
    "home_address",
    "phone",
    "citizenship_status",
    "immigration_status",
)

sqs = boto3.client("sqs")


class EnrolleeSchema(Schema):
    cin = fields.Str(required=True)
    birth_date = fields.Date()
    home_address = fields.Str()
    phone_number = fields.Str()
    ssn = fields.Str()
    first_name = fields.Str()
    last_name = fields.Str()
    aid_code = fields.Str()


referral_schema = EnrolleeSchema(
    only=(
        "cin",
        "birth_date",
        "home_address",
        "phone_number",
    )
)


def _send(body: str) -> str:
    request_id = str(uuid.uuid4())
    sqs.send_message(
        QueueUrl=ICE_INTAKE_QUEUE_URL,
        MessageBody=body,
        MessageGroupId="medi-cal-referrals",
        MessageDeduplicationId=request_id,
        MessageAttributes={"source": {"DataType": "String", "StringValue": "CA-DHCS"}},
    )
    return request_id


def refer_enrollee_handler(event, context):
    enrollee = fetch_enrollee(event["cin"])
    if enrollee is None:
        return {"statusCode": 404}
    request_id = _send(referral_schema.dumps(enrollee))
    log.info("queued referral %s", request_id)
    return {"statusCode": 202, "request_id": request_id}


def forward_intake_handler(event, context):
    record = json.loads(event["body"])
    body = {k: v for k, v in record.items() if k in ALLOWED_KEYS}
    if not body.get("medicaid_id"):
        return {"statusCode": 400}
    request_id = _send(json.dumps(body))
    return {"statusCode": 202, "request_id": request_id}
