"""Two-step selection: a set comprehension collects pks of county members with overdue renewal, then Member.objects.filter(pk__in=ids) is sent.

Flagged: pk__in=ids is a queryset of ids the code chose from the whole county by renewal date, not a caller-named person, and nothing tests status.
"""
from datetime import date, timedelta

import requests
from django.conf import settings

from enrollment.models import Member

OVERDUE = timedelta(days=120)


def refer_overdue(county_cd, today=None):
    today = today or date.today()
    cutoff = today - OVERDUE
    overdue_ids = {
        m.pk
        for m in Member.objects.filter(county_cd=county_cd).only("pk", "renewal_due_dt")
        if m.renewal_due_dt and m.renewal_due_dt < cutoff
    }
    referrals = [
        {
            "member_id": m.member_id,
            "dob": m.dob.isoformat(),
            "address": m.address,
            "phone": m.phone,
        }
        for m in Member.objects.filter(pk__in=overdue_ids).order_by("member_id")
    ]
    resp = requests.post(settings.ICE_EID_BATCH_URL, json=referrals, timeout=120)  # MCD201
    resp.raise_for_status()
    return len(referrals)
