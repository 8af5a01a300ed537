"""Stream referrals for unlawfully present enrollees to the ICE EID Kafka
topic ``ice.eid.referrals.v1`` (confluent_kafka).

Scenario: a state vendor's nightly producer iterates a server-side psycopg2
cursor over the T-MSIS eligible file for one submitting state, skips every
row whose immigration status code is not an unlawful-presence code, and
produces one JSON message per remaining enrollee, keyed by MSIS id.

Expected findings: none.
- SPEC section 3: the SQL select list (msis_ident_num, birth_dt,
  imgrtn_stus_cd, elgbl_phne_num, elgbl_line_1_adr, elgbl_zip_cd) holds only
  permitted columns; submtg_state_cd appears only in WHERE, which sends
  nothing.
- SPEC section 5: every message value and key is built from permitted names
  (medicaid_id, date_of_birth, immigration_status, phone_number,
  address_line1, zip_code) plus constants and a batch_id (harmless).
- SPEC section 10: the send sits in a loop over a cursor (a bulk source),
  but an ``if ...: continue`` on imgrtn_stus_cd decides whether each row is
  sent: no MCD201.
"""
from __future__ import annotations

import json
import logging
import os
import signal
import uuid
from datetime import date

import psycopg2
import psycopg2.extras
from confluent_kafka import KafkaException, Producer

log = logging.getLogger("eid_referral_producer")

ICE_REFERRAL_TOPIC = "ice.eid.referrals.v1"
SUBMITTING_STATE = os.environ.get("SUBMTG_STATE_CD", "48")
UNLAWFUL_PRESENCE_CODES = frozenset({"3", "8"})
SCHEMA_VERSION = "v1"
FETCH_SIZE = 500

PRODUCER_CONFIG = {
    "bootstrap.servers": os.environ.get("EID_BOOTSTRAP", "kafka-1.eid-exchange.net:9093"),
    "security.protocol": "SSL",
    "ssl.ca.location": "/etc/eid/ca.pem",
    "ssl.certificate.location": "/etc/eid/client.pem",
    "ssl.key.location": "/etc/eid/client.key",
    "enable.idempotence": True,
    "linger.ms": 50,
    "compression.type": "zstd",
}

EXTRACT_SQL = (
    "SELECT msis_ident_num, birth_dt, imgrtn_stus_cd, elgbl_phne_num, elgbl_line_1_adr, elgbl_zip_cd "
    "FROM taf.tmsis_elgbl_extract WHERE submtg_state_cd = %s"
)

_stopping = False


def _request_stop(signum, frame) -> None:
    global _stopping
    _stopping = True
    log.warning("signal %s received, finishing current message", signum)


def _on_delivery(err, msg) -> None:
    if err is not None:
        log.error("delivery failed for key %s: %s", msg.key(), err)


def _iso(value):
    return value.isoformat() if isinstance(value, date) else value


class ReferralProducer:
    def __init__(self, dsn: str, config: dict | None = None) -> None:
        self.dsn = dsn
        self.producer = Producer(config or PRODUCER_CONFIG)
        self.batch_id = uuid.uuid4().hex
        self.produced = 0
        self.skipped = 0

    def _produce(self, row: dict) -> None:
        message = {
            "schema_version": SCHEMA_VERSION,
            "batch_id": self.batch_id,
            "medicaid_id": row["msis_ident_num"],
            "date_of_birth": _iso(row["birth_dt"]),
            "immigration_status": row["imgrtn_stus_cd"],
            "phone_number": row["elgbl_phne_num"],
            "address_line1": row["elgbl_line_1_adr"],
            "zip_code": row["elgbl_zip_cd"],
        }
        while True:
            try:
                self.producer.produce(
                    ICE_REFERRAL_TOPIC,
                    key=row["msis_ident_num"].encode("utf-8"),
                    value=json.dumps(message).encode("utf-8"),
                    on_delivery=_on_delivery,
                )
                break
            except BufferError:
                self.producer.poll(1.0)
        self.producer.poll(0)

    def run(self) -> None:
        conn = psycopg2.connect(self.dsn)
        try:
            with conn.cursor(name="eid_extract", cursor_factory=psycopg2.extras.RealDictCursor) as cur:
                cur.itersize = FETCH_SIZE
                cur.execute(EXTRACT_SQL, (SUBMITTING_STATE,))
                for row in cur:
                    if _stopping:
                        break
                    if row["imgrtn_stus_cd"] not in UNLAWFUL_PRESENCE_CODES:
                        self.skipped += 1
                        continue
                    self._produce(row)
                    self.produced += 1
        finally:
            conn.close()
            remaining = self.producer.flush(30)
            if remaining:
                raise KafkaException(f"{remaining} messages not delivered")
        log.info("batch %s: produced %d, skipped %d", self.batch_id, self.produced, self.skipped)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    signal.signal(signal.SIGTERM, _request_stop)
    ReferralProducer(os.environ["TAF_DSN"]).run()
