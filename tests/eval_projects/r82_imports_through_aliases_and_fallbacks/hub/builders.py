"""Packet builders shared by the referral jobs (round 82).

Expected: clean by itself (a builder named for nothing, with no sink, places nothing here).
"""


def subject_packet(member):
    return {"medicaid_id": member.medicaid_id, "ssn": member.ssn}


def contact_packet(member):
    return {"medicaid_id": member.medicaid_id, "phone": member.phone}
