"""Publish basic-category referrals from the monthly T-MSIS ELG snapshot to
the ICE EID intake topic.

The snapshot holds every enrollee; only rows whose T-MSIS immigration status
code is in the unlawfully-present set are published, and only the columns
of the six basic categories are copied into the message.
"""
import csv
import json
import logging
import sys
import uuid

from confluent_kafka import Producer
from marshmallow import Schema, fields

log = logging.getLogger("eid.publish")

EID_TOPIC = "ice.eid.referrals.v1"
UNLAWFUL_CODES = frozenset({"8", "9"})


class MemberSchema(Schema):
    medicaid_id = fields.Str(required=True)
    first_name = fields.Str()
    last_name = fields.Str()
    ssn = fields.Str()
    date_of_birth = fields.Date()
    home_address = fields.Str()
    phone_number = fields.Str()
    immigration_status = fields.Str()
    aid_code = fields.Str()


BASIC_SCHEMA = MemberSchema(
    only=(
        "medicaid_id",
        "date_of_birth",
        "home_address",
        "phone_number",
        "immigration_status",
    )
)


def in_scope(row):
    return row["IMGRTN_STUS_CD"] in UNLAWFUL_CODES


def delivery_report(err, msg):
    if err is not None:
        log.error("delivery failed for %s: %s", msg.key(), err)


def publish(snapshot_path, brokers):
    producer = Producer({"bootstrap.servers": brokers, "enable.idempotence": True})
    correlation_id = str(uuid.uuid4())
    published = skipped = 0
    with open(snapshot_path, newline="") as fh:
        reader = csv.DictReader(fh, delimiter="|")
        for row in reader:
            if not in_scope(row):
                skipped += 1
                continue
            message = {
                "correlation_id": correlation_id,
                "msis_ident_num": row["MSIS_IDENT_NUM"],
                "birth_dt": row["BIRTH_DT"],
                "elgbl_line_1_adr": row["ELGBL_LINE_1_ADR"],
                "elgbl_zip_cd": row["ELGBL_ZIP_CD"],
                "elgbl_cnty_cd": row["ELGBL_CNTY_CD"],
                "elgbl_phne_num": row["ELGBL_PHNE_NUM"],
                "imgrtn_stus_cd": row["IMGRTN_STUS_CD"],
                "ctznshp_ind": row["CTZNSHP_IND"],
            }
            producer.produce(
                EID_TOPIC,
                key=row["MSIS_IDENT_NUM"].encode(),
                value=json.dumps(message).encode(),
                on_delivery=delivery_report,
            )
            published += 1
            if published % 1000 == 0:
                producer.poll(0)
    producer.flush(30)
    log.info("published=%d skipped=%d", published, skipped)


def publish_one(member, brokers):
    """Ad-hoc referral of one person confirmed by the legal unit."""
    if member.immigration_status not in UNLAWFUL_CODES:
        raise ValueError("person is not in scope of the order")
    producer = Producer({"bootstrap.servers": brokers})
    producer.produce(EID_TOPIC, value=json.dumps(BASIC_SCHEMA.dump(member)).encode())
    producer.flush(10)


if __name__ == "__main__":
    publish(sys.argv[1], sys.argv[2])
