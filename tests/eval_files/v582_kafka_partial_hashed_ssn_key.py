"""Kafka publisher bound with ``functools.partial`` to the ICE EID topic; hashed SSN as message key.

Scenario: when the state's verification service marks one enrollee's
immigration status as verified and referable, ``on_status_verified`` is
called with that enrollee and publishes a message to
``ice.eid.referrals.v1`` through ``publish``, a ``functools.partial`` of
``producer.send`` with the topic bound.  The team "pseudonymized" the key
with SHA-256 of the SSN and added the last four SSN digits, the A-number
and the SAVE case number to the value "to help matching".

Destination: the Kafka topic ``ice.eid.referrals.v1`` contains the token
``ice`` (SPEC 4); ``functools.partial`` is followed (SPEC 6).

Expected findings (SPEC 3: at the keyword argument / dict entry):
- ``"ssn_last4"`` entry from ``m.ssn[-4:]`` -> SSN, MCD101 (a slice is still
  an SSN, SPEC 6).
- ``"a_number"`` entry from ``m.alien_number`` -> immigration document id,
  MCD101 (medicaid-fields.tsv: a document id, not the status).
- ``"save_case_number"`` entry -> immigration document id, MCD101.
- ``key=`` keyword: ``hashlib.sha256`` of the SSN is an identifier derived
  from an SSN, still MCD101 (SPEC 6 "hashing"); Kafka ``key`` is data
  (SPEC 4).
``cin``, ``dob`` and ``immigration_status`` are permitted.  One enrollee per
call: no MCD201 (SPEC 10 "Not bulk").
"""
from __future__ import annotations

import functools
import hashlib
import json
import logging
import os

from kafka import KafkaProducer
from kafka.errors import KafkaError

log = logging.getLogger("verification.publisher")

ICE_TOPIC = os.environ.get("ICE_TOPIC", "ice.eid.referrals.v1")
BOOTSTRAP = os.environ.get("KAFKA_BOOTSTRAP", "broker-1.verify.internal:9093,broker-2.verify.internal:9093")
REFERABLE = frozenset({"NO_LAWFUL_STATUS", "ORDERED_REMOVED"})

producer = KafkaProducer(
    bootstrap_servers=BOOTSTRAP.split(","),
    security_protocol="SSL",
    acks="all",
    retries=5,
    value_serializer=lambda v: json.dumps(v, default=str).encode("utf-8"),
)
publish = functools.partial(producer.send, ICE_TOPIC)


def _on_error(exc):
    log.error("publish to %s failed: %s", ICE_TOPIC, exc)


def on_status_verified(m):
    if m.immigration_status not in REFERABLE:
        log.debug("enrollee %s not referable (%s)", m.cin, m.immigration_status)
        return None
    value = {
        "cin": m.cin,
        "dob": m.birth_date.isoformat(),
        "immigration_status": m.immigration_status,
        "ssn_last4": m.ssn[-4:],  # MCD101
        "a_number": m.alien_number,  # MCD101
        "save_case_number": m.save_case_number,  # MCD101
    }
    try:
        future = publish(
            key=hashlib.sha256(m.ssn.encode("utf-8")).hexdigest().encode("ascii"),  # MCD101
            value=value,
        )
        future.add_errback(_on_error)
    except KafkaError:
        log.exception("could not enqueue referral for %s", m.cin)
        raise
    return future


def close():
    producer.flush(timeout=30)
    producer.close()
