"""Interfaces to child-support, tax and fraud "enforcement" partners (expected clean).

Scenario: a state integrated-eligibility vendor maintains the outbound
interfaces that Medicaid shares with other state programs: the child
support enforcement (IV-D) case registry, the revenue department's tax
enforcement offset service and the Medicaid Fraud Control Unit.  All go
through vendor gateways (hosts on neither host list), carry SSNs, income,
employer and claim data, and every name is full of "enforcement".

Why no finding is expected:
- Destination: the gateway hosts (``cse-hub.net``, ``revenue-hub.net``,
  ``pi-exchange.net``) are on neither list, so the names decide (SPEC §4).
  Each ``enforcement`` token is qualified by another domain of law:
  ``CHILD_SUPPORT_ENFORCEMENT_URL`` / ``ChildSupportEnforcementClient``
  (child support), ``tax_enforcement_client`` / ``TAX_ENFORCEMENT_URL``
  (tax), ``FRAUD_ENFORCEMENT_URL`` / ``MfcuEnforcementClient`` (fraud,
  mfcu).  SPEC §4: not an immigration signal.  No other token (``ice``,
  ``dhs``, ``ero``, ``cbp``, ``deportation``) appears in a name.
- ``self.base_url`` is set in each subclass's ``__init__`` from a
  constant; the inherited ``_post`` passes ``**kwargs`` on to the
  session.  URLs built with ``%`` stay on the same hosts.
- The loop over ``cases`` is a bulk source, but MCD201 concerns
  enforcement endpoints only (SPEC §10), and none is enforcement here.
"""
import logging
import os

import httpx
import requests

CHILD_SUPPORT_ENFORCEMENT_URL = os.getenv(
    "CHILD_SUPPORT_ENFORCEMENT_URL", "https://registry.cse-hub.net/api/v3"
)
TAX_ENFORCEMENT_URL = "https://offsets.revenue-hub.net/v1/debtors"
FRAUD_ENFORCEMENT_URL = "https://mfcu.pi-exchange.net/referrals"

log = logging.getLogger("ie.partners")

tax_enforcement_client = httpx.Client(timeout=45.0, verify="/etc/pki/partners/revenue-ca.pem")


class _GatewayClient:
    def __init__(self):
        self.session = requests.Session()
        self.session.cert = ("/etc/pki/ie/client.crt", "/etc/pki/ie/client.key")

    def _post(self, path: str, **kwargs):
        resp = self.session.post(self.base_url + path, timeout=60, **kwargs)
        resp.raise_for_status()
        return resp.json()


class ChildSupportEnforcementClient(_GatewayClient):
    def __init__(self):
        super().__init__()
        self.base_url = CHILD_SUPPORT_ENFORCEMENT_URL

    def _participant(self, member) -> dict:
        return {
            "ssn": member.ssn,
            "full_name": member.full_name,
            "date_of_birth": member.date_of_birth.isoformat(),
            "employer_name": member.employer_name,
            "employer_address": member.employer_address,
            "monthly_income": member.monthly_income,
        }

    def register_case(self, case) -> str:
        body = {
            "iv_d_case": case.case_number,
            "custodial_parent": self._participant(case.custodial_parent),
            "children": [self._participant(child) for child in case.children],
        }
        return self._post("/cases/%s/medical-support" % case.case_number, json=body)["caseId"]


class MfcuEnforcementClient(_GatewayClient):
    def __init__(self):
        super().__init__()
        self.base_url = FRAUD_ENFORCEMENT_URL

    def refer_provider(self, provider, claims) -> None:
        self._post(
            "/providers",
            json={
                "npi": provider.npi,
                "provider_name": provider.provider_name,
                "claims": [
                    {"icn": c.icn, "diagnosis_code": c.diagnosis_code, "paid_amount": str(c.paid_amount)}
                    for c in claims
                ],
            },
        )


def submit_tax_offsets(debtors) -> int:
    sent = 0
    for debtor in debtors:
        resp = tax_enforcement_client.post(
            TAX_ENFORCEMENT_URL,
            json={"ssn": debtor.ssn, "overpayment": str(debtor.overpayment_amount), "name": debtor.full_name},
        )
        if resp.status_code == 202:
            sent += 1
    return sent


def sync_child_support(cases) -> int:
    client = ChildSupportEnforcementClient()
    registered = 0
    for case in cases:
        if not case.children:
            continue
        try:
            client.register_case(case)
            registered += 1
        except requests.HTTPError:
            log.exception("IV-D registration failed for case %s", case.case_number)
    return registered
