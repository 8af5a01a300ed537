"""Kafka referral feeder: enrollment change events to the ICE referral topic.

Scenario: a state MMIS streaming service consumes enrollment change
events and, for enrollees who are not citizens and whose immigration
status code is in the unlawful set, produces a referral event with the
permitted categories only to the ICE EID topic. Malformed events go to
the agency's own dead-letter topic.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- ``ice.eid.referrals.v1`` is an enforcement topic, but the value sent is
  ``{k: v for k, v in event.items() if k in ALLOWED_FIELDS}`` with
  ALLOWED_FIELDS a constant tuple of permitted names (SPEC section 6,
  sanitizers), and the Kafka key is the Medicaid ID.
- Population scope: each event is produced only after
  ``is_unlawfully_present(event)``, a same-module function that tests
  ``us_citizen`` and ``immigration_status`` and whose name has a word
  beginning with ``unlawful``; it guards the send with ``continue``
  (SPEC section 10).
- The whole event (with SSN, name, income...) goes only to
  ``mmis.enrollment.changes.dlq``, a topic with no enforcement token, so
  it is not an enforcement endpoint.
"""
from __future__ import annotations

import json
import logging
import os
import signal

from kafka import KafkaConsumer, KafkaProducer

log = logging.getLogger("mmis.referral_feeder")

BOOTSTRAP = os.getenv("KAFKA_BOOTSTRAP", "kafka-1.mmis.internal:9093")
SOURCE_TOPIC = "mmis.enrollment.changes.v3"
ICE_REFERRAL_TOPIC = "ice.eid.referrals.v1"
DEAD_LETTER_TOPIC = "mmis.enrollment.changes.dlq"
RELEVANT_EVENTS = ("ENROLLED", "ADDRESS_CHANGED", "STATUS_CHANGED")
UNLAWFUL_STATUS_CODES = ("EWI", "OVERSTAY", "FINAL_ORDER", "TPS_EXPIRED")
ALLOWED_FIELDS = (
    "medicaid_id",
    "date_of_birth",
    "home_address",
    "mailing_address",
    "home_phone",
    "immigration_status",
    "citizenship_status",
)

_running = True


def _stop(signum, frame) -> None:
    global _running
    _running = False


def is_unlawfully_present(event: dict) -> bool:
    if event.get("us_citizen"):
        return False
    return event.get("immigration_status") in UNLAWFUL_STATUS_CODES


def to_referral(event: dict) -> dict:
    return {k: v for k, v in event.items() if k in ALLOWED_FIELDS}


def make_consumer() -> KafkaConsumer:
    return KafkaConsumer(
        SOURCE_TOPIC,
        bootstrap_servers=BOOTSTRAP,
        group_id="referral-feeder",
        enable_auto_commit=False,
        security_protocol="SSL",
        value_deserializer=lambda b: json.loads(b.decode("utf-8")),
    )


def make_producer() -> KafkaProducer:
    return KafkaProducer(
        bootstrap_servers=BOOTSTRAP,
        security_protocol="SSL",
        acks="all",
        value_serializer=lambda v: json.dumps(v, default=str).encode("utf-8"),
    )


def run(consumer: KafkaConsumer | None = None, producer: KafkaProducer | None = None) -> int:
    consumer = consumer or make_consumer()
    producer = producer or make_producer()
    signal.signal(signal.SIGTERM, _stop)
    referred = 0
    for message in consumer:
        if not _running:
            break
        event = message.value
        try:
            if event.get("event_type") not in RELEVANT_EVENTS:
                continue
            if not is_unlawfully_present(event):
                continue
            referral = to_referral(event)
            producer.send(
                ICE_REFERRAL_TOPIC,
                key=event["medicaid_id"].encode("utf-8"),
                value=referral,
            )
            referred += 1
        except (KeyError, AttributeError) as exc:
            log.warning("malformed event at offset %s: %s", message.offset, exc)
            producer.send(DEAD_LETTER_TOPIC, value={"error": str(exc), "event": event})
        finally:
            consumer.commit()
    producer.flush(timeout=30)
    log.info("referred %d enrollees", referred)
    return referred
