"""The pure-Python fallback codec."""


def encode(member):
    return {"medicaid_id": member.medicaid_id}
