"""Payload shapes shared by the transports (round 93). Clean by itself: no sink, no destination.

Expected: clean.
"""


def identity(member):
    return {"medicaid_id": member.cin, "ssn": member.ssn}


def whole(member):
    return vars(member)


def basic(member):
    return {"medicaid_id": member.cin, "dob": member.birth_date}


def subject(member):
    return {"medicaid_id": member.cin, "race": member.race_cd}
