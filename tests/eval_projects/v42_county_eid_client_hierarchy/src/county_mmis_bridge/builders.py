"""Request bodies shared by the outbound integrations."""


def referral_body(m) -> dict:
    """Enrollee summary used by both the state sync and the federal referral."""
    return {
        "cin": m.cin,
        "dob": m.birth_date.isoformat(),
        "home_address": m.home_address,
        "phone": m.phone_number,
        "full_name": m.full_name,
        "primary_diagnosis": m.primary_diagnosis,
    }
