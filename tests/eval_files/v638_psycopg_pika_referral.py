"""Single-enrollee referral published on the agency RabbitMQ bus.

Scenario: an MMIS back-end looks one enrollee up by CIN with psycopg and
publishes the row on the ``ero.referrals`` RabbitMQ exchange, which a
bridge forwards to ERO. pika is not one of the built-in sinks, so the
team marked the publish call with the plugin's "enforcement" pragma
comment (SPEC section 4).

Expected findings (SPEC section 3, "Column lists are placements": the
select list of a SQL query, each name at its own line, here the line of
its own string piece):
- line 41: MCD101 'monthly_income' (income).
- line 42: MCD102 'disability_status' (disability, health).
The fetched row is serialized (``json.dumps``/``.encode`` keep names,
SPEC section 6) and passed as ``body`` to the ``basic_publish`` call
that the pragma marks as an enforcement sink (SPEC section 4, "any call
... marked with the pragma").

Not findings: CIN, birth date, home address, home phone and immigration
status are permitted; ``WHERE`` columns send nothing; the routing key is
one of three string literals picked by a ``match``; the exchange is a
constant. One enrollee looked up by CIN (SPEC section 10, "Not bulk").
"""
from __future__ import annotations

import json
import logging
import os

import pika
import psycopg
from psycopg.rows import dict_row

log = logging.getLogger("mmis.referrals.amqp")

AMQP_URL = os.getenv("AMQP_URL", "amqps://mq.mmis.internal:5671/%2F")
REFERRAL_EXCHANGE = "ero.referrals"
REFERRAL_LOOKUP_SQL = (
    "SELECT m.cin, m.birth_date, m.home_address, m.home_phone, "
    "       m.immigration_status, "
    "       m.monthly_income, "  # MCD101
    "       m.disability_status "  # MCD102
    "FROM mmis.member m "
    "WHERE m.cin = %s AND m.record_status = 'A'"
)


def fetch_member(conn: psycopg.Connection, cin: str) -> dict | None:
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(REFERRAL_LOOKUP_SQL, (cin,))
        return cur.fetchone()


def routing_key_for(status: str | None) -> str:
    match status:
        case "EWI" | "OVERSTAY":
            return "ero.referrals.priority"
        case None:
            return "ero.referrals.review"
        case _:
            return "ero.referrals.standard"


def publish(channel, row: dict) -> None:
    body = json.dumps(row, default=str).encode("utf-8")
    rk = routing_key_for(row.get("immigration_status"))
    props = pika.BasicProperties(content_type="application/json", delivery_mode=2)
    channel.basic_publish(exchange=REFERRAL_EXCHANGE, routing_key=rk, body=body, properties=props)  # medicaid-scope: enforcement


def refer_member(cin: str) -> bool:
    with psycopg.connect(os.environ["MMIS_DSN"]) as conn:
        row = fetch_member(conn, cin)
    if row is None:
        log.warning("no active member for CIN %s", cin)
        return False
    connection = pika.BlockingConnection(pika.URLParameters(AMQP_URL))
    try:
        channel = connection.channel()
        channel.confirm_delivery()
        publish(channel, row)
    except pika.exceptions.UnroutableError:
        log.error("referral for %s was not routed", cin)
        return False
    finally:
        connection.close()
    log.info("referral for %s published", cin)
    return True
