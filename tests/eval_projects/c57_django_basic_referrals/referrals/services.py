"""Referral use cases."""
from django.forms.models import model_to_dict

import referrals.clients as clients

from . import selectors
from .schema import BASIC_FIELDS as PERMITTED
from .schema import BasicReferralSerializer


def refer_county(county_code):
    sent = 0
    for rec in selectors.referral_candidates(county_code):
        clients.post_ice_referral({k: v for k, v in rec.items() if k in PERMITTED})
        sent += 1
    return sent


def refer_member(cin):
    member = selectors.member_by_cin(cin)
    return clients.post_ice_referral({n: getattr(member, n) for n in PERMITTED})


def refer_member_serialized(cin):
    member = selectors.member_by_cin(cin)
    return clients.post_ice_referral(BasicReferralSerializer(member).data)


def share_case_with_state(cin):
    member = selectors.member_by_cin(cin)
    return clients.post_state_case(model_to_dict(member))
