"""Nightly scoped lead feed from the MMIS SQL Server to the ICE EID Kafka topic (clean).

Scenario: a federal contractor's job reads the MMIS eligibility tables over
pyodbc and publishes one message per lead to the Kafka topic
``ice.eid.referrals.v1``.  The query joins the contact and determination
tables, filters on SSN, restricted-benefits code, immigration status and
citizenship, and orders by race/ethnicity and last name for the operators'
reconciliation report - but selects only permitted columns.

Why no finding is expected:
- SPEC 3 "Column lists": the select list of the SQL query is the placement;
  ``WHERE``, ``JOIN ... ON`` and ``ORDER BY`` columns send nothing.  Every
  selected column is permitted (MSIS id, birth date, address lines, city,
  ZIP, phone, immigration status code: medicaid-fields.tsv).
  ``SSN_NUM``, ``RSTRCTD_BNFTS_CD``, ``RACE_ETHNCTY_CD`` and
  ``ELGBL_LAST_NAME`` appear only in ``ON``/``WHERE``/``ORDER BY``.
- The message value is built by explicit selection of those columns, and
  the message key is the MSIS id (SPEC 6 "explicit selection").
- Population: iterating the cursor is a bulk source, but the SQL ``WHERE``
  tests ``IMGRTN_STUS_CD`` and ``CTZNSHP_IND`` - a condition on status
  between source and send (SPEC 10), so no MCD201.
- Topic ``ice.eid.referrals.v1`` is an enforcement destination (SPEC 4); the
  findings would all need a prohibited field or an unconditioned bulk send.
"""
from __future__ import annotations

import json
import logging
import os
import sys

import pyodbc
from kafka import KafkaProducer

log = logging.getLogger("eid.feed")

ICE_TOPIC = os.environ.get("ICE_TOPIC", "ice.eid.referrals.v1")
KAFKA_BOOTSTRAP = os.environ.get("KAFKA_BOOTSTRAP", "kafka-1.feed.internal:9093")
MMIS_DSN = os.environ.get("MMIS_DSN", "DSN=MMIS_PROD;Trusted_Connection=yes")
UNLAWFUL_CODES = ("8", "9")

SCOPED_LEADS_SQL = """
SELECT e.MSIS_IDENT_NUM,
       e.BIRTH_DT,
       a.ELGBL_LINE_1_ADR,
       a.ELGBL_CITY_NAME,
       a.ELGBL_ZIP_CD,
       a.ELGBL_PHNE_NUM,
       e.IMGRTN_STUS_CD
  FROM dbo.ELGBL_DMGRPHC e
  JOIN dbo.ELGBL_CNTCT a
    ON a.MSIS_IDENT_NUM = e.MSIS_IDENT_NUM AND a.ELGBL_ADR_TYPE_CD = '01'
  JOIN dbo.ELGBL_DTRMNT d
    ON d.MSIS_IDENT_NUM = e.MSIS_IDENT_NUM AND d.RSTRCTD_BNFTS_CD = '2'
 WHERE e.IMGRTN_STUS_CD IN (?, ?)
   AND e.CTZNSHP_IND = '0'
   AND e.SSN_NUM IS NULL
 ORDER BY e.RACE_ETHNCTY_CD, e.ELGBL_LAST_NAME
"""


def _lead(row):
    return {
        "msis_ident_num": row.MSIS_IDENT_NUM,
        "birth_dt": row.BIRTH_DT.isoformat(),
        "address": {
            "line_1": row.ELGBL_LINE_1_ADR,
            "city": row.ELGBL_CITY_NAME,
            "zip_cd": row.ELGBL_ZIP_CD,
        },
        "phone": row.ELGBL_PHNE_NUM,
        "imgrtn_stus_cd": row.IMGRTN_STUS_CD,
    }


def _producer():
    return KafkaProducer(
        bootstrap_servers=KAFKA_BOOTSTRAP.split(","),
        security_protocol="SSL",
        acks="all",
        retries=5,
        linger_ms=50,
        value_serializer=lambda v: json.dumps(v, default=str).encode("utf-8"),
    )


def publish_scoped_leads():
    producer = _producer()
    published = 0
    conn = pyodbc.connect(MMIS_DSN, autocommit=False, timeout=30)
    try:
        cur = conn.cursor()
        cur.execute(SCOPED_LEADS_SQL, *UNLAWFUL_CODES)
        for row in cur:
            producer.send(
                ICE_TOPIC,
                key=str(row.MSIS_IDENT_NUM).encode("ascii"),
                value=_lead(row),
            )
            published += 1
            if published % 1000 == 0:
                log.info("published %d leads so far", published)
        producer.flush(timeout=60)
    finally:
        conn.close()
        producer.close()
    log.info("published %d scoped leads to %s", published, ICE_TOPIC)
    return published


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(0 if publish_scoped_leads() >= 0 else 1)
