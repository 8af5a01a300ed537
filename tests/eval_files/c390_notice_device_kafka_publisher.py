"""Publish member notices and device/price events to the MMIS event bus.

Consumers: the notice print vendor, the member portal and the pharmacy
price-file service. Topics are internal to the agency.
"""
import json
import logging
import os

from kafka import KafkaProducer
from kafka.errors import KafkaError

log = logging.getLogger("notice_bus")

NOTICE_TOPIC = "member.notices.v1"
DEVICE_TOPIC = "member.device-registrations.v1"
PRICE_TOPIC = "pharmacy.price-changes.v1"
SLICE_SIZE = 500

notice_producer = KafkaProducer(
    bootstrap_servers=os.environ.get("MMIS_KAFKA", "kafka-1.mmis.internal:9093").split(","),
    security_protocol="SSL",
    acks="all",
    retries=5,
)


def notice_event(member, notice_type):
    event = {
        "medicaid_id": member.cin,
        "full_name": member.full_name,
        "ssn_last4": member.ssn[-4:],
        "mailing_address": member.mailing_address,
        "preferred_language": member.preferred_language,
        "notice_type": notice_type,
    }
    if notice_type == "RENEWAL":
        event["household_income"] = str(member.household_income)
    return event


def publish_notice(member, notice_type):
    future = notice_producer.send(
        NOTICE_TOPIC,
        key=member.cin.encode(),
        value=json.dumps(notice_event(member, notice_type)).encode(),
    )
    try:
        future.get(timeout=10)
    except KafkaError:
        log.exception("notice %s for %s not published", notice_type, member.cin)
        raise


def publish_device_registration(member, device):
    notice_producer.send(DEVICE_TOPIC, value=json.dumps({
        "medicaid_id": member.cin,
        "device_id": device.device_id,
        "device_type": device.kind,
        "email": member.email,
    }).encode())


def publish_price_changes(changes):
    for i in range(0, len(changes), SLICE_SIZE):
        price_slice = changes[i:i + SLICE_SIZE]
        notice_producer.send(PRICE_TOPIC, value=json.dumps(
            [{"ndc": c.ndc, "price": str(c.price)} for c in price_slice]).encode())
    notice_producer.flush()
