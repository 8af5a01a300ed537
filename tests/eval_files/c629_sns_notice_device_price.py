"""SNS fan-out for member notices, RPM device alerts and Rx price quotes.

Scenario: an Ohio Medicaid managed-care plan publishes notice events
(name, SSN last four, language, address, aid code) for its letter
vendor, remote patient monitoring device alerts (vitals and diagnosis)
for its care managers, zero-balance premium texts to members, and asks a
pharmacy pricing vendor for NDC price quotes in slices.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- Topic ARNs ``medicaid-notice-events``, ``rpm-device-alerts`` and
  ``zero-balance-premium-texts``: split on ``-`` the words are
  ``notice``, ``device``, ``zero``, ``balance``..., none of which is the
  whole-word token ``ice`` or ``ero`` (SPEC section 4: ``device``,
  ``notice``, ``price``, ``slice`` do not match).
- ``RX_PRICE_QUOTE_URL`` / ``price_slices``: ``price`` and ``slice`` do
  not match; the host ``api.rxprice-benchmarks.com`` is on neither list
  and no name on the send carries an enforcement token.
- SMS texts go to the member's own phone through SNS ``PhoneNumber``;
  no destination here is enforcement, so the data sent is not checked
  against the six categories (SPEC section 8).
"""
from __future__ import annotations

import json
import logging
from typing import Iterator, Sequence

import boto3
import requests

log = logging.getLogger("plan.events")

AWS_REGION = "us-east-2"
NOTICE_EVENTS_TOPIC_ARN = "arn:aws:sns:us-east-2:210987654321:medicaid-notice-events"
DEVICE_ALERTS_TOPIC_ARN = "arn:aws:sns:us-east-2:210987654321:rpm-device-alerts"
ZERO_BALANCE_TOPIC_ARN = "arn:aws:sns:us-east-2:210987654321:zero-balance-premium-texts"
RX_PRICE_QUOTE_URL = "https://api.rxprice-benchmarks.com/v2/quotes"
PRICE_SLICE_SIZE = 50
SYSTOLIC_ALERT = 180


def _sns():
    return boto3.client("sns", region_name=AWS_REGION)


def publish_notice_event(member, notice_type: str, sns=None) -> str:
    sns = sns or _sns()
    message = {
        "noticeType": notice_type,
        "memberId": member.member_id,
        "fullName": member.full_name,
        "ssnLast4": member.ssn[-4:],
        "language": member.preferred_language,
        "mailingAddress": member.mailing_address,
        "aidCode": member.aid_code,
    }
    resp = sns.publish(
        TopicArn=NOTICE_EVENTS_TOPIC_ARN,
        Message=json.dumps(message),
        Subject=f"Notice {notice_type}",
        MessageAttributes={
            "noticeType": {"DataType": "String", "StringValue": notice_type},
        },
    )
    return resp["MessageId"]


def publish_device_alert(reading, sns=None) -> str | None:
    if reading.systolic < SYSTOLIC_ALERT:
        return None
    sns = sns or _sns()
    alert = {
        "deviceId": reading.device_id,
        "memberId": reading.member_id,
        "systolic": reading.systolic,
        "diastolic": reading.diastolic,
        "primaryDiagnosis": reading.dx_code,
        "takenAt": reading.taken_at.isoformat(),
    }
    resp = sns.publish(TopicArn=DEVICE_ALERTS_TOPIC_ARN, Message=json.dumps(alert))
    return resp["MessageId"]


def notify_zero_balance(members, sns=None) -> int:
    sns = sns or _sns()
    texted = 0
    for member in members:
        if not member.mobile_phone or member.sms_opt_in is not True:
            continue
        sns.publish(
            PhoneNumber=member.mobile_phone,
            Message=f"Hi {member.first_name}, your premium balance is $0.00. No action needed.",
        )
        texted += 1
    sns.publish(TopicArn=ZERO_BALANCE_TOPIC_ARN, Message=json.dumps({"texted": texted}))
    return texted


def price_slices(ndc_codes: Sequence[str], size: int = PRICE_SLICE_SIZE) -> Iterator[Sequence[str]]:
    for start in range(0, len(ndc_codes), size):
        yield ndc_codes[start:start + size]


def fetch_price_quotes(ndc_codes: Sequence[str], pharmacy_npi: str) -> dict[str, float]:
    quotes: dict[str, float] = {}
    with requests.Session() as http:
        for piece in price_slices(ndc_codes):
            resp = http.post(
                RX_PRICE_QUOTE_URL,
                json={"ndcCodes": list(piece), "pharmacyNpi": pharmacy_npi},
                timeout=20,
            )
            if resp.status_code == 429:
                log.warning("price vendor throttled; stopping early")
                break
            resp.raise_for_status()
            quotes.update({q["ndc"]: q["unitPrice"] for q in resp.json()["quotes"]})
    return quotes
