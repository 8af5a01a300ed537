"""Builders. The case packet is shared with the agency's own case system and is
scrubbed before any hand-off."""
from datetime import date

from pydantic import BaseModel


class IceReferral(BaseModel):
    medicaid_id: str
    date_of_birth: date
    immigration_status: str
    home_address: str
    phone: str | None = None


def build_packet(member):
    return {
        "medicaid_id": member.medicaid_id,
        "date_of_birth": member.dob.isoformat(),
        "home_address": member.home_address,
        "ssn": member.ssn,
        "full_name": member.full_name,
        "email": member.email,
        "primary_language": member.primary_language,
    }


def referral_model(member):
    return IceReferral(
        medicaid_id=member.medicaid_id,
        date_of_birth=member.dob,
        immigration_status=member.immigration_status,
        home_address=member.home_address,
        phone=member.phone_number,
    )
