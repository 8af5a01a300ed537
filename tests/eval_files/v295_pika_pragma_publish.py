"""Case-review messages for the referral adapter.

The `referrals.outbound` exchange is consumed by the adapter that forwards to
the federal intake service, so the publish call is marked for the
medicaid-scope linter.  The adapter itself lives in another repository.
"""
from __future__ import annotations

import json
import logging
import os
import uuid

import pika

log = logging.getLogger("referrals.amqp")

AMQP_URL = os.environ.get("AMQP_URL", "amqps://mq.integrity.internal:5671/%2Fintegrity")
REFERRAL_EXCHANGE = "referrals.outbound"
ROUTING_KEY = "case.reviewed"
_PROPS = pika.BasicProperties(content_type="application/json", delivery_mode=2)

ENVELOPE = {"source": "medi-cal-integrity", "schema_version": "3.0"}


def _review_message(member) -> dict:
    message = ENVELOPE | {
        "correlation_id": str(uuid.uuid4()),
        "medicaid_id": member.medicaid_id,
        "dob": member.dob.isoformat(),
        "phone": member.phone_number,
        "pcp_address": member.pcp.address,  # MCD102
        "emergency_contact_phone": member.emergency_contact.phone,  # MCD101
    }
    message.setdefault("immigration_status", member.immigration_status)
    return message


def publish_case_review(member, review) -> None:
    if review.outcome != "REFER":
        log.debug("review %s not referred", review.id)
        return
    body = json.dumps(_review_message(member))
    params = pika.URLParameters(AMQP_URL)
    connection = pika.BlockingConnection(params)
    try:
        channel = connection.channel()
        channel.confirm_delivery()
        channel.basic_publish(exchange=REFERRAL_EXCHANGE, routing_key=ROUTING_KEY, body=body, properties=_PROPS)  # medicaid-scope: enforcement
        log.info("case review for %s published", member.medicaid_id)
    except pika.exceptions.AMQPError:
        log.exception("publish failed for %s", member.medicaid_id)
        raise
    finally:
        connection.close()
