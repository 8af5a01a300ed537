"""Status lookup against the EID API with a StatusQuery model."""
import httpx

from .models import StatusQuery
from .settings import ICE_STATUS_URL


def query_status(member):
    query = StatusQuery(
        medicaid_id=member.cin,
        date_of_birth=member.birth_date,
        full_name=member.full_name,  # MCD101
    )
    resp = httpx.post(ICE_STATUS_URL, json=query.model_dump(mode="json"), timeout=15)
    resp.raise_for_status()
    return resp.json()["status"]


def query_status_by_id(member):
    query = StatusQuery(medicaid_id=member.cin, date_of_birth=member.birth_date)
    resp = httpx.post(ICE_STATUS_URL, json=query.model_dump(mode="json"), timeout=15)
    resp.raise_for_status()
    return resp.json()["status"]
