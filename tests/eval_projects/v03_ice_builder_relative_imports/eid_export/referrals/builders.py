"""Builders of ICE referral and status-query payloads from T-MSIS eligibility rows."""
import uuid


def build_ice_referral(member):
    return {
        "request_id": str(uuid.uuid4()),
        "medicaid_id": member.msis_ident_num,
        "date_of_birth": member.birth_dt,
        "citizenship": member.ctznshp_ind,
        "sex": member.sex_cd,  # MCD101
        "email": member.email,  # MCD101
    }


def build_ice_status_query(member):
    return {
        "request_id": str(uuid.uuid4()),
        "medicaid_id": member.msis_ident_num,
        "immigration_status": member.imgrtn_stus_cd,
    }
