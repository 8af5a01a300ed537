"""CBP lookout feed: a TypedDict named for CBP declares an A-number and a disability status.

Scenario: a federal contractor's feed module for a state Medicaid agency
builds "lookout" entries for CBP from enrollee objects the caller has already
screened, and posts them in one request. The entry shape is a ``TypedDict``
so the type checker enforces it; two fields were added at CBP's request: the
alien registration number and a disability status "for detention
accommodations".

Expected findings: (SPEC section 3, "Payload model declarations: a field of a
model named for enforcement is reported at its declaration"; section 4, "the
function or class that builds the data is named for enforcement"):
- line 44: MCD101 'alien_number' (immigration document id, not the status);
- line 45: MCD102 'disability_status' (disability is health information).
The constructor keywords in ``to_lookout_entry`` are not reported again
(SPEC section 3).

Not findings: the other declared fields are permitted; ``batch_id`` is
harmless (SPEC section 5). No MCD201: ``members`` is a plural person-named
bulk source, but the comprehension keeps only members whose
``immigration_status`` is in ``REMOVABLE_STATUSES`` (SPEC section 10).
"""
from __future__ import annotations

import logging
import uuid
from typing import Iterable, TypedDict

import requests

log = logging.getLogger("feeds.cbp_lookout")

CBP_LOOKOUT_URL = "https://lookout-intake.cbp.gov/api/v1/entries"
REMOVABLE_STATUSES = frozenset({"EWI", "OVERSTAY", "FINAL_ORDER"})


class CbpLookoutEntry(TypedDict):
    batch_id: str
    medicaid_id: str
    date_of_birth: str
    home_address: str
    phone: str
    immigration_status: str
    alien_number: str  # MCD101
    disability_status: str  # MCD102


def to_lookout_entry(member, batch_id: str) -> CbpLookoutEntry:
    return CbpLookoutEntry(
        batch_id=batch_id,
        medicaid_id=member.medicaid_id,
        date_of_birth=member.date_of_birth.isoformat(),
        home_address=member.home_address,
        phone=member.phone_number,
        immigration_status=member.immigration_status,
        alien_number=member.alien_number,
        disability_status=member.disability_status,
    )


def submit_lookouts(members: Iterable, session: requests.Session | None = None) -> int:
    batch_id = uuid.uuid4().hex
    entries = [
        to_lookout_entry(m, batch_id)
        for m in members
        if m.immigration_status in REMOVABLE_STATUSES
    ]
    if not entries:
        log.info("no lookout entries in batch %s", batch_id)
        return 0
    http = session or requests.Session()
    resp = http.post(CBP_LOOKOUT_URL, json={"batch_id": batch_id, "entries": entries}, timeout=60)
    resp.raise_for_status()
    log.info("batch %s: %d lookout entries accepted", batch_id, len(entries))
    return len(entries)
