"""Django ORM rows sent whole: .values() with no names and serializers without fields."""
import requests
from django.core import serializers

from members.models import Member

DHS_ENFORCEMENT_URL = "https://referrals.dhs.gov/api/members"


def export_flagged():
    rows = list(Member.objects.filter(flagged=True).values())  # MCD103
    requests.post(DHS_ENFORCEMENT_URL, json=rows)  # MCD201


def export_serialized():
    data = serializers.serialize("json", Member.objects.filter(flagged=True))  # MCD103
    requests.post(DHS_ENFORCEMENT_URL, data=data)  # MCD201


def export_named_columns():
    rows = list(Member.objects.filter(flagged=True).values("medicaid_id", "date_of_birth"))
    requests.post(DHS_ENFORCEMENT_URL, json=rows)  # MCD201
    data = serializers.serialize("json", Member.objects.all(), fields=("medicaid_id", "citizenship"))
    requests.post(DHS_ENFORCEMENT_URL, data=data)  # MCD201
