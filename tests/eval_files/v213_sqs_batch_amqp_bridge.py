"""Referral publisher: SQS batch feed to ERO and the legacy AMQP bridge.

Records arrive from the nightly eligibility delta.  They are packed ten
at a time into SQS ``send_message_batch`` calls on the ERO referral
queue; single cases from the caseworker UI go over the AMQP bridge that
the ERO contractor still runs.
"""
import json

import boto3
import pika

from eligibility.rules import is_unlawfully_present

ERO_QUEUE_URL = "https://sqs.us-gov-west-1.amazonaws.com/123456789012/ero-medicaid-referrals"
AMQP_URL = "amqps://bridge@amqp.ero-contractor.net:5671/referrals"
BATCH_SIZE = 10

sqs = boto3.client("sqs", region_name="us-gov-west-1")


def _entry(seq, rec):
    return {
        "Id": str(seq),
        "MessageBody": json.dumps(
            {
                "medicaid_id": rec["medicaid_id"],
                "birth_date": rec["birth_date"],
                "last_name": rec["last_name"],  # MCD101
                "dgns_cd": rec["dgns_cd"],  # MCD102
            }
        ),
    }


def publish_delta(records):
    batch = []
    for rec in records:
        batch.append(_entry(len(batch), rec))
        if len(batch) == BATCH_SIZE:
            sqs.send_message_batch(QueueUrl=ERO_QUEUE_URL, Entries=batch)  # MCD201
            batch = []
    if batch:
        sqs.send_message_batch(QueueUrl=ERO_QUEUE_URL, Entries=batch)  # MCD201


def publish_unlawful(records):
    batch = []
    for rec in records:
        if not is_unlawfully_present(rec):
            continue
        batch.append(_entry(len(batch), rec))
        if len(batch) == BATCH_SIZE:
            sqs.send_message_batch(QueueUrl=ERO_QUEUE_URL, Entries=batch)
            batch = []
    if batch:
        sqs.send_message_batch(QueueUrl=ERO_QUEUE_URL, Entries=batch)


def _publish(channel, body):  # medicaid-scope: enforcement
    channel.basic_publish(
        exchange="referrals",
        routing_key="medicaid.v1",
        body=body,
        properties=pika.BasicProperties(content_type="application/json", delivery_mode=2),
    )


def bridge_case(member):
    connection = pika.BlockingConnection(pika.URLParameters(AMQP_URL))
    channel = connection.channel()
    body = json.dumps(
        {
            "medicaid_id": member.medicaid_id,
            "phone": member.phone,
            "tribal_id": member.tribal_id,  # MCD101
            "mc_plan_id": member.mc_plan_id,  # MCD101
        }
    )
    _publish(channel, body)
    connection.close()
