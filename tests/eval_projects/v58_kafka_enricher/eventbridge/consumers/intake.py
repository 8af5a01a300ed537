"""MMIS member-event consumer."""
import json

from confluent_kafka import Consumer

import eventbridge.publish.topics as topics
from eventbridge import settings
from eventbridge.enrich.repository import member_by_cin as lookup_member


def handle_address_change(conn, event):
    member = lookup_member(conn, event["cin"])
    if member is None:
        return
    topics.to_state(event["cin"], {**member, "event": event})
    update = {
        "medicaid_id": member["cin"],
        "home_address": event["home_address"],
        "phone": member["phone_number"],
        "correlation_id": event["correlation_id"],
        "score": event["score"],  # MCD104
        "language": event["preferred_language"],  # MCD101
    }
    topics.to_ice(member["cin"], update)


def handle_detainer_match(conn, event):
    member = lookup_member(conn, event["cin"])
    if member is not None:
        topics.to_ice(event["cin"], member)  # MCD101 MCD101


def handle_travel_flag(conn, event):
    member = lookup_member(conn, event["cin"])
    if member is None:
        return
    hit = {
        "cin": member["cin"],
        "dob": member["birth_date"],
        "marital_status": event["marital_status"],  # MCD101
    }
    topics.to_cbp("travel-flags", hit)


def run(conn):
    consumer = Consumer(settings.KAFKA)
    consumer.subscribe([settings.INTAKE_TOPIC])
    try:
        while True:
            msg = consumer.poll(1.0)
            if msg is None or msg.error():
                continue
            event = json.loads(msg.value())
            kind = event.get("type")
            if kind == "address_change":
                handle_address_change(conn, event)
            elif kind == "detainer_match":
                handle_detainer_match(conn, event)
            elif kind == "travel_flag":
                handle_travel_flag(conn, event)
    finally:
        consumer.close()
