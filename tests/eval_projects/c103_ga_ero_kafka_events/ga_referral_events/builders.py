"""Event builders.

Expected findings in this module:
- build_ero_envelope is named for enforcement (token ``ero``): its returned
  dict is an enforcement payload even though no sink is visible here
  (SPEC section 4), so its case_number entry (household, SPEC section 5)
  is MCD101 at that entry (SPEC section 3, "the dict entry").  batch_id is
  a harmless name, schema_version and agency_code are constants, the
  Medicaid ID is permitted.
Not findings: referral_from_member passes fields to the constructor of
EroReferral, a model named for enforcement, whose constructor keywords
are not reported again (SPEC section 3); change_record and
member_snapshot are not named for enforcement and nothing here sends
their output.
"""
from .models import EroReferral, MemberChangeRecord


def referral_from_member(member) -> EroReferral:
    return EroReferral(
        medicaid_id=member.medicaid_id,
        date_of_birth=member.date_of_birth,
        immigration_status=member.immigration_status,
        mailing_address=member.mailing_address,
        phone_number=member.phone_number,
        preferred_language=member.preferred_language,
        primary_diagnosis=member.primary_diagnosis,
    )


def change_record(member) -> MemberChangeRecord:
    return MemberChangeRecord(
        medicaid_id=member.medicaid_id,
        ssn=member.ssn,
        last_name=member.last_name,
        mailing_address=member.mailing_address,
    )


def member_snapshot(member) -> dict:
    """Point-in-time copy of the member object, for replays."""
    return dict(vars(member))


def build_ero_envelope(member, batch_id: str) -> dict:
    """Envelope ERO's connector expects ahead of each referral body."""
    return {
        "batch_id": batch_id,
        "schema_version": "3.0",
        "agency_code": "GA-DCH",
        "medicaid_id": member.medicaid_id,
        "case_number": member.case_number,  # MCD101
    }
