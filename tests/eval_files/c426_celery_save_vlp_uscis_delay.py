"""Celery tasks of the MNsure/METS eligibility backend: verify an applicant's
lawful presence through SAVE and write the VLP result back to the state's
eligibility system.

CLEAN (no finding expected), though every name says "DHS":
- DhsSaveClient posts A-number, I-94, name and DOB to SAVE. Its base_url is
  set in __init__ from DHS_SAVE_BASE_URL = os.environ.get(..., default), which
  folds to https://save.uscis.gov/... ; *.uscis.gov is on the shipped
  non-enforcement list and a resolved non-enforcement host overrides every
  name signal ("dhs" in the class, the env var, the task) (SPEC 4).
- record_vlp_result posts SSN, name and the SAVE case number to
  ees-api.dhs.state.mn.us: *.state.<xx>.us is a state domain, so "dhs" in
  the host does not make it enforcement (SPEC 4).
- Tasks are dispatched with .delay/.apply_async; nothing reaches ICE.
"""
import logging
import os

import requests
from celery import Celery

from mets.models import Applicant, VlpVerification

log = logging.getLogger("mets.vlp")

app = Celery("mets_vlp", broker=os.environ.get("CELERY_BROKER_URL", "redis://redis:6379/3"))

DHS_SAVE_BASE_URL = os.environ.get("DHS_SAVE_BASE_URL", "https://save.uscis.gov/api/v4")
EES_RESULTS_URL = "https://ees-api.dhs.state.mn.us/v2/vlp-results"
SAVE_CERT = ("/etc/mets/certs/save-client.pem", "/etc/mets/certs/save-client.key")


class DhsSaveClient:
    """Thin client for the SAVE initial-verification API."""

    def __init__(self):
        self.base_url = DHS_SAVE_BASE_URL
        self.session = requests.Session()
        self.session.cert = SAVE_CERT

    def initial_verification(self, request_body: dict) -> dict:
        resp = self.session.post(
            f"{self.base_url}/cases/initial-verification",
            json=request_body,
            timeout=45,
        )
        resp.raise_for_status()
        return resp.json()


def build_save_request(applicant) -> dict:
    return {
        "alienNumber": applicant.alien_number,
        "i94Number": applicant.i94_number,
        "firstName": applicant.first_name,
        "lastName": applicant.last_name,
        "dateOfBirth": applicant.dob.isoformat(),
        "documentType": applicant.vlp_document_type,
        "requestGrantee": "MN-DHS-METS",
    }


@app.task(bind=True, autoretry_for=(requests.ConnectionError,), retry_backoff=True, max_retries=5)
def verify_lawful_presence(self, applicant_pk: int) -> None:
    applicant = Applicant.objects.get(pk=applicant_pk)
    result = DhsSaveClient().initial_verification(build_save_request(applicant))
    verification = VlpVerification.objects.create(
        applicant=applicant,
        save_case_number=result.get("caseNumber"),
        eligibility_statement=result.get("eligStatementCode"),
    )
    record_vlp_result.apply_async(args=(verification.pk,), countdown=5, queue="ees-writeback")


@app.task(bind=True, max_retries=3, default_retry_delay=120)
def record_vlp_result(self, verification_pk: int) -> None:
    verification = VlpVerification.objects.select_related("applicant").get(pk=verification_pk)
    applicant = verification.applicant
    body = {
        "applicant_ssn": applicant.ssn,
        "first_name": applicant.first_name,
        "last_name": applicant.last_name,
        "save_case_number": verification.save_case_number,
        "eligibility_statement": verification.eligibility_statement,
        "lawful_presence_status": verification.lawful_presence_status,
    }
    try:
        resp = requests.post(EES_RESULTS_URL, json=body, timeout=30)
        resp.raise_for_status()
    except requests.RequestException as exc:
        log.warning("EES write-back failed for verification %s", verification_pk)
        raise self.retry(exc=exc)


def enqueue_pending(limit: int = 200) -> int:
    """Called from the nightly beat schedule."""
    pks = list(
        Applicant.objects.filter(vlp_status="PENDING")
        .order_by("submitted_at")
        .values_list("pk", flat=True)[:limit]
    )
    for pk in pks:
        verify_lawful_presence.delay(pk)
    log.info("queued %d SAVE verifications", len(pks))
    return len(pks)
