"""confluent-kafka producer sending renewal notice requests, with full mailing data, to the print vendor topic."""
import json
import socket

from confluent_kafka import Producer

NOTICE_TOPIC = "mmis.member.notices.v1"

notice_producer = Producer({
    "bootstrap.servers": "kafka-1.mmis.internal:9093,kafka-2.mmis.internal:9093",
    "client.id": socket.gethostname(),
    "security.protocol": "SSL",
    "enable.idempotence": True,
})


def request_renewal_notice(member, notice_type):
    notice = {
        "medicaid_id": member.medicaid_id,
        "first_name": member.first_name,
        "last_name": member.last_name,
        "mailing_address": member.mailing_address,
        "primary_language": member.primary_language,
        "household_size": member.household_size,
        "renewal_due": member.renewal_due.isoformat(),
        "notice_type": notice_type,
    }
    notice_producer.produce(
        NOTICE_TOPIC,
        key=str(member.medicaid_id),
        value=json.dumps(notice).encode("utf-8"),
    )
    notice_producer.poll(0)


def flush_notices():
    remaining = notice_producer.flush(10)
    if remaining:
        raise RuntimeError(f"{remaining} notice requests not delivered")
