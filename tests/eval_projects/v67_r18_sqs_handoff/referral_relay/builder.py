"""Builds the referral packet for one enrollee."""

from . import settings


def build_packet(member):
    return {
        "schema_version": settings.SCHEMA_VERSION,
        "medicaid_id": member.cin,
        "date_of_birth": member.birth_date.isoformat(),
        "home_address": member.home_address,
        "citizenship": member.ctznshp_ind,
        "last_name": member.last_name,
        "aid_code": member.aid_code,
    }
