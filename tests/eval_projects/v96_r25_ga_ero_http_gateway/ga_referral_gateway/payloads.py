"""Payload shapes for the ERO subject API and the packet builder.

EroSubjectRecord mirrors ICE's OpenAPI document for the vendor's API docs;
build_subject_packet assembles the packet the case team asked for from a
Georgia MMIS member document.
"""
from datetime import date

from pydantic import BaseModel


class EroSubjectRecord(BaseModel):
    """Subject record as the ERO intake API documents it."""

    medicaid_id: str
    date_of_birth: date
    immigration_status: str
    mailing_address: str
    full_name: str  # MCD101


def build_subject_packet(member: dict) -> dict:
    """Packet for one member; the caller decides where it goes."""
    packet = {
        "medicaid_id": member["medicaid_id"],
        "date_of_birth": member["date_of_birth"],
        "mailing_address": member["mailing_address"],
        "phone_number": member["phone_number"],
        "full_name": member["full_name"],
    }
    packet["primary_diagnosis"] = member.get("primary_diagnosis")
    return packet
