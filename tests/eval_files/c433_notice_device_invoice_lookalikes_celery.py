"""Celery workers of the Minnesota DHS notices platform: member notice
letters, device registrations for the remote-monitoring benefit, and invoice
slices for the print vendor. Full PHI goes everywhere here; none of it goes
to immigration enforcement.

CLEAN (no finding expected). Token look-alikes only (SPEC 4, whole words
after snake/camel/-/./ splitting):
- "notice", "notices", "device", "invoice", "slice", "price", "office",
  "service", "justice", "zero" are not the tokens ice/ero (SPEC 4 names
  device, notice, price, slice explicitly).
- SQS queue mn-dhs-notice-letters and bucket mn-dhs-invoice-slices put
  "dhs" next to the postal code "mn": the state agency (SPEC 4).
- The letter vendor host api.noticeworks.com is on neither list and no name
  carries a token, so it is decided by the (absent) signals (SPEC 4).
"""
import json
import logging
import os

import boto3
import requests
from celery import Celery
from kafka import KafkaProducer

from notices.models import DeviceRegistration, Member, NoticeLetter

log = logging.getLogger("notices.workers")

app = Celery("notices", broker=os.environ.get("CELERY_BROKER_URL", "amqp://mq.notices.internal//"))

NOTICE_QUEUE_URL = "https://sqs.us-east-1.amazonaws.com/381492000117/mn-dhs-notice-letters"
ZERO_BALANCE_QUEUE_URL = "https://sqs.us-east-1.amazonaws.com/381492000117/zero-balance-notices"
INVOICE_SLICE_BUCKET = "mn-dhs-invoice-slices"
NOTICE_VENDOR_URL = "https://api.noticeworks.com/v2/letters"
DEVICE_TOPIC = "device.registrations.v2"
PRICE_SLICE_SIZE = 500

sqs = boto3.client("sqs", region_name="us-east-1")
s3 = boto3.client("s3", region_name="us-east-1")
device_producer = KafkaProducer(
    bootstrap_servers=os.environ.get("KAFKA_BOOTSTRAP", "kafka.notices.internal:9092"),
    value_serializer=lambda v: json.dumps(v, default=str).encode("utf-8"),
)


def notice_body(member, letter) -> dict:
    return {
        "member_id": member.member_id,
        "ssn": member.ssn,
        "first_name": member.first_name,
        "last_name": member.last_name,
        "mailing_address": member.mailing_address,
        "preferred_language": member.preferred_language,
        "notice_code": letter.notice_code,
        "service_office": letter.service_office,
    }


@app.task(bind=True, max_retries=3)
def send_notice_letters(self, letter_ids: list) -> int:
    sent = 0
    for letter in NoticeLetter.objects.filter(pk__in=letter_ids).select_related("member"):
        body = notice_body(letter.member, letter)
        sqs.send_message(QueueUrl=NOTICE_QUEUE_URL, MessageBody=json.dumps(body, default=str))
        requests.post(NOTICE_VENDOR_URL, json=body, timeout=30)
        sent += 1
    return sent


@app.task
def send_zero_balance_notices() -> None:
    for member in Member.objects.filter(spenddown_balance=0, diagnosis_code__isnull=False):
        sqs.send_message(
            QueueUrl=ZERO_BALANCE_QUEUE_URL,
            MessageBody=json.dumps({"member_id": member.member_id, "diagnosis_code": member.diagnosis_code}),
        )


@app.task
def publish_device_registrations() -> None:
    for reg in DeviceRegistration.objects.filter(published=False).select_related("member"):
        device_producer.send(DEVICE_TOPIC, value={
            "member_id": reg.member.member_id,
            "device_serial": reg.device_serial,
            "hcpcs_code": reg.hcpcs_code,
            "primary_diagnosis": reg.member.primary_diagnosis,
        })
    device_producer.flush()


@app.task
def store_invoice_slice(invoice_number: str, office_code: str) -> None:
    lines = list(NoticeLetter.objects.filter(invoice_number=invoice_number).values(
        "member__member_id", "member__last_name", "notice_code", "price_cents"))
    for start in range(0, len(lines), PRICE_SLICE_SIZE):
        price_slice = lines[start:start + PRICE_SLICE_SIZE]
        s3.put_object(
            Bucket=INVOICE_SLICE_BUCKET,
            Key=f"{office_code}/{invoice_number}/{start:06d}.json",
            Body=json.dumps(price_slice, default=str),
        )


def schedule_letters(letter_ids: list) -> None:
    send_notice_letters.apply_async(args=(letter_ids,), queue="notice-letters", countdown=10)
    store_invoice_slice.delay("INV-2026-0142", "ramsey-service-office")
