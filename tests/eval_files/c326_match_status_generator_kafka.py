"""Publish referral events for not-lawfully-present enrollees to Kafka.

The consumer on the federal side reads topic ``ice.eid.referrals.v1``.  Rows
come from the county roster view through a generator so that the cursor is
streamed, never loaded whole; the status code decides, row by row, whether
an event is published.
"""
from __future__ import annotations

import json
import logging
from collections import Counter
from typing import Any, Iterator

import psycopg2
from kafka import KafkaProducer
from psycopg2.extras import RealDictCursor

log = logging.getLogger("eid.kafka")

TOPIC = "ice.eid.referrals.v1"
BOOTSTRAP = ["kafka-1.exchange.internal:9093", "kafka-2.exchange.internal:9093"]

ROSTER_SQL = """
    SELECT msis_ident_num,
           birth_dt,
           elgbl_line_1_adr,
           elgbl_zip_cd,
           elgbl_phne_num,
           imgrtn_stus_cd
      FROM roster.county_members
     WHERE elgbl_cnty_cd = %(county)s
"""


def iter_roster(conn, county: str) -> Iterator[dict[str, Any]]:
    with conn.cursor(name="roster_stream", cursor_factory=RealDictCursor) as cur:
        cur.itersize = 2000
        cur.execute(ROSTER_SQL, {"county": county})
        for row in cur:
            yield row


def _event(row: dict[str, Any]) -> bytes:
    return json.dumps(
        {
            "medicaid_id": row["msis_ident_num"],
            "date_of_birth": row["birth_dt"].isoformat(),
            "address": row["elgbl_line_1_adr"],
            "zip": row["elgbl_zip_cd"],
            "phone": row["elgbl_phne_num"],
            "immigration_status": row["imgrtn_stus_cd"],
        }
    ).encode("utf-8")


def publish_county(conn, county: str, producer: KafkaProducer | None = None) -> Counter:
    producer = producer or KafkaProducer(bootstrap_servers=BOOTSTRAP, security_protocol="SSL")
    stats: Counter = Counter()
    try:
        for row in iter_roster(conn, county):
            match row["imgrtn_stus_cd"]:
                case "3":
                    pass
                case "0" | "1" | "2":
                    stats["lawful_or_citizen"] += 1
                    continue
                case None:
                    stats["missing"] += 1
                    continue
                case other:
                    log.warning("unknown status code %r; row skipped", other)
                    stats["unknown"] += 1
                    continue
            producer.send(TOPIC, key=row["msis_ident_num"].encode("utf-8"), value=_event(row))
            stats["published"] += 1
    finally:
        producer.flush(timeout=60)
    log.info("county %s: %s", county, dict(stats))
    return stats


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    with psycopg2.connect("host=replica.mmis.internal dbname=roster") as connection:
        publish_county(connection, sys.argv[1])
