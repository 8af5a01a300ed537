"""Scheduled jobs of the bridge."""
import logging

from mmis.models import Member

import hfs_bridge.policy as pol
from hfs_bridge import DhsEligibilityClient, EidReferralClient
from .builders import build_ice_referral as basic_referral
from .builders import eligibility_packet, support_case_packet
from .clients import ChildSupportEnforcementClient
from .queries import referable_members

log = logging.getLogger(__name__)


def nightly_redetermination(county_code: str) -> None:
    """Send every member due for redetermination to the IDHS eligibility API."""
    dhs = DhsEligibilityClient()
    for member in Member.objects.filter(county_code=county_code, redetermination_due=True):
        dhs.submit_redetermination(eligibility_packet(member))


def refer_removable(county_code: str) -> None:
    eid = EidReferralClient()
    for member in Member.objects.filter(county_code=county_code, is_active=True):
        if not pol.is_unlawfully_present(member):
            continue
        eid.refer(basic_referral(member))
    log.info("county %s referrals done", county_code)


def refer_county_referable(county_code: str) -> None:
    eid = EidReferralClient()
    for member in referable_members(county_code):
        eid.refer(basic_referral(member))


def refer_one(member_id: int) -> None:
    """Referral of one member, requested by a caseworker."""
    member = Member.objects.get(pk=member_id)
    EidReferralClient().refer(basic_referral(member))


def open_support_case(member_id: int) -> None:
    member = Member.objects.get(pk=member_id)
    ChildSupportEnforcementClient().open_case(support_case_packet(member))
