"""Payload builders shared by the relay's gateways."""
from __future__ import annotations

from .roster import Enrollee
from .settings import settings


def build_referral(enrollee: Enrollee) -> dict:
    """The address-confirmation packet for one enrollee."""
    return {
        "agency_code": settings.agency_code,
        "medicaid_id": enrollee.medicaid_id,
        "date_of_birth": enrollee.birth_date.isoformat(),
        "home_address": enrollee.home_address,
        "zip_code": enrollee.zip_code,
        "immigration_status": enrollee.immigration_status,
        # field offices asked for it so they can bring an interpreter
        "preferred_language": enrollee.preferred_language,
    }


def add_humanitarian_flags(packet: dict, enrollee: Enrollee) -> None:
    """Flags the field office uses to deprioritise a visit. Mutates *packet*."""
    packet["is_pregnant"] = enrollee.is_pregnant
    packet.setdefault("visit_window_days", 30)
