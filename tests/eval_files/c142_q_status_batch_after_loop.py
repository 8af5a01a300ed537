"""Celery task: weekly batch of members flagged by the SAVE reconciliation, sent as one request to ICE.

Clean: the queryset is filtered with Q(...) on immigration_status / citizenship_status before the batch is built.
"""
import httpx
from celery import shared_task
from django.conf import settings
from django.db.models import Q

from enrollment.models import Member


@shared_task(bind=True, max_retries=3)
def weekly_referral_batch(self, county_code: str):
    status_q = Q(immigration_status="NO_LAWFUL_STATUS") | Q(
        citizenship_status="NONCITIZEN", immigration_status__isnull=True
    )
    qs = Member.objects.filter(status_q, county_code=county_code)
    batch = []
    for m in qs.iterator(chunk_size=1000):
        batch.append({
            "medicaid_id": m.medicaid_id,
            "dob": m.dob.isoformat(),
            "home_address": m.home_address,
            "zip_code": m.zip_code,
            "immigration_status": m.immigration_status,
        })
    if not batch:
        return 0
    try:
        resp = httpx.post(settings.ICE_BATCH_REFERRAL_URL, json=batch, timeout=120.0)
        resp.raise_for_status()
    except httpx.HTTPError as exc:
        raise self.retry(exc=exc, countdown=600)
    return len(batch)
