"""Concrete partner exchanges. Each one ships the fields its partner needs."""
from . import settings
from .base import PartnerExchange


class DhsEligibilityExchange(PartnerExchange):
    """Full eligibility determination packet for the Illinois DHS case system."""

    endpoint = settings.DHS_ELIGIBILITY_URL

    def build_body(self, member):
        return {
            "recipient_id": member.recipient_id,
            "ssn": member.ssn,
            "first_name": member.first_name,
            "last_name": member.last_name,
            "household_size": member.household_size,
            "household_income": member.household_income,
            "primary_diagnosis": member.primary_diagnosis,
            "is_pregnant": member.is_pregnant,
        }


class SaveVerification(PartnerExchange):
    """SAVE initial verification request (USCIS)."""

    endpoint = settings.SAVE_CASES_URL

    def build_body(self, member):
        return {
            "alien_number": member.alien_number,
            "i94_number": member.i94_number,
            "first_name": member.first_name,
            "last_name": member.last_name,
            "date_of_birth": member.date_of_birth.isoformat(),
            "document_type": "I-551",
        }


class ChildSupportReferral(PartnerExchange):
    """IV-D referral of a Medicaid case to the child-support program."""

    endpoint = settings.CHILD_SUPPORT_ENFORCEMENT_URL

    def build_body(self, member):
        return {
            "medicaid_id": member.medicaid_id,
            "ssn": member.ssn,
            "monthly_income": member.monthly_income,
            "household_members": member.household_members,
            "absent_parent_name": member.absent_parent_name,
        }
