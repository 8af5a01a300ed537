"""Multi-state vendor client hierarchy: full records to state DHS tenants, an allow-listed ICE subclass.

Scenario: an MMIS vendor serves Illinois and Minnesota, whose Medicaid
agencies are both a "Department of Human Services". ``PartnerClient``
posts ``self.payload(record)`` to ``self.BASE_URL + self.PATH``; the two
state subclasses inherit the default payload (the whole member record:
SSN, names, income, household). ``IceReferralClient``, written for single
referrals under the December 2025 order, overrides the URL and the payload
and keeps only the permitted keys.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- ``IllinoisDhsClient`` and ``MinnesotaDhsClient`` resolve to
  ``eligibility.dhs.illinois.gov`` and ``mn-its.dhs.state.mn.us``: state
  domains on the non-enforcement list, which override every name signal
  (``dhs`` in the class names, next to a state name anyway) (SPEC
  section 4). They may receive the whole record.
- ``IceReferralClient.payload`` overrides the inherited one with
  ``{k: record[k] for k in ICE_ALLOWED}``, ``ICE_ALLOWED`` a constant
  collection of permitted names: a sanitizer (SPEC section 6). The SQL
  select list's SSN, names, income and household columns never reach the
  ICE URL, because the ICE instance never runs the base ``payload``.
- One member, looked up by Medicaid ID with ``fetchone()`` (SPEC section 10,
  "Not bulk").
"""
from __future__ import annotations

import logging

import requests
from psycopg2.extras import RealDictCursor

log = logging.getLogger("vendor.partner_clients")

ICE_ALLOWED = (
    "medicaid_id",
    "date_of_birth",
    "home_address",
    "phone_number",
    "immigration_status",
    "citizenship_status",
)

MEMBER_SQL = """
SELECT m.medicaid_id, m.ssn, m.first_name, m.last_name, m.date_of_birth,
       m.home_address, m.phone_number, m.immigration_status, m.citizenship_status,
       m.monthly_income, m.household_size
  FROM mmis.member m
 WHERE m.medicaid_id = %s
"""


class PartnerClient:
    BASE_URL = ""
    PATH = "/records"
    TIMEOUT = 30

    def __init__(self, session: requests.Session | None = None) -> None:
        self._session = session or requests.Session()

    def payload(self, record: dict) -> dict:
        return dict(record)

    def push(self, record: dict) -> str:
        body = self.payload(record)
        resp = self._session.post(self.BASE_URL + self.PATH, json=body, timeout=self.TIMEOUT)
        resp.raise_for_status()
        return resp.json()["id"]


class IllinoisDhsClient(PartnerClient):
    BASE_URL = "https://eligibility.dhs.illinois.gov/api/v2"


class MinnesotaDhsClient(PartnerClient):
    BASE_URL = "https://mn-its.dhs.state.mn.us/api"
    PATH = "/eligibility/records"


class IceReferralClient(PartnerClient):
    BASE_URL = "https://eid.ice.gov/api/v1"
    PATH = "/referrals"
    TIMEOUT = 45

    def payload(self, record: dict) -> dict:
        return {k: record[k] for k in ICE_ALLOWED}


def load_record(conn, medicaid_id: str) -> dict:
    with conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(MEMBER_SQL, (medicaid_id,))
        row = cur.fetchone()
    if row is None:
        raise LookupError(medicaid_id)
    return dict(row)


def route(conn, medicaid_id: str, partner: str) -> str:
    record = load_record(conn, medicaid_id)
    if partner == "IL":
        client: PartnerClient = IllinoisDhsClient()
    elif partner == "MN":
        client = MinnesotaDhsClient()
    elif partner == "ICE":
        client = IceReferralClient()
    else:
        raise ValueError(f"unknown partner {partner!r}")
    ref = client.push(record)
    log.info("member %s pushed to %s as %s", medicaid_id, partner, ref)
    return ref
