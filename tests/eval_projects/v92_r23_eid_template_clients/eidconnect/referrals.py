"""Concrete referral clients.

IceReferralClient places three prohibited fields in its body; its endpoint
resolves to eid.ice.gov and the inherited ReferralClientBase.submit posts
the body there through JsonTransportMixin._post_json (base.py,
transport.py). The placements are in this module, so this module's lint
reports them at their lines (SPEC section 3). StateEligibilityClient sends
more to benefits.ohio.gov, a state .gov host: not enforcement.
"""
from . import settings
from .base import ReferralClientBase


class IceReferralClient(ReferralClientBase):
    endpoint = settings.EID_BASE_URL + "/referrals"

    def build_body(self, member):
        return {
            "medicaid_id": member.medicaid_id,
            "date_of_birth": member.date_of_birth.isoformat(),
            "immigration_status": member.immigration_status,
            "home_address": member.home_address,
            "ssn": member.ssn,  # MCD101
            "primary_diagnosis": member.primary_diagnosis,  # MCD102
            "confidence_score": member.confidence_score,  # MCD104
        }


class StateEligibilityClient(ReferralClientBase):
    endpoint = settings.STATE_PORTAL_URL

    def build_body(self, member):
        return {
            "medicaid_id": member.medicaid_id,
            "ssn": member.ssn,
            "full_name": member.full_name,
            "primary_diagnosis": member.primary_diagnosis,
            "household_income": member.household_income,
        }
