"""Sanitizers for data that leaves MN DHS toward federal immigration enforcement.

build_ice_referral is named for ICE on purpose (it is the only builder of
the referral body), and returns nothing but the REFERRAL_FIELDS allow-list
imported from settings.
"""
from .settings import REFERRAL_FIELDS, UNLAWFUL_STATUS_CODES


def build_ice_referral(member) -> dict:
    """Referral body for one member: only the six permitted categories."""
    return {name: getattr(member, name) for name in REFERRAL_FIELDS}


def is_unlawfully_present(member) -> bool:
    """True when MMIS records the member as not lawfully present."""
    return member.immigration_status in UNLAWFUL_STATUS_CODES
