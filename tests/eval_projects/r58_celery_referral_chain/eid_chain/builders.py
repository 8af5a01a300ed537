"""Packets built from a member's record."""
from .models import Member


def full_packet(member_id):
    m = Member.objects.get(pk=member_id)
    return {
        "medicaid_id": m.medicaid_id,
        "ssn": m.ssn,
        "diagnosis_code": m.primary_dx,
    }


def basic_packet(member_id):
    m = Member.objects.get(pk=member_id)
    return {"medicaid_id": m.medicaid_id, "dob": m.date_of_birth, "immigration_status": m.immigration_status}
