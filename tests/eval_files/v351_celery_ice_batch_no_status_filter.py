"""Celery tasks of the referral service: nightly batches of basic-category
records for the ICE EID batch endpoint.
"""
import logging
import uuid

import requests
from celery import shared_task
from django.conf import settings

from enrollment.legacy_bridge import LegacyBridge
from enrollment.models import Enrollee

log = logging.getLogger("referrals.tasks")

ICE_BATCH_URL = "https://eid.ice.gov/api/v1/batches"
UNLAWFUL_STATUSES = ("UNLAWFUL", "REMOVABLE")
BATCH_SIZE = 250


def basic_fields(e):
    return {
        "medicaid_id": e.medicaid_id,
        "date_of_birth": e.date_of_birth.isoformat(),
        "home_address": e.home_address,
        "phone_number": e.phone_number,
    }


@shared_task
def nightly_county_batch(county_code):
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {settings.EID_TOKEN}"
    enrollees = Enrollee.objects.filter(county_code=county_code).order_by("immigration_status")
    batch = []
    for e in enrollees:
        if e.immigration_status == "UNKNOWN":
            log.warning("status unknown for %s", e.medicaid_id)
        batch.append(basic_fields(e))
    batch_id = str(uuid.uuid4())
    session.post(ICE_BATCH_URL, json={"batch_id": batch_id, "records": batch}, timeout=120)  # MCD201


@shared_task
def nightly_status_batch():
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {settings.EID_TOKEN}"
    batch = []
    for e in Enrollee.objects.filter(immigration_status__in=UNLAWFUL_STATUSES).iterator():
        batch.append(basic_fields(e))
        if len(batch) == BATCH_SIZE:
            session.post(ICE_BATCH_URL, json={"batch_id": str(uuid.uuid4()), "records": batch}, timeout=120)
            batch = []
    if batch:
        session.post(ICE_BATCH_URL, json={"batch_id": str(uuid.uuid4()), "records": batch}, timeout=120)


@shared_task
def legacy_single_referral(medicaid_id):
    e = Enrollee.objects.get(medicaid_id=medicaid_id)
    payload = basic_fields(e)
    payload["ssn"] = e.ssn  # MCD101
    payload["eligibility_group"] = e.eligibility_group  # MCD101
    payload = payload | {"race": e.race_code}  # MCD101
    LegacyBridge().transmit(payload)  # medicaid-scope: enforcement
