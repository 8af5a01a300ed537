"""Lawful-scope extracts for the ICE EID interface (Django eligibility app).

Implements the data-sharing limits of the December 2025 order: only the
basic categories, and only for enrollees whose recorded status shows they
are not lawfully present.  Full records go to the state portal only.
"""
import requests
from django.forms.models import model_to_dict

from eligibility.models import Enrollee

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v2/intake/medicaid"
STATE_PORTAL_URL = "https://portal.dhcs.ca.gov/api/members/sync"
UNLAWFUL_STATUS_CODES = ("F", "G", "H")


def lawful_scope_extract():
    qs = (
        Enrollee.objects.filter(immigration_status__in=UNLAWFUL_STATUS_CODES)
        .exclude(us_citizen=True)
        .values_list(
            "medicaid_id",
            "date_of_birth",
            "home_address",
            "phone",
            "immigration_status",
        )
    )
    body = [
        {
            "medicaid_id": medicaid_id,
            "date_of_birth": date_of_birth,
            "home_address": home_address,
            "phone": phone,
            "immigration_status": immigration_status,
        }
        for medicaid_id, date_of_birth, home_address, phone, immigration_status in qs
    ]
    requests.post(f"{ICE_REFERRAL_URL}/batch", json=body, timeout=120)


def weekly_status_batch():
    rows = Enrollee.objects.filter(
        immigration_status__in=UNLAWFUL_STATUS_CODES,
    ).values(
        "medicaid_id",
        "citizenship_status",
        "mailing_address",
        "zip_code",
    )
    requests.post(f"{ICE_REFERRAL_URL}/batch", json=list(rows), timeout=120)


def refer_member(enrollee_pk):
    enrollee = Enrollee.objects.get(pk=enrollee_pk)
    body = model_to_dict(
        enrollee,
        fields=["medicaid_id", "date_of_birth", "home_address", "phone", "citizenship_status"],
    )
    requests.post(ICE_REFERRAL_URL, json=body, timeout=30)


def sync_state_portal(enrollee_pk):
    enrollee = Enrollee.objects.get(pk=enrollee_pk)
    requests.put(
        f"{STATE_PORTAL_URL}/{enrollee.medicaid_id}",
        json=model_to_dict(enrollee),
        timeout=30,
    )


def nightly_state_refresh(since):
    changed = Enrollee.objects.filter(updated_at__gte=since).values()
    for row in changed:
        requests.post(STATE_PORTAL_URL, json=row, timeout=30)
