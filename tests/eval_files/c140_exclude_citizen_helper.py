"""Django command: non-citizen referral sweep that calls a shared send helper for each member.

Clean: the queryset that drives the helper calls has .exclude(us_citizen=True).
"""
import requests
from django.core.management.base import BaseCommand

from enrollment.models import Member

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"


def send_referral(session, member):
    session.post(
        ICE_REFERRAL_URL,
        json={
            "medicaid_id": member.medicaid_id,
            "date_of_birth": member.date_of_birth.isoformat(),
            "mailing_address": member.mailing_address,
            "phone_number": member.phone_number,
            "us_citizen": member.us_citizen,
        },
        timeout=30,
    ).raise_for_status()


class Command(BaseCommand):
    help = "Refer non-citizen members of one county."

    def add_arguments(self, parser):
        parser.add_argument("--county", required=True)

    def handle(self, *args, **options):
        session = requests.Session()
        noncitizens = (
            Member.objects.filter(county=options["county"])
            .exclude(us_citizen=True)
            .order_by("medicaid_id")
        )
        for member in noncitizens.iterator():
            send_referral(session, member)
        self.stdout.write(f"done: {options['county']}")
