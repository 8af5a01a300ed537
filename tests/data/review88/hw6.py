import requests
from django.conf import settings


class IceWebhookClient:
    def send_referral(self, m):
        requests.post(settings.REFERRAL_HOOK_URL, json={"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101
