"""Whole-record serializers sent to non-enforcement destinations, under lookalike names.

Scenario: routine member syncs of a state Medicaid vendor. `notice`,
`device`, `invoice`, `practice`, `justice`, `zero` and `dhss` only look like
`ice`, `ero` or `dhs`: none contains an enforcement token as a whole word
(SPEC section 4). The destinations are the Texas HHS FHIR server (a state
.gov host), the Alaska DHSS MMIS (alaska.gov) and vendor URLs from settings
keys with lookalike names only. Whole-record serializers (asdict,
model_dump, to_dict, _asdict) are MCD103 only when they reach an
enforcement endpoint; here none does, so the file stays clean.
"""
import dataclasses

import httpx
import requests
from django.conf import settings

FHIR_BASE = "https://fhir.hhs.texas.gov/r4"
AK_DHSS_MMIS_URL = "https://mmis.dhss.alaska.gov/api/members"
ZERO_BALANCE_NOTICE_URL = settings.ZERO_BALANCE_NOTICE_URL

device_sync_client = httpx.Client(base_url=settings.DEVICE_VENDOR_URL, timeout=15)


def send_zero_balance_notice(member):
    requests.post(ZERO_BALANCE_NOTICE_URL, json=dataclasses.asdict(member), timeout=30)


def sync_practice_invoice(invoice):
    requests.post(settings.PRACTICE_INVOICE_API, json=invoice.model_dump(), timeout=30)


def register_remote_device(enrollee):
    device_sync_client.post("/devices/enrollments", json=enrollee.to_dict())


def push_patient_snapshot(row):
    requests.put(f"{FHIR_BASE}/Basic/{row.member_id}", json=row._asdict(), timeout=30)


def update_alaska_member(member):
    requests.put(AK_DHSS_MMIS_URL, json=member.model_dump(mode="json"), timeout=30)


def enroll_justice_involved(member):
    body = {"reentry_facility": member.facility_name, "member": dataclasses.asdict(member)}
    requests.post(settings.JUSTICE_REENTRY_PORTAL_URL, json=body, timeout=30)
