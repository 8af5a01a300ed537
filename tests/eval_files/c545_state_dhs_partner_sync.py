"""Multi-state vendor sync to state "Department of Human Services" agencies (clean).

Scenario: a Medicaid-management vendor serves several states whose Medicaid
agency is itself a "DHS": Illinois (renewals API), Minnesota (MN-ITS, via a
client class whose base URL is set in ``__init__``), Pennsylvania (nightly
backups to the ``pa-dhs-backups`` bucket) and Oregon (HTTPSConnection).
It sends whole member records, SSNs, income and diagnoses: the state agency
is the Medicaid program itself.

Why no finding is expected:
- Every destination resolves to a host or name on the non-enforcement side
  (SPEC 4): ``eligibility.dhs.illinois.gov`` (state ``.gov`` domain),
  ``mn-its.dhs.state.mn.us`` (``*.state.<xx>.us``), bucket
  ``pa-dhs-backups`` (``dhs`` next to the postal code ``pa``), and
  ``apps.dhs.oregon.gov`` (state ``.gov``).  A resolved non-enforcement host
  overrides the ``dhs`` token in ``DHS_RENEWALS_URL``, ``DhsClient`` and
  ``dhs_client``.
- The Wisconsin push uses a settings key the analysis cannot resolve; that
  call is marked ``# medicaid-scope: not-enforcement`` (SPEC 7), which
  overrides name signals.
- ``vars(member)``, ``SELECT *`` and whole frames reach only these
  non-enforcement destinations, so MCD103 does not apply (SPEC 3, 8).
"""
from __future__ import annotations

import http.client
import json
import logging
import os
from datetime import date

from vendor.conf import settings

log = logging.getLogger("vendor.statesync")

DHS_RENEWALS_URL = "https://eligibility.dhs.illinois.gov/api/v2/renewals"
PA_BACKUP_BUCKET = "pa-dhs-backups"
OR_DHS_HOST = os.environ.get("OR_DHS_HOST", "apps.dhs.oregon.gov")


class DhsClient:
    """Thin client for Minnesota DHS MN-ITS member services."""

    BASE_URL = "https://mn-its.dhs.state.mn.us/member-services/v3"

    def __init__(self, session, timeout=30):
        self.session = session
        self.base_url = self.BASE_URL
        self.timeout = timeout

    def push_member(self, member):
        return self.session.put(
            f"{self.base_url}/members/{member.cin}",
            json={
                "cin": member.cin,
                "ssn": member.ssn,
                "name": {"first": member.first_name, "last": member.last_name},
                "household_income": member.household_income,
                "diagnoses": list(member.diagnosis_codes),
            },
            timeout=self.timeout,
        )


def push_il_renewal(session, member):
    resp = session.post(DHS_RENEWALS_URL, json=vars(member), timeout=30)
    resp.raise_for_status()
    return resp.json().get("renewal_id")


def backup_pa_members(s3, conn, run_date=None):
    run_date = run_date or date.today()
    cur = conn.cursor()
    cur.execute("SELECT * FROM mmis.member_snapshot WHERE state_cd = 'PA'")
    cols = [d[0] for d in cur.description]
    lines = [json.dumps(dict(zip(cols, row)), default=str) for row in cur.fetchall()]
    s3.put_object(
        Bucket=PA_BACKUP_BUCKET,
        Key=f"snapshots/{run_date:%Y/%m/%d}/members.ndjson",
        Body="\n".join(lines).encode("utf-8"),
        ServerSideEncryption="aws:kms",
    )
    log.info("backed up %d PA members", len(lines))
    return len(lines)


def push_or_case(member):
    conn = http.client.HTTPSConnection(OR_DHS_HOST, timeout=20)
    try:
        body = json.dumps(
            {
                "prime_id": member.prime_id,
                "ssn": member.ssn,
                "dob": member.dob.isoformat(),
                "pregnancy_due_on": member.pregnancy_due_on,
                "disability_status": member.disability_status,
            }
        )
        conn.request("POST", "/oregon-eligibility/cases", body=body, headers={"Content-Type": "application/json"})
        return conn.getresponse().status
    finally:
        conn.close()


def push_wi_members(session, members):
    for member in members:
        session.post(settings.DHS_WI_MEMBER_URL, json=vars(member), timeout=30)  # medicaid-scope: not-enforcement
    return len(members)


def sync_all(session, s3, conn, members_by_state):
    dhs_client = DhsClient(session)
    for member in members_by_state.get("MN", []):
        dhs_client.push_member(member)
    for member in members_by_state.get("IL", []):
        push_il_renewal(session, member)
    for member in members_by_state.get("OR", []):
        push_or_case(member)
    push_wi_members(session, members_by_state.get("WI", []))
    backup_pa_members(s3, conn)
