"""County referral batches to ERO from a Django queryset scoped by ``exclude``.

Scenario: a state eligibility system's management command sends one
county's referral batches to ERO. The queryset drops citizens and
nationals and anyone whose lawful presence was verified, keeps only the
permitted columns with ``.values(*REFERRAL_FIELDS)``, and is posted in
chunks of 200 with ``itertools.islice`` and an assignment expression.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- Population scope: ``.exclude(citizenship_status__in=...)`` and
  ``.exclude(lawful_presence_status=...)`` are conditions on citizenship
  and immigration status between the queryset (a bulk source) and the
  send, which clears it (SPEC section 10: "``.exclude(us_citizen=True)``
  ... Any such condition clears the send").
- ``.values(*REFERRAL_FIELDS)`` is a column list whose names resolve to a
  constant tuple of permitted fields (SPEC sections 3 and 6); ``islice``
  passes those names on.
- ``filter`` and ``order_by`` columns send nothing; ``batch_id`` and
  ``record_count`` are harmless transfer metadata (SPEC section 5).
"""
from __future__ import annotations

import logging
from itertools import islice

import requests
from django.core.management.base import BaseCommand

from eligibility.models import Enrollee

log = logging.getLogger("eligibility.commands.ero_batches")

ERO_BATCH_URL = "https://referrals.ero.ice.gov/api/v1/batches"
CHUNK = 200
REFERRAL_FIELDS = (
    "medicaid_id",
    "date_of_birth",
    "home_address",
    "city",
    "zip_code",
    "phone_number",
    "immigration_status",
)
CITIZEN_CODES = ("US_CITIZEN", "US_NATIONAL")


def referral_queryset(county_code: str):
    return (
        Enrollee.objects.filter(county_code=county_code, enrollment_status="ACTIVE")
        .exclude(citizenship_status__in=CITIZEN_CODES)
        .exclude(lawful_presence_status="VERIFIED")
        .order_by("medicaid_id")
        .values(*REFERRAL_FIELDS)
    )


class Command(BaseCommand):
    help = "Send one county's referral batches to ERO"

    def add_arguments(self, parser):
        parser.add_argument("county_code")

    def handle(self, *args, **options):
        county_code = options["county_code"]
        rows = referral_queryset(county_code).iterator(chunk_size=CHUNK)
        http = requests.Session()
        http.cert = ("/etc/pki/ero/client.crt", "/etc/pki/ero/client.key")
        batch_no = 0
        while chunk := list(islice(rows, CHUNK)):
            batch_no += 1
            resp = http.post(
                ERO_BATCH_URL,
                json={"batch_id": f"{county_code}-{batch_no:04d}", "record_count": len(chunk), "records": chunk},
                timeout=60,
            )
            if resp.status_code >= 400:
                log.error("batch %d for county %s rejected: %s", batch_no, county_code, resp.text[:200])
                continue
            log.info("batch %d for county %s accepted", batch_no, county_code)
        self.stdout.write(f"sent {batch_no} batches for county {county_code}")
