import requests
from django.conf import settings


class IceReferralProcess:
    def run(self, m):
        requests.post(settings.REFERRAL_API, json={"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101


def handle_ice_referral(m):
    requests.post(settings.REFERRAL_API, json={"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101
