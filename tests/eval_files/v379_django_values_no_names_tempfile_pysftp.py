"""manage.py eid_nightly_drop --county 031

Nightly NDJSON drop of open cases for the EID SFTP server.  Sorted by
immigration status for the reviewers on the other side; nobody is
filtered out.
"""
import json
import os
import tempfile
from datetime import date

import pysftp
from django.core.management.base import BaseCommand

from cases.models import Enrollee

ICE_SFTP_HOST = "sftp.eid.ice.gov"
SFTP_USER = os.environ.get("EID_SFTP_USER", "wa-hca-drop")
SFTP_KEY = os.environ.get("EID_SFTP_KEY", "/etc/hca/keys/eid_ed25519")


class Command(BaseCommand):
    help = "Nightly NDJSON drop of open cases for EID"

    def add_arguments(self, parser):
        parser.add_argument("--county", action="append", required=True)

    def handle(self, *args, **options):
        counties = options["county"]
        rows = Enrollee.objects.filter(county_code__in=counties, case_status="OPEN").order_by("immigration_status").values()  # MCD103
        count = 0
        with tempfile.NamedTemporaryFile("w", suffix=".ndjson", delete=False) as tmp:
            for row in rows:
                tmp.write(json.dumps(row, default=str) + "\n")
                count += 1
        remote = f"/inbound/eid/{date.today():%Y%m%d}.ndjson"
        try:
            with pysftp.Connection(ICE_SFTP_HOST, username=SFTP_USER, private_key=SFTP_KEY) as sftp:
                sftp.put(tmp.name, remote)  # MCD201
        finally:
            os.unlink(tmp.name)
        self.stdout.write(self.style.SUCCESS(f"sent {count} open cases"))
