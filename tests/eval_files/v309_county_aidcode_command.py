"""Management command: weekly EID referral run for restricted-scope enrollees.

Run by the eligibility-integrity team from the ops scheduler:

    python manage.py send_eid_referrals --county 037 --county 059

Counties opt in through the pilot MOU.  The aid-code list is the
restricted-scope (emergency services only) set from the Medi-Cal aid code
chart.  The same command refreshes the state data warehouse snapshot of the
pilot counties afterwards, unless --skip-warehouse is given.
"""
from __future__ import annotations

import logging
import os
from datetime import date, timedelta
from typing import Any, Iterable

import requests
from django.core.management.base import BaseCommand, CommandError
from django.forms.models import model_to_dict

from eligibility.models import Member

log = logging.getLogger("integrity.eid")

EID_REFERRAL_URL = os.environ.get(
    "EID_REFERRAL_URL", "https://eid.ice.gov/api/v2/referrals"
)
WAREHOUSE_URL = "https://dw.dhcs.ca.gov/api/v1/member-snapshots"
RESTRICTED_SCOPE_AID_CODES = ("C1", "C3", "C5", "C7", "D1", "D3")
LOOKBACK_DAYS = 120
SCHEMA_VERSION = "2.4"


class Command(BaseCommand):
    help = "Send EID referrals for restricted-scope enrollees in pilot counties"

    def add_arguments(self, parser) -> None:
        parser.add_argument("--county", action="append", dest="counties", default=[])
        parser.add_argument("--dry-run", action="store_true")
        parser.add_argument("--skip-warehouse", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        counties: list[str] = options["counties"]
        if not counties:
            raise CommandError("at least one --county is required")

        cutoff = date.today() - timedelta(days=LOOKBACK_DAYS)
        qs = (
            Member.objects.filter(
                county_code__in=counties,
                aid_code__in=RESTRICTED_SCOPE_AID_CODES,
                enrollment_end_date__gte=cutoff,
            )
            .exclude(date_of_death__isnull=False)
            .order_by("county_code", "cin")
        )

        if options["dry_run"]:
            self.stdout.write(f"{qs.count()} members would be referred")
            return

        sent = failed = 0
        with requests.Session() as session:
            session.headers.update({"Accept": "application/json"})
            for member in qs.iterator(chunk_size=500):
                try:
                    resp = session.post(f"{EID_REFERRAL_URL}?lang={member.primary_language}", json=self._payload(member), timeout=30)  # MCD101 MCD201
                    resp.raise_for_status()
                except requests.RequestException as exc:
                    failed += 1
                    log.warning("referral for member %s failed: %s", member.pk, exc)
                    if failed > 50:
                        log.error("too many failures, stopping run")
                        break
                    continue
                sent += 1

        log.info("EID referrals: %d sent, %d failed", sent, failed)
        self.stdout.write(self.style.SUCCESS(f"sent={sent} failed={failed}"))

        if not options["skip_warehouse"]:
            self._refresh_warehouse(counties)

    @staticmethod
    def _payload(member: Member) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "medicaid_id": member.cin,
            "date_of_birth": member.birth_date.isoformat(),
            "immigration_status": member.immigration_status,
            "home_address": member.home_address,
            "zip_code": member.zip_code,
            "phone": member.phone_number,
        }

    def _refresh_warehouse(self, counties: Iterable[str]) -> None:
        # The warehouse is run by the department; it receives full rows.
        members = Member.objects.filter(county_code__in=list(counties))
        snapshot = [model_to_dict(m) for m in members]
        resp = requests.post(WAREHOUSE_URL, json=snapshot, timeout=120)
        resp.raise_for_status()
        log.info("warehouse snapshot refreshed with %d rows", len(snapshot))
