"""Immediate referrals: fills the subject through an alias and the identifiers through setdefault."""
from .client import EidClient


def refer(member):
    payload = {"schema_version": "2.1", "subject": {}}
    sub = payload["subject"]
    sub["medicaid_id"] = member.cin
    sub["date_of_birth"] = member.birth_date
    sub["marital_status"] = member.marital_status  # MCD101
    payload.setdefault("identifiers", {})["msis_ident_num"] = member.msis_ident_num
    payload.setdefault("identifiers", {})["ssn"] = member.ssn  # MCD101
    return EidClient().submit(payload)
