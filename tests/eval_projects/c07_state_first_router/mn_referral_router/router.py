"""Routes one member: the full record to the state portal, or the permitted fields to ICE."""
import requests

from .config import HTTP_TIMEOUT, ICE_URL, MN_DHS_PORTAL_URL
from .policy import ALLOWED


def route(member):
    body = {"medicaid_id": member.cin, "date_of_birth": member.birth_date}
    if not member.referral_requested:
        body.update(vars(member))
        requests.post(f"{MN_DHS_PORTAL_URL}/members", json=body, timeout=HTTP_TIMEOUT)
        return "state"
    body["immigration_status"] = member.immigration_status
    requests.post(ICE_URL, json=body, timeout=HTTP_TIMEOUT)
    return "federal"


def forward(member):
    record = vars(member)
    body = {k: v for k, v in record.items() if k in ALLOWED}
    requests.post(ICE_URL, json=body, timeout=HTTP_TIMEOUT)
