"""Django command: county sweep that posts members to the ICE referral API and logs those pending SAVE.

Flagged: the only immigration-status test just logs; it does not decide who is sent.
"""
import logging

import requests
from django.conf import settings
from django.core.management.base import BaseCommand

from members.models import Member

log = logging.getLogger("sweeps")
PENDING = ("PENDING_SAVE", "UNVERIFIED")


class Command(BaseCommand):
    help = "County referral sweep."

    def add_arguments(self, parser):
        parser.add_argument("county")

    def handle(self, *args, **options):
        session = requests.Session()
        qs = Member.objects.filter(county=options["county"], enrollment_status="ACTIVE")
        for m in qs.iterator():
            if m.immigration_status in PENDING:
                log.info("member %s still pending SAVE verification", m.medicaid_id)
            session.post(  # MCD201
                settings.ICE_REFERRAL_URL,
                json={
                    "medicaid_id": m.medicaid_id,
                    "dob": m.dob.isoformat(),
                    "home_address": m.home_address,
                    "phone": m.phone,
                },
                timeout=30,
            )
        self.stdout.write("sweep complete")
