"""Senders, one per partner."""
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://mmis.dhcs.ca.gov/api/v2/members"


def send_ice(payload):
    requests.post(ICE_URL, json=payload, timeout=30)


def send_state(payload):
    requests.post(STATE_URL, json=payload, timeout=30)


class EroSender:
    url = "https://ero-intake.dhs.gov/v2/subjects"

    def deliver(self, payload):
        requests.post(self.url, json=payload, timeout=30)
