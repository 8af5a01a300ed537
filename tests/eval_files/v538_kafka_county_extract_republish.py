"""Nightly job that republishes a county eligibility CSV, row by row, to the Kafka topic ``ice.eid.referrals.v1`` (topic token, SPEC §4), flushing every few hundred messages.

Each message value carries ``GNDR_CD`` (sex, MCD101) and ``HIV_STATUS`` (MCD102) (SPEC §3 dict entries); the send sits in the loop over a ``csv.DictReader`` whose only filters are MSIS id and county, and the immigration status is only defaulted inside the payload, so MCD201 at the send (SPEC §10).
"""
import csv
import functools
import json
import logging
import os
import signal
import sys
from dataclasses import dataclass, field

from kafka import KafkaProducer
from kafka.errors import KafkaError

log = logging.getLogger("eid.republish")

EID_TOPIC = os.getenv("EID_TOPIC", "ice.eid.referrals.v1")
BOOTSTRAP = os.getenv("KAFKA_BOOTSTRAP", "kafka-1.xfer.internal:9093,kafka-2.xfer.internal:9093")
FLUSH_EVERY = int(os.getenv("FLUSH_EVERY", "250"))


@dataclass
class RunStats:
    read: int = 0
    skipped: int = 0
    sent: int = 0
    failed: int = 0
    failed_ids: list = field(default_factory=list)


def _on_error(stats: RunStats, msis_id: str, exc: Exception) -> None:
    stats.failed += 1
    stats.failed_ids.append(msis_id)
    log.error("delivery failed for %s: %s", msis_id, exc)


def republish(path: str, counties: frozenset) -> RunStats:
    stats = RunStats()
    producer = KafkaProducer(
        bootstrap_servers=BOOTSTRAP.split(","),
        security_protocol="SSL",
        ssl_cafile=os.getenv("KAFKA_CA", "/etc/kafka/ca.pem"),
        acks="all",
        linger_ms=50,
        retries=5,
        value_serializer=lambda v: json.dumps(v, separators=(",", ":")).encode("utf-8"),
    )
    stopping = False

    def _stop(signum, frame):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, _stop)
    pending = 0
    try:
        with open(path, newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            for row in reader:
                if stopping:
                    log.warning("SIGTERM received; stopping after %d rows", stats.read)
                    break
                stats.read += 1
                msis_id = row.get("MSIS_IDENT_NUM", "").strip()
                if not msis_id or row.get("ELGBL_CNTY_CD") not in counties:
                    stats.skipped += 1
                    continue
                value = {
                    "msis_ident_num": msis_id,
                    "birth_dt": row["BIRTH_DT"],
                    "elgbl_line_1_adr": row["ELGBL_LINE_1_ADR"],
                    "elgbl_zip_cd": row["ELGBL_ZIP_CD"],
                    "elgbl_phne_num": row["ELGBL_PHNE_NUM"],
                    "imgrtn_stus_cd": row.get("IMGRTN_STUS_CD") or "U",
                    "gender": row["GNDR_CD"],  # MCD101
                    "hiv_status": row["HIV_STATUS"],  # MCD102
                }
                future = producer.send(EID_TOPIC, key=msis_id.encode("ascii"), value=value)  # MCD201
                future.add_errback(functools.partial(_on_error, stats, msis_id))
                stats.sent += 1
                pending += 1
                if pending >= FLUSH_EVERY:
                    producer.flush(timeout=60)
                    pending = 0
    except KafkaError:
        log.exception("producer error after %d rows", stats.read)
        raise
    finally:
        producer.flush(timeout=60)
        producer.close(timeout=30)
    return stats


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    wanted = frozenset(c.strip() for c in os.getenv("COUNTIES", "001,013,037").split(","))
    result = republish(sys.argv[1], wanted)
    log.info("republish done: read=%d sent=%d skipped=%d failed=%d",
             result.read, result.sent, result.skipped, result.failed)
    sys.exit(1 if result.failed else 0)
