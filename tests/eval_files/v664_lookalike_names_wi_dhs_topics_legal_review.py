"""Wisconsin DHS event fan-out with look-alike names, and ICE referral drafts held for legal review.

Scenario: the Wisconsin Department of Health Services' eligibility
platform publishes full member change events on its own Kafka topics
(member notices, durable-medical-device orders, pharmacy price updates,
the DHS eligibility stream). A separate path builds an "ICE referral
draft" when a caseworker asks for one, but the draft goes only to the
department's legal review service, which decides whether anything may be
sent at all.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- Topics ``member-notice-events``, ``dme-device-orders`` and
  ``rx-price-slice-updates``: ``notice``, ``device``, ``price`` and
  ``slice`` contain the letters ``ice`` but are not the token ``ice``
  (whole words after splitting, SPEC section 4); likewise the names
  ``NOTICE_TOPIC``, ``DEVICE_TOPIC``, ``PRICE_SLICE_TOPIC``,
  ``ZERO_BALANCE_FLAG`` (``zero`` is not ``ero``).
- Topic ``wi.dhs.eligibility.changes``: ``dhs`` next to the state's
  postal code names a state agency (SPEC section 4).
- ``build_ice_referral`` is named for enforcement, but its output is
  visibly sent only to ``legal-review.dhs.wisconsin.gov`` (a state
  ``.gov`` domain on the non-enforcement list): "a builder ... named for
  enforcement whose output is visibly sent only to a non-enforcement host
  is clean" (SPEC section 4).
"""
from __future__ import annotations

import json
import logging

import requests
from confluent_kafka import Producer

log = logging.getLogger("wi_dhs.eligibility_events")

NOTICE_TOPIC = "member-notice-events"
DEVICE_TOPIC = "dme-device-orders"
PRICE_SLICE_TOPIC = "rx-price-slice-updates"
DHS_ELIGIBILITY_TOPIC = "wi.dhs.eligibility.changes"
LEGAL_REVIEW_URL = "https://legal-review.dhs.wisconsin.gov/api/v1/holds"
ZERO_BALANCE_FLAG = "Z"

producer = Producer({"bootstrap.servers": "kafka-1.eligibility.internal:9093", "security.protocol": "SSL"})


def change_event(m) -> dict:
    return {
        "medicaid_id": m.medicaid_id,
        "full_name": m.full_name,
        "ssn": m.ssn,
        "date_of_birth": m.date_of_birth.isoformat(),
        "mailing_address": m.mailing_address,
        "eligibility_group": m.eligibility_group,
        "premium_balance_flag": ZERO_BALANCE_FLAG if not m.premium_due else "D",
        "primary_diagnosis": m.primary_diagnosis,
    }


def fan_out(members) -> int:
    n = 0
    for m in members:
        event = json.dumps(change_event(m), default=str).encode("utf-8")
        producer.produce(DHS_ELIGIBILITY_TOPIC, key=m.medicaid_id, value=event)
        producer.produce(NOTICE_TOPIC, key=m.medicaid_id, value=event)
        if m.has_open_dme_order:
            producer.produce(DEVICE_TOPIC, key=m.medicaid_id, value=event)
        if m.has_active_prescription:
            producer.produce(PRICE_SLICE_TOPIC, key=m.medicaid_id, value=event)
        n += 1
    producer.flush(30)
    return n


def build_ice_referral(m, requested_by: str) -> dict:
    return {
        "medicaid_id": m.medicaid_id,
        "full_name": m.full_name,
        "ssn": m.ssn,
        "date_of_birth": m.date_of_birth.isoformat(),
        "immigration_status": m.immigration_status,
        "primary_diagnosis": m.primary_diagnosis,
        "requested_by": requested_by,
    }


def hold_for_legal_review(m, requested_by: str) -> str:
    draft = build_ice_referral(m, requested_by)
    resp = requests.post(LEGAL_REVIEW_URL, json={"draft": draft, "reason": "PENDING_COUNSEL_REVIEW"}, timeout=30)
    resp.raise_for_status()
    return resp.json()["hold_id"]
