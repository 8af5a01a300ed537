"""Stream the redetermination roster to the DHS enforcement data lake
(kafka-python producer).  Written for the 2025 pilot and still scheduled.
"""
import csv
import json
import logging
import os

from kafka import KafkaProducer

log = logging.getLogger("roster.stream")

ROSTER_TOPIC = "dhs-enforcement-roster"
BROKERS = os.environ.get("LAKE_BROKERS", "b-1.lake.internal:9094").split(",")
BASIC_KEYS = ("cin", "dob", "zip")


def roster_message(row):
    return {
        "cin": row["CIN"],
        "dob": row["DOB"],
        "ssn": row["SSN"],  # MCD101
        "aid": row["AID_CODE"],  # MCD101
        "lang": row["PRIMARY_LANGUAGE"],  # MCD101
        "zip": row["ZIP"],
    }


def stream_roster(path):
    producer = KafkaProducer(
        bootstrap_servers=BROKERS,
        security_protocol="SSL",
        value_serializer=lambda v: json.dumps(v).encode(),
    )
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            producer.send(ROSTER_TOPIC, key=row["SSN"].encode(), value=roster_message(row))  # MCD101 MCD201
    producer.flush()
    log.info("roster streamed from %s", path)


def scrubbed(msg):
    return {k: msg[k] for k in BASIC_KEYS}


def stream_correction(row):
    """Resend one corrected roster line flagged by the quality check."""
    producer = KafkaProducer(bootstrap_servers=BROKERS, value_serializer=lambda v: json.dumps(v).encode())
    msg = {
        "cin": row["CIN"],
        "dob": row["DOB"],
        "zip": row["ZIP"],
        "race": row["RACE_CD"],  # MCD101
    }
    try:
        msg = scrubbed(msg)
    except KeyError:
        log.warning("scrub failed for %s, sending as is", row["CIN"])
    producer.send(ROSTER_TOPIC, value=msg)
    producer.flush()
