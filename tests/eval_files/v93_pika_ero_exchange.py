"""RabbitMQ publisher in the eligibility worker forwarding a flagged case to the ERO exchange."""
import json

import pika

ERO_EXCHANGE = "ero.referrals"
AMQP_URL = "amqps://mmis-worker@mq.vendor-gateway.example.net:5671/%2F"


def forward_case(member, household):
    body = {
        "cin": member.cin,
        "birth_date": member.birth_date.isoformat(),
        "street": member.street,
        "zip": member.zip,
        "case_number": household.case_number,  # MCD101
        "aid_code": member.aid_code,  # MCD101
        "household_size": household.size,  # MCD101
    }
    connection = pika.BlockingConnection(pika.URLParameters(AMQP_URL))
    try:
        channel = connection.channel()
        channel.basic_publish(
            exchange=ERO_EXCHANGE,
            routing_key="case.new",
            body=json.dumps(body),
            properties=pika.BasicProperties(
                content_type="application/json",
                delivery_mode=2,
            ),
        )
    finally:
        connection.close()
