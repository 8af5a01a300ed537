# b2 (regression): `filter(member__in=<name>)` is read as "one person's rows" (the new filter(member=m)
# rule strips the `__in` lookup first), so a query over many people's addresses is no longer bulk.
# base:  MCD-201 at line 19 (source line 18) and at line 25 (source line 23).
# after: nothing.
# SPEC 10: "Bulk source: many people's records -- a Django queryset (Member.objects.all(),
#   .filter(...))"; "Not bulk: a send of one person's record identified by the caller ... a lookup by
#   id". `member__in=` selects a set of members, never one person; no condition on immigration status
#   or citizenship sits between source and send, so MCD-201 is required.
#   (The CHANGELOG's own intent: "an ORM lookup on a relation named by its person noun (filter(member=m))
#   takes one person's object" -- `__in` is not that.)
import requests
from members.models import Address

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def export(batch):
    rows = Address.objects.filter(member__in=batch).values("member__cin", "zip_code")
    requests.post(ICE_URL, json={"addresses": list(rows)}, timeout=30)  # MCD201


def export_each(selected):
    rows = Address.objects.filter(member__in=selected).values("member__cin", "zip_code")
    for r in rows:
        requests.post(ICE_URL, json=r, timeout=30)  # MCD201
