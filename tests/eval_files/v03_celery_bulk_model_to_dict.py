"""Nightly Celery task: pushes enrollees flagged for review to the enforcement API."""
import httpx
from celery import shared_task
from django.forms.models import model_to_dict

from eligibility.models import Enrollee

ENFORCEMENT_API = "https://api.vendor-gateway.example.com/enforcement/v1"


@shared_task(bind=True, max_retries=3)
def push_flagged(self, ids):
    records = []
    for enrollee in Enrollee.objects.filter(pk__in=ids):
        records.append(model_to_dict(enrollee))  # MCD103
    httpx.post(f"{ENFORCEMENT_API}/bulk", json={"records": records, "batch_id": self.request.id})
