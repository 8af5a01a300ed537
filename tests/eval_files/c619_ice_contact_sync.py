"""Emergency-contact ("ICE") sync and notice printing for a managed-care vendor.

Scenario: a Medicaid managed-care organization keeps each enrollee's
"in case of emergency" contacts in sync with its CareLink
care-management platform and submits notice-of-action print jobs to its
print vendor.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- ``sync_ice_contacts``, ``sync_all_ice_contacts``,
  ``build_ice_contact_payload``, the ``IceContactRecord`` class and the
  ``ice_contact_*`` fields / ``ice_contacts`` variables: SPEC section 4
  says ``ice`` next to ``contact``/``contacts``/``emergency`` in the name
  of a field, variable, function or class means "in case of emergency",
  not enforcement.
- The URL, settings key, environment variable and client names
  (``CARELINK_API_URL``, ``carelink``) carry no enforcement token and
  the host ``api.carelink-care.com`` is on neither host list, so the
  destination is decided by name signals, and there are none.
- ``NOTICE_PRINT_URL``, ``notice_client``, ``device_id``: ``notice`` and
  ``device`` do not match the token ``ice`` (SPEC section 4).
- Names, emergency-contact phones, language, case number and aid code go
  only to these non-enforcement destinations (SPEC section 8).
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Iterable

import httpx

logger = logging.getLogger("carecoord.contacts")

CARELINK_API_URL = os.getenv("CARELINK_API_URL", "https://api.carelink-care.com/v3")
NOTICE_PRINT_URL = os.getenv(
    "NOTICE_PRINT_URL", "https://print.noticeworks-vendor.com/api/jobs"
)
HTTP_TIMEOUT = httpx.Timeout(20.0, connect=5.0)
MAX_ICE_CONTACTS = 3


@dataclass
class IceContactRecord:
    ice_contact_name: str
    ice_contact_phone: str
    ice_contact_relationship: str
    priority: int = 1


@dataclass
class NoticeJob:
    template: str
    device_id: str | None = None
    copies: int = 1
    inserts: list[str] = field(default_factory=list)


def build_ice_contact_payload(member, ice_contacts: Iterable[IceContactRecord]) -> dict:
    ranked = sorted(ice_contacts, key=lambda c: c.priority)[:MAX_ICE_CONTACTS]
    return {
        "memberId": member.member_id,
        "memberName": f"{member.first_name} {member.last_name}",
        "primaryLanguage": member.primary_language,
        "emergencyContacts": [
            {
                "name": c.ice_contact_name,
                "phone": c.ice_contact_phone,
                "relationship": c.ice_contact_relationship,
            }
            for c in ranked
        ],
    }


def sync_ice_contacts(carelink: httpx.Client, member, ice_contacts) -> bool:
    payload = build_ice_contact_payload(member, ice_contacts)
    try:
        resp = carelink.put(
            f"/members/{member.member_id}/emergency-contacts", json=payload
        )
        resp.raise_for_status()
    except httpx.HTTPStatusError as exc:
        logger.warning("CareLink refused contacts for %s: %s",
                       member.member_id, exc.response.status_code)
        return False
    except httpx.TransportError:
        logger.exception("CareLink unreachable")
        raise
    return True


def sync_all_ice_contacts(members, contacts_by_member: dict) -> int:
    synced = 0
    with httpx.Client(base_url=CARELINK_API_URL, timeout=HTTP_TIMEOUT) as carelink:
        for member in members:
            ice_contacts = contacts_by_member.get(member.member_id, [])
            if not ice_contacts:
                continue
            if sync_ice_contacts(carelink, member, ice_contacts):
                synced += 1
    logger.info("synced emergency contacts for %d members", synced)
    return synced


def submit_notice_of_action(member, notice_code: str, device_id: str | None = None) -> str:
    job = NoticeJob(template=f"NOA-{notice_code}", device_id=device_id)
    if member.preferred_language and member.preferred_language != "en":
        job.inserts.append(f"TAGLINE-{member.preferred_language.upper()}")
    body = {
        "template": job.template,
        "copies": job.copies,
        "printerDeviceId": job.device_id,
        "inserts": job.inserts,
        "recipient": {
            "fullName": member.full_name,
            "mailingAddress": member.mailing_address,
            "language": member.preferred_language,
        },
        "fields": {"caseNumber": member.case_number, "aidCode": member.aid_code},
    }
    with httpx.Client(timeout=HTTP_TIMEOUT) as notice_client:
        resp = notice_client.post(NOTICE_PRINT_URL, json=body)
    resp.raise_for_status()
    return resp.json()["jobId"]
