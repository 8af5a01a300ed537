"""Builds referral events from AHCCCS member rows."""


def referral_event(member) -> dict:
    """One referral event; the caller decides where it goes."""
    return {
        "medicaid_id": member.medicaid_id,
        "date_of_birth": member.date_of_birth.isoformat(),
        "home_address": member.home_address,
        "phone_number": member.phone_number,
        "is_pregnant": member.is_pregnant,
    }
