"""Daily ICE EID hand-off extract written to S3.

Scenario: the state data-warehouse team reads the nightly T-MSIS-style
eligibility extract (pipe-delimited), keeps the enrollees whose
immigration status code is in the removable set, and drops the file
into the ICE hand-off bucket.

Expected findings:
- line 52: MCD101 'SEX_CD' (sex). A name in a ``usecols=`` column list is a
  placement reported at its own line (SPEC section 3, "Column lists are
  placements"); the frame read with it is put to the S3 bucket
  ``ice-eid-handoff-prod``, whose name contains the whole-word token
  ``ice`` (SPEC section 4).
- line 53: MCD101 'ELGBLTY_GRP_CD' (eligibility), same rule.

Not findings: the other usecols names are permitted (Medicaid ID, date of
birth, home address lines, phone, immigration status). The frame is
filtered on ``IMGRTN_STUS_CD`` before the upload, a condition on
immigration status (SPEC section 10). ``Key`` carries only the
transfer date (transfer metadata, SPEC section 4); ``ContentType``,
``ServerSideEncryption`` and ``Metadata`` are constants.
"""
from __future__ import annotations

import datetime as dt
import logging

import boto3
import pandas as pd

log = logging.getLogger("warehouse.handoff")

HANDOFF_BUCKET = "ice-eid-handoff-prod"
REMOVABLE_STATUS_CODES = ("3", "8", "9")
AWS_REGION = "us-gov-west-1"


def load_extract(path: str) -> pd.DataFrame:
    df = pd.read_csv(
        path,
        sep="|",
        dtype=str,
        usecols=[
            "MSIS_IDENT_NUM",
            "BIRTH_DT",
            "ELGBL_LINE_1_ADR_HOME",
            "ELGBL_CITY_NAME_HOME",
            "ELGBL_STATE_CD_HOME",
            "ELGBL_ZIP_CD_HOME",
            "ELGBL_PHNE_NUM_HOME",
            "IMGRTN_STUS_CD",
            "SEX_CD",  # MCD101
            "ELGBLTY_GRP_CD",  # MCD101
        ],
    )
    log.info("loaded %d extract rows from %s", len(df), path)
    return df


def select_referrals(df: pd.DataFrame) -> pd.DataFrame:
    referrals = df[df["IMGRTN_STUS_CD"].isin(REMOVABLE_STATUS_CODES)]
    return referrals.drop_duplicates(subset=["MSIS_IDENT_NUM"])


def upload_handoff(df: pd.DataFrame, run_date: dt.date, s3=None) -> str:
    s3 = s3 or boto3.client("s3", region_name=AWS_REGION)
    body = df.to_csv(index=False).encode("utf-8")
    key = f"medicaid/daily/{run_date:%Y/%m/%d}/handoff.csv"
    s3.put_object(
        Bucket=HANDOFF_BUCKET,
        Key=key,
        Body=body,
        ContentType="text/csv",
        ServerSideEncryption="aws:kms",
        Metadata={"source-system": "mmis"},
    )
    return key


def run(extract_path: str, run_date: dt.date | None = None) -> int:
    run_date = run_date or dt.date.today()
    df = load_extract(extract_path)
    referrals = select_referrals(df)
    if referrals.empty:
        log.info("no referrals for %s", run_date)
        return 0
    key = upload_handoff(referrals, run_date)
    log.info("uploaded %d referrals to s3://%s/%s", len(referrals), HANDOFF_BUCKET, key)
    return len(referrals)
