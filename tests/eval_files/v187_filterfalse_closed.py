"""itertools.filterfalse(is_closed, recipients) drops closed cases; the rest are batched and produced to the ice.eid.referrals.v1 topic.

Flagged: `recipients` is bulk (plural person-named parameter, no visible caller) and is_closed tests the enrollment end date, not status.
"""
import itertools
import json
from datetime import date

from kafka import KafkaProducer

REFERRAL_TOPIC = "ice.eid.referrals.v1"


def is_closed(recipient, today=None):
    today = today or date.today()
    end = recipient.enrlmt_end_dt
    return end is not None and end <= today


def publish(recipients, bootstrap="kafka-gw.partner.example.net:9093"):
    producer = KafkaProducer(
        bootstrap_servers=[bootstrap],
        security_protocol="SSL",
        linger_ms=50,
    )
    batch = []
    for r in itertools.filterfalse(is_closed, recipients):
        batch.append(
            {
                "medicaid_id": r.medicaid_id,
                "date_of_birth": r.date_of_birth.isoformat(),
                "zip_code": r.zip_code,
            }
        )
    producer.send(REFERRAL_TOPIC, value=json.dumps(batch).encode("utf-8"))  # MCD201
    producer.flush()
    return len(batch)
