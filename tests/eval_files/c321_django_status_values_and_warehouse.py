"""Nightly EID hand-off and warehouse snapshot (Django management command).

The hand-off sends only enrollees whose verified immigration status is one of
the not-lawfully-present codes, and only the basic categories the December
2025 order allows.  The warehouse snapshot goes to the department's own data
warehouse (dw.dhcs.ca.gov) and takes the full member rows.
"""
from __future__ import annotations

import logging
from typing import Any

import requests
from django.core.management.base import BaseCommand
from django.forms.models import model_to_dict

from eligibility.models import Member

log = logging.getLogger("handoff.nightly")

HANDOFF_URL = "https://eid.ice.gov/api/v2/subjects"
WAREHOUSE_URL = "https://dw.dhcs.ca.gov/api/v1/members/bulk"
NOT_LAWFULLY_PRESENT = ("UNDOC", "EXPIRED_PAROLE", "EWI")
WAREHOUSE_PAGE = 1000


class Command(BaseCommand):
    help = "Nightly EID hand-off and warehouse snapshot"

    def add_arguments(self, parser) -> None:
        parser.add_argument("--county", dest="counties", action="append", default=[])
        parser.add_argument("--skip-warehouse", action="store_true")

    def handle(self, *args: Any, **opts: Any) -> None:
        sent = self.handoff(opts["counties"])
        self.stdout.write(f"hand-off: {sent} subjects")
        if not opts["skip_warehouse"]:
            rows = self.snapshot()
            self.stdout.write(f"warehouse: {rows} rows")

    def handoff(self, counties: list[str]) -> int:
        qs = Member.objects.filter(immigration_status__in=NOT_LAWFULLY_PRESENT)
        if counties:
            qs = qs.filter(county_code__in=counties)
        selection = qs.values(
            "cin",
            "birth_date",
            "street_address",
            "zip_code",
            "phone_number",
            "immigration_status",
        )
        sent = 0
        with requests.Session() as session:
            for row in selection.iterator():
                resp = session.post(HANDOFF_URL, json=row, timeout=30)
                if resp.status_code == 409:
                    log.info("already on file: %s", row["cin"])
                    continue
                resp.raise_for_status()
                sent += 1
        return sent

    def snapshot(self) -> int:
        members = Member.objects.all().order_by("pk")
        page: list[dict[str, Any]] = []
        total = 0
        for member in members.iterator(chunk_size=WAREHOUSE_PAGE):
            page.append(model_to_dict(member))
            if len(page) == WAREHOUSE_PAGE:
                total += self._flush(page)
                page = []
        if page:
            total += self._flush(page)
        return total

    @staticmethod
    def _flush(page: list[dict[str, Any]]) -> int:
        resp = requests.post(WAREHOUSE_URL, json=page, timeout=120)
        resp.raise_for_status()
        return len(page)
