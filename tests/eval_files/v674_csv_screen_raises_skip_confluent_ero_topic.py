"""Monthly referral file to the ERO Kafka topic, screened by a validator that raises.

Scenario: a state agency's integration service consumes the referral file
that its eligibility unit prepares (CSV, one row per member). Each row goes
through ``_screen``, which raises ``SkipRecord`` for citizens and for
members with a lawful immigration status, and otherwise returns the event
with the permitted fields. Skipped rows are counted; the rest are produced
to the ERO leads topic with confluent-kafka.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- Population scope: the ``csv.DictReader`` is a bulk source and the send sits
  in the loop over it, but every record reaches ``produce`` only through
  ``_screen``, a same-module function whose outcome depends on
  ``ctznshp_ind`` and ``imgrtn_stus_cd``; a branch that ends in ``raise``
  does not flow past its end, and the handler ``continue``s (SPEC sections
  6 and 10: such a function counts as a condition where it is used as one).
- Fields: CIN, date of birth, home address, ZIP and immigration status code
  are permitted; the Kafka key is the CIN; ``schema_version`` is harmless
  (SPEC section 5). The ``reason`` strings passed to ``SkipRecord`` are
  logged, never produced.
"""
from __future__ import annotations

import csv
import json
import logging
from collections import Counter

from confluent_kafka import Producer

log = logging.getLogger("integration.ero_referrals")

ERO_TOPIC = "ero.leads.intake.v1"
LAWFUL_CODES = frozenset({"LPR", "REF", "ASY", "PAR", "TPS", "DACA"})
SCHEMA_VERSION = 4


class SkipRecord(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _screen(row: dict) -> dict:
    if row["ctznshp_ind"].strip().upper() == "Y":
        raise SkipRecord("citizen")
    if row["imgrtn_stus_cd"].strip().upper() in LAWFUL_CODES:
        raise SkipRecord("lawful status")
    if not row["cin"]:
        raise SkipRecord("no cin")
    return {
        "schema_version": SCHEMA_VERSION,
        "cin": row["cin"],
        "dob": row["dob"],
        "home_address": row["home_address"],
        "zip_code": row["zip_code"],
        "imgrtn_stus_cd": row["imgrtn_stus_cd"].strip().upper(),
    }


def _delivery(err, msg) -> None:
    if err is not None:
        log.error("delivery failed for key %s: %s", msg.key(), err)


def publish_file(path: str, producer: Producer) -> Counter:
    tally: Counter = Counter()
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            try:
                event = _screen(row)
            except SkipRecord as skip:
                tally[skip.reason] += 1
                continue
            producer.produce(
                ERO_TOPIC,
                key=event["cin"],
                value=json.dumps(event).encode("utf-8"),
                on_delivery=_delivery,
            )
            producer.poll(0)
            tally["produced"] += 1
    producer.flush(30)
    log.info("referral file %s: %s", path, dict(tally))
    return tally


def main(path: str) -> None:
    producer = Producer(
        {
            "bootstrap.servers": "kafka.integration.internal:9093",
            "security.protocol": "SSL",
            "enable.idempotence": True,
        }
    )
    publish_file(path, producer)
