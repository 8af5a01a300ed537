"""Care-coordination sync of ICE (in-case-of-emergency) contacts, notices and devices (expected clean).

Scenario: a managed-care vendor syncs members' "ICE" (in case of
emergency) contacts to its care-coordination platform, queues renewal
notices with the print vendor, registers remote-monitoring devices and
looks up drug prices.  The code is full of ``ice``, ``notice``,
``device``, ``price`` and ``slice`` names and sends names, diagnoses and
third-party phone numbers.

Why no finding is expected:
- ``ice`` next to ``contact``/``contacts``/``emergency`` in the name of a
  field, variable, function or class means "in case of emergency"
  (SPEC §4): ``IceContact``, ``build_ice_contact_payload``,
  ``sync_ice_contacts``, ``ice_contacts``, ``emergency_ice_phone``.
  None of the URLs, hosts, settings keys or clients has such a name.
- ``notice``, ``device``, ``price`` and ``slice`` do not match the ``ice``
  token (SPEC §4): ``NOTICE_JOBS_URL``, ``DEVICE_REGISTRY_URL``,
  ``PRICE_LOOKUP_URL``, ``slice_members``.
- Every host (``carelink-coordination.com``, ``printvendor.com``,
  ``rpm-devices.io``, ``rxpricing.net``) is on neither host list, and no
  name that supplies a destination carries an enforcement token, so no
  destination is enforcement and nothing here is a finding (SPEC §8 "No
  false alarms").
"""
import itertools
import logging
from typing import TypedDict

import requests

CARE_COORD_URL = "https://api.carelink-coordination.com/v2/members"
NOTICE_JOBS_URL = "https://api.printvendor.com/v1/notice-jobs"
DEVICE_REGISTRY_URL = "https://registry.rpm-devices.io/api/devices"
PRICE_LOOKUP_URL = "https://api.rxpricing.net/v3/price"

log = logging.getLogger("mco.carecoord")
carelink = requests.Session()


class IceContact(TypedDict):
    name: str
    relationship: str
    phone: str


def _ice_contact(person) -> IceContact:
    return IceContact(
        name=person.full_name,
        relationship=person.relationship_to_member,
        phone=person.phone_number,
    )


def build_ice_contact_payload(member) -> dict:
    ice_contacts = [_ice_contact(p) for p in member.emergency_contacts]
    payload = {"member_id": member.member_id, "ice_contacts": ice_contacts}
    if member.emergency_ice_phone:
        payload["emergency_ice_phone"] = member.emergency_ice_phone
    return payload


def slice_members(members, size: int):
    it = iter(members)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def sync_ice_contacts(members, chunk_size: int = 100) -> int:
    synced = 0
    for chunk in slice_members(members, chunk_size):
        body = [build_ice_contact_payload(m) for m in chunk]
        carelink.put(CARE_COORD_URL + "/emergency-contacts", json=body, timeout=60).raise_for_status()
        synced += len(body)
    return synced


def queue_renewal_notice(member, due_date) -> str:
    job = {
        "template": "RENEWAL_60_DAY",
        "recipient": member.full_name,
        "mailing_address": member.mailing_address,
        "case_number": member.case_number,
        "language": member.preferred_language,
        "due_date": due_date.isoformat(),
    }
    resp = requests.post(NOTICE_JOBS_URL, json=job, timeout=30)
    resp.raise_for_status()
    return resp.json()["jobId"]


def register_device(member, device) -> None:
    requests.post(
        DEVICE_REGISTRY_URL,
        json={
            "serial": device.serial_number,
            "member_id": member.member_id,
            "diagnosis_code": member.primary_diagnosis_code,
            "prescriber_npi": device.prescriber_npi,
        },
        timeout=30,
    ).raise_for_status()


def lookup_price(ndc_code: str, days_supply: int) -> float:
    resp = requests.get(PRICE_LOOKUP_URL, params={"ndc": ndc_code, "days_supply": days_supply}, timeout=10)
    resp.raise_for_status()
    return float(resp.json()["unitPrice"])
