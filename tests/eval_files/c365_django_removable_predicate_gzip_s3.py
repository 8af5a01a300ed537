"""manage.py export_eid_referrals --county 031 --county 043

Writes the weekly EID referral file (basic categories only, people with a
removable status only) and uploads it to the federal handoff bucket.
"""
import csv
import gzip
import tempfile
from datetime import date
from pathlib import Path

import boto3
from django.core.management.base import BaseCommand

from eligibility.models import Enrollee

ICE_HANDOFF_BUCKET = "ice-eid-handoff-prod"
REMOVABLE_CODES = frozenset({"NLS", "FOR"})  # no lawful status, final order of removal
HEADER = ("medicaid_id", "date_of_birth", "home_address", "zip_code", "phone_number")


def is_removable(enrollee) -> bool:
    return enrollee.immigration_status in REMOVABLE_CODES and not enrollee.us_citizen


class Command(BaseCommand):
    help = "Export the weekly EID referral file"

    def add_arguments(self, parser):
        parser.add_argument("--county", action="append", required=True)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **options):
        enrollees = Enrollee.objects.filter(county_code__in=options["county"], active=True)
        run_date = date.today()
        written = 0
        with tempfile.TemporaryDirectory() as tmpdir:
            path = Path(tmpdir) / f"eid_referrals_{run_date:%Y%m%d}.csv.gz"
            with gzip.open(path, "wt", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(HEADER)
                for enrollee in enrollees.iterator(chunk_size=2000):
                    if not is_removable(enrollee):
                        continue
                    writer.writerow([
                        enrollee.medicaid_id,
                        enrollee.date_of_birth.isoformat(),
                        enrollee.home_address,
                        enrollee.zip_code,
                        enrollee.phone_number,
                    ])
                    written += 1
            if options["dry_run"]:
                self.stdout.write(f"dry run: {written} referrals written to {path}")
                return
            s3 = boto3.client("s3", region_name="us-gov-west-1")
            s3.upload_file(str(path), ICE_HANDOFF_BUCKET, f"inbound/{path.name}",
                           ExtraArgs={"ServerSideEncryption": "aws:kms"})
        self.stdout.write(self.style.SUCCESS(f"uploaded {written} referrals"))
