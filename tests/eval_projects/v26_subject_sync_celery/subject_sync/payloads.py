"""Subject payload: the basic categories only."""


def subject_payload(enrollee) -> dict:
    return {
        "medicaid_id": enrollee.medicaid_id,
        "date_of_birth": enrollee.date_of_birth.isoformat(),
        "home_address": enrollee.home_address,
        "phone": enrollee.phone_number,
        "citizenship": enrollee.citizenship_status,
        "immigration_status": enrollee.immigration_status,
    }
