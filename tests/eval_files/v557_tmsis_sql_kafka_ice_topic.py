"""T-MSIS eligibility extract relayed to a Kafka topic consumed by ICE EID.

Scenario: a state Medicaid agency's data-engineering team runs a nightly job
that selects enrollees of one county from the T-MSIS staging warehouse
(``tmsis_prmry_dmgrphc_elgblty`` joined to ``tmsis_elgbl_cntct``) and relays
every row, as JSON, to the Kafka topic ``ice.eid.referrals.v1``.  The topic
name comes from ``KafkaSettings.REFERRAL_TOPIC`` (an ``os.environ.get`` with
a literal default), copied to ``self.topic`` in ``__init__``; the producer is
passed in and its type is never visible.

Expected findings:
- The topic folds to ``ice.eid.referrals.v1``, whose ``ice`` token makes the
  Kafka send an enforcement sink (SPEC 4, destination by topic name; URL and
  name folding of env defaults and ``self.x`` set in ``__init__``).
- Each row sent is the select list of ``REFERRAL_SQL``; column lists are
  placements, each name reported on its own line (SPEC 3 "Column lists are
  placements ... the select list of a SQL query"):
  * ``e.SSN_NUM`` -> ssn, MCD101;
  * ``e.ELGBL_LAST_NAME`` -> name, MCD101;
  * ``e.PRMRY_LANG_GRP_CD`` -> language, MCD101.
  The other selected columns (MSIS_IDENT_NUM, BIRTH_DT, home address lines,
  ELGBL_PHNE_NUM_HOME, IMGRTN_STUS_CD) are permitted.  The JOIN ... ON,
  WHERE and ORDER BY columns send nothing (SPEC 3).
- MCD201 at the ``producer.send`` call: the rows come from iterating a cursor
  (SPEC 10 bulk source), the send sits in the loop over it, and nothing on
  the path decides on immigration status or citizenship: the WHERE clause is
  on county and submitting state, ``ORDER BY e.IMGRTN_STUS_CD`` is sorting
  (not a condition), and the ``if not row["IMGRTN_STUS_CD"]`` test only logs
  (SPEC 10 "a test that only logs ... does not").
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import time
from contextlib import closing

log = logging.getLogger("tmsis.relay.referrals")


class KafkaSettings:
    BOOTSTRAP = os.environ.get("KAFKA_BOOTSTRAP", "kafka-1.elig.internal:9093")
    REFERRAL_TOPIC = os.environ.get("ELIG_REFERRAL_TOPIC", "ice.eid.referrals.v1")
    LINGER_MS = int(os.environ.get("KAFKA_LINGER_MS", "50"))
    FLUSH_EVERY = 500


REFERRAL_SQL = (
    "SELECT e.MSIS_IDENT_NUM, "
    "       e.BIRTH_DT, "
    "       c.ELGBL_LINE_1_ADR_HOME, "
    "       c.ELGBL_CITY_NAME_HOME, "
    "       c.ELGBL_ZIP_CD_HOME, "
    "       c.ELGBL_PHNE_NUM_HOME, "
    "       e.IMGRTN_STUS_CD, "
    "       e.SSN_NUM, "  # MCD101
    "       e.ELGBL_LAST_NAME, "  # MCD101
    "       e.PRMRY_LANG_GRP_CD "  # MCD101
    "FROM tmsis.tmsis_prmry_dmgrphc_elgblty e "
    "JOIN tmsis.tmsis_elgbl_cntct c "
    "  ON c.MSIS_IDENT_NUM = e.MSIS_IDENT_NUM AND c.ELGBL_ADR_TYPE_CD = '01' "
    "WHERE c.ELGBL_CNTY_CD = %(county)s "
    "  AND e.SUBMTG_STATE_CD = %(state)s "
    "ORDER BY e.IMGRTN_STUS_CD, e.MSIS_IDENT_NUM"
)


def with_backoff(fn, *, attempts=5, base=0.5, cap=8.0):
    """Call ``fn`` until it succeeds, sleeping with capped exponential backoff."""
    delay = base
    for attempt in range(1, attempts + 1):
        try:
            return fn()
        except Exception as exc:  # broker hiccups surface as many types
            if attempt == attempts:
                raise
            log.warning("attempt %d/%d failed: %s", attempt, attempts, exc)
            time.sleep(delay)
            delay = min(cap, delay * 2)
    return None


class ReferralRelay:
    """Streams one county's enrollees from the warehouse onto the referral topic."""

    def __init__(self, conn, producer, flush_every=KafkaSettings.FLUSH_EVERY):
        self.conn = conn
        self.producer = producer
        self.topic = KafkaSettings.REFERRAL_TOPIC
        self.flush_every = flush_every
        self.sent = 0

    def run(self, county, state):
        log.info("relaying county %s (%s) to %s", county, state, self.topic)
        with closing(self.conn.cursor()) as cur:
            cur.execute(REFERRAL_SQL, {"county": county, "state": state})
            for row in cur:
                if not row["IMGRTN_STUS_CD"]:
                    log.debug("no immigration status on file for %s", row["MSIS_IDENT_NUM"])
                self.producer.send(self.topic, key=row["MSIS_IDENT_NUM"].encode("ascii"), value=json.dumps(row, default=str).encode("utf-8"))  # MCD201
                self.sent += 1
                if self.sent % self.flush_every == 0:
                    with_backoff(self.producer.flush)
        with_backoff(self.producer.flush)
        log.info("relayed %d rows", self.sent)
        return self.sent


def _connect(dsn):
    import psycopg2
    from psycopg2.extras import RealDictCursor

    return psycopg2.connect(dsn, cursor_factory=RealDictCursor)


def _producer():
    from kafka import KafkaProducer

    return KafkaProducer(
        bootstrap_servers=KafkaSettings.BOOTSTRAP,
        linger_ms=KafkaSettings.LINGER_MS,
        acks="all",
        security_protocol="SSL",
    )


def main(argv=None):
    parser = argparse.ArgumentParser(description="Relay a county extract to the referral topic")
    parser.add_argument("--county", required=True)
    parser.add_argument("--state", default="06")
    parser.add_argument("--dsn", default=os.environ.get("TMSIS_DSN", "dbname=tmsis"))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    conn = _connect(args.dsn)
    producer = _producer()
    try:
        ReferralRelay(conn, producer).run(args.county, args.state)
    finally:
        producer.close()
        conn.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
