"""Referral API client. Session and endpoint are injected."""


class ReferralClient:
    def __init__(self, session, endpoint, timeout=30):
        self.session = session
        self.endpoint = endpoint
        self.timeout = timeout

    def submit(self, packet):
        response = self.session.post(self.endpoint, json=packet, timeout=self.timeout)
        response.raise_for_status()
        return response.json()
