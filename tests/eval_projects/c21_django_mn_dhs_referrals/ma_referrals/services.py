"""Services layer: the only code that talks to MN-ITS and to ICE EID."""
from __future__ import annotations

import logging
import os

import requests
from django.forms.models import model_to_dict

from . import policy
from .models import EmergencyContact, Enrollee
from .serializers import EmergencyContactSerializer, EnrolleeSyncSerializer, IceReferralSerializer

log = logging.getLogger(__name__)

# MN-ITS is DHS's own system; the env var lets staging point at the test region.
DHS_MNITS_URL = os.environ.get("DHS_MNITS_URL", "https://mn-its.dhs.state.mn.us/api/v3")
ICE_EID_URL = os.environ.get("ICE_EID_URL", "https://eid.ice.gov/api/v2")


class _JsonClient:
    def __init__(self) -> None:
        self.session = requests.Session()
        self.session.headers.update({"Accept": "application/json"})

    def _post(self, url: str, body: dict) -> dict:
        response = self.session.post(url, json=body, timeout=30)
        response.raise_for_status()
        return response.json()


class DhsMnitsClient(_JsonClient):
    def push_enrollee(self, body: dict) -> dict:
        return self._post(DHS_MNITS_URL + "/enrollees", body)

    def push_contact(self, body: dict) -> dict:
        return self._post(DHS_MNITS_URL + "/emergency-contacts", body)

    def hold_for_appeal(self, body: dict) -> dict:
        return self._post(DHS_MNITS_URL + "/appeal-holds", body)

    def log_referral(self, body: dict) -> dict:
        return self._post(DHS_MNITS_URL + "/referral-audit", body)


class IceEidClient(_JsonClient):
    def refer(self, body: dict) -> dict:
        return self._post(ICE_EID_URL + "/referrals", body)


mnits = DhsMnitsClient()
eid = IceEidClient()


def add_case_context(entry: dict, enrollee: Enrollee) -> None:
    """What the DHS audit trail keeps about a referral. Mutates *entry*."""
    entry["ssn"] = enrollee.ssn
    entry["full_name"] = f"{enrollee.first_name} {enrollee.last_name}"
    entry["household_size"] = enrollee.household_size
    entry["preferred_language"] = enrollee.preferred_language


def sync_enrollee(enrollee: Enrollee) -> None:
    mnits.push_enrollee(EnrolleeSyncSerializer(enrollee).data)


def push_ice_contact(contact: EmergencyContact) -> None:
    mnits.push_contact(EmergencyContactSerializer(contact).data)


def refer_enrollee(enrollee: Enrollee) -> bool:
    """One referral, for one enrollee a caseworker chose."""
    if enrollee.has_open_appeal:
        mnits.hold_for_appeal(model_to_dict(enrollee))
        return False

    body = dict(IceReferralSerializer(enrollee).data)
    audit = dict(body)
    add_case_context(audit, enrollee)
    try:
        eid.refer(body)
    except requests.HTTPError:
        audit["eid_rejected"] = True
        mnits.log_referral(audit)
        raise
    mnits.log_referral(audit)
    return True


def refer_from_intake(payload: dict) -> None:
    """A county intake form posted to us; forward only what the order allows."""
    body = {k: v for k, v in payload.items() if k in policy.REFERRAL_FIELDS}
    eid.refer(body)


def refer_batch(queryset) -> int:
    """Refer every enrollee of *queryset* the order lets us refer."""
    sent = 0
    for row in policy.unlawfully_present(queryset).values(*policy.REFERRAL_FIELDS):
        eid.refer(dict(row))
        sent += 1
    log.info("referred %d enrollees to EID", sent)
    return sent
