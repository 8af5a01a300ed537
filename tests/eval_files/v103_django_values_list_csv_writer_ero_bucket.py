"""Management command: nightly CSV of removable-status members, built from .values_list() and uploaded to the ERO bucket."""
import csv
import os
import tempfile
from datetime import date

import boto3
from django.core.management.base import BaseCommand

from eligibility.models import Member

REFERRAL_BUCKET = "ero-referral-intake"
REMOVABLE_STATUS_CODES = ("3", "5", "7")


class Command(BaseCommand):
    help = "Export removable-status members for the ERO referral intake."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **options):
        rows = (
            Member.objects.filter(immigration_status__in=REMOVABLE_STATUS_CODES)
            .order_by("medicaid_id")
            .values_list(
                "medicaid_id",
                "date_of_birth",
                "home_address",
                "zip_code",
                "ssn",  # MCD101
                "primary_language",  # MCD101
                "diagnosis_code",  # MCD102
            )
        )
        path = os.path.join(tempfile.gettempdir(), f"members_{date.today():%Y%m%d}.csv")
        with open(path, "w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["medicaid_id", "dob", "address", "zip", "ssn", "language", "diagnosis"])
            writer.writerows(rows)
        if options["dry_run"]:
            self.stdout.write(f"dry run: wrote {path}")
            return
        s3 = boto3.client("s3", region_name="us-gov-west-1")
        s3.upload_file(
            path,
            REFERRAL_BUCKET,
            f"intake/{date.today():%Y/%m/%d}/members.csv",
            ExtraArgs={"ServerSideEncryption": "aws:kms"},
        )
        self.stdout.write(self.style.SUCCESS(f"uploaded {rows.count()} rows"))
