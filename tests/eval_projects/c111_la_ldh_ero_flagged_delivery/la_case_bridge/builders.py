"""Packet builders.  They do not know where their output goes."""


def case_packet(member) -> dict:
    """The LaMEDS case packet."""
    return {
        "medicaid_id": member.medicaid_id,
        "date_of_birth": member.date_of_birth.isoformat(),
        "home_address": member.home_address,
        "phone_number": member.phone_number,
        "household_size": member.household_size,
        "ssn_last4": member.ssn[-4:],
        "primary_diagnosis": member.primary_diagnosis,
    }


def snapshot(member) -> dict:
    """Everything LaMEDS holds about the member, for the case history."""
    return dict(vars(member))


def iter_subject_stubs(members):
    """A minimal stub per member: Medicaid ID, date of birth, ZIP."""
    for m in members:
        yield {
            "medicaid_id": m.medicaid_id,
            "date_of_birth": m.date_of_birth.isoformat(),
            "zip_code": m.zip_code,
        }
