"""Backup job: snapshots selected claims-extract columns to Parquet in the Pennsylvania DHS backup bucket."""
import io
import sys
from datetime import date

import boto3
import pandas as pd

BACKUP_BUCKET = "pa-dhs-backups"


def snapshot(extract_path):
    df = pd.read_csv(
        extract_path,
        dtype=str,
        usecols=[
            "msis_ident_num",
            "ssn_num",
            "elgbl_1st_name",
            "elgbl_last_name",
            "birth_dt",
            "clm_id",
            "dgns_1_cd",
            "prcdr_1_cd",
            "mdcd_pd_amt",
            "blg_prvdr_npi_num",
        ],
    )
    df["mdcd_pd_amt"] = pd.to_numeric(df["mdcd_pd_amt"], errors="coerce")
    buf = io.BytesIO()
    df.to_parquet(buf, index=False, compression="snappy")
    buf.seek(0)
    s3 = boto3.client("s3", region_name="us-east-1")
    s3.upload_fileobj(
        buf,
        BACKUP_BUCKET,
        f"claims/{date.today():%Y/%m/%d}/claims.parquet",
        ExtraArgs={"ServerSideEncryption": "aws:kms"},
    )
    return len(df)


if __name__ == "__main__":
    print(snapshot(sys.argv[1]))
