"""Management command: weekly hand-off of basic information to the ICE EID
referral API, as allowed by the December 29, 2025 order.

Only enrollees whose immigration status code marks them as unlawfully
present are selected, citizens are excluded, and only the six basic
categories are read from the database.
"""
import logging
import uuid

import requests
from django.conf import settings
from django.core.management.base import BaseCommand

from eligibility.models import Member

log = logging.getLogger(__name__)

ICE_EID_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"
UNLAWFUL_STATUS_CODES = ("UP", "EWI", "OVS")


class Command(BaseCommand):
    help = "Send basic-category referrals for enrollees found unlawfully present"

    def add_arguments(self, parser):
        parser.add_argument("--county", default=None)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **opts):
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {settings.EID_API_TOKEN}"
        batch_id = str(uuid.uuid4())

        members = (
            Member.objects.filter(immigration_status__in=UNLAWFUL_STATUS_CODES)
            .exclude(us_citizen=True)
            .order_by("medicaid_id")
        )
        if opts["county"]:
            members = members.filter(county_code=opts["county"])

        rows = members.values(
            "medicaid_id",
            "date_of_birth",
            "home_address",
            "phone_number",
            "immigration_status",
            "citizenship_status",
        )

        sent = 0
        for row in rows.iterator(chunk_size=500):
            if opts["dry_run"]:
                log.info("would refer %s", row["medicaid_id"])
                continue
            resp = session.post(
                ICE_EID_REFERRAL_URL,
                json={"batch_id": batch_id, "subject": row},
                timeout=20,
            )
            resp.raise_for_status()
            sent += 1

        self.stdout.write(f"{sent} referrals sent in batch {batch_id}")
