"""Nightly referral batch logs only batch metadata to an ICE-bound HTTP log handler (pragma-marked).

Scenario:
    A state job sends status-scoped basic-category referrals to ICE, then
    reports the run to ICE's partner audit endpoint through a logger whose
    handler is an HTTPHandler aimed at audit.eid.ice.gov. The team marked
    that log call with the enforcement pragma so the linter checks it. The
    audit event carries only the batch id, the record count, the schema
    version and the agency code; enrollee ids go to a local file log only.

Expected findings:
    none

Why the dangerous-looking parts are lawful under the SPEC:
    - The pragma makes the audit log call a sink (SPEC section 4), but what
      it carries is harmless: batch id, record count, schema version and
      agency code are on the harmless list, and len() drops names (SPEC
      sections 5 and 6).
    - The local file logger is not a sink (SPEC section 4, sinks).
    - The referral query selects basic categories only and has a WHERE on
      immigration status (SPEC sections 3 and 10).
"""
from __future__ import annotations

import logging
import logging.handlers
import os
import uuid

import httpx
import psycopg

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals:batch"
ICE_AUDIT_HOST = "audit.eid.ice.gov"
SCHEMA_VERSION = "eid-batch-2"
AGENCY_CODE = "NV-DWSS"

local_audit = logging.getLogger("referrals.local_audit")
local_audit.addHandler(logging.FileHandler("/var/log/medicaid/referrals_audit.log"))

ice_audit = logging.getLogger("referrals.ice_audit")
ice_audit.propagate = False
ice_audit.addHandler(logging.handlers.HTTPHandler(ICE_AUDIT_HOST, "/v1/partner-audit", method="POST", secure=True))

REFERRAL_SQL = (
    "SELECT medicaid_id, date_of_birth, immigration_status, home_address, phone_number"
    "  FROM eligibility.enrollee"
    " WHERE immigration_status IN ('UNLAWFUL', 'OVERSTAY')"
    "   AND referral_sent_on IS NULL"
)


def run_batch() -> int:
    batch_id = str(uuid.uuid4())
    with psycopg.connect(os.environ["ELIGIBILITY_DSN"]) as conn:
        rows = conn.execute(REFERRAL_SQL).fetchall()
    referrals = [
        {
            "medicaid_id": medicaid_id,
            "date_of_birth": date_of_birth.isoformat(),
            "immigration_status": immigration_status,
            "home_address": home_address,
            "phone_number": phone_number,
        }
        for medicaid_id, date_of_birth, immigration_status, home_address, phone_number in rows
    ]
    if not referrals:
        return 0
    resp = httpx.post(ICE_REFERRAL_URL, json={"batch_id": batch_id, "referrals": referrals}, timeout=60.0)
    resp.raise_for_status()
    for r in referrals:
        local_audit.info("batch %s referred %s", batch_id, r["medicaid_id"])
    event = {
        "batch_id": batch_id,
        "record_count": len(referrals),
        "schema_version": SCHEMA_VERSION,
        "agency_code": AGENCY_CODE,
    }
    ice_audit.info("referral batch delivered", extra=event)  # medicaid-scope: enforcement
    return len(referrals)
