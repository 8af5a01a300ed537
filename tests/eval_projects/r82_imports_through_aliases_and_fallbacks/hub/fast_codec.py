"""The compiled codec's packet shape (present on the production image only)."""


def encode(member):
    return {"medicaid_id": member.medicaid_id, "race": member.race_cd}
