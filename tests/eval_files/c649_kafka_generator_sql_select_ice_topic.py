"""County roster replay onto the ICE EID Kafka topic through a row generator.

Scenario: a T-MSIS staging job at a state Medicaid agency streams one
county's enrollees out of PostgreSQL with a generator and publishes each
row, serialized whole, on the ``ice.eid.leads.v2`` topic of the shared
Kafka cluster (confluent-kafka).

Expected findings:
- line 56: MCD101 'prmry_lang_grp_cd' (language) and
- line 57: MCD102 'mh_hh_chrnc_cond_flag' (behavioral health): the select
  list of a SQL query is a column list, each name a placement at the line
  of its own string piece (SPEC section 3). Each row is serialized whole
  with ``json.dumps`` (SPEC section 6), and the generator passes its
  input's names on.
- line 84: MCD201 at ``producer.produce``: the send sits in a loop over
  rows of a cursor (a bulk source, through the generator); the query
  filters on county only. Ordering by ``imgrtn_stus_cd`` and sending it
  are not a condition (SPEC section 10).
Destination: the Kafka topic ``ice.eid.leads.v2`` holds the token ``ice``
(SPEC section 4).

Not findings: the other selected columns are permitted (Medicaid ID,
birth date, address line, city, ZIP, phone, immigration status);
``WHERE``, ``JOIN ... ON`` and ``ORDER BY`` columns send nothing; the key is
the Medicaid ID.
"""
from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator

import psycopg2
from confluent_kafka import KafkaException, Producer
from psycopg2.extras import RealDictCursor

log = logging.getLogger("tmsis.roster_replay")

ICE_LEADS_TOPIC = "ice.eid.leads.v2"
KAFKA_CONF = {
    "bootstrap.servers": os.getenv("KAFKA_BOOTSTRAP", "kafka-1.interop.internal:9093"),
    "security.protocol": "SSL",
    "ssl.ca.location": "/etc/kafka/ca.pem",
    "enable.idempotence": True,
    "linger.ms": 50,
}
ROSTER_SQL = (
    "SELECT e.msis_ident_num, "
    "       e.birth_dt, "
    "       c.elgbl_line_1_adr, "
    "       c.elgbl_city_name, "
    "       c.elgbl_zip_cd, "
    "       c.elgbl_phne_num, "
    "       d.imgrtn_stus_cd, "
    "       d.prmry_lang_grp_cd, "  # MCD101
    "       d.mh_hh_chrnc_cond_flag "  # MCD102
    "FROM tmsis.elgbl e "
    "JOIN tmsis.elgbl_cntct c ON c.msis_ident_num = e.msis_ident_num "
    "JOIN tmsis.var_dmgrphc_elgblty d ON d.msis_ident_num = e.msis_ident_num "
    "WHERE c.elgbl_cnty_cd = %(county)s "
    "ORDER BY d.imgrtn_stus_cd, e.msis_ident_num"
)


def iter_roster(conn, county: str) -> Iterator[dict]:
    with conn.cursor(cursor_factory=RealDictCursor, name=f"roster_{county}") as cur:
        cur.itersize = 2000
        cur.execute(ROSTER_SQL, {"county": county})
        for row in cur:
            yield dict(row)


def _delivery_report(err, msg) -> None:
    if err is not None:
        log.error("delivery failed for key %s: %s", msg.key(), err)


def publish_county(conn, county: str) -> int:
    producer = Producer(KAFKA_CONF)
    published = 0
    try:
        for row in iter_roster(conn, county):
            producer.produce(ICE_LEADS_TOPIC, key=row["msis_ident_num"], value=json.dumps(row, default=str).encode("utf-8"), on_delivery=_delivery_report)  # MCD201
            published += 1
            if published % 1000 == 0:
                producer.poll(0)
    except KafkaException:
        log.exception("publishing county %s stopped after %d rows", county, published)
        raise
    finally:
        producer.flush(30)
    return published


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    with psycopg2.connect(os.environ["TMSIS_DSN"]) as connection:
        log.info("published %d rows", publish_county(connection, os.environ.get("COUNTY", "037")))
