"""Change-event publisher: streams single-member updates to the ICE EID Kafka topic.

When MMIS records a change for a member already referred, the change is
published to the shared EID topic.  If the member's status still needs a SAVE
check, ``relay_unverified`` verifies first and falls back to the EID REST
endpoint.
"""
import json
import logging

import aiohttp
from kafka import KafkaProducer

log = logging.getLogger(__name__)

EID_TOPIC = "ice.eid.referrals.v1"
EID_FALLBACK_URL = "https://eid.ice.gov/api/v1/events"
SAVE_URL = "https://save.uscis.gov/api/v4/verifications"

producer = KafkaProducer(
    bootstrap_servers=["kafka-1.mmis.internal:9093", "kafka-2.mmis.internal:9093"],
    security_protocol="SSL",
    ssl_cafile="/etc/pki/kafka/ca.pem",
    acks="all",
)


def build_event(member):
    event = {"schema_version": "3.2", "subject": {}}
    subject = event["subject"]
    subject["medicaid_id"] = member.cin
    subject["immigration_status"] = member.immigration_status
    subject["marital_status"] = member.marital_status  # MCD101
    contact = event.setdefault("contact", {})
    contact["phone"] = member.home_phone
    contact["email"] = member.email_address  # MCD101
    event.setdefault("flags", {})["disability"] = member.disability_status  # MCD102
    return event


def publish(member):
    event = build_event(member)
    producer.send(
        EID_TOPIC,
        key=member.ssn.encode("utf-8"),  # MCD101
        value=json.dumps(event).encode("utf-8"),
    )
    producer.flush(timeout=10)


async def verify_with_save(session, body):
    async with session.post(SAVE_URL, json=body) as resp:
        resp.raise_for_status()
        return await resp.json()


async def relay_unverified(member):
    body = {"medicaid_id": member.cin, "date_of_birth": member.dob.isoformat()}
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session:
        try:
            body["alien_number"] = member.alien_number  # MCD101
            verification = await verify_with_save(session, body)
            body = {
                "medicaid_id": member.cin,
                "immigration_status": verification["immigration_status"],
            }
        except aiohttp.ClientError:
            log.warning("SAVE unavailable; relaying %s unverified", member.cin)
        async with session.post(EID_FALLBACK_URL, json=body) as resp:
            resp.raise_for_status()
