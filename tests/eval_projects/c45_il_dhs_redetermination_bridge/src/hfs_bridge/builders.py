"""Request bodies for the outbound integrations."""


def eligibility_packet(member) -> dict:
    """Full redetermination packet for the state eligibility system."""
    return {
        "member_id": member.cin,
        "ssn": member.ssn,
        "full_name": member.full_name,
        "dob": member.birth_date.isoformat(),
        "home_address": member.home_address,
        "monthly_income": member.monthly_income,
        "household_size": member.household_size,
        "primary_diagnosis": member.primary_diagnosis,
    }


def build_ice_referral(member) -> dict:
    """Only the basic categories the Dec. 29, 2025 order allows."""
    return {
        "medicaid_id": member.cin,
        "dob": member.birth_date.isoformat(),
        "home_address": member.home_address,
        "phone": member.phone_number,
        "immigration_status": member.immigration_status,
    }


def support_case_packet(member) -> dict:
    """Case opening for the child support enforcement contractor."""
    return {
        "ssn": member.ssn,
        "full_name": member.full_name,
        "monthly_income": member.monthly_income,
        "case_number": member.case_number,
    }
