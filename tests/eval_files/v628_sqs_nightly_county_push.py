"""Nightly county push of active enrollees to the ERO referral queue.

Scenario: a Django job run per county pushes every active enrollee's
contact data, in chunks of ten, to the ERO referral SQS queue.

Expected findings:
- line 62: MCD101 'household_size' (household): a name in an ORM
  ``.values(...)`` column list, reported at its own line (SPEC section 3,
  "Column lists are placements").
- line 69: MCD201 at the ``send_message`` call: records from the bulk source
  ``Enrollee.objects.filter(...)`` (a Django queryset, SPEC section 10)
  are sent in a loop to the queue ``ero-referrals`` (last path segment
  of the SQS URL contains ``ero``, SPEC section 4) with no condition on
  immigration status or citizenship. Filtering on county, enrollment
  status and date of death is not such a condition; ordering by
  ``immigration_status`` and sending it are not conditions either
  (SPEC section 10).

Not findings: the other ``.values`` names are permitted (Medicaid ID,
date of birth, home address, home phone, immigration status); the
chunks come from a same-module generator, which passes its input's names
on (SPEC section 6).
"""
from __future__ import annotations

import itertools
import json
import logging
from typing import Iterable, Iterator

import boto3

from enrollment.models import Enrollee

log = logging.getLogger("enrollment.county_push")

ERO_QUEUE_URL = "https://sqs.us-east-1.amazonaws.com/444455556666/ero-referrals"
CHUNK_SIZE = 10


def _chunked(items: Iterable[dict], size: int) -> Iterator[list[dict]]:
    it = iter(items)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


def nightly_referral_push(county_codes: list[str], sqs=None) -> int:
    sqs = sqs or boto3.client("sqs", region_name="us-east-1")
    qs = (
        Enrollee.objects.filter(county_code__in=county_codes, enrollment_status="ACTIVE")
        .exclude(date_of_death__isnull=False)
        .order_by("immigration_status", "medicaid_id")
        .values(
            "medicaid_id",
            "date_of_birth",
            "home_address",
            "home_phone",
            "immigration_status",
            "household_size",  # MCD101
        )
    )
    sent = 0
    for chunk in _chunked(qs.iterator(), CHUNK_SIZE):
        body = json.dumps(chunk, default=str)
        try:
            sqs.send_message(QueueUrl=ERO_QUEUE_URL, MessageBody=body)  # MCD201
        except sqs.exceptions.ClientError:
            log.exception("chunk starting at %s not queued", chunk[0]["medicaid_id"])
            continue
        sent += len(chunk)
    log.info("queued %d enrollees for counties %s", sent, ",".join(county_codes))
    return sent
