"""Celery task that sends only the court-permitted categories to ICE."""
import httpx
from celery import shared_task
from django.forms.models import model_to_dict

from eligibility.models import Enrollee

ICE_SUBJECTS_URL = "https://eid.ice.gov/api/v1/subjects"
PERMITTED = ("medicaid_id", "citizenship_status", "immigration_status", "home_address", "phone_number", "date_of_birth")


@shared_task
def push_subject(pk):
    enrollee = Enrollee.objects.get(pk=pk)
    record = model_to_dict(enrollee)
    body = {k: v for k, v in record.items() if k in PERMITTED}
    httpx.post(ICE_SUBJECTS_URL, json=body, timeout=30)
