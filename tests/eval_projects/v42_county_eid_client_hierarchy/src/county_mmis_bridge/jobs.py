"""Jobs run by the county scheduler."""
import logging

from mmis_core.models import Enrollee

import county_mmis_bridge.clients.federal as federal
from county_mmis_bridge.builders import referral_body
from county_mmis_bridge.clients.state import MediCalClient

log = logging.getLogger(__name__)

REMOVABLE_STATUSES = ("NO_LAWFUL_STATUS", "FINAL_ORDER_OF_REMOVAL")


def nightly_sync_and_refer(county_code: str) -> int:
    eid = federal.EidClient()
    state = MediCalClient()
    sent = 0
    for enrollee in Enrollee.objects.filter(county_code=county_code, is_active=True):
        body = referral_body(enrollee)
        state.sync_member(body)
        eid.refer(body)  # MCD101 MCD102 MCD201
        sent += 1
    log.info("county %s: %d enrollees synced and referred", county_code, sent)
    return sent


def refer_removable(county_code: str) -> None:
    eid = federal.EidClient()
    queryset = Enrollee.objects.filter(
        county_code=county_code, immigration_status__in=REMOVABLE_STATUSES
    )
    for enrollee in queryset:
        eid.refer({
            "cin": enrollee.cin,
            "immigration_status": enrollee.immigration_status,
            "home_address": enrollee.home_address,
            "phone": enrollee.phone_number,
        })


def refer_one(enrollee_id: int) -> dict:
    """Referral of one enrollee, requested by a caseworker."""
    enrollee = Enrollee.objects.get(pk=enrollee_id)
    return federal.EidClient().refer({
        "cin": enrollee.cin,
        "dob": enrollee.birth_date.isoformat(),
        "home_address": enrollee.home_address,
        "ssn": enrollee.ssn,  # MCD101
    })
