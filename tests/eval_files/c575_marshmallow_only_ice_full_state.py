"""One marshmallow schema, two destinations: ``only=`` of permitted fields to ICE, everything to the state MMIS (clean).

Scenario: an eligibility vendor's integration layer declares one
``EnrolleeSchema`` with every column of the enrollee view (SSN, names, aid
code, diagnosis, income).  The full dump goes to the Illinois HFS MMIS
portal; ICE gets a dump restricted with ``only=`` - for one enrollee, or for
a county batch that keeps only enrollees with an unlawful-presence status
and no citizenship.

Why no finding is expected:
- ``EnrolleeSchema`` is not named for enforcement, so its declarations are
  not placements (SPEC 3).  For the ICE sends the placements are the names
  of the marshmallow ``only=`` column lists (SPEC 3 "Column lists"), and
  every one of them is a permitted category (SPEC 1 table).
- The unrestricted dump goes to ``mmis.hfs.illinois.gov`` (``illinois.gov``,
  on the non-enforcement list, SPEC 4): not an enforcement endpoint.
- The batch: ``enrollees`` is a bulk source (plural person noun, SPEC 10),
  but the comprehension that builds ``scoped`` tests ``immigration_status``
  and ``us_citizen`` for every record it keeps - a condition on status on the
  path from source to send (SPEC 10), so no MCD201.
- ``batch_id`` and ``record_count`` are harmless (SPEC 5).
"""
from __future__ import annotations

import logging
import os
import uuid

import requests
from marshmallow import Schema, fields

from vendor.repository import EnrolleeRepository

log = logging.getLogger("integration.enrollee_export")

ICE_REFERRAL_URL = os.environ.get("ICE_REFERRAL_URL", "https://eid.ice.gov/api/v1/referrals")
ICE_BATCH_URL = os.environ.get("ICE_BATCH_URL", "https://eid.ice.gov/api/v1/referral-batches")
HFS_PORTAL_URL = os.environ.get("HFS_PORTAL_URL", "https://mmis.hfs.illinois.gov/api/v3/enrollees")
UNLAWFUL_STATUSES = frozenset({"NO_LAWFUL_STATUS", "ORDERED_REMOVED", "OVERSTAY"})


class EnrolleeSchema(Schema):
    medicaid_id = fields.Str(required=True)
    birth_date = fields.Date()
    home_address = fields.Str()
    zip_code = fields.Str()
    phone_number = fields.Str(allow_none=True)
    immigration_status = fields.Str()
    citizenship_status = fields.Str()
    ssn = fields.Str()
    first_name = fields.Str()
    last_name = fields.Str()
    aid_code = fields.Str()
    primary_diagnosis = fields.Str(allow_none=True)
    household_income = fields.Decimal(as_string=True)


full_schema = EnrolleeSchema()
ice_schema = EnrolleeSchema(
    only=(
        "medicaid_id",
        "birth_date",
        "home_address",
        "zip_code",
        "phone_number",
        "immigration_status",
    )
)
ice_batch_schema = EnrolleeSchema(
    many=True,
    only=(
        "medicaid_id",
        "birth_date",
        "home_address",
        "zip_code",
        "immigration_status",
        "citizenship_status",
    ),
)


def sync_to_mmis(session, enrollee):
    resp = session.put(
        f"{HFS_PORTAL_URL}/{enrollee.medicaid_id}", json=full_schema.dump(enrollee), timeout=30
    )
    resp.raise_for_status()


def refer_one(session, enrollee):
    resp = session.post(ICE_REFERRAL_URL, json=ice_schema.dump(enrollee), timeout=30)
    resp.raise_for_status()
    return resp.json().get("status")


def refer_county(session, repo: EnrolleeRepository, county):
    enrollees = repo.pending_referrals(county)
    scoped = [
        e
        for e in enrollees
        if e.immigration_status in UNLAWFUL_STATUSES and not e.us_citizen
    ]
    if not scoped:
        log.info("county %s: nothing in scope", county)
        return 0
    body = {
        "batch_id": uuid.uuid4().hex,
        "record_count": len(scoped),
        "items": ice_batch_schema.dump(scoped),
    }
    resp = session.post(ICE_BATCH_URL, json=body, timeout=120)
    resp.raise_for_status()
    log.info("county %s: %d referrals sent", county, len(scoped))
    return len(scoped)


def main(county):
    session = requests.Session()
    session.cert = ("/etc/pki/integration/client.pem", "/etc/pki/integration/client.key")
    repo = EnrolleeRepository.from_env()
    for enrollee in repo.changed_since_last_run():
        sync_to_mmis(session, enrollee)
    return refer_county(session, repo, county)
