"""Allow-listed referral batches built by a generator and chunked with itertools.islice.

Scenario: a Celery task sends ICE referrals only about members whose
immigration status code is one of unlawful presence (the queryset filter
guards the selection, SPEC section 10), and only the permitted categories:
the generator yields `{name: getattr(member, name) for name in SHAREABLE}`
with a constant allow-list of permitted names (a sanitizer, SPEC section 6),
and the islice-based chunking passes those names on unchanged. The batch id
and the record count are harmless. Clean.
"""
import itertools
import uuid

import requests
from celery import shared_task

from eligibility.models import Member

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals/batch"
UNLAWFUL_STATUS_CODES = ("EWI", "OVERSTAY", "FINAL_ORDER")
SHAREABLE = ("medicaid_id", "date_of_birth", "home_address", "phone", "citizenship", "immigration_status")
BATCH_SIZE = 250


def shareable_records(members):
    for member in members:
        yield {name: getattr(member, name) for name in SHAREABLE}


def chunked(iterable, size):
    iterator = iter(iterable)
    while True:
        chunk = list(itertools.islice(iterator, size))
        if not chunk:
            return
        yield chunk


@shared_task
def send_referral_batches():
    members = Member.objects.filter(immigration_status__in=UNLAWFUL_STATUS_CODES)
    for chunk in chunked(shareable_records(members.iterator()), BATCH_SIZE):
        requests.post(
            ICE_REFERRAL_URL,
            json={"batch_id": str(uuid.uuid4()), "record_count": len(chunk), "records": chunk},
            timeout=60,
        )
