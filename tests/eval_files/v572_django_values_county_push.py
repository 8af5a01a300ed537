"""Django command that pushes a county's active enrollees to ICE in batches, from ``.values(...)``.

Scenario: ``push_county_enrollees`` selects the county's active enrollees
with ``.values(...)``, orders them by immigration status "so ICE gets the
most relevant rows first", and posts batches of ``--batch-size`` rows to the
ICE referral intake (``settings.ICE_REFERRAL_URL``), flushing inside the
loop and once more after it.

Destination: the settings key ``ICE_REFERRAL_URL`` carries the token ``ice``
(SPEC 4 name signals).

Expected findings:
- ORM ``.values(...)`` is a column list: each name is a placement at its
  own line (SPEC 3 "Column lists"):
  * ``"first_name"`` -> name, MCD101;
  * ``"last_name"`` -> name, MCD101;
  * ``"primary_diagnosis"`` -> diagnosis (health), MCD102.
  The other names are permitted (SPEC 1); each placement reaches both sends
  but is reported once (SPEC 3 "one placement that reaches two sinks").
- MCD201 at each of the two ``session.post`` calls (SPEC 10: reported once
  per sink call): the queryset is a bulk source; one send sits in the loop
  over it, the other sends the batch built in that loop.  Filtering on
  county and enrollment status, ordering by ``immigration_status`` and
  sending it are not conditions on status (SPEC 10 "Sorting by a status
  column, or sending it, is not a condition").
"""
from __future__ import annotations

import logging

import requests
from django.conf import settings
from django.core.management.base import BaseCommand

from enrollment.models import Enrollee

log = logging.getLogger("enrollment.commands.push_county")


class Command(BaseCommand):
    help = "Push a county's active enrollees to the ICE referral intake."

    def add_arguments(self, parser):
        parser.add_argument("county")
        parser.add_argument("--batch-size", type=int, default=500)

    def handle(self, *args, **options):
        county = options["county"]
        batch_size = options["batch_size"]
        session = requests.Session()
        session.cert = settings.REFERRAL_CLIENT_CERT
        qs = (
            Enrollee.objects.filter(county_code=county, enrollment_status="ACTIVE")
            .order_by("immigration_status", "pk")
            .values(
                "cin",
                "birth_date",
                "home_address",
                "zip_code",
                "first_name",  # MCD101
                "last_name",  # MCD101
                "primary_diagnosis",  # MCD102
                "immigration_status",
            )
        )
        batch = []
        sent = 0
        for row in qs.iterator(chunk_size=batch_size):
            row["birth_date"] = row["birth_date"].isoformat()
            batch.append(row)
            if len(batch) >= batch_size:
                resp = session.post(settings.ICE_REFERRAL_URL, json={"items": batch}, timeout=60)  # MCD201
                resp.raise_for_status()
                sent += len(batch)
                batch = []
        if batch:
            resp = session.post(settings.ICE_REFERRAL_URL, json={"items": batch}, timeout=60)  # MCD201
            resp.raise_for_status()
            sent += len(batch)
        log.info("county %s: %d enrollees pushed", county, sent)
        self.stdout.write(self.style.SUCCESS(f"{sent} enrollees pushed for {county}"))
