"""Read-side queries over the TIERS eligibility replica."""
from enrollment.models import Member


def active_enrollees(county_cd):
    """Every member of the county whose enrollment has not ended."""
    return (
        Member.objects.filter(county_cd=county_cd, enrlmt_end_dt__isnull=True)
        .select_related("case")
        .order_by("msis_ident_num")
    )


def member_by_cin(cin):
    """One member, looked up by client identification number."""
    return Member.objects.get(cin=cin)
