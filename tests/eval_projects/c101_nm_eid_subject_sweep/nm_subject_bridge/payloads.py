"""Payload shapes for the EID subject intake and the HCA member portal.

T-MSIS column names come in, partner field names go out.  The builders do
not know where their output is sent.
"""


def subject_payload(row) -> dict:
    """Subject record in the EID v2 intake layout."""
    return {
        "medicaid_id": row["msis_ident_num"],
        "date_of_birth": row["birth_dt"].isoformat(),
        "home_address": row["elgbl_line_1_adr"],
        "zip_code": row["elgbl_zip_cd"],
        "phone_number": row["elgbl_phne_num"],
    }


def profile_payload(member) -> dict:
    """Member profile for the HCA portal's caseworker view."""
    return {
        "medicaid_id": member.msis_ident_num,
        "first_name": member.first_name,
        "primary_language": member.primary_language,
        "behavioral_health_flag": member.behavioral_health_flag,
    }
