"""Medicaid -> child support enforcement (IV-D) referrals and tax offset feed.

Medical support referrals go to the state's CSE vendor gateway; the tax
intercept file goes to the revenue department's vendor. Neither is an
immigration endpoint.
"""
import logging
import os
from dataclasses import asdict, dataclass, field
from typing import Optional

import requests

log = logging.getLogger(__name__)

CHILD_SUPPORT_ENFORCEMENT_URL = os.environ.get(
    "CHILD_SUPPORT_ENFORCEMENT_URL",
    "https://gateway.csevendor-example.com/v2/medical-support-referrals",
)
TAX_OFFSET_URL = "https://offset.revenue-partner-example.net/api/intercepts"

tax_enforcement_client = requests.Session()
tax_enforcement_client.headers["Accept"] = "application/json"


@dataclass
class CseReferral:
    medicaid_id: str
    ssn: str
    first_name: str
    last_name: str
    noncustodial_parent_name: str
    employer_name: Optional[str] = None
    monthly_income: Optional[str] = None
    children: list = field(default_factory=list)


def referral_for(case):
    ref = CseReferral(
        medicaid_id=case.child.cin,
        ssn=case.child.ssn,
        first_name=case.child.first_name,
        last_name=case.child.last_name,
        noncustodial_parent_name=case.ncp_name,
    )
    if case.ncp_employer:
        ref.employer_name = case.ncp_employer.name
    if case.ncp_income is not None:
        ref.monthly_income = str(case.ncp_income)
    ref.children = [c.cin for c in case.siblings]
    return ref


def send_referral(case):
    body = asdict(referral_for(case))
    try:
        resp = requests.post(CHILD_SUPPORT_ENFORCEMENT_URL, json=body, timeout=30)
        resp.raise_for_status()
    except requests.HTTPError as exc:
        log.error("CSE referral rejected for case %s: %s", case.pk, exc)
        return None
    return resp.json()["referral_number"]


def send_tax_intercepts(debtors):
    lines = []
    for d in debtors:
        lines.append({
            "ssn": d.ssn,
            "name": d.full_name,
            "arrears_amount": str(d.arrears),
        })
    resp = tax_enforcement_client.post(TAX_OFFSET_URL, json={"intercepts": lines}, timeout=60)
    resp.raise_for_status()
    return len(lines)
