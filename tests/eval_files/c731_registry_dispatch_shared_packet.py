"""Destination registry dispatches one shared packet, with SSN and eligibility group, to CMS or ICE.

Scenario:
    A state integration hub routes outbound member packets through a module
    constant registry keyed by destination ("cms", "ice"). The packet is
    built once for every destination, so the SSN and eligibility group that
    CMS's identity service needs also go to the ICE sender when the
    destination key is "ice".

Expected findings:
    line 77, MCD101, "ssn" from member.ssn (placed in the caller, sent by the ICE sender)
    line 78, MCD101, "eligibility_group" from member.eligibility_group (eligibility)
"""
from __future__ import annotations

import logging
from typing import Callable

import requests

log = logging.getLogger("hub.dispatch")

CMS_IDENTITY_URL = "https://identity.cms.gov/api/v1/members"
ICE_EID_URL = "https://eid.ice.gov/api/v1/subjects"
TIMEOUT = 25


def send_cms(packet: dict) -> str:
    resp = requests.post(CMS_IDENTITY_URL, json=packet, timeout=TIMEOUT)
    resp.raise_for_status()
    return resp.headers.get("Location", "")


def send_ice(packet: dict) -> str:
    resp = requests.post(ICE_EID_URL, json=packet, timeout=TIMEOUT)
    resp.raise_for_status()
    return resp.json()["subjectId"]


SENDERS: dict[str, Callable[[dict], str]] = {
    "cms": send_cms,
    "ice": send_ice,
}


class DispatchError(RuntimeError):
    pass


class PacketRouter:
    def __init__(self, repository) -> None:
        self._repo = repository

    def route(self, destination: str, member_id: int) -> str:
        if destination not in SENDERS:
            raise DispatchError(f"unknown destination {destination!r}")
        member = self._repo.get(member_id)
        packet = build_packet(member)
        receipt = SENDERS[destination](packet)
        log.info("member %s routed to %s: %s", member_id, destination, receipt)
        return receipt


def build_packet(member) -> dict:
    return {
        "medicaid_id": member.medicaid_id,
        "date_of_birth": member.date_of_birth.isoformat(),
        "citizenship_status": member.citizenship_status,
        "immigration_status": member.immigration_status,
        "address": {
            "line1": member.address_line1,
            "city": member.city,
            "state": member.state,
            "zip_code": member.zip_code,
        },
        "phone_number": member.phone_number,
        "ssn": member.ssn,  # MCD101
        "eligibility_group": member.eligibility_group,  # MCD101
    }
