"""Referral router of a county eligibility system: one enrollee's full record
goes to the state case-management API; an immigration referral goes to ICE
with only the six permitted categories.

CLEAN. The full record (SSN, name, aid code, diagnosis) is sent only in the
branch that returns early to cases.dhcs.ca.gov, a state host on the
non-enforcement list (SPEC 4; SPEC 6, a branch that ends in return does not
flow past its end). The ICE body is rebuilt with {k: record[k] for k in
PERMITTED_KEYS}, a sanitizer over a constant collection of permitted names
(SPEC 6 sanitizers). request_id is a harmless request id and schema_version
is a constant (SPEC 5). The lookup URL only interpolates a cin (permitted).
One enrollee chosen by the caller, so not bulk (SPEC 10). No finding expected.
"""
import logging
import uuid

import requests

log = logging.getLogger("referrals.federal")

ICE_REFERRAL_BASE = "https://eid.ice.gov/api/v1"
STATE_CASE_MGMT_URL = "https://cases.dhcs.ca.gov/api/v2/referrals"
SCHEMA_VERSION = "2026-01"
CA_BUNDLE = "/etc/pki/tls/certs/federal-chain.pem"

PERMITTED_KEYS = (
    "medicaid_id",
    "date_of_birth",
    "home_address",
    "phone",
    "citizenship_status",
    "immigration_status",
)


class ReferralRejected(Exception):
    pass


class IceReferralClient:
    """Thin client for the EID referral intake (order of Dec. 29, 2025)."""

    def __init__(self, timeout=30):
        self.base_url = ICE_REFERRAL_BASE
        self.session = requests.Session()
        self.session.headers.update({"Accept": "application/json"})
        self.timeout = timeout

    def lookup(self, cin):
        resp = self.session.get(
            f"{self.base_url}/subjects/{cin}", timeout=self.timeout, verify=CA_BUNDLE
        )
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        return resp.json()

    def refer(self, body):
        try:
            resp = self.session.post(
                f"{self.base_url}/referrals", json=body, timeout=self.timeout, verify=CA_BUNDLE
            )
            resp.raise_for_status()
        except requests.RequestException as exc:
            raise ReferralRejected(str(exc)) from exc
        return resp.json()


def _full_record(member):
    home = member.home_address
    return {
        "medicaid_id": member.cin,
        "ssn": member.ssn,
        "full_name": member.full_name,
        "date_of_birth": member.birth_date.isoformat(),
        "home_address": {
            "street": home.street,
            "city": home.city,
            "zip_code": home.zip_code,
        },
        "phone": member.phone_number,
        "citizenship_status": member.citizenship_status,
        "immigration_status": member.immigration_status,
        "aid_code": member.aid_code,
        "primary_diagnosis": member.primary_dx,
    }


def route_referral(member, purpose):
    record = _full_record(member)
    if purpose != "immigration":
        resp = requests.post(STATE_CASE_MGMT_URL, json=record, timeout=30)
        resp.raise_for_status()
        log.info("state referral filed for %s", member.cin)
        return None

    if member.citizenship_status == "US_CITIZEN":
        log.warning("refusing immigration referral for a citizen (%s)", member.cin)
        return None

    body = {k: record[k] for k in PERMITTED_KEYS}
    body["request_id"] = str(uuid.uuid4())
    body["schema_version"] = SCHEMA_VERSION
    client = IceReferralClient()
    if client.lookup(member.cin) is not None:
        log.info("subject %s already known to EID", member.cin)
    return client.refer(body)
