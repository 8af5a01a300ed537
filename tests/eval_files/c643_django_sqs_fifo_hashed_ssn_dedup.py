"""Nightly county lead push from the eligibility system to the ERO intake queue.

Scenario: a Django management command in a state eligibility system
reads one county's active enrollees, packs them ten at a time into SQS
FIFO batches and sends them to the ``ero-intake-leads.fifo`` queue in the
federal GovCloud account. The team hashes the SSN for the deduplication
id, believing a hash is anonymous.

Expected findings:
- line 59: MCD101 'aid_code' (eligibility): a dict entry of the message
  body, placed in the same-module helper ``_entry`` (SPEC section 3; the
  body reaches the sink through ``json.dumps``, SPEC section 6).
- line 65: MCD101 'ssn': ``MessageDeduplicationId`` is a protocol field,
  and everything a sink call carries is data (SPEC section 4); hashing
  keeps the SSN's name (SPEC section 6). Each entry reaches two
  ``send_message_batch`` calls but is reported once (SPEC section 3).
- line 94 and line 99: MCD201 at each ``send_message_batch`` call (one in the
  loop, one for the remainder after it): the records come from
  ``Enrollee.objects.filter(county_code=..., is_active=True)``, a bulk
  source, and nothing between that source and the sends tests
  immigration status or citizenship; skipping enrollees without an SSN is
  not such a condition (SPEC section 10, once per sink call).
Destination: the last path segment of the queue URL,
``ero-intake-leads.fifo``, holds the token ``ero`` (SPEC section 4).

Not findings: CIN, birth date, residential address, city, ZIP, phone and
immigration status are permitted; ``Id`` is a batch index (transfer
metadata) and ``MessageGroupId`` is the county code (address).
"""
from __future__ import annotations

import hashlib
import json
import logging

import boto3
from django.conf import settings
from django.core.management.base import BaseCommand

from eligibility.models import Enrollee

log = logging.getLogger("eligibility.commands.push_county_leads")

ERO_LEADS_QUEUE_URL = (
    "https://sqs.us-gov-west-1.amazonaws.com/318204417719/ero-intake-leads.fifo"
)
BATCH_SIZE = 10


def _entry(index: int, e) -> dict:
    body = {
        "cin": e.cin,
        "birth_date": e.birth_date.isoformat(),
        "residential_address": e.residential_address,
        "city": e.city,
        "zip_code": e.zip_code,
        "phone_number": e.phone_number,
        "immigration_status": e.immigration_status,
        "aid_code": e.aid_code,  # MCD101
    }
    return {
        "Id": str(index),
        "MessageBody": json.dumps(body),
        "MessageGroupId": e.county_code,
        "MessageDeduplicationId": hashlib.sha256(e.ssn.encode("utf-8")).hexdigest(),  # MCD101
    }


class Command(BaseCommand):
    help = "Push one county's active enrollees to the ERO intake queue"

    def add_arguments(self, parser):
        parser.add_argument("county_code")
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **options):
        county_code = options["county_code"]
        dry_run = options["dry_run"]
        sqs = boto3.client("sqs", region_name=settings.AWS_GOVCLOUD_REGION)
        enrollees = Enrollee.objects.filter(
            county_code=county_code, is_active=True
        ).order_by("cin")

        batch: list[dict] = []
        queued = 0
        for e in enrollees.iterator(chunk_size=500):
            if not e.ssn:
                log.debug("enrollee %s has no SSN on file; skipped", e.cin)
                continue
            batch.append(_entry(len(batch), e))
            if len(batch) < BATCH_SIZE:
                continue
            if not dry_run:
                sqs.send_message_batch(QueueUrl=ERO_LEADS_QUEUE_URL, Entries=batch)  # MCD201
            queued += len(batch)
            batch = []

        if batch and not dry_run:
            sqs.send_message_batch(QueueUrl=ERO_LEADS_QUEUE_URL, Entries=batch)  # MCD201
            queued += len(batch)
        self.stdout.write(f"queued {queued} leads for county {county_code}")
