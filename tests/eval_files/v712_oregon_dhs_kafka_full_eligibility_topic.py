"""Eligibility determinations to the Oregon DHS ONE Kafka topic: SSN, income, household and status for every member, under dhs names.

Scenario: a vendor that runs Oregon's ONE eligibility integration publishes
each nightly determination (SSN, names, income, household size, aid code,
citizenship and immigration status) to a Kafka topic on the state's own
cluster. The topic, the producer and the settings keys all carry ``dhs``.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- The topic ``oregon-dhs.one.eligibility-determinations.v3`` has a ``dhs``
  token next to the state name ``oregon``, and the producer
  ``or_dhs_producer`` next to the postal code ``or``: a state agency, not
  enforcement (SPEC section 4, "A ``dhs`` token next to a state or territory
  name or postal code").
- The brokers resolve (``os.environ.get`` default) to
  ``kafka01.one.dhsoha.state.or.us``, a ``*.state.<xx>.us`` host on the
  non-enforcement list (SPEC section 4).
- Full personal data to a state destination is lawful, and the unfiltered
  ``fetchall()`` loop is not MCD201 (SPEC sections 8 and 10).
"""
from __future__ import annotations

import json
import logging
import os

import psycopg
from psycopg.rows import dict_row
from confluent_kafka import Producer

log = logging.getLogger("one.determinations")

OR_DHS_BROKERS = os.environ.get("OR_DHS_KAFKA_BROKERS", "kafka01.one.dhsoha.state.or.us:9093")
DHS_DETERMINATIONS_TOPIC = "oregon-dhs.one.eligibility-determinations.v3"

DETERMINATION_SQL = """
SELECT d.case_number, d.medicaid_id, p.ssn, p.first_name, p.last_name, p.date_of_birth,
       d.aid_code, d.household_size, d.monthly_income, p.citizenship_status, p.immigration_status,
       d.decided_at
FROM one.determination d JOIN one.person p ON p.person_id = d.person_id
WHERE d.decided_at::date = current_date - 1
"""

or_dhs_producer = Producer({
    "bootstrap.servers": OR_DHS_BROKERS,
    "security.protocol": "SSL",
    "ssl.ca.location": "/etc/one/kafka-ca.pem",
    "enable.idempotence": True,
})


def _delivered(err, msg) -> None:
    if err is not None:
        log.error("delivery failed for %s: %s", msg.key(), err)


def publish_determinations() -> int:
    with psycopg.connect(os.environ["ONE_DSN"], row_factory=dict_row) as conn:
        rows = conn.execute(DETERMINATION_SQL).fetchall()
    for row in rows:
        or_dhs_producer.produce(
            DHS_DETERMINATIONS_TOPIC,
            key=row["medicaid_id"],
            value=json.dumps(row, default=str).encode("utf-8"),
            on_delivery=_delivered,
        )
        or_dhs_producer.poll(0)
    or_dhs_producer.flush(60)
    log.info("published %d determinations", len(rows))
    return len(rows)
