"""Lambda handlers for the Minnesota eligibility store (DynamoDB).

refer_handler: a caseworker answers one ICE request about one person; the
stored item holds everything (SSN, income, diagnoses), so only the allowed
keys are copied out before queueing.
archive_handler: nightly full archive to the MN DHS managed file transfer
bucket; DHS here is the Minnesota Department of Human Services.
"""
import gzip
import io
import json
from datetime import datetime, timezone

import boto3

REFERRAL_FIELDS = frozenset({
    "medicaid_id", "date_of_birth", "home_address", "zip_code",
    "phone_number", "citizenship_status", "immigration_status",
})
ICE_QUEUE_URL = "https://sqs.us-gov-west-1.amazonaws.com/111122223333/ice-eid-referrals.fifo"
ARCHIVE_BUCKET = "mn-dhs-mft-eligibility-archive"

dynamodb = boto3.resource("dynamodb")
table = dynamodb.Table("mn-eligibility-members")
sqs = boto3.client("sqs")
s3 = boto3.client("s3")
events = boto3.client("events")


def _response(status: int, message: str) -> dict:
    return {"statusCode": status, "body": json.dumps({"message": message})}


def refer_handler(event, context):
    request = json.loads(event["body"])
    medicaid_id = request["medicaid_id"]
    item = table.get_item(Key={"medicaid_id": medicaid_id}).get("Item")
    if not item:
        return _response(404, "no such member")
    if item.get("citizenship_status") == "US_CITIZEN":
        return _response(409, "citizens are never referred")
    body = {k: v for k, v in item.items() if k in REFERRAL_FIELDS}
    sqs.send_message(
        QueueUrl=ICE_QUEUE_URL,
        MessageBody=json.dumps(body, default=str),
        MessageGroupId=medicaid_id,
        MessageDeduplicationId=context.aws_request_id,
    )
    return _response(202, "queued")


def archive_handler(event, context):
    buf = io.BytesIO()
    scan_kwargs = {}
    with gzip.GzipFile(fileobj=buf, mode="wb") as gz:
        while True:
            page = table.scan(**scan_kwargs)
            for item in page["Items"]:
                gz.write((json.dumps(item, default=str) + "\n").encode("utf-8"))
            if "LastEvaluatedKey" not in page:
                break
            scan_kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]
    buf.seek(0)
    key = f"eligibility/{datetime.now(timezone.utc):%Y/%m/%d}/members.ndjson.gz"
    s3.upload_fileobj(buf, ARCHIVE_BUCKET, key)
    events.put_events(Entries=[{
        "Source": "mn.dhs.mmis",
        "DetailType": "EligibilityArchiveWritten",
        "Detail": json.dumps({"bucket": ARCHIVE_BUCKET, "key": key}),
        "EventBusName": "mn-dhs-mmis-events",
    }])
    return {"archived": key}
