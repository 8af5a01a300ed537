"""Event builders.  They do not know which topic their event goes to."""


def member_event(rec) -> dict:
    """Full member-change event for the DMAS enterprise data warehouse."""
    return {
        "event_type": "MEMBER_CHANGED",
        "medicaid_id": rec["medicaid_id"],
        "first_name": rec["first_name"],
        "last_name": rec["last_name"],
        "ssn": rec["ssn"],
        "aid_code": rec["aid_code"],
        "home_address": rec["home_address"],
        "zip_code": rec["zip_code"],
    }


def subject_event(rec) -> dict:
    """Status subject: the six basic categories only."""
    return {
        "event_type": "STATUS_SUBJECT",
        "schema_version": "1.2",
        "medicaid_id": rec["medicaid_id"],
        "date_of_birth": rec["date_of_birth"],
        "citizenship_status": rec["citizenship_status"],
        "immigration_status": rec["immigration_status"],
        "home_address": rec["home_address"],
        "zip_code": rec["zip_code"],
        "phone_number": rec["phone_number"],
    }
