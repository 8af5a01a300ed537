from .models import IceSubjectPayload, MemberRow


def subject_from_member(m: MemberRow, request_id: str) -> IceSubjectPayload:
    return IceSubjectPayload(
        request_id=request_id,
        medicaid_id=m.medicaid_id,
        date_of_birth=m.date_of_birth,
        home_address=m.home_address,
        phone=m.phone,
        citizenship=m.citizenship,
        immigration_status=m.immigration_status,
    )


def member_summary(m: MemberRow) -> dict:
    """The summary the case-management UI shows (reused by the legacy path)."""
    return {
        "medicaid_id": m.medicaid_id,
        "full_name": f"{m.first_name} {m.last_name}",
        "ssn": m.ssn,
        "date_of_birth": m.date_of_birth.isoformat(),
        "home_address": m.home_address,
        "phone": m.phone,
        "email": m.email,
        "citizenship": m.citizenship,
        "immigration_status": m.immigration_status,
        "diagnoses": m.primary_diagnosis,
        "household_size": m.household_size,
    }


def add_contact(body: dict, m: MemberRow) -> None:
    body["home_address"] = m.home_address
    body["phone"] = m.phone
