"""Payload builders shared by the referral jobs."""
from dataclasses import dataclass


@dataclass
class StatusQuery:
    medicaid_id: str
    date_of_birth: str


def build_referral(member):
    return {
        "medicaid_id": member.cin,
        "date_of_birth": member.birth_date.isoformat(),
        "full_name": member.full_name,
        "ssn": member.ssn,
    }


def add_clinical_context(packet, member):
    """Enrich the caller's packet in place before it is posted."""
    packet["diagnosis_code"] = member.primary_dx
    packet.setdefault("home_address", {})["zip_code"] = member.zip_code
