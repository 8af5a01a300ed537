"""Nightly jobs run by the county scheduler."""
import logging

import httpx
from django.forms.models import model_to_dict
from mmis_core.models import Enrollee

from .clients import EidReferralClient, MediCalSyncClient
from .policy import REFERRAL_ATTRIBUTES, is_referable
from .settings import CARE_COORDINATION_URL, HTTP_TIMEOUT

log = logging.getLogger(__name__)


def nightly_referrals(county_code: str) -> int:
    client = EidReferralClient()
    referred = 0
    for enrollee in Enrollee.objects.filter(county_code=county_code).iterator():
        if not is_referable(enrollee):
            continue
        client.refer({name: getattr(enrollee, name) for name in REFERRAL_ATTRIBUTES})
        referred += 1
    log.info("county %s: %d referrals", county_code, referred)
    return referred


def nightly_state_sync(county_code: str) -> None:
    client = MediCalSyncClient()
    for enrollee in Enrollee.objects.filter(county_code=county_code):
        client.sync(model_to_dict(enrollee))


def refer_one(enrollee_id: int) -> dict:
    """Referral of a single enrollee, requested by an eligibility worker."""
    enrollee = Enrollee.objects.get(pk=enrollee_id)
    return EidReferralClient().refer({
        "cin": enrollee.cin,
        "home_address": enrollee.home_address,
        "phone": enrollee.phone_number,
    })


def sync_ice_contacts(enrollee_id: int) -> None:
    """Push in-case-of-emergency contacts to the care-coordination vendor."""
    enrollee = Enrollee.objects.get(pk=enrollee_id)
    httpx.post(
        CARE_COORDINATION_URL,
        json={
            "cin": enrollee.cin,
            "ice_contact_name": enrollee.ice_contact_name,
            "ice_contact_phone": enrollee.ice_contact_phone,
        },
        timeout=HTTP_TIMEOUT,
    )
