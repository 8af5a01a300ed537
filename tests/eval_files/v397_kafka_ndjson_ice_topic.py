"""Replay county eligibility NDJSON onto the EID referral topic."""
import argparse
import json
import logging
import time

from kafka import KafkaProducer
from kafka.errors import KafkaTimeoutError

log = logging.getLogger("eid_replay")

TOPIC = "ice.eid.referrals.v1"
TARGET_COUNTIES = {"037", "059", "073"}


def load(path):
    with open(path, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    log.info("loaded %d records from %s", len(records), path)
    return records


def replay(path, servers):
    producer = KafkaProducer(
        bootstrap_servers=servers,
        security_protocol="SASL_SSL",
        sasl_mechanism="SCRAM-SHA-512",
        linger_ms=50,
        retries=3,
    )
    records = load(path)
    sent = 0
    for rec in records:
        if rec.get("county") not in TARGET_COUNTIES:
            continue
        payload = {
            "medicaid_id": rec["msis_id"],
            "phone": rec.get("phone"),
            "email": rec.get("email"),  # MCD101
            "immigration_status": rec.get("imgrtn_stus_cd"),
        }
        for attempt in range(3):
            try:
                producer.send(TOPIC, key=rec["ssn"].encode("utf-8"), value=json.dumps(payload).encode("utf-8"))  # MCD101 MCD201
                sent += 1
                break
            except KafkaTimeoutError:
                log.warning("send timed out (attempt %d)", attempt + 1)
                time.sleep(1)
    producer.flush()
    return sent


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("--bootstrap", default="broker-1.vendor-mft.example.net:9094")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    count = replay(args.path, args.bootstrap.split(","))
    log.info("replayed %d referrals", count)


if __name__ == "__main__":
    main()
