# R09 false silence. Lines 11 and 17: expected MCD201 (as base); after: nothing. Any keyword lookup on a
# model named for status now clears, even one through a relation to another model (member__county_code).
import requests
from app.models import ImmigrationStatus, Member

ICE_URL = "https://eid.ice.gov/api"


def sweep():
    for s in ImmigrationStatus.objects.select_related("member").filter(member__county_code="037"):
        requests.post(ICE_URL, json={"medicaid_id": s.member.cin})  # MCD201


def sweep_ids():
    ids = ImmigrationStatus.objects.filter(updated_at__gte="2026-01-06").values("member_id")
    for m in Member.objects.filter(pk__in=ids):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201
