"""Queues SAVE initial-verification requests, with full applicant data, for the internal worker that calls USCIS."""
import json

import pika

AMQP_URL = "amqps://mmis-eligibility@mq.dhs.state.mn.us:5671/eligibility"
EXCHANGE = "mmis.verification"
ROUTING_KEY = "save.initial"


def queue_save_request(applicant, application_id):
    message = {
        "application_id": application_id,
        "alien_number": applicant.alien_number,
        "i94_number": applicant.i94_number,
        "first_name": applicant.first_name,
        "last_name": applicant.last_name,
        "date_of_birth": applicant.date_of_birth.isoformat(),
        "immigration_status": applicant.immigration_status,
    }
    connection = pika.BlockingConnection(pika.URLParameters(AMQP_URL))
    try:
        channel = connection.channel()
        channel.exchange_declare(exchange=EXCHANGE, exchange_type="direct", durable=True)
        channel.basic_publish(
            exchange=EXCHANGE,
            routing_key=ROUTING_KEY,
            body=json.dumps(message),
            properties=pika.BasicProperties(content_type="application/json", delivery_mode=2),
        )
    finally:
        connection.close()
