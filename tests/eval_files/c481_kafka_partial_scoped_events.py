"""Daily Kafka events: basics to the ICE EID topic, renewals to the state topic (expected clean).

Scenario: a state integration hub reads the daily eligibility change file
and publishes two kinds of events from it.  Enrollees recorded as U.S.
citizens get a renewal event (with SSN and redetermination date) on the
state's own topic; for the others, a verification service decides whether
they are unlawfully present, and only those get a basic-categories event
on ICE's EID referral topic.  Senders are a ``functools.partial`` and a
closure; the ICE event builder is registered with a decorator.

Why no finding is expected:
- Destination: ``ice.eid.referrals.v1`` holds the ``ice`` token after
  splitting on ``.`` (enforcement, SPEC §4); ``medi-cal.renewals.citizens``
  holds none, so the SSN and redetermination date sent there by the
  closure ``to_state`` are not findings.
- Control flow: the citizen branch ends in ``continue`` (SPEC §6), so its
  SSN dict never reaches the ICE sends that follow.
- Fields: ``build_ice_event`` is named for enforcement (its return value
  is an enforcement payload, SPEC §4) and places only permitted T-MSIS
  columns (Medicaid ID, date of birth, phone, immigration status) plus the
  harmless ``schema_version`` constant.  The decorator ``handler(...)``
  returns the function unchanged.  The Kafka ``key`` is the Medicaid ID.
- Population (SPEC §10): ``rows`` is a bulk source (plural person noun,
  no visible caller).  Every record that reaches the ICE topic passed the
  ``us_citizen`` test and ``is_unlawfully_present`` (a function named for
  the condition: a word beginning with ``unlawful``), both of which
  decide whether the record is appended to the batch.  The batch filled in
  one iteration and sent in a later one, or after the loop, is cleared.
"""
import functools
import json
import logging

from kafka import KafkaProducer

from hub.vlp import lookup_presence

REFERRAL_TOPIC = "ice.eid.referrals.v1"
STATE_TOPIC = "medi-cal.renewals.citizens"
SCHEMA_VERSION = "eid-basic-3"
FLUSH_EVERY = 250

HANDLERS = {}
log = logging.getLogger("hub.daily")


def handler(kind: str):
    def register(fn):
        HANDLERS[kind] = fn
        return fn
    return register


@handler("referral")
def build_ice_event(row: dict) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "msis_ident_num": row["msis_ident_num"],
        "birth_dt": row["birth_dt"],
        "elgbl_phne_num": row["elgbl_phne_num"],
        "imgrtn_stus_cd": row["imgrtn_stus_cd"],
    }


def is_unlawfully_present(row: dict) -> bool:
    answer = lookup_presence(row["msis_ident_num"])
    return answer is not None and answer.confirmed


def make_emitter(producer, topic: str):
    def emit(event: dict, key: str):
        return producer.send(topic, key=key.encode(), value=json.dumps(event, default=str).encode())
    return emit


def new_producer(servers: str) -> KafkaProducer:
    return KafkaProducer(
        bootstrap_servers=servers,
        security_protocol="SSL",
        acks="all",
        value_serializer=lambda v: json.dumps(v, default=str).encode(),
    )


def publish_day(producer, rows) -> dict:
    to_ice = functools.partial(producer.send, REFERRAL_TOPIC)
    to_state = make_emitter(producer, STATE_TOPIC)
    counts = {"ice": 0, "state": 0, "skipped": 0}
    pending = []
    for row in rows:
        if row["us_citizen"] == "Y":
            renewal = {
                "cin": row["msis_ident_num"],
                "ssn": row["ssn"],
                "redetermination_date": row["redetermination_date"],
            }
            to_state(renewal, key=row["msis_ident_num"])
            counts["state"] += 1
            continue
        if not is_unlawfully_present(row):
            counts["skipped"] += 1
            continue
        if len(pending) >= FLUSH_EVERY:
            for event in pending:
                to_ice(key=event["msis_ident_num"].encode(), value=event)
            counts["ice"] += len(pending)
            pending = []
        pending.append(build_ice_event(row))
    for event in pending:
        to_ice(key=event["msis_ident_num"].encode(), value=event)
    counts["ice"] += len(pending)
    producer.flush(timeout=60)
    return counts
