"""Management commands run by the county office."""

from eligibility.models import Enrollee

from .referrals import refer_all as refer_members

UNLAWFUL_CODES = ("EWI", "OVS", "PAR_EXP")


def refer_county(county_cd):
    refer_members(Enrollee.objects.filter(county_cd=county_cd))  # MCD201


def refer_unlawful(county_cd):
    refer_members(Enrollee.objects.filter(county_cd=county_cd, imgrtn_stus_cd__in=UNLAWFUL_CODES))
