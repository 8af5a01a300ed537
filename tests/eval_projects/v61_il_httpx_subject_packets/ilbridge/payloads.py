"""Builders for the two outbound wire models."""
from .models import RenewalRequest, SubjectPacket


def build_subject_packet(case) -> SubjectPacket:
    return SubjectPacket(
        recipient_id=case.recipient_id,
        date_of_birth=case.birth_date,
        immigration_status=case.imgrtn_stus_cd,
        mailing_address=case.mailing_address,
        phone_number=case.phone,
        preferred_language=case.prmry_lang_cd,
        disability_type=case.dsblty_type_cd,
    )


def build_renewal(case) -> RenewalRequest:
    return RenewalRequest(
        recipient_id=case.recipient_id,
        ssn=case.ssn,
        household_size=case.household_size,
        monthly_income=case.monthly_income,
        aid_code=case.aid_code,
    )
