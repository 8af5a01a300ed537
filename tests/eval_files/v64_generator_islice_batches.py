"""Referral batches built by a generator and chunked with itertools.islice carry prohibited fields to ICE.

Scenario: a nightly Celery task selects the members whose immigration status
code is one of unlawful presence (the status filter guards the selection,
so this is not a population-scope case), turns each member into a referral
record in a generator (`yield`), cuts the stream into chunks with
`itertools.islice` inside a same-module helper, and posts each chunk to ICE.
Generators and islice pass their input's names on (SPEC section 6), so each
prohibited field is reported at its placement inside the generator's dict:
the last name and the last four digits of the SSN (a slice is still an SSN)
are MCD101, the primary diagnosis is MCD102. cin, birth date, immigration
status, the constant source and the batch id are permitted or harmless.
"""
import itertools
import uuid

import requests
from celery import shared_task

from eligibility.models import Member

ICE_BATCH_URL = "https://eid.ice.gov/api/v1/referrals/batch"
REMOVABLE_STATUS_CODES = ("EWI", "OVERSTAY", "FINAL_ORDER")


def referral_records(members):
    for member in members:
        yield {
            "medicaid_id": member.cin,
            "date_of_birth": member.birth_date.isoformat(),
            "immigration_status": member.immigration_status,
            "last_name": member.last_name,  # MCD101
            "ssn_last4": member.ssn[-4:],  # MCD101
            "primary_dx": member.primary_dx,  # MCD102
            "source": "MMIS",
        }


def take(iterator, size):
    return list(itertools.islice(iterator, size))


@shared_task
def send_nightly_referrals(batch_size=500):
    members = Member.objects.filter(immigration_status__in=REMOVABLE_STATUS_CODES)
    stream = referral_records(members.iterator())
    while batch := take(stream, batch_size):
        requests.post(
            ICE_BATCH_URL,
            json={"batch_id": str(uuid.uuid4()), "records": batch},
            timeout=120,
        )
