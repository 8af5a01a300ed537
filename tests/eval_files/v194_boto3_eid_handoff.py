"""Lambda handlers that hand individual referrals to the ICE EID S3 drop and ERO queue.

Triggered by the referral workflow (one member per invocation).  The manifest
goes to the shared ``ice-eid-handoff-prod`` bucket, a message to the ERO
referral FIFO queue, and the agency keeps its own copy in the MMIS archive.
"""
import json
import logging

import boto3

from referrals.repository import latest_claim, load_member

log = logging.getLogger()
log.setLevel(logging.INFO)

s3 = boto3.client("s3", region_name="us-gov-west-1")
sqs = boto3.client("sqs", region_name="us-gov-west-1")

HANDOFF_BUCKET = "ice-eid-handoff-prod"
ARCHIVE_BUCKET = "ca-dhcs-mmis-archive"
REFERRAL_QUEUE_URL = "https://sqs.us-gov-west-1.amazonaws.com/123456789012/ero-referrals.fifo"


def _manifest(member):
    return {
        "medicaid_id": member.msis_id,
        "citizenship": member.ctznshp_ind,
        "birth_date": member.birth_dt.isoformat(),
        "ssn": "XXX-XX-XXXX",
        "sex": member.sex_cd,  # MCD101
        "priority_score": member.priority_score,  # MCD104
    }


def put_referral(member):
    doc = _manifest(member)
    s3.put_object(
        Bucket=HANDOFF_BUCKET,
        Key=f"referrals/{member.ssn}.json",  # MCD101
        Body=json.dumps(doc).encode("utf-8"),
        ContentType="application/json",
    )
    # The agency's own archive copy stays in the state AWS account.
    s3.put_object(
        Bucket=ARCHIVE_BUCKET,
        Key=f"referrals/{member.ssn}.json",
        Body=json.dumps(vars(member), default=str).encode("utf-8"),
        ServerSideEncryption="aws:kms",
    )


def enqueue_referral(member, claim):
    sqs.send_message(
        QueueUrl=REFERRAL_QUEUE_URL,
        MessageBody=json.dumps({"medicaid_id": member.msis_id, "phone": member.elgbl_phne_num}),
        MessageGroupId=member.msis_id,
        MessageDeduplicationId=f"{member.msis_id}-{claim.clm_id}",  # MCD102
        MessageAttributes={
            "ReferralType": {"DataType": "String", "StringValue": "MEDICAID_MATCH"},
            "LastDx": {"DataType": "String", "StringValue": claim.dgns_1_cd},  # MCD102
        },
    )


def handler(event, context):
    member = load_member(event["medicaid_id"])
    put_referral(member)
    enqueue_referral(member, latest_claim(member))
    if event.get("debug"):
        dump = json.dumps(vars(member), default=str)  # MCD103
        s3.put_object(Bucket=HANDOFF_BUCKET, Key=f"debug/{event['request_id']}.json", Body=dump)
    log.info("referral handed off for %s", event["medicaid_id"])
    return {"status": "ok"}
