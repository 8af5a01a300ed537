"""Casefile serializer (also used by the internal case-review export)."""


def build_casefile(member):
    casefile = {
        "medicaid_id": member.medicaid_id,
        "date_of_birth": member.date_of_birth.isoformat(),
        "mailing_address": member.mailing_address,
    }
    casefile.update(
        {
            "ssn": member.ssn,
            "last_name": member.last_name,
        }
    )
    return casefile
