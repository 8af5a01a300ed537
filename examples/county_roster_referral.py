"""Django management command that refers a whole county's roster to ICE (violating: nobody chose whom)."""

import requests
from django.core.management.base import BaseCommand

from eligibility.models import Member

ICE_REFERRALS = "https://eid.ice.gov/api/v1/referrals"


class Command(BaseCommand):
    help = "Refer every member of a county."

    def add_arguments(self, parser):
        parser.add_argument("county")

    def handle(self, *args, **options):
        roster = Member.objects.filter(county_code=options["county"]).order_by("medicaid_id")
        for member in roster.iterator():
            requests.post(
                ICE_REFERRALS,
                json={
                    "medicaid_id": member.medicaid_id,
                    "date_of_birth": member.date_of_birth.isoformat(),
                    "home_address": member.home_address,
                },
                timeout=30,
            )
