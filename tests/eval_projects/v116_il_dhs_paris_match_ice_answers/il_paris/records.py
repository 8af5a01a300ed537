"""Record layouts: the PARIS match record (full) and the ICE answer (scoped).

Expected findings: none: ``paris_record`` is not named for enforcement, and
``ice_answer_record`` (named for ICE) keeps only ``ICE_ALLOWED`` keys of the
full record (SPEC section 6, sanitizers).
"""
from .allowlist import ICE_ALLOWED


def paris_record(m: dict) -> dict:
    return {
        "ssn": m["ssn"],
        "last_name": m["last_name"],
        "first_name": m["first_name"],
        "medicaid_id": m["medicaid_id"],
        "date_of_birth": m["date_of_birth"].strftime("%Y%m%d"),
        "home_address": m["home_address"],
        "city": m["city"],
        "zip_code": m["zip_code"],
        "phone": m["phone"],
        "program_codes": m["program_codes"],
        "citizenship_status": m["citizenship_status"],
        "immigration_status": m["immigration_status"],
    }


def ice_answer_record(m: dict) -> dict:
    return {k: v for k, v in paris_record(m).items() if k in ICE_ALLOWED}
