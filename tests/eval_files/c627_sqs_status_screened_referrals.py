"""Referral queue feeder: six permitted categories, status-screened enrollees.

Scenario: a Django management job at a state Medicaid agency feeds the
ICE EID referral queue (SQS FIFO) under the post-January-2026 data
sharing policy, and separately feeds the agency's own MMIS eligibility
sync queue.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- The referral queue is enforcement (the last path segment
  ``ice-eid-referrals.fifo`` contains the token ``ice``), but only
  permitted names reach it: the ORM ``.values(...)`` column list names
  Medicaid ID, date of birth, home address, home phone, immigration
  status and citizenship status, and each body is rebuilt with
  ``{k: rec[k] for k in REFERRAL_FIELDS}``, a constant collection of
  permitted names (SPEC section 6, sanitizers).
- Population scope: the queryset is filtered with
  ``immigration_status__in=...`` and ``.exclude(us_citizen=True)``, a
  condition on status between the source and the send (SPEC section 10).
- ``Id``, ``MessageGroupId`` and ``MessageDeduplicationId`` are protocol
  fields; they carry only the loop index, the batch id and the Medicaid
  ID (SPEC section 4).
- ``queue_eligibility_sync`` sends ``model_to_dict(enrollee)`` (every
  field, SSN included) to ``mmis-eligibility-sync``: no enforcement
  token, no enforcement host, so it is not an enforcement endpoint.
"""
from __future__ import annotations

import itertools
import json
import logging
import uuid
from typing import Iterable, Iterator

import boto3
from django.db import transaction
from django.forms.models import model_to_dict
from django.utils import timezone

from enrollment.models import Enrollee

log = logging.getLogger("enrollment.referral_feeder")

ICE_REFERRAL_QUEUE_URL = (
    "https://sqs.us-gov-west-1.amazonaws.com/111122223333/ice-eid-referrals.fifo"
)
MMIS_SYNC_QUEUE_URL = (
    "https://sqs.us-gov-west-1.amazonaws.com/111122223333/mmis-eligibility-sync"
)
UNLAWFUL_STATUS_CODES = ("EWI", "OVERSTAY", "FINAL_ORDER")
REFERRAL_FIELDS = (
    "medicaid_id",
    "date_of_birth",
    "home_address",
    "home_phone",
    "immigration_status",
    "citizenship_status",
)
SQS_BATCH_SIZE = 10


def _candidates():
    return (
        Enrollee.objects.filter(immigration_status__in=UNLAWFUL_STATUS_CODES)
        .exclude(us_citizen=True)
        .filter(ice_referral_sent_at__isnull=True)
        .order_by("medicaid_id")
        .values(
            "medicaid_id",
            "date_of_birth",
            "home_address",
            "home_phone",
            "immigration_status",
            "citizenship_status",
        )
    )


def _batched(iterable: Iterable[dict], size: int) -> Iterator[list[dict]]:
    it = iter(iterable)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def push_referrals(sqs=None) -> int:
    sqs = sqs or boto3.client("sqs", region_name="us-gov-west-1")
    batch_id = uuid.uuid4().hex
    sent_ids: list[str] = []
    for chunk in _batched(_candidates().iterator(), SQS_BATCH_SIZE):
        entries = [
            {
                "Id": str(idx),
                "MessageBody": json.dumps({k: rec[k] for k in REFERRAL_FIELDS}, default=str),
                "MessageGroupId": batch_id,
                "MessageDeduplicationId": f"{batch_id}-{rec['medicaid_id']}",
            }
            for idx, rec in enumerate(chunk)
        ]
        resp = sqs.send_message_batch(QueueUrl=ICE_REFERRAL_QUEUE_URL, Entries=entries)
        failed = {f["Id"] for f in resp.get("Failed", [])}
        if failed:
            log.warning("batch %s: %d messages failed", batch_id, len(failed))
        sent_ids.extend(
            rec["medicaid_id"] for idx, rec in enumerate(chunk) if str(idx) not in failed
        )
    with transaction.atomic():
        Enrollee.objects.filter(medicaid_id__in=sent_ids).update(
            ice_referral_sent_at=timezone.now()
        )
    log.info("batch %s: %d referrals queued", batch_id, len(sent_ids))
    return len(sent_ids)


def queue_eligibility_sync(enrollee, sqs=None) -> str:
    sqs = sqs or boto3.client("sqs", region_name="us-gov-west-1")
    resp = sqs.send_message(
        QueueUrl=MMIS_SYNC_QUEUE_URL,
        MessageBody=json.dumps(model_to_dict(enrollee), default=str),
    )
    return resp["MessageId"]
