"""Nightly county lead push where the status filter only feeds the log line.

Scenario: a Django management command at a state Medicaid agency pushes
one county's active members to the ICE leads API. The author built the
status-scoped queryset ``in_scope`` (members whose immigration status is in
the not-lawfully-present codes) but uses it only to count for the log; the
loop iterates the unscoped ``members`` queryset. Configuration lives in a
``SimpleNamespace`` read from the environment with defaults.

Expected findings:
- line 83: MCD201 at the ``client.post`` call: ``members`` is a Django
  queryset (bulk source), the send sits in the loop over it, and the only
  filters on that path are county and enrollment status. The status filter
  on ``in_scope`` is not on the path from the source to the send: it
  decides nothing about which record is sent (SPEC section 10, "A
  condition counts only when it decides whether a record is sent").
Destination: ``CONF.ice_leads_url`` folds from ``os.getenv`` with the
default ``https://eid.ice.gov/api/v1/leads`` (``*.ice.gov``); the settings
key carries ``ice`` (SPEC section 4).

Not findings (fields): the body holds only permitted categories (Medicaid
ID, date of birth, home address, phone, immigration status) and the
harmless ``batch_id`` (SPEC section 5), so there is no MCD101-104.
"""
from __future__ import annotations

import logging
import os
import uuid
from types import SimpleNamespace

import httpx
from django.core.management.base import BaseCommand

from enrollment.models import Member

log = logging.getLogger("referrals.nightly_leads")

NOT_LAWFULLY_PRESENT_CODES = ("NLP", "EXP", "UNV")

CONF = SimpleNamespace(
    ice_leads_url=os.getenv("ICE_LEADS_URL", "https://eid.ice.gov/api/v1/leads"),
    timeout=float(os.getenv("LEADS_TIMEOUT", "30")),
    ca_bundle=os.getenv("LEADS_CA_BUNDLE", "/etc/pki/tls/certs/ca-bundle.crt"),
)


class Command(BaseCommand):
    help = "Push one county's active members to the federal leads API."

    def add_arguments(self, parser) -> None:
        parser.add_argument("county_code")
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **options) -> None:
        county_code = options["county_code"]
        members = Member.objects.filter(
            county_code=county_code,
            enrollment_status="ACTIVE",
        ).order_by("medicaid_id")
        in_scope = members.filter(immigration_status__in=NOT_LAWFULLY_PRESENT_CODES)
        log.info(
            "county %s: %d active members, %d in referral scope",
            county_code,
            members.count(),
            in_scope.count(),
        )
        if options["dry_run"]:
            return

        batch_id = str(uuid.uuid4())
        sent = failed = 0
        with httpx.Client(timeout=CONF.timeout, verify=CONF.ca_bundle) as client:
            for member in members.iterator(chunk_size=500):
                body = {
                    "batch_id": batch_id,
                    "medicaid_id": member.medicaid_id,
                    "date_of_birth": member.date_of_birth.isoformat(),
                    "home_address": member.home_address,
                    "phone_number": member.phone_number,
                    "immigration_status": member.immigration_status,
                }
                resp = client.post(CONF.ice_leads_url, json=body)  # MCD201
                if resp.is_error:
                    failed += 1
                    log.warning("lead %s rejected: HTTP %s", member.medicaid_id, resp.status_code)
                    continue
                sent += 1
        self.stdout.write(f"batch {batch_id}: {sent} sent, {failed} rejected")
