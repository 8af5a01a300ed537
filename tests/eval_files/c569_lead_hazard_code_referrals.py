"""Lead-hazard referrals from EPSDT case management to city housing code enforcement (clean).

Scenario: a state Medicaid agency's EPSDT lead case-management module runs
on Celery.  When a child enrolled in Medicaid has a confirmed elevated blood
lead level, a task refers the child's home to the city's housing code
enforcement office (through the city's rental-inspection vendor), and a
periodic sweep queues one task per open case.  The payload is sensitive:
the child's name, Medicaid ID, date of birth and home address, the venous
blood lead result, and the guardian's name and phone.

Why no finding is expected:
- SPEC 4 "More destination decisions": ``enforcement`` in a name qualified by
  another domain of law (``code``) is not an immigration signal, so
  ``CODE_ENFORCEMENT_URL``, the ``code_enforcement`` client and the task
  ``refer_to_code_enforcement`` do not make the destination enforcement.
- The host ``api.rentalinspect-vendor.com`` is on neither host list, so the
  destination is decided by the name signals (SPEC 4), and no name in the
  module carries an enforcement token (``ice``, ``dhs``, ``ero``, ``cbp``,
  ``deportation``, or an unqualified ``enforcement``).
- With no enforcement endpoint, the name, lab-result and guardian fields
  (which would otherwise be MCD101/MCD102, SPEC 3) and the sweep over many
  cases (MCD201, SPEC 10) are not findings.
"""
from __future__ import annotations

import logging
import os
from datetime import date

import httpx
from celery import Celery
from celery.exceptions import MaxRetriesExceededError

from epsdt.models import LeadCase

log = logging.getLogger("epsdt.lead_referrals")

app = Celery("epsdt", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/3"))

CODE_ENFORCEMENT_URL = os.environ.get(
    "CODE_ENFORCEMENT_URL", "https://api.rentalinspect-vendor.com/v2/complaints"
)
CODE_ENFORCEMENT_KEY = os.environ.get("CODE_ENFORCEMENT_KEY", "")
ACTION_LEVEL_UG_DL = 3.5
PROGRAM_CODE = "EPSDT-LEAD"

code_enforcement = httpx.Client(
    timeout=httpx.Timeout(20.0, connect=5.0),
    headers={"X-Api-Key": CODE_ENFORCEMENT_KEY, "Accept": "application/json"},
)


def _guardian(case):
    guardian = case.guardian
    if guardian is None:
        return None
    return {
        "name": guardian.full_name,
        "relationship": guardian.relationship,
        "phone": guardian.phone,
    }


def _complaint(case):
    child = case.child
    return {
        "program": PROGRAM_CODE,
        "occupant": {
            "name": f"{child.first_name} {child.last_name}",
            "medicaid_id": child.medicaid_id,
            "birth_date": child.birth_date.isoformat(),
        },
        "property": {
            "address": child.home_address,
            "unit": child.address_line2,
            "zip_code": child.zip_code,
        },
        "hazard": {
            "blood_lead_ug_dl": case.blood_lead_level,
            "test_date": case.test_date.isoformat(),
            "test_type": case.test_type,
        },
        "guardian": _guardian(case),
    }


@app.task(bind=True, max_retries=5, default_retry_delay=120, acks_late=True)
def refer_to_code_enforcement(self, case_pk):
    case = LeadCase.objects.select_related("child", "guardian").get(pk=case_pk)
    if case.code_referral_sent_on:
        log.info("lead case %s already referred on %s", case_pk, case.code_referral_sent_on)
        return None
    try:
        resp = code_enforcement.post(CODE_ENFORCEMENT_URL, json=_complaint(case))
        resp.raise_for_status()
    except httpx.HTTPError as exc:
        try:
            raise self.retry(exc=exc)
        except MaxRetriesExceededError:
            log.error("lead case %s: code referral failed permanently", case_pk)
            raise
    case.code_referral_sent_on = date.today()
    case.code_complaint_number = resp.json().get("complaint_number")
    case.save(update_fields=["code_referral_sent_on", "code_complaint_number"])
    log.info("lead case %s referred as complaint %s", case_pk, case.code_complaint_number)
    return case.code_complaint_number


@app.task
def sweep_lead_cases():
    queued = 0
    pending = LeadCase.objects.filter(
        blood_lead_level__gte=ACTION_LEVEL_UG_DL,
        confirmed=True,
        code_referral_sent_on__isnull=True,
    )
    for case in pending.iterator():
        refer_to_code_enforcement.delay(case.pk)
        queued += 1
    log.info("queued %d code referrals", queued)
    return queued
