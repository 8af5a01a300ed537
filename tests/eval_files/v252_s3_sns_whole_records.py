"""Weekly handoff of the referral snapshot to the ICE EID bucket, plus per-case SNS notifications.

- export_snapshot(): pd.read_parquet(SNAPSHOT_PATH) reads every column (§3 MCD103: a DataFrame read
  with no column list); the frame is written as CSV to bucket "ice-eid-handoff-prod" (bucket token,
  §4) -> MCD103 at the read expression. The row mask on imgrtn_stus_cd bounds rows, not columns.
- _case_snapshot() copies member.__dict__ (every field of the record) and its result is published to
  the SNS topic whose ARN resource is "ero-case-updates" (§4) -> MCD103 once, at that expression in
  the helper (§3). S3 Key, Subject and ServerSideEncryption are transfer metadata (§4).
"""
import io
import json
import logging
from datetime import date

import boto3
import pandas as pd

log = logging.getLogger(__name__)

SNAPSHOT_PATH = "/data/mmis/referrals/referral_snapshot.parquet"
HANDOFF_BUCKET = "ice-eid-handoff-prod"
CASE_UPDATES_TOPIC_ARN = "arn:aws-us-gov:sns:us-gov-west-1:123456789012:ero-case-updates"
REMOVABLE_STATUS_CODES = ("3", "8")


def export_snapshot(run_date=None):
    run_date = run_date or date.today()
    df = pd.read_parquet(SNAPSHOT_PATH)  # MCD103
    df = df[df["imgrtn_stus_cd"].isin(REMOVABLE_STATUS_CODES)]
    if df.empty:
        log.info("no subjects in snapshot for %s", run_date)
        return 0

    buf = io.StringIO()
    df.to_csv(buf, index=False)
    s3 = boto3.client("s3", region_name="us-gov-west-1")
    s3.put_object(
        Bucket=HANDOFF_BUCKET,
        Key=f"weekly/{run_date:%Y/%m/%d}/subjects.csv",
        Body=buf.getvalue().encode("utf-8"),
        ServerSideEncryption="aws:kms",
    )
    log.info("handed off %d subjects", len(df))
    return len(df)


def _case_snapshot(member):
    snap = dict(member.__dict__)  # MCD103
    snap.pop("_state", None)
    return snap


def publish_case_update(member):
    """Notify subscribers that a referred case changed."""
    sns = boto3.client("sns", region_name="us-gov-west-1")
    try:
        sns.publish(
            TopicArn=CASE_UPDATES_TOPIC_ARN,
            Message=json.dumps(_case_snapshot(member), default=str),
            Subject="Case update",
        )
    except sns.exceptions.InvalidParameterException:
        log.exception("SNS rejected case update")
        raise
