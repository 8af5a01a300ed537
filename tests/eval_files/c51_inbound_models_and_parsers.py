"""Models and helpers for what comes back from ICE: not payloads, whatever their names say."""
from datetime import datetime

import requests
from pydantic import BaseModel

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


class IceReferralResponse(BaseModel):
    referral_number: str
    status: str
    received_at: datetime


class IceSettings(BaseModel):
    base_url: str
    timeout: int


def parse_ice_response(payload):
    return {"status": payload["status"], "tracking": payload["tracking_number"]}


def get_ice_token(credentials):
    return requests.post("https://auth.example.org/token", data={"client_id": credentials.client_id}).json()["token"]


class IceClientOptions(BaseModel):
    base_url: str
    retries: int


def build_ice_headers(token, request_id):
    return {"Authorization": f"Bearer {token}", "X-Request-ID": request_id, "Content-Type": "application/json"}
