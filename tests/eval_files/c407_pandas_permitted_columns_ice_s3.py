"""Weekly hand-off of T-MSIS eligible-file rows to the ICE S3 drop bucket,
as the state's compliance office designed it after the Dec. 29, 2025 order.

CLEAN. The DataFrame is read with an explicit column list (columns=
PERMITTED_COLUMNS), every column of which is one of the six permitted
categories (SPEC 3 column lists, reference TSV: MSIS_IDENT_NUM, BIRTH_DT,
ELGBL_*_HOME address, ELGBL_PHNE_NUM, CTZNSHP_IND, IMGRTN_STUS_CD). Rows are
filtered on IMGRTN_STUS_CD before the write (SPEC 10 condition). The S3 Key
holds only transfer metadata (SPEC 4), the manifest has a harmless
record_count, a batch id and constants (SPEC 5). No finding expected.
"""
import io
import json
import logging
import uuid
from datetime import date

import boto3
import pandas as pd

log = logging.getLogger("handoff.weekly")

ICE_HANDOFF_BUCKET = "ice-eid-handoff-prod"
ELIGIBLE_PARQUET = "s3://dhcs-tmsis-curated/elg/current/part-0000.parquet"

PERMITTED_COLUMNS = [
    "MSIS_IDENT_NUM",
    "BIRTH_DT",
    "ELGBL_LINE_1_ADR_HOME",
    "ELGBL_CITY_NAME_HOME",
    "ELGBL_ZIP_CD_HOME",
    "ELGBL_PHNE_NUM",
    "CTZNSHP_IND",
    "IMGRTN_STUS_CD",
]

# T-MSIS IMMIGRATION-STATUS values the order covers (no status verified).
UNLAWFUL_CODES = ["8"]

s3 = boto3.client("s3", region_name="us-gov-west-1")


def load_in_scope():
    df = pd.read_parquet(ELIGIBLE_PARQUET, columns=PERMITTED_COLUMNS)
    df = df[df["IMGRTN_STUS_CD"].isin(UNLAWFUL_CODES)]
    df = df[df["CTZNSHP_IND"] != "1"]
    return df


def hand_off(run_date=None):
    run_date = run_date or date.today()
    batch_id = uuid.uuid4().hex
    df = load_in_scope()
    if df.empty:
        log.info("nothing in scope for %s", run_date)
        return 0

    buf = io.StringIO()
    df.to_json(buf, orient="records", lines=True, date_format="iso")
    s3.put_object(
        Bucket=ICE_HANDOFF_BUCKET,
        Key=f"weekly/{run_date:%Y%m%d}/{batch_id}.ndjson",
        Body=buf.getvalue().encode("utf-8"),
        ServerSideEncryption="aws:kms",
    )

    manifest = {
        "batch_id": batch_id,
        "record_count": len(df),
        "schema_version": "tmsis-elg-permitted-1",
        "agency_code": "CA-DHCS",
    }
    s3.put_object(
        Bucket=ICE_HANDOFF_BUCKET,
        Key=f"weekly/{run_date:%Y%m%d}/{batch_id}.manifest.json",
        Body=json.dumps(manifest).encode("utf-8"),
    )
    log.info("handed off %d rows in batch %s", len(df), batch_id)
    return len(df)
