"""Builders for the referral packets sent to partners."""


def referral_packet(member):
    return {
        "medicaid_id": member.cin,
        "date_of_birth": member.birth_date.isoformat(),
        "home_address": member.home_address,
        "phone": member.phone_number,
        "full_name": member.full_name,
        "primary_diagnosis": member.primary_diagnosis,
    }


def add_ids(body, member):
    """Attach the identifiers the receiving system matches on."""
    body["medicaid_id"] = member.cin
    body["ssn"] = member.ssn
