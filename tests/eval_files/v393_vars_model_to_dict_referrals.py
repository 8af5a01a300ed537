"""County-triggered referral job (management command helpers)."""
import logging

import requests
from django.forms.models import model_to_dict

from members.models import Member

log = logging.getLogger(__name__)

ICE_BASE = "https://eid.ice.gov/api/v1"
TIMEOUT = 20


class ReferralError(Exception):
    pass


def refer(member):
    resp = requests.post(f"{ICE_BASE}/persons", json=vars(member), timeout=TIMEOUT)  # MCD103
    if resp.status_code >= 400:
        raise ReferralError(f"{member.pk}: HTTP {resp.status_code}")
    return resp.json().get("subject_id")


def send_snapshot(member):
    snapshot = model_to_dict(member)  # MCD103
    snapshot.pop("id", None)
    for attempt in range(3):
        try:
            resp = requests.put(f"{ICE_BASE}/persons/{member.cin}", json=snapshot, timeout=TIMEOUT)
            resp.raise_for_status()
            return True
        except requests.RequestException:
            log.warning("snapshot attempt %d failed for %s", attempt + 1, member.cin)
    return False


def refer_county(county_code):
    referred, failed = 0, 0
    for m in Member.objects.filter(county_code=county_code, active=True):
        try:
            refer(m)  # MCD201
            referred += 1
        except ReferralError as exc:
            failed += 1
            log.error("referral failed: %s", exc)
    log.info("county %s: %d referred, %d failed", county_code, referred, failed)
    return referred


def refresh_one(member_id):
    member = Member.objects.get(pk=member_id)
    if not send_snapshot(member):
        raise ReferralError(f"snapshot failed for {member_id}")
    return member.cin
