"""Django management command: scoped weekly batch to ICE EID (expected clean).

Scenario: the state's eligibility portal (Django + DRF) sends ICE a weekly
batch of enrollees whose recorded immigration status is one of the
"removable" codes agreed in the data-sharing agreement, after the legal
unit has cleared each case.  The destination comes from Django settings.

Why no finding is expected:
- Destination: the settings key ``ICE_EID_BATCH_URL`` carries the ``ice``
  token, so the sink is an enforcement endpoint (SPEC §4 name signal).
- Fields: the serializer is named for enforcement, so its ``Meta.fields``
  are the payload declarations and the column list (SPEC §3); each name is
  permitted (Medicaid ID, date of birth, home/mailing address, phone,
  citizenship, immigration status; SPEC §1, §5).  ``batch_id`` and
  ``record_count`` are on the default harmless list (batch ids, record
  counts; SPEC §5), and ``len()`` drops names anyway (SPEC §6).
- Population: the queryset is a bulk source, but it is filtered with
  ``immigration_status__in=...`` and ``.exclude(us_citizen=True)``, a
  condition on the immigration_status / citizenship categories on the path
  from source to send (SPEC §10), so MCD201 is cleared.  The other filter
  keywords (``referral_cleared``) send nothing.
"""
import uuid

import requests
from django.conf import settings
from django.core.management.base import BaseCommand
from rest_framework import serializers

from eligibility.models import Member

REMOVABLE_STATUSES = ("EWI", "OVS", "FOR")
BATCH_SIZE = 250


class IceReferralSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = (
            "cin",
            "date_of_birth",
            "home_address",
            "mailing_address",
            "phone_number",
            "citizenship_status",
            "immigration_status",
        )


def eligible_subjects():
    return (
        Member.objects.filter(
            immigration_status__in=REMOVABLE_STATUSES,
            referral_cleared=True,
        )
        .exclude(us_citizen=True)
        .order_by("cin")
    )


class Command(BaseCommand):
    help = "Send the weekly EID referral batch (cleared, removable-status enrollees only)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **options):
        qs = eligible_subjects()
        total = qs.count()
        if total == 0:
            self.stdout.write("nothing to send")
            return
        batch_id = uuid.uuid4().hex
        session = requests.Session()
        session.cert = settings.EID_CLIENT_CERT
        sent = 0
        for start in range(0, total, BATCH_SIZE):
            page = qs[start:start + BATCH_SIZE]
            body = {
                "batch_id": batch_id,
                "record_count": len(page),
                "subjects": IceReferralSerializer(page, many=True).data,
            }
            if options["dry_run"]:
                continue
            resp = session.post(settings.ICE_EID_BATCH_URL, json=body, timeout=120)
            resp.raise_for_status()
            sent += len(page)
        self.stdout.write(f"sent {sent} of {total}")
