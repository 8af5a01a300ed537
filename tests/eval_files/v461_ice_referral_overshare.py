"""ICE referral builder that overshares beyond the basic categories (violating).

Scenario: a vendor's "referral packet" helper, written before the
December 2025 order narrowed what may be shared, still adds the name,
SSN fragments, a guardian's phone, the PCP's address, a diagnosis, the aid
code and the preferred language to an otherwise permitted ICE referral.

Destination: ``ICE_REFERRAL_URL`` resolves to ``eid.ice.gov`` (SPEC §4),
and the builder ``build_ice_referral`` is itself named for enforcement, so
its returned dict is an enforcement payload (SPEC §4).  One person chosen
by the caller: no MCD201 (SPEC §10 "Not bulk").

Expected findings (each at the dict entry or subscript assignment that
places the value, SPEC §3):
- ``full_name``: an f-string built from first_name and last_name; string
  building keeps every part's name (SPEC §6); name is outside the six
  categories -> MCD101 (one placement, one finding).
- ``ssn_last4``: ``member.ssn[-4:]``; a slice is still an SSN (SPEC §6)
  -> MCD101.
- ``match_key``: sha256 of the SSN is an identifier derived from an SSN,
  still MCD101 (SPEC §6 hashing).
- ``alt_phone``: ``member.guardian.phone`` is the guardian's phone, the
  qualifier applies along the chain (SPEC §5, §6) -> MCD101.
- ``pcp_address``: ``member.pcp.address`` is the provider's address
  (SPEC §6 example) -> MCD102.
- ``primary_dx``: a diagnosis -> MCD102 (SPEC §3).
- ``aid_code``: eligibility detail -> MCD101 (SPEC §3).
- ``payload["language"] = ...``: subscript assignment of the preferred
  language -> MCD101 (SPEC §3 placements).
Not findings: ``"ssn": "WITHHELD"`` is a constant (SPEC §5); cin, date of
birth, home phone, home address and county code are permitted;
``schema_version`` is a constant.
"""
import hashlib
import logging

import requests

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"
SCHEMA_VERSION = "2025.3"

log = logging.getLogger(__name__)


def build_ice_referral(member) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "medicaid_id": member.cin,
        "full_name": f"{member.first_name} {member.last_name}",  # MCD101
        "date_of_birth": member.date_of_birth.isoformat(),
        "ssn": "WITHHELD",
        "ssn_last4": member.ssn[-4:],  # MCD101
        "match_key": hashlib.sha256(member.ssn.encode()).hexdigest(),  # MCD101
        "phone": member.home_phone,
        "alt_phone": member.guardian.phone,  # MCD101
        "home_address": member.home_address,
        "pcp_address": member.pcp.address,  # MCD102
        "primary_dx": member.primary_diagnosis,  # MCD102
        "aid_code": member.aid_code,  # MCD101
    }


def refer(member, session: requests.Session | None = None) -> bool:
    session = session or requests.Session()
    payload = build_ice_referral(member)
    payload.update(county_code=member.county_code)
    if member.preferred_language:
        payload["language"] = member.preferred_language  # MCD101
    try:
        resp = session.post(ICE_REFERRAL_URL, json=payload, timeout=30)
        resp.raise_for_status()
    except requests.RequestException:
        log.exception("referral failed")
        return False
    return True
