"""Referral relay of a Medicaid vendor: sends one member's referral to the
EID REST API; when the REST call fails it falls back to the EID SQS FIFO
queue using the legacy v1 message contract; finally it writes an audit
record to the agency's own bucket.

VIOLATING. The fallback queue URL's last path segment
ice-eid-fallback.fifo carries the token "ice" (SPEC 4); the except handler
sees the state of the try body (SPEC 6). Placements are the dict entries of
the legacy fallback message (SPEC 3):
- "monthly_income": MCD101 (income).
- "dsblty_type_cd": MCD102 (disability is health, reference README).
- "spouse_dob": MCD101 (the spouse's DOB is someone else's: qualifier ->
  contact_person, SPEC 5).
The REST body (permitted fields + request_id) is clean; the early return
for members not unlawfully present skips both sends; MessageGroupId and
MessageDeduplicationId are transfer metadata (SPEC 4); the audit record
goes to ca-dhcs-eid-audit, a bucket with no enforcement token. One member
per call: no MCD201 (SPEC 10).
"""
import json
import logging
import os
import uuid

import boto3
import httpx

log = logging.getLogger("relay.referrals")

ICE_EID_REST = os.environ.get("ICE_EID_REST", "https://eid.ice.gov/api/v2/referrals")
ICE_FALLBACK_QUEUE_URL = "https://sqs.us-gov-west-1.amazonaws.com/550182236714/ice-eid-fallback.fifo"
AUDIT_BUCKET = "ca-dhcs-eid-audit"
UNLAWFUL_STATUS_CODES = frozenset({"3"})

sqs = boto3.client("sqs", region_name="us-gov-west-1")
s3 = boto3.client("s3", region_name="us-gov-west-1")


def is_unlawfully_present(member) -> bool:
    return member.imgrtn_stus_cd in UNLAWFUL_STATUS_CODES


def relay(member) -> str:
    if not is_unlawfully_present(member):
        return "skipped"
    request_id = uuid.uuid4().hex
    body = {
        "request_id": request_id,
        "msis_ident_num": member.msis_ident_num,
        "birth_dt": member.birth_dt.isoformat(),
        "elgbl_phne_num": member.elgbl_phne_num,
        "elgbl_zip_cd": member.elgbl_zip_cd,
        "imgrtn_stus_cd": member.imgrtn_stus_cd,
    }
    outcome = "failed"
    try:
        resp = httpx.post(ICE_EID_REST, json=body, timeout=20.0)
        resp.raise_for_status()
        outcome = "rest"
    except httpx.HTTPError:
        log.warning("EID REST unavailable for %s; using fallback queue", request_id)
        legacy = {
            **body,
            "contract": "v1",
            "monthly_income": member.monthly_income,  # MCD101
            "dsblty_type_cd": member.dsblty_type_cd,  # MCD102
            "spouse_dob": member.spouse_dob,  # MCD101
        }
        sqs.send_message(
            QueueUrl=ICE_FALLBACK_QUEUE_URL,
            MessageBody=json.dumps(legacy, default=str),
            MessageGroupId="referrals",
            MessageDeduplicationId=request_id,
        )
        outcome = "queue"
    finally:
        s3.put_object(
            Bucket=AUDIT_BUCKET,
            Key=f"relay/{request_id}.json",
            Body=json.dumps({"request_id": request_id, "outcome": outcome}),
        )
    return outcome


def main() -> None:
    import argparse

    from relay.members import load_member

    parser = argparse.ArgumentParser(description="Relay one referral")
    parser.add_argument("msis_ident_num")
    args = parser.parse_args()
    print(relay(load_member(args.msis_ident_num)))


if __name__ == "__main__":
    main()
