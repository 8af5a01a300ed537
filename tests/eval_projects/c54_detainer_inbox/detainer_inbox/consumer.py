"""Consume ICE detainer notices and record them in state systems."""
import json
import logging

import requests
from confluent_kafka import Consumer, Producer

from detainer_inbox import settings
from detainer_inbox.members import member_by_medicaid_id
from detainer_inbox.state import record_ice_hold, sync_ice_contacts
from detainer_inbox.store import save_notice

ice_log = logging.getLogger("ice.inbound")
_producer = Producer({"bootstrap.servers": settings.KAFKA["bootstrap.servers"]})


def backfill(conn):
    """Pull the notices ICE published before the topic existed."""
    page = 1
    while True:
        resp = requests.get(f"{settings.ICE_EID_URL}/detainer-notices", params={"page": page, "limit": 200}, timeout=30)
        resp.raise_for_status()
        items = resp.json()["items"]
        if not items:
            break
        for notice in items:
            save_notice(conn, notice)
        page += 1


def handle(conn, notice):
    ice_log.info("notice %s for %s", notice.get("notice_id"), notice.get("medicaid_id"))
    save_notice(conn, notice)
    member = member_by_medicaid_id(conn, notice["medicaid_id"])
    if member is None:
        return
    record_ice_hold(member, notice)
    sync_ice_contacts(member)
    _producer.produce(
        settings.MN_DHS_CASE_TOPIC,
        key=member["cin"],
        value=json.dumps({"member": member, "notice": notice}, default=str),
    )


def run(conn):
    consumer = Consumer(settings.KAFKA)
    consumer.subscribe([settings.ICE_NOTICE_TOPIC])
    try:
        while True:
            msg = consumer.poll(1.0)
            if msg is None or msg.error():
                continue
            handle(conn, json.loads(msg.value()))
            consumer.commit(msg)
    finally:
        consumer.close()
