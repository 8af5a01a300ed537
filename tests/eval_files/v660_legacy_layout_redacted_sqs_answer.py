"""Answer to one ICE EID inquiry on a FIFO queue, with barred columns blanked in the legacy layout.

Scenario: ICE sends the state an inquiry about one Medicaid ID; an
eligibility-system handler looks the member up and answers on the
``ice-eid-inquiry-responses.fifo`` queue. The answer keeps the legacy
fixed layout, which still has ``ssn`` and ``primary_diagnosis`` columns:
the record builder fills every column, and the handler then overwrites
the two barred ones with constants before sending.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- ``answer["ssn"] = "REDACTED"`` and ``answer["primary_diagnosis"] = None``
  replace the values with constants after the builder placed them; the
  last assignment wins (SPEC section 6, flow-sensitive; "a value the code
  replaces with a constant" is a sanitizer), and a constant is never a
  finding, whatever key it sits under (SPEC section 5).
- The remaining fields are permitted (Medicaid ID, date of birth, mailing
  address, phone, immigration status, citizenship); ``request_id`` is
  harmless (SPEC section 5).
- ``MessageGroupId`` is a constant, ``MessageDeduplicationId`` the request
  id: transfer metadata (SPEC section 4).
- One member identified by the inquiry's Medicaid ID (SPEC section 10,
  "Not bulk").
"""
from __future__ import annotations

import json
import logging

import boto3

from eligibility.repository import find_member

log = logging.getLogger("eligibility.eid_inquiry")

ICE_RESPONSE_QUEUE_URL = (
    "https://sqs.us-gov-west-1.amazonaws.com/318204417719/ice-eid-inquiry-responses.fifo"
)
LAYOUT_VERSION = "EID-RESP-07"
sqs = boto3.client("sqs", region_name="us-gov-west-1")


def legacy_record(member) -> dict:
    return {
        "medicaid_id": member.medicaid_id,
        "date_of_birth": member.date_of_birth.strftime("%Y%m%d"),
        "mailing_address": member.mailing_address,
        "phone_number": member.phone_number or "",
        "immigration_status": member.immigration_status,
        "citizenship": member.citizenship_status,
        "ssn": member.ssn,
        "primary_diagnosis": member.primary_diagnosis,
    }


def handle_inquiry(body: str) -> None:
    inquiry = json.loads(body)
    request_id = inquiry["request_id"]
    member = find_member(inquiry["medicaid_id"])
    if member is None:
        answer = {"request_id": request_id, "result": "NO_MATCH"}
    else:
        answer = legacy_record(member)
        answer["ssn"] = "REDACTED"
        answer["primary_diagnosis"] = None
        answer["request_id"] = request_id
        answer["layout_version"] = LAYOUT_VERSION
    sqs.send_message(
        QueueUrl=ICE_RESPONSE_QUEUE_URL,
        MessageBody=json.dumps(answer),
        MessageGroupId="eid-inquiries",
        MessageDeduplicationId=request_id,
    )
    log.info("answered EID inquiry %s", request_id)
