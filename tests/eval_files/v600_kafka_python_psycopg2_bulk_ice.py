"""Kafka (kafka-python) producer that streams a whole state's T-MSIS
eligible file to the ICE EID topic, with the enrollee's language group.

Scenario: a vendor job opens a server-side psycopg2 cursor on the eligible
file of one submitting state, fetches 500 rows at a time and sends every
row as-is to ``ice.eid.referrals.v1``.  The query's select list adds
``prmry_lang_grp_cd`` (requested for "interpreter planning"), and no step
restricts the rows by immigration status or citizenship (the WHERE is on
the submitting state only).

Expected findings (2):
- MCD101 on the ``cur.execute(...)`` line, where the one-line SQL string's
  select list names ``prmry_lang_grp_cd`` (SPEC section 3: the column name
  in a SQL string is the placement; language).  The other selected columns
  are permitted; ``submtg_state_cd`` is only in WHERE.
- MCD201 at ``self.producer.send(...)`` (SPEC section 10: SQL rows fetched from a
  cursor are a bulk source, the send sits in the loop over them, and
  there is no condition on immigration status or citizenship).
Destination (SPEC section 4): the Kafka topic ``ice.eid.referrals.v1``.
"""
from __future__ import annotations

import json
import logging
import os
import time
from datetime import date
from decimal import Decimal

import psycopg2
from psycopg2.extras import RealDictCursor
from kafka import KafkaProducer
from kafka.errors import KafkaError

log = logging.getLogger("eid_state_stream")

ICE_TOPIC = "ice.eid.referrals.v1"
SUBMITTING_STATE = os.environ.get("SUBMTG_STATE_CD", "06")
FETCH_SIZE = 500
BOOTSTRAP = os.environ.get("EID_KAFKA_BOOTSTRAP", "b-1.eid-msk.example-vendor.net:9094").split(",")


def _default(value):
    if isinstance(value, (date,)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(type(value).__name__)


def make_producer() -> KafkaProducer:
    return KafkaProducer(
        bootstrap_servers=BOOTSTRAP,
        security_protocol="SSL",
        ssl_cafile="/etc/eid/ca.pem",
        ssl_certfile="/etc/eid/client.pem",
        ssl_keyfile="/etc/eid/client.key",
        acks="all",
        retries=5,
        linger_ms=20,
        value_serializer=lambda v: json.dumps(v, default=_default).encode("utf-8"),
    )


class StateStream:
    def __init__(self, dsn: str) -> None:
        self.dsn = dsn
        self.producer = make_producer()
        self.sent = 0
        self.errors = 0

    def _on_error(self, exc: BaseException) -> None:
        self.errors += 1
        log.error("send failed: %s", exc)

    def run(self) -> None:
        started = time.monotonic()
        conn = psycopg2.connect(self.dsn)
        try:
            with conn.cursor(name="eid_state_stream", cursor_factory=RealDictCursor) as cur:
                cur.execute("SELECT msis_ident_num, birth_dt, elgbl_phne_num, elgbl_zip_cd, prmry_lang_grp_cd FROM taf.tmsis_elgbl WHERE submtg_state_cd = %s", (SUBMITTING_STATE,))  # MCD101
                while True:
                    rows = cur.fetchmany(FETCH_SIZE)
                    if not rows:
                        break
                    for row in rows:
                        future = self.producer.send(ICE_TOPIC, key=row["msis_ident_num"].encode("utf-8"), value=row)  # MCD201
                        future.add_errback(self._on_error)
                        self.sent += 1
                    self.producer.flush(timeout=60)
                    log.info("%d rows sent so far", self.sent)
        except KafkaError:
            log.exception("Kafka failure after %d rows", self.sent)
            raise
        finally:
            conn.close()
            self.producer.close(timeout=30)
        log.info("stream done: %d sent, %d errors, %.0fs", self.sent, self.errors,
                 time.monotonic() - started)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    StateStream(os.environ["TAF_DSN"]).run()
