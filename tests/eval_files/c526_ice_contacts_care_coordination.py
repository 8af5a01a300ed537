"""Care-coordination vendor sync of members' ICE ("in case of emergency") contacts, device tokens for appointment reminders and notice preferences, together with the member's care-plan diagnoses, to the vendor's API.

Expected clean: every ``ice`` name sits next to ``contact``/``contacts``/``emergency`` in a field, variable, or function name (``ice_contact_phone``, ``build_ice_contacts_payload``, ``sync_ice_contacts``), which means "in case of emergency" (SPEC §4); ``device``/``notice``/``price`` do not match, and the vendor host ``api.carelink-partners.com`` is on neither host list with no name signal, so it is not an enforcement endpoint.
"""
import logging
import os
import time
from typing import Iterable, Optional

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("carecoord.sync")

CARE_COORD_BASE = os.environ.get("CARE_COORD_BASE_URL", "https://api.carelink-partners.com/v2")
CARE_COORD_TOKEN = os.environ.get("CARE_COORD_TOKEN", "")
PAGE_PAUSE_S = 0.2


def build_ice_contacts_payload(member) -> dict:
    return {
        "member_id": member.member_id,
        "ice_contact_name": member.ice_contact_name,
        "ice_contact_phone": member.ice_contact_phone,
        "ice_contact_relationship": member.ice_contact_relationship,
        "emergency_contact_email": member.emergency_contact_email,
        "device_token": member.device_token,
        "notice_language": member.preferred_language,
        "care_plan_diagnoses": list(member.care_plan_diagnoses or []),
        "price_tier": member.plan_price_tier,
    }


class CareCoordContactSync:
    def __init__(self, token: str = CARE_COORD_TOKEN):
        self.session = requests.Session()
        self.session.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))
        self.session.headers["Authorization"] = f"Bearer {token}"

    def sync_ice_contacts(self, member) -> bool:
        if not member.ice_contact_phone:
            log.debug("member %s has no emergency contact", member.member_id)
            return False
        payload = build_ice_contacts_payload(member)
        url = f"{CARE_COORD_BASE}/members/{member.member_id}/emergency-contacts"
        try:
            resp = self.session.put(url, json=payload, timeout=15)
        except requests.RequestException as exc:
            log.warning("ICE contact sync failed for %s: %s", member.member_id, exc)
            return False
        if resp.status_code == 422:
            log.warning("vendor rejected ICE contact for %s: %s", member.member_id, resp.text[:200])
            return False
        resp.raise_for_status()
        return True

    def register_device(self, member) -> Optional[str]:
        resp = self.session.post(
            f"{CARE_COORD_BASE}/devices",
            json={"member_id": member.member_id, "device_token": member.device_token},
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json().get("device_id")


def sync_all_ice_contacts(members: Iterable) -> dict:
    syncer = CareCoordContactSync()
    counts = {"synced": 0, "skipped": 0}
    for member in members:
        if syncer.sync_ice_contacts(member):
            counts["synced"] += 1
        else:
            counts["skipped"] += 1
        if member.device_token:
            syncer.register_device(member)
        time.sleep(PAGE_PAUSE_S)
    log.info("ICE contact sync: %s", counts)
    return counts
