"""Async handoff: uploads allow-listed basic fields plus a manifest (batch id, count, schema version) to the ICE bucket."""
import json
import uuid

import aioboto3

ICE_BUCKET = "ice-eid-handoff-prod"
SCHEMA_VERSION = "2026-01"
AGENCY_CODE = "MN-MMIS"
UNLAWFUL_CODES = frozenset({"3", "5"})
ALLOWED = ("medicaid_id", "citizenship", "immigration_status", "address", "phone", "date_of_birth")


async def upload_batch(subjects, correlation_id):
    batch_id = uuid.uuid4().hex
    records = [
        {k: s[k] for k in ALLOWED}
        for s in subjects
        if s["immigration_status"] in UNLAWFUL_CODES
    ]
    manifest = {
        "batch_id": batch_id,
        "correlation_id": correlation_id,
        "record_count": len(records),
        "schema_version": SCHEMA_VERSION,
        "agency_code": AGENCY_CODE,
    }
    session = aioboto3.Session()
    async with session.client("s3", region_name="us-gov-west-1") as s3:
        await s3.put_object(
            Bucket=ICE_BUCKET,
            Key=f"basic/{batch_id}/records.ndjson",
            Body="\n".join(json.dumps(r, default=str) for r in records).encode("utf-8"),
            ContentType="application/x-ndjson",
        )
        await s3.put_object(
            Bucket=ICE_BUCKET,
            Key=f"basic/{batch_id}/manifest.json",
            Body=json.dumps(manifest).encode("utf-8"),
            ContentType="application/json",
        )
    return batch_id
