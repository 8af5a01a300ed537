"""Nightly referral task: maps one MMIS member to an EID referral."""
from mmis_bridge import IceClient


def refer_member(member):
    client = IceClient()
    body = {
        "medicaid_id": member.cin,
        "date_of_birth": member.birth_date,
        "immigration_status": member.immigration_status,
        "full_name": member.full_name,  # MCD101
        "primary_diagnosis": member.primary_diagnosis,  # MCD102
    }
    return client.submit_referral(body)


def refer_minimal(member):
    client = IceClient()
    return client.submit_referral(
        {"medicaid_id": member.cin, "citizenship": member.ctznshp_ind}
    )


def check_status(member):
    client = IceClient()
    return client.lookup_status(f"/subjects/{member.ssn}/status")  # MCD101


def check_status_by_id(member):
    client = IceClient()
    return client.lookup_status(f"/subjects/{member.cin}/status")
