"""Async referral worker: uploads one flagged member's referral packet to the ICE ERO bucket with aioboto3."""
import json
import logging

import aioboto3

from mmis.repository import fetch_member

log = logging.getLogger(__name__)

REFERRAL_BUCKET = "ice-ero-referral-drop"

session = aioboto3.Session(region_name="us-gov-west-1")


async def upload_referral(member, batch_id):
    packet = {
        "batch_id": batch_id,
        "medicaid_id": member.medicaid_id,
        "date_of_birth": member.date_of_birth.isoformat(),
        "mailing_address": member.mailing_address,
        "phone_number": member.phone_number,
        "emergency_contact_phone": member.emergency_contact.phone,  # MCD101
        "pcp_npi": member.pcp.npi,  # MCD102
        "eligibility_group": member.eligibility_group,  # MCD101
    }
    async with session.client("s3") as s3:
        await s3.put_object(
            Bucket=REFERRAL_BUCKET,
            Key=f"packets/{batch_id}/{member.medicaid_id}.json",
            Body=json.dumps(packet).encode("utf-8"),
            ContentType="application/json",
            ServerSideEncryption="aws:kms",
        )
    log.info("referral packet stored for batch %s", batch_id)


async def handle(event):
    member = await fetch_member(event["medicaid_id"])
    if member is None:
        log.warning("no member for event %s", event.get("request_id"))
        return
    await upload_referral(member, event["batch_id"])
