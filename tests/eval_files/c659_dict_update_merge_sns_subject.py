"""Case-change notice for one enrollee, published on the ICE EID SNS topic.

Scenario: a state eligibility system publishes a notice when a caseworker
records an address change for an enrollee already under an ICE inquiry.
The body is grown step by step (``update``, ``setdefault``, ``|=``, ``|``)
and the SNS ``Subject`` line names the enrollee.

Expected findings:
- line 47: MCD101 'ethnicity' (race/ethnicity): keyword argument of
  ``dict.update`` (SPEC sections 3 and 6);
- line 49: MCD101 'preferred_language' (language): ``setdefault`` (SPEC
  section 6);
- line 61: MCD101 'last_name' (name): the f-string in ``Subject``; the
  subject of a message is data (SPEC section 4, "Everything a sink call
  carries to the destination is data ... subjects");
- line 62: MCD102 'is_pregnant' (pregnancy): the entry of the dict merged
  with ``|`` (SPEC section 6).
The body is built in ``_notice_body`` and published by ``notify``.
Destination: the resource part of the topic ARN,
``ice-eid-case-notifications``, holds the token ``ice`` (SPEC section 4).

Not findings: Medicaid ID, birth date, mailing address and phone are
permitted; the message attribute is the schema version (harmless). One
enrollee per call (SPEC section 10, "Not bulk").
"""
from __future__ import annotations

import json
import logging

import boto3

log = logging.getLogger("eligibility.case_notices")

ICE_CASE_TOPIC_ARN = "arn:aws-us-gov:sns:us-gov-west-1:318204417719:ice-eid-case-notifications"
REGION = "us-gov-west-1"
SCHEMA_VERSION = "case-notice.v3"


def _notice_body(member) -> dict:
    body = {
        "medicaid_id": member.medicaid_id,
        "birth_date": member.birth_date.isoformat(),
    }
    body.update(
        mailing_address=member.mailing_address,
        ethnicity=member.ethnicity,  # MCD101
    )
    body.setdefault("preferred_language", member.preferred_language)  # MCD101
    body |= {"phone": member.phone}
    return body


def notify(member, change_kind: str = "ADDRESS_CHANGE") -> str:
    sns = boto3.client("sns", region_name=REGION)
    body = _notice_body(member)
    if change_kind not in ("ADDRESS_CHANGE", "PHONE_CHANGE"):
        raise ValueError(f"unsupported change kind {change_kind!r}")
    resp = sns.publish(
        TopicArn=ICE_CASE_TOPIC_ARN,
        Subject=f"Case change for {member.last_name} ({member.medicaid_id})",  # MCD101
        Message=json.dumps(body | {"is_pregnant": member.is_pregnant}, default=str),  # MCD102
        MessageAttributes={
            "schema_version": {"DataType": "String", "StringValue": SCHEMA_VERSION},
        },
    )
    log.info("published %s notice for %s as %s", change_kind, member.medicaid_id, resp["MessageId"])
    return resp["MessageId"]
