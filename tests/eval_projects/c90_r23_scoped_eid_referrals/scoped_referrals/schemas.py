"""Referral payload model and the mappers from the MMIS member object."""
from datetime import date
from typing import Optional

from pydantic import BaseModel


class IceReferral(BaseModel):
    medicaid_id: str
    date_of_birth: date
    citizenship_status: str
    immigration_status: str
    home_address: str
    phone_number: Optional[str] = None


def full_profile(member):
    return {
        "medicaid_id": member.medicaid_id,
        "date_of_birth": member.date_of_birth,
        "citizenship_status": member.citizenship_status,
        "immigration_status": member.immigration_status,
        "home_address": member.home_address,
        "phone_number": member.phone_number,
        "ssn": member.ssn,
        "full_name": member.full_name,
    }


def split_member(member):
    referral_part = {
        "medicaid_id": member.medicaid_id,
        "date_of_birth": member.date_of_birth.isoformat(),
        "immigration_status": member.immigration_status,
    }
    clinical_part = {
        "medicaid_id": member.medicaid_id,
        "primary_diagnosis": member.primary_diagnosis,
        "ndc_code": member.ndc_code,
        "full_name": member.full_name,
    }
    return referral_part, clinical_part
