"""Maps an enrollee ORM row onto the wire model."""

from .models import EroReferralEvent


def to_event(member, correlation_id):
    return EroReferralEvent(
        correlation_id=correlation_id,
        msis_ident_num=member.msis_ident_num,
        birth_dt=member.birth_dt,
        imgrtn_stus_cd=member.imgrtn_stus_cd,
        ctznshp_ind=member.ctznshp_ind,
        last_name=member.last_name,
        prmry_lang_grp_cd=member.prmry_lang_grp_cd,
        dx_code=member.dx_code,
        priority_tier=member.priority_tier,
    )
