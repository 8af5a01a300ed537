"""Payload builders for the state agency and for SAVE."""
from dataclasses import asdict

from .models import CaseMember


def build_illinois_dhs_case_update(member: CaseMember) -> dict:
    """The state agency keeps the whole case record."""
    update = asdict(member)
    update["source_system"] = "IES"
    return update


def build_save_request(member: CaseMember) -> dict:
    return {
        "alien_number": member.alien_number,
        "full_name": member.full_name,
        "date_of_birth": member.date_of_birth,
        "ssn": member.ssn,
        "case_type": "INITIAL",
    }
