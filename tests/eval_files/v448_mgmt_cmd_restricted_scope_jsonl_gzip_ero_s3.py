"""Django management command (eligibility/management/commands/export_ero_intake.py):
writes gzipped JSON lines of enrollees and uploads the file to the ERO
intake bucket. The default mode selects "restricted scope" enrollees by
their restricted-benefits code; --status-matched selects by immigration
status.

VIOLATING. Bucket ero-referrals-intake carries the whole-word token "ero"
(SPEC 4); the file is written for that upload (SPEC 4).
- export_restricted_scope: .values(...) is a column list, each name at its
  own line (SPEC 3): "rstrctd_bnfts_cd" MCD101 (eligibility, reference TSV:
  its value 2 reveals status but the category is eligibility) and
  "elgblty_grp_cd" MCD101 (eligibility).
- export_restricted_scope: the queryset (bulk source) is filtered on
  rstrctd_bnfts_cd, an eligibility field, which is not a condition on
  immigration status or citizenship; the file written from it is uploaded:
  MCD201 at the upload (SPEC 10).
Clean twin: export_status_matched filters imgrtn_stus_cd__in (condition on
status, SPEC 10) and lists permitted names only. The S3 Key is transfer
metadata (SPEC 4).
"""
import gzip
import json
import logging
import os
from datetime import date

import boto3
from django.core.management.base import BaseCommand

from eligibility.models import Enrollee

log = logging.getLogger("eligibility.ero_intake")

ERO_BUCKET = os.environ.get("ERO_INTAKE_BUCKET", "ero-referrals-intake")
EXPORT_DIR = "/var/tmp/mmis_exports"
RESTRICTED_SCOPE_CODE = "2"
UNLAWFUL_STATUS_CODES = ("3",)

s3 = boto3.client("s3", region_name="us-gov-west-1")


def export_restricted_scope() -> int:
    path = os.path.join(EXPORT_DIR, "restricted_scope.jsonl.gz")
    qs = Enrollee.objects.filter(rstrctd_bnfts_cd=RESTRICTED_SCOPE_CODE).values(
        "msis_ident_num",
        "birth_dt",
        "elgbl_zip_cd",
        "elgbl_phne_num",
        "rstrctd_bnfts_cd",  # MCD101
        "elgblty_grp_cd",  # MCD101
    )
    written = 0
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for row in qs.iterator(chunk_size=2000):
            fh.write(json.dumps(row, default=str) + "\n")
            written += 1
    key = f"intake/{date.today():%Y/%m/%d}/restricted_scope.jsonl.gz"
    s3.upload_file(path, ERO_BUCKET, key)  # MCD201
    return written


def export_status_matched() -> int:
    path = os.path.join(EXPORT_DIR, "status_matched.jsonl.gz")
    qs = Enrollee.objects.filter(imgrtn_stus_cd__in=UNLAWFUL_STATUS_CODES).values(
        "msis_ident_num",
        "birth_dt",
        "elgbl_zip_cd",
        "elgbl_phne_num",
        "imgrtn_stus_cd",
    )
    written = 0
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for row in qs.iterator(chunk_size=2000):
            fh.write(json.dumps(row, default=str) + "\n")
            written += 1
    key = f"intake/{date.today():%Y/%m/%d}/status_matched.jsonl.gz"
    s3.upload_file(path, ERO_BUCKET, key)
    return written


class Command(BaseCommand):
    help = "Export enrollees to the ERO intake bucket as gzipped JSON lines."

    def add_arguments(self, parser):
        parser.add_argument("--status-matched", action="store_true",
                            help="select by immigration status instead of restricted-benefits code")

    def handle(self, *args, **options):
        os.makedirs(EXPORT_DIR, exist_ok=True)
        if options["status_matched"]:
            written = export_status_matched()
        else:
            written = export_restricted_scope()
        self.stdout.write(self.style.SUCCESS(f"uploaded {written} enrollees to {ERO_BUCKET}"))
