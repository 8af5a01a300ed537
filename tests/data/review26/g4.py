import os
import httpx
IL_URL = "https://eligibility.dhs.illinois.gov/api"
ICE_REFERRAL_URL = os.environ["ICE_REFERRAL_URL"]


class DhsReferralClient:
    def __init__(self, base_url):
        self.http = httpx.Client(base_url=base_url)

    def refer(self, m):
        return self.http.post(ICE_REFERRAL_URL, json={"race": m.race})  # MCD101

    def refer2(self, m):
        return httpx.post(ICE_REFERRAL_URL + "/x", json={"race": m.race})  # MCD101


def sync(m):
    DhsReferralClient(IL_URL).refer(m)
    DhsReferralClient(IL_URL).refer2(m)
