"""Dataclass case record converted with asdict(), filtered by an allow-list and published to an ICE SNS topic.

Scenario:
    A state referral service loads a full CaseRecord dataclass (name, SSN,
    diagnosis, income) for one enrollee, converts it with dataclasses.asdict()
    and publishes an SNS notice to the ICE EID topic. Before publishing it
    keeps only allow-listed basic fields and fills the partner's fixed layout slots for SSN and name with
    constants, because the ICE layout requires those keys to be present.

Expected findings:
    none

Why the dangerous-looking parts are lawful under the SPEC:
    - {k: v for k, v in asdict(rec).items() if k in BASIC_FIELDS} is the
      allow-list sanitizer over a constant collection of permitted names
      (SPEC section 6, "Sanitizers").
    - "ssn": "WITHHELD" and "full_name": "" are constants under barred keys
      and are never findings (SPEC section 5, constants).
    - The early return for citizens and lawful statuses ends that branch;
      the send concerns one enrollee chosen by the caller (SPEC sections 6 and 10).
"""
from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from datetime import date

import boto3

log = logging.getLogger("referrals.ice_sns")

ICE_TOPIC_ARN = "arn:aws:sns:us-gov-west-1:220011334455:ice-eid-referral-notices"
BASIC_FIELDS = ("medicaid_id", "date_of_birth", "citizenship", "immigration_status", "address", "phone")
LAWFUL = frozenset({"CITIZEN", "LPR", "REFUGEE", "ASYLEE"})
SSN_SLOT = "WITHHELD"


@dataclass
class CaseRecord:
    medicaid_id: str
    full_name: str
    ssn: str
    date_of_birth: date
    citizenship: str
    immigration_status: str
    address: dict
    phone: str
    primary_diagnosis: str | None = None
    monthly_income: float = 0.0
    household: list[dict] = field(default_factory=list)


def ice_notice(rec: CaseRecord) -> dict | None:
    if rec.citizenship == "US" or rec.immigration_status in LAWFUL:
        return None
    full = asdict(rec)
    notice = {k: v for k, v in full.items() if k in BASIC_FIELDS}
    notice["date_of_birth"] = rec.date_of_birth.isoformat()
    notice["ssn"] = SSN_SLOT
    notice["full_name"] = ""
    return notice


def publish(rec: CaseRecord) -> str | None:
    notice = ice_notice(rec)
    if notice is None:
        log.info("case %s not in scope; nothing published", rec.medicaid_id)
        return None
    sns = boto3.client("sns", region_name="us-gov-west-1")
    resp = sns.publish(
        TopicArn=ICE_TOPIC_ARN,
        Message=json.dumps(notice),
        Subject="Medicaid referral notice",
        MessageAttributes={"schema": {"DataType": "String", "StringValue": "eid-referral-v3"}},
    )
    log.info("published notice %s", resp["MessageId"])
    return resp["MessageId"]
