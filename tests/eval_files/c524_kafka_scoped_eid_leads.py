"""Weekly lead publisher that reads the SAVE-matched eligibility extract and publishes to the Kafka topic ``ice.eid.referrals.v1`` only rows whose immigration status code means no lawful presence, each reduced to an allow-list of the six basic categories.

Expected clean: the loop skips (``continue``) every row for which ``is_unlawfully_present`` is false, a function that tests the immigration-status field and whose name starts a word with ``unlawful`` (SPEC §10 condition on status), and ``{k: row[k] for k in ALLOWED}`` with a constant tuple of permitted names is an allow-list sanitizer (SPEC §6); the message key is the MSIS id (permitted).
"""
import csv
import gzip
import json
import logging
import os
import sys
from collections import Counter

from kafka import KafkaProducer
from kafka.errors import KafkaError

log = logging.getLogger("eid.leads")

EID_TOPIC = os.getenv("EID_TOPIC", "ice.eid.referrals.v1")
BOOTSTRAP = os.getenv("KAFKA_BOOTSTRAP", "kafka-1.xfer.internal:9093")
FLUSH_EVERY = 500
UNLAWFUL_STATUS_CODES = frozenset({"8", "9"})
ALLOWED = (
    "msis_ident_num",
    "birth_dt",
    "elgbl_line_1_adr",
    "elgbl_city_name",
    "elgbl_zip_cd",
    "elgbl_phne_num",
    "ctznshp_ind",
    "imgrtn_stus_cd",
)


def is_unlawfully_present(row: dict) -> bool:
    return (row.get("imgrtn_stus_cd") or "").strip() in UNLAWFUL_STATUS_CODES


def _producer() -> KafkaProducer:
    return KafkaProducer(
        bootstrap_servers=BOOTSTRAP.split(","),
        security_protocol="SSL",
        acks="all",
        enable_idempotence=True,
        value_serializer=lambda v: json.dumps(v).encode("utf-8"),
    )


def publish(path: str) -> Counter:
    stats = Counter()
    producer = _producer()
    try:
        with gzip.open(path, "rt", newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            missing = [k for k in ALLOWED if k not in (reader.fieldnames or [])]
            if missing:
                raise ValueError(f"extract lacks columns: {missing}")
            for row in reader:
                stats["read"] += 1
                if not is_unlawfully_present(row):
                    stats["out_of_scope"] += 1
                    continue
                event = {k: row[k] for k in ALLOWED}
                producer.send(EID_TOPIC, key=row["msis_ident_num"].encode("ascii"), value=event)
                stats["sent"] += 1
                if stats["sent"] % FLUSH_EVERY == 0:
                    producer.flush(timeout=60)
        producer.flush(timeout=60)
    except KafkaError:
        log.exception("publishing stopped after %d rows", stats["read"])
        raise
    finally:
        producer.close(timeout=30)
    return stats


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    result = publish(sys.argv[1])
    log.info("leads: %s", dict(result))
