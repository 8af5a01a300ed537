"""Management command: nightly full member extract written with csv.DictWriter to the Minnesota DHS MMIS export bucket."""
import csv
import io
import uuid
from datetime import date

import boto3
from django.core.management.base import BaseCommand

from mmis.models import Member

EXPORT_BUCKET = "mn-dhs-mmis-exports"


class Command(BaseCommand):
    help = "Nightly member extract for the MMIS data warehouse."

    def handle(self, *args, **options):
        rows = Member.objects.order_by("medicaid_id").values(
            "medicaid_id",
            "ssn",
            "first_name",
            "last_name",
            "date_of_birth",
            "gender",
            "race",
            "household_income",
            "eligibility_group",
            "diagnosis_code",
        )
        buf = io.StringIO()
        writer = csv.DictWriter(
            buf,
            fieldnames=[
                "medicaid_id",
                "ssn",
                "first_name",
                "last_name",
                "date_of_birth",
                "gender",
                "race",
                "household_income",
                "eligibility_group",
                "diagnosis_code",
            ],
        )
        writer.writeheader()
        writer.writerows(rows)
        batch_id = uuid.uuid4().hex
        s3 = boto3.client("s3", region_name="us-east-2")
        s3.upload_fileobj(
            io.BytesIO(buf.getvalue().encode("utf-8")),
            EXPORT_BUCKET,
            f"members/{date.today():%Y/%m/%d}/{batch_id}.csv",
            ExtraArgs={"ServerSideEncryption": "aws:kms"},
        )
        self.stdout.write(f"batch {batch_id}: {rows.count()} members exported")
