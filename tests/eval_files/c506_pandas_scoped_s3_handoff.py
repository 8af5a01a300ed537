"""Monthly pandas handoff to the ICE bucket, column-limited and status-filtered (expected clean).

Scenario: a data-warehouse team reads the monthly TAF demographic extract
twice: once in full, to archive it in the agency's own bucket, and once
with ``usecols`` limited to the six basic categories, filtered to the
immigration-status code counsel treats as unlawful presence, cleaned, and
written to Parquet for upload to ``ice-eid-handoff-prod``.

Why no finding is expected:
- The handoff DataFrame is read with ``usecols=HANDOFF_COLUMNS``; each
  listed column is permitted (SPEC section 3 column lists): MSIS_IDENT_NUM,
  BIRTH_DT, ELGBL_LINE_1_ADR, ELGBL_CITY_NAME, ELGBL_ZIP_CD, ELGBL_PHNE_NUM,
  CTZNSHP_IND, IMGRTN_STUS_CD.
- Population scope: ``df[df["IMGRTN_STUS_CD"] == UNLAWFUL_PRESENCE_CD]`` is a
  condition on immigration status between the source and the upload
  (SPEC section 10 names this exact form), so no MCD201.
- The S3 ``Key`` holds only a date and constants; keys are transfer
  metadata (SPEC section 4).
- The full read (no column list, which would be MCD103 if sent to
  enforcement) is uploaded to ``mmis-dw-archive-prod``, a bucket with no
  enforcement token, by a neutrally named client (SPEC section 4).
- ``len(df)`` only feeds logs.
"""
import logging
import os
import tempfile
from datetime import date

import boto3
import pandas as pd
from botocore.config import Config

HANDOFF_BUCKET = "ice-eid-handoff-prod"
ARCHIVE_BUCKET = "mmis-dw-archive-prod"
UNLAWFUL_PRESENCE_CD = "9"
HANDOFF_COLUMNS = [
    "MSIS_IDENT_NUM",
    "BIRTH_DT",
    "ELGBL_LINE_1_ADR",
    "ELGBL_CITY_NAME",
    "ELGBL_ZIP_CD",
    "ELGBL_PHNE_NUM",
    "CTZNSHP_IND",
    "IMGRTN_STUS_CD",
]

log = logging.getLogger("dw.handoff")
s3 = boto3.client("s3", config=Config(retries={"max_attempts": 8, "mode": "adaptive"}))


def _clean(df: pd.DataFrame) -> pd.DataFrame:
    df = df.drop_duplicates(subset=["MSIS_IDENT_NUM"], keep="last")
    df["ELGBL_PHNE_NUM"] = df["ELGBL_PHNE_NUM"].str.replace(r"\D", "", regex=True)
    df.loc[df["ELGBL_PHNE_NUM"].str.len() != 10, "ELGBL_PHNE_NUM"] = None
    df["BIRTH_DT"] = pd.to_datetime(df["BIRTH_DT"], errors="coerce").dt.date
    df["ELGBL_ZIP_CD"] = df["ELGBL_ZIP_CD"].str.slice(0, 5)
    return df.dropna(subset=["BIRTH_DT"])


def archive_full_extract(path: str, run_month: str) -> None:
    raw = pd.read_csv(path, sep="|", dtype=str)
    log.info("archiving %d rows x %d columns", len(raw), raw.shape[1])
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, f"de_base_{run_month}.parquet")
        raw.to_parquet(out, index=False, compression="zstd")
        s3.upload_file(out, ARCHIVE_BUCKET, f"taf/de_base/{run_month}/de_base.parquet")


def handoff(path: str, run_month: str) -> int:
    df = pd.read_csv(path, sep="|", dtype=str, usecols=HANDOFF_COLUMNS)
    total = len(df)
    df = df[df["IMGRTN_STUS_CD"] == UNLAWFUL_PRESENCE_CD]
    log.info("scoped %d of %d rows", len(df), total)
    df = _clean(df)
    bad = df["ELGBL_PHNE_NUM"].isna().sum()
    if bad:
        log.warning("%d rows have no usable phone", bad)
    if df.empty:
        log.info("nothing to hand off for %s", run_month)
        return 0
    key = f"handoff/{run_month}/leads.parquet"
    with tempfile.TemporaryDirectory() as tmp:
        local = os.path.join(tmp, "leads.parquet")
        df.to_parquet(local, index=False)
        s3.upload_file(local, HANDOFF_BUCKET, key, ExtraArgs={"ServerSideEncryption": "aws:kms"})
    log.info("handed off %d rows to s3://%s/%s", len(df), HANDOFF_BUCKET, key)
    return len(df)


def main(path: str) -> None:
    run_month = date.today().strftime("%Y-%m")
    archive_full_extract(path, run_month)
    handoff(path, run_month)


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    main(sys.argv[1])
