"""Nightly sync of case members to the state agency and its partners."""
import logging

from .builders import build_illinois_dhs_case_update as case_update
from .builders import build_save_request
from .clients import (
    ChildSupportEnforcementClient,
    DhsEligibilityClient,
    SaveClient,
    send_renewal_notice,
    sync_ice_contacts,
)
from .models import CaseMember

log = logging.getLogger(__name__)


def sync_member(member: CaseMember, dhs_client: DhsEligibilityClient) -> None:
    dhs_client.push_case(case_update(member))
    if member.alien_number:
        save_case = SaveClient().verify(build_save_request(member))
        log.info("SAVE case %s opened", save_case)
    ChildSupportEnforcementClient().refer(member)
    sync_ice_contacts(member)
    send_renewal_notice(member)


def sync_all(members: list[CaseMember]) -> int:
    dhs_client = DhsEligibilityClient()
    try:
        for member in members:
            sync_member(member, dhs_client)
    finally:
        dhs_client.close()
    return len(members)
