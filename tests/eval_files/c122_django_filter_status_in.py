"""Weekly Django command that batches SAVE-negative members of one county to the ICE EID batch API.

Clean: the queryset is filtered with immigration_status__in before the batch is posted.
"""
import httpx
from django.conf import settings
from django.core.management.base import BaseCommand

from eligibility.models import Member

UNVERIFIED_STATUSES = ["NO_LAWFUL_STATUS", "SAVE_NEGATIVE_FINAL"]
PAGE_SIZE = 500


class Command(BaseCommand):
    help = "Submit SAVE-negative members to the ICE EID batch intake."

    def add_arguments(self, parser):
        parser.add_argument("--county", required=True)

    def handle(self, *args, **options):
        rows = (
            Member.objects.filter(
                county=options["county"],
                immigration_status__in=UNVERIFIED_STATUSES,
            )
            .values(
                "medicaid_id",
                "date_of_birth",
                "home_address",
                "phone_number",
                "immigration_status",
            )
            .order_by("medicaid_id")
        )
        batch = list(rows)
        with httpx.Client(timeout=60.0) as client:
            for start in range(0, len(batch), PAGE_SIZE):
                client.post(
                    settings.ICE_EID_BATCH_URL,
                    json=batch[start:start + PAGE_SIZE],
                )
        self.stdout.write(f"submitted {len(batch)} records")
