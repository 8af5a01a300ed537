# R2 false alarm (change 6, population.py _status_model_lookup / _LOOKUP_SUFFIXES / status_columns).
# Lines 13 and 18: expected nothing (base: nothing); after: MCD201. filter(lawful=False) on the status
# model tests the status (column name not in status_columns); code__range tests the status code but
# "range" (like gt/gte/lt/lte/isnull) is not in _LOOKUP_SUFFIXES. SPEC 10 "Condition on status".
import requests
from app.models import ImmigrationStatus

ICE_URL = "https://eid.ice.gov/api"


def by_flag():
    for s in ImmigrationStatus.objects.filter(lawful=False):
        requests.post(ICE_URL, json={"medicaid_id": s.member_cin})


def by_code_range():
    for s in ImmigrationStatus.objects.filter(code__range=("A", "C")):
        requests.post(ICE_URL, json={"medicaid_id": s.member_cin})
