"""Lead publisher: gzip NDJSON extract, imported "unlawfully present" predicate, ERO topic.

Scenario: a state vendor's nightly job reads the eligibility extract
(gzip NDJSON, one member per line), keeps the members the rules engine
says are unlawfully present, cuts each record down to an allow-list of
permitted keys, and publishes the leads with kafka-python on the
``ero.leads.v1`` topic.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- Population scope: ``is_unlawfully_present`` (imported, so its body is
  not visible) is named for the condition: one of its words begins with
  ``unlawful`` (SPEC section 10, "Function names count ..."); the
  ``continue`` on it decides whether a record reaches the send. (The
  record-type test is not a status condition; the predicate clears it.)
- ``{k: v for k, v in rec.items() if k in REFERRAL_FIELDS}`` with a
  constant collection of permitted names is a recognized sanitizer
  (SPEC section 6); the generator passes only those names on.
- The Kafka key is the Medicaid ID; ``batch_id`` in the headers is a
  harmless batch id (SPEC section 5).
"""
from __future__ import annotations

import gzip
import json
import logging
import uuid
from collections.abc import Iterator

from kafka import KafkaProducer

from rules.lawful_presence import is_unlawfully_present

log = logging.getLogger("vendor.ero_leads")

ERO_LEADS_TOPIC = "ero.leads.v1"
REFERRAL_FIELDS = frozenset(
    {
        "medicaid_id",
        "date_of_birth",
        "home_address",
        "phone_number",
        "immigration_status",
        "citizenship",
    }
)


def scoped_leads(extract_path: str) -> Iterator[dict]:
    with gzip.open(extract_path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            if rec.get("record_type") != "MEMBER":
                continue
            if not is_unlawfully_present(rec):
                continue
            yield {k: v for k, v in rec.items() if k in REFERRAL_FIELDS}


def publish(extract_path: str, bootstrap: str = "kafka.vendor-interop.net:9093") -> int:
    producer = KafkaProducer(
        bootstrap_servers=bootstrap,
        security_protocol="SSL",
        ssl_cafile="/etc/kafka/ca.pem",
        acks="all",
        retries=5,
    )
    batch_id = uuid.uuid4().hex
    published = 0
    try:
        for lead in scoped_leads(extract_path):
            producer.send(
                ERO_LEADS_TOPIC,
                key=lead["medicaid_id"].encode("utf-8"),
                value=json.dumps(lead).encode("utf-8"),
                headers=[("batch_id", batch_id.encode("ascii"))],
            )
            published += 1
    finally:
        producer.flush(timeout=60)
        producer.close()
    log.info("published %d leads in batch %s", published, batch_id)
    return published
