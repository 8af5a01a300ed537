"""Nightly Django management command that refers every member on file to the ICE EID intake API.

Flagged: Member.objects.all() is iterated and each record is posted to ICE with no status condition.
"""
import logging

import requests
from django.core.management.base import BaseCommand

from enrollment.models import Member

logger = logging.getLogger(__name__)

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"


class Command(BaseCommand):
    help = "Send nightly member referrals to the ICE EID intake API."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **options):
        sent = 0
        for member in Member.objects.all().iterator(chunk_size=2000):
            payload = {
                "medicaid_id": member.medicaid_id,
                "date_of_birth": member.date_of_birth.isoformat(),
                "home_address": member.home_address,
                "zip_code": member.zip_code,
                "phone_number": member.phone_number,
            }
            if options["dry_run"]:
                continue
            resp = requests.post(ICE_REFERRAL_URL, json=payload, timeout=30)  # MCD201
            resp.raise_for_status()
            sent += 1
        logger.info("referred %d members", sent)
        self.stdout.write(self.style.SUCCESS(f"sent {sent} referrals"))
