"""Referral loop over a Django queryset; the status is read with getattr(b, "immigration_status", None) since old rows predate the column.

Clean: getattr reads the immigration_status field and the `continue` on its value guards the send.
"""
import requests
from django.conf import settings

from enrollment.models import Beneficiary

REFERRABLE_STATUSES = frozenset({"UNVERIFIED", "EMERGENCY_ONLY"})


def refer_county(county_cd):
    session = requests.Session()
    session.cert = (settings.EID_CLIENT_CERT, settings.EID_CLIENT_KEY)
    referred = 0
    for b in Beneficiary.objects.filter(county_cd=county_cd, is_active=True):
        status = getattr(b, "immigration_status", None)
        if status not in REFERRABLE_STATUSES:
            continue
        payload = {
            "beneficiary_id": b.beneficiary_id,
            "birth_date": b.birth_date.isoformat(),
            "mailing_address": b.mailing_address,
            "immigration_status": status,
        }
        session.post(settings.ICE_EID_REFERRAL_URL, json=payload, timeout=30)
        referred += 1
    return referred
