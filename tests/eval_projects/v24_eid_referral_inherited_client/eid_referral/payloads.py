"""Builds the EID referral packet from an MMIS member record."""
from .models import MemberRecord
from .settings import AGENCY_CODE


def _display_name(member: MemberRecord) -> str:
    return f"{member.last_name}, {member.first_name}"


def build_referral_packet(member: MemberRecord, request_id: str) -> dict:
    packet = {
        "request_id": request_id,
        "agency_code": AGENCY_CODE,
        "medicaid_id": member.cin,
        "date_of_birth": member.birth_date.isoformat(),
        "citizenship": member.citizenship_status,
        "immigration_status": member.immigration_status,
        # document ids are outside the order; EID schema v2 still wants the key
        "a_number": None,
        "full_name": _display_name(member),
        "ssn_last4": member.ssn[-4:],
        "reason_code": member.primary_dx_cd,
    }
    return packet


def add_contact(body: dict, member: MemberRecord) -> None:
    """EID wants the current contact block on every referral."""
    body["home_address"] = member.home_address
    body["phone"] = member.phone_number
    body["email"] = member.email
