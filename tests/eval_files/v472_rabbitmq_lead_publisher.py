"""RabbitMQ lead publisher marked as an enforcement sink by pragma (violating).

Scenario: a state integration hub publishes "leads" to a RabbitMQ
exchange whose only consumer is the federal immigration-enforcement
gateway.  pika is not one of the built-in sinks, so the team marked the
publish call with the documented pragma ``medicaid-scope: enforcement``
(SPEC §4: any call marked with the pragma is a sink, and the pragma makes
its destination enforcement).  Leads are built as a dataclass and
serialized with ``dataclasses.asdict``.

Expected findings:
- ``Lead`` is a dataclass declared in this module and not named for
  enforcement, so the placements are the constructor keyword arguments
  (SPEC §3 "For other models the placement is the keyword argument");
  ``asdict`` of a known model carries its declared fields (SPEC §6):
  ``marital_status=`` -> MCD101, ``household_size=`` -> MCD101,
  ``monthly_income=`` -> MCD101 (household/income are outside the six
  categories).  cin, birth_date, home_address, cell phone and
  immigration_status are permitted.
- ``publish_pending``: the loop runs over the parameter ``members``, a
  plural person noun (a bulk source, SPEC §10; no caller of
  ``publish_pending`` is visible), and calls ``self.publish``, whose
  parameter reaches the enforcement sink; the only test in the loop is on
  ``lead_sent``, not on immigration status or citizenship -> MCD201 at the
  ``self.publish(m)`` call in the loop (SPEC §10 "Helpers").
Not findings: ``exchange``/``routing_key`` are constants.
"""
import json
import logging
import os
from dataclasses import asdict, dataclass

import pika

AMQP_URL = os.environ.get("AMQP_URL", "amqps://mq.integration-hub.example.net/leads")
EXCHANGE = "subject.leads"
ROUTING_KEY = "lead.new"

log = logging.getLogger("hub.leads")


@dataclass
class Lead:
    cin: str
    birth_date: str
    home_address: str
    phone: str | None
    immigration_status: str | None
    marital_status: str | None
    household_size: int | None
    monthly_income: float | None


def build_lead(m) -> Lead:
    return Lead(
        cin=m.cin,
        birth_date=m.birth_date.isoformat(),
        home_address=m.home_address,
        phone=m.cell_phone,
        immigration_status=m.immigration_status,
        marital_status=m.marital_status,  # MCD101
        household_size=m.household_size,  # MCD101
        monthly_income=m.monthly_income,  # MCD101
    )


class LeadPublisher:
    def __init__(self):
        self.connection = pika.BlockingConnection(pika.URLParameters(AMQP_URL))
        self.channel = self.connection.channel()
        self.channel.exchange_declare(exchange=EXCHANGE, exchange_type="topic", durable=True)

    def publish(self, m) -> None:
        body = json.dumps(asdict(build_lead(m))).encode("utf-8")
        self.channel.basic_publish(exchange=EXCHANGE, routing_key=ROUTING_KEY, body=body)  # medicaid-scope: enforcement

    def publish_pending(self, members) -> int:
        n = 0
        for m in members:
            if m.lead_sent:
                continue
            self.publish(m)  # MCD201
            n += 1
        log.info("published %d leads", n)
        return n

    def close(self) -> None:
        self.connection.close()
