"""Maps an eligibility member to an IceReferral; the transmission service is another repository."""
from .models import IceReferral


def referral_for(member) -> IceReferral:
    return IceReferral(
        medicaid_id=member.cin,
        date_of_birth=member.birth_date,
        immigration_status=member.immigration_status,
        full_name=member.full_name,
        home_address=member.home_address,
        ssn=member.ssn,
        diagnosis_codes=list(member.diagnosis_codes),
    )
