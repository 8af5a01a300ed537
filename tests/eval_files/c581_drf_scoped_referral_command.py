"""Django management command: paginated ICE referrals through a DRF serializer with explicit fields (clean).

Scenario: the eligibility system's ``push_ice_referrals`` command pages
through the county's enrollees whose immigration status is an
unlawful-presence status (excluding anyone flagged as a U.S. citizen),
serializes each page with ``IceReferralSerializer`` and posts it to the ICE
referral intake configured in ``settings.ICE_REFERRAL_URL``.  The
``Enrollee`` model (imported) has SSN, names, aid codes and diagnoses.

Why no finding is expected:
- ``IceReferralSerializer`` is named for enforcement and lists its fields
  explicitly in ``Meta.fields`` (SPEC 3 "Column lists ... DRF Meta.fields");
  every listed name is a permitted category (SPEC 1).  Its ``.data`` has
  known fields, so it is not MCD103 (SPEC 6).
- Population: ``Enrollee.objects.filter(...)`` is a bulk source, but it is
  filtered with ``immigration_status__in=...`` and ``.exclude(us_citizen=True)``
  - conditions on status between source and send (SPEC 10), so the page
  posts are not MCD201.
- ``batch_id``, ``page`` and ``record_count`` are harmless (SPEC 5); the
  county filter and ``order_by`` send nothing.
"""
from __future__ import annotations

import logging
import uuid

import requests
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.core.paginator import Paginator
from rest_framework import serializers

from enrollment.models import Enrollee

log = logging.getLogger("enrollment.commands.ice_referrals")

UNLAWFUL_STATUSES = ("NO_LAWFUL_STATUS", "ORDERED_REMOVED", "PAROLE_EXPIRED")


class IceReferralSerializer(serializers.ModelSerializer):
    class Meta:
        model = Enrollee
        fields = (
            "cin",
            "birth_date",
            "home_address",
            "zip_code",
            "phone_number",
            "immigration_status",
            "citizenship_status",
        )


class Command(BaseCommand):
    help = "Send scoped ICE referrals for one county, one page per request."

    def add_arguments(self, parser):
        parser.add_argument("county")
        parser.add_argument("--page-size", type=int, default=250)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **options):
        county = options["county"]
        page_size = options["page_size"]
        if not 1 <= page_size <= 1000:
            raise CommandError("--page-size must be between 1 and 1000")
        qs = (
            Enrollee.objects.filter(county_code=county, immigration_status__in=UNLAWFUL_STATUSES)
            .exclude(us_citizen=True)
            .order_by("pk")
        )
        paginator = Paginator(qs, page_size)
        session = requests.Session()
        session.cert = settings.REFERRAL_CLIENT_CERT
        batch_id = uuid.uuid4().hex
        total = 0
        for number in paginator.page_range:
            page = paginator.page(number)
            data = IceReferralSerializer(page.object_list, many=True).data
            if options["dry_run"]:
                self.stdout.write(f"page {number}: {len(data)} referrals (dry run)")
                continue
            body = {"batch_id": batch_id, "page": number, "record_count": len(data), "items": data}
            try:
                resp = session.post(settings.ICE_REFERRAL_URL, json=body, timeout=60)
                resp.raise_for_status()
            except requests.RequestException as exc:
                log.error("batch %s page %s failed: %s", batch_id, number, exc)
                raise CommandError(f"page {number} failed; rerun to resume") from exc
            total += len(data)
        self.stdout.write(self.style.SUCCESS(f"{total} referrals sent for county {county}"))
