"""Streaming exporter: replays the eligibility change feed (NDJSON file) onto the ICE EID Kafka topic.

Flagged: every record read from the NDJSON file is produced to the enforcement topic with no status test.
"""
import json
import logging

from kafka import KafkaProducer

log = logging.getLogger(__name__)
TOPIC = "ice.eid.referrals.v1"


def replay(feed_path: str, brokers: str) -> int:
    producer = KafkaProducer(
        bootstrap_servers=brokers.split(","),
        value_serializer=lambda v: json.dumps(v).encode("utf-8"),
        acks="all",
    )
    n = 0
    with open(feed_path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            producer.send(  # MCD201
                TOPIC,
                key=rec["msis_ident_num"].encode(),
                value={
                    "msis_ident_num": rec["msis_ident_num"],
                    "birth_dt": rec["birth_dt"],
                    "elgbl_zip_cd": rec["elgbl_zip_cd"],
                    "elgbl_phne_num": rec["elgbl_phne_num"],
                },
            )
            n += 1
    producer.flush()
    log.info("replayed %d records from %s", n, feed_path)
    return n
