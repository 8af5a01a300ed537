"""ERO lead record (attrs) for one case, put on the ERO Kinesis intake stream.

Scenario: a state vendor's case-management back end turns one flagged
case into an ``EroLeadRecord`` and puts it on the ``ero-lead-intake``
Kinesis stream. The model was copied from an older "full lead" layout and
still declares language, eligibility group and a behavioral-health flag.

Expected findings (SPEC section 3, "Payload model declarations: a field
of a model named for enforcement is reported at its declaration, whatever
its default"; ``EroLeadRecord`` is named for enforcement by the token
``ero``, SPEC section 4):
- line 60: MCD101 'preferred_language' (language), default ``None``;
- line 61: MCD101 'eligibility_group' (eligibility), default ``None``;
- line 62: MCD102 'behavioral_health_flag' (behavioral health), default
  ``False``.
The keyword arguments of ``EroLeadRecord(...)`` in ``lead_from_case`` are
not reported again (SPEC section 3), and ``attrs.asdict`` of the model
carries its declared fields to the sink, which adds no finding.

Not findings: the other declared fields are permitted (Medicaid ID, date
of birth, mailing address, phone, immigration status, qualified
non-citizen status); ``schema_version`` is on the harmless list (SPEC
section 5); ``PartitionKey`` is the Medicaid ID. One case looked up by its
id (SPEC section 10, "Not bulk").
"""
from __future__ import annotations

import json
import logging
from datetime import date

import attrs
import boto3
from botocore.config import Config

from casemgmt.repository import get_case_row

log = logging.getLogger("casemgmt.ero_leads")

ERO_LEAD_STREAM = "ero-lead-intake"
KINESIS = boto3.client(
    "kinesis",
    region_name="us-gov-west-1",
    config=Config(retries={"max_attempts": 5, "mode": "adaptive"}),
)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


@attrs.frozen
class EroLeadRecord:
    medicaid_id: str
    date_of_birth: str | None
    mailing_address: str
    phone_number: str | None = None
    immigration_status: str | None = None
    qualified_non_citizen_status: str | None = None
    preferred_language: str | None = None  # MCD101
    eligibility_group: str | None = None  # MCD101
    behavioral_health_flag: bool = False  # MCD102
    schema_version: str = "2.1"


def lead_from_case(case_row: dict) -> EroLeadRecord:
    return EroLeadRecord(
        medicaid_id=case_row["medicaid_id"],
        date_of_birth=_iso(case_row.get("date_of_birth")),
        mailing_address=case_row["mailing_address"],
        phone_number=case_row.get("phone_number"),
        immigration_status=case_row.get("immigration_status"),
        qualified_non_citizen_status=case_row.get("qualified_non_citizen_status"),
        preferred_language=case_row.get("preferred_language"),
        eligibility_group=case_row.get("eligibility_group"),
        behavioral_health_flag=bool(case_row.get("behavioral_health_flag")),
    )


def put_lead(case_id: int) -> str:
    case_row = get_case_row(case_id)
    if case_row is None:
        raise LookupError(f"case {case_id} not found")
    lead = lead_from_case(case_row)
    resp = KINESIS.put_record(
        StreamName=ERO_LEAD_STREAM,
        Data=json.dumps(attrs.asdict(lead)).encode("utf-8"),
        PartitionKey=lead.medicaid_id,
    )
    log.info("lead for case %s stored as sequence %s", case_id, resp["SequenceNumber"])
    return resp["SequenceNumber"]
