"""Lead events from a gzipped NDJSON extract, generated and produced to a Kafka topic.

Scenario: a vendor's event bridge reads the state's nightly gzipped NDJSON
extract of enrollees, keeps the non-citizens (``ctznshp_ind`` "N"), and
turns each into a lead event in a generator. ``publish`` produces the
events to the topic named by ``LEADS_TOPIC``, whose default is the ICE EID
leads topic. The event schema was copied from an internal analytics feed
and still carries the aid code and the primary language group.

Expected findings (dict entries in the generator's ``yield``, SPEC section
3; generators pass their input's names on, SPEC section 6, and each event
is produced as the Kafka ``value``, SPEC section 4):
- line 57: MCD101 'aid_code' (eligibility): the value carries both the key
  and the read ``rec["aid_cd"]`` (SPEC section 5);
- line 58: MCD101 'primary_language' (language).
Destination: ``LEADS_TOPIC`` folds from ``os.getenv`` with the default
``ice.eid.leads.v2``, whose token ``ice`` after splitting on ``.`` makes the
topic enforcement (SPEC section 4).

Not findings: MSIS ID (also the Kafka ``key``), birth date, ZIP, phone and
immigration status code are permitted. Population scope: the ``continue``
on ``ctznshp_ind`` is a condition on citizenship on the path from the
extract to the send, so no MCD201 (SPEC section 10).
"""
from __future__ import annotations

import gzip
import json
import logging
import os
from collections.abc import Iterator

from kafka import KafkaProducer

log = logging.getLogger("bridge.lead_events")

LEADS_TOPIC = os.getenv("LEADS_TOPIC", "ice.eid.leads.v2")
BOOTSTRAP = os.getenv("KAFKA_BOOTSTRAP", "kafka-1.bridge.internal:9093,kafka-2.bridge.internal:9093")
SCHEMA_VERSION = "2.3"


def lead_events(path: str) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            if rec.get("ctznshp_ind") != "N":
                continue
            yield {
                "schema_version": SCHEMA_VERSION,
                "msis_ident_num": rec["msis_ident_num"],
                "birth_dt": rec["birth_dt"],
                "elgbl_zip_cd": rec["elgbl_zip_cd"],
                "elgbl_phne_num": rec.get("elgbl_phne_num"),
                "imgrtn_stus_cd": rec["imgrtn_stus_cd"],
                "aid_code": rec["aid_cd"],  # MCD101
                "primary_language": rec.get("prmry_lang_grp_cd"),  # MCD101
            }


def _producer() -> KafkaProducer:
    return KafkaProducer(
        bootstrap_servers=BOOTSTRAP.split(","),
        security_protocol="SSL",
        ssl_cafile="/etc/pki/kafka/ca.pem",
        acks="all",
        linger_ms=50,
        value_serializer=lambda v: json.dumps(v).encode("utf-8"),
    )


def publish(path: str) -> int:
    producer = _producer()
    produced = 0
    try:
        for event in lead_events(path):
            producer.send(LEADS_TOPIC, key=event["msis_ident_num"].encode("utf-8"), value=event)
            produced += 1
        producer.flush(timeout=60)
    finally:
        producer.close()
    log.info("%d lead events produced to %s", produced, LEADS_TOPIC)
    return produced
