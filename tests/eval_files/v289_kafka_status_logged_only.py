"""Publish basic-information records to the federal referral topic.

Only the basic fields the court order allows are put on the wire: the payload
is cut down to BASIC_FIELDS before it is serialised.  Used by the monthly
reconciliation job, which hands over the records of one county at a time.
"""
from __future__ import annotations

import json
import logging
import uuid

from kafka import KafkaProducer
from kafka.errors import KafkaError

log = logging.getLogger("referrals.kafka")

TOPIC = "ice.eid.referrals.v1"
SCHEMA_VERSION = "1.4"
BASIC_FIELDS = (
    "msis_ident_num",
    "birth_dt",
    "ctznshp_ind",
    "imgrtn_stus_cd",
    "elgbl_line_1_adr_home",
    "elgbl_zip_cd_home",
    "elgbl_phne_num_home",
)


class ReferralPublisher:
    def __init__(self, bootstrap_servers: str):
        self._producer = KafkaProducer(
            bootstrap_servers=bootstrap_servers,
            security_protocol="SSL",
            acks="all",
            retries=5,
            linger_ms=50,
        )

    def publish(self, records, batch_id: str | None = None) -> int:
        batch_id = batch_id or uuid.uuid4().hex
        sent = 0
        for rec in records:
            if not rec.get("imgrtn_stus_cd"):
                # Data-quality signal only; the record still goes out.
                log.warning("record %s has no immigration status on file", rec["msis_ident_num"])

            payload = {k: rec[k] for k in BASIC_FIELDS}
            payload["batch_id"] = batch_id
            payload["schema_version"] = SCHEMA_VERSION
            payload["status_source"] = "SAVE" if rec.get("imgrtn_vrfctn_ind") == "1" else "ATTESTED"

            try:
                self._producer.send(TOPIC, key=rec["msis_ident_num"].encode(), value=json.dumps(payload).encode())  # MCD201
            except KafkaError:
                log.exception("publish failed for batch %s", batch_id)
                raise
            sent += 1

        self._producer.flush(timeout=30)
        log.info("batch %s: %d records published to %s", batch_id, sent, TOPIC)
        return sent

    def close(self) -> None:
        self._producer.close()
