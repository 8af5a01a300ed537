"""RabbitMQ (pika) worker that builds ERO referral packets from case events
and publishes them to an internal exchange for the uploader service.

Scenario: the worker consumes ``case.status.changed`` events, builds an
``EroReferral`` (attrs) for each event, converts it to a dict, adds the
member's active medications, and publishes the packet to the
``referrals.outbound`` exchange.  The upload to ICE happens in another
service, so no enforcement sink is visible in this module.

Expected findings (3):
- MCD101 at the ``sex`` field declaration of ``EroReferral`` (SPEC sections 3
  and 4: a model named for enforcement - ``ero`` token - has its fields
  reported at their declarations, even with no sink visible; sex).
- MCD101 at the ``alien_number`` declaration, whatever its default
  (immigration_document_id: a document number, not a status).
- MCD102 at ``out["active_medications"] = ...`` in ``build_ero_referral``
  (SPEC section 4: the returned value of a function named for enforcement is
  an enforcement payload; medication).
The constructor keywords of EroReferral are not reported again (SPEC
section 3).  RabbitMQ publishing is not a sink in SPEC section 4, and no
enforcement sink is visible, so there is no MCD201.
"""
from __future__ import annotations

import json
import logging
import os
from typing import Any, Optional

import attrs
import pika
from pika.adapters.blocking_connection import BlockingChannel

log = logging.getLogger("referrals.ero_builder")

AMQP_URL = os.environ.get("AMQP_URL", "amqps://referrals:secret@mq.internal.example:5671/%2F")
INBOUND_QUEUE = "case.status.changed"
OUTBOUND_EXCHANGE = "referrals.outbound"
ROUTING_KEY = "referral.ready"
PREFETCH = 50


@attrs.define(frozen=True)
class EroReferral:
    medicaid_id: str
    date_of_birth: str
    immigration_status: str
    sex: str  # MCD101
    alien_number: Optional[str] = None  # MCD101


def build_ero_referral(rec: dict[str, Any]) -> dict[str, Any]:
    ref = EroReferral(
        medicaid_id=rec["cin"],
        date_of_birth=rec["dob"],
        immigration_status=rec["imgrtn_stus_cd"],
        sex=rec["sex_cd"],
        alien_number=rec.get("a_number"),
    )
    out = attrs.asdict(ref)
    out["active_medications"] = rec.get("ndc_codes", [])  # MCD102
    return out


class ReferralBuilderWorker:
    def __init__(self, url: str = AMQP_URL) -> None:
        self.params = pika.URLParameters(url)
        self.connection: Optional[pika.BlockingConnection] = None
        self.channel: Optional[BlockingChannel] = None

    def connect(self) -> None:
        self.connection = pika.BlockingConnection(self.params)
        self.channel = self.connection.channel()
        self.channel.basic_qos(prefetch_count=PREFETCH)
        self.channel.exchange_declare(OUTBOUND_EXCHANGE, exchange_type="topic", durable=True)
        self.channel.queue_declare(INBOUND_QUEUE, durable=True)

    def on_message(self, ch: BlockingChannel, method, properties, body: bytes) -> None:
        try:
            rec = json.loads(body)
        except json.JSONDecodeError:
            log.error("dropping malformed event %r", body[:80])
            ch.basic_nack(method.delivery_tag, requeue=False)
            return
        if rec.get("event") != "referral_requested":
            ch.basic_ack(method.delivery_tag)
            return
        packet = build_ero_referral(rec)
        ch.basic_publish(
            exchange=OUTBOUND_EXCHANGE,
            routing_key=ROUTING_KEY,
            body=json.dumps(packet).encode("utf-8"),
            properties=pika.BasicProperties(content_type="application/json", delivery_mode=2),
        )
        ch.basic_ack(method.delivery_tag)
        log.info("referral packet published for %s", rec["cin"])

    def run(self) -> None:
        self.connect()
        assert self.channel is not None
        self.channel.basic_consume(INBOUND_QUEUE, on_message_callback=self.on_message)
        try:
            self.channel.start_consuming()
        except KeyboardInterrupt:
            self.channel.stop_consuming()
        finally:
            if self.connection and self.connection.is_open:
                self.connection.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    ReferralBuilderWorker().run()
