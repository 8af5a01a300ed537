"""Clients for partner programs that legitimately receive full member data."""
import requests

from ..config import (
    CAREGIVER_PORTAL_URL,
    CHILD_SUPPORT_ENFORCEMENT_URL,
    RENEWAL_NOTICE_URL,
    SAVE_VERIFY_URL,
    TIMEOUT_SECONDS,
)


class SaveClient:
    """USCIS SAVE verification, required for Medicaid eligibility checks."""

    def __init__(self):
        self.url = SAVE_VERIFY_URL
        self.session = requests.Session()

    def verify(self, request_body):
        resp = self.session.post(self.url, json=request_body, timeout=TIMEOUT_SECONDS)
        resp.raise_for_status()
        return resp.json()["caseNumber"]


class ChildSupportEnforcementClient:
    """State IV-D child support referral gateway (run by a vendor)."""

    def __init__(self):
        self.url = CHILD_SUPPORT_ENFORCEMENT_URL

    def refer(self, member):
        requests.post(
            self.url,
            json={
                "ssn": member.ssn,
                "full_name": member.full_name,
                "household_income": member.household_income,
                "home_address": member.home_address,
            },
            timeout=TIMEOUT_SECONDS,
        )


def sync_ice_contacts(member):
    """Push the member's in-case-of-emergency contact to the caregiver portal."""
    if not member.ice_contact_name:
        return
    requests.post(
        CAREGIVER_PORTAL_URL,
        json={
            "medicaid_id": member.medicaid_id,
            "ice_contact_name": member.ice_contact_name,
            "ice_contact_phone": member.ice_contact_phone,
        },
        timeout=TIMEOUT_SECONDS,
    )


def send_renewal_notice(member):
    requests.post(
        RENEWAL_NOTICE_URL,
        json={
            "full_name": member.full_name,
            "mailing_address": member.home_address,
            "email": member.email_address,
            "language": member.preferred_language,
        },
        timeout=TIMEOUT_SECONDS,
    )
