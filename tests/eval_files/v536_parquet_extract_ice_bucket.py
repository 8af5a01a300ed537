"""Monthly eligibility extract: a DataFrame read from the warehouse with an explicit column list is written to parquet and uploaded with ``upload_file`` to the S3 bucket ``ice-eid-handoff-prod`` (SPEC §4 bucket token, env default folded).

The ``columns=`` list is a placement per name (SPEC §3): ``RACE_ETHNCTY_CD`` is MCD101 and ``MH_HH_CHRNC_COND_FLAG`` (behavioral health) is MCD102; the DataFrame is filtered only by state, and the status counts are only logged, so MCD201 at the upload (SPEC §10).
"""
import argparse
import logging
import os
import shutil
import tempfile
import time
from dataclasses import dataclass

import boto3
import pandas as pd
from boto3.s3.transfer import TransferConfig
from botocore.exceptions import BotoCoreError, ClientError

log = logging.getLogger("extracts.monthly")

HANDOFF_BUCKET = os.environ.get("HANDOFF_BUCKET", "ice-eid-handoff-prod")
WAREHOUSE_PREFIX = os.environ.get("WAREHOUSE_PREFIX", "s3://dhcs-tmsis-warehouse/taf/bsf")
KEY_PREFIX = "medicaid/eligibility"
STATE_CODE = "06"
KMS_KEY_ALIAS = "alias/handoff"


@dataclass(frozen=True)
class UploadSettings:
    attempts: int = 4
    multipart_threshold: int = 64 * 1024 * 1024


def load_extract(period: str) -> pd.DataFrame:
    source = f"{WAREHOUSE_PREFIX}/period={period}/"
    df = pd.read_parquet(
        source,
        columns=[
            "MSIS_IDENT_NUM",
            "BIRTH_DT",
            "ELGBL_LINE_1_ADR_HOME",
            "ELGBL_CITY_NAME_HOME",
            "ELGBL_STATE_CD_HOME",
            "ELGBL_ZIP_CD_HOME",
            "ELGBL_PHNE_NUM_HOME",
            "IMGRTN_STUS_CD",
            "CTZNSHP_IND",
            "RACE_ETHNCTY_CD",  # MCD101
            "MH_HH_CHRNC_COND_FLAG",  # MCD102
        ],
    )
    df = df[df["ELGBL_STATE_CD_HOME"] == STATE_CODE]
    df = df.drop_duplicates(subset=["MSIS_IDENT_NUM"], keep="last")
    log.info("status mix for %s: %s", period, df["IMGRTN_STUS_CD"].value_counts(dropna=False).to_dict())
    return df


def run(period: str, settings: UploadSettings) -> int:
    df = load_extract(period)
    if df.empty:
        log.info("nothing to hand off for %s", period)
        return 0
    s3 = boto3.client("s3")
    transfer = TransferConfig(multipart_threshold=settings.multipart_threshold)
    key = f"{KEY_PREFIX}/{period}/eligibility.parquet"
    extra = {"ServerSideEncryption": "aws:kms", "SSEKMSKeyId": KMS_KEY_ALIAS}
    workdir = tempfile.mkdtemp(prefix="handoff_")
    local_path = os.path.join(workdir, "eligibility.parquet")
    try:
        df.to_parquet(local_path, index=False, compression="zstd")
        for attempt in range(1, settings.attempts + 1):
            try:
                s3.upload_file(Filename=local_path, Bucket=HANDOFF_BUCKET, Key=key, ExtraArgs=extra, Config=transfer)  # MCD201
                break
            except (BotoCoreError, ClientError) as exc:
                if attempt == settings.attempts:
                    raise
                log.warning("upload attempt %d failed: %s", attempt, exc)
                time.sleep(5 * attempt)
        log.info("handed off %d rows to s3://%s/%s", len(df), HANDOFF_BUCKET, key)
        return len(df)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("period", help="YYYYMM")
    parser.add_argument("--attempts", type=int, default=4)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    run(args.period, UploadSettings(attempts=args.attempts))


if __name__ == "__main__":
    main()
