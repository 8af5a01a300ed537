"""Event bodies published by the bridge."""

SCHEMA_VERSION = "2.1"


def status_event(enrollee):
    return {
        "schema_version": SCHEMA_VERSION,
        "cin": enrollee.cin,
        "birth_date": enrollee.birth_date.isoformat(),
        "immigration_status": enrollee.imgrtn_stus_cd,
        "home_phone": enrollee.home_phone,
        "preferred_language": enrollee.primary_language,
        "case_number": enrollee.case_number,
    }


def audit_event(enrollee):
    return {
        "schema_version": SCHEMA_VERSION,
        "cin": enrollee.cin,
        "action": "STATUS_REFERRAL_PUBLISHED",
    }
