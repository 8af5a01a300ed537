"""Full-record synchronisation with the Minnesota DHS portal (a state host)."""
import requests

from .config import HTTP_TIMEOUT, MN_DHS_PORTAL_URL


def push_member(member):
    requests.put(
        f"{MN_DHS_PORTAL_URL}/members/{member.cin}",
        json=vars(member),
        timeout=HTTP_TIMEOUT,
    )


def push_claim_summary(member):
    body = {
        "cin": member.cin,
        "ssn": member.ssn,
        "full_name": member.full_name,
        "diagnosis_code": member.diagnosis_code,
        "monthly_income": member.monthly_income,
    }
    requests.post(MN_DHS_PORTAL_URL + "/claims/summary", json=body, timeout=HTTP_TIMEOUT)
