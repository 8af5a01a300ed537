"""Sync members' ICE ("in case of emergency") contacts to a care-coordination vendor. Clean:
``sync_ice_contacts``, ``IceContactRecord`` and ``ice_contact_*`` pair ``ice``
with ``contact``, i.e. "in case of emergency" for function/class/field names
(SPEC §4). URL constants carry no token and the vendor host is on neither
list, so names decide: not enforcement. ``device_id``, ``notice_date`` and
``price`` do not match ``ice`` (§4).
"""
from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from datetime import date
from typing import Iterable, Iterator

import httpx

log = logging.getLogger(__name__)

CARE_COORD_CONTACTS_URL = "https://api.carecoordpartners.com/v2/member-contacts"
CARE_COORD_NOTICES_URL = "https://api.carecoordpartners.com/v2/notices"
CHUNK = 100


@dataclass
class IceContactRecord:
    member_id: str
    ice_contact_name: str
    ice_contact_phone: str
    ice_contact_relationship: str
    device_id: str | None = None


@dataclass
class NoticeOfAction:
    member_id: str
    notice_date: date
    notice_type: str
    copay: float
    price: float


def chunked(items: Iterable[IceContactRecord], size: int = CHUNK) -> Iterator[list[IceContactRecord]]:
    batch: list[IceContactRecord] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class CareCoordClient:
    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    def push_contacts(self, records: list[IceContactRecord]) -> None:
        resp = self._http.put(
            CARE_COORD_CONTACTS_URL,
            json={"contacts": [asdict(r) for r in records]},
        )
        resp.raise_for_status()

    def push_notice(self, notice: NoticeOfAction, member_name: str) -> None:
        self._http.post(
            CARE_COORD_NOTICES_URL,
            json={
                "member_id": notice.member_id,
                "member_name": member_name,
                "notice_date": notice.notice_date.isoformat(),
                "notice_type": notice.notice_type,
                "copay": notice.copay,
                "price": notice.price,
            },
        ).raise_for_status()


def sync_ice_contacts(client: CareCoordClient, members: Iterable[dict]) -> int:
    contacts = (
        IceContactRecord(
            member_id=m["member_id"],
            ice_contact_name=m["emergency_contact_name"],
            ice_contact_phone=m["emergency_contact_phone"],
            ice_contact_relationship=m["emergency_contact_rel"],
            device_id=m.get("device_id"),
        )
        for m in members
        if m.get("emergency_contact_phone")
    )
    sent = 0
    for batch in chunked(contacts):
        client.push_contacts(batch)
        sent += len(batch)
    log.info("synced %d ICE contacts", sent)
    return sent
