"""EID batch submission from the referral queue (Celery tasks)."""
import logging
from itertools import islice

import httpx
from celery import shared_task

from members.models import Member
from referrals.models import Referral

log = logging.getLogger(__name__)

ICE_EID_BASE = "https://eid.ice.gov/api/v2"
UNLAWFUL_CODES = ("7", "8")
BATCH_SIZE = 200

ice_client = httpx.Client(base_url=ICE_EID_BASE, timeout=30.0)


def _chunks(iterable, size):
    it = iter(iterable)
    while True:
        chunk = list(islice(it, size))
        if not chunk:
            return
        yield chunk


@shared_task
def submit_status_batch(county_code):
    qs = (
        Member.objects.filter(immigration_status__in=UNLAWFUL_CODES, county_code=county_code)
        .order_by("cin")
        .values(
            "cin",
            "birth_date",
            "first_name",  # MCD101
            "last_name",  # MCD101
            "immigration_status",
            "home_address",
        )
    )
    total = 0
    for chunk in _chunks(qs.iterator(), BATCH_SIZE):
        resp = ice_client.post("/referrals/batch", json=chunk)
        resp.raise_for_status()
        total += len(chunk)
    log.info("county %s: %d referrals submitted", county_code, total)
    return total


@shared_task
def drain_ready_referrals():
    pending = Referral.objects.filter(export_status="READY").select_related("member")
    done = 0
    for ref in pending:
        payload = {
            "medicaid_id": ref.member.cin,
            "phone": ref.member.phone,
        }
        try:
            resp = ice_client.post("/referrals", json=payload)  # MCD201
            resp.raise_for_status()
        except httpx.HTTPError:
            log.exception("referral %s not accepted", ref.pk)
            continue
        ref.export_status = "SENT"
        ref.save(update_fields=["export_status"])
        done += 1
    return done
