"""Payload shapes (sixteenth session): no sink, no destination.

Expected: clean.
"""


def identity(member):
    return {"medicaid_id": member.cin, "ssn": member.ssn}
