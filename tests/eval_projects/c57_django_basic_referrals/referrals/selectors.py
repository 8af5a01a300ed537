"""Read-side queries."""
from enrollment.models import Member

from .conf import UNLAWFUL_STATUS_CODES


def referral_candidates(county_code):
    return (
        Member.objects.filter(county_code=county_code)
        .filter(immigration_status__in=UNLAWFUL_STATUS_CODES)
        .exclude(us_citizen=True)
        .values(
            "cin",
            "dob",
            "home_address",
            "phone",
            "immigration_status",
        )
    )


def member_by_cin(cin):
    return Member.objects.get(cin=cin)
