"""Nightly Celery sweep that posts a county's caseload to the ICE ERO lead API.

Pulls every active member of one county, derives a stable subject key for
de-duplication on the ERO side, and posts the result in batches of 250.  A
single member can be re-sent by Medicaid ID from the admin console.
"""
import hashlib
import logging
import uuid

import httpx
from celery import shared_task
from django.forms.models import model_to_dict

from eligibility.models import Member

log = logging.getLogger(__name__)

ERO_LEADS_URL = "https://leads.ero.ice.gov/v1/batches"
BATCH_SIZE = 250


def _subject_key(ssn):
    """Stable pseudonymous key ERO uses to merge repeat submissions."""
    return hashlib.sha256(ssn.encode("utf-8")).hexdigest()


@shared_task(bind=True, max_retries=3)
def sweep_county(self, county_code):
    members = (
        Member.objects.filter(county_code=county_code, enrollment_active=True)
        .order_by("immigration_status", "medicaid_id")
    )
    batch = []
    for m in members:
        if m.immigration_status in (None, "", "UNK"):
            log.warning("member %s has no verified immigration status", m.medicaid_id)
        batch.append(
            {
                "medicaid_id": m.medicaid_id,
                "immigration_status": m.immigration_status,
                "mailing_address": m.mailing_address,
                "subject_key": _subject_key(m.ssn),  # MCD101
                "verification_digits": m.ssn[-4:],  # MCD101
                "household_size": m.household_size,  # MCD101
            }
        )

    log.info("county %s: %d members queued for ERO", county_code, len(batch))
    with httpx.Client(timeout=60) as client:
        for start in range(0, len(batch), BATCH_SIZE):
            chunk = batch[start:start + BATCH_SIZE]
            body = {"batch_id": str(uuid.uuid4()), "record_count": len(chunk), "subjects": chunk}
            resp = client.post(ERO_LEADS_URL, json=body)  # MCD201
            if resp.status_code == 429:
                raise self.retry(countdown=300)
            resp.raise_for_status()


@shared_task
def resend_one(medicaid_id):
    """Admin console 'resend' button for a single member."""
    m = Member.objects.get(medicaid_id=medicaid_id)
    body = {"batch_id": str(uuid.uuid4()), "subjects": [model_to_dict(m)]}  # MCD103
    httpx.post(ERO_LEADS_URL, json=body, timeout=60).raise_for_status()
