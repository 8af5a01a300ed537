"""Celery beat jobs that refer removable enrollees to ICE ERO in batches.

Only members whose recorded immigration status is one the ERO data-sharing
agreement lists (and who are not U.S. citizens) are selected, and only the
basic categories are sent.
"""
import json
import logging
import uuid

import requests
from celery import shared_task
from django.core.serializers.json import DjangoJSONEncoder

from eligibility.models import Member

log = logging.getLogger(__name__)

ERO_BATCH_URL = "https://leads.ero.ice.gov/v1/batches"
REMOVABLE_STATUSES = ("EWI", "OVERSTAY", "FINAL_ORDER")
CHUNK = 500


def is_removable(member) -> bool:
    return member.immigration_status in REMOVABLE_STATUSES and not member.us_citizen


def _post_batch(subjects):
    payload = {"batch_id": str(uuid.uuid4()), "record_count": len(subjects), "subjects": subjects}
    resp = requests.post(
        ERO_BATCH_URL,
        data=json.dumps(payload, cls=DjangoJSONEncoder),
        headers={"Content-Type": "application/json"},
        timeout=60,
    )
    resp.raise_for_status()


@shared_task
def refer_removable():
    rows = list(
        Member.objects.filter(immigration_status__in=REMOVABLE_STATUSES)
        .exclude(us_citizen=True)
        .values("medicaid_id", "date_of_birth", "home_address", "phone_number", "immigration_status")
    )
    for start in range(0, len(rows), CHUNK):
        _post_batch(rows[start:start + CHUNK])
    log.info("referred %d removable members", len(rows))


@shared_task
def refer_county(county_code: str):
    batch = []
    for member in Member.objects.filter(county_code=county_code).iterator():
        if not is_removable(member):
            continue
        batch.append(
            {
                "medicaid_id": member.medicaid_id,
                "date_of_birth": member.date_of_birth,
                "home_address": member.home_address,
                "immigration_status": member.immigration_status,
            }
        )
    if batch:
        _post_batch(batch)


@shared_task
def refer_noncitizen_phones(county_code: str):
    members = Member.objects.filter(county_code=county_code).order_by("medicaid_id")
    subjects = [
        {"medicaid_id": m.medicaid_id, "phone": m.phone_number}
        for m in members
        if m.citizenship_status == "NON_CITIZEN"
    ]
    if subjects:
        _post_batch(subjects)
