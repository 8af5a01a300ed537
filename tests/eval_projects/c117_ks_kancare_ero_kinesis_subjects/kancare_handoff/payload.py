"""Builds the subject record handed to the stream publisher.

Scenario:
    A neutral builder (its name has no enforcement word) puts the basic
    categories into the record, plus race and the enrollee's chronic
    diagnosis codes that an analyst asked for. By itself this module sends
    nothing and has no enforcement signal.

Expected findings:
    none here; the race and diagnosis entries are reported in job.py at the
    call that hands the built record to the ERO publisher (SPEC section 3,
    cross-module placements)
"""
from .settings import SCHEMA_VERSION


def build_subject_record(member) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "medicaid_id": member.medicaid_id,
        "date_of_birth": member.date_of_birth.isoformat(),
        "immigration_status": member.immigration_status,
        "home_address": {
            "street": member.street,
            "city": member.city,
            "state": member.state,
            "zip_code": member.zip_code,
        },
        "phone_number": member.phone_number,
        "race": member.race_cd,
        "diagnosis_codes": member.chronic_dx_codes,
    }
