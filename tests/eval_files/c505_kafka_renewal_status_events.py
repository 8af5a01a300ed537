"""Renewal change events forwarded to an ICE Kafka topic through an allow-list (expected clean).

Scenario: an eligibility-renewal engine emits NDJSON change events (one per
member per renewal decision) holding the whole T-MSIS eligibility row:
names, SSN, income, aid codes, disability flags.  A forwarder reads the
NDJSON file, validates each event, sends broken ones whole to the
agency's own dead-letter topic, and forwards the rest to the ICE topic
``ice.eid.status-changes.v1`` after two safeguards.

Why no finding is expected:
- Sanitizer: ``{k: v for k, v in evt.items() if k in ALLOWED}`` where
  ``ALLOWED`` is a constant tuple of permitted names (T-MSIS medicaid_id,
  date_of_birth, address, phone, citizenship, immigration_status columns):
  the SPEC section 6 sanitizer form.
- Kafka ``key`` is ``evt["MSIS_IDENT_NUM"]`` (medicaid_id, permitted).
- Population scope: the NDJSON lines are a bulk source, but
  ``if evt.get("IMGRTN_STUS_CD") not in UNLAWFUL_PRESENCE_CODES: continue``
  tests an immigration-status field and decides whether the record is
  sent (SPEC section 10), so no MCD201.
- The dead-letter topic ``mmis.renewals.dlq`` has no enforcement token and
  the producer object is neutrally named, so whole events sent there are
  not sent to enforcement (SPEC section 4).
"""
import json
import logging
import sys
from datetime import datetime, timezone

from confluent_kafka import KafkaException, Producer

ICE_TOPIC = "ice.eid.status-changes.v1"
DLQ_TOPIC = "mmis.renewals.dlq"
BOOTSTRAP = "kafka-1.mmis.internal:9093,kafka-2.mmis.internal:9093"
UNLAWFUL_PRESENCE_CODES = ("8", "9")
REQUIRED = ("MSIS_IDENT_NUM", "BIRTH_DT", "RNWL_DCSN_CD")
ALLOWED = (
    "MSIS_IDENT_NUM",
    "BIRTH_DT",
    "ELGBL_LINE_1_ADR",
    "ELGBL_CITY_NAME",
    "ELGBL_STATE_CD",
    "ELGBL_ZIP_CD",
    "ELGBL_PHNE_NUM",
    "CTZNSHP_IND",
    "IMGRTN_STUS_CD",
)

log = logging.getLogger("renewals.forwarder")


def _delivery(err, msg) -> None:
    if err is not None:
        log.error("delivery to %s failed: %s", msg.topic(), err)


def _problems(evt: dict) -> list:
    issues = [f"missing {name}" for name in REQUIRED if not evt.get(name)]
    birth = evt.get("BIRTH_DT")
    if birth:
        try:
            datetime.strptime(birth, "%Y-%m-%d")
        except ValueError:
            issues.append("bad BIRTH_DT")
    return issues


def _producer() -> Producer:
    return Producer({
        "bootstrap.servers": BOOTSTRAP,
        "security.protocol": "SSL",
        "enable.idempotence": True,
        "linger.ms": 50,
        "compression.type": "zstd",
    })


def _dead_letter(producer: Producer, line: str, issues: list) -> None:
    envelope = {"raw": line, "issues": issues,
                "failed_at": datetime.now(timezone.utc).isoformat()}
    producer.produce(DLQ_TOPIC, value=json.dumps(envelope).encode("utf-8"), on_delivery=_delivery)


def forward(path: str) -> dict:
    producer = _producer()
    stats = {"read": 0, "forwarded": 0, "skipped": 0, "dead": 0}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            stats["read"] += 1
            try:
                evt = json.loads(line)
            except json.JSONDecodeError:
                _dead_letter(producer, line, ["not json"])
                stats["dead"] += 1
                continue
            issues = _problems(evt)
            if issues:
                _dead_letter(producer, line, issues)
                stats["dead"] += 1
                continue
            if evt.get("IMGRTN_STUS_CD") not in UNLAWFUL_PRESENCE_CODES:
                stats["skipped"] += 1
                continue
            body = {k: v for k, v in evt.items() if k in ALLOWED}
            try:
                producer.produce(ICE_TOPIC, key=evt["MSIS_IDENT_NUM"], value=json.dumps(body).encode("utf-8"), on_delivery=_delivery)
            except BufferError:
                producer.poll(1.0)
                producer.produce(ICE_TOPIC, key=evt["MSIS_IDENT_NUM"], value=json.dumps(body).encode("utf-8"), on_delivery=_delivery)
            stats["forwarded"] += 1
            producer.poll(0)
    remaining = producer.flush(30)
    if remaining:
        raise KafkaException(f"{remaining} messages not delivered")
    return stats


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(forward(sys.argv[1]))
