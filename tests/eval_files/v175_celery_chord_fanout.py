"""Celery fan-out: a group of post_referral signatures, one per enrollee of a county queryset, joined by a chord.

Flagged: the group's generator runs over Enrollee.objects.filter(...) with no status test and calls post_referral.s(...), whose parameter is posted to ICE.
"""
import logging

import requests
from celery import chord, group, shared_task
from django.conf import settings

from enrollment.models import Enrollee

log = logging.getLogger(__name__)


@shared_task(autoretry_for=(requests.RequestException,), retry_backoff=True, max_retries=5)
def post_referral(payload):
    resp = requests.post(settings.ICE_EID_REFERRAL_URL, json=payload, timeout=30)
    resp.raise_for_status()
    return resp.status_code


@shared_task
def record_batch(results, county_cd):
    ok = sum(1 for code in results if code == 201)
    log.info("county %s: %d/%d referrals accepted", county_cd, ok, len(results))


def referral_payload(enrollee):
    return {
        "medicaid_id": enrollee.msis_ident_num,
        "date_of_birth": enrollee.birth_dt.isoformat(),
        "home_address": enrollee.elgbl_line_1_adr,
        "zip_code": enrollee.elgbl_zip_cd,
    }


def fan_out(county_cd):
    enrollees = Enrollee.objects.filter(county_cd=county_cd, enrlmt_end_dt__isnull=True)
    header = group(post_referral.s(referral_payload(e)) for e in enrollees.iterator())  # MCD201
    return chord(header)(record_batch.s(county_cd))
