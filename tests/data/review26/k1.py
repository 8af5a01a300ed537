import requests
from django.db import models
from django.db.models import Q as DjQ
from django.db.models import Q
from members.models import Member
ICE_URL = "https://eid.ice.gov/api"
CODES = ["8", "9"]


def a():
    lookups = dict(immigration_status__in=CODES)
    for m in Member.objects.filter(**lookups):
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})


def b():
    for m in Member.objects.filter(**dict(immigration_status__in=CODES)):
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})


def c():
    cond = models.Q(immigration_status__in=CODES)
    for m in Member.objects.filter(cond):
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})


def d():
    cond = DjQ(immigration_status__in=CODES)
    for m in Member.objects.filter(cond):
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})


def e():
    cond = Q(immigration_status="8") | Q(immigration_status="9")
    for m in Member.objects.filter(cond):
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})


def f():
    for m in Member.objects.filter(Q(immigration_status__in=CODES)):
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})
