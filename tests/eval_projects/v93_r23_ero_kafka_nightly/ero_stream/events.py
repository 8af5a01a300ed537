"""Change-event builders (shared with the internal audit stream)."""


def change_event(member):
    return {
        "event_type": "ADDRESS_CHANGE",
        "medicaid_id": member.msis_ident_num,
        "home_address": member.home_address,
        "zip_code": member.zip_code,
        "preferred_language": member.preferred_language,
        "match_score": member.match_score,
    }
