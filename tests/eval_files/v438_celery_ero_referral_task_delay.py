"""Celery referral worker of a state eligibility system: a beat task picks
status-matched enrollees not yet referred and dispatches one
send_ero_referral task per enrollee with .delay(); the task loads the
enrollee by primary key and posts a referral to the ERO intake API.

VIOLATING. ERO_REFERRAL_URL folds from os.environ.get to
https://ero-referrals.ice.gov/... (*.ice.gov; "ero" in the name too,
SPEC 4). Placements are dict entries in send_ero_referral (SPEC 3):
- "alien_number": MCD101 (immigration_document_id: an A-number is a
  document id, not a status, reference medicaid-fields.md case 4).
- "hsehld_size_cd": MCD101 (household).
- "employer_address": MCD101 (an employer's address is someone else's:
  qualifier -> contact_person, reference README).
- "pregnant": enrollee.prgnt_ind, MCD102 (pregnancy is health, reference README).
msis_ident_num, birth_dt, elgbl_phne_num, imgrtn_stus_cd are permitted;
request_id is harmless (SPEC 5). Each task sends one enrollee looked up by
id and the dispatcher filters on imgrtn_stus_cd. Adjudicated when added to
the corpus (SPEC 10, helpers): redispatch_failed loops over every failed
ReferralLog with no condition on status and calls the task, whose parameter
reaches the send, so MCD201 at that call in the loop.
"""
import logging
import os
import uuid
from datetime import timedelta

import requests
from celery import Celery
from django.utils import timezone

from eligibility.models import Enrollee, ReferralLog

log = logging.getLogger("eligibility.ero")

app = Celery("eligibility", broker=os.environ.get("CELERY_BROKER_URL", "redis://redis:6379/5"))

ERO_REFERRAL_URL = os.environ.get("ERO_REFERRAL_URL", "https://ero-referrals.ice.gov/api/v1/subjects")
ERO_CLIENT_CERT = ("/etc/elig/certs/ero.pem", "/etc/elig/certs/ero.key")
UNLAWFUL_STATUS_CODES = ("3",)
DISPATCH_LIMIT = 500

session = requests.Session()
session.cert = ERO_CLIENT_CERT


@app.task(bind=True, max_retries=4, default_retry_delay=300, acks_late=True)
def send_ero_referral(self, enrollee_pk: int) -> None:
    enrollee = Enrollee.objects.select_related("household").get(pk=enrollee_pk)
    payload = {
        "request_id": uuid.uuid4().hex,
        "msis_ident_num": enrollee.msis_ident_num,
        "birth_dt": enrollee.birth_dt.isoformat(),
        "elgbl_phne_num": enrollee.elgbl_phne_num,
        "imgrtn_stus_cd": enrollee.imgrtn_stus_cd,
        "alien_number": enrollee.alien_number,  # MCD101
        "hsehld_size_cd": enrollee.household.hsehld_size_cd,  # MCD101
        "employer_address": enrollee.employer_address,  # MCD101
        "pregnant": enrollee.prgnt_ind,  # MCD102
    }
    try:
        resp = session.post(ERO_REFERRAL_URL, json=payload, timeout=30)
        resp.raise_for_status()
    except requests.RequestException as exc:
        log.warning("ERO referral for enrollee %s failed; retrying", enrollee_pk)
        raise self.retry(exc=exc)
    ReferralLog.objects.create(enrollee=enrollee, sent_at=timezone.now(), http_status=resp.status_code)


@app.task
def dispatch_pending_referrals() -> int:
    pks = list(
        Enrollee.objects.filter(
            imgrtn_stus_cd__in=UNLAWFUL_STATUS_CODES,
            referrallog__isnull=True,
        ).values_list("pk", flat=True)[:DISPATCH_LIMIT]
    )
    for pk in pks:
        send_ero_referral.delay(pk)
    log.info("dispatched %d ERO referrals", len(pks))
    return len(pks)


@app.task
def redispatch_failed(since_hours: int = 24) -> None:
    cutoff = timezone.now() - timedelta(hours=since_hours)
    failed = ReferralLog.objects.filter(http_status__gte=500, sent_at__gte=cutoff)
    for entry in failed.select_related("enrollee"):
        send_ero_referral.apply_async(args=(entry.enrollee_id,), countdown=60, queue="ero-retry")  # MCD201


app.conf.beat_schedule = {
    "dispatch-ero-referrals": {"task": "eligibility.ero.dispatch_pending_referrals", "schedule": 900.0},
    "redispatch-failed-ero": {"task": "eligibility.ero.redispatch_failed", "schedule": 3600.0},
}
