"""Shape of one referral record (EID intake schema v1)."""


def build_referral(member):
    return {
        "medicaid_id": member.msis_ident_num,
        "date_of_birth": member.birth_dt.isoformat(),
        "home_address": member.elgbl_line_1_adr,
        "zip_code": member.elgbl_zip_cd,
        "phone_number": member.elgbl_phne_num,
        "full_name": f"{member.first_name} {member.last_name}",
    }
