"""Status-scoped T-MSIS referral relay to the ICE Kafka topic (clean).

Scenario: the corrected version of the nightly relay.  The warehouse query
selects only permitted columns (MSIS ID, DOB, home address, phone,
citizenship and immigration status), restricted in SQL to enrollees whose
immigration-status code shows they are not lawfully present, and the rows
go to ``ice.eid.referrals.v1``.  The producer is injected.

Why no finding is expected:
- The select list names only permitted columns (SPEC 3 column lists; SPEC 1
  categories).  ``SSN_NUM`` and ``ELGBL_LAST_NAME`` appear only in the
  ``JOIN ... ON`` and ``ORDER BY`` clauses, which send nothing (SPEC 3).
- ``WHERE e.IMGRTN_STUS_CD IN (...)`` and ``e.CTZNSHP_IND = '0'`` are
  conditions on immigration status / citizenship between the source and
  the send, which clears MCD201 (SPEC 10).
- The message envelope adds only constants and harmless names
  (``batch_id``, ``schema_version``), and the Kafka key is the MSIS ID
  (SPEC 5).
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import uuid
from contextlib import closing

log = logging.getLogger("tmsis.relay.scoped")

REFERRAL_TOPIC = os.environ.get("ELIG_REFERRAL_TOPIC", "ice.eid.referrals.v1")
SCHEMA_VERSION = "4.0"
UNLAWFUL_STATUS_CODES = ("5", "6")

SCOPED_REFERRAL_SQL = (
    "SELECT e.MSIS_IDENT_NUM, "
    "       e.BIRTH_DT, "
    "       c.ELGBL_LINE_1_ADR_HOME, "
    "       c.ELGBL_LINE_2_ADR_HOME, "
    "       c.ELGBL_CITY_NAME_HOME, "
    "       c.ELGBL_STATE_CD_HOME, "
    "       c.ELGBL_ZIP_CD_HOME, "
    "       c.ELGBL_PHNE_NUM_HOME, "
    "       e.CTZNSHP_IND, "
    "       e.IMGRTN_STUS_CD "
    "FROM tmsis.tmsis_prmry_dmgrphc_elgblty e "
    "JOIN tmsis.tmsis_elgbl_cntct c "
    "  ON c.MSIS_IDENT_NUM = e.MSIS_IDENT_NUM AND c.ELGBL_ADR_TYPE_CD = '01' "
    "LEFT JOIN tmsis.ssn_xref x ON x.SSN_NUM = e.SSN_NUM "
    "WHERE e.IMGRTN_STUS_CD IN %(codes)s "
    "  AND e.CTZNSHP_IND = '0' "
    "  AND c.ELGBL_CNTY_CD = %(county)s "
    "ORDER BY e.ELGBL_LAST_NAME, e.MSIS_IDENT_NUM"
)


class Relay:
    def __init__(self, conn, producer, flush_every=1000):
        self.conn = conn
        self.producer = producer
        self.topic = REFERRAL_TOPIC
        self.flush_every = flush_every

    def _envelope(self, row, batch_id):
        return {
            "batch_id": batch_id,
            "schema_version": SCHEMA_VERSION,
            "subject": {
                "msis_ident_num": row["MSIS_IDENT_NUM"],
                "birth_dt": str(row["BIRTH_DT"]),
                "address_line_1": row["ELGBL_LINE_1_ADR_HOME"],
                "address_line_2": row["ELGBL_LINE_2_ADR_HOME"],
                "city": row["ELGBL_CITY_NAME_HOME"],
                "state": row["ELGBL_STATE_CD_HOME"],
                "zip": row["ELGBL_ZIP_CD_HOME"],
                "phone": row["ELGBL_PHNE_NUM_HOME"],
                "ctznshp_ind": row["CTZNSHP_IND"],
                "imgrtn_stus_cd": row["IMGRTN_STUS_CD"],
            },
        }

    def run(self, county):
        batch_id = uuid.uuid4().hex
        sent = 0
        with closing(self.conn.cursor()) as cur:
            cur.execute(SCOPED_REFERRAL_SQL, {"codes": UNLAWFUL_STATUS_CODES, "county": county})
            for row in cur:
                doc = self._envelope(row, batch_id)
                self.producer.send(self.topic, key=row["MSIS_IDENT_NUM"].encode("ascii"), value=json.dumps(doc).encode("utf-8"))
                sent += 1
                if sent % self.flush_every == 0:
                    self.producer.flush()
        self.producer.flush()
        log.info("batch %s: %d scoped referrals for county %s", batch_id, sent, county)
        return sent


def main(argv=None):
    import psycopg2
    from kafka import KafkaProducer
    from psycopg2.extras import RealDictCursor

    parser = argparse.ArgumentParser(description="Relay scoped referrals for one county")
    parser.add_argument("county")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    conn = psycopg2.connect(os.environ["TMSIS_DSN"], cursor_factory=RealDictCursor)
    producer = KafkaProducer(bootstrap_servers=os.environ["KAFKA_BOOTSTRAP"], acks="all")
    try:
        Relay(conn, producer).run(args.county)
    finally:
        producer.close()
        conn.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
