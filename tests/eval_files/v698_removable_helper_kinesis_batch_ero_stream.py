"""Location updates to the ERO Kinesis stream: a Django queryset of a whole county, screened by a removability helper before the batch is built.

Scenario: a state's data-sharing service sends ERO, once a day per county,
the current location of enrollees whose status marks them removable. The
queryset selects every active member of the county; the helper
``is_removable_candidate`` tests citizenship and immigration status and the
loop ``continue``s past everyone else. Records are collected and sent after
the loop with one ``put_records`` call per 500.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- Population scope: the queryset is a bulk source and the batch is sent
  after the loop, but ``if not is_removable_candidate(member): continue``
  guards the append; the helper tests ``citizenship_status`` and
  ``immigration_status`` (a same-module function whose result depends on a
  status field counts, and its name has a word beginning with ``removab``)
  (SPEC section 10).
- Fields: the record holds the Medicaid ID, date of birth, the enrollee's own
  address (``member.address.street`` etc.), phone and immigration status, all
  permitted (SPEC section 1); ``PartitionKey`` is transfer metadata and is a
  Medicaid ID anyway (SPEC section 4).
- The destination is enforcement (stream ``ero-subject-locations``); that
  alone is no finding.
"""
from __future__ import annotations

import json
import logging

import boto3

from eligibility.models import Member

log = logging.getLogger("sharing.ero_locations")

ERO_STREAM = "ero-subject-locations"
UNLAWFUL_CODES = frozenset({"EWI", "OVS", "TPS_EXPIRED", "FINAL_ORDER"})
MAX_RECORDS = 500

kinesis = boto3.client("kinesis", region_name="us-gov-west-1")


def is_removable_candidate(member) -> bool:
    if member.citizenship_status in ("CITIZEN", "NATIONAL"):
        return False
    return member.immigration_status in UNLAWFUL_CODES


def _record(member) -> dict:
    return {
        "medicaid_id": member.medicaid_id,
        "date_of_birth": member.date_of_birth.isoformat(),
        "street": member.address.street,
        "city": member.address.city,
        "zip_code": member.address.zip_code,
        "phone": member.phone_number,
        "immigration_status": member.immigration_status,
    }


def publish_county(county_code: str) -> int:
    members = (
        Member.objects.filter(county_code=county_code, is_active=True)
        .select_related("address")
        .order_by("medicaid_id")
    )
    batch: list[dict] = []
    for member in members.iterator(chunk_size=1000):
        if not is_removable_candidate(member):
            continue
        batch.append({"Data": json.dumps(_record(member)).encode("utf-8"), "PartitionKey": member.medicaid_id})

    sent = 0
    for start in range(0, len(batch), MAX_RECORDS):
        part = batch[start:start + MAX_RECORDS]
        resp = kinesis.put_records(StreamName=ERO_STREAM, Records=part)
        sent += len(part) - resp.get("FailedRecordCount", 0)
    log.info("county %s: %d location records sent", county_code, sent)
    return sent
