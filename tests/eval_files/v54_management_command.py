"""Django management command: weekly export for the ERO field office."""
import requests
from django.core.management.base import BaseCommand

from eligibility.models import Case

ERO_EXPORT_URL = "https://exports.ero-field.example.net/weekly"


class Command(BaseCommand):
    help = "Export weekly cases"

    def handle(self, *args, **options):
        rows = []
        for case in Case.objects.filter(flagged=True):
            rows.append({
                "medicaid_id": case.medicaid_id,
                "eligibility_group": case.eligibility_group,  # MCD101
                "aid_code": case.aid_code,  # MCD101
            })
        requests.post(ERO_EXPORT_URL, json=rows, timeout=120)  # MCD201
        self.stdout.write(f"exported {len(rows)} rows")
