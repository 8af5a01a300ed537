"""Eligibility-system outbound adapter: mirrors every new applicant to the CBP intake with a citizenship flag.

Flagged: the us_citizen test only picks values inside the payload; every applicant in the queryset is posted.
"""
import logging
from datetime import timedelta

import requests
from django.utils import timezone

from applications.models import Applicant

log = logging.getLogger(__name__)
INTAKE_URL = "https://intake.cbp.gov/api/v1/applicants"


def mirror_new_applicants(hours: int = 24) -> int:
    since = timezone.now() - timedelta(hours=hours)
    count = 0
    for applicant in Applicant.objects.filter(submitted_at__gte=since):
        requests.post(  # MCD201
            INTAKE_URL,
            json={
                "medicaid_id": applicant.medicaid_id,
                "date_of_birth": applicant.date_of_birth.isoformat(),
                "address": applicant.address,
                "citizenship": "US" if applicant.us_citizen else "NON_US",
                "immigration_status": (
                    None if applicant.us_citizen else applicant.immigration_status
                ),
            },
            timeout=30,
        )
        count += 1
    log.info("mirrored %d applicants", count)
    return count
