# B3 (regression, false MCD-201): a status mapping whose value is a normalized field read
# (.strip(), .upper(); also str(...), getattr(r, 'immigration_status')) is no longer a mapping of
# statuses (_field_read accepts only Name/Attribute/Subscript/.get("lit")), so the lookup by m.cin
# is no condition.
# base : nothing
# after: line 27 MCD-201 (refer_stripped send), line 35 MCD-201 (refer_upper send); control clean
# SPEC 10: "Condition on status: ... an if/continue or comprehension condition on one ... Any such
#   condition clears the send"; status_of[m.cin] is still one member's immigration_status.
import csv

import requests
from django.db import models

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
TARGETS = {"EWI", "OVR"}


class Member(models.Model):
    cin = models.CharField(max_length=9)


def refer_stripped(path):
    with open(path, newline="") as fh:
        status_of = {r["cin"]: r["immigration_status"].strip() for r in csv.DictReader(fh)}
    for m in Member.objects.all():
        if status_of.get(m.cin) in TARGETS:
            requests.post(ICE_URL, json={"cin": m.cin}, timeout=30)


def refer_upper(path):
    with open(path, newline="") as fh:
        status_of = {r["cin"]: r["imgrtn_stus_cd"].upper() for r in csv.DictReader(fh)}
    for m in Member.objects.all():
        if status_of[m.cin] in TARGETS:
            requests.post(ICE_URL, json={"cin": m.cin}, timeout=30)


def control(path):
    with open(path, newline="") as fh:
        status_of = {r["cin"]: r["immigration_status"] for r in csv.DictReader(fh)}
    for m in Member.objects.all():
        if status_of.get(m.cin) in TARGETS:
            requests.post(ICE_URL, json={"cin": m.cin}, timeout=30)
