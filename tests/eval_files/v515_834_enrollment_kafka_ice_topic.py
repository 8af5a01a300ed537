"""Managed-care 834 additions republished to an ICE Kafka topic (violating).

Scenario: a state enrollment broker already parses the daily X12 834 files
it sends to managed-care plans.  A new consumer re-parses each file and
publishes every new enrollment (maintenance type 021) to the Kafka topic
``ice.eid.referrals.v1``, keyed by the subscriber's SSN, with gender, plan
and coverage dates in the value.

Destination: the Kafka topic ``ice.eid.referrals.v1`` splits on ``.`` into
tokens including ``ice`` (SPEC section 4); the producer's ``key`` and
``value`` are data (SPEC section 4).

Expected findings:
- ``"gender_code": m["gender_code"]``: sex, MCD101.
- ``"mc_plan_id": m["plan_id"]``: managed-care plan, MCD101.
- ``"coverage_start_date": m["coverage_start"]``: enrollment, MCD101.
- ``producer.produce(ICE_TOPIC, key=m["ssn"], ...)``: the key keyword
  argument sends the SSN (SPEC section 4, "Everything a sink call carries
  ... is data"), MCD101; and the call sits in a loop over ``members``, a
  variable named with a plural person noun (bulk source), filtered only on
  the maintenance type, so MCD201 at the same sink call (SPEC section 10).
Not findings: subscriber_id (medicaid_id), dob, address, zip_code
(permitted); ``SOURCE_SYSTEM`` is a constant; the parser's own dicts are
never sent whole.
"""
import json
import logging
import pathlib
import sys
from datetime import datetime

from confluent_kafka import Producer

ICE_TOPIC = "ice.eid.referrals.v1"
SOURCE_SYSTEM = "ENROLLMENT_BROKER_834"
INBOX = pathlib.Path("/data/x12/outbound/834")
ADDITION = "021"

log = logging.getLogger("broker.834_republisher")


def _segments(text: str) -> list:
    text = text.replace("\n", "").replace("\r", "")
    return [seg.split("*") for seg in text.split("~") if seg]


def _d8(value: str) -> str:
    return datetime.strptime(value, "%Y%m%d").date().isoformat() if value else ""


def parse_834(text: str) -> list:
    """Very small 834 reader: one dict per INS loop."""
    out, cur = [], None
    for el in _segments(text):
        tag = el[0]
        if tag == "INS":
            cur = {"maintenance_type": el[3] if len(el) > 3 else ""}
            out.append(cur)
        elif cur is None:
            continue
        elif tag == "REF" and el[1] == "0F":
            cur["subscriber_id"] = el[2]
        elif tag == "NM1" and el[1] == "IL":
            cur["ssn"] = el[9] if len(el) > 9 and el[8] == "34" else ""
        elif tag == "N3":
            cur["address"] = " ".join(part for part in el[1:] if part)
        elif tag == "N4":
            cur["city"], cur["state"], cur["zip_code"] = (el + ["", "", ""])[1:4]
        elif tag == "DMG":
            cur["dob"] = _d8(el[2])
            cur["gender_code"] = el[3] if len(el) > 3 else ""
        elif tag == "HD":
            cur["plan_id"] = el[4] if len(el) > 4 else ""
        elif tag == "DTP" and el[1] == "348":
            cur["coverage_start"] = _d8(el[3])
    return out


def _on_delivery(err, msg) -> None:
    if err:
        log.error("delivery failed for partition %s: %s", msg.partition(), err)


def publish_file(producer: Producer, path: pathlib.Path) -> int:
    members = parse_834(path.read_text(encoding="ascii", errors="replace"))
    sent = 0
    for m in members:
        if m.get("maintenance_type") != ADDITION:
            continue
        value = {
            "source": SOURCE_SYSTEM,
            "subscriber_id": m["subscriber_id"],
            "dob": m["dob"],
            "address": m["address"],
            "zip_code": m["zip_code"],
            "gender_code": m["gender_code"],  # MCD101
            "mc_plan_id": m["plan_id"],  # MCD101
            "coverage_start_date": m["coverage_start"],  # MCD101
        }
        producer.produce(ICE_TOPIC, key=m["ssn"], value=json.dumps(value), on_delivery=_on_delivery)  # MCD101 MCD201
        producer.poll(0)
        sent += 1
    return sent


def main(config_path: str) -> None:
    with open(config_path, encoding="utf-8") as fh:
        conf = json.load(fh)
    producer = Producer(conf)
    total = 0
    for path in sorted(INBOX.glob("*.x12")):
        try:
            total += publish_file(producer, path)
        except (OSError, ValueError) as exc:
            log.error("skipping %s: %s", path.name, exc)
    producer.flush(60)
    log.info("published %d additions", total)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main(sys.argv[1])
