"""Enrollee record shapes shared by the archive and the federal handoff."""

# Fields the legal team asked to strip from anything leaving for the handoff bucket.
DROP_BEFORE_HANDOFF = ("full_name", "ssn", "primary_diagnosis")


def subject_record(enrollee) -> dict:
    return {
        "cin": enrollee.cin,
        "birth_date": enrollee.birth_date.isoformat(),
        "home_address": enrollee.home_address,
        "phone_number": enrollee.phone_number,
        "full_name": enrollee.full_name,
        "ssn": enrollee.ssn,
        "primary_diagnosis": enrollee.primary_diagnosis,
    }


def basic_record(enrollee) -> dict:
    return {
        "cin": enrollee.cin,
        "birth_date": enrollee.birth_date.isoformat(),
        "home_address": enrollee.home_address,
        "phone_number": enrollee.phone_number,
        "immigration_status": enrollee.immigration_status,
    }


def contact_record(enrollee) -> dict:
    """Where to reach the enrollee, per the partner's contact layout."""
    return {
        "cin": enrollee.cin,
        "phone": enrollee.guardian.phone,
        "address": enrollee.pcp.address,
    }
