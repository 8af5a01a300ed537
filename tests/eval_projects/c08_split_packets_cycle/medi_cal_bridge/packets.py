"""Splits one member into the MEDS update (full) and the referral (permitted fields only)."""


def split_packets(member):
    meds_update = {
        "cin": member.cin,
        "ssn": member.ssn,
        "aid_code": member.aid_code,
        "primary_diagnosis": member.primary_diagnosis,
        "full_name": member.full_name,
    }
    referral = {
        "medicaid_id": member.cin,
        "date_of_birth": member.birth_date,
        "immigration_status": member.imgrtn_stus_cd,
    }
    return meds_update, referral
