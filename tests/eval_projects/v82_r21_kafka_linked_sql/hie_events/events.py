"""Event builders."""
from . import SCHEMA_VERSION


def enrollment_event(rec):
    return {
        "schema_version": SCHEMA_VERSION,
        "medicaid_id": rec["medicaid_id"],
        "immigration_status": rec["immigration_status"],
        "gender": rec["gender"],
        "ndc_code": rec["ndc_code"],
        "score": rec["score"],
    }
