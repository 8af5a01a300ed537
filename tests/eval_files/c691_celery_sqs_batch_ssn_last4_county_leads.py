"""Celery task pushes a county's enrollees to the ERO leads queue with SQS batches carrying the SSN's last four digits.

Scenario: a vendor's Django/Celery back end for a state Medicaid agency has a
task that, for one county, walks every active enrollee and sends "leads" to
an SQS queue consumed by ICE ERO, ten messages per ``send_message_batch``
call, flushing the remainder after the loop. Each lead carries permitted
contact fields plus ``ssn_last4``, which the ERO matching team asked for.

Expected findings:
- line 54: MCD101 'ssn_last4' from ``enrollee.ssn[-4:]`` (an SSN slice is
  still an SSN, SPEC section 6), reported once although it reaches two sink
  calls (SPEC section 3, "one placement that reaches two sinks is reported
  once");
- line 76: MCD201 the batch sent inside the loop over
  ``Enrollee.objects.filter(...)`` (a Django queryset is a bulk source) with
  no condition on immigration status or citizenship (SPEC section 10);
- line 80: MCD201 the remainder sent after the loop, a batch built in the
  loop (SPEC section 10, one per sink call).
Destination: the last path segment of the SQS URL is ``ero-case-leads``,
whose ``ero`` is an enforcement token (SPEC section 4).

Not findings: ``Id`` and ``QueueUrl`` are transfer metadata; ``batch_id`` and
``sent_at`` are harmless; the other lead fields are permitted (SPEC sections
4 and 5). ``county_code`` and ``is_active`` are not status conditions.
"""
from __future__ import annotations

import json
import logging
import uuid

import boto3
from celery import shared_task
from django.utils import timezone

from members.models import Enrollee

log = logging.getLogger("vendor.tasks.leads")

ERO_LEADS_QUEUE_URL = "https://sqs.us-gov-west-1.amazonaws.com/412345678901/ero-case-leads"
BATCH_SIZE = 10

sqs = boto3.client("sqs", region_name="us-gov-west-1")


def _lead(enrollee, batch_id: str) -> dict:
    return {
        "batch_id": batch_id,
        "medicaid_id": enrollee.cin,
        "date_of_birth": enrollee.birth_date.isoformat(),
        "mailing_address": enrollee.mailing_address,
        "zip_code": enrollee.zip_code,
        "phone": enrollee.phone_number,
        "ssn_last4": enrollee.ssn[-4:],  # MCD101
        "sent_at": timezone.now().isoformat(),
    }


def _check(response: dict) -> int:
    failed = response.get("Failed", [])
    for failure in failed:
        log.warning("lead %s rejected: %s", failure.get("Id"), failure.get("Message"))
    return len(response.get("Successful", []))


@shared_task(bind=True, max_retries=3, acks_late=True, default_retry_delay=120)
def push_county_leads(self, county_code: str) -> int:
    batch_id = str(uuid.uuid4())
    enrollees = Enrollee.objects.filter(county_code=county_code, is_active=True).order_by("cin")

    entries: list[dict] = []
    sent = 0
    for i, enrollee in enumerate(enrollees.iterator(chunk_size=500)):
        entries.append({"Id": str(i), "MessageBody": json.dumps(_lead(enrollee, batch_id))})
        if len(entries) == BATCH_SIZE:
            sent += _check(sqs.send_message_batch(QueueUrl=ERO_LEADS_QUEUE_URL, Entries=entries))  # MCD201
            entries = []

    if entries:
        sent += _check(sqs.send_message_batch(QueueUrl=ERO_LEADS_QUEUE_URL, Entries=entries))  # MCD201

    log.info("county %s: %d leads queued in batch %s", county_code, sent, batch_id)
    return sent
