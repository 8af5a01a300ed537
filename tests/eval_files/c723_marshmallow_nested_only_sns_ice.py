"""Nested marshmallow schema dumped with only= to an ICE SNS topic, listing household size and income.

Scenario:
    A state integration service publishes a subject notice to the ICE EID SNS
    topic after an eligibility worker confirms the enrollee's status. The
    agency's general-purpose enrollee schema (with a nested address schema)
    is dumped with an only= list; the list names the basic categories but
    also household size and monthly income, which the order does not allow.

Expected findings:
    line 69, MCD101, "household_size" in the only= column list
    line 70, MCD101, "monthly_income" in the only= column list
"""
from __future__ import annotations

import json
import logging

import boto3
from marshmallow import Schema, fields

from eligibility.store import EnrolleeStore

log = logging.getLogger("integrations.eid_sns")

ICE_SUBJECT_TOPIC = "arn:aws:sns:us-gov-west-1:220011334455:ice-eid-subject-notices"
UNLAWFUL_STATUSES = {"UNLAWFUL", "EXPIRED_PAROLE"}


class AddressSchema(Schema):
    line1 = fields.String()
    city = fields.String()
    state = fields.String()
    zip_code = fields.String()


class EnrolleeSchema(Schema):
    medicaid_id = fields.String()
    date_of_birth = fields.Date()
    immigration_status = fields.String()
    citizenship_status = fields.String()
    phone_number = fields.String()
    home_address = fields.Nested(AddressSchema)
    first_name = fields.String()
    last_name = fields.String()
    household_size = fields.Integer()
    monthly_income = fields.Decimal(as_string=True)
    aid_code = fields.String()


class NoticePublisher:
    def __init__(self, store: EnrolleeStore) -> None:
        self._store = store
        self._sns = boto3.client("sns", region_name="us-gov-west-1")

    def publish(self, medicaid_id: str) -> str | None:
        enrollee = self._store.get(medicaid_id)
        if enrollee.immigration_status not in UNLAWFUL_STATUSES:
            log.info("enrollee %s not in scope", medicaid_id)
            return None

        schema = EnrolleeSchema(
            only=(
                "medicaid_id",
                "date_of_birth",
                "immigration_status",
                "home_address",
                "phone_number",
                "household_size",  # MCD101
                "monthly_income",  # MCD101
            )
        )
        message = schema.dumps(enrollee)
        resp = self._sns.publish(
            TopicArn=ICE_SUBJECT_TOPIC,
            Message=message,
            Subject="EID subject notice",
        )
        log.info("published %s as %s", medicaid_id, resp["MessageId"])
        return resp["MessageId"]


def handler(event, context):
    publisher = NoticePublisher(EnrolleeStore.from_env())
    results = []
    for record in event.get("Records", []):
        body = json.loads(record["body"])
        results.append(publisher.publish(body["medicaid_id"]))
    return {"published": [r for r in results if r]}
