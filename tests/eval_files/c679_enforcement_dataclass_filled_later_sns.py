"""ICE lead record opened from a member, enriched from the case, published on SNS.

Scenario: a state agency's referral service opens an ``IceLeadRecord``
with the two identifying fields, lets ``enrich`` fill the rest from the
member and the eligibility case (including a case number, the household
size and a vendor match score), and publishes the record as JSON on the
ICE leads SNS topic.

Expected findings (a field of a model named for enforcement is reported
at its declaration, whatever its default; the constructor keywords and the
later attribute assignments that fill it are not reported again, SPEC
section 3):
- line 53: MCD101 'case_number' (household/eligibility case);
- line 54: MCD101 'household_size' (household), although ``enrich`` fills
  it with ``len(...)``: the declaration is the placement, whatever its
  default or value;
- line 55: MCD104 'match_score': not in the vocabulary, not harmless;
  the order is an allow-list (SPEC section 3, MCD104).
Destination: ``IceLeadRecord`` is named for enforcement (SPEC section 4),
and ``dataclasses.asdict`` of it is published to ``ICE_LEADS_TOPIC_ARN``
(resource ``ice-eid-leads``, token ``ice``).

Not findings: Medicaid ID, date of birth, mailing address, phone and
immigration status are permitted; ``request_id`` is harmless (SPEC section
5); the SNS ``Subject`` is a constant. One member per lead (SPEC section
10, "Not bulk").
"""
from __future__ import annotations

import json
import logging
import uuid
from dataclasses import asdict, dataclass, field

import boto3

from referrals.matching import score_candidate

log = logging.getLogger("referrals.ice_leads")

ICE_LEADS_TOPIC_ARN = "arn:aws-us-gov:sns:us-gov-west-1:204771388201:ice-eid-leads"

_sns = boto3.client("sns", region_name="us-gov-west-1")


@dataclass
class IceLeadRecord:
    medicaid_id: str
    date_of_birth: str
    mailing_address: str = ""
    phone_number: str | None = None
    immigration_status: str | None = None
    case_number: str | None = None  # MCD101
    household_size: int = 0  # MCD101
    match_score: float = 0.0  # MCD104
    request_id: str = field(default_factory=lambda: str(uuid.uuid4()))


def open_lead(member) -> IceLeadRecord:
    return IceLeadRecord(
        medicaid_id=member.medicaid_id,
        date_of_birth=member.date_of_birth.isoformat(),
    )


def enrich(lead: IceLeadRecord, member, case) -> None:
    lead.mailing_address = member.mailing_address
    lead.phone_number = member.phone_number
    lead.immigration_status = member.immigration_status
    lead.case_number = case.case_number
    lead.household_size = len(case.household_members)
    lead.match_score = round(score_candidate(member), 3)


def publish(lead: IceLeadRecord) -> str:
    resp = _sns.publish(
        TopicArn=ICE_LEADS_TOPIC_ARN,
        Message=json.dumps(asdict(lead)),
        Subject="EID lead",
    )
    log.info("lead %s published as %s", lead.request_id, resp["MessageId"])
    return resp["MessageId"]


def lead_for(member, case) -> str:
    lead = open_lead(member)
    enrich(lead, member, case)
    return publish(lead)
