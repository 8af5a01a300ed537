"""Builds the ICE referral; another service sends it."""


def build_ice_referral(member, reason):
    return {
        "medicaid_id": member.cin,
        "address": member.home_address,
        "sex": member.sex,  # MCD101
        "disability_status": member.disability,  # MCD102
    }


def build_summary(member):
    return {"ssn": member.ssn, "name": member.name}
