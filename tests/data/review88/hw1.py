import requests
from django.conf import settings


def process_ice_referrals(members):
    for m in members:
        if m.immigration_status == "UNL":
            requests.post(settings.REFERRAL_API, json={"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101
