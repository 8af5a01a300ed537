"""Event publisher of a managed-care enrollment broker: member notices,
remote-monitoring device enrollment, the 1115 justice-involved reentry
roster, zero-balance premium events, and the winter-storm ("ice storm")
disaster-claims archive.

CLEAN. Full member records (SSN, name, diagnoses, aid code) go to Kafka
topics and S3, but no destination is enforcement:
- tokens must match as whole words (SPEC 4): notices, device, service,
  justice, office and zero are not ice or ero;
- the Kafka broker and topics carry no token and no enforcement host;
- the S3 put to tx-hhsc-ice-storm-claims carries the pragma
  medicaid-scope: not-enforcement on the call, which overrides name
  signals (SPEC 7), and the bucket is no enforcement host.
No finding expected.
"""
import json
import logging
import os
from datetime import datetime, timezone

import boto3
from kafka import KafkaProducer

log = logging.getLogger("broker.events")

BOOTSTRAP = os.getenv("BROKER_KAFKA", "kafka-1.mmis.internal:9093,kafka-2.mmis.internal:9093")
NOTICE_TOPIC = "mco.member-notices.v2"
DEVICE_TOPIC = "rpm.device-enrollment.v1"
REENTRY_TOPIC = "reentry.justice-involved.enrollees"
ZERO_BALANCE_TOPIC = "premiums.zero-balance"
ICE_STORM_BUCKET = "tx-hhsc-ice-storm-claims"

notice_producer = KafkaProducer(
    bootstrap_servers=BOOTSTRAP.split(","),
    security_protocol="SSL",
    value_serializer=lambda v: json.dumps(v, default=str).encode("utf-8"),
)
s3 = boto3.client("s3")


def _member_event(member, kind):
    return {
        "kind": kind,
        "cin": member.cin,
        "ssn": member.ssn,
        "first_name": member.first_name,
        "last_name": member.last_name,
        "aid_code": member.aid_code,
        "diagnoses": [dx.code for dx in member.diagnoses],
        "service_office": member.county_office,
    }


def publish(member, event):
    match event:
        case "notice":
            topic = NOTICE_TOPIC
        case "device":
            topic = DEVICE_TOPIC
        case "reentry":
            topic = REENTRY_TOPIC
        case "zero_balance":
            topic = ZERO_BALANCE_TOPIC
        case _:
            raise ValueError(f"unknown event {event!r}")
    notice_producer.send(topic, key=member.cin.encode(), value=_member_event(member, event))


def publish_reentry_roster(facility_roster):
    for inmate in facility_roster:
        publish(inmate, "reentry")
    notice_producer.flush()


def archive_storm_claim(claim):
    record = {
        "icn": claim.icn,
        "cin": claim.cin,
        "dgns_1_cd": claim.dgns_1_cd,
        "paid_amount": str(claim.paid_amount),
        "archived_at": datetime.now(timezone.utc).isoformat(),
    }
    s3.put_object(Bucket=ICE_STORM_BUCKET, Key=f"claims/{claim.icn}.json", Body=json.dumps(record))  # medicaid-scope: not-enforcement
    log.info("archived winter-storm claim %s", claim.icn)
