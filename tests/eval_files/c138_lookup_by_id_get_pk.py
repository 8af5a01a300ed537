"""Django management command used by the referral desk to transmit one member, looked up by id, to ICE EID.

Clean: Member.objects.get(pk=...) fetches one person chosen by the operator, which is not bulk.
"""
import requests
from django.core.management.base import BaseCommand, CommandError

from enrollment.models import Member

ICE_EID_URL = "https://eid.ice.gov/api/v1/subjects"


class Command(BaseCommand):
    help = "Refer a single member by primary key."

    def add_arguments(self, parser):
        parser.add_argument("member_id", type=int)

    def handle(self, *args, **options):
        try:
            member = Member.objects.get(pk=options["member_id"])
        except Member.DoesNotExist as exc:
            raise CommandError("no such member") from exc
        resp = requests.post(
            ICE_EID_URL,
            json={
                "medicaid_id": member.medicaid_id,
                "dob": member.dob.isoformat(),
                "address": member.address,
                "phone": member.phone,
                "immigration_status": member.immigration_status,
            },
            timeout=30,
        )
        resp.raise_for_status()
        self.stdout.write(self.style.SUCCESS(f"referred {member.medicaid_id}"))
