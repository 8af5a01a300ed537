"""Sync "ICE" (in case of emergency) contacts of care-managed members to the
managed care organization's care-coordination API (urllib3).

Scenario: the state's care-management module sends, for every member in a
care-management program, the member's name and care-gap list together with
the emergency contact's name, phone and relationship to the MCO's vendor
platform.  Function, variable and field names use the common "ICE contact"
wording; the URL constant and the HTTP pool do not.

Expected findings: none.
- SPEC section 4: ``ice`` next to ``contact``/``contacts`` in the name of a
  field, variable, function or class (``sync_ice_contacts``,
  ``_build_ice_contact_payload``, ``ice_contact_phone``) means "in case of
  emergency", not enforcement.  The URL constant (CARE_COORDINATION_URL),
  the client class and the pool object carry no enforcement token, and the
  host api.carelinkhealthplan.com is on neither host list, so the
  destination is not enforcement.
- Since the destination is not enforcement, names, care gaps (MCD101/102)
  and the bulk loop over members (MCD201) are not findings (SPEC section 8).
"""
from __future__ import annotations

import json
import logging
import os
import time
from typing import Any, Iterable

import urllib3
from urllib3.util import Retry, Timeout

log = logging.getLogger("care_mgmt.ice_contacts")

CARE_COORDINATION_URL = os.environ.get(
    "CARE_COORDINATION_URL", "https://api.carelinkhealthplan.com/v2/care-coordination"
)
PLAN_CODE = "MCO-0417"
PAGE_SIZE = 100


class CareCoordinationClient:
    def __init__(self, base_url: str = CARE_COORDINATION_URL, api_key: str | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key or os.environ.get("CARELINK_API_KEY", "")
        self.http = urllib3.PoolManager(
            retries=Retry(total=5, backoff_factor=0.5, status_forcelist=(429, 502, 503)),
            timeout=Timeout(connect=5.0, read=30.0),
        )

    def put_contacts(self, medicaid_id: str, payload: dict[str, Any]) -> int:
        resp = self.http.request(
            "PUT",
            f"{self.base_url}/members/{medicaid_id}/emergency-contacts",
            body=json.dumps(payload).encode("utf-8"),
            headers={
                "Content-Type": "application/json",
                "Authorization": f"ApiKey {self.api_key}",
                "X-Plan-Code": PLAN_CODE,
            },
        )
        if resp.status >= 400:
            log.error("MCO rejected contacts for %s: %s %s", medicaid_id, resp.status,
                      resp.data[:200])
        return resp.status


def _build_ice_contact_payload(member: dict[str, Any]) -> dict[str, Any]:
    ice_contacts = []
    for contact in member.get("ice_contacts", []):
        ice_contacts.append(
            {
                "ice_contact_name": contact.get("name"),
                "ice_contact_phone": contact.get("phone"),
                "ice_contact_relationship": contact.get("relationship"),
                "is_authorized_representative": bool(contact.get("auth_rep")),
            }
        )
    return {
        "member_name": f"{member['first_name']} {member['last_name']}",
        "date_of_birth": member["dob"],
        "care_program": member.get("care_program"),
        "open_care_gaps": member.get("care_gaps", []),
        "ice_contacts": ice_contacts,
    }


def sync_ice_contacts(members: Iterable[dict[str, Any]], client: CareCoordinationClient) -> dict[str, int]:
    stats = {"sent": 0, "failed": 0, "no_contacts": 0}
    for member in members:
        if not member.get("ice_contacts"):
            stats["no_contacts"] += 1
            continue
        status = client.put_contacts(member["medicaid_id"], _build_ice_contact_payload(member))
        if status < 400:
            stats["sent"] += 1
        else:
            stats["failed"] += 1
    return stats


def load_members(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    started = time.monotonic()
    result = sync_ice_contacts(
        load_members(os.environ.get("CARE_MGMT_EXPORT", "/data/care_mgmt/emergency_contacts.ndjson")),
        CareCoordinationClient(),
    )
    log.info("ICE contact sync done in %.1fs: %s", time.monotonic() - started, result)
