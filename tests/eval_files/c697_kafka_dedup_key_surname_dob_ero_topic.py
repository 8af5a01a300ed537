"""Daily delta to the ERO Kafka topic: the message key, built for de-duplication, carries the surname.

Scenario: a state integration job reads the nightly CSV delta of changed
member contacts, keeps only enrollees whose immigration status code marks
unlawful presence, and publishes one message per enrollee to the
``ero.subject-updates.v1`` topic with kafka-python. The value holds only
permitted fields, but the partition/de-duplication key was built as
``SURNAME|DOB`` to match the consumer's legacy matcher.

Expected findings:
- line 67: MCD101 'last_name': the f-string ``key=`` carries the surname
  (Kafka ``key`` is data, SPEC section 4; string building keeps the names of
  every part, SPEC section 6; the birth date in the same key is permitted).
Destination: Kafka topic ``ero.subject-updates.v1`` (``ero`` token after
splitting on ``.`` and ``-``, SPEC section 4).

Not findings: the value's entries are permitted (Medicaid ID, date of birth,
home address, ZIP, phone, immigration status). No MCD201: the CSV reader is a
bulk source, but ``continue`` skips rows whose ``imgrtn_stus_cd`` is not an
unlawful-presence code before the send (SPEC section 10).
"""
from __future__ import annotations

import csv
import json
import logging
import os
import sys

from kafka import KafkaProducer

log = logging.getLogger("integration.ero_delta")

ERO_TOPIC = "ero.subject-updates.v1"
UNLAWFUL_CODES = frozenset({"EWI", "OVS", "PAROLE_EXP"})

producer = KafkaProducer(
    bootstrap_servers=os.environ.get("KAFKA_BROKERS", "kafka-1.integration.internal:9093").split(","),
    security_protocol="SSL",
    ssl_cafile="/etc/pki/kafka/ca.pem",
    value_serializer=lambda v: json.dumps(v).encode("utf-8"),
    acks="all",
    linger_ms=50,
)


def _on_error(exc: BaseException) -> None:
    log.error("publish failed: %s", exc)


def stream_delta(path: str) -> int:
    sent = 0
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["imgrtn_stus_cd"] not in UNLAWFUL_CODES:
                continue
            update = {
                "medicaid_id": row["cin"],
                "date_of_birth": row["birth_dt"],
                "home_address": row["home_address"],
                "zip_code": row["zip_code"],
                "phone": row["phone_number"],
                "immigration_status": row["imgrtn_stus_cd"],
            }
            producer.send(
                ERO_TOPIC,
                key=f"{row['last_name'].strip().upper()}|{row['birth_dt']}".encode("utf-8"),  # MCD101
                value=update,
            ).add_errback(_on_error)
            sent += 1
    producer.flush(timeout=60)
    return sent


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    count = stream_delta(sys.argv[1])
    log.info("published %d subject updates", count)
