"""Django management command that queues every member of a county to the
ERO referrals FIFO queue (boto3 SQS).

Scenario: an integration engineer wrote a command that walks
``Member.objects.filter(county_code=...)`` in chunks of 500 and sends one
SQS message per member.  The body includes sex "for identity matching",
and the FIFO deduplication id is a SHA-256 of the member's SSN.  No step
looks at immigration status or citizenship.

Expected findings (3):
- MCD101 at the ``"sex"`` entry of the message body (SPEC section 3: the
  dict entry is the placement; sex).
- MCD101 on the ``send_message`` line for ``MessageDeduplicationId``: it is
  a hash of the SSN (SPEC section 4: everything a sink call carries is
  data, including deduplication ids; SPEC section 6: hashing keeps the
  name).
- MCD201 on the same ``send_message`` line (SPEC section 10: a Django
  queryset is a bulk source, the send sits in the loop over it, and the
  filter is on county only).
Destination (SPEC section 4): the last path segment of the queue URL,
``ero-referrals.fifo``, holds the ``ero`` token.
"""
from __future__ import annotations

import hashlib
import json
import logging

import boto3
from botocore.exceptions import BotoCoreError, ClientError
from django.core.management.base import BaseCommand, CommandError

from eligibility.models import Member

log = logging.getLogger(__name__)

ERO_QUEUE_URL = "https://sqs.us-east-1.amazonaws.com/518402231977/ero-referrals.fifo"
MESSAGE_GROUP = "county-referrals"
CHUNK_SIZE = 500


def message_body(member) -> str:
    body = {
        "medicaid_id": member.medicaid_id,
        "date_of_birth": member.date_of_birth.isoformat(),
        "immigration_status": member.immigration_status,
        "zip_code": member.zip_code,
        "sex": member.sex,  # MCD101
    }
    return json.dumps(body)


class Command(BaseCommand):
    help = "Queue the members of one county for ERO referral."

    def add_arguments(self, parser):
        parser.add_argument("county_code")
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **options):
        county = options["county_code"]
        if len(county) != 3 or not county.isdigit():
            raise CommandError(f"bad county code {county!r}")
        sqs = boto3.client("sqs", region_name="us-east-1")
        members = (
            Member.objects.filter(county_code=county)
            .exclude(date_of_death__isnull=False)
            .order_by("medicaid_id")
        )
        queued = failed = 0
        for member in members.iterator(chunk_size=CHUNK_SIZE):
            if options["dry_run"]:
                queued += 1
                continue
            try:
                sqs.send_message(QueueUrl=ERO_QUEUE_URL, MessageBody=message_body(member), MessageGroupId=MESSAGE_GROUP, MessageDeduplicationId=hashlib.sha256(member.ssn.encode("utf-8")).hexdigest())  # MCD101 MCD201
                queued += 1
            except (BotoCoreError, ClientError) as exc:
                failed += 1
                log.warning("could not queue %s: %s", member.medicaid_id, exc)
        self.stdout.write(self.style.SUCCESS(f"county {county}: queued {queued}, failed {failed}"))
        if failed:
            raise CommandError(f"{failed} members were not queued")
