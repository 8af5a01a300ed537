"""Roster batches to ICE EID from a Django values_list: permitted columns only, filtered on status, zipped back into dicts.

Scenario: a state agency's Celery task sends ICE, county by county, the
six-category roster of enrollees whose immigration status marks unlawful
presence. The queryset reads only the roster columns with ``values_list``,
and each tuple is turned back into a dict with ``dict(zip(ROSTER_FIELDS,
row))``. The ``Member`` model also holds SSN, names, race and the aid code.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- Destination is enforcement (``eid.ice.gov``, the ``ice_client`` name), but
  the column list given to ``values_list`` is the constant ``ROSTER_FIELDS``,
  every name of which is permitted (SPEC section 3, ORM column lists;
  section 1 categories); the zipped dict keys are the same constants.
- Population scope: ``.filter(immigration_status__in=UNLAWFUL)`` and
  ``.exclude(us_citizen=True)`` condition the bulk source before the send
  (SPEC section 10); ``_chunks`` uses ``islice``, which passes names on
  (SPEC section 6).
- ``batch_id``, ``page`` and ``record_count`` are harmless (SPEC section 5);
  ``len(chunk)`` carries no field names (SPEC section 6).
"""
from __future__ import annotations

import logging
import uuid
from itertools import islice
from typing import Iterable, Iterator

import httpx
from celery import shared_task

from eligibility.models import Member

log = logging.getLogger("sharing.ice_roster")

ICE_ROSTER_URL = "https://eid.ice.gov/api/v1/roster/batches"
ROSTER_FIELDS = (
    "medicaid_id",
    "date_of_birth",
    "home_address",
    "city",
    "zip_code",
    "phone_number",
    "immigration_status",
)
UNLAWFUL = ("EWI", "OVS", "PAROLE_EXPIRED", "FINAL_ORDER")
PAGE_SIZE = 200


def _chunks(rows: Iterable[tuple], size: int) -> Iterator[list[tuple]]:
    it = iter(rows)
    while True:
        chunk = list(islice(it, size))
        if not chunk:
            return
        yield chunk


@shared_task(autoretry_for=(httpx.TransportError,), retry_backoff=True, max_retries=5)
def send_roster(county_code: str) -> int:
    qs = (
        Member.objects.filter(county_code=county_code, immigration_status__in=UNLAWFUL)
        .exclude(us_citizen=True)
        .order_by("medicaid_id")
        .values_list(*ROSTER_FIELDS)
    )
    batch_id = str(uuid.uuid4())
    total = 0
    with httpx.Client(timeout=30.0, http2=True) as ice_client:
        for page, chunk in enumerate(_chunks(qs.iterator(chunk_size=1000), PAGE_SIZE)):
            body = {
                "batch_id": batch_id,
                "page": page,
                "record_count": len(chunk),
                "records": [dict(zip(ROSTER_FIELDS, row)) for row in chunk],
            }
            resp = ice_client.post(ICE_ROSTER_URL, json=body)
            resp.raise_for_status()
            total += len(chunk)
    log.info("county %s: %d roster records in batch %s", county_code, total, batch_id)
    return total
