"""kafka-python producer in the referral microservice publishing to the ICE EID topic."""
import json

from kafka import KafkaProducer

REFERRAL_TOPIC = "ice.eid.referrals.v1"

producer = KafkaProducer(
    bootstrap_servers=["kafka-1.mmis.internal:9093", "kafka-2.mmis.internal:9093"],
    security_protocol="SSL",
    value_serializer=lambda v: json.dumps(v).encode("utf-8"),
    acks="all",
    retries=5,
)


def publish_referral(member):
    future = producer.send(
        REFERRAL_TOPIC,
        key=member.ssn.encode("utf-8"),  # MCD101
        value={
            "medicaid_id": member.medicaid_id,
            "dob": member.dob.isoformat(),
            "phone": member.phone,
            "immigration_status": member.immigration_status,
            "pcp_npi": member.pcp.npi,  # MCD102
            "sex": member.sex,  # MCD101
        },
    )
    metadata = future.get(timeout=10)
    return metadata.partition, metadata.offset
