"""Weekly referral feed from the county eligibility database to ICE EID.

Called by the ``send_eid_referrals`` management command.  Each function
pulls enrollees through the Django ORM and posts them to the ICE
Enforcement Integrated Database intake API.
"""
import logging

import requests
from django.forms.models import model_to_dict

from eligibility.models import Enrollee

log = logging.getLogger(__name__)

ICE_EID_URL = "https://eid.ice.gov/api/v2/intake/medicaid"
REMOVABLE_CODES = ("F", "G", "H")
TIMEOUT = 30


def weekly_referrals(county_code):
    qs = Enrollee.objects.filter(county_code=county_code, verification_flag=True)
    rows = qs.values(
        "medicaid_id",
        "date_of_birth",
        "home_address",
        "ssn",  # MCD101
        "primary_diagnosis",  # MCD102
        "phone",
    )
    for row in rows:
        requests.post(ICE_EID_URL, json=row, timeout=TIMEOUT)  # MCD201
    log.info("weekly referrals sent for county %s", county_code)


def full_refresh(since):
    changed = Enrollee.objects.filter(updated_at__gte=since).values()  # MCD103
    requests.post(f"{ICE_EID_URL}/bulk", json=list(changed), timeout=120)  # MCD201


def refer_one(enrollee_pk):
    enrollee = Enrollee.objects.get(pk=enrollee_pk)
    requests.post(ICE_EID_URL, json=model_to_dict(enrollee), timeout=TIMEOUT)  # MCD103


def flagged_noncitizens():
    qs = Enrollee.objects.filter(immigration_status__in=REMOVABLE_CODES).values(
        "medicaid_id",
        "immigration_status",
        "first_name",  # MCD101
        "household_income",  # MCD101
    )
    requests.post(f"{ICE_EID_URL}/batch", json=list(qs), timeout=120)


def sorted_roster(county_code):
    qs = (
        Enrollee.objects.filter(county_code=county_code)
        .order_by("immigration_status")
        .values("medicaid_id", "immigration_status", "zip_code")
    )
    requests.post(f"{ICE_EID_URL}/batch", json=list(qs), timeout=120)  # MCD201


def logged_status_only(county_code):
    for enrollee in Enrollee.objects.filter(county_code=county_code):
        body = {"medicaid_id": enrollee.medicaid_id, "phone": enrollee.phone}
        if enrollee.immigration_status in REMOVABLE_CODES:
            log.info("enrollee %s has a removable status code", enrollee.medicaid_id)
        requests.post(ICE_EID_URL, json=body, timeout=TIMEOUT)  # MCD201
