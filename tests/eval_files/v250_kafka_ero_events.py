"""Publishes ERO referral events to Kafka topics ice.eid.* (topic token `ice`, §4).
- EroReferralEvent is a payload model named for enforcement (§4): fields reported at their declarations
  whatever the default (§3): preferred_language (language), household_size (household) -> MCD101.
- key= is a SHA-256 of member.ssn: hashing keeps the SSN (§6), keys are data (§4) -> MCD101 at key=.
- publish_subject_update(): setdefault("email_address", ...) places an e-mail (§5) -> MCD101 (sent via partial).
- publish_backlog(members): plural person parameter, no caller in module -> bulk source; the loop calls
  publish_referral (its parameter reaches the sink) with only a death check -> MCD201 at that call (§10).
"""
import hashlib
import json
import logging
from datetime import date, datetime, timezone
from functools import partial

from kafka import KafkaProducer
from kafka.errors import KafkaError
from pydantic import BaseModel

log = logging.getLogger(__name__)

BOOTSTRAP = ["kafka-1.mmis-int.local:9093", "kafka-2.mmis-int.local:9093"]
ICE_REFERRAL_TOPIC = "ice.eid.referrals.v1"
ICE_UPDATES_TOPIC = "ice.eid.subject-updates.v1"
SCHEMA_VERSION = "1.4.0"


class EroReferralEvent(BaseModel):
    schema_version: str = SCHEMA_VERSION
    correlation_id: str
    medicaid_id: str
    date_of_birth: date
    home_address: str
    phone_number: str | None = None
    immigration_status: str
    preferred_language: str | None = None  # MCD101
    household_size: int = 0  # MCD101


def make_producer() -> KafkaProducer:
    return KafkaProducer(
        bootstrap_servers=BOOTSTRAP,
        security_protocol="SSL",
        acks="all",
        retries=5,
        linger_ms=50,
    )


def publish_referral(producer: KafkaProducer, member):
    event = EroReferralEvent(
        correlation_id=f"{member.medicaid_id}-{datetime.now(timezone.utc):%Y%m%d%H%M%S}",
        medicaid_id=member.medicaid_id,
        date_of_birth=member.date_of_birth,
        home_address=member.home_address,
        phone_number=member.phone_number,
        immigration_status=member.immigration_status,
        preferred_language=member.primary_language,
        household_size=member.household_size,
    )
    future = producer.send(
        ICE_REFERRAL_TOPIC,
        key=hashlib.sha256(member.ssn.encode("utf-8")).hexdigest().encode("ascii"),  # MCD101
        value=event.model_dump_json().encode("utf-8"),
    )
    try:
        meta = future.get(timeout=10)
    except KafkaError:
        log.exception("publish failed for correlation %s", event.correlation_id)
        raise
    return meta.offset


def publish_subject_update(producer: KafkaProducer, member):
    update = {"medicaid_id": member.medicaid_id, "phone_number": member.phone_number}
    update.setdefault("home_address", member.home_address)
    update.setdefault("email_address", member.email_address)  # MCD101
    send_update = partial(producer.send, ICE_UPDATES_TOPIC)
    send_update(value=json.dumps(update).encode("utf-8"))


def publish_backlog(members):
    """Drain the referral backlog handed over by the eligibility batch."""
    producer = make_producer()
    sent = 0
    try:
        for member in members:
            if member.date_of_death:
                continue
            publish_referral(producer, member)  # MCD201
            sent += 1
        producer.flush(timeout=60)
    finally:
        producer.close()
    log.info("published %d referral events", sent)
    return sent
